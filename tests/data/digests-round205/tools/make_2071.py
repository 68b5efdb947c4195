#!/usr/bin/env python3
"""2071: a MiniZinc model (`harmonogram.mzn` of an invented reading group's schedule), Polish `%` comments: titles in
a string array, sources in a parallel array (one OpenReview forum link, arXiv links `/abs/`, `/pdf/….pdf`, `http://`,
one id written as `arXiv:NNNN.NNNNN`, three empty), and non-papers (the MiniZinc handbook, a book, the group's
repository, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only, OR
from make_expected import keys, by_num

F = by_num(2071)
TXT = fill('''% harmonogram.mzn -- harmonogram spotkań grupy czytelniczej "Modele językowe w praktyce"
% Autor: Tomasz Wróblewski <t.wroblewski@czytelnia-llm.example.pl>
% Repozytorium: https://github.com/czytelnia-llm/harmonogram
% Uruchomienie: minizinc --solver gecode harmonogram.mzn osoby.dzn
% Podręcznik MiniZinc: https://docs.minizinc.dev/en/stable/
% Książka w tle: Rossi, van Beek, Walsh, "Handbook of Constraint Programming" (rozdz. o harmonogramowaniu)
% Nagranie poprzedniego semestru: https://video.czytelnia-llm.example.pl/wyklad/2024-02

include "alldifferent.mzn";

enum Artykul = { ReAct, Emergencja, PaLM, Agenci, MemGPT, Lancuch, Kalibracja, T5 };

% pełne tytuły (do wydruku programu)
array[Artykul] of string: tytul = [
  "[[T:2210.03629]]",
  "[[T:2206.07682]]",
  "[[T:2204.02311]]",
  "[[T:2304.03442]]",
  "[[T:2310.08560]]",
  "[[T:2201.11903]]",
  "[[T:2207.05221]]",
  "[[T:1910.10683]]"
];

% skąd wziąć PDF (pusty = jest w folderze grupy)
array[Artykul] of string: zrodlo = [
  "https://openreview.net/forum?id=[[ID:ORREACT]]",
  "https://arxiv.org/abs/2206.07682",
  "https://arxiv.org/pdf/2204.02311.pdf",
  "http://arxiv.org/abs/2304.03442",
  "arXiv:2310.08560",
  "",
  "",
  ""
];

int: tygodnie = 10;
set of int: Tydzien = 1..tygodnie;
array[Artykul] of var Tydzien: kiedy;

constraint alldifferent(kiedy);
% ReAct dopiero po łańcuchu myśli, agenci po ReAct
constraint kiedy[Lancuch] < kiedy[ReAct];
constraint kiedy[ReAct] < kiedy[Agenci];
constraint kiedy[Agenci] < kiedy[MemGPT];
% tydzień 5: przerwa (konferencja)
constraint forall(a in Artykul)(kiedy[a] != 5);

solve minimize max(kiedy);

output [ "tydz. \\(kiedy[a]): \\(tytul[a])  \\(zrodlo[a])\\n" | a in Artykul ];
''', {"ORREACT": OR("2210.03629")})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
