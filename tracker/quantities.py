"""Find the figures in a text: value, bounds, range, change, unit and currency.

Rules, not a model: the numbers that may be figures (tracker.candidates), each read with a
look left and right (currency, scale, unit, counted noun, qualifier: tracker.readings;
change: tracker.changes), then one scan that joins them: ranges ("10-15 people"), the two
levels of a change ("rose from 15 to 23"), restatements ("$5.6bn (£4.4bn)"), a unit
written once ("2 or 3 kg"), ages and scores.  The rule tables live in tracker.data, the
patterns built from them in tracker.patterns.
`find_quantities(text)` never raises on any string; odd text gives fewer figures.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .candidates import (
    Candidate,
    figure_candidates,
    next_word,
    previous_word,
)
from .changes import (
    GO_FORMS,
    MOVED_DOWN,
    MOVED_UP,
    MULTIPLYING,
    SENTENCE_END,
    change_after,
    change_before,
    change_in_clause,
    change_in_compound,
    left_from,
    multiplied,
    posts_moved,
    sentence_before,
    taken_off,
)
from .data import currencies, phrases
from .data.numbers import SCALES
from .data.subjects import DEMONYMS, PERSON_TITLES
from .numbers import midpoint, scaled
from .parse import verb_forms
from .patterns import (
    MEASURE_WORDS,
    NO_NOUN,
    QUALIFIER_BEFORE,
    RANGE_JOIN,
)
from .readings import (
    EQUIVALENT,
    Figure,
    assemble,
    cents_after,
    counted_noun,
    equivalent_of,
    is_level_after_change,
    qualifier_after,
    qualifier_before,
    second_part,
    to_quantity,
)
from .schema import Quantity
from .units import Unit, lookup, to_base


def find_quantities(text: str) -> list[Quantity]:
    """Every figure in `text`, in order.  Never raises on a string.

    >>> [(q.surface, q.value, q.currency) for q in find_quantities("Britain pledged a £2.26bn loan")]
    [('£2.26bn', 2260000000.0, 'GBP')]
    """
    if not isinstance(text, str) or not text:
        return []
    return _rupees_of_the_country(text, _thousands_listed(
        text, _Scan(text, figure_candidates(text)).run()))


def _thousands_listed(text: str, found: list[Quantity]) -> list[Quantity]:
    """Bare numbers listed before a count in thousands written with ",000" that they lead up
    to, the thousands written once, at the end: "drew 20, 25, 30,000 visitors" -> 20,000,
    25,000 and 30,000; each below the next and over a tenth of the last's thousands, as a
    range's first end is (not "sold 2, 3, 40,000"), and of three or more (two are a range:
    "40 and 50,000")."""
    out = list(found)
    for k, q in enumerate(out):
        if not _THOUSANDS.fullmatch(q.surface) or q.unit != "count":
            continue
        lead = q.value / 1000
        j = k
        while j > 0 and _LISTED.fullmatch(text, out[j - 1].end, out[j].start) \
                and _BARE_SMALL.fullmatch(out[j - 1].surface) and out[j - 1].unit == "count" \
                and lead / 10 < out[j - 1].value < (lead if j == k else out[j].value):
            j -= 1
        if k - j < 2:
            continue  # (two alone, "40 and 50,000", are a range, read as such)
        for i in range(j, k):
            p = out[i]
            out[i] = replace(p, value=p.value * 1000, low=p.low * 1000, high=p.high * 1000)
    return out


_THOUSANDS = re.compile(r"\d{1,3},000")
_BARE_SMALL = re.compile(r"\d{1,3}")
# what joins the numbers of a list: ", ", ", or ", " or "
_LISTED = re.compile(r",[ \u00a0]+(?:(?:and|or)[ \u00a0]+)?|[ \u00a0]+(?:and|or)[ \u00a0]+")


def _rupees_of_the_country(text: str, found: list[Quantity]) -> list[Quantity]:
    """Bare rupees, which several countries' currencies are, are India's unless the text
    names one other country of the rupee and not India: then that one's ("Storm to cost Sri
    Lanka $2bn ... the lender has put aside 6bn rupees" -> LKR)."""
    bare = {q.start for q in found if q.currency == "INR" and "rupee" in q.surface.lower()
            and "indian" not in q.surface.lower()}
    if not bare:
        return found
    named = [code for code, names in _rupee_countries().items()
             if any(re.search(rf"\b{re.escape(n)}\b", text) for n in names)]
    if len(named) != 1 or named[0] == "INR":
        return found
    code = named[0]
    name = currencies.CURRENCIES[code]["name"]
    return [replace(q, currency=code, unit=q.unit.replace("indian rupee", name))
            if q.start in bare else q for q in found]


@lru_cache(maxsize=1)
def _rupee_countries() -> dict[str, tuple[str, str]]:
    """Each rupee's code, with its country's name and its people's adjective, from the
    currency's name ("sri lankan rupee" -> "Sri Lanka", "Sri Lankan")."""
    out = {}
    for code, c in currencies.CURRENCIES.items():
        if c["name"].endswith(" rupee"):
            adjective = c["name"].removesuffix(" rupee").title()
            out[code] = (DEMONYMS[adjective], adjective)
    return out


