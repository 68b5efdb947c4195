#!/usr/bin/env python3
"""2074: a VASP INCAR (an invented machine-learned force-field run), Vietnamese `#` and `!` comments: arXiv links
(`/abs/`, `/pdf/….pdf`, `http://`) and an OpenReview forum link in comments, one id in an inline `!` comment, three
titles alone in comments, and non-papers (the VASP wiki, a book, the MD17 dataset, a talk, the group's repository).
LF; the file is named INCAR, as VASP wants it."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only, OR
from make_expected import keys, by_num

F = by_num(2074)
TXT = fill('''SYSTEM = Li3PS4 64 nguyen tu - MLFF hoc truc tuyen (dot 3)
# INCAR cho chạy học trường lực (MLFF) trên cụm máy của nhóm
# Người phụ trách: Nguyễn Thị Thu Hằng <hang.nguyen@vatlieu-ml.example.vn>
# Kịch bản: https://github.com/vatlieu-ml/li3ps4-mlff  (thư mục runs/dot3)
# Tham số MLFF xem https://www.vasp.at/wiki/index.php/ML_MODE
#
# Ghi chú đọc (nhóm thử mô hình chuỗi dài cho quỹ đạo MD, so sánh với MLFF của VASP):
#   [[T:2111.00396]] -- https://openreview.net/forum?id=[[ID:ORS4]]
#   [[T:2205.14135]] -- https://arxiv.org/abs/2205.14135
#   [[T:2006.04768]] -- https://arxiv.org/pdf/2006.04768.pdf
#   [[T:2004.05150]] -- http://arxiv.org/abs/2004.05150
#   chưa có link: [[T:2011.04006]]
#                 [[T:1904.10509]]
#                 [[T:2006.03236]]
# Sách: Richard M. Martin, "Electronic Structure: Basic Theory and Practical Methods"
# Dữ liệu so sánh: MD17 (phân tử nhỏ), báo cáo nhóm: https://video.vatlieu-ml.example.vn/baocao/2024-05

# --- điện tử ---
ISTART = 0
ICHARG = 2
ENCUT = 520
PREC = Normal
ALGO = Fast
EDIFF = 1E-5
LREAL = Auto
ISMEAR = 0 ; SIGMA = 0.05
ISPIN = 1
LASPH = .TRUE.

# --- động lực học phân tử ---
IBRION = 0
MDALGO = 3
LANGEVIN_GAMMA = 10 10 10
LANGEVIN_GAMMA_L = 10
ISIF = 3
PMASS = 1000
TEBEG = 300
TEEND = 600
POTIM = 1.5
NSW = 20000
ISYM = 0

# --- học trường lực ---
ML_LMLFF = .TRUE.
ML_MODE = train          ! lần sau: refit rồi run; bộ mã hoá chuỗi thử theo [[T:2312.00752]] (arXiv:2312.00752)
ML_RCUT1 = 8
ML_RCUT2 = 5
ML_MB = 4000
ML_WTSIF = 2

# --- ghi file ---
LWAVE = .FALSE.
LCHARG = .FALSE.
NBLOCK = 10
NCORE = 8
''', {"ORS4": OR("2111.00396")})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
