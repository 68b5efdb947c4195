#!/usr/bin/env python3
"""249: a biber-generated biblatex .bbl (bbl format version 3.2, style authoryear -> datalist nyt) of a
self-supervised-learning survey chapter: per entry \\name lists with hashes, \\strng hashes, \\field lines (titles
keep the .bib's case-protecting braces), \\verb{eprint|url|urlraw|doi} blocks closed by \\endverb."""
import hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, title as T, check_no_distractor

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "digests",
                   "249_biber_biblatex_bbl_self_supervised_survey_chapter.bbl")


def h(s):
    return hashlib.md5(s.encode()).hexdigest()


def split_name(n):
    p = n.split()
    return " ".join(p[:-1]), p[-1]


def initials(given):
    return "\\bibinitdelim ".join(x[0] + "\\bibinitperiod" for x in given.replace("-", " ").split())


# key, arxiv/title key, type, title as in the .bib (braces), fields, verbs
E = [
 ("khosla2020supcon", "2004.11362", "inproceedings", "Supervised Contrastive Learning",
  {"booktitle": "Advances in Neural Information Processing Systems", "volume": "33", "pages": "18661\\bibrangedash 18673", "year": "2020", "eprinttype": "arXiv", "eprintclass": "cs.LG"}, {"eprint": "2004.11362"}),
 ("oord2018cpc", "1807.03748", "misc", "Representation Learning with Contrastive Predictive Coding",
  {"year": "2018", "eprinttype": "arXiv", "eprintclass": "cs.LG"}, {"eprint": "1807.03748"}),
 ("chen2021simsiam", "2011.10566", "inproceedings", "Exploring Simple {Siamese} Representation Learning",
  {"booktitle": "Proceedings of the {IEEE/CVF} Conference on Computer Vision and Pattern Recognition ({CVPR})", "pages": "15750\\bibrangedash 15758", "year": "2021"}, {"url": "https://arxiv.org/abs/2011.10566"}),
 ("zbontar2021barlow", "2103.03230", "inproceedings", "{Barlow} {Twins}: Self-Supervised Learning via Redundancy Reduction",
  {"booktitle": "Proceedings of the 38th International Conference on Machine Learning", "series": "Proceedings of Machine Learning Research", "volume": "139", "pages": "12310\\bibrangedash 12320", "year": "2021"}, {}),
 ("robinson2021hard", "2010.04592", "inproceedings", "Contrastive Learning with Hard Negative Samples",
  {"booktitle": "International Conference on Learning Representations ({ICLR})", "year": "2021"}, {}),
 ("verma2021dacl", "2011.04419", "inproceedings", "Towards Domain-Agnostic Contrastive Learning",
  {"booktitle": "Proceedings of the 38th International Conference on Machine Learning", "series": "Proceedings of Machine Learning Research", "volume": "139", "pages": "10530\\bibrangedash 10541", "year": "2021"}, {}),
 ("tsai2021multiview", "2006.05576", "inproceedings", "Self-supervised Learning from a Multi-view Perspective",
  {"booktitle": "International Conference on Learning Representations ({ICLR})", "year": "2021"}, {"url": "https://openreview.net/forum?id=" + CAT["2006.05576"]["openreview_id"]}),
 ("gatopoulos2020ssvae", "2010.02014", "misc", "Self-Supervised Variational Auto-Encoders",
  {"year": "2020", "note": "Workshop version"}, {}),
 ("zheltonozhskii2022c2d", "2103.13646", "inproceedings", "Contrast to Divide: Self-Supervised Pre-Training for Learning with Noisy Labels",
  {"booktitle": "Proceedings of the {IEEE/CVF} Winter Conference on Applications of Computer Vision ({WACV})", "pages": "1657\\bibrangedash 1667", "year": "2022"}, {"url": "https://openreview.net/pdf?id=" + CAT["2103.13646"]["openreview_id"]}),
 ("zhong2020bituning", "2011.06182", "misc", "Bi-tuning of Pre-trained Representations",
  {"year": "2020", "howpublished": "Preprint"}, {}),
 ("zoph2020rethinking", "2006.06882", "inproceedings", "Rethinking Pre-training and Self-training",
  {"booktitle": "Advances in Neural Information Processing Systems", "volume": "33", "pages": "3833\\bibrangedash 3845", "year": "2020"}, {"url": "https://arxiv.org/pdf/2006.06882.pdf"}),
 ("oquab2024dinov2", "2304.07193", "article", "{DINOv2}: Learning Robust Visual Features without Supervision",
  {"journaltitle": "Transactions on Machine Learning Research", "issn": "2835-8856", "year": "2024"}, {}),
 ("bao2022beit", "2106.08254", "inproceedings", "{BEiT}: {BERT} Pre-Training of Image Transformers",
  {"booktitle": "International Conference on Learning Representations ({ICLR})", "year": "2022"}, {"url": "https://arxiv.org/abs/2106.08254"}),
]
for k, a, ty, t, f, v in E:
    assert t.replace("{", "").replace("}", "") == T(a), (t, T(a))


