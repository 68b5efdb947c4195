#!/usr/bin/env python3
"""1918: a list digest forwarded from Orange's webmail (Mail Orange, French), saved as .eml with CR LF: the header, a
text/plain UTF-8 body in quoted-printable (Python's quopri, soft line breaks at 76); inside, a short note, Orange's
forward block («----- Message transféré -----» with «> De : / > A : / > Objet : / > Date :» lines as remembered) and a
list digest «lecture-llm — Sommaire n° 7» (sommaire, messages, footer). People, addresses, the list, hosts and dates
are invented; the Megatron-LM repository, a talk and a book appear as what they are. Computed: the Date header with
its weekday and Paris's offset, the sommaire from the messages, quoted-printable lines ≤ 76 (asserted), CR LF."""
import datetime as dt, os, quopri, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_raw
from make_expected import by_num, keys, GPT1
F = by_num(1918)
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
LIST, HOST = "lecture-llm", "listes.labo-tal.example.fr"
MSGS = [
 ("Camille Roussel", "camille.roussel@labo-tal.example.fr", "Programme du semestre : passage à l'échelle",
  f"Bonjour à tous,\n\nproposition pour les séances de mars :\n - {GPT1} (le rapport d'OpenAI, pas sur arXiv)\n"
  f" - {T('2005.14165')} : https://arxiv.org/abs/2005.14165\n - {T('1909.08053')}\n   (https://arxiv.org/pdf/1909.08053v4)\n\n"
  "Le dépôt Megatron-LM sur GitHub est utile pour le TP, mais lisez d'abord l'article.\n\nCamille"),
 ("Yanis Belkacem", "y.belkacem@labo-tal.example.fr", "Re: Programme du semestre : passage à l'échelle",
  f"Je rajouterais les mélanges d'experts :\n{T('1701.06538')}\nhttps://openreview.net/forum?id={OR('1701.06538')}\n"
  f"et la suite chez Google, {T('2006.16668')} — http://arxiv.org/abs/2006.16668\n\nY."),
 ("Léa Fontaine", "lea.fontaine@univ-exemple.example.fr", "Encodeurs",
  f"Pour la séance « encodeurs » : {T('2003.10555')}, arXiv:2003.10555, puis\n{T('1907.11692')} et {T('2006.03654')}.\n"
  "Pas besoin de liens, tout le monde les a déjà.\nPour les débutants, le livre « Apprentissage profond » (trad. française) suffit."),
]
MDATE = dt.datetime(2026, 2, 26, 18, 30, 0)
dig = [f"Sommaire de la liste {LIST}", f"Numéro 7 — {MDATE.day} février {MDATE.year}", "", "Sujets du jour :"]
dig += [f"  {i}. {s} ({n})" for i, (n, _, s, _) in enumerate(MSGS, 1)]
dig += ["", "----------------------------------------------------------------------", ""]
for i, (n, a, s, b) in enumerate(MSGS, 1):
    dig += [f"Message : {i}", f"De : {n} <{a}>", f"Objet : [{LIST}] {s}", "", *b.split("\n"), "", "------------------------------", ""]
dig += [f"Fin du sommaire {LIST}, numéro 7", f"Pour vous désabonner : {LIST}-unsubscribe@{HOST}"]
SENT = dt.datetime(2026, 3, 3, 10, 12, 44)
body = ["Bonjour,", "", "Je vous transfère le dernier sommaire de la liste pour ceux qui n'y sont pas encore inscrits.",
        "Inscrivez-vous sur le framadate pour choisir votre séance avant vendredi.", "", "Bonne journée,", "Mathilde", "", "",
        "----- Message transféré -----", f"> De : \"{LIST}\" <{LIST}-request@{HOST}>",
        "> A : mathilde.garnier@orange.example.fr", f"> Objet : Sommaire {LIST}, numéro 7",
        f"> Date : {MDATE.day:02d}/{MDATE.month:02d}/{MDATE.year % 100:02d} {MDATE:%H:%M}", ""] + ["> " + l if l else ">" for l in dig] + [""]
text = "\n".join(body)
qp = quopri.encodestring(text.encode("utf-8")).decode("ascii").split("\n")
assert all(len(l) <= 76 for l in qp)
H = [f"Date: {WD[SENT.weekday()]}, {SENT.day:02d} {MO[SENT.month - 1]} {SENT.year} {SENT:%H:%M:%S} +0100",
     "From: Mathilde Garnier <mathilde.garnier@orange.example.fr>", "To: doctorants-tal@labo-tal.example.fr",
     f"Subject: =?UTF-8?Q?Fwd=3A_Sommaire_{LIST.replace('-', '-')}=2C_num=C3=A9ro_7?=",
     "Message-ID: <1471836952.88412.1772529164301.JavaMail.open-xchange@oxm05.webmail.orange.example.fr>",
     "X-Mailer: Mail Orange", "MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable"]
raw = "\r\n".join(H + [""] + qp) + "\r\n"
write_raw(F, raw.encode("ascii"), [raw, text], keys(F))
