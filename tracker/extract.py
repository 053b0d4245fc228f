"""Articles in, claims out: find the figures, parse the sentences that hold them, build rows.

`extract_article(article)` is the whole per-article pipeline; `extract_articles` streams it
over many.  Only sentences that hold a figure go through spaCy, a few hundred at a time
gathered across articles (spaCy's cost is nearly all of a run's; see tracker.bench).
"""

from __future__ import annotations

import ctypes
import glob
import os
import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache
from typing import Iterable, Iterator

from .actors import FIRMS_OWN, can_act, person_ending
from .attribution import bare_document, named_source
from .counted import antecedent_in, counted_in
from .data import currencies
from .data.numbers import UNITS as NUMBER_WORDS
from .data.phrases import LIST_JOIN, MONTHS, WEEKDAYS
from .data.subjects import (
    BODY_NOUNS,
    CLAUSE_QUOTING_VERBS,
    ESTIMATE_NOUNS,
    HONORIFICS,
    MONEY_PHRASAL_VERBS,
    MONEY_VERBS,
    MOVE_NOUNS,
    PERSON_TITLES,
    PLIGHTS,
    REPORTING_VERBS,
    SOURCE_DOCUMENTS,
    SPEAKER_ROLES,
)
from .gazetteer import country, known, well_known
from .nouns import compact, noun_phrase, rank_named, subject_key
from .parse import (
    dictionary_word,
    entity_of,
    nlp,
    nsubj,
    person,
    read,
    root,
    span_tokens,
    text_of,
    unitlike,
    verb_forms,
)
from .patterns import NAME_BEFORE_BRACKET, QUALIFIER_BEFORE
from .places import named_people_country, set_in, sides_of
from .quantities import OR_RESTATED, find_quantities, leaves_level
from .quotes import MARKS, TAG_BEFORE, has_marks, quote_around, quotes_speech
from .ranked import rank_items
from .readings import TIME_WORDS
from .respectively import pair_items
from .schema import Article, Claim, Quantity, claim_id
from .sources import Problem, problem_for
from .subjects import Context, context_of
from .units import Unit, to_base

_SENTENCE_END = re.compile(
    r"""
    (?<=[.!?…])["”’')\]]*\s+(?=["“‘'(\[]{0,2}[A-Z0-9£$€])
    # end punctuation, space, a capital (after up to two marks and brackets: '"[The film]')
    | \n\s*                                             # or a line break
    """,
    re.VERBOSE,
)
# a full stop that ends no sentence: a title, a short form, an initial ("George W. Bush")
_ABBREVIATIONS = re.compile(r"\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Prof|Rep|Sen|Gov|No|Co"
                            r"|Corp|Inc|Ltd|Jr|Sr|vs|U\.S|U\.K|approx|est)\.$")


# who says a quotation that ends in a question or an exclamation: "Mr Lewis asked.",
# "Labour leader Tony Blair said on Monday."
_SPEECH_TAG = re.compile(TAG_BEFORE + r"[^.!?\n]{0,60}[.!?]")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) by punctuation and line breaks; cheap, no model.

    >>> text = "Mr. Smith paid $5. Then he left.\\nNew line"
    >>> [text[a:b] for a, b in sentences(text)]
    ['Mr. Smith paid $5.', 'Then he left.', 'New line']
    >>> text = '"It is late," he said. "[The film] ran for 50 years."'
    >>> [text[a:b] for a, b in sentences(text)]
    ['"It is late," he said.', '"[The film] ran for 50 years."']
    """
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.group().strip() == "" and "\n" not in m.group() and _ABBREVIATIONS.search(
            text[max(start, m.start() - 6):m.start()]
        ):
            continue
        if m.start() > 0 and text[m.start() - 1] in "?!" and m.group()[:1] in "\"”" \
                and _SPEECH_TAG.match(text, m.end()):
            continue  # '"Why should we pay?" Mr Lewis asked.': the question and who asks it
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text) and text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def _base(value: float, unit: str, dimension: str) -> tuple[float | None, str]:
    """The value in its dimension's base unit, for figures of a physical measure."""
    if dimension in ("count", "currency", "percentage", ""):
        return None, ""
    return to_base(value, Unit(unit, dimension))


def _in_unit(c: Claim, unit: str, dimension: str, currency: str = "") -> Claim:
    """`c` read in another unit, its base value with it."""
    base_value, base_unit = _base(c.value, unit, dimension)
    return replace(c, unit=unit, dimension=dimension, currency=currency,
                   base_value=base_value, base_unit=base_unit)


def _claim(article: Article, q: Quantity, sentence: str, ctx: Context) -> Claim:
    base_value, base_unit = _base(q.value, q.unit, q.dimension)
    return Claim(
        claim_id=claim_id(article.doc_id, q.start, q.end), doc_id=article.doc_id,
        start=q.start, end=q.end, surface=q.surface, value=q.value, low=q.low, high=q.high,
        qualifier=q.qualifier, change=q.change, unit=q.unit, dimension=q.dimension,
        currency=q.currency, subject=ctx.subject, subject_key=ctx.subject_key,
        actor=ctx.actor, attribution=ctx.attribution, location=ctx.location,
        sentence=sentence, title=article.title, source=article.source,
        published=article.published, url=article.url, base_value=base_value,
        base_unit=base_unit,
    )


def extract_article(article: Article, parse: bool = True) -> list[Claim]:
    """Every figure in one article, as claims with subject, actor, attribution, location."""
    return next(iter(extract_articles([article], parse=parse)))


# Sentences gathered across articles before one nlp.pipe call: spaCy's networks run far
# faster on a few hundred sentences at once than on the handful one article has.
_PARSE_BUFFER = 256


def _groups(text: str, found: list[Quantity]) -> dict[tuple[int, int], list[Quantity]]:
    """The figures of an article grouped by the sentence span that holds each."""
    spans = sentences(text)
    starts = [a for a, _b in spans]
    groups: dict[tuple[int, int], list[Quantity]] = {}
    for q in found:
        i = bisect_right(starts, q.start) - 1  # the only span that can hold q.start
        span = spans[i] if i >= 0 and q.start < spans[i][1] else (q.start, q.end)
        if span[1] - span[0] > MAX_SENTENCE:
            # a run-on "sentence" (a table, a list, debris): parse a window around the figure
            a = max(span[0], q.start - WINDOW)
            span = (a, min(span[1], max(q.end, a) + WINDOW))
        groups.setdefault(span, []).append(q)
    return groups


# How far back (in characters, about two short sentences) a source named with a figure still
# stands behind a later "he said" when the sentence just before names none.
CARRY_REACH = 300

# Longest sentence sent whole to the parser; past it, a window either side of each figure.
# Keeps spaCy's time and memory bounded and below its 1,000,000-character limit.
MAX_SENTENCE = 2_000
WINDOW = 400
_SURROGATE = re.compile("[\ud800-\udfff]")


def _claims(article: Article, groups: dict[tuple[int, int], list[Quantity]],
            docs: Iterator, parsed: dict, quotes: dict, problems: list[Problem] | None
            ) -> list[Claim]:
    text = article.text
    claims: list[Claim] = []
    last_source, last_end = "", -1
    named_at, named = -1, ""  # the last source named in a figure's sentence, and where
    them = (-1, "", "")  # where the last "N of them" was read, and what "them" stood for
    for (a, b), qs in groups.items():
        snippet = text[a:b]
        doc = next(docs)
        if text[last_end:a].strip() if last_end >= 0 else True:
            last_source = ""  # only a source named in the sentence just before carries
        looked = False  # the sentence before read for a source, at most once
        quoted = None  # who speaks the quotation this sentence is part of, once read
        continues = _CONTINUES.match(snippet) is not None  # "That was 26% more ..."
        findings = _findings_go_on(text, (a, b), doc, (last_end, last_source), continues,
                                   parsed, (named_at, named))
        made: list[Claim] = []  # the claims of this sentence's figures
        read: list[Context] = []  # what the parse said of each figure
        for q in qs:
            q = _price_apiece(doc, _rate_of_clause(doc, _doers_not_moved(doc, q, a), a), a)
            ctx = _context(doc, q, a, article, problems)
            if doc is not None:
                if ctx.said_by_pronoun or not ctx.attribution and continues:
                    if not last_source and not looked:
                        last_source, looked = _source_carried(
                            text, (a, b), quotes.get((a, b)), parsed, (named_at, named),
                            ctx.said_by_pronoun), True
                    if last_source and not (ctx.said_by_pronoun and _saying_pronoun(snippet)
                                            == "it" and _plural(last_source)):
                        # "... the ministry said. It added that 40 were hurt", "... the
                        # MDA's figures showed. That was 26% more than in 2003"
                        ctx = replace(ctx, attribution=last_source)
                if findings and _finding_like(q, ctx) and not _aside_clause(doc, q.start - a):
                    ctx = replace(ctx, attribution=findings)  # the survey's next finding
                if (not ctx.subject or ctx.subject.startswith("those who ")) \
                        and _part_of_before(text, q):  # "Eighty per cent of those"
                    ctx, them = _of_them(ctx, doc, q.start - a, text, (a, b), parsed, them,
                                         says=not _OF_THEM.match(text, q.end))
                ctx = _labelled(ctx, text, a, q.start, parsed)  # 'Tom Brown: "We had ...'
                quote = quotes.get((a, b))
                if not ctx.said_by_pronoun and _quoted_at(quote, q.start) \
                        and (not ctx.attribution or bare_document(ctx.attribution)):
                    quoted = _speaker(text, quote, parsed, (a, last_source), (named_at, named)
                                      ) if quoted is None else quoted
                    ctx = replace(ctx, attribution=quoted or ctx.attribution)  # its speaker
            ctx = _counted_before(ctx, q, (claims, made), text)  # "the 12 were held"
            ctx = _aged_person(ctx, doc, q, text, a, parsed)  # "bids for the 22-year-old"
            ctx = _done_by_pronoun(ctx, doc, (q.start, quotes.get((a, b))), text, a, parsed)
            # ("He has won four events")
            ctx = _firm_named_before(ctx, doc, text, a, parsed)  # "The firm cut 300 jobs"
            ctx = _its_owner_before(ctx, doc, text, a, parsed)  # "Its sales rose 4%"
            ctx = _its_owner_within(ctx, doc)  # "Acme slipped, leaving its sales flat"
            ctx = _the_country(ctx, doc, q, text, a, parsed)  # "the country's deficit"
            ctx = _share_not_of_source(ctx, q)  # "according to the poll, 61% said ..."
            if not ctx.race:  # "won the women's 800m": the name of a race, not a figure
                made.append(_claim(article, q, snippet, ctx))
            read.append(ctx)
        if doc is not None:  # "rose by 9.4% and 8.1% respectively": each its own item
            made = rank_items(doc, a, pair_items(doc, a, made))  # "followed by Scotland on
            # 5.8%": the item's own
        made = _moved_by_pronoun(text, a, made, claims, last_end)  # "They added 6.4%"
        last_source = _source_named(made, read, last_source)  # (the report's word, by
        # which the next sentence may go on with its findings)
        authors: dict[str, str] = {}
        claims += [c if not bare_document(c.attribution) else replace(
            c, attribution=_document_author(c.attribution, doc, text, a, parsed, authors))
            for c in made]  # "..., the report said": its author
        if last_source:
            named_at, named = b, last_source
        last_end = b
    claims = _rate_for_others(text, _bare_rates(text, _sides_not_places(
        text, _priced_in_another(text, _vote_sides(text, claims)))))
    claims = _rates_restated(text, _restatements(text, _the_figure(text, claims)))
    claims = _kinds_listed(text, _further_counts(text, _expected_instead(text, claims)))
    claims = _age_groups_counted(text, _sums_lost(text, _scales_of_money(
        text, _plight_after_list(text, claims))))
    claims = _included_owned(text, _alternatives(text, _unit_written_once(text, claims)))
    claims = _source_set_against(text, _included_sum(text, _included_bare(text, claims)))
    claims = _tallies_after_names(text, claims)
    return _same_measure_actor(text, _of_the_figure_before(text, _moves_named(text, claims)))


def _tallies_after_names(text: str, claims: list[Claim]) -> list[Claim]:
    """A count in digits alone in brackets right after a name is that name's, of what the
    count before it in its sentence counts, the name its actor: "with 140 goals, and he
    only trails Jones (250) and Brown (173)" -> "goals (Jones)", "goals (Brown)", as a
    runner's time in brackets is the runner's."""
    out = list(claims)
    for k, c in enumerate(out):
        name = NAME_BEFORE_BRACKET.search(text, max(0, c.start - 60), c.start)
        if c.dimension != "count" or not c.surface.replace(",", "").isdigit() or name is None \
                or not text.startswith(")", c.end):
            continue
        before = next((e for e in reversed(claims[:k]) if e.sentence == c.sentence
                       and e.dimension == "count" and e.subject[:1].islower()
                       and not text[max(0, e.start - 1):e.start] == "("), None)
        # (not a list of bracketed tallies alone: "Hale for Reid (60), Cole for Lee (60)",
        # substitutes' minutes)
        if before is None:
            continue
        base = before.subject.split(" (")[0]
        out[k] = replace(c, subject=f"{base} ({name.group(1)})",
                         subject_key=before.subject_key, actor=name.group(1))
    return out


def _included_owned(text: str, claims: list[Claim]) -> list[Claim]:
    """A count in an "including" phrase right after a count whose subject names an owner in
    brackets is the same owner's: "The group have had nine top ten singles, including three
    number ones" -> "number ones (group)"; not a name ("China (China)")."""
    out = list(claims)
    for k in range(1, len(out)):
        first, then = out[k - 1], out[k]
        owner = re.fullmatch(r".+ \((.+)\)", first.subject)
        if owner is None or not then.subject[:1].islower() or "(" in then.subject \
                or first.dimension != then.dimension or first.sentence != then.sentence \
                or not _INCLUDING.fullmatch(text, first.end, then.start):
            continue
        subject = f"{then.subject} ({owner.group(1)})"
        out[k] = replace(then, subject=subject, actor=then.actor or first.actor)
    return out


def _included_bare(text: str, claims: list[Claim]) -> list[Claim]:
    """A bare count in an "including" phrase right after a count counts what that one
    counts, with its move and its doer: "The final featured 11 aces, including four in the
    last set" -> aces (not "final"), "The firm cut 900 jobs, including 300 in Leeds" ->
    jobs, down, firm; not one with a noun or an "of" phrase of its own ("including three
    of the victims")."""
    out = list(claims)
    for k in range(1, len(out)):
        first, then = out[k - 1], out[k]
        if first.dimension != "count" or then.dimension != "count" or not first.subject \
                or first.sentence != then.sentence or then.unit != "count" \
                or not _INCLUDING_BARE.fullmatch(text, first.end, then.start) \
                or not _BARE_AFTER.match(text, then.end):
            continue
        out[k] = replace(then, subject=first.subject, subject_key=first.subject_key,
                         actor=first.actor if then.actor in ("", then.subject) else then.actor,
                         change=then.change or first.change)
    return out


def _included_sum(text: str, claims: list[Claim]) -> list[Claim]:
    """A bare sum in an "including" phrase right after a sum in the same currency, past its
    restating bracket, is a part of what that one measures, with its doer: "agreed to pay
    $40m ($21m), including $12m from their own funds" -> "payment (directors)" for the
    $12m too; not one with a noun of its own ("including $5m of new debt")."""
    out = list(claims)
    for k in range(1, len(out)):
        then = out[k]
        first = next((e for e in reversed(out[max(0, k - 2):k]) if e.sentence == then.sentence
                      and _INCLUDING_SUM.fullmatch(text, e.end, then.start)), None)
        if first is None or first.dimension != "currency" or first.unit != then.unit \
                or not first.subject or not _BARE_AFTER.match(text, then.end):
            continue
        out[k] = replace(then, subject=first.subject, subject_key=first.subject_key,
                         actor=then.actor if then.actor and then.actor != then.subject
                         else first.actor)
    return out


# the gap from a count to what "including" names after it: " aces, including "
_INCLUDING_GAP = r"[ \u00a0]+[^,.;()\d]{1,40},[ \u00a0]+including[ \u00a0]+"
# the same to a bare count, past a bound on it: " aces, including about "
_INCLUDING_BARE = re.compile(r"(?:{})(?:(?:some|about|around|nearly|almost|at[ \u00a0]+least"
                             r"|more[ \u00a0]+than|over)[ \u00a0]+)?".format(_INCLUDING_GAP))
# what follows a bare count: a phrase of where or when, or the phrase's end
_BARE_AFTER = re.compile(r"[ \u00a0]+(?:in|at|on|from|during|since|last|this)\b|[ \u00a0]*[,.;:)]")

# the gap from a sum to a part "including" names, past its restating bracket: " (£21m),
# including "
_INCLUDING_SUM = re.compile(r"(?:[ \u00a0]*\([^()]{1,30}\))?,[ \u00a0]+including[ \u00a0]+"
                            r"(?:(?:some|about|around|nearly|almost|more[ \u00a0]+than|over)"
                            r"[ \u00a0]+)?")
# the gap from a count to a part "including" names: " top ten singles, including "
_INCLUDING = re.compile(_INCLUDING_GAP)


def _moved_by_pronoun(text: str, start: int, made: list[Claim], earlier: list[Claim],
                      last_end: int) -> list[Claim]:
    """The claims of a sentence that opens with "It", "They", "This" or "That" (also after
    "However," or "But") and moves a figure with no subject of its own (`made`) are of what
    the last figure of the sentence just before measures, where that agrees in number ("Talk
    of a bid lifted Zeta's shares by 8%. They gained another 3.1% to $14.20" -> "Zeta's
    shares" for both; "The peso slid to 11.40 per dollar. It later strengthened to 11.25" ->
    peso; "Sales reached $3bn. That was 7% up on 2002" -> Sales), with its actor
    where that owns it (Zeta) and they have none; `earlier` are the claims before,
    `last_end` where their last sentence ends."""
    pronoun = _MOVER_PRONOUN.match(text, start)
    gap = text[last_end:start] if last_end >= 0 else "\n"
    if pronoun is None or gap.strip() or "\n" in gap \
            or not any(c.change and not c.subject for c in made):
        return made
    word = pronoun.group(1).lower()
    before = next((c for c in reversed(earlier) if c.subject), None) \
        if word in ("it", "they") else earlier[-1] if earlier else None  # ("That" stands for
    # the last figure itself, whatever its noun's number: "revealing debts of 14bn euros.
    # This was six times more than it had stated")
    if before is None or not before.subject or before.sentence != earlier[-1].sentence \
            or before.subject.startswith(("share of ", "those ", "time ")) \
            or word in ("it", "they") and _plural(before.subject.split(" (")[0]) != (
                word == "they"):
        return made
    owner = before.actor if before.actor and before.actor in before.subject else ""
    return [replace(c, subject=before.subject, subject_key=before.subject_key,
                    actor=c.actor or owner) if not c.subject else c for c in made]


_MOVER_PRONOUN = re.compile(r"(?:(?:However|But|And|Yet|Since[ \u00a0]then),?[ \u00a0]+)?"
                            r"([Ii]t|[Tt]hey|(?:[Tt]his|[Tt]hat)(?=[ \u00a0]+(?:is|was|has|had"
                            r"|will|would)\b))[ \u00a0]")  # ("That was 7% more than in 2003";
# not "This year", a determiner)