class _Scan:
    """One pass over the candidates, left to right, and what a figure passes to the next."""

    def __init__(self, text: str, candidates: list[Candidate]) -> None:
        self.text = text
        self.candidates = candidates
        self.out: list[Quantity] = []
        self.i = 0  # the next candidate to read
        self.covered = 0  # text up to here belongs to figures already made
        self.carried_change = ""  # "rose from 15 to 23": the second figure shares the first's change
        self.carried_measure: Figure | None = None  # and a bare second one the first's unit
        self.last: Figure | None = None  # the figure made before, to read a bare "294.3m" after "1m barrels"
        self.made: list[Figure] = []  # the figures made so far
        # where a level left starts that a level reached further back moves with, its change
        # and the level reached
        self.level_left: tuple[int, str, Figure] | None = None

    def run(self) -> list[Quantity]:
        while self.i < len(self.candidates):
            c = self.candidates[self.i]
            self.i += 1
            if c.start < self.covered:
                continue
            fig = assemble(self.text, c)
            if fig.kind == "overflow":
                self.covered = fig.end
                continue
            q = self._figure(fig)
            if q is not None:
                self.out.append(q)
                self.made.append(fig)
        return _ranges_restated(self.text, self.out)

    def _following(self, fig: Figure) -> Candidate | None:
        """The first candidate after `fig`."""
        return next((c for c in self.candidates[self.i:] if c.start >= fig.end), None)

    def _figure(self, fig: Figure) -> Quantity | None:
        text = self.text
        _millions_after_millions(text, fig, self.last)
        _level_like_last(text, fig, self.made)
        _restated_after(text, fig, self.made)
        if self.last is None or not EQUIVALENT.fullmatch(text[self.last.end:fig.start]):
            self.last = fig  # "$28.5m (£15.2m), a total of 204.3m": the restatement is not the lead
        fig.change, self.carried_change = self.carried_change, ""
        if self.level_left is not None and self.level_left[0] == fig.start:
            fig.change, self.carried_measure = self.level_left[1:]
            self.level_left = None
        if self.carried_measure is not None:
            _carry_measure(fig, self.carried_measure, scale=False)
            self.carried_measure = None
        nxt = self._following(fig)
        if cents_after(text, fig, nxt):
            nxt = self._following(fig)
        while second_part(text, fig, nxt):  # "two hours 18 minutes 15 seconds"
            nxt = self._following(fig)
        if nxt is not None and self._join(fig, nxt):
            return None  # "won 3-1": a score, not figures
        if nxt is not None and not self.carried_change:
            self._level_after_bracket(fig, nxt)
        if nxt is not None and not fig.change:
            self._counted_levels(fig, nxt)
        if nxt is not None and not fig.change:
            self._from_when_to(fig)
        if nxt is not None and not fig.change:
            self._to_then_from(fig, nxt)
        if nxt is not None and not fig.change:
            self._up_from(fig, nxt)
        if nxt is not None:
            _unit_written_once(text, fig, nxt)
            _currency_of_whole(text, fig, nxt)
            _share_out_of(text, fig, nxt)
        self.covered = fig.end
        return self._finish(fig)

    def _join(self, fig: Figure, candidate: Candidate) -> bool:
        """Join `fig` to the next figure as a range ("10-15 people"), or link the two levels of
        a change ("from 190 pounds to 176").  True when the two are a score instead."""
        text = self.text
        join = RANGE_JOIN.match(text[fig.end:fig.end + 6])
        if not join:
            return False
        nxt = assemble(text, candidate)
        joiner = join.group().strip().lower()
        adjacent = nxt.start == fig.end + join.end()
        if adjacent and joiner in ("-", "–", "—") and _is_score(text, fig, nxt):
            self.covered = nxt.end
            return True
        if joiner == "to" and _VOTE_AFTER.match(text, nxt.end):
            return False  # "ruled by an eight to one majority": the two sides of a vote
        lead = text[max(0, fig.start - 24):fig.start].lower()
        from_to = joiner == "to" and bool(_FROM.search(lead) or _FROM_MARK.search(lead))
        mark = _FROM_MARK if from_to and not _FROM.search(lead) else _FROM
        change = change_before(text, _from_start(text, fig.start, mark)) or (
            change_in_clause(text, fig.start) if from_to else "")  # "has raised its forecast
        # for the shares, from 410p to 450p": the verb further back
        if not change and self.out and OR_RESTATED.fullmatch(text, self.out[-1].end, fig.start):
            change = self.out[-1].change  # "up 6%, or 16.75p to 293.5p": the move restated
        if adjacent and _is_range(fig, nxt, joiner, lead, change):
            if from_to and _descends(fig, nxt):
                change = "down"  # "slow from 3.9 to 3.6 percent": a fall, not a range
            else:
                _thousands_written_once(text, fig, nxt)
                _merge_range(fig, nxt)
                after = self._following(fig)
                to = re.match(r"[ \u00a0]to[ \u00a0]", text[fig.end:fig.end + 4])
                if to and after is not None and after.start == fig.end + to.end() \
                        and _FROM.search(lead):
                    # "rose from 12-16 mpg to 22": a range is the first level of a change
                    fig.change = self.carried_change = change
                    _carry_measure(fig, assemble(text, after))
                    self.carried_measure = fig
                return False
        if from_to and not adjacent and re.fullmatch(r"between[ \u00a0]+", text[
                fig.end + join.end():nxt.start], re.IGNORECASE):
            fig.change = self.carried_change = change  # "from 95 million to between 200
            # and 250 million": a range reached, in the first's unit unless its end has one
            end = next((c for c in self.candidates[self.i:] if c.start > nxt.end), None)
            if end is None or not _measure(assemble(text, end)):
                self.carried_measure = fig
            return False
        gap = text[fig.end + join.end():nxt.start]
        if from_to and not adjacent and (_bound_only(gap) or _BOUND_WEIGHT.fullmatch(gap)):
            adjacent = True  # "from about 4.5% to about 25%": a bound on the level reached
        if adjacent and from_to:
            fig.change = self.carried_change = change
            _carry_measure(fig, self._read_on(nxt))
            self.carried_measure = fig  # "from 190 pounds to 176": the second is in pounds
        return False

    def _read_on(self, fig: Figure) -> Figure:
        """`fig` as it will be read, with the other end of a range it starts: "from 2.1 to
        3-3.5 billion euros" is in the billions of euros that "3.5 billion euros" is in."""
        join = re.match(r"[-–]", self.text[fig.end:fig.end + 1])
        after = self._following(fig) if join else None
        if after is None or after.start != fig.end + 1:
            return fig
        end = assemble(self.text, after)
        if not _is_range(fig, end, join.group(), "", ""):
            return fig
        whole = replace(fig)
        _merge_range(whole, end)
        return whole

    def _level_after_bracket(self, fig: Figure, candidate: Candidate) -> None:
        """"fell from 97p ($1.87) to 44p": the level after a first level restated in brackets
        shares the first level's change, as "fell from 97p to 44p" does."""
        text = self.text
        first = self.out[-1] if self.out else None
        to = _BRACKET_TO.match(text, fig.end)
        if first is None or not first.change or to is None or \
                assemble(text, candidate).start != to.end():
            return
        if EQUIVALENT.fullmatch(text[first.end:fig.start]) and \
                _FROM.search(text[max(0, first.start - 24):first.start]):
            self.carried_change = first.change

    def _counted_levels(self, fig: Figure, candidate: Candidate) -> None:
        """"cut its fleet from 90 planes to 53": two levels of a change with the counted
        noun between, both down, as "from 190 pounds to 176" are."""
        text = self.text
        m = _NOUN_TO.match(text, fig.end)
        if (m is None or candidate.start != m.end() or fig.unit or fig.currency or fig.unit_name
                or m.group(1).lower() in NO_NOUN
                or not _FROM.search(text[max(0, fig.start - 24):fig.start])):
            return
        fig.change = self.carried_change = change_before(text, _from_start(text, fig.start))

    def _from_when_to(self, fig: Figure) -> None:
        """"fall from 5% in 2004 to 4.25%": the two levels of a change with the first's
        time between them, both moving, as "from 5% to 4.25%" are, also past a bracket that
        restates the first ("slipped from £3bn ($5.7bn) in 2003 to £2.8bn")."""
        text = self.text
        bracket = _BRACKET_AFTER.match(text, fig.end)
        when = _WHEN_TO.match(text, bracket.end() if bracket else fig.end)
        if when is None or not _FROM_THE.search(text[max(0, fig.start - 24):fig.start]):
            return
        level = next((c for c in self.candidates[self.i:] if c.start >= when.end()), None)
        if level is None or not _bound_only(text[when.end():assemble(text, level).start]):
            return
        fig.change = change_before(text, _from_start(text, fig.start, _FROM_THE))
        if bracket:
            self.level_left = (assemble(text, level).start, fig.change, fig)  # the
            # bracket's figures restate `fig`; the level reached comes after them
        else:
            self.carried_change = fig.change
            self.carried_measure = fig

    def _to_then_from(self, fig: Figure, candidate: Candidate) -> None:
        """"climbed to 110.0 in January from 108.0", "rose to 81 days from 53": the two
        levels of a change written the other way round from "from 108.0 to 110.0", both
        moving, the second in the first's unit; not after a change figure ("rose 5% to £5
        from £4.76": £5 is the level that change reached)."""
        text = self.text
        start = _past_bound(text, fig.start)  # "dropped to just under £30bn in March, from"
        verb = _VERB_RIGHT_BEFORE.search(text, max(0, start - 30), start)
        if verb is None or verb.group(1).lower() not in MOVED_UP | MOVED_DOWN:
            verb = _VERB_TO.search(text, max(0, start - 50), start) or verb
        word = verb.group(1).lower() if verb else ""
        direction = ("up" if word in MOVED_UP else "down" if word in MOVED_DOWN else "")
        if not direction and verb and verb.group(2) in ("up", "down") and word in _MOVING:
            direction = verb.group(2)  # "edged up in January to 102.5, from 102.2"
        direction = direction or _moved_to(text, start)  # "a slight drop in annual
        # pre-tax profits to £170m from £194m", "raising the limit to 74% from 49%"
        bracket = _BRACKET_AFTER.match(text, fig.end)
        after = bracket.end() if bracket else fig.end
        noun = _NOUN_THEN.match(text, after)  # "fell to 2.4 million units from 2.6
        # million": the counted noun between; not "to 20 players from 12 countries"
        then = _THEN_FROM.match(text, noun.end() if noun else after)
        if noun and then and _other_noun_after(text, then.end(), noun.group(1)):
            then = None
        if bracket and then is not None:  # "to $300m (£230m; 270m euros) from $600m"
            candidate = next((c for c in self.candidates[self.i:] if c.start >= then.end()),
                             candidate)
        if not direction or then is None or assemble(text, candidate).start != then.end() \
                or is_level_after_change(text, fig, self.out[-1] if self.out else None):
            return
        fig.change = direction
        if bracket:
            self.level_left = (then.end(), direction, fig)  # the bracket's figures
            # restate `fig`; the level left comes after them
        else:
            self.carried_change = direction
            self.carried_measure = fig

    def _up_from(self, fig: Figure, candidate: Candidate) -> None:
        """"profit was $1bn, up from $246m", "earned $630m (£481.5m) in the quarter, down
        from $1bn": the level reached and the level it left, both moving (as in "rose from
        15 to 23"), with the figure the first restates in a bracket."""
        text = self.text
        then = _UP_FROM.match(text, fig.end)
        if then is None or change_before(text, fig.start) or change_after(text, fig.end):
            return  # "output grew 15.7%, down from 23%", "rents were 7% higher over the
            # year to the spring quarter, down from 9%": the size of a change, which slowed
        level = assemble(text, candidate)
        before = self.out[-1] if self.out else None
        if level.start == then.end() and level.currency and not fig.currency \
                and before is not None and before.currency and not before.change \
                and _WHEN_OPENS.fullmatch(text, before.end, fig.start):
            self.carried_change = then.group(1).lower()  # "a profit of $80.2m (£42m),
            # for the six months to 31 March, up from $61m": the sum before the
            # phrase of when moved, not its months
            self.out[-1] = replace(before, change=self.carried_change)
            self._moved_back(len(self.out) - 1, before.start, self.carried_change)
            return
        word = re.match(r"[ \u00a0]+([a-z]+)", text[level.end:level.end + 20])
        if level.start != then.end() or fig.currency and not level.currency and word \
                and word.group(1) not in _AFTER_LEVEL or level.currency and not fig.currency:
            return  # "worth £38.5m, up from 831 cases": another measure; "profits of $3.6bn
            # for the final three months - up from $2.9bn": the sum, not the months
        if self.out and _OF_WHOLE.fullmatch(text, self.out[-1].end, fig.start):
            return  # "one in 13 of the 48 million cards - down from one in eight": the share
        fig.change = self.carried_change = then.group(1).lower()
        self._moved_back(len(self.out), fig.start, fig.change)

    def _moved_back(self, n: int, start: int, change: str) -> None:
        """Give `change` to the figures among the first `n` found that restate one another
        up to `start`: "$5m (£2.7m; 4m euros), up from"."""
        text = self.text
        while n and not self.out[n - 1].change and _RESTATED.fullmatch(
                text, self.out[n - 1].end, start):
            n -= 1
            self.out[n] = replace(self.out[n], change=change)
            start = self.out[n].start

    def _share_back(self, fig: Figure, change: str) -> None:
        """"were 29% and 18% lower": a change read after the last figure of a list is the
        change of every figure of the list in the same unit that has none."""
        end, n = fig.start, len(self.out)
        while n and not self.out[n - 1].change and _JOINED.fullmatch(
                self.text, self.out[n - 1].end, end) and _same_unit(fig, self.out[n - 1]):
            if end == fig.start and not re.search(r"\b(?:and|or)\b", self.text[
                    self.out[n - 1].end:end]):
                return  # "stands at £36.3bn, £4.5bn higher": a level, then the difference
            n -= 1
            self.out[n] = replace(self.out[n], change=change)
            end = self.out[n].start

    def _finish(self, fig: Figure) -> Quantity | None:
        """Age, counted noun, qualifier and change, then the row."""
        text = self.text
        previous = self.out[-1] if self.out else None
        if _is_age(text, fig) or _aged(text, fig, previous):
            fig.unit = Unit("year of age", "age")
        if fig.unit is not None and fig.unit.name == "degree" and _heat_near(text, fig):
            fig.unit = Unit("degree", "temperature")  # "in 35 degrees heat": no angle
        if _sprint_time(text, fig):
            fig.unit = Unit("second", "time")  # "a season's best of 7.48" in the hurdles
        if fig.unit is not None and fig.unit.name in _BIT_UNITS \
                and fig.unit.dimension == "data storage" and _LINE_WORDS.search(
                    _around(text, fig, 60, 40)):
            fig.unit = Unit(f"{fig.unit.name} per second", "data transfer rate")  # "an eight
            # megabit broadband service": a line's speed, as broadband writes it
        counted_noun(text, fig)
        _one_or_few(text, fig)
        _parallel_measure(text, fig, self.made)
        qualifier_start = qualifier_before(text, fig)
        qualifier_after(text, fig)
        if fig.qualifier == "exact" and previous is not None and previous.qualifier != "exact" \
                and _ALTERNATIVE_ONLY.fullmatch(text, previous.end, fig.start) \
                and _measure(self.made[-1]) == _measure(fig):
            fig.qualifier = previous.qualifier  # "around 1Mbps or 2Mbps", "up to 40 or 50"
        if fig.kind == "vague" and fig.qualifier == "exact":
            fig.qualifier = "at_least"
        if text[max(0, fig.start - 4):fig.start].lower() == "sub-" and fig.qualifier == "exact":
            fig.qualifier = "less_than"  # "sub-5 nanometre chips"
        same = equivalent_of(text, fig, previous)
        if same is not None:
            _restates(fig, same)
        if not fig.change and not is_level_after_change(text, fig, previous):
            # a change noun after the figure outweighs a verb further back: "a decline from
            # the 0.2% growth"
            before = "" if same is not None else change_before(text, qualifier_start,
                                                               far=False)
            # (a restatement's change is its first figure's: not the "higher" of "priced
            # higher than $499 (£264)", the bound the two share)
            bare = not (fig.unit or fig.currency or fig.unit_name or fig.kind == "fraction")
            after = "" if before or same is not None else change_after(
                text, fig.end, bare=bare, sum_=bool(fig.currency) and fig.factor >= 1e6) or (
                    "" if bare else change_in_compound(text, qualifier_start, fig.end))
            if after:
                self._share_back(fig, after)
            fig.change = (before or after
                          or (same.change if same is not None else "")
                          or change_in_clause(text, qualifier_start)
                          or _conjoined_change(text, fig, previous)
                          or _compared_change(text, fig, self.out)
                          or _moved_to(text, qualifier_start, _timed(fig))
                          or _pushed_past(text, fig)
                          or _tally_taken(text, fig, qualifier_start)
                          or taken_off(text, qualifier_start, fig.end)
                          or (posts_moved(text, qualifier_start, fig.end) if bare else "")
                          or ("" if _timed(fig)  # not "a
                              else left_from(text, qualifier_start, bool(fig.noun))))
            # rise over the prior 12 months": a span compared with
            if fig.change and _no_move(text, fig, qualifier_start):
                fig.change = ""
        if fig.kind == "words" and fig.value == 1 and not (fig.unit or fig.currency or fig.unit_name or fig.noun):
            return None  # "one" standing alone is a pronoun, not a figure
        return to_quantity(text, fig)


def _one_or_few(text: str, fig: Figure) -> None:
    """"within a year or two", "in a week or three": a range from one unit, which "a"
    counts, to the number after "or", in that unit, `fig` widened to start at the "a"."""
    before = _ONE_UNIT_OR.search(text, max(0, fig.start - 24), fig.start)
    rate = fig.unit_name.startswith("count per ")  # "an hour or two a day"
    if before is None or fig.kind != "words" or fig.unit or fig.currency \
            or fig.unit_name and not rate or not 1 < fig.value <= 4:
        return
    found = lookup(" " + before.group(2), glued=False)
    if found is None or found[1] != len(before.group(2)) + 1:
        return
    if rate:  # (a time a day is a time, as "two hours a week" is)
        fig.unit_name, fig.dimension = found[0].name + fig.unit_name[len("count"):], ""
    fig.unit, fig.start = found[0], before.start(1)
    fig.low, fig.high = 1.0, fig.value
    fig.value = midpoint(1.0, fig.value)


# "a year or ", "an hour or ": one unit, then the other end of a range after "or"
_ONE_UNIT_OR = re.compile(r"\b(an?)[ \u00a0]+([a-z]+)[ \u00a0]+or[ \u00a0]+$")


def _no_move(text: str, fig: Figure, qualifier_start: int) -> bool:
    """Whether the change read for a figure is no move of it, for what follows it."""
    if _SIZE_OF.match(text, fig.end):
        return True  # "Reds sink 10-man Magpies", "lost a three-set thriller", "would not
        # increase the 400,000-strong herd": the size of what the verb moves or beats
    if fig.value < 100 and _TALLY.match(text, fig.end) \
            and not _TO_LEVEL.search(text, max(0, qualifier_start - 4), qualifier_start):
        return True  # "had lost eight of their 15 matches": a tally of games lost, not a
        # fall; "lost 40 of its 400 seats" still falls, as does "up from 50,000 sets", too
        # many to be games, and a tally a verb takes "to" ("raised his tally to 24 goals")
    if fig.change == "up" and _SHARE_OF_VOTE.match(text, fig.end) \
            and _GAINED.search(text, max(0, fig.start - 24), fig.start):
        return True  # "having gained only 6% of the public vote": a share won
    return bool(fig.unit and fig.unit.dimension == "length" and (
        _LEAP_FROM.match(text, fig.end)  # "jumped 30ft (10m) from a window": a leap's length
        or _LEAP_OF.search(text, max(0, qualifier_start - 20), qualifier_start)))
    # "her best jump of 6.71m": the length of the jump, no move