def sortkey(e):
    fam = split_name(CAT[e[1]]["authors"][0])[1]
    return (fam.lower(), e[4]["year"], e[3].replace("{", "").lower())


E.sort(key=sortkey)
out = ["% $ biblatex auxiliary file $", "% $ biblatex bbl format version 3.2 $", "% Do not modify the above lines!", "%",
       "% This is an auxiliary file used by the 'biblatex' package.", "% This file may safely be deleted. It will be recreated by",
       "% biber as required.", "%", "\\begingroup", "\\makeatletter", "\\@ifundefined{ver@biblatex.sty}",
       "  {\\@latex@error", "     {Missing 'biblatex' package}", "     {The bibliography requires the 'biblatex' package.}",
       "      \\aftergroup\\endinput}", "  {}", "\\endgroup", "", "", "\\refsection{0}", "  \\datalist[entry]{nyt/global//global/global}"]
for k, a, ty, t, f, v in E:
    names = CAT[a]["authors"]
    out.append(f"    \\entry{{{k}}}{{{ty}}}{{}}")
    out.append(f"      \\name{{author}}{{{len(names)}}}{{}}{{%")
    for n in names:
        g, fam = split_name(n)
        out += [f"        {{{{hash={h(n)}}}{{%", f"           family={{{fam}}},", f"           familyi={{{fam[0]}\\bibinitperiod}},",
                f"           given={{{g}}},", f"           giveni={{{initials(g)}}},", "        }}%"]
    out.append("      }")
    if ty == "inproceedings" and f.get("booktitle", "").startswith("Proceedings of the 38th"):
        out += ["      \\list{publisher}{1}{%", "        {PMLR}%", "      }"]
    nh = h(";".join(names))
    for s in ("namehash", "fullhash", "bibnamehash", "authorbibnamehash", "authornamehash", "authorfullhash"):
        out.append(f"      \\strng{{{s}}}{{{nh}}}")
    fam0 = split_name(names[0])[1]
    fields = dict(f)
    fields.update({"sortinit": fam0[0].upper(), "sortinithash": h("sortinit" + fam0[0].upper()), "labelnamesource": "author",
                   "labeltitlesource": "title", "title": t})
    for name in ["sortinit", "sortinithash", "extradatescope", "labelnamesource", "labeltitlesource"] + sorted(set(fields) - {"sortinit", "sortinithash", "labelnamesource", "labeltitlesource", "pages"}):
        if name == "extradatescope":
            out.append("      \\field{extradatescope}{labelyear}"); continue
        out.append(f"      \\field{{{name}}}{{{fields[name]}}}")
    if "pages" in f:
        out.append(f"      \\field{{pages}}{{{f['pages']}}}")
        out.append("      \\range{pages}{" + str(int(f["pages"].split("\\")[0].split("bibrangedash")[-1]) and (int(f["pages"].split("\\bibrangedash ")[1]) - int(f["pages"].split("\\")[0]) + 1)) + "}")
    for name in sorted(v):
        out += [f"      \\verb{{{name}}}", f"      \\verb {v[name]}", "      \\endverb"]
        if name == "url":
            out[-3:-3] = []
            out += ["      \\verb{urlraw}", f"      \\verb {v[name]}", "      \\endverb"]
    out.append("    \\endentry")
out += ["  \\enddatalist", "\\endrefsection", "\\endinput", ""]
text = "\n".join(out)
check_no_distractor(text, "249")
open(OUT, "w", encoding="utf-8", newline="\n").write(text)
