#!/usr/bin/env python3
"""Builds digests/127_endnote_xml_export_ssl_robustness.xml: an EndNote 20 "Export… → XML" of a thesis library.

EndNote writes the whole file on one line (no pretty-printing), every text value wrapped in
<style face="normal" font="default" size="100%">…</style>, ref-type numbers beside their names, internal-pdf://
attachment paths, and XML escapes (&amp;, &lt;) in values. Records are in rec-number order of the library (not
alphabetical), some numbers missing (deleted records)."""
import os
from xml.sax.saxutils import escape

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "127_endnote_xml_export_ssl_robustness.xml")
DB = 'name="thesis-ssl-robustness.enl" path="C:\\Users\\tvanaken\\Documents\\EndNote\\thesis-ssl-robustness.enl"'
DBID = "vzs2e0wfpa0dxve2t9n5dvzq5wr5txtfad9r"
REFTYPE = {"Journal Article": 17, "Conference Paper": 47, "Conference Proceedings": 10, "Book": 6, "Web Page": 12,
           "Computer Program": 9, "Thesis": 32, "Dataset": 59, "Electronic Article": 43}


def st(v):
    return f'<style face="normal" font="default" size="100%">{escape(v)}</style>'


def record(n, ts, rtype, authors, title, *, secondary=None, periodical=None, pages=None, volume=None, year=None,
           date=None, publisher=None, place=None, isbn=None, keywords=(), related=(), pdfs=(), ern=None, notes=None,
           research=None, abstract=None, label=None, custom1=None, access=None, work_type=None, edition=None,
           tertiary=None, secondary_authors=(), urls_web=()):
    x = ["<record>", f"<database {DB}>thesis-ssl-robustness.enl</database>",
         '<source-app name="EndNote" version="20.6">EndNote</source-app>', f"<rec-number>{n}</rec-number>",
         f'<foreign-keys><key app="EN" db-id="{DBID}" timestamp="{ts}">{n}</key></foreign-keys>',
         f'<ref-type name="{rtype}">{REFTYPE[rtype]}</ref-type>', "<contributors><authors>"]
    x += [f"<author>{st(a)}</author>" for a in authors]
    x.append("</authors>")
    if secondary_authors:
        x.append("<secondary-authors>" + "".join(f"<author>{st(a)}</author>" for a in secondary_authors) + "</secondary-authors>")
    x.append("</contributors>")
    x.append(f"<titles><title>{st(title)}</title>")
    if secondary:
        x.append(f"<secondary-title>{st(secondary)}</secondary-title>")
    if tertiary:
        x.append(f"<tertiary-title>{st(tertiary)}</tertiary-title>")
    x.append("</titles>")
    if periodical:
        x.append(f"<periodical><full-title>{st(periodical)}</full-title></periodical>")
    if pages:
        x.append(f"<pages>{st(pages)}</pages>")
    if volume:
        x.append(f"<volume>{st(volume)}</volume>")
    if edition:
        x.append(f"<edition>{st(edition)}</edition>")
    if keywords:
        x.append("<keywords>" + "".join(f"<keyword>{st(k)}</keyword>" for k in keywords) + "</keywords>")
    if year:
        x.append(f"<dates><year>{st(year)}</year>")
        if date:
            x.append(f"<pub-dates><date>{st(date)}</date></pub-dates>")
        x.append("</dates>")
    if place:
        x.append(f"<pub-location>{st(place)}</pub-location>")
    if publisher:
        x.append(f"<publisher>{st(publisher)}</publisher>")
    if isbn:
        x.append(f"<isbn>{st(isbn)}</isbn>")
    if label:
        x.append(f"<label>{st(label)}</label>")
    if work_type:
        x.append(f"<work-type>{st(work_type)}</work-type>")
    if related or pdfs or urls_web:
        x.append("<urls>")
        if related:
            x.append("<related-urls>" + "".join(f"<url>{st(u)}</url>" for u in related) + "</related-urls>")
        if pdfs:
            x.append("<pdf-urls>" + "".join(f"<url>{escape(u)}</url>" for u in pdfs) + "</pdf-urls>")
        if urls_web:
            x.append("<web-urls>" + "".join(f"<url>{st(u)}</url>" for u in urls_web) + "</web-urls>")
        x.append("</urls>")
    if custom1:
        x.append(f"<custom1>{st(custom1)}</custom1>")
    if ern:
        x.append(f"<electronic-resource-num>{st(ern)}</electronic-resource-num>")
    if abstract:
        x.append(f"<abstract>{st(abstract)}</abstract>")
    if notes:
        x.append(f"<notes>{st(notes)}</notes>")
    if research:
        x.append(f"<research-notes>{st(research)}</research-notes>")
    if access:
        x.append(f"<access-date>{st(access)}</access-date>")
    x.append("<language>" + st("eng") + "</language>" if rtype not in ("Web Page", "Computer Program") else "")
    x.append("</record>")
    return "".join(x)


