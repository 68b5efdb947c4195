#!/usr/bin/env python3
"""921: `references.bib` of a Thai master's thesis in computer vision (Overleaf project; LF, `%` comments in Thai).
Entries as the sites export them, pasted in one by one: IEEE Xplore's "Export → Citation → BibTeX" (`@INPROCEEDINGS{`
/ `@ARTICLE{` with the article number as key, two-space indent, `name={value},` without blanks, the trailing blank
after the booktitle / journal and title lines, empty `volume={}` / `number={}`, `keywords={a;b;…}`, the entry closed
on the doi line `doi={…}}`; one entry's lower-case Xplore title re-cased by hand with a note), OpenReview's export
(key on its own line, unindented fields, forum URL), arXiv's "Export BibTeX citation" (six-space indent, `eprint`,
`archivePrefix`, `primaryClass`, `url`), a Google Scholar-style entry (`journal={arXiv preprint arXiv:ID}`), a
hand-written entry aligned on `=`, and non-papers (timm's software citation, a textbook, a dataset web page). The
four Xplore entries are title-only, ViT has its OpenReview forum, two papers an arXiv URL, one its arXiv id."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, OR, write_only
from make_expected import by_num, keys, LENET

F = by_num(921)
K = dict(vit="2010.11929", ddetr="2010.04159", effv2="2104.00298", why="2010.08515", swin="2103.14030",
         convnext="2201.03545", robust="2103.14586", lenet=LENET)


def last_first(n):
    p = n.split()
    return f"{p[-1]}, {' '.join(p[:-1])}"


def xplore(kind, num, key, venue_field, venue, year, pages, kw, doi, title=None, authors=None, vol="", no=""):
    a = authors or " and ".join(last_first(x) for x in CAT[key]["authors"])
    return "\n".join([
        f"@{kind}{{{num},",
        f"  author={{{a}}},",
        f"  {venue_field}={{{venue}}}, ",
        f"  title={{{title or T(key)}}}, ",
        f"  year={{{year}}},",
        f"  volume={{{vol}}},",
        f"  number={{{no}}},",
        f"  pages={{{pages}}},",
        f"  keywords={{{kw}}},",
        f"  doi={{{doi}}}}}",
    ])


swin = xplore("INPROCEEDINGS", "9710580", K["swin"], "booktitle", "2021 IEEE/CVF International Conference on Computer Vision (ICCV)",
              2021, "9992-10002", "Image segmentation;Computer vision;Image recognition;Semantics;Object detection;"
              "Transformers;Pattern recognition;Recognition and classification;Representation learning",
              "10.1109/ICCV48922.2021.00986")
robust = xplore("INPROCEEDINGS", "9711230", K["robust"], "booktitle", "2021 IEEE/CVF International Conference on Computer Vision (ICCV)",
                2021, "10211-10221", "Training;Computer vision;Perturbation methods;Computational modeling;Transformers;"
                "Robustness;Convolutional neural networks;Adversarial learning;Recognition and classification",
                "10.1109/ICCV48922.2021.01007")
convnext = xplore("INPROCEEDINGS", "9879745", K["convnext"], "booktitle",
                  "2022 IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)", 2022, "11966-11976",
                  "Computer vision;Image segmentation;Computational modeling;Semantics;Object detection;Transformers;"
                  "Pattern recognition;Deep learning architectures and techniques; Recognition: detection;categorization;"
                  "retrieval; Representation learning", "10.1109/CVPR52688.2022.01167")
lenet = xplore("ARTICLE", "726791", K["lenet"], "journal", "Proceedings of the IEEE", 1998, "2278-2324",
               "Neural networks;Pattern recognition;Machine learning;Optical character recognition software;"
               "Character recognition;Feature extraction;Multi-layer neural network;Optical computing;Hidden Markov "
               "models;Principal component analysis", "10.1109/5.726791",
               authors="Lecun, Y. and Bottou, L. and Bengio, Y. and Haffner, P.", vol="86", no="11")

vit = "\n".join([
    "@inproceedings{", "dosovitskiy2021an,", f"title={{{T(K['vit'])}}},",
    "author={" + " and ".join(CAT[K["vit"]]["authors"]) + "},",
    "booktitle={International Conference on Learning Representations},", "year={2021},",
    f"url={{https://openreview.net/forum?id={OR(K['vit'])}}}", "}"])
ddetr = "\n".join([
    "@misc{zhu2021deformabledetrdeformabletransformers,",
    f"      title={{{T(K['ddetr'])}}}, ",
    "      author={" + " and ".join(CAT[K["ddetr"]]["authors"]) + "},",
    "      year={2021},", "      eprint={2010.04159},", "      archivePrefix={arXiv},", "      primaryClass={cs.CV},",
    "      url={https://arxiv.org/abs/2010.04159}, ", "}"])
why = "\n".join([
    "@article{li2020convolutional,", f"  title={{{T(K['why'])}}},",
    "  author={" + " and ".join(last_first(x) for x in CAT[K["why"]]["authors"]) + "},",
    "  journal={arXiv preprint arXiv:2010.08515},", "  year={2020}", "}"])
effv2 = "\n".join([
    "@inproceedings{tan2021efficientnetv2,",
    f"  title     = {{{T(K['effv2'])}}},",
    "  author    = {Tan, Mingxing and Le, Quoc V.},",
    "  booktitle = {Proceedings of the 38th International Conference on Machine Learning (ICML)},",
    "  year      = {2021},",
    "  url       = {https://arxiv.org/abs/2104.00298},",
    "  note      = {ใช้ตาราง 7 เทียบ training time}",
    "}"])
timm = "\n".join([
    "@misc{rw2019timm,", "  author = {Ross Wightman},", "  title = {PyTorch Image Models},", "  year = {2019},",
    "  publisher = {GitHub},", "  journal = {GitHub repository},", "  doi = {10.5281/zenodo.4414861},",
    "  howpublished = {\\url{https://github.com/rwightman/pytorch-image-models}}", "}"])
book = "\n".join([
    "@book{szeliski2022computer,", "  title={Computer Vision: Algorithms and Applications},",
    "  author={Szeliski, Richard},", "  edition={2nd},", "  year={2022},", "  publisher={Springer Nature}", "}"])
data = "\n".join([
    "@misc{imagenet_site,", "  title        = {{ImageNet} Large Scale Visual Recognition Challenge 2012 ({ILSVRC2012}) --- dataset page},",
    "  howpublished = {\\url{https://www.image-net.org/challenges/LSVRC/2012/}},",
    "  note         = {เข้าถึงเมื่อ 10 มกราคม 2567}", "}"])

text = "\n".join([
    "% references.bib — วิทยานิพนธ์ วศ.ม. \"การเปรียบเทียบความทนทานของโครงข่ายแบบคอนโวลูชันและทรานส์ฟอร์มเมอร์",
    "% ต่อการรบกวนภาพ\" (ปุณณภา ศรีวงศ์)",
    "% ส่วนใหญ่ export มาจาก IEEE Xplore / OpenReview / arXiv แล้ววางต่อกันตรง ๆ — อย่าจัดรูปแบบใหม่ เดี๋ยว diff ดูยาก",
    "% อัปเดตล่าสุด 14 ม.ค. 2567",
    "",
    "% ===== บทที่ 1–2: พื้นฐาน CNN =====",
    "",
    "% ชื่อเรื่องจาก Xplore เป็นตัวพิมพ์เล็กทั้งหมด แก้เป็น Title Case เองตามที่ อ.สมชาย ขอ",
    lenet,
    "",
    why,
    "",
    "% ===== บทที่ 2: ทรานส์ฟอร์มเมอร์สำหรับภาพ =====",
    "",
    vit,
    "",
    swin,
    "",
    convnext,
    "",
    effv2,
    "",
    "% ===== บทที่ 2.4: การตรวจจับวัตถุ (ใช้แค่ในบทนำ) =====",
    ddetr,
    "",
    "% ===== บทที่ 4: ความทนทาน =====",
    "% TODO: หา ImageNet-C มาอ้างแบบเป็นทางการ ตอนนี้ใส่แค่หน้าเว็บชุดข้อมูลไว้ก่อน",
    robust,
    "",
    data,
    "",
    "% ===== ซอฟต์แวร์ / หนังสือ =====",
    timm,
    "",
    book,
    "",
])
write_only(F, text, keys(F))
