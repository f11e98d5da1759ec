"""One confinement check for every path named on a briefing's behalf, and caps on the files it
reads: each hostile case must end in a clear error (exit 1), never a traceback, a hang, or a
file written outside the briefing's folder."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest
from conftest import CASES, SEEDS

from briefings.cli.app import EXIT_USER_ERROR, main
from briefings.constants import MAX_SOURCE_BYTES
from briefings.drafting.infer import draft, dump, write_draft
from briefings.filesystem.paths import PathRefused, confine, read_confined
from briefings.load.yaml import read_yaml

ARTICLE = SEEDS / "000_e1ef2b7ba22a4b2b.txt"


pytestmark = pytest.mark.usefixtures("no_hang")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    inside = tmp_path / "inside"
    (inside / "sub").mkdir(parents=True)
    (inside / "sub" / "a.txt").write_text("a")
    (tmp_path / "outside.txt").write_text("secret")
    return inside


# --------------------------------------------------------------------------- the check itself

def test_names_inside_the_folder_resolve_to_their_real_path(folder: Path) -> None:
    assert confine(folder, "sub/a.txt") == (folder / "sub" / "a.txt").resolve()
    assert confine(folder, "sub/not-yet.txt") == (folder / "sub" / "not-yet.txt").resolve()
    (folder / "link.txt").symlink_to(folder / "sub" / "a.txt")
    assert confine(folder, "link.txt") == (folder / "sub" / "a.txt").resolve()


@pytest.mark.parametrize(("name", "message"), [
    ("/etc/passwd", "is absolute"),
    ("../outside.txt", "'..' is refused"),
    ("sub/../../outside.txt", "'..' is refused"),
    ("sub/a\x00.txt", "NUL"),
    ("", "empty path"),
    ("sub", "not a regular file"),
])
def test_names_that_leave_or_are_not_files_are_refused(folder: Path, name: str, message: str) -> None:
    with pytest.raises(PathRefused, match=message):
        confine(folder, name)


def test_links_out_of_the_folder_are_refused(folder: Path) -> None:
    (folder / "out.txt").symlink_to(folder.parent / "outside.txt")
    (folder / "outdir").symlink_to(folder.parent, target_is_directory=True)
    (folder / "zero.txt").symlink_to("/dev/zero")
    for name in ("out.txt", "outdir/outside.txt", "zero.txt"):
        with pytest.raises(PathRefused, match="outside"):
            confine(folder, name)


def test_devices_and_fifos_inside_are_refused_and_never_block(folder: Path) -> None:
    os.mkfifo(folder / "pipe.txt")
    with pytest.raises(PathRefused, match="not a regular file"):
        confine(folder, "pipe.txt")
    with pytest.raises(PathRefused, match="not a regular file"):
        read_confined(folder, "pipe.txt", 10)


def test_reads_are_capped(folder: Path) -> None:
    (folder / "big.txt").write_bytes(b"x" * 11)
    assert read_confined(folder, "sub/a.txt", 10) == b"a"
    with pytest.raises(Exception, match="the limit is 10"):
        read_confined(folder, "big.txt", 10)


# --------------------------------------------------------------------------- draft --into

@pytest.fixture
def drafted(tmp_path: Path) -> Path:
    output = tmp_path / "drafts" / "seed-draft.yaml"
    output.parent.mkdir()
    write_draft(draft(ARTICLE, output, briefing_id="seed-draft", today=dt.date(2020, 12, 16)), output)
    return output


@pytest.mark.parametrize("text", ["{abs}", "../escaped.txt", "linked/escaped.txt"],
                         ids=["absolute", "dot-dot", "through a linked folder"])
def test_draft_into_never_writes_where_an_existing_source_points_outside(
        drafted: Path, text: str, capsys: pytest.CaptureFixture[str]) -> None:
    outside = drafted.parent.parent / "elsewhere"
    outside.mkdir()
    (drafted.parent / "linked").symlink_to(outside, target_is_directory=True)
    text = text.replace("{abs}", str(outside / "escaped.txt"))
    archived = drafted.parent / "sources" / "000-e1ef2b7ba22a4b2b.txt"
    assert archived.exists()
    archived.unlink()  # so that the merge would (re)write the archived copy
    tree, _ = read_yaml(drafted, for_editing=True)
    tree["sources"][0]["text"] = text
    assert len(tree["parties"]) > 1
    del tree["parties"][1:]  # so that the merge has something to add, and writes
    drafted.write_bytes(dump(tree))
    before = drafted.read_bytes()
    code = main(["draft", str(ARTICLE), "--into", str(drafted)])
    err = capsys.readouterr().err
    assert code == EXIT_USER_ERROR, err
    assert "internal error" not in err and ("absolute" in err or "'..'" in err or "outside" in err), err
    assert not (outside / "escaped.txt").exists() and not (drafted.parent.parent / "escaped.txt").exists()
    assert drafted.read_bytes() == before


@pytest.mark.parametrize("sources", ["[5]", "5", "[[1, 2]]", "{a: b}"])
@pytest.mark.parametrize("command", ["draft", "source add"])
def test_sources_of_the_wrong_shape_give_a_clear_error_when_editing(
        drafted: Path, sources: str, command: str, capsys: pytest.CaptureFixture[str]) -> None:
    lines = drafted.read_text().split("\nsources:\n", 1)
    rest = lines[1].split("\nparties:\n", 1)[1]
    drafted.write_text(f"{lines[0]}\nsources: {sources}\nparties:\n{rest}")
    before = drafted.read_bytes()
    article = drafted.parent.parent / "other.txt"
    shutil.copy(SEEDS / "000_e1ef2b7ba22a4b2b.txt", article)
    args = (["draft", str(article), "--into", str(drafted)] if command == "draft"
            else ["source", "add", str(article), str(drafted), "--id", "other"])
    code = main(args)
    err = capsys.readouterr().err
    assert code == EXIT_USER_ERROR, err
    assert f"{drafted}:" in err and "sources" in err and "must be a" in err, err
    assert "internal error" not in err
    assert drafted.read_bytes() == before


def test_parties_of_the_wrong_shape_give_a_clear_error_when_merging(
        drafted: Path, capsys: pytest.CaptureFixture[str]) -> None:
    head = drafted.read_text().split("\nparties:\n", 1)[0]
    drafted.write_text(f"{head}\nparties: [party-a]\n")
    assert main(["draft", str(ARTICLE), "--into", str(drafted)]) == EXIT_USER_ERROR
    assert "parties[0]: must be a mapping" in capsys.readouterr().err


# --------------------------------------------------------------------------- size caps

@pytest.fixture
def huge_article(tmp_path: Path) -> Path:
    path = tmp_path / "huge.txt"
    sentence = 'Person A said: "We will never accept this measure at all." '
    path.write_text(sentence * (MAX_SOURCE_BYTES // len(sentence) + 10))
    return path


@pytest.mark.parametrize("command", ["quotes", "draft", "source add"])
def test_an_article_over_the_size_limit_gives_a_clear_error(
        command: str, huge_article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copytree(CASES / "valid", tmp_path / "b")
    args = {"quotes": ["quotes", str(huge_article)],
            "draft": ["draft", str(huge_article), "-o", str(tmp_path / "d" / "x.yaml")],
            "source add": ["source", "add", str(huge_article), str(tmp_path / "b" / "minimal.yaml")]}
    code = main(args[command])
    err = capsys.readouterr().err
    assert code == EXIT_USER_ERROR, err
    assert f"the limit is {MAX_SOURCE_BYTES:,}" in err, err
    assert not (tmp_path / "d").exists() and not (tmp_path / "b" / "sources").exists()


def test_an_archived_source_over_the_size_limit_is_a_validation_error(
        huge_article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copytree(CASES / "valid", tmp_path / "b")
    shutil.copy(huge_article, tmp_path / "b" / "article.txt")
    assert main(["validate", str(tmp_path / "b" / "minimal.yaml")]) == EXIT_USER_ERROR
    err = capsys.readouterr().err
    assert "sources[0].text: cannot read 'article.txt'" in err and "the limit is" in err, err


def test_an_archived_source_that_is_a_fifo_is_an_error_not_a_hang(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copytree(CASES / "valid", tmp_path / "b")
    (tmp_path / "b" / "article.txt").unlink()
    os.mkfifo(tmp_path / "b" / "article.txt")
    assert main(["validate", str(tmp_path / "b" / "minimal.yaml")]) == EXIT_USER_ERROR
    assert "sources[0].text: the archived copy 'article.txt' is not a regular file" in capsys.readouterr().err


# --------------------------------------------------------------------------- configuration

@pytest.mark.parametrize("line", ['briefings = ["/etc/*.yaml"]', 'briefings = [""]',
                                  'briefings = ["C:\\\\briefings\\\\*.yaml"]'])
def test_an_absolute_briefing_glob_is_a_configuration_error(
        line: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "briefings.toml"
    config.write_text(f'output = "out"\n{line}\n')
    assert main(["validate", "--config", str(config)]) == EXIT_USER_ERROR
    err = capsys.readouterr().err
    assert f"{config}:2:1: briefings[0]:" in err and "internal error" not in err, err
