#!/usr/bin/env python3
"""1599: a forward sent from Otenet's webmail (OTE's Greek ISP mail) of a Sympa list digest (an invented Athens reading
group's list), with a Greek note. CR LF; one text/plain part in ISO-8859-7, quoted-printable (the Greek letters as =XX
escapes, long lines soft-broken with a final '='); the subject and the names as RFC 2047 Q-words in ISO-8859-7."""
import datetime as dt, hashlib, os, quopri, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import by_num, keys
F = by_num(1599)
LIST = "nlp-anagnosi"
GR_WD = ["Δευ", "Τρι", "Τετ", "Πεμ", "Παρ", "Σαβ", "Κυρ"]
GR_M = ["Ιαν", "Φεβ", "Μαρ", "Απρ", "Μαΐ", "Ιουν", "Ιουλ", "Αυγ", "Σεπ", "Οκτ", "Νοε", "Δεκ"]
msgs = [
    ("Νίκος Δημητρίου", "n.dimitriou@cs.example.gr", "Mon, 10 Mar 2025 10:02:11 +0200", "Πρόγραμμα εαρινού εξαμήνου",
     f"""Γεια σας,

Το πρόγραμμα μέχρι το Πάσχα (Τετάρτες 13:00, αίθουσα Α56, και μέσω Zoom):

19/3  {T('2005.00743')}
      https://arxiv.org/abs/2005.00743  (παρουσιάζει ο Νίκος)
26/3  {T('2007.14062')}
      https://arxiv.org/abs/2007.14062v2  (Ελένη)
2/4   {T('1901.02860')}
      arXiv:1901.02860  (Γιώργος)
9/4   ελεύθερη θέση

Όποιος θέλει την ελεύθερη θέση, ας απαντήσει στη λίστα.

Ν."""),
    ("Ελένη Κώστα", "e.kosta@cs.example.gr", "Mon, 10 Mar 2025 14:37:50 +0200", "Re: Πρόγραμμα εαρινού εξαμήνου",
     f"""Στις 26/3 έχω συνέδριο, μπορώ να αλλάξω με τον Γιώργο;

Για την ελεύθερη θέση στις 9/4 προτείνω το
{T('2002.09402')}
(Fan κ.ά.) - συνεχίζει φυσικά μετά το Transformer-XL. Εναλλακτικά το
{T('2302.10866')}, αν θέλουμε κάτι χωρίς προσοχή.

Ελένη"""),
    ("Γιώργος Αντωνίου", "g.antoniou@cs.example.gr", "Wed, 12 Mar 2025 09:15:29 +0200", "Re: Πρόγραμμα εαρινού εξαμήνου",
     f"""Εντάξει για την αλλαγή, παίρνω τις 26/3.

Μετά το Πάσχα προτείνω τρία πιο πρακτικά:

- {T('2307.08691')}
  https://arxiv.org/pdf/2307.08691
- {T('2309.06180')}
  https://arxiv.org/abs/2309.06180
- {T('2306.15595')}

Στο τελευταίο θα δείξω και πείραμα με RoPE scaling. Για το vLLM (λογισμικό, όχι
άρθρο) κάνουμε επίδειξη στον κόμβο με τις A100· ο κώδικας του FlashAttention
είναι στο GitHub.

Γ."""),
]
SEP = "-" * 70
day = "Wed, 12 Mar 2025"
digest = f"""{LIST} Digest - {day}

Table of contents:

""" + "\n".join(f"* {i} - {s} - {n}" for i, (n, _, _, s, _) in enumerate(msgs, 1)) + f"""

{SEP}
"""
for i, (n, a, d, s, b) in enumerate(msgs, 1):
    digest += f"""
Date: {d}
From: {n} <{a}>
Subject: {s}

{b}

------------------------------
"""
digest += f"""
End of {LIST} Digest
{'*' * len(f'End of {LIST} Digest')}
"""
fwd = dt.datetime(2025, 3, 12, 23, 59)
note = """Καλησπέρα Κατερίνα,

Σου προωθώ τη σύνοψη της ομάδας ανάγνωσης, αφού δεν είσαι ακόμα γραμμένη στη λίστα. Για
τη διπλωματική σου (ταξινόμηση νομικών κειμένων, 20 χιλιάδες tokens ανά έγγραφο) αξίζει να
έρθεις τουλάχιστον στο Big Bird στις 26/3. Εγγραφή στέλνοντας e-mail στο
sympa@lists.example.gr με θέμα "subscribe nlp-anagnosi".

Τα λέμε αύριο στο εργαστήριο,
Μαρία

--
Μαρία Παπαδοπούλου
Υποψήφια Διδάκτωρ, Εργαστήριο Επεξεργασίας Φυσικής Γλώσσας
"""
fwd_head = f"""-------- Προωθημένο μήνυμα --------
Θέμα: {LIST} Digest - {day}
Ημερομηνία: {GR_WD[fwd.weekday()]}, {fwd.day} {GR_M[fwd.month - 1]} {fwd.year} {fwd:%H:%M}
Από: {LIST}-request@lists.example.gr
Προς: m.papadopoulou@otenet.gr
"""
plain = note + "\n" + fwd_head + "\n" + digest
qp = quopri.encodestring(plain.encode("iso-8859-7"), quotetabs=False).decode("ascii").replace("\n", "\r\n")
subj = f"Fwd: {LIST} Digest - {day} (πρόγραμμα εξαμήνου)"
h = hashlib.sha1(plain.encode("utf-8")).hexdigest()


def q(s, limit=60):
    """RFC 2047 Q-words in ISO-8859-7 (space as '_', other specials and the Greek letters as =XX), each word at most
    `limit` encoded characters, folded onto continuation lines"""
    words, cur = [], ""
    for ch in s:
        b = ch.encode("iso-8859-7")
        e = "_" if ch == " " else (ch if (ch.isascii() and ch.isalnum()) or ch in "-!*+/" else "".join(f"={x:02X}" for x in b))
        if len(cur) + len(e) > limit:
            words.append(cur); cur = ""
        cur += e
    words.append(cur)
    return "\n ".join(f"=?ISO-8859-7?Q?{w}?=" for w in words)


hdrs = f"""Return-Path: <m.papadopoulou@otenet.gr>
Received: from webmail.otenet.gr (webmail03.otenet.gr [192.0.2.43])
 by mx.otenet.gr (Postfix) with ESMTPA id {h[:10].upper()}; Thu, 13 Mar 2025 00:07:41 +0200 (EET)
Date: Thu, 13 Mar 2025 00:07:39 +0200
From: {q('Μαρία Παπαδοπούλου')} <m.papadopoulou@otenet.gr>
To: {q('Κατερίνα Γεωργίου')} <k.georgiou@mail.example.gr>
Subject: {q(subj)}
Message-ID: <{h[10:24]}.{h[24:32]}@webmail.otenet.gr>
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-7
Content-Transfer-Encoding: quoted-printable
X-Mailer: OTEnet WebMail
X-Originating-IP: [192.0.2.171]

""".replace("\n", "\r\n")
data = hdrs + qp
write_raw(F, data.encode("ascii"), [data, plain, subj], keys(F))
