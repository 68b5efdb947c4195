#!/usr/bin/env python3
"""1443: a stashcat channel of a German state administration's AI competence centre, exported as text: a header
(channel, organisation, member count, exporter, export time, message count), a rule, day lines `Wochentag,
TT.MM.JJJJ`, messages `HH:MM | Name: text`, continuation lines indented by eight spaces, replies introduced by
`↪ Antwort auf Name (HH:MM): „…“`, files as `📎 name (size)`, reactions as a `Reaktionen:` line, `(bearbeitet)` on
edited messages. German number formats (1,8 MB). Not papers: the LRA results sheet, the mamba, lite-transformer and
flash-linear-attention repositories, the proxy ticket, the room; Performer, RetNet, Hyena, Mamba, S4, xLSTM, LRA,
Memformer, NTM are names."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1443, keys

WT = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
KV, JB, DA, FH, MS, TL = "Katrin Vogel", "Jonas Brandt", "Deniz Aydın", "Felix Hartmann", "Miriam Schulze", "Tobias Lehner"
DAYS = [
 (dt.date(2024, 6, 10), [
  ("09:14", KV, ["Guten Morgen zusammen! Der Lesekreis im Juni hat das Thema „effiziente Sequenzmodelle“.",
                 "Bitte bis Mittwoch Vorschläge hier reinschreiben, am Freitag verteile ich die Termine."], None),
  ("09:21", JB, [f"Ich würde mit „{T('2307.08621')}“ anfangen: https://arxiv.org/abs/2307.08621",
                 "Das ist die RetNet-Arbeit von Microsoft, passt gut zu unserem Inferenz-Thema."], "Reaktionen: 👍 3"),
  ("09:23", DA, [f"+1. Als Kontrast dazu Hyena ohne Attention: „{T('2302.10866')}“ (arXiv:2302.10866)"], None),
  ("09:40", FH, ["Für lineare Attention zwei Kandidaten:",
                 f"Performer – „{T('2009.14794')}“ https://arxiv.org/abs/2009.14794",
                 f"und „{T('2103.02143')}“, die ICLR-Fassung: https://openreview.net/pdf?id=QtTKTdVrFBB"], None),
  ("10:02", MS, ["Kleiner Hinweis: Der Proxy blockiert openreview.net im Behördennetz immer noch (INC-48213 ist offen).",
                 "Im Gastnetz geht es."], "Reaktionen: 🙈 2"),
 ]),
 (dt.date(2024, 6, 11), [
  ("08:55", TL, ["📎 lra_ergebnisse_juni.xlsx (48 KB)"], None),
  ("08:57", TL, ["Unsere LRA-Läufe von letzter Woche. ListOps ist mit dem Performer-Code noch instabil, Text und Retrieval passen."], None),
  ("11:30", KV, [f"Kennt jemand „{T('2005.00743')}“? Da wird gezeigt, dass es auch ohne Query-Key-Skalarprodukt geht."], None),
  ("11:34", JB, ["↪ Antwort auf Katrin Vogel (11:30): „Kennt jemand …“",
                 "Kenne ich, eher ein Randthema. Für die Edge-Geräte im Projekt fände ich",
                 f"„{T('2004.11886')}“ (ICLR 2020) wichtiger, Code: https://github.com/mit-han-lab/lite-transformer"], None),
  ("11:36", KV, ["Gute Idee, nehmen wir beides als Kurzvortrag. (bearbeitet)"], None),
  ("15:48", DA, ["Hat schon jemand das mamba-Repo auf unseren A100 zum Laufen gebracht? https://github.com/state-spaces/mamba",
                 "Der causal-conv1d-Build bricht bei mir mit CUDA 11.8 ab."], None),
  ("16:05", TL, ["↪ Antwort auf Deniz Aydın (15:48): „Hat schon jemand …“",
                 "Ja, mit dem Container nvcr.io/nvidia/pytorch:24.03-py3 ging es. Für lineare Attention gibt es übrigens fertige Kernel in",
                 "https://github.com/fla-org/flash-linear-attention"], "Reaktionen: 🙏 1"),
 ]),
 (dt.date(2024, 6, 12), [
  ("14:10", FH, [f"Zum Thema Gedächtnis: „{T('2010.06891')}“ https://openreview.net/forum?id=_adSMszz_g9"], None),
  ("14:12", DA, [f"Wenn schon Gedächtnis, dann auch der Klassiker: „{T('1410.5401')}“ von Graves et al., 2014 😄"], "Reaktionen: 😄 4"),
  ("14:20", MS, ["📎 S4_vs_Mamba_Notizen.pdf (1,8 MB)"], None),
  ("14:21", MS, ["Meine Notizen zu S4 und Mamba vom letzten Semester, falls jemand Hintergrund braucht. xLSTM lassen wir erst mal weg?"], None),
  ("16:40", KV, ["Danke euch! Vorschlag für die Termine (jeweils Do 14 Uhr, Raum 2.114 und Webex):",
                 "13.06. RetNet (Jonas) + Hyena (Deniz)",
                 "20.06. Performer + RFA (Felix), Kurzvortrag Synthesizer (Katrin)",
                 "27.06. Lite Transformer (Tobias) + Memformer und NTM (Deniz)",
                 "Einwände bis morgen früh."], "Reaktionen: 👍 5"),
 ]),
 (dt.date(2024, 6, 13), [
  ("09:02", JB, ["📎 RetNet_Lesekreis_v2.pdf (2,4 MB)"], None),
  ("09:03", JB, ["Folien für heute. Die Herleitung der drei Berechnungsmodi ist auf Folie 6–9."], None),
  ("15:31", KV, ["Danke Jonas und Deniz, war super. Nächste Woche Felix. Protokoll liegt im Teamordner unter /Lesekreis/2024-06-13."], None),
 ]),
]
members, exp = 7, dt.datetime(2024, 6, 14, 17, 42)
n_msgs = sum(len(ms) for _, ms in DAYS)
L = ["stashcat – Channel-Export", "Channel: KI-Lesekreis", "Organisation: KI-Kompetenzzentrum der Landesverwaltung",
     f"Mitglieder: {members}", "Exportiert von: Jonas Brandt", f"Exportiert am: {exp:%d.%m.%Y, %H:%M} Uhr",
     f"Nachrichten: {n_msgs}", "=" * 60, ""]
for d, ms in DAYS:
    L += [f"{WT[d.weekday()]}, {d:%d.%m.%Y}", ""]
    for t, who, text, react in ms:
        L.append(f"{t} | {who}: {text[0]}")
        L += [" " * 8 + x for x in text[1:]]
        if react: L.append(" " * 8 + react)
    L.append("")
L.append("— Ende des Exports —")
write_only(F1443, "\n".join(L) + "\n", keys(F1443))
