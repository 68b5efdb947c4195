#!/usr/bin/env python3
"""2260: the last three pages of a bachelor's thesis (Bachelorarbeit) at Hochschule Mittweida (Fakultät Angewandte
Computer- und Biowissenschaften), converted with pdftotext (no -layout): the end of «6 Fazit und Ausblick» citing [1]–[12]
and the «Literaturverzeichnis» in DIN ISO 690:2013 with numeric labels (as assumed: «[n]» labels in order of first
citation; authors «NACHNAME, Vorname» — up to three joined with «, » and « und », more than three as the first one and
« u. a.» —; «Titel. In: Container.» for parts; «[online]», «[Zugriff am: JJJJ-MM-TT]. Verfügbar unter: URL» for online
sources, the URL last without a full stop). The pdftotext output keeps the running header first on every page but the
chapter's first page, the page number alone as the last line of each page, a form feed after every page, lines as
typeset (about 88 characters; titles may run over a line break, German words hyphenated at line ends, URLs never
broken). German, English titles.
Computed: the author forms from the catalogue, the citation order (asserted), the line breaks (textwrap at 88, not on
hyphens), the page split."""
import os, re, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, OR, key_of, write_only
from make_expected import by_num, keys
F = by_num(2260)
W = 88


def nm(x):
    return f"{x.split()[-1].upper()}, {' '.join(x.split()[:-1])}"


def aut(key):
    a = CAT[key_of(key)]["authors"]
    if len(a) > 3:
        return nm(a[0]) + " u. a"  # the entry's full stop closes the abbreviation
    return nm(a[0]) if len(a) == 1 else ", ".join(nm(x) for x in a[:-1]) + " und " + nm(a[-1])


