#!/usr/bin/env python3
"""987: an `hbase shell` session (HBase 2.4 on a gateway host) as a Chinese training / inference platform team's
engineer copied it from the terminal: the shell prompt, SLF4J's multiple-bindings lines, the shell's banner
(`HBase Shell`, help lines, `Version 2.4.17, r…`), then `hbase:NNN:0> ` prompts. The team keeps its reading list in an
HBase table (`infra_reading:papers`, families `m` and `n`) and the reading-group dates in `infra_reading:sessions`.
Commands: list_namespace_tables, scans with COLUMNS / STARTROW, two gets, puts (the typed values are raw UTF-8
Chinese), a get on a mistyped table (ERROR + usage hint), count, exit. Cell values are printed as HBase prints them
(Bytes.toStringBinary: every byte outside the printable ASCII set as `\\xNN`), so the Chinese notes read as escapes in
the output; timestamps in 2.4's ISO-like local form; rows in key order, cells in family:qualifier order; the ROW /
COLUMN+CELL and COLUMN / CELL columns aligned. The DeepSpeed repository, the bitsandbytes documentation, a wiki page
and a recorded session are not papers."""
import os, sys, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(987)
K = dict(zero="1910.02054", flash="2205.14135", gptq="2210.17323", mpt="1710.03740", int8="2208.07339",
         spec="2211.17192", hf="1910.03771", dora="2402.09353")
