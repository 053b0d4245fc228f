"""The regular expressions the scan and the readings share, built once from the rule
tables in tracker.data: numbers written in digits and in words, currency symbols, codes
and names, scale words, qualifiers, and the words that end a sentence or open a name.
"""

from __future__ import annotations

import re

from .data import currencies, phrases
from .data.numbers import (
    FRACTIONS,
    SHARE_FRACTIONS,
    VAGUE,
    VAGUE_QUANTIFIERS,
    VAGUE_SCALES,
)
from .data.units import GLUED_UNITS, RACE_NOUNS
from .numbers import NUMBER_WORDS, SPOKEN_DIGITS, SPOKEN_SCALES

DIGITS = re.compile(
    r"""
    (?:(?<![A-Za-z])(?i:minus)[\s-](?=\d)     # "minus 5", "minus-5"
      | (?<![\d.,/:_])                        # not the tail of a decimal, a date or a time
        (?:(?<![\w)\-%])[-−](?=\d))?)         # a minus sign standing free; not "8%-10%"
    (?:
        (?:\d+[ \u00a0])?[1-9]\d?[/⁄](?:2|3|4|8|16|32|64|128)(?![\d/])   # 1/4, 10 1/2, 1/16
      | (?:\d+[ \u00a0]?)?[½¼¾⅓⅔⅛]         # 10½, 10 ½, ½
      | \d{1,3}[ \u00a0-]and[ \u00a0-]a[ \u00a0-](?:half|quarter)\b   # 15-and-a-half
      | \d{1,2}(?:,\d{2})+,\d{3}(?!\d)     # 12,34,567: Indian grouping (lakh, crore)
      | \d{1,3}(?:,\d{3})+(?!\d)            # 1,500 or 12,000,000
      | \d{1,3}(?:,[ ]000)+(?!\d)            # 10, 000 (tokenised text)
      | (?<=[$£€¥])\d{1,3}(?:,[ ]\d{3})+(?![\d,.])   # £507, 596: a stray space after a
                                            # sum's comma (not the list "the 147, 156")
      | \d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?!\d|[,.]\d)   # 940 000 (thin or plain space)
      | \d+                                 # 2004, 15
    )
    (?:\.\d+)?                              # decimals
    (?:[eE][+-]\d{1,3}(?![\w]))?             # 6.62e+16
    (?:\s?[x×]\s?10(?:\^[-−]?|[-−])\d{1,3})?  # 6.02×10^23, 1.99×10−30; not the relay "4x100m"
    | (?<![\w.])\.\d+                       # .5
    """,
    re.VERBOSE,
)

_WORD_ALTS = "|".join(re.escape(w) for w in NUMBER_WORDS)
WORDS = re.compile(
    rf"""
    \b
    (?:(?:a|an)[\s-]+(?=(?:dozen|hundred|thousand|million|billion|trillion)\b))?  # a dozen
    (?:{_WORD_ALTS})
    (?:
        (?:[\s-]+and[\s-]+a[\s-]+(?:half|quarter|third)\b)   # two-and-a-half
      | (?:[\s-]+(?:and[\s-]+)?(?:{_WORD_ALTS})\b)           # twenty-five, two hundred and six
    )*
    (?:(?<!\bat[ ]one)[\s]+point(?:[\s]+(?:{SPOKEN_DIGITS})\b)+  # one point three (per cent),
       (?:[\s]+(?:{SPOKEN_SCALES}))?)?                        # one point five million; not
    # "At one point three men were held"
    \b
    """,
    re.VERBOSE | re.IGNORECASE,
)
# a multiple written after a number: "3x", "2.5×", "10-fold", "tenfold"
MULTIPLE = re.compile(r"(?:[x×]|-?fold)(?![\w-])", re.IGNORECASE)
MULTIPLE_WORD = re.compile(rf"\b((?:{_WORD_ALTS})(?:-(?:{_WORD_ALTS}))?)-?fold\b", re.IGNORECASE)
VAGUE_AMOUNT = re.compile(
    r"\b(" + "|".join(re.escape(v) for v in sorted(VAGUE, key=len, reverse=True)) + r")\b"
    r"(?=\s+of\b|(?<!scores)\s+(?!of\b)[a-z])",  # "scores" only before "of": "late scores from"
    re.IGNORECASE,
)
VAGUE_SCALE = re.compile(  # "several hundred", "a few million", "many thousand"
    r"\b((?:" + "|".join(VAGUE_QUANTIFIERS) + r")\s+(?:" + "|".join(VAGUE_SCALES) + r")"
    r"(?:\s+(?:" + "|".join(s for s in VAGUE_SCALES if s != "dozen") + r"))*)\b(?![-\w])",
    re.IGNORECASE,
)
# "multi-billion", "multimillion": more than one of the scale, read as "several"
# and a scale word with no number that makes an adjective of a currency, "a billion-dollar
# deal": a billion or more
MULTI_SCALE = re.compile(r"(?<![\d.,])(?<!\d[ \u00a0])\b(multi-?(?:million|billion|trillion)(?!\w)"
                         r"|(?:million|billion|trillion)"
                         r"(?=-(?:dollar|pound|euro|yen|rupee|rouble|yuan)\b))", re.IGNORECASE)
