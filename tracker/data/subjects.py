"""Word lists for tying figures to subjects and sources.

PERSON_NOUNS: nouns for people (and "others") whose figure reads better with its verb:
"killed at least two civilians" -> subject "civilians killed".
PERSON_TITLES: lemmas of nouns that name a person by role; "which" never stands for one
("a bonus for the finance director, which was worth £2m" is the bonus's worth).
SPEAKER_ROLES: those and more, for one person a later "he said" may stand for.
REPORTING_VERBS: lemmas of verbs whose subject is the source of a figure ("X said").
UNIT_NOUNS: nouns after a figure that name its unit, not its subject (beside the unit
lexicon): "8.2 times earnings", "68p", minor coins ("15 sen"), and the country letters
of a currency the parser reads as nouns ("$76 US a barrel", "HK $5.4m"), and unit
symbols the lexicon lacks ("300 PS"); the capitalised ones count only as written.
SUBJECT_STOP: words never left at the front of a subject or taken as a source.
HARM_VERBS: lemmas of verbs that say what happened to counted people; only these join
their noun in the subject ("civilians killed"), never "employees lay" or "jobs creating".
PLIGHTS, PLIGHT_PHRASES: the states a copula ("be", "remain", "stay", "were left") puts
counted people in, which name the set as a verb of harm does: "12 people are missing" ->
"people missing", "5.2 million Germans were out of work" -> "Germans out of work"; a plain
place is no plight ("2,000 fans were in the stadium").
LEAD_WORDS: words between a figure and the verb or adjective that introduces it, skipped
to find that word ("is around 73", "worth up to $6m", "priced at under $25"): the words
of the qualifier phrases, bar the prepositions that start phrases of their own.
INTENT_NOUNS: nouns of intent whose infinitive's doer is their owner or the subject of the
verb they are the object of: "Sony unveiled plans to shed 9,000 workers", "the group's
plans to create 10,000 jobs"; not "the right to see", "an order to stop".
MONEY_VERBS: lemmas of verbs whose object, a bare sum, is named by the noun of the verb:
"The Aviator has taken $75m" -> "takings (The Aviator)", "Turkey agreed to borrow $10bn"
-> "loan (Turkey)", "the firm, which owes about $12bn" -> "debt (firm)".
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
14%", "Brent closed at $40", "the speed translates to 38mph" (with no object: "the firm cut
300 jobs" keeps its actor).
NOT_ACTORS: quantity words that can stand as a clause's subject but never act: "none of
the 18 directors will admit", "half are from Europe".
LINKING_PARTICIPLES: participles after a figure that link it to something else rather than
say what befell it, so never its subject on their own: "14% compared to 12%", "with eight
minutes left", "the 46-year low of 1% reached in 2001" is still a level, "the 2.2% recorded
in 2003" a figure someone gave.
VALUE_NOUNS: nouns that only frame a figure ("a total of", "a record $44m", "a high of",
"the $50 mark", "a maximum of £63", "an average of 64 days", and the nouns of qualifier phrases: "a price tag in the region of £40m");
the subject is looked for elsewhere first (for a frame on a verb, the verb's object: "a
price tag"), and they are kept only when nothing else is.
BALANCE_NOUNS: nouns of a balance or a trade between two sides, whose "with" phrase names
the other side, kept in the subject and never its place ("the US's deficit with China").
"""

from .currencies import CURRENCIES
from .phrases import BOUND_VERBS, QUALIFIERS
from .units import RACE_NOUNS

PERSON_NOUNS = {
    "people", "persons", "others", "civilians", "soldiers", "troops", "children", "men",
    "women", "adults", "workers", "residents", "employees", "staff", "victims", "patients",
    "migrants", "refugees", "prisoners", "hostages", "protesters", "fighters", "militants",
    "officers", "police", "passengers", "students", "casualties", "deaths", "jobs",
}

# Nouns for bodies that act, which "it" or "they" may stand for as an actor ("the company
# said it would cut 300 jobs"); "it" after "the meeting" or "the question" acts for no one.
BODY_NOUNS = {
    "company", "firm", "government", "group", "bank", "council", "party", "board", "union",
    "agency", "ministry", "department", "authority", "administration", "management",
    "regulator", "club",
    "team", "airline", "retailer", "carmaker", "maker", "producer", "publisher", "operator",
    "network", "studio", "insurer", "lender", "court", "police", "army", "country", "state",
    "nation", "business", "corporation", "charity", "organisation", "organization",
    "committee", "commission", "watchdog", "exchange", "supermarket", "chain",
    "broadcaster", "manufacturer", "giant", "investor", "shareholder", "owner", "buyer",
    "subsidiary", "affiliate", "division", "consortium", "bidder", "rival", "conglomerate",
    "newspaper", "magazine", "station", "sector", "unit", "industry",
}

