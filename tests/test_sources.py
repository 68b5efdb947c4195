"""The digests a command line names: their order, each read once, and a folder of many held in little memory."""

from __future__ import annotations

import os
import tracemalloc
from pathlib import Path

import paperlist.ingest.sources
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
    collect_sources([str(tmp_path)])  # (once first: what a first walk imports or caches is no digest's)
    tracemalloc.start(25)
    try:
        sources = collect_sources([str(tmp_path)])
        snapshot = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()
    # (what the walk allocated and still holds, not another thread's allocations meanwhile)
    walked = snapshot.filter_traces(
        [tracemalloc.Filter(True, paperlist.ingest.sources.__file__, all_frames=True)]
    )
    held = sum(trace.size for trace in walked.traces)
    assert len(sources) == 5_000
    assert held / len(sources) < 150  # (a Source with its location and name is some 300 bytes)
