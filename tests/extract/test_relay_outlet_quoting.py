"""A news outlet "quoting" or "citing" someone gives that person's words, with or without "as
saying" (``relay.quoted_author``). Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

LEAD = "Foreign Minister Amir Tabesh met his Russian counterpart on Monday.\n\n"
QUOTE = '"The embargo will be lifted only when the prisoners are freed," '


@pytest.mark.parametrize(("attribution", "speaker"), [
    # the outlet was the speaker ('ISNA', 'ISNA news agency', 0.85-0.99)
    ("ISNA reported, quoting Tabesh.", "Amir Tabesh"),
    ("the ISNA news agency reported, quoting Tabesh.", "Amir Tabesh"),
    ("the Mehr news agency reported, citing Deputy Minister Ali Kazemi.", "Ali Kazemi"),
    # a body that is no outlet and cites someone stays the speaker: it may cite a report
    ("the ministry said, citing Tabesh.", "ministry"),
])
def test_an_outlet_quoting_someone_relays_their_words(attribution: str, speaker: str) -> None:
    (quote,) = extract_quotes(LEAD + QUOTE + attribution)
    assert quote.speaker == speaker, quote.evidence


@pytest.mark.parametrize(("lead", "speaker"), [
    # the outlet was the speaker ('Reuters' 0.96, 'Tasnim' 0.85): an unnamed source it cites is
    ("Reuters, citing two sources close to the talks, said", "two sources"),
    ("The Fars news agency, quoting an informed source, said", "informed source"),
    ("Kyodo, citing a senior official, said", "senior official"),
])
def test_an_outlet_citing_an_unnamed_source_relays_its_words(lead: str, speaker: str) -> None:
    (quote,) = extract_quotes(f'{lead} the embargo would be "lifted only when the prisoners are freed."')
    assert quote.speaker == speaker, quote.evidence


@pytest.mark.parametrize(("lead", "speaker"), [
    # the outlet was the speaker ('Yonhap', 0.84): a body it cites is
    ("Yonhap, citing the Ministry of National Defense, said", "Ministry of National Defense"),
    ("Kyodo, citing the Defense Ministry, said", "Defense Ministry"),
])
def test_an_outlet_citing_a_body_relays_its_words(lead: str, speaker: str) -> None:
    (quote,) = extract_quotes(f'{lead} the embargo would be "lifted only when the prisoners are freed."')
    assert quote.speaker == speaker, quote.evidence
