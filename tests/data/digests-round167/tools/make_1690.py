#!/usr/bin/env python3
"""1690: a Korean master's student's Anki deck of NLP-pretraining flashcards, read through AnkiConnect (the Anki
add-on's HTTP API on localhost:8765) with curl, pasted from a terminal: `findNotes` (the reply as AnkiConnect writes
it, one line, Python's json separators) and `notesInfo` for those notes, printed with jq (2-space layout). Note ids
are creation times in milliseconds, card ids a few milliseconds later, `mod` in seconds; the findNotes result is the
notes' ids in ascending order. The file ends on a bare prompt without a final newline."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1690)
PS = "jiwoo@jiwoo-mbp ~ % "
DECK = "논문::NLP사전학습"
# (note id ms, tags, front html, back html, minutes after creation of last edit)
NOTES = [
    (1706421605113, ["BART", "사전학습"], f"<b>{T('1910.13461')}</b><br>사전학습 때 쓰는 노이즈 함수 다섯 가지는?",
     "토큰 마스킹, 토큰 삭제, 텍스트 채우기(span 하나를 [MASK] 하나로), 문장 순서 섞기, 문서 회전.<br>"
     "<a href=\"https://arxiv.org/abs/1910.13461\">arxiv.org/abs/1910.13461</a>", 3),
    (1706422380548, ["T5", "사전학습"], f"<b>{T('1910.10683')}</b><br>C4 말고 이 논문의 핵심 결론 하나는?",
     "모든 과제를 text-to-text로 통일하면 목적함수·구조 비교를 같은 틀에서 할 수 있다. span corruption(평균 길이 3, 15%)이 가장 좋음.<br>"
     "<a href=\"https://arxiv.org/pdf/1910.10683v4\">PDF (v4)</a>", 12),
    (1706507012977, ["문장임베딩"], f"<b>{T('1908.10084')}</b><br>왜 BERT cross-encoder로 유사 문장 검색을 하면 느린가?",
     "문장 쌍마다 전체 모델을 돌려야 해서 n(n-1)/2번 추론 → 10,000문장이면 약 5천만 번. SBERT는 샴 구조로 임베딩을 한 번만 계산.<br>"
     "<a href=\"https://arxiv.org/abs/1908.10084\">https://arxiv.org/abs/1908.10084</a>", 0),
    (1706508840301, ["토크나이저"], f"<b>{T('1508.07909')}</b><br>BPE 병합 규칙은 어떻게 학습되나?",
     "가장 자주 등장하는 인접 기호 쌍을 반복해서 병합. 병합 횟수가 곧 어휘 크기를 정함.<br>"
     "원문: <a href=\"https://arxiv.org/abs/1508.07909\">https://arxiv.org/abs/1508.07909</a> / 실습은 Hugging Face Tokenizers 문서", 25),
    (1706594411720, ["ELMo", "문맥임베딩"], f"<b>{T('1802.05365')}</b><br>ELMo 표현은 biLM의 어느 층을 쓰나?",
     "모든 층의 가중합(과제별 softmax 가중치 s_j와 스케일 γ). 아래층은 구문, 위층은 의미 정보가 많다.<br>출처: arXiv:1802.05365", 4),
    (1706595002468, ["word2vec"], f"<b>{T('1301.3781')}</b><br>CBOW와 Skip-gram의 차이는?",
     "CBOW: 주변 단어로 가운데 단어 예측 / Skip-gram: 가운데 단어로 주변 단어 예측. 희귀어에는 Skip-gram이 유리.", 1),
    (1707033519842, ["ELECTRA", "사전학습"], f"<b>{T('2012.08561')}</b><br>Electric은 ELECTRA와 무엇이 다른가?",
     "생성기-판별기 구조 대신 에너지 기반 모델로 각 위치의 토큰 점수를 냄 → 재순위화에 바로 쓸 수 있음. (교수님 추천, 아직 PDF 못 찾음)", 40),
    (1707034107255, ["해석", "어텐션"], f"<b>{T('2004.10102')}</b><br>어텐션 가중치만 보면 안 되는 이유?",
     "가중치 α가 커도 변환된 벡터 f(x)의 노름이 작으면 기여가 작다 → ||αf(x)||로 분석해야 함. [CLS]·[SEP]에 몰리는 가중치는 노름으로 보면 작음.", 6),
]


def info(n):
    nid, tags, front, back, mins = n
    return {"noteId": nid, "profile": "사용자 1", "tags": tags,
            "fields": {"앞면": {"value": front, "order": 0}, "뒷면": {"value": back, "order": 1}},
            "modelName": "기본", "mod": nid // 1000 + mins * 60, "cards": [nid + 17]}


def build():
    ids = sorted(n[0] for n in NOTES)
    q1 = {"action": "findNotes", "version": 6, "params": {"query": f"deck:{DECK}"}}
    L = [PS + f"curl -s localhost:8765 -X POST -d '{json.dumps(q1, ensure_ascii=False)}'",
         json.dumps({"result": ids, "error": None})]
    q2 = {"action": "notesInfo", "version": 6, "params": {"notes": ids}}
    L += [PS + f"curl -s localhost:8765 -X POST -d '{json.dumps(q2)}' | jq '.result[] | {{noteId, tags, fields}}'"]
    for n in sorted(NOTES):
        v = info(n)
        L += json.dumps({k: v[k] for k in ("noteId", "tags", "fields")}, indent=2, ensure_ascii=False).split("\n")
    L += [PS + f"curl -s localhost:8765 -X POST -d '{json.dumps(q2)}' | jq -c '.result[] | [.noteId, .mod, .cards]'"]
    for n in sorted(NOTES):
        v = info(n)
        L += [json.dumps([v["noteId"], v["mod"], v["cards"]], separators=(",", ":"))]
    L += [PS]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
