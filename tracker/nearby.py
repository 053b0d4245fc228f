"""The subject of a figure from the words around it, where the parse ties it to no noun.

The figure it restates or is compared with ("£2bn ($2.5bn)", "$186m, compared with
$1.13bn"), a noun after it the parse left loose, the item before it in a list, a name
right before it, the subject of its clause.
"""

from __future__ import annotations

from .actors import body_beside, owning_pronoun, sayers_own
from .counted import bare_move, changed, clause_noun, level_reached, restates_part
from .data.numbers import PART_NOUNS, SCALES, VAGUE
from .data.phrases import CHANGE_VERBS_DOWN, CHANGE_VERBS_UP, MONTHS, MOVE_UP_VERBS, WEEKDAYS
from .data.subjects import (
    CHANGE_NOUNS,
    HAVING_VERBS,
    IDIOM_OBJECTS,
    MEASURE_VERBS,
    RECKONING_ACTS,
    RECKONING_VERBS,
    REPORTING_VERBS,
    SOURCE_DOCUMENTS,
    TIME_NOUNS,
)
from .nouns import clause_name, defined_group, noun_phrase, owner_name, subject_key
from .parse import (
    NOUNISH,
    figure_like,
    figure_part,
    governor,
    name_like,
    nsubj,
    person,
    placeholder,
    prep_objects,
    reckoned_object,
    resolve,
    split_scale,
    unitlike,
)


def nearby_subject(tokens, anchor, noun: str, dimension: str, frame,
                   inside: set[int]) -> tuple[str, str]:
    """The subject and its key from the words around a figure, in order of trust: a noun
    after it the parse left loose, where the figure reader saw a word there (`noun`:
    "2.1M print and online copies"); for a bare count, the noun the list item before it
    counted ("65 flights on Thursday, 180 on Friday"); a name right before it ("Dow
    +0.2%"); the object of the verb a framing noun hangs on ("carry prices above the $50
    mark"); the subject of the clause ("Tesla shares ... up 57%"); last the framing noun
    itself ("a total of")."""
    first = tokens[0]
    subject, key = "", ""
    after = _noun_after(tokens[-1]) if noun else None
    if after is not None and not level_reached(after):  # not "rose to 3 million people"
        subject, key = noun_phrase(after, inside), subject_key(after, inside)
    if not subject and dimension == "count" and not noun:
        listed = listed_count(first, anchor, inside)
        if listed is not None:
            subject = noun_phrase(listed, inside, with_preps=False)
            key = subject_key(listed, inside)
            owner = _owner_marked(first) or _haver(anchor, inside)
            if subject and owner is not None and (name := owner_name(owner, inside)):
                subject = f"{subject} ({name})"  # "and Amicus' 20,000" -> "workers (Amicus)";
                # "and the TGWU has 800,000" -> "members (TGWU)"
    if not subject:
        subject, key = clause_name(_name_before(first, inside), inside)
    if not subject and frame is not None:
        subject, key = clause_name(changed(_sentence_subject(frame, inside), inside), inside)
    if not subject and not restates_part(anchor):  # not the "third" of "Almost a third,
        # 31%, said": the share restates it (`subjects._share_who`)
        moved = changed(_sentence_subject(anchor, inside), inside)
        if moved is not None and moved.lemma_.lower() in PART_NOUNS \
                and moved.i < first.i <= moved.right_edge.i and first.i > 0 \
                and first.doc[first.i - 1].text in (",", "("):  # (however the parse hangs it)
            moved = next((o for o in prep_objects(moved, ("of",)) if o.i not in inside),
                         moved)  # "two-thirds of those asked, 68%, said": those asked, as
            # for the part it restates
        subject, key = clause_name(moved, inside)
        subject = _with_pronoun_owner(_with_foreseen_of(subject, moved, inside), moved, inside)
    if not subject and frame is not None:
        subject, key = noun_phrase(frame, inside), subject_key(frame, inside)
    return subject, key


def _haver(anchor, inside: set[int]):
    """The name whose verb of having takes a bare count as its object: "the TGWU" of "and
    the TGWU has 800,000"; None otherwise."""
    verb = anchor.head
    if anchor.dep_ != "dobj" or verb.lemma_.lower() not in HAVING_VERBS:
        return None
    owner = nsubj(verb)
    return owner if owner is not None and owner.i not in inside and name_like(owner) \
        and not person(owner) else None


