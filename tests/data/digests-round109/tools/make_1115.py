#!/usr/bin/env python3
"""1115: a Checkvist API answer (`GET /checklists/:id/tasks.json?with_notes=true`, compact JSON, UTF-8 raw;
Russian), a reading outline: four top-level branches with paper items (Checkvist's markdown-like content, links as
`[text](url)`), notes on some items. The `tasks` child lists, positions, comments_count, tags_as_text and the
update times are computed here from the outline."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1115, keys

CL = 812345
USERS = {7731: "m.sokolova", 7745: "d.orlov", 7790: "i.petrenko"}
# (depth, status, content, tags, due, author, created, notes[(user, text, time)])
OUT = [
    (0, 0, "Агенты на LLM", [], None, 7731, "2024/02/19 09:12:40", []),
    (1, 1, f"[{T('2204.01691')}](https://arxiv.org/abs/2204.01691) — SayCan, разобрали 26.02", ["прочитано"], None, 7731, "2024/02/19 09:13:05",
     [(7745, "Главное: value function робота как «affordance», перемножается с вероятностью LLM.", "2024/02/26 15:40:12")]),
    (1, 0, f"{T('2304.03442')} — Smallville, 25 агентов", ["к_чтению"], "2024/03/11", 7790, "2024/02/20 11:02:18", []),
    (1, 0, f"{T('2303.11366')} (arXiv:2303.11366)", ["к_чтению"], "2024/03/11", 7790, "2024/02/20 11:03:51",
     [(7790, "Код: github.com/noahshinn/reflexion. Сравнить с ReAct на HotpotQA.", "2024/02/21 08:30:00")]),
    (1, 0, f"[{T('2310.08560')}](https://arxiv.org/pdf/2310.08560.pdf) — виртуальная память для контекста", ["к_чтению"], None, 7745, "2024/02/22 17:44:09", []),
    (1, 0, f"[{T('2310.06770')}](https://openreview.net/forum?id={OR('2310.06770')}) — бенчмарк, ICLR 2024 (oral)", ["бенчмарк"], None, 7745, "2024/02/22 17:46:30",
     [(7731, "Лидерборд на swebench.com — не статья, но полезно.", "2024/02/23 10:05:41")]),
    (0, 0, "AutoML и мета-обучение", [], None, 7731, "2024/02/19 09:14:22", []),
    (1, 0, f"{T('2101.03958')} — эволюция функций потерь для DQN", ["к_чтению"], None, 7745, "2024/02/24 12:20:00", []),
    (1, 2, f"{T('2101.08809')} — отложили, слишком инженерная", [], None, 7745, "2024/02/24 12:21:37", []),
    (0, 0, "Continual learning", [], None, 7731, "2024/02/19 09:15:01", []),
    (1, 0, f"{T('2103.09762')} (ICLR 2021, oral)", ["к_чтению"], "2024/03/18", 7790, "2024/02/27 14:09:55", []),
    (0, 0, "Организационное", [], None, 7731, "2024/02/19 09:15:40", []),
    (1, 1, "Забронировать переговорку 4.12 на понедельники 17:00", [], None, 7731, "2024/02/19 09:16:20", []),
    (1, 0, "Курс Стэнфорда CS329S — выбрать лекции для новичков", [], None, 7790, "2024/02/28 18:31:02", []),
]
tasks, stack, nid, note_id = [], [], 60418200, 9120400
for depth, status, content, tags, due, author, created, notes in OUT:
    nid += 13
    stack = stack[:depth]
    parent = stack[-1] if stack else None
    sib = [t for t in tasks if t["parent_id"] == (parent["id"] if parent else 0)]
    ns = []
    for u, txt, tm in notes:
        note_id += 29
        ns.append({"id": note_id, "comment": txt, "user_id": u, "username": USERS[u], "created_at": tm + " +0000",
                   "updated_at": tm + " +0000", "task_id": nid})
    upd = max([created] + [tm for _, _, tm in notes])
    t = {"id": nid, "parent_id": parent["id"] if parent else 0, "checklist_id": CL, "status": status, "position": len(sib) + 1,
         "tasks": [], "update_line": f"{'edited' if notes else 'created'} by {USERS[author]}", "updated_at": upd + " +0000",
         "created_at": created + " +0000", "due": due, "content": content, "collapsed": False, "comments_count": len(ns),
         "assignee_ids": [], "details": {}, "link_ids": [], "backlink_ids": [], "notes": ns,
         "tags": {g: False for g in tags}, "tags_as_text": ", ".join(tags)}
    if parent: parent["tasks"].append(nid)
    tasks.append(t)
    stack.append(t)
write_only(F1115, json.dumps(tasks, ensure_ascii=False, separators=(",", ":")), keys(F1115))