PRINTABLE = set(b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz" + " `~!@#$%^&*()-_=+[]{}|;:'\",.<>/?".encode())


def binary(s):
    """org.apache.hadoop.hbase.util.Bytes.toStringBinary of the UTF-8 bytes"""
    return "".join(chr(b) if b in PRINTABLE else "\\x%02X" % b for b in s.encode("utf-8"))


def ts(s):
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S.%f")
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % (d.microsecond // 1000)


# the table as it stands before the session: row -> {family:qualifier: (value, written at)}
papers = {
    "p001": {"m:title": (T(K["zero"]), "2024-01-08 10:12:41.307"), "m:link": ("https://arxiv.org/abs/1910.02054", "2024-01-08 10:12:41.307"),
             "m:owner": ("zhangwei", "2024-01-08 10:12:41.307"), "m:status": ("done", "2024-01-19 17:40:02.118"),
             "n:note": ("第一次分享，讲了 stage 1/2/3 的显存账本。我们训练集群现在默认 stage 2 + offload 关闭。", "2024-01-19 17:40:02.118"),
             "n:extra": ("https://github.com/microsoft/DeepSpeed", "2024-01-08 10:12:41.307")},
    "p002": {"m:title": (T(K["flash"]), "2024-01-08 10:14:05.662"), "m:link": ("https://arxiv.org/abs/2205.14135", "2024-01-08 10:14:05.662"),
             "m:owner": ("liuyang", "2024-01-08 10:14:05.662"), "m:status": ("done", "2024-03-07 16:55:31.940"),
             "n:note": ("推理组最关心 v2 的 kernel，但先把 v1 的 IO 复杂度分析读懂。讲的时候画一下 SRAM/HBM 的图。", "2024-03-07 16:55:31.940")},
    "p003": {"m:title": (T(K["mpt"]), "2024-01-22 14:02:18.031"), "m:link": ("https://openreview.net/forum?id=r1gs9JgRZ", "2024-01-22 14:02:18.031"),
             "m:owner": ("hejing", "2024-01-22 14:02:18.031"), "m:status": ("done", "2024-02-01 18:21:09.574"),
             "n:note": ("老论文，新人补课用。loss scaling 那一节必读，bf16 为什么不需要它也顺便说清楚。", "2024-02-01 18:21:09.574")},
    "p004": {"m:title": (T(K["gptq"]), "2024-02-19 11:30:52.447"), "m:link": ("https://arxiv.org/pdf/2210.17323.pdf", "2024-02-19 11:30:52.447"),
             "m:owner": ("huanglei", "2024-02-19 11:30:52.447"), "m:status": ("reading", "2024-03-04 09:48:13.205"),
             "n:note": ("和 p005 放在同一次讲：一个是逐层二阶信息做权重量化，一个是 outlier 特征单独走 fp16。", "2024-03-04 09:48:13.205")},
    "p005": {"m:title": (T(K["int8"]), "2024-02-19 11:33:07.915"), "m:arxiv": ("2208.07339", "2024-02-19 11:33:07.915"),
             "m:owner": ("huanglei", "2024-02-19 11:33:07.915"), "m:status": ("reading", "2024-03-04 09:48:13.205"),
             "n:note": ("线上 13B 模型就是用 bitsandbytes 的 8bit 加载的，读完要能解释为什么 6.7B 以上会出现离群值。", "2024-03-04 09:48:13.205"),
             "n:extra": ("https://huggingface.co/docs/bitsandbytes/main/en/index", "2024-02-19 11:33:07.915")},
    "p006": {"m:title": (T(K["spec"]), "2024-03-01 15:07:44.680"), "m:owner": ("-", "2024-03-01 15:07:44.680"),
             "m:status": ("todo", "2024-03-01 15:07:44.680"),
             "n:note": ("还没人认领。vLLM 里已经有草稿模型的实现了，讲的时候可以直接跑我们自己的 7B+1B 组合。", "2024-03-01 15:07:44.680")},
    "p007": {"m:title": (T(K["hf"]), "2024-03-01 15:09:26.122"), "m:owner": ("hejing", "2024-03-01 15:09:26.122"),
             "m:status": ("todo", "2024-03-01 15:09:26.122"),
             "n:note": ("不是方法论文，是库的论文。新人入职第一周读，重点看 tokenizer / model / pipeline 三层怎么拆。", "2024-03-01 15:09:26.122")},
}
sessions = {
    "20240307": {"s:paper": ("p002", "2024-02-26 10:01:12.540"), "s:speaker": ("liuyang", "2024-02-26 10:01:12.540"),
                 "s:room": ("3号楼 502 会议室", "2024-02-26 10:01:12.540"),
                 "s:video": ("https://meeting.infra.example/rec/20240307-flash", "2024-03-07 17:02:40.006")},
    "20240314": {"s:paper": ("p004,p005", "2024-03-04 09:50:27.771"), "s:speaker": ("huanglei", "2024-03-04 09:50:27.771"),
                 "s:room": ("3号楼 502 会议室", "2024-03-04 09:50:27.771"),
                 "s:slides": ("https://wiki.infra.example/pages/viewpage.action?pageId=48213", "2024-03-11 20:15:03.318")},
    "20240321": {"s:paper": ("p008", "2024-03-12 10:44:58.019"), "s:speaker": ("sunyue", "2024-03-12 10:44:58.019"),
                 "s:room": ("线上（腾讯会议）", "2024-03-12 10:44:58.019")},
}
W = 35
out = ["[zhangwei@dp-hb-gw02 ~]$ hbase shell",
       "SLF4J: Class path contains multiple SLF4J bindings.",
       "SLF4J: Found binding in [jar:file:/opt/hbase-2.4.17/lib/client-facing-thirdparty/slf4j-reload4j-1.7.33.jar!/org/slf4j/impl/StaticLoggerBinder.class]",
       "SLF4J: Found binding in [jar:file:/opt/hadoop-3.3.6/share/hadoop/common/lib/slf4j-reload4j-1.7.36.jar!/org/slf4j/impl/StaticLoggerBinder.class]",
       "SLF4J: See http://www.slf4j.org/codes.html#multiple_bindings for an explanation.",
       "SLF4J: Actual binding is of type [org.slf4j.impl.Reload4jLoggerFactory]",
       "HBase Shell",
       'Use "help" to get list of supported commands.',
       'Use "exit" to quit this interactive shell.',
       "For Reference, please visit: http://hbase.apache.org/2.0/book.html#shell",
       "Version 2.4.17, r4c1a8e5b20f93d7e61b0a94f3c2d8e17b6a05c39, Fri Mar 31 18:10:04 UTC 2023",
       "Took 0.0021 seconds"]
n = [0]


def cmd(c):
    n[0] += 1
    out.append("hbase:%03d:0> %s" % (n[0], c))


def took(x):
    out.append("Took %.4f seconds" % x)


def scan(table, cols=None, start=None):
    rows = [r for r in sorted(table) if start is None or r >= start]
    out.append("ROW".ljust(W + 2) + "COLUMN+CELL")
    for r in rows:
        for c in sorted(table[r]):
            if cols and c not in cols: continue
            v, t = table[r][c]
            out.append(" " + r.ljust(W) + " column=%s, timestamp=%s, value=%s" % (c, ts(t), binary(v)))
    out.append("%d row(s)" % len(rows))


def get(table, r):
    out.append("COLUMN".ljust(W + 2) + "CELL")
    for c in sorted(table[r]):
        v, t = table[r][c]
        out.append(" " + c.ljust(W) + " timestamp=%s, value=%s" % (ts(t), binary(v)))
    out.append("1 row(s)")


cmd("list_namespace_tables 'infra_reading'")
out += ["TABLE", "papers", "sessions", "2 row(s)"]; took(0.3981)
out.append('=> ["papers", "sessions"]')
cmd("scan 'infra_reading:papers', {COLUMNS => ['m:title', 'm:link', 'm:arxiv']}")
scan(papers, cols={"m:title", "m:link", "m:arxiv"}); took(0.1127)
cmd("get 'infra_reading:paper', 'p005'")
out += ["ERROR: Unknown table infra_reading:paper!", "", "For usage try 'help \"get\"'", ""]; took(0.0093)
cmd("get 'infra_reading:papers', 'p005'")
get(papers, "p005"); took(0.0215)
cmd("get 'infra_reading:papers', 'p001'")
get(papers, "p001"); took(0.0188)
puts = [("m:title", T(K["dora"])), ("m:owner", "sunyue"), ("m:status", "todo"),
        ("n:note", "微调组下次分享：和 LoRA、QLoRA 放在一起对比，看看幅度/方向分解在我们的 SFT 数据上有没有用。")]
stamp = ["2024-03-12 10:43:%06.3f" % (11.204 + 3.517 * i) for i in range(len(puts))]
papers["p008"] = {}
for (c, v), t in zip(puts, stamp):
    cmd("put 'infra_reading:papers', 'p008', '%s', '%s'" % (c, v))
    took(0.0312 - 0.0047 * len(papers["p008"]))
    papers["p008"][c] = (v, t)
cmd("scan 'infra_reading:papers', {COLUMNS => ['m:title', 'm:owner', 'm:status', 'n:note'], STARTROW => 'p006'}")
scan(papers, cols={"m:title", "m:owner", "m:status", "n:note"}, start="p006"); took(0.0408)
cmd("scan 'infra_reading:sessions'")
scan(sessions); took(0.0361)
cmd("count 'infra_reading:papers'")
out += ["8 row(s)"]; took(0.0519); out.append("=> 8")
cmd("exit")
out.append("[zhangwei@dp-hb-gw02 ~]$ ")
text = "\n".join(out) + "\n"
forms = [v for tab in (papers, sessions) for r in tab.values() for v, _ in r.values()]
write_only(F, text, keys(F), forms)
