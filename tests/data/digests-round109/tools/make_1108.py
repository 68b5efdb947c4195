#!/usr/bin/env python3
"""1108: a Bruno collection request file (`digest/주간 다이제스트 발행.bru`, Korean), a lab's POST to its own
reading-digest service; the week's papers are the JSON body's items and the `docs` block. Bru syntax: named blocks
`name {` … `}` with two-space indented `key: value` lines (`~` for disabled entries), `body:json` / `docs` /
`script:*` / `tests` blocks holding their text indented by two spaces."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, fill, write_only
from make_expected import F1108, keys

ITEMS = [
    {"order": 1, "title": T("2206.07682"), "ref": "https://arxiv.org/abs/2206.07682", "presenter": "jiwoo.han",
     "note": "창발 능력 정의와 scale 곡선 — 측정 지표 선택 문제는 다음 주 토론"},
    {"order": 2, "title": T("2207.05221"), "ref": None, "presenter": "seoyeon.lim",
     "note": "calibration, P(True) / P(IK). 원문 링크는 발표자가 슬랙에 올릴 예정"},
    {"order": 3, "title": T("2204.02311"), "ref": "arXiv:2204.02311", "presenter": "minseok.kang",
     "note": "Pathways 인프라 부분은 건너뛰고 5~6절 위주"},
    {"order": 4, "title": T("2206.14858"), "ref": None, "presenter": "minseok.kang",
     "note": "Minerva. PaLM에 이어서 같이 발표"},
    {"order": 5, "title": T("2307.09288"), "ref": "https://arxiv.org/pdf/2307.09288.pdf", "presenter": "dahye.yoon",
     "note": "RLHF 파트(3절)와 안전성 평가 위주. 코드: github.com/facebookresearch/llama"},
    {"order": 6, "title": T("2103.00020"), "ref": "arXiv:2103.00020", "presenter": "hyunwoo.jang",
     "note": "CLIP — zero-shot 프롬프트 앙상블 재현 결과 공유"},
    {"order": 7, "title": T("2106.13884"), "ref": None, "presenter": "hyunwoo.jang",
     "note": "Frozen. NeurIPS 2021"},
    {"order": 8, "title": T("2204.14198"), "ref": "https://arxiv.org/abs/2204.14198", "presenter": "jiwoo.han",
     "note": "Perceiver Resampler + gated xattn, OpenFlamingo 체크포인트로 데모"},
]
body = {"week": "{{week}}", "channel": "llm-reading", "title": "LLM·멀티모달 읽기 모임 10주차", "dryRun": False,
        "items": ITEMS}
BODY = json.dumps(body, ensure_ascii=False, indent=2)

TPL = """meta {
  name: 주간 다이제스트 발행
  type: http
  seq: 4
}

post {
  url: {{baseUrl}}/v1/digests/{{week}}/publish
  body: json
  auth: bearer
}

headers {
  Content-Type: application/json
  X-Lab-Channel: llm-reading
  ~X-Debug: 1
}

auth:bearer {
  token: {{digestToken}}
}

body:json {
@@BODY@@
}

vars:pre-request {
  week: 2024-W10
}

assert {
  res.status: eq 201
  res.body.items.length: eq 8
  res.body.status: eq "published"
}

script:post-response {
  bru.setVar("digestId", res.body.id);
}

tests {
  test("다이제스트가 발행되어야 함", function() {
    expect(res.getStatus()).to.equal(201);
    expect(res.getBody().items).to.have.lengthOf(8);
  });
}

docs {
  # 주간 다이제스트 발행
  
  매주 화요일 읽기 모임 전에 `dryRun: true`로 한 번 보내서 미리보기를 확인한 뒤, `false`로 바꿔서 발행합니다.
  발행되면 슬랙 `#llm-reading` 채널과 연구실 위키 "읽기 모임" 페이지에 같이 올라갑니다.
  
  ## 이번 주 (10주차, 3월 5일 14:00, 302호)
  
  | 순서 | 논문 | 발표 |
  |---|---|---|
  | 1 | [[T:2206.07682]] | 한지우 |
  | 2 | [[T:2207.05221]] | 임서연 |
  | 3 | [[T:2204.02311]] / [[T:2206.14858]] | 강민석 |
  | 4 | [[T:2307.09288]] | 윤다혜 |
  | 5 | [[T:2103.00020]] / [[T:2106.13884]] | 장현우 |
  | 6 | [[T:2204.14198]] | 한지우 |
  
  ## 메모
  
  - `ref`에는 arXiv 링크나 `arXiv:` 번호를 넣고, 없으면 `null`. 서버가 제목으로 다시 찾아서 채웁니다.
  - 배경 자료(논문 아님): Lilian Weng 블로그의 프롬프트 엔지니어링 글, Hugging Face의 "Open LLM Leaderboard".
  - 토큰은 `.env`의 `DIGEST_TOKEN` → 환경(`lab-prod`)의 `digestToken`. 커밋하지 마세요!
}
"""
text = fill(TPL, {}).replace("@@BODY@@", "\n".join("  " + l for l in BODY.split("\n")))
write_only(F1108, text, keys(F1108))
