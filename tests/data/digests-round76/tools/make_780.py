#!/usr/bin/env python3
"""780: an Italian course handout written in AsciiDoc and converted by Asciidoctor 2.0 to HTML5 (`asciidoctor -a toc=left
-a sectnums dispensa.adoc`): the generator meta, the default stylesheet's banner comment, `body.article.toc2.toc-left`,
`#header` with author / e-mail / revnumber / revdate, `#toc.toc2` (`sectlevel1` / `sectlevel2`), `div.sect1` / `sect2`
with `sectionbody` and `div.paragraph`, typographic replacements (`&#8217;` for apostrophes, `&#8201;&#8212;&#8201;`
for ` -- `, `&#8230;&#8203;`), bare URLs as `<a … class="bare">`, footnotes (`_footnoteref_N` / `#footnotes`), an
admonition table, a listing block, and a `[bibliography]` list (`ul.bibliography`, `<a id="key"></a>[n]`, cross
references `<a href="#key">[n]</a>`) written in the Elsevier numbered style (elsarticle-num: initials, all authors,
numbered in order of first citation). Sequence-model classics."""
import html, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import by_num, keys, LSTM, BACKPROP, CTC, LECUN

F = by_num(780)
e = lambda s: html.escape(s, quote=False)


def typo(s):
    s = re.sub(r"(?<=\w)'(?=\w)", "&#8217;", s)
    return s.replace(" -- ", "&#8201;&#8212;&#8201;").replace("...", "&#8230;&#8203;")


def ini(n):
    p = n.split()
    return "".join(x[0] + "." if not x.endswith(".") else x for x in p[:-1]) + " " + p[-1]


def names(k):
    return ", ".join(ini(a) for a in authors(k))


bare = lambda u: f'<a href="{u}" class="bare">{u}</a>'
REFS = [  # key, catalogue key or None, entry text (Elsevier numbered)
 ("rumelhart1986", BACKPROP, lambda: f"{names(BACKPROP)}, {e(T(BACKPROP))}, Nature 323 (1986) 533&#8211;536."),
 ("hochreiter1997", LSTM, lambda: f"{names(LSTM)}, {e(T(LSTM))}, Neural Comput. 9 (1997) 1735&#8211;1780."),
 ("lecun1998", LECUN, lambda: f"{names(LECUN)}, {e(T(LECUN))}, Proc. IEEE 86 (1998) 2278&#8211;2324."),
 ("graves2006", CTC, lambda: f"{names(CTC)}, {e(T(CTC))}, in: Proceedings of the 23rd International Conference on Machine Learning, ACM, 2006, pp. 369&#8211;376."),
 ("pytorch", None, lambda: f"PyTorch Contributors, torch.nn &#8211; documentazione della libreria PyTorch 2.2 (software), 2024. URL: {bare('https://pytorch.org/docs/2.2/nn.html')}."),
 ("hsu2021", "2106.07447", lambda: f"{names('2106.07447')}, {e(T('2106.07447'))}, IEEE/ACM Trans. Audio Speech Lang. Process. 29 (2021) 3451&#8211;3460. URL: {bare('https://arxiv.org/abs/2106.07447')}."),
 ("bahdanau2014", "1409.0473", lambda: f"{names('1409.0473')}, {e(T('1409.0473'))}, in: International Conference on Learning Representations, 2015. arXiv:1409.0473."),
 ("graves2014", "1410.5401", lambda: f"{names('1410.5401')}, {e(T('1410.5401'))}, preprint (2014). URL: {bare('https://arxiv.org/abs/1410.5401')}."),
 ("vaswani2017", "1706.03762", lambda: f"{names('1706.03762')}, {e(T('1706.03762'))}, in: Advances in Neural Information Processing Systems 30, 2017, pp. 5998&#8211;6008. URL: {bare('https://arxiv.org/abs/1706.03762')}."),
 ("jurafsky2024", None, lambda: f"D. Jurafsky, J.H. Martin, Speech and Language Processing, 3rd ed. draft, 2024 (libro). URL: {bare('https://web.stanford.edu/~jurafsky/slp3/')}."),
]
NUM = {k: i + 1 for i, (k, _, _) in enumerate(REFS)}
c = lambda *ks: ", ".join(f'<a href="#{k}">[{NUM[k]}]</a>' for k in ks)
FN = []


