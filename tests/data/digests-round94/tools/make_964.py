#!/usr/bin/env python3
"""964: a Québec AI institute's monthly newsletter sent with Constant Contact, as a subscriber's client saved it
(.eml, CRLF): Return-Path to a bounce address, Received from a Constant Contact host, a DKIM-Signature, Date, From /
Subject as `=?UTF-8?Q?…?=` words, Reply-To, To, Message-ID `<…JavaMail.root@…>`, MIME-Version, a multipart/alternative
with a JavaMail boundary `----=_Part_<n>_<n>.<epoch milliseconds of Date>`, List-Unsubscribe (visitor.constantcontact.com
and mailto) with List-Unsubscribe-Post, Constant Contact's X- headers (X-Campaign-Activity-ID, X-250ok-CID, X-Channel-ID,
X-Return-Path-Hint, X-Roving-Id, X-Feedback-ID, X-Mailer `Roving Constant Contact 2012 (http://www.constantcontact.com)`);
a text/plain part and a text/html part, both UTF-8 quoted-printable. Every link goes through the `r20.rs6.net/tn.jsp`
tracker, so the writer spells the arXiv and OpenReview addresses out as the links' texts (the plain part shows `text
[tracker]`); the HTML is Constant Contact's table layout, trimmed; the French footer (address, Se désabonner, Mettre à
jour le profil, Avis sur les données de Constant Contact, Envoyé par … propulsé par, Essayez gratuitement). Papers:
two arXiv URLs, two OpenReview URLs (a forum and a pdf), one arXiv id as text, three titles only. xFormers, a
seminar talk, a course page and a YouTube recording are not papers."""
import base64, hashlib, html, os, quopri, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_raw
from make_expected import by_num, keys

F = by_num(964)
K = dict(performer="2009.14794", rfa="2103.02143", lra="2011.04006", linformer="2006.04768", sparse="1904.10509",
         longformer="2004.05150", synth="2005.00743", funnel="2006.03236")
CRLF = "\r\n"
ORG = "Institut québécois d'intelligence artificielle de l'Estuaire"
FROM_ADDR = "nouvelles@iqiae.example.ca"
TO_ADDR = "camille.tremblay@umontreal.example.ca"
SUBJECT = "Le Fil IA — mars 2024 : club de lecture sur l'attention efficace"
BOUNDARY = "----=_Part_5590216_1827443016.1710252151234"
CAMPAIGN = "3f2b8c1e-6a47-4d0e-9b15-c28e7a90d5f3"
CHANNEL = "5a1d7e22-0c94-11ee-8b3f-fa163e8b21c4"


def tracker(target):
    """an invented rs6.net tracking URL for `target` (deterministic)"""
    h = hashlib.sha256(target.encode()).digest()
    f = "001" + base64.urlsafe_b64encode(h + h[:12]).decode().rstrip("=")
    return f"https://r20.rs6.net/tn.jsp?f={f}&c=Qm8xR2FzdFpHcW9uV3lkZWtZc0E=&ch=Tk5yZ3ZCdW1TaDJkX0Z2aUlRPT0="


def fwords(s):
    """RFC 2047 Q-words (UTF-8), split into words of at most 75 characters"""
    out, cur = [], ""
    for ch in s:
        b = ch.encode("utf-8")
        if ch == " ":
            enc = "_"
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            enc = ch
        else:
            enc = "".join(f"={x:02X}" for x in b)
        if len(cur) + len(enc) > 75 - len("=?UTF-8?Q??="):
            out.append(cur); cur = ""
        cur += enc
    out.append(cur)
    return "\r\n ".join(f"=?UTF-8?Q?{w}?=" for w in out)


# ---- the content: (kind, data) blocks shared by both parts
sessions = [
    ("Mardi 19 mars", "Léa Gagnon", [
        (T(K["linformer"]), "Wang et al., 2020", "https://arxiv.org/abs/" + K["linformer"]),
        (T(K["performer"]), "Choromanski et al., ICLR 2021", "https://openreview.net/forum?id=" + OR(K["performer"])),
    ]),
    ("Mardi 26 mars", "Mathieu Côté", [
        (T(K["rfa"]), "Peng et al., ICLR 2021", "https://openreview.net/pdf?id=" + OR(K["rfa"])),
        (T(K["sparse"]), "Child et al., 2019 — arXiv:1904.10509", None),
    ]),
    ("Mardi 2 avril", "Amira Benali", [
        (T(K["longformer"]), "Beltagy, Peters et Cohan, 2020", None),
        (T(K["funnel"]), "Dai, Lai, Yang et Le, NeurIPS 2020", None),
    ]),
    ("Mardi 9 avril", "Olivier Bouchard", [
        (T(K["lra"]), "Tay et al., ICLR 2021", "https://arxiv.org/abs/" + K["lra"]),
        (T(K["synth"]), "Tay et al., ICML 2021 — PDF sur le Teams du club", None),
    ]),
]
intro = ("Bonjour Camille, le printemps arrive et notre club de lecture reprend avec un thème qui revient souvent dans "
         "vos questions : comment rendre l'attention moins coûteuse quand les séquences s'allongent ? Quatre séances, "
         "deux articles chacune, toujours au local A-3402 (et sur Zoom pour les membres hors Québec).")
