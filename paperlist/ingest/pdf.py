"""A PDF digest (a seminar's handout, a newsletter saved as PDF, a printed reading list): its pages' text, each
link placed on the line it covers.

The text is what pypdf extracts, page after page (a page's lines as the PDF draws them). A PDF's links are not in
its text: each is an annotation, a rectangle on the page with the address it opens (`[arXiv]` after a title, a
title itself). Each address is written at the end of the line its rectangle covers, where a Markdown page would
have put the link, so that the line's title is known by it. pypdf is imported only when a PDF is read.
"""

from __future__ import annotations

import io

from paperlist.quiet import quiet_library

_MAX_PAGES = 2_000
_SLACK = 3.0  # (points: a rectangle drawn a little larger or smaller than the line it covers)


def pdf_to_text(data: bytes) -> str | None:
    """The text of a PDF's pages, each link's address after the line it covers; None when pypdf cannot read it
    (damaged, encrypted with a password)."""
    # (pypdf logs what it repairs, `EOF marker not found`, on stderr: the one-line error says it for the user)
    with quiet_library("pypdf"):
        try:
            from pypdf import PdfReader

            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                return None
            pages = [_page_text(page) for page in list(reader.pages)[:_MAX_PAGES]]
        except (
            Exception
        ):  # (pypdf raises many kinds of error on a damaged file: each means it cannot be read)
            return None
    return "\n\n".join(page for page in pages if page.strip()) + "\n"


def _page_text(page: object) -> str:
    from pypdf import PageObject

    assert isinstance(page, PageObject)
    drawn: list[tuple[float, float, str]] = []  # (x, y, text) of each piece of text the page draws

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: object) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            drawn.append((x, y, text.strip()))

    lines = page.extract_text(visitor_text=visit).split("\n")
    for rect, address in _links(page):
        _, y0, x1, y1 = rect
        # (the piece drawn on the rectangle's line that starts last before its right edge: the line's piece
        # holding the link's words)
        on_line = [
            piece for piece in drawn if y0 - _SLACK <= piece[1] <= y1 + _SLACK and piece[0] <= x1 + _SLACK
        ]
        if not on_line:
            continue
        words = max(on_line, key=lambda piece: piece[0])[2]
        for index, line in enumerate(lines):
            if words in line:
                if address not in line:
                    lines[index] = f"{line} {address}"
                break
    return "\n".join(lines)


def _links(page: object) -> list[tuple[tuple[float, float, float, float], str]]:
    """The page's link annotations that open a web address: (rectangle, address), top to bottom."""
    from pypdf import PageObject

    assert isinstance(page, PageObject)
    found: list[tuple[tuple[float, float, float, float], str]] = []
    for reference in page.get("/Annots") or []:
        annotation = reference.get_object()
        if annotation.get("/Subtype") != "/Link":
            continue
        action = annotation.get("/A")
        action = action.get_object() if action is not None else None
        address = action.get("/URI") if action is not None else None
        rect = annotation.get("/Rect")
        if not isinstance(address, str) or not address.startswith(("http://", "https://")) or rect is None:
            continue
        x0, y0, x1, y1 = (float(value) for value in rect)
        found.append(((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)), address))
    return sorted(found, key=lambda link: -link[0][3])
