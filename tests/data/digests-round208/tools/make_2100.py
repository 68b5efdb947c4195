#!/usr/bin/env python3
"""2100: a JabRef library saved in biblatex mode («% Encoding: UTF-8», «@Comment{jabref-meta: databaseType:biblatex;}»,
«@Comment{jabref-meta: grouping: …}» with static groups, JabRef's key order and «groups» field) for an invented seminar
at the Universität Passau: German notes in «comment» fields, one «@Online» for a blog post and one «@Software».
The people and texts are invented. Computed: the entries (keys from the catalogue: surname + year + first word,
asserted unique), authors joined with « and », the groups list = the groups used (asserted)."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, CAT, key_of, write_only
from make_expected import by_num, keys
F = by_num(2100)


def key(k):
    e = CAT[key_of(k)]
    return e["authors"][0].split()[-1] + e["published"][:4] + re.sub(r"\W", "", T(k).split()[0]).lower()


E = [
 ("Article", "2302.10866", {"journaltitle": "arXiv preprint", "eprint": "2302.10866", "eprinttype": "arxiv",
   "url": "https://arxiv.org/abs/2302.10866", "groups": "Langsequenzen", "comment": "Faltungen statt Attention; Vortrag von Lena."}),
 ("InProceedings", "2009.14794", {"booktitle": "International Conference on Learning Representations (ICLR)",
   "url": "https://arxiv.org/pdf/2009.14794v4.pdf", "groups": "Lineare Attention", "comment": "FAVOR+, Kapitel 3 genügt."}),
 ("Article", "2307.08621", {"journaltitle": "CoRR", "url": "http://arxiv.org/abs/2307.08621v4", "groups": "Langsequenzen"}),
 ("InProceedings", "2010.06891", {"booktitle": "Findings of AACL-IJCNLP", "url": f"https://openreview.net/forum?id={OR('2010.06891')}",
   "groups": "Speicher", "comment": "Die OpenReview-Seite hat die besseren Reviews als das PDF."}),
 ("InProceedings", "2004.11886", {"booktitle": "ICLR 2020", "groups": "Effizienz",
   "comment": "Für mobile Geräte; Preprint arXiv:2004.11886, PDF liegt im Gruppenordner."}),
 ("InProceedings", "2103.02143", {"booktitle": "ICLR 2021", "groups": "Lineare Attention",
   "comment": f"Tobias meint, {T('2103.02143')} sei im Grunde dasselbe wie Performer, nur mit Gate. Wir prüfen das im Mai."}),
 ("InProceedings", "2005.00743", {"booktitle": "ICML 2021", "groups": "Effizienz",
   "comment": "Lesen, bevor wir über lernbare Attention-Matrizen reden."}),
 ("Article", "2002.09402", {"journaltitle": "arXiv preprint", "groups": "Speicher",
   "comment": "Siehe auch Memformer oben."}),
]
out = ["% Encoding: UTF-8", ""]
seen = set()
for typ, k, f in E:
    kk = key(k); assert kk not in seen; seen.add(kk)
    fields = {"author": " and ".join(CAT[key_of(k)]["authors"]), "title": "{" + T(k) + "}", "year": CAT[key_of(k)]["published"][:4]}
    fields.update(f)
    out.append(f"@{typ}{{{kk},")
    for n in ["author", "title", "booktitle", "journaltitle", "year", "eprint", "eprinttype", "url", "comment", "groups"]:
        if n in fields:
            v = fields[n]
            out.append(f"  {n:<12} = {v if v.startswith('{') else '{' + v + '}'},")
    out[-1] = out[-1].rstrip(",")
    out += ["}", ""]
out += ["@Online{Weng2023,", "  author       = {Lilian Weng},",
        "  title        = {{The Transformer Family Version 2.0}},", "  year         = {2023},",
        "  url          = {https://lilianweng.github.io/posts/2023-01-27-the-transformer-family-v2/},",
        "  comment      = {Blogbeitrag, kein Paper. Gute Übersicht für die erste Sitzung.},",
        "  groups       = {Übersichten}", "}", "",
        "@Software{xformers,", "  author       = {{Meta AI}},", "  title        = {{xFormers}},",
        "  url          = {https://github.com/facebookresearch/xformers},", "  comment      = {Bibliothek, kein Paper.},",
        "  groups       = {Übersichten}", "}", ""]
groups = sorted({f["groups"] for _, _, f in E} | {"Übersichten"})
used = sorted(set(re.findall(r"groups\s+= \{([^}]*)\}", "\n".join(out))))
assert groups == used
out += ["@Comment{jabref-meta: databaseType:biblatex;}", "",
        "@Comment{jabref-meta: grouping:", "0 AllEntriesGroup:;"]
out += [f"1 StaticGroup:{g}\\;0\\;1\\;0x8a8a8aff\\;\\;\\;;" for g in groups]
out += ["}", ""]
write_only(F, "\n".join(out), keys(F))
