#!/usr/bin/env python3
"""1388: a terminal session (Ukrainian): a Kyiv-like NLP lab's reading-list repository (`chytannia-nlp`, one commit
per added paper) summarised with `git shortlog`: `git log --oneline | wc -l`, `git shortlog -sn` (counts, `%6d\\t`,
count descending, ties by name) and `git shortlog --since=2024-03-01` (authors in byte order of their names — so the
Cyrillic І (U+0406) sorts before А — each `Name (N):` with the subjects, oldest first, six spaces in, not wrapped, a
blank line after each block; merges and reverts included). All commits are modelled here (earlier ones with generic
subjects that are never printed) and the three outputs computed from them. Not papers: the fastText library, the
CS224N course, sentencepiece, the HF Transformers library itself (the EMNLP demo paper is labelled); ELMo, word2vec,
Electric, BPE, GLAT are nicknames."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1388, keys

A = {"o": "Оксана Мельник", "a": "Андрій Ткаченко", "i": "Ірина Коваль", "b": "Богдан Савчук", "g": "github-actions[bot]"}
SHOWN = [
 ("2024-03-04", "a", f"Додати {T('1910.13461')} (https://arxiv.org/abs/1910.13461)"),
 ("2024-03-05", "g", "Оновити таблицю в README [skip ci]"),
 ("2024-03-07", "o", f"Додати {T('2008.07905')} (https://openreview.net/forum?id=ZaYZfu8pT_N)"),
 ("2024-03-11", "i", f"Додати {T('1802.05365')} (arXiv:1802.05365), NAACL 2018"),
 ("2024-03-12", "g", "Оновити таблицю в README [skip ci]"),
 ("2024-03-14", "i", f"Додати {T('1301.3781')} (word2vec), без посилання — класика"),
 ("2024-03-19", "i", "Додати fastText до статей"),
 ("2024-03-19", "i", 'Revert "Додати fastText до статей"'),
 ("2024-03-21", "a", f"Розділ «Токенізація»: {T('1508.07909')} — https://arxiv.org/abs/1508.07909"),
 ("2024-03-21", "o", "Merge pull request #31 from andrii-tk/bpe"),
 ("2024-03-26", "b", f"Додати {T('1910.03771')} (бібліотека + демо-стаття EMNLP)"),
 ("2024-04-02", "o", f"Додати «{T('2010.06040')}», PDF: https://openreview.net/pdf?id=cYr2OPNyTz7"),
 ("2024-04-03", "g", "Оновити таблицю в README [skip ci]"),
 ("2024-04-09", "b", f"Додати {T('2012.08561')} (Electric) — чекаємо посилання від Оксани"),
 ("2024-04-10", "a", "Виправити опечатку в README: «ембединги» → «ембедінги»"),
 ("2024-04-16", "o", "Перенести ELMo до розділу «Контекстні ембедінги»"),
 ("2024-04-23", "b", "Додати посилання на курс Stanford CS224N і на sentencepiece (не статті)"),
 ("2024-04-24", "g", "Оновити таблицю в README [skip ci]"),
]
EARLIER = {"o": 19, "a": 14, "i": 6, "b": 3, "g": 8}   # commits before 2024-03-01 (subjects not printed)
total = {k: EARLIER[k] + sum(1 for _, a, _ in SHOWN if a == k) for k in A}

P = "iryna@nlp-lab:~/chytannia-nlp$ "
S = [P + "git log --oneline | wc -l", str(sum(total.values())), P + "git shortlog -sn"]
for k in sorted(A, key=lambda k: (-total[k], A[k].encode())):
    S.append(f"{total[k]:6d}\t{A[k]}")
S.append(P + "git shortlog --since=2024-03-01")
for k in sorted(A, key=lambda k: A[k].encode()):
    subs = [s for d, a, s in SHOWN if a == k]
    S.append(f"{A[k]} ({len(subs)}):")
    S.extend("      " + s for s in subs)
    S.append("")
S.append(P)
write_only(F1388, "\n".join(S) + "\n", keys(F1388))
