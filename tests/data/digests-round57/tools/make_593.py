#!/usr/bin/env python3
"""593: a Yammer (Viva Engage) network data export, Messages.csv: the export's header row (id, replied_to_id,
thread_id, conversation_id, group_id, group_name, participants, in_private_group, in_private_conversation, sender_id,
sender_type, sender_name, sender_email, body, api_url, attachments, deleted_by_id, deleted_by_type, created_at,
deleted_at), one row per message, bodies with line breaks quoted, "YYYY-MM-DD HH:MM:SS UTC" times. Dutch, a
community on parameter-efficient fine-tuning and optimisation."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F593, keys

G, GN = "142875390976", "PEFT & optimalisatie – leesclub"
people = {"ab": ("1579823411", "Annelies Brouwer", "annelies.brouwer@dataplein.example"),
          "rv": ("1579830882", "Ruben Verhoeven", "ruben.verhoeven@dataplein.example"),
          "sd": ("1579844107", "Sanne de Graaf", "sanne.degraaf@dataplein.example"),
          "mk": ("1579851936", "Mehmet Kaya", "mehmet.kaya@dataplein.example")}
msgs = [
 ("ab", None, "2024-02-05 08:41:17", f"Welkom in de leesclub! We beginnen met de basis:\n{T('2106.09685')}\nhttps://arxiv.org/abs/2106.09685\nBespreking donderdag 8 feb, 12:00, vergaderzaal De Linde (en via Teams)."),
 ("rv", 0, "2024-02-05 09:02:55", "Top. Ik neem de demo met onze eigen classifier mee, rank 8 vs 16."),
 ("sd", None, "2024-02-12 10:15:40", f"Volgende week BitFit: alleen de bias-termen trainen.\n{T('2106.10199')} (arXiv:2106.10199)\nVerrassend goed op GLUE voor zo weinig parameters."),
 ("mk", 2, "2024-02-12 11:30:04", f"Leuk contrast met prompt tuning. Iemand {T('2103.10385')} gelezen? (P-tuning, Liu et al.)"),
 ("sd", 3, "2024-02-12 11:44:28", "Nog niet, zet hem op de lijst voor maart."),
 ("ab", None, "2024-02-19 07:58:09", f"Na LoRA: {T('2303.10512')} https://arxiv.org/abs/2303.10512 – de rank wordt per laag verdeeld op basis van een belangrijkheidsscore."),
 ("rv", None, "2024-02-26 13:20:51", f"Voor wie few-shot wil vergelijken met in-context learning:\n{T('2205.05638')}\nhttps://arxiv.org/abs/2205.05638\n(T-Few / (IA)³). De code staat in de repo van de auteurs, niet in ons monorepo."),
 ("mk", None, "2024-03-04 08:05:33", f"Zijspoor over optimalisatie, omdat iedereen AdamW gebruikt zonder te weten waarom:\n{T('1711.05101')} – https://arxiv.org/pdf/1711.05101.pdf"),
 ("ab", 7, "2024-03-04 08:31:12", "Goed punt. Ik zie in onze configs weight_decay=0.01 zonder dat iemand het ooit heeft getuned."),
 ("sd", None, "2024-03-11 12:47:26", f"Twee oudere maar relevante papers over regularisatie, voor de liefhebber:\n- {T('2101.01761')} (Pham & Le, AAAI 2021)\n- {T('2111.04263')} (ICLR 2021) – federated, maar de regularisatieterm is interessant voor ons on-device project"),
 ("rv", 9, "2024-03-11 13:05:49", "Federated is misschien iets te ver van het onderwerp, maar prima voor de bonuslijst 🙂"),
 ("mk", None, "2024-03-18 09:00:00", "Praktisch: de GPU-reservering voor de hands-on sessie staat op 28 maart, 13:00–17:00. Inschrijven via het Forms-formulier in de groepsbestanden."),
]
rows = []
base_id = 2847561093
for i, (p, rep, when, body) in enumerate(msgs):
    mid = base_id + i * 37
    tid = mid if rep is None else rows[rep][2]
    pid, name, mail = people[p]
    rows.append([mid, "" if rep is None else rows[rep][0], tid, "", G, GN, "", "false", "false", pid, "user", name, mail,
                 body, f"https://www.yammer.com/api/v1/messages/{mid}", "", "", "", f"{when} UTC", ""])
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(["id", "replied_to_id", "thread_id", "conversation_id", "group_id", "group_name", "participants",
            "in_private_group", "in_private_conversation", "sender_id", "sender_type", "sender_name", "sender_email",
            "body", "api_url", "attachments", "deleted_by_id", "deleted_by_type", "created_at", "deleted_at"])
w.writerows(rows)
write_only(F593, buf.getvalue(), keys(F593))
