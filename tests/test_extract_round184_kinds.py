"""Habits the blind rounds 184 and 185 brought, each written here in a small digest of its own, in other words and
languages than the rounds' (the titles, hosts and names are invented)."""

from __future__ import annotations

from pathlib import Path

from paperlist.digests import Reference
from paperlist.ingest.decode import decode_digest
from paperlist.ingest.extract import extract_document
from paperlist.ingest.sources import collect_sources


def _references(data: bytes, name: str) -> list[Reference]:
    decoded, label = decode_digest(data, name)
    return list(extract_document(decoded, name, html=label.startswith("html/")).references)


def _by_id(text: str, name: str) -> dict[str, str | None]:
    return {
        reference.arxiv_id or reference.openreview_id or "": reference.title
        for reference in _references(text.encode(), name)
        if reference.arxiv_id or reference.openreview_id
    }


def test_a_configuration_file_saved_as_utf16_that_cites_a_paper_is_read_from_a_folder(tmp_path: Path) -> None:
    # (a desktop widget's settings, saved by a Windows editor as "Unicode": UTF-16 with its byte order mark)
    settings = "[Lista]\r\nTitel=Sparse Routing Experts for Dense Retrieval\r\nLink=https://arxiv.org/abs/2101.00017\r\n"
    (tmp_path / "widget.ini").write_bytes("\ufeff".encode("utf-16-le") + settings.encode("utf-16-le"))
    (tmp_path / "plain.ini").write_text("[Fenster]\nBreite=400\n", encoding="utf-16")
    assert [source.name for source in collect_sources([str(tmp_path)])] == ["widget.ini"]
