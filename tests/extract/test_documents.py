"""Words quoted from a document go to the body the text says issued it
(``briefings.extract.documents``, resolved by ``issuers.document_issuer``): one row per way an
article states the issuer, and rows where it must abstain (two bodies, no issuer stated, a news
outlet's report).

Sentences are invented for these tests (real countries and bodies, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.article import Article
from briefings.extract.documents import chain, introductions
from briefings.extract.spans import find_quote_spans

# text -> (speaker, party) of its one quote
CASES = [
    pytest.param(  # an adopting verb and its subject
        'The UN Security Council on Friday adopted a resolution on the border war. Fenwick voted '
        'against it. The resolution "demands an immediate end to the shelling of towns."',
        "UN Security Council", "United Nations", id="the council adopted a resolution"),
    pytest.param(  # an opening clause's subject (deleted in round 5 as dev-only, read again in
        # round 11: the text states it; docs/extraction.md, "Round 11 (docs11)")
        "In its annual report, Amnesty International accused Norway of neglect. Norway denied it. "
        'The report says detainees were "left without a doctor for weeks."',
        "Amnesty International", "Amnesty International", id="in its report, X said"),
    pytest.param(  # the agent after an issuing verb
        "A report published on Monday by Harbour Watch counted the accidents. The report said the "
        'docks were "a danger to every worker on them."',
        "Harbour Watch", None, id="a report published by X"),
    pytest.param(  # a draft given to a body for adoption states no issuer, but its own words
        # speak as the council ("The Security Council deplores"): the council's, never the envoys'
        "Two envoys drafted a statement over the weekend. The draft was handed to the UN Security "
        'Council for adoption. "The Security Council deplores the shelling of towns," the draft statement says.',
        "UN Security Council", "United Nations", id="a draft that speaks as the council"),
    pytest.param(  # two bodies state themselves its issuer: no guess
        "The Northern Fisheries Council adopted a resolution on Monday. The Southern Fisheries "
        'Council approved the resolution on Tuesday. The resolution "urges all members to cut '
        'their catches by a tenth."',
        None, None, id="two bodies: abstain"),
    pytest.param(  # the drafters are not its issuer
        'Norway and Chile agreed on a statement after a week of talks. "The ships must leave the '
        'strait," the statement says.',
        None, None, id="agreed on a statement: abstain"),
    pytest.param(
        'The talks ended late. The statement says "the ships must leave the strait at once."',
        None, None, id="no issuer stated: abstain"),
    pytest.param(  # a news agency relays; it is never a speaker
        "A report by Reuters described the talks. The report said the delegates were \"tired and "
        'far apart on every point."',
        None, None, id="a report by Reuters: abstain"),
    pytest.param(  # a new document begins a new chain: the issuer of the earlier one is not its
        "The UN Security Council adopted a resolution on Friday. On Monday a resolution was "
        'tabled in the assembly. The resolution "demands an end to the shelling of towns."',
        None, None, id="a second resolution: abstain"),
]


@pytest.mark.parametrize(("text", "speaker", "party"), CASES)
def test_a_documents_words_go_to_the_body_that_issued_it(text: str, speaker: str | None,
                                                         party: str | None) -> None:
    [quote] = extract_quotes(text)
    assert (quote.speaker, quote.party) == (speaker, party)
    assert speaker is not None or quote.reason, "an abstention says why"


def test_the_evidence_names_the_document_and_the_words_that_state_its_issuer() -> None:
    text = ("The UN Security Council on Friday adopted a resolution on the border war. "
            'The resolution "demands an immediate end to the shelling of towns."')
    [quote] = extract_quotes(text)
    assert "'The resolution' issued by 'UN Security Council': 'adopted a resolution'" in quote.evidence


def test_a_document_whose_issuer_is_stated_is_filed_under_that_body_not_as_a_document() -> None:
    text = ("The UN Security Council on Friday adopted a resolution on the border war. "
            'The resolution "demands an immediate end to the shelling of towns."')
    [quote] = extract_quotes(text)
    assert quote.speaker_kind == "org"


def test_an_abstention_says_which_two_bodies_could_have_issued_it() -> None:
    text = ("The Northern Fisheries Council adopted a resolution on Monday. The Southern Fisheries "
            'Council approved the resolution on Tuesday. The resolution "urges all members to cut '
            'their catches by a tenth."')
    [quote] = extract_quotes(text)
    assert quote.reason is not None and quote.reason.startswith("no speaker: two bodies could have issued")
    assert "Northern Fisheries Council" in quote.reason and "Southern Fisheries Council" in quote.reason


def test_a_chain_runs_back_to_the_mention_that_brought_the_document_in() -> None:
    text = ("Norway published a study on Monday. The agency praised the study. "
            "The study was long. The study says so.")
    article = Article(text, find_quote_spans(text))
    last = [m for m in article.mentions if m.surface == "The study"][-1]
    assert [m.surface for m in chain(article, last)] == ["The study", "The study", "the study", "a study"]


# text -> (document as written, issuer as written) of every introduction
INTRODUCTIONS = [
    ("The assembly adopted a resolution on Monday.", [("a resolution", "The assembly")]),  # a body word
    ("Jan Brel adopted a resolution on Monday.", [("a resolution", "Jan Brel")]),
    ("It adopted a resolution on Monday.", []),  # a pronoun: not read here
    ("The Harbour Council unanimously passed a resolution.", [("a resolution", "Harbour Council")]),
    ("The ministers of Norway and Chile approved a declaration.",  # "Chile" alone approved nothing:
     [("a declaration", "ministers of Norway and Chile")]),  # the signatories as written (round 11)
    ("Norway said the Harbour Council had adopted a resolution.", [("a resolution", "Harbour Council")]),
    ("Officials drafted a resolution for the Harbour Council.", []),  # drafting issues nothing
    ("A statement from the Harbour Council followed.", [("A statement", "Harbour Council")]),
    ("The memo was sent to the Harbour Council for approval.", []),  # its recipient issued nothing
    ("In its report, the Harbour Council said piers were unsafe.", [("its report", "Harbour Council")]),
]


@pytest.mark.parametrize(("text", "expected"), INTRODUCTIONS)
def test_introductions_read_the_issuer_the_sentence_states(text: str, expected: list[tuple[str, str]]) -> None:
    article = Article(text, find_quote_spans(text))
    found = introductions(article).values()
    assert [(i.document.surface, i.issuer.surface) for i in found] == expected
