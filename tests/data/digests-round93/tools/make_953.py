#!/usr/bin/env python3
"""953: a LISTSERV plain-text digest as delivered (the whole message, saved from the mail client as .eml) of a Spanish
reading list for NLP and speech people, LECTURAS-PLN, in ISO-8859-1 8bit: Postfix and LISTSERV `Received` lines,
LISTSERV's header block (field names padded to one column), the list name in an RFC 2047 encoded word, `Subject:
LECTURAS-PLN Digest - d Mon yyyy to d Mon yyyy (#yyyy-nn)`; the body: `There are N messages totaling M lines in this
issue.`, `Topics of the day:` (numbered, a thread's message count in parentheses), a 70-dash rule, the messages (`Date:
`, `From:    `, `Subject: ` padded, a blank line, the body) separated by 30-dash rules, the list footer, `End of … Digest
…` and a row of asterisks as long as that line. LF, a final newline. The torchaudio library, the CS224S course and
the Hugging Face blog post are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import by_num, keys

F = by_num(953)
K = dict(txl="1901.02860", expire="2105.06548", feedback="2002.09402", longformer="2004.05150", s2s="1409.3215",
         aiayn="1706.03762", ctc="Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks",
         bigbird="2007.14062")
LIST, HOST = "LECTURAS-PLN", "LISTSERV.REDACADEMICA.EXAMPLE"
ISSUE = f"{LIST} Digest - 4 Mar 2024 to 5 Mar 2024 (#2024-23)"
S1 = "Sesión del 7 de marzo: de seq2seq a la memoria larga"
S2 = "Propuesta para abril: atención dispersa y documentos largos"

msgs = [
    ("Mon, 4 Mar 2024 09:12:44 +0100", "Lucía Martín Ortega <lmartin@dsic.upv.example>", S1, f"""Hola a todos:

El jueves 7 a las 16:00 (sala 1G-2 y por Teams, el enlace de siempre) seguimos
con el bloque de modelos de secuencia. La idea es recorrer el camino desde el
codificador-decodificador recurrente hasta los transformers con memoria:

  1. {T(K['s2s'])} (Sutskever, Vinyals y Le, NIPS 2014)
  2. {T(K['aiayn'])} (Vaswani et al., NIPS 2017)
  3. {T(K['txl'])}
     https://arxiv.org/abs/1901.02860

Para la gente de habla, como complemento opcional, el clásico de Graves:

  * {T(K['ctc'])} (ICML 2006)

No hace falta leerlo entero; basta con la sección 3 (el algoritmo forward-backward).
Quien quiera practicar puede usar la implementación de torchaudio.

¿Alguien se anima a presentar el 3? Yo me encargo del 1 y el 2.

Un saludo,
Lucía

-- 
Lucía Martín Ortega
Grupo de Lenguaje Natural - DSIC
"""),
    ("Mon, 4 Mar 2024 11:40:02 +0100", "\"Pérez Gil, Javier\" <jperez@ehu.example>", "Re: " + S1, f"""Hola Lucía:

Me apunto al Transformer-XL. Propongo añadir dos lecturas cortas sobre memoria,
que encajan justo después:

- {T(K['expire'])}
  https://openreview.net/forum?id=ZVBtN6B_6i7
- {T(K['feedback'])}
  https://openreview.net/pdf?id=OCm0rwa1lx1

Las dos son de FAIR y se leen rápido. La segunda critica precisamente que
Transformer-XL no puede usar las representaciones altas de pasos anteriores.

Javier

> ¿Alguien se anima a presentar el 3? Yo me encargo del 1 y el 2.
"""),
    ("Mon, 4 Mar 2024 17:05:31 +0100", "Marta Ibáñez <mibanez@ugr.example>", "Re: " + S1, """Buenas,

Sobre la CTC: en el grupo de reconocimiento la seguimos usando a diario, así que
si queréis puedo traer una demo de 10 minutos con un modelo pequeño.

