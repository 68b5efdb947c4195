"""A graph drawn in Gephi, yEd, Cytoscape or NetworkX and saved as GraphML: each node's data as a JSON record.

GraphML (`<graphml>`) declares its data's names once, `<key id="d0" for="node" attr.name="label"/>`, and each
`<node>` gives values by key, `<data key="d0">Title</data>`. A reading map's nodes are its papers (and posts,
books, people), so each becomes a flat object named by its keys' `attr.name`s, and the export is read as any JSON
export of records is (a title, an `arXiv` id, a `url`, a `type`, a note). A node's `label` is its name, as the
record's `title`; the edges, and the drawing's own data (positions, colours, sizes), say nothing of papers.
"""

from __future__ import annotations

import json
import re

_GRAPHML = re.compile(r"<graphml\b", re.IGNORECASE)
# The drawing's own data: where a node is, how big, which colour, which cluster.
_LAYOUT = frozenset(["x", "y", "z", "r", "g", "b", "size", "color", "colour", "shape", "width", "height"])


def looks_like_graphml(text: str, name: str) -> bool:
    return name.casefold().endswith(".graphml") or _GRAPHML.search(text[:4000]) is not None


def graphml_to_json(text: str) -> str | None:
    """The graph's nodes as a JSON list of flat objects; None when `text` is no GraphML with nodes."""
    from defusedxml import ElementTree

    try:
        root = ElementTree.fromstring(text)
    except Exception:  # (defusedxml's and expat's own errors: not a GraphML document after all)
        return None
    names: dict[str, str] = {}
    for key in root.iter():
        identifier = key.get("id")
        if _local(key.tag) == "key" and key.get("for") in (None, "node", "all") and identifier:
            names[identifier] = key.get("attr.name") or identifier
    nodes: list[dict[str, str]] = []
    for node in root.iter():
        if _local(node.tag) != "node":
            continue
        record: dict[str, str] = {}
        for data in node:
            if _local(data.tag) != "data":
                continue
            name = names.get(data.get("key", ""), data.get("key", ""))
            value = "".join(data.itertext()).strip()
            if value and name.casefold() not in _LAYOUT:
                record[name] = value
        if "label" in record and "title" not in record:
            record["title"] = record.pop("label")
        if record:
            nodes.append(record)
    return json.dumps(nodes, ensure_ascii=False, indent=1) if nodes else None


def _local(tag: object) -> str:
    """An element's name without its namespace (`{http://graphml.graphdrawing.org/xmlns}node`: `node`)."""
    return str(tag).rpartition("}")[2]
