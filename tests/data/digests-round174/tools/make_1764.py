#!/usr/bin/env python3
"""1764: a thread of the HTML.it forum (forum.html.it, vBulletin 4 with the Italian language pack) copied from the
browser, Italian: the header with the login box, the breadcrumb, «Risultati da 1 a N di N», «Discussione: …» and
«Strumenti discussione», posts with «dd-mm-yyyy, HH:MM» («Ieri, HH:MM» / «Oggi, HH:MM» for the last two days) and «#n»,
the postbit (nick, user title, «Registrato dal» / month year, «Messaggi» / count), the post title on the first post,
quotes «Quote Originariamente inviata da X Visualizza il messaggio» … , signatures under «__________________»,
«Rispondi quotando», then the navigation, «Permessi di invio», «Tutti gli orari sono GMT +1. Ora sono le HH:MM.» and the
vBulletin footer. The members, their titles, counts, signatures and the dates are invented; Hugging Face, the Italian
BERT models on it, Minecraft, Kaggle and a LangChain tutorial appear as what they are. Nicknames BERT, RoBERTa, XLNet,
XLM-R, Voyager, Gato, SWE-bench, BIG-bench appear where the papers are written in full."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1764)
TITLE = "[Consigli] Da dove partire con i paper su NLP e agenti LLM?"
CRUMB = ["Forum HTML.it", "Programmazione", "Intelligenza Artificiale e Machine Learning"]
NOW = "09:14"
members = {
    "giuseppe_dev": ("Utente di HTML.it", "Nov 2019", 143, "Giuseppe - sviluppatore backend, in fuga verso il ML"),
    "Vortex_77": ("Utente storico", "Mag 2011", 4871, None),
    "k_marconi": ("Utente di HTML.it", "Gen 2022", 58, "Tesi magistrale su agenti LLM, Politecnico"),
    "dario.b": ("Moderatore", "Set 2008", 12904, "Leggi il regolamento prima di postare. Usa i tag [CODE] per il codice."),
}
posts = [
    ("giuseppe_dev", "11-03-2025, 21:47",
     "Ciao a tutti,\nlavoro da anni come sviluppatore backend (Java/Python) e vorrei capire davvero cosa c'è dietro i modelli "
     "linguistici e gli \"agenti\" di cui parlano tutti. Ho fatto qualche corso online e un paio di competizioni su Kaggle, "
     "ma non ho mai letto un paper dall'inizio alla fine.\nDa quali articoli mi consigliate di partire? Meglio poche cose "
     "ma fondamentali.\nGrazie!", None),
    ("Vortex_77", "11-03-2025, 22:30",
     "Per la parte NLP io partirei dai classici del pre-addestramento, in quest'ordine:\n\n"
     f"1. {T('1810.04805')} - https://arxiv.org/abs/1810.04805\n"
     f"2. {T('1907.11692')} - https://arxiv.org/pdf/1907.11692\n"
     f"3. {T('1906.08237')} (arXiv:1906.08237), giusto per vedere un'alternativa al mascheramento\n\n"
     f"Se ti interessa l'italiano, dai un'occhiata anche a {T('1911.02116')}: è il modello multilingue "
     "che trovi ovunque su Hugging Face, insieme ai vari BERT italiani.", None),
    ("giuseppe_dev", "12-03-2025, 07:58",
     "Perfetto, intanto stampo i primi due. E sugli agenti? Lì mi sembra tutto molto più confuso.",
     ("Vortex_77", "Per la parte NLP io partirei dai classici del pre-addestramento, in quest'ordine:")),
    ("k_marconi", "Ieri, 18:12",
     "Sugli agenti sto scrivendo la tesi, ti dico cosa ho trovato più utile:\n\n"
     f"- {T('2305.16291')} https://arxiv.org/abs/2305.16291 (quello che gioca a Minecraft imparando abilità riusabili)\n"
     f"- {T('2205.06175')} di Reed et al. (DeepMind, 2022), un unico modello per giochi, robot e dialogo\n"
     f"- {T('2310.06770')}\n  https://openreview.net/forum?id=VTF8yNQM66\n  utile per capire come si valuta un agente su problemi reali di codice\n\n"
     "Evita all'inizio i tutorial su LangChain: insegnano l'API, non le idee.", None),
    ("dario.b", "Oggi, 08:55",
     f"Aggiungo solo {T('2206.04615')}, che è la raccolta di compiti da cui escono molti dei numeri che "
     "vedi citati negli articoli sugli agenti.\n\nDiscussione utile, la lascio in evidenza per qualche giorno.", None),
    ("giuseppe_dev", "Oggi, 09:03", "Grazie a tutti, ho materiale per i prossimi mesi. Vi aggiorno!", None),
]
assert NOW >= posts[-1][1][-5:]
N = len(posts)
L = ["Forum HTML.it", "Registrati", "Password dimenticata?", "Nome utente", "Password", "Ricordami?", "Accedi", "",
     "Home", "Forum", "Cerca", "Novità", "", " » ".join(CRUMB), "",
     f"Risultati da 1 a {N} di {N}", f"Discussione: {TITLE}", "Strumenti discussione", "Visualizza", ""]
for i, (nick, when, text, quote) in enumerate(posts, 1):
    title, joined, count, sig = members[nick]
    L += [f"{when} #{i}", nick, title, "Registrato dal", joined, "Messaggi", str(count), ""]
    if i == 1:
        L += [TITLE]
    if quote:
        L += ["Quote Originariamente inviata da " + quote[0] + " Visualizza il messaggio", quote[1]]
    L += [text]
    if sig:
        L += ["__________________", sig]
    L += ["Rispondi quotando", ""]
L += ["« Discussione precedente | Discussione successiva »", "", "Permessi di invio",
      "Non puoi inserire discussioni", "Non puoi inserire repliche", "Non puoi inserire allegati",
      "Non puoi modificare i tuoi messaggi", "", "Il codice BB è Attivato", "Le faccine sono Attivato",
      "Il codice [IMG] è Attivato", "Il codice [VIDEO] è Attivato", "Il codice HTML è Disattivato", "", "Regole del forum", "",
      f"Tutti gli orari sono GMT +1. Ora sono le {NOW}.", "",
      "Powered by vBulletin® Version 4.2.5", "Copyright © 2025 vBulletin Solutions Inc. All rights reserved."]
write_only(F, "\n".join(L) + "\n", keys(F))