def _with_pronoun_owner(subject: str, noun, inside: set[int]) -> str:
    """The subject with the owner an "its", "their" or "whose" on its noun stands for, where
    the clause names it: "Acme raised its dividend by 5%" -> "dividend (Acme)", "Ann Lee,
    whose fortune has grown to £90m" -> "fortune (Ann Lee)", "Zeta said its sales were
    flat" -> "sales (Zeta)"; a name only, not a thing nor another pronoun."""
    mark = owning_pronoun(noun, inside) if subject else None
    if mark is None or mark.lower_ not in ("its", "their", "whose") or subject.endswith(")"):
        return subject
    if mark.lower_ == "whose":
        owner = noun.head.head if noun.head.dep_ == "relcl" else None
    elif noun.dep_ in ("nsubj", "nsubjpass"):
        owner = sayers_own(noun, inside)
    else:
        verb = noun.head if noun.dep_ == "dobj" and noun.head.lemma_.lower() not in (
            RECKONING_VERBS | RECKONING_ACTS) else None  # not "have valued its unit at
        # £3m": whoever values it, the unit is another's
        owner = resolve(nsubj(verb), verb) if verb is not None else None
    if owner is None or owner.i in inside or not name_like(owner) \
            or mark.lower_ == "its" and person(owner) and not body_beside(owner):
        return subject  # not "Mr Lee trimmed its workforce": a firm's, not his (but
        # "Munich Re, the reinsurance firm," which the model takes for a person, is one)
    name = owner_name(owner, inside)
    return f"{subject} ({name})" if name and name.lower() not in subject.lower() else subject


def listed_count(first, anchor, inside: set[int]):
    """The noun a bare count counts by the item or the clause before it (`nearby_subject`),
    or None."""
    return _listed_noun(first, inside) or _parallel_count(anchor, inside) \
        or further_count(first, inside) or _count_said_after(anchor, first, inside)


def _reckoning_over(anchor):
    """The object of the verb of reckoning whose "at" phrase holds the figure, however the
    parse hangs that phrase ("put the cost of rebuilding at $5bn")."""
    for verb in anchor.ancestors:
        if verb.pos_ == "VERB" and verb.lemma_.lower() in RECKONING_VERBS:
            obj = reckoned_object(verb, anchor, nearest=True)
            return obj if obj is not None and obj.pos_ in NOUNISH else None
    return None


def _object_measured(verb, phrase, inside: set[int]):
    """The object of the verb a figure's phrase hangs on, which the figure measures ("mark
    her first trip to Russia in over two years"), or for an idiom with a span of time on it
    what it tells of (`_idiom_lasting`); None where there is none."""
    idiom = _idiom_lasting(verb, phrase)
    if idiom is not None:
        return idiom
    return next((child for child in verb.children
                 if child.dep_ == "dobj" and child.i not in inside
                 and (child.pos_ in NOUNISH or _bare_verb_object(child))
                 and not unitlike(child)  # "added 12 sen to RM3.40": a figure, no object
                 and not any(t.pos_ == "PUNCT" for t in verb.doc[phrase.i + 1:child.i])
                 # not "rose by 296,000 - the highest figure"; "brought to 49 the number"
                 and not bare_move(child, inside)), None)  # "closed at $40, a drop of 5%"


def _idiom_lasting(verb, phrase):
    """What an idiom of "take" or "keep" with a span of time on it tells of, the verb's
    subject: "The talks took place over three days" -> talks; None where the verb's object
    is no such idiom's ("took a break for three days") or the figure no span."""
    idiom = verb.lemma_.lower() in ("take", "keep") and any(
        c.dep_ == "dobj" and c.lower_ in IDIOM_OBJECTS for c in verb.children)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) \
        if idiom and phrase.lemma_.lower() in TIME_NOUNS else None  # its own, not one a
    # joined verb lends it
    return resolve(subj, verb) if subj is not None and subj.pos_ in NOUNISH else None


def _sentence_subject(anchor, inside: set[int]):
    """The subject of the clause the figure stands in, else of the sentence.

    A figure in a phrase on the verb ("mark her first trip to Russia in over two years")
    measures the verb's object, where it has one.
    """
    verb = governor(anchor)
    seen = _what_is_seen(verb, anchor, inside) if verb is not None else None
    if seen is not None:
        return seen
    moved = _moved_with(anchor, inside) or _level_of_move(anchor, inside)
    if moved is not None:
        return moved
    put = _reckoning_over(anchor) or _shown_object(verb, inside)
    if put is not None:
        return put  # "Estimates put the cost of rebuilding at $5bn": the cost
    phrase = _figure_phrase(anchor, inside)
    holder = _holder(phrase)
    if phrase.dep_ == "pobj" and (holder.pos_ in ("VERB", "AUX") or _acts_as_verb(holder)) \
            and not (holder.lemma_.lower() in _SUM_FALLS_ON and phrase.head.lower_ != "for"):
        # (not "will cost Kern county up to $3m", the one the sum falls on; but
        # "offered broadband for less than £20")
        measured = _object_measured(holder, phrase, inside)
        if measured is not None:
            return measured
    if (phrase.dep_ == "dobj" or phrase.dep_ == "npadvmod" and _moves(phrase.head)) \
            and phrase.head.pos_ == "VERB" \
            and any(c.isdigit() for i in inside for c in anchor.doc[i].text) \
            and phrase.lemma_.lower() not in TIME_NOUNS \
            and phrase.head.lemma_.lower() not in MEASURE_VERBS:
        other = next((c for c in phrase.head.children if c.dep_ == "dobj" and c.i < phrase.i
                      and c.i not in inside and c.pos_ in NOUNISH and not unitlike(c)), None)
        if other is not None:
            return other  # "boost data transmission speeds up to 75 megabits per second",
            # where the parse gives the verb two objects: the level the first reaches (not
            # "costs the taxpayer £35,000", "its highest level in six months", nor a word
            # such as "half")
    for v in (verb, anchor.sent.root):
        if (v is None or v is not verb and v.lemma_.lower() in REPORTING_VERBS
                and not any(c.dep_ == "nsubjpass" for c in v.children)):
            continue  # "It could cost £80m, ministers said": the ministers are the source;
            # "the population is expected to shrink to 100m" is about the population
        if placeholder(nsubj(v), v):
            return None  # "it took ten years for the service to be launched": no subject
        subj = _of_head(resolve(nsubj(v), v))
        if subj is not None and (split_scale(subj) or _sayer_for_level(nsubj(v), subj, v,
                                                                        anchor, inside)):
            return None  # "made $5m, which is 40% of the total": another figure, no noun;
            # "The IBGE said it fell to 9.6%": what fell, not the one who says so (a measure
            # of the sentence before, which the parse does not see)
        if subj is not None and subj.i not in inside and (clause_noun(subj) or defined_group(
                subj) and not any(t.i in inside for c in subj.children if c.i > subj.i
                                  for t in c.subtree)):  # (not "those who lost billions":
            # the figure is inside the group's own words; but "half those surveyed")
            return subj
    return _stranded_subject(verb, inside)


