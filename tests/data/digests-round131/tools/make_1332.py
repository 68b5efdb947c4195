#!/usr/bin/env python3
"""1332: a Floccus XBEL file (Hebrew): a Haifa-like vision lab's reading group syncs a shared bookmark folder between
Firefox and Chrome with Floccus through the lab's Nextcloud (WebDAV); a member (נועה) downloaded `bookmarks.xbel` from
the Nextcloud folder and attached it to the group's mail. Floccus's XBEL serializer as remembered: the XML declaration,
the python.org XBEL DOCTYPE, `<xbel version="1.0">`, the `<!--- highestId :N: for Floccus bookmark sync browser
extension -->` comment (N the largest id), each folder `<folder id>` with `    <title>` and its children joined by a
newline after four spaces (so only a folder's first child is indented and nested lines keep no depth), each bookmark
`<bookmark href id>` with `    <title>`, XML escapes in titles and hrefs, no final newline. Titles are the page titles
the browsers stored (arXiv's `[id] Title`) or titles members typed. Repositories, docs, a demo and a course are not
papers; the joshr17/HCL repository is named after its paper; CLIP, LLaVA, BYOL, BEiT, Flamingo are nicknames."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1332, keys


def x(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


TREE = ("F", 2, "קבוצת קריאה — אביב 2024", [
    ("F", 5, "למידה ניגודית ועצמית", [
        ("B", 6, f"[2103.03230] {T('2103.03230')}", "https://arxiv.org/abs/2103.03230"),
        ("B", 9, f"{T('2006.07733')} (PDF)", "https://arxiv.org/pdf/2006.07733"),
        ("B", 14, f"GitHub - joshr17/HCL: Code for {T('2010.04592')}", "https://github.com/joshr17/HCL"),
        ("B", 17, f"{T('2106.08254')} — קוד (arXiv:2106.08254)", "https://github.com/microsoft/unilm/tree/master/beit"),
        ("B", 21, "GitHub - lightly-ai/lightly: A python library for self-supervised learning on images.", "https://github.com/lightly-ai/lightly"),
    ]),
    ("F", 23, "ראייה ושפה", [
        ("B", 24, f"[2103.00020] {T('2103.00020')}", "https://arxiv.org/abs/2103.00020"),
        ("B", 27, f"[2304.08485] {T('2304.08485')}", "https://arxiv.org/abs/2304.08485"),
        ("B", 30, f"{T('2204.14198')} — סיכום בבלוג של המעבדה", "https://blog.raiya-lab.example.ac.il/2024/04/flamingo-sikum"),
        ("B", 31, f"{T('2106.13884')}.pdf", "file:///home/noa/Downloads/frozen-neurips2021.pdf"),
        ("B", 33, "LLaVA", "https://llava.hliu.cc/"),
        ("B", 36, "CLIP", "https://huggingface.co/docs/transformers/model_doc/clip?utm_source=floccus&lang=he"),
    ]),
    ("F", 38, "קורס ותיאום", [
        ("B", 39, "ראייה ממוחשבת מתקדמת — אתר הקורס (Moodle)", "https://moodle.raiya-lab.example.ac.il/course/view.php?id=4127"),
        ("B", 41, "טבלת תורנות הצגות <אביב 2024>", "https://docs.google.com/spreadsheets/d/1NoaTorAnutExample/edit#gid=0"),
    ]),
])


def ser(item):
    if item[0] == "B":
        _, i, t, h = item
        return f'<bookmark href="{x(h)}" id="{i}">\n    <title>{x(t)}</title>\n</bookmark>'
    _, i, t, kids = item
    return f'<folder id="{i}">\n    <title>{x(t)}</title>\n    ' + "\n".join(ser(k) for k in kids) + "\n</folder>"


def ids(item):
    return [item[1]] + ([j for k in item[3] for j in ids(k)] if item[0] == "F" else [])


text = ('<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE xbel PUBLIC "+//IDN python.org//DTD XML Bookmark Exchange Language 1.0//EN//XML" "http://pyxml.sourceforge.net/topics/dtds/xbel.dtd">\n'
        '<xbel version="1.0">\n'
        f"<!--- highestId :{max(ids(TREE))}: for Floccus bookmark sync browser extension -->\n"
        f"{ser(TREE)}\n</xbel>")
write_only(F1332, text, keys(F1332))
