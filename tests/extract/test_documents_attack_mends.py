"""Round 11 (mdocs11): the forms an attack on round 11's document rules found, where they gave a
wrong name or lost a right one (docs/extraction.md, "The attack's findings and the mends"):

* a text's own words ("The Security Council condemns ...") name the body that speaks through it
  only where the article states its adoption or has the body act, never for a joint text, a
  vetoed or leaked one, nor one another subject signed or put out (``document_voice.voice_stands``);
* "In the report, X ...": X issued it only with a verb of saying or finding ("said", "found",
  "accused"), never "faces", "receives", "secured", "proposes"; never a country for a resolution
  or a text; and another issuer the article states wins (``documents._opening_clause``);
* a country in the possessive ("Malta's report") is what the report is about, not its author;
  nor does one side of a joint text own it (``documents._possessor``);
* voting for a resolution ("Norway and Iceland approved the resolution") does not issue it
  (``documents._signatories``, ``_active_subject``); "Religious leaders of A, B and C" speak for
  no government (``labels.party_of_body``);
* a possessed document ("the commission's report") starts its own chain (``documents.chain``);
* a document named by a country ("the latest Iran report") with no issuer stated is no one's
  (``issuers.document_as_written``), not the label "latest Iran report" with the country's party;
* whoever said someone adopted a text ("X said the Assembly had acted, adopting a resolution")
  did not issue it (``issuers._adopted_in``), nor does an adopting participle after a verb of
  saying belong to the speaker (``documents._participle_subject``);
  "EU" and "European Union" along one chain are one issuer (``issuers._one_body``).

Sentences are invented for these tests (real countries and bodies, no real events)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

# text -> (speaker, party) of its last quote
CASES = [
    pytest.param(
        "Thirty aid groups on Monday urged world powers to act on Chad.\n\nA statement signed by the "
        'groups was handed to reporters. "The Security Council condemns every raid and then does '
        'nothing at all," the statement said.',
        None, None, id="own words: a statement others signed, by a verb after it"),
    pytest.param(
        "Chile and the European Union ended two days of talks in Santiago on Friday.\n\n"
        '"The European Union welcomes Chile\'s pledge to close its coal plants," the joint statement said.',
        None, None, id="own words: one side of a joint text"),
    pytest.param(
        "Russia on Tuesday vetoed a draft resolution put forward by Peru on Chad.\n\n"
        '"The Security Council demands an immediate pause in the fighting," the draft said.',
        None, None, id="own words: a vetoed draft"),
    pytest.param(
        "The ruling party tabled a bill in parliament on Monday.\n\n"
        '"The Parliament condemns all foreign meddling in our elections," the text says.',
        None, None, id="own words: a tabled bill nobody adopted"),
    pytest.param(
        "Russia lashed out at the alliance on Friday.\n\nA statement on the foreign ministry's website "
        'was sharp. The statement said NATO "welcomes every provocation against Moscow."',
        None, None, id="own words: no adoption stated, a body the text speaks of"),
    pytest.param(
        "The African Union Peace and Security Council met on Friday on the fighting in Chad.\n\n"
        '"The Council demands that the rebels withdraw from the capital at once," the communique said.',
        "Council", None, id="own words: the body met (one word kept as written, round 11)"),
    pytest.param(
        "Amnesty International said in a report on Tuesday that dock workers in Chile were dying.\n\n"
        'In the report, Chile faces accusations of neglect. "Families are left with nothing," the report said.',
        "Amnesty International", "Amnesty International", id="opening clause: 'faces' issues nothing"),
    pytest.param(
        "The UN Security Council adopted a resolution on Monday extending the mission in Chad.\n\n"
        "In the resolution, the United States secured an end date for the mission. "
        '"The Council decides to extend the mandate a final time," the resolution said.',
        "UN Security Council", "United Nations", id="opening clause: 'secured' never overrides the adopter"),
    pytest.param(
        "Diplomats met on Monday.\n\nIn the text seen by Reuters, Britain proposes an arms embargo. "
        'The text "demands that the militia end the siege of the town," it says.',
        None, None, id="opening clause: a drafter's proposal"),
    pytest.param(
        "In Freedom House's annual report, Chile received its lowest score in a decade.\n\n"
        '"The ruling party has captured the courts," the report said.',
        "Freedom House", "Freedom House", id="opening clause: 'received'; the possessor is the author"),
    pytest.param(
        "The European Commission on Tuesday published its yearly reviews of the rule of law.\n\n"
        'Malta\'s rule-of-law report was the harshest. "Concerns about the courts remain," the report said.',
        None, None, id="possessor: a country is what the report is about"),
    pytest.param(
        "China and Russia signed a series of deals on Thursday.\n\nChina's joint statement with Russia "
        'was released in the evening. "Both sides oppose unilateral sanctions," the statement said.',
        None, None, id="possessor: one side of a joint text"),
    pytest.param(
        "Members of the UN Human Rights Council voted on Friday.\n\nNorway and Iceland approved the "
        'resolution, which passed by 24 votes to 8. The resolution "calls upon the government to end '
        'executions," it says.',
        None, None, id="signatories: members who voted for a resolution did not issue it"),
    pytest.param(
        "The UN Security Council adopted a resolution on Monday backing a truce.\n\nThe United States "
        'and Britain endorsed the resolution, while Russia abstained. The resolution "demands that both '
        'parties implement its terms," it says.',
        "UN Security Council", "United Nations", id="signatories: endorsing is no rival issuer"),
    pytest.param(
        "Religious leaders of Chile, Peru and Bolivia said in a joint statement on Sunday that shrines "
        'must be protected.\n\n"No goal justifies violence at a place of prayer," the joint statement said.',
        "Religious leaders of Chile, Peru and Bolivia", None, id="signatories: religious leaders, no government"),
    pytest.param(
        "Amnesty International published a report on Tuesday, a day after the Chilean Human Rights "
        "Commission issued a report of its own.\n\n"
        '"Executions are at a record," the Amnesty report said. "The country has made progress," '
        "the commission's report said.",
        # round 12 (asia12): the body that owns it, named before, issued it (``issuers._owning_body``);
        # it was no one's, and never Amnesty's
        "Chilean Human Rights Commission", "Chilean Human Rights Commission",
        id="chain: a possessed document starts its own"),
    pytest.param(
        "Turkey's foreign ministry rejected on Thursday a statement by the European Union on Cyprus.\n\n"
        'The EU statement "calls on Turkey to respect the island\'s sovereignty," it said.',
        "European Union", "European Union", id="chain: 'EU' and 'European Union' are one issuer"),
    pytest.param(
        "The International Atomic Energy Agency sent its quarterly reports to member states on Wednesday.\n\n"
        '"Chile has not answered questions about two sites," the latest Chile report said.',
        None, None, id="as written: a country names what the report is about, not its author"),
    pytest.param(
        "Peru's foreign ministry issued a statement on Sunday about a strike on a hospital.\n\n"
        '"This is a crime that must not go unpunished," the Chile statement said.',
        None, None, id="as written: 'the Chile statement' is Peru's, about Chile"),
    pytest.param(
        "Western diplomats said the General Assembly had acted swiftly on Thursday, adopting a resolution "
        'on Chad.\n\nThe resolution "demands that all forces leave the country at once," it says.',
        None, None, id="a speaker who says someone adopted the text did not issue it"),
    pytest.param(
        "LIMA (AFP) - Opposition lawmakers said on Tuesday that the National Assembly had acted illegally, passing a "
        'resolution on the vote.\n\nThe resolution "calls on all citizens to accept the result," it says.',
        None, None, id="a participle after a verb of saying is the reported clause's, not the speaker's"),
    # guards: what the mends keep
    pytest.param(
        "LIMA (Reuters) - The State Department's annual report said Peru had \"failed to protect its "
        'forests."', "State Department", "United States", id="a country's body owns its report"),
    pytest.param(
        'Chile reacted on Monday.\n\nThe Chilean statement said the measures were "unilateral and illegal."',
        "Chilean statement", "Chile", id="a nationality names the statement's author"),
    pytest.param(
        'The Kremlin issued a statement on Sunday.\n\n"The talks were useful," the Kremlin statement said.',
        "Kremlin", "Russia", id="a seat of government names its statement's author"),
    pytest.param(
        "European Union leaders on Thursday agreed an aid package for Chile.\n\n"
        '"The European Council reaffirms its support for Chile," the summit conclusions said.',
        "European Council", "European Union", id="own words: leaders agreed the conclusions"),
]


@pytest.mark.parametrize(("text", "speaker", "party"), CASES)
def test_the_attacks_forms(text: str, speaker: str | None, party: str | None) -> None:
    quote = extract_quotes(text)[-1]
    assert (quote.speaker, quote.party) == (speaker, party), quote.reason
    assert speaker is not None or quote.reason, "an abstention says why"
