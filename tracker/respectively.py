"""Figures listed with "respectively": the n-th figure goes with the n-th item of another list.

"Spending on health and education will rise by 9.4% and 8.1% respectively" says 9.4% of
health and 8.1% of education; read one figure at a time, both would take the whole list.
`pair_items` runs after every figure of a sentence has its context, and gives each figure of
the run its own item in whichever field (subject, actor, location) holds the list.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .parse import text_of
from .places import PLACE_LABELS
from .schema import Claim

# What may stand between two figures of one list: "9.4% and 8.1%", "12, 11 and 9"
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)\s*", re.IGNORECASE)
_FIELDS = ("subject", "actor", "location")
_LEADING = re.compile(r"^(?:the|a|an|its|their|his|her)\s+", re.IGNORECASE)


def pair_items(doc, offset: int, claims: list[Claim]) -> list[Claim]:
    """`claims` of the sentence `doc` (which starts at `offset` in the article), each figure
    of a run listed before "respectively" given its own item of the sentence's other list."""
    said = next((t for t in doc if t.lower_ == "respectively"), None)
    if said is None or len(claims) < 2:
        return claims
    text = text_of(doc)
    run = _figure_run(text, offset, claims, said.idx)
    if not run:
        return claims
    spans = [(claims[i].start - offset, claims[i].end - offset) for i in run]
    items = _item_list(doc, spans, len(run))
    if items is None:
        return claims
    out = list(claims)
    raw = [text[a:b] for a, b in items]
    places = all(is_place(doc, a, b) for a, b in items)
    for n, i in enumerate(run):
        out[i] = _paired(text[items[0][0]:items[-1][1]], raw, claims[i], n, places, text)
    return out


def _figure_run(text: str, offset: int, claims: list[Claim], before: int) -> list[int]:
    """Indexes of the last run of two or more figures joined only by commas and "and" that
    ends before char `before` of the sentence."""
    order = sorted(range(len(claims)), key=lambda i: claims[i].start)
    runs: list[list[int]] = []
    for i in order:
        if claims[i].end - offset > before:
            break
        prev = runs[-1][-1] if runs else None
        if prev is not None and _LIST_JOIN.fullmatch(
                text[claims[prev].end - offset:claims[i].start - offset]):
            runs[-1].append(i)
        else:
            runs.append([i])
    runs = [r for r in runs if len(r) >= 2]
    return runs[-1] if runs else []


def _item_list(doc, spans: list[tuple[int, int]], size: int):
    """Char spans of the items of the list of `size` nouns nearest the figures ("health and
    education", "Munster and Leinster"), none of them a figure; before them if one is."""
    inside = {t.i for t in doc for a, b in spans if a <= t.idx < b}
    lists = []
    for t in doc:
        if t.dep_ == "conj" or t.pos_ not in ("NOUN", "PROPN") or t.i in inside:
            continue
        chain = [t, *sorted(t.conjuncts, key=lambda c: c.i)]
        if len(chain) == size and not any(c.i in inside or c.pos_ not in ("NOUN", "PROPN")
                                          for c in chain):
            lists.append([_item_span(c) for c in chain])
    first = spans[0][0]
    before = [items for items in lists if items[-1][1] <= first]
    after = [items for items in lists if items[0][0] >= spans[-1][1]]
    if before:
        return max(before, key=lambda items: items[-1][1])
    return min(after, key=lambda items: items[0][0]) if after else None


def _item_span(token) -> tuple[int, int]:
    """Char span of one item of a list: its phrase without the items and joins after it."""
    cut = {d.i for c in token.children if c.dep_ in ("conj", "cc", "punct") and c.i > token.i
           for d in c.subtree}
    words = [t for t in token.subtree if t.i not in cut]
    while words and words[-1].is_punct:
        words.pop()
    return words[0].idx, words[-1].idx + len(words[-1].text)


def _listed(value: str, whole: str, texts: list[str], n: int) -> str:
    """`value` with the list in it replaced by its n-th item, where the parse may have joined
    the later items to a noun inside the first ("lending for house purchases and gross
    mortgage lending": the second item is "gross mortgage lending", not "lending for" it)."""
    at = value.index(whole)
    before = value[:at].split()
    if n and before and texts[-1].split()[-1].lower() == before[0].lower():
        return value[:at - len(value[:at].lstrip())] + texts[n] + value[at + len(whole):]
    return value[:at] + texts[n] + value[at + len(whole):]


def is_place(doc, a: int, b: int) -> bool:
    """Whether the words at chars a:b of `doc` hold a place the model names."""
    span = doc.char_span(a, b, alignment_mode="expand")
    return span is not None and any(t.ent_type_ in PLACE_LABELS for t in span)


def _paired(whole: str, raw: list[str], claim: Claim, n: int, places: bool,
            sentence: str) -> Claim:
    """`claim` with the list (or one item of it) in its fields replaced by the n-th item;
    the list as written ("the South East and London") or without its article."""
    texts = [_LEADING.sub("", t) for t in raw]
    changes = {}
    for field in _FIELDS:
        value = getattr(claim, field)
        listed = next(((w, ts) for w, ts in ((whole, raw), (_LEADING.sub("", whole), texts))
                       if w in value), None)
        if listed is not None:
            changes[field] = _listed(value, listed[0], listed[1], n)
            continue
        named = next((t for t in texts if re.search(rf"(?<!\w){re.escape(t)}(?!\w)", value)),
                     None)
        if named is not None:
            changes[field] = value.replace(named, texts[n])
    if changes:
        return replace(claim, **changes)
    if places:
        return replace(claim, location=texts[n])
    # "Spending on health and education will rise by 9.4% and 8.1%": subject "Spending"
    whole = _LEADING.sub("", whole)
    m = claim.subject and re.search(
        rf"(?<!\w){re.escape(claim.subject)}\s+(\w+)\s+(?:the\s+)?{re.escape(whole)}", sentence)
    if m:
        return replace(claim, subject=f"{claim.subject} {m.group(1)} {texts[n]}")
    return claim