def _counted_before(ctx: Context, q: Quantity, earlier: tuple[list[Claim], list[Claim]],
                    text: str) -> Context:
    """A bare "the 12" takes the subject of the nearest count before it in the article of
    the same value, written before its noun ("Twelve foreign nationals are held at
    Belmarsh. ... Law Lords ruled that the 12 were being held unlawfully" -> "foreign
    nationals held"; not "broke him four times"); none where there is no such count."""
    if not ctx.anaphor:
        return ctx
    found = next((c for c in reversed([*earlier[0], *earlier[1]])
                  if c.value == q.value and c.dimension == "count" and c.subject
                  and c.end <= q.start and c.subject.split()[0] in _noun_words(text, c.end)),
                 None)
    return replace(ctx, subject=found.subject, subject_key=found.subject_key) if found else ctx


def _further_counts(text: str, claims: list[Claim]) -> list[Claim]:
    """A bare count with no subject that opens its sentence with "Another" or "A further"
    counts what the last figure of the sentence before, a count, counted, and so do the bare
    counts its gapped verb lists after it ("Zeta said 900 posts would go. Another 300 will
    go from sales, 200 from billing and 100 across admin" -> posts, all three)."""
    out = list(claims)
    carried = None
    for k in range(1, len(out)):
        c, before = out[k], out[k - 1]
        if c.subject or c.unit != "count":
            carried = None
            continue
        gap = text[before.end:c.start]
        if before.unit == "count" and before.subject and before.sentence != c.sentence \
                and _FURTHER_OPENS.search(text, max(0, c.start - 12), c.start) \
                and len(_SENTENCE_STOP.findall(gap)) == 1:
            carried = before
        elif carried is None or before.sentence != c.sentence \
                or not _LISTED_ITEM.fullmatch(gap) or not _ITEM_PHRASE.match(text, c.end):
            carried = None
        if carried is not None:
            out[k] = replace(c, subject=carried.subject, subject_key=carried.subject_key)
    return out


# "Another" or "A further" opening a sentence right before a bare count
_FURTHER_OPENS = re.compile(r"(?:^|(?<=[.!?\n])|(?<=[.!?]['\"”’]))[ \u00a0\n]*(?:Another"
                            r"|A[ \u00a0]+further)[ \u00a0]+$")
# the end of a sentence in a gap between two figures
_SENTENCE_STOP = re.compile(r"[.!?]['\"”’]?(?:\s|$)")
# what lies between a listed item and the one before it, the first item's verb and phrase:
# " will go from sales, ", " from billing and "
_LISTED_ITEM = re.compile(r"[ \u00a0]+[^,;.\d]{1,50}?" + LIST_JOIN)
# the phrase a listed item opens with, where its verb is gapped: "200 from billing"
_ITEM_PHRASE = re.compile(r"[ \u00a0]+(?:from|across|in|at|on)[ \u00a0]+")


def _kinds_listed(text: str, claims: list[Claim]) -> list[Claim]:
    """Counts listed with their capitalised kinds, the noun written once after the last
    ("about 100 Muslim, 90 Hindu and 50 Jewish schools"), count that noun of their own
    kind: "Muslim schools", "Hindu schools"."""
    out = list(claims)
    for k in range(len(out) - 1, 0, -1):
        then, c = out[k], out[k - 1]
        kind = _KIND_LISTED.fullmatch(text, c.end, then.start)
        words = then.subject.split()
        lower = next((i for i, w in enumerate(words) if not w[:1].isupper()), 0)
        if kind is None or c.sentence != then.sentence or c.unit != "count" \
                or then.unit != "count" or not 0 < lower < len(words) or "(" in then.subject \
                or re.search(r"[^s]s$", kind.group(1)):
            continue  # (not "the three Grammys and four MTV gongs": a noun of its own)
        noun, key = " ".join(words[lower:]), then.subject_key
        if any(w.lower() in key.split() for w in words[:lower]):
            key = key.split()[-1]  # the noun's key without the last item's kind
        out[k - 1] = replace(c, subject=f"{kind.group(1)} {noun}", subject_key=key)
    return out


# a count's capitalised kind, then the next count of the list: " Muslim, ", " Hindu and "
_KIND_LISTED = re.compile(r"[ \u00a0]+((?:[A-Z][\w-]*[ \u00a0]+){0,2}[A-Z][\w-]*)"
                          + LIST_JOIN)


def _plight_after_list(text: str, claims: list[Claim]) -> list[Claim]:
    """Counted people with a plight right after their noun ("3,000 civilians dead") are named
    with it, and so are the counts listed before them that the plight closes: "200 nurses,
    over 400 teachers, more than 5,000 farmers dead" -> "nurses dead", "teachers dead",
    "farmers dead"."""
    out = list(claims)
    for k in range(len(out) - 1, -1, -1):
        c = out[k]
        end = _bare_noun_end(text, c)
        plight = _PLIGHT_AFTER.match(text, end) if end else None
        if plight is None:
            continue
        out[k] = replace(c, subject=f"{c.subject} {plight.group(1)}")
        j = k
        while j > 0 and (end := _bare_noun_end(text, out[j - 1])) \
                and out[j - 1].sentence == c.sentence \
                and _LIST_GAP.fullmatch(text, end, out[j].start):
            j -= 1
            out[j] = replace(out[j], subject=f"{out[j].subject} {plight.group(1)}")
    return out


def _bare_noun_end(text: str, c: Claim) -> int:
    """Where a count's subject ends, written right after it as a bare noun phrase ("300
    police"); 0 for any other claim."""
    if c.unit != "count" or not re.fullmatch(r"[A-Za-z][A-Za-z -]*", c.subject):
        return 0
    start = c.end + 1
    return start + len(c.subject) if text.startswith(c.subject, start) else 0


# a plight right after counted people's noun that closes its phrase: " dead,"
_PLIGHT_AFTER = re.compile(r"[ \u00a0]+(" + "|".join(sorted(PLIGHTS)) + r")(?=[,.;:!?)]|$)")
_LIST_GAP = re.compile(LIST_JOIN)


def _restatements(text: str, claims: list[Claim]) -> list[Claim]:
    """A figure in brackets right after one of the same dimension restates it in another
    unit ("$4bn (£2.1bn)", "154m naira ($1.1m; £591,000)"): it takes that figure's subject, actor,
    source and place, where that figure has them; the first takes the bracket's actor,
    source and place where it has none of its own."""
    out = list(claims)
    held = False  # the figure before is itself a restatement in brackets
    for k in range(1, len(out)):
        first, then = out[k - 1], out[k]
        gap = text[first.end:then.start]
        held = first.dimension == then.dimension and (
            gap in (" (", "(") or held and gap in ("; ", ", ", " or ")  # "($861m; £451m)"
            or _more_precisely(gap, first, then))
        if not held:
            continue
        fields = [*_SHARED, "subject", "subject_key"] if first.subject else _SHARED
        out[k] = replace(then, **{f: getattr(first, f) for f in fields if getattr(first, f)})
        out[k - 1] = replace(first, **{f: getattr(then, f) for f in _SHARED
                                       if not getattr(first, f) and getattr(then, f)})
    return out


def _alternatives(text: str, claims: list[Claim]) -> list[Claim]:
    """Two figures of one kind that "or" or "and" joins, outside a "respectively", measure
    one thing: a bare number or one with no subject before one with a unit takes what
    that one measures ("floods of eight and twelve gigabytes of traffic" -> traffic for both);
    one that only found its clause's doer after one that names what it measures takes
    that ("lift taxes by £8bn or £9bn" -> taxes for both, not the lifter); not ages,
    which name people ("16 and 17-year-olds")."""
    out = list(claims)
    for k in range(1, len(out)):
        first, then = out[k - 1], out[k]
        if not _JOINED_ALTERNATIVE.fullmatch(text, first.end, then.start) \
                or first.dimension != then.dimension or first.dimension == "age" \
                or first.sentence != then.sentence or "respectively" in then.sentence:
            continue
        if then.subject and then.subject != then.actor \
                and (not first.subject or _BARE_NUMBER.fullmatch(first.surface)
                     and not _BARE_NUMBER.fullmatch(then.surface)):
            out[k - 1] = replace(first, subject=then.subject, subject_key=then.subject_key)
        elif first.subject and first.subject != first.actor \
                and then.subject in ("", then.actor):
            out[k] = replace(then, subject=first.subject, subject_key=first.subject_key)
    return out


# what joins two figures of one kind: " or ", " and ", also after a comma and before a bound,
# and ", or" past the first's "of" phrase ("1,040 tonnes of silver, or about 33.4m ounces")
_JOINED_ALTERNATIVE = re.compile(r"(?:,?[ \u00a0]+(?:or|and)|[ \u00a0]+of[ \u00a0]+[^,.;\d]{1,30},"
                                 r"[ \u00a0]+or)[ \u00a0]+(?:(?:about|around|nearly|almost"
                                 r"|roughly|some|just)[ \u00a0]+)?")
# a figure written as a number alone, whose unit the figure after it gives: "10 or 15%"
_BARE_NUMBER = re.compile(r"[\d.,]+|[A-Za-z]+")


def _age_groups_counted(text: str, claims: list[Claim]) -> list[Claim]:
    """A count right before the ages that name a group counts that group, as written, with
    a people's name between: "a poll of 800 18 to 24-year-olds" -> "18 to 24-year-olds",
    not "24-year-olds"; "400 Welsh 11 to 15-year-olds" -> "Welsh 11 to 15-year-olds"."""
    out = list(claims)
    for k in range(1, len(out)):
        count, ages = out[k - 1], out[k]
        between = _PEOPLE_BETWEEN.fullmatch(text, count.end, ages.start)
        if count.dimension == "count" and ages.dimension == "age" and between \
                and ages.surface.lower().endswith("olds") and count.sentence == ages.sentence:
            group = text[between.start(1):ages.end] if between.group(1) else ages.surface
            out[k - 1] = replace(count, subject=group,
                                 subject_key=ages.surface.lower().replace("-", " "))
    return out


# a people's name between a count and the ages of the group it counts: "400 Welsh 11 to ..."
_PEOPLE_BETWEEN = re.compile(r"[ \u00a0]((?:[A-Z][a-z]+[ \u00a0]){0,2})")


def _unit_written_once(text: str, claims: list[Claim]) -> list[Claim]:
    """A bare number right after a figure with a unit, joined as its alternative ("or",
    "maybe", "perhaps") and of about its size, with no word of its own after it, is in that
    unit and measures the same thing: "a fair price would be about 410 pence, maybe 420"
    -> 420 pence, of the price; "weighs 20kg or 25." -> 25 kg; not "20kg or 25 bags"."""
    out = list(claims)
    for k in range(1, len(out)):
        first, then = out[k - 1], out[k]
        if then.dimension != "count" or not then.surface.replace(",", "").isdigit() \
                or first.dimension in ("count", "ratio", "age", "") \
                or first.sentence != then.sentence or not first.value \
                or not 0.5 <= then.value / first.value <= 2 \
                or not _ALTERNATIVE_AFTER.fullmatch(text, first.end, then.start) \
                or not _NOTHING_AFTER.match(text, then.end):
            continue
        out[k] = replace(_in_unit(then, first.unit, first.dimension, first.currency),
                         subject=first.subject, subject_key=first.subject_key)
    return out


# what sets a figure after another as its alternative: "300 pence, maybe 305", "20kg or 25"
_ALTERNATIVE_AFTER = re.compile(r",?[ \u00a0]+(?:or|or[ \u00a0]+even|maybe|perhaps|possibly"
                                r"|or[ \u00a0]+maybe|or[ \u00a0]+perhaps)[ \u00a0]+")
# no word of a figure's own after it: the end of its clause
_NOTHING_AFTER = re.compile(r"[ \u00a0]*(?:[.,;:!?)\"'\u2019\u201d]|$)")


def _rate_for_others(text: str, claims: list[Claim]) -> list[Claim]:
    """A bare sum after a rate in the same currency in its sentence, of about its size, is
    the same rate for another group, time or place, its base written once: "is set at £9.50
    per hour for workers aged 25 and over, and at £8.20 for younger staff" -> £8.20 "pound
    sterling per hour", "rose to $71.40 a barrel before settling at $70.95" -> "dollar per
    barrel", "cut its dividend to 12 cents a share from 20 cents" -> "cent per share", an
    exchange rate's too; not a sum with a base or a span of its own ("3p on a
    bottle of cider", "£2.5bn will go to schools over the next four years")."""
    out = list(claims)
    rates: list[Claim] = []
    for k, c in enumerate(out):
        if rates and rates[-1].sentence != c.sentence:
            rates = []  # (one article's claims: its sentence says enough)
        rate = rates[-1] if rates else None
        same = _same_money_rate(rates, c) if c.dimension == "currency" else None
        if (c.currency or c.dimension == "currency") and " per " in c.unit:
            rates.append(c)  # (also in a unit of no one country's: "12 cents a share")
        elif same is not None and 0.5 <= c.value / same.value <= 2 \
                and c.start - same.end < 120 and not _OWN_BASE.match(text, c.end) \
                and not _SPAN_IN_CLAUSE.match(text, c.end):
            out[k] = _in_unit(c, f"{c.unit} per {same.unit.split(' per ', 1)[1]}",
                              same.dimension, c.currency)
        elif rate is not None and rate.dimension == "exchange rate" and _bare_level(text, c) \
                and rate.value and 0.9 <= c.value / rate.value <= 1.1 and c.start - rate.end < 120:
            out[k] = _in_unit(c, rate.unit, rate.dimension, rate.currency)  # "was buying
            # 104.90 yen, after a low of 104.75"
    return out


def _same_money_rate(rates: list[Claim], c: Claim) -> Claim | None:
    """The last of a sentence's `rates` in the money of the bare sum `c`: its currency, or
    its unit where neither names a country's ("cents"), past a rate in another money set
    between ("300 dinars ($0.40) per ticket from 250 dinars"); None where there is none."""
    return next((r for r in reversed(rates) if r.value and r.currency == c.currency
                 and (c.currency or c.unit == r.unit.split(" per ", 1)[0])), None)


def _bare_level(text: str, c: Claim) -> bool:
    """Whether `c` is a bare number with a decimal point or a comma, no unit or scale, set
    at a level by "at", "to" or "of": "after a low of 104.75", "to trade at 7.85"."""
    return c.unit == "count" and bool(_NUMBER_WITH_MARKS.fullmatch(c.surface)) \
        and bool(_LEVEL_BEFORE.search(text, max(0, c.start - 6), c.start))


_NUMBER_WITH_MARKS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+")
_LEVEL_BEFORE = re.compile(r"\b(?:at|to|of)[ \u00a0]+$")


def _bare_rates(text: str, claims: list[Claim]) -> list[Claim]:
    """A bare number a currency trades at or moves to, where its sentence sets it against
    another, is its rate in that other: "The baht eased 0.2% versus the US currency and was
    trading at 38.95" -> "thai baht per dollar", "before recovering to trade at 7.85"
    (README: a bare rate takes the currency its sentence names)."""
    return [_in_unit(c, *rate) if (rate := _bare_rate(text, c)) else c for c in claims]


def _bare_rate(text: str, c: Claim) -> tuple[str, str, str] | None:
    """(unit, dimension, currency) of `c` as a bare rate (`_bare_rates`); None for any other
    claim."""
    own = _currency_subject(c.subject)  # "Thai baht"
    if not own or c.value >= 100_000 or not _bare_level(text, c):
        return None  # (most claims: no currency's bare level)
    other = _PER_AFTER.match(text, c.end) or _AGAINST.search(c.sentence)
    named = other.group(1).lower() if other else ""
    base = currencies.WORDS.get(named, "USD" if named in ("us currency", "greenback")
                                else None) if named else None
    if not base or base == own:
        return None
    return f"{currencies.NAMES[own]} per {currencies.NAMES[base]}", "exchange rate", own


# the currency a bare rate is written per: "slid to 11.40 per dollar"
_PER_AFTER = re.compile(r"[ \u00a0]+(?:per|a|to[ \u00a0]+the|against[ \u00a0]+the)[ \u00a0]+"
                        r"((?:US[ \u00a0]+)?(?:dollar|euro|yen|pound))\b", re.IGNORECASE)
# the currency a sentence sets another against: "against the US dollar", "to the euro"
_AGAINST = re.compile(r"\b(?:against|versus|to)[ \u00a0]+the[ \u00a0]+((?:US[ \u00a0]+)?"
                      r"(?:dollar|currency|euro|yen|pound|greenback))\b", re.IGNORECASE)


# what gives a sum a base or a span of its own: "3p on a bottle", "£2.5bn over the next
# four years", "£20 a head"
_OWN_BASE = re.compile(r"[ \u00a0]+(?:a|an|per|each|every|apiece|over|across|during|within"
                       r"|on[ \u00a0]+(?:a|an|the|each|every)|in[ \u00a0]+(?:the|its|their)"
                       r"[ \u00a0]+(?:first|last|past|next|year|month|week|quarter|half)"
                       r"|for[ \u00a0]+(?:the[ \u00a0]+)?(?:year|month|week|day|quarter|season"
                       r"|whole|full|first|last|past|next|\d))\b", re.IGNORECASE)


# a span of time later in the sum's clause: "£2.5bn will go to schools over the next four
# years"
_SPAN_IN_CLAUSE = re.compile(r"[^,;.]{0,60}?\b(?:over|during|in|for|within)[ \u00a0]+the"
                             r"[ \u00a0]+(?:next|past|last|coming|first|following)[ \u00a0]+"
                             r"(?:[\w-]+[ \u00a0]+)?(?:years?|months?|weeks?|days?|quarters?)\b",
                             re.IGNORECASE)


def _rates_restated(text: str, claims: list[Claim]) -> list[Claim]:
    """A rate set after a move by a comma restates the move over a year, and moves as it
    does: "Factory output grew just 0.2%, an annual rate of 0.8%", "shrank 0.5% in the third
    quarter, an annualised rate of 2%" -> the 0.8% is up, the 2% down."""
    out = list(claims)
    for k in range(1, len(out)):
        first, then = out[k - 1], out[k]
        if first.change and not then.change and first.dimension == then.dimension \
                and _RATE_RESTATED.fullmatch(text[first.end:then.start]):
            out[k] = replace(then, change=first.change)
    return out


# ", an annual rate of", ", an annualised growth rate of": a move restated over a year
_RATE_RESTATED = re.compile(r"(?:[ \u00a0]+(?:in|over|during)(?:[ \u00a0]+[\w-]+){1,4})?"
                            r"[ \u00a0]*,[ \u00a0]+(?:an?|the)[ \u00a0]+(?:annual|annuali[sz]ed|"
                            r"yearly|year-on-year)[ \u00a0]+(?:growth[ \u00a0]+)?rate[ \u00a0]+of"
                            r"[ \u00a0]+(?:about[ \u00a0]+|around[ \u00a0]+|some[ \u00a0]+)?")


def _more_precisely(gap: str, first: Claim, then: Claim) -> bool:
    """Whether `then`, in brackets after the "of" phrase of `first`, gives the same figure
    more precisely: "owns 40% of Acme Holdings (39.9%)"."""
    return _OF_BRACKET.fullmatch(gap) is not None and first.unit == then.unit \
        and abs(first.value - then.value) <= 0.05 * abs(first.value)


_OF_BRACKET = re.compile(r"[ \u00a0]+of[ \u00a0]+[\w'’.&-]+(?:[ \u00a0]+[\w'’.&-]+){0,5}"
                         r"[ \u00a0]*\(")


def _sums_lost(text: str, claims: list[Claim]) -> list[Claim]:
    """A sum a doer loses, read as its losses (`subjects`: "losses (carrier)"), is the size
    of the loss, no move: "The carrier, which lost $420m in the second quarter" and
    "Investors lost about $60bn" have no change (but "Shares in Acme lost 40 cents", a
    price, and "cut its losses from £20m to £1m" move); nor has a time one loses: "He lost
    two years of his career to injury", nor the margin one loses by: "lost the seat by 300
    votes" (`subjects`: "losing margin")."""
    return [replace(c, change="") if c.change == "down" and (
        c.dimension == "currency" and _LOSSES.fullmatch(c.subject) or c.dimension == "time")
            and _lost_before(text, c.start) or c.change == "down"
            and c.subject_key == "losing margin" else c for c in claims]


