"""Word lists for tying figures to subjects and sources.

PERSON_NOUNS: nouns for people (and "others") whose figure reads better with its verb:
"killed at least two civilians" -> subject "civilians killed".
REPORTING_VERBS: lemmas of verbs whose subject is the source of a figure ("X said").
UNIT_NOUNS: nouns after a figure that name its unit, not its subject (beside the unit
lexicon): "6.5 times earnings", "68p".
SUBJECT_STOP: words never left at the front of a subject or taken as a source.
"""

PERSON_NOUNS = {
    "people", "persons", "others", "civilians", "soldiers", "troops", "children", "men",
    "women", "adults", "workers", "residents", "employees", "staff", "victims", "patients",
    "migrants", "refugees", "prisoners", "hostages", "protesters", "fighters", "militants",
    "officers", "police", "passengers", "students", "casualties", "deaths", "jobs",
}

REPORTING_VERBS = {
    "say", "tell", "estimate", "report", "announce", "claim", "state", "warn", "show",
    "reveal", "confirm", "disclose", "suggest", "predict", "forecast", "calculate", "find",
    "add", "note", "insist", "argue", "declare", "believe", "expect", "project", "count",
    "record", "publish", "indicate",
}

SUBJECT_STOP = {
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
    "my", "your", "some", "about", "around", "nearly", "almost", "over", "under", "up",
    "more", "than", "at", "least", "most", "another", "other", "each", "every", "it",
    "they", "he", "she", "we", "you", "i", "which", "who", "what", "there",
}

UNIT_NOUNS = {
    "times", "percent", "per", "cent", "points", "point", "dollars", "pounds", "euros", "yen",
    "shekels", "rupees", "yuan", "p", "pence", "cents", "units", "war", "pc", "bps",
}
