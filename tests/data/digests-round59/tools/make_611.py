#!/usr/bin/env python3
"""611: one Netnews article as an NNTP server sends it (RFC 5536 headers: Path, From, Newsgroups, Subject, Date,
Organization, Lines, Message-ID, References, NNTP-Posting-Host, Mime-Version, Content-Type, Content-Transfer-Encoding,
User-Agent, Xref; a blank line; the body with "> " quotes and an attribution line; "-- " signature), saved from slrn
("o" → save). German reply in a thread on large language model scaling."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F611, keys

body = f"""Thomas Reinhardt <t.reinhardt@uni-bergtal.example> schrieb:
> Gibt es eigentlich eine brauchbare Leseliste zum Thema Skalierung von
> Sprachmodellen? Ich soll im Sommersemester ein Proseminar betreuen und
> finde vor lauter Blogposts und Twitter-Threads die eigentlichen Arbeiten
> nicht mehr.
>
> Jens Albrecht <jalb@posteo-nord.example> schrieb:
>> Fang doch einfach mit den einschlägigen Blogs an, z.B. "The Illustrated
>> Transformer" von Jay Alammar oder Lilian Wengs Übersichtsartikel, da
>> sind die Papers ja alle verlinkt.
>
> Das habe ich versucht, aber die Blogs verlinken jeweils nur die
> Arbeiten, die zu ihrer Geschichte passen. Ich hätte gern etwas
> Kanonisches, das man in 12 Sitzungen schafft.

Ja, wir haben im letzten Semester genau so ein Seminar gemacht. Ich
schreibe dir die Liste hier rein, in der Reihenfolge, in der wir sie
gelesen haben. Die Links gehen auf arXiv, wo ich keinen habe, steht nur
der Titel (die PDFs liegen bei uns auf dem Institutslaufwerk, das hilft
dir vermutlich nicht).

1. Skalierungsgesetze

   "{T('2001.08361')}"
   {au('2001.08361')}, 2020
   <https://arxiv.org/abs/2001.08361>

   Potenzgesetze für Verlust in Abhängigkeit von Parametern, Daten und
   Rechenaufwand. Pflichtlektüre, auch wenn die Schlussfolgerung zur
   optimalen Aufteilung später korrigiert wurde, nämlich in:

   "{T('2203.15556')}"
   {au('2203.15556')}, 2022
   <https://arxiv.org/abs/2203.15556>

   (das ist das "Chinchilla"-Paper; Daten und Parameter etwa gleich stark
   skalieren, ~20 Tokens pro Parameter)

2. Mixture of Experts

   "{T('1701.06538')}"
   {au('1701.06538')}, ICLR 2017

   und der Nachfolger:

   "{T('2101.03961')}"
   {au('2101.03961')}, JMLR 2022
   arXiv:2101.03961

   Für das Seminar reicht Abschnitt 2 des zweiten Papers; die Routing-
   Details (Top-1 statt Top-k) sind prüfungsrelevant ;-)

3. Systeme

   "{T('1910.02054')}"
   {au('1910.02054')}, SC 2020

   Wer keine Ahnung von verteiltem Training hat, sollte vorher die
   DeepSpeed-Dokumentation und das PyTorch-FSDP-Tutorial durchgehen (beides
   keine Papers, aber sehr hilfreich).

4. Offene Modelle

   "{T('2205.01068')}"
   {au('2205.01068')}, 2022
   <https://arxiv.org/pdf/2205.01068.pdf>

   Interessant vor allem wegen des Logbuchs zum Trainingsverlauf (im
   GitHub-Repo metaseq, Verzeichnis projects/OPT/chronicles -- das ist
   kein Paper, aber die Studis lieben es).

5. Daten statt Größe

   "{T('2306.11644')}"
   {au('2306.11644')}, 2023

   Kontrovers diskutiert, gut für eine Pro/Contra-Sitzung.