# Lemmas of nouns for people, beside the titles (PERSON_TITLES) and the bodies
# (BODY_NOUNS): they can act ("prosecutors have charged 12 men", "users downloaded 5m
# songs", "my husband spent 11 hours"), where a thing cannot ("the machine has 6 USB
# ports", "the game sold 1 million copies", "the line could cost £100m").
PEOPLE_NOUNS = {
    "people", "person", "civilian", "soldier", "troop", "child", "adult", "worker",
    "resident", "employee", "staff", "patient", "migrant", "refugee", "prisoner", "protester",
    "peacekeeper", "pilgrim", "tourist", "villager", "miner", "journalist", "demonstrator",
    "fighter", "militant", "officer", "passenger", "student", "prosecutor", "user",
    "customer", "consumer", "investor", "analyst", "buyer", "seller", "shareholder",
    "director", "fan", "supporter", "organiser", "organizer", "creditor", "agent", "member",
    "voter", "viewer", "shopper", "player", "official", "executive", "boss", "lawmaker",
    "mp", "peer", "judge", "jury", "housewife", "husband", "wife", "parent", "mother",
    "father", "son", "daughter", "family", "teenager", "youngster", "pupil", "teacher",
    "mum", "dad", "man", "woman", "boy", "girl", "actress", "actor", "singer", "star",
    "doctor", "nurse", "scientist", "researcher", "expert", "critic", "campaigner",
    "activist", "rebel", "gunman", "attacker", "thief", "burglar", "hacker", "spammer",
    "fraudster", "criminal", "suspect", "police", "authority", "voter", "citizen", "tourist",
    "visitor", "traveller", "driver", "pilot", "farmer", "miner", "striker", "rival",
    "competitor", "bidder", "owner", "founder", "partner", "tory", "democrat", "republican",
    "minister", "developer", "designer", "artist", "musician", "band", "audience", "crowd",
    "opponent", "champion", "winner", "loser", "manager", "coach", "captain", "side", "team",
    "country", "nation", "state", "bank", "business", "retailer", "store", "shop", "carrier",
    "operator", "provider", "supplier", "dealer", "broker", "trader", "firm", "company",
    "tycoon", "athlete", "couple", "panel", "body", "other", "candidate", "office",
    "parliament", "workforce", "jury", "crew", "cabinet", "public", "electorate", "chancellor",
    "utility", "chap", "guy", "legend", "icon", "guest", "nominee", "counterpart",
    "international", "girlfriend", "boyfriend", "friend", "lover", "fiancee", "fiance",
    "spouse", "widow", "widower", "brother", "sister", "colleague", "neighbour",
    "celebrity", "delegate", "dignitary",
}

# Lemmas of nouns for a plan, deal or rule, which news writes as doing what it provides
# for: "the plan is set to close 15% of the depots", "the deal would give Gazprom 8%";
# unlike other things, they stay actors.
INSTRUMENT_NOUNS = {
    "plan", "scheme", "programme", "program", "proposal", "deal", "agreement", "law", "bill",
    "act", "policy", "measure", "rule", "regulation", "budget", "package", "reform",
    "ruling", "treaty", "initiative", "strategy", "settlement", "contract",
}

# Endings of nouns for people who do something ("gamers", "labourers", "applicants",
# "policyholders", "novelists"), which `actors` reads as able to act where the word is in no
# table; a thing with such an ending is passed as before ("the sector").
PERSON_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "eer")
# ... but not these: things with such an ending ("the merger created", "the offer valued",
# "a thriller that took $20m"); nor a noun in "-ment" ("the agreement", "the investment"),
# whose bodies ("government", "parliament") are BODY_NOUNS.
THING_ENDINGS = ("ment",)
ENDING_THINGS = {
    "offer", "order", "merger", "thriller", "blockbuster", "weather", "trigger", "chapter",
    "poster", "computer", "sector", "incident", "event", "plant", "factor", "error", "number",
    "quarter", "winter", "summer", "paper", "letter", "power", "water", "matter", "border",
    "disaster", "cancer", "monitor", "motor", "centre", "center", "transfer", "counter",
    "meter", "sensor", "processor", "reactor", "tractor", "tower", "tender", "filter",
    "register", "budget", "talent", "percent", "content", "element", "accident", "argument",
    "segment", "current", "patent", "list", "wrist", "twist",
}

# Titles before a person's name: a name after one is a person, never a place ("said Mr
# Houlihan", which the small model can tag as a town).
HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "lord", "lady", "dame", "prof", "rev"}

# Nouns that, right before a name or in apposition to it, say the name is a firm, a band,
# a team, a work or a unit of a firm, never a place, though the small model tags many such
# names as places: "telecoms giant Verizon", "indie band Kasabian", "the unit, Yugansk",
# "Carlsberg, the world's fifth-largest brewer", "hit song Jailhouse Rock", "the comedy
# Sideways"; the words for places are left out ("the country, Spain", "the host nation").
NAME_KINDS = {
    "company", "firm", "group", "bank", "party", "union", "agency", "club", "team", "side",
    "airline", "retailer", "carmaker", "maker", "producer", "publisher", "operator",
    "network", "studio", "insurer", "lender", "broadcaster", "manufacturer", "giant",
    "supermarket", "chain", "brewer", "distiller", "carrier", "telco", "unit", "arm",
    "division", "subsidiary", "brand", "label", "band", "duo", "trio", "quartet", "outfit",
    "song", "single", "album", "film", "movie", "comedy", "drama", "musical",
    "show", "series", "game", "title", "website", "site", "newspaper", "paper", "magazine",
    "rival", "rivals", "opponent", "opponents", "champion", "champions", "holder", "holders",
    "singer", "rapper", "star", "striker", "player", "athlete", "vaulter", "sprinter",
    "engine", "service", "provider", "portal", "developer", "consortium", "conglomerate",
    "watchdog", "regulator", "charity", "organisation", "organization",
}

# Places written as capitals alone: an all-capital name the model calls a place is taken as
# one only if it is here ("BT now has a 36% share": a firm).
CAPITAL_PLACES = {"US", "USA", "UK", "EU", "UAE", "GB", "NZ", "DRC", "PRC", "USSR", "ROK",
                  "DPRK", "NYC", "LA", "DC"}

# Countries by the short or old names news gives them, which neither pycountry nor GeoNames
# lists as a country's: "the UK", "Britain", "America".
COUNTRY_NAMES = {"UK", "US", "USA", "Britain", "Great Britain", "America", "Holland"}

