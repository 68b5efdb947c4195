#!/usr/bin/env python3
"""941: `literatur.bib` of a German master's thesis chapter on diffusion models (TeXstudio project, LF, `%`
comments in German), entries pasted one by one as the sites export them: the ACM Digital Library's "Export Citation →
BibTeX" (the DOI as key — `10.5555/…` for proceedings ACM only hosts —, unindented `field = {value},` lines in ACM's
order author, title, year, isbn, publisher, address, url, doi, abstract, booktitle, pages, articleno, numpages,
keywords, location, series, the last without a comma, the abstract kept), arXiv's "Export BibTeX citation" (six-space
indent, trailing blanks after title and url, eprint / archivePrefix / primaryClass), OpenReview's export (key on its
own line, unindented fields; `@misc` for a rejected submission), a Google Scholar-style entry (`journal={arXiv preprint
arXiv:ID}`), a hand-written entry aligned on `=` with a German note, and non-papers (the diffusers repository, a
textbook, a blog post). The two ACM entries (NeurIPS 2020 and ICML 2023 proceedings) and the hand-written ICLR entry
are title-only; two OpenReview forums, two arXiv URLs, one arXiv id as text."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, OR, write_only
from make_expected import by_num, keys

F = by_num(941)
K = dict(sde="2011.13456", ssvae="2010.02014", sdxl="2307.01952", controlnet="2302.05543", textinv="2208.01618",
         ddpm="2006.11239", cm="2303.01469", diffwave="2009.09761")


def last_first(n):
    p = n.split()
    return f"{p[-1]}, {' '.join(p[:-1])}"


def acm(key_doi, key, year, fields):
    """ACM DL export: fields in ACM's order, all but the last with a comma"""
    rows = [("author", " and ".join(last_first(a) for a in CAT[key]["authors"])), ("title", T(key)),
            ("year", str(year))] + fields
    body = ",\n".join(f"{k} = {{{v}}}" for k, v in rows)
    return f"@inproceedings{{{key_doi},\n{body}\n}}"


# the abstracts as the ACM DL pages show them (the papers' own abstracts, written from memory)
DDPM_ABS = ("We present high quality image synthesis results using diffusion probabilistic models, a class of latent "
            "variable models inspired by considerations from nonequilibrium thermodynamics. Our best results are obtained "
            "by training on a weighted variational bound designed according to a novel connection between diffusion "
            "probabilistic models and denoising score matching with Langevin dynamics, and our models naturally admit a "
            "progressive lossy decompression scheme that can be interpreted as a generalization of autoregressive "
            "decoding. On the unconditional CIFAR10 dataset, we obtain an Inception score of 9.46 and a state-of-the-art "
            "FID score of 3.17. On 256x256 LSUN, we obtain sample quality similar to ProgressiveGAN.")
CM_ABS = ("Diffusion models have significantly advanced the fields of image, audio, and video generation, but they depend "
          "on an iterative sampling process that causes slow generation. To overcome this limitation, we propose "
          "consistency models, a new family of models that generate high quality samples by directly mapping noise to "
          "data. They support fast one-step generation by design, while still allowing multistep sampling to trade "
          "compute for sample quality. They also support zero-shot data editing, such as image inpainting, "
          "colorization, and super-resolution, without requiring explicit training on these tasks. Consistency models "
          "can be trained either by distilling pre-trained diffusion models, or as standalone generative models "
          "altogether. Through extensive experiments, we demonstrate that they outperform existing distillation "
          "techniques for diffusion models in one- and few-step sampling, achieving the new state-of-the-art FID of "
          "3.55 on CIFAR-10 and 6.20 on ImageNet 64x64 for one-step generation. When trained in isolation, consistency "
          "models become a new family of generative models that can outperform existing one-step, non-adversarial "
          "generative models on standard benchmarks such as CIFAR-10, ImageNet 64x64 and LSUN 256x256.")
ddpm = acm("10.5555/3495724.3496298", K["ddpm"], 2020, [
    ("isbn", "9781713829546"), ("publisher", "Curran Associates Inc."), ("address", "Red Hook, NY, USA"),
    ("abstract", DDPM_ABS),
    ("booktitle", "Proceedings of the 34th International Conference on Neural Information Processing Systems"),
    ("articleno", "574"), ("numpages", "12"), ("location", "Vancouver, BC, Canada"), ("series", "NIPS '20")])
cm = acm("10.5555/3618408.3619743", K["cm"], 2023, [
    ("publisher", "JMLR.org"), ("abstract", CM_ABS),
    ("booktitle", "Proceedings of the 40th International Conference on Machine Learning"),
    ("articleno", "1335"), ("numpages", "42"), ("location", "Honolulu, Hawaii, USA"), ("series", "ICML'23")])


