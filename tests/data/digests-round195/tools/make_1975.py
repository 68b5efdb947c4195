#!/usr/bin/env python3
"""1975: an Indonesian reading group's PuzzleScript game source (`Perhatian Panjang`, as saved from the editor): the
prelude (title, author, homepage), OBJECTS with 5×5 sprites, LEGEND, SOUNDS, COLLISIONLAYERS, RULES, WINCONDITIONS and
LEVELS with `message` lines, `( … )` comments — with the papers: an OpenReview forum link and arXiv links in comments
and messages (`/abs/`, `/pdf/…v2`, `http://`), one id in a message (arxiv-text; no parentheses in messages, which
would be read as a comment), three titles alone — and non-papers (a repository, a blog post, a book, a talk). LF, a
final newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1975)


def build():
    return f"""title Perhatian Panjang
author Klub Baca Sekuens
homepage www.klubbaca.example.id

(Game kecil untuk sesi klub baca: tiap level satu paper tentang urutan panjang.
 Tolok ukur kita: {T("2011.04006")}
 https://openreview.net/forum?id={OR("2011.04006")}
 Kode mesin: github.com/increpare/PuzzleScript - repositori, bukan paper.)

========
OBJECTS
========

Background
lightgreen green
11111
01111
11101
11111
10111

Target
darkblue
.....
.000.
.0.0.
.000.
.....

Wall
brown darkbrown
00010
11111
01000
11111
00010

Player
black orange white blue
.000.
.111.
22222
.333.
.3.3.

Token
yellow orange
00000
0...0
0.1.0
0...0
00000

=======
LEGEND
=======

. = Background
# = Wall
P = Player
* = Token
O = Target
@ = Token and Target

=======
SOUNDS
=======

Token move 36772507
endlevel 83744503

================
COLLISIONLAYERS
================

Background
Target
Player, Wall, Token

======
RULES
======

[ > Player | Token ] -> [ > Player | > Token ]

==============
WINCONDITIONS
==============

All Target on Token

=======
LEVELS
=======

message Level 1: proyeksi rendah. {T("2006.04768")}
message https://arxiv.org/abs/2006.04768

#######
#.....#
#.*O..#
#..P..#
#######

message Level 2: jendela geser. {T("2004.05150")} - https://arxiv.org/pdf/2004.05150v2

########
#..O...#
#.**...#
#..P.O.#
########

message Level 3: hashing. {T("2001.04451")}, arXiv 2001.04451

(Catatan: {T("2312.00752")} http://arxiv.org/abs/2312.00752
 - seleksi membuat state space bisa "lupa".)

#######
#O....#
#.*#*.#
#..P.O#
#######

message Level 4: {T("2202.10447")}

########
#......#
#.*.@..#
#O.P...#
########

message Bonus: {T("2006.16236")}
message Bonus juga: {T("2105.06548")}

(Bacaan lain: blog "The Illustrated Transformer", buku "Dive into Deep Learning",
 rekaman sesi: https://video.klubbaca.example.id/sesi-12)

######
#.P..#
#.*O.#
######

message Terima kasih sudah bermain!
"""


if __name__ == "__main__":
    write_only(F, build(), keys(F))