def _scales_of_money(text: str, claims: list[Claim]) -> list[Claim]:
    """A bare "millions" or "billions" that a verb of money makes a sum (`subjects` named it
    as one: "spend millions on video games" -> "spending on video games", "lost billions"
    -> "losses") is money, in the currency the words after it name ("seeking millions in
    dollars"), else that of the nearest sum before or after it in its sentence, else in its
    paragraph, else the article's one currency, not counting a sum restated in brackets; a
    count as it was where none is."""
    sums = [c for c in claims if c.dimension == "currency" and c.currency
            and text[:c.start].rstrip()[-1:] not in ("(", ";")]  # (not a restatement in
    # brackets: "$336m (£178m)" is in dollars)
    out = []
    for c in claims:
        if c.dimension != "count" or c.surface.lower() not in ("millions", "billions") \
                or not _MONEY_NOUN_KEYS.match(c.subject_key):
            out.append(c)
            continue
        m = _CURRENCY_AFTER.match(text, c.end)
        code = currencies.WORDS[m.group(1).lower()] if m else ""
        like = (currencies.NAMES[code], code) if code else _nearest_currency(text, c, sums)
        out.append(replace(c, unit=like[0], dimension="currency", currency=like[1])
                   if like is not None else c)
    return out


# a currency named right after a bare scale: "seeking millions in dollars" (currencies.WORDS
# runs longest first)
_CURRENCY_AFTER = re.compile(r"[ \u00a0]+in[ \u00a0]+(" + "|".join(
    map(re.escape, currencies.WORDS)) + r")\b", re.IGNORECASE)


def _nearest_currency(text: str, claim: Claim, sums: list[Claim]) -> tuple[str, str] | None:
    """The unit and the currency of the sum nearest `claim` in its sentence, else in its
    paragraph, else of the article's one currency; None where none is."""
    for same in (lambda c: c.sentence == claim.sentence,
                 lambda c: "\n" not in text[min(c.start, claim.start):max(c.end, claim.end)]):
        near = [c for c in sums if same(c)]
        if near:
            sum_ = min(near, key=lambda c: abs(c.start - claim.start))
            return sum_.unit, sum_.currency
    return (sums[0].unit, sums[0].currency) if len({c.currency for c in sums}) == 1 else None


# the keys subjects gives a sum named by its verb of money (MONEY_VERBS' nouns)
_MONEY_NOUN_KEYS = re.compile(
    r"(?:" + "|".join(sorted({re.escape(n) for n in (*MONEY_VERBS.values(),
                                                    *MONEY_PHRASAL_VERBS.values())},
                             key=len, reverse=True)) + r")\b")


def _lost_before(text: str, start: int) -> bool:
    """Whether the verb "lose" stands right before the figure at `start`, past its bound
    (`QUALIFIER_BEFORE`: "lost about $180bn")."""
    before = text[max(0, start - 40):start]
    bound = QUALIFIER_BEFORE.search(before)
    return _LOST.search(before[:bound.start(1)] if bound else before) is not None


# a sum read as a doer's losses; the verb "lose" right before a figure
_LOSSES = re.compile(r"losses(?: \(.+\))?")
_LOST = re.compile(r"\b(?:lost|lose|loses|losing)[ \u00a0]+$", re.IGNORECASE)


def _moves_named(text: str, claims: list[Claim]) -> list[Claim]:
    """A move whose subject is only the noun of the move ("a rise of 50%", "the 5% rise
    seen a year earlier", "after a 0.4% fall in April") is a move of what the nearest figure
    before it in its sentence measures: "Staff costs went from £4m to £6m a year, a rise of
    50%" -> "Staff costs"; as it was where no figure before names a thing, or a name stands
    between ("Volvo sales jumped 11% while its rival Saab notched up a 10% increase")."""
    out = list(claims)
    for k, then in enumerate(out):
        if then.subject_key not in MOVE_NOUNS or then.dimension == "time":
            continue  # "its first hike in nine years": the time since, no move
        before = next((c for c in reversed(out[:k]) if c.sentence == then.sentence
                       and c.subject and c.subject_key not in MOVE_NOUNS), None)
        if before is not None and not _name_between(text, before.end, then.start,
                                                    then.attribution):
            out[k] = replace(then, subject=before.subject, subject_key=before.subject_key,
                             actor=before.actor, location=then.location or before.location)
    return out


def _of_the_figure_before(text: str, claims: list[Claim]) -> list[Claim]:
    """A figure with no subject that a "which is" says of the figure right before it, or a
    move ", up 5%" right after a level, or a comparison after it (", almost 8% more than
    they did", also past the level's "of" phrase and after another such comparison: "8m
    tonnes of wheat in 2004, 4% higher than in 2003 and 6% more than"), is of what that one
    measures: "Output should reach 3%, which is some 0.5% below the target" -> Output."""
    out = list(claims)
    for k in range(1, len(out)):
        first, then = out[k - 1], out[k]
        if first.subject and first.sentence == then.sentence and (
                not then.subject and _WHICH_IS.fullmatch(text, first.end, then.start)
                or then.change and _UP_ON.fullmatch(text, first.end, then.start)
                or then.change and then.subject in ("", first.actor) and (
                    _UP_ON_PAST.fullmatch(text, first.end, then.start)
                    or (_ASIDE_BEFORE.fullmatch(text, first.end, then.start)
                        or first.change and _COMPARED_AND.fullmatch(text, first.end, then.start))
                    and _COMPARATIVE_THAN.match(text, then.end))):
            out[k] = replace(then, subject=first.subject, subject_key=first.subject_key)
    return out


# a comparison set after a level by a comma, which says how much it moved: "spent more
# than £2.1bn in 2005, almost 8% more than they did in 2004"
_ASIDE_BEFORE = re.compile(r"(?:[ \u00a0]+of[ \u00a0]+[a-z][a-z -]{0,30}?)?"  # "of crops"
                           r"(?:[ \u00a0]+(?:in|on|for|during|over)[ \u00a0]+[^,.;\d]{0,20}?"
                           r"(?:(?:19|20)\d\d)?)?,[ \u00a0]+(?:(?:about|almost|nearly|some|"
                           r"roughly|just|around)[ \u00a0]+)?")
_COMPARATIVE_THAN = re.compile(r"[ \u00a0]+(?:more|less|higher|lower|fewer)[ \u00a0]+than\b")
# a second comparison joined to one so set: "12% higher than in 2003 and 8% more than"
_COMPARED_AND = re.compile(r"[ \u00a0]+(?:more|less|higher|lower|fewer)[ \u00a0]+than"
                           r"[ \u00a0]+[^,.;\d]{0,25}?(?:(?:19|20)\d\d)?[ \u00a0]+and[ \u00a0]+")


# the move of the level right before it: "a record profit of 30.6bn yen ($291m; £154m),
# up 31.8% on the previous year"
_UP_ON = re.compile(r"\)?,[ \u00a0]+(?:up|down)[ \u00a0]+")
# the same past the level's noun and a phrase of place or time, where the move's own subject
# fell back on the doer: "Volvo sold 40,000 trucks in Europe in 2004, up 4.1% on 2003"
_UP_ON_PAST = re.compile(r"[ \u00a0]+[^,.;:\d()]{1,40}?,[ \u00a0]+(?:up|down)[ \u00a0]+")


# what says a figure of the one right before it (the qualifier's words are the figure's)
_WHICH_IS = re.compile(r",?[ \u00a0]+which[ \u00a0]+(?:is|was|are|were|would[ \u00a0]+be)"
                       r"[ \u00a0]+(?:(?:about|around|some|roughly|nearly|almost|just|over"
                       r"|under|more[ \u00a0]+than|less[ \u00a0]+than)[ \u00a0]+)?")


def _same_measure_actor(text: str, claims: list[Claim]) -> list[Claim]:
    """A figure of the same measure as one before it in its sentence (the same subject and
    dimension: "Ford's quarterly profit totalled $420m, down from $650m") that has no actor
    takes that figure's: the measure is the same one's; not where a name stands between
    them or is given the figure after it ("Alpha shares climbed 2.7%, and Beta added 5.3%",
    "compared with 9,120 for the Green candidate"); and a level left "up from" or "down
    from" has no actor where the level reached has none."""
    out = list(claims)
    for k in range(1, len(out)):
        then = out[k]
        if then.actor and out[k - 1].sentence == then.sentence and not out[k - 1].actor \
                and out[k - 1].subject_key == then.subject_key \
                and leaves_level(text, out[k - 1].end, then.start):
            out[k] = replace(then, actor="")  # "700,000 people were on the drugs - up from
            # 440,000": the level left is of the same measure, which no one acts on
            continue
        if then.actor or not then.subject:
            continue
        first = next((c for c in reversed(out[:k]) if c.sentence == then.sentence and c.actor
                      and ((c.subject_key == then.subject_key
                            or {c.subject_key, then.subject_key} <= _PRICE_KEYS
                            or _set_against(text, c.end, then.start))
                           and c.dimension == then.dimension
                           and (c.unit == then.unit or c.dimension != "count")
                           or c.change and c.change == then.change  # "rose 4p or nearly 1%"
                           and OR_RESTATED.fullmatch(text, c.end, then.start))), None)
        # (not a count's rate: "follows four million sites and says 9,000 appear daily")
        if first is not None and not _name_between(text, first.end, then.start) \
                and not _FOR_NAME.match(text, then.end) \
                and not _OF_THE_WHOLE.fullmatch(text, first.end, then.start):
            out[k] = replace(then, actor=first.actor)
    return out


# the names of one price a deal sets: "offered £500,000 up front, with the fee rising to
# £2.2m"
_PRICE_KEYS = {"offer", "bid", "fee", "transfer fee", "price", "deal", "payment"}


# what sets a figure against one before it, of the same measure whatever its noun: "a
# profit of $50m, compared with a loss of $20m"
_SET_AGAINST = re.compile(r"\bcompared[ \u00a0]+(?:with|to)((?:[ \u00a0]+[\w'’-]+){0,4}"
                          r"[ \u00a0]*)$")


def _source_set_against(text: str, claims: list[Claim]) -> list[Claim]:
    """A figure with no source a few words after "compared with" or "compared to" the one
    before it in its sentence, in the same dimension, is on that one's source's word
    ("research from Zenstat which suggested that the browser had 82.9% of users in October
    compared to 85.5% in June" -> Zenstat for both, however the parse hangs "compared")."""
    out = list(claims)
    for k in range(1, len(out)):
        first, then = out[k - 1], out[k]
        if not then.attribution and first.attribution and first.sentence == then.sentence \
                and first.dimension == then.dimension \
                and _set_against(text, first.end, then.start) \
                and not _name_between(text, first.end, then.start, first.attribution):
            out[k] = replace(then, attribution=first.attribution)
    return out


def _set_against(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] sets the figure at `end` against the one before, a few
    words after "compared with" ("compared with a loss of"; not "compared with the old
    lines, which ran at", another thing's)."""
    m = _SET_AGAINST.search(text, start, end)
    return m is not None and not re.search(r"\b(?:which|that|who)\b", m.group(1))


# what stands between a part and its whole: "won 120 of the 200 votes" (the 200 are not
# the winner's to cast); not "of his 147 matches", which are his
_OF_THE_WHOLE = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the|a|all|a[ \u00a0]+possible)[ \u00a0]+")


def _name_between(text: str, start: int, end: int, source: str = "") -> bool:
    """Whether a capitalised word other than a day, a month or a word of the figure's
    `source` stands in text[start:end] ("..., and Nationwide reported a gain of 0.3%" names
    only who says so)."""
    said = set(source.split())
    described = {m.start() for m in _PLACE_ON_NOUN.finditer(text, start, end)
                 if well_known(m.group(1))}  # "for the Wales star": no name between
    return any(w.group().lower() not in MONTHS and w.group().lower() not in WEEKDAYS
               and w.group() not in said and w.start() not in described
               for w in _CAPITALISED.finditer(text, start, end))


_CAPITALISED = re.compile(r"\b[A-Z][\w'’&-]*")
# a place that only describes the noun after it: "the Wales star"
_PLACE_ON_NOUN = re.compile(r"(?<=\bthe )([A-Z][\w'’&-]*)(?=[ \u00a0]+[a-z])")
# a figure given to a name after it: "9,120 for the Green candidate"
_FOR_NAME = re.compile(r"[ \u00a0]+(?:for|by|to)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]")


# what a restatement shares with the figure it restates, either way
_SHARED = ["actor", "attribution", "location"]
_WORD = re.compile(r"[\w'’-]+")


def _noun_words(text: str, end: int) -> list[str]:
    """The first two words after a figure, past an "of the eight" between ("Five of the
    eight men held"): where its noun would be."""
    words = _WORD.findall(text, end, end + 60)
    while words and (words[0].lower() in _PARTITIVE or words[0].lower() in NUMBER_WORDS
                     or words[0].isdigit()):
        words = words[1:]
    return words[:2]


_PARTITIVE = {"of", "the", "these", "those", "its", "their", "his", "her", "our"}


def _the_figure(text: str, claims: list[Claim]) -> list[Claim]:
    """Claims whose subject is only "the figure" take the subject of the figure it stands
    for: the nearest before it, close by in the same paragraph, in the same unit ("tourism
    makes up about 11% of the economy. In Greece the figure is close to 18%"), or of any
    unit where it is said to be more or less than it was ("The figure was 20% more than in
    2003")."""
    out: list[Claim] = []
    for c in claims:
        if c.subject.lower() in ("figure", "figures") and c.dimension != "time" \
                and _THE_FIGURE.search(text, max(0, c.start - 80), c.start):
            more = _MORE_THAN.match(text, c.end) is not None
            earlier = next((p for p in reversed(out) if p.end <= c.start
                            and c.start - p.end <= CARRY_REACH
                            and "\n" not in text[p.end:c.start]
                            and p.subject and p.subject.lower() not in ("figure", "figures")
                            and (more or (p.unit, p.dimension) == (c.unit, c.dimension))), None)
            if earlier is not None:
                c = replace(c, subject=earlier.subject, subject_key=earlier.subject_key)
        out.append(c)
    return out


def _expected_instead(text: str, claims: list[Claim]) -> list[Claim]:
    """A figure those it names as its source had expected, forecast or predicted, set
    against the figure before it in the same sentence and unit, is of what that figure
    measures: "profit came to 52 cents per share, where analysts had predicted 55 cents"
    -> the profit, not "analysts" (who stay its source); so is one "forecast by" someone,
    whom the parse makes its noun, with the levels after it that took that noun ("a margin
    of 12%, below the 14% forecast by brokers, and down from 15%" -> margin, source brokers
    for the 14%)."""
    out: list[Claim] = []
    renamed: dict[tuple[str, str], Claim] = {}  # (sentence, estimate word) -> figure before
    for c in claims:
        forecaster = _EXPECTED_AFTER.match(text, c.end) \
            if c.subject.lower() in ESTIMATE_NOUNS else None
        if c.subject and (c.subject == c.attribution and _EXPECTED_BEFORE.search(
                text, max(0, c.start - 40), c.start) or forecaster is not None):
            earlier = next((p for p in reversed(out) if p.sentence == c.sentence
                            and p.end <= c.start and p.dimension == c.dimension
                            and p.subject and p.subject != p.attribution), None) \
                or _measured_just_before(text, c, out)
            if earlier is not None:
                if forecaster is not None:  # "a margin of 12%, below the 14% forecast by
                    # brokers, and down from 15%": the margin, on the brokers' word
                    renamed[c.sentence, c.subject] = earlier
                    c = replace(c, attribution=forecaster.group(1))
                c = replace(c, subject=earlier.subject, subject_key=earlier.subject_key)
        elif (c.sentence, c.subject) in renamed:  # the levels after it, read from its noun
            earlier = renamed[c.sentence, c.subject]
            c = replace(c, subject=earlier.subject, subject_key=earlier.subject_key)
        out.append(c)
    return out


def _measured_just_before(text: str, c: Claim, before: list[Claim]) -> Claim | None:
    """The last figure of the sentence just before `c`'s, close by in its paragraph, in
    the same unit, with a subject that is no source's: what a forecast set against it
    measures ("Net profit rose 21% to A$359m. Analysts had expected a figure closer to
    A$431m")."""
    last = next((p for p in reversed(before) if p.end <= c.start), None)
    if last is None or last.sentence == c.sentence or c.start - last.end > CARRY_REACH \
            or "\n" in text[last.end:c.start]:
        return None
    same = next((p for p in reversed(before) if p.sentence == last.sentence
                 and (p.unit, p.currency) == (c.unit, c.currency)), None)  # (past its
    # restatements: "A$458.4m ($357.6m; £191m)")
    return same if same is not None and same.subject and same.subject != same.attribution \
        else None


# a verb of expecting right before the figure: "analysts had expected ", "had forecast a ",
# "had expected a figure closer to "
_EXPECTED_BEFORE = re.compile(r"\b(?:expected|forecast|forecasted|predicted|anticipated|"
                              r"expecting|forecasting|predicting|pencilled[ \u00a0]+in)"
                              r"[ \u00a0]+(?:(?:a|an|about|around|some|as[ \u00a0]+(?:much|"
                              r"little|many|few)[ \u00a0]+as)[ \u00a0]+)?"
                              r"(?:figure[ \u00a0]+(?:(?:closer|nearer|close)[ \u00a0]+to|of|nearer"
                              r"|around|near)[ \u00a0]+)?$", re.IGNORECASE)
# a forecast's noun after the figure and who made it: "the 14% forecast by brokers"
_EXPECTED_AFTER = re.compile(r"[ \u00a0]+(?:expected|forecast|forecasted|predicted|estimated"
                             r"|anticipated)[ \u00a0]+by[ \u00a0]+(?:the[ \u00a0]+)?"
                             r"([\w'’-]+(?:[ \u00a0]+(?!and\b|in\b|for\b|at\b|on\b|with\b)"
                             r"[\w'’-]+){0,3})", re.IGNORECASE)
_THE_FIGURE = re.compile(r"\b(?:the|that|this|those|these)[ \u00a0]+figures?\b[^.;]*$",
                         re.IGNORECASE)  # (also "For Thailand, that figure is 0.1%")
_MORE_THAN = re.compile(r"[ \u00a0]+(?:more|less|higher|lower|up|down)\b", re.IGNORECASE)


def _context(doc, q: Quantity, offset: int, article: Article,
             problems: list[Problem] | None) -> Context:
    """What the parse of the sentence (None if unparsed) starting at `offset` says of q.

    Where the rules fail on a parse they did not foresee, the figure is kept with its
    counted noun as subject and a warning goes to `problems`; without `problems`, the
    error is raised."""
    if doc is not None:
        try:
            return context_of(doc, q.start - offset, q.end - offset, q.noun, q.dimension)
        except Exception as e:
            if problems is None:
                raise
            problems.append(problem_for(article, (
                f"{article.doc_id}: figure {q.surface!r} at character {q.start}: the rules "
                f"of its subject, actor and source failed ({type(e).__name__}: {e}); kept, "
                + (f"with subject {q.noun!r}" if q.noun else "with no subject")),
                severity="warning"))
    return Context(subject=q.noun, subject_key=q.noun.lower())


