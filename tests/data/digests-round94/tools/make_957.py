#!/usr/bin/env python3
"""957: a Brightspace (D2L) course's Content tool, Table of Contents view, selected and copied as text by a student
(English interface, Dutch course content, as many Dutch universities run it): the skip link, the organisation
homepage link, the course name, the course navbar, the Content side panel (Search Topics, Overview, Bookmarks,
Course Schedule, Table of Contents with its count, every module with its count of unread topics), then the Table of
Contents pane (`Print` / `Download`) with every module: its title, the description the lecturer typed (readings with
authors, titles, URLs on their own lines, a title broken by a typed line break) and its topics, one title line and
one type line each (`PDF document`, `Link`, `Web Page`, `Video`, `Assignment`, `Quiz`, `Discussion Topic`),
assignments and quizzes with a `Due Mon D, YYYY h:mm AM|PM` line. A select-all copy keeps no blank lines.
Papers: two arXiv URLs and two OpenReview URLs in the module descriptions, one arXiv id written after a PDF topic's
title, three uploaded PDFs named by their titles only. d2l.ai, the Annotated S4 post, the mamba repository and a
recorded lecture are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys

F = by_num(957)
K = dict(s4="2111.00396", mamba="2312.00752", glat="2008.07905", expire="2105.06548", txl="1901.02860",
         seq2seq="1409.3215", hippo="2008.07669", retnet="2307.08621")

NAV = ["Course Home", "Content", "Assignments", "Quizzes", "Discussions", "Grades", "Classlist", "Course Tools"]

s4_title = T(K["s4"]).replace("with Structured", "with\nStructured")

modules = [
    ("Algemeen", [
        "Welkom bij Deep Learning voor Sequenties! Hoorcolleges op dinsdag (13:45–15:30, Collegezaal B) en "
        "werkcolleges op donderdag. Lees de studiehandleiding vóór het eerste college.",
        "Vragen over de stof graag in het forum, niet per mail. Docent: dr. Sanne de Vries; assistenten: Joris Bakker "
        "en Noor El Amrani.",
    ], [
        ("Studiehandleiding CSE3215 2023-2024", "PDF document", None),
        ("Dive into Deep Learning (d2l.ai), hoofdstukken 9 en 10", "Link", None),
        ("Vragen over de stof", "Discussion Topic", None),
    ]),
    ("Week 1 · Recurrente netwerken en seq2seq (12–16 feb)", [
        "Verplicht: het seq2seq-artikel van Sutskever, Vinyals en Le (staat hieronder als PDF, blz. 1–6 volstaan).",
        "Voor wie in het project vertaling doet, extra: Qian et al., " + T(K["glat"]) + " (ACL 2021). De reviews "
        "van de eerdere ICLR-inzending zijn leerzaam:",
        "https://openreview.net/forum?id=" + OR(K["glat"]),
    ], [
        ("Sutskever, Vinyals & Le (2014) – " + T(K["seq2seq"]), "PDF document", None),
        ("Slides hoorcollege 1 – RNN's, LSTM's en encoder-decoder", "PDF document", None),
        ("Opname hoorcollege 1", "Video", None),
        ("Oefenquiz week 1", "Quiz", "Feb 16, 2024 5:00 PM"),
        ("Opdracht 1: tekens voorspellen met een GRU", "Assignment", "Feb 23, 2024 11:59 PM"),
    ]),
    ("Week 2 · Geheugen over lange contexten (19–23 feb)", [
        "We lezen Transformer-XL (segment-recurrentie en relatieve posities) en kijken daarna naar geheugen dat "
        "zelf bepaalt wat het vergeet:",
        "Sukhbaatar et al., " + T(K["expire"]) + ", ICML 2021 –",
        "https://openreview.net/pdf?id=" + OR(K["expire"]),
        "Let bij Expire-Span vooral op figuur 2 en de verliesterm voor de vervaltijd.",
    ], [
        ("Dai et al. 2019, " + T(K["txl"]) + " (arXiv:1901.02860)", "PDF document", None),
        ("Slides hoorcollege 2 – recurrentie in transformers", "PDF document", None),
        ("Opname hoorcollege 2", "Video", None),
        ("Oefenquiz week 2", "Quiz", "Feb 23, 2024 5:00 PM"),
        ("Leesvragen week 2 (forum)", "Discussion Topic", None),
    ]),
    ("Week 3 · Van HiPPO naar S4 (26 feb–1 mrt)", [
        "Eerst de theorie van continue geheugenprojecties (HiPPO, PDF hieronder), dan het S4-artikel:",
        "Gu, Goel & Ré, " + s4_title + " (ICLR 2022)",
        "https://arxiv.org/abs/" + K["s4"],
        "Tip: The Annotated S4 loopt de code stap voor stap door; het is een blogpost, geen verplichte stof.",
    ], [
        (T(K["hippo"]) + " (Gu, Dao, Ermon, Rudra & Ré, NeurIPS 2020)", "PDF document", None),
        ("The Annotated S4 (Rush & Karamcheti)", "Link", None),
        ("Slides hoorcollege 3 – toestandsruimtemodellen", "PDF document", None),
        ("Opname hoorcollege 3", "Video", None),
        ("Opdracht 2: een diagonale SSM-laag in PyTorch", "Assignment", "Mar 8, 2024 11:59 PM"),
    ]),
    ("Week 4 · Selectieve SSM's en retentie (4–8 mrt)", [
        "Mamba maakt de SSM-parameters afhankelijk van de invoer. Lees secties 1–3 en 4.1:",
        "Gu & Dao (2023), " + T(K["mamba"]),
        "https://arxiv.org/pdf/" + K["mamba"] + ".pdf",
        "Daarnaast RetNet van Microsoft als tegenhanger met retentie in plaats van attentie (PDF hieronder). "
        "Vergelijk de recurrente vorm van beide.",
    ], [
        ("Sun et al. (2023) " + T(K["retnet"]), "PDF document", None),
        ("state-spaces/mamba op GitHub", "Link", None),
        ("Slides hoorcollege 4 – Mamba en RetNet", "PDF document", None),
        ("Gastcollege (opname): SSM's in de praktijk", "Video", None),
        ("Oefenquiz week 4", "Quiz", "Mar 8, 2024 5:00 PM"),
    ]),
    ("Project en tentamen", [
        "Het project doe je in tweetallen. Het tentamen is digitaal in Ans; oefententamens staan hieronder.",
    ], [
        ("Projectvoorstel (max. 2 pagina's)", "Assignment", "Mar 15, 2024 11:59 PM"),
        ("Eindverslag project", "Assignment", "Apr 5, 2024 11:59 PM"),
        ("Oefententamen 2023", "PDF document", None),
        ("Tentameninformatie en toegestane hulpmiddelen", "Web Page", None),
    ]),
]

lines = ["Skip to main content", "TU Voorbeeld Brightspace", "CSE3215 Deep Learning voor Sequenties (2023/24 Q3)"]
lines += NAV
lines += ["Search Topics", "Overview", "Bookmarks", "Course Schedule", "Table of Contents",
          str(sum(len(m[2]) for m in modules))]
for name, _, topics in modules:
    lines += [name, str(len(topics))]
lines += ["Table of Contents", "Print", "Download"]
for name, desc, topics in modules:
    lines.append(name)
    for d in desc:
        lines += d.split("\n")
    for title, kind, due in topics:
        lines += [title, kind]
        if due:
            lines.append("Due " + due)
text = "\n".join(lines) + "\n"
write_only(F, text, keys(F))
