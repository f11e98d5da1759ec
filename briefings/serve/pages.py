"""The preview's own pages: the index, a briefing's errors, and the script that reloads.

Every value that comes from a briefing or a message is passed through :func:`html.escape`;
the briefing pages themselves are the sanitised HTML edition, with the reload script and a
small bar (index, PDF) added before ``</body>``.
"""

from __future__ import annotations

from html import escape

from briefings.serve.preview import Entry

STYLE = """
body { font: 15px/1.5 "Source Sans 3", system-ui, sans-serif; margin: 2rem auto; max-width: 60rem;
       padding: 0 1rem; color: #1a1a1a; }
h1 { font-size: 1.5rem; color: #1f3a5f; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid #ddd; vertical-align: top; }
.status-ok { color: #1c6b3a; } .status-invalid, .status-failed { color: #a11d21; font-weight: bold; }
code, pre { font: 13px/1.4 ui-monospace, monospace; } pre { white-space: pre-wrap; }
li.issue { margin-bottom: .6rem; } .where { font-weight: bold; } .field { color: #555; }
"""

BAR = ('<nav id="briefings-serve-bar" style="position:fixed;right:.6rem;bottom:.6rem;'
       'font:13px system-ui,sans-serif;background:#1f3a5f;padding:.3rem .6rem;'
       'border-radius:.3rem;z-index:9">'
       '<a style="color:#fff" href="/">All briefings</a> · '
       '<a style="color:#fff" href="/b/{key}.pdf">PDF</a></nav>')

FONTS_URL = "/_serve/fonts.css"

RELOAD_JS = """\
// Reload this page when the preview has something newer (server-sent events, same origin),
// unless the analyst has started choosing in a review form: then say the file changed and keep
// the page (and the choice) as it is; a decision sent from it is checked against the file.
(function () {
  var shown = document.currentScript.getAttribute("data-generation");
  var events = new EventSource("/_serve/events");
  var touched = false;
  window.briefingsServeEvents = events;  // readyState 1: listening
  document.addEventListener("change", function () { touched = true; });
  events.onmessage = function (message) {
    if (message.data === shown) { return; }
    if (!touched) { events.close(); window.location.reload(); return; }
    if (document.getElementById("briefings-stale")) { return; }
    var note = document.createElement("p");
    note.id = "briefings-stale";
    note.setAttribute("role", "status");
    note.textContent = "The briefing changed on disk after this page was loaded. Your choices " +
      "are kept here; a decision sent from this page will be refused and shown again with " +
      "them. Reload to see the file as it is now.";
    document.body.insertBefore(note, document.body.firstChild);
  };
})();
"""


def reload_tag(generation: int) -> str:
    return f'<script src="/_serve/reload.js" data-generation="{generation}"></script>'


def page(title: str, body: str, generation: int | None, head: str = "") -> str:
    """A page of the preview's own; with a generation, it reloads on the next change."""
    script = reload_tag(generation) if generation is not None else ""
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(title)}</title><style>{STYLE}</style>{head}</head>"
            f"<body>{body}{script}</body></html>\n")



def index_page(entries: list[Entry], generation: int) -> str:
    """Every briefing with its status and a link to its page."""
    rows = []
    for entry in sorted(entries, key=lambda e: str(e.path)):
        errors = sum(1 for issue in entry.issues if issue.is_error)
        warnings = len(entry.issues) - errors
        status = {"ok": f"ok, {warnings} warning(s)" if warnings else "ok",
                  "invalid": f"{errors} error(s)", "failed": "failed"}[entry.status]
        rows.append(f'<tr><td><a href="/b/{escape(entry.key)}/">{escape(entry.title)}</a></td>'
                    f"<td><code>{escape(str(entry.path))}</code></td>"
                    f'<td class="status-{entry.status}">{escape(status)}</td></tr>')
    table = ("<table><tr><th>Briefing</th><th>File</th><th>Status</th></tr>"
             + "".join(rows) + "</table>") if rows else "<p>No briefing files found.</p>"
    return page("Briefings", f"<h1>Briefings</h1>{table}", generation)


def error_page(entry: Entry, generation: int) -> str:
    """Why a briefing cannot be shown: each issue with its place, field and message."""
    items = []
    for issue in entry.issues:
        items.append(
            f'<li class="issue severity-{escape(issue.severity.value)}">'
            f'<span class="where">{escape(f"{issue.path}:{issue.line}:{issue.column}")}</span> '
            f'<span class="field">{escape(issue.location)}</span>'
            f"{' (warning)' if not issue.is_error else ''}"
            f"<pre>{escape(issue.message)}</pre></li>")
    problem = f"<pre>{escape(entry.problem)}</pre>" if entry.problem else ""
    errors = sum(1 for issue in entry.issues if issue.is_error)
    heading = f"{errors} error(s) in {entry.path.name}" if entry.issues else \
        f"{entry.path.name} could not be rendered"
    body = (f'<h1 id="briefing-errors">{escape(heading)}</h1>'
            f"<p>Fix the file and save: this page reloads by itself. "
            f'<a href="/">All briefings</a></p>{problem}<ol class="issues">{"".join(items)}</ol>')
    return page(heading, body, generation)


def briefing_page(entry: Entry, generation: int) -> str:
    """The HTML edition with the packaged fonts linked (as the PDF uses them), the bar and the
    reload script added."""
    assert entry.html is not None
    html = entry.html.replace("<head>", f'<head>\n<link rel="stylesheet" href="{FONTS_URL}">', 1)
    extra = BAR.format(key=escape(entry.key)) + reload_tag(generation)
    head, found, tail = html.rpartition("</body>")
    return head + extra + found + tail if found else html + extra


def message_page(title: str, message: str, generation: int | None = None) -> str:
    """A plain page for 404s and refused requests; with ``generation``, it reloads on the
    next change (without, it has no script: a refused request is not retried)."""
    body = f'<h1>{escape(title)}</h1><p>{escape(message)}</p><p><a href="/">All briefings</a></p>'
    return page(title, body, generation)
