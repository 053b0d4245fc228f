"""The spaCy pipeline with its lemmatizer and attribute ruler sped up parses as spaCy does;
the tracker's own correction of it (parse.nlp) changes only nouns taken for verbs."""

from __future__ import annotations

import pytest
import spacy
from spacy.pipeline import AttributeRuler

from tracker.model import _Rules, load
from tracker.parse import MODEL, nlp

# Sentences that reach the ruler's rarer rules: contractions and dialect spellings, "there
# are", auxiliaries, determiners standing alone, pronouns as subject and object, spaces.
SENTENCES = [
    "Britain pledged an additional £2.26bn loan to Ukraine, the Treasury said on Tuesday.",
    "\"We're gonna need about 400 more nurses,\" the chief executive told the BBC.",
    "There are 1,500 North Korean special forces in Russia, according to Seoul.",
    "It ain't over: y'all know they've got ta find £20m, said Mr Brown.",
    "Nothin' was left after the 3% rise, and that's that; let's c'mon and see.",
    "Those who had done it did not say how much they had paid for it.",
    "I told him I'd paid  $800m  for them, whereas she'd paid less.",
    "Sales of the 20 models rose 5% to £4bn in the year to March.",
    "\n\nThe figures, which were published today, show that 12,000 people were hurt.",
]


@pytest.fixture(scope="module")
def plain():
    """spaCy's own pipeline, as installed, nothing changed."""
    return spacy.load(MODEL)


@pytest.fixture(scope="module")
def fast():
    """The same pipeline loaded by tracker.model, its lookups sped up."""
    return load(MODEL)


@pytest.mark.parametrize("text", SENTENCES, ids=lambda t: t[:30])
def test_same_parse_as_spacy(plain, fast, text):
    ours, theirs = fast(text), plain(text)
    assert [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_)
            for t in ours] == \
        [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_)
         for t in theirs]


@pytest.mark.parametrize("text", SENTENCES, ids=lambda t: t[:30])
def test_ruler_finds_what_the_matcher_finds(text):
    pipeline = nlp()
    ruler = pipeline.get_pipe("attribute_ruler")
    with pipeline.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        doc = pipeline(text)
    found = ruler.match(doc)
    assert found == AttributeRuler.match(ruler, doc)
    assert len(found) >= len(doc)  # every token has a tag and so a rule


def test_lemma_index_is_sets():
    index = nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(words, frozenset) for words in index.values())
    assert [t.lemma_ for t in nlp()("The banks were lending more pounds")] == \
        ["the", "bank", "be", "lend", "more", "pound"]


def test_pattern_beyond_the_rules_keeps_the_matcher(plain):
    ruler = AttributeRuler(plain.vocab)
    ruler.add([[{"LOWER": "very", "OP": "+"}, {"TAG": "JJ"}]], {"LEMMA": "very"})
    assert _Rules.of(ruler) is None  # an operator: spaCy's Matcher stays in charge
    ruler = AttributeRuler(plain.vocab)
    ruler.add([[{"LOWER": {"IN": ["gon", "wan"]}}, {"LOWER": "na"}]], {"LEMMA": "go"})
    rules = _Rules.of(ruler)
    doc = plain("They were gonna pay but are gonna wait")
    assert rules is not None and rules.match(doc) == AttributeRuler.match(ruler, doc)
    assert [(start, end) for _rule, _key, start, end in rules.match(doc)] == [(2, 4), (7, 9)]


def test_only_nouns_taken_for_verbs_change(plain):
    text = "Silva, a £12.5m signing from Porto, has yet to score, the club said."
    ours, theirs = nlp()(text), plain(text)
    changed = [(t.text, t.pos_, t.tag_, t.lemma_) for t, u in zip(ours, theirs)
               if (t.pos_, t.tag_, t.lemma_) != (u.pos_, u.tag_, u.lemma_)]
    assert changed == [("signing", "NOUN", "NN", "signing")]
    assert [t.dep_ for t in ours] == [t.dep_ for t in theirs]


# A short verb doubles its last consonant before "-ed" and "-ing" ("hopped"), so one
# written once is the "e" verb's: the lemmatizer's "fin" for "fined" is set right
LEMMAS = [("fined", "fine"), ("fining", "fine"), ("hoped", "hope"), ("rated", "rate"),
          ("hopped", "hop"), ("visited", "visit"), ("opened", "open")]


@pytest.mark.parametrize("word, lemma", LEMMAS)
def test_short_verb_lemma(word, lemma):
    doc = nlp()(f"They {word} it.")
    assert doc[1].lemma_ == lemma


# A short unit of time glued to its number is split off, as spaCy splits "km", so that the
# parser reads a number and a noun; other glued words stay whole
GLUED = [("He ran 20.31secs in the heats.", ["20.31", "secs"]),
         ("The final lasted 95mins in all.", ["95", "mins"]),
         ("The fans queued for 3hrs outside.", ["3", "hrs"]),
         ("She raised £2.5bn from the sale.", ["£", "2.5bn"])]


@pytest.mark.parametrize("text, pieces", GLUED, ids=[t for t, _ in GLUED])
def test_glued_time_units_split(text, pieces):
    words = [t.text for t in nlp()(text)]
    start = next(i for i, w in enumerate(words) if w == pieces[0])
    assert words[start:start + len(pieces)] == pieces
