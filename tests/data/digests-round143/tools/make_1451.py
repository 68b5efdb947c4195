#!/usr/bin/env python3
"""1451: grep.app's search API through curl and jq (Chinese code comments): a student searches public Python code for
the word 论文 ("paper"), five pages saved with one curl per page, then jq prints the total, the page sizes and, with a
`select` on the path, the hits in sequence-model files — repository, branch, path, match count and the HTML snippet
(a table of numbered lines, Pygments-style spans, the match in <mark>, `"` and `'` as `&quot;` / `&#39;`), in jq's
two-space layout. The snippets are rendered by the builder from the modelled source lines (a small Python
tokenizer), so the titles sit inside HTML inside JSON strings. Repositories, users and line numbers are invented.
Not papers: the repositories and files themselves, the wikitext-103 dataset, an issue. Nicknames: S4, LSH, LRA,
ListOps, LegS, Mamba — labelled where their titles are written in full."""
import html, json, keyword, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1451, keys

Q = "论文"
HITS = [  # repo, path, first line number, source lines
 ("xychen-ml/s4-zh", "s4/ssm_kernel.py", 1, ["# -*- coding: utf-8 -*-", '"""S4 卷积核的最小实现。', "",
   f"论文：{T('2111.00396')} (ICLR 2022)", f"https://openreview.net/forum?id={OR('2111.00396')}", '"""']),
 ("wjh-nlp/sparse-attn-notes", "models/sparse_attention.py", 18, ["import torch", "",
   f"# 论文 {T('1904.10509')}: https://arxiv.org/abs/1904.10509", "# strided 模式：每个位置看前 stride 个 + 每隔 stride 的列",
   "def strided_mask(n, stride):"]),
 ("lmz-lab/hippo-pytorch", "hippo/legs.py", 40, ["def transition_legs(N):",
   f"    # 参考论文 {T('2008.07669')}（arXiv:2008.07669）附录 D 的 LegS 推导", "    q = np.arange(N, dtype=np.float64)",
   "    r = 2 * q + 1"]),
 ("tiantian-ai/efficient-attn", "efficient_attn/linformer.py", 7, ["class LinformerSelfAttention(nn.Module):",
   f'    """论文: {T("2006.04768")}, https://arxiv.org/abs/2006.04768', "", "    k 是投影后的长度，默认 256。",
   '    """']),
 ("gx-bench/lra-zh", "benchmarks/lra/listops.py", 12, [f"# {T('2011.04006')} 论文中的 ListOps 设置",
   f"# https://openreview.net/forum?id={OR('2011.04006')}", "MAX_LEN = 2000", "NUM_CLASSES = 10"]),
 ("tiantian-ai/efficient-attn", "efficient_attn/longformer.py", 3, ["import torch.nn.functional as F", "",
   f'"""{T("2004.05150")} 论文里的滑动窗口注意力（简化版，没有实现 dilated 窗口）。"""', "", "def sliding_chunks(q, k, w):"]),
 ("sunhao/mamba-minimal-cn", "mamba_cn/selective_scan.py", 21, [
   f"# 论文 {T('2312.00752')} 算法 2 的纯 PyTorch 版本（很慢，只用来对照 CUDA 核）",
   "def selective_scan(u, delta, A, B, C, D):", "    b, l, d_in = u.shape"]),
 ("wjh-nlp/sparse-attn-notes", "models/reformer_lsh.py", 9, ["def hash_vectors(x, n_buckets, rotations):",
   f"    # 论文《{T('2001.04451')}》第 2 节的 LSH 分桶：随机旋转后取 argmax",
   "    rotated = torch.einsum('btd,dhr->bhtr', x, rotations)", "    rotated = torch.cat([rotated, -rotated], dim=-1)"]),
 ("tiantian-ai/efficient-attn", "efficient_attn/attention_viz.py", 55, [
   "# 注意：这里的窗口大小和论文默认值不同，原因见 issue #12", "WINDOW = 128",
   "DATASET = 'wikitext-103-raw-v1'  # Hugging Face datasets"]),
]
OPS = set("=+-*/%<>&|^~@")


