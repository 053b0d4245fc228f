"""spaCy's English pipeline, loaded with two of its slow lookups made fast.

Both give the parse spaCy gives, token for token; they only answer sooner.

- The rule lemmatizer asks whether a word it has not met is a known base form by scanning a
  list (57,528 nouns): the lists become sets.
- The attribute ruler (179 rules mapping tags to parts of speech and morphology) tries every
  rule at every token with spaCy's general Matcher: `_Rules` looks up the few rules a token
  can start by its tag, lower-case form or dependency, once per kind of token.

Together they took a fifth of the parse of the figure sentences of 500 BBC articles.
"""

from __future__ import annotations

import re
from collections import defaultdict


def load(name: str):
    """The installed spaCy pipeline `name`, its lemmatizer and attribute ruler sped up."""
    import spacy

    pipeline = spacy.load(name)
    if "lemmatizer" in pipeline.pipe_names:
        _index_lemmas(pipeline.get_pipe("lemmatizer"))
    if "attribute_ruler" in pipeline.pipe_names:
        ruler = pipeline.get_pipe("attribute_ruler")
        rules = _Rules.of(ruler)
        if rules is not None:
            ruler.match = rules.match  # the ruler's own __call__ sets the attributes
    return pipeline


def _index_lemmas(lemmatizer) -> None:
    """Keep the lemmatizer's lists of base forms as sets: `form in index` answers the same."""
    index = lemmatizer.lookups.get_table("lemma_index", None)
    if index is None:
        return
    for pos in list(index.keys()):
        index[pos] = frozenset(index[pos])


# the token attributes the ruler's patterns test, in the order `_Rules.match` reads them
_COLUMNS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_EQUALS, _IN, _NOT_IN, _REGEX = range(4)
_REMEMBERED = 100_000  # kinds of token whose patterns are kept (a few MB); then start again


def _test(strings, attr: str, spec) -> tuple | None:
    """(column, operation, argument): one test of a pattern's token, on the ids spaCy keeps
    for strings; None where spaCy's Matcher reads the spec some way not written here (then
    the ruler keeps its Matcher)."""
    if attr not in _COLUMNS:
        return None
    column = _COLUMNS.index(attr)
    if not isinstance(spec, dict):
        return column, _EQUALS, int(spec) if isinstance(spec, bool) else strings[spec]
    if len(spec) != 1:
        return None
    (op, arg), = spec.items()
    if op in ("IN", "NOT_IN") and not isinstance(arg, str):
        return column, _IN if op == "IN" else _NOT_IN, frozenset(strings[v] for v in arg)
    if op == "REGEX" and attr != "IS_SPACE":
        return column, _REGEX, re.compile(arg)
    return None


class _Rules:
    """The attribute ruler's patterns, each found through a value its first token must have
    (its tag, its lower-case form, its dependency).

    A pattern is a fixed run of tokens, each tested on its tag, lower-case form, dependency
    or being a space.  `match` returns what the ruler's `match` returns: (rule number,
    rule key, start, end) for every pattern found, sorted so later rules come last.
    """

    def __init__(self, strings):
        self.strings = strings
        self.first: dict[tuple[int, int], list] = defaultdict(list)
        self.anywhere: list = []
        self._starts: dict[tuple[int, ...], tuple[list, list]] = {}

    @classmethod
    def of(cls, ruler) -> _Rules | None:
        """The rules of `ruler`, or None if a pattern uses more than these rules read."""
        strings = ruler.vocab.strings
        rules = cls(strings)
        for rule in range(len(ruler.attrs)):  # the ruler keys rule i as the string "i"
            key = strings[str(rule)]
            for pattern in ruler.matcher.get(key)[1]:
                tests = tuple(tuple(_test(strings, attr, spec) for attr, spec in token.items())
                              for token in pattern)
                if not tests or any(not t or None in t for t in tests):
                    return None
                entry = (rule, key, tests)
                values = next(([(column, arg)] if op == _EQUALS else [(column, v) for v in arg]
                               for column, op, arg in tests[0] if op in (_EQUALS, _IN)), None)
                if values is None:
                    rules.anywhere.append(entry)  # no value it must have: tried everywhere
                for value in values or ():
                    rules.first[value].append(entry)
        return rules

    def match(self, doc) -> list[tuple[int, int, int, int]]:
        rows = doc.to_array(list(_COLUMNS)).tolist()
        found = []
        for i, row in enumerate(rows):
            values = tuple(row)
            starts = self._starts.get(values)
            if starts is None:
                if len(self._starts) > _REMEMBERED:
                    self._starts.clear()
                starts = self._starts[values] = self._starting(row)
            singles, longer = starts
            found.extend((rule, key, i, i + 1) for rule, key in singles)
            for rule, key, tests in longer:
                end = i + len(tests)
                if end <= len(rows) and all(self._passes(rows[j], token_tests) for j, token_tests
                                            in zip(range(i + 1, end), tests[1:])):
                    found.append((rule, key, i, end))
        found.sort()
        return found

    def _starting(self, row: list[int]) -> tuple[list, list]:
        """The one-token patterns a token of these values matches, and the longer patterns
        it can start: the same for every token alike, so each is worked out once."""
        singles, longer = [], []
        for rule, key, tests in (*(entry for column, value in enumerate(row)
                                   for entry in self.first.get((column, value), ())),
                                 *self.anywhere):
            if self._passes(row, tests[0]):
                if len(tests) == 1:
                    singles.append((rule, key))
                else:
                    longer.append((rule, key, tests))
        return singles, longer

    def _passes(self, row: list[int], tests: tuple) -> bool:
        for column, op, arg in tests:
            value = row[column]
            if op == _EQUALS:
                if value != arg:
                    return False
            elif op == _IN:
                if value not in arg:
                    return False
            elif op == _NOT_IN:
                if value in arg:
                    return False
            elif arg.search(self.strings[value]) is None:
                return False
        return True
