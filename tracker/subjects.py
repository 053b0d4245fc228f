"""Tie each figure to what it counts (subject), who acts (actor), on whose word
(attribution) and where (location), from spaCy's dependency parse: `context_of`.

Only the sentences that hold a figure are parsed.  The rules walk the parse from the
figure's tokens: up to the noun it modifies (`counted`, else `nearby`), then to the verb
that governs that noun (`actors`, `attribution`); `places` finds the place nearest it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .actors import (
    KINDS_OF_PEOPLE,
    PRONOUN_DOER,
    actor_of,
    can_act,
    moves_a_price,
    only_beholds,
    only_said,
    owning_pronoun,
    person_ending,
    sayers_own,
    share_held_by,
    vague_count,
    with_partners,
)
from .attribution import FORECAST_AFTER, PRONOUN_SOURCE, attribution_of
from .counted import (
    BOUNDS_AFTER,
    EARNINGS,
    absolute_with,
    activity,
    bound_object,
    counted_noun,
    counted_out_of,
    dated,
    earned_for,
    held_with,
    level_mover,
    money_kind,
    partners_with,
    penalised,
    purpose,
    restates_part,
    those_defined,
    value_noun,
    valued_noun,
)
from .data.numbers import ORDINAL_WORDS, PART_NOUNS, SCALES, UNITS, VAGUE_SCALES
from .data.phrases import CHANGE_DOWN, CHANGE_UP, MOST_OCCASIONS, PASSIVE_AUX, POSTS_MOVED
from .data.subjects import (
    ACTING_ON_VERBS,
    BODY_NOUNS,
    CHANGE_NOUNS,
    COUNT_NOUNS,
    CURRENCY_WORDS,
    DEMONYMS,
    ESTIMATE_NOUNS,
    EVENT_NOUNS,
    HARM_VERBS,
    HAVING_VERBS,
    HELD_IN,
    HONORIFICS,
    IDIOM_OBJECTS,
    INTENT_NOUNS,
    LINKING_PARTICIPLES,
    MARK_NOUNS,
    MARK_SIDES,
    MARK_VERBS,
    MONEY_PHRASAL_VERBS,
    MONEY_VERBS,
    MOVE_NOUNS,
    PARTICLE_ADVERBS,
    PENALTY_VERBS,
    PEOPLE_NOUNS,
    PERSON_NOUNS,
    PLIGHT_OBJECTS,
    PLIGHT_PHRASES,
    PLIGHTS,
    POLLING_VERBS,
    PRIZES,
    RACE_DISTANCES,
    RACE_POINTS,
    RATE_FRAMES,
    RATE_WORDS,
    RELATIVE_TIME,
    REPORTING_VERBS,
    RESIDENT_GROUPS,
    SERVING_VERBS,
    SIDED_MARKS,
    SOURCE_DOCUMENTS,
    SPAN_NOUNS,
    SPENDING_PREPS,
    TIME_NOUNS,
    VALUE_NOUNS,
    VALUING_WORDS,
)
from .nearby import (
    compared_figure,
    further_count,
    further_share,
    listed_count,
    nearby_subject,
    nearest_count,
    previous_figure,
)
from .nouns import (
    CLAUSE_PREPS,
    acronym_ends,
    compact,
    hyphened_after,
    noun_phrase,
    owner_name,
    rank_named,
    sized_group,
    subject_key,
)
from .parse import (
    DASHES,
    NOUNISH,
    clause_antecedent,
    contiguous,
    figure_like,
    figure_part,
    glued,
    governor,
    holds,
    name_like,
    nsubj,
    one_person_before,
    owner_marked,
    participle,
    passive_agent,
    person,
    player_sold,
    prep_objects,
    resolve,
    root,
    span_tokens,
    split_scale,
    text_of,
    to_form,
    unitlike,
    whole_of_part,
)
from .patterns import NAME_BEFORE_BRACKET, WHEN_AFTER
from .places import country_of, location_of, named_people_country, people_country
from .quotes import TAG_BEFORE, TAG_VERB


@dataclass(frozen=True, slots=True)
class Context:
    """What the parse says about one figure."""

    subject: str = ""
    subject_key: str = ""
    actor: str = ""
    attribution: str = ""
    location: str = ""
    said_by_pronoun: bool = False  # "he said": the source is named in an earlier sentence
    race: bool = False  # the figure names a race ("the 60m hurdles title"), no amount
    anaphor: bool = False  # a bare "the 12" that stands for what a figure before counted
    done_by: str = ""  # "he" or "she", who does what the figure counts, named before
    reckoned: bool = False  # the source only owns the forecast the figure is ("market
    # expectations of 190,000"), no report the next sentence goes on with


def context_of(doc, start: int, end: int, noun: str = "", dimension: str = "count") -> Context:
    """Read subject, actor, attribution and location of the figure at doc[start:end] chars."""
    if dimension == "ratio":
        dimension = "count"  # "four times as many vehicles were produced": read as a count
    tokens = span_tokens(doc, start, end)
    if not tokens:
        return Context()
    if dimension == "length" and _race_event(tokens):
        return Context(race=True)  # "won the women's 800m", "Olympic 100m champion"
    inside = {t.i for t in tokens}
    anchor = root(tokens)
    sent = anchor.sent
    subject, key, head = _subject(tokens, noun, dimension)
    anaphor = dimension == "count" and _stands_for_earlier(tokens, anchor)
    subject, key = ("", "") if anaphor else (subject, key)  # "the 12 were being held": the
    # 12 counted before, if any, which the article's reading fills in
    when = dimension == "time" and (not subject and dated(anchor, inside)
                                    or activity(anchor, inside) is not None)
    penalty = penalised(anchor, inside) if dimension == "time" \
        else _fined(anchor, head, inside) if dimension == "currency" else None
    if penalty is not None:
        subject, key, actor = _penalty_read(penalty, inside, subject, key)
    elif when or key in ("gap to rival", "time before", "time until") or dimension == "time" \
            and (key in _STATES or subject.split(" (", 1)[0] in _STATES):  # ("sidelined (Lee)")
        actor = ""  # "vanished 10 years ago", "passed after 30 hours of debate": a when,
        # which no one does; nor a margin to a rival (`_gap_to`), nor a spell in a state
        # ("who came back after five weeks out"), nor a wait ("five days before an engineer
        # would show up")
    else:
        actor = actor_of(anchor, head, inside, dimension, subject)
    pronoun = actor[len(PRONOUN_DOER):] if actor.startswith(PRONOUN_DOER) else ""
    actor = "" if pronoun else actor
    received = _penalty_received(anchor, head, inside)
    if received is not None:  # "the cyclist has received a two-year ban": he serves it, and
        # who imposes it is not named
        subject, key, actor = (*_served_read(received, subject, key), "")
    elif (imposed := _penalty_imposed(head, inside)) is not None:
        subject, key, actor = imposed[0], imposed[1], actor or imposed[2]  # "the FCC's
        # $550,000 fine levied against Viacom" -> "fine (Viacom)", the FCC acting
    if dimension == "currency" and subject:
        subject, key = _sum_of_doer(anchor, inside, subject, key, actor)
    subject, key, actor = _whose_mark(tokens, anchor, inside, dimension, (subject, key, actor))
    subject, key = _with_margin(anchor, inside, subject, key, actor)
    if _span_of_deed(anchor, inside, (start, end), dimension, (subject, actor, head)):
        subject = key = ""
    if actor and only_said(anchor, head):
        actor = ""
    actor = _none_for_when(actor or _doer_named(subject, key), doc, inside, dimension)
    # ("time to score (Ortiz)": Ortiz)
    subject = _pronoun_owner(anchor, head, subject, actor)
    attribution = attribution_of(_with_clause_before(sent), anchor, inside)
    reckoner = "" if attribution else _reckoner(head, anchor, inside)
    attribution = attribution or reckoner
    by_pronoun = attribution == PRONOUN_SOURCE
    attribution = "" if by_pronoun else attribution
    attribution, actor = _estimate_given(subject, actor, attribution)
    if not attribution:
        subject, actor, attribution = _said_aside(sent.text, text_of(doc)[end:], subject, actor)
    place = "" if when or dimension == "age" and _one_persons_age(tokens, head, subject) \
        else location_of(sent, start, end, anchor)  # nor where: "over the next three
    # years, Nigeria will ..." does not happen in Nigeria; "The 31-year-old scored twice in
    # the win at Derby": where she acts is not where her age is, nor where she is from is
    if (not place or attribution.startswith(f"{place}'s ")) \
            and dimension in _NATIONAL_MEASURES:  # (also over the country that owns the
        # source: "Japan's largest carmaker estimates the Chinese market will grow 12%")
        noun = head if head is not None else _noun_named(sent, subject, anchor)
        if noun is not None:
            place = _country_of_noun(noun, dimension != "count" or bool(
                _POPULATION_SIZE.search(text_of(doc), start, end))) or place
    subject, key = ("", "") if _counts_its_place(subject, place, head, tokens[0]) \
        else (subject, key)
    subject = _place_left_out(subject, place) if dimension != "time" else subject  # (not "time
    # in Nairobi", "held in Guantanamo Bay": a time is named by the deed and where)
    return Context(subject, key.lower(), actor, attribution, place, by_pronoun,
                   anaphor=anaphor, done_by=pronoun, reckoned=bool(reckoner))


def _estimate_given(subject: str, actor: str, attribution: str) -> tuple[str, str]:
    """(attribution, actor) of a figure whose actor only gives its own estimate or forecast
    (`_own_estimate`): its source, where no other is named, and no actor ("The OECD will trim
    its growth estimate from 2.1% to 1.5%": its word, no deed of its own); else as they
    are."""
    if _own_estimate(subject, actor, attribution):
        return attribution or actor, ""
    if subject.split(" (")[0].lower().rstrip("s").endswith(_RECKONED):
        return attribution, ""  # "better than the market expectation of £59m": no one's deed
    return attribution, actor


# the last words of a subject that names an estimate itself, which no one does
_RECKONED = tuple(f" {noun}" for noun in (*ESTIMATE_NOUNS, "expectation"))


def _own_estimate(subject: str, actor: str, attribution: str) -> bool:
    """Whether the one the actor column names only gives its own estimate or forecast, and
    so is its source, not its doer: "the ministry said its estimate of the damage was $5bn"
    -> "estimate of the damage (ministry)" (the ministry does nothing the sum measures),
    also one that revises it: "The OECD will also trim its growth estimate for the euro
    area from 2.1% to 1.5%" -> "growth estimate for the euro area (OECD)"."""
    words = subject.split(" (")[0].lower().split()
    own = subject.endswith(f" ({actor})") or bool(actor) and subject.lower().startswith(
        (f"{actor.lower()}'s ", f"{actor.lower()}\u2019s "))  # (also "the panel's earlier
    # forecast of 1.4%" -> panel)
    return bool(actor) and (actor == attribution or own) and any(
        w in ESTIMATE_NOUNS and (own or words[i + 1:i + 2] == ["of"])
        for i, w in enumerate(words))


def _pronoun_owner(anchor, head, subject: str, actor: str) -> str:
    """The owner an "its", "their", "his" or "her" on the figure's noun stands for, in
    brackets: the doer, who acts on what is its own ("Halden will lift its dividend by 8%"
    -> "dividend (Halden)"), a "their" only for a doer of more than one ("Ant and Dec",
    "the banks"), a "his" or "her" only for one named ("Federer extended his winning
    streak to 24");
    the subject as it was where none such is named or it has an owner."""
    if head is None or head.text not in subject.split():  # the noun the subject was read
        # from by another path: the nearest of its last word in the sentence
        word = subject.rsplit(" ", 1)[-1]
        head = min((t for t in anchor.sent if t.text == word),
                   key=lambda t: abs(t.i - anchor.i), default=None)
        head = head.head if head is not None and rank_named(head.head) == head else head
        # ("her second number one": the rank's noun)
    mark = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in _OWNER_MARKS
                 and c.i < head.i), None) if head is not None else None
    doer = next((t for t in anchor.sent if t.text == actor.rsplit(" ", 1)[-1]
                 and t.dep_ in ("nsubj", "nsubjpass") and not t.is_ancestor(head)),
                None) if mark is not None and actor else None
    if doer is None or "(" in subject or actor.lower() in subject.lower() \
            or _OWNER_MARKS & set(subject.lower().split()) \
            or mark.lower_ == "their" and not (" and " in actor or actor.endswith("s")) \
            or mark.lower_ in ("his", "her") and (" and " in actor or not actor[:1].isupper()) \
            or mark.lower_ == "its" and _person_named(anchor.sent, actor) \
            or _its_plural(mark, doer):
        return subject  # (not "firms of its kind", whose "its" stays in the subject; not
        # "Mr Ghosn trimmed its workforce": a person's "its" is a firm's, and a plural's none
        # ("shoppers live ... in its four largest towns"); not a doer that is
        # no clause's subject, "after the storm which killed 400 of its people", nor
        # one whose own phrase holds the noun)
    return f"{subject} ({actor})"


def _its_plural(mark, owner) -> bool:
    """Whether an "its" would stand for a plural common noun, which it never does ("users
    ... in its three biggest cities", "Reserves of $119bn beat its debt"; but a title:
    "Friends ended its 10-year run")."""
    return mark.lower_ == "its" and owner.tag_ == "NNS" and owner.is_lower


# the marks of an owner that the doer of the clause may be: "its dividend", "their
# spending", "his winning streak" (a "his" or "her" only for one named)
_OWNER_MARKS = {"its", "their", "his", "her"}


def _person_named(sent, name: str) -> bool:
    """Whether `name` is a person's: a title before it, or the model's person of more
    than one word (one word the model takes for a person is often a firm's:
    "Diageo")."""
    words = name.split()
    return words[0].lower().rstrip(".") in HONORIFICS or len(words) > 1 and any(
        t.text == words[-1] and t.ent_type_ == "PERSON" for t in sent)


# what one holds or puts money in: its "in" phrase names a firm, whatever the model says
_INVESTED_IN = HELD_IN | {"shares", "investment", "investments"}


def _counts_its_place(subject: str, place: str, head, first) -> bool:
    """Whether the subject is only the place of the "in" phrase right before the figure,
    where the figure is and not what it counts: "and in Finland 52,000"."""
    return subject == place and head is not None and head.i == first.i - 1 \
        and head.dep_ == "pobj" and head.head.lower_ == "in"


def _place_left_out(subject: str, place: str) -> str:
    """The subject less the phrase that names its place, which the location column holds,
    so that a measure groups across places as it does across periods: "The average house
    price in Wales and Scotland was ..." -> "average house price" (the parse may have cut
    the place at its "and"); not a phrase inside the subject's words ("sales in the US of
    its drugs"), nor what one invests in ("investment in Rover")."""
    if not place or place.split()[0] not in subject:  # each phrase holds the first word
        return subject
    for phrase in _place_phrases(place):
        found = phrase.search(subject)
        if found is not None and found.start() > 0:
            if subject[:found.start()].split()[-1].lower() in _INVESTED_IN | _LIVING_IN:
                return subject  # (nor where a participle lives in it: "for students
                # living in Louisiana", which needs it)
            return subject[:found.start()] + subject[found.end():]
    return subject


# the participles a place completes: "students living in Louisiana", also their verbs
# after a "who": "Britons who live in Spain"
_LIVING_IN = {"living", "based", "working", "born", "resident", "located", "staying",
              "studying", "settled", "live", "lives", "lived", "work", "works", "worked",
              "study", "studies", "studied", "stay", "stays", "stayed", "settle"}


@lru_cache(maxsize=1024)
def _place_phrases(place: str) -> tuple[re.Pattern, ...]:
    """The phrases that name `place` or the first words of it, longest first: "in western
    Europe", "in the US alone"."""
    words = place.split()
    return tuple(re.compile(r"[ \u00a0]+(?:in|across|throughout)[ \u00a0]+(?:the[ \u00a0]+)?"
                            r"(?:(?:western|eastern|northern|southern|central)[ \u00a0]+)?"
                            + re.escape(" ".join(words[:k]))
                            + r"(?:[ \u00a0]+alone)?(?=$|[ \u00a0]*[(,]|[ \u00a0]+who\b)")
                 for k in range(len(words), 0, -1))


def _whose_mark(tokens, anchor, inside: set[int], dimension: str,
                read: tuple[str, str, str]) -> tuple[str, str, str]:
    """Subject, key and actor, set right where a time or a record is another's than the
    sentence's doer's: a runner's time in brackets after the name (`_name_before_bracket`),
    a record another set (`_record_holder`); else the actor a sum's subject names."""
    subject, key, actor = read
    runner = _name_before_bracket(tokens) if dimension == "time" else ""
    if runner:
        return f"time ({runner})", "time", runner
    held = _record_holder(anchor, inside)
    if held is not None:  # "the previous mark of 14:39.29 set by another Ethiopian,
        # Berhane Adera": the mark and its setter, not the one who broke it
        return held
    return subject, key, actor or _named_doer(subject)


def _record_holder(anchor, inside: set[int]) -> tuple[str, str, str] | None:
    """A record, mark or best that a participle says another set or holds: "the previous
    indoor mark of 8:03.5 set by another Kenyan, Joyce Ali" -> ("previous indoor mark (Joyce
    Ali)", key, "Joyce Ali"), its setter the actor, or that the verb's subject sets ("The
    champion set a new mark of 4.9m" -> "new mark (champion)"); None where none is named."""
    frame = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" else None
    if frame is None or frame.lemma_.lower() not in _RECORD_NOUNS:
        return None
    setting = next((c for t in (anchor, frame) for c in t.children if c.dep_ == "acl"
                    and c.tag_ == "VBN" and c.lemma_.lower() in ("set", "hold", "establish")),
                   None)
    agent = passive_agent(setting) if setting is not None else None
    if setting is None and frame.dep_ == "dobj" and frame.head.lemma_.lower() in (
            "set", "establish"):
        agent = nsubj(frame.head)  # "The world champion set a new indoor mark of 4.91m"
        if agent is not None and agent.lower_ == "old":
            return None  # "The 25-year-old ... setting a new mark": an age, no name
    if agent is None or agent.pos_ not in NOUNISH | {"ADJ"}:
        return None
    named = next((c for c in agent.children if c.dep_ == "appos" and c.pos_ == "PROPN"), agent)
    holder = compact(named, inside)
    if not holder:
        return None
    mark = noun_phrase(frame, inside, with_preps=False)
    return f"{mark} ({holder})", subject_key(frame, inside), holder


_RECORD_NOUNS = {"record", "mark", "best", "time"}


def _name_before_bracket(tokens) -> str:
    """The name a time stands in brackets right after, alone in them, whose time it is:
    "Tom Hale (3:52.10) came third behind Neil Bright (3:51.40)" -> "Neil Bright" for
    the second; else ""."""
    doc, first, last = tokens[0].doc, tokens[0], tokens[-1]
    if first.i < 2 or doc[first.i - 1].text != "(" or last.i + 1 >= len(doc) \
            or doc[last.i + 1].text != ")" or doc[first.i - 2].pos_ != "PROPN":
        return ""
    name = NAME_BEFORE_BRACKET.search(text_of(doc), max(0, first.idx - 60), first.idx)
    return name.group(1) if name else ""


def _stands_for_earlier(tokens, anchor) -> bool:
    """A bare count after "the", "these" or "those" that stands for what a figure before
    counted: "Law Lords ruled that the 12 were being held unlawfully", "release the four",
    "the final five"; not "the 12 men", "the last 16", "the top 10"."""
    doc = anchor.doc
    after = doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc) else None
    first = tokens[0].i
    between = first > 1 and doc[first - 1].lower_ in _OF_THOSE_BEFORE  # "the final five"
    return (all(t.like_num or t.pos_ == "NUM" for t in tokens)
            and anchor.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos")
            and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those")
                    and c.i == first - 1 - between for c in anchor.children)
            and not any(c.dep_ in ("amod", "prep", "compound")
                        and not (between and c.i == first - 1) for c in anchor.children)
            and (after is None or after.pos_ not in NOUNISH))


# words between "the" and a bare count that still stands for those counted before: "the
# final five", "the remaining four" (not "the last 16", "the top 10": ranks)
_OF_THOSE_BEFORE = {"final", "remaining", "other", "surviving"}


def _country_of_noun(noun, population: bool) -> str:
    """The country whose own statistic a figure is, where no place word says: by a people's
    adjective on a thing ("French consumer prices") or on people who live there ("British
    camera phone users", "60% of French voters"), or by a people's name where the figure is
    a share or in thousands, as a population's is ("five million Britons", "90% of Britons");
    not others who are often abroad ("British troops"), nor a handful of people ("two other
    Russians, Igor Andreev and ...", "41 Britons died in the tsunami"), nor people harmed,
    wherever that was, nor a currency, which trades everywhere."""
    if noun.lower_ in CURRENCY_WORDS:
        return ""
    if not can_act(noun):
        return country_of(noun)
    if _harmed(noun):
        return ""
    if noun.lemma_.lower() in RESIDENT_GROUPS:
        return country_of(noun)
    return people_country(noun) if population else ""


# a count the size of a population: "five million", "12,000", "tens of thousands"
_POPULATION_SIZE = re.compile(r"\d{1,3}(?:,\d{3})+|\d{4,}|thousand|million|billion|\d(?:m|bn)\b",
                              re.IGNORECASE)


def _harmed(noun) -> bool:
    """Whether a verb or participle of harm befalls the people a noun counts."""
    return noun.head.lemma_.lower() in HARM_VERBS and noun.dep_ in ("nsubjpass", "dobj") \
        or any(c.dep_ in ("acl", "amod") and c.lemma_.lower() in HARM_VERBS
               for c in noun.children)


def _fronted_span(anchor, start: int) -> bool:
    """Whether a time or a length opens its sentence or a clause in a phrase of span: "In 12
    months the lasers have helped", "Within two years, each region will", "We know that in
    five years the euro will be weaker"."""
    text, opens = text_of(anchor.doc), anchor.sent.start_char
    return _FRONTED.fullmatch(text, opens, start) is not None \
        or _CLAUSE_FRONTED.search(text, opens, start) is not None


# "In", "Within the next", "In just": a span phrase's words before its figure at the start
_FRONTED = re.compile(r"""[\s"'“‘]*(?:in|within|over)[ \u00a0]+(?:(?:just|only|the|next|"""
                      r"""past|last|less|than|more|about|almost|nearly)[ \u00a0]+){0,3}""",
                      re.IGNORECASE)


_CLAUSE_FRONTED = re.compile(r"\b(?:that|and|but|because|while|if|so|although)[ \u00a0]+"
                             r"(?:in|within|over)[ \u00a0]+(?:(?:just|only|the|next|past|last"
                             r"|less|than|more|about|almost|nearly)[ \u00a0]+){0,3}$",
                             re.IGNORECASE)


def _with_margin(anchor, inside: set[int], subject: str, key: str, actor: str
                 ) -> tuple[str, str]:
    """Subject and key of a figure that gives by how much one wins or leads (`_margin`),
    the winner in brackets ("beating Otieno by 0.25 seconds" -> "winning margin (Smith)");
    else the ones given."""
    margin = _margin(anchor, inside)
    if not margin:
        return subject, key
    return (f"{margin} ({actor})" if actor else margin), margin


def _phrase_word(anchor, deps: tuple[str, ...]):
    """The word whose phrase the figure is, climbing from its root past the roles `deps`
    ("by 0.25 seconds" -> "seconds", "$5bn" hung on its "bn")."""
    t = anchor
    while t.dep_ in deps and t.head.i != t.i:
        t = t.head
    return t


def _word_after(tokens):
    """The token right after the figure, None at the end of the text."""
    doc, last = tokens[-1].doc, tokens[-1]
    return doc[last.i + 1] if last.i + 1 < len(doc) else None


def _margin(anchor, inside: set[int]) -> str:
    """What a figure in the "by" phrase of a verb of winning or leading measures: "winning
    margin" ("beating Otieno by 0.25 seconds", "won by 25 metres", "won the seat by 2,000
    votes"), "lead" ("lead the Tories by six points"), "deficit" ("trail by two goals");
    "" for any other figure, and where what is beaten is no side ("beat forecasts by 5%")."""
    t = _phrase_word(anchor, ("nummod", "compound", "quantmod"))
    if t.dep_ != "pobj" or t.head.lower_ != "by" or not (
            t.head.dep_ == "prep" or t.head.dep_ == "agent" and not any(
                c.dep_ == "auxpass" for c in t.head.head.children)) \
            or _SCORE_AFTER.match(text_of(t.doc), t.idx + len(t)):
        return ""  # not "being led by his two sons", nor "lead by 39% to 34%", two shares
        # (but "The Irish trailed by two points", a past tense the tagger took for a passive)
    verb = t.head.head
    last = t.doc[t.head.i - 1]  # the word right before "by"
    beaten = next((a for a in (last, *last.ancestors) if a.dep_ == "dobj"
                   and a.right_edge.i == last.i), None)
    if verb.lemma_.lower() not in _MARGINS and beaten is not None \
            and beaten.head.lemma_.lower() in _MARGINS and beaten.head.i != verb.i:
        verb = beaten.head  # "ran the mile to beat Spain's Juan Lopez by almost 5secs",
        # the "by" hung on a verb further back
    name = _MARGINS.get(verb.lemma_.lower())
    if name is None and verb.lemma_.lower() in _OFF_VERBS and any(
            c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
        name = "winning margin"  # "held off Geneti by only 0.19secs"
    if name is None or any(c.i in inside for c in verb.children if c.dep_ == "dobj"):
        return ""
    beaten = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if beaten is not None and not (beaten.pos_ in ("PROPN", "PRON") or beaten.ent_type_
                                   or beaten.lemma_.lower() in _CONTESTS
                                   or _may_be_person(beaten)  # "the defending champion"
                                   or any(c.dep_ == "appos" and c.pos_ == "PROPN"
                                          for c in beaten.children)):  # "his colleague X"
        return ""  # "beat forecasts by 5%", "won approval by 300 votes"
    return name


_SCORE_AFTER = re.compile(r"[ \u00a0]+to[ \u00a0]+\d")
# verbs of winning or leading, and what a figure in their "by" phrase measures
_MARGINS = {"beat": "winning margin", "defeat": "winning margin", "edge": "winning margin",
            "thrash": "winning margin", "win": "winning margin", "outpoll": "winning margin",
            "lead": "lead", "trail": "deficit", "pip": "winning margin",
            "outsprint": "winning margin", "outrun": "winning margin", "lose": "losing margin"}
# verbs that win with "off" after them: "held off the Kenyan by 0.2secs", "saw off"
_OFF_VERBS = {"hold", "see", "fight", "fend"}
# what one wins by a margin besides a side: "won the seat by 2,000 votes"
_CONTESTS = PRIZES | {"seat", "race", "election", "match", "game", "contest", "event", "heat",
                      "ballot", "vote", "poll", "bout", "fight", "tie", "leg", "stage", "rivals",
                      "opponents", "rival", "opponent"}


def _doer_name(anchor, inside: set[int]) -> str:
    """The name of the subject of the verb a figure hangs on ("In 12 months the lasers have
    helped" -> lasers), "" for none."""
    return _argument_name(anchor, inside, nsubj)


def _main_doer_name(anchor, inside: set[int]) -> str:
    """The name of the subject of the main verb of a figure's sentence ("Lee came close to
    scoring with a drive from 18 yards" -> Lee), "" for none."""
    doer = nsubj(anchor.sent.root)
    return compact(doer, inside) if doer is not None and doer.i not in inside else ""


def _object_name(anchor, inside: set[int]) -> str:
    """The name of the object of the verb a figure hangs on ("beat the keeper from 20 yards"
    -> keeper), "" for none."""
    return _argument_name(anchor, inside, lambda verb: next(
        (c for c in verb.children if c.dep_ == "dobj"), None))


def _argument_name(anchor, inside: set[int], argument) -> str:
    """The name of the word `argument` picks from the verb a figure hangs on, "" for none."""
    verb = governor(anchor)
    word = argument(verb) if verb is not None else None
    return compact(word, inside) if word is not None and word.i not in inside else ""


def _said_aside(sentence: str, after: str, subject: str, actor: str) -> tuple[str, str, str]:
    """Subject, actor and source where a "said X" set off by commas names the source ("On
    average, said Mr Macklin, users conduct between five and 10 searches per day"), which
    the parse may make the subject of the clause after it, or where one tags the quotation
    the figure ends in a question or an exclamation (`after` the figure: '..., a year?" Mr
    Lewis asked.'), which the parse makes a sentence of its own: X is the source, never the
    actor nor the owner of what is counted."""
    m = _SAID_ASIDE.search(sentence) or _QUOTE_TAG.match(after)
    if m is None:
        return subject, actor, ""
    name = next(g for g in m.groups() if g).rstrip(".")
    if actor == name:
        actor = ""
    return subject.removesuffix(f" ({name})"), actor, name


# "..., said Mr Macklin, ...", "..., says the report, ...": a source set off by commas
_SAID_ASIDE = re.compile(r",[ \u00a0]+(?:said|says|added|adds|argued|argues|explained|explains)"
                         r"[ \u00a0]+((?:the[ \u00a0]+)?[A-Z][\w'’.-]*(?:[ \u00a0]+[A-Z][\w'’.-]*){0,3}),"
                         r"[ \u00a0]")


# who says a quotation ending in a question or an exclamation, after its mark: '"Why should
# we pay?" Mr Lewis asked.', '"Why now?" asked Ms Hart.'
_TAG_NAME = r"((?:the[ \u00a0]+)?[A-Z][\w'’.-]*(?:[ \u00a0]+[A-Z][\w'’.-]*){0,3})"
_QUOTE_TAG = re.compile(r"[^\"“”\n]*?[?!][\"”][ \u00a0]+(?:" + TAG_BEFORE + r"|" + TAG_VERB
                        + r"[ \u00a0]+" + _TAG_NAME + ")")


def _none_for_when(actor: str, doc, inside: set[int], dimension: str) -> str:
    """The actor, none for a span of time that only says when (`_when_only`): "The pact was
    signed three days after Zeta cut off supplies"."""
    return "" if dimension == "time" and _when_only(doc, inside) else actor


def _when_only(doc, inside: set[int]) -> bool:
    """Whether a span of time only says when, by the gap to an event it is set before or
    after ("two weeks after the leaders set a date", "six minutes before the break", "three
    years ago", "ten minutes into the game"), not how long a deed lasts ("sat out for 20
    minutes before coming back", "scored twice in five minutes before the break")."""
    first, last = min(inside), max(inside)
    if last + 1 >= len(doc) or doc[last + 1].lower_ not in RELATIVE_TIME | _SINCE_WORDS:
        return False
    return not any(t.lower_ in _LASTING for t in doc[max(first - 3, 0):first])


# the words before a span that make it how long a deed lasts
_LASTING = {"for", "in", "within", "over", "during", "throughout"}


def _span_of_deed(anchor, inside: set[int], span: tuple[int, int], dimension: str,
                  read: tuple) -> bool:
    """Whether a time or a distance is only a span or a distance of a deed, and the subject
    read for it (`read`: subject, actor, counted noun) names none of its own: the doer
    ("Lee pulled clear over the final two kilometres", "in four days the union will start
    a ballot", "two days after Ukraine cut off power"; but "the pilot had not flown
    for nine years", "they work just 35 hours" stay the doer's), the verb's object ("beat
    the keeper from 20 yards") or, for a distance, its subject ("Lee came close with a
    drive from 18 yards"), or another thing than what an "after" or "before" phrase
    names (`_since_names`)."""
    subject, actor, head = read
    if dimension not in ("time", "length") or not subject:
        return False
    if dimension == "time" and head is None and not _since_names(anchor, subject):
        return True  # "Four months after the riot a fan was killed": not the fan
    start, end = span
    text = text_of(anchor.doc)
    return (subject == actor or head is None and _fronted_span(anchor, start)
            and subject == _doer_name(anchor, inside)
            or dimension == "length" and head is None
            and subject in (_object_name(anchor, inside), _doer_name(anchor, inside),
                            _main_doer_name(anchor, inside))) and bool(
        _SPAN_BEFORE.search(text, max(0, start - 40), start) or _SPAN_AFTER.match(text, end))


def _since_names(anchor, subject: str) -> bool:
    """Whether `subject` may stand for a time: not where the time only says how long after
    or before something another thing happened, its noun hung on an "after" or "before" or
    on the verb such a word leads, and the subject is not named in that phrase ("Four months
    after the riot a fan was killed": not the fan; but "two months after the Russian
    offensive began" is of the offensive, "took 10 hours before Tom knew" of the time
    before)."""
    if not subject or anchor.dep_ != "npadvmod":
        return True
    up = anchor.head
    if up.lower_ not in _SINCE_WORDS and not (up.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "mark" and c.lower_ in _SINCE_WORDS and c.i > anchor.i
            for c in up.children)):
        return True
    phrase = up.head if up.dep_ == "mark" else up  # "before the event is held": its verb
    words = up.doc[phrase.left_edge.i:phrase.right_edge.i + 1].text
    return _bare(subject.removeprefix("time ")) in _bare(words)  # (an article left out:
    # "time before agency was fit" of "before the agency was fit")


def _bare(words: str) -> str:
    """`words` without their articles and quotation marks, which a phrase may drop."""
    return " ".join(w for w in _QUOTE_MARKS.sub("", words).split()
                    if w.lower() not in ("the", "a", "an"))


_SINCE_WORDS = {"after", "before", "since"}


# the words that set a time or a length as a span or a distance of a deed: "in four days",
# "within 60 seconds", "from 18 yards", "over the last two kilometres", "every 10 seconds";
# "three days after", "10 years ago"
_SPAN_BEFORE = re.compile(
    r"\b(?:in|within|from|over|after|before|every|into|inside|under)[ \u00a0]+"
    r"(?:(?:the|a|its|their|his|her|just|only|about|almost|nearly|around|some|next|last|past"
    r"|first|final|opening|closing|following|previous|coming|another|less|more|than)"
    r"[ \u00a0]+){0,3}$", re.IGNORECASE)
_SPAN_AFTER = re.compile(r"[ \u00a0]+(?:after|before|from[ \u00a0]+now|out\b(?![ \u00a0]+of)|"
                         + "|".join(sorted(RELATIVE_TIME)) + r")\b", re.IGNORECASE)


# the measures a country's statistic is written in: not a time ("a nail-biting final five
# minutes" of French pressure) or a length ("3cm short of the European standard")
_NATIONAL_MEASURES = {"count", "currency", "percentage", "fraction"}


def _one_persons_age(tokens, head, subject: str) -> bool:
    """Whether an age is one person's: a bare "the 29-year-old" or "16 years old", one before
    a person ("the 24-year-old striker", "83-year-old Ann Lee"), one after a name ("Mr Cole,
    66"), "from the age of eight"; not a thing's ("the 70-year-old trade ban"), a group's
    bound ("children aged under 12") or a rule's ("pension age")."""
    last = tokens[-1]
    if last.lower_ == "old":
        noun = last.head
        if last.dep_ == "amod" and noun.i > last.i and noun.pos_ in ("NOUN", "PROPN") \
                and noun.ent_type_ != "ORDINAL":  # not "The 33-year-old came third"
            return noun.tag_ in ("NN", "NNP") and _aged_one(noun)
        return True
    if not subject or subject.lower() == "age":
        return True
    if head is None:
        return subject[:1].isupper() and not subject.endswith("s")
    return head.tag_ in ("NN", "NNP") and _aged_one(head)


def _aged_one(noun) -> bool:
    """Whether a noun may have an age as one person has: a person (`_may_be_person`), also a
    few people as one, whose members' age it is ("a trio which began playing together from the
    age of 15")."""
    return _may_be_person(noun) or noun.lemma_.lower() in _FEW_AS_ONE \
        or rank_named(noun) is not None  # "the 25-year-old number eight": a player


# nouns for two, three or four people as one
_FEW_AS_ONE = {"duo", "trio", "quartet", "pair"}


def _noun_named(sent, subject: str, anchor):
    """The noun the words of a subject end on, the one nearest the figure: the head of a
    subject read from the words around it ("French consumer prices ... fell 0.6%")."""
    for words in (subject.split(" (")[0], subject.partition(" (")[2].rstrip(")")):
        split = words.rsplit(" ", 2)  # else the owner's: "income (Indian gaming market)"
        last = split[-1]
        if len(split) > 1 and any(t.text == last and t.tag_ == "VBN" for t in sent):
            last = split[-2]  # past a participle: "number of French wines imported"
        nouns = [t for t in sent if t.text == last and t.pos_ == "NOUN"]
        if last and nouns:
            return min(nouns, key=lambda t: abs(t.i - anchor.i))
    return None


def _named_doer(subject: str) -> str:
    """The name in brackets after a sum its verb names by what the doer does ("takings
    (Comedy film Fat Albert)", "earnings (Simon and Garfunkel)"): who takes or earns it,
    the actor; not a bare noun ("takings (movie)")."""
    m = re.fullmatch(r"(.+?) \((.+)\)", subject)
    if m is None or m.group(1) not in _DOERS_SUMS:
        return ""
    if m.group(2).lower() in INTENT_NOUNS:
        return m.group(2)  # "the plan will save $20m": a plan does what it provides
    return m.group(2) if any(w[:1].isupper() for w in m.group(2).split()) else ""


# the names MONEY_VERBS gives sums whose owner in brackets is their doer (not "payment
# (Adults)", who are paid, nor "losses (futures)", which fell)
_DOERS_SUMS = {MONEY_VERBS[verb] for verb in ("take", "earn", "spend", "donate", "invest",
                                              "raise", "save", "pledge", "contribute", "repay",
                                              "generate")}


def _reckoner(head, anchor, inside: set[int]) -> str:
    """Whose forecast or estimate a figure is, where its own noun says: "analysts'
    forecasts of £532m", "the government's estimate of 40,000 deaths", "IMF forecasts of
    2% growth" -> the owner."""
    for noun in (head, anchor.head.head if anchor.head.lower_ == "of" else None,
                 head.head.head if head is not None and head.head.lower_ == "of" else None,
                 anchor.head if anchor.dep_ == "conj" else None):  # "and 2.2% in France"
        if noun is not None and noun.lemma_.lower() in _RECKONINGS:
            owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"
                          and c.i not in inside or c.dep_ == "compound" and c.i == noun.i - 1
                          and (c.pos_ == "PROPN" and c.ent_type_ in ("ORG", "PERSON", "")
                               or c.lower_ == "market")), None)
            if owner is not None:  # (or the body a name before the noun makes it: "based
                # on EC predictions of growth of 1.5%", "below City expectations of 2.1%",
                # and the market's: "market expectations")
                return owner_name(owner, inside)
    return ""


# nouns of a figure reckoned, whose owner is its source ("analysts' forecasts of £532m")
_RECKONINGS = {"forecast", "estimate", "prediction", "projection", "calculation", "guess",
               "reckoning", "expectation"}  # not "figures": "two of the party's most powerful figures"


