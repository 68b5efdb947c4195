#!/usr/bin/env python3
"""2248: an mpv key-bindings file (`~/.config/mpv/input.conf`: `KEY command [args]` lines, `;`-joined commands,
`#` comments, commented-out defaults) of an invented Argentine postdoc who watches her reading group's recorded
sessions with mpv and binds Alt+digits to open the paper being discussed (`run "xdg-open" "URL"; show-text
"title"`): arXiv links (`/abs/`, `/pdf/…v1`, `http://`, `/pdf/….pdf`) with their titles, `arXiv:2102.05918` in a
comment, titles alone in comments. No OpenReview link: none of these papers has one. Non-papers (mpv's manual, a
dataset, a book, the group's repository and the recordings). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2248)
TXT = fill(r'''# ~/.config/mpv/input.conf -- Lucía Benítez Arrieta <lucia.benitez@visionleng-lab.example.com.ar>
# mpv 0.38. Comandos: https://mpv.io/manual/stable/#list-of-input-commands
# Las grabaciones del grupo de lectura (visión + lenguaje, jueves 15 h) las miro con
#   mpv --save-position-on-quit https://video.visionleng-lab.example.com.ar/grupo/2024-10
# y con Alt+número abro el paper del que se está hablando, sin buscarlo.

# ---- reproducción ----
SPACE        cycle pause
RIGHT        seek 5
LEFT         seek -5
Shift+RIGHT  seek 60
Shift+LEFT   seek -60
UP           add volume 2
DOWN         add volume -2
m            cycle mute
[            multiply speed 1/1.1
]            multiply speed 1.1
BS           set speed 1.0
f            cycle fullscreen
v            cycle sub-visibility
j            cycle sub
s            screenshot
S            screenshot video
i            script-binding stats/display-stats-toggle
Ctrl+l       cycle-values loop-file "inf" "no"
q            quit-watch-later
Q            quit
#MBTN_LEFT   ignore
#WHEEL_UP    seek 10

# ---- grupo de lectura: el paper de cada sesión ----
Alt+1 run "xdg-open" "https://arxiv.org/abs/2103.00020"; show-text "[[T:2103.00020]]" 3000
Alt+2 run "xdg-open" "https://arxiv.org/pdf/2106.13884v1"; show-text "[[T:2106.13884]]" 3000
Alt+3 run "xdg-open" "http://arxiv.org/abs/2304.02643"; show-text "[[T:2304.02643]]" 3000
Alt+4 run "xdg-open" "https://arxiv.org/pdf/2011.04419.pdf"; show-text "[[T:2011.04419]]" 3000
Alt+0 run "xdg-open" "https://github.com/visionleng-lab/grupo-de-lectura"; show-text "Repo del grupo" 2000

# Pendientes (todavía sin grabación, Facu los presenta en noviembre):
#   [[T:2102.05918]] -- arXiv:2102.05918
#   [[T:2303.15343]]
#   [[T:2304.08485]]
#   [[T:2006.14536]] (este es el de robustez, lo pidió Facu)
# Datos para los ejemplos: MS COCO (captions 2017). Libro para los nuevos: Zhang, Lipton, Li & Smola, "Dive into Deep Learning", cap. 11.
''', {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
