"""The Jinja environments, their loaders (user's templates first, packaged defaults after) and
the filters the templates use.

Two rules keep untrusted text (quotes pasted from articles) inert:

* In the Markdown environment every ``{{ … }}`` is escaped for Markdown by ``finalize`` unless
  the template marks it as Markdown with ``|md`` (only for prose fields the analyst writes in
  Markdown). A quote containing ``*``, ``[``, ``<script>`` or ``{{ … }}`` prints literally.
* In the HTML environment autoescaping is on, and ``|md`` turns prose into sanitised HTML.
* In both, bidirectional-text controls are shown visibly (``[U+202E]``).

Data is never rendered as a template, so template syntax inside a field is just text.

Templates themselves come from the workspace, which may be shared: they run in Jinja's
immutable sandbox (no ``__globals__``, no attribute starting with ``_``, nothing changed in
place) and are read only as regular files inside their template folder.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup

from briefings.constants import default_template_dir
from briefings.errors import TemplateProblem
from briefings.render.prose import prose_html, prose_markdown, reveal_bidi
from briefings.schema.types import is_url

DEFAULT_PREFIX = "default"
MARKDOWN_TEMPLATE = "briefing.md.j2"
HTML_TEMPLATE = "page.html.j2"
CONTENTS_TEMPLATE = "contents.html.j2"


class MarkdownSafe(str):
    """Text that is already Markdown and must not be escaped again."""


_ALWAYS_ESCAPED = re.compile(r"([\\`*_\[\]{}|~])")
_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")
_ENTITY_START = re.compile(r"&(?=#?\w+;)")
_BLOCK_MARKER = re.compile(r"^([#>+-])")
_LIST_NUMBER = re.compile(r"^(\d+)([.)])")


def escape_markdown(value: Any) -> MarkdownSafe:
    """Make any text print literally in Markdown, on one line.

    White space is folded (a quote is one paragraph), Markdown's active characters get a
    backslash, and whatever could open an HTML tag or entity is written as an entity.
    """
    if isinstance(value, MarkdownSafe):
        return value
    text = " ".join(reveal_bidi(str(value)).split())
    text = _ALWAYS_ESCAPED.sub(r"\\\1", text)
    text = _ENTITY_START.sub("&amp;", text)
    text = _TAG_START.sub("&lt;", text)
    text = _BLOCK_MARKER.sub(r"\\\1", text)  # would start a heading, quote or list
    text = _LIST_NUMBER.sub(r"\1\\\2", text)
    return MarkdownSafe(text)


def _finalize_markdown(value: Any) -> str:
    if value is None:
        raise TemplateProblem("a template printed an empty value (None); guard it with {% if %}")
    return escape_markdown(value)


def _plain_prose(context: jinja2.runtime.Context) -> bool:
    """Whether this briefing's prose is over the Markdown budget (see BriefingView)."""
    return bool(getattr(context.get("view"), "plain_prose", False))


@jinja2.pass_context
def _as_markdown(context: jinja2.runtime.Context, value: Any) -> MarkdownSafe:
    """``{{ briefing.background|md }}``: the field is Markdown the analyst wrote; keep it,
    made portable and inert (see :func:`briefings.render.prose.prose_markdown`)."""
    return MarkdownSafe(prose_markdown(str(value), plain=_plain_prose(context)))


def _autolink(url: str) -> MarkdownSafe:
    """``{{ source.url|autolink }}``: an http(s) address (the model checked it) as ``<url>``."""
    if not is_url(url):
        raise TemplateProblem(f"not an http(s) address: {url!r}")
    return MarkdownSafe(f"<{url}>")


@jinja2.pass_context
def _as_html(context: jinja2.runtime.Context, value: Any) -> Markup:
    """``{{ briefing.background|md }}`` in the page: the analyst's Markdown as sanitised HTML."""
    return Markup(prose_html(str(value), plain=_plain_prose(context)))


def long_date(value: dt.date | str) -> str:
    """``2020-12-15`` → ``15 December 2020``; ``2017-12`` → ``December 2017``; ``2017`` → ``2017``;
    ``2020-12-15T09:30Z`` → ``15 December 2020, 09:30 UTC``."""
    if isinstance(value, dt.date):
        return f"{value.day} {value:%B %Y}"
    if "T" in str(value):  # an edition's date with its time (several editions that day)
        day, time = str(value).split("T", 1)
        return f"{long_date(day)}, {time.removesuffix('Z')} UTC"
    parts = [int(part) for part in str(value).split("-")]
    if len(parts) == 3:
        return long_date(dt.date(*parts))
    if len(parts) == 2:
        return f"{dt.date(parts[0], parts[1], 1):%B %Y}"
    return str(parts[0])


def enum_label(value: Any) -> str:
    """An enum member as a capitalised label: ``Stance.OPPOSES`` → ``Opposes``."""
    text = str(getattr(value, "value", value))
    return text[:1].upper() + text[1:]


def _join_names(names: Sequence[str]) -> str:
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


