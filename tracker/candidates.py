"""The numbers of a text that may be figures (`figure_candidates`).

A scan for digits, number words, vague amounts ("dozens") and fractions ("a third of"),
then a table of tests that drops what is no figure: dates, times, years, ordinals, phone
numbers, codes and model names ("Boeing 787", "G7", "COVID-19"), ranks, list markers,
and "one" as a pronoun.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .data import currencies, phrases
from .data.numbers import HALF_POSITIONS, QUARTER_ORDINALS, SCALES
from .data.units import UNITS_BEFORE
from .numbers import (
    WORD_VALUES,
    fraction_value,
    parse_digits,
    parse_words,
    scaled,
    vague_value,
)
from .patterns import (
    ADDRESS,
    ARTICLE_WORD_BEFORE,
    BRACKETED_NAME,
    CLAUSE_START,
    CODE_AFTER,
    CURRENCY_WORDS,
    DIGITS,
    FRACTION,
    FRACTION_BY,
    GLUED_UNIT,
    KIND_COMPOUND,
    LIST_ENTRY,
    LISTED_LINE,
    MULTI_SCALE,
    MULTIPLE,
    MULTIPLE_WORD,
    ORDINAL_AFTER,
    QUALIFIER_BEFORE,
    SCORER_LINE,
    SENTENCE_START,
    SIGN_AFTER,
    SYMBOL_AFTER,
    SYMBOL_BEFORE,
    TIME_AFTER,
    VAGUE_AMOUNT,
    VAGUE_SCALE,
    WORD_BEFORE,
    WORDS,
)
from .units import lookup


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    value: float
    kind: str  # "digits", "words", "vague", "fraction", "clock" (minutes of a race time)
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
    whole = DIGITS.match(text, at) if text[at].isdigit() else None
    if whole is not None:
        digits = whole.group()
        if not re.fullmatch(r"[1-9]\d{0,2}(?:,\d{3})*", digits) or re.match(r"[-–/.,]?\w", text[whole.end():]):
            return None  # "one in 2004", "one in 10-20", "one in 3.5", "one in 5%": no whole
        value, end = parse_digits(digits), whole.end()
        scale = _RATIO_SCALE.match(text, end)
        if scale and value is not None:
            value, end = scaled(value, SCALES[scale.group(1).lower()]), scale.end()
    else:
        words = WORDS.match(text, at)
        if words is None or re.match(r"-\w", text[words.end():]):
            return None
        value, end = parse_words(words.group()), words.end()
    if value is None or value < 2 or lookup(text[end:end + 40], glued=False) or \
            previous_word(text, m.start()).lower() == "number":
        return None  # "one in three weeks", "his third number one in three weeks"
    return end, 1 / value


def _digit_vague(text: str, found: list[Candidate], taken) -> None:
    """A vague amount written with digits ("10s of thousands of listeners", "100s of
    people"), added to `found` and `taken` whole, before its digits are read as a number."""
    if "0s of" not in text:
        return
    for m in VAGUE_AMOUNT.finditer(text):
        if m.group(1)[:1].isdigit() and not taken.overlaps(m.start(1), m.end(1)):
            for start, end, value, high in _word_spans(text, m, "vague"):
                found.append(Candidate(start, end, value, "vague", high))
                taken.add(start, end)


def _candidates(text: str) -> list[Candidate]:
    """Every number-looking span, left to right, without overlaps (shares, then digits)."""
    found: list[Candidate] = []
    taken = _Taken()
    for m in _ONE_IN.finditer(text):
        ratio = _ratio(text, m)
        if ratio is not None:
            found.append(Candidate(m.start(), ratio[0], ratio[1], "fraction"))
            taken.add(m.start(), ratio[0])
    for m in RACE_CLOCK.finditer(text):
        if m.group(1) or m.group(4):  # "won in 7:39.89", "her record of 2:17:18"
            hours, minutes, seconds = int(m.group(1) or 0), int(m.group(2)), float(
                m.group(3) + (m.group(4) or ""))
            found.append(Candidate(m.start(), m.end(), hours * 60 + minutes + seconds / 60,
                                   "clock"))
            taken.add(m.start(), m.end())
    _digit_vague(text, found, taken)  # "10s of thousands": before the digits are read
    for m in DIGITS.finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        value = parse_digits(m.group())
        if value is not None:
            found.append(Candidate(m.start(), m.end(), value, "digits"))
            taken.add(m.start(), m.end())
    # "tenfold": a number glued to its "fold"; the scan tries every word, so only where a
    # "fold" stands at all (it is rare, the scan a twentieth of the whole)
    folds = MULTIPLE_WORD.finditer(text) if "fold" in text.lower() else ()
    for m in folds:
        value = parse_words(m.group(1))
        if value is not None and not taken.overlaps(m.start(), m.end()):
            found.append(Candidate(m.start(), m.end(), value, "words"))
            taken.add(m.start(), m.end())
    for pattern, kind in ((VAGUE_SCALE, "vague"), (MULTI_SCALE, "vague"), (VAGUE_AMOUNT, "vague"),
                          (FRACTION, "fraction"),
                          (FRACTION_BY, "fraction"), (WORDS, "words")):
        group = 1 if pattern.groups else 0  # the amount, without the words that cue it
        for m in pattern.finditer(text):
            if taken.overlaps(m.start(group), m.end(group)) or kind == "fraction" and \
                    _whole_before(text, m.start(group)):
                continue
            for start, end, value, high in _word_spans(text, m, kind):
                found.append(Candidate(start, end, value, kind, high))
                taken.add(start, end)
    found.sort(key=lambda c: c.start)
    return found


# a time on a stopwatch, in minutes and seconds with its fraction ("7:39.89") or in hours,
# minutes and seconds ("2:17:18"): a race's time, not one by the clock ("at 9:30")
RACE_CLOCK = re.compile(r"(?<![\d:.,])(?:(\d):)?(\d{1,2}):([0-5]\d)(\.\d{1,3})?(?![\d:]|\.\d)")

_AND_BEFORE = re.compile(r"([A-Za-z]+)[\s-]+and[\s-]+$")


def _whole_before(text: str, start: int) -> bool:
    """Whether the fraction at `start` ends a number of words: "two and a half million"
    is 2.5 million, not half a million."""
    m = _AND_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and m.group(1).lower() in WORD_VALUES


def _word_spans(text: str, m: re.Match, kind: str) -> list[tuple[int, int, float, float | None]]:
    """(start, end, value, high) of the amounts a match of words holds: a vague amount and
    the top of its span ("dozens"), a fraction ("a third"), or the numbers of a run of
    number words ("two Six Nations" is "two" only)."""
    if kind == "vague":
        span = vague_value(m.group(1))
        return [(m.start(1), m.end(1), span[0], span[1])] if span else []
    if kind == "fraction":
        value = fraction_value(m.group(1))
        return [(m.start(1), m.end(1), value, None)] if value is not None else []
    spans = []
    for start, end in _split_word_number(m.group(), m.start()):
        value = parse_words(text[start:end])
        if value is not None:
            spans.append((start, end, value, None))
    return spans


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


def previous_word(text: str, start: int) -> str:
    m = WORD_BEFORE.search(text[max(0, start - 40):start])
    return m.group(1) if m else ""


def next_word(text: str, end: int) -> str:
    m = re.match(r"[\s,.\-]*([A-Za-z]+)", text[end:end + 30])
    return m.group(1) if m else ""


# The measuring system written before a unit: "US gallons", "imperial pints"
SYSTEM = r"(?:US|U\.S\.|UK|imperial|metric)"
_AGE_AFTER = re.compile(r"[ \u00a0-](?:year|month|week|day)s?-old\b")
_CODE_NAME_AFTER = re.compile(r"[ \u00a0](?:zip|post|postal|area|dialling|dialing)[ \u00a0]?code\b",
                              re.IGNORECASE)


# days of one month in a run: "22-24 October", "between 24 and 26 December", "14, 20 and 27
# April"; and after the month: "January 6 to 9"
_DAY_LINK = r"[ \u00a0]?(?:,|and|or|to|-|–|/|&)[ \u00a0]?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DAYS_THEN_MONTH = re.compile(rf"(?:,?{_DAY_LINK}{_DAY})+[ \u00a0]+([A-Z][a-z]+\.?)(?![\w-])")
_MONTH_THEN_DAYS = re.compile(
    rf"\b([A-Z][a-z]+\.?)[ \u00a0]{_DAY}(?:,?{_DAY_LINK}{_DAY})*,?{_DAY_LINK}$")


# a scale word written out between two ends of a range: "1.5 million-2 million", "3bn-4bn"
# or glued on both ends: "2m-3m viewers", "a 2m-3m wall"
_SCALE_WORDS = "|".join(w for w in SCALES if len(w) > 1)
_SCALE_HYPHEN = re.compile(
    rf"[ \u00a0]?(?:{_SCALE_WORDS})[-–](?=\d)|\d[ \u00a0]?(?:{_SCALE_WORDS})[-–]$"
    r"|(?P<glued>[mM])[-–][\d.,]*\d(?P=glued)(?![A-Za-z])|\d[mM][-–]$")


# a range whose unit is glued to both ends, "5kg-6kg", "10k-15k", "2GB-4GB": the text after
# its left end, group 1 the unit; and the text before its right end
_GLUED_RANGE_AFTER = re.compile(r"([A-Za-z]{1,4})[-–][\d.,]*\d\1(?![A-Za-z\d])")
_GLUED_RANGE_BEFORE = re.compile(r"\d([A-Za-z]{1,4})[-–]$")


def _unit_at_both_ends(text: str, c: Candidate) -> bool:
    """Whether the figure is an end of a range whose unit is glued to both ends ("5kg-6kg",
    "10k-15k", "2GB-4GB"), so no code; not "scp2-173m" nor "4G-5G" (no unit).

    >>> _unit_at_both_ends("bags of 5kg-6kg each", Candidate(12, 13, 6.0, "digits"))
    True
    >>> _unit_at_both_ends("bags of 5kg-6kg each", Candidate(8, 9, 5.0, "digits"))
    True
    """
    m = _GLUED_RANGE_AFTER.match(text, c.end)
    if m is None:
        before = _GLUED_RANGE_BEFORE.search(text[max(0, c.start - 8):c.start])
        if before is None or not _GLUED_RANGE_AFTER.match(before.group(1) + "-0" + text[c.end:c.end + 8]):
            return False
        unit = before.group(1)
    else:
        unit = m.group(1)
    return _unit_or_scale_glued(unit + " ")


# a unit written before its figure and hyphened to it: "a magnitude-7.8 earthquake"
_UNIT_BEFORE_HYPHEN = re.compile(r"\b(?:" + "|".join(UNITS_BEFORE) + r")-$", re.IGNORECASE)


_FIGURE_COUNT = re.compile(r"-figures?\b", re.IGNORECASE)


def _not_a_figure(text: str, c: Candidate) -> bool:
    """Dates, times, ordinals, codes and names: numbers that are not figures.  Each test
    gives True (not a figure), False (a figure, whatever follows) or None (no verdict); the
    first verdict stands."""
    if _FIGURE_COUNT.match(text, c.end):
        return True  # "a seven-figure sum", "5-figure bonuses": a count of digits, no
        # amount; left out rather than read as 7
    if KIND_COMPOUND.match(text, c.start):
        return True  # "two-way trade", "an 18-rated game", "24-hour drinking": a kind
    tests = _WORD_TESTS if c.kind != "digits" else _DIGIT_TESTS
    for test in tests:
        verdict = test(text, c)
        if verdict is not None:
            return verdict
    return False


def _word_name_or_position(text: str, c: Candidate) -> bool | None:
    """Number words that name or place: "BBC Four", "world number three", "the third
    quarter", "the first half", "a half turn", "a baker's dozen"."""
    surface = text[c.start:c.end]
    head = text[max(0, c.start - 60):c.start]
    prev = previous_word(text, c.start).lower().rstrip("-")
    if (c.kind in ("words", "fraction") and surface[:1].isupper() and not surface.isupper()
            and not SENTENCE_START.search(head) and not CLAUSE_START.search(head)):
        return True  # "BBC Four", "the Six Nations", "Million Dollar Baby": a name
    if surface in _BARE_SCALES and next_word(text, c.end)[:1].isupper():
        return True  # "Million Dollar Baby has seven nominations": a scale with no number
        # or article before it, title case on, opens a name, not a sum
    if c.kind in ("words", "fraction") and re.search(r"(?:\b[Nn]umber|\bNo\.?)[ \u00a0]$", head):
        return True  # "world number three": a rank
    if (c.kind == "words" and prev in _WORD_LABELS and not lookup(text[c.end:c.end + 30], glued=False)
            and next_word(text, c.end).lower() not in ("times", "hundred", "thousand", "million")):
        return True  # "beyond round four", "phase two of the plan": a name; not "stage two
        # metres", "out in the fifth round four times"
    if surface.lower() == "quarter" and prev in QUARTER_ORDINALS:
        return True  # "the third quarter of 2004": a period, not a fraction
    if surface.lower() == "half" and prev in HALF_POSITIONS:
        return True  # "the first half of 2004", "the bottom half of the table"
    if c.kind == "words" and TIME_AFTER.match(text[c.end:c.end + 12]):
        return True  # "at four o'clock": a time
    if prev in ("baker's", "bakers", "baker’s") and surface.lower() == "dozen":
        return True  # "a baker's dozen": thirteen, an idiom
    if next_word(text, c.end).lower() in phrases.NUMBER_IDIOMS.get(surface.lower(), ()):
        return True  # "zero tolerance", "one-click shopping"
    return None


_BARE_SCALES = {"Hundred", "Thousand", "Million", "Billion", "Trillion"}

# Words a spelled number names a part or an instalment after: "round four", "phase two",
# "from day one"
_WORD_LABELS = {"day", "round", "stage", "phase", "game", "chapter", "episode", "season", "part",
                "act", "track", "verse", "category", "grade", "tier", "terminal", "platform",
                "gate", "section", "article", "page", "version", "level", "apollo", "formula"}


# words after "one" that make it a pronoun ("one day", "one or other", "one who"), and before
# "one" before a source the text does not name, with a verb of saying: "One analyst said",
# "said one City trader", "one insider pointed out"
_UNNAMED_SOURCE = re.compile(
    r"(?:[ \u00a0]+[A-Za-z-]+){0,3}?[ \u00a0]+(?:analyst|trader|dealer|broker|insider|source|"
    r"observer|economist|official|diplomat|expert|banker|investor|executive|spokesman|"
    r"spokeswoman|commentator|fan|resident|witness|critic|campaigner|strategist|manager|"
    r"worker|student|player|reader|viewer|listener)\b(?![ \u00a0]+of\b)", re.IGNORECASE)
_SAYING = re.compile(r"\b(?:said|says|told|tells|suggested|suggests|added|adds|warned|pointed|"
                     r"explained|argued|noted|commented|believes|thinks|reckons|predicted|"
                     r"complained|admitted|smiles|joked|wrote|writes|asked|quoted)\b")
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|quoted|according[ \u00a0]+to|added|wrote|"
                          r"smiles|warned)[ \u00a0]+$", re.IGNORECASE)
