#!/usr/bin/env python3
"""609: a Rocket.Chat REST API response, GET /api/v1/channels.history?roomId=…&count=50 saved with `curl … | jq .`:
{"messages": [...newest first], "count", "offset", "total", "success": true}; messages with _id (17 chars), rid, msg,
ts / _updatedAt (ISO, ms, Z), u {_id, username, name}, urls (with meta for unfurled links), mentions, channels, and
system messages (t = "uj" user joined, "room_changed_topic"). Portuguese (Brazil) channel on PEFT and transfer."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, au, write_only
from make_expected import F609, keys

RID = "pXq7Hn3WcZtE2sKdA"
U = {"ana": ("a8Kd2LpQm3NsRt5Vw", "ana.lopes", "Ana Lopes"), "rafa": ("b3Ty7UiOp9AsDf2Gh", "rafael.m", "Rafael Moraes"),
     "bia": ("c5Jk8LzXc1VbNm4Qw", "bia.tanaka", "Beatriz Tanaka"), "caio": ("d6Er9TyUi2OpAs3Df", "caio.f", "Caio Ferreira"),
     "bot": ("rocket.cat", "rocket.cat", "Rocket.Cat")}

def arx(aid, title):
    return {"url": f"https://arxiv.org/abs/{aid}", "meta": {"pageTitle": f"[{aid}] {title}", "description": "",
            "ogSiteName": "arXiv.org"}, "headers": {"contentType": "text/html; charset=utf-8"}}

# (who, ts, msg, urls, system-type)
msgs = [
 ("bot", "2024-03-04T12:00:02.114Z", "Tópico do canal alterado: PEFT, adapters e transfer learning — leitura às quartas 17h", [], "room_changed_topic"),
 ("caio", "2024-03-04T12:03:40.871Z", "caio.f", [], "uj"),
 ("ana", "2024-03-04T12:10:05.339Z", "Oi pessoal! Para começar do começo, o artigo dos adapters: "
  f"*{T('1902.00751')}* ({au('1902.00751')}, ICML 2019) https://arxiv.org/abs/1902.00751",
  [arx("1902.00751", T('1902.00751'))], None),
 ("rafa", "2024-03-04T12:14:22.902Z", "Boa. Depois dele dá pra ler o prefix-tuning: "
  f"\"{T('2101.00190')}\", {au('2101.00190')} (ACL 2021). Tenho o PDF anotado, mando no privado.", [], None),
 ("bia", "2024-03-04T12:20:11.045Z", f"E o de prompt tuning do Google: {T('2104.08691')} — arXiv:2104.08691. "
  "A curva de escala (quanto maior o modelo, menor a diferença para fine-tuning completo) é o ponto central.", [], None),
 ("caio", "2024-03-04T12:22:57.613Z", "Alguém já usou a biblioteca peft da Hugging Face? A documentação tem exemplos de LoRA e prefix, mas nada de adapters do Houlsby.", [], None),
 ("rafa", "2024-03-04T12:25:30.250Z", "@caio.f usei sim, pra LoRA funciona bem. Pra adapters clássicos tem o pacote adapters (antigo adapter-transformers).", [], None),
 ("ana", "2024-03-06T17:02:18.774Z", "Leitura de hoje: quantização + LoRA. "
  f"{T('2305.14314')} — https://arxiv.org/abs/2305.14314 ({au('2305.14314')})",
  [arx("2305.14314", T('2305.14314'))], None),
 ("bia", "2024-03-06T17:05:44.508Z", "NF4 + double quantization + paged optimizers. Rodei o 7B numa 3090 ontem, ~11 GB no pico.", [], None),
 ("caio", "2024-03-06T17:09:12.363Z", "Mais recente: "
  f"{T('2402.09353')} https://arxiv.org/abs/2402.09353v4 — decompõe o peso em magnitude e direção e aplica LoRA só na direção.",
  [arx("2402.09353", T('2402.09353'))], None),
 ("rafa", "2024-03-06T17:15:49.027Z", "Sobre transfer learning em visão (não só LLM), lembrei de dois clássicos do Google: "
  f"\"{T('1912.11370')}\" ({au('1912.11370')}) e \"{T('2006.06882')}\" ({au('2006.06882')}). "
  "O segundo discute quando pré-treino ajuda e quando self-training é melhor.", [], None),
 ("ana", "2024-03-06T17:18:03.661Z", "E tem um de fine-tuning contrastivo que pouca gente conhece: "
  f"{T('2011.06182')} ({au('2011.06182')}). Discussão da revisão: https://openreview.net/forum?id={OR('2011.06182')}",
  [{"url": f"https://openreview.net/forum?id={OR('2011.06182')}", "meta": {"pageTitle": f"{T('2011.06182')} | OpenReview"},
    "headers": {"contentType": "text/html; charset=utf-8"}}], None),
 ("bia", "2024-03-06T17:21:37.192Z", "Anotado! Vou montar a planilha de comparação (colunas: % de parâmetros treináveis, memória, GLUE médio).", [], None),
 ("caio", "2024-03-06T17:30:02.845Z", "Curso bom pra quem está começando: o \"Fine-tuning LLMs\" do DeepLearning.AI (curso, não é artigo) e o capítulo 11 do livro do Sebastian Raschka.", [], None),
 ("rafa", "2024-03-08T10:44:15.406Z", "Lembrete: sexta que vem não tem leitura (feriado municipal). Próxima é dia 20.", [], None),
 ("bot", "2024-03-08T10:44:16.001Z", "Lembrete criado para 2024-03-20 17:00 por @rafael.m", [], None),
 ("bia", "2024-03-11T09:12:54.733Z", "Planilha pronta: https://planilhas.labnuvem.example/s/peft-comparacao (acesso só da rede da universidade)", [], None),
 ("ana", "2024-03-11T09:20:31.118Z", "Perfeito, Bia! Vou fixar a mensagem.", [], None),
]
out = []
for i, (who, ts, msg, urls, t) in enumerate(msgs):
    uid, un, name = U[who]
    mid = "".join("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"[(i * 11 + j * 5 + 7) % 57] for j in range(17))
    m = {"_id": mid, "rid": RID, "msg": msg, "ts": ts, "u": {"_id": uid, "username": un, "name": name}, "_updatedAt": ts}
    if t: m = {"_id": mid, "t": t, "rid": RID, "ts": ts, "msg": msg, "u": m["u"], "groupable": False, "_updatedAt": ts}
    else:
        m["urls"] = urls
        m["mentions"] = [{"_id": U["caio"][0], "username": "caio.f", "name": "Caio Ferreira", "type": "user"}] if "@caio.f" in msg else []
        m["channels"] = []
    if i == 16: m["pinned"] = True; m["pinnedAt"] = "2024-03-11T09:20:35.002Z"; m["pinnedBy"] = {"_id": U["ana"][0], "username": "ana.lopes"}
    out.append(m)
out.reverse()  # channels.history returns the newest first
text = json.dumps({"messages": out, "count": len(out), "offset": 0, "total": len(out), "success": True}, indent=2,
                  ensure_ascii=False) + "\n"
write_only(F609, text, keys(F609))
