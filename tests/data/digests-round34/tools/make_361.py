#!/usr/bin/env python3
"""361: a Zotero collection exported as RIS (Zotero's RIS translator: CRLF, "TAG  - value" lines, TY first and
"ER  - " last, the tag order Zotero writes — TY, TI, AU…, T2, AB, DA, PY, DO, SP, ST, UR, Y2, N1, KW — one AU per
author as "Family, Given", DA as YYYY/MM/DD/, Y2 = accessed, notes as N1 with <p> HTML, KW tags). Item types:
JOUR/CONF/CPAPER for papers, COMP for a software package, BLOG for a blog post, ELEC for a docs page. Papers:
UR to arxiv.org abs/pdf (link), UR to openreview.net (link), a DO 10.48550/arXiv.ID or an "arXiv:ID" note
without a URL (arxiv-text), venue items without URL or identifier (title-only). The PEFT library, the blog post
and the docs page are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_raw
from make_expected import F361, keys


def fam(name):
    p = name.split()
    i = len(p) - 1
    while i > 1 and p[i - 1][0].islower():  # particles: "Quentin de Laroussilhe" -> "de Laroussilhe, Quentin"
        i -= 1
    return f"{' '.join(p[i:])}, {' '.join(p[:i])}"


def item(ty, k=None, title=None, authors=(), t2=None, ab=None, da=None, do=None, url=None, y2=None, n1=None, kw=(), st=None, extra=()):
    L = [("TY", ty), ("TI", title or T(k))]
    L += [("AU", fam(a)) for a in (authors or (CAT[k]["authors"] if k else []))]
    if t2: L.append(("T2", t2))
    if ab: L.append(("AB", ab))
    if da: L += [("DA", da), ("PY", da[:4])]
    if do: L.append(("DO", do))
    if st: L.append(("ST", st))
    L += list(extra)
    if url: L.append(("UR", url))
    if y2: L.append(("Y2", y2))
    if n1: L.append(("N1", n1))
    L += [("KW", x) for x in kw]
    L.append(("ER", ""))
    return "\r\n".join(f"{a}  - {b}" for a, b in L) + "\r\n"


def pub(k):
    p = CAT[k]["published"][:10].replace("-", "/")
    return p + "/"


items = [
 item("JOUR", "1902.00751", t2="arXiv", ab=CAT["1902.00751"]["abstract"], da=pub("1902.00751"), do="10.48550/arXiv.1902.00751",
      url="http://arxiv.org/abs/1902.00751", y2="2024/02/11/09:14:22", n1="<p>arXiv:1902.00751 [cs, stat]</p>", kw=["adapters", "PEFT", "to-read"]),
 item("JOUR", "2101.00190", t2="arXiv", da=pub("2101.00190"), do="10.48550/arXiv.2101.00190", st="Prefix-Tuning",
      url="https://arxiv.org/pdf/2101.00190v1.pdf", y2="2024/02/11/09:15:03", n1="<p>Comment: ACL 2021</p>", kw=["prompting", "PEFT"]),
 item("JOUR", "2103.10385", t2="AI Open", da="2023///", kw=["prompting", "P-tuning"], st="GPT Understands, Too",
      n1="<p>journal version; the preprint is the same paper with the older experiments</p>"),
 item("JOUR", "2104.08691", t2="arXiv", da=pub("2104.08691"), y2="2024/02/11/09:17:40", n1="<p>arXiv:2104.08691 [cs]</p>",
      kw=["prompting", "PEFT"]),
 item("JOUR", "2106.10199", t2="arXiv", da=pub("2106.10199"), do="10.48550/arXiv.2106.10199", st="BitFit", kw=["PEFT", "bias-only"]),
 item("CONF", "2110.04366", t2="International Conference on Learning Representations", da="2022/01/28/",
      url="https://openreview.net/forum?id=0RDcd5Axok", y2="2024/02/12/14:02:51", kw=["PEFT", "survey-ish"], extra=[("LA", "en")]),
 item("CPAPER", "2205.05638", t2="Advances in Neural Information Processing Systems", da="2022///", kw=["PEFT", "IA3"],
      n1="<p>(IA)^3 — T-Few recipe</p>"),
 item("JOUR", "2303.10512", t2="arXiv", da=pub("2303.10512"), do="10.48550/arXiv.2303.10512", st="AdaLoRA",
      url="http://arxiv.org/abs/2303.10512", y2="2024/02/12/14:05:18", n1="<p>arXiv:2303.10512 [cs]</p>", kw=["LoRA", "PEFT"]),
 item("JOUR", "2402.09353", t2="arXiv", da=pub("2402.09353"), do="10.48550/arXiv.2402.09353", st="DoRA",
      url="https://arxiv.org/abs/2402.09353v3", y2="2024/03/02/10:41:09", kw=["LoRA", "PEFT", "to-read"]),
 item("CPAPER", "1910.03771", t2="Proceedings of the 2020 Conference on Empirical Methods in Natural Language Processing: System Demonstrations",
      da="2020/10//", kw=["library"], extra=[("SP", "38"), ("EP", "45"), ("PB", "Association for Computational Linguistics"), ("CY", "Online")]),
 item("COMP", title="PEFT: State-of-the-art Parameter-Efficient Fine-Tuning methods", authors=[],
      da="2022///", url="https://github.com/huggingface/peft", y2="2024/02/11/09:20:11", kw=["library"], extra=[("ET", "0.9.0")]),
 item("BLOG", title="Fine-tuning a 7B model on one consumer GPU: what actually worked for us", authors=["Maren Solberg"],
      t2="Fjordline Engineering Blog", da="2024/01/22/", url="https://engineering.fjordline.example.no/posts/7b-on-one-gpu",
      y2="2024/02/11/09:22:47", kw=["practical"]),
 item("ELEC", title="LoRA — PEFT documentation", da="2024///", url="https://hf.example.co/docs/peft/conceptual_guides/lora",
      y2="2024/02/11/09:23:30", kw=["docs"]),
]
raw = "\r\n".join(items)
write_raw(F361, raw.encode("utf-8"), [raw], keys(F361))
