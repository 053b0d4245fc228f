"""Units the news writes that quantulum3's lexicon lacks or names wrongly.

UNITS: surface as written after a number (matched lower-case, spaces and hyphens alike)
-> (unit name, dimension).  These win over quantulum3's own surfaces.  Names follow
quantulum3's (British spelling, singular): the table's `unit` column and pint's lookup
(tracker.units.PINT_NAMES) both use them.
PER_NOUNS: what may follow "per" / "a" / "/" after a unit or a currency to make a rate
("$4 a share", "barrels a day").
"""

UNITS: dict[str, tuple[str, str]] = {
    "%": ("percentage", "percentage"), "per cent": ("percentage", "percentage"),
    "percent": ("percentage", "percentage"), "pc": ("percentage", "percentage"),
    "pct": ("percentage", "percentage"), "per centage points": ("percentage point", "percentage"),
    "percentage point": ("percentage point", "percentage"),
    "percentage points": ("percentage point", "percentage"),
    "per cent points": ("percentage point", "percentage"),
    "pp": ("percentage point", "percentage"), "ppts": ("percentage point", "percentage"),
    "basis point": ("basis point", "percentage"), "basis points": ("basis point", "percentage"),
    "bps": ("basis point", "percentage"), "bp": ("basis point", "percentage"),
    "point": ("point", "points"), "points": ("point", "points"), "pts": ("point", "points"),
    "year-old": ("year of age", "age"), "month-old": ("month of age", "age"),
    "week-old": ("week of age", "age"), "day-old": ("day of age", "age"),
    "months-old": ("month of age", "age"), "pt": ("point", "points"), "years-old": ("year of age", "age"),
    "years old": ("year of age", "age"), "year old": ("year of age", "age"),
    # "three weeks old", "18 months of age", "95 years of age"
    **{f"{unit}{plural} {tail}": (f"{unit} of age", "age") for unit in ("day", "week", "month")
       for plural in ("", "s") for tail in ("old", "of age")},
    "years of age": ("year of age", "age"), "year of age": ("year of age", "age"),
    # "16 and 17-year-olds", "11 year olds": people of that age, the plural noun
    **{f"{unit}{plural}{join}olds": (f"{unit} of age", "age") for unit in ("day", "week", "month", "year")
       for plural in ("", "s") for join in ("-", " ")},
    "second": ("second", "time"), "seconds": ("second", "time"), "secs": ("second", "time"),
    "minute": ("minute", "time"), "minutes": ("minute", "time"), "mins": ("minute", "time"),
    "hour": ("hour", "time"), "hours": ("hour", "time"), "hrs": ("hour", "time"),
    "day": ("day", "time"), "days": ("day", "time"),
    "week": ("week", "time"), "weeks": ("week", "time"),
    "month": ("month", "time"), "months": ("month", "time"),
    "year": ("year", "time"), "years": ("year", "time"), "yrs": ("year", "time"),
    "quarter": ("quarter", "time"), "quarters": ("quarter", "time"),  # of a year, not 28 lb
    "decade": ("decade", "time"), "decades": ("decade", "time"),
    "century": ("century", "time"), "centuries": ("century", "time"),
    "mph": ("mile per hour", "speed"), "miles per hour": ("mile per hour", "speed"),
    "miles an hour": ("mile per hour", "speed"), "km/h": ("kilometre per hour", "speed"),
    "kph": ("kilometre per hour", "speed"), "kmph": ("kilometre per hour", "speed"), "kmh": ("kilometre per hour", "speed"),
    "km/hr": ("kilometre per hour", "speed"), "kilometres per hour": ("kilometre per hour", "speed"),
    "kilometers per hour": ("kilometre per hour", "speed"),
    "kilometres an hour": ("kilometre per hour", "speed"),
    "knots": ("knot", "speed"), "knot": ("knot", "speed"),
    "mpg": ("mile per gallon", "fuel economy"), "miles per gallon": ("mile per gallon", "fuel economy"),
    "bpd": ("barrel per day", "volumetric flow"),
    "barrels per day": ("barrel per day", "volumetric flow"),
    "barrels a day": ("barrel per day", "volumetric flow"),
    "b/d": ("barrel per day", "volumetric flow"),
    "barrels": ("barrel", "volume"), "barrel": ("barrel", "volume"),
    "ml": ("millilitre", "volume"), "mL": ("millilitre", "volume"),
    "t": ("metric ton", "mass"), "tonnes": ("metric ton", "mass"), "tonne": ("metric ton", "mass"),
    "metric tons": ("metric ton", "mass"), "metric ton": ("metric ton", "mass"),
    "tons": ("ton", "mass"), "ton": ("ton", "mass"),
    "lbs": ("pound-mass", "mass"), "lb": ("pound-mass", "mass"),
    "°c": ("degree Celsius", "temperature"), "ºc": ("degree Celsius", "temperature"),
    "°f": ("degree Fahrenheit", "temperature"), "ºf": ("degree Fahrenheit", "temperature"),
    "c": ("degree Celsius", "temperature"), "f": ("degree Fahrenheit", "temperature"),
    "degrees celsius": ("degree Celsius", "temperature"),
    "degrees centigrade": ("degree Celsius", "temperature"),
    "degrees fahrenheit": ("degree Fahrenheit", "temperature"),
    "degrees c": ("degree Celsius", "temperature"), "° celsius": ("degree Celsius", "temperature"),
    "° fahrenheit": ("degree Fahrenheit", "temperature"), "° c": ("degree Celsius", "temperature"),
    "° f": ("degree Fahrenheit", "temperature"),
    # "deg" for degrees, and the two misspellings readers' letters and forums use most
    **{f"{deg}{scale}": (name, "temperature")
       for deg in ("", "degree ", "degrees ", "deg ", "deg. ", "° ", "°")
       for scale, name in (("celsius", "degree Celsius"), ("celcius", "degree Celsius"),
                           ("centigrade", "degree Celsius"), ("fahrenheit", "degree Fahrenheit"),
                           ("farenheit", "degree Fahrenheit"))},
    "deg c": ("degree Celsius", "temperature"), "deg f": ("degree Fahrenheit", "temperature"),
    "m2": ("square metre", "area"), "m²": ("square metre", "area"), "km2": ("square kilometre", "area"),
    "km²": ("square kilometre", "area"), "sq km2": ("square kilometre", "area"),
    "ft2": ("square foot", "area"), "cm2": ("square centimetre", "area"),
    "m3": ("cubic metre", "volume"), "m³": ("cubic metre", "volume"),
    "cubic feet": ("cubic foot", "volume"), "cubic foot": ("cubic foot", "volume"),
    "cubic metres": ("cubic metre", "volume"), "cubic meters": ("cubic metre", "volume"),
    "pound": ("pound-mass", "mass"), "pounds": ("pound-mass", "mass"), "degrees f": ("degree Fahrenheit", "temperature"),
    "degree": ("degree", "angle"), "degrees": ("degree", "angle"), "°": ("degree", "angle"),
    "sq ft": ("square foot", "area"), "sq m": ("square metre", "area"),
    "sq km": ("square kilometre", "area"), "square feet": ("square foot", "area"),
    "sq mi": ("square mile", "area"), "hectares": ("hectare", "area"), "hectare": ("hectare", "area"),
    "acres": ("acre", "area"), "acre": ("acre", "area"),
    "rpm": ("revolutions per minute", "frequency"),
    # brake horsepower is measured at the crankshaft: the name keeps that; pint converts it
    # as horsepower
    "hp": ("horsepower", "power"), "bhp": ("brake horsepower", "power"),
    "brake horsepower": ("brake horsepower", "power"),
    "metric horsepower": ("metric horsepower", "power"),
    "pferdestarke": ("metric horsepower", "power"), "pferdestärke": ("metric horsepower", "power"),
    "mah": ("milliampere-hour", "charge"), "kwh": ("kilowatt hour", "energy"),
    "mwh": ("megawatt hour", "energy"), "gwh": ("gigawatt hour", "energy"),
    "twh": ("terawatt hour", "energy"), "megawatt hour": ("megawatt hour", "energy"),
    "megawatt hours": ("megawatt hour", "energy"), "gigawatt hour": ("gigawatt hour", "energy"),
    "gigawatt hours": ("gigawatt hour", "energy"), "terawatt hour": ("terawatt hour", "energy"),
    "terawatt hours": ("terawatt hour", "energy"),
    "kj": ("kilojoule", "energy"), "kilojoule": ("kilojoule", "energy"),
    "kilojoules": ("kilojoule", "energy"), "mj": ("megajoule", "energy"),
    "megajoule": ("megajoule", "energy"), "megajoules": ("megajoule", "energy"),
    "gj": ("gigajoule", "energy"), "gigajoule": ("gigajoule", "energy"),
    "gigajoules": ("gigajoule", "energy"), "tj": ("terajoule", "energy"),
    "terajoule": ("terajoule", "energy"), "terajoules": ("terajoule", "energy"),
    "pound-feet": ("pound-foot", "torque"), "lb-ft": ("pound-foot", "torque"),
    "lbs-ft": ("pound-foot", "torque"), "ft-lb": ("pound-foot", "torque"),
    "ft-lbs": ("pound-foot", "torque"), "foot-pounds": ("pound-foot", "torque"),
    "ppb": ("parts-per-billion", "dimensionless"), "ppm": ("parts-per-million", "dimensionless"),
    "gb": ("gigabyte", "data storage"), "mb": ("megabyte", "data storage"),
    "tb": ("terabyte", "data storage"), "kb": ("kilobyte", "data storage"),
    "mbps": ("megabit per second", "data transfer rate"),
    "gbps": ("gigabit per second", "data transfer rate"),
    "mbit/s": ("megabit per second", "data transfer rate"),
    "mw": ("megawatt", "power"), "gw": ("gigawatt", "power"), "kw": ("kilowatt", "power"),
    "rad": ("radian", "angle"), "ms": ("millisecond", "time"), "msec": ("millisecond", "time"),
    "ghz": ("gigahertz", "frequency"), "mhz": ("megahertz", "frequency"),
    "nm": ("nanometre", "length"), "nanometre": ("nanometre", "length"),
    "nanometres": ("nanometre", "length"), "nanometer": ("nanometre", "length"),
    "nanometers": ("nanometre", "length"),
    "miles": ("mile", "length"), "mile": ("mile", "length"), "mi": ("mile", "length"),
    "feet": ("foot", "length"), "foot": ("foot", "length"), "ft": ("foot", "length"),
    "inches": ("inch", "length"), "inch": ("inch", "length"),
    "yards": ("yard", "length"), "yard": ("yard", "length"), "yds": ("yard", "length"),
    # a computer's speed in floating-point operations a second: "36.01 teraflops"
    **{f"{scale}flops": (f"{scale}flops", "computing speed")
       for scale in ("", "kilo", "mega", "giga", "tera", "peta", "exa")},
    # an earthquake's size: "a 7.1-magnitude earthquake", "6.8 on the Richter scale"
    "magnitude": ("magnitude", "magnitude"), "on the richter scale": ("magnitude", "magnitude"),
}

