"""Find the figures in a text: value, bounds, range, change, unit and currency.

Rules, not a model: the numbers that may be figures (tracker.candidates), then for each
one a look left (currency symbol, qualifier, change verb: tracker.changes) and right (scale
word, currency name, unit, counted noun, the other end of a range).  The rule tables live
in tracker.data, the patterns built from them in tracker.patterns.
`find_quantities(text)` never raises on any string; odd text gives fewer figures.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal

from .candidates import (
    PERCENT_AFTER,
    SYSTEM,
    Candidate,
    figure_candidates,
    next_word,
    previous_word,
)
from .changes import SENTENCE_END, change_after, change_before, change_in_clause, sentence_before
from .data import currencies, phrases
from .data.numbers import AMBIGUOUS_SCALES, MULTIPLIERS, SCALES, STACKED_SCALES
from .data.units import CUED_UNITS, GLUED_UNITS, MEASURE_PARTS, PER_NOUNS, UNITS_BEFORE
from .numbers import midpoint, scaled
from .patterns import (
    CLAUSE_START,
    CODE_AFTER,
    CODE_BEFORE,
    CUED_SYMBOL,
    CURRENCY_WORDS,
    DOLLAR_PREFIX,
    GLUED_UNIT,
    MEASURE_WORDS,
    MULTIPLE,
    NO_NOUN,
    NOT_NOUNS,
    QUALIFIER_AFTER,
    QUALIFIER_BEFORE,
    RACE_ADJECTIVES,
    RANGE_JOIN,
    RATE,
    SCALE,
    SENTENCE_START,
    SHARED_NAME,
    SIGN_AFTER,
    SUBUNIT,
    SYMBOL_AFTER,
    SYMBOL_BEFORE,
    WORD_BEFORE_AMOUNT,
)
from .schema import Quantity
from .units import Unit, lookup, per_unit, to_base


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




def _currency_before(text: str, fig: _Figure) -> None:
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


def _scale_after(text: str, fig: _Figure) -> None:
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
        if space and space != "-":
            return  # "5 m" is five metres; "5m" may be five million
        rest = text[fig.end + m.end():fig.end + m.end() + 30]
        follows = next_word(text, fig.end + m.end()).lower()
        money = fig.currency or CURRENCY_WORDS.match(rest) or _MONEY_RANGE_START.search(
            text[max(0, fig.start - 16):fig.start])
        if not money:
            if word in ("m", "M"):
                if _metres(text, fig, rest, follows) and not _millions_beside(text, fig, fig.end + m.end()):
                    return  # "400m", "a 5m-high wall", "the 4x100m quartet": metres
            elif word.lower() == "k":
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
        _scale_after(text, fig)  # "4 hundred million", "half a million", "1.5 lakh crore"


def _metres(text: str, fig: _Figure, rest: str, follows: str) -> bool:
    """Whether the bare "m" glued to a figure, `rest` the text after it, is metres: no noun
    follows ("400m"), or a word of length or of a race ("a 5m-high wall", "the 200m races"),
    and no audience is spoken of ("peaked at 11.9m")."""
    words = re.findall(r"[A-Za-z']+", rest[:40].lower())
    while words and words[0] in RACE_ADJECTIVES and len(words) > 1:
        words.pop(0)
    if follows in RACE_ADJECTIVES and words and words[0] in MEASURE_WORDS:
        follows = words[0]  # "the 10,000m world record"
    return (not _NOUN_AFTER_M.match(rest) or follows in MEASURE_WORDS | NO_NOUN
            or bool(re.search(r"\d[x×]$", text[max(0, fig.start - 2):fig.start]))) and (
            follows in MEASURE_WORDS or not _audience_near(text, fig))


# the other end of a range after a glued "m": "2m-3m viewers", "1m to 2 million people";
# group 1 its scale word ("and" only after "between": "the 5,000m and 10,000m world records"
# is a list)
_M_RANGE_END = re.compile(r"[ \u00a0]?(?:-|–|to)[ \u00a0]?[$£€¥]?[\d.,]*\d[ \u00a0]?(m|mn|million)\b")
_M_BETWEEN_END = re.compile(r"[ \u00a0]and[ \u00a0][$£€¥]?[\d.,]*\d[ \u00a0]?(m|mn|million)\b")


def _millions_beside(text: str, fig: _Figure, end: int) -> bool:
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


def _audience_near(text: str, fig: _Figure) -> bool:
    """Whether the figure's sentence speaks of an audience ("peaked at 11.9m" viewers)."""
    before = sentence_before(text, fig.start, 100)
    after = re.split(r"[.!?]\s", text[fig.end:fig.end + 80])[0]
    words = set(re.findall(r"[a-z]+", (before + " " + after).lower()))
    return bool(phrases.AUDIENCE_CUES & words) and not phrases.LENGTH_CUES & words


