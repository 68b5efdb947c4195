#!/usr/bin/env python3
"""Builds digests/180_zotero_mods_xml_ssl_noisy_labels_collection.xml: a Zotero 6 collection "SSL for noisy labels"
exported with the MODS translator (File > Export Collection > MODS, "Export Notes" on). The translator writes
'<?xml version="1.0"?>\\n' and then XMLSerializer's output of the DOM it built: one line, no indentation, the
modsCollection root with the MODS 3.2 schemaLocation, one <mods> per item (notes and attachments are not items of
their own). Per item, in the translator's order: titleInfo, typeOfResource (omitted for item types it has no mapping
for, e.g. preprint), genre authority="local" (the Zotero item type), genre authority="marcgt" (on the host for
partial items), name type="personal" with family/given nameParts and role/roleTerm (marcrelator), part (volume, page
extent) and originInfo (publisher, dateCreated/dateIssued, issuance) on the host for partial items, identifier
type="doi", location/url usage="primary display" with dateLastAccessed, note (child notes: Zotero's note HTML as text,
so escaped), subject/topic (tags), language, note (Extra), recordInfo/recordContentSource (library catalog),
relatedItem type="host" (publication/proceedings title), relatedItem type="series".

Evidence: arXiv abs URLs as the item URL (link), an OpenReview forum URL (link), "arXiv: ID" in Extra and a
10.48550 DOI without URL (arxiv-text), conference papers with IEEE/Springer DOIs or CVF/PMLR/NeurIPS URLs
(title-only). Non-papers: a software item, a dataset web page, a book, a video, a blog post. Everything except
titles, ids, authors and venues is invented (access dates, notes, tags, proceedings hashes)."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import authors

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "180_zotero_mods_xml_ssl_noisy_labels_collection.xml")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def el(name, text=None, attrs=None, kids=None):
    a = "".join(f' {k}="{esc(v).replace(chr(34), "&quot;")}"' for k, v in (attrs or {}).items())
    inner = esc(text) if text is not None else "".join(kids or [])
    return f"<{name}{a}>{inner}</{name}>"


TYPE = {"conferencePaper": "text", "journalArticle": "text", "book": "text", "computerProgram": "software, multimedia",
        "webpage": "software, multimedia", "blogPost": "software, multimedia", "videoRecording": "moving image"}
MARC = {"conferencePaper": "conference publication", "journalArticle": "journal", "book": "book",
        "webpage": "web site", "blogPost": "web site", "videoRecording": "videorecording"}
PARTIAL = {"blogPost", "conferencePaper", "journalArticle", "webpage"}


def split(name):
    p = name.split()
    for i, w in enumerate(p[1:], 1):
        if w in ("van", "de", "den", "von") and i < len(p) - 1:
            return " ".join(p[i:]), " ".join(p[:i])
    return p[-1], " ".join(p[:-1])


def mods(it):
    t = it["itemType"]
    partial = t in PARTIAL
    m, host = [], []
    m.append(el("titleInfo", kids=[el("title", it["title"])]))
    if t in TYPE: m.append(el("typeOfResource", TYPE[t]))
    m.append(el("genre", t, {"authority": "local"}))
    if t in MARC: (host if partial else m).append(el("genre", MARC[t], {"authority": "marcgt"}))
    for c in it["creators"]:
        fam, giv = split(c) if isinstance(c, str) else c
        m.append(el("name", attrs={"type": "personal"}, kids=[el("namePart", fam, {"type": "family"}),
                 el("namePart", giv, {"type": "given"}),
                 el("role", kids=[el("roleTerm", "aut", {"type": "code", "authority": "marcrelator"})])]))
    part = []
    if it.get("volume"): part.append(el("detail", attrs={"type": "volume"}, kids=[el("number", it["volume"])]))
    if it.get("pages"):
        a, b = it["pages"].split("-")
        part.append(el("extent", attrs={"unit": "pages"}, kids=[el("start", a), el("end", b)]))
    if part: (host if partial else m).append(el("part", kids=part))
    oi = []
    if it.get("place"): oi.append(el("place", kids=[el("placeTerm", it["place"], {"type": "text"})]))
    if it.get("publisher"): oi.append(el("publisher", it["publisher"]))
    if it.get("date"):
        dt = "copyrightDate" if t == "book" else "dateIssued" if t == "journalArticle" else "dateCreated"
        oi.append(el(dt, it["date"]))
    if partial:
        if t == "journalArticle": oi.append(el("issuance", "continuing"))
        elif t == "conferencePaper": oi.append(el("issuance", "monographic"))
    else:
        oi.append(el("issuance", "monographic"))
    if oi: (host if partial else m).append(el("originInfo", kids=oi))
    if it.get("ISBN"): (host if partial else m).append(el("identifier", it["ISBN"], {"type": "isbn"}))
    if it.get("DOI"): m.append(el("identifier", it["DOI"], {"type": "doi"}))
    if it.get("publicationTitle"): host.append(el("titleInfo", kids=[el("title", it["publicationTitle"])]))
    if it.get("url"):
        m.append(el("location", kids=[el("url", it["url"], {"usage": "primary display", "dateLastAccessed": it["accessDate"]})]))
    for n in it.get("notes", []):
        m.append(el("note", '<div data-schema-version="8"><p>' + n + "</p>\n</div>"))
    for tg in it.get("tags", []):
        m.append(el("subject", kids=[el("topic", tg)]))
    if it.get("language"): m.append(el("language", kids=[el("languageTerm", it["language"], {"type": "text"})]))
    if it.get("extra"): m.append(el("note", it["extra"]))
    if it.get("libraryCatalog"): m.append(el("recordInfo", kids=[el("recordContentSource", it["libraryCatalog"])]))
    if host: m.append(el("relatedItem", attrs={"type": "host"}, kids=host))
    if it.get("series"):
        m.append(el("relatedItem", attrs={"type": "series"}, kids=[el("titleInfo", kids=[el("title", it["series"])])]))
    return el("mods", kids=m)


ML = ["Computer Science - Machine Learning", "Statistics - Machine Learning"]
CV = ["Computer Science - Computer Vision and Pattern Recognition"]
ITEMS = [
 dict(itemType="conferencePaper", title="Contrast to Divide: Self-Supervised Pre-Training for Learning with Noisy Labels",
      creators=authors("2103.13646"), date="2021", publicationTitle="ICLR 2021 Conference Submission",
      url="https://openreview.net/forum?id=uB5x7Y2qsFR", accessDate="2023-09-28 08:14:02", libraryCatalog="OpenReview",
      notes=["Rejected at ICLR; the camera-ready is the WACV 2022 version (same title). Warm-up with SimCLR features, then DivideMix. This is our starting point."],
      tags=["noisy labels", "to-replicate"], language="en"),
 dict(itemType="preprint", title="Representation Learning with Contrastive Predictive Coding", creators=authors("1807.03748"),
      date="2019-01-22", publisher="arXiv", DOI="10.48550/arXiv.1807.03748", url="http://arxiv.org/abs/1807.03748",
      accessDate="2023-09-28 08:20:47", tags=ML, extra="arXiv:1807.03748 [cs, stat]", libraryCatalog="arXiv.org"),
 dict(itemType="conferencePaper", title="Momentum Contrast for Unsupervised Visual Representation Learning",
      creators=authors("1911.05722"), date="2020-06", publicationTitle="2020 IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)",
      pages="9726-9735", place="Seattle, WA, USA", publisher="IEEE", DOI="10.1109/CVPR42600.2020.00975",
      url="https://ieeexplore.ieee.org/document/9157636/", accessDate="2023-09-28 08:24:19",
      notes=["The v2 tricks (MLP head, blur, cosine schedule) are in the MoCo v2 tech report, not in this paper. Queue size 65536 matters less for us (small datasets)."],
      tags=["contrastive"], language="en", extra="arXiv: 1911.05722", libraryCatalog="DOI.org (Crossref)"),
 dict(itemType="conferencePaper", title="Bootstrap your own latent: A new approach to self-supervised Learning",
      creators=authors("2006.07733"), date="2020", publicationTitle="Advances in Neural Information Processing Systems",
      volume="33", pages="21271-21284", publisher="Curran Associates, Inc.",
      url="https://proceedings.neurips.cc/paper/2020/hash/f3ada80d5c4ee70142b17b8192b2958e-Abstract.html",
      accessDate="2023-09-29 10:02:55", tags=["non-contrastive"], libraryCatalog="Neural Information Processing Systems"),
 dict(itemType="conferencePaper", title="Exploring Simple Siamese Representation Learning", creators=authors("2011.10566"),
      date="2021", publicationTitle="Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)",
      pages="15750-15758",
      url="https://openaccess.thecvf.com/content/CVPR2021/html/Chen_Exploring_Simple_Siamese_Representation_Learning_CVPR_2021_paper.html",
      accessDate="2023-09-29 10:06:31", notes=["stop-grad is the whole trick. Collapses on our 20%-noise CIFAR runs without the predictor lr fix."],
      tags=["non-contrastive"], libraryCatalog="openaccess.thecvf.com"),
 dict(itemType="preprint", title="Barlow Twins: Self-Supervised Learning via Redundancy Reduction", creators=authors("2103.03230"),
      date="2021-06-14", publisher="arXiv", DOI="10.48550/arXiv.2103.03230", url="http://arxiv.org/abs/2103.03230",
      accessDate="2023-09-29 10:11:40", tags=CV + ["Computer Science - Artificial Intelligence", "Computer Science - Machine Learning", "Quantitative Biology - Neurons and Cognition"],
      extra="arXiv:2103.03230 [cs, q-bio]", libraryCatalog="arXiv.org"),
 dict(itemType="conferencePaper", title="Big Transfer (BiT): General Visual Representation Learning", creators=authors("1912.11370"),
      date="2020", publicationTitle="Computer Vision – ECCV 2020", pages="491-507", place="Cham",
      publisher="Springer International Publishing", ISBN="978-3-030-58558-7", DOI="10.1007/978-3-030-58558-7_29",
      tags=["transfer"], language="en", libraryCatalog="Springer Link", series="Lecture Notes in Computer Science"),
 dict(itemType="conferencePaper", title="Deep Residual Learning for Image Recognition", creators=authors("1512.03385"),
      date="2016-06", publicationTitle="2016 IEEE Conference on Computer Vision and Pattern Recognition (CVPR)",
      pages="770-778", place="Las Vegas, NV, USA", publisher="IEEE", DOI="10.1109/CVPR.2016.90",
      url="http://ieeexplore.ieee.org/document/7780459/", accessDate="2023-09-30 16:40:12",
      notes=["backbone: ResNet-18 (CIFAR variant, 3x3 stem) for all runs"], tags=["backbone"], language="en",
      libraryCatalog="DOI.org (Crossref)"),
 dict(itemType="conferencePaper", title="EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks",
      creators=authors("1905.11946"), date="2019-05-24", publicationTitle="Proceedings of the 36th International Conference on Machine Learning",
      pages="6105-6114", publisher="PMLR", url="https://proceedings.mlr.press/v97/tan19a.html",
      accessDate="2023-09-30 16:44:58", tags=["backbone"], language="en", libraryCatalog="proceedings.mlr.press"),
 dict(itemType="preprint", title="EfficientNetV2: Smaller Models and Faster Training", creators=authors("2104.00298"),
      date="2021-06-23", publisher="arXiv", DOI="10.48550/arXiv.2104.00298",
      notes=["entered by hand from the DOI, the PDF is on the lab NAS. Fused-MBConv; progressive resizing might help our small-image runs."],
      tags=["backbone"]),
 dict(itemType="preprint", title="Scaling Up Visual and Vision-Language Representation Learning With Noisy Text Supervision",
      creators=authors("2102.05918"), date="2021-06-11", publisher="arXiv", DOI="10.48550/arXiv.2102.05918",
      url="https://arxiv.org/abs/2102.05918", accessDate="2023-10-02 09:31:07",
      notes=["ALIGN: noisy alt-text at scale works, i.e. the opposite end of our problem."],
      tags=CV + ["Computer Science - Computation and Language", "Computer Science - Machine Learning"],
      extra="arXiv:2102.05918 [cs]", libraryCatalog="arXiv.org"),
 dict(itemType="computerProgram", title="noisy-ssl-bench: baselines for self-supervised pre-training under label noise",
      creators=[("Adeyemi", "Tolu"), ("Brandt", "Jonas")], date="2023", url="https://github.com/tadeyemi/noisy-ssl-bench",
      accessDate="2023-10-02 09:40:33", notes=["our fork pins torch 2.0.1"], tags=["code"]),
 dict(itemType="webpage", title="Clothing1M: a large-scale clothing dataset with noisy labels (download page)",
      creators=[], url="https://clothing1m-mirror.example.org/", accessDate="2023-10-02 09:44:10", tags=["dataset"]),
 dict(itemType="book", title="Pattern Recognition and Machine Learning", creators=[("Bishop", "Christopher M.")],
      date="2006", place="New York", publisher="Springer", ISBN="978-0-387-31073-2", tags=["textbook"], language="en",
      libraryCatalog="Library of Congress ISBN", series="Information Science and Statistics"),
 dict(itemType="videoRecording", title="Self-supervised learning under label noise (reading group talk)",
      creators=[("Mbeki", "Ayanda")], date="2023-05-11", url="https://video.univ-lab.example/watch/ssl-noise-rg-05",
      accessDate="2023-10-03 11:02:45", tags=["talk"]),
 dict(itemType="blogPost", title="Why non-contrastive methods don't collapse (and when they do)", creators=[("Ferreira", "Lucas")],
      date="2022-02-17", publicationTitle="Gradient Notes", url="https://gradientnotes.example.net/2022/02/noncontrastive-collapse/",
      accessDate="2023-10-03 11:05:12", tags=["blog"]),
]

root = ('<modsCollection xmlns="http://www.loc.gov/mods/v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://www.loc.gov/mods/v3 http://www.loc.gov/standards/mods/v3/mods-3-2.xsd">'
        + "".join(mods(i) for i in ITEMS) + "</modsCollection>")
with open(OUT, "w", encoding="utf-8", newline="") as fh:
    fh.write('<?xml version="1.0"?>\n' + root)
