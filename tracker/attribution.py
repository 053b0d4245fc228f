"""Who a figure is attributed to: the source a sentence quotes for it ("according to
the ONS", "..., ministers said", "estimates put the cost at $5bn"), or a pronoun
(`PRONOUN_SOURCE`) for `extract` to resolve from the sentence before (`named_source`).
"""

from __future__ import annotations

import re

from .data.numbers import PART_NOUNS
from .data.subjects import (
    BODY_NOUNS,
    CHANGE_NOUNS,
    CLAUSE_ONLY_VERBS,
    CLAUSE_QUOTING_VERBS,
    CLAUSE_REPORTING_VERBS,
    NAME_KINDS,
    PERSON_ENDINGS,
    PORTION_WORDS,
    RECKONING_VERBS,
    REPORTING_VERBS,
    SOURCE_DOCUMENTS,
    TIME_NOUNS,
    VALUE_NOUNS,
)
from .nouns import apposed_name, group_of, hyphened_after, noun_phrase
from .parse import (
    NOUNISH,
    capitalised_name,
    contiguous,
    glued,
    kind_before,
    nsubj,
    passive_agent,
    reckoned_object,
    resolve,
    text_of,
    to_form,
)

# Subjects of a verb of saying that name no one: a share's sign, a vague crowd ("many
# feared"); a share of a named group speaks for it ("half of the drivers questioned said")
_NOT_SPEAKERS = {"%", "cent", "percent", "many", "some", "few", "several", "others", "none",
                 "nobody", "no-one"}

def _no_one(subj) -> bool:
    """A subject of saying that names no one (`_NOT_SPEAKERS`: "Forty per cent thought",
    "many feared"); not a name that only spells so ("50 Cent said")."""
    return subj.lower_ in _NOT_SPEAKERS and not (
        subj.text[:1].isupper() and subj.i > 0 and subj.nbor(-1).lower_ != "per")


# The marker attribution_of returns for a source that is a pronoun ("they estimate").
PRONOUN_SOURCE = "\x00pronoun"


def attribution_of(sent, anchor, inside: set[int]) -> str:
    """Who the sentence says the figure comes from: an "according to", else the subject of
    a verb of saying over the figure, or of a verb of reckoning whose "at" phrase holds it
    ("estimates put the cost at $5bn"); never one that does not say ("did not disclose")."""
    according = _according_to(sent, inside)
    aside = according is not None and _according_in_other_clause(sent, anchor)
    if according is not None and not aside and not _ranked_below_speaker(according, sent):
        return according
    joined = _joined_reporter(anchor, inside) or _forecaster(anchor, inside) \
        or _accuser(anchor, inside)
    if joined:
        return joined
    bare, shown = "", None  # a document of no one's ("the figures show") and its verb,
    # kept while a speaker over that verb is sought
    for verb in sent:
        if not _reports(verb, anchor) or shown is not None and not verb.is_ancestor(shown) \
                or _said_again(verb, anchor) or _reported_by_another(verb, anchor, inside):
            continue
        subj = _speaker(verb, anchor)
        if subj is not None and subj.pos_ in ("ADJ", "ADV") and any(
                c.dep_ == "prep" and c.lower_ in ("of", "than") for c in subj.children):
            continue  # "short of the £80m analysts had expected", parsed with "short" as the
            # subject of "expected": no one
        if subj is not None and _share_of_people(subj) and not subj.is_ancestor(anchor):
            continue  # "Three-quarters said he was right and just 14% backed his critics":
            # a share of those asked, no source of the other share
        if subj is not None and subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            subj = resolve(subj, verb)  # "data from Rightmove which suggested ..."
            if subj is not None and (subj.ent_type_ in ("DATE", "TIME")
                                     or subj.lemma_.lower() in TIME_NOUNS):
                continue  # "an article the other day which suggested": not the day
        if subj is not None and subj.i not in inside and not subj.text[:1].isdigit() \
                and not _no_one(subj) \
                and not (subj.is_ancestor(anchor) and not subj.is_ancestor(verb)
                         and not (subj.lower_ in PORTION_WORDS and any(
                             c.dep_ in ("ccomp", "parataxis") for c in verb.children))
                         and not _with_clause_on(subj, verb, anchor)):
            # (a speaker whose own words hold the figure is not its source: "the poll of
            # 20,000 people found", "Mr Hague, 43, told"; but "figures showing that ...",
            # and a share of a group speaks for it: "half (56%) of the drivers said")
            # not another figure, "Of 20 sectors, 13 reported growth", "Forty-three per cent
            # thought", nor a quantity word ("many feared"); but "Five said"; a share speaks
            # only where it says something: not "The majority of the firms (44) publish them"
            if subj.pos_ == "PRON" and subj.lower_ in ("he", "she", "they", "it"):
                return PRONOUN_SOURCE
            name = _source_name(subj, inside)
            if name and not bare_document(name):
                return name
            if name and shown is None:
                bare, shown = name, verb  # '"The figures show ...," said Dr Wolpaw'
    if according and not bare and (aside or according.lower().startswith(("its ", "their "))):
        return according  # "according to its accounts" with no speaker: the accounts; one
        # in another clause where no one else speaks
    return bare or _document_verb_as_noun(sent) or _document_that(anchor, inside) \
        or _fronted_document(sent, inside)


def _reported_by_another(verb, anchor, inside: set[int]) -> bool:
    """Whether the clause of `verb`, a verb of saying, is itself what another verb of saying
    over it reports, with a speaker: the outer speaker is the source ("A majority of voters
    (68%) believe ..., a poll suggests" -> poll; "Homeowners expect prices to rise by 1%,
    Mr Lee said" -> Mr Lee); not one that reports another clause of its own as well ("In a
    plan officials say should cut delays, the mayor said he would ...")."""
    while verb.dep_ in ("ccomp", "xcomp", "parataxis") and verb.head is not verb:
        clause, verb = verb, verb.head
        if any(c.dep_ in ("ccomp", "parataxis") and c.i != clause.i for c in verb.children):
            return False
        speaker = _speaker(verb, anchor) if _reports(verb, anchor) else None
        if speaker is not None and speaker.i not in inside and not speaker.is_ancestor(anchor):
            return True
    return False


