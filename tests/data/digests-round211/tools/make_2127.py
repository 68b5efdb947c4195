#!/usr/bin/env python3
"""2127: an Xfig drawing (`.fig`, FIG 3.2 as xfig 3.2.8 saves it: the nine header lines, `#` comments attached to
objects, a compound, boxes and polylines with their point lines, text objects ended by `\\001`) of an invented
Italian reading-group poster on vision backbones: arXiv links (`/abs/`, `/pdf/…v3`, `http://`), one `arXiv:NNNN.NNNNN`
in a text object, titles alone in text objects and comments; non-papers (a book, a repository, a talk, xfig's own
site). ASCII (Italian written without accents, as many xfig users do). Text lengths and the compound's bounds are
computed. LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(2127)
HEAD = ["#FIG 3.2  Produced by xfig version 3.2.8b", "Landscape", "Center", "Metric", "A4", "100.00", "Single", "-2",
        "1200 2"]


def text(x, y, s, size=12, font=0, colour=0, depth=50, just=0):
    h = {10: 120, 12: 135, 14: 165, 20: 240}[size]
    ln = int(round(len(s) * size * 6.2))
    return f"4 {just} {colour} {depth} -1 {font} {size} 0.0000 4 {h} {ln} {x} {y} {s}\\001"


def box(x1, y1, x2, y2, colour=0, fill=7, depth=60):
    pts = [(x1, y1), (x2, y1), (x2, y2), (x1, y2), (x1, y1)]
    return [f"2 2 0 1 {colour} {fill} {depth} -1 20 0.000 0 0 -1 0 0 {len(pts)}",
            "\t " + " ".join(f"{a} {b}" for a, b in pts)]


def arrow(x1, y1, x2, y2):
    return [f"2 1 0 1 0 7 55 -1 -1 0.000 0 0 -1 1 0 2", "\t1 1 1.00 60.00 120.00", f"\t {x1} {y1} {x2} {y2}"]


def build():
    out = list(HEAD)
    out += ["# Titolo del poster", text(900, 900, "Gruppo di lettura VISIONE - spina dorsale delle reti (aprile 2024)", 20, 2)]
    out += ["# Autrice: Giulia Ferraresi <giulia.ferraresi@visione-lab.example.it>",
            text(900, 1300, "a cura di Giulia Ferraresi - repo: https://github.com/visione-lab/poster-backbone", 10)]
    # compound: the three linked papers
    items = [("1512.03385", "https://arxiv.org/abs/1512.03385"),
             ("1905.11946", "https://arxiv.org/pdf/1905.11946v3"),
             ("2004.08955", "http://arxiv.org/abs/2004.08955")]
    body, y = [], 1800
    for k, url in items:
        body += [f"# scheda {k}"] + box(900, y, 11700, y + 900)
        body.append(text(1050, y + 360, T(k), 12, 2))
        body.append(text(1050, y + 720, url, 10, 4))
        y += 1050
    out.append(f"6 900 1800 11700 {y - 150}")
    out += body
    out.append("-6")
    out += arrow(6300, 2700, 6300, 2850) + arrow(6300, 3750, 6300, 3900)
    out += ["# colonna destra: letture di contorno (solo titoli)"] + box(12300, 1800, 22500, 5100, 0, 31)
    out.append(text(12450, 2160, "Da leggere prima dell'incontro:", 12, 2))
    for i, k in enumerate(("ImageNet Classification with Deep Convolutional Neural Networks", "1502.01852",
                           "2106.10270")):
        out.append(text(12450, 2640 + i * 480, "- " + T(k), 10))
    out += ["# ricerca di architetture: NAS differenziabile e simbolica",
            text(12450, 4200, "NAS: " + T("2108.04392") + " (da discutere)", 10),
            text(12450, 4560, "e " + T("2101.08809") + " (arXiv:2101.08809)", 10)]
    out += ["# piede: libro e talk (non articoli)",
            text(900, 5700, "Libro: Szeliski, Computer Vision: Algorithms and Applications, 2a ed. - "
                 "talk: https://video.visione-lab.example.it/seminari/2024-04", 10),
            text(900, 6000, "Disegnato con xfig 3.2.8 (https://mcj.sourceforge.net) - stampare in A4 orizzontale", 10, 0, 1)]
    return "\n".join(out) + "\n"


TXT = build()

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
