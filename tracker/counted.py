"""The noun a figure counts or measures, where the parse ties the figure to one.

`counted_noun` tries the readers below in order of trust, from the figure's tokens up to
the noun it modifies, the noun it is the value of, or the subject of the "be" it
completes.  Where none reads, `subjects` looks at the words nearby (`nearby`).
"""

from __future__ import annotations

import re

from .data.numbers import PART_NOUNS, SCALES, VAGUE, VAGUE_PART_NOUNS
from .data.phrases import CHANGE_VERBS_DOWN, CHANGE_VERBS_UP, MONTHS, WEEKDAYS
from .data.subjects import (
    BODY_NOUNS,
    CHANGE_NOUNS,
    CUSTODY,
    JOINING_VERBS,
    LEAD_WORDS,
    LEFT_WORDS,
    LEVEL_WORDS,
    LINKING_PARTICIPLES,
    MONEY_NOUNS,
    MONEY_VERBS,
    PENALTY_VERBS,
    PEOPLE_NOUNS,
    PERIOD_NOUNS,
    PERIOD_PREPS,
    PERSON_NOUNS,
    PHRASE_PREPOSITION_NOUNS,
    PORTION_WORDS,
    RELATIVE_TIME,
    REPORTING_VERBS,
    SPAN_NOUNS,
    SPENDING_PREPS,
    STATE_VERBS,
    TIME_NOUNS,
    VALUE_NOUNS,
    VALUING_WORDS,
    WHEN_PREPS,
)
from .nouns import group_of
from .parse import (
    NOUNISH,
    figure_like,
    figure_part,
    nsubj,
    person,
    resolve,
    spaced_dash,
    text_of,
    unitlike,
)
from .units import lookup


def counted_noun(anchor, first, inside: set[int], dimension: str, value_of):
    """The noun the figure at `inside` counts or measures, else None.

    In order of trust: the thing an "of" phrase names ("60% of its revenue"); `value_of`,
    the noun the figure is the value of ("a fine of $5m"); what a move moves ("a rise in
    unemployment to 5.2%"); the subject of a copula or a small clause ("the toll is 40",
    "with sales down 3.1%"), the noun of a valuing word ("a grant worth $8m"); the object
    a verb moves ("pulled the sector 0.7% lower"); the noun a sum is read onto; the noun
    the figure counts ("12,000 troops"); the noun before its brackets ("four fillets
    (1lb)"); for a sum, what it is for, spent on or taken in ("spent £2m on the campaign").
    A unit is passed over to what it measures ("a 2.6 billion-mile journey" -> journey),
    or dropped ("five miles (8 km)"), and a portion word to its group ("more than half
    (55%) of the respondents" -> respondents).
    """
    head = (_after_inches(anchor.doc, inside) or _of_object(anchor, inside, dimension)
            or _fronted_of(anchor, inside)
            or value_of or _object_before_of(anchor, inside) or _level_after(anchor, inside)
            or _copula_subject(anchor, first, inside) or _small_clause(anchor, inside)
            or valued_noun(first, inside)
            or _moved_object(anchor, inside) or _noun_described(anchor, inside)
            or _noun_sized(anchor, first, inside) or _of_which(anchor, inside)
            or _noun_after_scale(first, inside)
            or _noun_of(anchor, inside, dimension) or _numbered_after(anchor, inside)
            or _noun_before_bracket(first)
            or (_noun_bounded(first, inside) if dimension != "time" else None)
            or (purpose(anchor, inside) if dimension == "currency" else None))
    head = changed(head, inside)
    head = _named_by_copula(head, inside) or _name_on_plural(head, inside) or head
    head = _past_chart_place(head)
    if head is not None and head is not value_of and unitlike(head) \
            and not _named_thing(head, inside):
        if head.dep_ in ("compound", "nmod", "amod") and head.head.pos_ in NOUNISH \
                and not unitlike(head.head):
            head = head.head  # "a 2.6 billion-mile journey": the unit modifies what it measures
        else:
            head = None  # "five miles (8 km)": 8 measures what the sentence is about
    if head is not None and head.lower_ in PORTION_WORDS and head.i not in inside:
        head = group_of(head, inside) or head  # "more than half (55%) of the respondents"
    mover = _level_mover(head) if head is not None else None
    if mover is not None:
        return mover if mover.dep_ == "dobj" else None  # "raise output to 200,000 cars"
    return head


def _after_inches(doc, inside: set[int]):
    """The noun right after a height in feet and inches, which the parse hangs on the "in"
    of the inches as if it were a place: "The 6ft 2in Johnson" -> Johnson; else None."""
    last = doc[max(inside)]
    if last.lower_ != "in" or last.dep_ != "prep" or not doc[last.i - 1].like_num:
        return None
    return next((c for c in last.children if c.dep_ == "pobj" and c.i not in inside
                 and c.left_edge.i == last.i + 1 and c.pos_ in NOUNISH), None)


def _name_on_plural(head, inside: set[int]):
    """The plural noun a name the parse gave the figure modifies: "has won three Grand Slam
    mixed doubles titles" -> titles, not "Grand Slam"; else None."""
    if head is None or head.pos_ != "PROPN" or head.dep_ not in ("nmod", "compound") \
            or head.head.tag_ != "NNS" or head.head.i < head.i \
            or not any(c.dep_ == "nummod" and c.i in inside for c in head.children):
        return None
    return head.head


def level_reached(head) -> bool:
    """"French unemployment rose 9,000 to 2.61 million people", "the Indian market will
    grow 15% this year, to 920,000 vehicles": a level a move of a measure reached, counted
    in people or things, is the measure's, not theirs; not where the mover is a count of
    them itself ("the number of visitors rose to 2 million people")."""
    return _level_mover(head) is not None


def level_mover(anchor):
    """The measure a verb moved to the level a count at `anchor` reached, its object or
    else its subject: "raised his tally to 24 goals" -> tally; None."""
    return _level_mover(anchor.head) if anchor.dep_ == "nummod" else None


def _level_mover(head):
    """The measure whose move reached the level `head` counts (`level_reached`): the verb's
    object ("might lift output to 80,000 vans"), else its subject; None."""
    prep = head.head
    if head.pos_ != "NOUN" or head.dep_ != "pobj" or prep.lower_ != "to" \
            or prep.head.pos_ != "VERB" or not any(c.dep_ == "nummod" for c in head.children):
        return None
    verb = prep.head
    mover = next((c for c in verb.children if c.dep_ == "dobj" and c.i < head.i), None) \
        or next((c for c in verb.children if c.dep_ == "nsubj"), None)
    ok = verb.lower_ in CHANGE_VERBS_UP | CHANGE_VERBS_DOWN and mover is not None \
        and mover.pos_ == "NOUN" and mover.lemma_.lower() != head.lemma_.lower() \
        and mover.lemma_.lower() not in ("people", "person", "number", "total")
    return mover if ok else None


def _past_chart_place(head):
    """The noun a chart place ("number one") modifies, where the parse took "number" for
    what the figure counts: "Elvis' 18 number one singles" -> singles."""
    doc = head.doc if head is not None else None
    if head is None or head.lower_ != "number" or head.i + 1 >= len(doc) \
            or doc[head.i + 1].lower_ not in ("one", "1", "two", "2"):
        return head
    place = doc[head.i + 1]
    for noun in (place.head, head.head):  # however the parse hangs "number" and "one"
        if noun.pos_ == "NOUN" and noun.i > place.i:
            return noun
    return head


def _noun_after_scale(first, inside: set[int]):
    """The noun right after a figure whose scale is written apart, which the model reads
    as a preposition: "was planning £35 bn cuts in public services" -> cuts, "a $2 bn
    investment programme" -> programme; also a glued scale the model took for the noun's
    head ("$1m payoff for former Acme boss", a headline)."""
    doc, last = first.doc, first.doc[max(inside)]
    if last.text not in SCALES or last.i == first.i or last.i + 1 >= len(doc):
        return None
    noun = doc[last.i + 1]
    if _taken_for_verb(noun):
        return noun  # "led to a $45m hit in the third quarter": tagged a participle
    if not (doc[last.i - 1].whitespace_ and last.pos_ == "ADP" or noun.head.i == last.i):
        return None
    while noun.dep_ == "compound" and noun.head.i == noun.i + 1:
        noun = noun.head
    if noun.pos_ != "NOUN" or unitlike(noun) or noun.lemma_.lower() in TIME_NOUNS:
        return None
    return noun


