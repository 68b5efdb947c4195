#!/usr/bin/env python3
"""984: an issue of an Italian ML-for-science newsletter written on Revue (getrevue.co, 2015–2023), as a subscriber's
client saved it (.eml, CRLF, ASCII): the university's Return-Path / Received lines, Revue's sending through Mailgun
(Received from a mailgun.net host, DKIM for getrevue.co, X-Mailgun-Sending-Ip, X-Mailgun-Sid, Message-ID
`<YYYYMMDDhhmmss.1.<16 hex>@mg.getrevue.co>` of the Date), From `Name from Newsletter <…@getrevue.co>`, Subject as
UTF-8 Q-words, List-Unsubscribe, a multipart/alternative with a 32-hex boundary: a text/plain and a text/html part,
both UTF-8 quoted-printable. Revue's issue: the header (issue number, date, «View online»), the editor's intro, then
sections of link items (title linked, source domain, the editor's comment) and text blocks, every outgoing link
carrying Revue's `utm_campaign=<newsletter>&utm_medium=email&utm_source=Revue%20newsletter`; the footer (Did you
enjoy this issue? Yes / No, unsubscribe, forwarded-subscribe, Powered by Revue). Papers: four arXiv link items, one
`(arXiv:…)` in a text block, three titles only (one not on arXiv). Not papers: DeepMind's AlphaFold blog post and the
AlphaFold database, the OGB-LSC leaderboard, the PyTorch Geometric documentation, a podcast episode."""
import html, os, quopri, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import by_num, keys, ALPHAFOLD

F = by_num(984)
K = dict(fno="2010.08895", mesh="2010.03409", eigen="2010.00554", graphormer="2106.05234", domainbed="2007.01434",
         feddyn="2111.04263", whycnn="2010.08515")
CRLF = "\r\n"
NL = "Scienza & Apprendimento"
SLUG = "scienzaeapprendimento"
ISSUE, ISSUE_ID = 27, 812346
DATE = "Sun, 05 Sep 2021 12:00:02 +0000"
TO_ADDR = "marco.bianchi@dei.unipd.example.it"
UTM = "utm_campaign=Scienza%20%26%20Apprendimento&utm_medium=email&utm_source=Revue%20newsletter"
VIEW = f"https://www.getrevue.co/profile/{SLUG}/issues/scienza-apprendimento-27-operatori-neurali-grafi-e-alphafold-{ISSUE_ID}"
BOUNDARY = "5f2a1c8d3e7b4a6f9c0e1d2b3a4c5e6f"
SUBJECT = f"{NL} #27: operatori neurali, grafi e AlphaFold"


def u(url):
    return url + ("&" if "?" in url else "?") + UTM


def dom(url):
    return url.split("/")[2].removeprefix("www.")


intro = ("Ciao a tutti! Dopo la pausa di agosto si riparte con un numero un po' più lungo del solito: operatori "
         "neurali per le PDE, simulazione con le reti su grafi, un po' di teoria e, ovviamente, AlphaFold, di cui "
         "finalmente abbiamo l'articolo completo.")
sections = [
    ("Operatori neurali e simulazione", [
        ("item", T(K["fno"]), f"https://arxiv.org/abs/{K['fno']}",
         "Imparare l'operatore invece della singola soluzione: si allena una volta e si risolve Navier-Stokes per "
         "condizioni iniziali nuove in una frazione di secondo. Ora è ICLR 2021 e il codice è maturo."),
        ("item", T(K["mesh"]), f"https://arxiv.org/abs/{K['mesh']}",
         "MeshGraphNets: simulazione di tessuti, fluidi e strutture su mesh adattive con una rete a scambio di "
         "messaggi. Le animazioni nel sito del progetto valgono da sole il clic."),
    ]),
    ("Grafi", [
        ("item", T(K["graphormer"]), f"https://arxiv.org/abs/{K['graphormer']}",
         "Graphormer: la risposta del titolo è «no», se si codificano bene centralità e distanze. Ha vinto la "
         "traccia sui grafi molecolari della OGB-LSC; la classifica è qui: "
         "https://ogb.stanford.edu/kddcup2021/leaderboard/"),
        ("item", "PyTorch Geometric – documentazione", "https://pytorch-geometric.readthedocs.io/en/latest/",
         "Non è un articolo, ma se volete provare uno dei due modelli sopra partite da qui."),
    ]),
    ("Teoria, generalizzazione e apprendimento federato", [
        ("item", T(K["eigen"]), f"https://arxiv.org/abs/{K['eigen']}",
         "La PCA riletta come un gioco in cui ogni autovettore è un giocatore. Elegante, e scala a ResNet-200."),
        ("text", f"Per chi vuole una lettura meno tecnica sul perché le CNN funzionano: «{T(K['whycnn'])}» dà una "
         "risposta precisa in termini di complessità campionaria. Nella stessa vena, riprendete anche "
         f"«{T(K['domainbed'])}» (arXiv:{K['domainbed']}): con una selezione del modello onesta, quasi nessun metodo "
         "batte l'ERM. Infine, per il gruppo di Torino che me lo chiedeva: «"
         f"{T(K['feddyn'])}» (FedDyn, ICLR 2021) è il riferimento per la regolarizzazione dinamica in FL."),
    ]),
    ("Biologia strutturale", [
        ("text", f"È uscito su Nature «{ALPHAFOLD}», l'articolo completo con tutti i dettagli dell'architettura "
         "(Evoformer, structure module, riciclo). Se non avete tempo, il post del blog di DeepMind è un buon "
         "riassunto, e il database con le strutture predette è liberamente consultabile."),
        ("item", "AlphaFold: a solution to a 50-year-old grand challenge in biology (blog DeepMind)",
         "https://deepmind.com/blog/article/alphafold-a-solution-to-a-50-year-old-grand-challenge-in-biology", ""),
        ("item", "AlphaFold Protein Structure Database", "https://alphafold.ebi.ac.uk/", ""),
    ]),
    ("Da ascoltare", [
        ("item", "Episodio 18: il machine learning entra in laboratorio (podcast)",
         "https://podcast.scienzaeapprendimento.example.it/episodi/18", "Con Chiara, fisica computazionale a Trieste."),
    ]),
]
outro = "Alla prossima settimana,\nGiulia"

