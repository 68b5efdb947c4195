#!/usr/bin/env python3
"""698: a Markdoc page (Stripe's Markdoc syntax, as used by a Next.js docs site): YAML front matter, {% tag %} /
{% /tag %} blocks and self-closing {% tag /%}, {% #id %} and {% .class %} annotations on headings and paragraphs,
{% $variable %} interpolation, and {% table %} tables whose rows are '---'-separated lists of '* ' cells. A Hindi
reading group's 'awesome list' of efficient attention and long-context papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, OR, write_only
from make_expected import F698, keys


def au(k, n=3):
    a = authors(k)
    return ", ".join(a[:n]) + (" आदि" if len(a) > n else "")


def row(*cells):
    return "---\n" + "".join(f"* {c}\n" for c in cells)


def yr(k):
    return "20" + k[:2]


rows = "".join([
 row(T("1904.10509"), au("1904.10509"), yr("1904.10509"), "विरल (sparse) पैटर्न", "[arXiv](https://arxiv.org/abs/1904.10509)"),
 row(T("2006.04768"), au("2006.04768"), yr("2006.04768"), "निम्न-रैंक प्रक्षेपण", "[arXiv](https://arxiv.org/abs/2006.04768)"),
 row(T("2004.05150"), au("2004.05150"), yr("2004.05150"), "स्लाइडिंग विंडो + ग्लोबल टोकन", "PDF समूह-ड्राइव में {% badge color=\"gray\" %}लिंक बाकी{% /badge %}"),
 row(T("2006.03236"), au("2006.03236"), yr("2006.03236"), "अनुक्रम को संकुचित करना (pooling)", "—"),
 row(T("2009.14794"), au("2009.14794"), yr("2009.14794"), "FAVOR+ कर्नेल सन्निकटन", f"[OpenReview](https://openreview.net/forum?id={OR('2009.14794')})"),
 row(T("2103.02143"), au("2103.02143"), yr("2103.02143"), "रैंडम फ़ीचर मैप", "arXiv:2103.02143 (ICLR 2021)"),
 row(T("2205.14135"), au("2205.14135"), yr("2205.14135"), "IO-जागरूक सटीक attention", "[arXiv](https://arxiv.org/abs/2205.14135)"),
])

text = f"""---
title: कुशल अटेंशन और लंबा संदर्भ — पठन सूची
description: दीर्घ-अनुक्रम ट्रांसफ़ॉर्मरों पर हमारे पठन-समूह की चुनी हुई सूची
nav_title: कुशल अटेंशन
section: पठन सूचियाँ
updated: 2024-04-02
owners:
  - ritika.sharma
  - anand.k
---

# {{% $markdoc.frontmatter.title %}} {{% #efficient-attention %}}

यह पृष्ठ **नीलगिरि मशीन लर्निंग पठन-समूह** (संगणक विज्ञान विभाग, विंध्याचल प्रौद्योगिकी संस्थान) की विकी का हिस्सा है।
हर सूची में केवल शोध-पत्र हैं; ब्लॉग, कोड और वीडियो नीचे "अन्य संसाधन" में अलग रखे गए हैं। {{% .lead %}}

{{% callout type="note" title="इस सूची को कैसे पढ़ें" %}}
पहले तालिका की पहली तीन पंक्तियाँ पढ़ें — वे पूरे विषय की नींव हैं। फिर बेंचमार्क वाला खंड देखें, ताकि
तुलना के आँकड़े समझ में आएँ। जिन पत्रों के आगे लिंक नहीं है, उनकी PDF समूह की साझा ड्राइव में है।
{{% /callout %}}

## मुख्य तालिका {{% #main-table %}}

{{% table %}}
* शीर्षक
* लेखक
* वर्ष
* मुख्य विचार
* लिंक
{rows}{{% /table %}}

{{% callout type="warning" %}}
"{{% $markdoc.frontmatter.nav_title %}}" से जुड़े नए पत्र जोड़ते समय पूरा शीर्षक लिखें — केवल उपनाम या संक्षिप्त नाम नहीं।
{{% /callout %}}

## बेंचमार्क और मूल्यांकन {{% #benchmarks %}}

दीर्घ-संदर्भ मॉडलों की तुलना के लिए समूह ने एक ही बेंचमार्क चुना है:

- **{T("2011.04006")}** — {au("2011.04006")}, {yr("2011.04006")}। पाँच कार्य (ListOps, पाठ, पुनर्प्राप्ति, छवि, Pathfinder)।
  हमारी प्रतिकृति के अंक `results/lra-2024-03.csv` में हैं; लिंक जानबूझकर नहीं दिया, PDF ड्राइव में है।
- इस बेंचमार्क के आधिकारिक कोड भंडार को हमने फ़ोर्क किया है (यह पत्र नहीं, केवल कोड है)।
- Hugging Face पर "long-context" लीडरबोर्ड केवल संदर्भ के लिए — पत्र नहीं।

{{% tabs %}}
{{% tab label="सत्र योजना" %}}
| सप्ताह | विषय | प्रस्तुतकर्ता |
|---|---|---|
| 1 | विरल पैटर्न | ऋतिका |
| 2 | निम्न-रैंक और कर्नेल | आनंद |
| 3 | IO-जागरूक कर्नेल | मेघा |
| 4 | बेंचमार्क चर्चा | सभी |
{{% /tab %}}
{{% tab label="तैयारी" %}}
हर प्रस्तुतकर्ता 20 मिनट की स्लाइड और एक पन्ने का सारांश तैयार करे। सारांश `notes/` फ़ोल्डर में Markdown में रखें।
{{% /tab %}}
{{% /tabs %}}

## अन्य संसाधन (पत्र नहीं) {{% #resources %}}

- [The Annotated Transformer](https://nlp.seas.harvard.edu/annotated-transformer/) — कोड के साथ व्याख्या (ब्लॉग)
- [xformers](https://github.com/facebookresearch/xformers) और [flash-attn](https://github.com/Dao-AILab/flash-attention) — लाइब्रेरी
- Lilian Weng का ब्लॉग-लेख "The Transformer Family Version 2.0"
- Stanford CS25 के व्याख्यान (YouTube)
- पुस्तक: *Dive into Deep Learning*, अध्याय 11

{{% partial file="reading-group-footer.md" variables={{group: "नीलगिरि ML", contact: "pathan-samuh@vindhya-it.example.in"}} /%}}

---

{{% .text-muted %}}
अंतिम संशोधन: {{% $markdoc.frontmatter.updated %}} · स्वामी: ऋतिका शर्मा, आनंद कुमार · इस पृष्ठ को GitHub पर संपादित करें
"""
write_only(F698, text, keys(F698))
