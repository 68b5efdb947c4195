#!/usr/bin/env python3
"""1759: an .eml of a mail forwarded from Locaweb's webmail (the Brazilian host's Roundcube-based webmail at
webmail-seguro.com.br, relays under email-ssl.com.br), Brazilian Portuguese: CR LF; multipart/alternative with a
text/plain and a text/html part, both UTF-8 in base64 (Python's base64, lines of 76, the plain text in canonical CR LF
form); RFC 2047 B-encoded names; the note, then the pt_BR Roundcube forward block («-------- Mensagem original
--------» with Assunto / Data / De / Para and tabs) and a GNU Mailman 3 plain-text digest («Send … submissions to»,
«Today's Topics:», messages «Message: n» with Date / From / Subject / To / Message-ID-Hash / Content-Type, a quoted reply,
separators, the Mailman 3 «Digest Footer» with its «-leave» address, «End of … Digest, Vol n, Issue m» and asterisks);
the HTML part as Roundcube builds it (a header table, the «<!-- html ignored -->» comments, the digest in <pre>,
escaped, its URLs made links). The list ml-br at listas.example.com.br, its members, Renata Alves
(`renata.alves@pln.example.com.br`), Thiago Moreira, the relay names, the Message-ID and the documentation-range IP are
invented; LangChain, LlamaIndex, Lilian Weng's blog post and the seminar are not papers. Nicknames Transformer-XL,
Self-RAG, Toolformer, Reflexion, GENRE appear where the papers are written in full."""
import base64, datetime as dt, hashlib, html, os, re, sys
from email.utils import format_datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import by_num, keys
F = by_num(1759)
TZ = dt.timezone(dt.timedelta(hours=-3))
LIST, HOST = "ml-br", "listas.example.com.br"
VOL, ISSUE = 7, 23
m1 = (f"Pessoal,\n\npara o encontro de quinta proponho duas leituras sobre memória em Transformers:\n\n"
      f"- {T('1901.02860')}\n  https://arxiv.org/abs/1901.02860\n"
      f"- {T('2002.09402')}\n"
      "  (Fan et al., 2020), que troca a recorrência do Transformer-XL por uma memória de\n"
      "  retroalimentação entre camadas.\n\n"
      "Quem puder, traz exemplos do nosso corpus de petições com mais de 8k tokens.\n\nCarlos")
m2 = ("Em 10/03/2025 09:12, Carlos Menezes escreveu:\n> para o encontro de quinta proponho duas leituras sobre memória em Transformers:\n\n"
      f"Boa! Sugiro somar {T('2307.03172')}\nhttps://arxiv.org/pdf/2307.03172v2\n"
      "que mostra que o modelo usa mal o que fica no meio do contexto. E, para quem vai gerar\n"
      f"respostas longas, vale reler {T('1904.09751')}\n"
      "(Holtzman et al., ICLR 2020), a origem do nucleus sampling.\n\nBia")
m3 = (f"Oi, lista.\n\nNo projeto do assistente jurídico estamos testando três ideias:\n\n"
      f"1. {T('2310.11511')},\n   arXiv:2310.11511 — o modelo decide quando buscar e critica os próprios trechos\n   recuperados;\n"
      f"2. {T('2302.04761')}\n   https://arxiv.org/abs/2302.04761\n"
      f"3. para ligar menções a entidades da base, {T('2010.00904')}\n   (De Cao et al., ICLR 2021), que gera o nome da entidade em vez de classificar.\n\n"
      "O protótipo usa LangChain por enquanto; se alguém já comparou com LlamaIndex, me avise.\n\nJoão")
m4 = ("Sobre agentes, além do post da Lilian Weng (que não é artigo, mas é um ótimo mapa), recomendo\n"
      f"{T('2303.11366')} https://arxiv.org/abs/2303.11366\n"
      "Dá para combinar com a autocrítica do item 1 do João.\n\nCarlos")
msgs = [
    (dt.datetime(2025, 3, 10, 9, 12, 44, tzinfo=TZ), "Carlos Menezes", "carlos.menezes@ime.example.br", "Leituras sobre contexto longo", m1),
    (dt.datetime(2025, 3, 10, 11, 40, 2, tzinfo=TZ), "Beatriz Souza", "bia.souza@dcc.example.br", "Re: Leituras sobre contexto longo", m2),
    (dt.datetime(2025, 3, 10, 16, 5, 31, tzinfo=TZ), "João Gonçalves", "joao.goncalves@pln.example.com.br", "RAG com autorreflexão e ferramentas", m3),
    (dt.datetime(2025, 3, 10, 22, 18, 9, tzinfo=TZ), "Carlos Menezes", "carlos.menezes@ime.example.br", "Re: RAG com autorreflexão e ferramentas", m4),
]
head = f"{LIST} Digest, Vol {VOL}, Issue {ISSUE}"
B = [f"Send {LIST} mailing list submissions to", f"\t{LIST}@{HOST}", "",
     "To subscribe or unsubscribe via email, send a message with subject or", "body 'help' to", f"\t{LIST}-request@{HOST}", "",
     "You can reach the person managing the list at", f"\t{LIST}-owner@{HOST}", "",
     "When replying, please edit your Subject line so it is more specific", f'than "Re: Contents of {LIST} digest..."', "",
     "Today's Topics:", ""]
