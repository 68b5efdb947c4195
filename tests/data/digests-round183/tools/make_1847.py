#!/usr/bin/env python3
"""1847: a Hungarian vision reading circle's launcher as an HTML Application (`olvasokor.hta`, run by mshta.exe on the
lab's Windows machines): HTML with the `<HTA:APPLICATION>` tag in the head, a VBScript block (`Option Explicit`, a
`Window_OnLoad` sub, a `Megnyit` sub that opens a link or a PDF on the lab's share through WScript.Shell) and a table of
weekly Wednesday sessions whose title cells call `Megnyit "…"` from single-quoted onclick attributes. Papers are the
cells' titles, their links in the onclick strings (arXiv `/abs/`, `/pdf/…v2`, `http://…v3`), PDF file names on the
share (title-only; one note holds an arXiv id). Saved by Notepad: UTF-8, CRLF, a final CRLF."""
import datetime as dt, html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, ALEXNET, GLOROT

F = by_num(1847)
START = dt.date(2024, 2, 14)  # a Wednesday
HONAP = ["jan.", "febr.", "márc.", "ápr.", "máj.", "jún."]

# (title, target, presenter, note)
ROWS = [
 (ALEXNET, "krizhevsky2012_alexnet.pdf", "Kovács Anna", "NIPS 2012. Bemelegítés: ReLU, dropout, két GPU"),
 (GLOROT, "glorot_bengio_2010.pdf", "Szabó Bence", "AISTATS 2010, a „Xavier-inicializálás” cikke"),
 (T("1905.11946"), "https://arxiv.org/abs/1905.11946", "Tóth Réka", "ICML 2019; compound scaling"),
 (T("2004.08955"), "https://arxiv.org/pdf/2004.08955v2", "Nagy Máté", "a split-attention blokkot rajzold fel a táblára"),
 (T("2106.10270"), "vit_augreg_steiner.pdf", "Kovács Anna", "arXiv:2106.10270 (TMLR 2022); AugReg, a timm-es checkpointok"),
 (T("2006.06882"), "zoph_rethinking_pretraining.pdf", "Szabó Bence", "NeurIPS 2020; COCO-n önképzés vs. előtanítás"),
 (T("2006.14536"), "xie_smooth_adv_training.pdf", "Tóth Réka", "aktivációs függvények és robusztusság"),
 (T("2010.01412"), "http://arxiv.org/abs/2010.01412v3", "Nagy Máté", "ICLR 2021; a félév zárása"),
]

EXTRA = [
 ("pytorch-image-models (timm) – kód és előtanított súlyok", "https://github.com/huggingface/pytorch-image-models"),
 ("CS231n jegyzetek (Stanford kurzus)", "https://cs231n.github.io/"),
 ("Dive into Deep Learning – online könyv, 7–8. fejezet", "https://d2l.ai/"),
 ("ImageNet adatkészlet – letöltés, licenc", "https://image-net.org/download.php"),
 ("Az őszi félév felvételei (belső videótár)", "http://labor-nas.local/felvetelek/2023-osz/"),
]


def datum(i):
    d = START + dt.timedelta(days=7 * i)
    return f"{HONAP[d.month - 1]} {d.day}."


def a(text, target):
    assert '"' not in target and "'" not in target
    return f"<a href=\"#\" language=\"VBScript\" onclick='Megnyit \"{target}\"'>{html.escape(text, quote=False)}</a>"


def build():
    L = ["<!DOCTYPE html>",
         '<html lang="hu">',
         "<head>",
         '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
         '<meta http-equiv="X-UA-Compatible" content="IE=10">',
         "<title>Gépi látás olvasókör – tavaszi félév</title>",
         '<HTA:APPLICATION ID="oOlvasokor" APPLICATIONNAME="Olvasokor" VERSION="1.4" BORDER="thick" BORDERSTYLE="normal"',
         '  CAPTION="yes" ICON="olvasokor.ico" MAXIMIZEBUTTON="yes" MINIMIZEBUTTON="yes" SHOWINTASKBAR="yes"',
         '  SINGLEINSTANCE="yes" SYSMENU="yes" WINDOWSTATE="normal" SCROLL="auto" CONTEXTMENU="yes" SELECTION="yes">',
         "<!--",
         "  olvasokor.hta – dupla kattintás (mshta.exe). Az arXiv-linkek a böngészőben, a PDF-ek a NAS-ról nyílnak.",
         "  Új cikket a táblázat végére írj, ugyanígy: Megnyit \"link vagy fájlnév\". Kérdés: Kovács Anna, IB.028.",
         "-->",
         "<style>",
         "  body { font-family: Segoe UI, Tahoma, sans-serif; font-size: 10pt; margin: 14px; background: #f7f7f2; }",
         "  h1 { font-size: 15pt; color: #234; margin: 0 0 4px 0; }",
         "  table { border-collapse: collapse; width: 100%; }",
         "  th, td { border: 1px solid #bbb; padding: 4px 6px; vertical-align: top; }",
         "  th { background: #dde4ea; text-align: left; }",
         "  a { color: #1a4f8b; cursor: hand; }",
         "  .megj { color: #555; }",
         "</style>",
         '<script language="VBScript">',
         "Option Explicit",
         "",
         "Const MAPPA = \"\\\\labor-nas\\olvasokor\\cikkek\\\"",
         "",
         "Sub Window_OnLoad",
         "    window.resizeTo 1040, 760",
         "    window.moveTo 60, 40",
         "End Sub",
         "",
         "' Megnyit: http(s) link -> alapértelmezett böngésző, minden más -> PDF a NAS-on",
         "Sub Megnyit(cel)",
         "    Dim sh, utvonal",
         "    Set sh = CreateObject(\"WScript.Shell\")",
         "    If LCase(Left(cel, 4)) = \"http\" Then",
         "        utvonal = cel",
         "    Else",
         "        utvonal = MAPPA & cel",
         "    End If",
         "    sh.Run \"\"\"\" & utvonal & \"\"\"\", 1, False",
         "    window.status = \"Megnyitva: \" & utvonal",
         "    Set sh = Nothing",
         "End Sub",
         "</script>",
         "</head>",
         "<body>",
         "<h1>Gépi látás olvasókör – 2024 tavasz</h1>",
         "<p>Szerdánként 16:15, IB.028. Minden alkalommal egy cikk, 40 perc előadás és vita. A cím kattintásra nyílik.</p>",
         "<table>",
         "<tr><th>Dátum</th><th>Cikk</th><th>Előadó</th><th>Megjegyzés</th></tr>"]
    for i, (t, target, who, note) in enumerate(ROWS):
        L.append(f"<tr><td>{datum(i)}</td><td>{a(t, target)}</td><td>{who}</td>"
                 f"<td class=\"megj\">{html.escape(note, quote=False)}</td></tr>")
    L += ["</table>",
          "<h2>Nem cikk, de hasznos</h2>",
          "<ul>"]
    for t, target in EXTRA:
        L.append(f"<li>{a(t, target)}</li>")
    L += ["</ul>",
          "<p class=\"megj\">Frissítve: 2024. 02. 12. – a ResNet-50 alapvonalakat a timm-ből vesszük, ne tanítsunk újra.</p>",
          "</body>",
          "</html>"]
    return "\r\n".join(L) + "\r\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
