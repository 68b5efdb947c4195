#!/usr/bin/env python3
"""2268: a ratpoison start-up file (`~/.ratpoisonrc`: one command per line — `escape`, `startup_message`, `set`,
`exec`, `bind` / `unbind`, `definekey`, `newkmap`, `alias`, `addhook` — and `#` comment lines) of an invented
Hungarian PhD student whose efficient-attention reading group sits in a keymap of its own (`C-z o`, then a digit runs
`exec xdg-open URL`): an OpenReview forum link and arXiv links (`/abs/`, `/pdf/…v3`, `http://`) under comments holding
the titles, `arXiv:2008.07669` beside a title, titles alone; non-papers (ratpoison's docs, an online book, the group's
repository and a talk recording; the nicknames in the `echo` help line stand beside the full titles). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2268)
TXT = fill(r'''# ~/.ratpoisonrc -- Szőke-Farkas Bálint <balint.szoke@hatekony-lab.example.hu>
# ratpoison 1.4.9 a labor gépén (Debian). Parancsok: man ratpoison, https://www.nongnu.org/ratpoison/doc/
# A prefix C-t helyett C-z, mert a C-t a böngészőben új fül.

escape C-z
startup_message off

# ---- kinézet ----
set font terminus-12
set border 1
set barpadding 4 2
set bargravity ne
set fgcolor gray90
set bgcolor gray15
set fwcolor steelblue
set bwcolor gray30
set inputwidth 640
set msgwait 4
set waitcursor 1
set winname class
set padding 0 0 0 0

# ---- induláskor ----
exec xsetroot -cursor_name left_ptr -solid gray20
exec setxkbmap hu
exec redshift -l 47.5:19.0

# ---- programok (C-z után) ----
bind c exec kitty
bind C-c exec kitty
bind f exec firefox
bind e exec emacsclient -c
bind z exec zathura
bind L exec slock
unbind k
bind K kill
definekey top Print exec flameshot gui
alias term exec kitty
alias jegyzet exec kitty -e nvim ~/jegyzetek/olvasokor.md
bind n jegyzet
addhook switchwin banish

# ---- olvasókör: hatékony figyelem és állapottér-modellek ----
# C-z o, aztán egy szám: megnyitja a cikket. C-z o ? kiírja, melyik szám mi.
newkmap olvaso
bind o readkey olvaso
# 1. alkalom (november 14.):
#   [[T:2001.04451]]
definekey olvaso 1 exec xdg-open https://openreview.net/forum?id=rkgNKkHtvB
# 2. alkalom (november 21.):
#   [[T:1904.10509]]
definekey olvaso 2 exec xdg-open https://arxiv.org/abs/1904.10509
# 3. alkalom (november 28., Réka):
#   [[T:2111.00396]]
definekey olvaso 3 exec xdg-open https://arxiv.org/pdf/2111.00396v3
# 4. alkalom (december 5.):
#   [[T:2312.00752]]
#   előtte érdemes: [[T:2008.07669]] (arXiv:2008.07669)
definekey olvaso 4 exec xdg-open http://arxiv.org/abs/2312.00752
definekey olvaso 0 exec xdg-open https://github.com/hatekony-lab/olvasokor
definekey olvaso question echo 1 Reformer | 2 Sparse Transformers | 3 S4 | 4 Mamba | 0 repo
#
# Tavaszra, még nincs szám hozzájuk:
#   [[T:2006.04768]]
#   [[T:2004.05150]]
#   [[T:2011.04006]]
# Háttérolvasmány a GPU-s részhez: Sergey Slotin, "Algorithms for Modern Hardware" (online könyv, en.algorithmica.org/hpc).
# Az első alkalom felvétele: https://video.hatekony-lab.example.hu/olvasokor/2024-11
''', {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
