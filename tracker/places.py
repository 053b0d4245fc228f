"""Where a figure happens: the place nearest it in the innermost clause that holds it and
names one ("50,000 in Canada ... and 85,000 in the UK"), else none.
"""

from __future__ import annotations

import re

from .actors import can_act, person_ending, vague_count
from .data.currencies import WORDS as CURRENCY_WORDS
from .data.subjects import (
    BALANCE_NOUNS,
    CAPITAL_PLACES,
    CONTEST_PREPS,
    DEMONYMS,
    FEATURE_WORDS,
    GAME_PREPS,
    HONORIFICS,
    LIMITING_PREPS,
    NAME_KINDS,
    OTHER_PEOPLE,
    PEOPLE_NAMES,
    PEOPLE_NOUNS,
    PERSON_TITLES,
    PRIZES,
    REPORTING_VERBS,
    RESIDENT_GROUPS,
    SPEAKER_ROLES,
    TEAM_ROLES,
    TEAM_VERBS,
    TIME_NOUNS,
    TIME_ZONES,
    VENUE_WORDS,
)
from .gazetteer import country, demonym_country, known, well_known
from .parse import (
    entity_of,
    glued,
    governor,
    held_in,
    person,
    player_sold,
    text_of,
    to_form,
)

# the entity labels of places
PLACE_LABELS = ("GPE", "LOC", "FAC")
_PLACE_PREPS = {"in", "at", "to", "near", "from", "across", "into", "outside", "inside"}
# the parts of a region an "of" names it by: "in that part of Yorkshire"
_REGION_PARTS = {"part", "area", "region", "north", "south", "east", "west", "centre",
                 "center", "heart", "rest"}
# "the US dollar", "Hong Kong dollars", "US$": a currency's name, not a place
_MONEY_AFTER = {w.split()[-1] for w in CURRENCY_WORDS} | {"$", "currency"}  # "the US
# currency stood at $1.21 per euro": which currency, no place


def location_of(sent, start: int, end: int, anchor=None) -> str:
    """The place right after the figure, else the nearest in the innermost clause holding
    it that names one ("50,000 in Canada ... and 85,000 in the UK"), else none; never a
    piece of a name ("the US-China Commission")."""
    ents = [_article_cut(e) for e in sent.ents]
    places = [e for e in ents if e.label_ in PLACE_LABELS or _venue(e) or _country_mistaken(e)]
    # the small model tags some cities as people: a proper name after "in"/"to" is a place,
    # where the sentence names none, or right after the figure ("10,000 at Gatwick")
    if places:
        places += [e for e in ents if e not in places and _right_after(e, end)
                   and _loose_place(e, start, end)]
    else:
        places = [e for e in ents if _loose_place(e, start, end)]
    said = sent.doc.text  # (built once, not for each name)
    places = [e for e in places if not _glued_name(e) and not _not_a_place(e)
              and not _COMPARED_WITH.search(said, 0, e.start_char)
              and any(t.text[:1].isupper() for t in e)  # a name: not "jewellery"
              and (e.end_char <= start or e.start_char >= end)  # nor the GB of "30GB"
              and not (e.root.dep_ == "pobj" and start <= e.root.head.idx < end)  # nor a
              # name after the "in" of a height ("The 6ft 2in Johnson"), a place the model
              # names or not
              and not (e.start > 0 and e.doc[e.start - 1].like_num
                       and not e.doc[e.start - 1].whitespace_)]  # nor of another figure
    places = [p for p in (_place_name(e) for e in places) if p is not None and _vouched(p)
              and not _in_other_bracket(said, p, start, end)]
    if anchor is not None:  # "US critics were less complimentary about the $110m project"
        path = {anchor.i, *(t.i for t in anchor.ancestors)}
        if any(_one_of_those_counted(p.root, path) for p in places):
            return ""  # "France, the biggest of the bloc's 25 members": none of the places
        places = [p for p in places if not _of_other_people(p.root, path)
                  and not _where_counted_are_from(p.root, anchor)
                  and not _where_speaker_is(p.root, path)
                  and not _in_time_anchor(p.root, path) and not _in_aside(p.root, path)
                  and not _in_with_aside(p.root, path, anchor.i)
                  and not _in_examples(p.root, path) and not _in_part_of_those(p.root, path)
                  and not _of_other_count(p.root, path) and not _story_set_in(p.root)
                  and not _aim_after(p.root, path, anchor.i) and not _topic(p.root, path)
                  and not _doer_by(p.root, path)]
    own = [p for p in places if _right_after(p, end)]
    if not own and anchor is not None:
        own = _of_the_noun(anchor, places)
    if own:
        return _with_joined(own[0], places)  # "£339 in the UK and $499 in the US"
    candidates = _clause_places(anchor, places) if anchor is not None else places
    candidates = [e for e in candidates if not _opens_other(e, start, end)] or candidates
    candidates = [e for e in candidates if not _across_contrast(said, e, start, end)]
    if not candidates:
        return ""
    centre = (start + end) / 2
    nearest = min(candidates, key=lambda e: abs((e.start_char + e.end_char) / 2 - centre))
    return _with_joined(nearest, places)


def _country_mistaken(ent) -> bool:
    """Whether a name the model tags as a body's or a person's is a country all the same: a
    body's ("The Maldives has ..."), or a person's of two words or more ("Sri Lanka faces a
    $1.3bn bill"; not "Jordan", a first name too)."""
    return (ent.label_ == "ORG" or ent.label_ == "PERSON" and len(ent) > 1) \
        and country(ent.text)


def _in_other_bracket(text: str, place, start: int, end: int) -> bool:
    """Whether `place` stands in brackets that hold another figure, not the one at
    text[start:end]: the UK of "for $99 (£69 in the UK)" is the £69's alone, not another
    figure's (but a bracket that only names places is the noun's before it: "the six
    biggest economies (Peru, Chile ...)")."""
    opened = text.rfind("(", 0, place.start_char)
    if opened < 0 or text.rfind(")", opened, place.start_char) >= 0:
        return False
    closed = text.find(")", place.end_char)
    return closed >= 0 and not opened < start < closed \
        and any(c.isdigit() for c in text[opened:closed])


# the place a figure is set against, not its own: "30% below those in Germany", "two thirds
# of that in the US"
_COMPARED_WITH = re.compile(r"\b(?:than|of|below|above|with|to|as)[ \u00a0]+(?:that|those)"
                            r"[ \u00a0]+(?:in|of)[ \u00a0]+(?:the[ \u00a0]+)?$", re.IGNORECASE)


def _loose_place(ent, start: int, end: int) -> bool:
    """A name of no place kind set by "in", "to" or a region's part, not inside the figure
    at text[start:end] (the "in" of "6ft 2in Smith"): a place the model took for another
    kind of name; not a name "its" or "their" owns ("said in its Green Paper on care")."""
    root = ent.root
    known_org = ent.label_ == "ORG" and root.dep_ == "pobj" and root.head.lower_ == "in" \
        and (country(ent.text) or _right_after(ent, end) and len(ent) == 1 and known(ent.text))
    # "In the Maldives, where 30% ...": a country taken for a body; "7.61 seconds in
    # Erfurt": a known place right after the figure
    return (ent.label_ not in _NOT_PLACE_LABELS or known_org) and root.dep_ == "pobj" \
        and (root.head.lower_ in _PLACE_PREPS or _part_of_region(root.head)) \
        and root.head.head.lower_ != "according" and not start <= root.head.idx < end \
        and ent.text[:1].isupper() \
        and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in root.children)


# the kinds of names the model gives that are never a place it mistook
_NOT_PLACE_LABELS = {"ORG", "NORP", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY",
                     "ORDINAL", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}


def _article_cut(ent):
    """A place entity without a "the" that belongs to the noun it modifies, which would make
    that "the" its root: "the Southern Hemisphere" of "picked for the Southern Hemisphere
    side"."""
    first = ent[0]
    if len(ent) < 2 or first.pos_ != "DET" or ent.root.i != first.i \
            or ent.start <= first.head.i < ent.end:
        return ent
    return ent.doc.char_span(ent[1].idx, ent.end_char, label=ent.label_) or ent


def _doer_by(root, path: set[int]) -> bool:
    """Whether a name is, or names, the "by" agent of a participle or a passive, which does
    the deed rather than sets it anywhere: "all six prisoners held by the US in the camp" ->
    no place, its actor US; "towns hit by the Indian Ocean storm", "the kingdom surrounded
    by South Africa"; not a buyer's or a maker's, whose trade is its own statistic ("oil
    imported by Peru"), nor one whose phrase holds the figure ("followed by Leeds on 21%"),
    nor a source's ("according to data published by the UK trade body")."""
    t = root
    while t.dep_ in ("compound", "amod", "poss", "nmod", "conj", "appos") and t.head.i != t.i:
        t = t.head  # "the Indian Ocean storm", "the UK's trade body"
    agent = t.head
    if t.dep_ != "pobj" or agent.dep_ != "agent" or agent.i in path:
        return False
    verb = agent.head
    if verb.lemma_.lower() == "follow" and verb.i in path:
        return False  # "Ireland has seven wins, followed by the UK and France with five
        # each": the five are theirs, next in the ranking (the seven are not)
    return verb.lemma_.lower() not in _OWN_TRADE \
        and not any(a.lower_ == "according" for a in verb.ancestors)


