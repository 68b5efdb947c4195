#!/usr/bin/env python3
"""848: a fish shell history file (`~/.local/share/fish/fish_history`, fish 3.x): one YAML-like record per command,
`- cmd: <command>` then `  when: <unix seconds>` and, when arguments named existing files, `  paths:` with
`    - <path>` items; fish's own escaping in `cmd` (a backslash written `\\`, a newline inside a multi-line command
written `\n`), no quoting of the YAML value, records in the order the shell wrote them (time non-decreasing), LF, final
newline. A Polish PhD student's history: fetching and noting CNN-classics, AutoML and training-efficiency papers
(commit messages, echo into notes, rg searches, wget/curl of PDFs) among ordinary commands; repositories, blog posts,
a course and packages are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, fill, write_only
from make_expected import by_num, keys, ALEXNET

F = by_num(848)
ids = {"mp": "1710.03740", "res": "1512.03385", "eff": "1905.11946", "has": "2006.03656", "glove": "2101.08809",
       "alex": ALEXNET, "prelu": "1502.01852", "cond": "2006.05929"}


def fish_escape(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n")


START = 1709280000 + 8 * 3600 + 17 * 60  # 2024-03-01 08:17 UTC
# (seconds since the previous command, command, paths)
CMDS = [
 (0, "cd ~/doktorat", []),
 (4, "git status", []),
 (9, "git pull --rebase", []),
 (31, "conda activate wizja", []),
 (12, "nvidia-smi", []),
 (40, "ssh -J brama gpu03 'squeue -u kwisniewska'", []),
 (95, "cd notatki", []),
 (6, "ls", []),
 (22, "nvim do_przeczytania.md", ["do_przeczytania.md"]),
 (640, "mkdir -p pdf/klasyka pdf/automl", []),
 (18, "wget -O pdf/klasyka/he_2015_residual.pdf https://arxiv.org/pdf/1512.03385v1", []),
 (41, "wget -O pdf/klasyka/tan_le_2019_skalowanie.pdf https://arxiv.org/pdf/1905.11946v5", []),
 (27, "echo '- [ ] [[T:alex]] ([[AU0:alex:3]], NIPS 2012) -- PDF z proceedings, nie ma na arXiv' >> do_przeczytania.md", ["do_przeczytania.md"]),
 (35, "echo '- [ ] [[T:prelu]] -- inicjalizacja He + PReLU, rozdz. 2.2 na seminarium' >> do_przeczytania.md", ["do_przeczytania.md"]),
 (12, "tail -n 5 do_przeczytania.md", ["do_przeczytania.md"]),
 (300, "git add pdf do_przeczytania.md", ["pdf", "do_przeczytania.md"]),
 (21, "git commit -m \"notatki: [[T:res]] ([[AU:res:2]]) -- bloki resztkowe, tabela 3 do odtworzenia\"", []),
 (44, "git push", []),
 (710, "cd ~/doktorat/kod", []),
 (5, "python train.py --config configs/resid_50.yaml --amp --epochs 1 --dry-run", ["configs/resid_50.yaml"]),
 (380, "python train.py --config configs/resid_50.yaml --amp --epochs 90 --loss-scale dynamic", ["configs/resid_50.yaml"]),
 (7, "tensorboard --logdir runs --port 6007 &", ["runs"]),
 (260, "rg -n 'loss.scale' src/", ["src/"]),
 (48, "xdg-open 'https://openreview.net/forum?id=[[ID:r1gs9JgRZ]]'", []),
 (95, "echo '[[T:mp]] ([[AU:mp:3]], ICLR 2018): kopia wag w FP32 + skalowanie straty; u nas --loss-scale dynamic' >> ../notatki/trening.md", ["../notatki/trening.md"]),
 (33, "git -C ../notatki commit -am 'trening.md: mieszana precyzja'", []),
 (1900, "pip install --upgrade timm==0.9.12", []),
 (64, "python -c 'import timm; print(timm.__version__)'", []),
 (120, "for f in configs/scale_*.yaml\n    python train.py --config $f --epochs 30 --amp\nend", []),
 (15, "ls runs/", ["runs/"]),
 (52, "rg -i 'compound scaling' ../notatki", ["../notatki"]),
 (40, "echo 'skalowanie złożone: [[T:eff]] -- współczynnik phi, alfa*beta^2*gamma^2 ~ 2' >> ../notatki/skalowanie.md", ["../notatki/skalowanie.md"]),
 (2400, "cd ~/doktorat/notatki", []),
 (9, "curl -sL https://blog.example.pl/jak-czytac-artykuly-ml -o blogi/jak-czytac.html", []),
 (30, "echo 'blog (nie artykuł): jak czytać artykuły ML -- blogi/jak-czytac.html' >> zrodla.md", ["zrodla.md"]),
 (210, "xdg-open https://arxiv.org/abs/2006.03656", []),
 (420, "echo '- [x] [[T:has]] ([[AU:has:3]]) -- wspólne przeszukiwanie hiperparametrów i architektury, wagi współdzielone' >> do_przeczytania.md", ["do_przeczytania.md"]),
 (60, "papis add --from arxiv 2101.08809 --set tags automl", []),
 (25, "git commit -am \"automl: [[T:glove]] (arXiv:2101.08809) -- symboliczne programy, przestrzeń przeszukiwania jako obiekt\"", []),
 (3, "git log --oneline -5", []),
 (600, "rg -i \"[[T:alex]]\" ~/doktorat", ["~/doktorat"]),
 (30, "rg -il 'local response normalization' pdf/", ["pdf/"]),
 (1500, "cd ~/doktorat/kod", []),
 (12, "git checkout -b kondensacja", []),
 (18, "nvim src/kondensacja/gradient_match.py", ["src/kondensacja/gradient_match.py"]),
 (900, "python -m pytest tests/test_kondensacja.py -x -q", ["tests/test_kondensacja.py"]),
 (40, "git commit -am \"kondensacja: dopasowanie gradientów wg [[T:cond]] ([[AU0:cond:3]]), 10 obrazów na klasę\"", []),
 (22, "git push -u origin kondensacja", []),
 (15, "gh pr create --title 'Kondensacja zbioru danych (dopasowanie gradientów)' --body 'Implementacja wg artykułu z notatek. Do przejrzenia: @mnowak'", []),
 (3000, "sbatch slurm/cifar_kondensacja.sh", ["slurm/cifar_kondensacja.sh"]),
 (6, "squeue -u kwisniewska", []),
 (300, "tail -f logs/kondensacja-481233.out", []),
 (700, "cd ~/doktorat/notatki", []),
 (14, "string match -r '^- \\[ \\]' < do_przeczytania.md | count", []),
 (19, "echo 'kurs (nie artykuł): Stanford CS231n, wykłady 5-7 o architekturach CNN' >> zrodla.md", ["zrodla.md"]),
 (11, "git commit -am 'zrodla: kurs i blog'", []),
 (8, "git push", []),
 (4, "history merge", []),
 (2, "exit", []),
]

out, t = [], START
for dt, cmd, paths in CMDS:
    t += dt
    rec = f"- cmd: {fish_escape(fill(cmd, ids))}\n  when: {t}\n"
    if paths:
        rec += "  paths:\n" + "".join(f"    - {p}\n" for p in paths)
    out.append(rec)
text = "".join(out)
forms = [text.replace("\\n", "\n").replace("\\\\", "\\")]
write_only(F, text, keys(F), forms)
