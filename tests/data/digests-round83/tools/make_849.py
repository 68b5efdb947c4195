#!/usr/bin/env python3
"""849: a DuckDB CLI session (v0.10.0) copied from the terminal: the start-up banner, `D ` prompts with the typed
statements (continuation lines prompt `· `), dot commands, results in the default `duckbox` mode (box-drawing
frame, column names centred over a type row — `int32` / `int64` / `varchar` / `date` / `boolean` —, strings
left-aligned and numbers right-aligned, wide East Asian characters counted as two columns, over-long strings cut
with `…` to fit `.maxwidth`, `NULL` for nulls), then `.mode line` (names right-aligned to the longest, ` = `, an empty
line between records) and `.mode markdown`. A Chinese group's paper table on NLP pre-training and word
representations; datasets, a course, software and a leaderboard are rows too, not papers."""
import os, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys

F = by_num(849)


def w(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def cut(s, n):
    if w(s) <= n: return s
    out = ""
    for c in s:
        if w(out + c) > n - 1: break
        out += c
    return out + "…"


def center(s, n):
    extra = n - w(s)
    return " " * (extra // 2) + s + " " * (extra - extra // 2)


def duckbox(cols, types, rows, maxw=None, footer=None):
    rows = [["NULL" if v is None else str(v) for v in r] for r in rows]
    if maxw:
        rows = [[cut(v, maxw.get(i, 10 ** 6)) for i, v in enumerate(r)] for r in rows]
    ws = [max([w(c), w(t)] + [w(r[i]) for r in rows]) for i, (c, t) in enumerate(zip(cols, types))]
    line = lambda l, m, r: l + m.join("─" * (x + 2) for x in ws) + r
    out = [line("┌", "┬", "┐"), "│" + "│".join(" " + center(c, x) + " " for c, x in zip(cols, ws)) + "│",
           "│" + "│".join(" " + center(t, x) + " " for t, x in zip(types, ws)) + "│", line("├", "┼", "┤")]
    for r in rows:
        cells = []
        for v, t, x in zip(r, types, ws):
            pad = " " * (x - w(v))
            cells.append(" " + (pad + v if t.startswith("int") or t == "double" else v + pad) + " ")
        out.append("│" + "│".join(cells) + "│")
    if footer:
        tot = sum(ws) + 3 * len(ws) - 1
        out.append(line("├", "┴", "┤"))
        out.append("│" + center(footer, tot) + "│")
        out.append("└" + "─" * tot + "┘")
    else:
        out.append(line("└", "┴", "┘"))
    return "\n".join(out)


def linemode(recs):
    n = max(w(k) for r in recs for k, _ in r)
    return "\n\n".join("\n".join(" " * (n - w(k)) + k + " = " + ("" if v is None else str(v)) for k, v in r) for r in recs)


P = [  # id, key, year, topic, url, ref, status, note
 (11, "1301.3781", 2013, "词向量", None, None, "已读", "CBOW 与 skip-gram；组会第1讲。PDF 在共享盘 /papers/classic/。"),
 (12, "1802.05365", 2018, "词向量", None, "arXiv:1802.05365", "已读", "双向语言模型各层加权求和；NAACL 2018 最佳论文。"),
 (14, "1508.07909", 2015, "分词", "https://arxiv.org/abs/1508.07909", None, "已读", "字节对编码做子词切分；我们的中英混合词表沿用此法。"),
 (17, "1910.13461", 2019, "预训练", "https://arxiv.org/abs/1910.13461", None, "已读", "去噪自编码：文本填充 + 句子打乱。摘要任务基线。"),
 (18, "1910.10683", 2019, "预训练", "https://arxiv.org/abs/1910.10683v4", None, "精读", "统一为文本到文本；C4 语料的清洗规则值得借鉴。"),
 (21, "2012.08561", 2020, "预训练", "https://arxiv.org/pdf/2012.08561.pdf", None, "待读", "基于能量的完形填空模型，噪声对比估计训练。"),
 (23, "2010.06040", 2020, "预训练", None, None, "待读", "掩码方式对梯度方差的影响；OpenReview 版本与会议版略有不同，链接待补。"),
 (24, "2008.07905", 2020, "翻译", None, None, "待读", "非自回归翻译，一次解码；马老师推荐，与 ACL 2021 版本对照阅读。"),
]
R = [  # non-papers
 (31, "CLUE 中文理解测评基准（排行榜）", None, "排行榜", "https://www.cluebenchmarks.com/", None, "参考", "排行榜，不是论文"),
 (32, "jieba 分词（Python 库）", None, "分词", "https://github.com/fxsjy/jieba", None, "参考", "软件"),
 (33, "WMT14 英德数据集", 2014, "翻译", "https://www.statmt.org/wmt14/translation-task.html", None, "参考", "数据集"),
 (34, "斯坦福 CS224N 课程讲义", None, "课程", "https://web.stanford.edu/class/cs224n/", None, "参考", "课程"),
]

parts = []
A = parts.append
A("$ duckdb lunwen.duckdb")
A("v0.10.0 20b1486d11")
A('Enter ".help" for usage hints.')
A("D .tables")
A("papers     resources  sessions ")
A("D DESCRIBE papers;")
A(duckbox(["column_name", "column_type", "null", "key", "default", "extra"],
          ["varchar"] * 6,
          [["id", "INTEGER", "NO", "PRI", None, None], ["title", "VARCHAR", "NO", None, None, None],
           ["authors", "VARCHAR", "YES", None, None, None], ["year", "SMALLINT", "YES", None, None, None],
           ["topic", "VARCHAR", "YES", None, None, None], ["url", "VARCHAR", "YES", None, None, None],
           ["ref", "VARCHAR", "YES", None, None, None], ["status", "VARCHAR", "YES", None, None, None],
           ["note", "VARCHAR", "YES", None, None, None], ["added", "DATE", "YES", None, None, None]]))
A("D -- 按主题统计（组会前检查）")
A("D SELECT topic AS 主题, count(*) AS 篇数, count(url) AS 有链接 FROM papers GROUP BY ALL ORDER BY 篇数 DESC, 主题;")
from collections import Counter
cnt = Counter(p[3] for p in P); lk = Counter(p[3] for p in P if p[4])
A(duckbox(["主题", "篇数", "有链接"], ["varchar", "int64", "int64"],
          sorted([[t, cnt[t], lk[t]] for t in cnt], key=lambda r: (-r[1], r[0]))))
A("D SELECT id, title, year, status FROM papers ORDER BY year, id;")
A(duckbox(["id", "title", "year", "status"], ["int32", "varchar", "int16", "varchar"],
          [[p[0], T(p[1]), p[2], p[6]] for p in sorted(P, key=lambda p: (p[2], p[0]))], maxw={1: 48}))
A("D .maxrows 40")
A("D .mode line")
A("D SELECT id, title, authors, year, url, ref, note FROM papers")
A("· WHERE topic IN ('预训练', '分词', '翻译', '词向量') ORDER BY id;")
A(linemode([[("id", p[0]), ("title", T(p[1])), ("authors", au(p[1], 3)), ("year", p[2]), ("url", p[4]), ("ref", p[5]),
             ("note", p[7])] for p in P]))
A("D .mode markdown")
A("D SELECT id, name AS 名称, kind AS 类型, url FROM resources ORDER BY id;")
md_rows = [[str(r[0]), r[1], r[7], r[4]] for r in R]
mw = [max(w(x[i]) for x in md_rows + [["id", "名称", "类型", "url"]]) for i in range(4)]
A("| " + " | ".join(h + " " * (m - w(h)) for h, m in zip(["id", "名称", "类型", "url"], mw)) + " |")
A("|" + "|".join(("-" * (m + 1) + ":" if i == 0 else "-" * (m + 2)) for i, m in enumerate(mw)) + "|")
for r in md_rows:
    A("| " + " | ".join((" " * (m - w(x)) + x) if i == 0 else (x + " " * (m - w(x))) for i, (x, m) in enumerate(zip(r, mw))) + " |")
A("D .mode duckbox")
A("D SELECT s.date AS 日期, s.presenter AS 报告人, p.id AS 论文 FROM sessions s JOIN papers p ON p.id = s.paper_id ORDER BY s.date;")
A(duckbox(["日期", "报告人", "论文"], ["date", "varchar", "int32"],
          [["2024-03-06", "王思远", 11], ["2024-03-06", "王思远", 12], ["2024-03-13", "陈若溪", 14], ["2024-03-20", "刘一鸣", 17],
           ["2024-03-27", "刘一鸣", 18], ["2024-04-03", "赵可欣", 21], ["2024-04-10", None, 23]]))
A("D SELECT count(*) FROM papers WHERE status = '待读';")
A(duckbox(["count_star()"], ["int64"], [[sum(1 for p in P if p[6] == "待读")]]))
A("D COPY (SELECT id, title, url FROM papers ORDER BY id) TO 'reading_list.csv' (HEADER, DELIMITER ',');")
A("D .quit")
text = "\n".join(parts) + "\n"
write_only(F, text, keys(F))