def _level_phrase(anchor, inside: set[int]) -> bool:
    """Whether the figure is a level a move reaches or leaves, in a "to" or "from" phrase,
    also the next of a list there ("from 4.3% in May and 4.6% a year before")."""
    phrase = _figure_phrase(anchor, inside)
    while phrase.dep_ == "conj" and phrase.head.i < phrase.i and phrase.head.pos_ != "VERB" \
            and phrase.head.lower_ not in ("to", "from"):  # (or hung on the "from")
        phrase = phrase.head
    if phrase.dep_ == "conj" and phrase.head.lower_ in ("to", "from"):
        return True
    if phrase.dep_ == "conj" and phrase.head.pos_ == "VERB":  # (the list hung on the verb)
        return any(c.dep_ == "prep" and c.lower_ in ("to", "from") and c.i < phrase.i
                   for c in phrase.head.children)
    return phrase.head.lower_ in ("to", "from")


def _sayer_for_level(raw, subj, verb, anchor, inside: set[int]) -> bool:
    """Whether an "it" that moves to or from a level, with no object, was read as the one
    who says so: "The IBGE said it fell to 9.6%" (a body that says falls to no level; but
    "Acme said it grew 5%" may be the firm's growth)."""
    return raw is not None and raw.lower_ == "it" and subj is not raw \
        and subj.dep_ == "nsubj" and subj.head.lemma_.lower() in REPORTING_VERBS \
        and raw.head.i == verb.i and _moves(verb) \
        and not any(c.dep_ == "dobj" for c in verb.children) and _level_phrase(anchor, inside)


def _of_head(noun):
    """The noun an "of" phrase hangs on where the parse hung a participle of foresight on
    the phrase's noun instead: "with wholesale shipments of games consoles expected to grow
    by 9%" -> shipments (what grows), not consoles; the noun as it was otherwise."""
    if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
            and noun.head.head.pos_ == "NOUN" and any(
                c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _FORESEEING
                for c in noun.children):
        return noun.head.head
    return noun


def _with_foreseen_of(subject: str, noun, inside: set[int]) -> str:
    """The subject with the "of" phrase of its noun that `_of_head` passed, which the
    figure's own words cut short: "wholesale shipments" -> "wholesale shipments of games
    consoles"."""
    of = next((p for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"), None) \
        if noun is not None and subject else None
    obj = next((o for o in of.children if o.dep_ == "pobj"), None) if of is not None else None
    if obj is None or _of_head(obj) is obj or " of " in subject:
        return subject
    return f"{subject} of {noun_phrase(obj, inside, with_preps=False)}"


# participles of foresight a moving noun takes: "expected to grow", "forecast to fall"
_FORESEEING = {"expect", "forecast", "predict", "project", "set", "tip"}


def _shown_object(verb, inside: set[int]):
    """"Figures showed imports at a ten-year low, down 4%", "Data showed prices up 3%": what
    a document shows, its object, where the figure hangs on the verb of showing beside it;
    the document is the source, not what moved."""
    if verb is None or verb.lemma_.lower() not in _SHOWING:
        return None
    document = nsubj(verb)
    if document is None or document.lemma_.lower() not in SOURCE_DOCUMENTS:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in NOUNISH
                 and not unitlike(c) and not any(t.i in inside for t in c.subtree)), None)


# verbs by which a document shows what it holds
_SHOWING = {"show", "reveal", "suggest", "indicate", "confirm"}


