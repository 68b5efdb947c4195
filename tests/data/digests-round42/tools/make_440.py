#!/usr/bin/env python3
"""440: a paper's reference section as the .bbl file BibTeX writes with natbib's plainnat style (the file an arXiv
source tarball ships): `\\begin{thebibliography}{12}`, the `\\providecommand` preamble, `\\bibitem[Short(Year)Long]{key}`,
`\\newblock` segments, titles sentence-cased by the style with `{…}` protecting capitals, BibTeX's 79-column wrap
with two-space continuation, `\\emph{…}`, `et~al.`, `\\url{…}`, `doi: \\doi{…}`. NLP pretraining and seq2seq."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, key_of, write_only
from make_expected import F440, keys, GLOVE, GPT1, GPT2

K = keys(F440)


def sc(title, keep=()):
    """plainnat's change.case$ "t": lower case except the first letter and the first after ': '; `keep` words braced"""
    out, first = [], True
    for w in title.split(" "):
        bare = w.rstrip(",:")
        if bare in keep:
            out.append("{" + bare + "}" + w[len(bare):])
        elif first:
            out.append(w)
        else:
            out.append(w.lower())
        first = w.endswith(":")
    return " ".join(out)


def names(k):
    a = CAT[key_of(k)]["authors"]
    return a[0] if len(a) == 1 else (" and ".join(a) if len(a) == 2 else ", ".join(a[:-1]) + ", and " + a[-1])


def label(k, year):
    a = [x.split()[-1] for x in CAT[key_of(k)]["authors"]]
    short = a[0] if len(a) == 1 else (f"{a[0]} and {a[1]}" if len(a) == 2 else f"{a[0]} et~al.")
    long_ = a[0] if len(a) == 1 else (f"{a[0]} and {a[1]}" if len(a) == 2 else ", ".join(a[:-1]) + ", and " + a[-1])
    return f"[{short}({year}){long_}]"


def wrap(s):
    return textwrap.fill(s, 79, subsequent_indent="  ", break_long_words=False, break_on_hyphens=False)


def item(k, year, key, title, *rest):
    lines = [wrap(f"\\bibitem{label(k, year)}{{{key}}}"), wrap(names(k).replace("Lukasz", "{\\L}ukasz") + "."),
             wrap(f"\\newblock {title}.")]
    lines += [wrap(f"\\newblock {r}") for r in rest]
    return "\n".join(lines)


items = [
 item("1409.0473", 2014, "bahdanau2014neural", sc(T("1409.0473")),
      "\\emph{arXiv preprint arXiv:1409.0473}, 2014."),
 item("1801.06146", 2018, "howard-ruder-2018-universal", sc(T("1801.06146")),
      "In \\emph{Proceedings of the 56th Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers)}, pages 328--339, Melbourne, Australia, 2018. Association for Computational Linguistics.",
      "\\doi{10.18653/v1/P18-1031}."),
 item("2004.10102", 2020, "kobayashi-etal-2020-attention", sc(T("2004.10102")),
      "In \\emph{Proceedings of the 2020 Conference on Empirical Methods in Natural Language Processing (EMNLP)}, pages 7057--7075, Online, 2020. Association for Computational Linguistics.",
      "\\doi{10.18653/v1/2020.emnlp-main.574}."),
 item("1910.13461", 2020, "lewis-etal-2020-bart", sc(T("1910.13461"), keep=("BART",)),
      "In \\emph{Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics}, pages 7871--7880, Online, 2020. Association for Computational Linguistics.",
      "\\doi{10.18653/v1/2020.acl-main.703}."),
 item("1301.3781", 2013, "mikolov2013efficient", sc(T("1301.3781")),
      "\\emph{arXiv preprint arXiv:1301.3781}, 2013."),
 item(GLOVE, 2014, "pennington-etal-2014-glove", "{G}lo{V}e: Global vectors for word representation",
      "In \\emph{Proceedings of the 2014 Conference on Empirical Methods in Natural Language Processing ({EMNLP})}, pages 1532--1543, Doha, Qatar, 2014. Association for Computational Linguistics.",
      "\\doi{10.3115/v1/D14-1162}."),
 item("1802.05365", 2018, "peters-etal-2018-deep", sc(T("1802.05365")),
      "In \\emph{Proceedings of the 2018 Conference of the North American Chapter of the Association for Computational Linguistics: Human Language Technologies, Volume 1 (Long Papers)}, pages 2227--2237, New Orleans, Louisiana, 2018. Association for Computational Linguistics.",
      "\\doi{10.18653/v1/N18-1202}."),
 item(GPT1, 2018, "radford2018improving", sc(GPT1),
      "Technical report, OpenAI, 2018.",
      "URL \\url{https://cdn.openai.com/research-covers/language-unsupervised/language_understanding_paper.pdf}."),
 item(GPT2, 2019, "radford2019language", sc(GPT2),
      "\\emph{OpenAI blog}, 1\\penalty0 (8):\\penalty0 9, 2019."),
 item("1409.3215", 2014, "sutskever2014sequence", sc(T("1409.3215")),
      "In \\emph{Advances in Neural Information Processing Systems 27}, pages 3104--3112, 2014.",
      "URL \\url{https://arxiv.org/abs/1409.3215}."),
 item("1706.03762", 2017, "vaswani2017attention", sc(T("1706.03762")),
      "In \\emph{Advances in Neural Information Processing Systems}, volume~30, 2017.",
      "URL \\url{https://arxiv.org/abs/1706.03762}."),
 item("2010.06040", 2020, "zheng2020improving", sc(T("2010.06040")),
      "\\emph{CoRR}, abs/2010.06040, 2020.",
      "URL \\url{https://arxiv.org/abs/2010.06040}."),
]
pre = r"""\begin{thebibliography}{12}
\providecommand{\natexlab}[1]{#1}
\providecommand{\url}[1]{\texttt{#1}}
\expandafter\ifx\csname urlstyle\endcsname\relax
  \providecommand{\doi}[1]{doi: #1}\else
  \providecommand{\doi}{doi: \begingroup \urlstyle{rm}\Url}\fi
"""
text = pre + "".join("\n" + it + "\n" for it in items) + "\n\\end{thebibliography}\n"
flat = " ".join(text.replace("{", "").replace("}", "").replace("\\newblock", "").split())
write_only(F440, text, K, forms=[flat])
