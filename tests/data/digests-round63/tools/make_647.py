#!/usr/bin/env python3
"""647: a OneNote page as Microsoft Graph returns it (GET /me/onenote/pages/{id}/content?includeIDs=true): tab-indented
<html lang> with <title> and <meta name="created">, <body data-absolute-enabled="true">, absolutely positioned
<div data-id="_default">, element ids "p:{guid}{n}", data-tag to-do / important / question, a table, "From <url>"
cites OneNote adds under pasted content. A Polish lab notebook page on vision transformers and detection."""
import os, sys, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F647, keys

G = "{8d2f6b1e-4c3a-4f0b-9e71-2a5c7d9e0b14}"
G2 = "{51c0e93a-7b2d-4e86-a1f4-0c9d3e6b8a27}"
n = [9]


def i(kind, g=G):
    n[0] += 1
    return f'{kind}:{g}{{{n[0]}}}'


e = html.escape
P = 'style="margin-top:0pt;margin-bottom:0pt"'


def p(text, tag=None, raw=False, ind="\t\t\t"):
    dt = f' data-tag="{tag}"' if tag else ""
    return f'{ind}<p id="{i("p")}"{dt} {P}>{text if raw else e(text, quote=False)}</p>'


def a(url, text=None):
    return f'<a href="{e(url)}">{e(text or url, quote=False)}</a>'


def cite(url):
    return (f'\t\t\t<p id="{i("p")}" {P}><cite style="font-size:9pt;color:#595959">From &lt;{a(url)}&gt; </cite></p>')


def h(level, text, size, color="#1e4e79"):
    return f'\t\t\t<h{level} id="{i("h" + str(level))}" style="font-size:{size}pt;color:{color};margin-top:0pt;margin-bottom:0pt">{e(text, quote=False)}</h{level}>'


def b(t):
    return f'<span style="font-weight:bold">{e(t, quote=False)}</span>'


def li(inner, tag=None):
    dt = f' data-tag="{tag}"' if tag else ""
    return f'\t\t\t\t<li id="{i("li")}"{dt}>{inner}</li>'


L = []
L.append('<html lang="pl-PL">\n\t<head>\n\t\t<title>Seminarium wizyjne – notatki (marzec)</title>\n'
         '\t\t<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
         '\t\t<meta name="created" content="2024-03-04T08:41:00.0000000" />\n\t</head>\n'
         '\t<body data-absolute-enabled="true" style="font-family:Calibri;font-size:11pt">')
L.append(f'\t\t<div id="{i("div")}" data-id="_default" style="position:absolute;left:48px;top:115px;width:672px">')
L += [h(1, "Seminarium wizyjne – semestr letni", 16),
      p("Pracownia Widzenia Maszynowego, Politechnika Nadwiślańska (sala 2.14, czwartki 14:15–15:45)"),
      p("Prowadzi: dr inż. Marta Zielonka · notatki: Jakub Wrzos"),
      p(""),
      h(2, "Do przeczytania przed 14.03", 13.5, "#2e75b5"),
      f'\t\t\t<ul id="{i("ul")}">',
      li(f'{b(T("2010.11929"))} – {e(au("2010.11929"))}, ICLR 2021. Recenzje i dyskusja: '
         f'{a("https://openreview.net/forum?id=YicbFdNTTy", "openreview.net/forum?id=YicbFdNTTy")}', "to-do:completed"),
      li(f'{b(T("2104.14294"))} – {e(au("2104.14294"))} (ICCV 2021). Mapy uwagi z tokenu [CLS] – pokazać na slajdzie 3.', "to-do:completed"),
      li(f'{b(T("2304.07193"))} – {e(au("2304.07193"))}: {a("https://arxiv.org/abs/2304.07193")}', "to-do"),
      li(f'{b(T("2011.10566"))} ({e(au("2011.10566"))}, CVPR 2021) – {a("https://arxiv.org/pdf/2011.10566.pdf", "PDF")}; '
         f'stop-gradient jako klucz do braku kolapsu', "to-do"),
      '\t\t\t</ul>',
      p("Pytanie Oli: czy prezentujemy linear probing czy k-NN? Ustalić z Martą.", "question"),
      p(""),
      h(2, "Detekcja i dopasowanie", 13.5, "#2e75b5"),
      p(f'{b(T("2010.04159"))}<br />{e(au("2010.04159"))}, ICLR 2021 – arXiv:2010.04159. '
        f'Deformowalna uwaga zamiast pełnej uwagi na mapach cech; zbiega się ok. 10× szybciej niż DETR.', raw=True),
      p(f'{b(T("2103.14167"))} – {e(au("2103.14167"))}, ICCV 2021. Transformer do gęstych korespondencji między dwoma '
        f'obrazami; ciekawe dla projektu z dronami.', raw=True, tag="important"),
      p(f'{b(T("2103.14146"))} – {e(au("2103.14146"))}, 2021. Opisywanie i lokalizacja wielu zmian między obrazami '
        f'(syntetyczny zbiór + zdjęcia). Kuba: sprawdzić, czy dane są publiczne.', raw=True),
      p(""),
      f'\t\t\t<table id="{i("table")}" style="border:1px solid;border-collapse:collapse">',
      ]
