#!/usr/bin/env python3
"""1174: a Dgraph DQL query answer (`POST /query`, printed with `jq .`; Russian): a Novosibirsk group's reading graph,
items of the «rl-ssl» shelf ordered by `added`. Dgraph leaves out predicates a node lacks (a paper without a link has
no `url` / `arxiv`), language-tagged `note@ru`, nested `added_by { name }`; extensions: server_latency (total the sum
of the parts), txn.start_ts and metrics.num_uids (per predicate the nodes it was read on, `_total` their sum)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1174, keys, AGZ

A = "https://arxiv.org/abs/"
I = [  # uid, added, kind, title, url, arxiv, note, by
 ("0x4e2a", "2024-02-05", "статья", AGZ, None, None, "AlphaGo Zero: только самоигра, без партий людей. Nature, ссылки на PDF нет.", "Ирина"),
 ("0x4e2f", "2024-02-12", "статья", T("1807.03748"), A + "1807.03748", None, "CPC: InfoNCE и предсказание будущего в латентном пространстве.", "Павел"),
 ("0x4e31", "2024-02-19", "статья", T("2006.05576"), "https://openreview.net/forum?id=" + OR("2006.05576"), None, "Теоретический взгляд на SSL через мультивью; формулировка через информацию.", "Ирина"),
 ("0x4e36", "2024-02-26", "курс", "OpenAI Spinning Up in Deep RL", "https://spinningup.openai.com/", None, "Не статья — вводный курс для новичков группы.", "Глеб"),
 ("0x4e3b", "2024-03-04", "статья", T("2106.02039"), A + "2106.02039", None, "Trajectory Transformer: beam search по траекториям.", "Глеб"),
 ("0x4e40", "2024-03-11", "статья", T("2101.03958"), None, "arXiv:2101.03958", "Функции потерь RL ищут эволюцией по графам вычислений.", "Павел"),
 ("0x4e44", "2024-03-18", "статья", T("2101.08809"), None, None, "PyGlove — символьное программирование для AutoML; пригодится к предыдущей.", "Павел"),
 ("0x4e49", "2024-03-25", "статья", T("2103.14339"), None, None, "Мета-обучение + RL для выбора, что размечать (рентген).", "Анна"),
 ("0x4e4d", "2024-04-01", "статья", T("2004.07780"), None, "arXiv:2004.07780", "Обзор: сети учат «лёгкие» признаки вместо нужных.", "Анна"),
 ("0x4e52", "2024-04-08", "книга", "Саттон и Барто, «Обучение с подкреплением» (2-е изд.)", None, None, "Книга, не статья; главы 3–6 к весеннему семинару.", "Глеб"),
]
papers = []
for uid, added, kind, t, u, ax, note, by in I:
    d = {"uid": uid, "title": t, "kind": kind}
    if u: d["url"] = u
    if ax: d["arxiv"] = ax
    d["note@ru"] = note
    d["added"] = added + "T00:00:00Z"
    d["added_by"] = {"name": by}
    papers.append(d)
n = len(papers)
num = {"_total": 0, "added": n, "added_by": n, "arxiv": n, "kind": n, "name": n, "note": n, "shelf": 1, "title": n, "uid": n + n, "url": n}
num["_total"] = sum(v for k, v in num.items() if k != "_total")
lat = {"parsing_ns": 61833, "processing_ns": 2718904, "encoding_ns": 190277, "assign_timestamp_ns": 708311}
lat["total_ns"] = sum(lat.values())
doc = {"data": {"items": papers}, "extensions": {"server_latency": lat, "txn": {"start_ts": 190455}, "metrics": {"num_uids": num}}}
text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
write_only(F1174, text, keys(F1174))
