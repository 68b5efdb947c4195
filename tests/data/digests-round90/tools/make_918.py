#!/usr/bin/env python3
"""918: a German Hauptseminar's schedule page (Stud.IP 5 "Ablaufplan", all sessions opened) copied from the browser
into a text file by a student (Select All, Copy, Paste): Stud.IP's top navigation and course tabs as tab-separated
lines, the course header, the Ablaufplan with one block per date — `Di., 16.04.2024 12:15 - 13:45 (Sitzung)`, the
topic, `Raum: …`, `Durchführende Dozierende: …`, the opened description (link texts are the URLs) — one cancelled
date `(fällt aus)`, then the footer. Weekly on Tuesdays in the summer term 2024. The sessions name the papers by
title (three with an arXiv or OpenReview URL, one with its arXiv id as text, three by title only); Stanford's CS236
notes, Yang Song's and Lilian Weng's blog posts, the diffusers documentation, a YouTube tutorial and a textbook are
not papers; DDPM is named only by its nickname."""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, OR, write_only
from make_expected import by_num, keys

F = by_num(918)
K = dict(ddim="2010.02502", beatgans="2105.05233", dalle2="2204.06125", zero123="2303.11328", cfg="2207.12598",
         neq="1503.03585", ncsn="1907.05600", gan="1406.2661")
WD = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]
ROOM = "Raum: Seminarraum 2.07 (Gebäude 57, Campus Süd)"
DOZ = "Durchführende Dozierende: Prof. Dr. Annika Brenner, Jonas Feldmann, M.Sc."


def when(d, kind="Sitzung"):
    return f"{WD[d.weekday()]}., {d:%d.%m.%Y} 12:15 - 13:45 ({kind})"


start = datetime.date(2024, 4, 16)
S = [
    ("Vorbesprechung und Themenvergabe",
     ["Organisatorisches, Vergabe der Referatsthemen (Wunschliste bitte bis 19.04. per Stud.IP-Nachricht an "
      "Jonas), Hinweise zur Ausarbeitung. Zum Einstieg empfehlen wir die Kapitel 20–25 aus Kevin Murphy, "
      "\"Probabilistic Machine Learning: Advanced Topics\" (MIT Press 2023; im Semesterapparat).",
      "Prüfungsleistung: Referat (40 Min. + 20 Min. Diskussion) und schriftliche Ausarbeitung (10–12 Seiten, "
      "LaTeX-Vorlage im Dateibereich)."]),
    ("Grundlagen I: Adversariales Training",
     ["Referat 1 (Lea Hoffmann): \"" + T(K["gan"]) + "\" (Goodfellow et al., NIPS 2014).",
      "Ergänzend: Skript zu Stanford CS236 (Deep Generative Models), Kapitel zu GANs: https://deepgenerativemodels.github.io/notes/"]),
    ("Grundlagen II: Der Ursprung der Diffusionsmodelle",
     ["Referat 2 (Moritz Kaya): \"" + T(K["neq"]) + "\" (Sohl-Dickstein et al., ICML 2015).",
      "Bitte Abschnitt 2 (Vorwärts- und Rückwärtstrajektorie) vorab lesen, alle!"]),
    ("Scorebasierte Modelle",
     ["Referat 3 (Sophie Wendt): \"" + T(K["ncsn"]) + "\" (Song & Ermon, NeurIPS 2019), Stichwort NCSN / Langevin-Dynamik.",
      "Sehr zu empfehlen ist Yang Songs Blogpost https://yang-song.net/blog/2021/score/ (Blogpost, kein Paper, "
      "aber die beste Einführung in Score Matching).",
      "Zur Einordnung von DDPM (Ho et al., 2020) siehe den Blogpost von Lilian Weng: "
      "https://lilianweng.github.io/posts/2021-07-11-diffusion-models/"]),
    ("Schnelleres Sampling",
     ["Referat 4 (Niklas Obermeier): \"" + T(K["ddim"]) + "\", ICLR 2021 — bitte die OpenReview-Version lesen, "
      "die Reviews sind lehrreich: https://openreview.net/forum?id=" + OR(K["ddim"])]),
    None,
    ("Guidance",
     ["Referat 5 (Elif Demir): \"" + T(K["beatgans"]) + "\" https://arxiv.org/abs/2105.05233 (Classifier "
      "Guidance) und \"" + T(K["cfg"]) + "\" (Ho & Salimans, arXiv:2207.12598, ursprünglich NeurIPS-Workshop 2021).",
      "Frage für die Diskussion: Warum braucht CFG keinen separaten Klassifikator, und was kostet das?"]),
    ("Text-zu-Bild",
     ["Referat 6 (Paul Richter): DALL·E 2 — \"" + T(K["dalle2"]) + "\" https://arxiv.org/pdf/2204.06125"]),
    ("Von 2D nach 3D",
     ["Referat 7 (Hannah Vogel): \"" + T(K["zero123"]) + "\" https://arxiv.org/abs/2303.11328",
      "Code und Demo liegen auf GitHub (cvlab-columbia/zero123); Demo bitte nicht während der Sitzung auf dem "
      "Institutsrechner starten."]),
    ("Praxissitzung: Sampling mit diffusers",
     ["Bringt eure Laptops mit. Wir arbeiten mit der diffusers-Dokumentation "
      "(https://huggingface.co/docs/diffusers/index) und vergleichen DDIM- und DPM-Solver-Scheduler.",
      "Als Vorbereitung: YouTube-Tutorial \"Diffusion Models | Paper Explanation | Math Explained\" (ca. 30 Min.)."]),
    ("Abschlussdiskussion, Feedback zu den Gliederungen",
     ["Abgabe der Ausarbeitungen bis 15.09.2024 im Dateibereich (Ordner \"Abgaben\")."]),
]

lines = [
    "Stud.IP",
    "Start\tVeranstaltungen\tNachrichten\tCommunity\tProfil\tPlaner\tSuche\tTools",
    "Hauptseminar: Diffusionsmodelle und scorebasierte generative Modelle - Ablaufplan",
    "Übersicht\tForum\tTeilnehmende\tDateien\tAblaufplan\tCourseware\tWiki",
    "",
    "Ablaufplan",
    "Alle Termine zuklappen",
    "Sommersemester 2024",
    "",
]
for i, s in enumerate(S):
    d = start + datetime.timedelta(days=7 * i)
    if s is None:
        lines += [when(d, "fällt aus"), "Pfingstpause – keine Sitzung", ""]
        continue
    title, desc = s
    lines += [when(d), title, ROOM, DOZ] + desc + [""]
lines += [
    "Termine exportieren",
    "",
    "Stud.IP 5.4\tImpressum\tDatenschutzerklärung\tBarrierefreiheit\tHilfe",
    "Sie sind angemeldet als fkrause (Studierende) · Sitzung läuft in 118 Minuten ab",
]
text = "\n".join(lines) + "\n"
write_only(F, text, keys(F))
