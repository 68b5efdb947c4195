#!/usr/bin/env python3
"""1450: a daily log file of a Rust bot (`nonmun-bot`) written by tracing-subscriber's default fmt layer through
tracing-appender (ANSI off; Korean messages and fields): the bot reads the week's reading sheet of a Korean LLM /
agents reading group, resolves each row (arXiv abs pages, an OpenReview forum, or nothing), and posts the list to a
Mattermost channel. Lines as the fmt layer writes them (as remembered): RFC 3339 UTC timestamps with microseconds,
the level right-aligned in five columns, the span context `name{field=value}:` (nested spans joined by `:`), the
target, the message, then the event's fields `key=value` (Debug-formatted strings quoted with `\\"` escapes, Display
values bare). Every count and the posted list are computed from the modelled sheet. Not papers: the LangChain docs, the
AutoGPT repository, the LMSYS Chatbot Arena leaderboard. Nicknames: GPT-2, PaLM, Llama 2, ReAct,
MemGPT, generative agents — labelled where their titles are written in full."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1450, GPT2, keys

ROWS = [  # title, how, value, presenter memo
 (T("2206.07682"), "abs", "https://arxiv.org/abs/2206.07682", "창발 능력 — 지난주 이어서"),
 (T("2307.09288"), "pdf", "https://arxiv.org/pdf/2307.09288", "RLHF 부분만 (4장)"),
 (T("2310.08560"), "abs", "https://arxiv.org/abs/2310.08560", "가상 컨텍스트 관리, 민준 발표"),
 (T("2210.03629"), "openreview", f"https://openreview.net/forum?id={OR('2210.03629')}", "ICLR 2023 버전으로"),
 (T("2304.03442"), "arxiv-timeout", "arXiv:2304.03442", "스몰빌 시뮬레이션, 서연 발표"),
 (T("2207.05221"), "none", None, "캘리브레이션, \"P(IK)\" 실험"),
 (GPT2, "none", None, "OpenAI 블로그 PDF 링크 찾는 중"),
 (T("2204.02311"), "none", None, "배경지식용, 발표 없음"),
 ("LangChain 에이전트 문서", "other", "https://python.langchain.com/docs/modules/agents/", "실습 자료 (논문 아님)"),
 ("AutoGPT 저장소", "other", "https://github.com/Significant-Gravitas/AutoGPT", "데모만"),
 ("Chatbot Arena 리더보드", "other", "https://chat.lmsys.org/?leaderboard", "이번 주 순위 캡처"),
]
t = dt.datetime(2024, 5, 14, 0, 0, 1, 204117)
STEP = [183, 912, 77, 1460, 30201, 5, 4, 6, 3, 2, 2]


def ts():
    return t.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def adv(ms):
    global t
    t += dt.timedelta(microseconds=ms * 1000 + 317)


def dq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


lines = []


def log(level, spans, target, msg, **f):
    sp = ":".join(f"{n}{{{a}}}" if a else n for n, a in spans)
    fs = "".join(f" {k}={v}" for k, v in f.items())
    lines.append(f"{ts()} {level:>5} " + (sp + ": " if sp else "") + f"{target}: {msg}{fs}")


log("INFO", [], "nonmun_bot", "시작", version="0.4.2", config=dq("/etc/nonmun-bot/config.toml"))
adv(3); log("INFO", [], "nonmun_bot::config", "설정 로드 완료", channel=dq("llm-agent-ilkgi"), sheet=dq("2024-1학기 읽기목록"), dry_run="false")
adv(2); log("INFO", [], "nonmun_bot::health", "상태 서버 시작", addr="0.0.0.0:9464")
adv(1); log("INFO", [], "nonmun_bot::schedule", "주간 작업 예약", cron=dq("0 0 0 * * TUE"), tz="UTC")
adv(38)
RUN = [("run", "week=11")]
log("INFO", RUN, "nonmun_bot::sheet", "시트 읽기", range=dq("W11!A2:D40"))
adv(388)
log("INFO", RUN, "nonmun_bot::sheet", "행 로드됨", count=len(ROWS), skipped=2)
posted = []
for i, (title, how, val, memo) in enumerate(ROWS):
    adv(STEP[i])
    sp = RUN + [("resolve", f"row={i + 2}")]
    if how in ("abs", "pdf"):
        log("INFO", sp, "nonmun_bot::resolve", "arXiv 링크 확인", title=dq(title), url=val, memo=dq(memo))
        posted.append(f"{title} {val}")
    elif how == "openreview":
        log("INFO", sp, "nonmun_bot::resolve", "OpenReview 포럼 링크", title=dq(title), url=val, memo=dq(memo))
        posted.append(f"{title} {val}")
    elif how == "arxiv-timeout":
        log("WARN", sp, "nonmun_bot::arxiv", "arXiv API 요청 실패, 재시도", id=dq(val), attempt=1, error=dq("operation timed out"))
        adv(15002)
        log("WARN", sp, "nonmun_bot::arxiv", "arXiv API 요청 실패, ID 텍스트로 대체", id=dq(val), attempt=2, error=dq("operation timed out"))
        log("INFO", sp, "nonmun_bot::resolve", "ID만 게시", title=dq(title), id=val, memo=dq(memo))
        posted.append(f"{title} ({val})")
    elif how == "none":
        log("WARN", sp, "nonmun_bot::resolve", "링크 없음, 제목만 게시", title=dq(title), memo=dq(memo))
        posted.append(title)
    else:
        log("INFO", sp, "nonmun_bot::resolve", "논문 아님, 참고 자료로 게시", name=dq(title), url=val)
        posted.append(f"{title} {val}")
adv(12)
papers = sum(1 for r in ROWS if r[1] != "other")
log("INFO", RUN, "nonmun_bot::resolve", "해석 완료", papers=papers, extras=len(ROWS) - papers,
    links=sum(1 for r in ROWS if r[1] in ("abs", "pdf", "openreview", "other")), title_only=sum(1 for r in ROWS if r[1] == "none"))
adv(9)
body = "\\n".join(f"{k + 1}. {p}" for k, p in enumerate(posted))
log("DEBUG", RUN + [("post", 'channel="llm-agent-ilkgi"')], "nonmun_bot::mattermost", "본문", len=len(body.replace("\\n", "\n").encode()), lines=len(posted))
adv(604)
log("INFO", RUN + [("post", 'channel="llm-agent-ilkgi"')], "nonmun_bot::mattermost", "게시 완료", status=201, post_id=dq("x8k3nq1bftd9pmc4rzw6a7ye5h"))
adv(2)
log("INFO", RUN, "nonmun_bot", "이번 주 작업 끝", elapsed_ms=None)
# elapsed: from the run's first line to now
first = dt.datetime.strptime(lines[4][:26], "%Y-%m-%dT%H:%M:%S.%f")
lines[-1] = lines[-1].replace("elapsed_ms=None", f"elapsed_ms={int((t - first).total_seconds() * 1000)}")
out = "".join(l + "\n" for l in lines)
write_only(F1450, out, keys(F1450))