def _doers_not_moved(doc, q: Quantity, offset: int) -> Quantity:
    """q, with no change where it counts those by whom a passive verb's deed is done: "The
    host was dropped by six radio stations" (not "The workforce was reduced by 300 jobs",
    the parse's "agent" though it is)."""
    if doc is not None and q.change and _counts_the_doers(doc, q.start - offset, q.end - offset):
        return replace(q, change="")
    return q


def _counts_the_doers(doc, start: int, end: int) -> bool:
    anchor = root(span_tokens(doc, start, end))
    noun = anchor.head if anchor.dep_ == "nummod" else None
    if noun is None or noun.dep_ != "pobj" or noun.head.dep_ != "agent":
        return False
    by, verb = noun.head, noun.head.head
    return all(t.dep_ == "prt" for t in doc[verb.i + 1:by.i]) and can_act(noun)  # "drawn
    # up by two committees"; not "re-valued upwards by one band"


def _price_apiece(doc, q: Quantity, offset: int) -> Quantity:
    """q as money per one thing where "apiece" or "each" follows the sum, past its
    restatements: what the sum's verb takes or what pays it ("plans to buy back 40 million
    shares at 600 rupees (£7; $13) apiece" -> "indian rupee per share" for all three, "The
    tickets sold for £25 each" -> "pound sterling per ticket"); q as it was elsewhere."""
    if doc is None or q.dimension != "currency" or " per " in q.unit:
        return q  # (also cents, which name no currency of their own)
    each = _FOR_EACH.match(text_of(doc), q.end - offset)
    if each is not None:
        return _price_for_each(doc, q, each.start(1))
    if not _APIECE.match(text_of(doc), q.end - offset):
        return q
    anchor = root(span_tokens(doc, q.start - offset, q.end - offset))
    while anchor.dep_ == "appos" and anchor.head.i < anchor.i:
        anchor = anchor.head  # "(£7; $13)": the sum they restate
    verb = next((t for t in (anchor.head, anchor.head.head) if t.pos_ == "VERB"), None)
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")
              and c.tag_ == "NNS" and c.i < anchor.i] if verb is not None else []
    if verb is not None and verb.dep_ == "acl" and verb.head.tag_ == "NNS":
        things.append(verb.head)  # "The tickets sold for £25 apiece", the verb on the noun
    thing = min(things, key=lambda c: c.dep_ != "dobj", default=None)  # what is bought
    # first, else who pays or is paid
    if thing is None:
        thing = _thing_counted_before(anchor)
    return replace(q, unit=f"{q.unit} per {thing.lemma_.lower()}") if thing is not None else q


def _thing_counted_before(anchor):
    """What a sum "each" is for where its verb names nothing (`_price_apiece`): the last
    thing a number counts before it in its sentence ("buying the first 10m doses at a cost
    of $20 each" -> dose, "an order for 30 of the jets, at $90m each" -> jet), else the
    plural subject of its main verb ("Tickets are on sale priced at £40 each" -> ticket,
    "Members will get a bonus worth £50 each" -> member); None for neither."""
    sent = anchor.sent
    counted = [t for t in sent if t.i < anchor.i and not unitlike(t) and (
        t.tag_ in ("NNS", "NNPS") and any(c.dep_ == "nummod" or c.dep_ == "compound" and any(
            g.like_num for g in c.children) for c in t.children)  # ("10m doses": "m" a
        # compound the number hangs on)
        or t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ == "of"
        and t.head.head.like_num)]  # ("30 of the aircraft", a plural the tagger calls NN)
    if counted:
        return counted[-1]
    return next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")
                 and c.tag_ in ("NNS", "NNPS") and not unitlike(c)), None)


def _price_for_each(doc, q: Quantity, at: int) -> Quantity:
    """q as money per the thing a "for each" or "for every" after it names, its head noun:
    "will pay $76 for each Zeta share" -> "dollar per share"; q where the "each" stands on
    no noun."""
    word = next((t for t in doc if t.idx == at), None)
    noun = word.head if word is not None and word.dep_ in ("det", "amod") else None
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.i <= word.i:
        return q
    return replace(q, unit=f"{q.unit} per {noun.lemma_.lower()}")


# "for each" or "for every" after a sum, its bracket of restatements or "in cash": "$76 for
# each Zeta share", "$9,500 (£4,900) for every customer"; group 1 the "each"
_FOR_EACH = re.compile(r"(?:[ \u00a0]*\([^()]{1,40}\)|[;,][^()]{1,25}\)|\))?"
                       r"(?:[ \u00a0]+in[ \u00a0]+(?:cash|stock|shares))?"
                       r"[ \u00a0]+for[ \u00a0]+(each|every)[ \u00a0]")


# "apiece" or "each" right after a sum or its bracket of restatements, but not "each year"
_APIECE = re.compile(r"(?:[ \u00a0]*\([^()]{1,40}\)|[;,][^()]{1,25}\)|\))?"
                     r"[ \u00a0]+(?:apiece|each)\b"
                     r"(?![ \u00a0]+(?:year|month|week|day|time|of|other|quarter))")