def _accuser(anchor, inside: set[int]) -> str:
    """Who accuses another of a deed that holds the figure: the figure is on the accuser's
    word ("The opposition accuses the government of raising fuel duty 40 times", "he
    accused the board of wasting £8bn", "Police charged Acme with hiding $40m"); not a
    figure outside the "of" phrase ("accused three men of fraud", "accused X of cheating
    and was fined £15,000"), nor one a passive's agent accuses."""
    for step in anchor.ancestors:
        verb = step.head.head if step.head.dep_ == "dobj" else step.head  # "of" on the accused
        if step.dep_ == "prep" and (step.lower_, verb.lemma_.lower()) in _ACCUSING \
                and verb.pos_ == "VERB":
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.i in inside or _no_one(subj):
                return ""
            if subj.pos_ == "PRON" and subj.lower_ in ("he", "she", "they", "it"):
                return PRONOUN_SOURCE
            return _source_name(subj, inside)
    return ""


# the verbs of accusing with the preposition of the deed they accuse one of
_ACCUSING = {("of", "accuse"), ("with", "charge")}


def _forecaster(anchor, inside: set[int]) -> str:
    """Who forecast the figure, where a relative clause on it or on its noun says: "the 3.5%
    growth rate that economists had forecast" -> economists, "the £80m analysts had
    expected" (a clause with no "that", which the parse may take for the figure's noun)
    -> analysts; else ""."""
    nouns = [anchor, *(t for t in anchor.ancestors if t.pos_ in NOUNISH)][:2]
    for noun in nouns:
        for clause in noun.children:
            if clause.dep_ == "relcl" and clause.lemma_.lower() in _FORECASTING and not any(
                    c.dep_ == "xcomp" for c in clause.children):  # not "for which the
                # ministry is expected to ask for £2bn more", a deed foreseen
                who = next((c for c in clause.children if c.dep_ == "nsubj"
                            and c.pos_ in NOUNISH and c.i not in inside), None)
                if who is not None:
                    return _source_name(who, inside)
    last = anchor.doc[max(inside, default=anchor.i)]
    after = FORECAST_AFTER.match(text_of(anchor.doc), last.idx + len(last))
    return after.group(1) if after else ""


# verbs of foreseeing a figure, and a clause of one right after a figure with no "that"
_FORECASTING = {"expect", "forecast", "predict", "estimate", "project", "anticipate"}
FORECAST_AFTER = re.compile(r"[ \u00a0]+((?:[A-Z][\w-]*[ \u00a0]+)?[a-z]+s)[ \u00a0]+"
                            r"(?:had|have|has)[ \u00a0]+(?:expected|forecast|predicted|estimated"
                            r"|projected|anticipated)\b")


def _fronted_document(sent, inside: set[int]) -> str:
    """A survey, a poll or a study that a phrase set off before the clause names as where
    its findings are: "In the poll run by Opinium, 23% ... said" -> Opinium, "In a study
    by Gallup, 40% backed" -> Gallup; "" for none."""
    prep = next((t for t in sent[:3] if t.dep_ == "prep" and t.lower_ == "in"), None)
    if prep is None or prep.head.pos_ not in ("VERB", "AUX") or any(
            t.i in inside for t in prep.subtree):
        return ""
    doc = sent.doc
    last = prep.right_edge
    document = next((c for c in prep.children if c.dep_ == "pobj"
                     and c.lemma_.lower() in _FRONTED_DOCUMENTS), None)
    if document is None or last.text != "," and (last.i + 1 >= len(doc)
                                                 or doc[last.i + 1].text != ","):
        return ""  # set off by a comma, which the parse may hang inside the phrase
    return _source_name(document, inside)


# documents whose findings a phrase set off before the clause says the clause gives
_FRONTED_DOCUMENTS = {"survey", "poll", "study", "report", "research", "analysis", "census"}


# what one announces that a "that" clause holds, as a document does: "the minister's
# announcement that 300 jobs would go"
_ANNOUNCED = {"announcement"}
# verbs by which one puts out a document of one's own: "made a prediction that"
_MAKING = {"make", "issue", "publish", "release", "give"}
# verbs that voice a fear, a warning or a claim, and the nouns they voice
_VOICING = {"express", "voice", "raise", "air", "repeat", "renew"}
_VOICED = {"fear", "warning", "claim", "concern", "prediction", "forecast", "estimate",
           "allegation", "worry", "hope", "belief"}


def _document_that(anchor, inside: set[int]) -> str:
    """The document whose "that" clause holds the figure: "dismissed press reports that the
    plant would shed 900 jobs" -> "press reports"; not a document that is the clause's own
    subject ("figures show that", read above)."""
    for clause in anchor.ancestors:
        if not (clause.dep_ in ("ccomp", "acl") and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
                or _content_clause(clause)):
            continue
        document = clause.head
        maker = nsubj(document.head) if document.dep_ == "dobj" \
            and document.head.lemma_.lower() in _MAKING | _VOICING else None
        kind = document.lemma_.lower()
        if maker is not None and maker.i not in inside and (
                kind in SOURCE_DOCUMENTS and maker.pos_ == "PROPN"
                or kind in _VOICED and maker.pos_ in NOUNISH):
            return _source_name(maker, inside)  # "Tom Reid ... made a prediction that 15
            # million homes would": the one who makes it; "Staff have voiced fears that
            # as many as 450 posts could go": the staff
        if kind in SOURCE_DOCUMENTS | _ANNOUNCED and document.i not in inside \
                and document.dep_ in ("dobj", "pobj", "attr", "appos"):
            owner = next((c for c in document.children if c.dep_ == "poss"
                          and c.pos_ in ("NOUN", "PROPN")), None)
            if owner is not None:  # "the minister's announcement that 300 jobs would go":
                return _OWNERS_MARK.sub("", _source_name(owner, inside))  # hers
            words = [t for t in document.subtree if t.i <= document.i and t.i not in inside]
            while words and words[0].dep_ in ("det", "poss"):
                words = words[1:]  # "the reports", "his reports": the document's words
            return " ".join(t.text for t in words)
        return ""
    return ""