# "half the staff", "a third their size": a fraction of what the determiner opens; never
# the end of a hyphened word ("the fly-half had")
FRACTION_DETERMINERS = "the|its|their|his|her|our|your|this|that|these|those"


def _by_first_word(words) -> str:
    """An alternation of `words` grouped by their first word, longest first within each
    group ("one(?:-twentieth|-third|...)"): the same matches as a flat alternation, which
    the regex engine would try word by word at every position of the text."""
    groups: dict[str, list[str]] = {}
    for w in words:
        first = re.split(r"[ -]", w, maxsplit=1)[0]
        groups.setdefault(first, []).append(w[len(first):])
    return "|".join(re.escape(first) + "(?:" + "|".join(
        re.escape(rest) for rest in sorted(rests, key=len, reverse=True)) + ")"
        for first, rests in sorted(groups.items()))


_FRACTION_WORDS = _by_first_word(FRACTIONS)
# a fraction written apart after "a" that sizes the noun after it: "a one third discount"
# (not "one third round tie")
_A_ONE_PART = {f"a one {part}" for part in ("third", "quarter", "fifth", "tenth")}
# what an economy or a firm does for quarters of a year: "three quarters of recession"
_MOVES = r"(?:growth|contraction|decline|expansion|recession|slowdown|rising|falling)"
FRACTION = re.compile(
    r"\b(?<!-)(" + _FRACTION_WORDS + r")"
    r"(?!(?<=quarters)\s+of\s+(?:" + _MOVES + r"|(?:the[ \u00a0]+year[ \u00a0]+)?(?:19|20)\d\d)\b)"
    # "three quarters of recession", "two quarters of 2004": a span
    r"(?=\s+(?:of|a|an|" + FRACTION_DETERMINERS + r")\s|[\s-]+(?:thousand|million|billion|trillion)\b"
    r"|\s+-[ \u00a0][^-]{1,12}[ \u00a0]-\s+of\s"  # "three quarters - 74% - of voters": the
    # share its restatement between dashes is of (not "(74%) of", which names the share)
    r"|\s+(?:more|less|fewer|higher|lower)\b"  # "a third more than last year"
    # a share of people that says or does: "nearly a quarter said", "almost a third are"
    r"|,?\s+(?:said|say|says|were|are|have|had|think|thought|believe|believed|agreed|admitted"
    r"|reported|want|wanted|expect|expected|did|do|would|will|could)\b"
    r"|(?:" + "|".join(f"(?<={re.escape(v)})" for v in SHARE_FRACTIONS | _A_ONE_PART)
    + r")(?![-\w]))",
    re.IGNORECASE,
)

# the bounds a figure a change is "by" may take, also in changes ("cut by some three
# percentage points")
# a fraction a change is "by": "fell by a third in 2022", "cut by half", "rose by a quarter,",
# "dropped by nearly a quarter from", "cut by about one-fifth if"; a word after it must not be
# its noun ("by a third party", "by half-time")
BY_QUALIFIERS = ("nearly", "almost", "about", "around", "roughly", "some", "over", "more than",
                 "less than", "up to", "just over", "just under", "well over")
