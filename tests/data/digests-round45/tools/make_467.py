#!/usr/bin/env python3
"""467: a calibre catalog export (Convert books → Create catalog → CSV) of an English-speaking vision researcher's
library "Vision papers": calibre's alphabetically ordered columns, every field quoted, a UTF-8 BOM, CRLF line ends,
comments as calibre's HTML, identifiers as "scheme:value" lists, tags comma-separated, sizes in bytes, ISO dates.
Papers: arXiv abs URLs in the identifiers ("url:" scheme) or in the comments (link), "arxiv:ID" identifiers
(arxiv-text), NeurIPS / ICLR / proceedings pages, a DOI-less entry with only a title (title-only). Not papers: three
books, a thesis, lecture notes, a conference programme, a tutorial PDF."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_raw
from make_expected import F467, keys

def A(k, n=None):
    a = CAT[k]["authors"]
    return " & ".join(a[:n] if n else a)

def sort_a(k):
    a = CAT[k]["authors"][0].split()
    return a[-1] + ", " + " ".join(a[:-1])

LIB = "Vision papers"
rows = []
def add(i, title, authors, asort, comments, fmt, ident, pubdate, publisher, tags, ts, size, uuid, series="", sidx="1.0", rating="", lang="eng"):
    tsort = title[4:] + ", The" if title.startswith("The ") else title
    rows.append([asort, authors, comments, f"/home/mcoyle/Calibre Library/{authors.split(' & ')[0]}/{title[:40].rstrip().replace(':', '_').replace('?', '_')} ({i})/cover.jpg",
                 fmt, str(i), ident, "", lang, LIB, pubdate, publisher, rating, series, sidx, str(size), tags, ts, title, tsort, uuid])

add(3, T("2104.00298"), A("2104.00298"), sort_a("2104.00298"),
    "<div><p>Training-aware NAS + progressive learning (image size and regularisation grow together). "
    "Fused-MBConv in early stages.</p><p>https://arxiv.org/abs/2104.00298</p></div>",
    "PDF", "arxiv:2104.00298,url:https://arxiv.org/abs/2104.00298", "2021-04-01T00:00:00+00:00", "ICML 2021",
    "backbones, efficient, to-reproduce", "2024-01-09T14:02:11+00:00", 2301876, "3b1f0e6a-5d3c-4e0a-9a43-7c1e0b2f9d11", rating="8")
add(5, T("2004.08955"), A("2004.08955", 6) + " & et al.", sort_a("2004.08955"),
    "<div><p>Split-attention block; cardinal groups. Check the detectron2 numbers in Table 7 against mmdet.</p></div>",
    "PDF", "arxiv:2004.08955", "2020-04-19T00:00:00+00:00", "arXiv",
    "backbones", "2024-01-09T14:05:47+00:00", 1187340, "8e2a4d90-1c7b-4f53-b6d8-0a9e3f5c2b74")
add(6, "Dive into Deep Learning", "Aston Zhang & Zachary C. Lipton & Mu Li & Alexander J. Smola", "Zhang, Aston",
    "<div><p>Online book, PyTorch edition, chapters 7–8 (CNNs, modern CNNs) for the reading course.</p></div>",
    "EPUB, PDF", "url:https://d2l.ai", "2023-12-07T00:00:00+00:00", "Cambridge University Press",
    "books, teaching", "2024-01-10T09:12:30+00:00", 48210775, "c0a7e1b2-9f44-4d3e-8e71-2b6d5a0f3e89", rating="10")
add(8, T("2004.07780"), A("2004.07780"), sort_a("2004.07780"),
    "<div><p>Nature Machine Intelligence version is paywalled; arXiv copy: "
    "<a href=\"https://arxiv.org/pdf/2004.07780v5\">https://arxiv.org/pdf/2004.07780v5</a></p>"
    "<p>Figure 1 (the cow on the beach) goes in the intro slides.</p></div>",
    "PDF", "url:https://arxiv.org/pdf/2004.07780v5", "2020-11-10T00:00:00+00:00", "Nature Machine Intelligence",
    "robustness, shortcut, must-read", "2024-01-11T16:40:02+00:00", 5520913, "5f9d2c31-7a0b-4c86-91e2-d4b8a6e0c157", rating="10")
add(9, T("2006.14536"), A("2006.14536"), sort_a("2006.14536"),
    "<div><p>Replace ReLU with smooth activations (SiLU, GELU, softplus…) for adversarial training — "
    "better robustness at no cost. Sent by Dana after group meeting, PDF from the authors' page.</p></div>",
    "PDF", "", "2020-06-25T00:00:00+00:00", "", "robustness, adversarial", "2024-01-11T16:44:58+00:00", 915224,
    "a18e6b07-3c2d-4f9b-8d15-6e0c7b4a2f93")
add(11, "Understanding Deep Learning", "Simon J. D. Prince", "Prince, Simon J. D.",
    "<div><p>Book. Chapter 10 (convolutional networks) and chapter 20 (why does deep learning work?).</p></div>",
    "PDF", "isbn:9780262048644,url:https://udlbook.github.io/udlbook/", "2023-12-05T00:00:00+00:00", "MIT Press",
    "books", "2024-01-12T08:00:19+00:00", 31877120, "e4c2b9a0-6d1f-4a7e-b3c8-9f0d2e5a1c66", rating="10")
add(12, T("2103.14586"), A("2103.14586"), sort_a("2103.14586"),
    "<div><p>ViT vs ResNet under perturbations, adversarial and natural. Table on attention-layer removal is the "
    "interesting part.</p></div>",
    "PDF", "arxiv:2103.14586", "2021-03-26T00:00:00+00:00", "ICCV 2021",
    "robustness, vit", "2024-01-15T10:21:44+00:00", 7330158, "7c3a0f12-e8b5-4d29-a6f1-3b9e4c0d8a25")
add(14, T("2006.06882"), A("2006.06882"), sort_a("2006.06882"),
    "<div><p>NeurIPS 2020 proceedings: "
    "https://proceedings.neurips.cc/paper/2020/hash/27e9661e033a73a6ad8cefcde965c54d-Abstract.html</p>"
    "<p>Self-training still helps when ImageNet pre-training hurts (strong augmentation, COCO).</p></div>",
    "PDF", "url:https://proceedings.neurips.cc/paper/2020/hash/27e9661e033a73a6ad8cefcde965c54d-Abstract.html",
    "2020-12-06T00:00:00+00:00", "NeurIPS 2020", "pretraining, detection", "2024-01-15T10:30:03+00:00", 3004120,
    "0b6e8d4f-2a91-4c37-8f50-c1d7e3a9b248")
add(15, "Computer Vision Tutorial — Robustness Day (slides)", "Vision Reading Group", "Group, Vision Reading",
    "<div><p>Our own tutorial slides from the December workshop, not a paper.</p></div>",
    "PDF", "", "2023-12-14T00:00:00+00:00", "", "teaching, slides", "2024-01-16T12:11:52+00:00", 12984301,
    "d6b0a3e9-4f7c-4e12-9b8a-5c2f1e0d7a63")
add(17, T("2101.01761"), A("2101.01761"), sort_a("2101.01761"),
    "<div><p>Controller learns structured dropout patterns (RL, like AutoAugment). Only the ImageNet table matters "
    "for us. Found via Quoc Le's scholar page.</p></div>",
    "PDF", "", "2021-01-05T00:00:00+00:00", "AAAI 2021", "regularization", "2024-01-17T09:48:26+00:00", 1523777,
    "f1c9e4b7-0a3d-4b85-a2e6-8d7f3c1b5e90")
add(18, "Inductive biases in vision models (PhD thesis draft, ch. 2)", "Miriam Coyle", "Coyle, Miriam",
    "<div><p>My own chapter draft. Keep out of the shared export!</p></div>",
    "DOCX, PDF", "", "2024-01-18T00:00:00+00:00", "", "thesis, draft", "2024-01-18T19:02:40+00:00", 884120,
    "2e8a5c07-b9d1-4f63-8c4a-0f1e6d3b9a72")
add(20, T("2010.08515"), A("2010.08515"), sort_a("2010.08515"),
    "<div><p>ICLR 2021. Separation between conv and FC nets under equivariant training algorithms — the thesis "
    "chapter on inductive bias needs this and the lower-bound argument in section 4.</p></div>",
    "PDF", "", "2020-10-01T00:00:00+00:00", "ICLR 2021", "theory, inductive-bias", "2024-01-19T11:37:09+00:00", 640988,
    "9a4d7f1c-3e0b-4a26-b5c9-7e2d1f8a0c34")
add(21, "CVPR 2024 Programme (final)", "CVF", "CVF",
    "<div><p>Programme booklet, poster sessions marked.</p></div>",
    "PDF", "url:https://cvpr.thecvf.com/Conferences/2024", "2024-06-10T00:00:00+00:00", "CVF", "conference",
    "2024-06-11T07:55:13+00:00", 20331871, "6c1b0e9d-8f2a-4d74-a3e5-1b9c0f7d4e28")
add(22, "Lecture notes: Convex Optimization for ML (week 1–6)", "T. Okafor", "Okafor, T.",
    "<div><p>Course notes from the optimisation module.</p></div>",
    "PDF", "url:https://courses.example.edu/cvx-ml/notes", "2023-10-02T00:00:00+00:00", "", "teaching",
    "2024-06-12T13:20:44+00:00", 3981554, "4b7e2a6c-0d9f-4e31-8a7b-6f5c1d2e9b03")
rows.sort(key=lambda r: r[18].lower())
buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_ALL)
w.writerow(["author_sort", "authors", "comments", "cover", "formats", "id", "identifiers", "isbn", "languages",
            "library_name", "pubdate", "publisher", "rating", "series", "series_index", "size", "tags", "timestamp",
            "title", "title_sort", "uuid"])
for r in rows: w.writerow(r)
text = "\ufeff" + buf.getvalue()
fields = "\n".join(x for r in rows for x in r)
write_raw(F467, text.encode("utf-8"), [text, fields], keys(F467))