def _doers_sum(anchor, inside: set[int], actor: str) -> tuple[str, str] | None:
    """A sum whose subject fell back on who pays it, named by its verb of money with the
    payer in brackets: "Sandra Bullock has donated $1m (£525,000) to the Red Cross" ->
    "donation (Sandra Bullock)", however the parse hangs the sum on the verb; not a sum
    that is part of something else ("lost her £7.5m discrimination case", "lost 2.5% to
    270 yen")."""
    if anchor.dep_ == "appos" and anchor.head.i not in inside \
            and any(t.like_num for t in anchor.head.subtree if t.i not in inside):
        anchor = anchor.head  # "took almost $42.7m (£23m)": the sum it restates
    if anchor.head.lower_ == "than" and anchor.head.head.lower_ in ("more", "less"):
        anchor = anchor.head.head  # "took more than a predicted $30m": the bound's word
    if anchor.head.lower_ == "of" and anchor.head.head.lower_ in VALUE_NOUNS:
        anchor = anchor.head.head  # "spend in excess of £200m": the frame's noun
    verb = governor(anchor)
    if verb is None or verb.i not in (anchor.head.i, anchor.head.head.i) \
            or _sum_goes_on(anchor.doc, inside):
        return None
    noun = _money_noun(verb)
    spent = f"{noun} {on}" if noun and (on := _spent_on(verb, inside)) else noun
    return (f"{spent} ({actor})", noun) if noun else None


# the words that set a margin of points against a rival: "nine points behind Ipswich",
# "six points off the last play-off place", "three points clear of Hibs"
_GAP_WORDS = {"behind", "off", "ahead", "clear", "adrift", "short"}


# the measures a margin to a rival is written in: "nine points behind", "0.02 seconds
# behind Gatlin", "3cm short of the national standard"
_GAP_MEASURES = {"points", "time", "length"}


def _gap_to(tokens, inside: set[int], dimension: str) -> tuple[str, str] | None:
    """A margin of points to a rival, named by the rival and, in brackets, the side it is
    of where a name (the verb's object where that is one, else its subject): "Leeds would
    fall to fourth, nine points behind leaders Ipswich" -> "gap to leaders Ipswich
    (Leeds)", "The win lifted Celtic to within four points of leaders Rangers" -> "gap to
    leaders Rangers (Celtic)", also the mark one "missed out on" by it ("Ruiz missed out
    on the British record by 0.3secs" -> "gap to British record (Ruiz)"); None for any other."""
    doc, last = tokens[0].doc, tokens[-1]
    word = doc[last.i + 1] if last.i + 1 < len(doc) else None
    before = doc[tokens[0].i - 1] if tokens[0].i > 0 else None
    if word is not None and word.lower_ in _GAP_WORDS \
            and (dimension == "points" or word.lower_ != "off"):  # (not "taking five years
        # off a sentence")
        of = word if word.lower_ in ("behind", "off") else next(
            (c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        verb = word.head if word.head.i not in inside else root(tokens).head  # (also
        # "behind" hung on the points)
    elif word is not None and word.lower_ == "of" and before is not None \
            and before.lower_ == "within" and dimension == "points":  # (not "within two
        # years of release", a span)
        of, verb = word, before.head  # "to within four points of leaders Rangers"
    elif (by := _phrase_word(root(tokens), ("nummod", "compound", "quantmod")).head).lower_ \
            == "by" and by.head.lemma_.lower() == "miss" and any(
                c.dep_ == "prt" and c.lower_ == "out" for c in by.head.children):
        verb = by.head  # "missed out on the British record by 0.3secs": the mark missed
        of = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"
                   and c.right_edge.i == by.i - 1), None)  # (right before the "by")
        if of is None:
            return None
    else:
        return None
    rival = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if rival is None or rival.i in inside or verb.pos_ not in ("VERB", "AUX") \
            or any(t.tag_ == "POS" for t in doc[rival.left_edge.i:rival.i]):
        return None  # (not "the Moroccan's world best", which the parse cuts up)
    sides = [next((c for c in verb.children if c.dep_ == "dobj" and c.i not in inside), None),
             _own_subject(verb) or nsubj(verb)]  # (also "won 2-0 and are now three points
    # clear")
    side = next((t for t in sides if t is not None and (
        t.pos_ == "PROPN" or name_like(t) or t.ent_type_ in ("ORG", "GPE", "PERSON"))), None)
    name = compact(side, inside) if side is not None else ""  # a name, not "a 25-yard shot"
    # nor "crossed the line"
    words = [t for t in doc[rival.left_edge.i:rival.i + 1] if t.dep_ not in ("det", "poss")]
    whom = doc[words[0].i:rival.i + 1].text if 0 < len(words) <= 5 else compact(rival, inside)
    subject = f"gap to {whom}"  # "six points off the last play-off place"
    return (f"{subject} ({name})" if name else subject), "gap to rival"


def _bid_for(anchor, head, inside: set[int]) -> tuple[str, str] | None:
    """A sum a verb of bidding or offering takes "for" a thing, named as the bid with what
    it is for and its bidder in brackets: "Qwest has bid $6.3bn for MCI" -> "bid for MCI
    (Qwest)"; None for any other (a price paid "for" a thing is named by the thing)."""
    verb = anchor.head
    if head is None or head.dep_ != "pobj" or head.head.lower_ != "for" \
            or head.head.head.i != verb.i or anchor.dep_ != "dobj" \
            or verb.lemma_.lower() not in ("bid", "offer") or verb.pos_ != "VERB":
        return None
    noun, raw = MONEY_VERBS[verb.lemma_.lower()], nsubj(verb)
    bidder = resolve(raw, verb) if raw is not None else None
    what = f"{noun} for {noun_phrase(head, inside)}"
    if bidder is not None and bidder.pos_ in NOUNISH and bidder.i not in inside:
        return f"{what} ({compact(bidder, inside)})", noun
    return what, noun


def _sum_of_doer(anchor, inside: set[int], subject: str, key: str,
                 actor: str) -> tuple[str, str]:
    """A sum whose subject fell back on its doer, named by its verb of money with the doer
    in brackets (`_doers_sum`): the actor ("Sandra Bullock has donated $1m"), or a doer no
    name ("The thriller had taken $400m" -> "takings (thriller)")."""
    if subject == actor or actor.startswith(subject + " "):
        return _doers_sum(anchor, inside, actor) or _stake_paid_for(anchor, inside) \
            or _sum_done(anchor, inside, actor) or (subject, key)
    if not actor and _is_doer(anchor, subject):
        return _doers_sum(anchor, inside, subject) or (subject, key)
    return subject, key


def _sum_done(anchor, inside: set[int], actor: str) -> tuple[str, str] | None:
    """A sum that the verb of a deed MONEY_VERBS does not name takes as its object, named
    "sum" and the deed, with its particle, the doer in brackets: "the son, who has
    inherited £140m" -> "sum inherited (son)", "have each put up $480m" -> "sum put up";
    None for a verb that moves or reaches a level ("Zeta shed 1.5% to 12.40 euros",
    "hit $50 a barrel"), nor for an object with a noun of its own."""
    verb = anchor.head
    if anchor.dep_ != "dobj" or verb.pos_ != "VERB" or verb.i in inside \
            or verb.lemma_.lower() in _NO_DEED or moves_a_price(verb) \
            or any(c.dep_ in ("acomp", "oprd") for c in verb.children):
        return None
    done = participle(verb.lemma_.lower())
    if not done:
        return None
    particle = " ".join(c.lower_ for c in verb.children if c.dep_ == "prt" or (
        c.dep_ == "advmod" and c.i == verb.i + 1 and c.lower_ in _PARTICLES))  # ("claw
    # back", which the parse may read as an adverb)
    if verb.lemma_.lower() in _BY_PARTICLE and not particle:
        return None  # "put up $480m", not "put 1p a pint on beer", a rise in a duty
    done = f"sum {done} {particle}".rstrip()
    return f"{done} ({actor})", done


# verbs whose sum is a level reached or a move, a value or a price, not a sum dealt with
_NO_DEED = {"reach", "hit", "top", "exceed", "total", "surpass", "pass", "near", "touch",
            "cross", "break", "double", "treble", "triple", "halve", "match", "beat", "have",
            "cost", "fetch", "value", "command", "price", "lose", "gain", "add", "shed",
            "rise", "fall", "drop", "climb", "jump", "record", "post", "report", "forecast",
            "predict", "expect", "estimate", "see", "show", "average"}
_PARTICLES = {"back", "aside", "off", "out", "up", "away", "in", "down"}
# verbs that deal with a sum only with their particle: "put up", "set aside"
_BY_PARTICLE = {"put", "set"}


def _stake_paid_for(anchor, inside: set[int]) -> tuple[str, str] | None:
    """A sum "for" which a verb of buying or selling takes a share of a body, named as the
    stake that share is (`_stake_in`): "Zeta bought 20% of Acme for $3 a share" -> "stake
    in Acme (Zeta)", as "Zeta bought Acme for $3bn" is Acme's price; None otherwise."""
    prep = anchor.head
    verb = prep.head
    if anchor.dep_ != "pobj" or prep.lower_ != "for" or verb.pos_ != "VERB":
        return None
    share = next((c for c in verb.children if c.dep_ == "dobj" and c.i not in inside
                  and (c.text == "%" or c.like_num)), None)
    if share is None:
        return None
    return _stake_in(share, {share.i, *(c.i for c in share.children if c.dep_ == "nummod")})


def _is_doer(anchor, subject: str) -> bool:
    """Whether `subject` fell back on the doer of the verb that governs the figure: "the
    thriller" of "The thriller had taken $400m"."""
    verb = governor(anchor)
    doer = nsubj(verb) if verb is not None else None
    return doer is not None and doer.dep_ == "nsubj" and subject.endswith(doer.text) \
        and not doer.like_num


def _money_noun(verb) -> str | None:
    """The noun a verb of money names its sum by ("spend": "spending"); none for a verb
    that says how a sum is, not who gets it ("£2m will be made available to schools"), nor for
    one that moves a price ("Brent crude futures have lost $4": the futures' price moves)."""
    if any(c.dep_ in ("acomp", "oprd") for c in verb.children) or moves_a_price(verb):
        return None
    lemma = verb.lemma_.lower()
    return MONEY_VERBS.get(lemma) or next(
        (MONEY_PHRASAL_VERBS[lemma, c.lower_] for c in verb.children
         if c.dep_ == "prt" and (lemma, c.lower_) in MONEY_PHRASAL_VERBS), None)


def _past_modifier(head, tokens):
    """The noun `head` modifies, where the figure's noun is a modifier: hyphened to the
    figure ("a four-brigade deployment", "a 12,000-strong force") or joined to another
    ("2,000 farm and factory workers"), or the noun of a participle it modifies ("two
    million spam related e-mail messages")."""
    if head is not None and head.pos_ == "NOUN" and head.dep_ == "npadvmod" \
            and head.head.dep_ == "amod" and head.head.tag_ == "VBN" \
            and head.head.head.pos_ == "NOUN" and head.head.i == head.i + 1:
        return head.head.head
    if head is None or head.dep_ not in ("compound", "amod", "nmod"):
        return head
    doc, up = head.doc, head.head
    if up.pos_ in NOUNISH and "-" in text_of(doc)[tokens[-1].idx:head.idx + 1]:
        return up
    if head.pos_ == "NOUN" and head.dep_ != "amod" and up.pos_ == "NOUN" and up.i > head.i \
            and any(c.dep_ == "conj" and c.pos_ in ("NOUN", "ADJ") and c.i < up.i
                    for c in head.children) \
            and not any(t.is_punct for t in doc[head.i:up.i]):
        return up
    return head


def _with_time_frame(tokens):
    """A time's tokens with the noun that only frames it, read as one span: "hid losses
    over a three-year period" as "hid losses over three years", "stayed apart for a period
    of six years"; the tokens as given for any other."""
    anchor = root(tokens)
    frame = anchor.head
    if anchor.dep_ in ("amod", "compound", "nummod") and frame.i == tokens[-1].i + 1 \
            and _some_frame(frame):
        return [*tokens, frame]  # "a two-year period"
    of = anchor.head if anchor.dep_ == "pobj" else None
    if of is not None and of.lower_ == "of" and of.i == tokens[0].i - 1 \
            and of.head.i == of.i - 1 and _some_frame(of.head):
        return [of.head, of, *tokens]  # "a period of five years"
    return tokens


def _some_frame(noun) -> bool:
    """Whether `noun` is one frame of time "a" or "an" opens: "a two-year period"; not "the
    previous three month period", a when, nor "for 24-hour periods"."""
    return noun.lower_ in SPAN_NOUNS and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _subject(tokens, noun: str, dimension: str, depth: int = 0):
    """The subject of a figure, its key, and the noun it was read from (if any).

    In order of trust: the subject of the figure it restates or carries on from ("£2bn
    ($2.5bn)", "up 9% to $84"); the noun the parse ties the figure to (`counted_noun`: "60%
    of its revenue", "a fine of $5m", "the toll is 40", "12,000 troops"); a participle
    ("15 injured"); then the words around it (`nearby_subject`: "Dow +0.2%", "Tesla shares
    ... up 57%").  A framing noun ("a total of", "a record $44m") is kept only when
    nothing else reads.  An owner joins in brackets where a name has what is counted, a
    verb of having says so or a pronoun stands for it: "workers (Ford)", "revenue (the
    giant)" for "its revenue".
    """
    tokens = _with_time_frame(tokens) if dimension == "time" else tokens
    inside = {t.i for t in tokens}
    anchor, first = root(tokens), tokens[0]
    restated = _restated(anchor, first, inside, dimension, depth) or _gapped(
        first, inside, dimension, depth) or _label_before(first, tokens[-1]) \
        or _more_of_the_same(tokens, dimension, depth)
    if restated is not None:
        subject, key = restated
        return subject, key, None
    gap = _gap_to(tokens, inside, dimension) if dimension in _GAP_MEASURES else None
    own = gap or (_time_subject(anchor, inside) if dimension == "time" else (
        _times_titled(anchor) if dimension == "count" else _share_of_sum(anchor, inside)
        if dimension in ("percentage", "fraction") else _valued_at(anchor, inside)
        if dimension == "currency" else _age_group(tokens)
        if dimension == "age" else None))  # "97% of the £1.3bn ..."
    if own is not None:  # a reading of its kind's own: a margin to a rival, a time, a count
        # of titles, a share of a sum, a thing's value
        return own[0], own[1], None
    value_of = value_noun(anchor, inside)
    sized = _sized_past_bracket(value_of, tokens, inside)
    value_of = None if sized is not None else value_of
    head = sized or _moved_in_before(anchor) or held_with(anchor) or _counted(
        anchor, first, inside, dimension, value_of)
    if _other_figure(head, inside):  # "revenues of $4.37bn and earnings of $1.62": the
        # parse may tie the first to the second figure; its own "revenues of" still names it
        head = value_of = value_of if value_of is not None and not _other_figure(
            value_of, inside) else None
    measured = _measure_past_mark(head, inside)
    head = _mark_passer(head, inside) or _mover_of(head, inside) or _on_sale(head, inside) \
        or head
    frame = None
    framing = VALUE_NOUNS | ESTIMATE_NOUNS
    if head is not None and (head.lower_ in framing and not _named_mean(head, inside)
                             and not (head.lower_ == "area" and head.head.lower_ != "in")
                             # ("in the area of £325m"; not "a crucial area for 25%")
                             and head != level_mover(anchor)  # "raised his tally to
                             # 24 goals": the tally moved, no frame
                             and not (head.lower_ == "record" and head.i > max(inside))
                             # (nor "with a 100% record", a record of results)
                             or head.lower_ in RATE_FRAMES and not _named_rate(head)):
        frame, head, value_of = head, None, None  # "a total of", "a record $44m": look further
        head = valued_noun(frame.left_edge, inside) or (  # "40 loans worth a total of $9m"
            purpose(frame, inside) if dimension == "currency"
            and frame.dep_ in ("dobj", "nsubjpass") else None)  # "A total of £2m was spent on
        # the roof": what a verb spends the framed sum on; not "the minimum for each purchase"
    head = _measured_head(anchor, _past_modifier(head, tokens), inside, dimension)
    subject, key, head = _head_subject(tokens, anchor, head, inside, dimension, value_of)
    subject, key = measured or _bid_for(anchor, head, inside) \
        or _past_vague_frame(head, inside, subject) or (subject, key)
    if not subject:
        subject, key = _named_by_verb(tokens, anchor, head, inside, dimension, frame)
    if not subject and dimension in ("time", "count", "points"):
        subject, key = _deed_named(tokens, anchor, inside, dimension, frame)
    if not subject and (counted := _of_which_there(anchor)) is not None:
        subject, key = noun_phrase(counted, inside), subject_key(counted, inside)
    if not subject:
        subject, key = _victims(tokens, anchor, inside, dimension) or _found_nearby(
            tokens, anchor, noun, dimension, frame, inside)
    if not subject:  # "hit its price points at £100", "It will cost $5bn to rebuild the port"
        subject, key = _object_at(anchor, inside) if dimension != "currency" \
            else _cost_to(anchor, inside) or _object_at(anchor, inside)
    if not subject:  # a parse that lost "of those questioned" to the verb after it
        those = _THOSE_AFTER.match(text_of(first.doc), tokens[-1].idx + len(tokens[-1].text))
        subject = key = those.group(1) if those else ""
    if not subject and dimension == "count":  # "Thousands marched through London"
        subject, key = _deed_of_count(anchor, inside)
    plight = _plight_after(tokens[-1], inside) if dimension in ("count", "percentage") else ""
    if plight and plight not in subject:  # "three million unemployed", "with 37% out of work"
        subject = "" if subject in plight else subject  # "work" read from the plight itself
        if not subject and anchor.dep_ == "pobj" and anchor.head.lower_ == "with" \
                and (verb := governor(anchor)) is not None and (group := nsubj(verb)) is not None:
            subject = noun_phrase(group, inside)  # "Older workers are hard hit, with 22% ..."
        people = subject.split()[-1].lower() if subject else ""
        subject, key = (f"{subject} {plight}", key) if people in _PEOPLE_WORDS \
            else (plight, plight)
    subject, key = _set_right(tokens, anchor, inside, dimension, subject, key)
    subject, key = _last_words(tokens, anchor, inside, dimension, subject, key)
    return _named_by_deed(head, subject), key, head


def _named_by_deed(head, subject: str) -> str:
    """A count named with what its verb does to it: jobs a verb creates, saves, secures,
    costs or threatens, which a bare "jobs" would read as a payroll: "could save some 110
    jobs" -> "jobs saved", "Acme
    will create 300 jobs" -> "jobs created (Acme)", "could cost 1,500 jobs" -> "jobs lost";
    jobs cut need none, their change says; and anything counted that a verb affects, helps,
    benefits or moves ("has seconded 20 staff" -> "staff seconded"), which a bare noun would
    read as all there are: "cancelled 40 flights,
    affecting about 6,000 passengers" -> "passengers affected", also by the "of" of a vague
    count ("could affect millions of people" -> "people affected"), and those who benefit,
    with no object ("Some 25 towns could benefit" -> "towns benefiting")."""
    if head is None:
        return subject
    if head.dep_ == "pobj" and head.head.lower_ == "of" and vague_count(head.head.head) \
            and head.head.head.dep_ == "dobj" and head.head.head.head.pos_ == "VERB":
        verb = head.head.head.head.lemma_.lower()  # "affect millions of people"
        deed = _TOUCHING.get(verb) if head.pos_ == "NOUN" else None
    elif head.dep_ == "nsubj" and head.head.lemma_.lower() == "benefit" \
            and head.head.pos_ == "VERB" and _touched_count(head) \
            and not any(c.dep_ == "dobj" for c in head.head.children):
        verb, deed = "benefit", "benefiting"  # "Some 25 towns could benefit"
    elif head.dep_ == "dobj":
        verb = head.head.lemma_.lower()
        deed = _POSTS_DEEDS.get(verb) if head.lemma_.lower() in _POSTS \
            else _TOUCHING.get(verb) if _touched_count(head) else None
    else:
        return subject
    words = re.match(rf"(?:[\w'’-]+ ){{0,3}}?{re.escape(head.text)}\b", subject) \
        if deed is not None else None
    if words is None or any(c.dep_ == "acl" and c.i == head.i + 1 and c.text in subject
                            for c in head.children) or verb in _TOUCHING and subject[
                                words.end():].partition(" (")[0]:
        return subject  # (also "jobs saved at the mill", "jobs created (Acme)", "US jobs
        # created (Acme)"; "creating the 20 million jobs promised by EU leaders": its own
        # participle names them)
    return f"{words.group()} {deed}{subject[words.end():]}"


# jobs, and the verbs that make or keep them with the words that name them by the deed
_POSTS = {"job", "post", "position"}
_POSTS_DEEDS = {"create": "created", "save": "saved", "safeguard": "safeguarded",
                "secure": "secured", "protect": "protected", "preserve": "preserved",
                "generate": "generated", "cost": "lost", "threaten": "threatened",
                "endanger": "endangered", "transfer": "transferred", "relocate": "relocated",
                "move": "moved", "shift": "shifted", "outsource": "outsourced",
                "offshore": "offshored"}  # (not "added", whose change says, as "cut" does)
# the verbs by which a count is only of those a thing touches, and the words that name them
_TOUCHING = {"affect": "affected", "impact": "affected", "benefit": "benefiting",
             "help": "helped", "transfer": "transferred", "relocate": "relocated",
             "second": "seconded", "redeploy": "redeployed", "outsource": "outsourced"}


def _touched_count(noun) -> bool:
    """Whether a verb's object is a bare count of what it touches: "affecting about 6,000
    passengers"; not a known whole ("affect the three million visitors who come"), nor a
    number after the noun ("running versions 4.7")."""
    return noun.pos_ == "NOUN" and noun.head.pos_ == "VERB" and not any(
        c.dep_ in ("det", "predet", "poss") for c in noun.children) and any(
        c.dep_ == "nummod" or c.like_num for c in noun.lefts)


def _age_group(tokens) -> tuple[str, str] | None:
    """No subject for ages that name the group bearing them ("while 16 to 19 year olds
    will get £3.90"), also the first of two joined ("a wage for 16 and 17-year-olds");
    None for any other age."""
    last = tokens[-1]
    after = last.doc[last.i + 1:last.i + 7]
    joined = len(after) > 1 and after[0].lower_ in ("and", "or") and next(
        (t.lower_ == "olds" for t in after[1:] if not (t.like_num or t.text == "-"
                                                       or t.lower_ == "year")), False)
    return ("", "") if last.lower_ == "olds" or joined else None


def _valued_at(anchor, inside: set[int]) -> tuple[str, str] | None:
    """A sum a verb of valuing sets a thing "at" is that thing's value: "The offer values the
    club at £700m" -> "value (club)", "Zeta Foods is valued at £1.9bn" -> "value (Zeta
    Foods)", "a new lender, valued at $90bn" -> "value (new lender)"; None for any other sum,
    or a deal's or an offer's, which the sum sizes ("a deal valued at $4bn" -> deal)."""
    at = next((t.head for t in [anchor, *(anchor.doc[i] for i in sorted(inside))]
               if t.dep_ == "pobj" and t.head.lower_ == "at"), None)
    verb = at.head if at is not None else None
    if verb is None or verb.lemma_.lower() != "value" or verb.pos_ != "VERB":
        return None
    thing = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if thing is None and verb.dep_ == "acl":
        thing = verb.head  # "a new lender, valued at $90bn"
        while thing.dep_ == "pobj" and thing.head.lower_ == "of" and thing.head.head.pos_ == "NOUN":
            thing = thing.head.head  # "a collection of six recordings of Elvis valued at":
            # the collection
    if thing is None or thing.pos_ not in NOUNISH or thing.i in inside:
        return "value", "value"  # "The bid values it at £1.3bn": whatever "it" is
    if thing.lemma_.lower() in _SIZED_DEALS:
        return None
    return f"value ({noun_phrase(thing, inside)})", "value"


# what a sum "valued at" sizes, a deal's worth rather than a thing's value
_SIZED_DEALS = {"deal", "contract", "offer", "bid", "order", "merger", "takeover", "sale",
                "acquisition", "agreement", "project", "transaction", "package", "scheme"}


def _share_of_sum(anchor, inside: set[int]) -> tuple[str, str] | None:
    """A share "of" a sum, named by the sum as written and what it is, where a short
    participle or clause on it says: "paid 90% of the £4.5bn submitted by farmers" ->
    "share of £4.5bn submitted by farmers", else "share of £4.5bn"; None for a share of
    anything else."""
    whole = next((o for t in [anchor, *(anchor.doc[i] for i in sorted(inside))]
                  for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                  for o in c.children if o.dep_ == "pobj" and o.i not in inside), None)
    sign = next((c for c in whole.children if c.tag_ == "$" and c.i < whole.i), None) \
        if whole is not None else None
    if sign is None:
        return None
    doc = whole.doc
    last = doc[whole.i + 1] if whole.i + 1 < len(doc) and doc[whole.i + 1].text in SCALES \
        else whole  # "£3m", "$2 billion"
    written = text_of(doc)[sign.idx:last.idx + len(last)]
    said = next((c for c in whole.children if c.dep_ in ("acl", "relcl") and c.i > whole.i),
                None)
    start = (said.i if said.dep_ == "acl" else said.left_edge.i) if said is not None else 0
    words = [t for t in said.subtree if t.i >= start and t.i > last.i and not t.is_punct] \
        if said is not None else []  # (not the "m" of "£3m raised by fans", which the
    # parse may hang on the participle)
    when = next((k for k, t in enumerate(words) if t.ent_type_ in ("DATE", "TIME")), None)
    if when is not None:  # "spent on games in 2004": no phrase of when
        words = words[:when - 1 if when and words[when - 1].tag_ == "IN" else when]
    if not words or len(words) > 6 or any(t.lemma_.lower() in REPORTING_VERBS for t in words):
        return f"share of {written}", "share of sum"
    return f"share of {written} {text_of(doc)[words[0].idx:words[-1].idx + len(words[-1])]}", \
        "share of sum"


def _victims(tokens, anchor, inside: set[int], dimension: str):
    """The people a passive verb of harm did it to, as a bare count that is its subject and
    follows no item of its own: "Rebels attacked two villages and 40 were killed" -> "killed",
    not the rebels (`_done_to_count`), and those a verb of dying counts: "the fire in which
    56 died" -> "people who died" (`_deed_of_count`); None for anything else."""
    verb = anchor.head.lemma_.lower()
    if dimension != "count" or listed_count(tokens[0], anchor, inside) is not None \
            or not (anchor.dep_ == "nsubjpass" and verb in _HARMED
                    or anchor.dep_ == "nsubj" and verb in _DEATHS):
        return None
    done = _done_to_count(anchor) if anchor.dep_ == "nsubjpass" \
        else _deed_of_count(anchor, inside)
    return done if done[0] else None


def _found_nearby(tokens, anchor, noun: str, dimension: str, frame, inside: set[int]):
    """The subject read around the figure where its own words name none: a noun the parse
    lost after it, or one nearby (`nearby_subject`), with what people do or what was done
    to a bare item."""
    found = _noun_lost_after(tokens, inside) or nearby_subject(
        tokens, anchor, noun, dimension, frame, inside)
    return _people_doing(anchor, inside, dimension, found) or _item_done(
        tokens, anchor, inside, found, dimension)


def _doer_named(subject: str, key: str) -> str:
    """The name a subject gives in brackets after a deed that is the name's own: what it
    takes, earns or spends ("Comedy film Big Bob took $11m" -> "takings (Comedy film Big
    Bob)"), or the time it takes to do something ("It took Ortiz six minutes to score" ->
    "time to score (Ortiz)"); "" for another subject, such as a penalty's ("fine (CBS)"), a
    share's part ("share of staff (women)"), or a thing's ("takings (movie)")."""
    if not subject.endswith(")") or " (" not in subject:
        return ""
    doer = subject[subject.rindex(" (") + 2:-1]
    return doer if doer[:1].isupper() and (key in _DOERS_DEEDS or key.startswith("time to ")) \
        else ""  # a name's: not "The movie took $31.8m", nor "These claims could take two
    # years to resolve", done to them


# the sums a doer's deed names that are the doer's own doing: "takings (Big Bob)" (not a
# payment, whose bracket may name who is paid: "Cleaners must be paid at least £6.10")
_DOERS_DEEDS = {"takings", "earnings", "winnings", "income", "spending", "investment",
                "donation", "contribution", "pledge", "funds raised", "sum promised",
                "sum earmarked", "sum allocated", "repayment", "loan", "race time"}


def _of_which_there(anchor):
    """The noun a count stands for in "X, of which there are (thought to be) N": the noun
    the clause hangs on ("fake claims, of which there are thought to be up to 9,000 a
    year" -> claims); None otherwise."""
    verb = anchor.head if anchor.dep_ == "attr" else None
    while verb is not None and verb.dep_ == "xcomp":
        verb = verb.head
    if verb is None or verb.dep_ != "relcl" or verb.head.pos_ not in NOUNISH:
        return None
    said = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    there = any(c.dep_ == "expl" for v in said for c in v.children)
    which = any(c.lower_ == "of" and any(w.lower_ == "which" for w in c.children)
                for c in verb.children)
    return verb.head if there and which else None


def _last_words(tokens, anchor, inside: set[int], dimension: str, subject: str,
                key: str) -> tuple[str, str]:
    """The subject read, over which come first a share a part makes up of a whole
    (`_share_made_up`) and the noun a dash aside the figure opens gives the value of
    (`_defined_by_aside`); none where the subject read is the one who foresaw the figure
    ("the £80m analysts had expected")."""
    share = _share_made_up(anchor, inside) or _share_part_after(anchor, inside) \
        if dimension in ("percentage", "fraction") else None
    if share is None and dimension in ("percentage", "fraction") and subject:
        share = _parallel_share(anchor, inside, subject, key)
    if share is not None:
        return share
    defined = _defined_by_aside(tokens, inside) or _places_moved(anchor, inside)
    if defined is not None:
        return defined
    forecast = FORECAST_AFTER.match(text_of(anchor.doc), tokens[-1].idx + len(tokens[-1]))
    if forecast and subject == forecast.group(1):
        return "", ""
    return subject, key


def _places_moved(anchor, inside: set[int]) -> tuple[str, str] | None:
    """A move counted in places of a ranking is a move of its mover's position: "The single
    was down three places to number 10" -> "position (single)", "Spain fell four places"
    -> "position (Spain)"; None otherwise."""
    steps = anchor.head if anchor.dep_ == "nummod" else None
    if steps is None or steps.lemma_.lower() not in _RANK_STEPS \
            or steps.dep_ not in ("npadvmod", "dobj"):
        return None
    particle = steps.head.lower_ in ("up", "down")  # "down three places"
    verb = steps.head.head if particle else steps.head
    if verb.pos_ not in ("VERB", "AUX") or not (particle or verb.lemma_.lower() in _MOVING_RANK):
        return None  # not "has 40 places for trainees", "finished two places behind"
    mover = resolve(nsubj(verb), verb)
    if mover is None or mover.pos_ not in NOUNISH or mover.i in inside:
        return "position", "position"
    return f"position ({compact(mover, inside)})", "position"


# the steps of a ranking a move is counted in: "rose two places", "down three spots"
_RANK_STEPS = {"place", "position", "spot", "rung", "notch"}
# the verbs of a move in a ranking
_MOVING_RANK = {"rise", "fall", "climb", "drop", "slip", "slide", "move", "jump", "go", "leap",
                "tumble", "plunge", "soar", "edge", "gain", "lose", "improve", "sink", "shoot"}


def _defined_by_aside(tokens, inside: set[int]) -> tuple[str, str] | None:
    """The noun right before a dash aside the figure opens, which the aside gives the value
    of: "pays corporation tax - now 30% - on its profits" -> "corporation tax", "Those on
    low pay - judged to be $20,000 or less - rarely" -> "low pay", also an aside that ends
    the sentence ("short of its fuel costs - an expected extra £90m.") -> "fuel costs"; None
    otherwise."""
    doc, first, last = tokens[0].doc, tokens[0], tokens[-1]
    lead = _ASIDE_LEAD.search(text_of(doc), max(0, first.idx - 40), first.idx)
    close = _ASIDE_CLOSE.match(text_of(doc), last.idx + len(last))
    if lead is None or close is None:
        return None
    noun = next((t for t in reversed(doc[max(0, first.i - 8):first.i])
                 if t.idx + len(t) <= lead.start()), None)
    done = noun if noun is not None and noun.tag_ == "VBN" and noun.i > 0 \
        and noun.idx + len(noun) == lead.start() else None
    if done is not None:  # "the price offered - 240p a share -": a noun and its participle
        noun = doc[done.i - 1]
        if noun.pos_ != "NOUN" or not (done.head.i == noun.i or noun.head.i == done.i) \
                or any(c.like_num for c in noun.children):
            return None  # (not "the 9,000 claims made - about 40% -", a part)
        return f"{noun_phrase(noun, inside, with_preps=False)} {done.text}", \
            subject_key(noun, inside)
    if noun is None or noun.pos_ != "NOUN" or noun.idx + len(noun) != lead.start() \
            or noun.lemma_.lower() in VALUE_NOUNS or unitlike(noun) \
            or any(c.like_num for c in noun.children):
        return None  # not "the same amount - about £3bn -" nor "rose 12 cents - 0.9% -",
        # whose aside restates a figure
    return noun_phrase(noun, inside, with_preps=False), subject_key(noun, inside)


# a dash that opens an aside right after a noun, and the words that weigh the figure after
# it: " - currently ", " - judged to be "; and the dash that closes it, past a bound
_ASIDE_LEAD = re.compile(r"[ \u00a0]+[-–—][ \u00a0]+(?:(?:currently|now|then|still|about|around"
                         r"|roughly|some|nearly|almost|judged[ \u00a0]+to[ \u00a0]+be"
                         r"|put[ \u00a0]+at|set[ \u00a0]+at|an?|predicted|estimated|expected"
                         r"|forecast|extra|further)[ \u00a0]+)*$")  # (" - a predicted extra ")
_ASIDE_CLOSE = re.compile(r"(?:[ \u00a0]+\([^()]{1,20}\))?(?:[ \u00a0]+(?:or|and)[ \u00a0]+(?:above"
                          r"|more|over|below|less|under))?(?:[ \u00a0]+[-–—][ \u00a0]"
                          r"|[.;][\"”’']?(?=\s|$)|$)")  # (or the sentence's end)


def _share_made_up(anchor, inside: set[int]) -> tuple[str, str] | None:
    """A share of a whole that a part makes up, where a verb of making up says: "China
    accounted for 20.1% of Japan's trade" -> "share of Japan's trade (China)", as a stake
    names its holder in brackets; the part alone where the whole is the economy ("tourism
    accounts for 6% of GDP" -> tourism, README's share of GDP); None where no noun is the
    part ("It accounts for 20% of sales") or no noun the whole."""
    verb = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ in ("for", "to") \
        else anchor.head if anchor.dep_ == "dobj" else None
    words = ("of", "in") if anchor.lower_ == "one" else ("of",)  # "one in 13 pupils"
    whole = next((g for t in (anchor, *(anchor.doc[i] for i in sorted(inside - {anchor.i})))
                  for g in prep_objects(t, words) if g.pos_ in NOUNISH), None)  # (also on
    # any word of the figure: "roughly two-thirds of Spain's bank loans")
    if verb is None or not (verb.pos_ == "VERB" or verb.dep_ == "ROOT") or whole is None:
        return None  # (the small model may tag a root "account" a noun)
    lemma = verb.lemma_.lower()
    if not (lemma == "account" and anchor.dep_ == "pobj" and anchor.head.lower_ == "for"
            or lemma == "amount" and anchor.dep_ == "pobj" and anchor.head.lower_ == "to"
            or lemma == "make" and any(c.dep_ == "prt" and c.lower_ == "up"
                                       for c in verb.children)
            or lemma in ("represent", "constitute", "comprise") and anchor.dep_ == "dobj"):
        return None
    said = nsubj(verb) if verb.pos_ == "VERB" else next(
        (c for c in reversed(list(verb.lefts)) if c.dep_ == "compound" and c.i == verb.i - 1
         and c.pos_ == "NOUN"), None)  # "Household borrowing accounts for 58%", the verb
    # tagged a noun: the noun before it, which the parse made its compound
    if said is None or said.pos_ == "PRON" and said.lower_ not in ("which", "that", "who") \
            or said.i == said.sent.start and said.i + 1 < len(said.doc) \
            and said.doc[said.i + 1].text == ",":
        return None  # "they make up 3% of the staff": whom "they" stands for is
        # too unsure to name the part; a word set off before the clause ("Nonethless, the
        # figures represent", misspelt) is none
    part = resolve(said, verb)
    if part is None or part.pos_ not in NOUNISH or part.i in inside \
            or part.is_ancestor(anchor) and not part.is_ancestor(verb) \
            or part.lower_ in ("which", "that", "this", "these", "those"):
        return None
    if said.pos_ != "PRON":  # a participle on the last of some examples describes what
        # they are examples of: "card deals including payments by phones and watches
        # accounting for 15%" -> card deals
        part = next((t.head for t in part.ancestors if t.lower_ in ("including", "like")
                     and t.dep_ == "prep" and t.head.pos_ in NOUNISH), part)
    named = noun_phrase(part, inside)
    if _whole_economy(whole):
        return named, subject_key(part, inside)
    return _share_of(whole, named, inside)


def _share_part_after(anchor, inside: set[int]) -> tuple[str, str] | None:
    """A share of a whole whose clause names the part it is: "80% of the claims were for
    storm damage" -> "share of claims (storm damage)", "Half the aid could come from a
    freeze on repayments" -> "share of aid (freeze on repayments)", also one written "N in
    M" (`counted_out_of`); None otherwise."""
    if anchor.dep_ == "predet" and anchor.head.pos_ in NOUNISH or _half_the(anchor):
        whole, clause = anchor.head, anchor.head  # "Half the aid"
    else:  # the "of" may hang on any word of the figure ("two-thirds of all texts")
        whole = next((g for t in (anchor, *(anchor.doc[i] for i in sorted(inside - {anchor.i})))
                      for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj" and (
                          g.pos_ in NOUNISH or those_defined(g))), None)
        clause = anchor
        if whole is None:
            whole = clause = counted_out_of(anchor.doc, inside)
            if whole is not None and whole.dep_ == "pobj" and whole.head.head.i in inside:
                clause = whole.head.head  # "One in 10 adult Americans owns", where the
                # parse hangs the whole on the "in": the share is the subject
    verb = clause.head if clause is not None else None
    polled = _polled_after(whole, verb)
    if polled is not None:
        verb = polled  # "28% of buyers asked are interested in tablets", where the parse
        # makes the participle the clause's verb and the verb its clause
    if whole is None or clause.dep_ not in ("nsubj", "nsubjpass") or _whole_economy(whole) \
            or clause.dep_ == "nsubjpass" and whole.pos_ == "PROPN" and whole.tag_ != "NNPS" \
            and not named_people_country(whole.text) \
            or whole.lemma_.lower() in TIME_NOUNS or whole.pos_ == "PROPN" \
            and whole.ent_type_ not in ("GPE", "ORG", "NORP", "LOC") and whole.tag_ != "NNPS" \
            and not named_people_country(whole.text):
        return None  # (not "the first quarter of the year is our busiest", a period, nor
        # "nine times out of 10 Smith is going to score", a person; but "90% of Britons",
        # a people, also where the model tags it as no name: "of Britons aged 65 or over")
    prep = _PART_PREPS.get(verb.lemma_.lower())
    part = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == prep
                 for g in c.children if g.dep_ == "pobj" and g.pos_ in NOUNISH), None)
    if part is None and verb.lemma_ == "be":  # "two-thirds of all texts were adverts",
        part = next((c for c in verb.children if c.dep_ == "attr"  # "40% of the staff are
                     and c.pos_ == "NOUN"), None)  # women"
    if part is None:
        doing = _what_part_does(verb, inside) or _state_with(verb, clause)
        if doing and polled is not None:
            asked = verb.head
            return f"share of {noun_phrase(whole, inside)} {asked.text} ({doing})", \
                f"share of {subject_key(whole, inside)}"
        if doing:
            return _share_of(whole, doing, inside)
    if part is None or part.i in inside or any(t.like_num for t in part.subtree):
        return None
    return _share_of(whole, noun_phrase(part, inside), inside)


