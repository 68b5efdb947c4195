"""A file as a code host's API returns it, read as the file it is.

GitHub's contents API (`GET /repos/{owner}/{repo}/contents/{path}`, `/readme`) and GitLab's repository files API
(`GET /projects/:id/repository/files/:path`) answer with JSON that names the file (`name`, `path`, `file_name`,
`file_path`) and holds its bytes in base64 (`"encoding": "base64"`, `content`, wrapped at 60 characters by
GitHub). The file's bytes and name are given back, to be decoded as that file would be.
"""

from __future__ import annotations

import base64
import binascii
import json
import re

_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*\{")
_NAME_KEYS = ("name", "file_name", "path", "file_path")
_MAX_BYTES = 20 * 1024 * 1024


def api_file(data: bytes) -> tuple[bytes, str] | None:
    """(the file's bytes, its name) when `data` is a code host's answer holding one file, else None."""
    if _START.match(data) is None or b'"base64"' not in data[:200_000]:
        return None
    try:
        answer = json.loads(data)
    except ValueError:
        return None
    if not isinstance(answer, dict) or answer.get("encoding") != "base64":
        return None
    content = answer.get("content")
    name = next((answer[key] for key in _NAME_KEYS if isinstance(answer.get(key), str) and answer[key]), None)
    if not isinstance(content, str) or name is None or len(content) > _MAX_BYTES * 2:
        return None
    try:
        inner = base64.b64decode("".join(content.split()), validate=True)
    except (binascii.Error, ValueError):
        return None
    return inner, name.rsplit("/", 1)[-1]
