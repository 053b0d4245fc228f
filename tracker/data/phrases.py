"""Words around a figure that change what it means.

QUALIFIERS: a phrase written before a figure -> the qualifier it gives ("at least two
civilians" -> at_least).  Longer phrases are tried first ("just under" before "under").
It takes in BOUND_VERBS, verbs of passing or capping a mark ("exceeded", "capped at").
QUALIFIERS_AFTER: the same written after the figure ("40 or more", "5m plus").
CHANGE_UP / CHANGE_DOWN: verbs and nouns that say a figure is a change, before it
("rose 5%", "fell by 2 points", "up 3%") or after it ("a 12% drop").
NOT_UNITS: words the unit lexicon knows but that, after a number in news, are ordinary
words ("in", "a", "pm", "ALL"): a figure followed by one of them has no unit from it.
"""

QUALIFIERS = {
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "a minimum of": "at_least", "at a minimum": "at_least", "not less than": "at_least",
    "more than": "more_than", "over": "more_than", "upwards of": "more_than",
    "in excess of": "more_than", "above": "more_than", "greater than": "more_than",
    "exceeding": "more_than", "north of": "more_than", "just over": "more_than",
    "well over": "more_than", "higher than": "more_than", "beyond": "more_than",
    "up to": "at_most", "as many as": "at_most", "as much as": "at_most", "at most": "at_most",
    "a maximum of": "at_most", "no more than": "at_most", "not more than": "at_most",
    "as high as": "at_most", "upto": "at_most",  # (a common misspelling of "up to")
    # a limit a figure is inside: "sold within 10 minutes", "within 2% of its peak"
    "within": "at_most",
    # a bound written as an adjective right before the figure: "a maximum two-year ban",
    # "a minimum 20% deposit" (not "the minimum wage ... £4.85", a level of its own)
    "a maximum": "at_most", "a minimum": "at_least",
    # the low end a figure may reach: "from as little as 70 euros", "could fall as low as 15%"
    "as little as": "at_least", "as low as": "at_least", "as few as": "at_least",
    "as young as": "at_least", "as old as": "at_most",  # "children as young as 12"
    "less than": "less_than", "fewer than": "less_than", "under": "less_than",
    "below": "less_than", "just under": "less_than", "just below": "less_than",
    "lower than": "less_than", "short of": "less_than", "shy of": "less_than",
    "about": "approx", "around": "approx", "some": "approx", "approximately": "approx",
    "roughly": "approx", "nearly": "approx", "almost": "approx", "close to": "approx",
    "an estimated": "approx", "estimated": "approx", "circa": "approx", "approx.": "approx",
    "c.": "approx", "~": "approx", "about a": "approx", "more or less": "approx",
    "something like": "approx", "something like a": "approx",
    "nigh on": "approx", "or so": "approx", "an approximate": "approx", "around a": "approx",
    "barely": "approx", "about an": "approx", "around an": "approx",  # "with around an 80%
    "roughly a": "approx", "roughly an": "approx",  # kicking success rate": the article is
    "approximately a": "approx", "approximately an": "approx",  # the noun's the figure opens
    "some of": "approx", "in the region of": "approx", "in the order of": "approx",
    "of the order of": "approx", "in the area of": "approx",
}
# verbs that tag a quotation with who says it: '"Why should we pay?" Mr Lewis asked.'
QUOTE_TAG_VERBS = ("said", "says", "asked", "asks", "added", "adds", "told", "tells", "wrote",
                   "writes", "replied", "insisted", "explained", "admitted", "warned",
                   "continued", "demanded", "wondered", "concluded", "concludes")

# "add up to": a total, neither a bound nor a rise ("imports and exports added up to $5bn")
ADDING_UP = {"add", "adds", "added", "adding"}

