#!/usr/bin/env python3
"""493: a Mermaid mindmap (.mmd, as the Mermaid Live Editor / mermaid-cli read it) of a Korean study group's map of
LLM agents, alignment and evaluation: YAML front matter (title, config), `mindmap`, a root node, nodes indented by
spaces with shapes ((…)), […], (…), {{…}}, quoted "…" and markdown "`…`" labels, ::icon() lines, %% comments.
Papers: arXiv abs URLs in labels / comments (link), an OpenReview forum URL (link), "arXiv:ID" (arxiv-text), titles
in quoted labels with venues or nothing (title-only). Not papers: the LangChain / AutoGPT repositories, the
MineDojo site, the Open LLM Leaderboard, a YouTube talk, a study-group schedule."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F493, keys

text = f'''---
title: LLM 에이전트 스터디 — 읽기 지도 (2024 가을)
config:
  theme: forest
  mindmap:
    padding: 12
---
%% 스터디: 매주 목요일 20:00, 디스코드 음성 채널 "논문방"
%% 지도 관리: 박서연 (seoyeon.park@example.kr), 발표 순서는 노션 페이지 참고
%% mermaid-cli 로 PNG 뽑기: mmdc -i agents_map.mmd -o agents_map.png -w 2400
mindmap
  root((LLM 에이전트))
    ::icon(fa fa-robot)
    추론과 행동
      react["{T("2210.03629")}"]
        %% ICLR 2023 — https://openreview.net/forum?id={OR("2210.03629")}
        r1("Thought → Action → Observation 반복")
        r2("HotpotQA, ALFWorld 실험 재현은 3주차")
      toolformer["{T("2302.04761")}"]
        %% NeurIPS 2023 논문집 버전으로 읽기 (부록의 API 목록 포함)
        t1("자기지도 방식으로 API 호출을 삽입")
      도구 생태계
        lc[LangChain 에이전트 문서]
        agpt[AutoGPT 저장소 — 논문 아님]
    구현된 에이전트
      voyager["`**{T("2305.16291")}**
      https://arxiv.org/abs/2305.16291`"]
        v1(자동 커리큘럼)
        v2(스킬 라이브러리 = 실행 가능한 코드)
        v3[MineDojo 환경 설치 메모는 노션에]
      시퀀스 모델링으로서의 RL
        tt["{T("2106.02039")}"]
          %% https://arxiv.org/abs/2106.02039 (Janner, Li, Levine — NeurIPS 2021)
          tt1(빔 서치로 계획하기)
    정렬
      ::icon(fa fa-balance-scale)
      instructgpt["{T("2203.02155")}"]
        %% NeurIPS 2022, 본문 그림 2 (SFT → RM → PPO) 발표 자료에 넣기
        i1(SFT)
        i2(보상 모델)
        i3(PPO)
    평가
      agentbench["{T("2308.03688")}"]
        %% 원문 arXiv:2308.03688 (ICLR 2024)
        ab1{{{{8개 환경: OS, DB, 지식그래프 등}}}}
      bigbench["{T("2206.04615")}"]
        %% TMLR 2023
        bb1(204개 과제, 창발 논의)
      mmlu["{T("2009.03300")}"]
        %% ICLR 2021
        m1(57개 과목 객관식)
      lb[Open LLM Leaderboard — 점수 비교용]
    다음 학기 후보
      멀티에이전트 토론
      장기 기억
      %% 김도윤 님이 발표하신 "에이전트 평가의 함정" 유튜브 영상도 링크 걸어두기
'''
write_only(F493, text, keys(F493))
