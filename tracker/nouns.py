"""A noun as the article writes it: its phrase (`noun_phrase`: "the benchmark TA-35
index", "loan to Ukraine for weapons"), a short name (`compact`), the key that groups
subjects (`subject_key`: "special force"), and the group a portion word is part of.
"""

from __future__ import annotations

import re

from .data.currencies import WORDS as CURRENCY_WORDS
from .data.numbers import ORDINAL_WORDS, SCALES
from .data.phrases import MONTHS, WEEKDAYS
from .data.subjects import (
    BALANCE_NOUNS,
    COUNT_NOUNS,
    ESTIMATE_NOUNS,
    HARM_VERBS,
    LIMITING_PREPS,
    PARTICLE_ADVERBS,
    PEOPLE_NOUNS,
    REPORTING_VERBS,
    SUBJECT_STOP,
    TIME_NOUNS,
    TIME_ZONES,
    UNIT_NOUNS,
    VALUE_NOUNS,
)
from .parse import (
    CLAUSE_TAKING,
    DASHES,
    NAME_TYPES,
    NOUNISH,
    contiguous,
    figure_like,
    glued,
    held_in,
    hyphened,
    name_at_start,
    numbered_mark,
    participle_form,
    prep_objects,
    spaced_dash,
    text_of,
    title_number,
    to_form,
    unitlike,
)
from .quotes import MARKS

_PHRASE_LEFT = {"compound", "amod", "nmod", "poss", "npadvmod"}


# Prepositions whose phrase belongs to the noun's name ("loan to Ukraine for weapons",
# "life expectancy for women in Leeds"); a clause's subject takes only the first three, as
# its "in"/"on"/"from" phrases mostly say when, where or which ("Revenue in the quarter").
_NAME_PREPS = ("of", "to", "for", "in", "on", "from", "among")


CLAUSE_PREPS = ("of", "to", "for", "among")


def _verb_before_name(child, head) -> bool:
    """A verb the parse made a modifier of the name after it, where the verb opens its own
    clause: "and preferred GM's offer" -> GM, not "preferred GM"; "If convicted Smith",
    "if found guilty Smith": the words of a clause with no subject before the name."""
    before = child.doc[child.i - 1] if child.i > 0 else None
    if child.dep_ == "amod" and child.pos_ == "VERB" and child.lemma_.lower() in CLAUSE_TAKING \
            and (any(c.dep_ == "nsubj" for c in child.children)
                 or before is None or before.pos_ in ("CCONJ", "SCONJ")
                 or before.pos_ == "PUNCT" and before.whitespace_):  # (not "fact-finding")
        return True  # "the bank added total deposits fell", "and warned growth would be":
        # the verb that reports the clause whose subject the noun is
    if head.pos_ != "PROPN" or child.dep_ != "amod":
        return False
    if child.pos_ == "ADJ":  # "found guilty", "declared bankrupt"
        return before is not None and before.tag_ in ("VBN", "VBD") and before.dep_ == "advcl"
    return child.pos_ == "VERB" and (
        before is None or before.pos_ in ("CCONJ", "PUNCT", "VERB", "AUX", "SCONJ"))


def _verbs_particle(child) -> bool:
    """A verb's particle the parse made a modifier of its object: "wants to buy back shares
    worth 2bn euros" -> shares, not "back shares"."""
    return child.dep_ == "amod" and child.pos_ in ("ADV", "ADP") and child.i > 0 \
        and child.doc[child.i - 1].pos_ == "VERB" and child.lower_ in PARTICLE_ADVERBS


def noun_phrase(head, exclude: set[int], with_preps: bool = True, limit: int = 9,
            preps: tuple[str, ...] = _NAME_PREPS) -> str:
    """The noun phrase around `head`: its left modifiers and its of/to/for phrases."""
    if head.lower_ in ("those", "these") and head.pos_ == "PRON":
        return _those_who(head, exclude, limit)
    if head.lower_ == "olds" and head.i > 1 and "year" in (head.doc[head.i - 1].lower_,
                                                          head.doc[head.i - 2].lower_) \
            and not any(t.i in exclude for c in head.lefts for t in c.subtree):
        doc = head.doc  # "while 16 to 19 year olds will get £3.90", "12% of 18 to
        # 24-year-olds": a group its ages name
        start = next((t for t in doc[head.left_edge.i:head.i] if t.like_num), head.left_edge)
        return text_of(doc)[start.idx:head.idx + len(head)]  # (not "Most" of "Most 15 to
        # 24-year-olds")
    keep = {head.i}
    specs: set[int] = set()  # "160GB" of "a 160GB version": a figure that stays
    ages = _ages_of_plural(head, exclude)  # put back in front at the end
    for child in head.lefts:
        if child.i in ages:
            continue
        measure = _spec(child, exclude) if _other_figure(child, exclude) else []
        spec = bool(measure)
        specs.update(t.i for t in measure  # its number, which the front would lose
                     if t.like_num or _GLUED_MEASURE.fullmatch(t.text))
        if (child.dep_ in _PHRASE_LEFT or child.dep_ == "nummod" and (_in_name(child) or spec)
                or child.dep_ == "quantmod" and _AGE_GROUP.fullmatch(head.text)) \
                and child.i not in exclude \
                and (spec or not _other_figure(child, exclude)
                     or child.dep_ == "nummod" and _name_number(child)) \
                and not (child.ent_type_ == "DATE" and child.lemma_.lower() in TIME_NOUNS) \
                and child.text not in TIME_ZONES and not _verb_before_name(child, head) \
                and not _verbs_particle(child):
            # "the benchmark TA-35 index", "the FTSE 100 index"; not "this year's" (a date),
            # nor another figure inside the modifier ("an $875 stone pizza oven")
            zones = {z.i for t in child.subtree if t.text in TIME_ZONES for z in t.subtree}
            keep.update(t.i for t in child.subtree if t.i not in exclude and t.i not in zones
                        and not (t.i != child.i and _money_piece(t)))
    keep.update(c.i for c in head.lefts if c.text == "-" and glued(c)
                and c.i - 1 in keep)  # "phishing e-mails": the hyphen of a word whole
    keep.update(_rest_of_name(head, exclude))
    rank = rank_named(head)  # "world number one"
    keep.update([rank.i] if rank is not None and rank.i not in exclude else [])
    keep.update(c.i for c in head.lefts if c.i not in exclude and _name_determiner(c, head))
    keep.update(_joined_before(head, exclude))
    if with_preps:
        for child in head.rights:
            keep.update(_right_words(head, child, exclude, len(keep), limit, preps)
                        or _counted_with(head, child, exclude)
                        or _of_joined(head, child, exclude, limit - len(keep)))
        keep.update(_aged(head, exclude))
        keep.update(_done_to_counted(head, keep, exclude))
        keep.update(_participle_of_count(head, exclude, limit - len(keep)))
    doc = head.doc
    keep |= _quoted_modifier(doc, keep, head)  # 'the ISM's "new orders" index'
    tokens = [doc[i] for i in sorted(keep)]
    # one contiguous run around the head, determiners and possessive pronouns off the front
    run = _past_dangling_object(_within_dashes(contiguous(tokens, head), head), head)
    while run and hyphened(run[0]) and not _glued_to_figure(run[0], exclude):
        run = [doc[run[0].i - 2], doc[run[0].i - 1], *run]  # "bail-out", "film-maker"
    while run and run[0].i not in specs and not _name_determiner(run[0], head) \
            and (run[0].dep_ in ("det", "predet", "cc")
                   or run[0].dep_ == "prep" and run[0].i != head.i  # "one of three of his works"
                   or run[0].tag_ in ("PRP$", "WP$", "DT", "CD", "POS")
                   and not _opens_name(run[0], exclude)  # "whose wealth",
                   # "the 27-year-old's career"
                   or run[0].lower_ in SUBJECT_STOP and not (
                       len(run) > 1 and run[1].text == "-" and not run[0].whitespace_)  # "much-
                   # loved" stays whole
                   and not (len(run) > 1 and _AGE_GROUP.fullmatch(run[1].text))  # "over 65s"
                   or run[0].is_punct and not _opens_quote(run)
                   or _unit_word(run[0]) and run[0].i != head.i  # "(1.4) times book value"
                   or _rate(run[0]) and run[0].i != head.i  # "$9bn a year tobacco industry"
                   or _glued_to_figure(run[0], exclude) and run[0].i != head.i
                   and (run[0].pos_ != "NOUN" or run[0].lower_ in _MULTIPLES | _SIZE_WORDS
                        or run[0].lower_ in TIME_NOUNS or unitlike(run[0]))):
        run = run[1:]  # "two-time winner", "12,000-strong force", "16-year-old Hickey";
        # a noun stays, as it is what the figure counts: "four-brigade deployment"
    while run and (run[-1].is_punct or run[-1].dep_ in ("cc", "prep", "det")
                   or run[-1].tag_ == "POS" and len(run) > 1 and run[-1].head.dep_ == "poss"):
        # "the striker's" of "the 29-year-old striker's contract": the owner, without the
        # mark (but "McDonald's", a name that ends in one)
        run = run[:-1]
    if not run:
        return ""
    run = [*run, *hyphened_after(run[-1], exclude)]  # "e-mails", "co-stars"
    run = [*run, *_rest_of_date(run[-1], exclude)]  # "the year to 31 December"
    if run[0].i == head.i:
        run = [*_age_of_group(head, exclude), *run]  # "18 to 30-year-olds"
    if run[0].i == head.i:
        run = [doc[i] for i in ages] + run  # "18 to 24-year-old males"
    return text_of(doc)[run[0].idx:run[-1].idx + len(run[-1].text)]  # as the article writes it