# Verbs of passing or capping a mark, bounds too: "expected to top £20m", "sales exceeded
# $5bn", "took his tally past 150" (not "the top 10", nor "the past 12 months": tracker.
# readings reads the word before), "capped at 5%". Unlike the phrases above, they are not
# skipped on the way from a figure to the word that introduces it (subjects.LEAD_WORDS).
BOUND_VERBS = {
    "exceed": "more_than", "exceeds": "more_than", "exceeded": "more_than",
    "surpass": "more_than", "surpasses": "more_than", "surpassed": "more_than",
    "surpassing": "more_than", "to top": "more_than", "will top": "more_than",
    "could top": "more_than", "topped": "more_than", "tops": "more_than",
    "topping": "more_than", "past": "more_than", "passed": "more_than",
    "limited to": "at_most", "capped at": "at_most", "restricted to": "at_most",
}
QUALIFIERS.update(BOUND_VERBS)
# A negation before a bound turns it about: "no fare higher than $599" is at most $599,
# "none of them over 40" at most 40, "not under 18" at least 18 (tracker.readings reads the
# negation: "not", "never", "none of them", or "no" and up to three words)
NEGATED_BOUNDS = {"more_than": "at_most", "less_than": "at_least"}
# ... but not after "no" and these, which negate no noun: "no doubt more than 4,000 came"
NO_IDIOMS = {"doubt", "wonder", "longer", "sooner", "matter", "surprise", "question", "way",
             "sign", "signs", "plans", "plan", "reason", "idea", "end", "evidence", "chance",
             "hope", "guarantee", "need"}
# "over" before a span of time is "during" ("$120m over eight years", "developed over four
# years"), and "more than" only after these words ("for over 40 years", "took over 10
# hours", "just over two years") or before "ago" ("over 20 years ago").
OVER_SPAN_MORE_THAN = {
    "for", "in", "of", "than", "just", "little", "well", "already", "now", "after", "since",
    "within", "at", "by", "aged", "take", "takes", "took", "taken", "taking", "wait", "waits",
    "waited", "waiting", "last", "lasts", "lasted", "lasting", "spent", "spend", "spends",
    "span", "spans", "spanned", "spanning",
}
QUALIFIERS_AFTER = {
    "or more": "at_least", "and more": "at_least", "plus": "at_least", "or so": "approx",
    "more or less": "approx", "or thereabouts": "approx", "or thereabout": "approx",
    "or less": "at_most", "or fewer": "at_most", "and up": "at_least", "and above": "at_least",
    "or over": "at_least", "and over": "at_least", "or above": "at_least", "or older": "at_least",
    "and older": "at_least", "or under": "at_most", "and under": "at_most", "or younger": "at_most",
    "and younger": "at_most", "or below": "at_most", "and below": "at_most",
    "or higher": "at_least", "and higher": "at_least", "or greater": "at_least",
    "or longer": "at_least", "or lower": "at_most", "and lower": "at_most",
    "and less": "at_most",
    # hyphened to the figure: "5,000-plus fans", "40-odd countries" (forty and some more)
    "-plus": "at_least", "-odd": "at_least",
}

# the most times a move can be said to be made in a news sentence ("Rates went up five
# times"); a larger count of times after a verb of change is a multiple ("has leapt 500,000
# times")
MOST_OCCASIONS = 12

