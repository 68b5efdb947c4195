#!/usr/bin/env python3
"""256 (NEGATIVE): a Goodreads library export (My Books > Import and export > Export library,
goodreads_library_export.csv) of an Icelandic ML student: books, not papers. Goodreads' 24 columns, ISBNs as
="…" formulas (empty as =""), dates YYYY/MM/DD, shelves, reviews with <br/> line breaks. The builder refuses any
catalogue or distractor title."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, DISTRACTOR_TITLES, check_no_distractor

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "digests",
                   "256_negative_goodreads_library_export_csv_icelandic_ml_bookshelf.csv")
COLS = ["Book Id", "Title", "Author", "Author l-f", "Additional Authors", "ISBN", "ISBN13", "My Rating", "Average Rating",
        "Publisher", "Binding", "Number of Pages", "Year Published", "Original Publication Year", "Date Read", "Date Added",
        "Bookshelves", "Bookshelves with positions", "Exclusive Shelf", "My Review", "Spoiler", "Private Notes",
        "Read Count", "Owned Copies"]


def isbn10(i13):
    core = i13[3:12]
    s = sum((10 - k) * int(c) for k, c in enumerate(core)) % 11
    c = (11 - s) % 11
    return core + ("X" if c == 10 else str(c))


def ok13(i):
    return len(i) == 13 and sum((1 if k % 2 == 0 else 3) * int(c) for k, c in enumerate(i)) % 10 == 0


B = [  # id, title, author, additional, isbn13, rating, avg, publisher, binding, pages, year, orig, read, added, shelves, excl, review
 (24072897, "Deep Learning", "Ian Goodfellow", "Yoshua Bengio, Aaron Courville", "9780262035613", 4, "4.42", "MIT Press", "Hardcover", 800, 2016, 2016, "2023/05/20", "2022/09/01", ["machine-learning", "textbooks"], "read",
  "Las hana með námskeiðinu í HÍ haustið 2022. Kaflar 6–9 eru frábærir, hlutinn um línulega algebru er of stuttur.<br/><br/>Bókin er ókeypis á deeplearningbook.org."),
 (55622946, "Pattern Recognition and Machine Learning", "Christopher M. Bishop", "", "9780387310732", 5, "4.33", "Springer", "Hardcover", 738, 2006, 2006, "2022/12/15", "2022/08/20", ["machine-learning", "textbooks", "bayesian"], "read",
  "Biblían í Bayesískri vélanámsfræði. Kafli 9 (EM) er sá besti sem ég hef lesið."),
 (148009, "The Elements of Statistical Learning", "Trevor Hastie", "Robert Tibshirani, Jerome Friedman", "9780387848570", 4, "4.41", "Springer", "Hardcover", 745, 2009, 2001, "2022/06/30", "2021/11/02", ["statistics", "textbooks"], "read",
  "Þung en nauðsynleg. Mæli frekar með ISLR fyrst."),
 (127514341, "Understanding Deep Learning", "Simon J.D. Prince", "", "9780262048644", 5, "4.63", "The MIT Press", "Hardcover", 544, 2023, 2023, "2024/02/11", "2023/12/27", ["machine-learning", "textbooks", "2024-reading-challenge"], "read",
  "Besta nútímalega kennslubókin. Myndirnar eru ótrúlega skýrar og kaflinn um dreifilíkön (diffusion) einn og sér er bókarinnar virði.<br/><br/>Fylgir Jupyter-verkefnum á udlbook.github.io."),
 (39792578, "Reinforcement Learning: An Introduction", "Richard S. Sutton", "Andrew G. Barto", "9780262039246", 0, "4.53", "MIT Press", "Hardcover", 552, 2018, 1998, "", "2024/01/15", ["reinforcement-learning", "textbooks"], "currently-reading", ""),
 (2063561, "Speech and Language Processing", "Daniel Jurafsky", "James H. Martin", "9780131873216", 4, "4.27", "Prentice Hall", "Hardcover", 1024, 2008, 2000, "2023/09/10", "2023/01/05", ["nlp", "textbooks"], "read",
  "Las drögin að 3. útgáfu á netinu frekar en prentuðu útgáfuna. Kaflarnir um orðgreypingar og umbreyta (transformers) eru mjög góðir."),
 (60715390, "Designing Machine Learning Systems", "Chip Huyen", "", "9781098107963", 4, "4.37", "O'Reilly Media", "Paperback", 386, 2022, 2022, "2023/08/02", "2023/06/14", ["mlops"], "read",
  "Hagnýt. Kaflinn um gagnadreifingarbreytingar (data distribution shift) nýttist beint í sumarstarfinu."),
 (49950449, "The Alignment Problem: Machine Learning and Human Values", "Brian Christian", "", "9780393635829", 5, "4.33", "W. W. Norton & Company", "Hardcover", 496, 2020, 2020, "2021/07/19", "2021/06/30", ["popular-science"], "read",
  "Skemmtileg og vel skrifuð. Góð fyrir fjölskylduna sem spyr hvað ég sé eiginlega að læra."),
 (54817575, "Genius Makers", "Cade Metz", "", "9781524742676", 3, "4.11", "Dutton", "Hardcover", 384, 2021, 2021, "2021/09/03", "2021/08/28", ["popular-science", "history"], "read",
  "Saga djúpnámsins sögð í gegnum fólkið. Of mikið slúður, of lítil tækni."),
 (59941215, "Natural Language Processing with Transformers", "Lewis Tunstall", "Leandro von Werra, Thomas Wolf", "9781098136796", 0, "4.32", "O'Reilly Media", "Paperback", 406, 2022, 2022, "", "2024/03/01", ["nlp", "to-buy"], "to-read", ""),
 (40363416, "Hands-On Machine Learning with Scikit-Learn, Keras, and TensorFlow", "Aurélien Géron", "", "9781492032649", 4, "4.57", "O'Reilly Media", "Paperback", 819, 2019, 2017, "2021/05/01", "2021/01/12", ["machine-learning", "programming"], "read",
  "Fyrsta ML-bókin mín. Kóðinn er á GitHub (ageron/handson-ml2)."),
 (58064696, "Probabilistic Machine Learning: An Introduction", "Kevin P. Murphy", "", "9780262046824", 0, "4.40", "The MIT Press", "Hardcover", 864, 2022, 2022, "", "2023/10/10", ["bayesian", "textbooks"], "to-read", ""),
]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(COLS)
for (bid, title, au, add, i13, rat, avg, pub, bind, pages, yr, orig, rd, added, shelves, excl, rev) in B:
    i10, i13v = (isbn10(i13), i13) if ok13(i13) else ("", "")
    allsh = shelves if excl == "read" else shelves + [excl]
    pos = ", ".join(f"{s} (#{k + 3})" for k, s in enumerate(allsh))
    fam = au.split()[-1]
    lf = f"{fam}, {' '.join(au.split()[:-1])}"
    w.writerow([bid, title, au, lf, add, f'="{i10}"', f'="{i13v}"', rat, avg, pub, bind, pages, yr, orig, rd, added,
                ", ".join(allsh), pos, excl, rev, "", "", 1 if excl == "read" else 0, 0])
text = buf.getvalue()
low = " ".join(text.split()).lower()
for e in CAT.values():
    if e["title"] and len(e["title"]) > 12 and " ".join(e["title"].split()).lower() in low:
        raise SystemExit(f"256: catalogue title {e['title']!r} in a negative control")
check_no_distractor(text, "256")
open(OUT, "w", encoding="utf-8", newline="").write(text)