# what a place's buyers, makers or users do, which the place's own statistics count (not
# a seller's, `_SUPPLYING`, the other party of a trade: "gas supplied by Peru")
_OWN_TRADE = {"import", "buy", "produce", "make", "consume", "use", "spend", "pay", "generate",
              "earn", "grow", "mine", "build"}


def _part_of_region(prep) -> bool:
    """The "of" of a part of a region: "in that part of Yorkshire", "the north of Kent"."""
    return prep.lower_ == "of" and prep.head.lemma_.lower() in _REGION_PARTS


def _outside_or_party(root) -> bool:
    """A place the figure is outside of ("sales outside western Europe", "outside France and
    the United Kingdom"), a party to talks, a deal or trade ("talks with Russia and Saudi
    Arabia", "a deal with China", "an accord between Peru and Chile", "in trade with the
    US"), or a country that acts beside a named body ("The Gates Foundation
    and Norway are joining up", "Oman and BP in $3bn oil deal"): not where the figure is."""
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.pos_ == "NOUN" \
            and first.head.head.dep_ == "pobj":
        first = first.head.head  # "a deal with the kingdom of Bahrain"
    if first.dep_ == "pobj" and (first.head.lower_ in LIMITING_PREPS
                                 or first.head.lower_ in ("with", "between")
                                 and (_dealing(first.head.head) or _dealing(
                                     first.doc[max(0, first.head.i - 1)]))  # ("rose 12% in
                                 # trade with Brazil", the "with" hung on the verb)
                                 or _excepting(first.head) or _trade_party(first.head)):
        return True
    return first is not root and first.dep_ in ("nsubj", "nsubjpass") \
        and first.ent_type_ in ("ORG", "PERSON") \
        or first is root and first.dep_ in ("nsubj", "nsubjpass", "ROOT") \
        and any(c.dep_ == "conj" and c.ent_type_ == "ORG" for c in root.children)  # "Qatar
    # and Shell in $6bn gas deal": a country that acts beside a firm


def _dealing(word) -> bool:
    """Whether a "with" on `word` names a party: a word of dealings ("a deal with China"),
    or a verb whose object is one ("signed a $6bn deal with Qatar")."""
    return word.lemma_.lower() in _DEALINGS or word.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _DEALINGS for c in word.children)


def _trade_party(prep) -> bool:
    """A preposition that names the other party of a trade: "exports to China" (where they
    go, also after a verb of selling with an object: "sell oil to Peru"), "imports from
    Peru" (where they come from), "gas supplied by Turkmenistan" (who sells it)."""
    head = prep.head
    return prep.lower_ == "to" and (head.lemma_.lower() in _TRADE_NOUNS
                                    or head.pos_ == "VERB" and head.lemma_.lower() in _SELLING
                                    and any(c.dep_ == "dobj" for c in head.children)) \
        or prep.lower_ == "from" and head.lemma_.lower() in _SUPPLIES \
        or prep.dep_ == "agent" and head.dep_ == "acl" and head.lemma_.lower() in _SUPPLYING


# what goes "to" a place that is no place of the figure, and verbs whose agent sells
_TRADE_NOUNS = {"export", "shipment", "sale", "delivery", "flow"}
_SUPPLIES = {"supply", "import", "shipment", "delivery"}  # "supplies from Peru"
# verbs whose object goes "to" the other party: "offered to supply 5m tonnes to Poland"
_SELLING = {"supply", "export", "ship", "sell", "deliver"}
_SUPPLYING = {"supply", "provide", "sell", "ship", "export"}


def _excepting(prep) -> bool:
    """A preposition that leaves its place out: "18 countries apart from Brazil", "except
    Spain", "besides Peru", "other than France" (beside LIMITING_PREPS: "excluding")."""
    return prep.lower_ in ("except", "besides") \
        or prep.lower_ in ("from", "than") and prep.head.lower_ in ("apart", "aside", "other")


# what has parties rather than a place: "talks with Russia", "a deal with China"
_DEALINGS = {"talk", "talks", "deal", "agreement", "negotiation", "negotiations", "contract",
             "partnership", "alliance", "treaty", "accord", "dispute", "row", "pact", "merger",
             "trade", "relations", "ties", *BALANCE_NOUNS}  # "the US's deficit with China"


def _venue(ent) -> bool:
    """A ground the model takes for a firm, where the sentence sets something in it: "fans
    packed into Melbourne Cricket Ground", "at Goodison Park"."""
    return ent.label_ == "ORG" and ent[-1].lower_ in _GROUNDS and ent.root.dep_ == "pobj" \
        and ent.root.head.lower_ in ("in", "at", "into")


_GROUNDS = {"stadium", "ground", "arena", "park"}


def _in_time_anchor(root, path: set[int]) -> bool:
    """A place inside a "since" or "until" phrase, or an "after" or "before" phrase that a
    time is reckoned from, which says when, not where: "they have lost nine of their 14
    matches since that heady night in Sydney", "77 days after the Athens marathon"; or
    inside a "despite" phrase, which says against what: "despite the strength of the
    Chinese and US economies"."""
    return any(t.dep_ == "prep" and (
        t.lower_ in ("since", "until", "till", "despite") and t.i not in path
        or t.lower_ in ("after", "before") and (any(  # "77 days after": the time's anchor
            c.dep_ == "npadvmod" and c.i in path and c.lemma_.lower() in TIME_NOUNS
            for c in t.children) or t.head.lemma_.lower() in TIME_NOUNS  # "The day after
            and t.head.i not in path)  # winning her second gold in Sydney"
        or t.lower_ == "to" and t.head.lower_ == "back" and t.i not in path)  # "nine wins in
        or t.dep_ == "advcl" and _clause_after_time(t, path)  # a row going back to Dubai
        for t in root.ancestors)  # 2002"


def _clause_after_time(clause, path: set[int]) -> bool:
    """Whether a clause is the anchor a time before it is reckoned from, opened by "after"
    or "before": "four days after Ukraine cut off gas supplies"."""
    return any(c.dep_ == "mark" and c.lower_ in ("after", "before") for c in clause.children) \
        and any(c.dep_ == "npadvmod" and c.i in path and c.lemma_.lower() in TIME_NOUNS
                for c in clause.children)


def _in_aside(root, path: set[int]) -> bool:
    """A place inside a phrase set beside a name to say what the named body is, which is not
    where the figure is: "Circuit City Stores, the second-largest electronics retailer in the
    US, has received a $3.25bn offer", "Nokia, Europe's biggest phone maker, sold 50 million
    handsets", also "one of" them ("Zeta, one of Asia's largest chipmakers,"); not where
    the figure is inside that phrase ("Acme, a firm with 500 staff in Leeds")."""
    for t in root.ancestors:
        if t.i in path:
            return False
        if t.dep_ == "appos" and (t.pos_ == "NOUN" or _one_of(t)) \
                and (t.head.pos_ == "PROPN" or t.head.ent_type_ or _name_before_aside(t)) \
                and _set_off(t, t.head.ent_type_ in ("PERSON", "ORG")
                             and t.head.text not in TIME_ZONES):  # a body's too: "buy 40% of
            # Zeta, the biggest cheese maker in France."; not "by 1100 GMT, the best gainer
            # in Paris."
            return True
    return False


def _topic(root, path: set[int]) -> bool:
    """A place inside an "about" phrase that the figure is not in, which says what a film,
    a book or a talk is about, not where the figure is: "The film Hex, about a ghost loose in
    Leeds, came in fourth place with $9.5m", "the two ministers had talked about Peru"; also
    what a talk discusses: "Over three days, delegates will discuss Brazil's growth"."""
    for t in root.ancestors:
        if t.i in path:
            return False
        if t.dep_ == "prep" and t.lower_ == "about" \
                or t.dep_ == "dobj" and t.head.lemma_.lower() in ("discuss", "debate"):
            return True
    return False