def _rate_of_clause(doc, q: Quantity, offset: int) -> Quantity:
    """q as a rate where its verb says it is done in each of a period, away from the figure
    ("about 300 million photos are taken and shared every day" -> count per day, "150,000
    homes would have to be built each month", "$2bn is spent on it annually", also "every
    second", which the parse may take for an object); not "every 10 seconds", nor a set
    the noun names with "the" or an owner, nor a period of a joined verb with an object of
    its own ("employs 300 staff and serves 2,000 meals every day")."""
    if doc is None or " per " in q.unit or not (q.unit == "count" or q.currency):
        return q
    anchor = root(span_tokens(doc, q.start - offset, q.end - offset))
    noun = anchor.head if anchor.dep_ == "nummod" else anchor
    if any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in noun.children):
        return q
    counted = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj"), noun)  # "thousands of people"
    period = _period_of([c for n in dict.fromkeys((noun, counted)) for c in n.children
                         if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") and c.i > n.i])
    # ("old people dying from the cold every year", "alerts issued each year": the
    # participle that says which)
    if period is None and noun.dep_ in ("nsubj", "nsubjpass", "dobj"):
        verbs = [noun.head]
        for verb in verbs:  # the verbs that share the noun: "will need to be created"
            verbs += [c for c in verb.children if c.dep_ == "xcomp" or c.dep_ == "conj"
                      and c.pos_ == "VERB" and noun.dep_ != "dobj" and not any(
                          o.dep_.startswith("nsubj") for o in c.children)
                      or c.dep_ == "advcl" and c.i > verb.i and noun.dep_ == "nsubj" and any(
                          a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        period = _period_of(verbs)
    return replace(q, unit=f"{q.unit} per {period}") if period else q


def _period_of(verbs) -> str | None:
    """The period the first of `verbs` says it is done in each of: "every day", "each
    month", "annually"; None where none says so, or where the period stands before the
    "if" of a clause ("but every year if you run one van")."""
    return next((TIME_WORDS.get(c.lower_) or c.lemma_.lower() for v in verbs
                 for c in v.children if (c.lower_ in TIME_WORDS and c.dep_ == "advmod"
                 or c.dep_ in ("npadvmod", "dobj") and c.lemma_.lower() in _PERIODS
                 and any(d.lower_ in ("every", "each") for d in c.children)
                 and not any(d.dep_ == "nummod" for d in c.children))
                 and not any(m.dep_ == "mark" and c.i < m.i for m in v.children)), None)


_PERIODS = set(TIME_WORDS.values()) | {"minute", "second", "night"}  # hour, day, week, month,
# year; "night" as readings reads "£50 a night"


def _priced_in_another(text: str, claims: list[Claim]) -> list[Claim]:
    """A sum whose subject is one currency and whose own is another is that currency's price,
    an exchange rate, wherever the verb stands ("the dollar was up at $1.29 to the euro, and
    buying 105.6 yen": yen per dollar; "the euro was close to a high against the dollar at
    above $1.30": dollar per euro); not "the dollar traded at $1.20", a sum in its own, nor a
    sum restated in brackets ("154m naira ($1.1m)"), nor one with a scale word's size."""
    out = []
    for c in claims:
        per = _currency_subject(c.subject, titled=True)  # "US dollar"
        restated = re.search(r"[(;:][ \u00a0]*$", text[max(0, c.start - 3):c.start])
        if c.dimension == "currency" and c.currency and per and per != c.currency \
                and c.value < 100_000 and not restated:
            c = replace(c, unit=f"{c.unit} per {currencies.NAMES[per]}",
                        dimension="exchange rate")
        out.append(c)
    return out


def _currency_subject(subject: str, titled: bool = False) -> str | None:
    """The code of the currency a subject names by its last word ("Thai baht" -> THB), with
    `titled` only where every word before it is capitalised ("US dollar", not "weak
    dollar"); None for any other subject."""
    words = subject.split()
    word = words[-1].lower() if words and (
        not titled or all(w[:1].isupper() for w in words[:-1])) else ""
    return currencies.WORDS.get(word) if word in _CURRENCY_SUBJECTS else None


# a currency named as what moves ("the dollar", "sterling", "the British pound"), in the singular
_CURRENCY_SUBJECTS = {w for w in currencies.WORDS if " " not in w and not w.endswith("s")
                      } - {"won", "dong", "quid"}  # not "won (Dibaba)", a verb


def _vote_sides(text: str, claims: list[Claim]) -> list[Claim]:
    """The two sides of a vote a hyphen joins after "voted" are votes, for what the vote was
    for and against it, whoever cast them: "MPs voted 272-219 for the bill" -> "votes for
    the bill", "votes against"; "The board voted 6-3 to keep rates on hold"."""
    if "voted" not in text:
        return claims  # (the cheap test first: this runs for every article)
    out = []
    for c in claims:
        for m in _VOTED.finditer(text, max(0, c.start - 12), c.end + 90):
            what = _VOTE_END.split(m.group(3) or "")[0].strip()
            if c.start == m.start(1):
                c = replace(c, subject=f"votes {what}".strip(), subject_key="votes")
            elif c.start == m.start(2):
                c = replace(c, subject="votes against", subject_key="votes")
        out.append(c)
    return out


# where what a vote was for ends: a stop, a bracket, a dash, or a phrase of when or why
_VOTE_END = re.compile(r"[,;.(]| - |[ \u00a0](?:after|before|when|as|while|following|despite"
                       r"|with|by|amid)[ \u00a0]")
# a vote's two sides after "voted", and what it was for: "voted 272-219 for the bill"
_VOTED = re.compile(r"\bvoted[ \u00a0]+(?:by[ \u00a0]+)?(\d+)[-–](\d+)\b((?:[ \u00a0]+"
                    r"(?:for|to|in[ \u00a0]+favour[ \u00a0]+of)[ \u00a0]+[^\n]{0,70})?)",
                    re.IGNORECASE)


def _sides_not_places(text: str, claims: list[Claim]) -> list[Claim]:
    """Claims without a location that the article shows is a side in a game, where their
    sentence does not set it as a place: "Newcastle then had Lee Bowyer sent off" in a
    report that has "Newcastle beat Chelsea"; not "played in Newcastle"."""
    sides = sides_of(text, {c.location for c in claims})
    if not sides:
        return claims
    return [replace(c, location="") if c.location in sides and not set_in(c.sentence, c.location)
            else c for c in claims]


_MALE = re.compile(r"\b(?:Mr|Sir|Lord|King|Prince)\b\.?")
_FEMALE = re.compile(r"\b(?:Mrs|Ms|Miss|Lady|Dame|Queen|Princess)\b\.?")
_PERSON_WORDS = {w.lower() for w in PERSON_TITLES}


def _pronoun_fits(sentence: str, source: str) -> bool:
    """Whether the pronoun that says in `sentence` can stand for `source`: "he" or "she" for
    a person of that title, or named ("Mike Caudwell", "the Austrian"), "it" and "they" for
    what is not one ("the ministry")."""
    pronoun = _saying_pronoun(sentence)
    words = source.split()
    if not words or words[0].lower() in ("his", "her", "its", "their", "our", "my"):
        return False  # "their value": no name at all
    person = bool(_MALE.search(source) or _FEMALE.search(source)) or (
        len(words) >= 2 and all(w[:1].isupper() for w in words[-2:])
        and words[-1].lower() not in _PERSON_WORDS | BODY_NOUNS) or (
        words[-1].lower() in _PERSON_WORDS)
    if pronoun == "he":
        return person and not _FEMALE.search(source)
    if pronoun == "she":
        return person and not _MALE.search(source)
    if pronoun == "it" and _plural(source):
        return False  # "analysts' forecasts ... which it said": not the analysts
    return pronoun in ("it", "they") and not person


def _plural(source: str) -> bool:
    """A source named by a plural common noun ("analysts", "average analysts"), which an
    "it" cannot stand for; not a name ("Financial Times")."""
    head = re.split(r" (?:of|on|for|in|from|by|at|to|with) ", source)[0].split()
    last = head[-1] if head else ""  # "report on the 20 biggest projects": a report
    return last.islower() and last.endswith("s") and not last.endswith("ss")


def _saying_pronoun(sentence: str) -> str:
    """The pronoun that says in `sentence` ("he said": "he"), "" where none does."""
    m = _said_by_pronoun().search(sentence)
    return next((w for w in re.findall(r"[a-z]+", m.group().lower()) if w in
                 ("he", "she", "it", "they")), "") if m else ""


# A name in running text: a titled one ("Mr Cable"), a full one ("Michael Ancram"), an
# acronym ("the ODPM")
_TWO_CAPITALS = r"([A-Z][a-z]+)[ \u00a0]([A-Z][a-z]+)"  # "Susan Kiprop"
_NAME = re.compile(r"\b(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame)\.?[ \u00a0][A-Z][\w'’-]+"
                   r"|" + _TWO_CAPITALS + r"|[A-Z]{2,}s?)\b")


def _other_name(between: str, source: str) -> bool:
    """Whether the words between a named source and a later "he said" name someone else, who
    may be the "he" ("Mr Cable compared ... He suggested")."""
    return any(m.group() not in source and not source.endswith(m.group().split()[-1])
               for m in _NAME.finditer(between) if m.start() > 0 or not m.group().istitle())


def _aged_person(ctx: Context, doc, q: Quantity, text: str, offset: int,
                 parsed: dict) -> Context:
    """`ctx` with the subject of an age that stands as a noun ("Spurs had made bids for the
    22-year-old"): the person its sentence is about, else the one the sentence before is
    about (`_person_before`), else none; and of an age said of "he" or "she" in a sentence
    that names no one ("He was 84"): the one the sentence before is about, where the
    pronoun fits, with no place; and of one said of "I" ('"I am only 31," Ann Fox said'):
    the one who says it, whatever the sentence names, else none."""
    if doc is None or q.dimension != "age":
        return ctx
    if not _age_alone(doc, q.start - offset, q.end - offset):
        pronoun = _aged_pronoun(doc, q.start - offset, q.end - offset)
        if pronoun == "i":
            speaker = ctx.attribution if ctx.attribution and not bare_document(
                ctx.attribution) else ""
            return replace(ctx, subject=speaker, subject_key=speaker.lower(), location="")
        if pronoun is None or any(t.ent_type_ == "PERSON" or t.pos_ == "PROPN"
                                  and t.dep_.startswith("nsubj") for t in doc):
            return ctx  # "By the time he was 40, Jones had left": the sentence names him
        person = _person_before(text, offset, parsed)  # "He was 84, had been ill ..."
        person = person if person and _title_fits(pronoun, person) else ""
        return replace(ctx, subject=person, subject_key=person.lower(),
                       location="")  # one person's age
    if any(t.dep_ == "nsubj" and t.lower_ in ("he", "she") and t.idx < q.start - offset
           for t in doc):
        return replace(ctx, subject="", subject_key="")  # "But he believes ... a chance for
        # the 26-year-old": he is someone else, whom the sentence before is about
    person = _person_subject(doc, speakers=False) or _person_before(text, offset, parsed) \
        or _article_person(doc, text, offset, parsed)
    return replace(ctx, subject=person, subject_key=person.lower())


def _article_person(doc, text: str, offset: int, parsed: dict) -> str:
    """The person an article is about, for an age standing as a noun where no sentence
    right before says whose it is (`_person_before`): the person its opening (headline and
    standfirst) names whose surname the article gives most often up to `offset`, twice at
    least and more often than any other the opening names, where the nearest sentence of
    the last `_PERSON_REACH` that names anyone names them ("Lane out of cup final / Striker
    Tom Lane will miss the final. The club's appeal failed. The 31-year-old ..." -> Tom
    Lane); "" where that sentence names someone else, or where the age's own names them
    ("Lane praised the team. The 24-year-old ...": not Lane)."""
    people = {}  # each person once, by surname: "Tom Lane", "Lane"
    for e in _opening_ents(text, parsed):
        name = _bare_name(e)
        if e.label_ == "PERSON" and "\n" not in name and name[:1].isupper():
            people.setdefault(name.split()[-1], set()).add(name)
    surname = _most_named({surname: len(re.findall(rf"\b{re.escape(surname)}\b", text[:offset]))
                           for surname in people})
    if not surname:
        return ""
    person = max(people[surname], key=len)
    names, start = {w for w in person.split() if len(w) > 2}, offset
    if names & set(re.findall(r"[\w-]+", doc.text)):
        return ""
    for _ in range(_PERSON_REACH):
        found = _sentence_before(text, start)
        if found is None:
            return ""
        sentence, end = found
        if names & set(re.findall(r"[\w-]+", sentence)):  # also "Lane's"
            return person
        if sentence.lstrip()[:1].islower() or any(e.label_ == "PERSON"
                                                 for e in _doc(sentence, parsed).ents):
            return ""  # (also past a sentence whose name the text lost: "... ran well.
            # clocked 7.98 seconds. The 24-year-old ...")
        start = end - len(sentence)
    return ""


# how many sentences back an article's person must be named, for `_article_person`
_PERSON_REACH = 3


def _opening_ents(text: str, parsed: dict) -> Iterator:
    """The names the model marks in the article's opening, its headline and standfirst."""
    opening = _opening(text)
    for a, b in sentences(opening):
        yield from _doc(_SURROGATE.sub("\ufffd", opening[a:b]), parsed).ents


def _most_named(counts: dict[str, int]) -> str:
    """The name `counts` counts most often, twice at least and more often than any other;
    "" for none."""
    ranked = sorted(counts.items(), key=lambda c: -c[1])
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return ""
    return ranked[0][0]


def _firm_named_before(ctx: Context, doc, text: str, offset: int, parsed: dict) -> Context:
    """`ctx` with the firm a bare "the firm" or "the company" that acts or says stands for
    (`_firm_before`: "Acme Foods has cut its forecast. The firm will shed 300 jobs" ->
    Acme Foods, as actor; "The firm said it would shed 300 jobs" -> Acme Foods, as actor
    and source); the columns as they were where none is found, or where the figure's own
    sentence names a firm."""
    acts, says = _bare_firm(ctx.actor, doc), _bare_firm(ctx.attribution, doc)
    if not (acts or says) or any(e.label_ == "ORG" for e in doc.ents):
        return ctx
    bare = ctx.actor if acts else ctx.attribution
    firm = _firm_before(text, offset, parsed) or _article_firm(bare, text, offset, parsed)
    if not firm:
        return ctx
    subject = ctx.subject  # "profits (firm)" -> "profits (Acme Foods)"
    if subject.endswith(f"({bare})"):
        subject = f"{subject[:-len(bare) - 2]}({firm})"
    return replace(ctx, subject=subject, actor=firm if acts else ctx.actor,
                   attribution=firm if says else ctx.attribution)


def _article_firm(bare: str, text: str, offset: int, parsed: dict) -> str:
    """The firm an article is about, for a bare "the firm" where no sentence right before
    names one (`_firm_before`): the firm its opening (headline and standfirst) names that
    the article names most often up to `offset`, twice at least and more often than any
    other firm the opening names ("Lufthansa cancels flights / German flag carrier
    Lufthansa has ... The company said it had to cancel 120 flights" -> Lufthansa); ""
    where the sentence before, or the paragraph before the figure, names another firm
    ("... Bank of England figures showed. Lending rose to £9bn, the bank said": not the
    opening's Corvex)."""
    bare = bare.split()[-1]
    named = [(_bare_name(e), e.doc[e.start - 1].lower_ if e.start else "")
             for e in _opening_ents(text, parsed) if e.label_ == "ORG" and "\n" not in e.text]
    names = {n for n, kind in named if kind == bare} or {n for n, _ in named}  # "publishing
    # group X is buying a stake in newspaper company Y ... the group said" -> X
    counts = {}  # each firm once, by all its names: "Delta Air Lines", "Delta"
    for name in names:
        same = sorted((n for n in names if _same_firm(n, name)), key=len, reverse=True)
        counts[same[0]] = len(re.findall(
            r"\b(?:" + "|".join(map(re.escape, same)) + r")\b", text[:offset]))
    firm = _most_named(counts)
    if not firm:
        return ""
    para = max((m.end() for m in re.finditer(r"\n[ \t\u00a0]*\n", text[:offset])), default=0)
    start, first = offset, True
    while first or start > para:  # the sentence before, and the paragraph's before it
        found = _sentence_before(text, start)
        if found is None:
            break
        sentence, end = found
        if any(e.label_ == "ORG" and not _same_firm(_bare_name(e), firm)
               for e in _doc(sentence, parsed).ents):
            return ""
        start, first = end - len(sentence), False
    return firm


def _bare_name(ent) -> str:
    """A name as the model marks it, without "the" or an owner's mark: "the Bank of
    Mexico's" -> "Bank of Mexico", "Tom Lane's" -> "Tom Lane"."""
    return re.sub(r"^[Tt]he\s+|['\u2019]s?$", "", ent.text)


def _same_firm(name: str, other: str) -> bool:
    """Whether two names of firms name the same firm, one the other's start, spaces aside:
    "Delta" and "Delta Air Lines", "TimeWarner" and "Time Warner"."""
    a, b = (name.lower().split(), other.lower().split())
    return bool(a and b) and (a[:len(b)] == b or b[:len(a)] == a or "".join(a) == "".join(b))


def _document_author(source: str, doc, text: str, offset: int, parsed: dict,
                     authors: dict) -> str:
    """The author of the report, survey, study or poll a bare "report" that gives the figure
    stands for, where its sentence calls it "the report" or names none (its findings going
    on): the one a "by" or "from" phrase names on the same word, in the figure's sentence
    or the nearest before it in the article that names any ("A survey by research group
    Tellco Data found ... Phones were the top choice, the survey said, with 40% picking one"
    -> research group Tellco Data); `source` as it was where none is, where that sentence
    names two, or where the figure's sentence names a new one ("a report says"). `authors`
    keeps what a sentence's figures found."""
    word = source.lower()
    if doc is None or word not in _DOCUMENTS or any(
            t.lower_ == word and any(c.lower_ in ("a", "an", "another") for c in t.children)
            for t in doc):
        return source
    if word not in authors:
        authors[word] = _author_before(word, doc, text, offset, parsed) or source
    return authors[word]


def _author_before(word: str, doc, text: str, offset: int, parsed: dict) -> str:
    """The one author a "by" or "from" phrase on `word` names in `doc` or the nearest
    sentence before it that names any (`_document_author`); "" for none, or two."""
    start, seen = offset, 0
    while True:
        found = {author for t in doc if t.lemma_.lower() == word for author in _authors(t)}
        if found:
            return found.pop() if len(found) == 1 else ""
        before = _sentence_before(text, start) if seen < _DOCUMENT_REACH else None
        if before is None:
            return ""
        sentence, end = before
        doc, start, seen = _doc(sentence, parsed), end - len(sentence), seen + 1


# the documents a bare "the report" names, whose author a "by" or "from" phrase gives, and
# how many sentences back that phrase is sought
_DOCUMENTS = {"report", "survey", "study", "poll"}
_DOCUMENT_REACH = 12


def _authors(document) -> list[str]:
    """The names a "by" or "from" phrase on a document gives as its author, also after a
    participle: "a report by analysts Tellco Data", "A survey conducted by Zeta Media" ->
    "analysts Tellco Data", "Zeta Media"; not a noun that names no one ("a study by the
    university")."""
    preps = [c for c in document.children if c.dep_ == "prep" and c.lower_ in ("by", "from")]
    preps += [a for c in document.children if c.dep_ == "acl" and c.tag_ == "VBN"
              for a in c.children if a.dep_ == "agent"]
    names = []
    for prep in preps:
        for name in (c for c in prep.children if c.dep_ == "pobj"):
            words = [t for t in name.subtree if t.dep_ != "det"]
            cut = next((k for k, t in enumerate(words) if t.i > name.i and (
                t.is_punct or t.dep_ in ("relcl", "acl"))), len(words))
            words = words[:cut]  # "the Institute of Fiscal Research", not its clause
            if any(t.pos_ == "PROPN" for t in words):
                names.append(text_of(name.doc)[words[0].idx:words[-1].idx + len(words[-1])])
    return names


def _bare_firm(name: str, doc) -> bool:
    """Whether `name` is a firm's word with "the", and up to two words of kind before it, in
    `doc`: "firm", "mining group", "global sports giant"; not "the details a bank keeps",
    any bank, nor "the existing firm's price", another than the one before."""
    words = name.split()
    return bool(words) and doc is not None and words[-1] in _FIRM_WORDS and len(words) <= 3 \
        and name.islower() and not _OTHER_FIRM & set(words) and any(
            t.lower_ == words[-1] and any(c.lower_ == "the" for c in t.children) for t in doc)


def _its_owner_before(ctx: Context, doc, text: str, offset: int, parsed: dict) -> Context:
    """`ctx` with the firm an "Its" that opens the sentence stands for, on the noun that
    opens the subject (`_firm_before`: "Acme Foods reported on Monday. Its sales rose 4%"
    -> "sales (Acme Foods)"), the actor too where the noun is what a firm earns; `ctx` as
    it was where the sentence names another firm or the subject is another's."""
    if doc is None or not ctx.subject or ctx.subject.endswith(")") or len(doc) < 2 \
            or doc[0].lower_ != "its" or doc[0].dep_ != "poss":
        return ctx
    owned, subject = doc[0].head, ctx.subject.lower()
    if not any(doc[k:].text.lower().startswith(subject) for k in range(1, owned.i + 1)):
        return ctx  # the figure measures another noun than the one "Its" owns
    firm = _firm_before(text, offset, parsed, named=True)
    if not firm or firm.lower() in ctx.subject.lower() \
            or any(e.label_ == "ORG" and e.text != firm for e in doc.ents):
        return ctx  # (not where the sentence names another firm)
    earned = not ctx.actor and owned.lemma_.lower() in FIRMS_OWN
    return replace(ctx, subject=f"{ctx.subject} ({firm})", actor=firm if earned else ctx.actor)


def _share_not_of_source(ctx: Context, q: Quantity) -> Context:
    """`ctx` with no subject where a share's subject is only its source, a poll, a survey or
    a report ("Yet according to a Herald survey, 58% said rising fuel costs had no bearing
    on whether ..." gave "Herald survey"): a share of what it found, not of the survey; the
    columns as they were elsewhere."""
    key = ctx.subject_key.split()  # (lemmatised: "polls" -> "poll")
    if q.dimension != "percentage" or not key or ctx.subject != ctx.attribution \
            or key[-1] not in SOURCE_DOCUMENTS:
        return ctx
    return replace(ctx, subject="", subject_key="")


def _its_owner_within(ctx: Context, doc) -> Context:
    """`ctx` with the firm an "its" on the subject's noun stands for, where no one does
    what the figure measures: the one firm its sentence names, before the "its", as the
    subject of a clause that holds it ("Zeta Stores slipped as the rush never came, leaving
    its like-for-like sales flat" -> "like-for-like sales (Zeta Stores)"), the
    actor too where the noun is what a firm earns; `ctx` as it was where the sentence names
    another firm or a person."""
    if doc is None or not ctx.subject or ctx.subject.endswith(")") or ctx.actor:
        return ctx
    noun = ctx.subject.rsplit(" ", 1)[-1]
    its = next((t for t in doc if t.lower_ == "its" and t.dep_ == "poss"
                and t.head.text == noun and t.i > 0), None)
    firms = [e for e in doc.ents if e.label_ == "ORG"]
    if its is None or len({e.text for e in firms}) != 1 \
            or any(e.label_ == "PERSON" for e in doc.ents):
        return ctx
    firm = firms[0]
    doer = firm.root.head if firm.root.dep_ == "appos" else firm.root
    if firm.end > its.i or doer.dep_ not in ("nsubj", "nsubjpass") \
            or not doer.head.is_ancestor(its):
        return ctx
    name = firm[1:].text if firm[0].dep_ == "det" else firm.text  # (not "the TFC Tower")
    earned = its.head.lemma_.lower() in FIRMS_OWN
    return replace(ctx, subject=f"{ctx.subject} ({name})", actor=name if earned else ctx.actor)


def _firm_before(text: str, offset: int, parsed: dict, named: bool = False) -> str:
    """The firm the sentence before the one at `offset` names as its subject, or the one
    before that where the sentence between names no firm; "" where none is, or where the
    sentence before names a firm that is not its subject (which one is meant is not
    plain). `named`: also a body or a place of another kind, the subject's name where it
    is no person's ("Tecnor Group, the oven maker, has reported a loss"). A sentence whose
    subject names a firm again only by a pronoun or its kind ("It has sought bailouts", "Its
    profits fell", "the Dutch drinks maker has cut ...") does not count: it goes on
    about the same firm, which is then, three sentences back or more, only taken where the
    article's opening names it (not a rival named in passing: "Rival Zeta Foods last year
    closed ..." in an article on another firm)."""
    start, reach = offset, 2
    for back in range(4):
        if reach == 0:
            return ""
        found = _sentence_before(text, start)
        if found is None:
            return ""
        sentence, end = found
        before = _doc(sentence, parsed)
        subject = next((e for e in before.ents if e.label_ == "ORG" and (e.root.dep_ in (
            "nsubj", "nsubjpass") and e.root.head.dep_ == "ROOT" or _agent_of_root(e.root))
            and e.root.tag_ != "NNS" and not any(c.dep_ == "poss" for c in e.root.children)),
            None)  # (not "Jobs will also be lost", a plural the model takes for a firm, nor
        # "Delta's new SimpliFares", a firm's product)
        firm = subject.text if subject is not None else _firm_in_subject(before)
        # ("Revenues at media group Pearson slipped 6%" -> Pearson)
        name = nsubj(before[:].root) if named and firm is None else None
        if name is not None and name.pos_ == "PROPN" and name.ent_type_ not in (
                "PERSON", "DATE", "TIME", "NORP") and not person(name):
            first = name.left_edge.i + (name.left_edge.dep_ == "det")
            firm = before[first:name.i + 1].text  # "The Acme Hydra/X is a prototype"
        if firm is not None:
            return firm if back < 2 or firm in _opening(text) else ""
        if any(e.label_ == "ORG" for e in before.ents):
            return ""
        reach -= not _firm_again(before)
        start = end - len(sentence)
    return ""


def _opening(text: str) -> str:
    """The article's first two paragraphs: its headline and standfirst."""
    return "\n\n".join(re.split(r"\n[ \t\u00a0]*\n", text.lstrip(), maxsplit=2)[:2])


def _agent_of_root(name) -> bool:
    """Whether `name` is the "by" agent of its sentence's main verb, the one who does what
    the passive says: "Consolidation in the trade is being driven by Acme"."""
    by = name.head
    return name.dep_ == "pobj" and by.dep_ == "agent" and by.head.dep_ == "ROOT"


def _firm_again(doc) -> bool:
    """Whether the subject of `doc`'s main verb names a firm again without its name: "it",
    a noun "its" owns ("Its profits fell"), or the firm's kind with "the" ("the
    Dutch drinks maker")."""
    subject = nsubj(doc[:].root)
    if subject is None:
        return False
    kind = subject.lower_ in _FIRM_WORDS or subject.lower_.endswith("maker")
    return subject.lower_ == "it" or any(c.lower_ == "its" and c.dep_ == "poss"
                                         for c in subject.children) \
        or kind and any(c.lower_ == "the" for c in subject.children)


def _firm_in_subject(doc) -> str | None:
    """The one firm a sentence names, where it stands in an "in" or "of" phrase on the
    subject of its main verb ("Shares in Zeta Airways have fallen"), or in an "at" phrase
    with its kind ("Revenues at media group Pearson slipped 6%" -> Pearson, whose revenues
    they are); also a report's author in a "from" or "by" phrase on it, whatever else the
    sentence names ("A new study from Mintel shows people use SMS less"); None elsewhere."""
    firms = [e for e in doc.ents if e.label_ == "ORG"]
    root = doc[:].root
    subjects = {s.i for v in (root, *(c for c in root.children if c.dep_ in (
        "ccomp", "parataxis"))) if (s := nsubj(v)) is not None}  # (also the reported
    # clause's: "Revenues at Pearson slipped 6%, the group said")
    for name in firms:
        firm = name.root
        prep = firm.head if firm.dep_ == "pobj" else firm.head.head if firm.dep_ == "appos" \
            and firm.head.dep_ == "pobj" else None  # (also "at the media group, Pearson")
        if prep is None or prep.head.i not in subjects:
            continue
        if prep.lower_ in ("from", "by") and prep.head.lower_ in _REPORT_WORDS:
            return name.text
        kind = any(c.dep_ == "compound" and c.lower_ in _FIRM_WORDS for c in firm.children)
        if len(firms) == 1 and (prep.lower_ in ("in", "of") or prep.lower_ == "at" and kind):
            return name.text  # (not "Profits at Barclaycard rose 5%. The bank ...": a
            # unit's, whose bank is another)
    return None


# words that set a firm against another: "the existing firm", "a rival bank"
_OTHER_FIRM = {"existing", "other", "rival", "new", "former", "old", "another", "second"}
# the bare nouns by which an article names again a firm it named before
_FIRM_WORDS = {"firm", "company", "group", "carmaker", "airline", "retailer", "bank",
               "insurer", "lender", "broadcaster", "manufacturer", "supermarket", "chain",
               "giant"}


def _the_country(ctx: Context, doc, q: Quantity, text: str, offset: int,
                 parsed: dict) -> Context:
    """`ctx` with the country "the country's" or "the nation's" stands for, where the
    figure measures what it owns ("the country's budget deficit is 6%") or is a share of
    it ("2% of the country's GDP"), as its place, and no actor where the country was the
    one: the last country named before it in its sentence, else in the one or two before
    in its paragraph ("Kenya raised taxes. The country's deficit is now 10% of GDP" ->
    Kenya), else after it in its sentence; the place as it was where the figure has one."""
    bare = ctx.actor.lower() in _COUNTRY_WORDS
    owned = _THE_COUNTRYS.match(ctx.subject) is not None
    if bare:
        ctx = replace(ctx, actor="", subject=ctx.subject.removesuffix(f" ({ctx.actor})"))
        # its own measure: "Japan's economy grew 2%", also what "the country" has ("The
        # country has a $2bn debt" -> "debt", the country its place)
    if doc is None or ctx.location \
            or not (owned or bare) and not _OF_THE_COUNTRYS.match(text, q.end):
        return ctx
    if q.dimension in ("time", "age"):
        return ctx  # "to halve the country's oil spending in ten years": a span of when
    place = _country_named(doc, q.start - offset) or _country_before(text, offset, parsed) \
        or _country_named(doc, len(doc.text))
    return replace(ctx, location=place) if place else ctx


def _country_named(doc, before: int) -> str:
    """The last country `doc` names before character `before` of it ("" where none)."""
    names = [name for e in doc.ents if e.start_char < before and (name := _country_of(e))]
    return names[-1] if names else ""


def _country_of(ent) -> str:
    """The country a place entity names, or a people's name or adjective stands for
    ("Mexicans", "Turkish"); "" for any other."""
    if ent.label_ == "GPE":
        return ent.text if country(ent.text) else ""
    name = named_people_country(ent.text) if ent.label_ == "NORP" else ""
    return name if country(name) else ""  # (not "Asian" -> Asia, a continent)


def _country_before(text: str, start: int, parsed: dict) -> str:
    """The last country the one or two sentences before `start` in its paragraph name, where
    they name one country only ("" else)."""
    for _ in range(2):
        found = _sentence_before(text, start)
        if found is None or "\n" in text[found[1]:start]:
            return ""
        sentence, end = found
        named = {name for e in _doc(sentence, parsed).ents if (name := _country_of(e))}
        if len(named) == 1:
            return named.pop()
        if named:
            return ""
        start = end - len(sentence)
    return ""


# the words that stand for a country named before: "the country's", "the nation"
_COUNTRY_WORDS = {"country", "nation", "city state", "city-state", "republic"}
_COUNTRY_WORD = r"(?:country|nation|city[ \u00a0-]state|republic)"
# a subject the country owns, or the whole after a share: "country's overall deficit", " of
# the nation's GDP"
_THE_COUNTRYS = re.compile(_COUNTRY_WORD + r"['’]s\b")
_OF_THE_COUNTRYS = re.compile(r"[ \u00a0]+of[ \u00a0]+the[ \u00a0]+" + _COUNTRY_WORD + r"['’]s\b")


def _quoted_at(quote, start: int) -> bool:
    """Whether `start` falls inside the quotation `quote` of its sentence (or one that runs
    on past it) names."""
    return quote is not None and quote[0][0] < start < quote[0][1]


def _done_by_pronoun(ctx: Context, doc, at: tuple, text: str, offset: int,
                     parsed: dict) -> Context:
    """`ctx` with the actor a "he" or "she" that does what the figure counts stands for,
    in a sentence that names no one: the person the sentence before is about
    (`_person_before`), where the pronoun fits ("Roddick beat Lee in Paris. He has won
    four events this season" -> Roddick); else none, as for a figure inside the quotation
    (`at`: where the figure starts, and the quotation of its sentence) ('"He has a
    six-month deal," he said'); for an "it" that does what a firm does, the firm the
    sentence before names as its subject (`_firm_before`: "Acme reported a loss. It cut 300
    jobs" -> Acme)."""
    start, quote = at
    if not ctx.done_by or doc is None or _quoted_at(quote, start):
        return ctx
    if ctx.done_by == "it":  # "Acme reported a loss. It cut 300 jobs": the firm before
        firm = "" if any(e.label_ == "ORG" for e in doc.ents) else _firm_before(
            text, offset, parsed, named=True)
        return replace(ctx, actor=firm) if firm else ctx
    if any(t.ent_type_ == "PERSON" or t.pos_ == "PROPN" and t.dep_.startswith("nsubj")
           for t in doc):
        named = _person_subject(doc)
        return replace(ctx, actor=named) if named and _title_fits(ctx.done_by, named) \
            and _next_subject_pronoun(doc, named, ctx.done_by) else ctx
    pronoun = next((t.i for t in doc if t.lower_ == ctx.done_by), len(doc))
    if any(t.pos_ == "PROPN" and t.i < pronoun and t.dep_ in ("dobj", "pobj", "appos", "conj")
           and t.ent_type_ in ("", "FAC") for t in doc):
        return ctx  # "A shot came from the lively Ruiz when he ran past three men": the
        # name the model missed as a person's
    person = _person_before(text, offset, parsed)
    return replace(ctx, actor=person) if person and _title_fits(ctx.done_by, person) else ctx


def _next_subject_pronoun(doc, name: str, pronoun: str) -> bool:
    """Whether `pronoun` first comes after `name` in `doc`, as the next subject, outside a
    quotation, and so stands for it: "Henman admitted he was tired after stretching his run
    to 11"; not "the SEC found that a firm employed his wife and that she earned $1m", 'Lee
    said: "In May, she was unbeatable"', nor "He is out on bail and the judge let him go"."""
    named = next((t.i for t in doc if t.text == name.split()[-1]), len(doc))
    said = next((t.i for t in doc if t.lower_ == pronoun), -1)
    return said > named and not any(
        t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") or t.is_quote
        for t in doc[named + 1:said])


def _aged_pronoun(doc, start: int, end: int) -> str | None:
    """The "he" or "she" a bare age is said of, as the subject of the "be" it completes: "He
    was 84", also last of what it says he is: "He is a great striker and only 25", "When
    she was eight, her aunt took her to Paris", or of the verb "the age of"
    it ends hangs on: "He joined the club at the age of 16"; "i" for one said of "I" ("I am
    25", "when I was 16", "by the time I turn 60"); None for anything else."""
    anchor = root(span_tokens(doc, start, end))
    verb = anchor.head
    if anchor.dep_ == "pobj" and (verb.lower_ == "of" and verb.head.lower_ == "age"
                                  or verb.lower_ == "at" and verb.head.pos_ == "VERB"):
        subj = next((c for a in (verb.head, *verb.head.ancestors) if a.pos_ in ("VERB", "AUX")
                     for c in a.children if c.dep_ == "nsubj"), None)  # "He lived in
        # Leeds from the age of eight", "She began writing at the age of nine", "She left
        # school at 16"
        return subj.lower_ if subj is not None and subj.lower_ in ("he", "she") else None
    while anchor.dep_ == "conj" and anchor.head.dep_ in ("attr", "acomp", "conj"):
        anchor = anchor.head  # "He is a great striker and only 25"
    verb = anchor.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.text == "I" and verb.lemma_ in ("be", "turn") \
            and anchor.dep_ in ("attr", "acomp", "npadvmod", "dobj"):
        return "i"
    if verb.lemma_ != "be" or anchor.dep_ not in ("attr", "acomp", "npadvmod", "dobj") \
            or subj is None or subj.lower_ not in ("he", "she"):
        return None
    return subj.lower_


def _age_alone(doc, start: int, end: int) -> bool:
    """Whether an age stands as a noun for a person named elsewhere: "the 42-year-old won",
    "bids for the 22-year-old", "the 24-year-old's album"; not "the 47-year-old director"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span[-1].lower_ != "old":
        return False
    old = span[-1]
    det = next((c for c in old.children if c.dep_ == "det"), None)
    if det is None and span.start > 0 and doc[span.start - 1].dep_ == "det":
        det = doc[span.start - 1]
    if det is None or det.lower_ != "the" and not (
            det.lower_ in ("a", "an") and det.i > 0 and doc[det.i - 1].lower_ == "as"):
        return False  # "killing a 16-year-old": someone unnamed; but "as a 17-year-old"
    verb_after = old.i + 1 < len(doc) and (
        doc[old.i + 1].tag_ in ("VBD", "VBZ", "MD")
        or old.dep_ == "amod" and old.head.i == old.i + 1
        and any(c.dep_ == "dobj" for c in old.head.children)  # "The 62-year-old sang Hey
        # Jude", which the parse may read as one noun phrase, "sang" a noun with an object
        or doc[old.i + 1].tag_ == "VBN" and (doc[old.i + 1].lemma_.lower() in REPORTING_VERBS
                                             or det.i == det.sent.start
                                             or doc[old.i + 1].dep_ == "ROOT")
        or _verb_read_into_root(old))
    # ("The 29-year-old admitted pressure was huge": a verb of saying, no participle; "The
    # 25-year-old tested positive", opening its sentence, or "At home, the 18-year-old won
    # again", the sentence's root: a past tense the tagger took for a participle)
    return old.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") or verb_after or (
        old.i + 1 < len(doc) and doc[old.i + 1].tag_ == "POS")


def _verb_read_into_root(old) -> bool:
    """Whether the word after an age is a verb the parse read into a noun phrase it made
    the sentence's root, the age on its noun ("The 21-year-old stunned Maria Lopez in the
    final", "The 64-year-old sang Delilah": the phrase's lower-case word between the age
    and its noun)."""
    noun, after = old.head, old.doc[old.i + 1]
    return old.dep_ == "amod" and noun.dep_ == "ROOT" and noun.pos_ in ("NOUN", "PROPN") \
        and old.i + 1 < noun.i and after.is_lower and after.is_alpha \
        and after.tag_ in ("JJ", "NN", "NNP", "VBD", "VBN")


def _person_before(text: str, start: int, parsed: dict) -> str:
    """The person the sentence before `start` is about (`_person_subject`), where that one
    does not pick or praise another ("Smith has praised striker Tom Lane": either);
    past one sentence of the same paragraph that names no one ("Hart judged her run well.
    The champion's time beat the standard. But the 31-year-old ...") or whose subject is a
    "he" or "she" outside a quotation ("Hantuchova won. She will now face Serena Williams.
    ... said the 21-year-old"); else ""."""
    quoted = False  # whether a bare quotation of its speaker's own was passed
    for step in range(2):
        found = _sentence_before(text, start)
        if found is None or step and "\n" in text[found[1]:start]:
            return ""
        sentence, end = found
        doc = _doc(sentence, parsed)
        if not step and _bare_quotation(sentence, doc):
            speaker = _own_speaker(text, end - len(sentence), end, parsed)
            if speaker:
                return speaker  # '"I can make it." The 25-year-old ...': who says it
            quoted, start = True, end - len(sentence)  # '"Winning meant so much," said
            continue  # Lee. "And I can focus now." The 32-year-old ...': the speaker's
        step = step and not quoted  # (read as the sentence just before)
        if any(t.dep_ == "dobj" and (t.ent_type_ == "PERSON" or t.pos_ == "PROPN"
                                     and t.ent_type_ not in ("ORG", "GPE", "LOC", "FAC"))
               and t.head.lemma_.lower() in _CHOOSING_VERBS for t in doc):
            return ""  # (also a name the model tags no person: "have sacked Adrian Mutu")
        person = _person_subject(doc, bare_names=not step, names=_names_inside(text),
                                 surnames=_surnames(text)) \
            or _owner_subject(doc) or ("" if step else _object_person(doc))
        if not step and not person and not has_marks(sentence) and any(
                t.dep_ == "nsubj" and t.lower_ in ("he", "she") for t in doc):
            start = end - len(sentence)  # "Hantuchova won in 48 minutes. She will now
            continue  # face Serena Williams. ... said the 21-year-old": whom "she" stands for
        if step and person and not any(e.label_ == "PERSON" and e.text in person
                                       for e in doc.ents) \
                and not (_MALE.match(person) or _FEMALE.match(person)) \
                and all(w[:1].isupper() for w in person.split()):
            return ""  # two sentences back, only a name the model knows for a person's, a
            # titled name ("Mr Hollis") or a role ("The world champion won again"), not "the
            # body FGH had insisted"
        if person or any(e.label_ == "PERSON" for e in doc.ents) or has_marks(sentence) \
                or step and any(t.lower_ in _HIS_HERS for t in doc):
            return person  # (not past a quotation: 'Lane told reporters: "... Nothing is
            # agreed." The 26-year-old's contract' is not the agent's; but past a sentence
            # whose "he" stands for the one before's: "Mr Hollis has given the party
            # £20,000. He made his money in shipping. The 61-year-old ...")
        start = end - len(sentence)
    return ""


def _own_speaker(text: str, a: int, b: int, parsed: dict) -> str:
    """Who speaks the quotation of several sentences the bare quotation text[a:b] ends, as
    its tag names them, or its "he said" stands for (`_speaker`): '"I have won two grand
    slams," he said. "I think I can make it." The 25-year-old' -> whom "he" stands for; ""
    where the quotation is of this sentence alone."""
    quote = _quotation_at(text, a, b)
    return _speaker(text, quote, parsed, (a, ""), (-1, "")) if quote is not None else ""


def _quotation_at(text: str, a: int, b: int):
    """The quotation of several sentences the sentence text[a:b] is part of, as
    `quote_around` gives it; None where there is none."""
    return quote_around(text, sentences(text), a, b)


# verbs by which one person acts on another a next sentence may well be about instead:
# "Keegan has praised striker Robbie Fowler. The 29-year-old ..."
_CHOOSING_VERBS = {"praise", "sign", "pick", "select", "choose", "name", "appoint", "back",
                   "recall", "drop", "replace", "sack", "hire", "buy", "sell", "loan"}


def _previous_sentence(text: str, start: int) -> str:
    """The sentence that ends right before `start`, as the parser is given it."""
    found = _sentence_before(text, start)
    return found[0] if found is not None else ""


def _sentence_before(text: str, start: int) -> tuple[str, int] | None:
    """The sentence that ends right before `start`, as the parser is given it, and where in
    `text` it ends; None at the start of the text."""
    before = text[max(0, start - MAX_SENTENCE):start]
    spans = sentences(before)
    if not spans:
        return None
    a, b = spans[-1]
    return _SURROGATE.sub("\ufffd", before[a:b]), start - len(before) + b


def _quotations(text: str, groups: dict) -> dict:
    """The quotation each figure's sentence is part of, as `quote_around` gives it, for the
    sentences inside one; read once an article, for the parse and for the claims."""
    if not has_marks(text):
        return {}
    spans = sentences(text)
    found = {(a, b): quote_around(text, spans, a, b) for a, b in groups}
    return {span: quote for span, quote in found.items() if quote is not None}


def _stretch(text: str, x: int, y: int) -> str:
    """The words text[x:y] outside a quotation's marks, with a stand-in for the quotation
    beside them, so that the parser sees what the verb says ("Meersseman told the Mail",
    a plain object alone, would quote no one)."""
    words = text[x:y].strip(" ,;:\u00a0\n")
    if y < len(text) and text[y] in MARKS:
        words = f'{words}: "{_STAND_IN}"'  # 'Mr Leigh said: "...'
    elif x > 0 and text[x - 1] in MARKS:
        words = f'"{_STAND_IN}," {words}'  # '...," said Mr Cole.'
    return _SURROGATE.sub("\ufffd", words)


_STAND_IN = "It is so"


def _speaker(text: str, quote, parsed: dict, before: tuple[int, str],
             named: tuple[int, str]) -> str:
    """Who speaks a quotation, as the stretches outside its marks name them ('Mr Leigh
    said: "... That money, over £2bn a year, ..."'), or a "he added" there stands for
    (`_quoted_by_pronoun`)."""
    for x, y in quote[1]:
        snippet = _stretch(text, x, y)
        source = named_source(_doc(snippet, parsed)) if snippet else ""
        if source:
            return source
        label = _label_speaker(text, x, y, parsed)
        if label:
            return label  # '- Rovers boss Tom Brown: "We had the better of ...'
    return _quoted_by_pronoun(text, quote, parsed, before, named) or _about_before(
        text, quote, parsed)


# the first opening mark of a quotation in a sentence
_OPENING_MARK = re.compile(r"[\"“]")
# a name set before a quotation's opening mark by a colon, with a role or a bullet before
# it, and no verb: "- Rovers boss Tom Brown: "
_LABEL = re.compile(r"[ \u00a0\n]*(?:(?:[-–•*][ \u00a0]+)?([^:\"“”\n]{3,80}?)[ \u00a0]*:"
                    r"|[-–•*][ \u00a0]+([^:\"“”\n]{3,80}?))[ \u00a0]*")  # a bullet may
# stand for the colon: '- Rovers boss Tom Brown "We had the better of it.


def _labelled(ctx: Context, text: str, start: int, at: int, parsed: dict) -> Context:
    """`ctx` with, where it has no source, the person a label names before the quotation
    that opens its sentence and holds the figure at `at` ('Tom Brown: "We had ...')."""
    opening = _OPENING_MARK.search(text, start, at)
    if ctx.attribution or ctx.said_by_pronoun or opening is None:
        return ctx
    return replace(ctx, attribution=_label_speaker(text, start, opening.start(), parsed))


def _label_speaker(text: str, x: int, y: int, parsed: dict) -> str:
    """The person a label text[x:y] names right before a quotation's opening mark, with
    its role: its last words a name the model knows for a person's, and no verb; ""."""
    label = _LABEL.fullmatch(text, x, y) if y < len(text) and text[y] in MARKS else None
    if label is None:
        return ""
    name = label.group(1) or label.group(2)
    doc = _doc(name, parsed)
    last = doc.ents[-1] if doc.ents else None
    named = last is not None and last.end == len(doc) and (
        last.label_ == "PERSON" or last.start > 0 and doc[last.start - 1].lemma_.lower()
        in SPEAKER_ROLES)  # "Rovers boss Alan Kerr", a name the model may take for
    # a firm's after a role
    return name if named and not any(t.pos_ in ("VERB", "AUX") for t in doc) else ""


def _about_before(text: str, quote, parsed: dict) -> str:
    """The person the sentence right before a quotation is about, where the quotation names
    no speaker at all ('Martyn Williams was keen not to talk about a Grand Slam. "We've got
    more self-belief these days. Two or three years ago ..."'): its speaker."""
    (opened, _closed), stretches = quote
    if any(x >= opened for x, _y in stretches):
        return ""  # words after a mark ("..., he said"), which name no one it could be
    lead = next(((x, y) for x, y in stretches if not text[y:opened].strip()), None)
    if lead is None:
        return ""
    snippet = _stretch(text, *lead)
    return _person_subject(_doc(snippet, parsed), ranks=True) \
        if snippet and not has_marks(snippet) else ""


def _source_named(made: list[Claim], read: list[Context], last_source: str) -> str:
    """The source the next sentence may go on with: the first its claims name, but not one
    that only owns a forecast a figure is set against (`Context.reckoned`), past which the
    report before passes on ("... short of market expectations of 0.6%. Even so, it
    lifted ..."); "" where the sentence names none."""
    reckoned = {ctx.attribution for ctx in read if ctx.reckoned}
    sources = [c.attribution for c in made if c.attribution]
    if sources and all(source in reckoned for source in sources):
        return last_source
    return next((source for source in sources if source not in reckoned), "")


def _findings_go_on(text: str, span: tuple[int, int], doc, last: tuple[int, str],
                    continues: bool, parsed: dict, named: tuple[int, str]) -> str:
    """The survey or report whose findings the sentence `span` may go on listing: the
    source of the sentence just before (`last`: where its sentence ends, and the source),
    in the same paragraph, or of a standfirst of one sentence, where the sentence opens
    the body ("..., official figures show. ¶ The jobless total rose by 12,000"), or the
    report named last before in the paragraph (`named`: where its sentence ends, and it)
    where the sentence just before tells of "the poll" with no figure ("The poll also
    asked about pay. Some 80% said ..."); where that source is a report
    (`_report_source`) and this sentence quotes no one's speech (`quotes_speech`), names no
    person and points back by no word of its own (`_CONTINUES`, read elsewhere); else
    ""."""
    a, b = span
    last_end, last_source = last
    if continues or quotes_speech(text[a:b]) or doc is None \
            or any(e.label_ == "PERSON" for e in doc.ents):
        return ""
    if last_end < 0 or "\n" in text[last_end:a]:
        if any(e.label_ == "ORG" for e in doc.ents):
            return ""  # "The Institute for Supply Management (ISM) index fell to 55.3":
            # a body of its own may be the body's source, not the standfirst's report
        lead = _lead_before(text, a)
        last_source = named_source(_doc(lead, parsed)) if lead else ""
        at = text.find(lead) if lead else -1  # (-1 where a stand-in char replaced one)
        last_end = at + len(lead) if at >= 0 else -1
        if last_source.lower().endswith(" reports"):
            return ""  # "..., according to UK media reports.": what papers say, not findings
    if not last_source:  # "Recent research by Jupiter suggested that people would prefer
        # ... ¶ Only 13% of Europeans wanted ...": a sentence with no figure may name it
        prior = _report_before(text, a)
        if prior is not None:
            last_source, last_end = named_source(_doc(prior[0], parsed)), prior[1]
            if last_source.lower() in ("", *_REPORT_WORDS) and _THE_REPORT.search(prior[0]) \
                    and 0 <= named[0] and "\n" not in text[named[0]:prior[1]] \
                    and _named_report(text, named):
                last_end, last_source = named  # "The poll also asked about pay": the
                # poll named before, in the same paragraph
    return last_source if _is_report(text, last_source, last_end) else ""


def _is_report(text: str, source: str, end: int) -> bool:
    """Whether `source`, named in the sentence ending at `end`, is a report or the body
    that made one: by its own word (`_report_source`), as the report's author, or as the
    body that found the figure."""
    return _report_source(source) or _authored(text, source, end) \
        or _found_by(text, source, end)


def _named_report(text: str, named: tuple[int, str]) -> bool:
    """Whether the source `named` in the sentence ending where it says is a report, or the
    body that made one (`_is_report`), named by more than a word for it ("ITV poll",
    "Ipsos"; not "survey")."""
    end, source = named
    return source.lower() not in _REPORT_WORDS and any(w[:1].isupper() for w in source.split()) \
        and _is_report(text, source, end)


def _report_before(text: str, start: int) -> tuple[str, int] | None:
    """The sentence right before `start` in its paragraph, and where it ends, where it
    names a survey, a study or a report (a word of `_REPORT_WORDS`); else None."""
    found = _sentence_before(text, start)
    if found is None or "\n" in text[found[1]:start] or not _REPORT_WORD.search(found[0]):
        return None
    return found


def _authored(text: str, source: str, end: int) -> bool:
    """Whether the sentence ending at `end` named `source` as a report's author: "...,
    predicts the report by telecoms giant BT.", "..., said security firm RSA, which carried
    out the poll." (a source named for its report)."""
    if not source or end < 0:
        return False
    before = text[max(0, end - 300):end]
    return _named_after(_AUTHORED_BY, before, source) \
        or any(_WHO_RAN.match(before, at + len(source)) for at in _found_at(before, source, True))


def _found_by(text: str, source: str, end: int) -> bool:
    """Whether the sentence ending at `end` gave its figure as what `source` found or
    counted, not as what it said: "..., according to analysts RadioMetrics.",
    "..., the National Audit Office found." (so the next sentence may go on listing it)."""
    if not source or end < 0:
        return False
    before = text[max(0, end - 300):end]
    return _named_after(_ACCORDING_TO, before, source) \
        or any(_FOUND_AFTER.match(before, at + len(source)) for at in _found_at(before, source))


def _named_after(lead: re.Pattern, text: str, name: str) -> bool:
    """Whether `name` (in any case) follows a match of `lead`, at its end or where its
    group 1 (an optional "the") starts: "according to (the) Acme Group"."""
    return any(_named_at(text, at, name, fold=True) for m in lead.finditer(text)
               for at in (m.start(1), m.end()))


def _found_at(text: str, name: str, fold: bool = False) -> Iterator[int]:
    """Where `name` stands in `text` as whole words (`fold`: in any case)."""
    hay, needle = (text.lower(), name.lower()) if fold else (text, name)
    if len(hay) != len(text):  # a letter whose lower case is longer ("İ"): read as written
        hay, needle = text, name
    at = hay.find(needle)
    while at >= 0:
        if _named_at(text, at, name, fold):
            yield at
        at = hay.find(needle, at + 1)


def _named_at(text: str, at: int, name: str, fold: bool = False) -> bool:
    """Whether `name` stands at `at` in `text`, not run on into a longer word."""
    found = text[at:at + len(name)]
    after = text[at + len(name):at + len(name) + 1]
    return (found.lower() == name.lower() if fold else found == name) \
        and not (after.isalnum() or after == "_")


# verbs by which a body gives figures as its findings
_FOUND_AFTER = re.compile(r"(?:[ \u00a0]+(?:has|have|had))?[ \u00a0]+(?:found|finds|showed|shows"
                          r"|revealed|reveals|estimated|estimates|calculated|calculates|counted)\b")


def _lead_before(text: str, start: int) -> str:
    """The standfirst before the paragraph the sentence at `start` opens: the article's
    first paragraph, or its second after a headline, where it is one sentence that may
    name a report; else ""."""
    if start > 2 * MAX_SENTENCE:
        return ""
    para = text.rfind("\n", 0, start) + 1
    opening = text[para:start]
    if opening.strip() and (has_marks(opening) or len(sentences(opening)) > 1
                            or _NAME.search(opening)):
        return ""  # the body's first sentence may stand between, if it quotes and names no one
    start = para
    if not _PARAGRAPH_END.search(text, 0, start):
        return ""
    blocks = [b.strip() for b in re.split(r"\n[ \t\u00a0]*\n", text[:start].rstrip())]
    blocks = [b for b in blocks if b]
    if len(blocks) == 2 and not blocks[0].endswith((".", "!", "?", '"', "\u201d")):
        blocks = blocks[1:]  # the headline
    if len(blocks) != 1 or not (_REPORT_WORD.search(blocks[0]) or _ACCORDING_TO.search(
            blocks[0]) or _FOUND_LAST.search(blocks[0])) or len(sentences(blocks[0])) != 1:
        return ""  # (also "..., the Institute of Surveyors found.": a body's findings)
    return _SURROGATE.sub("\ufffd", blocks[0])


_PARAGRAPH_END = re.compile(r"\n[ \t\u00a0]*\n[ \t\u00a0]*$")
# a sentence that ends on the body that found what it says: "..., the Institute found."
_FOUND_LAST = re.compile(r",[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][^,]{0,80}?" + _FOUND_AFTER.pattern
                         + r"[ \u00a0]*\.?[ \t]*$")


def _aside_clause(doc, start: int) -> bool:
    """Whether the figure at `start` sits in a clause set off by a comma that tells what a
    noun is, background rather than a finding: "consumer spending, which makes up about
    two-thirds of all US economic activity"."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    return any(t.dep_ == "relcl" and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ","
               and t.left_edge.lower_ in ("which", "who") for t in span[0].ancestors)


def _finding_like(q: Quantity, ctx: Context) -> bool:
    """A figure of the kind a survey or a report lists: a share, a sum, a count written in
    digits; not a time ("two successive quarters") nor "one", "two" or "millions", which
    a sentence of background uses as often; nor one with a source of its own, or a "he
    said" to give it one."""
    if ctx.attribution or ctx.said_by_pronoun:
        return False
    if q.dimension in ("percentage", "fraction", "currency"):
        return True
    if q.dimension not in ("count", "time", "age", "length"):
        return any(c.isdigit() for c in q.surface)  # a measure in its unit: "2.4 million bpd"
    return q.dimension == "count" and any(c.isdigit() for c in q.surface) and q.value >= 10


def _report_source(source: str) -> bool:
    """A source that is a survey, a study or a report, or the body that makes them ("a
    poll for the Observer", "Jupiter Research", "the Office for National Statistics"),
    whose findings the next sentences of a paragraph go on listing."""
    head = re.split(r" (?:of|on|for|from|in|by|at|to|with|\() ?", source)[0].split()
    return bool(head) and head[-1].lower() in _REPORT_WORDS


_REPORT_WORDS = {"survey", "surveys", "poll", "polls", "study", "studies", "report", "reports",
                 "research", "census", "audit", "review", "analysis", "figures", "statistics",
                 "data", "index", "findings", "numbers"}
_REPORT_WORD = re.compile(r"\b(?:" + "|".join(sorted(_REPORT_WORDS)) + r")\b", re.IGNORECASE)
# a report the article has named before: "The poll also asked", "this survey"
_THE_REPORT = re.compile(r"\b(?:the|this|that)[ \u00a0]+" + _REPORT_WORD.pattern, re.IGNORECASE)
# the words that name a report's author right after them: "the report by", "a survey
# carried out by the"; and those after its name: ", which commissioned the study"
_AUTHORED_BY = re.compile(_REPORT_WORD.pattern + r"[ \u00a0]+(?:(?:"
                          r"conducted|carried[ \u00a0]+out|commissioned|compiled|published|released"
                          r"|run|gathered|collected)"
                          r"[ \u00a0]+)?(?:by|from)[ \u00a0]+((?:the[ \u00a0]+)?)",
                          re.IGNORECASE)
_WHO_RAN = re.compile(r",?[ \u00a0]+(?:which|who)[ \u00a0]+(?:carried[ \u00a0]+out|conducted"
                      r"|commissioned|ran)[ \u00a0]+(?:the|a|its|their)[ \u00a0]+"
                      + _REPORT_WORD.pattern, re.IGNORECASE)
_ACCORDING_TO = re.compile(r"\baccording[ \u00a0]+to[ \u00a0]+((?:the[ \u00a0]+)?)",
                           re.IGNORECASE)


def _quoted_by_pronoun(text: str, quote, parsed: dict, before: tuple[int, str],
                       named: tuple[int, str]) -> str:
    """Who the "he added" outside a quotation's marks is ('"We got half the job done," he
    added. "It was the first of a three-game run."'): the source of the sentence that
    says so, where that sentence had a figure (`before`: where the sentence with the
    quotation starts, and the source of the one before it), else found as for a "he said"
    sentence (`_pronoun_source`)."""
    start, last_source = before
    said = _said_by_pronoun_in(text, quote)
    if said is None:
        return ""
    (a, b), lead = said
    if last_source and not text[b:start].strip(" \u00a0\"“”"):
        return last_source  # that sentence is the one just before, and had a source
    source = named_source(_doc(lead, parsed)) if lead else ""
    # 'Mr Osborne said: "Everyone ... a black hole," he said.': the name before the marks
    return source or _pronoun_source(text, (a, b), _quotation_at(text, a, b), parsed,
                                     named)  # (the quotation that sentence closes)


def _said_by_pronoun_in(text: str, quote):
    """The sentence whose "he said" outside a quotation's marks says who speaks it, as its
    span, with the words before its first mark ("" where it opens with one); None where no
    stretch outside the marks says so by a pronoun."""
    for x, y in quote[1]:
        if _said_by_pronoun().search(text, x, y) is not None:
            a = _sentence_start(text, x)
            opened = next((i for i in range(a, x) if text[i] in MARKS), a)
            return (a, y), _stretch(text, a, opened) if opened > a else ""
    return None


def _source_carried(text: str, span: tuple[int, int], quote, parsed: dict,
                    named: tuple[int, str], by_pronoun: bool) -> str:
    """The source a sentence takes from before it: its "he said"'s (`_pronoun_source`), or
    for one that points back to what was reported ("That was 26% more"), the source of the
    sentence just before."""
    if by_pronoun:
        return _pronoun_source(text, span, quote, parsed, named)
    return _source_before(text, span[0], parsed)


def _pronoun_source(text: str, span: tuple[int, int], quote, parsed: dict,
                    named: tuple[int, str]) -> str:
    """Who the "he said" of the sentence `span` is, named before it: the source of the
    sentence just before; the source of the sentence before the quotation it closes, when
    that opened sentences earlier ('... evidence," Tarpishchev said. "We all know ... If
    there is a positive sample, ... within three days," he said'); the last source named
    with a figure not long before (`named`: where, and who), where nobody else is named
    between; else the person the sentence before is about ("But Robinson was not losing
    sight of the task. "We've played two and won two," he said"), or for an "it" the firm
    the sentence before names as its subject."""
    a, b = span
    snippet = text[a:b]
    one = _saying_pronoun(snippet) in ("he", "she")
    source = _source_before(text, a, parsed)
    if not source and quote is not None and quote[0][0] < a:
        source = _source_before(text, _sentence_start(text, quote[0][0]), parsed)
    if one and _plural_source(source):
        source = ""  # "Rival parties warned ... She said": not the parties
    named_at, name = named
    if not source and 0 <= a - named_at <= CARRY_REACH and _pronoun_fits(snippet, name) \
            and not _other_name(text[named_at:a], name):
        source = name  # '... Mr Hirsch said. [..] "It lasts 10 years," he said'
    if not source and quote is not None and quote[0][0] < a:
        a = _sentence_start(text, quote[0][0])  # '"I love the heat. The ground is one of
        # the best," he said': the person before the quotation opened
    if not source and _saying_pronoun(snippet) == "it":
        return _firm_before(text, a, parsed, named=True)  # "Acme has been hit by costs. It
        # has said it needs to cut 600 jobs": the firm, as for what it does
    return source or _person_back(text, a, snippet, parsed)


def _person_back(text: str, start: int, snippet: str, parsed: dict, reach: int = 5) -> str:
    """The person the sentence before `start` is about, for the "he said" of `snippet`; past
    sentences that only go on with the same "he said" and name no one, also back over the
    start of their paragraph ('Jones insists he thrives on the pressure. ¶ "I love it," he
    said. "We were sharp in both games," he added.' -> Jones), and back over a quotation
    of several sentences to the one that opens it ('Mr Lee warned of costs. He said: "It
    was a mess. Nobody led." He added: ...'); "" where the person found does not fit the
    pronoun."""
    pronoun = _saying_pronoun(snippet)
    skipped = False  # one sentence that names no one may stand between
    for _ in range(reach):
        found = _sentence_before(text, start)
        if found is None:
            return ""
        sentence, end = _quotation_opened(text, *found)
        quotation = text[end - len(sentence):found[1]]
        if pronoun and _speech_run_on(quotation):
            if _one_who_fits(_doc(quotation, parsed), pronoun):
                return ""  # '"But Mr Cole hopes so." He said ...': he may be either
            start = end - len(sentence)  # '"I have offers. Tom and Ravi are as lucky." She
            continue  # said ...': a quotation whole runs on the speech of the one before it,
            # whoever else it names
        doc = _doc(sentence, parsed)
        if pronoun == "they":
            return _group_subject(doc)  # "The Tories have promised ... They say they can
            # save £4bn": the group the sentence before is about
        person = _person_subject(doc) or (_person_before(text, end - len(sentence), parsed)
                                          if _aged_subject(doc) or _role_subject(doc) else "")
        if not person and pronoun in ("he", "she") and sentence.lstrip()[:1] not in MARKS:
            person = _one_source(doc) or _person_agent(doc)  # "A spokesman for Acme said
            # ... He said ... '...,' he said": the one its source names, or who does what
            # its main verb says ("The plan was welcomed by Ann Lee. '...,' she said")
        if person:
            return person if _gender_fits(snippet, person) else ""
        if not pronoun or any(e.label_ == "PERSON" and not _told_to(e) for e in doc.ents):
            return ""  # (but not the outlet one tells: "He told the programme Tech Talk")
        if _saying_pronoun(sentence) != pronoun and not (
                pronoun in ("he", "she") and _said_by_many(doc) and not has_marks(sentence)):
            if skipped or has_marks(sentence) or _names_someone(doc):
                return ""
            skipped = True  # 'White is raring to go. And that is despite the heat. "I
            # enjoy it," he said' -> White
        start = end - len(sentence)  # (also past what a group said: "Rival parties
    return ""  # warned ... She said" goes back to the woman named before)


def _one_source(doc) -> str:
    """The source a sentence names (`named_source`), where it is one person: a name the
    model knows for a person's, or a role ("a spokesman for Acme"); not a group of many
    ("union leaders"), a share of those asked ("Almost a quarter") nor a body or a
    document."""
    source = named_source(doc)
    head = _source_head(source)  # "spokesman" of "spokesman for Acme"
    one = head.split()[-1].lower() in SPEAKER_ROLES if head else False
    one = one or any(e.label_ == "PERSON" and head.endswith(e.text) for e in doc.ents)
    return source if one and not bare_document(source) else ""  # (not "Sir Tom Hale's
    # inquiry")


def _person_agent(doc) -> str:
    """The person the model names as the "by" agent of a sentence's main verb
    (`_agent_of_root`): "The plan was welcomed by shadow minister Ann Lee" -> shadow
    minister Ann Lee; "" for any other."""
    agent = next((e for e in doc.ents if e.label_ == "PERSON" and _agent_of_root(e.root)), None)
    return compact(agent.root, set()) if agent is not None else ""


def _plural_source(source: str) -> bool:
    """Whether a source is a group of many, by its last word, a plural common noun ("union
    leaders", "rival parties"), which no "he" or "she" can be."""
    head = _source_head(source).split()
    last = head[-1] if head else ""  # (not "chief inspector of schools", one)
    return last.islower() and last.endswith("s") and not last.endswith("ss")


def _source_head(source: str) -> str:
    """A source's words before its first phrase: "spokesman" of "spokesman for Acme",
    "chief inspector" of "chief inspector of schools"."""
    return re.split(r" (?:of|for|in|at|from|with) ", source)[0] if source else ""


def _said_by_many(doc) -> bool:
    """Whether a sentence is what a group of many said, its main verb one of saying with a
    plural common noun for its subject ("Rival parties warned that ...")."""
    sent, subj = _main_subject(doc, ("nsubj",))
    return subj is not None and subj.tag_ == "NNS" \
        and sent.root.lemma_.lower() in REPORTING_VERBS


def _told_to(name) -> bool:
    """Whether a name is in the object of "tell", whom one speaks to, or set right after
    it, where the parse may hang it elsewhere: "He told the BBC programme Tech Talk he
    hoped ..." (no one the sentence is about)."""
    told = [t for t in name.sent if t.dep_ in ("dobj", "dative")
            and t.head.lemma_.lower() == "tell"]
    return any(t.is_ancestor(name.root) or t == name.root or name.start == t.right_edge.i + 1
               for t in told)


def _speech_run_on(quotation: str) -> bool:
    """Whether sentences are a quotation whole, with no tag of a speaker, which runs on the
    speech of the speaker before it ('"We lost the order," Mr Ruiz said. "But we hope it
    comes back." He said ...'), whoever it names."""
    words = quotation.strip()
    return len(words) > 2 and words[0] in MARKS and words[-1] in MARKS \
        and not any(m in words[1:-1] for m in MARKS)


def _one_who_fits(doc, pronoun: str) -> bool:
    """Whether a quotation names one person, not of a pair or a list, whom the "he" or "she"
    said after it may be, by their title: "Mr Cole" for a "he"; not "Ms Cole", nor "Tom and
    Ravi"."""
    names = [list(e) for e in doc.ents if e.label_ == "PERSON"] + [
        [t, t.nbor()] for t in doc[:-1] if t.lower_.rstrip(".") in HONORIFICS
        and t.nbor().pos_ == "PROPN"]  # ("Mr Cole", whatever kind the model gives it)
    return any(_title_fits(pronoun, " ".join(t.text for t in name)) and not any(
        t.dep_ == "conj" or any(c.dep_ == "conj" for c in t.children) for t in name)
               for name in names)


def _names_someone(doc) -> bool:
    """Whether a sentence names a person or a group of people, or a pronoun for one (a
    place is no one: "the heat of Rome")."""
    return any(t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "LOC", "FAC", "EVENT", "DATE")
               and not well_known(t.text)  # (nor one the model takes for a body: "Lesotho")
               or t.lower_ in _HIS_HERS | {"they", "them"}
               or t.pos_ == "NOUN" and person_ending(t.lemma_.lower()) for t in doc)


def _main_subject(doc, deps: tuple[str, ...] = ("nsubj", "nsubjpass")):
    """A sentence's first span and the subject of its main verb, by one of `deps`; (None,
    None) for an empty parse, the subject None where the verb has none."""
    sent = next(iter(doc.sents), None)
    return sent, (next((c for c in sent.root.children if c.dep_ in deps), None)
                  if sent is not None else None)


def _aged_subject(doc) -> bool:
    """Whether a sentence is about a person it names only by age, as the subject of its
    main verb: "The 32-year-old also felt ..."."""
    _, subj = _main_subject(doc)
    return subj is not None and "-year-" in doc[subj.left_edge.i:subj.i + 1].text \
        and _age_alone(doc, subj.left_edge.idx, subj.idx + len(subj))


def _role_subject(doc) -> bool:
    """Whether a sentence is about a person it names only by a role with "the", as the
    subject of its main verb, no name in it: "The hurdler has also lost weight ..."."""
    _, subj = _main_subject(doc, ("nsubj",))
    return subj is not None and subj.tag_ == "NN" and subj.left_edge.lower_ == "the" \
        and not any(t.pos_ == "PROPN" for t in doc[subj.left_edge.i:subj.i + 1]) \
        and (subj.lemma_.lower() in SPEAKER_ROLES or person_ending(subj.lemma_.lower())) \
        and not any(t.lower_ in ("his", "her", "him") for t in doc)  # (not "The striker
    # praised his effort", another's)


def _quotation_opened(text: str, sentence: str, end: int) -> tuple[str, int]:
    """The sentence that opens the quotation `sentence` (ending at `end`) closes, where
    that quotation opened sentences before ('He said: "It was a mess. Nobody led."' ->
    'He said: "It was a mess.'), with where it ends; else `sentence` itself."""
    start = end - len(sentence)
    if not has_marks(sentence):
        return sentence, end
    spans = sentences(text[:end])
    quote = quote_around(text, spans, start, end)
    if quote is None or quote[0][0] >= start:
        return sentence, end
    a, b = next(((x, y) for x, y in spans if x <= quote[0][0] < y), (start, end))
    return _SURROGATE.sub("\ufffd", text[a:b]), b


def _group_subject(doc) -> str:
    """The group a sentence is about, for a "they said" after it: the plural subject of its
    main verb, or a party or a body named as its subject ("The Tories have promised",
    "Unions fear"); "" for anything else."""
    _, subj = _main_subject(doc)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or not (
            subj.tag_ in ("NNS", "NNPS") or subj.ent_type_ in ("NORP", "ORG")
            and subj.lower_.endswith("s")):
        return ""
    words = [t for t in subj.subtree if t.i <= subj.i and t.dep_ not in ("det", "poss")]
    return " ".join(t.text for t in words) if words else ""


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding character `at` starts."""
    lo = max(0, at - MAX_SENTENCE)
    return next((lo + x for x, y in sentences(text[lo:at + MAX_SENTENCE]) if x <= at - lo < y),
                at)


def _person_subject(doc, speakers: bool = True, bare_names: bool = False,
                    names: frozenset[str] = frozenset(),
                    surnames: frozenset[str] = frozenset(), ranks: bool = False) -> str:
    """The person a sentence is about: a person's name that is the subject of its main
    verb ("But Robinson was not losing sight", "Dr Nielsen has looked back"), with the
    title before it; "" where it is about no one named; without `speakers`, not one who
    only says something of someone else ("Coach Tom Reid says the 24-year-old ...");
    with `bare_names`, also a name of one word the model gives no kind, where what follows
    shows a person ("Tarrant wants to be ... The 23-year-old has not yet ..."); `names`
    are words the article writes with a capital inside a sentence (`_names_inside`), which
    the model may tag as common nouns where they open one ("Lomax was thought one of the
    finest singers of her day"); with `ranks`, also a player's rank (`_role`), which a
    "he said" leaves for the name before it ("The Munster number 10 kicked ... He told")."""
    for sent in doc.sents:
        top = sent.root
        if top.pos_ == "PROPN" and top.ent_type_ == "PERSON" and any(
                c.dep_ == "acl" and c.tag_ in ("VBD", "VBN")
                and (speakers or c.lemma_.lower() not in REPORTING_VERBS) for c in top.children):
            ent = next(e for e in doc.ents if e.start <= top.i < e.end)
            return ent.text  # "Trevor Phillips, chairman of ..., called on Mr Clarke":
            # the name the parse made the root, its verb hung on it
        verbs = [sent.root, *(c for c in sent.root.children if c.dep_ == "conj")]
        for verb in verbs:
            if not speakers and verb.lemma_.lower() in REPORTING_VERBS:
                continue
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or _joins_many(subj):
                continue  # not "Knight and Roni Size have released": which "she" is
            subj = next((c for c in verb.children if c.dep_ == subj.dep_ and c.pos_ == "PROPN"
                         and c.left_edge.i == subj.i + 1), subj)  # "Leeds' young winger
            # Tom Hale has been named", the role and the name parsed as two subjects
            subj = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                         and c.ent_type_ == "PERSON"), subj)  # "Teenage singing sensation,
            # Joss Stone, has been nominated": the name beside the noun
            if _role(subj, ranks):
                start = subj.i  # "the chancellor pledged ...", "the foreign secretary said"
                while start > subj.left_edge.i and doc[start - 1].dep_ in ("compound", "amod") \
                        and not any(ch.isdigit() for ch in doc[start - 1].text) \
                        and not (start > 1 and doc[start - 2].text == "-"):
                    start -= 1  # "the Lib Dem leader"; not "old" of "the 28-year-old"
                rank = rank_named(subj)  # "the world number 14"
                return doc[start:(rank or subj).i + 1].text
            if subj.pos_ != "PROPN" and not _name_with_who(subj) \
                    and not (subj.i == sent.start and subj.text in names):
                continue
            titled = subj.i > 0 and doc[subj.i - 1].lower_.rstrip(".") in HONORIFICS
            if titled:  # "Dr Nielsen has looked back", whatever the model tags him
                return doc[subj.i - 1:subj.i + 1].text
            if subj.ent_type_ == "PERSON" or _named_by_role(subj) \
                    or (subj.ent_type_ in ("", "ORG") or subj.ent_type_
                                              == "GPE" and not known(subj.text)) and _one_name(
                    subj) and (any(t.lower_ in _HIS_HERS for t in sent if t.i > subj.i)
                               or bare_names and not subj.ent_type_ and not any(
                                   t.lower_ in ("it", "its") for t in sent if t.i > subj.i)):
                # (or a name the model takes for a firm's, or for a place no gazetteer knows,
                # that a "his" or "she" after it shows is a person's: "Campbell signalled his
                # intent"; not "France has stayed quiet but Mr Hain said he")
                ent = entity_of(subj)
                return ent.text if ent is not None else subj.text
            if bare_names and subj.text in surnames and _one_name(subj) \
                    and not named_people_country(subj.text):  # (not "The American")
                return subj.text  # "Kiprop took part ... The 27-year-old": a surname the
                # article writes after a first name, which the model took for a firm's
    return ""


@lru_cache(maxsize=64)
def _surnames(text: str) -> frozenset[str]:
    """The words an article writes right after a capitalised word that is no word of the
    dictionary, a first name ("Susan Kiprop" -> Kiprop; not "New York")."""
    return frozenset(m.group(2) for m in _FULL_NAME.finditer(text)
                     if not dictionary_word(m.group(1)))


# a capitalised word and another right after it
_FULL_NAME = re.compile(r"\b" + _TWO_CAPITALS + r"\b")


_HIS_HERS = {"he", "his", "him", "himself", "she", "her", "hers", "herself"}


@lru_cache(maxsize=64)
def _names_inside(text: str) -> frozenset[str]:
    """The words an article writes with a capital inside a sentence, after a word in lower case,
    which are names there ("where Lomax grew up" -> Lomax)."""
    return frozenset(_NAME_INSIDE.findall(text))


# a capitalised word right after a word in lower case and a space, inside a sentence
_NAME_INSIDE = re.compile(r"(?<=[a-z][ \u00a0])([A-Z][a-z]+)\b")


def _named_by_role(name) -> bool:
    """Whether a name the model gives no kind, or a firm's, has a person's role right before
    it, which shows it is a person's: "R&B star Usher", "veteran striker Lane"."""
    return name.ent_type_ in ("", "ORG") and any(
        c.dep_ == "compound" and c.i == name.i - 1 and c.lemma_.lower() in _PERSON_WORDS
        for c in name.children)


def _joins_many(subj) -> bool:
    """Whether a subject joins more than one with "and" or "or" ("Knight and Roni Size");
    not where the joining is inside its clause ("Healey, who has played half-back and
    full-back, has ...") or its roles set off after it ("Ann Lowe, chairman and founder of
    Zeta Labs, says") or joins the names of the sides before a name ("Scarlets and USA
    Eagles forward Dave Hodges")."""
    clauses = {t.i for c in subj.children if c.dep_ in ("relcl", "acl")
               or c.dep_ == "appos" and c.i > subj.i and subj.pos_ == "PROPN" for t in c.subtree}
    sides = {t.i for c in subj.children if c.dep_ in ("compound", "nmod") for t in c.subtree
             for j in (t if t.dep_ == "conj" else next((c for c in t.head.children
                                                       if c.dep_ == "conj"), t),)
             if j.dep_ == "conj" and j.pos_ == j.head.pos_ == "PROPN"
             and "PERSON" not in (j.ent_type_, j.head.ent_type_)}
    return any(t.dep_ in ("conj", "cc") and t.i not in clauses | sides for t in subj.subtree)


def _owner_subject(doc) -> str:
    """The person whose thing is the subject of a sentence's main verb, named by the model
    as a person, where a "his" or "her" after it stands for them: "Jane Smith's ban is a
    result of her link to the inquiry" -> Jane Smith, for an age that stands as a noun in
    the sentence after ("The 29-year-old was banned"); "" otherwise."""
    sent, subj = _main_subject(doc)
    owner = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None) \
        if subj is not None else None
    if owner is None or not any(t.lower_ in _HIS_HERS for t in sent if t.i > subj.i):
        return ""
    ent = entity_of(owner)
    return doc[ent.start:owner.i + 1].text if ent is not None and ent.label_ == "PERSON" else ""


def _bare_quotation(sentence: str, doc) -> bool:
    """Whether a sentence is a quotation of its speaker's own with no tag: it opens with a
    mark, speaks of "I" and of no "he" or "she", and no verb of saying outside its marks
    names a speaker."""
    words = sentence.lstrip()
    if not words or words[0] not in MARKS or not _OF_ONESELF.search(words) \
            or _OF_ANOTHER.search(words):
        return False  # (a quotation of another, "He won't be fit", is about that one)
    close = max(words.rfind(mark) for mark in MARKS)
    return close >= len(words) - 3 and (doc is None or not any(
        t.lemma_.lower() in REPORTING_VERBS and t.idx > sentence.find(words) + close
        for t in doc))  # (the marks close the sentence, with no tag after them)


# a speaker's words of themself, and of another
_OF_ONESELF = re.compile(r"\b(?:I|me|my|myself)\b|\bI['’](?:m|ve|d|ll)\b")
_OF_ANOTHER = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]er|[Hh]is)\b")


def _object_person(doc) -> str:
    """The one person a sentence names, as the object of its main verb, where its subject
    is no person and a "she" or "he" after the name stands for them: "The question could
    hit Ann Cole hard after she failed to finish" -> Ann Cole, for an age that stands as a
    noun in the sentence after; "" otherwise."""
    sent = next(iter(doc.sents), None)
    if sent is None or sum(e.label_ == "PERSON" for e in doc.ents) != 1:
        return ""
    ent = next(e for e in doc.ents if e.label_ == "PERSON")
    subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if ent.root.dep_ != "dobj" or ent.root.head.i != sent.root.i or subj is None \
            or subj.ent_type_ == "PERSON" or subj.pos_ == "PRON" or person(subj) \
            or not any(t.lower_ in _HIS_HERS for t in sent if t.i > ent.end):
        return ""
    return ent.text


def _name_with_who(noun) -> bool:
    """A capitalised word the tagger took for a common noun that a "who" clause follows: a
    person's name ("Applegate, who starred in ..., had been hoping")."""
    return noun.pos_ == "NOUN" and noun.text[:1].isupper() and noun.tag_ == "NN" and any(
        c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children)
        for c in noun.children)


def _one_name(token) -> bool:
    """A name of one word, as a surname is ("Campbell"), not a body's ("BBC Wales")."""
    ent = entity_of(token)
    return (ent is None or len(ent) == 1) and not any(c.dep_ == "compound" for c in token.children)


def _role(noun, ranks: bool = False) -> bool:
    """A noun for one person by role, the one the sentence names ("the chancellor", "the
    England coach"), with `ranks` also a player's rank with its field ("the world number
    14"); not one of many ("a minister", "ministers")."""
    return (noun.pos_ == "NOUN" and noun.tag_ == "NN" and (
                noun.lemma_.lower() in SPEAKER_ROLES or ranks and rank_named(noun) is not None
                and any(c.dep_ in ("compound", "amod") for c in noun.lefts))
            and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children))