CHANGE_UP = {
    "rose", "rise", "rises", "rising", "risen", "up", "increased", "increase", "increases",
    "increasing", "grew", "grow", "grows", "growing", "grown", "gained", "gain", "gains",
    "jumped", "jump", "jumps", "climbed", "climb", "climbs", "soared", "soar", "soars",
    "surged", "surge", "surges", "rallied", "advanced", "added", "upward", "upwards",
    "boosted", "higher", "spiked", "leapt", "leaped", "expanded", "improved", "hike",
    "hiked", "increment", "growth", "upswing", "went up", "go up", "goes up", "going up",
    "jumping", "climbing", "soaring", "surging", "rallying", "advancing", "boosting",
    "spiking", "leaping", "expanding", "improving", "hiking", "adding", "adds",
    "strengthened", "strengthening", "firmed", "firming", "appreciated", "rebounded",
    "swell", "swells", "swelled", "swollen", "swelling", "ballooned", "rocketed",
    "mushroomed", "rebound", "rebounding", "gaining",
    "tripled", "trebled", "quadrupled",
}
CHANGE_DOWN = {
    "fell", "fall", "falls", "falling", "fallen", "down", "dropped", "drop", "drops",
    "declined", "decline", "declines", "declining", "decreased", "decrease", "decreases",
    "lost", "lose", "loses", "losing", "slipped", "slip", "slips", "slid", "slide", "slides",
    "shed", "sheds", "plunged", "plunge", "plunges", "tumbled", "tumble", "tumbles", "sank",
    "sink", "sinks", "eased", "ease", "cut", "cuts", "reduced", "reduce", "lower", "lowered",
    "dipped", "dip", "dips", "slumped", "slump", "slumps", "contracted", "contraction",
    "shrank", "shrink", "shrunk", "retreated", "plummeted", "weakened", "reduction",
    "went down", "go down", "goes down", "crashed", "dived", "downward", "downwards",
    "plummeting", "plunging", "tumbling", "sinking", "slipping", "sliding", "dropping",
    "dipping", "slumping", "shrinking", "retreating", "crashing", "diving", "weakening",
    "shedding", "lowering", "reducing", "depreciated", "softened",
    "slow", "slows", "slowed", "slowing", "dwindled", "dwindling", "plummet",
}
# Verbs before "down" that make no fall of it: "turned down a £2bn offer", "played down
# talk of 500 job cuts", "stepped down after 12 years", "weighed down by £3bn of debts" (a
# burden).
NOT_CHANGE_DOWN = {"turn", "turns", "turned", "turning", "play", "plays", "played", "playing",
                   "step", "steps", "stepped", "stepping", "back", "backs", "backed", "backing",
                   "shut", "shuts", "shutting", "track", "tracked", "hunt", "hunted", "note",
                   "noted", "write", "wrote", "written", "jot", "jotted", "knuckle", "calm",
                   "calmed", "weighed", "weigh", "weighs", "weighing", "bogged"}
# Verbs that make "up" a particle, not a rise ("gave up 517 yards").
NOT_CHANGE_UP = {"split", "splits", "splitting", "broke", "break", "breaks", "broken",
                 "teamed", "team",  # "families split up by 22 years of war"
                 "stump", "stumps", "stumped", "cough", "coughed",  # "stump up a third": pay
                 "give", "gave", "given", "giving", "gives", "pick", "picked", "picks", "set",
                 "sets", "make", "made", "makes", "take", "took", "taken", "end", "ended", "ends",
                 "sign", "signed", "put", "puts", "add", "adds", "rack", "racked", "run", "ran",
                 "open", "opened", "shore", "shored", "use", "used", "sum", "summed", "back",
                 "line", "lined", "stack", "stacked", "wrap", "wrapped", "show", "showed",
                 "buy", "buys", "buying", "bought", "snap", "snaps", "snapping", "snapped",
                 "strike", "strikes", "struck", "striking", "racks", "racking", "clock",
                 "clocks", "clocked", "clocking", "notch", "notches", "notched", "notching",
                 "chalk", "chalks", "chalked", "chalking", "ring", "rang", "rung", "rings",
                 "picking", "setting", "making", "taking", "ending", "signing", "putting",
                 "adding", "running", "opening", "shoring", "using", "summing", "backing",
                 "lining", "stacking", "wrapping", "showing", "ringing",
                 # what one finds or points out: "flagged up six faults", "threw up 40
                 # cases", "drew up 12 proposals"
                 "flag", "flags", "flagged", "flagging", "throw", "throws", "threw", "thrown",
                 "throwing", "draw", "draws", "drew", "drawn", "drawing",
                 "dream", "dreamed", "dreamt", "dig", "digs", "dug",
                 "conjure", "conjured", "drum", "drummed", "dredge", "dredged"}

# Verbs that move their object up to a level: "push earnings up to $43.1m", "sent the
# index up to 7,200", "take the rate up to 4.5%": a level reached, not the bound "up to"
MOVE_UP_VERBS = {
    "push", "pushes", "pushed", "pushing", "drive", "drives", "drove", "driven", "driving",
    "send", "sends", "sent", "sending", "bring", "brings", "brought", "bringing", "take",
    "takes", "took", "taken", "taking", "lift", "lifts", "lifted", "lifting", "force", "forces",
    "forced", "forcing", "bid", "bids", "bidding", "ramp", "ramps", "ramped", "ramping",
}

