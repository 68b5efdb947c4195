#!/usr/bin/env python3
"""1914: a Swedish seminar recording annotated in ELAN (`seminarium-2024-03-12.eaf`, EAF 3.0): the XML declaration,
ANNOTATION_DOCUMENT with the schema location, a HEADER with the media descriptor and the URN / lastUsedAnnotationId
properties, a TIME_ORDER of slots, three tiers — the speaker's words (titles said in passing, title-only), a
`referenser` tier (titles with an OpenReview forum link and arXiv `/abs/`, `/pdf/…v2`, `http://` links; one id in
prose, arxiv-text) and a `kommentar` tier with non-papers (a repository, a benchmark site, a book, a talk) —, the
linguistic type, the language and the standard constraints. Values a program would compute
(time slots in order, annotation ids, lastUsedAnnotationId) are computed. LF, a final newline."""
import os, sys
from xml.sax.saxutils import escape, quoteattr
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1914)

TIERS = [
    ("Talare-Ingrid", "Ingrid Lindqvist", [
        (12340, 19870, "Välkomna! Idag handlar det om effektiv attention och tillståndsmodeller."),
        (61200, 70410, f"Först en bakgrund: {T('2008.07669')}, alltså grunden för S4 och allt som kom efter."),
        (301500, 312020, f"Sen jämför vi med {T('2202.10447')}, som vi läste förra terminen."),
        (498000, 507730, f"Och den här: {T('2006.16236')} – den visar kopplingen till RNN:er."),
        (890100, 897000, "Frågor? Annars tar vi kaffe."),
    ]),
    ("referenser", "Ingrid Lindqvist", [
        (70410, 75000, f"{T('2011.04006')} https://openreview.net/forum?id={OR('2011.04006')}"),
        (120000, 126500, f"{T('2001.04451')} https://arxiv.org/abs/2001.04451"),
        (210300, 214800, f"{T('2006.04768')} https://arxiv.org/pdf/2006.04768v2"),
        (412000, 418250, f"{T('2312.00752')} http://arxiv.org/abs/2312.00752"),
        (602500, 609900, f"{T('2004.05150')} (arXiv 2004.05150; länken finns i Zotero)"),
    ]),
    ("kommentar", "Erik Sandberg", [
        (75000, 80000, "Inte en artikel: koden finns på https://github.com/state-spaces/mamba"),
        (214800, 220000, "Benchmarkens sajt och topplista – inte artiklar."),
        (700000, 709000, "Bok: Goodfellow, Bengio & Courville, Deep Learning, kap. 10"),
        (880000, 890100, "Förra seminariet: https://play.seminarium.example.se/2024-02-27"),
    ]),
]


def build():
    times = sorted({t for _, _, anns in TIERS for a in anns for t in a[:2]})
    ts = {t: f"ts{i}" for i, t in enumerate(times, 1)}
    n_ann = sum(len(a) for _, _, a in TIERS)
    L = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<ANNOTATION_DOCUMENT AUTHOR="" DATE="2024-03-12T16:22:05+01:00" FORMAT="3.0" VERSION="3.0" '
         'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
         'xsi:noNamespaceSchemaLocation="http://www.mpi.nl/tools/elan/EAFv3.0.xsd">',
         '    <HEADER MEDIA_FILE="" TIME_UNITS="milliseconds">',
         '        <MEDIA_DESCRIPTOR MEDIA_URL="file:///C:/Users/ingrid/Videos/seminarium-2024-03-12.mp4" '
         'MIME_TYPE="video/mp4" RELATIVE_MEDIA_URL="./seminarium-2024-03-12.mp4"/>',
         '        <PROPERTY NAME="URN">urn:nl-mpi-tools-elan-eaf:5c1e7a3b-2f4d-4b8e-9a61-0d3c7e21b9f4</PROPERTY>',
         f'        <PROPERTY NAME="lastUsedAnnotationId">{n_ann}</PROPERTY>',
         '    </HEADER>',
         '    <TIME_ORDER>']
    L += [f'        <TIME_SLOT TIME_SLOT_ID="{ts[t]}" TIME_VALUE="{t}"/>' for t in times]
    L.append('    </TIME_ORDER>')
    n = 0
    for tid, part, anns in TIERS:
        L.append(f'    <TIER LINGUISTIC_TYPE_REF="default-lt" PARTICIPANT={quoteattr(part)} TIER_ID="{tid}">')
        for a, b, v in anns:
            n += 1
            L += ['        <ANNOTATION>',
                  f'            <ALIGNABLE_ANNOTATION ANNOTATION_ID="a{n}" TIME_SLOT_REF1="{ts[a]}" TIME_SLOT_REF2="{ts[b]}">',
                  f'                <ANNOTATION_VALUE>{escape(v)}</ANNOTATION_VALUE>',
                  '            </ALIGNABLE_ANNOTATION>',
                  '        </ANNOTATION>']
        L.append('    </TIER>')
    L += ['    <LINGUISTIC_TYPE GRAPHIC_REFERENCES="false" LINGUISTIC_TYPE_ID="default-lt" TIME_ALIGNABLE="true"/>',
          '    <LANGUAGE LANG_DEF="http://cdb.iso.org/lg/CDB-00130963-001" LANG_ID="swe" LANG_LABEL="Swedish (swe)"/>',
          '    <CONSTRAINT DESCRIPTION="Time subdivision of parent annotation\'s time interval, no time gaps allowed within this interval" STEREOTYPE="Time_Subdivision"/>',
          '    <CONSTRAINT DESCRIPTION="Symbolic subdivision of a parent annotation. Annotations refering to the same parent are ordered" STEREOTYPE="Symbolic_Subdivision"/>',
          '    <CONSTRAINT DESCRIPTION="1-1 association with a parent annotation" STEREOTYPE="Symbolic_Association"/>',
          '    <CONSTRAINT DESCRIPTION="Time alignable annotations within the parent annotation\'s time interval, gaps are allowed" STEREOTYPE="Included_In"/>',
          '</ANNOTATION_DOCUMENT>']
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    t = build()
    import html
    write_only(F, t, keys(F), forms=[html.unescape(t)])
