#!/usr/bin/env python3
"""1041: `literatur.bib` of a German master's thesis chapter on diffusion and score-based models, after its author ran
it through bibtex-tidy (the command line is kept in the header comment: `--curly --numeric --align=14 --sort-fields
--remove-empty-fields --escape --omit=abstract`). The entries came from four places — the NeurIPS proceedings site's
"Bibtex" button (keys `NEURIPS<year>_<8 hex>`, url `…/paper_files/paper/<year>/file/<32 hex>-Paper.pdf`), PMLR
(`pmlr-v37-…` with pdf and url), arXiv's "Export BibTeX Citation" (eprint / archiveprefix / primaryclass, with or
without url) and hand entries (one with an OpenReview url) — and now all look as bibtex-tidy writes them: lower-case
entry types and field names, two-blank indent, names padded so `=` aligns (longer names push it right), braced
values, bare numbers for year and volume, fields in bibtex-tidy's order (title, shorttitle, author, year, month, …,
url, urldate, …, note, then the others in their old order), no empty field (NeurIPS 2019's `pages = {}` is gone),
non-ASCII as TeX (`M{\\"u}ller`), no trailing comma, one blank line between entries, the `%` comments (German)
kept. A software entry, a blog post and a book are not papers; "unCLIP", "DALL·E 2", "NCSN", "DDIM", "CFG", "SDXL",
"DDPM" in the comments are nicknames. The proceedings hashes are invented (md5 of the title)."""
import hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(1041)
K = dict(cfg="2207.12598", sdxl="2307.01952", ddim="2010.02502", dalle2="2204.06125", noneq="1503.03585",
         beatgans="2105.05233", gan="1406.2661", ncsn="1907.05600")
ORDER = ["title", "shorttitle", "author", "year", "month", "day", "journal", "booktitle", "location", "on", "publisher",
         "address", "series", "volume", "number", "pages", "doi", "isbn", "issn", "url", "urldate", "copyright",
         "category", "note", "metadata"]
ESC = {"ü": '{\\"u}', "ö": '{\\"o}', "ä": '{\\"a}', "é": "{\\'e}", "ß": "{\\ss}", "·": "{\\textperiodcentered}"}


def tidy(etype, key, fields):
    """bibtex-tidy with --curly --numeric --align=14 --sort-fields --remove-empty-fields --escape --omit=abstract"""
    fs = [(k.lower(), v) for k, v in fields if v != "" and k.lower() != "abstract"]
    known = sorted((f for f in fs if f[0] in ORDER), key=lambda f: ORDER.index(f[0]))
    fs = known + [f for f in fs if f[0] not in ORDER]
    out = []
    for k, v in fs:
        v = "".join(ESC.get(c, c) for c in v)
        out.append(f"  {k.ljust(12)} = " + (v if v.isdigit() else "{" + v + "}"))
    return f"@{etype.lower()}{{{key},\n" + ",\n".join(out) + "\n}\n"


def neurips(key, year, ed, authors, pages):
    h = hashlib.md5(("neurips" + T(key)).encode()).hexdigest()
    return tidy("inproceedings", f"NEURIPS{year}_{h[:8]}", [
        ("author", authors), ("booktitle", "Advances in Neural Information Processing Systems"), ("editor", ed),
        ("pages", pages), ("publisher", "Curran Associates, Inc."), ("title", T(key)),
        ("url", f"https://proceedings.neurips.cc/paper_files/paper/{year}/file/{h}-Paper.pdf"),
        ("volume", str(year - 1987)), ("year", str(year))])


def arxiv(bkey, key, authors, cls, url):
    return tidy("misc", bkey, [("title", T(key)), ("author", authors), ("year", "20" + key[:2]), ("eprint", key),
                               ("archivePrefix", "arXiv"), ("primaryClass", cls)] +
                ([("url", f"https://arxiv.org/abs/{key}")] if url else []))