# where a length a verb of moving covers goes from or to, a place: "jumped 30ft (10m) from a
# first floor window", "fell 20ft into the sea"; not a level's "rose 3ft over the weekend"
_LEAP_FROM = re.compile(r"(?:[ \u00a0]*\([^)]{1,30}\))?[ \u00a0]+(?:from|off|out[ \u00a0]+of|into"
                        r"|onto)[ \u00a0]+(?:" + "|".join(sorted(phrases.DETERMINERS)) + r")\b"
                        r"(?![ \u00a0]+(?:\d|level|peak|high|low|record|previous|same"
                        r"|average))", re.IGNORECASE)
# (not a level left: "rose 2mm from the 1990 level")
_LEAP_OF = re.compile(r"\b(?:jump|leap)[ \u00a0]+of[ \u00a0]+$", re.IGNORECASE)


def _past_bound(text: str, start: int) -> int:
    """Where the bound on a level reached starts, when one stands between it and its "to"
    ("to just under £30bn"); else `start`."""
    gap = _GAP_AFTER_TO.search(text, max(0, start - 40), start)
    return gap.start(1) if gap and _bound_only(gap.group(1)) else start


def _other_noun_after(text: str, start: int, noun: str) -> bool:
    """Whether the figure at `start`, a level left, counts another noun than `noun`, the
    level reached's ("to 20 players from 12 countries")."""
    level = _LEVEL_NOUN.match(text, start)
    return bool(level) and level.group(1) not in _AFTER_LEVEL | {noun, noun.rstrip("s")}


def _bound_only(gap: str) -> bool:
    """Whether `gap`, between "to" and a level, is empty or only a bound on the level ("a
    little below ")."""
    bound = QUALIFIER_BEFORE.search(gap) if gap else None
    return not gap or bound is not None and _BOUND_WEIGHT.fullmatch(gap, 0, bound.start(1)) \
        is not None


def _moved_to(text: str, start: int, timed: bool = False) -> str:
    """"Unemployment fell to 5%": a level a verb of change reached, with no change figure of
    its own, moves that way (`_moved_to_level`), also past an "again" or a "once more"
    before the "to": "fell again to 95", "before picking up again to 3.5%" (a level
    regained)."""
    again = _AGAIN_TO.search(text, max(0, start - 12), start)
    if again is None:
        return _moved_to_level(text, start, timed)
    picked = _PARTICLE_UP.search(text, max(0, again.start() - 20), again.start())
    if picked is not None and picked.group(1).lower() in verb_forms("pick"):
        return "up"
    return _moved_to_level(text[:again.start()] + " to " + text[again.end():],
                           again.start() + len(" to "), timed)  # (as if "again" were not
    # written)


def _moved_to_level(text: str, start: int, timed: bool = False) -> str:
    """"Unemployment fell to 5%": a level a verb of change reached, with no change figure of
    its own, moves that way (as "went up to 5.5%" and "rose to 23 from 15" do), also past
    a word that only weighs it ("plummeted to just 1.6bn euros"); not a span a record
    reached spans ("raised output to 12-year highs")."""
    if timed and _SPAN_OF_RECORD.match(text, start):
        return ""
    weigh = _WEIGHING.search(text, max(0, start - 35), start) or (
        None if timed else _WEIGHING_WORD.search(text, max(0, start - 25), start)) or (
        _THE.search(text, max(0, start - 5), start) if _FIGURE_MARK.match(text, start) else None)
    start = weigh.start() if weigh else start  # (also "to the £1.5bn mark")
    low = weigh is not None and " low " in weigh.group().lower()  # "to a record low of"
    verb = _VERB_RIGHT_BEFORE.search(text, max(0, start - 30), start)
    word = verb.group(1).lower() if verb else ""
    if word in ("up", "down") and not timed and _BROUGHT[word].search(
            text, max(0, verb.start(1) - 60), verb.start(1)):
        return word  # "helped to bring the debt down to €30bn", "puts the average
        # cost of a ticket up to £48": a verb, its object
    if word == "down" and _GONE_DOWN.search(text, max(0, verb.start(1) - 30), verb.start(1)):
        return "down"  # "the limit would go down to 20 weeks": a level reached
    if word == "down" and _LEVEL_COME.search(text, max(0, verb.start(1) - 80), verb.start(1)):
        return "down"  # "the price of printers has come down to £34"; not "came down to
        # two tie-breaks"
    if word in ("up", "down"):
        return ""  # "a rebate of up to a maximum of £500", "came down to two tie-breaks"
    if word == "back" and previous_word(text, verb.start(1)).lower() in _CUT_BACK:
        return "down"  # "forecasts were scaled back to 4.0%"
    if word == "back" and previous_word(text, verb.start(1)).lower() in _regained()[0] \
            or word.startswith("recover") and word in _regained()[1]:
        return "up"  # "before bouncing back to $1.36", "the index recovered to 4,800": a
        # level regained (not "recovered £2m of the cash", which is no level reached)
    if word in phrases.CHANGE_UP or word in phrases.CHANGE_DOWN:
        return "up" if word in phrases.CHANGE_UP else "down"
    if word in MULTIPLYING and (moved := multiplied(word, previous_word(
            text, verb.start(1)).lower())):
        return moved  # "exports could more than double to $40bn"
    if word in phrases.CHANGE_VERBS_UP | phrases.CHANGE_VERBS_DOWN:
        # "the offer will be raised to £1.5bn": a verb of change that raises a sum (not
        # "raised $1bn") with nothing between it and "to" moves what it says
        return "up" if word in phrases.CHANGE_VERBS_UP else "down"
    when = _VERB_TO.search(text, max(0, start - 60), start)  # "fell for the fourth month
    # running to 51,000"
    word = when.group(1).lower() if when and when.group(2) is None else ""
    if word in phrases.CHANGE_UP or word in phrases.CHANGE_DOWN:
        return "up" if word in phrases.CHANGE_UP else "down"
    if word in MULTIPLYING and (moved := multiplied(word, previous_word(
            text, when.start(1)).lower())):
        return moved  # "is set to double by 2012 to 40 million homes"
    moved = _OBJECT_TO.search(text, max(0, start - 80), start)
    return "" if moved is None else _object_moved(text, moved, low, timed)


def _object_moved(text: str, moved: re.Match, low: bool, timed: bool) -> str:
    """The way a verb of change, its object and "to" (`moved`, `_OBJECT_TO`) move the level
    after them: "raising the limit to £90,000", "a sharp rise in annual pre-tax profits
    to £2bn", "pushed the trade gap to a record £9bn" ("down" or a record `low` turns it
    about); "" where they move nothing ("the lifts translates to 38mph")."""
    words = moved.group(1).lower().split()
    lead = re.findall(r"[a-z]+", text[max(0, moved.start(1) - 8):moved.start(1)].lower())[-1:]
    # (the word before the object's words, which may be the modal of a verb "up")
    for k in range(len(words) - 2, -1, -1):
        word = words[k]
        if word.endswith("s") and k and words[k - 1] in phrases.DETERMINERS:
            continue
        before = words[k - 1] if k else "".join(lead)
        if word in phrases.CHANGE_VERBS_UP or word == "up" and before in _MODALS:
            return "up"  # "may up its bid to": "up" as a verb, after a modal or "to"
        if not timed and _moves_level(words, k):
            # "took the death toll to 300"; not "sent 300 troops to five cities", nor "to
            # six-month highs"
            return "down" if "down" in words[k:] or low else "up"
        if word in phrases.CHANGE_VERBS_DOWN:
            return "down"
        if word in MULTIPLYING and (way := multiplied(word, before)):
            return way  # "hopes to nearly double output to 90,000 vans"
        if words[k + 1] == "in" and word in phrases.CHANGE_NOUNS_OF_UP:
            return "up"
        if words[k + 1] == "in" and word in phrases.CHANGE_NOUNS_OF_DOWN:
            return "down"
    return ""


def _pushed_past(text: str, fig: Figure) -> str:
    """"has pushed heating oil prices above $60 a barrel", "took the medal tally past 40",
    "drove the shares below 180p": a verb that moves its object as `_object_moved` reads
    one, the object, and a word of passing right before the level moves it that way; not
    a verb of change's bound ("will not increase its stake beyond 29%"), nor a time."""
    if _timed(fig):
        return ""
    moved = _OBJECT_PAST.search(text, max(0, fig.start - 80), fig.start)
    if moved is None:
        return ""
    words = moved.group(1).lower().split()
    if any(_moves_level(words, k) for k in range(len(words) - 1)):
        return "down" if moved.group(2).lower() in ("below", "under") else "up"
    return ""


def _timed(fig: Figure) -> bool:
    """Whether a figure is a span of time ("three years"), which no verb moves to a level."""
    return fig.unit is not None and fig.unit.dimension == "time"


def _tally_taken(text: str, fig: Figure, start: int) -> str:
    """"The new flats take the total number of homes built on the old docks from the council
    to nearly 4,200", "are set to take the overall total of branches to shut this year to
    61": a verb that takes a total, a tally or a toll to a level moves it up, also past an
    object too long, or with a "from" or a "to" of its own, for `_object_moved` to read;
    not a time ("took the total of 20 years to reach")."""
    if _timed(fig):
        return ""
    taken = _TALLY_TO.search(text, max(0, start - 160), start)
    return "up" if taken and taken.group(1).lower() in phrases.MOVE_UP_VERBS else ""


def _moves_level(words: list[str], k: int) -> bool:
    """Whether words[k] is a verb that moves its object, the words after it, to a level: one
    of pushing ("pushed prices"), or of taking or bringing a tally, a price or a level
    ("took the death toll"); not "sent 300 troops"."""
    return words[k] in _PUSHING or words[k] in phrases.MOVE_UP_VERBS \
        and bool(_TALLIES & set(words[k:]))


# a word that may stand in a verb's object: none that ends it or opens a clause
_IN_OBJECT = (r"\b(?!(?:to|from|by|and|but|or|while|which|who|that|then|as|is|are|was|were|be"
              r"|been|being|has|have|had|will|would|could|can)\b)")
# a verb and its object, up to eight words, then a word of passing a level: "pushed prices
# above", "took his tally past"
_OBJECT_PAST = re.compile(r"((?:" + _IN_OBJECT + r"[A-Za-z'’-]+[ \u00a0]+){2,8})"
                          r"(above|past|beyond|over|through|below|under)[ \u00a0]+$",
                          re.IGNORECASE)


# a verb, a total, a tally or a toll it takes, up to 100 characters of its object with no
# figure nor end of a clause, then "to": "take the overall total of branches to shut this
# year to"
_TALLY_TO = re.compile(r"\b([A-Za-z]+)[ \u00a0]+(?:the|its|his|her|their|our)[ \u00a0]+"
                       r"(?:[A-Za-z-]+[ \u00a0]+){0,2}?(?:total|tally|toll)\b"
                       r"[^.;:!?\d\"“”()]{0,100}?[ \u00a0]to[ \u00a0]+$", re.IGNORECASE)


# verbs that move their object up to a level, whatever it is; the others of
# phrases.MOVE_UP_VERBS ("take", "bring", "send") only a tally
_PUSHING = {f"{stem}{end}" for stem in ("push", "ramp") for end in ("", "es", "s", "ed", "ing")} \
    | {"drive", "drives", "drove", "driven", "driving"}
_TALLIES = {"total", "tally", "toll", "number", "count", "level", "figure", "sum", "deficit",
            "debt", "rate", "price", "prices", "cost", "costs", "bill", "overall", "record",
            "stake", "run", "haul", "lead"}


# a verb that puts or pushes its object at a level "up to" or "down to", and the object:
# "bring debt down to", "get the weight of the frame down to under 9kg"; not "came down to"
# (no object)
_BROUGHT = {way: re.compile(r"\b(?:" + "|".join(sorted(verbs | phrases.PUTTING_VERBS))
                            + r")[ \u00a0]+"
                            r"(?:(?!to\b|up\b|down\b)[\w'’-]+[ \u00a0]+){1,8}"
                            r"(?<!\bof[ \u00a0])(?<!\bworth[ \u00a0])(?<!\bfor[ \u00a0])$",
                            re.IGNORECASE)
            for way, verbs in (("up", phrases.MOVE_UP_VERBS), ("down", phrases.MOVE_DOWN_VERBS))}