def _aim_after(root, path: set[int], figure: int) -> bool:
    """A place that an infinitive after the figure (at `figure`), an aim, a task or a trip,
    names as what it does something to or goes to, which is not where the figure is: "a
    28-man squad to face Italy", "needed three sets to beat Japan's Ai Sato", "$9m to settle
    a suit brought by the US", "a charge to pay for a move from Leeds", "a replay for the
    chance to travel to Hull"; not a place it sets its deed in ("paid $400m to cover damage
    in Florida"), a place's adjective on its object ("£50m to hold a UK vote") or its doer
    ("a deal for Leeds to host the games"), nor where the counted go ("90,000 fans are
    expected to travel to Cardiff")."""
    prep = None
    for t in root.ancestors:
        if t.i in path:
            return False
        if t.dep_ in ("advcl", "xcomp", "acl") and t.tag_ == "VB" and to_form(t) \
                and t.i > figure:
            if prep is None:  # its object, or the object's owner: "to beat Japan's Ai Sato"
                return root.dep_ not in ("compound", "nsubj")  # (not who does it)
            going = t.dep_ == "xcomp" and t.head.i in path and t.lemma_.lower() in _GOING
            return prep.lower_ not in _SETTINGS and not (going and prep.lower_ in ("to", "into"))
        if prep is None and t.dep_ == "prep":
            prep = t
    return False


# the prepositions by which a deed is set in a place
_SETTINGS = {"in", "at", "near", "across", "throughout", "around", "inside", "within", "on"}


def _one_of(word) -> bool:
    """Whether a word is the "one" of "one of Asia's largest chipmakers", an aside that says
    what a named body is."""
    return word.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of"
                                        for c in word.children)


def _in_with_aside(root, path: set[int], figure: int) -> bool:
    """A place inside a "with" phrase set off by a comma after the figure (at `figure`),
    which tells of a part of what it measures: "Web shoppers rose by 9% last year, the study
    found, with the biggest rises in Spain and Poland" (not the 9%'s place); not where the
    figure is inside it ("with 40 jobs going in Leeds")."""
    for t in root.ancestors:
        if t.i in path:
            return False
        if t.dep_ == "prep" and t.lower_ == "with" and t.head.i in path and t.i > figure \
                and t.doc[t.i - 1].text == ",":
            return True
    return False


def _name_before_aside(aside) -> bool:
    """Whether a name ends right before the mark that opens `aside`, which the parse set
    beside the noun that name is in: "Shares in Real Betis, Spain's single listed club,"
    (the club is Betis, not the shares)."""
    first = aside.left_edge.i
    return first > 1 and aside.doc[first - 1].text in _ASIDE_MARKS \
        and aside.doc[first - 2].pos_ == "PROPN" and aside.doc[first - 2].ent_type_ != "GPE"


_ASIDE_MARKS = {",", "-", "\u2013", "\u2014"}


def _in_part_of_those(root, path: set[int]) -> bool:
    """Whether a place is where a part of those the figure counts is, in that part's phrase
    ("500 posts will go, with about 120 of those expected in Leeds"): the part's place, not
    the whole's."""
    for t in root.ancestors:
        if t.i in path:
            return False
        if t.like_num and any(c.dep_ == "prep" and c.lower_ == "of" and any(
                o.lower_ in ("them", "those", "these") for o in c.children)
                for c in t.children):
            return True
    return False


def _one_of_those_counted(root, path: set[int]) -> bool:
    """A place that an aside says is one of those the figure counts, which are not all in
    it, nor in any other place the sentence names: "France, the biggest of the bloc's 25
    members, backs the plan for Spain", "Peru, one of 40 nations that signed"; not "Kenya, a
    country of 30 million people", whose own they are."""
    named = [root, root.head] if root.dep_ == "poss" else [root]  # "Spain's jobless rate, the
    # highest among the 19 members of the bloc"
    return any(c.dep_ == "appos" and c.i in path and (c.tag_ == "JJS" or c.lower_ == "one")
               and any(p.dep_ == "prep" and p.lower_ in ("of", "among") and p.i in path
                       for p in c.children)
               for n in named for c in n.children)


def _in_examples(root, path: set[int]) -> bool:
    """A place inside a phrase that names some of what the figure counts, or up to the next
    comma or dash after its "including", which says where those are, not where all of it
    is: "looking into 40 shows, including two Chicago DJs", "lost four games, including
    Italy in Rome", "sold 300,000 cars, including 50,000 in Spain" (for the 300,000); also
    under an "including" that hangs on a phrase of the figure's verb ("took $42m from
    shows including a debut in Las Vegas"), and in the object of an "include" whose subject
    holds the figure ("The 12 films include works from Chile")."""
    if any(a.dep_ == "prep" and a.i not in path and (a.lower_ == "including" or _such_as(a))
           or a.dep_ == "dobj" and a.i not in path and _examples_of(a.head, path)
           for a in root.ancestors):
        return True  # (also "Poor nations such as Nepal, Peru and Chad could lose ...", and
        # what the counted things "include": "The 12 films include works from Chile")
    for t in root.sent:
        if t.i >= root.i:
            return False
        if t.dep_ == "prep" and t.lower_ == "including" and t.i not in path \
                and (t.head.i in path or t.head.head.i in path):  # also where the parse
            # hangs it on the subject: "has lost four games in a row, including Italy"
            end = next((k.i for k in t.doc[t.i + 1:root.sent.end] if k.text in _ASIDE_MARKS
                        or k.text in (";", ".")), root.sent.end)
            return root.i < end or any(a.i == t.i for a in root.ancestors)
    return False


def _examples_of(verb, path: set[int]) -> bool:
    """Whether `verb` is an "include" whose subject holds the figure, so that its object
    names some of what the figure counts."""
    return verb.lemma_.lower() == "include" and verb.i in path and any(
        c.dep_ == "nsubj" and c.i in path for c in verb.children)


def _such_as(prep) -> bool:
    """Whether a preposition is the "as" of "such as" on a noun that is no setting: "Poor
    nations such as Nepal" (but "in areas such as London" says where)."""
    noun = prep.head
    return prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children) \
        and not (noun.dep_ == "pobj" and noun.head.lower_ in _PLACE_PREPS)


def _set_off(token, may_end: bool) -> bool:
    """Whether the phrase of `token` has a comma or a dash on both sides, as an aside does,
    or, where `may_end`, a comma before it and the sentence's end after it ('..., said Jan
    Holm, a trader at Nordea in Oslo.'); not "At 60% of GDP, Chile's debt is low", a parse's
    slip, nor "up 2% by 1100 GMT, the best gainer in Paris."."""
    doc, first, last = token.doc, token.left_edge.i, token.right_edge.i
    after = doc[last + 1:token.sent.end]
    return first > 0 and doc[first - 1].text in _ASIDE_MARKS and len(after) > 0 and (
        after[0].text in _ASIDE_MARKS or may_end and all(t.is_punct for t in after))


def _of_other_people(root, path: set[int]) -> bool:
    """A place that only says where people the figure does not count are from, or one other
    person: "US critics doubted the $110m project", "US lawmakers", "sold to a US
    entrepreneur"; not "500 UK mobile owners", whom it counts, nor "two US critics'
    associations", whose owners they are."""
    head = root.head
    counted = head.i in path and not any(c.dep_ == "relcl" and c.i in path
                                         for c in head.children)  # (but "the US
    # billionaire that values the firm at £600m": one whose clause holds the figure)
    if root.dep_ not in ("compound", "amod", "nmod") or counted or head.pos_ != "NOUN":
        return False
    if head.tag_ == "NN" and head.dep_ != "poss" and _one_person(head) and any(
            c.dep_ == "det" and (c.lower_ in ("a", "an") or c.lower_ == "the"
                                 and not head.lower_.startswith("spokes"))
            for c in head.children):
        return True  # "has sold his label to a US entrepreneur in a $150m deal", "a
        # proposal from the US tycoon": where one other is from (not "the Trafford Centre
        # spokeswoman said", the body's voice)
    return head.lemma_.lower() in OTHER_PEOPLE \
        and not (head.dep_ == "poss" and head.head.i in path)  # "two US critics' associations"


def _story_set_in(root) -> bool:
    """A place a story is set in ("A film set in wartime Greece has won the £20,000 prize"),
    which is no place of the figure's."""
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "in" and prep.head.lower_ == "set" \
        and prep.head.dep_ in ("acl", "amod") and prep.head.head.lemma_.lower() in _STORIES


# works that tell a story set somewhere (not "a record set in Chicago": where it was set)
_STORIES = {"novel", "book", "film", "movie", "story", "play", "drama", "series", "musical",
            "opera", "comedy", "thriller", "game", "show", "saga", "tale"}


def _of_other_count(root, path: set[int]) -> bool:
    """A place that sets a noun another figure counts, joined to the figure's own count
    of a nation's people, who are of their nation: "40,000 Indians and 3,000 people in
    Nepal" -> not Nepal for the 40,000."""
    head = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "in" else None
    return head is not None and head.i not in path and head.pos_ == "NOUN" \
        and head.dep_ == "conj" and bool(people_country(head.head)) \
        and any(c.dep_ == "nummod" and c.i not in path for c in head.children)  # (but "won
    # three golds and two bronzes in Sydney": both in Sydney)