_ONE_PRONOUN_NEXT = {"another", "day", "way", "time", "thing", "point", "side", "off", "more",
                     "too", "must", "can", "who", "that", "and", "or", "is", "was", "has",
                     "would", "will", "could", "should", "might", "may", "cannot", "gets",
                     "feels", "finds", "knows", "needs", "does", "wonders", "sees"}
_ONE_PRONOUN_PREV = {"no", "any", "every", "the", "this", "that", "which", "each", "someone",
                     "only", "anyone", "everyone", "last", "same", "can", "could", "should",
                     "would", "must", "might"}  # "nor can one rely on"


# "one" in idioms of time and manner: (word before, word after)
_ONE_IDIOMS = {("at", "point"), ("at", "stage"), ("at", "time"), ("in", "go"), ("for", "thing"),
               ("at", "once"), ("in", "piece")}  # "got round in one piece": unhurt


# the words before "one day" as "some day": a modal or an infinitive's "to"
_SOME_DAY_BEFORE = {"will", "would", "could", "might", "may", "can", "shall", "should", "must",
                    "to", "'ll"}


def _pronoun_one(text: str, c: Candidate) -> bool | None:
    """"one" as a pronoun ("one such case", "a positive one", "on the one hand"), not a
    count ("one of the computers", "that one mile", "raised one hand")."""
    if c.kind != "words" or text[c.start:c.end].lower() != "one":
        return None
    nxt = next_word(text, c.end).lower()
    prev = previous_word(text, c.start).lower().rstrip("-")  # "no-one": a pronoun
    system = re.match(r"[ \u00a0]" + SYSTEM, text[c.end:c.end + 10])
    ahead = text[c.end + (system.end() if system else 0):c.end + 40]
    if nxt == "such" or (nxt == "of" and prev in ("every", "any")):
        return True  # "one such case", "every one of the forwards": a pronoun
    if (prev, nxt) in _ONE_IDIOMS:
        return True  # "topping $50 a barrel at one point": once, not a point ("won by one
        # point" is a figure); "at one stage", "in one go", "for one thing"
    if nxt == "or" and re.match(r"[ \u00a0]+or[ \u00a0]+(?:two|three)\b", text[c.end:c.end + 14],
                                re.IGNORECASE):
        return False  # "one or two others": the low end of a range of two words
    if nxt == "day" and prev in _SOME_DAY_BEFORE and re.match(
            r"[ \u00a0]+day[ \u00a0]+(?!(?:of|in|at|on|for|and|or|to|the|a|before|after|later"
            r"|earlier|ago|off|out|trip|visit|ban|strike|match|event|course)\b)[a-z]+\b",
            text[c.end:c.end + 30]):
        return True  # "she hopes to one day run the firm": some day, no span
    if nxt == "of" or lookup(ahead, glued=False):  # "one mile", "one US gallon"
        return False  # "one of the computers", "that one mile"
    if prev not in ("only", "just", "than", "least") and (
            _UNNAMED_SOURCE.match(text, c.end) and (
                _SAYING.search(text, c.end, min(len(text), c.end + 90))
                or _SAID_BEFORE.search(text, max(0, c.start - 30), c.start))):
        return True  # "One analyst suggested", "said one trader": a source not named
    if re.match(r"[^.;!?]{1,40}?\banother\b", text[c.end:c.end + 50]):
        return True  # "fighting one bad thing with another", "under one manager, you look
        # for another": a contrast, no count
    if nxt == "hand":
        return prev in ("on", "the")  # "on (the) one hand"; "raised one hand": a count
    if prev in ("especially", "particularly", "notably") and (
            nxt.endswith(("ed", "en")) or nxt in ("known", "that", "which", "who", "with")):
        return True  # "a lamp, especially one fitted with a dimmer": one of those named
    if ARTICLE_WORD_BEFORE.search(text[max(0, c.start - 40):c.start]) and \
            not re.match(r"-|[ \u00a0]+(?:to|or)[ \u00a0]", text[c.end:c.end + 5]):
        return True  # "a positive one", "the fastest one": a pronoun; not "the new one-lira coin"
    if prev == "only" and nxt.isalpha() and nxt not in _ONE_PRONOUN_NEXT and not re.search(
            r"\b(?:the|my|his|her|its|our|their|your)[ \u00a0]+only[ \u00a0]+$",
            text[max(0, c.start - 20):c.start], re.IGNORECASE):
        return False  # "Only one analyst expected it": a count; not "the only one"
    return nxt in _ONE_PRONOUN_NEXT or prev in _ONE_PRONOUN_PREV or not nxt


