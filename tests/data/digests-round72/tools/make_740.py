#!/usr/bin/env python3
"""740: one chapter of an Italian thesis turned into an EPUB 3 with Sigil (OEBPS/Text/Section0003.xhtml): XML
declaration, HTML5 doctype, xmlns:epub, `lang` / `xml:lang`, paragraphs with `class` names from the Word import,
footnote references `<a epub:type="noteref" role="doc-noteref">` and footnotes `<aside epub:type="footnote"
role="doc-footnote">`, and a bibliography section, all in MHRA style (4th ed.): full note at first citation, short
form after, `‘single quotes’`, 'and others' (Italian 'e altri') beyond three authors, URLs in angle brackets
written `&lt;…&gt;` with `[consultato il …]`, bibliography sorted by the first author's surname, first name
inverted."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from common import A
from make_expected import by_num, keys
from html import escape

F = by_num(740)
k = keys(F)


def names(key, invert=False):
    a = CAT[key]["authors"]
    first = a[0]
    if invert:
        p = first.split(); first = p[-1] + ", " + " ".join(p[:-1])
    if len(a) > 3: return f"{first} e altri"
    if len(a) == 1: return first
    return ", ".join([first] + a[1:-1]) + " e " + a[-1]


# how each paper is cited: (container text, url or None, page)
SRC = {
 "1409.0473": ("<i>arXiv</i>, 2014", A("1409.0473")),
 "1908.10084": ("in <i>Proceedings of the 2019 Conference on Empirical Methods in Natural Language Processing</i> (Hong Kong: Association for Computational Linguistics, 2019), pp. 3982–92", None),
 "2004.10102": ("in <i>Proceedings of the 2020 Conference on Empirical Methods in Natural Language Processing</i> (Online: Association for Computational Linguistics, 2020), pp. 7057–75", A("2004.10102")),
 "1910.13461": ("in <i>Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics</i> (Online: Association for Computational Linguistics, 2020), pp. 7871–80 (arXiv:1910.13461)", None),
 "1802.05365": ("in <i>Proceedings of the 2018 Conference of the North American Chapter of the Association for Computational Linguistics</i> (New Orleans: Association for Computational Linguistics, 2018), pp. 2227–37", None),
 "2307.03172": ("<i>Transactions of the Association for Computational Linguistics</i>, 12 (2024), 157–73", A("2307.03172")),
 "2009.03300": ("in <i>International Conference on Learning Representations</i> (2021)", None),
 "2306.11644": ("<i>Technical report</i> (Microsoft Research, 2023)", None),
}
ACC = "[consultato il 14 febbraio 2024]"


def full(key):
    c, url = SRC[key]
    s = f"{escape(names(key))}, ‘{escape(T(key))}’, {c}"
    if url: s += f" &lt;{url}&gt; {ACC}"
    return s + "."


def bib(key):
    c, url = SRC[key]
    s = f"{escape(names(key, True))}, ‘{escape(T(key))}’, {c}"
    if url: s += f" &lt;{url}&gt; {ACC}"
    return s + "."


def short(key, page):
    a = CAT[key]["authors"]
    sn = [x.split()[-1] for x in a]
    who = sn[0] + " e altri" if len(a) > 3 else (" e ".join(sn) if len(a) <= 2 else f"{sn[0]}, {sn[1]} e {sn[2]}")
    return f"{who}, p. {page}."


notes = []


def fn(txt):
    notes.append(txt)
    n = len(notes)
    return f'<a epub:type="noteref" role="doc-noteref" id="fnref{n}" href="#fn{n}"><sup>{n}</sup></a>'


body = []
P = lambda s, cls="Testo": body.append(f'  <p class="{cls}">{s}</p>')
body.append('  <h1 class="Titolo1" id="sigil_toc_id_3">2. Dall’attenzione alla valutazione dei grandi modelli linguistici</h1>')
P("Questo capitolo ricostruisce, senza pretese di completezza, il percorso che dalle prime reti neurali per la "
  "traduzione automatica conduce agli odierni modelli linguistici di grandi dimensioni. L’attenzione del lettore "
  "umanista andrà soprattutto alle domande di metodo: che cosa misuriamo quando diciamo che un modello ‘capisce’ un testo?",
  "Testo_primo")
body.append('  <h2 class="Titolo2" id="sigil_toc_id_4">2.1 Il meccanismo di attenzione</h2>')
P(f"Il punto di partenza è generalmente individuato nel lavoro di Bahdanau, Cho e Bengio sulla traduzione neurale, "
  f"in cui il decodificatore impara a ‘guardare’ le parti rilevanti della frase sorgente.{fn(full('1409.0473'))} "
  f"L’idea, nata come rimedio al collo di bottiglia del vettore di contesto fisso, diventerà il cuore dell’architettura Transformer.")
P(f"Non è detto, tuttavia, che i pesi di attenzione siano di per sé una spiegazione. Kobayashi e colleghi mostrano "
  f"che occorre considerare anche la norma dei vettori trasformati.{fn(full('2004.10102'))} Si tratta di una "
  f"cautela preziosa per chi, come noi, intende usare questi modelli come strumenti di analisi testuale.")
body.append('  <h2 class="Titolo2" id="sigil_toc_id_5">2.2 Rappresentazioni contestuali e pre-addestramento</h2>')
P(f"Con le rappresentazioni contestuali di Peters e altri la parola cessa di avere un solo vettore: "
  f"il significato dipende dalla frase.{fn(full('1802.05365'))} Per i confronti tra frasi, "
  f"utili nella ricerca di passi paralleli, ci siamo affidati alle reti siamesi di Reimers e Gurevych.{fn(full('1908.10084'))}")
P(f"Per la generazione e il riassunto abbiamo invece sperimentato un modello sequenza-a-sequenza con "
  f"pre-addestramento a rumore.{fn(full('1910.13461'))} Le sue prestazioni sul nostro corpus di lettere "
  f"ottocentesche sono discusse nel capitolo 4.{fn(short('1910.13461', 7875) + ' Sul corpus si veda anche il sito del progetto, che non è una pubblicazione.')}")
body.append('  <h2 class="Titolo2" id="sigil_toc_id_6">2.3 Valutare i grandi modelli</h2>')
P(f"Con la crescita dei modelli cambia anche la valutazione. Il banco di prova più citato copre 57 materie, "
  f"dalla storia alla medicina.{fn(full('2009.03300'))} Resta aperto il problema dei contesti lunghi: "
  f"le informazioni collocate a metà di un documento vengono recuperate peggio di quelle all’inizio o alla fine.{fn(full('2307.03172'))}")
P(f"Infine, un filone recente sostiene che dati di addestramento di qualità ‘scolastica’ consentono modelli "
  f"piccoli ma competenti nella programmazione.{fn(full('2306.11644'))} La tesi è suggestiva per chi lavora con "
  f"corpora ridotti, ma va verificata.{fn(short('2306.11644', 3) + ' Cfr. anche ' + short('2307.03172', 160))}")
P("Le classifiche pubblicate online (per esempio la Open LLM Leaderboard) e i repository di codice citati nel "
  "testo non sono inclusi nella bibliografia, che raccoglie solo pubblicazioni.", "Testo_nota")

sect_notes = "\n".join(
    f'  <aside epub:type="footnote" role="doc-footnote" id="fn{i}">\n    <p class="Nota"><a href="#fnref{i}">{i}</a> {t}</p>\n  </aside>'
    for i, t in enumerate(notes, 1))
order = sorted(k, key=lambda x: CAT[x]["authors"][0].split()[-1].lower())
bibl = "\n".join(f'      <li class="Bibliografia">{bib(x)}</li>' for x in order)

text = f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>

<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="it" xml:lang="it">
<head>
  <title>Capitolo 2</title>
  <link href="../Styles/stylesheet.css" type="text/css" rel="stylesheet"/>
</head>

<body epub:type="bodymatter">
<section epub:type="chapter" role="doc-chapter" aria-labelledby="sigil_toc_id_3">
{chr(10).join(body)}

  <hr class="sigilFootnoteSeparator"/>
{sect_notes}
</section>

<section epub:type="bibliography" role="doc-bibliography" aria-labelledby="sigil_toc_id_7">
  <h2 class="Titolo2" id="sigil_toc_id_7">Bibliografia del capitolo 2</h2>
  <ul class="bibliografia">
{bibl}
  </ul>
  <p class="Testo_nota">Tutti gli indirizzi web sono stati verificati il 14 febbraio 2024. Stile citazionale: MHRA, 4ª edizione.</p>
</section>
</body>
</html>
"""
import re
from html import unescape
write_only(F, text, k, forms=[unescape(re.sub(r"<[^>]+>", "", text))])