def _polled_after(whole, verb):
    """The verb of the clause a share's whole is the subject of, where the parse took the
    participle of polling right after the whole ("of buyers asked are ...") for the
    clause's verb and the real verb for a clause of its; None otherwise."""
    if whole is None or verb is None or verb.i != whole.i + 1 or verb.tag_ not in ("VBD", "VBN") \
            or verb.lemma_.lower() not in _POLLING:
        return None
    return next((c for c in verb.children if c.dep_ in ("ccomp", "dep") and c.i > verb.i
                 and c.left_edge.i == verb.i + 1), None)


# verbs by which a poll asks those it counts: "of buyers asked", "of those questioned"
_POLLING = POLLING_VERBS | {"ask"}


def _state_with(adjective, subject) -> str:
    """The state a "with" clause puts a share's part in, with no verb, in up to seven words:
    "with 32% of all phones able to send picture messages" -> "able to send picture
    messages"; "" for any other."""
    first = subject.left_edge.i
    if adjective.pos_ != "ADJ" or first == 0 or adjective.doc[first - 1].lower_ != "with":
        return ""  # (however the parse hangs the "with")
    words = [t for t in adjective.subtree if t.i > subject.right_edge.i and t.dep_ != "punct"]
    if not words or len(words) > 7 or words[-1].i - words[0].i + 1 != len(words) \
            or any(t.like_num for t in words):
        return ""
    return text_of(adjective.doc)[words[0].idx:words[-1].idx + len(words[-1])]


def _half_the(anchor) -> bool:
    """Whether a share is written before its whole's determiner, which the parse made a
    number on the whole: "nearly half the workforce" ("half" a nummod of "workforce")."""
    head = anchor.head
    return anchor.dep_ == "nummod" and anchor.lower_ == "half" and head.pos_ in NOUNISH \
        and any(c.dep_ in ("det", "poss") and anchor.i < c.i < head.i for c in head.children)


def _parallel_share(anchor, inside: set[int], subject: str, key: str) -> tuple[str, str] | None:
    """A bare share that is its clause's subject and takes its whole from a share before it
    ("44% of members backed the deal and 30% backed the rival bid" -> "members", also an
    "among" phrase: "Among members, 30% backed it"), named by what its part does as that
    one is: "share of members (backed the rival bid)"."""
    before = text_of(anchor.doc)[:anchor.idx]
    if anchor.dep_ not in ("nsubj", "nsubjpass") or subject.startswith("share of ") or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in anchor.children) \
            or subject.startswith("those ") and not re.search(
                _WHOLE_NAMED + re.escape(subject) + r"\b", before, re.IGNORECASE):
        return None  # ("Of those polled, 60% backed it" -> "share of those polled")
    whole = re.search(_WHOLE_NAMED + r"(?:[\w,.'’-]+[ \u00a0]+){0,4}?" + re.escape(subject)
                      + r"\b", before, re.IGNORECASE)
    if whole is None:
        return None  # a whole named in an "of" phrase before it, nothing else
    doing = _what_part_does(anchor.head, inside)
    return (f"share of {subject} ({doing})", f"share of {key}") if doing else None


# the words that name a share's whole before it: "44% of members ...", "Among members, ..."
_WHOLE_NAMED = r"\b(?:of|among)[ \u00a0]+"


def _what_part_does(verb, inside: set[int]) -> str:
    """What the part of a whole that is a share's clause subject does or is, as its clause
    says it in a few words: "Half the residents are relying on food banks" -> "relying on
    food banks", "70% of users would reveal their password to a stranger" -> "reveal their
    password to a stranger" (past seven words, its object without its phrases: "reveal
    their password", or with no object its first phrase without its own phrases:
    "vanished from the housing register"), "19% of voters were not on the roll" -> "not on
    the roll"; "" where it holds a figure, is what the part says or thinks ("said they
    would", "thought his rival ..."), or is cut short ("rely" of "rely in part or in whole
    on farming"); a deed done to the part may stand alone ("were laid off"), unless words
    of its own are left out ("made" of "will be made available for schools")."""
    seen = _seen_happen(verb, inside)
    if seen:
        return seen  # "40% saw sales rise and 35% saw them drop"
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in _HAS_VIEW or any(
            c.dep_ in ("ccomp", "csubj") and c.left_edge.i <= verb.i + 2 and not _what_clause(c)
            and not (c.right_edge.i < min(inside) and verb.doc[c.right_edge.i + 1].is_punct)
            for c in verb.children):
        return ""  # (a clause further on may be the next sentence, its full stop left out;
        # but one before the share is another's: "She faced the vote - 67% of people voted")
    if any(c.dep_ == "neg" and c.lower_ == "n't" for c in verb.children):
        return ""  # "didn't examine": the "not" is glued to a word left out
    own = [c for c in verb.children if c.dep_ == "neg"] if verb.lemma_ == "be" else [
        verb, *(c for c in verb.children if c.dep_ in ("neg", "advmod") and c.i < verb.i
                and all(t.head.i == verb.i for t in verb.doc[c.i:verb.i]))]  # (not the
    # "Now" of "Now 90% of Britons own a handset", which opens the clause)
    # "were not on the roll": what they are, without the "be"; "only look", "do not trust"
    children = [c for c in verb.children if c.i > verb.i and c.lower_ != "according"]
    done = any(c.dep_ == "auxpass" for c in verb.children)  # "were laid off": what is done
    # to the part says enough by itself
    for deps in (_DOING_ALL, (*_DOING_CORE, "advmod") if done else _DOING_CORE):
        said = [c for c in children if c.dep_ in deps or _what_clause(c)]
        if deps is _DOING_CORE and not any(c.pos_ != "PRON" for c in said):
            said = [c for c in children if c.dep_ == "prep"][:1]  # "vanished from the
            # housing register": with no object, its first phrase alone; else the verb alone
            # says too little, as it does where other figures share it ("38.5% reside in
            # Spain, 21.2% in France")
            if not said or any(c.dep_ not in ("prep", "nsubj", "nsubjpass") and any(
                    g.like_num for g in c.children) for c in verb.children):
                return ""
        if done and any(c not in said and not c.is_punct and c.dep_ not in _BESIDE_DEED
                        for c in children):
            return ""  # "will be made available for schools": cut short
        span = sorted(own + [t for c in said for t in _own_words(c)], key=lambda t: t.i)
        if said and said[0].dep_ == "prep" and deps is _DOING_CORE:
            cut = {t.i for g in said[0].children for c in g.children if c.dep_ == "prep"
                   for t in c.subtree}  # "from the housing register", not its own phrases
            span = [t for t in span if t.i not in cut]
        cut = {t.i for c in said if _what_clause(c) for g in c.children if g.dep_ == "advcl"
               for t in g.subtree}  # "get what they were promised", not "when shopping ..."
        span = [t for t in span if t.i not in cut]
        if deps is _DOING_CORE:
            cut = {t.i for c in said if c.dep_ == "xcomp" and (to_form(c) or c.tag_ == "VBN")
                   for g in c.children if g.i > c.i
                   and g.dep_ in ("prep", "advcl", "advmod", "npadvmod") for t in g.subtree}
            span = [t for t in span if t.i not in cut]  # "voted to keep the pundit", not
            # "in the house" too: an infinitive's object without its phrases (or a
            # participle's: "had their claims approved")
        gapped = [t for t in span if t.dep_ == "conj" and t.i != verb.i and any(
            g.like_num for g in t.subtree) and not any(g.i in inside for g in t.subtree)]
        cut = {g.i for t in gapped for g in [*t.subtree, *(c for c in t.head.children
                                                          if c.dep_ == "cc" and c.i < t.i)]}
        span = [t for t in span if t.i not in cut]  # "vote against the plan and 24% in
        # favour": the other share's gapped clause, which the parse joins to the object
        while span and span[-1].dep_ == "cc":
            span.pop()  # "backed Labour and 30% backed the Tories": "backed Labour"
        last = span[-1].i if span else 0
        if len(span) > 3 and acronym_ends(verb.doc, last) and span[-3].i == last - 2 \
                and (last + 1 == len(verb.doc) or verb.doc[last + 1].is_punct):
            span = span[:-3]  # "never used a virtual private network (VPN)": no acronym
        elif len(span) > 3 and span[-1].dep_ == "conj" and span[-1].is_upper \
                and span[-1].is_alpha and span[-2].lower_ == "or" and span[-3].text == ",":
            span = span[:-3]  # "never sent a picture message, or PXM": nor one after "or"
        written = text_of(verb.doc)[span[0].idx:span[-1].idx + len(span[-1])] if span else ""
        room = 12 if any(c.dep_ == "acomp" and any(g.dep_ == "ccomp" for g in c.children)
                         for c in said) else 7  # "unaware that firms pay for some of the
        # results": what they know or not may run longer, as what they think does
        if span and len(written.split()) <= room and span[-1].i - span[0].i + 1 == len(span) \
                and not any(t.i in inside or t.like_num and (
                    t.ent_type_ not in ("DATE", "TIME") or _YEAR.fullmatch(t.text))
                            or t.is_punct and not glued(t) for t in span):  # "have a
            # built-in camera" is whole, and its hyphened words count as one ("work in
            # schools that are under-funded"); a number of how often or how long may stand
            # ("are visited at least once every three weeks"), not a year ("by 2010")
            return written
    return ""


# a year written in digits
_YEAR = re.compile(r"(?:19|20)\d\d")


def _seen_happen(verb, inside: set[int]) -> str:
    """What a share's part saw happen, a bare infinitive with its own subject that "see"
    takes, as written where short: "35% saw them drop" -> "saw them drop"; "" otherwise."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.tag_ == "VB"
                   and c.i > verb.i and any(g.dep_ == "nsubj" for g in c.children)), None)
    if verb.lemma_.lower() != "see" or clause is None:
        return ""
    words = [verb, *clause.subtree]
    if len(words) > 7 or words[-1].i - verb.i + 1 != len(words) \
            or any(t.i in inside or t.like_num or t.is_punct for t in words):
        return ""
    return text_of(verb.doc)[verb.idx:words[-1].idx + len(words[-1])]


# what may follow a deed done to a share's part without cutting it short: its doer, a
# clause or a deed joined to it ("were sold to fans and rented by others")
_BESIDE_DEED = {"agent", "cc", "conj", "advcl", "mark"}
# the words after a verb that say what a share's part does: all, else its object's alone
_DOING_CORE = ("dobj", "prt", "acomp", "attr", "xcomp", "dative")
_DOING_ALL = (*_DOING_CORE, "prep", "advmod", "npadvmod")
# verbs of saying or holding a view: what follows is the part's view, not what it does
_HAS_VIEW = {"think", "believe", "feel", "say", "expect", "hope", "reckon", "suspect", "fear",
             "agree", "want"}


def _what_clause(clause) -> bool:
    """Whether a clause a verb takes is a "what" clause that stands as its object ("usually
    find what they need"), not a clause of what one says or thinks."""
    return clause.dep_ == "ccomp" and clause.left_edge.lower_ == "what" \
        and clause.left_edge.dep_ in ("dobj", "pobj")


def _own_words(token) -> list:
    """A word's subtree without a figure's clause a conjunction joins to it ("backed Labour
    and 30% backed the Tories" -> "Labour")."""
    cut = set()
    for c in token.children:
        if c.dep_ == "conj" and any(t.like_num for t in c.subtree):
            cut |= {t.i for t in c.subtree} | {d.i for d in token.children if d.dep_ == "cc"}
    return [t for t in token.subtree if t.i not in cut]


def _share_of(whole, part: str, inside: set[int]) -> tuple[str, str]:
    """The subject and key of a share of `whole` that `part` is, the part in brackets as a
    stake's holder is: "share of Japan's trade (China)"."""
    return f"share of {noun_phrase(whole, inside)} ({part})", \
        f"share of {subject_key(whole, inside)}"


# the verbs whose phrase names the part a share of a whole is: "were for", "came from"
_PART_PREPS = {"be": "for", "come": "from", "make": "of"}  # "is made up of young buyers"


def _set_right(tokens, anchor, inside: set[int], dimension: str, subject: str,
               key: str) -> tuple[str, str]:
    """The subject read, set right where the parse misled it: the thing a name's sum is
    (`_owner_not_thing`), the object beside a sum (`_object_beside`), a stake held
    (`_stake_in`), what "changes hands"."""
    subject, key = _owner_not_thing(tokens, inside, subject, key)
    subject, key = _object_beside(tokens, anchor, inside, subject, key)
    if dimension in ("percentage", "fraction"):
        subject, key = _stake_in(anchor, inside) or _stake_of_holder(anchor, inside) \
            or _stake_owned_by(anchor, inside) or _share_reached(anchor, inside) \
            or _share_taken(anchor, inside) or _share_done_to(anchor, inside) or (subject, key)
    subject, key = _paid_more(anchor, inside) or _headline_deal(tokens, inside) \
        or (subject, key)
    if subject == "hands" and (verb := governor(anchor)) is not None \
            and verb.lemma_.lower() == "change":
        doer = nsubj(verb)  # "shares were changing hands at 150p": what changes hands
        subject, key = (noun_phrase(doer, inside), subject_key(doer, inside)) \
            if doer is not None and doer.pos_ in NOUNISH else ("", "")
    return subject, key


# the prepositions of a mark one is above, below or goes past: "pushed past the 5,000 mark"
_MARK_PREPS = {*MARK_SIDES, "past", "through"}


def _mark_passer(head, inside: set[int]):
    """What reached or passed the mark a figure names: what the mark is "for" or "of"
    ("reaching the two million barrier for its sales of the handset" -> "sales"), else the
    verb's subject ("The count of known worms broke the 50,000 barrier" -> "count of known
    worms", not "barrier"), or the noun the verb's clause hangs on ("the fifth film to hit
    the $100m mark" -> "fifth film"); None where the figure names no mark, or none says."""
    if head is not None and head.dep_ == "pobj" and head.head.lower_ in _MARK_PREPS \
            and head.lemma_.lower() in SIDED_MARKS and head.head.head.pos_ == "VERB" and (
                head.head.lower_ in MARK_SIDES or any(c.lower_ == "the" for c in head.children)):
        # (not "wade through five levels" of a game)
        verb = head.head.head
        doer = next((c for c in verb.children if c.dep_ == "dobj" and c.i < head.i), None) \
            or nsubj(verb)  # "The jobless total fell below the threshold of three million",
        # "Shares rose above the 300p level"; "helped push prices above the $60 mark"
        return doer if doer is not None and doer.pos_ in NOUNISH and doer.i not in inside \
            and not (doer.lower_ in VALUE_NOUNS and not any(
                c.dep_ in ("compound", "amod") for c in doer.children)) else None  # (not
        # "take the total above": a bare frame; but "The jobless total fell below")
    if not _passed_mark(head, inside):
        return None
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "of")), None)
    doer = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None \
        else nsubj(head.head)
    if of is None and (doer is None or doer.pos_ == "PRON"):
        doer = _infinitive_doer(head.head)  # "It is the fifth film to hit the $100m mark"
    return doer if doer is not None and doer.pos_ in NOUNISH and doer.i not in inside else None


def _passed_mark(mark, inside: set[int]) -> bool:
    """Whether `mark` is a mark the figure names that a verb of passing takes as its object:
    "broke the 50,000 barrier", "has breached the 3% deficit limit"."""
    return mark is not None and mark.lemma_.lower() in MARK_NOUNS and mark.i >= max(inside) \
        and mark.dep_ == "dobj" and mark.head.lemma_.lower() in MARK_VERBS


def _measure_past_mark(mark, inside: set[int]) -> tuple[str, str] | None:
    """What passed a mark whose own noun names the measure, with who it is of: "Spain has
    breached the 3% deficit limit" -> "deficit (Spain)", not the limit nor Spain
    alone; None for a mark with no such noun ("the 100 million mark")."""
    if not _passed_mark(mark, inside):
        return None
    measure = next((c for c in mark.children if c.dep_ == "compound" and c.pos_ == "NOUN"
                    and c.i > max(inside) and not unitlike(c)), None)
    if measure is None:
        return None
    raw = nsubj(mark.head)
    before = mark.doc[raw.i - 1] if raw is not None and raw.i > 0 else None
    doer = before if raw is not None and raw.tag_ == "WDT" and before is not None \
        and before.ent_type_ in ("GPE", "ORG") \
        else resolve(raw, mark.head) if raw is not None else None  # "against Greece
    # which has broken": the name right before the "which", however the parse hangs it
    name = compact(doer, inside) if doer is not None and doer.i not in inside \
        and doer.pos_ in NOUNISH else ""
    if name and doer.lemma_.lower() == measure.lemma_.lower():
        return name, measure.lemma_.lower()  # "The nation's debt has passed the 60% debt
        # limit" -> "nation's debt"
    return (f"{measure.text} ({name})" if name else measure.text), measure.lemma_.lower()


def _moved_in_before(anchor):
    """What a move's "in" phrase right before a level's "to" names, however the parse hangs
    the "to": "backed a half-point increase in the base rate to 6%" -> base rate;
    else None."""
    to = anchor.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "to" else None
    moved = anchor.doc[to.i - 1] if to is not None and to.i > 0 else None
    if moved is None or moved.dep_ != "pobj" or moved.head.lower_ != "in" \
            or moved.head.head.lemma_.lower() not in CHANGE_NOUNS or moved.pos_ not in NOUNISH \
            or moved.head.head.pos_ != "NOUN":  # not "rose 4p in morning trading to 548p"
        return None
    return moved


def _on_sale(head, inside: set[int]):
    """What is on sale at the price a figure gives, the subject of the clause "on sale" or
    "for sale" stands in: "The new album is now on sale for £9.99", "Seats went on sale
    priced at £45 each" -> new album, seats; None where the figure's noun is not that sale."""
    if head is None or head.lower_ != "sale" or head.dep_ != "pobj" \
            or head.head.lower_ not in ("on", "for"):
        return None
    verb = governor(head)
    thing = resolve(nsubj(verb), verb) if verb is not None else None
    return thing if thing is not None and thing.pos_ in NOUNISH and thing.i not in inside \
        else None


def _infinitive_doer(verb):
    """The noun an infinitive's clause hangs on, which does what it says: "the first film to
    hit", "It is the fifth film to hit" -> film; else None."""
    if not to_form(verb):
        return None
    if verb.dep_ == "acl":
        return verb.head
    return next((c for c in verb.head.children if c.dep_ == "attr"), None) \
        if verb.dep_ == "xcomp" else None


def _held_in_which(head):
    """The body a stake is in, where an "in which" clause on the body's name holds the
    stake ("Zeta, in which Acme owns a 44% stake," -> Zeta); None elsewhere."""
    if head.lemma_.lower() not in HELD_IN \
            or any(c.dep_ == "prep" and c.lower_ == "in" for c in head.children):
        return None  # (checked first: this runs for every counted noun)
    doc = head.doc
    verb = next((t for t in doc[head.sent.start:head.i] if t.dep_ == "relcl"
                 and all(x.pos_ in ("DET", "NUM", "ADJ") or x.text == "%"
                         for x in doc[t.i + 1:head.i])), None)
    # (its object, by the words between, where the parse may set it loose: "owns a 44% stake
    # -" read as the object of a verb after it)
    if verb is None or not any(c.dep_ == "prep" and c.lower_ == "in" and any(
                o.dep_ == "pobj" and o.lower_ == "which" for o in c.children)
                       for c in verb.children):
        return None
    body = verb.head
    body = next((c for c in body.children if c.dep_ == "appos" and c.pos_ == "PROPN"), body)
    return body if body.pos_ in NOUNISH else None  # (the name beside a kind where the parse
    # hangs the clause on the name: "the carmaker Zeta, in which")


def _stake_in(anchor, inside: set[int]) -> tuple[str, str] | None:
    """A share of a body that a verb of holding, buying or selling takes is a stake in that
    body, its holder in brackets: "Two Irish investors own 29% of the club" -> "stake in
    club (Irish investors)"; None for a share of anything else ("holds 90% of the market").
    """
    if anchor.dep_ == "predet" and anchor.head.dep_ == "dobj":
        verb, body = anchor.head.head, anchor.head  # "Renault sold half its credit arm"
    elif anchor.dep_ == "dobj" or anchor.dep_ == "pobj" and anchor.head.lower_ == "for" \
            and anchor.head.head.lemma_.lower() in _SWAPPING:
        verb = anchor.head if anchor.dep_ == "dobj" else anchor.head.head  # "swapped X for"
        body = next((o for o in prep_objects(anchor, ("of",)) if o.i not in inside), None)
    else:
        return None
    if verb.lemma_.lower() not in _HOLDING_STAKES | _SWAPPING:
        return None
    if body is None and anchor.dep_ == "dobj" and verb.lemma_.lower() in ("own", "hold"):
        return _bare_stake(verb, inside)
    if body is None or not (body.pos_ in ("PROPN", "NOUN") and body.text[:1].isupper()
                            or body.lemma_.lower() in (BODY_NOUNS - _LANDS) | _FIRM_PARTS
                            and (body.tag_ != "NNS" or _own_parts(body, verb))) \
            or body.ent_type_ in ("LOC", "NORP", "DATE", "TIME"):
        return None  # not "the rebels hold 60% of the country", nor "had 31% of buyers"
    name = noun_phrase(body, inside, with_preps=False)
    owner = _stake_holder(verb, inside)[1]
    return (f"stake in {name} ({owner})" if owner else f"stake in {name}"), "stake"


def _own_parts(body, verb) -> bool:
    """Whether a plural body is the owner's own firms or parts, which it sells or buys a
    share of: "Banks may sell up to 49% of their insurance arms" (a stake in each); not
    "had 31% of buyers", nor "owns 40% of the country's banks" (a share of them)."""
    return verb.lemma_.lower() in _HOLDING_STAKES - _HOLDING_SHARES \
        and body.lemma_.lower() in _FIRM_PARTS | {"subsidiary", "division", "business"} \
        and any(c.dep_ == "poss" and c.lower_ in ("their", "its") for c in body.children)


def _stake_owned_by(anchor, inside: set[int]) -> tuple[str, str] | None:
    """A share by which a body is "owned by" one is a stake in that body, the holder in
    brackets (`share_held_by`): "Acme is 46% owned by Zeta" -> "stake in Acme (Zeta)";
    None otherwise."""
    holder = share_held_by(anchor, inside)
    if not holder:
        return None
    verb = anchor if anchor.dep_ in ("attr", "acomp") else anchor.head  # "is 46%-owned by"
    body = next((c for c in verb.children if c.dep_ == "nsubjpass"), None) \
        or (nsubj(verb.head) if verb.dep_ in ("acomp", "attr") else None)
    if body is None or body.pos_ not in NOUNISH or body.i in inside:
        return None
    return f"stake in {noun_phrase(body, inside, with_preps=False)} ({holder})", "stake"


def _stake_of_holder(anchor, inside: set[int]) -> tuple[str, str] | None:
    """A share before a noun for its holder, "in" or "of" a named body, is a stake in that
    body, held by the one the noun describes: "Zeta, a 30% shareholder in Acme Motors" ->
    "stake in Acme Motors (Zeta)", also "Zeta is a 30% owner of Acme"; None otherwise."""
    holder = anchor.head if anchor.dep_ in ("compound", "nmod", "amod") else None
    if holder is None or holder.lemma_.lower() not in _HOLDER_NOUNS:
        return None
    body = next((o for o in prep_objects(holder, ("in", "of")) if o.i not in inside), None)
    if body is None or body.pos_ != "PROPN":
        return None
    who = holder.head if holder.dep_ == "appos" else nsubj(holder.head) \
        if holder.dep_ == "attr" else None
    name = owner_name(who, inside) if who is not None and who.pos_ == "PROPN" else ""
    stake = f"stake in {noun_phrase(body, inside, with_preps=False)}"
    return (f"{stake} ({name})" if name else stake), "stake"


# share words that are a part's own measure, no part of a whole: "its market share rose"
_PART_MEASURES = {"share", "proportion", "percentage", "portion", "fraction", "stake", "part"}
# participles of a passive that sets its subject to a share of a whole: "were capped at"
_LIMITED = {"limited", "capped", "restricted"}


def _share_reached(anchor, inside: set[int]) -> tuple[str, str] | None:
    """A share of a whole that a verb's object is moved to or from is a share of that whole,
    the object in brackets: "hopes to lift online sales from 20% to 35% of turnover" ->
    "share of turnover (online sales)", both figures; so is one a verb of change with no
    object moves its subject to ("legitimate mail has shrunk to 30% of messages" -> "share
    of messages (legitimate mail)"); None otherwise."""
    share = anchor
    while share.dep_ in ("quantmod", "nummod") and share.head.i != share.i:
        share = share.head  # "from 20% to 35%": the first share hangs on the second
    prep = share.head
    if share.dep_ != "pobj" or prep.head.pos_ != "VERB" or prep.lower_ not in (
            "to", "from") and not (prep.lower_ == "at" and prep.head.lower_ in _LIMITED):
        return None  # ("capped at 2% of turnover")
    verb = prep.head
    moved = next((c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i
                  and c.pos_ == "NOUN" and c.i not in inside), None)
    if moved is None and verb.lower_ in CHANGE_UP | CHANGE_DOWN | _LIMITED \
            and not any(c.dep_ == "dobj" for c in verb.children):
        moved = resolve(nsubj(verb), verb)  # "Debt rose to 60% of the firm's assets"
        if moved is not None and (moved.pos_ not in ("NOUN", "PROPN") or moved.i in inside
                                  or moved.lemma_.lower() in _PART_MEASURES):
            moved = None
    whole = next(prep_objects(share, ("of",)), None)
    if moved is None or whole is None or whole.i in inside or whole.pos_ != "NOUN" \
            or _whole_economy(whole) or _national_income(whole):
        return None  # (a share of GDP measures what is that share: README)
    return _share_of(whole, noun_phrase(moved, inside, with_preps=moved.lower_ in (
        "number", "amount")), inside)  # "The number of women on boards has climbed to"


# nouns for one who holds a share of a body
_HOLDER_NOUNS = {"shareholder", "stakeholder", "owner", "holder", "investor"}


def _stake_holder(verb, inside: set[int]):
    """Who holds the stake a verb of holding takes, and their name: the verb's subject,
    with a second name "and" joins ("Jo Smith and Al Jones own 29%": both hold it)."""
    holder = resolve(nsubj(verb), verb)
    owner = owner_name(holder, inside) if holder is not None and holder.pos_ in NOUNISH else ""
    others = [c for c in holder.children if c.dep_ == "conj"] if owner else []
    if len(others) == 1:
        owner = f"{owner} and {owner_name(others[0], inside)}"
    return holder, owner


def _bare_stake(verb, inside: set[int]) -> tuple[str, str] | None:
    """A share one owns or holds with no whole named is a stake, its holder in brackets,
    where the holder is a name: "TCI, which holds about 5%" -> "stake (TCI)"."""
    holder, owner = _stake_holder(verb, inside)
    if holder is None or holder.i in inside or not (holder.pos_ == "PROPN" or any(
            c.dep_ == "appos" and c.pos_ == "PROPN" for c in holder.children)):
        return None  # (also a kind with its name beside it: "Hedge fund Atlas")
    return f"stake ({owner})", "stake"


def _headline_deal(tokens, inside: set[int]) -> tuple[str, str] | None:
    """A headline's "X in $N Y": the sum is Y's, X in brackets ("Air China in $1bn London
    listing" -> "London listing (Air China)"), whatever the parse, which reads headlines
    badly; None for any other figure."""
    doc, first = tokens[0].doc, tokens[0].i
    lead = first - 1 - (first > 1 and doc[first - 1].tag_ == "$")  # past the sign
    if lead < 1 or doc[lead].lower_ != "in":
        return None  # (most figures: no "in" right before)
    words = [t for t in tokens[0].sent if not t.is_space]
    last = max(inside)
    after = [t for t in words if t.i > last]
    before = [t for t in words if t.i < tokens[0].i and t.tag_ != "$"]
    if not words or words[-1].is_punct or len(words) > 12 or not 1 <= len(after) <= 4 \
            or not all(t.is_alpha and t.pos_ != "ADP" and t.lower_ not in _NOT_DEAL_WORDS
                       for t in after) \
            or len(before) < 2 or before[-1].lower_ != "in" \
            or not all(t.is_alpha for t in before[:-1]):
        return None
    owner = " ".join(t.text for t in before[:-1])
    thing = " ".join(t.text for t in after)
    return f"{thing} ({owner})", after[-1].lemma_.lower()


_NOT_DEAL_WORDS = {"a", "an", "the", "and", "or", "to", "for", "of", "says", "said"}


def _paid_more(anchor, inside: set[int]) -> tuple[str, str] | None:
    """The price a figure says one pays or is charged more or less for a thing: "Customers
    will pay 10% more for electricity" -> "price of electricity"; None for anything else."""
    more = anchor.head
    verb = more.head
    if anchor.dep_ != "npadvmod" or more.lower_ not in ("more", "less", "extra") \
            or more.dep_ != "dobj" or verb.lemma_.lower() not in ("pay", "charge"):
        return None
    thing = next((o for o in prep_objects(verb, ("for",)) if o.pos_ in NOUNISH
                  and o.i not in inside and not person(o)), None)
    return (f"price of {noun_phrase(thing, inside)}", "price") if thing is not None else None


# what voters cast, a share of which one wins with
_CAST = {"vote", "ballot", "poll"}


def _share_taken(anchor, inside: set[int]) -> tuple[str, str] | None:
    """A share of a whole that a verb of making, holding, paying or winning takes is a
    share of that whole, its doer in brackets as a stake's holder is: "The studios make
    about 40% of all films" -> "share of all films (studios)", "Labour won 35% of the
    vote" -> "share of the vote (Labour)", with no bracket where "it" or "they" holds it;
    None where the doer is another pronoun or no noun."""
    first = anchor
    while first.dep_ == "conj" and first.head.pos_ in NOUNISH:
        first = first.head  # "won 45% of the phone votes and 61% of the web votes": the
        # second share taken by the same verb
    verb = first.head
    whole = next((o for o in prep_objects(anchor, ("of",)) if o.i not in inside
                  and o.pos_ in NOUNISH and not unitlike(o)), None)
    if first.dep_ == "pobj" and verb.lower_ == "with" and verb.head.pos_ == "VERB" \
            and whole is not None and whole.lemma_.lower() in _CAST:
        verb = verb.head  # "The novel topped the poll with 41% of votes cast": the
        # share of the vote one wins or tops a poll with
    elif first.dep_ != "dobj" or verb.lemma_.lower() not in _TAKING_SHARES and not (
            verb.lemma_.lower() == "gain" and whole is not None
            and whole.lemma_.lower() in _CAST):  # "having gained only 6% of the public
        return None  # vote": a share won, not a rise
    raw = nsubj(verb)  # (also of the verb an infinitive hangs on: "pledged to pay")
    doer = None if raw is None or raw.tag_ == "PRP" else resolve(raw, verb)
    if whole is None or whole.lemma_.lower() == "stock" or whole.lower_ == "shares" or any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in whole.children):
        return None  # not "makes 80% of its revenue in the US", whose part is the US's;
        # nor "owns 6% of Acme's shares", a stake
    if raw is not None and raw.lower_ in ("it", "they") and verb.lemma_.lower() in _HOLDING_SHARES:
        return f"share of {noun_phrase(whole, inside)}", f"share of {subject_key(whole, inside)}"
        # "as it has 90% of all fissile material": a share of the whole, whoever "it" is
    if doer is None or doer.i in inside or doer.pos_ not in NOUNISH:
        return None
    name = owner_name(doer, inside)
    if name and whole.lower_ == "share":  # "holds 12% of the market share": the share
        return f"{noun_phrase(whole, inside)} ({name})", subject_key(whole, inside)
    return (_share_of(whole, name, inside) if name else None)


def _share_done_to(anchor, inside: set[int]) -> tuple[str, str] | None:
    """A share of a whole that a verb does something to, named as one the passive names
    ("Some 40% of the staff were laid off" -> "share of staff (laid off)"): "The cut will
    hit about 3% of its policyholders" -> "share of policyholders (hit)", "plans to write
    off up to 80% of the debts" -> "share of debts (written off)"; None where the verb
    takes, holds, makes up or says the share (`_share_taken`, `_stake_in`,
    `_share_made_up`), or the whole is a body's name, a time or a value that moves."""
    first = anchor
    while first.dep_ == "conj" and first.head.pos_ in NOUNISH:
        first = first.head  # "will close 20% of its plants and 10% of its depots"
    verb = first.head
    to = ""  # the preposition of a verb whose "to" phrase holds the share: "would apply to
    # just 1% of the population" -> "share of population (applied to)"
    if first.dep_ == "pobj" and first.head.lower_ == "to" and first.head.dep_ == "prep" \
            and first.head.head.lemma_.lower() in _DONE_TO_WHOM:
        verb, to = first.head.head, " to"
    elif first.dep_ != "dobj":
        return None
    if verb.pos_ != "VERB" \
            or verb.lemma_.lower() in _NOT_DONE_TO | _TAKING_SHARES | _HOLDING_STAKES \
            or verb.lemma_.lower() in REPORTING_VERBS and not any(
                c.dep_ == "prt" for c in verb.children) or any(
                c.ent_type_ == "ORDINAL" or c.lower_ in _IN_A_ROW for c in anchor.children):
        return None  # not "found 60% of women in the industry hold degrees", a clause the
        # parse cut (but "write off"); nor "a fourth straight quarter of growth", a period
    whole = next((o for o in prep_objects(anchor, ("of",)) if o.i not in inside
                  and o.pos_ == "NOUN" and not unitlike(o)), None)
    if whole is None or _whole_economy(whole) or _national_income(whole) \
            or whole.lemma_.lower() in TIME_NOUNS | _MEASURES_MOVED:
        return None
    done = participle(verb.lemma_.lower())
    particle = next((c.text for c in verb.children if c.dep_ == "prt"), "")
    if not done:
        return None
    return _share_of(whole, f"{done} {particle}".strip() + to, inside)


# verbs that do what they do "to" a share of a whole: "would apply to just 1% of the
# population", "sold to 30% of households"
_DONE_TO_WHOM = {"apply", "sell", "offer", "extend", "spread", "deliver", "send", "supply",
                 "market", "cater", "happen"}


# verbs whose object share is taken, held, made up, moved or said, named by rules of their
# own; and the wholes that are a value, whose share is how far it moved ("lost 5% of its
# value")
_NOT_DONE_TO = {"account", "represent", "comprise", "constitute", "make", "do", "estimate",
                "expect", "forecast", "predict", "put", "see", "want", "need", "give", "get",
                "raise", "lift", "boost", "increase", "reduce", "lower", "double", "halve"}
_MEASURES_MOVED = {"value", "price", "worth", "share", "stake", "time"}
_IN_A_ROW = {"straight", "consecutive", "successive"}


# the verbs by which a body holds a share: "has a 36% share", "owns a 29% stake"
_HOLDING_SHARES = {"have", "hold", "own", "control"}
# verbs by which one makes, holds, pays or wins a share of a whole
_TAKING_SHARES = _HOLDING_SHARES | {"produce", "make", "pay", "supply", "provide", "generate",
                                    "handle", "carry", "fund", "win", "take", "receive",
                                    "capture", "command", "attract", "underwrite", "insure"}


# verbs by which one holds, buys or sells a part of a body
_HOLDING_STAKES = _HOLDING_SHARES | {"buy", "acquire", "purchase", "sell", "retain", "keep",
                                     "offload"}
# verbs by which one gives a holding for another: "swapped a 6% stake for 20% of Acme"
_SWAPPING = {"swap", "exchange", "trade"}
_LANDS = {"country", "state", "nation", "army", "police", "court"}
# the parts of a firm a stake may be held in: "its finance arm", "its insurance unit"
_FIRM_PARTS = {"arm", "unit", "operation", "offshoot"}


def _object_beside(tokens, anchor, inside: set[int], subject: str, key: str) -> tuple[str, str]:
    """The noun right after a figure that the parse hung on the figure's verb as an object
    of its own, where the subject fell back on the verb's doer: "will reject any formal
    £700m offer for the club" -> "offer for the club", not the ones who reject it, also
    where the parse makes it a clause of the verb; but not a move so hung ("could see a 5%
    to 10% rebound"), which the verb's subject makes; else the subject and key given."""
    after = _word_after(tokens)
    verb = governor(anchor)
    if after is None or verb is None or after.pos_ != "NOUN" or not after.is_lower \
            or after.i in inside or after.head.i != verb.i or anchor.head.i != verb.i \
            or after.dep_ not in ("dobj", "attr", "ccomp") or unitlike(after) \
            or after.lower_ == "home" \
            or after.dep_ == "ccomp" and after.lemma_.lower() in CHANGE_NOUNS \
            or not subject or not _is_doer(anchor, subject):
        return subject, key  # not "send $16bn home": where it goes
    return noun_phrase(after, inside), subject_key(after, inside)


def _owner_not_thing(tokens, inside: set[int], subject: str, key: str) -> tuple[str, str]:
    """The noun right after a sum that a name owns, where the parse took the owner for the
    subject ("Birmingham's £6m offer" -> "offer (Birmingham)", not "Birmingham"); else the
    subject and key given."""
    doc, first, after = tokens[0].doc, tokens[0], _word_after(tokens)
    if first.i < 2 or doc[first.i - 1].tag_ != "POS" or after is None \
            or not (after.pos_ in ("NOUN", "ADJ") or after.tag_ in ("VB", "VBP")) \
            or not after.is_lower \
            or not after.is_alpha or after.i in inside or unitlike(after) \
            or subject != doc[first.i - 2].text and not subject.endswith(
                " " + doc[first.i - 2].text):
        return subject, key
    end = after.head if after.dep_ in ("compound", "amod") and 0 < after.head.i - after.i <= 2 \
        and after.head.pos_ == "NOUN" else after  # "closing price", "annual budget"
    if end.pos_ == "ADJ":
        return subject, key
    owner = owner_name(doc[first.i - 2], inside)
    thing = doc[after.i:end.i + 1].text
    return (f"{thing} ({owner})" if owner else thing), end.lemma_.lower()


# the words before a figure that make the noun after it the figure's
_BEFORE_LOST = {"a", "an", "the", "its", "their"}


def _noun_lost_after(tokens, inside: set[int]) -> tuple[str, str] | None:
    """The noun written right after a figure with an article or an owner's word before it,
    where the parse hung that noun elsewhere (a dash after it misleads the small model): "had
    reached a $90m deal - shared between fines and refunds -" -> "deal", "the 138p a share
    offer provided" -> "offer"; None otherwise."""
    doc, first, after = tokens[0].doc, tokens[0], _word_after(tokens)
    if first.i == 0 or doc[first.i - 1].lower_ not in _BEFORE_LOST or after is None \
            or after.pos_ != "NOUN" or not after.is_lower or after.i in inside \
            or after.head.i in inside or unitlike(after):
        return None
    end = after.head if after.dep_ == "compound" and after.head.i == after.i + 1 \
        and after.head.pos_ == "NOUN" else after  # "a £100 lump sum"
    framing = TIME_NOUNS | VALUE_NOUNS | CHANGE_NOUNS
    if after.lemma_.lower() in framing and end.lemma_.lower() in framing:
        return None  # (a move, "could see a 5% to 20% rebound", names no thing; but "a £3
        # per hour minimum wage" and "a £100 lump sum" do)
    return doc[after.i:end.i + 1].text, " ".join(
        [t.lower_ for t in doc[after.i:end.i]] + [end.lemma_.lower()])