# Units written before the figure: "a magnitude 6.8 earthquake", "a magnitude-7.8 quake"
UNITS_BEFORE: dict[str, tuple[str, str]] = {"magnitude": ("magnitude", "magnitude")}

# Symbols that are units only where a word of their field stands near the figure, as they
# are also other things: "300 PS" in a car review is metric horsepower (Pferdestaerke), but
# "PS" is also a postscript, and before a figure the ASCII-folded "£" of wire feeds
# ("PS2.7m", tracker.data.currencies).  symbol (case-sensitive, written after the figure)
# -> the readings, each (unit name, dimension, the cue words, matched lower-case, within a
# sentence's reach); the first reading whose cues stand near wins.
POWER_CUES = {
    "engine", "engines", "motor", "motors", "hp", "bhp", "horsepower", "kw", "kilowatts",
    "nm", "torque", "rpm", "power", "output", "diesel", "petrol", "turbo", "turbocharged",
    "litre", "cylinder", "cylinders", "v6", "v8", "v12", "hybrid", "develops", "produces",
    "car", "cars", "saloon", "hatchback", "suv", "coupe", "tractor", "gearbox",
}
# "10K" is a race of ten kilometres where a race is spoken of; elsewhere kelvin or thousands
RACE_CUES = {"race", "races", "run", "runs", "runner", "runners", "marathon", "walk", "road",
             "cross-country", "athletics", "athlete", "finished", "won", "record", "title",
             "final", "finals", "heat", "heats"}

