#!/usr/bin/env python3
"""828: `aws dynamodb scan --table-name lab-reading-tracker --region ap-northeast-2` as AWS CLI v2 prints it (json
output: four-space indent, non-ASCII written raw, final newline): `Items` (every attribute a one-key type descriptor
`S` / `N` (a number as a string) / `BOOL` / `NULL` / `SS` / `L` / `M`), `Count`, `ScannedCount`,
`ConsumedCapacity: null`; items in the table's hash order, not by date. A Korean lab's reading tracker (a Slack bot
writes it) on LLM evaluation, agents and safety; blog posts, repositories, datasets and a leaderboard are items too."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys

F = by_num(828)


def S(v): return {"S": v}
def N(v): return {"N": str(v)}
def SS(v): return {"SS": sorted(v)}
def B(v): return {"BOOL": v}


def sess(date, who, note):
    return {"M": {"date": S(date), "presenter": S(who), "memo": S(note)}}


items = []


def item(pid, kind, title, added_by, added_at, status, tags, **kw):
    d = {"item_id": S(pid), "kind": S(kind), "title": S(title), "added_by": S(added_by), "added_at": S(added_at),
         "status": S(status), "tags": SS(tags)}
    for k, v in kw.items(): d[k] = v
    items.append(d)


item("p#0412", "paper", T("2306.05685"), "U04KJ2M8N1Q", "2024-02-26T01:12:44.381Z", "읽음", ["evaluation", "llm-judge"],
     url=S("https://arxiv.org/abs/2306.05685"), authors=S(au("2306.05685", 4)), votes=N(7),
     notes=S("심사 모델(GPT-4)이 사람 평가와 80% 이상 일치한다는 주장. 위치 편향·장황함 편향 분석 부분이 우리 한국어 평가셋 설계에 바로 쓸 만함."),
     sessions={"L": [sess("2024-02-29", "이서윤", "2장·3장 발표, 편향 실험 재현 계획 논의")]}, pdf_s3_key=S("papers/2024/02/judge.pdf"))
item("p#0419", "paper", T("2308.03688"), "U05B7T0RZ3E", "2024-02-27T08:40:02.117Z", "읽는 중", ["agents", "benchmark"],
     url=S("https://arxiv.org/pdf/2308.03688v2"), authors=S(au("2308.03688", 3)), votes=N(5),
     notes=S("8개 환경(OS, DB, 지식그래프, 웹쇼핑 등). 오픈 모델과 상용 모델 격차가 크다는 결과. 우리 에이전트 평가 하네스와 환경 구성을 비교해 볼 것."),
     sessions={"L": []}, pdf_s3_key={"NULL": True})
item("r#0033", "repo", "lab-ko-eval-harness (내부 GitLab)", "U04KJ2M8N1Q", "2024-02-20T05:03:19.550Z", "참고", ["evaluation", "tooling"],
     url=S("https://gitlab.example.kr/nlp/lab-ko-eval-harness"),
     notes=S("lm-evaluation-harness 포크. 한국어 과제 12종 추가. 논문 아님."), votes=N(2))
item("p#0423", "paper", T("2210.03629"), "U03QZ9PLM7C", "2024-02-28T11:25:51.904Z", "읽음", ["agents", "prompting", "reasoning"],
     url=S("https://openreview.net/forum?id=WE_vluYUL-X"), venue=S("ICLR 2023"), authors=S(au("2210.03629", 3)), votes=N(9),
     notes=S("추론 흔적(thought)과 행동(action)을 번갈아 생성. HotpotQA·ALFWorld 실험. 리뷰 스레드의 반론(프롬프트 민감도)도 같이 읽기."),
     sessions={"L": [sess("2024-03-07", "박도현", "OpenReview 리뷰·저자 답변까지 포함해서 발표"),
                     sess("2024-03-14", "박도현", "재현 결과 공유: 우리 도구 호출 형식으로 바꾸면 성공률 하락")]},
     pdf_s3_key=S("papers/2024/02/reasoning-acting.pdf"))
item("b#0107", "blog", "LLM 에이전트 평가, 무엇을 재야 하나 (연구실 블로그 초안)", "U05B7T0RZ3E", "2024-03-01T02:10:37.002Z", "초안", ["agents", "blog"],
     url=S("https://blog.example.kr/posts/agent-eval-draft"), notes=S("우리 블로그 글. 인용 목록은 이 테이블에서 자동 생성 예정."), votes=N(0))
item("p#0431", "paper", T("2009.03300"), "U03QZ9PLM7C", "2024-03-02T07:58:13.366Z", "읽음", ["benchmark", "evaluation", "knowledge"],
     ref=S("arXiv:2009.03300"), authors=S(au("2009.03300", 3)), venue=S("ICLR 2021"), votes=N(4),
     notes=S("57개 과목 객관식. 한국어판 벤치마크와 점수를 비교할 때 원 논문의 5-shot 설정을 그대로 따를 것. 링크는 봇이 못 가져와서 ref만 입력함."),
     sessions={"L": []})
item("d#0058", "dataset", "KoAlpaca-style 지시 데이터 v2 (내부)", "U04KJ2M8N1Q", "2024-02-18T09:44:00.000Z", "참고", ["dataset", "instruction"],
     url=S("s3://lab-datasets-apne2/instruct/v2/"), notes=S("데이터셋. 라이선스 확인 필요(CC BY-NC)."), votes=N(1), size_gb=N(3.4))
item("p#0436", "paper", T("2307.03172"), "U05B7T0RZ3E", "2024-03-04T00:31:27.745Z", "읽을 예정", ["long-context", "evaluation", "retrieval"],
     url=S("https://arxiv.org/abs/2307.03172"), authors=S(au("2307.03172", 3)), votes=N(6),
     notes=S("관련 정보가 문맥 가운데 있으면 성능이 U자형으로 떨어짐. RAG 파이프라인의 문서 순서 정렬 실험과 연결."),
     sessions={"L": [sess("2024-03-21", "김하은", "미정")]})
item("p#0440", "paper", T("2307.15043"), "U06H1RX2A9D", "2024-03-04T13:06:55.218Z", "읽을 예정", ["safety", "adversarial"],
     authors=S(au("2307.15043", 3)), votes=N(3),
     notes=S("정렬된 모델에 붙는 접미사 공격(그래디언트 기반 토큰 탐색). 안전성 스터디 3주차 후보. 링크는 발표자가 나중에 추가."),
     sessions={"L": []}, needs_ethics_review=B(True))
item("l#0009", "leaderboard", "Open Ko-LLM Leaderboard", "U03QZ9PLM7C", "2024-01-30T04:20:11.830Z", "참고", ["leaderboard"],
     url=S("https://huggingface.co/spaces/upstage/open-ko-llm-leaderboard"), notes=S("리더보드. 논문 아님. 매주 월요일 스냅샷 저장."), votes=N(2))
item("p#0444", "paper", T("2307.15818"), "U06H1RX2A9D", "2024-03-05T06:49:38.471Z", "읽을 예정", ["agents", "robotics", "vla"],
     authors=S(au("2307.15818", 3)), votes=N(2),
     notes=S("로봇 행동을 텍스트 토큰으로 출력하는 VLA 모델. 로봇팀과 합동 세미나 때 읽기로 함 (3월 넷째 주)."),
     sessions={"L": []})
item("p#0447", "paper", T("2006.05990"), "U04KJ2M8N1Q", "2024-03-05T08:02:09.660Z", "보류", ["rl", "agents"],
     authors=S(au("2006.05990", 3)), votes=N(1),
     notes=S("PPO 계열 구현 세부사항 250여 개 선택지를 대규모로 실험. RLHF 파트 담당자만 읽어도 됨."),
     sessions={"L": []})
item("c#0012", "course", "Stanford CS329 계열 강의 노트 (에이전트 주차)", "U05B7T0RZ3E", "2024-02-12T10:00:00.000Z", "참고", ["course"],
     notes=S("강의 자료. 논문 아님. 슬라이드 PDF는 공유 드라이브 /강의자료 폴더."), votes=N(0))
item("s#0001", "meta", "스키마 버전 / 봇 설정", "system", "2023-11-02T00:00:00.000Z", "시스템", ["meta"],
     schema_version=N(3), slack_channel=S("#paper-reading"), bot=S("reading-bot v0.9.2 (Lambda, python3.12)"),
     notes=S("이 항목은 지우지 마세요. kind=meta는 봇이 무시합니다."))


def order(d):
    return hashlib.sha1(d["item_id"]["S"].encode()).hexdigest()


items.sort(key=order)
out = {"Items": items, "Count": len(items), "ScannedCount": len(items), "ConsumedCapacity": None}
text = json.dumps(out, indent=4, ensure_ascii=False) + "\n"
write_only(F, text, keys(F))
