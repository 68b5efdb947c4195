"""The schema version this paperlist writes: one number, read on every open without importing the migrations.

Bumped by every migration added to `migrations.py` (a test checks the two agree). Knowing it without importing
sqlite-utils keeps an up-to-date database quick to open (start-up time matters for `list`).
"""

from __future__ import annotations

from typing import Final

SCHEMA_VERSION: Final = 9
