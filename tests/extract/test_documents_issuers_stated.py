"""Round 11: more ways an article states who issued a document (``briefings.extract.documents``,
``document_voice``; resolved by ``issuers.document_issuer``), and the drafter or proposer is
never the issuer:

* the document's own words speak as a body: '"The Security Council condemns ...," the draft
  statement says', 'The Council "welcomes ...," the resolution stated' (``document_voice``);
  only for texts a body adopts, not a report quoting a body;
* an opening clause: "In a report issued Thursday, X said", after a dateline too;
* the signatories of a joint text as the sentence names them: "the leaders of A, B and C issued
  a joint statement", "... said in a joint statement", "President A and Prime Minister B signed a
  joint statement";
* a body's name owning the document: "Amnesty International's annual report" (not "Britain's
  draft resolution": its owner drafted it);
* an adopting participle: "The council demanded ..., adopting a resolution";
* "according to a copy seen by Reuters": a copy is a document, the agency that saw it no speaker.

Sentences are invented for these tests (real countries and bodies, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

# text -> speaker of its last quote
CASES = [
    pytest.param(
        "Norway and Chile agreed on a statement after long talks. The text was sent to the UN "
        'Security Council on Monday.\n\n"The Security Council condemns the shelling of the port," '
        "the draft statement says.",
        "UN Security Council", id="the draft's words speak as the council, not the drafters"),
    pytest.param(
        "Norway and Chile agreed on a statement after long talks. The text was sent to the UN "
        'Security Council on Monday.\n\nThe draft statement says the Security Council "expresses '
        'its deep concern" at the shelling.',
        "UN Security Council", id="the council just before the quoted verb"),
    pytest.param(  # "the United Nations Security Council for adoption": the body's name ends before "for"
        "Norway and Chile agreed on a statement. The text was given today to the United Nations "
        'Security Council for adoption.\n\n"The Security Council condemns the shelling," the draft '
        "statement says.",
        "United Nations Security Council", id="the fullest name, not one ending in 'for'"),
    pytest.param(
        "EU foreign ministers adopted conclusions on Monday, days after the UN Security Council "
        'met.\n\n"The Council strongly condemns the attack," the conclusions said.',
        "Council", id="one word is not the fuller body the article names"),
    pytest.param(
        'Harbour Watch released a report on Monday.\n\n"The European Union urges Chile to act but '
        'does nothing," the report said.',
        None, id="a report quoting a body in the present: not that body"),
    pytest.param(
        "A coalition of rights groups issued a joint statement on Monday.\n\n"
        '"The European Union welcomes dialogue but fails to act," the statement said.',
        None, id="a statement others issued speaks of the body, not as it"),
    pytest.param(
        "ASEAN foreign ministers said in a joint communique that talks would go on.\n\n"
        '"We agreed to meet again," the communique said.\n\n'
        '"ASEAN reaffirms its commitment to dialogue," the communique added.',
        "ASEAN foreign ministers", id="who said they spoke in it comes before its own words"),
    pytest.param(
        "LIMA (Reuters) - In a report issued Thursday, Harbour Watch said the docks were unsafe.\n\n"
        'The report said the piers were "falling into the sea."',
        "Harbour Watch", id="an opening clause after a dateline"),
    pytest.param(
        "On Monday, the leaders of Norway, Chile and Peru issued a joint statement on fishing.\n\n"
        '"We will defend our waters together," the statement said.',
        "leaders of Norway, Chile and Peru", id="the signatories of a joint statement"),
    pytest.param(
        "OSLO (AFP) - The foreign ministers of Norway and Chile said in a joint statement that "
        'the strait must stay open.\n\n"No ship shall be stopped," the statement said.',
        "foreign ministers of Norway and Chile", id="said in a joint statement"),
    pytest.param(
        "LIMA, Oct 3 (EFE) - The presidents of Peru, Chile and Bolivia signed the Lima Declaration "
        'on Friday.\n\nThe declaration "condemns all fishing without a licence."',
        "presidents of Peru, Chile and Bolivia", id="the signatories of a declaration"),
    pytest.param(
        "OSLO (NTB) - Norwegian Prime Minister Irma Vell and Chilean President Tomas Brel on "
        'Thursday signed a joint statement on fishing.\n\n"Both sides oppose illegal fishing," the '
        "joint statement said.",
        "Irma Vell and Tomas Brel", id="two named leaders sign a joint statement"),
    pytest.param(
        "Police said Irma Vell and Tomas Brel signed a joint statement.\n\n"
        '"Both sides oppose illegal fishing," the statement said.',
        None, id="names after another subject's verb: not the signatories"),
    pytest.param(
        "Norway issued a statement on Monday.\n\n"
        '"The strait must stay open," the statement said.',
        None, id="a plain statement issued: may relay another's words, no issuer"),
    pytest.param(
        "Human Rights Watch's annual report, published on Tuesday, counted the accidents.\n\n"
        'The report said the docks were "a danger to every worker."',
        "Human Rights Watch", id="a body owns the report"),
    pytest.param(
        "Harbour Watch's statement counted the accidents. Chile and Peru met on Monday.\n\n"
        '"Both sides will inspect the docks," the joint statement said.',
        None, id="the joint statement is not the statement owned before"),
    pytest.param(
        "Measles cases rose, according to a WHO report released on Thursday.\n\n"
        '"The region recorded more than 127,000 cases," the report said.',
        "WHO", id="a body's name before the head: a WHO report"),
    pytest.param(
        "China rejected the G7 summit communique on Monday.\n\n"
        'The G7 communique said the group "will act against harmful practices."',
        "G7", id="a body the article names, before the head"),
    pytest.param(
        "The resolution was adopted by 141 votes to 7.\n\n"
        'According to the resolution, the assembly "reaffirms its commitment to the border."',
        None, id="own words of a body with no name: no speaker, not 'assembly'"),
    pytest.param(
        "President Tomas Vell's letter reached Lima on Monday.\n\n"
        '"We must talk," the letter said.',
        None, id="a titled person's letter: no body's name, not 'President Tomas Vell'"),
    pytest.param(
        "In the report, the ministry is accused of neglect.\n\n"
        'The report said the docks were "a danger to every worker."',
        None, id="an opening clause's passive subject issued nothing"),
    pytest.param(  # "copy" is a document word: the agency that saw it relays, it is no speaker
        "Peru circulated a new draft to council members on Wednesday.\n\n"
        'The draft "demands an immediate ceasefire," according to a copy seen by Anadolu.',
        None, id="according to a copy seen by an agency"),
    pytest.param(
        "Britain's draft resolution was circulated on Tuesday.\n\n"
        'The draft "condemns the shelling of the port in the strongest terms."',
        None, id="a drafter owns the draft: no issuer"),
    pytest.param(
        "The UN Security Council on Friday demanded an end to the siege, adopting a resolution "
        "drafted by Norway.\n\nThe resolution, drafted by Ambassador Tomas Vell, was amended "
        'twice. "This is a clear message," Vell said. The text also "calls for a ceasefire at once."',
        "UN Security Council", id="an adopting participle; the drafter is not the issuer"),
]


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_the_issuer_the_text_states(text: str, speaker: str | None) -> None:
    quote = extract_quotes(text)[-1]
    assert quote.speaker == speaker, quote.reason
    assert speaker is not None or quote.reason, "an abstention says why"


def test_a_nationality_before_the_head_names_no_body() -> None:
    text = 'China reacted on Monday.\n\nThe Chinese statement said the measures were "unilateral and illegal."'
    assert extract_quotes(text)[-1].speaker != "Chinese"
