#!/usr/bin/env python3
"""1157: a K-MOOC course's "강의계획서" (syllabus) tab on Open edX (LMS static tab), saved by the browser as
"Webpage, HTML only": the `saved from url=(NNNN)` comment (NNNN = the URL's length, computed), the LMS header and
course tabs, the static-tab wrapper holding the instructor's HTML (an intro, a week table with dates, Korean weekdays
computed from the dates, readings per week, a midterm / holiday row), and the footer. Korean. Non-papers: a textbook,
a video lecture, a quiz; nicknames (LeNet-5, Xavier 초기화, LSTM) sit next to the full titles."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1157, keys, BP, LSTM, LENET, GLOROT

URL = "https://www.kmooc.kr/courses/course-v1:HKUk+DLMATH101+2024_2/a1f3c09e7b2d4e5f8c6a0b1d2e3f4a5b/"
WD = "월화수목금토일"


def d(m, day):
    x = dt.date(2024, m, day)
    return f"{x.month}/{x.day}({WD[x.weekday()]})"


weeks = [
    (1, d(9, 2), "강좌 소개, 신경망과 손실 함수", "교재 1–2장 (Goodfellow 외, <em>Deep Learning</em>, MIT Press) — 논문 아님, 배경지식용", "퀴즈 0 (진단)"),
    (2, d(9, 9), "역전파의 유도",
     f"Rumelhart, Hinton &amp; Williams (1986). {T(BP)}. <i>Nature</i> 323, 533–536.", "3Blue1Brown 영상 “Backpropagation calculus” 참고"),
    (3, d(9, 16), "추석 연휴 — 휴강", "", "보강 영상 업로드 예정"),
    (4, d(9, 23), "합성곱 신경망",
     f"LeCun 외 (1998). {T(LENET)}. <i>Proceedings of the IEEE</i> 86(11). ← LeNet-5 논문, 46쪽이라 I–II절만", ""),
    (5, d(9, 30), "초기화와 학습의 어려움",
     f"Glorot &amp; Bengio (2010). {T(GLOROT)}. AISTATS. (일명 Xavier 초기화)", "실습 1: 초기화 비교"),
    (6, d(10, 7), "순환 신경망과 기울기 소실",
     f"Hochreiter &amp; Schmidhuber (1997). {T(LSTM)}. <i>Neural Computation</i> 9(8).", ""),
    (7, d(10, 14), "어텐션의 등장",
     f'<a href="https://arxiv.org/abs/1409.0473" target="_blank">{T("1409.0473")}</a> (Bahdanau 외, ICLR 2015)', ""),
    (8, d(10, 21), "중간고사", "", "온라인 시험 (90분)"),
    (9, d(10, 28), "비볼록 최적화는 왜 잘 되는가",
     f'Tengyu Ma, “{T("2103.13462")}” <a href="https://arxiv.org/pdf/2103.13462" target="_blank">[PDF]</a> — 책의 한 장(chapter)이지만 arXiv에 있음', ""),
    (10, d(11, 4), "고유값 문제와 게임 이론",
     f'<a href="https://arxiv.org/abs/2010.00554" target="_blank">{T("2010.00554")}</a> (Gemp 외, ICLR 2021)', "실습 2: PCA 구현"),
    (11, d(11, 11), "분산·연합 학습의 최적화",
     f"Acar 외, {T('2111.04263')} (FedDyn, arXiv:2111.04263 — ICLR 2021판 참고)", ""),
    (12, d(11, 18), "기말 프로젝트 발표", "", "조별 10분"),
]
rows = "\n".join(
    f"""      <tr>
        <td class="wk">{n}주차</td>
        <td>{date}</td>
        <td>{topic}</td>
        <td>{read or "—"}</td>
        <td>{note}</td>
      </tr>""" for n, date, topic, read, note in weeks)

html = f"""<!DOCTYPE html>
<!-- saved from url=({len(URL):04d}){URL} -->
<html lang="ko" class="no-js"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>강의계획서 | 딥러닝의 수학적 기초 | K-MOOC</title>
<link rel="stylesheet" href="./강의계획서 _ 딥러닝의 수학적 기초 _ K-MOOC_files/lms-main-v1.css" type="text/css">
<link rel="stylesheet" href="./강의계획서 _ 딥러닝의 수학적 기초 _ K-MOOC_files/lms-course.css" type="text/css">
</head>
<body class="ltr view-in-course view-statictab lang_ko">
<div class="window-wrap" dir="ltr">
<a class="nav-skip sr-only sr-only-focusable" href="#main">본문 바로가기</a>
<header class="global-header">
  <div class="main-header">
    <a class="logo" href="https://www.kmooc.kr/"><img src="./강의계획서 _ 딥러닝의 수학적 기초 _ K-MOOC_files/kmooc_logo.png" alt="K-MOOC 홈"></a>
    <div class="course-header"><span class="provider">HKUk</span> <span class="course-number">DLMATH101</span> <span class="course-name">딥러닝의 수학적 기초</span></div>
    <div class="secondary"><a class="user-link" href="https://www.kmooc.kr/dashboard">jiwoo_park91</a> <a href="https://www.kmooc.kr/logout">로그아웃</a></div>
  </div>
