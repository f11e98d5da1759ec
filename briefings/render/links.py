"""The link policy, one rule for every output: a link goes to the web (http or https with a
host), to an e-mail address (mailto) or to an anchor in the same document (``#…``); never to
a file, a share (``file:``, ``smb:``, a relative path) or a script (``javascript:``).

Prose is sanitised with it (:mod:`briefings.render.prose`), the HTML edition's anchors after
templating (:mod:`briefings.render.edition`) and the PDF's links after layout
(:mod:`briefings.render.pdf`), so a workspace template cannot write a link around it.
Only ``re``: the layout worker imports this without loading anything else.
"""

from __future__ import annotations

import re

_ALLOWED = re.compile(r"^(?:https?://[^/\s\\]|mailto:|#)", re.IGNORECASE)
#: What a browser strips from a URL before reading its scheme (tabs, newlines, leading blanks
#: and controls): ``java\tscript:`` is ``javascript:`` to it, so the policy reads it so too.
_IGNORED_BY_BROWSERS = re.compile(r"[\x00-\x20\x7f]")


def allowed_link(href: str) -> bool:
    """Whether a link to ``href`` may stay in an output (see the module docstring)."""
    return bool(_ALLOWED.match(_IGNORED_BY_BROWSERS.sub("", href)))


def allowed_pdf_link(kind: str, target: str) -> bool:
    """Whether a laid-out link (WeasyPrint's ``page.links``: kind ``internal``, ``external`` or
    ``attachment``) may go into the PDF: anchors inside it, and web and e-mail addresses."""
    return kind == "internal" or (kind == "external" and allowed_link(target))