def _content_clause(clause) -> bool:
    """A clause the parse hung on a document as a relative one though it lacks nothing, its
    "that" left out: "would not comment on reports the club paid £3m" (the clause has
    its subject and its object; "the reports the paper ran" lacks its object)."""
    return clause.dep_ in ("relcl", "acl") and clause.head.lemma_.lower() in SOURCE_DOCUMENTS \
        and all(any(c.dep_ == dep and c.tag_ not in ("WDT", "WP") for c in clause.children)
                for dep in ("nsubj", "dobj"))


def _with_clause_on(subj, verb, anchor) -> bool:
    """Whether the figure sits in a "with" clause set off by a comma that the parse hung on
    a speaker put after its verb, though it goes on with what is said: "..., said the
    survey, with nearly 40% choosing this"; not a speaker before its verb, whose own
    words the clause may go on describing."""
    doc = subj.doc
    return verb.i < subj.i and any(
        c.dep_ == "prep" and c.lower_ == "with" and c.i > 0 and doc[c.i - 1].text == ","
        and c.is_ancestor(anchor) and any(t.tag_ == "VBG" for t in c.subtree)
        for c in subj.children)


def _ranked_below_speaker(according: str, sent) -> bool:
    """Whether an "according to" gives way to a speaker the sentence names: where it
    cites the speaker's own document ("According to its latest accounts, Media Lab Europe
    said"), a rule that is no source ("carried out according to the law"), or sits inside
    a quotation ('"... according to the law," Mr Yushchenko said')."""
    words = according.lower().split()
    if not words:
        return False
    at = sent.text.lower().find("according to")
    before = sent.text[:at]
    quoted = (before.count('"') + before.count("“") - before.count("”")) % 2 == 1
    return quoted or words[0] in ("its", "their") or words[-1] in _NO_SOURCE_RULES


# what an "according to" may name that says how, not who says so: "according to the law"
# (a document that states terms is one: "according to the agreement", "to the guidelines")
_NO_SOURCE_RULES = {"law", "laws", "rule", "rules", "constitution", "procedure", "tradition",
                    "formula"}


def _document_verb_as_noun(sent) -> str:
    """The document a sentence ends by citing where the parse takes its verb for a noun:
    "…grew by 8.1% in 2004, figures from the trade ministry show." ("the trade ministry
    show"); "" where the sentence ends otherwise ("…, the Paris motor show."); or the
    author of one it opens with ("A new report by Ovum forecasts that ...", parsed "Ovum
    forecasts")."""
    m = _DOCUMENT_SHOWS.search(sent.text) or _DOCUMENT_BY_OPENS.match(sent.text)
    return m.group(1) if m else ""


_DOCUMENT_SHOWS = re.compile(
    r",[ \u00a0]+(?:the[ \u00a0]+)?((?:[A-Za-z'’-]+[ \u00a0]+){0,3}?(?:figures|data|statistics|"
    r"survey|study|report|research|poll|results|numbers|findings)(?:[ \u00a0]+(?:from|by|of|"
    r"for)[ \u00a0]+[^,.;:\"“”]{1,60}?)?)[ \u00a0]+(?:show|shows|showed|suggest|suggests|"
    r"suggested|reveal|reveals|revealed|indicate|indicates|indicated)[ \u00a0]*[.!]?[ \u00a0]*$")


_DOCUMENT_BY_OPENS = re.compile(
    r"(?:A|An|The)[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,2}(?:report|study|survey|poll|analysis)"
    r"[ \u00a0]+(?:by|from)[ \u00a0]+((?:the[ \u00a0]+)?[A-Z][\w&'’.-]*(?:[ \u00a0]+[A-Z]"
    r"[\w&'’.-]*){0,3})[ \u00a0]+(?:forecasts|predicts|says|suggests|estimates|finds|found"
    r"|shows|showed|said|claims)[ \u00a0]+")


# Words that leave a document no one's: "early results", "the latest figures"
_PLAIN_MODIFIERS = {"the", "early", "new", "latest", "recent", "official", "provisional",
                    "preliminary", "initial", "final", "these", "those", "such", "other"}


def bare_document(source: str) -> bool:
    """A source that is only a document word, no one's: "the results", "Early figures";
    not "the Hefce report"."""
    *front, last = source.split() or [""]
    return re.sub(r"s$", "", last.lower()) in SOURCE_DOCUMENTS and last[1:] == last[1:].lower() \
        and (not front or last == last.lower()) \
        and all(w.lower() in _PLAIN_MODIFIERS or w == w.lower() for w in front)


def _according_to(sent, inside: set[int]) -> str | None:
    """The source an "according to" names ("according to search engine Ask Jeeves,"): its
    name, "" where there is nothing left of it, None where the sentence has no such phrase."""
    for t in sent:
        if t.lower_ == "according":
            for child in t.children:
                if child.lower_ == "to":
                    obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                    if obj is not None:
                        return _source_name(obj, inside, to_comma=True)
                    return _words_to_comma(child)
    return None


def _said_again(verb, anchor) -> bool:
    """Whether a verb of saying gives way to another joined to it by "and" or "but" that
    holds the figure and has a speaker of its own, no pronoun: "The White House will
    announce its budget, and many analysts believe the deficit will stay at $500bn"; not
    "and he said", nor "and said" with the first verb's speaker."""
    for c in verb.children:
        if c.dep_ == "conj" and c.is_ancestor(anchor) and _reports(c, anchor):
            subj = _speaker(c, anchor)
            if subj is not None and subj.pos_ in ("NOUN", "PROPN") and subj.head.i == c.i:
                return True
    return False


