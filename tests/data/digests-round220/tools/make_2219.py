#!/usr/bin/env python3
"""2219: a reading-circle mail of the Université du Luxembourg (Belval campus) forwarded inline from SOGo webmail with the
French interface, saved as .eml by the recipient (as remembered: «User-Agent: SOGoMail 5.x.y», an «X-Forward:» header
with the client address, a Message-ID «<hhhh-hhhhhhhh-h-hhhhhhhh@nnnnnnnnn>», a single text/plain part in UTF-8,
quoted-printable; the forwarded block «-------- Message original --------» with «Sujet:», «Date:», «De:», «À:»).
Luxembourgish note, French original with English titles.
Computed: both dates (email.utils; the original before the forward, asserted), the quoted-printable body (quopri; lines
≤ 76 asserted), the Message-ID from sha1, CR LF line ends, the encoded-word Subject (email.header)."""
import datetime as dt, email.utils, hashlib, os, quopri, sys
from email import charset as _cs
from email.header import Header
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import by_num, keys
F = by_num(2219)
TZ = dt.timezone(dt.timedelta(hours=2))
orig_d = dt.datetime(2026, 4, 13, 18, 2, 37, tzinfo=TZ)
fwd_d = dt.datetime(2026, 4, 14, 8, 51, 9, tzinfo=TZ)
assert orig_d < fwd_d
FR_D = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_M = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
h = lambda s: hashlib.sha1(s.encode()).hexdigest()
SUBJ = "Lieskrees NLP – séance du 15 avril : modèles de langue pré-entraînés"
orig_date = f"{FR_D[orig_d.weekday()]} {orig_d.day} {FR_M[orig_d.month - 1]} {orig_d.year} {orig_d:%H:%M} CEST"
body = "\n".join([
 "Moien Claire,",
 "",
 "hei d'Mail vum Lieskrees, déi s de verpasst hues (du waars nach net op der Lëscht).",
 "Mir treffen eis e Mëttwoch um 12:30 an der Maison du Nombre, Sall 4.020. Bréng däi",
 "Laptop mat, d'Anne weist e puer Beispiller mat lëtzebuergeschen Texter.",
 "",
 "Bis geschwënn,",
 "Joël",
 "",
 "",
 "-------- Message original --------",
 f"Sujet: {SUBJ}",
 f"Date: {orig_date}",
 "De: Anne Weber <anne.weber@uni.example.lu>",
 "À: lieskrees-nlp@lists.uni.example.lu",
 "",
 "Bonjour à toutes et à tous,",
 "",
 "pour la séance de mercredi on remonte aux origines des modèles de langue pré-entraînés.",
 "Chacun·e prend un article et le présente en dix minutes :",
 "",
 f"1. {T('1706.03762')} – https://arxiv.org/abs/1706.03762",
 f"2. {T('1810.04805')}",
 "   http://arxiv.org/abs/1810.04805v2",
 f"3. {T('1907.11692')} (https://arxiv.org/pdf/1907.11692.pdf)",
 f"4. {T('2003.10555')} <https://arxiv.org/abs/2003.10555>",
 f"5. {T('1906.08237')} (Yang et al., NeurIPS 2019 ; arXiv:1906.08237)",
 "",
 "Pour aller plus loin, sans lien (cherchez-les vous-mêmes) :",
 f"- {T('1801.06146')} (Howard & Ruder, ACL 2018), le point de départ du fine-tuning ;",
 f"- {T('1911.02116')}, c'est-à-dire XLM-R, qui nous intéresse pour le luxembourgeois ;",
 f"- {T('2006.03654')}, si quelqu'un veut parler de l'attention désentrelacée.",
 "",
 "Ce ne sont pas des articles, mais c'est utile : le livre « Natural Language Processing with",
 "Transformers » (Tunstall, von Werra & Wolf, O'Reilly), le cours en ligne de Hugging Face, et le",
 "Lëtzebuerger Online Dictionnaire (LOD) pour les listes de mots.",
 "",
 "Bonne lecture,",
 "Anne",
 "",
 "-- ",
 "Dr. Anne Weber",
 "Department of Computer Science – Université du Luxembourg",
 "Maison du Nombre, 6, avenue de la Fonte, L-4364 Esch-sur-Alzette",
 ""])
qp = quopri.encodestring(body.encode("utf-8")).decode("ascii")
qp_lines = qp.rstrip("\n").split("\n")
assert all(len(l) <= 76 for l in qp_lines)
QCS = _cs.Charset("utf-8")
QCS.header_encoding = _cs.QP
subj = Header("Fwd: " + SUBJ, QCS, maxlinelen=76, header_name="Subject").encode(linesep="\r\n")
mid = h("2219 sogo")
head = [
 "Return-Path: <joel.schmit@uni.example.lu>",
 "Received: from mail.uni.example.lu (mail.uni.example.lu [192.0.2.41])",
 f"\tby mx.uni.example.lu with ESMTPS; {email.utils.format_datetime(fwd_d + dt.timedelta(seconds=2))}",
 "From: =?utf-8?q?Jo=C3=ABl_Schmit?= <joel.schmit@uni.example.lu>",
 "To: \"Claire Hoffmann\" <claire.hoffmann@uni.example.lu>",
 f"Subject: {subj}",
 "MIME-Version: 1.0",
 "Content-Type: text/plain; charset=\"utf-8\"",
 "X-Forward: 192.0.2.117",
 f"Date: {email.utils.format_datetime(fwd_d)}",
 "User-Agent: SOGoMail 5.10.0",
 f"Message-ID: <{mid[:4]}-{int(fwd_d.timestamp()):08x}-{mid[4]}-{mid[5:13]}@{int(mid[13:20], 16)}>",
 "Content-Transfer-Encoding: quoted-printable",
]
raw = "\r\n".join(head + [""] + qp_lines + [""])
write_raw(F, raw.encode("ascii"), [raw, body], keys(F))
