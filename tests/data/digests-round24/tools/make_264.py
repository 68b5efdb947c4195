#!/usr/bin/env python3
"""264: a Zotero 7 note made with "Add Note from Annotations" and then edited, exported with File › Export Note ›
Markdown (Zotero links included), Macedonian comments. Each highlight is “…” followed by the citation linked to
zotero://select/… and a ([pdf](zotero://open-pdf/…?page=N&annotation=KEY)) link."""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write

R = random.Random(264)
ALPH = "23456789ABCDEFGHIJKLMNPQRSTUVWXYZ"


def key():
    return "".join(R.choice(ALPH) for _ in range(8))


items = {}


def hl(quote, cite, page, item):
    if item not in items:
        items[item] = (key(), key())
        if item == "bad":
            pass
    sel, att = items[item]
    return (f"“{quote}” ([{cite}, p. {page}](zotero://select/library/items/{sel})) "
            f"([pdf](zotero://open-pdf/library/items/{att}?page={page}&annotation={key()}))")


txt = f"""# Белешки — семинар „Визуелни трансформери“ (пролет 2024)

Annotations
(18.3.2024, 14:41:07)

## 1. Основата: ViT и како да се тренира

{hl("We find that large scale training trumps inductive bias.", "Dosovitskiy et al., 2021", 1, "vit")}

Ова е оригиналниот ViT. За тренирањето види „{T("2106.10270")}“ (arXiv:2106.10270) — таму се сите трикови со AugReg.

{hl("the combination of increased compute and AugReg can yield models with the same performance as models trained on an order of magnitude more training data", "Steiner et al., 2022", 1, "augreg")}

**{T("2106.04560")}** — закони на скалирање за ViT, 2 милијарди параметри.

{hl("representation quality can be bottlenecked by model size", "Zhai et al., 2022", 2, "scalevit")}

## 2. Робусност

_{T("2103.14586")}_ — споредба со ResNet под пертурбации.

{hl("ViT models are at least as robust as the ResNet counterparts on a broad range of perturbations", "Bhojanapalli et al., 2021", 1, "robust")}

Контраст: класичниот CNN од 2012, {T("ImageNet Classification with Deep Convolutional Neural Networks")} (NeurIPS 2012) — добро за историскиот вовед.

## 3. Самонадгледувано учење и сегментација

{T("2111.06377")} — https://arxiv.org/abs/2111.06377

{hl("masking a high proportion of the input image, e.g., 75%, yields a nontrivial and meaningful self-supervisory task", "He et al., 2022", 1, "mae")}

{T("2304.02643")}: https://arxiv.org/pdf/2304.02643v1 (моделот и SA-1B податочното множество; податоците не се труд).

## 4. Детекција, кореспонденција, промени

- {T("2010.04159")} — https://arxiv.org/abs/2010.04159
- {T("2103.14167")} — https://huggingface.co/papers/2103.14167
- {T("2103.14146")} — за задачата change captioning

{hl("multi-change captioning", "Qiu et al., 2021", 3, "change")}

## 5. Медицина и визуелизација (за дискусија)

{T("2103.14339")} (2103.14339) — мета-учење + RL за избор на примероци за етикетирање.

{T("2103.14625")} — интерактивна алатка за внимание; демото е на GitHub Pages, кодот на https://github.com/poloclub/dodrio.

## Задачи

- [ ] Да ги прочитам Appendix B и C од AugReg пред 25.03
- [ ] Прашање за семинарот: дали 16×16 закрпи се сè уште стандард?
- [ ] Курс: CS231n предавање 11 (видео) и поглавје 11 од „Dive into Deep Learning“
"""
write("264_zotero_note_markdown_export_macedonian_vision_transformers_annotations.md", txt)
