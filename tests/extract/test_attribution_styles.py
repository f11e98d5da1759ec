"""Speakers in house styles the rules were not written from: British press, wire copy and
broadcasters' online text. Every article is invented for this test (invented people, places and
bodies); each case gives the speaker a brief should name, or None where no sure speaker exists."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

Q1, Q2 = "\u201c", "\u201d"  # typographic double quotation marks, as the wires send them


def _c(text: str) -> str:
    """Curly double marks for straight ones, to keep the table readable."""
    out, opening = [], True
    for char in text:
        if char == '"':
            out.append(Q1 if opening else Q2)
            opening = not opening
        else:
            out.append(char)
    return "".join(out)


# (scenario, article, the quote's first words, the speaker)
BRITISH = [
    ("honorific without a full stop after a cue",
     "Maria Oyelaran, the Valdonian finance minister, arrived in London on Monday.\n\n"
     "'We will not be rushed into a deal,' Ms Oyelaran said.",
     "We will not", "Maria Oyelaran"),
    ("inverted cue with Mr and a relative clause",
     "'The figures speak for themselves,' said Mr Hallam, who chairs the committee.",
     "The figures", "Hallam"),
    ("told the BBC with a colon",
     "Peter Hallam criticised the plan.\n\nMr Hallam told the BBC: 'This is a mess of the "
     "government's own making.'",
     "This is a mess", "Peter Hallam"),
    ("an unnamed spokesman of a place that stands for a government",
     "'The prime minister has full confidence in the chancellor,' a Downing Street spokesman said.",
     "The prime minister", "Downing Street spokesman"),
    ("Dr without a stop, and the next quote inherits",
     "Dr Ruth Amani led the study.\n\n'Our results are clear,' said Dr Amani. 'Children who "
     "slept less did worse.'",
     "Children who", "Ruth Amani"),
    ("a quote running across paragraphs with the opening mark repeated",
     "Sarah Penhale spoke after the vote.\n\nMs Penhale said: 'We have reached the end of the "
     "road.\n\n'There is nothing more to discuss.'",
     "There is nothing", "Sarah Penhale"),
    ("told the Guardian that, with a partial quote",
     "Sir Tomas Brandt, the chairman, told the Guardian that the board 'had no idea what was "
     "going on'.",
     "had no idea", "Sir Tomas Brandt"),
    ("an opening participle clause naming the outlet",
     "Tomas Brandt runs the bank.\n\nSpeaking to the BBC, Mr Brandt said the bank had 'failed "
     "its customers badly'.",
     "failed its", "Tomas Brandt"),
    ("a role with its holder in apposition before a colon",
     "The chief executive, Lena Marsh, said: 'We are sorry for what happened.'",
     "We are sorry", "Lena Marsh"),
    ("a party possessive before the name",
     "'It is a disgrace,' said Labour's Anna Kovic. 'The minister should resign.'",
     "The minister should", "Anna Kovic"),
    ("Mrs after a full name given earlier, with an apostrophe inside single marks",
     "Sarah Penhale, the party's deputy leader, spoke after the vote.\n\n'This result is a "
     "warning to all of us,' said Mrs Penhale. 'We didn't listen.'",
     "We didn't", "Sarah Penhale"),
    ("military ranks abbreviated without stops",
     "Lt Col Marek Dvorak told the BBC the troops 'would not leave before the job was done'.",
     "would not leave", "Marek Dvorak"),
    ("police ranks abbreviated without stops",
     "Det Insp Jane Moss said: 'We are keeping an open mind about the motive.'",
     "We are keeping", "Jane Moss"),
    ("Gen after an inverted cue, and contractions inside single marks",
     "'We don't know where they've gone,' said Gen Ivo Petrak, the army chief. 'It's a mystery.'",
     "It's a mystery", "Ivo Petrak"),
    ("a spokesman for a named person is that person's spokesman (round 9, ``aides``)",
     "A spokesman for Mr Hallam said the claims were 'entirely without foundation'.",
     "entirely without", "spokesman for Hallam"),
    ("a lower-case title with its holder in apposition, then she added",
     "The foreign secretary, Jane Ashdown, said the talks had been 'constructive and frank'. She "
     "added: 'We will keep talking.'",
     "We will keep", "Jane Ashdown"),
    ("a party label and MP before the name",
     "Labour MP Anna Kovic said: 'This is a scandal of the first order.'",
     "This is a scandal", "Anna Kovic"),
    ("a constituency MP with her name in apposition",
     "The Conservative MP for Fenwick, Anna Kovic, said the decision was 'a betrayal of voters'.",
     "a betrayal", "Anna Kovic"),
    ("a lower-case title later stands for the person introduced with it",
     "Foreign Secretary Jane Ashdown met her counterpart.\n\nThe foreign secretary said: 'We "
     "have agreed to meet again.'",
     "We have agreed", "Jane Ashdown"),
    ("told a Sunday paper, then a quote with no cue",
     "Anna Kovic was re-elected.\n\n'I will not stand down,' Ms Kovic told the Sunday Times. "
     "'The party needs me.'",
     "The party needs", "Anna Kovic"),
    ("two speakers in turn, each with an honorific",
     "Mr Hallam and Ms Kovic clashed in the Commons.\n\n'The honourable lady is wrong,' Mr "
     "Hallam said.\n\n'He is the one who is wrong,' Ms Kovic replied.",
     "He is the one", "Kovic"),
    ("a spokeswoman for a council written in lower case",
     "'We are working around the clock,' a spokeswoman for Fenwick council said.",
     "We are working", "Fenwick council"),
    ("told a broadcaster's programme",
     "Ruth Amani is a virologist.\n\nDr Amani told BBC Breakfast: 'We are seeing more cases "
     "every day.'",
     "We are seeing", "Ruth Amani"),
    ("a quote over three paragraphs, each opened again, then another speaker",
     "Maria Oyelaran gave a long speech.\n\nShe said: 'We came here to build, not to destroy.\n\n"
     "'We will finish what we started.\n\n'Nobody will stop us.'\n\nTomas Brel, her rival, said: "
     "'It was a good speech but an empty one.'",
     "Nobody will stop", "Maria Oyelaran"),
    ("writing on a platform, with a colon",
     "Anna Kovic lost her seat.\n\nWriting on X, Ms Kovic said: 'Today is a sad day for "
     "democracy.'",
     "Today is a sad", "Anna Kovic"),
    ("a reply by pronoun in the next paragraph",
     "Tomas Veld was asked about the budget.\n\n'I have said all I am going to say on the "
     "matter,' he replied.",
     "I have said", "Tomas Veld"),
    ("a follow-up quote with no cue after an interview on radio",
     "Interviewed on Radio Four, Ms Kovic said: 'The government has lost control.'\n\n"
     "'It is time for a change.'",
     "It is time", "Kovic"),
    ("a role phrase with its holder in apposition after the cue",
     "'The decision is final,' said the spokesman, Tomas Brel.",
     "The decision", "Tomas Brel"),
    ("told MPs after a title",
     "Health Secretary Tom Reddy told MPs: 'The health service will get the money it needs.'",
     "The health service", "Tom Reddy"),
    ("a quote paragraph after the speaker's paragraph, then she said",
     "Maria Oyelaran said the offer was generous.\n\n'We have put everything on the table. We "
     "cannot do more,' she said.\n\n'The ball is in their court now.'",
     "The ball is", "Maria Oyelaran"),
    ("an age and a home town after the name",
     "'I never expected to win,' said Jonas Berg, 34, from Leeds. 'It still hasn't sunk in.'",
     "It still", "Jonas Berg"),
]

WIRE = [
    ("a possessive ministry keeps its modifiers",
     "ANKARA (Reuters) - Valdonia's defence ministry said on Tuesday it had "
     '"no plans to send troops" to the border.',
     "no plans", "Valdonia defence ministry"),
    ("told reporters after a title",
     '"We are ready to talk," Foreign Minister Anna Veld told reporters in the capital.',
     "We are ready", "Anna Veld"),
    ("an anonymous official stays unnamed",
     '"The talks have collapsed," a senior official, who asked not to be named, said.',
     "The talks", "senior official"),
    ("said in a statement that, after an AP dateline",
     "BRASOV, Valdonia (AP) \u2014 Orvel Mining said in a statement that it was "
     '"deeply saddened by the loss of life."',
     "deeply saddened", "Orvel Mining"),
    ("according to a statement from a ministry named with 'of'",
     '"There will be no further delay," according to a statement from the Finance Ministry '
     "of Valdonia.",
     "There will be", "Finance Ministry of Valdonia"),
    ("a partial quote mid-sentence with the cue after",
     'The government would "respond firmly to any provocation," Prime Minister Karl Osten '
     "said on Friday.",
     "respond firmly", "Karl Osten"),
    ("an AFP dateline and an appositive spokesman",
     'PARIS (AFP) - "The situation remains very tense," said Jean-Marc Ferrand, a spokesman for '
     "the agency.",
     "The situation", "Jean-Marc Ferrand"),
    ("a surname with an age told reporters",
     "Karl Osten won the vote.\n\nOsten, 64, told reporters: \"We have nothing to hide.\"",
     "We have nothing", "Karl Osten"),
    ("a ministry said in a statement",
     '"We condemn this attack in the strongest terms," the Foreign Ministry said in a statement.',
     "We condemn", "Foreign Ministry"),
    ("adding that, after a surname",
     'Anna Veld spoke in Brasov. "This is not acceptable," Veld said, adding that "the border '
     'must stay open."',
     "the border", "Anna Veld"),
    ("a name particle joined by a hyphen",
     'Karim al-Vasseri, a resident of the town, told Al Jazeera: "We have had no water for three '
     'days." Al-Vasseri added: "Nobody came to help us."',
     "Nobody came", "Karim al-Vasseri"),
    ("a possessive role with its holder in apposition",
     'Maria Oyelaran, who heads the ministry, told reporters: "There will be no bailout." Her '
     'deputy, Tomas Brel, disagreed: "We may need one by winter."',
     "We may need", "Tomas Brel"),
    ("a possessive role nobody holds is not the possessor",
     'Maria Oyelaran defended the budget. Her deputy disagreed: "We may need cuts by winter."',
     "We may need", None),
    ("a named person's office keeps the person",
     "Chancellor Ilse Varga's office said in a statement the visit was \"a great success for "
     'both countries."',
     "a great success", "Ilse Varga office"),
    ("a statement nobody is said to have issued names nobody",
     '"We are deeply concerned about the situation," the statement said.',
     "We are deeply", None),
    ("a statement from a body written in lower case",
     'A statement from the presidency said the meeting was "frank, open and constructive".',
     "frank, open", "presidency"),
    ("the army's spokesman with his name in apposition",
     '"The ceasefire is holding," the army\'s spokesman, Col Ivo Petrak, told reporters.',
     "The ceasefire", "Ivo Petrak"),
    ("a title and name with no commas, told reporters",
     'Kremlin spokesman Ivo Petrak told reporters: "We do not accept these claims at all."',
     "We do not accept", "Ivo Petrak"),
    ("said in a televised address, then a quote with no cue",
     'Karl Osten spoke late on Sunday.\n\n"We will respond," Osten said in a televised address. '
     '"Our patience has limits."',
     "Our patience", "Karl Osten"),
    ("wrote on a messaging app, adding with a colon",
     'Karl Osten was in Brasov.\n\n"This is a dark day for our country," Osten wrote on a '
     'messaging channel, adding: "We will not forget this day."',
     "We will not forget", "Karl Osten"),
    ("a bank governor with her name in apposition told a news conference",
     "Valdonia's central bank governor, Ilse Varga, told a news conference: \"Rates will stay "
     'where they are."',
     "Rates will stay", "Ilse Varga"),
    ("a spokesperson for an embassy written in lower case",
     'A spokesperson for the Valdonian embassy in London said: "The ambassador has been '
     'recalled."',
     "The ambassador", "Valdonian embassy"),
    ("an age and an occupation after the name",
     'Anna Veld, 45, a nurse from Brasov, said: "We are exhausted. Nobody is helping us."',
     "We are exhausted", "Anna Veld"),
    ("said in a statement after an appositive",
     'Ilse Varga, the head of the mission, said in a statement: "Growth is expected to slow."',
     "Growth is", "Ilse Varga"),
    ("a quote split by its cue",
     'Karl Osten spoke.\n\n"We will win," Osten said, "because we have the people with us."',
     "because we have", "Karl Osten"),
    ("two speakers, the second retorting with a colon",
     'The prime minister, Karl Osten, insisted the plan was "the only way forward". But his rival, '
     'Dana Kerr, retorted: "It is the road to ruin."',
     "It is the road", "Dana Kerr"),
    ("a cue inside a clause after 'a day after'",
     "Osten\u2019s comments came a day after Foreign Minister Anna Veld said Valdonia would "
     '"not be intimidated by threats."',
     "not be intimidated", "Anna Veld"),
    ("in a statement, a body named in full",
     'In a statement, the Valdonian Football Association said it was "appalled by the scenes" '
     "at the stadium.",
     "appalled by", "Valdonian Football Association"),
    ("a report's publisher in a participle clause",
     'The report, published by the Fenwick Institute, warned that "the window for action is '
     'closing fast."',
     "the window", "Fenwick Institute"),
    ("a nationality and a plural noun as subject",
     'Valdonian officials said the talks were "going in the right direction."',
     "going in the right", "Valdonian officials"),
    ("'he' is never a plural group named just before",
     'Karl Osten met the delegation.\n\nValdonian diplomats said the talks had gone well. He said '
     'they had been "the best talks in years."',
     "the best talks", "Karl Osten"),
    ("an anonymous official with a colon",
     'A senior Valdonian official, speaking on condition of anonymity, said: "The deal is dead."',
     "The deal is", "senior Valdonian official"),
    ("a reporting credit line is no speaker",
     "Reporting by Anna Veld; Editing by Tomas Brel\n\n\"The market has priced in a cut,\" said "
     "Ilse Varga, an economist at Fenwick Bank.",
     "The market", "Ilse Varga"),
    ("a union's officer with his name in apposition",
     '"We will not back down," the union\'s general secretary, Karl Osten, said in a speech.',
     "We will not", "Karl Osten"),
]

BROADCAST = [
    ("a role phrase before a colon goes to the person introduced with that title",
     "Foreign Minister Anna Veld arrived in Brasov on Monday for talks.\n\nThe minister said: "
     '"We will rebuild every school that was destroyed."',
     "We will rebuild", "Anna Veld"),
    ("a role phrase with nobody holding the title names nobody",
     'The minister said: "We will rebuild every school that was destroyed."',
     "We will rebuild", None),
    ("a country's possessive before a title and name",
     "Valdonia's defence minister Anna Veld said: \"Our forces are on high alert.\"",
     "Our forces", "Anna Veld"),
    ("a department of defence",
     '"We are monitoring the situation closely," the Pentagon said.',
     "We are monitoring", "Pentagon"),
    ("an alliance said in a statement with a colon",
     'NATO said in a statement: "The alliance stands united with its members."',
     "The alliance", "NATO"),
    ("President-elect before a name",
     'President-elect Karl Osten told supporters: "Tonight the people have spoken."',
     "Tonight the people", "Karl Osten"),
    ("a transcript label in capitals goes to the person named before",
     "Anna Veld, the foreign minister, spoke to the channel on Sunday.\n\n"
     'HOLLIS: "Will you meet them at all?"\n\nVELD: "We will meet them next week in Geneva."',
     "We will meet", "Anna Veld"),
    ("a correspondent reporting from a place",
     "Al Jazeera's Tarik Hamdan, reporting from Brasov, said: \"The streets are empty tonight.\"",
     "The streets", "Tarik Hamdan"),
    ("the ministry said in a post",
     "The Interior Ministry closed the border.\n\n\"We have received all the reports,\" the "
     "ministry said in a post on X.",
     "We have received", "Interior Ministry"),
    ("a nationality and title before the name, told the outlet",
     'Valdonian President Karl Osten told DW: "We are not afraid of sanctions."',
     "We are not afraid", "Karl Osten"),
    ("an opening prepositional phrase naming the outlet",
     'Anna Veld met the envoy.\n\nIn an interview with CNN, Veld said: "The door to diplomacy '
     'is still open."',
     "The door", "Anna Veld"),
    ("a title with its holder in apposition",
     'The UN Secretary-General, Lina Okoro, said: "The world cannot look away."',
     "The world", "Lina Okoro"),
    ("a head of a central bank with her name in apposition",
     'The head of the central bank, Ilse Varga, warned: "Inflation will stay high for longer."',
     "Inflation will", "Ilse Varga"),
    ("a later role phrase after a country's president",
     "Valdonia's President Karl Osten said: \"We want peace.\" Later, the president added: "
     '"But not at any price."',
     "But not at", "Karl Osten"),
    ("a minister wrote on social media",
     '"No one is above the law," Justice Minister Ilse Varga wrote on social media.',
     "No one is", "Ilse Varga"),
    ("an international body warned, inverted",
     '"Prices will rise across the region," warned the International Monetary Fund.',
     "Prices will rise", "International Monetary Fund"),
    ("a ministry's spokesman with his name in apposition",
     "The interior ministry's spokesman, Jan Kos, said: \"The protest was not authorised.\"",
     "The protest", "Jan Kos"),
    ("speaking to a broadcaster from a place, with a colon",
     'Speaking to Al Jazeera from Brasov, Tarik Hamdan said: "The city has been without power '
     'for days."',
     "The city has", "Tarik Hamdan"),
    ("a broadcaster's correspondent with her name in apposition",
     "The BBC's diplomatic correspondent, Jane Ashdown, said: 'The mood in the room was grim.'",
     "The mood", "Jane Ashdown"),
    ("a ministry said with a colon, with no name for it",
     'The ministry said: "Twenty-three soldiers were wounded in the attack." It gave no further '
     "details.",
     "Twenty-three", "ministry"),
    ("an interview answer marked 'A.' with its own cue",
     'Karl Osten has stepped down.\n\nQ. What will you do next?\n\nA. "I will rest for a while and '
     'then decide," Osten said.',
     "I will rest", "Karl Osten"),
    ("a spokeswoman for an agency and its acronym, with her name",
     'Dana Kerr, a spokeswoman for the UN refugee agency, UNHCR, said: "The needs are enormous."',
     "The needs", "Dana Kerr"),
    ("a secretary general with her name in apposition told a news conference",
     '"The alliance will defend every inch of its territory," the NATO secretary general, Lina '
     "Okoro, told a news conference in Brussels.",
     "The alliance will", "Lina Okoro"),
    ("an interior minister told state television",
     "Valdonia's interior minister, Jan Kos, told state television: \"The situation is under "
     'control."',
     "The situation", "Jan Kos"),
    ("according to a doctor",
     'Ruth Amani works at the clinic.\n\nAccording to Dr Amani, the virus is "spreading faster '
     'than we thought."',
     "spreading faster", "Ruth Amani"),
]

# Cases the rules do not yet get right (strict: one that starts to pass must leave this set).
PENDING = {
}

CASES = [("british", *c) for c in BRITISH] + [("wire", *c) for c in WIRE] + \
    [("broadcast", *c) for c in BROADCAST]


@pytest.mark.parametrize(("style", "scenario", "text", "prefix", "speaker"), [
    pytest.param(*c, marks=pytest.mark.xfail(strict=True)) if c[1] in PENDING else c for c in CASES],
    ids=[f"{c[0]}: {c[1]}" for c in CASES])
def test_speaker_in_house_style(style: str, scenario: str, text: str, prefix: str,
                                speaker: str | None) -> None:
    text = _c(text)
    quote = next(q for q in extract_quotes(text) if q.quote.startswith(prefix))
    assert quote.speaker == speaker, (style, scenario, quote)
    if speaker is None:
        assert quote.reason, "no speaker must say why"