FRACTION_BY = re.compile(
    r"\bby[ \u00a0](?:(?:" + "|".join(BY_QUALIFIERS) + r")[ \u00a0])?"
    r"(" + _FRACTION_WORDS + r")"
    r"(?=[ \u00a0]*(?:[.,;:)!?]|$)|[ \u00a0]+(?:in|on|to|since|from|over|after|and|or|by|between"
    r"|compared|last|this|next|year|years|within|during|as|than|while|but|if|when|because"
    r"|at|for)\b)",
    re.IGNORECASE)


def _phrase_regex(table, before: bool) -> re.Pattern:
    alts = "|".join(re.escape(p) for p in sorted(table, key=len, reverse=True))
    if before:
        return re.compile(rf"(?:^|(?<=[^\w]))({alts})\s*$", re.IGNORECASE)
    return re.compile(rf"^\s*({alts})\b", re.IGNORECASE)


QUALIFIER_BEFORE = _phrase_regex(phrases.QUALIFIERS, before=True)
QUALIFIER_AFTER = _phrase_regex(phrases.QUALIFIERS_AFTER, before=False)
SYMBOL_BEFORE = re.compile(
    "(?:^|(?<=[^A-Za-z]))("
    + "|".join(re.escape(s) for s in currencies.SYMBOLS)
    + r")[ \u00a0]?$"
)
CODE_BEFORE = re.compile(  # "usd 20", "usd$ 15", "Mex$ 10", "MUSD 30" (millions)
    r"(?:^|(?<=[^A-Za-z]))(M)?(" + "|".join(currencies.CASELESS_CODES) + r")(\$)?[ \u00a0]?$",
    re.IGNORECASE,
)
SYMBOL_AFTER = re.compile(
    r"^[ \u00a0]?(" + "|".join(re.escape(s) for s in currencies.SYMBOLS if s.isalpha()) + r")\b"
)
CODE_AFTER = re.compile(
    r"^[ \u00a0]?(M)?(" + "|".join(currencies.CASELESS_CODES) + r")\b", re.IGNORECASE)
SIGN_AFTER = re.compile(
    r"^[ \u00a0]?(" + "|".join(re.escape(s) for s in currencies.SIGNS) + r")(?![\w$])")
DOLLAR_PREFIX = re.compile(
    r"(?:^|(?<=[^A-Za-z.]))(" + "|".join(re.escape(p) for p in sorted(currencies.DOLLAR_PREFIXES, key=len, reverse=True))
    + r")[ \u00a0]?\$[ \u00a0]?$", re.IGNORECASE)
WORD_BEFORE_AMOUNT = re.compile(  # "euro 5 million", "a record Australian dollars 648m"
    r"(?:^|(?<=\W))(" + "|".join(re.escape(w) for w in currencies.WORDS if " " in w)
    + r"|dollars?|euros?|pounds?|yen|yuan|rupees?|sen|pesos?)[ \u00a0]$", re.IGNORECASE)
CURRENCY_WORDS = re.compile(
    r"^[ \u00a0-]?(?:of[ \u00a0])?("
    + "|".join(re.escape(w) for w in currencies.WORDS)
    + r")\b",
    re.IGNORECASE,
)
# "$1.29 to the euro", "8.28 to the US dollar", "141.60 per euro": the price of one unit of
# another currency
_CURRENCY_NAMES = "|".join(re.escape(w) for w in currencies.WORDS)
PER_CURRENCY = re.compile(
    r"^[ \u00a0]?(?:to|against|per|versus|vs\.?|for[ \u00a0](?:each|every))[ \u00a0]"
    r"(?:(?:the|one|a|each|every)[ \u00a0])?(" + _CURRENCY_NAMES + r")\b", re.IGNORECASE)
CURRENCY_NAMED = re.compile(r"\b(" + _CURRENCY_NAMES + r")\b", re.IGNORECASE)
# "the euro reached $1.30", "Sterling hit a record high of $1.95", "the dollar was trading
# at 102 yen": a currency a verb of moving or trading gives a price in another currency
_PRICE_MOVES = ("reach|reached|reaches|hit|hits|fall|rose|rise|rises|climbed|climbs|fell|falls|"
                "slipped|slips|slid|slides|dropped|drops|dipped|dips|traded|trades|trading|"
                "stood|stands|ended|ends|closed|closes|finished|touched|touches|jumped|surged|"
                "weakened|strengthened|recovered|firmed|eased|breached|broke|topped|peaked|"
                "sank|tumbled|rallied|edged|bought|buys|buying|fetched|fetches|worth")