# Verbs that move their object down as well, to a level after "down to": "bring debt down
# to", "pushed the price down to", "the wind chill takes temperatures down to".
MOVE_DOWN_VERBS = MOVE_UP_VERBS - {"lift", "lifts", "lifted", "lifting", "bid", "bids",
                                   "bidding", "ramp", "ramps", "ramped", "ramping"} | {
    "pull", "pulls", "pulled", "pulling", "knock", "knocks", "knocked", "knocking", "drag",
    "drags", "dragged", "dragging",
}
# Verbs that put their object at a level "up to" or "down to": "get the display down to
# below $20", "puts the average cost up to £48".
PUTTING_VERBS = {"put", "puts", "putting", "get", "gets", "got", "getting"}

# Words that open a noun phrase as its determiner or owner: "cut its dividend 10%".
DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "your", "this", "that",
               "these", "those"}

# Change nouns that make the figure after "of" a change: "a decline of 133,000", "a rise
# of 6%".  Not "loss" or "gain": "a loss of £5m" is a result, not a move of a level.
CHANGE_NOUNS_OF_UP = {"rise", "rises", "increase", "increases", "growth", "jump", "hike",
                      "climb", "surge", "boost", "upturn", "uplift", "improvement",
                      "expansion"}
CHANGE_NOUNS_OF_DOWN = {"fall", "falls", "drop", "drops", "decline", "declines", "decrease",
                        "decreases", "cut", "cuts", "reduction", "reductions", "dip", "slump",
                        "plunge", "slide", "contraction", "downturn", "deterioration"}

# Verbs that make a "by" figure, or the levels of "from ... to", a change from further back
# in the clause, past their object: "raised its dividend by 11%", "cut output in North
# America by 3%", "increased the surcharge from £6 to £10".  Without "by" or "from" they
# move nothing: "raise $1bn from the flotation" is money raised, not a rise.
CHANGE_VERBS_UP = {
    "raise", "raised", "raises", "raising", "boost", "boosted", "boosts", "boosting", "lift",
    "lifted", "lifts", "lifting", "increase", "increased", "increases", "increasing", "grow",
    "grew", "grown", "grows", "growing", "expand", "expanded", "expands", "expanding", "extend",
    "extended", "extends", "extending", "widen", "widened", "widens", "widening", "hike",
    "hiked", "hikes", "rose", "risen", "rise", "rises", "rising",
    "deepen", "deepened", "deepens", "deepening",  # a loss or a slump: "losses deepened to"
    "upped", "upping",
    "doubled", "doubling", "inflate", "inflated", "inflates", "inflating",  # not "a double
    # strike"
}
CHANGE_VERBS_DOWN = {
    "cut", "cuts", "cutting", "reduce", "reduced", "reduces", "reducing", "trim", "trimmed",
    "trims", "trimming", "slash", "slashed", "slashes", "slashing", "lower", "lowered",
    "lowers", "lowering", "narrow", "narrowed", "narrows", "narrowing", "shrink", "shrank",
    "shrunk", "shrinks", "fell", "fall", "falls", "fallen", "decrease", "decreased",
    "decreases", "decline", "declined", "declines", "sank", "sunk", "deteriorate",
    "deteriorated", "weaken", "weakened",
    "halve", "halved", "halving",  # not "the two halves"
}
# Verbs that state a level reached: "closed at 7,100 points", "to end at 1,334".
LEVEL_VERBS = {"end", "ended", "ends", "close", "closed", "closes", "finish", "finished",
               "finishes", "stand", "stood", "stands", "settle", "settled", "settles"}

# Words of a spread, not a move: "prices ranging from £19 to £29" is a range.
RANGE_WORDS = {"range", "ranges", "ranged", "ranging", "vary", "varies", "varied", "varying",
               "between", "anywhere", "spread"}

# Filler words allowed between a change word and its figure ("rose sharply by about 5%").
CHANGE_FILLER = {
    "by", "a", "an", "the", "some", "about", "around", "nearly", "almost", "roughly", "sharply",
    "steeply", "slightly", "just", "only", "another", "further", "extra", "additional", "more",
    "than", "over", "as", "much", "many", "marginally", "modestly", "strongly", "significantly",
    "approximately", "a further", "fully", "respectively", "has", "have", "had", "was", "were",
    "is", "are", "been", "be", "will", "would", "could", "might", "may", "between",
    "back",  # "the stock slipped back 7%"
    "massive", "whopping", "huge", "hefty", "staggering", "modest", "mere", "healthy",
    "sharp", "steep", "dramatic", "slight",  # "cut spending by a massive £35bn"
    "strong", "solid", "robust", "weak", "impressive", "disappointing", "meagre", "paltry",
    "record",  # "GDP rose by a strong 0.7%"
}

