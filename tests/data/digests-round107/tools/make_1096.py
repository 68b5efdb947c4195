#!/usr/bin/env python3
"""1096 (negative): a Chinese company's ML-platform team plans its iteration in TAPD (Tencent's agile tool); the
answer of TAPD's open API `GET https://api.tapd.cn/stories?workspace_id=20375318&iteration_id=1120375318001000042&limit=30`
saved by the team's reporting script, as the PHP service sends it: compact JSON, ASCII only (non-ASCII as `\\uXXXX`,
`/` as `\\/`), no final newline; `status` 1, `data` (each item `{"Story": {...}}` with TAPD's story fields: ids as
19-digit strings, `created` / `modified` as `YYYY-MM-DD HH:MM:SS`, owner and cc lists ending in `;`, a parent story with
two children (`children_id` `|a|b`, `path`, `ancestor_id`), HTML descriptions) and `info` "success". Stories mention a
reading-group topic vote, a reproduction task whose paper is still to be chosen, tools (vLLM, TensorRT-LLM, Ray,
Volcano) and an internal wiki — but no paper: the builder refuses any catalogue title and anything arXiv-shaped."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num

F = by_num(1096)
WS = "20375318"
IT = "1120375318001000042"


def sid(n):
    return f"1120375318001{n:06d}"


FIELDS = ["id", "workitem_type_id", "name", "description", "workspace_id", "creator", "created", "modified", "status",
          "owner", "cc", "begin", "due", "size", "priority", "priority_label", "developer", "iteration_id", "test_focus",
          "type", "source", "module", "version", "completed", "category_id", "path", "parent_id", "children_id",
          "ancestor_id", "business_value", "effort", "effort_completed", "exceed", "remain", "release_id", "label",
          "progress", "is_archived"]
PRI = {"High": "高", "Middle": "中", "Low": "低"}


def story(n, name, desc, creator, created, modified, status, owner, begin, due, pri, module, effort, done=0.0,
          parent=None, children=(), label="", completed=None, cc=""):
    i = sid(n)
    anc = sid(parent) if parent else i
    d = dict(id=i, workitem_type_id="1120375318001000003", name=name, description=desc, workspace_id=WS, creator=creator,
             created=created, modified=modified, status=status, owner=owner, cc=cc, begin=begin, due=due, size=None,
             priority=pri, priority_label=PRI[pri], developer="", iteration_id=IT, test_focus="", type="", source="",
             module=module, version="", completed=completed, category_id="-1",
             path=(f"{sid(parent)}:{i}:" if parent else f"{i}:"), parent_id=sid(parent) if parent else "0",
             children_id="|" + "|".join(sid(c) for c in children) if children else "|", ancestor_id=anc,
             business_value=None, effort=f"{effort:g}", effort_completed=f"{done:g}",
             exceed="0", remain=f"{max(effort - done, 0):g}", release_id="0", label=label,
             progress=str(int(round(100 * done / effort))) if effort else "0", is_archived="0")
    return {"Story": {k: d[k] for k in FIELDS}}


stories = [
 story(101, "\u3010\u8bad\u7ec3\u5e73\u53f0\u3011\u65ad\u70b9\u7eed\u8bad\u652f\u6301\u5f39\u6027\u6269\u7f29\u5bb9".encode().decode(),
       "<p>\u5f53\u524d\u4efb\u52a1\u88ab\u62a2\u5360\u540e\u53ea\u80fd\u4ece\u5934\u91cd\u8dd1\u3002\u76ee\u6807\uff1acheckpoint \u6bcf 30 \u5206\u949f\u5f02\u6b65\u5199\u5165\u5bf9\u8c61\u5b58\u50a8\uff0c\u8282\u70b9\u6570\u53d8\u5316\u540e\u81ea\u52a8\u6062\u590d\u3002</p><p>\u8bbe\u8ba1\u6587\u6863\uff1a<a href=\"https://wiki.example-ai.cn/mlp/elastic-ckpt\">wiki</a></p>",
       "\u5218\u6d0b", "2024-02-26 10:12:40", "2024-03-04 18:22:05", "developing", "\u5218\u6d0b;\u5f20\u5c0f\u654f;", "2024-03-04", "2024-03-15",
       "High", "\u8bad\u7ec3\u5e73\u53f0", 10, 3.5, children=(102, 103), label="\u5e73\u53f0|\u7a33\u5b9a\u6027"),
 story(102, "\u65ad\u70b9\u7eed\u8bad\uff1a\u5f02\u6b65 checkpoint \u4e0a\u4f20", "<p>\u4f7f\u7528\u5206\u7247\u4e0a\u4f20\uff0c\u907f\u514d\u963b\u585e\u8bad\u7ec3\u6b65\u3002</p>",
       "\u5218\u6d0b", "2024-02-26 10:20:11", "2024-03-04 18:22:05", "developing", "\u5f20\u5c0f\u654f;", "2024-03-04", "2024-03-08",
       "High", "\u8bad\u7ec3\u5e73\u53f0", 4, 2.5, parent=101),
 story(103, "\u65ad\u70b9\u7eed\u8bad\uff1aVolcano \u8c03\u5ea6\u5668\u4e0b\u7684\u8282\u70b9\u53d8\u5316\u6062\u590d", "<p>\u9700\u8981\u548c\u96c6\u7fa4\u7ec4\u786e\u8ba4 PodGroup \u7684 minMember \u8bbe\u7f6e\u3002</p>",
       "\u5218\u6d0b", "2024-02-26 10:21:37", "2024-03-01 11:05:48", "planning", "\u5218\u6d0b;", "2024-03-11", "2024-03-15",
       "Middle", "\u8bad\u7ec3\u5e73\u53f0", 6, 1.0, parent=101),
 story(104, "\u3010\u63a8\u7406\u3011\u63a8\u7406\u52a0\u901f\u65b9\u6848\u8c03\u7814\uff1avLLM \u4e0e TensorRT-LLM \u5bf9\u6bd4",
       "<p>\u5728 A800 \u548c L40S \u4e0a\u6d4b 7B / 13B \u6a21\u578b\u7684\u541e\u5410\u548c\u9996 token \u5ef6\u8fdf\uff0c\u8f93\u51fa\u5bf9\u6bd4\u8868\u3002</p><p>\u53ea\u6bd4\u8f83\u5f00\u6e90\u7248\u672c\uff0c\u4e0d\u6d89\u53ca\u8bba\u6587\u590d\u73b0\u3002</p>",
       "\u738b\u78ca", "2024-02-27 14:03:26", "2024-03-05 09:41:17", "developing", "\u738b\u78ca;", "2024-03-04", "2024-03-12",
       "High", "\u63a8\u7406\u670d\u52a1", 5, 2.0, label="\u8c03\u7814", cc="\u5218\u6d0b;"),
 story(105, "\u3010\u8bc4\u6d4b\u3011\u957f\u6587\u672c\u8bc4\u6d4b\u65b9\u6cd5\u590d\u73b0\uff08\u8bba\u6587\u5f85\u5b9a\uff09",
       "<p>\u8bfb\u4e66\u4f1a\u4e0b\u5468\u6295\u7968\u9009\u5b9a\u4e00\u7bc7\u957f\u4e0a\u4e0b\u6587\u8bc4\u6d4b\u76f8\u5173\u7684\u8bba\u6587\uff0c\u9009\u5b9a\u540e\u518d\u62c6\u5206\u4efb\u52a1\u3002\u5019\u9009\u540d\u5355\u5728\u5185\u90e8 wiki \u7684\u201c\u8bfb\u4e66\u4f1a\u9009\u9898\u201d\u9875\uff0c\u76ee\u524d\u8fd8\u6ca1\u6709\u5b9a\u4e0b\u6765\u3002</p>",
       "\u9648\u6653\u96ef", "2024-03-01 16:47:52", "2024-03-01 16:47:52", "planning", "\u9648\u6653\u96ef;", None, "2024-03-22",
       "Middle", "\u8bc4\u6d4b", 3, label="\u8bfb\u4e66\u4f1a"),
 story(106, "\u3010\u8bfb\u4e66\u4f1a\u3011\u7b2c 9 \u671f\u9009\u9898\u6295\u7968",
       "<p>\u4e3b\u9898\uff1a\u957f\u4e0a\u4e0b\u6587\u4e0e\u8bc4\u6d4b\u3002\u6bcf\u4eba\u63d0\u4e00\u7bc7\u5019\u9009\uff0c3 \u6708 8 \u65e5\u524d\u5728\u98de\u4e66\u7fa4\u91cc\u6295\u7968\uff0c\u7ed3\u679c\u540c\u6b65\u5230 #105\u3002</p>",
       "\u9648\u6653\u96ef", "2024-03-01 16:52:09", "2024-03-04 10:30:44", "planning", "\u9648\u6653\u96ef;\u738b\u78ca;", None, "2024-03-08",
       "Low", "", 0.5, label="\u8bfb\u4e66\u4f1a"),
 story(107, "\u3010\u6570\u636e\u3011\u6807\u6ce8\u5e73\u53f0\u5bfc\u51fa\u63a5\u53e3\u652f\u6301 JSONL",
       "<p>\u8bc4\u6d4b\u7ec4\u9700\u8981\u76f4\u63a5\u62c9\u53d6\u6807\u6ce8\u7ed3\u679c\uff0c\u5b57\u6bb5\u4e0e\u73b0\u6709 CSV \u5bfc\u51fa\u4fdd\u6301\u4e00\u81f4\u3002</p>",
       "\u5f20\u5c0f\u654f", "2024-02-22 09:15:03", "2024-03-01 17:58:30", "resolved", "\u5f20\u5c0f\u654f;", "2024-02-26", "2024-03-01",
       "Middle", "\u6570\u636e\u5e73\u53f0", 2, 2.0, completed="2024-03-01 17:58:30"),
 story(108, "\u3010\u96c6\u7fa4\u3011Ray \u96c6\u7fa4\u5347\u7ea7\u5230 2.9 \u5e76\u6e05\u7406\u65e7\u955c\u50cf",
       "<p>\u5347\u7ea7\u524d\u5728\u9884\u53d1\u73af\u5883\u8dd1\u4e00\u904d\u5e38\u7528\u8bad\u7ec3\u811a\u672c\u3002</p>",
       "\u738b\u78ca", "2024-02-28 11:40:19", "2024-03-05 08:55:02", "planning", "\u738b\u78ca;", "2024-03-11", "2024-03-14",
       "Low", "\u96c6\u7fa4", 1.5, cc="\u5f20\u5c0f\u654f;"),
]
text = json.dumps({"status": 1, "data": stories, "info": "success"}, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")
write(F, text, negative=True)
