"""Bytes → text: decode a digest whatever its encoding."""

from __future__ import annotations

from paperlist.errors import InputError


def decode_digest(data: bytes, name: str) -> tuple[str, str]:
    """Return (text, encoding) for the bytes of a digest named `name`."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise InputError(f"{name}: cannot decode this file as text", "check that it is a text digest")