# The country a people's adjective names, for a country's own statistic that no place
# word states ("French consumer prices fell 0.6%" -> France); only the capitalised word.
DEMONYMS = {
    "British": "UK", "English": "England", "Scottish": "Scotland", "Welsh": "Wales",
    "Irish": "Ireland", "Northern Irish": "Northern Ireland", "American": "US",
    "Canadian": "Canada", "Mexican": "Mexico", "Brazilian": "Brazil",
    "Argentine": "Argentina", "Argentinian": "Argentina", "Chilean": "Chile",
    "Colombian": "Colombia", "Venezuelan": "Venezuela", "Peruvian": "Peru", "Cuban": "Cuba",
    "French": "France", "German": "Germany", "Italian": "Italy", "Spanish": "Spain",
    "Portuguese": "Portugal", "Dutch": "Netherlands", "Belgian": "Belgium",
    "Swiss": "Switzerland", "Austrian": "Austria", "Swedish": "Sweden",
    "Norwegian": "Norway", "Danish": "Denmark", "Finnish": "Finland", "Icelandic": "Iceland",
    "Polish": "Poland", "Czech": "Czech Republic", "Slovak": "Slovakia",
    "Hungarian": "Hungary", "Romanian": "Romania", "Bulgarian": "Bulgaria", "Greek": "Greece",
    "Turkish": "Turkey", "Russian": "Russia", "Ukrainian": "Ukraine", "Israeli": "Israel",
    "Lebanese": "Lebanon", "Syrian": "Syria", "Iraqi": "Iraq", "Iranian": "Iran",
    "Saudi": "Saudi Arabia", "Egyptian": "Egypt", "Libyan": "Libya", "Moroccan": "Morocco",
    "Algerian": "Algeria", "Nigerian": "Nigeria", "Kenyan": "Kenya",
    "Ethiopian": "Ethiopia", "Ghanaian": "Ghana", "South African": "South Africa",
    "Zimbabwean": "Zimbabwe", "Ugandan": "Uganda", "Sudanese": "Sudan", "Indian": "India",
    "Pakistani": "Pakistan", "Bangladeshi": "Bangladesh", "Sri Lankan": "Sri Lanka",
    "Afghan": "Afghanistan", "Chinese": "China", "Japanese": "Japan",
    "South Korean": "South Korea", "North Korean": "North Korea", "Taiwanese": "Taiwan",
    "Vietnamese": "Vietnam", "Thai": "Thailand", "Malaysian": "Malaysia",
    "Indonesian": "Indonesia", "Philippine": "Philippines", "Singaporean": "Singapore",
    "Australian": "Australia", "European": "Europe", "African": "Africa", "Asian": "Asia",
}
# People a country's adjective or name counts as its own population, who live where it
# says: "British camera phone users", "60% of French voters", "five million Britons" ->
# the country; not troops, tourists or fans, who are often abroad ("British soldiers").
RESIDENT_GROUPS = {
    "user", "buyer", "shopper", "consumer", "adult", "voter", "household", "family",
    "homeowner", "taxpayer", "viewer", "listener", "reader", "pupil", "motorist", "driver",
    "smoker", "teenager", "pensioner", "worker", "employee", "patient", "resident",
    "subscriber", "customer", "saver", "borrower", "homebuyer", "people", "public", "citizen",
    "owner",
}
# the names of peoples that are no adjective with an "s": "Britons", "Scots"
PEOPLE_NAMES = {"Briton": "UK", "Britons": "UK", "Scots": "Scotland", "Brits": "UK",
                "Kiwis": "New Zealand", "Aussies": "Australia", "Yanks": "US",
                # peoples not named by their adjective ("Danish" -> "Danes"), as plurals
                # only: "Pole", "Finn" and "Turk" may be a pole, a first name, a surname
                "Danes": "Denmark", "Swedes": "Sweden", "Finns": "Finland", "Poles": "Poland",
                "Turks": "Turkey", "Spaniards": "Spain", "Filipinos": "Philippines",
                "Icelanders": "Iceland", "New Zealanders": "New Zealand", "Serbs": "Serbia",
                "Croats": "Croatia"}

# Places that neither GeoNames' lists (countries, continents, US states, towns of 15,000)
# nor ISO 3166 subdivisions name (tracker.gazetteer): old and common names of countries,
# and regions news speaks of.
PLACE_NAMES = {
    "Britain", "Great Britain", "America", "Americas", "Holland", "Soviet Union", "Korea",
    "Latin America", "Central America", "Caribbean", "Middle East", "Far East", "Gulf",
    "Scandinavia", "Balkans", "Baltics", "Mediterranean", "Asia Pacific", "Asia-Pacific",
    "Sub-Saharan Africa", "West Africa", "East Africa", "North Africa", "Southern Africa",
    "Eastern Europe", "Western Europe", "Central Europe", "Northern Europe", "Southern Europe",
    "Central Asia", "South Asia", "South-East Asia", "Southeast Asia", "East Asia",
    "Siberia", "Northern Hemisphere", "Southern Hemisphere", "eurozone", "euro zone",
    "Midlands", "West Midlands", "East Midlands", "North West", "North East", "South West",
    "South East", "Yorkshire", "East Anglia", "West Country", "Home Counties", "Ulster",
    "Silicon Valley", "Midwest", "Gaza", "West Bank", "Kashmir", "Darfur", "Tibet",
    "Chechnya", "Crimea", "Donbas", "Kurdistan", "Aceh", "Atlantic", "Pacific", "Arctic",
    "Antarctic",
}

# Words that make a name a place's, whatever the gazetteer knows: "Goodison Park", "the
# Las Vegas Strip", "Guantanamo Bay", "the River Thames", "the Isle of Sheppey".
FEATURE_WORDS = {
    "park", "road", "street", "avenue", "lane", "square", "stadium", "arena", "ground",
    "airport", "station", "bay", "river", "ocean", "sea", "island", "islands", "isle",
    "peninsula", "valley", "dam", "province", "region", "county", "state", "lake", "mount",
    "mountain", "mountains", "desert", "strip", "harbour", "port", "gulf", "coast", "canal",
    "forest", "hills", "heath", "prison", "camp", "centre", "palace", "castle", "cathedral",
    "abbey", "bridge", "estuary", "delta", "basin", "plateau",
}

