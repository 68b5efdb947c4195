#!/usr/bin/env python3
"""521: a BibDesk library (.bib as BibDesk saves it): the "created using BibDesk" header, entries with tab-indented
fields in alphabetical order, AuthorYear cite keys with BibDesk's "aa" suffix, date-added / date-modified stamps,
bdsk-url-n links, bdsk-file-n fields holding a base64 binary plist (the attached PDF's relative path and bookmark),
French annote / keywords / rating / read fields, and the "@comment{BibDesk Static Groups{…}}" plist at the end.
Papers: bdsk-url / url fields with arXiv abs URLs (link), an eprint / archiveprefix pair without any URL
(arxiv-text), proceedings entries with DOIs and CVF / NeurIPS URLs (title-only). Not papers: the Deep Learning book,
timm (software), the ImageNet site."""
import base64, os, plistlib, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F521, ALEXNET, keys


def bdsk_file(rel):
    pl = plistlib.dumps({"relativePath": rel, "bookmark": b"book\x00\x02\x00\x00" + rel.encode() + b"\x00" * 12},
                        fmt=plistlib.FMT_BINARY, sort_keys=True)
    return base64.b64encode(pl).decode()


def entry(kind, key, fields):
    f = sorted(fields.items(), key=lambda kv: (kv[0].startswith("bdsk-"), kv[0]))
    body = ",\n".join(f"\t{k} = {{{v}}}" for k, v in f)
    return f"@{kind}{{{key},\n{body}}}"


E = []
E.append(entry("inproceedings", "Krizhevsky:2012aa", {
 "author": "Krizhevsky, Alex and Sutskever, Ilya and Hinton, Geoffrey E.",
 "booktitle": "Advances in Neural Information Processing Systems 25", "title": ALEXNET,
 "pages": "1097--1105", "year": "2012", "date-added": "2024-01-15 09:42:17 +0100", "date-modified": "2024-02-05 14:03:55 +0100",
 "annote": "Le point de départ du séminaire : ReLU, dropout, deux GPU. À relire pour la partie augmentation de données.",
 "keywords": "classiques, CNN", "rating": "5", "read": "1",
 "bdsk-url-1": "https://papers.nips.cc/paper/4824-imagenet-classification-with-deep-convolutional-neural-networks",
 "bdsk-file-1": bdsk_file("Articles/Krizhevsky_2012.pdf")}))
E.append(entry("inproceedings", "He:2015aa", {
 "author": "He, Kaiming and Zhang, Xiangyu and Ren, Shaoqing and Sun, Jian",
 "booktitle": "2015 IEEE International Conference on Computer Vision (ICCV)", "title": T("1502.01852"),
 "pages": "1026--1034", "year": "2015", "doi": "10.1109/ICCV.2015.123",
 "date-added": "2024-01-15 09:47:02 +0100", "date-modified": "2024-01-29 11:20:40 +0100",
 "annote": "PReLU + l'initialisation « He » (section 2.2). C'est surtout pour l'init qu'on le lit.",
 "keywords": "classiques, initialisation", "rating": "4", "read": "1",
 "bdsk-url-1": "https://openaccess.thecvf.com/content_iccv_2015/html/He_Delving_Deep_into_ICCV_2015_paper.html",
 "bdsk-url-2": "https://doi.org/10.1109/ICCV.2015.123",
 "bdsk-file-1": bdsk_file("Articles/He_2015_ICCV.pdf")}))
E.append(entry("inproceedings", "He:2016aa", {
 "author": "He, Kaiming and Zhang, Xiangyu and Ren, Shaoqing and Sun, Jian",
 "booktitle": "2016 IEEE Conference on Computer Vision and Pattern Recognition (CVPR)", "title": T("1512.03385"),
 "pages": "770--778", "year": "2016", "doi": "10.1109/CVPR.2016.90",
 "date-added": "2024-01-15 09:49:30 +0100", "date-modified": "2024-03-04 17:31:12 +0100",
 "annote": "Séance 2. Comparer les blocs « basic » et « bottleneck » ; Léa présente la figure 4.",
 "keywords": "classiques, CNN", "rating": "5", "read": "1",
 "bdsk-url-1": "https://doi.org/10.1109/CVPR.2016.90",
 "bdsk-file-1": bdsk_file("Articles/He_2016_CVPR.pdf")}))
E.append(entry("inproceedings", "Tan:2019aa", {
 "author": "Tan, Mingxing and Le, Quoc V.", "booktitle": "Proceedings of the 36th International Conference on Machine Learning",
 "title": T("1905.11946"), "series": "Proceedings of Machine Learning Research", "volume": "97",
 "pages": "6105--6114", "publisher": "PMLR", "year": "2019",
 "date-added": "2024-02-05 13:58:09 +0100", "date-modified": "2024-02-05 14:00:41 +0100",
 "annote": "Mise à l'échelle composée (profondeur / largeur / résolution). Le tableau 2 est celui qu'on reproduit.",
 "keywords": "mise à l'échelle, NAS", "rating": "4", "read": "1",
 "bdsk-url-1": "https://arxiv.org/abs/1905.11946", "bdsk-url-2": "https://proceedings.mlr.press/v97/tan19a.html",
 "bdsk-file-1": bdsk_file("Articles/Tan_2019.pdf")}))
