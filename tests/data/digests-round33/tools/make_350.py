#!/usr/bin/env python3
"""350: a BibTeX library as JabRef 5 saves it (`.bib`), the group's shared "memory & efficient attention" library.
Not the dev set's hand-kept file with @string macros: JabRef's header comment and "% Encoding: UTF-8", entry types
capitalised (@InProceedings, @Article, @Misc), fields in alphabetical order, names padded so that "=" lines up,
a trailing comma after every field, keys "SurnameYear" with a/b suffixes, JabRef's own fields (groups, ranking,
readstatus, timestamp, file), titles protected with double braces, entries sorted by key, the
@Comment{jabref-meta: …} blocks last (database type, group tree). Papers: url = arXiv or OpenReview (link),
eprint / "arXiv preprint arXiv:ID" (arxiv-text), venue-only entries (title-only). The file paths, group names and
a software entry for a repository (xformers, @Software) are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import F350, keys


def au(k):
    out = []
    for n in CAT[k]["authors"]:
        p = n.split()
        out.append(p[-1] + ", " + " ".join(p[:-1]))
    return " and ".join(out)


E = [  # key, type, arXiv id or None, fields
    ("Dai2020", "InProceedings", "2006.03236", dict(booktitle="Advances in Neural Information Processing Systems", year="2020", volume="33", pages="4271--4282", eprint="2006.03236", archiveprefix="arXiv", primaryclass="cs.LG", groups="compression", ranking="rank3", readstatus="read", timestamp="2023-10-02")),
    ("Fan2020", "Misc", "2002.09402", dict(year="2020", note="ICLR 2021 submission", url="https://openreview.net/forum?id=OCm0rwa1lx1", groups="memory", readstatus="skimmed", timestamp="2023-10-02", file=":papers/fan2021feedback.pdf:PDF")),
    ("Hua2022", "InProceedings", "2202.10447", dict(booktitle="Proceedings of the 39th International Conference on Machine Learning", year="2022", series="Proceedings of Machine Learning Research", volume="162", pages="9099--9117", eprint="2202.10447", archiveprefix="arXiv", groups="linear-attention", ranking="rank5", readstatus="read", timestamp="2023-11-14")),
    ("Kobayashi2020", "InProceedings", "2004.10102", dict(booktitle="Proceedings of the 2020 Conference on Empirical Methods in Natural Language Processing (EMNLP)", year="2020", pages="7057--7075", publisher="Association for Computational Linguistics", groups="analysis", readstatus="read", timestamp="2023-10-19")),
    ("Peng2021", "InProceedings", "2103.02143", dict(booktitle="International Conference on Learning Representations", year="2021", groups="linear-attention", ranking="rank4", timestamp="2023-11-14")),
    ("Poli2023", "InProceedings", "2302.10866", dict(booktitle="Proceedings of the 40th International Conference on Machine Learning", year="2023", series="Proceedings of Machine Learning Research", volume="202", groups="beyond-attention", timestamp="2024-01-08", file=":papers/poli2023hyena.pdf:PDF")),
    ("Sukhbaatar2021", "InProceedings", "2105.06548", dict(booktitle="Proceedings of the 38th International Conference on Machine Learning", year="2021", url="https://arxiv.org/abs/2105.06548", groups="memory", ranking="rank4", readstatus="read", timestamp="2023-10-02")),
    ("Sun2023", "Misc", "2307.08621", dict(year="2023", howpublished="arXiv", url="https://arxiv.org/pdf/2307.08621v4", groups="beyond-attention", readstatus="skimmed", timestamp="2024-01-08")),
    ("Tay2021", "InProceedings", "2005.00743", dict(booktitle="Proceedings of the 38th International Conference on Machine Learning", year="2021", series="Proceedings of Machine Learning Research", volume="139", pages="10183--10192", groups="linear-attention", timestamp="2023-11-14")),
    ("Wang2020", "Article", "2006.04768", dict(journal="arXiv preprint arXiv:2006.04768", year="2020", groups="linear-attention", ranking="rank2", readstatus="read", timestamp="2023-10-02")),
    ("Wu2020", "InProceedings", "2004.11886", dict(booktitle="International Conference on Learning Representations", year="2020", groups="compression", timestamp="2023-10-19")),
    ("Wu2020a", "Misc", "2010.06891", dict(year="2020", note="ICLR 2021 submission", url="https://openreview.net/forum?id=_adSMszz_g9", groups="memory", readstatus="skimmed", timestamp="2023-10-02")),
]


def entry(key, typ, k, f):
    f = dict(f)
    f["author"] = au(k)
    f["title"] = "{" + T(k) + "}"
    w = max(len(n) for n in f)
    body = "\n".join(f"  {n.ljust(w)} = {{{v}}}," for n, v in sorted(f.items()))
    return f"@{typ}{{{key},\n{body}\n}}\n"


soft = "@Software{xformers2022,\n  author    = {{xFormers contributors}},\n  groups    = {tools},\n  note      = {Version 0.0.23},\n  timestamp = {2024-01-08},\n  title     = {xFormers: A modular and hackable Transformer modelling library},\n  url       = {https://github.com/facebookresearch/xformers},\n  year      = {2022},\n}\n"
items = sorted([(key, entry(key, typ, k, f)) for key, typ, k, f in E] + [("xformers2022", soft)], key=lambda x: x[0].lower())
meta = """@Comment{jabref-meta: databaseType:bibtex;}

@Comment{jabref-meta: fileDirectory:papers;}

@Comment{jabref-meta: grouping:
0 AllEntriesGroup:;
1 StaticGroup:analysis\\;0\\;1\\;0x8a8a8aff\\;\\;\\;;
1 StaticGroup:beyond-attention\\;0\\;1\\;0x8a8a8aff\\;\\;\\;;
1 StaticGroup:compression\\;0\\;1\\;0x8a8a8aff\\;\\;\\;;
1 StaticGroup:linear-attention\\;0\\;1\\;0x8a8a8aff\\;\\;\\;;
1 StaticGroup:memory\\;0\\;1\\;0x8a8a8aff\\;\\;\\;;
1 StaticGroup:tools\\;0\\;1\\;0x8a8a8aff\\;\\;\\;;
}
"""
text = "% This file was created with JabRef 5.12.\n% Encoding: UTF-8\n\n" + "\n".join(b for _, b in items) + "\n" + meta
write_only(F350, text, keys(F350))
