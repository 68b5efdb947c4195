#!/usr/bin/env python3
"""879: a page of a Nextra 3 docs site (Next.js + MDX) kept by a Hindi-speaking student group as an "awesome" list:
YAML front matter (`title`, `description`), `import { Callout, Tabs } from 'nextra/components'`, a `<Callout>`,
GFM tables with alignment rows (paper, nickname, year, venue, links, code), a `<Tabs items={[…]}>` block with fenced
code inside `<Tabs.Tab>`, prose in Hindi. Vision backbones, segmentation, 3D and diffusion; one OpenReview link; rows
whose links are still "—" (title-only); GitHub repositories, a Hugging Face docs page and a YouTube talk are not
papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import OR, T, write_only
from make_expected import by_num, keys

F = by_num(879)
K = dict(sam="2304.02643", sdxl="2307.01952", sde="2011.13456", cn="2302.05543", beit="2106.08254",
         resnest="2004.08955", ti="2208.01618", gs="2308.04079")

text = f"""---
title: विज़न और डिफ़्यूज़न — पेपर सूची
description: हमारे रीडिंग ग्रुप की "awesome" सूची, सेमेस्टर 2024-I
---

import {{ Callout, Tabs }} from 'nextra/components'

# विज़न बैकबोन, सेगमेंटेशन, 3D और डिफ़्यूज़न

<Callout type="info" emoji="📌">
  यह पेज हर शुक्रवार अपडेट होता है। कोई पेपर जोड़ना हो तो `content/vision/index.mdx` पर PR भेजें — सिर्फ़ लिंक नहीं, दो लाइन की टिप्पणी भी लिखें।
</Callout>

## बैकबोन और सेल्फ़-सुपरवाइज़्ड प्री-ट्रेनिंग

| पेपर | उपनाम | वर्ष | वेन्यू | लिंक | कोड |
| :--- | :---: | :---: | :--- | :--- | :--- |
| {T(K['resnest'])} | ResNeSt | 2020 | CVPRW 2022 | — | [GitHub](https://github.com/zhanghang1989/ResNeSt) |
| {T(K['beit'])} | BEiT | 2021 | ICLR 2022 | arXiv:{K['beit']} | [unilm/beit](https://github.com/microsoft/unilm/tree/master/beit) |

ResNeSt को हम सिर्फ़ "split-attention" ब्लॉक समझने के लिए पढ़ रहे हैं; डिटेक्शन वाले प्रयोग छोड़ सकते हैं। BEiT का लिंक अभी किसी ने नहीं डाला, ID ऊपर है।

## सेगमेंटेशन और 3D

| पेपर | उपनाम | वर्ष | वेन्यू | लिंक | कोड |
| :--- | :---: | :---: | :--- | :--- | :--- |
| {T(K['sam'])} | SAM | 2023 | ICCV 2023 | [arXiv](https://arxiv.org/abs/{K['sam']}) | [segment-anything](https://github.com/facebookresearch/segment-anything) |
| {T(K['gs'])} | 3DGS | 2023 | SIGGRAPH 2023 | — | [gaussian-splatting](https://github.com/graphdeco-inria/gaussian-splatting) |

<Callout type="warning">
  3DGS का आधिकारिक कोड नॉन-कमर्शियल लाइसेंस में है — लैब प्रोजेक्ट में इस्तेमाल से पहले सर से पूछें।
</Callout>

## डिफ़्यूज़न मॉडल

| पेपर | उपनाम | वर्ष | वेन्यू | लिंक | कोड |
| :--- | :---: | :---: | :--- | :--- | :--- |
| {T(K['sde'])} | Score SDE | 2020 | ICLR 2021 (Oral) | [OpenReview](https://openreview.net/forum?id={OR(K['sde'])}) | [score_sde](https://github.com/yang-song/score_sde) |
| {T(K['sdxl'])} | SDXL | 2023 | ICLR 2024 | [arXiv](https://arxiv.org/abs/{K['sdxl']}) | [generative-models](https://github.com/Stability-AI/generative-models) |
| {T(K['cn'])} | ControlNet | 2023 | ICCV 2023 | [arXiv PDF](https://arxiv.org/pdf/{K['cn']}.pdf) | [ControlNet](https://github.com/lllyasviel/ControlNet) |
| {T(K['ti'])} | Textual Inversion | 2022 | ICLR 2023 | — | [textual_inversion](https://github.com/rinongal/textual_inversion) |

पहले Score SDE पढ़ें (गणित भारी है, पर बाक़ी सब इसी पर टिका है), फिर SDXL और ControlNet साथ में। Textual Inversion और ControlNet दोनों "मॉडल को बिना दोबारा ट्रेन किए कंट्रोल" वाली थीम में आते हैं — ग्रुप में तुलना करके प्रस्तुत करें।

## कोड चलाने के लिए

<Tabs items={{['pip', 'conda']}}>
  <Tabs.Tab>

```bash
pip install diffusers transformers accelerate
```

  </Tabs.Tab>
  <Tabs.Tab>

```bash
conda install -c conda-forge diffusers
```

  </Tabs.Tab>
</Tabs>

पेपर नहीं, पर काम के: Hugging Face के diffusers डॉक्स (https://huggingface.co/docs/diffusers) और 3DGS पर एक अच्छा YouTube टॉक (लिंक Discord के #resources चैनल में)।
"""
write_only(F, text, keys(F))