# People who judge, advise or deal for a country whose name says where they are from: "US
# critics", "US lawmakers", "its Paris lawyer"; where the figure counts none of them, the
# place is theirs, no location of the figure (not "UK shoppers", "US adults", who are
# where they are counted, nor police or officials, who act where they are).
OTHER_PEOPLE = {"critic", "force", "diplomat", "negotiator", "partner", "rival", "counterpart",
                "envoy", "ambassador", "expert", "economist", "commentator", "observer",
                "lawmaker", "lawyer"}

# The last words of a venue's name, which a place's name owns: "London's Brixton Academy",
# "Manchester's Bridgewater Hall" (the small model calls them firms)
VENUE_WORDS = {"academy", "hall", "theatre", "theater", "dome", "apollo", "pavilion",
               "auditorium", "coliseum", "colosseum", "playhouse", "velodrome"}

# Nouns a sports team's name modifies: "Southampton striker Henri Camara", "West Ham fans",
# "Newcastle centre Mathew Tait", "Northampton coach Budge Pountney": the name is a team.
TEAM_ROLES = {
    "striker", "midfielder", "defender", "goalkeeper", "keeper", "winger", "forward",
    "centre", "fly-half", "half", "lock", "prop", "hooker", "flanker", "wing", "full-back",
    "back", "coach", "manager", "boss", "captain", "skipper", "fans", "supporters", "fan",
    "supporter", "legend", "squad", "chairman", "international", "internationals", "player",
    "players",
}

# What a team or a firm is the object of: "a victory over Manchester City", "two tries
# against Newcastle", "a takeover of Leeds", "a stake in Gazprom", "a bid for Yugansk":
# nouns, with the preposition that names the team or firm; the games (GAME_PREPS) and the
# deals (DEAL_PREPS) apart, as a side's own game ("England's triumph") says it is a side.
GAME_PREPS = {
    "victory": ("over", "against"), "win": ("over", "against"), "defeat": ("to", "by",
    "against"), "triumph": ("over", "against"), "draw": ("with", "against"), "try": ("against",),
    "goal": ("against",), "game": ("against", "with"), "match": ("against", "with"),
    "clash": ("with", "against"),
    "loss": ("to", "against"), "flop": ("against",), "reverse": ("against", "to"),
    "qualifier": ("against", "with"), "tie": ("against", "with"), "fixture": ("against", "with"),
    "friendly": ("against", "with"), "final": ("against",), "semi-final": ("against",),
    "rubber": ("against",), "test": ("against",), "bout": ("against", "with"),
    "fight": ("against", "with"), "series": ("against",), "innings": ("against",),
    "appearance": ("against",), "cap": ("against",), "start": ("against",),
    # verbs: "losing away to Hartlepool", "played against Wales"
    "lose": ("to", "against"), "play": ("against",),
}
DEAL_PREPS = {
    "takeover": ("of",), "buyout": ("of",), "stake": ("in",), "merger": ("with",),
    "bid": ("for",), "offer": ("for",), "shareholder": ("in",), "shareholding": ("in",),
}
CONTEST_PREPS = GAME_PREPS | DEAL_PREPS

# Verbs whose subject and object are teams: "Liverpool beat Everton", "England defeated
# Wales"; with "ahead" or "level", any verb's object is a team ("put Newcastle ahead").
TEAM_VERBS = {"beat", "defeat", "thrash", "trounce", "outplay", "overcome", "edge", "concede",
              "represent"}  # "Riley, representing England, won by 25 metres"

# What a side wins or claims in a contest: the verb whose object (or the "of" whole of its
# object, or its "with" phrase) is one of these has a side for its subject ("Argentina
# claimed top spot", "have won eight of the past 11 titles", "won the World Cup with
# France"), where a country's name is no place.
PRIZES = {"title", "spot", "victory", "win", "medal", "trophy", "cup", "championship", "crown",
          "slam", "final", "semi-final", "series", "tournament", "gold", "silver",
          "bronze", "point", "wicket", "try", "goal"}

PERSON_TITLES = {
    "executive", "chief", "chairman", "chairwoman", "chair", "director", "president",
    "minister", "secretary", "officer", "manager", "boss", "founder", "owner", "governor",
    "mayor", "spokesman", "spokeswoman", "spokesperson", "head", "leader", "partner",
    "banker", "trader", "analyst", "economist", "player", "coach", "star", "actor",
    "singer", "author", "writer", "lawyer", "judge", "man", "woman", "person",
    "tycoon", "entrepreneur", "businessman", "businesswoman", "billionaire", "magnate",
}

# nouns for one person by role that a later "he said" may stand for: "the chancellor
# pledged ... He said" (PERSON_TITLES and more)
SPEAKER_ROLES = PERSON_TITLES | {
    "chancellor", "premier", "captain", "striker", "midfielder", "defender", "goalkeeper",
    "keeper", "winger", "senator", "commissioner", "prosecutor", "inspector", "professor",
    "champion", "ambassador", "envoy", "skipper", "forward",
}

REPORTING_VERBS = {
    "say", "tell", "estimate", "report", "announce", "claim", "state", "warn", "show",
    "reveal", "confirm", "disclose", "suggest", "predict", "forecast", "calculate", "find",
    "add", "note", "insist", "argue", "declare", "believe", "expect", "project", "count",
    "record", "publish", "indicate", "fear", "write", "reckon", "outline", "acknowledge",
    "admit", "attribute", "revise", "point",  # "pointed out that", "pointed to a loss of"
    "allege",
}

