"""The brief as a product: figures, the accessible and the archival PDF, the HTML edition."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import SEED_BRIEFING, SEEDS
from pypdf import PdfReader

from briefings.building.run import PdfOptions, Workspace, build
from briefings.cli.app import EXIT_OK, main
from briefings.load.yaml import load_briefing_file

BRIEFING = load_briefing_file(SEED_BRIEFING).briefing
QUOTES = [q.text for p in BRIEFING.parties for q in p.quotes]


def _text(reader: PdfReader) -> str:
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    return " ".join(re.sub(r"-\s+", "-", text).split())


def _structure(reader: PdfReader) -> tuple[dict[str, int], list[str]]:
    counts: dict[str, int] = {}
    alts: list[str] = []

    def walk(node) -> None:
        node = node.get_object()
        if isinstance(node, list):
            for child in node:
                walk(child)
            return
        if not isinstance(node, dict):
            return
        kind = node.get("/S")
        if kind:
            counts[kind] = counts.get(kind, 0) + 1
            if kind == "/Figure":
                alts.append(str(node.get("/Alt", "")))
        if "/K" in node:
            walk(node["/K"])

    walk(reader.trailer["/Root"]["/StructTreeRoot"])
    return counts, alts


def _xmp(reader: PdfReader) -> str:
    return reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8")


@pytest.fixture(scope="module")
def tagged(seed_build: Path) -> PdfReader:
    return PdfReader(seed_build / "us-turkey-caatsa-sanctions.pdf")


def test_seed_pdf_has_three_vector_figures_with_text_alternatives(tagged: PdfReader) -> None:
    counts, alts = _structure(tagged)
    assert counts.get("/Figure") == 3
    assert any(a.startswith("Stance map on") and "Opposes: Turkish MoD, Turkish MFA, CHP." in a for a in alts)
    assert any(a.startswith("Consequence matrix") and "almost certain, high impact" in a for a in alts)
    assert any(a.startswith("Timeline.") and "14 December 2020" in a for a in alts)
    for page in tagged.pages:  # vector, not pictures: no raster image anywhere
        xobjects = page.get("/Resources", {}).get("/XObject", {})
        for name in xobjects:
            assert xobjects[name].get_object().get("/Subtype") != "/Image"
    text = _text(tagged)
    for label in ("SUPPORTS", "OPPOSES", "Likelihood (ICD 203)", "Impact", "Turkish MoD"):
        assert label in text  # the figures' own text, drawn as text
    assert all(" ".join(q.split()) in text for q in QUOTES)


def test_tagged_pdf_structure_language_and_ua_identification(tagged: PdfReader) -> None:
    root = tagged.trailer["/Root"]
    assert root["/Lang"] == "en"
    assert bool(root["/MarkInfo"]["/Marked"])
    counts, _ = _structure(tagged)
    assert counts["/H1"] == 1 and counts["/H2"] >= 6 and counts["/H3"] == len(BRIEFING.parties)
    assert counts["/Table"] >= 3 and counts["/TH"] >= 10
    assert 'pdfuaid:part="1"' in _xmp(tagged)


@pytest.fixture(scope="module")
def archival(tmp_path_factory: pytest.TempPathFactory) -> Path:
    workspace = tmp_path_factory.mktemp("archival")
    report = build([SEED_BRIEFING], Workspace.at(workspace), formats=["pdf"], pdf=PdfOptions("pdf/a-3b"))
    assert report.ok, report.failed
    return workspace / "output" / "us-turkey-caatsa-sanctions.pdf"


def test_archival_pdf_identifies_as_pdfa3b_and_carries_its_data(archival: Path) -> None:
    reader = PdfReader(archival)
    xmp = _xmp(reader)
    assert re.search(r'pdfaid:part[=>"]+3', xmp) and re.search(r'pdfaid:conformance[=>"]+B', xmp)
    attachments = reader.attachments
    assert attachments["us-turkey-caatsa-sanctions.yaml"][0] == SEED_BRIEFING.read_bytes()
    assert attachments["000_e1ef2b7ba22a4b2b.txt"][0] == (SEEDS / "000_e1ef2b7ba22a4b2b.txt").read_bytes()
    assert _structure(reader)[0].get("/Figure") == 3  # still tagged


def test_extract_data_round_trips(archival: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract-data", str(archival), "-o", str(tmp_path / "data")]) == EXIT_OK
    assert (tmp_path / "data" / "us-turkey-caatsa-sanctions.yaml").read_bytes() == SEED_BRIEFING.read_bytes()
    assert (tmp_path / "data" / "000_e1ef2b7ba22a4b2b.txt").read_bytes() == \
        (SEEDS / "000_e1ef2b7ba22a4b2b.txt").read_bytes()
    # the extracted briefing is a working briefing again
    assert main(["validate", "--strict", str(tmp_path / "data" / "us-turkey-caatsa-sanctions.yaml")]) == EXIT_OK


def test_extract_data_from_a_pdf_without_data_is_a_clear_error(tagged: PdfReader, seed_build: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract-data", str(seed_build / "us-turkey-caatsa-sanctions.pdf")]) == 1
    assert "no embedded data" in capsys.readouterr().err


class _Page(HTMLParser):
    def __init__(self, html: str) -> None:
        super().__init__()
        self.references: list[tuple[str, str, str]] = []
        self.images: list[dict[str, str]] = []
        self.tags: set[str] = set()
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        values = {k: v or "" for k, v in attrs}
        for attribute in ("src", "href", "data", "poster", "srcset"):
            if attribute in values:
                self.references.append((tag, attribute, values[attribute]))
        if tag == "img":
            self.images.append(values)


def test_html_edition_is_self_contained_and_complete(seed_build: Path) -> None:
    html = (seed_build / "us-turkey-caatsa-sanctions.html").read_text(encoding="utf-8")
    page = _Page(html)
    assert "script" not in page.tags and "link" not in page.tags
    for tag, attribute, value in page.references:  # nothing the browser would fetch
        if tag == "a":
            assert value.startswith(("#", "https://", "http://", "mailto:")), value
        else:
            assert value.startswith("data:"), (tag, attribute, value)
    assert "url(" not in html.split("</style>")[0].split("<style>")[1].replace("url(data:", "")
    assert len(page.images) == 3 and all(image.get("alt") for image in page.images)
    assert '<meta name="viewport"' in html and "@media screen" in html
    text = " ".join(unescape(re.sub(r"<[^>]+>", " ", html.split("<body>")[1])).split())
    text = text.translate(str.maketrans("‘’", "''"))  # apostrophes are typeset
    for quote in QUOTES:
        assert " ".join(quote.split()) in text
    for party in BRIEFING.parties:
        assert party.name in text
    assert BRIEFING.marking in text and "Sources" in text


def test_figures_can_be_turned_off(seed_copy: Path, tmp_path: Path) -> None:
    text = seed_copy.read_text() + "\nvisuals:\n  timeline: false\n  stance_map: false\n"
    seed_copy.write_text(text)
    assert build([seed_copy], Workspace.at(tmp_path), formats=["html"]).ok
    html = (tmp_path / "output" / "us-turkey-caatsa-sanctions.html").read_text()
    assert len(_Page(html).images) == 1 and 'id="figure-consequence-matrix"' in html


def test_long_briefs_get_a_table_of_contents_with_page_numbers(tmp_path: Path) -> None:
    report = build([SEED_BRIEFING], Workspace.at(tmp_path), formats=["pdf"], pdf=PdfOptions("pdf/ua-1", 2))
    assert report.ok
    text = _text(PdfReader(tmp_path / "output" / "us-turkey-caatsa-sanctions.pdf"))
    assert "CONTENTS" in text.upper()
    entries = re.findall(r"(Key points|Background|Parties and positions|Consequences|Outlook|Timeline|Sources) \.{5,} (\d)", text)
    assert [name for name, _ in entries] == ["Key points", "Background", "Parties and positions",
                                             "Consequences", "Outlook", "Timeline", "Sources"]
    pages = [int(page) for _, page in entries]
    assert pages == sorted(pages) and pages[-1] >= 4


def test_short_briefs_have_no_contents(tagged: PdfReader) -> None:
    assert "CONTENTS" not in _text(tagged).upper().split("BOTTOM LINE")[0]
