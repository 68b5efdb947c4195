#!/usr/bin/env python3
"""331: the final scientific report of a small language-technology grant (invented project "FurlanLM", invented call;
the funding agency ARLeF — Agjenzie regjonâl pe lenghe furlane — is real, the report is not), written in LibreOffice
Writer 7.6 and saved as HTML (File › Save As › HTML Document), in Friulian. What such a file has: LibreOffice's HTML
4.0 Transitional doctype, head metas (content-type, generator, author, created, changedby, changed), the style block
(@page, p, h1/h2 .western/.cjk/.ctl, td p, a:link), `<body lang="fur-IT" link vlink dir>`, headings with class
"western", paragraphs with inline styles, a bullet list, the budget table (`<table width cellpadding cellspacing>`,
`<col>`, `<tr valign="top">`, bordered `<td>` with `<p>` inside, a total row), citations "[n]" in the text and the
bibliography as numbered paragraphs, some with an `<a href>`. Papers: a reference linked to an arXiv abs/pdf page, a
huggingface.co/papers page or an OpenReview forum (link), "arXiv:ID" in a reference (arxiv-text), title, authors and
venue only (title-only); the project's corpus, a dictionary and the Hugging Face Hub are not papers."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only

KEYS = ["1810.04805", "1910.10683", "1911.02116", "2003.10555", "2001.08361", "2005.14165", "2203.15556",
        "2302.13971", "2307.09288", "2306.11644", "1710.03740"]
E = html.escape
REFS = [  # (text before the title, key, after, url or None)
    ("Devlin J., Chang M.-W., Lee K., Toutanova K. (2019). ", "1810.04805", ". NAACL.", None),
    ("Conneau A. et al. (2020). ", "1911.02116", ". ACL. ", "https://arxiv.org/abs/1911.02116"),
    ("Clark K., Luong M.-T., Le Q. V., Manning C. D. (2020). ", "2003.10555", ". ICLR.", None),
    ("Raffel C. et al. (2020). ", "1910.10683", ". JMLR 21.", None),
    ("Kaplan J. et al. (2020). ", "2001.08361", ". arXiv:2001.08361.", None),
    ("Hoffmann J. et al. (2022). ", "2203.15556", ". NeurIPS.", None),
    ("Brown T. B. et al. (2020). ", "2005.14165", ". NeurIPS.", None),
    ("Touvron H. et al. (2023). ", "2302.13971", ". ", "https://arxiv.org/pdf/2302.13971"),
    ("Touvron H. et al. (2023). ", "2307.09288", ". ", "https://huggingface.co/papers/2307.09288"),
    ("Micikevicius P. et al. (2018). ", "1710.03740", ". ICLR. ", f"https://openreview.net/forum?id={OR('1710.03740')}"),
    ("Gunasekar S. et al. (2023). ", "2306.11644", ".", None),
]
BUDGET = [("Personâl di ricercje", 38000, 37450), ("Calcul (oris di GPU)", 9000, 8720),
          ("Anotazion e neteç dai dâts", 6000, 6300), ("Disseminazion e formazion", 2000, 1530)]
P0 = '<p style="line-height: 100%; margin-bottom: 0cm">'
P = '<p align="justify" style="line-height: 115%; margin-bottom: 0.25cm">'


def eur(n):
    return f"{n:,}".replace(",", ".") + ",00"


body = [
    '<h1 class="western">Relazion finâl dal progjet «FurlanLM»</h1>',
    f'{P0}<b>Bant:</b> Inovazion linguistiche 2023 (ARLeF)</p>',
    f'{P0}<b>Beneficiari:</b> Associazion Lenghe e Tecnologjie, Udin</p>',
    f'{P0}<b>Responsabil sientific:</b> dot. Lorenzo Cjargnel</p>',
    f'{P0}<b>Durade:</b> 1 di avrîl 2023 – 31 di març 2024 (12 mês)</p>',
    f'{P0}<br/></p>',
    '<h2 class="western">1. Obietîfs</h2>',
    f'{P}Il progjet al veve trê obietîfs: (1) meti dongje un corpus furlan net di almancul 50 milions di peraulis; '
    '(2) alenâ un model di lenghe piçul pal furlan; (3) publicâ model e dâts cun licence libare. I obietîfs 1 e 3 a '
    'son stâts rivâts dal dut, il 2 in part (viôt la sezion 3).</p>',
    '<h2 class="western">2. Ativitâts fatis</h2>',
    f'{P}Tal prin trimestri o vin studiât i modei a codificadôr. Il pont di partence al è stât {E(T("1810.04805"))} '
    '[1]; par vie che il furlan al à pôcs dâts, o vin provât ancje un model multilenghe, XLM-R, descrit in '
    f'{E(T("1911.02116"))} [2], e il metodi di ELECTRA [3], che al doprè mancul calcul.</p>',
    f'{P}Tal secont trimestri o vin alenât un model a codificadôr e decodificadôr, su la fonde di {E(T("1910.10683"))} '
    '[4]. Par decidi trop grant fâ il model, o vin doprât lis leçs di scjale di [5] e la ricete «compute-optimal» di '
    f'[6], ({E(T("2203.15556"))}): cun 50 milions di peraulis, un model di 60 milions di parametris al jere za masse '
    'grant.</p>',
    f'{P}Tal tierç trimestri o vin metût a confront il nestri model cun modei grancj multilenghe. Lis ideis dal '
    f'«in-context learning» di {E(T("2005.14165"))} [7] a funzionin pôc pal furlan; miôr la adatazion di LLaMA [8] '
    'e di Llama 2 [9], fate cun precision miscliçade [10] su dôs GPU.</p>',
    f'{P}In fin, o vin fat un piçul esperiment cun test «di scuele» scrits a pueste, seont la idee di [11].</p>',
    '<ul>',
    '\t<li><p style="line-height: 100%; margin-bottom: 0cm">Corpus: 54 milions di peraulis (CC BY 4.0), sul '
    'Hugging Face Hub.</p></li>',
    '\t<li><p style="line-height: 100%; margin-bottom: 0cm">Model: FurlanLM-60M (Apache 2.0).</p></li>',
    '\t<li><p style="line-height: 100%; margin-bottom: 0.25cm">Un dizionari ortografic integrât tal '
    'normalizadôr.</p></li>',
    '</ul>',
    '<h2 class="western">3. Risultâts e problemis</h2>',
    f'{P}Il model al passe il model multilenghe su la classificazion dai tescj furlans (+6 ponts di F1), ma no su la '
    'gjenerazion di test lunc. La adatazion dai modei grancj e reste la strade plui buine pe gjenerazion.</p>',
    '<h2 class="western">4. Spesis</h2>',
    '<table width="100%" cellpadding="4" cellspacing="0">',
    '\t<col width="128*"/>', '\t<col width="64*"/>', '\t<col width="64*"/>',
    '\t<tr valign="top">',
    '\t\t<td width="50%" style="border: 1px solid #000000; padding: 0.1cm"><p><b>Vôs</b></p></td>',
    '\t\t<td width="25%" style="border: 1px solid #000000; padding: 0.1cm"><p align="right"><b>Preventîf (€)</b></p></td>',
    '\t\t<td width="25%" style="border: 1px solid #000000; padding: 0.1cm"><p align="right"><b>Spindût (€)</b></p></td>',
    '\t</tr>',
]
rows = BUDGET + [("<b>Totâl</b>", sum(b[1] for b in BUDGET), sum(b[2] for b in BUDGET))]
for name, a, b in rows:
    body += ['\t<tr valign="top">',
             f'\t\t<td width="50%" style="border: 1px solid #000000; padding: 0.1cm"><p>{name}</p></td>',
             f'\t\t<td width="25%" style="border: 1px solid #000000; padding: 0.1cm"><p align="right">{eur(a)}</p></td>',
             f'\t\t<td width="25%" style="border: 1px solid #000000; padding: 0.1cm"><p align="right">{eur(b)}</p></td>',
             '\t</tr>']
body += ['</table>', f'{P0}<br/></p>',
         f'{P}La spese plui alte pe anotazion e je stade compensade cun la spese plui basse pe disseminazion.</p>',
         '<h2 class="western">5. Bibliografie</h2>']
for i, (pre, k, post, url) in enumerate(REFS, 1):
    link = f'<a href="{url}">{E(url)}</a>' if url else ""
    body.append(f'{P0}[{i}] {E(pre)}{E(T(k))}{E(post)}{link}</p>')
body += [f'{P0}<br/></p>', f'{P0}Udin, ai 28 di jugn dal 2024</p>', f'{P0}Lorenzo Cjargnel</p>']

head = """<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<html>
<head>
	<meta http-equiv="content-type" content="text/html; charset=utf-8"/>
	<title>Relazion finâl FurlanLM</title>
	<meta name="generator" content="LibreOffice 7.6.4.1 (Linux)"/>
	<meta name="author" content="Lorenzo Cjargnel"/>
	<meta name="created" content="2024-05-06T09:12:44.118000000"/>
	<meta name="changedby" content="Lorenzo Cjargnel"/>
	<meta name="changed" content="2024-06-28T17:40:02.556000000"/>
	<style type="text/css">
		@page { size: 21cm 29.7cm; margin: 2cm }
		p { line-height: 115%; margin-bottom: 0.25cm; background: transparent }
		h1 { margin-bottom: 0.21cm; background: transparent; page-break-after: avoid }
		h1.western { font-family: "Liberation Serif", serif; font-size: 24pt; font-weight: bold }
		h1.cjk { font-family: "Noto Serif CJK SC"; font-size: 24pt; font-weight: bold }
		h1.ctl { font-family: "Noto Sans Devanagari"; font-size: 24pt; font-weight: bold }
		h2 { margin-top: 0.35cm; margin-bottom: 0.21cm; background: transparent; page-break-after: avoid }
		h2.western { font-family: "Liberation Serif", serif; font-size: 18pt; font-weight: bold }
		h2.cjk { font-family: "Noto Serif CJK SC"; font-size: 18pt; font-weight: bold }
		h2.ctl { font-family: "Noto Sans Devanagari"; font-size: 18pt; font-weight: bold }
		td p { orphans: 0; widows: 0; background: transparent }
		a:link { color: #000080; so-language: zxx; text-decoration: underline }
		a:visited { color: #800000; so-language: zxx; text-decoration: underline }
	</style>
</head>
<body lang="fur-IT" link="#000080" vlink="#800000" dir="ltr">"""
doc = head + "\n" + "\n".join(body) + "\n</body>\n</html>\n"
write_only("331_grant_final_report_libreoffice_html_friulian_language_model_project.html", doc, KEYS,
           forms=[html.unescape(doc)])
