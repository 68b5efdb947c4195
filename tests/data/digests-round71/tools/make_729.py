#!/usr/bin/env python3
"""729: a FrameMaker MIF file (<MIFFile 2019>): catalogues, a TextFlow whose paragraphs are split into ParaLines at
the layout's line breaks (a title may run over two ParaLines), `...' strings with \\q \\Q \\> \\\\ \\t escapes, Font
changes for italics, hypertext markers (MType 8, "message URL ..."), autonumbered references, '# end of X' comments.
German institute report, section on image classification; vision backbone classics."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, venue, write_only
from make_expected import by_num, keys, GLOROT, DBN, ALEXNET

F = by_num(729)
A = lambda k: f"https://arxiv.org/abs/{k}"
uid = [1001200]


def U():
    uid[0] += 17
    return uid[0]


def esc(t):
    return t.replace("\\", "\\\\").replace("'", "\\q").replace("`", "\\Q").replace(">", "\\>").replace("\t", "\\t")


def para(tag, segs, ind=1, numstr=None, width=64):
    """segs: list of ('t', text) / ('i', italic text) / ('m', url marker)"""
    sp = " " * ind
    out = [f"{sp}<Para ", f"{sp} <Unique {U()}>", f"{sp} <PgfTag `{tag}'>"]
    if numstr: out.append(f"{sp} <PgfNumString `{esc(numstr)}'>")
    lines, cur, col, font = [], [], 0, ""
    def flush():
        nonlocal cur, col
        lines.append(cur); cur = []; col = 0
    for kind, val in segs:
        if kind == "m":
            cur.append(("m", val)); continue
        want = "Emphasis" if kind == "i" else ""
        if want != font:
            cur.append(("f", want)); font = want
        words = val.split(" ")
        buf = ""
        for j, w in enumerate(words):
            piece = w + (" " if j < len(words) - 1 else "")
            if col + len(buf) + len(piece) > width and (buf or cur):
                if buf: cur.append(("s", buf))
                buf = ""; flush()
            buf += piece
        if buf: cur.append(("s", buf)); col += len(buf)
    if cur: flush()
    for n, ln in enumerate(lines):
        out.append(f"{sp} <ParaLine ")
        if n == 0: out.append(f"{sp}  <TextRectID 14>")
        for k, v in ln:
            if k == "s": out.append(f"{sp}  <String `{esc(v)}'>")
            elif k == "f": out.append(f"{sp}  <Font \n{sp}   <FTag `{v}'>\n{sp}   <FLocked No >\n{sp}  > # end of Font")
            elif k == "m":
                out.append(f"{sp}  <Marker \n{sp}   <MType 8>\n{sp}   <MTypeName `Hypertext'>\n"
                           f"{sp}   <MText `message URL {esc(v)}'>\n{sp}   <MCurrPage `4'>\n{sp}   <Unique {U()}>\n"
                           f"{sp}  > # end of Marker")
        if n == len(lines) - 1:
            if font: out.append(f"{sp}  <Font \n{sp}   <FTag `'>\n{sp}   <FLocked No >\n{sp}  > # end of Font")
            out.append(f"{sp} > # end of ParaLine")
        else:
            out.append(f"{sp} > # end of ParaLine")
    out.append(f"{sp}> # end of Para")
    return "\n".join(out)


P = []
P.append(para("Heading1", [("t", "4.2 Bildklassifikation und robuste Merkmalsextraktion")]))
P.append(para("Body", [("t", "Die Arbeitsgruppe Maschinelles Sehen (Leitung: Prof. Dr. Henrike Albers) hat 2023 ihre "
    "Basismodelle für die Sortieranlage des Projekts KLARSICHT vollständig neu trainiert. Ausgangspunkt war die Frage, "
    "welche Architektur bei unserem kleinen, stark unausgewogenen Datensatz (rund 41 000 Aufnahmen, 23 Klassen) "
    "tatsächlich die beste Genauigkeit pro Rechenstunde liefert – und ob sich die Ergebnisse aus der Literatur auf "
    "industrielle Bilddaten übertragen lassen. Kurz gesagt: es geht, aber nur mit sorgfältiger Initialisierung und "
    "kräftiger Datenaugmentierung.")]))
P.append(para("Heading2", [("t", "Historischer Rahmen")]))
P.append(para("Body", [("t", "Für die Einführungsvorlesung und das Doktorandenseminar wurden die Grundlagen noch einmal "
    "aufgearbeitet: vom schichtweisen Vortraining in "), ("i", DBN), ("t", f" ({au(DBN, 3, '')}) über die Analyse der "
    "Initialisierung in "), ("i", GLOROT), ("t", f" ({au(GLOROT, 2, '')}) bis zum Durchbruch auf ImageNet mit "),
    ("i", ALEXNET), ("t", f" ({au(ALEXNET, 3, '')}). Die Studierenden rekonstruierten die Lernkurven mit dem "
    "Lehrbuch-Code; wer\\s mag, findet die Notebooks im GitLab der Gruppe.".replace("\\s", "'s"))]))
P.append(para("Heading2", [("t", "Residualnetze, Skalierung, Vision Transformer")]))
P.append(para("Body", [("t", "Als Referenzarchitektur dient weiterhin das Residualnetz aus "), ("i", T("1512.03385")),
    ("t", ". Für die Initialisierung der tiefen Varianten nutzen wir die Varianzskalierung für ReLU-Netze aus "),
    ("i", T("1502.01852")), ("t", " (arXiv:1502.01852). Die Skalierung von Tiefe, Breite und Auflösung folgt "),
    ("i", T("1905.11946")), ("t", "; der Compound-Koeffizient wurde für 640 × 480 Pixel angepasst. Beim Vision "
    "Transformer haben wir uns an die Empfehlungen aus "), ("i", T("2106.10270")),
    ("t", " gehalten: mehr Augmentierung und Regularisierung, wenn > 10 Epochen auf kleinen Daten trainiert wird.")]))
P.append(para("Body", [("t", "Ergebnis (Top-1 auf dem internen Testsplit, Mittel über drei Seeds): Residualnetz-50 "
    "91,4 %, skaliertes Netz B3 93,0 %, ViT-S/16 mit starker Augmentierung 92,2 %. Der Unterschied zwischen B3 und dem "
    "Transformer liegt innerhalb der Streuung der Seeds.")]))
P.append(para("Heading2", [("t", "Robustheit")]))
P.append(para("Body", [("t", "Für die Abnahme durch den Projektpartner mussten die Modelle gegenüber kleinen "
    "Störungen robust sein. Adversariales Training mit glatten Aktivierungsfunktionen nach "), ("i", T("2006.14536")),
    ("t", " kostete bei uns etwa 1,5 Prozentpunkte sauberer Genauigkeit, verbesserte aber die Genauigkeit unter "
    "PGD-Angriffen (ε = 4/255) von 3 % auf 38 %.")]))
P.append(para("Body", [("t", "Software und Daten (keine Publikationen): PyTorch 2.1, timm 0.9, das Augmentierungs"
    "paket Albumentations sowie der öffentliche Datensatz ImageNet-1k für das Vortraining. Die Rechenzeit stellte "
    "das Rechenzentrum der Universität Hohenstaufen (Cluster „Staufer II“) bereit.")]))
P.append(para("Heading1", [("t", "Literatur")]))
refs = [
    (None, DBN, f"{au(DBN, 3, '')}. ", f". {venue(DBN)}."),
    (None, GLOROT, f"{au(GLOROT, 2, '')}. ", f". {venue(GLOROT)}."),
    (None, ALEXNET, f"{au(ALEXNET, 3, '')}. ", f". {venue(ALEXNET)}."),
    (A("1512.03385"), T("1512.03385"), f"{au('1512.03385', 4, '')}. ", f". CVPR 2016. {A('1512.03385')}"),
    (None, T("1502.01852"), f"{au('1502.01852', 4, '')}. ", ". ICCV 2015. arXiv:1502.01852."),
    (A("1905.11946"), T("1905.11946"), f"{au('1905.11946', 2, '')}. ", f". ICML 2019. {A('1905.11946')}"),
    (A("2106.10270"), T("2106.10270"), f"{au('2106.10270', 6, '')}. ", f". TMLR 2022. {A('2106.10270')}"),
    (A("2006.14536"), T("2006.14536"), f"{au('2006.14536', 5, '')}. ", f". {A('2006.14536')}"),
]
for n, (url, title, pre, post) in enumerate(refs, 1):
    segs = ([("m", url)] if url else []) + [("t", pre), ("i", title), ("t", post)]
    P.append(para("Reference", segs, numstr=f"[{n}]\t"))

head = """<MIFFile 2019> # Generated by Adobe FrameMaker 2019 15.0.8.979
<Units Ucm >
<CharUnits CUpt >
<PgfCatalog 
 <Pgf 
  <PgfTag `Body'>
  <PgfUseNextTag No >
  <PgfAlignment LeftRight >
  <PgfFIndent 0.0 cm>
  <PgfLIndent 0.0 cm>
  <PgfSpBefore 4.0 pt>
  <PgfLeading 2.0 pt>
  <PgfHyphenate Yes >
  <PgfLanguage German >
  <PgfFont 
   <FTag `'>
   <FFamily `Minion Pro'>
   <FSize 10.0 pt>
   <FWeight `Regular'>
   <FAngle `Regular'>
  > # end of PgfFont
 > # end of Pgf
 <Pgf 
  <PgfTag `Heading1'>
  <PgfUseNextTag Yes >
  <PgfNextTag `Body'>
  <PgfSpBefore 14.0 pt>
  <PgfLanguage German >
  <PgfFont 
   <FTag `'>
   <FFamily `Myriad Pro'>
   <FSize 14.0 pt>
   <FWeight `Bold'>
  > # end of PgfFont
 > # end of Pgf
 <Pgf 
  <PgfTag `Heading2'>
  <PgfUseNextTag Yes >
  <PgfNextTag `Body'>
  <PgfSpBefore 9.0 pt>
  <PgfLanguage German >
  <PgfFont 
   <FTag `'>
   <FFamily `Myriad Pro'>
   <FSize 11.0 pt>
   <FWeight `Semibold'>
  > # end of PgfFont
 > # end of Pgf
 <Pgf 
  <PgfTag `Reference'>
  <PgfFIndent 0.0 cm>
  <PgfLIndent 0.8 cm>
  <PgfSpBefore 2.0 pt>
  <PgfAutoNum Yes >
  <PgfNumFormat `[<n+\\>]\\t'>
  <PgfNumberFont `'>
  <PgfNumAtEnd No >
  <PgfLanguage NoLanguage >
  <PgfFont 
   <FTag `'>
   <FFamily `Minion Pro'>
   <FSize 9.0 pt>
  > # end of PgfFont
 > # end of Pgf
> # end of PgfCatalog
<FontCatalog 
 <Font 
  <FTag `Emphasis'>
  <FAngle `Italic'>
  <FLocked No >
 > # end of Font
> # end of FontCatalog
<VariableFormats 
 <VariableFormat 
  <VariableName `Running H/F 1'>
  <VariableDef `Jahresbericht 2023 – Institut für Angewandte Informatik'>
 > # end of VariableFormat
> # end of VariableFormats
<Document 
 <DPageSize 21.0 cm 29.7 cm>
 <DStartPage 37>
 <DPageNumStyle Arabic >
 <DTwoSides Yes >
 <DParity FirstRight >
> # end of Document
<TextFlow 
 <TFTag `A'>
 <TFAutoConnect Yes >
 <Notes 
 > # end of Notes
"""
text = head + "\n".join(P) + "\n> # end of TextFlow\n# End of MIFFile\n"
import re
dec = "\n".join("".join(re.findall(r"<String `((?:[^'\\]|\\.)*)'>", p)).replace("\\q", "'").replace("\\>", ">")
                .replace("\\t", "\t").replace("\\Q", "`").replace("\\\\", "\\") for p in P)
write_only(F, text, keys(F), forms=[dec])
