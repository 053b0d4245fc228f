"""Whether a figure is a change, and which way: the verbs and nouns of change before it
("rose 5%", "cut prices by 5%", "a decline of 133,000", "from 49% to 74%") or after it
("a 12% drop").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .data import phrases
from .data.numbers import UNITS
from .data.subjects import TIME_ZONES
from .parse import participle, verb_forms
from .patterns import BY_QUALIFIERS, NO_NOUN, NOT_NOUNS

# where a sentence ends: a full stop and a capital, or a line break ("it added. Some 45,000"),
# also where a window ends on a quotation's opening mark ('he added. "')
SENTENCE_END = re.compile(r"[.!?][\"”’')]*\s+(?=[\"“‘(]?(?:[A-Z0-9£$€]|$))|\n")
# where a clause ends, looking back from a "by" or "from" figure
# a quotation mark that opens a quotation inside a clause, right after one of its words:
# 'wants to lift Peru's "poor rate of broadband take-up from about 3%'
_MARK_IN_CLAUSE = re.compile(r"(?<=[A-Za-z'’][ \u00a0])[\"“](?=[a-z])")
_CLAUSE_END = re.compile(r"[,;:()\"“”]|\b(?:which|who|that|while|whilst|but|and|when|as|after|"
                         r"because|although|though|if|whereas|since|before|until)\b",
                         re.IGNORECASE)
BE_FORMS = {"is", "are", "was", "were", "be", "been", "being", "get", "got", "gets"}
# "from £6 to £10", "from 5% in 2004 to 4.25%": a first level, then the level reached
_TO_LEVEL = re.compile(r"(?:(?![.;!?]\s|\n).){0,60}?\bto\b", re.IGNORECASE)


def sentence_before(text: str, start: int, reach: int) -> str:
    """The text before `start` within `reach` characters, not past the start of its sentence."""
    window = text[max(0, start - reach):start]
    ends = list(SENTENCE_END.finditer(window))
    return window[ends[-1].end():] if ends else window


GO_FORMS = {"go", "goes", "went", "gone", "going"}
# the prepositions of an object's own phrase, whose noun is never the verb of change
_OBJECT_PREPS = {"for", "of", "on", "at"}
# a noun in such a phrase, right before the figure (or its "from")
_OBJECT_PHRASE_END = re.compile(r"\b(?:" + "|".join(sorted(_OBJECT_PREPS))
                                + r")[ \u00a0]+[A-Za-z]+[ \u00a0]*$", re.IGNORECASE)


def _past_frame(words: list[str]) -> list[str]:
    """The words before a figure (read backwards) past "an average of" or "a factor of":
    "cut prices by an average of 6%", "rise by a factor of 10" read as "by 6%", "by 10"."""
    if [w.lower() for w in words[1:3]] in (["average", "an"], ["average", "the"],
                                           ["factor", "a"]) and words[0].lower() == "of":
        return words[3:]
    return words


# the verbs an "up" or a "down" makes a phrase with that is no move
_PHRASAL = {"up": phrases.NOT_CHANGE_UP, "down": phrases.NOT_CHANGE_DOWN}


def change_before(text: str, start: int, far: bool = True) -> str:
    """"rose 5%", "fell by 2 points", "cut prices by 5%", "+0.2%": the change a figure states;
    `far` also reads a verb further back in the clause (`change_in_clause`)."""
    window = sentence_before(text, start, 60)
    marked = "" if _STANDARD_BEFORE.search(window) else _marked(text, start)  # "This is lower
    # than the 11.3% creditors hoped for": the standard a comparison sets another against
    if marked is not None:
        return marked
    words = _past_frame(re.findall(r"[A-Za-z]+", _THAN_EXPECTED.sub(" ", _after_break(
        window, text[start:start + 20])))[::-1])
    lead = _past_between(words, next((k for k, w in enumerate(words) if w.lower() not in
                                      phrases.CHANGE_FILLER or w.lower() == "by"), len(words)))
    moved = _change_of(words[lead:], money=bool(_MONEY_AT.match(text, start))) \
        if lead + 1 < len(words) and words[lead].lower() == "of" else ""
    if moved:
        return moved  # "an increase of just 112%": the noun before "of"
    if len(words) > 2 and words[2].lower() in _NO_MOVE.get(" ".join(words[:2]).lower(), ()):
        return ""  # "will go down as one of the best": a verdict; "the bills added up
        # to £300": a total
    reach = 6
    for i, w in enumerate(words[:reach]):
        lw = w.lower()
        if lw == "up" and i == 0 and text[start - 4:start].lower().startswith("to"):
            return ""
        if lw in _PHRASAL and i + 1 < len(words) and words[i + 1].lower() in _PHRASAL[lw]:
            return ""  # "gave up 517 yards", "picked up 3 points", "turned down a £2bn offer"
        if i == 0 and _OBJECT_PHRASE_END.search(window) \
                and lw in phrases.CHANGE_NOUNS_OF_UP | phrases.CHANGE_NOUNS_OF_DOWN:
            break  # "cut its forecast for growth from 5.9% to 3.2%": a noun in the object's
            # phrase, not the move
        if lw in phrases.CHANGE_UP or lw in phrases.CHANGE_VERBS_UP and _moved_by(
                text, start, words, i):
            return "up"
        if lw in phrases.CHANGE_DOWN or lw in phrases.CHANGE_VERBS_DOWN and _moved_by(
                text, start, words, i):
            return "down"
        if i == 0 and lw == "of" and len(words) > 1:
            return _change_of(words, share=bool(_PERCENT_AT.match(text, start)),
                              money=bool(_MONEY_AT.match(text, start)))
        if i == 0 and lw == "at" and (way := _moving_at(words, window)):
            return way
        if i == 0 and lw == "by":
            reach = 4  # "grow sales by 28%": the verb may stand one or two words back
            continue
        if lw not in phrases.CHANGE_FILLER and not (reach == 4 and i <= 3):
            break
    moved = "" if _TIME_AFTER.match(text, start) or _BOUND_AT.match(text, start) \
        else _verb_object_before(window)
    return moved or (change_in_clause(text, start) if far else "")


# "down at" or "up at" right before a level, after a word that makes no phrase with it
# ("finished the week down at"; not "12% down at", whose share is the move, nor "stepped
# down at", "woke up at", "turned up at")
_LEVEL_AT = re.compile(r"\b([A-Za-z]+)[ \u00a0]+(up|down)[ \u00a0]+at[ \u00a0]+$", re.IGNORECASE)
# the words before "up" or "down" that make it a way or a phrase of their own, or end the
# figure of the move
_NOT_LEVEL_AT = {"woke", "wake", "wakes", "turn", "turned", "turns", "show", "showed", "shows",
                 "grew", "grow", "grown", "stood", "stand", "stands", "sat", "sit", "sits",
                 "lock", "locked", "stay", "stayed", "wound", "points", "point", "pence",
                 "cents", "percent", "cent", "places", "spots"}


# a comparative and "than the" right before a figure: the figure is the standard compared with
_STANDARD_BEFORE = re.compile(r"\b(?:more|less|higher|lower|bigger|smaller|greater|fewer|"
                              r"larger|better|worse)[ \u00a0]+than[ \u00a0]+the[ \u00a0]+$",
                              re.IGNORECASE)


def _moving_at(words: list[str], window: str) -> str:
    """The move an "at" figure (`words` run back from it, `window` the text before it) is
    part of: "rising at 15% a year", the pace of a rise; "the shares ended the week down at
    $4.10", a level a move reached, where no figure of the move stands before it ("closed
    12% down at $3.80")."""
    if len(words) > 1 and words[1].lower() in _MOVING_AT:
        return "up" if words[1].lower() in phrases.CHANGE_UP else "down"
    m = _LEVEL_AT.search(window)
    if m is None:
        return ""
    before, way = m.group(1).lower(), m.group(2).lower()
    return "" if before in _PHRASAL[way] or before in _NOT_LEVEL_AT else way


