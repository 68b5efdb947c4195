#!/usr/bin/env python3
"""1901: a BibTeX export from the catalogue of the Universitas Indonesia library (Lontar), with the reader's notes in
Indonesian in `note` fields: conference papers, articles, a book, software and a data set. The export layout, the keys,
the notes and the thesis are invented or assumed; lm-evaluation-harness, the Jurafsky & Martin book and the IndoNLU
benchmark page appear as what they are. Computed: the author fields from the catalogue, keys unique (asserted)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import by_num, keys
F = by_num(1901)


def A(k, n=6):
    a = authors(k)
    s = " and ".join(" ".join([x.split()[-1] + ","] + x.split()[:-1]) for x in a[:n])
    return s + (" and others" if len(a) > n else "")


E = [
 ("inproceedings", "devlin2019bert", [("title", "{" + T("1810.04805") + "}"), ("author", A("1810.04805")), ("booktitle", "Proceedings of NAACL-HLT"),
   ("year", "2019"), ("pages", "4171--4186"), ("url", "https://arxiv.org/abs/1810.04805"), ("note", "Dibaca untuk bab 2 tesis; bandingkan dengan IndoBERT.")]),
 ("inproceedings", "conneau2020unsupervised", [("title", "{" + T("1911.02116") + "}"), ("author", A("1911.02116")), ("booktitle", "Proceedings of ACL"),
   ("year", "2020"), ("url", "https://arxiv.org/pdf/1911.02116v2"), ("note", "Model multibahasa; bahasa Indonesia termasuk data latih.")]),
 ("inproceedings", "holtzman2020curious", [("title", "{" + T("1904.09751") + "}"), ("author", A("1904.09751")), ("booktitle", "International Conference on Learning Representations"),
   ("year", "2020"), ("note", "Nucleus sampling. Belum ada salinan PDF di perpustakaan.")]),
 ("inproceedings", "hendrycks2021measuring", [("title", "{" + T("2009.03300") + "}"), ("author", A("2009.03300")), ("booktitle", "International Conference on Learning Representations"),
   ("year", "2021"), ("eprint", "2009.03300"), ("archiveprefix", "arXiv"), ("note", "Tolok ukur MMLU; ada versi terjemahan bahasa Indonesia.")]),
 ("article", "srivastava2023beyond", [("title", "{" + T("2206.04615") + "}"), ("author", A("2206.04615")), ("journal", "Transactions on Machine Learning Research"),
   ("year", "2023"), ("note", "BIG-bench. Terlalu besar untuk dijalankan semua; pilih subset.")]),
 ("article", "liu2024lost", [("title", "{" + T("2307.03172") + "}"), ("author", A("2307.03172")), ("journal", "Transactions of the Association for Computational Linguistics"),
   ("volume", "12"), ("pages", "157--173"), ("year", "2024"), ("note", "Relevan untuk RAG dokumen hukum panjang.")]),
 ("inproceedings", "li2023blip2", [("title", "{" + T("2301.12597") + "}"), ("author", A("2301.12597")), ("booktitle", "Proceedings of ICML"),
   ("year", "2023"), ("url", "http://arxiv.org/abs/2301.12597v3"), ("note", "Hanya untuk perbandingan evaluasi multimodal.")]),
 ("inproceedings", "zheng2023judging", [("title", "{" + T("2306.05685") + "}"), ("author", A("2306.05685")), ("booktitle", "Advances in Neural Information Processing Systems, Datasets and Benchmarks Track"),
   ("year", "2023"), ("note", "LLM sebagai juri. Versi daring: \\url{https://arxiv.org/abs/2306.05685}")]),
 ("book", "jurafsky2025speech", [("title", "{Speech and Language Processing}"), ("author", "Jurafsky, Daniel and Martin, James H."), ("edition", "3rd draft"),
   ("year", "2025"), ("publisher", "Stanford University"), ("url", "https://web.stanford.edu/~jurafsky/slp3/"), ("note", "Buku teks; bab 10--11.")]),
 ("software", "gao2023harness", [("title", "{A framework for few-shot language model evaluation}"), ("author", "Gao, Leo and others"), ("year", "2023"),
   ("url", "https://github.com/EleutherAI/lm-evaluation-harness"), ("note", "Perangkat lunak, bukan artikel.")]),
 ("misc", "wilie2020indonlu", [("title", "{IndoNLU Benchmark}"), ("howpublished", "\\url{https://www.indobenchmark.com/}"), ("year", "2020"),
   ("note", "Halaman tolok ukur dan papan peringkat.")]),
]
ks = [k for _, k, _ in E]
assert len(set(ks)) == len(ks)
out = ["% Diekspor dari Lontar - Perpustakaan Universitas Indonesia", "% Tanggal ekspor: 2026-03-05 10:42 WIB", f"% Jumlah entri: {len(E)}", ""]
for t, k, fs in E:
    out.append(f"@{t}{{{k},")
    out += [f"  {n} = {{{v}}}," for n, v in fs[:-1]]
    n, v = fs[-1]; out += [f"  {n} = {{{v}}}", "}", ""]
text = "\n".join(out)
write_only(F, text, keys(F))
