#!/usr/bin/env python3
"""927: a Beeline session (Apache Hive 3.1.3) copied from the terminal by 张伟 of a Chinese data-platform team whose
ML-infra reading group keeps its paper queue as a Hive table (`reading.paper_queue`, notes in
`reading.reading_notes`). The shell line `beeline -u "jdbc:hive2://…/reading" -n zhangwei`, the SLF4J
multiple-bindings warning, Beeline's connect banner, the prompt `0: jdbc:hive2://hs2-01:10000/reading> ` (the
connection URL; `use` would not change it) and the continuation prompt (the same string with every character but
`>` and the final blank turned into `. ` dots); HiveServer2's operation log as `INFO  : …` lines (Compiling command
with the query id `hive_<yyyyMMddHHmmss>_<uuid>`, Semantic Analysis Completed, Returning Hive schema, Completed
compiling, Executing, Completed executing, OK, and the "Concurrency mode is disabled" line between the phases); one
ORDER BY query run as a Tez DAG with the in-place progress table; results in the `table` output format (`+-…-+`
rules, header centred, values left-aligned and padded by String.length(), so Chinese cells are not padded by
display width, `NULL`), `csv2` after `!set outputformat csv2` (no quoting: Hive's `disable.quoting.for.sv`),
`N rows selected (S.SSS seconds)`, `No rows affected (…)`, a compile error `Error: Error while compiling statement:
FAILED: SemanticException …`, `!quit` and `Closing: 0: jdbc:…`. LF, a final newline. The vLLM documentation, the
DeepSpeed and flash-attention repositories are not papers."""
import hashlib, os, sys, uuid
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(927)
K = dict(flash="2205.14135", zero="1910.02054", gptq="2210.17323", switch="2101.03961", spec="2211.17192",
         chin="2203.15556", int8="2208.07339", textbooks="2306.11644")
URL = "jdbc:hive2://hs2-01:10000/reading"
PROMPT = f"0: {URL}> "
CONT = "".join(c if c == ">" or i == len(PROMPT) - 1 else (". "[i % 2]) for i, c in enumerate(PROMPT))
out = []
clock = [10 * 3600 + 12 * 60 + 3]
TEZ = [False]


def qid(s):
    h = hashlib.md5(("927-" + s).encode()).digest()
    c = clock[0]
    return f"hive_20240305{c // 3600:02d}{c // 60 % 60:02d}{c % 60:02d}_{uuid.UUID(bytes=h, version=4)}"


def center(s, w):
    left = (w - len(s)) // 2
    return " " * left + s + " " * (w - len(s) - left)


def table(head, rows):
    cells = [[("NULL" if v is None else str(v)) for v in r] for r in rows]
    w = [max(len(x) for x in col) for col in zip(head, *cells)]
    rule = "+" + "+".join("-" * (n + 2) for n in w) + "+"
    lines = [rule, "| " + " | ".join(center(h, n) for h, n in zip(head, w)) + " |", rule]
    lines += ["| " + " | ".join(x.ljust(n) for x, n in zip(r, w)) + " |" for r in cells]
    lines.append(rule)
    return lines


def stmt(sql_lines):
    out.append(PROMPT + sql_lines[0])
    out.extend(CONT + l for l in sql_lines[1:])


