#!/usr/bin/env python3
"""1393: a terminal session (Simplified Chinese): a Shenzhen-like inference team's engineer (陈晓东 / `chenxd`) uses
the team's OpenGrok to find where the `infer-core` code cites papers (every implementation file starts with a
`paper:` comment line, Chinese comments around it): three queries to OpenGrok's REST API `/api/v1/search` with curl —
`full=arxiv` and `full=openreview` through `jq .` (OpenGrok's answer: time, resultCount, startDocument, endDocument,
results = {path: [{line, lineNumber (a string), tag}]}; each line HTML-escaped with the matched token in `<b>`;
documents in score order, not by path), then `full=paper` through a `jq -r` filter printing path, line number and
line, and the first lines of three files from OpenGrok's `/raw/` URLs (`| head -N`). The repository's files are modelled here and every answer computed from them (tokens split at non-alphanumeric
characters, case-blind). Not papers: bitsandbytes, the mamba-ssm and peft packages, PyTorch's GradScaler docs, the
team wiki; GPTQ, S4, HiPPO, Mamba, DoRA are nicknames."""
import html, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1393, keys

FILES = {
 "/infer-core/kernels/quant/gptq.py": ["# -*- coding: utf-8 -*-", '"""GPTQ 逐层量化（组内参考实现，非官方代码）。', "",
   f"paper: {T('2210.17323')}", "https://arxiv.org/abs/2210.17323", '"""', "import torch"],
 "/infer-core/kernels/quant/int8_matmul.py": ['"""LLM.int8() 风格的混合精度矩阵乘。', "",
   f"paper: {T('2208.07339')} (arXiv:2208.07339)", '"""', "", "# 离群值（outlier）阈值 6.0，与 bitsandbytes 默认一致",
   "OUTLIER_THRESHOLD = 6.0"],
 "/infer-core/models/ssm/s4_layer.py": [f"# paper: {T('2111.00396')}", "# ICLR 2022, https://openreview.net/forum?id=uYLFoz1vlAC",
   "# HiPPO 初始化见 hippo.py；这里只实现 S4D 对角版本", "import math"],
 "/infer-core/models/ssm/hippo.py": [f"# paper: {T('2008.07669')}（NeurIPS 2020，PDF 在组里 wiki）", "import numpy as np"],
 "/infer-core/models/ssm/mamba_block.py": [f"# paper: {T('2312.00752')}", "# https://arxiv.org/abs/2312.00752",
   "# 选择性扫描的 CUDA kernel 暂时直接用官方 mamba-ssm 包", "from mamba_ssm.ops.selective_scan_interface import selective_scan_fn"],
 "/infer-core/train/amp.py": [f"# paper: {T('1710.03740')} — https://openreview.net/pdf?id=r1gs9JgRZ",
   "# loss scaling 的默认值参考 torch.cuda.amp.GradScaler 文档", "import torch"],
 "/infer-core/decode/speculative.py": [f"# paper: {T('2211.17192')}（ICML 2023，还没加链接）",
   "# 草稿模型默认用 draft-160m，接受率见 benchmarks/spec_accept.md", "import torch"],
 "/infer-core/peft/dora.py": [f"# paper: {T('2402.09353')}", "# TODO: 和 peft 库的 use_dora=True 结果对齐（见 issue #214）"],
 "/infer-core/README.md": ["# infer-core", "", "组内推理与训练工具库。", "",
   "- 每个实现文件开头写一行 paper: 论文完整标题，链接另起一行", "- arxiv 链接统一写 abs 页，不要写 pdf；会议版本写 openreview"],
}
ORDER = {  # score order of the documents per query
 "arxiv": ["/infer-core/kernels/quant/int8_matmul.py", "/infer-core/kernels/quant/gptq.py", "/infer-core/models/ssm/mamba_block.py", "/infer-core/README.md"],
 "openreview": ["/infer-core/train/amp.py", "/infer-core/models/ssm/s4_layer.py", "/infer-core/README.md"],
 "paper": ["/infer-core/README.md", "/infer-core/decode/speculative.py", "/infer-core/peft/dora.py", "/infer-core/models/ssm/hippo.py",
           "/infer-core/train/amp.py", "/infer-core/models/ssm/s4_layer.py", "/infer-core/models/ssm/mamba_block.py",
           "/infer-core/kernels/quant/gptq.py", "/infer-core/kernels/quant/int8_matmul.py"],
}
TIME = {"arxiv": 23, "openreview": 9, "paper": 14}


def hl(line, term):
    out, pos = [], 0
    for m in re.finditer(r"[A-Za-z0-9_]+", line):
        out.append(html.escape(line[pos:m.start()], quote=False))
        tok = m.group()
        out.append(f"<b>{tok}</b>" if tok.lower() == term else html.escape(tok, quote=False))
        pos = m.end()
    out.append(html.escape(line[pos:], quote=False))
    return "".join(out)


def search(term):
    res = {}
    for p in ORDER[term]:
        hits = [{"line": hl(l, term), "lineNumber": str(i + 1), "tag": None}
                for i, l in enumerate(FILES[p]) if any(t.lower() == term for t in re.findall(r"[A-Za-z0-9_]+", l))]
        assert hits, (term, p)
        res[p] = hits
    for p, ls in FILES.items():
        if p not in res: assert not any(t.lower() == term for l in ls for t in re.findall(r"[A-Za-z0-9_]+", l)), (term, p)
    return {"time": TIME[term], "resultCount": len(res), "startDocument": 0, "endDocument": len(res) - 1, "results": res}


P = "chenxd@gpu-dev-03:~$ "
URL = "http://opengrok.infer-lab.example.cn/source/api/v1/search?projects=infer-core&full={}&maxresults=50"
S = []
for term in ("arxiv", "openreview"):
    S.append(P + f"curl -s '{URL.format(term)}' | jq .")
    S.extend(json.dumps(search(term), indent=2, ensure_ascii=False).split("\n"))
flt = r'.results | to_entries[] | .key as $f | .value[] | "\($f):\(.lineNumber): \(.line)"'
S.append(P + f"curl -s '{URL.format('paper')}' | jq -r '{flt}'")
for p, hits in search("paper")["results"].items():
    S.extend(f"{p}:{h['lineNumber']}: {h['line']}" for h in hits)
RAW = "http://opengrok.infer-lab.example.cn/source/raw"
for p, k in (("/infer-core/kernels/quant/gptq.py", 5), ("/infer-core/models/ssm/s4_layer.py", 2), ("/infer-core/models/ssm/mamba_block.py", 2)):
    S.append(P + f"curl -s {RAW}{p} | head -{k}")
    S.extend(FILES[p][:k])
S.append(P)
write_only(F1393, "\n".join(S) + "\n", keys(F1393))