# ---- text/plain part
P = [f"{NL} - Issue #{ISSUE}", "", f"View online: {VIEW}", "", intro, ""]
for head, blocks in sections:
    P += [head, "-" * len(head), ""]
    for b in blocks:
        if b[0] == "item":
            _, title, url, comment = b
            P += [title, u(url), dom(url)] + ([comment] if comment else []) + [""]
        else:
            P += [b[1], ""]
P += outro.split("\n") + ["", "Did you enjoy this issue?",
                          f"Yes: https://www.getrevue.co/app/issues/{ISSUE_ID}/feedback?value=yes",
                          f"No: https://www.getrevue.co/app/issues/{ISSUE_ID}/feedback?value=no", "",
                          f"In order to unsubscribe, click here: https://www.getrevue.co/profile/{SLUG}/unsubscribe",
                          f"If you were forwarded this newsletter and you like it, you can subscribe here: https://www.getrevue.co/profile/{SLUG}",
                          "Powered by Revue", "Padova, Italia", ""]
plain = "\n".join(P)

# ---- text/html part
e = lambda s: html.escape(s, quote=True)
H = ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
     '<html xmlns="http://www.w3.org/1999/xhtml">', "<head>",
     '<meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />',
     '<meta content="width=device-width, initial-scale=1.0" name="viewport" />',
     f"<title>{e(NL)} - Issue #{ISSUE}</title>", "</head>",
     '<body style="margin:0;padding:0;background:#f7f7f7;">',
     '<table align="center" border="0" cellpadding="0" cellspacing="0" class="revue-container" width="600">',
     '<tr><td class="revue-header" style="padding:24px 0;text-align:center;">',
     f'<p class="revue-issue-number" style="color:#999;font-size:13px;">Issue #{ISSUE} &middot; 5 settembre 2021 &middot; '
     f'<a href="{e(VIEW)}" style="color:#999;">View online</a></p>',
     f'<h1 style="font-size:28px;">{e(NL)}</h1>',
     "</td></tr>",
     f'<tr><td class="revue-intro"><p>{e(intro)}</p></td></tr>']
for head, blocks in sections:
    H.append(f'<tr><td class="revue-section"><h2 style="font-size:20px;border-bottom:1px solid #eee;">{e(head)}</h2></td></tr>')
    for b in blocks:
        if b[0] == "item":
            _, title, url, comment = b
            H.append('<tr><td class="revue-link-item">'
                     f'<h3 style="margin:0;"><a href="{e(u(url))}" style="color:#1a1a1a;text-decoration:none;">{e(title)}</a></h3>'
                     f'<p class="link-source" style="color:#999;font-size:12px;margin:2px 0 8px;">{e(dom(url))}</p>'
                     + (f"<p>{e(comment)}</p>" if comment else "") + "</td></tr>")
        else:
            H.append(f'<tr><td class="revue-text"><p>{e(b[1])}</p></td></tr>')