def arxiv_export(key, bibkey, cls):
    return "\n".join([
        f"@misc{{{bibkey},",
        f"      title={{{T(key)}}}, ",
        "      author={" + " and ".join(CAT[key]["authors"]) + "},",
        f"      year={{{CAT[key]['published'][:4]}}},", f"      eprint={{{key}}},", "      archivePrefix={arXiv},",
        f"      primaryClass={{{cls}}},", f"      url={{https://arxiv.org/abs/{key}}}, ", "}"])


sdxl = arxiv_export(K["sdxl"], "podell2023sdxlimprovinglatentdiffusion", "cs.CV")
controlnet = arxiv_export(K["controlnet"], "zhang2023addingconditionalcontroltexttoimage", "cs.CV")
sde = "\n".join([
    "@inproceedings{", "song2021scorebased,", f"title={{{T(K['sde'])}}},",
    "author={Yang Song and Jascha Sohl-Dickstein and Diederik P Kingma and Abhishek Kumar and Stefano Ermon and Ben Poole},",
    "booktitle={International Conference on Learning Representations},", "year={2021},",
    f"url={{https://openreview.net/forum?id={OR(K['sde'])}}}", "}"])
ssvae = "\n".join([
    "@misc{", "gatopoulos2021selfsupervised,", f"title={{{T(K['ssvae'])}}},",
    "author={Ioannis Gatopoulos and Jakub Mikolaj Tomczak},", "year={2021},",
    f"url={{https://openreview.net/forum?id={OR(K['ssvae'])}}}", "}"])
textinv = "\n".join([
    "@article{gal2022image,", f"  title={{{T(K['textinv'])}}},",
    "  author={" + " and ".join(last_first(x) for x in CAT[K["textinv"]]["authors"]) + "},",
    "  journal={arXiv preprint arXiv:2208.01618},", "  year={2022}", "}"])
diffwave = "\n".join([
    "@inproceedings{kong2021diffwave,",
    f"  title     = {{{T(K['diffwave'])}}},",
    "  author    = {Kong, Zhifeng and Ping, Wei and Huang, Jiaji and Zhao, Kexin and Catanzaro, Bryan},",
    "  booktitle = {International Conference on Learning Representations (ICLR)},",
    "  year      = {2021},",
    "  note      = {Audio -- nur im Ausblick (Abschn. 3.5) zitiert}",
    "}"])
diffusers = "\n".join([
    "@misc{von-platen-etal-2022-diffusers,",
    "  author = {Patrick von Platen and Suraj Patil and Anton Lozhkov and Pedro Cuenca and Nathan Lambert and Kashif Rasul and Mishig Davaadorj and Thomas Wolf},",
    "  title = {Diffusers: State-of-the-art diffusion models},", "  year = {2022},", "  publisher = {GitHub},",
    "  journal = {GitHub repository},", "  howpublished = {\\url{https://github.com/huggingface/diffusers}}", "}"])
prince = "\n".join([
    "@book{prince2023understanding,", "  author    = {Simon J. D. Prince},", "  title     = {Understanding Deep Learning},",
    "  publisher = {The MIT Press},", "  year      = {2023},", "  url       = {http://udlbook.com}", "}"])
weng = "\n".join([
    "@online{weng2021diffusion,", "  author  = {Lilian Weng},", "  title   = {What are Diffusion Models?},",
    "  year    = {2021},", "  url     = {https://lilianweng.github.io/posts/2021-07-11-diffusion-models/},",
    "  urldate = {2024-02-19},", "  note    = {Blogbeitrag, kein Paper -- aber die Notation in Abschn. 3.1 folgt ihr}", "}"])

text = "\n".join([
    "% literatur.bib -- Masterarbeit \"Steuerbare Bildsynthese mit Diffusionsmodellen\" (Lena Brandt, TU-Lab Bildverarbeitung)",
    "% Kapitel 3: Diffusionsmodelle. Stand 08.03.2024",
    "% ACM-DL-Einträge: \"Export Citation\" -> BibTeX, unverändert reinkopiert (Abstract drin gelassen, stört biblatex nicht).",
    "% arXiv/OpenReview ebenso. Bitte NICHT mit JabRef neu formatieren, sonst ist der Diff im Git unlesbar.",
    "",
    "% ===== 3.1 Grundlagen =====",
    "",
    ddpm,
    "",
    "% TODO Betreuer fragen: reicht OpenReview als Quelle für ICLR oder lieber die arXiv-Fassung?",
    sde,
    "",
    ssvae,
    "",
    "% ===== 3.2 Schnelles Sampling =====",
    cm,
    "",
    "% ===== 3.3 Latente Diffusion und Steuerung =====",
    sdxl,
    "",
    controlnet,
    "",
    textinv,
    "",
    "% ===== 3.5 Ausblick: Audio =====",
    diffwave,
    "",
    "% ===== Software, Bücher, Web =====",
    diffusers,
    "",
    prince,
    "",
    weng,
    "",
])
write_only(F, text, keys(F))
