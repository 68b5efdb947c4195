#!/usr/bin/env python3
"""Builds digests/153_dblp_person_xml_export_trimmed.xml: a dblp person-page export ("export record → XML" on a
person page, https://dblp.org/pid/<pid>.xml) that a reading-group organiser saved and then trimmed to the records the
group reads (a comment says so; the n attribute counts the records kept).

As dblp writes it: <?xml version="1.0" encoding="US-ASCII"?>, non-ASCII as numeric character references, one
element per line, <dblpperson name pid n>, <person key="homepages/…" mdate> with the name variants, then one <r> per
record, newest first: <article publtype="informal"> for CoRR (<journal>CoRR</journal>, <volume>abs/ID</volume>,
<ee type="oa">https://arxiv.org/abs/ID</ee>, <url>db/journals/corr/corrYYMM.html#abs-YYMM-NNNNN</url>,
<stream>streams/journals/corr</stream>) and <inproceedings> for conference versions (<booktitle>, <pages>,
<ee> to the publisher, <crossref>, <url>db/conf/…</url>, <stream>); titles end with "." unless they end in "?";
author pids; the <coauthors> block at the end (<co c="0"><na f="x/Last:First" pid>). The pids, mdates, page
ranges and proceedings URLs are invented; the papers, authors, venues and years are the catalogue's."""
import os, re, sys
from xml.sax.saxutils import escape, quoteattr
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import authors

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "153_dblp_person_xml_export_trimmed.xml")
ME, ME_PID = "Quoc V. Le", "83/5290"


def asc(s):
    return escape(s).encode("ascii", "xmlcharrefreplace").decode("ascii")


PIDS = {}


def pid(name):
    if name in ("Quoc V. Le", "Quoc Le"):
        return ME_PID
    if name not in PIDS:
        h = sum((i + 7) * ord(c) for i, c in enumerate(name))
        PIDS[name] = f"{h % 317 + 11}/{(h * 37) % 9000 + 1000}"
    return PIDS[name]


def dblp_title(t):
    return t if t.endswith("?") else t + "."


recs = []


def key_of(names, year):
    initials = "".join(n.split()[-1][0] for n in names[:6]) if len(names) <= 6 else "".join(n.split()[-1][0] for n in names[:4])
    return names[0].split()[-1] + initials[1:] + f"{year % 100:02d}"


def corr(aid, title, year, mdate, doi_too=False):
    yymm = aid[:4]
    a = authors(aid)
    ees = [f"https://doi.org/10.48550/arXiv.{aid}"] if doi_too else []
    ees.append(f"https://arxiv.org/abs/{aid}")
    recs.append(("article", f"journals/corr/abs-{aid.replace('.', '-')}", mdate, ' publtype="informal"', a, title,
                 [("journal", "CoRR"), ("volume", f"abs/{aid}"), ("year", str(year))], ees,
                 f"db/journals/corr/corr{yymm}.html#abs-{aid.replace('.', '-')}", "streams/journals/corr", None))


def conf(aid, title, year, mdate, venue, confkey, pages, ee, crossref):
    a = authors(aid)
    if aid == "1701.06538":
        a = [x if x != "Quoc Le" else "Quoc V. Le" for x in a]
        a = [x.replace("Geoffrey Hinton", "Geoffrey E. Hinton") for x in a]
    k = f"conf/{confkey}/{key_of(a, year)}"
    fields = ([("pages", pages)] if pages else []) + [("year", str(year)), ("booktitle", venue)]
    recs.append(("inproceedings", k, mdate, "", a, title, fields, [ee],
                 f"db/conf/{confkey}/{confkey}{year}.html#{k.split('/')[-1]}", f"streams/conf/{confkey}", crossref))


conf("2202.10447", "Transformer Quality in Linear Time", 2022, "2022-07-19", "ICML", "icml", "9099-9117",
     "https://proceedings.mlr.press/v162/hua22a.html", "conf/icml/2022")
corr("2202.10447", "Transformer Quality in Linear Time", 2022, "2022-02-23")
conf("2102.05918", "Scaling Up Visual and Vision-Language Representation Learning With Noisy Text Supervision", 2021,
     "2021-07-25", "ICML", "icml", "4904-4916", "http://proceedings.mlr.press/v139/jia21b.html", "conf/icml/2021")
conf("2012.07177", "Simple Copy-Paste Is a Strong Data Augmentation Method for Instance Segmentation", 2021,
     "2022-04-13", "CVPR", "cvpr", "2918-2928",
     "https://openaccess.thecvf.com/content/CVPR2021/html/Ghiasi_Simple_Copy-Paste_Is_a_Strong_Data_Augmentation_Method_for_Instance_CVPR_2021_paper.html",
     "conf/cvpr/2021")
conf("2101.01761", "AutoDropout: Learning Dropout Patterns to Regularize Deep Networks", 2021, "2021-05-25",
     "AAAI", "aaai", "9351-9359", "https://ojs.aaai.org/index.php/AAAI/article/view/17127", "conf/aaai/2021")
