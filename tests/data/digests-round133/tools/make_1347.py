#!/usr/bin/env python3
"""1347: mitmdump output (Japanese): a Tokyo-like LLM lab's student (葵, aoi) is writing a Firefox extension
(「ペーパークリップ」) that clips pages into the lab's reading-list server (`yomu.llm-lab.example.jp`, a FastAPI app). She
recorded its traffic with mitmproxy and pasted `mitmdump -nr clips.flows --flow-detail 3` into the extension's issue.
The layout as remembered from mitmproxy 10's dumper: `client: METHOD url HTTP/2.0`, the headers (lower-case on HTTP/2)
indented by four spaces, a blank line, the body through the JSON content view (four-space indented, raw UTF-8), a blank
line, then ` << HTTP/2.0 code reason size` (size as pretty_size: `27b`, `2.4k`) with the response headers and body the
same way. Request bodies are JSON.stringify's compact UTF-8 and response bodies Starlette's compact
`ensure_ascii=False` JSON, so each content-length is the compact body's byte count. The Google blog post, the DeepSpeed
docs, the phi-1 model card and the lab wiki are not papers; Chinchilla, phi-1, MoE, ZeRO are nicknames."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1347, keys

H = "https://yomu.llm-lab.example.jp"
UA = "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"
ORIGIN = "moz-extension://5b1e9c0a-7d2f-4e3a-9b61-0c8d2f4a7e13"
TOKEN = "Bearer yk_dev_4f2a91c07b3e58d6"


def compact(o):
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))


def size(n):
    if n < 1024: return f"{n}b"
    s = f"{n / 1024:.1f}"
    return (s[:-2] if s.endswith(".0") else s) + "k"


def body_lines(o):
    return ["", *("    " + l for l in json.dumps(o, ensure_ascii=False, indent=4).split("\n")), ""]


def flow(port, method, path, req, code, reason, resp, date, extra=()):
    out = [f"127.0.0.1:{port}: {method} {H}{path} HTTP/2.0"]
    hdr = [("user-agent", UA), ("accept", "application/json"), ("accept-language", "ja,en-US;q=0.7,en;q=0.3"),
           ("accept-encoding", "gzip, deflate, br"), ("authorization", TOKEN)]
    if req is not None:
        b = compact(req).encode()
        hdr += [("content-type", "application/json"), ("content-length", str(len(b)))]
    hdr += [("origin", ORIGIN), ("sec-fetch-dest", "empty"), ("sec-fetch-mode", "cors"), ("sec-fetch-site", "cross-site"), ("te", "trailers")]
    out += [f"    {k}: {v}" for k, v in hdr]
    if req is not None: out += body_lines(req)
    rb = compact(resp).encode()
    out.append(f" << HTTP/2.0 {code} {reason} {size(len(rb))}")
    out += [f"    {k}: {v}" for k, v in [("date", date), ("server", "uvicorn"), ("content-length", str(len(rb))),
                                            ("content-type", "application/json"), *extra,
                                            ("access-control-allow-origin", ORIGIN), ("vary", "Origin")]]
    out += body_lines(resp)
    return out


def clip(url, title, sel, tags, note):
    return {"url": url, "title": title, "selection": sel, "tags": tags, "note": note, "client": "paperclip/0.3.1"}


F = []
F += flow(53722, "POST", "/api/v1/clips",
          clip("https://arxiv.org/abs/2204.02311", f"[2204.02311] {T('2204.02311')}", "",
               ["スケーリング", "輪読"], "5/21 輪読の担当。540B、Pathways での学習。"),
          201, "Created", {"id": 311, "status": "created", "duplicate_of": None}, "Tue, 14 May 2024 04:12:31 GMT",
          [("location", "/api/v1/clips/311")])
F += flow(53722, "POST", "/api/v1/clips",
          clip("https://blog.research.google/2022/04/pathways-language-model-palm-scaling-to.html",
               "Pathways Language Model (PaLM): Scaling to 540 Billion Parameters for Breakthrough Performance – Google Research Blog",
               "PaLM demonstrates the first large-scale use of the Pathways system", ["スケーリング"],
               "ブログ記事（論文ではない）。図だけ使う。"),
          201, "Created", {"id": 312, "status": "created", "duplicate_of": None}, "Tue, 14 May 2024 04:13:02 GMT",
          [("location", "/api/v1/clips/312")])
F += flow(53740, "POST", "/api/v1/clips",
          clip("https://arxiv.org/pdf/2001.08361.pdf", "2001.08361.pdf", "",
               ["スケーリング", "輪読"], f"PDF ビューアだとタイトルがファイル名になる → 手で: {T('2001.08361')}"),
          201, "Created", {"id": 313, "status": "created", "duplicate_of": None}, "Tue, 14 May 2024 04:15:47 GMT",
          [("location", "/api/v1/clips/313")])
F += flow(53740, "POST", "/api/v1/clips",
          clip("https://arxiv.org/abs/2203.15556", f"[2203.15556] {T('2203.15556')}",
               "we find that for compute-optimal training, the model size and the number of training tokens should be scaled equally",
               ["スケーリング", "輪読"], "Chinchilla。Kaplan 則との比較を 5/28 に。"),
          201, "Created", {"id": 314, "status": "created", "duplicate_of": None}, "Tue, 14 May 2024 04:18:09 GMT",
          [("location", "/api/v1/clips/314")])
F += flow(53740, "POST", "/api/v1/clips",
          clip("https://jmlr.org/papers/v23/21-0998.html", T("2101.03961"), "",
               ["MoE"], "JMLR 版。arXiv:2101.03961 と同じ内容のはず（付録の差分は未確認）。"),
          201, "Created", {"id": 315, "status": "created", "duplicate_of": None}, "Tue, 14 May 2024 04:20:55 GMT",
          [("location", "/api/v1/clips/315")])
F += flow(53761, "POST", "/api/v1/clips",
          clip("https://arxiv.org/abs/2204.02311v5", f"[2204.02311] {T('2204.02311')}", "", ["輪読"], ""),
          409, "Conflict", {"detail": "既に保存されています", "duplicate_of": 311}, "Tue, 14 May 2024 04:22:14 GMT")
F += flow(53761, "POST", "/api/v1/clips",
          clip("https://www.deepspeed.ai/tutorials/zero/", "Zero Redundancy Optimizer - DeepSpeed",
               "ZeRO reduces the memory consumption of each GPU by partitioning the various model training states",
               ["システム"], f"チュートリアル（論文ではない）。論文は {T('1910.02054')} → https://arxiv.org/abs/1910.02054"),
          201, "Created", {"id": 316, "status": "created", "duplicate_of": None}, "Tue, 14 May 2024 04:26:40 GMT",
          [("location", "/api/v1/clips/316")])
F += flow(53761, "POST", "/api/v1/clips",
          clip("file:///home/aoi/Downloads/emergent.pdf", "emergent.pdf", "", ["輪読"], T("2206.07682")),
          422, "Unprocessable Entity", {"detail": [{"loc": ["body", "url"], "msg": "file:// の URL は保存できません", "type": "value_error.url.scheme"}]},
          "Tue, 14 May 2024 04:29:03 GMT")
items = [
    {"id": 316, "title": "Zero Redundancy Optimizer - DeepSpeed", "url": "https://www.deepspeed.ai/tutorials/zero/", "tags": ["システム"], "by": "aoi", "created": "2024-05-14T13:26:40+09:00"},
    {"id": 314, "title": f"[2203.15556] {T('2203.15556')}", "url": "https://arxiv.org/abs/2203.15556", "tags": ["スケーリング", "輪読"], "by": "aoi", "created": "2024-05-14T13:18:09+09:00"},
    {"id": 313, "title": "2001.08361.pdf", "url": "https://arxiv.org/pdf/2001.08361.pdf", "tags": ["スケーリング", "輪読"], "by": "aoi", "created": "2024-05-14T13:15:47+09:00"},
    {"id": 311, "title": f"[2204.02311] {T('2204.02311')}", "url": "https://arxiv.org/abs/2204.02311", "tags": ["スケーリング", "輪読"], "by": "aoi", "created": "2024-05-14T13:12:31+09:00"},
    {"id": 297, "title": T("2211.17192"), "url": None, "tags": ["推論高速化", "輪読"], "by": "kenta", "created": "2024-05-09T18:02:11+09:00"},
    {"id": 288, "title": "microsoft/phi-1 · Hugging Face", "url": "https://huggingface.co/microsoft/phi-1", "tags": ["データ", "輪読"], "by": "kenta", "created": "2024-05-07T10:44:58+09:00"},
    {"id": 287, "title": f"{T('2306.11644')}（phi-1 の論文、リンクは後で）", "url": None, "tags": ["データ", "輪読"], "by": "kenta", "created": "2024-05-07T10:43:20+09:00"},
    {"id": 270, "title": f"輪読メモ: {T('2206.07682')}", "url": "https://wiki.llm-lab.example.jp/rindoku/2024-04-30", "tags": ["輪読"], "by": "misaki", "created": "2024-04-30T17:05:36+09:00"},
]
F += flow(53788, "GET", "/api/v1/clips?tag=%E8%BC%AA%E8%AA%AD&limit=20", None, 200, "OK",
          {"count": len(items), "next": None, "items": items}, "Tue, 14 May 2024 04:31:18 GMT")
P = "aoi@yomu-dev:~/paperclip$ "
text = "\n".join([P + "mitmdump -nr clips.flows --flow-detail 3", *F, P]) + "\n"
write_only(F1347, text, keys(F1347))