def _mover_of(head, inside: set[int]):
    """What moved, where the figure's noun is only the move that a verb says it showed,
    saw or received: "the firm's profits, which showed a 6.5% rise" -> "profits", "the
    country's cinema takings received a 4.1% boost" -> "cinema takings", "sales showed a
    growth rate of -0.1%" -> "sales"; None where the move names what moved ("a rise in
    exports", "a sales rise") or the verb's subject is a name, a person or a document
    ("Halifax reported a rise")."""
    if head is None or head.dep_ != "dobj" or head.head.lemma_.lower() not in _SHOWING_VERBS \
            or not _bare_move(head, inside):
        return None
    verb = head.head
    mover = resolve(nsubj(verb), verb)
    if mover is None and verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG":
        mover = nsubj(verb.head)  # "stocks performed well, recording an 8% rise"
    if mover is None or mover.pos_ != "NOUN" or person(mover) \
            or mover.lemma_.lower() in SOURCE_DOCUMENTS | BODY_NOUNS:
        return None  # (not "the firm posted a 4% rise": a body's, but of what it owns)
    return mover


def _bare_move(head, inside: set[int]) -> bool:
    """Whether `head` is a move that names nothing moving: a move noun ("a 5% rise") or a
    rate of one ("a growth rate of -0.1%"), with no "in" phrase, no "of" phrase but the
    figure's, and no noun of its own on it ("a sales increase of 6.5%" names what rose)."""
    lemma = head.lemma_.lower()
    if lemma not in MOVE_NOUNS and not (lemma == "rate" and any(
            c.dep_ == "compound" and c.lemma_.lower() in CHANGE_NOUNS for c in head.children)):
        return False
    for c in head.children:
        figures = any(t.i in inside for t in c.subtree)
        if c.dep_ == "prep" and (c.lower_ == "in" and not _in_time(c)
                                 or c.lower_ == "of" and not figures) \
                or c.dep_ == "compound" and c.lemma_.lower() not in CHANGE_NOUNS and not figures:
            return False
    return True


def _in_time(prep) -> bool:
    """An "in" phrase that says when: "a rise of 5% in January", "in the last quarter"."""
    return any(c.dep_ == "pobj" and (c.ent_type_ in ("DATE", "TIME")
                                     or c.lemma_.lower() in TIME_NOUNS) for c in prep.children)


# verbs by which a thing shows a move it made
_SHOWING_VERBS = {"show", "see", "post", "record", "receive", "suffer", "enjoy",
                  "experience", "register"}


# the last words of a subject that names people, whom a plight after the figure befalls
_PEOPLE_WORDS = PERSON_NOUNS | {f"{p}s" for p in PEOPLE_NOUNS}


def _plight_after(last, inside: set[int]) -> str:
    """A plight written right after a figure that counts no noun ("three million
    unemployed", "five million left homeless", "with 37% out of work"), as written; not a
    modifier of a noun after it ("America's 5.4% jobless rate")."""
    doc = last.doc
    i = last.i + 1
    while i < len(doc) and doc[i].lower_ in ("were", "are", "was", "is", "left", "still", "now"):
        i += 1
    if i >= len(doc) or i in inside:
        return ""
    if doc[i].lower_ in PLIGHTS:
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        return "" if nxt is not None and nxt.pos_ in NOUNISH else doc[i].text
    return _plight_phrase(list(doc[i:i + 4]))


def _head_subject(tokens, anchor, head, inside: set[int], dimension: str, value_of):
    """The subject, key and noun read from the noun the parse ties the figure to, else from
    the words after the figure; an owner marked before the figure joins in brackets."""
    first = tokens[0]
    who = _who_clause(anchor, inside) if dimension in ("count", "percentage", "fraction") \
        else ""
    if who:
        return who, who, None  # a count or a share that stands as a noun by its "who"
        # clause: "as against 31% who fear it will fall"
    marked = None
    if head is not None and head.i < first.i and owner_marked(head):
        marked, head = head, None  # "and Amicus' 20,000": whose the figure is, not what it
        # counts; "the FCC's $550,000 fine" -> "fine (FCC)"
    bearer = (_group_aged(anchor.doc, inside) or (
        _age_bearer(head, inside) if head is not None else _young_as(anchor)
        or _age_at_deed(anchor, inside))) if dimension == "age" else None
    if bearer is not None:
        return compact(bearer, inside), subject_key(bearer, inside), bearer
    if head is not None and head.i < first.i and (own := _item_owner(anchor, first)):
        subject = f"{noun_phrase(head, inside, with_preps=False)} ({owner_name(own, inside)})"
        return subject, subject_key(head, inside), head  # "the GMB's 600,000 members, the
        # RMT's 80,000"
    if head is not None:
        # a noun the surface took in ("7.5 million tonnes of LPG annually") keeps its words
        words_of = inside - {t.i for t in head.subtree} if head.i in inside else inside
        subject, key = _noun_subject(head, words_of, dimension, value_of)
        subject, key = _others_of(head, first, inside, subject) or (subject, key)
        subject = _part_done_to(anchor, head, _move_sought(head, subject, inside))
        return subject, key, head  # "158 others missing": of what was counted before
    subject, key, noun = _words_after(anchor, tokens[-1], inside, dimension,
                                      marked is not None)
    if subject and marked is not None and (name := owner_name(marked, inside)):
        subject = f"{subject} ({name})"
    return subject, key, noun


def _others_of(head, first, inside: set[int], subject: str) -> tuple[str, str] | None:
    """What "N others" count, read into their subject: what the nearest count before them
    in the sentence counts, with what was done to them or the plight written after them
    ("Five soldiers were killed and 12 others were injured" -> "soldiers injured", "41
    Britons are confirmed to have died, with 158 others missing" -> "Britons missing"), with
    the key of that noun; None for any other noun, or none such before."""
    if head.lower_ != "others" or head.i != max(inside) + 1 or not subject.startswith("others"):
        return None
    earlier = nearest_count(reversed(first.doc[first.sent.start:first.i]), first,
                            tuple(NOUNISH))
    if earlier is None or unitlike(earlier):
        return None
    doc = first.doc
    plight = doc[head.i + 1] if head.i + 1 < len(doc) else None
    rest = subject[len("others"):] or (f" {plight.text}" if plight is not None
                                       and plight.lower_ in PLIGHTS else "")
    return noun_phrase(earlier, inside, with_preps=False) + rest, subject_key(earlier, inside)


def _object_at(anchor, inside: set[int]) -> tuple[str, str]:
    """The object of the verb whose "at" phrase holds a figure with no noun of its own: its
    level ("Both have hit crucial price points at around £100" -> crucial price points);
    not a time ("ended the day at 5,000")."""
    prep = anchor.head
    if anchor.dep_ != "pobj" or prep.lower_ != "at" or prep.head.pos_ != "VERB":
        return "", ""
    obj = next((c for c in prep.head.children if c.dep_ == "dobj" and c.i < prep.i
                and c.pos_ == "NOUN" and c.i not in inside), None)
    if obj is None or obj.ent_type_ in ("DATE", "TIME") or obj.lemma_.lower() in TIME_NOUNS:
        return "", ""
    return noun_phrase(obj, inside, with_preps=False), subject_key(obj, inside)


def _who_clause(anchor, inside: set[int]) -> str:
    """A count that stands as a noun, named by the "who" clause after it as "those" would
    be: "the millions who are suffering" -> "those who are suffering"; "" for none, or for
    one that runs long or holds a figure."""
    clause = next((c for c in anchor.children if c.dep_ == "relcl" and c.i > anchor.i), None)
    if clause is None:
        return ""
    words = list(clause.subtree)
    if words[0].lower_ != "who" or words[0].i != anchor.i + 1 or len(words) > 8 or any(
            t.i in inside or t.like_num or t.is_punct and not glued(t) for t in words):
        return ""
    return "those " + anchor.doc[words[0].i:words[-1].i + 1].text


def _item_owner(anchor, first):
    """The owner marked on a bare figure the parse set beside the noun of the item before
    it: "the GMB's 600,000 members, the RMT's 80,000" -> RMT; else None."""
    if anchor.dep_ != "appos":
        return None
    return next((c for c in anchor.children if c.dep_ == "poss" and c.i < first.i
                 and owner_marked(c)), None)


def _label_before(first, last):
    """The label a colon sets right before a bare figure, at the start of a line or an
    item: "Price: £399 Weight: 2kg" -> Price, Weight; "Att: 47,111" -> attendance; not "he
    said: 40 people", whose word before the colon is no label, nor "Note: 5 people were
    hurt", whose figure counts a noun of its own."""
    doc = first.doc
    colon = first.i - 1
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if colon < 1 or doc[colon].text != ":" or after is not None and after.pos_ == "NOUN" \
            and after.is_lower:
        return None
    start = colon - 1
    while start > 0 and colon - start < 3 and doc[start - 1].is_alpha \
            and not doc[start - 1].whitespace_.count("\n") and not doc[start].is_title:
        start -= 1  # "Top speed:", "Market value:"
    words = doc[start:colon]
    opens = start == 0 or doc[start - 1].is_space or "\n" in doc[start - 1].whitespace_ \
        or figure_like(doc[start - 1]) or doc[start - 1].text in ".;|)"
    if not (opens and words[0].is_title and all(t.is_alpha for t in words)
            and all(t.pos_ in ("NOUN", "PROPN", "ADJ") for t in words)):
        return None
    label = _LABEL_WORDS.get(words.text, words.text)
    return label, label.lower()


# labels written short in match reports and fact boxes
_LABEL_WORDS = {"Att": "attendance", "Pop": "population"}


def _with_clause_before(sent):
    """A piece with no verb that the parse cut off as a sentence of its own, with what comes
    before it up to the sentence's end in the text: "The company said data could be sent
    at one gigabit a second - up to 20 times faster than current networks"."""
    doc = sent.doc
    if sent.root.pos_ in ("VERB", "AUX") or sent.start == 0:
        return sent
    before = doc[sent.start - 1]
    if before.is_space or before.text[-1] in ".!?…\"”'’":
        return sent
    return doc[before.sent.start:sent.end]


def _counted(anchor, first, inside: set[int], dimension: str, value_of):
    """The noun the parse ties the figure to (`counted_noun`), but for a bare count added to
    an earlier one, what that one counted, however the parse joins it: "150,000 shoppers by
    the end of Saturday and a further 100,000 on Sunday" -> shoppers, not the end."""
    if dimension == "count" and anchor.pos_ == "NUM" and anchor.dep_ == "conj":
        further = further_count(first, inside)
        if further is not None:
            return further
    if dimension == "percentage":
        further = further_share(first, inside)  # "and a further 16% are considering it"
        if further is not None:
            return further
    return counted_noun(anchor, first, inside, dimension, value_of)


def _people_doing(anchor, inside: set[int], dimension: str,
                  found: tuple[str, str]) -> tuple[str, str] | None:
    """A share of people named by what they do (`_share_who`) rather than by the subject
    the words nearby gave (`found`), which may be another clause's: "More than a quarter
    have paid bills and 24% have sold goods" -> "those who have sold goods", not "quarter";
    but a share of the whole the item before named stays one ("44% of members backed the
    deal and 30% backed the rival bid"); None where it is none."""
    if dimension not in ("percentage", "fraction") or found and found[0].startswith("share"):
        return None
    if found and found[0] and (share := _parallel_share(anchor, inside, *found)):
        return share
    found = _share_who(anchor, inside)
    return found if found[0] else None


# verbs of what people think or want, beside those of saying, by which a share of those
# polled is named: the verbs of a view (`_HAS_VIEW`) and those of taking a side
_THINKING = _HAS_VIEW | {"plan", "prefer", "disagree", "favour", "support", "oppose"}


def _share_who(anchor, inside: set[int]) -> tuple[str, str]:
    """A share of people that names no group, only what they think or do: "41% were
    optimistic" -> "those who were optimistic", "63% supported a hunting ban", "24% have
    bought clothes online" -> "those who have bought clothes online"; only where that is
    short enough to quote whole (eight words, twelve for what they think, say or want);
    also a share that restates a part of a whole, the verb's subject ("Almost a third,
    31%, said they would vote"), and one a "with" sets saying or thinking something: "with
    14% saying they had bought a tablet" -> "those saying they had bought a tablet"."""
    if restates_part(anchor) and anchor.head.dep_ == "nsubj":
        anchor = anchor.head
    verb = anchor.head
    doing = verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "advcl") and verb.head.lower_ == "with" \
        and verb.lemma_.lower() in REPORTING_VERBS | _THINKING  # (not "with 12% coming from
    # false claims", a share of things)
    if anchor.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("relcl", "acl") \
            or not (doing or _own_clause_verb(verb)) \
            or any(c.dep_ in ("prep", "appos", "compound") for t in inside
                   for c in anchor.doc[t].children if c.i not in inside) \
            or any(c.dep_ == "prep" and c.lower_ in ("among", "of") and c.i < anchor.i
                   for c in verb.children):
        return "", ""  # "Eighty per cent of those", "One in 10 US adults owns": a group
        # named
    phrase = _what_they_do(verb, inside)
    if phrase and doing:  # "with 14% saying they had bought a tablet": no tense to give
        return f"those {phrase}", verb.lemma_.lower()
    return (f"those who {phrase}", verb.lemma_.lower()) if phrase else ("", "")


def _people_who(head, inside: set[int]) -> str:
    """Counted people of a population ("people", "workers", "users", a nation's: "Britons")
    named by what they do, as a share of people that names no group is (`_share_who`):
    "About 40 million people own a tablet" -> "people who own a tablet", also of a group of
    more than ten (`_GROUPS`, a plural of doers: "entrants") and where the parse makes them
    a reporting verb's object ("indicated three million drivers would save money"); "" for
    any other noun, a few the article knows ("the two men"), a verb of their own clause, or
    a clause too long to quote whole."""
    counted = head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i in inside \
            and (vague_count(head.head.head) or head.head.i in inside) \
            and not any(c.dep_ == "det" for c in head.head.head.children):
        counted = head.head.head  # "Thousands of people marched through the city": the vague
        # count is the verb's subject, as is a figure that holds the "of" ("a quarter of a
        # million people") (not a share's, which `_share_who` reads, nor "The hundreds of
        # passengers who ...", a known group)
    verb = next((c for c in counted.head.children if c.dep_ == "ccomp" and c.i > counted.i
                 and (doer := nsubj(c)) is not None and doer.i == counted.i), counted.head) \
        if counted.dep_ == "dobj" else counted.head  # "indicated three million drivers
    # would save money", where the parse makes the clause's subject the reporting verb's object
    if not _many_people(head, inside) \
            or counted.dep_ != "nsubj" and verb.i == counted.head.i and not (
                counted.dep_ == "nsubjpass" and _passive_to(verb)) \
            or verb.pos_ not in ("VERB", "AUX") or verb.i in inside \
            or counted is head and any(c.dep_ == "poss" or c.lower_ in ("the", "these", "those")
                                       or c.lower_ in ("more", "fewer") for c in head.children) \
            or any(_describes(head.doc[i], head) or head.doc[i].lower_ in ("%", "per", "percent")
                   for i in inside) \
            or any(head.doc[i].lower_ in ("out", "in") for i in inside) \
            or verb.dep_ in ("relcl", "acl") or verb.lemma_ == "be" and not _able_to(verb) \
            or not _own_clause_verb(verb, after_modal=True):
        return ""
    phrase = _what_they_do(verb, inside) or _object_alone(verb, inside) \
        or _phrase_alone(verb, inside) or _infinitive_alone(verb, inside) \
        or _verb_alone(verb, inside)
    return f"{head.text} who {phrase}" if phrase else ""


def _able_to(verb) -> bool:
    """Whether a "be" says what its subject can or is likely to do, an adjective and an
    infinitive after it: "were able to watch the debate", "are likely to vote"."""
    return any(c.dep_ == "acomp" and c.lower_ in _ABLE and any(
        x.dep_ == "xcomp" for x in c.children) for c in verb.children)


_ABLE = {"able", "unable", "likely", "unlikely", "willing", "unwilling", "eager", "keen"}


def _object_alone(verb, inside: set[int], most: int = 6) -> str:
    """What the subject of a verb with an object does, cut to the verb and its object
    without the object's own phrases where the clause runs too long to quote whole:
    "saw the final episode" of "saw the final episode of the long-running hospital drama on
    ITV1"; "" where that runs past `most` words, holds a figure, or the verb takes more
    than its object ("told him to ...")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.i in inside or any(
            c.dep_ in ("ccomp", "xcomp", "dative", "oprd", "attr", "acomp") for c in verb.children):
        return ""
    cut = {t.i for c in obj.children if c.i > obj.i and (c.dep_ in ("prep", "relcl", "acl")
                                                          or c.text == ",")
           for t in c.subtree}  # (and the comma before such a phrase; not a dash, which may
    # set off an aside before what the verb makes of the object)
    if any(verb.doc[i].lower_ == "than" and verb.doc[i].dep_ != "quantmod" for i in cut):
        return ""  # not "have worse literacy than ...": a comparison is no phrase to drop
        # (but a bound's "more than 1.5 million" is)
    return _quoted_deed(verb, [t for t in obj.subtree if t.i not in cut], inside, most)


def _quoted_deed(verb, after: list, inside: set[int], most: int) -> str:
    """The verb with its auxiliaries, negation and particle and the words `after` it, as
    written, where they run together, up to `most` words, with no figure and no mark; else
    "" (for `_object_alone` and `_phrase_alone`)."""
    words = sorted([verb, *(c for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i
                            or c.dep_ == "prt"), *after], key=lambda t: t.i)
    if len(words) > most or words[-1].i - words[0].i + 1 != len(words) \
            or any(t.i in inside or t.like_num and t.lower_ not in ORDINAL_WORDS
                   or t.is_punct and not glued(t) for t in words):
        return ""
    return text_of(verb.doc)[words[0].idx:words[-1].idx + len(words[-1])]


def _phrase_alone(verb, inside: set[int], most: int = 8) -> str:
    """What the subject of a verb with no object does, cut to the verb and the phrase right
    after it without that phrase's noun's own phrases, where the clause runs too long to
    quote whole, its "of" phrase kept: "are arriving in the resort of Davos" of "are
    arriving in the resort of Davos for the annual forum"; "" where that runs past `most`
    words or holds a figure, or the verb takes an object or a complement."""
    if not _takes_nothing(verb):
        return ""
    prep = _phrase_right_after(verb)
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None) \
        if prep is not None and prep.lower_ not in ("than", "as", "with", "including") else None
    of = next((c for c in noun.children if c.lower_ == "of" and c.i > noun.i), None) \
        if noun is not None else None
    if noun is None or noun.ent_type_ in ("DATE", "TIME") or noun.lemma_.lower() in TIME_NOUNS \
            or of is not None and any(c.lower_ in ("a", "an") for c in noun.children):
        return ""  # not "turned out on Sunday", a span of when, nor "miss out on a wide
        # range of ...", whose "of" phrase says what it is (but "the resort of Davos")
    dash = next((c.i for c in noun.children if c.i > noun.i and c.dep_ == "punct"
                 and c.text in DASHES), len(noun.doc))
    cut = {t.i for c in noun.children if c.i > noun.i and c != of
           and c.dep_ in ("prep", "relcl", "acl") for t in c.subtree} | {
        t.i for t in noun.subtree if t.i >= dash}  # and an aside a dash sets off after it:
    # "the resort of Davos - the so-called ..."
    return _quoted_deed(verb, [prep, *(t for t in noun.subtree if t.i not in cut)], inside,
                        most)


def _infinitive_alone(verb, inside: set[int]) -> str:
    """What the subject of a passive with an infinitive after it is to do, cut to the two
    verbs and the infinitive's object without its own phrases, or its phrase, where the
    clause runs too long to quote whole: "are predicted to visit the fair" of "are predicted
    to visit the fair in Paris, which opens on Monday", "are predicted to gather in the
    town of Porto Novo" (with its "of" phrase), or to the infinitive and its particle
    before a phrase that holds a figure: "are predicted to turn up" of "... turn up at
    more than 40 rallies"; "" for any other verb, or where that runs past eleven words."""
    to = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
    if not _passive_to(verb) or to is None or to.doc[verb.i + 1].lower_ != "to" \
            or to.left_edge.i != verb.i + 1:
        return ""  # (the infinitive right after the verb: "are expected to attend")
    # (the infinitive's "to" is a word more than a verb's own object or phrase)
    rest = _object_alone(to, inside, 7) or _phrase_alone(to, inside, 9) or (
        to.i + 1 < len(to.doc) and to.doc[to.i + 1].is_punct and to.doc[to.i + 1].text != "-"
        and text_of(to.doc)[to.doc[verb.i + 1].idx:to.idx + len(to)]) or (
        _verb_alone(to, inside) if _figure_after(to) else "")  # "are scheduled to attend,
    # among them ...": all it needs, before a mark
    lead = sorted([verb, *_passive_lead(verb)], key=lambda t: t.i)
    if not rest or not rest.startswith("to ") or lead[-1].i - lead[0].i + 1 != len(lead) \
            or len(lead) + len(rest.split()) > 11:
        return ""
    return f"{text_of(verb.doc)[lead[0].idx:verb.idx + len(verb)]} {rest}"


def _figure_after(verb) -> bool:
    """Whether the phrase right after a verb (past its particle) holds a figure: "at more
    than 40 rallies" of "turn out at more than 40 rallies"."""
    prep = _phrase_right_after(verb)
    return prep is not None and any(t.like_num for t in prep.subtree)


def _phrase_right_after(verb):
    """The phrase a verb takes right after it, past its particle: "on" of "miss out on a
    long list", "in" of "are arriving in the resort"; None where none is."""
    last = max((c for c in verb.children if c.dep_ == "prt"), key=lambda t: t.i, default=verb)
    return next((c for c in verb.children if c.dep_ == "prep" and c.i == last.i + 1), None)


def _takes_nothing(verb) -> bool:
    """Whether a verb says what its subject does (`_bare_deed`) with no object, complement
    or clause of its own, for `_phrase_alone` and `_verb_alone` to cut it short."""
    return _bare_deed(verb) and not any(
        c.dep_ in ("dobj", "attr", "acomp", "ccomp", "xcomp", "oprd", "dative")
        for c in verb.children)


def _verb_alone(verb, inside: set[int]) -> str:
    """What the subject of a verb that takes no object or complement does, cut to the verb
    with its auxiliaries and particle where the clause runs too long to quote whole:
    "will miss out" of "will miss out on a long list of services such as ...", "could
    strike" of "could strike unless the board drops its plan ..."; "" for a verb that
    takes one ("own", which says nothing alone), or a phrase right after it, or is a state
    ("be")."""
    if not _takes_nothing(verb):
        return ""
    words = sorted([verb, *(c for c in verb.children if c.dep_ in ("aux", "neg", "prt")
                            and c.i not in inside)], key=lambda t: t.i)
    if words[-1].i - words[0].i + 1 != len(words) or words[-1].dep_ != "prt" and any(
            c.dep_ == "prep" and c.i == verb.i + 1 for c in verb.children):
        return ""  # only words written together, and not a verb its phrase completes:
        # "live in the city, where ...", "gathered at the shops, some of them ..." (but a
        # particle completes one: "will miss out on ...")
    return text_of(verb.doc)[words[0].idx:words[-1].idx + len(words[-1])]


def _many_people(head, inside: set[int]) -> bool:
    """Whether a counted noun counts a population ("people", "Britons") or more than ten of
    a group or of people one by one ("entrants", "viewers"), whom what they do may name."""
    numbers = [head.doc[i] for i in inside if head.doc[i].like_num]
    few = len(numbers) == 1 and (UNITS.get(numbers[0].lower_, 11) <= 10
                                 or numbers[0].text.isdigit() and int(numbers[0].text) <= 10)
    return head.lower_ in _POPULATIONS or _nationals(head) \
        or (head.lower_ in _GROUPS or head.tag_ in ("NNS", "NNPS") and (
            person_ending(head.lemma_.lower()) or _individuals(head))) and not few


# verbs that lead those they act on to do something: "prompted 300 viewers to complain"
_LEADING_VERBS = {"lead", "prompt", "cause", "force", "drive", "encourage", "persuade",
                  "inspire", "spur", "push"}


def _people_led(head, inside: set[int]) -> str:
    """Counted people a past verb leads to do something, named by it: "A show in April led
    12 viewers to complain to the BBC" -> "viewers led to complain to the BBC", cut to its
    verb where too long to quote whole ("viewers led to complain"); "" for any other."""
    verb = head.head
    if head.dep_ != "dobj" or verb.lemma_.lower() not in _LEADING_VERBS \
            or verb.tag_ not in ("VBD", "VBN") or not _many_people(head, inside) \
            or head.i in inside or any(c.dep_ in ("poss", "det") for c in head.children):
        return ""
    deed = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > head.i
                 and any(a.lower_ == "to" for a in c.children)), None)
    if deed is None:
        return ""
    phrase = _what_they_do(deed, inside) or f"to {deed.text}"  # cut to the verb where long
    return f"{head.text} {verb.text} {phrase}"


def _describes(token, noun) -> bool:
    """Whether a token of the figure sits in a modifier of `noun` ("aged 60", "14-year-old"),
    a trait of the people rather than their count."""
    while token.head.i != noun.i and token.head.i != token.i:
        token = token.head
    return token.head.i == noun.i and token.dep_ in ("amod", "acl")


def _individuals(noun) -> bool:
    """Whether a plural noun counts people one by one ("MPs", "stars", "couples"), not
    bodies ("banks", "teams") that `PEOPLE_NOUNS` also holds."""
    lemma = noun.lemma_.lower()
    return lemma in PEOPLE_NOUNS and lemma not in BODY_NOUNS | _BODIES_OF_PEOPLE


def _nationals(noun) -> bool:
    """Whether a plural noun counts a nation's people, a population as "people" is:
    "Britons", "South Koreans", also one whose plural is its adjective, which the tagger
    may read as one: "9 million Portuguese listen"."""
    plural = noun.tag_ in ("NNS", "NNPS") or noun.text.endswith("ese") and noun.dep_ in (
        "nsubj", "nsubjpass", "dobj", "pobj")
    return plural and bool(people_country(noun))


def _own_clause_verb(verb, after_modal: bool = False) -> bool:
    """Whether a verb makes a clause of its own that can be quoted as what its subject
    does: a finite one ("own"), a participle with its auxiliary ("have downloaded", "are
    watching"), and with `after_modal` a bare verb after a modal ("will lose"); not one
    after "to" ("expected 900 shoppers to have visited")."""
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if verb.tag_ in ("VBD", "VBP", "MD"):
        return True
    if verb.tag_ == "VBN" and verb.dep_ == "ROOT" \
            and any(c.dep_ == "nsubj" for c in verb.children) \
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return True  # "90,000 players signed up to join", the past tense tagged a participle
    if verb.tag_ in ("VBN", "VBG"):
        return any(c.dep_ == "aux" and c.lemma_ == ("have" if verb.tag_ == "VBN" else "be")
                   for c in verb.children) or _passive_to(verb)
    return after_modal and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD"
                                                       for c in verb.children)


# lemmas in PEOPLE_NOUNS of bodies or crowds, not people one by one
_BODIES_OF_PEOPLE = {"side", "team", "country", "nation", "state", "bank", "business", "store",
                     "shop", "carrier", "operator", "provider", "supplier", "utility", "band",
                     "audience", "crowd", "panel", "body", "office", "parliament", "workforce",
                     "jury", "crew", "cabinet", "public", "electorate", "other", "authority",
                     "police", "family", "international"}
# plural nouns of people counted as a population, not a known few ("the two men")
_POPULATIONS = {"people", "adults", "workers", "users", "consumers", "customers", "voters",
                "viewers", "visitors", "shoppers", "subscribers", "employees", "households"}
# plural nouns of people counted as a population where there are more than a few of them
# ("30,000 fans turned out to cheer the team"; not "All four players have trained well")
_GROUPS = {"players", "gamers", "fans", "residents", "students", "passengers", "pupils",
           "patients", "members", "servants", "investors", "drivers", "listeners", "readers",
           "buyers", "taxpayers", "homeowners", "motorists", "travellers", "children",
           "teenagers", "staff", "families", "professionals"}


def _what_they_do(verb, inside: set[int]) -> str:
    """What the subject of `verb` does, thinks or is, as written from the verb to the end
    of its clause, where that is short enough to quote whole (eight words, twelve for what
    they think, say or want): "were optimistic", "have bought clothes online"; else ""."""
    doc = verb.doc
    said = [c for c in verb.children if c.i > verb.i and (c.dep_ in (
        "acomp", "attr", "dobj", "ccomp", "xcomp", "prt", "neg", "prep", "advmod", "npadvmod")
        or c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children))
        and not _comparing(c)]  # (also when and why: "will move next year", "turned out to
    # cheer the team")
    words = [verb.i, *(t.i for c in said for t in c.subtree)]
    words += [c.i for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i]
    if _passive_to(verb):  # "are now expected to attend"
        words += [c.i for c in _passive_lead(verb)]
    run = contiguous([doc[i] for i in sorted(set(words)) if i not in inside], verb)
    run = _without_trailing_joins(run)
    stops = [c.left_edge.i if c.dep_ == "conj" else c.i for c in verb.children
             if c.i > verb.i and (c.dep_ in ("cc", "conj") or c.is_punct or _comparing(c))]
    end = (min(stops) if stops else verb.right_edge.i + 1) - 1  # the clause's last word,
    # before the subject of a clause joined to it ("live with their grandparents and
    # carers say ...")
    while end > verb.i and (doc[end].is_punct or doc[end].dep_ == "cc"):
        end -= 1
    room = 12 if any(c.dep_ in ("acomp", "ccomp", "xcomp", "dobj") for c in said) \
        or verb.lemma_.lower() in REPORTING_VERBS else 8  # (what they think, say or want
    # may run longer than where they came from: also "admitted to getting up at night")
    cut = _said_cut(said, room, len(run))
    if cut is not None and run[-1].i == end:
        run = [t for t in run if t.i < cut]
        run = _without_trailing_joins(run)  # "and" before the other's clause
        end = run[-1].i if run else end
    if len(run) > room and run[-1].i == end:
        run = _without_closing_when(run)  # a clause too long with its closing "each year"
        end = run[-1].i  # or "by the end of March", which only says when, is quoted without it
    other = next((t for t in run if t.lower_ == "with" and t.dep_ == "prep" and t.i > verb.i + 1
                  and doc[t.i - 1].text == "," and t.right_edge.i == end
                  and any(g.like_num for g in t.subtree)), None)
    if other is not None:  # "said they backed the plan, with 26% against": the other side's
        run = [t for t in run if t.i < other.i - 1]  # share, set off after the clause
        end = run[-1].i
    counted = next((c for c in verb.children if c.dep_ == "prep" and c.i > verb.i
                    and any(t.like_num for t in c.subtree)), None)
    if counted is not None:
        counted = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                        and verb.i < c.i < counted.i), counted)  # "abandoned the ground
        # with the score at 1-1", which the parse splits: the whole absolute phrase
    if counted is not None and run[-1].i == end and counted.left_edge.i > run[0].i + 1:
        run = [t for t in run if t.i < counted.left_edge.i]  # "gave their answers in 100
        end = run[-1].i  # hours of taped interviews": where or how much of it, which holds
        # a figure of its own, left out
    count = _count_of_things(counted) if counted is not None and run[-1].i == end else set()
    if run and run[-1].i == end:
        count |= _count_of_object(verb)  # "made 5,000 cars" -> "made cars"
    run = [t for t in run if t.i not in count]  # "listen to 400 local stations" -> "listen
    # to local stations": the count of what they do it to, right after the verb, left out
    if run and run[-1].i == end and sum(t.is_quote for t in run) % 2 \
            and end + 1 < len(doc) and doc[end + 1].is_quote and doc[end + 1].head.i in words:
        run, end = [*run, doc[end + 1]], end + 1  # 'said they never gave "a fair answer"':
        # the quotation closed
    aim = next((t for t in run if t.dep_ == "advcl" and to_form(t)
                and t.right_edge.i == end and t.left_edge.i > verb.i + 2), None)
    if len(run) > room and aim is not None and run[-1].i == end:
        run = _without_closing_when([t for t in run if t.i < aim.left_edge.i])  # so is
        end = run[-1].i  # its closing aim, and the time before it: "admitted to getting up
        # in the dead of night to read their e-mail", "came out on Saturday to salute"
    if not (said or _bare_deed(verb)) or not run \
            or run[-1].i != end or len(run) > room \
            or any(t.like_num or t.is_punct and not glued(t) and not t.is_quote
                   and not _between_adjectives(t) for t in run) \
            or sum(t.is_quote for t in run) % 2:
        return ""  # the whole of what they think, or nothing: not "One in five are"
        # (but "e-mails" is one word, a quoted name whole: 'saw "Dirty" Den killed off', and
        # adjectives a comma lists: "have a cheap, fast connection")
    if count:
        return "".join(t.text_with_ws for t in run).strip()
    return text_of(doc)[run[0].idx:run[-1].idx + len(run[-1])]


def _without_closing_when(run: list) -> list:
    """`run` without the phrase that ends it where that only says when: "each year", "by
    the end of March 2005" (for `_what_they_do`)."""
    when = next((k for k in range(len(run), 0, -1) if run[k - 1].ent_type_ != "DATE"), 0)
    when -= when < len(run) and when > 1 and run[when - 1].dep_ == "prep"  # "by the end of
    # March 2005"
    return run[:when] if 0 < when < len(run) else run


def _between_adjectives(mark) -> bool:
    """Whether a comma lists two adjectives before one noun: "a cheap, fast connection", "a
    fast, always-on link" (however the parse hangs the comma and the adjectives)."""
    if mark.text != "," or mark.i == 0 or mark.doc[mark.i - 1].tag_ != "JJ":
        return False
    noun = mark.head
    while noun.pos_ not in NOUNISH and noun.head.i != noun.i:
        noun = noun.head
    return noun.pos_ in NOUNISH and noun.left_edge.i < mark.i < noun.i - 1


def _without_trailing_joins(run: list) -> list:
    """`run` without the marks and the "and" or "or" that end it, which join what follows
    (for `_what_they_do`)."""
    while run and (run[-1].is_punct or run[-1].dep_ == "cc"):
        run = run[:-1]
    return run


def _count_of_things(prep) -> set[int]:
    """The words of the count on the plural noun a phrase right after a verb names, where
    that is the phrase's only figure: "to 400 local stations" -> "400"; none for a span
    ("for 40 hours") or any other."""
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None or noun.tag_ != "NNS" or noun.lemma_.lower() in TIME_NOUNS \
            or prep.i != prep.head.i + 1:
        return set()
    return _count_alone(noun, prep)


def _count_alone(noun, within) -> set[int]:
    """The words of the number on `noun` that counts it, where that is the only figure in
    the words of `within`; none otherwise."""
    count = next((c for c in noun.children if c.dep_ == "nummod" and c.like_num), None)
    words = {t.i for t in count.subtree} if count is not None else set()
    return set() if any(t.like_num and t.i not in words for t in within.subtree) else words


def _count_of_object(verb) -> set[int]:
    """The words of the count on the plural noun right after a verb that is its object,
    where that is the object's only figure: "produced 5,000 cars" -> "5,000"; none for a span
    ("worked 40 hours") or any other."""
    noun = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if noun is None or noun.tag_ != "NNS" or noun.lemma_.lower() in TIME_NOUNS or unitlike(noun) \
            or noun.left_edge.i != verb.i + 1 or any(
                t.lower_ in _EACH for t in noun.doc[noun.i + 1:noun.right_edge.i + 2]):
        return set()  # (not a count of each one's: "got 9 shares each")
    return _count_alone(noun, noun)


_EACH = {"each", "apiece", "a", "per", "every"}


def _said_cut(said: list, room: int, length: int) -> int | None:
    """Where what a share says ends, before the part of its clause that is another's: a
    clause joined to it whose subject holds a figure of its own ("said the plan was fair and
    41% disagreed", "said it was fair, while 30% said it was not"), or, where the whole runs
    too long, a closing condition ("said they would not really miss the radio if it were
    switched off") or a second verb "and" joins to the first ("said they were tired of
    queues and would like ..."); None where nothing need be cut."""
    for clause in (c for c in said if c.dep_ == "ccomp"):
        other = next((c for c in clause.children if c.dep_ in ("conj", "advcl")
                      and c.i > clause.i and any(
                          s.dep_.startswith("nsubj") and any(t.like_num for t in s.subtree)
                          for s in c.children)), None)  # also "..., while 92% said ..."
        if other is not None:
            cut = next((c.i for c in clause.children if c.dep_ == "cc" and c.i < other.i),
                       other.left_edge.i)
            shorter = length - (clause.right_edge.i - cut + 1)
            return (_closing_phrase_cut(clause, room, shorter, cut - 1) if shorter > room
                    else None) or cut  # "said the mayor should stand again at the next
            # election within a year or two while 45% opposed": also the closing phrases,
            # where it runs long
        condition = next((c for c in clause.children if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)), None)
        if length > room and condition is not None and condition.i > clause.i \
                and condition.right_edge.i == clause.right_edge.i:
            return condition.left_edge.i
        more = next((c for c in clause.children if c.dep_ == "conj" and c.i > clause.i
                     and c.pos_ in ("VERB", "AUX") and not any(
                         s.dep_.startswith("nsubj") for s in c.children)), None)
        if length > room and more is not None:  # "said they were tired of queues and would
            # like more staff on the tills ...": the first of what they said
            return next((c.i for c in clause.children if c.dep_ == "cc" and c.i < more.i),
                        None)
        if length > room:
            return _closing_phrase_cut(clause, room, length, clause.right_edge.i)
    return None


def _closing_phrase_cut(clause, room: int, length: int, end: int) -> int | None:
    """Where a clause too long to quote whole, `length` words up to `end`, may end, before
    the last phrases on its verb or its object that close it, as few as make it short
    enough: "said the rise in fares made no difference to how often they would travel by
    train" -> "said the rise in fares made no difference"; None where no such phrase does."""
    holders = [clause, *(c for c in clause.children if c.dep_ in ("dobj", "attr", "acomp"))]
    cuts = sorted((p.left_edge.i for h in holders for p in h.children
                   if p.dep_ == "prep" and p.i > clause.i and (
                       p.right_edge.i == end or h.i != clause.i and h.right_edge.i == end)),
                  reverse=True)  # (a phrase on the object closes it with the object)
    return next((cut for cut in cuts if length - (end - cut + 1) <= room), None)


def _passive_lead(verb) -> list:
    """The words of a passive before its participle: its auxiliaries, its negation and an
    adverb after its "be" ("are now expected")."""
    return [c for c in verb.children if c.i < verb.i and (
        c.dep_ in ("aux", "auxpass", "neg") or c.dep_ == "advmod" and any(
            a.dep_ == "auxpass" and a.i < c.i for a in verb.children))]


def _passive_to(verb) -> bool:
    """Whether a verb is a passive with an infinitive after it, which says what its subject
    is to do: "are expected to attend", "are scheduled to play"."""
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children) and any(
        c.dep_ == "xcomp" and c.i > verb.i for c in verb.children)


