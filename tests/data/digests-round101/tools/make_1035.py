#!/usr/bin/env python3
"""1035: what the Dooray! project API answered to `GET /project/v1/projects/{projectId}/posts?milestoneIds=…&order=
-createdAt&size=20` for a Korean company NLP team's study project (saved with curl): compact JSON as Jackson writes
it (UTF-8 raw, no final newline), the `header` (isSuccessful, resultCode, resultMessage), `result` newest first and
`totalCount`. Each task (업무) has Dooray's post fields — id, subject, project {id, code}, taskNumber = code/number,
closed, createdAt / dueDate / updatedAt (+09:00), dueDateFlag, number, priority, parent {id, number, subject},
workflowClass with its workflow {id, name}, milestone, tags, users {from, to, cc} and the Markdown body. The study
covers parameter-efficient fine-tuning and instruction tuning; the Hugging Face PEFT documentation is not a paper;
"P-tuning", "LLaVA", "phi-1" are nicknames."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(1035)
K = dict(lora="2106.09685", qlora="2305.14314", prefix="2101.00190", prompt="2104.08691", ptuning="2103.10385",
         adapter="1902.00751", textbooks="2306.11644", llava="2304.08485")


def nid(seed, lead="37"):
    return lead + str(int(hashlib.sha256(seed.encode()).hexdigest(), 16))[:17]


PROJECT = {"id": nid("project"), "code": "nlp-study"}
WF = {"registered": {"id": nid("wf-todo"), "name": "할 일"}, "working": {"id": nid("wf-doing"), "name": "진행 중"},
      "closed": {"id": nid("wf-done"), "name": "완료"}}
MILESTONE = {"id": nid("ms-2403"), "name": "2024년 3월 스터디"}
TAGS = {"발표": {"id": nid("tag-talk")}, "읽기": {"id": nid("tag-read")}, "운영": {"id": nid("tag-ops")}}
M = {k: nid("member-" + k, "25") for k in ["seoyeon", "minho", "jiwoo", "hyunwoo", "dahye"]}
posts = []
PARENT = {}


def member(k, wf=None):
    d = {"type": "member", "member": {"organizationMemberId": M[k]}}
    if wf: d["workflow"] = WF[wf]
    return d


def post(num, subject, created, updated, wf, author, to, body, due=None, tag=None, priority="normal", parent=True):
    p = {"id": nid(f"post-{num}"), "subject": subject, "project": PROJECT, "taskNumber": f"{PROJECT['code']}/{num}",
         "closed": wf == "closed", "createdAt": created + "+09:00", "dueDate": due + "+09:00" if due else None,
         "dueDateFlag": bool(due), "updatedAt": updated + "+09:00", "number": num, "priority": priority,
         "parent": PARENT if parent else None, "workflowClass": wf, "workflow": WF[wf], "milestone": MILESTONE,
         "tags": [TAGS[tag]] if tag else [], "users": {"from": member(author), "to": [member(t, wf) for t in to], "cc": []},
         "body": {"mimeType": "text/x-markdown", "content": body}}
    posts.append(p)
    return p


top = post(20, "3월 PEFT·인스트럭션 튜닝 스터디", "2024-02-26T09:31:08", "2024-03-11T18:02:44", "working", "seoyeon",
           ["seoyeon"],
           "## 운영 방식\n"
           "- 매주 목요일 16:00, 12층 소회의실 (온라인 병행)\n"
           "- 발표 30분 + 토론 20분, 발표 자료는 각 하위 업무에 첨부\n"
           "- 읽기 업무는 발표 없이 각자 읽고 토론 때 한 줄 요약 공유\n\n"
           "## 일정\n"
           "| 날짜 | 발표 |\n|---|---|\n"
           "| 3/7 | LoRA, QLoRA |\n| 3/14 | Prefix-Tuning, Prompt Tuning |\n| 3/21 | P-tuning, 정리 토론 |\n\n"
           "하위 업무로 논문별 업무를 만들었습니다. 담당자 확인 부탁드립니다.",
           due="2024-03-29T18:00:00", tag="운영", priority="high", parent=False)
PARENT.update({"id": top["id"], "number": 20, "subject": top["subject"]})
post(21, "[발표] " + T(K["lora"]), "2024-02-26T09:40:12", "2024-03-07T17:55:03", "closed", "seoyeon", ["minho"],
     "논문: https://arxiv.org/abs/2106.09685\n\n"
     "- 발표: 민호 (3/7)\n- 발표 자료: 첨부 파일 참고\n- 토론 메모: rank 8과 16의 차이가 생각보다 작음. 우리 팀 분류 모델에서 재현해 볼 것",
     due="2024-03-07T16:00:00", tag="발표")
post(22, "[발표] " + T(K["qlora"]), "2024-02-26T09:42:37", "2024-03-07T18:10:29", "closed", "seoyeon", ["jiwoo"],
     "논문 PDF: https://arxiv.org/pdf/2305.14314\n\n"
     "- 발표: 지우 (3/7)\n- NF4, 이중 양자화, paged optimizer 세 가지를 중심으로\n- A100 한 장으로 33B 튜닝 가능한지 사내 서버에서 확인 필요",
     due="2024-03-07T16:00:00", tag="발표")
post(23, "[발표] " + T(K["prefix"]), "2024-02-26T09:45:50", "2024-03-11T10:21:16", "working", "seoyeon", ["hyunwoo"],
     "https://arxiv.org/abs/2101.00190\n\n- 발표: 현우 (3/14)\n- 테이블-투-텍스트 실험 위주로, 프롬프트 길이별 결과 비교",
     due="2024-03-14T16:00:00", tag="발표")
post(24, "[발표] " + T(K["prompt"]), "2024-02-26T09:48:03", "2024-03-08T14:37:52", "registered", "seoyeon", ["dahye"],
     "arXiv:2104.08691 (EMNLP 2021)\n\n- 발표: 다혜 (3/14)\n- 모델 크기가 커질수록 파인튜닝과의 격차가 줄어드는 그래프가 핵심\n"
     "- Prefix-Tuning과 무엇이 다른지 한 장으로 정리해 주세요",
     due="2024-03-14T16:00:00", tag="발표")
post(25, "[발표] " + T(K["ptuning"]), "2024-02-26T09:51:26", "2024-03-04T11:06:40", "registered", "seoyeon", ["minho"],
     "P-tuning 논문입니다. 링크는 발표자가 나중에 추가하기로 함.\n\n- 발표: 민호 (3/21)\n- 프롬프트 인코더(LSTM) 구조 설명 포함",
     due="2024-03-21T16:00:00", tag="발표")
post(26, "[읽기] " + T(K["adapter"]), "2024-02-27T15:02:19", "2024-03-05T09:44:08", "registered", "jiwoo", ["jiwoo", "dahye"],
     "어댑터 계열의 출발점. 발표는 없고 3/21 토론 전에 각자 읽기.\n한 줄 요약은 댓글로 남겨 주세요.", tag="읽기")
post(27, "[읽기] " + T(K["textbooks"]), "2024-03-04T13:20:45", "2024-03-04T13:20:45", "registered", "hyunwoo", ["hyunwoo"],
     "데이터 품질이 파라미터 수를 얼마나 대신할 수 있는지(phi-1). 인스트럭션 데이터 만들 때 참고하려고 추가했습니다.", tag="읽기",
     priority="low")
post(28, "[읽기] " + T(K["llava"]), "2024-03-05T10:08:31", "2024-03-05T10:12:02", "registered", "dahye", ["dahye", "seoyeon"],
     "LLaVA. 멀티모달 인스트럭션 데이터를 GPT-4로 만드는 과정이 우리 문서 QA 과제와 비슷해서 읽어 보면 좋을 듯합니다.",
     tag="읽기", priority="low")
post(29, "회의실 예약 (3/14, 3/21)", "2024-03-06T09:15:57", "2024-03-06T09:40:21", "closed", "seoyeon", ["seoyeon"],
     "12층 소회의실 예약 완료. 3/21은 15:30부터 잡아 두었습니다.", due="2024-03-08T18:00:00", tag="운영")
post(30, "HF PEFT 문서 정리", "2024-03-08T16:44:10", "2024-03-11T09:58:35", "working", "minho", ["minho"],
     "논문이 아니라 라이브러리 문서입니다: https://huggingface.co/docs/peft\n\n"
     "- LoraConfig 주요 인자 표로 정리\n- 사내 학습 스크립트에 맞춘 예제 추가", due="2024-03-15T18:00:00", tag="운영")
posts.sort(key=lambda p: p["createdAt"], reverse=True)
doc = {"header": {"isSuccessful": True, "resultCode": 0, "resultMessage": ""}, "result": posts, "totalCount": len(posts)}
text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
write_only(F, text, keys(F))