def _where_speaker_is(root, path: set[int]) -> bool:
    """A place that only says where the one who says the figure is: "Our correspondent in
    Nairobi says 300 people have been killed", "The BBC's Ann Lee in Madrid says ...", or
    where it is said, deep in a phrase on the verb ("said in a statement to the Madrid stock
    exchange that ..."); not
    a place further on in a phrase of the scene ("Ann Lee at Exford on Exmoor, in the south
    west, said 500 riders had turned out")."""
    speaker = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "in" else None
    verb = speaker.head if speaker is not None else None
    if verb is not None and speaker.dep_ == "nsubj" and verb.i in path \
            and root.head.i == speaker.i + 1 \
            and verb.lemma_.lower() in REPORTING_VERBS and speaker.i not in path \
            and (speaker.ent_type_ == "PERSON" or person(speaker)
                 or person_ending(speaker.lemma_.lower())):
        return True
    return any(t.dep_ == "prep" and t.i not in path and t.head.i in path and t.i > t.head.i
               and t.head.lemma_.lower() in REPORTING_VERBS and t.i + 1 < root.i
               and any(c.dep_ in ("ccomp", "parataxis") and c.i in path
                       for c in t.head.children)
               for t in root.ancestors)  # "said in a statement to the Madrid stock exchange
    # that ...": where it was said, after the verb and inside a phrase of its own, of a
    # verb whose clause holds the figure (not "announced £419m for ... in Scotland")


def _one_person(noun) -> bool:
    """A noun for a person, not a body that sits in a place ("a Los Angeles court", "a
    London department store")."""
    return noun.ent_type_ in ("", "PERSON") and (person(noun) or person_ending(noun.lemma_.lower()))


def _where_counted_are_from(root, anchor) -> bool:
    """A place name on the people or bodies the figure counts, which says where they are
    from, not where the figure is, as a people's adjective would ("three US insurance
    executives", "Some 5,000 US troops will leave Iraq" -> Iraq); not on a population's
    (RESIDENT_GROUPS: "500 UK mobile owners")."""
    noun = root.head
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head  # "US insurance executives"
    return root.dep_ in ("compound", "amod", "nmod") and noun.pos_ == "NOUN" \
        and anchor.head.i == noun.i and anchor.dep_ == "nummod" and can_act(noun) \
        and noun.lemma_.lower() not in RESIDENT_GROUPS


def sides_of(text: str, names: set[str]) -> set[str]:
    """The names among `names` that an article reporting a score ("won 3-1") or play, in
    two words of it (`_PLAY_WORDS`: "half-time", "penalty"), shows, twice or more, are sides
    in a game: a plural verb after a singular name, as British usage
    writes teams ("Ireland are", "England have lost"), a result ("Wales beat", "against
    Scotland", "lost to France"), or a team role ("Newcastle's captain", "England coach").
    Not a name in capitals ("the US are"); a plural name's plural verb is no sign ("the
    Netherlands have"). A name written right beside a score ("Ireland 21-19 Argentina") is a
    side by that alone; an article with no score, one that looks ahead to a game, shows its
    sides by a coach, a captain or a squad of theirs ("the Ireland coach") as well."""
    scored = _SCORE.search(text) is not None \
        or len({w.lower() for w in _PLAY_WORDS.findall(text)}) >= 2
    sides = set()
    for name in names:
        if not name[:1].isupper() or name.isupper() or " and " in name:
            continue
        n = re.escape(name)
        if scored and re.search(rf"\b{n}[ \u00a0]+{_SCORE.pattern}|{_SCORE.pattern}[ \u00a0]+{n}\b",
                                text):
            sides.add(name)
            continue
        after = _RESULT_AFTER if name.removeprefix("the ") in _PLURAL_PLACES else _SIDE_AFTER
        found = re.findall(rf"\b{n}(?:'s?)?[ \u00a0]+(?:{after})\b"
                           rf"|\b(?:{_SIDE_BEFORE})[ \u00a0]+{n}\b", text)
        if len(found) >= 2 and (scored or re.search(
                rf"\b{n}(?:'s)?[ \u00a0]+(?:{_TEAM_HEADS})\b", text)):
            sides.add(name)
    return sides


# a game's score: "3-1", "18-17", "(2) 0"; not a year's span ("2004-05")
_SCORE = re.compile(r"(?<![\d-])\d{1,2}-\d{1,2}(?![\d-])")
# words of a game's play, two of which show a report of one as a score does: "half-time",
# "kick-off", "the opening goal", "a late penalty"
_PLAY_WORDS = re.compile(r"\b(?:half-time|full-time|kick-off|extra[- ]time|injury[- ]time"
                         r"|goals?|penalt(?:y|ies)|tries|free-kick|corner|touchline"
                         r"|wickets?|innings|sent[ \u00a0]+off|equaliser|scrum|line-out)\b",
                         re.IGNORECASE)
# the words after a side's name ("Ireland are", "Wales beat", "England coach"), among them
# the plural verbs a side takes as a people's name does ("England play Italy", "Wales face
# France"), or what it is ("the England side"), and before it ("against Scotland", "lost to
# France", "played for Wales", "a victory over Italy")
_RESULT_AFTER = "|".join(["beat", "defeated", "thrashed", "drew", r"lost[ \u00a0]+to",
                          *sorted(TEAM_ROLES, key=len, reverse=True)])
_SIDE_AFTER = "are|were|have|play|face|host|side|team|" + _RESULT_AFTER
# places whose names are plural, and take a plural verb as places
_PLURAL_PLACES = {"Netherlands", "Philippines", "Bahamas", "Maldives", "Seychelles", "Comoros",
                  "United States", "Solomon Islands", "Falklands", "Falkland Islands",
                  "Balkans", "Baltics", "Americas", "Midlands", "Highlands", "Cayman Islands"}
_SIDE_BEFORE = r"against|beat|beating|beaten|defeated|v|vs|lost[ \u00a0]+to|play|face" \
    r"|(?:play|plays|played|playing)[ \u00a0]+for|(?:victory|win|triumph)[ \u00a0]+over" \
    r"|clash[ \u00a0]+with"
# who leads or makes up a side, after its name: "the Ireland coach", "England's squad"
_TEAM_HEADS = "coach|manager|captain|skipper|squad"


def set_in(sentence: str, name: str) -> bool:
    """Whether a sentence sets `name` as a place, with "in", "at" or the like before it
    ("played in Cardiff", "at Newcastle")."""
    return re.search(rf"\b(?:{_SETTING_WORDS})[ \u00a0]+(?:the[ \u00a0]+)?{re.escape(name)}\b",
                     sentence, re.IGNORECASE) is not None


def country_of(noun) -> str:
    """The country whose own statistic a thing is, where a people's adjective says so and
    no place word does: "French consumer prices", "Japanese exports", "the South Korean
    economy"; not a name ("British Airways", "the French Open")."""
    if noun.pos_ != "NOUN":
        return ""
    for c in noun.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i and c.is_title \
                and not _in_longer_name(c):
            words = noun.doc[c.left_edge.i:c.i + 1].text
            country = DEMONYMS.get(words) or named_people_country(c.text)  # (also
            # "Angolan families" -> Angola)
            if country:
                return country
    return ""


def people_country(noun) -> str:
    """The country a people's name counted as such names: "five million Britons",
    "Germans" -> Germany; "" for any other noun."""
    if noun.ent_type_ not in ("NORP", "") or not noun.text[:1].isupper():
        return ""
    first = noun  # "South Koreans", "North Koreans": a name of two words
    while first.i > 0 and (left := noun.doc[first.i - 1]).dep_ == "compound" \
            and left.head.i == noun.i and left.is_title:
        first = left
    name = noun.doc[first.i:noun.i + 1].text
    plural = name.endswith("s") or name.endswith("ese") and noun.dep_ not in ("amod", "compound")
    return named_people_country(name) if plural or name in PEOPLE_NAMES else ""  # ("700
    # million Chinese", whose plural is the adjective)


def named_people_country(name: str) -> str:
    """The country a people's name or adjective stands for, as written: "Britons" -> UK,
    "Germans", "German" -> Germany, "Angolans" -> Angola; "" for any other word."""
    single = name[:-1] if name.endswith("s") else name
    return PEOPLE_NAMES.get(name) or DEMONYMS.get(name) or DEMONYMS.get(single) \
        or demonym_country(single)


def _in_longer_name(word) -> bool:
    """Whether a word is inside a name that runs past it: "Bank of American", "the
    Australian Open"; not "Welsh" alone, which the small model may call a firm."""
    doc = word.doc
    return word.ent_type_ not in ("", "NORP", "GPE", "LANGUAGE") and (
        word.left_edge.ent_iob_ == "I" or word.i + 1 < len(doc) and doc[word.i + 1].ent_iob_ == "I")


