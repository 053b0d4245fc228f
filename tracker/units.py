"""The unit lexicon: quantulum3's unit knowledge, corrected, and pint for conversion.

`lookup(words)` answers which unit a run of words after a number names, if any;
`per_unit(text)` the same for what follows a slash ("/cm2", "/s2").
`to_base(value, unit)` converts a physical quantity to its SI (or customary base) unit.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from functools import lru_cache

from .data.phrases import NOT_UNITS
from .data.units import COMPOUND_STARTS, RATE_DIMENSIONS, SYMBOLS, UNIT_IDIOMS, UNITS
from .kept import kept


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit as the claims table names it."""

    name: str
    dimension: str


def _norm(text: str) -> str:
    """Fold case, hyphens and runs of spaces so that 'Square-Feet' finds 'square feet'."""
    return re.sub(r"[\s\-]+", " ", text.strip().lower())


# quantulum3 entity names that are not what a reader calls the dimension.
_ENTITY = {"dimensionless": "count", "unknown": "", "typographical element": "resolution"}


def quantulum_units() -> list[tuple[str, str, list[str], list[str]]]:
    """(name, entity, surfaces, symbols) of each quantulum3 unit, in quantulum3's order.

    quantulum3 takes about 2 s to build its units at every start, more than spaCy takes to
    load; the table is kept in the environment (tracker.kept).
    """
    return [tuple(row) for row in kept("units", ("quantulum3",), _quantulum_units)]


