#!/usr/bin/env python3
"""1374: a Python REPL session (Traditional Chinese): a Hsinchu-like lab's student (雨婷, `yuting`) looks at the
reading group's SQLite list through SQLAlchemy 2.0 with `echo=True`, so the engine's log lines (`%(asctime)s
%(levelname)s %(name)s %(message)s`: BEGIN (implicit), the compiled SQL with a trailing space before each new line,
`[generated in 0.00031s]` / `[cached since 75.21s ago]` and the parameter tuple, COMMIT) interleave with the REPL's
output: a select printed row by row, an INSERT and commit, the refresh SELECT (with `AS papers_id` labels) that
`p.id` triggers after the commit, and a text() GROUP BY. Spinning Up (a tutorial) is not a paper; AlphaGo Zero, GPM,
DNAS, Xavier are nicknames."""
import os, sys, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1374, keys, ALPHAGOZERO, GLOROT

TOPICS = ["強化學習", "自動機器學習", "持續學習", "最佳化與理論"]
NO = "（無連結）"
ROWS = [  # id, title, url, arxiv_id, topic
 (3, ALPHAGOZERO, "https://www.nature.com/articles/nature24270", None, "強化學習"),
 (5, GLOROT, "https://proceedings.mlr.press/v9/glorot10a.html", None, "最佳化與理論"),
 (8, T("2006.05990"), "https://arxiv.org/abs/2006.05990", None, "強化學習"),
 (12, T("2103.09762"), "https://arxiv.org/pdf/2103.09762", None, "持續學習"),
 (14, T("2101.08809"), "https://arxiv.org/abs/2101.08809", None, "自動機器學習"),
 (16, T("2103.14339"), None, None, "強化學習"),
 (17, T("2103.13462"), None, None, "最佳化與理論"),
 (19, "Spinning Up in Deep RL（OpenAI 教學，不是論文）", "https://spinningup.openai.com/en/latest/", None, "強化學習"),
]
NEW = (21, T("2108.04392"), None, "2108.04392", "自動機器學習", "DNAS 的架構選擇問題；週四讀書會用，PDF 之後再補", "yuting")
COLS = ["id", "title", "url", "arxiv_id", "topic", "note", "added_by"]

t0 = dt.datetime(2024, 5, 14, 15, 2, 11, 437000)
ts = lambda t: f"{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d}"
log = lambda t, m: f"{ts(t)} INFO sqlalchemy.engine.Engine {m}\n"
P1, P2 = ">>> ", "... "
sel_cols = ", ".join(f"papers.{c}" for c in COLS)
out = ['Python 3.12.3 (main, Apr 10 2024, 05:33:47) [GCC 13.2.0] on linux\n',
       'Type "help", "copyright", "credits" or "license" for more information.\n',
       P1 + "from sqlalchemy import create_engine, select, text\n",
       P1 + "from sqlalchemy.orm import Session\n",
       P1 + "from yuedu.models import Paper\n",
       P1 + 'engine = create_engine("sqlite:///yuedu.db", echo=True)\n',
       P1 + "s = Session(engine)\n",
       P1 + f"q = select(Paper).where(Paper.topic.in_({TOPICS!r})).order_by(Paper.id)\n",
       P1 + "rows = s.scalars(q).all()\n",
       log(t0, "BEGIN (implicit)"),
       log(t0 + dt.timedelta(microseconds=4000), f"SELECT {sel_cols} \nFROM papers \nWHERE papers.topic IN (?, ?, ?, ?) ORDER BY papers.id"),
       log(t0 + dt.timedelta(microseconds=4000), f"[generated in 0.00031s] {tuple(TOPICS)!r}"),
       P1 + "len(rows)\n", f"{len(ROWS)}\n",
       P1 + f'for p in rows: print(p.id, p.title, p.url or p.arxiv_id or "{NO}", sep=" | ")\n', P2 + "\n"]
out += [f"{i} | {t} | {u or a or NO}\n" for i, t, u, a, _ in ROWS]
t1 = dt.datetime(2024, 5, 14, 15, 4, 40, 102000)
out += [P1 + f"p = Paper(title={NEW[1]!r}, arxiv_id={NEW[3]!r}, topic={NEW[4]!r}, note={NEW[5]!r}, added_by={NEW[6]!r})\n",
        P1 + "s.add(p); s.commit()\n",
        log(t1, f"INSERT INTO papers ({', '.join(COLS[1:])}) VALUES (?, ?, ?, ?, ?, ?)"),
        log(t1, f"[generated in 0.00024s] {NEW[1:]!r}"),
        log(t1 + dt.timedelta(microseconds=7000), "COMMIT"),
        P1 + "p.id\n"]
t2 = dt.datetime(2024, 5, 14, 15, 4, 52, 311000)
refresh = ", ".join(f"papers.{c} AS papers_{c}" for c in COLS)
out += [log(t2, "BEGIN (implicit)"),
        log(t2 + dt.timedelta(microseconds=1000), f"SELECT {refresh} \nFROM papers \nWHERE papers.id = ?"),
        log(t2 + dt.timedelta(microseconds=1000), f"[generated in 0.00018s] ({NEW[0]},)"),
        f"{NEW[0]}\n"]
t3 = dt.datetime(2024, 5, 14, 15, 6, 7, 520000)
counts = {}
for r in ROWS: counts[r[4]] = counts.get(r[4], 0) + 1
counts[NEW[4]] += 1
counts["視覺"] = 11
res = sorted(counts.items(), key=lambda kv: kv[0].encode("utf-8"))
out += [P1 + 's.execute(text("SELECT topic, count(*) FROM papers GROUP BY topic")).all()\n',
        log(t3, "SELECT topic, count(*) FROM papers GROUP BY topic"),
        log(t3, "[generated in 0.00015s] ()"),
        repr(res) + "\n",
        P1 + "s.scalars(q).all()[-1].title\n",
        log(t3 + dt.timedelta(seconds=75, microseconds=210000), f"SELECT {sel_cols} \nFROM papers \nWHERE papers.topic IN (?, ?, ?, ?) ORDER BY papers.id"),
        log(t3 + dt.timedelta(seconds=75, microseconds=210000), f"[cached since {((t3 + dt.timedelta(seconds=75, microseconds=210000)) - (t0 + dt.timedelta(microseconds=4000))).total_seconds():.4g}s ago] {tuple(TOPICS)!r}"),
        repr(NEW[1]) + "\n",
        P1 + "s.close()\n",
        log(t3 + dt.timedelta(seconds=81, microseconds=4000), "ROLLBACK"),
        P1 + "exit()\n"]
write_only(F1374, "".join(out), keys(F1374))
