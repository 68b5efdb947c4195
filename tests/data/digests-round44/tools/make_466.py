#!/usr/bin/env python3
"""466 (NEGATIVE): a Mastodon thread copied from the web interface (sigmoid.social-like instance, invented): the
"Zurück" bar, display name / @handle@instance, posts "🧵 1/8" ..., a content warning ("CW: langer Thread"), media
descriptions ("Bild: …"), hashtags, timestamps "12. Juni 2024, 08:41", "Bearbeitet", boost / favourite counts,
"Sichtbarkeit: Öffentlich", two replies from other instances. German. Conference logistics, tools, talks, deadlines
and repositories — no paper: the builder refuses any catalogue title and any arXiv-shaped number."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write, no_catalogue_title
from make_expected import F466

text = """Zurück

Dr. Friederike Lanz 🦉
@flanz@sigmoid.example.social

CW: langer Thread – Tipps für die Sommerkonferenz-Saison 🧵
Inhalt anzeigen

🧵 1/8 Die Konferenzsaison geht los und ich bekomme jede Woche dieselben Fragen von unseren Doktorand:innen. Also
einmal gesammelt, was sich in unserer Gruppe bewährt hat. Keine Paper-Empfehlungen diesmal, nur Werkzeug und
Logistik. #MachineLearning #Konferenz #Promotion

12. Juni 2024, 08:41 · Bearbeitet · Sichtbarkeit: Öffentlich
↩ 14  🔁 87  ⭐ 203

2/8 Poster: Wir drucken auf Stoff (knittert nicht im Handgepäck). Vorlage ist unser LaTeX-Template auf Basis von
tikzposter, liegt im Gruppen-Repo: https://codeberg.example.org/lanz-lab/poster-vorlage
QR-Code auf die Projektseite, NICHT auf ein PDF, das ihr später nicht mehr ändern könnt.

Bild: Foto eines Stoffposters, zusammengefaltet neben einem Rucksack.

12. Juni 2024, 08:43
↩ 3  🔁 21  ⭐ 64

3/8 Reproduzierbarkeit vor der Deadline: Wir frieren die Umgebung mit uv lock ein und legen das Lockfile ins
Supplement. Seeds in der Config, nicht im Code. Für die Tabellen ein Skript, das aus den W&B-Runs direkt
LaTeX erzeugt – nie wieder Zahlen abtippen. Hydra-Configs mit ins Repo.

12. Juni 2024, 08:46
↩ 5  🔁 33  ⭐ 91

4/8 Rebuttal-Phase: Eine gemeinsame Tabelle pro Einreichung (wer antwortet auf welchen Reviewer, welche Experimente
laufen noch). Antworten zuerst im Overleaf-Projekt schreiben, dann erst ins Portal. Zeichenlimit prüfen!
Unser internes Muster-Rebuttal gibt es auf Anfrage per Mail: rebuttal-hilfe@lanz-lab.example.de

12. Juni 2024, 08:50
↩ 7  🔁 19  ⭐ 58

5/8 Vorträge, die ich unseren Leuten jedes Jahr schicke (alle als Video online):
– „Wie man ein Poster in 90 Sekunden erklärt“ – Workshop-Keynote von Ilse Marquardt, Sommerschule Tübingen
– „Reviewing für Anfänger:innen“ – Podiumsdiskussion auf dem Doktorand:innen-Forum, Aufzeichnung auf dem
  Kanal des Forums
– „Schreiben unter Zeitdruck“ – Lightning Talk von @kbauer@fedi.example.net

12. Juni 2024, 08:55
↩ 2  🔁 40  ⭐ 112

6/8 Fristen, die in unserer Gruppe gerade relevant sind (alle Zeiten AoE, bitte selbst nachprüfen):
• Workshop-Einreichungen für den Herbst: 30. Juni
• Camera-ready Sommerschule: 5. Juli
• Reisestipendium der Fachgruppe: 15. Juli
• Doktorand:innen-Symposium, Abstract (1 Seite): 1. August
Kalender-Datei für die Gruppe: https://cloud.lanz-lab.example.de/s/fristen-ics

12. Juni 2024, 09:02
↩ 9  🔁 52  ⭐ 77

7/8 Software, ohne die bei uns nichts läuft: PyTorch 2.3, Lightning, Hydra, W&B (Selfhosted), DVC für die Daten,
pre-commit mit ruff, Zotero mit Better BibTeX für die Literatur, und Typst für alles, was kein Paper ist.
Wer Slurm-Skripte braucht: https://codeberg.example.org/lanz-lab/slurm-rezepte

12. Juni 2024, 09:05
↩ 4  🔁 28  ⭐ 85

8/8 Und das Wichtigste: Schlaft vor dem Vortrag. Kein Experiment ist es wert, mit drei Stunden Schlaf vor 200
Leuten zu stehen. Fragen gern hier drunter, ich antworte heute Abend. 🦉 /Ende

12. Juni 2024, 09:07
↩ 11  🔁 61  ⭐ 240

Antworten

Konstantin Bauer
@kbauer@fedi.example.net
@flanz Danke für die Erwähnung! Die Folien zum Lightning Talk liegen jetzt auch als PDF auf meiner Seite:
https://kbauer.example.net/talks/schreiben-unter-zeitdruck.pdf

12. Juni 2024, 10:18
↩ 1  🔁 4  ⭐ 19

Miriam Oduya
@moduya@scholar.example.social
@flanz Zu 3/8: Das Skript für W&B → LaTeX würde mich interessieren. Ist das öffentlich? Wir tippen Tabellen
immer noch von Hand ab 🙈

12. Juni 2024, 11:02
↩ 1  🔁 0  ⭐ 7

Dr. Friederike Lanz 🦉
@flanz@sigmoid.example.social
@moduya Noch nicht, kommt nach der Deadline ins Repo „wandb-zu-latex“ auf unserem Codeberg. Ich sag Bescheid!

12. Juni 2024, 11:15
↩ 0  🔁 0  ⭐ 5

Weitere Antworten laden
"""
no_catalogue_title(text, F466)
write(F466, text, negative=True)