# a verb of going right before "down to": "go down to", "has gone down to"
_GONE_DOWN = re.compile(r"\b(?:" + "|".join(sorted(GO_FORMS)) + r")[ \u00a0]+$", re.IGNORECASE)
# a level that comes down: "the cost of a call has come down to"
_LEVEL_COME = re.compile(r"\b(?:" + "|".join(sorted(_TALLIES)) + r")\b"
                         r"(?:[ \u00a0]+[\w'’-]+){0,7}?[ \u00a0]+(?:come|comes|came|coming)"
                         r"[ \u00a0]+$", re.IGNORECASE)
# words between "to" and a level that only weigh it: "to just 1.6bn", "to a mere £3m", "to
# little more than $200bn"
_WEIGHING = re.compile(r"(?<=to[ \u00a0])(?:just|only|little|a[ \u00a0]+mere"
                       r"|a[ \u00a0]+record|between"
                       r"|an[ \u00a0]+average[ \u00a0]+of"
                       r"|a[ \u00a0]+(?:(?:record|new|[\w]+-[a-z]+)[ \u00a0]+)?(?:high|low|peak)"
                       r"[ \u00a0]+of"  # "to a seventy-year high of"
                       r"|a[ \u00a0]+(?:new[ \u00a0]+)?record[ \u00a0]+of)"  # "to a new record of"
                       r"[ \u00a0]+$", re.IGNORECASE)
# a span of time a record spans, at a figure's start: "12-year highs", "a near 30 year low"
_SPAN_OF_RECORD = re.compile(r"(?:[\w.,]+[ \u00a0]+){0,2}?[\w.,]+(?:[ \u00a0]+|-)"
                             r"(?:year|month|week|day)s?[ \u00a0-]+(?:high|low|peak)s?\b",
                             re.IGNORECASE)
# a word that only weighs a level after "to a" or "to an": "to an astonishing 90%", "to a
# massive 3,420 images" (not a span: "to a near 10-year low")
_WEIGHING_WORD = re.compile(r"(?<=to[ \u00a0])an?[ \u00a0]+[a-z]+(?:-[a-z]+)?[ \u00a0]+$")
# "the" between "to" and a figure that stands as a mark: "to the £1.5bn mark"
_THE = re.compile(r"(?<=to[ \u00a0])the[ \u00a0]+$", re.IGNORECASE)
_FIGURE_MARK = re.compile(r"[^ \u00a0]+[ \u00a0]+(?:mark|level|barrier|threshold)\b")
# the words that make a bare "up" a verb after them: "may up its bid", "to up the ante"
_MODALS = {"may", "might", "must", "should", "shall", "to", "will", "would", "could", "can"}
# the "to" right before a level reached
_TO_LEVEL = re.compile(r"\bto[ \u00a0]+$", re.IGNORECASE)
# a figure hyphened to a word that makes it the size of the noun after it: "10-man",
# "500,000-strong", "three-set"
_SIZE_OF = re.compile(r"-(?:man|men|strong|set|member|piece|seat|nation|team|player|horse)"
                      r"[ \u00a0]+[A-Za-z]", re.IGNORECASE)
# a part of a run of games or contests after a figure: "nine of their 14 matches"
# or games themselves, counted: "have lost three Six Nations games in a row"
# (also one game, "if you lose one game", and scores kicked: "added three conversions")
_GAMES = (r"(?:match(?:es)?|games?|fixtures?|races?|bouts?|fights?|ties|finals|tournaments?|"
          r"starts|outings|meetings|contests?|frames?|sets|rounds|conversions?|penalt(?:y|ies)|"
          r"tries|try|goals?|wickets?)\b")
# a share of the votes cast that a verb of gaining wins, no move: "gained 5% of the vote"
_SHARE_OF_VOTE = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?(?:[\w-]+[ \u00a0]+){0,2}"
                            r"(?:votes?|ballots?)\b", re.IGNORECASE)
_GAINED = re.compile(r"\bgain(?:s|ed|ing)?[ \u00a0]+(?:[a-z]+[ \u00a0]+)?$", re.IGNORECASE)
_TALLY = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:(?:the|their|its|his|her|our|my|your|last|"
                    r"first|previous|past)[ \u00a0]+){0,2}[\w,]+[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}"
                    + _GAMES + r"|[ \u00a0]+(?:(?!(?:in|on|at|of|for|to|by|from)\b)"
                    r"[\w-]+[ \u00a0]+){0,2}" + _GAMES, re.IGNORECASE)


# nothing but "or" between two figures: the second is the first's alternative
_ALTERNATIVE_ONLY = re.compile(r"[ \u00a0]+or[ \u00a0]+")  # not ", or £10m if it is delayed"


# verbs of moving that a particle gives a direction: "edged up", "crept down"
_MOVING = {"edged", "edge", "edges", "crept", "creep", "creeps", "moved", "move", "moves",
           "ticked", "tick", "ticks", "inched", "inch", "inches", "went", "go", "goes", "came",
           "come", "comes", "nudged", "nudge", "nudges", "revised", "pushed", "pulled"}
# a year standing whole in a phrase of when: "in 2004"
_YEAR = r"(?<!\d)(?:19|20)\d\d(?!\d)"
# verbs whose "back" cuts what they move: "scaled back to", "pared back to"
_CUT_BACK = {"scale", "scales", "scaled", "scaling", "pare", "pares", "pared", "paring",
             "cut", "cuts", "cutting", "rein", "reins", "reined", "reining"}
# verbs that come back up to a level before "back to" ("bounced back to $1.36")
_COMING_BACK = ("bounce", "claw", "spring", "fight", "battle")


@lru_cache(maxsize=1)
def _regained() -> tuple[frozenset[str], frozenset[str]]:
    """Every form of the verbs of `_COMING_BACK`, and of "recover", whose "to" ("recovered
    to 4,800 points") reaches a level regained (lemminflect's forms, as
    `readings._closing_in` takes them)."""
    return (frozenset(f for lemma in _COMING_BACK for f in verb_forms(lemma)),
            frozenset(verb_forms("recover")))


# "again" or "once more" between a verb of change and "to": "picking up again to 3.5%"
_AGAIN_TO = re.compile(r"[ \u00a0]+(?:again|once[ \u00a0]+more)[ \u00a0]+to[ \u00a0]+$",
                       re.IGNORECASE)
# a verb and "up" before it ("picking up"), whose verb `_moved_to` asks lemminflect's forms of
_PARTICLE_UP = re.compile(r"\b([A-Za-z]+)[ \u00a0]+up$")
# a verb of change and "to" before a level: "climbed to"; failing that, past its particle
# and a phrase of when ("edged up in January to 102.5", "halved in 2004 to")
_VERB_RIGHT_BEFORE = re.compile(r"\b([A-Za-z]+)[ \u00a0]+to[ \u00a0]+$")
# how often or when, between a verb's object and the level it moved it "to": "raised
# interest rates three times last year to 4.5%"
_HOW_OFTEN = (r"(?:(?:(?:[a-z]+|\d+)[ \u00a0]+times|(?:last|this|next)[ \u00a0]+[a-z]+"
              r"|in[ \u00a0]+(?:19|20)\d\d)[ \u00a0]+){0,2}")
# up to five words with no figure nor preposition of change among them, then "to": a verb
# of change and its object may be among them ("raising the threshold to"), past how often
_OBJECT_TO = re.compile(r"((?:" + _IN_OBJECT + r"(?:[A-Za-z'’-]+|(?:19|20)\d\d(?:[-/]\d{1,2})?"
                        r"|\d{1,2}(?=[ \u00a0]+(?:day|week|month|year|quarter)[ \u00a0]))"
                        r"[ \u00a0]+){2,12})"
                        + _HOW_OFTEN + r"to[ \u00a0]+$",  # "increase the 2005-6 budget to",
                        # "pushed the 11 month trade gap to"
                        re.IGNORECASE)
_VERB_TO = re.compile(r"\b([A-Za-z]+)(?:[ \u00a0]+(up|down|back))?(?:[ \u00a0]+(?:in|on|during|"
                      r"over|last|this|for|by)[ \u00a0](?:[^,.;\d]|" + _YEAR + r"){1,30}?)?"
                      r",?[ \u00a0]+to[ \u00a0]+$")
# ", up from $246m", "now shop online, up from 7%", "a 36% share - down from 39%": the level
# a figure moved from
# the names of the months, the longest first ("September" before "Sep")
_MONTH_NAMES = "|".join(sorted(phrases.MONTHS, key=len, reverse=True))
# a phrase of when between a level and ", up from": words, a year ("in 2005-6") or a day
# after or before its month ("ending September 30", "to 31 March"), no other figure
_WHEN_WORDS = (r"(?:[^,.;:()\d\"“”$£€%]|(?<!\d)(?:19|20)\d\d(?:[-/]\d{1,2})?(?!\d)"
               r"|(?<=[A-Z][a-z]{2})[ \u00a0]\d{1,2}(?!\d)"
               r"|(?<![\d,.])\d{1,2}(?=[ \u00a0]+(?i:" + _MONTH_NAMES + r")\b))")
# a time that owns a level: "October's", "last year's", "2003's"
_TIMES_OWN = (r"(?:(?:last|this|the[ \u00a0]+previous)[ \u00a0]+)?(?:year|month|week|quarter|"
              r"season|" + "|".join(sorted(phrases.WEEKDAYS)) + "|" + _MONTH_NAMES
              + r"|(?:19|20)\d\d)['’]s[ \u00a0]+")
# a level left, as restated or first given: "dropped to 49.2 from a revised 50.6", "up from an
# upwardly revised $900m", "from the previous 4%"
_RESTATED_LEVEL = (r"(?:(?:an?|the|its|their|his|her)[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?"
                   r"(?:revised|restated|adjusted"
                   r"|corrected|previous|record|provisional|initial|earlier|prior|downgraded"
                   r"|upgraded)[ \u00a0]+(?:(?:estimate|forecast|projection|figure|reading)"
                   r"[ \u00a0]+of[ \u00a0]+)?)")  # "from an earlier forecast of 5%"
_UP_FROM = re.compile(r"[)\]]?(?:,?[ \u00a0]" + _WHEN_WORDS + r"{1,70}?)?"
                      r"(?:(?:,|[ \u00a0]+[-–—])|,?[ \u00a0]+(?:but|though|although|which)"
                      r"(?:[ \u00a0]+(?:this|that|it))?[ \u00a0]+(?:is|was))"  # (", but this
                      # is down from")
                      r"[ \u00a0]+(up|down)[ \u00a0]+from[ \u00a0]+(?:" + _RESTATED_LEVEL
                      + r"|(?:(?:the|an?|its|their)[ \u00a0]+)?(?:[a-z-]+[ \u00a0]+)?(?:peak|high"
                      r"|low|level|total|profits?|loss(?:es)?|sales|revenues?|income|turnover"
                      r"|earnings)"  # (the measure's own noun: "down from a profit of $133m")
                      r"[ \u00a0]+of[ \u00a0]+(?:(?:almost|nearly|about|around"
                      r"|roughly|some|just|over|under|more[ \u00a0]+than|less[ \u00a0]+than)"
                      r"[ \u00a0]+){0,2}"  # "down from a high of nearly 85%"
                      r"|(?:the|an?)[ \u00a0]+|"
                      + _TIMES_OWN + r")?", re.IGNORECASE)


def leaves_level(text: str, end: int, start: int) -> bool:
    """Whether the figure at `start` is the level the one ending at `end` moved from:
    "700,000 people were on the drugs - up from 440,000"."""
    then = _UP_FROM.match(text, end)
    return then is not None and then.end() == start


# between a sum and the phrase of when whose span of time is the next figure: "), for the ",
# " for the final "
_WHEN_OPENS = re.compile(r"[)\]]?,?[ \u00a0]+(?:for|in|over|during)[ \u00a0]+the[ \u00a0]+"
                         r"(?:(?:first|last|final|past|latest|previous)[ \u00a0]+)?")
# between a share and its whole: "one in 13 of the 48 million"
_OF_WHOLE = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?")
# what follows a level a figure moved from, where that is no counted noun of its own
_AFTER_LEVEL = {"in", "a", "an", "the", "at", "on", "during", "for", "last", "this", "over",
                "per", "and", "or", "by", "to", "with", "earlier", "previously", "before"}
