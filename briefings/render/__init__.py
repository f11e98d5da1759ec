"""The render stage: briefing → portable Markdown (the ``.md``) and briefing → HTML page
(structure from the model, prose through CommonMark and nh3) → PDF (WeasyPrint), with figures
drawn as SVG and, for archival PDFs, the briefing's data embedded. Templates run sandboxed.
Pure functions: writing files is the building stage's job."""
