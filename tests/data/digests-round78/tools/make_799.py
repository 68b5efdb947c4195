#!/usr/bin/env python3
"""799: an Eudora for Windows mailbox file (`Αναγνώσεις.mbx`, Eudora 7.1) of a Greek professor's reading-group folder:
every message starts with Eudora's `From ???@??? Www Mmm dd hh:mm:ss yyyy` separator line, the received headers kept
(Return-Path, Received, Date, From, To, Subject, MIME, X-UIDL), bodies stored as Eudora stores them (decoded 8-bit
Windows-1253 text, `<x-flowed>` … `</x-flowed>` around format=flowed parts, `<x-html>` … `</x-html>` around an HTML
part, `Attachment Converted: "C:\\…\\attach\\…"` lines), CRLF line ends throughout. Forwarded entries of arXiv cs
listing e-mails (the `\\\\` separators, TeX accents in Authors lines, `\\\\ ( https://arxiv.org/abs/… ,  NNkb)`).
Papers on efficient attention and large-scale training."""
import datetime, os, sys
from email.header import Header
from email.utils import formataddr, parseaddr
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, au, abstract, write_encoded
from make_expected import by_num, keys

F = by_num(799)
ATT = "C:\\Documents and Settings\\pkar\\Application Data\\Qualcomm\\Eudora\\attach"
TZ = datetime.timezone(datetime.timedelta(hours=2))
TZS = datetime.timezone(datetime.timedelta(hours=3))


def wrap(s, width=78, ind="  "):
    out, line = [], ""
    for w in s.split():
        if len(line) + len(w) + 1 > width - len(ind):
            out.append(ind + line); line = w
        else:
            line = (line + " " + w).strip()
    out.append(ind + line)
    return "\n".join(out)


def entry(aid, date, kb, authors, cats, comments, title=None):
    t = title or T(aid)
    tl = wrap("Title: " + t, 80, "").split("\n")
    tl = [tl[0]] + ["  " + x for x in tl[1:]]
    return ("-" * 78 + "\n\\\\\n" + f"arXiv:{aid}\nDate: {date}   ({kb}kb)\n\n" + "\n".join(tl) + "\n"
            + f"Authors: {authors}\nCategories: {cats}\n" + (f"Comments: {comments}\n" if comments else "")
            + "\\\\\n" + wrap(" ".join(abstract(aid).split()[:70]) + " ...") + "\n" + f"\\\\ ( https://arxiv.org/abs/{aid} ,  {kb}kb)\n")


def rfcdate(dt):
    return dt.strftime("%a, ") + str(dt.day) + dt.strftime(" %b %Y %H:%M:%S %z")


def enc(s, used=0):
    """RFC 2047 encoded words (Q) in windows-1253 as the senders' clients wrote them; ASCII stays as it is"""
    if all(ord(c) < 128 for c in s): return s
    e = Header(s, "windows-1253", header_name="x" * (used - 2)).encode(linesep="\n")
    return e.replace("?b?", "?B?").replace("?q?", "?Q?")


def enc_addr(a):
    name, addr = parseaddr(a)
    return enc(name, 6) + f" <{addr}>"


def msg(sep_dt, dt, frm, to, subj, body, uidl, extra=(), ctype='text/plain; charset="windows-1253"; format=flowed', received=True, flowed=True):
    h = [sep_dt.strftime("From ???@??? %a %b %d %H:%M:%S %Y")]
    if received:
        h += [f"Return-Path: <{frm.split('<')[-1].rstrip('>')}>",
              f"Received: from mx1.example.gr (mx1.example.gr [192.0.2.25])",
              f"\tby mail.cs.example.gr (8.14.4/8.14.4) with ESMTP id x{uidl[:8].upper()}",
              f"\tfor <pkar@cs.example.gr>; {rfcdate(dt)}"]
    h += [f"Date: {rfcdate(dt)}", f"From: {enc_addr(frm)}", f"To: {enc_addr(to)}", "Subject: " + enc(subj, 9),
          "MIME-Version: 1.0", f"Content-Type: {ctype}", "Content-Transfer-Encoding: 8bit", *extra, f"X-UIDL: {uidl}", ""]
    b = body.strip("\n")
    if flowed: b = "<x-flowed>\n" + b + "\n</x-flowed>"
    return "\n".join(h) + "\n" + b + "\n\n"


LIST = "Ομάδα ανάγνωσης ΕΥΝ <readgroup@cs.example.gr>"
PK = "Παναγιώτης Καραλής <pkar@cs.example.gr>"
EM = "Ελένη Μαυρίδου <emavr@cs.example.gr>"
ST = "Στέλιος Δημάκης <sdimakis@cs.example.gr>"
NK = "Νίκος Παπαθανασίου <npapath@example.com>"
d = lambda *a, tz=TZS: datetime.datetime(*a, tzinfo=tz)

