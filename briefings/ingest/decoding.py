"""Response bodies decoded as they arrive, never more than a few KiB beyond the cap.

httpx decodes ``Content-Encoding`` for us, but each piece of compressed input is inflated whole:
a 6.8 KB feed sent as ``gzip, gzip`` (or ``br``) grows to gigabytes inside one call, before any
cap is checked. Here the raw bytes go through one decoder per encoding, outermost last, each
producing at most :data:`STEP` bytes per call and pulled only as the caller reads (generators
chained), so the size cap stops a bomb after a few KiB more than the cap, whatever its ratio.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable, Iterator

import brotli

#: The most one decoder hands on at a time.
STEP = 64 * 1024
#: What we ask servers for: what we can decode within the cap.
ACCEPTED = "gzip, deflate, br"


class DecodingProblem(ValueError):
    """The body's encoding is unknown or its bytes are not what it says."""


def _inflate(chunks: Iterable[bytes], wbits: int) -> Iterator[bytes]:
    decoder = zlib.decompressobj(wbits)
    try:
        for chunk in chunks:
            data = chunk
            while True:
                out = decoder.decompress(data, STEP)
                if out:
                    yield out
                data = decoder.unconsumed_tail
                if not data and len(out) < STEP:
                    break
                if decoder.eof:  # a second gzip member: rare, and never needed for a feed
                    break
        yield decoder.flush()
    except zlib.error as error:
        raise DecodingProblem(f"the compressed body is damaged ({error})") from None


def _gunzip(chunks: Iterable[bytes]) -> Iterator[bytes]:
    return _inflate(chunks, 16 + zlib.MAX_WBITS)


def _deflate(chunks: Iterable[bytes]) -> Iterator[bytes]:
    return _inflate(chunks, 32 + zlib.MAX_WBITS)  # zlib-wrapped, as servers send it (or gzip)


def _unbrotli(chunks: Iterable[bytes]) -> Iterator[bytes]:
    decoder = brotli.Decompressor()
    try:
        for chunk in chunks:
            out = decoder.process(chunk, output_buffer_limit=STEP)
            yield out
            while not decoder.can_accept_more_data():
                yield decoder.process(b"", output_buffer_limit=STEP)
    except brotli.error as error:
        raise DecodingProblem(f"the compressed body is damaged ({error})") from None


def _identity(chunks: Iterable[bytes]) -> Iterator[bytes]:
    yield from chunks


_DECODERS: dict[str, Callable[[Iterable[bytes]], Iterator[bytes]]] = {
    "gzip": _gunzip, "x-gzip": _gunzip, "deflate": _deflate, "br": _unbrotli, "identity": _identity,
}


def decoded(raw: Iterable[bytes], content_encoding: str) -> Iterator[bytes]:
    """The body's bytes, decoded lazily through every encoding listed (the last one applied by
    the server is undone first)."""
    names = [name.strip().lower() for name in content_encoding.split(",") if name.strip()]
    unknown = [name for name in names if name not in _DECODERS]
    if unknown:
        raise DecodingProblem(f"unsupported Content-Encoding {', '.join(unknown)!r} "
                              f"(decoded: {', '.join(sorted(_DECODERS))})")
    chunks: Iterable[bytes] = raw
    for name in reversed(names):
        chunks = _DECODERS[name](chunks)
    return iter(chunks)
