#!/usr/bin/env python3
"""671: a Scribus 1.5.8 document (.sla) as its Qt QXmlStreamWriter writes it: <?xml?> declaration, four-space
auto-formatting, <SCRIBUSUTF8NEW Version="1.5.8"> / <DOCUMENT …> with COLOR, STYLE, CHARSTYLE, LAYERS, PageSets,
MASTERPAGE and PAGE, text frames (PTYPE 4) whose <StoryText> holds <DefaultStyle/>, <ITEXT CH="…"/> runs (a title split
over a bold and a regular run), <para PARENT="…"/>, <breakline/>, <tab/> and a closing <trail/>, an image frame
(PTYPE 2) with a QR code, geometry in points with path strings; attribute values escaped (&amp; &quot; &lt; &gt;,
&#10;). An Italian NLP seminar programme poster (A4)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only, OR
from make_expected import F671, keys

PX, PY, PW, PH = 100.00000000000003, 20, 595.275590551181, 841.889763779528
I4, I8, I12, I16 = " " * 4, " " * 8, " " * 12, " " * 16
plain = []


def qattr(v):
    """QXmlStreamWriter's attribute escaping: always double quotes"""
    v = str(v).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    return '"' + v.replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;") + '"'


def a(**kw):
    return " ".join(f"{k}={qattr(v)}" for k, v in kw.items())


def story(runs):
    out = [f"{I12}<StoryText>", f"{I16}<DefaultStyle/>"]
    buf = []
    for r in runs:
        kind = r[0]
        if kind == "t":
            _, ch, *st = r
            extra = dict(st[0]) if st else {}
            out.append(f"{I16}<ITEXT {a(**extra, CH=ch) if extra else a(CH=ch)}/>"); buf.append(ch)
        elif kind == "p":
            out.append(f"{I16}<para {a(PARENT=r[1])}/>"); buf.append("\n")
        elif kind == "br":
            out.append(f"{I16}<breakline/>"); buf.append("\n")
        elif kind == "tab":
            out.append(f"{I16}<tab/>"); buf.append("\t")
        elif kind == "trail":
            out.append(f"{I16}<trail {a(PARENT=r[1])}/>")
    out.append(f"{I12}</StoryText>")
    plain.append("".join(buf))
    return out


items = [0]


def frame(x, y, w, h, ptype, body=None, **extra):
    items[0] += 1
    path = f"M0 0 L{w:g} 0 L{w:g} {h:g} L0 {h:g} L0 0 Z"
    at = dict(XPOS=f"{PX + x:.14g}", YPOS=f"{PY + y:g}", OwnPage=0, ItemID=f"{1180339887 + items[0] * 7919}", PTYPE=ptype,
              WIDTH=f"{w:g}", HEIGHT=f"{h:g}", FRTYPE=0, CLIPEDIT=0, PWIDTH=1, PCOLOR="None", PCOLOR2="None", PLINEART=1,
              ANNAME=extra.pop("name"), LOCALSCX=1, LOCALSCY=1, LOCALX=0, LOCALY=0, LOCALROT=0, PICART=1, SCALETYPE=1, RATIO=1,
              COLUMNS=1, COLGAP=0, AUTOTEXT=0, EXTRA=0, TEXTRA=0, BEXTRA=0, REXTRA=0, VAlign=0, FLOP=0, PLTSHOW=0, BASEOF=0,
              textPathType=0, textPathFlipped=0, path=path, copath=path, gXpos=0, gYpos=0, gWidth=0, gHeight=0, LAYER=0,
              NEXTITEM=-1, BACKITEM=-1, **extra)
    if body is None: return [f"{I8}<PAGEOBJECT {a(**at)}/>"]
    return [f"{I8}<PAGEOBJECT {a(**at)}>"] + body + [f"{I8}</PAGEOBJECT>"]


def au(k, n=3):
    x = authors(k)
    return ", ".join(x[:n]) + (" et al." if len(x) > n else "")


B = {"FONT": "Source Sans Pro Bold"}
IT = {"FONT": "Source Sans Pro Italic"}
title_runs = [("t", "Gruppo di lettura NLP"), ("p", "Titolo"), ("t", "Rappresentazioni, pre-addestramento & adattamento"),
              ("p", "Sottotitolo"), ("t", "Dipartimento di Informatica · Università di Valdarno · giovedì ore 16:30, aula 2.14"),
              ("trail", "Sottotitolo")]