def _of_the_noun(anchor, places) -> list:
    """The place in an "in" phrase right after the noun the figure counts: "80 million new
    users in India by 2010 and 40 million new users in Indonesia" -> Indonesia for the
    second; not a phrase further on ("80 staff at its offices in Edgware in north London")."""
    noun = anchor
    while noun.dep_ in ("nummod", "quantmod", "compound") and noun.head.i > noun.i:
        noun = noun.head
    if noun.i == anchor.i or noun.pos_ != "NOUN":
        return []
    held = {o.i for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"
            and c.i == noun.i + 1 for o in c.children if o.dep_ == "pobj"}  # right after it
    verb = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in _TAKING_OUT:
        held |= {o.i for c in [*noun.children, *verb.children] if c.dep_ == "prep"
                 and c.lower_ == "from" and c.i > noun.i
                 for o in c.children if o.dep_ == "pobj"}  # "evacuate 300 UK citizens from
        # Ivory Coast": where they are, not where they are from
    return [p for p in places if p.root.i in held]


# verbs that take people out of where they are, which a "from" phrase names
_TAKING_OUT = {"evacuate", "rescue", "airlift", "fly", "ship", "ferry", "repatriate", "pull",
               "withdraw", "extract", "evict", "expel", "deport", "bring"}


# arcs that open a clause of its own: a place inside one is that clause's, not the figure's
_CLAUSES = {"advcl", "ccomp", "parataxis", "csubj"}


def _clause_places(anchor, places) -> list:
    """The places of the innermost clause holding the figure that has any, climbing from its
    verb ("In France, officials said 40 people died"); a place in a clause of its own that
    does not hold the figure is not its ("lost 70% while US partner Biogen shed 43%", "the
    US, which was struck by four hurricanes, and Japan"); none where no clause holding it
    has one."""
    if _in_the_world(anchor):
        return []  # "home to 20% of the 1,500 pandas in the world": the 1,500 are no
        # one place's
    path = {anchor.i, *(t.i for t in anchor.ancestors)}
    top = governor(anchor) or anchor
    negated = None  # read once a place is sought past the figure's own clause
    fronted_only = -1  # once out of a relative clause, where its noun's phrase starts
    for level in [top, *top.ancestors]:
        own = [e for e in places if _within(e.root, level, path)
               and (fronted_only < 0 or e.end <= fronted_only)]
        if own and level.i == top.i and _placed_elsewhere(top) is True:
            return []  # "At least 80 people were held worldwide - 35 of them in Germany"
        if own and level.i != top.i:
            negated = _placed_elsewhere(top) if negated is None else negated
            own = [] if negated is True else [e for e in own if e.text not in negated]
        if own:  # the noun a relative clause tells of first: "Vietnam, which was hit by"
            return [e for e in own if e.root.i == level.i] or own
        if level.dep_ == "relcl" and fronted_only < 0:
            fronted_only = level.left_edge.i
    return []  # (a clause that says "worldwide" or "non-US" takes no place, or not that
    # one, from the clauses around it: "sold 300,000 in France and total sales reached a
    # million worldwide", "came third in the US chart with $8m, but it topped the non-US
    # chart with $25m")


def _in_the_world(anchor) -> bool:
    """Whether the noun a figure counts is set "in the world" or "around the globe": "the
    remaining 1,500 pandas in the world"."""
    noun = anchor.head if anchor.dep_ == "nummod" else None
    return noun is not None and any(
        p.dep_ == "prep" and p.lower_ in ("in", "around", "across", "throughout")
        and any(o.dep_ == "pobj" and o.lower_ in ("world", "globe") for o in p.children)
        for p in noun.children)


def _placed_elsewhere(clause) -> bool | set[str]:
    """True where the clause of `clause` (not the clauses inside it) says its figure is no
    one place's ("worldwide", "globally"); the names it sets its figure outside of
    ("non-US"), or none."""
    own, stack = [], [clause]
    while stack:  # the clause's words, not those of the clauses inside it
        t = stack.pop()
        own.append(t)
        stack.extend(c for c in t.children if c.dep_ not in ("conj", "relcl", "advcl", "ccomp"))
    if any(t.lower_ in ("worldwide", "globally") for t in own):
        return True
    return {t.nbor(2).text for t in own if t.lower_ == "non" and t.i + 2 < len(t.doc)
            and t.nbor(1).text == "-"} | {t.text[4:] for t in own if t.lower_.startswith("non-")}


def _within(token, top, path: set[int]) -> bool:
    """Whether `token` hangs under `top` through no clause that leaves the figure's path."""
    for t in [token, *token.ancestors]:
        if t.i == top.i:
            return True
        if t.i not in path and _own_clause(t, path):
            return False
    return False


def _own_clause(t, path: set[int]) -> bool:
    """Whether `t` opens a clause of its own beside the figure's: "..., while Shannon
    helped", "the US, which was struck by ..., and Japan"; not a participle or an aim that
    tells of the figure's words ("one tailored for China", "paid $400m to cover damage in
    the US") nor a relative clause on a noun of the figure's ("tracks that were bought in
    the US")."""
    if t.dep_ == "conj":
        return t.pos_ in ("VERB", "AUX")
    if t.dep_ == "relcl":
        return t.head.i not in path and not any(a.i in path for a in t.head.ancestors
                                                if a.pos_ in ("NOUN", "PROPN", "NUM"))
    if t.dep_ == "advcl":
        return not to_form(t)
    if t.dep_ == "pcomp" and t.tag_ == "VBG" and (
            t.head.lower_ == "for" or t.head.lower_ in ("after", "before", "since")
            and t.lemma_.lower() in _GOING):
        return True  # "fined the 29-year-old £500 for failing to attend a hearing in
        # Leeds": the deed a penalty or a thanks is for, done elsewhere; "scored seven goals
        # after moving to Madrid": where one went, before or after
    if t.dep_ == "acl" and t.tag_ in ("VBN", "VBG") and t.head.i not in path:
        return t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ","  # "Rainbow phones,
        # influenced by handsets from Japan, are one example": an aside on another noun
    return t.dep_ in _CLAUSES


# verbs of going somewhere, whose place a gerund after "after" or "before" says is where
# one went, not where the figure is
_GOING = {"arrive", "move", "travel", "join", "return", "leave", "go", "come", "switch",
          "transfer", "relocate", "fly", "head"}


def _with_joined(place, places) -> str:
    """A place with the places a list joins to it, after or before it: "in England and
    Wales", "Sri Lanka, India, Indonesia and Thailand"; not "5% in London and 3% in Paris",
    where a figure stands between, nor "If admitted into the EU, Turkey would", where a
    comma ends no list."""
    starts = {p.start: p for p in places}
    ends = {p.end: p for p in places}
    chain, joins = [place], []  # the places in order, and the word between each two
    while (step := _joined(chain[-1], starts, ends, after=True)) is not None:
        chain.append(step[0])
        joins.append(step[1])
    at = 0  # where `place` stands in the chain
    while (step := _joined(chain[0], starts, ends, after=False)) is not None:
        chain.insert(0, step[0])
        joins.insert(0, step[1])
        at += 1
    # a list ends with "and" or "or": cut it after its last one
    last = max((n + 1 for n, w in enumerate(joins) if w != ","), default=0)
    if last < at or not last:
        return place.text
    return text_of(place.doc)[chain[0].start_char:chain[last].end_char]


def _joined(place, starts: dict, ends: dict, after: bool):
    """The place a list word ("and", "or", a comma) joins to `place`, after or before it,
    past a "the" ("the UK and the US"), with that word; None where none is."""
    doc = place.doc
    if after:
        k = place.end  # the word after the place
        other = starts.get(k + 1 + (k + 1 < len(doc) and doc[k + 1].lower_ == "the"))
    else:
        k = place.start - 1 - (place.start >= 1 and doc[place.start - 1].lower_ == "the")
        other = ends.get(k)
    if other is None or not 0 < k < len(doc) or doc[k].lower_ not in _LIST_JOINS:
        return None
    return other, doc[k].lower_


_LIST_JOINS = ("and", "or", ",")


def _across_contrast(text: str, place, start: int, end: int) -> bool:
    """Whether a contrast after the figure at text[start:end] parts it from `place`, which
    is then a later clause's: "The wait is 12 weeks for adults, but just six weeks in York"
    (York for the six weeks only), "lifted the dollar to $1.32, but hit US shares"; not a
    place before the figure, which a clause set against its own may share ("US exports
    rose 12%, but imports rose 16%"), nor the ";" of a bracket ("(£2m; $4m)")."""
    return place.start_char >= end and _CONTRAST.search(
        _BRACKETED.sub("", text[end:place.start_char])) is not None


