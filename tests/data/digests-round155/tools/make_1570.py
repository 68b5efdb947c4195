#!/usr/bin/env python3
"""1570: a Chinese lab's reading list (reading.json) explored in Nashorn's jjs shell on JDK 11 (the deprecation
warning, `jjs> ` prompts): readFully + JSON.parse, length, a forEach print, a filter on missing links, one entry as
JSON.stringify(…, null, 2), a TypeError on a missing entry, exit(). Every answer is computed from the modelled list."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, GPT2

F = by_num(1570)
PS = "[zhangwei@nlp-gpu03 reading]$ "
P = "jjs> "
LIST = [
    {"title": T("2204.02311"), "link": "https://arxiv.org/abs/2204.02311", "who": "王磊", "note": "PaLM 540B，Pathways，组会第1周"},
    {"title": T("2307.09288"), "link": "https://arxiv.org/pdf/2307.09288.pdf", "who": "刘洋", "note": "Llama 2 chat 版本的 RLHF 细节"},
    {"title": T("2303.18223"), "link": "https://arxiv.org/abs/2303.18223v13", "who": "陈晨", "note": "综述，当目录用"},
    {"title": T("2001.08361"), "link": "https://arxiv.org/abs/2001.08361", "who": "张伟", "note": "幂律；和下一篇一起讲"},
    {"title": T("2203.15556"), "link": "arXiv:2203.15556", "who": "张伟", "note": "Chinchilla，只记了编号"},
    {"title": T("2306.11644"), "link": "", "who": "赵敏", "note": "phi-1，数据质量"},
    {"title": T("2207.05221"), "link": "", "who": "刘洋", "note": "校准 / P(True)"},
    {"title": GPT2, "link": "", "who": "王磊", "note": "GPT-2，OpenAI 技术报告，arXiv 上没有"},
    {"title": "vLLM 官方文档：PagedAttention 部署指南", "link": "https://docs.vllm.ai/", "who": "陈晨", "note": "文档，不是论文"},
]


def build():
    raw = json.dumps(LIST, ensure_ascii=False, indent=2)
    L = [PS + "jjs", "Warning: The jjs tool is planned to be removed from a future JDK release",
         P + 'var list = JSON.parse(readFully("reading.json"))', P + "list.length", str(len(LIST)),
         P + 'list.forEach(function(p, i) { print((i + 1) + ". " + p.title + " [" + p.who + "]\\n   " + (p.link || "（无链接）")) })']
    for i, p in enumerate(LIST):
        L += [f"{i + 1}. {p['title']} [{p['who']}]", "   " + (p["link"] or "（无链接）")]
    L += [P + 'list.filter(function(p) { return p.link == "" }).map(function(p) { return p.title }).join("\\n")']
    L += "\n".join(p["title"] for p in LIST if p["link"] == "").split("\n")
    L += [P + "print(JSON.stringify(list[4], null, 2))"] + json.dumps(LIST[4], ensure_ascii=False, indent=2).split("\n")
    L += [P + "list[9].title", "<shell>:1 TypeError: Cannot read property \"title\" from undefined", P + "exit()", PS]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
