#!/usr/bin/env python3
"""877: a message downloaded from Proton Mail's web app (`…` → Download / export as .eml): CRLF line ends, Proton's
receiving headers (`Received` from a protonmail.ch relay, `Authentication-Results`, `X-Pm-*`, `Feedback-ID`), an RFC
2047 `From`, `multipart/mixed` with one `text/plain; charset=utf-8` part in quoted-printable (soft `=` breaks at 76
columns, so titles and URLs are cut across lines and `=` is written `=3D`). A Valencian PhD student forwards to her
reading group the cs.CL part of arXiv's daily Subj-class mailing, trimmed to three "replaced with revised version"
entries, with a Spanish note that plans the evaluation block and names four pre-training classics by title. Proton's
plain-text forward header (`------- Forwarded Message -------`) and its default signature. The Open LLM Leaderboard,
lm-evaluation-harness, a course and a talk video are not papers."""
import os, sys, textwrap
from email import quoprimime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_raw
from make_expected import by_num, keys, GPT1

F = by_num(877)
K = dict(survey="2303.18223", judge="2306.05685", phi="2306.11644", mmlu="2009.03300", bart="1910.13461",
         sbert="1908.10084", norm="2004.10102")
TEX = {"é": "\\'e", "á": "\\'a", "í": "\\'i", "ó": "\\'o", "ú": "\\'u"}
RULE = "-" * 78


def tex(s):
    return "".join(TEX.get(c, c) for c in s)


def entry(k, when, size, comments=None):
    au = textwrap.wrap("Authors: " + tex(", ".join(authors(k))), 79, subsequent_indent="  ", break_long_words=False,
                       break_on_hyphens=False)
    ti = textwrap.wrap("Title: " + T(k), 79, subsequent_indent="  ", break_long_words=False, break_on_hyphens=False)
    cats = {"2303.18223": "cs.CL cs.AI", "2306.05685": "cs.CL cs.AI", "2306.11644": "cs.CL cs.AI cs.LG"}[k]
    out = [RULE, "\\\\", f"arXiv:{k}", f"replaced with revised version {when}   ({size}kb,D)", ""] + ti + au
    out.append(f"Categories: {cats}")
    if comments: out += textwrap.wrap("Comments: " + comments, 79, subsequent_indent="  ")
    out.append(f"\\\\ ( https://arxiv.org/abs/{k} ,  {size}kb)")
    return out


note = f"""Hola a todos:

Os reenvío el listado de cs.CL que llegó anoche. Lo he recortado muchísimo (había 14 revisiones y más de cien envíos nuevos), solo dejo las tres revisiones que tocan el bloque de evaluación que empezamos el jueves 21.

Propuesta para las dos sesiones de evaluación:

1) Measuring Massive Multitask Language Understanding (arXiv:{K['mmlu']}) — el MMLU de toda la vida. Lo leemos entero aunque todos lo conozcamos: la sección de calibración es la que nadie se ha leído.
2) Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena — está abajo en el listado (v4). Me interesa la parte de sesgos del juez (posición, verbosidad, auto-preferencia).
3) Textbooks Are All You Need — también abajo. Sé que es más de datos que de evaluación, pero la discusión sobre contaminación de HumanEval encaja aquí.
4) A Survey of Large Language Models — no para leerlo (son más de 100 páginas), solo el capítulo de evaluación, como mapa.

Para los que os incorporáis este cuatrimestre, los clásicos de preentrenamiento que damos por leídos; no pongo enlaces porque están en la carpeta compartida del grupo (Nextcloud → Lecturas → 00_base):

  * "{GPT1}" (Radford et al., 2018), el informe técnico del GPT original;
  * "{T(K['bart'])}" (Lewis et al., ACL 2020);
  * "{T(K['sbert'])}" (Reimers y Gurevych, EMNLP 2019) — imprescindible si vais a tocar el buscador semántico del proyecto;
  * y uno que me gusta mucho para la parte de interpretabilidad: "{T(K['norm'])}" (Kobayashi et al., EMNLP 2020).

Cosas que NO son artículos pero que conviene tener a mano: el Open LLM Leaderboard de Hugging Face (para ver qué benchmarks se usan de verdad), el repositorio lm-evaluation-harness de EleutherAI (lo usaremos en la práctica) y el vídeo de la charla de evaluación del curso CS224N, que dura 50 minutos y se puede ver a 1,5x.

Apuntaos en la hoja de turnos antes del viernes, porfa.

Un abrazo,
Lucía

--
Lucía Ferrer Climent
Grup de Processament del Llenguatge, lab. 2.14
Universitat (ejemplo) de València

Sent with Proton Mail secure email.
"""