recs = [
    record(2, 1695301220, "Book", ["Goodfellow, Ian", "Bengio, Yoshua", "Courville, Aaron"], "Deep Learning",
           year="2016", publisher="MIT Press", place="Cambridge, MA", isbn="9780262035613",
           keywords=["textbook"], related=["https://www.deeplearningbook.org/"],
           research="Ch. 7 (regularization) + ch. 15 (representation learning) for the background chapter."),
    record(3, 1695301544, "Journal Article",
           ["Khosla, Prannay", "Teterwak, Piotr", "Wang, Chen", "Sarna, Aaron", "Tian, Yonglong", "Isola, Phillip",
            "Maschinot, Aaron", "Liu, Ce", "Krishnan, Dilip"],
           "Supervised Contrastive Learning", secondary="Advances in Neural Information Processing Systems",
           periodical="Advances in Neural Information Processing Systems", pages="18661-18673", volume="33",
           year="2020", keywords=["contrastive", "supervised", "ch2"],
           related=["https://doi.org/10.48550/arXiv.2004.11362"], ern="10.48550/arXiv.2004.11362",
           pdfs=["internal-pdf://2209146113/Khosla-2020-Supervised Contrastive Learning.pdf"],
           research="SupCon loss, eq. 2 (L^sup_out) vs eq. 3 (L^sup_in) -- they argue out > in. Batch 6144 (!). "
                    "Robustness to ImageNet-C in Table 3 is what I need for ch. 4.", label="read"),
    record(4, 1695302011, "Conference Paper",
           ["Zhang, Hang", "Wu, Chongruo", "Zhang, Zhongyue", "Zhu, Yi", "Lin, Haibin", "Zhang, Zhi", "Sun, Yue",
            "He, Tong", "Mueller, Jonas", "Manmatha, R.", "Li, Mu", "Smola, Alexander"],
           "ResNeSt: Split-Attention Networks",
           secondary="Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR) Workshops",
           year="2022", keywords=["backbone", "attention"],
           pdfs=["internal-pdf://0871549302/Zhang-2022-ResNeSt_ Split-Attention Networks.pdf"],
           research="only as a backbone baseline (ResNeSt-50 row in the robustness table)"),
    record(5, 1695302390, "Conference Paper",
           ["Tsai, Yao-Hung Hubert", "Wu, Yue", "Salakhutdinov, Ruslan", "Morency, Louis-Philippe"],
           "Self-supervised Learning from a Multi-view Perspective",
           secondary="International Conference on Learning Representations", year="2021",
           keywords=["theory", "multi-view", "ch2"], related=["https://openreview.net/forum?id=-bdp_8Itjwp"],
           research="Composite objective = contrastive + forward-predictive + inverse-predictive. "
                    "Info-theoretic framing; read sec. 2 & 3 carefully for the related-work paragraph.",
           access="2023-09-21"),
    record(7, 1695389001, "Conference Paper",
           ["Zheltonozhskii, Evgenii", "Baskin, Chaim", "Mendelson, Avi", "Bronstein, Alex M.", "Litany, Or"],
           "Contrast to Divide: Self-Supervised Pre-Training for Learning with Noisy Labels",
           secondary="2022 IEEE/CVF Winter Conference on Applications of Computer Vision (WACV)", year="2022",
           keywords=["noisy labels", "ch3"], related=["http://arxiv.org/abs/2103.13646"],
           pdfs=["internal-pdf://3920475586/Zheltonozhskii-2022-Contrast to Divide_ Self-Su.pdf"],
           research="C2D = SimCLR pre-training, then DivideMix. Warm-up problem in sec. 3.1 is exactly our issue "
                    "with the 40% noise split.", label="read;cite"),
    record(8, 1695389422, "Electronic Article",
           ["Zhong, Jincheng", "Wang, Ximei", "Kou, Zhi", "Wang, Jianmin", "Long, Mingsheng"],
           "Bi-tuning of Pre-trained Representations", secondary="arXiv preprint arXiv:2011.06182",
           year="2020", date="Nov 12", keywords=["fine-tuning", "transfer"],
           research="classifier head + projector head with contrastive losses during fine-tuning. Compare to our "
                    "two-head variant <-- reviewer 2 asked for this"),
    record(9, 1695475930, "Conference Paper",
           ["Verma, Vikas", "Luong, Minh-Thang", "Kawaguchi, Kenji", "Pham, Hieu", "Le, Quoc V."],
           "Towards Domain-Agnostic Contrastive Learning",
           secondary="Proceedings of the 38th International Conference on Machine Learning",
           tertiary="Proceedings of Machine Learning Research", volume="139", year="2021",
           secondary_authors=["Meila, Marina", "Zhang, Tong"], publisher="PMLR",
           keywords=["contrastive", "mixup", "ch2"], related=["https://proceedings.mlr.press/v139/verma21a.html"],
           research="DACL: mixup as the augmentation when you have no domain knowledge (tabular, graphs)."),
    record(10, 1695476202, "Electronic Article",
           ["Xie, Cihang", "Tan, Mingxing", "Gong, Boqing", "Yuille, Alan", "Le, Quoc V."],
           "Smooth Adversarial Training", year="2020", date="Jun 25", keywords=["adversarial", "robustness", "ch4"],
           related=["https://arxiv.org/pdf/2006.14536.pdf"],
           pdfs=["internal-pdf://1158823710/Xie-2020-Smooth Adversarial Training.pdf"],
           research="ReLU -> smooth activations (SiLU/GELU/ELU/parametric softplus) improves adv. training "
                    "'for free'. Try SiLU in our PGD runs?"),
    record(12, 1695561870, "Conference Paper",
           ["Zoph, Barret", "Ghiasi, Golnaz", "Lin, Tsung-Yi", "Cui, Yin", "Liu, Hanxiao", "Cubuk, Ekin D.",
            "Le, Quoc V."],
           "Rethinking Pre-training and Self-training",
           secondary="Advances in Neural Information Processing Systems", volume="33", year="2020",
           keywords=["self-training", "pre-training", "ch2"],
           research="Table 2: self-training helps even when ImageNet pre-training hurts (COCO, strong aug). "
                    "Good quote for the intro."),
    record(13, 1695562100, "Conference Paper",
           ["Bhojanapalli, Srinadh", "Chakrabarti, Ayan", "Glasner, Daniel", "Li, Daliang", "Unterthiner, Thomas",
            "Veit, Andreas"],
           "Understanding Robustness of Transformers for Image Classification",
           secondary="Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV)", year="2021",
           keywords=["ViT", "robustness", "ch4"],
           pdfs=["internal-pdf://2740091183/Bhojanapalli-2021-Understanding Robustness of T.pdf"],
           research="ViT vs ResNet under corruptions/adversarial; removing layers -- later layers are redundant. "
                    "Compare with the ResNeSt numbers."),
    record(15, 1695648710, "Conference Paper",
           ["Robinson, Joshua", "Chuang, Ching-Yao", "Sra, Suvrit", "Jegelka, Stefanie"],
           "Contrastive Learning with Hard Negative Samples",
           secondary="International Conference on Learning Representations", year="2021",
           keywords=["contrastive", "negatives", "ch2"],
           notes="arXiv:2010.04592 [cs.LG]. Comment: ICLR 2021 camera-ready",
           research="beta concentration param; debiased + hard. Code is ~10 lines on top of SimCLR."),
    record(16, 1695648955, "Conference Paper",
           ["Ghiasi, Golnaz", "Cui, Yin", "Srinivas, Aravind", "Qian, Rui", "Lin, Tsung-Yi", "Cubuk, Ekin D.",
            "Le, Quoc V.", "Zoph, Barret"],
           "Simple Copy-Paste is a Strong Data Augmentation Method for Instance Segmentation",
           secondary="Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)",
           year="2021", keywords=["augmentation", "segmentation"],
           research="not SSL, but the augmentation ablation (large scale jittering) is useful for the "
                    "augmentation-strength chapter."),
    record(17, 1695649310, "Conference Paper",
           ["Jia, Chao", "Yang, Yinfei", "Xia, Ye", "Chen, Yi-Ting", "Parekh, Zarana", "Pham, Hieu", "Le, Quoc V.",
            "Sung, Yunhsuan", "Li, Zhen", "Duerig, Tom"],
           "Scaling Up Visual and Vision-Language Representation Learning With Noisy Text Supervision",
           secondary="Proceedings of the 38th International Conference on Machine Learning",
           tertiary="Proceedings of Machine Learning Research", volume="139", year="2021", publisher="PMLR",
           keywords=["vision-language", "noisy labels"], related=["https://proceedings.mlr.press/v139/jia21b.html"],
           research="ALIGN. 1.8B noisy alt-text pairs, no filtering beyond frequency. Cite next to CLIP in ch. 2."),
    record(18, 1695649702, "Web Page", ["Weng, Lilian"], "Contrastive Representation Learning",
           secondary="Lil'Log", year="2021", date="May 31", keywords=["blog", "contrastive"],
           related=["https://lilianweng.github.io/posts/2021-05-31-contrastive/"], access="2023-09-25",
           research="best overview of the losses (NCE, InfoNCE, soft-nearest-neighbour...). Not citable as such."),
    record(19, 1695735018, "Computer Program", ["da Costa, Victor G. Turrisi", "Fini, Enrico", "Nabi, Moin",
                                                "Sebe, Nicu", "Ricci, Elisa"],
           "solo-learn", year="2022", edition="1.0.6", publisher="GitHub",
           related=["https://github.com/vturrisi/solo-learn"], keywords=["code"],
           research="library we build on (fork at lab-gitlab/ssl-robust). pin 1.0.6; 1.0.7 broke the DALI loader."),
    record(21, 1695821733, "Thesis", ["Okafor, Chidinma"],
           "Label-efficient representation learning for histopathology & beyond",
           year="2023", publisher="Radboud University", place="Nijmegen", work_type="PhD thesis",
           keywords=["thesis", "related"],
           research="Chidi's thesis -- ch. 3 has the same noisy-label setup; ask her for the splits."),
    record(22, 1695822090, "Dataset", ["Hendrycks, Dan", "Dietterich, Thomas"], "CIFAR-10-C", year="2019",
           publisher="Zenodo", related=["https://zenodo.org/records/2535967"], keywords=["data", "corruptions", "ch4"],
           research="15 corruptions x 5 severities. Use severity 3 + 5 only (compute)."),
]

xml = ('<?xml version="1.0" encoding="UTF-8" ?><xml><records>' + "".join(recs) + "</records></xml>\n")
open(OUT, "w", encoding="utf-8", newline="").write(xml)
print(OUT, len(xml))
