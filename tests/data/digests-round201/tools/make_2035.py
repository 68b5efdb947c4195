#!/usr/bin/env python3
"""2035: a GTKWave save file (`nas_accel.gtkw` of an invented FPGA testbench), Indonesian: arXiv links (`/abs/`,
`http://`, `/pdf/…v4`) in `[*]` comment lines and `-` comment traces, one id in text, four titles alone, and
non-papers (a repository, a book, docs, a talk). GTKWave's header, bracketed settings, flag lines, signals and
groups, LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(2035)
ZOOM = "*-16.000000 131000 " + " ".join(["-1"] * 26)
TXT = f'''[*]
[*] GTKWave Analyzer v3.3.118 (w)1999-2023 BSI
[*] Tue Mar  5 02:14:07 2024
[*]
[*] Catatan lab (Dewi Kusumawati, Lab Sistem Cerdas): testbench akselerator pencarian arsitektur.
[*] Bacaan wajib: {T("2101.08809")} - https://arxiv.org/abs/2101.08809
[*] Bacaan tambahan (tanpa tautan): "{T("2011.03459")}", "{T("2208.12242")}",
[*]   "{T("2006.05990")}" dan "{T("2101.03958")}".
[*] Buku: Hennessy & Patterson, Computer Architecture: A Quantitative Approach (bukan makalah).
[*] Kode: https://github.com/lab-sistem-cerdas/nas-accel  Rekaman: https://video.sistemcerdas.example.ac.id/presentasi/2024-03
[*]
[dumpfile] "/home/dewi/nas-accel/sim/build/nas_accel_tb.vcd"
[dumpfile_mtime] "Tue Mar  5 02:10:51 2024"
[dumpfile_size] 1843296
[savefile] "/home/dewi/nas-accel/sim/nas_accel.gtkw"
[timestart] 0
[size] 1920 1043
[pos] -1 -1
{ZOOM}
[treeopen] nas_accel_tb.
[treeopen] nas_accel_tb.dut.
[sst_width] 253
[signals_width] 262
[sst_expanded] 1
[sst_vpaned_height] 301
@28
nas_accel_tb.clk
nas_accel_tb.rst_n
@200
-Ruang pencarian (supernet) - {T("2108.04392")}
-http://arxiv.org/abs/2108.04392
@800200
-supernet
@22
nas_accel_tb.dut.arch_sel[3:0]
nas_accel_tb.dut.op_onehot[7:0]
@28
nas_accel_tb.dut.mux_valid
@1000200
-supernet
@200
-Hiperparameter + arsitektur sekaligus: {T("2006.03656")} (arXiv:2006.03656)
@800200
-adaptor
@200
-Bobot adaptor: {T("2402.09353")}, https://arxiv.org/pdf/2402.09353v4
@420
nas_accel_tb.dut.lora_acc[31:0]
nas_accel_tb.dut.mag_scale[15:0]
@1000200
-adaptor
[pattern_trace] 1
[pattern_trace] 0
'''

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
