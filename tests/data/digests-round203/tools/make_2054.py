#!/usr/bin/env python3
"""2054: an xschem schematic (`relu_cell.sch`, file_version 1.2, an invented analog CNN cell), Ukrainian `T {…}` text
objects: arXiv links (`/abs/`, `http://…v2`, `/pdf/…v1`) in texts, one id in text, four titles alone (three not on
arXiv), and non-papers (a repository, xschem's manual, a book, a talk). Written from a plain template with
catalogue.fill markers. LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num, ALEX, GLOROT, DBN

F = by_num(2054)
TPL = '''v {xschem version=3.4.5 file_version=1.2
}
G {}
K {}
V {}
S {}
E {}
T {Аналогова CNN-комірка: ReLU + накопичувач (проєкт "zgortka")} -520 -560 0 0 0.6 0.6 {}
T {Автор: Оксана Ковальчук <o.kovalchuk@zgortka.example.com.ua>
Репозиторій: https://github.com/zgortka-ua/zgortka-cells} -520 -510 0 0 0.3 0.3 {}
T {Навіщо ця комірка (див. docs/chytannia.md):
- [[T:2106.10270]]
  https://arxiv.org/abs/2106.10270
- [[T:2004.08955]] - http://arxiv.org/abs/2004.08955v2
- пласкі мінімуми проти розкиду резисторів: [[T:2010.01412]]
  https://arxiv.org/pdf/2010.01412v1
- гладка активація замість ReLU: [[T:2006.14536]] (arXiv:2006.14536)} -520 -440 0 0 0.25 0.25 {}
T {Класика, без посилань (PDF у спільній теці):
"[[T:ALEX]]"
"[[T:GLOROT]]"
"[[T:DBN]]"
"[[T:2103.13462]]"} -520 -240 0 0 0.25 0.25 {}
T {Посібник xschem: https://xschem.sourceforge.io/stefan/xschem_man/xschem_man.html
Книга: Razavi, Design of Analog CMOS Integrated Circuits, розд. 5
Доповідь: https://video.zgortka.example.com.ua/dopovid/2024-07} -520 -100 0 0 0.25 0.25 {}
N 40 -300 40 -260 {lab=OUT}
N 40 -200 40 -160 {lab=GND}
N -80 -230 0 -230 {lab=IN}
N 40 -420 40 -360 {lab=VDD}
N 160 -300 40 -300 {lab=OUT}
C {sky130_fd_pr/nfet_01v8.sym} 20 -230 0 0 {name=M1
L=0.15
W=1
nf=1
mult=1
model=nfet_01v8
spiceprefix=X
}
C {sky130_fd_pr/res_high_po_0p35.sym} 40 -330 0 0 {name=R1
L=3.5
model=res_high_po_0p35
spiceprefix=X
mult=1}
C {devices/capa.sym} 160 -270 0 0 {name=C1
m=1
value=200f
footprint=1206
device="ceramic capacitor"}
C {devices/ipin.sym} -80 -230 0 0 {name=p1 lab=IN}
C {devices/opin.sym} 160 -300 0 0 {name=p2 lab=OUT}
C {devices/vdd.sym} 40 -420 0 0 {name=l1 lab=VDD}
C {devices/gnd.sym} 40 -160 0 0 {name=l2 lab=GND}
C {devices/gnd.sym} 160 -240 0 0 {name=l3 lab=GND}
'''
TXT = fill(TPL, {"ALEX": ALEX, "GLOROT": GLOROT, "DBN": DBN})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
