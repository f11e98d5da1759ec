"""A nickname in quotation marks, after a full name ("Pushpa Kamal Dahal 'Prachanda'") or
between the given name and the surname ("Rolliansyah \"Roy\" Soemirat"), names that person
(``briefings.extract.nicknames.quoted_nicknames``): the speaker was the one-word name
`Prachanda'`, `Roy` or `Soemirat`. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("text", "speaker"), [
    # after the full name, single marks: the nickname in the same sentence and later
    ("Former prime minister Kamal Raj Dhakal 'Sagar' on Sunday said the talks were "
     '"going in the right direction."', "Kamal Raj Dhakal"),
    ("Former prime minister Kamal Raj Dhakal 'Sagar' spoke at the rally on Sunday.\n\n"
     '"We cannot postpone the border question forever," Sagar said.', "Kamal Raj Dhakal"),
    # both marks written ’, as some typography does
    ("Former prime minister Kamal Raj Dhakal ’Sagar’ spoke at the rally on Sunday.\n\n"
     '"We cannot postpone the border question forever," Sagar said.', "Kamal Raj Dhakal"),
    # after the full name, double marks
    ('Senator Maria Luisa Reyes "Malou" opened the hearing.\n\n'
     '"The people deserve to know the whole truth," Malou told reporters.', "Maria Luisa Reyes"),
    # between the given name and the surname: the nickname and the surname both stand for the name
    ('Foreign Ministry spokesperson Hadiwijaya "Didi" Santoso briefed reporters on Thursday.\n\n'
     '"Indonesia has no overlapping claims in these waters," Didi said.', "Hadiwijaya Santoso"),
    ('Foreign Ministry spokesperson Hadiwijaya “Didi” Santoso briefed reporters on Thursday.\n\n'
     '"Indonesia has no overlapping claims in these waters," Santoso said.', "Hadiwijaya Santoso"),
])
def test_a_nickname_in_quotation_marks(text: str, speaker: str) -> None:
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text", [
    # a quoted word that is no nickname: a lower-case word, two words, or marks that do not pair
    ("Minister Kamal Raj Dhakal 'denied' it on Sunday.\n\n"
     '"We cannot postpone the border question forever," Sagar said.'),
    ("Minister Kamal Raj Dhakal \"Sagar Dai\" spoke on Sunday.\n\n"
     '"We cannot postpone the border question forever," Sagar said.'),
])
def test_no_quoted_nickname(text: str) -> None:
    assert extract_quotes(text)[-1].speaker != "Kamal Raj Dhakal"