def _done_to_counted(head, keep: set[int], exclude: set[int]) -> list[int]:
    """A bare participle right after a number's "of" phrase that the parse hung on the
    number, which says what was done to what it counts: "The number of new cars registered
    fell" -> "number of new cars registered"."""
    if head.lemma_.lower() not in ("number", "total", "count"):
        return []
    done = next((c for c in head.rights if c.dep_ == "acl" and c.tag_ == "VBN"
                 and c.i == max(keep) + 1 and c.i not in exclude), None)
    if done is None or any(c.dep_ not in ("prt", "advmod") for c in done.children):
        return []
    return [t.i for t in done.subtree]


def _ages_of_plural(head, exclude: set[int]) -> list[int]:
    """The ages before a plural that say which ones it names, kept with it as a group its
    ages name is ("18 to 24 year olds"): "70% of 18 to 24-year-old women" -> "18 to
    24-year-old women", which "women" alone would say of all of them; none where the ages
    are the figure itself, nor before a name or a singular ("the 47-year-old director")."""
    old = next((c for c in head.lefts if c.dep_ == "amod" and c.lower_ == "old"
                and c.i == head.i - 1), None)
    if head.tag_ != "NNS" or old is None:
        return []
    words = list(range(old.left_edge.i, old.i + 1))
    first = head.doc[words[0]]
    if first.lower_ in ("to", "or", "and") and first.i > 0 and head.doc[first.i - 1].like_num:
        words.insert(0, first.i - 1)  # "18" of "18 to 24-year-old", which the parse hangs
        # on the noun apart
    if any(i in exclude for i in words) or not any(head.doc[i].like_num for i in words):
        return []
    return words


def _age_of_group(head, exclude: set[int]) -> list:
    """The ages before "olds" that name the group, which hold a number of their own: "50%
    of 18 to 30-year-olds" -> "18 to 30-year-olds", not "olds"; none where the ages are the
    figure itself."""
    year = next((c for c in head.children if c.dep_ == "compound" and c.lower_ == "year"
                 and c.i == head.i - 2), None)
    if head.lower_ != "olds" or year is None or any(t.i in exclude for t in year.subtree):
        return []
    return list(head.doc[year.left_edge.i:head.i])


def _aged(head, exclude: set[int]) -> list[int]:
    """The age phrase right after a plural that defines the group, however the parse hangs
    it: "Britons aged 65 or over", "people aged between 18 and 34" (not one that holds the
    figure itself)."""
    doc = head.doc
    aged = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if aged is None or aged.lower_ != "aged" or aged.dep_ != "acl" \
            or not (head.tag_ in ("NNS", "NNPS") or head.text.endswith("s")) \
            or aged.head.i != head.i and aged.head.i not in exclude:
        return []
    sub = [aged.i]
    for t in doc[aged.i + 1:aged.i + 7]:  # the age words only, however far the parse's
        # subtree runs ("aged 70 or over use online banking")
        if t.i in exclude:
            return []  # "US citizens aged under 30": the age is the figure itself
        if not (t.like_num or t.lower_ in _AGE_WORDS or t.text == "-"):
            break
        sub.append(t.i)
    while len(sub) > 1 and not doc[sub[-1]].like_num and doc[sub[-1]].lower_ not in _AGE_ENDS:
        sub.pop()  # "the 40 men aged 30 and their wives"
    return sub if len(sub) > 1 else []


# the words of an age phrase after "aged": "aged 65 or over", "aged between 18 and 34"
_AGE_ENDS = {"over", "under", "above", "below", "plus", "upwards", "older", "younger"}
_AGE_WORDS = _AGE_ENDS | {"between", "and", "or", "to"}


def _rest_of_date(last, exclude: set[int]) -> list:
    """The words of a date the phrase ends inside, which the parse hung elsewhere: the
    "December" of "Profits for the year to 31 December rose"."""
    if last.ent_type_ != "DATE" or last.ent_iob_ == "O":
        return []
    ent = next(e for e in last.doc.ents if e.start <= last.i < e.end)
    rest = list(last.doc[last.i + 1:ent.end])
    if any(t.i in exclude or t.pos_ not in ("PROPN", "NUM") for t in rest):
        return []  # not "seasons ago", "last year's"
    return rest


def _defining_phrase(prep) -> bool:
    """An "in", "on" or "at" phrase that says what its noun is, not where or when: "the
    global trade in pirated wares", "bonuses on pension policies", "Turkcell's stake in a
    new mobile network", "sales at clothing stores"; not "prices in London", "sales in the
    period", "growth in 2004", "sales at the weekend"."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if prep.lower_ == "with" and obj is not None and prep.head.lemma_.lower() in _BALANCES:
        return True  # "the US's deficit with China", "trade with the EU": between whom
    if prep.lower_ == "at" and obj is not None and obj.lemma_.lower() in _NOT_WHERE_SOLD:
        return False
    if prep.lower_ == "at" and obj is not None and obj.pos_ == "PROPN" \
            and obj.ent_type_ == "ORG" and _noun_like(prep.head):
        return True  # "losses at General Motors Europe", "jobs at Rover": the firm's own
    return (prep.lower_ in ("in", "on", "at") and obj is not None and obj.pos_ == "NOUN"
            and obj.is_lower and not obj.ent_type_
            and obj.lemma_.lower() not in TIME_NOUNS | {"period", "quarter", "half"}
            and _noun_like(prep.head) and not obj.like_num)


# the nouns of a balance, a trade or a gap between two sides, whose "with" phrase names the
# other
_BALANCES = BALANCE_NOUNS | {"gap"}


def _behind(prep) -> bool:
    """A "behind" phrase that says whose people they are: "the three brothers behind the
    Falic Group", "the team behind the game"; not a place ("40 fans behind the goal")."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return prep.lower_ == "behind" and obj is not None and obj.lemma_.lower() not in (
        "goal", "line", "bar", "stand", "wall", "door", "scene", "schedule", "leader") \
        and prep.head.lemma_.lower() in PEOPLE_NOUNS | {"brother", "team", "family", "man",
                                                        "woman", "founder", "owner"}


def _between(prep) -> bool:
    """A "between" phrase that says which two a noun joins or parts: "the gap between rich
    and poor", "the difference between what the UK exported and imported", "the deal
    between the EU and Chile"; not a span of time or of numbers ("between 2001 and 2004"),
    a share out ("sell 10,000 cars between them") or a route ("carry 840 people between
    hub airports"): the noun is one thing."""
    return prep.lower_ == "between" and prep.head.tag_ == "NN" and not any(
        t.like_num or t.ent_type_ in ("DATE", "TIME") or t.pos_ == "PRON" and t.dep_ == "pobj"
        for t in prep.subtree)


def _out_of(prep) -> bool:
    """An "out of" phrase that says which ones a noun means: "the number of people out of
    work", "children out of school"; a common noun, not a place ("flights out of Heathrow")."""
    of = next((c for c in prep.children if c.lower_ == "of" and c.dep_ == "prep"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return prep.lower_ == "out" and obj is not None and obj.pos_ == "NOUN" and obj.is_lower \
        and not obj.ent_type_


def _noun_like(token) -> bool:
    """A noun, or a gerund that stands as one ("Spending on schools will rise")."""
    return token.pos_ == "NOUN" or token.tag_ == "VBG" and token.dep_ in ("nsubj", "nsubjpass")


# what an "at" phrase names that is no place of business: a time, a rate, a level
_NOT_WHERE_SOLD = {"time", "moment", "end", "start", "beginning", "stage", "point", "rate",
                   "level", "price", "cost", "pace", "weekend", "peak", "height", "high", "low",
                   "expense", "risk", "speed", "odd", "least", "most", "first", "last",
                   "discount", "premium", "value", "margin", "par", "night", "noon", "dawn",
                   "lunchtime", "age", "close", "opening", "outset"}


def _name_after(head, last, exclude: set[int]) -> list:
    """The words of a name in apposition to `head` that starts right after `last`, no mark
    between, its own words only: the "Jarvis" of "Shares in engineering group Jarvis",
    which the parse hangs on "Shares"; "Freddie Mac" of "US mortgage firm Freddie Mac";
    not "Sideways and ..." nor "(GM)" after "General Motors"."""
    named = next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN"
                  and c.left_edge.i == last.i + 1), None)
    if named is None or any(t.i in exclude for t in named.subtree):
        return []
    doc, end = head.doc, named.i
    while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and doc[end + 1].head.i == named.i:
        end += 1
    return list(doc[named.left_edge.i:end + 1])


