#!/usr/bin/env python3
"""528: one message as the Gmail API returns it (users.messages.get, format=full), saved as JSON by a PhD student's
mail-to-notes script: id, threadId, labelIds, snippet (Gmail's HTML-escaped preview), payload with the header list and
the body as base64url data, sizeEstimate, historyId, internalDate. The message is a Swedish supervisor's reply, sent
with Thunderbird (text/plain; format=flowed, 8bit UTF-8, so long lines end in a space and wrap, some titles across
two lines), with the student's question quoted below; the text is only readable after decoding the base64url body.
Papers: arXiv abs links (link), an OpenReview forum link (link), "arXiv:ID" in the text (arxiv-text), titles in
quotes / after author names (title-only). Not papers: Lilian Weng's blog post, the CVPR 2022 tutorial, diffusers, a
course page, nicknames (DDPM, Stable Diffusion, EDM)."""
import base64, html, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F528, keys


def flow(par, quote=""):
    """RFC 3676 format=flowed: soft breaks keep a trailing space; quoted lines carry '> ' on every line"""
    if not par:
        return [quote.rstrip()] if quote else [""]
    words = par.split(" ")
    lines, cur = [], ""
    width = 72 - len(quote)
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur + " "); cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return [quote + l for l in lines]


body_pars = [
 "Hej Elin,",
 "",
 "som utlovat efter handledningsmötet i tisdags: här är läslistan inför vårens kurs och din första projektidé. Läs i "
 "ungefär den här ordningen, och skriv gärna tre–fyra rader per artikel i vår gemensamma anteckningsfil på Box så "
 "pratar vi om dem på torsdagsmötena.",
 "",
 "1. Bakgrund (GAN-tiden). Goodfellow m.fl., \"" + T("1406.2661") + "\" (NIPS 2014). Du behöver inte räkna igenom "
 "bevisen, men förstå varför träningen är instabil.",
 "",
 "2. Där allt började: Sohl-Dickstein m.fl. (ICML 2015), \"" + T("1503.03585") + "\". Tung läsning, avsnitt 2 räcker "
 "i första vändan.",
 "",
 "3. Score-perspektivet: Song & Ermon, " + T("1907.05600") + ", https://arxiv.org/abs/1907.05600 – läs den tillsammans "
 "med Yang Songs blogginlägg om score-baserade modeller, och titta gärna på CVPR 2022-tutorialen \"Denoising "
 "Diffusion-based Generative Modeling: Foundations and Applications\" (videorna ligger på YouTube).",
 "",
 "4. DDPM-artikeln av Ho m.fl. (2020) kan du nog redan, annars är Lilian Wengs \"What are Diffusion Models?\" den "
 "bästa genomgången jag vet.",
 "",
 "5. Snabbare sampling: " + T("2010.02502") + " (ICLR 2021), https://openreview.net/forum?id=" + OR("2010.02502") +
 " – läs även recensionerna, de är lärorika.",
 "",
 "6. Guidning: Dhariwal & Nichol, " + T("2105.05233") + " (NeurIPS 2021), och sedan Ho & Salimans, " +
 T("2207.12598") + ", https://arxiv.org/abs/2207.12598. Den senare är kort, läs den noga – det är den vi bygger på.",
 "",
 "7. Text-till-bild: " + T("2204.06125") + " (arXiv:2204.06125). Stable Diffusion behöver du inte läsa artikeln "
 "för, koden i diffusers räcker för våra syften.",
 "",
 "8. Och till din projektidé med 3D: " + T("2303.11328") + " (ICCV 2023). Jag tror att vyssyntes-delen är "
 "precis vad du behöver för datasetet från fältstationen.",
 "",
 "EDM (Karras m.fl.) hoppar vi över tills vidare. Kursen i Linköping har kursplanen på "
 "https://studieinfo.example.se/kurs/TDDE99/vt2024 om du vill se vilka moment som ingår.",
 "",
 "Sofia (cc) har en GPU-kvot på klustret som du kan låna för de första experimenten; hon hör av sig.",
 "",
 "Hälsningar,",
 "Anders",
 "",
]
sig = ["-- ", "Anders Lindqvist, docent", "Institutionen för informationsteknologi", "Universitetet i Norrvik",
       "Rum 4214, tel. 018-471 00 00"]
