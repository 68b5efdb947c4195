#!/usr/bin/env python3
"""2258: README.textile of an awesome list kept by the machine-learning study circle of Shahjalal University of Science and
Technology (SUST, Sylhet) in a Bitbucket Cloud repository (Bitbucket renders README.textile), written in Textile (as
remembered: «h1.» / «h2(#id).» block signatures with a blank line after each block, «"text":URL» links, an image link
«!src(alt)!:URL» as the badge, «p(note).» and «bq.» blocks, «* » bullets, «# » numbered lists, link aliases
«[alias]URL» at the end used as «"text":alias», a table «|_. head |» / «| cell |», «bc.» for a command, a footnote
«[1]» / «fn1.»). Bengali and English. Computed: the contents list from the headings' ids (asserted unique), the paper
count in the intro from the bullets of the paper sections, the alias definitions (used = defined, asserted)."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(2258)
# paper sections: (id, heading, intro, bullets)
SEC = [
 ("drishti", "দৃষ্টি (Vision): কনট্রাস্টিভ থেকে মাস্কিং", "ছবির জন্য স্ব-তত্ত্বাবধানে শেখার মূল ধারাগুলো।", [
   f'"{T("1911.05722")}":https://arxiv.org/abs/1911.05722 — He et al., CVPR 2020. আমাদের প্রথম সেশনের পেপার (MoCo).',
   f'"{T("2104.14294")}":https://arxiv.org/pdf/2104.14294v2.pdf — Caron et al., ICCV 2021 (DINO). self-distillation, কোনো negative নেই।',
   f"{T('2111.06377')} — He et al., CVPR 2022, arXiv:2111.06377. MAE; ৭৫% প্যাচ ঢেকে দিয়ে পুনর্গঠন।",
   f"{T('2011.10566')} — Chen & He, CVPR 2021. SimSiam; লিংক দিইনি, খুঁজে নিন।",
   f"{T('2304.07193')} — Oquab et al., TMLR 2024. DINOv2 — বাংলা হাতের লেখার ডেটায় ভালো ফিচার দেয়।[1]"]),
 ("tattva", "তত্ত্ব (Theory)", "কেন কাজ করে — তথ্যতত্ত্বের দৃষ্টিকোণ।", [
   f'"{T("1807.03748")}":cpc — van den Oord et al., 2018 (CPC, InfoNCE loss)।',
   f'{T("2006.05576")} — Tsai et al., ICLR 2021. "OpenReview":https://openreview.net/forum?id={OR("2006.05576")}']),
 ("kotha", "কথা (Speech)", "বাংলা কথ্য ভাষার কাজের জন্য।", [
   f"{T('2106.07447')} — Hsu et al., IEEE/ACM TASLP 2021. HuBERT; আমাদের বাংলা ASR প্রজেক্টের বেসলাইন।"]),
]
OTHER = ("noy", "পেপার নয়, কিন্তু কাজের (Not papers)", [
   '"VISSL":vissl — Meta-র self-supervised লাইব্রেরি (software)।',
   '"BanglaLekha-Isolated":banglalekha — বাংলা হাতের লেখা বর্ণের ডেটাসেট (data)।',
   '"OpenSLR SLR53":slr53 — বড় বাংলা ASR কর্পাস (data)।',
   'Kevin P. Murphy, _Probabilistic Machine Learning: Advanced Topics_ (MIT Press, 2023), অধ্যায় ৩২ (book)।',
   '"NYU Deep Learning (LeCun & Canziani)":nyudl — SSL-এর লেকচারগুলো (course)।'])
ALIAS = [("cpc", "http://arxiv.org/abs/1807.03748"), ("vissl", "https://github.com/facebookresearch/vissl"),
         ("banglalekha", "https://data.mendeley.com/datasets/hf6sf8zrkc/2"), ("slr53", "https://www.openslr.org/53/"),
         ("nyudl", "https://atcold.github.io/NYU-DLSP21/")]
npapers = sum(len(b) for *_, b in SEC)
bn = lambda n: str(n).translate(str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯"))
ids = [s[0] for s in SEC] + [OTHER[0], "shahajjo"]
assert len(set(ids)) == len(ids)
heads = [s[1] for s in SEC] + [OTHER[1], "কীভাবে যোগ করবেন (Contributing)"]
out = ["h1. Awesome Self-Supervised Learning — SUST ML পাঠচক্র", "",
       "!https://img.shields.io/badge/license-CC0--1.0-blue.svg(License: CC0)!:https://creativecommons.org/publicdomain/zero/1.0/", "",
       "শাহজালাল বিজ্ঞান ও প্রযুক্তি বিশ্ববিদ্যালয়ের (শাবিপ্রবি, সিলেট) কম্পিউটার সায়েন্স বিভাগের মেশিন লার্নিং পাঠচক্রের তালিকা। "
       f"এখানে স্ব-তত্ত্বাবধানে শেখা (self-supervised learning) নিয়ে {bn(npapers)}টি পেপার আর কিছু দরকারি রিসোর্স আছে। "
       "প্রতি বৃহস্পতিবার বিকেল ৪টায় IICT ভবনের ৩০২ নম্বর কক্ষে আমরা একটি করে পেপার পড়ি।", "",
       "p(note). *নোট:* যেখানে লিংক নেই, সেখানে শিরোনাম দিয়ে Google Scholar-এ খুঁজুন। শিরোনাম পুরোটা রাখা আছে।", "",
       "h2(#suchi). সূচিপত্র", ""]
out += [f'# "{h}":#{i}' for i, h in zip(ids, heads)] + [""]
for i, h, intro, bullets in SEC:
    out += [f"h2(#{i}). {h}", "", intro, ""] + [f"* {b}" for b in bullets] + [""]
out += [f"h2(#{OTHER[0]}). {OTHER[1]}", "", "bq. এগুলো পেপার নয় — বই, সফটওয়্যার, ডেটাসেট আর কোর্স।", ""]
out += [f"* {b}" for b in OTHER[2]] + [""]
out += ["|_. সেশন |_. তারিখ |_. উপস্থাপক |",
        "| MoCo | ১৬ এপ্রিল ২০২৬ | তাসনিম |",
        "| DINO | ২৩ এপ্রিল ২০২৬ | রাফি |",
        "| HuBERT | ৩০ এপ্রিল ২০২৬ | নুসরাত |", ""]
out += [f"h2(#shahajjo). {heads[-1]}", "",
        "# নতুন পেপার যোগ করতে একটি pull request খুলুন।",
        "# পুরো শিরোনাম, লেখক আর ভেন্যু দিন; arXiv বা OpenReview লিংক থাকলে দিন।",
        "# পাঠানোর আগে লিংক চেক করুন:", "",
        "bc. lychee --offline README.textile", "",
        "fn1. আমাদের পরীক্ষা BanglaLekha-Isolated ডেটার ওপর, ২০২৫ সালের শেষ দিকে।", "",
        'লাইসেন্স: "CC0 1.0":https://creativecommons.org/publicdomain/zero/1.0/', ""]
out += [f"[{a}]{u}" for a, u in ALIAS]
text = "\n".join(out) + "\n"
used = set(re.findall(r'":([a-z0-9]+)(?=[ —।,)]|$)', text, re.M))
assert used == {a for a, _ in ALIAS}, used
write_only(F, text, keys(F))
