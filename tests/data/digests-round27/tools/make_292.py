#!/usr/bin/env python3
"""292: the Kinyarwanda translation of a GitHub README (`README.rw.md`) of an unofficial PyTorch reimplementation of
ELECTRA pre-trained on Kinyarwanda text, with English paper titles. What such a file has: a centred <div> with the
project name, a one-line description, the language switcher linking the other READMEs, shields.io badges, a
`> [!WARNING]` alert (unofficial code), a table of contents whose anchors are GitHub's heading slugs, install and
training commands in fenced code blocks, a results table (with an average column), a "related papers" list in
several styles, acknowledgements naming repositories, a library paper, a dataset and a community, and a BibTeX
citation block."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write


def slug(h):
    import re
    s = h.strip().lower()
    s = re.sub(r"[^\w\- ]", "", s)
    return s.replace(" ", "-")


H2 = ["Ibyerekeye umushinga", "Kwinjiza", "Gutoza moderi", "Ibisubizo",
      "Inyandiko z'ubushakashatsi bifitanye isano", "Gushimira", "Kwitirira"]
results = [("electra-small-rw (iyi repo)", "14M", 88.1, 79.4, 93.0), ("electra-base-rw (iyi repo)", "110M", 90.6, 83.2, 94.1),
           ("mBERT", "178M", 86.9, 77.0, 92.3), ("XLM-R base", "270M", 89.8, 81.5, 93.6)]

out = ['<div align="center">', "", "# electra-rw", "",
       "**Isubiramo ritemewe rya ELECTRA muri PyTorch, ryatojwe ku nyandiko z'Ikinyarwanda**", "",
       "[English](README.md) | **Kinyarwanda** | [Français](README.fr.md)", "",
       "[![License: Apache 2.0](https://img.shields.io/badge/License-Apache_2.0-blue.svg)](LICENSE)",
       "[![Python 3.10+](https://img.shields.io/badge/python-3.10%2B-blue.svg)](https://www.python.org/)",
       "[![Models](https://img.shields.io/badge/%F0%9F%A4%97-Models-yellow.svg)](https://huggingface.co/nshuti-ai/electra-small-rw)",
       "", "</div>", "",
       "> [!WARNING]",
       "> Iyi ntabwo ari code yemewe y'abanditsi ba ELECTRA. Code yemewe (TensorFlow) iri kuri",
       "> https://github.com/google-research/electra. Niba ubonye ikinyuranyo n'inyandiko y'umwimerere, fungura issue.",
       "", "## Ibirimo", ""]
out += [f"- [{h}](#{slug(h)})" for h in H2] + [""]
out += ["## " + H2[0], "",
        f"Iyi repository ishyira mu bikorwa [{T('2003.10555')}](https://arxiv.org/abs/2003.10555) "
        "(Clark et al., ICLR 2020) muri PyTorch. Aho guhisha amagambo nka BERT, moderi nto (generator) isimbuza "
        "amagambo 15%, naho discriminator ikiga kumenya ijambo ryasimbujwe. Ibi bituma gutoza bisaba mudasobwa "
        "nke: electra-small-rw yatojwe amasaha 31 kuri GPU imwe (RTX 3090).", "",
        "Amakuru yakoreshejwe: inkuru z'amakuru (KINNEWS), Wikipedia y'Ikinyarwanda n'inyandiko za Leta, "
        "imirongo miliyoni 4.6 (nyuma yo gukuramo izisubiramo).", "",
        "## " + H2[1], "", "```bash", "git clone https://github.com/nshuti-ai/electra-rw.git", "cd electra-rw",
        "pip install -e .", "```", "",
        "## " + H2[2], "", "```bash",
        "python pretrain.py --config configs/small_rw.yaml \\", "    --gen_size_ratio 0.25 --mask_prob 0.15 --steps 1000000",
        "```", "", "Ushobora no gukoresha `--energy_cloze` kugira ngo ugerageze Electric (reba hasi).", "",
        "## " + H2[3], "",
        "| Moderi | Ibipimo | KINNEWS (acc) | NER (F1) | POS (acc) | Impuzandengo |",
        "|---|---:|---:|---:|---:|---:|"]
for name, p, a, b, c in results:
    out.append(f"| {name} | {p} | {a:.1f} | {b:.1f} | {c:.1f} | {round((a + b + c) / 3 + 1e-9, 1):.1f} |")
out += ["", "Imibare ya mBERT na XLM-R ni iyacu (fine-tuning imwe, seed 3).", "",
        "## " + H2[4], "",
        f"- **{T('2012.08561')}** — Clark et al., EMNLP 2020 (Electric). [[pdf](https://arxiv.org/pdf/2012.08561.pdf)]",
        f"- [{T('1907.11692')}](https://arxiv.org/abs/1907.11692) — twakurikije uburyo bwabo bwa dynamic masking.",
        f"- {T('2006.03654')} ([paper page](https://huggingface.co/papers/2006.03654))",
        f"- {T('2010.06040')} — [OpenReview](https://openreview.net/forum?id={OR('2010.06040')})",
        f"- *{T('1910.13461')}* (arXiv:1910.13461)",
        f"- XLNet: Generalized Autoregressive Pretraining for Language Understanding, arXiv 1906.08237",
        f"- Unsupervised cross-lingual representation learning at scale (Conneau et al., ACL 2020) — XLM-R, "
        "dugereranya nayo mu mbonerahamwe iri hejuru.",
        f"- {T('1801.06146')} (Howard & Ruder, 2018)",
        f"- {T('1802.05365')} — Peters et al., NAACL 2018",
        f"- {T('1910.10683')} (JMLR 2020)",
        f"- {T('1909.08053')}: ntitwayikoresheje, ariko ni yo nkomoko y'igitekerezo cyo kugabanya moderi ku ma GPU menshi.",
        "", "## " + H2[5], "",
        "- Code ya [google-research/electra](https://github.com/google-research/electra) na "
        "[lucidrains/electra-pytorch](https://github.com/lucidrains/electra-pytorch).",
        f"- Isomero rya Transformers: [{T('1910.03771')}](https://arxiv.org/abs/1910.03771).",
        "- Dataset ya KINNEWS (https://github.com/Andrews2017/KINNEWS-and-KIRNEWS-Corpus) n'umuryango wa Masakhane.",
        "- GPU zatanzwe na CMU-Africa (Kigali). Murakoze!", "",
        "## " + H2[6], "",
        "Niba ukoresheje iyi code, andika inyandiko y'umwimerere:", "", "```bibtex",
        "@inproceedings{clark2020electra,",
        "  title     = {{ELECTRA}: Pre-training Text Encoders as Discriminators Rather Than Generators},",
        "  author    = {Clark, Kevin and Luong, Minh-Thang and Le, Quoc V. and Manning, Christopher D.},",
        "  booktitle = {International Conference on Learning Representations},",
        "  year      = {2020}", "}", "",
        "@misc{electra-rw,",
        "  author       = {Nshuti, Eric},",
        "  title        = {electra-rw: ELECTRA for Kinyarwanda},",
        "  year         = {2024},",
        "  howpublished = {\\url{https://github.com/nshuti-ai/electra-rw}}", "}", "```", ""]
write("292_github_readme_translation_kinyarwanda_unofficial_electra_reimplementation.md", "\n".join(out))
