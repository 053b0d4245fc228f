"""Where a figure happens: the place nearest it in its sentence, preferring one in its
own clause ("50,000 in Canada ... and 85,000 in the UK").
"""

from __future__ import annotations

import re

from .data.subjects import HONORIFICS
from .parse import governor

_PLACE_PREPS = {"in", "at", "to", "near", "from", "across", "into", "outside", "inside"}


def location_of(sent, start: int, end: int, anchor=None) -> str:
    """The place nearest the figure, preferring one in the figure's own clause ("50,000
    in Canada ... and 85,000 in the UK"); never a piece of a name ("the US-China
    Commission")."""
    doc = sent.doc
    places = [e for e in sent.ents if e.label_ in ("GPE", "LOC", "FAC")]
    if not places:
        # the small model tags some cities as people: a proper name after "in"/"to" is a place
        places = [e for e in sent.ents if e.label_ not in ("ORG", "NORP", "DATE", "TIME", "MONEY",
                                                           "PERCENT", "CARDINAL", "QUANTITY",
                                                           "ORDINAL")
                  and e.root.dep_ == "pobj" and e.root.head.lower_ in _PLACE_PREPS
                  and e.root.head.head.lower_ != "according"]
    places = [e for e in places if not (e.end < len(doc) and doc[e.end].text == "-"
                                        and not doc[e.end - 1].whitespace_)]
    places = [p for p in (_place_name(e) for e in places) if p is not None]
    verb = governor(anchor) if anchor is not None else None
    if verb is not None:
        own = [e for e in places if verb.is_ancestor(e.root)]
        places = own or places
    if not places:
        return ""
    centre = (start + end) / 2
    return min(places, key=lambda e: abs((e.start_char + e.end_char) / 2 - centre)).text


def _place_name(ent):
    """A place entity as a place: without a possessive ("South Korea's economy", but "at
    St Mary's") or a score after a name of two words or more ("Stamford Bridge 3-1"); none
    where it is a person after a title ("Mr Houlihan") or a figure ("548p", "200bn",
    "Windows 2000", "127th"); a year or an ordinal in an event's name is kept ("the 2005
    Sundance Film Festival")."""
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].text.rstrip(".").lower() in HONORIFICS:
        return None
    end = ent.end
    while end > ent.start and (doc[end - 1].is_punct
                               or doc[end - 1].tag_ == "POS" and ent.root.dep_ == "poss"):
        end -= 1
    cut = end
    while cut - ent.start > 2 and re.fullmatch(r"[\d-]+", doc[cut - 1].text):
        cut -= 1
    if cut < end and doc[cut - 1].pos_ == "PROPN":
        end = cut
    place = doc[ent.start:end]
    named = any(t.pos_ == "PROPN" and t.is_alpha for t in place)
    if not len(place) or any(any(c.isdigit() for c in t.text)
                             and not (named and _YEAR_OR_ORDINAL.fullmatch(t.text))
                             for t in place):
        return None
    return place


_YEAR_OR_ORDINAL = re.compile(r"(?:19|20)\d\d|\d+(?:st|nd|rd|th)")