def _times(text: str, c: Candidate) -> bool | None:
    """Digits beside an "x": "sales rose 3x", "the 4x100m relay" (100 m legs) are figures;
    "2x4 timber" and the 4 of "4x100m" are not."""
    after = text[c.end:c.end + 12]
    if re.match(r"[x×]\d", after):
        return True  # "the 4x100m relay", "2x4 timber": a multiplier, the legs of a relay
    if re.search(r"\d[x×]$", text[max(0, c.start - 2):c.start]) and re.match(r"m\b", after):
        return False  # "4x100m": the distance of each leg; not "a 6x4in print"
    if MULTIPLE.match(after) and not text[max(0, c.start - 1):c.start].isalpha():
        return False  # "sales rose 3x", "a 5x zoom": a multiple, like "three times"
    return None


def _glued(text: str, c: Candidate) -> bool | None:
    """Digits glued to letters or signs: "G7", "A320", "#3", "4G", "16th", "9/11", "COVID-19",
    "9/4" odds, "Maroon 5's"."""
    before = text[max(0, c.start - 1):c.start]
    after = text[c.end:c.end + 12]
    surface = text[c.start:c.end]
    glued_symbol = SYMBOL_BEFORE.search(text[max(0, c.start - 8):c.start])
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
            not _SCALE_HYPHEN.search(text[max(0, c.start - 10):c.start]) and \
            not _UNIT_BEFORE_HYPHEN.search(text[max(0, c.start - 16):c.start]) and \
            not _unit_at_both_ends(text, c):
        # COVID-19, F-16; not sub-5, nor "his now-14 month-old son", nor "1.5 million-2"
        return text[max(0, c.start - 4):c.start].lower() != "sub-" and not _AGE_AFTER.match(after)
    if re.match(r"[A-Za-z]", after) and not _unit_or_scale_glued(after) and not GLUED_UNIT.match(after):
        return True  # 4G, 3D, 1990s, 16th
    if ORDINAL_AFTER.match(after) or re.match(r"/\d", after):
        return True  # 16th; 9/11
    if (re.match(r"[ \u00a0]?[A-Za-z]{1,3}-?\d", after) or re.match(r"[ \u00a0]?[A-Za-z]+-\d", after)) \
            and not re.match(r"[ \u00a0]?[A-Za-z]{1,3}[23²³]\b", after) \
            and not _SCALE_HYPHEN.match(after) and not _unit_at_both_ends(text, c):
        return True  # 24703m212, 24703 L-202: codes; not 190 km2
    if before == "-" and re.search(r"[A-Za-z]\w*\d-$", text[max(0, c.start - 12):c.start]):
        return True  # scp2-173m
    return None