def _taken_for_verb(noun) -> bool:
    """A noun the tagger took for a past form, right after a sum an article opens, before a
    preposition or a stop: the "hit" of "a $45m hit in the third quarter"."""
    doc = noun.doc
    start = noun.i - 1
    while start > 0 and (doc[start].like_num or doc[start].tag_ == "$"
                         or doc[start].text in SCALES):
        start -= 1
    return noun.tag_ in ("VBN", "VBD") and noun.is_lower and doc[start].lower_ in ("a", "an") \
        and noun.i + 1 < len(doc) and doc[noun.i + 1].pos_ in ("ADP", "PUNCT")


def _noun_bounded(first, inside: set[int]):
    """The noun a bound right after it holds to the figure, which the parse hung elsewhere:
    "a 50% rate on earnings over £100,000 a year" -> earnings."""
    doc, i = first.doc, first.i - 1
    while i > 0 and doc[i].tag_ == "$":
        i -= 1  # the sign
    if i < 1 or doc[i].lower_ not in BOUNDS_AFTER or doc[i].dep_ not in ("quantmod", "prep"):
        return None
    noun = doc[i - 1]
    if noun.pos_ != "NOUN" or noun.i in inside or unitlike(noun) \
            or noun.lemma_.lower() in TIME_NOUNS | VALUE_NOUNS or noun.like_num \
            or noun.lower_.endswith("ing"):
        return None  # not a level ("four-month highs above $53": the prices are), nor a
        # participle ("claims against Yukos totalling over $27bn")
    return noun


# bounds written right after a noun, before its figure: "earnings over £100,000",
# "children over the age of 10"
BOUNDS_AFTER = {"over", "under", "above", "below", "beyond", "exceeding", "beneath"}


def _named_thing(head, inside: set[int]) -> bool:
    """A unit word that a noun before it makes a thing: "a 14 C melting point", "three match
    points", "six government units", and an adjective a count that is not the unit's
    ("30,000 additional units"); not a unit of two words ("25 basis points"), nor
    time ("45 human hours")."""
    if head.i < max(inside):
        return False  # "the career spans 10 years": a noun before the figure counts nothing
    mod = next((c for c in head.lefts if c.i == head.i - 1 and c.i not in inside
                and (c.dep_ == "compound" or c.dep_ == "amod" and head.i not in inside
                     and head.lower_ != "times")
                and c.is_alpha and c.is_lower), None)
    if mod is None or unitlike(mod) or lookup(f" {mod.text} {head.text}", glued=False):
        return False
    unit = lookup(" " + head.text, glued=False)
    return unit is None or unit[0].dimension != "time"  # "45 human hours" are hours


# Dependencies by which a figure, or a word between, hangs on the noun it counts.
_MODIFIER_DEPS = {"compound", "amod", "nmod", "poss", "nummod", "quantmod", "npadvmod"}


_GENERIC_PEOPLE = {"people", "persons", "individuals"}


def _named_by_copula(head, inside: set[int]):
    """"The death toll is now 40 people", "the population of earth is 7.9 billion people": a
    figure of plain people is what the copula's subject names."""
    if head is None or head.lower_ not in _GENERIC_PEOPLE or head.dep_ != "attr" \
            or head.head.lemma_ != "be":
        return None
    subj = nsubj(head.head)
    return subj if subj is not None and subj.pos_ == "NOUN" and subj.i not in inside else None


def _noun_of(anchor, inside: set[int], dimension: str = "count"):
    """Climb from the figure to the noun it counts or measures, if any."""
    t = anchor
    for _ in range(4):
        if t.pos_ in NOUNISH and t.i not in inside:
            while t.dep_ == "compound" and t.head.pos_ in NOUNISH and t.head.i == t.i + 1:
                t = t.head  # "an $875 stone pizza oven": the figure's noun is the whole name's head
            if t.dep_ == "poss" and t.head.pos_ in NOUNISH and (any(
                    d.tag_ == "DT" for d in anchor.doc[max(inside) + 1:t.i])
                    or t.head.i > max(inside) and t.i < min(inside)):
                t = t.head  # "half the nation's total output": the output, not the nation;
                # "the FCC's $550,000 (£293,000) fine", the sum parsed onto the owner
            return t
        if t.pos_ == "ADJ" and t.dep_ in ("dobj", "nsubj", "nsubjpass") \
                and t.i not in inside and t.i == max(inside) + 1 \
                and any(c.dep_ == "nummod" and c.i in inside for c in t.children):
            return t  # "has released one single": a noun the tagger took for an adjective
        if t.dep_ in _MODIFIER_DEPS or t.dep_ in ("appos",) or t.i in inside:
            if t.i in inside and restates_part(t) and t.head.lower_ in VAGUE_PART_NOUNS:
                return None  # "A small number, 17%, said": the part it restates, no noun
            if t.head.i == t.i or _spaced_dash(t, t.head) \
                    or t.dep_ == "appos" and t.i in inside and t.like_num \
                    and t.head.pos_ == "PROPN" and dimension == "count" \
                    and any(c.dep_ == "prep" for c in t.children):
                return None  # "24 fouls by Arsenal, seven on Heinze": a list's next item,
                # not a count of Arsenal
            if t.dep_ == "conj" and dimension == "currency" and _other_object(t.head, inside):
                return None  # "took fourth place and almost $42.7m": the other object
            if t.dep_ == "conj" and t.i in inside and (
                    t.head.ent_type_ in ("DATE", "TIME") or t.head.lower_ in WEEKDAYS | MONTHS
                    or dimension == "count" and t.head.dep_ == "pobj"
                    and t.head.head.lower_ in ("before", "after", "during", "since", "until")
                    and t.head.head.head.pos_ == "VERB"):
                return None  # "arrested 20 men on Monday and 15 on Tuesday", "questioned
                # 850 voters before the debate and 910 afterwards": a list's next item the parse
                # joined to the day or the phrase before it, which it does not count
            if t.tag_ in ("JJR", "RBR") and (t.head.ent_type_ in ("DATE", "TIME")
                                             or t.head.lower_ in WEEKDAYS | MONTHS):
                return None  # "before closing Friday 0.5% lower": when, not what moved
            t = t.head
            continue
        return None
    return t if t.pos_ in NOUNISH and t.i not in inside else None


def restates_part(anchor) -> bool:
    """Whether the figure is set off after a part of a whole it restates: "Almost a third,
    31%, said they would", also one that names no size: "A small number, 17%, said"."""
    part = anchor.head
    return anchor.dep_ == "appos" and part.lower_ in PART_NOUNS | VAGUE_PART_NOUNS \
        and part.i + 1 < anchor.i \
        and part.doc[part.i + 1].text == "," \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in part.children)  # not "a
    # quarter of companies (24%)" nor "half (54%) of those asked": a group named


def _object_before_of(anchor, inside: set[int]):
    """The object right before an "of" phrase that holds the figure, where the parse hung
    the phrase on the verb: "matched his personal best of 20.31 secs" -> personal best."""
    held = anchor.head if anchor.dep_ == "nummod" and unitlike(anchor.head) else anchor
    prep, end = held.head, max(held.i, *inside)
    if held.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ != "VERB" \
            or end + 1 < len(held.doc) and held.doc[end + 1].pos_ in NOUNISH:
        return None  # not "make use of the firm's 10 megabits per second line"
    return next((c for c in prep.head.children if c.dep_ == "dobj" and c.i not in inside
                 and c.right_edge.i == prep.i - 1), None)