# the marks and words that open a clause set against the one before
_CONTRAST = re.compile(r",[ \u00a0]+(?:but|while|whereas)[ \u00a0]|;[ \u00a0]")
_BRACKETED = re.compile(r"\([^()]*\)")


def _opens_other(place, start: int, end: int) -> bool:
    """Whether `place`, in an "in" phrase that opens a clause or a list item, opens the
    stretch of another figure, which follows it within a few words with no mark between:
    "In Leeds it was 6,000, in York 5,000" (York is the 5,000's, not the 6,000's)."""
    doc = place.doc
    i = place.start - 1
    i -= 1 if i >= 0 and doc[i].tag_ == "DT" else 0
    if i < 0 or doc[i].lower_ != "in" or i > doc[i].sent.start \
            and doc[i - 1].lower_ not in (",", "and", ";", "while", "but"):
        return False
    for t in doc[place.end:place.end + 5]:
        if t.is_punct:
            return False
        if t.like_num and t.ent_type_ not in ("DATE", "TIME") and not start <= t.idx < end:
            return True
    return False


def _right_after(place, end: int) -> bool:
    """A place in an "in"/"at" phrase right after the figure ending at `end`: "$499 in the
    US", "sales of 50,000 in Canada"."""
    doc = place.doc
    i = place.start - 1
    if i >= 0 and doc[i].tag_ == "DT":
        i -= 1
    if i < 1 or doc[i].lower_ not in ("in", "at"):
        return False
    if i > 2 and doc[i - 1].lower_ in ("them", "those", "these") and doc[i - 2].lower_ == "of":
        i -= 2  # "35 of them in Germany": the part is in the place
    last = doc[i - 1]  # the figure's last token
    return last.idx < end <= last.idx + len(last.text)


def _vouched(place) -> bool:
    """Whether a place is one: a name the gazetteer knows, a feature ("the Indian Ocean",
    "Goodison Park"), or a name the sentence sets in a place ("in Kibera", "at Ibrox");
    not a firm, prize, work or player the small model takes for a place ("Technorati now
    estimates", "three Grammys", "five Grand Slam appearances", "Skivington for Shaw"); a
    name known only faintly is set by the sentence too, also by "from" or "to", and not as
    a common noun is ("Pal and Chum, which have", "died in the Tsunami")."""
    if place.label_ == "LOC" or well_known(place.text) or any(
            t.lower_ in FEATURE_WORDS for t in place):
        return True
    root, faint = place.root, known(place.text)
    if root.dep_ in ("compound", "nmod") and root.head.lemma_.lower() in FEATURE_WORDS \
            and root.head.dep_ == "pobj" and root.head.head.lower_ in _SETTING_PREPS \
            and all(t.lower_ in ("and", ",") or t.pos_ == "PROPN"
                    for t in place.doc[place.end:root.head.i]):  # (not "the Acme
        # Sports summer camp in Girona": a name of a camp's kind, the place after it)
        return True  # "checked at Stansted airport", "at Stansted and Luton airports": the
        # name of a feature a setting word takes, its kind written in lower case
    if root.dep_ != "pobj" or root.head.lower_ not in (_PLACE_PREPS if faint else _SETTING_PREPS):
        return False  # "both from Keighley"; not "sold to Verizon"
    if root.ent_type_ == "PERSON" and root.head.lower_ not in _SETTING_PREPS \
            and root.head.head.pos_ == "NOUN" \
            and root.head.head.lemma_.lower() not in PEOPLE_NOUNS:
        return False  # "forcing a flying stop from Howard": a person's deed, no place (but
        # "two men, both from Keighley": where people are from)
    return not (faint and len(place) == 1 and place.start
                and place.doc[place.start - 1].lower_ == "the")


# the words that set a name in a place: not "to" or "from" ("sold to Verizon")
_SETTING_PREPS = {"in", "at", "near", "across", "outside", "inside", "throughout", "around",
                  "within"}
_SETTING_WORDS = "|".join(sorted(_SETTING_PREPS | {"to", "from", "into"}))


def _glued_name(ent) -> bool:
    """A name hyphened to another word, no space: "the US-China Commission", "the
    German-US carmaker"."""
    doc = ent.doc
    after = ent.end < len(doc) and doc[ent.end].text == "-" and not doc[ent.end - 1].whitespace_
    before = (ent.start > 0 and doc[ent.start - 1].text == "-"
              and not doc[ent.start - 1].whitespace_ and ent.start > 1
              and not doc[ent.start - 2].whitespace_)
    return after or before


# words that end a name a place begins: papers, carriers, events
_NAME_ENDS = {
    "Reporter", "Times", "Post", "Herald", "Journal", "Telegraph", "Gazette", "Mail",
    "Express", "Chronicle", "Tribune", "Standard", "Guardian", "Observer", "Independent",
    "Echo", "Mirror", "Airways", "Airlines", "Open", "Games", "Olympics", "Marathon",
    "Re", "Telecom", "Telekom",  # "Munich Re", "France Telecom": firms
    "Southern", "Eastern",  # carriers: "China Southern", "China Eastern"
}


def _name_goes_on(ent) -> bool:
    """Whether the word after a place makes it part of something else's name: a firm's
    base ("the only Detroit based automaker"), a paper's, a carrier's or an event's name
    ("according to Hollywood Reporter", "the 2000 Sydney Games", "the US Open title") or a
    currency ("US$5m"; not "lent Russia $6bn")."""
    doc = ent.doc
    if ent.end >= len(doc):
        return False
    after = doc[ent.end]
    return after.lower_ == "based" or after.text in _NAME_ENDS or after.lower_ in _MONEY_AFTER \
        and (after.text != "$" or not doc[ent.end - 1].whitespace_)


def _ends_a_name(ent) -> bool:
    """Whether a place ends a name that the model runs through the "of" before it: "The
    Youth Choir of Harlem", "LG Electronics of South Korea"."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and before.lower_ == "of" and before.ent_iob_ == "I"


def _home_of_name(root) -> bool:
    """Whether the place word `root` only says where a named body or person is based, or
    what a body's name serves: "research firm Vantage Analytics of Denver said", "Ms Gray
    from Leeds", "the Regional Trade Commission for Africa"; the name, a firm or a person by
    the model, ends right before the "of", "from" or "for" ("for Latin America and the
    Caribbean": both)."""
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("of", "from", "for") or prep.i == 0:
        return False
    name = prep.doc[prep.i - 1]
    if name.i != prep.head.i or name.pos_ != "PROPN" or prep.ent_iob_ == "I" \
            or name.ent_type_ in ("GPE", "LOC", "FAC", "NORP") or name.lower_ in SPEAKER_ROLES:
        return False  # "the Mayor of London": the place the role serves
    # a firm acting may act where it is from ("SK Telecom of South Korea plans to charge
    # $12 a month"); one that only says so, or a person, does not
    return name.ent_type_ == "PERSON" or not name.dep_.startswith("nsubj") \
        or name.head.lemma_.lower() in REPORTING_VERBS


def _not_a_place(ent) -> bool:
    """A name the small model tags as a place that the sentence shows is a firm, a band, a
    work, a team or a person: a kind noun before it or in apposition ("telecoms giant
    Verizon", "the unit, Yugansk", "Carlsberg, the world's fifth-largest brewer"), a team
    role it modifies ("Southampton striker"), a contest or deal it is the other side of ("a
    victory over Manchester City", "a takeover of Leeds"), a verb of beating ("put
    Newcastle ahead"), an age after it ("Isinbayeva, 22,") or a currency ("the US dollar");
    nor the standard of a comparison ("as much as France", "higher than in France")."""
    doc, root = ent.doc, ent.root
    if _name_goes_on(ent) or _ends_a_name(ent):
        return True
    i = ent.start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i >= 0 and doc[i].pos_ == "NOUN" and doc[i].lemma_.lower() in NAME_KINDS and (
            doc[i].head.i < ent.end or root.head.i == i  # "band Kasabian", "the unit, Yugansk"
            or doc[i].head.i == root.head.i and doc[i].dep_ == root.dep_ != "compound"):
        return True  # "brewer Carlsberg suffered", parsed as two subjects; not "three party
        # UK election"
    if _apposed_kind(ent) or _named_before(ent):
        return True
    if root.dep_ == "pobj" and any(p.lower_ in ("than", "as") and p.nbor(-1).lower_ != "such"
                                   for p in (root.head, root.head.head) if p.i > 0):
        return True  # "14 times as much as France", "higher than in France": a comparison;
        # "cities such as London" are examples
    if ent.text.isupper() and ent.text.isalpha() and ent.text not in CAPITAL_PLACES:
        return True  # "BT now has a 36% share": a firm's initials, not a place's
    if root.dep_ == "pobj" and (held_in(root.head) or root.head.lower_ == "in" and (
            root.head.head.lemma_.lower() in ("investment", "stake") and not known(ent.text))):
        return True  # "shares in Jarvis", "a stake in Yukos": a firm held; "Dongfeng
        # Motor's proposed £2bn investment in Rover", a firm no gazetteer knows for a
        # place (but "investment in Kenya")
    if _outside_or_party(root):
        return True
    if root.dep_ == "compound" and root.head.lemma_.lower() in NAME_KINDS:
        return True  # "the Yugansk unit", "Hollywood studio Warner Brothers": a name's part
    if root.dep_ == "compound" and root.head.pos_ == "PROPN" and any(
            t.pos_ == "NOUN" and t.is_lower for t in doc[ent.end:root.head.i]) \
            or _kind_named_after(ent):
        return True  # "US research think-tank Pew Internet": where a named body is from
    brand = root.head if root.head.i == ent.end and root.head.pos_ == "PROPN" \
        and not well_known(root.head.text) \
        else root if len(ent) > 1 and not well_known(ent.text) else None
    if root.dep_ == "compound" and brand is not None and brand.dep_ == "compound" \
            and brand.head.is_lower and brand.head.lemma_.lower() in NAME_KINDS:
        return True  # "the Mecca Bingo chain": a place that opens a brand's name
    if root.dep_ in ("compound", "nmod") and _titles_name(root.head):
        return True  # "US retail giant Federated", "US TV presenter Johnny Carson": where
        # one is from; not "UK mobile owners", "its UK retail division"
    if _where_one_is_from(root) or _home_of_name(root) or _club_name(ent):
        return True
    return _a_side(root) or (ent.end + 2 < len(doc) and doc[ent.end].text == ","
                             and doc[ent.end + 1].like_num and doc[ent.end + 2].text == ",")


def _kind_named_after(ent) -> bool:
    """Whether a place opens a kind's words in lower case that a name ends, however the
    parse hangs them: "UK sportswear firm Zeta has reported ..." (where the firm is from)."""
    doc, j = ent.doc, ent.end
    while j < len(doc) and j - ent.end < 3 and doc[j].is_lower and doc[j].is_alpha:
        j += 1
    return ent.end < j < len(doc) and doc[j - 1].lemma_.lower() in NAME_KINDS \
        and doc[j].pos_ == "PROPN"


def _club_name(ent) -> bool:
    """Whether a name is a club's: a known town's name with a word of a club's after it
    that makes no place of it ("a 2-0 victory at Manchester City", "Derby County", "Bolton
    Wanderers"; but "Mexico City", "Kansas City", which the gazetteer knows)."""
    words = ent.text.split()
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].text in _CLUB_WORDS and well_known(ent.text) \
            and not well_known(f"{ent.text} {doc[ent.end].text}"):
        return True  # "put £5m into Sheffield Wednesday": the club's last word read as a day
    return len(words) >= 2 and words[-1] in _CLUB_WORDS and not well_known(ent.text) \
        and well_known(" ".join(words[:-1]))


