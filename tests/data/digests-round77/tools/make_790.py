#!/usr/bin/env python3
"""790: a mongosh 2.1 session captured from the terminal (`mongosh … | tee`): the connection banner (TAB-aligned),
startup warnings between `------` rules, `db>` prompts, `switched to db`, and find() / countDocuments() / aggregate()
results printed by Node's util.inspect as mongosh does (unquoted identifier keys, single-quoted strings, `ObjectId('…')`
/ `ISODate('…')`, two-space indent, short arrays and objects kept on one line within 80 columns, no trailing commas).
A Chinese group's `reading.papers` collection on self-supervised and transfer learning in vision."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, au, CAT, write_only
from make_expected import by_num, keys

F = by_num(790)


class Raw(str):
    pass


def q(s):
    if isinstance(s, Raw): return str(s)
    if isinstance(s, bool): return "true" if s else "false"
    if s is None: return "null"
    if isinstance(s, (int, float)): return str(s)
    if "'" in s and '"' not in s: return '"' + s.replace("\\", "\\\\") + '"'
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"


def ins(v, ind=0, start=0):
    """util.inspect-like: a container on one line when `start + len` fits in 80 columns and it holds no container"""
    if isinstance(v, dict):
        items = [(k if IDENT.fullmatch(k) else q(k)) + ": " for k in v]
        flat = [a + ins(x, 0, 0) for a, x in zip(items, v.values())]
        one = "{ " + ", ".join(flat) + " }" if v else "{}"
        if start + len(one) <= 80 and not any(isinstance(x, (dict, list)) and x for x in v.values()) and "\n" not in one:
            return one
        p = " " * (ind + 2)
        return "{\n" + ",\n".join(p + a + ins(x, ind + 2, ind + 2 + len(a)) for a, x in zip(items, v.values())) + "\n" + " " * ind + "}"
    if isinstance(v, list):
        one = "[ " + ", ".join(ins(x) for x in v) + " ]" if v else "[]"
        if start + len(one) <= 80 and len(v) <= 6 and not any(isinstance(x, dict) for x in v):
            return one
        p = " " * (ind + 2)
        return "[\n" + ",\n".join(p + ins(x, ind + 2, ind + 2) for x in v) + "\n" + " " * ind + "]"
    return q(v)


IDENT = re.compile(r"[A-Za-z_$][\w$]*")
OID = lambda h: Raw(f"ObjectId('{h}')")
ISO = lambda s: Raw(f"ISODate('{s}')")


def paper(oid, k, links, tags, status, note, added, extra=None):
    d = {"_id": OID(oid), "title": T(k), "authors": CAT[k]["authors"][:4], "year": int(CAT[k]["published"][:4])}
    if links: d["links"] = links
    if extra: d.update(extra)
    d.update({"tags": tags, "status": status, "note": note, "added": ISO(added)})
    return d


docs = [
 paper("65e6d21f8a1c4b27e0d3f118", "2106.10270", {"arxiv": "https://arxiv.org/abs/2106.10270", "code": "https://github.com/google-research/big_vision"},
       ["vit", "训练技巧", "迁移"], "已读", "AugReg：数据量不够时，增强+正则化约等于 10 倍数据。第 4 节的表格很有用。", "2024-03-05T08:12:44.512Z"),
 paper("65e5b0c47d29f3a1b6c2e907", "2106.08254", {"arxiv": "https://arxiv.org/abs/2106.08254v2"},
       ["mim", "vit", "自监督"], "精读中", "离散视觉 token（dVAE）作为预测目标；周四组会由小林讲。", "2024-03-04T13:40:02.007Z"),
 paper("65e3f97a0b8e2d45c1a7f350", "2011.06182", {"openreview": f"https://openreview.net/forum?id={OR('2011.06182')}"},
       ["迁移", "微调"], "待读", "有监督 + 对比两路头同时微调，看审稿意见里关于基线的讨论。", "2024-03-02T23:05:51.660Z"),
 paper("65e2a1e6f41b9c0d7e85a2b4", "2010.04592", None, ["对比学习", "负样本"], "已读",
       "去偏 + 困难负样本重加权，实现只改损失函数几行。", "2024-03-01T10:27:19.318Z", {"arxiv_id": "2010.04592"}),
 paper("65e18c0327d6a4f9b3e0c1d5", "2006.07733", {"arxiv": "https://arxiv.org/abs/2006.07733", "pdf": "https://arxiv.org/pdf/2006.07733.pdf"},
       ["自监督", "无负样本"], "已读", "没有负样本为什么不坍塌？动量编码器 + predictor。复现笔记在 wiki。", "2024-02-29T07:55:00.001Z"),
 paper("65df4e12c9a3b87d0f2e6a91", "2103.03230", None, ["自监督", "无负样本"], "待读",
       "互相关矩阵逼近单位阵。PDF 在群文件里，没有存链接。", "2024-02-27T15:18:36.942Z"),
 paper("65dd07b85e1f2a3c4d9b0e66", "1912.11370", None, ["迁移", "大规模预训练"], "待读",
       "BiT-HyperRule 那一节给下游微调定超参，和上面那篇 ViT 训练技巧对照着看。", "2024-02-25T02:44:10.250Z"),
 paper("65dbc3a0a7e4f1b2c8d5e923", "2006.05929", None, ["数据蒸馏"], "搁置",
       "和自监督关系不大，但王老师想讨论“用合成小数据集做预训练”的可能性。", "2024-02-23T11:09:58.777Z"),
]
resources = [
 {"_id": OID("65e0a2b3c4d5e6f708192a3b"), "kind": "repo", "name": "lightly-ai/lightly", "url": "https://github.com/lightly-ai/lightly", "note": "自监督训练库，不是论文"},
 {"_id": OID("65e0a2b3c4d5e6f708192a3c"), "kind": "blog", "name": "Lil'Log: Contrastive Representation Learning", "url": "https://lilianweng.github.io/posts/2021-05-31-contrastive/", "note": "综述性博客"},
 {"_id": OID("65e0a2b3c4d5e6f708192a3d"), "kind": "dataset", "name": "ImageNet-1k", "url": None, "note": "服务器 /data/imagenet，勿重复下载"},
 {"_id": OID("65e0a2b3c4d5e6f708192a3e"), "kind": "course", "name": "深度学习课程 第 12 讲：自监督学习（录像）", "url": "https://mooc.example.edu.cn/course/dl2023/12", "note": "课程视频"},
]
out = [
 "Current Mongosh Log ID:\t65e6f3b1d0c9a8e7f6a5b4c3",
 "Connecting to:\t\tmongodb://127.0.0.1:27017/?directConnection=true&serverSelectionTimeoutMS=2000&appName=mongosh+2.1.5",
 "Using MongoDB:\t\t7.0.6",
 "Using Mongosh:\t\t2.1.5",
 "",
 "For mongosh info see: https://docs.mongodb.com/mongodb-shell/",
 "",
 "------",
 "   The server generated these startup warnings when booting",
 "   2024-03-01T02:11:09.382+08:00: Access control is not enabled for the database. Read and write access to data and configuration is unrestricted",
 "   2024-03-01T02:11:09.383+08:00: vm.max_map_count is too low",
 "------",
 "",
 "test> use reading",
 "switched to db reading",
 "reading> db.papers.countDocuments({ group: 'ssl-vision' })",
 str(len(docs)),
 "reading> db.papers.find({ group: 'ssl-vision' }, { group: 0 }).sort({ added: -1 })",
 ins(docs),
 "reading> db.papers.aggregate([ { $unwind: '$tags' }, { $group: { _id: '$tags', n: { $sum: 1 } } }, { $sort: { n: -1, _id: 1 } }, { $limit: 5 } ])",
]
from collections import Counter
c = Counter(t for d in docs for t in d["tags"])
out.append(ins([{"_id": t, "n": n} for t, n in sorted(c.items(), key=lambda x: (-x[1], x[0]))[:5]]))
out += ["reading> db.resources.find({ group: 'ssl-vision' }, { group: 0 })", ins(resources),
        "reading> db.papers.updateOne({ _id: ObjectId('65df4e12c9a3b87d0f2e6a91') }, { $set: { status: '精读中' } })",
        ins({"acknowledged": True, "insertedId": None, "matchedCount": 1, "modifiedCount": 1, "upsertedCount": 0}),
        "reading> exit"]
text = "\n".join(out) + "\n"
write_only(F, text, keys(F))
