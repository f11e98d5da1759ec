"""Collecting new material for a briefing: an inbox folder and RSS/Atom feeds → archived
sources → proposed items for review.

    article   text and metadata from .txt, .html (trafilatura) and .eml files
    extractor reading HTML and e-mail in a worker process, within a time budget
    inbox     the inbox folder: which files are new, read within the size cap
    fetch     HTTP with conditional requests, a deadline, a size cap and allowed hosts only
    feeds     a feed's new entries, filtered by keyword, each fetched as an article
    dedupe    the same URL, the same bytes, or the same story on another site
    archive   archive an article beside the briefing and draft it in as proposed material
    state     what was already seen (per briefing), written atomically
    run       ``briefings ingest``: all of the above for each configured briefing
"""