def _gender_fits(sentence: str, person: str) -> bool:
    """Whether the "he" or "she" that says in `sentence` can be `person`, by their title."""
    return _title_fits(_saying_pronoun(sentence), person)


def _title_fits(pronoun: str, person: str) -> bool:
    """Whether "he" or "she" can be `person`, by their title; False for any other word."""
    if pronoun == "he":
        return not _FEMALE.search(person)
    if pronoun == "she":
        return not _MALE.search(person)
    return False


def _source_before(text: str, start: int, parsed: dict) -> str:
    """The source named in the sentence before `start`, a sentence with no figure: "Mr
    Hirsch said the risk was low. He said a machine lasts 10 years".  Read from `parsed`,
    where _parse_all put it beforehand with the figure sentences; else parsed now."""
    sentence = _previous_sentence(text, start)
    return named_source(_doc(sentence, parsed)) if sentence else ""


def _doc(sentence: str, parsed: dict):
    """The parse of `sentence`: from `parsed`, where _parse_all put it with the batch, else
    parsed now and kept there, as several figures of a sentence may each read the one
    before it."""
    doc = parsed.get(sentence)
    if doc is None:
        doc = parsed[sentence] = next(read(_parser(), [sentence]))
    return doc


# "half of them", "80% of those": a part of a set the sentence before names; not "those
# questioned", which names its own
# A sentence that goes on with what the sentence before reported, by a word that points
# back to it: "That was 26% more than in December 2003", "Its output index ...", "It is
# estimated that ...", "The figure means ..."; not "This week", nor a bare "It", which
# as often starts a new matter ("It puts an end to plans for 40 casinos")
_CONTINUES = re.compile(
    r"[\"“‘']?(?:(?:That|This|These)\b(?![ \u00a0]+(?:week|month|year|time|morning|evening"
    r"|afternoon|weekend|season|summer|winter|spring|autumn)\b)|Its\b"
    r"|It[ \u00a0]+(?:is|was|has[ \u00a0]+been)[ \u00a0]+(?:predicted|estimated|thought|expected"
    r"|believed|reported|understood|forecast|projected)\b"
    r"|The[ \u00a0]+(?:same[ \u00a0]+)?(?:figures?|data|survey|study|report|poll|research"
    r"|findings|results|statistics|numbers)\b)(?![ \u00a0]*,)")


