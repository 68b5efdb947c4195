#!/usr/bin/env python3
"""1353: a Whoosh session in the Python REPL (Vietnamese): a Hanoi-like lab's student (Minh) indexed the generative-
models reading group's notes (`chimuc/`, fields id / tieu_de / lien_ket / arxiv / ghi_chu) with Whoosh and pasted a
session into the group chat to show how search works. The layout as remembered from Whoosh 2.7 on Python 3.10: the
banner, `<Schema: [sorted field names]>`, `doc_count()`, MultifieldParser's `Or([Term(…), Term(…)])`, Results'
`<Top N Results for … runtime=…>`, ranks from 0 with BM25F scores descending, `<Hit {stored fields}>` and
`searcher.document()` dicts in the schema's sorted field order, raw Vietnamese in reprs. Scores are computed by a small
BM25F-like formula over the notes (not Whoosh's own). The demo pages, the diffusers docs, a course video and the
Stable Diffusion repo are not papers; DDPM, SDXL, ControlNet, DreamBooth, LoRA, SDE are nicknames."""
import math, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1353, keys

DOCS = [  # id, tieu_de, lien_ket, arxiv, ghi_chu
 ("ddpm", T("2006.11239"), "https://arxiv.org/abs/2006.11239", "2006.11239", "Bài nền tảng của nhóm; đọc lại phần tham số hoá epsilon trước buổi 1."),
 ("sde", T("2011.13456"), f"https://openreview.net/forum?id={OR('2011.13456')}", "", "Bản ICLR 2021 trên OpenReview; nối DDPM với score matching qua phương trình vi phân ngẫu nhiên (diffusion liên tục)."),
 ("controlnet", T("2302.05543"), "https://arxiv.org/abs/2302.05543", "2302.05543", "Điều khiển bằng cạnh Canny và tư thế; Hương trình bày buổi 4."),
 ("consistency", T("2303.01469"), "https://arxiv.org/pdf/2303.01469.pdf", "2303.01469", "Sinh ảnh một bước, chưng cất từ mô hình diffusion."),
 ("sdxl", T("2307.01952"), "", "2307.01952", "Chưa có link trong bảng, chỉ có số arXiv."),
 ("textual-inv", T("2208.01618"), "", "", "Cá nhân hoá bằng một từ mới trong không gian embedding của mô hình diffusion; cần tìm link."),
 ("dreambooth", T("2208.12242"), "https://dreambooth.github.io/", "", "Trang dự án, không phải bài báo; so sánh với LoRA."),
 ("diffwave", T("2009.09761"), "https://diffwave-demo.github.io/", "", "Trang demo âm thanh; bài về tổng hợp âm thanh."),
 ("diffusers-docs", "Diffusers — Hugging Face documentation", "https://huggingface.co/docs/diffusers/index", "", "Tài liệu thư viện, không phải bài báo."),
 ("sd-repo", "CompVis/stable-diffusion: A latent text-to-image diffusion model", "https://github.com/CompVis/stable-diffusion", "", "Mã nguồn tham khảo."),
 ("bai-giang-am-thanh", "Bài giảng 9: Sinh âm thanh với mô hình sinh (video)", "https://www.youtube.com/watch?v=h3Kq8RvN0dE", "", "Video bài giảng về âm thanh của khoa."),
 ("lich-doc", "Lịch đọc nhóm mô hình sinh — học kỳ 2", "https://wiki.sinh-lab.example.edu.vn/lich-doc", "", "Lịch các buổi, người trình bày."),
 ("buoi-1", "Buổi 1: biên bản", "https://wiki.sinh-lab.example.edu.vn/buoi-1", "", "Ghi chú buổi đầu tiên."),
 ("buoi-2", "Buổi 2: biên bản", "https://wiki.sinh-lab.example.edu.vn/buoi-2", "", "Ghi chú buổi thứ hai."),
 ("buoi-3", "Buổi 3: biên bản", "https://wiki.sinh-lab.example.edu.vn/buoi-3", "", "Ghi chú buổi thứ ba."),
]
FIELDS = ["arxiv", "ghi_chu", "id", "lien_ket", "tieu_de"]
tok = lambda s: re.findall(r"\w+", s.lower())
N = len(DOCS)
avg = {f: sum(len(tok(d[i])) for d in DOCS) / N for f, i in (("tieu_de", 1), ("ghi_chu", 4))}


