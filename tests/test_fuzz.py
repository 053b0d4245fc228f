"""Hostile text: `find_quantities` never raises and every figure it returns is sound.

Two sources of strings: hypothesis, drawing thousands of texts built from the pieces that
break number parsers (see the profiles in conftest.py: 10,000 a run, 200,000 under
`make fuzz`), and tests/nasty_strings.txt, a fixed corpus of real-world debris that also
goes through the whole per-article pipeline (`extract_article`, with spaCy).

A sound figure: its surface is exactly the text at its offsets, its numbers are finite with
low <= value <= high, its qualifier and change come from the closed sets in tracker.schema.
"""

from __future__ import annotations

import math
import re
import time
from pathlib import Path
from typing import NamedTuple

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tracker.data import currencies, phrases
from tracker.data.numbers import FRACTIONS, SCALES, VAGUE
from tracker.data.units import UNITS
from tracker.extract import extract_article
from tracker.numbers import NUMBER_WORDS
from tracker.quantities import find_quantities
from tracker.schema import CHANGES, QUALIFIERS, Article

NASTY_FILE = Path(__file__).with_name("nasty_strings.txt")


def assert_sound(text: str, figures) -> None:
    """The invariants every Quantity and Claim must keep, whatever the text."""
    previous_start = -1
    for f in figures:
        where = f"{f.surface!r} at {f.start}:{f.end}"
        assert 0 <= f.start < f.end <= len(text), where
        assert text[f.start:f.end] == f.surface, where
        assert f.surface.strip(), where
        assert all(math.isfinite(v) for v in (f.value, f.low, f.high)), where
        assert f.low <= f.value <= f.high, f"{where}: {f.low} <= {f.value} <= {f.high}"
        assert f.qualifier in QUALIFIERS, f"{where}: qualifier {f.qualifier!r}"
        assert f.change in CHANGES, f"{where}: change {f.change!r}"
        assert f.start >= previous_start, f"{where}: out of order"
        previous_start = f.start


# ---------------------------------------------------------------------------- generated

# The pieces come from the rule tables themselves, so a new rule is fuzzed as soon as it is
# written; the short lists below add what the tables leave out on purpose.
_SYMBOLS = sorted(currencies.SYMBOLS) + ["£", "$", "€", "¥", "₹", "₪", "US$", "Rs", "Rs."]
_SCALE_WORDS = sorted(SCALES) + ["m", "bn", "million", "crore", "lakh", "万", "億"]
_WORDS = sorted(NUMBER_WORDS) + sorted(VAGUE) + sorted(FRACTIONS) + sorted(currencies.WORDS)
_PHRASES = (sorted(phrases.QUALIFIERS) + sorted(phrases.QUALIFIERS_AFTER) + sorted(UNITS)
            + sorted(phrases.CHANGE_UP) + sorted(phrases.CHANGE_DOWN) + sorted(phrases.MONTHS))
_JOINERS = ["-", "–", "—", " to ", " and ", " or ", "between ", "from ", " per ", "/", "%",
            ".", ",", "'", "^", "×", " x ", "e", "E", "+", "−", "(", ")", "#", "№"]
_SPACES = [" ", "\u00a0", "\u2009", "\u202f", "\u200b", "\u3000", "\n", "\t", "\r\n", "\u2028"]
_RTL = ["مليون", "دولار", "قال إن", "מיליון", "שקל", "\u200f", "\u200e", "\u202e", "\u202b",
        "\u2067", "\u2069"]
_CONTROL = [chr(c) for c in (*range(32), 127, 0x85, 0x9d)] + [
    "\ufeff", "\ufffd", "\ud800", "\udfff", "\u00ad", "\u2060", "\u20e3", "\ufe0f", "\u0301"]
_UNICODE_DIGITS = "٠١٢٣٤٥٦٧٨٩" "۰۱۲۳۴۵۶۷۸۹" "０１２３４５６７８９" "०१२३४५६७८९" "১২৩" "๑๒๓" "𝟏𝟐𝟑"
_HUGE = ["1" * 400, "9" * 309, "10^400", "1e400", "1e-400", "1x10^999", "6.02×10^23",
         "9.9×10^308", "1.7976931348623157e308", "0." + "0" * 400 + "1", "inf", "nan",
         "-0", "−5", ".5", "1,000,000,000,000,000,000,000", "999 999 999 999 999 999"]

_numbers = st.one_of(
    st.integers(min_value=-(10**24), max_value=10**24).map(str),
    st.integers(min_value=0, max_value=10**24).map("{:,}".format),
    st.floats().map(repr),  # 1e+300, inf, nan, -0.0 and friends
    st.from_regex(r"\A\d{1,3}([,. '\u00a0\u202f\u2009]\d{3}){0,5}([.,]\d{1,4})?\Z"),
    st.text(_UNICODE_DIGITS, min_size=1, max_size=8),
    st.sampled_from(_HUGE),
)
_pieces = st.one_of(
    _numbers,
    st.sampled_from(_SYMBOLS),
    st.sampled_from(_SCALE_WORDS),
    st.sampled_from(_WORDS),
    st.sampled_from(_PHRASES),
    st.sampled_from(_JOINERS),
    st.sampled_from(_SPACES),
    st.sampled_from(_RTL),
    st.sampled_from(_CONTROL),
    st.text(max_size=8),  # anything at all, astral planes and all
)
texts = st.one_of(
    st.lists(_pieces, max_size=16).map("".join),
    st.text(max_size=60),
)


