"""A message as the Gmail API returns it (`users.messages.get`), read as the email it is.

With `format=full` the message is JSON: its headers as name/value pairs, its body (or each part's) as base64url
data; with `format=raw`, the whole RFC 822 message as base64url. Either is given back as the bytes of an email,
its text part's body encoded in base64 as a mail would carry it, for the email reader to decode (its charset,
`format=flowed`, HTML).
"""

from __future__ import annotations

import base64
import binascii
import json
import re

_START = re.compile(rb'\A\s*\{[^{}]{0,2000}?"(?:payload|raw)"\s*:')
_KEPT = ("subject", "from", "to", "date", "content-type")
_MAX_PARTS = 200


def gmail_message_bytes(data: bytes) -> bytes | None:
    """The email a Gmail API message holds, or None when `data` is no such message."""
    if _START.match(data) is None:
        return None
    try:
        message = json.loads(data)
    except ValueError:
        return None
    if not isinstance(message, dict):
        return None
    raw = message.get("raw")
    if isinstance(raw, str):
        return _unbase64(raw)
    payload = message.get("payload")
    if not isinstance(payload, dict) or not isinstance(payload.get("headers"), list):
        return None
    part = _text_part(payload)
    if part is None:
        return None
    carried = part.get("body")
    body = _unbase64(str(carried.get("data") or "")) if isinstance(carried, dict) else None
    if body is None:
        return None
    headers = {**_headers(payload), **{k: v for k, v in _headers(part).items() if k == "content-type"}}
    headers.setdefault("content-type", f"{part.get('mimeType') or 'text/plain'}; charset=utf-8")
    head = "".join(f"{name.title()}: {' '.join(value.split())}\r\n" for name, value in headers.items())
    encoded = base64.encodebytes(body)
    return (head + "MIME-Version: 1.0\r\nContent-Transfer-Encoding: base64\r\n\r\n").encode() + encoded


def _headers(part: dict[str, object]) -> dict[str, str]:
    found: dict[str, str] = {}
    listed = part.get("headers")
    for header in listed if isinstance(listed, list) else []:
        if isinstance(header, dict):
            name = str(header.get("name", "")).casefold()
            if name in _KEPT and name not in found:
                found[name] = str(header.get("value", ""))
    return found


def _text_part(payload: dict[str, object]) -> dict[str, object] | None:
    """The part a mail client shows: the first text/plain part, else the first text/html one."""
    parts: list[dict[str, object]] = []
    pending = [payload]
    while pending and len(parts) < _MAX_PARTS:
        part = pending.pop(0)
        parts.append(part)
        children = part.get("parts")
        if isinstance(children, list):
            pending.extend(child for child in children if isinstance(child, dict))
    for wanted in ("text/plain", "text/html"):
        for part in parts:
            body = part.get("body")
            if part.get("mimeType") == wanted and isinstance(body, dict) and body.get("data"):
                return part
    return None


def _unbase64(value: str) -> bytes | None:
    try:
        return base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
    except (binascii.Error, ValueError):
        return None
