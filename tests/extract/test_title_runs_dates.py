"""A body or title followed by a date's "on" or "of" ("the Interior Ministry on Monday said")
is still a mention: the date is no portfolio (``title_runs._date_after_link``). Sentences are
invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("text", "speaker", "party"), [
    # the run was read as a title whose portfolio follows "on", so the body was no mention
    ("Chile's Ministry of Foreign Affairs on Thursday rejected the claim. "
     '"The border was settled long ago," the ministry said.', "Chile's Ministry of Foreign Affairs", "Chile"),
    ("The Chilean Interior Ministry on Monday rejected the claim. "
     '"The border was settled long ago," it said.', "Chilean Interior Ministry", "Chile"),
    ("The Chilean Interior Ministry on 4 March rejected the claim. "
     '"The border was settled long ago," it said.', "Chilean Interior Ministry", "Chile"),
])
def test_a_date_after_a_body_keeps_the_body(text: str, speaker: str, party: str) -> None:
    quote = extract_quotes(text)[-1]
    assert (quote.speaker, quote.party) == (speaker, party), quote.evidence


def test_a_portfolio_after_on_is_still_a_title() -> None:
    quote = extract_quotes('"We need the corridor open," UN Special Rapporteur on Torture Ines Dahl said.')[0]
    assert quote.speaker != "UN Special Rapporteur", quote.evidence