_OF_THEM = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:them|these\b(?![ \u00a0]+[a-z])"
                      r"|those\b(?![ \u00a0]+(?:who|whose|aged|\w+ed|\w+ing)\b))")


# a share that says or thinks, with no group named: "A small number, 17%, said they would
# not miss search engines", the group being the sentence before's ("1,000 users surveyed")
_SAYS_AFTER = (r"[ ,\u00a0]+(?:also[ \u00a0]+)?(?:said|say|says|thought|think|believed"
               r"|believe|felt|feel|agreed|agree|admitted|admit)\b")
_SAYS = re.compile(_SAYS_AFTER)
_SHARE_SAYS = re.compile(r"(?:%|\bper[ \u00a0]cent|\bpercent)" + _SAYS_AFTER)


def _part_of_before(text: str, q: Quantity) -> bool:
    """Whether the figure is a part of a set the sentence before may name: "N of them",
    "N% said"."""
    return bool(_OF_THEM.match(text, q.end)
                or q.dimension == "percentage" and _SAYS.match(text, q.end))


def _of_them(ctx: Context, doc, at: int, text: str, span: tuple[int, int], parsed: dict,
             them: tuple[int, str, str], says: bool = False
             ) -> tuple[Context, tuple[int, str, str]]:
    """The context with the subject "them" stands for, named in the sentence before the
    figure's sentence `span` ("About 258 million images are saved every day. Eighty per
    cent of those remain on cameras": "images") or carried from the "them" of that sentence
    (`them`: where it ended, the subject and key); and what "them" now stands for. As it
    was where neither says, or where the figure's own sentence (`doc`, the figure at
    character `at`) names things before it, which "them" may be ("they were worried about
    letting the kids out in case one of them"). A share that `says` ("Some 16% said") is
    of the people the sentence before counts ("Researchers questioned 2,000 adults")."""
    if any(t.tag_ in ("NNS", "NNPS") or t.lower_ in ("those", "among") for t in doc
           if t.idx < at):
        return ctx, them  # nor "Among the over-65s, 70% said"
    sentence = _previous_sentence(text, span[0])
    before = _doc(sentence, parsed)[:] if sentence else None
    if before is None:
        head = None
    elif says and ctx.subject.startswith("those who "):
        head = counted_in(before)  # "The Tories are keen on it. But 61% said it made no
        # difference": a share named by what it says is of those the sentence before
        # counts as asked, or of no one named there
    else:
        head = antecedent_in(before, counted_first=says)
    if head is not None:
        ctx = replace(ctx, subject=noun_phrase(head, set()),
                      subject_key=subject_key(head, set()).lower())
    elif them[0] >= 0 and not text[them[0]:span[0]].strip():
        ctx = replace(ctx, subject=them[1], subject_key=them[2])  # "... Half of them"
    return ctx, ((span[1], ctx.subject, ctx.subject_key)
                 if ctx.subject and not ctx.subject.startswith("those who ") else them)
    # (a share named by what it said is no set the next share is part of: "Almost 25% said
    # they would buy one. Almost 31% said they would wait" -> each its own)


