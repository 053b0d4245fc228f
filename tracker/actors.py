"""Who does what a figure counts: the subject or agent of the verb that governs it
("Ford will cut 3,000 jobs", "£5m was pledged by Britain"), never a verb that only
states a level ("the loss is up to 70%").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .counted import absolute_with, bare_move, partners_with, with_clause
from .data.numbers import VAGUE_SCALES
from .data.subjects import (
    BODY_NOUNS,
    CHANGE_NOUNS,
    ENDING_THINGS,
    HARM_VERBS,
    HONORIFICS,
    INSTRUMENT_NOUNS,
    INTENT_NOUNS,
    MEASURE_VERBS,
    NOT_ACTORS,
    PART_VERBS,
    PEOPLE_NOUNS,
    PERCEIVING_VERBS,
    PERSON_ENDINGS,
    PLANNING_VERBS,
    POLLING_VERBS,
    RECKONING_ACTS,
    RECKONING_VERBS,
    REPORTING_VERBS,
    SESSION_VERBS,
    SOURCE_DOCUMENTS,
    STATE_VERBS,
    THING_ENDINGS,
    UNDERGOING_VERBS,
)
from .gazetteer import country, well_known
from .nouns import compact, owner_name, sized_group
from .parse import (
    NOUNISH,
    SELLING,
    capitalised_name,
    clause_antecedent,
    figure_like,
    governor,
    holds,
    intender,
    missed_name,
    name_at_start,
    name_like,
    nsubj,
    numbered_title,
    participle,
    passive_agent,
    person,
    prep_objects,
    resolve,
    to_form,
    unitlike,
    whole_of_part,
)


def _reckons(verb, counted) -> bool:
    """Whether the verb over a figure reckons it ("has forecast a net loss of 472bn yen",
    "BP put production for the year at 3.997bn barrels") rather than does it."""
    lemma = verb.lemma_.lower()
    return lemma in RECKONING_ACTS or lemma in RECKONING_VERBS and any(
        c.dep_ == "prep" and c.lower_ == "at" and c.is_ancestor(counted) for c in verb.children)


# what `actor_of` returns, before the pronoun, for a "he" or "she" its sentence names no one
# for, who does what the figure counts
PRONOUN_DOER = "\x00doer:"


def actor_of(anchor, head, inside: set[int], dimension: str, subject: str = "") -> str:
    """Who does what the figure counts: the subject of the verb that governs it, or the
    "by" agent of a passive; "it", "they", "which" stand for the noun they refer to ("the
    company said it would spend ...").  None for an age or a figure in apposition ("Yahoo,
    one of the ...", "Adrian, 13,"), which describe a noun, nor for a subject that holds the
    figure's noun ("the news about the £6m loss came out"), nor for the figure's own
    `subject` when that is its counted noun or a thing that cannot act.  Where a verb only
    states or moves a level, no one acts but the owner of what moves ("Ford's profits rose
    5%" -> Ford; "The carrier is 70% owned by the state" -> state)."""
    if (head if head is not None else anchor).lemma_.lower() in ("nomination", "nod") \
            or _NOMINATIONS.match(subject):
        return ""  # "has scooped seven nominations", "leads the field with 11 nominations",
        # "The Long Road has 11": others nominate, whatever the nominee's verb
    if _unowned_group(head, inside):
        return ""  # "Pape returns to the 22-man squad", "Reds sink 10-man Magpies": a
        # group's size is no deed of one who joins, beats or speaks of it
    return share_held_by(anchor, inside) or _planner_owning(head, inside) \
        or _agent_on_noun(head, inside, dimension) \
        or _bid_maker(head, inside, dimension) \
        or _doer_of(anchor, head, inside, dimension, subject) \
        or (_relative_doer(head if head is not None else anchor, inside) if dimension != "age"
            else "") \
        or _firm_of_shares_moved(head, inside)  # "the £80m raised by fans": a sum with no
    # noun, its own clause's; "a 13% fall in Zeta's shares": Zeta's


def _planner_owning(noun, inside: set[int]) -> str:
    """Whose plan, pledge, bid or offer the figure is on, where a possessive names them
    (`_possessor`): "The Greens mocked the Liberals' seven new pledges" -> Liberals,
    "the council's ten-year plan" -> council, whatever the clause's verb (INTENT_NOUNS); else ""."""
    if noun is None or noun.lemma_.lower() not in INTENT_NOUNS:
        return ""
    owner = _possessor(noun, inside)
    return owner_name(owner, inside) if owner is not None else ""


def _unowned_group(noun, inside: set[int]) -> bool:
    """Whether the figure is the size of a group (`sized_group`) that no owner ("its
    161-strong majority", "Acme's 30-person team") and no "by" agent ("a five-member panel
    assembled by the league") is written for."""
    if noun is None or not sized_group(noun, inside):
        return False
    return not any(c.dep_ == "poss" for t in (noun, *(noun.doc[i] for i in inside))
                   for c in t.children) and not _agent_on_noun(noun, inside, "count")


def _firm_of_shares_moved(noun, inside: set[int]) -> str:
    """The firm whose shares a noun of change on the figure moves, named as their owner or in
    their "in" or "of" phrase: "The news led to a 13% fall in Zeta's shares", "a 5% rise in
    shares of Zeta" -> Zeta; "" for any other."""
    if noun is None:
        return ""
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" \
            and noun.head.head.lemma_.lower() in CHANGE_NOUNS:
        thing = noun  # (the noun the subject is read from: the shares)
    elif noun.lemma_.lower() in CHANGE_NOUNS:
        thing = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "in"
                      for o in p.children if o.dep_ == "pobj"), None)
    else:
        return ""
    if thing is None or thing.lemma_.lower() not in ("share", "stock"):
        return ""
    mark = next((c for c in thing.children if c.dep_ == "poss" and c.pos_ == "PROPN"
                 and c.i not in inside), None) or _firm_held(thing, inside)
    return owner_name(mark, inside) if mark is not None else ""


def _beside_the_deed(counted, verb) -> bool:
    """Whether the figure's noun sits in a phrase that only sets the verb's deed beside it:
    "will march during the three-day summit", "like many of the country's 9,000 vets" (the
    occasion or the likeness of a deed, not its doing); not "During his 40 minute speech
    Mr Hale told MPs", which is his."""
    if any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in counted.children):
        return False
    for up in counted.ancestors:
        if up.i == verb.i:
            return False
        if up.dep_ == "prep" and up.lower_ in _BESIDE_THE_DEED:
            return True
    return False


def _relative_doer(noun, inside: set[int]) -> str:
    """Who does what a relative clause on the figure's noun does to it, where the clause
    of the figure names no one: "The $1.2bn agreement Acer signed gave it the unit" -> Acer,
    "the 500 jobs the firm cut" -> firm; not "the 40 people who died", whose clause has no
    object gap."""
    if noun is None:
        return ""
    clause = next((c for c in noun.children if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"
                   and c.i > noun.i), None)
    agent = _participle_agent(clause, inside) if clause is not None else ""
    if agent:
        return agent
    if clause is None or clause.lemma_.lower() in _NOT_DEEDS or any(
            c.dep_ in _NO_GAP and c.tag_ not in ("WDT", "WP") or c.tag_ == "WRB"
            for c in clause.children):
        return ""  # not "the evictions, when people were trying", "the money the
        # government had hoped to get", "the 3% rate economists had forecast", "bids for
        # Reid rejected by the club"
    doer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if doer is None or not noun.i < doer.i < clause.i or doer.i in inside \
            or doer.pos_ == "PRON" or any(c.tag_ == "WP$" for c in doer.children) \
            or not (doer.pos_ == "PROPN" or _agent_like(doer)):
        return ""  # not "a ten-year-old boy, whose parents fled"
    return owner_name(doer, inside)


def _agent_on_noun(noun, inside: set[int], dimension: str) -> str:
    """The "by" agent of a participle on the figure's noun, over whoever its clause names:
    "The board will rule on the three-year ban imposed on him by Fifa" -> Fifa;
    "" where there is none."""
    if noun is None or dimension == "age":
        return ""
    clause = next((c for c in noun.children if c.dep_ == "acl" and c.i > noun.i), None)
    return _participle_agent(clause, inside) if clause is not None else ""


def _bid_maker(noun, inside: set[int], dimension: str) -> str:
    """Who makes the bid, offer or loan a sum is, where a phrase on its noun names them
    (`_made_by`), whoever the clause names: "Shareholders will oppose any formal £700m
    takeover bid from Zeta Foods" -> Zeta Foods, also the deal such a bid is made "in":
    "agreed to a buyout by Zeta in a deal valued at $4bn" -> Zeta; "" where none is named."""
    if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "in" \
            and noun.head.head.lemma_.lower() in _MONEY_DEEDS:
        noun = noun.head.head  # the deal of the buyout, whoever agrees to it
    maker = _made_by(noun, inside) if noun is not None and dimension == "currency" else None
    return owner_name(maker, inside) if maker is not None else ""