def _currency_after(text: str, fig: _Figure) -> None:
    rest = text[fig.end:fig.end + 40]
    if not fig.currency:
        m = CURRENCY_WORDS.match(rest)
        if m and m.group(1).lower() in ("pound", "pounds") and not _money_context(text, fig):
            m = None  # "drop 25 pounds", "a 2,204.62-pound load": weight
        if m and m.group(1).lower() == "won" and not (
                fig.factor > 1 or re.match(r"[ \u00a0]?\((?:US)?[$£€]", rest[m.end():])):
            m = None  # "5 won awards": the verb; "6.5 trillion won", "9,000 won ($7)": money
        if m and not re.match(r"-[A-Za-z]", rest[m.end():m.end() + 2]):  # not "pound-feet"
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
            fig.unit_name = currencies.SHARED_NAMES[m.group(1).lower()]  # "528 million francs"
            fig.end += m.end()
            return
        m = CUED_SYMBOL.match(rest)
        if m and _money_near(text, fig):
            fig.currency = currencies.CUED_SYMBOLS[m.group(1)]  # "the ticket cost me 150 kn"
            fig.end += m.end()
            return
        m = SUBUNIT.match(rest)
        if m and fig.kind == "digits" and fig.factor == 1:
            word = (m.group(1) or m.group(2)).lower()
            fig.unit_name = currencies.SUBUNITS.get(word, "cent")
            fig.end += m.end()
    else:
        # "$5 billion (US dollars)": a repeated name after a symbol is part of the figure
        m = CURRENCY_WORDS.match(rest)
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


# between the parts of one measure: "6ft 2in", "22 minutes 45 seconds", "one minute, 46.68
# seconds", "11 stone and 4lb"
_PARTS_GAP = re.compile(r"[ \u00a0]?(?:,[ \u00a0]?|and[ \u00a0])?")
# "6 ft 4 in": inches written apart after feet
_INCHES_APART = re.compile(r"[ \u00a0]ins?\b\.?")


def _second_part(text: str, fig: _Figure, nxt: Candidate | None) -> bool:
    """"6ft 2in", "22 minutes 45 seconds", "11st 4lb", "7lb 6oz": one measure written in two
    units; the smaller part is folded into the first figure, in the first figure's unit."""
    if nxt is None or fig.unit is None or fig.currency or fig.unit_name or fig.high is not None:
        return False
    gap = _PARTS_GAP.match(text, fig.end)
    if gap.end() != nxt.start:
        return False
    part = _assemble(text, nxt)
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


def _cents_after(text: str, fig: _Figure, nxt: Candidate | None) -> bool:
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
    m = MULTIPLE.match(rest)
    if m and fig.kind == "digits":
        fig.end += m.end()  # "rose 3x", "a 10-fold rise": a multiple, counted like "three times"
        return
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
    m = GLUED_UNIT.match(rest)
    if m:
        fig.unit = Unit(*GLUED_UNITS[m.group(1)])  # "a 10in screen"
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
                     r"|[ \u00a0]of[ \u00a0]an?(?:[ \u00a0]" + SYSTEM + r")?(?=[ \u00a0])"
                     r"|[ \u00a0]" + SYSTEM + r"(?=[ \u00a0])", rest)  # "5 US gallons"
        if m:
            found = lookup(rest[m.end():], glued=False)
            skip = m.end() if found else 0
    if found is None and fig.kind == "vague":
        m = re.match(r"[ \u00a0]of(?=[ \u00a0])", rest)  # "hundreds of miles", "tens of km"
        found = lookup(rest[m.end():], glued=False) if m else None
        skip = m.end() if found else 0
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


_UNIT_BEFORE = re.compile(r"\b(" + "|".join(UNITS_BEFORE) + r")[ \u00a0-]$", re.IGNORECASE)


# "$793m a year ago", "£125m a year earlier": a time back, not a rate
_AGO = re.compile(r"(?:year|month|week|day|quarter|decade)[ \u00a0]+(?:ago|earlier|before|"
                  r"previously|later|back)\b", re.IGNORECASE)