def _after_break(window: str, after: str) -> str:
    """The words before a figure past the last break between them and it (`_BREAK`);
    `after`, the text the figure starts, shows whether a comma right before it leads to
    it ("creeping upward, from 20 mpg")."""
    last = None
    for found in _BREAK.finditer(window + after):
        if found.start() >= len(window):
            break
        last = found
    return window[last.end():] if last is not None else window


# a break between a word of change and the figure after it: a colon, a semicolon, a
# bracket, a dash set off by spaces, or a comma after which no preposition leads to the
# figure ('He added: "Nearly half of', "Despite the rapid growth, fewer than 10% of",
# "is even higher - a quarter of"; but "rose, to 5%", "were down 2.3%, Acme by 2.6%", and
# not a quotation mark: 'would "cut" £20bn', 'to raise output "by about 20%"')
_BREAK = re.compile(r"[:;()\[\]]|[ \u00a0][-–—][ \u00a0]|,(?=[ \u00a0])(?![ \u00a0]*(?:[A-Z]"
                    r"[\w&'’.-]*[ \u00a0]+){0,3}(?:(?:just|only|about|around|some|nearly"
                    r"|almost|roughly)[ \u00a0]+)*(?:to|from|by|at|of|up|down)\b)")


# a share or points at the figure's start: what a passive verb of change moves a level by
_SHARE_AT = re.compile(r"[\d.,]+[ \u00a0]*(?:%|per[ \u00a0]?cent\b|percent\b|"
                       r"(?:percentage[ \u00a0]+)?points?\b)")


# the two words back from a figure (run backwards) and the verbs before them that move
# nothing: "will go down as one of", "added up to"
_NO_MOVE = {"as down": GO_FORMS, "as up": GO_FORMS, "to up": phrases.ADDING_UP}


def _moved_by(text: str, start: int, words: list[str], i: int) -> bool:
    """Whether the verb of change `words[i]` (`words` run back from the figure at `start`)
    moves a level by the figure: right before its "by" and a sum or a share ("the fee was
    raised by 10%", "lifted by $2m"), or passive right before a share ("the budget has been
    raised 7.8%"); not "raised $2m" (money raised) nor "extended by two years"."""
    if i == 1 and words[0].lower() == "by":
        return bool(_SUM_OR_SHARE.match(text, start))
    return i == 0 and len(words) > 1 and words[1].lower() in BE_FORMS \
        and bool(_SHARE_AT.match(text, start))


