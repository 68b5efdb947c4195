#!/usr/bin/env python3
"""1252: a Timewarrior data file (Polish): a Wrocław-like PhD student tracks reading time per paper with Timewarrior
(`timew start czytanie "<title>"`, `timew annotate @1 "…"`) and shared the month's file `2024-05.data` from
`~/.local/share/timewarrior/data/` with the group. Timewarrior writes one interval a line: `inc <start>[ - <end>][ #
<tags>][ # "<annotation>"]`, times in UTC as YYYYMMDDTHHMMSSZ, tags in byte order (a std::set, so capitals first),
a tag quoted when it holds a space or a quote, the annotation quoted with inner quotes escaped; with an annotation and
no tags the line has `# #`; an open interval (the one still running) has no end and comes last. arXiv links in
annotations are links; `arXiv:2106.02039` with no link is arxiv-text; four papers are tags only (one not on arXiv); a
library, a course lecture, a dataset and the seminar are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1252, keys, GO

CZ = "czytanie"
IV = [  # start, end, tags, annotation
 ("20240502T061500Z", "20240502T074000Z", [T("2106.01345"), CZ], "https://arxiv.org/abs/2106.01345 — na seminarium 9.05, slajdy robię ja"),
 ("20240502T080500Z", "20240502T093000Z", ["gymnasium", "kod"], "instalacja gymnasium 0.29 + mujoco na serwerze ml-02 (https://github.com/Farama-Foundation/Gymnasium)"),
 ("20240503T070000Z", "20240503T083500Z", [T("2106.02039"), CZ], "arXiv:2106.02039 — w arkuszu brak linku; porównać z Decision Transformer"),
 ("20240506T064000Z", "20240506T072000Z", ["CS285", "kurs"], "wykład 15 (offline RL), nagranie na YouTube — to nie artykuł"),
 ("20240506T073000Z", "20240506T091500Z", [T("2307.15818"), CZ], "https://arxiv.org/abs/2307.15818"),
 ("20240507T060000Z", "20240507T073000Z", [T("2204.01691"), CZ], "https://arxiv.org/pdf/2204.01691v2 — wersja PDF z poprawkami, \"SayCan\" w notatkach"),
 ("20240508T120000Z", "20240508T130000Z", ["D4RL", "dane"], "pobrane zbiory hopper-medium-v2 i walker2d-medium-v2 (~1.1 GB)"),
 ("20240509T110000Z", "20240509T123000Z", ["seminarium"], "Seminarium zespołu, sala 3.27 — prowadzę: Decision Transformer"),
 ("20240510T063000Z", "20240510T080000Z", [GO, CZ, "klasyka"], "Nature 2017, nie ma na arXiv; skan od dr. Wójcika"),
 ("20240513T061000Z", "20240513T072500Z", [T("2101.03958"), CZ], ""),
 ("20240513T074000Z", "20240513T090000Z", [T("2103.09762"), CZ], "tylko tytuł, Kasia podeśle PDF"),
 ("20240513T133000Z", "20240513T140000Z", [], "ćwiczenia z RL — poprawianie zadań studentów"),
 ("20240514T061500Z", None, [T("2101.08809"), CZ], ""),
]


def q(t):
    return '"' + t.replace('"', '\\"') + '"' if (" " in t or '"' in t) else t


L = []
for s, e, tags, ann in IV:
    line = "inc " + s + (f" - {e}" if e else "")
    tags = sorted(tags, key=lambda t: t.encode())
    if tags: line += " # " + " ".join(q(t) for t in tags)
    if ann: line += (" #" if not tags else "") + ' # "' + ann.replace('"', '\\"') + '"'
    L.append(line)
text = "\n".join(L) + "\n"
write_only(F1252, text, keys(F1252))
