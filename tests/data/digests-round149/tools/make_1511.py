#!/usr/bin/env python3
"""1511: a Hindi-speaking PhD student's zk (zk-org Zettelkasten CLI) notebook: `zk list` with a custom --format
(sorted by path, `Found N notes` at the end), `cat` of two notes, `grep -rni` for links over all notes (readdir order),
and `zk new --print-path`. Every note is modelled; the grep lines and line numbers come from the model."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1511)
HOME = "/home/priya/zettel"
P = "priya@thinkpad-x1:~/zettel$ "
NOTES = {  # id -> (title, body lines after the heading)
    "0a7x": ("पढ़ने की सूची: जनरेटिव और रिप्रेज़ेंटेशन लर्निंग", ["#सूची", "", "- डिफ्यूज़न: [[3kq9]], [[k7c1]], [[w2hs]], [[r9ue]]",
             "- कॉन्ट्रास्टिव / VAE: [[b5nd]], [[8m2d]], [[t3fa]]", "- कंटिन्यूअल लर्निंग: [[c6pj]], [[v1oy]] (व्याख्यान)",
             "- औज़ार: [[d4gl]], [[m0xe]]"]),
    "3kq9": (T("2011.13456"), ["#पेपर #डिफ्यूज़न", "", f"- लिंक: https://openreview.net/forum?id={OR('2011.13456')} (ICLR 2021, oral)",
             "- SDE को उल्टा चलाकर सैंपलिंग; DDPM और SMLD दोनों इसी ढाँचे में आते हैं।",
             "- probability flow ODE से likelihood भी निकलती है।", "- जुड़े नोट: [[k7c1]]"]),
    "8m2d": (T("2010.02014"), ["#पेपर #vae", "", "- लिंक अभी नहीं मिला, शनिवार को ढूँढूँगी।",
             "- डाउनसैंपल की गई इमेज को बीच का latent मानकर hierarchy बनाते हैं।", "- सवाल: क्या यह LDM के autoencoder से मिलता-जुलता है? [[k7c1]]"]),
    "b5nd": (T("2004.11362"), ["#पेपर #कॉन्ट्रास्टिव", "", "- https://arxiv.org/abs/2004.11362",
             "- SupCon: एक ही क्लास के सभी सैंपल positive।", "- cross-entropy से ज़्यादा स्थिर, hyperparameter पर कम निर्भर।"]),
    "c6pj": (T("2103.09762"), ["#पेपर #कंटिन्यूअल", "", "- लिंक नहीं; ICLR 2021 का पेपर, अनुज के पास PDF है।",
             "- पुराने टास्क के gradient subspace के लंबवत अपडेट।"]),
    "d4gl": ("diffusers लाइब्रेरी (सॉफ़्टवेयर, पेपर नहीं)", ["#औज़ार", "", "- https://github.com/huggingface/diffusers",
             "- StableDiffusionXLPipeline और InstructPix2Pix पाइपलाइन यहीं हैं।"]),
    "k7c1": (T("2112.10752"), ["#पेपर #डिफ्यूज़न", "", "- https://arxiv.org/abs/2112.10752",
             "- LDM: पिक्सेल की जगह autoencoder के latent में डिफ्यूज़न।", "- cross-attention से टेक्स्ट कंडीशनिंग।"]),
    "m0xe": ("CompVis stable-diffusion रेपो", ["#औज़ार", "", "- https://github.com/CompVis/stable-diffusion",
             "- v1 के checkpoint, लाइसेंस CreativeML OpenRAIL-M।"]),
    "r9ue": (T("2211.09800"), ["#पेपर #डिफ्यूज़न #एडिटिंग", "", "- arXiv:2211.09800 (लिंक बाद में डालूँगी)",
             "- GPT-3 + Prompt-to-Prompt से बना डेटा, फिर निर्देश से इमेज एडिट।"]),
    "t3fa": (T("2011.04419"), ["#पेपर #कॉन्ट्रास्टिव", "", "- DACL, mixup वाले नेगेटिव; लिंक नहीं, बस शीर्षक।"]),
    "v1oy": ("व्याख्यान नोट्स: कंटिन्यूअल लर्निंग (प्रो. शर्मा, सप्ताह 9)", ["#व्याख्यान", "",
             "- वीडियो: https://www.youtube.com/watch?v=Hq2mN8xRkLs", "- EWC, replay, GPM की तुलना, स्लाइड 14-22।"]),
    "w2hs": (T("2307.01952"), ["#पेपर #डिफ्यूज़न", "", "- https://arxiv.org/abs/2307.01952",
             "- SDXL: बड़ा UNet, दो टेक्स्ट एनकोडर, refiner मॉडल।"]),
}
GREP_ORDER = ["w2hs", "3kq9", "d4gl", "k7c1", "r9ue", "0a7x", "b5nd", "v1oy", "t3fa", "m0xe", "8m2d", "c6pj"]  # readdir order
CATS = ["0a7x", "3kq9", "8m2d"]
NEW = ("डिफ्यूज़न: खुले सवाल", "q8fw")


def text(nid):
    t, body = NOTES[nid]
    return [f"# {t}", ""] + body


def build():
    out = [P + 'zk list --sort path --format "{{path}}  {{title}}"']
    out += [f"{nid}.md  {NOTES[nid][0]}" for nid in sorted(NOTES)]
    out += ["", f"Found {len(NOTES)} notes"]
    for nid in CATS:
        out.append(P + f"cat {nid}.md")
        out += text(nid)
    out.append(P + "grep -rni --include='*.md' -e 'arxiv' -e 'openreview' .")
    for nid in GREP_ORDER:
        for n, l in enumerate(text(nid), 1):
            if "arxiv" in l.lower() or "openreview" in l.lower():
                out.append(f"./{nid}.md:{n}:{l}")
    out.append(P + f'zk new --title "{NEW[0]}" --print-path')
    out.append(f"{HOME}/{NEW[1]}.md")
    out.append(P)
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