def _participle_agent(clause, inside: set[int]) -> str:
    """The "by" agent of a participle on the figure's noun, who does what it says: "a 9m
    euro scheme paid for by the World Bank", "the 300 jobs created by Acme"; not one who
    answers or receives ("bids for Reid rejected by the club"), one who only ranks or lists
    ("seven wins, followed by the UK"), nor a time or a document."""
    agent = passive_agent(clause) if clause.dep_ == "acl" and clause.tag_ == "VBN" else None
    if agent is None or agent.i in inside \
            or clause.lemma_.lower() in _ANSWERING | _NOT_DEEDS | _ONLY_ORDERS \
            or agent.ent_type_ in ("DATE", "TIME") or agent.lemma_.lower() in SOURCE_DOCUMENTS \
            or not (agent.pos_ == "PROPN" or _agent_like(agent)):
        return ""
    return owner_name(agent, inside)


# verbs by which one only ranks or lists others: "followed by the UK", "listed by the
# Electoral Commission"
_ONLY_ORDERS = {"follow", "precede", "list", "rank"}


def _doer_of(anchor, head, inside: set[int], dimension: str, subject: str) -> str:
    """The doer `actor_of` reads for any figure but a share held "by" someone."""
    doc = anchor.doc
    bracketed = any(doc[i].text == "(" for i in range(max(0, anchor.i - 3), anchor.i))
    if dimension == "age" or (anchor.dep_ == "appos" and anchor.head.pos_ in NOUNISH
                              and not bracketed  # "pump 154m naira ($1.1m)" restates
                              and not figure_like(anchor.head) and not unitlike(anchor.head)):
        return ""
    counted = head if head is not None else anchor
    verb = _figures_verb(counted, inside)
    if _none_acts(anchor, counted, verb, inside, dimension):
        return ""
    firm = _moved_or_made(verb, anchor, counted, inside, dimension)
    if firm is not None:  # "The news sent shares in Acme Foods up 9.5p": a cause moves
        return firm  # them; the move is their firm's; "worth more than a $5bn bid by rival
        # Zeta": the bidder's, whatever the clause says of it
    if _reckons(verb, counted):
        # "the government has estimated reconstruction costs at $3bn": a source; "EMI's
        # sales are expected to be 8% lower": a level foreseen, its owner's
        return _owner_of_foreseen(verb, inside)
    if _states(verb, inside):
        return _owner_of_what_moves(verb, inside)
    owner = _possessor(counted, inside) if dimension == "currency" else None
    if owner is not None:
        # "rejected Deutsche Boerse's £1.3bn offer": the bidder offers, whoever rejects
        return owner_name(owner, inside)
    giver = _giver_of(verb, counted, inside, dimension)
    if giver is not None:
        return giver
    subj = _listed_apart(_group_counted(_doer(verb), inside), counted, verb)
    if (subj is None or subj.i in inside or subj.i == counted.i or holds(subj, counted)
            or subj.lower_ in NOT_ACTORS  # "300p", but "Shrek 2 took":
            or (subj.like_num or subj.text[:1].isdigit()) and not numbered_title(subj)
            or subj.ent_type_ in ("DATE", "TIME")  # "a tour later this year which takes in"
            or subj.lemma_.lower() in SOURCE_DOCUMENTS  # "estimates put the cost at": a source
            or subj.lemma_.lower() in CHANGE_NOUNS  # "a fall in inflation gave": no one
            or _beholds_object(verb, subj)  # "The union opposes plans to cut 500 jobs":
            # not the union's plans; but "France Telecom's profits showed a 5.5% rise" are hers
            or dimension != "time" and _place_has(verb, subj)):  # (a span a place has had
        # is its own, as one it has seen: "Ghana has had five years of expansion")
        return _owner_of(counted, inside) if subj is not None and subj.i == counted.i \
            and counted.lemma_.lower() in FIRMS_OWN else ""
    if not (subj.pos_ in NOUNISH | {"PRON"} or name_like(subj)):
        return ""  # a name the model took for an adjective ("Real have won") is kept, not
        # "the 24-year-old"
    if (subj.pos_ == "NOUN" and not subj.ent_type_ and not _agent_like(subj)
            and not _agent_named_beside(subj)
            and not person_ending(subj.lemma_.lower())
            and subj.lemma_.lower() not in INSTRUMENT_NOUNS
            and not subj.text[:1].isupper()  # "Labour", "Activision": a name the model missed
            and verb.lemma_.lower() not in HARM_VERBS):
        # a thing cannot act: "the game sold 1 million copies", "the machine has 6 USB
        # ports"; a force that harms does ("giant waves killed 38,000 people"), and what a
        # firm earns stands for it ("France Telecom's profits showed a 5.5% rise")
        return _owner_of(subj, inside) if _moves_own(subj, counted, verb) else ""
    name = compact(subj, inside)
    maker = _pronoun_doer(subj, verb) or _maker(subj, inside)  # "the Conservatives' plans
    # would see £50bn in cuts"
    if maker:
        return maker
    if name == subject or subject.startswith(name + " "):
        # the subject is the doer's own phrase ("Sales of downloaded songs shot up tenfold")
        if head is not None or not (_agent_like(subj) or missed_name(subj)):
            return ""  # "1,500 troops crossed": the counted noun does not act on itself, nor
            # a thing ("Tickets, priced at £20, sold out", "Sales of songs shot up"); but
            # "Mendes shot from 50 yards", a name the model took for a noun, does
        name = subject  # "the government spent £5m" keeps its spender where the subject
        # fell back on it, as the subject words it ("the operator of the Frankfurt exchange")
    return with_partners(subj, name, inside)


def _foreseen_outcome(verb) -> bool:
    """Whether `verb` is a participle that says what a forecast foresees coming of it, which
    the forecaster does not do: "Plans forecast 200,000 users joining, bringing in at least
    £90m" -> no one; the forecaster is its source (README)."""
    t = verb
    while t.tag_ == "VBG" and t.dep_ in ("advcl", "conj") and t.head.i != t.i:
        t = t.head
    return t.i != verb.i and t.lemma_.lower() in RECKONING_ACTS


def _none_acts(anchor, counted, verb, inside: set[int], dimension: str) -> bool:
    """Whether no one acts on what the figure counts: no verb ("sales could more than double
    to $9bn"), a part of a whole others cast ("Mr Lee winning 120 of the 200 votes"), a
    price something sells at, what one only beholds ("volunteers turned up to monitor the
    three hunts", "faces a $40m fine", "panned the four-hour film"; but "monitored the
    channel for 171 hours" is the time they spent), others one acts together with ("will
    co-ordinate its strike with five other unions"), a deed beside it, one a forecast
    foresees, or others one only passes (`_passed_by`)."""
    return with_clause(anchor, inside) or absolute_with(counted) or partners_with(counted) \
        or counted.dep_ == "nsubj" and counted.head.pos_ in ("ADV", "ADJ") \
        or whole_of_part(counted, anchor) \
        or verb is None or _sold_at_a_price(verb) \
        or only_beholds(verb) and (dimension != "time" or counted.dep_ == "dobj"
                                   and counted.i not in inside) \
        or _beside_the_deed(counted, verb) \
        or _counts_doers(counted) or _cause_of(counted) or _foreseen_outcome(verb) \
        or _passed_by(counted, verb, inside)


def _passed_by(counted, verb, inside: set[int]) -> bool:
    """Whether the figure counts others the verb's subject only passes, in its object
    ("broadband users in India will outnumber the 40 million UK users", "overtaking the
    length of Mr Lee's two terms"); not a bare level the subject passes ("revenue exceeded
    $90m"), nor its own tally in a "with" phrase ("overtook Owen with 160 goals")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return verb.lemma_.lower() in _PASSING and obj is not None and counted.i not in inside \
        and obj.left_edge.i <= counted.i <= obj.right_edge.i


# verbs by which one passes others in number or size
_PASSING = {"exceed", "surpass", "overtake", "outstrip", "outnumber", "outsell", "outpace"}


def _cause_of(counted) -> bool:
    """Whether what the figure counts is named as the cause of the clause's deed, which its
    subject does not do to it: "The airline avoided collapse thanks to a $900m bail-out"."""
    prep = counted.head
    before = counted.doc[prep.i - 1] if prep.i > 0 else None
    return counted.dep_ == "pobj" and before is not None and (
        prep.lower_ == "to" and before.lower_ in ("thanks", "due", "owing")
        or prep.lower_ == "of" and before.lower_ == "because")


def _counts_doers(counted) -> bool:
    """Whether the figure counts those by whom a deed is done, who are no one's object:
    "Chosen by more than 9,000 film fans, the awards named ...", "under a scheme in
    development by two German firms"; not a thing ("hit by 40 mph winds")."""
    by = counted.head
    return counted.dep_ == "pobj" and by.lower_ == "by" and (
        by.dep_ == "agent" or by.head.pos_ == "NOUN") and _agent_like(counted)


