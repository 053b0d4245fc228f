"""Find the figures in a text: value, bounds, range, change, unit and currency.

Rules, not a model: a scan for numbers (digits, words, vague amounts), then for each one a
look left (currency symbol, qualifier, change verb) and right (scale word, currency name,
unit, counted noun, the other end of a range).  The rule tables live in tracker.data.
`find_quantities(text)` never raises on any string; odd text gives fewer figures.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal

from .data import currencies, phrases
from .data.numbers import (
    AMBIGUOUS_SCALES,
    FRACTIONS,
    HALF_POSITIONS,
    QUARTER_ORDINALS,
    SCALES,
    VAGUE,
    VAGUE_QUANTIFIERS,
    VAGUE_SCALES,
)
from .data.units import CUED_UNITS
from .numbers import (
    NUMBER_WORDS,
    fraction_value,
    midpoint,
    parse_digits,
    parse_words,
    scaled,
    vague_value,
)
from .schema import Quantity
from .units import Unit, lookup, per_unit, to_base

# ---------------------------------------------------------------------------- patterns

_DIGITS = re.compile(
    r"""
    (?:(?<![A-Za-z])(?i:minus)[\s-](?=\d)     # "minus 5", "minus-5"
      | (?<![\d.,/:_])                        # not the tail of a decimal, a date or a time
        (?:(?<![\w)\-])[-−](?=\d))?)          # a minus sign standing free
    (?:
        (?:\d+[ \u00a0])?[1-9]\d?[/⁄](?:2|3|4|8|16|32|64|128)(?![\d/])   # 1/4, 10 1/2, 1/16
      | (?:\d+[ \u00a0]?)?[½¼¾⅓⅔⅛]         # 10½, 10 ½, ½
      | \d{1,2}(?:,\d{2})+,\d{3}(?!\d)     # 12,34,567: Indian grouping (lakh, crore)
      | \d{1,3}(?:,\d{3})+(?!\d)            # 1,500 or 12,000,000
      | \d{1,3}(?:,[ ]000)+(?!\d)            # 10, 000 (tokenised text)
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
_WORDS = re.compile(
    rf"""
    \b
    (?:(?:a|an)[\s-]+(?=(?:dozen|hundred|thousand|million|billion|trillion)\b))?  # a dozen
    (?:{_WORD_ALTS})
    (?:
        (?:[\s-]+and[\s-]+a[\s-]+(?:half|quarter|third)\b)   # two-and-a-half
      | (?:[\s-]+(?:and[\s-]+)?(?:{_WORD_ALTS})\b)           # twenty-five, two hundred and six
    )*
    \b
    """,
    re.VERBOSE | re.IGNORECASE,
)
_VAGUE = re.compile(
    r"\b(" + "|".join(re.escape(v) for v in sorted(VAGUE, key=len, reverse=True)) + r")\b"
    r"(?=\s+of\b|\s+(?!of\b)[a-z])",
    re.IGNORECASE,
)
_VAGUE_SCALE = re.compile(  # "several hundred", "a few million", "many thousand"
    r"\b((?:" + "|".join(VAGUE_QUANTIFIERS) + r")\s+(?:" + "|".join(VAGUE_SCALES) + r")"
    r"(?:\s+(?:" + "|".join(s for s in VAGUE_SCALES if s != "dozen") + r"))*)\b(?![-\w])",
    re.IGNORECASE,
)
_FRACTION = re.compile(
    r"\b(" + "|".join(re.escape(v) for v in sorted(FRACTIONS, key=len, reverse=True)) + r")"
    r"(?=\s+(?:of|a|an)\s|[\s-]+(?:thousand|million|billion|trillion)\b)",
    re.IGNORECASE,
)


def _phrase_regex(table, before: bool) -> re.Pattern:
    alts = "|".join(re.escape(p) for p in sorted(table, key=len, reverse=True))
    if before:
        return re.compile(rf"(?:^|(?<=[^\w]))({alts})\s*$", re.IGNORECASE)
    return re.compile(rf"^\s*({alts})\b", re.IGNORECASE)


_QUALIFIER_BEFORE = _phrase_regex(phrases.QUALIFIERS, before=True)
_QUALIFIER_AFTER = _phrase_regex(phrases.QUALIFIERS_AFTER, before=False)
_SYMBOL_BEFORE = re.compile(
    "(?:^|(?<=[^A-Za-z]))("
    + "|".join(re.escape(s) for s in currencies.SYMBOLS)
    + r")[ \u00a0]?$"
)
_CODE_BEFORE = re.compile(  # "usd 20", "usd$ 15", "Mex$ 10", "MUSD 30" (millions)
    r"(?:^|(?<=[^A-Za-z]))(M)?(" + "|".join(currencies.CASELESS_CODES) + r")(\$)?[ \u00a0]?$",
    re.IGNORECASE,
)
_SYMBOL_AFTER = re.compile(
    r"^[ \u00a0]?(" + "|".join(re.escape(s) for s in currencies.SYMBOLS if s.isalpha()) + r")\b"
)
_CODE_AFTER = re.compile(
    r"^[ \u00a0]?(M)?(" + "|".join(currencies.CASELESS_CODES) + r")\b", re.IGNORECASE)
_SIGN_AFTER = re.compile(
    r"^[ \u00a0]?(" + "|".join(re.escape(s) for s in currencies.SIGNS) + r")(?![\w$])")
_DOLLAR_PREFIX = re.compile(
    r"(?:^|(?<=[^A-Za-z.]))(" + "|".join(re.escape(p) for p in sorted(currencies.DOLLAR_PREFIXES, key=len, reverse=True))
    + r")[ \u00a0]?\$[ \u00a0]?$", re.IGNORECASE)
_WORD_BEFORE_AMOUNT = re.compile(  # "euro 5 million", "a record Australian dollars 648m"
    r"(?:^|(?<=\W))(" + "|".join(re.escape(w) for w in currencies.WORDS if " " in w)
    + r"|dollars?|euros?|pounds?|yen|yuan|rupees?|sen|pesos?)[ \u00a0]$", re.IGNORECASE)
_CURRENCY_WORDS = re.compile(
    r"^[ \u00a0-]?(?:of[ \u00a0])?("
    + "|".join(re.escape(w) for w in currencies.WORDS)
    + r")\b",
    re.IGNORECASE,
)
_CUED_SYMBOL = re.compile(
    r"^[ \u00a0]?(" + "|".join(map(re.escape, currencies.CUED_SYMBOLS)) + r")\b(?![-/])")
_SHARED_NAME = re.compile(r"^[ \u00a0-]?(?:of[ \u00a0])?("
                          + "|".join(map(re.escape, currencies.SHARED_NAMES)) + r")\b", re.IGNORECASE)
_SUBUNIT = re.compile(r"^(?:[ \u00a0-]?(cents|cent|pence|penny|sen|satoshis?)\b|(p|¢)(?![\w]))",
                      re.IGNORECASE)
# a scale word and the dot of its abbreviation ("5 mln. euros"); not a full stop ("5.9
# million. Ms Jones said")
_SCALE = re.compile(r"^([ \u00a0-]?)([A-Za-z]+)\b(?:\.(?![ \u00a0]*(?:[A-Z]|$)))?")
_RATE = re.compile(r"^(?:[ \u00a0-]?(?:per|an?|every)[ \u00a0-]|[ \u00a0]?/[ \u00a0]?)([A-Za-z]+(?: [a-z]+)?)",
                   re.IGNORECASE)
_RANGE_JOIN = re.compile(r"^[ \u00a0]?(?:-|–|—|to|and|or)[ \u00a0]?", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’.&-]*)[\s,]*$")
_TIME_AFTER = re.compile(r"^(?:\s?(?:a\.?m\b\.?|p\.?m\b\.?|GMT|BST|EST|ET|pm|am)\b|:\d\d|\.\d\d\s?(?:am|pm)\b|h\d\d)",
                         re.IGNORECASE)
_ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th|s)\b", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*|[\"“‘(]\s*)$")

_NOT_NOUNS = {"of", "the", "a", "an", "its", "their", "his", "her", "our", "those", "these"}
# A figure followed by one of these counts nothing named ("rose from 15 to 23").
_NO_NOUN = {"to", "and", "or", "in", "on", "at", "per", "from", "by", "for", "with", "as",
            "than", "is", "was", "are", "were", "has", "have", "had", "will", "would", "last",
            "this", "that", "which", "who", "after", "before", "since", "until", "into", "so",
            "while", "whilst"}
_ADDRESS = re.compile(
    r"(?:[-–]\d+)?(?:[ \u00a0](?:[A-Z][a-z]*\.?|\d+(?:st|nd|rd|th)))+?[ \u00a0]"
    r"(?:" + "|".join(w.capitalize() for w in phrases.STREET_WORDS) + r")\b\.?")
_MEASURE_WORDS = {"tall", "high", "long", "wide", "deep", "away", "thick", "across", "race",
                  "hurdles", "dash", "sprint", "freestyle", "breaststroke", "backstroke", "relay",
                  # "the 60m hurdler", "his 200m titles", "her 800m gold medal": a race
                  "hurdle", "hurdler", "hurdlers", "sprinter", "sprinters", "runner", "runners",
                  "title", "titles", "final", "finals", "heat", "heats", "gold", "silver",
                  "bronze", "medal", "medallist", "champion", "specialist", "butterfly", "medley",
                  # "more than 50m taller than": a difference of lengths
                  "taller", "longer", "wider", "deeper", "shorter", "thicker", "further", "farther"}
