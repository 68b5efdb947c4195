#!/usr/bin/env python3
"""1348: a Hoppscotch collection export (Korean): a Seoul-like NLP lab's reading-group app (독서모임, a small REST API
at `<<baseURL>>`) is tested by its maintainer (지훈) in Hoppscotch; he exported the collection ("Export as JSON") and
attached it to the team's drive. The layout as remembered from Hoppscotch 2024.x: an array of collections (`v`, `name`,
`folders`, `requests`, `auth`, `headers`), requests with `v`, `endpoint`, `name`, `params`, `headers`, `method`,
`auth`, `preRequestScript`, `testScript`, `body` (`contentType`, `body` — the JSON body kept as a string, so its quotes
are escaped once more), `requestVariables`; `<<var>>` environment references; JSON.stringify with two-space
indentation and raw UTF-8, no final newline. The AgentBench and T5 repositories, the LangChain docs and the GitHub API
are not papers; ReAct, CoT, T5, LoRA / DoRA, GCG are nicknames."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1348, keys

JSON_H = [{"key": "Content-Type", "value": "application/json", "active": True}]
INHERIT = {"authType": "inherit", "authActive": True}
T201 = 'pw.test("201 Created", ()=> {\n    pw.expect(pw.response.status).toBe(201);\n});'
T200 = 'pw.test("200 OK", ()=> {\n    pw.expect(pw.response.status).toBe(200);\n});'


def req(name, method, endpoint, body=None, params=(), test="", pre="", headers=None):
    return {"v": "4", "endpoint": endpoint, "name": name,
            "params": [{"key": k, "value": v, "active": a} for k, v, a in params],
            "headers": headers if headers is not None else (JSON_H if body is not None else []),
            "method": method, "auth": INHERIT, "preRequestScript": pre, "testScript": test,
            "body": {"contentType": "application/json" if body is not None else None,
                     "body": json.dumps(body, ensure_ascii=False, indent=2) if body is not None else None},
            "requestVariables": []}


def folder(name, requests, folders=()):
    return {"v": 2, "name": name, "folders": list(folders), "requests": requests, "auth": INHERIT, "headers": []}


add = folder("논문 추가", [
    req("ReAct 추가 (OpenReview 링크)", "POST", "<<baseURL>>/papers",
        {"title": T("2210.03629"), "url": f"https://openreview.net/forum?id={OR('2210.03629')}",
         "tags": ["에이전트", "추론"], "presenter": "지훈", "week": 11}, test=T201),
    req("AgentBench 추가", "POST", "<<baseURL>>/papers",
        {"title": T("2308.03688"), "url": "https://arxiv.org/abs/2308.03688", "tags": ["에이전트", "벤치마크"],
         "presenter": "수빈", "week": 12}, test=T201),
    req("LLM 서베이 추가", "POST", "<<baseURL>>/papers",
        {"title": T("2303.18223"), "url": "https://arxiv.org/pdf/2303.18223", "tags": ["서베이"],
         "presenter": None, "week": None, "memo": "분량이 많아서 2주로 나눔"}, test=T201),
    req("GCG 추가", "POST", "<<baseURL>>/papers",
        {"title": T("2307.15043"), "url": "https://arxiv.org/abs/2307.15043", "tags": ["안전성", "탈옥"],
         "presenter": "예린", "week": 13}, test=T201),
    req("프롬프트 튜닝 추가 (arxiv 필드만)", "POST", "<<baseURL>>/papers",
        {"title": T("2104.08691"), "arxiv": "2104.08691", "url": None, "tags": ["PEFT"], "presenter": "지훈",
         "week": 14}, test=T201),
    req("T5 추가 (논문 링크 미정)", "POST", "<<baseURL>>/papers",
        {"title": T("1910.10683"), "url": "https://github.com/google-research/text-to-text-transfer-transformer",
         "tags": ["사전학습"], "presenter": None, "week": None, "memo": "저장소 링크만 있음 — 논문 링크는 나중에"}, test=T201),
    req("잘못된 요청 (제목 없음) → 422", "POST", "<<baseURL>>/papers",
        {"url": "https://python.langchain.com/docs/modules/agents/", "tags": ["문서"]},
        test='pw.test("422", ()=> {\n    pw.expect(pw.response.status).toBe(422);\n});'),
])
search = folder("검색", [
    req("제목으로 검색 (CoT)", "GET", "<<baseURL>>/papers/search",
        params=[("q", T("2201.11903"), True), ("limit", "5", True), ("tag", "추론", False)], test=T200),
    req("태그 목록", "GET", "<<baseURL>>/tags", test=T200),
    req("주차별 발표자", "GET", "<<baseURL>>/schedule", params=[("from", "11", True), ("to", "14", True)], test=T200),
])
admin = folder("관리", [
    req("DoRA 메모 수정 (id 17)", "PATCH", "<<baseURL>>/papers/17",
        {"memo": f"{T('2402.09353')} — 링크 아직 없음, 6월로 연기"}, test=T200),
    req("중복 항목 삭제 (id 9)", "DELETE", "<<baseURL>>/papers/9",
        test='pw.test("204", ()=> {\n    pw.expect(pw.response.status).toBe(204);\n});'),
    req("토큰 갱신", "POST", "<<baseURL>>/auth/refresh", {"refresh_token": "<<refreshToken>>"},
        test='pw.env.set("token", pw.response.body.access_token);'),
])
external = folder("외부 API", [
    req("AgentBench 저장소 정보 (GitHub API)", "GET", "https://api.github.com/repos/THUDM/AgentBench",
        headers=[{"key": "Accept", "value": "application/vnd.github+json", "active": True}]),
])
coll = [{"v": 2, "name": "독서모임 API (dev)", "folders": [add, search, admin, external],
         "requests": [req("헬스 체크", "GET", "<<baseURL>>/healthz", test=T200)],
         "auth": {"authType": "bearer", "authActive": True, "token": "<<token>>"},
         "headers": [{"key": "X-Client", "value": "hoppscotch", "active": True}]}]
write_only(F1348, json.dumps(coll, ensure_ascii=False, indent=2), keys(F1348))
