#!/usr/bin/env python3
"""1993: a Win32 resource script as Visual Studio saves it (`LabOlvaso/LabOlvaso.rc`: UTF-16LE with a BOM, CRLF; the
generated header, two language blocks — Hungarian and English (United States) — each with LANGUAGE and a STRINGTABLE
of the same IDS_ ids; `""` for a quote and `\\n` inside strings), Hungarian: arXiv links (`/abs/`, `/pdf/…v1`,
`http://`, `/abs/…v4`), one id in text, three titles alone, and non-papers (a repository, a dataset, a book, a talk)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import keys, by_num

F = by_num(1993)
TOK = [
    ("IDS_APP_TITLE", "Látás és nyelv labor – olvasólista", "Vision and Language Lab - reading list"),
    ("IDS_POSTER_CLIP", f"Poszter: {T('2103.00020')} — https://arxiv.org/abs/2103.00020",
     f"Poster: {T('2103.00020')} - https://arxiv.org/abs/2103.00020"),
    ("IDS_POSTER_FLAMINGO", f"Poszter: {T('2204.14198')}\\nhttps://arxiv.org/pdf/2204.14198v1",
     f"Poster: {T('2204.14198')}\\nhttps://arxiv.org/pdf/2204.14198v1"),
    ("IDS_POSTER_SIGLIP", f"Poszter: {T('2303.15343')} (http://arxiv.org/abs/2303.15343)",
     f"Poster: {T('2303.15343')} (http://arxiv.org/abs/2303.15343)"),
    ("IDS_POSTER_ALIGN", f"Poszter: {T('2102.05918')}, https://arxiv.org/abs/2102.05918v4",
     f"Poster: {T('2102.05918')}, https://arxiv.org/abs/2102.05918v4"),
    ("IDS_TERMINAL_FROZEN", f"„{T('2106.13884')}” (arXiv 2106.13884) — a nyelvi modell fagyasztva marad.",
     f"\"\"{T('2106.13884')}\"\" (arXiv 2106.13884) - the language model stays frozen."),
    ("IDS_TERMINAL_SAM", f"{T('2304.02643')} — kattints bármire, és maszkot kapsz.",
     f"{T('2304.02643')} - click anything, get a mask."),
    ("IDS_SHELF_NOTES", f"Polc: {T('2006.06882')}; {T('2106.10270')}",
     f"Shelf: {T('2006.06882')}; {T('2106.10270')}"),
    ("IDS_SHELF_OTHER", "Polc: COCO Captions (adathalmaz), Szeliski könyve és a github.com/openai/CLIP tároló — nem cikkek.",
     "Shelf: COCO Captions (dataset), Szeliski's book and the github.com/openai/CLIP repository - not papers."),
    ("IDS_TALK", "Előadás: https://video.latolabor.example.hu/eloadas/2024-04",
     "Talk: https://video.latolabor.example.hu/eloadas/2024-04"),
]
BAR = "/" * 77


def block(name, lang, sub, guard, col):
    L = [BAR, f"// {name} resources", "", f"#if !defined(AFX_RESOURCE_DLL) || defined({guard})",
         f"LANGUAGE {lang}, {sub}", "", BAR, "//", "// String Table", "//", "", "STRINGTABLE", "BEGIN"]
    L += [f'    {k:<24}"{row[col]}"' for k, *row in TOK]
    L += ["END", "", f"#endif    // {name} resources", BAR, ""]
    return L


def build():
    L = ["// Microsoft Visual C++ generated resource script.", "//", '#include "resource.h"', "",
         "#define APSTUDIO_READONLY_SYMBOLS", BAR, "//", "// Generated from the TEXTINCLUDE 2 resource.", "//",
         '#include "winres.h"', "", BAR, "#undef APSTUDIO_READONLY_SYMBOLS", "",
         "// LabOlvaso 0.9 — Kovács Réka, a labor olvasócsoportja (a plakátok szövegei)", ""]
    L += block("Hungarian (Hungary)", "LANG_HUNGARIAN", "SUBLANG_DEFAULT", "AFX_TARG_HUN", 0)
    L += block("English (United States)", "LANG_ENGLISH", "SUBLANG_ENGLISH_US", "AFX_TARG_ENU", 1)
    return "\r\n".join(L)


if __name__ == "__main__":
    s = build()
    write_raw(F, b"\xff\xfe" + s.encode("utf-16-le"), [s, s.replace('""', '"')], keys(F))
