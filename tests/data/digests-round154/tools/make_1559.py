#!/usr/bin/env python3
"""1559: a Sunrise Mail (Swiss ISP webmail) forward, inline, of an arXiv cs.CL listing excerpt, with a French note.
CR LF, text/plain UTF-8 quoted-printable; the subject as an RFC 2047 Q-word."""
import hashlib, os, quopri, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_raw, au
from make_expected import by_num, keys
F = by_num(1559)
ids = {"perf": "2009.14794", "mem": "2010.06891", "syn": "2005.00743", "lite": "2004.11886", "hye": "2302.10866",
       "ret": "2307.08621", "txl": "1901.02860", "fb": "2002.09402"}
SEP = "-" * 78


def entry(k, aid, date, size, cats, comments):
    return f"""{SEP}
\\\\
arXiv:{aid}
replaced with revised version {date}   ({size}kb)

Title: [[T:{k}]]
Authors: [[AU0:{k}:12]]
Categories: {cats}
Comments: {comments}
\\\\ ( https://arxiv.org/abs/{aid} ,  {size}kb)"""


body = """Salut Nicolas,

je te transfère l'extrait de la liste cs.CL d'hier, j'ai gardé seulement les deux
remplacements qui nous concernent pour le séminaire de jeudi (salle 2.14).

À lire avant jeudi, dans l'ordre :
1. [[T:perf]] — version ICLR : https://openreview.net/forum?id=Ua6zuk0WRH
2. [[T:mem]] — https://openreview.net/pdf?id=_adSMszz_g9
3. [[T:hye]] (arXiv:2302.10866), pas de lien, cherche-le toi-même ;)
4. [[T:ret]] — juste le titre, Anaïs le présente.
5. [[T:txl]] et [[T:fb]] en complément si tu as le temps.

Le code de Performer est dans le dépôt google-research (ce n'est pas un article),
et la vidéo de Yannic sur Synthesizer est sur YouTube.

Bonne soirée,
Léa

--
Léa Favre
Doctorante, groupe TAL — Haute école d'ingénierie de Fribourg-sur-Sarine
Envoyé depuis Sunrise Mail

----- Message transféré -----
De : no-reply@arxiv.org
À : lea.favre@sunrise.ch
Date : mar., 10 juin 2025 02:19
Objet : cs daily Subj-class mailing 4c1 27

""" + entry("syn", "2005.00743", "Mon, 9 Jun 2025 14:02:11 GMT", "1089", "cs.CL cs.LG", "ICML 2021 camera-ready") + "\n" + \
    entry("lite", "2004.11886", "Mon, 9 Jun 2025 16:45:37 GMT", "2301", "cs.CL", "ICLR 2020. Code: https://github.com/mit-han-lab/lite-transformer") + f"""
{SEP}
%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%
[ extrait : les 25 autres annonces supprimées ]
"""
body = fill(body, ids)
qp = quopri.encodestring(body.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
mid = hashlib.sha1(body.encode()).hexdigest()
hdrs = f"""Return-Path: <lea.favre@sunrise.ch>
Received: from webmail.sunrise.ch (webmail-03.sunrise.ch [127.0.0.1])
 by mx.sunrise.ch with ESMTPSA; Tue, 10 Jun 2025 19:42:08 +0200
Date: Tue, 10 Jun 2025 19:42:05 +0200 (CEST)
From: =?UTF-8?Q?L=C3=A9a_Favre?= <lea.favre@sunrise.ch>
To: Nicolas Perret <n.perret@bluewin.example.ch>
Message-ID: <{mid[:12]}.{mid[12:20]}@webmail.sunrise.ch>
Subject: =?UTF-8?Q?TR=3A_cs_daily_Subj-class_mailing_=E2=80=94_Synthesizer_/_Lite?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Mailer: Sunrise Mail
X-Priority: 3

""".replace("\n", "\r\n")
data = hdrs + qp
write_raw(F, data.encode("ascii"), [data, body], keys(F))
