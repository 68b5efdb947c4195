#!/usr/bin/env python3
"""934: `pm2 logs rqueue --lines 120 --nostream > rqueue-logs.txt`, saved by 박지우, who runs "rqueue", her Korean lab's
small Node.js (Express + better-sqlite3) reading-queue web app, under PM2 on a lab server: PM2's `[TAILING] …` line,
then per log file `<path> last N lines:` and its lines prefixed `0|rqueue   | ` (blank line between the files; no
colours, as the output is not a terminal); in the files, the `log_date_format` prefix `YYYY-MM-DD HH:mm:ss Z: ` on
the first line of every write, so the later lines of a multi-line `console.log` carry none; the app's Korean
messages with objects printed by Node's util.inspect (single-quoted strings, `null`, unquoted Dates, `[ 'a', 'b' ]`
arrays, one property per line beyond the break length); morgan's `dev` lines with their ANSI colour escapes
(`ESC[0m`, `ESC[32m` …), which morgan writes whatever the stream; in the error file a UNIQUE-constraint stack trace,
a failed Slack webhook and Node's punycode deprecation warning. LF, a final newline. The PEFT documentation, the
Slack webhook and the app's own pages are not papers."""
import datetime as dt, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(934)
K = dict(pt="2104.08691", glat="2008.07905", cqa="2011.03459", gpm="2103.09762", dora="2402.09353",
         norm="2004.10102", autohas="2006.03656", evolving="2101.03958")
PFX = "0|rqueue   | "
ESC = "\x1b"
KST = dt.timezone(dt.timedelta(hours=9))


def q(s):
    if "'" in s and '"' not in s: return '"' + s + '"'
    return "'" + s.replace("'", "\\'") + "'"


def inspect(v, ind=0):
    if v is None: return "null"
    if isinstance(v, bool): return "true" if v else "false"
    if isinstance(v, (int, float)): return str(v)
    if isinstance(v, dt.datetime): return v.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + f"{v.microsecond // 1000:03d}Z"
    if isinstance(v, str): return q(v)
    if isinstance(v, list): return "[ " + ", ".join(inspect(x) for x in v) + " ]" if v else "[]"
    items = [f"{k}: {inspect(x, ind + 2)}" for k, x in v.items()]
    one = "{ " + ", ".join(items) + " }"
    if len(one) + ind <= 72 and "\n" not in one: return one
    pad = " " * (ind + 2)
    return "{\n" + ",\n".join(pad + i for i in items) + "\n" + " " * ind + "}"


OUT, ERR = [], []


def at(d, hh, mi, ss):
    return dt.datetime(2024, 3, d, hh, mi, ss, tzinfo=KST)


def log(dest, t, msg):
    lines = msg.split("\n")
    dest.append(t.strftime("%Y-%m-%d %H:%M:%S +09:00") + ": " + lines[0])
    dest.extend(lines[1:])