def fn(t):
    FN.append(t); n = len(FN)
    return f'<sup class="footnote">[<a id="_footnoteref_{n}" class="footnote" href="#_footnotedef_{n}" title="View footnote.">{n}</a>]</sup>'


def para(t):
    return f'<div class="paragraph">\n<p>{t}</p>\n</div>'


SECTS = [
 ("_le_origini", "1. Le origini", [
   para(typo("La regola di aggiornamento che usiamo in tutto il corso -- la retropropagazione dell'errore -- è descritta nel lavoro classico di Rumelhart, Hinton e Williams ")
        + c("rumelhart1986") + typo(". Applicata a una rete ricorrente srotolata nel tempo diventa la BPTT, con il problema dei gradienti che svaniscono.")),
   para(typo("La cella LSTM ") + c("hochreiter1997") + typo(" introduce porte moltiplicative che proteggono lo stato interno; per un'introduzione visiva si veda il post di Christopher Olah")
        + fn(typo("C. Olah, &#8220;Understanding LSTM Networks&#8221;, blog personale, 2015: ") + bare("https://colah.github.io/posts/2015-08-Understanding-LSTMs/") + typo(" -- è un articolo divulgativo, non una pubblicazione."))
        + typo(". Nello stesso periodo le reti convoluzionali addestrate end-to-end vengono applicate ai documenti ") + c("lecun1998") + "."),
 ]),
 ("_allineamento_e_parlato", "2. Allineamento e parlato", [
   para(typo("Nel riconoscimento del parlato le etichette non sono allineate ai frame: la CTC ") + c("graves2006")
        + typo(" somma su tutti gli allineamenti possibili. In laboratorio useremo l'implementazione di PyTorch ") + c("pytorch") + "."),
   para(typo("Con l'apprendimento auto-supervisionato i bersagli diventano unità nascoste ottenute per clustering ") + c("hsu2021")
        + typo(". I dati del laboratorio sono un sottoinsieme di LibriSpeech (corpus, non articolo)...")),
   '<div class="listingblock">\n<div class="content">\n<pre class="highlight"><code class="language-python" data-lang="python">loss = torch.nn.CTCLoss(blank=0)(log_probs, targets, in_lens, tgt_lens)</code></pre>\n</div>\n</div>',
 ]),
 ("_attenzione_e_memoria", "3. Attenzione e memoria", [
   para(typo("L'attenzione nasce come allineamento morbido nella traduzione automatica ") + c("bahdanau2014")
        + typo("; le macchine di Turing neurali ") + c("graves2014") + typo(" la usano per leggere e scrivere su una memoria esterna, e il Transformer ")
        + c("vaswani2017") + typo(" elimina la ricorrenza. Per il ripasso si consiglia il capitolo 9 del manuale ") + c("jurafsky2024") + "."),
   '<div class="admonitionblock note">\n<table>\n<tr>\n<td class="icon">\n<div class="title">Nota</div>\n</td>\n<td class="content">\n'
   + typo("Le slide delle lezioni e le registrazioni sono sul Moodle del corso; non vanno citate come fonti.") + '\n</td>\n</tr>\n</table>\n</div>',
 ]),
]
toc = "\n".join(f'<li><a href="#{i}">{t}</a></li>' for i, t, _ in SECTS) + '\n<li><a href="#_bibliografia">Bibliografia</a></li>'
secs = "\n".join(f'<div class="sect1">\n<h2 id="{i}">{t}</h2>\n<div class="sectionbody">\n' + "\n".join(b) + "\n</div>\n</div>" for i, t, b in SECTS)
bib = "\n".join(f'<li>\n<p><a id="{k}"></a>[{NUM[k]}] {f()}</p>\n</li>' for k, _, f in REFS)
fns = "\n".join(f'<div class="footnote" id="_footnotedef_{i}">\n<a href="#_footnoteref_{i}">{i}</a>. {t}\n</div>' for i, t in enumerate(FN, 1))
TITLE = "Modelli di sequenza: dalle reti ricorrenti all&#8217;attenzione"
text = f"""<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="Asciidoctor 2.0.20">
<meta name="author" content="Marta Galli">
<title>{TITLE}</title>
<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Open+Sans:300,300italic,400,400italic,600,600italic%7CNoto+Serif:400,400italic,700,700italic%7CDroid+Sans+Mono:400,700">
<style>
/*! Asciidoctor default stylesheet | MIT License | https://asciidoctor.org */
/* Uncomment the following line when using as a custom stylesheet */
/* @import "https://fonts.googleapis.com/css?family=Open+Sans:300,300italic,400,400italic,600,600italic%7CNoto+Serif:400,400italic,700,700italic%7CDroid+Sans+Mono:400,700"; */
html{{font-family:sans-serif;-webkit-text-size-adjust:100%}}
a{{background:none}}
a:focus{{outline:thin dotted}}
a:active,a:hover{{outline:0}}
h1{{font-size:2em;margin:.67em 0}}
body{{background:#fff;color:rgba(0,0,0,.8);padding:0;margin:0;font-family:"Noto Serif","DejaVu Serif",serif;line-height:1;position:relative;cursor:auto;-moz-tab-size:4;-o-tab-size:4;tab-size:4;word-wrap:anywhere;-moz-osx-font-smoothing:grayscale;-webkit-font-smoothing:antialiased}}
#toc.toc2{{margin-top:0!important;background:#f8f8f7;position:fixed;width:15em;left:0;top:0;border-right:1px solid #e7e7e9;border-top-width:0!important;border-bottom-width:0!important;z-index:1000;padding:1.25em 1em;height:100%;overflow:auto}}
.ulist.bibliography,.olist.bibliography{{margin:0 0 1em 1.25em;list-style-type:none}}
.ulist.bibliography ul,.olist.bibliography ol{{margin-left:0}}
#footnotes .footnote{{padding:0 .375em 0 .225em;line-height:1.3334;font-size:.875em;margin-left:1.2em;margin-bottom:.2em}}
@media print{{@page{{margin:1.25cm .75cm}}*{{box-shadow:none!important;text-shadow:none!important}}}}
</style>
</head>
<body class="article toc2 toc-left">
<div id="header">
<h1>{TITLE}</h1>
<div class="details">
<span id="author" class="author">Marta Galli</span><br>
<span id="email" class="email"><a href="mailto:marta.galli@di.example.it">marta.galli@di.example.it</a></span><br>
<span id="revnumber">versione 1.2,</span>
<span id="revdate">2024-03-04</span>
</div>
<div id="toc" class="toc2">
<div id="toctitle">Indice</div>
<ul class="sectlevel1">
{toc}
</ul>
</div>
</div>
<div id="content">
<div id="preamble">
<div class="sectionbody">
{para(typo("Dispensa per il corso di Apprendimento Automatico per il Linguaggio (laurea magistrale), a.a. 2023/24. Le citazioni seguono lo stile numerico Elsevier, in ordine di prima citazione."))}
</div>
</div>
{secs}
<div class="sect1">
<h2 id="_bibliografia">Bibliografia</h2>
<div class="sectionbody">
<div class="ulist bibliography">
<ul class="bibliography">
{bib}
</ul>
</div>
</div>
</div>
</div>
<div id="footnotes">
<hr>
{fns}
</div>
<div id="footer">
<div id="footer-text">
Versione 1.2<br>
Ultimo aggiornamento 2024-03-04 18:02:11 +0100
</div>
</div>
</body>
</html>
"""
write_only(F, text, keys(F), forms=[html.unescape(text)])