def esc(s):
    """Pygments' HtmlFormatter escaping"""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&#39;")


def hl(line):
    """a Pygments-like HTML rendering of one Python line (comments, strings, keywords, names, numbers, operators)"""
    out, i = "", 0
    if line.startswith('"""') or line.strip().startswith('"""') or hl.indoc:
        s = esc(line)
        ends = line.count('"""')
        if hl.indoc and ends: hl.indoc = False
        elif not hl.indoc and ends == 1: hl.indoc = True
        return f'<span class="sd">{s}</span>' if line else ""
    while i < len(line):
        c = line[i]
        if c == "#":
            out += f'<span class="c1">{esc(line[i:])}</span>'; break
        if c in "'\"":
            j = line.index(c, i + 1) + 1
            out += f'<span class="s1">{esc(line[i:j])}</span>'; i = j; continue
        m = re.match(r"[A-Za-z_]\w*", line[i:])
        if m:
            w = m.group(0)
            cls = "k" if keyword.iskeyword(w) else ("nf" if out.endswith('<span class="k">def</span> ') else
                  "nc" if out.endswith('<span class="k">class</span> ') else "n")
            out += f'<span class="{cls}">{w}</span>'; i += len(w); continue
        m = re.match(r"\d+(\.\d+)?", line[i:])
        if m:
            out += f'<span class="mi">{m.group(0)}</span>'; i += len(m.group(0)); continue
        if c == " ":
            out += c; i += 1; continue
        j = i
        while j < len(line) and (line[j] in OPS) == (c in OPS) and line[j] not in " #'\"" and not re.match(r"[\w]", line[j]): j += 1
        out += f'<span class="{"o" if c in OPS else "p"}">{esc(line[i:j])}</span>'; i = j
    return out


hl.indoc = False


def snippet(first, src):
    hl.indoc = False
    rows = ""
    for k, l in enumerate(src):
        h = hl(l)
        if Q in l:
            h = h.replace(Q, f"<mark>{Q}</mark>")
        rows += f'<tr data-line="{first + k}"><td><div class="lineno">{first + k}</div></td><td><div class="highlight"><pre>{h}</pre></div></td></tr>'
    return f"<table>{rows}</table>"


def hit(repo, path, first, src):
    return {"repo": {"raw": repo}, "branch": {"raw": "main" if "lab" not in repo else "master"}, "path": {"raw": path},
            "total_matches": {"raw": str(sum(l.count(Q) for l in src))}, "content": {"snippet": snippet(first, src)}}


SEL = 'select(.path.raw | test("attn|attention|ssm|legs|linformer|lra|longformer|selective_scan|reformer|lsh"))'
P = "xiaoyu@thinkbook:~/code-search$ "
out = P + 'for p in 1 2 3 4 5; do curl -s "https://grep.app/api/search?q=%E8%AE%BA%E6%96%87&f.lang=Python&page=$p"; echo; done > lunwen.json\n'
out += P + "jq '.hits.total' lunwen.json | uniq\n31846\n"
out += P + "jq -s 'map(.hits.hits | length)' lunwen.json\n[\n  10,\n  10,\n  10,\n  10,\n  10\n]\n"
hs = [hit(*h) for h in HITS]
out += P + f"jq '.hits.hits[] | {SEL}' lunwen.json\n"
out += "".join(json.dumps(h, indent=2, ensure_ascii=False) + "\n" for h in hs)
out += P + f"jq -r '.hits.hits[] | {SEL} | .repo.raw + \"/\" + .path.raw' lunwen.json | sort | uniq -c\n"
from collections import Counter
cnt = Counter(h["repo"]["raw"] + "/" + h["path"]["raw"] for h in hs)
out += "".join(f"{n:7d} {k}\n" for k, n in sorted(cnt.items()))
out += P + "\n"
write_only(F1451, out, keys(F1451), forms=[html.unescape(re.sub(r"<[^>]+>", "", json.dumps(hs, ensure_ascii=False)))])
