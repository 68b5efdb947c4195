#!/usr/bin/env python3
"""Builds digests/157_ris_mendeley_export_ssl_vision_library.ris: a Mendeley Desktop 1.19 "File > Export... > RIS"
of a folder "SSL + backbones (thesis ch. 2)".

As Mendeley writes RIS: CRLF line ends, "TY  - " first, then the tags in alphabetical order (AB, AU, CY, DO, EP, ID,
IS, JO, KW, N1, PB, PY, SN, SP, T2, T3, TI, UR, VL), "ER  - " closing each record and an empty line after it; one AU
per author "Last, First"; ID is Mendeley's citation key; journal-like preprints as JOUR with JO "arXiv", conference
papers as CONF with T2, book chapters as CHAP with T2/T3, a BOOK, a web page as ELEC, a program as COMP, a thesis as
THES, and a data set stored as a Generic (GEN) item. Notes (N1) hold what the owner typed into Mendeley's notes
field. The abstracts are one-line summaries written for this corpus; keys, notes, URLs of non-papers, the thesis and
its author are invented; papers, authors, venues and years are the catalogue's."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import authors, title, last_first

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "157_ris_mendeley_export_ssl_vision_library.ris")
ORDER = ["AB", "AU", "CY", "DO", "EP", "ID", "IS", "JO", "KW", "N1", "PB", "PY", "SN", "SP", "T2", "T3", "TI", "UR", "VL"]


def rec(ty, **f):
    out = [f"TY  - {ty}"]
    for tag in ORDER:
        v = f.get(tag)
        if v is None:
            continue
        for x in (v if isinstance(v, list) else [v]):
            out.append(f"{tag}  - {x}")
    out.append("ER  - ")
    return "\r\n".join(out) + "\r\n\r\n"


def au(key, n=None):
    a = [last_first(x) for x in authors(key)]
    return a[:n] if n else a


R = []
R.append(rec("CONF", AB="Builds a dynamic dictionary with a queue and a moving-averaged encoder so that contrastive "
             "learning can use a large and consistent set of negatives; transfers well to detection.",
             AU=au("1911.05722"), DO="10.1109/CVPR42600.2020.00975", EP="9735", ID="He2020",
             KW=["contrastive learning", "self-supervised"], PB="IEEE", PY="2020", SN="1063-6919", SP="9726",
             T2="Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)",
             TI=title("1911.05722"),
             UR="https://openaccess.thecvf.com/content_CVPR_2020/html/He_Momentum_Contrast_CVPR_2020_paper.html"))
R.append(rec("JOUR", AB="Two networks, online and target; the online network predicts the target's representation "
             "of another augmented view, with no negative pairs at all.",
             AU=au("2006.07733"), EP="21284", ID="Grill2020", JO="Advances in Neural Information Processing Systems",
             KW=["self-supervised", "non-contrastive"], N1="NeurIPS 2020 (oral). Read together with SimSiam - the "
             "predictor + stop-grad is what matters, not the EMA? Ch. 2.3", PY="2020", SP="21271",
             TI=title("2006.07733"), UR="http://arxiv.org/abs/2006.07733", VL="33"))
R.append(rec("CONF", AB="A Siamese network with a stop-gradient and a predictor learns meaningful representations "
             "without negatives, large batches or a momentum encoder.",
             AU=au("2011.10566"), EP="15758", ID="Chen2021", KW=["self-supervised", "siamese"], PB="IEEE",
             PY="2021", SP="15750",
             T2="Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)",
             TI=title("2011.10566")))
R.append(rec("JOUR", AB="An objective that drives the cross-correlation matrix of the embeddings of two distorted "
             "views towards the identity, which avoids collapse.",
             AU=au("2103.03230"), DO="10.48550/arXiv.2103.03230", ID="Zbontar2021", JO="arXiv",
             KW=["redundancy reduction", "self-supervised"], N1="ICML 2021 camera-ready has the projector-width "
             "ablation (Fig. 4); cite ICML in the thesis", PY="2021", TI=title("2103.03230")))
R.append(rec("JOUR", AB="Predicts the future in latent space with autoregressive models and a probabilistic "
             "contrastive loss (InfoNCE); applies to speech, images, text and RL.",
             AU=au("1807.03748"), ID="Oord2018", JO="arXiv", KW=["InfoNCE", "contrastive learning"], PY="2018",
             TI=title("1807.03748"), UR="http://arxiv.org/abs/1807.03748"))
R.append(rec("CONF", AB="Masks a high proportion of image patches and reconstructs the missing pixels with an "
             "asymmetric encoder-decoder; the encoder sees only visible patches.",
             AU=au("2111.06377"), DO="10.1109/CVPR52688.2022.01553", EP="16009", ID="He2022",
             KW=["masked image modeling", "ViT"], PB="IEEE", PY="2022", SP="16000",
             T2="Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)",
             TI=title("2111.06377")))
R.append(rec("CONF", AB="Masked image modeling with visual tokens from a discrete VAE as prediction targets for "
             "pre-training vision Transformers.",
             AU=au("2106.08254"), ID="Bao2022", KW=["masked image modeling"], N1="ICLR 2022 oral",
             PY="2022", T2="International Conference on Learning Representations", TI=title("2106.08254")))
R.append(rec("CONF", AB="A hierarchical Transformer whose representation is computed with shifted windows, giving "
             "linear complexity in image size.",
             AU=au("2103.14030"), DO="10.1109/ICCV48922.2021.00986", EP="10002", ID="Liu2021", KW=["backbone", "ViT"],
             PB="IEEE", PY="2021", SP="9992",
             T2="Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV)",
             TI=title("2103.14030"), UR="http://arxiv.org/abs/2103.14030"))
R.append(rec("JOUR", AB="A systematic study of the interplay between data amount, augmentation, regularization, "
             "model size and compute budget for ViT training.",
             AU=au("2106.10270"), ID="Steiner2022", JO="Transactions on Machine Learning Research",
             KW=["ViT", "augmentation", "AugReg"], N1="arXiv: 2106.10270", PY="2022", TI=title("2106.10270")))
R.append(rec("CONF", AB="Residual learning framework that eases the training of substantially deeper networks.",
             AU=au("1512.03385"), DO="10.1109/CVPR.2016.90", EP="778", ID="He2016", KW=["backbone"],
             N1="imported from CrossRef (title case lost)", PB="IEEE", PY="2016", SN="9781467388511", SP="770",
             T2="2016 IEEE Conference on Computer Vision and Pattern Recognition (CVPR)",
             TI="Deep residual learning for image recognition"))
R.append(rec("CONF", AB="Self-supervised pre-training as a warm-up that decouples feature extraction from noisy-label "
             "classifier training.",
             AU=au("2103.13646"), ID="Zheltonozhskii2022", KW=["noisy labels", "self-supervised"],
             N1="imported from the OpenReview page via the web importer", PY="2022",
             T2="Proceedings of the IEEE/CVF Winter Conference on Applications of Computer Vision (WACV)",
             TI=title("2103.13646"), UR="https://openreview.net/forum?id=uB5x7Y2qsFR"))
R.append(rec("CHAP", AB="Revisits supervised pre-training on large data sets and fine-tuning with a simple recipe "
             "(BiT-HyperRule).", AU=au("1912.11370"), CY="Cham", DO="10.1007/978-3-030-58558-7_29", EP="507",
             ID="Kolesnikov2020", KW=["transfer learning"], PB="Springer International Publishing", PY="2020",
             SN="978-3-030-58558-7", SP="491", T2="Computer Vision - ECCV 2020", T3="Lecture Notes in Computer Science",
             TI=title("1912.11370"), VL="12350"))
# not papers
R.append(rec("BOOK", AU=["Goodfellow, Ian", "Bengio, Yoshua", "Courville, Aaron"], CY="Cambridge, MA",
             ID="Goodfellow2016", N1="ch. 15 (representation learning) for the thesis intro", PB="MIT Press",
             PY="2016", TI="Deep Learning", UR="http://www.deeplearningbook.org"))
R.append(rec("ELEC", AU=["Weng, Lilian"], ID="Weng2019", JO="Lil'Log", N1="blog post; Accessed: 2024-01-09",
             PY="2019", TI="Self-Supervised Representation Learning",
             UR="https://lilianweng.github.io/posts/2019-11-10-self-supervised/"))
R.append(rec("COMP", AU=["Susmelj, Igor", "Heller, Matthias", "Wirth, Philipp", "Prescott, Jeremy", "Ebner, Malte"],
             ID="Susmelj2020", N1="v1.4.25 pinned in our env; used for the SimCLR/BYOL baselines", PB="Lightly AG",
             PY="2020", TI="Lightly", UR="https://github.com/lightly-ai/lightly"))
R.append(rec("GEN", AU=["ILSVRC organisers"], ID="ImageNet2012", N1="Dataset. Local copy: /datasets/imagenet-1k "
             "(train 1,281,167 / val 50,000). Licence: non-commercial research", PY="2012",
             TI="ImageNet-1k (ILSVRC 2012) training and validation images", UR="https://image-net.org/download.php"))
R.append(rec("THES", AU=["Okonkwo, Adaeze"], CY="Delft", ID="Okonkwo2023", KW=["self-supervised", "robustness"],
             N1="PhD thesis, chapter 3 has a nice taxonomy figure", PB="Delft University of Technology", PY="2023",
             TI="Label-efficient visual representations for robotic perception"))

with open(OUT, "w", encoding="utf-8", newline="") as fh:
    fh.write("".join(R))
