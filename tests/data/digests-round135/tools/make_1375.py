#!/usr/bin/env python3
"""1375: a terminal session (Korean): a Daejeon-like multimodal lab's student (이지우, `jiwoo`) reads the reading-group
thread of May with mblaze: `mlist … | mpick -t … | mthread | mseq -S`, `mscan` (as remembered of mscan's default
format: number, a ten-column date, the sender padded to 17 display columns — Hangul counts two — thread depth as dots,
subject), then `mshow 1`, `mshow 2`, `mshow 3` (the From / Subject / To / Cc / Date headers decoded from RFC 2047, a
blank line, the text part; a PDF attachment shown as mshow's `--- N: type size=… name="…" ---` line). Replies quote
with `> `. open_clip, LAION-5B, a talk video and the attached slides are not papers; CLIP, SigLIP, ALIGN, Flamingo,
LLaVA, DACL, SupCon are nicknames."""
import os, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1375, keys

LIST = "mm-reading@mm-lab.example.kr"
SUBJ = "[독회] 5월 멀티모달 읽기 목록"
B1 = f"""안녕하세요, 5월 독회 목록 공유드립니다. 매주 목요일 오후 4시, N1동 412호입니다.

1주차 (5/9) {T('2103.00020')}
    https://arxiv.org/abs/2103.00020  (CLIP, 발표: 서연)
2주차 (5/16) {T('2303.15343')}
    https://arxiv.org/pdf/2303.15343  (SigLIP, 발표: 민준)
3주차 (5/23) {T('2102.05918')}
    ALIGN 논문인데 링크를 아직 못 찾았어요. 아시는 분은 답장 부탁드립니다.
4주차 (5/30) {T('2204.14198')} (arXiv:2204.14198)
    + 시간 되면 {T('2106.13884')} (NeurIPS 2021, Frozen)

참고 (논문 아님):
- open_clip 코드: https://github.com/mlfoundations/open_clip
- LAION-5B 데이터셋 소개: https://laion.ai/blog/laion-5b/
- 작년 세미나 영상 "대조 학습 입문": https://video.mm-lab.example.kr/watch/5521

-- 
박서연 | 멀티모달 연구실 박사과정
"""
B2 = f"""서연님 감사합니다. 대조 학습 쪽 기초로 두 편 추가하면 좋겠습니다.

- {T('2004.11362')}
  https://arxiv.org/abs/2004.11362
- {T('2304.08485')}
  https://arxiv.org/abs/2304.08485  (LLaVA, 마지막 주에 같이 보면 좋을 듯)

2024년 5월 7일 (화) 오전 10:12, 박서연 <seoyeon.park@mm-lab.example.kr>님이 작성:
> 안녕하세요, 5월 독회 목록 공유드립니다. 매주 목요일 오후 4시, N1동 412호입니다.
>
> 3주차 (5/23) {T('2102.05918')}
>     ALIGN 논문인데 링크를 아직 못 찾았어요. 아시는 분은 답장 부탁드립니다.

-- 
김민준
"""
B3 = f"""저는 도메인 무관 대조 학습 논문을 하나 추천합니다.
{T('2011.04419')} (ICML 2021, DACL)
링크 대신 작년에 만든 발표 자료를 첨부합니다. 논문 PDF는 아니고 슬라이드예요.

ALIGN 링크는 저도 못 찾았습니다. 도서관 쪽에 물어볼게요.

-- 
이지우
"""
MSGS = [
 ("박서연 <seoyeon.park@mm-lab.example.kr>", SUBJ, LIST, None, "Tue, 07 May 2024 10:12:43 +0900", B1, None),
 ("김민준 <minjun.kim@mm-lab.example.kr>", "Re: " + SUBJ, LIST, "박서연 <seoyeon.park@mm-lab.example.kr>", "Tue, 07 May 2024 14:31:05 +0900", B2, None),
 ("이지우 <jiwoo.lee@mm-lab.example.kr>", "Re: " + SUBJ, LIST, "김민준 <minjun.kim@mm-lab.example.kr>", "Wed, 08 May 2024 09:02:17 +0900", B3,
  ("application/pdf", 1843217, "dacl-세미나-2023.pdf")),
]


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s, n):
    return s + " " * max(0, n - width(s))


import datetime as dt
P = "jiwoo@mm-ws:~$ "
out = P + "mlist ~/Maildir/lab | mpick -t 'subject =~ \"독회\"' | mthread | mseq -S\n" + P + "mscan\n"
for i, (fr, sub, to, cc, date, body, att) in enumerate(MSGS, 1):
    d = dt.datetime.strptime(date, "%a, %d %b %Y %H:%M:%S %z")
    name = fr.split(" <")[0]
    out += f"  {i:<3} {d:%Y-%m-%d} {pad(name, 17)} {'.' * (i - 1)}{sub}\n"
for i, (fr, sub, to, cc, date, body, att) in enumerate(MSGS, 1):
    out += P + f"mshow {i}\n"
    out += f"From: {fr}\nSubject: {sub}\nTo: {to}\n" + (f"Cc: {cc}\n" if cc else "") + f"Date: {date}\n\n"
    if att:
        out += f"--- 1: multipart/mixed size={len(body.encode()) + att[1] + 912} ---\n--- 2: text/plain size={len(body.encode())} ---\n"
        out += body + f"\n--- 3: {att[0]} size={att[1]} name=\"{att[2]}\" ---\n"
    else:
        out += body
out += P + "\n"
write_only(F1375, out, keys(F1375))
