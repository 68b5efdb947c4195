#!/usr/bin/env python3
"""1093: a Korean university vision-language lab keeps its reading list in a Supabase project; a student saved the
answer of its REST endpoint (PostgREST behind Kong and Cloudflare) with
`curl -s -i 'https://<project>.supabase.co/rest/v1/papers?select=…&order=added_at.asc' -H 'Prefer: count=exact' -H 'Range: 0-49' > papers.txt`:
curl's `-i` head (HTTP/2 status line and lower-case header lines, each ending CRLF, a blank CRLF line: date,
content-type, content-range `0-7/8`, content-location, content-profile, preference-applied, Cloudflare and Kong
headers), then the body exactly as PostgREST sends it — Postgres `json_agg` output, rows as compact
`row_to_json` objects in the select's column order joined by `, \\n `, UTF-8 raw, no final newline; the embedded
`presenter` (members.name) as an object, `tags` a text[] as a JSON array, timestamptz with microseconds. The LLaVA
project page, the segment-anything repository and the SigLIP model page are not papers; "BiT", "ResNeSt", "ALIGN",
"SigLIP", "LLaVA", "SAM", "DC" are nicknames."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import by_num, keys

F = by_num(1093)
K = dict(siglip="2303.15343", llava="2304.08485", sam="2304.02643", align="2102.05918", bit="1912.11370",
         rethink="2006.06882", resnest="2004.08955", dc="2006.05929")
SELECT = "id,title,url,note,tags,added_at,presenter:members(name)"
ROWS = [
 (3, T(K["bit"]), None, "대규모 사전학습 후 전이. BiT-HyperRule 부분(4.1절)만 같이 읽기", ["전이학습", "백본"], "2024-01-09T05:12:44.318204+00:00", "김민지"),
 (4, T(K["rethink"]), None, "self-training이 사전학습보다 나은 경우 — COCO 실험 위주로", ["전이학습"], "2024-01-09T05:14:02.90117+00:00", "이준호"),
 (5, T(K["resnest"]), None, "백본 비교용. 분할 실험에서 쓸지 결정할 것", ["백본"], "2024-01-16T08:40:19.552013+00:00", "박서윤"),
 (7, T(K["dc"]), None, "데이터 압축 계열 입문. 그래디언트 매칭 손실 식 (5) 확인", ["데이터"], "2024-01-23T02:31:57.004912+00:00", "최우진"),
 (8, T(K["align"]), None, "arXiv:2102.05918 — 노이즈 많은 18억 쌍으로 학습한 듀얼 인코더. CLIP과 비교", ["비전-언어"], "2024-02-06T06:05:33.271846+00:00", "김민지"),
 (9, T(K["siglip"]), "https://arxiv.org/abs/2303.15343", "시그모이드 손실로 배치 크기 의존성 줄임. 모델: https://huggingface.co/google/siglip-so400m-patch14-384", ["비전-언어"], "2024-02-13T01:48:10.66412+00:00", "이준호"),
 (10, T(K["llava"]), "https://arxiv.org/abs/2304.08485", "데모와 데이터: https://llava-vl.github.io\n3월 세미나 발표 후보", ["비전-언어", "instruction"], "2024-02-20T07:22:48.190375+00:00", "박서윤"),
 (12, T(K["sam"]), "https://arxiv.org/pdf/2304.02643.pdf", "코드: https://github.com/facebookresearch/segment-anything", ["분할"], "2024-03-04T09:03:26.877651+00:00", "최우진"),
]
cols = ["id", "title", "url", "note", "tags", "added_at", "presenter"]
objs = [dict(zip(cols, r[:6] + ({"name": r[6]},))) for r in ROWS]
body = "[" + ", \n ".join(json.dumps(o, ensure_ascii=False, separators=(",", ":")) for o in objs) + "]"
n = len(ROWS)
headers = [
 "HTTP/2 200 ",
 "date: Tue, 05 Mar 2024 07:41:12 GMT",
 "content-type: application/json; charset=utf-8",
 "cf-ray: 85f1e2d3c4b5a697-ICN",
 "cf-cache-status: DYNAMIC",
 "access-control-allow-origin: *",
 f"content-location: /papers?order=added_at.asc&select={SELECT}",
 f"content-range: 0-{n - 1}/{n}",
 "strict-transport-security: max-age=15552000; includeSubDomains",
 "vary: Accept-Encoding",
 "via: kong/2.8.1",
 "content-profile: public",
 "preference-applied: count=exact",
 "sb-gateway-version: 1",
 "x-content-type-options: nosniff",
 "x-kong-proxy-latency: 1",
 "x-kong-upstream-latency: 7",
 "server: cloudflare",
 'alt-svc: h3=":443"; ma=86400',
]
raw = "".join(h + "\r\n" for h in headers) + "\r\n" + body
write_raw(F, raw.encode("utf-8"), [raw, "\n".join(str(v) for o in objs for v in o.values())], keys(F))
