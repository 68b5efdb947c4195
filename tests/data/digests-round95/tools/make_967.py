#!/usr/bin/env python3
"""967: a spark-shell session (Spark 3.5.0, Scala 2.12 REPL, YARN client mode) copied from the terminal of a Chinese
data-platform team's gateway host: the shell line, the start-up WARNs (`yy/MM/dd HH:mm:ss WARN Class: …`), the Web UI
and `sc` / `spark` lines, the ASCII banner with the version, `scala> ` prompts with `     | ` continuation lines and
one `:paste` block, `resN: Type = value` results, `printSchema`'s tree, `Dataset.show()` tables (default truncation to
20 characters, cells right-aligned; `show(false)` left-aligned and untruncated; widths counted in half-width units, a
CJK character counting two, as Spark's `Utils.stringHalfWidth` does; two blank lines after a table), an
`AnalysisException` for a misspelt column with its plan and an elided stack, `println` output, `:quit`. The team's
reading table `ml_reading.papers` (Hive / parquet) holds the scaling and MoE papers; DeepSpeed's MoE tutorial and the
Megatron-LM repository are not papers. LF, a final newline."""
import os, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, GPT1

F = by_num(967)
K = dict(gpt3="2005.14165", scaling="2001.08361", switch="2101.03961", moe="1701.06538", chin="2203.15556",
         gpt1=GPT1, gshard="2006.16668", megatron="1909.08053")
SHELL = "[liyu@dp-gw03 ~]$ "
P, C = "scala> ", "     | "


def hw(s):
    """Spark's Utils.stringHalfWidth: full-width (East Asian W / F) characters count two"""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def show(names, rows, truncate=20, more=None):
    """Dataset.showString: null -> "null", truncation to `truncate` chars (17 + "..."), minimum width 3, leftPad when
    truncating, rightPad for show(false); `more` = the numRows shown when the Dataset has more rows"""
    def cell(v):
        s = "null" if v is None else str(v)
        if truncate > 0 and len(s) > truncate:
            s = s[:truncate - 3] + "..." if truncate >= 4 else s[:truncate]
        return s
    tab = [list(names)] + [[cell(v) for v in r] for r in rows]
    w = [3] * len(names)
    for r in tab:
        for i, c in enumerate(r):
            w[i] = max(w[i], hw(c))
    def pad(c, i):
        return " " * (w[i] - hw(c)) + c if truncate > 0 else c + " " * (w[i] - hw(c))
    sep = "+" + "+".join("-" * x for x in w) + "+"
    out = [sep, "|" + "|".join(pad(c, i) for i, c in enumerate(tab[0])) + "|", sep]
    out += ["|" + "|".join(pad(c, i) for i, c in enumerate(r)) + "|" for r in tab[1:]]
    out.append(sep)
    if more: out.append(f"only showing top {more} row{'' if more == 1 else 's'}")
    return out + ["", ""]


def cmd(first, *cont):
    return [P + first] + [C + c for c in cont]


out = [SHELL + "spark-shell --master yarn --queue ml_reading --conf spark.sql.shuffle.partitions=8",
       'Setting default log level to "WARN".',
       "To adjust logging level use sc.setLogLevel(newLevel). For SparkR, use setLogLevel(newLevel).",
       "24/03/12 10:14:07 WARN NativeCodeLoader: Unable to load native-hadoop library for your platform... using builtin-java classes where applicable",
       "24/03/12 10:14:12 WARN Client: Neither spark.yarn.jars nor spark.yarn.archive is set, falling back to uploading libraries under SPARK_HOME.",
       "Spark context Web UI available at http://dp-gw03.bigdata.example:4040",
       "Spark context available as 'sc' (master = yarn, app id = application_1709856312345_0187).",
       "Spark session available as 'spark'.",
       "Welcome to",
       "      ____              __",
       "     / __/__  ___ _____/ /__",
       "    _\\ \\/ _ \\/ _ `/ __/  '_/",
       "   /___/ .__/\\_,_/_/ /_/\\_\\   version 3.5.0",
       "      /_/",
       "         ",
       "Using Scala version 2.12.18 (OpenJDK 64-Bit Server VM, Java 1.8.0_392)",
       "Type in expressions to have them evaluated.",
       "Type :help for more information.",
       ""]