def _marked(text: str, start: int) -> str | None:
    """The change the figure at `start` states by its own marks, whatever the words before
    say: "+0.2%" is up; "Rates went up five times last year" says how often, no move."""
    if text[max(0, start - 1):start] == "+":
        return "up"
    return "" if _OCCASIONS.match(text, start) else None


# a small count of times, no multiple ("five times faster", "three times as many", "has
# leapt 500,000 times"): how often
_OCCASIONS = re.compile(r"(?:\d|1[0-2]|" + "|".join(w for w, v in UNITS.items() if 2 <= v <= 12)
                        + r")[ \u00a0]+times\b(?![ \u00a0]+(?:as|more|less|fewer|faster"
                        r"|slower|higher|lower|bigger|larger|greater|smaller|the|over|that"
                        r"|than|what)\b)(?!-)", re.IGNORECASE)
# a time after the figure: "raised the money 5 years ago" moves nothing
_TIME_AFTER = re.compile(r"[^\s]+(?:[ \u00a0]+|-)(?:years?|months?|weeks?|days?|hours?|"
                         r"minutes?|seconds?|times|decades?)\b", re.IGNORECASE)
# a bound that opens the figure: "increase their stake beyond 49%" is a bound, no move
_BOUND_AT = re.compile(r"(?:beyond|below|above|under|over|more|less|fewer|up|at|through|"
                       r"toward|towards)\b", re.IGNORECASE)
# the plain words right before the figure: no mark, no number
_PLAIN_TAIL = re.compile(r"(?:[A-Za-z][A-Za-z'’-]*[ \u00a0]+){2,4}$")
# words that end the object between a verb of change and its bare figure, or show the
# figure is a bound or a level, not the move
NOT_OBJECT = {"to", "from", "by", "of", "at", "in", "on", "for", "and", "or", "than", "with",
               "but", "as", "that", "which", "who", "is", "are", "was", "were", "has", "have",
               "had", "be", "been", "will", "would", "ago", "over", "after", "before", "below",
               "above", "beyond", "toward", "towards", "worth", "up", "down", "off", "every",
               "between", "under", "past", "around", "about", "nearly", "almost", "through",
               "likely", "can", "could", "may", "might", "must", "should", "shall",
               "following", "during", "since", "despite", "amid", "until", "when", "while",
               "because", "into", "across", "among", "against", "within", "without", "via"}


def _verb_object_before(before: str) -> str:
    """"lifted interest rates 0.25%", "cut its dividend 10%", "rose a seasonally adjusted
    0.5%": a verb of change, then its object or the words that weigh the move, then the
    figure by which it moves; not "raised just $2m" (a sum raised), "doubling the £400m",
    "reduce its deficit below 3%" (a bound) nor "the lower salary bracket"."""
    tail = _PLAIN_TAIL.search(before)
    words = tail.group().split() if tail else []
    for i in range(1, len(words)):
        verb, between = words[-i - 1], words[-i:]
        if any(w.lower() in NOT_OBJECT for w in between):
            return ""
        up = verb in phrases.CHANGE_VERBS_UP
        if not (up or verb in phrases.CHANGE_VERBS_DOWN):
            continue
        weighs = phrases.DETERMINERS | phrases.CHANGE_FILLER
        if all(w.lower() in weighs for w in between) \
                or len(words) > i + 1 and words[-i - 2].lower() in phrases.DETERMINERS:
            return ""  # "raised just $2m", "doubling the £400m"; "the lower salary bracket"
        return "up" if up else "down"
    return ""


# a comparison with what was foreseen, which only weighs a change: "sank by a
# larger-than-forecast 8.8%", "rose by a better-than-expected 0.5%"
_THAN_EXPECTED = re.compile(r"\b[A-Za-z]+-than-(?:expected|forecast|anticipated|predicted|"
                            r"hoped|feared|planned)\b", re.IGNORECASE)

_NOT_IN_PHRASE = {"from", "to", "by", "than", "up", "down", "of", "at"}
_COUNTING = {"number", "amount", "proportion", "share", "total"}

# verbs of change whose "at" phrase gives their pace
_MOVING_AT = {"rising", "growing", "increasing", "expanding", "climbing", "falling",
              "declining", "shrinking", "dropping", "contracting", "rose", "grew", "increased",
              "expanded", "climbed", "fell", "declined", "shrank", "dropped", "contracted"}


# the words that weigh a pace: "rose at a seasonally adjusted annual rate of 2.4%"
_PACE_WORDS = {"a", "an", "the", "annual", "annualised", "annualized", "yearly", "monthly",
               "quarterly", "seasonally", "adjusted", "average", "underlying", "estimated",
               "faster", "slower", "steady", "record", "its", "their", "fastest", "slowest",
               "quickest"}


