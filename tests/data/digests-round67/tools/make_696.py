#!/usr/bin/env python3
"""696 (negative): a gnuplot 5.4 script with inline datablocks (`$name << EOD` … `EOD`), Greek comments, labels and
titles (`set encoding utf8`), pngcairo terminal, multiplot layout, `fit … via`, time axes (`set xdata time`,
`timefmt`), histogram style, line styles, `replot`-free `plot` commands with `\\` continuations. A lab's training
curves and GPU-hour plots: software, datasets and a cluster are named, no paper."""
import math, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F696

loss = []
for i in range(0, 61):
    step = i * 500
    tr = 2.1 + 6.4 * math.exp(-step / 4200) + 0.03 * math.sin(i * 1.7)
    va = 2.25 + 6.1 * math.exp(-step / 4600) + 0.02 * math.cos(i * 1.3)
    loss.append(f"{step:6d}  {tr:.3f}  {va:.3f}  {2e-4 * min(1, (step + 1) / 2000) * 0.5 * (1 + math.cos(math.pi * step / 30000)):.2e}")
wer = []
for i in range(0, 25):
    ep = i + 1
    wer.append(f"{ep:3d}  {38.5 * math.exp(-ep / 6) + 14.2:.2f}  {41.0 * math.exp(-ep / 6.5) + 16.8:.2f}")
weeks = ["2024-02-05", "2024-02-12", "2024-02-19", "2024-02-26", "2024-03-04", "2024-03-11", "2024-03-18", "2024-03-25",
         "2024-04-01", "2024-04-08", "2024-04-15", "2024-04-22", "2024-04-29", "2024-05-06"]
gpu = [f'{w}  {int(120 + 37 * (k % 5) + 9 * k)}  {int(60 + 21 * ((k + 2) % 4))}  {int(15 + 11 * (k % 3))}' for k, w in enumerate(weeks)]

