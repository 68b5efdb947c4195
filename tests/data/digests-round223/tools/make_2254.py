#!/usr/bin/env python3
"""2254: a VMD start-up file (`~/.vmdrc`, Tcl read by VMD at start: `menu`, `display`, `color`, `axes`, `mol
default` commands, `user add key` bindings, a Tcl list of {title URL} pairs, a `proc` that prints it, Alt-digit keys
that pass an entry's URL to `vmd_open_url`) of an invented Greek computational chemist whose optimisation / AutoML
reading group sits in that list: an OpenReview forum link and arXiv links (`/abs/`, `/pdf/…v1`, `http://`) beside
their titles, `arXiv:2103.13462` in a comment, titles alone in comments (one of them, Glorot & Bengio's paper, not on
arXiv); non-papers (VMD's user guide, two books, the group's repository and a talk recording). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num, GLOROT

F = by_num(2254)
TXT = fill(r'''# ~/.vmdrc -- Κατερίνα Παπαδοπούλου-Νικολάου <k.papadopoulou@molsim-lab.example.gr>
# VMD 1.9.4, διαβάζεται στην εκκίνηση (Tcl). Οδηγός χρήσης: https://www.ks.uiuc.edu/Research/vmd/current/ug/

# ---- παράθυρα ----
menu main on
menu main move 5 225
menu graphics on

# ---- εμφάνιση ----
display projection Orthographic
display depthcue off
display rendermode GLSL
display ambientocclusion on
color Display Background white
axes location Off

# ---- προεπιλογές για κάθε νέο μόριο ----
mol default style NewCartoon
mol default color Structure
mol default material AOChalky

# ---- πλήκτρα ----
user add key Alt-c {mol modcolor 0 top Chain}
user add key Alt-s {rotate stop}

# ---- ομάδα ανάγνωσης: βελτιστοποίηση και AutoML (Δευτέρα 12:00, αίθουσα Β2) ----
# Alt-1 ... Alt-4 ανοίγουν το άρθρο στον browser, Alt-0 το αποθετήριο της ομάδας.
# "anagnoseis" στην κονσόλα τυπώνει τη λίστα. Τη σειρά την κρατάει ο Γιώργος.
set anagnoseis {
    {{[[T:2010.02014]]} https://openreview.net/forum?id=zOGdf9K8aC}
    {{[[T:2010.01412]]} https://arxiv.org/abs/2010.01412}
    {{[[T:2101.08809]]} https://arxiv.org/pdf/2101.08809v1}
    {{[[T:2103.09762]]} http://arxiv.org/abs/2103.09762}
    {{Αποθετήριο της ομάδας} https://github.com/molsim-lab/omada-anagnosis}
}

proc anagnoseis {} {
    foreach a $::anagnoseis {
        puts [format "%-72s %s" [lindex $a 0] [lindex $a 1]]
    }
}

user add key Alt-1 {vmd_open_url [lindex $::anagnoseis 0 1]}
user add key Alt-2 {vmd_open_url [lindex $::anagnoseis 1 1]}
user add key Alt-3 {vmd_open_url [lindex $::anagnoseis 2 1]}
user add key Alt-4 {vmd_open_url [lindex $::anagnoseis 3 1]}
user add key Alt-0 {vmd_open_url [lindex $::anagnoseis 4 1]}

# Για αργότερα (δεν είναι ακόμα στη λίστα):
#   [[T:2103.13462]] -- arXiv:2103.13462
#   [[T:glorot]]
#   [[T:2108.04392]]
#   [[T:2006.03656]]
# Βιβλία: Nocedal & Wright, "Numerical Optimization" (κεφ. 3), και Frenkel & Smit, "Understanding Molecular Simulation".
# Η τελευταία παρουσίαση: https://video.molsim-lab.example.gr/omada/2024-11
''', {"glorot": GLOROT})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