def _change_of(words: list[str], share: bool = False, money: bool = False) -> str:
    """The change an "of" figure is (`words` run backwards from its "of"): "a decline of
    133,000", "a sales increase of 6.5%", and past the "in" phrase of what moves: "a sharp
    rise in import prices of 4.2%"; a `share` also where a participle of change is set
    before its noun: "falling beer sales of 9%" (not a count, which is the level:
    "the growing population of 40,000"); a net loss or gain of things, not of `money`
    (which is a result: "a net loss of £5m"): "a net loss of 58,000 customers"."""
    if not (money or share) and len(words) > 2 and words[2].lower() == "net" \
            and words[1].lower() in _NET_MOVES:
        return _NET_MOVES[words[1].lower()]
    if words[1].lower() in ("rate", "pace"):
        k = 2
        while k < len(words) and words[k].lower() in _PACE_WORDS:
            k += 1
        verb = words[k + 1].lower() if k + 1 < len(words) and words[k].lower() == "at" else ""
        if verb in phrases.CHANGE_UP or verb in phrases.CHANGE_DOWN:
            return "up" if verb in phrases.CHANGE_UP else "down"  # "rose at an annual
            # rate of 2.4%": the pace of the rise
    nouns = [words[1].lower()]
    for k in range(2, min(len(words) - 1, 5)):
        if words[k].lower() in _NOT_IN_PHRASE or nouns[0] in _COUNTING:
            break  # "a contraction in 2003, down from an estimate of 1.7%"; "a decline in
            # the number of million-pound properties": a figure inside what moves
        if words[k].lower() == "in":
            nouns.append(words[k + 1].lower())
            break
    for noun in nouns:
        if noun in phrases.CHANGE_NOUNS_OF_UP:
            return "up"
        if noun in phrases.CHANGE_NOUNS_OF_DOWN:
            return "down"
    moving = next((w.lower() for w in words[2:4] if w.lower() in _MOVING), "") if share else ""
    return _MOVING.get(moving, "")  # "falling beer sales of 9%": the noun moves as its
    # participle says


# what a net loss or gain of things moves them by: "a net loss of 58,000 customers"
_NET_MOVES = {"loss": "down", "gain": "up", "addition": "up", "additions": "up"}
# a sum at the figure, past its bound: "£5m", "more than 5m euros"
_MONEY_AT = re.compile(r"(?:(?:more|less|than|about|around|over|under|nearly|almost|some"
                       r"|just|up|to)[ \u00a0]+)*(?:[£$€¥]|\d[\d.,]*[ \u00a0]*"
                       r"(?:bn|m|k|billion|million)?[ \u00a0]*"
                       r"(?:euros?|dollars?|pounds?|pence|yen|yuan|rupees?|francs?)\b)",
                       re.IGNORECASE)
# a share right at the figure's start, no points: "13%", "13 per cent"
_PERCENT_AT = re.compile(r"[\d.,]+[ \u00a0]*(?:%|per[ \u00a0]?cent\b|percent\b)", re.IGNORECASE)
# participles of change set before the noun whose "of" figure is the move: "falling sales
# of 13%", "rising prices of 5%"
_MOVING = {**{w: "up" for w in phrases.CHANGE_UP if w.endswith("ing")},
           **{w: "down" for w in phrases.CHANGE_DOWN if w.endswith("ing")}}


def _past_between(words: list[str], lead: int) -> int:
    """The lead word past a range's "between" after "of": "sales growth of between 3% and
    5%" reads as "growth of 3%" does (`words` run backwards from the figure)."""
    if lead + 2 < len(words) and words[lead].lower() == "between" and words[lead + 1].lower() == "of":
        return lead + 1
    return lead


# a name with a number, owning something: "Channel 4's", "Radio 1's"
_NUMBERED_NAME = re.compile(r"\b([A-Z][a-z]+)[ \u00a0]\d{1,2}(?=['’]s\b)")
# a time by the clock with its zone, no figure of the clause: "his 2300 GMT curfew"
_CLOCK_TIME = re.compile(r"\b\d{1,2}[:.]?\d\d[ \u00a0]*(?:" + "|".join(sorted(TIME_ZONES))
                         + r")\b")


# a sum or a share at the figure's start, which no passive has as its agent
_SUM_OR_SHARE = re.compile(r"(?:(?:" + "|".join(BY_QUALIFIERS) + r")[ \u00a0]+)?"
                           r"(?:[$£€¥]|[A-Z]{0,3}\$|\d[\d.,]*(?:[ \u00a0]*(?:%|per[ \u00a0]cent"
                           r"|percent)|[ \u00a0]*(?:bn|m)\b|p\b)"
                           r"|(?:\d[\d.,]*|[a-z]+(?:-[a-z]+)?)[ \u00a0]+"
                           r"(?:percentage[ \u00a0]+points?|per[ \u00a0]cent|percent)\b)")
# (also after a bound, patterns.BY_QUALIFIERS, and a share in words: "trimmed by some three
# percentage points")


# verbs of multiplying, in their bare form also nouns or adjectives ("a double strike"), and
# the words that show them verbs
MULTIPLYING = {"double": "up", "triple": "up", "treble": "up", "quadruple": "up",
               "halve": "down"}
_BEFORE_VERB = {"to", "will", "would", "could", "can", "may", "might", "should", "must",
                "nearly", "almost", "more", "than", "roughly", "effectively"}


