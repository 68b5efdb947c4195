#!/usr/bin/env python3
"""1823: messages of a group chat on Ayoba (the messenger of MTN) copied from the app, Afrikaans with English terms:
«[dd/mm/jjjj, uu:mm] Naam Van: boodskap», messages over several lines continuing without a head, replies opening with
the quoted line «> Naam Van: …», emoji. A students' reading group on self-supervised vision; the group,
the people, the room and the dates are invented; the timm repository, the university's HPC cluster and Yannic Kilcher's
video appear as what they are. Computed: the heads from (date, time, sender), the order (asserted), every quote naming
an earlier message of that person (asserted)."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(1823)
D = dt.datetime
LIZE, MARIUS, THANDI, PIETER = "Lize van Wyk", "Marius Botha", "Thandi Nkosi", "Pieter Joubert"
MSGS = [
    (D(2025, 3, 4, 19, 2), LIZE, None,
     "Goeienaand almal 👋 Vir Donderdag se leesgroep begin ons met selfleer vir beelde. Eerste artikel:\n"
     f"{T('1911.05722')}\nhttps://arxiv.org/abs/1911.05722"),
    (D(2025, 3, 4, 19, 5), MARIUS, None,
     f"Lekker. Moet ons ook {T('2002.05709')} lees? Dis mos die een met die groot bondelgroottes"),
    (D(2025, 3, 4, 19, 7), LIZE, (MARIUS, "Lekker. Moet ons ook"), "Ja, maar net afdeling 3 en 4. Die res is ablasies."),
    (D(2025, 3, 4, 19, 20), THANDI, None,
     f"Ek stel voor ons kyk ook na {T('2111.06377')} https://arxiv.org/pdf/2111.06377v3 — baie eenvoudiger as die "
     "kontrastiewe metodes"),
    (D(2025, 3, 4, 19, 21), THANDI, None, f"En die ouer klassieke een: {T('1807.03748')} (arXiv:1807.03748)"),
    (D(2025, 3, 5, 8, 14), PIETER, None,
     f"Môre! Vir die teorie-kant:\n{T('2006.05576')}\nhttps://openreview.net/forum?id={OR('2006.05576')}"),
    (D(2025, 3, 5, 8, 15), PIETER, None, "Die timm-repo het klaar gewigte vir die meeste van hierdie modelle btw"),
    (D(2025, 3, 5, 12, 40), MARIUS, None,
     "Ons data is raserig (plaasfoto's van wingerde 🍇). Daar's 'n artikel oor presies dit:\n" + T("2103.13646")),
    (D(2025, 3, 5, 12, 42), LIZE, (MARIUS, "Ons data is raserig"),
     f"Goeie een. Ook interessant vir regularisering: {T('2101.01761')}"),
    (D(2025, 3, 5, 17, 30), THANDI, None,
     f"DINOv2 se gewigte werk baie goed op ons wingerdfoto's, selfs sonder fynafstemming\n{T('2304.07193')}\n"
     "https://arxiv.org/abs/2304.07193"),
    (D(2025, 3, 5, 17, 45), PIETER, (THANDI, "DINOv2 se gewigte"), "Yannic Kilcher het 'n video daaroor, maar lees eerder die artikel 😄"),
    (D(2025, 3, 6, 9, 3), LIZE, None,
     "Donderdag 14:00 in die Wiskunde-gebou, kamer 1005. Bring julle skootrekenaars, ons gebruik die HPC-kluster.\n"
     "Marius lei die bespreking."),
]
prev, said = None, {}
L = []
for d, who, reply, text in MSGS:
    assert prev is None or d >= prev; prev = d
    body = text
    if reply:
        q = next(m for m in reversed(said.get(reply[0], [])) if m.startswith(reply[1]))
        body = f"> {reply[0]}: {q.split(chr(10))[0]}\n" + text
    L.append(f"[{d:%d/%m/%Y}, {d:%H:%M}] {who}: {body}")
    said.setdefault(who, []).append(text)
write_only(F, "\n".join(L) + "\n", keys(F))
