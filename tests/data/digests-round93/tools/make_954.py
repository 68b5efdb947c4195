#!/usr/bin/env python3
"""954: a Microsoft Access text export (Externe Daten → Textdatei; Feldnamen in erster Zeile, Trennzeichen Semikolon,
Textqualifizierer ", so the field names are quoted too) of the table `tblLiteratur` of a German chair's literature database, saved as `tblLiteratur.txt`
in the ANSI code page (Windows-1252, so „…“ and – are single bytes 0x84 / 0x93 / 0x96): CRLF rows; text, memo and
hyperlink fields in quotes with quotes doubled, Null fields empty, numbers bare with a decimal comma, Yes/No as
Wahr / Falsch, dates as `dd.mm.yyyy hh:nn:ss`, hyperlinks in Access's stored form `Anzeigetext#Adresse#`, memo line
breaks as CRLF inside the quotes; a final CRLF. The PEFT documentation and a textbook are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, write_raw
from make_expected import by_num, keys

F = by_num(954)
K = dict(unified="2110.04366", adamw="1711.05101", adalora="2303.10512", bitfit="2106.10199", mixed="1710.03740",
         autodrop="2101.01761", pyglove="2101.08809", shortcut="2004.07780")
HEAD = ["LitID", "Titel", "Autoren", "Jahr", "Quelle", "Link", "arXivNr", "Thema", "Gelesen", "Bewertung", "Notiz",
        "ErfasstAm", "ErfasstVon"]


def names(key, n=3):
    a = CAT[key]["authors"]
    out = []
    for x in a[:n]:
        p = x.split()
        out.append(p[-1] + ", " + " ".join(q[0] + "." for q in p[:-1]))
    return "; ".join(out) + ("; u. a." if len(a) > n else "")


def q(s):
    return None if s is None else '"' + s.replace('"', '""') + '"'


def num(x):
    """Zahl fields as Access writes them with the general number format: no trailing zeros, a decimal comma"""
    if x is None: return None
    return str(int(x)) if float(x).is_integer() else str(x).replace(".", ",")


def row(id_, title, authors, year, source, link, arxiv, topic, read, score, note, date, who):
    vals = [str(id_), q(title), q(authors), num(year), q(source), q(link), q(arxiv), q(topic),
            "Wahr" if read else "Falsch", num(score), q(note.replace("\n", "\r\n") if note else note), date + " 00:00:00", q(who)]
    return ";".join("" if v is None else v for v in vals)


rows = [
    row(112, T(K["mixed"]), names(K["mixed"]), 2018, "ICLR 2018", None, None, "Training / Effizienz", True, 4.0,
        "FP16-Gewichte mit FP32-Masterkopie, Loss Scaling.\nGrundlage für alles, was wir mit AMP machen.",
        "14.11.2023", "MKRAUSE"),
    row(113, T(K["adamw"]), names(K["adamw"], 2), 2019, "ICLR 2019", "#https://arxiv.org/abs/1711.05101#", None,
        "Training / Optimierung", True, 5.0, "Weight Decay ist bei Adam nicht dasselbe wie L2-Regularisierung. Pflichtlektüre für neue HiWis.",
        "14.11.2023", "MKRAUSE"),
    row(118, T(K["shortcut"]), names(K["shortcut"]), 2020, "Nature Machine Intelligence 2, 665–673", None, None,
        "Generalisierung", True, 4.5, "Perspective-Artikel, kein Methodenpaper. Gute Beispiele für das Seminar "
        "„Robustheit“ (Kuh-auf-Strand-Beispiel).", "22.11.2023", "JHOFFMANN"),
    row(121, T(K["pyglove"]), names(K["pyglove"]), 2020, "NeurIPS 2020", None, None, "AutoML", False, None,
        "Symbolische Programmierung für NAS/HPO. Nur falls wir das AutoML-Kapitel der Diss ausbauen.", "05.12.2023",
        "JHOFFMANN"),
    row(122, T(K["autodrop"]), names(K["autodrop"], 2), 2021, "AAAI 2021", None, None, "AutoML / Regularisierung",
        False, None, "Gelernte Dropout-Muster per RL-Controller. Aufwändig; Ergebnisse auf ImageNet prüfen.", "05.12.2023",
        "JHOFFMANN"),
    row(130, "PEFT-Dokumentation (Hugging Face)", None, None, "Softwaredoku", "#https://huggingface.co/docs/peft/index#",
        None, "PEFT", True, None, "Keine Publikation – nur als Nachschlagewerk für die Übungen.", "16.01.2024", "SWEBER"),
    row(131, T(K["unified"]), names(K["unified"]), 2022, "ICLR 2022", "OpenReview#https://openreview.net/forum?id=0RDcd5Axok#",
        None, "PEFT", True, 5.0, "Adapter, Prefix-Tuning und LoRA als Varianten derselben Modifikation der Hidden States.\n"
        "Tabelle 1 fürs Seminar übernehmen (mit Quelle!).", "16.01.2024", "SWEBER"),
    row(132, T(K["bitfit"]), names(K["bitfit"]), 2022, "ACL 2022 (Short Papers)", None, "2106.10199", "PEFT", True, 3.5,
        "Nur die Bias-Terme trainieren. Erstaunlich gut bei kleinen Datensätzen, bei uns (GermEval) schwächer.",
        "16.01.2024", "SWEBER"),
    row(133, T(K["adalora"]), names(K["adalora"]), 2023, "ICLR 2023", "arXiv#https://arxiv.org/abs/2303.10512#",
        "2303.10512", "PEFT", False, None, "Rang-Budget per SVD-Parametrisierung adaptiv verteilen. Für MA-Thema "
        "„PEFT für deutsche Verwaltungstexte“ vormerken.", "29.01.2024", "SWEBER"),
    row(137, "Dive into Deep Learning (Lehrbuch, Kap. 12 Optimierung)", "Zhang, A.; Lipton, Z. C.; Li, M.; Smola, A. J.",
        2023, "Cambridge University Press", "#https://d2l.ai/#", None, "Lehrbuch", True, None,
        "Buch, kein Paper. Für die Übung „Optimierer“.", "07.02.2024", "MKRAUSE"),
]
text = ";".join(q(h) for h in HEAD) + "\r\n" + "\r\n".join(rows) + "\r\n"
write_raw(F, text.encode("cp1252"), [text], keys(F))
