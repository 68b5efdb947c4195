#!/usr/bin/env python3
"""750: the saved output of `hg log -v -p -l 6` in a Mercurial repository holding a reading list: changeset blocks
(changeset: rev:12-hex, tag: tip on the newest, user:, date: in hg's '%a %b %d %H:%M:%S %Y %z' form, files:,
description: then the message), two blank lines, then per file `diff -r <parent> -r <node> path`, ---/+++ lines with
TAB and the parent's / the changeset's date (/dev/null for a new file), unified hunks with counts, a blank line.
Chinese reading list on NLP pre-training."""
import datetime, difflib, hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys

F = by_num(750)
A = lambda k: f"https://arxiv.org/abs/{k}"
TZ = datetime.timezone(datetime.timedelta(hours=8))
HDR = """# NLP 预训练阅读清单

课题组内部阅读清单（每周四 19:30 线上讨论，腾讯会议号见群公告）。
约定：每篇论文一行标题，作者写前三位；有链接就贴链接，没有就先写标题，之后补。
博客、课程、代码库另列在文末，不算论文。

"""
S1 = [f"## 1. 迁移与分词\n", "\n", f"- [{T('1801.06146')}]({A('1801.06146')})\n", f"  - {au('1801.06146')}；判别式微调 + 斜三角学习率。\n",
      f"- {T('1508.07909')}\n", f"  - {au('1508.07909')}；BPE 分词，作为后续所有模型的前置知识。\n", "\n"]
S2 = [f"## 2. 双向编码器\n", "\n", f"- {T('1810.04805')}（arXiv:1810.04805）\n", f"  - {au('1810.04805')}；MLM + NSP。\n",
      f"- [{T('1907.11692')}]({A('1907.11692')})\n", f"  - {au('1907.11692')}；去掉 NSP、动态掩码、更大批量。\n", "\n"]
X_XLNET = [f"- {T('1906.08237')}\n", f"  - {au('1906.08237')}；排列语言模型，双流注意力。\n"]
X_DEB = [f"- [{T('2006.03654')}]({A('2006.03654')})\n", f"  - {au('2006.03654')}；解耦注意力 + 增强的掩码解码器。\n"]
X_CLOZE = [f"- {T('2012.08561')}\n", f"  - {au('2012.08561')}；能量模型视角下的完形填空，和 ELECTRA 系列对照读。\n"]
S3 = [f"## 3. 多语言\n", "\n", f"- {T('1911.02116')}\n", f"  - {au('1911.02116')}；CC-100 语料（数据集）上训练的多语言模型。\n", "\n"]
TAIL = ["## 非论文资料\n", "\n", "- Hugging Face Course 第 1–3 章（课程）\n", "- 《动手学深度学习》第 15 章（书）\n",
        "- google-research/bert 代码库（仓库）\n", "- Jay Alammar 的 The Illustrated BERT（博客）\n"]
R0 = ["# 阅读小组\n", "\n", "- 清单：nlp/pretraining.md\n", "- 值日表：schedule.md\n"]
R1 = R0 + ["- 讨论记录：notes/ 目录，按日期命名（2024-03-07.md）\n", "- 提交前请运行 `make lint`（markdownlint）\n"]
P0 = HDR.splitlines(True)
P1 = P0 + S1 + TAIL
P2 = P0 + S1 + S2 + TAIL
P3 = P0 + S1 + S2[:-1] + X_XLNET + ["\n"] + TAIL
P5 = P0 + S1 + S2[:-1] + X_XLNET + X_DEB + ["\n"] + S3 + TAIL
P6 = P0 + S1 + S2[:-1] + X_XLNET + X_DEB + X_CLOZE + ["\n"] + S3 + TAIL
# (rev, user, date, message, {path: (old, new)}); revs 18..23, parent of 18 is rev 17
U1, U2 = "Chen Yutong <chen.yutong@nlp.example.edu.cn>", "Wang Haoran <hr.wang@nlp.example.edu.cn>"
CS = [(18, U1, (2024, 2, 26, 21, 3, 41), "新建 nlp/pretraining.md：第一部分（迁移与分词）", {"nlp/pretraining.md": (None, P1)}),
      (19, U2, (2024, 2, 28, 10, 17, 5), "加入第二部分：双向编码器\n\nBERT 先写 arXiv 号，正式链接之后补。", {"nlp/pretraining.md": (P1, P2)}),
      (20, U1, (2024, 3, 1, 22, 41, 19), "补充 XLNet（链接待补）", {"nlp/pretraining.md": (P2, P3)}),
      (21, U2, (2024, 3, 4, 9, 5, 52), "README：补充讨论记录和 lint 说明", {"README.md": (R0, R1)}),
      (22, U2, (2024, 3, 5, 20, 12, 33), "加入 DeBERTa 和第三部分（多语言）", {"nlp/pretraining.md": (P3, P5)}),
      (23, U1, (2024, 3, 6, 23, 48, 7), "加入能量模型完形填空那篇；周四讨论顺序见 schedule.md", {"nlp/pretraining.md": (P5, P6)})]
node = {17: hashlib.sha1(b"r73-750-17").hexdigest()[:12]}
for r, *_ in CS: node[r] = hashlib.sha1(f"r73-750-{r}".encode()).hexdigest()[:12]
dt = {17: datetime.datetime(2024, 2, 25, 16, 30, 2, tzinfo=TZ)}
for r, u, d, m, fs in CS: dt[r] = datetime.datetime(*d, tzinfo=TZ)
hgd = lambda d: d.strftime("%a %b %d %H:%M:%S %Y %z")


def hunks(a, b):
    out = []
    for g in difflib.SequenceMatcher(None, a, b).get_grouped_opcodes(3):
        i1, i2, j1, j2 = g[0][1], g[-1][2], g[0][3], g[-1][4]
        out.append(f"@@ -{i1 + 1 if i2 > i1 else i1},{i2 - i1} +{j1 + 1 if j2 > j1 else j1},{j2 - j1} @@\n")
        for tag, a1, a2, b1, b2 in g:
            if tag == "equal": out += [" " + l for l in a[a1:a2]]
            if tag in ("replace", "delete"): out += ["-" + l for l in a[a1:a2]]
            if tag in ("replace", "insert"): out += ["+" + l for l in b[b1:b2]]
    return out


text = ""
for r, u, d, m, fs in reversed(CS):
    text += f"changeset:   {r}:{node[r]}\n" + ("tag:         tip\n" if r == 23 else "")
    text += f"user:        {u}\ndate:        {hgd(dt[r])}\nfiles:       {' '.join(sorted(fs))}\ndescription:\n{m}\n\n\n"
    for path in sorted(fs):
        old, new = fs[path]
        text += f"diff -r {node[r - 1]} -r {node[r]} {path}\n"
        text += ("--- /dev/null\tThu Jan 01 00:00:00 1970 +0000\n" if old is None else f"--- a/{path}\t{hgd(dt[r - 1])}\n")
        text += f"+++ b/{path}\t{hgd(dt[r])}\n" + "".join(hunks(old or [], new))
    text += "\n"
write_only(F, text, keys(F))