E_RNN = entry('2006.16236', 'Mon, 29 Jun 2020 17:55:17 GMT', 2384, 'Angelos Katharopoulos, Apoorv Vyas, Nikolaos Pappas, Fran\\c{c}ois Fleuret', 'cs.LG stat.ML', 'ICML 2020, project at https://linear-transformers.com/')
M = []
M.append(msg(datetime.datetime(2019, 10, 7, 10, 2, 41), d(2019, 10, 7, 9, 58, 12), EM, LIST,
 "Fwd: cs daily Subj-class mailing 1910 7 — ZeRO", f"""Καλημέρα σε όλους,

από τη σημερινή λίστα του arXiv (cs.LG), για τη συζήτηση της Πέμπτης για
την εκπαίδευση πολύ μεγάλων μοντέλων. Κράτησα μόνο την καταχώριση που μας
αφορά, η υπόλοιπη λίστα ήταν τεράστια.

Για το υπόβαθρο, θυμηθείτε και το «{T('1701.06538')}»
({au('1701.06538', 2)}) που είχαμε διαβάσει το 2017 — εκεί το πρόβλημα
λυνόταν με αραιότητα, εδώ με διαμοιρασμό της κατάστασης του optimizer.

Ελένη

-------- Forwarded Message --------
Subject: cs daily Subj-class mailing 1910 7
Date: Mon, 7 Oct 2019 04:12:33 GMT
From: send mail ONLY to cs <no-reply@arxiv.org>
To: cs daily title/abstract distribution <rabble@arxiv.org>

{entry('1910.02054', 'Fri, 4 Oct 2019 17:29:39 GMT', 1021, 'Samyam Rajbhandari, Jeff Rasley, Olatunji Ruwase, Yuxiong He', 'cs.LG cs.DC stat.ML', None)}------------------------------------------------------------------------------
""", "1570429092.4411.mail3,S=8123", ("User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 Thunderbird/60.9.0",)))
M.append(msg(datetime.datetime(2019, 10, 7, 13, 40, 5), d(2019, 10, 7, 13, 37, 50), ST, LIST,
 "Re: Fwd: cs daily Subj-class mailing 1910 7 — ZeRO", """Ευχαριστώ Ελένη. Να θυμίσω ότι η αίθουσα Β2 είναι κλεισμένη την Πέμπτη
μόνο μέχρι τις 16:00, μετά έχει μάθημα. Αν δεν προλάβουμε, συνεχίζουμε
στο γραφείο 204.

Στέλιος

> από τη σημερινή λίστα του arXiv (cs.LG), για τη συζήτηση της Πέμπτης
""", "1570444670.9812.mail3,S=2210", ("X-Mailer: Microsoft Outlook 16.0",), 'text/plain; charset="windows-1253"', flowed=False))
M.append(msg(datetime.datetime(2020, 6, 30, 9, 15, 0), d(2020, 6, 30, 9, 11, 47), NK, LIST,
 "Γραμμική προσοχή — από τη χθεσινή λίστα", f"""Γεια σας,

για όσους ασχολούνται με μακριές ακολουθίες (Μαρία, Στέλιο), μια
ενδιαφέρουσα καταχώριση. Συνδέεται άμεσα με το «{T('2001.04451')}»
που παρουσίασε η Μαρία τον Φεβρουάριο — η έκδοση του ICLR είναι εδώ:
https://openreview.net/forum?id={OR('2001.04451')}

Επισυνάπτω και τις διαφάνειες της Μαρίας από τότε.

Νίκος

-------- Forwarded Message --------
Subject: cs daily Subj-class mailing 2006 29
Date: Tue, 30 Jun 2020 03:58:02 GMT
From: send mail ONLY to cs <no-reply@arxiv.org>

{E_RNN}------------------------------------------------------------------------------

Attachment Converted: "{ATT}\\reformer_slides_feb2020.pdf"
""", "1593497507.12044.mail3,S=94812", ("User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:68.0) Gecko/20100101 Thunderbird/68.9.0",),
 'text/plain; charset="windows-1253"; format=flowed'))