H += [f'<tr><td class="revue-text"><p>{e(outro).replace(chr(10), "<br />")}</p></td></tr>',
      '<tr><td class="revue-footer" style="padding:24px 0;text-align:center;color:#999;font-size:12px;">',
      "<p>Did you enjoy this issue?</p>",
      f'<p><a href="https://www.getrevue.co/app/issues/{ISSUE_ID}/feedback?value=yes">Yes</a> '
      f'<a href="https://www.getrevue.co/app/issues/{ISSUE_ID}/feedback?value=no">No</a></p>',
      f'<p>In order to unsubscribe, click <a href="https://www.getrevue.co/profile/{SLUG}/unsubscribe">here</a>.<br />',
      f'If you were forwarded this newsletter and you like it, you can subscribe <a href="https://www.getrevue.co/profile/{SLUG}">here</a>.</p>',
      '<p>Powered by <a href="https://www.getrevue.co">Revue</a><br />Padova, Italia</p>',
      "</td></tr>", "</table>", "</body>", "</html>", ""]
html_text = "\n".join(H)


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").replace("\n", CRLF)


def qwords(s):
    enc = "".join("_" if c == " " else c if c.isascii() and c.isalnum() else "".join(f"={b:02X}" for b in c.encode()) for c in s)
    out, cur = [], ""
    for tok in __import__("re").findall(r"=[0-9A-F]{2}|.", enc):
        if len(cur) + len(tok) > 75 - len("=?UTF-8?Q??="):
            out.append(cur); cur = ""
        cur += tok
    out.append(cur)
    return "\r\n ".join(f"=?UTF-8?Q?{w}?=" for w in out)


headers = [
    f"Return-Path: <bounce+7c41d2.3b9f8-{TO_ADDR.replace('@', '=')}@mg.getrevue.co>",
    f"Received: from m42-7.mailgun.net (m42-7.mailgun.net [192.0.2.42])\r\n\tby mx.dei.unipd.example.it (Postfix) with ESMTPS id 4H2XbM0Qq7z1rTw\r\n"
    f"\tfor <{TO_ADDR}>; Sun,  5 Sep 2021 14:00:05 +0200 (CEST)",
    "DKIM-Signature: a=rsa-sha256; v=1; c=relaxed/relaxed; d=getrevue.co; q=dns/txt;\r\n s=mailo; t=1630843202; h=List-Unsubscribe: Content-Type: Mime-Version:\r\n"
    " Subject: Message-Id: To: Reply-To: From: Date: Sender;\r\n bh=Xq3Jm8VfT1cN0pL6rW2yZs9bD4hK7uE5oA1gR0iC3vY=; b=cP4xT9mQ2wL7fV0kZ3nR8s\r\n"
    " B1yJ6hD5uG9eA2oK7iW4tX0qM3lF8vN1rS6jC5bE0pH9gT2aY7dU4zL1xK6wQ3mV8nR0sJ5\r\n fB2hG7cD9eT4uA1oI6kW3yX8lM0pN5qR2sV7jL4zC9bF1gH6dE3tU8aY0oK5iW2xQ7mR4nJ=",
    "Sender: scienzaeapprendimento=getrevue.co@mg.getrevue.co",
    "X-Mailgun-Sending-Ip: 192.0.2.42",
    "X-Mailgun-Sid: WyI3YzQxZDIiLCAibWFyY28uYmlhbmNoaUBkZWkudW5pcGQuZXhhbXBsZS5pdCIsICIzYjlmOCJd",
    "List-Unsubscribe: <https://www.getrevue.co/profile/scienzaeapprendimento/unsubscribe?token=r7Kq2mXv9Lp4>",
    "Reply-To: giulia.ferraro@scienzaeapprendimento.example.it",
    f"To: {TO_ADDR}",
    f"From: Giulia Ferraro from {NL} <{SLUG}@getrevue.co>",
    f"Subject: {qwords(SUBJECT)}",
    f"Message-Id: <20210905120002.1.A3F2B7C19D0E4F12@mg.getrevue.co>",
    f"Date: {DATE}",
    "Mime-Version: 1.0",
    f'Content-Type: multipart/alternative; boundary="{BOUNDARY}"',
]
msg = CRLF.join(headers) + CRLF + CRLF + \
    f"--{BOUNDARY}" + CRLF + "Content-Transfer-Encoding: quoted-printable" + CRLF + \
    "Content-Type: text/plain; charset=utf-8" + CRLF + CRLF + qp(plain) + CRLF + \
    f"--{BOUNDARY}" + CRLF + "Content-Transfer-Encoding: quoted-printable" + CRLF + \
    "Content-Type: text/html; charset=utf-8" + CRLF + CRLF + qp(html_text) + CRLF + \
    f"--{BOUNDARY}--" + CRLF
write_raw(F, msg.encode("ascii"), [plain, html.unescape(html_text), SUBJECT], keys(F))
