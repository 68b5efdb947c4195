#!/usr/bin/env python3
r"""343: a student's agreement with the examiner on the literature for an oral master's exam ("Vereinbarung über den
Prüfungsstoff"), typed in the chair's LaTeX template (KOMA `scrartcl`, `tabularx`, `booktabs`), as its `.tex`
source. German (the university, the people and the module are invented). What such a form has: the student's and
exam's data (Name, Matrikelnummer, Studiengang, Modul, Prüfer, Beisitzer, Termin with weekday, Dauer), the exam
office's rule that it is signed at least four weeks before the exam, the literature as a table numbered 1..n,
"Umfang: n Titel" = the table's rows, the signatures with place and date. Papers: the table's titles in `\emph{}`
— `\url{}` arXiv abs URLs and OpenReview forum URLs (link), "arXiv:ID" (arxiv-text), or title, authors and venue
(title-only); the lecture notes and a textbook chapter are not papers."""
import os, sys
from datetime import date
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, CAT, surname, write_only
from make_expected import F343, keys

WD = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
EXAM, SIGNED = date(2024, 7, 17), date(2024, 6, 12)


def au(k):
    a = CAT[k]["authors"]
    return (surname(a[0]) + " et~al.") if len(a) > 2 else " und ".join(surname(x) for x in a)


ROWS = [  # key, venue/extra, part
    ("1701.06538", f"ICLR 2017, \\url{{https://openreview.net/forum?id={OR('1701.06538')}}}", "vollständig"),
    ("2006.16668", "ICLR 2021", "Abschn.~1--3"),
    ("2101.03961", "JMLR 23 (2022), \\url{https://arxiv.org/abs/2101.03961}", "Abschn.~1--4"),
    ("1909.08053", "arXiv 2019", "Abschn.~1--3"),
    ("1910.02054", "SC 2020, arXiv:1910.02054", "Abschn.~1--5"),
    ("2204.02311", "JMLR 24 (2023)", "Abschn.~1--4, 6"),
    ("2205.01068", "arXiv 2022", "Abschn.~1--3"),
    ("1904.10509", "arXiv 2019", "vollständig"),
    ("2004.05150", "arXiv 2020, \\url{https://arxiv.org/abs/2004.05150}", "Abschn.~1--3"),
    ("2007.14062", "NeurIPS 2020, arXiv:2007.14062", "Abschn.~1--3"),
    ("2001.04451", f"ICLR 2020, \\url{{https://openreview.net/forum?id={OR('2001.04451')}}}", "vollständig"),
    ("2009.14794", "ICLR 2021", "Abschn.~1--3"),
    ("2011.04006", "ICLR 2021", "vollständig"),
]
tex = [r"\documentclass[11pt,a4paper]{scrartcl}", r"\usepackage[utf8]{inputenc}", r"\usepackage[T1]{fontenc}",
       r"\usepackage[ngerman]{babel}", r"\usepackage{tabularx,booktabs}", r"\usepackage{url}",
       r"\usepackage[margin=2.2cm]{geometry}", r"% Vorlage des Lehrstuhls, Stand WiSe 2023/24 -- bitte nur die Felder ausfüllen",
       r"\pagestyle{empty}", "", r"\begin{document}", "",
       r"\section*{Vereinbarung über den Prüfungsstoff}",
       r"Mündliche Modulprüfung im Masterstudiengang Informatik \\",
       r"\small Gemäß § 14 Abs.~3 der Prüfungsordnung ist diese Vereinbarung spätestens vier Wochen vor dem Prüfungstermin "
       r"unterschrieben beim Prüfungsamt einzureichen.\normalsize", "",
       r"\medskip", r"\begin{tabularx}{\textwidth}{@{}lX@{}}",
       r"Name: & Lena Hoffmann \\", r"Matrikelnummer: & 4719203 \\", r"Studiengang: & M.\,Sc. Informatik \\",
       r"Modul: & Skalierbare Sprachmodelle (INF-M-417, 6 LP) \\", r"Prüfer: & Prof.\ Dr.\ Thomas Brandt \\",
       r"Beisitzer: & Jonas Keller, M.\,Sc. \\",
       f"Prüfungstermin: & {WD[EXAM.weekday()]}, {EXAM.strftime('%d.%m.%Y')}, 10:30 Uhr \\\\", r"Dauer: & 30 Minuten \\",
       r"\end{tabularx}", "", r"\subsection*{Prüfungsliteratur}",
       "Grundlage ist das Vorlesungsskript (Stand Sommersemester 2024) sowie Kapitel~12 aus dem Lehrbuch von Jurafsky und "
       "Martin (Speech and Language Processing). Zusätzlich:", "",
       r"\begin{tabularx}{\textwidth}{@{}rXl@{}}", r"\toprule", r"Nr. & Titel & Umfang \\", r"\midrule"]
for i, (k, extra, part) in enumerate(ROWS, 1):
    tex.append(f"{i} & {au(k)}: \\emph{{{T(k)}}}. {extra}. & {part} \\\\")
tex += [r"\bottomrule", r"\end{tabularx}", "", f"Umfang: {len(ROWS)} Titel.", "", r"\vspace{2cm}",
        r"\begin{tabularx}{\textwidth}{@{}XX@{}}",
        f"Würzburg, {SIGNED.strftime('%d.%m.%Y')} & Würzburg, {SIGNED.strftime('%d.%m.%Y')} \\\\[1.5cm]",
        r"\rule{6cm}{0.4pt} & \rule{6cm}{0.4pt} \\", r"Studierende & Prüfer \\", r"\end{tabularx}", "",
        r"\end{document}", ""]
assert (EXAM - SIGNED).days >= 28
write_only(F343, "\n".join(tex), keys(F343))