PRICED_BEFORE = re.compile(
    r"\b(" + _CURRENCY_NAMES + r")(?:[ \u00a0]+(?:has|had|have|was|is|were|been|also|"
    r"briefly|then|later|just|again|now|itself|only|to|will|would|could|may|might))*"
    r"[ \u00a0]+(?:" + _PRICE_MOVES + r")"
    r"(?:[ \u00a0]+(?:back[ \u00a0]+)?(?:to|at|above|below|past|through|beyond|near|around))?"
    r"(?:[ \u00a0]+(?:a|an|its|the)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}(?:high|low|peak|level)"
    r"[ \u00a0]+of)?[ \u00a0]+$", re.IGNORECASE)
CUED_SYMBOL = re.compile(
    r"^[ \u00a0]?(" + "|".join(map(re.escape, currencies.CUED_SYMBOLS)) + r")\b(?![-/])")
SHARED_NAME = re.compile(r"^[ \u00a0-]?(?:of[ \u00a0])?("
                          + "|".join(map(re.escape, currencies.SHARED_NAMES)) + r")\b", re.IGNORECASE)
SUBUNIT = re.compile(r"^(?:[ \u00a0-]?(cents|cent|pence|penny|sen|satoshis?)\b|(p|¢)(?![\w]))",
                      re.IGNORECASE)
# a scale word and the dot of its abbreviation ("5 mln. euros"); not a full stop ("5.9
# million. Ms Jones said")
SCALE = re.compile(r"^([ \u00a0-]?)([A-Za-z]+)\b(?:\.(?![ \u00a0]*(?:[A-Z]|$)))?")
RATE = re.compile(r"^(?:[ \u00a0-]?(?:per|an?|every)[ \u00a0-]|[ \u00a0]?/[ \u00a0]?)([A-Za-z]+(?: [a-z]+)?)",
                   re.IGNORECASE)
RANGE_JOIN = re.compile(r"^[ \u00a0]?(?:-|–|—|to|and|or)[ \u00a0]?", re.IGNORECASE)
WORD_BEFORE = re.compile(r"([A-Za-z][\w'’.&-]*)[\s,]*$")
TIME_AFTER = re.compile(r"^(?:\s?(?:a\.?m\b\.?|p\.?m\b\.?|GMT|BST|EST|ET|pm|am)\b|:\d\d|\.\d\d\s?(?:am|pm)\b|h\d\d"
                        r"|\s?o['’]clock\b)",  # "tuning in at four o'clock"
                         re.IGNORECASE)
ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th|s)\b", re.IGNORECASE)
SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*|[\"“‘(]\s*)$")

NOT_NOUNS = {"of", "the", "a", "an", "its", "their", "his", "her", "our", "those", "these"}
# A figure followed by one of these counts nothing named ("rose from 15 to 23").
NO_NOUN = {"to", "and", "or", "in", "on", "at", "per", "from", "by", "for", "with", "as",
            "than", "is", "was", "are", "were", "has", "have", "had", "will", "would", "last",
            "this", "that", "which", "who", "after", "before", "since", "until", "into", "so",
            "while", "whilst",
            # adverbs of when: "questioned 850 voters before the debate and 910 afterwards"
            "afterwards", "afterward", "later", "earlier", "previously", "beforehand",
            "today", "yesterday", "tomorrow", "respectively", "apiece"}
ADDRESS = re.compile(
    r"(?:[-–]\d+)?(?:[ \u00a0](?:[A-Z][a-z]*\.?|\d+(?:st|nd|rd|th)))+?[ \u00a0]"
    r"(?:" + "|".join(w.capitalize() for w in phrases.STREET_WORDS) + r")\b\.?")
MEASURE_WORDS = {"tall", "high", "long", "wide", "deep", "away", "thick", "across", "below",
                  "above", "beneath", "underground", "apart",
                  # "more than 50m taller than": a difference of lengths
                  "taller", "longer", "wider", "deeper", "shorter", "thicker", "further", "farther",
                  } | RACE_NOUNS  # "the 60m hurdler", "his 200m titles": a race
