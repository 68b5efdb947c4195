#!/usr/bin/env python3
"""2267: an xpdf configuration (`~/.xpdfrc`: one option per line with its arguments, `#` comment lines, `bind KEY
CONTEXT COMMAND…` key bindings, four of them `run(xdg-open URL)` under a comment holding the paper's title) of an
invented Slovenian NLP researcher who reads her group's LLM papers in xpdf: an OpenReview forum link and arXiv links
(`/abs/`, `/pdf/…v5`, `http://`) beside the titles, a bare `1910.10683v4` beside a title, titles alone (one of them,
OpenAI's GPT-2 report, not on arXiv); non-papers (xpdf's manual, a book, the group's repository and a talk recording).
LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num, GPT2

F = by_num(2267)
TXT = fill(r'''# ~/.xpdfrc -- Tjaša Kovačič Zupan <tjasa.kovacic@jezik-lab.example.si>
# xpdf 4.04 (Arch). Vse možnosti so v "man xpdfrc" ali na https://www.xpdfreader.com/xpdfrc-man.html
# Vrstice, ki se začnejo z "#", so komentarji; komentar na koncu vrstice xpdf NE razume.

#----- prikaz ---------------------------------------------------------------
initialZoom width
initialDisplayMode continuous
initialSidebarState no
paperColor ivory
matteColor slategray
reverseVideoInvertImages no
antialias yes
vectorAntialias yes

#----- besedilo (kopiranje citatov v zapiske) --------------------------------
textEncoding UTF-8
textEOL unix
textPageBreaks no

#----- tisk, povezave, seja --------------------------------------------------
psPaperSize A4
urlCommand "firefox %s"
launchCommand "xdg-open"
savePageNumbers yes

#----- tipke: vim navade -----------------------------------------------------
bind j any scrollDown(32)
bind k any scrollUp(32)
bind h any scrollLeft(32)
bind l any scrollRight(32)
bind g any gotoPage(1)
bind shift-g any gotoLastPage
bind ctrl-d any pageDown
bind ctrl-u any pageUp
bind shift-w any zoomFitWidth
bind shift-p any zoomFitPage
bind r any reload
bind q any quit
bind f11 any toggleFullScreenMode
bind esc fullScreen windowMode
# ctrl-n: zapiski k trenutnemu PDF-ju (ime datoteke brez .pdf) v Neovimu
bind ctrl-n any run(kitty nvim ~/zapiski/%b.md)

#----- bralni krožek "Veliki jezikovni modeli", zimski semester 2024/25 ------
# alt-1 … alt-4 odprejo članke za naslednja srečanja, alt-0 repozitorij krožka.
# 1. srečanje (21. 11., predstavi Žiga):
#    [[T:2201.11903]]
bind alt-1 any run(xdg-open https://openreview.net/forum?id=_VjQlMeSB_J)
# 2. srečanje (28. 11.):
#    [[T:2206.07682]]
bind alt-2 any run(xdg-open https://arxiv.org/abs/2206.07682)
# 3. srečanje (5. 12.):
#    [[T:2204.02311]]
bind alt-3 any run(xdg-open https://arxiv.org/pdf/2204.02311v5)
# 4. srečanje (12. 12., jaz):
#    [[T:2001.08361]]
bind alt-4 any run(xdg-open http://arxiv.org/abs/2001.08361)
bind alt-0 any run(xdg-open https://github.com/jezik-lab/bralni-krozek)
#
# Januar (Žiga jih še ni razdelil, zato še brez tipk):
#    [[T:1910.10683]] (1910.10683v4)
#    [[T:gpt2]]
#    [[T:2307.09288]]
#    [[T:2207.05221]]
# Knjiga ob strani: Sebastian Raschka, "Build a Large Language Model (From Scratch)", Manning 2024.
# Posnetek prvega srečanja: https://video.jezik-lab.example.si/krozek/2024-11
''', {"gpt2": GPT2})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
