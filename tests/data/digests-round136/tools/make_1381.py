#!/usr/bin/env python3
"""1381: a BibTeX export from BibORB (the web-based BibTeX bibliography manager) of a Delhi-like reading group's
bibliography on parameter-efficient fine-tuning, with Hindi notes: BibORB's comment header (version, bibliography
name and description, export date), then the entries in citekey order, each field on its own tab-indented
`name = {value},` line — the standard fields first, then BibORB's own (`groups`, `longnotes`, `read`, `own`,
`ad_pdf` naming the attached PDF after the citekey). Citekeys surname + year + first word of the title; capitals
protected with braces; pages with `--`. Papers: arXiv abs / pdf urls, an `arXiv preprint arXiv:` journal field, three
titles alone (an ACL Anthology url, venue-only entries); the PEFT library and a book are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1381, keys

GROUPS = ["PEFT", "regularisation", "पढ़ लिया", "पढ़ना है"]


def prot(title, words):
    for w_ in words:
        title = title.replace(w_, "{" + w_ + "}", 1)
    return title


E = [  # (type, key, fields, biborb fields)
    ("inproceedings", "benzaken2022bitfit", [
        ("author", "Elad Ben Zaken and Shauli Ravfogel and Yoav Goldberg"),
        ("title", prot(T("2106.10199"), ["BitFit"])),
        ("booktitle", "Proceedings of the 60th Annual Meeting of the Association for Computational Linguistics (Volume 2: Short Papers)"),
        ("pages", "1--9"), ("year", "2022"), ("url", "https://aclanthology.org/2022.acl-short.1")],
        [("groups", "PEFT,पढ़ लिया"), ("longnotes", "सिर्फ bias टर्म ट्रेन होते हैं — 0.1% पैरामीटर। छोटे डेटासेट पर full fine-tuning के बराबर, बड़े पर थोड़ा पीछे।"), ("read", "yes"), ("own", "yes")]),
    ("inproceedings", "dettmers2023qlora", [
        ("author", "Tim Dettmers and Artidoro Pagnoni and Ari Holtzman and Luke Zettlemoyer"),
        ("title", prot(T("2305.14314"), ["QLoRA", "LLMs"])),
        ("booktitle", "Advances in Neural Information Processing Systems"), ("volume", "36"), ("year", "2023"),
        ("url", "https://arxiv.org/pdf/2305.14314.pdf")],
        [("groups", "PEFT,पढ़ लिया"), ("longnotes", "NF4 + double quantization + paged optimizers। हमारे 24GB GPU पर 33B मॉडल चल गया। कोड के लिए bitsandbytes देखें (वो पेपर नहीं, लाइब्रेरी है)।"), ("read", "yes"), ("own", "yes")]),
    ("inproceedings", "houlsby2019parameter", [
        ("author", "Neil Houlsby and Andrei Giurgiu and Stanislaw Jastrzebski and Bruna Morrone and Quentin de Laroussilhe and Andrea Gesmundo and Mona Attariyan and Sylvain Gelly"),
        ("title", prot(T("1902.00751"), ["NLP"])),
        ("booktitle", "Proceedings of the 36th International Conference on Machine Learning"), ("series", "Proceedings of Machine Learning Research"),
        ("volume", "97"), ("pages", "2790--2799"), ("year", "2019"), ("url", "https://arxiv.org/abs/1902.00751")],
        [("groups", "PEFT,पढ़ लिया"), ("longnotes", "adapter मॉड्यूल वाला मूल पेपर। हर layer में दो bottleneck adapter; GLUE पर 3.6% पैरामीटर से लगभग पूरा प्रदर्शन।"), ("read", "yes"), ("own", "yes")]),
    ("inproceedings", "hu2022lora", [
        ("author", "Edward J. Hu and Yelong Shen and Phillip Wallis and Zeyuan Allen-Zhu and Yuanzhi Li and Shean Wang and Lu Wang and Weizhu Chen"),
        ("title", prot(T("2106.09685"), ["LoRA"])),
        ("booktitle", "International Conference on Learning Representations"), ("year", "2022"),
        ("url", "https://arxiv.org/abs/2106.09685")],
        [("groups", "PEFT,पढ़ लिया"), ("longnotes", "W + BA, rank r = 8 से काम चल जाता है। अगली बैठक (12 मार्च) में रोहन इसे प्रस्तुत करेंगे।"), ("read", "yes"), ("own", "yes")]),
    ("article", "li2021prefix", [
        ("author", "Xiang Lisa Li and Percy Liang"),
        ("title", T("2101.00190")),
        ("journal", "arXiv preprint arXiv:2101.00190"), ("year", "2021")],
        [("groups", "PEFT,पढ़ना है"), ("longnotes", "ACL 2021 में छपा, लेकिन यहाँ preprint ही रखा है। हर layer के आगे लगाए गए continuous vectors — prompt tuning से पहले का काम।"), ("read", "no"), ("own", "yes")]),
    ("article", "liu2023gpt", [
        ("author", "Xiao Liu and Yanan Zheng and Zhengxiao Du and Ming Ding and Yujie Qian and Zhilin Yang and Jie Tang"),
        ("title", prot(T("2103.10385"), ["GPT"])),
        ("journal", "AI Open"), ("year", "2023")],
        [("groups", "PEFT,पढ़ना है"), ("longnotes", "P-tuning। PDF अभी नहीं मिला, किसी के पास हो तो ad_pdf में जोड़ दें।"), ("read", "no"), ("own", "no")]),
    ("inproceedings", "liu2022few", [
        ("author", "Haokun Liu and Derek Tam and Mohammed Muqeeth and Jay Mohta and Tenghao Huang and Mohit Bansal and Colin Raffel"),
        ("title", T("2205.05638")),
        ("booktitle", "Advances in Neural Information Processing Systems"), ("volume", "35"), ("year", "2022")],
        [("groups", "PEFT,पढ़ना है"), ("longnotes", "(IA)³ और T-Few recipe। in-context learning से सस्ता और बेहतर — RAFT benchmark पर।"), ("read", "no"), ("own", "yes")]),
    ("misc", "mangrulkar2022peft", [
        ("author", "Sourab Mangrulkar and Sylvain Gugger and Lysandre Debut and Younes Belkada and Sayak Paul and Benjamin Bossan"),
        ("title", "{PEFT}: State-of-the-art Parameter-Efficient Fine-Tuning methods"),
        ("howpublished", "\\url{https://github.com/huggingface/peft}"), ("year", "2022")],
        [("groups", "PEFT"), ("longnotes", "लाइब्रेरी (सॉफ़्टवेयर), पेपर नहीं — प्रयोगों के लिए संस्करण 0.8.2।"), ("own", "no")]),
    ("inproceedings", "pham2021autodropout", [
        ("author", "Hieu Pham and Quoc V. Le"),
        ("title", prot(T("2101.01761"), ["AutoDropout"])),
        ("booktitle", "Proceedings of the AAAI Conference on Artificial Intelligence"), ("volume", "35"), ("number", "11"),
        ("pages", "9351--9359"), ("year", "2021"), ("url", "https://arxiv.org/abs/2101.01761")],
        [("groups", "regularisation,पढ़ लिया"), ("longnotes", "PEFT नहीं, पर fine-tuning में dropout pattern पर चर्चा के लिए अनीता ने जोड़ा।"), ("read", "yes"), ("own", "yes")]),
    ("book", "raschka2024build", [
        ("author", "Sebastian Raschka"),
        ("title", "Build a Large Language Model (From Scratch)"),
        ("publisher", "Manning"), ("year", "2024")],
        [("groups", "पढ़ना है"), ("longnotes", "किताब, अध्याय 6–7 fine-tuning पर। पुस्तकालय में एक प्रति है।"), ("own", "no")]),
]
out = ["% This file was generated by BibORB 1.3.3 - http://biborb.glymn.net",
       "% Bibliography: peft-pathan",
       "% Description: PEFT पठन समूह — पैरामीटर-कुशल फ़ाइन-ट्यूनिंग (कक्ष 204, हर मंगलवार)",
       "% Exported on 2024-03-05 by anita.sharma",
       ""]
for typ, key, fields, extra in sorted(E, key=lambda e: e[1]):
    if any(k == "own" and v == "yes" for k, v in extra):
        extra = extra + [("ad_pdf", f"{key}.pdf")]
    fl = fields + extra
    out.append(f"@{typ}{{{key},")
    out += [f"\t{k} = {{{v}}}" + ("," if i < len(fl) - 1 else "") for i, (k, v) in enumerate(fl)]
    out += ["}", ""]
text = "\n".join(out)
write_only(F1381, text, keys(F1381), forms=[text.replace("{", "").replace("}", "")])
