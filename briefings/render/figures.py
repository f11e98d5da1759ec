"""Figures drawn from the validated data, as SVG: a consequence matrix, a stance map and a
timeline. Each comes with a text alternative that says what the picture shows.

The SVG is built here from escaped text only (no template, no user markup) and embedded in the
page as an ``<img>`` with a ``data:`` URI and an ``alt`` text: it stays vector graphics in the
PDF, is a tagged figure with alternative text in the accessible PDF, and needs no file or
request in the single-file HTML edition. Shapes differ by shade *and* by label, so the figures
read in greyscale print.
"""

from __future__ import annotations

import base64
import textwrap
from collections import Counter
from dataclasses import dataclass
from html import escape

from markupsafe import Markup

from briefings.render.prose import reveal_bidi
from briefings.render.templates import enum_label, long_date
from briefings.schema.briefing import Briefing, Impact, Likelihood, Stance

#: The packaged sans family, then the generic one: a browser does not give an image the page's
#: web fonts, so the figures of the HTML edition are drawn in the reader's sans-serif.
FONT = "'Source Sans 3', sans-serif"
INK = "#1a1a1a"
ACCENT = "#1f3a5f"


@dataclass(frozen=True)
class Figure:
    """One figure: its slot id, caption, SVG and text alternative."""

    id: str
    caption: str
    svg: str
    alt: str  # for the img: what it is and what it shows
    summary: str  # what it shows, for the Markdown edition after the caption

    @property
    def html(self) -> Markup:
        """The figure element for the page: the SVG as a ``data:`` image with its alt text."""
        data = base64.b64encode(self.svg.encode("utf-8")).decode("ascii")
        return Markup(f'<figure class="visual" id="figure-{self.id}">'
                      f'<img src="data:image/svg+xml;base64,{data}" alt="{escape(reveal_bidi(self.alt))}">'
                      f"<figcaption>{escape(reveal_bidi(self.caption))}</figcaption></figure>")


def _text(x: float, y: float, text: str, size: float = 10.8, anchor: str = "start",
          weight: str = "normal", fill: str = INK, lines: list[str] | None = None) -> str:
    content = lines or [text]
    spans = "".join(
        f'<tspan x="{x:.1f}" dy="{0 if i == 0 else size * 1.2:.1f}">{escape(reveal_bidi(line))}</tspan>'
        for i, line in enumerate(content)
    )
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-family="{FONT}" font-size="{size}" '
            f'text-anchor="{anchor}" font-weight="{weight}" fill="{fill}">{spans}</text>')


def _svg(width: int, height: int, title: str, body: str) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" role="img"><title>{escape(title)}</title>{body}</svg>')