def _holder(phrase):
    """The word the figure's phrase hangs on, past the particle or the "from" phrase that a
    "to" phrase hangs on: "enables data rates up to a maximum of 14Mbps", "pushed prices
    down to $40", "increase the number of users from 95 million to between 200 and 250
    million", "revised the rate down from 5.9% to 3.2%"; not "up from 7%", the level it
    left; also "cut its debt back to £90m"."""
    holder = phrase.head.head
    if phrase.head.lower_ == "to" and holder.dep_ == "acl" and holder.head.dep_ == "pobj" \
            and holder.head.head.lower_ == "from":
        return _holder(holder.head)  # "down from the 4.1% estimated in June to 3.6%",
        # the "to" hung on the level left's participle: the move's own holder
    if phrase.head.lower_ == "to" and (
            holder.dep_ in ("prt", "prep", "advmod") and holder.lower_ in ("up", "down", "back")
            or holder.dep_ == "prep" and holder.lower_ == "from"):
        holder = holder.head
    start = phrase.head if phrase.head.lower_ == "from" else phrase.head.head
    if start.lower_ == "from" and any(t.lower_ == "to" and t.dep_ == "prep"
                                      for t in start.subtree) \
            and holder.lower_ in ("up", "down") and holder.dep_ in ("prt", "advmod"):
        holder = holder.head  # a move "down from 5.9% to 3.2%": not the level left
    return _mover_of_object(holder) if phrase.head.lower_ in ("from", "to") else holder


def _mover_of_object(noun):
    """The verb of change whose object holds the noun a level's "from" or "to" phrase was
    hung on: "lower the price of the calls from the present £5", where the parse ties
    "from" to "calls"; else the noun itself."""
    t = noun
    while t.pos_ in NOUNISH and t.dep_ == "pobj" and t.head.dep_ == "prep" \
            and t.head.head.pos_ in NOUNISH:
        t = t.head.head
    if t.pos_ in NOUNISH and t.dep_ == "dobj" and _moves(t.head):
        return t.head
    return noun


def _moves(verb) -> bool:
    """A verb that moves its object by or to the figure it has as a bare phrase: "lifted
    interest rates 0.25%", "sent shares in GW Pharma up 8.5p", "push their earnings up to
    $43.1m"."""
    return verb.lower_ in CHANGE_VERBS_UP | CHANGE_VERBS_DOWN | MOVE_UP_VERBS


def _acts_as_verb(token) -> bool:
    """A word the model tags a noun that has a subject and an object of its own, so stands
    as a verb: "cut" of "The firm cut costs by 10%"."""
    return any(c.dep_ == "nsubj" for c in token.children) \
        and any(c.dep_ == "dobj" for c in token.children)


def _bare_verb_object(token) -> bool:
    """An object the model tags a bare verb, with no words of its own: "pay" of "a contract
    that cuts pay by 10%"."""
    return token.tag_ == "VB" and not any(True for _ in token.children)


def _moved_with(anchor, inside: set[int]):
    """"with December sales down 0.7%", "comes on sales up 21% at 8.6bn euros": the noun
    whose move (or the level it reached) the figure gives, where the parse hangs the move on
    the verb of a "with" phrase or on the noun itself."""
    move = anchor.head
    if anchor.dep_ == "pobj" and move.lower_ in ("at", "to") and move.head.i < move.i:
        move = move.head  # "on sales up 21% at 8.6bn euros": the level the move reached
    elif anchor.dep_ != "npadvmod":
        return None
    if move.lower_ not in ("up", "down", "higher", "lower") or move.i == 0:
        return None
    noun = anchor.doc[move.i - 1]
    if noun.ent_type_ == "DATE" and noun.dep_ == "pobj" and noun.head.lower_ in ("in", "for") \
            and noun.head.head.pos_ in NOUNISH:
        noun = noun.head.head  # "with tea sales in 2004 up 15%": the sales of that year
    if noun.pos_ in NOUNISH and noun.i not in inside and (
            noun.dep_ == "pobj" and (noun.head.lower_ == "with" or noun.head.head.i == move.head.i)
            or move.dep_ == "advmod" and move.head.i == noun.i):  # "on sales up 21%"
        return noun
    return None


def _level_of_move(anchor, inside: set[int]):
    """"a rise in sales from $4bn to $5bn", "a drop in profits to £170m from £194m": what a
    move named by a noun moves, its "in" phrase, for the levels it runs from and to, or the
    measure it is set after ("a profit of $42m, a $12m rise from $30m" -> profit)."""
    if anchor.dep_ != "pobj" or anchor.head.lower_ not in ("from", "to"):
        return None
    prep, holder = anchor.head, anchor.head.head
    if (tally := _tally_taken(holder)) is not None:
        return tally
    if holder.lower_ in ("from", "to") and prep.dep_ == "prep":
        holder = holder.head  # "from $4bn to $5bn": the "to" hangs on the "from"
    moved = changed(holder, inside)
    if moved is not None and moved.i == holder.i and holder.dep_ == "appos" \
            and holder.lemma_.lower() in CHANGE_NOUNS and holder.head.pos_ == "NOUN" \
            and holder.head.i not in inside:
        return holder.head  # "a net profit of $42m, a $12m rise from $30m": the move set
        # after the measure, of that measure
    return moved if moved is not None and moved.i != holder.i else None