def multiplied(verb: str, before: str) -> str:
    """The way a verb of multiplying moves, where the word `before` it shows it a verb:
    "would nearly treble", "should more than double"; "" for "a double strike"."""
    return MULTIPLYING.get(verb, "") if before in _BEFORE_VERB else ""


# an aside set off by dashes, which the clause reads past: "double the number of its
# stores - shops that sell only organic food - from"
_DASH_ASIDE = re.compile(r"[ \u00a0][-–—][ \u00a0][^.;]{1,100}?[ \u00a0][-–—][ \u00a0]")
# a relative clause set off by commas between a verb's object and its "by" phrase
_WHICH_ASIDE = re.compile(r",[ \u00a0]+(?:which|who)[ \u00a0][^,.;:()\d]{1,80},(?=[ \u00a0]+by\b)")
# an "and" between two names, which joins them, not two clauses
_NAMES_JOINED = re.compile(r"\b([A-Z][a-z]+)[ \u00a0]+and[ \u00a0]+(?=[A-Z][a-z])")
# an "and" inside a phrase of where, right before the "by" of the figure: "cut prices in
# Leeds and the regions by 15%" is one clause, the places joined
_PLACES_JOINED = re.compile(r"\b((?:in|across|throughout)[ \u00a0]+(?:the[ \u00a0]+)?[A-Za-z]+)"
                            r"[ \u00a0]+and[ \u00a0]+(?:the[ \u00a0]+)?[A-Za-z]+(?=[ \u00a0]+by\b)")


def change_in_clause(text: str, start: int) -> str:
    """"cut production in North America by 3%", "raised the limit for investors from 49% to
    74%": a verb of change further back in the clause than a "by" or "from" before the figure;
    not a passive's agent ("dominated by four firms") nor a spread ("ranging from £19")."""
    pieces = _CLAUSE_END.split(_NAMES_JOINED.sub(r"\1 ", _PLACES_JOINED.sub(r"\1", _DASH_ASIDE.sub(
        " ", _WHICH_ASIDE.sub(" ", _MARK_IN_CLAUSE.sub("", sentence_before(
            text, start, 160)))))))  # "its Alpha and Beta mines"; "cut the budget, which
    # pays for ..., by $4bn"; a quotation opened inside the clause: 'to lift Peru's "poor
    # rate of broadband take-up from 3%'
    clause = pieces[-1]
    if len(pieces) > 1 and re.fullmatch(r"[ \u00a0]*from[ \u00a0]+", clause) \
            and text[start - len(clause) - 1:start - len(clause)] == ",":
        clause = pieces[-2] + clause  # "had raised its forecast for the shares, from 410p
        # to 450p": a comma before the "from" of the verb's object
    clause = _NUMBERED_NAME.sub(r"\1", clause)  # "lift Channel 4's share by 12%": a name's
    clause = _CLOCK_TIME.sub(" ", clause)  # number, as a time by the clock is no figure
    words = _past_frame([w.lower() for w in  # (a model's name is a word: "A300s")
                         re.findall(r"[A-Za-z]+\d[A-Za-z\d]*|[A-Za-z]+(?:-[A-Za-z]+)*|\d",
                                    clause)][::-1])
    if re.match(r"from\b", text[start:start + 5], re.IGNORECASE):
        words.insert(0, "from")  # called at the "from" of "from 49% to 74%"
    lead = next((k for k, w in enumerate(words) if w not in phrases.CHANGE_FILLER or w == "by"),
                len(words))
    if lead >= len(words) or words[lead] not in ("by", "from"):
        return ""
    if words[lead] == "from" and not _TO_LEVEL.match(text, start):
        return ""  # "rising to meet the cross from eight yards": a place, not a level
    rest = words[lead + 1:lead + 13]
    if words[lead] == "by" and rest and (rest[1:2] and rest[1] in BE_FORMS or rest[0].endswith(
            ("ed", "en")) and rest[0] not in phrases.CHANGE_VERBS_UP | phrases.CHANGE_VERBS_DOWN
            and not _SUM_OR_SHARE.match(text, start)):
        return ""  # "dominated by", "was hit by": the agent of a passive; but "cut the
        # amount of borrowing needed by £200m": no sum is an agent
    for k, w in enumerate(rest):
        if w in phrases.RANGE_WORDS or w.isdigit():
            return ""  # "ranging from £19"; "rose to $7bn from $6bn": the verb has its figure
        if rest[k + 1:k + 2] and rest[k + 1] in _OBJECT_PREPS:
            continue  # "cut its forecast for growth from 5.9%": a noun in the object's
            # phrase, not the verb
        if moved := multiplied(w, "".join(rest[k + 1:k + 2])):
            return moved  # "would nearly treble the count from 12,300 to 20,000"
        if w in phrases.CHANGE_VERBS_UP:
            return "up"
        if w in phrases.CHANGE_VERBS_DOWN:
            return "down"
        if w in _PHRASAL and rest[k + 1:k + 2] and rest[k + 1] not in _PHRASAL[w]:
            return w  # "has shot up, from 5% to 45%": a verb's particle of change
    return ""


