"""A title read back before a name is words of any script (``briefings.extract.clause``): in
"Sinn Féin leader X accused the Government", the word before the title was read as "in" (the
end of "Féin"), so X stood after a preposition and was no subject; the "she" that followed went
to the Taoiseach named before (0.96). Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize("title", ["Sinn Féin leader", "Fianna Fáil deputy", "Plaid Cymru leader"])
def test_a_pronoun_goes_to_the_subject_titled_with_accents(title: str) -> None:
    text = ("The Taoiseach spoke first.\n\n"
            f"{title} Nora Keane accused the Government of haste. "
            '"You are removing the last protection the people have," she told the Taoiseach.')
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Nora Keane", quote.evidence
