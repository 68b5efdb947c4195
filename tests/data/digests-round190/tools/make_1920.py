#!/usr/bin/env python3
"""1920: a RIS export (LF) of a saved list from the University of Ghana's Balme Library catalogue, with the reader's
notes in Ghanaian English (N1): records «TY  - …» … «ER  - », tags in the RIS order, the export head comment lines.
The list, the notes, the reader and the dates are invented; the Inspect evaluation framework (software), a book and the
AfriMMLU data set page appear as what they are. Computed: the authors from the catalogue, the record count
(asserted)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, authors, write_only
from make_expected import by_num, keys
F = by_num(1920)


def rec(ty, key, title, py, t2=None, ur=None, n1=None, aus=None, pb=None):
    a = aus if aus is not None else authors(key)[:6]
    out = [f"TY  - {ty}"] + [f"AU  - {x.split()[-1]}, {' '.join(x.split()[:-1])}" for x in a] + [f"TI  - {title}", f"PY  - {py}"]
    if t2: out.append(f"T2  - {t2}")
    if pb: out.append(f"PB  - {pb}")
    if ur: out.append(f"UR  - {ur}")
    if n1: out.append(f"N1  - {n1}")
    return out + ["ER  - ", ""]


R = [
 rec("CONF", "2310.06770", T("2310.06770"), 2024, "International Conference on Learning Representations", f"https://openreview.net/forum?id={OR('2310.06770')}", "Reading group week 3. Agents fixing real GitHub issues - check the leaderboard too."),
 rec("RPRT", "2302.13971", T("2302.13971"), 2023, "arXiv preprint", "https://arxiv.org/abs/2302.13971", "Baseline for our Twi and Ga experiments."),
 rec("CONF", "2303.11366", T("2303.11366"), 2023, "Advances in Neural Information Processing Systems", "https://arxiv.org/pdf/2303.11366v4", None),
 rec("RPRT", "2310.11511", T("2310.11511"), 2023, "arXiv preprint", "http://arxiv.org/abs/2310.11511", "Kofi says compare with plain RAG first."),
 rec("CONF", "2009.03300", T("2009.03300"), 2021, "International Conference on Learning Representations", None, "arXiv:2009.03300 - library link broken, use the arXiv number. Used for the AfriMMLU comparison."),
 rec("CONF", "2306.05685", T("2306.05685"), 2023, "Advances in Neural Information Processing Systems, Datasets and Benchmarks", None, "Borrowed print copy from Prof. Asante's shelf. Judge bias section is key."),
 rec("JOUR", "2307.03172", T("2307.03172"), 2024, "Transactions of the Association for Computational Linguistics", None, None),
 rec("RPRT", "2205.01068", T("2205.01068"), 2022, "Meta AI technical report", None, "The logbook appendix - interesting for our cluster."),
 rec("BOOK", None, "Speech and Language Processing (3rd ed. draft)", 2025, None, "https://web.stanford.edu/~jurafsky/slp3/", "Textbook, not a paper.", ["Daniel Jurafsky", "James H. Martin"]),
 rec("COMP", None, "Inspect: an open-source framework for large language model evaluations", 2024, None, "https://inspect.aisi.org.uk/", "Software we use for the evals.", ["UK AI Security Institute"]),
 rec("DATA", None, "AfriMMLU (IrokoBench) data set card", 2024, None, "https://huggingface.co/datasets/masakhane/afrimmlu", "Data set page.", []),
]
n = len(R)
head = ["Provider: University of Ghana, Balme Library", "Database: UG Library Catalogue", "Content: text/plain; charset=\"utf-8\"",
        "Saved list: LLM evaluation reading (kwame.owusu-ansah)", f"Records: {n}", "Exported: 2026-03-04", ""]
assert n == 11
text = "\n".join(head + [l for r in R for l in r])
write_only(F, text, keys(F))