listing = [RULE, RULE, "Send any comments regarding submissions directly to submitter.", RULE,
           "Archives at http://arxiv.org/", "To unsubscribe, e-mail To: cs@arXiv.org, Subject: cancel", RULE,
           " Submissions to:", "Computation and Language",
           " received from  Fri  8 Mar 24 19:00:00 GMT  to  Mon 11 Mar 24 18:00:00 GMT", RULE, RULE,
           "[… recortado: envíos nuevos y cross-lists …]", "",
           "%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---"]
listing += entry(K["survey"], "Sun, 10 Mar 2024 14:07:31 GMT", 6341,
                 "ongoing work; 124 pages, 946 citations")
listing += ["[…]"]
listing += entry(K["judge"], "Mon, 11 Mar 2024 02:51:16 GMT", 1174, "NeurIPS 2023 Datasets and Benchmarks Track")
listing += entry(K["phi"], "Mon, 11 Mar 2024 11:40:09 GMT", 803, "26 pages; changed color scheme of plot. fixed minor typos and added couple clarifications")
listing += [RULE, "[…]", "%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---"]

fwd = ["", "------- Forwarded Message -------", "From: no-reply@arxiv.org <no-reply@arxiv.org>",
       "Date: On Monday, March 11th, 2024 at 8:12 PM", "Subject: cs daily Subj-class mailing 4a 1",
       "To: lucia@ferrer.example.org <lucia@ferrer.example.org>", "", ""]
body = note + "\n".join(fwd + listing) + "\n"

BOUND = "b1_9b7f3c2e5d1a4f8e6c0b2d4a7e9f1c3b5a8d0e2f"
qp = quoprimime.body_encode(body.replace("\n", "\r\n").encode("utf-8").decode("latin-1"), maxlinelen=76, eol="\r\n")
head = f"""Return-Path: <lucia@ferrer.example.org>
X-Original-To: javier.m@pln-uv.example.es
Delivered-To: javier.m@pln-uv.example.es
Authentication-Results: mailin031.protonmail.ch; dkim=pass (2048-bit key) header.d=ferrer.example.org header.i=@ferrer.example.org header.b="Qm3x8Kp0"
Authentication-Results: mailin031.protonmail.ch; spf=pass smtp.mailfrom=ferrer.example.org
Authentication-Results: mailin031.protonmail.ch; arc=none smtp.remote-ip=192.0.2.71
Authentication-Results: mailin031.protonmail.ch; dmarc=pass (p=quarantine dis=none) header.from=ferrer.example.org
Received: from mail-4371.protonmail.ch (mail-4371.protonmail.ch [192.0.2.71]) (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits) key-exchange X25519 server-signature RSA-PSS (4096 bits) server-digest SHA256) (No client certificate requested) by mailin031.protonmail.ch (Postfix) with ESMTPS id 4TtjR20vQ9z9vNq for <javier.m@pln-uv.example.es>; Tue, 12 Mar 2024 08:03:46 +0000 (UTC)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=ferrer.example.org; s=protonmail3; t=1710230624; x=1710489824; bh=Yk2vJ0cR8mXq3PzT6bNf1LwA9sHdE4uG7oKiV5yB2nM=; h=Date:To:From:Subject:Message-ID:Feedback-ID:From:To:Cc:Date: Subject:Reply-To:Feedback-ID:Message-ID:BIMI-Selector; b=Qm3x8Kp0Zr7TnL2wVb5cY9dF1gH4jS6kA0eU3iO8pX7qN5mR2tW9zC1vB4yE6hJ0
Date: Tue, 12 Mar 2024 08:03:36 +0000
To: Grupo de lectura PLN <lectura-pln@pln-uv.example.es>
From: =?utf-8?Q?Luc=C3=ADa_Ferrer?= <lucia@ferrer.example.org>
Subject: Fwd: cs daily Subj-class mailing 4a 1
Message-ID: <Vt2kQ8x1m0R4pLs7Zc9bN3yW6fH5dJ2aGe0uK8iT1oXq4rM7sB9vC3nE6wY=@ferrer.example.org>
Feedback-ID: 40817365:user:proton
X-Pm-Message-ID: 7e1f0c4a2b9d8e3f5a6c1b0d2e4f9a8c7b3d5e6f
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="{BOUND}"
X-Pm-Spamscore: 0
X-Pm-Origin: external
X-Pm-Content-Encryption: on-delivery
X-Pm-Scheduled-Sent-Original-Time: Tue, 12 Mar 2024 08:03:36 +0000
X-Pm-Recipient-Authentication: lectura-pln%40pln-uv.example.es=none
X-Pm-Recipient-Encryption: lectura-pln%40pln-uv.example.es=none

This is a multi-part message in MIME format.

--{BOUND}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""".replace("\n", "\r\n")
raw = head + qp + "\r\n\r\n--" + BOUND + "--\r\n"
write_raw(F, raw.encode("ascii"), [body], keys(F))
