"""Quotations that run over several sentences: who speaks a sentence inside one.

'Mr Leigh said: "Parliament requires us to check. That money, over £2bn a year, must be
used well."' The second sentence names no one, but it is Mr Leigh's.  `quote_around`
finds the sentences that open and close the quotation a sentence sits in, within its
paragraph or the paragraphs of one speech (each opens with a mark, only the last
closes), for `extract` to read the speaker from.  Text only: no parse.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .data.phrases import QUOTE_TAG_VERBS


def quote_around(text: str, spans: list[tuple[int, int]], start: int, end: int
                 ) -> tuple[tuple[int, int], list[tuple[int, int]]] | None:
    """The quotation that holds part of the sentence text[start:end] and runs into another
    sentence of the same paragraph or speech (`_speech`): its (open, close) marks, and the
    stretches outside it where its speaker may be named (the opening sentence before its
    mark, the closing sentence after its mark), those not in this sentence. None where the
    sentence is no part of such a quotation, or of one that does not close in its paragraph
    (a mark left out). Where the quotation opens its sentence, the sentence before may name
    the speaker too. A straight mark opens after a space (bar one that ends its paragraph)
    and closes after a word; a quotation left open at a sentence's end and opened again at
    the next sentence's start runs on (the paragraphs of a long speech, run together:
    'said: "It is too important. "It gave me a start."')."""
    para_start, para_end = _speech(text, start, end)
    lead = start + (start < end and _opens(text, start))  # a quotation that opens it
    opened = -1
    for m in _MARK.finditer(text, max(para_start, start - _REACH), lead):
        if not _opens(text, m.start()):
            opened = -1
        elif opened < 0 or not _runs_on(text, m.start()):
            opened = m.start()
    if opened < 0:
        return None
    closed = next((m.start() for m in _MARK.finditer(text, lead, min(para_end, end + _REACH))
                   if not (_opens(text, m.start()) and _runs_on(text, m.start()))), -1)
    if closed < 0 or _opens(text, closed):
        return None  # a quotation the writer never closed, or a new one opens: where it
        # ends cannot be told
    first = _sentence_at(spans, opened)
    # the closing mark of a sentence's last words may fall between two sentences' spans:
    # '... used well."\n\nThe committee ...'
    last = _sentence_at(spans, closed) or _sentence_at(spans, closed - 1)
    outside = [(first[0], opened), (closed + 1, last[1])] if first and last else []
    if first and not text[first[0]:opened].strip():  # it opens its sentence: the speaker
        # may be named in the sentence before ('... mistakes," Kirwan said. "In the ...')
        outside.append(_said_before(text, spans, first[0], text.rfind("\n", 0, first[0]) + 1))
    return (opened, closed), [(x, y) for x, y in outside if y > x and not x <= start < y
                              and not start <= x < end]


def _said_before(text: str, spans: list[tuple[int, int]], start: int, para_start: int
                 ) -> tuple[int, int]:
    """Where the sentence just before `start` may name who speaks a quotation that opens at
    `start`: after the closing mark of a quotation it ends ('"I want three new players,"
    Souness said. "We have the money ..."'), also across a paragraph break, or, in the same
    paragraph, all of it where it quotes no one's words ("Souness said he wanted players.
    "We have ...")."""
    back = start - 1
    while back > 0 and text[back].isspace():
        back -= 1
    before = _sentence_at(spans, back)
    if before is None:
        return (0, 0)
    marks = [m.start() for m in _MARK.finditer(text, before[0], before[1])]
    if not marks or _phrases_only(text, marks):  # 'Souness said he wanted players. "We
        # have £20m to spend."', also past a few words it quotes: 'Souness said he wanted
        # "real quality". "We have ..."'
        return before if before[0] >= para_start else (0, 0)
    if _opens(text, marks[-1]):
        return (0, 0)
    return (marks[-1] + 1, before[1])  # also a paragraph before that ends so: '... sooner,"
    # Mr Ellis said.\n\n"We are proud ..."'


def quotes_speech(text: str) -> bool:
    """Whether the sentence `text` quotes another's speech: it has quotation marks, and
    they do more than set off a few words of its own ('said they never gave "a straight
    answer"')."""
    marks = [m.start() for m in _MARK.finditer(text)]
    return bool(marks) and not _phrases_only(text, marks)


def _phrases_only(text: str, marks: list[int]) -> bool:
    """Whether the marks of a sentence only set off a few words of its own, in pairs, each
    of up to six words with no stop or comma inside ('in "by the back door"'), not a
    quotation of another's speech."""
    if len(marks) % 2:
        return False
    for a, b in zip(marks[::2], marks[1::2]):
        words = text[a + 1:b]
        if not _opens(text, a) or _opens(text, b) or len(words.split()) > 6 \
                or any(stop in words for stop in ".,!?;:"):
            return False
    return True


def _speech(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the paragraphs around text[start:end] start and end, taking in the paragraphs
    of one speech: a paragraph whose last mark opens a quotation runs on into the next
    where that opens with a mark, as a long speech is written ('... pitch.\n\n"It will
    be ...'), within _REACH of the sentence."""
    lo = text.rfind("\n", 0, start) + 1
    while lo > max(0, start - _REACH) and _opens_paragraph(text, lo):
        back = lo
        while back > 0 and text[back - 1].isspace():
            back -= 1
        before = text.rfind("\n", 0, back) + 1  # the paragraph before
        if not _left_open(text, before, lo):
            break
        lo = before
    hi = _paragraph_end(text, end)
    while hi < min(len(text), end + _REACH) and _left_open(text, lo, hi):
        after = _SPACE.match(text, hi).end()
        if after >= len(text) or not _opens_paragraph(text, after):
            break
        hi = _paragraph_end(text, after)
    return lo, hi


def _paragraph_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _opens_paragraph(text: str, at: int) -> bool:
    """Whether the paragraph at `at` starts with an opening quotation mark."""
    at = _SPACE.match(text, at).end()
    return at < len(text) and text[at] in MARKS and _opens(text, at)


def _left_open(text: str, lo: int, hi: int) -> bool:
    """Whether the last quotation mark in text[lo:hi] opens one it does not close."""
    last = max((m.start() for m in _MARK.finditer(text, lo, hi)), default=-1)
    return last >= 0 and _opens(text, last)


def has_marks(text: str) -> bool:
    """Whether `text` has any quotation mark at all (most articles' sentences need no
    further look)."""
    return any(mark in text for mark in MARKS)


def _runs_on(text: str, at: int) -> bool:
    """Whether the opening mark at `at` opens a sentence: with a quotation open before it,
    the same speech runs on."""
    before = text[max(0, at - 3):at].rstrip()
    return before[-1:] in (".", "!", "?", "…")


MARKS = "\"“”"  # the marks that open or close a quotation
# who tags a quotation, its name before the verb ("Mr Lewis asked", "Party leader Ann Cole
# said"), the name the first group; the verb alone (TAG_VERB), for a tag the other way round
TAG_VERB = "(?:" + "|".join(QUOTE_TAG_VERBS) + r")\b"
TAG_BEFORE = r"([A-Z][\w'’.-]*(?:[ \u00a0]+[\w'’.-]+){0,4}?)[ \u00a0]+" + TAG_VERB
_MARK = re.compile(f"[{MARKS}]")
_REACH = 1000  # how far, in characters, a quotation may run before or after a sentence
_SPACE = re.compile(r"\s*")


def _opens(text: str, at: int) -> bool:
    """Whether the quotation mark at `at` opens: a curly opening mark, or a straight one at
    the start of the text or after a space or a bracket, but not one that ends its
    paragraph, typed after a space ('... the documents. "' closes), nor one typed between
    spaces after a sentence's end ('... a fine season. " Her coach said' closes)."""
    mark = text[at]
    if mark != '"':
        return mark == "“"
    if at > 0 and text[at - 1] == " " and (_ENDS_PARAGRAPH.match(text, at + 1)
                                           or _SPACED_AFTER_END.match(text, at - 2)):
        return False
    return at == 0 or text[at - 1].isspace() or text[at - 1] in "([{—–-:"


_ENDS_PARAGRAPH = re.compile(r"[ \t\u00a0]*(?:\n|$)")
# a straight mark typed between spaces after a sentence's end or a comma, before a capital,
# which closes what was said: '... it caps a fine season. " Her coach said'
_SPACED_AFTER_END = re.compile(r"[.!?…,] \" (?=[A-Z])")


def _sentence_at(spans: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    i = bisect_right([a for a, _b in spans], pos) - 1
    return spans[i] if i >= 0 and pos < spans[i][1] else None