def _rate_after(text: str, fig: _Figure) -> None:
    """"$4 a share", "barrels per day", "50 centimeters/millisecond": a rate."""
    if not (fig.currency or fig.unit or fig.unit_name):
        return
    rest = text[fig.end:fig.end + 40]
    m = RATE.match(rest)
    if not m:
        # "2.4 billion gallons of jet fuel a year": a rate over time after what is measured
        of = re.match(r"[ \u00a0]of(?:[ \u00a0][a-z]+){1,3}?(?=[ \u00a0](?:a|an|per|every)[ \u00a0]"
                      r"(?:year|day|week|month|hour|annum)\b)", rest)
        if of and (fig.unit or fig.unit_name):
            fig.end += of.end()
            rest = text[fig.end:fig.end + 40]
            m = RATE.match(rest)
    if not m or _AGO.match(rest, m.start(1)):
        return
    base = fig.unit_name or (fig.unit.name if fig.unit else currencies.NAMES[fig.currency])
    words = m.group(1).lower()
    for candidate in (words, words.split(" ")[0]):
        noun = PER_NOUNS.get(candidate) or PER_NOUNS.get(candidate.rstrip("s"))
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
    while words and words[0].lower() in NOT_NOUNS:
        words.pop(0)
    if words and words[0] in NO_NOUN:
        return
    if words and words[0][:1].islower() and re.match(r"^[ \u00a0-](?:of )?(?:the |a |an |its |their )?[a-z]", text[fig.end:fig.end + 30]):
        fig.noun = words[0]


def _qualifier_before(text: str, fig: _Figure) -> int:
    """Set the qualifier from the words before; return where those words start."""
    window = text[max(0, fig.start - 30):fig.start]
    m = QUALIFIER_BEFORE.search(window)
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
    if SENTENCE_START.search(head) or CLAUSE_START.search(head):
        return False  # "Over 20 years, the firm grew": no word before to read
    return previous_word(text, over).lower() not in phrases.OVER_SPAN_MORE_THAN


def _qualifier_after(text: str, fig: _Figure) -> None:
    m = QUALIFIER_AFTER.match(text[fig.end:fig.end + 16])
    if m and fig.qualifier == "exact":
        fig.qualifier = phrases.QUALIFIERS_AFTER[m.group(1).lower()]


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


def _word_scale(words: str) -> float:
    """The scale a number in words ends on, so that it carries across a range like a
    written scale word: "between five and six million" is 5m-6m.

    >>> _word_scale("six million"), _word_scale("twelve thousand"), _word_scale("sixty")
    (1000000.0, 1000.0, 1.0)
    """
    factor = MULTIPLIERS.get(re.split(r"[\s-]+", words.strip().lower())[-1], 1.0)
    return float(factor) if factor >= 1e3 else 1.0


def _assemble(text: str, c: Candidate) -> _Figure:
    fig = _Figure(c.start, c.end, c.value, c.kind, high=c.high)
    if c.high is not None:
        fig.low = c.value
    if c.kind == "words":
        fig.factor = _word_scale(text[c.start:c.end])
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
    return _Scan(text, figure_candidates(text)).run()


class _Scan:
    """One pass over the candidates, left to right, and what a figure passes to the next."""

    def __init__(self, text: str, candidates: list[Candidate]) -> None:
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

    def _following(self, fig: _Figure) -> Candidate | None:
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
        while _second_part(text, fig, nxt):  # "two hours 18 minutes 15 seconds"
            nxt = self._following(fig)
        if nxt is not None and self._join(fig, nxt):
            return None  # "won 3-1": a score, not figures
        if nxt is not None:
            _unit_written_once(text, fig, nxt)
            _currency_of_whole(text, fig, nxt)
            _share_out_of(text, fig, nxt)
        self.covered = fig.end
        return self._finish(fig)

    def _join(self, fig: _Figure, candidate: Candidate) -> bool:
        """Join `fig` to the next figure as a range ("10-15 people"), or link the two levels of
        a change ("from 208 pounds to 193").  True when the two are a score instead."""
        text = self.text
        join = RANGE_JOIN.match(text[fig.end:fig.end + 6])
        if not join:
            return False
        nxt = _assemble(text, candidate)
        joiner = join.group().strip().lower()
        adjacent = nxt.start == fig.end + join.end()
        if adjacent and joiner in ("-", "–", "—") and _is_score(text, fig, nxt):
            self.covered = nxt.end
            return True
        lead = text[max(0, fig.start - 24):fig.start].lower()
        change = change_before(text, _from_start(text, fig.start))
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
            fig.change = (change_before(text, qualifier_start, far=False)
                          or change_after(text, fig.end, bare=not (fig.unit or fig.currency or fig.unit_name))
                          or (same.change if same is not None else "")
                          or change_in_clause(text, qualifier_start))
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
        if SENTENCE_END.search(between):
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
    if (a.kind == "fraction") != (b.kind == "fraction"):
        return False  # "nearly two thirds - 65% - said": a share, then the same as a percentage
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