M.append(msg(datetime.datetime(2020, 7, 1, 8, 0, 12), d(2020, 7, 1, 8, 0, 3), "Μαρία Σταθοπούλου <mstath@cs.example.gr>", NK,
 "Αυτόματη απάντηση: Γραμμική προσοχή — από τη χθεσινή λίστα", """Λείπω σε άδεια έως τις 15 Ιουλίου με περιορισμένη πρόσβαση στο ηλεκτρονικό
ταχυδρομείο. Για θέματα του εργαστηρίου απευθυνθείτε στη γραμματεία
(secr@cs.example.gr).
""", "1593583203.1203.mail3,S=1402", ("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"), 'text/plain; charset="windows-1253"', flowed=False))
M.append(msg(datetime.datetime(2022, 2, 24, 17, 22, 31), d(2022, 2, 24, 17, 20, 9, tz=TZ), PK, LIST,
 "Πρόγραμμα εαρινού εξαμήνου — αποδοτική προσοχή", f"""<x-html><!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<html><body>
<p>Αγαπητοί συνάδελφοι,</p>
<p>το πρόγραμμα της ομάδας για το εαρινό εξάμηνο (Πέμπτες, 15:00, αίθουσα Β2):</p>
<ol>
<li>3/3 — Ελένη: «{T('2202.10447')}» ({au('2202.10447')}), μόνο το κομμάτι για το gated attention unit.</li>
<li>10/3 — Στέλιος: μοντέλα καταστάσεων, «{T('2111.00396')}», arXiv:2111.00396 — θα χρειαστεί λίγη θεωρία γραμμικών συστημάτων.</li>
<li>17/3 — Νίκος: επισκόπηση, «{T('2103.14636')}» ({au('2103.14636').replace("é", "&eacute;")}). Χωρίς σύνδεσμο· το αρχείο PDF είναι στον κοινό φάκελο.</li>
<li>24/3 — αργία (εθνική εορτή), δεν έχουμε συνάντηση.</li>
<li>31/3 — πρακτικό εργαστήριο με το PyTorch Profiler και το DeepSpeed (λογισμικό, όχι άρθρα).</li>
</ol>
<p>Για όποιον θέλει βιβλίο: τα κεφάλαια 10–12 του «Dive into Deep Learning» καλύπτουν την προσοχή αρκετά καλά.</p>
<p>Π. Καραλής</p>
</body></html>
</x-html>""", "1645716009.30021.mail3,S=5120", ("X-Mailer: QUALCOMM Windows Eudora Version 7.1.0.9",), 'text/html; charset="windows-1253"', received=False, flowed=False))
M.append(msg(datetime.datetime(2022, 12, 1, 11, 47, 9), d(2022, 12, 1, 11, 44, 30, tz=TZ), EM, LIST,
 "Fwd: cs daily Subj-class mailing 2211 30 — ταχύτερη αποκωδικοποίηση", f"""Καλημέρα,

για τη συζήτηση για το κόστος της παραγωγής κειμένου (ζητήθηκε στην
προηγούμενη συνάντηση). Πολύ καθαρή ιδέα: ένα μικρό μοντέλο προτείνει,
το μεγάλο επαληθεύει παράλληλα.

Ελένη

-------- Forwarded Message --------
Subject: cs daily Subj-class mailing 2211 30
Date: Thu, 1 Dec 2022 05:03:47 GMT
From: send mail ONLY to cs <no-reply@arxiv.org>

{entry('2211.17192', 'Wed, 30 Nov 2022 17:33:03 GMT', 862, 'Yaniv Leviathan, Matan Kalman, Yossi Matias', 'cs.LG cs.CL', 'ICML 2023 Oral')}------------------------------------------------------------------------------
%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%
""", "1669887870.21344.mail3,S=7702", ("User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:102.0) Gecko/20100101 Thunderbird/102.5.0",)))
M.append(msg(datetime.datetime(2022, 12, 1, 14, 5, 55), d(2022, 12, 1, 14, 3, 18, tz=TZ), ST, LIST,
 "Re: Fwd: cs daily Subj-class mailing 2211 30 — ταχύτερη αποκωδικοποίηση", """Ωραίο. Υπάρχει ήδη υλοποίηση σε ένα αποθετήριο στο GitHub, αλλά δεν το
έχω δοκιμάσει. Προτείνω να το δούμε μαζί με το κεφάλαιο για την
κβαντοποίηση από τις σημειώσεις του μαθήματος «Συστήματα Μηχανικής
Μάθησης» (όχι άρθρο, σημειώσεις διαλέξεων).

Στέλιος
""", "1669896198.4410.mail3,S=1933", ("X-Mailer: Microsoft Outlook 16.0",), 'text/plain; charset="windows-1253"', flowed=False))

text = "".join(M).replace("\n", "\r\n")
write_encoded(F, text, "cp1253", keys(F))
