#!/usr/bin/env python3
"""1667: a Polish PhD student's xapers session (a Xapian-backed personal document library, command-line), pasted from
a terminal: `xapers count`, `xapers search --output=summary` (one `id:N [sources] {tags} (files) "title"` line per
document), `xapers search --output=tags`, `xapers search --output=bibtex` for the papers tagged for citation, and
`xapers search --output=files`. The count, the tag list and the bibtex entries are computed from the modelled
library."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, year, write_only
from make_expected import keys, by_num

F = by_num(1667)
PS = "kasia@x1-carbon:~/doktorat$ "
ROOT = "/home/kasia/.xapers/docs"
# (doc id, key or None, source, tags, file, title if not a catalogue paper, bib extras)
DOCS = [
    (3, "2006.11239", "arxiv:2006.11239", ["dyfuzja", "podstawy", "przeczytane"], "2006.11239.pdf", None),
    (5, "2112.10752", "arxiv:2112.10752", ["do-cytowania", "dyfuzja", "przeczytane", "rozdz3"], "2112.10752.pdf", None),
    (8, None, None, ["dyfuzja", "wyklad"], "SN2_wyklad07_modele_dyfuzyjne.pdf", "Modele dyfuzyjne – notatki do wykładu Sieci neuronowe II (semestr zimowy)"),
    (9, "2009.09761", None, ["audio", "dyfuzja"], "diffwave_iclr2021.pdf", None),
    (11, "2208.01618", "arxiv:2208.01618", ["do-cytowania", "dyfuzja", "personalizacja", "rozdz3"], "2208.01618.pdf", None),
    (12, "2208.12242", None, ["dyfuzja", "personalizacja"], "dreambooth_cvpr2023.pdf", None),
    (14, "2211.09800", None, ["dyfuzja", "edycja"], "instructpix2pix.pdf", None),
    (15, "2302.05543", "arxiv:2302.05543", ["do-cytowania", "dyfuzja", "rozdz3", "sterowanie"], "2302.05543.pdf", None),
    (16, "2303.01469", "arxiv:2303.01469", ["do-cytowania", "dyfuzja", "przyspieszanie"], "2303.01469v2.pdf", None),
    (17, None, None, ["blog", "dyfuzja"], "annotated-diffusion-hf-blog.pdf", "The Annotated Diffusion Model (Hugging Face blog)"),
]
URLS = {"2112.10752": "https://arxiv.org/abs/2112.10752", "2208.01618": "https://arxiv.org/abs/2208.01618",
        "2302.05543": "https://arxiv.org/abs/2302.05543", "2303.01469": "https://arxiv.org/pdf/2303.01469v2"}
ANNOTE = {"2112.10752": "Rozdz. 3: punkt wyjścia dla naszego warunkowania mapą głębi; porównać z VQ-GAN",
          "2302.05543": "Rozdz. 3.2 – zero-convolution; sprawdzić, czy ich wagi są na licencji zgodnej z naszą"}


def title(d):
    return d[5] or T(d[1])


def summary(d):
    return f'id:{d[0]} [{d[2] or ""}] {{{" ".join(d[3])}}} ({d[4]}) "{title(d)}"'


def bibkey(k):
    return authors(k)[0].split()[-1].lower() + str(year(k))


def bib_author(names):
    return " and ".join(f"{n.split()[-1]}, {' '.join(n.split()[:-1])}" for n in names)


def bibtex(d):
    k = d[1]
    L = [f'    author = "{bib_author(authors(k))}"', f'    title = "{T(k)}"', f'    year = "{year(k)}"',
         f'    eprint = "{k}"', '    archivePrefix = "arXiv"', f'    url = "{URLS[k]}"']
    if k in ANNOTE: L.append(f'    annote = "{ANNOTE[k]}"')
    return f"@article{{{bibkey(k)},\n" + ",\n".join(L) + "\n}"


def build():
    tagged = [d for d in DOCS if "dyfuzja" in d[3]]
    L = [PS + "xapers count tag:dyfuzja", str(len(tagged)),
         PS + "xapers search --output=summary tag:dyfuzja"] + [summary(d) for d in tagged]
    L += [PS + "xapers search --output=tags tag:dyfuzja"] + sorted({t for d in tagged for t in d[3]})
    cite = [d for d in tagged if "do-cytowania" in d[3]]
    L += [PS + "xapers search --output=bibtex tag:do-cytowania"]
    for i, d in enumerate(cite):
        L += bibtex(d).split("\n") + ([""] if i < len(cite) - 1 else [])
    L += [PS + "xapers tag +czytam -- id:12 id:14", PS + "xapers search --output=files tag:czytam"]
    L += [f"{ROOT}/{d[0]:010d}/{d[4]}" for d in DOCS if d[0] in (12, 14)]
    L += [PS]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
