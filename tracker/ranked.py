"""Figures of a ranking after "followed by": each item's figure is the item's own.

"Wales had the highest jobless rate at 6.1%, followed by Scotland on 5.8% and the North West
on 5.2%" says 5.8% of Scotland's jobless rate and 5.2% of the North West's; read one figure
at a time, both would take Wales, the sentence's subject, and a place of another item.
`rank_items` runs after every figure of a sentence has its context, and gives each figure of
the ranking the leader's measure with its own item as owner, and its item as place or actor.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .parse import text_of
from .respectively import is_place
from .schema import Claim

_FOLLOWED = re.compile(r"\bfollowed\s+(?:closely\s+)?by\s+")
# one item of the ranking right before its figure: "Scotland on ", ", and the North West on ",
# "Dell with "
_ITEM = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)?(?P<name>(?:the\s+)?[A-Z][\w&'’.-]*"
                   r"(?:\s+(?:and\s+(?:the\s+)?|of\s+(?:the\s+)?|&\s+)?[A-Z][\w&'’.-]*){0,5})"
                   r"\s+(?:on|with|at)\s+$")  # matched from the end of the figure before
# the ranking words of the leader's measure, which are the leader's, not the item's
_RANKING = re.compile(r"^(?:(?:the|a|an)\s+)?(?:(?:highest|lowest|biggest|largest|smallest|"
                      r"greatest|top|best|worst|fastest|slowest|strongest|weakest)\s+)+",
                      re.IGNORECASE)
_OWNER = re.compile(r"\s*\([^()]*\)$")


def rank_items(doc, offset: int, claims: list[Claim]) -> list[Claim]:
    """`claims` of the sentence `doc` (which starts at `offset` in the article), each figure
    of a ranking after "followed by" given the leader's measure owned by its own item."""
    text = text_of(doc)
    followed = _FOLLOWED.search(text)
    if followed is None or len(claims) < 2:
        return claims
    order = sorted(range(len(claims)), key=lambda i: claims[i].start)
    lead = next((i for i in reversed(order) if claims[i].end - offset <= followed.start()),
                None)
    if lead is None or not claims[lead].subject \
            or not re.fullmatch(r"\s*,?\s*", text[claims[lead].end - offset:followed.start()]):
        return claims  # the leader's figure ends right before "followed by": not "to four
        # with its new single, followed by Oasis at five"
    measure = _OWNER.sub("", _RANKING.sub("", claims[lead].subject))
    out = list(claims)
    at, names = followed.end(), set()
    for i in order:
        start = claims[i].start - offset
        if start < at:
            continue
        item = _ITEM.match(text, at, start)
        if item is None:
            break  # the ranking ends at the first figure that no item leads
        out[i] = _owned(doc, claims[lead], claims[i], item, measure)
        names.add(_without_the(item.group("name")))
        at = claims[i].end - offset
    if _without_the(claims[lead].location) in names:
        # the leader's place is its own, not an item's: "Wales had the highest rate at 6.1%"
        own = claims[lead].actor if _is_place(doc, claims[lead].actor) else ""
        out[lead] = replace(claims[lead], location=own)
    return out


def _without_the(name: str) -> str:
    return re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)


def _is_place(doc, name: str) -> bool:
    """Whether `name`, where the sentence first writes it, stands as a place."""
    at = text_of(doc).find(name) if name else -1
    return at >= 0 and is_place(doc, at, at + len(name))


def _owned(doc, lead: Claim, claim: Claim, item: re.Match, measure: str) -> Claim:
    """`claim` as its item's: the leader's measure owned by the item, the item as its place
    (or as its actor, where the leader's owner acts), no other item's place."""
    name = _without_the(item.group("name"))
    # a ranking of places: "Wales showed the highest rate at 6.1%, followed by the South
    # West on 5.2%", where the leader is its own place
    place = _is_place(doc, name) or bool(lead.location) and _without_the(
        lead.location).lower() == _without_the(lead.actor).lower()
    return replace(claim, subject=f"{measure} ({name})", subject_key=lead.subject_key,
                   location=name if place else "",
                   actor="" if place or not lead.actor else name)