def _tally_taken(holder):
    """The total or tally a verb "takes" or "brings" to a level, where the parse hangs the
    level's "to" on `holder`, an infinitive inside the object's phrase: "will bring the total
    number of posts to go at the bank to 3,000" -> "total number"; else None."""
    if holder.dep_ not in ("xcomp", "advcl") or holder.tag_ != "VB" \
            or holder.head.lemma_.lower() not in _TAKING_TALLIES:
        return None
    return next((c for c in holder.head.children if c.dep_ == "dobj" and c.i < holder.i
                 and c.lemma_.lower() in _TALLY_NOUNS), None)


# verbs that take a tally to a level, and the tallies they take
_TAKING_TALLIES = {"take", "bring", "push", "send"}
_TALLY_NOUNS = {"total", "tally", "toll", "number", "count", "record", "stake", "run", "haul"}


def _what_is_seen(verb, anchor, inside: set[int]):
    """"saw sales increase by 350%", "has seen its profits fall 20%": the figure of a change
    that "see" takes as a clause, with the "by" phrase the parse hangs on "see", is of the
    clause's own subject; not one who sees ("47% saw their conditions improving"), nor a
    time ("will see executives decamp for 11 days")."""
    if verb.lemma_.lower() != "see" or anchor.dep_ in ("nsubj", "nsubjpass") \
            or any(anchor.doc[i].ent_type_ in ("DATE", "TIME") for i in inside):
        return None
    for clause in verb.children:
        if clause.dep_ in ("ccomp", "xcomp") and clause.i > verb.i \
                and clause.lower_ in CHANGE_VERBS_UP | CHANGE_VERBS_DOWN:
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.i not in inside and subj.pos_ in NOUNISH:
                return subj
    return None


def _stranded_subject(verb, inside: set[int]):
    """The noun right before a root verb the parse gave no subject, as when a dash aside
    before it was read as a compound ("In one year - between 2002 and 2003 - CD album
    sales fell by 13.8%")."""
    if verb is None or verb.dep_ != "ROOT" or verb.pos_ != "VERB" or verb.i == 0 or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    if (before.pos_ == "NOUN" and before.i not in inside and not before.ent_type_
            and before.dep_ in ("conj", "appos", "compound", "npadvmod", "pobj")
            and not unitlike(before)):
        return before
    return None


def _figure_phrase(anchor, inside: set[int]):
    """The word that stands for a figure in its clause, past its unit and the figure it
    runs to: "cents" in "lift its dividend payment to 70 euro cents", "m" of "£15m" in
    "cutting spending limits from £20m to £15m"."""
    t = anchor
    for _ in range(4):
        if t.dep_ not in ("compound", "nmod", "nummod", "quantmod") or t.head.i < t.i \
                or t.head.ent_type_ in ("DATE", "TIME") \
                or not (t.head.i in inside or figure_part(t.head)):
            break  # not "from day one", "in a year or two"
        t = t.head
    return t


_LIST_GAP = {"ADP", "DET", "PROPN", "PUNCT", "CCONJ", "ADV"}


def _listed_noun(first, inside: set[int], reach: int = 14):
    """"cancelled 65 flights on Thursday, 180 on Friday", "12 men in Leeds and 7 in Bradford":
    a bare number that starts a list item counts what the item before it counted, as the
    level a change reaches does ("cut its fleet from 90 planes to 53")."""
    doc = first.doc
    owner = _owner_marked(first)
    start = first if owner is None else doc[min(owner.left_edge.i, first.i - 2)]
    if start.i < 2 or doc[start.i - 1].lower_ not in (",", "and", ";", "to"):
        return None
    for t in reversed(doc[max(0, start.i - reach):start.i - 1]):
        if t.like_num and t.dep_ == "nummod" and t.head.pos_ == "NOUN" and t.head.i < first.i:
            noun = t.head
            if doc[first.i - 1].lower_ == "to" and (t.i < 1 or doc[t.i - 1].lower_ != "from"):
                return None  # "from 90 planes to 53" is two levels; "sold 5 cars to 3 buyers"
            between = doc[noun.i + 1:start.i - 1]
            if not unitlike(noun) and all(
                    b.pos_ in _LIST_GAP or b.like_num  # earlier items: "180 on Friday, 140"
                    or b.ent_type_ in ("DATE", "TIME", "GPE", "LOC")
                    or b.dep_ in ("poss", "case")  # "800,000 workers, the union's 70,000"
                    or b.pos_ == "NOUN" and b.dep_ in ("pobj", "compound")  # "24 fouls in
                    # the game by Arsenal, seven on Heinze"
                    or b.pos_ == "ADJ" and b.dep_ == "amod"  # "before the final debate"
                    for b in between):
                return noun
            return None
        if not (t.pos_ in _LIST_GAP or t.pos_ == "NOUN" or t.ent_type_ or t.dep_ == "case"
                or t.pos_ == "ADJ" and t.dep_ == "amod"):  # "30 free kicks in the match, nine"
            return None  # a verb between: "sold 4,000 cars and hired 2,500" is another count
    return None


def _owner_marked(first):
    """The name with an owner's mark right before a bare figure ("and Amicus' 20,000"), or
    None."""
    mark = first.doc[first.i - 1] if first.i else None
    if mark is None or mark.dep_ != "case" or mark.head.i >= first.i:
        return None
    return mark.head