# what parts two counts of a list, with a bound on the next: ", over ", " and about "
# (a regular expression's text, for the list readers of `candidates` and `extract`)
LIST_JOIN = (r"(?:,|,?[ \u00a0]+(?:and|or))[ \u00a0]+(?:(?:over|some|about|around|nearly"
             r"|almost|more[ \u00a0]+than|at[ \u00a0]+least)[ \u00a0]+)?")

NOT_UNITS = {
    # English words that the unit lexicon also lists as a symbol or a name.
    "in", "a", "an", "at", "pm", "am", "i", "im", "i'm", "all", "apcs", "apc", "are", "as",
    "is", "it", "its", "be", "by", "do", "go", "he", "me", "my", "no", "of", "on", "or",
    "so", "to", "up", "us", "we", "the", "and", "per", "for", "from", "with", "one", "new",
    "was", "has", "had", "have", "will", "cd", "cds", "pc", "pcs", "mp", "mps", "gp", "gps",
    "pa", "ad", "bc", "mr", "ms", "dr", "st", "rd", "nd", "th", "tv", "bar", "bars", "mo",
    "gal", "ha", "cal", "mark", "marks", "dram", "drams", "grain", "grains", "stone", "stones",
    "line", "lines", "hand", "hands", "pace", "paces", "foot" , "score", "scores", "pair",
    "pairs", "dozen", "gross", "rem", "rad", "ton", "sen", "won", "rand", "real", "kip",
    "pound", "pounds", "cup", "cups", "bit", "bits", "unit", "units", "point", "points",
    "turn", "turns", "ray", "rays", "sun", "suns", "day", "days", "year", "years",
    "league", "leagues",  # "36 league games"; the old length unit is not news usage
    "quarter", "quarters",  # "the 1994 quarter", "two quarters of growth": periods, not 28 lb
    "drop", "drops", "quartet", "quartets",  # "two drop goals", "the 4x100m quartet"
}
# Of NOT_UNITS, those still read as units where the context is plain: right after a
# number and followed by "of" or a noun would be wrong, but "5 days", "275 pound-feet",
# "3 points" are units: the extractor looks these up in its own table first.

# Nouns and comparatives after a figure that make it a change ("a 12% drop", "5% higher").
# Comparatives count as "5% higher" does: "uses 40% less power", "20% cheaper".
CHANGE_AFTER_UP = {"rise", "rises", "increase", "increases", "gain", "gains", "jump", "jumps",
                   "growth", "higher", "hike", "climb", "surge", "rally", "boost", "uplift",
                   "larger", "bigger", "greater", "dearer", "more", "improvement",
                   "improvements", "faster", "quicker", "stronger", "expansion", "better"}
CHANGE_AFTER_DOWN = {"drop", "drops", "fall", "falls", "decline", "declines", "cut", "cuts",
                     "decrease", "decreases", "lower", "loss", "slump", "reduction", "dip",
                     "plunge", "slide", "contraction", "downturn", "less", "fewer", "cheaper",
                     "smaller", "deterioration", "slower", "weaker", "worse"}

# Of these, the comparatives: a comparison after a comma is no change of the figure before
COMPARATIVES = {"higher", "lower", "larger", "bigger", "greater", "dearer", "less", "fewer",
                "cheaper", "smaller", "more", "faster", "quicker", "stronger", "slower",
                "weaker", "better", "worse"}
# Nouns that make "less" before them "minus", no comparison: "to yield 7.86% less full
# fees", "£5,000 less tax"
LESS_AS_MINUS = {"fee", "fees", "cost", "costs", "expense", "expenses", "tax", "taxes",
                 "commission", "commissions", "charge", "charges", "deduction", "deductions",
                 "discount", "discounts"}

MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec",
}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# Words before a 4-digit number that make it a year ("in 2004", "since 1990").
YEAR_CUES = {
    "in", "since", "of", "by", "from", "until", "till", "to", "during", "year", "summer",
    "winter", "spring", "autumn", "fall", "early", "late", "mid", "before", "after",
    "between", "and", "season", "fiscal", "fy", "for", "the", "class", "circa", "around",
    "through", "throughout", "end", "start", "beginning", "its", "their", "this", "that",
    "christmas", "election", "census", "budget", "olympics", "cup", "world", "as", "at",
    "on", "back", "was", "were", "is", "will", "be", "tokyo", "london", "paris", "beijing",
}
# Words around a "3-1" that make it a score, not a range.
SCORE_CUES = {
    "won", "win", "wins", "beat", "beats", "lost", "lose", "loses", "drew", "draw", "draws",
    "victory", "defeat", "defeated", "lead", "led", "leads", "score", "scored", "scoreline",
    "thrashed", "thrashing", "win,", "victory.", "tie", "tied", "trailing", "trailed",
    "margin", "sets", "set", "aggregate", "down", "up", "penalties", "home", "away", "match", "game",
    "downed", "ahead", "behind", "edged", "routed", "thumped", "overcame", "tiebreak",
    "beaten", "winning", "losing", "winners", "crushed", "trounced", "demolished", "hammered",
    "hammering", "triumph",
}
# Words around "9/4" that make it betting odds, not a fraction.
ODDS_CUES = {"favourite", "favorite", "odds", "shot", "bookmaker", "bookmakers", "bookies",
             "evens", "outsider", "punters", "bet", "ladbrokes"}
# A capitalised word right before a figure that names a thing, not counts it ("Boeing 787").
# Used only where the figure has no unit: the extractor also drops any figure that follows a
# capitalised word mid-sentence, except after these, which do introduce amounts.
AMOUNT_CAPITALS = {
    "About", "Around", "Some", "Over", "Under", "Nearly", "Almost", "Only", "Just", "More",
    "Less", "Fewer", "Up", "Down", "Between", "From", "At", "By", "To", "And", "The", "Of",
    "In", "On", "For", "With", "Than", "Another", "Roughly", "Approximately", "I", "But",
}

# Words near "N pounds" that make it money, not weight ("fined 500 pounds", "worth 5 pounds").
MONEY_CUES = {
    "cost", "costs", "costing", "paid", "pay", "pays", "paying", "worth", "price", "prices",
    "priced", "fine", "fined", "fines", "salary", "wage", "wages", "spend", "spent", "spending",
    "earn", "earned", "earns", "bid", "sterling", "budget", "loan", "fund", "funds", "funding",
    "sold", "sell", "buy", "bought", "charge", "charged", "fee", "fees", "tax", "taxes", "bill",
    "profit", "profits", "revenue", "sales", "debt", "raise", "raised", "donated", "grant",
    "award", "compensation", "bonus", "deal", "investment", "invest", "invested", "rent",
    "ticket", "tickets", "per", "each", "bet", "prize", "million", "billion", "pence", "£",
    "cash", "money", "taxpayers", "lottery", "savings", "assets", "value",
}

# Words in a sentence that make a bare "m" after a figure millions of people, not metres
# ("the finale peaked at 11.9m", "ratings drop by 4m").
AUDIENCE_CUES = {
    "viewers", "viewer", "audience", "audiences", "ratings", "watched", "watching", "tuned",
    "listeners", "viewing", "viewership", "listenership",
}
# ... unless the sentence measures a length: "she cleared 1.87m as viewers cheered"
LENGTH_CUES = {
    "cleared", "jump", "jumped", "jumps", "jumper", "vault", "vaulted", "throw", "threw",
    "thrown", "leap", "leapt", "height", "tall", "high", "long", "deep", "wide", "distance",
    "metres", "meters",
}

# Words ending in "s" that are not plural nouns after a figure ("the top 20 includes"):
# verbs and adverbs.
NOT_PLURALS = {
    "includes", "remains", "features", "contains", "looks", "shows", "goes", "comes", "means",
    "makes", "takes", "gets", "seems", "has", "was", "does", "this", "always", "perhaps",
    "across", "unless", "less", "plus", "thus", "yes", "besides", "sometimes",
}