def apposed_name(noun, exclude: set[int]):
    """The name set off by commas or dashes after a noun that only describes it: "Toyota"
    of "the country's biggest carmaker, Toyota, said", "The buyer - US retail group Acme -
    paid"; None where the noun has no determiner or owner ("market analysts, Acme
    Research"), or the name runs on to anything but the same mark or the sentence's end."""
    doc = noun.doc
    if noun.pos_ != "NOUN" or noun.i + 2 >= len(doc) \
            or doc[noun.i + 1].text != "," and not spaced_dash(doc[noun.i + 1]) \
            or not any(c.dep_ in ("det", "poss") for c in noun.children):
        return None
    name = next((c for c in noun.rights if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and c.left_edge.i == noun.i + 2 and c.ent_type_ in ("ORG", "PERSON")), None)
    if name is None or any(t.i in exclude for t in name.subtree) \
            or name.left_edge.pos_ not in ("PROPN", "DET"):
        return None  # not "The Leeds-born actress, real name Sarah Jones, signed"
    after = name.right_edge.i + 1
    return name if after == len(doc) or doc[after].text in (doc[noun.i + 1].text, ".") else None


def _dated_phrases(prep) -> set[int]:
    """The words of the phrases of when on a noun or inside its phrase, which only say when:
    "in May" of "its 10-year run on the ABC network in May", "for the quarter", "in the
    three months to 31 December", "for all of last year"; not an "of" phrase ("decades of
    inflation") nor a date's word that is no time ("a week-on-week rise in output")."""
    return {t.i for p in prep.subtree if p.dep_ == "prep" and p.lower_ in _WHEN_PREPS
            and any(o.dep_ == "pobj" and _when(o) for o in p.children) for t in p.subtree}


# nouns that a phrase of when defines: "the figure for June", "a target for 2005"
_FRAMED_BY_WHEN = VALUE_NOUNS | ESTIMATE_NOUNS | {"target", "budget"}
_WHEN_PREPS = {"in", "on", "for", "during", "between", "over", "at", "since", "until", "to"}
_WHEN_WORDS = TIME_NOUNS | {"period", "season", "decade", "century", "weekend", "morning",
                            "afternoon", "evening", "night", "time"} \
    | {m.lower() for m in MONTHS} | {d.lower() for d in WEEKDAYS}


def _framed_by_when(noun) -> bool:
    """Whether a phrase of when defines the noun, which says nothing of what without it:
    "the figure for June", "a target for 2005", "growth forecast for 2005"; not a value a
    compound names ("the jobless rate average for 2004")."""
    lemma = noun.lemma_.lower()
    return lemma in _FRAMED_BY_WHEN and not (lemma in VALUE_NOUNS and any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_alpha for c in noun.children))


def _when(noun) -> bool:
    """Whether a phrase's noun names a time: "May", "the quarter", "2004", "all of last
    year"."""
    if noun.lower_ in ("all", "whole", "rest", "end", "start", "beginning", "half"):
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((o for o in of.children if o.dep_ == "pobj"), noun) if of else noun
    return noun.ent_type_ in ("DATE", "TIME") and (
        noun.lemma_.lower() in _WHEN_WORDS or noun.lower_ in _WHEN_WORDS
        or bool(re.fullmatch(r"(?:19|20)\d\d", noun.text)))


# verbs by which counted jobs or staff are lost, whose bare participle names them
_LOSSES = {"axe", "sack", "cut", "lose", "shed", "scrap", "slash", "dismiss"}


def _right_words(head, child, exclude: set[int], kept: int, limit: int,
                 preps: tuple[str, ...]) -> list[int]:
    """The words a child on the right of `head` adds to its phrase, `kept` words held so
    far: an of/to/for phrase whole, a participle of harm, a short defining participle."""
    if child.dep_ == "prep" and _per_number(child):
        sub = []
        for t in child.subtree:  # "connections per 100 people", up to a bracket or a comma
            if t.is_punct and not glued(t) or t.i in exclude:
                break
            sub.append(t.i)
        return sub if len(sub) + kept <= limit else []
    held = child.dep_ == "prep" and held_in(child)
    if child.dep_ == "prep" and (child.lower_ in preps or held or _defining_phrase(child)
                                 or child.lower_ in LIMITING_PREPS or _out_of(child)
                                 or _between(child) or _behind(child)):
        aside = _aside(child) | _level_at_end(child, exclude) | (
            set() if _framed_by_when(head) else _dated_phrases(child))
        if any(t.i in exclude or t.like_num and t.ent_type_ != "DATE" and not _rank(t)
               and not _in_name_number(t) and not _opens_name(t, exclude)
               for t in child.subtree if t.i not in aside):
            return []  # the phrase that holds the figure itself, or another figure
        sub = [t for t in child.subtree if t.i not in exclude and t.i not in aside]
        if held:  # "Shares in engineering group Jarvis": the name, on the head
            sub += _name_after(head, child.right_edge, exclude)
        if len(sub) + kept <= limit and not any(
                t.is_punct and not glued(t) and t.tag_ != "POS" for t in sub):
            # (a hyphen or an owner's mark is part of a name: "the with-profits fund", "its
            # pilots' pension scheme")
            return [t.i for t in sub]
        return _counted_core(head, child, kept, limit)
    if (child.dep_ in ("acl", "amod") and child.tag_ == "VBN" and child.i == head.i + 1
            and (child.lemma_.lower() in HARM_VERBS or child.lemma_.lower() in _LOSSES
                 and head.tag_ in ("NNS", "NNPS"))):
        return [child.i]  # "people killed", "welders sacked during the first half", not
        # "skull found" or "engine tuned"
    if (framed := _framed_participle(head, child, exclude, limit - kept)):
        return framed  # "the number sold", "the proportion of readers using Safari"
    if (child.dep_ == "acl" and child.tag_ in ("VBG", "VBN") and child.i == head.i + 1
            and head.tag_ in ("NNS", "NNPS")
            and (child.tag_ == "VBG" or _whole_participle(child, head))
            and (words := _participle_words(child, exclude, limit - kept))):
        return words  # "800,000 people waiting for surgery", "300 firms offering CPS
        # services", "1,000 adults quizzed by ICM", "cars made in Britain"
    if (child.dep_ == "acl" and child.tag_ == "VBG" and child.i == head.i + 1
            and head.tag_ == "NNS" and head.dep_ != "ROOT"):
        return _participle_core(child, exclude, limit - kept)  # "Fifty new areas getting
        # special help to fight anti-social behaviour ..." -> "... getting special help"
    if child.dep_ == "relcl" and (words := _defining_relative(head, child, exclude,
                                                                  limit - kept)):
        return words
    if child.dep_ == "relcl" and head.lemma_.lower() in _GENERIC_LEVELS \
            and child.left_edge.i == head.i + 1 and (child.left_edge.lower_ == "where" or (
                child.left_edge.lower_ in ("at", "from") and child.left_edge.nbor().lower_
                == "which")) \
            and _defining(child, exclude, limit - kept):
        return [t.i for t in child.subtree]  # "the level where people start paying
        # inheritance tax", "the age at which staff can retire": which level
    return []


def _joined_before(head, exclude: set[int]) -> list[int]:
    """The words of a plural noun "and" joins `head` to right before it, where the figure is
    in `head`'s own "of" phrase and so counts both: "back taxes and fines of $2m" ->
    "back taxes and fines"; none where the first has a determiner, an owner or a figure of
    its own, or more than two are listed."""
    first = head.head
    doc = head.doc
    if head.dep_ != "conj" or first.i > head.i or first.tag_ != "NNS" or head.tag_ != "NNS" \
            or not any(c.dep_ == "prep" and c.lower_ == "of"
                       and any(t.i in exclude for t in c.subtree) for c in head.children) \
            or [c.lower_ for c in first.children if c.dep_ == "cc"] != ["and"] \
            or sum(c.dep_ == "conj" for c in first.children) != 1 \
            or head.left_edge.i - first.i != 2 \
            or any(c.dep_ not in ("amod", "compound") for c in first.lefts) \
            or any(t.like_num or t.i in exclude for t in doc[first.left_edge.i:head.i]) \
            or first.dep_ == "pobj" and _other_figure(first.head.head, exclude):
        return []  # (not "£10,000 from magazine columns and fees of £20,000": the first is
        # where another figure comes from)
    return list(range(first.left_edge.i, head.i))


