"""A name alone in brackets is another name for what stands before it, never a subject
(``clause.position_facts``). Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("sentence", "bracketed"), [
    # the bracketed name was the participle's subject: "Siloli" and "Diaoyu" spoke (0.64, 0.63)
    ('The Chilean government on Monday rejected a statement by the Bolivian government on the '
     'Silala (Siloli) River, reaffirming its "legitimate and lasting rights to the waters."', "Siloli"),
    ('The Japanese government on Monday rejected a statement by the Chinese government on the '
     'Senkaku (Diaoyu) Islands, reaffirming its "clear and lasting claim to the islands."', "Diaoyu"),
])
def test_a_name_in_brackets_is_no_speaker(sentence: str, bracketed: str) -> None:
    (quote,) = extract_quotes(sentence)
    assert quote.speaker != bracketed, quote.evidence


def test_an_acronym_in_brackets_still_names_its_body() -> None:
    text = ('The Gulf Cooperation Council (GCC) met on Monday.\n\n'
            '"The council stands with every member state," the GCC said.')
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Gulf Cooperation Council"
