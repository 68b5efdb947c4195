#!/usr/bin/env python3
"""2114: a Max patcher (`.maxpat`, JSON as Max 8 saves it: tab indentation, `"key" : value`) of an invented
text-sonification patch, Swedish comment boxes: an OpenReview forum link, arXiv links (`/abs/`, `/pdf/…v1`,
`http://`), one `arXiv:NNNN.NNNNN` in text, titles alone; non-papers (a book, Cycling '74 docs, the repository, a
talk). Patch lines refer to the boxes' ids and in/outlets. LF."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only, OR
from make_expected import keys, by_num

F = by_num(2114)
C = lambda s: fill(s, {'ORFEM': OR('2010.06040')})

BOXES = [
    ("comment", C("inbäddning-ljud v2 – Elin Bergqvist <elin.bergqvist@ljudtext.example.se>\nhttps://github.com/ljudtext/inbaddning-ljud"), 1, 0, []),
    ("comment", C("Meningsvektorer från [[T:1908.10084]]\nhttps://arxiv.org/abs/1908.10084\n(räknas i Python, skickas hit via OSC)"), 1, 0, []),
    ("comment", C("Tokenisering: [[T:1508.07909]] https://arxiv.org/pdf/1508.07909v1\nbibliotek: [[T:1910.03771]] http://arxiv.org/abs/1910.03771"), 1, 0, []),
    ("comment", C("Förträning, läs före torsdag: [[T:2010.06040]]\nhttps://openreview.net/forum?id=[[ID:ORFEM]]"), 1, 0, []),
    ("comment", C("Jämför med [[T:1910.13461]] (arXiv:1910.13461) och [[T:2012.08561]]"), 1, 0, []),
    ("comment", C("Varför låter uppmärksamheten så? Se [[T:2004.10102]]. Nästa termin: [[T:2104.08691]]"), 1, 0, []),
    ("comment", "Bok: Puckette, The Theory and Technique of Electronic Music\nDokumentation: https://docs.cycling74.com/max8\nFöredrag: https://video.ljudtext.example.se/foredrag/2024-04", 1, 0, []),
    ("newobj", "udpreceive 7400", 1, 1, [""]),
    ("newobj", "route /vektor", 1, 2, ["", ""]),
    ("newobj", "unpack f f f", 1, 3, ["float", "float", "float"]),
    ("newobj", "scale 0. 1. 220. 880.", 6, 1, [""]),
    ("newobj", "cycle~", 2, 1, ["signal"]),
    ("newobj", "*~ 0.2", 2, 1, ["signal"]),
    ("ezdac~", "", 2, 0, []),
]
LINES = [(8, 0, 9, 0), (9, 0, 10, 0), (10, 0, 11, 0), (11, 0, 12, 0), (12, 0, 13, 0), (13, 0, 14, 0), (13, 0, 14, 1)]


def build():
    boxes = []
    for i, (cls, text, nin, nout, otypes) in enumerate(BOXES, 1):
        b = {"id": f"obj-{i}", "maxclass": cls, "numinlets": nin, "numoutlets": nout}
        if otypes: b["outlettype"] = otypes
        b["patching_rect"] = [30.0 + (0 if cls == "comment" else 400.0), 20.0 + 45.0 * (i - 1), 340.0 if cls == "comment" else 120.0, 22.0 * (text.count("\n") + 1)]
        if text: b["text"] = text
        if cls == "comment": b["linecount"] = text.count("\n") + 1
        boxes.append({"box": b})
    lines = [{"patchline": {"destination": [f"obj-{d}", di], "source": [f"obj-{s}", so]}} for s, so, d, di in LINES]
    patcher = {"patcher": {"fileversion": 1,
                           "appversion": {"major": 8, "minor": 5, "revision": 6, "architecture": "x64", "modernui": 1},
                           "classnamespace": "box", "rect": [85.0, 104.0, 900.0, 720.0], "bglocked": 0,
                           "openinpresentation": 0, "default_fontsize": 12.0, "default_fontname": "Arial",
                           "gridsize": [15.0, 15.0], "boxes": boxes, "lines": lines, "dependency_cache": [],
                           "autosave": 0}}
    return json.dumps(patcher, indent="\t", separators=(",", " : "), ensure_ascii=False) + "\n"


TXT = build()

if __name__ == "__main__":
    strings = "\n".join(b["box"].get("text", "") for b in json.loads(TXT)["patcher"]["boxes"])
    write_only(F, TXT, keys(F), forms=[strings])