def _according_in_other_clause(sent, anchor) -> bool:
    """Whether the sentence's "according to" stands in an adverbial clause that does not
    hold the figure: "Though imports are rising, according to state data, the ministry
    said the deficit was $19.6bn" (the deficit is the ministry's)."""
    according = next((t for t in sent if t.lower_ == "according"), None)
    if according is None:
        return False
    doc, i = according.doc, according.i
    before = doc[i - 2] if i - 2 >= sent.start and doc[i - 1].text == "," else None
    fronted = next((up for up in (before, *before.ancestors) if up.dep_ == "advcl"), None) \
        if before is not None else None  # the parse may hang it on the main verb, right
    # after the clause it ends
    return any(up.dep_ == "advcl" and not up.is_ancestor(anchor) and up.i != anchor.i
               for up in according.ancestors) \
        or fronted is not None and fronted.left_edge.i == sent.start \
        and not fronted.is_ancestor(anchor) and fronted.i != anchor.i


def _words_to_comma(to) -> str | None:
    """The name an "according to" gives where the parse gave "to" no object, having read
    a word of the name as a verb: "according to blog analysis firm Technorati, ..." (the
    words up to the last noun before a comma or a new phrase)."""
    last = None
    for t in to.doc[to.i + 1:]:
        if t.is_punct or last is not None and t.pos_ in ("DET", "ADP", "AUX", "PRON"):
            break  # "according to blog analysis firm Technorati the number of blogs"
        if t.pos_ in ("PROPN", "NOUN"):
            last = t
    if last is None:
        return None
    return to.doc[to.i + 1:last.i + 1].text


# verbs that reckon the figure in their "at" phrase, and so name its source: "police put the
# crowd at 10,000", "analysts valued the brand at £40m"
_PUTTING = RECKONING_VERBS | {"value"}

# what values a thing by what it offers for it, no reckoning: "the bid values the airline
# at £900m", "tabled a bid, valuing the firm at $3bn"
_DEALS = {"offer", "bid", "proposal", "approach", "deal", "takeover", "buyout", "merger",
          "tender", "price"}


def _valued_by_deal(verb) -> bool:
    """Whether a "value" puts the price a deal offers on a thing, not a reckoning of its
    subject's: "the bid values the airline at £900m", "the approach, which values the chain
    at ...", "Corvex tabled a higher bid, valuing the chain at $2bn"."""
    if verb.lemma_.lower() != "value":
        return False
    subj = nsubj(verb)
    if subj is not None and subj.tag_ == "WDT" and verb.dep_ == "relcl":
        subj = verb.head  # "the proposal, which values ..."
        if subj.dep_ == "pobj" and subj.head.head.lemma_.lower() in _DEALS:
            subj = subj.head.head  # "the proposal from the investor that values ...",
            # the clause hung on the phrase's noun
    return verb.tag_ == "VBG" or subj is not None and subj.lemma_.lower() in _DEALS


def _reports(verb, anchor) -> bool:
    """Whether a word is a verb of saying over the figure ("the ONS said 40 were hurt",
    "..., as announced by the ONS") or of reckoning whose "at" phrase holds it ("estimates
    put the cost at $5bn"), said and not denied."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or not (lemma in REPORTING_VERBS or lemma in CLAUSE_QUOTING_VERBS
                                   or lemma in _PUTTING and _put_at(verb, anchor)) \
            or _valued_by_deal(verb):
        return False
    if any(c.dep_ == "neg" or c.dep_ == "prt" and c.lower_ != "out" and not any(
            o.dep_ == "dobj" and o.i < c.i for o in verb.children) for c in verb.children):
        return False  # "did not disclose" quotes no one; "added up to 22,201bn yen" is a sum;
        # but "data showed prices up 3%" is a move of the object, no verb "show up"
    if lemma == "add" and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children) \
            and not any(c.dep_ in ("ccomp", "parataxis") and any(
                g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in verb.children):
        return False  # "The win adds to his two titles", "adding to concern that ...": a sum
        # or a weight, no saying (but "Prices rose 2%, Mr Lee added to reporters")
    if lemma == "expect" and any(c.dep_ == "aux" and c.lower_ in ("can", "could", "may", "might")
                                 for c in verb.children):
        return False  # "Pensioners can expect to receive £120", "a singer can expect to pay
        # $1,300": what awaits them, no forecast of theirs
    if verb.tag_ == "VB" and to_form(verb):
        return False  # "G7 members expected to confirm $50bn", "is set to announce 500 job
        # cuts": a saying still to come quotes no one yet
    agent = passive_agent(verb)
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and agent is None:
        return False  # "the 17 people found guilty", "broadband predicted to grow": no one
    clause_only = lemma in CLAUSE_ONLY_VERBS or lemma in CLAUSE_QUOTING_VERBS
    if clause_only and not any(c.dep_ in ("ccomp", "parataxis") for c in verb.children):
        return False  # "fear for 2,000 jobs", "the novel written by Zaidi"
    if _fronted(verb, anchor) or _said_of_another(verb, anchor) or _told(verb, anchor):
        return False  # "Despite only two wins from 14 Tests, Williams insists ...": the
        # speaker's words come after
    # "..., as announced by the ONS": a passive's agent is the source
    return (verb.is_ancestor(anchor) or verb.dep_ == "parataxis" or verb.i == anchor.i
            or _said_last(verb, anchor)
            or verb.dep_ == "advcl" and (agent is not None or anchor.is_ancestor(verb))
            or verb.dep_ == "ROOT" and _verbless_after(verb, anchor)
            or verb.i > anchor.i and _inverted_after(verb) is not None)


def _told(verb, anchor) -> bool:
    """Whether the figure is in whom a verb of telling tells, its object beside a clause it
    says: "she will tell the 500 guests at the dinner that the fund has closed" (the 500
    are told, not said; but not "the survey found 39 nations were increasing ...", an
    object the parse took from the clause)."""
    return verb.lemma_.lower() in _TELLING and any(
        c.dep_ in ("dobj", "dative") and (c == anchor or c.is_ancestor(anchor))
        for c in verb.children) and any(
        c.dep_ in ("ccomp", "parataxis") and not c.is_ancestor(anchor) for c in verb.children)


# verbs of saying whose object is whom they tell
_TELLING = {"tell", "inform", "assure", "remind", "warn", "brief", "notify", "promise"}


def _said_of_another(verb, anchor) -> bool:
    """Whether a verb of saying after the figure opens a clause on a noun right before its
    subject, which only that noun's words are in: "paid $3.1bn for the plant - far below
    the $12bn the state says the firm owes" (the state gives the $12bn only)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or verb.i < anchor.i or subj.left_edge.i == 0:
        return False
    before = verb.doc[subj.left_edge.i - 1]
    return before.i > anchor.i and (before.pos_ in ("NOUN", "PROPN", "NUM")
                                    or before.like_num) \
        and not before.is_ancestor(anchor) \
        and not any(t.is_punct and t.text in ",;:" for t in verb.doc[before.i:verb.i])  # but
    # "the 300 jobs the firm says it will cut": the figure's own noun


