#!/usr/bin/env python3
"""396 (NEGATIVE): a registration confirmation and receipt for an (invented) Korean summer workshop on learning
systems, printed from the registration site and pasted as text: title lines, issue date, registration number,
registrant block, event block (dates with weekdays), the chosen programme (tutorials and a workshop with English
subtitles, a dinner), a box-drawing table of items with quantities and amounts in won and its total, the VAT split
(supply value + VAT = total, VAT = total/11), the card payment (masked number, approval number, time), notes (poster
boards, Wi-Fi, refunds with dates and weekdays), the organiser's business details. It names no paper: tutorial and
workshop titles are invented and are not paper titles; "포스터 세션" has no titles; no arXiv-shaped number."""
import os, sys, unicodedata
from datetime import date
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F396

WD = "월화수목금토일"


def d(m, dd):
    x = date(2024, m, dd)
    return f"{m}월 {dd}일({WD[x.weekday()]})"


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s, w, right=False):
    sp = " " * (w - width(s))
    return sp + s if right else s + sp


ITEMS = [("일반 등록 (학생 · 조기등록)", 1, 150000), ("튜토리얼 T1", 1, 30000), ("튜토리얼 T3", 1, 30000),
         ("워크숍 W2 (Efficient Inference Day)", 1, 0), ("만찬 (7월 9일)", 1, 40000)]
TOTAL = sum(q * a for _, q, a in ITEMS)
VAT = round(TOTAL / 11)
W = (38, 6, 14)


def trow(a, b, c):
    return f"│ {pad(a, W[0])} │ {pad(b, W[1], True)} │ {pad(c, W[2], True)} │"


def won(n):
    return f"{n:,}원"


rule = lambda l, m, r: l + m.join("─" * (w + 2) for w in W) + r
table = [rule("┌", "┬", "┐"), trow("항목", "수량", "금액"), rule("├", "┼", "┤")]
table += [trow(n, str(q), won(q * a)) for n, q, a in ITEMS]
table += [rule("├", "┼", "┤"), trow("합계", "", won(TOTAL)), rule("└", "┴", "┘")]

text = f"""LSSW 2024 · 2024 학습시스템 하계 워크숍
등록 확인서 및 영수증

홈  |  프로그램  |  등록  |  숙박 안내  |  오시는 길  |  마이페이지  |  로그아웃

발행일: 2024년 5월 28일 (화)
등록번호: LSSW24-0417
상태: 결제 완료

[등록자 정보]
성명: 서지우 (SEO JIWOO)
소속: 한결대학교 인공지능학과 (석사과정)
이메일: jiwoo.seo@example.ac.kr
회원 구분: 비회원
등록 유형: 학생 · 조기등록 (5월 31일까지)

[행사 정보]
행사명: 2024 학습시스템 하계 워크숍 (LSSW 2024)
기간: 2024년 {d(7, 8)} ~ {d(7, 10)}
장소: 한결대학교 공학관 B동 대강당 및 세미나실 201–204

[선택 프로그램]
- 튜토리얼 T1 · {d(7, 8)} 09:30–12:30 · 세미나실 201
  대규모 언어모델 평가 실무 (Evaluating Language Models Beyond Leaderboards)
- 튜토리얼 T3 · {d(7, 8)} 14:00–17:00 · 세미나실 203
  확산 모델 입문: 스코어 매칭에서 샘플러까지 (From Score Matching to Samplers)
- 워크숍 W2 · {d(7, 9)} 09:00–17:30 · 대강당
  Efficient Inference Day: Quantization, Caching and Serving (등록자 무료)
- 만찬 · {d(7, 9)} 18:30 · 공학관 2층 연회장

[결제 내역]
""" + "\n".join(table) + f"""
공급가액: {won(TOTAL - VAT)}
부가세: {won(VAT)}
결제 금액: {won(TOTAL)} (부가세 포함)
결제 수단: 신용카드 (KB국민 ****-****-****-4821, 일시불)
승인번호: 30571942
결제 일시: 2024-05-28 14:22:05

[안내 사항]
1. 현장 등록 데스크는 {d(7, 8)} 08:30부터 운영합니다. 이 확인서(모바일 화면 가능)와 신분증을 제시해 주세요.
2. 포스터 세션 P1({d(7, 9)} 13:00)과 P2({d(7, 10)} 10:30)의 발표자는 보드 번호를 현장 데스크에서 확인해 주세요. 보드 크기는 A0 세로형입니다.
3. 튜토리얼 실습은 개인 노트북으로 진행합니다. Python 3.10 이상과 PyTorch 2.2 이상을 미리 설치해 오세요. GPU 실습 환경은 행사 당일 QR 코드로 안내합니다.
4. Wi-Fi: LSSW2024 (비밀번호는 명찰 뒷면에 있습니다)
5. 환불 규정: {d(6, 21)}까지 전액 환불, {d(7, 1)}까지 50% 환불, 이후에는 환불되지 않습니다. 등록자 변경은 {d(7, 5)}까지 가능합니다.
6. 발표 자료와 튜토리얼 녹화 영상은 행사 후 2주 안에 홈페이지에 공개됩니다.

주최: 한빛AI연구회  |  후원: 한결대학교 인공지능연구소
사업자등록번호: 214-82-10583  |  대표: 김도윤
주소: 대전광역시 유성구 한결로 77, 공학관 B동 312호
문의: lssw2024@example.org  |  042-555-0147 (평일 10:00–17:00)

본 영수증은 소득공제용이 아니며, 세금계산서가 필요하시면 마이페이지에서 신청해 주세요.
인쇄  |  PDF로 저장  |  목록으로
© 2024 LSSW Organizing Committee
"""
write(F396, text, negative=True)
