"""The review page: each proposed item shown where it would go in the brief, with its passage,
why it was proposed, and the controls to decide it; and the archived article, its passage marked.

Plain HTML forms, one per item and one per article (bulk), posted to ``/b/<key>/review``: they
work from the keyboard and without a script. Every value is passed through :func:`html.escape`.
"""

from __future__ import annotations

from html import escape

from briefings.review.proposals import Article, Proposal
from briefings.serve.preview import Entry

REVIEW_CSS_URL = "/_serve/review.css"
STYLESHEET = f'<link rel="stylesheet" href="{REVIEW_CSS_URL}">'
REVIEW_CSS = """
.review-panel, .proposed-item { font: 15px/1.45 "Source Sans 3", system-ui, sans-serif;
  border: 2px dashed #b36b00; background: #fff8ec; border-radius: .4rem; padding: .6rem .8rem;
  margin: .8rem 0; max-width: 100%; box-sizing: border-box; overflow-wrap: anywhere; }
.review-panel h2 { margin: 0 0 .4rem; font-size: 1.15rem; }
.review-panel ul { padding-left: 1.1rem; margin: .3rem 0; }
.review-panel li { margin: .4rem 0; }
.proposed-badge { margin: 0 0 .3rem; color: #7a4500; }
.proposed-item blockquote { margin: .3rem 0; padding-left: .6rem; border-left: 3px solid #b36b00; }
.proposed-item dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .6rem; margin: .3rem 0; }
.proposed-item dt { font-weight: bold; } .proposed-item dd { margin: 0; }
.proposed-passage { margin: .3rem 0; color: #333; } .proposed-passage p { margin: .2rem 0; }
.review-controls { display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; margin-top: .4rem; }
.review-controls label { font-weight: bold; }
.review-speaker { display: flex; flex: 1 1 18rem; gap: .4rem; align-items: center; min-width: 0; }
.review-controls select { max-width: 100%; min-width: 0; flex: 1 1 auto; font: inherit; }
.review-controls button { font: inherit; padding: .3rem .8rem; min-height: 2.2rem; cursor: pointer; }
.review-controls button:focus-visible, .review-controls select:focus-visible, .proposed-item a:focus-visible
  { outline: 3px solid #1f3a5f; outline-offset: 2px; }
.review-message { border: 2px solid #a11d21; background: #fdecec; padding: .6rem .8rem; border-radius: .4rem; }
#briefings-stale { position: sticky; top: 0; z-index: 10; border: 2px solid #a11d21;
  background: #fdecec; padding: .5rem .8rem; font: 15px system-ui, sans-serif; }
.article { white-space: pre-line; } mark#passage { background: #ffe08a; }
"""
KINDS = {"quote": "quote", "party": "party", "consequence": "consequence", "event": "timeline event"}


def _hidden(token: str, version: str, **values: str) -> str:
    fields = {"token": token, "version": version, **values}
    return "".join(f'<input type="hidden" name="{name}" value="{escape(value)}">'
                   for name, value in fields.items())


def _speaker_select(entry: Entry, proposal: Proposal, chosen: str) -> str:
    current = chosen or f"{proposal.party_id}/{proposal.speaker_id}"
    groups = []
    for choice in entry.speakers:
        options = "".join(
            f'<option value="{escape(value)}"{" selected" if value == current else ""}>'
            f"{escape(label)}</option>"
            for value, label in ((f"{choice.party_id}/{speaker}", label)
                                 for speaker, label in choice.speakers))
        groups.append(f'<optgroup label="{escape(choice.party_name)}">{options}</optgroup>')
    return (f'<span class="review-speaker"><label for="speaker-{proposal.id}">Speaker</label>'
            f'<select id="speaker-{proposal.id}" name="speaker">{"".join(groups)}</select></span>')


def _why(proposal: Proposal) -> str:
    rows = list(proposal.why)
    if not rows:
        rows = [("Why", "the extractor recorded no evidence or confidence for this item; "
                        "judge it by its passage")]
    if proposal.speaker_id:
        rows.insert(0, ("Speaker", f"{proposal.speaker_name} ({proposal.speaker_id})"))
    if proposal.party_name and proposal.kind != "party":
        rows.insert(1 if proposal.speaker_id else 0, ("Filed under", proposal.party_name))
    rows += proposal.details
    return "<dl>" + "".join(f"<dt>{escape(label)}</dt><dd>{escape(value)}</dd>"
                            for label, value in rows) + "</dl>"


