"""``extract-data`` on PDFs from anywhere: hostile attachment names, expanding streams, and a few
hundred mutated copies of a real PDF/A-3b. Only a BriefingError may come out, nothing is
written outside ``-o``, and no temporary file is left behind."""

from __future__ import annotations

import random
import shutil
import zlib
from pathlib import Path

import pytest
from conftest import CASES
from pypdf import PdfWriter
from pypdf.generic import ArrayObject, NameObject, TextStringObject

from briefings.building.archive import extract_data
from briefings.building.jobs import PdfOptions
from briefings.building.run import Workspace, build
from briefings.cli.app import EXIT_OK, EXIT_USER_ERROR, main
from briefings.constants import MAX_EXTRACT_BYTES, MAX_SOURCE_BYTES
from briefings.errors import BriefingError
from briefings.filesystem.writing import TEMP_PREFIX


@pytest.fixture(scope="module")
def archival(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The minimal valid briefing built as a PDF/A-3b (it carries its YAML and its article)."""
    root = tmp_path_factory.mktemp("archival")
    shutil.copytree(CASES / "valid", root / "briefings")
    report = build([root / "briefings"], Workspace.at(root), formats=["pdf"],
                   pdf=PdfOptions(variant="pdf/a-3b"))
    assert report.ok, report.failed
    return root / "output" / "minimal.pdf"


def _pdf(path: Path, files: list[tuple[str, bytes]], *, copies: int = 0) -> Path:
    """A one-page PDF with ``files`` attached as compressed streams; ``copies`` more names
    share the first file's stream."""
    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    for index, (name, data) in enumerate(files):
        attached = writer.add_attachment(f"~{index:03}", b"")  # sorts last: renamed just below
        stream = attached._embedded_file
        stream._data = zlib.compress(data, 9)
        stream[NameObject("/Filter")] = NameObject("/FlateDecode")
        names: ArrayObject = writer.root_object["/Names"]["/EmbeddedFiles"]["/Names"]
        names[-2] = TextStringObject(name)
        attached.pdf_object[NameObject("/F")] = TextStringObject(name)
        attached.pdf_object[NameObject("/UF")] = TextStringObject(name)
    names = writer.root_object["/Names"]["/EmbeddedFiles"]["/Names"]
    for n in range(copies):
        names.extend([TextStringObject(f"copy{n:03}.txt"), names[1]])
    with path.open("wb") as stream:
        writer.write(stream)
    return path


def _leftovers(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.startswith(TEMP_PREFIX)] if folder.exists() else []


def test_a_real_archival_pdf_round_trips(archival: Path, tmp_path: Path) -> None:
    written = extract_data(archival, tmp_path / "out")
    assert {p.name for p in written} == {"minimal.yaml", "article.txt"}
    assert (tmp_path / "out" / "article.txt").read_bytes() == (CASES / "valid" / "article.txt").read_bytes()
    # a second run over the same files is fine (same content)
    assert len(extract_data(archival, tmp_path / "out")) == 2


HOSTILE_NAMES = [
    ("a NUL in the name", "a\x00b.txt"),
    ("a 300-character name", "x" * 296 + ".txt"),
    ("dot-dot", "../escaped.txt"),
    ("absolute", "/tmp/escaped.txt"),
    ("a backslash", "..\\escaped.txt"),
    ("hidden", ".bashrc"),
    ("a control character", "a\x1b[31m.txt"),
    ("a device name", "nul.txt"),
    ("deep", "a/b/c/d/e.txt"),
    ("empty", ""),
]


@pytest.mark.parametrize(("case", "name"), HOSTILE_NAMES, ids=[case for case, _ in HOSTILE_NAMES])
def test_hostile_attachment_names_are_refused(case: str, name: str, tmp_path: Path) -> None:
    pdf = _pdf(tmp_path / "x.pdf", [("fine.txt", b"fine"), (name, b"payload")])
    out = tmp_path / "work" / "out"
    with pytest.raises(BriefingError, match="refusing the attachment name|no usable name"):
        extract_data(pdf, out)
    assert not out.exists() and not (tmp_path / "escaped.txt").exists()
    assert not Path("/tmp/escaped.txt").exists()


def test_a_name_that_is_a_folder_there_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "sources").mkdir(parents=True)
    pdf = _pdf(tmp_path / "x.pdf", [("a.txt", b"a"), ("sources", b"payload")])
    with pytest.raises(BriefingError, match="not a regular file"):
        extract_data(pdf, out)
    assert not (out / "a.txt").exists() and not _leftovers(out)


