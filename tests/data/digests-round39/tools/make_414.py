#!/usr/bin/env python3
"""414: the input file of an OpenAI Batch API job (batch_w19_input.jsonl) written by the editor of a Korean weekly
LLM newsletter: JSON Lines as json.dumps(…, ensure_ascii=False) writes them (", " and ": " separators, Korean kept),
one request per line — custom_id, method "POST", url "/v1/chat/completions", body with model, messages (the same
Korean system prompt, then a user message with the paper and the editor's note), temperature, max_tokens. Papers: a
user message with an arxiv.org abs/pdf link (link), a custom_id "arxiv-ID" or "arXiv: ID" in the message (arxiv-text),
or the title alone — after "제목:", in escaped double quotes inside a Korean sentence, with a trailing period inside the
quotes, in lower case, followed by the venue (title-only; GPT-2's report is not on arXiv). Not papers: the style
guide, metaseq and OpenFlamingo repositories, the LMSYS leaderboard, a Hugging Face blog post, a YouTube talk, the
Dodrio demo page, Llama 2 / OpenFlamingo / Chatbot Arena (names only)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F414, keys, GPT2

SYSTEM = ("당신은 주간 뉴스레터 「LLM 읽기」의 편집자입니다. 사용자가 주는 논문(또는 글) 정보와 편집자 메모를 바탕으로 "
          "한국어 요약을 작성하세요. 형식: (1) 한 줄 요약 (2) 핵심 기여 3개 (3) 한계 1개. 논문에 없는 내용은 추측하지 말고, "
          "모델·데이터셋 이름은 영어 그대로 두세요. 문체 가이드: https://newsletter.example.kr/style-guide")
R = [  # custom_id, user message
 ("w19-01", f"제목: {T('2302.13971')}\n저자: Hugo Touvron, Thibaut Lavril, Gautier Izacard 외\n링크: https://arxiv.org/abs/2302.13971\n\n"
            "편집자 메모: 공개 데이터만으로 학습한 7B–65B 모델. Llama 2와 헷갈리지 않게 2023년 2월 원 논문 기준으로 요약할 것."),
 ("arxiv-2205.01068", f"제목: {T('2205.01068')}\narXiv: 2205.01068\n\n"
            "편집자 메모: 학습 로그북(logbook) 공개 부분을 꼭 언급. 코드는 https://github.com/facebookresearch/metaseq 이지만 요약에는 링크를 넣지 말 것."),
 ("w19-03", f"제목: {T('2203.02155')}\n링크: https://arxiv.org/pdf/2203.02155.pdf\n\n"
            "편집자 메모: RLHF 3단계(SFT → 보상 모델 → PPO)를 그림 없이 설명. 분량은 다른 글의 1.5배까지 허용."),
 ("arxiv-2306.05685", f"제목: {T('2306.05685')} (NeurIPS 2023 Datasets and Benchmarks)\n\n"
            "편집자 메모: 리더보드(https://chat.lmsys.org/?leaderboard) 순위는 매주 바뀌므로 숫자를 쓰지 말 것."),
 ("w19-05", f"다음 논문을 요약해 주세요.\n\n\"{T('2206.04615')}.\" (TMLR 2023)\n\n"
            "편집자 메모: 과제 200여 개를 다 소개하지 말고, 규모에 따라 성능이 갑자기 오르는 과제를 다룬 그림 하나만 설명."),
 ("w19-06", f"제목: {GPT2}\n출처: OpenAI 기술 보고서, 2019 (arXiv에 없음)\n\n"
            "편집자 메모: 1.5B 모델 공개 보류 논란은 한 문장으로만."),
 ("w19-07", f"이번 호 '디코딩' 코너입니다. 논문 \"{T('1904.09751')}\"(ICLR 2020)의 nucleus sampling을 top-k 샘플링과 비교해서 설명해 주세요."),
 ("w19-08", f"제목: {T('2106.13884')}\n학회: NeurIPS 2021\n\n편집자 메모: 다음 두 글(Flamingo, BLIP-2) 앞에 배치할 배경 논문. 짧게."),
 ("arxiv-2204.14198", f"제목: {T('2204.14198')}\n\n"
            "편집자 메모: Perceiver resampler와 gated cross-attention만 설명. 공개 재현 모델 OpenFlamingo(https://github.com/mlfoundations/open_flamingo)는 별도 박스로."),
 ("w19-10", f"제목: {T('2301.12597')}\n링크: https://arxiv.org/abs/2301.12597v3\n\n편집자 메모: Q-Former의 2단계 학습을 중심으로."),
 ("w19-11", f"제목: {T('2303.15343').lower()}\n(슬랙에서 복사한 제목이라 대소문자 확인 필요)\n\n편집자 메모: 배치 크기와 손실 함수의 관계 위주로. CLIP과의 비교 표 하나."),
 ("w19-12", f"제목: {T('2103.14625')}\n학회: ACL 2021 System Demonstrations\n데모: https://poloclub.github.io/dodrio/\n\n"
            "편집자 메모: '도구 소개' 코너용. 3문장 이내."),
 ("w19-13", "다음 글을 요약해 주세요(논문 아님, '읽을거리' 코너): Hugging Face 블로그 \"What's going on with the Open LLM Leaderboard?\" "
            "https://huggingface.co/blog/open-llm-leaderboard-mmlu"),
 ("w19-14", "다음 강연을 요약해 주세요(논문 아님): Andrej Karpathy, \"Intro to Large Language Models\" (YouTube, 1시간) "
            "https://www.youtube.com/watch?v=zjkBMFhNj_g — 자막 파일을 첨부하지 않았으니 설명란과 챕터 제목만 근거로 쓸 것."),
]
lines = []
for cid, msg in R:
    o = {"custom_id": cid, "method": "POST", "url": "/v1/chat/completions",
         "body": {"model": "gpt-4o-mini", "messages": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": msg}],
                  "temperature": 0.3, "max_tokens": 1200 if cid == "w19-03" else 900}}
    lines.append(json.dumps(o, ensure_ascii=False))
text = "\n".join(lines) + "\n"
strings = "\n".join(json.loads(l)["body"]["messages"][1]["content"] for l in lines)
write_only(F414, text, keys(F414), forms=[strings])