# the rest of a line that lists a name and its side after a rank: "5 Carlos Moya (Spain)"
_LIST_ENTRY = re.compile(r"\.?(?:[ \t]+[A-Z][\w'’.-]*)+[ \t]*\([^()\n]*\)[ \t]*(?:\n|$)")
# an article and one lower-case word before "one": "a positive one", "an important one"
_ARTICLE_WORD_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)[ \u00a0]+[a-z][\w'’-]*[ \u00a0]+$")
# A capital opens a sentence here too: after a colon, a semicolon or a dash.
_CLAUSE_START = re.compile(r"(?:[:;]|\s[-–—])\s+$")
# "Giggs (Saha 70)", "(G Neville 81)": a bracket opened on a name and closed by a bare number
# holds a substitute's minute in a line-up, or a title's numeral ("(Shrek 2)")
_BRACKETED_NAME = re.compile(r"\((?:[A-Z][\w'’.-]*[ \u00a0]+){1,3}$")


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    value: float
    kind: str  # "digits", "words", "vague", "fraction"
    high: float | None = None  # the top of a vague amount's span


class _Taken:
    """Spans already claimed, for an overlap test in O(log n): candidates never overlap."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start)
        return (i > 0 and self.ends[i - 1] > start) or (i < len(self.starts) and self.starts[i] < end)

    def add(self, start: int, end: int) -> None:
        i = bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


# "one in five", "1 in every 10", "one in 10 million": a share of a whole, 1/5; the whole is
# read by _ratio
_ONE_IN = re.compile(r"\b(?:[Oo]ne|1)[ \u00a0]+in[ \u00a0]+(?:every[ \u00a0]+)?(?=\w)")
_RATIO_SCALE = re.compile(r"[ \u00a0]+(hundred|thousand|million|billion)\b", re.IGNORECASE)


def _ratio(text: str, m: re.Match) -> tuple[int, float] | None:
    """The end and value of "one in five" from where its whole starts; None where the whole is
    no plain number ("one in 2004" is a year, "one in three-quarters" no whole) or counts a
    unit ("one in three weeks").

    >>> _ratio("one in five adults", _ONE_IN.match("one in five adults"))
    (11, 0.2)
    """
    at = m.end()
    whole = _DIGITS.match(text, at) if text[at].isdigit() else None
    if whole is not None:
        digits = whole.group()
        if not re.fullmatch(r"[1-9]\d{0,2}(?:,\d{3})*", digits) or re.match(r"[-–/.,]?\w", text[whole.end():]):
            return None  # "one in 2004", "one in 10-20", "one in 3.5", "one in 5%": no whole
        value, end = parse_digits(digits), whole.end()
        scale = _RATIO_SCALE.match(text, end)
        if scale and value is not None:
            value, end = scaled(value, SCALES[scale.group(1).lower()]), scale.end()
    else:
        words = _WORDS.match(text, at)
        if words is None or re.match(r"-\w", text[words.end():]):
            return None
        value, end = parse_words(words.group()), words.end()
    if value is None or value < 2 or lookup(text[end:end + 40], glued=False) or \
            _previous_word(text, m.start()).lower() == "number":
        return None  # "one in three weeks", "his third number one in three weeks"
    return end, 1 / value


def _candidates(text: str) -> list[_Candidate]:
    """Every number-looking span, left to right, without overlaps (shares, then digits)."""
    found: list[_Candidate] = []
    taken = _Taken()
    for m in _ONE_IN.finditer(text):
        ratio = _ratio(text, m)
        if ratio is not None:
            found.append(_Candidate(m.start(), ratio[0], ratio[1], "fraction"))
            taken.add(m.start(), ratio[0])
    for m in _DIGITS.finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        value = parse_digits(m.group())
        if value is not None:
            found.append(_Candidate(m.start(), m.end(), value, "digits"))
            taken.add(m.start(), m.end())
    for pattern, kind in ((_VAGUE_SCALE, "vague"), (_VAGUE, "vague"), (_FRACTION, "fraction"),
                          (_WORDS, "words")):
        for m in pattern.finditer(text):
            if taken.overlaps(m.start(), m.end()):
                continue
            spans: list[tuple[int, int, float, float | None]] = []
            if kind == "vague":
                span = vague_value(m.group(1))
                if span:
                    spans.append((m.start(1), m.end(1), span[0], span[1]))
            elif kind == "fraction":
                value = fraction_value(m.group(1))
                if value is not None:
                    spans.append((m.start(), m.end(), value, None))
            else:
                for start, end in _split_word_number(m.group(), m.start()):
                    value = parse_words(text[start:end])
                    if value is not None:
                        spans.append((start, end, value, None))
            for start, end, value, high in spans:
                found.append(_Candidate(start, end, value, kind, high))
                taken.add(start, end)
    found.sort(key=lambda c: c.start)
    return found


def _split_word_number(words: str, offset: int) -> list[tuple[int, int]]:
    """Split "five and six" into two numbers; keep "two hundred and six" whole.

    >>> _split_word_number("five and six", 0)
    [(0, 4), (9, 12)]
    """
    spans, start = [], 0
    for m in re.finditer(r"[\s-]+and[\s-]+(?!a[\s-]+(?:half|quarter|third))", words):
        head = re.split(r"[\s-]+", words[:m.start()])[-1].lower()
        if head not in ("hundred", "thousand", "million", "billion", "trillion"):
            spans.append((offset + start, offset + m.start()))
            start = m.end()
    spans.append((offset + start, offset + len(words)))
    return [run for a, b in spans for run in _number_runs(words, offset, a, b)]


def _number_runs(words: str, offset: int, start: int, end: int) -> list[tuple[int, int]]:
    """The numbers in a run of number words that reads as no one number: "two Six" (Nations) is
    "two" and "Six"; a hyphened pair ("a quick one-two") stays one token, and no number.

    >>> _number_runs("just two Six Nations", 5, 10, 17)
    [(10, 13), (14, 17)]
    """
    if parse_words(words[start - offset:end - offset]) is not None:
        return [(start, end)]
    tokens = [(start + t.start(), start + t.end())
              for t in re.finditer(r"\S+", words[start - offset:end - offset])]
    runs, i = [], 0
    while i < len(tokens):
        j = next((j for j in range(len(tokens), i, -1)
                  if parse_words(words[tokens[i][0] - offset:tokens[j - 1][1] - offset]) is not None),
                 None)
        if j is None:
            i += 1
            continue
        runs.append((tokens[i][0], tokens[j - 1][1]))
        i = j
    return runs


# ---------------------------------------------------------------------------- filters


def _previous_word(text: str, start: int) -> str:
    m = _WORD_BEFORE.search(text[max(0, start - 40):start])
    return m.group(1) if m else ""


def _next_word(text: str, end: int) -> str:
    m = re.match(r"[\s,.\-]*([A-Za-z]+)", text[end:end + 30])
    return m.group(1) if m else ""


# The measuring system written before a unit: "US gallons", "imperial pints"
_SYSTEM = r"(?:US|U\.S\.|UK|imperial|metric)"
_AGE_AFTER = re.compile(r"[ \u00a0-](?:year|month|week|day)s?-old\b")
_CODE_NAME_AFTER = re.compile(r"[ \u00a0](?:zip|post|postal|area|dialling|dialing)[ \u00a0]?code\b",
                              re.IGNORECASE)


# days of one month in a run: "22-24 October", "between 24 and 26 December", "14, 20 and 27
# April"; and after the month: "January 6 to 9"
_DAY_LINK = r"[ \u00a0]?(?:,|and|to|-|–|/|&)[ \u00a0]?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DAYS_THEN_MONTH = re.compile(rf"(?:,?{_DAY_LINK}{_DAY})+[ \u00a0]+([A-Z][a-z]+\.?)(?![\w-])")
_MONTH_THEN_DAYS = re.compile(
    rf"\b([A-Z][a-z]+\.?)[ \u00a0]{_DAY}(?:,?{_DAY_LINK}{_DAY})*,?{_DAY_LINK}$")


# a scale word written out between two ends of a range: "1.5 million-2 million", "3bn-4bn"
_SCALE_WORDS = "|".join(w for w in SCALES if len(w) > 1)
_SCALE_HYPHEN = re.compile(
    rf"[ \u00a0]?(?:{_SCALE_WORDS})[-–](?=\d)|\d[ \u00a0]?(?:{_SCALE_WORDS})[-–]$")


def _not_a_figure(text: str, c: _Candidate) -> bool:
    """Dates, times, ordinals, codes and names: numbers that are not figures.  Each test
    gives True (not a figure), False (a figure, whatever follows) or None (no verdict); the
    first verdict stands."""
    tests = _WORD_TESTS if c.kind != "digits" else _DIGIT_TESTS
    for test in tests:
        verdict = test(text, c)
        if verdict is not None:
            return verdict
    return False


def _word_name_or_position(text: str, c: _Candidate) -> bool | None:
    """Number words that name or place: "BBC Four", "world number three", "the third
    quarter", "the first half", "a half turn", "a baker's dozen"."""
    surface = text[c.start:c.end]
    head = text[max(0, c.start - 60):c.start]
    prev = _previous_word(text, c.start).lower().rstrip("-")
    if (c.kind in ("words", "fraction") and surface[:1].isupper() and not surface.isupper()
            and not _SENTENCE_START.search(head) and not _CLAUSE_START.search(head)):
        return True  # "BBC Four", "the Six Nations", "Million Dollar Baby": a name
    if c.kind in ("words", "fraction") and re.search(r"(?:\b[Nn]umber|\bNo\.?)[ \u00a0]$", head):
        return True  # "world number three": a rank
    if surface.lower() == "quarter" and prev in QUARTER_ORDINALS:
        return True  # "the third quarter of 2004": a period, not a fraction
    if surface.lower() == "half" and prev in HALF_POSITIONS:
        return True  # "the first half of 2004", "the bottom half of the table"
    if c.kind == "fraction" and not _ONE_IN.match(surface) and not re.match(
            r"[\s-]+(?:of|a|an|thousand|million|billion|trillion)\b", text[c.end:c.end + 12],
            re.IGNORECASE):
        return True  # "a half turn" is a manner, not an amount
    if prev in ("baker's", "bakers", "baker’s") and surface.lower() == "dozen":
        return True  # "a baker's dozen": thirteen, an idiom
    return None


# words after "one" that make it a pronoun ("one day", "one or two", "one who"), and before
_ONE_PRONOUN_NEXT = {"another", "day", "way", "time", "thing", "point", "side", "off", "more",
                     "too", "must", "can", "who", "that", "and", "or", "is", "was", "has",
                     "would", "will", "could"}
_ONE_PRONOUN_PREV = {"no", "any", "every", "the", "this", "that", "which", "each", "someone",
                     "only", "anyone", "everyone", "last", "same"}


def _pronoun_one(text: str, c: _Candidate) -> bool | None:
    """"one" as a pronoun ("one such case", "a positive one", "on the one hand"), not a
    count ("one of the computers", "that one mile", "raised one hand")."""
    if c.kind != "words" or text[c.start:c.end].lower() != "one":
        return None
    nxt = _next_word(text, c.end).lower()
    prev = _previous_word(text, c.start).lower()
    system = re.match(r"[ \u00a0]" + _SYSTEM, text[c.end:c.end + 10])
    ahead = text[c.end + (system.end() if system else 0):c.end + 40]
    if nxt == "such" or (nxt == "of" and prev in ("every", "any")):
        return True  # "one such case", "every one of the forwards": a pronoun
    if nxt == "of" or lookup(ahead, glued=False):  # "one mile", "one US gallon"
        return False  # "one of the computers", "that one mile"
    if nxt == "hand":
        return prev in ("on", "the")  # "on (the) one hand"; "raised one hand": a count
    if _ARTICLE_WORD_BEFORE.search(text[max(0, c.start - 40):c.start]) and \
            not re.match(r"-|[ \u00a0]+(?:to|or)[ \u00a0]", text[c.end:c.end + 5]):
        return True  # "a positive one", "the fastest one": a pronoun; not "the new one-lira coin"
    return nxt in _ONE_PRONOUN_NEXT or prev in _ONE_PRONOUN_PREV or not nxt


def _glued(text: str, c: _Candidate) -> bool | None:
    """Digits glued to letters or signs: "G7", "A320", "#3", "4G", "16th", "9/11", "COVID-19",
    "9/4" odds, "Maroon 5's"; the legs of a relay ("4x100m") are a figure."""
    before = text[max(0, c.start - 1):c.start]
    after = text[c.end:c.end + 12]
    surface = text[c.start:c.end]
    glued_symbol = _SYMBOL_BEFORE.search(text[max(0, c.start - 8):c.start])
    if re.match(r"[x×]\d", text[c.end:c.end + 2]):
        return True  # "the 4x100m relay", "2x4 timber": a multiplier, the legs of a relay
    if re.search(r"\d[x×]$", text[max(0, c.start - 2):c.start]) and re.match(r"m\b", after):
        return False  # "4x100m": the distance of each leg; not "a 6x4in print"
    if before.isalpha() and (not glued_symbol or (glued_symbol.group(1) == "PS" and c.end - c.start < 3)):
        return True  # G7, A320, FY2024, PS5
    if before and before in "#№":
        return True  # #3
    if re.fullmatch(r"\d+[/⁄]\d+", surface):
        top, bottom = (int(x) for x in re.split(r"[/⁄]", surface))
        window = re.findall(r"[a-z]+", text[max(0, c.start - 60):c.end + 40].lower())
        if top >= bottom or any(w in phrases.ODDS_CUES for w in window):
            return True  # "9/4", "the 1/3 favourite": betting odds
    if re.match(r"['’]s\b", after):
        return True  # "Maroon 5's album", "Channel 4's drama": a name's possessive
    if re.match(r"[ \u00a0](?:Cents?|Pence)\b", after):
        return True  # "50 Cent": a rapper's name; a coin is written lower-case
    if before == "-" and text[max(0, c.start - 2):c.start - 1].isalpha() and \
            not _SCALE_HYPHEN.search(text[max(0, c.start - 10):c.start]):
        # COVID-19, F-16; not sub-5, nor "her now-18 month-old daughter", nor "1.5 million-2"
        return text[max(0, c.start - 4):c.start].lower() != "sub-" and not _AGE_AFTER.match(after)
    if re.match(r"[A-Za-z]", after) and not _unit_or_scale_glued(after):
        return True  # 4G, 3D, 1990s, 16th
    if _ORDINAL_AFTER.match(after) or re.match(r"/\d", after):
        return True  # 16th; 9/11
    if (re.match(r"[ \u00a0]?[A-Za-z]{1,3}-?\d", after) or re.match(r"[ \u00a0]?[A-Za-z]+-\d", after)) \
            and not re.match(r"[ \u00a0]?[A-Za-z]{1,3}[23²³]\b", after) \
            and not _SCALE_HYPHEN.match(after):
        return True  # 24703m212, 24703 L-202: codes; not 190 km2
    if before == "-" and re.search(r"[A-Za-z]\w*\d-$", text[max(0, c.start - 12):c.start]):
        return True  # scp2-173m
    return None


def _list_marker(text: str, c: _Candidate) -> bool | None:
    """"1 ) explains", "5 Carlos Moya (Spain)" on a line of its own, "(Ronaldo 33)": list
    markers, seeds and minutes, not figures."""
    after = text[c.end:c.end + 12]
    if re.match(r"[ \u00a0]?\)", after) and "(" not in text[max(0, c.start - 40):c.start]:
        return True  # "1 ) explains ...": a list marker
    if _LIST_ENTRY.match(text, c.end) and re.search(r"(?:^|\n)[ \t]*$", text[max(0, c.start - 20):c.start]):
        return True  # "5 Carlos Moya (Spain)": a seed or a place in a list, a line to itself
    if after[:1] == ")" and c.value == int(c.value) and \
            _BRACKETED_NAME.search(text[max(0, c.start - 40):c.start]):
        return True  # "O'Shea (Ronaldo 33), Keane": a minute, not a figure
    return None


def _date_or_time(text: str, c: _Candidate) -> bool | None:
    """"9:30 p.m.", "October 22", "22-24 October", "from January 6 to 9"."""
    if _TIME_AFTER.match(text[c.end:c.end + 12]):
        return True
    prev = _previous_word(text, c.start).lower().rstrip(".")
    nxt = _next_word(text, c.end).lower().rstrip(".")
    day = c.value <= 31 and c.value == int(c.value)
    if prev in phrases.MONTHS or (nxt in phrases.MONTHS and day):
        return True  # "October 22", "22 October", "Oct. 31"
    if day:
        days = _DAYS_THEN_MONTH.match(text, c.end)
        if days and days.group(1).lower().rstrip(".") in phrases.MONTHS:
            return True  # "22-24 October", "from 6 to 9 January", "on 14, 20 and 27 April"
        days = _MONTH_THEN_DAYS.search(text[max(0, c.start - 40):c.start])
        if days and days.group(1).lower().rstrip(".") in phrases.MONTHS:
            return True  # "from January 6 to 9"
    return None


def _year(text: str, c: _Candidate) -> bool | None:
    """"in 2004", "2019-20", "1988 sales": a year; "2,000 sales", "1500 firms" are counts."""
    surface, after = text[c.start:c.end], text[c.end:c.end + 12]
    if not (re.fullmatch(r"1\d\d\d|2[01]\d\d", surface)
            and (not _unit_or_scale_glued(after.lstrip())
                 or re.match(r"[ \u00a0]quarter\b", after))  # "the 1988 quarter": a year's
            and not _SYMBOL_BEFORE.search(text[max(0, c.start - 8):c.start])):
        return None
    prev = _previous_word(text, c.start).lower()
    if re.match(r"^(?:[-–/]\d{2,4}\b|s\b)", after):
        return True  # 2019-20, 2019/20
    if prev in phrases.YEAR_CUES or prev.rstrip(".") in phrases.MONTHS:
        return True  # in 2004, by 2120
    if 1900 <= c.value <= 2035 and not _QUALIFIER_BEFORE.search(text[max(0, c.start - 30):c.start]):
        return True  # "1988 sales": a year, unless a qualifier makes it an amount
    if not re.match(r"^[ \u00a0]?[a-z]+s\b", after):
        return True  # a bare 4-digit year-like number with no plural noun after it
    return None


def _phone_or_code(text: str, c: _Candidate) -> bool | None:
    """"0800 123 456", "020 7946 0000", "4929 1234 5678": numbers that are dialled or keyed."""
    surface, after = text[c.start:c.end], text[c.end:c.end + 12]
    if re.match(r"^0\d", surface):
        return True  # 0800 numbers, codes with leading zeros
    if not re.search(r"[\s\u00a0\u202f\u2009]", surface) and re.search(
        r"\d[ -]\d{3,4}[ -]\d{3,4}$", text[max(0, c.start - 12):c.end]) or re.match(
        r"^[\s-]\d{3,4}[\s-]\d{3,4}", after
    ):
        return True  # telephone numbers
    if re.search(r"\d[ -]$", text[max(0, c.start - 2):c.start]) and re.match(r"[ -]\d", after):
        return True  # a group in the middle of a run of digit groups: a phone or account number
    return None


def _name_or_label(text: str, c: _Candidate) -> bool | None:
    """"Boeing 787", "iPhone 11", "Game 7", "Route 66", "575 Wilbraham Road", "the 90210 ZIP
    code", "the 15 Pro Max", "the 787 Dreamliner": part of a name or an address."""
    after = text[c.end:c.end + 12]
    prev, nxt = _previous_word(text, c.start), _next_word(text, c.end)
    glued_prev = text[max(0, c.start - len(prev) - 1):c.start].startswith(prev)
    symbol_before = _SYMBOL_BEFORE.search(text[max(0, c.start - 8):c.start])
    if (
        any(ch.isupper() for ch in prev)
        and glued_prev
        and prev not in phrases.AMOUNT_CAPITALS
        and not (prev.isupper() and len(prev) <= 3 and prev in currencies.SYMBOLS)
        and not _SENTENCE_START.search(text[max(0, c.start - 60):c.start - len(prev) - 1])
        and not _unit_or_scale_glued(after.lstrip())
        and prev.lower().rstrip(".") not in phrases.MONTHS
        and not symbol_before
        and not re.match(r"^,\s", text[c.start - len(prev) - 2:c.start - len(prev)])
    ):
        return True  # Boeing 787, iPhone 11, S&P 500, Article 5
    if prev.lower() in phrases.LABEL_WORDS and not _unit_or_scale_glued(after.lstrip()):
        return True  # category 4, Game 7, the S&P 500, Route 66
    if _ADDRESS.match(text[c.end:c.end + 40]):
        return True  # 575 Wilbraham Road, 9 E 71st St, 16-18 Industrial Avenue
    if _CODE_NAME_AFTER.match(text[c.end:c.end + 20]):
        return True  # the 90210 ZIP code, the 0161 area code
    if nxt.lower() in phrases.MODEL_SUFFIXES and nxt[:1].isupper() and c.value == int(c.value) < 100:
        return True  # the 11 Pro, the 15 Pro Max
    follower = re.match(r"[ \u00a0]([A-Z][a-z]+)((?:[ \u00a0][A-Z][a-z]+){0,2})", text[c.end:c.end + 40])
    if follower and c.value == int(c.value) and not symbol_before:
        words = (follower.group(1) + follower.group(2)).lower().split()
        if any(w in phrases.STREET_WORDS for w in words):
            return True  # 575 Wilbraham Road
        if (c.value >= 100 and "," not in text[c.start:c.end] and words[0] not in phrases.MONTHS
                and not lookup(after, glued=False) and not _CURRENCY_WORDS.match(text[c.end:c.end + 40])
                and not _QUALIFIER_BEFORE.search(text[max(0, c.start - 30):c.start])):
            return True  # the 787 Dreamliner, two new 737 Max jets
    return None


# "the top", "Europe's top", "their bottom": a definite set, whose size the figure may be
_DEFINITE_TOP = re.compile(r"(?:\b(?:the|its|their|his|her|our|my|your|these|those)|\w['’]s?)"
                           r"[ \u00a0]+(?:top|bottom)[ \u00a0-]*$", re.IGNORECASE)
# a plural noun, perhaps after one word: "seeds", "oil producers", "richest people"
_PLURAL_AFTER = re.compile(r"[ \u00a0](?:[a-z]+[ \u00a0])?([a-z]{3,}s|people|men|women|children)\b")


def _rank(text: str, c: _Candidate) -> bool | None:
    """After "top" or "bottom": True for a rank ("a top 10 hit", "a top-five finish", "the
    bottom three"), False for the size of a set ("the top three seeds", "the top 10
    universities"), None where no "top" or "bottom" stands before the figure."""
    if c.kind not in ("digits", "words") or \
            _previous_word(text, c.start).lower().rstrip("-") not in ("top", "bottom"):
        return None
    after = text[c.end:c.end + 12]
    if _unit_or_scale_glued(after.lstrip()) or _PERCENT_AFTER.match(after):
        return None  # "the top 5% of earners", "the top 1m"
    plural = _PLURAL_AFTER.match(text, c.end)
    if plural and plural.group(1) not in phrases.NOT_PLURALS and \
            _DEFINITE_TOP.search(text[max(0, c.start - 30):c.start]):
        return False
    return True


# the tests of _not_a_figure, in the order they are tried
_WORD_TESTS = (_rank, _word_name_or_position, _pronoun_one)
_DIGIT_TESTS = (_rank, _glued, _list_marker, _date_or_time, _year, _phone_or_code, _name_or_label)


def _unit_or_scale_glued(after: str) -> bool:
    m = re.match(r"[A-Za-z%°]+", after)
    if not m:
        return False
    word = m.group()
    return word in SCALES or lookup(after, glued=True) is not None or word.lower() in (
        "p", "cents", "c", "pc", "pct", "bn", "mn", "tn", "k") or bool(
        _CODE_AFTER.match(after) or _SYMBOL_AFTER.match(after) or _SIGN_AFTER.match(after))


# ---------------------------------------------------------------------------- the scan


@dataclass(slots=True)
class _Figure:
    """A quantity being assembled; becomes a Quantity at the end."""

    start: int
    end: int
    value: float
    kind: str
    factor: float = 1.0  # the scale word's factor ("bn" -> 1e9), 1 when none
    currency: str = ""
    unit: Unit | None = None
    unit_name: str = ""
    noun: str = ""
    qualifier: str = "exact"
    change: str = ""
    low: float | None = None
    high: float | None = None


def _taken(text: str, start: int) -> bool:
    """Whether a currency word ending at `start` already follows another figure ("50 dollar 40")."""
    return bool(re.search(r"\d[ \u00a0]*$", text[max(0, start - 6):start]))


_PERCENT_AFTER = re.compile(r"[ \u00a0]?(?:%|per[ \u00a0]?cent\b|percent\b|pc\b|pct\b)",
                            re.IGNORECASE)


def _currency_before(text: str, fig: _Figure) -> None:
    window = text[max(0, fig.start - 8):fig.start]
    m = _DOLLAR_PREFIX.search(window)
    if m:
        fig.currency = currencies.DOLLAR_PREFIXES[m.group(1).lower()]
        fig.start -= len(m.group(0))
        return
    m = _SYMBOL_BEFORE.search(window)
    if m and m.group(1) == "PS" and fig.end - fig.start < 3:
        return  # "PS5" is a games console; "PS2.7m" an ASCII-folded "£2.7m"
    if m:
        fig.currency = currencies.SYMBOLS[m.group(1)]
        fig.start -= len(m.group(0))
        return
    m = _CODE_BEFORE.search(window)
    if m and _taken(text, fig.start - len(m.group(0))):
        m = None
    if m and (m.group(1) is None or m.group(1) == "M") and (
        m.group(2).isupper() or m.group(3) or not m.group(1)
    ):
        fig.currency = currencies.CASELESS_CODES[m.group(2).upper()]
        fig.start -= len(m.group(0))
        if m.group(1):
            fig.value = scaled(fig.value, 1e6)
            fig.factor = 1e6
        return
    m = _WORD_BEFORE_AMOUNT.search(text[max(0, fig.start - 30):fig.start])
    if m and fig.kind == "digits" and not _taken(text, fig.start - len(m.group(0))) \
            and not _PERCENT_AFTER.match(text[fig.end:fig.end + 12]):
        # "euro 5 million" is money; "pushed the euro 1.2% lower" a move of the euro
        word = m.group(1).lower()
        fig.currency = currencies.WORDS.get(word) or currencies.WORDS.get(word + "s", "")
        fig.start -= len(m.group(0))


# what follows a million, not a metre: a noun ("4m viewers"), a people ("1.6m Muslims"), an
# acronym's plural ("4m DS consoles")
_NOUN_AFTER_M = re.compile(r"[ \u00a0](?:[a-z]|[A-Z][a-z]+s\b(?!['’])|[A-Z]{2,}[ \u00a0](?:[A-Z][a-z]+[ \u00a0])?[a-z]+s\b)")
# the money end of a range whose other end is the figure: "$10-25m", "£5-10m"
_MONEY_RANGE_START = re.compile(r"[$£€¥][\d.,]+[ \u00a0]?[-–][ \u00a0]?$")
# nouns a "K" stands before as a unit, not thousands: "a 10K road race", "a 56k modem"
_K_NOUNS = {"run", "race", "road", "modem", "modems", "dial", "dial-up", "broadband", "line",
            "lines", "connection", "connections"}


def _scale_after(text: str, fig: _Figure) -> None:
    skip = 0
    if fig.kind == "fraction":  # "half a million"
        a = re.match(r"[ \u00a0]+an?(?=[ \u00a0]+(?:thousand|million|billion|trillion)\b)",
                     text[fig.end:fig.end + 20])
        skip = a.end() if a else 0
    m = _SCALE.match(text[fig.end + skip:fig.end + skip + 24])
    if not m or fig.kind == "vague":
        return
    space, word = m.group(1), m.group(2)
    factor = SCALES.get(word) or (SCALES.get(word.lower()) if len(word) > 2 else None)
    if not factor:
        return
    if word in AMBIGUOUS_SCALES:
        if space and space != "-":
            return  # "5 m" is five metres; "5m" may be five million
        rest = text[fig.end + m.end():fig.end + m.end() + 30]
        follows = _next_word(text, fig.end + m.end()).lower()
        money = fig.currency or _CURRENCY_WORDS.match(rest) or _MONEY_RANGE_START.search(
            text[max(0, fig.start - 16):fig.start])
        if not money:
            if word in ("m", "M"):
                if (not _NOUN_AFTER_M.match(rest) or follows in _MEASURE_WORDS | _NO_NOUN
                        or re.search(r"\d[x×]$", text[max(0, fig.start - 2):fig.start])) and (
                        follows in _MEASURE_WORDS or not _audience_near(text, fig)):
                    return  # "400m", "a 5m-high wall", "the 4x100m quartet": metres
            elif word.lower() == "k":
                if not re.match(r"^[ \u00a0][a-z]", rest) or follows in _MEASURE_WORDS | _K_NOUNS:
                    return  # "the 10k run", "the women's 5K final", "a 56k modem": no thousands
            else:
                return
    if fig.kind in ("words", "fraction") and factor < 1e3:
        return
    if fig.kind == "fraction":
        fig.kind = "words"  # "half a million" is an amount, no longer a fraction
    fig.value = scaled(fig.value, factor)
    fig.factor *= factor
    fig.end += skip + m.end()
    if factor == 100 or (factor >= 1e3 and re.match(r"[ \u00a0](?:thousand|million|billion)\b",
                                                     text[fig.end:fig.end + 10])):
        _scale_after(text, fig)  # "4 hundred million", "half a million"


def _audience_near(text: str, fig: _Figure) -> bool:
    """Whether the figure's sentence speaks of an audience ("peaked at 11.9m" viewers)."""
    before = _sentence_before(text, fig.start, 100)
    after = re.split(r"[.!?]\s", text[fig.end:fig.end + 80])[0]
    words = set(re.findall(r"[a-z]+", (before + " " + after).lower()))
    return bool(phrases.AUDIENCE_CUES & words) and not phrases.LENGTH_CUES & words


def _currency_after(text: str, fig: _Figure) -> None:
    rest = text[fig.end:fig.end + 40]
    if not fig.currency:
        m = _CURRENCY_WORDS.match(rest)
        if m and m.group(1).lower() in ("pound", "pounds") and not _money_context(text, fig):
            m = None  # "drop 25 pounds", "a 2,204.62-pound load": weight
        if m and m.group(1).lower() == "won" and not (
                fig.factor > 1 or re.match(r"[ \u00a0]?\((?:US)?[$£€]", rest[m.end():])):
            m = None  # "5 won awards": the verb; "6.5 trillion won", "9,000 won ($7)": money
        if m and not re.match(r"-[A-Za-z]", rest[m.end():m.end() + 2]):  # not "pound-feet"
            fig.currency = currencies.WORDS[m.group(1).lower()]
            fig.end += m.end()
            return
        m = _SYMBOL_AFTER.match(rest)
        if m and m.group(1).isupper() and len(m.group(1)) == 3:
            fig.currency = currencies.SYMBOLS[m.group(1)]
            fig.end += m.end()
            _scale_after(text, fig)  # "75 USD million"
            return
        m = _CODE_AFTER.match(rest)
        if m and (m.group(2).isupper() or not m.group(1)) and (m.group(1) is None or m.group(1) == "M"):
            fig.currency = currencies.CASELESS_CODES[m.group(2).upper()]
            fig.end += m.end()
            if m.group(1) and fig.factor == 1:
                fig.value = scaled(fig.value, 1e6)  # "30 MUSD": millions of US dollars
                fig.factor = 1e6
            _scale_after(text, fig)
            return
        m = _SIGN_AFTER.match(rest)
        if m:
            fig.currency = currencies.SIGNS[m.group(1)]  # "15 €", "100元"
            fig.end += m.end()
            return
        m = _SHARED_NAME.match(rest)
        if m:
            fig.unit_name = currencies.SHARED_NAMES[m.group(1).lower()]  # "528 million francs"
            fig.end += m.end()
            return
        m = _CUED_SYMBOL.match(rest)
        if m and _money_near(text, fig):
            fig.currency = currencies.CUED_SYMBOLS[m.group(1)]  # "the ticket cost me 150 kn"
            fig.end += m.end()
            return
        m = _SUBUNIT.match(rest)
        if m and fig.kind == "digits" and fig.factor == 1:
            word = (m.group(1) or m.group(2)).lower()
            fig.unit_name = currencies.SUBUNITS.get(word, "cent")
            fig.end += m.end()
    else:
        # "$5 billion (US dollars)": a repeated name after a symbol is part of the figure
        m = _CURRENCY_WORDS.match(rest)
        if m and currencies.WORDS[m.group(1).lower()] == fig.currency:
            fig.end += m.end()


def _money_context(text: str, fig: _Figure) -> bool:
    """Whether "pounds" after this figure are money: a scale word or a money word nearby."""
    of_what = re.match(r"[ \u00a0](?:of[ \u00a0])?pounds?[ \u00a0]of[ \u00a0]((?:[\w'’]+[ \u00a0]?){1,3})",
                       text[fig.end:fig.end + 60])
    if of_what:  # "pounds of cannabis" weigh; "pounds of lottery money" are paid
        return _money_word(of_what.group(1))
    if fig.factor > 1 or fig.kind == "vague" or fig.value >= 1e6:
        return True  # "£5m", "millions of pounds", "a trillion pounds"
    return _money_word(text[max(0, fig.start - 60):fig.end + 40])


def _money_near(text: str, fig: _Figure) -> bool:
    """Whether a money word stands close to the figure in its clause: "paid 150 kn"; not
    "the yacht, which cost a fortune, can reach 40 kn"."""
    before = re.split(r"[,.!?;:]\s", text[max(0, fig.start - 40):fig.start])[-1]
    after = re.split(r"[,.!?;:]\s", text[fig.end:fig.end + 30])[0]
    return fig.factor > 1 or _money_word(before + " " + after)


def _money_word(text: str) -> bool:
    """Whether `text` holds a word of money (MONEY_CUES: "cost", "fee", "£", ...)."""
    return any(w in phrases.MONEY_CUES for w in re.findall(r"[a-z£]+", text.lower()))


_CENTS = re.compile(r"^[ \u00a0]*(?:and[ \u00a0]+)?(?=\S)")
_CENTS_END = re.compile(r"^[ \u00a0]*(?:(cents?|pence|p|c|centavos?)\b|(?=[.,;!?)]|$|[ \u00a0]more\b))",
                        re.IGNORECASE)


def _cents_after(text: str, fig: _Figure, nxt: _Candidate | None) -> bool:
    """"3 dollars 50 cents", "15 USD 50": whole units then a number of hundredths."""
    if nxt is None or not fig.currency or fig.factor != 1 or not math.isfinite(fig.value) \
            or fig.value != int(fig.value) or not math.isfinite(nxt.value):
        return False
    gap = _CENTS.match(text[fig.end:fig.end + 8])
    if not gap or nxt.start != fig.end + gap.end() or not 0 < nxt.value < 100:
        return False
    if nxt.value != int(nxt.value):
        return False
    tail = _CENTS_END.match(text[nxt.end:nxt.end + 12])
    if not tail:
        return False
    fig.value = float(Decimal(repr(fig.value)) + Decimal(repr(nxt.value)) / 100)
    fig.end = nxt.end + (tail.end() if tail.group(1) else 0)
    return True


_BRACKETED_UNIT = re.compile(r"[ \u00a0]?[(\[{<][ \u00a0]?([^\s()\[\]{}<>]{1,8})[ \u00a0]?[)\]}>]")
_CUED_UNIT = re.compile(r"[ \u00a0]?(" + "|".join(map(re.escape, CUED_UNITS)) + r")\b(?![-/])")
_INCH_MARK = re.compile(r"[ \u00a0]?″|[ \u00a0]?\"(?=[ \u00a0](?:long|wide|tall|high|thick|screen|display|monitor|tv|deep)\b)")


def _unit_after(text: str, fig: _Figure) -> None:
    if fig.currency or fig.unit_name:
        return
    rest = text[fig.end:fig.end + 60]
    m = _BRACKETED_UNIT.match(rest)
    if m and lookup(" " + m.group(1), glued=True):
        fig.unit = lookup(" " + m.group(1), glued=True)[0]  # "20 (kg)", "20 [kg]"
        fig.end += m.end()
        return
    m = _CUED_UNIT.match(rest)
    if m:
        window = text[max(0, fig.start - 80):fig.end + 60].lower()
        near = set(re.findall(r"[a-z][a-z0-9]*(?:-[a-z]+)*|\d+", window))  # "224kW": "kw"
        for name, dimension, cues in CUED_UNITS[m.group(1)]:
            if cues & near:
                fig.unit = Unit(name, dimension)  # "190 PS" near "engine", "kW", "torque"
                fig.end += m.end()
                return
    m = _INCH_MARK.match(rest)
    if m:
        fig.unit = Unit("inch", "length")  # 25.5″, a 10" pen
        fig.end += m.end()
        return
    glued = bool(rest[:1]) and not rest[:1].isspace()
    probe = " " + rest[1:] if rest[:1] == "-" else rest
    found = lookup(probe, glued=glued and rest[:1] != "-")
    skip = 0
    if found is None:
        # "517 rushing yards", "1/16 of a US pint": a word, or "of a", before the unit
        m = re.match(r"[ \u00a0](?:[a-z]+ing|additional|extra|further|consecutive|straight|"
                     r"successive|previous|more|full|whole|long)(?=[ \u00a0])"
                     r"|[ \u00a0]of[ \u00a0]an?(?:[ \u00a0]" + _SYSTEM + r")?(?=[ \u00a0])"
                     r"|[ \u00a0]" + _SYSTEM + r"(?=[ \u00a0])", rest)  # "5 US gallons"
        if m:
            found = lookup(rest[m.end():], glued=False)
            skip = m.end() if found else 0
    if found is None and fig.kind == "vague":
        m = re.match(r"[ \u00a0]of(?=[ \u00a0])", rest)  # "hundreds of miles", "tens of km"
        found = lookup(rest[m.end():], glued=False) if m else None
        skip = m.end() if found else 0
    if found is None:
        return
    unit, length = found
    if skip and re.search(r"\b(?:imperial|UK)$", rest[:skip]):
        imperial = Unit(f"imperial {unit.name}", unit.dimension)  # "5 imperial pints"
        unit = imperial if to_base(1, imperial)[0] is not None else unit
    fig.unit = unit
    fig.end += skip + length


# "$793m a year ago", "£125m a year earlier": a time back, not a rate
_AGO = re.compile(r"(?:year|month|week|day|quarter|decade)[ \u00a0]+(?:ago|earlier|before|"
                  r"previously|later|back)\b", re.IGNORECASE)


def _rate_after(text: str, fig: _Figure) -> None:
    """"$4 a share", "barrels per day", "50 centimeters/millisecond": a rate."""
    if not (fig.currency or fig.unit or fig.unit_name):
        return
    rest = text[fig.end:fig.end + 40]
    m = _RATE.match(rest)
    if not m:
        # "2.4 billion gallons of jet fuel a year": a rate over time after what is measured
        of = re.match(r"[ \u00a0]of(?:[ \u00a0][a-z]+){1,3}?(?=[ \u00a0](?:a|an|per|every)[ \u00a0]"
                      r"(?:year|day|week|month|hour|annum)\b)", rest)
        if of and (fig.unit or fig.unit_name):
            fig.end += of.end()
            rest = text[fig.end:fig.end + 40]
            m = _RATE.match(rest)
    if not m or _AGO.match(rest, m.start(1)):
        return
    base = fig.unit_name or (fig.unit.name if fig.unit else currencies.NAMES[fig.currency])
    words = m.group(1).lower()
    for candidate in (words, words.split(" ")[0]):
        noun = _PER_NOUNS.get(candidate) or _PER_NOUNS.get(candidate.rstrip("s"))
        if noun:
            fig.unit_name = f"{base} per {noun}"
            fig.end += m.start(1) + len(candidate)
            return
    if "/" in rest[:m.start(1)]:
        found = per_unit(rest[m.start(1):])  # "m/s2", "A/cm2": a power after the slash
    else:
        found = lookup(" " + rest[m.start(1):], glued=False)
        found = found and (found[0], found[1] - 1)
    if found:
        unit, length = found
        fig.unit_name = f"{base} per {unit.name}"
        fig.end += m.start(1) + length


def _counted_noun(text: str, fig: _Figure) -> None:
    if fig.currency or fig.unit or fig.unit_name:
        return
    words = re.findall(r"[A-Za-z][\w'-]*", text[fig.end:fig.end + 50])
    while words and words[0].lower() in _NOT_NOUNS:
        words.pop(0)
    if words and words[0] in _NO_NOUN:
        return
    if words and words[0][:1].islower() and re.match(r"^[ \u00a0-](?:of )?(?:the |a |an |its |their )?[a-z]", text[fig.end:fig.end + 30]):
        fig.noun = words[0]


def _qualifier_before(text: str, fig: _Figure) -> int:
    """Set the qualifier from the words before; return where those words start."""
    window = text[max(0, fig.start - 30):fig.start]
    m = _QUALIFIER_BEFORE.search(window)
    if not m:
        return fig.start
    phrase = m.group(1).lower()
    if phrase in ("some of",):
        return fig.start
    if phrase == "up to" and re.search(r"\b(?:went|go|goes|gone|going|moved|rose|climbed|jumped|"
                                       r"edged|crept|ticked|shot|risen|surged)\s+$",
                                       text[max(0, fig.start - 40):fig.start - len(window) + m.start(1)]):
        fig.change = "up"  # "went up to 5.5%": a rise to a level, not a bound
        return fig.start - (len(window) - m.start(1))
    if phrase == "over" and _over_a_span(text, fig, fig.start - (len(window) - m.start(1))):
        return fig.start
    fig.qualifier = phrases.QUALIFIERS[phrase]
    return fig.start - (len(window) - m.start(1))


def _over_a_span(text: str, fig: _Figure, over: int) -> bool:
    """Whether the "over" at `over` spreads the figure before it over a span of time ("£960m
    over 15 years", "built up over 20 years"): "during", no bound. Not "for over 40 years",
    "over 20 years ago", nor a rate ("over 20 hours a week")."""
    if fig.unit is None or fig.unit.dimension != "time" or fig.unit_name or \
            re.match(r"[ \u00a0]+ago\b", text[fig.end:fig.end + 6]):
        return False
    head = text[max(0, over - 60):over]
    if _SENTENCE_START.search(head) or _CLAUSE_START.search(head):
        return False  # "Over 20 years, the firm grew": no word before to read
    return _previous_word(text, over).lower() not in phrases.OVER_SPAN_MORE_THAN


def _qualifier_after(text: str, fig: _Figure) -> None:
    m = _QUALIFIER_AFTER.match(text[fig.end:fig.end + 16])
    if m and fig.qualifier == "exact":
        fig.qualifier = phrases.QUALIFIERS_AFTER[m.group(1).lower()]


# where a sentence ends: a full stop and a capital, or a line break ("it added. Some 45,000")
_SENTENCE_END = re.compile(r"[.!?][\"”’')]*\s+(?=[\"“‘(]?[A-Z0-9£$€]|$)|\n")
# where a clause ends, looking back from a "by" or "from" figure
_CLAUSE_END = re.compile(r"[,;:()\"“”]|\b(?:which|who|that|while|whilst|but|and|when|as|after|"
                         r"because|although|though|if|whereas|since|before|until)\b",
                         re.IGNORECASE)
_BE = {"is", "are", "was", "were", "be", "been", "being", "get", "got", "gets"}
# "from £6 to £10", "from 5% in 2004 to 4.25%": a first level, then the level reached
_TO_LEVEL = re.compile(r"(?:(?![.;!?]\s|\n).){0,60}?\bto\b", re.IGNORECASE)


def _sentence_before(text: str, start: int, reach: int) -> str:
    """The text before `start` within `reach` characters, not past the start of its sentence."""
    window = text[max(0, start - reach):start]
    ends = list(_SENTENCE_END.finditer(window))
    return window[ends[-1].end():] if ends else window


_GO = {"go", "goes", "went", "gone", "going"}


def _change_before(text: str, start: int, far: bool = True) -> str:
    """"rose 5%", "fell by 2 points", "cut prices by 5%", "+0.2%": the change a figure states;
    `far` also reads a verb further back in the clause (`_change_in_clause`)."""
    sign = text[max(0, start - 1):start]
    if sign == "+":
        return "up"
    words = re.findall(r"[A-Za-z]+", _sentence_before(text, start, 60))[::-1]
    lead = next((k for k, w in enumerate(words) if w.lower() not in phrases.CHANGE_FILLER
                 or w.lower() == "by"), len(words))
    if lead + 1 < len(words) and words[lead].lower() == "of":
        noun = words[lead + 1].lower()  # "an increase of just 112%": the noun before "of"
        if noun in phrases.CHANGE_NOUNS_OF_UP:
            return "up"
        if noun in phrases.CHANGE_NOUNS_OF_DOWN:
            return "down"
    if len(words) > 2 and words[0].lower() == "as" and words[1].lower() in ("down", "up") \
            and words[2].lower() in _GO:
        return ""  # "will go down as one of the greatest": a verdict, not a move
    reach = 6
    for i, w in enumerate(words[:reach]):
        lw = w.lower()
        if lw == "up" and i == 0 and text[start - 4:start].lower().startswith("to"):
            return ""
        if lw == "up" and i + 1 < len(words) and words[i + 1].lower() in phrases.NOT_CHANGE_UP:
            return ""  # "gave up 517 yards", "picked up 3 points"
        if lw in phrases.CHANGE_UP:
            return "up"
        if lw in phrases.CHANGE_DOWN:
            return "down"
        if i == 0 and lw == "of" and len(words) > 1:
            noun = words[1].lower()  # "a decline of 133,000", "a sales increase of 6.5%"
            return "up" if noun in phrases.CHANGE_NOUNS_OF_UP else (
                "down" if noun in phrases.CHANGE_NOUNS_OF_DOWN else "")
        if i == 0 and lw == "by":
            reach = 4  # "grow sales by 35%": the verb may stand one or two words back
            continue
        if lw not in phrases.CHANGE_FILLER and not (reach == 4 and i <= 3):
            break
    return _change_in_clause(text, start) if far else ""


def _change_in_clause(text: str, start: int) -> str:
    """"cut production in North America by 3%", "raised the limit for investors from 49% to
    74%": a verb of change further back in the clause than a "by" or "from" before the figure;
    not a passive's agent ("dominated by four firms") nor a spread ("ranging from £19")."""
    clause = _CLAUSE_END.split(_sentence_before(text, start, 120))[-1]
    words = [w.lower() for w in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*|\d", clause)][::-1]
    if re.match(r"from\b", text[start:start + 5], re.IGNORECASE):
        words.insert(0, "from")  # called at the "from" of "from 49% to 74%"
    lead = next((k for k, w in enumerate(words) if w not in phrases.CHANGE_FILLER or w == "by"),
                len(words))
    if lead >= len(words) or words[lead] not in ("by", "from"):
        return ""
    if words[lead] == "from" and not _TO_LEVEL.match(text, start):
        return ""  # "rising to meet the cross from eight yards": a place, not a level
    rest = words[lead + 1:lead + 13]
    if words[lead] == "by" and rest and (rest[1:2] and rest[1] in _BE or rest[0].endswith(
            ("ed", "en")) and rest[0] not in phrases.CHANGE_VERBS_UP | phrases.CHANGE_VERBS_DOWN):
        return ""  # "dominated by", "was hit by": the agent of a passive
    for w in rest:
        if w in phrases.RANGE_WORDS or w.isdigit():
            return ""  # "ranging from £19"; "rose to $7bn from $6bn": the verb has its figure
        if w in phrases.CHANGE_VERBS_UP:
            return "up"
        if w in phrases.CHANGE_VERBS_DOWN:
            return "down"
    return ""


def _change_after(text: str, end: int) -> str:
    """"a 12% drop", "5% higher": a change noun or comparative right after the figure."""
    m = re.match(r"[\s,]*([A-Za-z]+)", text[end:end + 30])
    if not m:
        return ""
    word = m.group(1).lower()
    if word in phrases.CHANGE_AFTER_UP:
        return "up"
    if word in phrases.CHANGE_AFTER_DOWN:
        return "down"
    return ""


def _is_level_after_change(text: str, fig: _Figure, previous: Quantity | None) -> bool:
    """"rose 18 sen to RM23.50", "ended down 1% at 1,463.78": the second figure is the level
    reached, not a change; the change is the first figure's."""
    if previous is None or not previous.change or fig.start - previous.end > 30:
        return False
    between = text[previous.end:fig.start].lower()
    return bool(re.fullmatch(r"[\s,]*(?:to|at|to end at|to close at|to finish at|to stand at"
                             r"|to settle at)\s*", between))


_EQUIVALENT = re.compile(r"[ \u00a0]*[(\[/][ \u00a0]*(?:or[ \u00a0]+|about[ \u00a0]+)?")


def _equivalent_of(text: str, fig: _Figure, previous: Quantity | None) -> Quantity | None:
    """"more than 7.5m crowns (US$1.1m)", "296 hp (224 kW / 300 PS)": the same figure restated."""
    if previous is None or fig.start < previous.end:
        return None
    return previous if _EQUIVALENT.fullmatch(text[previous.end:fig.start]) else None


def _unit_of(fig: _Figure) -> tuple[str, str, str]:
    """(unit, dimension, currency) as the table writes them."""
    if fig.currency:
        name = fig.unit_name or currencies.NAMES[fig.currency]
        return name, "currency", fig.currency
    if fig.unit_name:
        if fig.unit:
            return fig.unit_name, fig.unit.dimension, ""
        return fig.unit_name, "currency", ""
    if fig.unit:
        return fig.unit.name, fig.unit.dimension, ""
    if fig.kind == "fraction":
        return "fraction", "fraction", ""
    return "count", "count", ""


def _assemble(text: str, c: _Candidate) -> _Figure:
    fig = _Figure(c.start, c.end, c.value, c.kind, high=c.high)
    if c.high is not None:
        fig.low = c.value
    _currency_before(text, fig)
    _scale_after(text, fig)
    _currency_after(text, fig)
    _unit_after(text, fig)
    _rate_after(text, fig)
    if not math.isfinite(fig.value):
        fig.kind = "overflow"  # "9"*300 + "bn": past what a float holds; no figure
    return fig


def find_quantities(text: str) -> list[Quantity]:
    """Every figure in `text`, in order.  Never raises on a string.

    >>> [(q.surface, q.value, q.currency) for q in find_quantities("Britain pledged a £2.26bn loan")]
    [('£2.26bn', 2260000000.0, 'GBP')]
    """
    if not isinstance(text, str) or not text:
        return []
    return _Scan(text, _figure_candidates(text)).run()


def _figure_candidates(text: str) -> list[_Candidate]:
    """The numbers of `text` that may be figures: dates, times, scores and names dropped."""
    candidates: list[_Candidate] = []
    dropped: list[_Candidate] = []
    for c in _candidates(text):
        if _not_a_figure(text, c):
            dropped.append(c)
        elif c.kind == "digits" and text[c.start - 1:c.start] in ("-", "–") \
                and dropped and dropped[-1].end == c.start - 1 \
                and not _unit_or_scale_glued(text[c.end:c.end + 12]):
            dropped.append(c)  # "Olympiakos 3-1", "Boeing 737-800", "2005-6": one token
        else:
            candidates.append(c)
    # and the left end of a pair whose right end is not a figure: "6-4 3-6", "5-10pm"
    gone = {d.start for d in dropped}
    return [c for c in candidates if not (
        c.kind == "digits" and text[c.end:c.end + 1] in ("-", "–") and c.end + 1 in gone)]


class _Scan:
    """One pass over the candidates, left to right, and what a figure passes to the next."""

    def __init__(self, text: str, candidates: list[_Candidate]) -> None:
        self.text = text
        self.candidates = candidates
        self.out: list[Quantity] = []
        self.i = 0  # the next candidate to read
        self.covered = 0  # text up to here belongs to figures already made
        self.carried_change = ""  # "rose from 15 to 23": the second figure shares the first's change
        self.carried_measure: _Figure | None = None  # and a bare second one the first's unit
        self.last: _Figure | None = None  # the figure made before, to read a bare "294.3m" after "1m barrels"
        self.made: list[_Figure] = []  # the figures made so far

    def run(self) -> list[Quantity]:
        while self.i < len(self.candidates):
            c = self.candidates[self.i]
            self.i += 1
            if c.start < self.covered:
                continue
            fig = _assemble(self.text, c)
            if fig.kind == "overflow":
                self.covered = fig.end
                continue
            q = self._figure(fig)
            if q is not None:
                self.out.append(q)
                self.made.append(fig)
        return self.out

    def _following(self, fig: _Figure) -> _Candidate | None:
        """The first candidate after `fig`."""
        return next((c for c in self.candidates[self.i:] if c.start >= fig.end), None)

    def _figure(self, fig: _Figure) -> Quantity | None:
        text = self.text
        _millions_after_millions(text, fig, self.last)
        if self.last is None or not _EQUIVALENT.fullmatch(text[self.last.end:fig.start]):
            self.last = fig  # "$28.5m (£15.2m), a total of 204.3m": the restatement is not the lead
        fig.change, self.carried_change = self.carried_change, ""
        if self.carried_measure is not None:
            _carry_measure(fig, self.carried_measure, scale=False)
            self.carried_measure = None
        nxt = self._following(fig)
        if _cents_after(text, fig, nxt):
            nxt = self._following(fig)
        if nxt is not None and self._join(fig, nxt):
            return None  # "won 3-1": a score, not figures
        if nxt is not None:
            _unit_written_once(text, fig, nxt)
            _currency_of_whole(text, fig, nxt)
            _share_out_of(text, fig, nxt)
        self.covered = fig.end
        return self._finish(fig)

    def _join(self, fig: _Figure, candidate: _Candidate) -> bool:
        """Join `fig` to the next figure as a range ("10-15 people"), or link the two levels of
        a change ("from 208 pounds to 193").  True when the two are a score instead."""
        text = self.text
        join = _RANGE_JOIN.match(text[fig.end:fig.end + 6])
        if not join:
            return False
        nxt = _assemble(text, candidate)
        joiner = join.group().strip().lower()
        adjacent = nxt.start == fig.end + join.end()
        if adjacent and joiner in ("-", "–", "—") and _is_score(text, fig, nxt):
            self.covered = nxt.end
            return True
        lead = text[max(0, fig.start - 24):fig.start].lower()
        change = _change_before(text, _from_start(text, fig.start))
        from_to = joiner == "to" and bool(_FROM.search(lead))
        if adjacent and _is_range(fig, nxt, joiner, lead, change):
            if from_to and _descends(fig, nxt):
                change = "down"  # "slow from 4.8 to 4.7 percent": a fall, not a range
            else:
                _merge_range(fig, nxt)
                after = self._following(fig)
                to = re.match(r"[ \u00a0]to[ \u00a0]", text[fig.end:fig.end + 4])
                if to and after is not None and after.start == fig.end + to.end() \
                        and _FROM.search(lead):
                    # "rose from 14-18 mpg to 24": a range is the first level of a change
                    fig.change = self.carried_change = change
                    _carry_measure(fig, _assemble(text, after))
                    self.carried_measure = fig
                return False
        if adjacent and from_to:
            fig.change = self.carried_change = change
            _carry_measure(fig, nxt)
            self.carried_measure = fig  # "from 208 pounds to 193": the second is in pounds
        return False

    def _finish(self, fig: _Figure) -> Quantity | None:
        """Age, counted noun, qualifier and change, then the row."""
        text = self.text
        previous = self.out[-1] if self.out else None
        if _is_age(text, fig) or _aged(text, fig, previous):
            fig.unit = Unit("year of age", "age")
        _counted_noun(text, fig)
        _parallel_measure(text, fig, self.made)
        qualifier_start = _qualifier_before(text, fig)
        _qualifier_after(text, fig)
        if fig.kind == "vague" and fig.qualifier == "exact":
            fig.qualifier = "at_least"
        if text[max(0, fig.start - 4):fig.start].lower() == "sub-" and fig.qualifier == "exact":
            fig.qualifier = "less_than"  # "sub-5 nanometre chips"
        same = _equivalent_of(text, fig, previous)
        if same is not None and fig.qualifier == "exact":
            fig.qualifier = same.qualifier
        if not fig.change and not _is_level_after_change(text, fig, previous):
            # a change noun after the figure outweighs a verb further back: "a decline from
            # the 0.2% growth"
            fig.change = (_change_before(text, qualifier_start, far=False)
                          or _change_after(text, fig.end)
                          or (same.change if same is not None else "")
                          or _change_in_clause(text, qualifier_start))
        if fig.kind == "words" and fig.value == 1 and not (fig.unit or fig.currency or fig.noun):
            return None  # "one" standing alone is a pronoun, not a figure
        return _to_quantity(text, fig)


# the word that leads the figure of a clause of change: "rose by 2%", "closed at 1,463.78
# points", "go down to 20"; group 1 the verb, group 2 the lead
_PARALLEL_LEAD = re.compile(r"\b([a-z]+)[ \u00a0]+(by|at|to)[ \u00a0]+$", re.IGNORECASE)
_PARALLEL_VERBS = phrases.CHANGE_UP | phrases.CHANGE_DOWN | phrases.LEVEL_VERBS
_CLAUSE_JOIN = re.compile(r",|;|\b(?:and|but|while|whereas)\b", re.IGNORECASE)
_COUNTED = re.compile(r"\b(?:number|total|count)\s+of\b", re.IGNORECASE)  # "the number of shops fell by 12"


def _parallel_measure(text: str, fig: _Figure, made: list[_Figure]) -> None:
    """"the FTSE rose by 0.8% while the Dow fell by 1", "the Nikkei closed at 21,500 points and
    the Hang Seng ended at 27,100": a bare figure led by a verb of change and the same word as
    a figure of a clause before, in the same sentence, is in that figure's unit (money and
    rates excepted: "coffee rose to $1.42 a pound and cocoa to 2,310" is per tonne)."""
    if fig.kind != "digits" or fig.currency or fig.unit or fig.unit_name or fig.noun:
        return
    lead = _PARALLEL_LEAD.search(text[max(0, fig.start - 24):fig.start])
    if not lead or lead.group(1).lower() not in _PARALLEL_VERBS:
        return  # "cut staff by 300": the verb has its object, the figure counts it
    for before in reversed(made):
        between = text[before.end:fig.start]
        if _SENTENCE_END.search(between):
            return
        word = re.search(r"\b(by|at|to)[ \u00a0]+$", text[max(0, before.start - 8):before.start],
                         re.IGNORECASE)
        if word and word.group(1).lower() == lead.group(2).lower():
            clauses = _CLAUSE_JOIN.split(between)
            if len(clauses) > 1 and not _COUNTED.search(clauses[-1]) and before.unit \
                    and not (before.currency or before.unit_name):
                fig.unit = before.unit  # not money nor a rate: "$1.42 a pound ... up to 2,310"
            return


def _is_range(a: _Figure, b: _Figure, joiner: str, lead: str, change: str) -> bool:
    """Whether "a JOINER b" is one range: "10-15 people", "between five and six", "2 to 3
    kg"; not "5% to $1m", nor "rose from 15 to 23" (two levels of a change)."""
    clash = _measure(a) != _measure(b) and "" not in (_measure(a), _measure(b))
    by = re.search(r"\bby\s*\S*$", lead)
    if joiner == "to" and change and (by or _measure(a) != _measure(b)) and _measure(a):
        # "increased by $43.6bn to $419.2bn", "rose 8.15% to 3.65"; but "dropped
        # by 1 to 1.5 degrees" is a range: the unit is written once, at its end
        clash = True
    if joiner == "to" and change and a.value > 0 and b.value > 3 * a.value:
        clash = True  # "fell (by) 600,000 to 5.9 million", "closed up $2.80 to $51.15": the
        # change, then the level; "edged up 2% to 3%" stays a range
    from_to = joiner == "to" and _FROM.search(lead) and change
    return not clash and bool(
        (joiner == "and" and re.search(r"\bbetween\s+\S*$", lead))
        or joiner in ("-", "–", "—")
        or (joiner == "to" and not from_to)
        or (joiner == "or" and a.kind == "words" and b.kind == "words")
    )


def _unit_written_once(text: str, fig: _Figure, nxt: _Candidate) -> None:
    """"several hundred or even 1,000 megawatts", "2 or 3 kg": the unit is written once."""
    alt = _ALTERNATIVE.match(text[fig.end:fig.end + 24])
    if alt and nxt.start == fig.end + alt.end() and not _measure(fig):
        _carry_measure(fig, _assemble(text, nxt), scale=fig.kind != "vague")


def _currency_of_whole(text: str, fig: _Figure, nxt: _Candidate) -> None:
    """"280 million of the 1.5 billion shekels": a part is in the whole's currency."""
    part = re.match(r"[ \u00a0]+of[ \u00a0]+(?:the|its|their|a|an)[ \u00a0]+", text[fig.end:fig.end + 14])
    if part and nxt.start == fig.end + part.end() and not (fig.currency or fig.unit or fig.unit_name):
        whole = _assemble(text, nxt)
        if whole.currency:
            fig.currency = whole.currency


def _share_out_of(text: str, fig: _Figure, nxt: _Candidate) -> None:
    """"one out of three Germans": a share, 1/3; "117 million out of 833 million handsets"
    stays two counts."""
    ratio = re.match(r"[ \u00a0]+out[ \u00a0]+of[ \u00a0]+", text[fig.end:fig.end + 12])
    if ratio and nxt.start == fig.end + ratio.end() and nxt.value > 0 \
            and not (fig.currency or fig.unit) and fig.factor == 1 \
            and _assemble(text, nxt).factor == 1:
        fig.value, fig.kind, fig.end = fig.value / nxt.value, "fraction", nxt.end
        fig.low = fig.high = None


def _millions_after_millions(text: str, fig: _Figure, last: _Figure | None) -> None:
    """"fell 1m barrels to 294.3m", "£53m, up from 38m": a bare "m" after a figure in millions
    in the same sentence is millions of that figure's unit, not metres."""
    if last is None or last.factor < 1e6 or fig.unit is None or fig.unit.name != "metre" \
            or (last.unit is not None and last.unit.dimension == "length"):
        return
    if not (last.currency or last.unit or last.unit_name or last.noun):
        return  # "cleared 1.87m while": no sign the first was millions of anything
    if not re.fullmatch(r"[\d.,]+m", text[fig.start:fig.end]) or fig.start - last.end > 120 \
            or _next_word(text, fig.end).lower() in _MEASURE_WORDS:
        return  # "1.5m viewers saw the 200m final": a race
    if re.search(r"[.!?]\s+[A-Z\"“]|\n", text[last.end:fig.start]):
        return  # another sentence
    fig.value = scaled(fig.value, 1e6)
    fig.factor = 1e6
    fig.unit, fig.currency, fig.unit_name = last.unit, last.currency, last.unit_name


def _measure(fig: _Figure) -> str:
    """What a figure measures, to tell a range ("$1m to $2m") from two figures ("5% to $1m")."""
    if fig.currency:
        return "currency:" + fig.currency
    if fig.unit:
        return fig.unit.name
    return fig.unit_name


def _is_age(text: str, fig: _Figure) -> bool:
    """"Maddon, 66, said": a whole number set off by commas after a name is an age."""
    return (
        fig.kind == "digits" and not (fig.unit or fig.currency or fig.unit_name)
        and 0 < fig.value < 120 and fig.value == int(fig.value)
        and text[fig.end:fig.end + 1] == ","
        and bool(re.search(r"\b[A-Z][\w'’-]+,\s$", text[max(0, fig.start - 40):fig.start]))
    )


# "aged 25", "the age of 21", "the pension age will rise to 67", "life expectancy for men
# is around 73": a bare whole number a word of age leads to is years of age
_AGE_BEFORE = re.compile(
    r"(?:\baged|\bages?\b[^.;,()]{0,30}?\b(?:of|is|was|be|to|at|from|reached)"
    r"|\blife[ -]expectancy\b[^.;()]{0,40}?\b(?:of|is|was|be|to|at|from|reached))"
    r"[ \u00a0]+(?:(?:about|around|roughly|nearly|almost|just|over|under|below|above|between"
    r"|the|some|only)[ \u00a0]+)*$", re.IGNORECASE)
_AGE_PAIR = re.compile(r"^[ \u00a0]*(?:and|to|or|-|–)[ \u00a0]*$")


def _aged(text: str, fig: _Figure, previous: Quantity | None) -> bool:
    """A whole number a word of age leads to ("aged 25", "the age of 21"), or the second of
    a pair after one ("between the ages of 10 and 17")."""
    ends = (fig.value,) if fig.low is None else (fig.low, fig.high)
    if (fig.kind not in ("digits", "words") or fig.unit or fig.currency or fig.unit_name
            or not all(0 < v < 130 and v == int(v) for v in ends)):
        return False  # "aged 30-39": each end a whole number of years
    if _AGE_BEFORE.search(text[max(0, fig.start - 60):fig.start]):
        return True
    return (previous is not None and previous.unit == "year of age"
            and bool(_AGE_PAIR.match(text[previous.end:fig.start])))


# "from 15", "from about 14": the start of a change from one level to another
_FROM = re.compile(r"\bfrom\s+(?:(?:about|around|some|roughly|nearly|almost|just|over|"
                   r"under|up to)\s+)?$|\bfrom\s*$", re.IGNORECASE)


# "or", "or even", "or perhaps": a second figure offered in place of the first
_ALTERNATIVE = re.compile(r"[ \u00a0]or[ \u00a0](?:(?:even|perhaps|possibly|maybe)[ \u00a0])?",
                          re.IGNORECASE)


def _from_start(text: str, start: int) -> int:
    m = _FROM.search(text[max(0, start - 24):start])
    return start - (len(text[max(0, start - 24):start]) - m.start()) if m else start


_SET_AFTER = re.compile(r"[ \u00a0]*\(?\d{1,2}[-–]\d{1,2}\b(?![-–])")
_SET_BEFORE = re.compile(r"(?<![-–\d])\d{1,2}[-–]\d{1,2}\)?[ \u00a0]*\(?$")


def _is_score(text: str, a: _Figure, b: _Figure) -> bool:
    if a.currency or a.unit or a.factor > 1 or b.currency or b.unit or b.factor > 1:
        return False
    if not (a.value < 200 and b.value < 200 and a.value == int(a.value) and b.value == int(b.value)):
        return False
    if _SET_AFTER.match(text[b.end:b.end + 12]) or _SET_BEFORE.search(text[max(0, a.start - 12):a.start]):
        return True  # "6-4 3-6 7-6 (7-3)": set scores come in runs; ranges never do
    if a.value >= b.value:
        return True  # "crushed 5-1", "a 15-6 deficit", "2-2": a range is written low to high
    if _NAME_BEFORE.search(text[max(0, a.start - 30):a.start]) and _NAME_AFTER.match(text, b.end):
        return True  # "Clyde 0-5 Celtic": a result, one side's name each side
    words = re.findall(r"[a-z]+", text[max(0, a.start - 80):b.end + 40].lower())
    return any(cue in words for cue in phrases.SCORE_CUES | phrases.ODDS_CUES)


_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’.-]*[ \u00a0]$")
_NAME_AFTER = re.compile(r"[ \u00a0][A-Z]")


def _scale_carries(a: _Figure, b: _Figure) -> bool:
    """Whether b's scale word also scales a: "from 24.2 to 33 billion", "fell from 45 to 30bn";
    not "from $200,000 to $1.5 million" (a is written in full)."""
    return b.factor > 1 and a.factor == 1 and 0.1 <= a.value / (b.value / b.factor or 1) <= 10


def _descends(a: _Figure, b: _Figure) -> bool:
    """"from 4.8 to 4.7 percent": the first end is the larger, once b's scale is carried."""
    factor = b.factor if _scale_carries(a, b) else 1
    same = not (a.currency or a.unit) or not (b.currency or b.unit) or (
        (a.currency, a.unit) == (b.currency, b.unit))
    return same and a.value * factor > b.value


def _carry_measure(a: _Figure, b: _Figure, scale: bool = True) -> None:
    """"rose from 15 to 23 pence", "from 24.2 to 33bn euros": a bare figure of a change from
    one level to another is in the other's unit and currency (and scale, leftwards)."""
    if a.currency or a.unit or a.unit_name:
        return
    if scale and _scale_carries(a, b):
        a.value = scaled(a.value, b.factor)
        a.factor = b.factor
    a.currency, a.unit, a.unit_name = b.currency, b.unit, b.unit_name


def _merge_range(a: _Figure, b: _Figure) -> None:
    """Join two ends into one figure; the scale, unit and currency carry across.

    The scale carries leftwards only where the left end is smaller than the right one
    unscaled: "10 to 20 billion" is 10bn-20bn, "$200,000 to $1.5 million" is not 200bn.
    """
    if b.factor > 1 and a.factor == 1 and a.value < b.value / b.factor:
        a.value = scaled(a.value, b.factor)
        a.factor = b.factor
    a.currency = a.currency or b.currency
    a.unit = a.unit or b.unit
    a.unit_name = a.unit_name or b.unit_name
    lo, hi = sorted((a.value, b.value))
    a.low, a.high = lo, hi
    a.value = midpoint(lo, hi)
    a.end = b.end


def _to_quantity(text: str, fig: _Figure) -> Quantity | None:
    low = fig.low if fig.low is not None else fig.value
    high = fig.high if fig.high is not None else fig.value
    if not all(math.isfinite(v) for v in (fig.value, low, high)):
        return None
    unit, dimension, currency = _unit_of(fig)
    start, end = fig.start, fig.end
    surface = text[start:end]
    stripped = surface.rstrip(" .,-\u00a0")
    end -= len(surface) - len(stripped)
    return Quantity(
        start=start, end=end, surface=text[start:end], value=fig.value, low=low, high=high,
        qualifier=fig.qualifier, change=fig.change, unit=unit, dimension=dimension,
        currency=currency, noun=fig.noun,
    )


from .data.units import PER_NOUNS as _PER_NOUNS  # noqa: E402

__all__ = ["find_quantities"]
