#!/usr/bin/env python3
"""1258: an awesome list README (Korean) whose links are checked by awesome_bot in a GitHub Actions workflow: the title
with the awesome badge and the workflow's status badge, a hand-kept 목차 (table of contents, GitHub anchors of the
Korean headings), paper tables per subsection (논문 | 학회·연도 | 링크 | 메모), tools, lectures, contributing (the
awesome_bot command line in a code block) and licence. Papers: arXiv abs / pdf links, an OpenReview forum link, an id in
the venue cell, titles alone (no link yet, `—`); repositories, docs, a course and a video are not papers."""
import os, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1258, keys

REPO = "hanbit-nlp/awesome-efficient-llm-ko"


def slug(h):
    return "".join(c for c in h.lower() if unicodedata.category(c)[0] in "LMN" or c in "-_ ").replace(" ", "-")


PAPERS = [
 ("파라미터 효율적 미세조정 (PEFT)", [
   (T("2110.04366"), "ICLR 2022", f"[OpenReview](https://openreview.net/forum?id={OR('2110.04366')})", "어댑터·프리픽스·LoRA를 하나의 틀로 정리. 입문용으로 추천"),
   (T("2303.10512"), "ICLR 2023", "[arXiv](https://arxiv.org/abs/2303.10512)", "층마다 랭크를 다르게 배분 (AdaLoRA)"),
   (T("2106.10199"), "ACL 2022 · arXiv:2106.10199", "—", "bias만 학습. 링크 깨져서 awesome_bot 실패 → 임시로 뺌"),
   (T("2205.05638"), "NeurIPS 2022", "—", "(IA)³ 와 T-Few 레시피"),
 ]),
 ("프롬프트 튜닝", [
   (T("2103.10385"), "AI Open 2023", "—", "P-tuning. 코드: [THUDM/P-tuning](https://github.com/THUDM/P-tuning)"),
 ]),
 ("추론·서빙", [
   (T("2309.06180"), "SOSP 2023", "[PDF](https://arxiv.org/pdf/2309.06180.pdf)", "PagedAttention, vLLM 논문"),
   (T("2307.08691"), "ICLR 2024", "[arXiv](https://arxiv.org/abs/2307.08691)", "FlashAttention-2"),
 ]),
 ("긴 문맥", [
   (T("2306.15595"), "arXiv 2023", "—", "RoPE 위치 보간(PI). 한국어 모델로 8k까지 늘려 본 후기 환영"),
 ]),
]
TOOLS = [
 ("huggingface/peft", "https://github.com/huggingface/peft", "LoRA·IA³·프롬프트 튜닝 구현 모음"),
 ("PEFT 문서", "https://huggingface.co/docs/peft/index", "공식 문서"),
 ("vllm-project/vllm", "https://github.com/vllm-project/vllm", "PagedAttention 기반 서빙 엔진"),
 ("Dao-AILab/flash-attention", "https://github.com/Dao-AILab/flash-attention", "`pip install flash-attn --no-build-isolation`"),
 ("bitsandbytes", "https://github.com/TimDettmers/bitsandbytes", "8비트·4비트 양자화"),
]
LECT = [
 ("모두를 위한 LLM 미세조정 (2023 겨울 특강)", "https://www.youtube.com/playlist?list=PLk3nB7qDmTzE1vQaL0x", "6강, 한국어"),
 ("Hugging Face NLP Course", "https://huggingface.co/learn/nlp-course/ko/chapter1/1", "한국어 번역본"),
]
H = ["논문", *[s for s, _ in PAPERS], "도구", "강의·영상", "기여하기", "라이선스"]
lev = {"논문": 2, "도구": 2, "강의·영상": 2, "기여하기": 2, "라이선스": 2}
toc = []
for h in H:
    toc.append(("" if lev.get(h) == 2 else "  ") + f"- [{h}](#{slug(h)})")
out = [f"# Awesome Efficient LLM 한국어 [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", "",
       f"[![awesome_bot](https://github.com/{REPO}/actions/workflows/awesome_bot.yml/badge.svg)](https://github.com/{REPO}/actions/workflows/awesome_bot.yml)",
       "", "> 적은 GPU로 대형 언어 모델(LLM)을 미세조정하고 서빙하는 방법에 관한 논문과 도구를 모았습니다. 모든 링크는 매주 월요일 "
       "[awesome_bot](https://github.com/dkhamsing/awesome_bot)으로 점검합니다.", "", "## 목차", "", *toc, "", "## 논문", "",
       "표기: 링크가 `—`인 항목은 아직 확인된 링크가 없거나 점검에 실패해 잠시 뺀 것입니다.", ""]
for sec, items in PAPERS:
    out += [f"### {sec}", "", "| 논문 | 학회·연도 | 링크 | 메모 |", "| --- | --- | --- | --- |"]
    out += [f"| {t} | {v} | {l} | {m} |" for t, v, l, m in items]
    out.append("")
out += ["## 도구", ""] + [f"- [{n}]({u}) - {d}" for n, u, d in TOOLS] + [""]
out += ["## 강의·영상", ""] + [f"- [{n}]({u}) - {d}" for n, u, d in LECT] + [""]
out += ["## 기여하기", "",
        "PR 환영합니다! 새 항목은 해당 표의 맨 아래에 추가해 주세요. PR을 올리면 아래와 같은 명령으로 awesome_bot이 링크를 확인합니다.", "",
        "```bash", "awesome_bot README.md --allow-dupe --allow-redirect --white-list openreview.net,youtube.com", "```", "",
        "설정은 [.github/workflows/awesome_bot.yml](.github/workflows/awesome_bot.yml)에 있습니다.", "",
        "## 라이선스", "",
        "[![CC0](https://licensebuttons.net/p/zero/1.0/88x31.png)](https://creativecommons.org/publicdomain/zero/1.0/)", ""]
txt = "\n".join(out)
write_only(F1258, txt, keys(F1258))