def _of_joined(head, conj, exclude: set[int], room: int) -> list[int]:
    """The words of `conj`, joined by "and" or "or" to `head` right after head's "of"
    phrase, with no determiner, owner or figure of its own, which the parse joined to
    `head` but which is of that phrase: "Sales of tea and instant coffee" (the sales of
    both); none where more than `room` words."""
    doc = head.doc
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    first = conj.left_edge.i
    joined = conj.dep_ == "conj" and conj.pos_ in NOUNISH and of is not None \
        and of.i < conj.i and of.right_edge.i + 2 == first \
        and doc[first - 1].lower_ in ("and", "or") \
        and all(c.dep_ in ("amod", "compound") for c in conj.lefts) \
        and all(t.i not in exclude and not t.like_num for t in doc[first:conj.i])
    return list(range(first - 1, conj.i + 1)) if joined and conj.i - first + 2 <= room else []


def _counted_with(head, conj, exclude: set[int]) -> list[int]:
    """The words from `head` to `conj`, a plural noun joined to it by "and" or "or" with at
    most its own adjectives between, where the figure on `head` counts it too: "42
    charities and campaigners", "300 doctors and nurses", "$5bn in taxes and fines"; none
    for one with a figure, a determiner or an owner of its own ("300 doctors and two
    nurses", "300 doctors and the police", "180 orders and options on 60 more")."""
    if _joined_count(head, conj, exclude):
        return list(range(head.i + 1, conj.i + 1))
    last = _listed_with(head, conj, exclude)
    return list(range(head.i + 1, last.i + 1)) if last is not None else []


def _listed_with(head, conj, exclude: set[int]):
    """The last of plural nouns listed after `head` by commas and a closing "and" or "or",
    each with at most its own modifiers, where the figure on `head` counts them all: "More
    than 100 banks, insurers and other lenders" -> lenders; else None (not "300 doctors,
    two nurses and ...", nor a list of more than four after `head`, or past ten words)."""
    doc = head.doc
    if conj.dep_ != "conj" or conj.head.i != head.i or head.tag_ != "NNS" \
            or doc[head.i + 1].text != "," \
            or not any(c.dep_ == "nummod" and c.i in exclude for c in head.children):
        return None
    items = [conj]
    while len(items) < 4 and (nxt := next((c for c in items[-1].children if c.dep_ == "conj"
                                            and c.tag_ == "NNS"), None)) is not None:
        items.append(nxt)
    last = items[-1]
    if len(items) < 2 or doc[last.left_edge.i - 1].lower_ not in ("and", "or") \
            or last.i - head.i > 10:  # (not "16 trillion operations, or calculations": one
        # thing restated)
        return None
    for item in items:
        if item.tag_ != "NNS" or any(c.dep_ not in ("amod", "compound", "cc", "punct", "conj")
                                     for c in item.children) \
                or any(t.like_num or t.i in exclude for t in item.subtree) or _own_after(item):
            return None
    return last


def _joined_count(head, conj, exclude: set[int]) -> bool:
    doc = head.doc
    return conj.dep_ == "conj" and conj.head.i == head.i and conj.tag_ == head.tag_ == "NNS" \
        and head.i + 2 <= conj.i <= head.i + 4 and doc[head.i + 1].lower_ in ("and", "or") \
        and all(doc[k].dep_ == "amod" and doc[k].head.i == conj.i
                for k in range(head.i + 2, conj.i)) \
        and all(c.dep_ in _COUNTED_WITH_KIDS for c in conj.children) \
        and not any(figure_like(t) for t in conj.subtree) and not _own_after(conj) \
        and (any(c.dep_ == "nummod" and c.i in exclude for c in head.children)
             or head.dep_ == "pobj" and head.head.lower_ == "in" and (
                 head.head.head.i in exclude or any(c.dep_ == "dobj" and c.i in exclude
                                                    for c in head.head.head.children)))
    # ("owes $27bn in taxes and fines": the kinds the sum is in, the "in" on it or its verb)


def _own_after(noun) -> bool:
    """Whether what follows `noun` shows it a verb ("claims to update") or gives it a
    figure of its own the parse hung elsewhere ("options on 60 more")."""
    doc = noun.doc
    after = doc[noun.i + 1:noun.i + 3]
    return len(after) > 0 and (after[0].lower_ == "to" and after[0].pos_ == "PART"
                               or after[0].pos_ == "ADP" and len(after) > 1
                               and after[1].like_num)


# what a noun counted with another may have on it: its adjectives and its own phrase, no
# figure, determiner, owner, nor what a verb the tagger took for a noun has ("8 billion
# pages and claims to refresh them")
_COUNTED_WITH_KIDS = {"amod", "compound", "prep"}


# people named by the ages they are over or under: "over 65s", "under-16s"
_AGE_GROUP = re.compile(r"\d+s")

# nouns that only frame a count or a sum, which the words after them define
_COUNTING_FRAMES = {"number", "amount", "proportion", "total", "percentage"}


def _counted_core(head, prep, kept: int, limit: int) -> list[int]:
    """The core of an "of" phrase too long to keep whole after a noun that frames a count,
    with the participle right after its noun: "the number of children walking to school
    every day across the county" -> "number of children walking"."""
    if prep.lower_ != "of" or head.lemma_.lower() not in _COUNTING_FRAMES:
        return []
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return []
    words = [prep.i, *(w.i for left in obj.lefts for w in left.subtree), obj.i]
    doc = head.doc
    if len(words) + kept > limit or any(doc[i].like_num or doc[i].is_punct for i in words):
        return []
    verb = next((c for c in obj.rights if c.dep_ == "acl" and c.tag_ in ("VBN", "VBG")
                 and c.i == obj.i + 1), None)
    if verb is not None and len(words) + kept < limit:
        words.append(verb.i)  # "the number of fake goods seized at the country's ports" ->
        # "number of fake goods seized": the deed that says which are counted
    return sorted(words)


def _participle_core(verb, exclude: set[int], room: int) -> list[int]:
    """A participle too long to keep whole, cut to the verb and its object's own words
    ("getting special help" of "getting special help to fight anti-social behaviour in
    England and Wales"); none where the object has no words of its own or holds a figure."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.i <= verb.i or obj.pos_ not in ("NOUN", "PROPN") \
            or verb.lemma_.lower() in REPORTING_VERBS:
        return []  # not "companies calling it", "figures showing Malaysia's economy"
    words = list(range(verb.i, obj.i + 1))
    if len(words) > min(room, 5) or any(
            t.i in exclude or t.like_num or t.is_punct
            or t.i not in (verb.i, obj.i) and not (t.head.i == obj.i and t.dep_ in _OBJECT_WORDS)
            for t in verb.doc[verb.i:obj.i + 1]):
        return []  # not "questions occupying not just Wales supporters"
    return words


# the words of an object's own that a cut participle keeps: "getting special help"
_OBJECT_WORDS = {"det", "amod", "compound", "poss", "case"}


_QUOTE_MARKS = set(MARKS)  # the marks that open or close a quotation


def _quoted_modifier(doc, keep: set[int], head) -> set[int]:
    """The quote marks around kept modifiers before the head, the two of a pair: 'the
    ISM's "new orders" index' keeps "new orders" in its marks; none for a lone mark."""
    marks = [i for i in range(min(keep), head.i) if doc[i].text in _QUOTE_MARKS]
    if min(keep) > 0 and doc[min(keep) - 1].text in _QUOTE_MARKS:
        marks.insert(0, min(keep) - 1)
    return set(marks) if len(marks) == 2 else set()


def _opens_quote(run) -> bool:
    """Whether the run opens with a quote mark closed inside it: '"new orders" index'."""
    return run[0].text in _QUOTE_MARKS and any(t.text in _QUOTE_MARKS for t in run[1:])


def _per_number(prep) -> bool:
    """A "per" or "for every" phrase with a number of its own, the base of a rate: "per 100
    people", "for every 1,000 births"."""
    doc = prep.doc
    at = prep.i + 1 + (prep.lower_ == "for" and prep.i + 1 < len(doc)
                       and doc[prep.i + 1].lower_ == "every")
    return (prep.lower_ == "per" or at > prep.i + 1) and at < len(doc) and doc[at].like_num


def _whole_participle(verb, head) -> bool:
    """Whether a past participle after a noun is a phrase of its own, not the main verb the parse
    missed ("About 300 fans protested outside the ground", the noun left as the root) nor one
    that runs into the next clause ("with only two games left to play Wilkinson was
    unlikely to be fit": a name before a verb; "the business leaders surveyed say or
    estimate")."""
    doc, words = verb.doc, list(verb.subtree)
    after = doc[words[-1].i + 1] if words[-1].i + 1 < len(doc) else None
    if verb.lemma_.lower() in _DOCUMENT_DEEDS:
        return False  # "a survey of 2,000 adults conducted in May": the survey's
    infinitive = any(t.lower_ == "to" and t.dep_ == "aux" for t in words)
    return head.dep_ != "ROOT" and not (infinitive and after is not None and words[-1].pos_
                                        == "PROPN" and after.pos_ in ("VERB", "AUX")) \
        and not any(t.pos_ in ("VERB", "AUX") and t.i != verb.i and t.i > 0
                    and doc[t.i - 1].lower_ != "to" for t in words)