prog = [
    ("t", "16 maggio", B), ("tab",), ("t", T("1301.3781"), IT), ("br",), ("t", f"{au('1301.3781')} — arXiv:1301.3781 · presenta Chiara"), ("p", "Voce"),
    ("t", "16 maggio", B), ("tab",), ("t", T("1802.05365"), IT), ("br",), ("t", f"{au('1802.05365')} — NAACL 2018 · presenta Davide"), ("p", "Voce"),
    ("t", "23 maggio", B), ("tab",), ("t", "Sentence-BERT:", B), ("t", " Sentence Embeddings using Siamese BERT-Networks"), ("br",),
    ("t", f"{au('1908.10084', 2)} — arxiv.org/abs/1908.10084"), ("p", "Voce"),
    ("t", "23 maggio", B), ("tab",), ("t", T("2004.10102")), ("br",), ("t", f"{au('2004.10102')} — EMNLP 2020"), ("p", "Voce"),
    ("t", "30 maggio", B), ("tab",), ("t", T("1910.13461")), ("br",), ("t", f"{au('1910.13461')} — arxiv.org/abs/1910.13461"), ("p", "Voce"),
    ("t", "30 maggio", B), ("tab",), ("t", T("2008.07905")), ("br",), ("t", f"{au('2008.07905')} — openreview.net/forum?id={OR('2008.07905')}"), ("p", "Voce"),
    ("t", "6 giugno", B), ("tab",), ("t", T("2104.08691")), ("br",), ("t", f"{au('2104.08691')} — https://arxiv.org/abs/2104.08691"), ("p", "Voce"),
    ("t", "6 giugno", B), ("tab",), ("t", T("2011.03459")), ("br",), ("t", f"{au('2011.03459')} — ICLR 2021 · proposto da Sara (grafi di conoscenza)"), ("p", "Voce"),
    ("trail", "Voce")]
foot = [("t", "Materiale di supporto (non sono articoli): libro di Jurafsky & Martin, \"Speech and Language Processing\" (bozza 3ª ed.); "
              "libreria sentence-transformers; corso \"Elaborazione del Linguaggio Naturale\", modulo B; leaderboard GLUE."), ("p", "Piede"),
        ("t", "Slide nella cartella condivisa del gruppo · contatti: nlp-lettura@valdarno.example.it · inquadra il QR per il calendario dell'anno"),
        ("trail", "Piede")]
doc_attrs = dict(ANZPAGES=1, PAGEWIDTH=PW, PAGEHEIGHT=PH, BORDERLEFT=28.3464566929134, BORDERRIGHT=28.3464566929134,
                 BORDERTOP=28.3464566929134, BORDERBOTTOM=28.3464566929134, PRESET=0, BOOK=0, FIRSTNUM=1, ORIENTATION=0, UNITS=1,
                 LANGUAGE="it", AUTHOR="Gruppo di lettura NLP", COMMENTS="Locandina stampata in A4 e A3 (bacheca del 2° piano)",
                 KEYWORDS="seminario, NLP", TITLE="Locandina – Gruppo di lettura NLP", SUBJECT="", PUBLISHER="", DOCDATE="2024-05-10",
                 VHOCH=33, VHOCHSC=66, VTIEF=33, VTIEFSC=66, VKAPIT=75, BASEGRID=14.4, BASEO=0, AUTOL=100, GROUPC=1, HCMS=0,
                 ALAYER=0, AUTOMATIC=1, AUTOCHECK=0, GridShown=0, GuideLock=0, SnapToGrid=0, currentProfile="PostScript")
