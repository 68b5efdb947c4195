#!/usr/bin/env python3
"""2213: an sxhkd configuration (`~/.config/sxhkd/sxhkdrc` for bspwm: hotkey lines, tab-indented command lines,
`{…}` sequences expanded in step between hotkey and command) of an invented Hungarian PhD student whose efficient
transformer / state space reading list sits in one brace-sequence hotkey and `#` comments: an OpenReview forum link
and arXiv links (`/abs/`, `/pdf/…v1`, `http://`) in the command's sequence with the titles in comments,
`arXiv:2103.14636` in a comment, titles alone in comments; non-papers (the sxhkd man page, a repository, a book, a
talk). LF; command lines indented with a tab, as sxhkd's examples are."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2213)
TXT = fill(r'''# ~/.config/sxhkd/sxhkdrc -- Bíró-Kertész Dóra <dora.kertesz@hatekony-lab.example.hu>
# man sxhkd; bspwm-hez: https://github.com/baskerville/bspwm/blob/master/examples/sxhkdrc

#
# wm független billentyűk
#

# terminál
super + Return
	alacritty

# programindító
super + @space
	rofi -show drun

# sxhkd konfiguráció újraolvasása
super + Escape
	pkill -USR1 -x sxhkd

#
# bspwm billentyűk
#

# kilépés / újraindítás
super + alt + {q,r}
	bspc {quit,wm -r}

# ablak bezárása / kilövése
super + {_,shift + }w
	bspc node -{c,k}

# fókusz / csere irányokban
super + {_,shift + }{h,j,k,l}
	bspc node -{f,s} {west,south,north,east}

# asztalra váltás / ablak küldése
super + {_,shift + }{1-9,0}
	bspc {desktop -f,node -d} '^{1-9,10}'

#
# olvasókör (hatékony transzformerek, szerda 10:00)
#

# super + alt + 1..4 megnyitja a heti cikkeket:
#   1  [[T:2111.00396]]
#   2  [[T:2004.05150]]
#   3  [[T:1904.10509]]
#   4  [[T:2008.07669]]
super + alt + {1-4}
	firefox --new-window {https://openreview.net/forum?id=uYLFoz1vlAC,https://arxiv.org/abs/2004.05150,https://arxiv.org/pdf/1904.10509v1,http://arxiv.org/abs/2008.07669}

# a kör tárolója
super + alt + g
	firefox --new-window https://github.com/hatekony-lab/olvasokor

# Később (Gábor szerint a félév végén):
#   [[T:2103.14636]] -- arXiv:2103.14636, összefoglalónak
#   [[T:2004.10102]]
#   [[T:2006.03236]]
#   [[T:2011.04006]]
# Könyv: Zhang, Lipton, Li & Smola, "Dive into Deep Learning", 11. fejezet.
# Felvétel: https://video.hatekony-lab.example.hu/olvasokor/2024-10
''', {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
