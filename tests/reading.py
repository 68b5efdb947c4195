"""Helpers the extraction tests share: a folder of digests read as `paperlist ingest` reads it, and one digest's
bytes decoded and extracted, each answered as the titles found and the id each carries."""

from __future__ import annotations

import textwrap
from pathlib import Path

from paperlist.digests import Reference
from paperlist.ingest.decode import decode_digest, read_as_markdown
from paperlist.ingest.extract import extract_document
from paperlist.ingest.parse import read_digests


def read_folder(folder: Path) -> tuple[Reference, ...]:
    """Every reference read from the digests in `folder`."""
    return tuple(
        reference for reading in read_digests([str(folder)]) for reference in reading.extraction.references
    )


def folder_titles(folder: Path) -> dict[str | None, str | None]:
    """Each title read from the digests in `folder`, with the arXiv or OpenReview id it carries."""
    return {
        reference.title: reference.arxiv_id or reference.openreview_id for reference in read_folder(folder)
    }


def write_digest(folder: Path, name: str, text: str) -> None:
    """A digest written into `folder` as UTF-8, its common indent taken off."""
    (folder / name).write_text(textwrap.dedent(text), "utf-8")


def decoded_titles(data: bytes, name: str) -> tuple[str, dict[str | None, str | None]]:
    """The label decoding gives `data` (named `name`), and each title read from it with the id it carries."""
    text, label = decode_digest(data, name)
    extraction = extract_document(
        text, name, html=label.startswith("html/"), markdown=read_as_markdown(label)
    )
    return label, {
        reference.title: reference.arxiv_id or reference.openreview_id for reference in extraction.references
    }