</header>
<div class="marketing-hero"></div>
<nav class="course-tabs" aria-label="강좌">
  <ol class="tabs course-tabs">
    <li class="tab"><a href="https://www.kmooc.kr/courses/course-v1:HKUk+DLMATH101+2024_2/course/">강좌</a></li>
    <li class="tab"><a href="https://www.kmooc.kr/courses/course-v1:HKUk+DLMATH101+2024_2/progress">진도</a></li>
    <li class="tab"><a href="https://www.kmooc.kr/courses/course-v1:HKUk+DLMATH101+2024_2/discussion/forum/">토론</a></li>
    <li class="tab active"><a href="{URL}" aria-current="page">강의계획서</a></li>
    <li class="tab"><a href="https://www.kmooc.kr/courses/course-v1:HKUk+DLMATH101+2024_2/a77c0e1d93f84b2c9e5d6a7b8c9d0e1f/">참고자료</a></li>
  </ol>
</nav>
<main id="main" aria-label="콘텐츠" tabindex="-1">
<section class="container">
  <div class="static_tab_wrapper">
    <h2>딥러닝의 수학적 기초 (2024년 2학기) — 강의계획서</h2>
    <p>담당: 한경대학교 데이터과학과 <b>정하늘</b> 교수 · 조교 박지우 (질문은 토론 게시판에 남겨 주세요)</p>
    <p>이 강좌는 매주 <strong>논문 한 편</strong>을 함께 읽습니다. 고전 논문은 PDF 링크를 걸지 않았습니다 — 학교 도서관 전자저널로
    접속해서 받으세요. arXiv에 있는 논문은 링크를 걸어 두었습니다.  읽기 자료는 “—” 이면 없음.</p>
    <table class="syllabus" border="1" cellpadding="4">
      <thead>
      <tr><th>주차</th><th>날짜</th><th>주제</th><th>읽을거리</th><th>비고</th></tr>
      </thead>
      <tbody>
{rows}
      </tbody>
    </table>
    <h3>평가</h3>
    <ul>
      <li>주간 퀴즈 20% · 실습 2회 30% · 중간고사 20% · 기말 프로젝트 30%</li>
      <li>이수 기준: 60점 이상 (이수증 발급)</li>
    </ul>
    <p class="note">※ 읽을거리 요약(한 문단)은 매주 일요일 23:59까지 토론 게시판 &lt;주간 요약&gt; 에 올려 주세요.</p>
  </div>
</section>
</main>
<footer class="footer-wrapper">
  <div class="footer-nav"><a href="https://www.kmooc.kr/about">K-MOOC 소개</a> · <a href="https://www.kmooc.kr/faq">자주 묻는 질문</a> · <a href="https://www.kmooc.kr/privacy">개인정보처리방침</a></div>
  <p class="copyright">© 국가평생교육진흥원. All rights reserved.</p>
  <p class="powered">Powered by Open edX</p>
</footer>
</div>
<script type="text/javascript" src="./강의계획서 _ 딥러닝의 수학적 기초 _ K-MOOC_files/lms-main.js"></script>
</body></html>
"""
write_only(F1157, html, keys(F1157))