def _unit_written_once(text: str, fig: _Figure, nxt: Candidate) -> None:
    """"several hundred or even 1,000 megawatts", "2 or 3 kg": the unit is written once."""
    alt = _ALTERNATIVE.match(text[fig.end:fig.end + 24])
    if alt and nxt.start == fig.end + alt.end() and not _measure(fig):
        _carry_measure(fig, _assemble(text, nxt), scale=fig.kind != "vague")


def _currency_of_whole(text: str, fig: _Figure, nxt: Candidate) -> None:
    """"280 million of the 1.5 billion shekels": a part is in the whole's currency."""
    part = re.match(r"[ \u00a0]+of[ \u00a0]+(?:the|its|their|a|an)[ \u00a0]+", text[fig.end:fig.end + 14])
    if part and nxt.start == fig.end + part.end() and not (fig.currency or fig.unit or fig.unit_name):
        whole = _assemble(text, nxt)
        if whole.currency:
            fig.currency = whole.currency


def _share_out_of(text: str, fig: _Figure, nxt: Candidate) -> None:
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
            or next_word(text, fig.end).lower() in MEASURE_WORDS:
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
    """"Maddon, 66, said", "Agassi, now 34, has": a whole number set off by commas after a
    name is an age."""
    return (
        fig.kind == "digits" and not (fig.unit or fig.currency or fig.unit_name)
        and 0 < fig.value < 120 and fig.value == int(fig.value)
        and text[fig.end:fig.end + 1] == ","
        and bool(re.search(r"\b[A-Z][\w'’-]+,\s(?:now\s|then\s)?$", text[max(0, fig.start - 40):fig.start]))
    )


# "aged 25", "the age of 21", "the pension age will rise to 67", "life expectancy for men
# is around 73": a bare whole number a word of age leads to is years of age
_AGE_BEFORE = re.compile(
    r"(?:\baged|\bages?\b[^.;,()]{0,30}?\b(?:of|is|was|be|to|at|from|reached)"
    r"|\blife[ -]expectancy\b[^.;()]{0,40}?\b(?:of|is|was|be|to|at|from|reached))"
    r"[ \u00a0]+(?:(?:about|around|roughly|nearly|almost|just|over|under|below|above|between"
    r"|the|some|only)[ \u00a0]+)*$", re.IGNORECASE)
_AGE_PAIR = re.compile(r"^[ \u00a0]*(?:and|to|or|-|–)[ \u00a0]*$")
# a person who is a bare number: "I'm only 27 and", "when she was 16,", "At 34, Holmes";
# the number counts nothing after it (_AGE_END), or it would be "he was 5 shots behind"
_PERSON_IS = re.compile(
    r"""
    (?:\bI['’]m|\bI[ \u00a0](?:am|was)|\b(?:[Hh]e|[Ss]he)(?:['’]s|[ \u00a0](?:is|was|turned|turns)))
    (?:[ \u00a0]+(?:only|just|now|still|nearly|almost|barely|already))?   # "I'm only 27"
    [ \u00a0]+$
    """, re.VERBOSE)
_AGE_END = re.compile(r"[ \u00a0]+(?:now|and|but|when|then|so|or)\b|[ \u00a0]*(?:[,.;:!?)\"”’]|$)")
_AT_AGE = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n\s*)At[ \u00a0]+$")  # "At 34, Holmes will"


def _aged(text: str, fig: _Figure, previous: Quantity | None) -> bool:
    """A whole number a word of age leads to ("aged 25", "the age of 21"), or the second of
    a pair after one ("between the ages of 10 and 17")."""
    ends = (fig.value,) if fig.low is None else (fig.low, fig.high)
    if (fig.kind not in ("digits", "words") or fig.unit or fig.currency or fig.unit_name
            or not all(0 < v < 130 and v == int(v) for v in ends)):
        return False  # "aged 30-39": each end a whole number of years
    if _AGE_BEFORE.search(text[max(0, fig.start - 60):fig.start]):
        return True
    head = text[max(0, fig.start - 30):fig.start]
    if fig.low is None and ((_PERSON_IS.search(head) and _AGE_END.match(text, fig.end))
                            or (_AT_AGE.search(head) and text[fig.end:fig.end + 1] == ",")):
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
    one level to another is in the other's unit and currency (and scale, leftwards); one in
    the same currency or unit is in the other's rate and scale ("from $78 to $83 a barrel",
    "from $3 to $4bn")."""
    if a.currency or a.unit or a.unit_name:
        if not a.unit_name and (a.currency, a.unit) == (b.currency, b.unit):
            if " per " in b.unit_name:
                a.unit_name = b.unit_name  # "from $78 to $83 a barrel": the rate is written once
            if scale and _scale_carries(a, b):
                a.value = scaled(a.value, b.factor)  # "from $3 to $4bn"
                a.factor = b.factor
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


__all__ = ["find_quantities"]
