#!/usr/bin/env python3
"""1940: a BibTeX export of a saved list from Nazarbayev University Library's discovery search (as imagined), with the
reader's notes in Kazakh and Russian: a comment head with the export date and count, one entry per record. The list, its
reader, the notes and the date are invented; LangChain (software), a blog post by Lilian Weng, a Kazakh Wikipedia dump
(data set) and a textbook appear as what they are. Computed: the record count (asserted), the keys (unique, asserted)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import by_num, keys
F = by_num(1940)


def auth(k, n=None):
    a = CAT[k]["authors"]
    s = " and ".join(f"{x.split()[-1]}, {' '.join(x.split()[:-1])}" for x in a[:n or len(a)])
    return s + (" and others" if n and len(a) > n else "")


R = [
 ("inproceedings", "schick2023toolformer", [("author", auth("2302.04761", 4)), ("title", T("2302.04761")), ("booktitle", "Advances in Neural Information Processing Systems"), ("year", "2023"), ("url", "https://arxiv.org/abs/2302.04761"), ("note", "Семинар 1. Құралдарды қолдану - негізгі мақала")]),
 ("article", "wang2023voyager", [("author", auth("2305.16291", 4)), ("title", T("2305.16291")), ("journal", "Transactions on Machine Learning Research"), ("year", "2024"), ("url", "https://arxiv.org/pdf/2305.16291v2"), ("note", "Minecraft агент, читать разделы 2-3")]),
 ("article", "reed2022generalist", [("author", auth("2205.06175", 3)), ("title", T("2205.06175")), ("journal", "Transactions on Machine Learning Research"), ("year", "2022"), ("url", "http://arxiv.org/abs/2205.06175")]),
 ("inproceedings", "ouyang2022training", [("author", auth("2203.02155", 3)), ("title", T("2203.02155")), ("booktitle", "NeurIPS"), ("year", "2022"), ("url", "https://arxiv.org/abs/2203.02155v1"), ("note", "RLHF бөлімі")]),
 ("article", "srivastava2023beyond", [("author", auth("2206.04615", 3)), ("title", T("2206.04615")), ("journal", "Transactions on Machine Learning Research"), ("year", "2023"), ("note", "arXiv:2206.04615; сілтеме кітапханада жоқ")]),
 ("inproceedings", "decao2021autoregressive", [("author", auth("2010.00904")), ("title", T("2010.00904")), ("booktitle", "International Conference on Learning Representations"), ("year", "2021")]),
 ("inproceedings", "lewkowycz2022solving", [("author", auth("2206.14858", 3)), ("title", T("2206.14858")), ("booktitle", "NeurIPS"), ("year", "2022"), ("note", "Minerva, математика")]),
 ("inproceedings", "zheng2023judging", [("author", auth("2306.05685", 3)), ("title", T("2306.05685")), ("booktitle", "NeurIPS Datasets and Benchmarks"), ("year", "2023"), ("note", "Бағалау: LLM-судья")]),
 ("misc", "langchain", [("author", "Chase, Harrison"), ("title", "LangChain"), ("howpublished", "Software, GitHub repository"), ("year", "2022"), ("url", "https://github.com/langchain-ai/langchain")]),
 ("misc", "weng2023agents", [("author", "Weng, Lilian"), ("title", "LLM Powered Autonomous Agents"), ("howpublished", "Blog post, Lil'Log"), ("year", "2023"), ("url", "https://lilianweng.github.io/posts/2023-06-23-agent/")]),
 ("misc", "kkwiki2025", [("author", "{Wikimedia Foundation}"), ("title", "Kazakh Wikipedia dump (kkwiki)"), ("howpublished", "Data set"), ("year", "2025"), ("url", "https://dumps.wikimedia.org/kkwiki/")]),
 ("book", "russell2021aima", [("author", "Russell, Stuart and Norvig, Peter"), ("title", "Artificial Intelligence: A Modern Approach"), ("publisher", "Pearson"), ("edition", "4"), ("year", "2021"), ("note", "Оқулық, 2-тарау (агенттер)")]),
]
assert len({k for _, k, _ in R}) == len(R)
out = ["% BibTeX export - Nazarbayev University Library", "% Saved list: LLM agents seminar (a.zhaksylykova)",
       f"% Exported: 2026-03-05, {len(R)} records", ""]
for typ, key, fields in R:
    out.append(f"@{typ}{{{key},")
    out += [f"  {n} = {{{v}}}," for n, v in fields[:-1]] + [f"  {fields[-1][0]} = {{{fields[-1][1]}}}", "}", ""]
text = "\n".join(out)
write_only(F, text, keys(F))
