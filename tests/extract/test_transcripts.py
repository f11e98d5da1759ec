"""In a press-conference transcript, a quote with no cue in an answer's paragraph goes to who
answered before, never to a person the question names (``briefings.extract.transcripts``).

Sentences are invented for these tests (real countries, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.article import Article
from briefings.extract.transcripts import in_question

OPENING = ("The following is the transcript of the regular briefing by Foreign Ministry Spokesperson "
           "Lin Jia on Thursday.\n\n"
           'Q: What is your comment on the new plan?\n\nA: "We firmly oppose the plan," Lin said.\n\n')


@pytest.mark.parametrize(("label", "question"), [
    pytest.param("Q:", "Spokeswoman Maria Santos said Manila would file a new protest. Your comment?", id="Q:"),
    pytest.param("Question:", "Maria Santos said Manila would file a protest. Your comment?", id="Question:"),
    pytest.param("Q -", 'Secretary Ellen Ward said Beijing "must stop its coercion now." Your comment?',
                 id="a quote in the question"),
])
def test_an_uncued_answer_is_the_answerers(label: str, question: str) -> None:
    text = OPENING + f"{label} {question}\n\nA: \"The other side should stop making provocations at sea.\"\n"
    assert extract_quotes(text)[-1].speaker == "Lin Jia"


@pytest.mark.parametrize(("paragraph", "expected"), [
    pytest.param("Q: Will you go?", True, id="Q colon"),
    pytest.param("q. Will you go?", True, id="lower case, full stop"),
    pytest.param("Quentin Blake said he would go.", False, id="a name opening with Q"),
    pytest.param("A: We will go.", False, id="an answer"),
])
def test_a_question_paragraph(paragraph: str, expected: bool) -> None:
    article = Article(f"Opening line.\n\n{paragraph}\n", [])
    assert in_question(article, article.text.index(paragraph)) is expected