6. Emergenz

   "{T('2206.07682')}"
   {au('2206.07682')}, TMLR 2022

   Dazu unbedingt die Gegenposition lesen lassen; die Diskussion in
   unserem Seminar war die beste des Semesters.

> Und gibt es dazu auch Material für die Übung?

Wir haben die Übungen mit nanoGPT (Karpathy, GitHub) gemacht und kleine
Skalierungskurven auf TinyStories (Datensatz) gefittet. Die Folien von
Stanford CS324 ("Large Language Models", Vorlesung) kann man gut
verlinken. Das Buch "Dive into Deep Learning" hat ein passendes Kapitel
zu Transformern.

Zur Organisation noch ein paar Erfahrungen:

- Zwei Vorträge pro Sitzung waren zu viel; lieber eine Arbeit gründlich,
  die zweite nur als "Kurzreferat" (10 min).
- Lass die Studis die Skalierungsplots selbst nachzeichnen (log-log,
  Achsen beschriften!). Dabei merkt man sofort, wer das Paper wirklich
  gelesen hat.
- Für die Hausarbeiten haben sich Vergleiche bewährt: Kaplan vs.
  Hoffmann, dichte Modelle vs. MoE, Parameter vs. Datenqualität.
- Rechenzeit: Wir hatten 2 GPUs über den Rechenzentrums-Pool, das reicht
  für Modelle bis ~100M Parameter, mehr nicht.

> Und wie habt ihr die Noten gemacht?

Vortrag 40 %, Hausarbeit 50 %, Diskussionsbeteiligung 10 %. Das steht aber
alles in der Seminarordnung.

Falls du die Seminarordnung (Bewertungsschema, Vortragslänge 30 min +
15 min Diskussion) haben willst, schick mir eine Mail, das gehört nicht
in die Gruppe.

Gruß,
Katrin
"""
sig = """--
Katrin Vollmer * Arbeitsgruppe Maschinelles Lernen * Hochschule Nordheide (fiktiv)
"Ein Modell ist nur so gut wie seine Evaluation."
PGP: 0x5A1B 7C3D -- Antworten bitte in die Gruppe, nicht per Mail.
"""
body = body + "\n-- \n" + sig.split("\n", 1)[1]
headers = [
 ("Path", "news.kaiserhof.example!feeder.nntp-hub.example!not-for-mail"),
 ("From", "Katrin Vollmer <k.vollmer@hs-nordheide.example>"),
 ("Newsgroups", "de.sci.informatik.ki,de.comp.lang.misc"),
 ("Followup-To", "de.sci.informatik.ki"),
 ("Subject", "Re: Leseliste Skalierung von Sprachmodellen (Proseminar)"),
 ("Date", "Tue, 12 Mar 2024 21:17:43 +0100"),
 ("Organization", "Hochschule Nordheide, Fachbereich Informatik"),
 ("Lines", str(body.count("\n"))),
 ("Message-ID", "<slrnuv1ab3.4kq.k.vollmer@ws17.hs-nordheide.example>"),
 ("References", "<usqd8f$2hk1$1@news.kaiserhof.example> <usr0c2$31nb$1@news.kaiserhof.example>"),
 ("NNTP-Posting-Host", "ws17.hs-nordheide.example"),
 ("Mime-Version", "1.0"),
 ("Content-Type", "text/plain; charset=UTF-8"),
 ("Content-Transfer-Encoding", "8bit"),
 ("X-Trace", "news.kaiserhof.example 1710274663 81215 192.0.2.47 (12 Mar 2024 20:17:43 GMT)"),
 ("X-Complaints-To", "abuse@kaiserhof.example"),
 ("NNTP-Posting-Date", "Tue, 12 Mar 2024 20:17:43 +0000 (UTC)"),
 ("User-Agent", "slrn/1.0.3 (Linux)"),
 ("Xref", "news.kaiserhof.example de.sci.informatik.ki:48213 de.comp.lang.misc:17702"),
]
text = "".join(f"{k}: {v}\n" for k, v in headers) + "\n" + body
write_only(F611, text, keys(F611))
