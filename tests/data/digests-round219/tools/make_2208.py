#!/usr/bin/env python3
"""2208: a zathura configuration (`~/.config/zathura/zathurarc`: `set` options, `map` lines with shortcut functions,
`feedkeys` mappings that run `:exec firefox …`) of an invented German postdoc whose self-supervised vision reading
list sits in the F-key mappings and in `#` comments: an OpenReview forum link and arXiv links (`/abs/`, `/pdf/…v3`,
`http://`) in feedkeys arguments with the titles in comments, `arXiv:1912.11370` in a comment, titles alone in
comments; non-papers (the zathura docs, a repository, a book, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2208)
TXT = fill(r'''# ~/.config/zathura/zathurarc
# Jonas Weißenborn <jonas.weissenborn@selbstlern-lab.example.de>
# Lesekreis „Selbstüberwachtes Lernen“, WiSe 2024/25 -- Doku: man 5 zathurarc, https://pwmt.org/projects/zathura/

set selection-clipboard clipboard
set adjust-open "best-fit"
set pages-per-row 1
set scroll-page-aware "true"
set scroll-step 80
set zoom-min 10
set guioptions ""
set window-title-basename "true"
set statusbar-h-padding 0
set statusbar-v-padding 0
set recolor-lightcolor "#fdf6e3"
set recolor-darkcolor "#073642"
set default-bg "#fdf6e3"
set font "IBM Plex Sans 10"
set database "sqlite"

map u scroll half-up
map d scroll half-down
map D toggle_page_mode
map r reload
map R rotate
map K zoom in
map J zoom out
map i recolor
map p print
map [fullscreen] q toggle_fullscreen

# Lesekreis: F1-F4 öffnen die Papiere der Woche im Browser (zathura kennt kein open-url, daher :exec)
#   F1  [[T:2011.06182]]
#   F2  [[T:2106.08254]]
#   F3  [[T:2103.03230]]
#   F4  [[T:2006.07733]]
map <F1> feedkeys ":exec firefox https://openreview.net/forum?id=3rRgu7OGgBI<Return>"
map <F2> feedkeys ":exec firefox https://arxiv.org/abs/2106.08254<Return>"
map <F3> feedkeys ":exec firefox https://arxiv.org/pdf/2103.03230v3<Return>"
map <F4> feedkeys ":exec firefox http://arxiv.org/abs/2006.07733<Return>"
map <F5> feedkeys ":exec firefox https://github.com/selbstlern-lab/lesekreis<Return>"

# Noch ohne Taste (Miriam stellt sie im Januar vor):
#   [[T:1912.11370]] -- arXiv:1912.11370
#   [[T:2010.04592]]
#   [[T:1512.03385]] (als Hintergrund, Abschnitt 3)
#   [[T:1502.01852]] (nur die Initialisierung)
# Buch: Bishop & Bishop, "Deep Learning: Foundations and Concepts" (Springer, 2024), Kap. 6.
# Vortragsaufzeichnung: https://video.selbstlern-lab.example.de/lesekreis/2024-11
''', {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
