#!/usr/bin/env python3
"""250: an Etherpad pad exported as HTML (Import/Export > HTML), Slovenian reading-group minutes on long contexts and
memory. Etherpad's exporter: fixed head (generator/author/changedby metas, its list stylesheet), the pad's lines in
one body line joined by <br>, bullet lists as <ul class="bullet">, numbered lists as <ol start=".." class="number">,
<strong>/<em>/<u>, auto-linked URLs as <a href=URL rel="noreferrer noopener">URL</a>, & < > " ' escaped."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, title as T, check_no_distractor

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "digests",
                   "250_etherpad_html_export_slovenian_long_context_reading_group_pad.html")
PAD = "bralna-skupina-spomin-2024"
HEAD = f"""<!doctype html>
<html lang="en">
<head>
<title>{PAD}</title>
<meta name="generator" content="Etherpad">
<meta name="author" content="Etherpad">
<meta name="changedby" content="Etherpad">
<meta charset="utf-8">
<style>
* {{
  font-family: arial, sans-serif;
  font-size: 13px;
  line-height: 17px;
}}
ul.indent {{
  list-style-type: none;
}}

ol {{
  list-style-type: none;
  padding-left: 0;
}}

body > ol {{
  counter-reset: first second third fourth fifth sixth seventh eigth ninth tenth eleventh twelth thirteenth fourteenth fifteenth sixteenth;
}}

ol > li:before {{
  content: counter(first) ". ";
  counter-increment: first;
}}

ol > ol > li:before {{
  content: counter(first) "." counter(second) ". ";
  counter-increment: second;
}}
</style>
</head>
<body>
"""
TAIL = "\n</body>\n</html>\n"


def e(s):
    return html.escape(s, quote=True).replace("&#x27;", "&#x27;")


def a(url):
    return f'<a href="{e(url)}" rel="noreferrer noopener">{e(url)}</a>'


def t(s):
    return e(s)


lines = []
L = lines.append
L("<strong>" + t("Bralna skupina: dolgi konteksti in spomin v transformerjih") + "</strong>")
L(t("FRI, predavalnica PR07 in Jitsi: ") + a("https://meet.jit.si/fri-bralna-skupina-spomin"))
L(t("Zapisnik piše, kdor je na vrsti (glej spodaj). Prosim, ne brišite starih zapisnikov!"))
L("")
L("<strong>" + t("Srečanje 6 — četrtek, 7. marec 2024") + "</strong>")
L(t("Prisotni: Tjaša, Luka, Nejc, Ana, Žiga (na daljavo), prof. Kovač"))
L(t("Zapisnik: Nejc"))
bul1 = [
    t("Tjaša je predstavila ") + "<em>" + t(T("2004.05150")) + "</em>" + t(" — drseče okno + globalni žetoni, ") + a("https://arxiv.org/abs/2004.05150"),
    t("primerjava z linearno pozornostjo: ") + t(T("2006.16236")) + t(" (arXiv:2006.16236) — ključno: jedro φ(x)=elu(x)+1, avtoregresija kot RNN"),
    t("Luka: \"Synthesizer\" pokaže, da dot-product sploh ni nujen — ") + t(T("2005.00743")),
    t("Žiga bi naslednjič rad HiPPO: ") + "<u>" + t(T("2008.07669")) + "</u>",
]
L('<ul class="bullet">' + "".join(f"<li>{x}</li>" for x in bul1) + "</ul>")
L(t("Odprta vprašanja:"))
L('<ol start="1" class="number">' + "".join(f"<li>{x}</li>" for x in [
    t("Ali je Longformer še smiseln, ko imamo FlashAttention? (Ana: za 16k ja)"),
    t("Kako se RetNet primerja s S4/Mamba na dolgih kontekstih?"),
]) + "</ol>")
L("")
L("<strong>" + t("Srečanje 7 — četrtek, 14. marec 2024") + "</strong>")
L(t("Tema: eksplicitni spomin"))
L(t("Glavni članek (Nejc): ") + t(T("2002.09402")) + " " + a("https://openreview.net/forum?id=" + CAT["2002.09402"]["openreview_id"]))
L(t("Ozadje:"))
L('<ul class="bullet">' + "".join(f"<li>{x}</li>" for x in [
    t(T("2010.06891")) + t(" — ") + a("https://openreview.net/forum?id=" + CAT["2010.06891"]["openreview_id"]) + t(" (zavrnjen na ICLR, a ideja je lepa)"),
    t("\u201e" + T("2105.06548") + "\u201c (Expire-Span, ICML 2021) — pozabljanje kot naučena funkcija"),
    t("koda: ") + a("https://github.com/facebookresearch/transformer-sequential"),
]) + "</ul>")
L(t("Zapisnik: Ana"))
L("")
L("<strong>" + t("Srečanje 8 — četrtek, 21. marec 2024") + "</strong>")
L(t("Tema: RetNet in \u201ekompresija\u201c zaporedij"))
L('<ul class="bullet">' + "".join(f"<li>{x}</li>" for x in [
    t(T("2307.08621")) + " " + a("https://arxiv.org/pdf/2307.08621.pdf") + t(" — Luka"),
    t(T("2006.03236") + " — arXiv 2006.03236, pooling po dolžini zaporedja"),
    t("Lite Transformer (ICLR 2020): ") + t(T("2004.11886")),
]) + "</ul>")
L(t("Za tiste, ki jih zanima interpretacija: ") + "<em>" + t(T("2004.10102")) + "</em>" + t(" (Kobayashi et al., EMNLP 2020)"))
L(t("Nejc omeni še ELECTRA-podoben energijski model: ") + t(T("2012.08561")) + t(" — ni čisto na temo, a kratek"))
L("")
L("<strong>" + t("Predlogi za naprej (dopišite)") + "</strong>")
L('<ul class="bullet">' + "".join(f"<li>{x}</li>" for x in [
    t("knjiga: Jurafsky & Martin, Speech and Language Processing, 3. izd., 10. poglavje"),
    t("predavanje Stanford CS25 o dolgih kontekstih (YouTube)"),
    t("knjižnica xformers: ") + a("https://github.com/facebookresearch/xformers"),
]) + "</ul>")
L("")
body = "<br>".join(lines)
text = HEAD + body + TAIL
check_no_distractor(text, "250")
open(OUT, "w", encoding="utf-8", newline="\n").write(text)
