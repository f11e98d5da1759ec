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
