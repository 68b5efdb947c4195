#!/usr/bin/env python3
"""2246 (NEGATIVE): the EndNote library of a master's student at Akaki Tsereteli State University (Kutaisi) for a
machine-learning course, exported with the «RefMan (RIS) Export» output style as a Unicode (UTF-8) text file (as
remembered: a BOM, CR LF, «TAG  - value» lines, «TY  - » first and «ER  - » last in each record, a blank line between
records, EndNote's record number in «ID», types BOOK / COMP / DATA / ELEC / VIDEO, «Y2» access dates «yyyy/mm/dd»,
«L1» attachments as «internal-pdf://»). Georgian notes with English titles. No paper: books, software, a data set, a
course, a blog post and a video series only.
Computed: the ISBN-13 check digits (asserted), the record layout."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num
F = by_num(2246)
R = [
 [("TY", "BOOK"), ("ID", "3"), ("AU", "Goodfellow, Ian"), ("AU", "Bengio, Yoshua"), ("AU", "Courville, Aaron"), ("PY", "2016"),
  ("TI", "Deep Learning"), ("CY", "Cambridge, MA"), ("PB", "MIT Press"), ("SN", "9780262035613"), ("KW", "სახელმძღვანელო"),
  ("N1", "ძირითადი თეორიული წყარო კურსისთვის: თავები 5–9. უფასო ვერსია: deeplearningbook.org"),
  ("UR", "https://www.deeplearningbook.org/")],
 [("TY", "BOOK"), ("ID", "4"), ("AU", "Bishop, Christopher M."), ("PY", "2006"), ("TI", "Pattern Recognition and Machine Learning"),
  ("CY", "New York"), ("PB", "Springer"), ("SN", "9780387310732"), ("KW", "სახელმძღვანელო"),
  ("N1", "ალბათური მოდელები; ბიბლიოთეკაში ორი ეგზემპლარია.")],
 [("TY", "BOOK"), ("ID", "7"), ("AU", "Géron, Aurélien"), ("PY", "2022"), ("ET", "3"),
  ("TI", "Hands-On Machine Learning with Scikit-Learn, Keras, and TensorFlow"), ("CY", "Sebastopol, CA"),
  ("PB", "O'Reilly Media"), ("SN", "9781098125974"), ("KW", "პრაქტიკა"),
  ("N1", "პრაქტიკული სამუშაოების სახელმძღვანელო, თავები 1–4."), ("L1", "internal-pdf://1874402215/Geron_HOML3_ch1-4.pdf")],
 [("TY", "BOOK"), ("ID", "9"), ("AU", "Chollet, François"), ("PY", "2021"), ("ET", "2"), ("TI", "Deep Learning with Python"),
  ("CY", "Shelter Island, NY"), ("PB", "Manning"), ("SN", "9781617294433"), ("KW", "პრაქტიკა"),
  ("N1", "Keras-ის მაგალითები ლაბორატორიული სამუშაოებისთვის.")],
 [("TY", "COMP"), ("ID", "11"), ("AU", "PyTorch Foundation"), ("PY", "2024"), ("TI", "PyTorch"), ("ET", "2.5"),
  ("KW", "პროგრამული უზრუნველყოფა"), ("N1", "ყველა ლაბორატორიული ამ ბიბლიოთეკით სრულდება."), ("UR", "https://pytorch.org/"),
  ("Y2", "2026/03/02")],
 [("TY", "COMP"), ("ID", "12"), ("AU", "scikit-learn developers"), ("PY", "2024"), ("TI", "scikit-learn: Machine Learning in Python"),
  ("ET", "1.5"), ("KW", "პროგრამული უზრუნველყოფა"), ("UR", "https://scikit-learn.org/stable/"), ("Y2", "2026/03/02")],
 [("TY", "DATA"), ("ID", "15"), ("AU", "Mozilla Foundation"), ("PY", "2025"), ("TI", "Common Voice: Georgian (ka) speech dataset"),
  ("KW", "მონაცემები"), ("N1", "ქართული ხმოვანი მონაცემები მეტყველების ამოცნობის ექსპერიმენტებისთვის."),
  ("UR", "https://commonvoice.mozilla.org/ka/datasets"), ("Y2", "2026/03/09")],
 [("TY", "ELEC"), ("ID", "16"), ("AU", "Stanford University"), ("PY", "2025"),
  ("TI", "CS231n: Deep Learning for Computer Vision (course materials)"), ("KW", "კურსი"),
  ("N1", "ონლაინ კურსი; ლექციის ჩანაწერები და დავალებები."), ("UR", "https://cs231n.stanford.edu/"), ("Y2", "2026/03/09")],
 [("TY", "ELEC"), ("ID", "18"), ("AU", "Karpathy, Andrej"), ("PY", "2019"), ("TI", "A Recipe for Training Neural Networks"),
  ("KW", "ბლოგი"), ("N1", "ბლოგპოსტი — არა სამეცნიერო სტატია, მაგრამ ძალიან სასარგებლოა."),
  ("UR", "http://karpathy.github.io/2019/04/25/recipe/"), ("Y2", "2026/03/16")],
 [("TY", "VIDEO"), ("ID", "21"), ("AU", "Sanderson, Grant"), ("PY", "2017"), ("TI", "Neural Networks (3Blue1Brown video series)"),
  ("PB", "YouTube"), ("KW", "ვიდეო"), ("N1", "ვიზუალური შესავალი; პირველი ოთხი ვიდეო."),
  ("UR", "https://www.3blue1brown.com/topics/neural-networks"), ("Y2", "2026/03/16")],
]
for rec in R:
    for tag, v in rec:
        if tag == "SN":
            assert sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(v)) % 10 == 0, v
lines = []
for rec in R:
    lines += [f"{t}  - {v}" for t, v in rec] + ["ER  - ", ""]
text = "\ufeff" + "\r\n".join(lines) + "\r\n"
write(F, text, negative=True)