# the words that make a club of a town's name: "Manchester City", "Ipswich Town"
_CLUB_WORDS = {"City", "United", "Town", "Rovers", "Athletic", "Albion", "Wanderers", "County",
               "Rangers", "Wednesday", "Thistle", "Hotspur", "Argyle", "Alexandra", "Orient",
               "Forest", "Villa"}


def _named_before(ent) -> bool:
    """A place that ends the name of a body a capitalised word begins, which the model left
    out of the place: "Athletics Kenya had suspended the runner", "Sport England gave £2m";
    not a part of the place itself ("Greater Manchester", "Northern Ireland")."""
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    return before.tag_ == "NNP" and before.dep_ == "compound" and before.head.i == ent.root.i \
        and before.ent_iob_ == "O" and (before.is_title or before.is_upper) \
        and before.lower_ not in _REGION_WORDS  # "HMS Belfast", a ship


# words that begin a place's own name where the model leaves them out of it
_REGION_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern",
                 "western", "central", "greater", "great", "little", "upper", "lower", "inner",
                 "outer", "mid", "old", "new", "latin", "middle", "downtown", "sub"}


def _where_one_is_from(root) -> bool:
    """A place in a "from" phrase on one person or on people a figure counts, also past the
    place's own phrase or a preposition of its own: "A Republican senator from Kansas ...
    is set to call for a $3 million fine", "The 17-year-old from a small village near
    Exeter", "Jones, from near Taunton, won two awards"."""
    t = root
    for _ in range(3):
        if t.dep_ != "pobj":
            return False
        prep = t.head
        if prep.lower_ != "from" and prep.dep_ == "prep" and prep.head.lower_ == "from":
            prep = prep.head  # "from near Taunton"
        if prep.lower_ == "from":
            one = prep.head
            return _counted_people(one) \
                or one.tag_ == "NN" and one.lemma_.lower() in SPEAKER_ROLES \
                or one.pos_ == "PROPN" and (one.ent_type_ == "PERSON" or any(
                    c.lower_ == "old" for c in one.lefts)) \
                or one.lower_ == "old" and one.i > 1 and one.doc[one.i - 1].text == "-"
        t = prep.head
    return False


def _counted_people(noun) -> bool:
    """Whether `noun` is people a figure counts, whose "from" phrase says where they are
    from, as a people's adjective does: "At least four people from Wales died in the
    crash"; not those a verb takes out of a place ("evacuate 300 UK citizens from Ivory
    Coast", which `_of_the_noun` sets there)."""
    lemma = noun.lemma_.lower()
    count = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" and (
        noun.head.head.pos_ == "NUM" or vague_count(noun.head.head)) else None  # "thousands
    # of people from Wales": the count stands where the verb takes them
    counted = count is not None or any(c.dep_ == "nummod" and c.like_num for c in noun.children)
    return noun.tag_ == "NNS" and counted and (lemma in PEOPLE_NOUNS or person_ending(lemma)) \
        and (count or noun).head.lemma_.lower() not in _TAKING_OUT


def _role_of_name(root, head) -> bool:
    """Whether a place marks a role set right before a person's name, and so says where the
    person is from: "Britain's former champion Dwain Chambers"; not an office ("Britain's
    Prime Minister Tony Blair", which may set a figure there), nor a thing a comma or a
    bracket sets a name beside ("India's top daily, the Dainik Jagran", "GDP")."""
    return root.dep_ == "poss" and head.pos_ == "NOUN" \
        and head.lemma_.lower() not in PERSON_TITLES and any(
            c.dep_ == "appos" and c.left_edge.i == head.i + 1 and c.left_edge.is_alpha
            and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN" and not c.ent_type_
                 and not c.is_upper) for c in head.children)


