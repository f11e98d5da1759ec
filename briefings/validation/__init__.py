"""The validate stage: cross-references between parties, people and sources; every quote
found in its archived source (provenance); editorial warnings. Never imports the renderer."""