def _said_last(verb, anchor) -> bool:
    """Whether the verb of saying closes the sentence after the figure with its speaker set
    off by a comma, and quotes nothing of its own, though the parse joined it to the verb
    before as a second deed: "Sales shot up more than tenfold in 2004, with 200 million
    tracks bought, the industry's trade body reported last month"."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    joined_to = verb.head if verb.head.dep_ != "conj" else verb.head.head  # also past a
    # clause "but" joins to the first: "... £34 but it could cost £900, a study by Zeta
    # revealed last year"
    return verb.dep_ == "conj" and joined_to.dep_ == "ROOT" and verb.i > anchor.i \
        and subj is not None and subj.left_edge.i > 0 \
        and verb.doc[subj.left_edge.i - 1].text == "," and anchor.i < subj.left_edge.i \
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in verb.children)


def _fronted(verb, anchor) -> bool:
    """Whether the figure sits in a phrase set off by a comma before the verb's subject, which
    the speaker does not say: "Despite a record of only two victories from 14 Tests,
    Williams insists", "In letters sent to the two companies, the Commission said"."""
    step = next((c for c in verb.children if c.i == anchor.i or c.is_ancestor(anchor)), None)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if step is None or subj is None or step.dep_ not in ("prep", "advcl") \
            or step.lower_ == "according" or step.i > subj.i or _said_before_comma(verb):
        return False
    doc = verb.doc
    says_after = verb.i + 1 < len(doc) and doc[verb.i + 1].text == ":" or any(
        c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > verb.i for c in verb.children)
    return says_after and (step.lower_ in _OCCASIONS or any(  # not "With 200 million tracks
        t.text == "," for t in doc[step.right_edge.i + 1:subj.left_edge.i + 1]))  # bought,
    # the IFPI said."; an occasion needs no comma: "During his 40 minute speech Mr Hale told"


# prepositions of a phrase that sets the occasion of a saying, not what is said
_OCCASIONS = {"during", "despite", "after", "before", "throughout"}


def _verbless_after(verb, anchor) -> bool:
    """Whether the figure sits in a piece of the sentence with no verb of its own that the
    parse left beside the verb's clause, after it: "The company said data could be sent at
    one gigabit a second - up to 20 times faster than current networks"."""
    top = anchor.sent.root
    return top.i > verb.i and top.pos_ not in ("VERB", "AUX")


def _speaker(verb, anchor):
    """Who a verb of saying quotes: the "by" agent of a passive ("as announced by the
    ONS"), else its subject ("the ONS said"); None where it quotes no one ("the
    chancellor is expected to raise ...", "signs showing willingness")."""
    agent = passive_agent(verb)
    if agent is None and any(c.dep_ == "nsubjpass" for c in verb.children):
        return None  # "the chancellor is expected to raise ...": no one is quoted
    if agent is None and verb.tag_ == "VBN" and (
            verb.dep_ in ("pcomp", "acl", "advcl", "conj", "relcl", "appos")
            or any(c.dep_ == "auxpass" for c in verb.children)) \
            and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return None  # "with subsidies alone estimated to exceed 16.5bn euros", "developed
        # over four years and is thought to have cost $15m": what is reckoned, not who
    subj = agent if agent is not None else _put_after(verb) or _inverted_after(verb) \
        or nsubj(verb)
    if subj is None and verb.dep_ == "pcomp" and verb.tag_ == "VBG" \
            and verb.head.dep_ == "prep" and verb.head.head.pos_ == "VERB":
        subj = nsubj(verb.head.head)  # "Mr Brown surprised the City by forecasting 3%"
    if verb.tag_ in ("VBD", "VBZ") and agent is None \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        subj = _document_right_before(verb) or subj  # (not a subject the verb only shares
        # with the clause it hangs on: "The data came out as a new study by ... said")
    lemma = verb.lemma_.lower()
    if lemma in RECKONING_VERBS and subj is not None and subj.lemma_.lower() in CHANGE_NOUNS:
        return None  # "the spurt put the surplus at a six-year high": a move reckons nothing
    if lemma == "show" and (subj is None and verb.dep_ == "acl" or subj is not None
                            and subj.tag_ == "WDT" and verb.dep_ == "relcl"):
        subj = verb.head  # "released figures showing ...", "figures which showed ..."
    if lemma == "show" and (subj is None or subj.lemma_.lower() not in SOURCE_DOCUMENTS
                            and not _document_conjunct(subj)):
        return None  # "signs showing willingness" is no source; "figures show" is
    if _plain_object(verb, subj, anchor):
        return None  # "the film tells the story of ...", "claiming the 800m title"
    return subj