def _shorten(text: str, limit: int) -> str:
    """At most ``limit`` characters, cut at a word boundary with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:") + "…"


# --------------------------------------------------------------------------- consequence matrix


#: The matrix's geometry: the grid's left and top edges, a cell's size (it grows taller when
#: its row has more markers than fit), and how markers are packed inside a cell.
_LEFT, _TOP, _CELL_W, _CELL_H = 98, 14, 74, 46
_MARKERS_PER_LINE, _MARKER_TOP, _MARKER_STEP_Y = 3, 14, 19


def _marker_lines(count: int) -> int:
    return max(1, -(-count // _MARKERS_PER_LINE))


def consequence_matrix(rows: list[tuple[int, str, str, Likelihood, Impact]]) -> Figure | None:
    """Each consequence (number, party, description, likelihood, impact) in its cell.

    Markers sit three to a line inside their cell; an impact row grows by a line of markers
    whenever one of its cells needs it, so a marker never spills into the row below."""
    if not rows:
        return None
    likelihoods, impacts = list(Likelihood), list(Impact)
    counts = Counter((likelihood.rank, impact.rank) for *_, likelihood, impact in rows)
    heights = [max(_CELL_H, _MARKER_TOP + 13 + _MARKER_STEP_Y * (_marker_lines(
        max(counts[(col, impact.rank)] for col in range(len(likelihoods)))) - 1))
        for impact in reversed(impacts)]
    tops = [_TOP + sum(heights[:row]) for row in range(len(impacts))]
    grid_h = sum(heights)
    width = _LEFT + _CELL_W * len(likelihoods) + 8
    height = _TOP + grid_h + 62
    parts = []
    for row, impact in enumerate(reversed(impacts)):
        y, cell_h = tops[row], heights[row]
        parts.append(_text(_LEFT - 8, y + cell_h / 2 + 3, enum_label(impact), anchor="end", weight="bold"))
        for col, likelihood in enumerate(likelihoods):
            score = (likelihood.rank + 1) * (impact.rank + 1) / (len(likelihoods) * len(impacts))
            shade = int(246 - 90 * score)
            fill = f"rgb({shade},{shade + 3},{min(255, shade + 10)})"
            parts.append(f'<rect x="{_LEFT + col * _CELL_W}" y="{y}" width="{_CELL_W}" height="{cell_h}" '
                         f'fill="{fill}" stroke="#8a96a8" stroke-width="0.6"/>')
    for col, likelihood in enumerate(likelihoods):
        x = _LEFT + col * _CELL_W + _CELL_W / 2
        lines = textwrap.wrap(enum_label(likelihood), 12)
        parts.append(_text(x, _TOP + grid_h + 12, "", size=9.6, anchor="middle", lines=lines))
    parts.append(_text(_LEFT + _CELL_W * len(likelihoods) / 2, height - 8,
                       "Likelihood (ICD 203) →", size=10.8, anchor="middle", weight="bold", fill=ACCENT))
    parts.append(f'<text transform="translate(14,{_TOP + grid_h / 2}) rotate(-90)" '
                 f'font-family="{FONT}" font-size="10.8" font-weight="bold" fill="{ACCENT}" '
                 f'text-anchor="middle">Impact →</text>')
    placed: Counter[tuple[int, int]] = Counter()
    for number, _, _, likelihood, impact in rows:
        col, row = likelihood.rank, len(impacts) - 1 - impact.rank
        slot = placed[(col, row)]
        placed[(col, row)] += 1
        cx = _LEFT + col * _CELL_W + 13 + (slot % _MARKERS_PER_LINE) * 21
        cy = tops[row] + _MARKER_TOP + (slot // _MARKERS_PER_LINE) * _MARKER_STEP_Y
        parts.append(f'<circle cx="{cx}" cy="{cy}" r="9" fill="{ACCENT}" stroke="#ffffff" stroke-width="1"/>')
        parts.append(_text(cx, cy + 3, str(number), size=9.6, anchor="middle", weight="bold", fill="#ffffff"))
    summary = " ".join(
        f"{number}: {party}, {_shorten(description, 80)} — {likelihood.value}, {impact.value} impact."
        for number, party, description, likelihood, impact in rows)
    title = "Consequences by likelihood and impact"
    return Figure("consequence-matrix", "Figure: consequences by likelihood and impact "
                  "(numbers as in the table below)", _svg(width, height, title, "".join(parts)),
                  f"Consequence matrix, likelihood against impact. {summary}", summary)


# --------------------------------------------------------------------------- stance map


STANCE_ORDER = [Stance.SUPPORTS, Stance.MIXED, Stance.NEUTRAL, Stance.OPPOSES, Stance.UNCLEAR]
_STANCE_FILL = {Stance.SUPPORTS: "#dfeee4", Stance.MIXED: "#f6ead2", Stance.NEUTRAL: "#ececec",
                Stance.OPPOSES: "#f6dcdc", Stance.UNCLEAR: "#ffffff"}
_STANCE_LINE = {Stance.SUPPORTS: "solid", Stance.MIXED: "solid", Stance.NEUTRAL: "solid",
                Stance.OPPOSES: "solid", Stance.UNCLEAR: "dashed"}


#: Rows of party boxes a stance column holds before its boxes go side by side (at most three
#: abreast, names shortened): a long column would make the map too tall for a page.
_STANCE_ROWS = 8


def stance_map(briefing: Briefing) -> Figure:
    """Each party, by its stance on the briefing's question."""
    columns = {stance: [p for p in briefing.parties if p.position.stance is stance] for stance in STANCE_ORDER}
    col_w, box_h, gap, top = 124, 24, 6, 34
    width = col_w * len(STANCE_ORDER) + 8
    tallest = max(len(parties) for parties in columns.values())
    abreast = min(3, max(1, -(-tallest // _STANCE_ROWS)))
    box_w = (col_w - 6 - 4 * (abreast - 1)) / abreast
    height = top + max(1, -(-tallest // abreast)) * (box_h + gap) + 10
    parts = []
    for index, stance in enumerate(STANCE_ORDER):
        x = 4 + index * col_w
        parts.append(f'<rect x="{x}" y="2" width="{col_w - 6}" height="22" fill="{ACCENT}"/>')
        parts.append(_text(x + (col_w - 6) / 2, 17, enum_label(stance).upper(), size=10.2, anchor="middle",
                           weight="bold", fill="#ffffff"))
        for number, party in enumerate(columns[stance]):
            bx, y = x + (number % abreast) * (box_w + 4), top + (number // abreast) * (box_h + gap)
            dash = ' stroke-dasharray="4 3"' if _STANCE_LINE[stance] == "dashed" else ""
            parts.append(f'<rect x="{bx:.1f}" y="{y}" width="{box_w:.1f}" height="{box_h}" rx="3" '
                         f'fill="{_STANCE_FILL[stance]}" stroke="#5b6b80" stroke-width="0.8"{dash}/>')
            parts.append(_text(bx + box_w / 2, y + 15.5, _shorten(party.short_name, 20 // abreast), size=10.2,
                               anchor="middle", weight="bold"))
        if not columns[stance]:
            parts.append(_text(x + (col_w - 6) / 2, top + 15, "—", size=10.8, anchor="middle", fill="#777777"))
    summary = " ".join(
        f"{enum_label(stance)}: {', '.join(p.short_name for p in parties)}."
        for stance, parties in columns.items() if parties)
    return Figure("stance-map", f"Figure: where each party stands on {briefing.question}",
                  _svg(width, height, "Stance map", "".join(parts)),
                  f"Stance map on {briefing.question}. {summary}", summary)


# --------------------------------------------------------------------------- timeline


def timeline(briefing: Briefing) -> Figure | None:
    """The dated events, in order, evenly spaced along a line."""
    events = briefing.timeline
    if not events:
        return None
    width, margin = 640, 16
    step = (width - 2 * margin) / len(events)
    chars = max(10, int(step / 5.6))
    max_lines = 6
    wrapped = [textwrap.wrap(e.event, chars) for e in events]
    for index, lines in enumerate(wrapped):
        if len(lines) > max_lines:
            kept = lines[:max_lines]
            kept[-1] = _shorten(kept[-1] + " " + lines[max_lines], chars)
            if not kept[-1].endswith("…"):
                kept[-1] = _shorten(kept[-1], len(kept[-1]) - 1)
            wrapped[index] = kept
    line_y = 40
    height = line_y + 24 + max(len(w) for w in wrapped) * 12 + 8
    parts = [f'<line x1="{margin}" y1="{line_y}" x2="{width - margin}" y2="{line_y}" '
             f'stroke="{ACCENT}" stroke-width="2"/>']
    for index, (event, lines) in enumerate(zip(events, wrapped, strict=True)):
        x = margin + step * index + step / 2
        parts.append(f'<circle cx="{x:.1f}" cy="{line_y}" r="5" fill="#ffffff" stroke="{ACCENT}" stroke-width="2"/>')
        parts.append(_text(x, line_y - 12, long_date(event.date), size=10.2, anchor="middle", weight="bold",
                           fill=ACCENT))
        parts.append(_text(x, line_y + 20, "", size=9.6, anchor="middle", lines=lines))
    summary = " ".join(f"{long_date(e.date)}: {e.event}" for e in events)
    return Figure("timeline", "Figure: timeline of events", _svg(width, int(height), "Timeline",
                  "".join(parts)), f"Timeline. {summary}", summary)