# between a figure and its restatement in a bracket: "$630m (£481.5m", "77m euros (£53m; "
_RESTATED = re.compile(r"[ \u00a0]*[(\[;/][ \u00a0]*")
# the time of a level before "to" and the level reached: "from 5% in 2004 to 4.25%"
_WHEN_TO = re.compile(r"(?:[ \u00a0]+[a-z]+)?"  # "from 40,000 units in 2020 to 65,000"
                      r"[ \u00a0]+(?:(?:in|at[ \u00a0]+the[ \u00a0]+end[ \u00a0]+of|during|on"
                      r"|before|after)"  # "from 3% before the 1990s, to 40% after 2010"
                      r"[ \u00a0]+(?:[A-Za-z]+[ \u00a0]+){0,2}(?:(?:19|20)\d\d(?:['’]?s)?"
                      r"|[A-Z][a-z]+)"
                      r"|(?:this|last)[ \u00a0]+(?:year|month|week|quarter|season)"
                      r"|today|now|currently|at[ \u00a0]+present)"  # "from 4.5% today to"
                      r",?[ \u00a0]+to[ \u00a0]+")
# what may weigh a bound on a level reached: "to a little below 2.5%"
_BOUND_WEIGHT = re.compile(r"(?:(?:a[ \u00a0]+little|just|slightly|well)[ \u00a0]+)?")
# a bracket after a level reached, which restates it or says what it holds: "to $300m (£230m;
# 270m euros) from $600m"
_BRACKET_AFTER = re.compile(r"[ \u00a0]*[(\[][^()\[\]]{1,60}[)\]]")
# the word after a level and its scale word: "2.6 million units"
_LEVEL_NOUN = re.compile(r"[^\s]+(?:[ \u00a0]+(?:" + "|".join(sorted(SCALES, key=len, reverse=True))
                         + r"))?[ \u00a0]+([a-z]+)")
# what stands between "to" and a level reached: "to just over "
_GAP_AFTER_TO = re.compile(r"\bto[ \u00a0]+((?:[a-z]+[ \u00a0]+){1,3})$")
# a counted noun after a level reached, before the level it left: "2.4 million units"
_NOUN_THEN = re.compile(r"[ \u00a0]+([a-z]{3,})(?=[ \u00a0]+from[ \u00a0])")
# what leads from a level to the level it started at: "in January from", ", from"
_THEN_FROM = re.compile(r"(?:[ \u00a0]+(?:in|on|at|by|during|over|for|this|last|next|per)[ \u00a0]"
                        r"(?:[^,.;()\d]|" + _YEAR + r"){1,25}?)?,?"
                        r"[ \u00a0]+from[ \u00a0]+(?:" + _TIMES_OWN
                        + "|" + _RESTATED_LEVEL + ")?")

# "by 3% and 1.2%", "4.3% in 2005 and 4.2% in 2006", "5% in London and 3% in Paris",
# "2% in Spain next year and 1.8% in Italy", "to 6.1% from 6.5% this year and 5.9%",
# "3%, 2% and", "18% at Gap and 22.5% at Next", "by 0.6% on the month and by 11.2%",
# "0.2% between April and June and 1.1%"
_JOINED = re.compile(r"(?:[ \u00a0]+(?:in|at)[ \u00a0]+(?:(?:19|20)\d\d|(?:the[ \u00a0]+)?"
                     r"[A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+)?)"
                     r"(?:[ \u00a0]+(?:next|last|this)[ \u00a0]+(?:year|month|week|quarter))?"
                     r"|[ \u00a0]+at[ \u00a0]+(?:[a-z][a-z'’-]*[ \u00a0]+){1,5}"  # "at clothing
                     r"[A-Z][\w&'’-]*(?:[ \u00a0][A-Z][\w&'’-]*){0,2}"  # retailer Zeta Stores"
                     r"|[ \u00a0]+(?:over|during)[ \u00a0]+[^,;.]{1,40}"
                     r"|[ \u00a0]+between[ \u00a0]+(?:the[ \u00a0]+)?\w+[ \u00a0]+and[ \u00a0]+\w+"
                     r"|[ \u00a0]+on[ \u00a0]+[^,;.\d]{1,40}"
                     r"|[ \u00a0]+for[ \u00a0]+[^,;.\d]{1,30}?"  # "for the first child"
                     r"|[ \u00a0]+(?:this|last|next)[ \u00a0]+(?:year|month|week|quarter)"
                     r"|[ \u00a0]+against[ \u00a0]+[^,;.\d-]{1,30})?"  # "against the euro"
                     r"(?:[ \u00a0]*,[ \u00a0]*(?:and[ \u00a0]+)?"
                     r"|[ \u00a0]+(?:and|or)[ \u00a0]+|[ \u00a0]*,?[ \u00a0]*but[ \u00a0]+(?=by\b)"
                     r"|[ \u00a0]*[,\u2013\u2014-]?[ \u00a0]*as[ \u00a0]+well"
                     r"[ \u00a0]+as[ \u00a0]+)"
                     r"(?:by[ \u00a0]+(?:only[ \u00a0]+|just[ \u00a0]+)?)?", re.IGNORECASE)


# the same move for another time after "compared with": "rose 0.7% in the quarter, compared
# with 0.5% in the one before", "jumped to $3bn in 2004, compared with $1.4bn in 2003"
_COMPARED = re.compile(r"(?:[ \u00a0]+[^,;.()]{1,60})?(?:[ \u00a0]*\([^()]{1,40}\))?"
                       r"[ \u00a0]*,?[ \u00a0]+compared[ \u00a0]+(?:with|to)[ \u00a0]+")  # (past
# its restatements: "in 2004 ($48m; £25m), compared with")


# a level left right after a level reached that moved: "and 2.1% from 2.8%", also
# bare counts and past a frame: "a cut of 40 from the present total of 310"
_LEFT_AFTER = re.compile(r"[ \u00a0]+from[ \u00a0]+(?:(?:the|its|their|a|an)[ \u00a0]+"
                         r"(?:(?:current|present|previous|old|existing)[ \u00a0]+)?"
                         r"(?:total|level|figure|number|tally)[ \u00a0]+of[ \u00a0]+)?")


def _conjoined_change(text: str, fig: Figure, previous: Quantity | None) -> str:
    """"Prices rose by 3% and 1.2% in the North West and Yorkshire respectively": a figure
    joined to a change in the same unit is a change the same way, as is a level left right
    after a level reached ("and 2.1% from 2.8%")."""
    if previous is None or not previous.change:
        return ""
    left = _LEFT_AFTER.fullmatch(text, previous.end, fig.start)
    if not (left or _JOINED.fullmatch(text, previous.end, fig.start)):
        return ""
    if re.match(r"[ \u00a0]+of\b", text[fig.end:fig.end + 4]):
        return ""  # "rose 5% in January and 3% of staff left": a share of something else
    bare = left is not None and previous.unit == "count" and not (
        fig.unit or fig.currency or fig.unit_name
        or fig.noun and not left.group().rstrip().endswith("of"))  # not "cut 300 jobs
    # from 2,000 stores", a count of its own; but "from the current total of 310 seats"
    return previous.change if _same_unit(fig, previous) or bare else ""


def _compared_change(text: str, fig: Figure, found: list[Quantity]) -> str:
    """The change of the last figure `found` in the figure's unit, where "compared with" or
    "compared to" sets the figure after it: the same move for another time, or the level
    it left ("rose 0.7% in the three months to June, compared with 0.5% in the quarter
    before" -> up)."""
    previous = next((q for q in reversed(found) if _same_unit(fig, q)), None)
    if previous is None or not previous.change \
            or not _COMPARED.fullmatch(text, previous.end, fig.start):
        return ""
    return previous.change


def _same_unit(fig: Figure, other: Quantity) -> bool:
    return bool(fig.currency and fig.currency == other.currency
                or fig.unit is not None and fig.unit.name == other.unit
                and fig.unit.dimension != "time")  # "built up over 20 or 30 years"


def _restates(fig: Figure, same: Quantity) -> None:
    """A restatement keeps the bound and the rate of the figure it restates: "more than
    200bn euros a year (£140bn; $258bn)" makes both more than, and a year."""
    if fig.qualifier == "exact":
        fig.qualifier = same.qualifier
    if fig.currency and same.currency and not fig.unit_name and " per " in same.unit:
        fig.unit_name = f"{currencies.NAMES[fig.currency]} per {same.unit.split(' per ', 1)[1]}"


# the word that leads the figure of a clause of change: "rose by 2%", "closed at 1,463.78
# points", "go down to 20"; group 1 the verb, group 2 the lead
_PARALLEL_LEAD = re.compile(r"\b([a-z]+)[ \u00a0]+(by|at|to)[ \u00a0]+$", re.IGNORECASE)
_PARALLEL_VERBS = phrases.CHANGE_UP | phrases.CHANGE_DOWN | phrases.LEVEL_VERBS
_CLAUSE_JOIN = re.compile(r",|;|\b(?:and|but|while|whereas)\b", re.IGNORECASE)
_COUNTED = re.compile(r"\b(?:number|total|count)\s+of\b", re.IGNORECASE)  # "the number of shops fell by 12"


def _parallel_measure(text: str, fig: Figure, made: list[Figure]) -> None:
    """"the FTSE rose by 0.8% while the Dow fell by 1", "the Nikkei closed at 21,500 points and
    the Hang Seng ended at 27,100": a bare figure led by a verb of change and the same word as
    a figure of a clause before, in the same sentence, is in that figure's unit (money and
    rates excepted: "coffee rose to $1.42 a pound and cocoa to 2,310" is per tonne)."""
    if fig.kind != "digits" or fig.currency or fig.unit or fig.unit_name or fig.noun:
        return
    lead = _PARALLEL_LEAD.search(text[max(0, fig.start - 24):fig.start])
    if not lead or lead.group(1).lower() not in _PARALLEL_VERBS:
        return  # "cut staff by 300": the verb has its object, the figure counts it
    for before in reversed(made):
        between = text[before.end:fig.start]
        if SENTENCE_END.search(between):
            return
        word = re.search(r"\b(by|at|to)[ \u00a0]+$", text[max(0, before.start - 8):before.start],
                         re.IGNORECASE)
        if word and word.group(1).lower() == lead.group(2).lower():
            clauses = _CLAUSE_JOIN.split(between)
            if len(clauses) > 1 and not _COUNTED.search(clauses[-1]) and before.unit \
                    and not (before.currency or before.unit_name):
                fig.unit = before.unit  # not money nor a rate: "$1.42 a pound ... up to 2,310"
            return


def _is_range(a: Figure, b: Figure, joiner: str, lead: str, change: str) -> bool:
    """Whether "a JOINER b" is one range: "10-15 people", "between five and six", "2 to 3
    kg"; not "5% to $1m", nor "rose from 15 to 23" (two levels of a change)."""
    clash = _measure(a) != _measure(b) and "" not in (_measure(a), _measure(b)) \
        and not (joiner == "to" and not change and _in_unit_of(b, a) is not None)
    if (a.kind == "fraction") != (b.kind == "fraction"):
        return False  # "nearly two thirds - 65% - said": a share, then the same as a percentage
    by = re.search(r"\bby\s*\S*$", lead)
    if joiner == "to" and change and (by or _measure(a) != _measure(b)) and _measure(a):
        # "increased by $37.4bn to $388.1bn", "rose 6.25% to 2.85"; but "dropped
        # by 1 to 1.8 degrees" is a range: the unit is written once, at its end
        clash = True
    if joiner == "to" and change and a.value > 0 and b.value > 3 * a.value:
        clash = True  # "fell (by) 600,000 to 5.9 million", "closed up $2.80 to $51.15": the
        # change, then the level; "edged up 2% to 3%" stays a range
    if joiner == "to" and change and a.currency and b.currency and a.factor == b.factor == 1 \
            and a.value % 1 and b.value % 1 and (_odd_cents(a.value) or _odd_cents(b.value)):
        clash = True  # "Biogen fell $28.63 to $38.65": a price to the cent moves to another;
        # no one gives a range of a change to the odd cent ("rise $1.50 to $2.50" may be)
    if joiner == "to" and _measure(a) and not _measure(b) and b.value >= 10 * a.value > 0:
        clash = True  # "gaining 12.6 points to 2,140": a move with its unit, then a level
        # ten times its size; a range writes its unit once at its end ("2 to 3 kg")
    if joiner in ("-", "–") and a.value > b.value and not (_measure(a) or _measure(b)):
        clash = True  # "MPs voted 272-219": the two sides of a vote, each a figure
    if joiner in ("-", "–") and a.value * a.factor > b.value * b.factor and _measure(a) \
            and _measure(b):
        clash = True  # "are £35bn - £2.5bn less than forecast", "on 31 points - four points
        # behind Arsenal": a figure, then an aside that sets it against another; no range
        # with its unit written at both ends runs downwards
    if joiner == "to" and a.value > b.value >= 0 and _measure(a) and not _FROM.search(lead) \
            and re.search(r"\b(?:by|from)\b", lead):
        clash = True  # "leads the Tories by 41% to 33%", "fell from a peak of $120bn to
        # $4.6bn": two figures, each with its unit, not a range run downwards ("a density of
        # 1.3 A/cm2 to 0.03 A/cm2", "30 to 25C")
    from_to = joiner == "to" and (_FROM.search(lead) or _FROM_MARK.search(lead)) and change
    return not clash and bool(
        (joiner == "and" and _BETWEEN.search(lead))
        or joiner in ("-", "–", "—")
        or (joiner == "to" and not from_to)
        or (joiner == "or" and a.kind == "words" and b.kind == "words")
    )


