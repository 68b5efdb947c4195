"""Write the pictures of `paperlist browse` in docs/ (SVG, at 80×24 and 120×40) from a real run on the seeds.

python scripts/screenshots.py   # `make docs` runs it
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from paperlist.browse.app import BrowseApp
from paperlist.models import PaperFilter
from paperlist.store.db import open_store

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SIZES = ((80, 24), (120, 40))
# A little of a user's own state, so the pictures show what it looks like.
STATE = (
    ["mark", "2004.11886", "reading"],
    ["star", "2011.04419"],
    ["tag", "2004.11886", "2011.04419", "+nlp"],
)


def prepare(db: Path) -> None:
    executable = Path(sys.executable).parent / "paperlist"
    env = {**os.environ, "PAPERLIST_DB": str(db), "NO_COLOR": "1"}
    for args in (["ingest", "seeds/", "--offline"], *STATE):
        subprocess.run([str(executable), *args], cwd=ROOT, env=env, check=True, capture_output=True)


async def shoot(db: Path, size: tuple[int, int]) -> str:
    store = open_store(db)
    try:
        app = BrowseApp(store, PaperFilter())
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            for _ in range(2):
                await pilot.press("j")
            await pilot.pause(0.3)
            return app.export_screenshot(title="paperlist browse")
    finally:
        store.close()


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "screenshots.db"
        prepare(db)
        for width, height in SIZES:
            target = DOCS / f"browse-{width}x{height}.svg"
            target.write_text(asyncio.run(shoot(db, (width, height))), encoding="utf-8")
            print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