out += cmd("spark.version") + ["res0: String = 3.5.0", ""]
out += cmd('spark.sql("show tables in ml_reading").show()')
out += show(["namespace", "tableName", "isTemporary"], [["ml_reading", "papers", "false"], ["ml_reading", "sessions", "false"],
                                                       ["ml_reading", "tmp_import_0305", "false"]])
out += cmd('val papers = spark.table("ml_reading.papers")')
out += ["papers: org.apache.spark.sql.DataFrame = [id: int, title: string ... 9 more fields]", ""]
out += cmd("papers.printSchema")
out += ["root"] + [f" |-- {n}: {t} (nullable = true)" for n, t in
                   [("id", "integer"), ("title", "string"), ("authors", "string"), ("year", "integer"), ("link", "string"),
                    ("arxiv", "string"), ("topic", "string"), ("status", "string"), ("owner", "string"), ("note", "string"),
                    ("added", "date")]] + ["", ""]
out += cmd("papers.count") + ["res3: Long = 46", ""]
out += cmd('papers.groupBy("topic").count().orderBy($"count".desc).show()')
out += show(["topic", "count"], [["scaling", 9], ["rlhf", 8], ["inference", 8], ["retrieval", 7], ["multimodal", 6],
                                 ["data", 5], ["eval", 3]])
out += cmd('papers.filter($"topic" === "scaling").', '  select("id", "title", "link").orderBy("id").show(false)')
out += show(["id", "title", "link"], [
    [201, T(K["gpt1"]), None],
    [202, T(K["gpt3"]), "https://arxiv.org/abs/2005.14165"],
    [203, T(K["scaling"]), "https://arxiv.org/abs/2001.08361"],
    [204, T(K["megatron"]), "https://github.com/NVIDIA/Megatron-LM"],
    [205, T(K["moe"]), "https://openreview.net/forum?id=B1ckMDqlg"],
    [206, T(K["gshard"]), None],
    [207, T(K["switch"]), "https://arxiv.org/pdf/2101.03961.pdf"],
    [208, T(K["chin"]), None],
    [209, "DeepSpeed-MoE 教程（官方文档，不是论文）", "https://www.deepspeed.ai/tutorials/mixture-of-experts/"],
], truncate=0)
NOTE = {
    201: "GPT 系列的起点；OpenAI 的技术报告，不在 arXiv 上，PDF 在共享盘 /data/papers/openai/ 下",
    202: "175B，few-shot / in-context 的出处；附录 D 的算力估算可以和 203 对照着看",
    203: "幂律 + 最优分配，L(N, D) 的公式抄到 wiki 了",
    204: "张量并行那一节是我们 8 卡切分方案的依据，链接先放了代码仓库",
    205: "MoE 的祖宗，noisy top-k gating；OpenReview 上有审稿意见，值得看",
    206: "top-2 gating + 自动分片，和 207 一起读",
    207: "只路由到 1 个专家；capacity factor 的实验和我们的负载均衡问题相关",
    208: "compute-optimal 的结论（参数和 token 同比例增长）；周五前谁来做 20 分钟分享？",
    209: "配置参考，不算论文，别放进读书会名单",
}
STAT = {201: ("待读", "李雨"), 202: ("已读", "王晨曦"), 203: ("已读", "陈思远"), 204: ("在读", "王晨曦"), 205: ("已读", "赵一鸣"),
        206: ("待读", "赵一鸣"), 207: ("在读", "赵一鸣"), 208: ("待读", "周婷"), 209: ("已读", "李雨")}
