#!/usr/bin/env python3
"""1853: a Dutch PhD thesis figure as an Asymptote source (`hoofdstuk1/tijdlijn.asy`, built with `asy -f pdf`): a
struct `artikel`, a constructor function `maak`, an array of the papers placed on a year axis above and below it, and
labels that wrap each full title in a `minipage` and, when the paper has a link, in hyperref's `\\href` (pdflatex
engine, `texpreamble`). Papers are `maak(...)` titles with their links (OpenReview forum, arXiv `/abs/`, `/pdf/`,
`/pdf/….pdf`), titles with an empty link (title-only; PDF in the literature folder) and one arXiv id in a note.
Non-papers in comments: software, a book, a dataset. LF, a final newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, CAT, write_only
from make_expected import keys, by_num

F = by_num(1853)


def jaar(k, fallback=None):
    p = CAT[k]["published"]
    if not p: return fallback
    y, m = int(p[:4]), int(p[5:7])
    return f"{y + (m - 1) / 12:.2f}"


# (key or None, title, link, note, row)
ART = [
 ("2004.11362", T("2004.11362"), "https://arxiv.org/pdf/2004.11362.pdf", "NeurIPS 2020 -- sectie 1.2", 1),
 ("2010.02014", T("2010.02014"), "", "PDF in literatuur/ (Gatopoulos en Tomczak)", -1),
 ("2011.04419", T("2011.04419"), "", "ICML 2021, contrastief zonder domeinkennis", 2),
 ("2011.13456", T("2011.13456"), f"https://openreview.net/forum?id={OR('2011.13456')}", "ICLR 2021 (oral)", -2),
 ("2103.14338", T("2103.14338"), "", "CVPR 2021, bijzaak: alleen in de voetnoot", 3),
 ("2112.10752", T("2112.10752"), "https://arxiv.org/abs/2112.10752", "CVPR 2022, Stable Diffusion", -3),
 ("2211.09800", T("2211.09800"), "", "arXiv:2211.09800, CVPR 2023", 1),
 ("2307.01952", T("2307.01952"), "https://arxiv.org/abs/2307.01952", "ICLR 2024", -1),
]
FALLBACK = {"2103.14338": "2021.17"}


def q(s):
    assert '"' not in s
    return '"' + s + '"'


def build():
    L = ["// tijdlijn.asy -- figuur 1.3 van het proefschrift (hoofdstuk 1: generatieve modellen en representaties)",
         "// Bouwen:  asy -f pdf tijdlijn.asy   (pdflatex-engine, dan werken de \\href-links in de PDF)",
         "// Sanne de Vries, maart 2024. De titels staan voluit in de figuur (verzoek van de promotor).",
         "// Niet in de figuur, wel in de tekst: huggingface/diffusers (software, versie 0.26),",
         "// Murphy, Probabilistic Machine Learning: Advanced Topics (boek, hoofdstuk 25) en de LAION-Aesthetics-dataset.",
         "",
         "settings.outformat = \"pdf\";",
         "settings.tex = \"pdflatex\";",
         "texpreamble(\"\\usepackage{hyperref}\\hypersetup{hidelinks}\");",
         "defaultpen(fontsize(7pt));",
         "unitsize(1cm);",
         "",
         "struct artikel {",
         "  string titel;",
         "  real jaar;     // jaar + (maand - 1)/12 van de eerste versie",
         "  string bron;   // link; \"\" = alleen de PDF in literatuur/",
         "  string noot;",
         "  int rij;       // > 0 boven de as, < 0 eronder",
         "}",
         "",
         "artikel maak(string titel, real jaar, string bron, string noot, int rij) {",
         "  artikel a = new artikel;",
         "  a.titel = titel;",
         "  a.jaar = jaar;",
         "  a.bron = bron;",
         "  a.noot = noot;",
         "  a.rij = rij;",
         "  return a;",
         "}",
         "",
         "artikel[] lijst = {"]
    for i, (k, t, link, noot, rij) in enumerate(ART):
        L.append(f"  maak({q(t)},")
        L.append(f"       {jaar(k) or FALLBACK[k]}, {q(link)}, {q(noot)}, {rij})" + ("," if i < len(ART) - 1 else ""))
    L += ["};",
          "",
          "real x(real jaar) { return (jaar - 2020) * 4.2; }",
          "pen aspen = linewidth(0.8) + gray(0.3);",
          "",
          "draw((x(2019.8), 0) -- (x(2024.3), 0), aspen, Arrow(TeXHead));",
          "for (int j = 2020; j <= 2024; ++j) {",
          "  draw((x(j), -0.08) -- (x(j), 0.08), aspen);",
          "  label(string(j), (x(j), -0.1), S, gray(0.3));",
          "}",
          "",
          "for (artikel a : lijst) {",
          "  pair p = (x(a.jaar), a.rij * 1.15);",
          "  draw((x(a.jaar), 0) -- p, dotted + gray(0.5));",
          "  dot((x(a.jaar), 0), a.bron == \"\" ? gray(0.6) : deepblue);",
          "  string t = a.bron == \"\" ? a.titel : \"\\href{\" + a.bron + \"}{\" + a.titel + \"}\";",
          "  label(minipage(\"\\raggedright \" + t + \"\\par{\\scriptsize \" + a.noot + \"}\", 3.6cm), p, a.rij > 0 ? N : S);",
          "}"]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
