#!/usr/bin/env python3
"""2034: a Yosys synthesis script (`synth_cnn.ys` of an invented iCE40 CNN accelerator), Polish comments: arXiv links
(`/abs/`, `/pdf/…v1`, `http://…v5`) in `#` comments, one id in text, four titles alone (two not on arXiv), and
non-papers (a repository, docs, a book, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, GLOROT, DBN

F = by_num(2034)
TXT = f'''# synth_cnn.ys - synteza akceleratora splotow "splot-ice" dla iCE40 UP5K
# Uruchomienie: yosys -s synth_cnn.ys -l build/synth.log
# Autor: Marek Wiśniewski (@mwisniewski-fpga), repo: https://github.com/splot-ice/splot-ice
#
# Architektura sieci na plytce (koło naukowe, sala 118):
#   bloki resztkowe - {T("1512.03385")}, https://arxiv.org/abs/1512.03385
#   aktywacja PReLU - {T("1502.01852")}
#                     https://arxiv.org/pdf/1502.01852v1
#   skalowanie szer./glebokosci - {T("1905.11946")} (http://arxiv.org/abs/1905.11946v5)
#   wagi trenowane z {T("2010.01412")} (arXiv:2010.01412), lepiej znosza kwantyzacje
#
# Do przeczytania przed nastepnym spotkaniem:
#   "{GLOROT}"
#   "{DBN}"
#   "{T("2006.14536")}"
#   "{T("2103.13462")}"
# Ksiazka: Goodfellow, Bengio, Courville - Deep Learning (rozdz. 8 i 9).
# Dokumentacja Yosysa: https://yosyshq.readthedocs.io/projects/yosys/en/latest/
# Nagranie z prezentacji: https://video.splot-ice.example.pl/prezentacja/2024-04

read_verilog -sv rtl/pkg_splot.sv
read_verilog -sv rtl/conv3x3.sv
read_verilog -sv rtl/prelu.sv
read_verilog -sv rtl/residual_add.sv
read_verilog -sv rtl/cnn_top.sv
read_verilog -lib +/ice40/cells_sim.v

hierarchy -check -top cnn_top
proc; opt; fsm; opt; memory; opt

# mnozenia na blokach DSP (SB_MAC16), reszta w LUT-ach
synth_ice40 -top cnn_top -dsp -abc9 -json build/cnn_top.json

tee -o build/stat.txt stat -width
check -assert
write_verilog -noattr build/cnn_top_syn.v
'''

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
