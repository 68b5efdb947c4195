#!/usr/bin/env python3
"""919: one page of a Korean study group's Retype documentation site (`docs/papers/efficient-attention.md`, the
Markdown source as kept in the repository): YAML front matter with Retype's page keys (label, icon, order, author,
date, tags), one H1, Retype components — `[!badge …]` badges, a `!!!` callout, `+++` tabs, a collapsed `==-` panel
closed by `===`, `[!embed](…)` and `[!ref …](…)` — and GitHub-style tables (논문 / 학회 / 링크 / 코드 / 메모). Papers are
written by full title in the first column; the link column has an arXiv or OpenReview link, an arXiv id in code
(`arXiv:2004.11886`) or a dash. The xFormers and flash-attention repositories, HazyResearch's blog, a YouTube talk
and the next page are not papers; `PI`, `FA2`, `LSRA` are nicknames next to full titles. LF, final newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, OR, write_only
from make_expected import by_num, keys

F = by_num(919)
K = dict(feedback="2002.09402", bigbird="2007.14062", hyena="2302.10866", fa2="2307.08691", lite="2004.11886",
         synth="2005.00743", txl="1901.02860", pi="2306.15595")
HEAD = "| 논문 | 학회 | 링크 | 코드 | 한 줄 메모 |\n| --- | :-: | :-: | --- | --- |"


def row(*cells):
    return "| " + " | ".join(cells) + " |"


text = "\n".join([
    "---",
    "label: 효율적 어텐션 · 긴 문맥",
    "icon: zap",
    "order: 80",
    "author:",
    "  name: 한지수",
    "  email: jisu.han@attn-study.example.kr",
    "date: 2024-02-18",
    "tags: [attention, long-context, papers]",
    "---",
    "# 효율적 어텐션 · 긴 문맥 논문 모음",
    "",
    '[!badge variant="info" text="마지막 업데이트 2024-02-18"] [!badge variant="warning" text="스터디 4기"]',
    "",
    "스터디에서 읽었거나 읽을 예정인 논문을 주제별로 모았습니다. 빠진 논문은 PR 로 추가해 주세요 (표 형식 그대로, 제목은 "
    "**논문에 적힌 그대로** 써 주세요. 약칭만 쓰면 검색이 안 됩니다 🙏).",
    "",
    "!!!",
    "⭐ 는 스터디에서 발표한 논문, 🔁 는 다시 읽자는 요청이 있었던 논문입니다. 발표 자료는 드라이브 `4기/발표자료` 폴더에 있어요.",
    "!!!",
    "",
    "## 희소 · 경량 어텐션",
    "",
    HEAD,
    row("⭐ " + T(K["bigbird"]), "NeurIPS 2020", "[arXiv](https://arxiv.org/abs/2007.14062)",
        "[google-research/bigbird](https://github.com/google-research/bigbird)",
        "랜덤 + 윈도우 + 글로벌 토큰. 이론 파트(튜링 완전성)는 발표 때 건너뜀"),
    row(T(K["synth"]), "ICML 2021", "—", "—",
        "토큰끼리 내적 안 해도 된다? Dense / Random Synthesizer 비교 표가 핵심"),
    row(T(K["lite"]) + " (LSRA)", "ICLR 2020", "`arXiv:2004.11886`",
        "[mit-han-lab/lite-transformer](https://github.com/mit-han-lab/lite-transformer)",
        "모바일용. 어텐션 헤드 절반을 conv 로"),
    "",
    "## 메모리 · 재귀",
    "",
    HEAD,
    row("⭐🔁 " + T(K["txl"]), "ACL 2019", "—",
        "[kimiyoung/transformer-xl](https://github.com/kimiyoung/transformer-xl)",
        "세그먼트 재귀 + 상대 위치 인코딩. 2회 발표함"),
    row(T(K["feedback"]), "2020", "[OpenReview](https://openreview.net/forum?id=" + OR(K["feedback"]) + ")", "—",
        "상위 층 표현을 다음 스텝 하위 층에 피드백. 학습이 느린 게 단점"),
    "",
    "## 합성곱 · 긴 문맥",
    "",
    HEAD,
    row("⭐ " + T(K["hyena"]), "ICML 2023", "[arXiv](https://arxiv.org/abs/2302.10866)",
        "[HazyResearch/safari](https://github.com/HazyResearch/safari)",
        "암시적 긴 합성곱 + 게이팅, 어텐션 없이 GPT 급 perplexity"),
    "",
    "## 시스템 · 문맥 확장",
    "",
    "+++ 커널",
    HEAD,
    row("⭐ " + T(K["fa2"]) + " (FA2)", "ICLR 2024", "[arXiv](https://arxiv.org/abs/2307.08691)",
        "[Dao-AILab/flash-attention](https://github.com/Dao-AILab/flash-attention)",
        "시퀀스 길이 방향 병렬화, A100 에서 FA1 대비 약 2배"),
    "+++ 문맥 확장",
    HEAD,
    row("🔁 " + T(K["pi"]) + " (PI)", "arXiv 2023", "—", "—",
        "RoPE 위치를 늘리지 말고 눌러 담자. 1000 스텝 파인튜닝이면 32k"),
    "+++",
    "",
    "==- 같이 보면 좋은 자료 (논문 아님)",
    "- [xFormers](https://github.com/facebookresearch/xformers) — 메모리 효율 어텐션 커널 모음",
    "- HazyResearch 블로그의 Hyena 소개 글: https://hazyresearch.stanford.edu/blog/2023-03-07-hyena",
    "- 긴 문맥 모델 세미나 영상:",
    "",
    "[!embed](https://www.youtube.com/watch?v=Kq3t9vPv2Yc)",
    "===",
    "",
    '[!ref text="다음: 상태 공간 모델 (S4, Mamba)"](state-space.md)',
    "",
])
write_only(F, text, keys(F))
