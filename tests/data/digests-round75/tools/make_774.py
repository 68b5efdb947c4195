#!/usr/bin/env python3
"""774: a Neorg note (`~/notes/reading/peft.norg`, Neovim + nvim-neorg): the @document.meta … @end block that
core.esupports.metagen writes (title, description, authors, categories as a bracketed list, created / updated
'YYYY-MM-DDTHH:MM:SS+0900', version 1.1.1), '*' / '**' / '***' headings with content indented under them,
'-' / '--' unordered and '~' ordered lists, TODO states '( )' '(x)' '(-)' '(!)' '(=)' '(_)', links
'{https://…}[text]', '{:file:}[text]', '{* heading}', attached modifiers */…/ `…` _…_, '>' quotes, '$ term' definitions,
'@code lang' … '@end' verbatim blocks, '___' rule. Korean reading notes on parameter-efficient fine-tuning."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys

F = by_num(774)
A = lambda k: f"https://arxiv.org/abs/{k}"

text = f"""@document.meta
title: PEFT 읽기 노트
description: 2024 봄 학기 PEFT 스터디 - 논문 목록, 발표 분담, 실험 메모
authors: [
  jiwoo
]
categories: [
  reading
  peft
  llm
]
created: 2024-02-14T22:41:08+0900
updated: 2024-03-06T00:17:52+0900
version: 1.1.1
@end

* 개요
  스터디: 매주 목요일 19:00, 공학관 5층 세미나실 (온라인 병행).
  목표: 전체 미세조정 없이 적은 파라미터로 적응시키는 방법들을 비교하고,
  우리 한국어 요약 태스크에 직접 적용해 본다.

  > 원칙: 발표자는 /원문/을 읽고 오기. 블로그 요약만 보고 오면 안 됨.

  - 관련 노트: {{:reading/index:}}[읽기 목록 인덱스], {{:lab/gpu-schedule:}}[GPU 예약표]
  - 발표 분담은 {{* 발표 일정}} 참고

* 논문 목록
** 어댑터와 프롬프트 계열
   - (x) {{{A('1902.00751')}}}[{T('1902.00751')}]
   -- {au('1902.00751', 3)}. 트랜스포머 층 사이에 병목 어댑터 삽입.
   -- 발표: 민준 (2/22 완료)
   - (x) {T('2101.00190')}
   -- {au('2101.00190')}. 각 층의 key/value 앞에 연속 벡터를 붙임.
   -- 링크는 학회 버전(ACL 2021) PDF를 공유 드라이브에 올려 둠.
   - (-) {T('2104.08691')}
   -- {au('2104.08691')}. 모델 크기가 커질수록 전체 미세조정과 격차가 줄어듦.
   -- 서연이 읽는 중
   - ( ) {{{A('2103.10385')}}}[{T('2103.10385')}]
   -- {au('2103.10385', 3)}. 학습 가능한 연속 프롬프트 + 프롬프트 인코더(양방향 순환 신경망).

** 저랭크 / 양자화 계열
   - (x) {T('2106.09685')} (arXiv:2106.09685)
   -- {au('2106.09685', 3)}.
   -- 핵심: $\\Delta W = BA$, rank r ≪ d. 추론 시 가중치에 병합 가능 → 지연 없음.
   - (!) {{{A('2305.14314')}}}[{T('2305.14314')}]
   -- {au('2305.14314', 3)}. 4비트 NF4 + 이중 양자화 + 페이지드 옵티마이저.
   -- *다음 주 발표*, 실험 재현 포함 (A6000 1장으로 7B 가능한지)

** 퓨샷 / 비교 연구
   - ( ) {T('2205.05638')}
   -- {au('2205.05638', 3)}. (IA)^3 방식: 활성값에 학습 가능한 벡터를 곱함.
   -- 인컨텍스트 학습과의 비용 비교 표가 발표 포인트.

** 분석 도구
   - (=) {T('2103.14625')}
   -- {au('2103.14625')}. 어텐션 시각화 도구 논문. 우리 어댑터 모델 분석에 쓸 수 있을지 보류.
   -- 데모 사이트는 논문이 아님 (웹 도구) - 발표에서는 논문만 다룸.

* 발표 일정
  ~ 2/22 어댑터 — 민준
  ~ 2/29 프리픽스 / 프롬프트 — 서연
  ~ 3/7 저랭크 + 4비트 — 지우
  ~ 3/14 퓨샷 비교, 분석 도구 — 하은
  ~ 3/21 (휴강) 중간고사 주간

* 실험 메모
** 환경
   - 라이브러리: `peft` 0.9.0, `transformers` 4.38, `bitsandbytes` 0.42 (소프트웨어, 논문 아님)
   - 데이터: 사내 요약 데이터 v3 + 공개 데이터셋 (AI Hub 문서요약 텍스트)

** 설정 예시
   @code python
   from peft import LoraConfig, get_peft_model

   config = LoraConfig(
       r=16, lora_alpha=32, lora_dropout=0.05,
       target_modules=["q_proj", "v_proj"],
       task_type="CAUSAL_LM",
   )
   model = get_peft_model(base_model, config)
   model.print_trainable_parameters()
   @end

** 결과 (ROUGE-L, 검증셋)
   - 전체 미세조정: 학습 파라미터 100%, ROUGE-L 41.2
   - 어댑터: 1.9%, 40.1
   - 저랭크 r=16: 0.4%, 40.6
   - 4비트 + 저랭크 r=16: 0.4%, 40.3 (메모리 절반 이하)

   - (_) 프롬프트 튜닝 실험 → 수렴 불안정해서 취소
   - (?) 학습률 스케줄 영향? 다음 주에 다시 확인

* 용어
  $ PEFT
    Parameter-Efficient Fine-Tuning. 사전학습 가중치는 고정하고 소수의 추가/선택 파라미터만 학습.
  $ NF4
    4비트 NormalFloat 자료형. 정규분포 가정하의 분위수 기반 양자화.

* 회의 메모
** 2/29
   - 프리픽스 방식은 생성 태스크에서 안정적이지만 초기화에 민감하다는 의견.
   - 프롬프트 길이 20 vs 100 비교는 /우리 데이터/에서는 차이가 작았음.
   - 질문: 어댑터 위치(어텐션 뒤 vs FFN 뒤)에 따라 성능 차이가 얼마나 나는가? → 민준이 추가 실험
** 2/22
   - 첫 모임. 발표 순서 확정, 노트는 이 파일 하나로 관리 (git 저장소 `notes`에 커밋).
   - GPU 예약: 금요일 오후는 다른 팀 우선, 주말은 자유.
   - 다음 학기에는 멀티모달 쪽 PEFT도 다뤄 보자는 제안 - 보류.

___

* 참고 (논문 아님)
  - {{https://huggingface.co/docs/peft/index}}[Hugging Face PEFT 문서]
  - {{https://www.youtube.com/watch?v=Us5ZFp16PaU}}[유튜브 강의: 효율적 미세조정 개요]
  - 블로그: {{https://sebastianraschka.com/blog/}}[Ahead of AI (Sebastian Raschka)]
"""
text = text.replace("et al..", "et al.")
write_only(F, text, keys(F))
