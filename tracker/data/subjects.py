"""Word lists for tying figures to subjects and sources.

PERSON_NOUNS: nouns for people (and "others") whose figure reads better with its verb:
"killed at least two civilians" -> subject "civilians killed".
PERSON_TITLES: lemmas of nouns that name a person by role; "which" never stands for one
("a package for the chief executive, which was worth £2m" is the package's worth).
REPORTING_VERBS: lemmas of verbs whose subject is the source of a figure ("X said").
UNIT_NOUNS: nouns after a figure that name its unit, not its subject (beside the unit
lexicon): "6.5 times earnings", "68p", minor coins ("15 sen"), and the country letters
of a currency the parser reads as nouns ("$76 US a barrel", "HK $5.4m"), and unit
symbols the lexicon lacks ("300 PS").
SUBJECT_STOP: words never left at the front of a subject or taken as a source.
HARM_VERBS: lemmas of verbs that say what happened to counted people; only these join
their noun in the subject ("civilians killed"), never "employees lay" or "jobs creating".
LEAD_WORDS: words between a figure and the verb or adjective that introduces it, skipped
to find that word ("is around 73", "worth up to $8m", "priced at under $10"): the words
of the qualifier phrases, bar the prepositions that start phrases of their own.
HAVING_VERBS: lemmas of verbs by which a clause's subject has what a figure counts; its
name joins the subject ("customers (the bank)" from "the bank has 2 million customers").
VALUING_WORDS: adjectives and participles that give a noun's value or size right before
a figure: "a grant worth $8m", "products priced at $10", "a shark measuring 5 metres",
"fines ranging from $500 to $5,000".
TIME_NOUNS: the period of a rate after a sum ("a $9bn a year industry"), left out of the
subject.
CLAUSE_REPORTING_VERBS: reporting verbs that name a source only with a clause ("he said 40
were hurt", "police found that 12 ..."); with a plain object they do something else: "the
film tells the story of ...", "she found her sister", "claiming the 800m title".
STATE_VERBS: lemmas of verbs whose subject is what the figure measures, not an actor:
"the loss is up to 70%", "the target will remain at 12 months", "inflation could climb to
14%" (with no object: "the firm cut 300 jobs" keeps its actor).
NOT_ACTORS: quantity words that can stand as a clause's subject but never act: "none of
the 18 directors will admit", "half are from Europe".
LINKING_PARTICIPLES: participles after a figure that link it to something else rather than
say what befell it, so never its subject on their own: "14% compared to 12%", "with eight
minutes left", "the 46-year low of 1% reached in 2001" is still a level.
VALUE_NOUNS: nouns that only frame a figure ("a total of", "a record $44m", "a high of");
the subject is looked for elsewhere first and they are kept only when nothing else is.
"""

from .phrases import QUALIFIERS

PERSON_NOUNS = {
    "people", "persons", "others", "civilians", "soldiers", "troops", "children", "men",
    "women", "adults", "workers", "residents", "employees", "staff", "victims", "patients",
    "migrants", "refugees", "prisoners", "hostages", "protesters", "fighters", "militants",
    "officers", "police", "passengers", "students", "casualties", "deaths", "jobs",
}

PERSON_TITLES = {
    "executive", "chief", "chairman", "chairwoman", "chair", "director", "president",
    "minister", "secretary", "officer", "manager", "boss", "founder", "owner", "governor",
    "mayor", "spokesman", "spokeswoman", "spokesperson", "head", "leader", "partner",
    "banker", "trader", "analyst", "economist", "player", "coach", "star", "actor",
    "singer", "author", "writer", "lawyer", "judge", "man", "woman", "person",
}

REPORTING_VERBS = {
    "say", "tell", "estimate", "report", "announce", "claim", "state", "warn", "show",
    "reveal", "confirm", "disclose", "suggest", "predict", "forecast", "calculate", "find",
    "add", "note", "insist", "argue", "declare", "believe", "expect", "project", "count",
    "record", "publish", "indicate",
}