# words that add a bare count to one before it: "a further 100,000", "another 30"
_FURTHER = {"further", "another", "additional", "extra"}


def _added_to(first, inside: set[int], reach: int = 30):
    """The words before a figure added to an earlier one ("a further 100,000", "another
    11%"), nearest first, back to the start of its sentence; none for any other figure."""
    doc = first.doc
    if first.i < 1 or doc[first.i - 1].lower_ not in _FURTHER:
        return ()
    return (t for t in reversed(doc[max(first.sent.start, first.i - reach):first.i - 1])
            if t.i not in inside)


def further_count(first, inside: set[int]):
    """"expected 150,000 shoppers by the end of Saturday and a further 100,000 on Sunday": a
    bare count added to an earlier one counts what the nearest count before it counted."""
    noun = nearest_count(_added_to(first, inside), first)
    return None if noun is None or unitlike(noun) else noun


def nearest_count(tokens, first, kinds: tuple[str, ...] = ("NOUN",)):
    """The noun (of `kinds`) the first count among `tokens` (read nearest first) counts,
    before `first`; None where none counts one."""
    return next((t.head for t in tokens if t.like_num and t.dep_ == "nummod"
                 and t.head.pos_ in kinds and t.head.i < first.i), None)


def further_share(first, inside: set[int]):
    """"17% of readers have switched suppliers and a further 16% are considering it": a
    share added to an earlier one is of the group that one was of."""
    for t in _added_to(first, inside):
        if t.lower_ in ("%", "cent", "percent"):
            of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
            return obj if obj is not None and obj.pos_ in NOUNISH else None
    return None


def _parallel_count(anchor, inside: set[int]):
    """"12,500 jobs had gone while 7,800 were being moved": a bare count that is the subject
    of a clause joined to another counts what that clause's subject counted; one that is the
    object of the same verb, what its object counted ("The Producers won three prizes,
    while Mary Poppins won two")."""
    verb = anchor.head
    if anchor.dep_ == "dobj" and verb.dep_ in ("advcl", "conj") \
            and verb.head.lemma_ == verb.lemma_:
        other = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        if other is None or other.pos_ != "NOUN" or other.i in inside or unitlike(other):
            return None  # "won three prizes, while Mary Poppins won two": prizes
        return other if any(c.dep_ == "nummod" and c.like_num for c in other.children) else None
    if anchor.dep_ == "pobj" and verb.lower_ == "with" and verb.i == anchor.left_edge.i - 1:
        return _subject_before(anchor, inside, verb)  # "Some 800 people had come to watch,
        # with 120 on horseback": people
    if anchor.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if verb.dep_ not in ("advcl", "conj") or verb.head.pos_ not in ("VERB", "AUX"):
        return _subject_before(anchor, inside)
    other = nsubj(verb.head)
    if other is None or other.pos_ != "NOUN" or other.i in inside or unitlike(other):
        return _subject_before(anchor, inside)  # "..., 500 will be lost ... and 300 are to go"
    counted = any(c.dep_ == "nummod" and c.like_num for c in other.children)
    return other if counted else None


def _subject_before(anchor, inside: set[int], lead=None):
    """"20,000 jobs are to go, 500 will be lost by May at the trade ministry": a bare count
    that is the subject of a clause after a comma or "and" (or the object of a "with",
    `lead`, after a comma) counts what the nearest subject before it in the sentence
    counted, however the parse joins the clauses; None where another subject stands
    between ("Acme cut 300 jobs, but the union said 20 ...")."""
    doc = anchor.doc
    left = lead if lead is not None else anchor.left_edge
    if left.i < 2 or doc[left.i - 1].lower_ not in (",", "and", ";", "while", "but") \
            or lead is not None and doc[left.i - 1].text != ",":
        return None
    for t in reversed(doc[anchor.sent.start:left.i - 1]):
        if (t.dep_ in ("nsubj", "nsubjpass") or _there_is(t)) and not t.like_num:  # past
            # earlier bare items
            counted = t.pos_ == "NOUN" and t.i not in inside and not unitlike(t) and any(
                c.dep_ == "nummod" and c.like_num for c in t.children)
            return t if counted else None
    return None


def _there_is(noun) -> bool:
    """Whether `noun` is what a "there is" or "there are" says is: "there are 80 staff at
    the plant", the clause's subject in all but the parse."""
    return noun.dep_ == "attr" and any(c.dep_ == "expl" for c in noun.head.children)


def _count_said_after(anchor, first, inside: set[int]):
    """"holds 9,000 paintings and says that about 300 are lent out each year": a
    bare count that is the subject of a clause a verb of saying takes counts what the
    nearest count before it in the sentence counted."""
    verb = anchor.head
    if anchor.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ccomp" \
            or verb.head.lemma_.lower() not in REPORTING_VERBS:
        return None
    noun = nearest_count(reversed(anchor.doc[first.sent.start:first.i]), first)
    return None if noun is None or unitlike(noun) or noun.ent_type_ in ("DATE", "TIME") \
        else noun