Para quien llegue nuevo al tema, las transparencias del curso CS224S de Stanford
explican muy bien el alineamiento (es un curso, no un artículo, pero ayuda).

Marta

> Para la gente de habla, como complemento opcional, el clásico de Graves:
"""),
    ("Tue, 5 Mar 2024 10:21:17 +0100", "Andrés Calvo <andres.calvo@uam.example>", S2, f"""Hola,

Ya que este mes vamos de memoria, para abril propongo el otro gran camino para
los documentos largos, la atención dispersa:

  a) {T(K['longformer'])} (arXiv:2004.05150)
     -- ventana local + unos pocos tokens globales.
  b) {T(K['bigbird'])}
     -- ventana + global + aleatoria; tiene además un
     argumento teórico (es Turing-completo).

De Big Bird hay una entrada de blog en Hugging Face que está bien como
introducción (no es el artículo): https://huggingface.co/blog/big-bird

¿Os parece el 11 de abril?

Andrés
"""),
    ("Tue, 5 Mar 2024 12:48:09 +0100", "Lucía Martín Ortega <lmartin@dsic.upv.example>", "Re: " + S2, """Me parece estupendo, Andrés. Lo apunto para el 11 de abril.

Gracias también a Javier y a Marta: el jueves quedan así
  - 1 y 2: Lucía
  - Transformer-XL y las dos de memoria: Javier
  - demo de CTC: Marta

Lucía
"""),
]

sections = []
for date, frm, subj, body in msgs:
    sections.append(f"Date:    {date}\nFrom:    {frm}\nSubject: {subj}\n\n{body}")
footer = ("########################################################################\n\n"
          f"To unsubscribe from the {LIST} list, click the following link:\n"
          f"https://listserv.redacademica.example/cgi-bin/wa?SUBED1={LIST}&A=1\n")
msg_block = "\n------------------------------\n\n".join(sections)
n_lines = msg_block.count("\n")
topics = [(S1, 3), (S2, 2)]
body = (f"There are {len(msgs)} messages totaling {n_lines} lines in this issue.\n\nTopics of the day:\n\n"
        + "".join(f"  {i}. {s} ({n})\n" for i, (s, n) in enumerate(topics, 1))
        + "\n" + "-" * 70 + "\n\n" + msg_block + "\n------------------------------\n\n" + footer + "\n"
        + f"End of {ISSUE}\n" + "*" * len(f"End of {ISSUE}") + "\n")
RN = "=?ISO-8859-1?Q?Lecturas_de_PLN_y_tecnolog=EDas_del_habla?="
head = f"""Return-Path: <owner-{LIST.lower()}@{HOST}>
X-Original-To: lgarcia@dsic.upv.example
Delivered-To: lgarcia@dsic.upv.example
Received: from listserv.redacademica.example (listserv.redacademica.example [192.0.2.45])
	by mx1.dsic.upv.example (Postfix) with ESMTP id 4TqJ0x1Z3Jz9sWb
	for <lgarcia@dsic.upv.example>; Wed,  6 Mar 2024 00:00:07 +0100 (CET)
Received: from {HOST} by {HOST} (LISTSERV-TCP/IP release 17.0) with
          spool id 2093811 for {LIST}@{HOST}; Wed, 6 Mar 2024 00:00:05 +0100
Date:         Wed, 6 Mar 2024 00:00:05 +0100
From:         Automatic digest processor <LISTSERV@{HOST}>
Reply-To:     {RN} <{LIST}@{HOST}>
Sender:       {RN} <{LIST}@{HOST}>
To:           Recipients of {LIST} digests <{LIST}@{HOST}>
Subject:      {ISSUE}
Message-ID:   <LISTSERV%202403060000051875.0C4F@{HOST}>
MIME-Version: 1.0
Content-Type: text/plain; charset="ISO-8859-1"
Content-Transfer-Encoding: 8bit

"""
text = head + body
write_raw(F, text.encode("iso-8859-1"), [text], keys(F))
