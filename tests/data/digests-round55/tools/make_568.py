#!/usr/bin/env python3
"""568: Simplenote's export (source/notes.json from "Export Notes"): activeNotes / trashedNotes, each note with id
(32 hex), content (first line = the note's title, Markdown when markdown is true), creationDate / lastModified
(ISO 8601 with milliseconds, Z), tags, and optional pinned / markdown / publicURL / collaboratorEmails;
JSON.stringify(…, null, 2) layout. Korean notes on LLM agents."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, OR, write_only
from make_expected import F568 as NAME, keys

KEYS = keys(NAME)


def nid(s):
    return hashlib.md5(("r55-568-" + s).encode()).hexdigest()


notes = []


def note(key, content, created, modified, tags, **extra):
    n = {"id": nid(key), "content": content, "creationDate": created, "lastModified": modified, "tags": tags}
    n.update(extra)
    notes.append(n)


note("agents-index", "\n".join([
    "에이전트 스터디 — 읽을 논문 정리 (3월)",
    "",
    "목요일 저녁 7시, 공학관 412호. 발표자는 단톡방 공지 참고.",
    "",
    "## 1주차: 도구 사용",
    "",
    f"- [{T('2302.04761')}](https://arxiv.org/abs/2302.04761)",
    "  - API 호출을 스스로 삽입하도록 self-supervised로 학습. 계산기/검색/번역/캘린더.",
    "  - 발표: 윤서",
    f"- **{T('2204.01691')}** ({au('2204.01691', 2)}, CoRL 2022)",
    "  - SayCan. LLM 점수 × affordance(가치함수) 점수. 로봇 쪽 예시라 재밌음",
    "  - 프로젝트 페이지: https://say-can.github.io/",
    "",
    "## 2주차: 검색 + 생성",
    "",
    f"- REALM — {T('2002.08909')}",
    "  https://arxiv.org/pdf/2002.08909",
    "  - retriever를 MLM 사전학습 단계에서 같이 학습. 오래됐지만 기본기",
    f"- {T('2310.11511')} (Asai et al., ICLR 2024)",
    "  - reflection 토큰으로 검색 여부/근거 여부를 스스로 판단",
    "  - 코드: github.com/AkariAsai/self-rag ← 논문 아님, 실습용",
    "",
    "## 3주차: 메모리 & 자기반성",
    "",
    f"- {T('2310.08560')} — arXiv:2310.08560",
    "  - OS의 가상 메모리 비유. main context / external context 페이징",
    f"- {T('2303.11366')}",
    "  - Shinn et al., NeurIPS 2023. 실패 후 언어로 된 피드백을 메모리에 저장",
    "",
    "## 4주차: 시뮬레이션 & 평가",
    "",
    f"- [{T('2304.03442')}](https://arxiv.org/abs/2304.03442) — Smallville 25명 ㅋㅋ",
    f"- [{T('2310.06770')}](https://openreview.net/forum?id={OR('2310.06770')})",
    "  - 실제 GitHub 이슈 2,294개. 리더보드는 swebench.com (논문 아님)",
    "",
    "---",
    "참고 (논문 아님): LangGraph 문서, 「에이전트 입문」 강의 유튜브 재생목록, 작년 스터디 노션",
]), "2024-02-26T11:02:47.000Z", "2024-03-11T13:40:19.518Z", ["스터디", "agents"], markdown=True, pinned=True,
     publicURL="http://simp.ly/p/Xq7vLk")
note("presenters", "\n".join([
    "발표 순서",
    "",
    "3/14 윤서 (Toolformer), 민재 (SayCan)",
    "3/21 도현 (REALM), 하은 (Self-RAG)",
    "3/28 지우 (MemGPT + Reflexion)",
    "4/4 다같이 — Generative Agents, SWE-bench 토론",
    "",
    "발표 20분 + 질문 10분. 슬라이드는 공유 드라이브 /스터디/2024-1 에 올리기",
]), "2024-02-27T02:15:00.000Z", "2024-03-05T09:12:41.003Z", ["스터디"], collaboratorEmails=["minjae@lab.example.com"])
note("reflexion-memo", "\n".join([
    "Reflexion 읽으면서 메모",
    "",
    f"원제: \"{T('2303.11366')}\"",
    "",
    "- actor / evaluator / self-reflection 세 모듈",
    "- HumanEval pass@1 91% 주장 — 당시 GPT-4 80%",
    "- 질문: 반성 메모리가 길어지면? → sliding window 1~3개만 유지",
    "- MemGPT 방식이랑 합치면 어떨지 (지우한테 물어보기)",
]), "2024-03-09T14:33:10.000Z", "2024-03-10T01:05:52.771Z", ["스터디", "메모"], markdown=True)
note("wifi", "공학관 412 와이파이\n\nSSID: ENG412-Guest\n비번은 조교실 문에 붙어 있음 (매달 바뀜)",
     "2023-09-04T00:41:22.000Z", "2023-09-04T00:41:22.000Z", [])
note("todo", "\n".join([
    "할 일",
    "",
    "- [x] 스터디 장소 예약 (3/14~4/4)",
    "- [ ] 피자 영수증 학과 사무실 제출",
    "- [ ] SWE-bench Lite 돌려보기 — 도커 이미지 용량 확인",
    "- [ ] 중간고사 채점 (조교)",
]), "2024-03-01T07:20:05.000Z", "2024-03-11T04:18:30.240Z", ["todo"], markdown=True)
trashed = [{"id": nid("old-groceries"), "content": "장보기\n\n우유, 계란, 두부, 김치\n커피 원두 (디카페인 X)",
            "creationDate": "2024-01-20T10:00:13.000Z", "lastModified": "2024-02-02T08:44:51.119Z", "tags": []}]
doc = {"activeNotes": notes, "trashedNotes": trashed}
text = json.dumps(doc, ensure_ascii=False, indent=2)
strings = [n["content"] for n in notes + trashed]
write_only(NAME, text, KEYS, forms=strings)
