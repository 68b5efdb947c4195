#!/usr/bin/env python3
"""1670: a Brazilian PhD student's starred items in selfoss (a self-hosted web feed reader), fetched from its JSON API
with curl and printed with jq, pasted from a terminal: `/stats` (total / unread / starred), `/items?type=starred`
(selfoss's item keys: id, datetime, title, content, unread, starred, source, thumbnail, icon, uid, link, updatetime,
author, sourcetitle, tags; content is the feed's HTML) and an @tsv listing. The starred count, the newest-first order
and the @tsv rows are computed from the modelled items."""
import json, os, sys, hashlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1670)
PS = "bruna@notebook-lab:~$ "
HOST = "https://leitor.example.com.br"
SRC = {"3": ("arXiv cs.LG", "e3b7c2a1.png"), "7": ("Diário de um doutorando em PLN", "9a41d0f2.png"),
       "12": ("Boletim Aprendizado de Máquina BR", "c06f5e18.png"), "15": ("Papo de GPU (podcast)", "4d2e97b3.png"),
       "19": ("Seminários do Laboratório de IA – YouTube", "7f0c3a55.png")}
ITEMS = [  # (id, source, datetime, title, link, author, content html, tags)
    ("4127", "3", "2022-05-30T04:00:00+00:00", f"{T('2205.14135')}. (arXiv:2205.14135v1 [cs.LG])",
     "http://arxiv.org/abs/2205.14135", "Tri Dao, Daniel Y. Fu, Stefano Ermon, Atri Rudra, Christopher Ré",
     "<p>Transformers are slow and memory-hungry on long sequences, since the time and memory complexity of "
     "self-attention are quadratic in sequence length. …</p>", ["arxiv", "atencao"]),
    ("18803", "7", "2024-02-19T22:14:08-03:00", "Atenção eficiente: um roteiro de leitura para o primeiro semestre",
     "https://doutorandopln.example.com.br/2024/02/atencao-eficiente-roteiro/", "Rafael Nogueira",
     "<p>Depois de muitos pedidos, aqui vai o roteiro que estou seguindo no doutorado. Comecem pelo levantamento "
     f"<em>{T('2103.14636')}</em>, que organiza bem as famílias de métodos.</p>"
     "<ol>"
     f"<li><a href=\"https://arxiv.org/pdf/1904.10509.pdf\">{T('1904.10509')}</a> – atenção esparsa fatorada;</li>"
     f"<li><a href=\"https://arxiv.org/abs/2006.04768v3\">{T('2006.04768')}</a> – projeção de baixo posto;</li>"
     f"<li>{T('2004.05150')} (arXiv:2004.05150) – janela deslizante mais tokens globais;</li>"
     f"<li>{T('2011.04006')} – para comparar tudo no mesmo conjunto de tarefas.</li>"
     "</ol><p>Na próxima postagem: modelos de espaço de estados.</p>", ["atencao", "leitura"]),
    ("19266", "12", "2024-02-27T09:00:00-03:00", "Boletim #58: espaços de estados, S4 e o que veio depois",
     "https://boletim-am.example.com.br/edicoes/58", "Equipe do Boletim",
     "<p>Nesta edição voltamos aos modelos de espaço de estados. O ponto de partida é "
     f"<a href=\"https://openreview.net/forum?id=uYLFoz1vlAC\">{T('2111.00396')}</a> (ICLR 2022), "
     f"que por sua vez se apoia em <strong>{T('2008.07669')}</strong>.</p>"
     "<p>Também recomendamos o tutorial &quot;The Annotated S4&quot; para quem quer ver o código passo a passo.</p>",
     ["boletim", "ssm"]),
    ("19301", "15", "2024-02-28T06:30:00-03:00", "Ep. 41 – Por que a atenção é quadrática (e por que isso importa)",
     "https://papodegpu.example.com.br/episodios/41", "Papo de GPU",
     "<p>Neste episódio conversamos com a Profa. Helena Duarte sobre custo de memória em GPUs, kernels "
     "fundidos e o que muda com contextos de 100 mil tokens.</p>", ["podcast"]),
    ("19415", "19", "2024-03-01T14:00:00+00:00", "Seminário: FlashAttention na prática com Triton (gravação)",
     "https://www.youtube.com/watch?v=Qm4r7xT2bLw", "Seminários do Laboratório de IA",
     "<p>Gravação do seminário de 29/02. Slides no site do laboratório.</p>", ["video"]),
]


def item(it):
    i, s, dtm, title, link, author, content, tags = it
    return {"id": i, "datetime": dtm, "title": title, "content": content, "unread": False, "starred": True,
            "source": s, "thumbnail": "", "icon": SRC[s][1], "uid": hashlib.sha1(link.encode()).hexdigest(),
            "link": link, "updatetime": dtm, "author": author, "sourcetitle": SRC[s][0], "tags": tags}


def key_dt(it):
    import datetime as dt
    return dt.datetime.fromisoformat(it[2])


def build():
    items = [item(x) for x in sorted(ITEMS, key=key_dt, reverse=True)]
    api = f"curl -s -b ~/.selfoss-cookie '{HOST}/items?type=starred&items=50'"
    L = [PS + f"curl -s -b ~/.selfoss-cookie '{HOST}/stats' | jq -c .",
         json.dumps({"total": 2318, "unread": 204, "starred": len(items)}, separators=(",", ":"))]
    L += [PS + api + " | jq -r '.[] | [.id, .datetime, .sourcetitle, .title] | @tsv'"]
    L += ["\t".join([x["id"], x["datetime"], x["sourcetitle"], x["title"]]) for x in items]
    L += [PS + api + " | jq '.[] | select(.source == \"7\" or .source == \"12\")'"]
    for x in items:
        if x["source"] in ("7", "12"): L += json.dumps(x, indent=2, ensure_ascii=False).split("\n")
    L += [PS + api + " | jq '.[] | select(.source == \"3\") | {title, link, author}'"]
    for x in items:
        if x["source"] == "3": L += json.dumps({k: x[k] for k in ("title", "link", "author")}, indent=2, ensure_ascii=False).split("\n")
    L += [PS]
    return "\n".join(L)


if __name__ == "__main__":
    txt = build()
    import html
    write_only(F, txt, keys(F), forms=[html.unescape(txt)])
