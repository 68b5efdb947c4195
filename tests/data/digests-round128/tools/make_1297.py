#!/usr/bin/env python3
"""1297: an Esse3 (Cineca) course page with its syllabus texts, saved from Chrome as "Webpage, Complete" (an Italian
university's deep-learning foundations course): the DOCTYPE, Chrome's mark-of-the-web comment `<!-- saved from
url=(NNNN)… -->` with the URL's length in four digits, the `<meta http-equiv="Content-Type">` Chrome puts first in
<head>, local resources rewritten to `./<title with | as _>_files/…`; the info list (anno offerta, CFU, ore, periodo,
settore), the teachers' table, and the syllabus sections in Esse3's order, their texts with <br> line breaks (links
not clickable, as Esse3 prints them). Papers: arXiv abs / pdf URLs in Testi di riferimento, an `arXiv:` id in the
Programma esteso, titles alone (three classics not on arXiv, a Nature paper read in a seminar); books, a free online
textbook, Moodle, Colab, PyTorch's docs, MNIST and a recorded lecture are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1297, keys, BACKPROP, LSTM, LENET, ALPHAFOLD

HOST = "https://univaldarno.esse3.example.it"
URL = HOST + "/Guide/PaginaADErogata.do?ad_er_id=2023*N0*N0*S2*41872*20431&ANNO_ACCADEMICO=2023&mostra_percorsi=S"
TITLE = "Esse3 | Università degli Studi di Valdarno"
FILES = "./" + TITLE.replace("|", "_") + "_files/"
H = HOST.replace("&", "&amp;")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def br(lines):
    return "<br>\n".join(esc(l) for l in lines)


LEZ = [  # (hours, text)
 (4, "Introduzione al corso; richiami di algebra lineare, probabilità e ottimizzazione."),
 (4, "Percettrone, reti feed-forward, funzioni di attivazione, discesa del gradiente stocastica."),
 (4, "Retropropagazione dell'errore e grafi computazionali (lettura: Rumelhart, Hinton, Williams, 1986). Laboratorio: autograd in PyTorch su Google Colab."),
 (4, "Regolarizzazione: weight decay, dropout, early stopping, normalizzazione dei batch; inizializzazione dei pesi."),
 (4, "Reti convoluzionali: convoluzione, pooling, LeNet-5 e il dataset MNIST (lettura: LeCun et al., 1998)."),
 (4, "Reti ricorrenti, backpropagation through time (BPTT), gradienti che svaniscono; celle LSTM e GRU."),
 (4, "Modelli sequence-to-sequence per la traduzione automatica; il meccanismo di attenzione di Bahdanau."),
 (4, f"Reti con memoria esterna: \"{T('1410.5401')}\" (Graves, Wayne, Danihelka; arXiv:1410.5401). Argomento facoltativo per l'esame."),
 (4, "Il Transformer: self-attention, codifica posizionale, pre-addestramento (cenni)."),
 (4, "Modelli generativi: autoencoder, autoencoder variazionali, GAN; metriche di valutazione (FID)."),
 (4, f"Seminario (Dott.ssa Elisa Marchetti, Istituto di Biofisica di Valdarno): apprendimento profondo per le scienze della vita. Lettura consigliata: Jumper et al., \"{ALPHAFOLD}\", Nature 596, 2021."),
 (4, "Laboratorio finale e presentazione dei progetti; simulazione della prova scritta."),
]
ORE = sum(h for h, _ in LEZ)
CFU = ORE // 8

SYL = [
 ("Lingua insegnamento", ["Italiano. Il materiale di approfondimento (articoli e documentazione) è in lingua inglese."]),
 ("Contenuti", ["Il corso presenta i fondamenti delle reti neurali profonde: apprendimento con discesa del gradiente e retropropagazione dell'errore, reti convoluzionali, reti ricorrenti e LSTM, modelli sequence-to-sequence con attenzione, reti con memoria esterna, modelli generativi. Ogni argomento è accompagnato da un'esercitazione in Python/PyTorch."]),
 ("Testi di riferimento", [
   "Testo principale: I. Goodfellow, Y. Bengio, A. Courville, Deep Learning, MIT Press, 2016 (versione online: https://www.deeplearningbook.org).",
   "Testo complementare: A. Zhang, Z. C. Lipton, M. Li, A. J. Smola, Dive into Deep Learning, Cambridge University Press, 2023 (https://d2l.ai).",
   "",
   "Articoli discussi a lezione (i PDF sono anche nella pagina Moodle del corso):",
   f"- D. E. Rumelhart, G. E. Hinton, R. J. Williams, \"{BACKPROP}\", Nature 323, 1986.",
   f"- Y. LeCun, L. Bottou, Y. Bengio, P. Haffner, \"{LENET}\", Proceedings of the IEEE 86(11), 1998.",
   f"- S. Hochreiter, J. Schmidhuber, \"{LSTM}\", Neural Computation 9(8), 1997.",
   f"- I. Sutskever, O. Vinyals, Q. V. Le, \"{T('1409.3215')}\", NIPS 2014 - https://arxiv.org/abs/1409.3215",
   f"- D. Bahdanau, K. Cho, Y. Bengio, \"{T('1409.0473')}\", ICLR 2015 - https://arxiv.org/pdf/1409.0473",
   f"- I. J. Goodfellow et al., \"{T('1406.2661')}\", 2014 - https://arxiv.org/abs/1406.2661",
   "",
   "Documentazione: https://pytorch.org/docs/stable/index.html"]),
 ("Obiettivi formativi", [
   "Conoscenza e capacità di comprensione: conoscere i principali modelli di rete neurale profonda e gli algoritmi con cui vengono addestrati.",
   "Capacità di applicare conoscenza e comprensione: progettare, addestrare e valutare una rete neurale per un problema di classificazione o di modellazione di sequenze.",
   "Autonomia di giudizio: leggere criticamente un articolo scientifico del settore e confrontarne i risultati sperimentali."]),
 ("Prerequisiti", ["Analisi matematica, algebra lineare, calcolo delle probabilità; programmazione in Python. Sono utili le nozioni del corso di Apprendimento automatico (IN2291)."]),
 ("Metodi didattici", ["Lezioni frontali (36 ore) ed esercitazioni di laboratorio (12 ore) con notebook Jupyter su Google Colab. Le lezioni sono registrate e la registrazione resta disponibile per l'intero anno accademico."]),
 ("Altre informazioni", [
   "Ricevimento: martedì 14:30-16:30, stanza 2.17, edificio B (su appuntamento via e-mail).",
   "Gli studenti con DSA possono contattare il Servizio disabilità e DSA di Ateneo per le misure compensative."]),
 ("Modalità di verifica dell'apprendimento", [
   "Prova scritta (2 ore, 60% del voto) con domande aperte ed esercizi, e progetto di gruppo (2-3 persone, 40% del voto) con relazione e discussione orale.",
   "Il progetto può riprodurre uno degli articoli indicati nei testi di riferimento su un dataset ridotto."]),
 ("Programma esteso", [f"{i}. {t} ({h} ore)" for i, (h, t) in enumerate(LEZ, 1)]),
 ("Obiettivi Agenda 2030 per lo sviluppo sostenibile", ["Istruzione di qualità; Imprese, innovazione e infrastrutture"]),
]

info = [("Anno offerta", "2023/2024"), ("Insegnamento", "IN2317 - FONDAMENTI DI APPRENDIMENTO PROFONDO"),
        ("Corso di studio", "LM0418 - INGEGNERIA INFORMATICA"), ("Percorso", "PDS0-2023 - PERCORSO COMUNE"),
        ("Anno di corso", "1"), ("Periodo", "Secondo Semestre (26/02/2024 - 07/06/2024)"),
        ("Tipo attività didattica", "Caratterizzante"),
        ("Settore", "ING-INF/05 - SISTEMI DI ELABORAZIONE DELLE INFORMAZIONI"), ("CFU", str(CFU)),
        ("Ore", f"{ORE} ore Lezione"), ("Lingua", "ITALIANO"), ("Sede", "VALDARNO")]
DOC = [("BENEDETTI CHIARA", "Titolare", 36), ("FERRARESI MARCO", "Co-docente", 12)]
assert sum(d[2] for d in DOC) == ORE

out = []
out.append("<!DOCTYPE html>")
out.append(f"<!-- saved from url=({len(URL):04d}){URL} -->")
out.append('<html lang="it" class="js"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
out.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
out.append(f"<title>{esc(TITLE)}</title>")
for css in ("bootstrap.min.css", "esse3-theme.css", "guide.css"):
    out.append(f'<link rel="stylesheet" type="text/css" href="{FILES}{css}">')
out.append(f'<link rel="shortcut icon" href="{FILES}favicon.ico">')
out.append(f'<script type="text/javascript" src="{FILES}jquery.min.js"></script>')
out.append(f'<script type="text/javascript" src="{FILES}esse3.js"></script>')
out.append("</head>")
out.append('<body class="guide">')
out.append('<div id="esse3">')
out.append('<header id="masthead">')
out.append(f'<a href="{H}/Home.do" class="logo"><img src="{FILES}logo_ateneo.png" alt="Università degli Studi di Valdarno"></a>')
out.append('<nav id="menu-servizi"><ul>')
out.append(f'<li><a href="{H}/Home.do">Home</a></li>')
out.append(f'<li><a href="{H}/Guide/Home.do">Offerta formativa</a></li>')
out.append(f'<li><a href="{H}/auth/Logon.do">Login</a></li>')
out.append(f'<li><a href="{H}/Guide/Home.do?lang=en">English</a></li>')
out.append("</ul></nav>")
out.append("</header>")
out.append('<div id="breadcrumb"><a href="' + H + '/Home.do">Home</a> » <a href="' + H + '/Guide/Home.do">Offerta formativa</a> » <a href="'
           + H + '/Guide/PaginaCorsoDiStudio.do?corso_id=10418&amp;ANNO_ACCADEMICO=2023">Ingegneria informatica (LM-32)</a> » Fondamenti di apprendimento profondo</div>')
out.append('<main id="contenuto">')
out.append("<h1>Fondamenti di apprendimento profondo</h1>")
out.append('<div class="app-box">')
out.append('<dl class="app-dl-info">')
for k, v in info:
    out.append(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>")
out.append("</dl>")
out.append("<h2>Docenti</h2>")
out.append('<table class="detail_table"><thead><tr><th>Docente</th><th>Ruolo</th><th>Ore</th></tr></thead><tbody>')
for n, r, h in DOC:
    out.append(f"<tr><td>{n}</td><td>{r}</td><td>{h}</td></tr>")
out.append("</tbody></table>")
out.append("</div>")
out.append("<h2>Testi del Syllabus</h2>")
out.append('<div class="app-syllabus">')
for h, lines in SYL:
    out.append(f"<h3>{esc(h)}</h3>")
    out.append(f'<div class="app-syllabus-testo">{br(lines)}</div>')
out.append("</div>")
out.append(f'<p class="app-note">Ultimo aggiornamento del syllabus: 14/02/2024. <a href="{H}/Guide/PaginaADErogata.do?ad_er_id=2023*N0*N0*S2*41872*20431&amp;ANNO_ACCADEMICO=2023&amp;mostra_percorsi=S&amp;print=S">Versione stampabile</a></p>')
out.append("</main>")
out.append('<footer id="footer"><p>Università degli Studi di Valdarno - Piazza della Badia 3, Valdarno - P.IVA 01947230519</p>')
out.append('<p>Esse3 è un prodotto <a href="https://www.cineca.it/">Cineca</a></p></footer>')
out.append("</div>")
out.append(f'<script type="text/javascript" src="{FILES}matomo.js"></script>')
out.append("</body></html>")
text = "\n".join(out) + "\n"
write_only(F1297, text, keys(F1297))
