#!/usr/bin/env python3
"""1213: a Datadog Logs Search API answer (Japanese): a Tsukuba-like lab's weekly digest bot (service `paper-digest`,
Python, host `gpu-ws-03`) logs one event per item; a member saved
`curl -s -X POST https://api.datadoghq.com/api/v2/logs/events/search -d '{"filter":{"query":"service:paper-digest","from":"now-1d","to":"now"},"sort":"-timestamp","page":{"limit":50}}' -o digest-logs.json`.
Answer: compact JSON, raw UTF-8, no final newline; `data` (events newest first: id, type log, attributes with the
alphabetical keys attributes / host / message / service / status / tags / timestamp), `meta` (elapsed, request_id,
status done; no page cursor since everything fits). Papers: two OpenReview links (forum, pdf), two arXiv links, one
arXiv id with no link (message and `paper.arxiv_id`), three title-only WARN events; a diffusers release and a video
are skipped as not papers. The start and summary counts are computed; ids derived from fixed seeds."""
import base64, datetime as dt, hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1213, keys

HOST, SVC = "gpu-ws-03", "paper-digest"
items = [  # (kind, key/label, url, logger)
 ("link", "2006.11239", "https://arxiv.org/abs/2006.11239"),
 ("link", "2011.13456", "https://openreview.net/forum?id=PxTIG12RRHS"),
 ("skip", "huggingface/diffusers v0.27.0 リリースノート", "https://github.com/huggingface/diffusers/releases/tag/v0.27.0"),
 ("title", "2307.01952", None),
 ("link", "2302.05543", "https://arxiv.org/abs/2302.05543"),
 ("id", "2303.01469", None),
 ("title", "2208.01618", None),
 ("link", "2010.02014", "https://openreview.net/pdf?id=zOGdf9K8aC"),
 ("skip", "動画「拡散モデル入門 第3回」(研究室 YouTube)", "https://www.youtube.com/watch?v=Qm7dX2rT9vE"),
 ("title", "2208.12242", None),
]
n_link = sum(1 for k, *_ in items if k in ("link", "id"))
n_title = sum(1 for k, *_ in items if k == "title")
n_skip = sum(1 for k, *_ in items if k == "skip")
ev = [("info", "digest.main", "週次ダイジェスト開始: 2024-W19 (入力 " + str(len(items)) + " 件、フィード lab-notion / slack-papers)", {})]
for kind, k, url in items:
    if kind == "link":
        ev.append(("info", "digest.collect", f"登録: {T(k)} <{url}>", {"paper": {"title": T(k), "url": url}}))
    elif kind == "id":
        ev.append(("info", "digest.collect", f"登録 (IDのみ、リンクなし): {T(k)} arXiv:{k}", {"paper": {"title": T(k), "arxiv_id": k}}))
    elif kind == "title":
        ev.append(("warn", "digest.collect", f"リンクもIDもなし、タイトルのみで登録: {T(k)}", {"paper": {"title": T(k)}}))
    else:
        ev.append(("info", "digest.collect", f"スキップ (論文ではない): {k} {url}", {"skipped": {"reason": "not_a_paper"}}))
ev.append(("info", "digest.post", f"完了: 論文 {n_link + n_title} 件 (リンク・ID {n_link} / タイトルのみ {n_title})、スキップ {n_skip} 件 — Slack #papers に投稿", {}))
data = []
base_ms = 1715126400000 + 3 * 1000  # 2024-05-08T00:00:03Z
for i, (st, lg, msg, extra) in enumerate(ev):
    ms = base_ms + i * 1370 + (i * i * 37) % 500
    sec, milli = divmod(ms, 1000)
    ts = dt.datetime.fromtimestamp(sec, dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S") + f".{milli:03d}Z"
    raw = b"\x00\x00\x01\x8f" + hashlib.sha256(f"r119-1213-{i}".encode()).digest()[:26]
    eid = "AQAAAY" + base64.b64encode(raw).decode().rstrip("=").replace("+", "A").replace("/", "B")[6:]
    attrs = {"logger": {"name": lg, "thread_name": "MainThread"}, "week": "2024-W19"}
    attrs.update(extra)
    data.append({"id": eid, "type": "log", "attributes": {
        "attributes": attrs, "host": HOST, "message": msg, "service": SVC, "status": st,
        "tags": ["env:lab", "source:python", f"service:{SVC}", f"host:{HOST}", "team:shikou"], "timestamp": ts}})
data.reverse()
d = {"data": data, "meta": {"elapsed": 142, "request_id": "pddv1ChZ" + hashlib.sha256(b"r119-1213-req").hexdigest()[:22],
                            "status": "done"}}
text = json.dumps(d, ensure_ascii=False, separators=(",", ":"))
write_only(F1213, text, keys(F1213))
