#!/usr/bin/env python3
"""628: a Pocket export (getpocket.com/export → ril_export.html): the fixed Netscape-like page Pocket wrote (tab
indentation, the "So long and thanks for all the fish" comment, <h1>Unread</h1> and <h1>Read Archive</h1> lists of
<li><a href time_added tags>title</a></li>, newest first, tags comma-separated, titles as Pocket stored them: arXiv
pages as "[id] Title", Semantic Scholar as "[PDF] … | Semantic Scholar"). A Thai student's saved articles on vision
backbones and robustness: Thai blog posts, docs, courses, a leaderboard, papers."""
import os, sys, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F628, keys, ALEXNET

unread = [
 ("https://arxiv.org/abs/2201.03545", 1710402211, "วิชั่น,cnn", f"[2201.03545] {T('2201.03545')}"),
 ("https://www.semanticscholar.org/paper/How-to-train-your-ViT-Data%2C-Augmentation%2C-and-in-Steiner-Kolesnikov/7c7a3b1e50e0b27d9c1b8e4a2d6f1f9c0b3e5a21", 1710398950, "วิชั่น,vit,ต้องอ่าน", f"[PDF] {T('2106.10270')} | Semantic Scholar"),
 ("https://blog.nakrian-ai.example/2024/03/pytorch-ubuntu-2204-cuda-121/", 1710311403, "เครื่องมือ", "ติดตั้ง PyTorch บน Ubuntu 22.04 กับ CUDA 12.1 แบบไม่ปวดหัว | นักเรียน AI"),
 ("https://arxiv.org/abs/2103.14586", 1710250872, "วิชั่น,robustness", f"[2103.14586] {T('2103.14586')}"),
 ("https://paperswithcode.com/sota/image-classification-on-imagenet", 1710163320, "leaderboard", "ImageNet Benchmark (Image Classification) | Papers With Code"),
 ("https://thaicv-club.example/posts/copy-paste-augmentation-review", 1710077501, "segmentation,augmentation", f"รีวิวเปเปอร์: {T('2012.07177')} — augment ง่าย ๆ แต่ได้ผลจริง"),
 ("https://huggingface.co/docs/timm/index", 1709985530, "เครื่องมือ,timm", "Pytorch Image Models (timm) · Hugging Face"),
 ("https://www.coursera.org/learn/convolutional-neural-networks", 1709899012, "คอร์ส", "Convolutional Neural Networks | Coursera"),
 ("https://arxiv.org/abs/2010.08515v2", 1709812760, "ทฤษฎี,cnn", f"[2010.08515] {T('2010.08515')}"),
 ("https://blog.nakrian-ai.example/2024/02/swin-transformer-summary/", 1709724631, "วิชั่น,vit,สรุป", f"สรุปเปเปอร์ {T('2103.14030')} (arXiv 2103.14030) | นักเรียน AI"),
 ("https://github.com/google-research/vision_transformer", 1709640015, "โค้ด,vit", "GitHub - google-research/vision_transformer"),
 ("https://www.image-net.org/download.php", 1709553377, "dataset", "ImageNet Download"),
]
archive = [
 ("https://arxiv.org/abs/2106.04560", 1709468222, "วิชั่น,vit,อ่านแล้ว", f"[2106.04560] {T('2106.04560')}"),
 ("https://thaicv-club.example/posts/resnet-vs-vit-2024", 1709381190, "อ่านแล้ว", "CNN vs Transformer ปี 2024 ใช้อะไรดี? สรุปจากการทดลองในแล็บ"),
 ("https://papers.nips.cc/paper_files/paper/2012/hash/c399862d3b9d6b76c8436e924a68c45b-Abstract.html", 1709294408, "คลาสสิก,cnn,อ่านแล้ว", ALEXNET),
 ("https://www.youtube.com/watch?v=kR5zZ3n9qWc", 1709208871, "วิดีโอ", "บรรยาย: ประวัติศาสตร์ Computer Vision จาก SIFT ถึง Transformer (ภาษาไทย) - YouTube"),
 ("https://d2l.ai/chapter_convolutional-modern/index.html", 1709121003, "หนังสือ,อ่านแล้ว", "8. Modern Convolutional Neural Networks — Dive into Deep Learning 1.0.3 documentation"),
 ("https://github.com/hendrycks/robustness", 1709034592, "robustness,dataset", "GitHub - hendrycks/robustness: Corruption and Perturbation Robustness (ICLR 2019)"),
 ("https://blog.nakrian-ai.example/2024/02/data-augmentation-cheatsheet/", 1708948460, "augmentation,อ่านแล้ว", "สรุป Data Augmentation ทุกแบบที่ควรรู้ (มีโค้ด) | นักเรียน AI"),
 ("https://pytorch.org/vision/stable/models.html", 1708861822, "เครื่องมือ", "Models and pre-trained weights — Torchvision 0.17 documentation"),
 ("https://www.facebook.com/groups/thaiml.example/posts/1873340112", 1708775305, "กลุ่ม", "กลุ่ม Thai ML Study Group | มีใครมีสไลด์สรุป backbone ปี 2022 บ้างครับ"),
 ("https://cs231n.github.io/convolutional-networks/", 1708688799, "คอร์ส,อ่านแล้ว", "CS231n Convolutional Neural Networks for Visual Recognition"),
 ("https://thaicv-club.example/events/reading-group-march", 1708602144, "กลุ่ม", "ชมรม Thai CV: กลุ่มอ่านเปเปอร์เดือนมีนาคม (ลงชื่อ)"),
]


def li(url, ts, tags, title):
    return f'\t\t\t<li><a href="{html.escape(url)}" time_added="{ts}" tags="{html.escape(tags)}">{html.escape(title, quote=False)}</a></li>\n'


text = ("<!DOCTYPE html>\n<html>\n\t<!--So long and thanks for all the fish-->\n\t<head>\n"
        '\t\t<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n\t\t<title>Pocket Export</title>\n'
        "\t</head>\n\t<body>\n\t\t<h1>Unread</h1>\n\t\t<ul>\n" + "".join(li(*r) for r in unread) +
        "\t\t</ul>\n\t\t\n\t\t<h1>Read Archive</h1>\n\t\t<ul>\n" + "".join(li(*r) for r in archive) +
        "\t\t</ul>\n\t</body>\n</html>\n")
write_only(F628, text, keys(F628))
