#!/usr/bin/env python3
"""1767: a Greek PhD student's terminal (pasted): `pypy3 --version`, then the PyPy REPL (`>>>> ` prompt, `.... `
continuation) building her thesis reading list as a list of dicts with Greek keys and values, asking questions and
dumping it to JSON, then `wc -c`. Every REPL answer is computed here with Python's own repr() (PyPy prints the same
reprs as CPython): len(), the Counter of topics (most_common order), the titles without a link, one element and one
note, the for-loop's printed lines, and the byte count of json.dump(..., ensure_ascii=False, indent=2) (UTF-8, no final
newline)."""
import json, os, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, GLOROT, DBN

F = by_num(1767)
PS = "eleni@thinkpad:~/didaktoriko$ "
VER = ["Python 3.10.14 (75b3de9d9188, Apr 26 2024, 16:43:10)",
       "[PyPy 7.3.16 with GCC 10.2.1 20210130 (Red Hat 10.2.1-11)]"]
K = ["τίτλος", "σύνδεσμος", "θέμα", "σημείωση"]
ROWS = [
 (T("2010.01412"), "https://arxiv.org/abs/2010.01412", "βελτιστοποίηση", "ICLR 2021· επίπεδα ελάχιστα, βασικό για το κεφ. 3"),
 (T("2006.14536"), "", "ευρωστία", "arXiv:2006.14536 — ομαλές ενεργοποιήσεις αντί για ReLU στην adversarial εκπαίδευση"),
 (T("2307.15043"), "https://arxiv.org/abs/2307.15043v2", "ευρωστία", "επιθέσεις σε LLM, μόνο η ενότητα 2"),
 (T("2207.05221"), "https://arxiv.org/pdf/2207.05221.pdf", "γλωσσικά μοντέλα", "βαθμονόμηση (calibration), για το κεφ. 5"),
 (GLOROT, "", "κλασικά", "AISTATS 2010· αρχικοποίηση Xavier, υπάρχει τυπωμένο στο γραφείο"),
 (DBN, "", "κλασικά", "Neural Computation 2006· ιστορικό πλαίσιο για την εισαγωγή"),
 (T("2103.13462"), "", "θεωρία", "σημειώσεις του Tengyu Ma, αντίγραφο από τον κ. Παπαδόπουλο"),
 (T("2306.11644"), "", "γλωσσικά μοντέλα", "phi-1· ποιότητα δεδομένων, μόνο για σύγκριση"),
 ("RobustBench (πίνακας κατάταξης, όχι άρθρο)", "https://robustbench.github.io/", "ευρωστία", "για τα νούμερα του πίνακα 4.2"),
 ("Francis Bach, Learning Theory from First Principles (βιβλίο)", "", "θεωρία", "κεφ. 5 και 12, από τη βιβλιοθήκη"),
]
A = [dict(zip(K, r)) for r in ROWS]


def py_lit(d):
    """the dict as the user typed it: double-quoted keys and values (json.dumps' form is valid Python here)"""
    return "{" + ", ".join(f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}" for k, v in d.items()) + "}"


def build():
    L = [PS + "pypy3 --version"] + VER
    L += [PS + "pypy3"] + VER[:1] + [VER[1] + " on linux", 'Type "help", "copyright", "credits" or "license" for more information.']
    L += [">>>> import json", ">>>> from collections import Counter", ">>>> άρθρα = ["]
    L += [".... " + "    " + py_lit(d) + "," for d in A]
    L += [".... ]"]
    L += [">>>> len(άρθρα)", repr(len(A))]
    L += ['>>>> Counter(α["θέμα"] for α in άρθρα)', repr(Counter(a["θέμα"] for a in A))]
    L += ['>>>> [α["τίτλος"] for α in άρθρα if not α["σύνδεσμος"]]', repr([a["τίτλος"] for a in A if not a["σύνδεσμος"]])]
    L += [">>>> άρθρα[8]", repr(A[8])]
    L += ['>>>> άρθρα[1]["σημείωση"]', repr(A[1]["σημείωση"])]
    L += ['>>>> for i, α in enumerate(άρθρα, 1): print(i, α["τίτλος"])', ".... "]
    L += [f"{i} {a['τίτλος']}" for i, a in enumerate(A, 1)]
    L += ['>>>> with open("arthra.json", "w", encoding="utf-8") as f: json.dump(άρθρα, f, ensure_ascii=False, indent=2)', ".... "]
    L += [">>>> exit()"]
    n = len(json.dumps(A, ensure_ascii=False, indent=2).encode("utf-8"))
    L += [PS + "wc -c arthra.json", f"{n} arthra.json"]
    L += [PS + "# Glorot, Hinton και Ma: χωρίς σύνδεσμο, να τα βρω στη βιβλιοθήκη", PS]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
