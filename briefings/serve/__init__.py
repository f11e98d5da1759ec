"""``briefings serve``: a live preview of a workspace's briefings, for the analyst editing them.

The parts::

    preview.py   what is shown: each briefing's HTML edition or its errors, rebuilt in this
                 process into a temporary folder (never the workspace's output), and a counter
                 that moves on every change
    watch.py     which saved file means which briefing to rebuild (watchfiles)
    pages.py     the index, the error page and the reload script; every value html-escaped
    server.py    HTTP on 127.0.0.1 (http.server), server-sent events for reloads; a URL names a
                 briefing by key, never a file, so nothing outside the preview can be served
    guard.py     the Host every request must name, and the Origin and token a POST must carry
    review_pages.py  proposed items shown in place with Accept / Reject / Edit speaker/party,
                 and the archived article with an item's passage marked
    decisions.py a posted decision, written through briefings.review.decide (as `review` does)
    run.py       start it all, and stop it all cleanly on Ctrl-C
"""

from briefings.serve.run import serve

__all__ = ["serve"]
