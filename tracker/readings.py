"""Reading one figure: the currency before it, the scale word, currency name, unit and
rate after it, cents and the smaller parts of a measure ("6ft 2in"), the noun it
counts and its qualifier, into a `Figure`; and the row it becomes (`to_quantity`).
tracker.quantities runs the scan that joins figures into ranges and changes.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from .candidates import (
    PERCENT_AFTER,
    SYSTEM,
    Candidate,
    next_word,
    previous_word,
)
from .changes import BE_FORMS, NOT_OBJECT, change_after, sentence_before
from .data import currencies, phrases
from .data.numbers import AMBIGUOUS_SCALES, MULTIPLIERS, SCALES, STACKED_SCALES
from .data.subjects import MARK_NOUNS, MARK_SIDES, RACE_DISTANCES, SIDED_MARKS
from .data.units import CUED_UNITS, GLUED_UNITS, MEASURE_PARTS, PER_NOUNS, UNITS_BEFORE
from .numbers import parse_words, scaled
from .parse import verb_forms
from .patterns import (
    CLAUSE_START,
    CODE_AFTER,
    CODE_BEFORE,
    CUED_SYMBOL,
    CURRENCY_NAMED,
    CURRENCY_WORDS,
    DOLLAR_PREFIX,
    GLUED_UNIT,
    MEASURE_WORDS,
    MULTIPLE,
    NO_NOUN,
    NOT_NOUNS,
    PER_CURRENCY,
    PRICED_BEFORE,
    QUALIFIER_AFTER,
    QUALIFIER_BEFORE,
    RACE_ADJECTIVES,
    RATE,
    SCALE,
    SENTENCE_START,
    SHARED_NAME,
    SIGN_AFTER,
    SUBUNIT,
    SYMBOL_AFTER,
    SYMBOL_BEFORE,
    WHEN_AFTER,
    WORD_BEFORE_AMOUNT,
)
from .schema import Quantity
from .units import Unit, lookup, per_unit, rate_dimension, to_base


@dataclass(slots=True)
class Figure:
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
    dimension: str = ""  # set where the unit alone does not say it: "exchange rate"


def _taken(text: str, start: int) -> bool:
    """Whether a currency word ending at `start` already follows another figure ("50 dollar 40")."""
    return bool(re.search(r"\d[ \u00a0]*$", text[max(0, start - 6):start]))




def _currency_before(text: str, fig: Figure) -> None:
    window = text[max(0, fig.start - 8):fig.start]
    m = DOLLAR_PREFIX.search(window)
    if m:
        fig.currency = currencies.DOLLAR_PREFIXES[m.group(1).lower()]
        fig.start -= len(m.group(0))
        return
    m = SYMBOL_BEFORE.search(window)
    if m and m.group(1) == "PS" and fig.end - fig.start < 3:
        return  # "PS5" is a games console; "PS2.7m" an ASCII-folded "£2.7m"
    if m:
        fig.currency = currencies.SYMBOLS[m.group(1)]
        fig.start -= len(m.group(0))
        return
    m = CODE_BEFORE.search(window)
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
    m = WORD_BEFORE_AMOUNT.search(text[max(0, fig.start - 30):fig.start])
    if m and fig.kind == "digits" and not _taken(text, fig.start - len(m.group(0))) \
            and not PERCENT_AFTER.match(text[fig.end:fig.end + 12]):
        # "euro 5 million" is money; "pushed the euro 1.2% lower" a move of the euro
        word = m.group(1).lower()
        fig.currency = currencies.WORDS.get(word) or currencies.WORDS.get(word + "s", "")
        fig.start -= len(m.group(0))


# what follows a million, not a metre: a noun ("4m viewers"), a people ("1.6m Muslims"), an
# acronym's plural ("4m DS consoles")
_NOUN_AFTER_M = re.compile(r"[ \u00a0](?:[a-z]|[A-Z][a-z]+s\b(?!['’])|[A-Z]{2,}[ \u00a0](?:[A-Z][a-z]+[ \u00a0])?[a-z]+s\b)")
# the money end of a range whose other end is the figure: "$10-25m", "£5-10m", "$779m-798m"
_MONEY_RANGE_START = re.compile(r"[$£€¥][\d.,]+(?:[ \u00a0]?(?:m|bn|million|billion))?[ \u00a0]?[-–][ \u00a0]?$")
# nouns a "K" stands before as a unit, not thousands: "a 10K road race", "a 56k modem"
_K_NOUNS = {"run", "race", "road", "modem", "modems", "dial", "dial-up", "broadband", "line",
            "lines", "connection", "connections"}


# "half a dozen": a fraction of a dozen, which is no scale word elsewhere ("a dozen" is 12)
_OF_A_DOZEN = re.compile(r"[ \u00a0]+(?:of[ \u00a0]+)?an?[ \u00a0]+dozen\b(?!-)", re.IGNORECASE)


def _of_a_dozen(text: str, fig: Figure) -> None:
    """"half a dozen medal prospects" is six, not a half and 12."""
    dozen = _OF_A_DOZEN.match(text, fig.end) if fig.kind == "fraction" else None
    if dozen is not None:
        fig.kind, fig.value, fig.factor = "words", scaled(fig.value, 12), fig.factor * 12
        fig.end = dozen.end()


def _scale_after(text: str, fig: Figure) -> None:
    skip = 0
    if fig.kind == "fraction":  # "half a million", "a quarter of a million"
        a = re.match(r"[ \u00a0]+(?:of[ \u00a0]+)?an?(?=[ \u00a0]+(?:thousand|million|billion|trillion)\b(?!-))",
                     text[fig.end:fig.end + 20])
        skip = a.end() if a else 0
    m = SCALE.match(text[fig.end + skip:fig.end + skip + 24])
    if not m or fig.kind == "vague":
        return
    space, word = m.group(1), m.group(2)
    factor = SCALES.get(word) or (SCALES.get(word.lower()) if len(word) > 2 else None)
    if not factor:
        return
    if word in AMBIGUOUS_SCALES:
        if space and space != "-" and not (fig.currency and word in ("m", "M")):
            return  # "5 m" is five metres; "5m" may be five million; "$458 m" is millions
        rest = text[fig.end + m.end():fig.end + m.end() + 30]
        follows = next_word(text, fig.end + m.end()).lower()
        money = fig.currency or CURRENCY_WORDS.match(rest) or _MONEY_RANGE_START.search(
            text[max(0, fig.start - 16):fig.start])
        if not money:
            if word in ("m", "M"):
                if _metres(text, fig, rest, follows) and not _millions_beside(text, fig, fig.end + m.end()):
                    return  # "400m", "a 5m-high wall", "the 4x100m quartet": metres
            elif word.lower() == "k":
                rest, follows = _range_end_rest(text, fig.end + m.end(), word, rest, follows)
                if not re.match(r"^[ \u00a0][a-z]", rest) or follows in MEASURE_WORDS | _K_NOUNS:
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
    if factor == 100 or (factor >= 1e3 and _STACKED.match(text, fig.end)):
        _scale_after(text, fig)  # "3 hundred million", "half a million", "1.5 lakh crore"


def _range_end_rest(text: str, end: int, word: str, rest: str, follows: str) -> tuple[str, str]:
    """The text and the word after the right end of a range glued to `word` at both ends
    ("10k-15k staff"), read in place of `rest` and `follows`: the ends share their scale."""
    other = re.match(rf"[-–][\d.,]*\d{re.escape(word)}\b", text[end:end + 24])
    if other is None:
        return rest, follows
    at = end + other.end()
    return text[at:at + 30], next_word(text, at).lower()


def _metres(text: str, fig: Figure, rest: str, follows: str) -> bool:
    """Whether the bare "m" glued to a figure, `rest` the text after it, is metres: no noun
    follows ("400m"), or a word of length or of a race ("a 5m-high wall", "the 200m races"),
    and no audience is spoken of ("peaked at 11.9m")."""
    words = re.findall(r"[A-Za-z']+", rest[:40].lower())
    while words and words[0] in RACE_ADJECTIVES and len(words) > 1:
        words.pop(0)
    if follows in RACE_ADJECTIVES and words and words[0] in MEASURE_WORDS:
        follows = words[0]  # "the 10,000m world record"
    return (not _NOUN_AFTER_M.match(rest) or follows in MEASURE_WORDS | NO_NOUN | _WHERE_RUN
            or bool(re.search(r"\d[x×]$", text[max(0, fig.start - 2):fig.start]))
            or _race_then_when(text, fig, rest)
            or _one_thing_after(text, fig, words) or _race_before(text, fig, words)) and (
            follows in MEASURE_WORDS or not _audience_near(text, fig))


# words after a distance that say where it is run: "perform well over 60m indoors"
_WHERE_RUN = {"indoors", "outdoors"}


def _race_then_when(text: str, fig: Figure, rest: str) -> bool:
    """A race's distance after "the" or an owner, then a phrase of when, whose number is no
    noun the "m" could count: "to enter the 10,000m five days later"."""
    return fig.value in RACE_DISTANCES and bool(
        _NAMED_BEFORE.search(text, max(0, fig.start - 7), fig.start)) and bool(
        WHEN_AFTER.match(rest))


# "the", or an owner, before a race's distance
_NAMED_BEFORE = re.compile(r"\b(?:the|her|his|their)[ \u00a0]+$", re.IGNORECASE)


# words before a distance that only a race has: "the men's 800m", "over the final 400m",
# "through 1200m", "the fastest indoor 400m of all time"
_RACE_BEFORE = re.compile(r"\b(?:men's|women's|boys'|girls'|final|last|closing|fastest|quickest|"
                          r"slowest|indoor|outdoor|through)[ \u00a0]+$", re.IGNORECASE)


def _race_before(text: str, fig: Figure, words: list[str]) -> bool:
    """A distance after a word only a race has, with no plural noun after it to count ("the
    final 400m"; not "the final 300m vaccines")."""
    return bool(_RACE_BEFORE.search(text, max(0, fig.start - 12), fig.start)) and not (
        words and words[0] not in NO_NOUN and words[0].endswith("s"))


# nouns for many that do not end in "s", and nouns of change a sum in millions goes with
_MANY_NOUNS = {"people", "men", "women", "children", "staff", "police", "personnel", "cattle",
               "sheep", "fish", "audience", "increase", "rise", "fall", "drop", "boost", "cut",
               "gain", "loss", "jump", "deal", "budget", "fund", "bid", "offer", "target",
               "goal", "total", "figure", "sale", "order", "contract", "loan", "payment",
               "payout", "investment", "settlement", "profit", "revenue", "turnover", "debt",
               "deficit", "surplus", "shortfall", "windfall", "package", "programme", "scheme",
               "project", "plan", "subsidy", "grant", "fee", "prize", "bonus", "salary",
               "transfer", "valuation", "bill", "fine", "reward", "donation"}


def _one_thing_after(text: str, fig: Figure, words: list[str]) -> bool:
    """"a 10m wall", "the 10m line": one thing after an article can only be so long, not
    ten million of it; not "the 300m blog entries", "a 10m increase"."""
    if not re.search(r"\b(?:an?|the)[ \u00a0]+$", text[max(0, fig.start - 5):fig.start],
                     re.IGNORECASE) or not words:
        return False
    noun = words[0]
    head = words[1] if len(words) > 1 and words[1] not in NO_NOUN else ""
    return (noun.isalpha() and not noun.endswith("s") and noun not in NO_NOUN | _MANY_NOUNS
            and not head.endswith("s"))


# the other end of a range after a glued "m": "2m-3m viewers", "1m to 2 million people";
# group 1 its scale word ("and" only after "between": "the 5,000m and 10,000m world records"
# is a list)
_M_RANGE_END = re.compile(r"[ \u00a0]?(?:-|–|to)[ \u00a0]?[$£€¥]?[\d.,]*\d[ \u00a0]?(m|mn|million)\b")
_M_BETWEEN_END = re.compile(r"[ \u00a0]and[ \u00a0][$£€¥]?[\d.,]*\d[ \u00a0]?(m|mn|million)\b")


def _millions_beside(text: str, fig: Figure, end: int) -> bool:
    """Whether the range a glued "m" ends at `end` opens is one of millions: "between 2m and
    2.5m tonnes", "2m-3m viewers" (the other end's "m" read as for a single figure); not
    "2m to 3m high"."""
    m = _M_RANGE_END.match(text, end)
    if not m and re.search(r"\bbetween[ \u00a0]+$", text[max(0, fig.start - 12):fig.start], re.IGNORECASE):
        m = _M_BETWEEN_END.match(text, end)  # "between 2m and 2.5m tonnes"
    if not m:
        return False
    if m.group(1) != "m":
        return True  # "1m to 2 million people"
    rest = text[m.end():m.end() + 30]
    return bool(CURRENCY_WORDS.match(rest)) or not _metres(text, fig, rest, next_word(text, m.end()).lower())


_STACKED = re.compile(r"[ \u00a0](?:" + "|".join(STACKED_SCALES) + r")\b", re.IGNORECASE)


# "a final seen by 14m", "watched by almost 9m": an audience, right before the figure
_SEEN_BY = re.compile(r"\b(?:seen|watched|viewed|heard)[ \u00a0]+by[ \u00a0]+"
                      r"(?:(?:almost|nearly|about|around|some|over|just|an[ \u00a0]+estimated|"
                      r"more[ \u00a0]+than|up[ \u00a0]+to)[ \u00a0]+)?$", re.IGNORECASE)


def _audience_near(text: str, fig: Figure) -> bool:
    """Whether the figure's sentence speaks of an audience ("peaked at 11.9m" viewers)."""
    before = sentence_before(text, fig.start, 100)
    if _SEEN_BY.search(before):
        return True
    after = re.split(r"[.!?]\s", text[fig.end:fig.end + 80])[0]
    words = set(re.findall(r"[a-z]+", (before + " " + after).lower()))
    return bool(phrases.AUDIENCE_CUES & words) and not phrases.LENGTH_CUES & words


# the cents of a named currency: "70 euro cents", "45 US cents", "20 Hong Kong cents"
_NAMED_CENTS = re.compile(r"[ \u00a0](US|U\.S\.|euro|[A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+)?)"
                          r"[ \u00a0]cents?\b")


def _cents_of(name: str) -> str:
    """The ISO code of the currency whose cents a name says ("euro", "US", "Hong Kong"),
    "" for a name of none."""
    name = name.lower().replace(".", "").replace("\u00a0", " ")
    return currencies.WORDS.get(name) or currencies.WORDS.get(f"{name} dollars", "")


def _currency_after(text: str, fig: Figure) -> None:
    rest = text[fig.end:fig.end + 40]
    if not fig.currency:
        m = _NAMED_CENTS.match(rest)
        if m and fig.factor == 1:
            fig.unit_name = "cent"  # a coin, as "50 cents" is: not 70 euros; but of the
            fig.currency = _cents_of(m.group(1))  # currency its name says
            fig.end += m.end()
            return
        m = CURRENCY_WORDS.match(rest)
        if m and m.group(1).lower() in ("pound", "pounds") and not _money_context(text, fig):
            m = None  # "drop 25 pounds", "a 2,204.62-pound load": weight
        if m and m.group(1).lower() == "won" and not (
                fig.factor > 1 or re.match(r"[ \u00a0]?\((?:US)?[$£€]", rest[m.end():])):
            m = None  # "5 won awards": the verb; "6.5 trillion won", "9,000 won ($7)": money
        if m and not re.match(r"-(?!worth\b)[A-Za-z]", rest[m.end():m.end() + 7]):
            # not "pound-feet"; but "2.4bn euros-worth of debts" is money
            fig.currency = currencies.WORDS[m.group(1).lower()]
            fig.end += m.end()
            return
        m = SYMBOL_AFTER.match(rest)
        if m and m.group(1).isupper() and len(m.group(1)) == 3:
            fig.currency = currencies.SYMBOLS[m.group(1)]
            fig.end += m.end()
            _scale_after(text, fig)  # "75 USD million"
            return
        m = CODE_AFTER.match(rest)
        if m and (m.group(2).isupper() or not m.group(1)) and (m.group(1) is None or m.group(1) == "M"):
            fig.currency = currencies.CASELESS_CODES[m.group(2).upper()]
            fig.end += m.end()
            if m.group(1) and fig.factor == 1:
                fig.value = scaled(fig.value, 1e6)  # "30 MUSD": millions of US dollars
                fig.factor = 1e6
            _scale_after(text, fig)
            return
        m = SIGN_AFTER.match(rest)
        if m:
            fig.currency = currencies.SIGNS[m.group(1)]  # "15 €", "100元"
            fig.end += m.end()
            return
        m = SHARED_NAME.match(rest)
        if m:
            fig.unit_name = currencies.SHARED_NAMES[m.group(1).lower()]  # "340 million francs"
            fig.end += m.end()
            return
        m = CUED_SYMBOL.match(rest)
        if m and _money_near(text, fig):
            fig.currency = currencies.CUED_SYMBOLS[m.group(1)]  # "the ferry cost me 240 kn"
            fig.end += m.end()
            return
        _subunit_after(text, fig, rest)
    else:
        # "$5 billion (US dollars)": a repeated name after a symbol is part of the figure
        m = CURRENCY_WORDS.match(rest)
        if m and currencies.WORDS[m.group(1).lower()] == fig.currency:
            fig.end += m.end()


def _money_context(text: str, fig: Figure) -> bool:
    """Whether "pounds" after this figure are money: a scale word or a money word nearby."""
    of_what = re.match(r"[ \u00a0](?:of[ \u00a0])?pounds?[ \u00a0]of[ \u00a0]((?:[\w'’]+[ \u00a0]?){1,3})",
                       text[fig.end:fig.end + 60])
    if of_what:  # "pounds of cannabis" weigh; "pounds of lottery money" are paid
        return _money_word(of_what.group(1))
    if fig.factor > 1 or fig.kind == "vague" or fig.value >= 1e6:
        return True  # "£5m", "millions of pounds", "a trillion pounds"
    return _money_word(text[max(0, fig.start - 60):fig.end + 40])


def _subunit_after(text: str, fig: Figure, rest: str) -> None:
    """A coin after the figure: "274.5 pence", "68p", "four pence" (a spelled number never
    "p"), and a "p" set apart where a price moves or stands ("down 54 p at 1230 p")."""
    if fig.factor != 1:
        return
    m = SUBUNIT.match(rest)
    if m and (fig.kind == "digits" or fig.kind == "words" and m.group(1)):
        word = (m.group(1) or m.group(2)).lower()
        fig.unit_name = currencies.SUBUNITS.get(word, "cent")
        fig.end += m.end()
    elif fig.kind == "digits" and _SPACED_P.match(rest) and (
            _PRICE_MOVE.search(text, max(0, fig.start - 12), fig.start) or _money_near(text, fig)):
        fig.unit_name = "penny"
        fig.end += 2


# a "p" set apart from its figure, and the word of a price's move or level before it
_SPACED_P = re.compile(r"[ \u00a0]p(?![\w'’-]|\.\w)")  # not "5 p.m."
_PRICE_MOVE = re.compile(r"\b(?:up|down|at|to|from|by|rose|fell|gained|lost|added|shed"
                         r"|slipped|climbed)[ \u00a0]+$", re.IGNORECASE)


def _money_near(text: str, fig: Figure) -> bool:
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


# between the parts of one measure: "6ft 2in", "22 minutes 45 seconds", "one minute, 46.68
# seconds", "11 stone and 4lb"
_PARTS_GAP = re.compile(r"[ \u00a0]?(?:,[ \u00a0]?|and[ \u00a0])?")
# the prime of feet before inches with theirs: "5' 10\"", "6′ 2″"
_FEET_MARK = re.compile(r"['’′][ \u00a0]?(?=\d{1,2}(?:\.\d+)?[\"”″])")
# "6 ft 4 in": inches written apart after feet
_INCHES_APART = re.compile(r"[ \u00a0]ins?\b\.?")


def second_part(text: str, fig: Figure, nxt: Candidate | None) -> bool:
    """"6ft 2in", "22 minutes 45 seconds", "11st 4lb", "7lb 6oz": one measure written in two
    units; the smaller part is folded into the first figure, in the first figure's unit."""
    feet = _FEET_MARK.match(text, fig.end)
    if nxt is not None and fig.unit is None and feet and not (fig.currency or fig.unit_name) \
            and fig.high is None and nxt.start == feet.end():
        fig.unit, fig.end = Unit("foot", "length"), feet.start() + 1  # "about 5' 10\" tall":
        # feet written with a prime before the inches
    if nxt is None or fig.unit is None or fig.currency or fig.unit_name or fig.high is not None:
        return False
    gap = _PARTS_GAP.match(text, fig.end)
    if gap.end() != nxt.start:
        return False
    part = assemble(text, nxt)
    apart = _INCHES_APART.match(text, part.end)
    if part.unit is None and fig.unit.name == "foot" and apart:
        part.unit, part.end = Unit("inch", "length"), apart.end()  # "6 ft 4 in"
    if part.unit is None or part.currency or part.high is not None \
            or part.unit.name not in MEASURE_PARTS.get(fig.unit.name, ()):
        return False  # "1/16 of a pint, 1/32 of a quart": a list
    (small, base), (big, base_too) = to_base(1, part.unit), to_base(1, fig.unit)
    if small is None or big is None or base != base_too or not 0 <= part.value * small < big:
        return False  # "3 hours 200 minutes" is no one measure
    fig.value = fig.value + part.value * small / big
    fig.end = part.end
    return True


def cents_after(text: str, fig: Figure, nxt: Candidate | None) -> bool:
    """"4 dollars 25 cents", "15 USD 50": whole units then a number of hundredths."""
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
# a hyphen after the symbol only where it opens a range glued to it at both ends ("5k-10k races")
_CUED_UNIT = re.compile(r"[ \u00a0]?(" + "|".join(map(re.escape, CUED_UNITS)) + r")\b(?!/)(?![-–](?![\d.,]*\d\1\b))")
_INCH_MARK = re.compile(r"[ \u00a0]?″|[ \u00a0]?\"(?=[ \u00a0](?:long|wide|tall|high|thick|screen|display|monitor|tv|deep)\b)")


def _unit_after(text: str, fig: Figure) -> None:
    """The unit after a figure: a mark of its own ("3x", "(kg)", "300 PS" near an engine, an
    inch mark, a glued "in"), else the lexicon's, perhaps past a word ("436 rushing yards",
    "5 US gallons"), else a unit written before the figure ("a magnitude 6.8 quake")."""
    if fig.currency or fig.unit_name:
        return
    rest = text[fig.end:fig.end + 60]
    if _marked_unit(text, fig, rest):
        return
    found, skip = _lexicon_unit(rest, fig)
    if found is None:
        before = _UNIT_BEFORE.search(text[max(0, fig.start - 16):fig.start])
        if before and fig.kind == "digits":
            fig.unit = Unit(*UNITS_BEFORE[before.group(1).lower()])  # "a magnitude 6.8 quake"
            fig.start -= len(before.group(0))
        return
    unit, length = found
    if skip and re.search(r"\b(?:imperial|UK)$", rest[:skip]):
        imperial = Unit(f"imperial {unit.name}", unit.dimension)  # "5 imperial pints"
        unit = imperial if to_base(1, imperial)[0] is not None else unit
    fig.unit = unit
    fig.end += skip + length


# pronouns that open a clause after "as" ("as they won"), with the determiners
_PRONOUNS = {"he", "she", "it", "they", "we", "you", "my"}
# "times" that makes a figure a ratio: before a comparison or what it multiplies ("16 times
# faster", "10-times faster", "2.5 times more than", "six times as many", "8.2 times earnings");
# not how often ("three times a week", "five times in a row")
_TIMES_OVER = re.compile(r"(?:[ \u00a0]+|-)times[ \u00a0]+(?:more|less|fewer|the|over"
                         r"|as(?=[ \u00a0]+(?-i:[a-z]))(?![ \u00a0]+(?:"
                         + "|".join(sorted(phrases.DETERMINERS | _PRONOUNS)) + r")\b)"
                         # "as many", "as much"; not "breached four times as the side lost",
                         # "... as Leeds won"
                         r"|higher|lower|larger|smaller|bigger|faster|slower|greater|cheaper"
                         r"|dearer|earnings|sales|profits?|book|annual|[a-z]+er[ \u00a0]+than)\b",
                         re.IGNORECASE)


_FACTOR_OF = re.compile(r"\bby[ \u00a0]+a[ \u00a0]+factor[ \u00a0]+of[ \u00a0]+$", re.IGNORECASE)
# "times" after a count too big to be how often a move was made, right after a verb of
# change: a multiple ("computing speed has grown 500,000 times since 1976"; but "Rates
# went up five times": how often, `changes._OCCASIONS`)
_TIMES_AFTER = re.compile(r"(?:[ \u00a0]+|-)times\b(?![ \u00a0]+(?:a|an|per|each|every|in"
                          r"|on|at|during|this|last)\b)", re.IGNORECASE)
_MOVED_BY = re.compile(r"\b(" + "|".join(sorted(w for w in phrases.CHANGE_UP | phrases.CHANGE_DOWN
                                              if " " not in w and w not in ("up", "down")))
                       + r")[ \u00a0]+(?:by[ \u00a0]+)?(?:some[ \u00a0]+|about[ \u00a0]+"
                       r"|nearly[ \u00a0]+|almost[ \u00a0]+|more[ \u00a0]+than[ \u00a0]+)?$",
                       re.IGNORECASE)


def _a_ratio(fig: Figure) -> None:
    """A multiple: counted (unit "count", as "three times" is), in a dimension of its own so
    that no total adds it to counts of things."""
    fig.unit_name, fig.dimension = "count", "ratio"


def _marked_unit(text: str, fig: Figure, rest: str) -> bool:
    """A unit marked in a way of its own, set on `fig`: a multiple, a bracketed symbol, a
    symbol that is a unit only near its field's words, an inch mark, a glued "in"."""
    m = MULTIPLE.match(rest)
    if m and fig.kind == "digits":
        fig.end += m.end()  # "rose 3x", "a 10-fold rise": a multiple, counted like "three times"
        _a_ratio(fig)
        return True
    if text[fig.start:fig.end].lower().endswith("fold") or _TIMES_OVER.match(rest) \
            or _FACTOR_OF.search(text, max(0, fig.start - 16), fig.start) \
            or fig.value * fig.factor > phrases.MOST_OCCASIONS and _TIMES_AFTER.match(rest) \
            and _MOVED_BY.search(text, max(0, fig.start - 30), fig.start) \
            or fig.value * fig.factor % 1 and _TIMES_AFTER.match(rest):
        _a_ratio(fig)  # "shot up tenfold", "16 times faster than", "8.2 times earnings",
        return True  # "rise by a factor of 10", "has leapt 500,000 times", "was
        # oversubscribed 3.5 times": a part of a time is no occasion
    m = _BRACKETED_UNIT.match(rest)
    if m and lookup(" " + m.group(1), glued=True):
        fig.unit = lookup(" " + m.group(1), glued=True)[0]  # "20 (kg)", "20 [kg]"
        fig.end += m.end()
        return True
    m = _CUED_UNIT.match(rest)
    if m:
        window = text[max(0, fig.start - 80):fig.end + 60].lower()
        near = set(re.findall(r"[a-z][a-z0-9]*(?:-[a-z]+)*|\d+", window))  # "224kW": "kw"
        for name, dimension, cues in CUED_UNITS[m.group(1)]:
            if cues & near:
                fig.unit = Unit(name, dimension)  # "190 PS" near "engine", "kW", "torque"
                fig.end += m.end()
                return True
    m = _INCH_MARK.match(rest)
    if m:
        fig.unit = Unit("inch", "length")  # 25.5″, a 10" pen
        fig.end += m.end()
        return True
    m = GLUED_UNIT.match(rest)
    if m:
        fig.unit = Unit(*GLUED_UNITS[m.group(1)])  # "a 10in screen"
        fig.end += m.end()
        return True
    return False


def _lexicon_unit(rest: str, fig: Figure) -> tuple[tuple[Unit, int] | None, int]:
    """The lexicon's unit at the start of `rest` and the characters skipped before it: none,
    or a word ("436 rushing yards"), "of a" ("1/8 of a US pint"), a measuring system ("5
    US gallons"), or the "of" of a vague amount ("hundreds of miles")."""
    glued = bool(rest[:1]) and not rest[:1].isspace()
    probe = " " + rest[1:] if rest[:1] == "-" else rest
    found = lookup(probe, glued=glued and rest[:1] != "-")
    if found is not None:
        return found, 0
    m = re.match(r"[ \u00a0](?:[a-z]+ing|additional|extra|further|consecutive|straight|"
                 r"continuous|uninterrupted|unbroken|successive|previous|more|full|whole|long)"
                 r"(?=[ \u00a0])"
                 r"|[ \u00a0]of[ \u00a0]an?(?:[ \u00a0]" + SYSTEM + r")?(?=[ \u00a0])"
                 r"|[ \u00a0]" + SYSTEM + r"(?=[ \u00a0])", rest)
    if m:
        found = lookup(rest[m.end():], glued=False)
        if found is not None:
            return found, m.end()
    m = _SPAN_WORD.match(rest)
    if m and m.group(1).lower() not in _NOT_SPAN_WORDS and parse_words(m.group(1)) is None:
        found = lookup(rest[m.end():], glued=False)  # "two unbelievable weeks", "three
        if found is not None and found[0].dimension == "time":  # hard months": a span
            return found, m.end()
    if fig.kind == "vague":
        m = re.match(r"[ \u00a0]of(?=[ \u00a0])", rest)  # "hundreds of miles", "tens of km"
        found = lookup(rest[m.end():], glued=False) if m else None
        if found is not None:
            return found, m.end()
    return None, 0


# one word that may describe a span between a number and its unit of time
_SPAN_WORD = re.compile(r"[ \u00a0]([a-z]+(?:-[a-z]+)?)(?=[ \u00a0](?:years?|months?|weeks?|days?"
                        r"|hours?|decades?|minutes?|nights?)\b)")
_NOT_SPAN_WORDS = NO_NOUN | NOT_NOUNS | {"over", "under", "every", "each", "next", "other",
                                         "such", "some", "few", "many"}


_UNIT_BEFORE = re.compile(r"\b(" + "|".join(UNITS_BEFORE) + r")[ \u00a0-]$", re.IGNORECASE)


# "$793m a year ago", "£125m a year earlier": a time back, not a rate
_AGO = re.compile(r"(?:year|month|week|day|quarter|decade)[ \u00a0]+(?:ago|earlier|before|"
                  r"previously|later|back)\b", re.IGNORECASE)


def _rate_after(text: str, fig: Figure) -> None:
    """"$4 a share", "barrels per day", "35 centimeters/millisecond": a rate."""
    if not (fig.currency or fig.unit or fig.unit_name):
        return
    base = fig.unit_name or (fig.unit.name if fig.unit else currencies.NAMES[fig.currency])
    rest = text[fig.end:fig.end + 40]
    m = RATE.match(rest)
    if not m:
        # "3.1 billion litres of kerosene a year", "7.5 million tonnes of LPG annually": a
        # rate over time after what is measured
        of = _OF_THEN_RATE.match(text, fig.end, fig.end + 60)  # its three words may be long
        if of and (fig.unit or fig.unit_name):
            fig.end = of.end()
            rest = text[fig.end:fig.end + 40]
            m = RATE.match(rest)
    if not m and _per_time_word(fig, rest, base):
        return
    if not m:
        _rate_past_bracket(text, fig, rest)
        return
    if _AGO.match(rest, m.start(1)):
        return
    words = m.group(1).lower()
    for candidate in (words, words.split(" ")[0]):
        noun = PER_NOUNS.get(candidate) or PER_NOUNS.get(candidate.rstrip("s"))
        if noun:
            fig.unit_name = f"{base} per {noun}"
            fig.end += m.start(1) + len(candidate)
            _second_period(text, fig)
            return
    thing = _PER_THING.match(rest, m.start(1))
    money = fig.currency or fig.unit_name in _COINS | _SHARED_NAMES  # "70p per track"
    # before its currency, "200 dinars per canister"
    if money and " per " not in fig.unit_name and re.match(r"[ \u00a0-]?per[ \u00a0]", rest) \
            and thing and thing.group("thing") != "cent" \
            and lookup(" " + rest[m.start(1):], glued=False) is None:
        fig.unit_name = f"{base} per {thing.group('thing')}"  # "$17 per child per year", "£143,000
        fig.end += thing.end()  # per successful asylum seeker": money per any one thing
        _second_period(text, fig)
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


# the coins of the currencies: a figure in them is money before its currency is known
_COINS = frozenset(currencies.SUBUNITS.values())
# the words of one thing after "per", up to a word that starts another phrase, past a name
# or two of its owner ("per LSE share": a share)
_PER_THING = re.compile(r"(?:[A-Z][\w&'’.-]*[ \u00a0]){0,2}(?P<thing>[a-z]{3,}"
                        r"(?:[ \u00a0](?!(?:per|a|an|every|each|on|for|in|of|to|from"
                        r"|and|or|but|with|at|by|than|as|is|was|are|were|will|would|could"
                        r"|can|may|might|must|should|shall|has|have|had|do|does|did)\b)"
                        r"[a-z]+){0,2}\b)")


def _second_period(text: str, fig: Figure) -> None:
    """A span of time after a rate per thing: "$17 per child per year" -> dollar per child
    per year."""
    m = _PERIOD_AFTER.match(text, fig.end)
    if m and " per " in fig.unit_name and not fig.unit_name.endswith(
            tuple(f" per {p}" for p in _PERIODS)) and not _AGO.match(text, m.start(1)):
        fig.unit_name += f" per {PER_NOUNS[m.group(1).lower()]}"  # "per annum": per year
        fig.end = m.end()


_PERIODS = ("year", "month", "week", "day", "hour", "night")
_PERIOD_AFTER = re.compile(r"[ \u00a0]+(?:per|a|an|every|each)[ \u00a0]+("
                           + "|".join((*_PERIODS, "annum")) + r")\b", re.IGNORECASE)


_OF_THEN_RATE = re.compile(
    r"[ \u00a0]of(?:[ \u00a0](?!(?:in|within|over|during|for|than|on|at|by)[ \u00a0])"
    r"[\"“]?[A-Za-z-]+[\"”]?){1,3}?"  # its words, quoted or not, but no preposition: "lost
    # 4% of its value in a week" is over one week, no rate
    r"(?=[ \u00a0](?:(?:a|an|per|every)[ \u00a0](?:year|day|week|month|hour|minute|second"
    r"|annum)\b|annually\b"
    r"|each[ \u00a0](?:year|day|week|month)\b))")
# a time word after a figure that makes it a rate: "7.5 million tonnes annually", "40,000
# tonnes each year"
TIME_WORDS = {"annually": "year", "yearly": "year", "daily": "day", "weekly": "week",
               "monthly": "month", "hourly": "hour"}
_TIME_WORD_RATE = re.compile(
    r"[ \u00a0]+(?:(" + "|".join(TIME_WORDS) + r")|each[ \u00a0]+(year|month|week"
    r"|day|hour))\b(?![ \u00a0]+(?:ago|earlier|before|later|since|until))", re.IGNORECASE)


def _per_time_word(fig: Figure, rest: str, base: str) -> bool:
    """Read "annually", "each year" after a measure as its rate: "7.5 million tonnes
    annually" -> metric ton per year; True when read."""
    m = _TIME_WORD_RATE.match(rest)
    if not m or fig.unit_name and " per " in fig.unit_name:
        return False
    period = TIME_WORDS.get((m.group(1) or "").lower()) or m.group(2).lower()
    fig.unit_name = f"{base} per {period}"
    fig.end += m.end()
    return True


# a sum's restatement in brackets, or the bracket closing on one, before a rate of time
_BRACKET_THEN_RATE = re.compile(
    r"(?:[ \u00a0]*\([^()]{1,40}\)|[;,][^()]{1,20}\)|\)"
    r"|,[ \u00a0]or[ \u00a0][^(),]{1,25},)[ \u00a0]"  # "less than $4, or three euros, a day"
    r"(?:(?:a|an|per|every)[ \u00a0](year|month|week|day|hour|annum)\b"
    r"(?![ \u00a0](?:ago|earlier|before|later))"
    r"|per[ \u00a0]([a-z]+(?:[ \u00a0][a-z]+)?))")


def _rate_past_bracket(text: str, fig: Figure, rest: str) -> None:
    """"$10bn (£5.38bn) a year", "£20 ($38) a month", "900 rupees ($20.40; £10.50) per
    tonne": a sum and its restatements are all a rate; the words of the rate stay out of
    the surface, which must not take in the bracket."""
    m = _BRACKET_THEN_RATE.match(rest)
    shared = fig.unit_name in _SHARED_NAMES  # "300 dinars ($3.10) per loaf": a
    # currency several countries name so, which has no code
    if m and (fig.currency and not fig.unit_name or shared):
        words = (m.group(1) or m.group(2)).lower()
        nouns = (PER_NOUNS.get(w) or PER_NOUNS.get(w.rstrip("s")) for w in (words, words.split()[0]))
        thing = _PER_THING.match(m.group(2)) if m.group(2) else None
        noun = next((n for n in nouns if n), None) or (thing.group("thing").split()[0] if thing
                                                       else None)  # money per any one thing
        if noun:
            name = fig.unit_name if shared else currencies.NAMES[fig.currency]
            fig.unit_name = f"{name} per {noun}"


_SHARED_NAMES = frozenset(currencies.SHARED_NAMES.values())


def _exchange_rate(text: str, fig: Figure) -> bool:
    """"$1.29 to the euro", "100 rupees to the US dollar", "China's yuan is pegged at 8.28 to
    the dollar": the price of one unit of another currency, a rate and not a sum of money
    (so kept out of money totals).  A bare number takes the currency its sentence names
    before it; with none named it stays a number."""
    if fig.unit or fig.unit_name and fig.unit_name not in currencies.SHARED_NAMES.values():
        return False  # "2% against the euro", "50 cents for each dollar"
    m = PER_CURRENCY.match(text[fig.end:fig.end + 40])
    if not m:
        return False
    per = currencies.WORDS[m.group(1).lower()]
    code = fig.currency
    if not (code or fig.unit_name):
        named = [currencies.WORDS[w.lower()]
                 for w in CURRENCY_NAMED.findall(sentence_before(text, fig.start, 160))]
        code = next((c for c in reversed(named) if c != per), "")
        if not code:
            return False
    if code == per:
        return False
    fig.currency = code
    fig.unit_name = f"{fig.unit_name or currencies.NAMES[code]} per {currencies.NAMES[per]}"
    fig.dimension = "exchange rate"
    fig.end += m.end()
    return True


def _priced_before(text: str, fig: Figure) -> bool:
    """"The euro reached $1.30", "Sterling hit a record high of $1.95", "the dollar was
    trading at 102 yen": a sum a currency named right before it moves or trades at is that
    currency's price in the sum's, an exchange rate like "$1.29 to the euro"."""
    if not fig.currency or fig.unit or fig.unit_name and \
            fig.unit_name not in currencies.SHARED_NAMES.values():
        return False
    m = PRICED_BEFORE.search(text, max(0, fig.start - 80), fig.start)
    if m is None or m.group(1).lower().endswith("s"):
        return False  # "profits in pounds rose to $5bn": a sum, not one unit's price
    per = currencies.WORDS[m.group(1).lower()]
    if per == fig.currency:
        return False  # "the dollar fell to $1.20": no price of itself
    fig.unit_name = f"{fig.unit_name or currencies.NAMES[fig.currency]} per {currencies.NAMES[per]}"
    fig.dimension = "exchange rate"
    return True


def counted_noun(text: str, fig: Figure) -> None:
    if fig.currency or fig.unit or fig.unit_name:
        return
    rate = _COUNT_RATE.match(text, fig.end)
    if rate and fig.kind != "fraction":  # "820 pages per month", "500 cars a day", "12,000
        # are added daily", "40 a day"
        period = rate.group(1) or rate.group(2) or TIME_WORDS[rate.group(3)]
        fig.unit_name, fig.dimension = f"count per {period}", "count"
    words = re.findall(r"[A-Za-z][\w'-]*", text[fig.end:fig.end + 50])
    while words and words[0].lower() in NOT_NOUNS:
        words.pop(0)
    if words and words[0] in NO_NOUN:
        return
    if words and words[0][:1].islower() and re.match(r"^[ \u00a0-](?:of )?(?:the |a |an |its |their )?[a-z]", text[fig.end:fig.end + 30]):
        fig.noun = words[0]


# what a count counts, if it says, then the time it counts it in, a rate: "500 cars a day",
# "820 pages per month", "3,000 visitors each day", "12,000 are added daily", "40 a day",
# also past a share each ("six books per person per year"); not "300 jobs a year ago"
_COUNT_RATE = re.compile(
    r"(?:[ \u00a0]+(?!(?:in|on|at|for|and|or|than|by|over|from|to|of|with|the|a|an|per"
    r"|every|each|during|within|into|throughout|after|before|since|until|across|through"
    r"|about|around)\b)[A-Za-z][\w'-]*){0,4}?(?:[ \u00a0]+(?:per|a)[ \u00a0]+(?:person|head"
    r"|capita))?[ \u00a0]+(?:(?:a|an|per|every|each)[ \u00a0]+"
    r"(?:(year|month|week|day|hour)\b(?![ \u00a0]+(?:ago|earlier|before|later|previously"
    r"|back|since|until|after))|(second|minute)\b(?![ \u00a0]+[a-z]))|("
    + "|".join(TIME_WORDS) + r")\b)")  # in lower case: not "the blog EverQuest Daily Grind";
# "500 operations a second", not "300 jobs as a second round"


# a figure hyphened to the word after it, a modifier: "18-year-old", "10-day"
_HYPHENED = re.compile(r"[^\s-]*\d-[A-Za-z]")


# the mark of a quotation that opens on the figure, after a space
_OPENED_ON = re.compile(r"(?<=[ \u00a0])[\"“]$")


def _past_mark(text: str, fig: Figure, window: str) -> str:
    """The bound a mark the figure names sets, as a qualifier: "more_than" for one passed
    ("has broken the 100,000 barrier") or above ("rose above the 5,000 mark"), "less_than"
    for one below ("fell below the politically sensitive threshold of one million"); ""."""
    if _PASSED_THE.search(window) and _MARK_AFTER.match(text, fig.end):
        return "more_than"
    side = _SIDE_OF_MARK.search(text, max(0, fig.start - 80), fig.start)
    if side is not None and (side.group(2) or _MARK_AFTER.match(text, fig.end)
                             or _LEVEL_AFTER.match(text, fig.end)):
        return "less_than" if side.group(1).lower() == "below" else "more_than"
    return ""


def qualifier_before(text: str, fig: Figure) -> int:
    """Set the qualifier from the words before; return where those words start."""
    base = max(0, fig.start - 30)
    window = text[base:fig.start]
    past = _past_mark(text, fig, window)
    if past:
        fig.qualifier = past
        return fig.start
    window = _OPENED_ON.sub("", window)  # 'said that about "12% of ...': a quotation
    # opened on the figure
    window = _BOUND_ON_RANKED.sub(r"\1", window)  # "will be out for at least the first
    # three games": the bound, as if right before the figure
    window = _BOUND_ON_ESTIMATE.sub(r"\1 ", window)  # "at least an estimated 40,000 turbines":
    # the bound outweighs the estimate
    m = QUALIFIER_BEFORE.search(window)
    if not m:
        if fig.qualifier in ("", "exact") and _limits_object(text, fig.start):
            fig.qualifier = "at_most"  # "will limit payments to staff to 150 times the
            # minimum wage", "capped rises at 2.5%": a ceiling put on its object
        return fig.start
    phrase = m.group(1).lower()
    if phrase in ("some of",):
        return fig.start
    if phrase.endswith((" a", " an")) and _HYPHENED.match(text, fig.start, fig.end + 2):
        return fig.start  # "a film about an 18-year-old girl": "about" the girl; the article
        # is the noun's, whose modifier the figure is ("about a third" stays approx)
    at = base + m.start(1)
    if phrase == "up to" and _up_to_a_level(text, fig, at):
        fig.change = "up"  # "went up to 5.5%", "push earnings up to $43.1m": a level reached
        return at
    if phrase == "over" and (_over_a_span(text, fig, at) or _over_a_course(text, fig, at)):
        return fig.start
    if previous_word(text, at).lower() in _NO_BOUND_AFTER.get(phrase, ()):
        return fig.start  # "handed over $103,500", "turned over £2bn": the verb's particle;
        # "the bills added up to £300": a total
    if phrase == "past" and previous_word(text, at).lower() in _PAST_AS_LAST:
        return fig.start  # "in the past 12 months": the last, not beyond
    if phrase == "passed" and (previous_word(text, at).lower() in BE_FORMS
                               or fig.low != fig.high or _SCORE_AFTER.match(text, fig.end)):
        return fig.start  # "the ball was passed 30 yards", "the motion passed 8-1": no bound
    if phrase == "within" and previous_word(text, at).lower() in _closing_in():
        return fig.start  # "moved to within six points of the leaders", "came within two
        # points of defeat": the gap left, as is
    fig.qualifier = phrases.QUALIFIERS[phrase]
    if phrase == "within":
        return fig.start  # a phrase of its own: "halve the deficit within five years" is
        # no move of the five years
    reach = max(0, at - 60)
    negation = _NEGATION.search(text[reach:at])
    if fig.qualifier in phrases.NEGATED_BOUNDS and negation and \
            (negation.group(1) or "").lower() not in phrases.NO_IDIOMS and \
            not (negation.group(1) and _PREPOSITION.search(text, reach + negation.end(1), at)):
        fig.qualifier = phrases.NEGATED_BOUNDS[fig.qualifier]  # "no fare higher than $599"
    return at


# the words before "within" by which one comes as close as the figure says: "moved to within
# six points of", "came within two points of defeat" (not "sold within 10 minutes")
_CLOSERS = ("come", "get", "draw", "creep", "edge", "pull")


@lru_cache(maxsize=1)
def _closing_in() -> frozenset[str]:
    """The words before "within" after which the figure is the gap left: "to", and every
    form of a verb of closing in (`_CLOSERS`, lemminflect's forms: "came", "crept")."""
    return frozenset({"to", *(form for lemma in _CLOSERS for form in verb_forms(lemma))})


# "at least" before the article of a run the figure counts from an end ("at least the first
# two games", "at least the next three months"); not "more than the 100 expected", which
# compares
_BOUND_ON_RANKED = re.compile(r"(?<!\w)(at[ \u00a0]least)[ \u00a0]+the[ \u00a0]+"
                              r"(?:first|next|last|final|opening|top)[ \u00a0]+$", re.IGNORECASE)


# a bound before an estimate: "at least an estimated 5m", "more than a reported $2bn", "more
# than the expected $9m"
_BOUND_ON_ESTIMATE = re.compile(r"(?<!\w)(at[ \u00a0]least|at[ \u00a0]most|more[ \u00a0]than"
                                r"|less[ \u00a0]than|fewer[ \u00a0]than|up[ \u00a0]to)[ \u00a0]+"
                                r"(?:an?|the)[ \u00a0]+(?:estimated|expected|projected|reported)"
                                r"[ \u00a0]+$",
                                re.IGNORECASE)


# a negation before a bound: "not over 5", "no fare higher than", "none of them over 40",
# "did not win more than two games" (a verb of its own after "did not" or "will not"); a
# noun or a verb may stand between "no" and the bound ("no fare will be priced higher
# than"), and between "not" and it only "be" or a verb of a level ("will not be set higher
# than", "won't cost more than")
_NEGATION = re.compile(r"\b(?:(?:[Nn]ot|[a-z]+n['’]t|[Nn]ever|[Nn]obody|[Nn]o[ \u00a0]one)"
                       r"(?:[ \u00a0](?:be|been|get|go|rise|fall|cost|pay|[a-z]+ed)){0,2}"
                       r"|(?:(?:did|does|do|will|would|could|can|should|must|may|might)"
                       r"[ \u00a0]+not|[a-z]+n['’]t)[ \u00a0]+(?!(?:only|just|even|least|much"
                       r"|far|quite|so|as|that|the|a|an|because|since|when|if|for|to|in|on|at"
                       r"|by)\b)[a-z]+"
                       r"|[Nn]one[ \u00a0]of[ \u00a0](?:them|us|these|those|whom|which)"
                       r"|[Nn]o[ \u00a0]([a-z]+)(?:-[a-z]+)?(?:[ \u00a0][a-z]+(?:-[a-z]+)?){0,6})"
                       r"[ \u00a0]+$")

# "no tax on earnings below £6,000", "no charge for children under 5": "no" negates a noun
# that is not what the figure measures; the bound stands
_PREPOSITION = re.compile(r"[ \u00a0](?:on|for|in|at|of|to|with|from|by)\b")


_WENT_UP = re.compile(r"\b(?:went|go|goes|gone|going|moved|rose|climbed|jumped|edged|crept|ticked|"
                      r"shot|risen|surged)\s+$")
# a verb that moves its object up, and the object: "push earnings up to", "sent the FTSE 100
# index up to"; "take up to 3 years" has no object, and stays a bound
# "the lifts can speed up to 24": a verb after the noun, so no object of "lift"
_AUXILIARY = r"(?:can|could|will|would|may|might|must|should|shall|has|have|had|is|are|was|were)\b"
_PUSHED_UP = re.compile(r"\b(?:" + "|".join(sorted(phrases.MOVE_UP_VERBS | phrases.PUTTING_VERBS))
                        + r")"
                        r"[ \u00a0]+(?!(?:on|in|out|off|over|back|away|down|home|around|about|for|"
                        r"with|to|part)\b|" + _AUXILIARY + r")"  # "take on up to 20 staff": no object
                        r"[\w'’-]+(?:[ \u00a0]+(?!up\b|to\b|[a-z]+ing\b|" + _AUXILIARY
                        + r")[\w'’-]+){0,5}"  # not "bring a plant to Ohio creating up to"
                        r"(?<!\bof)(?<!\bworth)(?<!\bfor)(?<!\bat)(?<!\bwith)[ \u00a0]+$",
                        re.IGNORECASE)  # not "get a rebate of up to £300", a bound


def _up_to_a_level(text: str, fig: Figure, at: int) -> bool:
    """Whether the "up to" at `at` leads a level reached, not a bound: "went up to 5.5%",
    "push earnings up to $43.1m"; not "pay up to £500", nor "push costs up to 20% higher"
    (a bound on the rise), nor a time ("take the team up to 3 years")."""
    head = text[max(0, at - 40):at]
    if _WENT_UP.search(head):
        return True
    if fig.unit is not None and fig.unit.dimension == "time" or change_after(text, fig.end):
        return False
    before = sentence_before(text, at, 60)
    pushed = _PUSHED_UP.search(before)
    return pushed is not None and previous_word(
        before, pushed.start()).lower() not in phrases.DETERMINERS | {"each", "every"}
    # (not "Each lift carries up to 20 people": a noun, not "lift earnings up to")


def _over_a_span(text: str, fig: Figure, over: int) -> bool:
    """Whether the "over" at `over` spreads the figure before it over a span of time ("£960m
    over 15 years", "built up over 20 years"): "during", no bound. Not "for over 40 years",
    "over 20 years ago", nor a rate ("over 20 hours a week")."""
    if fig.unit is None or fig.unit.dimension != "time" or fig.unit_name or \
            re.match(r"[ \u00a0]+ago\b", text[fig.end:fig.end + 6]):
        return False
    head = text[max(0, over - 60):over]
    if SENTENCE_START.search(head) or CLAUSE_START.search(head):
        return False  # "Over 20 years, the firm grew": no word before to read
    return previous_word(text, over).lower() not in phrases.OVER_SPAN_MORE_THAN


# a verb of passing a mark, then "the", before a figure the mark's noun follows: "has broken
# the 100,000 barrier", "passed the 10 million mark", "breached the 3% deficit ceiling", also
# through or past it: "broke through the $4tn mark", "pushed past the 6,000 mark" ("above" and
# "below" a mark: _SIDE_OF_MARK)
_PASSED_THE = re.compile(r"\b(?:(?:pass|cross|break|broke|broken|top|topp|exceed|surpass|breach)"
                         r"(?:ed|es|s|ing|en)?(?:[ \u00a0]+(?:through|past))?"
                         r"|(?:rose|risen|climbed|moved|pushed|edged|went|gone|jumped|soared|surged"
                         r"|crept)[ \u00a0]+(?:through|past))[ \u00a0]+the[ \u00a0]+$",
                         re.IGNORECASE)
# "above" or "below" a mark the figure names, its noun after the figure ("above the 5,000
# mark") or before it with "of" ("below the important level of one million")
_SIDE_OF_MARK = re.compile(
    r"\b(" + "|".join(MARK_SIDES) + r")[ \u00a0]+the[ \u00a0]+(?:((?:[\w-]+[ \u00a0]+){0,3}?(?:"
    + "|".join(sorted(SIDED_MARKS)) + r")[ \u00a0]+of[ \u00a0]+)|)$", re.IGNORECASE)
_LEVEL_AFTER = re.compile(r"[ \u00a0-]+level\b", re.IGNORECASE)
_MARK_AFTER = re.compile(r"(?:[ \u00a0]*\([^()]{1,30}\))?"  # past a restating bracket:
                         # "the $100m (£52.7m) mark"
                         r"[ \u00a0-]+(?:[a-z]+[ \u00a0]+)?(?:" + "|".join(sorted(MARK_NOUNS))
                         + r")s?\b", re.IGNORECASE)


def _limits_object(text: str, start: int) -> bool:
    """Whether a verb that puts a ceiling on its object, the object and "to" or "at" come
    right before `start`: "the rules restrict bonuses to", not "the salary cap was set at"."""
    limit = _LIMITS_OBJECT_TO.search(text, max(0, start - 70), start)
    if limit is None:
        return False
    before = previous_word(text, limit.start()).lower()
    return before not in ("a", "an", "the") and (
        limit.group(1).lower() not in ("limit", "cap", "restrict") or before in _MODALS
        or before.endswith("s") and not before.endswith("ss"))  # a bare verb after a
    # modal or a plural subject, not a noun


# a verb that puts a ceiling on its object, the object (up to ten words), then "to" or "at":
# "limit fees to", "capped rises at", "restrict bonuses to", "limit the number of new shops in
# the city to" (not "limited to", a phrase of QUALIFIER_BEFORE)
_LIMITS_OBJECT_TO = re.compile(
    r"\b(limit|limits|limited|limiting|restrict|restricts|restricted|restricting|cap|caps|"
    r"capped|capping)(?:[ \u00a0]+[\w'’-]+){1,10}?[ \u00a0]+(?:to|at)[ \u00a0]+"
    r"(?:(?:only|just|a[ \u00a0]+mere)[ \u00a0]+)?$", re.IGNORECASE)  # "to only one"
# what a bare verb follows: "will limit", "to cap"
_MODALS = {"to", "will", "would", "could", "can", "may", "might", "must", "should", "shall",
           "did", "not", "also"}
# a be-verb before "passed" makes it a passive, no bound (changes.BE_FORMS); a score after
# it is a vote's
_SCORE_AFTER = re.compile(r"[ \u00a0]*(?:-|–|to[ \u00a0])[ \u00a0]*\d")

# words before "past" that make it "last", not "beyond": "the past 12 months"
_PAST_AS_LAST = {"the", "this", "that", "these", "those", "its", "their", "his", "her", "our",
                 "my", "your", "over", "in", "for", "during", "of", ""}

# verbs whose "over" is a particle, not a bound: "handed over $103,500" (forms as written)
_OVER_AS_PARTICLE = {f"{stem}{end}" for stem in ("hand", "sign", "turn", "fork", "pass")
                     for end in ("", "s", "ed", "ing")}
_NO_BOUND_AFTER = {"over": _OVER_AS_PARTICLE,
                   "up to": phrases.ADDING_UP | {"live", "lives", "lived", "living"}}  # ("lives
# up to half his promises": fulfils them, no bound)

# what runs a course "over" a distance: a time ("6.61 seconds over 60m"), a verb of racing,
# or what is won or ranked on it ("the title over 60m", "the fastest over 800m")
_COURSE_BEFORE = re.compile(
    r"(?:\d[\d.]*[ \u00a0]?(?:secs?|seconds?|s|mins?|minutes?|hours?|hrs?)\.?"
    r"|\b(?:compete[sd]?|competing|race[sd]?|racing|r[au]n|runs|running|swim|swam|swims"
    r"|titles?|crowns?|champion|medal(?:s|list|lists)?|records?|fastest|quickest|gold"
    r"|silver|bronze)"
    r")[ \u00a0]+$", re.IGNORECASE)


def _over_a_course(text: str, fig: Figure, over: int) -> bool:
    """Whether the "over" at `over` names the course a race is run on: "ran 6.61 seconds
    over 60m", "will compete over 1500m", "won the indoor title over 3000m", "is the
    fastest over 800m this year"; no bound."""
    return (fig.unit is not None and fig.unit.dimension == "length"
            and bool(_COURSE_BEFORE.search(text, max(0, over - 30), over)))


# the counted noun between a figure and its bound: "200 megabytes of traffic or more",
# "60 people or more"; the bound closes the phrase (",", ".", "a day"; not "or more staff")
_VERBISH = r"(?:were|was|are|is|be|been|have|has|had|will|would|and|or)\b"
_PAST_NOUN = re.compile(r"(?:[ \u00a0]+(?:of[ \u00a0]+)?(?!" + _VERBISH + r")[a-z][a-z'-]*){1,3}?"
                        r"(?=[ \u00a0]+(?:or|and)"
                        r"[ \u00a0]+(?:more|over|above|less|fewer|under|below)(?:[,.;:)]|$"
                        r"|[ \u00a0]+(?:a|an|per|each|every|in|on|at|to|from|for|were|was|are"
                        r"|is|will|would|have|had|must|can|could|should|may|might)\b))")


def qualifier_after(text: str, fig: Figure) -> None:
    """A bound written after the figure ("40 or more", "5m plus"), or after its counted
    noun ("200 megabytes of traffic or more each day")."""
    if fig.qualifier != "exact":
        return
    at = fig.end  # where the bound's words start
    m = QUALIFIER_AFTER.match(text[at:at + 16])
    if m is None and (fig.unit is not None or fig.noun):
        past = _PAST_NOUN.match(text, fig.end, fig.end + 40)
        if past is not None:
            at = past.end()
            m = QUALIFIER_AFTER.match(text[at:at + 16])
    if m is None:  # past a restating bracket, or out of it: "$75,000 (£39,000) or above"
        bracket = _BRACKET_AFTER.match(text, fig.end)
        if bracket is not None and (bracket.group().strip() != ")"
                                    or text[max(0, fig.start - 1):fig.start] == "("):
            at = bracket.end()
            m = QUALIFIER_AFTER.match(text[at:at + 16])
    if m and not (fig.unit is not None and _MORE_OF_ANOTHER.match(text, fig.end + m.end())) \
            and not _THAN_AFTER.match(text, at + m.end()):
        fig.qualifier = phrases.QUALIFIERS_AFTER[m.group(1).lower()]  # (not "16 and 17 year
        # olds and more youth clubs": more of another noun)


# a comparison's "than" after the words of a bound: "rose 5% or higher than forecast"
_THAN_AFTER = re.compile(r"[ \u00a0]+than\b")


# a noun after "and more" or "or fewer", past a figure whose unit is written: more of that
# noun, no bound ("for 17-year-olds and more nurseries"); not "£5m or more a year"
_MORE_OF_ANOTHER = re.compile(r"(?<=more|less|ewer)[ \u00a0]+(?!(?:a|an|per|each|every|in|on"
                              r"|at|to|from|for|of|than|were|was|are|is|will|would|have|has"
                              r"|had|must|can|could|should|may|might|and|or|if|but)\b)"
                              r"[a-z][a-z-]*\b")


# a bracket that restates a figure ("(£39,000)"), or the end of the one the figure is in
_BRACKET_AFTER = re.compile(r"[ \u00a0]*\((?:about[ \u00a0]|or[ \u00a0])?[^\w\s()]{0,3}\d"
                            r"[^()]{0,36}\)|\)")


def is_level_after_change(text: str, fig: Figure, previous: Quantity | None) -> bool:
    """"rose 14 sen to RM19.60", "ended down 2% at 1,527.30": the second figure is the level
    reached, not a change; the change is the first figure's."""
    if previous is None or not previous.change or fig.start - previous.end > 60:
        return False
    between = text[previous.end:fig.start].lower()
    if re.fullmatch(r"[\s,]*(?:to|at|to end at|to close at|to finish at|to stand at"
                    r"|to settle at)\s*", between):
        return True
    noun = re.fullmatch(r"\s+([a-z]+)(?:\s+(?:in|of)(?:\s+[a-z'’-]+){1,6})?"
                        r"(?:\s+(?:for|over|in)(?:\s+[a-z'’-]+){1,3})?\s+to\s*", between)
    # "a 5.5% rise to 18.3bn euros", "a 6% rise in profits to £70m", "a 30% rise in sales for
    # the year to £90m", "a 40% rise in the state's annual trade deficit to $3bn"
    return noun is not None and noun.group(1) in phrases.CHANGE_AFTER_UP | phrases.CHANGE_AFTER_DOWN


EQUIVALENT = re.compile(r"[ \u00a0]*[(\[/][ \u00a0]*(?:or[ \u00a0]+|about[ \u00a0]+)?")


# the next restatement in a bracket ("($39m; £21m)"), or one set off by commas ("less than
# $4, or three euros, a day"), or by dashes ("sank 9% - or $1.20 -")
_NEXT_IN_BRACKET = re.compile(r"[ \u00a0]*[;,][ \u00a0]*")
_OR_RESTATED = re.compile(r"(?:,|[ \u00a0][-–—])?[ \u00a0]+or[ \u00a0]+(?:(?:about|some|nearly|almost"
                          r"|around|roughly|just[ \u00a0]+(?:over|under)|more[ \u00a0]+than|less[ \u00a0]+than)"
                          r"[ \u00a0]+)?")  # also "rose 4p or nearly 1%", no comma


# the noun a count counts, up to three words, then the comma of a restatement: " cars, or "
_COUNTED_THEN_OR = re.compile(r"(?:[ \u00a0]+[a-z][a-z'-]*){1,3}(?=,[ \u00a0]+or[ \u00a0])")
_NOT_IN_NOUN = NOT_OBJECT | phrases.DETERMINERS | {"each", "per"}  # "a year", "in Leeds"


# a spaced dash, which sets off a restatement with another after it: " - 1.1% - "
_DASH_SET = re.compile(r"[ \u00a0][-–—][ \u00a0]")

# a year between a sum and its restatement in another currency: " in 2004 ("
_DATED_BRACKET = re.compile(r"[ \u00a0]+in[ \u00a0]+(?:19|20)\d\d[ \u00a0]*[(\[][ \u00a0]*")


def equivalent_of(text: str, fig: Figure, previous: Quantity | None) -> Quantity | None:
    """"more than 7.5m crowns (US$1.1m)", "296 hp (224 kW / 300 PS)", "about 30m euros
    ($39m; £21m)", "less than $4, or three euros,": the same figure restated."""
    if previous is None or fig.start < previous.end:
        return None
    between = text[previous.end:fig.start]
    if EQUIVALENT.fullmatch(between):
        return previous
    if _DATED_BRACKET.fullmatch(between) and fig.currency and previous.currency \
            and fig.currency != previous.currency:
        return previous  # "jumped to 5bn yuan in 2021 ($770m; £560m)": the sum in dollars
    counted = _COUNTED_THEN_OR.match(between) if previous.noun else None
    if counted and previous.dimension == "count" and _unit_of(fig)[1] == "percentage" \
            and not _NOT_IN_NOUN & set(counted.group().split()) \
            and _OR_RESTATED.fullmatch(between, counted.end()):
        return previous  # "cut output by another 12,000 cars, or 2.5%": the count as a share
    if _OR_RESTATED.fullmatch(between):
        if not re.search(r"[,–—-]", between) and (_unit_of(fig)[1] != "percentage"
                                   or previous.dimension == "percentage"):
            return None  # without a comma only a share restates a sum ("rose by £106m or
            # 47.3%"); "net fell 2% or $1.40 a share" gives the level after the move
        return previous if _other_measure(previous, fig) else None
    if _DASH_SET.fullmatch(between) and _DASH_SET.match(text, fig.end) and previous.change \
            and _other_measure(previous, fig):
        return previous  # "rose 15 cents - 1.1% - to $13.80": the move restated, set off
    opened = text.rfind("(", max(0, previous.start - 40), previous.start)
    inside = opened >= 0 and ")" not in text[opened:fig.start]
    return previous if inside and _NEXT_IN_BRACKET.fullmatch(between) else None


def _other_measure(previous: Quantity, fig: Figure) -> bool:
    """Whether ", or" puts the figure in another measure, as a restatement does ("56
    pence, or 7.6%", "less than $4, or three euros", "12.6%, or 440,700 megawatts"); the
    same measure is another choice ("£200 ..., or £300 where"), and an age never restated."""
    unit, dimension, currency = _unit_of(fig)
    if "age" in (dimension, previous.dimension):
        return False
    if "percentage" in (dimension, previous.dimension):
        return dimension != previous.dimension
    return dimension == previous.dimension and (unit, currency) != (previous.unit,
                                                                     previous.currency)


def _unit_of(fig: Figure) -> tuple[str, str, str]:
    """(unit, dimension, currency) as the table writes them."""
    if fig.dimension:
        return fig.unit_name, fig.dimension, fig.currency
    if fig.currency:
        name = fig.unit_name or currencies.NAMES[fig.currency]
        return name, "currency", fig.currency
    if fig.unit_name:
        coin = currencies.coin(fig.unit_name)[0]  # "4p": GBP
        if fig.unit:
            return (fig.unit_name, rate_dimension(fig.unit, fig.unit_name.partition(" per ")[2]),
                    coin)
        return fig.unit_name, "currency", coin
    if fig.unit:
        return fig.unit.name, fig.unit.dimension, ""
    if fig.kind == "fraction":
        return "fraction", "fraction", ""
    return "count", "count", ""


def _word_scale(words: str) -> float:
    """The scale a number in words ends on, so that it carries across a range like a
    written scale word: "between five and six million" is 5m-6m.

    >>> _word_scale("six million"), _word_scale("twelve thousand"), _word_scale("sixty")
    (1000000.0, 1000.0, 1.0)
    """
    factor = MULTIPLIERS.get(re.split(r"[\s-]+", words.strip().lower())[-1], 1.0)
    return float(factor) if factor >= 1e3 else 1.0


def assemble(text: str, c: Candidate) -> Figure:
    fig = Figure(c.start, c.end, c.value, c.kind, high=c.high)
    if c.high is not None:
        fig.low = c.value
    if c.kind == "words":
        fig.factor = _word_scale(text[c.start:c.end])
    _currency_before(text, fig)
    _of_a_dozen(text, fig)
    _scale_after(text, fig)
    _currency_after(text, fig)
    if c.kind == "clock":
        fig.unit = Unit("minute", "time")  # "won in 7:39.89": 7 minutes 39.89 seconds
    _unit_after(text, fig)
    if not (_exchange_rate(text, fig) or _priced_before(text, fig)):
        _rate_after(text, fig)
    if not math.isfinite(fig.value):
        fig.kind = "overflow"  # "9"*300 + "bn": past what a float holds; no figure
    return fig


def to_quantity(text: str, fig: Figure) -> Quantity | None:
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