news = [
    ("Prix étudiant", "Félicitations à Jérémie Lavoie, lauréat du prix de la meilleure affiche au colloque de l'ACFAS "
     "pour ses travaux sur la compression de modèles de langue."),
    ("Conférence du mois", "Le 21 mars, la Pre Nadia Roy présentera « Mémoire, récurrence et longues séquences » "
     "(conférence, pas un article : l'enregistrement sera publié sur notre chaîne YouTube)."),
    ("Outils", "Pour les exercices pratiques du club, nous utiliserons la bibliothèque xFormers de Meta ; le guide "
     "d'installation est sur la page du cours IFT6135."),
]
FOOT_ADDR = f"{ORG} | 2900, boul. Édouard-Montpetit, local A-3400 | Montréal, QC H3T 1J4 CA"
URL_UNSUB = "https://visitor.constantcontact.com/do?p=un&m=001kQx7vR3bZp2Yt8wNc1aQ%3D&se=001Hs9LtbQ5Yw3%3D&t=001uJm2Xr7LwQ%3D&llr=qzk8ybqab"
URL_PROFILE = "https://visitor.constantcontact.com/do?p=oo&m=001kQx7vR3bZp2Yt8wNc1aQ%3D&ch=5a1d7e22&ca=3f2b8c1e"
URL_NOTICE = "https://www.constantcontact.com/legal/customer-contact-data-notice"
URL_TRY = "https://www.constantcontact.com/index.jsp?cc=nge&rmc=VF19_V3"

# ---- plain part
P = [f"{ORG.upper()}", "Le Fil IA | Infolettre mensuelle | Mars 2024", "", intro, "",
     "CLUB DE LECTURE : L'ATTENTION EFFICACE", ""]
for day, who, papers in sessions:
    P.append(f"{day}, 12 h 15 — animé par {who}")
    for title, cite, url in papers:
        P.append(f"- {title} ({cite})" + (f" — {url} [{tracker(url)}]" if url else ""))
    P.append("")
P += ["Inscription obligatoire (places limitées) [" + tracker("https://forms.iqiae.example.ca/club-lecture") + "]", "",
      "NOUVELLES", ""]
for head, body in news:
    P += [head, body, ""]
P += ["OFFRE DE STAGE", "Stage d'été (16 semaines) en inférence efficace de modèles de langue, en partenariat avec une "
      "jeune pousse de Québec. Détails et candidature [" + tracker("https://iqiae.example.ca/emplois/stage-ete-2024") + "]", "",
      "", FOOT_ADDR, "", f"Se désabonner {TO_ADDR} [{URL_UNSUB}]", "",
      f"Mettre à jour le profil [{URL_PROFILE}] | Avis sur les données de Constant Contact [{URL_NOTICE}]", "",
      f"Envoyé par {FROM_ADDR} propulsé par", "", f"Essayez gratuitement [{URL_TRY}]", ""]
plain = CRLF.join(P)


# ---- HTML part (Constant Contact's layout tables, trimmed)
def e(s):
    return html.escape(s, quote=False)


def a(url, text, style="color: #1F5A96; text-decoration: underline;"):
    return f'<a href="{tracker(url)}" target="_blank" style="{style}">{e(text)}</a>'


def text_block(inner):
    return ('<tr><td class="text_content-cell content-padding-horizontal" style="text-align: left; font-family: Arial,'
            'Verdana,Helvetica,sans-serif; color: #403F42; font-size: 14px; line-height: 1.4; display: block; '
            'word-wrap: break-word; padding: 10px 20px;" align="left" valign="top">' + inner + "</td></tr>")