def _bare_deed(verb) -> bool:
    """Whether a verb with nothing after it says what its subject does: "could strike",
    "16% disagreed"; not a state one has others in ("have five million people
    unemployed"), nor a question's ("Why were 10,000 fans incensed?")."""
    subject = nsubj(verb)
    return (verb.tag_ in ("VB", "VBD", "VBP", "VBZ") or verb.tag_ in ("VBG", "VBN") and any(
                c.dep_ == "aux" for c in verb.children) or _passive_to(verb)) \
        and verb.lemma_ != "be" \
        and (verb.dep_ != "ccomp" or verb.head.lemma_ in REPORTING_VERBS) \
        and subject is not None and not any(
            c.dep_ in ("aux", "auxpass") and c.i < subject.i for c in verb.children)


def _comparing(token) -> bool:
    """The "compared" of "compared with 24% against", which sets another figure beside."""
    return token.lower_ == "compared" and token.tag_ == "VBN"


def _measured_head(anchor, head, inside: set[int], dimension: str):
    """The noun a figure measures where the one the parse ties it to is only the whole of a
    share ("the German deficit to fall to 2.9% of GDP" -> deficit), or where an age is
    written "aged N" after a noun the parse left loose ("a man aged 45", "died of lung
    cancer aged 55", whose bearer `_age_bearer` then finds)."""
    if dimension == "percentage" and head is not None and _whole_economy(head) \
            and head.head.lower_ == "of" and head.head.head.i in inside:
        return _measured_against(anchor, inside) or head
    if dimension == "percentage" and head is not None and _national_income(head) \
            and head.head.lower_ == "of" and head.head.head.i in inside:
        verb = governor(anchor)
        thing = nsubj(verb) if verb is not None and any(
            c.dep_ == "auxpass" for c in verb.children) else None
        thing = resolve(thing, verb) if thing is not None else None
        return thing if thing is not None and thing.pos_ in NOUNISH else head
    if dimension == "age" and head is None and anchor.head.lower_ == "aged" \
            and anchor.head.head.pos_ in NOUNISH:
        return anchor.head.head
    return head


def _whole_economy(noun) -> bool:
    """A whole a share is measured against, not what it measures: "GDP", "the country's
    gross domestic product"."""
    return noun.lower_ == "gdp" or noun.lower_ == "product" and any(
        c.lower_ == "domestic" for c in noun.lefts)


def _national_income(noun) -> bool:
    """A nation's income, a whole a share measures only where what it measures is set
    against it ("want the farm budget to be capped at 1.2% of their national incomes"): not
    the doer of a verb that spends or gives a share of it."""
    return noun.lemma_.lower() == "income" and any(c.lower_ == "national" for c in noun.lefts)


def _measured_against(anchor, inside: set[int]):
    """What a share of GDP measures: the object of the verb it hangs on, else its subject:
    "cut the budget deficit to 3% of GDP", "the German deficit to fall to 2.9% of GDP",
    "public debt is about 40% of GDP", "Agriculture, representing 45% of GDP"."""
    verb = governor(anchor)
    if verb is None:
        return None
    thing = next((c for c in verb.children if c.dep_ == "dobj" and c.i not in inside
                  and not any(t.i in inside for t in c.subtree)), None)
    if thing is None:
        raw = nsubj(verb)
        thing = resolve(raw, verb) if raw is not None else None
    if thing is None and verb.dep_ in ("acl", "advcl") and verb.tag_ == "VBG":
        thing = verb.head  # "Agriculture is the main activity, representing 45% of GDP"
    if thing is None or thing.i in inside or thing.pos_ not in NOUNISH:
        return None
    return thing


def _age_bearer(age, inside: set[int]):
    """Whose age "the age of N" is: "Ossie Davis has died at the age of 87" -> Ossie Davis,
    "Brando, who died at the age of 80" -> Brando, "children over the age of 10" and
    "pupils between the ages of nine and 13" -> children, pupils; None for a pronoun ("he
    retired at the age of 77") or anything else."""
    if age.lemma_.lower() != "age" and age.dep_ in ("pobj", "dobj") and not _may_be_person(age) \
            and any(c.lower_ == "aged" and any(t.i in inside for t in c.subtree)
                    for c in age.children):
        return _clause_person(governor(age), inside)  # "died of a stroke aged 71",
        # "had a heart attack aged 65", "left school aged 16"
    if age.lemma_.lower() != "age" or age.dep_ != "pobj":
        return None
    prep, owner = age.head, age.head.head
    bound = prep.lower_ in BOUNDS_AFTER or prep.lower_ == "between"  # "pupils between the
    # ages of nine and 13"
    if bound and owner.pos_ == "VERB":
        owner = next((c for c in owner.children if c.dep_ == "dobj"
                      and c.right_edge.i + 1 == prep.i), owner)  # "contained 17 players
        # over the age of 19", the bound parsed onto the verb
    if bound and owner.pos_ in NOUNISH:
        return owner if owner.i not in inside else None
    if prep.lower_ == "at" and owner.pos_ == "NOUN":
        return _person_owning(owner, inside)  # "before Ann Lee's death in May at the age
        # of 73", "makes his debut at the age of 31"
    if owner.pos_ == "ADJ" and owner.dep_ == "acomp":
        owner = owner.head  # "has been deaf from the age of four": the state's verb
    if prep.lower_ not in ("at", "from", "since", "aged", "by") \
            or owner.pos_ not in ("VERB", "AUX"):
        return None  # ("by the age of 25": the age by which the clause's person did it)
    return _clause_person(owner, inside)


def _group_aged(doc, inside: set[int]):
    """The plural in an "of" phrase right before the "aged" before the ages, whatever the
    parse hangs the "aged" on: "was top in a poll of readers aged seven to 10" -> readers
    (not the book the clause is about); None for any other."""
    first = min(inside)
    if first < 3 or doc[first - 1].lower_ != "aged":
        return None
    group = doc[first - 2]
    if group.tag_ != "NNS" or group.dep_ != "pobj" or group.head.lower_ != "of":
        return None
    return group


def _part_done_to(anchor, head, subject: str) -> str:
    """A count of a part of a whole that a verb takes as its object is named by what the
    verb did to it, as "cars sold" is: "The firm closed 12 of its 40 stores" -> "stores
    closed (firm)", "Leeds have won only three of their last 12 league games" -> "league
    games won (Leeds)", also one "make" sets in a state: "has made 300 of its designs freely
    available" -> "designs made freely available"; `subject` as it was for any other, and
    for the whole's own count."""
    state = anchor.head
    if anchor.dep_ == "nsubj" and state.pos_ == "ADJ" and state.dep_ in ("ccomp", "xcomp", "oprd") \
            and state.head.lemma_.lower() == "make" and subject and anchor.like_num \
            and _part_of_owned(anchor, head):
        first = min([state, *(c for c in state.children if c.dep_ == "advmod"  # "has made
                              and c.i < state.i)], key=lambda t: t.i)  # 500 of its patents
        if first.i != anchor.right_edge.i + 1:  # freely available"
            return subject
        return _with_deed(subject, f"made {text_of(state.doc)[first.idx:state.idx + len(state)]}")
    verb = anchor.head
    if anchor.dep_ != "dobj" or verb.pos_ != "VERB" or not subject or not anchor.like_num \
            or anchor.pos_ != "NUM" or anchor.lower_ == "one" or vague_count(anchor) \
            or not _part_of_owned(anchor, head) \
            or verb.lemma_.lower() in _NOT_DONE_TO | _HOLDING_SHARES | {"include"}:
        return subject  # (a whole with an owner or a count of its own: "of their last 12
        # league games"; not "30 of the jets", a group named before)
    done = participle(verb.lemma_.lower())
    if not done or subject.split(" (", 1)[0].endswith(done) \
            or any(c.dep_ in ("relcl", "acl") for c in head.children):
        return subject  # (not past a clause of its own: "the tournaments she entered")
    return _with_deed(subject, " ".join([done, *(c.text for c in verb.children
                                                 if c.dep_ == "prt")]))  # "picked up"


def _part_of_owned(anchor, head) -> bool:
    """Whether a count is a part, by its "of" phrase, of a whole `head` with an owner or a
    count of its own: "12 of its 40 stores", "three of their last 12 games"."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and head in c.children
               for c in anchor.children) \
        and any(c.dep_ in ("poss", "nummod") for c in head.children)


def _with_deed(subject: str, done: str) -> str:
    """`subject` with what was done to it after its words, before its owner's bracket:
    "stores (firm)" + "closed" -> "stores closed (firm)"."""
    base, bracket = (subject.split(" (", 1) + [""])[:2]
    return f"{base} {done} ({bracket}" if bracket else f"{base} {done}"


def _move_sought(head, subject: str, inside: set[int]) -> str:
    """A move a verb offers, seeks or demands ("Zeta has offered a 6% increase in wages") is
    named with the verb's participle and the move, its doer in brackets: "offered increase
    in wages (Zeta)", so that the row does not read as a rise that happened; `subject` as
    it was for any other."""
    move = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "in" else None
    if move is None or move.dep_ != "dobj" or move.lemma_.lower() not in CHANGE_NOUNS \
            or move.head.lemma_.lower() not in _SEEKING or not subject:
        return subject
    verb, raw = move.head, nsubj(move.head)
    doer = resolve(raw, verb) if raw is not None else None
    named = f"{participle(verb.lemma_.lower())} {move.lemma_.lower()} in {subject}"
    if doer is not None and doer.pos_ in NOUNISH and doer.i not in inside:
        return f"{named} ({compact(doer, inside)})"
    return named


# verbs by which one offers, seeks or demands a move that has not happened
_SEEKING = {"offer", "propose", "demand", "seek", "want", "promise", "table", "request"}


def _age_at_deed(anchor, inside: set[int]):
    """Whose age a bare "at N" on a verb is, the age at which one did it: "released her
    first album at 19" -> the clause's person; None elsewhere."""
    verb = anchor.head.head
    if anchor.dep_ != "pobj" or anchor.head.lower_ != "at" or verb.pos_ != "VERB":
        return None
    return _clause_person(verb, inside)


def _young_as(anchor):
    """Whose age "as young as N" or "as old as N" bounds: the noun the adjective describes
    ("played to fans as young as 13" -> fans); None otherwise."""
    adjective = anchor.head.head
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "as" and adjective.lower_ in (
            "young", "old") and adjective.head.pos_ in NOUNISH and adjective.head.i < adjective.i:
        return adjective.head
    return None


def _clause_person(verb, inside: set[int]):
    """The person a verb's own subject names, through "who": whose age an "at the age of"
    or "aged" on the verb gives, also a few people as one ("a trio which began playing together
    from the age of 15"); None through another verb ("wanting to introduce sex education
    from the age of seven") or for anyone not a person."""
    bearer = _own_subject(verb) if verb is not None else None
    if bearer is None and verb is not None and verb.dep_ == "acl" \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return _person_owning(verb.head, inside)  # "has explained her decision to play on at
        # the age of 41": who decided
    if bearer is None or bearer.i in inside or bearer.pos_ not in NOUNISH \
            or not (person(bearer) or name_like(bearer) or _aged_one(bearer)):
        return None
    return bearer


def _person_owning(noun, inside: set[int]):
    """The person a noun's owner names: a name ("Charles' death"), or the one person a "his"
    or "her" stands for (`one_person_before`: "Jo Bright ... her decision"); None for any
    other."""
    mark = next((c for c in noun.children if c.dep_ == "poss" and c.i not in inside), None)
    if mark is None or mark.pos_ != "PROPN" and mark.lower_ not in ("his", "her"):
        return None
    return mark if mark.pos_ == "PROPN" else one_person_before(mark)


def _own_subject(verb):
    """The verb's own subject, through "who" or "which", or the one it shares with the verb
    it is joined to ("Kilgore ... has died of heart failure aged 70"); None where it has one
    only through the verb it hangs on ("prompting the Fed to increase rates")."""
    raw = nsubj(verb)
    owner = verb.head if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and (
        verb.tag_ == "VBD" or any(c.dep_ == "aux" for c in verb.children)) \
        or verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _ASPECT_VERBS \
        else verb  # a past or with its own auxiliary; not "wanting to abolish ... , introduce
    # ... from the age of seven", read as joined to a verb before; but "began playing from
    # the age of 14": who began
    return resolve(raw, verb) if raw is not None and raw.head.i in (verb.i, owner.i) else None


# verbs of starting, going on or stopping a deed, whose subject does it: "began playing"
_ASPECT_VERBS = {"begin", "start", "continue", "keep", "stop", "quit"}


# "4% of those questioned thought", "a third of those aged over 65": the group a share is of
_THOSE_AFTER = re.compile(r"[ \u00a0]+of[ \u00a0]+(those[ \u00a0]+(?:aged[ \u00a0]+[\w-]+"
                          r"(?:[ \u00a0]+(?:and|or)[ \u00a0]+(?:over|under|above|below))?"
                          r"|who[ \u00a0]+[a-z]+|[a-z]+ed))\b")


def _noun_tagged_adjective(tokens, inside: set[int]) -> tuple[str, str] | None:
    """"to pay the $3.5m fine, ...", "put it down to a $60m payout to end": the noun a sum is
    read onto where the model tagged it an adjective, closing the phrase an article opens
    before the sum."""
    doc = tokens[0].doc
    i = _past_bracket(doc, max(inside) + 1)
    before = tokens[0].i - 1
    if i >= len(doc) or before < 0 or doc[before].tag_ not in ("DT", "PRP$", "POS"):
        return None
    word = doc[i]
    closes = i + 1 == len(doc) or doc[i + 1].is_punct or doc[i + 1].pos_ in (
        "VERB", "AUX", "ADP") or doc[i + 1].tag_ == "TO"  # "a $60m payout to end"
    if word.tag_ != "JJ" or not closes or not word.is_alpha:
        return None
    return word.text, word.lemma_.lower()


def _money_verb(anchor, inside: set[int]) -> tuple[str, str]:
    """A bare sum that a verb of money takes as its object is named by the verb's noun,
    its doer in brackets: "The Aviator has taken $75m" -> "takings (The Aviator)", "Turkey
    agreed to borrow $10bn" -> "loan (Turkey)", "£500,000 is needed" -> "sum needed"; not
    the doer alone, which is the actor."""
    doc = anchor.doc
    taken = next((t for t in [anchor, *(doc[i] for i in sorted(inside))]
                  if (t.dep_ in ("dobj", "nsubjpass") or bound_object(t) or _second_object(t)
                      or _claimed_for(t) or _transfer_for(t) or _object_as_adverb(t))
                  and t.head.i not in inside), None)
    if taken is None:
        return "", ""
    verb = taken.head.head if taken.dep_ == "pobj" else taken.head
    if _transfer_for(taken):
        return _transfer_fee(verb, inside)
    if verb.pos_ != "VERB" or _sum_goes_on(doc, inside) or any(
            doc[i].text == "%" or doc[i].lower_ in ("percent", "pc")
            or doc[i].lower_ == "cent" and doc[i - 1].lower_ == "per" for i in inside):
        return "", ""  # (a share restated in money: "lost 3.1 percent to Y=4,906")
    noun = _money_noun(verb)
    if noun is None:
        return "", ""
    served = _penalty_parties(verb, inside)[0] if verb.lemma_.lower() in PENALTY_VERBS else ""
    if served:  # "Twenty TV stations were fined $550,000 by the regulator" -> "fine (TV
        # stations)": the one punished, as for a term
        return f"{noun} ({served})", noun
    if verb.lemma_.lower() in PENALTY_VERBS and any(
            c.dep_ in ("dobj", "dative", "auxpass", "agent") and c.i not in inside
            and c.i != taken.i for c in verb.children):
        return noun, noun  # one fined whom the sentence does not name is no one's: "The
        # court fined him £500", not "fine (court)"; "were each fined 1m euros by AMF"
    if taken.dep_ == "nsubjpass" or passive_agent(verb) is not None:
        owner = passive_agent(verb)  # "$36m will be paid by the directors' insurers", "has
        # been sued for $25m by a make-up artist"
    else:
        owner = resolve(nsubj(verb), verb)  # "Adults must be paid at least £5.05 an hour"
    earner = next((c for c in verb.children if c.dep_ == "dative" or c.dep_ == "dobj"
                   and c.lower_ in _OBJECT_PRONOUNS and c.i < taken.i), None) \
        or earned_for(verb, taken, inside)
    if earner is not None and noun in EARNINGS:
        owner = earner if earner.pos_ != "PRON" else one_person_before(earner) \
            if earner.lower_ in ("him", "her") else None  # "Rod Stewart, whose shows helped
        # net him £35m": earnings of the one it goes to, not of what brought it
    if owner is not None and (owner.like_num or owner.pos_ == "NUM"
                              or owner.lower_ in ("%", "percent", "pc")):
        owner = _group_of_count(owner) or owner  # "12 of the former managers will pay
        # $9m" -> "payment (former managers)"; "12% of nurses earn more than £40,000" ->
        # "earnings (nurses)"
    if owner is not None and (unitlike(owner) and owner.pos_ != "PROPN"  # "BP" is no unit
                              or (owner.like_num or owner.pos_ == "NUM")
                              and not any(c.dep_ == "compound" for c in owner.children)):
        return "", ""  # "Shrek 2 took $881m" keeps its name
    if owner is not None and owner.pos_ == "PRON":
        owner = clause_antecedent(owner)  # "their tour helping them earn $24.9m"
    name = compact(owner, inside) if owner is not None and (
        owner.pos_ in NOUNISH or name_like(owner)) else ""
    name = with_partners(owner, name, inside) if name else ""  # "Simon and Garfunkel"
    spent = f"{noun} {on}" if (on := _spent_on(verb, inside)) else noun
    return (f"{spent} ({name})" if name else spent), noun


def _object_as_adverb(token) -> bool:
    """A sum that the parse hangs on a verb of money as an adverb, where the verb has no
    object of its own: "He has contributed £8m since 2001" ("m" an npadvmod)."""
    verb = token.head
    return token.dep_ == "npadvmod" and verb.pos_ == "VERB" and token.i > verb.i \
        and verb.lemma_.lower() in MONEY_VERBS \
        and not any(c.dep_ in ("dobj", "dative") for c in verb.children)


def _spent_on(verb, inside: set[int]) -> str:
    """What a sum spent or invested goes to, as the verb's "on", "in" or "into" phrase says
    ("will spend 80bn rupees on rural roads" -> "on rural roads", "invested $2bn in new
    plants"), up to six words; "" where none does, where it is no noun nor a gerund's
    phrase, or where it holds a figure of its own."""
    words = SPENDING_PREPS.get(verb.lemma_.lower(), ())
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in words
                 and c.i > verb.i), None)
    body = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) \
        if prep is not None else None
    if body is None or any(t.i in inside or t.like_num and t.ent_type_ not in ("DATE", "TIME")
                           for t in prep.subtree) \
            or body.ent_type_ in ("DATE", "TIME") or body.pos_ not in ("NOUN", "PROPN", "VERB"):
        return ""  # (but "into a pension for the past 25 years", "on Freeview")
    phrase = noun_phrase(body, inside, limit=5) if body.dep_ == "pobj" else ""
    if body.dep_ == "pcomp":
        run = list(body.subtree)
        phrase = text_of(verb.doc)[run[0].idx:run[-1].idx + len(run[-1])] if len(run) <= 5 else ""
    return f"{prep.lower_} {phrase}" if phrase else ""


def _group_of_count(count):
    """The noun of the "of" phrase on a bare count, the group it counts some of: "12" of
    "12 of the former managers" -> managers; None where it has none."""
    return next((o for o in prep_objects(count, ("of",)) if o.pos_ in NOUNISH), None)


# the one a verb of earning sends its sum to, as the verb's object pronoun or "to" object
# ("helped net him £35m", "earned the band $9m")
_OBJECT_PRONOUNS = {"him", "her", "them", "us", "me"}


def _named_by_verb(tokens, anchor, head, inside: set[int], dimension: str,
                   frame) -> tuple[str, str]:
    """A figure with no noun of its own named by its verb: the whole it is taken off
    (`_taken_off`), else for a sum the verb's noun (`_money_verb`: "takings (The Aviator)"),
    also through a framing noun the verb takes ("will pay a total of $70m" -> "payment
    (subsidiaries)")."""
    taken = _taken_off(anchor, inside) if head is None else ("", "")
    if not taken[0] and head is None and dimension == "count":
        taken = _people_harmed(anchor)
    if taken[0] or dimension != "currency" and not _vague_sum(tokens, head):
        return taken
    if _joined_total(frame):
        ranked = _ranked_with(anchor, inside)  # "came fourth with $5m and a total of $31m"
        return ranked if ranked[0] else taken
    if frame is not None:
        return _money_verb(frame, inside) if frame.dep_ in ("dobj", "nsubjpass") \
            and anchor.head.head.i == frame.i and frame.lower_ in _SUM_FRAMES else taken
    named = _noun_tagged_adjective(tokens, inside) or _money_verb(anchor, inside)
    if named[0]:
        return named
    ranked = _ranked_with(anchor, inside)
    return ranked if ranked[0] else _sum_in_state(anchor) or ranked


def _vague_sum(tokens, head) -> bool:
    """Whether a figure is a bare order of money's magnitude, which a verb of money takes as
    a sum it names no currency for: "they are investing millions", "investors lost
    millions"; not one that counts a noun ("millions of viewers")."""
    return head is None and tokens[-1].lower_ in _SUM_MAGNITUDES


# the vague amounts a verb of money may take bare for a sum of money: "millions" and up
_SUM_MAGNITUDES = {f"{scale}s" for scale, size in VAGUE_SCALES.items() if size >= 1e6}


def _sum_in_state(anchor) -> tuple[str, str] | None:
    """A bare sum a copula says is available, left or owed, named by that state and what
    it is for: "some £3bn would be available for new schools" -> "sum available for new
    schools"; None for any other."""
    verb = anchor.head
    state = next((c for c in verb.children if c.dep_ == "acomp"
                  and c.lower_ in _SUM_STATES), None) if anchor.dep_ == "nsubj" \
        and verb.lemma_ == "be" and anchor.i < verb.i else None
    if state is None:
        return None
    aim = next((c for c in state.children if c.dep_ == "prep" and c.lower_ in ("for", "to")),
               None)
    end = next((c for c in aim.children if c.dep_ == "pobj"), None) if aim is not None else None
    if end is None or end.i - state.i > 6:
        return f"sum {state.text}", f"sum {state.lower_}"
    return f"sum {text_of(anchor.doc)[state.idx:end.idx + len(end)]}", f"sum {state.lower_}"


# the states of a sum one has to spend or pay: "£3bn would be available for schools"
_SUM_STATES = {"available", "left", "owed", "owing", "due", "outstanding", "payable",
               "unspent", "spare", "unclaimed"}


# framing nouns of a sum a verb of money takes whole: not an estimate "given" to a lot
_SUM_FRAMES = {"total", "sum", "amount", "record", "tally"}


def _joined_total(frame) -> bool:
    """Whether a sum's framing noun is one the parse joins to a verb, as the second of what
    it ranks a film with: "came fourth with $5.2m and a total of $31.4m"."""
    return frame is not None and frame.dep_ == "conj" and frame.lower_ in _SUM_FRAMES


def _ranked_with(anchor, inside: set[int]) -> tuple[str, str]:
    """A sum "with" which one is ranked or opens in a chart is its takings: "The thriller
    opened at number two with $30.5m" -> "takings (thriller)", "X was second with $24m";
    not "ended the year with $5bn in cash" (no rank)."""
    if anchor.dep_ in ("nummod", "compound") and anchor.head.dep_ == "pobj":
        anchor = anchor.head  # "with $7.4m (£3.9m)", the parse's "m" of the bracket on it
    frame = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" else None
    if _joined_total(frame):
        anchor = next((p for c in frame.head.children if c.dep_ == "prep" and c.lower_ == "with"
                       for p in c.children if p.dep_ == "pobj"), anchor)  # "came fourth with
        # $5.2m and a total of $31.4m": the sum it is joined to
    verb = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "with" else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return "", ""
    lemma = verb.lemma_.lower()
    ranked = lemma in ("open", "debut") or any(
        t.dep_ in ("advmod", "attr", "acomp", "npadvmod", "pobj", "dobj") and (
            t.ent_type_ == "ORDINAL" or t.lower_ in ("top", "number"))
        or t.ent_type_ == "ORDINAL" and (t.head.lower_ in _CHART_PLACES or t.head.pos_ == "ADP")
        for c in verb.children if c.i != anchor.head.i for t in c.subtree) or any(
        c.dep_ == "dobj" and c.lemma_.lower() in _CHART_TOPS for c in verb.children) \
        and lemma in _HOLDING_TOP  # (also "slipped to fifth position", "came in at fifth",
    # "had held the Easter title with $11.3m")
    placed = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in NOUNISH
                   and c.lower_ not in _CHART_PLACES and any(
                       d.lower_ in ("down", "back") and d.i > c.i for d in verb.children)),
                  None)  # "knocked the animated film down to third place, with $9.9m": the
    # film it put there (not "led the other contenders with $8m")
    doer = placed if placed is not None else resolve(nsubj(verb), verb)
    if not ranked or doer is None or doer.pos_ not in NOUNISH or doer.i in inside \
            or not _SCREEN_WORDS & {t.lower_ for t in anchor.sent}:
        return "", ""  # (not "is third on the rich list with £300m", a fortune)
    return f"takings ({compact(doer, inside)})", "takings"


# the nouns of a place in a chart an ordinal ranks: "to fourth position"
_CHART_PLACES = {"position", "place", "spot", "slot"}
# the top of a chart a film holds, and the verbs that hold it: "held the title with $9m"
_CHART_TOPS = {"title", "crown", "chart"}
_HOLDING_TOP = {"hold", "keep", "retain", "top", "lead", "head", "take", "claim", "regain"}
# words that show a chart of films, whose sums are their takings
_SCREEN_WORDS = {"film", "films", "movie", "movies", "thriller", "comedy", "drama", "sequel",
                 "animation", "blockbuster", "cinema", "cinemas", "box", "weekend", "screens",
                 "biopic", "epic", "remake", "musical", "horror", "cartoon", "western",
                 "adventure"}


def _people_harmed(anchor) -> tuple[str, str]:
    """A bare count a verb of harm has as its object counts people, as "killed 300 people"
    does: "the tsunami, which killed more than 150,000" -> "people killed"."""
    verb = anchor.head
    lemma = verb.lemma_.lower()
    if anchor.dep_ != "dobj" or verb.pos_ != "VERB" or lemma not in _HARMED:
        return "", ""
    return f"people {_HARMED[lemma]}", "people"


# verbs of harm done to people, and their participles
_HARMED = {"kill": "killed", "injure": "injured", "wound": "wounded", "hurt": "hurt",
           "displace": "displaced", "evacuate": "evacuated", "rescue": "rescued",
           "kidnap": "kidnapped", "abduct": "abducted", "execute": "executed",
           "murder": "murdered", "maim": "maimed", "massacre": "massacred",
           "slaughter": "slaughtered", "strand": "stranded", "trap": "trapped"}


def _taken_off(anchor, inside: set[int]) -> tuple[str, str]:
    """What a sum or a share is taken off, as "cut costs by 5%" names the costs: "The crash
    wiped £50bn off the value of shares" -> "value of shares", "will slash $5bn from its
    costs" -> "costs", "dear fuel has knocked 0.3% off the rate of growth" -> "rate of
    growth", also in the passive: "the equivalent of £4,000 has been cut from the price of
    an average home" -> "price of an average home"; not "took $5m from the fund" (a sum
    taken, not a fall)."""
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" \
            and anchor.head.head.lemma_.lower() in VALUE_NOUNS:
        anchor = anchor.head.head  # "the equivalent of £4,000 has been cut"
    verb = anchor.head
    lemma = verb.lemma_.lower()
    passive = anchor.dep_ == "nsubjpass" and any(c.dep_ == "auxpass" for c in verb.children)
    if anchor.dep_ not in ("dobj", "npadvmod") and not passive or verb.pos_ != "VERB" \
            or lemma not in _TAKING_OFF:
        return "", ""
    preps = ("off",) if lemma in ("take", "knock", "shed") else ("off", "from")
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps
                 and c.i > max(inside)), None)
    whole = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ in NOUNISH
                  and c.i not in inside and not c.like_num), None) if prep is not None else None
    if whole is None and passive and any(c.dep_ == "prt" and c.lower_ in preps
                                         for c in verb.children):
        whole = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in NOUNISH
                      and c.i not in inside), None)  # "£4,000 has been wiped off the value
        # of a home", where the parse takes "off" for a particle and the whole for an object
    if whole is None:
        return "", ""
    clauses = {t.i for c in whole.children if c.dep_ in ("acl", "relcl") for t in c.subtree}
    # (not "local services hitting libraries and pools": what the cut does)
    return noun_phrase(whole, inside | clauses), subject_key(whole, inside)


# verbs that take a sum or a share off a whole: "wiped £50bn off", "shaving 70% off"
_TAKING_OFF = {"wipe", "shave", "knock", "take", "lop", "slice", "chop", "strip", "trim",
               "slash", "cut", "shed"}


def _deed_named(tokens, anchor, inside: set[int], dimension: str,
                frame) -> tuple[str, str]:
    """A time, a count or points named by what a doer does: how long (`_time_spent`), how
    many times (`_times_done`), how many units sold (`_units_sold`) or points scored
    (`_points_scored`); no time or times for a figure a framing noun holds ("a total of"),
    but for a time a day an average is of: "worked an average of 14 hours a day" -> the
    deed, as "worked 14 hours a day" (`_time_spent` of the frame)."""
    framed = frame is not None
    if dimension == "points":
        return _points_scored(tokens, inside)
    if dimension == "time":
        spent = _time_spent(frame, inside) if framed and frame.lower_ == "average" \
            else ("", "") if framed else _time_spent(anchor, inside)
        return spent if spent[0] or framed else _time_where(anchor, inside) or spent
    done = ("", "") if framed else _times_done(anchor, inside)
    return done if done[0] else _units_sold(tokens, inside)


def _units_sold(tokens, inside: set[int]) -> tuple[str, str]:
    """Units a verb of selling or making takes, named by the verb, its doer in brackets:
    "Sony has sold more than 800,000 units" -> "units sold (Sony)", "a record 174.6 million
    units sold"; "units" alone names nothing ("Sales totalled 3.9 million units" is of the
    sales)."""
    doc = tokens[0].doc
    units = doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc) else None
    if units is None or units.lower_ != "units":
        return "", ""
    told = next((c for c in units.children if c.dep_ == "acl" and c.tag_ == "VBN"
                 and c.lemma_.lower() in _UNITS_VERBS and c.i == units.i + 1), None)
    if told is not None:  # "a record 174.6 million units sold"
        return f"units {told.text}", f"units {told.text.lower()}"
    if units.dep_ != "dobj" or units.head.lemma_.lower() not in _UNITS_VERBS:
        return "", ""
    verb = units.head
    phrase = f"units {_UNITS_VERBS[verb.lemma_.lower()]}"
    return _with_doer(verb, phrase, inside), phrase


def _points_scored(tokens, inside: set[int]) -> tuple[str, str]:
    """Points a player or a side scores or kicks, named by the verb, the scorer in brackets:
    "Jones, who has scored 640 points in 48 Tests" -> "points scored (Jones)"; not points
    an index moves ("the Dax fell 16 points")."""
    doc = tokens[0].doc
    points = doc[tokens[-1].i]
    verb = points.head
    if points.lower_ != "points" or points.dep_ not in ("dobj", "npadvmod") \
            or verb.pos_ != "VERB" or verb.lemma_.lower() not in _SCORING or verb.i > points.i:
        return "", ""
    phrase = f"points {_SCORING[verb.lemma_.lower()]}"
    return _with_doer(verb, phrase, inside), phrase


# verbs by which a player or a side makes points, and the participle that names them
_SCORING = {"score": "scored", "kick": "kicked"}
# what a player kicks or scores that a count may count
_SCORES = {"penalty", "conversion", "try", "goal", "drop"}


def _kicks_scored(head, inside: set[int]) -> str:
    """The participle of the verb by which a player kicks or scores what a count counts:
    "Paterson kicked three more penalties" -> "kicked" ("penalties kicked (Paterson)")."""
    verb = head.head
    if head.dep_ != "dobj" or head.i in inside or verb.pos_ != "VERB" \
            or head.lemma_.lower() not in _SCORES:
        return ""
    return _SCORING.get(verb.lemma_.lower(), "")


def _with_doer(verb, phrase: str, inside: set[int]) -> str:
    """`phrase` with the doer of `verb` in brackets, where the parse names one."""
    raw = nsubj(verb)
    doer = resolve(raw, verb)
    if doer is not None and doer.pos_ == "PRON":
        doer = clause_antecedent(doer)
    if doer is None and raw is not None and raw.pos_ == "PRON" and verb.dep_ == "conj":
        doer = next((c for c in verb.head.children if c.dep_ == "dobj"), None)  # "It
        # launched its DS handheld ... and has sold 2.8 million units": the product the
        # first verb's object names
    name = compact(doer, inside) if doer is not None and doer.pos_ in NOUNISH else ""
    return f"{phrase} ({name})" if name else phrase


def _after_noun(subject: str, head, words: str) -> str:
    """`subject` with what was done to its noun put right after that noun, before a phrase
    of where ("people in Baghdad" -> "people killed in Baghdad", whose place the location
    column then takes), else at its end."""
    at = re.search(rf"\b{re.escape(head.text)}(?= (?:in|at|on|across|near|around|throughout)"
                   r" )", subject)
    if at is None:
        return f"{subject} {words}"
    return f"{subject[:at.end()]} {words}{subject[at.end():]}"


def _goods_sold(head, inside: set[int]) -> str:
    """The participle of a verb of selling, shipping, building or delivering whose object is
    the goods a figure counts, which names them as "units sold" does: "BMW sold 95,000 cars"
    -> "cars sold", "has shipped 2 million consoles" -> "consoles shipped"; "" for people
    ("sold three players"), for "units" (`_units_sold`) and for a noun a clause of its own
    already names; the caller adds it only right after the noun ("copies of the album"
    stays as it is)."""
    part = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    if part is not None and part.i in inside and part.dep_ == "dobj" and part.lower_ != "one" \
            and part.head.lemma_.lower() in ("sell", "ship", "deliver") \
            and head.lemma_.lower() not in ("unit", "copy") and not person(head) \
            and head.lemma_.lower() not in PEOPLE_NOUNS | PERSON_NOUNS:
        return _UNITS_VERBS[part.head.lemma_.lower()]  # "has sold 4,000 of its new
        # hybrid" -> "new hybrid sold", as a part of the goods
    verb = head.head
    lemma = verb.lemma_.lower()
    if head.dep_ != "dobj" or verb.pos_ != "VERB" or lemma not in _UNITS_VERBS \
            or lemma in ("make", "produce") or head.tag_ != "NNS" or head.lower_ == "units" \
            or head.i in inside or _may_be_person(head) or head.ent_type_ not in ("", "PRODUCT") \
            or any(c.dep_ in ("acl", "relcl") for c in head.children):
        return ""  # (not "produced two throws"; but "sold six million iPods")
    return _UNITS_VERBS[lemma]


# verbs whose object "units" are the goods they sell or make, and the participle that names them
_UNITS_VERBS = {"sell": "sold", "ship": "shipped", "make": "made", "build": "built",
                "produce": "produced", "deliver": "delivered"}


def _transfer_for(token) -> bool:
    """The fee in the "for" phrase of a move between clubs: "who moved to Lancashire in 2003
    for £6.5m", "joined Rangers from Red Star Belgrade for £1.2m", "was signed for £4.6m";
    a move to or from a name, a name signed, or a passive signing."""
    if token.dep_ != "pobj" or token.head.lower_ != "for":
        return False
    verb = token.head.head
    if player_sold(verb) is not None:
        return True  # "sold the Dutchman to Lazio for £12m"
    if verb.lemma_.lower() not in _TRANSFER_VERBS or any(
            c.dep_ == "dobj" and c.pos_ != "PROPN" for c in verb.children):
        return False  # not "signed the contract for $5m", "joined the scheme for £5"
    return any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ in ("to", "from") and any(
            g.pos_ == "PROPN" for g in c.children) for c in verb.children) or any(
        c.dep_ == "auxpass" for c in verb.children)  # "He was signed for £4.6m"


def _transfer_fee(verb, inside: set[int]) -> tuple[str, str]:
    """A transfer fee, the player it moves in brackets: the one who moves or joins, or
    whom a club signs ("Chelsea signed Drogba for £24m" -> "transfer fee (Drogba)")."""
    player = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN"),
                  None) if verb.lemma_.lower() == "sign" else player_sold(verb)
    if player is None:
        player = resolve(nsubj(verb), verb)
        if player is not None and player.pos_ == "PRON":
            player = clause_antecedent(player)
    name = compact(player, inside) if player is not None and player.pos_ in NOUNISH else ""
    return (f"transfer fee ({name})" if name else "transfer fee"), "transfer fee"


# verbs of a player's move between clubs, whose "for" phrase is the fee
_TRANSFER_VERBS = {"move", "join", "sign", "switch", "transfer"}


def _words_after(anchor, last, inside: set[int], dimension: str, marked: bool = False):
    """What the words right after a figure that counts no noun say it is, with the noun
    it sizes where there is one: what a sum is put to ("$23bn owed to the IMF"), else a
    participle ("15 injured"), else the noun past its restating bracket, with the owner a
    possessive before the sum names where the parse did not read the mark (`marked` where
    it did): "the festival's £2m ($3.7m) costs" -> "costs (festival)", costs."""
    subject, key = _sum_put_to(anchor, inside) if dimension == "currency" else ("", "")
    if not subject:
        subject, key = _participle(anchor, last, inside)
    noun = None
    if not subject:
        noun = _noun_past_bracket(last, inside)
        if noun is not None:
            when = {t.i for t in noun.subtree if t.i > noun.i and (
                t.ent_type_ in ("DATE", "TIME") or t.dep_ == "prep" and any(
                    c.ent_type_ in ("DATE", "TIME") for c in t.children))}  # "on Monday"
            owner = None if marked else _owner_before_sum(anchor.doc, min(inside))
            subject = noun_phrase(noun, inside | when, with_preps=owner is None)
            key = subject_key(noun, inside)
            if owner is not None:  # as "Leeds's £9m offer" is
                subject = f"{subject} ({compact(owner, inside)})"
    return subject, key, noun


def _owner_before_sum(doc, first: int):
    """The noun whose "'s" stands right before a sum ("the festival's £2m"), else None; not
    a time's or a place's ("last year's £5m", "Japan's $9bn"), as `_owner_before` has it."""
    owner = doc[first - 2] if first >= 2 and doc[first - 1].tag_ == "POS" else None
    if owner is None or owner.pos_ not in NOUNISH or _no_owner(owner) \
            or owner.lemma_.lower() in TIME_NOUNS:
        return None
    return owner


def _sized_past_bracket(value_of, tokens, inside: set[int]):
    """The noun past its restating bracket that a sum after "a" in an "of" phrase sizes,
    rather than the noun the "of" hangs on: "Paris's provision of a 300m euro ($390m)
    grant" -> grant, not provision; else None."""
    first = tokens[0]
    if value_of is None or first.i == 0 or first.nbor(-1).lower_ not in ("a", "an"):
        return None
    return _noun_past_bracket(tokens[-1], inside)


