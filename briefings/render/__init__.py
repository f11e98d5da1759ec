"""The render stage: briefing → Markdown (Jinja) → sanitised HTML page → PDF (WeasyPrint),
with figures drawn as SVG and, for archival PDFs, the briefing's data embedded. Pure
functions: writing files is the building stage's job."""
