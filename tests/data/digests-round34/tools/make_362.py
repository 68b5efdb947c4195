#!/usr/bin/env python3
"""362: a Korean Velog post as its author keeps the Markdown (copied from the Velog editor with the page header
pasted above it): title, "작성자 · 날짜" line, tags as "#태그" chips, the series box ("시리즈 | 논문 읽기 · 4/7"), a
"> 요약" quote, "## " sections per model family, each paper as "> 논문: [title](link)" or a title in ** ** with
authors and venue after, a comparison table, images on velog.velcdn.com, the 이전 포스트 / 다음 포스트 links, the
like count and "0개의 댓글". Papers: arXiv abs/pdf links (link), "arXiv:ID" (arxiv-text), titles in bold, in
quotes or in the table without a link (title-only). Hugging Face model cards, the LLaVA demo, the SA-1B dataset
and other Velog posts are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F362, keys

text = f"""# [논문 읽기] 비전-언어 모델 한 번에 정리: CLIP부터 LLaVA까지

**hyunseo_dev** · 2024년 2월 18일

#VLM #멀티모달 #논문리뷰 #CLIP #LLaVA

> **논문 읽기** 시리즈 · 4/7
> 이전: Diffusion 기초 정리 · 다음: RAG 평가 방법론

---

> 요약: 이미지-텍스트 대조학습(CLIP 계열) → 고정된 LLM에 시각 정보 붙이기(Frozen, Flamingo, BLIP-2) → 시각 instruction tuning(LLaVA) 순서로 읽으면 흐름이 잘 보입니다. 마지막에 비전 백본 두 개(SAM, DINOv2)도 같이 정리했어요.

회사에서 사내 문서 이미지 QA 프로젝트를 시작하면서 VLM 논문들을 다시 읽었습니다. 논문마다 핵심 아이디어 한 줄 + 제가 실험하면서 느낀 점 위주로 적었습니다. 틀린 부분 있으면 댓글로 알려주세요 🙏

## 1. 대조학습으로 이미지-텍스트 정렬하기

### CLIP

> 논문: [{T('2103.00020')}](https://arxiv.org/abs/2103.00020)

4억 쌍의 이미지-캡션으로 이미지 인코더와 텍스트 인코더를 대조학습합니다. "a photo of a {{label}}" 같은 프롬프트만 바꿔서 zero-shot 분류가 되는 게 핵심이에요.

![clip-overview](https://velog.velcdn.com/images/hyunseo_dev/post/3b1f0c2e-7a44-4d1e-9a0b-5c2d8e6f1a90/image.png)

### ALIGN

구글의 **{T('2102.05918')}** (Jia et al., ICML 2021). 필터링을 거의 안 한 18억 쌍의 노이즈 많은 데이터로도 규모로 밀어붙이면 된다는 논문입니다. CLIP과 구조는 거의 같아요.

### SigLIP

Zhai et al.의 「{T('2303.15343')}」(ICCV 2023). softmax 대신 쌍별 sigmoid loss를 써서 배치 크기에 덜 민감합니다. 저희처럼 GPU가 적은 팀에게 특히 좋았어요. 허깅페이스 모델 카드(`google/siglip-base-patch16-224`)는 논문이 아니니 참고만.

## 2. 고정된 LLM에 눈 달아주기

- **Frozen**: {T('2106.13884')} — 비전 인코더만 학습해서 LLM의 prefix 임베딩을 만들어 줍니다. few-shot 멀티모달의 시작점.
- **Flamingo**: [{T('2204.14198')}](https://arxiv.org/pdf/2204.14198.pdf) — Perceiver Resampler + gated cross-attention. 이미지와 텍스트가 섞인 입력을 처리합니다.
- **BLIP-2**: {T('2301.12597')} (arXiv:2301.12597) — Q-Former 하나로 이미지 인코더와 LLM을 연결. 학습 비용이 정말 적어요.

## 3. 시각 instruction tuning

> 논문: [{T('2304.08485')}](https://arxiv.org/abs/2304.08485v2)

GPT-4로 만든 멀티모달 instruction 데이터로 튜닝한 LLaVA. 데모 사이트(llava-vl 데모)로 먼저 감을 잡고 읽는 걸 추천합니다.

## 4. 덤: 비전 백본

| 모델 | 논문 | 비고 |
| --- | --- | --- |
| SAM | {T('2304.02643')} | SA-1B 데이터셋(11M 이미지, 1B+ 마스크)은 별도 |
| DINOv2 | {T('2304.07193')} | frozen feature로 linear probe만 해도 강함 |

## 마치며

다음 글에서는 문서 이미지 QA에 LLaVA 계열을 파인튜닝한 실험 결과를 공유하겠습니다. 읽어주셔서 감사합니다!

---

[hyunseo_dev](https://velog.io/@hyunseo_dev) · 데이터로 말하는 ML 엔지니어

← 이전 포스트 [Diffusion 기초 정리: DDPM 수식 따라가기](https://velog.io/@hyunseo_dev/diffusion-basics)
다음 포스트 → [RAG 평가 방법론 정리](https://velog.io/@hyunseo_dev/rag-eval)

♥ 42

0개의 댓글

댓글 작성
"""
write_only(F362, text, keys(F362))