NL = "\n"
raw = f"""#!/usr/bin/gnuplot
#
# kampyles.gp — καμπύλες εκπαίδευσης και ώρες GPU για τη μηνιαία αναφορά της ομάδας
# Εργαστήριο Επεξεργασίας Φωνής και Λόγου, Πανεπιστήμιο Αιγαιοπελαγίτικο (πλασματικό)
#
# Χρήση:   gnuplot kampyles.gp        (παράγει 3 αρχεία PNG στον φάκελο figs/)
# Απαιτεί: gnuplot >= 5.2 (datablocks), γραμματοσειρά DejaVu Sans
#
# Τα δεδομένα εξήχθησαν από το W&B (export CSV) και από το slurm accounting (sacct) του cluster «Ίκαρος».
# Τελευταία αλλαγή: 2024-05-10, Ν. Παπαδάκη
#

set encoding utf8
set terminal pngcairo size 1400,900 enhanced font "DejaVu Sans,11" linewidth 1.5
set datafile commentschars "#"

# ------------------------------------------------------------------ χρώματα / στυλ
set style line 1 lc rgb "#1f77b4" lt 1 lw 2 pt 7 ps 0.6   # εκπαίδευση
set style line 2 lc rgb "#d62728" lt 1 lw 2 pt 5 ps 0.6   # επικύρωση
set style line 3 lc rgb "#7f7f7f" dt 2 lw 1               # ρυθμός μάθησης
set style line 9 lc rgb "#e0e0e0" lt 1 lw 0.5             # πλέγμα
set grid back ls 9
set key top right box opaque samplen 2

# ------------------------------------------------------------------ δεδομένα
# βήμα, απώλεια εκπαίδευσης, απώλεια επικύρωσης, ρυθμός μάθησης
# (μοντέλο αναγνώρισης φωνής, κωδικός πειράματος asr-el-0412, PyTorch 2.2, bf16)
$loss << EOD
{NL.join(loss)}
EOD

# εποχή, WER (%) στο Common Voice ελληνικά (dev), WER (%) στο εσωτερικό σύνολο «Ραδιόφωνο-Κρήτη»
$wer << EOD
{NL.join(wer)}
EOD

# εβδομάδα (Δευτέρα), ώρες GPU: ομάδα φωνής, ομάδα κειμένου, διδασκαλία (εργαστήρια μεταπτυχιακού)
$gpu << EOD
{NL.join(gpu)}
EOD

# ------------------------------------------------------------------ προσαρμογή εκθετικής καμπύλης
f(x) = a * exp(-x / b) + c
a = 6.0; b = 4000.0; c = 2.0
set fit quiet logfile "/dev/null"
fit f(x) $loss using 1:3 via a, b, c
aktsteady = sprintf("ασυμπτωτική απώλεια επικύρωσης ≈ %.2f", c)

# ------------------------------------------------------------------ σχήμα 1: απώλειες + ρυθμός μάθησης
set output "figs/kampyles_apoleias.png"
set title "Απώλεια εκπαίδευσης και επικύρωσης (asr-el-0412)" font ",14"
set xlabel "βήμα βελτιστοποίησης"
set ylabel "απώλεια CTC (ανά πλαίσιο)"
set y2label "ρυθμός μάθησης"
set y2tics nomirror format "%.0e"
set ytics nomirror
set xrange [0:30000]
set yrange [1.5:9]
set label 1 aktsteady at graph 0.55, graph 0.45 font ",11"
plot $loss using 1:2 with lines ls 1 title "εκπαίδευση", \\
     $loss using 1:3 with linespoints ls 2 title "επικύρωση", \\
     f(x) with lines lc rgb "#2ca02c" dt 3 title "εκθετική προσαρμογή", \\
     $loss using 1:4 axes x1y2 with lines ls 3 title "ρυθμός μάθησης (cosine, warm-up 2000)"
unset label 1
unset y2label
unset y2tics

# ------------------------------------------------------------------ σχήμα 2: WER ανά εποχή
set output "figs/wer_ana_epochi.png"
set multiplot layout 1,2 title "Ποσοστό λαθών λέξεων (WER) ανά εποχή" font ",14"
set title "Common Voice (ελληνικά), dev"
set xlabel "εποχή"
set ylabel "WER (%)"
set xrange [1:25]
set yrange [10:55]
set key top right
plot $wer using 1:2 with linespoints ls 1 title "asr-el-0412"
set title "Εσωτερικό σύνολο «Ραδιόφωνο-Κρήτη»"
set ylabel ""
plot $wer using 1:3 with linespoints ls 2 title "asr-el-0412"
unset multiplot

# ------------------------------------------------------------------ σχήμα 3: ώρες GPU ανά εβδομάδα
set output "figs/ores_gpu.png"
reset
set encoding utf8
set grid ytics back ls 9
set title "Ώρες GPU ανά εβδομάδα στον «Ίκαρο» (A100 40GB, από sacct)" font ",14"
set style data histograms
set style histogram rowstacked
set style fill solid 0.85 border -1
set boxwidth 0.75
set xtics rotate by -45 scale 0 font ",9"
set ylabel "ώρες GPU"
set yrange [0:*]
set key outside right top vertical title "χρήση"
plot $gpu using 2:xtic(1) lc rgb "#1f77b4" title "ομάδα φωνής", \\
     '' using 3 lc rgb "#ff7f0e" title "ομάδα κειμένου", \\
     '' using 4 lc rgb "#9467bd" title "διδασκαλία"

# Σημειώσεις για την επόμενη αναφορά:
#  - να προστεθεί η κατανάλωση ενέργειας (nvidia-smi --query-gpu=power.draw) όταν διορθωθεί ο exporter
#  - το ποσοστό αξιοποίησης (GPU util) από το Grafana είναι πολύ θορυβώδες· χρήση μέσου όρου ανά ώρα
#  - οι ώρες διδασκαλίας αφορούν το μάθημα «Βαθιά Μάθηση για Ομιλία» (εαρινό εξάμηνο)
"""
write(F696, raw, negative=True)