# words between a race's distance and its MEASURE_WORDS: "the 10,000m world record", "the
# 60m indoor title"
RACE_ADJECTIVES = {"world", "indoor", "outdoor", "national", "olympic", "european", "british",
                   "commonwealth", "junior", "senior", "area", "season's"}
# the rest of a line that lists a name and its side after a rank: "5 Carlos Moya (Spain)"
LIST_ENTRY = re.compile(r"\.?(?:[ \t]+[A-Z][\w'’.-]*)+[ \t]*\([^()\n]*\)[ \t]*(?:\n|$)")
# an article and one lower-case word before "one": "a positive one", "an important one"
ARTICLE_WORD_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)[ \u00a0]+[a-z][\w'’-]*[ \u00a0]+$")
# A capital opens a sentence here too: after a colon, a semicolon or a dash.
CLAUSE_START = re.compile(r"(?:[:;]|\s[-–—])\s+$")
# "Giggs (Saha 70)", "(G Neville 81)": a bracket opened on a name and closed by a bare number
# holds a substitute's minute in a line-up, or a title's numeral ("(Shrek 2)")
BRACKETED_NAME = re.compile(r"\((?:[A-Z][\w'’.-]*[ \u00a0]+){1,3}$")
# a unit that is one only glued to its figure: "a 10in screen", "6ft 2in"; not "2in1"
GLUED_UNIT = re.compile(r"(" + "|".join(GLUED_UNITS) + r")\b(?![-'’])")
# a line of a report that only lists names, each with a bracketed number or none, in runs
# that may open on a label: "Argentina (4), Kenya, Tunisia.", "Replacements: Lee for Hart
# (53), Cole for van der Berg (60). Not used: Fox." (seeds, a substitute's minute)
_LISTED_NAME = r"(?:(?:van|der|den|de|da|di|von|du|le|la)[ \u00a0])*[A-Z][\w'’.-]*"
_LISTED = (rf"{_LISTED_NAME}(?:[ \u00a0]{_LISTED_NAME})*"
           rf"(?:[ \u00a0]for[ \u00a0]{_LISTED_NAME}(?:[ \u00a0]{_LISTED_NAME})*)?"
           r"(?:[ \u00a0]\(\d{1,3}\))?")
LISTED_LINE = re.compile(rf"(?:(?:[A-Z][\w-]*(?:[ \u00a0][a-z]+)*:[ \u00a0]*)?{_LISTED}"
                         rf"(?:,[ \u00a0]*{_LISTED})*\.?[ \t]*)+")
# a line of a match report that lists scorers or bookings and their minutes: "Ronaldo 9,
# Rooney 87.", "Henry 2, 29.", "Gerrard 79 og, Drogba 107", "Rigoglioso 59."
_MINUTE = r"\d{1,3}(?:[ \u00a0](?:og|pen))?"
SCORER_LINE = re.compile(
    rf"""
    (?:[A-Z][\w'’.-]*[ \u00a0]){{1,3}}{_MINUTE}          # a name and a minute
    (?:,[ \u00a0](?:[A-Z][\w'’.-]*[ \u00a0]){{0,3}}{_MINUTE})*   # more, a name or not
    \.?[ \t]*
    """, re.VERBOSE)

# a number that opens a compound naming a kind ("two-way trade", "a five-star hotel")
KIND_COMPOUND = re.compile(r"(?:" + "|".join(phrases.KIND_COMPOUNDS) + r")\b", re.IGNORECASE)
# a phrase of when that opens on a number: " five days later", " two weeks earlier"
WHEN_AFTER = re.compile(r"[ \u00a0]+(?:" + _WORD_ALTS + r"|\d+)"
                        r"[ \u00a0]+(?:days?|weeks?|months?|years?)[ \u00a0]+(?:later|earlier"
                        r"|ago|before|after)\b", re.IGNORECASE)


# a name of up to four capitalised words right before an opening bracket: "Neil Bright (",
# whose figure in the bracket is that name's
NAME_BEFORE_BRACKET = re.compile(r"\b((?:[A-Z][\w'’-]+[ \u00a0]+){0,3}[A-Z][\w'’-]+)"
                                 r"[ \u00a0]*\($")