FILTERS: dict[str, Callable[..., Any]] = {
    "longdate": long_date,
    "label": enum_label,
    "join_names": _join_names,
}


class ConfinedLoader(jinja2.FileSystemLoader):
    """A folder's templates: regular files whose real path (symlinks resolved) lies inside it.

    Jinja's own loader follows a symlink wherever it points, so ``{% include "link" %}``
    could read any file the user can; this one refuses it, naming the template.
    """

    def __init__(self, folder: Path):
        super().__init__(str(folder))
        self.folder = folder.resolve()

    def get_source(self, environment: jinja2.Environment,
                   template: str) -> tuple[str, str, Callable[[], bool]]:
        pieces = jinja2.loaders.split_template_path(template)
        candidate = self.folder.joinpath(*pieces)
        if not candidate.exists() and not candidate.is_symlink():
            raise jinja2.TemplateNotFound(template)
        real = candidate.resolve()
        if not real.is_relative_to(self.folder) or not real.is_file():
            raise TemplateProblem(f"{candidate}: refusing the template '{template}': it is not a "
                                  f"regular file inside {self.folder} (symlinks are followed)")
        return super().get_source(environment, template)


def _loader(user_dirs: Sequence[Path]) -> jinja2.BaseLoader:
    defaults = ConfinedLoader(default_template_dir())
    return jinja2.ChoiceLoader(
        [
            *(ConfinedLoader(folder) for folder in user_dirs if folder.is_dir()),
            defaults,
            jinja2.PrefixLoader({DEFAULT_PREFIX: defaults}, delimiter=":"),
        ]
    )


def markdown_environment(user_dirs: Sequence[Path] = ()) -> jinja2.Environment:
    """Jinja for the Markdown template: strict, and escaping every value for Markdown."""
    env = ImmutableSandboxedEnvironment(
        loader=_loader(user_dirs),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        finalize=_finalize_markdown,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(FILTERS, md=_as_markdown, autolink=_autolink)
    return env


def html_environment(user_dirs: Sequence[Path] = ()) -> jinja2.Environment:
    """Jinja for the HTML page template: strict and HTML-autoescaped."""
    env = ImmutableSandboxedEnvironment(
        loader=_loader(user_dirs),
        undefined=jinja2.StrictUndefined,
        autoescape=True,
        finalize=_finalize_html,
    )
    env.filters.update(FILTERS, md=_as_html)
    return env


@lru_cache(maxsize=1)
def packaged_markdown_environment() -> jinja2.Environment:
    """:func:`markdown_environment` of the packaged templates alone, made once a process.

    Why: a build renders every brief from the same packaged templates, and compiling them
    (Jinja parses each template into Python and compiles that) cost more than rendering a brief
    with them. One environment keeps its compiled templates; Jinja still checks each file's
    modification time before using its compiled copy. Only the packaged templates are shared
    so: a workspace's template folders may gain a file that overrides a packaged one, which
    an environment made before would not see."""
    return markdown_environment()


@lru_cache(maxsize=1)
def packaged_html_environment() -> jinja2.Environment:
    """:func:`html_environment` of the packaged templates alone, made once a process (see
    :func:`packaged_markdown_environment`)."""
    return html_environment()


def _finalize_html(value: Any) -> Any:
    if value is None:
        raise TemplateProblem("a template printed an empty value (None); guard it with {% if %}")
    if isinstance(value, str) and not isinstance(value, Markup):
        return reveal_bidi(value)
    return value


@contextmanager
def template_errors() -> Iterator[None]:
    """Turn Jinja's exceptions into a TemplateProblem naming the template file and line."""
    try:
        yield
    except TemplateProblem:
        raise
    except jinja2.TemplateSyntaxError as error:
        where = f"{error.filename or error.name}:{error.lineno}"
        raise TemplateProblem(f"{where}: template syntax error: {error.message}") from None
    except jinja2.TemplateNotFound as error:
        raise TemplateProblem(f"template not found: {error.name}") from None
    except SecurityError as error:
        where = _template_frame(sys.exc_info()[2]) or "template"
        raise TemplateProblem(f"{where}: refused by the template sandbox: {error}") from None
    except jinja2.TemplateError as error:
        frame = _template_frame(sys.exc_info()[2]) or "template"
        raise TemplateProblem(f"{frame}: {type(error).__name__}: {error}") from None
    except (TypeError, ValueError, AttributeError, KeyError, IndexError, ArithmeticError) as error:
        # (ArithmeticError: the sandbox's "Range too big", a division by zero in the template)
        inside = _template_frame(sys.exc_info()[2])
        if inside is None:  # raised outside any template: a bug of ours, not the user's
            raise
        raise TemplateProblem(f"{inside}: {type(error).__name__}: {error}") from None


def _template_frame(tb: Any) -> str | None:
    """The innermost traceback frame that runs a template, as ``file:line``."""
    found = None
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith((".j2", ".css", ".html", ".md")):
            found = f"{filename}:{tb.tb_lineno}"
        tb = tb.tb_next
    return found
