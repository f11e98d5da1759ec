"""Candidate consequences: who imposes a measure and on whom, where a sentence says so plainly;
nothing guessed where it does not. The sentences are written for this test in several house
styles (capitals for governments, passive voice, possessives)."""

from __future__ import annotations

import pytest

from briefings.drafting.consequences import Mentionable, infer, measure_sentences
from briefings.drafting.infer import DraftParty, consequence_candidates

PARTIES = [
    Mentionable("us", ("United States", "Washington", "US Treasury")),
    Mentionable("tr", ("Turkey", "Ankara", "Turkish Defence Ministry")),
    Mentionable("eu", ("European Union", "Brussels")),
    Mentionable("ru", ("Russia", "Moscow", "Kremlin")),
]

CASES = [
    ("agent, measure, target", "Washington imposed sanctions on Ankara over the missile purchase.",
     ("us", "imposes", ["tr"])),
    ("several targets", "The European Union approved an asset freeze against Russia and Turkey on Friday.",
     ("eu", "imposes", ["ru", "tr"])),
    ("the agent suffers it", "Turkey faces sanctions under a 2017 law on arms purchases.",
     ("tr", "faces", [])),
    ("passive, no agent", "Sanctions against Russia were tightened again on Monday, officials said.",
     ("ru", "faces", [])),
    ("threat without a target", "Moscow warned of swift retaliation if the plan goes ahead.",
     ("ru", "imposes", [])),
    ("nobody named", "New tariffs of 25 percent take effect at midnight on steel imports.",
     (None, "imposes", [])),
    ("a measure only inside a quotation: nothing inferred",
     'The Kremlin said the talks were "not about sanctions at all" this time.', (None, "imposes", [])),
]


@pytest.mark.parametrize(("sentence", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_who_imposes_what_on_whom(sentence: str, expected: tuple[str | None, str, list[str]]) -> None:
    candidate = infer(sentence, PARTIES)
    assert (candidate.owner, candidate.role, candidate.affects) == expected


def test_measure_sentences_stay_within_paragraphs_and_skip_quoted_measures() -> None:
    paragraphs = ["Headline About Sanctions Ahead", "Officials said the ban on exports would start in May.",
                  'He called it "a ban on common sense" and left.']
    assert measure_sentences(paragraphs) == ["Officials said the ban on exports would start in May."]


# --------------------------------------------------------------------------- parties

from briefings.drafting.infer import infer_party  # noqa: E402
from briefings.extract import Quote  # noqa: E402

PARTY_CASES = [
    ("a minister with a country", "Hulusi Akar", "Turkish Defence Minister", ("Turkish Defence Ministry", "ministry")),
    ("a secretary of state with a country", "Ana Lima", "US Secretary of State", ("US State Department", "ministry")),
    ("no country stated: the person, not an invented US department", "Ana Lima", "Secretary of State",
     ("Ana Lima", "person")),
    ("a shadow minister is not the ministry", "Jo Bell", "shadow foreign secretary", ("Jo Bell", "person")),
    ("a shadow minister speaks for their party", "Jo Bell", "Labour's shadow foreign secretary",
     ("Labour Party", "political party")),
    ("an organisation stated in the role", "Maria Lopez", "a senior fellow at the Center for Policy Study",
     ("Center for Policy Study", "organisation")),
]


@pytest.mark.parametrize(("speaker", "role", "expected"), [c[1:] for c in PARTY_CASES],
                         ids=[c[0] for c in PARTY_CASES])
def test_parties_come_from_stated_affiliations(speaker: str, role: str, expected: tuple[str, str]) -> None:
    quote = Quote(quote="We will see.", start=0, end=12, speaker=speaker, speaker_kind="person",
                  speaker_role=role)
    name, _, kind = infer_party(quote)
    assert (name, kind) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("WASHINGTON, December 14, 2020 — The Treasury said...", "2020-12-14"),
    ("Published 3 March 2021\nThe ministry said...", "2021-03-03"),
    ("Updated: 2019-07-12T10:00Z. Officials...", "2019-07-12"),
    ("No date here, only May and 2020 apart.", None),
    ("February 30, 2020 is not a day; March 1, 2020 is.", "2020-03-01"),
])
def test_the_article_date_is_found_or_left_unknown(text: str, expected: str | None) -> None:
    from briefings.drafting.infer import article_date

    found = article_date(text)
    assert (found.isoformat() if found else None) == expected


def test_a_drafted_government_is_found_by_its_seat_and_its_adjective() -> None:
    """The parties a draft infers carry only their names; news names a government by its seat
    and a target by its adjective ("Washington imposed new sanctions on Russian banks")."""
    parties = [DraftParty("united-states", "United States", "United States", "state"),
               DraftParty("russia", "Russia", "Russia", "state"),
               DraftParty("amnesty", "Amnesty International", "Amnesty", "organisation")]
    text = ("Talks stall\n\nWashington imposed new sanctions on Russian banks last week, officials confirmed.\n\n"
            "The Kremlin threatened retaliation against the banks of any country that joins them.\n")
    found = [(c.owner, c.role, c.affects) for c in consequence_candidates(text, parties)]
    assert found == [("united-states", "imposes", ["russia"]), ("russia", "imposes", [])]


def test_a_measure_sentence_keeps_the_closing_mark_of_its_quote() -> None:
    paragraph = 'Washington imposed sanctions on Ankara over the purchase, calling them "long overdue." Turkey said it would reply.'
    assert measure_sentences([paragraph]) == [
        'Washington imposed sanctions on Ankara over the purchase, calling them "long overdue."']