def _document_right_before(verb):
    """The document whose phrase ends right before a verb of saying the parse left with no
    subject: "as a new survey by letting agent Zeta said the rent fell" -> survey
    (whose author `_source_name` then names); else None."""
    if verb.i == 0:
        return None
    t = verb.doc[verb.i - 1]
    while t.pos_ in ("NOUN", "PROPN") and (
            t.dep_ == "pobj" and t.head.lower_ in ("by", "from") or t.dep_ == "appos"):
        t = t.head.head if t.dep_ == "pobj" else t.head
    return t if t.i < verb.i - 1 and t.lemma_.lower() in SOURCE_DOCUMENTS else None


def _document_conjunct(subj) -> bool:
    """A subject whose last conjunct is a document noun, as the parse reads "stop and search
    figures show": "stop" (taken for a verb), "and", "search figures"."""
    last = next((c for c in subj.children if c.dep_ == "conj" and c.i > subj.i), None)
    return last is not None and last.lemma_.lower() in SOURCE_DOCUMENTS \
        and all(not t.is_punct for t in subj.doc[subj.i:last.i])


def _put_after(verb):
    """The speaker put after a verb of saying that ends a quotation, where the parse gave
    the verb a subject in the quotation too: '"... either single tracks or subscriptions,"
    said Paul Myers' -> Paul Myers."""
    if verb.i == 0 or verb.doc[verb.i - 1].text not in _QUOTE_ENDS:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) < 2:
        return None
    return next((c for c in subjects if c.i > verb.i), None)


_QUOTE_ENDS = {'"', "”", "'", "’", ","}


def _inverted_after(verb):
    """The speaker of a verb of saying that closes the sentence after a comma, put after
    it, which the parse takes for the verb's object: "..., predicts the report by telecoms
    giant BT." -> report; None for a verb with a subject of its own or words after."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text not in _QUOTE_ENDS \
            or verb.lemma_.lower() not in REPORTING_VERBS or verb.tag_ not in ("VBZ", "VBD") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    said = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if said is None or verb.lemma_.lower() == "tell" or any(
            c.dep_ == "prep" and c.lower_ not in ("of", "by", "at", "from", "for", "in")
            and not _when_said(c) for c in said.children):
        return None  # "..., told Associated Press": who heard it; "said Jones on arrival
        # back in Sydney": a speaker the parse runs on into a phrase of when
    end = said.right_edge.i + 1
    while end < verb.sent.end and doc[end].head.i == verb.i and _when_said(doc[end]):
        end = doc[end].right_edge.i + 1  # "declared coach Tom Reid upon his return to
        # Leeds": the verb's own phrase of when after the speaker
    if end < verb.sent.end and not doc[end].is_punct:
        return None
    return said


def _when_said(prep) -> bool:
    """A phrase that says when a speaker spoke, after the speaker's name (which the parse may
    hang it on) or on the verb of saying: "declared Reds coach Tom Reid upon his return to
    Leeds"."""
    owner = prep.head
    return prep.dep_ == "prep" and prep.lower_ in _WHEN_SAID and (owner.pos_ == "VERB" or any(
        c.dep_ == "appos" and c.pos_ == "PROPN" and c.i < prep.i for c in owner.children))


# the prepositions of a phrase that says when a speaker spoke
_WHEN_SAID = {"on", "upon", "after", "before", "during", "following"}


def _put_at(verb, anchor) -> bool:
    """"Estimates put the cost at $5bn": the figure in the "at" phrase of a verb of reckoning,
    or in the move it restates after that phrase ("..., a rise from 40,000")."""
    return reckoned_object(verb, anchor) is not None or any(
        c.dep_ in ("dobj", "appos", "npadvmod", "dep") and c.lemma_.lower() in CHANGE_NOUNS
        and c.is_ancestor(anchor) and any(a.dep_ == "prep" and a.lower_ == "at" and a.i < c.i
                                          for a in verb.children)
        for c in verb.children)  # "pegged the total at 3.2 million, a rise from 40,000"


def named_source(doc) -> str:
    """The source a sentence names for what it says ("..., said Mr Davies."), for a "he
    said" in the sentence after it: its last, "" where it names none or a pronoun."""
    for sent in reversed(list(doc.sents)):
        found = attribution_of(sent, sent.root, set())
        if found:
            return "" if found == PRONOUN_SOURCE else found
    return ""


def _plain_object(verb, subj, anchor) -> bool:
    """A verb of saying or finding used with a plain object and no clause: it reports
    nothing ("tells the story", "found her sister", "passengers can claim between 150 and
    300 euros", "shares added 1.7%"), unless a study or report is its subject ("a survey found 40% support")."""
    if verb.lemma_.lower() not in CLAUSE_REPORTING_VERBS:
        return False
    if subj is not None and subj.lemma_.lower() in SOURCE_DOCUMENTS:
        return False
    if _said_clause_as_object(verb, anchor):
        return False
    deps = {c.dep_ for c in verb.children}
    holds = any(c.dep_ == "prep" and c.i > verb.i and c in (anchor.head, anchor.head.head)
                for c in verb.children)  # "can claim between 150 and 300 euros"
    moved = any(c.dep_ == "npadvmod" and c.i > verb.i
                and not any(t.is_punct for t in verb.doc[verb.i + 1:c.i])  # not 'added: "One'
                and (c.like_num or any(g.dep_ == "nummod" for g in c.children))
                for c in verb.children)
    # "shares added 1.7%": a rise, parsed as a measure of the verb, not a saying
    return ("dobj" in deps or holds or moved) and not deps & {"ccomp", "parataxis"} \
        and not _said_before_comma(verb)


