#!/usr/bin/env python3
"""1815: an Indonesian lab member's bookmarks exported from the Midori browser as XBEL (`bookmarks.xbel`): the XML
declaration, XBEL's DOCTYPE, `<xbel version="1.0">` with the freedesktop bookmark namespaces, folders with a
`<title>`, bookmarks with `href`, `<title>` and optional `<desc>` (Midori keeps the description and its own
`<info><metadata owner="http://www.twotoasts.de">` block with the app flag), entities escaped (&amp; in URLs and
text). Title-only papers point to a lab mirror without any id."""
import os, sys
from xml.sax.saxutils import escape, quoteattr
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1815)
MIRROR = "http://pustaka.lab.example.ac.id/makalah/"
FOLDERS = [
 ("Model ruang keadaan", [
   (f"https://openreview.net/forum?id={OR('2111.00396')}", T("2111.00396"), "S4, ICLR 2022 — bacaan wajib minggu ini"),
   (MIRROR + "hippo-neurips2020.pdf", T("2008.07669"), "arXiv 2008.07669; dasar teori S4"),
   ("https://arxiv.org/abs/2006.03236", T("2006.03236"), "kompresi urutan, NeurIPS 2020"),
   ("https://srush.github.io/annotated-s4/", "The Annotated S4", "blog + kode JAX, bukan makalah"),
 ]),
 ("Multimodal & audio", [
   ("https://arxiv.org/abs/2204.14198", T("2204.14198"), "few-shot VLM dari DeepMind"),
   (MIRROR + "diffwave-iclr2021.pdf", T("2009.09761"), "ICLR 2021, untuk proyek TTS"),
   (MIRROR + "motion-transfer-iccv2021.pdf", T("2103.14338"), "usulan Dimas & Putri"),
 ]),
 ("Pembelajaran berkelanjutan & MT", [
   ("https://arxiv.org/pdf/2103.09762", T("2103.09762"), "ICLR 2021"),
   (MIRROR + "glat-acl2021.pdf", T("2008.07905"), "NAT untuk pasangan Indonesia-Inggris"),
   ("https://www.youtube.com/@YannicKilcher", "Yannic Kilcher (kanal YouTube)", "ulasan video"),
 ]),
]


def build():
    L = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<!DOCTYPE xbel PUBLIC "+//IDN python.org//DTD XML Bookmark Exchange Language 1.0//EN//XML" "http://www.python.org/topics/xml/dtds/xbel-1.0.dtd">',
         '<xbel version="1.0" xmlns:bookmark="http://www.freedesktop.org/standards/desktop-bookmarks" xmlns:mime="http://www.freedesktop.org/standards/shared-mime-info">',
         "<title>Markah Midori</title>"]
    for name, marks in FOLDERS:
        L += ["<folder>", f"  <title>{escape(name)}</title>"]
        for href, t, d in marks:
            L += [f"  <bookmark href={quoteattr(href)}>", f"    <title>{escape(t)}</title>", f"    <desc>{escape(d)}</desc>",
                  "    <info>", '      <metadata owner="http://www.twotoasts.de">', "        <app>false</app>", "      </metadata>", "    </info>", "  </bookmark>"]
        L += ["</folder>"]
    L += ["</xbel>", ""]
    return "\n".join(L)


if __name__ == "__main__":
    import html
    write_only(F, build(), keys(F), forms=[html.unescape(build())])
