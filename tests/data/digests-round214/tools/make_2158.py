#!/usr/bin/env python3
"""2158: a reading-group digest of the Universidade Agostinho Neto (Luanda) forwarded from Gmail's web interface in
Portuguese (the «---------- Forwarded message ---------» block with «De:», «Date:», «Subject:», «To:» as Gmail writes
it, as assumed), saved as .eml: Gmail's header set (MIME-Version, Date, Message-ID on mail.gmail.com, Subject, From,
To), a multipart/alternative with a text/plain and a text/html part, both UTF-8 quoted-printable (lines ≤ 76, soft
breaks). Computed: the Date header (email.utils, weekday asserted), the forwarded date before it (asserted), the QP
bodies (quopri), the boundary from sha1."""
import datetime as dt, hashlib, html, os, quopri, sys
from email.utils import format_datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_raw
from make_expected import by_num, keys
F = by_num(2158)
DIAS = ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."]
MESES = ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."]
tz = dt.timezone(dt.timedelta(hours=1))
orig = dt.datetime(2026, 4, 7, 18, 42, tzinfo=tz)
sent = dt.datetime(2026, 4, 8, 8, 5, 31, tzinfo=tz)
assert orig < sent
fwd_date = f"{DIAS[orig.weekday()]}, {orig.day} de {MESES[orig.month - 1]} de {orig.year} às {orig:%H:%M}"
body = f"""Olá Nzinga,

reencaminho o resumo do grupo de leitura de ontem. Vê sobretudo a parte do MMLU, que queremos usar na avaliação do
modelo em kimbundu.

Abraço,
Edvaldo

---------- Forwarded message ---------
De: Grupo de Leitura LLM - FC-UAN <leitura-llm@fc-uan.example.ao>
Date: {fwd_date}
Subject: Resumo da sessão 9 - escala e avaliação
To: <leitura-llm@fc-uan.example.ao>


Caros colegas,

segue o resumo da sessão de ontem (sala 12, Faculdade de Ciências).

1) Escala e paralelismo
- {T('1909.08053')}
  https://arxiv.org/abs/1909.08053
- {T('1701.06538')}
  (versão ICLR 2017: https://openreview.net/forum?id={OR('1701.06538')})
- O Domingos lembrou ainda o {T('2205.01068')} - https://arxiv.org/pdf/2205.01068v4 -
  sobretudo o logbook de treino.

2) Avaliação
- {T('2009.03300')} (Hendrycks et al., arXiv:2009.03300): a versão em português
  do MMLU que estamos a traduzir tem 14 disciplinas prontas.
- Para matemática, a Joana sugeriu "{T('2206.14858')}" (o Minerva), para a
  próxima sessão.

3) Alinhamento e geração
- {T('2203.02155')} <http://arxiv.org/abs/2203.02155>
- {T('1904.09751')} (Holtzman et al., ICLR 2020) - para quem
  quer perceber o top-p.
- Como base de comparação usamos {T('1907.11692')}, já afinado
  no corpus angolano.

Não são artigos, mas ficam aqui: o livro "Natural Language Processing with Transformers" (O'Reilly), a
documentação do DeepSpeed e o dataset Masakhane NER.

Próxima sessão: terça-feira, 14 de abril, 17h30.

--
Grupo de Leitura LLM · Faculdade de Ciências · Universidade Agostinho Neto
"""
paras = [p for p in body.split("\n\n")]
hbody = '<div dir="ltr">' + "".join(f"<div>{html.escape(p).replace(chr(10), '<br>')}</div><br>" for p in paras) + "</div>"
def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
b = "000000000000" + hashlib.sha1(body.encode()).hexdigest()[:16]
mid = "<CAF" + hashlib.sha1(F.encode()).hexdigest()[:28].upper() + "@mail.gmail.com>"
head = ["MIME-Version: 1.0", f"Date: {format_datetime(sent)}", f"Message-ID: {mid}",
        "Subject: =?UTF-8?Q?Fwd=3A_Resumo_da_sess=C3=A3o_9_=2D_escala_e_?=\r\n =?UTF-8?Q?avalia=C3=A7=C3=A3o?=",
        "From: Edvaldo Kiala <edvaldo.kiala@example-mail.ao>",
        "To: Nzinga Tchissola <nzinga.tchissola@example-mail.ao>",
        f'Content-Type: multipart/alternative; boundary="{b}"']
assert format_datetime(sent)[:3] == sent.strftime("%a")
parts = ["\r\n".join(head), "", f"--{b}", 'Content-Type: text/plain; charset="UTF-8"',
         "Content-Transfer-Encoding: quoted-printable", "", qp(body), f"--{b}", 'Content-Type: text/html; charset="UTF-8"',
         "Content-Transfer-Encoding: quoted-printable", "", qp(hbody), f"--{b}--", ""]
raw = "\r\n".join(parts).encode("ascii")
assert all(len(l) <= 76 for l in raw.split(b"\r\n")[len(head):])
write_raw(F, raw, [raw.decode("ascii"), body, html.unescape(hbody)], keys(F))