# "or" between a move and the same move in another measure: "rose 4p or nearly 1%"
OR_RESTATED = re.compile(r",?[ \u00a0]+or[ \u00a0]+(?:(?:about|around|nearly|almost|roughly"
                         r"|some|just|over|under)[ \u00a0]+)?")

# "between" that opens a range of two figures joined by "and": "between five and six",
# "between $2 and $3", "between the ages of nine and 13"
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+ages\s+of\s+|\S*)$", re.IGNORECASE)


def _odd_cents(value: float) -> bool:
    """Whether a sum is written to a cent that is no multiple of five: 28.63, not 1.50."""
    return round(value * 100) % 5 != 0


def _unit_written_once(text: str, fig: Figure, nxt: Candidate) -> None:
    """"a few hundred or even 2,000 tonnes", "2 or 3 kg", "14 and 15 inch screens": the unit
    is written once; after "and" only between near figures of one scale, not "aged 21 and
    144 days" nor "peaked at 11.9m and 49.2% of the audience"."""
    alt = _ALTERNATIVE.match(text[fig.end:fig.end + 24])
    if alt and alt.group().strip().lower() == "and" and not (
            fig.factor == 1 and fig.value > 0 and 1 < nxt.value / fig.value <= 4):
        return
    if alt and nxt.start == fig.end + alt.end() and not _measure(fig):
        _carry_measure(fig, assemble(text, nxt), scale=fig.kind != "vague")


def _currency_of_whole(text: str, fig: Figure, nxt: Candidate) -> None:
    """"84 million of the 350 million shekels": a part is in the whole's currency."""
    part = re.match(r"[ \u00a0]+of[ \u00a0]+(?:the|its|their|a|an)[ \u00a0]+", text[fig.end:fig.end + 14])
    if part and nxt.start == fig.end + part.end() and not (fig.currency or fig.unit or fig.unit_name):
        whole = assemble(text, nxt)
        if whole.currency:
            fig.currency = whole.currency


# "out of", "times out of", "in", "in every" between a part and its whole; "in" only for a
# part smaller than the whole and no score ("scored 3 in 5 games")
_OUT_OF = re.compile(r"[ \u00a0]+(?:(?:times[ \u00a0]+)?out[ \u00a0]+of|(in))[ \u00a0]+"
                     r"(?:every[ \u00a0]+)?")  # "nine times out of 10": nine in ten
_SCORED = re.compile(r"\b(?:scored|score|scores|netted|won|lost|kicked|took|hit|round)[ \u00a0]+$")


def _share_out_of(text: str, fig: Figure, nxt: Candidate) -> None:
    """"one out of three Germans", "two in five of the reports", "six out of every 10
    planes": a share, 1/3; "117 million out of 833 million handsets" stays two counts."""
    ratio = _OUT_OF.match(text[fig.end:fig.end + 18])
    if ratio and ratio.group(1) and (fig.value >= nxt.value or fig.value != int(fig.value)
                                     or _SCORED.search(text[max(0, fig.start - 12):fig.start])
                                     or _measure(assemble(text, nxt))):
        return  # "2 in 3 weeks": a time
    if ratio and nxt.start == fig.end + ratio.end() and nxt.value > 0 \
            and not (fig.currency or fig.unit) and fig.factor == 1 \
            and assemble(text, nxt).factor == 1:
        fig.value, fig.kind, fig.end = fig.value / nxt.value, "fraction", nxt.end
        fig.low = fig.high = None


# verbs a price reaches a level by: "after topping 400", "having hit 1,300"
_REACHED = re.compile(r"\b(?:topp|hitt|reach|touch|breach|peak|break|broke|hit|top)"
                      r"(?:ed|ing|es|s)?(?:[ \u00a0]+(?:a[ \u00a0]+(?:high|peak|record)"
                      r"[ \u00a0]+of|at))?[ \u00a0]+$", re.IGNORECASE)


# a high or a low a level reached: "after a three-month low of 104.12", "a fresh
# record high of 1.36"
_HIGH_OR_LOW = re.compile(r"\b(?:a|an|its|their|the)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}"
                          r"(?:high|low|peak|trough)[ \u00a0]+of[ \u00a0]+$", re.IGNORECASE)

# the words that set a figure against one before it: "against 3.2bn a year earlier"
_SET_AGAINST = re.compile(r"\b(?:against|versus|compared[ \u00a0]+(?:with|to))[ \u00a0]+$",
                          re.IGNORECASE)


_ANOTHER_SENTENCE = re.compile(r"[.!?]\s+[A-Z\"“]|\n")


def _level_like_last(text: str, fig: Figure, made: list[Figure]) -> None:
    """"changing hands at 372 riyals ($99; £53) after topping 400 early in the day", "closed
    at 372p after hitting 400": a bare level a price reached, or its high or low ("trading at
    104.30 yen, after a three-month low of 104.12"), in the sentence of a measured figure of
    the same size, is in its measure, and so is a bare figure it is set against: "Net profit
    was 5.1bn rupees ($110m), against 3.2bn a year earlier"."""
    lead = text[max(0, fig.start - 40):fig.start]
    if not _bare_digits(fig) or not (_REACHED.search(lead) or _SET_AGAINST.search(lead)
                                     or _HIGH_OR_LOW.search(lead)):
        return
    for last in reversed(made[-3:]):
        if fig.start - last.end > 80 or _ANOTHER_SENTENCE.search(text, last.end, fig.start):
            return
        if _of_its_size(fig, last):
            fig.currency, fig.unit, fig.unit_name = last.currency, last.unit, last.unit_name
            return


def _bare_digits(fig: Figure) -> bool:
    """Whether a figure is a number in digits with no unit or currency of its own."""
    return fig.kind == "digits" and not (fig.currency or fig.unit or fig.unit_name)


def _of_its_size(fig: Figure, last: Figure) -> bool:
    """Whether `last` is a measured figure of about `fig`'s size, whose measure a bare `fig`
    may restate: half to twice it, in the same scale."""
    return bool(last.currency or last.unit or last.unit_name) and last.factor == fig.factor \
        and bool(last.value) and 0.5 <= fig.value / last.value <= 2


def _restated_after(text: str, fig: Figure, made: list[Figure]) -> None:
    """A bare figure with two decimals or more, which counts nothing, that ends its clause in
    the sentence after a measured figure of about its size (half to twice, in the same
    scale), in the same paragraph, restates that measure: "The new machine ran at 70.72
    teraflops. The old one clocked up 35.86." -> teraflops, "The euro rose to 141.30 yen.
    It later eased to 140.55." -> yen per euro."""
    if not _bare_digits(fig) or not made or not _TWO_DECIMALS.fullmatch(text, fig.start, fig.end) \
            or not _CLAUSE_ENDS.match(text, fig.end):
        return
    last = made[-1]
    between = text[last.end:fig.start]
    if not _of_its_size(fig, last) or len(between) > 200 or "\n" in between \
            or len(_ANOTHER_SENTENCE.findall(between)) != 1:
        return  # (in the sentence of the measured figure, the rules above and the rates'
        # own read it)
    fig.currency, fig.unit, fig.unit_name = last.currency, last.unit, last.unit_name
    fig.dimension = last.dimension


_TWO_DECIMALS = re.compile(r"\d[\d,]*\.\d{2,}")
# the end of a clause right after a figure: a mark, or a word of when or where
_CLAUSE_ENDS = re.compile(r"[ \u00a0]*(?:[.,;:)]|$)|[ \u00a0]+(?:on|in|at|by|before|after"
                          r"|earlier|later|against)\b")


def _millions_after_millions(text: str, fig: Figure, last: Figure | None) -> None:
    """"fell 1m barrels to 294.3m", "£53m, up from 38m": a bare "m" after a figure in millions
    in the same sentence is millions of that figure's unit, not metres."""
    if last is None or last.factor < 1e6 or fig.unit is None or fig.unit.name != "metre" \
            or (last.unit is not None and last.unit.dimension == "length"):
        return
    if not (last.currency or last.unit or last.unit_name or last.noun):
        return  # "cleared 1.87m while": no sign the first was millions of anything
    if not re.fullmatch(r"[\d.,]+m", text[fig.start:fig.end]) or fig.start - last.end > 120 \
            or next_word(text, fig.end).lower() in MEASURE_WORDS:
        return  # "1.5m viewers saw the 200m final": a race
    if _ANOTHER_SENTENCE.search(text, last.end, fig.start):
        return  # another sentence
    fig.value = scaled(fig.value, 1e6)
    fig.factor = 1e6
    fig.unit, fig.currency, fig.unit_name = last.unit, last.currency, last.unit_name


def _measure(fig: Figure) -> str:
    """What a figure measures, to tell a range ("$1m to $2m") from two figures ("5% to $1m")."""
    if fig.currency:
        return "currency:" + fig.currency
    if fig.unit:
        return fig.unit.name
    return fig.unit_name


def _is_age(text: str, fig: Figure) -> bool:
    """"Maddon, 66, said", "Agassi, now 34, has", "The prince, 20, apologised": a whole number
    set off by commas after a name or a word for a person is an age, as is one a dash closes
    after a full name or such a word ("Tom Reid, 19 - who was jailed"); so is one that ends a
    sentence after a full name ("... were Letisha Shakespeare, 17, and Charlene Ellis, 18.")."""
    if not (fig.kind == "digits" and not (fig.unit or fig.currency or fig.unit_name)
            and 0 < fig.value < 120 and fig.value == int(fig.value)):
        return False
    before, after = text[max(0, fig.start - 40):fig.start], text[fig.end:fig.end + 1]
    if _DASH_AFTER.match(text, fig.end):  # "her son's killer, Tom Reid, 19 - who was
        # jailed": a dash closes the aside as a comma does, after a full name or a person
        return bool(_FULL_NAME_BEFORE.search(before)) or _person_word_before(before)
    if after == ",":
        return bool(re.search(r"\b[A-Z][\w'’-]+,\s(?:now\s|then\s)?$", before)) \
            or _person_word_before(before)
    return after in (".", ";") and bool(_FULL_NAME_BEFORE.search(before)
                                        or _SPEAKER_BEFORE.search(before))


def _person_word_before(before: str) -> bool:
    """Whether a word for a person, after its article or owner, ends `before` with a comma:
    "the prince, ", "a teenager, now "."""
    person = _PERSON_BEFORE.search(before)
    return bool(person and person.group(1) in _AGED_PERSONS)


# words for members of a group, who, as the people of _AGED_PERSONS, may be its oldest or
# youngest
_MEMBERS = {"member", "resident", "person", "player", "competitor", "athlete", "child",
            "survivor", "centenarian", "candidate", "voter", "worker", "employee", "patient",
            "contestant", "entrant", "recruit", "nominee", "winner", "champion", "finalist",
            "participant", "graduate"}
_DASH_AFTER = re.compile(r"[ \u00a0]+[-–—][ \u00a0]")
# "the prince, 20,", "a teenager, 17,": a word for a person before an age set off by commas
_PERSON_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er)[ \u00a0]+([a-z-]+),\s(?:now\s)?$")
_AGED_PERSONS = {w.lower() for w in PERSON_TITLES} | {
    "prince", "princess", "king", "queen", "teenager", "boy", "girl", "man", "woman", "singer",
    "actress", "actor", "striker", "midfielder", "defender", "goalkeeper", "winger", "victim",
    "suspect", "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister",
    "youngster", "veteran", "pensioner", "student", "pupil", "rapper", "presenter", "comedian"}
# a full name before an age that ends a sentence: "Letisha Shakespeare, 17."
_FULL_NAME_BEFORE = re.compile(r"\b[A-Z][a-z'’-]+[ \u00a0][A-Z][\w'’-]+,\s$")
# a speaker's name after the verb of a quote's tag, before an age that ends the sentence:
# '"We will keep going," said Jones, 47.'
_SPEAKER_BEFORE = re.compile(r"\b(?:" + "|".join(phrases.QUOTE_TAG_VERBS)
                             + r")[ \u00a0]+[A-Z][\w'’-]+,\s$")


