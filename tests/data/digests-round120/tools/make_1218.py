#!/usr/bin/env python3
"""1218: an awesome list README (Hindi) whose contributor table is the all-contributors bot's generated block: the
ALL-CONTRIBUTORS-BADGE markers around a shields.io badge whose count is the number of contributors, and at the end the
ALL-CONTRIBUTORS-LIST block (prettier-ignore / markdownlint-disable markers, a <table> of <td width="14.28%"> cells, seven
to a row, avatars with the `?v=4?s=100` query the bot writes, one emoji link per contribution type) and the bot's
English footer line. Papers are list items as such lists write them: an arXiv abs or pdf link, an OpenReview forum
link, an `arXiv:` id in a code span, or a title with only a repository or blog link (not a paper link); libraries,
docs, a course and a talk are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, au, write_only
from make_expected import F1218, keys

REPO = "peft-hindi/awesome-peft-hindi"
EMOJI = {"code": ("💻", "Code"), "content": ("🖋", "Content"), "doc": ("📖", "Documentation"), "ideas": ("🤔", "Ideas, Planning, & Feedback"),
         "review": ("👀", "Reviewed Pull Requests"), "maintenance": ("🚧", "Maintenance"), "translation": ("🌍", "Translation")}
people = [("ananya-iyer", "Ananya Iyer", 48213077, ["content", "maintenance", "review"]),
          ("rohit-verma-ml", "Rohit Verma", 61590342, ["content", "translation"]),
          ("sneha.k", "Sneha Kulkarni", 90711458, ["doc", "ideas"]),
          ("arjun-menon", "Arjun Menon", 33478120, ["code"]),
          ("pooja-bhatt", "Pooja Bhatt", 127004519, ["translation", "content"])]


def cell(login, name, uid, kinds):
    links = []
    for k in kinds:
        em, title = EMOJI[k]
        href = f"https://github.com/{REPO}/commits?author={login}" if k == "code" else \
               f"https://github.com/{REPO}/pulls?q=is%3Apr+reviewed-by%3A{login}" if k == "review" else f"#{k}-{login}"
        links.append(f'<a href="{href}" title="{title}">{em}</a>')
    return (f'      <td align="center" valign="top" width="14.28%"><a href="https://github.com/{login}"><img '
            f'src="https://avatars.githubusercontent.com/u/{uid}?v=4?s=100" width="100px;" alt="{name}"/><br /><sub><b>{name}</b></sub></a><br />'
            + " ".join(links) + "</td>")


rows = []
for i in range(0, len(people), 7):
    rows.append("    <tr>\n" + "\n".join(cell(*p) for p in people[i:i + 7]) + "\n    </tr>")

md = f"""# Awesome PEFT (हिंदी) [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)
<!-- ALL-CONTRIBUTORS-BADGE:START - Do not remove or modify this section -->
[![All Contributors](https://img.shields.io/badge/all_contributors-{len(people)}-orange.svg?style=flat-square)](#contributors-)
<!-- ALL-CONTRIBUTORS-BADGE:END -->

> बड़े भाषा मॉडल (LLM) को कम GPU मेमोरी में फ़ाइन-ट्यून करने की तकनीकों — Parameter-Efficient Fine-Tuning (PEFT) — पर शोध-पत्रों, लाइब्रेरी और हिंदी में लिखे नोट्स की सूची। हर शोध-पत्र के साथ एक-दो पंक्तियों में हिंदी सारांश है।

## विषय-सूची

- [शोध-पत्र](#शोध-पत्र)
  - [लो-रैंक तरीके](#लो-रैंक-तरीके)
  - [एडेप्टर और प्रीफ़िक्स](#एडेप्टर-और-प्रीफ़िक्स)
  - [बेस मॉडल](#बेस-मॉडल)
- [लाइब्रेरी और टूल](#लाइब्रेरी-और-टूल)
- [कोर्स और वीडियो](#कोर्स-और-वीडियो)
- [योगदान कैसे करें](#योगदान-कैसे-करें)
- [Contributors ✨](#contributors-)

## शोध-पत्र

### लो-रैंक तरीके

- [{T('2106.09685')}](https://arxiv.org/abs/2106.09685) — {au('2106.09685', 2)}, ICLR 2022. वज़न-अपडेट को दो छोटे (low-rank) मैट्रिक्स के गुणनफल के रूप में सीखना; मूल मॉडल जमा (frozen) रहता है।
- [{T('2305.14314')}](https://arxiv.org/pdf/2305.14314.pdf) — Dettmers et al., NeurIPS 2023. 4-बिट NF4 क्वांटाइज़ेशन + LoRA; 65B मॉडल एक 48GB GPU पर। कोड: [artidoro/qlora](https://github.com/artidoro/qlora)
- {T('2303.10512')} — Zhang et al., ICLR 2023. हर लेयर का रैंक बजट SVD के आधार पर अपने-आप बाँटना। पेपर का लिंक अभी नहीं जोड़ा, कोड यहाँ है: [QingruZhang/AdaLoRA](https://github.com/QingruZhang/AdaLoRA)
- DoRA और VeRA पर नोट्स जल्द आएँगे ([#14](https://github.com/{REPO}/issues/14) देखें)।

### एडेप्टर और प्रीफ़िक्स

- [{T('1902.00751')}](https://arxiv.org/abs/1902.00751) — Houlsby et al., ICML 2019. हर Transformer लेयर में छोटे bottleneck एडेप्टर; यहीं से "adapter" शब्द चला।
- {T('2101.00190')} — Li & Liang, ACL 2021 (`arXiv:2101.00190`). इनपुट के आगे सीखने योग्य "prefix" वेक्टर; मॉडल के वज़न नहीं बदलते।
- [{T('2110.04366')}](https://openreview.net/forum?id={OR('2110.04366')}) — He et al., ICLR 2022 (spotlight). एडेप्टर, प्रीफ़िक्स-ट्यूनिंग और LoRA को एक ही ढाँचे में देखना; बहुत अच्छा सर्वे-जैसा पेपर।

### बेस मॉडल

PEFT प्रयोगों में सबसे ज़्यादा इस्तेमाल होने वाले खुले मॉडल (लिंक मॉडल/ब्लॉग पेज के हैं, पेपर के नहीं):

- {T('2302.13971')} — Touvron et al., 2023. [Meta AI ब्लॉग](https://ai.meta.com/blog/large-language-model-llama-meta-ai/)
- {T('2205.01068')} — Zhang et al., 2022. मॉडल और कोड: [facebookresearch/metaseq](https://github.com/facebookresearch/metaseq)

## लाइब्रेरी और टूल

- [huggingface/peft](https://github.com/huggingface/peft) — LoRA, IA3, प्रीफ़िक्स-ट्यूनिंग वगैरह एक ही API में। [डॉक्स](https://huggingface.co/docs/peft/index)
- [bitsandbytes](https://github.com/bitsandbytes-foundation/bitsandbytes) — 8-बिट और 4-बिट क्वांटाइज़ेशन।
- [unslothai/unsloth](https://github.com/unslothai/unsloth) — तेज़ LoRA फ़ाइन-ट्यूनिंग।
- [axolotl](https://github.com/axolotl-ai-cloud/axolotl) — YAML कॉन्फ़िग से फ़ाइन-ट्यूनिंग।

## कोर्स और वीडियो

- [Hugging Face LLM Course](https://huggingface.co/learn/llm-course/chapter1/1) (अंग्रेज़ी)
- LoRA को हिंदी में समझें — दिल्ली ML मीटअप की टॉक (वीडियो): [YouTube](https://www.youtube.com/watch?v=Vt3kQ9pLx0c)

## योगदान कैसे करें

नया पेपर जोड़ने के लिए PR भेजें: शीर्षक पूरा लिखें, arXiv या OpenReview लिंक दें, और हिंदी में एक-दो पंक्तियाँ। नियम [CONTRIBUTING.md](https://github.com/{REPO}/blob/main/CONTRIBUTING.md) में हैं। योगदानकर्ता जोड़ने के लिए issue या PR में `@all-contributors please add @username for content` लिखें।

## Contributors ✨

Thanks goes to these wonderful people ([emoji key](https://allcontributors.org/docs/en/emoji-key)):

<!-- ALL-CONTRIBUTORS-LIST:START - Do not remove or modify this section -->
<!-- prettier-ignore-start -->
<!-- markdownlint-disable -->
<table>
  <tbody>
{chr(10).join(rows)}
  </tbody>
</table>

<!-- markdownlint-restore -->
<!-- prettier-ignore-end -->

<!-- ALL-CONTRIBUTORS-LIST:END -->

This project follows the [all-contributors](https://github.com/all-contributors/all-contributors) specification. Contributions of any kind welcome!
"""
write_only(F1218, md, keys(F1218))