def _moved_or_made(verb, anchor, counted, inside: set[int], dimension: str) -> str | None:
    """The firm whose shares a cause moves by the figure (`_sent_market`), else who makes
    the bid or the payment a sum is, where no noun is tied to the figure (`_made_by` of the
    noun tied to it is `_bid_maker`'s); None where neither is named."""
    firm = _sent_market(verb, anchor, inside)
    if firm is not None or dimension != "currency" or counted.i not in inside:
        return firm
    deed = next((t for t in _past_bracket(counted.doc, max(inside) + 1, 7)  # the money
                 if t.pos_ == "NOUN" and not t.is_punct and not t.like_num), None)  # deed
    # right after it ("a $6.75bn (£3.6bn) buyout by Verizon", which the parse cut off; "an
    # 8.1bn Australian dollar ($6.2bn; £3bn) bid by rival Zeta")
    maker = _made_by(deed, inside) if deed is not None and _right_after(deed, inside) else None
    return owner_name(maker, inside) if maker is not None else None


def _sent_market(verb, anchor, inside: set[int]) -> str | None:
    """The firm whose shares or prices a cause sends up or down by the figure, as the verb's
    object (the nearest before the figure: "sent Acme shares up 3% and Zeta shares up 4%")
    names it: "The news sent shares in Acme Foods up 9.5p" -> Acme Foods ("" where it names
    none); None where the verb is no such one."""
    if verb.lemma_.lower() not in _SENDING:
        return None
    moved = max((t for t in verb.subtree if t.dep_ in ("dobj", "conj") and t.i < anchor.i
                 and t.i not in inside and t.lower_ in _MARKET_LEVELS),
                key=lambda t: t.i, default=None)
    if moved is None:
        return None
    held = next((o for p in verb.children if p.dep_ == "prep" and p.i == moved.i + 1
                 and p.lower_ in ("in", "of") for o in p.children
                 if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)  # the parse may hang
    # "in Acme Foods" on the verb
    return owner_name(held, inside) if held is not None else _owner_of(moved, inside)


# verbs by which a cause moves a market's level: "the news sent shares up 8.5p", and the
# levels a firm's market moves, as written (not "boosted its share of the beer market")
_SENDING = {"send", "push", "drive", "lift", "knock", "pull", "drag", "boost"}
_MARKET_LEVELS = {"shares", "stock", "stocks", "price", "prices"}


# what others send, make or cast to the one who receives it
_SENT_BY_OTHERS = {"offer", "bid", "approach", "proposal", "complaint", "request", "application",
                   "report", "warning", "e-mail", "email", "letter", "call", "message", "visitor",
                   "nomination", "inquiry", "enquiry", "order", "vote", "visit"}
# a subject of nominations, which others cast: "Oscar nominations (Aviator)"
_NOMINATIONS = re.compile(r"(?:[\w'’-]+[ \u00a0]+){0,3}(?:nominations?|nods)\b", re.IGNORECASE)
# ("nods", the papers' word for nominations: "who has three nods this year")
# what another offers or imposes, which the one who answers it does not make: "rejected a
# deal worth $8bn", "accept a 32% pay cut"
_OFFERED = _SENT_BY_OTHERS | {"deal", "takeover", "package", "settlement", "terms", "cut",
                              "rise", "increase", "merger", "claim", "demand", "plan",
                              "appeal"}


# verbs whose subject only watches, cites or faces what the figure counts, and does
# none of it: "monitor the three hunts", "pointing to a loss of 600,000 jobs"
# ("meet" a bill pays it, "highlight" plans puts them forward)
_ONLY_BEHOLDS = {"monitor", "watch", "observe", "point", "cite", "mention", "criticise",
                 "criticize", "face", "attack", "condemn", "slam", "denounce", "oppose",
                 "probe", "investigate", "examine", "scrutinise", "scrutinize", "review",
                 "dispute", "challenge", "appeal", "mock", "ridicule", "lampoon", "deride",
                 "witness", "debate", "discuss", "track", "study", "analyse", "analyze",
                 "savage", "pan", "lambast", "lambaste", "blast"} | POLLING_VERBS
# (a critic only judges a work: "Reviewers panned the four-hour opera"; a pollster
# only asks those it counts: "ICM polled 1,000 voters")
# the words of a phrase that only sets a deed beside the figure's noun: when it happens
# or whom its doer is like
_BESIDE_THE_DEED = {"during", "throughout", "like", "unlike"}
# verbs that only behold what their phrase holds: "vote against", "look at", "look into",
# "poking fun at", "listen to"
_BEHOLDING_PHRASES = {"vote": ("against",), "look": ("at", "into"), "poke": ("at",),
                      "listen": ("to",), "tune": ("in", "into")}


def only_beholds(verb) -> bool:
    """Whether the subject of `verb` only watches, cites, faces, probes or opposes what the
    figure counts (`_ONLY_BEHOLDS`, "voted against the election of four board members",
    "are to look at the 400m euro loan"); not "as opposed to"."""
    if verb.i > 0 and verb.doc[verb.i - 1].lower_ == "as":
        return False
    lemma = verb.lemma_.lower()
    return lemma in _ONLY_BEHOLDS or any(
        c.dep_ == "prep" and c.lower_ in _BEHOLDING_PHRASES.get(lemma, ()) for c in verb.children)


def _beholds_object(verb, subj) -> bool:
    """Whether `subj` is the subject of a verb that only beholds a noun `verb` hangs on:
    "The union opposes plans to cut 500 jobs"; not where `verb` is that verb's conjunct
    ("was attacked by MPs and may need to restate its profits")."""
    top = subj.head
    if top.i == verb.i or not only_beholds(top) or verb.head.i == subj.i:
        return False  # (a clause on the subject is its own deed: "not to mention the
        # guards who watch each of the four gates")
    for up in verb.ancestors:
        if up.i == top.i:
            return False
        if up.pos_ in ("NOUN", "PROPN"):
            return True
    return False


# what a clause with no gap for the noun it hangs on has: an object of its own, a passive,
# a clause, a subordinator ("for Reid rejected by")
_NO_GAP = {"dobj", "nsubjpass", "auxpass", "xcomp", "ccomp", "agent", "mark"}
# verbs of a relative clause whose subject does nothing to the noun: says, watches or hopes
_NOT_DEEDS = REPORTING_VERBS | _ONLY_BEHOLDS | {"hope", "want", "wish", "need", "see", "know"}


def share_held_by(anchor, inside: set[int]) -> str:
    """Who holds a share of a body that is "N% owned by" them, the one named in the "by"
    phrase, also for a share after "and" ("85% owned by the government and 15% by its
    staff") and one hyphened to the verb, which the tokenizer keeps as one word ("is
    46%-owned by Zeta"); "" for any other figure."""
    verb = anchor.head
    own = anchor if anchor.dep_ == "npadvmod" else None
    if anchor.dep_ == "conj" and verb.tag_ == "VBN":
        own = next((c for c in anchor.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    if anchor.lower_.endswith(_held_suffixes()):
        by = next((c for c in anchor.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"),
                  None)
        holder = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
        return compact(holder, inside) if holder is not None and holder.pos_ in NOUNISH else ""
    if own is None or verb.tag_ != "VBN" or verb.lemma_.lower() not in _HOLDING:
        return ""
    by = own if own.lower_ == "by" else next(
        (c for c in verb.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"),
        None)
    holder = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    return compact(holder, inside) if holder is not None and holder.pos_ in NOUNISH else ""


# verbs of holding a share of a body
_HOLDING = {"own", "hold", "control"}


@lru_cache(maxsize=1)
def _held_suffixes() -> tuple[str, ...]:
    """The endings of a share hyphened to a participle of holding: "-owned", "-held"."""
    return tuple(f"-{participle(verb)}" for verb in sorted(_HOLDING))


def only_said(anchor, head) -> bool:
    """Whether the verb over a figure only says it: "..., the ministry said, with tea sales
    in 2004 up 15%" -- who says a figure does nothing to it, so is no actor."""
    counted = head if head is not None else anchor
    verb = governor(counted)
    return verb is not None and verb.lemma_.lower() in _SAYING and not any(
        c.dep_ == "poss" for c in counted.children)  # but "his 49 minute speech" is his


_RECEIVING = {"receive", "get", "obtain", "accept"}
# verbs by which one answers what another offers or imposes: "MCI had rejected a deal worth
# $8bn", "would reject any £900m offer", "turned down a £2bn bid"
_ANSWERING = _RECEIVING | {"reject", "refuse", "rebuff", "spurn", "snub", "decline",
                           "consider", "welcome", "block", "veto", "deny"}
# verbs by which one turns down whatever is offered or laid: "Wales turned down an easy three
# points", "Mr Reed denies 12 charges of fraud"
_DECLINING = {"refuse", "decline", "spurn", "snub", "rebuff", "turn", "deny"}
# verbs that only say: their subject is a source, never an actor
_SAYING = {"say", "tell", "note", "state", "insist", "argue", "warn", "comment"}  # not "add"


def _sold_at_a_price(verb) -> bool:
    """A verb of selling with no object and no agent, whose subject is what is sold: "The
    PSP is selling in Japan for 19,800 yen"; not "songs have been sold by the iTunes music
    store", whose agent sells."""
    return verb.lemma_.lower() in ("sell", "retail") and passive_agent(verb) is None and not any(
        c.dep_ in ("dobj", "dative") for c in verb.children)


def vague_count(token) -> bool:
    """Whether a word is a vague count whose "of" phrase names what it counts: "thousands",
    "dozens", "scores", "tens"."""
    return token.lemma_.lower().rstrip("s") in VAGUE_SCALES or token.lower_ in ("scores", "tens")


def _group_counted(subj, inside: set[int]):
    """The group a vague count that does something counts, which is the doer: "fans" of
    "Thousands of fans bought 40,000 tickets", "people" of "Hundreds of thousands of people
    died", "managers" of "12 of the former managers will pay $9m" (another figure); the
    doer itself otherwise."""
    for _ in range(3):
        if subj is None or not vague_count(subj) \
                and not (subj.like_num and subj.i not in inside and subj.lower_ != "one"):
            # ("one of the banks upped its target": one bank, not the group)
            return subj
        group = next((o for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                      for o in c.children if o.dep_ == "pobj" and o.i not in inside), None)
        if group is None:
            return subj
        subj = group
    return subj


def _giver_of(verb, counted, inside: set[int], dimension: str) -> str | None:
    """Who gives what the subject of `verb` receives: the one a "from" phrase names for a
    sum ("Phytopharm will receive £6.5m from Unilever" -> Unilever); "" for what others
    send, make or cast ("the regulator received 2,300 complaints", "has received a $1.2bn
    offer": others complain or bid, the one who receives does none of it); None where
    `verb` is no verb of receiving."""
    noun = counted
    while noun.head.i not in (verb.i, noun.i):  # "a $5m (£3m) offer": the verb's object
        noun = noun.head
    giver = _giver(verb, (verb, counted, noun, *prep_objects(noun, ("for",))), inside) \
        if dimension == "currency" else None  # "a £5m offer for Smith from Everton": the
    # parse may hang the giver on what the sum is for
    if giver is not None:
        return giver
    lemma = verb.lemma_.lower()
    whole = next(prep_objects(noun, ("of",)), noun)  # "received 67% of the vote"
    if lemma in _RECEIVING and (noun.lemma_.lower() in _SENT_BY_OTHERS
                                or whole.lemma_.lower() in _SENT_BY_OTHERS
                                or passive_agent(verb) is None and (
                                    dimension == "count" and lemma != "get"
                                    or dimension == "currency" and noun.lower_ != "for"
                                    and not _from_phrase(verb, noun))):  # (not a price:
        # "small investors got ten shares each for 90p apiece")
        return ""  # "has not yet received the file and nine audio tapes": others send them,
        # as they do a sum ("received just over £1m in donations", "will get a prize purse
        # of $150,000"); but "Rooney got 20 goals" scored them
    if _answers(verb) and (lemma in _DECLINING or noun.lemma_.lower() in _OFFERED or any(
            c.dep_ in ("dobj", "ccomp") and c.lemma_.lower() in _OFFERED
            and abs(c.i - counted.i) <= 3
            for c in verb.children)):  # "reject any formal £800m offer": the offer the
        # parse hung beside the sum
        return ""
    return None


def _from_phrase(verb, noun) -> bool:
    """Whether a "from" phrase on the verb or on the sum says where a sum received comes
    from ("received £5m from the sale of its stake": its own deed)."""
    return any(c.dep_ == "prep" and c.lower_ == "from" for t in (verb, noun) for c in t.children)


def _answers(verb) -> bool:
    """Whether `verb` answers what another offers: "rejected", "turned down"."""
    lemma = verb.lemma_.lower()
    return lemma in _ANSWERING or lemma == "turn" and any(
        c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)


def _giver(verb, words, inside: set[int]) -> str | None:
    """Who gives a sum another receives, where a "from" phrase names them: "got a cheque for
    $150,000 from 50 Cent", "receive $6bn in credits from China's CNPC"; not a time or a
    place ("from January", "from Italy"); also a sum won from one who pays it ("won
    £50,000 in damages from the Daily Mirror")."""
    if not _answers(verb) and verb.lemma_.lower() not in ("win", "secure"):
        return None
    for t in words:
        for prep in t.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                source = next((o for o in prep.children if o.dep_ == "pobj"), None)
                if source is not None and source.i not in inside and source.pos_ in NOUNISH \
                        and source.ent_type_ not in ("DATE", "TIME", "GPE", "LOC") \
                        and _agent_like(source):
                    return compact(source, inside) or None
    return None


def _doer(verb):
    """The subject of `verb`, the "by" agent where it is passive, the one who plans where it
    is a plan's aim; a pronoun as what it stands for; None where none is."""
    # a participle on a noun says what was done to that noun: "a $206bn settlement hammered
    # out with 46 states", "the damages ordered by a court"; only its agent acts
    passive = verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(
        c.dep_ == "dobj" for c in verb.children) or _done_to_what_is_seen(verb)
    subj = passive_agent(verb) if passive else nsubj(verb)
    if subj is None and not passive:
        subj = _planner(verb) or _headline_doer(verb)
    if subj is not None and (subj.dep_ == "nsubjpass" and subj.head.i == verb.i
                             or any(c.dep_ == "auxpass" for c in verb.children)):
        # "£5m was pledged by Britain"; "the deal is financed with": no one
        subj = passive_agent(verb)
        if subj is not None and (subj.ent_type_ in ("DATE", "TIME") or subj.lower_ == "end"
                                 or any(c.dep_ == "neg" for c in verb.children)):
            subj = None  # "600 will go by the end of the month"; "have not been beaten
            # by a club outside the top flight for nine years": no one did
    if subj is not None and subj.dep_ == "nsubjpass" and _purpose_of_passive(verb, subj):
        subj = None  # "The unit was sold to help pay off a $4bn debt": the seller's aim
    if subj is not None and subj.pos_ == "PRON":
        meant = resolve(subj, subj.head)
        if meant is not None and (subj.lower_ not in ("it", "they") or _agent_like(meant)):
            subj = meant  # "the company said it would spend", "Ford, which employs"; not
            # "if the meeting proceeds, it would mark ..."
    return subj


def _done_to_what_is_seen(verb) -> bool:
    """Whether `verb` is a participle of what was done to the noun "see", "have" or "get"
    takes, the participle's subject in the parse: "may see its payroll trimmed to 300",
    "had its licence revoked"; only a "by" agent did it (not "saw it had cut", nor a
    person's, who did what he was sent off for: "had their striker sent off for two fouls")."""
    thing = nsubj(verb) if verb.tag_ == "VBN" and verb.dep_ in ("ccomp", "xcomp") else None
    return thing is not None and thing.pos_ == "NOUN" \
        and verb.head.lemma_.lower() in UNDERGOING_VERBS \
        and not any(c.dep_.startswith("aux") for c in verb.children)


def _listed_apart(subj, counted, verb):
    """The counted noun itself where it is one of the verb's subjects and the subject read
    is another count beside it ("Two governors and as many as four judges quit", parsed as
    two subjects, each counted: the judges did, not the governors); else `subj`."""
    if subj is not None and counted.dep_ == "nsubj" and counted.head.i == verb.i \
            and any(c.dep_ == "nummod" for c in subj.children):
        return counted
    return subj


def _headline_doer(verb):
    """The noun a headline's infinitive hangs on, where no verb of its own stands beside it:
    "Mining firm 'to shed' 500 jobs" (the quotation marks cost the parse its verb) -> firm,
    as "Mining firm to shed 500 jobs" has it; None elsewhere."""
    noun = verb.head
    if verb.dep_ != "acl" or not to_form(verb) or noun.dep_ != "ROOT" \
            or noun.pos_ not in NOUNISH or any(
                t.pos_ in ("VERB", "AUX") and t.i not in {s.i for s in verb.subtree}
                for t in verb.sent):
        return None
    return noun


def _purpose_of_passive(verb, subj) -> bool:
    """Whether `verb` is in an infinitive of purpose on the passive verb `subj` is the
    subject of ("was sold to help pay off"): what the one who acted on it meant to do, not
    what it does; also one the parse makes a complement of a verb of selling ("was
    auctioned to help pay off"); not a true complement ("was forced to pay", "was ordered
    to pay")."""
    sold = subj.head.lemma_.lower() in SELLING
    t = verb
    while t.i != subj.head.i and t.dep_ in ("xcomp", "advcl") and t.head is not t:
        if (t.dep_ == "advcl" or sold) and to_form(t) and t.head.i == subj.head.i:
            return True  # (the purpose of the passive verb itself; not "was forced to sell
            # off assets to meet a bill", whose seller means to meet it)
        t = t.head
    return False


def _pronoun_doer(subj, verb) -> str:
    """`PRONOUN_DOER` and the pronoun, for a "he" or "she" that does what the verb says and
    that its sentence names no one for: "He has won four events", whom "he" stands for is
    read from the sentences before (extract._done_by_pronoun); "" for anything else, and
    for one who only says, argues, hopes or beholds (_NOT_DEEDS); so for an "it" that does
    what a firm does ("It cut 300 jobs")."""
    if subj.pos_ == "PRON" and (subj.lower_ in ("he", "she") and verb.lemma_.lower() not in
                                _NOT_DEEDS or subj.lower_ == "it" and _firms_deed(verb)) and (
            subj.head.i == verb.i or verb.dep_ == "xcomp" and verb.head.i == subj.head.i
            or verb.dep_ == "pcomp" and verb.head.head.i == subj.head.i):
        # (also "He went on to produce 11 books", "he was tired after stretching his run")
        return PRONOUN_DOER + subj.lower_
    return ""


# what an "it" that is a firm does with a sum or a count: "It cut A$68m from its targets"
_FIRMS_DEEDS = {"cut", "buy", "sell", "pay", "spend", "invest", "shed", "hire", "acquire",
                "borrow", "axe", "close", "open", "build", "ship", "raise", "slash", "lend",
                "post", "earn", "book", "lose", "grant", "award", "impose", "levy", "fine",
                "order"}  # (also what it earns: "It posted a loss"; a regulator's penalties:
# "it has imposed fines of $2bn")
# how an "it" that is a firm moves what it has, with an object: "It would double the
# number of its stores"; not "It doubled", the thing itself
_FIRMS_MOVES = {"double", "triple", "treble", "quadruple", "increase", "boost", "expand",
                "reduce", "lift", "lower", "trim", "halve"}


def _firms_deed(verb) -> bool:
    """Whether `verb` is what an "it" that is a firm does (`_FIRMS_DEEDS`, `_FIRMS_MOVES`, or
    makes a loss or a profit)."""
    lemma = verb.lemma_.lower()
    return lemma in _FIRMS_DEEDS or lemma in _FIRMS_MOVES and any(
        c.dep_ == "dobj" for c in verb.children) or lemma == "make" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("loss", "profit") for c in verb.children)
    # ("It made a loss of 27m euros"; not "it made $60m", a film's takings)


def _maker(instrument, inside: set[int]) -> str | None:
    """Who made a plan, deal or rule, where its phrase says: its owner ("the Conservatives'
    plans"), a name before it ("New EU rules", "the Lib Dem plan") or its "by" agent ("the
    agreement by the G8 group"); None where it names no one or is no plan."""
    if instrument.lemma_.lower() not in INSTRUMENT_NOUNS:
        return None
    names = [t for t in instrument.lefts if t.dep_ in ("compound", "amod")
             and t.pos_ == "PROPN" and t.i not in inside]
    if any(t.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") for n in names for t in n.subtree):
        words = instrument.doc[names[0].left_edge.i:names[-1].i + 1]  # "Lib Dem", "New Zealand"
        if len(words) > 1 and words[0].lower_ == "new" and words[1].is_upper:
            words = words[1:]  # "New EU rules": new rules of the EU
        return words.text
    for child in instrument.children:
        if child.dep_ == "poss" and child.pos_ != "PRON" and _agent_like(child):
            return owner_name(child, inside)
        if child.dep_ == "prep" and child.lower_ == "by":
            agent = next((g for g in child.children if g.dep_ == "pobj"), None)
            if agent is not None and _agent_like(agent) and agent.i not in inside:
                return compact(agent, inside)
    return None


def with_partners(subj, name: str, inside: set[int]) -> str:
    """A name with the names joined to it: "Scottish and Newcastle", "John Magnier and JP
    McManus", "Sony, IBM and Toshiba" act together; so do things joined by "and": "the
    original and its sequel took $1.6bn" -> "original and sequel"."""
    if subj.pos_ == "NOUN" and name:
        return _with_apposed_names(subj, _with_joined_things(subj, name, inside), inside)
    if subj.pos_ != "PROPN" or not name:
        return name
    kind = next((c for c in subj.children if c.dep_ == "conj" and c.pos_ == "NOUN"
                 and c.is_lower and (after := _joined_kind_name(c, subj)) is not None), None)
    if kind is not None and not subj.i < min(inside) < kind.i:
        cc = next((c for c in subj.children if c.dep_ == "cc" and subj.i < c.i < kind.i), None)
        if cc is not None:  # "Games maker Zorbi and net telephony firm Callix"
            return f"{name} {cc.text} {subj.doc[kind.left_edge.i:after.i + 1].text}"
    joined = [c for c in subj.conjuncts if c.i > subj.i and capitalised_name(c)
              and not subj.i < min(inside) < c.i  # not "Kenteris, who won 200m gold, and"
              and subj.doc[c.i - 1].text != "&"]  # (nor "Wireless" of "Cable & Wireless",
    # one name) (the whole list, which the parse chains: "Sony, IBM and Toshiba")
    cc = next((c for t in [subj, *subj.conjuncts] for c in t.children if c.dep_ == "cc"
               and c.text != "&" and c.i > subj.i), None)
    after = [c for c in joined if cc is not None and c.i > cc.i]
    partner = compact(after[0], inside) if after else ""  # the name right after "and"
    if not joined and any(c.dep_ == "conj" and c.pos_ == "NOUN" and any(
            p.dep_ == "poss" and p.lower_ == "its" for p in c.children) for c in subj.children):
        return _with_joined_things(subj, name, inside)  # "Toy Story and its sequel took
        # $900m" -> "Toy Story and sequel", as "the original and its sequel"
    if not partner or partner in name:
        return name  # "Marks & Spencer" is one name already
    listed = [_listed_name(c, inside) for c in joined if c.i < cc.i]
    return ", ".join([name, *listed]) + f" {cc.text} {partner}"


def _with_apposed_names(kind, name: str, inside: set[int]) -> str:
    """`name` of a kind and the name set after it, with the name "and" joins to that one,
    however the parse hangs it (on the first name, or as a second name of the kind):
    "Low-budget film Drifters and Finding Paris have grossed $30m each" -> "Low-budget film
    Drifters and Finding Paris", not the first name alone; not past a figure."""
    first = next((c for c in kind.rights if c.dep_ == "appos" and c.pos_ == "PROPN"
                  and c.text in name), None)
    cc = next((c for c in first.children if c.dep_ == "cc" and c.lower_ == "and"), None) \
        if first is not None else None
    if cc is None:
        return name
    partner = next((c for c in [*first.children, *kind.rights] if c.i > cc.i and c.pos_ == "PROPN"
                    and c.dep_ in ("conj", "appos")), None)
    if partner is None or any(t.i in inside or t.like_num for t in kind.doc[first.i:partner.i + 1]):
        return name
    other = kind.doc[partner.left_edge.i:partner.i + 1].text
    return name if other in name else f"{name} and {other}"


def _with_joined_things(thing, name: str, inside: set[int]) -> str:
    """`name` of a common noun with the one noun "and" joins to it, where nothing else is
    listed and no figure stands between: "original and sequel"."""
    joined = [c for c in thing.children if c.dep_ == "conj"]
    cc = next((c for c in thing.children if c.dep_ == "cc"), None)
    if len(joined) != 1 or cc is None or cc.lower_ != "and" or joined[0].pos_ != "NOUN" \
            or any(t.i in inside or t.like_num and t.ent_type_ != "DATE"
                   for t in thing.doc[thing.i:joined[0].i + 1]):
        return name
    other = compact(joined[0], inside)
    return f"{name} and {other}" if other and other not in name else name


def _joined_kind_name(kind, first):
    """The name right after a noun of kind joined to a first name, which the parse hangs on
    that first name: "Callix" of "Zorbi and net telephony firm Callix"; None otherwise."""
    after = kind.doc[kind.i + 1] if kind.i + 1 < len(kind.doc) else None
    return after if after is not None and after.pos_ == "PROPN" and after.dep_ == "appos" \
        and after.head.i == first.i and capitalised_name(after) else None


def _listed_name(name, inside: set[int]) -> str:
    """A name in a list as written, with its owner's mark where it has one ("Destiny's
    Child"), else as `compact` gives it."""
    words = name.doc[name.left_edge.i:name.i + 1]
    if len(words) > 1 and all((capitalised_name(t) or t.pos_ == "PART") and t.i not in inside
                              for t in words):
        return words.text
    return compact(name, inside)


def _owner_of_what_moves(verb, inside: set[int]) -> str:
    """Whose is the thing a verb that only states or moves a level is about, where the
    clause names its owner: "Ford's profits rose 5%" -> Ford, "Cadbury said its sales were
    up 4%" -> Cadbury; no one for a thing's or a day's ("the game's sales", "Monday's")."""
    thing = nsubj(verb)
    if thing is not None and thing.tag_ == "WDT" and verb.dep_ == "relcl":
        thing = verb.head  # "Ford's profits, which rose 5%"
    if thing is None or thing.i in inside or thing.pos_ != "NOUN" \
            or thing.lemma_.lower() in _COMPILED:
        return ""  # "The Zeta Institute said its index dropped to 48.7": the institute
        # only compiles it, from what others do; its source
    owner = _owner_of(thing, inside)
    if owner or thing.lemma_.lower() not in FIRMS_OWN:
        return owner
    at = next((p for t in [verb, *(verb.doc[i] for i in sorted(inside))] for p in t.children
               if p.dep_ == "prep" and p.lower_ == "at" and p.i == max(inside) + 1), None)
    firm = _firm_named_at(at, inside)  # "with sales jumping 28% at clothing retailer Zeta
    # Stores": earned at the firm the "at" after the move names
    return with_partners(firm, owner_name(firm, inside), inside) if firm is not None else ""


# what a body compiles from others' doings, which moves by no deed of its own: its index
_COMPILED = {"index", "indicator", "gauge", "barometer", "survey", "poll", "reading"}


def _moves_own(subj, counted, verb) -> bool:
    """Whether what a firm earns, the verb's one subject, shows a move or a level: "France
    Telecom's profits showed a 5.5% rise"; not one another owns ("Acme's sale of shares
    added to the FTSE's 0.3% decline") nor where the parse gave the verb two subjects."""
    return subj.lemma_.lower() in FIRMS_OWN \
        and not any(c.dep_ == "poss" and c.pos_ != "PRON" for c in counted.children) \
        and _one_subject(verb)


def _one_subject(verb) -> bool:
    """Whether the parse gave `verb` one subject at most (not "Acme shares rose 2%, and Zeta
    added 5%", read as two subjects of "added")."""
    return sum(c.dep_.startswith("nsubj") for c in verb.children) <= 1


def _owner_of(thing, inside: set[int]) -> str:
    """Whose the thing that moves is, where the clause names its owner (`_owner_of_what_moves`):
    a possessive, a firm before it or one it is held in or earned at."""
    mark = next((c for c in thing.children if c.dep_ == "poss" and c.i not in inside),
                None) or owning_pronoun(thing, inside) or _firm_before(thing, inside) \
        or _firm_held(thing, inside) or _firm_at(thing, inside) or _firm_of_unit(thing, inside)
    if mark is None and thing.lemma_.lower() in FIRMS_OWN \
            and not any(c.dep_ == "det" for c in thing.children):
        seer = _seer(thing, inside) or _firm_saying(thing, inside)  # "Absa expects to see
        # earnings grow by 20-25%", "Acme said annual profit fell 36%"
        return owner_name(seer, inside) if seer is not None else ""
    if mark is None:
        return ""
    owner = (sayers_own(thing, inside) or _seers_own(thing, inside)
             or _his_or_hers(mark)) if mark.pos_ == "PRON" else mark
    if owner is None or owner.ent_type_ in ("DATE", "TIME") \
            or not (_agent_like(owner) or name_at_start(owner)) \
            or owner.lower_ in KINDS_OF_PEOPLE:
        return ""  # "the men's 1500m final", "Children's adventure": a kind, no owner
    if owner is mark and thing.lemma_.lower() not in FIRMS_OWN and _place_name(owner):
        return ""  # "Italy's main Mib index fell 16 points": its place, no one acts
    name = owner_name(owner, inside)
    return with_partners(owner, name, inside) if owner.pos_ == "PROPN" else name  # "Shares
    # in Zeta Corp and Omega Corp both fell": both firms'


def _his_or_hers(mark):
    """The person a "his" or "her" stands for: the one named subject of its sentence's main
    clause, before it ("Ann Lee has dismissed fears that her plans for £2bn of cuts are too
    timid" -> Ann Lee); None for anything else."""
    subj = clause_antecedent(mark) if mark.lower_ in ("his", "her") else None
    if subj is None or subj.ent_type_ != "PERSON" or subj.tag_ != "NNP" \
            or sum(t.ent_type_ == "PERSON" and t.ent_iob_ == "B" for t in mark.sent) > 1:
        return None  # (a name the model knows for a person's, the only one it names)
    return subj


def _place_has(verb, subj) -> bool:
    """Whether the doer is a place that only has what the figure counts, which is its
    place, not its deed: "Poland had 1.2 million people without jobs", "China has 350
    million smokers"; not a side a plural verb names ("Ireland have three wins")."""
    side = not any(c.dep_ == "conj" for c in subj.children) and any(
        t.lower_ == "have" and t.tag_ == "VBP" for t in [verb, *verb.children])
    return verb.lemma_.lower() == "have" and verb.pos_ == "VERB" and _place_name(subj) \
        and not side


def _place_name(token) -> bool:
    """A name of a known place the model reads as one: "Japan", "Sri Lanka"; also a
    well-known place of more than one word it takes for a person ("Sri Lanka's stock
    market"; not "Jordan", a country and a person)."""
    if token.ent_type_ == "ORG" and token.left_edge.lower_ == "the" \
            and country(token.doc[token.left_edge.i:token.i + 1].text):
        return True  # "The Maldives has ...", a country whose name has its article, which
        # the model may take for a body
    return (token.ent_type_ in ("GPE", "LOC") or token.ent_type_ == "PERSON"
            and token.left_edge.i < token.i) and _well_known_name(token)


def _well_known_name(token) -> bool:
    """Whether the name a token ends ("Sri Lanka" for "Lanka") is a well-known place."""
    return well_known(token.doc[token.left_edge.i:token.i + 1].text)


def _firm_held(thing, inside: set[int]):
    """The named firm whose shares are the thing that moves: "Shares in Marconi fell 5%",
    "shares of Yukos" -> Marconi, Yukos, also one the model takes for a place ("Shares in
    Southwest fell 65 cents"); not a market's country or city ("shares in Tokyo"); None
    for any other thing."""
    if thing.lemma_.lower() not in ("share", "stock"):
        return None
    return next((o for p in thing.children if p.dep_ == "prep" and p.lower_ in ("in", "of")
                 for o in map(_named_beside, [*p.children, *_name_after_kind(p)])
                 if o.dep_ in ("pobj", "appos")
                 and o.i not in inside and o.pos_ == "PROPN" and o.ent_type_ != "DATE"
                 and (o.ent_type_ == "ORG" or not _well_known_name(o))
                 and not any(t.i in inside for t in o.subtree)), None)  # not "Shares in
    # Acme and Zeta - the two biggest brewers in Europe -": the two are counted


def _name_after_kind(prep) -> list:
    """The name right after a preposition's kind of firm that the parse hangs on the noun
    before ("Shares in UK drugs firm Zeta", Zeta the appositive of "Shares"; also after two
    kinds "and" joins: "Shares in UK storage and delivery firm Zeta"), as a list."""
    kind = next((o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
    return [a for a in prep.head.children if a.dep_ == "appos" and a.pos_ == "PROPN"
            and kind is not None and a.left_edge.i == kind.right_edge.i + 1]


def _agent_named_beside(noun) -> bool:
    """Whether a passive's "by" agent is a kind of body with its name beside it: "have been
    ordered by satellite broadcaster BSkyB"."""
    return noun.head.dep_ == "agent" and _named_beside(noun).ent_type_ in ("ORG", "PERSON")


def _named_beside(noun):
    """The name set beside a kind of firm ("mining group Lonmin" -> Lonmin), else the noun."""
    if noun.pos_ != "NOUN":
        return noun
    return next((a for a in noun.children if a.dep_ == "appos" and a.pos_ == "PROPN"), noun)


def _firm_at(thing, inside: set[int]):
    """The named firm "at" which what it earns is: "Sales at Ford fell 3%", "profits at
    US retail giant Acme jumped 7%", "Earnings at Acme Capital retail bank rose 5%" ->
    Ford, Acme, Acme Capital retail bank; None for a place or a time ("sales at
    Christmas", "profits at home")."""
    at = next((p for p in thing.children if p.dep_ == "prep" and p.lower_ == "at"
               and p.i == thing.i + 1), None) if thing.lemma_.lower() in FIRMS_OWN else None
    return _firm_named_at(at, inside)


def _firm_named_at(at, inside: set[int]):
    """The named firm an "at" phrase names (`_firm_at`), else None."""
    firm = next((o for o in at.children if o.dep_ == "pobj"), None) if at is not None else None
    if firm is not None and firm.pos_ == "NOUN":  # "media giant TimeWarner"
        firm = next((a for a in firm.children if a.dep_ == "appos"), firm)
    if firm is None or firm.i in inside:
        return None
    if firm.pos_ == "NOUN":  # a kind of firm the name before it makes one firm
        return firm if any(c.dep_ == "compound" and _org(c) for c in firm.children) else None
    return firm if _org(firm) else None


def _firm_of_unit(thing, inside: set[int]):
    """The firm whose unit earns what moves, named by its mark: "Sales in Acme's retail
    division fell 3%", "profits at Zeta's bank arm rose" -> Acme, Zeta; None for any other
    thing or a unit no name owns ("sales in its stores")."""
    if thing.lemma_.lower() not in FIRMS_OWN:
        return None
    unit = next((o for p in thing.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
                 and p.i == thing.i + 1 for o in p.children if o.dep_ == "pobj"
                 and o.pos_ == "NOUN" and o.lemma_.lower() in _UNITS_OF_FIRMS), None)
    mark = next((c for c in unit.children if c.dep_ == "poss" and c.pos_ == "PROPN"
                 and c.i not in inside and c.ent_type_ != "DATE" and not _place_name(c)), None) \
        if unit is not None else None
    return mark


# the parts of a firm whose earnings are the firm's: "sales in its generics business"
_UNITS_OF_FIRMS = {"business", "division", "unit", "arm", "operation", "subsidiary", "branch",
                   "side", "wing", "segment"}


def _org(token) -> bool:
    return token.pos_ == "PROPN" and token.ent_type_ == "ORG"


def _owner_of_foreseen(verb, inside: set[int]) -> str:
    """The owner of a level a passive verb of reckoning foresees: "EMI Music's sales are
    now expected to be 8% lower" -> EMI Music; no one where the verb reckons an object
    ("has forecast a loss of $5m": its subject is the source)."""
    then = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    if then is None or not any(c.dep_ == "nsubjpass" for c in verb.children) \
            or not _states(then, inside):
        return ""
    return _owner_of_what_moves(then, inside)


def _firm_before(thing, inside: set[int]):
    """A firm named just before what it earns or issues, as a compound: "Ford sales dropped
    3%" -> Ford, "Google shares fell $12.33" -> Google (also a name the model takes for a
    person's: "Manchester United shares"); not a place ("UK sales": sales in
    the UK), a product's or a kind's ("Xbox game", "AAA battery") nor a name with a number."""
    firm = next((c for c in thing.children if c.dep_ in ("compound", "amod")
                 and c.i == thing.i - 1 and c.i not in inside), None)
    if firm is not None and name_at_start(firm) and thing.lemma_.lower() in ("share", "stock"):
        return firm  # "Altrex shares, which ...": a name read as an adjective
    if firm is None or firm.pos_ != "PROPN" or firm.dep_ != "compound" or not (
            firm.ent_type_ == "ORG" or firm.ent_type_ in ("PERSON", "")
            and thing.lemma_.lower() in ("share", "stock")) \
            or thing.lemma_.lower() not in FIRMS_OWN or any(
                t.like_num for t in firm.doc[firm.left_edge.i:thing.i]):
        return None
    return firm


# what a firm named before it earns or issues
FIRMS_OWN = {"sale", "sales", "profit", "revenue", "earning", "earnings", "turnover",
              "income", "loss", "share", "stock", "order", "shipment", "delivery", "debt"}


# people as a kind a thing is for, not its owner: "the women's 100m", "children's books"
KINDS_OF_PEOPLE = {"men", "women", "children", "boys", "girls", "kids", "people"}


def sayers_own(head, inside: set[int]):
    """The one who says what "its" or "their" stands for, where the noun it owns is the
    subject of what they say: "Munich Re said that its exposure is less than 100m euros"."""
    return _clause_owner(head, inside, REPORTING_VERBS, ("ccomp",)) \
        or _main_clause_own(head, inside)  # or the name of the main clause


def _main_clause_own(head, inside: set[int]):
    """The name that "its" or "their" stands for as the subject of the clause the noun's
    own clause is joined to: "In 2004 Halden earned $900m, while its yearly sales grew 4%
    to $12bn" -> Halden; a name only, not a thing ("profits rose and its sales fell")."""
    clause = head.head
    if clause.dep_ not in ("advcl", "conj") or clause.head.pos_ not in ("VERB", "AUX"):
        return None
    owner = _clause_owner(head, inside, None, ("advcl", "conj"))
    return owner if owner is not None and owner.pos_ == "PROPN" else None


def _seers_own(head, inside: set[int]):
    """The one who sees its own thing move: "General Motors saw its net profits fall 37%"
    -> General Motors."""
    return _clause_owner(head, inside, {"see"}, ("ccomp", "xcomp"))


def _seer(head, inside: set[int]):
    """The firm that sees a thing of its own move, where no "its" says so: "it expects to
    see earnings grow" -> it (for the firm it stands for), through the verbs the seeing
    hangs on; None for a person ("he saw prices rise")."""
    clause = head.head
    if clause.dep_ not in ("ccomp", "xcomp") or clause.head.lemma_.lower() != "see":
        return None
    verb = clause.head
    owner = nsubj(verb)
    while owner is None and verb.dep_ == "xcomp":
        verb = verb.head  # "expects to see": the one who expects
        owner = nsubj(verb)
    owner = resolve(owner, verb) if owner is not None and owner.pos_ == "PRON" else owner
    if owner is None or owner.i in inside or owner.pos_ not in NOUNISH and not name_like(owner) \
            or person(owner) or not _agent_like(owner):
        return None
    return owner


def _clause_owner(head, inside: set[int], verbs: set[str] | None, deps: tuple[str, ...]):
    """The subject of a verb among `verbs` (any verb for None) whose clause (by one of
    `deps`) has `head`, owned by "its" or "their", as its subject: who that pronoun stands
    for, named before it, no person for "its", one or many as the pronoun is."""
    pronoun = owning_pronoun(head, inside)
    clause = head.head
    if pronoun is None or pronoun.lower_ not in ("its", "their") or clause.dep_ not in deps \
            or verbs is not None and clause.head.lemma_.lower() not in verbs:
        return None
    owner = nsubj(clause.head)
    if owner is None or owner.i in inside or owner.i > pronoun.i \
            or owner.pos_ not in NOUNISH and not name_like(owner) \
            or person(owner) and not body_beside(owner) and not _its_lone_name(pronoun, owner) \
            or (pronoun.lower_ == "its") == (owner.tag_ in ("NNS", "NNPS")):
        return None  # "Mr Smith said its price ...": its is no person's; "Its takings
        # rose, Screen Daily said": the source, named after
    return owner


def owning_pronoun(head, inside: set[int]):
    """The pronoun that owns `head` ("its", "their", "whose"), also where the parse hangs it
    on the figure before the noun: "its planned £1.35bn offer" (on the "£")."""
    owners = [head, *(head.doc[i] for i in sorted(inside) if i < head.i)]
    return next((c for t in owners for c in t.children
                 if c.dep_ == "poss" and (c.pos_ == "PRON" or c.tag_ == "WP$")), None)


def _its_lone_name(pronoun, owner) -> bool:
    """A name of one word that an "its" stands for, which the model took for a person's:
    "Diageo saw its profits fall 7%" (not "Mr Smith", nor "John Smith")."""
    return pronoun.lower_ == "its" and owner.tag_ == "NNP" and owner.ent_type_ == "PERSON" \
        and not any(c.dep_ in ("compound", "flat") for c in owner.children) \
        and not (owner.i > 0 and owner.nbor(-1).lower_.rstrip(".") in HONORIFICS)


def body_beside(name) -> bool:
    """Whether a phrase set beside a name says it is a body, whatever the model tags the
    name: "Munich Re, the reinsurance firm"."""
    return any(c.dep_ == "appos" and c.lemma_.lower() in BODY_NOUNS for c in name.children)


def _firm_saying(thing, inside: set[int]):
    """The firm that says what it earns moved, where no "its" says whose: "Acme, which owns
    six brands, said annual profit fell 36%" -> Acme; None for a person or a body of another
    kind ("analysts said profits fell")."""
    clause = thing.head
    if thing.dep_ != "nsubj" or clause.dep_ != "ccomp" \
            or clause.head.lemma_.lower() not in _TELLING or any(
                c.dep_ == "prep" and c.lower_ == "of" for c in thing.children):
        return None  # not "expects sales of tablets to reach": a market's
    firm = nsubj(clause.head)
    if firm is None or firm.i in inside or not _org(firm) or any(
            t.lower_ in _NO_FIRMS and t.pos_ == "PROPN"
            for t in firm.doc[firm.left_edge.i:firm.right_edge.i + 1]):
        return None  # not "the Statistics Office said shop sales rose"
    return firm


# verbs by which a firm tells of its own takings, and words of bodies that only count them
_TELLING = {"say", "add", "report", "announce", "reveal", "state", "disclose", "confirm"}
_NO_FIRMS = {"office", "department", "association", "administration", "institute", "council",
             "commission", "bureau", "agency", "consortium", "ministry", "board", "federation",
             "confederation", "chamber", "survey", "union", "statistics", "authority",
             "organisation", "organization"}


def _possessor(noun, inside: set[int]):
    """The one a sum's noun belongs to, where a name or a body and the sum sits on the noun:
    "the government's $280bn claim", "Deutsche Boerse's £1.3bn offer", also where the parse
    hung the possessive on the sum, with the noun after it or none ("second only to the
    Tories' £5.1m"); not a pronoun, a thing ("the game's sales") nor a day."""
    doc = noun.doc
    sits_on = any(doc[i].head.i == noun.i for i in inside)
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.i not in inside), None)
    if owner is None and inside and (noun.i in inside or _right_after(noun, inside)):
        # "the state's $90bn (£48bn) claim", the owner parsed as the sum's
        owner = next((c for i in sorted(inside) for c in doc[i].children
                      if c.dep_ == "poss" and c.i not in inside), None)
        sits_on = True
    if owner is not None and owner.lower_ == "its" and sits_on:
        return _clause_owner(noun, inside, REPORTING_VERBS, ("ccomp",)) or _its_body(owner)
        # "Acme must show why its £2bn offer is fair" -> Acme; "said it expects to cut jobs
        # following its $16bn takeover" -> the one who said
    if owner is None or owner.pos_ == "PRON" or owner.ent_type_ in ("DATE", "TIME") \
            or not sits_on:
        return None  # "Monday's 4% gain"; "37.5% of India's United Breweries" is bought by
        # another
    return owner if _agent_like(owner) else None


def _figures_verb(counted, inside: set[int]):
    """The verb that governs what the figure counts, past an adjective after the figure's
    "of" that the model took for a gerund with the noun as its object ("three years of
    blistering economic gains": the verb is the figure's own, not "blistering")."""
    verb = governor(counted)
    if verb is not None and verb.tag_ == "VBG" and verb.dep_ == "pcomp" \
            and verb.head.head.i in inside:
        return governor(verb.head.head)
    return verb


def _made_by(noun, inside: set[int]):
    """Who makes the bid, offer or payment a sum is, where a "by" or "from" phrase on its
    noun names them: "a hostile $5bn bid by rival Zeta" -> rival Zeta, "a £800m takeover bid
    from Zeta" -> Zeta; not a time ("a bid by Friday"), nor whom one buys from ("its
    purchase of shares from Zeta")."""
    if noun.lemma_.lower() not in _MONEY_DEEDS:
        return None
    preps = ("by",) if noun.lemma_.lower() in ("purchase", "acquisition") else ("by", "from")
    maker = next(prep_objects(noun, preps, ("agent", "prep")), None)
    if maker is None or maker.i in inside or maker.ent_type_ in ("DATE", "TIME") \
            or not (_agent_like(maker) or _kind_named(maker)):
        return None
    return maker


def _kind_named(noun) -> bool:
    """Whether a kind the parse took for a plural noun has a name set right after it, the
    maker: "from telecoms giant Verizon", read as "telecoms" with "Verizon" beside it."""
    return noun.tag_ == "NNS" and any(
        c.dep_ == "appos" and c.pos_ == "PROPN" and 0 < c.i - noun.i <= 3
        and all(t.head.i == c.i and t.dep_ in ("amod", "compound")
                for t in noun.doc[noun.i + 1:c.i]) for c in noun.children)


# sums that are what their maker gives, pays or asks for: a "by" phrase on them names the
# maker
_MONEY_DEEDS = {"bid", "offer", "takeover", "buyout", "investment", "donation", "payment",
                "loan", "grant", "purchase", "acquisition", "pledge", "injection", "demand"}


def _its_body(its):
    """The body an "its" stands for: the subject of the sentence's main clause before it, a
    firm the model names (whatever its number: "SBC Communications") or a body noun ("the
    council"): "Acme said it expects to cut jobs after its $16bn takeover of Zeta" -> Acme;
    None for anything else."""
    subj = nsubj(its.sent.root)
    if subj is None or subj.i >= its.i or not (
            subj.ent_type_ == "ORG" and subj.tag_ in ("NNP", "NNPS")  # "SBC Communications"
            or subj.tag_ == "NN" and subj.lemma_.lower() in BODY_NOUNS):
        return None
    return subj


def _past_bracket(doc, start: int, reach: int) -> list:
    """The `reach` words from `start`, past a bracket that opens there."""
    if start < len(doc) and doc[start].text == "(":
        close = next((t.i for t in doc[start:min(len(doc), start + 12)] if t.text == ")"),
                     None)
        start = close + 1 if close is not None else len(doc)
    return list(doc[start:min(len(doc), start + reach)])


def _right_after(noun, inside: set[int]) -> bool:
    """Whether `noun` follows the figure's tokens `inside` with nothing between but what
    hangs on the figure, a bracket that restates it ("$90bn (£48bn) claim")."""
    between = range(max(inside) + 1, noun.i)
    return noun.i > max(inside) and all(noun.doc[k].is_punct or noun.doc[k].head.i in inside
                                        or noun.doc[k].head.i in (*between, noun.i)
                                        for k in between)


def _planner(verb):
    """Who does what a plan, offer or right on a verb's object says: "Ford announced plans
    to cut 3,000 jobs", "has the option to buy 20 more", "the court's decision to reject";
    not one who only meets it ("saw off an attempt to force changes"); for an "its" or a
    "their" on the plan, the subject of the clause the plan hangs in ("Zeta Air cut 900
    jobs as part of its aim to trim $2bn off its bills" -> Zeta Air)."""
    while verb.dep_ in ("xcomp", "conj") and verb.head.pos_ == "VERB":
        verb = verb.head  # "plans to buy and sell 20 stores"
    plan = verb.head
    if verb.dep_ not in ("acl", "xcomp") or verb.tag_ != "VB" or plan.pos_ != "NOUN":
        return None
    who = intender(plan, PLANNING_VERBS)
    if who is not None and who.lower_ in ("its", "their"):
        up = governor(plan)
        who = nsubj(up) if up is not None else None  # "Zeta Air cut 900 jobs as part of its
        # aim to trim $2bn off its bills": the firm the clause is about
        who = who if who is not None and who.pos_ in ("PROPN", "NOUN") else None
    return who


def person_ending(word: str) -> bool:
    """A word ending as nouns for people who do something do ("gamers", "applicants"), and
    not a thing that ends so ("the merger", "the offer", "the agreement")."""
    return (word.endswith(PERSON_ENDINGS) and not word.endswith(THING_ENDINGS)
            and word not in ENDING_THINGS)


def can_act(noun) -> bool:
    """A noun that can act, also one for people who do something ("consumers")."""
    return _agent_like(noun) or person_ending(noun.lemma_.lower())


def _agent_like(noun) -> bool:
    """A noun that can act: a name, a person ("prosecutors", "users"), or a body ("the
    company", "the government")."""
    return (noun.pos_ == "PROPN" or noun.ent_type_ in ("ORG", "GPE", "NORP", "PERSON")
            or person(noun) or noun.lemma_.lower() in BODY_NOUNS
            or noun.lemma_.lower() in PEOPLE_NOUNS)


# verbs whose subject holds or perceives what a figure counts, doing nothing to it
_NO_DEED = PART_VERBS | PERCEIVING_VERBS


def moves_a_price(verb) -> bool:
    """A verb of money whose subject is what is priced, which moves by the figure: "Shares
    in Acme lost 40 cents", "the stock gained 5%"; not "Acme lost $40m", a loss; also a
    passive one with no agent that sets what is priced at a level ("Acme shares were
    suspended at A$4.25")."""
    if verb.lemma_.lower() not in _LEVEL_MOVES and not (
            verb.tag_ == "VBN" and passive_agent(verb) is None
            and any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.children)):
        return False
    doer = nsubj(verb)
    return doer is not None and doer.lemma_.lower() in _PRICED and _one_subject(verb)


_LEVEL_MOVES = {"lose", "gain", "add", "shed"}
_PRICED = {"share", "stock", "price", "index", "future", "futures", "bond", "contract"}


def _states(verb, inside: set[int]) -> bool:
    """A verb that only states or moves a level ("is", "remain at", "rose 5%"): its subject
    is what the figure measures, not an actor; one with an object of its own acts ("cut
    300 jobs")."""
    if verb.lemma_.lower() in MEASURE_VERBS:
        return True  # "the line could cost up to £100m"
    if verb.lemma_.lower() in _NO_DEED or verb.lemma_ == "make" and any(
            c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return True  # "the list includes 100 gadgets", "which makes up 45% of its loans",
        # "police described him as 5ft 10in"
    if verb.lemma_.lower() in SESSION_VERBS:  # "closed at $40", not "will close 20% of"
        return not any(c.dep_ == "dobj" for c in verb.children) and passive_agent(verb) is None
        # (nor "will be opened by Tesco")
    if moves_a_price(verb) or _done_to_what_is_seen(verb):
        return True  # "Zeta Bank saw its profits cut by 20%": Zeta Bank's, as where they
        # fall; "may see its payroll trimmed to 300": not the payroll
    return (verb.lemma_.lower() in STATE_VERBS
            and not any(c.dep_ == "dobj" and c.i not in inside and not bare_move(c, inside)
                        for c in verb.children))  # "closed at $40, a drop of 5%"
