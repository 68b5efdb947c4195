#!/usr/bin/env python3
"""1990: a Dungeon Crawl Stone Soup vault file (`dat/des/variable/lab_czytelnia.des`: a comment header, two maps with
NAME / TAGS / DEPTH / ORIENT / WEIGHT / ITEM / MONS lines and MAP … ENDMAP), Polish: arXiv links (`/abs/`, `/pdf/…v1`,
`http://`) in `#` comments, one id in text, four titles alone, and non-papers (a repository, a dataset, a book, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, ALEXNET

F = by_num(1990)
TXT = f'''###############################################################################
# lab_czytelnia.des: czytelnia laboratorium widzenia komputerowego
#
# Każdy regał w tych vaultach to artykuł z listy lektur koła naukowego
# (klasyka widzenia i trening sieci). Autor: Zofia Wróbel.
# Repozytorium: https://github.com/zwrobel/crawl-czytelnia (kod, nie artykuł)
###############################################################################

# Regał A: {ALEXNET} — od tego wszystko się zaczęło (ImageNet / ILSVRC to zbiór danych, nie artykuł).
# Regał B: {T("1905.11946")}
#          https://arxiv.org/abs/1905.11946
# Regał C: {T("2004.08955")}, https://arxiv.org/pdf/2004.08955v1
NAME:    lab_czytelnia_a
TAGS:    transparent no_monster_gen
DEPTH:   D:4-12
ORIENT:  float
WEIGHT:  5
ITEM:    any book / any scroll
MONS:    hobgoblin / gnoll
MAP
xxxxxxxxxxx
x....d....x
x.xxx.xxx.x
x.x.....x.x
+....1....+
x.x.....x.x
x.xxx.xxx.x
x....d....x
xxxxxxxxxxx
ENDMAP

# Regał D: {T("2010.01412")} — http://arxiv.org/abs/2010.01412
# Regał E: {T("2103.09762")} (arXiv 2103.09762), ciągłe uczenie bez zapominania.
# Regał F: {T("2006.14536")}
# Regał G (medyczny): {T("2103.14339")}
# Regał H (grafika): {T("2103.14338")}
# Obok: podręcznik Szeliski "Computer Vision: Algorithms and Applications" i nagranie
# wykładu https://video.kolo-wizji.example.pl/wyklad/2024-10
NAME:    lab_czytelnia_b
TAGS:    transparent
DEPTH:   D:8-, Lair
ORIENT:  float
WEIGHT:  3
ITEM:    any book
MONS:    orc wizard
MAP
xxxxxxxxx
x.d...d.x
x.......x
+...1...+
x.......x
x.d...d.x
xxxxxxxxx
ENDMAP
'''

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