def previous_figure(first):
    """The figure this one restates or carries on from, as its tokens: "7.5m crowns (US
    $1.1m)", "up 7.6 per cent to $71", "down 54p at 1,230p", "224 kW / 300 PS", "(£5m; $6m)"."""
    doc = first.doc
    i = first.i - 1
    if i < 1 or doc[i].lower_ not in ("(", "to", "at", "/", ";"):
        return None
    j = i - 1
    if doc[i].lower_ == "to":
        past = _past_time(doc, j)  # "from 90,000 cars this year to 150,000 cars"
        j = past if figure_part(doc[past]) else j
    if not figure_part(doc[j]) or doc[i].lower_ == "to" and doc[j].lower_ == "times":
        return None  # (nor "raised rates three times to 4.5%": a count of moves, no level)
    i = j + 1
    while j > 0 and i - j < 6 and (figure_part(doc[j - 1]) or _currency_letters(doc[j - 1])):
        j -= 1  # "1bn CFA francs ($2m)": a currency's letters are part of the figure
    if doc[i].text in ("/", ";") and (j < 1 or doc[j - 1].text != "("):
        return None  # "$1m to $2m, 99 days; $2m to $3m": a list of items, no restatement
    if not any(_number_word(t) for t in doc[max(0, j - 2):i]):
        return None  # "raised interest rates last year to 4.5%", "raised its forecast by
        # 60,000 barrels a day to": a unit's word or a dash, no figure
    return doc[j:i]


def _number_word(token) -> bool:
    """A number in digits or words, a part ("a quarter") or a vague amount ("dozens")."""
    word = token.lower_
    return token.like_num or figure_like(token) or word in PART_NOUNS or word in VAGUE \
        or word in SCALES


def _past_time(doc, j: int) -> int:
    """The index before the time phrase (a date, with its "in" or "on") that ends at `j`,
    or `j` where none does: "this year", "in 2004"."""
    k = j
    while k > 0 and j - k < 4 and doc[k].ent_type_ == "DATE" and not doc[k].like_num:
        k -= 1
    if k < j and doc[k].lower_ in ("in", "on", "during", "by"):
        k -= 1
    return k if k < j and doc[k].ent_type_ != "DATE" else j


def _currency_letters(token) -> bool:
    """The capitals of a currency's name between a figure and its currency word: "CFA"."""
    return token.is_upper and token.is_alpha and len(token) <= 4 and unitlike(token.head)


def compared_figure(anchor, inside: set[int], reach: int = 14):
    """"Net profit was $186m, compared with $1.13bn a year earlier", "26% of networks used
    default settings compared to 30% in Frankfurt", "earned $630m in the period, down from
    $1bn", "makes 500 cars a day rather than 300": the figure a bare figure after "compared
    with" or "to", "up from" or "down from", "rather than" or "instead of" is set against, as
    its tokens (the nearest before "compared", past dates)."""
    if anchor.dep_ == "nummod" and anchor.head.dep_ == "pobj" and anchor.head.head.lower_ == "from":
        anchor = anchor.head  # "up from 831 cases": the phrase of the counted noun
    if anchor.dep_ == "conj" and anchor.head.dep_ == "pobj" and figure_like(anchor.head) \
            and anchor.head.head.lower_ in ("with", "to"):
        anchor = anchor.head  # "compared with 28 in Norway and 24 in Denmark"
    compare = anchor.head.head if anchor.dep_ == "pobj" else None
    doc = anchor.doc
    if compare is not None and anchor.head.lower_ == "from" and anchor.head.i > 0 \
            and doc[anchor.head.i - 1].lower_ in ("up", "down"):
        compare = doc[anchor.head.i - 1]  # "a 36% share - down from 39%", the "from" on the noun
    if compare is not None and anchor.head.lower_ == "from" and _level_before_comma(
            doc, anchor.head.i - 1):
        compare = anchor.head  # "to slide to $1.1bn (£581m), from $1.4bn": the level left
    if compare is not None and anchor.head.lower_ == "with" \
            and doc[anchor.head.i - 1].text == "," \
            and any(c.lower_ in ("against", "opposed") for c in anchor.children):
        compare = anchor.head  # "55% backed the plan, with 30% against"
    k = anchor.left_edge.i
    if k > 1 and [t.lower_ for t in doc[k - 2:k]] in (["rather", "than"], ["instead", "of"]) \
            and anchor.lower_ != "one":  # not "rather than one where", a pronoun
        compare = doc[k - 2]  # "500 cars a day rather than 300", "one piece instead of two"
    elif compare is None or not (anchor.head.lower_ in ("with", "to")
                                 and compare.lemma_ == "compare"
                                 or compare.i == anchor.head.i and compare.lower_ == "with"
                                 or anchor.head.lower_ == "from"
                                 and (compare.lower_ in ("up", "down")
                                      or compare.i == anchor.head.i)):
        return None
    for t in reversed(doc[_words_back(doc, compare.i, reach):compare.i]):
        if t.i in inside or t.ent_type_ in ("DATE", "TIME") or not figure_like(t) \
                or t.lower_ == "one" \
                or t.i > 0 and doc[t.i - 1].lower_ in ("per", "every"):
            continue  # "the rate remains one of the lowest, compared with"; "31 doctors
            # per 10,000 people, compared with 28": the base of the rate, not the figure
        lo = hi = t.i  # the whole figure: "$141m", "143m euros", "26%"
        while lo > 0 and t.i - lo < 3 and figure_part(doc[lo - 1]) \
                and doc[lo - 1].pos_ != "VERB":  # not "Labour won 350 seats": no won
            lo -= 1
        while hi + 1 < compare.i and hi - t.i < 3 and figure_part(doc[hi + 1]):
            hi += 1
        return list(doc[lo:hi + 1])
    return None