# Verbs by which their subject holds, makes or takes up the plan, offer or right their
# object names, and so does what its infinitive says: "Ford announced plans to cut 3,000
# jobs", "has the option to buy 20 more", "made an offer to buy a 20% stake"; not "saw off
# an attempt to force changes", "opposes giving CSOs the power to detain".
PLANNING_VERBS = {
    "have", "hold", "announce", "unveil", "launch", "outline", "reveal", "confirm", "propose",
    "submit", "table", "present", "agree", "sign", "seal", "strike", "finalise", "finalize",
    "win", "gain", "get", "secure", "make", "set", "draw", "step", "approve", "back",
    "lodge", "file",
}

# Verbs of reckoning that name a source only with the figure in their "at" phrase: "early
# estimates put the cost at $5bn", "police put the crowd at 10,000" (not "put £5m into").
RECKONING_VERBS = {"put", "peg"}

# Verbs of reckoning a figure whose doer is its source, never its actor ("has forecast a
# net loss of 472bn yen"); "put" and "peg" (above) only with the figure in their "at" phrase
RECKONING_ACTS = {"estimate", "forecast", "predict", "project", "reckon", "calculate", "value",
                  "expect", "revise"}

# What is held in a firm, whose "in" phrase names it and no place: "a stake in Yukos" (and
# "shares in ACC", plural only: "a 90% share of the market in the US" is a market share)
HELD_IN = {"stake", "holding", "shareholding"}

# Nouns of a document or count whose subject or owner is the source of a figure ("figures
# show", "Ofcom's figures show", "a survey found 40% support"); never an actor ("estimates
# put the cost at $5bn").
SOURCE_DOCUMENTS = {"figure", "data", "datum", "statistic", "number", "estimate", "survey",
                    "report", "analysis", "research", "study", "poll", "count", "tally",
                    "record", "result", "finding", "projection", "statement",
                    "prediction", "register", "document", "filing", "breakdown"}  # "datum": the
# lemma of "data"

CLAUSE_REPORTING_VERBS = {
    "say", "tell", "find", "claim", "add", "note", "insist", "argue", "declare", "believe",
    "suggest", "warn", "state", "indicate", "fear", "write", "reckon",
}
# of those, the verbs that quote only with a clause after them ("the ADB fears that 1
# million could join them", 'the judge wrote: "hundreds of thousands of hits"'); with
# anything else they do something ("fear for 2,000 jobs", "wrote about a woman who ...",
# "Spain have only recorded two wins", "he recorded three songs")
CLAUSE_ONLY_VERBS = {"fear", "write", "reckon", "record"}
# Verbs that quote only with a clause after them and are no verbs of saying otherwise, so
# they count as such only for a figure's source: 'an official responded: "the UK pays two
# and a half times more"', "the minister explained that the money - $1.2bn in grants"; but
# "replied with three penalties", "conceded six goals", "changes explain the jump",
# "Toyota recalled 5,000 cars"
CLAUSE_QUOTING_VERBS = {"respond", "reply", "explain", "stress", "comment", "remark",
                        "observe", "concede", "assert", "boast", "recall", "conclude"}

STATE_VERBS = {
    "be", "remain", "become", "stay", "stand", "rise", "fall", "climb", "grow", "drop",
    "jump", "soar", "surge", "slip", "slide", "plunge", "tumble", "sink", "ease", "dip",
    "slump", "shrink", "increase", "decrease", "decline", "rally", "advance", "edge",
    "hover", "reach", "total", "average", "range", "vary", "peak",
    # what a sum comes to: "translates to 38mph", "amounts to $5m", "accounts for 20%"
    "translate", "equal", "amount", "represent", "account", "exceed",
}

# Verbs whose subject is what a figure measures, never an actor, whatever their object:
# "the line could cost up to £100m", "the deal will cost it $1bn", "the fish weighed 5kg".
MEASURE_VERBS = {"cost", "weigh", "measure", "last"}

# Verbs that state the level a price or an index starts or ends a session at when they
# have no object ("Brent closed at $40", "shares traded 6% higher"), and act with one
# ("the programme will close 20% of the factories").
SESSION_VERBS = {"close", "open", "finish", "settle", "trade"}

# Verbs whose subject holds what a figure counts as its parts, object or none: never an
# actor ("the payment includes $5m in fines", "a list that includes 100 gadgets", "bot
# nets, which involve thousands of machines").
PART_VERBS = {"include", "comprise", "contain", "involve", "feature", "span"}

# Verbs of perceiving or thinking: their subject watches or thinks of what a figure counts
# and does nothing to it ("fans remember the 5-0 win", "police described him as 5ft 10in");
# not "see", which in news more often has its subject undergo or own the figure ("the firm
# saw a 3% rise in sales"), nor "recall", which also takes back goods.
PERCEIVING_VERBS = {"watch", "hear", "notice", "spot", "witness", "remember", "imagine",
                    "think", "believe", "know", "doubt", "describe"}

# Verbs whose object a participle or a bare verb of change after it says what was done to
# or what became of: "saw its majority cut to 14", "had its licence revoked", "will see
# its share drop to 34%"
UNDERGOING_VERBS = {"see", "have", "get", "watch"}

# Words after a figure that give a level in a "with" phrase, beside the comparatives ("with
# shares up 5%", "with the Nikkei down 1%"); not "with a bid worth $6.8bn".
LEVEL_WORDS = {"up", "down", "off", "ahead", "flat", "unchanged"}

