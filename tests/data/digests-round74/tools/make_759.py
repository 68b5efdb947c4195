#!/usr/bin/env python3
"""759: a Babyl mail file (Emacs Gnus nnbabyl back end, ~/RMAIL): `BABYL OPTIONS: -*- rmail -*-` header block ended by
^_, each message `^L` + LF, a status line (`0, unseen,,` / `0, answered,,` …), `*** EOOH ***`, the header, a blank
line, the body, `^_`. Forwarded arXiv cs.CL listing excerpts between Gnus' non-MIME `-------------------- Start of
forwarded message --------------------` separators; German reading-group mail on LLM abilities and alignment."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, abstract, write_raw
from make_expected import by_num, keys

F = by_num(759)
SEP = "-" * 78
FS = "-------------------- Start of forwarded message --------------------"
FE = "-------------------- End of forwarded message --------------------"


def entry(k, date, size, comments):
    au = ", ".join(CAT[k]["authors"])
    a = "\n".join(textwrap.wrap(abstract(k), 78, initial_indent="  ", subsequent_indent=""))
    return (f"\\\\\narXiv:{k}\nDate: {date}   ({size}kb,D)\n\nTitle: {T(k)}\n"
            + "\n".join(textwrap.wrap("Authors: " + au, 78, subsequent_indent="  ")) + "\n"
            + f"Categories: {CAT[k]['primary_category']}" + (" cs.AI cs.LG" if k != "2206.14858" else " cs.AI cs.LG") + "\n"
            + (f"Comments: {comments}\n" if comments else "") + f"\\\\\n{a}\n\\\\ ( https://arxiv.org/abs/{k} ,  {size}kb)\n{SEP}\n")


def listing(frm, to, entries, n_more):
    return (f"{SEP}\n{SEP}\nSend any comments regarding submissions directly to submitter.\n{SEP}\n"
            f"Archives at http://arxiv.org/\nTo unsubscribe, e-mail To: cs@arXiv.org, Subject: cancel\n{SEP}\n"
            f" Submissions to:\nComputation and Language\n received from  {frm}  to  {to}\n{SEP}\n{SEP}\n"
            + "".join(entries) + f"[... {n_more} weitere Einträge von mir gelöscht ...]\n")


def fwd(hdr, body):
    return f"{FS}\n{hdr}\n\n{body}{FE}\n"


def msg(status, hdr, body):
    return f"\x0c\n{status}\n*** EOOH ***\n{hdr}\n\n{body}\x1f"


AH = lambda d, subj: f"From: no-reply@arxiv.org\nSubject: {subj}\nTo: jonas.breuer@ml.example.de\nDate: {d}"
m1 = msg("0, answered,,",
         "From: Jonas Breuer <jonas.breuer@ml.example.de>\nTo: Heike Sommerfeld <h.sommerfeld@ml.example.de>\n"
         "Subject: Fwd: cs daily Subj-class mailing 100001 15\nDate: Thu, 16 Jun 2022 09:14:22 +0200\n"
         "Message-ID: <87wndk1q3x.fsf@ml.example.de>\nUser-Agent: Gnus/5.13 (Gnus v5.13) Emacs/28.1 (gnu/linux)\n"
         "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit",
         "Hallo Heike,\n\nfür den Lesekreis am Dienstag — das hier ist aus der gestrigen cs.CL-Liste, der Rest\n"
         "war Übersetzung und Sentiment, habe ich rausgeschnitten. Die These mit den \"emergenten\"\n"
         "Fähigkeiten (Sprünge bei bestimmter Modellgröße) würde ich gern kritisch diskutieren:\n"
         "hängt das nicht stark von der Metrik ab?\n\nGruß\nJonas\n\n"
         + fwd(AH("Thu, 16 Jun 22 00:00:12 GMT", "cs daily Subj-class mailing 100001 15"),
               listing("Tue 14 Jun 22 18:00:00 GMT", "Wed 15 Jun 22 18:00:00 GMT",
                       [entry("2206.07682", "Wed, 15 Jun 2022 17:58:01 GMT", 1044, "Transactions on Machine Learning Research (TMLR), 2022")], 143))
         + "\n-- \nJonas Breuer · AG Maschinelles Lernen · Raum 2.117 · Tel. -4471\n")
m2 = msg("0,,",
         "From: Jonas Breuer <jonas.breuer@ml.example.de>\nTo: lesekreis-llm@lists.ml.example.de\n"
         "Subject: Fwd: cs daily Subj-class mailing 100001 29 (Mathe!)\nDate: Fri, 01 Jul 2022 08:02:51 +0200\n"
         "Message-ID: <87r13b0z2k.fsf@ml.example.de>\nUser-Agent: Gnus/5.13 (Gnus v5.13) Emacs/28.1 (gnu/linux)\n"
         "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit",
         "Moin zusammen,\n\nnoch ein Kandidat für Juli: Mathe-Aufgaben mit einem Sprachmodell, das auf\n"
         "arXiv-Papieren und Webseiten mit LaTeX weitertrainiert wurde. Der MATH-Datensatz (Datensatz,\n"
         "kein Paper) ist die Hauptevaluation. Wer mag vorstellen?\n\nJonas\n\n"
         + fwd(AH("Fri, 1 Jul 22 00:00:09 GMT", "cs daily Subj-class mailing 100001 29"),
               listing("Wed 29 Jun 22 18:00:00 GMT", "Thu 30 Jun 22 18:00:00 GMT",
                       [entry("2206.14858", "Wed, 29 Jun 2022 17:59:42 GMT", 2210, "12 pages, 5 figures + references and appendices")], 167)))
m3 = msg("0, forwarded,,",
         "From: Heike Sommerfeld <h.sommerfeld@ml.example.de>\nTo: lesekreis-llm@lists.ml.example.de\n"
         "Subject: Lesekreis 19.7.: Kalibrierung (Fwd: cs daily Subj-class mailing 100001 11)\n"
         "Date: Tue, 12 Jul 2022 10:40:17 +0200\nMessage-ID: <874jzl9r8w.fsf@ml.example.de>\n"
         "Gcc: nnbabyl:arxiv-llm\nUser-Agent: Gnus/5.13 (Gnus v5.13) Emacs/28.1 (gnu/linux)\n"
         "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit",
         "Liebe Alle,\n\nam 19.7. lesen wir das Kalibrierungs-Paper aus der heutigen Liste (unten).\n"
         "Vorbereitung: Abschnitte 2–4, die P(True)-Experimente reichen. Raum 2.204, 14 Uhr c.t.\n"
         "Kekse bringt diesmal Paula.\n\nViele Grüße\nHeike\n\n"
         + fwd(AH("Tue, 12 Jul 22 00:00:14 GMT", "cs daily Subj-class mailing 100001 11"),
               listing("Fri  8 Jul 22 18:00:00 GMT", "Mon 11 Jul 22 18:00:00 GMT",
                       [entry("2207.05221", "Mon, 11 Jul 2022 17:57:33 GMT", 4087, "23+17 pages; refs added, typos fixed")], 212)))
m4 = msg("0, unseen,,",
         "From: Paula Ostermann <p.ostermann@ml.example.de>\nTo: lesekreis-llm@lists.ml.example.de\n"
         "Subject: Re: Planung Wintersemester: offene Modelle, RLHF, Retrieval\nDate: Fri, 20 Oct 2023 16:25:03 +0200\n"
         "Message-ID: <20231020142503.GA11893@ws-ostermann.ml.example.de>\nIn-Reply-To: <87h6lz2d1v.fsf@ml.example.de>\n"
         "User-Agent: Mutt/2.2.9 (2022-11-12)\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
         "Content-Disposition: inline\nContent-Transfer-Encoding: 8bit",
         "Hallo Heike, hallo Jonas,\n\nmein Vorschlag für die Reihenfolge im Wintersemester:\n\n"
         f"  1. Offene Modelle:\n     \"{T('2307.09288')}\"\n     https://arxiv.org/abs/2307.09288\n"
         f"     (Safety-RLHF-Teil ab S. 20 reicht; die Modellkarte ist kein Paper, lohnt aber.)\n\n"
         f"  2. RLHF-Grundlage: \"{T('2203.02155')}\"\n     — arXiv:2203.02155, ich stelle es vor.\n\n"
         f"  3. Zum Vergleich mit 1.: \"{T('2204.02311')}\"\n     (nur Kapitel Training-Infrastruktur und Ergebnisse,\n     das Paper hat über 80 Seiten)\n\n"
         f"  4. Retrieval-Block: erst \"{T('2002.08909')}\",\n     danach \"{T('2310.11511')}\"\n"
         "     (Links schicke ich noch, ich habe nur die PDFs im Zotero).\n\n"
         "Für die Übungen nehmen wir wieder das lm-evaluation-harness (Software) und den\n"
         "Hugging-Face-Kurs zu RLHF (Kurs, kein Paper). Den Blogpost \"Illustrating RLHF\"\n"
         "würde ich als Einstieg verlinken.\n\n"
         "> Sollen wir die Mathe-Sachen vom letzten Jahr nochmal aufgreifen?\n\n"
         "Eher nicht, das war schon dran (siehe Juli 2022).\n\nPaula\n")
m5 = msg("0,,",
         "From: Mailman <lesekreis-llm-bounces@lists.ml.example.de>\nTo: h.sommerfeld@ml.example.de\n"
         "Subject: lesekreis-llm Erinnerung: Mitgliedschaft\nDate: Wed, 01 Nov 2023 05:00:02 +0100\n"
         "Message-ID: <mailman.0.1698811202.1337.lesekreis-llm@lists.ml.example.de>\n"
         "X-Mailman-Version: 2.1.39\nPrecedence: bulk\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
         "Content-Transfer-Encoding: 8bit",
         "Dies ist eine Erinnerung, die monatlich verschickt wird, bezüglich Ihrer\n"
         "Mitgliedschaft bei lists.ml.example.de. Sie enthält Ihre Anmeldeinformationen\n"
         "und Hinweise, wie Sie Ihre Einstellungen ändern oder die Liste verlassen können.\n\n"
         "Passwort || Listenname (URL)\n----------------------------------------\n"
         "******** || lesekreis-llm\n            https://lists.ml.example.de/mailman/listinfo/lesekreis-llm\n\n"
         "Bei Fragen wenden Sie sich bitte an mailman-owner@lists.ml.example.de.\n")
text = ("BABYL OPTIONS: -*- rmail -*-\nVersion: 5\nLabels:\nNote:   This is the header of an rmail file.\n"
        "Note:   If you are seeing it in rmail,\nNote:    it means the file has no messages in it.\n\x1f"
        + m1 + m2 + m3 + m4 + m5)
write_raw(F, text.encode("utf-8"), [text], keys(F))