rows = [("Model", "Backbone", "AP (COCO val)", "Kto uruchamia"),
        ("wariant deformowalny", "ResNet-50", "43.8 (z artykułu)", "Ola"),
        ("DETR (baseline)", "ResNet-50", "42.0 (z artykułu)", "Kuba"),
        ("nasz wariant", "ViT-S/16", "? – w trakcie", "Marta")]
for r_ in rows:
    L.append(f'\t\t\t\t<tr id="{i("tr")}">')
    for c in r_:
        L.append(f'\t\t\t\t\t<td id="{i("td")}" style="border:1px solid">{e(c, quote=False)}</td>')
    L.append('\t\t\t\t</tr>')
L.append('\t\t\t</table>')
L += [p(""),
      h(2, "Wydajność / skalowanie", 13.5, "#2e75b5"),
      p(f'{T("2104.00298")} – {au("2104.00298")}, ICML 2021'),
      p("Progressive learning: rośnie rozdzielczość obrazu i siła regularyzacji w trakcie treningu. Wkleiłem abstrakt:"),
      p("„Training efficiency has gained significant interests recently … progressive learning, in which we gradually "
        "increase image size during training, but it often causes a drop in accuracy.”"),
      cite("https://arxiv.org/abs/2104.00298"),
      p(""),
      h(2, "Narzędzia (to nie są artykuły)", 13.5, "#2e75b5"),
      f'\t\t\t<ul id="{i("ul")}">',
      li(f'timm – {a("https://github.com/huggingface/pytorch-image-models", "github.com/huggingface/pytorch-image-models")} (gotowe wagi modeli)'),
      li(f'torchvision detection reference scripts – {a("https://github.com/pytorch/vision/tree/main/references/detection")}'),
      li(f'Papers with Code: {a("https://paperswithcode.com/sota/object-detection-on-coco", "leaderboard COCO test-dev")} – tylko orientacyjnie'),
      li('Kurs CS231n (Stanford) – wykłady 10–11 jako powtórka'),
      li('Blog: „Vision Transformers explained” – wpis na blogu koła naukowego, nie recenzowany'),
      '\t\t\t</ul>',
      cite("https://kolo-wizja.example.edu.pl/wiki/narzedzia"),
      '\t\t</div>']
L.append(f'\t\t<div id="{i("div", G2)}" data-id="_default" style="position:absolute;left:720px;top:115px;width:240px">')
L += [p("Organizacyjne", tag="important"),
      p("• rezerwacja GPU na klastrze: do piątku"),
      p("• pizza – zbiórka 15 zł/os. (Ola)"),
      p("• następne spotkanie: 21.03, temat: segmentacja"),
      '\t\t</div>',
      '\t</body>\n</html>']
text = "\n".join(L)
forms = [html.unescape(text)]
write_only(F647, text, keys(F647), forms)
