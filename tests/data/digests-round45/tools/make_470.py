#!/usr/bin/env python3
"""470: a TaskPaper file (TaskPaper 3 / the plain-text format Taskpaper, Editorial and many editors read) of a German
doctoral student's reading plan on LLM agents and alignment: projects ending in ":", tasks "- …" indented with tabs,
notes as other indented lines, tags @due(…), @done(…), @priority(…), @flag, @today, @waiting(…), a project archived
under "Archive:" with @project(…) tags. Papers: arXiv abs / pdf URLs (link), "arXiv:ID" in notes (arxiv-text),
titles in „…“ quotes with venue / proceedings pages or bare (title-only). Not papers: the AutoGen / LangChain
repositories, an MT-Bench leaderboard, a talk, the Minecraft wiki, a workshop deadline, a Zoom call, a reviewing task."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F470, keys

text = f"""Lesen — Agenten & Alignment (Sommer 2024):
	Plan für Kapitel 3 der Diss. Alles, was mit Gedächtnis, Werkzeugnutzung und Evaluation von Agenten zu tun hat.
	Mittwochs 9–11 Uhr ist Lesezeit, Handy aus.
	- „{T("2310.08560")}“ lesen @priority(1) @due(2024-05-08) @done(2024-05-08)
		https://arxiv.org/abs/2310.08560
		Virtueller Kontext wie ein Betriebssystem: main context / external context, Paging per Function Calls.
		Frage an Jonas: lässt sich das auf unser Retrieval-Setup übertragen?
	- Voyager anschauen @priority(2) @due(2024-05-10)
		„{T("2305.16291")}“ — Projektseite https://voyager.minedojo.org/
		automatischer Lehrplan + Skill-Bibliothek (ausführbarer Code) + iteratives Prompting.
		Minecraft-Begriffe nachschlagen: https://minecraft.wiki/w/Tech_tree
	- AgentBench: Tabelle 3 (Open-Source vs. API-Modelle) für den Vortrag rausschreiben @due(2024-05-13) @today
		{T("2308.03688")}
		https://arxiv.org/pdf/2308.03688v2.pdf
		8 Umgebungen (OS, DB, KG, Kartenspiel, …). Die Fehlerkategorien in Abschnitt 5 sind gut für unsere Analyse.
	- AutoGen-Repo klonen und das Beispiel „group chat“ laufen lassen @waiting(GPU-Kontingent)
		https://github.com/microsoft/autogen
	- LangChain-Agents-Doku querlesen (nur Tool-Calling-Abschnitt) @flag
		https://python.langchain.com/docs/modules/agents/

Alignment & Sicherheit:
	- {T("2203.02155")} @priority(1) @due(2024-05-15)
		das InstructGPT-Paper, NeurIPS 2022: https://proceedings.neurips.cc/paper_files/paper/2022/hash/b1efde53be364a73914f58805a001731-Abstract-Conference.html
		SFT → RM → PPO; Abb. 2 für die Folien.
	- GCG-Angriff nachvollziehen @due(2024-05-17)
		„{T("2307.15043")}“, arXiv:2307.15043
		Suffix per Greedy Coordinate Gradient, Transfer auf geschlossene Modelle. Ethik-Abschnitt fürs Seminar.
	- Vortrag „Red Teaming in der Praxis“ ansehen (Aufzeichnung vom KI-Kolloquium) @done(2024-05-06)
	- Review für den Workshop fertig schreiben @due(2024-05-20) @priority(1)
		Einreichung #17, Deadline in der OpenReview-Konsole des Workshops. Nicht vergessen: Konfliktprüfung.

Evaluation & Skalierung:
	- BIG-bench: Aufgabenliste durchgehen @due(2024-05-22)
		„{T("2206.04615")}“ (TMLR 2023)
		Welche Aufgaben eignen sich für Agenten? Liste ins Wiki.
	- {T("2206.07682")} (arXiv:2206.07682) @due(2024-05-24)
		Emergenz vs. Metrik-Artefakt — zusammen mit der Gegenposition lesen, die Mira im Slack gepostet hat.
	- MT-Bench-Leaderboard: Zahlen für Llama-Varianten notieren @flag
		https://huggingface.co/spaces/lmsys/chatbot-arena-leaderboard
	- Kontextlänge: {T("2306.15595")} @due(2024-05-27)
		Positionsinterpolation statt Extrapolation bei RoPE; nur ~1000 Schritte Fine-Tuning.
		Meta-AI-Seite zum Paper, PDF liegt in Zotero unter „Kontext“.

Orga:
	- Zoom mit Betreuerin, Agenda: Kapitel-3-Gliederung @due(2024-05-14)
	- Reisekostenantrag ACL 2024 (Bangkok) @waiting(Verwaltung)
	- Lesegruppe: Termin für Juni in den Kalender @done(2024-05-03)

Archive:
	- Toolformer-Folien überarbeiten @done(2024-04-29) @project(Lesen — Agenten & Alignment (Sommer 2024))
	- Zotero-Bibliothek aufräumen, Duplikate löschen @done(2024-04-30) @project(Orga)
"""
write_only(F470, text, keys(F470))