def _list_marker(text: str, c: Candidate) -> bool | None:
    """"1 ) explains", "5 Carlos Moya (Spain)" on a line of its own, "(Ronaldo 33)", a line
    "Ronaldo 9, Rooney 87.": list markers, seeds and minutes, not figures."""
    line_start = text.rfind("\n", 0, c.start) + 1
    line_end = text.find("\n", c.end)
    if SCORER_LINE.fullmatch(text, line_start, len(text) if line_end < 0 else line_end):
        return True  # "Ronaldo 9, Rooney 87.": scorers' or bookings' minutes, a line to itself
    after = text[c.end:c.end + 12]
    if re.match(r"[ \u00a0]?\)", after) and "(" not in text[max(0, c.start - 40):c.start]:
        return True  # "1 ) explains ...": a list marker
    if LIST_ENTRY.match(text, c.end) and re.search(r"(?:^|\n)[ \t]*$", text[max(0, c.start - 20):c.start]):
        return True  # "5 Carlos Moya (Spain)": a seed or a place in a list, a line to itself
    if after[:1] == ")" and c.value == int(c.value) and \
            BRACKETED_NAME.search(text[max(0, c.start - 40):c.start]):
        return True  # "O'Shea (Ronaldo 33), Keane": a minute, not a figure
    if after[:1] == ")" and text[c.start - 1:c.start] == "(" \
            and LISTED_LINE.fullmatch(text, line_start, len(text) if line_end < 0 else line_end):
        return True  # "Argentina (4), Kenya, Tunisia.", "Lee for Hart (53), Cole for Fox
        # (60)": a seed or a substitute's minute in a line that only lists names
    return None


def _hour_of_day(text: str, c: Candidate) -> bool | None:
    """An hour told by the part of the day after it, after a word of when: "open until three
    or four in the morning", "got up at 5 in the morning"; not "sold 12 in the morning"."""
    hour = 1 <= c.value <= 12 and c.value == int(c.value) and _PART_OF_DAY.match(text, c.end) \
        and _WHEN_BEFORE.search(text, max(0, c.start - 30), c.start)
    return True if hour else None


# the part of a day after an hour, past the other end of a range: "three or four in the
# morning", "5 in the afternoon"
_PART_OF_DAY = re.compile(r"(?:[ \u00a0]+(?:or|to)[ \u00a0]+[\w.:]+)?[ \u00a0]+(?:in[ \u00a0]+the"
                          r"[ \u00a0]+(?:morning|afternoon|evening)|at[ \u00a0]+night)\b",
                          re.IGNORECASE)
# a word of when before an hour, or before the first end of a range of hours
_WHEN_BEFORE = re.compile(r"\b(?:until|till|at|by|from|before|after|around|about|past)"
                          r"[ \u00a0]+(?:[\w.:]+[ \u00a0]+(?:or|to)[ \u00a0]+)?$", re.IGNORECASE)


# what stands between a month and its day: a space, after an abbreviation's point; no comma
_MONTH_BEFORE = re.compile(r"[A-Za-z](?:\.[ \u00a0]*|[ \u00a0]+)$")
_MONTH_AFTER = re.compile(r"[ \u00a0]+|-")


def _date_or_time(text: str, c: Candidate) -> bool | None:
    """"9:30 p.m.", "12.30 on a Saturday morning", "October 22", "22-24 October", "from
    January 6 to 9"."""
    if TIME_AFTER.match(text[c.end:c.end + 12]):
        return True
    if _CLOCK.fullmatch(text, c.start, c.end) and _TIME_OF_DAY.match(text, c.end):
        return True
    prev = previous_word(text, c.start).lower().rstrip(".")
    nxt = next_word(text, c.end).lower().rstrip(".")
    day = c.value <= 31 and c.value == int(c.value)
    if prev in phrases.MONTHS and _MONTH_BEFORE.search(text, max(0, c.start - 4), c.start) \
            or nxt in phrases.MONTHS and day and _MONTH_AFTER.match(text, c.end):
        return True  # "October 22", "22 October", "Oct. 31"; not "In May, 12 people died"
    if day:
        days = _DAYS_THEN_MONTH.match(text, c.end)
        if days and days.group(1).lower().rstrip(".") in phrases.MONTHS:
            return True  # "22-24 October", "from 6 to 9 January", "on 14, 20 and 27 April"
        days = _MONTH_THEN_DAYS.search(text[max(0, c.start - 40):c.start])
        if days and days.group(1).lower().rstrip(".") in phrases.MONTHS:
            return True  # "from January 6 to 9"
    return None


# a time by the clock, told by the part of a day after it: "if it's 12.30 on a Saturday
# morning", "at 7.45 in the evening", "by 10.15 tonight"; not "closed at 12.30 on Monday"
_CLOCK = re.compile(r"(?:[01]?\d|2[0-4])[.:][0-5]\d")
_DAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_TIME_OF_DAY = re.compile(
    rf"[ \u00a0]+(?:(?:on[ \u00a0]+(?:a[ \u00a0]+|the[ \u00a0]+)?)?{_DAYS}[ \u00a0]+"
    r"(?:morning|afternoon|evening|night)|tonight|at[ \u00a0]+night"
    r"|(?:in[ \u00a0]+the|this|that|on[ \u00a0]+the|tomorrow|each|every)[ \u00a0]+"
    r"(?:morning|afternoon|evening|night)|local[ \u00a0]+time)\b", re.IGNORECASE)