def oplog(sql, schema, comp, exe, tez=None, vertices=("Map 1 ..........", "Reducer 2 ......"), extra=()):
    q = qid(sql)
    conc = "INFO  : Concurrency mode is disabled, not creating a lock manager"
    out.append(f"INFO  : Compiling command(queryId={q}): {sql}")
    out.append(conc)
    out.append("INFO  : Semantic Analysis Completed (retrial = false)")
    fs = ", ".join(f"FieldSchema(name:{n}, type:{t}, comment:null)" for n, t in schema)
    out.append(f"INFO  : Returning Hive schema: Schema(fieldSchemas:[{fs}], properties:null)" if schema else
               "INFO  : Returning Hive schema: Schema(fieldSchemas:null, properties:null)")
    out.append(f"INFO  : Completed compiling command(queryId={q}); Time taken: {comp} seconds")
    out.append(conc)
    out.append(f"INFO  : Executing command(queryId={q}): {sql}")
    if tez:
        tez_open = TEZ[0]; TEZ[0] = True
        out.extend([f"INFO  : Query ID = {q}", "INFO  : Total jobs = 1", "INFO  : Launching Job 1 out of 1",
                    "INFO  : Starting task [Stage-1:MAPRED] in serial mode",
                    f"INFO  : Subscribed to counters: [] for queryId: {q}", ("INFO  : Session is already open" if tez_open else "INFO  : Tez session hasn't been created yet. Opening session"),
                    f"INFO  : Dag name: {sql[:20]}...{sql[-2:]} (Stage-1)",
                    "INFO  : Status: Running (Executing on YARN cluster with App id application_1709251200417_0042)", ""])
        bar = "-" * 94
        out.extend([bar, "        VERTICES      MODE        STATUS  TOTAL  COMPLETED  RUNNING  PENDING  FAILED  KILLED  ",
                    bar,
                    *[f"{v} container     SUCCEEDED      1          1        0        0       0       0  " for v in vertices],
                    bar, f"VERTICES: {len(vertices):02d}/{len(vertices):02d}  [==========================>>] 100%  ELAPSED TIME: {tez} s     ", bar])
        out.append("INFO  : Status: DAG finished successfully in " + f"{float(tez) - 0.05:.2f}" + " seconds")
        out.extend(extra)
        out.append("INFO  : Completed executing command(queryId=" + q + "); Time taken: " + f"{float(tez) + 2.4:.3f}" + " seconds")
    else:
        out.append(f"INFO  : Completed executing command(queryId={q}); Time taken: {exe} seconds")
    out.append("INFO  : OK")
    out.append(conc)
    clock[0] += 17


def selected(n, secs):
    out.append(f"{'No' if n == 0 else n} row{'' if n == 1 else 's'} selected ({secs} seconds)")


ROWS = [  # id, title, arxiv, link, topic, owner, status, added
    (1, T(K["flash"]), None, "https://arxiv.org/abs/2205.14135", "注意力/算子", "王磊", "已读", "2024-01-08"),
    (2, T(K["zero"]), None, "https://arxiv.org/pdf/1910.02054.pdf", "分布式训练", "李娜", "已读", "2024-01-08"),
    (3, T(K["switch"]), "2101.03961", None, "MoE", "刘洋", "阅读中", "2024-01-22"),
    (4, T(K["chin"]), None, None, "缩放定律", "张伟", "阅读中", "2024-01-22"),
    (5, T(K["gptq"]), None, "https://arxiv.org/abs/2210.17323", "量化", "陈静", "待读", "2024-02-19"),
    (6, T(K["int8"]), None, None, "量化", "陈静", "待读", "2024-02-19"),
    (7, T(K["spec"]), "2211.17192", None, "推理加速", "王磊", "待读", "2024-02-26"),
    (8, T(K["textbooks"]), None, None, "数据", "李娜", "待定", "2024-03-04"),
    (9, "vLLM 文档：PagedAttention 与调度器（不是论文，部署前看）", None, "https://docs.vllm.ai/en/latest/", "推理服务", "刘洋",
     "待读", "2024-03-04"),
    (10, "DeepSpeed 仓库 ZeRO-3 配置示例（代码）", None, "https://github.com/microsoft/DeepSpeed", "分布式训练", "李娜",
     "已读", "2024-03-04"),
]

out.append(f'[zhangwei@dp-gw01 ~]$ beeline -u "{URL}" -n zhangwei')
out += ["SLF4J: Class path contains multiple SLF4J bindings.",
        "SLF4J: Found binding in [jar:file:/opt/apache-hive-3.1.3-bin/lib/log4j-slf4j-impl-2.17.1.jar!/org/slf4j/impl/StaticLoggerBinder.class]",
        "SLF4J: Found binding in [jar:file:/opt/hadoop-3.3.6/share/hadoop/common/lib/slf4j-reload4j-1.7.36.jar!/org/slf4j/impl/StaticLoggerBinder.class]",
        "SLF4J: See http://www.slf4j.org/codes.html#multiple_bindings for an explanation.",
        "SLF4J: Actual binding is of type [org.apache.logging.slf4j.Log4jLoggerFactory]",
        f"Connecting to {URL}", "Connected to: Apache Hive (version 3.1.3)", "Driver: Hive JDBC (version 3.1.3)",
        "Transaction isolation: TRANSACTION_REPEATABLE_READ", "Beeline version 3.1.3 by Apache Hive"]

stmt(["show tables;"])
oplog("show tables", [("tab_name", "string")], "0.038", "0.011")
out += table(["tab_name"], [("paper_queue",), ("reading_notes",), ("tmp_arxiv_import",)])
selected(3, "0.127")