# what is done to a survey, a study or a report, never to what it counts
_DOCUMENT_DEEDS = {"conduct", "publish", "commission", "compile"}


# nouns of a level that say nothing without the clause that defines them: "the level where
# people start paying inheritance tax"
_GENERIC_LEVELS = {"level", "point", "threshold", "age", "limit", "stage"}


def _defining_clause(verb) -> bool:
    """Whether a relative clause right after a plural noun says which of them it means: its
    pronoun is its subject, its verb agrees with the plural and it ends whole ("tourists
    who visit Cuba every year", "the two lenders that were identified"); not a clause
    about the "one" before ("one of the categories that was scrapped"), one whose subject
    is another ("the subscribers that it was aiming for") or set off by a comma."""
    words = list(verb.subtree)
    pronoun, last = words[0], words[-1]
    if _object_clause(verb, words):
        return True
    return (pronoun.i == verb.head.i + 1 and pronoun.lower_ in ("who", "that", "which")
            and pronoun.dep_ in ("nsubj", "nsubjpass")
            and not any(t.tag_ == "VBZ" or t.lower_ == "was" for t in (verb, *verb.children)
                        if t.i > pronoun.i and t.pos_ in ("VERB", "AUX"))
            and not (last.dep_ == "prep" and not list(last.children)))


def _object_clause(verb, words: list) -> bool:
    """A relative clause with no pronoun whose gap is its verb's object, right after a
    plural noun: "the 300 articles the site has stored", "the 12 paintings she had sold",
    "the 2,000 complaints the regulator received last year"; not one that ends on a bare
    preposition ("the fans we spoke to")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.left_edge.i == verb.head.i + 1 == words[0].i \
        and subject.pos_ in ("PRON", "PROPN", "NOUN") and subject.tag_ != "WP" \
        and subject.lower_ != "that" and verb.tag_ in ("VBD", "VBN", "VBP", "VBZ") \
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children) \
        and not (words[-1].dep_ == "prep" and not list(words[-1].children))


def _past_dangling_object(run: list, head) -> list:
    """The words of `run` after the object of a preposition right before it that the parse
    left with none and glued to the phrase: "on Monday Mr Sullivan named" -> "Mr Sullivan",
    "During its investigation FBI agents downloaded" -> "FBI agents"."""
    if not run or run[0].i == 0:
        return run
    prep = head.doc[run[0].i - 1]
    if prep.pos_ != "ADP" or prep.dep_ != "prep" or next(prep.children, None) is not None:
        return run
    cut = next((k for k, t in enumerate(run) if t.pos_ in NOUNISH), None)
    if cut is None or run[cut].i >= head.i or not (
            run[cut].ent_type_ in ("DATE", "TIME") or cut and run[cut - 1].dep_ in ("det", "poss")):
        return run  # "In South Korea, Japan and Hong Kong normal connection speeds": unsure
    return run[cut + 1:]


def _rank(token) -> bool:
    """An ordinal that ranks what a phrase names, which is no figure: "the fifth biggest US
    carrier", "her third and fourth novels"; not "a second visit", "the first time"."""
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    head = token.head.head if token.head.ent_type_ == "ORDINAL" else token.head  # "third and"
    return token.ent_type_ == "ORDINAL" and (nxt is not None and nxt.tag_ in ("JJS", "RBS")
                                             or head.tag_ == "NNS")


def _level_at_end(phrase, exclude: set[int]) -> set[int]:
    """The "from" or "to" phrase that ends a phrase and holds the figure, a level the parse
    hung on the phrase's last noun: "the price of the calls from the present £5" names
    "price of the calls" without it."""
    for prep in phrase.subtree:
        if prep.i != phrase.i and prep.dep_ == "prep" and prep.lower_ in ("from", "to") \
                and prep.right_edge.i == phrase.right_edge.i and prep.head.pos_ in NOUNISH \
                and any(t.i in exclude for t in prep.subtree):
            return {t.i for t in prep.subtree}
    return set()


def _aside(phrase) -> set[int]:
    """The relative clauses set off by a comma or dash inside a phrase, with their mark: "of
    the broadband market, which is becoming competitive" names the market without them;
    also what a name is, set off after it ("in Zeta, the region's biggest web portal")."""
    doc = phrase.doc
    words: set[int] = set()
    for clause in phrase.subtree:
        start = clause.left_edge.i
        described = clause.dep_ == "appos" and clause.head.pos_ == "PROPN" \
            and clause.head.i < start and doc[start - 1].text == "," \
            and doc[start].lower_ in ("the", "a", "an")  # "in Zeta, the region's biggest web
        # portal": the name says which; what it is, set off, is an aside (not a list:
        # "from Toshiba, HP or Samsung")
        if (clause.dep_ == "relcl" or described) and start > phrase.i \
                and doc[start - 1].text in (",", *DASHES):
            words.update(range(start - 1, clause.right_edge.i + 1))
    return words


def _defining_relative(head, clause, exclude: set[int], room: int) -> list[int]:
    """The words of a relative clause that says which of a counted plural it means, whole
    ("people who have signed up") or, where too long whole, without the phrase of when that
    closes it ("four Britons who were freed from the camp in January"); none else."""
    if head.tag_ not in ("NNS", "NNPS") or not _defining_clause(clause):
        return []
    if _defining(clause, exclude, room):
        return [t.i for t in clause.subtree]
    when = _closing_when(clause)
    if when and not when & exclude and _defining(clause, exclude, room, when):
        return [t.i for t in clause.subtree if t.i not in when]
    if not when and _defining(clause, exclude, room, most=_MOST_WITH_NO_WHEN):
        return [t.i for t in clause.subtree]  # "people who marched against plans for the
        # new runway": one word longer, with no phrase of when to leave out
    return []


def _closing_when(verb) -> frozenset[int]:
    """The words of a phrase of when that closes a clause ("in January", "in 2005"), which
    only says when: none where there is none, nor for a rate or a span with no preposition
    ("every year", "last year"), which may say which ones."""
    last = next((c for c in verb.rights if c.right_edge.i == verb.right_edge.i), None)
    if last is None or last.i < verb.i:
        return frozenset()
    dated = last.dep_ == "prep" and last.lower_ in ("in", "on", "during") and any(
        o.dep_ == "pobj" and o.ent_type_ == "DATE" for o in last.children)
    return frozenset(t.i for t in last.subtree) if dated else frozenset()


# the most words a defining clause or participle's phrase keeps whole, and where it has no
# phrase of when at its end that could be left out instead
_MOST_WORDS, _MOST_WITH_NO_WHEN = 7, 8


def _defining(verb, exclude: set[int], room: int, aside: frozenset[int] = frozenset(),
              most: int = _MOST_WORDS) -> bool:
    """Whether a participle's phrase after a plural noun is short, whole and holds no
    figure, so that it can name the set the noun counts, without the words `aside`; not
    what a document shows ("figures showing that ...")."""
    stray = _stray_infinitive(verb) | aside
    words = [t for t in verb.subtree if t.i not in stray]
    return (len(words) <= min(room, most) and verb.lemma_.lower() not in REPORTING_VERBS
            and not any(t.i in exclude or t.like_num and not _in_name_number(t)
                        and t.lower_ not in ORDINAL_WORDS  # "waiting to buy their first home"
                        and not (t.ent_type_ == "DATE" and len(t) == 4 and t.is_digit)
                        # ("since it opened in 2003": a year, no figure)
                        or t.is_punct and not glued(t) or _verb_taken_for_noun(t)
                        for t in words))


def _framed_participle(head, child, exclude: set[int], room: int) -> list[int]:
    """The words of a participle that says what a noun framing a count counts: right after
    it, the participle alone where its phrase is too long ("the number sold", "the number
    waiting over six months" -> "number waiting"); right after the noun's "of" phrase, also
    after "share", where the parse hung it on the noun, not on the "of" phrase's noun it
    says which of ("the proportion of readers using Safari"); none else."""
    if child.dep_ != "acl" or child.tag_ not in ("VBG", "VBN") and not (
            child.tag_ == "VBD" and participle_form(child)):  # ("stopped", tagged a past)
        return []
    if child.i == head.i + 1 and head.lemma_.lower() in _COUNTING_FRAMES:
        whole = _defining(child, exclude, room)
        return [t.i for t in child.subtree] if whole else [child.i]
    if head.lemma_.lower() not in _COUNTING_FRAMES | {"share"}:
        return []
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    acronym = _acronym_end(child)  # "using Safari (SB)": the bracket left out
    if of is None or of.right_edge.i + 1 != child.i:
        return []
    if not _defining(child, exclude, room, acronym):
        return [child.i] if room > 0 else []  # "the number of fake goods seized at the
        # country's ports" -> "number of fake goods seized"
    return [t.i for t in child.subtree if t.i not in acronym]