def _words_back(doc, end: int, reach: int) -> int:
    """Where a stretch of `reach` words before `end` starts, not counting a bracket's words:
    "never used a virtual private network (VPN), up from 30%" reaches as far back as without
    it."""
    start, counted, depth = end, 0, 0
    while start > 0 and counted < reach:
        start -= 1
        if doc[start].text == ")":
            depth += 1
        elif doc[start].text == "(" and depth:
            depth -= 1
        elif not depth:
            counted += 1
    return start


def _level_before_comma(doc, i: int) -> bool:
    """Whether the comma at `i` ends a level a "to" reached, with its restatement in
    brackets if any: "to $1.1bn (£581m),"."""
    if i < 2 or doc[i].text != "," or not (figure_part(doc[i - 1]) or doc[i - 1].text == ")"):
        return False
    return any(t.lower_ == "to" and (figure_part(doc[t.i + 1]) or doc[t.i + 1].tag_ == "$")
               for t in doc[max(0, i - 8):i - 1])


def _noun_after(last):
    """The noun right after a figure, past adjectives ("2.1M print and online copies"),
    where the parse did not tie the two; none for "45 previous years", "2,483,805 while"."""
    for t in last.doc[last.i + 1:last.i + 6]:
        if t.pos_ in NOUNISH or t.tag_.startswith("NN"):  # "rotate 3 turns": tagged NNS, AUX
            return None if unitlike(t) else _whole_noun(t)
        if t.pos_ not in ("ADJ", "CCONJ", "ADV") and t.text != "-":
            return None
    return None


def _whole_noun(word):
    """The noun a word right before it is part of, where the parse made the word its
    compound: "adult" of "One in 10 adult Americans" -> Americans; else the word."""
    head = word.head
    if word.dep_ == "compound" and head.i > word.i and head.pos_ in NOUNISH and all(
            t.dep_ == "compound" and t.head.i == head.i for t in word.doc[word.i:head.i]):
        return head
    return word


# the prepositions of examples, which are the things themselves
_EXAMPLE_PREPS = {"as", "like", "including"}


# verbs whose first object is the one a sum falls on, never what it measures; and all the
# verbs that take the one a sum falls on and the sum as two objects
_SUM_FALLS_ON = {"cost", "save", "charge", "owe"}
_TWO_OBJECTS = _SUM_FALLS_ON | {"pay", "give", "lend", "award", "grant", "hand", "offer",
                                "fine", "net", "earn"}


def _name_before(first, inside: set[int], reach: int = 4):
    """"Dow +0.2%", "Tom Hale (0.7 WAR)": a name right before the figure, no verb between;
    where the name modifies a noun between, that noun ("sent Fiat shares down 1.2%", "his
    2200 GMT curfew deadline by two hours"); not a name in a noun's phrase ("prices in
    Wales")."""
    doc = first.doc
    i = first.i - 1
    while i >= 0 and first.i - i <= reach:
        t = doc[i]
        if (t.pos_ in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ") and t.lower_ != "by"
                or t.ent_type_ in ("DATE", "TIME") or t.lower_ in WEEKDAYS | MONTHS
                or split_scale(t)):
            return None  # "..., Lancaster by 1.9%": a name, then the change; "30m euros
            # ($39m": another figure
        if t.pos_ == "PROPN" and t.i not in inside and not figure_like(t):
            # not "$10bn (£5bn)": the model tags some figures as names
            if t.dep_ in ("dobj", "dative") and t.head.lemma_.lower() in _TWO_OBJECTS \
                    and t.head.is_ancestor(first):
                return None  # "is thought to have cost Jamaica up to $900m": the one the
                # sum falls on, the verb's first object, not what it measures
            if t.dep_ == "pobj" and t.head.i < t.i and t.head.lower_ not in _EXAMPLE_PREPS and any(
                    w.lower_ in ("by", "up", "down") for w in doc[t.i + 1:first.i]):
                return None  # "cut prices in Wales by 12%", "the deficit with China, up
                # 30.5%": what moves is the noun; not "a firm in Lens, 20 miles from Lille",
                # nor an example ("firms such as Boots up 2%")
            noun = t
            while noun.dep_ in ("compound", "poss") and noun.i < noun.head.i < first.i \
                    and noun.head.pos_ in NOUNISH and not unitlike(noun.head):
                noun = noun.head
            return noun
        i -= 1
    return None
