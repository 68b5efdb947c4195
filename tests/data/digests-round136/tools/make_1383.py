#!/usr/bin/env python3
"""1383: a TeamUP (팀업, the Korean team messenger) chat room saved as text by a Daejeon-like generative-models study
group: the export's header (room name with the member count, who saved it and when), one `=== 2024년 6월 17일 월요일 ===`
line per day (weekday in Korean), then `[HH:MM] 이름: 메시지` records, the lines of a multi-line message following
bare, system records starred (`* … 님이 대화방에 들어왔습니다.`), files as `[파일] name (size)`. Papers: arXiv abs / pdf
links, an OpenReview forum link, an `arXiv:` id, three titles alone (one asked for as a PDF, two proposed for next
month); guided-diffusion, neuraloperator, the diffusers docs and a meeting recording are not papers."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1383, keys

ROOM, MEMBERS = "생성모델 스터디", ["윤서진", "박지민", "정하준", "최유나", "강민호"]
WD = ["월", "화", "수", "목", "금", "토", "일"]
MSGS = [  # (date, time, name or None for a system record, text)
    ("2024-06-17", "09:41", "윤서진", f"이번 주(목) 스터디는 diffusion 기초부터 다시 갑니다. 첫 번째 논문:\n{T('1503.03585')}\nhttps://arxiv.org/abs/1503.03585\n2015년 논문인데 DDPM의 출발점이에요."),
    ("2024-06-17", "09:44", "박지민", "DDPM만 읽고 이건 안 읽었네요 ㅎㅎ"),
    ("2024-06-17", "09:52", "정하준", f"샘플링 가속은 DDIM으로 하죠. {T('2010.02502')}\nhttps://openreview.net/forum?id={OR('2010.02502')} (ICLR 2021, 리뷰도 읽어볼 만해요)"),
    ("2024-06-17", "10:03", "윤서진", f"좋아요. score 쪽은 Song 논문 \"{T('1907.05600')}\" (arXiv:1907.05600) 같이 보면 좋을 듯"),
    ("2024-06-17", "10:05", None, "윤서진 님이 최유나 님을 초대했습니다."),
    ("2024-06-17", "10:21", "최유나", f"안녕하세요! guidance 파트는 제가 맡을게요.\n1) {T('2207.12598')} https://arxiv.org/abs/2207.12598\n2) {T('2105.05233')} https://arxiv.org/pdf/2105.05233.pdf"),
    ("2024-06-17", "10:24", "박지민", "ADM 코드는 guided-diffusion 레포에 있어요 https://github.com/openai/guided-diffusion"),
    ("2024-06-18", "14:02", "강민호", f"혹시 \"{T('2204.06125')}\" PDF 있는 분? unCLIP(DALL·E 2) 논문이요"),
    ("2024-06-18", "14:07", "윤서진", "[파일] unclip.pdf (12.8MB)"),
    ("2024-06-18", "14:08", "강민호", "감사합니다 🙏"),
    ("2024-06-18", "16:30", "정하준", f"과학 응용 세션도 하자는 의견이 있었는데 후보 두 개 올려요.\n- {T('2010.08895')}\n- {T('2010.03409')}\n둘 다 diffusion은 아니지만 7월 주제로 어떨까요?"),
    ("2024-06-18", "16:41", "윤서진", "👍 neuraloperator 라이브러리(https://github.com/neuraloperator/neuraloperator)는 논문이 아니니 참고만 하세요"),
    ("2024-06-20", "13:55", None, "윤서진 님이 공지를 등록했습니다: 오늘 16시 E3-1 세미나실"),
    ("2024-06-20", "17:31", "윤서진", "오늘 발표 녹화: https://meet.genlab.example.kr/rec/0620 (내부용, 7일 후 삭제)"),
    ("2024-06-20", "17:36", "최유나", "diffusers 문서도 공유해요 https://huggingface.co/docs/diffusers/index\n다음 주에 CFG 직접 구현해 볼게요"),
]
out = [f"[{ROOM}] 대화 내용 ({len(MEMBERS)}명: {', '.join(MEMBERS)})", "저장한 사람: 윤서진", "저장한 날짜: 2024-06-20 17:48", ""]
day = None
for d, t, who, text in MSGS:
    if d != day:
        day = d; x = dt.date.fromisoformat(d)
        out += [f"=== {x.year}년 {x.month}월 {x.day}일 {WD[x.weekday()]}요일 ===", ""] if day == MSGS[0][0] else ["", f"=== {x.year}년 {x.month}월 {x.day}일 {WD[x.weekday()]}요일 ===", ""]
    out.append(f"[{t}] * {text}" if who is None else f"[{t}] {who}: {text}")
text = "\n".join(out) + "\n"
write_only(F1383, text, keys(F1383))