# an era after a number makes it a year of any length: "190 AD", "500 BC", "AD 79"
_ERA_AFTER = re.compile(r"[ \u00a0]?(?:A\.D\.|AD|B\.C\.|BC|BCE|CE)(?![\w-])")
_ERA_BEFORE = re.compile(r"\b(?:A\.D\.|AD)[ \u00a0]$")


# a year named as one: "the 2005 year", "its 2004 financial year"
_NAMED_YEAR = re.compile(r"[ \u00a0](?:(?:financial|fiscal|tax|school|academic|calendar|model)"
                         r"[ \u00a0])?year\b(?![ \u00a0-]+old\b)")  # not "the 2000 year old"


def _year(text: str, c: Candidate) -> bool | None:
    """"in 2004", "2019-20", "1988 sales", "190 AD": a year; "2,000 sales", "1500 firms"
    are counts."""
    surface, after = text[c.start:c.end], text[c.end:c.end + 12]
    if c.value == int(c.value) and "," not in surface and (
            _ERA_AFTER.match(after) or _ERA_BEFORE.search(text[max(0, c.start - 6):c.start])):
        return True
    if not (re.fullmatch(r"1\d\d\d|2[01]\d\d", surface)
            and (not _unit_or_scale_glued(after.lstrip())
                 or re.match(r"[ \u00a0]quarter\b", after)  # "the 1994 quarter": a year's
                 or _NAMED_YEAR.match(text, c.end) and previous_word(text, c.start).lower()
                 in ("the", "its", "this", "their", "our", "that"))  # "for the 2005 year"
            and not SYMBOL_BEFORE.search(text[max(0, c.start - 8):c.start])):
        return None
    prev = previous_word(text, c.start).lower()
    if re.match(r"^(?:[-–/]\d{2,4}\b|s\b)", after):
        return True  # 2019-20, 2019/20
    if prev in phrases.YEAR_CUES or prev.rstrip(".") in phrases.MONTHS:
        return True  # in 2004, by 2120
    if 1900 <= c.value <= 2035 and not QUALIFIER_BEFORE.search(text[max(0, c.start - 30):c.start]):
        return True  # "1988 sales": a year, unless a qualifier makes it an amount
    if not re.match(r"^[ \u00a0]?[a-z]+s\b", after):
        return True  # a bare 4-digit year-like number with no plural noun after it
    return None


def _phone_or_code(text: str, c: Candidate) -> bool | None:
    """"0800 123 456", "020 7946 0000", "4929 1234 5678": numbers that are dialled or keyed."""
    surface, after = text[c.start:c.end], text[c.end:c.end + 12]
    if re.match(r"^0\d", surface) and not _SECONDS_PART.match(text, c.start, c.end + 12):
        return True  # 0800 numbers, codes with leading zeros (but "8 minutes, 04.69
        # seconds": the seconds of a time)
    if not re.search(r"[\s\u00a0\u202f\u2009]", surface) and re.search(
        r"\d[ -]\d{3,4}[ -]\d{3,4}$", text[max(0, c.start - 12):c.end]) or re.match(
        r"^[\s-]\d{3,4}[\s-]\d{3,4}", after
    ):
        return True  # telephone numbers
    if re.search(r"\d[ -]$", text[max(0, c.start - 2):c.start]) and re.match(r"[ -]\d", after):
        return True  # a group in the middle of a run of digit groups: a phone or account number
    if _DIALLING_CODE.search(text, max(0, c.start - 8), c.start):
        return True  # "0800 123 456": the groups after a code with a leading zero
    return None


# a dialling code right before a number: "0800 ", "020-"
_DIALLING_CODE = re.compile(r"(?<![\d.,])0\d{2,4}[ -]$")
# the seconds of a time, written with a leading zero: "04.69 seconds", "07secs"
_SECONDS_PART = re.compile(r"0\d(?:\.\d+)?[ \u00a0]?(?:seconds|second|secs|sec)\b")

# the ages of a group after a figure, perhaps past a word of where it is from: " to
# 24-year-olds", " Scottish 18 to 24-year-olds"
_AGE_GROUP_AFTER = re.compile(r"(?:[ \u00a0]+[A-Z][a-z]+[ \u00a0]+\d{1,2})?[ \u00a0]*"
                              r"(?:to|-|–|and)[ \u00a0]*\d{1,2}[ \u00a0-]years?-olds?\b")


def _name_or_label(text: str, c: Candidate) -> bool | None:
    """"Boeing 787", "iPhone 11", "Game 7", "Route 66", "310 Mill Lane", "the 90210 ZIP
    code", "the 15 Pro Max", "the 787 Dreamliner": part of a name or an address."""
    if _AGE_GROUP_AFTER.match(text, c.end):
        return False  # "Most 18 to 24-year-olds", "300 Scottish 18 to 24-year-olds": the
        # ages of a group, and a count of it
    after = text[c.end:c.end + 12]
    prev, nxt = previous_word(text, c.start), next_word(text, c.end)
    glued_prev = text[max(0, c.start - len(prev) - 1):c.start].startswith(prev)
    symbol_before = SYMBOL_BEFORE.search(text[max(0, c.start - 8):c.start])
    if (
        any(ch.isupper() for ch in prev)
        and glued_prev
        and not (prev.endswith(_OWNER_MARKS) and _owned_count(text, c))
        and prev not in phrases.AMOUNT_CAPITALS
        and not (prev.isupper() and len(prev) <= 3 and prev in currencies.SYMBOLS)
        and (not SENTENCE_START.search(text[max(0, c.start - 60):c.start - len(prev) - 1])
             or (not prev.endswith(_OWNER_MARKS)
                 and _named_mid_sentence(text, prev, text[c.start:c.end])))
        and not _unit_or_scale_glued(after.lstrip())
        and prev.lower().rstrip(".") not in phrases.MONTHS
        and not symbol_before
        and not re.match(r"^,\s", text[c.start - len(prev) - 2:c.start - len(prev)])
        and not _GROUPED.fullmatch(text, c.start, c.end)  # "and in Finland 52,000"
    ):
        return True  # Boeing 787, iPhone 11, S&P 500, Article 5
    if prev.lower() in phrases.LABEL_WORDS and (not _unit_or_scale_glued(after.lstrip())
                                                or _LETTER_CODE.match(after)):
        return True  # category 4, Game 7, the S&P 500, Route 66, the Psion series 5c
    if _sequel(text, c, prev, glued_prev):
        return True  # "Halo 2 won the best Xbox game", "Spider-Man 2 triumphed"
    if ADDRESS.match(text[c.end:c.end + 40]):
        return True  # 310 Mill Lane, 12 W 42nd St, 22-24 Station Road
    if _CODE_NAME_AFTER.match(text[c.end:c.end + 20]):
        return True  # the 90210 ZIP code, the 0161 area code
    if nxt.lower() in phrases.MODEL_SUFFIXES and nxt[:1].isupper() and c.value == int(c.value) < 100:
        return True  # the 11 Pro, the 15 Pro Max
    follower = re.match(r"[ \u00a0]([A-Z][a-z]+)((?:[ \u00a0][A-Z][a-z]+){0,2})", text[c.end:c.end + 40])
    if follower and c.value == int(c.value) and not symbol_before:
        words = (follower.group(1) + follower.group(2)).lower().split()
        if any(w in phrases.STREET_WORDS for w in words):
            return True  # 310 Mill Lane
        if (c.value >= 100 and "," not in text[c.start:c.end] and words[0] not in phrases.MONTHS
                and not lookup(after, glued=False) and not CURRENCY_WORDS.match(text[c.end:c.end + 40])
                and not QUALIFIER_BEFORE.search(text[max(0, c.start - 30):c.start])
                and not _people_of_a_kind(text, c, follower)
                and not _NEXT_IN_LIST.match(text, c.end + follower.end())):
            return True  # the 787 Dreamliner, three new 757 Max jets (not "100 Muslim, 90
            # Hindu and 50 Jewish schools": counts of kinds listed)
    return None