LINKING_PARTICIPLES = {
    "compare", "leave", "base", "set", "reach", "see", "follow",
    # a figure someone put on it, not what befell what it counts: "the 2.2% recorded in
    # 2003", "the 5.9% estimated in November", "more than 2.5 million expected to be sold"
    "record", "estimate", "expect", "forecast", "predict", "project", "report", "quote",
    "register", "announce", "plan", "budget", "target",
}

NOT_ACTORS = {
    "none", "half", "third", "quarter", "all", "both", "many", "most", "some", "few",
    "several", "either", "neither", "each", "one", "any", "majority", "minority", "rest",
}

# Words for a portion of a group, which stand for the group when they say or are counted:
# "more than half (55%) of the respondents said" -> the respondents.
PORTION_WORDS = {"half", "majority", "minority", "most", "all", "some", "many", "few", "rest"}

SUBJECT_STOP = {
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
    "my", "your", "some", "about", "around", "nearly", "almost", "over", "under", "up",
    "more", "than", "at", "least", "most", "another", "other", "each", "every", "it",
    "they", "he", "she", "we", "you", "i", "which", "who", "what", "there", "as", "many",
    "much",
}

UNIT_NOUNS = {
    "times", "percent", "per", "cent", "points", "point", "dollars", "pounds", "euros", "yen",
    "shekels", "rupees", "yuan", "won", "p", "pence", "cents", "units", "pc", "bps", "sen",
    "paise", "kopecks", "centimes",
} | {
    # letters that are a unit only in capitals: not "a 14-year civil war", "told us"
    "WAR", "US", "HK", "NZ", "SG",
    "PS",  # metric horsepower (Pferdestaerke): "224 kW / 300 PS"
}

# The last words of the currency names in the currency table: with a figure on them they
# are its unit, never its subject ("30bn baht (£398m)", "100,000 kroner (£8,000)"); bar
# the words that are nouns of their own ("the $50 mark", "the real", "a colon").
CURRENCY_WORDS = {w.split()[-1] for c in CURRENCIES.values() for w in c["words"]} - {
    "mark", "marks", "real", "colon"}

HARM_VERBS = {
    "kill", "injure", "wound", "hurt", "arrest", "detain", "seize", "capture", "displace",
    "evacuate", "rescue",
    "kidnap", "abduct", "execute", "hospitalise", "hospitalize", "infect", "strand", "trap",
    "maim", "murder", "shoot", "stab", "massacre", "slaughter", "deport", "jail", "imprison",
    # and what the law does to people: "has indicted 19 people" -> "people indicted"
    "indict", "charge", "convict", "prosecute", "sentence", "fine",
}

PLIGHTS = {
    "missing", "homeless", "unemployed", "jobless", "dead", "unaccounted", "stranded",
    "trapped", "displaced", "destitute", "redundant", "ill", "sick", "infected", "injured",
    "hurt", "wounded", "unhurt", "uninjured", "hospitalised", "hospitalized",
}

PLIGHT_PHRASES = {
    "out of work", "out of a job", "out of jobs", "in work", "off work", "on strike",
    "on hunger strike", "on the dole", "on benefits", "in hospital", "in custody",
    "in prison", "in jail", "in detention", "behind bars", "under arrest", "at risk",
    "in poverty", "in debt", "in care", "in danger", "out of pocket", "in limbo",
}  # ("without power" and the like: PLIGHT_OBJECTS)

# the nouns whose phrase names a plight though words qualify them: "were on
# life-extending drugs", "were in full-time employment", "left without any support payments"
PLIGHT_OBJECTS = {
    "on": {"drug", "medication", "medicine", "treatment", "antiretroviral", "benefit"},
    "in": {"employment", "work", "hospital", "custody", "prison", "jail", "poverty", "debt"},
    "without": {"payment", "income", "money", "pay", "power", "electricity", "water", "food",
                "shelter", "home", "work", "job", "benefit", "support", "heating"},
}

INTENT_NOUNS = {
    "plan", "proposal", "bid", "move", "decision", "promise", "pledge", "intention", "scheme",
    "programme", "program", "strategy", "commitment", "effort", "deal", "agreement", "offer",
}

MONEY_VERBS = {
    "take": "takings", "gross": "takings", "earn": "earnings", "borrow": "loan",
    "lend": "loan", "owe": "debt", "lose": "losses", "spend": "spending", "invest": "investment",
    "donate": "donation", "pay": "payment", "raise": "funds raised", "save": "savings",
    "sue": "damages sought",
    "bank": "earnings", "pocket": "earnings", "repay": "repayment", "seek": "sum sought",
    "demand": "sum demanded", "need": "sum needed", "bid": "bid", "offer": "offer",
    "fine": "fine", "award": "award", "grant": "grant", "charge": "charge",
    "contribute": "contribution", "pledge": "pledge", "receive": "sum received",
    "collect": "sum collected", "provide": "funding", "inject": "investment",
    "pump": "investment", "plough": "investment", "hold": "holdings", "give": "sum given",
    "get": "sum received", "export": "exports", "import": "imports", "claim": "sum claimed",
    "make": "earnings", "return": "sum returned", "reallocate": "sum reallocated",
    "hand": "sum given", "fork": "payment", "shell": "payment", "cut": "cuts",
    "earmark": "sum earmarked", "allocate": "sum allocated", "rake": "takings",
    "generate": "income", "recoup": "sum recouped", "net": "earnings", "reap": "earnings",
    "win": "winnings", "promise": "sum promised", "float": "flotation",
    "ask": "sum sought", "apply": "sum sought", "appeal": "sum sought",  # "asking for $5m"
    "want": "sum sought",  # "the club still wants £7m before it sells"
}

# Verbs of money that are one only with their particle, as MONEY_VERBS names their sums:
# "the show brought in $40m" -> "income (show)"; not "brought $40m to the talks".
MONEY_PHRASAL_VERBS = {("bring", "in"): "income"}

