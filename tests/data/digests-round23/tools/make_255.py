#!/usr/bin/env python3
"""255: a plain-text e-mail newsletter as received (.eml), Galician: single-part text/plain; charset=utf-8, 8bit,
body hard-wrapped at 72 columns by the sender, links as numbered markers [n] resolved in a 'Ligazóns' list at the
end (the newsletter platform's plain-text rendering), RFC 2047 encoded Subject and From name, List-Unsubscribe, a
footer with the postal address and unsubscribe line."""
import os, sys, textwrap
from email.header import Header
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, title as T, check_no_distractor

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "digests",
                   "255_plain_text_newsletter_eml_galician_llm_and_speech_issue.eml")
links = []


def ln(url):
    if url not in links: links.append(url)
    return f"[{links.index(url) + 1}]"


paras = [
 "Ola de novo! Este é o número 37 do boletín, con menos ruído e máis lecturas. Esta semana toca xeración de texto, fala e un pouco de seguridade.",
 "== 1. Como xeran texto os modelos ==",
 f"Se só les un artigo esta semana, que sexa \"{T('1904.09751')}\" {ln('https://arxiv.org/abs/1904.09751')}: é o artigo do nucleus sampling (top-p), e aínda hoxe explica por que a busca en feixe produce texto repetitivo.",
 f"Para ter o mapa completo, o inquérito de referencia segue a ser {T('2303.18223')} (Zhao et al.), actualizado case cada mes.",
 f"E se che interesa como se constrúen modelos pequenos con datos de calidade: {T('2306.11644')} (arXiv 2306.11644v2), o artigo de phi-1. Ao lado, para matemáticas, {T('2206.14858')} (Minerva, de Google).",
 "== 2. Seguridade ==",
 f"O ataque GCG: {T('2307.15043')}, arXiv:2307.15043. Os sufixos adversarios transfírense entre modelos, tamén aos pechados. O código está en GitHub {ln('https://github.com/llm-attacks/llm-attacks')}.",
 "== 3. Fala ==",
 f"Para quen traballa con fala en galego: {T('2106.07447')} {ln('https://huggingface.co/papers/2106.07447')}. Se queres a historia completa, volve aos clásicos: {T('A Fast Learning Algorithm for Deep Belief Nets')} (Hinton, Osindero e Teh, 2006) e {T('Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks')} (Graves et al., ICML 2006).",
 f"Os datos: Common Voice en galego xa pasa das 100 horas validadas {ln('https://commonvoice.mozilla.org/gl/datasets')}.",
 "== 4. Tradución ==",
 f"Dúas lecturas do grupo de tradución automática da Universidade de Vigo: {T('2008.07905')} (GLAT, ACL 2021) e {T('2010.06040')} {ln('https://openreview.net/forum?id=' + CAT['2010.06040']['openreview_id'])}.",
 "== 5. Ferramentas ==",
 f"A biblioteca que todos usamos ten o seu propio artigo: {T('1910.03771')} {ln('https://arxiv.org/pdf/1910.03771.pdf')}. E o curso gratuíto de Hugging Face {ln('https://huggingface.co/learn/nlp-course')} xa ten capítulos traducidos ao galego.",
 "== Axenda ==",
 "* 14/03, 18:00: quedada en Santiago (Café Derby) para falar de modelos abertos en galego.",
 "* 21/03: charla en liña sobre Proxecto Nós e os seus modelos.",
 "Ata a semana que vén!",
 "-- Uxía e Brais",
]
body = []
for p in paras:
    if p.startswith("* "):
        body += textwrap.wrap(p, 72, break_long_words=False, break_on_hyphens=False, subsequent_indent="  ")
    else:
        body += textwrap.wrap(p, 72, break_long_words=False, break_on_hyphens=False) + [""]
    if p.startswith("* ") and not paras[paras.index(p) + 1].startswith("* "): body.append("")
body += ["Ligazóns:", "---------"] + [f"[{i}] {u}" for i, u in enumerate(links, 1)] + [""]
body += ["--", "Recibes este correo porque te subscribiches a IA en Galego.",
         "Darse de baixa: https://boletin.iaengalego.example.gal/unsubscribe/7f3c2a91e4",
         "Ver no navegador: https://boletin.iaengalego.example.gal/archive/37",
         "IA en Galego · Rúa do Vilar 42 · 15705 Santiago de Compostela", ""]
subj = Header("Boletín nº 37: nucleus sampling, HuBERT e un ataque universal", "utf-8").encode()
frm = "IA en Galego"
head = f"""Return-Path: <bounces+37-7f3c2a91e4@boletin.iaengalego.example.gal>
Delivered-To: uxia.lector@correo.example.gal
Date: Thu, 07 Mar 2024 08:00:03 +0100
From: {frm} <boletin@iaengalego.example.gal>
To: uxia.lector@correo.example.gal
Message-ID: <37.7f3c2a91e4@boletin.iaengalego.example.gal>
Subject: {subj}
List-Unsubscribe: <https://boletin.iaengalego.example.gal/unsubscribe/7f3c2a91e4>, <mailto:baixa@iaengalego.example.gal?subject=unsubscribe>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

"""
text = head + "\n".join(body)
check_no_distractor(text, "255")
open(OUT, "w", encoding="utf-8", newline="\n").write(text)