@given(text=texts)
@example(text="Britain pledged a £2.26bn loan")
@example(text="1" * 400)
@example(text="10^400")
@example(text="1e400")
@example(text="between 9.9×10^307 and 9.9×10^308 dollars")
@example(text="US$ ٣ مليون")
@example(text="\u202e$5m\u202c")
def _sound_on(text, tried):
    tried.append(len(text))
    assert_sound(text, find_quantities(text))


def test_find_quantities_on_generated_text(request):
    """The profile's strings all go through; a silent 0-example run is a failure too.

    Counted here, in the same test, so the count holds when the suite is spread over
    workers (`make test` runs pytest-xdist).
    """
    tried: list[int] = []
    _sound_on(tried=tried)
    request.node.user_properties.append(("fuzzed", len(tried)))  # conftest prints it
    assert len(tried) >= 100


# Crashes the fuzzing found in find_quantities, fixed: regression tests named for the bug.
_QUANTITIES_BUGS_CAUGHT = [
    pytest.param("1x10^308bn", id="scale-overflows-to-inf"),
    pytest.param("9" * 300 + "bn", id="300-nines-bn"),
    pytest.param("2" * 309 + "½", id="309-twos-and-a-half"),
    pytest.param("$" + "2" * 309 + "½ 5", id="309-twos-and-a-half-dollars-then-cents"),
    pytest.param("1 one " * 8000, id="48kb-of-overlapping-words-in-linear-time"),
]


@pytest.mark.parametrize("text", _QUANTITIES_BUGS_CAUGHT)
def test_find_quantities_bugs_caught(text):
    assert_sound(text, find_quantities(text))


# ---------------------------------------------------------------------------- fixed corpus


class Nasty(NamedTuple):
    line: int
    text: str


def read_nasty(path: Path = NASTY_FILE) -> list[Nasty]:
    r"""The strings of nasty_strings.txt: backslash escapes decoded, `*N unit` repeated.

    >>> import tempfile
    >>> f = Path(tempfile.mkdtemp()) / "n.txt"
    >>> _ = f.write_text("# comment\n£5m\\u200b\n*3 ab\n\n", encoding="utf-8")
    >>> [n.text for n in read_nasty(f)]
    ['£5m\u200b', 'ababab']
    """
    out = []
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw or raw.startswith("#"):
            continue
        text = raw.encode("latin-1", "backslashreplace").decode("unicode_escape")
        m = re.fullmatch(r"\*(\d+) (.+)", text, re.DOTALL)
        if m:
            text = m.group(2) * int(m.group(1))
        out.append(Nasty(lineno, text))
    return out


def _id(n: Nasty) -> str:
    shown = re.sub(r"[^\x20-\x7e]", "?", n.text[:24])
    more = f"+{len(n.text) - 24}" if len(n.text) > 24 else ""
    return f"L{n.line}:{shown}{more}"


NASTY = read_nasty()


def test_nasty_corpus_is_big_enough():
    assert len(NASTY) >= 60
    assert any(len(n.text) >= 1_000_000 for n in NASTY), "a megabyte-long string"


@pytest.mark.parametrize("nasty", NASTY, ids=_id)
def test_find_quantities_on_nasty_strings(nasty):
    started = time.monotonic()
    assert_sound(nasty.text, find_quantities(nasty.text))
    assert time.monotonic() - started < 10, "linear time: a megabyte takes well under 10 s"


# Crashes found in extract_article, fixed: a lone surrogate is replaced (offsets kept) before
# spaCy, and a run-on sentence is parsed in windows around its figures.
_BUGS_CAUGHT = [
    pytest.param("5\ud800", id="lone-surrogate-in-a-figure-sentence"),
    pytest.param("5 " + "a" * 999_999, id="sentence-over-spacy-max-length-E088"),
]


EXTRACT_CASES = [pytest.param(n, id=_id(n)) for n in NASTY]


@pytest.mark.parametrize("nasty", EXTRACT_CASES)
def test_extract_article_on_nasty_strings(nasty):
    claims = extract_article(Article(doc_id="x", text=nasty.text))
    assert_sound(nasty.text, claims)
    for c in claims:
        assert c.surface in c.sentence
        assert c.doc_id == "x"


@pytest.mark.parametrize("text", _BUGS_CAUGHT)
def test_extract_article_bugs_caught(text):
    assert_sound(text, extract_article(Article(doc_id="x", text=text)))