# "aged 25", "the age of 21", "at age 18", "the pension age will rise to 67", "life
# expectancy for men is around 73": a bare whole number a word of age leads to is years of age
_AGE_BEFORE = re.compile(
    r"(?:\baged|\bas[ \u00a0]+(?:young|old)[ \u00a0]+as"  # "children as young as 12"
    r"|\bages?\b[^.;,()]{0,30}?\b(?:of|is|was|be|to|at|from|reached)"
    r"|\b(?:at|from|by|until|till|before|after|over|under)[ \u00a0]+age"  # "at age 18"
    r"|\blife[ -]expectancy\b[^.;()]{0,40}?\b(?:of|is|was|be|to|at|from|reached))"
    r"[ \u00a0]+(?:(?:about|around|roughly|nearly|almost|just|over|under|below|above|between"
    r"|the|some|only)[ \u00a0]+)*$", re.IGNORECASE)
# a group of ages a figure names: "the 18-35 age bracket", "the 25 to 34 age group"
_AGE_GROUP_AFTER = re.compile(r"[ \u00a0]+age[ \u00a0-]+(?:groups?|brackets?|bands?|ranges?)\b",
                              re.IGNORECASE)
_AGE_PAIR = re.compile(r"^[ \u00a0]*(?:and|to|or|-|–)[ \u00a0]*$")
# a person who is a bare number: "I'm only 27 and", "when she was 16,", "the singer, who
# was 27,", "he will be 35 by", "At 34, Holmes"; whoever or whatever turns a number turns
# that age ("Carter turned 90 last week"); the number counts nothing after it (_AGE_END), or
# it would be "he was 5 shots behind"
_PERSON_IS = re.compile(
    r"""
    (?:\bI['’]m|\bI[ \u00a0](?:am|was|will[ \u00a0]be)
     |\b(?:[Hh]e|[Ss]he|who)(?:['’]s|[ \u00a0](?:is|was|will[ \u00a0]be|would[ \u00a0]have[ \u00a0]been
                                      |(?:might|may|could|would|should|must)[ \u00a0]be))
     |\bturn(?:s|ed|ing)?)
    (?:[ \u00a0]+(?:only|just|now|still|nearly|almost|barely|already))?   # "I'm only 27"
    [ \u00a0]+$
    """, re.VERBOSE)
# a person a copula says is something, and then a bare number: "He is a great striker and
# only 25", "she was at her best and just 36."
_PERSON_IS_AND = re.compile(r"\b(?:[Hh]e|[Ss]he|I)(?:['’]s|['’]m|[ \u00a0](?:is|was|am))"
                            r"[ \u00a0]"
                            r"(?![a-z]+ing\b)"  # (not "I was playing music and three, four
                            # years ago")
                            r"[^.,;:!?\"“”\d]{1,50}?[ \u00a0]and"
                            r"(?:[ \u00a0]+(?:only|just|still|now|barely))?[ \u00a0]+$")
# the oldest or youngest of a group of people, which a copula says is a bare number: "the
# oldest member is 114", "Its youngest player was 17"
_ELDEST_IS = re.compile(r"\b(?:the|its|their|his|her)[ \u00a0]+(?:oldest|youngest|eldest)"
                        r"[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?(?:"
                        + "|".join(sorted(_AGED_PERSONS | _MEMBERS))
                        + r")[ \u00a0]+(?:is|was|will[ \u00a0]+be)[ \u00a0]+(?:now[ \u00a0]+|only"
                        r"[ \u00a0]+|just[ \u00a0]+)?$", re.IGNORECASE)
_AGE_END = re.compile(r"[ \u00a0]+(?:now|and|but|when|then|so|or|by|on|last|this|next|earlier|which"
                      r"|today|yesterday|at[ \u00a0]the[ \u00a0](?:time|end|start))\b"
                      r"|[ \u00a0]*(?:[,.;:!?)\"”’\n]|$)")  # (also a headline's end)
_AT_AGE = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n\s*)At[ \u00a0]+$")  # "At 34, Holmes will"
# a life's event "at" a bare number: "became an MP at 27 and Leader of the Opposition at 36",
# "left school at 15 to work in a mill", "retired at 65", "released her first single at
# 16", "made his league debut at 17", "started playing at six", "were legally adults at 18"
_EVENT_AT = re.compile(
    r"\b(?:(?:bec[oa]me|becomes|becoming)[ \u00a0]+(?:an?|the|[A-Z])|retired?|retires|retiring"
    r"|married|marries|died|dies"
    r"|(?:are|is|was|were|be|been)[ \u00a0]+(?:legally[ \u00a0]+)?adults?"
    r"|elected|debuted|(?:left|leaving|leaves|quit)[ \u00a0]school|turned[ \u00a0]professional"
    r"|(?:released|recorded|wrote|won|made)[ \u00a0]+(?:his|her|their)[ \u00a0]+(?:first|debut)"
    r"|made[ \u00a0]+(?:his|her)[ \u00a0]+(?:[\w-]+[ \u00a0]+)?debut"
    r"|(?:started|began)[ \u00a0]+(?:playing|singing|acting|dancing|writing|school|work))\b"
    r"[^.;:()]{0,50}?\bat[ \u00a0]+(?:only[ \u00a0]+|just[ \u00a0]+)?$", re.IGNORECASE)
# "at 14 to work as a miner", "at 65 after 40 years"
_EVENT_AT_END = re.compile(
    r"[ \u00a0]+(?:to[ \u00a0]+[a-z]+|after|before|in|with|from|against|for|under|unless)\b")


def _aged(text: str, fig: Figure, previous: Quantity | None) -> bool:
    """A whole number a word of age leads to ("aged 25", "the age of 21"), or the second of
    a pair after one ("between the ages of 10 and 17")."""
    ends = (fig.value,) if fig.low is None else (fig.low, fig.high)
    if (fig.kind not in ("digits", "words") or fig.unit or fig.currency or fig.unit_name
            or not all(0 < v < 130 and v == int(v) for v in ends)):
        return False  # "aged 30-39": each end a whole number of years
    if _AGE_BEFORE.search(text[max(0, fig.start - 60):fig.start]) \
            or _AGE_GROUP_AFTER.match(text, fig.end):
        return True  # (also "the 18-35 age bracket")
    head = text[max(0, fig.start - 30):fig.start]
    if fig.low is None and _EVENT_AT.search(text[max(0, fig.start - 80):fig.start]) and (
            _AGE_END.match(text, fig.end) or _EVENT_AT_END.match(text, fig.end)):
        return True
    if fig.low is None and fig.factor == 1 and _PEOPLE_BOUNDED.search(head) \
            and (_AGE_END.match(text, fig.end) or _VERB_AFTER_AGE.match(text, fig.end)
                 or _EVENT_AT_END.match(text, fig.end)):
        return True  # "children under seven", "people over 65, who", "made to retire
        # before 65 under the rules"
    if fig.low is None and ((_PERSON_IS.search(head) and _AGE_END.match(text, fig.end))
                            or (_AT_AGE.search(head) and re.match(  # "At 34, Holmes", "At 34 I'm"
                                r",|[ \u00a0](?:I|I['’]m|he|she|you)\b", text[fig.end:fig.end + 6]))):
        return True
    if fig.low is None and _PERSON_IS_AND.search(text[max(0, fig.start - 80):fig.start]) \
            and _AGE_END.match(text, fig.end):
        return True  # "He is a great striker and only 25."
    if fig.low is None and _ELDEST_IS.search(text[max(0, fig.start - 60):fig.start]) \
            and _AGE_END.match(text, fig.end):
        return True  # "the oldest member is 114"
    if fig.low is None and _NAME_WAS.search(head) and _WHEN_ONE_DID.match(text, fig.end):
        return True  # "Mozart was five when he wrote his first piece"
    if fig.low is None and _WHEN_NAME_WAS.search(head) and _AGE_END.match(text, fig.end):
        return True  # "When Mozart was five, his father took him to Vienna"
    return (previous is not None and previous.unit == "year of age"
            and bool(_AGE_PAIR.match(text[previous.end:fig.start])))


def _sprint_time(text: str, fig: Figure) -> bool:
    """"set a season's best of 7.48", "finished second in 23.67", "clocking 7.37": a bare
    number in hundredths that a race's words put before, in a sentence of a sprint (400m
    or less, hurdles), is its time in seconds; not "ran the 12km course in 38.14"
    (minutes and seconds), nor "clocks up 35.86" of a computer."""
    if fig.kind != "digits" or fig.unit or fig.currency or fig.unit_name or fig.noun \
            or not _HUNDREDTHS.fullmatch(text, fig.start, fig.end) \
            or not _RACE_TIME_BEFORE.search(text, max(0, fig.start - 40), fig.start):
        return False
    if _SPRINT.search(_around(text, fig, 200, 120)):
        return True
    paragraph = text.rfind("\n", 0, fig.start) + 1
    races = list(_RACE.finditer(text, max(paragraph, fig.start - 600), fig.start))
    return bool(races) and _SPRINT.fullmatch(races[-1].group()) is not None  # the race the
    # paragraph last named: "... won the 200m. Deacon took her first title in 23.67"


# a time to the hundredth of a second, under a minute
_HUNDREDTHS = re.compile(r"[1-5]?\d\.\d\d")
# the words of a race's time right before it: "a season's best of", "finished fifth in"
_RACE_TIME_BEFORE = re.compile(
    r"(?:\b(?:time|times|best|record|mark)[ \u00a0]+of|\b(?:in|clocked|clocking|clocks|clock"
    r"|timed|ran|run|running)|\()[ \u00a0]*$", re.IGNORECASE)
# a sprint: a race of 400m or less, or over hurdles
_SPRINT = re.compile(r"\b(?:[1-4]00|50|55|60)[ \u00a0]?(?:m|metres|meters)\b|\bhurdles\b"
                     r"|\bsprint(?:s|er|ers)?\b", re.IGNORECASE)
# a race of any length, by its distance or its kind: "the 200m", "the 3,000m", "the mile"
_RACE = re.compile(r"\b(?:\d{1,2},?\d{3}|\d{2,3})[ \u00a0]?(?:m|metres|meters)\b"
                   r"|\b\d+[ \u00a0]?km\b|\bmile\b|\bmarathon\b|\bcross-country\b"
                   r"|\bsteeplechase\b|\bhurdles\b"
                   r"|\bsprint(?:s|er|ers)?\b", re.IGNORECASE)


def _heat_near(text: str, fig: Figure) -> bool:
    """Whether a word of heat or cold stands near the figure in its sentence."""
    return bool(_HEAT.search(_around(text, fig, 40, 25)))


def _around(text: str, fig: Figure, before: int, after: int) -> str:
    """The words of the figure's sentence up to `before` characters before it and `after`
    after it, the figure left out."""
    return sentence_before(text, fig.start, before) + " " + re.split(
        r"[.!?;]\s|\n", text[fig.end:fig.end + after])[0]


# units of bits, which broadband writes for a line's speed with no "per second"
_BIT_UNITS = {"kilobit", "megabit", "gigabit"}
# words of a line near bits, which make them a speed: "an eight megabit broadband service"
_LINE_WORDS = re.compile(r"\b(?:broadband|adsl|dsl|modems?|dial-up|bandwidth|connections?"
                         r"|lines?|speeds?|downloads?|services?|net[ \u00a0]+access)\b",
                         re.IGNORECASE)
# words of heat and cold near "degrees", which make them a temperature of no stated scale
_HEAT = re.compile(r"\b(?:heat|temperatures?|hot|hotter|warm|warmer|warmth|cold|colder|chill"
                   r"|freezing|frost|sunshine|scorching|sweltering|thermometers?|mercury"
                   r"|heatwave|weather)\b", re.IGNORECASE)
# a name that was or is a bare number, then when that one did something: "Smith was 19
# when she joined", "Mozart was five when he wrote his first piece"
_NAME_IS = (r"[A-Z][a-z]+[ \u00a0]+(?:was|is)(?:[ \u00a0]+(?:only|just|still|barely))?"
            r"[ \u00a0]+$")
_NAME_WAS = re.compile(r"\b" + _NAME_IS)
# the same after "When": "When Mozart was five, his father ..."
_WHEN_NAME_WAS = re.compile(r"\b[Ww]hen[ \u00a0]+" + _NAME_IS)
_WHEN_ONE_DID = re.compile(r"[ \u00a0]+when[ \u00a0]+(?:he|she|I)[ \u00a0]+[a-z]")