def _acronym_end(verb) -> frozenset[int]:
    """The words of a bracketed acronym that ends a participle's phrase ("(IE)")."""
    end = verb.right_edge.i
    return frozenset((end - 2, end - 1, end)) if acronym_ends(verb.doc, end) else frozenset()


def acronym_ends(doc, end: int) -> bool:
    """Whether the token at `end` closes a bracketed acronym: "(VPN)", "(IE)"."""
    return end >= 2 and doc[end].text == ")" and doc[end - 2].text == "(" \
        and doc[end - 1].is_upper and doc[end - 1].is_alpha


def _participle_of_count(head, exclude: set[int], room: int) -> list[int]:
    """The words of a participle's phrase right after a plural a count's "of" phrase names,
    where the parse hung it on the count: "three million of our children living in cramped
    homes" -> "living in cramped homes", as for "800,000 people waiting for surgery"; none
    else."""
    of = head.head
    if head.dep_ != "pobj" or of.lower_ != "of" or of.head.i not in exclude \
            or head.tag_ not in ("NNS", "NNPS"):
        return []
    verb = next((c for c in of.head.children if c.dep_ == "acl" and c.tag_ == "VBG"
                 and c.i == head.right_edge.i + 1), None)
    return _participle_words(verb, exclude, room) if verb is not None else []


def _participle_words(verb, exclude: set[int], room: int) -> list[int]:
    """The words of a participle's phrase that name the set a plural counts, where it is
    `_defining`, else without a phrase of when that ends it ("fees collected from
    customers over the past ten years" -> "fees collected from customers"); none else."""
    stray = _stray_infinitive(verb)
    if _defining(verb, exclude, room):
        return [t.i for t in verb.subtree if t.i not in stray]
    dated = _dated_end(verb)
    if dated and _defining(verb, exclude, room, dated):
        return [t.i for t in verb.subtree if t.i not in stray | dated]
    if not dated and _defining(verb, exclude, room, most=_MOST_WITH_NO_WHEN):
        return [t.i for t in verb.subtree if t.i not in stray]  # "poets picked by judges
        # for a national verse prize"
    return []


def _dated_end(verb) -> frozenset[int]:
    """The words of a phrase of when that ends a past participle's phrase ("in 2005" of
    "shortlisted for a book award in 2005"); none where one ends it elsewhere."""
    dated = _dated_phrases(verb) if verb.tag_ == "VBN" else set()
    end = verb.right_edge.i
    return frozenset(dated) if dated and end in dated \
        and dated == set(range(min(dated), end + 1)) else frozenset()


def _stray_infinitive(verb) -> set[int]:
    """The words of an infinitive the parse hangs on a participle but which is another
    word's: "to reopen" of "the first of the 12 towns hit by the storm to reopen" (the
    first reopens)."""
    if verb.tag_ != "VBN":
        return set()
    return {t.i for c in verb.children if c.dep_ == "advcl" and to_form(c) and any(
        b.dep_ in ("agent", "prep", "npadvmod", "dobj") and verb.i < b.i < c.i
        for b in verb.children) for t in c.subtree}  # (not "the signatures needed to
    # trigger the vote", the participle's own infinitive)


def _verb_taken_for_noun(token) -> bool:
    """Whether a noun has an infinitive the parse gives a verb ("hope" of "The four
    charities organising the concert hope to raise money"), so it is the sentence's verb
    the parse took for the participle's object."""
    return token.dep_ == "xcomp" and token.head.pos_ == "NOUN"


def _opens_name(token, exclude: set[int]) -> bool:
    """A number that opens a name, not a count: "Six" of "Six Nations games", "3" of "3G
    mobile ownership" (glued to a letter); not another figure."""
    doc = token.doc
    if token.i in exclude or token.i + 1 >= len(doc) or not token.like_num:
        return False
    after = doc[token.i + 1]
    if _glued_letter(token):
        return True  # "3G", "4K"
    code = doc[token.i + 2] if token.i + 2 < len(doc) else None
    if code is not None and not token.whitespace_ and after.text == "-" and not after.whitespace_ \
            and any(c.isdigit() for c in code.text) and any(c.isalpha() for c in code.text):
        return True  # "777-200LR": a model's name, a number and a code hyphened
    return token.is_title and token.is_alpha and token.head.i == after.i \
        and after.pos_ == "PROPN" and after.is_title and token.i > 0 \
        and not doc[token.i - 1].is_sent_start


def _glued_letter(token) -> bool:
    """A number glued to a capital letter or two, a name: "3G", "4K"."""
    doc = token.doc
    return token.like_num and not token.whitespace_ and token.i + 1 < len(doc) \
        and doc[token.i + 1].is_alpha and doc[token.i + 1].is_upper and len(doc[token.i + 1]) <= 2


def _in_name_number(token) -> bool:
    """A number that is part of a name: "BBC News 24", "Channel 4"."""
    return token.dep_ in ("nummod", "compound", "appos") and token.head.pos_ == "PROPN" \
        and token.head.i < token.i


def _within_dashes(run: list, head) -> list:
    """The part of `run` between the spaced dashes around `head`: a dash sets off an aside
    or a new clause ("fared well - Toyota sales jumped 11%", "the firm - China's biggest
    jet fuel supplier - said"), never a piece of the noun's name; "bail-out" has no space."""
    doc = head.doc
    cuts = [t.i for t in run if spaced_dash(t)]
    lo = max((i for i in cuts if i < head.i), default=-1)
    hi = min((i for i in cuts if i > head.i), default=len(doc))
    return [t for t in run if lo < t.i < hi]


def _those_who(head, exclude: set[int], limit: int) -> str:
    """"those questioned", "those aged 30-39", "those who have dial-up access": a pronoun
    named by the clause after it; nothing where no clause follows ("those" alone)."""
    clause = next((c for c in head.rights if c.dep_ in ("acl", "relcl", "amod", "prep")), None)
    if clause is None:
        return ""
    words = [t for t in clause.subtree if t.i not in exclude]
    if not words or len(words) >= limit or any(t.is_punct and not glued(t) for t in words) \
            or words[0].i != head.i + 1 or words[-1].i - head.i != len(words):
        return ""  # a clause broken by the figure or running on: not a name
    doc = head.doc
    return text_of(doc)[head.idx:words[-1].idx + len(words[-1].text)]


def hyphened_after(token, exclude: set[int]) -> list:
    """The words hyphened on after `token` ("-mails" in "e-mails"), none where the chain
    holds a figure ("mother-of-nine")."""
    doc, rest = token.doc, []
    i = token.i
    while i + 2 < len(doc) and hyphened(doc[i + 2]) and doc[i + 2].is_alpha:
        rest += [doc[i + 1], doc[i + 2]]
        i += 2
    if any(t.i in exclude or figure_like(t) for t in rest):
        return []
    return rest


# Nouns hyphened to a figure that say how many times or ways, not what is counted.
_MULTIPLES = {"time", "times", "way", "fold"}
# words of a group's size hyphened to its count: "a 22-man squad" is a squad of 22 men
_SIZE_WORDS = {"man", "men", "member", "strong", "seat", "person", "nation", "player", "state",
               "country", "team", "club", "piece"}  # "the enlarged 25-state EU"


def sized_group(noun, inside: set[int]) -> bool:
    """Whether the figure at `inside` is the size of the group `noun` names, hyphened to a
    word of size before it: "the 25-man squad", "the 13-nation bloc"; not of an outing,
    whose count is of the places it goes to ("a four-nation tour")."""
    doc, after = noun.doc, max(inside) + 1
    return after + 2 <= noun.i and doc[after].text == "-" \
        and doc[after + 1].lower_ in _SIZE_WORDS and noun.lemma_.lower() not in _OUTINGS


_OUTINGS = {"visit", "tour", "trip", "mission", "journey", "swing"}


def _glued_to_figure(token, exclude: set[int]) -> bool:
    """A word hyphened, directly or through other words, to a figure: "time" in "two-time",
    "old" in "16-year-old"."""
    doc = token.doc
    while hyphened(token):
        token = doc[token.i - 2]
        if token.i in exclude or figure_like(token):
            return True
        if not token.is_alpha:
            return False
    return False


