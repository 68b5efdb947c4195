#!/usr/bin/env python3
"""730: a Redis 7 multi-part AOF increment file (appendonlydir/appendonly.aof.4.incr.aof): RESP arrays of bulk
strings with exact UTF-8 byte lengths, CRLF, '#TS:<unix>' annotations (aof-timestamp-enabled yes), SELECT first,
MULTI / EXEC, SET … PXAT and PEXPIREAT as Redis rewrites them. The store of an invented Korean Telegram paper bot
(HSET paper hashes, SADD tags, ZADD feed, RPUSH chat log JSON). LLM reasoning, evaluation and agents."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_raw
from make_expected import by_num, keys, GPT2

F = by_num(730)
A = lambda k: f"https://arxiv.org/abs/{k}"
out, dec = [], []
last_ts = [None]


def cmd(ts, *args):
    if ts != last_ts[0]:
        out.append(f"#TS:{ts}\r\n".encode()); last_ts[0] = ts
    b = [str(a).encode("utf-8") for a in args]
    out.append(f"*{len(b)}\r\n".encode() + b"".join(b"$%d\r\n" % len(x) + x + b"\r\n" for x in b))
    dec.append(" ".join(str(a) for a in args))


def msg(ts, mid, user, text):
    j = json.dumps({"message_id": mid, "chat_id": -1001873420551, "from": user, "date": ts, "text": text},
                   ensure_ascii=False, separators=(",", ":"))
    cmd(ts, "RPUSH", "tgbot:chatlog:-1001873420551", j)


t = 1709859600
cmd(t, "SELECT", "0")
cmd(t, "SET", "tgbot:lock:poller", "c7f3a9e2", "PXAT", str(t * 1000 + 30000))
msg(t + 3, 4411, "hyejin_p", "이번 주 스터디 첫 번째 논문은 arXiv 말고 OpenReview 버전으로 할게요 👉 https://openreview.net/forum?id=_VjQlMeSB_J 리뷰 코멘트가 재밌어서요")
n = 212
papers = [
 ("2201.11903", T("2201.11903"), "https://openreview.net/forum?id=_VjQlMeSB_J", "",
  "단계별 풀이 예시를 프롬프트에 넣으면 큰 모델에서만 추론 성능이 뛰어오름. 리뷰어 코멘트(스케일 의존성) 꼭 같이 읽기.", "hyejin_p", ["reasoning", "prompting"]),
 ("2206.07682", T("2206.07682"), A("2206.07682"), "",
  "'창발'의 정의를 어떻게 측정하느냐에 따라 결론이 달라질 수 있다는 반론도 같이 볼 것 (블로그 글 링크는 아래 채팅 로그).", "minsoo.k", ["scaling", "evaluation"]),
 ("2308.03688", T("2308.03688"), "", "arXiv:2308.03688",
  "에이전트 평가 벤치마크. 링크가 깨져서 번호만 저장함. OS/DB/웹쇼핑 등 8개 환경.", "jiwoo_lee", ["agents", "evaluation"]),
 ("2207.05221", T("2207.05221"), A("2207.05221"), "",
  "모델이 자기 답의 정답 확률(P(True))을 꽤 잘 보정한다는 결과. 우리 QA 데이터로 재현해보자.", "hyejin_p", ["calibration"]),
 ("2306.11644", T("2306.11644"), A("2306.11644"), "",
  "교과서 품질 데이터로 작은 코드 모델 학습. 데이터 오염 논쟁 있음 — 발표할 때 언급하기.", "minsoo.k", ["data", "code"]),
 (None, T("2303.18223"), "", "", "서베이. 제목만 공유받음 — 다음 달 개론 세미나 참고용.", "jiwoo_lee", ["survey"]),
 (None, T("2304.03442"), "", "", "샌드박스 마을에서 25명 에이전트가 기억·회고·계획. 발표자: 혜진 (3/21).", "hyejin_p", ["agents"]),
 (None, GPT2, "", "", "고전. 제로샷 태스크 전이의 출발점으로 다시 읽기. PDF는 공식 블로그에서만 배포됨.", "seojun", ["classic"]),
]
for i, (aid, title, url, ident, note, who, tags) in enumerate(papers):
    ts = t + 60 + i * 437
    n += 1
    key = f"tgbot:paper:{n}"
    fields = ["title", title]
    if url: fields += ["url", url]
    if ident: fields += ["arxiv", ident]
    fields += ["added_by", who, "added_at", str(ts), "note", note, "votes", "0"]
    cmd(ts, "MULTI")
    cmd(ts, "HSET", key, *fields)
    for tg in tags:
        cmd(ts, "SADD", f"tgbot:tag:{tg}", key)
    cmd(ts, "ZADD", "tgbot:feed", str(ts), key)
    cmd(ts, "INCR", "tgbot:counter:paper")
    cmd(ts, "EXEC")
    if i == 1:
        msg(ts + 5, 4420, "minsoo.k", "반론 글은 논문이 아니라 블로그라서 태그만 달았어요: https://blog.minsoo.example.kr/posts/emergence-metrics")
    if i == 3:
        msg(ts + 9, 4427, "jiwoo_lee", f"/add {title}\n보정(calibration) 쪽은 이거 하나면 충분할 듯")
        cmd(ts + 9, "HINCRBY", key, "votes", "3")
    if i == 4:
        msg(ts + 2, 4431, "seojun", f"/add 제목: {title} ({au('2306.11644', 2)}) — 링크 {url}")
    if i == 5:
        msg(ts + 4, 4436, "jiwoo_lee", f"/add {title}\n저자: {au('2303.18223', 3)} — 링크는 나중에")
    if i == 6:
        msg(ts + 7, 4440, "hyejin_p", f"/add {title} ({au('2304.03442', 2)})\n발표 제가 할게요 🙋")
        cmd(ts + 7, "SET", "tgbot:session:hyejin_p", "awaiting_slot", "PXAT", str((ts + 7) * 1000 + 600000))
    if i == 7:
        msg(ts + 3, 4443, "seojun", f"/add {title}\n({au(GPT2, 2)}, 2019)")
t2 = t + 60 + 8 * 437 + 120
msg(t2, 4450, "minsoo.k", "공지: 다음 주는 논문 대신 lm-evaluation-harness 실습입니다. 노트북은 깃허브 리포에 올려둘게요.")
cmd(t2, "HINCRBY", "tgbot:paper:213", "votes", "4")
cmd(t2, "HINCRBY", "tgbot:paper:219", "votes", "5")
cmd(t2 + 1, "SADD", "tgbot:resource", "https://github.com/EleutherAI/lm-evaluation-harness", "https://huggingface.co/spaces/open-llm-leaderboard/open_llm_leaderboard")
cmd(t2 + 1, "HSET", "tgbot:schedule:2024-03-21", "speaker", "hyejin_p", "paper", "tgbot:paper:219", "room", "공학관 412호")
cmd(t2 + 2, "PEXPIREAT", "tgbot:session:hyejin_p", str((t2 + 2) * 1000 + 3600000))
cmd(t2 + 2, "DEL", "tgbot:lock:poller")
msg(t2 + 40, 4452, "hyejin_p", "3/21 발표 자료 초안 공유했어요 (구글 슬라이드, 링크는 DM). 질문 미리 받아요!")
cmd(t2 + 41, "HSET", "tgbot:user:hyejin_p", "lang", "ko", "last_seen", str(t2 + 41))

data = b"".join(out)
write_raw(F, data, [data.decode("utf-8"), "\n".join(dec)], keys(F))
