#!/usr/bin/env python3
"""393: a NotebookLM notebook (Italian interface) selected with Ctrl+A and pasted as text: the notebook title and
top bar, the Fonti panel (source names: PDF file names, web page titles, a YouTube video, pasted text, "N fonti"),
the Guida alla fonte of one web source with its URL, the Chat panel (the generated notebook summary, suggested
questions, a question and its answer with numbered citations [n]), and the Studio panel (audio overview, note
buttons, a saved "Documento di briefing" note with citations, a user note). Papers: an openreview.net forum URL in
the source guide and an arxiv.org URL in a user note (link), PDF sources named "ID.pdf" and an arXiv page title
"[ID] title" (arxiv-text), titles in the summary, answer and briefing in «», bare in prose, after "Fonte:"
(title-only). Not papers: Lil'Log's blog post, a YouTube lecture, the pasted seminar notes, "phi-1",
"HotpotQA", "ALFWorld", "Minecraft", "WebShop" (names only)."""
import os, sys
from datetime import date
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F393, keys

WD = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]
SEM = date(2024, 6, 3)
SEM_S = f"{WD[SEM.weekday()]} {SEM.day} {MESI[SEM.month - 1]}"
NB = "Agenti LLM – seminario di dottorato"
SOURCES = [
 f"{T('2210.03629')} | OpenReview",
 "2305.16291.pdf",
 f"[2204.01691] {T('2204.01691')}",
 "2206.14858.pdf",
 "realm_guu2020.pdf",
 "agentbench.pdf",
 "flamingo_deepmind.pdf",
 "frozen_tsimpoukelli2021.pdf",
 "phi-1_textbooks.pdf",
 "lost_in_the_middle_tacl.pdf",
 "LLM Powered Autonomous Agents | Lil'Log",
 "Lezione 7 – Agenti e strumenti (corso LLM 2023/24) - YouTube",
 f"Appunti seminario – {SEM_S}",
]
N = len(SOURCES)
SUMMARY = (f"Le fonti trattano gli agenti basati su modelli linguistici: come alternano ragionamento e azione "
           f"(ReAct), come imparano abilità riutilizzabili in un ambiente aperto ({T('2305.16291')}) e come vengono "
           f"valutati ({T('2308.03688')}). Alcune fonti collegano il linguaggio al mondo fisico e visivo — robot che "
           f"scelgono solo azioni eseguibili, modelli visivo-linguistici come «{T('2204.14198')}» e «{T('2106.13884')}» "
           f"— mentre altre riguardano la conoscenza del modello: recupero di documenti durante il pre-addestramento e "
           f"uso di contesti lunghi.")
ANSWER = [
 f"Tre fonti toccano il tema in modo diretto. «{T('2307.03172')}» mostra che l'accuratezza è più alta quando "
 "l'informazione rilevante si trova all'inizio o alla fine del contesto e cala quando si trova nel mezzo [1]. "
 f"{T('2002.08909')} affronta il problema dall'altra parte: invece di mettere tutto nel contesto, il modello impara "
 "durante il pre-addestramento a recuperare documenti da un corpus esterno [2].",
 "Negli appunti del seminario si osserva che un agente come Voyager usa una libreria di abilità scritte come "
 "codice, che funziona da memoria a lungo termine fuori dal contesto [3].",
]
BRIEF = [
 ("Temi principali", [
  f"Ragionamento e azione alternati. In ReAct il modello produce tracce di ragionamento e azioni in modo intercalato; "
  f"le azioni interrogano un ambiente esterno (per esempio un'API di Wikipedia su HotpotQA) e le osservazioni "
  f"correggono il ragionamento [1].",
  f"Abilità e apprendimento continuo. Fonte: {T('2305.16291')}. L'agente esplora Minecraft con un curriculum "
  f"automatico e salva le abilità riuscite come programmi in una libreria [2].",
  f"Ancoraggio nel mondo fisico. SayCan combina ciò che il modello linguistico ritiene utile con la probabilità che "
  f"il robot riesca a eseguire l'abilità [3].",
 ]),
 ("Idee e fatti più importanti", [
  f"Valutazione: «{T('2308.03688')}» propone otto ambienti diversi e mostra un divario ampio tra modelli commerciali "
  f"e modelli aperti [4].",
  f"Ragionamento quantitativo: {T('2206.14858')} (il modello Minerva) mostra che un ulteriore addestramento su testi "
  f"tecnici e matematici migliora molto la soluzione di problemi quantitativi [5].",
  f"Dati di qualità: in «{T('2306.11644')}» un modello di codice piccolo (phi-1) addestrato su dati «di qualità da "
  f"libro di testo» compete con modelli molto più grandi [6].",
 ]),
]
NOTE_USER = (f"Da rileggere prima del seminario: la parte di REALM sul retriever addestrato con il masked language "
             f"modeling (https://arxiv.org/abs/2002.08909, sezione 3). Chiedere a Giulia se il video della lezione 7 "
             f"copre anche ReAct.")

out = ["NotebookLM", NB, "Condividi", "Impostazioni", "GR", "",
       "Fonti", "+ Aggiungi", "Scopri", "Seleziona tutte le fonti"] + SOURCES + ["",
       "Guida alla fonte", SOURCES[0], f"https://openreview.net/forum?id={OR('2210.03629')}", "Riepilogo",
       "Il documento presenta ReAct, un metodo in cui un modello linguistico genera in modo alternato tracce di "
       "ragionamento e azioni specifiche per il compito. Gli esperimenti riguardano risposte a domande, verifica di "
       "fatti e ambienti interattivi testuali.",
       "Argomenti chiave", "Tracce di ragionamento", "Azioni e osservazioni", "HotpotQA", "ALFWorld", "WebShop", "",
       "Chat", NB, f"{N} fonti", SUMMARY, "Salva nella nota", "Aggiungi nota", "Panoramica audio", "Mappa mentale", "",
       "Domande suggerite", "Qual è la differenza tra ReAct e SayCan?", "Come vengono valutati gli agenti basati su LLM?",
       "Perché i modelli perdono informazioni nel mezzo di un contesto lungo?", "",
       "Quali fonti parlano di contesto lungo e di memoria?", ""] + ANSWER + ["",
       "Salva nella nota", "Inizia a digitare...", f"{N} fonti",
       "NotebookLM può fornire risposte imprecise. Verifica sempre le informazioni.", "",
       "Studio", "Panoramica audio", "Conversazione approfondita", "Due conduttori", "Personalizza", "Genera", "",
       "Note", "+ Aggiungi nota", "Guida allo studio", "Documento di briefing", "FAQ", "Cronologia", "",
       "Documento di briefing: agenti basati su modelli linguistici", "Nota salvata · sola lettura", ""]
for head, items in BRIEF:
    out += [head, ""] + items + [""]
out += ["Da fare prima del seminario", "Nota", NOTE_USER, ""]
write_only(F393, "\n".join(out), keys(F393))