def _other_figure(modifier, exclude: set[int]) -> bool:
    """A modifier that is another figure or its unit: "its $17m profit", "a 1.6 litre
    engine"; not a count inside a word ("a six-cylinder engine"), nor an ordinal that makes
    a compound with the noun after it ("two first class tickets", "six second hand cars")."""
    doc = modifier.doc
    if modifier.lower_ in ORDINAL_WORDS and 0 < modifier.i < len(doc) - 1 \
            and doc[modifier.i - 1].i in exclude and (nxt := doc[modifier.i + 1]).pos_ == "NOUN" \
            and nxt.dep_ == "compound" and nxt.head.i == modifier.head.i:
        return False  # (right after the count: not "Britain's first relay medal", a rank)
    if figure_like(modifier):
        return True
    scale = unitlike(modifier) or modifier.text.rstrip(".") in SCALES  # "$17m": "17", "m"
    before = modifier.doc[modifier.i - 1] if modifier.i > 0 else None
    number = [t for t in modifier.subtree if t.i not in exclude]
    if before is not None and before.i not in exclude:
        number.append(before)
    return scale and any(figure_like(t) for t in number)


_MONEY_SIGNS = ("$", "£", "€", "¥")

# a measure written as one word with its unit: "160GB", "5.2litre", "40mph"
_GLUED_MEASURE = re.compile(r"\d[\d.,]*[^\W\d_]+")


def _spec(modifier, exclude: set[int]) -> list:
    """The tokens of a measure with a unit that says which thing is meant, kept in its
    noun's phrase: "a 160GB version for £399", "a 6.3 litre V12 engine", "the women's 60m
    title"; none for a sum ("its $17m profit", "a 7.5m euro project"), a share or a bare
    number."""
    tokens = [t for t in modifier.subtree if t.i not in exclude]
    doc, after = modifier.doc, modifier.right_edge.i + 1
    if any(t.dep_ in ("cc", "conj") and t.head.i in exclude for t in tokens):
        return []  # "a 30 or 40 point victory": the other end of the figure's own range
    if tokens and after < len(doc) and unitlike(doc[after]) and doc[after].i not in exclude \
            and after != modifier.head.i and doc[after].ent_type_ not in ("GPE", "NORP", "ORG"):
        tokens.append(doc[after])  # "6.3" and "litre" of "a 6.3 litre V12 engine", apart;
        # not "89,000 tonnes of food" (a measure of its own), "12 US regions"
    before = modifier.left_edge.i - 1
    if tokens and before >= 0 and doc[before].tag_ == "CD" and before not in exclude:
        tokens.insert(0, doc[before])  # "GB" of "a 256 GB model", after its number
    if not tokens or any(_money_piece(t) or t.lower_ in _NOT_SPECS or t.text in ("(", ")")
                         for t in tokens) \
            or any(t.lower_ in _CURRENCY_WORDS for t in [*tokens, modifier.head]):
        return []  # "154m naira ($1.1m)": the sum is the noun's
    measured = any(_measure_number(t) for t in tokens) or any(
        t.like_num and t.tag_ == "CD" for t in tokens) and any(
        unitlike(t) and t.is_alpha for t in tokens)  # not "the second time"
    return tokens if measured else []


def _measure_number(token) -> bool:
    """A number glued to a unit ("160GB", "60m"), not to a scale ("154m" of money is read
    by the sum's own rules)."""
    m = _GLUED_MEASURE.fullmatch(token.text)
    return m is not None and token.text.lstrip("0123456789.,").lower() not in SCALES


_NOT_SPECS = {"%", "p", "pence", "cents", "cent", "percent", "per", "pc"}
# currency names and their last words ("pesos" of "argentine pesos")
_CURRENCY_WORDS = {w.split()[-1] for w in CURRENCY_WORDS}


def _money_piece(token) -> bool:
    """A piece of a sum: its sign, or the number or scale after one ("$", "875" of "an $875
    stone pizza oven")."""
    doc, i = token.doc, token.i
    return (token.text in _MONEY_SIGNS
            or i > 0 and doc[i - 1].text in _MONEY_SIGNS and token.like_num
            or i > 1 and doc[i - 2].text in _MONEY_SIGNS and doc[i - 1].like_num
            and token.lower_ in SCALES)


def _rate(token) -> bool:
    """The "year" of "a year" after a sum: a rate, not a word of the subject."""
    doc = token.doc
    return (token.lower_ in TIME_NOUNS and token.i > 0
            and doc[token.i - 1].lower_ in ("a", "an", "per", "each"))


def rank_named(noun):
    """The number of a rank or a shirt that "number" names, right after it: "one" of "the
    world number one", "eight" of "the 25-year-old number eight"; None elsewhere."""
    doc = noun.doc
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    return after if noun.lower_ == "number" and after is not None and after.like_num \
        and after.head == noun and after.dep_ == "nummod" \
        and not any(c.dep_ in ("conj", "cc") for t in (noun, after) for c in t.children) \
        else None  # (not "at number 11 and 12", ranks of their own)


def _in_name(token) -> bool:
    """A number that is part of a name ("FTSE 100", "TA-35"), not a count or a date."""
    return token.ent_type_ in NAME_TYPES or token.pos_ in NOUNISH and not token.like_num \
        or _name_number(token)


def _name_number(token) -> bool:
    """A number the model reads apart from the name it ends, before the noun the name is
    of: "the FTSE 100 index", "the Nikkei 225 average"; glued to a letter ("4G phones"); or
    a rank after "top" or "bottom" before a plural ("the top 50 firms")."""
    if _glued_letter(token):
        return True
    doc = token.doc
    name = doc[token.i - 1] if token.i > 0 else None
    if name is not None and name.lower_ in ("top", "bottom") and token.like_num \
            and token.head.i == token.i + 1 and token.head.tag_ in ("NNS", "NNPS"):
        return True  # a rank that names a group: "European top 50 companies"
    return (token.like_num and token.tag_ == "CD" and name is not None
            and name.pos_ == "PROPN" and name.dep_ in ("nmod", "compound")
            and name.head.i == token.head.i == token.i + 1 and token.head.pos_ == "NOUN")


def _name_determiner(token, head) -> bool:
    """Whether a determiner is a word of the name it heads, written with a capital inside
    the sentence: "four All Blacks"; not "The" or "A", which open a sentence or a title."""
    return token.dep_ == "det" and token.head.i == head.i and head.pos_ == "PROPN" \
        and token.is_title and token.i > head.sent.start and token.lower_ not in ("the", "a", "an")


def _rest_of_name(head, exclude: set[int]) -> list[int]:
    """The tokens of the name `head` is part of: "Ben-Moshe", "S&P 500", "Smith-Jones", and
    the small number that ends a title, which the model may leave out of its name ("Shrek 2
    and The Incredibles took")."""
    doc = head.doc
    after = title_number(head)
    if after is not None and after.i not in exclude and _in_name_number(after):
        return [after.i]
    if head.ent_type_ not in NAME_TYPES:
        return []
    found = []
    i = head.i
    while doc[i].ent_iob_ == "I" and i - 1 not in exclude and doc[i - 1].text not in TIME_ZONES:
        i -= 1  # (not "by 1300 GMT Carnival's shares": a clock time the model ran in)
        found.append(i)
    j = head.i + 1
    while j < len(doc) and doc[j].ent_iob_ == "I" and j not in exclude:
        if doc[j].like_num and j + 1 < len(doc) and unitlike(doc[j + 1]):
            break  # "MacBook Pro 14 inch": a size, not part of the name
        found.append(j)
        j += 1
    return found


def _unit_word(token) -> bool:
    return (token.lower_ in UNIT_NOUNS or token.text in UNIT_NOUNS) and token.pos_ == "NOUN"


def owner_name(token, exclude: set[int]) -> str:
    """An owner's short name without its owner's mark: "Deutsche Boerse" of "Deutsche
    Boerse's £1.3bn offer", "analysts" of "analysts' forecasts", "FTSE 100" of "the FTSE
    100's 0.3% decline"."""
    number = numbered_mark(token)
    name = compact(token, exclude) + ("" if number is None else " " + number.text)
    return re.sub(r"\s*['’]s?$", "", name)


def compact(token, exclude: set[int]) -> str:
    """A short name for a subject or a source: the token with its compounds and modifiers."""
    if token.pos_ in ("PRON", "DET", "SCONJ"):
        return ""  # "claims that ...": a "that" the parse took for the one who claims
    apposed = apposed_name(token, exclude)
    if apposed is not None:
        return compact(apposed, exclude)  # "the country's biggest carmaker, Toyota,"
    name = noun_phrase(token, exclude, with_preps=False)
    title = _title(token, exclude) if token.pos_ == "PROPN" else ""
    named = _name_after(token, token, exclude) if token.pos_ == "NOUN" and name else []
    if named:  # "US oil giant ExxonMobil signed": the kind with the name it is written before
        return name + text_of(token.doc)[token.idx + len(token):named[-1].idx + len(named[-1])]
    if token.pos_ == "NOUN" and name and any(t.pos_ == "PROPN" for o in prep_objects(
            token, ("of",)) for t in o.subtree if t.i not in exclude):
        return noun_phrase(token, exclude, limit=7) or name  # "the operator of the Zurich
        # stock exchange": a role or a kind that only its "of" phrase names
    if title.startswith(token.text) and name.endswith(token.text) and len(title) > len(
            token.text) and title not in name:
        return name[:len(name) - len(token.text)] + title  # "Musical comedy Girl of the
        # Year": the kind before the title's first word, then the title whole
    return title if len(title) > len(name) and name in title else name


