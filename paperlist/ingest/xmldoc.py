"""An XML document a digest is (a workbook, a notebook, a plan, a flat office file), parsed as outside input.

One home for what the readers of such files share: defusedxml expands no entity (a billion laughs is refused),
and a document that is not well-formed, declares what defusedxml refuses, or names an encoding no codec knows
reads as None, so that its reader says it is no such file and the digest is read as text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element


def parse_document(text: str) -> Element | None:
    """The root element of `text`, or None when it cannot be read as XML (see the module's docstring)."""
    from xml.etree.ElementTree import ParseError  # (only for such files: decoding every digest stays light)

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        return fromstring(text.encode("utf-8"))
    except (DefusedXmlException, ParseError, ValueError, LookupError):
        return None
