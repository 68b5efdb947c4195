#!/usr/bin/env python3
"""1624: a thread of the Ubuntu-it forum (forum.ubuntu-it.org, phpBB 3 with the Italian translation) copied from the
browser, Italian: site head, breadcrumb, thread title, buttons, «N messaggi • Pagina 1 di 1», posts with the profile
column first (avatar, nick, rank, Messaggi, Iscrizione, Desktop, Distribuzione), «Messaggio da nick » date», quotes
(«nick ha scritto: ↑»), an edit line, signatures, the «Torna a» line, who is online, the footer. Invented members."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1624)
WD = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]
MO = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
it = lambda d: f"{WD[d.weekday()]} {d.day} {MO[d.month - 1]} {d.year}, {d:%H:%M}"
itj = lambda d: f"{d.day} {MO[d.month - 1]} {d.year}, {d:%H:%M}"
SEC = "Grafica e multimedia"
BC = f"Indice del forum ‹ Software ‹ {SEC}"
TITLE = "Stable Diffusion su Ubuntu 24.04 con GPU AMD: CFG, sampler e qualche articolo da leggere"
# nick: (rank, messages, joined, desktop, distro, signature)
U = {
    "giuliettaR": ("Prode Principiante", 14, dt.datetime(2024, 9, 2, 18, 3), "GNOME", "Ubuntu 24.04 LTS", None),
    "nico_bash": ("Scoppiettante Seguace", 683, dt.datetime(2016, 3, 21, 10, 44), "KDE Plasma", "Kubuntu 24.04 LTS",
                  "«Funziona sul mio PC» non è una specifica."),
    "marcoTux": ("Accecante Asceta", 5120, dt.datetime(2009, 11, 7, 22, 15), "Xfce", "Xubuntu 22.04 LTS", None),
    "elena_k": ("Entusiasta Emergente", 97, dt.datetime(2021, 5, 14, 9, 30), "GNOME", "Ubuntu 24.04 LTS", None),
    "pier_lu": ("Prode Principiante", 31, dt.datetime(2023, 1, 9, 20, 12), "MATE", "Ubuntu MATE 24.04", None),
}
D = lambda *a: dt.datetime(2025, 3, *a)
# (nick, date, quote (nick, text) or None, body, edit)
P = [
    ("giuliettaR", D(10, 21, 14), None,
     "Ciao a tutti,\nsono riuscita a far partire Stable Diffusion WebUI (AUTOMATIC1111) con ROCm 6.2 su una RX 7800 XT, "
     "dopo mezza giornata di tentativi con i driver. Ora genero immagini, ma non capisco davvero cosa sto regolando:\n"
     "- cosa fa esattamente il «CFG scale»? Sopra 12 le immagini diventano bruciate;\n"
     "- che differenza c'è tra i sampler DDIM, Euler a e DPM++ 2M Karras?\n"
     "Qualcuno ha da consigliare degli articoli (anche in inglese) per capire la teoria? Grazie!", None),
    ("nico_bash", D(10, 22, 2), None,
     "Il CFG è la «classifier-free guidance»: a ogni passo il modello stima il rumore con e senza il prompt e si spinge "
     "nella direzione della differenza, moltiplicata per la scala. Troppo alta = colori saturi e artefatti.\n"
     f"L'articolo originale è corto: {T('2207.12598')} https://arxiv.org/pdf/2207.12598v1\n\n"
     f"DDIM invece è un sampler deterministico con meno passi: {T('2010.02502')} https://arxiv.org/abs/2010.02502v4\n"
     "Euler e DPM++ sono risolutori di ODE più recenti, in pratica più veloci a parità di qualità.", None),
    ("giuliettaR", D(11, 8, 37), ("nico_bash", "Troppo alta = colori saturi e artefatti."),
     "Esatto, è proprio quello che vedo. Grazie, stasera leggo tutti e due.\nUltima domanda: conviene passare a SD3 "
     "o restare su SDXL con 16 GB di VRAM?", None),
    ("marcoTux", D(11, 12, 20), None,
     "SD3 non usa più una U-Net ma un transformer con rectified flow, quindi anche i sampler sono diversi (in WebUI il "
     "supporto è ancora parziale, meglio ComfyUI).\n"
     f"Articolo: {T('2403.03206')} https://arxiv.org/abs/2403.03206\n"
     "Attenzione alla licenza del modello medium prima di usarlo per lavoro. Con 16 GB ci stai, ma usa --medvram.\n"
     "Sposto in Grafica e multimedia, qui è più adatto che in Programmazione.", "marcoTux il mar 11 mar 2025, 12:24"),
    ("elena_k", D(11, 19, 5), None,
     "Se vuoi partire dalle origini, il primo modello di diffusione è in "
     f"{T('1503.03585')} (Sohl-Dickstein e altri, ICML 2015): pesante ma illuminante.\n"
     "Per capire perché si lavora nello spazio latente (e quindi il VAE di Stable Diffusion) c'è "
     f"{T('2106.05931')}, arXiv:2106.05931, di NVIDIA.", None),
    ("nico_bash", D(11, 21, 48), ("giuliettaR", "Sopra 12 le immagini diventano bruciate"),
     "Con i modelli di testo succede una cosa simile con temperatura e top-p: vale la pena leggere "
     f"{T('1904.09751')}, è l'articolo del nucleus sampling. Stessa idea di compromesso tra fedeltà e varietà.\n"
     "PS: con ROCm esporta HSA_OVERRIDE_GFX_VERSION solo se la tua scheda non è supportata, la 7800 XT lo è.", None),
    ("pier_lu", D(12, 10, 16), None,
     "Aggiungo due cose che uso io:\n"
     f"- {T('2303.11328')} https://arxiv.org/abs/2303.11328 per ottenere viste 3D da una sola immagine;\n"
     f"- {T('2301.12597')} per generare le didascalie del dataset quando addestro un LoRA (è integrato in kohya_ss, "
     "scheda «Utilities»).", None),
    ("giuliettaR", D(12, 18, 40), None,
     "Grazie a tutti, ho materiale per un mese 😄 Metto [RISOLTO] nel titolo.\n"
     "Per la cronaca: CFG 7, DPM++ 2M Karras, 30 passi, e le immagini non sono più bruciate.", None),
]
out = ["Forum Ubuntu-it", "Il forum della comunità italiana di Ubuntu", "Salta al contenuto",
       "Ubuntu-it   Documentazione   Forum   Pianeta   Wiki", "FAQ   Accedi   Iscriviti", "", BC, "",
       f"[RISOLTO] {TITLE}", "", "Rispondi   Cerca in questo argomento…", f"{len(P)} messaggi • Pagina 1 di 1", ""]
for i, (nick, d, q, body, edit) in enumerate(P):
    rank, n, joined, desk, distro, sig = U[nick]
    assert joined < d
    out += (["Avatar utente"] if nick != "pier_lu" else []) + [nick, rank, f"Messaggi: {n}",
            f"Iscrizione: {itj(joined)}", f"Desktop: {desk}", f"Distribuzione: {distro}", ""]
    out += [("[RISOLTO] " if i == 0 else "Re: ") + f"{TITLE}", f"Messaggio da {nick} » {it(d)}", ""]
    if q:
        qd = next(x[1] for x in P if x[0] == q[0] and q[1] in x[3])
        out += [f"{q[0]} ha scritto: ↑", it(qd), q[1], ""]
    out += body.split("\n") + [""]
    if edit:
        out += [f"Ultima modifica di {edit}, modificato 1 volta in totale.", ""]
    if sig:
        out += [sig, ""]
    out += ["Torna in alto", ""]
out += ["Rispondi", f"{len(P)} messaggi • Pagina 1 di 1", "", f"Torna a “{SEC}”", "Vai a", "",
        "Chi c’è in linea", "Visitano il forum: Google [Bot] e 23 ospiti", "", BC,
        "Tutti gli orari sono UTC+01:00", "Eliminare tutti i cookie del forum",
        "Creato da phpBB® Forum Software © phpBB Limited", "Traduzione Italiana phpBB-Store.it",
        "Privacy | Condizioni", ""]
text = "\n".join(out)
write_only(F, text, keys(F))