stmt(["describe paper_queue;"])
oplog("describe paper_queue", [("col_name", "string"), ("data_type", "string"), ("comment", "string")], "0.041", "0.019")
out += table(["col_name", "data_type", "comment"],
             [("id", "int", "序号"), ("title", "string", "论文或资料标题"), ("arxiv", "string", "arXiv 编号，没有就留空"),
              ("link", "string", "链接"), ("topic", "string", "方向"), ("owner", "string", "负责讲的人"),
              ("status", "string", "待读/阅读中/已读/待定"), ("added", "date", "")])
selected(8, "0.094")

sql1 = ["select id, title, topic, owner, status", "from paper_queue", "order by id;"]
stmt(sql1)
oplog(" ".join(sql1)[:-1],
      [("id", "int"), ("title", "string"), ("topic", "string"), ("owner", "string"), ("status", "string")],
      "0.412", None, tez="3.41")
out += table(["id", "title", "topic", "owner", "status"], [(r[0], r[1], r[4], r[5], r[6]) for r in ROWS])
selected(10, "6.288")

out.append(PROMPT + "-- 有编号或链接的（没有的就只能按标题找了）")
stmt(["select id, arxiv, link from paper_queue", "where arxiv is not null or link is not null;"])
oplog("select id, arxiv, link from paper_queue where arxiv is not null or link is not null",
      [("id", "int"), ("arxiv", "string"), ("link", "string")], "0.187", "0.006")
sel = [(r[0], r[2], r[3]) for r in ROWS if r[2] or r[3]]
out += table(["id", "arxiv", "link"], sel)
selected(len(sel), "0.233")

out.append(PROMPT + "!set outputformat csv2")
NOTES = [
    (3, "刘洋", "每个 token 只走一个专家，路由简单；负载均衡损失那节要细看。我们集群上能不能跑得动要先估一下显存。"),
    (4, "张伟", "结论就是模型参数量和训练 token 数要同比例放大；我们 7B 的预训练计划按这个重新算了一遍数据量。"),
    (6, "陈静", "离群特征那部分很关键：大约 6.7B 以上才出现；和 GPTQ 放在同一次讲，对比 4-bit 和 8-bit。"),
    (8, "李娜", "数据质量比规模重要的又一个例子；但合成数据的细节没公开，先放待定。"),
    (7, "王磊", "草稿模型 + 目标模型并行验证，输出分布不变；想在我们的推理服务里试一下，看接受率。"),
]
stmt(["select paper_id, author, note from reading_notes where paper_id in (3, 4, 6, 7, 8);"])
oplog("select paper_id, author, note from reading_notes where paper_id in (3, 4, 6, 7, 8)",
      [("paper_id", "int"), ("author", "string"), ("note", "string")], "0.201", "0.004")
out.append("paper_id,author,note")
out += [f"{a},{b},{c}" for a, b, c in NOTES]
selected(len(NOTES), "0.198")

stmt(["select * from paper_queu limit 3;"])
out.append("Error: Error while compiling statement: FAILED: SemanticException [Error 10001]: Line 1:14 Table not found "
           "'paper_queu' (state=42S02,code=10001)")

stmt(["insert into reading_notes values (5, '陈静', '先看 GPTQ 的逐层量化和误差补偿，再对比 bitsandbytes 的实现（代码仓库，不算论文）。');"])
INS = "insert into reading_notes values (5, '陈静', '先看 GPTQ 的逐层量化和误差补偿，再对比 bitsandbytes 的实现（代码仓库，不算论文）。')"
oplog(INS, [("_col0", "int"), ("_col1", "string"), ("_col2", "string")], "0.356", None, tez="2.87",
      vertices=("Map 1 ..........", "Reducer 2 ......"),
      extra=["INFO  : Starting task [Stage-2:DEPENDENCY_COLLECTION] in serial mode",
             "INFO  : Starting task [Stage-0:MOVE] in serial mode",
             "INFO  : Loading data to table reading.reading_notes from hdfs://nameservice1/warehouse/tablespace/managed/hive/"
             "reading.db/reading_notes/.hive-staging_hive_2024-03-05_10-13-29_512_4431908876220147713-7/-ext-10000",
             "INFO  : Starting task [Stage-3:STATS] in serial mode"])
out.append("No rows affected (6.311 seconds)")
out.append(PROMPT + "!quit")
out.append(f"Closing: 0: {URL}")
out.append("[zhangwei@dp-gw01 ~]$ ")
write_only(F, "\n".join(out) + "\n", keys(F))