def morgan(t, method, url, status, ms, length):
    col = {2: 32, 3: 36, 4: 33, 5: 31}[status // 100]
    log(OUT, t, f"{ESC}[0m{method} {url} {ESC}[{col}m{status}{ESC}[0m {ms} ms - {length}{ESC}[0m")


def paper(i, key, url, arxiv, tags, by, t):
    title = T(key) if key in K.values() else key
    return {"id": i, "title": title, "url": url, "arxiv": arxiv, "tags": tags, "addedBy": by,
            "createdAt": t.replace(microsecond=(i * 37 % 1000) * 1000)}


def added(t, obj, ms, length):
    log(OUT, t, "새 논문 등록: " + inspect(obj))
    morgan(t, "POST", "/api/papers", 201, ms, length)


log(OUT, at(2, 10, 31, 7), "[rqueue] 서버 시작: http://0.0.0.0:3000 (NODE_ENV=production, node v22.2.0)")
log(OUT, at(2, 10, 31, 7), "SQLite 연결: /srv/rqueue/data/queue.db (논문 36개, 투표 97개)")
for d, hh, mi, ss, url, ms, ln in [(2, 11, 2, 40, "/", "2.877", 2391), (2, 11, 2, 41, "/api/papers?status=queued", "9.120", 4512),
                                   (2, 15, 30, 3, "/api/papers/36", "3.402", 655), (3, 9, 12, 18, "/", "2.950", 2391),
                                   (3, 9, 12, 19, "/api/papers?status=queued", "8.874", 4698),
                                   (3, 20, 47, 55, "/api/papers?tag=peft", "5.331", 1320)]:
    morgan(at(d, hh, mi, ss), "GET", url, 200, ms, ln)
for d, hh, mi, ss, pid, who, tot in [(2, 15, 31, 9, 36, "hajun", 3), (2, 16, 4, 52, 35, "seoyeon", 4),
                                     (3, 9, 13, 0, 37, "jiwoo", 2), (3, 9, 14, 27, 38, "minjun", 1)]:
    log(OUT, at(d, hh, mi, ss), f"투표: paper {pid} ← {who} (+1, 총 {tot})")
    morgan(at(d, hh, mi, ss), "POST", f"/api/papers/{pid}/vote", 200, "4.0" + str(pid), 27)
log(OUT, at(3, 23, 58, 2), "SIGINT 수신 — DB 닫고 종료합니다")
t = at(4, 9, 0, 12)
log(OUT, t, "[rqueue] 서버 시작: http://0.0.0.0:3000 (NODE_ENV=production, node v22.2.0)")
log(OUT, t, "SQLite 연결: /srv/rqueue/data/queue.db (논문 38개, 투표 112개)")
morgan(at(4, 9, 14, 55), "GET", "/", 200, "3.118", 2391)
morgan(at(4, 9, 14, 55), "GET", "/api/papers?status=queued", 200, "8.412", 4821)
added(at(4, 9, 15, 31), paper(39, K["pt"], "https://arxiv.org/abs/2104.08691", None, ["peft", "nlp"], "jiwoo",
                             at(4, 9, 15, 31)), "14.027", 241)
added(at(4, 10, 2, 47), paper(40, K["dora"], None, "2402.09353", ["peft", "lora"], "minjun", at(4, 10, 2, 47)),
      "9.551", 228)
log(OUT, at(4, 10, 3, 5), "메모 추가: " + inspect({"paperId": 40, "by": "minjun",
                                                 "text": "LoRA를 크기와 방향으로 분해해서 방향만 LoRA로 학습. 다음 주 실험 후보"}))
morgan(at(4, 10, 3, 5), "POST", "/api/papers/40/notes", 201, "6.904", 133)
added(at(4, 13, 40, 9), paper(41, K["glat"], "https://openreview.net/forum?id=ZaYZfu8pT_N", None, ["nmt", "nat"],
                              "seoyeon", at(4, 13, 40, 9)), "11.380", 252)
log(OUT, at(4, 13, 41, 22), "투표: paper 41 ← hajun (+1, 총 2)")
morgan(at(4, 13, 41, 22), "POST", "/api/papers/41/vote", 200, "4.226", 27)
added(at(4, 16, 18, 40), paper(42, K["norm"], None, None, ["해석가능성", "attention"], "seoyeon", at(4, 16, 18, 40)),
      "10.112", 236)
log(OUT, at(4, 16, 19, 2), "메모 추가: " + inspect({"paperId": 42, "by": "seoyeon",
                                                  "text": "attention weight 대신 ‖αf(x)‖ 노름으로 보자는 논문. EMNLP 2020. 링크는 나중에"}))
morgan(at(4, 16, 19, 2), "POST", "/api/papers/42/notes", 201, "5.870", 171)
morgan(at(5, 9, 2, 14), "GET", "/api/papers?status=queued", 200, "7.903", 5310)
added(at(5, 9, 30, 51), paper(43, K["cqa"], "https://arxiv.org/abs/2011.03459", None, ["graph", "kg"], "hajun",
                              at(5, 9, 30, 51)), "12.664", 229)
added(at(5, 11, 7, 3), paper(44, K["autohas"], None, None, ["automl"], "minjun", at(5, 11, 7, 3)), "9.027", 206)
added(at(5, 11, 8, 45), paper(45, K["evolving"], None, None, ["automl", "rl"], "minjun", at(5, 11, 8, 45)),
      "8.790", 191)
log(OUT, at(5, 11, 9, 10), "메모 추가: " + inspect({"paperId": 45, "by": "minjun",
                                                  "text": "손실 함수를 계산 그래프로 두고 진화 탐색. AutoHAS랑 묶어서 AutoML 세션 하면 좋을 듯"}))
morgan(at(5, 11, 9, 10), "POST", "/api/papers/45/notes", 201, "6.155", 196)
added(at(5, 14, 20, 1), paper(46, K["gpm"], "https://arxiv.org/pdf/2103.09762", None, ["continual"], "jiwoo",
                              at(5, 14, 20, 1)), "13.481", 236)
morgan(at(5, 14, 20, 3), "POST", "/api/papers", 409, "3.942", 61)
added(at(5, 15, 2, 37), paper(47, "HF PEFT 문서: LoRA / DoRA 설정 (문서라서 태그만 달아 둠)",
                              "https://huggingface.co/docs/peft/main/en/developer_guides/lora", None, ["peft", "docs"],
                              "jiwoo", at(5, 15, 2, 37)), "10.009", 271)
log(OUT, at(5, 18, 0, 0), "주간 요약 생성: 새 논문 9개, 투표 14개 → #reading-group 전송 시도")
morgan(at(5, 18, 0, 0), "POST", "/internal/weekly-digest", 502, "5012.337", 44)

log(ERR, at(4, 9, 0, 12), "(node:20731) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a "
                          "userland alternative instead.\n(Use `node --trace-deprecation ...` to show where the warning "
                          "was created)")
log(ERR, at(5, 14, 20, 3), "등록 실패 (이미 있는 URL): SqliteError: UNIQUE constraint failed: papers.url\n"
                           "    at insertPaper (/srv/rqueue/src/db.js:42:6)\n"
                           "    at /srv/rqueue/src/routes/papers.js:31:17\n"
                           "    at Layer.handle [as handle_request] (/srv/rqueue/node_modules/express/lib/router/layer.js:95:5)\n"
                           "    at next (/srv/rqueue/node_modules/express/lib/router/route.js:149:13) {\n"
                           "  code: 'SQLITE_CONSTRAINT_UNIQUE'\n"
                           "}")
log(ERR, at(5, 18, 0, 5), "슬랙 알림 실패: Error: getaddrinfo EAI_AGAIN hooks.slack.com\n"
                          "    at GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:120:26) {\n"
                          "  errno: -3001,\n"
                          "  code: 'EAI_AGAIN',\n"
                          "  syscall: 'getaddrinfo',\n"
                          "  hostname: 'hooks.slack.com'\n"
                          "}")
N = 120
lines = ["[TAILING] Tailing last 120 lines for [rqueue] process (change the value with --lines option)",
         "/home/jiwoo/.pm2/logs/rqueue-out.log last 120 lines:"]
lines += [PFX + l for l in OUT[-N:]]
lines += ["", "/home/jiwoo/.pm2/logs/rqueue-error.log last 120 lines:"]
lines += [PFX + l for l in ERR[-N:]]
write_only(F, "\n".join(lines) + "\n", keys(F))
