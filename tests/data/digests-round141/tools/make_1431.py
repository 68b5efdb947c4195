#!/usr/bin/env python3
"""1431: a Total Commander `descript.ion` (the file comments of one folder, `D:\\Статті\\LLM-навчання`), as TC writes
it in its UTF-8 mode: a UTF-8 byte-order mark, CR LF after every line, one line per file (`name comment`, a name with
spaces in double quotes), lines in the order the comments were written (not sorted), and a multi-line comment stored
on one line with a literal `\\n` between its lines and TC's end marker U+0004 U+00C2 (as remembered) before the line
end. Comments in Ukrainian. Not papers: DeepSpeed tutorial slides, a course lecture, a Megatron-LM archive, an A100
datasheet, a wheel, a spreadsheet. Nicknames: Chinchilla, phi-1, Xavier initialisation, MoE."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_raw
from make_expected import F1431, keys, GLOROT

ML = "\x04\u00c2"  # TC's multi-line marker
E = [  # file name, comment (lines joined with a literal \n)
 ("DeepSpeed_ZeRO_tutorial.pdf", "Слайди з туторіалу DeepSpeed (не стаття), стор. 12–30 про розбиття станів оптимізатора"),
 ("Mixed Precision Training (ICLR 2018).pdf",
  f"{T('1710.03740')} — Micikevicius та ін., NVIDIA/Baidu. OpenReview: https://openreview.net/forum?id={OR('1710.03740')} ; FP16 + масштабування втрат, master-копія ваг у FP32"),
 ("2208.07339v2.pdf", f"{T('2208.07339')} — https://arxiv.org/abs/2208.07339 ; bitsandbytes, викиди в ознаках"),
 ("2001.08361v1.pdf", f"{T('2001.08361')} (Kaplan та ін., OpenAI) https://arxiv.org/abs/2001.08361"),
 ("2101.03961v3.pdf", [T("2101.03961"), "https://arxiv.org/abs/2101.03961", "MoE, маршрутизація top-1; порівняти з GShard"]),
 ("1910.02054v3.pdf", f"{T('1910.02054')} — SC20, основа DeepSpeed; етапи 1–3"),
 ("Chinchilla (Hoffmann 2022).pdf", f"{T('2203.15556')} — DeepMind, NeurIPS 2022; ~20 токенів на параметр"),
 ("phi-1_textbooks.pdf", f"{T('2306.11644')} — Microsoft Research, модель phi-1; дані «підручникової якості»"),
 ("glorot10a.pdf", f"{GLOROT} — Glorot, Bengio, AISTATS 2010 (PMLR, т. 9); ініціалізація Xavier"),
 ("Лекція 07 - розподілене навчання.pdf", "Курс «Великі мовні моделі», лекція 7, весна 2024 (доц. Коваленко)"),
 ("megatron-lm-core_r0.6.0.zip", "Архів репозиторію Megatron-LM (NVIDIA), тег core_r0.6.0 — для сервера без інтернету"),
 ("nvidia-a100-datasheet.pdf", "Документація: A100 80GB, пікові TFLOPS для розрахунку MFU"),
 ("bitsandbytes-0.43.1-py3-none-manylinux_2_24_x86_64.whl", "колесо для кластера, ставити разом із CUDA 12.1"),
 ("масштабування_нотатки.xlsx", ["Моя таблиця: криві втрат vs обчислення", "аркуш 2 — оцінки з різних статей", "оновлено 12.05.2024"]),
]
lines, forms = [], []
for name, c in E:
    if " " in name: name = f'"{name}"'
    if isinstance(c, list):
        lines.append(f"{name} " + "\\n".join(c) + ML); forms.append("\n".join(c))
    else:
        lines.append(f"{name} {c}")
text = "\ufeff" + "".join(l + "\r\n" for l in lines)
write_raw(F1431, text.encode("utf-8"), [text] + forms, keys(F1431))
