#!/usr/bin/env python3
"""1703: the chat of a space in Avaya Spaces exported as TXT, Italian: a head (product line, «Spazio», «Esportato da»,
«Esportato il», «Messaggi: N», a blank line), then one block per message «dd/mm/yyyy HH:MM - Nome Cognome», the text
lines, a blank line; event lines «dd/mm/yyyy HH:MM - X ha aggiunto Y allo spazio» / «… ha lasciato lo spazio»;
attachments as «[Allegato: nome (dimensione)]». The export layout is invented from the common pattern of chat-history
exports (no Avaya Spaces export was seen). The space, its members and the files are invented; DeepSpeed, vLLM,
Mixtral, MT-Bench, Chatbot Arena and the Open LLM Leaderboard appear as what they are, never labelled; Megatron, GShard
and MMLU are also used as nicknames, their papers labelled by full title."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1703)
D = dt.datetime
SPACE, ME = "Gruppo di lettura LLM – Torino", "Giulia Bianchi"
ev = [
    (D(2025, 3, 12, 9, 2), ME, "msg", ["Buongiorno! Per giovedì propongo il blocco «addestramento su larga scala».",
        f"Si parte da {T('1909.08053')}", "https://arxiv.org/abs/1909.08053"]),
    (D(2025, 3, 12, 9, 6), "Marco Rossi", "msg", ["Ok per Megatron. Aggiungerei i modelli aperti:",
        f"{T('2205.01068')} https://arxiv.org/pdf/2205.01068",
        f"e {T('2302.13971')} https://arxiv.org/abs/2302.13971"]),
    (D(2025, 3, 12, 9, 15), "Luca Conti", "event", ["ha aggiunto Sara Greco allo spazio"]),
    (D(2025, 3, 12, 9, 17), "Sara Greco", "msg", ["Ciao a tutti! Io posso portare la parte sui mixture of experts:",
        f"«{T('1701.06538')}» (Shazeer et al., ICLR 2017) e poi",
        f"«{T('2006.16668')}» (Lepikhin et al., ICLR 2021).", "Mixtral lo citiamo solo come esempio."]),
    (D(2025, 3, 12, 9, 31), ME, "msg", ["Perfetto Sara, grazie.", "[Allegato: scaletta_incontro_13-03.docx (18 KB)]"]),
    (D(2025, 3, 12, 10, 4), "Marco Rossi", "msg", ["Per l'allineamento serve per forza InstructGPT:",
        f"{T('2203.02155')}, arXiv:2203.02155"]),
    (D(2025, 3, 12, 10, 40), "Luca Conti", "msg", ["E la valutazione? Direi",
        f"{T('2009.03300')} (Hendrycks et al., ICLR 2021) per MMLU",
        f"e {T('2306.05685')} https://arxiv.org/abs/2306.05685v2",
        "MT-Bench e la classifica di Chatbot Arena sono comodi, ma guardiamo anche la Open LLM Leaderboard."]),
    (D(2025, 3, 12, 11, 12), "Sara Greco", "msg", ["Serve una GPU per provare vLLM? Ho solo il portatile 😅"]),
    (D(2025, 3, 12, 11, 20), ME, "msg", ["Sul cluster del dipartimento c'è una A100 libera il giovedì pomeriggio, la prenoto io."]),
    (D(2025, 3, 12, 14, 2), "Luca Conti", "event", ["ha lasciato lo spazio"]),
    (D(2025, 3, 12, 16, 48), "Marco Rossi", "msg", ["Slide sulla parte DeepSpeed/ZeRO pronte.", "[Allegato: zero_deepspeed.pdf (1,4 MB)]"]),
    (D(2025, 3, 12, 18, 5), ME, "msg", ["Ottimo, allora a giovedì ore 15, aula 3T. Porto io i caffè ☕"]),
]
exp_at = D(2025, 3, 12, 18, 40)
n = sum(1 for e in ev if e[2] == "msg")
L = ["Avaya Spaces", f"Spazio: {SPACE}", f"Esportato da: {ME}", f"Esportato il: {exp_at:%d/%m/%Y %H:%M}",
     f"Messaggi: {n}", ""]
prev = None
for t, who, kind, lines in ev:
    assert prev is None or t > prev; prev = t
    if kind == "event":
        L += [f"{t:%d/%m/%Y %H:%M} - {who} {lines[0]}", ""]
    else:
        L += [f"{t:%d/%m/%Y %H:%M} - {who}", *lines, ""]
assert prev < exp_at
write_only(F, "\n".join(L), keys(F))
