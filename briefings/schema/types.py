"""Constrained types shared by the briefing and configuration models.

Each type carries its rule once (pattern, length, refused characters), so that a command that
checks an id by hand (``draft --id``, ``source add --id``, ``new``) uses the same
:class:`pydantic.TypeAdapter` as the model instead of a copy of the rule.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import PurePosixPath
from typing import Annotated

from pydantic import (
    AfterValidator,
    BeforeValidator,
    Field,
    StringConstraints,
    TypeAdapter,
)

from briefings.constants import (
    RESERVED_NAMES,
    SLUG_MAX_LENGTH,
    SLUG_PATTERN,
    URL_PATTERN,
)

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def _no_control_characters(value: str) -> str:
    """Refuse control characters and lone surrogates: they corrupt PDFs and terminals."""
    if match := _CONTROL.search(value):
        raise ValueError(f"contains the control character U+{ord(match.group()):04X}")
    return value


#: Bidirectional formatting controls (Unicode's Bidi_Control property).
BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
#: Characters that are there but show nothing: zero-width ones, invisible operators, the
#: byte-order mark, TAG characters (which can spell a hidden text).
INVISIBLE_CHARACTERS = re.compile("[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff\U000e0000-\U000e007f]")


def _no_bidi_controls(value: str) -> str:
    """Refuse bidirectional-text controls where the words must read as written: a marking
    with U+202E shows "TOP SECRET" on the page while its YAML reads otherwise. (Ids are slugs,
    which refuse them too; other text shows them visibly, as [U+202E].)"""
    if match := BIDI_CONTROLS.search(value):
        raise ValueError(f"contains the bidirectional control U+{ord(match.group()):04X}, "
                         "which would make it read differently than it is written")
    return value


def _reads_as_written(value: str) -> str:
    """Refuse what makes a marking read differently from its YAML: invisible characters
    (zero-width, TAG) and words mixing scripts (a Cyrillic "Т" in "TOP SECRET")."""
    if match := INVISIBLE_CHARACTERS.search(value):
        raise ValueError(f"contains the invisible character U+{ord(match.group()):04X}, "
                         "which would make it read differently than it is written")
    for word in re.findall(r"[^\W\d_]+", value):
        scripts = {_script(char) for char in word} - {"COMMON"}
        if len(scripts) > 1:
            raise ValueError(f"the word '{word}' mixes scripts ({', '.join(sorted(scripts))}), "
                             "so it may not read as what it looks like")
    return value


def _script(char: str) -> str:
    """The script of a letter, as the first word of its Unicode name (LATIN, CYRILLIC, ...)."""
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else "COMMON"


def _iso_date(value: object) -> object:
    """Accept a date or an ISO ``YYYY-MM-DD`` string; refuse numbers (YAML 1.1 surprises)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        return value.strip()
    raise ValueError("expected a date written as YYYY-MM-DD, e.g. 2020-12-15")


Slug = Annotated[
    str,
    StringConstraints(strict=True, pattern=SLUG_PATTERN, max_length=SLUG_MAX_LENGTH),
    Field(description="Lower-case letters, digits and hyphens, starting with a letter or digit."),
]


def _not_a_device_name(value: str) -> str:
    """An id that names files must not be a reserved device name on Windows (con, nul, ...)."""
    if value in RESERVED_NAMES:
        raise ValueError(f"'{value}' is a reserved device name and cannot name a file")
    return value


def _inside_the_folder(value: str) -> str:
    """A source's local copy is a relative path that stays inside the briefing's folder."""
    if "\x00" in value or "\\" in value:
        raise ValueError("a path with a NUL or a backslash is not allowed; use '/'")
    path = PurePosixPath(value)
    if path.is_absolute() or re.match(r"^[A-Za-z]:", value):
        raise ValueError(f"'{value}' is absolute; give a path relative to the briefing file")
    if ".." in path.parts:
        raise ValueError(f"'{value}' leaves the briefing's folder ('..' is not allowed)")
    return value


FileSlug = Annotated[str, StringConstraints(strict=True, pattern=SLUG_PATTERN, max_length=SLUG_MAX_LENGTH),
                     AfterValidator(_not_a_device_name)]
RelativePath = Annotated[str, StringConstraints(strict=True, min_length=1, max_length=500),
                         AfterValidator(_inside_the_folder)]
Text = Annotated[
    str,
    StringConstraints(strict=True, strip_whitespace=True, min_length=1, max_length=20_000),
    AfterValidator(_no_control_characters),
]
Marking = Annotated[
    str,
    StringConstraints(strict=True, strip_whitespace=True, min_length=1, max_length=20_000),
    AfterValidator(_no_control_characters),
    AfterValidator(_no_bidi_controls),
    AfterValidator(_reads_as_written),
    Field(description="A handling marking, shown at the top and bottom of every page."),
]
Prose = Annotated[
    str,
    StringConstraints(strict=True, strip_whitespace=True, min_length=1, max_length=100_000),
    AfterValidator(_no_control_characters),
    Field(description="Text that may use inline Markdown (emphasis, links); sanitised on output."),
]
IsoDate = Annotated[dt.date, BeforeValidator(_iso_date)]


def _partial_date(value: object) -> str:
    """A timeline date may be a year, a month or a day: ``2017``, ``2017-12``, ``2017-12-04``."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, str) and re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value.strip()):
        text = value.strip()
        try:  # check that the month and day exist
            parts = [int(p) for p in text.split("-")] + [1, 1]
            dt.date(parts[0], parts[1], parts[2])
        except ValueError:
            raise ValueError(f"{text!r} is not a real date") from None
        return text
    raise ValueError("expected YYYY, YYYY-MM or YYYY-MM-DD (quote a bare year: '2017')")


PartialDate = Annotated[str, BeforeValidator(_partial_date)]

#: A sha256 digest, as lowercase hex (archived sources, the build's manifest).
Sha256 = Annotated[str, StringConstraints(strict=True, pattern=r"^[0-9a-f]{64}$")]
Url = Annotated[str, StringConstraints(strict=True, pattern=URL_PATTERN, max_length=2000)]

FILE_SLUG = TypeAdapter(FileSlug)
URL = TypeAdapter(Url)


def _fits(adapter: TypeAdapter[str], value: str) -> bool:
    try:
        adapter.validate_python(value)
    except ValueError:
        return False
    return True


def is_file_slug(value: str) -> bool:
    """Whether ``value`` may name a briefing or a source (the model's own rule)."""
    return _fits(FILE_SLUG, value)


def is_url(value: str) -> bool:
    """Whether ``value`` is an absolute http(s) address (the model's own rule)."""
    return _fits(URL, value)
