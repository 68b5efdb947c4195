#!/usr/bin/env python3
"""328: a students' collection of oral-exam questions ("domande de l'orałe") for a computer-vision course, kept as a
Markdown file in a student association's GitLab repository (`orali/visione-artificiale.md`), in Venetian (with the
ł of the Grafia Veneta Unitaria). Invented course teacher, students and repository; the university (Padova) is real.
What such a file has: a title, a blockquote with the rules for contributors, "Ultimo agiornamento: <date>" (the
newest session), an index of sessions with their question counts, one section per exam session, newest first
("## YYYY-MM-DD — apeło de <month>"), a line with who wrote it and the grade ("Voto: 27" / "30 e lode" / "no dito"),
the questions numbered from 1, with the students' hints as nested bullets. Papers: a Markdown link to an arXiv abs
page or a huggingface.co/papers page (link), "arXiv 2303.11328" written by a student (arxiv-text), titles in
sentences, in « » or after the teacher's name (title-only); a textbook, a video and the Stable Diffusion software
are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only

KEYS = ["2208.01618", "2208.12242", "2211.09800", "2302.05543", "2303.11328", "2308.04079", "2403.03206",
        "2103.14167", "2103.14338", "2103.14146"]
MON = ["zenaro", "febraro", "marso", "apriłe", "majo", "zugno", "lujo", "agosto", "setembre", "otobre", "novembre",
       "dicembre"]

SESSIONS = [  # date, author, grade, questions (each: text, hints)
    ("2024-07-03", "Giacomo B.", "30 e lode", [
        ("Spiega come che funsiona ControlNet: parché i zero convolution e cossa sucede al modeło de partensa.",
         [f"ła ga volesto vèdar el paper, [{T('2302.05543')}](https://huggingface.co/papers/2302.05543), "
          "sopratuto ła figura co i blochi copià", "ghe go dito che i pesi originałi i resta congełai e ła xe stada contenta"]),
        ("Difarensa tra DreamBooth e textual inversion: cossa se impara in tuti do i casi?",
         ["par DreamBooth ła voe el titoło intiero, " + T('2208.12242') + ", e ła parla de \"class-specific prior preservation loss\"",
          f"par textual inversion: [{T('2208.01618')}](https://arxiv.org/abs/2208.01618) — se impara soło un embedding"]),
        ("Come se fa a editar na imagine co n'istrusion in testo?",
         ["ła voeva el titoło intiero: " + T('2211.09800') + "; el dataset el xe fato co GPT-3 e Prompt-to-Prompt"]),
        ("Domanda finałe: i modełi a flusso retificà.",
         ["ła ga nominà el paper de Stable Diffusion 3, «" + T('2403.03206') + "», e ła ga domandà parché el rectified flow el va in linea drita"]),
    ]),
    ("2024-06-12", "anonimo", "27", [
        ("Da na imagine soła a n'ogeto 3D: come funsiona Zero-1-to-3?",
         ["el paper el xe " + T('2303.11328') + " (arXiv 2303.11328); condisionamento su ła posision relativa de ła camera"]),
        ("Gaussian splatting contro NeRF: parché el xe più veloce?",
         ["el titoło intiero: " + T('2308.04079') + ". Rasterizasion invese de ray marching"]),
        ("Corispondense tra do imagini co i transformer.",
         ["ła ga parlà de COTR, " + T('2103.14167') + "; ła query ła xe un punto, ła risposta el punto corispondente",
          "vardè anca el capitoło 7 del libro de Szeliski, el ghe piase"]),
    ]),
    ("2024-02-14", "Marta Z.", "no dito", [
        ("Trasferimento del movimento umano co pochi esempi.",
         ["el paper del so grupo de letura: " + T('2103.14338') + " — arXiv:2103.14338"]),
        ("Come se descrive cossa che xe cambià tra do imagini?",
         ["ła ga nominà " + T('2103.14146') + "; mi go parlà de change captioning e ła xe 'ndada ben"]),
        ("Domanda fora programa: come funsiona el guidance nei modełi a difusion?",
         ["ghe go spiegà el video de 3Blue1Brown e ła ga dito «ben, ma scrivi ła formuła»"]),
    ]),
]

L = ["# Domande de l'orałe — Vision artificiałe e modełi generativi", "",
     "> Racolta de łe domande che i ne ga fato a l'orałe (Università de Padova, prof.ssa Marin).",
     "> Zontè łe vostre co na merge request: data, domande, suxerimenti e, se volè, el voto.",
     "> Łe domande łe xe scrite come che se łe ricorda: no łe xe uficiałi.", "",
     f"Ultimo agiornamento: {SESSIONS[0][0]}", "", "## Indice", ""]
for d, _, _, qs in SESSIONS:
    L.append(f"- {d} — apeło de {MON[int(d[5:7]) - 1]} ({len(qs)} domande)")
for d, who, grade, qs in SESSIONS:
    L += ["", f"## {d} — apeło de {MON[int(d[5:7]) - 1]}", "", f"Scrito da: {who} · Voto: {grade}", ""]
    for i, (q, hints) in enumerate(qs, 1):
        L.append(f"{i}. {q}")
        L += [f"   - {h}" for h in hints]
L += ["", "---", "", "Materiałe utiłe: el libro de Richard Szeliski (2ª edision) e łe slide del corso su Moodle.", ""]
write_only("328_oral_exam_questions_markdown_venetian_computer_vision_course.md", "\n".join(L), KEYS)
