"""The digests a command line names: their order, each read once, and a folder of many held in little memory."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from paperlist.ingest.sources import collect_sources


def _folder(tmp_path: Path) -> Path:
    (tmp_path / "b").mkdir()
    for name in ("2024-05.md", "2024-04.md", "b/notes.txt", "b/a.md"):
        (tmp_path / name).write_text("https://arxiv.org/abs/2101.00017\n", encoding="utf-8")
    return tmp_path


def test_a_folders_digests_come_depth_first_in_name_order_with_absolute_locations(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    sources = collect_sources([str(folder)])
    assert [source.name for source in sources] == ["2024-04.md", "2024-05.md", "a.md", "notes.txt"]
    assert [source.location for source in sources][2] == os.path.join(str(folder), "b", "a.md")
    assert sources[-1].name == "notes.txt"
    assert len(sources) == 4
    assert [source.name for source in sources[1:3]] == ["2024-05.md", "a.md"]


def test_a_digest_named_by_two_paths_is_read_once_where_it_first_came(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    sources = collect_sources([str(folder / "b" / "a.md"), str(folder), str(folder / "2024-05.md")])
    assert [source.name for source in sources] == ["a.md", "2024-04.md", "2024-05.md", "notes.txt"]


def test_a_file_whose_name_is_not_text_keeps_the_bytes_it_is_opened_by(tmp_path: Path) -> None:
    raw = os.fsencode(str(tmp_path)) + b"/\xb1\xca\xbc\xc7.txt"  # (a GBK name from a Windows zip)
    with open(raw, "wb") as handle:
        handle.write(b"https://arxiv.org/abs/2101.00017\n")
    (source,) = collect_sources([str(tmp_path)])
    assert source.file is not None
    assert "\\x" in source.name
    assert Path(source.path).read_bytes().startswith(b"https://")


def test_a_folder_of_many_digests_is_held_in_a_few_bytes_each(tmp_path: Path) -> None:
    # (an ingest of 50,000 digests held them all as objects: 14 MB of its writer's memory, growing with the folder)
    for number in range(5_000):
        (tmp_path / f"digest_{number:06d}.md").write_bytes(b"x")
    # (measured in a process of its own: in the suite's worker, another test's thread allocated meanwhile)
    held = int(
        subprocess.run(
            [sys.executable, "-c", _MEASURE, str(tmp_path)], capture_output=True, text=True, check=True
        ).stdout
    )
    assert held / 5_000 < 150  # (a Source with its location and name is some 300 bytes)


# What a second walk of the folder allocates and still holds (the first imports and caches what it needs).
_MEASURE = """
import sys, tracemalloc
from paperlist.ingest.sources import collect_sources
collect_sources([sys.argv[1]])
tracemalloc.start()
sources = collect_sources([sys.argv[1]])
held, _ = tracemalloc.get_traced_memory()
assert len(sources) == 5_000
print(held)
"""
