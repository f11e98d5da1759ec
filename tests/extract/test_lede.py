"""The role a story's opening gives a person the next paragraph names (``briefings.extract.lede``):
"Israel's prime minister has said … '…' / Benjamin Netanyahu said" withheld the first quote, and
"Germany's finance minister … / Christian Weber told reporters" gave Weber no party. Only where
the office-holder list has the person in that office, and never where the person has a title, an
affiliation or an apposition of their own, anywhere. Sentences are invented."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

_OPENING = ("Norway's foreign minister warned on Sunday that any attack on the pipeline would be met "
            "with \"a firm and united response\".\n\n")


def test_the_opening_role_is_the_next_paragraphs_person() -> None:
    first, second = extract_quotes(_OPENING + "Speaking in Oslo, Espen Barth Eide said: \"We will not be drawn in.\"\n")
    assert (first.speaker, second.speaker) == ("Espen Barth Eide", "Espen Barth Eide"), first.evidence
    assert second.party == "Norway", second.party_evidence


@pytest.mark.parametrize("second", [
    '"Oslo is signalling it wants calm," said Espen Barth Eide of the Nordic Policy Institute.\n',
    'Espen Barth Eide, who leads the Arctic programme at the Nordic Policy Institute, said Oslo "wants calm".\n',
    'Analysts doubted it. Espen Barth Eide said Oslo "wants calm above all else".\n',
    'Espen Barth Eide said Oslo "wants calm above all else".\n\nEide, a professor at the university, added more.\n',
    # the person's paragraph gives them another office: a critic (attack12 probes)
    'Espen Barth Eide said the warning was reckless. "This is sabre-rattling," the opposition lawmaker told reporters.\n',
    'Espen Barth Eide said the remarks were for home consumption. "This is signalling," said the Oslo-based '
    'security analyst.\n',
    'Espen Barth Eide said the warning was "long overdue". The Swedish opposition leader was speaking in Stockholm.\n',
    # a person the office-holder list does not have: the text never says they hold the office
    'Kari Lund said on X that she had "no view on the matter at all".\n',
    # a verb that answers the opening
    'Espen Barth Eide dismissed the warning as "empty words for a domestic audience".\n',
    'Espen Barth Eide criticised the remarks, saying they were "dangerously vague".\n',
    # the person's sentence quotes no words: a reply in reported speech, a critic's
    'Espen Barth Eide said the government had failed to protect the pipeline. "Where was the navy?" he asked.\n',
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