# Words after a race's distance that name the event, its title or who runs it: "the 60m
# hurdles", "his 200m titles", "her 800m gold medal", "400m runners".
RACE_NOUNS = {"race", "races", "event", "events", "hurdles", "hurdle", "hurdler", "hurdlers",
              "dash", "sprint", "sprinter", "sprinters", "runner", "runners", "relay",
              "freestyle", "breaststroke", "backstroke", "butterfly", "medley", "title",
              "titles", "final", "finals", "heat", "heats", "gold", "silver", "bronze", "medal",
              "medallist", "champion", "specialist", "record", "records",
              # what a race brings a runner: "a 3,000m victory", "the world 5,000m crown",
              # "10,000m hope Cathal Lombard", "the 1500m qualifying mark", "the 400m man"
              "victory", "victories", "win", "crown", "hope", "hopes", "mark", "ranking",
              "rankings", "season", "course", "stage", "barrier", "finalist", "finalists",
              "legend", "qualifying", "personal", "place", "man", "woman", "line", "penalty",
              "track", "success"}

# "512K broadband": a line's speed in kilobits a second, in the early broadband years
LINE_CUES = {"broadband", "adsl", "dsl", "modem", "modems", "dial-up", "bandwidth", "kbps",
             "mbps", "mb", "connection", "connections", "download", "downloads"}

