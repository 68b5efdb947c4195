#!/usr/bin/env python3
"""757: a Nextcloud calendar export (`…/remote.php/dav/calendars/<user>/<cal>?export`, SabreDAV's ICSExportPlugin) of
a task list kept with Nextcloud Tasks: CRLF, lines folded at 75 octets (never inside a UTF-8 sequence), TEXT values
escaped (\\, \;, \,, \n), one VTIMEZONE, VTODOs with UID / CREATED / LAST-MODIFIED / DTSTAMP / SUMMARY / DESCRIPTION /
STATUS / PERCENT-COMPLETE / DUE / RELATED-TO / CATEGORIES / URL / X-APPLE-SORT-ORDER. A Korean lab's reading plan on
LLM agents, tools and game playing."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_raw
from make_expected import by_num, keys, GO

F = by_num(757)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, cur = [], b""
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > (75 if not out else 74):
            out.append(cur); cur = b""
        cur += b
    out.append(cur)
    return b"\r\n ".join(out)


lines = []
P = lines.append
U = lambda n: f"{n:08x}-5c1e-4b7a-9d2f-{0x3a41c07e9b10 + n * 7919:012x}"


def todo(n, summary, desc, created, modified, status="NEEDS-ACTION", pct=None, due=None, parent=None, cats=(), url=None,
         prio=None, completed=None, order=None):
    P("BEGIN:VTODO")
    P(f"UID:{U(n)}")
    P(f"CREATED:{created}")
    P(f"LAST-MODIFIED:{modified}")
    P(f"DTSTAMP:{modified}")
    P(f"SUMMARY:{esc(summary)}")
    if prio: P(f"PRIORITY:{prio}")
    P(f"STATUS:{status}")
    if pct is not None: P(f"PERCENT-COMPLETE:{pct}")
    if completed: P(f"COMPLETED:{completed}")
    if due: P(f"DUE;TZID=Asia/Seoul:{due}")
    if parent is not None: P(f"RELATED-TO:{U(parent)}")
    if cats: P("CATEGORIES:" + ",".join(esc(c) for c in cats))
    if url: P(f"URL:{url}")
    if desc: P(f"DESCRIPTION:{esc(desc)}")
    if order is not None: P(f"X-APPLE-SORT-ORDER:{order}")
    P("END:VTODO")


A = lambda k: f"https://arxiv.org/abs/{k}"
P("BEGIN:VCALENDAR")
P("VERSION:2.0")
P("PRODID:-//SabreDAV//SabreDAV//EN")
P("X-WR-CALNAME:논문 읽기 (2024 봄)")
P("X-APPLE-CALENDAR-COLOR:#E9322D")
P("REFRESH-INTERVAL;VALUE=DURATION:PT4H")
P("X-PUBLISHED-TTL:PT4H")
P("BEGIN:VTIMEZONE")
P("TZID:Asia/Seoul")
P("BEGIN:STANDARD")
P("TZOFFSETFROM:+0900")
P("TZOFFSETTO:+0900")
P("TZNAME:KST")
P("DTSTART:19700101T000000")
P("END:STANDARD")
P("END:VTIMEZONE")

todo(1, "📚 에이전트 읽기 모임 — 3월 일정 (상위 작업)",
     "매주 목요일 19:30\, 공학관 4층 세미나실 / 온라인 병행.\n발표자는 전날 자정까지 슬라이드를 공유 폴더(/읽기모임/2024-봄)에 올려 주세요.\n"
     "하위 작업이 논문별 담당입니다. 끝나면 체크하고 메모란에 한 줄 요약을 남겨 주세요.".replace("\\,", ","),
     "20240226T021544Z", "20240307T112901Z", status="IN-PROCESS", pct=45, due="20240328T193000",
     cats=("읽기모임", "에이전트"), prio=5, order=0)
todo(2, T("2204.01691"),
     f"담당: 민서\n{au('2204.01691', 3)}\n로봇이 언어 지시를 수행할 때 '할 수 있는 일'(affordance) 가치 함수로 LLM 출력을 거르는 구조. "
     "3/7 발표 완료 — 질문: 가치 함수 학습 데이터 규모? → 다음 주 보충.",
     "20240226T022010Z", "20240307T141733Z", status="COMPLETED", pct=100, completed="20240307T141733Z",
     due="20240307T193000", parent=1, cats=("로봇", "발표완료"), url=A("2204.01691"), order=1)
todo(3, T("2304.03442"),
     f"담당: 지훈\n{au('2304.03442', 3)}\n샌드박스 마을에서 25명의 에이전트가 기억·반성·계획을 하는 이야기. "
     "링크는 아직 못 찾았음 (학회 버전으로 읽을 예정). 데모 영상은 유튜브에 있는데 그건 영상이라 목록에서 제외.",
     "20240226T022244Z", "20240305T090112Z", status="NEEDS-ACTION", due="20240314T193000", parent=1,
     cats=("시뮬레이션",), order=2)
todo(4, T("2303.11366"),
     f"담당: 민서\n{au('2303.11366', 3)}\n실패한 시도를 말로 반성하고 그 반성문을 메모리에 넣어 다음 시도에 쓰는 방법. HumanEval 수치 다시 확인.",
     "20240226T022511Z", "20240306T230458Z", status="IN-PROCESS", pct=30, due="20240314T193000", parent=1,
     cats=("자기반성", "코드"), url=A("2303.11366"), order=3)
todo(5, T("2302.04761"),
     f"담당: 서연\n{au('2302.04761', 3)}\nAPI 호출을 스스로 삽입하도록 자기지도 방식으로 학습. 계산기·검색·번역 API 예시 정리할 것.",
     "20240226T022730Z", "20240301T101944Z", status="NEEDS-ACTION", due="20240321T193000", parent=1,
     cats=("도구사용",), order=4)
todo(6, T("2310.06770"),
     f"담당: 지훈\n{au('2310.06770', 3)}\n실제 깃허브 이슈 2\,294개로 만든 벤치마크. 공개 리더보드 숫자는 참고용(리더보드는 논문 아님).".replace("\\,", ","),
     "20240226T023002Z", "20240304T171205Z", status="NEEDS-ACTION", due="20240321T193000", parent=1,
     cats=("벤치마크", "코드"), url=A("2310.06770"), order=5)
todo(7, T("2310.08560"),
     f"담당: 서연\n{au('2310.08560', 3)}\n운영체제의 가상 메모리처럼 컨텍스트를 계층적으로 관리. 공식 저장소 README도 같이 보면 좋음 (저장소는 목록 외).",
     "20240226T023214Z", "20240302T120031Z", status="NEEDS-ACTION", due="20240328T193000", parent=1,
     cats=("메모리",), order=6)
todo(8, "강화학습 보충 세션 (상위 작업)",
     "에이전트 논문을 읽다 보니 RL 기초가 필요하다는 의견이 많아서 따로 잡음. 4월 첫 주 토요일 오전.\n"
     "교재: Sutton & Barto 『Reinforcement Learning: An Introduction』(책) 3장\, 6장.\n"
     "실습: Gymnasium + Stable-Baselines3 (소프트웨어).".replace("\\,", ","),
     "20240301T053320Z", "20240306T020915Z", status="NEEDS-ACTION", due="20240406T100000", cats=("RL", "보충"), prio=6, order=7)
todo(9, T(GO),
     f"담당: 도윤\n{au(GO, 3)}\nNature 논문이라 arXiv 판이 없음. 도서관 프록시로 PDF 받기. 자가 대국만으로 학습하는 부분 중심으로.",
     "20240301T053547Z", "20240305T224410Z", status="NEEDS-ACTION", due="20240406T100000", parent=8,
     cats=("RL", "게임"), order=8)
todo(10, T("2106.02039"),
     f"담당: 도윤\n{au('2106.02039', 3)}\narXiv:2106.02039 (초기 제목이 달랐음 — 인쇄본 제목 확인). 궤적 전체를 시퀀스로 보고 빔 서치로 계획.",
     "20240301T053803Z", "20240306T020915Z", status="NEEDS-ACTION", due="20240406T100000", parent=8,
     cats=("RL", "시퀀스모델링"), order=9)
todo(11, "발표 슬라이드 템플릿 정리",
     "연구실 공용 키노트/파워포인트 템플릿 하나로 통일. 폰트: 나눔스퀘어, Pretendard.\n로고 파일은 /공용/디자인 에 있음.",
     "20240227T004401Z", "20240227T081259Z", status="COMPLETED", pct=100, completed="20240227T081259Z",
     cats=("잡무",), order=10)
todo(12, "세미나실 예약 (3/14\, 3/21\, 3/28)".replace("\\,", ","),
     "학과 사무실 예약 시스템에서 4층 세미나실. 3/21은 이미 다른 연구실이 잡아서 5층 소회의실로.",
     "20240227T004633Z", "20240304T021852Z", status="IN-PROCESS", pct=60, due="20240308T180000", cats=("잡무",), order=11)
todo(13, "API 사용량 확인",
     "실습용 LLM API 크레딧 잔액 확인; 이번 달 한도 50달러. 초과하면 교수님께 보고.",
     "20240302T011500Z", "20240302T011500Z", status="NEEDS-ACTION", due="20240315T180000", cats=("잡무", "예산"), order=12)
P("END:VCALENDAR")

text = "\r\n".join(lines) + "\r\n"
data = b"".join(fold(l) + b"\r\n" for l in lines)
plain = text.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")
write_raw(F, data, [plain], keys(F))
