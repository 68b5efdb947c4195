#!/usr/bin/env python3
"""463: GitHub issue notification e-mails saved as an mbox (mutt / Thunderbird "ImportExportTools" export): From_
lines, GitHub's headers (From "name" <notifications@github.com>, Reply-To reply+... @reply.github.com, Subject
"Re: [org/repo] ... (Issue #212)", Message-ID / In-Reply-To / References chains, List-ID, List-Unsubscribe,
X-GitHub-Sender / -Recipient / -Reason, Content-Type text/plain), bodies ending with GitHub's footer ("Reply to this
email directly, view it on GitHub", "You are receiving this because ...", "Message ID: ..."), one reply written by
e-mail with a quoted "Em ... escreveu:" block, and mbox's ">From " quoting. Portuguese. PEFT and LLM inference."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F463, keys

REPO = "grupo-llm-ufx/leituras"
ISSUE = 212
SUBJ = f"[{REPO}] Lista de leitura do semestre: PEFT e inferência eficiente (Issue #{ISSUE})"
DAYS = {4: "Mon", 5: "Tue", 6: "Wed", 7: "Thu", 8: "Fri"}


def msg(n, login, name, day, hh, mm, body, cid_, reason="subscribed", first=False):
    mid = f"<{REPO}/issues/{ISSUE}" + ("" if first else f"/{cid_}") + "@github.com>"
    ref = "" if first else f"In-Reply-To: <{REPO}/issues/{ISSUE}@github.com>\nReferences: <{REPO}/issues/{ISSUE}@github.com>\n"
    url = f"https://github.com/{REPO}/issues/{ISSUE}" + ("" if first else f"#issuecomment-{cid_}")
    body = "\n".join((">" + l if l.startswith("From ") else l) for l in body.split("\n"))
    return f"""From notifications@github.com {DAYS[day]} Mar  {day} {hh:02d}:{mm:02d}:41 2024
Return-Path: <noreply@github.com>
Date: {DAYS[day]}, 0{day} Mar 2024 {hh:02d}:{mm:02d}:38 -0800
From: {name} <notifications@github.com>
Reply-To: {REPO} <reply+AB3XK{n}Q7VEXAMPLE2T4N6LZ@reply.github.com>
To: {REPO} <leituras@noreply.github.com>
Cc: Subscribed <subscribed@noreply.github.com>
Message-ID: {mid}
{ref}Subject: {"" if first else "Re: "}{SUBJ}
Mime-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Precedence: list
X-GitHub-Sender: {login}
X-GitHub-Recipient: rafa-teixeira
X-GitHub-Reason: {reason}
List-ID: {REPO} <leituras.grupo-llm-ufx.github.com>
List-Archive: https://github.com/{REPO}
List-Unsubscribe: <mailto:unsub+AB3XK{n}Q7VEXAMPLE@reply.github.com>, <https://github.com/notifications/unsubscribe/AB3XK{n}Q7VEXAMPLE>
X-Auto-Response-Suppress: All
Status: RO

{body}

—
Reply to this email directly, view it on GitHub:
{url}
You are receiving this because you {"were mentioned" if reason == "mention" else "are subscribed to this thread"}.

Message ID: {mid[1:-1]}

"""


m1 = msg(1, "anacarolina-m", "Ana Carolina Mendes", 4, 9, 12, f"""Pessoal, proposta para as sessões de março/abril (quintas, 16h, sala 3). Comentem até sexta.

**Bloco 1 — adaptação eficiente**
1. {T('2106.09685')} — https://arxiv.org/abs/2106.09685
2. {T('2101.00190')} (ACL 2021) — https://aclanthology.org/2021.acl-long.353/
3. {T('2106.10199')} — ACL 2022, artigo curto: https://aclanthology.org/2022.acl-short.1/
4. {T('2110.04366')} — https://openreview.net/forum?id={OR('2110.04366')}

**Bloco 2 — inferência**
5. {T('2309.06180')} (SOSP '23) — https://doi.org/10.1145/3600006.3613165
6. {T('2211.17192')} — arXiv:2211.17192

Prática: biblioteca PEFT do Hugging Face + vLLM no cluster. @rafa-teixeira consegue reservar as A100?""", 0, first=True)
m2 = msg(2, "rafa-teixeira", "Rafael Teixeira", 4, 11, 40, f"""Reservo sim, já abri o chamado no suporte.

Sugiro acrescentar o DoRA, que saiu agora e é basicamente LoRA com magnitude/direção separadas:
{T('2402.09353')}
https://arxiv.org/pdf/2402.09353.pdf

E para a prática, a gente deveria citar o artigo da biblioteca e não só o repositório:
"{T('1910.03771')}", EMNLP 2020 (System Demonstrations), https://aclanthology.org/2020.emnlp-demos.6/""", 1987001234)
m3 = msg(3, "jp-okafor", "João Pedro Okafor", 5, 8, 3, f"""+1 para o DoRA.

From my side (desculpem o inglês, copiei da minha nota): o item 5 depende de entender o kernel de atenção. Talvez
incluir {T('2307.08691')} (arXiv 2307.08691) antes, ou pelo menos o post do Tri Dao.

@anacarolina-m o item 3 é artigo curto, dá para juntar com o 2 na mesma sessão.""", 1987332190, reason="mention")
m4 = msg(4, "anacarolina-m", "Ana Carolina Mendes", 5, 14, 55, """Em ter., 5 de mar. de 2024 às 08:03, João Pedro Okafor ***@***.***> escreveu:
> +1 para o DoRA.
>
> o item 3 é artigo curto, dá para juntar com o 2 na mesma sessão.

Combinado. Versão final fica assim (vou editar a descrição da issue):

- 14/03: LoRA + DoRA
- 21/03: Prefix-Tuning + BitFit
- 28/03: visão unificada (He et al.)
- 04/04: FlashAttention-2 + PagedAttention
- 11/04: decodificação especulativa
- 18/04: prática (PEFT + vLLM)

Enviado do meu celular""", 1988104577)
m5 = msg(5, "github-actions[bot]", "github-actions[bot]", 8, 0, 2, """This issue has been automatically labeled `planejamento` and added to the project board "Leituras 2024.1".""", 1991550023)
text = m1 + m2 + m3 + m4 + m5
write_only(F463, text, keys(F463))