_K = [("kilometre", "length", RACE_CUES),
      ("kilobit per second", "data transfer rate", LINE_CUES)]
CUED_UNITS: dict[str, list[tuple[str, str, set[str]]]] = {
    "PS": [("metric horsepower", "power", POWER_CUES)],
    "K": _K, "k": _K,
}

# A unit's last word that, hyphened to the next, starts a compound instead: "18 months of
# age-related trials", "three quarter-point rises" are no ages, no quarters
COMPOUND_STARTS = {"age", "old", "quarter"}

# A unit word and the word after it that make a word of their own, written apart: "six
# second hand airplanes", "200 foot soldiers" are no seconds, no feet; nor are the points of
# a plan or a deal a score's ("a five-point plan" counts its items, as "a four-piece band"
# does; "a 10-point lead" is in points)
UNIT_IDIOMS = {"second hand", "second half", "second home", "second homes", "foot soldier",
               "foot soldiers",
               *(f"point {noun}" for noun in (
                   "plan", "plans", "programme", "program", "deal", "agreement", "agenda",
                   "charter", "strategy", "manifesto", "blueprint", "proposal", "proposals",
                   "package", "list", "checklist", "code", "guide", "memo", "declaration",
                   "statement", "pledge", "petition", "questionnaire", "test"))}

# One measure written in two units, the larger first: "6ft 2in", "11st 4lb", "7lb 6oz",
# "two hours 23 minutes", "one minute, 46.68 seconds", "seven years and 43 days".  unit ->
# the units its smaller part may be in.
MEASURE_PARTS: dict[str, set[str]] = {
    "foot": {"inch"}, "stone": {"pound-mass"}, "pound-mass": {"ounce"},
    "year": {"month", "week", "day"}, "month": {"week", "day"}, "week": {"day"},
    "day": {"hour", "minute"}, "hour": {"minute", "second"}, "minute": {"second"},
}

# Symbols that are units only glued to the figure: "a 10in screen", "6ft 2in"; apart they
# are words ("5 in a row")
GLUED_UNITS: dict[str, tuple[str, str]] = {
    "in": ("inch", "length"), "ins": ("inch", "length"),
}

# Case-sensitive symbols that win over the lexicon's: a small "b" is a bit ("a 15Mb
# broadband line"), never the barn of particle physics
SYMBOLS: dict[str, tuple[str, str]] = {
    "Mb": ("megabit", "data storage"), "Gb": ("gigabit", "data storage"),
}

# What a unit over a unit of time measures, where quantulum3 has no unit of its own for it:
# "17m per second" is a speed, not a length (dimensions as quantulum3 names them)
RATE_DIMENSIONS: dict[tuple[str, str], str] = {
    ("length", "time"): "speed", ("speed", "time"): "acceleration",
    ("volume", "time"): "volumetric flow", ("mass", "time"): "mass flow",
    ("data storage", "time"): "data transfer rate",
}

PER_NOUNS: dict[str, str] = {
    "share": "share", "barrel": "barrel", "gallon": "gallon", "litre": "litre", "liter": "litre",
    "ounce": "ounce", "oz": "ounce", "tonne": "tonne", "ton": "ton", "kilo": "kilogram",
    "kg": "kilogram", "pound": "pound-mass", "lb": "pound-mass", "hour": "hour", "hr": "hour",
    "day": "day", "week": "week", "month": "month", "year": "year", "annum": "year",
    "person": "person", "head": "head", "capita": "capita", "square foot": "square foot",
    "sq ft": "square foot", "square metre": "square metre", "sq m": "square metre",
    "gram": "gram", "g": "gram", "mile": "mile", "km": "kilometre", "kilometre": "kilometre",
    "megawatt hour": "megawatt hour", "mwh": "megawatt hour", "kwh": "kilowatt hour",
    "kilowatt hour": "kilowatt hour", "gigajoule": "gigajoule", "gj": "gigajoule",
    "therm": "therm",
    "unit": "unit", "dozen": "dozen", "second": "second", "minute": "minute", "mmbtu":
    "mega british thermal unit", "game": "game", "night": "night", "seat": "seat",
}