parts = [
    """% ================================================================
% literatur.bib -- Masterarbeit, Kapitel 2 "Grundlagen der Diffusionsmodelle"
% Stand: 14.03.2024 (Jonas)
%
% Herkunft: NeurIPS-Einträge vom "Bibtex"-Knopf auf proceedings.neurips.cc,
% PMLR von proceedings.mlr.press, arXiv über "Export BibTeX Citation", Rest per Hand.
% Danach alles durch bibtex-tidy gejagt (Web-Version), Optionen:
%   bibtex-tidy --curly --numeric --align=14 --sort-fields --remove-empty-fields --escape --omit=abstract
% Im Text beim ersten Zitat immer den vollen Titel (Wunsch von Frau Dr. Albrecht),
% Spitznamen wie DDPM/DDIM/NCSN erst danach.
% ================================================================

% ---------- Anfänge: Diffusion als Umkehrung eines Markov-Prozesses ----------
""",
    tidy("InProceedings", "pmlr-v37-sohl-dickstein15", [
        ("title", T(K["noneq"])),
        ("author", "Sohl-Dickstein, Jascha and Weiss, Eric and Maheswaranathan, Niru and Ganguli, Surya"),
        ("booktitle", "Proceedings of the 32nd International Conference on Machine Learning"),
        ("pages", "2256--2265"), ("year", "2015"), ("editor", "Bach, Francis and Blei, David"), ("volume", "37"),
        ("series", "Proceedings of Machine Learning Research"), ("address", "Lille, France"),
        ("month", "07--09 Jul"), ("publisher", "PMLR"),
        ("pdf", "http://proceedings.mlr.press/v37/sohl-dickstein15.pdf"),
        ("url", "https://proceedings.mlr.press/v37/sohl-dickstein15.html"),
        ("abstract", "Im Original stand hier der Abstract.")]),
    "\n% GAN als Vergleichspunkt (Kap. 2.1). Im NeurIPS-Tagungsband heißt es \"Nets\" statt \"Networks\";\n"
    "% wir zitieren mit dem arXiv-Titel, deshalb per Hand.\n",
    tidy("inproceedings", "goodfellow2014gan", [
        ("title", T(K["gan"])),
        ("author", "Goodfellow, Ian J. and Pouget-Abadie, Jean and Mirza, Mehdi and Xu, Bing and Warde-Farley, David "
                   "and Ozair, Sherjil and Courville, Aaron and Bengio, Yoshua"),
        ("booktitle", "Advances in Neural Information Processing Systems 27 (NIPS 2014)"),
        ("pages", "2672--2680"), ("year", "2014")]),
    "\n% ---------- Score-basierte Modelle ----------\n% NCSN -- Langevin-Dynamik mit mehreren Rauschstufen\n",
    neurips(K["ncsn"], 2019, "H. Wallach and H. Larochelle and A. Beygelzimer and F. d\\textquotesingle Alch\\'{e}-Buc "
            "and E. Fox and R. Garnett", "Song, Yang and Ermon, Stefano", ""),
    "\n% DDIM: deterministisches Sampling, gleiche Trainingsfunktion wie DDPM (ICLR 2021, OpenReview)\n",
    tidy("inproceedings", "song2021ddim", [
        ("title", T(K["ddim"])),
        ("author", "Song, Jiaming and Meng, Chenlin and Ermon, Stefano"),
        ("booktitle", "International Conference on Learning Representations"),
        ("year", "2021"),
        ("url", "https://openreview.net/forum?id=St1giarCHLP")]),
    "\n% ---------- Bedingte Generierung / Guidance ----------\n",
    neurips(K["beatgans"], 2021, "M. Ranzato and A. Beygelzimer and Y. Dauphin and P.S. Liang and J. Wortman Vaughan",
            "Dhariwal, Prafulla and Nichol, Alexander", "8780--8794"),
    "\n% CFG: nur Workshop-Paper (NeurIPS 2021 DGMs Workshop), daher arXiv\n",
    arxiv("ho2022classifierfreediffusionguidance", K["cfg"], "Jonathan Ho and Tim Salimans", "cs.LG", True),
    "\n% ---------- Text-zu-Bild ----------\n% unCLIP = DALL·E 2. Noch der alte arXiv-Export ohne url.\n",
    arxiv("ramesh2022hierarchical", K["dalle2"],
          "Aditya Ramesh and Prafulla Dhariwal and Alex Nichol and Casey Chu and Mark Chen", "cs.CV", False),
    "\n% SDXL -- für Kap. 2.4 (Latent Diffusion in groß); ICLR 2024 angenommen, Tagungsband noch nicht da\n",
    arxiv("podell2023sdxlimprovinglatentdiffusion", K["sdxl"],
          "Dustin Podell and Zion English and Kyle Lacey and Andreas Blattmann and Tim Dockhorn and Jonas Müller "
          "and Joe Penna and Robin Rombach", "cs.CV", True),
    "\n% ---------- Keine Papers: Software, Blog, Buch ----------\n",
    tidy("software", "diffusers2022", [
        ("title", "Diffusers: State-of-the-art diffusion models"),
        ("author", "von Platen, Patrick and Patil, Suraj and Lozhkov, Anton and Cuenca, Pedro and Lambert, Nathan "
                   "and Rasul, Kashif and Davaadorj, Mishig and Wolf, Thomas"),
        ("year", "2022"),
        ("url", "https://github.com/huggingface/diffusers")]),
    "\n",
    tidy("online", "weng2021diffusion", [
        ("title", "What are Diffusion Models?"),
        ("author", "Weng, Lilian"),
        ("year", "2021"),
        ("url", "https://lilianweng.github.io/posts/2021-07-11-diffusion-models/"),
        ("urldate", "2024-02-20"),
        ("note", "Blogpost, sehr gute Herleitung der ELBO -- für Kap. 2.2")]),
    "\n",
    tidy("book", "bishop2024deep", [
        ("title", "Deep Learning: Foundations and Concepts"),
        ("author", "Bishop, Christopher M. and Bishop, Hugh"),
        ("publisher", "Springer"),
        ("address", "Cham"),
        ("year", "2024"),
        ("note", "Kap. 20 (Diffusion Models), in der Bibliothek ausleihbar")]),
]
text = "".join(parts)
write_only(F, text, keys(F))