ICLR = "In: International Conference on Learning Representations (ICLR {y})"
ONL = "[Zugriff am: {d}]. Verfügbar unter: {u}"
REFS = [
 f"{aut('2307.03172')}. {T('2307.03172')}. In: Transactions of the Association for Computational Linguistics. 2024, "
 "Bd. 12, S. 157–173. ISSN 2307-387X.",
 f"{aut('2007.14062')}. {T('2007.14062')}. In: Advances in Neural Information Processing Systems 33 (NeurIPS 2020). "
 "Red Hook, NY: Curran Associates, 2020, S. 17283–17297.",
 f"{aut('2009.14794')}. {T('2009.14794')} [online]. {ICLR.format(y=2021)}. 2021 "
 + ONL.format(d="2026-02-23", u=f"https://openreview.net/forum?id={OR('2009.14794')}"),
 f"{aut('2103.02143')}. {T('2103.02143')} [online]. {ICLR.format(y=2021)}. 2021 "
 + ONL.format(d="2026-02-23", u=f"https://openreview.net/forum?id={OR('2103.02143')}"),
 f"{aut('2004.11886')}. {T('2004.11886')}. {ICLR.format(y=2020)}. Virtuelle Konferenz, 2020.",
 f"{aut('2302.10866')}. {T('2302.10866')} [online]. In: Proceedings of the 40th International Conference on Machine "
 "Learning (ICML 2023). PMLR 202, 2023 " + ONL.format(d="2026-03-02", u="https://arxiv.org/abs/2302.10866"),
 f"{aut('2307.08621')}. {T('2307.08621')}. Preprint, 2023. arXiv:2307.08621.",
 f"{aut('2306.15595')}. {T('2306.15595')} [online]. Preprint, 2023 "
 + ONL.format(d="2026-03-09", u="https://arxiv.org/pdf/2306.15595.pdf"),
 "RASCHKA, Sebastian, LIU, Yuxi und MIRJALILI, Vahid. Machine Learning mit PyTorch und Scikit-Learn: Von den "
 "Grundlagen zu Deep-Learning-Anwendungen. Frechen: mitp, 2023.",
 "DAO-AILAB. flash-attention: Fast and memory-efficient exact attention [online]. Software, Version 2.7. 2025 "
 + ONL.format(d="2026-03-16", u="https://github.com/Dao-AILab/flash-attention"),
 "PYTORCH FOUNDATION. torch.nn.functional.scaled_dot_product_attention. In: PyTorch 2.6 Documentation [online]. 2025 "
 + ONL.format(d="2026-03-16", u="https://pytorch.org/docs/stable/generated/torch.nn.functional.scaled_dot_product_attention.html"),
 "RAE, Jack W. u. a. PG-19 Language Modeling Benchmark [online]. Datensatz. DeepMind, 2019 "
 + ONL.format(d="2026-03-18", u="https://github.com/google-deepmind/pg19"),
]
FAZIT = [
 "auch bei 32 000 Token noch stabil. Die Experimente bestätigen damit die Beobachtung, dass Sprachmodelle Informationen "
 "in der Mitte langer Eingaben deutlich schlechter nutzen als am Anfang oder am Ende [1]. Dünn besetzte Muster wie in "
 "BigBird [2] senken den Speicherbedarf, verschieben dieses Problem aber nur.",
 "",
 "Die kernelbasierten Verfahren – der Performer [3] und Random Feature Attention [4] – erreichten auf unseren "
 "Testdaten eine lineare Laufzeit, verloren jedoch bei kurzen Sequenzen bis zu 1,8 Punkte Genauigkeit. Die Kombination "
 "aus Faltung und lokaler Aufmerksamkeit [5] war auf dem Jetson-Board der Hochschule am sparsamsten. Hyena [6] und "
 "RetNet [7] zeigen, dass Architekturen ohne vollständige Aufmerksamkeit konkurrenzfähig sein können; eine "
 "Übertragung auf deutschsprachige Korpora steht noch aus.",
 "",
 "Für künftige Arbeiten bietet sich an, vortrainierte Modelle per Positionsinterpolation [8] auf längere Kontexte zu "
 "erweitern, statt sie neu zu trainieren. Die Grundlagen zu PyTorch stammen aus [9]; implementiert wurde mit "
 "flash-attention [10] und der SDPA-Funktion von PyTorch [11], evaluiert auf PG-19 [12].",
]
firsts = []
for n in re.findall(r"\[(\d+)\]", " ".join(FAZIT)):
    if int(n) not in firsts: firsts.append(int(n))
assert firsts == list(range(1, len(REFS) + 1)), firsts


def wrap(s):
    return textwrap.wrap(s, W, break_on_hyphens=False, break_long_words=False)


body = []
for p in FAZIT:
    body += wrap(p) if p else [""]


def hyph(lines, word, cut):
    """LaTeX hyphenation: move word[:cut] + "-" to the end of the line before the one that starts with word"""
    k = next(i for i, l in enumerate(lines) if l.startswith(word))
    assert len(lines[k - 1]) + 2 + cut <= W and lines[k - 1]
    lines[k - 1] += " " + word[:cut] + "-"
    lines[k] = word[cut:] + lines[k][len(word):]


# hyphenation at two line ends of the German text, as LaTeX sets it
hyph(body, "Aufmerksamkeit", 3)
hyph(body, "Sequenzen", 2)
page41 = ["6 Fazit und Ausblick", "", *body, "", "41"]
ent = []
for i, r in enumerate(REFS, 1):
    ent.append(wrap(f"[{i}] {r}"))
page42 = ["Literaturverzeichnis", ""] + [l for e in ent[:7] for l in e] + ["", "42"]
page43 = ["Literaturverzeichnis", ""] + [l for e in ent[7:] for l in e] + ["", "43"]
text = "\f".join("\n".join(p) + "\n" for p in (page41, page42, page43)) + "\f"
assert all(len(l) <= W or l.startswith("https://") or " https://" in l for l in text.split("\n"))
write_only(F, text, keys(F))
