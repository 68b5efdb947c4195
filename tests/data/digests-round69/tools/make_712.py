#!/usr/bin/env python3
"""712: the Windows clipboard "HTML Format" (CF_HTML) as Chrome puts it there, saved raw by a clipboard manager:
header lines Version:0.9, StartHTML / EndHTML / StartFragment / EndFragment (10-digit byte offsets into the UTF-8
data) and SourceURL, CRLF, then `<html>` / `<body>` / `<!--StartFragment-->` … `<!--EndFragment-->` / `</body>` /
`</html>` with no final newline; the fragment is the copied part of an Italian blog post on diffusion models with
Chrome's inline computed styles."""
import html, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_raw
from make_expected import F712, keys

P = 'style="color: rgb(34, 34, 34); font-family: Merriweather, Georgia, serif; font-size: 18px; font-style: normal; font-variant-ligatures: normal; font-weight: 400; letter-spacing: normal; orphans: 2; text-align: start; text-indent: 0px; text-transform: none; widows: 2; word-spacing: 0px; -webkit-text-stroke-width: 0px; white-space: normal; background-color: rgb(255, 255, 255); text-decoration-thickness: initial; text-decoration-style: initial; text-decoration-color: initial; line-height: 1.7; margin: 0px 0px 1.2em;"'
H = 'style="color: rgb(17, 17, 17); font-family: Montserrat, Helvetica, Arial, sans-serif; font-size: 26px; font-weight: 700; line-height: 1.3; margin: 1.6em 0px 0.6em;"'
A = 'style="color: rgb(196, 61, 35); text-decoration: underline;"'
LI = 'style="margin-bottom: 0.5em;"'
UL = 'style="color: rgb(34, 34, 34); font-family: Merriweather, Georgia, serif; font-size: 18px; line-height: 1.7; padding-left: 1.4em;"'


def e(s):
    return html.escape(s, quote=False)


def au(k, n=2):
    a = authors(k)
    return ", ".join(a[:n]) + (" et al." if len(a) > n else "")


def a(url, text):
    return f'<a href="{url}" {A}>{text}</a>'


frag = f"""<h2 {H}>Dalla termodinamica alla guida senza classificatore: cinque anni di modelli di diffusione</h2><p {P}><em>Pubblicato il 4 marzo 2024 da Chiara Lombardi · 14 minuti di lettura · Categoria: Generativa</em></p><p {P}>Chi ha seguito il nostro gruppo di lettura dell'autunno sa che siamo partiti da lontano. L'idea di distruggere lentamente i dati con del rumore e imparare a invertire il processo è molto più vecchia della moda attuale: il punto di partenza è <em>{e(T('1503.03585'))}</em> ({e(au('1503.03585'))}, 2015), un articolo che all'epoca lessero in pochi. Il PDF lo trovate nella cartella condivisa del gruppo, insieme alle slide di Davide.</p><p {P}>Poi c'è il filone “score-based”: stimare il gradiente del logaritmo della densità e campionare con la dinamica di Langevin. Il testo di riferimento è <em>{e(T('1907.05600'))}</em> di {e(au('1907.05600'))}, seguito dall'unificazione con le equazioni differenziali stocastiche in <em>{e(T('2011.13456'))}</em> ({e(au('2011.13456'))}). Per questi due non metto link: ne abbiamo parlato a lungo a novembre e le versioni che circolano differiscono parecchio nelle appendici, quindi usate quelle stampate in sala.</p><h2 {H}>Campionare più in fretta</h2><p {P}>Il primo vero problema pratico era la lentezza: mille passi per un'immagine. La soluzione più citata rende il processo non markoviano e permette di saltare passi: {a("https://openreview.net/forum?id=St1giarCHLP", e(T('2010.02502')))} ({e(au('2010.02502'))}, ICLR 2021). Sul forum di OpenReview vale la pena leggere anche la discussione con i revisori sul parametro η.</p><h2 {H}>Qualità e controllo</h2><ul {UL}><li {LI}>{a("https://arxiv.org/abs/2105.05233", e(T('2105.05233')))} — {e(au('2105.05233'))}. Architettura U-Net rivista e guida con un classificatore addestrato sulle immagini rumorose.</li><li {LI}>{a("https://arxiv.org/abs/2207.12598", e(T('2207.12598')))} — {e(au('2207.12598'))}. Niente classificatore esterno: si addestra lo stesso modello con e senza condizionamento e si combinano le due previsioni. È il trucco che usano praticamente tutti i sistemi testo-immagine di oggi.</li><li {LI}><em>{e(T('2204.06125'))}</em> — {e(au('2204.06125'))}; arXiv:2204.06125. Un “prior” che traduce l'embedding del testo in un embedding d'immagine, poi un decoder a diffusione.</li><li {LI}>{a("https://arxiv.org/pdf/2307.01952", e(T('2307.01952')))} — {e(au('2307.01952'))}. Modello aperto, U-Net tre volte più grande, condizionamento sulla dimensione e sul ritaglio delle immagini di addestramento.</li></ul><h2 {H}>Cosa non è un articolo (ma vi servirà)</h2><p {P}>Molti ci hanno chiesto materiale “pratico”. Ecco cosa usiamo, con la premessa che nessuno di questi è un articolo scientifico: la libreria {a("https://github.com/huggingface/diffusers", "diffusers")} per gli esperimenti, l'interfaccia ComfyUI per le demo, il post di Lilian Weng sui modelli di diffusione (ottimo riassunto matematico), il corso gratuito di Hugging Face sui modelli di diffusione e il tutorial CVPR 2022 sui modelli di diffusione (video e slide). Per i dati: LAION-Aesthetics e COCO Captions, con tutte le cautele sulle licenze che abbiamo discusso.</p><p {P}>Nel prossimo post: come abbiamo addestrato un piccolo modello su 40.000 foto di erbari digitalizzati con due GPU da 24 GB, e perché la guida senza classificatore con scala 7,5 ci dava foglie “troppo verdi”.</p><p {P}><strong>Prossimo incontro del gruppo di lettura:</strong> giovedì 14 marzo, ore 18:00, aula 2 del Dipartimento (e su Jitsi). Porta il portatile.</p>"""
SRC = "https://blog.laboratorio-pixel.example.it/2024/03/04/dalla-termodinamica-alla-guida-senza-classificatore/"
before = "<html>\r\n<body>\r\n<!--StartFragment-->"
after = "<!--EndFragment-->\r\n</body>\r\n</html>"
fb = frag.encode("utf-8")


def header(sh, eh, sf, ef):
    return (f"Version:0.9\r\nStartHTML:{sh:010d}\r\nEndHTML:{eh:010d}\r\nStartFragment:{sf:010d}\r\n"
            f"EndFragment:{ef:010d}\r\nSourceURL:{SRC}\r\n")


hl = len(header(0, 0, 0, 0).encode())
sh = hl
sf = sh + len(before.encode())
ef = sf + len(fb)
eh = ef + len(after.encode())
data = header(sh, eh, sf, ef).encode() + before.encode() + fb + after.encode()
txt = data.decode("utf-8")
plain = html.unescape(re.sub(r"<[^>]+>", " ", txt))
write_raw(F712, data, [txt, plain], keys(F712))
