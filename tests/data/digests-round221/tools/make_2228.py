#!/usr/bin/env python3
"""2228: a NetHack options file (`~/.nethackrc` for NetHack 3.6: `OPTIONS=` lines of booleans and compound options,
`MENUCOLOR=`, `AUTOPICKUP_EXCEPTION=`, `MSGTYPE=`, `#` comments) of an invented Swedish RL researcher whose agents
reading circle sits in comments: an OpenReview forum link and arXiv links (`/abs/`, `/pdf/…v1`, `http://`) each under
its title, `arXiv:2101.03958` beside a title, titles alone; non-papers (the NetHack wiki, the NLE package, a book, the
circle's repository and a talk recording). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2228)
TXT = fill(r'''# ~/.nethackrc -- Linnea Åberg-Sundqvist <linnea.aberg@spelagent-lab.example.se>
# NetHack 3.6.7. Samma fil läses av NLE-paketet på labbservern (NETHACKOPTIONS pekar hit),
# så håll den snäll: inga BIND-rader, inget autopickup som agenten inte vet om.
# Alla alternativ: https://nethackwiki.com/wiki/Options

OPTIONS=windowtype:tty
OPTIONS=name:Linnea,role:Valkyrie,race:human,gender:female,align:neutral
OPTIONS=pettype:cat,catname:Kanelbulle,dogname:Smulan,horsename:Blixten
OPTIONS=fruit:hjortron
OPTIONS=!autopickup,pickup_types:$?!/="+
OPTIONS=autodig,autoquiver,!cmdassist,!legacy,!news,!sparkle
OPTIONS=time,showexp,showscore,color,lit_corridor,standout
OPTIONS=menucolors,msghistory:50,msg_window:reversed
OPTIONS=runmode:teleport,sortloot:full
OPTIONS=symset:DECgraphics
OPTIONS=hilite_status:hitpoints/<33%/red&bold

MENUCOLOR=" blessed "=green
MENUCOLOR=" cursed "=red
MENUCOLOR=" uncursed "=cyan
MENUCOLOR="loadstone"=red&underline

AUTOPICKUP_EXCEPTION="<*loadstone"
MSGTYPE=hide "You swap places with .*"
MSGTYPE=hide "You see here .* corpse\."
MSGTYPE=stop "You are beginning to feel weak\."

# ---- Läscirkeln (torsdagar 13:15, Oskar bokar rummet) ----
# Det vi läser i höst, i den här ordningen:
#   [[T:2210.03629]]
#     https://openreview.net/forum?id=WE_vluYUL-X
#   [[T:2106.01345]]
#     https://arxiv.org/abs/2106.01345
#   [[T:2006.05990]]
#     https://arxiv.org/pdf/2006.05990v1
#   [[T:2307.15818]]
#     http://arxiv.org/abs/2307.15818
# Kanske i vår:
#   [[T:2101.03958]] (arXiv:2101.03958)
#   [[T:2308.03688]]
#   [[T:2204.01691]]
#   [[T:2011.03459]] -- Oskars förslag, passar egentligen inte här
# Bok för nya doktorander: Kochenderfer, Wheeler & Wray, "Algorithms for Decision Making".
# Miljön: https://github.com/heiner/nle -- våra skript: https://github.com/spelagent-lab/lasecirkel
# Inspelning från förra gången: https://video.spelagent-lab.example.se/lasecirkel/2024-10
''', {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
