#!/usr/bin/env python3
"""506 (NEGATIVE): a Threads (threads.net) thread copied from the web app in the browser: the "Thread" header,
each post's user name and relative date ("3 g" = giorni), the post text, link-preview domains, a quoted post, the
like / reply / repost / share counters as bare numbers, "Traduci" links, replies with the author line. Italian. A PhD student's thread on tools, repositories, talks, deadlines and people for a
summer school — no paper is named or linked, and no arXiv-shaped number appears."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write

text = """Thread
2.418 visualizzazioni

giulia.ferraresi
3 g
🧵 Thread per chi parte per la scuola estiva di Valmarina (ML & sistemi) e mi ha chiesto "cosa devo preparare?". Niente
articoli qui, solo strumenti, repository, talk e scadenze. 1/9
Traduci
64
6
18


giulia.ferraresi
3 g
2/9 Scadenze, in ordine:
• 22 marzo: domanda di borsa (modulo sul sito della scuola, serve una lettera del tutor)
• 5 aprile: poster abstract, max 300 parole
• 19 aprile: conferma alloggio nel collegio
• 10 maggio: upload del poster in PDF (A0 verticale!)
Orari in CET, non AoE come le conferenze.
summerschool.valmarina.example.edu
Valmarina Summer School on Machine Learning and Systems 2024
Traduci
31
3
9


giulia.ferraresi
3 g
3/9 Ambiente: arrivate con Python 3.11, uv o conda, e un account sul cluster della scuola già attivato (l'attivazione
richiede due giorni lavorativi). Il primo laboratorio usa JAX, il secondo PyTorch 2.2 con torch.compile.
Traduci
27
1
5


giulia.ferraresi
3 g
4/9 Repository da clonare prima (il wifi del collegio l'anno scorso era disperato):
• github.com/google/jax
• github.com/pytorch/pytorch (solo se volete compilare, altrimenti basta il wheel)
• github.com/karpathy/nanoGPT per il lab sui modelli di linguaggio
• github.com/huggingface/datasets
• il repo della scuola con i notebook: github.com/valmarina-ss/labs-2024
Traduci
71
7
22


giulia.ferraresi
3 g
4/9 bis
matteo.rinaldi · 4 g
Promemoria: i notebook dei lab 2024 sono online, la cartella "lab3-serving" è ancora in bozza. Issue e PR benvenute.
Il lab 3 lo tiene proprio Matteo, fidatevi del suo README più che delle slide.
Traduci
19
1
3


giulia.ferraresi
3 g
5/9 Talk da guardare prima (tutti su YouTube, link nel README della scuola):
• la keynote dell'anno scorso sul serving di modelli grandi con budget piccolo
• il tutorial di due ore su JAX per chi viene da PyTorch
• la tavola rotonda "Carriere dopo il dottorato" (utile, giuro)
[Immagine: screenshot della playlist della scuola, testo alternativo disponibile]
Traduci
40
3
11


giulia.ferraresi
3 g
6/9 Persone da cercare lì: Sara Okonkwo (organizza i lab), Davide Marchetti (cluster e account, scrivetegli PRIMA),
Lena Vogt (poster session). Tutti e tre rispondono più in fretta su Zulip che per e-mail.
Traduci
25
1
4


giulia.ferraresi
3 g
7/9 Poster: template LaTeX (tikzposter) e Figma nella cartella condivisa. Font minimo 28 pt. Portate anche la versione
A4 da dare a mano, l'anno scorso sono finite in mezz'ora.
Traduci
33
2
6


giulia.ferraresi
3 g
8/9 Per i libri di riferimento: il "Dive into Deep Learning" online e il libro di Bishop del 2024 sono in biblioteca
in tre copie. Per il resto ognuno porta le sue letture, non c'è una lista ufficiale.
Traduci
29
2
7


giulia.ferraresi
3 g
9/9 Ultima cosa: il gruppo Telegram non ufficiale si chiama "VSS24 sopravvivenza". Ci vediamo a giugno 👋 /fine
Traduci
38
1
2


pietro.galli
3 g
Grazie! Una domanda: per il cluster serve anche la VPN o basta l'account? L'anno scorso al mio gruppo non funzionava ssh
dall'esterno.
1

giulia.ferraresi
3 g
In risposta a pietro.galli
Serve la VPN della scuola (WireGuard), il file di configurazione arriva con la mail di attivazione.
4

chiaradesantis_
3 g
Aggiungo: la mensa chiude alle 13:45, i lab finiscono alle 13:30. Correte. 🏃‍♀️
Traduci
17
1
2

"""
import re
text = re.sub(r"\n{3,}", "\n\n", text)
write("506_negative_threads_net_copied_thread_italian_tools_and_deadlines.txt", text, negative=True)