def taken_off(text: str, start: int, end: int) -> str:
    """"wiped £50bn off the value of shares", "shaving 70% off the cost", "slash $5bn from
    its costs", "wiping out a third of its profits": a sum or a share a verb takes off a
    whole is its fall; not "took $5m from the fund" nor "took a third of the vote", a sum
    or a share taken."""
    verb = _taking_verb().search(text, max(0, start - 50), start)
    off = _OFF_AFTER.match(text, end)
    if verb is None and _taken_after().match(text, end):
        return "down"  # "£4,000 has been cut from the price", "was wiped off the value"
    if verb is None or off is None:
        return ""
    whole = off.group(1).lower()
    taken = ("tak", "took", "knock", "shed") if whole == "from" else ("tak", "took", "knock")
    if whole in ("from", "of") and verb.group(1).lower().startswith(taken):
        return ""  # "took $5m from the fund", "took a third of the vote"
    return "down"


# the verbs that take a sum off a whole: "wiped £50bn off", "slash $5bn from"; all but
# "shed" also in the passive
_TAKING = ("wipe", "shave", "knock", "take", "lop", "slice", "chop", "strip", "trim", "slash",
           "cut", "shed")


@lru_cache(maxsize=1)
def _taking_verb() -> re.Pattern:
    """A verb of `_TAKING` in any form, and the bound or determiner words up to the figure
    after it (lemminflect's forms: "took", "lopped")."""
    forms = sorted({f for lemma in _TAKING for f in verb_forms(lemma)}, key=len, reverse=True)
    return re.compile(
        rf"\b({'|'.join(forms)})"
        r"(?:[ \u00a0]+(?:a|an|another|further|some|about|around|almost|nearly|more|than|over"
        r"|up|to|just|only|roughly|at|least|out|an[ \u00a0]+estimated)){0,3}[ \u00a0]+$",
        re.IGNORECASE)


@lru_cache(maxsize=1)
def _taken_after() -> re.Pattern:
    """A figure a passive verb takes off a whole, past a bracket that restates it: " has
    been cut from", " ($7,500) was wiped off"; not "taken from" (a sum taken)."""
    done = "|".join(participle(lemma) for lemma in _TAKING if lemma != "shed")
    return re.compile(
        r"(?:[ \u00a0]*\([^)]{1,40}\))?(?:[ \u00a0]+(?:has|have|had|was|were|is|are|be|been"
        r"|being|will|would|could|may|might|should|to)){1,3}"
        rf"[ \u00a0]+(?:{done})[ \u00a0]+(?:off|(?<!taken )from)[ \u00a0]", re.IGNORECASE)


# the whole a figure is taken off, past its rate: "$48m a year from its costs"
_OFF_AFTER = re.compile(r"(?:[ \u00a0]+(?:a|per|each)[ \u00a0]+(?:year|month|week|day|share))?"
                        r"[ \u00a0]+(off|from|of)[ \u00a0]", re.IGNORECASE)


def posts_moved(text: str, start: int, end: int) -> str:
    """Jobs or posts a verb cuts or adds, which move as the verb's object does: a passive
    after them ("212,000 new jobs were added in March" -> up, "300 posts will be axed" ->
    down) or an active verb before them in any form ("plans to axe 104,000 jobs", "is
    cutting about 5,000 jobs" -> down) (README: jobs cut or added need no deed, their change
    says; `phrases.POSTS_MOVED`)."""
    m = _posts_passive().match(text, end)
    if m:
        return _posts_moved_by()[m.group(1).lower()]
    verb = _posts_verb().search(text, max(0, start - 40), start)
    if verb is None or not _POSTS_AFTER.match(text, end):
        return ""
    return _posts_moved_by_any_form()[verb.group(1).lower()]