E.append(entry("inproceedings", "Kolesnikov:2020aa", {
 "author": "Kolesnikov, Alexander and Beyer, Lucas and Zhai, Xiaohua and Puigcerver, Joan and Yung, Jessica and Gelly, Sylvain and Houlsby, Neil",
 "booktitle": "Computer Vision -- ECCV 2020", "title": T("1912.11370"), "publisher": "Springer", "year": "2020",
 "date-added": "2024-02-12 10:05:44 +0100", "date-modified": "2024-02-12 10:05:44 +0100",
 "annote": "Transfert : BiT-S / BiT-M / BiT-L, GroupNorm + Weight Standardization. À lire avant la séance sur ViT.",
 "keywords": "transfert, pré-entraînement", "rating": "3",
 "bdsk-url-1": "https://arxiv.org/abs/1912.11370"}))
E.append(entry("misc", "Dong:2020aa", {
 "author": "Dong, Xuanyi and Tan, Mingxing and Yu, Adams Wei and Peng, Daiyi and Gabrys, Bogdan and Le, Quoc V.",
 "title": T("2006.03656"), "year": "2020", "howpublished": "arXiv preprint",
 "date-added": "2024-02-26 16:12:20 +0100", "date-modified": "2024-02-26 16:14:03 +0100",
 "annote": "Recherche conjointe hyperparamètres + architecture. Proposé par Malik pour la séance AutoML ; pas encore lu.",
 "keywords": "NAS, AutoML", "url": "https://arxiv.org/abs/2006.03656",
 "bdsk-url-1": "https://arxiv.org/abs/2006.03656"}))
E.append(entry("article", "Steiner:2022aa", {
 "author": "Steiner, Andreas and Kolesnikov, Alexander and Zhai, Xiaohua and Wightman, Ross and Uszkoreit, Jakob and Beyer, Lucas",
 "journal": "Transactions on Machine Learning Research", "title": T("2106.10270"), "year": "2022",
 "eprint": "2106.10270", "archiveprefix": "arXiv", "primaryclass": "cs.CV",
 "date-added": "2024-02-26 16:20:51 +0100", "date-modified": "2024-03-11 09:02:37 +0100",
 "annote": "Recettes d'entraînement pour ViT (augmentation, régularisation, quantité de données). Séance 5 avec timm.",
 "keywords": "ViT, recettes", "rating": "4",
 "bdsk-file-1": bdsk_file("Articles/Steiner_2022_TMLR.pdf")}))
E.append(entry("inproceedings", "Ghiasi:2021aa", {
 "author": "Ghiasi, Golnaz and Cui, Yin and Srinivas, Aravind and Qian, Rui and Lin, Tsung-Yi and Cubuk, Ekin D. and Le, Quoc V. and Zoph, Barret",
 "booktitle": "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)", "title": T("2012.07177"),
 "pages": "2918--2928", "month": "June", "year": "2021",
 "date-added": "2024-03-11 09:05:18 +0100", "date-modified": "2024-03-11 09:06:40 +0100",
 "annote": "Pour la séance détection / segmentation. Augmentation très simple, gros gains sur LVIS.",
 "keywords": "augmentation, segmentation",
 "bdsk-url-1": "https://openaccess.thecvf.com/content/CVPR2021/html/Ghiasi_Simple_Copy-Paste_Is_a_Strong_Data_Augmentation_Method_for_Instance_CVPR_2021_paper.html"}))
E.append(entry("book", "Goodfellow:2016aa", {
 "author": "Goodfellow, Ian and Bengio, Yoshua and Courville, Aaron", "title": "Deep Learning", "publisher": "MIT Press",
 "year": "2016", "date-added": "2024-01-15 09:40:03 +0100", "date-modified": "2024-01-15 09:40:03 +0100",
 "annote": "Chapitre 9 pour les convolutions.", "bdsk-url-1": "https://www.deeplearningbook.org"}))
E.append(entry("misc", "Wightman:2019aa", {
 "author": "Wightman, Ross", "title": "PyTorch Image Models", "howpublished": "GitHub repository",
 "year": "2019", "doi": "10.5281/zenodo.4414861",
 "date-added": "2024-02-26 16:25:10 +0100", "date-modified": "2024-02-26 16:25:10 +0100",
 "annote": "timm -- on l'utilise pour toutes les expériences de la séance 5.",
 "bdsk-url-1": "https://github.com/huggingface/pytorch-image-models"}))
E.append(entry("misc", "ImageNet:2010aa", {
 "title": "ImageNet", "howpublished": "Site web", "year": "2010", "note": "Consulté le 15 janvier 2024",
 "date-added": "2024-01-15 09:52:48 +0100", "date-modified": "2024-01-15 09:52:48 +0100",
 "bdsk-url-1": "https://www.image-net.org"}))

GROUPS = [("Séance 1-2 : classiques", "Krizhevsky:2012aa,He:2015aa,He:2016aa,Goodfellow:2016aa,ImageNet:2010aa"),
          ("Séance 3-4 : mise à l'échelle", "Tan:2019aa,Kolesnikov:2020aa,Dong:2020aa"),
          ("Séance 5-6 : ViT et augmentation", "Steiner:2022aa,Ghiasi:2021aa,Wightman:2019aa")]
groups = "".join(f"\t<dict>\n\t\t<key>group name</key>\n\t\t<string>{g}</string>\n\t\t<key>keys</key>\n\t\t<string>{k}</string>\n\t</dict>\n" for g, k in GROUPS)
text = ("%% This BibTeX bibliography file was created using BibDesk.\n%% https://bibdesk.sourceforge.io/\n\n"
        "%% Created for Camille Roux at 2024-03-11 09:06:40 +0100 \n\n\n"
        "%% Saved with string encoding Unicode (UTF-8) \n\n\n\n"
        + "\n\n".join(E) + "\n\n"
        "@comment{BibDesk Static Groups{\n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
        "<plist version=\"1.0\">\n<array>\n" + groups + "</array>\n</plist>\n}}\n")
write_only(F521, text, keys(F521))