L = ['<?xml version="1.0" encoding="UTF-8"?>', '<SCRIBUSUTF8NEW Version="1.5.8">', f"{I4}<DOCUMENT {a(**doc_attrs)}>"]
L += [f'{I8}<COLOR NAME="Black" SPACE="CMYK" C="0" M="0" Y="0" K="100"/>',
      f'{I8}<COLOR NAME="Blu Valdarno" SPACE="RGB" R="17" G="85" B="204"/>',
      f'{I8}<COLOR NAME="Registration" SPACE="CMYK" C="100" M="100" Y="100" K="100" Register="1"/>',
      f'{I8}<COLOR NAME="White" SPACE="CMYK" C="0" M="0" Y="0" K="0"/>',
      f'{I8}<STYLE NAME="Default Paragraph Style" DefaultStyle="1" ALIGN="0" LINESPMode="0" LINESP="15" INDENT="0" RMARGIN="0" FIRST="0" VOR="0" NACH="0" ParagraphEffectOffset="0" DROP="0" DROPLIN="2" DROPDIST="0" Bullet="0" Numeration="0"/>',
      f'{I8}<STYLE NAME="Titolo" PARENT="Default Paragraph Style" ALIGN="1" LINESP="34" FONT="Source Sans Pro Bold" FONTSIZE="30" FCOLOR="Blu Valdarno"/>',
      f'{I8}<STYLE NAME="Sottotitolo" PARENT="Default Paragraph Style" ALIGN="1" NACH="6" FONTSIZE="13"/>',
      f'{I8}<STYLE NAME="Voce" PARENT="Default Paragraph Style" INDENT="72" FIRST="-72" NACH="7" FONTSIZE="10.5">',
      f'{I12}<Tabs Type="0" Pos="72" Fill=""/>',
      f'{I8}</STYLE>',
      f'{I8}<STYLE NAME="Piede" PARENT="Default Paragraph Style" ALIGN="0" NACH="4" FONTSIZE="8.5" FCOLOR="Black"/>',
      f'{I8}<CHARSTYLE CNAME="Default Character Style" DefaultStyle="1" FONT="Source Sans Pro Regular" FONTSIZE="11" FONTFEATURES="" FEATURES="inherit" FCOLOR="Black" FSHADE="100" HyphenWordMin="3" SCOLOR="Black" BGCOLOR="None" BGSHADE="100" SSHADE="100" TXTSHX="5" TXTSHY="-5" TXTOUT="1" TXTULP="-0.1" TXTULW="-0.1" TXTSTP="-0.1" TXTSTW="-0.1" SCALEH="100" SCALEV="100" BASEO="0" KERN="0" LANGUAGE="it"/>',
      f'{I8}<LAYERS NUMMER="0" LEVEL="0" NAME="Sfondo" SICHTBAR="1" DRUCKEN="1" EDIT="1" SELECT="0" FLOW="1" TRANS="1" BLEND="0" OUTL="0" LAYERC="#000000"/>',
      f'{I8}<DocItemAttributes/>', f'{I8}<TablesOfContents/>', f'{I8}<NotesStyles/>', f'{I8}<PageSets>',
      f'{I12}<Set Name="Single Page" FirstPage="0" Rows="1" Columns="1"/>', f'{I8}</PageSets>',
      f'{I8}<MASTERPAGE {a(PAGEXPOS=PX, PAGEYPOS=PY, PAGEWIDTH=PW, PAGEHEIGHT=PH, BORDERLEFT=28.3464566929134, BORDERRIGHT=28.3464566929134, BORDERTOP=28.3464566929134, BORDERBOTTOM=28.3464566929134, NUM=0, NAM="Normal", MNAM="", Size="A4", Orientation=0, LEFT=0, PRESET=0, VerticalGuides="", HorizontalGuides="")}/>',
      f'{I8}<PAGE {a(PAGEXPOS=PX, PAGEYPOS=PY, PAGEWIDTH=PW, PAGEHEIGHT=PH, BORDERLEFT=28.3464566929134, BORDERRIGHT=28.3464566929134, BORDERTOP=28.3464566929134, BORDERBOTTOM=28.3464566929134, NUM=0, NAM="", MNAM="Normal", Size="A4", Orientation=0, LEFT=0, PRESET=0, VerticalGuides="", HorizontalGuides="297.637795275591")}/>']
L += frame(40, 40, 515.28, 110, 4, story(title_runs), name="Testata")
L += frame(40, 170, 515.28, 520, 4, story(prog), name="Programma")
L += frame(40, 710, 400, 90, 4, story(foot), name="Piede")
L += frame(460, 710, 90, 90, 2, None, name="QR calendario", PFILE="immagini/qr-calendario-nlp.png", IRENDER=0, EMBEDDED=0)
L += [f"{I4}</DOCUMENT>", "</SCRIBUSUTF8NEW>"]
raw = "\n".join(L) + "\n"
write_only(F671, raw, keys(F671), forms=plain)
