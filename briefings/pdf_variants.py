"""The PDF variants a build can make, checked without importing WeasyPrint."""

from __future__ import annotations

from .errors import BriefingError

PDF_VARIANTS = {
    "pdf/ua-1": "tagged, accessible PDF (PDF/UA-1): the default",
    "pdf/a-3b": "archival PDF/A-3b, tagged, carrying the briefing YAML and its sources",
    "none": "plain PDF, untagged",
}


def check_variant(variant: str) -> str:
    if variant not in PDF_VARIANTS:
        raise BriefingError(f"unknown PDF variant '{variant}' (known: {', '.join(PDF_VARIANTS)})")
    return variant
