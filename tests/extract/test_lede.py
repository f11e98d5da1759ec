"""The role a story's opening gives a person the next paragraph names (``briefings.extract.lede``):
"Israel's prime minister has said … '…' / Benjamin Netanyahu said" withheld the first quote, and
"Germany's finance minister … / Christian Weber told reporters" gave Weber no party. Never where
the person has a title, an affiliation or an apposition of their own, anywhere. Sentences are
invented."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

_OPENING = ("Norway's foreign minister warned on Sunday that any attack on the pipeline would be met "
            "with \"a firm and united response\".\n\n")


def test_the_opening_role_is_the_next_paragraphs_person() -> None:
    first, second = extract_quotes(_OPENING + "Speaking in Oslo, Kari Lund said: \"We will not be drawn in.\"\n")
    assert (first.speaker, second.speaker) == ("Kari Lund", "Kari Lund"), first.evidence
    assert second.party == "Norway", second.party_evidence


@pytest.mark.parametrize("second", [
    '"Oslo is signalling it wants calm," said Kari Lund of the Nordic Policy Institute.\n',
    'Kari Lund, who leads the Arctic programme at the Nordic Policy Institute, said Oslo "wants calm".\n',
    'Analysts doubted it. Kari Lund said Oslo "wants calm above all else".\n',
    'Kari Lund said Oslo "wants calm above all else".\n\nLund, a professor at the university, added more.\n',
    # the person's paragraph gives them another office: a critic (attack12 probes)
    'Kari Lund said the warning was reckless. "This is sabre-rattling," the opposition lawmaker told reporters.\n',
    'Kari Lund said the remarks were for home consumption. "This is signalling," said the Oslo-based '
    'security analyst.\n',
    'Kari Lund said the warning was "long overdue". The Swedish opposition leader was speaking in Stockholm.\n',
    # a verb that answers the opening
    'Kari Lund dismissed the warning as "empty words for a domestic audience".\n',
    'Kari Lund criticised the remarks, saying they were "dangerously vague".\n',
    # the person's sentence quotes no words: a reply in reported speech, a critic's
    'Kari Lund said the government had failed to protect the pipeline. "Where was the navy?" she asked.\n',
])
def test_no_reveal_where_the_person_is_someone_else(second: str) -> None:
    first = extract_quotes(_OPENING + second)[0]
    assert first.speaker is None, first.evidence
    assert first.party == "Norway", first.party_reason


@pytest.mark.parametrize("text", [
    "Russia's foreign minister said on Monday that Western sanctions had \"completely failed to change "
    "anything\".\n\nAntony Blinken rejected the claim in Brussels.\n",
    "The French president said the plan was \"a historic step for our continent\".\n\n"
    "\"We will not accept any partition,\" Jean-Noel Barrot told France Inter on Sunday.\n",
])
def test_a_holder_the_list_has_in_another_office_is_someone_else(text: str) -> None:
    first = extract_quotes(text)[0]
    assert first.speaker is None, first.evidence