def _a_side(root) -> bool:
    """A name the sentence shows is a team or a firm in a contest or a deal: "Southampton
    striker", "Southampton's David Prutton", "a victory over Leeds", "Liverpool beat
    Everton", "volleyed Liverpool ahead", "England's World Cup triumph"; the later names
    of a list ("two games, against Scotland and Italy")."""
    while root.dep_ == "conj" and root.head.ent_type_ == root.ent_type_:
        root = root.head
    head = root.head
    if root.dep_ == "compound":
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head  # "England Under-21 international"
    if root.dep_ in ("compound", "poss", "amod", "nmod") and head.lemma_.lower() in _TEAM_WORDS:
        return True  # "Southampton striker", "cut Ireland's lead to 5 points", "the
        # Scotland and Glasgow cause"
    if _side_named_before(root, head) or _role_of_name(root, head):
        return True  # (also "Britain's former champion Dwain Chambers": where one is from)
    if root.dep_ == "poss" and (head.ent_type_ == "PERSON" or head.lemma_.lower() in GAME_PREPS
                                or head.pos_ == "PROPN"
                                and (head.ent_type_ not in ("GPE", "LOC", "FAC")
                                     or _no_known_place(head))
                                and head.lower_ not in FEATURE_WORDS | VENUE_WORDS
                                and head.lemma_.lower() not in PERSON_TITLES
                                and head.lower_ != "pm"
                                and not any(t.like_num and t.ent_type_ != "ORDINAL"
                                            for t in head.subtree)):
        return True  # "Southampton's David Prutton", "Japan's Nippon Steel": where one is
        # from, not a place (but "Tokyo's Nikkei 225", "London's Leicester Square",
        # "London's Brixton Academy");
        # "England's 2003 World Cup triumph": a side, not where it was won; "Britain's
        # Ade Bello", a name the model tags as a place that is none
    game = head.head
    if root.dep_ == "pobj" and head.lower_ in CONTEST_PREPS.get(
            game.lemma_.lower(), CONTEST_PREPS.get(game.lower_, ())):
        return True  # (the small model tags "qualifier" an adjective, lemma "qualifi")
    if root.dep_ == "pobj" and _played_against_or_for(head, game):
        return True
    if root.dep_ == "pobj" and head.lower_ == "with" and game.lemma_.lower() in _TIME_WITH:
        return True  # "had hoped for a long international career with Ireland"
    if root.dep_ in ("nsubj", "dobj") and head.lemma_.lower() in TEAM_VERBS \
            or _side_met(root, head) \
            or root.dep_ == "pobj" and head.dep_ == "agent" and game.lemma_.lower() in TEAM_VERBS \
            or root.dep_ == "pobj" and head.lower_ == "to" and player_sold(game) is not None:
        return True  # "Liverpool beat Everton", "the side that was beaten by Italy", "sold
        # the Dutchman to Lazio"
    if root.dep_ == "nsubj" and (_wins(head) or any(
            c.dep_ == "conj" and _wins(c) and not any(s.dep_.startswith("nsubj")
                                                       for s in c.children)
            for c in head.children)) \
            or root.dep_ == "pobj" and head.lower_ == "with" \
            and (_wins(game) or game.dep_ in ("dobj", "conj") and game.lemma_.lower() in PRIZES) \
            or any(c.dep_ == "relcl" and _wins(c) for c in root.children):
        return True  # "Argentina claimed top spot", "Italy pressed hard and scored three
        # tries" (a verb joined to its verb), "won the World Cup with France",
        # "Wales or Scotland, who have won eight of the past 11 titles"
    if root.dep_ in ("nsubj", "nsubjpass") and root.tag_ == "NNP" \
            and not root.lower_.endswith("s") and _plural_verb(head) \
            and not any(c.dep_ == "conj" for c in root.children):
        return True  # "Ireland are going for their first Grand Slam": a side, as British
        # usage makes a team's name plural; a country is singular ("Ireland is"), bar
        # the plural names ("the Netherlands have") and lists ("the UK and France want")
    if any(c.dep_ == "compound" and c.lemma_.lower() in _SIDE_KINDS for c in root.children):
        return True  # "13 points behind leaders Barcelona", "champions Chelsea"
    return root.dep_ in ("dobj", "dative") and any(  # "volleyed Liverpool ahead", "giving
        c.lower_ in ("ahead", "level", "lead") for c in head.subtree if c.i > root.i)  # the lead"


def _no_known_place(token) -> bool:
    """Whether the name a token stands in, which the model tags as a place, is one that no
    gazetteer knows and no feature word makes one: "Ade Bello" of "Britain's Ade Bello"."""
    ent = entity_of(token)
    return ent is not None and not known(ent.text) and not any(
        t.lower_ in FEATURE_WORDS | VENUE_WORDS for t in ent)


def _side_met(root, verb) -> bool:
    """Whether a place's name is a side another plays, or the side that plays it: "the day
    after Wales play France" (both); not "Wales face Ireland", which may be a contest of
    any kind (`sides_of` reads it with words of play), nor "Britain plays a key role"."""
    return verb.lemma_.lower() in _SIDES_MET and (root.dep_ == "dobj" or root.dep_ == "nsubj"
                                                  and any(c.dep_ == "dobj" and c.ent_type_ == "GPE"
                                                          for c in verb.children))


_SIDES_MET = {"play"}


def _side_named_before(root, head) -> bool:
    """A side's name set before what one plays for it or its line-up: "scored six tries in
    five Scotland appearances", "his Wales debut", "in the Scotland starting line-up",
    however the parse hangs the last."""
    return root.dep_ == "compound" and head.lemma_.lower() in _PLAYED_FOR \
        or _LINE_UP_AFTER.match(text_of(root.doc), root.idx + len(root.text)) is not None


def _wins(verb) -> bool:
    """Whether `verb` wins or claims a prize of a contest (PRIZES): as its object, the "of"
    whole of its object ("eight of the past 11 titles") or its "with" phrase ("top spot with
    three wins")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    for c in verb.children:
        if c.dep_ == "dobj":
            if c.lemma_.lower() in PRIZES or any(
                    p.lower_ == "of" and any(o.lemma_.lower() in PRIZES for o in p.children)
                    for p in c.children):
                return True
        elif c.dep_ == "prep" and c.lower_ == "with" and any(
                o.lemma_.lower() in PRIZES and o.tag_ == "NNS" for o in c.children):
            return True
    return False


# what names a game played against a side, as a verb's object or itself: "made his debut
# against", "won his first cap against", "scored against"
_GAMES_PLAYED = {"debut", "cap", "appearance", "start", "game", "match", "goal", "try",
                 "score", "hat-trick", "century", "wicket"}


# what one plays for a side its name is set before: "three England caps"
_PLAYED_FOR = {"appearance", "cap", "debut", "start"}


def _played_against_or_for(prep, game) -> bool:
    """Whether a side is the object of a game's "against" or "for": "a debut against Peru",
    "a cap against Chile", "scored twice against Italy" (a game played against a side);
    "has 50 caps for Brazil", "scored 20 goals for England" (a side played for)."""
    if prep.lower_ == "for":
        return game.lemma_.lower() in _GAMES_PLAYED
    return prep.lower_ == "against" and (
        game.lemma_.lower() in _GAMES_PLAYED or game.pos_ == "VERB" and any(
            c.dep_ in ("dobj", "ccomp") and c.pos_ == "NOUN"  # (the model may read "made
            # his Wales debut" as a clause)
            and c.lemma_.lower() in _GAMES_PLAYED for c in game.children))


def _plural_verb(verb) -> bool:
    """A verb in the plural of the present or past: "are", "were", "have", "go"."""
    words = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    first = min(words, key=lambda t: t.i)
    return first.tag_ == "VBP" or first.lower_ == "were"


# what a side is called before its name: "leaders Barcelona", "champions Chelsea"
_SIDE_KINDS = {"leader", "champion", "holder", "host", "rival", "neighbour", "opponent",
               "side", "club", "team"}


def _titles_name(noun) -> bool:
    """A kind or a person's title written before one name: "retail giant Federated", "TV
    presenter Johnny Carson", "Finance Minister Ann Ruiz", "US Treasury Secretary Ann
    Ruiz"."""
    if noun.tag_ == "NNP" and noun.lower_ in SPEAKER_ROLES:
        return noun.dep_ in ("compound", "nmod") and noun.head.ent_type_ == "PERSON"  # a
        # title, also one with its "of" phrase: "US Secretary of State Ann Ruiz"
    return noun.pos_ == "NOUN" and noun.tag_ == "NN" and (
        noun.dep_ == "compound" and noun.head.pos_ == "PROPN"
        or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children)
        or noun.dep_ == "appos" and noun.head.pos_ == "PROPN")  # "Stephen Schechter, a UK
    # investment banker,": where one is from


# what a team has or is made of, that a place before it owns as a team: "Ireland's lead",
# "Wales' side", "Southampton striker"
_TEAM_WORDS = TEAM_ROLES | {"lead", "side", "team", "defence", "attack", "pack", "line-up",
                            "scrum", "lineout", "bench", "cause", "kit", "shirt", "strip",
                            "jersey"}  # (also what it wears: "replica England football kits")
# a team's line-up right after its name, which the parse may split: "the England starting
# line-up", "the Wales XV"
_LINE_UP_AFTER = re.compile(r"(?:'s?)?[ \u00a0]+(?:starting[ \u00a0]+)?(?:line-up|lineup|XV|XI)\b")
# what one has "with" a side: "a long career with Ireland", "his spell with Italy"
_TIME_WITH = {"career", "spell", "stint", "contract", "deal", "cap", "debut", "season", "loan",
              "trial"}


def _apposed_kind(ent) -> bool:
    """"Carlsberg, the world's fifth-largest brewer,", "Drogba, Chelsea's £24m striker,": a
    phrase between commas after the name, led by a determiner or an owner and closed by a
    kind noun; not "in the UK, but mobile operators", "from the US, Muse singer Matt"."""
    doc = ent.doc
    end = ent.end
    if end + 2 >= len(doc) or doc[end].text != ",":
        return False
    lead = doc[end + 1]
    if not (lead.tag_ == "DT" or lead.dep_ == "poss" or doc[end + 2].tag_ == "POS"):
        return False
    for t in doc[end + 1:end + 9]:
        if t.is_punct and not glued(t) or t.pos_ in ("VERB", "AUX", "ADP", "CCONJ"):
            return False
        if t.pos_ == "NOUN" and t.lemma_.lower() in NAME_KINDS:
            if t.dep_.startswith("nsubj") and t.head.i == ent.root.head.head.i:
                return False  # "In France, the firm, which is big, cut": the subject of
                # the verb the place's "in" hangs on, not a kind set beside it
            after = doc[t.i + 1] if t.i + 1 < len(doc) else None
            return after is None or after.is_punct and not glued(after)
    return False


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
