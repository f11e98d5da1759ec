"""What the machine must have for PDF output, said once: the packages, and how to recognise a
crash caused by their absence. Imports nothing heavy, so the build process can use it."""

from __future__ import annotations

APT_PACKAGES = "libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core"
INSTALL_HINT = f"on Debian or Ubuntu: sudo apt-get install {APT_PACKAGES}"


def font_problem(stderr: str) -> str | None:
    """A sentence naming the font problem, when a crashed layout printed one."""
    lowered = stderr.lower()
    if "fontconfig" in lowered or "no fonts" in lowered or ("font" in lowered and "error" in lowered):
        return f"no usable fonts were found for the PDF; {INSTALL_HINT}"
    return None