# small words inside a title written in title case: "The Passion of the Christ"
_TITLE_GLUE = {"of", "the", "a", "an", "and", "&"}


def _title(token, exclude: set[int]) -> str:
    """The run of capitalised words a name stands in, with the small words inside it: "Sex
    And The City", "The Passion of the Christ" (less a leading "The"); none past 8 words,
    a mark, a figure, or a lower-case "and" ("Britain and France" are two)."""
    doc = token.doc

    def titled(t) -> bool:  # after the name, any capitalised word: "... Unfortunate Events"
        return (t.text[:1].isupper() and t.is_alpha and t.i not in exclude
                and t.ent_type_ not in ("DATE", "TIME", "GPE", "LOC") and t.text not in TIME_ZONES)

    def capital(t) -> bool:  # before it, a name: not "But", "If", "Meanwhile"; a number
        # word in title case inside it ("The Two Ronnies", "Million Dollar Baby")
        return titled(t) and (t.pos_ == "PROPN" or t.like_num and t.i > t.sent.start)

    def glue(t) -> bool:  # "And" in title case only; not "of" a place ("Bekele of Ethiopia")
        return t.lower_ in _TITLE_GLUE and (t.lower_ != "and" or t.text == "And") and not (
            t.lower_ == "of" and (token.ent_type_ == "PERSON"  # "D'Amuro of the FBI"
                                  or any(x.ent_type_ in ("GPE", "LOC")
                                         for x in doc[t.i + 1:t.i + 3])))

    start = end = token.i
    while start > token.sent.start and (capital(doc[start - 1]) or glue(doc[start - 1])
                                        and start - 1 > token.sent.start
                                        and (capital(doc[start - 2]) or glue(doc[start - 2]))):
        start -= 1
    while end + 1 < token.sent.end and (titled(doc[end + 1]) or glue(doc[end + 1])
                                        and end + 2 < token.sent.end
                                        and (titled(doc[end + 2]) or glue(doc[end + 2]))):
        end += 1
    while start < end and doc[start].lower_ in _TITLE_GLUE:
        start += 1
    while end > start and (doc[end].lower_ in _TITLE_GLUE or not titled(doc[end])):
        end -= 1
    if end - start >= 8 or start == end:
        return ""
    return text_of(doc)[doc[start].idx:doc[end].idx + len(doc[end].text)]


def subject_key(head, exclude: set[int]) -> str:
    """Lemmatised head and its nearest common-noun or adjective modifier ("special force"),
    a hyphenated modifier whole ("pre-tax profit"); never a piece of a figure ("m profit"
    from "$17m profit") nor a modifier of the possessor ("firm profit" from "Ad firm WPP's
    profits"); for "the number of migrants", the key of what is numbered ("migrant")."""
    if head.lower_ in ("those", "these") and head.pos_ == "PRON":
        return _those_who(head, exclude, 9).lower()  # "those questioned", not "those"
    counted = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj" and g.pos_ in NOUNISH
                    and g.i not in exclude), None) \
        if head.lemma_.lower() in COUNT_NOUNS or head.text == "%" else None  # (also "%" of
    # "15% of Britons aged 65", the age's head, for "Britons")
    if counted is not None:
        return subject_key(counted, exclude)
    owner = max((c.i for c in head.lefts if c.dep_ == "poss"), default=-1)
    mods = [c for c in head.lefts if c.dep_ in ("compound", "amod") and c.i not in exclude
            and c.i > owner and not c.is_punct and c.pos_ in ("NOUN", "ADJ") and c.ent_type_ == ""
            and not _other_figure(c, exclude) and not name_at_start(c)  # (not "Altrex")
            and not _glued_to_figure(c, exclude)]  # (nor "man" of "a 22-man squad")
    # a superlative stays as written: "personal best", not "personal good"
    word = head.lower_ if head.tag_ in ("JJS", "JJR") else head.lemma_.lower()
    rest = hyphened_after(head, exclude)
    if rest:
        word = "".join(t.text for t in (head, *rest[:-1])).lower() + rest[-1].lemma_.lower()
    elif head.tag_ not in ("JJS", "JJR") and (whole := _hyphenated(head, exclude)) != word:
        word, mods = whole, []  # "e-mail", "film-maker": one word the parse heads by
        # its last part, whose first is the modifier the key keeps
    words = ([_hyphenated(mods[-1], exclude)] if mods else []) + [word]
    return " ".join(words)


def _hyphenated(token, exclude: set[int]) -> str:
    """A modifier with the words hyphened to it: "pre-tax", "income-tax", else its lemma;
    never the figure ("horse" in "a two-horse race")."""
    doc, i = token.doc, token.i
    while (i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_
           and not doc[i - 2].whitespace_ and doc[i - 2].is_alpha
           and doc[i - 2].i not in exclude and not figure_like(doc[i - 2])):
        i -= 2
    if i == token.i:
        return token.lemma_.lower()
    return doc[i:token.i].text.lower() + token.lemma_.lower()


def group_of(token, inside: set[int]):
    """The group a quantity word or a figure is a part of: "respondents" in "half of the
    respondents", "a total of 53% of voters"; none for a pronoun ("half of them")."""
    for _ in range(3):
        obj = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"), None)
        if obj is None:
            return None
        if obj.i not in inside:
            return obj if obj.pos_ in NOUNISH else None
        token = obj
    return None


# words that leave a phrase open where it was cut: "Those on"
_OPEN_ENDS = {"on", "in", "of", "at", "with", "from", "for", "to", "over", "under", "by", "who"}


def defined_group(token) -> bool:
    """A "those" its own words define, which names people as a noun would: "Those on high
    incomes are four times more likely", "those aged over 65"."""
    return token.lower_ == "those" and token.pos_ == "PRON" and any(
        c.dep_ in ("prep", "relcl", "acl") for c in token.children)


def _joined_subject(token, inside: set[int]) -> tuple[str, str] | None:
    """A clause's subject of nouns that "and" joins, written whole up to its verb, however
    the parse splits it: "Food and drink sales rose 2.2%" ("drink" read as a verb),
    "Garden and hardware stores also did well"; None for any other."""
    if token.dep_ != "nsubj" or not any(c.dep_ == "conj" for c in token.children) \
            or token.head.i < token.i:
        return None
    doc, end = token.doc, token.head.i
    while end - 1 > token.i and (doc[end - 1].pos_ in ("ADV", "AUX", "PART")
                                 or doc[end - 1].lower_ in ("all", "both")):
        end -= 1  # "also performed", "have risen", "all falling"
    span = [t for t in doc[token.left_edge.i:end] if t.dep_ not in ("det", "poss")
            or t.i != token.left_edge.i]
    joins = [t for t in span if t.pos_ == "CCONJ"]
    names = span and span[-1].pos_ == "PROPN" and sum(t.text == "," for t in span) >= 1
    if not span or len(span) > 8 or len(joins) != 1 or joins[0].lower_ != "and" \
            or span[-1].pos_ != "NOUN" and not names or span[0].pos_ == "CCONJ" or any(
                t.i in inside or t.pos_ not in ("NOUN", "PROPN", "ADJ", "CCONJ", "VERB")
                and not (names and t.text == ",") for t in span):
        return None  # (a list of three or more names, with its commas: "Delta, Continental
        # and American Airlines all fell 7%")
    text = text_of(doc)[span[0].idx:span[-1].idx + len(span[-1])]
    return text, subject_key(span[-1], inside)


def clause_name(token, inside: set[int]) -> tuple[str, str]:
    """A name or a clause's subject as the subject, with its of/to/for phrases ("Exports to
    Japan fell 4%"), the group another figure's share is of ("16% of women earn more than
    £50,000"); never a pronoun, unless its own words define it ("Those on high incomes")."""
    if token is not None and token.i not in inside and (token.text == "%" or token.like_num):
        token = group_of(token, inside)  # "16% of women earn more than £50,000": women
    if token is None or (token.pos_ == "PRON" or token.lower_ in SUBJECT_STOP) \
            and not defined_group(token) or figure_like(token) and token.i not in inside:
        return "", ""  # (nor another figure: "may go up to $8bn or more for seven years")
    joined = _joined_subject(token, inside)
    if joined is not None:
        return joined
    subject = noun_phrase(token, inside, preps=CLAUSE_PREPS)
    if defined_group(token) and subject and subject.split()[-1].lower() in _OPEN_ENDS:
        return "", ""  # "Those on high income - judged to be $75,000 - are": cut short
    return subject, subject_key(token, inside) if subject else ""
