#!/usr/bin/env python3
"""282: a Hugging Face paper page (huggingface.co/papers/2102.05918, ALIGN) selected in the browser and pasted as
text, English with Burmese comments. The site's top bar, "Papers", "arxiv:ID", the title, "Published on", the author
list (each name then a "," line, as the page's inline list copies), "Abstract", the abstract (the arXiv abstract as
the catalogue has it), "View arXiv page" / "View PDF" / "Add to collection", "Community" with its comments (author,
date, text, reactions, "Reply"), "Sign up or log in to comment", then "Models / Datasets / Spaces citing this paper
N" and "Collections including this paper N" (for zero, the page's "Cite arxiv.org/abs/ID in a … README.md to link it
from this page."), and the footer. Links inside comments survive the copy only where the writer pasted a bare URL."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write, abstract

K = "2102.05918"
e = CAT[K]
y, m, d = map(int, e["published"].split("-"))
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
comments = [
    ("pvandijk", "Mar 4", [
        "For people landing here from the model card: the ALIGN checkpoint on the Hub (kakaobrain/align-base) was trained "
        "by Kakao Brain on COYO-700M, not on Google's original 1.8B alt-text data, so numbers differ from Table 3.",
        f"If you want the closest open comparison, read it together with \"{T('2103.00020')}\" (CLIP), which came out two weeks later."],
     "👍 4"),
    ("ko-zaw-htet", "Mar 9", [
        "မင်္ဂလာပါ။ ကျွန်တော်တို့ ရန်ကုန်က အဖွဲ့ဟာ မြန်မာဘာသာ image–caption ဒေတာ (ပုံ ၁၂,၀၀၀ ခန့်) နဲ့ ALIGN ကို fine-tune လုပ်ကြည့်နေပါတယ်။",
        "Dual-encoder နဲ့ zero-shot retrieval အတွက် ဒီစာတမ်းတွေက ပိုကောင်းမလား —",
        f"၁။ {T('2303.15343')} (arXiv:2303.15343) — batch size သေးရင်တောင် sigmoid loss က အလုပ်ဖြစ်တယ်လို့ ဖတ်ရတယ်",
        f"၂။ {T('2304.08485')} https://arxiv.org/abs/2304.08485 — ဒါကတော့ caption ထုတ်ဖို့ပါ",
        "GPU က T4 တစ်လုံးပဲ ရှိပါတယ်။ ကျေးဇူးတင်ပါတယ်။"],
     "❤️ 2"),
    ("ayse-ml", "Mar 9", [
        "@ko-zaw-htet with one T4 I would not train a dual encoder from scratch. Freeze the image tower and tune the text side "
        "(LiT-style), or start from a SigLIP checkpoint — the sigmoid paper you linked is exactly about small batches.",
        f"For captioning, {T('2301.12597')} is lighter than LLaVA: https://huggingface.co/papers/2301.12597",
        f"Background reading on the vision side: {T('2106.04560')} (https://arxiv.org/pdf/2106.04560v2.pdf) and "
        f"\"{T('2106.10270')}\" (2106.10270) for the augmentation recipes."],
     "🔥 5 👍 3"),
    ("ko-zaw-htet", "Mar 10", [
        "ကျေးဇူးအများကြီးတင်ပါတယ် @ayse-ml ။ Image tower ကို freeze လုပ်ပြီး စမ်းကြည့်ပါမယ်။ Burmese tokenizer (syllable segmentation) အတွက်တော့ myWord ကို သုံးနေပါတယ်။"],
     ""),
    ("akira-v", "Mar 14", [
        "Side note for anyone writing a related-work section: the line from ALIGN goes to few-shot VLMs via "
        f"\"{T('2106.13884')}\" and then \"{T('2204.14198')}\". On the self-supervised side, compare with "
        f"{T('2304.07193')} and {T('2106.08254')}; most of these use ViT or {T('2103.14030')} backbones."],
     "👍 1"),
]
out = ["Hugging Face's logo", "Hugging Face", "Search models, datasets, users...", "Models", "Datasets", "Spaces", "Posts",
       "Docs", "Enterprise", "Pricing", "", "", "Log In", "Sign Up", "", "Papers", f"arxiv:{K}", "", T(K),
       f"Published on {MON[m - 1]} {d}, {y}", "Authors:"]
for i, a in enumerate(e["authors"]):
    out.append(a)
    if i < len(e["authors"]) - 1:
        out.append(",")
out += ["", "Abstract", abstract(K), "", "View arXiv page", "View PDF", "Add to collection", "", "Community", ""]
for who, date, paras, react in comments:
    out += [who, date, ""] + [p for para in paras for p in (para, "")] + ([react] if react else []) + ["Reply", ""]
out += ["Sign up or log in to comment", "", "Models citing this paper 3", "",
        "kakaobrain/align-base", "Zero-Shot Image Classification • Updated Mar 7, 2023 • 18.9k • 25", "",
        "yangon-vl/align-base-coyo-ft", "Feature Extraction • Updated Sep 21, 2023 • 214 • 1", "",
        "ko-zaw-htet/align-base-mm-captions", "Zero-Shot Image Classification • Updated Mar 11 • 9", "",
        "Datasets citing this paper 0", "", "No dataset linking this paper", "",
        f"Cite arxiv.org/abs/{K} in a dataset README.md to link it from this page.", "",
        "Spaces citing this paper 2", "",
        "yangon-vl/align-mm-demo", "🌍", "", "pvandijk/align-vs-clip", "🚀", "",
        "Collections including this paper 2", "",
        "Vision-language pretraining", "Collection", "13 items • Updated Feb 20", "",
        "Contrastive image-text models", "Collection", "7 items • Updated Jan 5", "",
        "System theme", "Company", "TOS", "Privacy", "About", "Jobs", "Website", "Models", "Datasets", "Spaces", "Pricing", "Docs", ""]
write("282_huggingface_paper_page_copied_text_burmese_align_vision_language.txt", "\n".join(out))