# Words before a number that make it a label, not an amount ("category 4", "Game 7").
# Number words that, with the word after them, make an idiom and count nothing: "zero
# tolerance", "a zero-sum game", "one-click shopping"
NUMBER_IDIOMS = {
    "zero": {"tolerance", "sum", "hour"},
    "one": {"click"},
}

# Compounds of a number that name a kind, a grade or a place, not an amount: "two-way
# trade", "a five-way match", "two one-man shows", "a one-stop shop", "an 18-rated game",
# "a five-star hotel", "five-a-side football", "inside the six-yard box", "24-hour drinking", "the
# 15-man game" (rugby union), "a five-setter" (a match that goes to five sets), "one-liners",
# "a three-wheeler"; not a count of parts ("a six-cylinder engine", "a 25-man squad", "a
# 40,000-seater stadium").  Each is matched at the number.
KIND_COMPOUNDS = (
    r"one-(?:stop|on-one|to-one|sided|man[ \u00a0]+(?:show|band|team|army)s?)",
    r"two-(?:tier|bit|horse|handed|faced)",
    r"(?:two|three|four|five|six|[2-6])-way",  # "two-way trade", "a five-way match"
    r"\w+-(?:dimensional|a-side|rated)",
    r"(?:one|two|three|four|five|\d)-star",
    r"(?:six|18|eighteen)-yard[ \u00a0]+box",
    r"24-hour[ \u00a0]+(?:drinking|news|licensing|opening|shopping|culture|service)",
    r"(?:13|15|thirteen|fifteen)-man[ \u00a0]+(?:game|code)",
    r"(?:one|two|three|four|five|[1-5])-(?:setter|liner|wheeler|pointer)s?\b",
)

LABEL_WORDS = {
    "category", "game", "unit", "highway", "exit", "route", "number", "no", "room", "chapter",
    "article", "section", "page", "level", "stage", "phase", "grade", "flight", "episode",
    "season", "version", "model", "type", "tier", "block", "platform", "gate", "act", "part",
    "sp", "s&p", "ftse", "dax", "nikkei", "cac", "interstate", "floor", "apartment", "suite",
    "track", "verse", "psalm", "channel", "radio", "formula", "apollo", "windows", "iphone",
    "galaxy", "pixel", "playstation", "xbox", "covid", "mk", "mark", "series", "class",
    "division", "league", "ligue", "bundesliga", "serie", "zone", "district", "ward", "bay",
    "pier", "terminal", "lane", "runway", "code", "zip", "postcode", "box", "ext", "line",
}
# Makers whose models are numbers, and those numbers: where an article names the maker, the
# number alone is the model ("Boeing ... a US air force 747 tanker contract", "the 911").
MAKER_MODELS = {"Boeing": r"7[0-8]7", "Porsche": r"911|944|928|356"}
# Words after a number that make it part of a product's name ("the 11 Pro", "S24 Ultra").
MODEL_SUFFIXES = {"pro", "max", "plus", "mini", "ultra", "lite", "xl", "se", "fe"}
# Street words: "310 Mill Lane" is an address, not a count.
STREET_WORDS = {
    "road", "rd", "street", "st", "avenue", "ave", "way", "lane", "drive", "dr", "boulevard",
    "blvd", "place", "court", "terrace", "square", "close", "crescent", "highway", "parkway",
}

# Capitalised for grammar, not names (tracker.tracking.sentence_names): function words,
# pronouns, titles and days; months are MONTHS.
NOT_NAMES = frozenset("""
    a an and as at but by for from he her his how i if in it its last mr mrs ms dr sir lord
    lady next no nor of on one or our she so some that the their these they this those to
    we what when where which while who why with without yet after before both each many
    more most all two three first
    monday tuesday wednesday thursday friday saturday sunday
""".split())

# Verbs that move a count of jobs or posts, and which way, also in the passive right after
# it ("300 jobs were cut": down, "212,000 new jobs were added": up), with the words that
# may stand between the count's noun and the passive verb.
POSTS_MOVED = {"add": "up", "cut": "down", "axe": "down", "shed": "down", "slash": "down",
               "scrap": "down"}
PASSIVE_AUX = ("have", "has", "had", "were", "was", "are", "is", "will", "would", "could",
               "may", "be", "been", "being", "to")
