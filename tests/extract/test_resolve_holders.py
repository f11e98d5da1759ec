"""Role phrases, groups and documents resolved to the holder or issuer the text names, or kept
as a label (``briefings.extract.resolve``).

Sentences are invented for these tests."""

from __future__ import annotations

from briefings.extract import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_a_plural_role_is_a_label_not_the_latest_speaker() -> None:
    text = ('"We will not sign," Fisheries Minister Tomas Brel said. Trade Minister Ilse Varga agreed.\n\n'
            '"The quotas must be shared fairly," the three ministers said after the meeting.')
    assert _speakers(text)[-1] == "three ministers"


_AMBASSADOR = ("Valdonia’s ambassador said on Monday that any sanction "
               '"would be answered at sea." "Our fleet is ready," Ambassador Ilse Varga told reporters.')


def test_a_country_s_role_goes_to_the_one_holder_the_text_names() -> None:
    assert _speakers(_AMBASSADOR) == ["Ilse Varga", "Ilse Varga"]


def test_a_holder_whose_title_names_another_country_is_not_it() -> None:
    text = _AMBASSADOR.replace("Ambassador Ilse Varga", "Fenwick Ambassador Ilse Varga")
    assert _speakers(text)[0] == "Valdonia's ambassador"


def test_a_person_s_role_is_not_a_holder_named_elsewhere() -> None:
    text = ('Lawyer Ilse Varga filed the papers. Tomas Brel’s lawyer said the claim was '
            '"without any merit at all."')
    assert _speakers(text) == ["Tomas Brel's lawyer"]


def test_an_unnamed_body_in_the_lead_is_the_one_the_next_sentence_names() -> None:
    text = ('A watchdog group accused the port board of "neglect that puts lives at risk."\n\n'
            "In its annual review, the Harbour Safety Group listed eleven piers in poor repair.")
    assert _speakers(text) == ["Harbour Safety Group"]


def test_an_unnamed_body_is_never_the_body_named_before_it() -> None:
    text = ("The Harbour Council met on Monday.\n\n"
            'A watchdog group said the piers were "close to collapse in several places."')
    assert _speakers(text) == ["watchdog group"]


def test_a_role_with_a_country_never_stands_for_an_official_of_another() -> None:
    """ "The Iraqi minister" is not the Iranian foreign minister the article named first."""
    from briefings.extract import extract_quotes
    text = ("Iranian Foreign Minister Abbas Rahimi met his Iraqi counterpart, Fuad Karim, on Saturday.\n\n"
            'Karim told reporters that Baghdad wanted "calm on both sides of the border."\n\n'
            'The Iraqi minister said his government would "never allow its soil to be used for attacks."')
    speakers = [q.speaker for q in extract_quotes(text)]
    assert speakers[-1] != "Abbas Rahimi"