CLAUSE_REPORTING_VERBS = {
    "say", "tell", "find", "claim", "add", "note", "insist", "argue", "declare", "believe",
    "suggest", "warn", "state", "indicate",
}

STATE_VERBS = {
    "be", "remain", "become", "stay", "stand", "rise", "fall", "climb", "grow", "drop",
    "jump", "soar", "surge", "slip", "slide", "plunge", "tumble", "sink", "ease", "dip",
    "slump", "shrink", "increase", "decrease", "decline", "rally", "advance", "edge",
    "hover", "reach", "total", "average", "range", "vary",
}

LINKING_PARTICIPLES = {"compare", "leave", "base", "set", "reach", "see", "follow"}

NOT_ACTORS = {
    "none", "half", "all", "both", "many", "most", "some", "few", "several", "either",
    "neither", "each", "one", "any", "majority", "minority", "rest",
}

SUBJECT_STOP = {
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
    "my", "your", "some", "about", "around", "nearly", "almost", "over", "under", "up",
    "more", "than", "at", "least", "most", "another", "other", "each", "every", "it",
    "they", "he", "she", "we", "you", "i", "which", "who", "what", "there",
}

UNIT_NOUNS = {
    "times", "percent", "per", "cent", "points", "point", "dollars", "pounds", "euros", "yen",
    "shekels", "rupees", "yuan", "won", "p", "pence", "cents", "units", "war", "pc", "bps",
    "us", "hk", "nz", "sg", "sen", "paise", "kopecks", "centimes",
    "ps",  # metric horsepower (Pferdestaerke): "224 kW / 300 PS"
}

HARM_VERBS = {
    "kill", "injure", "wound", "hurt", "arrest", "detain", "displace", "evacuate", "rescue",
    "kidnap", "abduct", "execute", "hospitalise", "hospitalize", "infect", "strand", "trap",
    "maim", "murder", "shoot", "stab", "massacre", "slaughter", "deport", "jail", "imprison",
}

HAVING_VERBS = {
    "have", "own", "employ", "hold", "boast", "house", "operate", "run", "serve", "keep",
}

LEAD_WORDS = {w for phrase in QUALIFIERS for w in phrase.split()} - {"of", "in", "on", "or", "so"}
LEAD_WORDS |= {"exactly", "precisely", "just", "only", "fully", "now", "still", "already",
               "currently", "from",  # "from": "fines ranging from $500 to $5,000"
               "averaged", "averaging", "average", "an", "on"}  # "is an average of 40"

VALUING_WORDS = {
    "worth", "priced", "valued", "costing", "pegged", "capped", "measuring", "weighing",
    "totalling", "totaling", "amounting", "numbering", "ranging", "varying",
}

VALUE_NOUNS = {
    "total", "sum", "amount", "record", "tally", "figure", "high", "low", "level", "peak",
}

TIME_NOUNS = {"year", "month", "week", "day", "quarter", "hour"}

# Nouns that only count what their "of" phrase names: the key of "the number of migrants
# crossing the Channel" is "migrant", so it groups with "45,000 migrants".
COUNT_NOUNS = {"number", "total", "count", "tally", "amount"}

# Nouns of a move whose "in" phrase names what moves: "a rise in unemployment to 5.2%",
# "a 10% increase in the minimum wage", "a cut in the dividend to 12p".  The subject of
# such a figure is what moves (unemployment), not the move.
CHANGE_NOUNS = {
    "rise", "increase", "growth", "jump", "hike", "climb", "surge", "boost", "upturn",
    "uplift", "improvement", "gain", "fall", "drop", "decline", "decrease", "cut",
    "reduction", "dip", "slump", "plunge", "slide", "contraction", "downturn", "change",
    "deterioration", "slowdown", "rebound", "recovery",
}
