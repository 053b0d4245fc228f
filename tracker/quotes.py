"""Quotations that run over several sentences: who speaks a sentence inside one.

'Mr Leigh said: "Parliament requires us to check. That money, over £2bn a year, must be
used well."' The second sentence names no one, but it is Mr Leigh's.  `quote_around`
finds the sentences that open and close the quotation a sentence sits in, within its
paragraph, for `extract` to read the speaker from.  Text only: no parse.
"""

from __future__ import annotations

import re
from bisect import bisect_right


def quote_around(text: str, spans: list[tuple[int, int]], start: int, end: int
                 ) -> tuple[tuple[int, int], list[tuple[int, int]]] | None:
    """The quotation that holds part of the sentence text[start:end] and runs into another
    sentence of the same paragraph: its (open, close) marks, and the stretches outside it
    where its speaker may be named (the opening sentence before its mark, the closing
    sentence after its mark), those not in this sentence.  None where the sentence is no
    part of such a quotation, or of one that does not close in its paragraph (a mark left
    out).  A straight mark opens after a space and closes after a word; a quotation left
    open at a sentence's end and opened again at the next sentence's start runs on (the
    paragraphs of a long speech, run together: 'said: "It is too important. "It gave me a
    start."')."""
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
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
    first, last = _sentence_at(spans, opened), _sentence_at(spans, closed)
    outside = [(first[0], opened), (closed + 1, last[1])] if first and last else []
    if first == (start, end):
        outside.append(_said_before(text, spans, start, para_start))
    return (opened, closed), [(x, y) for x, y in outside if y > x and not x <= start < y
                              and not start <= x < end]


def _said_before(text: str, spans: list[tuple[int, int]], start: int, para_start: int
                 ) -> tuple[int, int]:
    """Where the sentence just before `start`, in the same paragraph, may name who speaks
    a quotation that opens at `start`: after the closing mark of a quotation it ends ('"I
    want three new players," Souness said. "We have the money ..."'), or all of it where
    it quotes no one's words ("Souness said he wanted players. "We have ...")."""
    before = _sentence_at(spans, start - 1) or _sentence_at(spans, start - 2)
    if before is None or before[0] < para_start:
        return (0, 0)
    marks = [m.start() for m in _MARK.finditer(text, before[0], before[1])]
    if not marks:
        return before  # 'Souness said he wanted players. "We have £20m to spend."'
    if _opens(text, marks[-1]):
        return (0, 0)
    return (marks[-1] + 1, before[1])


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
_MARK = re.compile(f"[{MARKS}]")
_REACH = 1000  # how far, in characters, a quotation may run before or after a sentence


def _opens(text: str, at: int) -> bool:
    """Whether the quotation mark at `at` opens: a curly opening mark, or a straight one at
    the start of the text or after a space or a bracket."""
    mark = text[at]
    if mark != '"':
        return mark == "“"
    return at == 0 or text[at - 1].isspace() or text[at - 1] in "([{—–-:"


def _sentence_at(spans: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    i = bisect_right([a for a, _b in spans], pos) - 1
    return spans[i] if i >= 0 and pos < spans[i][1] else None