# people bounded by a bare number, which is their age: "children under seven", "women over
# 50", "voters aged over 60", and retirement so bounded
_PEOPLE_BOUNDED = re.compile(
    r"\b(?:children|kids|people|men|women|adults|boys|girls|pupils|players|drivers|voters"
    r"|workers|staff|employees|pensioners|patients|teenagers|youngsters|those|anyone|everyone"
    r"|retirement)"  # "forced retirement under 65"
    r"(?:[ \u00a0]+(?:are|were|is|was|be))?"  # "where people are over 80"
    r"[ \u00a0]+(?:aged[ \u00a0]+)?(?:under|over|below|above)[ \u00a0]+"
    r"(?:the[ \u00a0]+age[ \u00a0]+of[ \u00a0]+)?$"
    # working on to an age: "may ask to work past 65", "retire at 60", "made to retire
    # before 65"
    r"|\b(?:work|works|working|worked|retire|retires|retiring|retired)[ \u00a0]+(?:on[ \u00a0]+)?"
    r"(?:past|beyond|until|till|at)[ \u00a0]+$"
    r"|\b(?:retire|retires|retiring|retired)[ \u00a0]+(?:before|after|by)[ \u00a0]+$",
    re.IGNORECASE)


_VERB_AFTER_AGE = re.compile(r"[ \u00a0]+(?:are|were|is|was|will|would|can|could|should|must"
                             r"|may|get|got|have|had|who|travel|pay|receive|say|said|says"
                             r"|[a-z]+ed)\b")  # "people under 35 voted"


# "from 15", "from about 14": the start of a change from one level to another
_FROM = re.compile(r"\bfrom\s+(?:(?:about|around|some|roughly|nearly|almost|just|over|"
                   r"under|up to|more than|less than)\s+"
                   r"|(?:an?\s+)?(?:expected|estimated|projected|forecast)\s+)?$"
                   r"|\bfrom\s*$", re.IGNORECASE)
# "from a peak of", "from an all-time high of", "from the present": a level left that a
# mark or a time names, the level reached after its "to" ("from a peak of $120bn to $4.6bn")
_FROM_MARK = re.compile(r"\bfrom\s+(?:(?:an?|the|its|their)\s+(?:[a-z-]+\s+){1,2}?of"
                        r"|(?:the|its|their)\s+(?:current|present|previous|existing))\s+$",
                        re.IGNORECASE)
# also with an article, where words stand between the level left and its "to": "down from
# the 4.1% estimated in June to 3.6%" (but "from the $45 to $50m" is a range)
_FROM_THE = re.compile(_FROM.pattern + r"|\bfrom\s+(?:the|its|their)\s+$", re.IGNORECASE)


# what makes "eight to one" the two sides of a vote, not a range
_VOTE_AFTER = re.compile(r"[ \u00a0]+(?:votes?|majority|verdict|decision|ruling|split)\b",
                         re.IGNORECASE)
# the end of a bracket, then "to" the next level: "from 97p ($1.87) to 44p"
_BRACKET_TO = re.compile(r"[ \u00a0]*[)\]][ \u00a0]+to[ \u00a0]+")

# a counted noun between two levels of a change: "from 90 planes to 53"
_NOUN_TO = re.compile(r"[ \u00a0]+([a-z][a-z'-]*)[ \u00a0]+to[ \u00a0]+")

# "or", "or even", "or perhaps": a second figure offered in place of the first
_ALTERNATIVE = re.compile(r"[ \u00a0](?:or|and)[ \u00a0]"
                          r"(?:(?:even|perhaps|possibly|maybe)[ \u00a0])?", re.IGNORECASE)


def _from_start(text: str, start: int, lead: re.Pattern = _FROM) -> int:
    m = lead.search(text[max(0, start - 24):start])
    return start - (len(text[max(0, start - 24):start]) - m.start()) if m else start


_SET_AFTER = re.compile(r"[ \u00a0]*\(?\d{1,2}[-–]\d{1,2}\b(?![-–])")
_SET_BEFORE = re.compile(r"(?<![-–\d])\d{1,2}[-–]\d{1,2}\)?[ \u00a0]*\(?$")


def _is_score(text: str, a: Figure, b: Figure) -> bool:
    if a.currency or a.unit or a.factor > 1 or b.currency or b.unit or b.factor > 1:
        return False
    if a.value != int(a.value) or b.value != int(b.value) \
            or _VOTED.search(text, max(0, a.start - 20), a.start):
        return False  # "MPs voted 272-219": the two sides of a vote, each a figure
    if a.value > b.value and text[a.end:b.start] in ("-", "–"):
        return True  # "the new 747-8": a code, as a score is; a range is written low to high
    if not (a.value < 200 and b.value < 200):
        return False
    if _SET_AFTER.match(text[b.end:b.end + 12]) or _SET_BEFORE.search(text[max(0, a.start - 12):a.start]):
        return True  # "6-4 3-6 7-6 (7-3)": set scores come in runs; ranges never do
    if a.value >= b.value:
        return True  # "crushed 5-1", "a 15-6 deficit", "2-2": a range is written low to high
    if _NAME_BEFORE.search(text[max(0, a.start - 30):a.start]) and _NAME_AFTER.match(text, b.end):
        return True  # "Clyde 0-5 Celtic": a result, one side's name each side
    words = re.findall(r"[a-z]+", text[max(0, a.start - 80):b.end + 40].lower())
    return any(cue in words for cue in phrases.SCORE_CUES | phrases.ODDS_CUES)


# the verb or noun of a vote before its two sides: "MPs voted 272-219"
_VOTED = re.compile(r"\b(?:voted|votes?|vote[ \u00a0]+of|majority[ \u00a0]+of)[ \u00a0]+$",
                    re.IGNORECASE)
_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’.-]*[ \u00a0]$")
_NAME_AFTER = re.compile(r"[ \u00a0][A-Z]")


def _scale_carries(a: Figure, b: Figure) -> bool:
    """Whether b's scale word also scales a: "from 2.1 to 3 billion", "fell from 45 to 30bn";
    not "from $300,000 to $2.5 million" (a is written in full)."""
    return b.factor > 1 and a.factor == 1 and 0.1 <= a.value / (b.value / b.factor or 1) <= 10


def _descends(a: Figure, b: Figure) -> bool:
    """"from 3.9 to 3.6 percent": the first end is the larger, once b's scale is carried."""
    factor = b.factor if _scale_carries(a, b) else 1
    same = not (a.currency or a.unit) or not (b.currency or b.unit) or (
        (a.currency, a.unit) == (b.currency, b.unit))
    return same and a.value * factor > b.value


def _carry_measure(a: Figure, b: Figure, scale: bool = True) -> None:
    """"rose from 15 to 23 pence", "from 2.1 to 3bn euros": a bare figure of a change from
    one level to another is in the other's unit and currency (and scale, leftwards); one in
    the same currency or unit is in the other's rate and scale ("from $78 to $83 a barrel",
    "from $3 to $4bn")."""
    if a.currency or a.unit or a.unit_name:
        if not a.unit_name and (a.currency, a.unit) == (b.currency, b.unit):
            if " per " in b.unit_name:
                a.unit_name = b.unit_name  # "from $78 to $83 a barrel": the rate is written once
                a.dimension = a.dimension or b.dimension  # (and an exchange rate's kind)
            if scale and _scale_carries(a, b):
                a.value = scaled(a.value, b.factor)  # "from $3 to $4bn"
                a.factor = b.factor
        return
    if scale and _scale_carries(a, b):
        a.value = scaled(a.value, b.factor)
        a.factor = b.factor
    a.currency, a.unit, a.unit_name = b.currency, b.unit, b.unit_name


def _ranges_restated(text: str, out: list[Quantity]) -> list[Quantity]:
    """A range whose ends are each restated in a bracket, "between $40,000 (£21,000) and
    $60,000 (£32,000)", "range from $1.5m (£0.8m) to $3m (£1.6m)": two ranges, one in
    each currency, where the brackets split them into four figures; each row runs from its
    first end to its second, so the two overlap ("$40,000 (£21,000) and $60,000",
    "£21,000) and $60,000 (£32,000"). Not two levels of a change ("slid from 88p ($1.70) to
    51p ($0.98)"), which are no range. Where only the first end is restated ("between
    $30,000 (£15,900) and $45,000 a year"), the range is in the first currency and the
    bracket stays a single figure."""
    k = 0
    while k + 2 < len(out):
        a, a2, b = out[k:k + 3]
        b2 = out[k + 3] if k + 3 < len(out) else None
        if not (EQUIVALENT.fullmatch(text, a.end, a2.start)
                and _BRACKETED_JOIN.fullmatch(text, a2.end, b.start)
                and _RANGE_LEAD.search(text, max(0, a.start - 24), a.start)) \
                or a.change or b.change or not _same_measure(a, b) or a.currency == a2.currency:
            k += 1
            continue
        if b2 is not None and EQUIVALENT.fullmatch(text, b.end, b2.start):
            if not _same_measure(a2, b2):
                k += 1
                continue
            out[k:k + 4] = [_spanned(text, a, b), _spanned(text, a2, b2)]
        else:
            out[k:k + 3] = [_spanned(text, a, b), a2]
        k += 2
    return out


def _same_measure(a: Quantity, b: Quantity) -> bool:
    """Whether two ends are in one currency and unit, the second's rate written once for
    both ("$1.5m ... to $3m a year")."""
    return a.currency == b.currency and (a.unit == b.unit or b.unit.startswith(f"{a.unit} per "))


def _spanned(text: str, a: Quantity, b: Quantity) -> Quantity:
    """The range from `a` to `b`, as one row over the text between them, in `b`'s unit."""
    lo, hi = min(a.low, b.low), max(a.high, b.high)
    return replace(a, end=b.end, surface=text[a.start:b.end], low=lo, high=hi,
                   value=midpoint(lo, hi), unit=b.unit)


# a bracket that closes a restatement before "and" or "to"
_BRACKETED_JOIN = re.compile(r"[ \u00a0]*\)[ \u00a0]+(?:and|to|-)[ \u00a0]+")
# what opens a range of two figures: "between", "range(s) from", "ranging from"
_RANGE_LEAD = re.compile(r"\b(?:between|rang(?:e|es|ed|ing)[ \u00a0]+from)[ \u00a0]+"
                         r"(?:about[ \u00a0]+|around[ \u00a0]+)?$", re.IGNORECASE)


def _in_unit_of(b: Figure, a: Figure) -> float | None:
    """`b`'s value in `a`'s unit, where the two are units of one time, length or mass and
    `b` is the larger ("16 months to four years": 48 months); None otherwise."""
    if a.unit is None or b.unit is None or a.unit.name == b.unit.name \
            or a.unit.dimension != b.unit.dimension \
            or a.unit.dimension not in ("time", "length", "mass") or a.unit_name or b.unit_name:
        return None
    one_a, base_a = to_base(1.0, a.unit)
    one_b, base_b = to_base(1.0, b.unit)
    if not one_a or not one_b or base_a != base_b:
        return None
    value = b.value * one_b / one_a
    return value if value > a.value else None


def _thousands_written_once(text: str, a: Figure, b: Figure) -> None:
    """A range's first end that is in the thousands its second end writes once: "fines of
    between $50-100,000" is $50,000 to $100,000, where the first end, a whole number with
    no groups of its own, is below the second's leading group and over a tenth of it (not
    "1-10,000")."""
    left = re.fullmatch(r"\D*(\d{1,3})", text[a.start:a.end])
    right = re.fullmatch(r"\D*(\d{1,3})((?:,000)+)", text[b.start:b.end])
    if left is None or right is None or a.factor != 1 or b.factor != 1:
        return
    first, lead = int(left.group(1)), int(right.group(1))
    if first < lead < first * 10:
        a.value = scaled(a.value, 1000 ** right.group(2).count(","))


def _merge_range(a: Figure, b: Figure) -> None:
    """Join two ends into one figure; the scale, unit and currency carry across; an end in
    another unit of the same measure is read in the first's ("16 months to four years").

    The scale carries leftwards only where the left end is smaller than the right one
    unscaled: "10 to 20 billion" is 10bn-20bn, "$300,000 to $2.5 million" is not 300bn.
    """
    if b.factor > 1 and a.factor == 1 and a.value < b.value / b.factor:
        a.value = scaled(a.value, b.factor)
        a.factor = b.factor
    converted = _in_unit_of(b, a)
    a.currency = a.currency or b.currency
    a.unit = a.unit or b.unit
    a.unit_name = a.unit_name or b.unit_name
    lo, hi = sorted((a.value, b.value if converted is None else converted))
    a.low, a.high = lo, hi
    a.value = midpoint(lo, hi)
    a.end = b.end


__all__ = ["find_quantities"]