def card(entry: Entry, proposal: Proposal, token: str, chosen_speaker: str = "") -> str:
    """One proposed item with its passage, the reasons, and Accept / Reject / Edit."""
    text = f"“{proposal.text}”" if proposal.kind == "quote" else proposal.text
    link = f"/b/{escape(entry.key)}/item/{proposal.id}/source#passage"
    passage = (f'<div class="proposed-passage"><p>From {escape(proposal.source_title)}:</p>'
               f"<p>{escape(proposal.passage)}</p>"
               f'<p><a href="{link}">Show the passage in the archived article</a></p></div>'
               if proposal.passage else
               f'<p class="proposed-passage">No passage of {escape(proposal.source_title or "a source")} '
               "matches this item closely.</p>")
    edit = (_speaker_select(entry, proposal, chosen_speaker)
            + '<button type="submit" name="action" value="edit">Edit speaker/party</button>'
            if proposal.kind == "quote" else "")
    kind = KINDS[proposal.kind]
    return (f'<section class="proposed-item proposed-{proposal.kind}" id="item-{proposal.id}" '
            f'data-item="{proposal.id}" aria-labelledby="item-{proposal.id}-title">'
            f'<p class="proposed-badge" id="item-{proposal.id}-title"><strong>Proposed {kind}</strong>'
            f" · review id <code>{proposal.id}</code></p>"
            f"<blockquote><p>{escape(text)}</p></blockquote>{_why(proposal)}{passage}"
            f'<form class="review-controls" method="post" action="/b/{escape(entry.key)}/review">'
            f"{_hidden(token, entry.version, item=proposal.id)}"
            '<button type="submit" name="action" value="accept">Accept</button>'
            '<button type="submit" name="action" value="reject">Reject</button>'
            f"{edit}</form></section>")


def panel(entry: Entry, token: str) -> str:
    """The head of the review: how many items wait, and per article, Accept/Reject all."""
    articles: dict[str, tuple[str, int, str]] = {}
    for proposal in entry.proposals:
        title, count, first = articles.get(proposal.source_id, (proposal.source_title, 0, proposal.id))
        articles[proposal.source_id] = (title, count + 1, first)
    rows = []
    for source_id, (title, count, first) in articles.items():
        name = escape(title or "no source")
        rows.append(
            f'<li><a href="#item-{first}">{name}</a>: {count} item(s)'
            + (f'<form class="review-controls" method="post" action="/b/{escape(entry.key)}/review">'
               f"{_hidden(token, entry.version, source=source_id)}"
               f'<button type="submit" name="action" value="accept-article">Accept all from this article</button>'
               f'<button type="submit" name="action" value="reject-article">Reject all from this article</button>'
               "</form>" if source_id else "") + "</li>")
    return (f'<section class="review-panel" id="review" aria-label="Review">'
            f"<h2>{len(entry.proposals)} proposed item(s) to review</h2>"
            "<p>Each is shown below, marked as proposed, where it would appear once accepted. "
            "Accepting a quote of a proposed party accepts the party too.</p>"
            f'<ul>{"".join(rows)}</ul></section>')


def _insertion_point(html: str, place: tuple[str, str], fallback: int) -> int:
    """Where in the HTML edition an item goes: at the end of its party's or section's part."""
    kind, name = place
    start = html.find(f'id="party-{name}"' if kind == "party" else f'id="{name}"')
    if start < 0:
        return fallback
    ends = [at for at in (html.find('<h3 class="party"', start + 1), html.find("<h2", start + 1))
            if at >= 0]
    return min(ends) if ends else fallback


def annotate(html: str, entry: Entry, token: str) -> str:
    """The HTML edition with the review panel at the top of the brief and each proposed item
    in place (items with no place yet go before the sources, or at the end)."""
    if not entry.proposals:
        return html
    html = html.replace("</head>", f"{STYLESHEET}</head>", 1)
    main = html.find("<main")
    top = html.find(">", main) + 1 if main >= 0 else html.find("<body")
    top = top if top > 0 else 0
    end = html.rfind("</main>")
    sources = html.find('<h2 id="sources"')
    fallback = sources if sources >= 0 else (end if end >= 0 else len(html))
    inserts = [(top, panel(entry, token))]
    inserts += [(_insertion_point(html, proposal.place, fallback), card(entry, proposal, token))
                for proposal in entry.proposals]
    out, last = [], 0
    for at, markup in sorted(inserts, key=lambda pair: pair[0]):  # stable: file order kept
        out += [html[last:at], markup]
        last = at
    return "".join(out) + html[last:]


def article_body(entry: Entry, item_id: str, article: Article) -> str:
    """The archived article with the item's passage marked and scrolled to."""
    text = article.text
    if article.span is None:
        shown = escape(text)
        note = "<p>No passage of this article matches the item closely; it is shown whole.</p>"
    else:
        start, end = article.span
        shown = (escape(text[:start]) + f'<mark id="passage" tabindex="-1">{escape(text[start:end])}</mark>'
                 + escape(text[end:]))
        note = '<p><a href="#passage">Go to the passage</a></p>'
    back = f'<a href="/b/{escape(entry.key)}/#item-{escape(item_id)}">Back to the item</a>'
    return (f"<h1>{escape(article.title)}</h1><p>The archived copy {escape(entry.title)} cites. "
            f"{back}</p>{note}<div class=\"article\">{shown}</div><p>{back}</p>")


def outcome_body(entry: Entry, message: str, proposal: Proposal | None, token: str,
                 chosen_speaker: str, typed: dict[str, str]) -> str:
    """A refused or failed decision: why, and the item's form again with what was chosen."""
    again = (card(entry, proposal, token, chosen_speaker) if proposal is not None else
             "<p>The item is no longer proposed in the file as it is now. You chose: "
             + escape(", ".join(f"{k} = {v}" for k, v in typed.items() if v)) + "</p>")
    return (f'<h1>Nothing was written</h1><p class="review-message" role="alert">{escape(message)}</p>'
            f"<p>The item as the file has it now, with your choice kept:</p>{again}"
            f'<p><a href="/b/{escape(entry.key)}/#review">Back to the briefing</a></p>')