def _noun_past_bracket(last, inside: set[int]):
    """The noun right after the bracket that restates a figure, which the figure sizes
    however the parse hangs the pieces: "a $2bn (1.53bn euros; £1.05bn) settlement with
    GM" -> settlement; not a bracket that holds words of its own ("$5m (a record) and"), a
    time ("earned $24.9m (£13.4m) last year") or a mark ("hit the $50m (£27.2m) mark")."""
    doc = last.doc
    if last.i + 1 >= len(doc) or doc[last.i + 1].text != "(":
        return None
    close = next((t for t in doc[last.i + 2:last.i + 14] if t.text == ")"), None)
    if close is None or close.i + 1 >= len(doc) or not any(
            any(c.isdigit() for c in t.text) for t in doc[last.i + 2:close.i]) or any(
            t.pos_ in ("VERB", "AUX", "DET") for t in doc[last.i + 2:close.i]):
        return None
    noun = doc[close.i + 1]
    while noun.dep_ in ("compound", "amod") and noun.head.i > noun.i and noun.head.pos_ == "NOUN":
        noun = noun.head  # "a $2bn (…) aid package"
    first = min(inside)
    taken_for_verb = noun.pos_ == "VERB" and first > 0 \
        and doc[first - 1].lower_ in ("a", "an", "the") \
        and not any(c.dep_ in ("dobj", "nsubj", "aux") for c in noun.children)
    # ("accepted a $4.2bn (£2.2bn) buyout from BP": the model tags "buyout" a verb)
    return noun if (noun.pos_ == "NOUN" or taken_for_verb) and noun.is_lower \
        and noun.i not in inside and not noun.ent_type_ \
        and noun.lemma_.lower() not in TIME_NOUNS | _MARKS else None


# what a sum stands as a level for, no thing it sizes: "hit the $50m (£27.2m) mark"
_MARKS = {"mark", "level", "barrier", "threshold", "high", "low", "record"}


def _sum_put_to(anchor, inside: set[int]) -> tuple[str, str]:
    """A sum that a verb of money after it says what is done with, named by the verb's noun
    and the verb's phrase: "$23bn owed to the IMF" -> "debt to the IMF", "100bn rupees to be
    spent on infrastructure" -> "spending on infrastructure"; not a verb with an object of
    its own ("£5m that paid the staff"), nor one with no such phrase."""
    verb = next((c for c in anchor.children if c.dep_ in ("acl", "relcl") and c.i > max(inside)
                 and c.pos_ == "VERB" and c.lemma_.lower() in MONEY_VERBS), None)
    if verb is None or any(c.dep_ == "dobj" for c in verb.children):
        return "", ""
    noun = MONEY_VERBS[verb.lemma_.lower()]
    phrase = next((c for c in verb.children if c.dep_ in ("prep", "dative") and c.i > verb.i
                   and c.lower_ in _PUT_TO), None)
    agent = passive_agent(verb) if verb.tag_ == "VBN" else None
    if phrase is None and agent is not None and agent.i not in inside and can_act(agent) \
            and anchor.head.lower_ not in _SET_AGAINST:
        return f"{noun} ({owner_name(agent, inside)})", noun  # "the £50m given by the
        # government" -> "sum given (government)"
    cut = _joined_from(phrase) if phrase is not None else None
    words = [t for t in phrase.subtree if cut is None or t.i < cut] \
        if phrase is not None else []
    if not words or len(words) > 8 or any(t.like_num or t.is_punct or t.i in inside
                                          for t in words):
        return "", ""  # "the $310m lost by its rival": what it is set against names it
    doc = anchor.doc
    return f"{noun} {text_of(doc)[words[0].idx:words[-1].idx + len(words[-1])]}", noun


def _joined_from(phrase) -> int | None:
    """Where the "and" that joins another figure to the noun of `phrase` stands, from which
    its words are that figure's: "and millions lent by banks" of "$9bn owed to the World
    Bank and millions lent by banks"; None where no figure is joined."""
    noun = next((c for c in phrase.children if c.dep_ == "pobj"), None)
    joined = [c for c in noun.children if c.dep_ == "conj"] if noun is not None else []
    if not any(t.like_num or t.ent_type_ in ("CARDINAL", "MONEY")
               for c in joined for t in c.subtree):
        return None  # "owed to the IMF and the World Bank": both owed
    return min(c.i for c in noun.children if c.dep_ in ("cc", "conj"))


# prepositions that set a figure against another, which names it: "dwarfed by the $310m
# lost by its rival"
_SET_AGAINST = {"by", "than", "with", "to", "against"}


# what a sum is put to: "spent on infrastructure", "owed to the IMF", "raised for charity"
_PUT_TO = {"on", "to", "for", "via", "in", "into"}


def _claimed_for(token) -> bool:
    """The sum a suit claims, in its "for" phrase: "it sued the Russian government for
    $28.3bn" (the verb's noun names it: "damages sought"), or a plea asks for ("is asking
    for $320m from the IMF" -> "sum sought"); also what a firm floats for
    ("which floated in Paris for 90m euros" -> "flotation")."""
    return (token.dep_ == "pobj" and token.head.lower_ == "for"
            and token.head.head.lemma_.lower() in ("sue", "claim", "float", "ask", "apply",
                                                   "appeal"))


def _second_object(token) -> bool:
    """The sum after a verb's first object, which the small model reads as an adverb:
    "would save the country £119m a year", "will cost the club $5m"."""
    verb = token.head
    return token.dep_ == "npadvmod" and verb.pos_ == "VERB" and any(
        c.dep_ in ("dobj", "dative") and c.i < token.i and c.right_edge.i + 1 == token.left_edge.i
        for c in verb.children)


_DISTANCE = re.compile(r"(?:\d+x)?(\d[\d,]*)[ \u00a0]?(?:m|metres|meters)\.?", re.IGNORECASE)
_AND_DISTANCE = re.compile(  # "the 800m and 1500m champion"
    r"[ \u00a0]*(?:and|or|,|/)[ \u00a0]*(?:\d+x)?\d[\d,]*[ \u00a0]?(?:m|metres)\b", re.IGNORECASE)


def _race_event(tokens) -> bool:
    """Whether a race distance names a race, not a length: by the event after it ("the 60m
    hurdles title", "400m runners", "the 800m and 1500m champion") or as the race itself
    ("Ceplak won the women's 800m", "win the 60m at Leipzig"); not a stretch of one ("over
    the final 400m", "at the 300m stage") nor a length ("a 400m stretch of road")."""
    doc = tokens[0].doc
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    m = _DISTANCE.fullmatch(text_of(doc), start, end)
    if not m or int(m.group(1).replace(",", "")) not in RACE_DISTANCES:
        return False
    joined = _AND_DISTANCE.match(text_of(doc), end)
    after = end if joined is None else joined.end()
    rest = [t for t in doc[tokens[-1].i + 1:tokens[-1].i + 9] if t.idx >= after]
    if len(rest) > 1 and rest[0].lower_ in ("men", "women") and rest[1].tag_ == "POS":
        rest = rest[2:]  # "the 4x100m men's relay"
    run = []
    for t in rest[:4]:
        if not (t.is_alpha and (t.text.islower() or t.pos_ in ("PROPN", "NOUN"))
                and (t.lower_ in EVENT_NOUNS or t.pos_ in ("NOUN", "ADJ", "PROPN"))):
            break
        run.append(t)  # (a name of the meeting may stand before the event: "the women's
        # 1500m AAAs title")
    while run and run[-1].lower_ not in EVENT_NOUNS:
        run.pop()
    if run:
        return run[-1].lower_ not in RACE_POINTS
    before = doc[tokens[0].i - 1] if tokens[0].i > 0 else None
    named = before is not None and (before.lower_ in ("the", "her", "his", "their")
                                    or before.tag_ == "POS")  # "commentate on her 1500m"
    return named and (not rest or rest[0].pos_ not in ("NOUN", "PROPN", "NUM", "ADJ")
                      or bool(WHEN_AFTER.match(text_of(doc), end)))  # "to enter the
    # 10,000m five days later"


def _other_figure(head, inside: set[int]) -> bool:
    """Whether the noun a figure was tied to is a piece of another figure ("revenues of
    $4.37bn and earnings of $1.62", "$45bn (£24bn)"); not the sum a share is of ("97% of
    the £1.3bn submitted"), which is what the share measures."""
    if head is None or head.i in inside:
        return False
    if _share_word(head):
        return True  # "rise by a quarter of a point to 2.25%", "a quarter have ... and 24%"
    if split_scale(head):
        return True  # the "m" the tokenizer split from "$39m"
    if not (head.pos_ == "SYM" or figure_like(head) and any(c.isdigit() for c in head.text)):
        return False
    if head.i > 0 and head.nbor(-1).is_title and head.nbor(-1).is_alpha:
        return False  # "63,150 Model 3s", "Windows 2000": a name
    return not (head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i in inside)


_SHARE_WORDS = PART_NOUNS | {"halves"} | {f"{w}s" for w in PART_NOUNS - {"half"}}


def _share_word(token) -> bool:
    """A fraction word read as a figure of its own: "a quarter", "three quarters"; not
    "the first quarter", a period."""
    return token.lower_ in _SHARE_WORDS and any(
        c.dep_ in ("det", "nummod", "quantmod") and c.lower_ not in ("the", "this", "that")
        or c.like_num for c in token.lefts)


def _named_mean(noun, inside: set[int]) -> bool:
    """An average that names what it averages: "the African average of 4%", "2004's
    average of $41.48"; not "an average of 24%", a frame.  An estimate that names whose it
    is or what of: "Mr Brown's forecast of 3%", "a growth forecast", "the 47.3% forecast
    by analysts"; not "down from an earlier estimate of 1.7%".  A record that names its
    kind: "the world record of 6.39 seconds"."""
    if noun.lower_ in ESTIMATE_NOUNS:
        return noun.dep_ == "compound" or any(
            c.dep_ in ("compound", "poss") or c.dep_ == "prep" and (
                c.lower_ == "by" or c.lower_ == "of" and not any(t.i in inside for t in c.subtree))
            for c in noun.children)
    if noun.lower_ == "record":
        return any(c.dep_ in ("compound", "amod") and c.lower_ in _RECORD_KINDS
                   for c in noun.children)  # "the world record of 6.39 seconds"; not "a
        # record $44m", which frames the takings
    return noun.lower_ in ("average", "median") and any(
        c.dep_ in ("compound", "poss", "amod") for c in noun.children)


# what names a record that is one of its own, set and held
_RECORD_KINDS = {"world", "national", "olympic", "commonwealth", "championship", "course",
                 "club", "track", "indoor", "outdoor", "area", "league", "premiership",
                 "career", "season", "tournament", "competition", "ground", "stadium",
                 "all-time"} | {
    people.lower() for people in DEMONYMS if " " not in people}  # "British", "European"


def _named_rate(noun) -> bool:
    """A rate that names what goes at it: "the jobless rate", "its growth rate", "the
    rate of inflation"; not "an annual rate of 3.8%", a frame."""
    return any(c.dep_ in ("compound", "poss") or c.dep_ == "amod" and c.lower_ not in RATE_WORDS
               for c in noun.children) or any(
        c.dep_ == "prep" and c.lower_ == "of" and not any(t.like_num for t in c.subtree)
        for c in noun.children)


def _restated(anchor, first, inside: set[int], dimension: str, depth: int):
    """The subject and key of the figure this one restates, carries on from or is set
    against, where that figure has one: "£2bn ($2.5bn)", "up 7.6 per cent to $71", "Net
    profit was $186m, compared with $1.13bn a year earlier"; None past three such steps
    (three for "profits of A$1.33bn ($1bn; £550m), up from A$246bn": the £550m restates
    the $1bn, which restates the profits)."""
    if depth >= 3:
        return None
    earlier = previous_figure(first)
    if earlier is not None:
        subject, key, _ = _subject(list(earlier), "", dimension, depth + 1)
        if subject:
            return subject, key
    compared = compared_figure(anchor, inside)
    if compared is not None and not any(c.dep_ == "prep" and c.lower_ == "of"
                                        for c in anchor.children):  # "16 of the 21 principals"
        subject, key, _ = _subject(compared, "", dimension, depth + 1)
        counted = anchor.head if anchor.dep_ == "nummod" else None
        if subject and (counted is None or counted.lower_ in subject.lower().split()):
            return _own_side(_own_owner(subject, anchor, inside), key, compared, anchor)
            # "922 cases of fraud, up from 831 cases": the cases of fraud
        if not subject:
            side = _own_side("", "", compared, anchor)
            return side if side[0] else None  # "47% said they supported the plan, with 26%
            # against": the 47% is named by nothing, but the other side by what they said
    return None


def _own_side(subject: str, key: str, compared, anchor) -> tuple[str, str]:
    """The other side of a share of people set against one that says what they do: "63%
    supported a ban, compared with 24% against" -> "those against a ban", "compared to 52%
    who felt it unwise" -> "those who felt it unwise", not the 63%'s "those who supported a
    ban"; also against one with no subject that says what they do ("47% said they backed
    the plan, with 26% against" -> "those against the plan")."""
    own = next((c for c in anchor.children if c.dep_ == "relcl"), None)
    if own is not None and subject.startswith("those who "):
        return "those " + _phrase(own), own.lemma_.lower()  # "compared to 52% who felt it"
    side = next((c for c in anchor.children if c.dep_ in ("prep", "advmod", "amod")
                 and c.lower_ in ("against", "opposed") and not any(True for _ in c.children)),
                None)
    verb = root(list(compared)).head
    said = next((c for c in verb.children if c.dep_ == "ccomp"), None) \
        if verb.lemma_.lower() in _HAS_VIEW else None
    verb = said if said is not None else verb  # "47% said they supported the plan"
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None) \
        if subject.startswith("those who ") or said is not None else None
    if side is None or thing is None:
        return subject, key
    return f"those {side.lower_} {_phrase(thing)}", side.lower_


def _phrase(token) -> str:
    """The words of a token's subtree as written."""
    return token.doc[token.left_edge.i:token.right_edge.i + 1].text


def _own_owner(subject: str, anchor, inside: set[int]) -> str:
    """A subject borrowed from the figure this one is set against, with this one's own
    owner where a possessive names it: "a market value of $2.95bn, compared to EA's
    $17.8bn" -> "market value (EA)", not the first figure's owner; not a time's ("up from
    November's 4.2%")."""
    owner = next((c for c in anchor.children if c.dep_ == "poss" and c.pos_ == "PROPN"
                  and c.i not in inside and c.ent_type_ not in ("DATE", "TIME")), None)
    owner = owner or _for_name(anchor, inside)
    base = re.sub(r" \([^()]*\)$", "", subject)
    if owner is None:
        return base if _own_place(anchor) else subject  # "2.3 beds per 1,000 people in
        # Britain, compared with 8.3 in Germany": not Britain's beds
    return f"{base} ({owner_name(owner, inside)})"


def _own_place(anchor) -> bool:
    """Whether a figure set against another names a place of its own in an "in" phrase:
    "compared with 8.3 in Germany"."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        o.dep_ == "pobj" and o.ent_type_ == "GPE" for o in c.children) for c in anchor.children)


def _for_name(anchor, inside: set[int]):
    """The name a "for" phrase right after a figure set against another gives it: "took
    $860m, compared with $500m (£270m) for Cars" -> Cars, "compared to 9,120 for the Green
    candidate Ann Hale" -> Ann Hale; not a time ("for 2003"), nor a word that is no name
    ("for the year")."""
    doc, end = anchor.doc, max(inside) + 1
    after = [doc[end]] if end < len(doc) and doc[end].head == anchor.head.head else []
    for c in [*anchor.children, *after]:  # (the "for" the parse may hang on "compared")
        if c.dep_ == "prep" and c.lower_ == "for" and c.i > max(inside):
            name = next((t for t in c.children if t.dep_ == "pobj"), None)
            if name is not None and name.text[:1].isupper() and name.left_edge.i == c.i + 1 \
                    and all(t.dep_ in ("det", "compound", "amod") for t in name.lefts) \
                    and name.ent_type_ not in ("DATE", "TIME", "CARDINAL", ""):
                return name
    return None


_ITEM_JOINS = {",", ";", "and", "or"}
_ITEM_PREPS = {"in", "on", "at", "for", "among", "from"}


def _gapped(first, inside: set[int], dimension: str, depth: int):
    """"Of Argentina's bondholders, 38.4% reside in Argentina, 15.6% in Italy": a list item
    with no verb of its own, a figure and a phrase, is about what the list's first item
    was; its place or time is its own phrase, never its subject (a bare count reads the
    noun the item before counted: `nearby`)."""
    if depth or dimension in ("count", "age") or not _gap_item(first, inside) \
            or dimension == "currency" and _sum_in_kind(first.doc, max(inside) + 1):
        return None
    doc = first.doc
    item = inside
    while True:
        j = first.i - 2
        while j >= first.sent.start and not (doc[j].like_num and doc[j].pos_ == "NUM"
                                              and doc[j].ent_type_ not in ("DATE", "TIME")):
            j -= 1
        if j < first.sent.start:
            return None
        end = j
        while j > first.sent.start and doc[j - 1].tag_ == "$":
            j -= 1  # "£139,544": the sign is the figure's
        while end + 1 < len(doc) and figure_part(doc[end + 1]) and doc[end + 1].text != "-":
            end += 1
        if not any(doc[k].tag_ == "$" or unitlike(doc[k]) or doc[k].text == "%"
                   for k in range(j, end + 1)):
            first = doc[j]
            continue  # a bare number on the way ("in the 12 months to 30 September")
        if j > first.sent.start and doc[j - 1].text in ("(", ";", "/"):
            first = doc[j - 1]
            continue  # "$412bn (£211.6bn)": a restatement, not an item
        first, inside = doc[j], set(range(j, end + 1))
        if not _gap_item(first, inside):
            break  # the list's first item, with its verb
    subject, key, _ = _subject(list(doc[j:end + 1]), "", dimension, depth + 1)
    if subject.startswith("share of ") and subject.endswith(")"):
        subject = _gapped_deed(subject, first, item)  # "48% of voters would vote against
        # the plan and 24% in favour" -> "(vote in favour)" for the 24%, not the first's
    return (subject, key) if subject else None


def _gapped_deed(subject: str, first, item: set[int]) -> str:
    """A share's subject for a gapped item (`item`, its tokens) after the share `first`
    whose deed `subject` names in brackets: the first's verb with the item's own phrase of
    a few words ("vote in favour"), the whole alone where the item has none, or a place."""
    doc = first.doc
    verb = governor(first)
    rest = []
    for t in doc[max(item) + 1:]:
        if t.is_punct or t.dep_ == "cc":
            break
        rest.append(t)
    base = subject[:subject.index(" (")]
    if not rest or rest[0].dep_ != "prep" or len(rest) > 4 or verb is None \
            or any(t.like_num or t.ent_type_ in ("GPE", "LOC") for t in rest):
        return base
    return f"{base} ({verb.text} {text_of(doc)[rest[0].idx:rest[-1].idx + len(rest[-1])]})"


def _sum_in_kind(doc, after: int) -> bool:
    """Whether the words after a sum name what kind of money it is, by "in" and a common
    noun ("and $2m in taxes"), not where or when ("and $2m in Italy", "in March")."""
    if after + 1 >= len(doc) or doc[after].lower_ != "in":
        return False
    noun = next((c for c in doc[after].children if c.dep_ == "pobj"), None)
    return noun is not None and money_kind(noun) and noun.lemma_.lower() not in TIME_NOUNS


def _more_of_the_same(tokens, dimension: str, depth: int) -> tuple[str, str] | None:
    """"arrested 20 men on Monday and 15 more on Tuesday", "6,000 fans ..., plus millions
    more on TV": a bare count with "more" after it and no noun of its own counts what the
    count before it in the sentence counted; else None."""
    doc, last = tokens[0].doc, tokens[-1]
    more = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if depth or dimension != "count" or more is None or more.lower_ != "more" \
            or more.i + 1 < len(doc) and doc[more.i + 1].pos_ in NOUNISH | {"ADJ"} \
            or root(tokens).dep_ in ("nsubj", "nsubjpass"):
        return None  # "15 more people" counts its own noun; "thousands more were hurt"
        # takes what its own verb says
    j = tokens[0].i - 1
    while j >= tokens[0].sent.start and not _bare_count(doc[j]):
        j -= 1
    if j < tokens[0].sent.start:
        return None
    subject, key, _ = _subject([doc[j]], "", dimension, depth + 1)
    return (subject, key) if subject else None


def _bare_count(token) -> bool:
    """Whether a token is a number that counts, with no sign, unit or share of its own: "30"
    of "ordered 30 of the jets", not "$90m" nor "the 2005 season"."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return token.like_num and token.pos_ == "NUM" and token.ent_type_ not in (
        "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY") \
        and not (token.i and doc[token.i - 1].tag_ == "$") \
        and not (after is not None and (unitlike(after) or after.text == "%"))


def _time_subject(anchor, inside: set[int]) -> tuple[str, str] | None:
    """What a time figure measures where its sentence says in a way of its own, else None:
    nothing for a when ("sold six months ago", "in the opening 10 minutes"), a penalty
    ("Chambers was banned for two years" -> "ban (Chambers)"), the time to do something
    ("Williams took 56 minutes to defeat Mirza"), an activity ("passed after 30 hours of
    debate", "after 40 seconds of listening")."""
    state = _time_in_state(anchor, inside) or _time_until(anchor, inside)
    if state is not None:
        return state
    clocked = _race_verb_as_adjective(anchor)
    if clocked is not None:
        return clocked.lower_, clocked.lower_  # "... and clocked 7.12secs", parsed "clocked
        # secs": the deed, its doer a conjunct's subject the parse lost
    best = _best_before(anchor, inside)
    if best is not None:
        return best
    crossed = _finish_crossed(anchor)
    if crossed is not None:  # "cruised over the line in 3:41.20" -> "cruised over the line
        # (Hale)", not "line"; the deed alone where no name does it ("She crossed ...")
        deed = crossed.doc[crossed.i:anchor.head.i].text
        doer = resolve(nsubj(crossed), crossed) if nsubj(crossed) is not None else None
        name = compact(doer, inside) if doer is not None and doer.pos_ in NOUNISH else ""
        return (f"{deed} ({name})" if name else deed), "race time"
    spanned = _span_of_sum(anchor, inside)  # "took £9m in its first four days"
    had = _time_used(anchor, inside) or (None if spanned else _time_had_in(anchor, inside))
    if had is not None:  # before the when: "During his 30 years in office"
        return had
    if dated(anchor, inside) or spanned:
        return "", ""
    penalty = penalised(anchor, inside)
    if penalty is not None:
        verb, noun = penalty
        served = _penalty_parties(verb, inside)[0]
        return (f"{noun} ({served})" if served else noun), noun
    taken = _time_taken(anchor, inside)
    if taken is not None:
        return taken
    named = _time_peak(anchor, inside)
    if named is not None:
        return named
    done = activity(anchor, inside)
    if done is None:
        return None
    words = list(done.subtree)
    phrase = noun_phrase(done, inside) if done.pos_ == "NOUN" or len(words) > 6 \
        else "".join(t.text_with_ws for t in words).strip()
    return phrase, subject_key(done, inside)


def _time_had_in(anchor, inside: set[int]) -> tuple[str, str] | None:
    """A time one has or had somewhere, marked as theirs or as more: "during his nearly 30
    years in office" -> "time in office (Mr Lee)", "will have another 10 days in camp" ->
    "time in camp"; the owner is a name, or the one person a "his" or "her" stands for."""
    mark = next((c for c in anchor.children if c.dep_ == "poss"
                 or c.dep_ in ("det", "amod") and c.lower_ in ("another", "further")), None)
    place = next((c for c in anchor.rights if c.dep_ == "prep" and c.lower_ in ("in", "at")
                  and c.i == anchor.i + 1), None)
    where = next((c for c in place.children if c.dep_ == "pobj"), None) \
        if place is not None else None
    if mark is None or where is None or where.ent_type_ in ("DATE", "TIME") or where.like_num \
            or anchor.lemma_.lower() not in TIME_NOUNS:
        return None
    if len(list(place.subtree)) > 5 or any(t.is_punct for t in place.subtree):
        return None
    phrase = "time " + _phrase(place)
    owner = (one_person_before(mark) if mark.lower_ in ("his", "her") else mark) \
        if mark.dep_ == "poss" else None
    name = compact(owner, inside) if owner is not None and owner.pos_ in NOUNISH else ""
    return (f"{phrase} ({name})" if name else phrase), "time spent"


def _times_titled(anchor) -> tuple[str, str] | None:
    """How many times one has held a title, where "N-time" comes before it: "Three-time
    world champion Jo Bright" -> "times world champion (Jo Bright)", "the three-time winner"
    -> "times winner"; None for any other figure."""
    doc = anchor.doc
    time = doc[anchor.i + 2] if anchor.i + 2 < len(doc) else None
    if time is None or time.lower_ not in ("time", "times") or doc[anchor.i + 1].text != "-":
        return None
    words = []
    for t in doc[time.i + 1:time.i + 7]:
        words.append(t)
        if t.lemma_.lower() in _TITLE_HOLDERS:
            break
        if t.pos_ not in ("PROPN", "NOUN", "ADJ", "NUM"):
            return None
    if not words or words[-1].lemma_.lower() not in _TITLE_HOLDERS:
        return None
    role = words[-1]
    name = []
    for t in doc[role.i + 1:role.i + 5]:
        if t.pos_ != "PROPN":
            break
        name.append(t)
    last = role
    where = next((c for c in role.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
                  and c.i == role.i + 1 and len(list(c.subtree)) <= 3
                  and all(t.pos_ in ("ADP", "PROPN", "DET") for t in c.subtree)), None)
    if where is not None:
        last = where.right_edge  # "a two-time champion in Paris"
    title = text_of(doc)[words[0].idx:last.idx + len(last)]
    named = text_of(doc)[name[0].idx:name[-1].idx + len(name[-1])] if name else ""
    if not named:
        holder = role.head if role.dep_ == "appos" else nsubj(role.head) \
            if role.dep_ == "attr" else None  # "Jo Bright, a five-time world winner",
        # "Lopez is a two-time champion"
        named = compact(holder, set()) if holder is not None and holder.pos_ == "PROPN" else ""
    return (f"times {title} ({named})" if named else f"times {title}"), \
        f"times {role.lemma_.lower()}"


# those a title makes, which "N-time" counts: "four-time champion"
_TITLE_HOLDERS = {"champion", "winner", "medallist", "medalist", "finalist", "champ"}


def _span_of_sum(anchor, inside: set[int]) -> bool:
    """A time in which a sum or a count was made, which only says how fast: "The film took
    $50m in three days", "with 1.5bn yen ($14.3m) in two days"; what it measures is the
    deed, no noun of its own; also of a sum reached ("should rise to $9bn in four years",
    "its takings, over $61m in nine days")."""
    prep = anchor.head
    if anchor.dep_ != "pobj" or prep.lower_ not in ("in", "within") or prep.i > anchor.i:
        return False
    held = prep.head
    return held.i not in inside and (_money(held) and held.pos_ != "VERB" or any(
        (c.dep_ in ("dobj", "appos") or c.dep_ == "prep" and c.lower_ == "to")
        and c.i not in inside and any(_money(t) for t in c.subtree) for c in held.children))


def _being(verb):
    """The "being" of a passive participle that fills a time ("spent two days being
    questioned"), None for any other verb."""
    return next((c for c in verb.children if c.dep_ == "auxpass" and c.lower_ == "being"
                 and c.i < verb.i), None)


def _money(token) -> bool:
    """A token of a sum: "$50m", "1.5bn yen"."""
    return token.ent_type_ == "MONEY" or token.tag_ == "$"


def _time_used(anchor, inside: set[int]) -> tuple[str, str] | None:
    """A time someone spends, named by what they spend it doing or where: "my husband spent
    11 hours playing his Warcraft game" -> "playing his Warcraft game (husband)", "Dr
    Carpenter spent 20 years at Cern" -> "time at Cern (Dr Carpenter)", "people were
    spending an average of six hours in the building"."""
    obj = anchor
    if obj.dep_ == "pobj" and obj.head.lower_ == "of" and obj.head.head.lower_ in ("average",
                                                                               "total"):
        obj = obj.head.head  # "an average of six hours"
    verb = obj.head
    if obj.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() != "spend":
        return None  # (also "The next three weeks will be spent checking the ballots")
    doc = anchor.doc
    doing = next((c for c in verb.children if c.i > obj.i and (
                      c.tag_ == "VBG" or c.tag_ == "VBN" and _being(c) is not None)
                  and c.dep_ in ("xcomp", "advcl", "pcomp")
                  and not any(t.text == "," for t in doc[obj.right_edge.i:c.i])), None)
    # (not "spent four days in a hospital, claiming ...": an aside, not what fills the time)
    # (but "spent two days being questioned by police": a passive fills it)
    place = next((c for c in verb.children if c.dep_ == "prep" and c.i > obj.i
                  and c.lower_ in ("in", "at", "on", "with") and c.i not in inside), None)
    if doing is not None and (being := _being(doing)) is not None:
        phrase = text_of(doc)[being.idx:doing.idx + len(doing)]  # "being cross-examined"
    elif doing is not None:
        phrase = _deed(doing, inside, lambda c: c.i > c.head.i and (
            c.dep_ in ("dobj", "prt") or c.dep_ == "prep" and c.i == c.head.i + 1))
    elif place is not None:
        obj_of = next((c for c in place.children if c.dep_ == "pobj"), None)
        words = [t for t in place.subtree if t.i not in inside]
        if obj_of is None:
            phrase = "time spent"
        elif len(words) <= 5 and not any(t.is_punct for t in words):
            phrase = f"time {text_of(doc)[words[0].idx:words[-1].idx + len(words[-1])]}"
        else:  # "time at Cern", not "at Cern, the European Laboratory for ..."
            phrase = f"time {place.text} {compact(obj_of, inside)}"
    else:
        phrase = "time spent"
    doer = _own_subject(verb) if obj.dep_ == "dobj" else None  # a passive's is the time
    name = compact(doer, inside) if doer is not None and doer.pos_ in NOUNISH else ""
    return (f"{phrase} ({name})" if name else phrase), "time spent"


def _time_peak(anchor, inside: set[int]) -> tuple[str, str] | None:
    """"pushed US crude prices to four-month highs", "Oil prices retreated from four-month
    highs", "unemployment rose to a seventy-year high", "exports at a six-year high": the
    high or low that a time spans, with what is at it in brackets: "highs (US crude prices)",
    also what a "with" puts at it ("with inflation at a 12 year low" -> "low (inflation)")."""
    doc = anchor.doc
    after = max(inside) + 1
    level = doc[after] if after < len(doc) else None
    if level is None or level.lemma_.lower() not in ("high", "low", "peak", "trough") \
            or level.pos_ != "NOUN" and level.dep_ != "pobj" \
            and not any(c.dep_ == "det" for c in level.children):  # (the model tags "low"
        return None  # an adjective also where a preposition or an article takes it: "fell
        # to a 30 year low", "- a six-month high and well above forecasts")
    verb = level.head.head if level.dep_ == "pobj" else level.head
    if verb.dep_ in ("advmod", "prt") and verb.lower_ in ("back", "up", "down", "away", "off"):
        verb = verb.head  # "has bounced back from a three-year low": the low
    thing = None
    with_noun = doc[level.head.i - 1] if level.dep_ == "pobj" and level.head.lower_ == "at" \
        else None
    if with_noun is not None and with_noun.dep_ == "pobj" and with_noun.head.lower_ == "with" \
            and with_noun.pos_ in NOUNISH:
        thing = with_noun  # "with inflation at a ten-year low": the parse hangs the "at" on
        # the verb before
    elif level.dep_ == "pobj" and level.head.lower_ == "at" and verb.pos_ in NOUNISH \
            and verb.i not in inside:
        thing = verb  # "figures showed imports at a ten-year low": the imports are
    elif level.dep_ != "pobj" and level.left_edge.i > 0 \
            and doc[level.left_edge.i - 1].text in ("-", "\u2013", ","):
        thing = _counted_before(level, inside)  # "added 337,000 jobs in October - a
        # seven-month high": the high of what the figure before counts
    elif verb.pos_ == "NOUN" and verb.lemma_.lower() in MOVE_NOUNS and level.dep_ == "pobj":
        thing = next((o for o in prep_objects(verb, ("in", "of"))
                      if o.lemma_.lower() not in TIME_NOUNS), None)  # "the fall in the euro
        # to a six-week low" -> "low (euro)"; not "the biggest rise in a year"
        if thing is None and verb.dep_ == "npadvmod" and verb.head.pos_ == "VERB":
            raw = nsubj(verb.head)  # "Retail sales rose 2%, the biggest rise in a year, to
            thing = resolve(raw, verb.head) if raw is not None else None  # a six-month high"
        if thing is None:
            return level.text, level.lemma_.lower()
    elif verb.pos_ not in ("VERB", "AUX"):
        return None
    elif level.dep_ == "pobj":
        thing = next((c for c in verb.children if c.dep_ == "dobj" and c.i != level.i), None)
    if thing is None:
        raw = nsubj(verb)
        thing = resolve(raw, verb) if raw is not None else None
    name = noun_phrase(thing, inside, preps=CLAUSE_PREPS) \
        if thing is not None and thing.pos_ in NOUNISH else ""  # "Shares in Bombardier"
    return (f"{level.text} ({name})" if name else level.text), level.lemma_.lower()


def _counted_before(level, inside: set[int]):
    """The noun the nearest count before a high or a low in its sentence counts, where the
    high restates it after a dash or a comma; None where none is near."""
    doc = level.doc
    for t in reversed(doc[max(level.sent.start, level.i - 12):level.left_edge.i]):
        if t.like_num and t.i not in inside and t.dep_ == "nummod" and t.head.pos_ == "NOUN":
            return t.head
    return None


# verbs too light to name a time spent: "the event will see executives decamp for 11 days"
_LIGHT_VERBS = {"see", "make", "think", "have", "get", "be", "do", "go", "come", "give",
                "take", "let", "keep", "want", "need", "allow"}


def _time_spent(anchor, inside: set[int]) -> tuple[str, str]:
    """How long a doer does what the verb says, where a "for" phrase gives it: "the man who
    worked for him for six years" -> "worked for him (man)", "Sony, IBM and Toshiba, who
    have been working on the Cell processor for three years" -> "working on the Cell
    processor (Sony, IBM and Toshiba)", every name of the list; or the "in" phrase or the
    object of a race's verb: "Dibaba won in 14
    minutes 32.93 seconds" -> "won (Dibaba)", "Gardener clocked 6.56 seconds" -> "clocked
    (Gardener)"; the key is the verb's lemma."""
    often = _how_often(anchor)  # "every 11 months"
    if anchor.dep_ in ("dobj", "npadvmod") and anchor.head.pos_ == "VERB" \
            and anchor.head.lemma_.lower() in _TIMED_OBJECT_VERBS | _TIMED_DEEDS \
            and anchor.i > anchor.head.i and not (
                anchor.head.dep_ == "acl" and anchor.head.head.lemma_.lower() in COUNT_NOUNS):
        # (not "The number waiting over nine months", which `_head_subject` names)
        # (not "two years running")
        verb = anchor.head  # "Gardener clocked 6.56 seconds": the time the run took;
        # "patients who had waited six months": how long they waited; "the nurses work
        # just 37 hours": how long they do it
    elif (anchor.dep_ == "npadvmod" or anchor.dep_ == "dobj" and anchor.lower_ == "average") \
            and anchor.head.pos_ == "VERB" and anchor.i > anchor.head.i \
            and (any(c.dep_ == "npadvmod" and c.lemma_.lower() in ("day", "week")
                     and any(d.lower_ in ("a", "per", "each", "every") for d in c.children)
                     for c in [*anchor.children, *(g for o in prep_objects(anchor, ("of",))
                                                   for g in o.children)])
                 or often) \
            and not any(t.like_num for t in anchor.doc[anchor.head.i:anchor.left_edge.i]):
        verb = anchor.head  # "lets children play games on their tablets six hours a day":
        # how long a day they do it; "were hit every three to four weeks": how often (not
        # "are limited to one trip every two years": the trip's)
    elif anchor.dep_ != "pobj" or anchor.head.head.pos_ != "VERB" or not (
            anchor.head.lower_ == "for" or _deadline(anchor.head) or anchor.head.lower_ == "in"
            and anchor.head.head.lemma_.lower() in _TIMED_VERBS
            and not any(t.lower_ in ("first", "last") for c in anchor.head.head.children
                        if c.dep_ == "dobj" for t in c.subtree)):
        return "", ""  # not "won her first title in five years": how long since
    else:
        verb = anchor.head.head
    subj = nsubj(verb)
    doer = resolve(subj, verb)
    if subj is not None and (doer is None or doer.pos_ not in NOUNISH) \
            and verb.lemma_.lower() in _TIMED_VERBS \
            and (anchor.dep_ == "dobj" or anchor.head.lower_ == "in"):
        doer = verb  # "She clocked 7.12secs", "The 30-year-old ... clocked 8.12secs": the
        # race's deed, with no name where the parse gives none (not "ran alongside me one
        # day", "could have won but for the final ten minutes")
    if doer is None and anchor.head.lower_ == "for" and _infinitive(verb) \
            and any(c.dep_ == "dobj" for c in verb.children) \
            and not any(t.lower_ == "to" and t.nbor(-1).lower_ != "up"
                        for t in anchor.subtree if 0 < t.i < anchor.i):  # not "for ... to 15
        # hours", a level the parse hung on "for"
        doer = verb  # "the right to question suspects for 28 days": the deed, no one named
    for_ = anchor.head
    if (doer is None or doer.pos_ == "PRON") and subj is not None and subj.pos_ == "PRON" \
            and (for_.lower_ == "for" and not (for_.i and for_.doc[for_.i - 1].lower_ == "but")
                 or for_.i == verb.i and subj.lower_ in ("he", "she")):  # "He worked 14
        # hours a day"
        doer = verb  # "it had been used as a school for nine years", "I tried for three years": the
        # deed, whoever the pronoun stands for (not "would have drawn but for the final
        # three minutes")
    if doer is None or doer.pos_ not in NOUNISH | {"VERB"} \
            or verb.lemma_.lower() in PENALTY_VERBS or verb.lemma_.lower() in _LIGHT_VERBS \
            and not any(c.dep_ == "prt" for c in verb.children) and not _held_object(verb) \
            and not (often and any(c.dep_ in ("dobj", "auxpass") for c in verb.children)) \
            and not (
                _went_to_place(verb) and subj is not None
                and (subj.pos_ != "PRON" or subj.lower_ in ("who", *_STAYERS))
                and _may_be_person(doer)):
        # but "went off for 15 minutes", a deed of its own, and "students coming to
        # Britain for under three months", a stay, also of "who" or "they"
        return "", ""
    if _went_to_place(verb) and subj is not None and subj.lower_ in _STAYERS:
        doer = verb  # "if they come into Spain for two years": the stay alone, whoever
        # "they" are (not the subject of the clause it hangs on)
    negated = any(c.dep_ == "neg" for c in verb.children) and not any(
        t.lower_ in ("more", "longer", "over") for t in anchor.subtree if t.i < anchor.i)
    # (but "could not play more than 60 minutes" bounds the time, the deed is done)
    phrase = _deed(verb, inside, lambda c: _does(c, anchor) or negated and c.i < verb.i
                   and c.dep_ in ("aux", "auxpass", "neg"))  # "who hadn't flown for nine
    # years": the time without, named with its "not", also a passive's: "have not been
    # beaten in the cup by a lower side for nine years"
    name = with_partners(doer, compact(doer, inside), inside) if doer is not verb else ""
    return (f"{phrase} ({name})" if name else phrase), verb.lemma_.lower()


