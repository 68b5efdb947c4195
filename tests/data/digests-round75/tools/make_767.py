#!/usr/bin/env python3
"""767: saved output of `cvs log 2>&1` run in a checked-out CVS module (GNU CVS 1.12.13): the stderr line
'cvs log: Logging DIR' for each directory, then per file a blank line, 'RCS file: …,v', 'Working file:', 'head:',
'branch:', 'locks: strict', 'access list:', 'symbolic names:' (TAB-indented tags), 'keyword substitution:' (kv, or b
for a PDF), 'total revisions: N;<TAB>selected revisions: N', 'description:', then revisions newest first between
28-dash lines ('revision 1.N', 'date: YYYY-MM-DD HH:MM:SS +0000;  author: …;  state: Exp;  lines: +a -d;  commitid: …;'
— no 'lines:' on 1.1), each file closed by 77 '='. Chinese commit messages of an HPC group's reading list on MoE,
distributed training and systems."""
import datetime, hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, au, write_only
from make_expected import by_num, keys

F = by_num(767)
A = lambda k: f"https://arxiv.org/abs/{k}"


def cid(s):
    return hashlib.sha1(s.encode()).hexdigest()[:19].upper()


def d(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")


# (path, kw, symbolic names, description, [(date UTC, author, lines or None, message), newest first])
FILES = [
 ("README", "kv", [("SPRING2024", "1.4"), ("start", "1.1")], "", [
  ("2024-03-06 02:41:19", "zhaoyq", (6, 2), "README：更新本学期读书会时间（周三 19:30，信息楼 B407 + 腾讯会议），\n补充 cvs 检出说明。"),
  ("2024-02-27 09:12:55", "lihw", (3, 0), "README：加入“如何提交论文条目”的格式说明：\n  标题（全称）/ 作者 / 链接或 arXiv 号 / 推荐人 / 一句话理由"),
  ("2024-02-20 13:03:40", "lihw", (11, 1), "README：说明 papers/ 目录按主题分文件；slides/ 放每周幻灯片（二进制，-kb）。"),
  ("2024-02-19 08:55:02", "lihw", None, "初始导入：高性能计算与大模型系统读书会"),
 ]),
 ("papers/moe.txt", "kv", [("SPRING2024", "1.5")], "MoE 与稀疏激活相关论文", [
  ("2024-03-05 11:27:48", "chenjx", (4, 1), f"moe.txt：第二周补充\n\n  {T('2101.03961')}\n  {au('2101.03961')}\n  {A('2101.03961')}\n\n推荐理由：top-1 路由 + 选择性精度（bf16/fp32），和我们在 A800 上复现 1.3B\n稀疏模型的问题直接相关。顺便把上一条的作者拼写改正（Mirhoseini）。"),
  ("2024-02-29 15:40:07", "chenjx", (5, 0), f"moe.txt：加入自动分片那篇\n\n  {T('2006.16668')}\n  {A('2006.16668')}\n  作者：{au('2006.16668', 4)}\n\n重点看第 3 节的自动分片标注和 expert capacity / 辅助负载均衡损失。"),
  ("2024-02-28 04:18:33", "wangsy", (2, 2), "moe.txt：统一条目格式（标题单独一行），删掉重复的 DeepSpeed 官网 MoE 教程链接\n（那是博客文章，不算论文，移到 README 的“延伸阅读”）。"),
  ("2024-02-22 10:09:51", "chenjx", (6, 0), f"moe.txt：第一周必读\n\n  {T('1701.06538')}\n  {au('1701.06538', 3)}（ICLR 2017）\n  OpenReview: https://openreview.net/forum?id={OR('1701.06538')}\n\n门控网络 + noisy top-k，后面所有稀疏模型的起点。"),
  ("2024-02-21 07:30:12", "chenjx", None, "新建 moe.txt"),
 ]),
 ("papers/parallel.txt", "kv", [("SPRING2024", "1.4")], "并行训练与推理服务", [
  ("2024-03-06 01:02:44", "lihw", (7, 0), f"parallel.txt：推理服务部分\n\n  {T('2309.06180')}\n  {au('2309.06180', 3)}\n  链接：{A('2309.06180')}\n\nKV cache 分页管理；下周和开源推理框架的源码（不是论文，仅作参考）对照着讲。"),
  ("2024-02-26 12:45:16", "zhaoyq", (3, 1), "parallel.txt：修正张量并行那一条的页码；去掉 NVIDIA 官方仓库 README 的链接\n（软件文档，不是论文）。"),
  ("2024-02-23 09:21:37", "zhaoyq", (5, 0), f"parallel.txt：张量模型并行\n\n  {T('1909.08053')}\n  {au('1909.08053', 3)}，arXiv:1909.08053\n\n只读第 3 节（MLP 与自注意力的切分方式），通信量推导自己补。"),
  ("2024-02-21 07:31:40", "lihw", None, "新建 parallel.txt"),
 ]),
 ("papers/misc.txt", "kv", [("SPRING2024", "1.3")], "其他：联邦学习、NAS、博弈与分布式优化", [
  ("2024-03-04 14:16:29", "wangsy", (6, 0), f"misc.txt：联邦学习方向（孙老师推荐）\n\n  {T('2111.04263')}\n  {au('2111.04263', 3)}，ICLR 2021\n\n链接先不放，等孙老师把她批注过的 PDF 放到组里 NAS 上（/share/reading/）。"),
  ("2024-02-28 03:55:10", "wangsy", (9, 0), f"misc.txt：两篇“非主线”但老师点名的论文\n\n  {T('2010.00554')}\n  {au('2010.00554', 4)}\n  —— 把 PCA 写成多人博弈，分布式实现很有意思。\n\n  {T('2108.04392')}\n  {au('2108.04392', 3)}\n  —— 可微分架构搜索里的架构选择问题；和我们做算子搜索的同学有关。\n\n两篇都还没找到合适的讲者，欢迎认领。"),
  ("2024-02-21 07:32:05", "wangsy", None, "新建 misc.txt"),
 ]),
 ("slides/2024-w1-moe.pdf", "b", [("SPRING2024", "1.2")], "", [
  ("2024-02-22 13:48:02", "chenjx", (0, 0), "第一周幻灯片（修改版：加了路由示意图）"),
  ("2024-02-22 12:10:19", "chenjx", None, "第一周幻灯片"),
 ]),
 ("tools/fetch_meta.sh", "kv", [("SPRING2024", "1.3")], "", [
  ("2024-03-01 08:03:27", "zhaoyq", (2, 2), "fetch_meta.sh：curl 加 --retry 3；实验室代理改为 proxy.hpc.example.edu.cn:3128"),
  ("2024-02-24 06:44:58", "zhaoyq", (14, 3), "fetch_meta.sh：支持从条目里读链接并生成 BibTeX（脚本，非论文）"),
  ("2024-02-23 02:17:36", "zhaoyq", None, "小脚本：按条目抓取元数据"),
 ]),
]

DASH, EQ = "-" * 28, "=" * 77
out, cur_dir = [], None
for path, kw, syms, desc, revs in FILES:
    dr = os.path.dirname(path) or "."
    if dr != cur_dir:
        out.append(f"cvs log: Logging {dr}\n"); cur_dir = dr
    n = len(revs)
    out.append(f"\nRCS file: /srv/cvsroot/hpc-reading/{path},v\nWorking file: {path}\nhead: 1.{n}\nbranch:\nlocks: strict\naccess list:\n"
               "symbolic names:\n" + "".join(f"\t{s}: {r if r != '1.1' else '1.1'}\n" for s, r in syms)
               + f"keyword substitution: {kw}\ntotal revisions: {n};\tselected revisions: {n}\ndescription:\n{desc + chr(10) if desc else ''}")
    for i, (date, who, lines, msg) in enumerate(revs):
        rev = f"1.{n - i}"
        tail = f"  lines: +{lines[0]} -{lines[1]};" if lines else ""
        out.append(f"{DASH}\nrevision {rev}\ndate: {date} +0000;  author: {who};  state: Exp;{tail}  commitid: {cid(path + rev + date)};\n{msg}\n")
    out.append(EQ + "\n")
text = "".join(out)
write_only(F, text, keys(F))
