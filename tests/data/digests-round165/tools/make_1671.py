#!/usr/bin/env python3
"""1671: a Finnish doctoral student's vimb bookmark file (`~/.config/vimb/bookmark`, written by vimb's `:bma`), as the
browser writes it: one bookmark a line, `URI<TAB>title<TAB>tags` (tags space-separated, possibly none), in the order
the bookmarks were added. Page titles are the titles the pages carry (arXiv's `[id] Title`, OpenReview's
`Title | OpenReview`, Papers with Code's `… | Papers With Code`, Semantic Scholar's `[PDF] … | Semantic Scholar`)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1671)
B = [
    ("https://yle.fi/uutiset", "Yle Uutiset | Tuoreimmat uutiset", "uutiset"),
    ("https://moodle.example.fi/course/view.php?id=4817", "Kurssi: Syväoppiminen II (5 op) – kevät 2024", "kurssi opetus"),
    ("https://arxiv.org/abs/2006.07733", f"[2006.07733] {T('2006.07733')}", "itseohjattu luettava"),
    ("https://arxiv.org/abs/2103.03230v3", f"[2103.03230v3] {T('2103.03230')}", "itseohjattu luettu"),
    ("https://wiki.example.fi/lukupiiri/2024-03-12", f"Lukupiiri 12.3.: {T('2010.04592')} (arXiv:2010.04592) – Lukupiiri-wiki", "lukupiiri itseohjattu"),
    ("https://arxiv.org/abs/2106.08254", f"[2106.08254] {T('2106.08254')}", "itseohjattu vit luettava"),
    ("https://www.hsl.fi/", "HSL – Helsingin seudun liikenne", ""),
    ("https://openreview.net/forum?id=3rRgu7OGgBI", f"{T('2011.06182')} | OpenReview", "siirtooppiminen hienosäätö"),
    ("https://kurssit.example.fi/sy2/luennot/viikko5.html", f"Viikko 5: {T('1912.11370')} – Syväoppiminen II", "kurssi siirtooppiminen"),
    ("https://paperswithcode.com/paper/how-to-train-your-vit-data-augmentation-and", f"{T('2106.10270')} | Papers With Code", "vit augmentointi"),
    ("https://pytorch.org/vision/stable/models.html", "Models and pre-trained weights — Torchvision main documentation", "dokumentaatio"),
    ("https://www.semanticscholar.org/paper/4f2eda8077dc7a69bb2b4e0a1a086cf054adb3f9", f"[PDF] {T('1905.11946')} | Semantic Scholar", "cnn skaalaus"),
    ("https://github.com/lukupiiri-hy/ssl-harjoitukset", "GitHub - lukupiiri-hy/ssl-harjoitukset: Itseohjatun oppimisen harjoitustyöt (PyTorch)", "koodi itseohjattu"),
    ("https://www.kela.fi/opiskelijat", "Opiskelijat – Kela", ""),
    ("https://blogi.example.fi/2024/02/barlow-twins-selitettyna", "Barlow Twins selitettynä suomeksi – blogi", "blogi itseohjattu"),
]


def build():
    return "".join(f"{u}\t{t}\t{g}\n" for u, t, g in B)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
