"""Drafts built on who speaks for whom: parties are actors, outlets and page clutter are never
parties, key points or consequences, unsure quotes go under review, placeholders say REVIEW,
dates are read by a maintained parser. Every sentence here is written for the test."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest

from briefings.drafting.actors import actor_of
from briefings.drafting.clutter import dateline_agency, is_outlet, story_sentences, strip_dateline
from briefings.drafting.dates import article_date
from briefings.drafting.infer import draft, dump
from briefings.extract import Quote


@dataclass
class GradedQuote(Quote):
    """A quote as the grading extractor gives it (confidence, evidence, party)."""

    confidence: float = 1.0
    evidence: str = ""
    party: str | None = None
    party_reason: str | None = None


def quote(speaker: str | None, role: str = "", kind: str = "person", **graded: object) -> Quote:
    """A quote as an extractor gives it; sure of its speaker unless ``confidence`` says not."""
    graded.setdefault("confidence", 1.0)
    return GradedQuote(quote="We will see.", start=0, end=12, speaker=speaker, speaker_kind=kind,
                       speaker_role=role, **graded)  # type: ignore[arg-type]


ACTOR_CASES = [
    ("a minister's country is the party", quote("Ana Lima", "Turkish Defence Minister"), ("Turkey", "state")),
    ("a spokesman of a ministry: the government", quote("Li Wen", "Chinese Foreign Ministry spokesman"),
     ("China", "state")),
    ("a country's official", quote("North Korea's envoy", kind="org"), ("North Korea", "state")),
    ("a ministry as speaker: its government", quote("Russian Foreign Ministry", kind="org"), ("Russia", "state")),
    ("the extractor's party wins", quote("Jo Bell", "an envoy", party="European Union"),
     ("European Union", "organisation")),
    ("independent voices", quote("Sam Roe", "an analyst", party="independent"), ("Independent", "other")),
    ("no country stated: the person", quote("Ana Lima", "Secretary of State"), ("Ana Lima", "person")),
    ("a capital stands for its government", quote("Moscow", kind="org"), ("Russia", "state")),
    ("a seat of government too", quote("Kremlin", kind="org"), ("Russia", "state")),
    ("a surname alone is no state", quote("Petrov", kind="org"), ("Petrov", "organisation")),
    ("an organisation before a title", quote("Ana Lima", "European Commission President"),
     ("European Commission", "agency")),
    ("an acronym before a title", quote("Ana Lima", "the NATO Secretary General"), ("NATO", "organisation")),
    ("a country the tables do not know: its government", quote("Anna Kell", "Ruritanian Foreign Minister"),
     ("Ruritanian government", "state")),
    ("a head of government of a known country", quote("Ana Lima", "Portuguese President"), ("Portugal", "state")),
]


@pytest.mark.parametrize(("given", "expected"), [c[1:] for c in ACTOR_CASES], ids=[c[0] for c in ACTOR_CASES])
def test_parties_are_actors(given: Quote, expected: tuple[str, str]) -> None:
    actor = actor_of(given)
    assert (actor.name, actor.kind, actor.review) == (*expected, None)


def test_a_ministry_is_kept_as_a_hint_for_the_analysts_own_ministry_party() -> None:
    assert actor_of(quote("Ana Lima", "Turkish Defence Minister")).department == ("Turkey|Turkish", "defence")


REVIEW_CASES = [
    ("no speaker", quote(None), "no speaker found"),
    ("a news agency as speaker", quote("TASS", kind="org"), "relays these words"),
    ("an outlet named in full", quote("Anadolu Agency", kind="org"), "relays these words"),
    ("a title is not a name", quote("Minister"), "not a name"),
    ("a description is not a name", quote("the envoy", kind="org"), "not a name"),
    ("a document with no issuer", quote("statement released", kind="document"), "names no one who issued it"),
    ("the extractor is unsure", quote("Ana Lima", confidence=0.1, evidence="a pronoun two sentences back"),
     "unsure who said it"),
]


@pytest.mark.parametrize(("given", "reason"), [c[1:] for c in REVIEW_CASES], ids=[c[0] for c in REVIEW_CASES])
def test_unsure_quotes_go_under_review(given: Quote, reason: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import briefings.drafting.actors as actors

    monkeypatch.setattr(actors, "_threshold", lambda: 0.5)  # the extractor's threshold, where it grades
    actor = actor_of(given)
    assert actor.name == "Unattributed quotes" and reason in str(actor.review)


@pytest.mark.parametrize(("name", "outlet"), [
    ("Reuters", True), ("the Xinhua news agency", True), ("Interfax", True), ("the daily Kommersant", True),
    ("International Atomic Energy Agency", False), ("European Union", False), ("Ana Lima", False),
])
def test_outlets(name: str, outlet: bool) -> None:
    assert is_outlet(name) is outlet


@pytest.mark.parametrize(("line", "expected"), [
    ("MOSCOW, December 14. /TASS/. The talks ended early.", "The talks ended early."),
    ("ANKARA (AA) - The talks ended early.", "The talks ended early."),
    ("Berlin, Dec. 3 (dpa) — The talks ended early.", "The talks ended early."),
    ("The talks ended early in Moscow.", "The talks ended early in Moscow."),
    ("The talks (in Oslo) ended early.", "The talks (in Oslo) ended early."),  # brackets, no dash: no dateline
])
def test_datelines_are_stripped(line: str, expected: str) -> None:
    assert strip_dateline(line) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Talks end\n\nMOSCOW, March 3. /TASS/. The talks ended early.", "TASS"),
    ("OSLO (Reuters) - The talks ended early.", "Reuters"),
    ("Talks end\nANKARA (AA) - The talks ended early.", "AA"),
    ("Talks end\n\nThe talks (in Oslo) ended early.", None),  # brackets, but no dateline
    ("Talks end\n\nThe talks ended early.", None),
])
def test_the_agency_of_a_dateline_is_the_drafts_publisher(text: str, expected: str | None) -> None:
    assert dateline_agency(text) == expected


def test_story_sentences_leave_out_the_headline_credits_and_tags() -> None:
    text = ("Talks end early\n\nPhoto: Ana Lima / Example Wire\n"
            "MOSCOW, December 14. /TASS/. The two delegations left the hotel before the evening session began.\n"
            "/TASS/.\nRead more: https://example.org/x\n"
            "Officials from both sides said the next round would be held in the spring.\n")
    assert story_sentences(text) == [
        "The two delegations left the hotel before the evening session began.",
        "Officials from both sides said the next round would be held in the spring."]


def test_a_story_sentence_keeps_the_closing_mark_of_the_quote_that_ends_it() -> None:
    text = ("Talks end early\n\n"
            'A spokesman told reporters that Oslo was "ready to talk as soon as the guns are silent." '
            'He added that the other side had "done nothing" to help the talks along this week.\n')
    assert story_sentences(text) == [
        'A spokesman told reporters that Oslo was "ready to talk as soon as the guns are silent."',
        'He added that the other side had "done nothing" to help the talks along this week.']


@pytest.mark.parametrize(("text", "expected"), [
    ("Posted Dec. 14, 2020 by the desk", "2020-12-14"),
    ("Sept. 3 2019: the envoy left", "2019-09-03"),
    ("On 14th December 2020 the envoy left", "2020-12-14"),
    ("December 2020 was cold; the envoy left", None),  # no day: not a full date
    ("Feb. 30, 2020 is no day; Mar. 1, 2020 is.", "2020-03-01"),
])
def test_dates_are_read_by_dateutil(text: str, expected: str | None) -> None:
    found = article_date(text)
    assert (found.isoformat() if found else None) == expected


ARTICLE = """Envoys trade warnings over the port
Photo: Example Wire
MOSCOW, December 14. /TASS/. Russia and Norway traded warnings over the port on Monday after a week of talks.
"We will answer any new restriction in kind," Russian Deputy Foreign Minister Ivan Petrov said.
"The port stays open to every ship that follows the rules," Norwegian Foreign Minister Kari Dahl said.
"This is a dangerous moment for the whole region," it said.
The European Union imposed sanctions on Russia over the dispute at the port on Monday evening.
"""


def test_a_wire_article_drafts_actors_without_clutter(tmp_path: Path) -> None:
    article = tmp_path / "port.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    tree = draft(article, tmp_path / "port.yaml", today=dt.date(2026, 1, 2)).tree
    text = dump(tree).decode()
    names = [p["name"] for p in tree["parties"]]
    assert "Russia" in names and "Norway" in names and "TASS" not in names
    russia = next(p for p in tree["parties"] if p["name"] == "Russia")
    assert [(p["name"], p["role"]) for p in russia["people"]] == [("Ivan Petrov", "Russian Deputy Foreign Minister")]
    assert all("TASS" not in k and "Photo" not in k for k in tree["key_points"])
    assert tree["key_points"][0].startswith("Russia and Norway traded warnings")
    assert tree["timeline"][0]["date"] == "2026-01-02"  # the dateline has no year: today stands in...
    assert "REVIEW: placeholder: the article gives no date" in text  # ...and says so
    for party in tree["parties"]:
        for consequence in party.get("consequences", []):
            assert consequence["role"] in ("imposes", "faces")
            assert consequence["affects"] or "REVIEW" in str(consequence.ca.items)


def said(text: str, speaker: str, kind: str = "person", role: str = "") -> Quote:
    return GradedQuote(quote=text, start=0, end=1, speaker=speaker, speaker_kind=kind, speaker_role=role,
                       confidence=1.0)


def test_short_forms_and_acronyms_join_the_full_name() -> None:
    from briefings.drafting.infer import draft_parties

    quotes = [said("We have come with new ideas for the border", "Miroslav Novák"),
              said("Both sides listened with care to each other", "Novak"),
              said("Each proposal will be studied by our experts", "European Commission", "org"),
              said("The dialogue must go on without any preconditions", "Commission", "org"),
              said("Our observers will stay for a month", "Economic Community of West African States", "org"),
              said("The vote must be held on the agreed day", "ECOWAS", "org")]
    parties = {p.name: p for p in draft_parties(quotes)}
    assert sorted(parties) == ["Economic Community of West African States", "European Commission", "Miroslav Novák"]
    assert all(len(p.quotes) == 2 for p in parties.values())


def test_an_acronym_with_its_own_people_joins_the_full_name() -> None:
    from briefings.drafting.infer import draft_parties

    quotes = [GradedQuote(quote="Every request will be answered in time", start=0, end=1,
                          speaker="Department of Homeland Security", speaker_kind="org", confidence=1.0),
              GradedQuote(quote="We have followed the law in each case", start=2, end=3, confidence=1.0,
                          speaker="Ana Lima", speaker_kind="person", speaker_role="DHS spokeswoman")]
    parties = {p.name: p for p in draft_parties(quotes)}
    assert "DHS" not in parties
    joined = parties["Department of Homeland Security"]
    assert [name for name, _ in joined.people.values()] == ["Ana Lima"]
    assert joined.quotes == [("Every request will be answered in time", joined.id),
                             ("We have followed the law in each case", "ana-lima")]