def _other_object(noun, inside: set[int]) -> bool:
    """A verb's object that a sum is joined to and that is no money of its own: "took
    fourth place and almost $42.7m"; not "profits of between £415m and £425m", "a lot of
    money, billions of dollars"."""
    joined = {t.i for c in noun.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    return (noun.dep_ == "dobj" and noun.i < min(inside) and noun.pos_ in NOUNISH
            and not any(t.ent_type_ == "MONEY" or t.lemma_.lower() in ("money", "cash")
                        or figure_like(t) and t.ent_type_ != "ORDINAL"
                        for t in noun.subtree if t.i not in inside and t.i not in joined))


def _spaced_dash(figure, noun) -> bool:
    """A dash with a space on each side after the figure and a verb after it, before the
    noun: an aside starts there ("above 50 - indicating expansion"), whatever the parse made
    of it; not a restatement ("to 48.3 - its lowest level")."""
    doc = figure.doc
    return any(t.text in ("-", "–", "—") and t.whitespace_ and doc[t.i - 1].whitespace_
               and doc[t.i + 1].pos_ in ("VERB", "AUX")  # not "to 48.3 - its lowest level"
               for t in doc[figure.i + 1:noun.i])


def counted_out_of(doc, inside: set[int]):
    """The noun right after a share written "N out of M" or "N in M", which the parse makes
    the number M's noun: "six out of 20 women work part-time" -> women; None otherwise."""
    last = doc[max(inside)]
    if not any(doc[i].lower_ in ("out", "in") for i in inside) or last.dep_ != "nummod" \
            or last.head.i <= last.i or last.head.pos_ not in NOUNISH \
            or any(t.head.i != last.head.i or t.dep_ not in ("compound", "amod")
                   for t in doc[last.i + 1:last.head.i]):
        return None  # (also past the noun's own words: "two out of 10 asylum seekers")
    return last.head


def _of_object(token, inside: set[int], dimension: str = "count"):
    """The object of an "of" phrase hanging off the figure, its unit or the "worth" after it
    ("60% of its revenue", "1,275 megawatts of capacity", "£5m worth of jewellery"), or of an
    "in" phrase off a sum ("$1bn in gains")."""
    preps = ("of", "in") if dimension == "currency" else ("of",)
    doc = token.doc
    # not through a conjoined figure: "296 hp and 450 Nm of torque" is the engine's power
    near = [c for c in token.children
            if (c.dep_ != "conj" or not any(g.dep_ == "nummod" for g in c.children))
            and not any(g.like_num for d in c.children if d.i < c.i for g in d.subtree)]
    # (nor through another figure's word: "a best of 2.20m - just 3cm short of the
    # standard" is not of the standard)
    after = max(inside) + 1
    if after + 1 < len(doc) and doc[after].text == "-" and not doc[after].whitespace_:
        after += 1  # "$1.2bn-worth of the beans"
    if after < len(doc) and doc[after].lower_ == "worth":
        near.append(doc[after])  # "took £5m worth of jewellery", however the parse hangs it
    for t in [token, *near, *(doc[i] for i in sorted(inside))]:
        for child in t.children:
            if child.dep_ == "prep" and (child.lower_ in preps or child.i in inside):
                for obj in child.children:
                    gained = next((o for o in obj.children if o.dep_ == "dobj"
                                   and o.pos_ == "NOUN" and o.left_edge.i == obj.i + 1), None) \
                        if obj.dep_ == "pcomp" and obj.tag_ == "VBG" and obj.i == child.i + 1 \
                        and child.lower_ == "of" else None
                    if gained is not None:
                        return gained  # "three years of blistering economic gains", the
                        # adjective taken for a gerund with the noun as its object
                    if obj.dep_ != "pobj" or obj.i in inside and not _read_through(obj, child,
                                                                                    inside):
                        continue
                    if obj.lower_ in ("whom", "which"):
                        return _counted_antecedent(child) or _antecedent_before(
                            doc[min(inside)])  # "half of whom"
                    if any(c.tag_ == "$" and c.i < obj.i for c in obj.children):
                        continue  # "$40m of the $90m it lost": another sum, no noun
                    if obj.lower_ in ("them", "these", "those") and obj.pos_ == "PRON" \
                            and not any(c.dep_ in _NAMING and not _figure_given(c)
                                        for c in obj.children):
                        return _counted_before(doc[min(inside)])  # "45 of them"
                    # "$5m in 2019", "$5m in Germany", "$5m in the first quarter" say when or where
                    if child.lower_ == "of" or child.i in inside or money_kind(obj):
                        return obj  # (also the whole of "one in three Danes", where the parse
                        # hangs it on the figure's own "in")
    whole = counted_out_of(doc, inside) if dimension == "fraction" else None  # "employs one
    # in four Poles", where the parse hangs the "in" on the verb
    return whole or _of_past_bracket(doc, after) or _of_on_the_verb(token, doc, after, dimension)


def _of_on_the_verb(token, doc, after: int, dimension: str = "count"):
    """The noun of an "of" right after a figure that the parse hung on the verb whose
    object the figure is: "has absorbed more than £1.5bn of lost income" -> income, also of
    a sum's "in" (`_SUM_KINDS`: "producing around $4.2bn (£2.2bn) in revenue", the
    "around" read as a preposition on the verb); not one that only says it is money
    ("pledged $90m of his own money": a pledge)."""
    if after < len(doc) and doc[after].text == "(":  # past a bracket that restates the sum:
        after = next((t.i + 1 for t in doc[after + 1:after + 12] if t.text == ")"), after)
    of = doc[after] if after < len(doc) else None
    verb = token.head.head if dimension == "currency" and bound_object(token) \
        else token.head  # "producing around $4.2bn"
    if of is None or of.dep_ != "prep" or of.head.i != verb.i or verb.pos_ != "VERB" \
            or not (of.lower_ == "of" or of.lower_ == "in" and dimension == "currency") \
            or token.dep_ not in ("dobj", "npadvmod") and verb is token.head:
        return None
    return next((o for o in of.children if o.dep_ == "pobj" and o.pos_ == "NOUN"
                 and o.lemma_.lower() not in MONEY_NOUNS
                 and (of.lower_ == "of" or o.lemma_.lower() in _SUM_KINDS)), None)


def bound_object(token) -> bool:
    """The sum a bound, parsed as a preposition on the verb, stands before."""
    return (token.dep_ == "pobj" and token.head.lower_ in _BOUNDS_AS_PREPS
            and token.head.dep_ == "prep" and token.head.head.pos_ == "VERB")


# bounds the small model reads as a preposition on the verb: "would contribute about 2bn
# euros", "raised around $5m", "spent over £40m"
_BOUNDS_AS_PREPS = {"about", "around", "over", "under", "nearly", "almost", "some"}
# the kinds of money a sum is "in" on its verb, as the sum's own "in" names them ("$1bn in
# gains"): not what is invested in ("invest £60bn in services"), nor a payment frozen
_SUM_KINDS = {"revenue", "saving", "donation", "charge", "profit", "sale", "fee", "tax",
              "fine", "damage", "subsidy", "grant", "bonus", "royalty", "dividend", "earning"}


def money_kind(noun) -> bool:
    """Whether the noun after the "in" of a sum names what kind of money it is ("$1bn in
    gains", "$27bn in taxes"), not when, where or a phrase ("in 2019", "in Germany", "in the
    face of")."""
    return noun.pos_ == "NOUN" and not noun.ent_type_ \
        and noun.lower_ not in PHRASE_PREPOSITION_NOUNS


def _read_through(obj, prep, inside: set[int]) -> bool:
    """A noun the figure's surface took in with the rate after it, which it still counts:
    "7.5 million tonnes of LPG annually", "2 million barrels of oil a day" -> LPG, oil."""
    return prep.lower_ == "of" and prep.i in inside and obj.pos_ in ("NOUN", "PROPN") \
        and not obj.like_num and not unitlike(obj) and obj.lower_ != "age" \
        and obj.lower_ not in VAGUE  # "65 years of age", "10s of thousands of listeners"


def _of_past_bracket(doc, after: int):
    """The object of an "of" right after the bracket or the dashes that restate the figure,
    which the parse hung elsewhere: "drew on 90m yuan ($11m; £6m) of its own funds" ->
    funds, "Almost three quarters - 74% - of the 2,000 voters polled" -> voters."""
    if after >= len(doc) or not (doc[after].text == "(" or spaced_dash(doc[after])):
        return None
    closing = ")" if doc[after].text == "(" else doc[after].text
    close = next((t.i for t in doc[after + 1:after + 12] if t.text == closing), None)
    if close is None or close + 1 >= len(doc) or doc[close + 1].lower_ != "of":
        return None
    return next((c for c in doc[close + 1].children
                 if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)


def those_defined(word) -> bool:
    """Whether a word is a "those" that a participle, a clause or a "with" or "without"
    phrase on it defines: "of those asked", "of those who buy online", "of those with
    broadband" (not a bare "those", which stands for others)."""
    return word.lower_ == "those" and any(
        c.dep_ in ("acl", "relcl") or c.dep_ == "prep" and c.lower_ in ("with", "without")
        for c in word.children)


def _fronted_of(anchor, inside: set[int]):
    """"Of the companies surveyed, 30% saw orders rise": the group an "of" phrase put before
    the clause names, where the figure is the clause's subject; so does an "among" phrase
    ("Among pensioners, 70% said they would vote")."""
    if anchor.dep_ not in ("nsubj", "nsubjpass") or anchor.i not in inside and not any(
            t.i in inside for t in anchor.subtree):
        return None
    verb = anchor.head
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]  # "..., 30% saw X and 27% saw Y"
    for prep in (p for v in verbs for p in v.lefts):
        if prep.dep_ == "prep" and prep.lower_ in ("of", "among") and prep.i < min(inside):
            return next((o for o in prep.children if o.dep_ == "pobj" and o.i not in inside
                         and (o.pos_ in NOUNISH or those_defined(o))), None)
            # (also "Of those polled, 60% backed the deal")
    return None


def _numbered_after(anchor, inside: set[int]):
    """The noun a number inside the figure numbers, after it, where the figure's root is
    another of its words: "One in four British teenagers are online" -> teenagers."""
    doc, end = anchor.doc, max(inside)
    return next((t.head for t in anchor.subtree if t.i in inside and t.dep_ == "nummod"
                 and t.head.i > end and t.head.pos_ == "NOUN"
                 and all(w.head.i == t.head.i and w.dep_ in ("amod", "compound")
                         for w in doc[end + 1:t.head.i])), None)  # not "almost 30% -
    # concerned abuses", a noun past other words


def _when(noun) -> bool:
    """A noun that says when ("the quarter", "the whole of 2004"), not what ("weekend
    ticket sales", "a monthly pass")."""
    return noun.ent_type_ in ("DATE", "TIME") or any(  # not "the 28-year-old winger"
        t.like_num and t.ent_type_ in ("DATE", "TIME") and t.dep_ == "pobj"
        for t in noun.subtree) or noun.lemma_.lower() in SPAN_NOUNS  # "for a period of five years"


# what names a "those" of its own ("those questioned", "those who stay", "those aged 30")
_NAMING = ("acl", "relcl", "amod", "prep")


def _figure_given(clause) -> bool:
    """A participle on "those" that only gives the part's figure, naming no set: "with
    around 600 of those expected in Leeds" (not "80% of those surveyed")."""
    return clause.dep_ == "acl" and clause.tag_ == "VBN" \
        and clause.lemma_.lower() in LINKING_PARTICIPLES


def _counted_before(first):
    """"At least 60 people were arrested - 45 of them in the US": what "them" stands for,
    the nearest noun a figure counts earlier in the sentence; None where there is none."""
    return counted_in(first.doc[first.sent.start:first.i])


def counted_in(span):
    """The last plural noun a figure counts in `span`: "60 people", "two of her friends";
    None where there is none."""
    for t in reversed(span):
        if t.lemma_.lower() in _PARTS:  # "two thirds of Britons": the Britons
            t = next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"), t)
            if t.tag_ in ("NNS", "NNPS"):
                return t
        if t.pos_ == "NOUN" and t.tag_ == "NNS" and not unitlike(t) and (
                t.lemma_.lower() not in TIME_NOUNS) and (  # not "the Six Nations"
                any(c.dep_ == "nummod" and c.like_num and c.pos_ == "NUM" for c in t.children)
                or t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.like_num):
            return t
    return None


# the words of a part of a whole, which count what their "of" phrase names
_PARTS = PART_NOUNS | {"per", "cent", "%", "percent"}


def antecedent_in(span, counted_first: bool = False):
    """What "of them" in the sentence after `span` stands for: the first plural noun that
    is a clause's subject ("companies that decide to offshore ... Only 42% of them", "the
    research found that Brazilians were ... A third of them"), else the last plural noun a
    figure counts ("caused two of her friends to quit ... One of them"); None where there
    is neither. `counted_first` for the group a share of people comes from ("questioned
    2,000 adults. Some 16% said"): the counted noun before the subject."""
    counted = counted_in(span)
    if counted_first and counted is not None:
        return counted
    subject = next((t for t in span if t.tag_ in ("NNS", "NNPS")  # the main clause's first
                    and t.dep_ in ("nsubj", "nsubjpass") and not unitlike(t)), None)
    return subject if subject is not None else counted


def _counted_antecedent(of):
    """The counted plural noun the clause of "N of which" hangs on, where a phrase of its
    own stands between: "has had 15 hit singles in the US charts, six of which reached
    number one" -> singles, not the charts; else None."""
    clause = next((t for t in of.ancestors if t.dep_ == "relcl"), None)
    noun = clause.head if clause is not None else None
    if noun is None or noun.tag_ != "NNS" or unitlike(noun) \
            or not any(c.dep_ == "nummod" for c in noun.children):
        return None
    return noun


def _antecedent_before(first):
    """"600 people, almost half of whom ...": the noun right before the figure's clause."""
    doc = first.doc
    for t in reversed(doc[max(0, first.i - 5):first.i]):
        if t.pos_ in NOUNISH:
            return None if unitlike(t) else t
        if not (t.is_punct or t.pos_ in ("ADV", "ADJ")):
            return None
    return None


# Prepositions by which a figure gives the value of the noun before it.
VALUE_PREPS = {"of", "at", "in", "within", "for"}
# a bound after a noun: "firms with market capitalisations below $700m", "homes under £250,000"
_BOUND_PREPS = {"below", "above", "under", "over", "beneath"}


# sums borne by the one a "to" phrase names: "a cost to the economy of $5bn"
_BORNE = {"cost", "bill", "loss", "charge", "damage"}


def value_noun(anchor, inside: set[int]):
    """"a fine of 12.5 million dollars", "a speed of 15 mph", "salaries above £100,000": the
    noun the figure is the value of."""
    t = anchor
    noun = t.head.head if t.dep_ == "pobj" and t.head.lower_ in VALUE_PREPS else None
    if noun is not None and noun.pos_ in NOUNISH:
        noun = next((c for c in noun.children if c.dep_ == "conj" and c.pos_ in NOUNISH
                     and c.i == t.head.i - 1), noun)  # "a slump to seventh place and
        # takings of $4.7m": the noun right before the "of", which the parse joined on
    if t.dep_ == "pobj" and t.head.lower_ in _BOUND_PREPS and t.head.head.pos_ == "NOUN" \
            and t.head.head.tag_ in ("NN", "NNS") and not unitlike(t.head.head) \
            and t.head.head.lemma_.lower() not in TIME_NOUNS | VALUE_NOUNS \
            and t.lemma_.lower() not in TIME_NOUNS:  # not "earnings over the next three months"
        noun = t.head.head  # "market capitalisations below $700m"
    if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "to" \
            and noun.head.head.lemma_.lower() in _BORNE and t.head.lower_ == "of":
        noun = noun.head.head  # "came at a cost to the firm of about $3bn": the cost, not
        # the one it falls on
    for step in range(3):
        if noun is None or noun.ent_type_ != "DATE" and noun.lemma_.lower() not in TIME_NOUNS \
                or noun.dep_ != "pobj" or noun.lemma_.lower() == "age" \
                or step == 0 and noun.head.lower_ not in ("to", "in", "through", "until"):
            break  # (not "the final two of his six seasons")
        holder = noun.head.head  # "a net loss for the six months to June of
        # 2.1bn yen": the loss, past the period its "of" hangs on, or the object of the
        # verb the period hangs on ("had a net loss for the nine months to August of")
        if holder.pos_ == "VERB":
            holder = next((c for c in holder.children if c.dep_ == "dobj"
                           and c.pos_ == "NOUN"), None)
        if holder is None or holder.pos_ not in NOUNISH:
            break
        noun = holder
    if noun is not None and noun.i not in inside and (
            noun.pos_ in NOUNISH or noun.tag_ == "JJS" and t.head.lower_ == "of"
            and any(c.dep_ in ("det", "poss", "amod") for c in noun.children)):
        # "a fine of $5m", "her first trip to Russia in over two years", "a personal best of"
        return noun
    return _dangling_of(anchor.doc[min(inside)])


def _dangling_of(first):
    """"speeds of up to 8Mb", parsed with "up to 8Mb" on the verb: the noun of an "of" left
    with no object right before the figure's bound."""
    of = _lead(first)
    if of is None or of.i == first.i - 1 or of.lower_ != "of" or of.dep_ != "prep" or any(
            c.dep_ == "pobj" for c in of.children) or of.head.pos_ not in NOUNISH:
        return None
    return of.head


def _level_after(anchor, inside: set[int]):
    """"a rise in unemployment to 5.2%", "a cut in the dividend by 2p": what the move moves."""
    move = anchor.head.head
    if anchor.dep_ != "pobj" or anchor.head.lower_ not in ("to", "by"):
        return None
    moved = changed(move, inside)
    return moved if moved is not None and moved.i != move.i else None


def changed(noun, inside: set[int]):
    """What a move moves, where its "in" phrase says: "a cut in the dividend" -> dividend,
    also of the rate of a move: "a 35% growth rate in numbers of hotspots" -> numbers."""
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in CHANGE_NOUNS and not (
            noun.lemma_.lower() == "rate" and any(c.dep_ == "compound" and c.lemma_.lower()
                                                  in CHANGE_NOUNS for c in noun.children)):
        return noun
    moved = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"
                  for g in c.children if g.dep_ == "pobj" and g.pos_ in NOUNISH
                  and g.i not in inside and not unitlike(g)
                  and g.ent_type_ not in ("DATE", "TIME", "GPE", "LOC")
                  and g.lower_ not in MONTHS), None)  # not "a 0.6% rise in May", "in Germany"
    return moved if moved is not None else noun


