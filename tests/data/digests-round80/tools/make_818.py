#!/usr/bin/env python3
"""818: an Eleventy (11ty 2.x) page source, `src/awesome/efficient-attention.md`, as it sits in the site repository:
YAML front matter (layout, title, tags, eleventyNavigation, permalink), Markdown run through Nunjucks first
(`{% set %}`, `{% include %}`, `{% for %}…{% endfor %}`, `{% if %}`, paired shortcode `{% callout %}…{% endcallout %}`,
`{{ … | url }}` filters, `{# … #}` comments, `{% raw %}` around a template sample), GFM tables. A Korean study
group's awesome list of efficient-attention papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys

F = by_num(818)


def a(k, n=3):
    return au(k, n, " 외")


text = f"""---
layout: layouts/awesome.njk
title: "어썸 효율적 어텐션: 긴 시퀀스를 위한 논문 모음"
description: "선형·희소·커널 어텐션, 메모리 효율 커널, 긴 문맥 벤치마크까지 — 스터디에서 읽은 순서대로 정리했습니다."
date: 2024-03-04
updated: 2024-03-06T22:41:00+09:00
tags:
  - awesome
  - attention
  - long-context
eleventyNavigation:
  key: 효율적 어텐션
  parent: 어썸 리스트
  order: 3
permalink: /awesome/efficient-attention/
ogImage: /img/og/efficient-attention.png
draft: false
---
{{#- 이 페이지는 .eleventy.js 설정에서 markdownTemplateEngine: "njk" 로 처리됨. 표 안에서 | 문자는 &#124; 로 쓸 것! -#}}
{{% set lastReviewed = "2024-03-06" %}}
{{% set maintainers = ["@minjun.k", "@seoyeon_p", "@hyunwoo"] %}}

{{% include "partials/awesome-header.njk" %}}

# {{{{ title }}}}

> 스터디 **긴 시퀀스 모임** 에서 2023년 가을부터 읽은 논문을 주제별로 모았습니다. 마지막 검토: {{{{ lastReviewed }}}}
> · 관리: {{{{ maintainers | join(", ") }}}} · 오탈자나 빠진 논문은 [저장소 이슈]({{{{ "/contributing/" | url }}}})로 알려 주세요.

{{% callout "note", "읽는 순서" %}}
처음이라면 **희소 어텐션 → 저랭크/커널 근사 → IO 관점의 정확한 어텐션 → 벤치마크** 순서를 추천합니다.
각 표의 `메모` 칸은 발표자가 남긴 한 줄 요약이고, ★ 는 스터디에서 "꼭 읽기"로 합의한 논문입니다.
{{% endcallout %}}

[[toc]]

## 1. 희소(sparse) 어텐션

| 논문 | 저자 | 링크 | 메모 |
|------|------|------|------|
| ★ {T('1904.10509')} | {a('1904.10509')} | [arXiv](https://arxiv.org/abs/1904.10509) | 고정 패턴(strided/fixed)으로 O(n√n). 이미지·오디오·텍스트 모두 실험 |
| {T('2004.05150')} | {a('2004.05150')} | [arXiv](https://arxiv.org/abs/2004.05150v2) · [코드](https://github.com/example-lab/long-doc-experiments) | 슬라이딩 윈도 + 전역 토큰. 문서 QA 실험이 유용 |

## 2. 저랭크 · 커널 근사

| 논문 | 저자 | 링크 | 메모 |
|------|------|------|------|
| {T('2006.04768')} | {a('2006.04768')} | arXiv:2006.04768 | 키·값을 길이 방향으로 투영. 인과(causal) 마스크와는 궁합이 나쁨 |
| ★ {T('2009.14794')} | {a('2009.14794')} | (ICLR 2021, 링크는 발표 슬라이드 참고) | FAVOR+ 양의 랜덤 특징. 분산 분석 부분을 천천히 읽을 것 |
| {T('2103.02143')} | {a('2103.02143')} | (ICLR 2021) | 랜덤 푸리에 특징 + 게이팅으로 최근성 편향. 위 논문과 같이 읽기 |

## 3. 풀링 · 길이 축소

| 논문 | 저자 | 링크 | 메모 |
|------|------|------|------|
| {T('2006.03236')} | {a('2006.03236')} | NeurIPS 2020 | 층이 깊어질수록 시퀀스를 풀링, 디코더로 복원. 분류 과제에서 비용 절감 |

## 4. 하드웨어 관점: 정확한 어텐션을 빠르게

| 논문 | 저자 | 링크 | 메모 |
|------|------|------|------|
| ★ {T('2205.14135')} | {a('2205.14135')} | [arXiv](https://arxiv.org/abs/2205.14135) | 타일링 + 재계산으로 HBM 읽기/쓰기 최소화. 근사 없음 |

{{% callout "tip", "직접 돌려 보기" %}}
커널 구현은 논문이 아니라 라이브러리 문서를 보는 게 빠릅니다: xFormers 의 `memory_efficient_attention`,
PyTorch 2.x 의 `scaled_dot_product_attention`, Triton 공식 튜토리얼 *Fused Attention*.
{{% endcallout %}}

## 5. 벤치마크

| 논문 | 저자 | 링크 | 메모 |
|------|------|------|------|
| ★ {T('2011.04006')} | {a('2011.04006')} | [OpenReview](https://openreview.net/forum?id=qVyeW-grC2k) | ListOps, 텍스트, 검색, 이미지, Pathfinder 다섯 과제. 모델 비교 표가 핵심 |

## 논문이 아닌 자료

| 종류 | 자료 | 메모 |
|------|------|------|
| 블로그 | Lil'Log — *The Transformer Family Version 2.0* | 변형 모델 총정리, 그림이 좋음 |
| 블로그 | *The Illustrated Transformer* (Jay Alammar) | 입문용 |
| 강의 | Stanford CS25: Transformers United | 게스트 강연 영상 |
| 책 | *Dive into Deep Learning* 11장 (어텐션 메커니즘과 트랜스포머) | 한국어 번역판 있음 |
| 라이브러리 | xFormers, `torch.nn.functional.scaled_dot_product_attention` | 구현 참고 |
| 저장소 | `lucidrains/linear-attention-transformer` | 여러 선형 어텐션 변형을 한 코드베이스에 |

## 관련 페이지

{{% for item in collections.awesome | reverse %}}
{{%- if item.url != page.url %}}
- [{{{{ item.data.title }}}}]({{{{ item.url | url }}}}) <small>({{{{ item.date | dateKo }}}})</small>
{{%- endif %}}
{{% endfor %}}

## 기여 방법

새 항목은 아래 형식으로 PR을 보내 주세요. 표 셀 안의 세로 막대는 `&#124;` 로 이스케이프해야 표가 깨지지 않습니다.

{{% raw %}}
```njk
| {{{{ 논문 제목 }}}} | {{{{ 저자 }}}} 외 | [arXiv](https://arxiv.org/abs/{{{{ id }}}}) | 한 줄 메모 |
```
{{% endraw %}}

{{# TODO(seoyeon_p): 상태 공간 모델 섹션은 별도 페이지로 분리 예정 #}}
{{% include "partials/awesome-footer.njk" %}}
"""
write_only(F, text, keys(F))
