#!/usr/bin/env python3
"""972: what `GET https://habitica.com/api/v3/tasks/user?type=todos` returned for a Brazilian PhD student (saved with
curl -o): one line of compact JSON, no final newline; `success`, `data` (her open To-Dos in her own order, each a task
as the API serialises it: `_id`, userId, text, type "todo", notes (Markdown), tags (tag UUIDs), value, priority
0.1 / 1 / 1.5 / 2, attribute, challenge, group, byHabitica, reminders, createdAt / updatedAt, an optional due `date`,
checklist items {completed, text, id}, collapseChecklist, completed false, `id` = `_id`), `notifications`, `userV`,
`appVersion`. Reading tasks for her self-supervised vision / speech thesis beside chores; the DINO repository, a
lightly tutorial and a lecture on YouTube are not papers."""
import json, os, sys, uuid
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(972)
K = dict(dino="2104.14294", mae="2111.06377", hubert="2106.07447", moco="1911.05722", simsiam="2011.10566",
         supcon="2004.11362", dacl="2011.04419", rethink="2006.06882")
USER = "5f0c7d2e-8b14-4a63-9e21-b7a4c0d93f58"
NS = uuid.UUID("3c1d9b52-0e6f-4a87-b2d4-6f8e1a7c5b90")


def uid(name):
    """deterministic v4-looking UUIDs"""
    u = uuid.uuid5(NS, name).hex
    return f"{u[:8]}-{u[8:12]}-4{u[13:16]}-{'89ab'[int(u[16], 16) % 4]}{u[17:20]}-{u[20:]}"


TAG = {n: uid("tag:" + n) for n in ("tese", "leitura", "grupo", "fala", "burocracia", "lab")}


def task(key, text, notes, tags, value, prio, attr, created, updated, date=None, checklist=(), reminders=(), collapse=False):
    tid = uid("task:" + key)
    t = {"_id": tid, "userId": USER, "text": text, "type": "todo", "notes": notes, "tags": [TAG[x] for x in tags],
         "value": value, "priority": prio, "attribute": attr, "challenge": {},
         "group": {"approval": {"required": False, "approved": False, "requested": False}, "assignedUsers": [],
                   "sharedCompletion": "singleCompletion"},
         "byHabitica": False,
         "reminders": [{"id": uid(f"rem:{key}:{i}"), "time": r} for i, r in enumerate(reminders)],
         "createdAt": created, "updatedAt": updated}
    if date: t["date"] = date
    t["checklist"] = [{"completed": c, "text": x, "id": uid(f"chk:{key}:{i}")} for i, (c, x) in enumerate(checklist)]
    t["collapseChecklist"] = collapse
    t["completed"] = False
    t["id"] = tid
    return t


data = [
    task("mae", "Apresentar MAE no grupo de leitura (qui 14/03) :mortar_board:",
         f"**{T(K['mae'])}** — [arXiv](https://arxiv.org/abs/2111.06377)\n\nSlides no Drive (pasta *Grupo de leitura/2024-1*). "
         "Máx. 20 min + perguntas. Mostrar a figura das reconstruções com 75% de máscara.",
         ["leitura", "grupo"], -0.9871, 2, "int", "2024-02-27T13:05:41.220Z", "2024-03-11T22:41:09.518Z",
         date="2024-03-14T03:00:00.000Z",
         checklist=[(True, "ler seções 1–3"), (True, "rodar o notebook de visualização do repo oficial"), (False, "montar os slides"),
                    (False, "ensaiar com o Pedro")],
         reminders=["2024-03-13T21:00:00.000Z"]),
    task("dino", f"Ler {T(K['dino'])}",
         "https://arxiv.org/abs/2104.14294\n\nFocar na seção 4 (mapas de atenção do [CLS]) — dá pra usar na segmentação dos "
         "talhões? Código: [facebookresearch/dino](https://github.com/facebookresearch/dino)",
         ["leitura", "tese"], -2.4413, 1.5, "int", "2024-02-19T11:32:08.004Z", "2024-03-06T19:12:55.730Z",
         checklist=[(True, "método (self-distillation, centering/sharpening)"), (False, "resultados k-NN"), (False, "anotar no Zotero")]),
    task("cap2", "Capítulo 2 da tese: revisar baselines contrastivos",
         "Prof. Ricardo pediu pra justificar a escolha dos baselines. MoCo já está no texto (arXiv 1911.05722); "
         "faltam os outros três da lista. Prazo interno: fim de março.",
         ["tese"], -4.1027, 2, "per", "2024-01-30T14:47:19.612Z", "2024-03-08T17:03:44.291Z",
         date="2024-03-29T03:00:00.000Z",
         checklist=[(True, T(K["moco"])), (False, T(K["simsiam"])), (False, T(K["supcon"])), (False, T(K["dacl"]))]),
    task("hubert", f"{T(K['hubert'])} — ler pro projeto de fala",
         "PDF: https://arxiv.org/pdf/2106.07447.pdf\n\nReunião com o grupo de fala na semana que vem. Comparar com o wav2vec 2.0 "
         "(ainda não li) e ver se os clusters de k-means valem pro nosso corpus de português.",
         ["leitura", "fala"], -1.3350, 1, "int", "2024-03-01T16:20:33.871Z", "2024-03-01T16:20:33.871Z",
         reminders=["2024-03-18T12:00:00.000Z"]),
    task("rethink", f"Discutir com o Pedro: {T(K['rethink'])}",
         "Self-training vale a pena pras imagens de satélite? Ele acha que sim, eu acho que o pré-treino no ImageNet já basta. "
         "Levar os números da tabela 2.",
         ["leitura", "lab"], -0.5120, 1, "int", "2024-03-05T20:14:27.302Z", "2024-03-05T20:14:27.302Z"),
    task("aula7", "Assistir aula 7 do curso de visão (auto-supervisionado)",
         "https://www.youtube.com/watch?v=Qz7bD2kLw9E — o professor usa os slides do tutorial do CVPR. Não é paper, é aula.",
         ["leitura"], -0.2194, 0.1, "int", "2024-03-07T10:41:52.118Z", "2024-03-07T10:41:52.118Z"),
    task("lightly", "Testar o tutorial do lightly (SimSiam em 10 min)",
         "https://docs.lightly.ai/self-supervised-learning/tutorials/package/tutorial_simsiam_esa.html — documentação, "
         "serve de ponto de partida pro código do cap. 4.",
         ["lab", "tese"], -0.1032, 1, "str", "2024-03-09T18:02:11.640Z", "2024-03-09T18:02:11.640Z"),
    task("capes", "Relatório semestral da bolsa (CAPES) :page_facing_up:",
         "Anexar histórico + comprovante de matrícula. Secretaria só aceita PDF assinado.",
         ["burocracia"], -6.8825, 2, "con", "2024-01-15T12:00:04.009Z", "2024-03-04T13:27:35.456Z",
         date="2024-03-20T03:00:00.000Z",
         checklist=[(True, "histórico"), (False, "assinatura do orientador"), (False, "enviar pelo SIGAA")]),
    task("cafe", "Comprar café pro laboratório ☕", "", ["lab"], 0, 0.1, "str",
         "2024-03-11T09:15:48.993Z", "2024-03-11T09:15:48.993Z"),
]
out = {"success": True, "data": data, "notifications": [], "userV": 5127, "appVersion": "5.21.4"}
write_only(F, json.dumps(out, ensure_ascii=False, separators=(",", ":")), keys(F))
