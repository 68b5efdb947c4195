#!/usr/bin/env python3
"""2211: a tig configuration (`~/.tigrc`: `set` view options, `bind` lines with `!`, `@` and `?` external commands
and internal actions, `color` lines) of an invented Finnish PhD student whose agents / RL reading circle list sits in
`@xdg-open` bindings and `#` comments: arXiv links (`/abs/`, `/pdf/…v2`, `http://`) with the titles in comments,
`arXiv:2106.02039` in a comment, titles alone in comments (one paper not on arXiv); non-papers (the tig manual, a
repository, a book, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num, AGZ

F = by_num(2211)
TXT = fill(r'''# ~/.tigrc -- Aino Väisänen-Koskinen <aino.vaisanen@agentit-lab.example.fi>
# Ks. man tigrc tai https://jonas.github.io/tig/doc/tigrc.5.html

set main-view = line-number:no,interval=5 id:yes date:relative author:full commit-title:yes,graph,refs,overflow=no
set blame-view = date:default author:abbreviated file-name:auto id:yes,color line-number:no,interval=5 text
set tab-size = 4
set ignore-case = smart-case
set wrap-lines = yes
set line-graphics = utf-8
set mouse = yes
set refresh-mode = auto
set diff-highlight = true

bind generic g      move-first-line
bind generic G      move-last-line
bind main    R      !git rebase -i %(commit)^
bind main    C      ?git cherry-pick %(commit)
bind status  P      !git push
bind diff    F      :/^@@

# Lukupiiri (agentit ja vahvistusoppiminen), torstaisin klo 14:
#   Ctrl-T  [[T:2106.01345]]
#   Ctrl-Y  [[T:2204.01691]]
#   Ctrl-U  [[T:2310.08560]]
bind generic <Ctrl-T> @xdg-open https://arxiv.org/abs/2106.01345
bind generic <Ctrl-Y> @xdg-open https://arxiv.org/pdf/2204.01691v2
bind generic <Ctrl-U> @xdg-open http://arxiv.org/abs/2310.08560
bind generic <Ctrl-O> @xdg-open https://github.com/agentit-lab/lukupiiri

# Seuraavaksi (Mikko valitsee kaksi):
#   [[T:2106.02039]], arXiv:2106.02039
#   [[T:agz]] (Nature, kirjaston PDF)
#   [[T:2101.03958]]
#   [[T:2011.03459]]
#   [[T:2103.09762]]
# Kirja: Sutton & Barto, "Reinforcement Learning: An Introduction", 2. painos. Tallenne:
# https://video.agentit-lab.example.fi/lukupiiri/2024-10

color cursor        black   green   bold
color title-focus   white   blue    bold
color title-blur    white   default
color diff-header   yellow  default
color date          cyan    default
''', {"agz": AGZ})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