H = ['<!DOCTYPE html>', '<html lang="fr-CA" xml:lang="fr-CA">', "<head>",
     '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
     '<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">',
     f"<title>{e(SUBJECT)}</title>",
     '<style type="text/css" data-premailer="ignore">@media only screen and (max-width:480px) { .shell_panel-row, '
     '.shell_panel-cell { width: 100% !important; } .content-padding-horizontal { padding-left: 10px !important; '
     'padding-right: 10px !important; } }</style>', "</head>",
     '<body class="body template template--fr-CA" data-template-version="1.29.0" data-canonical-name="CPE-PT17831" '
     'lang="fr-CA" align="center" style="-ms-text-size-adjust: 100%; -webkit-text-size-adjust: 100%; min-width: 100%; '
     'width: 100%; margin: 0px; padding: 0px;">',
     '<div id="tracking-image" style="color: transparent; display: none; font-size: 1px; line-height: 1px; '
     'max-height: 0px; max-width: 0px; opacity: 0; overflow: hidden;"></div>',
     '<table class="shell" width="100%" border="0" cellpadding="0" cellspacing="0" style="background-color: #EEF1F4;">'
     '<tr><td class="shell_panel-row" align="center" valign="top">',
     '<table class="shell_width-row scale" style="width: 600px;" align="center" border="0" cellpadding="0" cellspacing="0">'
     '<tr><td class="shell_panel-cell" style="background-color: #FFFFFF;" align="center" valign="top">',
     '<table class="layout layout--1-column" style="table-layout: fixed;" width="100%" border="0" cellpadding="0" cellspacing="0">',
     text_block(f'<p style="margin: 0;"><span style="font-size: 20px; color: #1F5A96; font-weight: bold;">{e(ORG)}</span></p>'
                '<p style="margin: 0;">Le Fil IA | Infolettre mensuelle | Mars 2024</p>'),
     text_block(f'<p style="margin: 0;">{e(intro)}</p>'),
     text_block('<h2 style="font-size: 18px; color: #1F5A96; margin: 0;">Club de lecture : l\'attention efficace</h2>')]
for day, who, papers in sessions:
    items = ""
    for title, cite, url in papers:
        items += f'<li style="margin: 0 0 6px;"><strong>{e(title)}</strong> ({e(cite)})' + \
                 (" — " + a(url, url) if url else "") + "</li>"
    H.append(text_block(f'<p style="margin: 0;"><strong>{e(day)}, 12 h 15</strong> — animé par {e(who)}</p>'
                        f'<ul style="margin: 6px 0 0; padding-left: 20px;">{items}</ul>'))
H.append('<tr><td class="button_content-cell" style="padding: 10px 20px;" align="center"><table class="button_border-row" '
         'cellpadding="0" cellspacing="0" border="0" bgcolor="#1F5A96" style="border-radius: 5px;"><tr><td '
         'class="button_content-cell" style="padding: 9px 15px;" align="center">'
         + a("https://forms.iqiae.example.ca/club-lecture", "Inscription obligatoire (places limitées)",
             "color: #FFFFFF; font-weight: bold; text-decoration: none;") + "</td></tr></table></td></tr>")
H.append(text_block('<h2 style="font-size: 18px; color: #1F5A96; margin: 0;">Nouvelles</h2>'))
for head, body in news:
    H.append(text_block(f'<p style="margin: 0;"><strong>{e(head)}</strong></p><p style="margin: 0;">{e(body)}</p>'))
H.append(text_block('<h2 style="font-size: 18px; color: #1F5A96; margin: 0;">Offre de stage</h2>'
                    '<p style="margin: 0;">Stage d\'été (16 semaines) en inférence efficace de modèles de langue, en '
                    'partenariat avec une jeune pousse de Québec. '
                    + a("https://iqiae.example.ca/emplois/stage-ete-2024", "Détails et candidature") + "</p>"))
H += ["</table>", "</td></tr></table>", "</td></tr>",
      '<tr><td class="footer-container" align="center" style="padding: 20px 0;">'
      f'<div class="footer-line" style="font-family: Verdana,Geneva,sans-serif; color: #5D5D5D; font-size: 12px;">{e(FOOT_ADDR)}</div>'
      f'<div class="footer-line" style="font-size: 12px;"><a href="{URL_UNSUB}" style="color: #5D5D5D;">Se désabonner {TO_ADDR}</a></div>'
      f'<div class="footer-line" style="font-size: 12px;"><a href="{URL_PROFILE}" style="color: #5D5D5D;">Mettre à jour le profil</a> | '
      f'<a href="{URL_NOTICE}" style="color: #5D5D5D;">Avis sur les données de Constant Contact</a></div>'
      f'<div class="footer-line" style="font-size: 12px;">Envoyé par <a href="mailto:{FROM_ADDR}" style="color: #5D5D5D;">{FROM_ADDR}</a> propulsé par</div>'
      f'<div class="footer-line"><a href="{URL_TRY}"><img alt="Trusted Email from Constant Contact - Essayez gratuitement" '
      'width="160" height="20" border="0" src="https://imgssl.constantcontact.com/letters/images/CTCTFooter/Logo_Blue_Orange.png"></a></div>'
      f'<div class="footer-line" style="font-size: 10px;"><a href="{URL_TRY}" style="color: #5D5D5D;">Essayez gratuitement</a></div>'
      "</td></tr>", "</table>", "</body>", "</html>"]
