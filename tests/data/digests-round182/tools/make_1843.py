#!/usr/bin/env python3
"""1843: messages of a group on Skred (the French messenger) copied from the desktop app, French with English terms:
«[jj/mm/aaaa hh:mm] Prénom Nom : message» (a space before the colon, as French writes it), lines without a head
continuing the message, replies opening with «↪ En réponse à Prénom Nom : « … »» quoting an earlier message of that
person, emoji. A doctoral students' reading group on self-supervised representations; the group, the people, the
lab, the room and the dates are invented; the solo-learn repository, the Jean Zay supercomputer, a talk on YouTube and
the LibriSpeech corpus appear as what they are. Computed: the heads from (date, time, sender), the order (asserted),
every quote taken from the start of an earlier message of the person named (asserted)."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(1843)
D = dt.datetime
CAM, HUGO, YASM, LEA = "Camille Rousseau", "Hugo Lambert", "Yasmine Benali", "Léa Fournier"
MSGS = [
    (D(2025, 3, 17, 21, 4), CAM, None,
     "Bonsoir à tous 👋 Pour jeudi on attaque l'auto-supervisé en vision. Premier article :\n"
     f"{T('2104.14294')}\nhttps://arxiv.org/abs/2104.14294"),
    (D(2025, 3, 17, 21, 9), HUGO, None,
     f"Top. On relit aussi {T('1911.05722')} ? C'est la base pour la file de négatifs"),
    (D(2025, 3, 17, 21, 12), CAM, (HUGO, "Top. On relit aussi"), "Oui mais juste la section 3, le reste c'est des ablations."),
    (D(2025, 3, 17, 21, 30), YASM, None,
     f"Je propose {T('2111.06377')} https://arxiv.org/pdf/2111.06377v2 — beaucoup plus simple, pas besoin de paires"),
    (D(2025, 3, 17, 21, 31), YASM, None, f"Et sans négatifs du tout : {T('2011.10566')} (arXiv:2011.10566) 🤯"),
    (D(2025, 3, 18, 8, 47), LEA, None,
     f"Bonjour ! Côté théorie il y a ça :\n{T('2006.05576')}\nhttps://openreview.net/forum?id={OR('2006.05576')}"),
    (D(2025, 3, 18, 8, 49), LEA, None, "Le dépôt solo-learn a déjà la plupart de ces méthodes, pratique pour comparer"),
    (D(2025, 3, 18, 12, 15), HUGO, None,
     f"Pour l'audio (mon sujet 🎧) : {T('2106.07447')}\nhttps://arxiv.org/abs/2106.07447\n"
     f"et l'ancêtre commun, {T('1807.03748')}"),
    (D(2025, 3, 18, 12, 20), YASM, (HUGO, "Pour l'audio"), "On peut faire une séance audio à part, sur LibriSpeech ?"),
    (D(2025, 3, 18, 18, 2), LEA, None,
     f"Pas auto-supervisé mais utile pour nos images de cellules : {T('2012.07177')}"),
    (D(2025, 3, 18, 18, 10), CAM, (LEA, "Pas auto-supervisé"), "Bonne idée, on le garde pour la séance augmentation de données."),
    (D(2025, 3, 19, 9, 30), CAM, None,
     "Jeudi 14h, salle 2.14 du bâtiment Turing. Les heures sur Jean Zay sont validées 🎉\n"
     "Yasmine présente DINO, Hugo fait l'audio la semaine d'après."),
]
prev, said, out = None, {}, []
for d, who, reply, text in MSGS:
    assert prev is None or d >= prev; prev = d
    body = text
    if reply:
        q = next(m for m in reversed(said.get(reply[0], [])) if m.startswith(reply[1]))
        q1 = q.split(chr(10))[0]
        q1 = q1 if len(q1) <= 50 else q1[:50].rstrip() + "…"
        body = f"↪ En réponse à {reply[0]} : « {q1} »\n" + text
    out.append(f"[{d:%d/%m/%Y %H:%M}] {who} : {body}")
    said.setdefault(who, []).append(text)
write_only(F, "\n".join(out) + "\n", keys(F))