quoted_head = "Den 2024-03-12 kl. 15:58, skrev Elin Berg:"
quoted = [
 "Hej Anders!",
 "",
 "Tack för mötet idag. Kan du skicka listan med artiklar du nämnde? Jag har bara hunnit läsa DDPM och "
 "Lilian Wengs blogg hittills.",
 "",
 "Mvh",
 "Elin",
]
lines = []
for p in body_pars:
    lines += flow(p)
lines += sig
lines += ["", quoted_head]
for p in quoted:
    lines += flow(p, "> ")
body = "\n".join(lines) + "\n"

hdr = """Return-Path: <anders.lindqvist@example.se>
Received: from mx2.example.se (mx2.example.se [192.0.2.37])
	by imap1.example.se (Postfix) with ESMTPS id 4TvQ9k2Xz1z9sWq
	for <elin.berg@example.se>; Thu, 14 Mar 2024 16:42:07 +0100 (CET)
Received: from [192.168.1.23] (h-98-128-171-9.example.net [198.51.100.9])
	(Authenticated sender: anders.lindqvist)
	by smtp.example.se (Postfix) with ESMTPSA id 4TvQ9h6KqFz9sWn;
	Thu, 14 Mar 2024 16:42:04 +0100 (CET)
Message-ID: <5b1e9f0c-7a2d-4c3e-9f11-2d6e8a4b7c90@example.se>
Date: Thu, 14 Mar 2024 16:42:03 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: Re: =?UTF-8?Q?L=c3=a4slista_diffusionsmodeller_inf=c3=b6r_vt-kursen?=
Content-Language: sv-SE
To: Elin Berg <elin.berg@example.se>
Cc: =?UTF-8?Q?Sofia_Nystr=c3=b6m?= <sofia.nystrom@example.se>
References: <8C1F2D3E-44A0-4B8E-9B0A-6E2F1D7C5A31@example.se>
From: Anders Lindqvist <anders.lindqvist@example.se>
Organization: Universitetet i Norrvik
In-Reply-To: <8C1F2D3E-44A0-4B8E-9B0A-6E2F1D7C5A31@example.se>
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit
X-Spam-Status: No, score=-1.0 required=5.0
X-Spam-Flag: NO

"""
hdr_lines = []
for l in hdr.rstrip("\n").split("\n"):
    if l.startswith("\t"): hdr_lines[-1] += "\n" + l
    else: hdr_lines.append(l)
headers = [{"name": l.split(": ", 1)[0], "value": l.split(": ", 1)[1]} for l in hdr_lines]
headers.insert(0, {"name": "Delivered-To", "value": "elin.berg@example.se"})
raw_body = body.encode("utf-8")
snippet = " ".join(" ".join(body_pars[:3]).split())[:198]
msg = {"id": "18e3d5a4c2f9b071", "threadId": "18e2b7f0d41a6c3e",
       "labelIds": ["IMPORTANT", "Label_4127730912857716", "CATEGORY_PERSONAL", "INBOX"],
       "snippet": html.escape(snippet, quote=True).replace("&#x27;", "&#39;"),
       "payload": {"partId": "", "mimeType": "text/plain", "filename": "", "headers": headers,
                   "body": {"size": len(raw_body), "data": base64.urlsafe_b64encode(raw_body).decode()}},
       "sizeEstimate": len((hdr + body).encode("utf-8")) + 412, "historyId": "3874215", "internalDate": "1710430923000"}
text = json.dumps(msg, indent=2, ensure_ascii=False) + "\n"
unflowed = hdr + "\n".join(body_pars + quoted)
write_only(F528, text, keys(F528), forms=[body, unflowed])
