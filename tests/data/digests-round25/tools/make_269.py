#!/usr/bin/env python3
"""269: a DEV (dev.to) article's Markdown source as written in the editor (kept in the author's repo and published with
the GitHub action), Azerbaijani. dev.to front matter (title, published, description, tags ≤ 4, cover_image,
canonical_url, series), dev.to's Liquid tags ({% embed %}, {% github %}, {% youtube %}, {% details %}, {% katex %})."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write

md = f"""---
title: "ImageNet-dən sonra: 2024-cü ildə hansı görüntü arxitekturasını seçməli? (oxu siyahısı)"
published: true
description: CNN-lər, Vision Transformer-lər və özünü-nəzarətli öyrənmə üzrə qısa, praktik oxu siyahısı.
tags: computervision, deeplearning, machinelearning, azerbaijani
cover_image: https://dev-to-uploads.s3.amazonaws.com/uploads/articles/k3x9q1v7m2b8n4c6z0aa.png
canonical_url: https://nigar-huseynova.example.az/blog/goruntu-arxitekturalari
series: Görüntü modelləri sadə dildə
---

Salam, DEV! 👋 Bu, "Görüntü modelləri sadə dildə" seriyasının üçüncü yazısıdır. Birinci hissədə ResNet-i, ikincidə isə
ViT-i (Dosovitskiy və b., 2021) danışmışdıq. Bu dəfə sual sadədir: **Bakıdakı kiçik
komandamız 8 GPU ilə hansı arxitekturanı seçsin?**

> ⚠️ Qeyd: aşağıdakı rəqəmlər öz sınaqlarımızdandır (ImageNet-1k, 224px, A100 x 8, 300 epoxa). Sizdə fərqli ola bilər.

## 1. Miqyaslama: CNN-lər hələ ölməyib

Başlanğıc nöqtəsi:

{{% embed https://arxiv.org/abs/1905.11946 %}}

{T("1905.11946")} məqaləsinin əsas fikri "compound scaling"-dir: dərinlik, en və çözünürlüyü birlikdə böyütmək.
Davamı — *{T("2104.00298")}* (arXiv: 2104.00298) — təlimi təxminən 5–11 dəfə sürətləndirir, bizim üçün bu, həlledici idi.

Transformer-lərlə rəqabət məsələsində isə mütləq oxuyun: "{T("2201.03545")}" (ConvNeXt, CVPR 2022). Mənim
fikrimcə, 2022-nin ən faydalı məqaləsidir, çünki sadəcə "köhnə" ResNet-i addım-addım modernləşdirir.

Split-attention ideyası üçün: {T("2004.08955")} — Kaggle-da hələ də çox istifadə olunur.

## 2. Vision Transformer-lər

- [{T("2103.14030")}](https://arxiv.org/abs/2103.14030) — iyerarxik ViT, sürüşən pəncərələr. Deteksiya və seqmentasiya
  üçün ilk seçimimiz.
- {T("2106.10270")} — ViT-i kiçik datasetdə öyrədirsinizsə, augmentasiya və reqularizasiya barədə ən praktik məqalə.
  AugReg çəkiləri `timm`-də var.
- {T("2106.04560")} — yaxşı oxunur, amma bizim büdcəyə uyğun deyil 😅
- Deteksiya üçün: [{T("2010.04159")}](https://arxiv.org/pdf/2010.04159.pdf)

{{% github huggingface/pytorch-image-models %}}

## 3. Etiketsiz öyrənmə (self-supervised)

{{% details Niyə bu bölmə vacibdir? (klikləyin) %}}
Bizim müştəri datasının yalnız ~3%-i etiketlidir (təxminən 41 000 şəkildən 1 250-si). Ona görə əvvəlcə
etiketsiz hissədə ön-təlim edirik, sonra kiçik etiketli hissədə fine-tune.
{{% enddetails %}}

1. Kontrastiv öyrənmənin köklərinə qayıtmaq istəyirsinizsə: {T("1807.03748")} (van den Oord və b., 2018).
2. [{T("2011.10566")}](https://huggingface.co/papers/2011.10566) — neqativ nümunələr olmadan, sadə və işlək.
3. BEiT: {T("2106.08254")} — arXiv:2106.08254, BERT tipli maskalı ön-təlim.
4. {T("2304.07193")} — hazır çəkilər lazımdırsa, bu gün ən yaxşı seçim.

Kontrastiv itki (InfoNCE) belə görünür:

{{% katex %}}
\\mathcal{{L}} = -\\log \\frac{{\\exp(q \\cdot k_+ / \\tau)}}{{\\sum_{{i=0}}^{{K}} \\exp(q \\cdot k_i / \\tau)}}
{{% endkatex %}}

## Video

Mövzuya giriş üçün Yannic Kilcher-in ConvNeXt videosu:

{{% youtube QzCjXqFnWPE %}}

## Nəticə

Bizim seçimimiz: ConvNeXt-T + DINOv2 çəkiləri ilə müqayisə. Növbəti yazıda nəticələri paylaşacağam.

Oxuduğunuz üçün təşəkkürlər! Sualınız varsa, şərhlərdə yazın və ya [LinkedIn](https://www.linkedin.com/in/nigar-huseynova-example)-də
yazın. Əvvəlki yazı: [ViT sadə dildə](https://dev.to/nigarh/vit-sade-dilde-4k2p).

*Bu yazı əvvəlcə [şəxsi blogumda](https://nigar-huseynova.example.az/blog/goruntu-arxitekturalari) dərc olunub.*
"""
write("269_devto_article_markdown_source_azerbaijani_vision_architectures_reading_list.md", md)
