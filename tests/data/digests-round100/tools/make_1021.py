#!/usr/bin/env python3
"""1021: the `refs.bib` of an Italian physics PhD student's thesis chapter on sequence models for detector time
series, edited by hand in TeXstudio (LF, `%` comments in Italian): entries copied from INSPIRE-HEP's "cite → BibTeX"
(texkey `Surname:YYYYabc`, four-blank indentation, `field = "value",` with the title as `"{…}"`, `eprint` /
`archivePrefix = "arXiv"` / `primaryClass`, numeric `month`, the closing brace alone), entries from arXiv's "Export
BibTeX Citation" (`@misc`, six blanks, title / author / year / eprint / archivePrefix / primaryClass / url, a blank after
the title's and url's commas), and hand-written entries (two blanks, `=` aligned per entry, braces), among them a
book, a software package, a repository and a data release. The student, the group and the data are invented.

Papers: two arXiv-export entries with their abs URL and one hand entry with an OpenReview forum URL (links), two
INSPIRE entries whose arXiv id is only in `eprint` (arxiv-text), three hand entries with no identifier (title-only,
one title with braces kept for BibTeX's case protection). Not papers: Maggiore's book, GWpy, the mamba-ssm repository,
the GWOSC O3 data release; nicknames (S4, LSTM, RMT, Expire-Span) are not labelled alone."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import by_num, keys

F = by_num(1021)
K = dict(mamba="2312.00752", retnet="2307.08621", expire="2105.06548", aiayn="1706.03762", txl="1901.02860",
         hippo="2008.07669", memgpt="2310.08560", feedback="2002.09402")


def last_first(name):
    parts = name.split()
    return parts[-1] + ", " + " ".join(parts[:-1])


def inspire(typ, key, fields):
    body = ",\n".join(f"    {k} = \"{v}\"" for k, v in fields)
    return f"@{typ}{{{key},\n{body}\n}}"


def arxiv_export(key, aid):
    e = CAT[aid]
    return (f"@misc{{{key},\n      title={{{T(aid)}}}, \n      author={{{' and '.join(e['authors'])}}},\n"
            f"      year={{{e['published'][:4]}}},\n      eprint={{{aid}}},\n      archivePrefix={{arXiv}},\n"
            f"      primaryClass={{{e['primary_category']}}},\n      url={{https://arxiv.org/abs/{aid}}}, \n}}")


def hand(typ, key, fields):
    w = max(len(k) for k, _ in fields)
    return f"@{typ}{{{key},\n" + ",\n".join(f"  {k.ljust(w)} = {{{v}}}" for k, v in fields) + "\n}"


au = lambda aid: " and ".join(last_first(a) for a in CAT[aid]["authors"])
parts = [
    "% refs.bib -- tesi di dottorato, cap. 3 \"Modelli di sequenza per serie temporali di rivelatori\"",
    "% Regola: quello che c'e' su INSPIRE lo copio da li' (cite -> BibTeX, chiave Autore:AAAAxxx) senza toccarlo;",
    "% il resto da arXiv (Export BibTeX Citation) oppure a mano. biblatex + biber, style=phys.",
    "% Ultima pulizia: 12/03/2024 (tolti RMT e i due preprint sulle reti ricorrenti che non cito piu').",
    "",
    "% ---------------------------------------------------------------- INSPIRE",
    "",
    inspire("article", "Vaswani:2017lxt", [
        ("author", au(K["aiayn"])), ("title", "{" + T(K["aiayn"]) + "}"), ("eprint", K["aiayn"]),
        ("archivePrefix", "arXiv"), ("primaryClass", "cs.CL"), ("month", "6"), ("year", "2017")]),
    "",
    inspire("inproceedings", "Dai:2019kqn", [
        ("author", au(K["txl"])), ("title", "{" + T(K["txl"]) + "}"),
        ("booktitle", "{57th Annual Meeting of the Association for Computational Linguistics}"),
        ("eprint", K["txl"]), ("archivePrefix", "arXiv"), ("primaryClass", "cs.LG"), ("doi", "10.18653/v1/P19-1285"),
        ("pages", "2978--2988"), ("month", "7"), ("year", "2019")]),
    "",
    "% il libro lo cito solo per la notazione del cap. 1",
    inspire("book", "Maggiore:2007ulw", [
        ("author", "Maggiore, Michele"), ("title", "{Gravitational Waves. Vol. 1: Theory and Experiments}"),
        ("publisher", "Oxford University Press"), ("year", "2007")]),
    "",
    "% ---------------------------------------------------------------- arXiv (Export BibTeX Citation)",
    "% Mamba e RetNet non sono (ancora) su INSPIRE",
    "",
    arxiv_export("gu2023mamba", K["mamba"]),
    "",
    arxiv_export("sun2023retentive", K["retnet"]),
    "",
    "% ---------------------------------------------------------------- a mano",
    "% HiPPO: e' la base di S4, la cito nella sez. 3.2 insieme a Mamba",
    hand("inproceedings", "gu2020hippo", [
        ("title", T(K["hippo"]).replace("HiPPO", "{HiPPO}", 1)),
        ("author", "Gu, Albert and Dao, Tri and Ermon, Stefano and Rudra, Atri and R{\\'e}, Christopher"),
        ("booktitle", "Advances in Neural Information Processing Systems"),
        ("volume", "33"), ("pages", "1474--1487"), ("year", "2020")]),
    "",
    "% Expire-Span: la versione ICML e' sui PMLR, ma le review della sottomissione a ICLR 2021 sono utili",
    "% per la discussione sulla memoria (chiedere a Marco se lasciare l'url)",
    hand("inproceedings", "sukhbaatar2021expire", [
        ("title", T(K["expire"])), ("author", au(K["expire"])),
        ("booktitle", "Proceedings of the 38th International Conference on Machine Learning"),
        ("series", "Proceedings of Machine Learning Research"), ("volume", "139"), ("year", "2021"),
        ("url", "https://openreview.net/forum?id=ZVBtN6B_6i7")]),
    "",
    hand("misc", "fan2020feedback", [
        ("title", T(K["feedback"])), ("author", au(K["feedback"])), ("year", "2020"),
        ("howpublished", "preprint"), ("note", "la prima versione aveva un altro titolo; TODO: venue")]),
    "",
    "% MemGPT: solo per l'ultima frase del capitolo (memoria gerarchica negli LLM)",
    hand("misc", "packer2023memgpt", [
        ("title", T(K["memgpt"])), ("author", au(K["memgpt"])), ("year", "2023"),
        ("howpublished", "preprint"), ("note", "TODO: aggiungere l'identificativo")]),
    "",
    "% ---------------------------------------------------------------- software e dati (non articoli)",
    hand("software", "gwpy", [
        ("author", "Macleod, Duncan and others"), ("title", "{GWpy}"), ("version", "3.0.8"),
        ("url", "https://gwpy.github.io/"), ("year", "2024")]),
    "",
    hand("misc", "mamba_ssm_repo", [
        ("title", "mamba-ssm (codice ufficiale)"), ("howpublished", "\\url{https://github.com/state-spaces/mamba}"),
        ("note", "commit usato per gli esperimenti del cap. 4"), ("year", "2024")]),
    "",
    hand("misc", "gwosc_o3", [
        ("author", "{LIGO Scientific Collaboration and Virgo Collaboration and KAGRA Collaboration}"),
        ("title", "{GWOSC}: dati pubblici del run O3"), ("howpublished", "\\url{https://gwosc.org/}"),
        ("year", "2023")]),
    "",
]
text = "\n".join(parts)
unbraced = text.replace("{", "").replace("}", "")
write_only(F, text, keys(F), forms=(unbraced,))
