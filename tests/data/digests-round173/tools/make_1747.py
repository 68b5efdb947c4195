#!/usr/bin/env python3
"""1747: a Vietnamese master's student's terminal (pasted): `node` (the Node.js REPL) building a reading list in an
array, then `wc -c` on the JSON it wrote. Every REPL echo is computed from the modelled array: push's returned
length, `.length`, the filter count, the loop's lines and its `undefined`, util.inspect's multi-line layout for an
object and an array whose one-line form is longer than the break length (2-space indent, single-quoted strings), and
the byte count of JSON.stringify(papers, null, 2) (UTF-8, no final newline)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1747)
PS = "khoa@thinkpad:~/luan-van$ "
A = "https://arxiv.org/"
P = [
 dict(title=T("2001.08361"), url=A + "abs/2001.08361", ghiChu="luật lũy thừa theo N, D, C; hình 1 dùng cho slide"),
 dict(title=T("2203.15556"), url=A + "pdf/2203.15556v1", ghiChu="Chinchilla: ~20 token cho mỗi tham số, so với Kaplan"),
 dict(title=T("2101.03961"), url=A + "abs/2101.03961v3", ghiChu="MoE, router top-1, chỉ đọc mục 2 và 5"),
 dict(title=T("1910.02054"), url=A + "pdf/1910.02054.pdf", ghiChu="stage 1/2/3, liên quan DeepSpeed trên cụm của lab"),
 dict(title=T("2206.07682"), url="", ghiChu="TMLR 2022, arXiv:2206.07682; thầy Hùng bảo đọc trước buổi seminar"),
 dict(title=T("2306.11644"), url="", ghiChu="phi-1, dữ liệu chất lượng sách giáo khoa; chưa có bản in"),
 dict(title=T("2303.18223"), url="", ghiChu="bản khảo sát dài, chỉ cần chương về pre-training"),
 dict(title=T("2201.11903"), url="", ghiChu="NeurIPS 2022, nhóm của Wei; so sánh với bài Emergent"),
 dict(title="karpathy/nanoGPT (repo, không phải bài báo)", url="https://github.com/karpathy/nanoGPT", ghiChu="để chạy thử thí nghiệm scaling nhỏ"),
]


def js(s):
    assert "'" not in s and "\\" not in s
    return "'" + s + "'"


def obj_lit(p):
    return "{ " + ", ".join(f"{k}: {js(v)}" for k, v in p.items()) + " }"


def inspect_multi(items, braces):
    """util.inspect's layout when the one-line form is over the break length: one entry a line, 2-space indent"""
    one = braces[0] + " " + ", ".join(items) + " " + braces[1]
    assert len(one) > 130, one
    return [braces[0]] + ["  " + x + ("," if i < len(items) - 1 else "") for i, x in enumerate(items)] + [braces[1]]


def build():
    L = [PS + "node -v", "v20.11.1", PS + "node", "Welcome to Node.js v20.11.1.", 'Type ".help" for more information.']
    L += ["> const papers = []", "undefined"]
    for i, p in enumerate(P):
        L += ["> papers.push(" + obj_lit(p) + ")", str(i + 1)]
    L += ["> papers.length", str(len(P))]
    L += ["> papers.filter(p => p.url.includes('arxiv.org')).length", str(sum("arxiv.org" in p["url"] for p in P))]
    L += ["> for (const [i, p] of papers.entries()) console.log(`${i + 1}. ${p.title}`)"]
    L += [f"{i + 1}. {p['title']}" for i, p in enumerate(P)] + ["undefined"]
    L += ["> papers[1]"] + inspect_multi([f"{k}: {js(v)}" for k, v in P[1].items()], "{}")
    L += ["> papers.filter(p => p.url === '').map(p => p.title)"] + inspect_multi([js(p["title"]) for p in P if p["url"] == ""], "[]")
    L += ["> papers.find(p => p.title.startsWith('Emergent')).ghiChu", js(P[4]["ghiChu"])]
    L += ["> fs.writeFileSync('danh-sach.json', JSON.stringify(papers, null, 2))", "undefined", "> .exit"]
    n = len(json.dumps(P, indent=2, ensure_ascii=False).encode("utf-8"))
    L += [PS + "wc -c danh-sach.json", f"{n} danh-sach.json"]
    L += [PS + "git add danh-sach.json && git commit -qm 'cập nhật danh sách đọc'", PS]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
