#!/usr/bin/env python3
"""1548: a Spanish PhD student queries the OpenAIRE Graph API (researchProducts) with curl and reads the saved answer
with jq: the header, a @tsv listing, each result's URLs and PIDs, one full result. Every jq answer is computed from
the modelled response (results below, jq's 2-space layout with raw Unicode)."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import keys, by_num

F = by_num(1548)
PS = "lucia@ssl-lab:~/tesis/bib$ "
ARXIV = ("10|opendoar____::6f4922f45568161a8cdf4ad2299f6d23", "arXiv.org e-Print Archive")
OR_ = ("10|openaire____::a6e8b1a0c8f1e6f0b3a0c9b4d2e7f311", "OpenReview")
NIPS = ("10|openaire____::3c5b2a8e9d1f0e6b7a4c2d8f9e0a1b53", "Advances in Neural Information Processing Systems")
PMLR = ("10|openaire____::9e1c7b2f4a6d8e0c3b5a7f9d1e2c4b68", "Proceedings of Machine Learning Research")
ICLR = ("10|openaire____::2d4f6a8c0e1b3d5f7a9c1e3b5d7f9a02", "International Conference on Learning Representations")
DATACITE = ("10|openaire____::9e3be59865b2c1c335d32dae2fe7b254", "Datacite")


def oid(s, pre="doi_dedup___::"):
    return pre + hashlib.md5(s.encode()).hexdigest()


def res(key, date, typ, inst, pids=(), desc="", rtype="publication", title=None, auth=None, lang=("eng", "English")):
    t = title or T(key)
    a = auth or authors(key)
    return {
        "authors": [{"fullName": n, "name": " ".join(n.split()[:-1]), "surname": n.split()[-1], "rank": i + 1, "pid": None}
                    for i, n in enumerate(a[:6])],
        "type": rtype,
        "language": {"code": lang[0], "label": lang[1]},
        "mainTitle": t,
        "subTitle": None,
        "descriptions": [desc] if desc else [],
        "publicationDate": date,
        "publisher": inst[0][3] if inst and len(inst[0]) > 3 else None,
        "bestAccessRight": {"code": "c_abf2", "label": "OPEN", "scheme": "http://vocabularies.coar-repositories.org/documents/access_rights/"},
        "id": oid(t, "doi_dedup___::" if pids else "openaire____::"),
        "pids": [{"scheme": s, "value": v} for s, v in pids],
        "instances": [{"type": it, "urls": [u], "publicationDate": date, "refereed": rf,
                       "hostedBy": {"key": h[0], "value": h[1]}} for (it, u, h, *_), rf in
                      zip(inst, ["nonPeerReviewed" if i[2] in (ARXIV, DATACITE) else "peerReviewed" for i in inst])],
    }


RESULTS = [
    res("2103.03230", "2021-03-04", "Preprint", [("Preprint", "http://arxiv.org/abs/2103.03230", ARXIV, "arXiv")], [("arXiv", "2103.03230")],
        "Self-supervised learning (SSL) is rapidly closing the gap with supervised methods on large computer vision benchmarks."),
    res("2006.07733", "2020-06-13", "Preprint", [("Preprint", "https://arxiv.org/pdf/2006.07733", ARXIV, "arXiv")], [("arXiv", "2006.07733")],
        "We introduce Bootstrap Your Own Latent (BYOL), a new approach to self-supervised image representation learning."),
    res("2004.11362", "2020-12-06", "Conference object", [("Conference object", "https://proceedings.neurips.cc/paper/2020/hash/ab8e11103a0046da81d8577d21eb33d7-Abstract.html", NIPS, "Curran Associates")], [],
        "Contrastive learning applied to self-supervised representation learning has seen a resurgence in recent years."),
    res("2106.08254", "2021-06-15", "Preprint", [("Preprint", "https://dx.doi.org/10.48550/arxiv.2106.08254", DATACITE, "arXiv")], [("arXiv", "2106.08254")],
        "We introduce a self-supervised vision representation model BEiT, which stands for Bidirectional Encoder representation from Image Transformers."),
    res("2011.06182", "2021-01-12", "Conference object", [("Conference object", "https://openreview.net/forum?id=3rRgu7OGgBI", OR_, "OpenReview")], [],
        "It is common within the deep learning community to first pre-train a deep neural network from a large-scale dataset and then fine-tune the pre-trained model to a specific downstream task."),
    res("2011.04419", "2021-07-18", "Conference object", [("Conference object", "http://proceedings.mlr.press/v139/verma21a.html", PMLR, "PMLR")], [],
        "Despite recent successes, most contrastive self-supervised learning methods are domain-specific."),
    res("2010.04592", "2021-05-04", "Conference object", [("Conference object", "https://iclr.cc/virtual/2021/poster/3071", ICLR, "ICLR")], [],
        "How can you sample good negative examples for contrastive learning?"),
    res("2006.06882", "2020-12-06", "Conference object", [("Conference object", "https://proceedings.neurips.cc/paper/2020/hash/d3cdfbc8c60e8855da8a9a3689633f45-Abstract.html", NIPS, "Curran Associates")], [],
        "Pre-training is a dominant paradigm in computer vision."),
    res(None, "2022-03-28", "Software", [("Software", "https://github.com/facebookresearch/vissl", ("10|openaire____::dbfd07503aaa1ed31beed7dec942f3f4", "Software Heritage"))], [],
        "VISSL is a computer VIsion library for state-of-the-art Self-Supervised Learning research with PyTorch.", rtype="software",
        title="facebookresearch/vissl", auth=["Priya Goyal", "Quentin Duval", "Mannat Singh"]),
    res(None, "2023-11-20", "Dataset", [("Dataset", "https://zenodo.org/records/10151112", ("10|opendoar____::358aee4cc897452c00244351e4d91f69", "ZENODO"))], [],
        "Subconjunto de STL-10 con etiquetas revisadas, preparado para las prácticas del máster (copia de trabajo, no es una publicación).",
        rtype="dataset", title="STL-10 — subconjunto revisado para prácticas de aprendizaje autosupervisado",
        auth=["Lucía Fernández Ortega", "Pablo Iglesias Ruiz"], lang=("spa", "Spanish; Castilian")),
]
QS = "search=self-supervised%20representation%20learning&page=1&pageSize=10&sortBy=relevance%20DESC"


def jq(v):
    return json.dumps(v, indent=2, ensure_ascii=False).split("\n")


def build():
    R = RESULTS
    hdr = {"numFound": 21873, "maxScore": 14.218567, "queryTime": 212, "page": 1, "pageSize": len(R)}
    L = [PS + f"curl -s 'https://api.openaire.eu/graph/v1/researchProducts?{QS}' -o oa_ssl.json",
         PS + "jq '.header' oa_ssl.json"] + jq(hdr)
    L.append(PS + "jq -r '.results[] | [.type, .publicationDate, .mainTitle] | @tsv' oa_ssl.json")
    L += [f"{r['type']}\t{r['publicationDate']}\t{r['mainTitle']}" for r in R]
    L.append(PS + "jq -r '.results[] | .mainTitle, \"  url: \" + ([.instances[].urls[]] | join(\" \")), \"  pid: \" + ([.pids[] | .scheme + \":\" + .value] | join(\" \"))' oa_ssl.json")
    for r in R:
        L += [r["mainTitle"], "  url: " + " ".join(u for i in r["instances"] for u in i["urls"]),
              "  pid: " + " ".join(p["scheme"] + ":" + p["value"] for p in r["pids"])]
    L.append(PS + "# ojo: Bi-tuning solo aparece con la versión de OpenReview; los de NeurIPS/ICML/ICLR sin arXiv en OpenAIRE")
    L.append(PS + "# los dos últimos no son artículos (software y dataset), fuera de la bibliografía")
    L.append(PS + "jq '.results[4]' oa_ssl.json")
    L += jq(R[4])
    L.append(PS)
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