def _said_before_comma(verb) -> bool:
    """Whether the words before the verb's subject and a comma are what it says, a clause the
    parse hung on it with no word that subordinates it: "income had risen by 20%, Mr
    Milburn told the programme"; not "If prices rise, he told MPs, ...", nor a participle's
    ("Unveiling the £30bn plan, Mr Smith said"), nor a clause after."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or subj.left_edge.i == 0 or verb.doc[subj.left_edge.i - 1].text != ",":
        return False
    return any(c.dep_ == "advcl" and c.i < subj.i and c.pos_ in ("VERB", "AUX")
               and any(m.dep_ in ("nsubj", "nsubjpass") for m in c.children)
               and not any(m.dep_ == "mark" for m in c.children) for c in verb.children)


def _joined_reporter(anchor, inside: set[int]) -> str:
    """The name that reports the figure in a clause of its own joined to another's words:
    "Halifax said prices rose 0.5% and Nationwide reported a gain of 0.3%" -> Nationwide
    (not Halifax); "" where the figure's verb is no such clause."""
    verb = next((t for t in anchor.ancestors if t.pos_ == "VERB"), None)
    if verb is None or verb.dep_ != "conj" or verb.lemma_.lower() not in _REPORTING_OF_NAMES:
        return ""
    subj = nsubj(verb)
    if subj is None or subj.pos_ != "PROPN" or subj.i in inside:
        return ""
    return _source_name(subj, inside) or ""


# verbs by which a named body gives figures of its own in a joined clause
# (not "show": "Ford is showing three concept cars at the fair" exhibits them)
_REPORTING_OF_NAMES = {"report", "say", "announce", "reveal", "estimate", "find"}


def _share_of_people(token) -> bool:
    """A share of a group that does not name the group, as the subject of a verb of saying:
    "Three-quarters", "Half", "most", "One in four" (but "half of the economists" speaks for
    the economists)."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return False
    return token.lower_ in PORTION_WORDS or token.lemma_.lower() in PART_NOUNS \
        or token.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "in"
                                         for c in token.children)


def _said_clause_as_object(verb, anchor) -> bool:
    """Whether "said" has a clause the parse took for an object with a verb hung on it
    that holds the figure: "the minister said the plan aimed to raise output to 500,000
    tonnes" is parsed "said [the plan] [aimed ...]", and "with analysts saying sales of
    $600m a year were possible" "saying [sales of $600m]"; "said" takes no plain object of
    news."""
    if verb.lemma_.lower() != "say":
        return False
    return any(c.dep_ == "dobj" and (c.is_ancestor(anchor) or any(
        a.dep_ in ("acl", "relcl") and a.pos_ == "VERB"
        and (a.i == anchor.i or a.is_ancestor(anchor)) for a in c.children))
        for c in verb.children)


def _second_subject_name(token, run: list, inside: set[int]) -> list:
    """The name right after a source's kind that the parse made a second subject of the same
    verb: "anti-virus firm Sophos said" -> Sophos."""
    doc, names = token.doc, []
    i = run[-1].i + 1 if run and token.pos_ == "NOUN" else len(doc)
    while i < len(doc) and i not in inside and doc[i].pos_ == "PROPN" \
            and doc[i].dep_ == token.dep_ and doc[i].head.i == token.head.i:
        names.append(doc[i])
        i += 1
    return names


def _person_after_role(token, run: list, inside: set[int]) -> list:
    """The person's name right after a source's role that the parse hung elsewhere: "said
    coach Mike Friday" -> Mike Friday, whose surname the model took for a day."""
    doc, names = token.doc, []
    i = run[-1].i + 1 if run and token.pos_ == "NOUN" and token.is_lower else len(doc)
    if i >= len(doc) or doc[i].ent_type_ != "PERSON":
        return []
    while i < len(doc) and i not in inside and doc[i].pos_ == "PROPN":
        names.append(doc[i])
        i += 1
    return names


_AGENT_ENDINGS = PERSON_ENDINGS + ("yst", "cy")  # "analysts", "consultancy"


def _name_apposed(doc, run: list, inside: set[int]) -> list:
    """The name set off by commas after a source that only says what kind it is: "according
    to technology analysts, TDG Research, there will be" -> the words through TDG Research."""
    i, kind = run[-1].i + 1, run[-1].lemma_.lower()
    if not run[-1].is_lower or i + 2 >= len(doc) or doc[i].text != "," or not (
            kind in NAME_KINDS or kind.endswith(_AGENT_ENDINGS)):
        return []  # not "according to analysts' forecasts, HSBC, the biggest bank, will"
    j = i + 1
    while j < len(doc) and j not in inside and doc[j].text[:1].isupper() and doc[j].is_alpha:
        j += 1
    if j == i + 1 or j >= len(doc) or doc[j].text not in (",", "."):
        return []
    return list(doc[i:j])


def _portion_source(token, inside: set[int]) -> str | None:
    """The source a share of people names: its group ("more than half (55%) of the
    respondents said"), no one for a share alone ("A majority, 52%, said ... and just 16%
    disagreed", "Other found themselves tied into 12-month contracts"); None for any other
    word."""
    of = any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
    if (token.lower_ in PORTION_WORDS or token.lower_ in VALUE_NOUNS) and of:
        group = group_of(token, inside)
        return _source_name(group, inside) if group is not None else ""
    return "" if token.lower_ in PORTION_WORDS or token.lower_ == "other" else None


def _name_after_kind(noun, inside: set[int]) -> bool:
    """Whether a name the parse left loose follows a noun of its kind: "a prediction from
    analysts Ovum"."""
    doc = noun.doc
    return noun.i + 1 < len(doc) and noun.i + 1 not in inside and doc[noun.i + 1].pos_ == "PROPN" \
        and noun.tag_ == "NNS" and not noun.is_ancestor(doc[noun.i + 1])