@lru_cache(maxsize=1)
def _said_by_pronoun() -> re.Pattern:
    """"he said", "she also told", "said they": a sentence that may take its source from
    the one before (a cheap first look; the parse decides)."""
    forms = {form for lemma in REPORTING_VERBS | CLAUSE_QUOTING_VERBS
             for form in verb_forms(lemma)}  # "said", "admitted", "wrote"
    verbs = "|".join(sorted(forms, key=len, reverse=True))
    return re.compile(rf"\b(?:he|she|they|it)\s+(?:\w+\s+){{0,2}}?(?:{verbs})\b"
                      rf"|\b(?:{verbs})\s+(?:he|she|they)\b", re.IGNORECASE)


def _one_blas_thread() -> None:
    """Hold numpy's bundled OpenBLAS to one thread, if it can be found; else leave it be."""
    import numpy

    root = os.path.dirname(os.path.dirname(numpy.__file__))
    for path in glob.glob(os.path.join(root, "numpy.libs", "*openblas*")) + glob.glob(
            os.path.join(os.path.dirname(numpy.__file__), ".dylibs", "*openblas*")):
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        for name in ("scipy_openblas_set_num_threads64_", "openblas_set_num_threads64_",
                     "openblas_set_num_threads"):
            if hasattr(lib, name):
                getattr(lib, name)(1)
                return


@lru_cache(maxsize=1)
def _parser():
    """parse.nlp(), its networks doing their matrix products in numpy's BLAS.

    thinc's default, blis, runs spaCy's small products about 3x slower than numpy's
    OpenBLAS on current x86 CPUs (AVX-512), and the parses come out the same: tags,
    lemmas, heads, dependencies and entities were identical on every figure sentence of
    the BBC corpus.  One BLAS thread: a process is one core, --workers adds more.
    """
    from thinc.api import use_ops

    _one_blas_thread()
    with use_ops("numpy", use_blis=False):
        return nlp()


def _parse_all(pending: list[tuple[Article, dict]], quoted: list[dict], parse: bool,
               batch_size: int) -> tuple[Iterator, dict]:
    """A Doc (or None) for each grouped sentence of the pending articles, in order; and
    every Doc by its text, with the sentences before those that may say "he said" (so
    that a source carried from a sentence without figures is parsed in the same batch)."""
    # A lone surrogate cannot be encoded for the tokenizer; U+FFFD keeps every offset.
    snippets = [_SURROGATE.sub("\ufffd", article.text[a:b])
                for article, groups in pending for a, b in groups]
    if not parse:
        return iter([None] * len(snippets)), {}
    before = [_previous_sentence(article.text, a) for article, groups in pending
              for a, b in groups if _said_by_pronoun().search(article.text, a, b)]
    before += [_previous_sentence(article.text, a) for article, groups in pending
               for a, b in groups if _CONTINUES.match(article.text, a)
               or _OF_THEM.search(article.text, a, b)
               or _SHARE_SAYS.search(article.text, a, b)]
    before += [_lead_before(article.text, a) for article, groups in pending for a, b in groups]
    before += [prior[0] for article, groups in pending for a, b in groups
               if (prior := _report_before(article.text, a)) is not None]
    before += [_stretch(article.text, x, y) for (article, _groups), quotes in zip(pending, quoted)
               for quote in quotes.values() for x, y in quote[1]]
    # a "he added" outside a quotation's marks: the words before its marks, and the
    # sentence before it, which `_quoted_by_pronoun` may read
    said = [(article.text, found) for (article, _groups), quotes in zip(pending, quoted)
            for quote in quotes.values()
            if (found := _said_by_pronoun_in(article.text, quote)) is not None]
    before += [s for text, ((a, _b), lead) in said for s in (lead, _previous_sentence(text, a))]
    # A sentence repeated (a wire story run twice, a stock phrase) is parsed once; a Doc
    # is only read afterwards, so sharing it cannot change a claim.
    unique = list(dict.fromkeys(snippets + [s for s in before if s]))
    parsed = dict(zip(unique, read(_parser(), unique, batch_size)))
    return iter([parsed[s] for s in snippets]), parsed


def extract_articles(articles: Iterable[Article], parse: bool = True, batch_size: int = 64,
                     problems: list[Problem] | None = None) -> Iterator[list[Claim]]:
    """The claims of each article, in order; spaCy sees only sentences with a figure.

    A figure whose subject, actor or source rules fail is kept, with a warning in
    `problems`; without `problems` the error is raised (see `_context`)."""
    pending: list[tuple[Article, dict]] = []
    waiting = 0
    for article in articles:
        found = find_quantities(article.text)
        groups = _groups(article.text, found) if found else {}
        pending.append((article, groups))
        waiting += len(groups)
        if waiting >= _PARSE_BUFFER:
            yield from _flush(pending, parse, batch_size, problems)
            pending, waiting = [], 0
    yield from _flush(pending, parse, batch_size, problems)


def _flush(pending: list[tuple[Article, dict]], parse: bool, batch_size: int,
           problems: list[Problem] | None) -> Iterator[list[Claim]]:
    quoted = [_quotations(article.text, groups) for article, groups in pending]
    docs, parsed = _parse_all(pending, quoted, parse, batch_size)
    for (article, groups), quotes in zip(pending, quoted):
        yield _claims(article, groups, docs, parsed, quotes, problems) if groups else []
