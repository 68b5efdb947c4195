#!/usr/bin/env python3
"""1410: a terminal session (Russian): a student on an HPC login node browses the lab's anonymous FTP mirror with lftp:
`cd` (`cd ok, cwd=…`), `ls` (vsftpd's long listing, names in byte order, the year instead of the time for files older
than six months), `cat 00INDEX.txt` and `cat ЧИТАЙ_МЕНЯ.txt` (each followed by lftp's `N bytes transferred`; the second
file is in Windows-1251, so the UTF-8 terminal shows U+FFFD for its bytes), `get` and `mirror --only-newer
--no-recursion --include-glob '*.pdf'` (lftp's `Total:` / `New:` lines and `bytes transferred in N seconds (rate)`),
`bye`. Sizes, counts and rates are computed from the modelled directory. Not papers: DeepSpeed tutorial slides, the
Megatron-LM repository clone, the lab wiki; Chinchilla, Switch, ZeRO, phi-1, GPTQ, DoRA are nicknames."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1410, keys

INDEX = f"""Зеркало статей лаборатории, раздел LLM. Обновлено 06.05.2024.
Ответственный: Д. Орлов <orlov@mlsys-lab.example.ru>, вопросы — в чат лаборатории.
Формат: файл | название | ссылка или примечание

2001.08361v1.pdf            | {T('2001.08361')} | https://arxiv.org/abs/2001.08361
2101.03961v3.pdf            | {T('2101.03961')} | https://arxiv.org/abs/2101.03961
1910.02054v3.pdf            | {T('1910.02054')} | https://arxiv.org/pdf/1910.02054v3
2203.15556v1.pdf            | {T('2203.15556')} | arXiv:2203.15556 («Шиншилла»)
gptq_iclr2023.pdf           | {T('2210.17323')} | https://arxiv.org/abs/2210.17323 (версия ICLR 2023)
phi-1_textbooks.pdf         | {T('2306.11644')} | ссылку не сохранил, PDF от Миши
spec_decoding_icml2023.pdf  | {T('2211.17192')} | версия из трудов ICML 2023
dora_icml2024.pdf           | {T('2402.09353')} | camera-ready ICML 2024, пока не выкладывать наружу
deepspeed_tutorial_2023.pdf | не статья: слайды туториала по DeepSpeed (ZeRO-3, offload)
megatron-lm/                | не статья: клон репозитория NVIDIA/Megatron-LM, коммит 7f0e9c1

Новые файлы кладите через sftp в /incoming, раз в неделю переношу сюда.
"""
README = "ЧИТАЙ МЕНЯ: старый архив 2019 года перенесен на /pub/old, пароль у Орлова.\r\n"
README_SHOWN = README.encode("cp1251").decode("utf-8", "replace")

# name, size, date (vsftpd: "Mon DD HH:MM" within six months, else "Mon DD  YYYY"), directory?
FILES = [
 ("00INDEX.txt", len(INDEX.encode()), "May 06 18:22", False),
 ("1910.02054v3.pdf", 2931456, "Feb 19 10:05", False),
 ("2001.08361v1.pdf", 1839524, "Feb 19 10:04", False),
 ("2101.03961v3.pdf", 1266830, "Mar 11 09:47", False),
 ("2203.15556v1.pdf", 4017389, "Mar 11 09:52", False),
 ("deepspeed_tutorial_2023.pdf", 8825190, "Nov 14  2023", False),
 ("dora_icml2024.pdf", 3303117, "May 06 18:19", False),
 ("gptq_iclr2023.pdf", 1020448, "Apr 02 12:31", False),
 ("megatron-lm", 4096, "Mar 28 16:40", True),
 ("phi-1_textbooks.pdf", 1587236, "Apr 29 20:13", False),
 ("spec_decoding_icml2023.pdf", 726418, "May 06 18:20", False),
 ("ЧИТАЙ_МЕНЯ.txt", len(README.encode("cp1251")), "Sep 02  2019", False),
]
assert [f[0] for f in FILES] == sorted((f[0] for f in FILES), key=lambda s: s.encode())
SIZE = {f[0]: f[1] for f in FILES}


def rate(b, s):
    r, units = b / s, ["B/s", "KiB/s", "MiB/s", "GiB/s"]
    u = 0
    while r >= 1024 and u < 3: r /= 1024; u += 1
    return (f"{r:.0f}" if r >= 100 else f"{r:.1f}" if r >= 10 else f"{r:.2f}") + " " + units[u]


H = "ftp.mlsys-lab.example.ru"
S = ["dmitry@hpc-login1:~$ lftp " + H]
p = lambda cwd: f"lftp {H}:{cwd}> "
S += [p("~") + "cd pub/papers/llm", "cd ok, cwd=/pub/papers/llm"]
C = "/pub/papers/llm"
S.append(p(C) + "ls")
for name, size, date, d in FILES:
    S.append(f"{'drwxr-xr-x' if d else '-rw-r--r--'} {2 if d else 1:4d} {'ftp':<8s} {'ftp':<8s} {size:8d} {date} {name}")
S.append(p(C) + "cat 00INDEX.txt")
S += INDEX.rstrip("\n").split("\n") + [f"{SIZE['00INDEX.txt']} bytes transferred"]
S.append(p(C) + "cat ЧИТАЙ_МЕНЯ.txt")
S += [README_SHOWN.rstrip("\r\n"), f"{SIZE['ЧИТАЙ_МЕНЯ.txt']} bytes transferred"]
S.append(p(C) + "get 2203.15556v1.pdf")
S.append(f"{SIZE['2203.15556v1.pdf']} bytes transferred in 3 seconds ({rate(SIZE['2203.15556v1.pdf'], 3)})")
S.append(p(C) + "mirror --only-newer --no-recursion --include-glob '*.pdf' . ~/papers/llm")
pdfs = [f for f in FILES if f[0].endswith(".pdf")]
new = ["dora_icml2024.pdf", "phi-1_textbooks.pdf", "spec_decoding_icml2023.pdf"]
nb = sum(SIZE[x] for x in new)
S += [f"Total: 1 directory, {len(pdfs)} files, 0 symlinks", f"New: {len(new)} files, 0 symlinks",
      f"{nb} bytes transferred in 4 seconds ({rate(nb, 4)})"]
S.append(p(C) + "bye")
S.append("dmitry@hpc-login1:~$ ")
write_only(F1410, "\n".join(S) + "\n", keys(F1410))