# a number written with thousands marks, which no model name or label is: "52,000"
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")


def _owned_count(text: str, c: Candidate) -> bool:
    """A number after an owner's name that counts what it has: a plural noun after it
    ("Britain's 659 MPs", "the IMF's 184 members"), a hyphened measure ("GB's 46-strong
    team", "Samsung's 102-inch plasma") or thousands ("the UK's 70,000 BSL users"); not a
    model or a title ("Boeing's 777 line", "Sharp's 902 3G phone", "Ocean's 12")."""
    return "," in text[c.start:c.end] or _OWNED_AFTER.match(text, c.end) is not None


# the marks of an owner's name: "Britain's", "Amicus'"
_OWNER_MARKS = ("'s", "’s", "s'", "s’")
_OWNED_AFTER = re.compile(r"[-–]\w|[ \u00a0]+(?:[a-z][\w-]*[ \u00a0]+){0,2}"
                          r"(?:[a-z][\w-]*s|[A-Z]{2,}s)\b")


# the rest of a list of counts by capitalised kinds after the first kind, up to the plural
# noun written once after the last: ", 90 Hindu and 50 Jewish schools"
_NEXT_IN_LIST = re.compile(r"(?:" + phrases.LIST_JOIN
                           + r"\d[\d,.]*(?:[ \u00a0]+[A-Z][\w-]*){1,3})+[ \u00a0]+[a-z][a-z-]*s\b")


# plural names for a people or a party's members: "500 Britons", "200 Israelis"
_PEOPLE_PLURAL = re.compile(r"(?:ans|ons|is|ers|ists|ites|ies)$")
_KINDS_AFTER = re.compile(r"[ \u00a0]+(?:[a-z]+|[A-Z]{2,})s\b")  # "adults", "MPs"
_COUNT_BEFORE = re.compile(r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|"
                           r"dozens|hundreds|several|few|many)\b(?:[ \u00a0]+[a-z]+)?[ \u00a0]+$",
                           re.IGNORECASE)


def _people_of_a_kind(text: str, c: Candidate, follower: re.Match) -> bool:
    """A count of people or things its capitalised words describe, not a model's number:
    "500 British adults", "200 American soldiers", "300 Labour MPs", "500 Britons"; but
    not "three new 757 Max jets", where another number counts, nor "the 737 Max jets"."""
    words = follower.group().split()
    if _COUNT_BEFORE.search(text[max(0, c.start - 30):c.start]) \
            or any(w.lower() in phrases.MODEL_SUFFIXES for w in words):
        return False  # "the 737 Max jets"
    last = words[-1]
    return bool(_KINDS_AFTER.match(text, c.end + follower.end())
                or follower.group(2) == "" and _PEOPLE_PLURAL.search(last))


# what a title with its number does at the head of a sentence: "Halo 2 won", "Shrek 2 and
# The Incredibles took", "Blinx 2 is out", "Shrek 2, which took"
_SEQUEL_NEXT = re.compile(r"[ \u00a0](?:is|was|has|had|won|wins|will|took|takes|and|became|sold|"
                          r"topped|tops|remains|[a-z]+ed)\b|,[ \u00a0]which\b")


def _sequel(text: str, c: Candidate, prev: str, glued_prev: bool) -> bool:
    """A one-digit number after a capitalised word at the head of a sentence, followed by a
    verb: the title of a sequel, not a count ("About 2 firms", "Some 2,000 jobs")."""
    return (glued_prev and c.kind == "digits" and c.end - c.start == 1 and prev[:1].isupper()
            and prev not in phrases.AMOUNT_CAPITALS
            and bool(_SEQUEL_NEXT.match(text, c.end)))


def _named_mid_sentence(text: str, word: str, number: str) -> bool:
    """Whether "WORD NUMBER" stands elsewhere in `text` inside a sentence, so a name: "Halo 2
    has sold" opens a sentence, but the article also says "the sequel Halo 2".

    >>> _named_mid_sentence("Halo 2 is out. Fans of Halo 2 queued.", "Halo", "2")
    True
    >>> _named_mid_sentence("About 20 came. Some 20 left.", "Some", "20")
    False
    """
    for m in re.finditer(rf"(?<![\w'’.&-]){re.escape(word)}[ \u00a0]{re.escape(number)}(?![\d,.]?\d)", text):
        if not SENTENCE_START.search(text[max(0, m.start() - 60):m.start()]) \
                and not CLAUSE_START.search(text[max(0, m.start() - 60):m.start()]):
            return True
    return False


# "the top", "Europe's top", "their bottom": a definite set, whose size the figure may be
_DEFINITE_TOP = re.compile(r"(?:\b(?:the|its|their|his|her|our|my|your|these|those)|\w['’]s?)"
                           r"[ \u00a0]+(?:top|bottom)[ \u00a0-]*$", re.IGNORECASE)
# a plural noun, perhaps after one word: "seeds", "oil producers", "richest people"
_PLURAL_AFTER = re.compile(r"[ \u00a0](?:[a-z]+[ \u00a0])?([a-z]{3,}s|people|men|women|children)\b")