# Lemmas of verbs by which a doer acts on counted others, who are not the doer's: "the
# judge sentenced three men" is not "men (the judge)", "Glazer voted against three
# directors" not "directors (Glazer)"; verbs of harm (HARM_VERBS) are such too.
ACTING_ON_VERBS = {
    "sentence", "jail", "convict", "acquit", "arrest", "detain", "sack", "dismiss",
    "sue", "fine", "ban", "accuse", "charge", "beat", "defeat", "vote", "criticise",
    "criticize", "blame", "warn", "urge", "tell", "ask", "invite", "meet", "visit", "thank",
    "rescue", "evacuate", "question", "interview", "survey", "poll", "ballot", "deport", "expel",
    "suspend", "punish", "oppose", "reject", "replace", "drop", "overtake", "face", "oust",
    "represent", "defend", "advise", "treat",  # "a barrister representing 12 miners"
    "consider", "weigh", "review", "examine", "study", "probe", "investigate",  # "is
    # weighing bids for five franchises": what one only weighs is not one's own
}

# objects that make an idiom of a light verb, no thing taken: "have been taking place", "took
# part", "keep pace"
IDIOM_OBJECTS = {"place", "part", "effect", "advantage", "care", "hold", "charge", "note",
                 "account", "time", "pace", "track"}

HAVING_VERBS = {
    "have", "own", "employ", "hold", "boast", "house", "operate", "run", "serve", "keep",
}

LEAD_WORDS = {w for phrase in QUALIFIERS.keys() - BOUND_VERBS.keys()
              for w in phrase.split()} - {"of", "in", "on", "or", "so", "within"}
LEAD_WORDS |= {"exactly", "precisely", "just", "only", "fully", "now", "still", "already",
               "currently", "from",  # "from": "fines ranging from $500 to $5,000"
               "averaged", "averaging", "average", "an", "on"}  # "is an average of 40"

# adverbs the small model reads where a verb's particle is: "will be put forward", and
# makes a modifier of the verb's object: "buy back shares"
PARTICLE_ADVERBS = {"forward", "back", "out", "up", "down", "off", "away", "aside", "over",
                    "in"}

# nouns that only say a sum is money: "pledged $90m of his own money" names no purpose
MONEY_NOUNS = {"money", "cash", "fund", "funds", "capital"}

# the nouns of prepositions written as phrases, "in the face of", "in the wake of": after a
# sum they say in what circumstances, not what it is taken in ("$1bn in gains")
PHRASE_PREPOSITION_NOUNS = {"face", "wake", "light", "midst", "middle", "event", "aftermath",
                            "run-up", "lead-up", "absence", "course", "spite", "teeth"}

VALUING_WORDS = {
    "worth", "priced", "valued", "costing", "pegged", "capped", "measuring", "weighing",
    "totalling", "totaling", "amounting", "numbering", "ranging", "varying",
}

# Verbs of spending and the prepositions that name what a sum is spent on: "spent £2m on
# the campaign", "to invest $48m in the hotel" ("for" serves every verb: "paid $5m for").
SPENDING_PREPS = {
    "spend": ("on",), "waste": ("on",), "splash": ("on",), "invest": ("in", "into"),
    "pour": ("into",), "plough": ("into",), "pump": ("into",), "inject": ("into",),
}

# Nouns of a speed that frame a figure unless a word names what goes at it: "the economy
# expanded at an annual rate of 3.8%", "rise by a factor of 10" (what expands, what rises);
# not "the jobless rate of 5%"; the adjectives that name nothing (RATE_WORDS)
RATE_FRAMES = {"rate", "pace", "factor"}
RATE_WORDS = {"annual", "annualised", "annualized", "monthly", "yearly", "daily", "weekly",
              "current", "average", "new", "high", "low", "higher", "lower", "fast", "faster",
              "slow", "slower", "steady", "record", "healthy", "strong", "rapid", "modest"}

VALUE_NOUNS = {
    "total", "sum", "amount", "record", "tally", "figure", "high", "low", "level", "peak",
    "mark", "equivalent",  # "prices above the $50 mark", "the equivalent of £6,500"
    "region", "area", "excess", "tune", "shape",  # "in the region of", "in the area of", "in
    # excess of", "to the tune of", "in the shape of"
    # a bound or a mean of what the clause measures: "rise to a maximum of £63", "wait an
    # average of 64 days", "grown by an average of 2.7%"
    "maximum", "minimum", "average", "median", "max",
}
# What is expected of what the clause measures: "growth was 1.6%, down from an earlier
# estimate of 1.7%"; a frame like VALUE_NOUNS unless it names its owner or its thing ("Mr
# Brown's forecast of 3%", "the 47.3% forecast by analysts", "its estimate of costs")
ESTIMATE_NOUNS = {"estimate", "forecast", "projection", "prediction"}

# A time figure that only says when something happened has no subject: "sold six months
# ago", "scored in the opening 10 minutes", "a chance on 48 minutes", "with eight minutes
# left".  A span or a time taken keeps the clause's subject ("sales have risen for 12
# months", "won the heat in 7.64secs"), and a noun it measures is its subject: "a
# six-month ban", "the trial lasted three weeks", "80 minutes of rugby", and the event a
# distance is measured from ("two months after the offensive began" -> offensive).
# WHEN_PREPS: prepositions on a verb whose time figure dates the verb.
# RELATIVE_TIME: words a time figure measures the distance of ("six months ago").
# LEFT_WORDS: participles of what is left of a period ("with eight minutes left").
WHEN_PREPS = {"in", "within", "after", "before", "on", "inside", "over", "during",
              "throughout", "across"}
