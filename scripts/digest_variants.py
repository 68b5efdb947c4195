"""Score extraction on copies of the labelled digests as they arrive in the wild (tests/variants.py).

    .venv/bin/python scripts/digest_variants.py [VARIANT ...]

Every digest of tests/data/digests-dev and tests/data/digests-own is copied as written and in each variant, and
each copy is ingested (`--offline`, as a user would) and scored with the corpus's own rules
(tests/data/digests-dev/score.py): link recall, title recall, false papers, precision. The asserted variants must
score as the digests do as written (tests/test_digests_variants.py checks that, paper by paper); the measured ones
print how far they fall short. Prints figures; judges nothing.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.variants import MEASURED, VARIANTS  # noqa: E402

DATA = ROOT / "tests" / "data"
CORPORA = (DATA / "digests-dev", DATA / "digests-own")
PAPERLIST = ROOT / ".venv" / "bin" / "paperlist"


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("score", DATA / "digests-dev" / "score.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _figures(variant: Callable[[str, str], bytes] | None, expected: dict[str, Any]) -> str:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "digests"
        folder.mkdir()
        for corpus in CORPORA:
            for path in (corpus / "digests").iterdir():
                data = path.read_bytes()
                (folder / path.name).write_bytes(
                    data if variant is None else variant(path.name, data.decode())
                )
        env = {**os.environ, "PAPERLIST_DB": str(Path(scratch) / "score.db"), "NO_COLOR": "1"}
        subprocess.run([PAPERLIST, "ingest", folder, "--offline"], env=env, check=True, capture_output=True)
        listed = subprocess.run(
            [PAPERLIST, "list", "--format", "json", "--limit", "1000000"],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
    per = _scorer().score(json.loads(listed.stdout), expected)
    links = [sum(result["link"][i] for result in per.values()) for i in (0, 1)]
    titles = [sum(result["title"][i] for result in per.values()) for i in (0, 1)]
    false = sum(len(result["false"]) for result in per.values())
    found = links[0] + titles[0]
    return (
        f"links {links[0]}/{links[1]}  titles {titles[0]}/{titles[1]}  false {false}"
        f"  precision {found / max(1, found + false):.3f}"
    )


def main() -> None:
    expected: dict[str, Any] = {}
    for corpus in CORPORA:
        expected.update(json.loads((corpus / "expected.json").read_text("utf-8")))
    chosen = set(sys.argv[1:])
    print(f"{'as written':24} {_figures(None, expected)}")
    for label, variant in {**VARIANTS, **MEASURED}.items():
        if chosen and label not in chosen:
            continue
        kind = "measured" if label in MEASURED else "asserted"
        print(f"{label:24} {_figures(variant, expected)}  ({kind})", flush=True)


if __name__ == "__main__":
    main()
