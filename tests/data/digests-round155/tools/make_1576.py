#!/usr/bin/env python3
"""1576 (negative): a Turkish teaching assistant's CHICKEN Scheme session (csi) over the course's schedule file
(program.scm): the banner, (load …) messages, length / map / assoc / filter answers, an unbound-variable error, ,q.
The schedule names only software (eggs, libraries), datasets, lectures, talks, rooms, people and dates — no paper.
Every answer is computed from the modelled list."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num

F = by_num(1576)
PS = "ayse@bm-lab:~/ders/yzm412$ "
WEEKS = [  # week, date, topic, material, kind
    (1, "2024-09-30", "Derse giriş, ortam kurulumu", "CHICKEN 5.3 + srfi-1 egg", "yazilim"),
    (2, "2024-10-07", "Doğrusal modeller", "scikit-learn 1.5 belgeleri, Bölüm 1.1", "belge"),
    (3, "2024-10-14", "Yapay sinir ağlarına giriş", "3Blue1Brown video serisi, bölüm 1-2", "video"),
    (4, "2024-10-21", "Evrişimli ağlar", "MNIST ve Fashion-MNIST veri kümeleri", "veri"),
    (5, "2024-10-28", "Cumhuriyet Bayramı - ders yok", "", "tatil"),
    (6, "2024-11-04", "Dil modelleri atölyesi", "Hugging Face Transformers 4.44, pipeline örnekleri", "yazilim"),
    (7, "2024-11-11", "Konuk konuşmacı: Dr. Kerem Aydın (ODTÜ)", "Konuşma: Türkçe için tokenizer tasarımı", "konusma"),
    (8, "2024-11-18", "Ara sınav", "B-204, saat 13:30", "sinav"),
    (9, "2024-11-25", "Pekiştirmeli öğrenme", "Gymnasium 0.29, CartPole-v1 ortamı", "yazilim"),
    (10, "2024-12-02", "Proje sunumları", "Kaggle Titanic yarışması, GLUE leaderboard", "veri"),
]


def sstr(s): return '"' + s.replace('"', '\\"') + '"'


def lst(w): return f"({w[0]} {sstr(w[1])} {sstr(w[2])} {sstr(w[3])} {w[4]})"


def build():
    L = [PS + "csi", "CHICKEN", "(c) 2008-2022, The CHICKEN Team", "(c) 2000-2007, Felix L. Winkelmann",
         "Version 5.3.0 (rev e31bbee5)", "linux-unix-gnu-x86-64 [ 64bit dload ptables ]", "", "Type ,? for help.",
         "#;1> (import srfi-1)", "; loading /usr/local/lib/chicken/11/srfi-1.import.so ...",
         "#;2> (load \"program.scm\")", "; loading program.scm ...",
         "#;3> (length program)", str(len(WEEKS)),
         "#;4> (map cadr (filter (lambda (w) (eq? (list-ref w 4) 'yazilim)) program))",
         "(" + " ".join(sstr(w[1]) for w in WEEKS if w[4] == "yazilim") + ")",
         "#;5> (assv 7 program)", lst(WEEKS[6]),
         "#;6> (for-each (lambda (w) (print (car w) \". hafta \" (caddr w))) program)"]
    L += [f"{w[0]}. hafta {w[2]}" for w in WEEKS]
    L += ["#;7> (for-each (lambda (w) (unless (string=? (cadddr w) \"\") (print (car w) \": \" (cadddr w)))) program)"]
    L += [f"{w[0]}: {w[3]}" for w in WEEKS if w[3]]
    L += ["#;8> (assv 11 programm)", "", "Error: unbound variable: programm", "",
          "\tCall history:", "", "\t<syntax>\t  (assv 11 programm)", "\t<eval>\t  (assv 11 programm)\t<--", "",
          "#;9> (assv 11 program)", "#f", "#;10> ,q", PS]
    return "\n".join(L)


if __name__ == "__main__":
    write(F, build(), negative=True)