def _quantulum_units() -> list[tuple[str, str, list[str], list[str]]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # quantulum3 warns that its classifier is absent
        from quantulum3 import load

        return [(u.name, u.entity.name, list(u.surfaces), list(u.symbols))
                for u in load.units("en_US").names.values()]


@lru_cache(maxsize=1)
def lexicon() -> tuple[dict[str, Unit], dict[str, Unit]]:
    """(words, symbols): lower-cased surfaces and case-sensitive symbols -> Unit.

    Built once from quantulum3's units, minus currencies (tracker.data.currencies handles
    them), minus English words that are not units in news (NOT_UNITS), then overlaid with
    tracker.data.units.UNITS, which wins.
    """
    words: dict[str, Unit] = {}
    symbols: dict[str, Unit] = {}
    for name, entity, surfaces, unit_symbols in quantulum_units():
        if entity in ("currency", "dimensionless", "unknown") or name in ("unk",):
            continue
        found = Unit(name, _ENTITY.get(entity, entity))
        for surface in surfaces:
            key = _norm(surface)
            if key not in NOT_UNITS and len(key) > 2:
                words.setdefault(key, found)
                words.setdefault(key + "s", found)
                if key.endswith(("ch", "sh", "x")):
                    words.setdefault(key + "es", found)
        for symbol in unit_symbols:
            # one-letter symbols other than these are read as words or models ("5G", "2.5F")
            if len(symbol) == 1 and symbol not in "mgLlK°WVJ":
                continue
            if symbol.lower() not in NOT_UNITS and not symbol.isdigit():
                symbols.setdefault(symbol, found)
    for surface, (name, dimension) in UNITS.items():
        found = Unit(name, dimension)
        words[_norm(surface)] = found
        if not surface.isalpha() or len(surface) <= 3:
            symbols[surface] = found
    for symbol, (name, dimension) in SYMBOLS.items():
        symbols[symbol] = Unit(name, dimension)
    return words, symbols


# the first words of UNIT_IDIOMS: only after one of them is the next word looked at
_IDIOM_STARTS = {idiom.split()[0] for idiom in UNIT_IDIOMS}


def rate_dimension(unit: Unit, per: str) -> str:
    """What `unit` over the unit named `per` measures: metres over a second are a speed,
    barrels over a day a flow; else the unit's own dimension ("dollar per share")."""
    over = lexicon()[0].get(_norm(per))
    return RATE_DIMENSIONS.get((unit.dimension, over.dimension if over else ""), unit.dimension)


_WORD = re.compile(r"[^\W\d_]+[23²³]?(?:['/][^\W\d_]+[23²³]?)*|[%°º¢]+[CFcf]?|/[^\W\d_]+")


def lookup(text: str, glued: bool) -> tuple[Unit, int] | None:
    """The unit named at the start of `text` (the text right after a number), and its length.

    `glued` says the text touches the number ("5km"): short symbols are only trusted then
    or when a non-letter follows them.  Longest match first, up to four words.

    >>> lookup(" km from the border", glued=False)
    (Unit(name='kilometre', dimension='length'), 3)
    >>> lookup(" in a row", glued=False) is None
    True
    """
    words, symbols = lexicon()
    text = text.replace("\u03bc", "\u00b5")  # Greek mu written for the micro sign
    offset = 1 if text[:1] in " \u00a0" else 0
    tokens = _tokens(text, offset)
    for n in range(len(tokens), 0, -1):
        end = tokens[n - 1].end()
        if text[end - 2:end] == "'s":
            end -= 2  # "the 32-year-old's return": the unit, then a possessive
        surface = text[offset:end]
        if tokens[n - 1].group().lower() in COMPOUND_STARTS \
                and re.match(r"-[A-Za-z]", text[end:end + 2]):
            continue  # "18 months of age-related trials", "three quarter-point rises"
        if _a_word(surface, n, glued):
            continue  # "in", "a", "pm": words, not units (unless glued: "5in")
        if _norm(surface) in _IDIOM_STARTS:
            following = re.match(r"[ \u00a0-]([^\W\d_]+)", text[end:end + 20])
            if following and _norm(f"{surface} {following.group(1)}") in UNIT_IDIOMS:
                continue  # "six second hand airplanes"
        unit = _named(surface, n, glued, text[end:end + 1])
        if unit is None and n == 1 and "/" in surface:
            head = surface.split("/")[0]  # "centimeters/millisecond": the rate is read after
            unit = symbols.get(head) or words.get(_norm(head)) or _letter_over_unit(head, surface)
            end = offset + len(head) if unit else end
        if unit is not None and _unit_ends(text, end, surface):
            return unit, end
    return None


def _tokens(text: str, offset: int) -> list[re.Match]:
    """Up to four words from `offset`, each joined to the next by a space or a hyphen."""
    tokens, pos = [], offset
    for _ in range(4):
        t = _WORD.match(text, pos)
        if not t:
            break
        tokens.append(t)
        if not re.match(r"[ \u00a0\-]", text[t.end():t.end() + 1]):
            break
        pos = t.end() + 1
    return tokens


def _a_word(surface: str, n: int, glued: bool) -> bool:
    """A one-word surface that is an ordinary word ("in", "a", "pm", "ALL"), not a unit;
    glued to the figure some are units again ("5in"), never "am", "st" or "th"."""
    word = surface.lower()
    return (n == 1 and lexicon()[1].get(surface) is None and word in NOT_UNITS
            and word not in UNITS and not (glued and word not in _NEVER_GLUED))


def _named(surface: str, n: int, glued: bool, after: str) -> Unit | None:
    """The unit a surface names, as a symbol (case-sensitive), a name, or a length to a
    power ("mm2"); a name of one or two letters written apart from the figure is none where
    a letter runs on right after it."""
    words, symbols = lexicon()
    unit = symbols.get(surface)
    if unit is None:
        unit = words.get(_norm(surface))
        if unit is not None and len(surface) <= 2 and not glued and after.isalpha():
            unit = None
    elif len(surface) <= 2 and surface.isalpha() and not glued and after[:1].isalnum():
        unit = None
    if unit is None and n == 1 and _POWERED.fullmatch(surface):
        stem = symbols.get(surface[:-1])  # "mm2", "cm³": a length raised to a power
        if stem is not None and stem.dimension == "length":
            unit = _powered(stem, surface[-1])
    return unit


def _unit_ends(text: str, end: int, surface: str) -> bool:
    """Whether a unit ends at `end`: not where a word or code goes on ("5 inches" is read
    whole, "24703L202" is a code), but before a possessive ("two years' time", "the
    32-year-old's return") or the other end of a range that repeats it ("2m-3m")."""
    after = text[end:end + 1]
    if after == "'" and surface[-1:] in "sS" and not text[end + 1:end + 2].isalnum():
        return True  # "two years' time", "12 hours' worth": a plural's possessive
    if after == "'" and text[end + 1:end + 2] == "s" and not text[end + 2:end + 3].isalnum():
        return True  # "the 32-year-old's return": a possessive
    if re.match(r"[-–][\d.,]*\d" + re.escape(surface) + r"(?![^\W\d_])", text[end:end + 16]):
        return True  # "2m-3m", "5kg-6kg": a range, its unit written at both ends
    return not (after[:1].isalnum() or after == "'"
                or text[end:end + 2][:1] == "-" and text[end + 1:end + 2].isdigit())


@lru_cache(maxsize=1)
def _letters() -> dict[str, Unit]:
    """One-letter symbols ("A", "N", "s", "h") that name one unit only in quantulum3's table.

    lookup() does not trust them alone ("5 A" is rarely five amperes), but they are units
    on either side of a slash: "1.3 A/cm2", "9.8 m/s2".
    """
    found: dict[str, set[tuple[str, str]]] = {}
    for name, entity, _surfaces, unit_symbols in quantulum_units():
        if entity in ("currency", "dimensionless", "unknown"):
            continue
        for symbol in unit_symbols:
            if len(symbol) == 1 and symbol.isascii() and symbol.isalpha():
                found.setdefault(symbol, set()).add((name, _ENTITY.get(entity, entity)))
    return {s: Unit(*units.pop()) for s, units in found.items() if len(units) == 1}


def _letter_over_unit(head: str, surface: str) -> Unit | None:
    """"A" in "A/cm2": a one-letter symbol over a unit; not "N/A", "A/B" (letter over letter)."""
    if len(head) != 1 or head not in _letters():
        return None
    found = per_unit(surface[2:])
    if found is None or (found[1] == 1 and surface[2:3] in _letters()):
        return None
    return _letters()[head]


# "s2", "cm³": a unit raised to a power ("m/s2", "2.5 mm2")
_POWERED = re.compile(r"([^\W\d_]+)([23²³])(?![\w/])")
_POWER_WORDS = {"2": ("square", "squared"), "²": ("square", "squared"),
                "3": ("cubic", "cubed"), "³": ("cubic", "cubed")}


def _powered(unit: Unit, exponent: str) -> Unit:
    """"cm" squared is a square centimetre, an area; "s" squared a second squared."""
    before, after = _POWER_WORDS[exponent]
    if unit.dimension == "length":
        return Unit(f"{before} {unit.name}", "area" if before == "square" else "volume")
    return Unit(f"{unit.name} {after}", unit.dimension)


def per_unit(text: str) -> tuple[Unit, int] | None:
    """The unit after a slash, and its length: a unit, a one-letter symbol, or a power.

    >>> per_unit("s2 on re-entry")
    (Unit(name='second squared', dimension='time'), 2)
    >>> per_unit("cm2")
    (Unit(name='square centimetre', dimension='area'), 3)
    """
    found = lookup(" " + text, glued=True)
    if found is not None:
        return found[0], found[1] - 1
    words, symbols = lexicon()
    m = _POWERED.match(text)
    if m:
        stem = m.group(1)
        unit = symbols.get(stem) or words.get(_norm(stem)) or _letters().get(stem)
        if unit is None:
            return None
        return _powered(unit, m.group(2)), m.end()
    m = re.match(r"[A-Za-z](?![\w/])", text)
    if m and m.group() in _letters():
        return _letters()[m.group()], 1  # "/h", "/s"
    return None


# Words of NOT_UNITS never read as units even glued to a number: "5am", "5pm", "2a".
_NEVER_GLUED = {"am", "pm", "a", "i", "im", "s", "d", "st", "nd", "rd", "th", "mr"}

# Unit name (as above) -> pint expression, where pint's own parser does not know it.
PINT_NAMES = {
    "degree Celsius": "degC", "degree Fahrenheit": "degF", "pound-mass": "pound",
    "metric ton": "tonne", "mile per gallon": "mile / gallon", "barrel per day": "barrel / day",
    "revolutions per minute": "revolution / minute", "pound-foot": "pound_force * foot",
    "milliampere-hour": "milliampere * hour", "kilowatt hour": "kilowatt * hour",
    "megawatt hour": "megawatt * hour", "gigawatt hour": "gigawatt * hour",
    "brake horsepower": "horsepower", "year of age": "year", "ton": "short_ton",
    "quarter": "quarter_year", "decade": "decade_year",
}
# Dimensions left as written: counts, money, percentages, ages, points.
NOT_CONVERTED = {"count", "currency", "exchange rate", "percentage", "points", "age", "magnitude",
                 "ratio", ""}


@lru_cache(maxsize=1)
def _registry():
    import pint

    ureg = pint.UnitRegistry()
    ureg.define("quarter_year = 3 * month")  # pint's "quarter" is a quarter of a hundredweight
    ureg.define("decade_year = 10 * year")  # pint's "decade" is a factor of ten, a ratio
    return ureg


@lru_cache(maxsize=512)
def _pint_words(name: str) -> str:
    """One unit's words as pint spells them: "imperial_gallon", but "square metre",
    "cubic metre" and "second squared" as written, which pint reads as powers."""
    if name.startswith(("square ", "cubic ")) or name.endswith((" squared", " cubed")):
        return name
    return re.sub(r"(?<=[a-z]) (?=[a-z])", "_", name)


def _pint_unit(name: str):
    ureg = _registry()
    expr = PINT_NAMES.get(name)
    if expr is None:  # "imperial gallon per hour" -> "imperial_gallon / hour"
        expr = " / ".join(PINT_NAMES.get(side) or _pint_words(side)
                          for side in name.strip().split(" per "))
    try:
        return ureg.parse_units(expr.replace(" / ", "/").replace("/", " / "))
    except Exception:  # pint raises several types for an unknown name; all mean "unknown"
        return None


def to_base(value: float, unit: Unit) -> tuple[float | None, str]:
    """Convert to the SI (or customary base) unit with pint; (None, "") where it cannot.

    >>> to_base(5, Unit("kilometre", "length"))
    (5000.0, 'meter')
    """
    if unit.dimension in NOT_CONVERTED or unit == Unit("degree", "temperature"):
        return None, ""  # "35 degrees heat": a temperature whose scale the text leaves out
    pint_unit = _pint_unit(unit.name)
    if pint_unit is None:
        return None, ""
    quantity = _registry().Quantity(value, pint_unit).to_base_units()
    return float(quantity.magnitude), str(quantity.units)