def _how_often(anchor) -> bool:
    """Whether a time says how often a deed recurs: "every 11 months"; with its object a
    light verb then names the deed ("get a new phone every 11 months")."""
    return any(t.lower_ == "every" for t in anchor.subtree if t.i < anchor.i)


def _held_object(verb) -> bool:
    """A light verb of taking, keeping or doing with a thing as its object, a deed of its own:
    "women who had been taking the pill for ten years", "has been doing the job for six
    years" (not "see executives decamp")."""
    return verb.lemma_.lower() in ("take", "keep", "do") and any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lower_ not in IDIOM_OBJECTS
        for c in verb.children)


def _deadline(prep) -> bool:
    """A "within" phrase on an active verb with an object, which gives the time the doer
    has to do it: "has promised to halve the deficit within five years" (the deed is
    "halve the deficit", not the deficit alone)."""
    verb = prep.head
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return prep.lower_ == "within" and bool(objects) \
        and not any(c.dep_ == "auxpass" for c in verb.children) \
        and not any(t.like_num for o in objects for t in o.subtree)  # (not "hit 40,000
    # websites within 24 hours": a figure of its own)


# the pronouns whose stay is named by the stay alone, whoever they stand for: "if they come
# into Spain for two years" -> "come into Spain"
_STAYERS = ("they", "he", "she")


def _went_to_place(verb) -> bool:
    """A "come" or "go" to a place, whose "for" phrase says how long one stays there:
    "students coming to Britain for under three months"."""
    return verb.lemma_.lower() in ("come", "go") and any(
        c.dep_ == "prep" and c.lower_ in ("to", "into") and c.i == verb.i + 1
        and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children)
        for c in verb.children)


# a race's verbs in the past, which the small model may tag as adjectives before the time
_RACE_VERBS_PAST = {"clocked", "ran", "swam", "cycled", "recorded", "posted"}


def _race_verb_as_adjective(anchor):
    """A race's verb in the past the parse made an adjective right before the time:
    "cleared 5.20m in the pole vault and clocked 7.12secs" ("clocked" on "secs", or a
    conjunct of the object before)."""
    i = anchor.i - 1
    while i > 0 and (anchor.doc[i].like_num or anchor.doc[i].is_punct):
        i -= 1
    word = anchor.doc[i]
    return word if i < anchor.i - 1 and word.pos_ == "ADJ" and word.lower_ in _RACE_VERBS_PAST \
        else None


def _time_in_state(anchor, inside: set[int]) -> tuple[str, str] | None:
    """How long a doer is in a state, where the figure's "for" phrase on "be" (or "stay",
    "remain") says, named by the state: "the page has been offline for the last week" ->
    "offline (page)", "Hale will be out for eight weeks" -> "out (Hale)", also a spell
    faced, had or been with the state after it ("Hale faces eight weeks out" -> "out
    (Hale)", "that was another three weeks out") or "after" which one comes back ("after
    six months out" -> "out"); None otherwise
    (not a comparative, "was 5% higher for the year", nor "will be ready for", "was
    delighted ... for over two months")."""
    state = anchor.doc[max(inside) + 1] if max(inside) + 1 < len(anchor.doc) else None
    if anchor.dep_ == "pobj" and anchor.head.lower_ in ("after", "following") \
            and state is not None and state.lower_ in _STATES and state.pos_ != "ADJ":
        return state.lower_, state.lemma_.lower()  # "The return of Tom Hale after six
        # months out with a torn hamstring": the spell out
    if anchor.dep_ == "npadvmod" and state is not None and anchor.head.i == state.i \
            and state.lower_ in _STATES and state.head.lemma_ in _FACING \
            and not (state.head.lemma_ == "be" and state.lower_ == "away"):  # (not "The
        # poll may be 16 weeks away": a time until it)
        # "faces eight weeks out after knee surgery": the spell faced
        return _state_with_doer(state.lower_, state.lemma_.lower(), state.head, inside)
    if anchor.dep_ == "npadvmod" and (anchor.head.lemma_ in _BEING
                                      or anchor.head.head.lemma_ in _BEING):
        return _state_before_span(anchor, inside)
    if anchor.dep_ != "pobj" or anchor.head.lower_ != "for":
        return None
    holder = anchor.head.head
    made = _state_made(holder, anchor, inside)
    if made is not None:
        return made
    held = _out_of_holding(holder)
    if holder.lower_ in _STATES and holder.dep_ in ("acomp", "oprd") \
            and holder.head.lemma_ in _BEING:
        state, verb = holder, holder.head
    elif holder.lemma_ in _BEING:
        state, verb = next((c for c in holder.children if c.i < anchor.head.i and (
            c.dep_ in ("advmod", "prt", "acomp") and c.lower_ in _STATES
            or _out_of(c))), None), holder
    elif held is not None:
        state, verb = held, held.head  # "will be out of action for six weeks", the "for"
        # hung on "action"
    else:
        return None
    words, key = (state.lower_, state.lemma_.lower()) if state is not None \
        else _tie(holder, anchor)
    if state is not None and (_out_of(state) or state == held):
        words = key = " ".join(t.lower_ for t in state.subtree
                               if t.i < anchor.head.i)  # "out of action"
    if not words:
        return None
    return _state_with_doer(words, key, verb, inside)


def _state_with_doer(words: str, key: str, verb, inside: set[int]) -> tuple[str, str]:
    """A state's words with the one `verb` puts in it in brackets, where a noun names them
    ("out (Hale)"); the words alone for a pronoun or none."""
    doer = resolve(nsubj(verb), verb)
    if doer is not None and doer.dep_ == "appos" and doer.head.pos_ == "PROPN":
        doer = doer.head  # "Ms Hale, herself a keen golfer who had been": Ms Hale
    if doer is None or doer.pos_ not in NOUNISH:
        return words, key
    return f"{words} ({compact(doer, inside)})", key


def _state_before_span(anchor, inside: set[int]) -> tuple[str, str] | None:
    """How long one is in a state written right before the span with no "for": "I have been
    here two years" -> "here", "Hale has been out six weeks" -> "out (Hale)"."""
    first = anchor.doc[anchor.left_edge.i]
    state = anchor.doc[first.i - 1] if first.i > 0 else None
    verb = anchor.head if anchor.head.lemma_ in _BEING else anchor.head.head  # (the parse
    # may hang the span on the state: "been out six weeks")
    if state is None or state.head.i != verb.i or state.dep_ not in ("advmod", "acomp") \
            or state.lower_ not in _STATES or anchor.head.i not in (verb.i, state.i):
        return None
    return _state_with_doer(state.lower_, state.lemma_.lower(), verb, inside)


def _state_made(holder, anchor, inside: set[int]) -> tuple[str, str] | None:
    """How long a thing is kept in a state one makes, leaves or keeps it in, named by the
    state and the thing: "A flood of requests made the website unusable for six hours" ->
    "unusable (website)", "Police kept the road closed for six hours" -> "closed (road)";
    None otherwise."""
    verb = holder if holder.lemma_ in _MAKING else holder.head \
        if holder.dep_ in ("ccomp", "oprd", "acomp") and holder.head.lemma_ in _MAKING else None
    if verb is None:
        return None
    state = holder if holder.i != verb.i else next(
        (c for c in verb.children if c.dep_ in ("ccomp", "oprd", "acomp")
         and c.i < anchor.head.i), None)
    if state is None or not (state.pos_ == "ADJ" or state.tag_ == "VBN") or any(
            c.dep_ not in ("nsubj", "advmod", "prep") for c in state.children):
        return None
    thing = next((c for c in [*verb.children, *state.children]
                  if c.dep_ in ("dobj", "nsubj") and verb.i < c.i < state.i), None)
    if thing is None or thing.pos_ not in ("NOUN", "PROPN") or thing.i in inside:
        return None
    return f"{state.text} ({compact(thing, inside)})", state.lemma_.lower()


# verbs that put a thing in a state for a time: "made the website unusable for six hours"
_MAKING = {"make", "leave", "keep", "render"}


def _out_of_holding(noun):
    """The "out" of an "out of" phrase of a state on "be" whose noun the parse hung the
    figure's "for" on: "will be out of action for six weeks" -> out; else None."""
    of = noun.head
    out = of.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or out.lower_ != "out" or out.dep_ != "prep" \
            or out.head.lemma_ not in _BEING or noun.i - out.i > 3:
        return None
    return out


def _out_of(word) -> bool:
    """Whether `word` is an "out of" phrase of a state, up to four words, that the parse hung
    on the verb as a phrase: "has been out of action", "was out of work"."""
    return word.dep_ == "prep" and word.lower_ == "out" \
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in word.children) \
        and len(list(word.subtree)) <= 4 and not any(t.like_num for t in word.subtree)


def _time_until(anchor, inside: set[int]) -> tuple[str, str] | None:
    """The time until a thing a "be" puts a span "away": "The vote may still be about 12
    weeks away" -> "time until vote"; None otherwise."""
    away = anchor.head
    after = away.doc[away.i + 1] if away.i + 1 < len(away.doc) else None
    if anchor.dep_ != "npadvmod" or away.lower_ != "away" or away.head.lemma_ != "be" \
            or after is not None and not (after.is_punct or after.is_space):
        return None  # (not "her mind is 6,000 years away in the forest", a distance)
    thing = nsubj(away.head)
    if thing is None or thing.pos_ not in ("NOUN", "PROPN") or thing.i in inside:
        return None
    return f"time until {noun_phrase(thing, inside, with_preps=False)}", "time until"


def _tie(verb, anchor) -> tuple[str, str]:
    """The words and key of a tie with another that a "be" before the figure's "for" puts
    one in ("had been friends with Lee for 40 years" -> "friends with Lee", friend), up to
    five words and no figure; ("", "") where there is none."""
    tie = next((c for c in verb.children if c.dep_ == "attr" and c.i < anchor.head.i
                and c.lemma_.lower() in _TIES), None)
    words = tie.doc[tie.i:tie.right_edge.i + 1] if tie is not None else []
    if not words or len(words) > 5 or any(t.like_num for t in words):
        return "", ""
    return words.text, tie.lemma_.lower()


# the nouns of a tie one has been in with another, or of a place or a role one has held,
# for a time: "had been friends with Lee for 40 years" -> "friends with Lee", "have been a
# part of the firm for 29 years" -> "part of the firm", "has been chairman for ten years"
_TIES = {"friend", "partner", "colleague", "rival", "neighbour", "teammate", "ally",
         "husband", "wife", "couple", "part", "member", "chairman", "chairwoman", "president",
         "director", "manager", "coach", "captain", "leader", "boss", "editor", "owner",
         "champion", "employee", "resident", "citizen"}
# the verbs of being in a state, and the words of a state one is in for a time after them:
# "be out for six weeks", "will stay closed for two days"
_BEING = {"be", "stay", "remain"}
# the verbs that face, have or are a spell in a state written after it: "faces eight
# weeks out", "that was another three weeks out"
_FACING = {"face", "need", "expect", "fear", "spend", "have", "be"}
_STATES = {"out", "off", "away", "closed", "shut", "down", "offline", "missing", "absent",
           "injured", "sidelined", "unavailable", "suspended", "idle", "unemployed", "vacant",
           "empty", "ill", "sick", "dormant", "silent", "inactive", "together", "apart",
           "unbeaten", "open", "abroad", "alive", "free", "here"}


def _time_where(anchor, inside: set[int]) -> tuple[str, str] | None:
    """A time spent that a "be" or the span's own phrase names by where it was spent, as
    "time in prison" is: "Jones had been in the orchestra for 12 years" -> "time in
    orchestra (Jones)", "after nine years with the bank" -> "time with bank"."""
    if anchor.dep_ != "pobj" or anchor.head.lower_ not in ("for", "after"):
        return None
    where = _where_phrase(anchor, inside, ("in", "at", "with"))  # "nine years with the
    # bank"
    doer = None
    verb = anchor.head.head
    if where is None and anchor.head.lower_ == "for" and verb.lemma_ == "be":
        where = _where_phrase(verb, inside, ("in", "at"))  # "had been in the band for"; not
        # "may be out for a month with a bad back", a cause
        doer = resolve(nsubj(verb), verb)
    if where is None:
        return None
    name = compact(doer, inside) if doer is not None and doer.pos_ in NOUNISH else ""
    phrase = f"time {where[0].lower_} {noun_phrase(where[1], inside, with_preps=False)}"
    return (f"{phrase} ({name})" if name else phrase), "time"


def _where_phrase(head, inside: set[int], preps: tuple[str, ...]):
    """The phrase on `head` that says where a time was spent, as its preposition and its
    noun: "in the band", "with the company"; none for a time ("at that point") or a figure."""
    for prep in head.children:
        place = next((o for o in prep.children if o.dep_ == "pobj"), None) \
            if prep.dep_ == "prep" and prep.lower_ in preps else None
        if place is not None and place.pos_ in NOUNISH and place.i not in inside \
                and place.ent_type_ not in ("DATE", "TIME") and not place.like_num \
                and place.lemma_.lower() not in TIME_NOUNS | _MOMENTS:
            return prep, place
    return None


# nouns of a point in time, which no time is spent in
_MOMENTS = {"point", "stage", "moment", "time", "juncture"}


def _deed_of_count(anchor, inside: set[int]) -> tuple[str, str]:
    """What a bare count that is the subject of a verb did, as the verb and its object or
    first phrase say, the way a participle names those it counts ("15 injured"):
    "Thousands marched through London" -> "marched through London", "More than 200
    attended the meeting" -> "attended the meeting"; not a verb of saying, being or having."""
    verb = anchor.head
    if anchor.dep_ == "nsubjpass":
        return _done_to_count(anchor)
    if anchor.dep_ != "nsubj" or verb.pos_ != "VERB" or anchor.i > verb.i \
            or verb.lemma_.lower() in REPORTING_VERBS | _LIGHT_VERBS \
            or anchor.lower_ == "one" or any("-" in t.text for t in anchor.subtree) \
            or any(c.dep_ == "prep" and c.lower_ == "of" for c in anchor.children):
        return "", ""  # not "Five said", "two of them were", "lets one slip", "the 737-800"
    first = next((c for c in verb.rights if c.dep_ == "prep" and not any(
        t.like_num or t.ent_type_ in ("DATE", "TIME") for t in c.subtree)), None)
    phrase = _deed(verb, inside, lambda c: c.i > verb.i and (
        c.dep_ == "prt" or c.dep_ == "dobj" and c.ent_type_ not in ("DATE", "TIME")
        or first is not None and c.i == first.i
        or c.dep_ == "advmod" and c.lower_ in PARTICLE_ADVERBS
        and not any(t.like_num for t in c.subtree)))
    # (not "on Sunday" nor "over 30 years"; but "cutting back on the dollar")
    if verb.lemma_.lower() in _DEATHS and not _things_counted_before(anchor):
        return f"people who {phrase}", "people"  # "the disaster in which 96 died"
    return phrase, verb.lemma_.lower()


# verbs of dying, whose bare count counts people, as a verb of harm's does (`_HARMED`)
_DEATHS = {"die", "perish", "drown"}


def _things_counted_before(anchor) -> bool:
    """Whether the figure's sentence counts things, not people, before it ("killing 91 foxes
    - only four were killed"), which a bare count after may be of."""
    return any(t.i < anchor.i and t.pos_ == "NOUN" and not _may_be_person(t)
               and any(c.dep_ == "nummod" and c.ent_type_ not in ("DATE", "TIME")
                       for c in t.children) for t in anchor.sent)  # (not "the 1989 fire")


def _done_to_count(anchor) -> tuple[str, str]:
    """What a passive did to a bare count that is its subject, as a participle names those
    it counts: "More than 300 were arrested" -> arrested; a verb of harm's counts people
    ("At least 40 were killed" -> "people killed", as "killed at least 40" does:
    `_people_harmed`), unless its sentence counts other things before it ("91 foxes - only
    four were killed" -> killed)."""
    verb = anchor.head
    if anchor.i > verb.i or any("-" in t.text or t.lower_ == "of" for t in anchor.subtree):
        return "", ""
    done = _done_to(anchor, anchor, bare=True)
    if not done:
        return "", ""
    if verb.lemma_.lower() in _HARMED and not _things_counted_before(anchor):
        return f"people {done}", "people"
    return done, verb.lemma_.lower()


def _infinitive(verb) -> bool:
    """A verb in its "to" form that hangs on a noun or another verb ("the power to detain",
    "plans to keep"), whose doer its sentence need not name."""
    return verb.dep_ in ("acl", "xcomp") and verb.tag_ == "VB" \
        and to_form(verb)


# verbs whose "in" phrase gives the time a race or a run took
_TIMED_VERBS = {"win", "finish", "qualify", "complete", "run", "clock", "cover", "swim", "cycle"}
# verbs whose object is the time a race or a run took: "Gardener clocked 6.56 seconds"
# (not "should cover the four months before polling day")
_TIMED_OBJECT_VERBS = {"run", "clock", "swim", "cycle", "record", "post"}
# verbs of a deed whose object may be how long one does it: "the nurses work just 37
# hours", "could not play more than 60 minutes"
_TIMED_DEEDS = {"wait", "work", "play", "train", "practise", "practice", "sleep", "study",
                "queue", "talk", "sing", "perform", "fly", "drive", "walk"}
# the end of a race, which a runner crosses "in" a time
_FINISH_NOUNS = {"line", "finish", "tape"}


def _best_before(anchor, inside: set[int]) -> tuple[str, str] | None:
    """A race's time the words right before it call a best: "came third in a season's
    best 8:52.10" -> "season's best", "in a personal best 3:58.20" -> "personal best"; else
    None."""
    doc = anchor.doc
    best = doc[min(inside) - 1] if min(inside) > 0 else None
    if best is None or best.lower_ != "best" or best.tag_ != "JJS":
        return None
    start = best.i  # back over the words that say whose best, however the parse hangs them
    while start > best.i - 3 and doc[start - 1].pos_ in ("NOUN", "PROPN", "ADJ", "PART") \
            and doc[start - 1].dep_ != "det":
        start -= 1
    phrase = doc[start:best.i + 1].text
    return phrase, phrase.lower()


def _finish_crossed(anchor):
    """The verb that takes a runner over the end of a race in a time by the clock or in
    seconds or minutes: "crossed the line in 2:01.45", "glided across the finish in
    4:05.12", "crossed the line in 6.67 secs" -> crossed, glided; else None."""
    if anchor.dep_ != "pobj" or anchor.head.lower_ != "in" or ":" not in anchor.text and (
            not unitlike(anchor) or not any(c.like_num for c in anchor.children)):
        return None  # (also "crossed the line in 6.67 secs": a time's unit)
    end = anchor.head.head
    if end.pos_ == "VERB":  # "glided across the finish in 4:05.12", "in" on the verb
        end = next((t for t in end.subtree if t.i < anchor.head.i
                    and t.lemma_.lower() in _FINISH_NOUNS), end)
    if end.lemma_.lower() not in _FINISH_NOUNS:
        return None
    verb = end.head.head if end.dep_ == "pobj" else end.head
    return verb if verb.pos_ == "VERB" and end.dep_ in ("pobj", "dobj") else None


def _times_done(anchor, inside: set[int]) -> tuple[str, str]:
    """How many times a doer does what the verb says: "The Bank of England raised interest
    rates five times" -> "raised interest rates (Bank of England)", also in each of a period
    ("The committee meets eight times a year" -> "meets (committee)"); the key is the
    verb's lemma.  Not a multiple ("three times as many")."""
    doc = anchor.doc
    times = doc[max(inside) + 1] if max(inside) + 1 < len(doc) else None
    nxt = doc[times.i + 1] if times is not None and times.i + 1 < len(doc) else None
    each = nxt is not None and nxt.lower_ in ("a", "an", "per") and times.i + 2 < len(doc) \
        and doc[times.i + 2].lemma_.lower() in TIME_NOUNS  # "three times a week": a rate
    if times is None or times.lower_ not in ("times", "time") \
            or times.dep_ != "npadvmod" and not (each and times.dep_ == "dobj") \
            or times.head.pos_ != "VERB" or anchor.head.i != times.i:
        return "", ""  # (the parse may make the times of a rate the verb's object: "meets
        # eight times a year")
    verb = times.head
    if nxt is not None and not each and (
            nxt.lower_ in ("a", "an", "per", "as", "more", "less", "the")
            and not (nxt.lower_ == "as" and nxt.dep_ == "mark") or nxt.tag_ in ("JJR", "RBR")):
        return "", ""  # "three times as many", "four times higher", "three times the
        # price"; but "was attacked six times as the rebels pushed on": a clause of its own
    if verb.lemma_.lower() in _LIGHT_VERBS or any(c.dep_ == "neg" for c in verb.children):
        return "", ""
    if verb.lower_ in CHANGE_UP | CHANGE_DOWN and anchor.text.replace(",", "").isdigit() \
            and int(anchor.text.replace(",", "")) > MOST_OCCASIONS:
        return "", ""  # "computing speed has leapt 500,000 times": a multiple (`readings`)
        # of what moves, not how often it moved ("Base rates rose six times")
    doer = _own_subject(verb)
    if doer is not None and doer.pos_ not in NOUNISH and not name_like(doer):
        doer = None  # "She has won the title five times": the deed alone; "prompting the
        # Fed to increase rates five times": not the economy that prompts
    phrase = _deed(verb, inside | {times.i}, lambda c: c.i > verb.i and c.dep_ in ("dobj", "prt")
                   and c.i != times.i and not (each and c.i == times.i + 2))
    name = compact(doer, inside) if doer is not None else ""
    return (f"{phrase} ({name})" if name else phrase), verb.lemma_.lower()


def _deed(verb, inside: set[int], does) -> str:
    """What a doer does, as written: the verb with the children `does` keeps ("hosted the
    Tonight Show"), or the verb and its object's name where that runs long ("supply Great
    Britain squads", not "supply Great Britain squads of all ages with their kit"), or what
    "which" stands for ("the record, which El Guerrouj has held")."""
    doc = verb.doc
    words = [verb.i, *(t.i for c in verb.children if does(c) for t in c.subtree)]
    words += [t.i for t in hyphened_after(verb, inside)]
    run = [doc[i] for i in sorted(set(words)) if i not in inside]
    run = contiguous(run, verb) if run else []
    while run and run[0].i < verb.i and run[0].text[:1] in ("'", "’"):
        run = run[1:]  # "They've not won": "not won", not "'ve not won"
    if verb.dep_ == "relcl" and any(c.dep_ == "dobj" and c.tag_ == "WDT" and c.i < verb.i
                                    for c in verb.children):
        return f"{_verb_words(verb)} {compact(verb.head, inside)}"
    if 0 < len(run) <= 6:
        return text_of(doc)[run[0].idx:run[-1].idx + len(run[-1])]
    lead = [t for t in run if t.i < verb.i and t.dep_ in ("aux", "auxpass", "neg")]
    thing = next((c for c in verb.children if c.dep_ == "dobj" and c.i not in inside), None)
    return "".join(t.text_with_ws for t in lead) + _verb_words(verb) \
        + (f" {compact(thing, inside)}" if thing is not None else "")  # (with its "not":
    # "have not been beaten")


def _does(child, anchor) -> bool:
    """A word that says what a verb of a time spent does: its object, particle or first
    phrase ("worked for him", "working on the Cell processor"), not the time's own "for" nor
    the time itself ("waited more than three months"), nor one with a figure of its own."""
    return child.i > child.head.i and child.i != anchor.head.i \
        and not child.left_edge.i <= anchor.i <= child.right_edge.i and (
        child.dep_ in ("prt", "agent") or child.dep_ == "dobj" and not (
            child.lower_ in ("average", "total") and any(t.like_num for t in child.subtree))
        # (not "an average of 18 hours a day" of "worked ..., six days a week": another time)
        or child.dep_ == "prep" and child.lower_ != "for"
        and not any(t.like_num for t in child.subtree)
        or child.dep_ == "prep" and child.lower_ == "for" and child.i < anchor.head.i)


def _cost_to(anchor, inside: set[int]) -> tuple[str, str] | None:
    """What a sum that "it" costs is the cost of, where an infinitive after it says: "It
    will cost $5bn to rebuild the port" -> "cost to rebuild the port", or a clause that
    is the verb's subject: "Keeping the troops there could cost £1bn" -> "cost of keeping
    the troops"; else None."""
    t = _phrase_word(anchor, ("nummod", "compound", "quantmod", "nmod"))
    verb = t.head
    if t.dep_ not in ("dobj", "npadvmod") or verb.lemma_.lower() != "cost":
        return None
    doing = _gerund_subject(verb)
    if doing is not None:
        phrase = _deed(doing, inside, lambda c: c.i > doing.i and c.dep_ in ("dobj", "prt"))
        return f"cost of {phrase[:1].lower()}{phrase[1:]}", "cost"
    if (subj := nsubj(verb)) is not None and subj.lower_ != "it":
        return None
    aim = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB"
                and to_form(c)), None)
    if aim is None:
        return None
    phrase = _deed(aim, inside, lambda c: c.i > aim.i and c.dep_ in ("dobj", "prt"))
    return f"cost to {phrase}", "cost"


def _gerund_subject(verb):
    """The gerund whose clause is the subject of `verb` ("Repairing the bridge would cost",
    "Building the stadium took"); None where there is none."""
    return next((c for c in verb.children if c.dep_ == "csubj" and c.tag_ == "VBG"), None)


def _time_taken(anchor, inside: set[int]) -> tuple[str, str] | None:
    """"Williams took just 56 minutes to defeat Mirza", "it took Vodafone nine years to rack
    up its first million customers": the time to do what the infinitive says, its doer in
    brackets ("time to defeat Mirza (Williams)"), and the key ("time to defeat"); also
    of a gerund that is the subject of "take": "Building the stadium took three years" ->
    "time to build the stadium", as "cost of repairing the bridge" is (`_cost_to`)."""
    verb = anchor.head
    if anchor.dep_ == "npadvmod" and verb.dep_ == "mark":
        verb = verb.head  # "It took over 10 hours before Tom knew": the time parsed onto
        # the clause's "before"
    if anchor.dep_ == "npadvmod" and verb.dep_ == "advcl" and (
            verb.head.lemma_ == "take" or _it_is(verb.head)):
        return _time_before(verb.head, inside)  # ... or onto the clause after it, also
        # after "it is": "it may be seven years before the agency is fit to serve"
    if anchor.dep_ == "npadvmod" and verb.lemma_ == "take":
        return _time_before(verb, inside)  # ... or onto the verb as a phrase of its own
    lemma = verb.lemma_.lower()
    if anchor.dep_ != "dobj" or lemma not in _TIME_GIVING:
        return None
    aim = next((c for c in [*verb.children, *anchor.children]
                if c.dep_ in ("xcomp", "advcl", "relcl", "acl") and c.tag_ == "VB"
                and to_form(c)), None)
    doing = _gerund_subject(verb)
    if aim is None and doing is not None and lemma == "take":
        words = list(doing.subtree)  # whole where short: "checking that the menus worked"
        phrase = text_of(doing.doc)[doing.idx:words[-1].idx + len(words[-1])] \
            if len(words) <= 8 and words[0].i == doing.i and not any(
                t.i in inside or t.like_num for t in words) \
            else _deed(doing, inside, lambda c: c.i > doing.i and c.dep_ in ("dobj", "prt"))
        return f"time to {doing.lemma_.lower()}{phrase[len(doing.text):]}", \
            f"time to {doing.lemma_.lower()}"  # "Building the stadium took three years"
    if aim is None:
        return _time_before(verb, inside) if lemma == "take" else None
    words = [aim.i, *(t.i for c in aim.children if c.dep_ in ("dobj", "prt")
                      and not any(g.text[:1].isdigit() for g in c.subtree)  # not "earn his 4-6 6-3"
                      for t in c.subtree)]
    doc = anchor.doc
    last = doc[min(max(words), aim.i + 5)]
    phrase = text_of(doc)[aim.idx:last.idx + len(last)]
    given = next((c for c in verb.children if c.dep_ == "dative" and c.i not in inside), None)
    doer = given if lemma in _TIME_GIVING[:4] and given is not None else resolve(nsubj(verb), verb)
    if doer is None or doer.pos_ == "PRON":  # "it took Vodafone nine years"
        doer = next((c for c in verb.children if c.dep_ in ("dative", "dobj")
                     and c.i not in inside and c.pos_ == "PROPN"), None)
    name = compact(doer, inside) if doer is not None else ""
    if name == "old":
        name = ""  # "the 17-year-old took 83 minutes": an age, not a name
    key = f"time to {aim.lemma_.lower()}"
    return (f"time to {phrase} ({name})" if name else f"time to {phrase}"), key


def _it_is(verb) -> bool:
    """Whether `verb` is the "be" of an "it" that stands for no thing: "it will be months
    before ..."."""
    return verb.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lower_ == "it"
                                       for c in verb.children)


def _time_before(verb, inside: set[int]) -> tuple[str, str] | None:
    """"It took over 10 hours before Tom knew he would miss the Games", "It could take up to
    12 years before Serbia is able to join": the time that passed before what the clause
    says, as "took 56 minutes to defeat Mirza" is the time to do it ("time before Serbia is
    able to join"), also what a "for" phrase with an infinitive says ("it took ten years for
    the first service to be launched" -> "time for first service to be launched"), what a
    long clause says was known left out; None where no "before" or "until" clause nor such
    a phrase follows."""
    clause = next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and any(
        m.dep_ == "mark" and (m.lower_ in ("before", "until") or m.lower_ == "for" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)) for m in c.children)),
        None)  # (also "for the roof to be finished", which the parse may read so)
    mark = next((m for m in clause.children if m.dep_ == "mark"), None) \
        if clause is not None else _for_to_do(verb)
    if mark is None or mark.i < max(inside):
        return None
    words = [t for t in (clause or mark).subtree if t.i > mark.i and not t.is_punct]
    if words and words[0].lower_ in ("the", "a", "an"):
        words = words[1:]
    if len(words) > 9 and clause is not None:  # "before Tom was told for sure (that he
        said = {t.i for c in clause.children if c.dep_ == "ccomp" for t in c.subtree}
        words = [t for t in words if t.i not in said]  # could not race at the Games)"
    words = words[:9]
    while words and (words[-1].pos_ in ("DET", "ADP", "CCONJ") or words[-1].dep_ == "compound"):
        words.pop()  # not "... a film version of The" cut from "of The Hobbit"
    if not words:
        return None
    said = text_of(verb.doc)[words[0].idx:words[-1].idx + len(words[-1])]
    return f"time {mark.lower_} {_QUOTE_MARKS.sub('', said)}", f"time {mark.lower_}"


_QUOTE_MARKS = re.compile("[\"\u201c\u201d]")


def _for_to_do(verb):
    """The "for" of "took ten years for the service to be launched": a phrase on the verb
    whose noun an infinitive follows; None for any other."""
    return next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
                 and c.i > verb.i and any(o.dep_ == "pobj" and any(
                     a.tag_ in ("VB", "VBN") and a.dep_ in ("relcl", "acl") and any(
                         t.lower_ == "to" for t in a.children if t.dep_ == "aux")
                     for a in o.children) for o in c.children)), None)


# verbs of a time to do something: given to whom their dative names ("gave the firm 14 days
# to respond"; the first four), else had or taken by their subject ("Viacom has five days
# to pay", "Williams took 56 minutes to defeat Mirza"; a passive's subject is given it)
_TIME_GIVING = ("give", "grant", "allow", "offer", "take", "have", "get", "need")

# what a crime does with its term: "punishable by", "carries a sentence of"
_CARRYING = {"punishable", "carry", "attract"}


def _penalty_received(anchor, head, inside: set[int]) -> tuple[str, str] | None:
    """Who serves a penalty the figure sizes, where a verb of serving has it as its object
    ("the cyclist has received a two-year ban", "must serve two years probation", "was given
    a £5,000 fine"), as a name ("" where none is), and the penalty's noun; None for any other
    figure."""
    def named(token):  # both of a pair: "Jo Lee and Ann Day, who each face a ten-year term"
        return with_partners(token, compact(token, inside), inside) \
            if token is not None and token.pos_ in NOUNISH else ""

    noun = head if head is not None else anchor
    if head is None and anchor.dep_ == "conj":  # "a ban of between three months and one
        noun = anchor.head  # year": the second term of the same ban
        noun = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    penalty = noun.lemma_.lower() if noun.lemma_.lower() in _PENALTY_NOUNS else next(
        (c.lemma_.lower() for c in noun.children if c.lemma_.lower() in _PENALTY_NOUNS
         and c.dep_ in ("compound", "npadvmod", "appos")), None)  # "three years probation"
    if penalty is None:
        return None
    while noun.dep_ == "conj" and noun.head.pos_ in NOUNISH:
        noun = noun.head  # "received a prison term and a fine of $90,000": both his
    verb = noun.head
    if noun.dep_ in ("pobj", "dobj") and verb.lower_ in _BACK_FROM \
            and verb.dep_ in ("prep", "advcl"):
        doer = nsubj(verb.head)  # "Zoe Hale is back in the squad after a three-month ban":
        # the one back from it served it
        doer = resolve(doer, verb.head) if doer is not None else None
        return named(doer), penalty
    if noun.dep_ == "nsubjpass" and verb.lemma_.lower() in ("give", "hand", "impose"):
        to = next(prep_objects(verb, ("to", "on")), None)  # "A jail term of 30 months was
        # handed down to Reed": the one it was handed to serves it
        return named(to), penalty
    handed = verb.lemma_.lower() in ("give", "hand") and any(c.dep_ == "nsubjpass"
                                                           for c in verb.children)
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in SERVING_VERBS and not handed:
        return None  # (a passive "was given a £5,000 fine" is served by its subject too)
    doer = nsubj(verb)
    doer = resolve(doer, verb) if doer is not None else None
    return named(doer), penalty


def _penalty_imposed(head, inside: set[int]) -> tuple[str, str, str] | None:
    """(subject, key, imposer) of a penalty a verb of imposing puts "on" or "against" one
    who serves it, whether the verb takes the penalty ("imposing four-year suspensions on
    the sprinters"), holds it in the passive ("fines of up to £5,000 would be levied on
    landlords") or is a participle on it ("the watchdog's £400,000 fine levied against
    Corvex Radio"): the penalty as written named for the one who serves it ("fine (Corvex
    Radio)", "suspensions (sprinters)"), and the owner who imposes it, if any (watchdog);
    None for any other figure."""
    if head is None or head.lemma_.lower() not in _IMPOSED_NOUNS:
        return None
    verbs = [v for v in _verbs_of_penalty(head)
             if v.pos_ == "VERB" and v.lemma_.lower() in _IMPOSING]
    served = next((o for t in [*verbs, head] for o in prep_objects(t, ("on", "against"))
                   if o.pos_ in NOUNISH and o.i not in inside
                   and o.ent_type_ not in ("DATE", "TIME")), None) if verbs else None
    if served is None:  # (not "on 22 December")
        return None
    owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    return f"{head.text} ({compact(served, inside)})", head.lemma_.lower(), \
        owner_name(owner, inside) if owner is not None else ""


def _verbs_of_penalty(noun) -> list:
    """The verbs a penalty's noun is the object of, the subject of in the passive, or has as
    a participle, also one the parse took for the clause's verb ("the watchdog's fine levied
    against ..." read as "fine levied", a past with no auxiliary nor object)."""
    verb = noun.head
    taken = noun.dep_ in ("dobj", "nsubjpass") or noun.dep_ == "nsubj" \
        and verb.tag_ in ("VBD", "VBN") and not any(c.dep_ in ("aux", "dobj")
                                                      for c in verb.children)
    return ([verb] if taken else []) + [c for c in noun.children
                                        if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")]


# verbs by which a penalty is put on the one who serves it
_IMPOSING = {"impose", "levy", "slap"}
# the words of a time after a penalty served, before the deed of the one who served it
_BACK_FROM = {"after", "following", "from"}
# the nouns of penalties one serves
_PENALTY_NOUNS = {*PENALTY_VERBS.values(), "probation", "term"}
# the penalties one imposes on another (`_penalty_imposed`)
_IMPOSED_NOUNS = _PENALTY_NOUNS | {"penalty", "sanction"}


def _served_read(received: tuple[str, str], subject: str, key: str) -> tuple[str, str]:
    """(subject, key) of a penalty's term with who serves it (`_penalty_received`) in
    brackets, also where the subject fell back on them ("is facing a ban of between three
    months and one year": the second term's)."""
    served, penalty = received
    named = _penalty_for(penalty, served, subject)
    if named is not None:
        return named, penalty
    if served and "(" not in subject and served not in subject:
        return f"{subject} ({served})", key
    return subject, key


def _penalty_read(penalty, inside: set[int], subject: str, key: str) -> tuple[str, str, str]:
    """(subject, key, actor) of a figure of a penalty (`penalty` is its verb and noun): who
    imposes it acts ("the IAAF banned him for two years"), and a subject that fell back on
    the one punished names the penalty for them ("saw Zeta fined a record $400,000 by state
    regulators" -> "fine (Zeta)"; not one a pronoun stands for: "it could be fined")."""
    verb, noun = penalty
    served, actor = _penalty_parties(verb, inside)
    named = _penalty_for(noun, served, subject)
    if named is not None:
        pronoun = any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON"
                      for c in verb.children)
        return (noun if pronoun else named), noun, actor
    return subject, key, actor


def _penalty_for(penalty: str, served: str, subject: str) -> str | None:
    """A penalty named for the one who serves it ("fine (Zeta)"), where the subject fell
    back on them; None otherwise."""
    return f"{penalty} ({served})" if served and subject == served else None


def _fined(anchor, head, inside: set[int]) -> tuple[object, str] | None:
    """The verb of penalty whose object a sum is, and "fine": "can be fined up to £8,000",
    "saw Zeta fined a hefty $400,000 by the state regulator"; else None."""
    t = anchor
    while t.head.i in inside and t.head.i != t.i:
        t = t.head
    if t.dep_ in ("nummod", "compound") and t.head.dep_ == "dobj":
        t = t.head  # past the noun the parse made of "a record $550,000"
    if t.dep_ == "pobj" and t.head.lower_ == "up":
        t = t.head  # "fined up to £5,000"
    if t.dep_ in ("dobj", "prep", "prt") and t.head.lemma_.lower() in PENALTY_VERBS:
        return t.head, "fine"
    return None


def _penalty_by(verb, inside: set[int]):
    """The noun of a "by" phrase on a verb of penalty or on the object that holds its sum
    ("fined a hefty $400,000 by the state regulator", however the parse hangs it); else
    None."""
    held = [verb, *(c for c in verb.children if c.dep_ == "dobj"
                    and any(t.i in inside for t in c.subtree))]
    return next((o for t in held for o in prep_objects(t, ("by",)) if o.pos_ in NOUNISH), None)