def bare_move(noun, inside: set[int]) -> bool:
    """A move with a figure of its own that does not say what moves: "closed at $40 - a
    drop of 5%"; not "a cut in the dividend", nor "revised down the jobs gains"."""
    return (noun.lemma_.lower() in CHANGE_NOUNS and changed(noun, inside) is noun
            and any(figure_like(t) for t in noun.subtree if t.i not in inside))


def clause_noun(token) -> bool:
    """A noun, a gerund standing as one ("sampling came back at 6 ppb"), or an acronym the
    model took for a verb ("MSRP")."""
    return (token.pos_ in NOUNISH or token.tag_ == "VBG" and token.dep_ in ("nsubj", "nsubjpass")
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
    if (anchor.head.pos_ in NOUNISH and anchor.dep_ in _MODIFIER_DEPS
            and not unitlike(anchor.head)):
        return None  # "is roughly 7.9 billion people": the figure counts a noun of its own
    verb = next((t.head for t in (anchor, anchor.head)
                 if t.dep_ in ("attr", "acomp") and t.head.lemma_ == "be"), None)
    lead = _lead(first)
    if verb is None and lead is not None and lead.lemma_ == "be" and lead.pos_ in ("AUX", "VERB"):
        # "inflation in France is estimated at 2.3%": the "be" of a passive is the verb's
        verb = lead.head if lead.dep_ in ("aux", "auxpass") else lead
    if verb is None:
        return None
    subj = nsubj(verb)
    if subj is None:
        subj = _word_before(verb)
    subj = resolve(subj, verb)  # "There are 40 people": no noun, no copula subject
    return _past_unit(subj, inside) if subj is not None and clause_noun(subj) else None


def _small_clause(anchor, inside: set[int]):
    """"with sales down 3.1% at 1.06 million", "shares up 5%": the subject of an adverb or
    adjective of change that has its own, with no verb."""
    word = (anchor.head if anchor.dep_ == "npadvmod"
            or anchor.dep_ == "pobj" and anchor.head.lower_ in ("up", "down")
            else anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ in ("at", "to")
            else None)
    if word is None or word.pos_ not in ("ADV", "ADJ") and word.lower_ not in ("up", "down"):
        return None
    subj = next((c for c in word.children if c.dep_ == "nsubj" and c.pos_ in NOUNISH), None)
    moving = word.lower_ in LEVEL_WORDS or word.tag_ in ("RBR", "JJR")
    if subj is None and word.dep_ in ("advmod", "amod") and word.head.dep_ == "pobj" \
            and word.head.head.lower_ in _WITH and moving:
        subj = word.head  # "with shares up 5%", parsed as shares that are up
    if subj is None and word.dep_ == "advmod" and moving and word.head.pos_ in NOUNISH \
            and word.head.dep_ == "conj" and word.head.head.pos_ in ("VERB", "AUX"):
        subj = word.head  # "applications were down 40% and economic migration down about
        # 10%": a second clause with its verb left out, parsed as a noun that is down
    before = word.doc[word.i - 1] if word.i > 0 else None
    if subj is None and moving and before is not None and before.dep_ == "conj" \
            and before.pos_ in NOUNISH and before.head.i == word.head.i:
        subj = before  # the same, parsed as a second subject of the verb, "down" on the verb
    return subj if subj is not None and subj.i not in inside else None


_WITH = ("with", "without")


def with_clause(anchor, inside: set[int]) -> bool:
    """A figure in a "with" phrase that states a level and does nothing: "with sales down
    3.1% at 1.06 million", "with ticket prices at £8" (`held_with`)."""
    subj = _small_clause(anchor, inside)
    return subj is not None and (subj.head.lower_ in _WITH or subj.head.head.lower_ in _WITH) \
        or held_with(anchor) is not None


def held_with(anchor):
    """What a "with" phrase right before the figure's "at" or "on" names, the figure its
    level or its tally, however the parse hangs the "at": "turned up with ticket prices at
    £8" -> ticket prices, "with the Greens on 9%" -> Greens, "with Spain second on 41" ->
    Spain; else None."""
    prep = anchor.head if anchor.dep_ == "pobj" and anchor.head.lower_ in ("at", "on") \
        else None
    if prep is None or prep.i == 0 or any(c.dep_ == "prep" and c.lower_ == "of"
                                          for c in anchor.children):
        return None  # (not a part: "with some purchases on one of his two cards")
    held = anchor.doc[prep.i - 1]
    if held.tag_ in ("JJ", "RB") and held.i > 0:  # "second", however the parse hangs it
        held = held.head if held.dep_ == "amod" and held.head.i < held.i \
            else anchor.doc[held.i - 1]
    return held if held.dep_ == "pobj" and held.head.lower_ == "with" \
        and held.pos_ in NOUNISH and held.i < prep.i else None


def absolute_with(noun, done_to: bool = True) -> bool:
    """A counted noun of a "with" phrase that has a verb of its own, a clause apart from the
    sentence's: "With the other two big parties battling over taxes, Mr Kennedy is ...",
    with `done_to` also a past participle ("with 200 million tracks purchased"); not "Ford,
    with 13,000 workers, is ...", what Ford has."""
    tags = ("VBG", "VBN") if done_to else ("VBG",)
    return noun.dep_ == "pobj" and noun.head.lower_ in _WITH and any(
        c.dep_ == "acl" and c.tag_ in tags for c in noun.children)


def partners_with(noun) -> bool:
    """Whether a counted noun of a "with" phrase names others one acts together with, not
    what one has or acts on: "will co-ordinate its strike with five other unions"
    (JOINING_VERBS), "has deals with 20 other bodies" (a noun of a deal, and "other"), "its
    trade with the 12 Mercosur nations" (a noun of dealings);
    not "leads the field with 11 nominations", nor "married with two other children"."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return False
    holder = noun.head.head
    if holder.lower_ in ("along", "together") and holder.dep_ in ("prep", "advmod") or any(
            c.lower_ in ("along", "together") for c in noun.head.children):
        return True  # "launched the party along with 1,000 activists": those it acted with
    return holder.lemma_.lower() in JOINING_VERBS or holder.pos_ == "NOUN" and (any(
        c.lower_ == "other" and c.dep_ == "amod" for c in noun.children)
        or holder.lemma_.lower() in _DEALINGS)  # "its trade with the 12 Mercosur nations"


# nouns of dealings one has "with" others, who are partners in them
_DEALINGS = {"trade", "talk", "deal", "relation", "link", "agreement", "partnership",
             "alliance", "negotiation"}


def _word_before(verb):
    """The subject of a "be" the parse left without one ("this year's MSRP is $33,790",
    MSRP read as a verb): a noun or an acronym right before it."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is None or before.dep_ == "expl":
        return None
    acronym = before.is_alpha and before.is_upper and len(before) > 1
    return before if before.pos_ in NOUNISH or acronym else None


def valued_noun(first, inside: set[int]):
    """"a grant worth up to $6m", "flowers priced at under $25", "a package which was worth
    £2.7m": the noun a valuing word ties the figure to."""
    word = _lead(first)
    if word is None or word.lower_ not in VALUING_WORDS:
        return None
    before = word.doc[word.i - 1] if word.i > 0 else None
    if word.dep_ in ("amod", "acl") and word.head.pos_ in NOUNISH:
        found = word.head
    elif word.dep_ in ("advcl", "prep", "oprd") and before is not None and before.dep_ == "dobj" \
            and before.pos_ == "NOUN" and before.head.i == word.head.i:
        found = before  # "to buy back shares worth 1bn francs", "signing a deal worth 1bn
        # euros", parsed onto the verb
    else:
        found = next((c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if found is None and word.head.lemma_ == "be":
            found = resolve(nsubj(word.head), word.head)
    if found is not None and _counts_other(word.doc[max(inside)], found):
        return None  # "a questionnaire amounting to some 40 pages": the pages are
        # counted, the questionnaire's (`subjects`)
    return _past_unit(found, inside) if found is not None and clause_noun(found) else None


def _counts_other(last, found) -> bool:
    """Whether the figure ending at `last` counts a plain noun of its own right after it,
    not people and not the noun a valuing word ties it to: "a questionnaire amounting to 40
    pages"; not "a crowd numbering 30,000 people" nor "a grant worth $6m"."""
    after = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    return after is not None and last.dep_ == "nummod" and last.head == after \
        and after.pos_ == "NOUN" and after.is_lower and not unitlike(after) \
        and not person(after) and after.lemma_.lower() not in PEOPLE_NOUNS | PERSON_NOUNS \
        and after.lemma_ != found.lemma_


def _past_unit(token, inside: set[int]):
    """"the Galaxy Tab 11 inch costs $600": the name a unit noun carries, not the unit."""
    if token.i in inside:
        return None
    if not unitlike(token) or not any(c.dep_ == "nummod" for c in token.children):
        return token  # "typical cooking times is 25 minutes": no number, no unit
    return next((c for c in token.lefts if c.dep_ in ("compound", "nmod")
                 and c.pos_ in NOUNISH and c.i not in inside), None)


def _moved_object(anchor, inside: set[int]):
    """"pulled the sector 0.68% lower", "sent the shares 5% higher": what the verb moves."""
    more = anchor.head if anchor.dep_ == "npadvmod" else None
    if more is None or more.tag_ not in ("RBR", "JJR") or more.head.pos_ != "VERB":
        return None
    return next((c for c in more.head.children if c.dep_ == "dobj" and c.i not in inside
                 and c.pos_ in NOUNISH), None)


def _noun_described(anchor, inside: set[int]):
    """"9bn shekels ($2.4bn) a year tobacco industry": the noun a sum is read onto, which
    the small model hangs on the sum's unit as an apposition."""
    if anchor.i not in inside:
        return None
    doc = anchor.doc
    return next((c for c in anchor.rights if c.dep_ == "appos" and c.pos_ == "NOUN"
                 and c.i not in inside and not figure_like(c) and not unitlike(c)
                 and not any(t.pos_ in ("ADP", "VERB", "AUX") or t.text == ","
                             and doc[t.i + 1].tag_ in ("DT", "PRP$")
                             for t in doc[anchor.i + 1:c.i])),
                None)  # not "113 GPa on the Vickers test": a phrase of its own between; nor
    # "1.4bn euros, a sharp change from ...": an aside on the sum (but "50, 60, 70,000
    # listeners" is a list)


_SIZE_WORDS = {"tall", "high", "long", "wide", "deep", "thick", "across"}
_BEFORE_SIZE = {"RB", "DT", "IN", "JJR"}  # "just", "some", "about", "nearly", "more than"


def _noun_sized(anchor, first, inside: set[int]):
    """"landed in water just 47 feet deep", "a glacier 300 metres thick": the noun right
    before a size that follows it, however the small model hangs the size word on the verb;
    "the wall is 3m high" reads by the copula."""
    size = anchor.head
    if anchor.dep_ != "npadvmod" or size.lower_ not in _SIZE_WORDS or size.dep_ == "acomp":
        return None
    doc = first.doc
    i = first.i - 1
    while i >= 0 and doc[i].tag_ in _BEFORE_SIZE and doc[i].i not in inside and doc[i].dep_ in (
            "advmod", "quantmod", "det"):
        i -= 1
    noun = doc[i] if i >= 0 else None
    if noun is None or figure_part(noun) or not (
            noun.pos_ in NOUNISH or size.dep_ == "amod" and size.head.i == noun.i):
        return None  # (the small model takes some nouns for adjectives: "a glacier 300 m thick")
    return noun


def _of_which(anchor, inside: set[int]):
    """"online music services, of which there are now 230": the noun an "of which" clause
    hangs on is what the figure in it counts."""
    verb = anchor.head
    if anchor.dep_ not in ("attr", "nsubj", "dobj") or verb.dep_ != "relcl" \
            or verb.head.pos_ not in NOUNISH or verb.head.i in inside or unitlike(verb.head):
        return None
    of_which = any(c.dep_ in ("prep", "dep") and c.lower_ == "of" and any(
        g.lower_ in ("which", "whom") for g in c.children) for c in verb.children)
    return verb.head if of_which else None


def _noun_before_bracket(first):
    """"six fillets (~2lb)", "the new tunnel (13 km)": a figure in brackets after a noun
    gives that noun's size."""
    doc = first.doc
    i = first.i - 1
    if i >= 1 and doc[i].text == "(" and doc[i - 1].pos_ in NOUNISH \
            and not figure_part(doc[i - 1]):
        return doc[i - 1]
    return None


_PRICE_VERBS = {"pay", "offer", "bid"}  # what they are "for" is bought, whoever it is


# verbs of money whose "for" phrase says why, not what the sum is for
_REASON_VERBS = {"fine", "sue", "penalise", "penalize", "punish", "award", "compensate"}


def purpose(anchor, inside: set[int]):
    """"pledged £500m for reconstruction", "paid $100m for work", "the £2m spent on the
    campaign", "took $40m in ticket sales": what a bare sum is for, spent on or taken in;
    not what "spend" or "invest" takes it to ("spent £2m on the campaign"), which the
    verb's noun names with it (`subjects._money_verb`)."""
    holders = [(anchor, anchor)]  # a word whose preps count, and the word they hang on
    held = anchor.head if anchor.dep_ == "appos" else anchor
    if _priced_thing(held) is not None:
        return None  # "the plan costs $9 a month for unlimited calls": the plan's price,
        # not what it buys
    if held.dep_ in ("dobj", "nsubjpass") and held.head.pos_ == "VERB":
        holders.append((held.head, held.head))
        # "to spend the same sum - some £3bn - on roads": the parse may hang the verb's
        # "on" on the sum that restates its object
        holders += [(held.head, c) for c in held.children if c.dep_ == "appos" and c.i in inside]
    # "the £80m spent on ..."
    holders += [(c, c) for c in anchor.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if held.dep_ == "dobj" and held.head.pos_ == "VERB" \
            and earned_for(held.head, held, inside) is not None:
        return None  # "will generate £40m for the club": income, which the club gets
    named_by_deed = held is anchor and anchor.i in inside and held.dep_ == "dobj" \
        and held.head.lemma_.lower() in _NAMED_BY_DEED  # (not "spent £2m on the campaign":
    # spending on it, its verb's noun names the sum; but "the £80m spent on the roof", and a
    # sum framed or restating the object: "to spend the same sum - some £3bn - on roads",
    # what it goes to)
    for holder, holding in holders:
        preps = () if named_by_deed and holder.i == held.head.i \
            else SPENDING_PREPS.get(holder.lemma_.lower(), ())
        if holder.lemma_.lower() not in _REASON_VERBS:
            preps = ("for", *preps)  # not "fined ITV £250,000 for the broadcast": why
        for prep in holding.children:
            if prep.dep_ not in ("prep", "dative") or prep.lower_ not in preps:
                continue  # "paid £24m for Drogba": the parse may call that "for" a dative
            for obj in prep.children:
                if (obj.dep_ == "pobj" and obj.pos_ in NOUNISH and obj.i not in inside
                        and not _when(obj) and not unitlike(obj)
                        and (not person(obj) or holder.lemma_.lower() in _PRICE_VERBS)):
                    return obj  # not "for the year", "for the whole of 2004", "for its staff";
                    # but "paid £50m for Rooney", a price
    return _taken_in(anchor, inside)


# verbs of money whose "on" or "in" phrase says what their noun, which names the sum, goes
# to: "spending on the campaign", "investment in the hotel"
_NAMED_BY_DEED = {"spend", "invest"}


def earned_for(verb, taken, inside: set[int]):
    """The people or the body a verb of earning earns its sum "for", as the "for" phrase
    on the verb or on the sum says ("generating billions for music publishers" ->
    publishers); None for any other verb or "for" ("earned $2m for its role", what earned
    it)."""
    if MONEY_VERBS.get(verb.lemma_.lower()) not in EARNINGS:
        return None
    return next((o for h in (verb, taken) for p in h.children
                 if p.dep_ == "prep" and p.lower_ == "for" for o in p.children
                 if o.dep_ == "pobj" and o.i not in inside and o.pos_ in ("NOUN", "PROPN")
                 and (o.lemma_.lower() in BODY_NOUNS | PEOPLE_NOUNS or o.ent_type_ == "ORG"
                      or person(o))), None)


# the nouns of sums a verb of earning takes
EARNINGS = {"earnings", "winnings", "takings", "income"}


def _priced_thing(held):
    """The thing a sum is the price of, as the subject the verb "cost" names for its object:
    "Each ticket costs £45 for adults" -> ticket; None for any other sum, and for one "it"
    costs (`_cost_to`)."""
    verb = held.head
    if held.dep_ != "dobj" or verb.lemma_.lower() != "cost" or verb.pos_ != "VERB":
        return None
    thing = nsubj(verb)
    return thing if thing is not None and thing.pos_ in ("NOUN", "PROPN") else None


def _taken_in(anchor, inside: set[int]):
    """"took $40m in ticket sales", "paid £5m in fines", "won £150,000 in libel damages":
    the bare noun of an "in" phrase on the verb that takes, pays or raises a sum; not a
    verb that states a level ("reached $1.28 in late trading"), nor one that reports
    ("announced £4m in parliament"), nor a noun with a determiner ("in his last budget"),
    nor "in order to".  "There were £68m in reported donations": so too after "there is"."""
    verb = anchor.head
    there = anchor.dep_ == "attr" and any(c.dep_ == "expl" for c in verb.children)
    if not there and (anchor.dep_ != "dobj" or verb.pos_ != "VERB"
                      or verb.lemma_.lower() in STATE_VERBS | _NAMED_BY_DEED
                      or verb.lemma_.lower() in REPORTING_VERBS):
        return None  # (nor "invested £80m in the plant": investment in it)
    return next((obj for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "in"
                 and prep.i > anchor.i for obj in prep.children
                 if obj.dep_ == "pobj" and obj.pos_ == "NOUN"
                 and obj.i not in inside and not _when(obj) and obj.lower_ != "order"
                 and not any(c.dep_ in ("det", "poss") for c in obj.children)), None)


def _activity_of(t):
    """The activity whose time a time figure gives in its "of" phrase: "30 hours of debate",
    "40 seconds of listening"; not a stretch of a dated period or a named event ("the first
    seven weeks of this year", "the final three years of the period", "the first two weeks
    of the Six Nations")."""
    for p in t.children:
        if p.lower_ == "of":
            for o in p.children:
                if (o.dep_ in ("pobj", "pcomp") and o.pos_ in ("NOUN", "VERB")
                        and not o.ent_type_ and not o.text[:1].isupper()
                        and o.lemma_.lower() not in PERIOD_NOUNS):
                    return o
    return None


def _when_token(anchor, inside: set[int]):
    """The token that places a time figure in its sentence: the noun a "six-month" or "10
    minutes" builds, else the figure."""
    return anchor if anchor.i not in inside or anchor.dep_ not in ("nummod", "compound") \
        else anchor.head if anchor.head.i in inside else anchor


def _before_a_clause(doc, inside: set[int]) -> bool:
    """Whether a time figure stands right before an "after" that opens a clause on a
    pronoun, which it only dates from: "back in the top 20 ten years after it was first
    released", however the parse hangs the figure."""
    nxt = max(inside) + 1
    return nxt + 1 < len(doc) and doc[nxt].lower_ == "after" and doc[nxt].dep_ == "mark" \
        and doc[nxt + 1].tag_ == "PRP"  # (not "up to 12 years before Serbia can join", the
    # time until; nor "three weeks after the meeting", a phrase)


def activity(anchor, inside: set[int]):
    """The activity a time figure measures where it says when something else happened:
    "passed after 30 hours of debate" gives the debate, which the verb's doer did not do."""
    t = _when_token(anchor, inside)
    if t.dep_ != "pobj" or t.head.lower_ not in WHEN_PREPS or t.head.lower_ == "within":
        return None  # "within two years of release": how long since, not how long it took
    if any(c.dep_ in ("det", "amod", "poss") for c in t.children):
        return None  # "in the opening 10 minutes of the match": a stretch of it
    return _activity_of(t)


# nouns that frame a term a penalty verb gives ("jailed for a total of 40 years")
_TERM_FRAMES = {"total", "maximum", "minimum", "period", "term"}


def penalised(anchor, inside: set[int]) -> tuple[object, str] | None:
    """The verb of a penalty whose term a time figure gives, and the penalty's name:
    "banned for two years" (ban), "sentenced to 12 years" (sentence), "serve nine years in
    prison" (prison term); else None."""
    t = _when_token(anchor, inside)
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in _TERM_FRAMES:
        t = t.head.head  # "jailed for a total of 40 years": the term
    if t.dep_ == "pobj" and t.head.lower_ in ("for", "to") \
            and t.head.head.lemma_.lower() in PENALTY_VERBS:
        return t.head.head, PENALTY_VERBS[t.head.head.lemma_.lower()]
    if t.dep_ == "poss" and t.head.lemma_.lower() in _PAY_NOUNS \
            and t.head.head.lemma_.lower() in ("fine", "dock"):
        return t.head.head, "fine"  # "Bellamy was fined two weeks' wages"
    places = list(t.children)
    if t.dep_ == "dobj" and t.head.lemma_.lower() in _TERM_SERVING:
        places += t.head.children  # "must serve 15 days in prison", the "in" on the verb
    held = next((CUSTODY[o.lemma_.lower()] for p in places if p.lower_ in ("in", "behind")
                 for o in p.children if o.lemma_.lower() in CUSTODY), None)
    if held is not None:
        return (t.head.head if t.dep_ == "pobj" else t.head), held
    return None


# verbs whose object is a term served where their "in" phrase says ("faces 20 years in jail";
# not "spent two years in prison", a time had somewhere)
_TERM_SERVING = {"serve", "face", "risk", "do"}
# what a fine in time is counted in: "two weeks' wages"
_PAY_NOUNS = {"wage", "wages", "pay", "salary", "earnings"}


# "the three months to 31 December", "the six months ending June 2004": a reporting period
_PERIOD_TO = re.compile(
    r"\s+(?:to|ending|ended|through|until)\s+(?:the\s+end\s+of\s+)?(?:\d{1,2}\s+)?"
    r"(?:(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b|(?:19|20)\d\d\b)",
    re.IGNORECASE)


_OF_A_YEAR = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:(?:19|20)\d\d|(?:last|this|next|the)[ \u00a0]+year)\b")
# verbs whose object is a stretch of a game or a show, which only says when: "play the
# final two minutes", "missed the opening 20 minutes"
_PLAYED = {"play", "miss", "watch", "replay", "finish", "complete", "dominate"}
# words that place a stretch of time before or after now: "the past five years"
_PLACED = {"past", "last", "previous", "preceding", "first", "final", "next", "coming",
           "following", "opening", "closing", "latest"}


# a time left in a game after its figure, and the "with" that sets it: "with the score at
# 1-1 and two minutes of normal time remaining"
_LEFT_AFTER = re.compile(r"(?:[ \u00a0]+of[ \u00a0]+(?:(?:normal|injury|stoppage|extra)[ \u00a0]+)?"
                         r"(?:time|play))?[ \u00a0]+(?:remaining|left|to[ \u00a0]+go)\b")
_WITH_BEFORE = re.compile(r"\bwith(?:out)?\b[^.;:]*$", re.IGNORECASE)


def _time_left(t, inside: set[int]) -> bool:
    """A time left in a game, set by "with", however the parse hangs it: "with two minutes
    of normal time remaining", "with the score at 1-1 and two minutes of normal time
    remaining"."""
    if t.dep_ == "nsubj" and t.head.lower_ in LEFT_WORDS and t.head.dep_ == "pcomp" \
            and t.head.head.lower_ in ("with", "without"):
        return True
    doc, first, last = t.doc, t.doc[min(inside)], t.doc[max(inside)]
    return _LEFT_AFTER.match(text_of(doc), last.idx + len(last)) is not None \
        and _WITH_BEFORE.search(text_of(doc), max(0, first.idx - 60), first.idx) is not None


_CALENDAR = {"day", "week", "fortnight", "month", "year", "decade", "century"}


def _ranked_before(word) -> bool:
    """Whether the word right before a span's "in" is a ranked or counted noun, or ends a
    phrase on one a superlative ranks: "its strongest level versus the yen in nearly five
    months"; not on one an ordinal ranks ("his first trip to Russia in over two years" is
    the trip's)."""
    if _ranked_or_counted(word):
        return True
    for _ in range(2):
        if word.dep_ != "pobj" or word.head.dep_ != "prep" or word.right_edge.i != word.i:
            return False
        word = word.head.head
        if word.pos_ == "NOUN" and any(c.dep_ == "amod" and c.tag_ == "JJS"
                                       for c in word.children):
            return True
    return False


def _ranked_or_counted(word) -> bool:
    """A noun an ordinal or a superlative ranks ("fourth title", "highest level", "second
    time"), or a count of times ("twice", "three times"), which a span after it bounds."""
    if word.lower_ in ("once", "twice", "thrice"):
        return True
    if word.lower_ == "times":
        return any(c.like_num for c in word.children)
    if (word.tag_ == "JJS" or word.pos_ == "ADJ" and any(
            c.dep_ == "advmod" and c.lower_ in ("most", "least") for c in word.children)) \
            and any(c.dep_ in ("det", "poss") for c in word.children):
        return True  # "Christmas was the worst for ten years", "the least popular for 20
        # years", "at its lowest in 30 years": a superlative as the noun
    return word.pos_ == "NOUN" and any(
        c.dep_ == "amod" and (c.tag_ == "JJS" or c.ent_type_ == "ORDINAL")
        for t in (word, *(c for c in word.children if c.dep_ in ("compound", "poss")))
        for c in t.children)  # also through a compound or an owner: "her fourth UK number
    # one album", "their first men's team title"


def _results_period(t, inside: set[int]) -> bool:
    """A span right before what a firm reports, the period the results cover: "interim
    six-month losses rose"."""
    return t.dep_ in ("compound", "amod") and t.head.lower_ in _RESULTS \
        and t.head.i == max(inside) + 1


def _span_opening(t) -> bool:
    """A span "In N days," that opens its sentence, which says when from now: "In six
    days, the union will start its protest"."""
    prep = t.head
    return t.dep_ == "pobj" and prep.lower_ == "in" and prep.i == prep.sent.start \
        and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "," \
        and t.lemma_.lower() in _CALENDAR


# what a firm reports for a period a span before it names: "six-month profits" (not "a
# two-day sale", an event that lasts)
_RESULTS = {"profit", "profits", "loss", "losses", "sales", "revenue", "revenues", "earnings",
            "turnover", "results"}


def _placed_period(t, first: int) -> bool:
    """Whether a span "the past", "the first" or "the opening" sets is a period or a
    stretch of a game, which only says when (`dated`); `first` is its first word."""
    doc = t.doc
    if not (first > 1 and doc[first - 2].lower_ == "the" and doc[first - 1].lower_ in _PLACED):
        return False
    if t.dep_ == "pobj" and (_OF_A_YEAR.match(text_of(doc), t.idx + len(t)) or not (
            t.head.lower_ == "for" and (t.head.head.pos_ in ("VERB", "AUX")
                                        or t.head.head.dep_ == "dobj"))):
        return True  # "sales in the first six months of 2003", "programmes from the
        # previous seven days", "the index for the past four years": a period; not "has
        # hosted the show for the last 30 years", how long a deed went on (however the parse
        # hangs the "for"), unless a year bounds it ("a loss for the last six months of
        # 2003")
    if t.dep_ == "dobj" and t.head.lemma_.lower() in _PLAYED:
        return True  # "The two sides will replay the final eight minutes": a stretch of a game
    return t.dep_ in ("npadvmod", "appos") and t.head.i == first - 1 \
        and t.head.dep_ == "pobj"  # "struck inside the opening 40 seconds", which the
    # parse heads by "opening": a stretch of the game


def dated(anchor, inside: set[int]) -> bool:
    """A time figure that only says when a verb happened, measuring no noun: "sold six
    months ago", "scored in the opening 10 minutes", "on 48 minutes", "with eight minutes
    left"; not the time something takes ("won his heat in 7.64secs"), nor a span ("has
    risen for 12 months" measures the rise of what rose), nor "a six-month ban"."""
    t = _when_token(anchor, inside)
    if t.head.lower_ == "time" and (t.dep_ == "poss" or t.dep_ == "compound"
                                    and t.head.i == t.i + 1):
        return t.head.dep_ == "pobj" and t.head.head.lower_ in ("in", "within")  # "in five
        # years' time", also with the mark left out ("in two years time"): when, from now
    if t.dep_ == "compound" and t.head.lemma_.lower() in SPAN_NOUNS and t.head.i == max(inside) + 1:
        t = t.head  # "set against the previous six month period": the period
    if _PERIOD_TO.match(text_of(t.doc), t.idx + len(t)) and min(inside) > 0 \
            and t.doc[min(inside) - 1].lower_ == "the":
        return True  # "profits for the three months to December": the period they cover;
        # not "rose for three months to March", how long it rose
    if _placed_period(t, min(inside)):
        return True
    if t.dep_ == "npadvmod":
        return t.head.lower_ in RELATIVE_TIME  # "two months after the offensive began"
        # measures from the offensive: its subject
    if _time_left(t, inside) or _span_opening(t) or _results_period(t, inside) \
            or _before_a_clause(t.doc, inside):
        return True
    if t.dep_ != "pobj" or activity(anchor, inside) is not None:
        return False  # "after 30 hours of debate": how long the debate took
    prep, verb = t.head, t.head.head
    if prep.lower_ in ("in", "for") and verb.lemma_.lower() == "time" and any(
            c.lower_ in ("first", "last") for c in verb.children):
        return True  # "for the first time in six years": how long since, of nothing
    if prep.lower_ in ("in", "for") and prep.i > 0 and _ranked_before(prep.doc[prep.i - 1]) \
            and t.lemma_.lower() in _CALENDAR:
        return True  # "their fourth title in six years", "the best album in 25 years",
        # "the lowest jobless rate for 31 years", "twice in two months": within what time, of
        # nothing; not "stormed to his first title in 20.5 seconds", the time the race took
    if prep.lower_ in ("with", "without"):
        return any(c.lower_ in LEFT_WORDS for c in t.children)
    if prep.lower_ not in WHEN_PREPS or verb.pos_ not in ("VERB", "AUX", "ADJ", "ADV") \
            or verb.lemma_.lower() in PENALTY_VERBS:
        return False  # "jailed for 12 years": the term of whoever serves it
    if prep.lower_ in PERIOD_PREPS:
        # "in the opening 10 minutes", "in the past five years": a period; "won the race in
        # 21.07 secs", "can go 0 to 60km/h in 6 seconds": the time something takes
        return any(c.dep_ in ("det", "amod") for c in t.children)
    return True
