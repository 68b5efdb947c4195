#!/usr/bin/env python3
"""522: an Asana project exported with "Export/Print → CSV": Asana's columns (Task ID, Created At, Completed At, Last
Modified, Name, Section/Column, Assignee, Assignee Email, Start Date, Due Date, Tags, Notes, Projects, Parent task,
Blocked By / Blocking (Dependencies)) plus two custom fields, 16-digit task ids, subtasks as rows naming their parent,
multi-line Notes, CRLF row ends (Python's csv writer, as Asana's file has them). A German reading group on LLM agents
and RL. Papers: arXiv abs / pdf URLs in Notes (link), "arXiv:ID" (arxiv-text), task names with a venue only
(title-only). Not papers: project pages, GitHub repositories (AgentBench, MineDojo), the LangChain docs, room
booking, the guest talk, pizza."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F522, keys

HEAD = ["Task ID", "Created At", "Completed At", "Last Modified", "Name", "Section/Column", "Assignee", "Assignee Email",
        "Start Date", "Due Date", "Tags", "Notes", "Projects", "Parent task", "Blocked By (Dependencies)",
        "Blocking (Dependencies)", "Status", "Vortrag"]
P = "Lesekreis Agenten & RL (SoSe 24)"
PPL = {"jh": ("Jonas Hartmann", "jonas.hartmann@example.de"), "ab": ("Aylin Bozkurt", "aylin.bozkurt@example.de"),
       "fs": ("Friederike Steinhoff", "f.steinhoff@example.de"), "mk": ("Mats Kühne", "mats.kuehne@example.de"), "": ("", "")}
rows = []
tid = iter(range(1206981234500101, 1206981234509999, 37))


def add(created, done, modified, name, section, who, start, due, tags, notes, parent="", blocked="", blocking="", status="", talk=""):
    a, m = PPL[who]
    rows.append([str(next(tid)), created, done, modified, name, section, a, m, start, due, tags, notes, P, parent,
                 blocked, blocking, status, talk])


add("2024-03-18", "2024-03-22", "2024-03-22", "Raum buchen (Seminarraum 0.108, dienstags 16–18 Uhr)", "Organisatorisches", "jh", "", "2024-03-22", "orga", "Über das Raumbuchungssystem, Sammelbuchung für das ganze Semester.", status="Erledigt")
add("2024-03-18", "2024-03-25", "2024-03-25", "Terminumfrage rumschicken", "Organisatorisches", "jh", "", "2024-03-25", "orga", "Nuudel-Umfrage, Link im Matrix-Raum gepostet.\nErgebnis: Dienstag gewinnt knapp vor Donnerstag.", status="Erledigt")
add("2024-03-18", "", "2024-04-02", "Gastvortrag anfragen (Robotik-Gruppe, Thema Sprachmodelle auf echten Robotern)", "Organisatorisches", "fs", "", "2024-05-07", "orga, gast", "Mail an die Gruppe ist raus, Antwort steht aus.\nAlternativ: jemand aus dem Hackathon-Team.", status="Offen")
add("2024-03-19", "2024-04-16", "2024-04-16", f"Sitzung 1: {T('2106.01345')}", "Sitzung 1 – 16.04.", "ab", "2024-04-02", "2024-04-16", "RL, Sequenzmodelle", "NeurIPS 2021.\nFokus: return-to-go Konditionierung, Vergleich mit CQL auf D4RL.\nCode ist im Repo kzl/decision-transformer.", status="Erledigt", talk="Aylin")
add("2024-03-19", "2024-04-15", "2024-04-15", "Folien Sitzung 1 in Moodle hochladen", "Sitzung 1 – 16.04.", "ab", "", "2024-04-15", "orga", "", parent=f"Sitzung 1: {T('2106.01345')}", status="Erledigt")
add("2024-03-19", "2024-04-23", "2024-04-23", f"Sitzung 2: {T('2101.03958')}", "Sitzung 2 – 23.04.", "mk", "2024-04-09", "2024-04-23", "RL, Meta-Learning", "ICLR 2021. Verlustfunktionen als Berechnungsgraphen, per Evolution gesucht.\nFrage für die Diskussion: wie teuer ist die Suche wirklich?", status="Erledigt", talk="Mats")
add("2024-03-19", "", "2024-04-24", f"Sitzung 3: {T('2305.16291')}", "Sitzung 3 – 30.04.", "fs", "2024-04-16", "2024-04-30", "Agenten, LLM", "https://arxiv.org/abs/2305.16291\nProjektseite: https://voyager.minedojo.org\nSkill-Bibliothek + automatisches Curriculum in Minecraft.", status="In Arbeit", talk="Friederike")
add("2024-03-19", "", "2024-04-24", "MineDojo lokal installieren und Demo testen", "Sitzung 3 – 30.04.", "fs", "", "2024-04-29", "technik", "Braucht Java 8 (!). Auf dem Pool-Rechner klappt es nicht, ggf. Docker.", parent=f"Sitzung 3: {T('2305.16291')}", status="Offen")
add("2024-03-19", "", "2024-04-20", f"Sitzung 4: {T('2304.03442')}", "Sitzung 4 – 07.05.", "jh", "2024-04-23", "2024-05-07", "Agenten, LLM, Gedächtnis", "https://arxiv.org/abs/2304.03442\nSmallville; Gedächtnisstrom, Reflexion, Planung.\nZusammen mit dem Gastvortrag, falls der zustande kommt.", status="Offen", talk="Jonas")
add("2024-03-19", "", "2024-04-20", f"Sitzung 5: {T('2308.03688')}", "Sitzung 5 – 14.05.", "ab", "2024-04-30", "2024-05-14", "Agenten, Evaluation", "arXiv:2308.03688 (ICLR 2024)\nRepo: https://github.com/THUDM/AgentBench\nWelche der acht Umgebungen schauen wir uns genauer an?", blocked=f"Sitzung 4: {T('2304.03442')}", status="Offen", talk="Aylin")
add("2024-03-19", "", "2024-04-20", f"Sitzung 6: {T('2204.01691')}", "Sitzung 6 – 21.05.", "mk", "2024-05-07", "2024-05-21", "Robotik, LLM", "CoRL 2022, Projektseite say-can.github.io\nPasst zum Gastvortrag (Robotik-Gruppe).", status="Offen", talk="Mats")
add("2024-03-20", "", "2024-04-20", f"Sitzung 7: {T('2204.14198')}", "Sitzung 7 – 28.05.", "", "2024-05-14", "2024-05-28", "multimodal", "https://arxiv.org/pdf/2204.14198\nNoch niemand eingetragen – wer mag?\nLang (über 60 Seiten), Hauptteil reicht.", status="Offen")
add("2024-03-20", "", "2024-04-02", T("2011.03459"), "Backlog", "", "", "", "Wissensgraphen", "ICLR 2021 (Outstanding Paper).\nVorschlag von Friederike, passt aber eher in den KG-Lesekreis.", status="Vorschlag")
add("2024-03-20", "", "2024-04-02", "LangChain-Agenten-Tutorial durchgehen (für die Übung)", "Backlog", "jh", "", "", "technik", "https://python.langchain.com/docs/modules/agents/\nEvtl. als Hands-on in der letzten Sitzung.", status="Vorschlag")
add("2024-03-21", "", "2024-03-21", "Pizza für die letzte Sitzung bestellen", "Organisatorisches", "mk", "", "2024-07-16", "orga", "Budget: 60 € aus der Fachschaftskasse, Beleg an Frau Lenz.", status="Offen")

buf = io.StringIO()
w = csv.writer(buf)
w.writerow(HEAD)
w.writerows(rows)
text = buf.getvalue()
write_only(F522, text, keys(F522))