ARX = {202: "2005.14165", 203: "2001.08361", 207: "2101.03961", 208: "2203.15556"}
out += cmd('papers.filter($"topic" === "scaling").select("id", "arxiv", "status", "owner", "note").orderBy("id").show()')
out += show(["id", "arxiv", "status", "owner", "note"], [[i, ARX.get(i), STAT[i][0], STAT[i][1], NOTE[i]] for i in range(201, 210)])
out += cmd('papers.filter($"staus" === "待读").count')
out += ["org.apache.spark.sql.AnalysisException: [UNRESOLVED_COLUMN.WITH_SUGGESTION] A column or function parameter with name "
        "`staus` cannot be resolved. Did you mean one of the following? [`status`, `title`, `topic`, `note`, `owner`].;",
        "'Filter ('staus = 待读)",
        "+- SubqueryAlias spark_catalog.ml_reading.papers",
        "   +- Relation spark_catalog.ml_reading.papers[id#0,title#1,authors#2,year#3,link#4,arxiv#5,topic#6,status#7,owner#8,note#9,added#10] parquet",
        "",
        "  at org.apache.spark.sql.errors.QueryCompilationErrors$.unresolvedAttributeError(QueryCompilationErrors.scala:306)",
        "  at org.apache.spark.sql.catalyst.analysis.CheckAnalysis.org$apache$spark$sql$catalyst$analysis$CheckAnalysis$$failUnresolvedAttribute(CheckAnalysis.scala:141)",
        "  at org.apache.spark.sql.catalyst.analysis.CheckAnalysis.$anonfun$checkAnalysis0$6(CheckAnalysis.scala:299)",
        "  at org.apache.spark.sql.catalyst.analysis.CheckAnalysis.$anonfun$checkAnalysis0$6$adapted(CheckAnalysis.scala:297)",
        "  at org.apache.spark.sql.catalyst.trees.TreeNode.foreachUp(TreeNode.scala:244)",
        "  at org.apache.spark.sql.Dataset.filter(Dataset.scala:1686)",
        "  ... 47 elided",
        ""]
out += cmd('papers.filter($"status" === "待读" && $"topic" === "scaling").select("id", "title", "note").orderBy("id").collect.foreach { r =>',
           '  println(s"[${r.getInt(0)}] ${r.getString(1)}\\n      -> ${r.getString(2)}")', "}")
for i, k in ((201, "gpt1"), (206, "gshard"), (208, "chin")):
    out += [f"[{i}] {T(K[k])}", f"      -> {NOTE[i]}"]
out += [""]
out += cmd(":paste")
out += ["// Entering paste mode (ctrl-D to finish)", "",
        'val plan = spark.sql("""',
        "  SELECT s.session_date, s.presenter, p.title",
        "  FROM ml_reading.sessions s JOIN ml_reading.papers p ON p.id = s.paper_id",
        "  WHERE s.session_date >= DATE'2024-03-01'",
        "  ORDER BY s.session_date",
        '""")',
        "",
        "// Exiting paste mode, now interpreting.",
        "",
        "plan: org.apache.spark.sql.DataFrame = [session_date: date, presenter: string ... 1 more field]",
        ""]
out += cmd("plan.show(false)")
out += show(["session_date", "presenter", "title"], [
    ["2024-03-14", "王晨曦", T(K["megatron"])],
    ["2024-03-21", "赵一鸣", T(K["switch"])],
    ["2024-03-28", "陈思远", T(K["scaling"])],
    ["2024-04-11", "周婷", T(K["chin"])],
], truncate=0)
out += cmd('papers.filter($"id" === 208).select("arxiv").as[String].head') + ["res9: String = 2203.15556", ""]
out += cmd('papers.filter($"topic" === "scaling" && $"link".isNull).count') + ["res10: Long = 3", ""]
out += cmd(":quit")
out += [SHELL]
write_only(F, "\n".join(out) + "\n", keys(F))