conf("2101.08809", "PyGlove: Symbolic Programming for Automated Machine Learning", 2020, "2021-02-03",
     "NeurIPS", "nips", None, "https://proceedings.neurips.cc/paper/2020/hash/012a91467f210472fab4e11359bbfef6-Abstract.html",
     "conf/nips/2020")
conf("2006.03236", "Funnel-Transformer: Filtering out Sequential Redundancy for Efficient Language Processing", 2020,
     "2021-01-20", "NeurIPS", "nips", None,
     "https://proceedings.neurips.cc/paper/2020/hash/2cd2915e69546904e4e5d4a2ac9e1652-Abstract.html", "conf/nips/2020")
conf("2006.06882", "Rethinking Pre-training and Self-training", 2020, "2021-01-20", "NeurIPS", "nips", None,
     "https://proceedings.neurips.cc/paper/2020/hash/27e9661e033a73a6ad8cefcde965c54d-Abstract.html", "conf/nips/2020")
conf("2012.08561", "Pre-Training Transformers as Energy-Based Cloze Models", 2020, "2023-03-24", "EMNLP (1)",
     "emnlp", "285-294", "https://doi.org/10.18653/v1/2020.emnlp-main.20", "conf/emnlp/2020-1")
corr("2012.08561", "Pre-Training Transformers as Energy-Based Cloze Models", 2020, "2020-12-22")
corr("2006.14536", "Smooth Adversarial Training", 2020, "2020-07-01")
corr("2006.03236", "Funnel-Transformer: Filtering out Sequential Redundancy for Efficient Language Processing", 2020,
     "2020-06-09")
corr("2006.03656", "AutoHAS: Efficient Hyperparameter and Architecture Search", 2020, "2023-09-04", doi_too=True)
corr("2003.10555", "ELECTRA: Pre-training Text Encoders as Discriminators Rather Than Generators", 2020, "2020-03-26")
conf("1906.08237", "XLNet: Generalized Autoregressive Pretraining for Language Understanding", 2019, "2020-02-20",
     "NeurIPS", "nips", "5754-5764",
     "https://proceedings.neurips.cc/paper/2019/hash/dc6a7e655d7e5840e66733e9ee67cc69-Abstract.html", "conf/nips/2019")
conf("1901.02860", "Transformer-XL: Attentive Language Models beyond a Fixed-Length Context", 2019, "2021-01-13",
     "ACL (1)", "acl", "2978-2988", "https://doi.org/10.18653/v1/p19-1285", "conf/acl/2019-1")
conf("1701.06538", "Outrageously Large Neural Networks: The Sparsely-Gated Mixture-of-Experts Layer", 2017,
     "2023-02-01", "ICLR (Poster)", "iclr", None, "https://openreview.net/forum?id=B1ckMDqlg", "conf/iclr/2017")

out = ['<?xml version="1.0" encoding="US-ASCII"?>',
       "<!-- saved from https://dblp.org/pid/83/5290.xml on 2024-03-09, trimmed by A. Lindgren to the reading-group "
       "records (informal and conference versions of the same paper kept together) -->",
       f'<dblpperson name={quoteattr(ME)} pid="{ME_PID}" n="{len(recs)}">',
       f'<person key="homepages/{ME_PID}" mdate="2023-10-19">',
       f'<author pid="{ME_PID}">Quoc V. Le</author>',
       f'<author pid="{ME_PID}">Quoc Le</author>',
       "</person>"]
co = {}
for tag, key, mdate, extra, names, title, fields, ees, url, stream, crossref in recs:
    out.append(f'<r><{tag} key="{key}" mdate="{mdate}"{extra}>')
    for n in names:
        out.append(f'<author pid="{pid(n)}">{asc(n)}</author>')
        if pid(n) != ME_PID:
            co.setdefault(n, pid(n))
    out.append(f"<title>{asc(dblp_title(title))}</title>")
    for k, v in fields:
        out.append(f"<{k}>{asc(v)}</{k}>")
    for ee in ees:
        out.append(f'<ee type="oa">{asc(ee)}</ee>')
    if crossref:
        out.append(f"<crossref>{crossref}</crossref>")
    out.append(f"<url>{asc(url)}</url>")
    out.append(f"<stream>{stream}</stream>")
    out.append(f"</{tag}>")
    out.append("</r>")
out.append(f'<coauthors n="{len(co)}" nc="1">')
for n in sorted(co, key=lambda n: (n.split()[-1].lower(), n)):
    last, first = n.split()[-1], " ".join(n.split()[:-1])
    out.append(f'<co c="0"><na f="{last[0].lower()}/{asc(last)}:{asc(first).replace(" ", "_")}" pid="{co[n]}">{asc(n)}</na></co>')
out.append("</coauthors>")
out.append("</dblpperson>")
with open(OUT, "w", encoding="ascii", newline="\n") as f:
    f.write("\n".join(out) + "\n")
