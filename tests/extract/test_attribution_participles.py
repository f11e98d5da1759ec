"""A participle cue belongs to its clause's subject (``briefings.extract.attribution``).
"renewed the claim before the UN council, calling on Britain to '…'" gave the council (0.98):
"calling on" (a cue written with its particle) was not read as a participle. And "defended
the decision to recognise Palestine, telling parliament that …" gave Palestine (0.97) where no
subject was found: the object of the verb before a participle is never its subject, so the quote
abstains. Sentences are invented for these tests."""

from __future__ import annotations

from briefings.extract import extract_quotes


def test_calling_on_takes_the_subject_of_its_clause() -> None:
    text = ("Foreign Minister Ines Varga spoke in Geneva on Friday.\n\n"
            "Varga renewed the claim before the UN Human Rights Council, calling on Britain to "
            '"return to the table without conditions."')
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Ines Varga", quote.evidence


def test_the_object_before_a_participle_is_never_its_subject() -> None:
    text = ("Danish plan splits the coalition\n\n"
            "Prime Minister Olaf Brandt of Denmark on Monday defended the decision to recognise the State "
            'of Palestine, telling parliament that it was "a matter of principle and of law."')
    (quote,) = extract_quotes(text)
    assert quote.speaker != "Palestine", quote.evidence


def test_a_participle_after_an_auxiliary_is_the_clause_verb() -> None:
    text = ("Now that Labour and the unions have agreed, the Green Alliance is calling on "
            'Prime Minister Tomas Ek to "withdraw the bill before the vote."')
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Green Alliance", quote.evidence
