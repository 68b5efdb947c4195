#!/usr/bin/env python3
"""1888: a Korean reading group's Stylus user style (`arxiv-윤독.user.css`, UserCSS): the `==UserStyle==` metadata
comment (@name, @namespace, @version, @description, @author, @license, @preprocessor stylus, two @var settings) and
`@-moz-document` blocks — one for the group's eight papers' arXiv / OpenReview pages (url() of `/abs/`, `/pdf/…`,
`http://` forms and an OpenReview forum) with a comment per page, one for Google Scholar result titles (title-only:
the three reserve papers, matched by a title attribute selector and listed in the header comment) and one for
arXiv listing pages. Non-papers (a repository, a blog post, a talk) in comments. LF, a final newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1888)
BT = OR("2011.06182")


def build():
    L = ["/* ==UserStyle==",
         "@name           arXiv 윤독 하이라이트",
         "@namespace      github.com/yoon-dokhoe/userstyles",
         "@version        1.3.0",
         "@description    윤독 모임 이번 학기 논문을 arXiv, OpenReview, Google Scholar에서 눈에 띄게 표시합니다",
         "@author         박지훈 <jihoon.park@dokhoe.example.kr>",
         "@license        MIT",
         "@preprocessor   stylus",
         "@var color  accent   \"강조 색\"   #ffe08a",
         "@var number borderW  \"왼쪽 테두리 두께\" [4, 1, 10, 1, \"px\"]",
         "==/UserStyle== */",
         "",
         "/* 이번 학기 (2024년 봄) 발표 순서",
         " *  3/7   " + T("2006.07733"),
         " *  3/14  " + T("2103.03230"),
         " *  3/21  " + T("2004.11362"),
         " *  3/28  " + T("2010.04592") + " (arXiv 2010.04592, 윤서연 발표)",
         " *  4/4   " + T("2011.06182") + " (ICLR 제출본으로 읽음)",
         " * 예비 목록 (링크 미정, Scholar에서 제목으로만 찾음)",
         " *  - " + T("2011.04419"),
         " *  - " + T("2006.06882"),
         " *  - " + T("2106.08254"),
         " * 논문 아님: lightly 라이브러리(https://github.com/lightly-ai/lightly), Lilian Weng 블로그 글",
         " * \"Contrastive Representation Learning\", 3/14 세미나 녹화(https://tv.dokhoe.example.kr/2024-03-14)",
         " */",
         "",
         "@-moz-document url(\"https://arxiv.org/abs/2006.07733\"),",
         "  url(\"https://arxiv.org/pdf/2103.03230.pdf\"),",
         "  url-prefix(\"http://arxiv.org/abs/2004.11362\"),",
         f"  url(\"https://openreview.net/forum?id={BT}\") {{",
         "  /* 3/7 BYOL, 3/14 Barlow Twins, 3/21 SupCon, 4/4 Bi-tuning (OpenReview 포럼) */",
         "  h1.title,",
         "  .forum-title h2",
         "    background accent",
         "    border-left borderW solid darken(accent, 30%)",
         "    padding 2px 8px",
         "",
         "  h1.title::after,",
         "  .forum-title h2::after",
         "    content \" · 윤독\"",
         "    font-size 0.6em",
         "    color #8a6d00",
         "}",
         "",
         "@-moz-document domain(\"scholar.google.com\"), domain(\"scholar.google.co.kr\") {",
         "  /* 예비 목록은 ID가 없어서 제목 텍스트를 data 속성으로 넣는 북마클릿과 같이 씀 */",
         f"  .gs_rt[data-yoon=\"{T('2011.04419')}\"],",
         f"  .gs_rt[data-yoon=\"{T('2006.06882')}\"],",
         f"  .gs_rt[data-yoon=\"{T('2106.08254')}\"]",
         "    outline 2px dashed accent",
         "    outline-offset 2px",
         "}",
         "",
         "@-moz-document url-prefix(\"https://arxiv.org/list/cs.CV/\"), url-prefix(\"https://arxiv.org/list/cs.LG/\") {",
         "  /* 목록 페이지: 초록 링크 옆 번호를 굵게 */",
         "  dl dt a[title=\"Abstract\"]",
         "    font-weight 700",
         "}"]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
