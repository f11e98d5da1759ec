"""The built seed PDF, checked as a reader's software sees it: text, metadata, page marks."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from conftest import SEED_BRIEFING
from pypdf import PdfReader

from briefings.load.yaml import load_briefing_file

BRIEFING = load_briefing_file(SEED_BRIEFING).briefing


def _normalise(text: str) -> str:
    """Fold what PDF text extraction and typesetting change: ligatures, line breaks, white
    space, typographic quotes."""
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(str.maketrans("‘’“”", "''\"\""))  # quotes and apostrophes are typeset
    text = re.sub(r"-\s+", "-", text)  # a line broken after a real hyphen
    return " ".join(text.split())


@pytest.fixture(scope="module")
def pdf(seed_build: Path) -> PdfReader:
    return PdfReader(seed_build / "us-turkey-caatsa-sanctions.pdf")


@pytest.fixture(scope="module")
def pages_text(pdf: PdfReader) -> list[str]:
    return [page.extract_text() or "" for page in pdf.pages]


def test_outputs_exist(seed_build: Path) -> None:
    assert (seed_build / "us-turkey-caatsa-sanctions.md").read_text().startswith("# ")
    assert (seed_build / "us-turkey-caatsa-sanctions.pdf").read_bytes().startswith(b"%PDF-")


def test_every_quote_is_in_the_pdf_text(pages_text: list[str]) -> None:
    text = _normalise(" ".join(pages_text))
    quotes = [quote.text for party in BRIEFING.parties for quote in party.quotes]
    assert len(quotes) >= 9
    missing = [quote for quote in quotes if _normalise(quote) not in text]
    assert missing == []


def test_every_party_has_a_section(pages_text: list[str]) -> None:
    text = _normalise(" ".join(pages_text))
    for party in BRIEFING.parties:
        assert party.name in text


def test_every_page_has_marking_and_page_n_of_m(pdf: PdfReader, pages_text: list[str]) -> None:
    total = len(pdf.pages)
    assert total >= 2
    for number, text in enumerate(pages_text, start=1):
        assert text.count(BRIEFING.marking) >= 2, f"page {number}: marking at top and bottom"
        assert f"Page {number} of {total}" in text


def test_metadata(pdf: PdfReader) -> None:
    meta = pdf.metadata
    assert _normalise(meta.title) == BRIEFING.title  # typeset: Turkey’s
    assert meta.author == ", ".join(BRIEFING.authors)
    assert _normalise(meta.subject) == BRIEFING.question
    assert "CAATSA" in meta["/Keywords"] and "S-400" in meta["/Keywords"]
    assert pdf.trailer["/Root"]["/Lang"] == "en"
    assert meta["/CreationDate"].startswith("D:20201216")  # from as_of, not the clock


def test_sources_are_numbered_with_full_citations(pages_text: list[str]) -> None:
    text = _normalise(" ".join(pages_text))
    source = BRIEFING.sources[0]
    assert "Sources" in text
    assert _normalise(f"{source.publisher}, “{source.title}”") in text