def score(d, terms):
    s = 0.0
    for t in terms:
        df = sum(1 for x in DOCS if t in tok(x[1]) or t in tok(x[4]))
        idf = math.log(1 + (N - df + 0.5) / (df + 0.5))
        for i, f, w in ((1, "tieu_de", 2.0), (4, "ghi_chu", 1.0)):
            words = tok(d[i]); tf = words.count(t)
            s += w * idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * len(words) / avg[f]))
    return s


def search(terms, limit):
    hits = [(score(d, terms), d) for d in DOCS if any(t in tok(d[1]) or t in tok(d[4]) for t in terms)]
    return sorted(hits, key=lambda x: -x[0])[:limit]


def fields(d):
    return "{" + ", ".join(f"{k!r}: {v!r}" for k, v in zip(FIELDS, (d[3], d[4], d[0], d[2], d[1]))) + "}"


P = "minh@sinh-ws:~/docnhom$ "
out = [P + "python3", "Python 3.10.12 (main, Nov 20 2023, 15:14:05) [GCC 11.4.0] on linux",
       'Type "help", "copyright", "credits" or "license" for more information.',
       ">>> from whoosh.index import open_dir", ">>> from whoosh.qparser import MultifieldParser",
       '>>> ix = open_dir("chimuc")', ">>> ix.schema", f"<Schema: {FIELDS!r}>", ">>> ix.doc_count()", str(N),
       ">>> s = ix.searcher()", '>>> qp = MultifieldParser(["tieu_de", "ghi_chu"], schema=ix.schema)',
       '>>> q = qp.parse("diffusion")', ">>> q"]
qr = "Or([Term('tieu_de', 'diffusion'), Term('ghi_chu', 'diffusion')])"
h1 = search(["diffusion"], 10)
out += [qr, ">>> r = s.search(q, limit=10)", ">>> r", f"<Top {len(h1)} Results for {qr} runtime=0.0009127410000655>",
        ">>> for h in r:", '...     print(h.rank, round(h.score, 3), h["id"], "|", h["tieu_de"], "|", h["lien_ket"] or h["arxiv"] or "-")', "..."]
for i, (sc, d) in enumerate(h1):
    out.append(f"{i} {round(sc, 3)} {d[0]} | {d[1]} | {d[2] or d[3] or '-'}")
out += [">>> r[0]", f"<Hit {fields(h1[0][1])}>"]
sde = next(d for d in DOCS if d[0] == "sde")
out += ['>>> s.document(id="sde")', fields(sde)]
out += ['>>> r2 = s.search(qp.parse("âm thanh"), limit=5)', ">>> [(h.rank, h[\"id\"], h[\"tieu_de\"]) for h in r2]"]
h2 = search(["âm", "thanh"], 5)
h2 = [x for x in h2 if all(t in tok(x[1][1]) + tok(x[1][4]) for t in ["âm", "thanh"])]
out.append("[" + ", ".join(f"({i}, {d[0]!r}, {d[1]!r})" for i, (sc, d) in enumerate(h2)) + "]")
out += ['>>> s.document(id="diffwave")["lien_ket"]', repr(next(d for d in DOCS if d[0] == "diffwave")[2]),
        '>>> s.document(id="ddpm-v2") is None', "True", ">>> s.close()", ">>> exit()", P]
write_only(F1353, "\n".join(out) + "\n", keys(F1353))
