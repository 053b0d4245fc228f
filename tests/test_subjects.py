"""Subjects, actors, attributions and places of figures in real-world sentences.

`subject` must share the listed words (the way a reader would name what is counted);
actor and attribution must contain the given text.  Known gaps are strict xfails.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from tracker.extract import extract_article
from tracker.schema import Article


@dataclass(frozen=True)
class Case:
    text: str
    surface: str  # the figure checked: the first whose surface contains this
    subject: str = ""  # every word here must be in the subject
    key: str = ""
    actor: str = ""
    attribution: str = ""
    location: str = ""
    xfail: str = ""


CASES = [
    # the seeds and the design card
    Case("South Korean intelligence services estimate some 1,500 North Korean special forces "
         "have already deployed to Vladivostok.", "1,500", subject="North Korean special forces",
         key="special force", attribution="South Korean intelligence services",
         location="Vladivostok"),
    Case("Britain pledged an additional £2.26 billion loan to Ukraine for weapons purchases.",
         "£2.26", subject="loan to Ukraine for weapons purchases", actor="Britain"),
    Case("The US prepares an $800 million aid package for Ukrainian drone production.",
         "$800", subject="aid package for Ukrainian drone production", actor="US"),
    Case("The strike killed at least two civilians and injured 15 others according to "
         "regional governor Ivan Fedorov.", "two", subject="civilians killed",
         attribution="regional governor Ivan Fedorov"),
    Case("The strike killed at least two civilians and injured 15 others according to "
         "regional governor Ivan Fedorov.", "15", subject="injured",
         attribution="Ivan Fedorov"),
    Case("Pyongyang is ready to send 12,000 troops to Russia.", "12,000", subject="troops",
         key="troop"),
    Case("The blast left 15 injured.", "15", subject="injured"),
    Case("The attack damaged over 30 residential buildings.", "30",
         subject="residential buildings"),
    # number + noun, "of" phrases, percentages
    Case("Dozens of US lawmakers urged tougher sanctions.", "Dozens", subject="lawmakers"),
    Case("The firm earns 60% of its revenue in China.", "60%", subject="revenue",
         location="China"),
    Case("Unemployment rose 0.3 percentage points in March.", "0.3", subject="Unemployment"),
    # copula, passive, appositions
    Case("The death toll is 40, officials said.", "40", subject="toll", attribution="officials"),
    Case("Some 40 people were killed in the floods.", "40", subject="people killed"),
    Case("Airbus said it would cut 2,500 jobs in Germany.", "2,500", subject="jobs",
         attribution="Airbus", location="Germany"),
    Case("The company was sold for $5.6bn (£4.4bn) to a US rival.", "$5.6bn", subject="company"),
    # the value of a noun, owners of counted things, hyphenated compounds, clause subjects
    Case("The court imposed a fine of 10.5 million Australian dollars.", "10.5",
         subject="fine"),
    Case("It would be his first trip to Russia in over two years.", "two", subject="trip"),
    Case("Ford, which has 13,000 workers in the UK, warned of job losses.", "13,000",
         subject="workers Ford"),
    Case("They represent a 12,000-strong, four-brigade deployment.", "four",
         subject="deployment"),
    Case("So far this year Tesla shares are up nearly 57%.", "57%", subject="Tesla shares"),
    Case("On Wall Street at noon: Dow +0.2%, Nasdaq +0.8%.", "0.8%", subject="Nasdaq"),
    Case("Top relievers: RHP John Gant (0.5 WAR) and Alex Reyes (0.4 WAR).", "0.4",
         subject="Alex Reyes"),
    Case("Ofcom's figures show 3 million homes lack broadband.", "3 million", subject="homes",
         attribution="Ofcom"),
]


def test_source_carries_to_the_next_sentence():
    text = ("The strike killed 12 people, the Ukrainian foreign ministry said. "
            "It added that 40 others were injured.")
    claims = extract_article(Article(doc_id="t", text=text))
    injured = next(c for c in claims if c.surface == "40")
    assert "foreign ministry" in injured.attribution.lower()


@pytest.mark.parametrize("case", [
    pytest.param(c, id=f"{c.surface}:{c.text[:40]}",
                 marks=[pytest.mark.xfail(strict=True, reason=c.xfail)] if c.xfail else [])
    for c in CASES
])
def test_context(case: Case):
    claims = extract_article(Article(doc_id="t", text=case.text))
    claim = next(c for c in claims if case.surface in c.surface)
    subject = set(re.findall(r"[\w'-]+", claim.subject.lower()))
    assert set(case.subject.lower().split()) <= subject, claim.subject
    if case.key:
        assert claim.subject_key == case.key
    for name in ("actor", "attribution", "location"):
        expected = getattr(case, name)
        if expected:
            assert expected.lower() in getattr(claim, name).lower(), (name, getattr(claim, name))