def _document_author(token, inside: set[int], to_comma: bool) -> str | None:
    """The author of a document a source names ("Ofcom's figures", "figures gathered by a
    polling firm", "figures from the statistics office", "a prediction from analysts Ovum"),
    else None."""
    publisher = nsubj(token.head) if token.dep_ == "dobj" \
        and token.head.lemma_.lower() in _PUBLISHING else None
    if publisher is not None and publisher.i not in inside and (
            publisher.pos_ == "PROPN" or publisher.lemma_.lower() in BODY_NOUNS):
        return _source_name(publisher, inside)  # "Acme released figures which showed ..."
    for child in token.children:
        if child.dep_ == "poss" and child.pos_ != "PRON" \
                and child.ent_type_ not in ("DATE", "TIME"):
            return _OWNERS_MARK.sub("", noun_phrase(child, inside, with_preps=False))
            # "Ofcom's figures show" -> Ofcom; not "Last year's survey found", the survey's
        agent = passive_agent(child) if child.dep_ == "acl" and child.tag_ == "VBN" else None
        if agent is not None and agent.i not in inside and agent.pos_ in NOUNISH:
            return _source_name(agent, inside, to_comma)  # "figures gathered by a polling
            # firm", "a study carried out by an internet project"
        author = next((g for g in child.children if g.dep_ == "pobj" and g.i not in inside
                       and (g.pos_ == "PROPN" or child.lower_ != "of" and (
                           capitalised_name(g) or any(
                               capitalised_name(c) and c.dep_ in ("compound", "appos")
                               for c in g.children)
                           or _name_after_kind(g, inside)))),
                      None) if child.dep_ in ("prep", "agent") \
            and child.lower_ in ("from", "by", "of") else None
        if author is not None and _name_after_kind(author, inside):
            doc, end = author.doc, author.i + 1
            while end < len(doc) and (doc[end].pos_ == "PROPN" or doc[end].lower_ in (
                    "and", "&") and end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN"):
                end += 1
            return doc[author.left_edge.i:end].text  # "a prediction from analysts Ovum",
            # "a study by research groups Acme and Bolt"
        if author is not None:  # "figures from the statistics office", "a study by the
            return _source_name(author, inside)  # IFS found"
    return None


# verbs by which a body puts out a document it made: its author
_PUBLISHING = {"release", "publish", "issue", "unveil", "compile", "produce"}

_OWNERS_MARK = re.compile(r"[ \u00a0]*['’]s?$")
_OWNED_DOCUMENT = re.compile(r"(.+?)[ \u00a0]*['’]s?(?:[ \u00a0]+[a-z]+)?[ \u00a0]+[a-z]+")


def _kept_mark(token) -> bool:
    """A mark that is part of a name: glued to a word ("Nielsen//NetRatings"), an owner's
    "'s", or an ampersand ("Marks & Spencer")."""
    return glued(token) or token.tag_ == "POS" or token.text == "&"


def _source_name(token, inside: set[int], to_comma: bool = False) -> str:
    """A source's name as the article writes it: the noun with its modifiers and
    appositions, not a trailing clause; with `to_comma`, on through the capitalised words
    the parse left loose ("according to search engine Ask Jeeves,")."""
    if token.pos_ in ("PRON", "DET", "SCONJ"):
        return ""  # "claims that ...": a "that" the parse took for the one who claims
    token = kind_before(token)  # "Anti-virus firm Sophos said": the kind with the name
    named = apposed_name(token, inside)
    if named is not None:
        return _source_name(named, inside)  # "the country's biggest carmaker, Toyota,
        # said": the name
    portion = _portion_source(token, inside)
    if portion is not None:
        return portion
    author = _document_author(token, inside, to_comma) \
        if token.lemma_.lower() in SOURCE_DOCUMENTS else None
    if author is not None:
        return author
    doc = token.doc
    clause = {t.i for c in token.rights if c.dep_ in ("acl", "relcl") for t in c.subtree}
    clause |= {t.i for c in token.lefts if c.dep_ == "prep" for t in c.subtree}  # "In a
    # monthly report anti-virus firm Sophos said": a phrase before a noun is not its own
    clause |= {t.i for c in token.rights if _when_said(c) for t in c.subtree}  # nor one of
    # when after the name: "coach Tom Reid on his arrival back in Leeds"
    keep = [t for t in token.subtree if t.i not in inside and t.i not in clause
            and (not t.is_punct or _kept_mark(t))]  # "G7 members expected to
    # confirm": the members; "the British Bankers' Association": its owner's mark
    run = contiguous(keep, token) if keep else []
    if run:
        run += hyphened_after(run[-1], inside)  # "Wal-Mart", which the parse splits
    run += _second_subject_name(token, run, inside) or _person_after_role(token, run, inside)
    if to_comma and run:
        i = run[-1].i + 1
        while i < len(doc) and i not in inside and (
                doc[i].text[:1].isupper() and any(ch.isalpha() for ch in doc[i].text)
                or glued(doc[i])  # "analysts Nielsen//NetRatings"
                or doc[i].lower_ == "the" and i + 1 < len(doc) and i + 1 not in inside
                and doc[i + 1].pos_ == "PROPN" and run[-1].pos_ == "NOUN"):  # "polling
            # firm the Acme Group"
            run.append(doc[i])
            i += 1
    while run and (run[-1].dep_ in ("prep", "cc", "det") or run[-1].is_punct):
        run = run[:-1]  # "a majority in [14 countries]": the figure was cut out
    if to_comma and run:
        run += _name_apposed(doc, run, inside)
    if not run:
        return ""
    text = text_of(doc)[run[0].idx:run[-1].idx + len(run[-1].text)]
    owned = _OWNED_DOCUMENT.fullmatch(text)
    if owned and run[-1].lemma_.lower() in SOURCE_DOCUMENTS and not any(
            t.tag_ == "POS" and doc[t.i - 1].ent_type_ in ("DATE", "TIME") for t in run):
        # (not "last year's survey", the survey's own)
        text = owned.group(1)  # "the Bank of Ghana's figures", which the parse may read
        # as "Bank of [Ghana's figures]": its owner
    return re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)
