#!/usr/bin/env python3
"""812: a Webex REST API `GET /v1/messages?roomId=…&max=50` response body as saved by curl (one line of compact JSON,
raw UTF-8, no final newline): `items`, newest first, each with `id` (base64 of ciscospark://us/MESSAGE/<uuid>, no
padding), `roomId`, `roomType`, `text`, `personId`, `personEmail`, `markdown` and `html` when the sender used
formatting, `<spark-mention …>` in html with `mentionedPeople`, `parentId` for thread replies, `files` content URLs,
`created` / `updated` in UTC with milliseconds. A Brazilian reading group's space about agents, tools and games."""
import base64, datetime, hashlib, json, os, sys, uuid
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, au, write_only
from make_expected import by_num, keys

F = by_num(812)


def wid(kind, seed):
    u = str(uuid.UUID(hashlib.md5(seed.encode()).hexdigest()))
    return base64.b64encode(f"ciscospark://us/{kind}/{u}".encode()).decode().rstrip("=")


ROOM = wid("ROOM", "grupo-agentes")
PEOPLE = {"ana": ("Ana Beatriz Lacerda", "ana.lacerda@example.com"), "rafa": ("Rafael Tavares", "rafael.tavares@example.com"),
          "ju": ("Juliana Moretti", "juliana.moretti@example.org"), "caio": ("Caio Nogueira", "caio.n@example.com")}


def pid(p):
    return wid("PEOPLE", p)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def md2html(md, mentions):
    import re
    h = esc(md)
    h = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r'<a href="\2">\1</a>', h)
    h = re.sub(r"\*\*([^*]+)\*\*", r"<strong>\1</strong>", h)
    h = re.sub(r"`([^`]+)`", r"<code>\1</code>", h)
    for p in mentions:
        h = h.replace(esc(f"<@personEmail:{PEOPLE[p][1]}|{PEOPLE[p][0].split()[0]}>"),
                      f'<spark-mention data-object-type="person" data-object-id="{pid(p)}">{PEOPLE[p][0].split()[0]}</spark-mention>')
    paras = h.split("\n\n")
    out = []
    for para in paras:
        ls = para.split("\n")
        if all(l.startswith("- ") for l in ls):
            out.append("<ul>" + "".join(f"<li>{l[2:]}</li>" for l in ls) + "</ul>")
        else:
            out.append("<p>" + "<br/>".join(ls) + "</p>")
    return "".join(out)


def md2text(md):
    import re
    t = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r"\1", md)
    t = re.sub(r"<@personEmail:[^|]+\|([^>]+)>", r"\1", t)
    return t.replace("**", "").replace("`", "")


msgs = []


def msg(who, when, md=None, text=None, mentions=(), parent=None, files=(), updated=None):
    d = {"id": wid("MESSAGE", who + when), "roomId": ROOM, "roomType": "group"}
    if md is not None:
        d["text"] = md2text(md)
    else:
        d["text"] = text
    if parent: d["parentId"] = parent
    d["personId"] = pid(who); d["personEmail"] = PEOPLE[who][1]
    if md is not None:
        d["markdown"] = md; d["html"] = md2html(md, mentions)
    if files: d["files"] = [f"https://webexapis.com/v1/contents/{wid('CONTENT', f)}/0" for f in files]
    if mentions: d["mentionedPeople"] = [pid(p) for p in mentions]
    d["created"] = when
    if updated: d["updated"] = updated
    msgs.append(d)
    return d["id"]


m1 = msg("ana", "2024-03-04T12:01:37.215Z", md=(
    "**Leituras do ciclo \"Agentes, ferramentas e jogos\"** (encontros às quintas, 14h, sala virtual de sempre)\n\n"
    f"- 07/03: [{T('2303.11366')}](https://arxiv.org/abs/2303.11366)\n"
    f"- 07/03: [{T('2310.11511')}](https://arxiv.org/abs/2310.11511v1)\n"
    f"- 14/03: {T('2302.04761')} — {au('2302.04761', 2)}\n"
    f"- 21/03: [{T('2310.06770')}](https://openreview.net/forum?id=VTF8yNQM66)\n\n"
    "Quem puder, comente aqui na thread antes do encontro."))
msg("rafa", "2024-03-04T12:09:55.870Z", parent=m1, md=(
    f"Sugiro incluir {T('2305.16291')} (arXiv 2305.16291), {au('2305.16291', 3)}. "
    "Tem código aberto e roda com a API de um LLM qualquer; dá para fazer a demo no Minecraft do laboratório."))
msg("ju", "2024-03-04T12:20:03.441Z", parent=m1, text=(
    f"Para o lado de RL offline: \"{T('2106.02039')}\" https://arxiv.org/abs/2106.02039 "
    "— trata trajetórias como sequência e usa beam search para planejar. Posso apresentar no dia 28."))
msg("caio", "2024-03-04T12:31:48.002Z", parent=m1, md=(
    f"E um clássico mais \"jogos\": **{T('2010.00554')}** ({au('2010.00554', 2)}). "
    "Não é de agentes de LLM, mas a formulação como jogo entre jogadores é bonita e rende discussão."),
    updated="2024-03-04T12:33:10.519Z")
msg("ana", "2024-03-04T12:40:12.660Z", parent=m1, mentions=("caio",), md=(
    "<@personEmail:caio.n@example.com|Caio> ótimo, entra no dia 28 junto com a da Ju. "
    f"Também deixei na pasta o PDF de \"{T('2205.06175')}\" ({au('2205.06175', 3)}) — um único modelo para jogos Atari, legendas e braço robótico."))
msg("rafa", "2024-03-05T09:15:21.118Z", files=("agenda-ciclo-agentes.xlsx",), text="Planilha com a agenda e quem apresenta o quê.")
msg("ju", "2024-03-05T10:02:44.903Z", md=(
    "Material que **não** é artigo, para quem quiser: documentação do LangChain (seção de agentes), "
    "o curso \"LLM Agents\" da universidade parceira (vídeos no canal do departamento) e o repositório `princeton-nlp` com o ambiente de avaliação."))
msg("caio", "2024-03-05T13:27:59.350Z", mentions=("ana",), md=(
    "<@personEmail:ana.lacerda@example.com|Ana> a sala virtual mudou: novo link no convite do calendário. "
    "Gravação do encontro passado está no Drive (pasta Gravações/2024)."))
body = {"items": list(reversed(msgs))}
text = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
write_only(F, text, keys(F))