def _rank(text: str, c: Candidate) -> bool | None:
    """After "top" or "bottom": True for a rank ("a top 10 hit", "a top-five finish", "the
    bottom three"), False for the size of a set ("the top three seeds", "the top 10
    universities"), None where no "top" or "bottom" stands before the figure."""
    if c.kind not in ("digits", "words") or \
            previous_word(text, c.start).lower().rstrip("-") not in ("top", "bottom"):
        return None
    after = text[c.end:c.end + 12]
    if _unit_or_scale_glued(after.lstrip()) or PERCENT_AFTER.match(after):
        return None  # "the top 5% of earners", "the top 1m"
    plural = _PLURAL_AFTER.match(text, c.end)
    if plural and plural.group(1) not in phrases.NOT_PLURALS and \
            _DEFINITE_TOP.search(text[max(0, c.start - 30):c.start]):
        return False
    return True


def _denominator(text: str, c: Candidate) -> bool | None:
    """The base of a rate written with its own number: "7.5 connections per 100 people",
    "3 doctors for every 1,000 people", "$2 per 1,000 cubic metres": part of the figure
    before it, no figure of its own; not "For every 50p vote cast, 9p will go to charity"
    (a figure, then the rate's own)."""
    return True if _RATE_BASE_BEFORE.search(text, max(0, c.start - 11), c.start) else None


_RATE_BASE_BEFORE = re.compile(r"(?:\b[Pp]er|\bfor every)[ \u00a0]$")


def _game_minute(text: str, c: Candidate) -> bool | None:
    """A minute of a game's clock, "after" or "on" it, in a sentence that tells of play: "Leeds
    went ahead after 38 minutes", "went ahead on 41 minutes", "coming on after 64 minutes"
    (a point in the game, no span); not "the fire was out after 20 minutes"."""
    if not _MINUTES_AFTER.match(text, c.end) or c.value != int(c.value) or c.value > 130 \
            or previous_word(text, c.start).lower() not in ("after", "on"):
        return None
    start = max(text.rfind(". ", 0, c.start), text.rfind("\n", 0, c.start)) + 1
    end = text.find(". ", c.end)
    return True if _PLAY.search(text, start, len(text) if end < 0 else end) else None


_MINUTES_AFTER = re.compile(r"[ \u00a0]+min(?:ute)?s\b(?!['’])")  # not "on 30 minutes' notice"
# words that tell of play in a game
_PLAY = re.compile(r"\b(?:scor\w*|goals?|lead|led|equalis\w*|equaliz\w*|head(?:ed|er)"
                   r"|free-kick|corner|penalty|substitute|c(?:ame|omes?|oming)[ \u00a0]+on|shot"
                   r"|saved?|netted|chance|volley|cross|booked|sent[ \u00a0]+off"
                   r"|(?:red|yellow)[ \u00a0]+card|wide|attack|finish|opener|ahead|kick|half"
                   r"|break|strike|tries|try|crossbar|woodwork"
                   r"|(?:good|fine|great|smart|superb|brilliant)[ \u00a0]+stop"
                   r"|(?:['’]s|low|fierce|powerful|curling|angled)[ \u00a0]+drive)\b",
                   re.IGNORECASE)  # (a keeper's "good stop", a shot's "drive": not a bus stop)


def _clock_point(text: str, c: Candidate) -> bool | None:
    """A point on a game's clock told as minutes "into" a part of play: "hit the post two
    minutes into extra-time", "scored three minutes into injury time" (no span)."""
    return True if _MINUTES_INTO.match(text, c.end) else None


_MINUTES_INTO = re.compile(r"[ \u00a0]+min(?:ute)?s[ \u00a0]+into[ \u00a0]+(?:the[ \u00a0]+)?"
                           r"(?:(?:first|second)[ -]half[ \u00a0]+)?(?:extra[ -]time"
                           r"|(?:injury|stoppage)[ \u00a0]+time|(?:first|second)[ \u00a0]+half)\b",
                           re.IGNORECASE)


def _rate_base(text: str, c: Candidate) -> bool | None:
    """A "one" before a currency that is the base of an exchange rate, the rate being the
    sum it buys or is worth: "with one euro worth $1.32", "One dollar bought 102 yen",
    "Ten credits are equal to one euro" (no sum of its own)."""
    if c.value != 1 or not text[c.start:c.end].lower().startswith("one"):
        return None
    money = CURRENCY_WORDS.match(text[c.end:c.end + 40])  # (anchored at its start)
    if money is None:
        return None
    return True if _BUYS_AFTER.match(text, c.end + money.end()) \
        or _EQUAL_BEFORE.search(text, max(0, c.start - 30), c.start) else None


# what a currency's unit buys or is worth, right after it: "one euro worth $1.32"
_BUYS_AFTER = re.compile(r"[ \u00a0]+(?:(?:is|was)[ \u00a0]+)?(?:worth|buying|buys|bought|buy"
                         r"|fetch(?:es|ed|ing)?)[ \u00a0]+(?:about[ \u00a0]+|around[ \u00a0]+)?"
                         r"[$£€¥\d]")
_EQUAL_BEFORE = re.compile(r"\b(?:equivalent|equal)[ \u00a0]+(?:to|of)[ \u00a0]+$", re.IGNORECASE)


def _maker_model(text: str, c: Candidate) -> bool | None:
    """A maker's model number where the article names the maker ("Boeing is to build
    ... a US air force 747 tanker contract"): a name, not a count; but not before a plural
    noun it counts."""
    surface = text[c.start:c.end]
    if not any(numbers.fullmatch(surface) and maker in text for maker, numbers in _MODELS):
        return None
    nxt = next_word(text, c.end)
    if nxt.islower() and nxt.endswith("s") and nxt != "series":
        return None  # "Boeing said 787 jobs would go": a count of the noun after it
    return True


_MODELS = [(maker, re.compile(numbers)) for maker, numbers in phrases.MAKER_MODELS.items()]


def _round_of_last(text: str, c: Candidate) -> bool | None:
    """A round of a cup or a draw named by how many are left in it, no figure: "booked a
    place in the last 16", "reached the last eight of the Open", "a last-16 tie"; not "the
    last four years" nor "the last eight games", a span or a count of the noun after it."""
    if c.value not in (4, 8, 16, 32, 64) \
            or not _LAST_BEFORE.search(text, max(0, c.start - 6), c.start):
        return None
    return True if _ROUND_AFTER.match(text, c.end) else None


_LAST_BEFORE = re.compile(r"\blast[ \u00a0-]$", re.IGNORECASE)
# what may follow a round's name: a mark, or a word that starts a phrase or a clause, or
# the round's own noun
_ROUND_AFTER = re.compile(r"(?:[,.;:)!?\"'\u201d]|\s*$|[ \u00a0]+(?:of|in|at|with|after|by|when"
                          r"|and|but|where|for|against|on|since|before|which|was|is|this"
                          r"|tie|ties|draw|stage|clash|match|game|encounter|round)\b)")


