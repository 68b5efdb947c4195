#!/usr/bin/env python3
"""1849: a Greek reading group's kitty session file (`~/.config/kitty/sessions/anagnosi.conf`, started with
`kitty --session …`): comments, `layout` / `enabled_layouts`, `cd`, one `new_tab` per meeting, `launch` lines that
open a paper's page in w3m or its PDF in termpdf.py, each with `--title`; a notes pane (nvim), `focus`, and a second
OS window with `os_window_size`. Papers are launch titles with their links (OpenReview forum, arXiv `/abs/`,
`/pdf/`, `…v2`), titles opening local PDFs (title-only) and an arXiv id in a comment. Non-papers: a repository, a
blog post, a recorded talk. LF, a final newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1849)


def q(s):
    assert '"' not in s and "\\" not in s and "$" not in s
    return '"' + s + '"'


def w3m(title, url):
    return f"launch --title {q(title)} w3m {url}"


def pdf(title, path):
    return f"launch --title {q(title)} termpdf.py {path}"


def build():
    L = ["# anagnosi.conf — συνεδρία kitty για την ομάδα ανάγνωσης «Μακριές ακολουθίες»",
         "# Εκκίνηση:  kitty --session ~/.config/kitty/sessions/anagnosi.conf",
         "# Μία καρτέλα ανά συνάντηση (Πέμπτη 16:00, αίθουσα Β.214). Οι σελίδες ανοίγουν στο w3m,",
         "# τα PDF με το termpdf.py (δείχνει τις σελίδες μέσα στο kitty). Σημειώσεις στο nvim.",
         "# Νίκος Π., Μάρτιος 2024",
         "",
         "# όλες οι καρτέλες ξεκινούν από τον φάκελο της ομάδας",
         "cd ~/anagnosi",
         "enabled_layouts tall,stack,splits",
         "",
         "new_tab 1 · χώροι καταστάσεων",
         "layout tall",
         w3m(T("2111.00396"), f"https://openreview.net/forum?id={OR('2111.00396')}"),
         "# HiPPO: arXiv 2008.07669 (NeurIPS 2020) — το PDF το κατέβασε η Ελένη",
         pdf(T("2008.07669"), "pdf/gu-hippo-neurips2020.pdf"),
         "launch --title \"σημειώσεις · S4\" nvim notes/01-s4.md",
         "focus",
         "",
         "new_tab 2 · επιλεκτικά SSM",
         "layout tall",
         w3m(T("2312.00752"), "https://arxiv.org/pdf/2312.00752"),
         w3m("state-spaces/mamba (κώδικας)", "https://github.com/state-spaces/mamba"),
         "launch --title \"σημειώσεις · Mamba\" nvim notes/02-mamba.md",
         "",
         "new_tab 3 · αποδοτική προσοχή",
         "layout stack",
         w3m(T("2001.04451"), "https://arxiv.org/abs/2001.04451v2"),
         w3m(T("2006.04768"), "https://arxiv.org/abs/2006.04768"),
         pdf(T("2006.16236"), "pdf/katharopoulos-linear-attention.pdf"),
         pdf(T("2202.10447"), "pdf/hua-flash-gau.pdf"),
         "",
         "new_tab 4 · αξιολόγηση",
         "layout splits",
         pdf(T("2011.04006"), "pdf/tay-long-range-arena.pdf"),
         w3m("The Annotated S4 (ιστολόγιο, Sasha Rush)", "https://srush.github.io/annotated-s4/"),
         "launch --title \"μετρήσεις\" --hold python3 scripts/lra_pinakas.py",
         "",
         "# δεύτερο παράθυρο: η βιντεοσκόπηση της περσινής ομιλίας και ένα τερματικό",
         "new_os_window",
         "os_window_size 120c 36c",
         "os_window_class anagnosi-video",
         "launch --title \"ομιλία: S4 στο σεμινάριο (εσωτερικό)\" mpv https://video.lab.example.gr/seminario/2023-11-s4",
         "launch zsh",
         "focus_os_window"]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
