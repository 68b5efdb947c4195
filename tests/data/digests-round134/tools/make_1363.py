#!/usr/bin/env python3
"""1363: a Fleep conversation exported as text (Fleep, the Estonian team messenger) by a Tartu-like lab that reads
about LLM agents: a three-line header (conversation topic, who exported it and when, the members), then one record a
message — `DD.MM.YYYY HH:MM Name: text`, Estonian date order, lines of a multi-line message following bare — with
Fleep's system records (joined, pinned, shared a file, edited) in the same stream, in time order. Papers: arXiv abs /
pdf links, an OpenReview forum link and an `arXiv:` id in messages, three titles alone (one not on arXiv); the
SWE-bench leaderboard, the LangChain docs, MineDojo, the AlphaFold database and a call link are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1363, keys, ALPHAFOLD

TOPIC = "ML-labor: agendid ja tööriistad"
MEMBERS = ["Kadri Tamm", "Martin Kask", "Liis Saar", "Rasmus Ilves"]
MSGS = [  # (date time, name, text) — name None = a system record
    ("12.02.2024 10:14", "Kadri Tamm", "Tere kõigile! Teeme selle vestluse agentide lugemisringi jaoks. Esimene kord neljapäeval kell 14, ruum 3077 (Delta)."),
    ("12.02.2024 10:15", None, "Kadri Tamm added Rasmus Ilves to the conversation"),
    ("12.02.2024 10:21", "Martin Kask", f"Ettepanek esimeseks korraks:\n{T('2303.11366')}\nhttps://arxiv.org/abs/2303.11366\nLühike ja selge, sobib alustuseks."),
    ("12.02.2024 10:23", "Liis Saar", "👍 ja teiseks korraks võiks olla midagi tööriistade kasutamisest"),
    ("12.02.2024 10:26", "Martin Kask", f"Siis {T('2302.04761')} — https://arxiv.org/pdf/2302.04761.pdf"),
    ("12.02.2024 10:26", None, "Kadri Tamm pinned a message"),
    ("12.02.2024 11:02", "Rasmus Ilves", "Tere! Kas LangChaini juhendit on ka vaja lugeda? https://python.langchain.com/docs/get_started/introduction"),
    ("12.02.2024 11:05", "Kadri Tamm", "Ei ole vaja, see on lihtsalt tarkvara. Aga kui tahad midagi praktilist, siis vaata SWE-bench edetabelit: https://www.swebench.com/"),
    ("12.02.2024 11:07", "Kadri Tamm", f"Ja artikkel ise: {T('2310.06770')}\nhttps://openreview.net/forum?id={OR('2310.06770')} (ICLR 2024, retsensioonid on ka huvitavad)"),
    ("15.02.2024 15:48", None, "Martin Kask shared a file: reflexion_slaidid.pdf (2.1 MB)"),
    ("15.02.2024 15:52", "Liis Saar", f"Täna jäi arutamata {T('2310.11511')} (https://arxiv.org/abs/2310.11511). Kas võtame järgmisel nädalal?"),
    ("15.02.2024 15:53", "Martin Kask", "Jah. Ja Minecrafti agent ka, Rasmus lubas."),
    ("15.02.2024 16:10", "Rasmus Ilves", f"Jep: \"{T('2305.16291')}\" (arXiv:2305.16291). Keskkond on MineDojo, https://minedojo.org/ — see ei ole artikkel, vaid platvorm."),
    ("15.02.2024 16:12", None, "Rasmus Ilves edited a message"),
    ("19.02.2024 09:30", "Kadri Tamm", f"Veel kaks soovi juhendajalt:\n1) {T('2205.06175')} (ehk Gato)\n2) {T('2206.14858')} (Minerva)\nPDF-e mul ei ole, kas keegi leiab?"),
    ("19.02.2024 09:41", "Liis Saar", f"Gato leidsin TMLR-ist. Ja kui juba teadusest rääkida, siis \"{ALPHAFOLD}\" (Nature 2021) oleks hea kontrast — andmebaas on siin https://alphafold.ebi.ac.uk/"),
    ("19.02.2024 09:44", "Martin Kask", "AlphaFold ei ole küll agent 😄 aga ma olen poolt"),
    ("19.02.2024 17:40", "Kadri Tamm", "Kokkuvõte: 22.02 Self-RAG + Voyager, 29.02 Gato + Minerva, 07.03 AlphaFold. Kõne link: https://meet.ml-labor.example.ee/agendid"),
]
lines = [f"Fleep conversation: {TOPIC}", "Exported by Kadri Tamm on 19.02.2024 17:42", "Members: " + ", ".join(MEMBERS), ""]
for when, who, text in MSGS:
    lines.append(f"{when} {text}" if who is None else f"{when} {who}: {text}")
text = "\n".join(lines) + "\n"
write_only(F1363, text, keys(F1363))
