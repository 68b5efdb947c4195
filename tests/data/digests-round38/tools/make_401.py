#!/usr/bin/env python3
"""401: a thesis chapter's references.bib in which entries were pasted as they came, some from dblp.org and some from
Google Scholar's "Cite → BibTeX", never reformatted. dblp entries: `DBLP:` keys, fields padded to column 16 with
`=` aligned ("eprinttype    =" one space wider, as dblp writes it), authors one per line after " and", long values
wrapped at about 72 characters with an 18-space continuation (so a title runs over two lines), `{-}` in hyphenated
given names, `{ICLR}` / `{BERT}` braces, CoRR entries with `journal = {CoRR}`, `volume = {abs/…}`, `url`,
`eprinttype`, `eprint`, and `timestamp` / `biburl` / `bibsource`; conference entries with an upper-cased dblp DOI.
Scholar entries: compact `key={value},` fields, sentence-case titles, surname-first authors, "and others", `journal =
{arXiv preprint arXiv:ID}`, NeurIPS as an @article in "Advances in neural information processing systems", keys like
"de2021autoregressive". Papers: dblp url fields to arxiv.org (link); "arXiv preprint arXiv:ID" (arxiv-text); dblp DOI
urls, Scholar entries without links (title-only). A Scholar @book (Jurafsky & Martin), a Scholar @phdthesis and a
hand-written @misc for the faiss repository are not papers and are not labelled."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F401, keys, GPT1


def dblp(typ, key, fields):
    out = [f"@{typ}{{{key},"]
    for name, val in fields:
        lab = f"  {name:<13}=" if name != "eprinttype" else "  eprinttype    ="
        if name in ("author", "editor"):
            names = val
            body = (" and\n" + " " * 18).join(names)
            out.append(f"{lab} {{{body}}},")
        else:
            lines = textwrap.wrap(val, 70, break_long_words=False, break_on_hyphens=False)
            out.append(f"{lab} {{{lines[0]}" + "".join("\n" + " " * 18 + l for l in lines[1:]) + "},")
    out[-1] = out[-1].rstrip(",")
    return "\n".join(out) + "\n}"


def scholar(typ, key, fields):
    return f"@{typ}{{{key},\n" + ",\n".join(f"  {k}={{{v}}}" for k, v in fields) + "\n}"


DB = "dblp computer science bibliography, https://dblp.org"
ENTRIES = [
 "% ---------------------------------------------------------------------------",
 "% Chapter 2: pretraining objectives and retrieval. Entries pasted from dblp.org",
 "% (DBLP: keys) or from Google Scholar's \"Cite\" box, unchanged. Don't reformat:",
 "% diffs against the group's master .bib are easier to read that way. -- A.V.",
 "% ---------------------------------------------------------------------------",
 "",
 "% 2.1 word vectors and encoder-decoders",
 dblp("inproceedings", "DBLP:journals/corr/abs-1301-3781", [
  ("author", ["Tom{\\'{a}}s Mikolov", "Kai Chen", "Greg Corrado", "Jeffrey Dean"]),
  ("editor", ["Yoshua Bengio", "Yann LeCun"]),
  ("title", T("1301.3781")),
  ("booktitle", "1st International Conference on Learning Representations, {ICLR} 2013, Scottsdale, Arizona, USA, May 2-4, 2013, Workshop Track Proceedings"),
  ("year", "2013"), ("url", "http://arxiv.org/abs/1301.3781"),
  ("timestamp", "Mon, 28 Dec 2020 11:31:01 +0100"), ("biburl", "https://dblp.org/rec/journals/corr/abs-1301-3781.bib"),
  ("bibsource", DB)]),
 "",
 scholar("article", "bahdanau2014neural", [
  ("title", "Neural machine translation by jointly learning to align and translate"),
  ("author", "Bahdanau, Dzmitry and Cho, Kyunghyun and Bengio, Yoshua"),
  ("journal", "arXiv preprint arXiv:1409.0473"), ("year", "2014")]),
 "",
 scholar("phdthesis", "mikolov2012statistical", [
  ("title", "Statistical language models based on neural networks"),
  ("author", "Mikolov, Tom{\\'a}{\\v{s}}"), ("school", "Brno University of Technology"), ("year", "2012")]),
 "",
 scholar("book", "jurafsky2009speech", [
  ("title", "Speech and language processing"), ("author", "Jurafsky, Dan and Martin, James H"),
  ("edition", "2"), ("year", "2009"), ("publisher", "Prentice Hall")]),
 "",
 "% 2.2 pretraining objectives",
 scholar("article", "radford2018improving", [
  ("title", "Improving language understanding by generative pre-training"),
  ("author", "Radford, Alec and Narasimhan, Karthik and Salimans, Tim and Sutskever, Ilya and others"),
  ("year", "2018"), ("publisher", "OpenAI")]),
 "",
 dblp("article", "DBLP:journals/corr/abs-2006-03654", [
  ("author", ["Pengcheng He", "Xiaodong Liu", "Jianfeng Gao", "Weizhu Chen"]),
  ("title", T("2006.03654").replace("BERT ", "{BERT} ")),
  ("journal", "CoRR"), ("volume", "abs/2006.03654"), ("year", "2020"), ("url", "https://arxiv.org/abs/2006.03654"),
  ("eprinttype", "arXiv"), ("eprint", "2006.03654"), ("timestamp", "Wed, 17 Jun 2020 14:28:54 +0200"),
  ("biburl", "https://dblp.org/rec/journals/corr/abs-2006-03654.bib"), ("bibsource", DB)]),
 "",
 dblp("inproceedings", "DBLP:conf/emnlp/ClarkLLM20", [
  ("author", ["Kevin Clark", "Minh{-}Thang Luong", "Quoc V. Le", "Christopher D. Manning"]),
  ("editor", ["Bonnie Webber", "Trevor Cohn", "Yulan He", "Yang Liu"]),
  ("title", T("2012.08561")),
  ("booktitle", "Proceedings of the 2020 Conference on Empirical Methods in Natural Language Processing, {EMNLP} 2020, Online, November 16-20, 2020"),
  ("pages", "285--294"), ("publisher", "Association for Computational Linguistics"), ("year", "2020"),
  ("url", "https://doi.org/10.18653/v1/2020.emnlp-main.20"), ("doi", "10.18653/V1/2020.EMNLP-MAIN.20"),
  ("timestamp", "Wed, 23 Mar 2022 10:11:55 +0100"), ("biburl", "https://dblp.org/rec/conf/emnlp/ClarkLLM20.bib"),
  ("bibsource", DB)]),
 "",
 scholar("article", "dai2020funnel", [
  ("title", "Funnel-transformer: Filtering out sequential redundancy for efficient language processing"),
  ("author", "Dai, Zihang and Lai, Guokun and Yang, Yiming and Le, Quoc"),
  ("journal", "Advances in neural information processing systems"), ("volume", "33"), ("pages", "4271--4282"),
  ("year", "2020")]),
 "",
 "% 2.3 efficiency and analysis",
 dblp("article", "DBLP:journals/corr/abs-2004-11886", [
  ("author", ["Zhanghao Wu", "Zhijian Liu", "Ji Lin", "Yujun Lin", "Song Han"]),
  ("title", T("2004.11886")), ("journal", "CoRR"), ("volume", "abs/2004.11886"), ("year", "2020"),
  ("url", "https://arxiv.org/abs/2004.11886"), ("eprinttype", "arXiv"), ("eprint", "2004.11886"),
  ("timestamp", "Tue, 28 Apr 2020 16:10:02 +0200"), ("biburl", "https://dblp.org/rec/journals/corr/abs-2004-11886.bib"),
  ("bibsource", DB)]),
 "",
 dblp("inproceedings", "DBLP:conf/emnlp/KobayashiKYI20", [
  ("author", ["Goro Kobayashi", "Tatsuki Kuribayashi", "Sho Yokoi", "Kentaro Inui"]),
  ("editor", ["Bonnie Webber", "Trevor Cohn", "Yulan He", "Yang Liu"]),
  ("title", T("2004.10102")),
  ("booktitle", "Proceedings of the 2020 Conference on Empirical Methods in Natural Language Processing, {EMNLP} 2020, Online, November 16-20, 2020"),
  ("pages", "7057--7075"), ("publisher", "Association for Computational Linguistics"), ("year", "2020"),
  ("url", "https://doi.org/10.18653/v1/2020.emnlp-main.574"), ("doi", "10.18653/V1/2020.EMNLP-MAIN.574"),
  ("timestamp", "Wed, 23 Mar 2022 10:11:55 +0100"), ("biburl", "https://dblp.org/rec/conf/emnlp/KobayashiKYI20.bib"),
  ("bibsource", DB)]),
 "",
 "% 2.4 retrieval",
 scholar("inproceedings", "guu2020realm", [
  ("title", "REALM: Retrieval-augmented language model pre-training"),
  ("author", "Guu, Kelvin and Lee, Kenton and Tung, Zora and Pasupat, Panupong and Chang, Mingwei"),
  ("booktitle", "International conference on machine learning"), ("pages", "3929--3938"), ("year", "2020"),
  ("organization", "PMLR")]),
 "",
 scholar("inproceedings", "de2021autoregressive", [
  ("title", "Autoregressive entity retrieval"),
  ("author", "De Cao, Nicola and Izacard, Gautier and Riedel, Sebastian and Petroni, Fabio"),
  ("booktitle", "International Conference on Learning Representations"), ("year", "2021")]),
 "",
 scholar("article", "arakelyan2020complex", [
  ("title", "Complex query answering with neural link predictors"),
  ("author", "Arakelyan, Erik and Daza, Daniel and Minervini, Pasquale and Cochez, Michael"),
  ("journal", "arXiv preprint arXiv:2011.03459"), ("year", "2020")]),
 "",
 "@misc{faiss-repo,",
 "  author       = {{Meta AI Research}},",
 "  title        = {faiss: a library for efficient similarity search and clustering of dense vectors},",
 "  howpublished = {\\url{https://github.com/facebookresearch/faiss}},",
 "  note         = {GitHub repository, v1.7.4, accessed 2024-02-19}",
 "}",
 "",
]
text = "\n".join(ENTRIES)


def plain(s):
    """the .bib as a reader sees the values: braces and the accent macros dropped"""
    for a, b in (("{\\'{a}}", "á"), ("{\\'a}", "á"), ("{\\v{s}}", "š"), ("{-}", "-")):
        s = s.replace(a, b)
    return s.replace("{", "").replace("}", "")


write_only(F401, text, keys(F401), forms=(plain(text),))