html_text = CRLF.join(H)


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").replace("\r\n", "\n").replace("\n", CRLF)


dkim = ("v=1; q=dns/txt; a=rsa-sha256; c=relaxed/relaxed; s=1000073432; d=auth.ccsend.com;\r\n"
        "\th=date:mime-version:subject:X-Feedback-ID:X-250ok-CID:message-id:from:reply-to:list-unsubscribe:list-unsubscribe-post:to;\r\n"
        "\tbh=Vq3pLkR8yTqH6bW0f1sXoN2mAeU7cJtZ4gYvKd9iPrs=;\r\n"
        "\tb=Hk2mQ9xTzW1rLsY8bVn4CfJpE7aGd0uKqXo3NtRiMwZ5lScBvF6yPgAhDjUeOk2\r\n"
        "\t mT8rWqLx4ZsYv1NcKp9BdEaGf3HuJiOlRt5Qw0zXyCv7Bn2Mk6Ls8Pj4Hg1Fd3Sa9\r\n"
        "\t Qe5Wr7Ty2Ui0Op4As6Df8Gh1Jk3Lz5Xc7Vb9Nm2Qw4Er6Ty8Ui0Op2As4Df6Gh8Jk=")
headers = [
    "Return-Path: <bounce-1116482093357-7@bounce.ccsend.com>",
    "Received: from ccm59.constantcontact.com (ccm59.constantcontact.com [198.51.100.59])\r\n"
    "\tby mx2.umontreal.example.ca (Postfix) with ESMTPS id 4TvG8m1Qk9z3wXy\r\n"
    f"\tfor <{TO_ADDR}>; Tue, 12 Mar 2024 10:02:33 -0400 (EDT)",
    "DKIM-Signature: " + dkim,
    "Date: Tue, 12 Mar 2024 10:02:31 -0400 (EDT)",
    "From: " + fwords("Institut québécois d'IA de l'Estuaire") + f" <{FROM_ADDR}>",
    f"Reply-To: {FROM_ADDR}",
    f"To: {TO_ADDR}",
    "Message-ID: <1839201746.5590215.1710252151234.JavaMail.root@ccm59.constantcontact.com>",
    "Subject: " + fwords(SUBJECT),
    "MIME-Version: 1.0",
    f'Content-Type: multipart/alternative; \r\n\tboundary="{BOUNDARY}"',
    f"List-Unsubscribe: <{URL_UNSUB}>,\r\n <mailto:unsubscribe-1116482093357@ccsend.com>",
    "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
    f"X-Campaign-Activity-ID: {CAMPAIGN}",
    f"X-250ok-CID: {CAMPAIGN}",
    f"X-Channel-ID: {CHANNEL}",
    "X-Return-Path-Hint: bounce-1116482093357-7@bounce.ccsend.com",
    "X-Roving-Id: 1116482093357.1102933445",
    f"X-Feedback-ID: {CAMPAIGN}:{CHANNEL}:email:epmkt",
    "X-Mailer: Roving Constant Contact 2012 (http://www.constantcontact.com)",
]
msg = CRLF.join(headers) + CRLF + CRLF + \
    f"--{BOUNDARY}" + CRLF + "Content-Type: text/plain; charset=utf-8" + CRLF + \
    "Content-Transfer-Encoding: quoted-printable" + CRLF + CRLF + qp(plain) + CRLF + \
    f"--{BOUNDARY}" + CRLF + "Content-Type: text/html; charset=utf-8" + CRLF + \
    "Content-Transfer-Encoding: quoted-printable" + CRLF + CRLF + qp(html_text) + CRLF + \
    f"--{BOUNDARY}--" + CRLF
write_raw(F, msg.encode("ascii"), [plain, html.unescape(html_text), SUBJECT], keys(F))