def _full_measure(text: str, c: Candidate) -> bool | None:
    """"100%" as a way of saying fully, no share: '"100% certain"', "I feel 100% again",
    "Mentally I am 100%", "we all gave 100%."; not "bought 100% of the insurer", "a 100%
    record", "is 100% owned by the state" or "grew by 100%"."""
    percent = PERCENT_AFTER.match(text, c.end)
    if c.value != 100 or percent is None:
        return None
    after = percent.end()
    word = next_word(text, after).lower()
    if word in _FULL_STATES:
        return True  # "100% certain", "100% fit"
    prev = previous_word(text, c.start).lower()
    if prev in _BEING_FULLY and (re.match(r"[ \u00a0]*[,.;:!?\"'\u201d]", text[after:after + 3])
                                 or word in ("again", "since", "now", "from", "today")):
        return True  # "I feel 100% again", "has been 100%."
    return None


# the states "100%" says one is fully in
_FULL_STATES = {"certain", "sure", "fit", "fresh", "confident", "committed", "convinced",
                "behind", "focused", "ready", "happy", "recovered", "right", "wrong", "honest"}
# the verbs after which a bare "100%" says how fully one is or does, with nothing after it
_BEING_FULLY = {"feel", "felt", "feeling", "feels", "am", "be", "been", "do", "give", "giving",
                "gave"}


def _chart_place(text: str, c: Candidate) -> bool | None:
    """A place in a chart or a list written as a bare number, a rank as "at number five"
    is, no figure: "The single slipped to six after five weeks", "the duo wound up at a
    lowly 38", "Sara Lind came in at 12"; only a whole number up to 200 after "at" or a
    move's "to", with no noun after it, where its paragraph tells of a chart, a list,
    places or a numbered place within the 400 characters before it."""
    if c.kind not in ("digits", "words") or c.value != int(c.value) or not 1 <= c.value <= 200 \
            or not _PLACE_BEFORE.search(text, max(0, c.start - 40), c.start) \
            or not _PLACE_AFTER.match(text, c.end):
        return None
    start = max(text.rfind("\n", 0, c.start) + 1, c.start - 400)
    end = text.find(".", c.end)
    return True if _CHART.search(text, start, len(text) if end < 0 else end) else None


# "at", "in at", "at a lowly", or the "to" of a move or of places: "slipped to", "one place to"
_PLACE_BEFORE = re.compile(r"(?:\bat(?:[ \u00a0]+(?:a|an)[ \u00a0]+[a-z]+)?|\b(?:places?|slipped"
                           r"|dropped|fell|rose|climbed|moved|jumped|slid|sank|up|down)"
                           r"[ \u00a0]+to)[ \u00a0]+$")
# what may follow a place: a mark, or a word that starts a phrase or a clause, no noun
_PLACE_AFTER = re.compile(r"(?:[,.;:)]|[ \u00a0]+(?:with|after|while|and|but|behind|ahead|in|at"
                          r"|on|for|followed|as|this|last)\b|$)")
# what a paragraph that ranks things in places tells of: the charts (not a chart that
# shows), a list that ranks (not a waiting list), new entries, places moved, a numbered place
_CHART = re.compile(
    r"\bcharts\b|\b(?:in|into|entered|enters|enter|top|of|up|down)[ \u00a0]+the"
    r"[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}chart\b"
    r"|\b(?:annual|rich|power|hot|top|on[ \u00a0]+the)[ \u00a0]+(?:[\w-]+[ \u00a0]+)?list\b"
    r"|\bnew[ \u00a0]+entr(?:y|ies)|\bcountdown\b|\bbox[ \u00a0]+office\b"
    r"|\bplaces?[ \u00a0]+to\b"
    r"|\bnumber[ \u00a0]+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b"
    r"|\b(?:\d{1,3}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth)[ \u00a0]+place\b")


# the tests of _not_a_figure, in the order they are tried
_WORD_TESTS = (_rate_base, _rank, _word_name_or_position, _pronoun_one, _hour_of_day,
               _chart_place, _round_of_last, _clock_point)
_DIGIT_TESTS = (_rank, _times, _glued, _list_marker, _date_or_time, _hour_of_day, _year,
                _phone_or_code, _name_or_label, _maker_model, _denominator, _game_minute,
                _chart_place, _round_of_last, _full_measure, _clock_point)


# one letter glued to a labelled number, a code and no unit ("series 5c", "Class 2b"), but
# for the letters of a scale or a price ("level 4m", "Game 2p")
_LETTER_CODE = re.compile(r"(?![mMkKpP])[A-Za-z](?![\w°%])")


def _unit_or_scale_glued(after: str) -> bool:
    m = re.match(r"[A-Za-z%°]+", after)
    if not m:
        return False
    word = m.group()
    return word in SCALES or lookup(after, glued=True) is not None or word.lower() in (
        "p", "cents", "c", "pc", "pct", "bn", "mn", "tn", "k") or bool(
        CODE_AFTER.match(after) or SYMBOL_AFTER.match(after) or SIGN_AFTER.match(after))



PERCENT_AFTER = re.compile(r"[ \u00a0]?(?:%|per[ \u00a0]?cent\b|percent\b|pc\b|pct\b)",
                            re.IGNORECASE)


_LABEL_LINK = re.compile(r"(?:,|[ \u00a0](?:and|or|&))[ \u00a0]")
_LIST_GOES_ON = re.compile(r"(?:[,;.)]|[ \u00a0](?:and|or|&)\b|$)")


def _more_of_a_label(text: str, label: Candidate, c: Candidate, listed: bool) -> bool:
    """A bare number listed right after a name's number (or one `listed` after it), which
    names too: the 3 and 4 of "Key Stages 1, 3 and 4"; not "Boeing 737, 20 of which",
    "Article 5 and 30 people"."""
    return (c.kind == "digits" and label.kind == "digits"
            and bool(_LABEL_LINK.fullmatch(text, label.end, c.start))
            and bool(_LIST_GOES_ON.match(text, c.end))
            and (listed or _name_or_label(text, label) is True))


def figure_candidates(text: str) -> list[Candidate]:
    """The numbers of `text` that may be figures: dates, times, scores and names dropped."""
    candidates: list[Candidate] = []
    dropped: list[Candidate] = []
    listed: set[int] = set()  # the starts of numbers dropped as more of a label
    for c in _candidates(text):
        if _not_a_figure(text, c):
            dropped.append(c)
        elif c.kind == "digits" and text[c.start - 1:c.start] in ("-", "–") \
                and dropped and dropped[-1].end == c.start - 1 \
                and not _unit_or_scale_glued(text[c.end:c.end + 12]):
            dropped.append(c)  # "Olympiakos 3-1", "Boeing 737-800", "2005-6": one token
        elif dropped and _more_of_a_label(text, dropped[-1], c, dropped[-1].start in listed):
            dropped.append(c)  # "Key Stages 1, 3 and 4", "Terminals 2 and 3"
            listed.add(c.start)
        else:
            candidates.append(c)
    # and the left end of a pair whose right end is not a figure: "6-4 3-6", "5-10pm"
    gone = {d.start for d in dropped}
    return [c for c in candidates if not (
        c.kind == "digits" and text[c.end:c.end + 1] in ("-", "–") and c.end + 1 in gone)]