def test_a_name_that_is_another_names_folder_is_refused(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path / "x.pdf", [("sources", b"a"), ("sources/a.txt", b"b")])
    with pytest.raises(BriefingError, match="inside another attachment's name"):
        extract_data(pdf, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_a_symlinked_subfolder_inside_the_output_is_not_written_through(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    (out / "sources").symlink_to(outside, target_is_directory=True)
    pdf = _pdf(tmp_path / "x.pdf", [("b.yaml", b"id: x\n"), ("sources/a.txt", b"payload")])
    with pytest.raises(BriefingError, match="outside"):
        extract_data(pdf, out)
    assert list(outside.iterdir()) == [] and not (out / "b.yaml").exists()


@pytest.mark.timeout(120)  # a guard against a hang, not a speed test
def test_many_names_sharing_one_large_stream_are_capped(tmp_path: Path) -> None:
    """40 names on one stream of 70 MB once turned an 81 KB PDF into 2.8 GB written."""
    pdf = _pdf(tmp_path / "x.pdf", [("big.txt", b"\0" * 70_000_000)], copies=40)
    assert pdf.stat().st_size < 200_000
    with pytest.raises(BriefingError, match=f"the limit is {MAX_SOURCE_BYTES:,}"):
        extract_data(pdf, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_many_names_sharing_one_stream_under_the_per_file_cap_hit_the_total_cap(tmp_path: Path) -> None:
    size = MAX_SOURCE_BYTES - 10
    pdf = _pdf(tmp_path / "x.pdf", [("a.txt", b"\0" * size)], copies=MAX_EXTRACT_BYTES // size + 2)
    with pytest.raises(BriefingError, match=f"more than {MAX_EXTRACT_BYTES:,} bytes"):
        extract_data(pdf, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_too_many_attachments_are_refused(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path / "x.pdf", [("a.txt", b"a")], copies=120)
    with pytest.raises(BriefingError, match="more than 100 embedded files"):
        extract_data(pdf, tmp_path / "out")


def test_a_zlib_bomb_over_pypdfs_limit_is_a_clear_error(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    pdf = _pdf(tmp_path / "x.pdf", [("bomb.txt", b"\0" * 120_000_000)])
    code = main(["extract-data", str(pdf), "-o", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == EXIT_USER_ERROR, err
    assert "internal error" not in err and str(pdf) in err, err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("content", [b"", b"%PDF-1.7\n", b"not a pdf at all", b"%PDF-1.4\n" + b"\xff" * 5000],
                         ids=["empty", "header only", "text", "garbage"])
def test_files_that_are_not_pdfs_give_a_clear_error(content: bytes, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(content)
    assert main(["extract-data", str(pdf), "-o", str(tmp_path / "out")]) == EXIT_USER_ERROR
    assert "internal error" not in capsys.readouterr().err


def _mutate(data: bytes, chance: random.Random) -> bytes:
    """One of: flip some bytes, cut the file short, drop or repeat a slice."""
    buffer = bytearray(data)
    kind = chance.randrange(4)
    if kind == 0:
        for _ in range(chance.randint(1, 30)):
            buffer[chance.randrange(len(buffer))] = chance.randrange(256)
    elif kind == 1:
        del buffer[chance.randrange(len(buffer)):]
    else:
        start = chance.randrange(len(buffer))
        end = min(len(buffer), start + chance.randint(1, 2000))
        if kind == 2:
            del buffer[start:end]
        else:
            buffer[start:start] = buffer[start:end] * chance.randint(1, 5)
    return bytes(buffer)


@pytest.mark.timeout(600)  # a guard against a mutation that makes the parser loop, not a speed test
def test_mutated_archival_pdfs_give_only_clear_errors(archival: Path, tmp_path: Path) -> None:
    """200 seeded mutations of a real PDF/A-3b: each extracts or raises BriefingError; no other
    exception, no file outside the output folder, no leftover temporary file."""
    original = archival.read_bytes()
    chance = random.Random(20261128)
    outcomes = {"extracted": 0, "refused": 0}
    for case in range(200):
        pdf = tmp_path / "mutated.pdf"
        pdf.write_bytes(_mutate(original, chance))
        out = tmp_path / f"out{case}"
        try:
            extract_data(pdf, out)
            outcomes["extracted"] += 1
        except BriefingError:
            outcomes["refused"] += 1
        assert not _leftovers(out), case
        assert {p.name for p in tmp_path.iterdir()} <= {"mutated.pdf", *(f"out{n}" for n in range(case + 1))}
        shutil.rmtree(out, ignore_errors=True)
    assert outcomes["refused"] > 0 and outcomes["extracted"] > 0, outcomes


def test_extract_data_cli_round_trip_and_refusal(archival: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract-data", str(archival), "-o", str(tmp_path / "out")]) == EXIT_OK
    (tmp_path / "out" / "article.txt").write_text("changed")
    assert main(["extract-data", str(archival), "-o", str(tmp_path / "out")]) == EXIT_USER_ERROR
    assert "exists with other content" in capsys.readouterr().err