for i, m in enumerate(msgs, 1):
    B.append(f"   {i}. {m[3]} ({m[1]})")
B += ["", "", "-" * 70, ""]
prev = None
for i, (d, name, addr, subj, body) in enumerate(msgs, 1):
    assert prev is None or d > prev; prev = d
    hsh = base64.b32encode(hashlib.sha1(f"<{d:%Y%m%d%H%M%S}.{i}@{addr.split('@')[1]}>".encode()).digest()).decode()
    B += [f"Message: {i}", f"Date: {format_datetime(d)}", f"From: {name} <{addr}>", f"Subject: [{LIST}] {subj}",
          f"To: {LIST}@{HOST}", f"Message-ID-Hash: {hsh}", "Content-Type: text/plain; charset=UTF-8", "", body, "", ""]
    B += ["------------------------------", ""]
B += ["Subject: Digest Footer", "", "_" * 47, f"{LIST} mailing list -- {LIST}@{HOST}",
      f"To unsubscribe send an email to {LIST}-leave@{HOST}", "", "", "------------------------------", "",
      f"End of {head}", "*" * len(f"End of {head}")]
digest_at = dt.datetime(2025, 3, 11, 0, 0, 4, tzinfo=TZ)
fwd_at = dt.datetime(2025, 3, 11, 8, 47, 15, tzinfo=TZ)
note = ["Oi Thiago,", "",
        "Segue o digest desta semana da ml-br. Tem bastante coisa sobre contexto longo e RAG que conversa",
        "com o nosso assistente jurídico; olha principalmente as mensagens 2 e 3. Podemos levar para o",
        "seminário interno da próxima terça.", "",
        "Abraço,", "Renata", "", "-- ", "Renata Alves", "Laboratório de Processamento de Linguagem Natural", ""]
fw = ["-------- Mensagem original --------", f"Assunto: \t{head}", f"Data: \t{digest_at:%d/%m/%Y %H:%M}",
      f"De: \t{LIST}-request@{HOST}", f"Para: \t{LIST}@{HOST}", ""]
plain = "\n".join(note + fw + B) + "\n"


def linkify(s):
    return re.sub(r"(https://[^\s<>&]+)", r'<a href="\1" rel="noreferrer">\1</a>', s)


def para(lines):
    out, cur = [], []
    for x in lines + [""]:
        if x: cur.append(html.escape(x)); continue
        if cur: out.append("<p>" + "<br />".join(cur) + "</p>"); cur = []
    return out


H = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
     "<body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>"]
H += para(note[:8])
H += ['<div id="signature">-- <br />Renata Alves<br />Laboratório de Processamento de Linguagem Natural</div>', "<p><br /></p>",
      "<p>-------- Mensagem original --------</p>", '<table border="0" cellspacing="0" cellpadding="0">', "<tbody>"]
for k, v in (("Assunto:", head), ("Data:", f"{digest_at:%d/%m/%Y %H:%M}"), ("De:", f"{LIST}-request@{HOST}"), ("Para:", f"{LIST}@{HOST}")):
    H.append(f'<tr><th align="right" valign="baseline" nowrap="nowrap">{k}</th><td>{html.escape(v)}</td></tr>')
H += ["</tbody>", "</table>", "<!-- html ignored --><!-- head ignored --><!-- meta ignored -->",
      '<pre style="font-family: monospace">' + linkify(html.escape("\n".join(B), quote=False)) + "</pre>", "</body></html>"]
htm = "\n".join(H) + "\n"


def b64(s):
    return base64.encodebytes(s.replace("\n", "\r\n").encode("utf-8")).decode("ascii").replace("\n", "\r\n")


BD = "=_5f1c7e0a9d2b4c68e3a1f07b2d9c4e51"
body = (f"--{BD}\r\nContent-Transfer-Encoding: base64\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n{b64(plain)}"
        f"--{BD}\r\nContent-Transfer-Encoding: base64\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n{b64(htm)}"
        f"--{BD}--\r\n")


def ew(name):
    return "=?UTF-8?B?" + base64.b64encode(name.encode("utf-8")).decode("ascii") + "?="


Hd = ["Return-Path: <renata.alves@pln.example.com.br>",
      "Received: from webmail-seguro.com.br (unknown [192.0.2.118])",
      "\tby smtp-out-07.email-ssl.com.br (Postfix) with ESMTPSA id 4Z7Q2m1Kx5z2bR",
      f"\tfor <thiago.moreira@pln.example.com.br>; {format_datetime(fwd_at)}",
      "MIME-Version: 1.0",
      f"Date: {format_datetime(fwd_at)}",
      f"From: {ew('Renata Alves')} <renata.alves@pln.example.com.br>",
      f"To: {ew('Thiago Moreira')} <thiago.moreira@pln.example.com.br>",
      f"Subject: Fwd: {head}",
      f"Message-ID: <{ 'b7e24c19a05d8f3e61c2' }@webmail-seguro.com.br>",
      "X-Sender: renata.alves@pln.example.com.br",
      "User-Agent: Locaweb Webmail",
      f'Content-Type: multipart/alternative;\r\n boundary="{BD}"']
raw = "\r\n".join(Hd) + "\r\n\r\n" + body
write_raw(F, raw.encode("ascii"), [raw, plain, htm, html.unescape(re.sub(r"<[^>]+>", "", htm))], keys(F))
