#!/usr/bin/env python3
"""739: an HCL (Lotus) Notes 9 folder export as "Structured Text" (File > Export, Windows-1252, CRLF): each document
is a list of `Item:  value` lines ending with `Body:` whose text is word-wrapped at the dialog's line length (75);
documents are separated by a form feed (0x0C). A German colleague files forwarded arXiv cs daily listings (trimmed
to the relevant entry, with Notes' `----- Weitergeleitet von … -----` header and the arXiv entry layout) in a folder
for a PEFT / AutoML reading group, plus one memo collecting further reading."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, au, abstract, write_raw
from common import A, wrap
from make_expected import by_num, keys

F = by_num(739)
k = keys(F)
ORG = "INF/HSW"
ME = "Katrin Oberholzer"


def arxiv_entry(key, date, size, comments=None):
    e = CAT[key]
    lines = ["------------------------------------------------------------------------------", "\\\\",
             f"arXiv:{key}", f"Date: {date}   ({size}kb)", ""]
    lines += wrap("Title: " + e["title"], 79)
    au_ = wrap("Authors: " + ", ".join(e["authors"][:-1]) + (" and " if len(e["authors"]) > 1 else "") + e["authors"][-1], 79)
    lines += [au_[0]] + ["  " + l for l in au_[1:]]
    lines.append("Categories: " + " ".join(e["categories"]))
    if comments: lines.append("Comments: " + comments)
    lines.append("\\\\")
    lines += ["  " + l for l in wrap(abstract(key), 77)]
    lines.append(f"\\\\ ( {A(key)} ,  {size}kb)")
    return lines


def doc(unid, subject, posted, body_lines, sendto="CN=Lesekreis PEFT/OU=INF/O=HSW", fwd=True):
    items = [
        ("$MessageID", f"<OF{unid}.{unid[::-1]}-ONC1258A{unid[:4]}@example-hochschule.de>"),
        ("$Mailer", "Lotus Notes Release 9.0.1FP10 SHF241 January 18, 2018"),
        ("Categories", ""), ("Form", "Memo"), ("From", f"CN={ME}/OU=INF/O=HSW"),
        ("Principal", f"CN={ME}/OU=INF/O=HSW"), ("SendTo", sendto), ("CopyTo", ""), ("BlindCopyTo", ""),
        ("Subject", subject), ("Importance", "2"), ("DeliveryPriority", "N"), ("PostedDate", posted),
        ("$Revisions", posted), ("$UpdatedBy", f"CN={ME}/OU=INF/O=HSW"),
    ]
    out = [f"{n}:  {v}".rstrip() for n, v in items]
    body = []
    for l in body_lines:
        if len(l) <= 75: body.append(l)
        else: body += wrap(l, 75)
    out.append("Body:  " + body[0])
    out += body[1:]
    return "\r\n".join(out) + "\r\n"


def fwd_header(at, date, listing):
    return [f"----- Weitergeleitet von {ME}/{ORG} am {at} -----", "",
            "Von:\tno-reply@arxiv.org", f"An:\tkatrin.oberholzer@example-hochschule.de", f"Datum:\t{date}",
            f"Betreff:\t{listing}", ""]


docs = []
docs.append(doc("5F1A09C2", "WG: cs daily Subj-class mailing 100 1", "18.06.2021 09:41:07", [
    "Hallo zusammen,", "",
    f"für Termin 3 im Lesekreis: {T('2106.09685')} ist gestern rausgekommen. "
    "Ich habe die Listing-Mail auf den einen Eintrag gekürzt (der Rest war Sprachmodell-Kram ohne Bezug).", "",
    "Viele Grüße", "Katrin", "",
    *fwd_header("18.06.2021 09:40", "18.06.2021 06:12", "cs daily Subj-class mailing 100 1"),
    "[... gekürzt ...]",
    *arxiv_entry("2106.09685", "Thu, 17 Jun 2021 17:37:18 GMT", "1563", "Draft V1"),
    "------------------------------------------------------------------------------",
    "[... gekürzt ...]", "",
    "For subscribe options to cs daily, visit https://arxiv.org/help/subscribe",
]))
docs.append(doc("7C33E810", "WG: cs daily Subj-class mailing 100 1", "04.01.2021 08:15:52", [
    "Hallo,", "",
    "ein Eintrag aus der ersten Listing-Mail des Jahres – passt gut zu unserem Block über Prompts. "
    f"Verwandt mit {T('2104.08691')} (das müsste im April kommen, Link reiche ich nach).", "",
    "Gruß, K.", "",
    *fwd_header("04.01.2021 08:14", "04.01.2021 06:05", "cs daily Subj-class mailing 100 1"),
    "[... gekürzt ...]",
    *arxiv_entry("2101.00190", "Fri, 1 Jan 2021 08:00:43 GMT", "814"),
    "------------------------------------------------------------------------------",
    "[... gekürzt ...]",
]))
docs.append(doc("A2D47B19", "WG: cs daily Subj-class mailing 7b 1", "04.08.2021 11:02:39", [
    "Hallo zusammen,", "",
    "für den AutoML-Teil (Termin 7): Kritik an der Architektur-Auswahl in DARTS-artigen Verfahren. "
    "Bitte die Supernetz-Grafik in Abschnitt 3 anschauen.", "",
    "Katrin", "",
    *fwd_header("04.08.2021 11:01", "03.08.2021 06:21", "cs daily Subj-class mailing 7b 1"),
    "[... gekürzt ...]",
    *arxiv_entry("2108.04392", "Sun, 1 Aug 2021 00:53:06 GMT", "2402", "ICLR 2021 Outstanding Paper Award"),
    "------------------------------------------------------------------------------",
    "[... gekürzt ...]",
]))
docs.append(doc("C90E5D77", "WG: cs daily Subj-class mailing 7b 1", "25.05.2023 07:58:14", [
    "Hallo,", "",
    "Nachtrag für die Sitzung zu quantisiertem Finetuning. Unser Cluster-Knoten mit der A40 reicht laut "
    "Abschnitt 4 für ein 33B-Modell – Thomas prüft das mit bitsandbytes (Software, kein Paper).", "",
    "K.", "",
    *fwd_header("25.05.2023 07:57", "25.05.2023 06:09", "cs daily Subj-class mailing 7b 1"),
    "[... gekürzt ...]",
    *arxiv_entry("2305.14314", "Tue, 23 May 2023 17:50:33 GMT", "1053", "Extended NeurIPS submission"),
    "------------------------------------------------------------------------------",
    "[... gekürzt ...]",
]))
docs.append(doc("E4B81F03", "Lesekreis PEFT/AutoML – Leseliste Sommersemester (Stand März)", "11.03.2024 16:27:45", [
    "Liebe alle,", "",
    "hier die Gesamtliste für das Sommersemester. Die weitergeleiteten Listing-Mails liegen im Ordner "
    "\"Lesekreis\\arXiv-Listings\"; für die übrigen Titel bitte selbst die Konferenzfassung suchen.", "",
    "Parameter-effizientes Finetuning", "",
    f"  1. {T('1902.00751')}", f"     {au('1902.00751', 3, ' u. a.')}, ICML 2019 – Adapter-Module, der Ausgangspunkt.",
    f"  2. {T('2101.00190')} (siehe Listing vom 04.01.2021)",
    f"  3. {T('2104.08691')}", f"     {au('2104.08691', 3, '')}, EMNLP 2021.",
    f"  4. {T('2106.09685')} (Listing vom 18.06.2021)",
    f"  5. {T('2305.14314')} (Listing vom 25.05.2023)", "",
    "AutoML und Daten-Effizienz", "",
    f"  6. {T('2108.04392')} (Listing vom 04.08.2021)",
    f"  7. {T('2006.03656')}", f"     {au('2006.03656', 3, ' u. a.')}, arXiv:2006.03656 – das Listing dazu habe ich leider gelöscht.",
    f"  8. {T('2006.05929')}", f"     {au('2006.05929', 3, '')}, ICLR 2021.", "",
    "Nicht auf der Liste, aber nützlich: die PEFT-Bibliothek von Hugging Face und das Tutorial von "
    "Sebastian Raschka (Blog). Beides sind keine Papers und kommen nicht in die Literaturliste der Hausarbeit.", "",
    "Raumänderung: ab April treffen wir uns in Geb. 3, Raum 2.041 (Beamer vorhanden).", "",
    "Viele Grüße", "Katrin Oberholzer", "Institut für Informatik – Arbeitsgruppe Maschinelles Lernen",
    "Tel. +49 (0) 721 555-0142",
]))
text = "\f".join(docs)
write_raw(F, text.encode("cp1252"), [text, " ".join(text.split())], k)
