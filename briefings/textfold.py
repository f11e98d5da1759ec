"""Text folded for comparison: the one place that says which characters count as the same.

A pasted quote and its archived article differ in typography (curly or straight quotes, dashes,
no-break spaces) without differing in what they say; a copied article can also carry
compatibility forms, invisible characters and Cyrillic or Greek letters drawn like Latin ones.
Provenance checks, review fingerprints, duplicate detection and the extraction scorer all compare
text through :func:`normalise` and :func:`comparable`, so they cannot drift apart (two folding tables had).
"""

from __future__ import annotations

import unicodedata

#: Quotation marks, apostrophes, dashes and spaces that differ in print, not in what they say.
TYPOGRAPHY = str.maketrans({
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'", "′": "'",
    "–": "-", "—": "-", "‒": "-", "−": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " ",
})


def normalise(text: str) -> str:
    """Fold typography so that a pasted quote and an archived article compare equal."""
    text = text.translate(TYPOGRAPHY).replace("…", "...")
    return " ".join(text.split())


#: Cyrillic and Greek letters drawn like Latin ones (Unicode's confusables, UTS #39), which a
#: copied article can carry in place of the Latin letter without a reader seeing it.
_LOOKALIKES = str.maketrans(
    "аеорсухѕіјԁԛԝһӏАВЕКМНОРСТХУЅІЈοανρικΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
    "aeopcyxsijdqwhlABEKMHOPCTXYSIJoavpikABEZHIKMNOPTYX")


def comparable(text: str) -> str:
    """``text`` as it reads, for telling whether two texts say the same thing: :func:`normalise`d
    after compatibility forms are folded (NFKC), invisible format characters (zero-width
    spaces and joiners, soft hyphens, bidirectional and TAG characters) dropped and Cyrillic and
    Greek lookalikes read as the Latin letters they look like. For duplicates and fingerprints
    only: quotes are matched in their source as written (``validation.provenance.SourceText``)."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(char for char in text if unicodedata.category(char) != "Cf")
    return normalise(text.translate(_LOOKALIKES))


def decode_utf8(data: bytes) -> str:
    """Bytes of a text file as text: UTF-8, with or without a byte-order mark (editors on Windows
    write one); raises UnicodeDecodeError for anything else."""
    return data.decode("utf-8-sig")