# the jobs or posts right after a figure, past a word or two that describe them: " jobs",
# " journalist jobs", " full-time staff"
_POSTS_AFTER = re.compile(r"(?:[ \u00a0]+[a-z][a-z-]*){0,2}?[ \u00a0]+(?:jobs|posts|positions"
                          r"|staff|workers)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _posts_moved_by_any_form() -> dict[str, str]:
    """Every form of the verbs of `phrases.POSTS_MOVED`, and which way each moves: "axing"
    -> down (lemminflect's forms)."""
    return {form: way for lemma, way in phrases.POSTS_MOVED.items()
            for form in verb_forms(lemma)}


@lru_cache(maxsize=1)
def _posts_verb() -> re.Pattern:
    """A verb of `phrases.POSTS_MOVED` in any form right before a figure, past a determiner
    ("a further", "another", "its"); the figure's own bound words are not in the text
    searched."""
    forms = sorted(_posts_moved_by_any_form(), key=len, reverse=True)
    return re.compile(rf"\b({'|'.join(forms)})(?:[ \u00a0]+(?:a|another|further|its|their"
                      r"|some))*[ \u00a0]+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _posts_moved_by() -> dict[str, str]:
    """The participles of `phrases.POSTS_MOVED`, and which way each moves: "axed" -> down
    (lemminflect's forms)."""
    return {participle(lemma): way for lemma, way in phrases.POSTS_MOVED.items()}


@lru_cache(maxsize=1)
def _posts_passive() -> re.Pattern:
    """A passive verb of `phrases.POSTS_MOVED` after a count of jobs or posts, past words
    that describe them: " new jobs were added", " posts are to be cut"."""
    done = "|".join(_posts_moved_by())
    aux = "|".join(phrases.PASSIVE_AUX)
    return re.compile(r"(?:[ \u00a0]+[a-z][a-z-]*){0,2}?[ \u00a0]+(?:jobs|posts|positions)"
                      rf"(?:[ \u00a0]+(?:{aux})){{1,3}}[ \u00a0]+({done})\b", re.IGNORECASE)


def change_after(text: str, end: int, bare: bool = False, sum_: bool = False) -> str:
    """"a 12% drop", "5% higher", "40% less power", "a third more": a change noun or
    comparative right after the figure; a comparative only before any comma ("a margin of
    45.6%, less than forecast" is a level), "less" or "more" after a `bare` count only before
    "than" ("200 million less fortunate people", "two more people" count people), no
    "less" that means "minus" ("7.86% less fees"), and no "loss" after a `sum_` in millions
    or more, which is a result ("the £6m loss")."""
    m = re.match(r"(?:[ \u00a0\t,]|-(?=times\b))*([A-Za-z]+)", text[end:end + 30])  # on its
    # own line; "3-times higher" as "3 times higher"
    if not m:
        return ""
    word = m.group(1).lower()
    if word == "times" and "," not in m.group(0):
        return change_after(text, end + m.end())  # "four times higher": a multiple's
        # comparative is its change, as a share's is
    if word in ("less", "more") and re.match(r"[ \u00a0]+than[ \u00a0]+(?:[$£€]|\d(?![\d]{3}\b))",
                                            text[end + m.end():end + m.end() + 30]):
        return ""  # "over the past six months more than 63,000": the next figure's bound
    if word == "more" and re.match(r"[ \u00a0]+or[ \u00a0]+less\b", text[end + m.end():end + m.end() + 10]):
        return ""  # "12 m more or less": about 12 m
    if word in phrases.COMPARATIVES and "," in m.group(0):
        return ""
    if word in ("less", "more", "better", "worse"):
        after = re.findall(r"[a-z]+", text[end + m.end():end + m.end() + 30].lower())[:3]
        than_later = word in ("more", "less") and _THAN_AFTER_NOUN.match(text, end + m.end())
        if (bare and after[:1] not in (["than"], ["off"]) and not than_later) \
                or word == "less" and phrases.LESS_AS_MINUS & set(after):  # "a hundred
            # better films": a count
            return ""  # "250 million less fortunate Indians", "two more people", "to yield
            # 7.86% less fees"
    if word in ("up", "down") and _SHARE_END.search(text, max(0, end - 12), end) \
            and _MOVE_TAIL.match(text, end + m.end()):
        return word  # "closed 12% down at $3.80", "ended 3% up on the day"
    if word in _PACE and _TIME_BEFORE.search(text, max(0, end - 12), end):
        return ""  # "ran 0.04secs slower", "processed 120 days faster": a time, which a
        # faster pace makes shorter
    if word in phrases.CHANGE_AFTER_UP:
        return "up"
    if word in phrases.CHANGE_AFTER_DOWN and not (sum_ and word == "loss"):
        return "down"
    return ""


# a noun and its phrase, then "than": "2,000 more posters of each design than it planned" is
# a change, as "2,000 more than it planned" is
_THAN_AFTER_NOUN = re.compile(r"(?:[ \u00a0]+[a-z][a-z'-]*){1,5}[ \u00a0]+than\b")


_PACE = {"faster", "quicker", "slower"}
_TIME_BEFORE = re.compile(r"(?:(?<=\d)|\b)(?:secs?|seconds?|s|mins?|minutes?|hours?|hrs?"
                          r"|days?|weeks?|months?|years?)$", re.IGNORECASE)


# a share's end, and what may follow the "up" or "down" after it that makes that its move,
# not a way ("30% down the line")
_SHARE_END = re.compile(r"(?:%|\bper[ \u00a0]?cent|\bpercent|\bpercentage[ \u00a0]points?)$")
_MOVE_TAIL = re.compile(r"[ \u00a0]*(?:[.,;:)]|$|(?:at|on|from|in|over|compared|year|since|for)\b)")


def change_in_compound(text: str, start: int, end: int) -> str:
    """"a 3% volume sales fall", "a 4% price rise", "a 5% year-on-year drop": a noun of change
    that ends a compound the figure opens, after an article, for a figure with a unit (the
    caller's test; not "the 2 million pensioners fall into poverty", a verb), and not a loss,
    which is a sum, no move."""
    if not _ARTICLE_BEFORE.search(text, max(0, start - 12), start):
        return ""
    m = _COMPOUND_MOVE.match(text, end)
    if m is None or any(w.lower() in _NOT_IN_COMPOUND for w in m.group(1).split()):
        return ""
    word = m.group(2).lower()
    return "up" if word in _COMPOUND_UP else "down"


_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|its|their|this|that)[ \u00a0]+$", re.IGNORECASE)
# the nouns of change that may end such a compound: the change words after a figure, less
# the comparatives ("a 5% price higher" is no compound), the plurals and a loss (a sum)
_COMPOUND_UP = {w for w in phrases.CHANGE_AFTER_UP
                if w not in phrases.COMPARATIVES and not w.endswith("s")}
_COMPOUND_DOWN = {w for w in phrases.CHANGE_AFTER_DOWN
                  if w not in phrases.COMPARATIVES and not w.endswith("s")} - {"loss"}
# one or two words, in lower case or an acronym ("the 7% GDP growth"), then the noun of
# change, not before a noun of a level ("a 1.5% growth rate" is the rate's level)
_COMPOUND_MOVE = re.compile(r"((?:[ \u00a0]+(?:[a-z][a-z-]*|[A-Z]{2,5})){1,2}?)[ \u00a0]+("
                            + "|".join(sorted(_COMPOUND_UP | _COMPOUND_DOWN)) + r")\b(?!-)"
                            r"(?![ \u00a0]+(?:rates?|targets?|forecasts?|levels?)\b)")
_NOT_IN_COMPOUND = NO_NOUN | NOT_NOUNS | {"could", "may", "might", "be"}


# a level left with no level reached beside it: "started to slide from a peak of some", ",
# but is down from a high of nearly", "an increase from an estimated", "up from just"
# the "from" of a level left, up to the figure: "from the present ", "from a peak of "
_FROM_TAIL = (r"from[ \u00a0]+(?:(?:a|an|the|its|their|his|her)[ \u00a0]+)?"
              r"((?:[a-z-]+[ \u00a0]+){0,2}?)(?:of[ \u00a0]+)?$")
_LEFT_FROM = re.compile(r"\b(?:([A-Za-z]+)[ \u00a0]+)?([A-Za-z]+)[ \u00a0]+" + _FROM_TAIL)
_NOT_LEFT = BE_FORMS | {"and", "or", "to", "which", "that", "who", "has", "have", "had"}
# a noun of a move, its "in" phrase, then "from" right before a level: "a cut in the basic
# rate of income tax from"
_MOVE_IN_FROM = re.compile(r"\b([A-Za-z]+)[ \u00a0]+in[ \u00a0]+(?:[A-Za-z-]+[ \u00a0]+){1,6}?"
                           r"from[ \u00a0]+$")
_FROM_LEVEL = re.compile(r"\b" + _FROM_TAIL)
# the verbs that move a level to another ("rose to", "halved in 2004 to", "raise its bid
# to"), and with the nouns of a move those that leave one ("a fall from")
MOVED_UP = phrases.CHANGE_UP | phrases.CHANGE_VERBS_UP
MOVED_DOWN = phrases.CHANGE_DOWN | phrases.CHANGE_VERBS_DOWN
_LEFT_UP = MOVED_UP | phrases.CHANGE_NOUNS_OF_UP
_LEFT_DOWN = MOVED_DOWN | phrases.CHANGE_NOUNS_OF_DOWN


def left_from(text: str, start: int, counts: bool = False) -> str:
    """"exports started to slide from a peak of 900,000 bags", "is down from a high of
    70%": the level a move left, which moves as "rose from 15 to 23" and "was 23, up from 15"
    do, where no level reached stands beside it."""
    noun = _MOVE_IN_FROM.search(text, max(0, start - 80), start)
    if noun is not None and noun.group(1).lower() in phrases.CHANGE_NOUNS_OF_UP | \
            phrases.CHANGE_NOUNS_OF_DOWN:  # "an increase in the inheritance tax threshold
        # from £250,000": a move's noun and its "in" phrase before the level it left
        return "up" if noun.group(1).lower() in phrases.CHANGE_NOUNS_OF_UP else "down"
    m = _LEFT_FROM.search(text, max(0, start - 60), start)
    word = m.group(2).lower() if m else ""
    if m is None or m.group(1) and m.group(1).lower() in BE_FORMS and word not in ("up", "down") \
            or _NOT_LEFT & set(m.group(3).split()):
        return ""  # "has been dropped from four radio stations": a passive, no move; "the
        # only cut from the Tories is £35bn": a clause between
    if word not in _LEFT_UP | _LEFT_DOWN:  # a verb's object leaves a level, which counts
        # nothing of its own: not "raised money from 300 donors"
        return "" if counts else _object_moved_from(text, start)
    return "up" if word in _LEFT_UP else "down"


def _object_moved_from(text: str, start: int) -> str:
    """"may lift its key rate from the present 5.25%": a verb of change and its object
    before the "from" of the level the object leaves, read as `_verb_object_before` reads
    them before a figure, also past the object's "of" phrase ("to cut the price of the
    calls from the current £5.50"); not "a rising header from six yards"."""
    m = _FROM_LEVEL.search(text, max(0, start - 30), start)
    if m is None:
        return ""
    before = text[max(0, m.start() - 60):m.start()]
    return _verb_object_before(before) or _verb_object_before(_OF_PHRASE_END.sub(" ", before))


# an "of" phrase of two words or less that ends an object: "the cost of the service"
_OF_PHRASE_END = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:[A-Za-z-]+[ \u00a0]+)?[A-Za-z-]+"
                            r"[ \u00a0]*$")
