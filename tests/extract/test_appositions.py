"""What an apposition after a name says (``briefings.extract.appositions``): the words as
written, and in lower case for titles; nothing read inside a quote. Sentences invented."""

from __future__ import annotations

from briefings.extract.appositions import appositive_titles, appositive_words
from briefings.extract.article import Article
from briefings.extract.spans import find_quote_spans


def _person(text: str, name: str) -> tuple[Article, object]:
    article = Article(text, find_quote_spans(text))
    return article, next(m for m in article.mentions if m.kind == "person" and m.name == name)


def test_the_apposition_as_written_and_as_titles() -> None:
    article, person = _person("Jane Roe, the EU's special envoy, said the talks would go on.", "Jane Roe")
    assert appositive_words(article, person) == ["the", "EU's", "special", "envoy"]
    assert appositive_titles(article, person) == ["the", "eu's", "special", "envoy"]


def test_a_former_title_keeps_its_time_word() -> None:
    article, person = _person("Jane Roe, former defence minister, said the talks would go on.", "Jane Roe")
    assert appositive_titles(article, person) == ["former", "defence", "minister"]


def test_no_apposition() -> None:
    article, person = _person("Jane Roe said the talks would go on.", "Jane Roe")
    assert appositive_words(article, person) == [] and appositive_titles(article, person) == []