def _penalty_parties(verb, inside: set[int]) -> tuple[str, str]:
    """(who serves, who imposes) a penalty: "Chambers was banned by the IAAF" and "the IAAF
    banned Chambers" both give ("Chambers", "IAAF"); one who serves, faces or spends a term
    serves it ("the man serve nine years in prison"); "" where the sentence does not say or
    says only with a pronoun it does not resolve ("jailed him"), and no one imposes a term
    no verb of penalty gives ("Prosecutors had asked for 15 years in jail")."""
    def name(token):  # both of a pair serve: "Ann Ruiz and Zoe Hale were banned"
        token = resolve(token, verb) if token is not None else None
        if token is None or token.pos_ == "PRON":
            return ""
        return with_partners(token, compact(token, inside), inside)

    lemma = verb.lemma_.lower()
    if lemma in SERVING_VERBS:
        served, doer = nsubj(verb), None
    else:
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i not in inside
                   and not any(t.i in inside for t in c.subtree)]  # not "two weeks' wages"
        passive = not objects  # "banned for two years", "serve nine years in prison"
        served = nsubj(verb) if passive else objects[0]
        by = _penalty_by(verb, inside)
        if passive and by is not None and lemma in PENALTY_VERBS \
                and any(c.dep_ == "nsubj" for c in verb.children):
            return name(served), name(by)  # "saw CBS fined $550,000 by regulators", parsed
            # active: the "by" phrase still names who fines
        if passive and any(c.dep_ == "nsubj" for c in verb.children):
            served, passive = None, False  # "The club fined its captain three weeks' pay",
            # the one fined lost in the parse: the club fines
        doer = passive_agent(verb) if passive else nsubj(verb)
        if doer is None and passive and lemma in PENALTY_VERBS and any(
                c.dep_ == "auxpass" for c in verb.children):
            doer = by  # "were each fined 2m euros by the regulator", parsed as the sum's
        if lemma not in PENALTY_VERBS:
            doer = None
            if passive and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
                served = None  # "Prosecutors had asked for 15 years in jail"
            if lemma in _CARRYING or any(c.dep_ == "acomp" and c.lemma_.lower() in _CARRYING
                                         for c in verb.children):
                served = nsubj(verb)  # "the offence is punishable by five years in prison"
    return name(served), name(doer)


def _past_bracket(doc, i: int) -> int:
    """The token after a restatement in brackets that opens at `i` ("$75m (£40m) so far"),
    else `i`."""
    if i < len(doc) and doc[i].text == "(":
        while i < len(doc) and doc[i].text != ")":
            i += 1
        i += 1
    return i


def _gap_item(first, inside: set[int]) -> bool:
    """A figure after a comma or "and" followed by a phrase and no verb before the next item:
    "15.6% in Italy", "and 24% in favour", ", but by only 1.5% in the last quarter", or by
    the "that" clause of a gapped verb: "and 61% that it was too late"."""
    doc = first.doc
    i = first.i - 1
    while i > 1 and doc[i].lower_ in ("by", "only", "just"):
        i -= 1  # ", but by only 1.5% in the last quarter": the gapped move of the first
    if first.i < 2 or doc[i].lower_ not in _ITEM_JOINS and not (doc[i].lower_ == "but"
                                                               and i < first.i - 1):
        return False
    nxt = _past_bracket(doc, max(inside) + 1)  # "and 280 Nm (207 lb-ft) of torque"
    if nxt + 1 < len(doc) and doc[nxt].lower_ == "that" \
            and doc[nxt + 1].pos_ not in ("VERB", "AUX"):  # (not "10% that stayed")
        return True  # "63% thought the plan fair and 61% that it was too late": the verb of
        # thinking or saying gapped, its clause kept
    if nxt < len(doc) and doc[nxt].lower_ not in _ITEM_PREPS and not doc[nxt].is_punct:
        return False
    for t in doc[nxt:first.sent.end]:
        if t.lower_ in _ITEM_JOINS or t.is_punct:
            return True
        if t.pos_ in ("VERB", "AUX"):
            return False  # "..., 15.6% live in Italy": a clause of its own
    return True


def _noun_subject(head, inside: set[int], dimension: str, value_of) -> tuple[str, str]:
    """The subject and key read from the noun the figure counts: its phrase, with the verb
    done to counted people ("killed at least two civilians" -> "civilians killed") or its
    owner in brackets ("Ford has 13,000 workers" -> "workers (Ford)")."""
    subject = noun_phrase(head, inside, with_preps=value_of is None)
    key = subject_key(head, inside)
    if subject.endswith(head.text) and (taken := _plural_taken_for_verb(head, inside)):
        subject, key = f"{subject} {taken.text}", f"{key} {taken.lemma_.lower()}"
    if head.dep_ == "pobj" and head.head.lower_ == "of" \
            and head.head.head.lemma_.lower() in _LACKS and subject:
        lack = head.head.head.lemma_.lower()  # "a shortage of some 3,000 midwives": the
        subject, key = f"{lack} of {subject}", f"{lack} of {key}"  # shortage is 3,000
    if (body := _held_in_which(head)) is not None:
        subject = f"{subject} in {compact(body, inside)}"  # "in which Acme owns a 44% stake"
    owner = _owner(head, inside) if head.i not in inside \
        and not absolute_with(head, done_to=False) \
        and not any(held_with(head.doc[i]) == head for i in inside) else None  # "With the
    # two parties battling", "with Spain second on 41": no owner's
    if owner is not None and (owner.lemma_.lower() in CHANGE_NOUNS
                              or not _owns(owner, head, inside, dimension, value_of)
                              or _named_owner(head)
                              or any(whole_of_part(head, head.doc[i]) for i in inside)):
        owner = None  # "Britain pledged a £2bn loan": the actor, not part of the subject;
        # "two staff of Acme Ltd" have theirs already; "won 120 of the 200 votes": all the
        # votes, not the winner's
    done = _done_to(head, _clause_noun(head, inside), inside=inside) \
        if dimension == "count" else ""
    plight = _plight(head, inside) if dimension == "count" else ""
    joined = [c.text for c in head.children if c.dep_ == "conj" and c.tag_ == "NNS"]
    if dimension == "count" and subject.endswith((head.text, *joined)) \
            and (sold := _goods_sold(head, inside) or _kicks_scored(head, inside)):
        # (also "DVDs and videos sold"; "kicked two penalties" -> "penalties kicked")
        subject = f"{subject} {sold}"  # "BMW sold 95,000 cars" -> "cars sold (BMW)"
    if dimension != "age" and _befallen(head, inside):
        verb = _clause_noun(head, inside).head
        subject = _after_noun(subject, head, _verb_words(_raised_passive(verb) or verb))
        # "civilians killed"
    elif done:
        subject = _after_noun(subject, head, done)  # "flights cancelled", "jobs to go"
    elif plight:
        subject = f"{subject} {plight}"  # "Germans out of work", "people missing"
    elif owner is not None and subject and (
            name := with_partners(owner, compact(owner, inside), inside)):  # "Ant and Dec,
        # who clinched two awards" -> "awards (Ant and Dec)"
        subject = f"{subject} ({name})"
    elif subject and (name := _owner_before(head, inside)) and name.lower() not in subject.lower():
        subject = f"{subject} ({name})"  # "Ford's 13,000 workers" -> "workers (Ford)"
    elif (subject == head.text or (subject.endswith(f" {head.text}") or subject.startswith(
            f"{head.text} in ")) and "(" not in subject and len(subject.split()) <= 5) \
            and (who := _people_who(head, inside) or _people_led(head, inside)):
        subject = subject + who[len(head.text):]  # "40 million people own a tablet" ->
        # "people who own a tablet", "civil servants who will leave London"
    return subject, key


# nouns of a lack or an excess of counted things, which the count sizes
_LACKS = {"shortage", "shortfall", "lack", "surplus", "glut", "backlog"}  # (not "in excess
# of", a bound)


def _past_vague_frame(head, inside: set[int], subject: str) -> tuple[str, str] | None:
    """What a figure is one of where a vague amount frames it, which names the group, not
    the amount: "one of a number of lots sold at the auction" -> "lots sold at the
    auction", "one of a handful of machines" -> machines; else None."""
    if head is None or head.lemma_.lower() not in _VAGUE_FRAMES or head.dep_ != "pobj" \
            or head.head.lower_ != "of" or head.head.head.i not in inside:
        return None
    counted = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj" and g.tag_ in ("NNS", "NNPS")),
                   None)
    if counted is None:
        return None
    key = subject_key(counted, inside)
    if subject.startswith(f"{head.text} of "):  # (with its participle: "number of lots
        return subject[len(head.text) + 4:], key  # sold" -> "lots sold")
    return noun_phrase(counted, inside), key


# vague amounts of a group that a figure is one of: "one of a number of firms", "one of a
# series of measures"
_VAGUE_FRAMES = {"number", "handful", "series", "range", "host", "variety", "raft", "array",
                 "string", "spate", "slew", "plethora", "clutch", "multitude"}


def _plural_taken_for_verb(head, inside: set[int]):
    """The plural noun of change the tagger took for a verb right after the singular noun
    a count sizes, whose subject the noun became: "four interest rate rises this year are hurting
    demand" -> rises ("interest rate rises", not "interest rate"); else None."""
    if head.tag_ != "NN" or head.i + 1 >= len(head.doc) \
            or not any(c.dep_ == "nummod" and c.i in inside for c in head.children):
        return None
    taken = head.doc[head.i + 1]
    if taken.lemma_.lower() not in CHANGE_NOUNS or head.head.i != taken.i \
            or taken.tag_ not in ("VBZ", "NNS") \
            or any(c.dep_ == "nummod" and c.lower_ in ("one", "1") for c in head.children):
        return None  # (also one tagged a plural noun the parse made the noun's verb: "has
        # made five interest rate rises"; a singular counted by more than one is no noun)
    return taken


# owners by mark that are when or where a figure is, not whose: "the world's two biggest
# reinsurers", "last year's 5% rise", "the country's 12,000 doctors"
_NOT_OWNERS = {
    "world", "year", "quarter", "month", "week", "day", "today", "yesterday", "tonight",
    "season", "decade", "century", "weekend", "country", "nation", "city", "region", "state",
    "continent", "county", "town", "capital", "island", "province", "area",
}  # and a kind of people (actors.KINDS_OF_PEOPLE): "the men's 9km race"


def _owner_before(head, inside: set[int]) -> str:
    """The name whose mark stands before the figure on its noun, whose the counted thing
    is: "Ford's 13,000 workers" -> Ford, "Deutsche Boerse's £1.3bn offer"; not a time
    ("November's 4.2% rise"), nor a place, which is the figure's location ("Japan's 23,000
    centenarians")."""
    first = min(inside)
    mark = next((c for c in head.children if c.dep_ in ("poss", "nmod") and c.i < first
                 and c.pos_ != "PRON"), None)  # (an "nmod" where the mark ends a number)
    if mark is None or _no_owner(mark) or mark.lower_ in KINDS_OF_PEOPLE \
            or not owner_marked(mark):  # a mark the parse misplaced
        return ""
    return owner_name(mark, inside)


def _no_owner(mark) -> bool:
    """Whether a word with an owner's mark is a time or a place, which owns nothing the
    figure measures ("November's 4.2% rise", "Japan's 23,000 centenarians")."""
    return mark.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "NORP") \
        or mark.lemma_.lower() in _NOT_OWNERS


def _sum_goes_on(doc, inside: set[int]) -> bool:
    """Whether the words after a sum (past its restatement in brackets) make it part of
    something else: a modifier ("took a 475m euro hit", "lost her £7.5m ($14.6m)
    discrimination case") or one level of a change ("lost $2 to $43.25")."""
    i = _past_bracket(doc, max(inside) + 1)
    if i >= len(doc):
        return False
    if doc[i].lower_ == "to" and i + 1 < len(doc) and (figure_like(doc[i + 1])
                                                       or doc[i + 1].tag_ == "$"):
        return True
    first = min(inside)
    level = first > 0 and doc[first - 1].lower_ == "to" and not (
        first > 1 and doc[first - 2].lower_ == "up")  # "raise up to $443m" is a bound
    return doc[i].pos_ in ("NOUN", "PROPN", "ADJ") and doc[i].ent_type_ not in ("DATE", "TIME") \
        or level  # (but "earn $24.9m (£13.4m) last year": a when)


_DEATH_VERBS = {"die", "drown", "perish"}


def _befallen(head, inside: set[int]) -> bool:
    """Whether counted people are what a verb of harm did or what befell them: "killed at
    least two civilians", "nine French peacekeepers were killed", "3,000 people died",
    "Thousands of people were killed"."""
    role = _clause_noun(head, inside)
    verb = role.head
    if role.dep_ == "nsubjpass":
        verb = _raised_passive(verb) or verb  # "are feared to have been killed"
    if verb.pos_ != "VERB" or not (head.lower_ in PERSON_NOUNS
                                   or head.lemma_.lower() in PEOPLE_NOUNS):
        return False
    lemma = verb.lemma_.lower()
    return (role.dep_ in ("dobj", "nsubjpass") and lemma in HARM_VERBS
            and verb.tag_ in ("VBN", "VBD")  # not "help evacuate several hundred citizens"
            or role.dep_ == "nsubj" and lemma in _DEATH_VERBS
            or role.dep_ == "nsubj" and lemma in HARM_VERBS and _bare_participle(verb))
    # ("with at least 2,000 people killed": a participle the parse gave the people as subject)


def _clause_noun(head, inside: set[int]):
    """The word that holds a counted noun's place in its clause: the noun's own (see _role),
    or the figure's when the noun hangs from the figure by "of" ("Thousands of people were
    killed" -> Thousands)."""
    if head.dep_ == "pobj" and head.head.lower_ == "of" and (
            head.head.head.i in inside or head.head.head.lower_ in _TOTALS
            and any(c.i in inside for c in head.children)):
        return _role(head.head.head)  # (also "A total of 40 wells have been sealed")
    return _role(head)


# the nouns that frame a count as a sum of the things its "of" names: "a total of 30 projects"
_TOTALS = {"total", "maximum", "minimum", "tally"}


_PLIGHT_VERBS = {"be", "remain", "stay", "leave"}
# the things a plight befalls as it does people: "900,000 homes were without power"
_HOMES = {"home", "household", "house", "property", "business"}


def _plight(head, inside: set[int]) -> str:
    """The state a copula puts counted people in, as written (PLIGHTS, PLIGHT_PHRASES):
    "5.2 million Germans were out of work" -> "out of work", "Millions of people were left
    homeless" -> "homeless", "tens of thousands of people are still missing" -> "missing";
    "" for anything else ("2,000 fans were in the stadium"). Also those a place or a body
    has so: "Spain has 2.1 million adults out of work"."""
    if not (_may_be_person(head) or head.ent_type_ == "NORP"
            or head.lemma_.lower() in _HOMES):
        return ""
    after = head.head
    if head.dep_ in ("compound", "npadvmod") and after.i == head.i + 1 and after.pos_ == "ADJ" \
            and after.lower_ in PLIGHTS:
        return after.text  # "leaving 1,900 machinists jobless", the plight parsed as
        # the noun they qualify
    role = _clause_noun(head, inside)
    verb = role.head
    if role.dep_ == "dobj" and verb.lemma_ == "leave" and verb.i < role.i:
        return _left_in(verb, role)
    if role.dep_ == "dobj" and verb.lemma_ == "have" and verb.i < role.i:
        return next((phrase for c in verb.children if c.dep_ == "prep"
                     and c.i == role.right_edge.i + 1
                     and (phrase := _plight_phrase(list(c.subtree)))), "")  # "Spain has
        # 2.1 million adults out of work"
    if role.dep_ not in ("nsubj", "nsubjpass") or verb.i < role.i:
        return ""
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "with":
        return _doing_with(verb)  # "with 412,000 patients waiting for surgery"
    if verb.lower_ in PLIGHTS and any(c.dep_ == "aux" and c.lemma_ == "be"
                                      for c in verb.children):
        return verb.text  # "are still missing": the parser's verb
    if verb.lower_ == "waiting" and any(c.dep_ == "aux" and c.lemma_ == "be"
                                        for c in verb.children):
        return _waiting_for(verb)  # "12,000 patients are waiting for hip operations"
    if verb.lemma_ not in _PLIGHT_VERBS or verb.lemma_ == "leave" and verb.tag_ != "VBN":
        return ""
    for child in verb.children:
        if child.i < verb.i:
            continue
        if child.dep_ in ("acomp", "oprd") and child.lower_ in PLIGHTS:
            last = max((c.i for c in child.children if c.dep_ == "conj"
                        and c.lower_ in PLIGHTS), default=child.i)
            return child.doc[child.i:last + 1].text  # "were left homeless", "dead or missing"
        if child.dep_ == "prep" and (phrase := _plight_phrase(list(child.subtree))):
            return phrase  # "out of work"
    return ""


def _doing_with(verb) -> str:
    """What counted people are doing in a "with" phrase, as written, in a few words: "with
    412,000 patients waiting for surgery" -> "waiting for surgery"; "" for a longer phrase
    or one with a figure."""
    return _short_run([verb, *(t for c in verb.rights for t in c.subtree)])  # (not its
    # subject)


def _waiting_for(verb) -> str:
    """What counted people are waiting for, as written, in a few words: "were waiting for
    treatment" -> "waiting for treatment"; "" for a longer wait or one with a figure."""
    phrase = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    return _short_run([verb, *phrase.subtree]) if phrase is not None else ""


def _short_run(words) -> str:
    """`words`, a participle and the words after it, as written where they run unbroken for
    at most five words with no figure or mark; else ""."""
    last = words[-1].i
    if len(words) > 5 or last - words[0].i + 1 != len(words) \
            or any(t.like_num or t.is_punct for t in words):
        return ""
    return words[0].doc[words[0].i:last + 1].text


def _left_in(verb, role) -> str:
    """The plight a "left" puts its object in, as written: "The storm left 30 people
    injured" -> "injured", "left 300 workers without pay" -> "without pay"."""
    for c in verb.children:
        if c.i < role.i:
            continue
        if c.dep_ in ("xcomp", "oprd", "acomp", "ccomp") and c.lower_ in PLIGHTS \
                and not any(g.dep_ in ("dobj", "prep") for g in c.children):
            return c.text
        if c.dep_ == "prep" and (phrase := _plight_phrase(list(c.subtree))):
            return phrase
    return ""


def _plight_phrase(words) -> str:
    """The longest run of up to four words at the front of `words` that names a plight
    (PLIGHT_PHRASES: "out of work", "on strike"), also with adjectives on its noun ("in
    legal limbo", "in extreme poverty"), or of up to six that a qualified noun of
    PLIGHT_OBJECTS ends ("on life-extending drugs"), as written; else ""."""
    plain = [t for t in words[:7] if t.dep_ != "amod" or t.i == words[0].i]
    n = next((n for n in range(min(len(plain), 4), 1, -1)
              if " ".join(t.lower_ for t in plain[:n]) in PLIGHT_PHRASES), 0)
    n = next(k for k, t in enumerate(words, 1) if t.i == plain[n - 1].i) if n else 0
    if not n and words and (kinds := PLIGHT_OBJECTS.get(words[0].lower_)):
        n = next((n for n, t in enumerate(words[:6], 1) if t.dep_ == "pobj"
                  and t.head == words[0] and t.lemma_.lower() in kinds), 0)
        if any(t.like_num or t.is_punct and t.text != "-" for t in words[:n]):
            n = 0  # "on 20 drugs", "in hospital, ..."
    return words[0].doc[words[0].i:words[n - 1].i + 1].text if n else ""


def _role(noun):
    """The first of the nouns a noun is listed with, whose role in the clause they share:
    "She and eight others were killed" -> She."""
    first = noun
    while noun.dep_ == "conj" and noun.head.i < noun.i and noun.head.pos_ in NOUNISH | {"PRON"}:
        noun = noun.head
    if noun is not first and noun.dep_ == "appos" and noun.head.pos_ in NOUNISH:
        return _role(noun.head)  # "Acme's boss Jo Lee and three other directors were sacked":
        # the list the parse set beside "boss" holds its place
    return noun


def _verb_words(verb) -> str:
    """A verb as written, with the words hyphened to it and its particle: "pre-selected",
    "carried out", "put forward"."""
    words = [verb, *hyphened_after(verb, set())]
    words += [c for c in verb.children if c.i == words[-1].i + 1 and (
        c.dep_ == "prt" or c.dep_ == "advmod" and c.lower_ in PARTICLE_ADVERBS)]
    return "".join(t.text_with_ws for t in words).strip()


def _item_done(tokens, anchor, inside: set[int], found: tuple[str, str],
               dimension: str) -> tuple[str, str]:
    """The noun a bare count takes from the item before it, with what its own clause's
    passive or fate does to it: "20,000 jobs are to go, 500 will be lost by May" -> "jobs
    lost" for the 500, "Fifty statues were stolen, 48 were recovered" -> "statues
    recovered"."""
    subject, key = found
    if not subject or not anchor.like_num or anchor.dep_ not in ("nsubj", "nsubjpass") \
            or subject.endswith(")") or dimension != "count" \
            or listed_count(tokens[0], anchor, inside) is None:
        return found  # not "U2 ..., after 150,000 were sold": the clause's subject
    done = _done_to(anchor, anchor, bare=True)
    return (f"{subject} {done}", key) if done else found


def _done_to(head, role, bare: bool = False, inside: set[int] = frozenset()) -> str:
    """What a passive verb did to counted things, which names the set, as written: "1,100
    flights were cancelled" (cancelled), "300 homes were flooded", "six areas are to be
    opened up"; or the fate they are to meet: "2,500 jobs are to go" (to go). Nothing
    for a figure someone gave ("40 are expected to attend", "2,000 were reported") nor a
    state ("12 were based in Leeds"). Counts only: a sum is named by what it is ("fines
    of up to £2,500 would be levied"). `role` holds the noun's place in its clause, the
    figure's where the noun hangs on it by "of" ("Thousands of flights were cancelled");
    with `bare`, `head` is a bare count that took its noun from the item before
    (`_item_done`)."""
    orphan = _orphan_passive(role)
    verb, dep = (orphan, "nsubjpass") if orphan is not None else (role.head, role.dep_)
    if role.i != head.i and not _next_to_verb(role, verb):
        return ""  # ("hundreds of people still waiting ... and those people will be
        # heartened", "One of the projects was Seti, run by": the parse's far verb)
    if dep == "nsubj" and verb.lemma_ in ("be", "have", "need"):  # "are to be opened
        # up", "are to go", "have had to be relocated", "will need to be created"
        planned = next((c for c in verb.children if c.dep_ == "xcomp" and to_form(c)), None)
        if planned is not None and planned.lemma_.lower() in _FATES and planned.tag_ == "VB" \
                and not any(c.dep_ == "prep" and c.lower_ in ("on", "to", "into")
                            for c in planned.children):  # not "are to go on trial"
            return f"to {_verb_words(planned)}"
        if planned is None or not any(a.dep_ == "auxpass" for a in planned.children) or any(
                c.lower_ in ("yet", "not", "never") for v in (verb, planned) for c in v.children):
            return ""  # "40,000 farms are yet to be inspected": not done
        verb = planned
    elif dep == "nsubj" and _small_clause(verb):
        pass  # "has seen 12 brokers suspended", "saw 300 homes flooded"
    elif dep != "nsubjpass":
        return ""
    elif (raised := _raised_passive(verb)) is not None:
        verb = raised  # "are thought to have been flooded"
    elif (fate := _marked_for(verb)) is not None:
        return text_of(verb.doc)[verb.idx:fate.idx + len(fate)]  # "have been earmarked to
        # be axed"
    where = _place_left_in(verb)
    done = (verb.tag_ == "VBN" and verb.pos_ == "VERB" and (head.pos_ in ("NOUN", "PROPN")
                                                              or bare)
            and not any(c.tag_ == "VBN" and c.dep_ != "relcl" or c.dep_ == "acl"
                        for c in head.rights)  # "28 people detained are", "6,000 troops
            # guarding the border were withdrawn" (but "All three, who have denied it, have
            # been charged": a clause of their own)
            and (verb.lemma_.lower() not in _NOT_DONE or where is not None
                 or verb.lemma_.lower() == "target" and can_act(head))  # "100 server
            # operators have been targeted": those who can act are struck, not planned
            and not any(c.dep_ in ("xcomp", "ccomp", "oprd") and not (bare and c.i < role.i)
                        and (where is None or c.i != where.i) for c in verb.children))
    # (a bare item's clause may hang the clause before it on its verb: "Fifty statues were
    # stolen, 48 were recovered")
    done = done and not (_posts_moved(head, role, verb)
                         and any(c.i in inside for c in head.children))  # (the figure's
    # own noun, not the 5,000 of "90,000 posts will be axed, 5,000 of them in Wales")
    if done and where is not None and where.dep_ in ("oprd", "acomp"):
        return f"{verb.text} {where.text}"  # "were left vulnerable": the state they were
        # left in
    if done and where is not None:
        words = list(where.subtree)
        if len(words) <= 6:
            return text_of(verb.doc)[verb.idx:words[-1].idx + len(words[-1])]  # "left in
            # licensed taxis": where they were left says what befell them
    return _verb_words(verb) if done else ""


# passives that mark things for what another verb will do to them: "earmarked to be axed"
_MARKING = {"earmark", "schedule", "slate", "target", "set", "mark", "plan"}


def _posts_moved(head, role, verb) -> bool:
    """Whether counted jobs or posts are cut or added by a passive verb right after them,
    which gives their change and so names no deed (`changes.posts_moved`): "300 jobs were
    cut"; not "2,000 jobs at the plant may be cut", "Thousands of jobs have been cut"."""
    return role.i == head.i and head.lemma_.lower() in _POSTS \
        and verb.lemma_.lower() in POSTS_MOVED \
        and all(t.lower_ in PASSIVE_AUX for t in head.doc[head.i + 1:verb.i])


def _marked_for(verb):
    """The passive infinitive a passive of marking puts its subject down for: "axed" of "300
    posts have been earmarked to be axed"; None elsewhere."""
    if verb.lemma_.lower() not in _MARKING or verb.tag_ != "VBN":
        return None
    return next((c for c in verb.children if c.dep_ == "xcomp" and to_form(c)
                 and c.tag_ == "VBN" and any(a.dep_ == "auxpass" for a in c.children)
                 and not any(g.i > c.i for g in c.children)), None)


def _orphan_passive(role):
    """The passive verb right after a noun the parse made the object of a preposition
    before it, where the verb has no subject of its own: "over the past six months more
    than 900 bags have been left in cabs" (bags, taken as the object of "over"); else
    None."""
    doc = role.doc
    if role.dep_ != "pobj" or role.head.lower_ == "of":
        return None  # (not "10 of the 80 resorts have been damaged": the whole)
    k = role.right_edge.i + 1
    while k < len(doc) and doc[k].dep_ in ("aux", "auxpass", "neg", "advmod"):
        k += 1
    verb = doc[k] if k < len(doc) else None
    if verb is None or verb.tag_ != "VBN" or k == role.right_edge.i + 1 \
            or not any(c.dep_ == "auxpass" for c in verb.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return verb


def _place_left_in(verb):
    """The place phrase of a passive of "leave", which says what befell what was left there
    ("5,000 laptops were left in taxis"), or the state it was left in; None for "only 300
    are left", which says how many remain."""
    if verb.lemma_.lower() != "leave":
        return None
    return next((c for c in verb.children if c.dep_ == "prep" and c.i > verb.i
                 and c.lower_ in ("in", "on", "at", "behind")
                 or c.dep_ in ("oprd", "acomp") and (c.pos_ == "ADJ" or c.tag_ == "VBN")
                 and c.i == verb.i + 1 and c.lower_ not in PLIGHTS),
                None)  # (or the state they were left in: "were left vulnerable"; a plight
    # names them as written: "villagers homeless")


def _next_to_verb(role, verb) -> bool:
    """Whether the figure that holds a counted noun's place (`role`) stands right before
    its verb, only auxiliaries and adverbs between, with no verb of its own in its words:
    "Thousands of flights were cancelled"."""
    doc = role.doc
    return role.i < verb.i and not any(t.pos_ == "VERB" for t in role.subtree) and all(
        doc[k].dep_ in ("aux", "auxpass", "neg", "advmod")
        for k in range(role.right_edge.i + 1, verb.i))


def _raised_passive(verb):
    """The passive that a passive verb of belief or report raises its subject from: "are
    believed to have been hit", "are feared to have been killed", "were reported to be
    trapped"; None for anything else ("40 are expected to attend": no deed done to them)."""
    if verb.lemma_.lower() not in _RAISING_VERBS or verb.tag_ != "VBN":
        return None
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBN"
                 and any(a.dep_ == "auxpass" for a in c.children)), None)


# verbs of belief or report whose passive raises the subject of the clause they hold
_RAISING_VERBS = {"believe", "think", "fear", "report", "say", "know", "understand",
                  "estimate", "expect", "feel", "presume", "suspect", "claim"}


def _small_clause(verb) -> bool:
    """A participle with no auxiliary that a verb of seeing or leaving takes with its
    subject as its object: "saw 300 homes flooded" (the homes were flooded)."""
    return _bare_participle(verb) and verb.dep_ in ("ccomp", "xcomp") \
        and verb.head.lemma_.lower() in ("see", "leave", "have", "get", "find")


def _bare_participle(verb) -> bool:
    """A past participle with no auxiliary, whose subject is what it was done to."""
    return verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


# what counted things are to meet: "2,500 jobs are to go", "40 stores are to close"
_FATES = {"go", "close", "shut", "disappear", "vanish", "end"}


# verbs of report whose passive tells what was done to counted things: "Six films were
# shown", "two bodies were found"
_DONE_IN_REPORTS = {"show", "record", "find", "publish"}
# passives that tell where or how things are, not what was done to them; and figures given
_NOT_DONE = REPORTING_VERBS - _DONE_IN_REPORTS | LINKING_PARTICIPLES | {
    "locate", "situate", "house", "know", "call", "name", "involve",
    "include", "link", "relate", "connect", "give", "consider", "think", "due", "owe",
    "limit", "cap", "restrict", "fix", "peg", "price", "value"}


def _participle(anchor, last, inside: set[int]) -> tuple[str, str]:
    """"15 injured": a participle right after a figure that counts no noun, with its
    particle and its first phrase where that says neither where nor when ("30% owned by a
    Swiss bank" -> "owned by a Swiss bank"), keyed on the participle; none for "14%
    compared to 12%" nor "the 25-year-old tested positive"."""
    doc = anchor.doc
    nxt = doc[anchor.i + 1] if anchor.i + 1 < len(doc) else None
    if (nxt is None or nxt.tag_ != "VBN" or nxt.i in inside
            or nxt.lemma_.lower() in LINKING_PARTICIPLES or last.lower_ == "old"
            or anchor.dep_ == "nsubj" and anchor.head.i == nxt.i
            and nxt.lemma_.lower() in REPORTING_VERBS | _THINKING):
        return "", ""  # (not "About 40% admitted to ...", what they said, read as done)
    first = next((c for c in nxt.rights if c.dep_ in ("prep", "dative", "agent")), None)
    if first is not None and (first.lower_ in _WHERE_OR_WHEN or any(
            t.like_num or t.ent_type_ in ("DATE", "TIME") for t in first.subtree)):
        first = None  # "15 injured in the town on Monday": the place and the time have
        # columns of their own
    deed = _deed(nxt, inside, lambda c: c.i > nxt.i and (
        c.dep_ == "prt" or first is not None and c.i == first.i))
    return deed, nxt.text


# prepositions of a participle's phrase that say where or when, not what was done
_WHERE_OR_WHEN = {"in", "at", "on", "near", "across", "around", "throughout", "inside",
                  "outside", "within", "during", "since", "after", "before", "until"}


def _owner(head, inside: set[int]):
    """"Ford has 13,000 workers", "the giant earns 60% of its revenue": who has or does the
    measured thing; "Munich Re said that its exposure is ...": who says it of its own."""
    if head.dep_ in ("nsubj", "nsubjpass"):
        return sayers_own(head, inside)
    if head.dep_ not in ("dobj", "pobj") or any(c.dep_ == "poss" and c.pos_ != "PRON"
                                                for c in head.children) \
            or sized_group(head, inside):
        return None  # "one of UKIP's two members": UKIP's, whoever the clause is about;
        # "returns to the 25-man squad", "noises about the 13-nation bloc": a group one
        # joins or speaks of is not one's own (but "its 161-strong majority" is)
    if head.dep_ == "pobj" and head.head.lower_ in ("between", "against") \
            and head.head.head.pos_ in NOUNISH and not any(c.dep_ == "poss" for c in head.children):
        return None  # "entered a court battle between four farmers", "suits against
        # 80 banks": the other side of a fight (but "an appeal against her ban": hers)
    if head.dep_ == "pobj" and (head.head.lower_ in ("across", "throughout")
                                or head.head.lower_ == "at" and any(
                                    c.dep_ == "dobj" for c in head.head.head.children)
                                and any(c.dep_ == "nummod" for c in head.children)):
        return None  # "its legal campaign ... across four continents", "rolling out a
        # service at 350 hotspots": where the deed is done, no one's
    if head.dep_ == "pobj" and (head.head.lower_ == "alongside" or head.head.lower_ == "with"
                                and head.head.i > 0
                                and head.head.nbor(-1).lower_ in ("along", "together")):
        return None  # "launched the party along with 800 trade unionists": partners
    if partners_with(head):
        return None  # "will co-ordinate its strike with five other unions"
    top = _clause_noun(head, inside)  # (also the vague count "millions of" takes the place)
    if top.dep_ == "pobj" and top.head.lower_ == "among":
        return None  # "caused outrage among millions of viewers": those the deed reached
    verb = governor(head)
    if verb is None or verb.lemma_.lower() in REPORTING_VERBS or only_beholds(verb) \
            or verb.lower_ in _PREPOSITION_PARTICIPLES and verb.dep_ in ("acl", "prep"):
        return None  # (nor one who only watches or mocks: "poking fun at one of the egos";
        # nor a participle that is a preposition: "cut 12,800 jobs following its $16bn
        # takeover" is not the jobs' takeover)
    if (whole := _valued_whole(head)) is not None:
        return whole  # "a questionnaire amounting to some 40 pages"
    if _may_be_person(head) and (head.dep_ == "dobj" and verb.lemma_.lower() in _MEETS
                                 or head.dep_ == "pobj" and head.head.lower_ == "to"
                                 and verb.lemma_.lower() in _SPEAKS_TO):
        return None  # "is to address 900 voters", "has apologised to four families":
        # those one meets or speaks to are their own (but "offered cuts to 30 staff",
        # "provides broadband to 2 million homes": its own)
    if verb.lemma_ == "be" and head.dep_ == "pobj" and head.head.lower_ != "with" \
            and _deep_in_complement(head, verb):
        return None  # "Moss is one of six contenders for the two wing places": what a
        # phrase in a phrase of the copula's complement names is not its subject's (but
        # "is a bank, with 3 million customers": its own)
    raw = nsubj(verb)
    subj = resolve(raw, verb)
    if subj is None or subj.i in inside or subj.i == head.i \
            or subj.pos_ not in NOUNISH and not name_like(subj) \
            or holds(subj, head):  # "all the achievements of your 10 hour session are"
        return None
    if raw.dep_ == "nsubjpass" and head.head.dep_ == "agent":
        return None  # "X was joined by one of the two members", "struck by four hurricanes"
    return subj


# verbs of meeting people and of speaking to them, who are not the speaker's: "joined two
# pupils on a visit", "was talking to 100 pupils"
_MEETS = {"address", "join", "meet", "greet", "reunite", "visit", "thank", "welcome",
          "entertain", "interview"}
_SPEAKS_TO = {"apologise", "apologize", "speak", "talk", "introduce", "lecture", "explain",
              "appeal", "write"}  # (not "pay": "paid bonuses to 900 staff", its own)


def _valued_whole(head):
    """The noun a valuing participle ties counted parts to, whose parts they are: "a
    questionnaire amounting to some 40 pages" -> questionnaire; None elsewhere ("penalties
    totalling $2bn on 15 funds": the funds are not the penalties)."""
    verb = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "to" else head.head
    if head.dep_ not in ("dobj", "pobj") or verb.dep_ not in ("acl", "amod") \
            or verb.lower_ not in VALUING_WORDS or verb.head.pos_ != "NOUN":
        return None
    return verb.head


def _deep_in_complement(head, verb) -> bool:
    """Whether `head` sits in a phrase within a phrase of the complement of the copula
    `verb` (two prepositions down: "is one of six contenders for the two wing places"),
    not in the complement's own phrase ("is the sponsor of 12 clubs")."""
    attr = next((t for t in verb.children if t.dep_ == "attr" and t.is_ancestor(head)), None)
    return attr is not None and sum(t.dep_ == "prep" for t in head.ancestors
                                    if attr.is_ancestor(t)) >= 2


# participles that stand as prepositions
_PREPOSITION_PARTICIPLES = {"following", "including", "excluding", "concerning", "regarding",
                            "involving", "barring", "pending"}


def _named_owner(head) -> bool:
    """Whether the counted noun's own "of" phrase names whose it is: "two ex-senior
    executives of Columbia Distributor", "the 300 workers of Ford's plant"."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        o.dep_ == "pobj" and (o.pos_ == "PROPN" or o.ent_type_ in ("ORG", "GPE", "PERSON"))
        for o in c.children) for c in head.children)


def _may_be_person(noun) -> bool:
    """A noun that can stand for a "his" or "her": a name, a person ("the England defender",
    "the Italian", "a young mum"), not a thing ("the spending", "the film")."""
    lemma = noun.lemma_.lower()
    return (name_like(noun) or person(noun) or lemma in PERSON_NOUNS or lemma in PEOPLE_NOUNS
            or person_ending(lemma))


def _holds_itself(verb) -> bool:
    """Whether a verb has a subject of its own that is no personal pronoun: "BT has", "Acme,
    which owns"; not "by having", a gerund's, nor "the phone came out in May and has", a
    subject shared with another verb, nor "it would have gained"."""
    return any(c.dep_ == "nsubj" and c.tag_ != "PRP" for c in verb.children)


def _owns(owner, head, inside: set[int], dimension: str, value_of) -> bool:
    """Whether the owner belongs in the subject: a name that has or does what a count
    counts ("workers (Ford)", "goals (Chris Wood)"), anyone with a verb of having ("people
    (the start-up)" from "the start-up employs 600 people"), or the one a possessive
    pronoun stands for ("revenue (the giant)" from "60% of its revenue")."""
    pronoun = owning_pronoun(head, inside)
    if pronoun is not None:  # "his initial promise": his, not the spending's
        if _its_plural(pronoun, owner) or pronoun.lower_ in ("my", "our", "your"):
            return False  # "Reserves of $119bn beat its debt of $113bn"; "This game took
            # two years of my life": the speaker's, no third party's
        return pronoun.lower_ not in ("his", "her") or _may_be_person(owner)
    governing = governor(head)
    verb = governing.lemma_.lower()
    if dimension == "currency" and verb in HAVING_VERBS or dimension == "percentage" \
            and verb in _HOLDING_SHARES and _holds_itself(governing) \
            and not (head.dep_ == "pobj" and head.head.lower_ == "of"):  # not "holds 90%
        # of the market", the whole of a share
        # "Google has a stock market value of $50bn" -> "... value (Google)", "Halcor has a
        # market share of 18%" -> "... (Halcor)"; not where the phrase says whose already ("a
        # $2bn gap in its staff pension fund")
        return not any(t.dep_ == "poss" and t.pos_ == "PRON" for t in head.subtree)
    if dimension != "count" or value_of is not None:
        return False
    return verb in HAVING_VERBS or name_like(owner) and verb not in ACTING_ON_VERBS \
        and verb not in HARM_VERBS \
        or owner == _valued_whole(head)  # "a questionnaire amounting to 40 pages" ->
    # "pages (questionnaire)"; not "men (Judge Harris)" from "sentenced three men"
