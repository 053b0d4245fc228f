"""Read the number in a piece of text: digits with separators, words, scales, fractions.

Pure functions over strings; the extractor (tracker.quantities) finds where numbers are.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal, InvalidOperation

from .data.numbers import (
    DIGIT_WORDS,
    DOZEN,
    FRACTIONS,
    MULTIPLIERS,
    TENS,
    UNITS,
    VAGUE,
    VAGUE_QUANTIFIERS,
    VAGUE_SCALES,
)

# a thousands separator; ", " is a comma a tokeniser or a typo spaced ("10, 000", "£507, 596":
# the digits pattern takes the second only after a currency sign)
_SEPARATOR = re.compile(r"(?<=\d)(?:,[ ](?=\d{3}(?!\d))"
                        r"|[,\u00a0\u202f\u2009 '](?=\d{3}(?!\d)|\d{2},))")
VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}
_FRACTION = re.compile(
    r"(?:(?P<whole>\d+)[ \u00a0]?(?=[½¼¾⅓⅔⅛])|(?P<whole2>\d+)[ \u00a0])?(?:(?P<num>\d+)[/⁄](?P<den>\d+)|(?P<vulgar>[½¼¾⅓⅔⅛]))")
_SCIENTIFIC = re.compile(
    r"""
    (?P<mantissa>[\d.]+)          # 6.02
    \s*[x×\*]\s*10                # times ten
    (?:\^|\*\*)?                  # to the power of, maybe written 10^23 or 10**23
    (?P<exponent>[-−]?\d+)
    """,
    re.VERBOSE,
)


_AND_A = re.compile(r"(\d{1,3})[\s-]and[\s-]a[\s-](half|quarter)", re.IGNORECASE)


def parse_digits(text: str) -> float | None:
    """Value of a number written in digits, or None if it is not one.

    >>> parse_digits("1,500"), parse_digits("940 000"), parse_digits("2.26"), parse_digits("-3")
    (1500.0, 940000.0, 2.26, -3.0)
    >>> parse_digits("10, 000"), parse_digits("1, 000, 000"), parse_digits("507, 596")
    (10000.0, 1000000.0, 507596.0)
    >>> parse_digits("6.02×10^23")
    6.02e+23
    >>> parse_digits("1" * 400) is None
    True
    >>> parse_digits("10 1/2"), parse_digits("1/4"), parse_digits("½"), parse_digits("12,34,567.89")
    (10.5, 0.25, 0.5, 1234567.89)
    >>> parse_digits("15-and-a-half"), parse_digits("3 and a quarter")
    (15.5, 3.25)
    """
    text = re.sub(r"^(?i:minus)[\s-]+", "-", text.strip().replace("\u2212", "-"))
    m = _AND_A.fullmatch(text)
    if m:  # "15-and-a-half"
        return int(m[1]) + (0.5 if m[2].lower() == "half" else 0.25)
    m = _FRACTION.fullmatch(text)
    if m:
        whole = float(m["whole"] or m["whole2"] or 0)
        if m["vulgar"]:
            value = whole + VULGAR[m["vulgar"]]
            return value if math.isfinite(value) else None
        num, den = int(m["num"]), int(m["den"])
        if den == 0 or (num >= den and m["whole2"]):
            return None
        value = whole + num / den
        return value if math.isfinite(value) else None
    m = _SCIENTIFIC.fullmatch(text)
    if m:
        try:
            value = float(m["mantissa"]) * 10.0 ** int(m["exponent"].replace("−", "-"))
        except (ValueError, OverflowError):
            return None
        return value if math.isfinite(value) else None
    text = _SEPARATOR.sub("", text)
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


WORD_VALUES: dict[str, float] = {**UNITS, **TENS}
NUMBER_WORDS = sorted([*UNITS, *TENS, *MULTIPLIERS, *DOZEN], key=len, reverse=True)
# a number read out with its decimals: "one point three", "two point five million"
SPOKEN_DIGITS = "|".join(DIGIT_WORDS)
SPOKEN_SCALES = "|".join(w for w in MULTIPLIERS if w != "hundred")
_SPOKEN_DECIMAL = re.compile(rf"(?P<whole>.+?)\s+point(?P<digits>(?:\s+(?:{SPOKEN_DIGITS}))+)"
                             rf"(?:\s+(?P<scale>{SPOKEN_SCALES}))?")


def parse_words(text: str) -> float | None:
    """Value of a number written in words, or None.

    >>> parse_words("fifteen"), parse_words("twenty-five"), parse_words("two-and-a-half")
    (15.0, 25.0, 2.5)
    >>> parse_words("twelve thousand"), parse_words("a dozen"), parse_words("three hundred and six")
    (12000.0, 12.0, 306.0)
    >>> parse_words("one and a half million")
    1500000.0
    >>> parse_words("one-two") is None, parse_words("twenty-twenty") is None
    (True, True)
    >>> parse_words("one point three"), parse_words("two point five million")
    (1.3, 2500000.0)
    """
    spoken = _SPOKEN_DECIMAL.fullmatch(text.strip().lower())
    if spoken:  # "one point three per cent", as a speaker reads 1.3%
        whole = parse_words(spoken["whole"])
        digits = "".join(str(DIGIT_WORDS[w]) for w in spoken["digits"].split())
        scale = MULTIPLIERS[spoken["scale"]] if spoken["scale"] else 1
        return None if whole is None else float(Decimal(f"{whole:.0f}.{digits}") * Decimal(scale))
    words = re.split(r"[\s\-]+", text.strip().lower())
    total, current, seen = 0.0, 0.0, False
    fraction = 0.0
    i = 0
    while i < len(words):
        w = words[i]
        if w in ("and", "a", "an"):
            rest = " ".join(words[i:])
            for phrase, value in (("and a half", 0.5), ("and a quarter", 0.25),
                                  ("and three quarters", 0.75), ("and a third", 1 / 3)):
                if rest.startswith(phrase):
                    fraction = value
                    i += len(phrase.split())
                    break
            else:
                if w in ("a", "an") and not seen:
                    current, seen = 1.0, True  # "a dozen", "a hundred"
                i += 1
            continue
        if w in WORD_VALUES:
            tail = current % 100
            if tail and not (tail % 10 == 0 and tail >= 20 and WORD_VALUES[w] < 10):
                return None  # "one-two", "five four": two numbers side by side, not one
            current += WORD_VALUES[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in DOZEN:
            current = (current or 1) * DOZEN[w]
        elif w in MULTIPLIERS:
            total += ((current or 1) + fraction) * MULTIPLIERS[w]
            current, fraction = 0.0, 0.0
        else:
            return None
        seen = True
        i += 1
    if not seen:
        return None
    return total + current + fraction


def vague_value(phrase: str) -> tuple[float, float] | None:
    """The span (low, high) of a vague amount.

    >>> vague_value("Tens of thousands"), vague_value("several hundred thousand")
    ((10000, 100000), (100000.0, 1000000.0))
    >>> vague_value("multi-billion")
    (1000000000.0, 10000000000.0)
    """
    key = re.sub(r"\s+", " ", phrase.strip().lower())
    key = re.sub(r"^multi-?", "several ", key)  # "multi-billion": several billion
    if key in ("million", "billion", "trillion"):
        key = "several " + key  # "a billion-dollar deal": a billion or more
    for quantifier in VAGUE_QUANTIFIERS:
        if key.startswith(quantifier + " "):
            scales = key[len(quantifier) + 1:].split(" ")
            if not all(s in VAGUE_SCALES for s in scales):
                return None
            low = math.prod(float(VAGUE_SCALES[s]) for s in scales)
            return low, low * 10
    return VAGUE.get(key)


def fraction_value(phrase: str) -> float | None:
    """Value of a fraction word ("a third" -> 1/3)."""
    return FRACTIONS.get(re.sub(r"[\s]+", " ", phrase.strip().lower()))


def scaled(value: float, factor: float) -> float:
    """`value` times `factor`, computed on the decimals as written, so that a scale word
    adds no binary noise ("4.1 million" is 4100000, not 4099999.9999999995).

    >>> scaled(4.1, 1e6), scaled(2.26, 1e9), scaled(8.2, 1e9)
    (4100000.0, 2260000000.0, 8200000000.0)
    """
    try:
        exact = float(Decimal(repr(value)) * Decimal(repr(factor)))
    except (InvalidOperation, ValueError):  # inf or nan: left to the caller's finiteness test
        return value * factor
    return exact if math.isfinite(exact) else value * factor


def midpoint(low: float, high: float) -> float:
    """The middle of a range, on the decimals as written.

    >>> midpoint(2.8, 51.15), midpoint(0.1, 0.2)
    (26.975, 0.15)
    """
    try:
        exact = float((Decimal(repr(low)) + Decimal(repr(high))) / 2)
    except (InvalidOperation, ValueError):
        return (low + high) / 2
    return exact if math.isfinite(exact) else (low + high) / 2
