#!/usr/bin/env python3
"""890: a Qdrant REST answer to `POST /collections/lab_papers_ko/points/search` (`"limit": 10, "with_payload": true`),
piped through `jq .` and saved by a Korean lab's RAG-index maintainer: jq's layout (two-space indentation, `": "`,
arrays one item a line, empty arrays `[]`, UTF-8 unescaped, final newline); `result` (scored points, score
descending, each `id` (UUID) / `version` / `score` / `payload`), `status: "ok"`, `time` in seconds. The payload is the
lab's own schema (title, kind, url, ref, Korean summary, tags, who added it and when, chunk index). A blog post and a
repository sit among the papers and are not papers."""
import hashlib, json, os, sys, uuid
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(890)
K = dict(toolformer="2302.04761", selfrag="2310.11511", voyager="2305.16291", swe="2310.06770", realm="2002.08909",
         memgpt="2310.08560", reflexion="2303.11366", genre="2010.00904")


def pid(s):
    return str(uuid.UUID(bytes=hashlib.md5(("lab_papers_ko/" + s).encode()).digest(), version=4))


def pt(key, version, score, title, kind, url, ref, summary, tags, who, when, chunk=0):
    return {"id": pid(key), "version": version, "score": score,
            "payload": {"title": title, "kind": kind, "url": url, "ref": ref, "summary_ko": summary, "tags": tags,
                        "added_by": who, "added_at": when, "chunk": chunk}}


RESULT = [
    pt("memgpt", 41, 0.8412327, T(K["memgpt"]), "paper", None, None,
       "운영체제의 가상 메모리처럼 컨텍스트를 주 컨텍스트와 외부 저장소로 나누어 관리하고, 함수 호출로 필요한 기억을 불러온다. "
       "긴 대화 에이전트의 메모리 설계에 바로 참고할 만함.", ["에이전트", "메모리", "장기기억"], "jiwoo", "2024-03-04T10:12:44+09:00"),
    pt("selfrag", 57, 0.8127004, T(K["selfrag"]), "paper", "https://arxiv.org/abs/2310.11511", None,
       "검색이 필요한지 스스로 판단하는 반성 토큰(reflection token)을 생성하도록 학습해, 검색·생성·자기 비판을 하나의 모델에서 수행한다.",
       ["RAG", "검색"], "minseo", "2024-03-05T16:40:02+09:00", 1),
    pt("reflexion", 33, 0.7986142, T(K["reflexion"]), "paper", None, None,
       "가중치를 바꾸지 않고 실패 경험을 언어로 된 반성문으로 남겨 다음 시도에 활용한다. 에피소드 메모리를 텍스트로 둔다는 점이 MemGPT와 비교 포인트.",
       ["에이전트", "메모리"], "jiwoo", "2024-03-04T10:15:09+09:00"),
    pt("weng-agents", 12, 0.7911530, "LLM Powered Autonomous Agents", "blog",
       "https://lilianweng.github.io/posts/2023-06-23-agent/", None,
       "계획·메모리·도구 사용으로 에이전트를 정리한 블로그 글 (논문 아님). 세미나 도입부 그림 출처.", ["에이전트", "개요"], "minseo",
       "2024-02-27T09:03:51+09:00"),
    pt("voyager", 48, 0.7802918, T(K["voyager"]), "paper", "https://arxiv.org/pdf/2305.16291", None,
       "마인크래프트에서 자동 커리큘럼과 스킬 라이브러리(실행 가능한 코드)를 쌓아 가며 평생 학습하는 에이전트. 스킬 라이브러리 = 절차적 기억.",
       ["에이전트", "임바디드"], "hyunjun", "2024-03-06T11:27:35+09:00"),
    pt("realm", 22, 0.7655273, T(K["realm"]), "paper", None, "arXiv:2002.08909",
       "사전학습 단계부터 잠재 지식 검색기를 함께 학습하는 검색 증강 언어 모델. 고전이라 PDF 대신 arXiv 번호만 적어 둠.",
       ["RAG", "사전학습", "고전"], "minseo", "2024-02-29T14:08:17+09:00"),
    pt("toolformer", 39, 0.7590411, T(K["toolformer"]), "paper", "https://arxiv.org/abs/2302.04761", None,
       "API 호출을 스스로 삽입해 보고, 다음 토큰 손실을 줄이는 호출만 남겨 자기지도 방식으로 도구 사용을 배운다.",
       ["도구사용", "에이전트"], "hyunjun", "2024-03-06T11:31:02+09:00"),
    pt("swebench", 30, 0.7433896, T(K["swe"]), "paper", "https://openreview.net/forum?id=VTF8yNQM66", None,
       "실제 GitHub 이슈와 PR로 만든 코드 수정 벤치마크. ICLR 2024 리뷰 스레드까지 같이 읽기로 함.", ["벤치마크", "코딩에이전트"],
       "jiwoo", "2024-03-07T09:55:40+09:00"),
    pt("genre", 18, 0.7290152, T(K["genre"]), "paper", None, None,
       "엔티티를 분류하지 않고 이름을 한 글자씩 생성해 찾는 방식(제한된 빔 서치). 문서 검색을 생성으로 바꾼 초기 사례라 RAG 세션 참고 문헌으로 추가.",
       ["검색", "엔티티링킹"], "minseo", "2024-02-29T14:11:48+09:00"),
    pt("langgraph", 9, 0.7198665, "langchain-ai/langgraph", "repo", "https://github.com/langchain-ai/langgraph", None,
       "상태 그래프로 에이전트 워크플로를 짜는 라이브러리 (논문 아님). 데모 코드용.", ["도구", "코드"], "hyunjun",
       "2024-03-01T20:44:13+09:00"),
]
doc = {"result": RESULT, "status": "ok", "time": 0.003861542}
text = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
write_only(F, text, keys(F))
