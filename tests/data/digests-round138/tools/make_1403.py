#!/usr/bin/env python3
"""1403: a DaouOffice (다우오피스, a Korean groupware) messenger room saved from the Windows client with "대화 내용
저장": UTF-8 with a byte-order mark, CR LF, a header (room, participants, save time), date rules, `[이름] [오전/오후
h:mm] 메시지` lines with continuation lines for multi-line messages, file and system lines. A Pangyo-like company's
LLM study room."""
import os, sys, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys

F = by_num(1403)
WD = "월화수목금토일"
P = ["박서연", "김도현", "이준호", "최유진", "정민재"]


def ampm(h, m):
    return f"{'오전' if h < 12 else '오후'} {(h - 1) % 12 + 1}:{m:02d}"


MSG = [
 ("2024-03-11", [
  (9, 41, "박서연", "이번 주 스터디 주제는 '에이전트 평가'로 할게요. 후보 논문 올려주세요~"),
  (9, 55, "김도현", f"{T('2310.06770')}\nhttps://openreview.net/forum?id={OR('2310.06770')}\nICLR 2024 oral이고 리뷰 토론이 재밌어요. SWE-agent는 같은 팀이 만든 도구(레포)고요"),
  (10, 3, "이준호", f"마인크래프트 쪽은 {T('2305.16291')} https://arxiv.org/abs/2305.16291 추천합니다"),
  (10, 4, "이준호", "스킬 라이브러리 아이디어가 우리 사내 봇에도 쓸만할 듯"),
  (10, 20, "최유진", f"범용 에이전트 얘기하려면 Gato도 있어야죠. {T('2205.06175')}\nhttps://arxiv.org/abs/2205.06175"),
  (10, 21, "SYS", "정민재님이 파일을 보냈습니다. 에이전트_평가_후보정리.xlsx (18.4KB)"),
  (10, 23, "정민재", "엑셀에 정리했어요. 벤치마크는 BIG-bench 원 논문도 넣었습니다:\n" + T("2206.04615") + "\n(링크는 엑셀에)"),
  (10, 31, "박서연", "수학 추론도 하나 넣죠. Minerva = " + T("2206.14858") + " (arXiv:2206.14858)"),
  (11, 2, "김도현", "Devin 데모 영상은 논문이 아니라서 참고자료로만 ㅎㅎ"),
 ]),
 ("2024-03-13", [
  (14, 10, "최유진", "다음 주는 긴 컨텍스트 파트예요. 고전부터: " + T("2007.14062") + " https://arxiv.org/abs/2007.14062"),
  (14, 12, "이준호", "메모리 쪽은 페이스북 거\n" + T("2002.09402") + "\n링크 찾는 중…"),
  (14, 15, "정민재", "Synthesizer도 같이 보면 좋아요. 정식 제목: " + T("2005.00743")),
  (14, 16, "정민재", "LRA 벤치마크 결과 비교표 만들어둘게요"),
  (14, 40, "SYS", "김도현님이 공지를 등록했습니다. [공지] 3/18(월) 19시 스터디룸 B, 발표: 김도현(SWE-bench), 이준호(Voyager)"),
  (17, 58, "박서연", "확인했습니다 👍 사내 GPU 서버(gpu-study-02)는 월요일 오후에 제가 예약해둘게요"),
 ]),
]
out = ["다우오피스 메신저 대화 내용", "대화방 : LLM 스터디 (5명)", "참여자 : " + ", ".join(P),
       "저장한 날짜 : 2024-03-15 18:22:07", ""]
for day, msgs in MSG:
    d = dt.date.fromisoformat(day)
    out.append(f"--------------- {d.year}년 {d.month}월 {d.day}일 {WD[d.weekday()]}요일 ---------------")
    for h, m, who, text in msgs:
        if who == "SYS":
            out.append(f"[{ampm(h, m)}] {text}")
            continue
        ls = text.split("\n")
        out.append(f"[{who}] [{ampm(h, m)}] {ls[0]}")
        out += ls[1:]
    out.append("")
TXT = "\ufeff" + "\r\n".join(out)
write_only(F, TXT, keys(F))