# PERIOD_PREPS: of these, the ones that date a verb only with a period ("in the opening 10
# minutes", "over the past 12 months"), not with a bare time, which is the time taken ("in
# 7.64secs", "over 20 years": how long)
PERIOD_PREPS = {"in", "within", "over", "during", "throughout", "across"}
RELATIVE_TIME = {"ago", "later", "earlier", "into", "ahead", "prior"}
LEFT_WORDS = {"left", "remaining", "gone", "played", "go"}
# PENALTY_VERBS: a term of these is measured on whoever serves it, and named by the
# verb's noun: "Chambers was banned for two years" -> "ban (Chambers)".
PENALTY_VERBS = {"jail": "jail term", "ban": "ban", "suspend": "suspension",
                 "sentence": "sentence", "imprison": "prison term", "bar": "ban",
                 "exclude": "exclusion", "expel": "expulsion", "fine": "fine", "dock": "fine"}

# SERVING_VERBS: whose subject serves a term: "the man could serve nine years in prison"
SERVING_VERBS = {"serve", "face", "spend", "get", "receive", "risk", "do"}
# CUSTODY: where a term is served, and the term's name: "nine years in prison" -> prison term
CUSTODY = {"prison": "prison term", "jail": "jail term", "gaol": "jail term",
           "custody": "term in custody"}

TIME_NOUNS = {"year", "month", "week", "day", "quarter", "hour"}

# prepositions whose phrase leaves part of a noun out, and so says what it is ("sales outside
# western Europe"); a place in one is not where the figure is
LIMITING_PREPS = {"outside", "excluding"}

# zones a clock time is given in, which the parse may hang on the name after them ("by 1700
# GMT, Petrel's shares"): never part of a noun's name
TIME_ZONES = {"GMT", "BST", "UTC", "EST", "EDT", "CET", "CEST", "PST", "PDT", "JST", "HKT",
              "AEST", "AEDT"}

# Stretches of time themselves: "the final three years of the period" is part of a period,
# not an activity the figure times
PERIOD_NOUNS = TIME_NOUNS | {"period", "season", "era", "decade", "century", "time", "spell"}

# Nouns a time figure builds or is the "of" of that name only a stretch of time: "a three
# month period", "for a period of five years"
SPAN_NOUNS = {"period", "spell", "stretch", "span", "timeframe"}

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
    "deterioration", "slowdown", "rebound", "recovery", "spurt", "expansion",
}

# The nouns of a mark a figure stands as, which a verb of passing makes a bound and whose
# subject is what passed it: "broke the 50,000 barrier", "the 3% deficit ceiling".
MARK_NOUNS = {"mark", "barrier", "threshold", "milestone", "ceiling", "limit"}
# verbs by which a pollster asks those it counts: "ICM polled 1,000 voters", "of those
# questioned"
POLLING_VERBS = {"interview", "survey", "poll", "question", "quiz", "canvass"}
# verbs by which one acts together "with" others, who are partners, not one's own nor
# acted on: "will co-ordinate its strike with five other unions"
JOINING_VERBS = {"co-ordinate", "coordinate", "co-operate", "cooperate", "collaborate",
                 "merge", "ally", "partner", "negotiate", "liaise", "unite"}
# verbs by which something reaches or passes such a mark ("broke the 50,000 barrier"), not
# those that set, weigh or talk of one ("discussed a £5,000 limit on gifts")
MARK_VERBS = {"reach", "hit", "break", "pass", "top", "exceed", "cross", "breach", "smash",
              "surpass", "near", "approach", "clear", "beat", "burst", "shatter", "crack",
              "touch", "go", "move", "push", "take", "bring", "tip", "edge", "creep", "climb",
              "rise", "fall", "drop", "sink", "slip", "dip"}
# A figure "above" or "below" such a mark, or a level, is bounded by it: "rose above the
# 5,000 mark", "fell below the politically sensitive threshold of three million", "the 300p
# level".
MARK_SIDES = ("above", "below", "beyond")
SIDED_MARKS = MARK_NOUNS | {"level"}

# The nouns of a move that name no thing moving, so a figure counted by one is a move of
# something else: "a rise of 50%", "received a 3.8% boost" ("growth", "a cut" and the like
# are measures and deeds of their own).
MOVE_NOUNS = {
    "rise", "increase", "jump", "hike", "boost", "surge", "climb", "fall", "drop", "decline",
    "decrease", "dip", "slide", "slump", "plunge", "rebound", "gain", "recovery", "improvement",
    "deterioration",
}
assert MOVE_NOUNS <= CHANGE_NOUNS

# Race distances in metres, run, swum or walked as events: "won the women's 800m", "the 60m
# hurdles title", "400m runners".  EVENT_NOUNS: what such a distance names after it (the
# event, its title or medal, who runs it); with one of them, or with none after it ("won
# the 60m at Leipzig"), the distance names a race and is no figure.  RACE_POINTS: event
# nouns that make it a point within a race, a length ("at the 300m stage").
RACE_DISTANCES = {50, 60, 100, 110, 200, 300, 400, 800, 1000, 1500, 3000, 5000, 10000}
EVENT_NOUNS = RACE_NOUNS | {
    "champions", "championship", "semi-final", "semi-finals", "medals", "medallists",
    "quartet", "team", "squad", "crown", "win", "victory", "specialists", "favourite",
    "favourites", "star", "time", "best", "steeplechase",
}
RACE_POINTS = {"stage"}

# nouns of a balance or a trade between two sides, whose "with" phrase names the other side
# ("the US's deficit with China"), a party and no place
BALANCE_NOUNS = {"deficit", "surplus", "trade", "imbalance"}

# plural nouns whose lemma spaCy's English tables give wrongly for news, set right in the
# lemmatizer's exceptions (explosion/spaCy#12590: "taxes" -> "taxis"): a tax, a base
NOUN_LEMMAS = {"taxes": "tax", "bases": "base"}
