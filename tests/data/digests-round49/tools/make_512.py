#!/usr/bin/env python3
"""512: a D2 diagram (.d2, as the d2 CLI / the D2 playground read it) that a Korean lab uses as its reading map for
RL-as-sequence-modelling and multimodal models: # comments, vars, direction, a |md title block|, containers, shapes
with quoted labels, link: / tooltip: / shape: / style fields, connections with labels, a legend. Papers: arXiv abs
URLs in link: fields (link), an "arXiv 2106.02039" tooltip (arxiv-text), labels with a venue or nothing
(title-only). Not papers: the d2 docs, a GitHub repository, a YouTube talk, the lab wiki and schedule."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F512, keys, GO


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


text = f'''# 읽기 지도: 시퀀스 모델링으로서의 강화학습 + 멀티모달 (2024 겨울 세미나)
# 렌더링: d2 --theme=300 --layout=elk reading_map.d2 reading_map.svg
# 관리: 한지우 (jiwoo.han@example.kr) / 편집 규칙은 랩 위키 "D2 지도" 페이지 참고
# 링크가 있는 노드는 SVG에서 클릭하면 바로 열림

vars: {{
  d2-config: {{
    layout-engine: elk
    theme-id: 300
  }}
  읽음: "#c8e6c9"
  예정: "#fff3c4"
}}

direction: right

title: |md
  # 겨울 세미나 읽기 지도
  매주 화요일 19:00, 공학관 402호 — 발표자는 위키 일정표 참고
| {{near: top-center}}

rl: 시퀀스 모델링으로서의 RL {{
  style.stroke-dash: 3

  dt: {q(T("2106.01345"))} {{
    link: https://arxiv.org/abs/2106.01345
    tooltip: NeurIPS 2021 · 1주차 발표: 오세린
    style.fill: ${{읽음}}
  }}
  tt: {q(T("2106.02039"))} {{
    tooltip: arXiv 2106.02039 · 빔 서치 기반 계획, 1주차
    style.fill: ${{읽음}}
  }}
  evo: {q(T("2101.03958"))} {{
    tooltip: ICLR 2021 · 손실 함수를 그래프로 탐색 (2주차)
    style.fill: ${{예정}}
  }}
  go: {q(GO)} {{
    shape: page
    tooltip: Nature 550 (2017) · 배경 지식용, 발표 없음
  }}
}}

mm: 멀티모달 {{
  clip: {q(T("2103.00020"))} {{
    tooltip: ICML 2021 · 3주차, 제로샷 평가 부분 위주로
    style.fill: ${{예정}}
  }}
  frozen: {q(T("2106.13884"))} {{
    tooltip: NeurIPS 2021 · 언어 모델 고정, 비전 인코더만 학습
    style.fill: ${{예정}}
  }}
  flamingo: {q(T("2204.14198"))} {{
    link: https://arxiv.org/abs/2204.14198
    tooltip: NeurIPS 2022 · 4주차
    style.fill: ${{예정}}
  }}
}}

rag: 검색 증강 {{
  selfrag: {q(T("2310.11511"))} {{
    link: https://arxiv.org/abs/2310.11511
    tooltip: ICLR 2024 · 5주차 (보너스)
  }}
}}

tools: 도구와 자료 (논문 아님) {{
  style.fill: "#eeeeee"
  d2docs: D2 공식 문서 {{
    link: https://d2lang.com/tour/intro
  }}
  dtrepo: decision-transformer 저장소 {{
    link: https://github.com/kzl/decision-transformer
  }}
  talk: 세미나 영상 "시퀀스 모델로 푸는 RL" {{
    link: https://www.youtube.com/@valmarina-ml-seminar
  }}
  wiki: 랩 위키 일정표 {{
    link: https://wiki.example.kr/lab/winter-seminar-2024
  }}
}}

rl.dt -> rl.tt: 같은 시기, 비교
rl.go -> rl.dt: 배경 (가치 함수 vs 시퀀스 모델)
rl.evo -> rl.dt: "탐색 vs 모방" {{style.stroke-dash: 5}}
mm.clip -> mm.flamingo: 비전 인코더
mm.frozen -> mm.flamingo: 고정된 LM 아이디어
mm.flamingo -> rag.selfrag: 다음 학기 주제 후보
rl.dt -> tools.dtrepo: 코드

legend: 범례 {{
  near: bottom-right
  a: 읽음 {{style.fill: ${{읽음}}}}
  b: 예정 {{style.fill: ${{예정}}}}
  c: 배경 자료 {{shape: page}}
}}
'''
write_only(F512, text, keys(F512))
