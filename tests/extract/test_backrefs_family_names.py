"""A family name written alone that several people share goes to the one just quoted
(``briefings.extract.backrefs.recent_family_name``), and where none was, to no one
(``backrefs.namesakes``): Korean and Chinese names put the family name first, and wire copy
writes it alone on later mentions.

Sentences are invented for these tests (real countries, invented people)."""

from __future__ import annotations

from briefings.extract import extract_quotes

TEXT = ("Kim Soo-ah, a senior adviser to the ruling party, said the North would answer the drills.\n\n"
        '"They should think twice before they move," Kim said.\n\n'
        "Unification Minister Kim Dae-ho told lawmakers the government was watching closely.\n\n"
        '"We keep every option on the table," Kim said.\n')

FAR = ("Kim Soo-ah, a senior adviser, spoke on Monday. Unification Minister Kim Dae-ho spoke later.\n\n"
       "The talks ended without a date. Both sides left the hall.\n\n"
       '"We keep every option on the table," Kim said.\n')


def test_each_kim_is_the_kim_just_quoted() -> None:
    assert [q.speaker for q in extract_quotes(TEXT)] == ["Kim Soo-ah", "Kim Dae-ho"]


def test_no_kim_just_quoted_abstains() -> None:
    """Neither Kim spoke just before: either may be meant, so no one is chosen (round 9; it was
    `Kim` as written, a name of no one). ``test_backrefs_namesakes.py`` has more."""
    [quote] = extract_quotes(FAR)
    assert quote.speaker is None
    assert quote.reason == "no speaker: 'Kim' may be Kim Dae-ho or Kim Soo-ah"


def test_a_family_name_alone_after_its_holder_was_a_subject() -> None:
    """ "Foreign Minister Wang Tao held talks ... Wang said": no reporting verb named Wang Tao, but
    he is the subject of the sentence before; another Wang is named later."""
    text = ("Foreign Minister Wang Tao held talks with his Spanish counterpart on Thursday.\n\n"
            'Wang said both sides should "stay true to what brought them together."\n\n'
            "Spokesperson Wang Lin said the talks had been \"candid and useful.\"\n")
    assert [q.speaker for q in extract_quotes(text)] == ["Wang Tao", "Wang Lin"]
