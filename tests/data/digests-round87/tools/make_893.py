#!/usr/bin/env python3
"""893: the output of the buku bookmark manager for a tag search, redirected to a file by a Spanish PhD student
(`buku --nc --np --stag visión > marcadores_vision.txt`): buku's record format for search results (`buku/buku.py`
Formatter): `N. title [DB index]`, then `   > URL`, `   + description` (when there is one), `   # tags` (lower-case,
comma-separated, without the leading and trailing delimiter), a blank line after every record (the last too);
results numbered from 1, DB indices ascending; a bookmark without a title prints `Untitled`. Titles are what buku
fetched from the pages (`[id] Title` for arXiv abstract pages, `… | OpenReview`, `GitHub - …`); descriptions are the
student's Spanish notes. A course page, a blog post, a forum thread, documentation, a leaderboard, a repository and a
slide PDF are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, ALEXNET

F = by_num(893)
K = dict(convnext="2201.03545", swin="2103.14030", cotr="2103.14167", vit="2010.11929", copypaste="2012.07177",
         scalevit="2106.04560", robust="2103.14586")
RECS = [  # (db index, title, url, description, tags)
    (12, "CS231n Convolutional Neural Networks for Visual Recognition", "https://cs231n.github.io/convolutional-networks/",
     f"Apuntes de CS231n (curso, no artículo). Antes del seminario releer «{ALEXNET}» (Krizhevsky, Sutskever y Hinton, "
     "NIPS 2012).", "clásicos,cnn,visión"),
    (27, f"{T(K['vit'])} | OpenReview", "https://openreview.net/forum?id=YicbFdNTTy",
     "Versión ICLR 2021 con las revisiones; la discusión sobre el preentrenamiento en JFT-300M merece la pena.",
     "iclr2021,transformers,visión"),
    (31, f"[2103.14030] {T(K['swin'])}", "https://arxiv.org/abs/2103.14030",
     "Ventanas desplazadas + jerarquía de resoluciones. Es el backbone de detección que usamos en el laboratorio.",
     "backbone,detección,transformers,visión"),
    (32, "GitHub - tensorflow/tpu: Reference models and tools for Cloud TPUs.",
     "https://github.com/tensorflow/tpu/tree/master/models/official/detection/projects/copy_paste",
     f"Código oficial de «{T(K['copypaste'])}» (arXiv:2012.07177). Probar con LVIS antes de mayo.",
     "aumento de datos,código,segmentación,visión"),
    (35, f"Notas de lectura: {T(K['scalevit'])} – El cuaderno de Lucía", "https://lucia.example.es/notas/escalado-vit/",
     "Resumen en español de las leyes de escalado de ViT (hasta ViT-G/14); blog, no el artículo.",
     "blog,escalado,visión"),
    (40, "timm", "https://huggingface.co/docs/timm/index",
     "Documentación de timm: pesos preentrenados de ConvNeXt, Swin y ViT.", "código,documentación,visión"),
    (41, f"[2201.03545] {T(K['convnext'])}", "https://arxiv.org/abs/2201.03545",
     "Modernizan una ResNet paso a paso con las decisiones de diseño de los transformers. Muy buena figura 2.",
     "backbone,cnn,visión"),
    (42, "GitHub - facebookresearch/ConvNeXt: Code release for ConvNeXt model", "https://github.com/facebookresearch/ConvNeXt",
     "", "código,visión"),
    (47, "Robustez de ViT frente a ResNet - Foro de Visión por Computador", "https://foro.example.es/t/robustez-vit-resnet/2214",
     f"Hilo de discusión (no artículo). Comparan con «{T(K['robust'])}» (Bhojanapalli et al., ICCV 2021); buscar el PDF.",
     "foro,robustez,visión"),
    (51, f"[2103.14167] {T(K['cotr'])}", "https://arxiv.org/abs/2103.14167",
     "Correspondencias densas consultando un transformer punto a punto; útil para el proyecto de estéreo.",
     "correspondencias,transformers,visión"),
    (53, "Papers with Code - ImageNet Benchmark (Image Classification)",
     "https://paperswithcode.com/sota/image-classification-on-imagenet", "Tabla de clasificación, no artículo.",
     "benchmark,visión"),
    (58, "", "https://www.example.es/~garcia/vision/tema3-transformers.pdf",
     "Transparencias del tema 3 de la asignatura de visión (profesor García).", "docencia,visión"),
]
out = []
for i, (db, title, url, desc, tags) in enumerate(RECS, 1):
    s = f"{i}. {title or 'Untitled'} [{db}]\n   > {url}\n"
    if desc:
        s += f"   + {desc}\n"
    if tags:
        s += f"   # {tags}\n"
    out.append(s + "\n")
text = "".join(out)
write_only(F, text, keys(F))
