#!/usr/bin/env python3
"""1292: a Miller (`mlr`) session (Simplified Chinese): a Hangzhou-like vision group keeps its reading table in
`reading.csv` (id, 标题, 链接, arxiv, 状态, 负责人, 备注); a student (王磊) looked at it with Miller 6 and pasted the
terminal into the group's DingTalk-like doc. Commands: `cut -f` (fields stay in file order), `count-distinct`, a
`filter` to XTAB, a `filter … then cut -o` to JSON and to PPRINT, `head then cut -o` to a barred PPRINT table, and a mistyped
option with Miller's error. Miller's outputs: PPRINT (columns padded to the widest cell counted in code points — so
Chinese cells look misaligned in a terminal —, one space between columns, empty values as `-`), XTAB (keys padded per
record, records separated by a blank line, empty values as `-`), JSON (Miller's layout: `[`, records at column 0, keys
indented by two, numbers from the CSV — the ids, an arXiv id read as a number — unquoted), `--barred`. The table's
rows name papers with an arXiv link, with only an arXiv id, or with a title only (one not on arXiv); timm's source
and a CS231n lecture are not papers; PReLU and SAM are nicknames."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1292, keys, GLOROT

H = ["id", "标题", "链接", "arxiv", "状态", "负责人", "备注"]
R = [
 ["1", T("1512.03385"), "https://arxiv.org/abs/1512.03385", "1512.03385", "已读", "王磊", "经典，组会第一篇"],
 ["2", T("1502.01852"), "", "1502.01852", "待读", "李娜", "PReLU + He 初始化；链接待补"],
 ["3", GLOROT, "", "", "待读", "张伟", "AISTATS 2010，不在 arXiv 上"],
 ["4", T("2004.08955"), "https://arxiv.org/abs/2004.08955", "2004.08955", "在读", "刘洋", "Split-Attention 模块"],
 ["5", T("2010.01412"), "https://arxiv.org/pdf/2010.01412v3", "2010.01412", "在读", "王磊", "SAM 优化器，和 ASAM 对比"],
 ["6", T("2006.14536"), "", "", "待读", "李娜", "只有标题，老师口头推荐"],
 ["7", T("2006.05929"), "", "", "待读", "陈静", "ICLR 2021；数据蒸馏方向"],
 ["8", T("2103.14339"), "", "", "待读", "张伟", "医学影像，选读"],
 ["9", "timm 源码阅读（pytorch-image-models）", "https://github.com/huggingface/pytorch-image-models", "", "在读", "刘洋", "不是论文，看 ResNet 实现"],
 ["10", "CS231n 第 5 讲笔记", "https://cs231n.github.io/convolutional-networks/", "", "已读", "陈静", "课程笔记"],
]
recs = [dict(zip(H, r)) for r in R]
E = lambda v: v if v != "" else "-"


def pprint(fields, rs, barred=False):
    cols = [[f] + [E(r[f]) for r in rs] for f in fields]
    ws = [max(len(c) for c in col) for col in cols]
    if barred:
        rule = "+" + "+".join("-" * (w + 2) for w in ws) + "+"
        line = lambda cells: "|" + "|".join(" " + c.ljust(w) + " " for c, w in zip(cells, ws)) + "|"
        return [rule, line(fields), rule] + [line([E(r[f]) for f in fields]) for r in rs] + [rule]
    line = lambda cells: " ".join(c.ljust(w) for c, w in zip(cells[:-1], ws)) + (" " if len(cells) > 1 else "") + cells[-1]
    return [line(fields)] + [line([E(r[f]) for f in fields]) for r in rs]


def xtab(rs):
    out = []
    for i, r in enumerate(rs):
        if i: out.append("")
        kw = max(len(k) for k in r)
        out += [k.ljust(kw) + " " + E(v) for k, v in r.items()]
    return out


def num(v):
    try: float(v); return True
    except ValueError: return False


def mjson(rs):
    out = ["["]
    for i, r in enumerate(rs):
        out.append("{")
        items = list(r.items())
        for j, (k, v) in enumerate(items):
            val = v if v != "" and num(v) else json.dumps(v, ensure_ascii=False)
            out.append(f'  {json.dumps(k, ensure_ascii=False)}: {val}' + ("," if j < len(items) - 1 else ""))
        out.append("}," if i < len(rs) - 1 else "}")
    out.append("]")
    return out


PR = "wanglei@cv-group:~/reading$ "
out = []
out.append(PR + "mlr --icsv --opprint cut -f id,状态,负责人,arxiv reading.csv")
out += pprint(["id", "arxiv", "状态", "负责人"], recs)
out.append(PR + "mlr --icsv --opprint count-distinct -f 状态 reading.csv")
cnt = {}
for r in recs: cnt[r["状态"]] = cnt.get(r["状态"], 0) + 1
out += pprint(["状态", "count"], [{"状态": k, "count": str(v)} for k, v in cnt.items()])
out.append(PR + "mlr --icsv --oxtab filter '$状态 == \"待读\"' reading.csv")
out += xtab([r for r in recs if r["状态"] == "待读"])
out.append(PR + "mlr --icsv --ojson filter 'is_empty($链接)' then cut -o -f id,标题,arxiv reading.csv")
out += mjson([{k: r[k] for k in ("id", "标题", "arxiv")} for r in recs if r["链接"] == ""])
out.append(PR + "mlr --icsv --opprint filter '$状态 == \"在读\"' then cut -o -f id,标题,链接 reading.csv")
out += pprint(["id", "标题", "链接"], [r for r in recs if r["状态"] == "在读"])
out.append(PR + "mlr --icsv --opprint --barred head -n 3 then cut -o -f id,标题,链接 reading.csv")
out += pprint(["id", "标题", "链接"], recs[:3], barred=True)
out.append(PR + "mlr --icsv --opprit cat reading.csv")
out.append('mlr: option "--opprit" not recognized.')
out.append('Please run "mlr --help" for usage information.')
out.append(PR)
text = "\n".join(out) + "\n"
write_only(F1292, text, keys(F1292))
