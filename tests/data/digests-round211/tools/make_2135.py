#!/usr/bin/env python3
"""2135: a Sun / Son of Grid Engine array job script (`toistot.sh`, submitted with `qsub`: `#!/bin/bash`, the `#$`
option lines before the first command — `-N`, `-cwd`, `-V`, `-j y`, `-o`, `-l h_rt=`, `-l gpu=`, `-pe smp`, `-t 1-N`,
`-M`, `-m` — then `#` comments and a `case "$SGE_TASK_ID"` over the tasks) of an invented Finnish reproduction
project: arXiv links (`/abs/`, `/pdf/…v2`, `http://`, `/abs/…v1`) in the comments, one `arXiv:NNNN.NNNNN` in a
comment, titles alone in comments and an `echo`; non-papers (a book, the Grid Engine man page, the repository, a
talk). The task range is computed from the case branches. LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2135)
TASKS = [
    ("datakond", "python -m toistot.datakond --ipc 10", ["# [[T:2006.05929]]", "#   https://arxiv.org/abs/2006.05929"]),
    ("sam", "python -m toistot.sam --rho 0.05", ["# [[T:2010.01412]]", "#   https://arxiv.org/pdf/2010.01412v2"]),
    ("gpm", "python -m toistot.gpm --tasks 10", ["# [[T:2103.09762]] (http://arxiv.org/abs/2103.09762)"]),
    ("memgpt", "python -m toistot.memgpt --budget 8k", ["# [[T:2310.08560]] -- https://arxiv.org/abs/2310.08560v1"]),
    ("esikoul", "python -m toistot.esikoul --self-training", ["# [[T:2006.06882]], arXiv:2006.06882"]),
    ("sileä", "python -m toistot.smooth_adv --act softplus", ["# vain otsikko lukulistalla: [[T:2006.14536]]"]),
]


def build():
    n = len(TASKS)
    out = ["#!/bin/bash", "#$ -N toistot", "#$ -cwd", "#$ -V", "#$ -j y", "#$ -o logs/$JOB_NAME.$TASK_ID.log",
           "#$ -l h_rt=11:59:00", "#$ -l gpu=1", "#$ -pe smp 8", f"#$ -t 1-{n}",
           "#$ -M aino.lehtinen@toisto-lab.example.fi", "#$ -m ea", "#",
           "# Toistokokeet kevään lukupiirille -- Aino Lehtinen <aino.lehtinen@toisto-lab.example.fi>",
           "# Repo: https://github.com/toisto-lab/toistot",
           "# Ks. man qsub (Grid Engine) ja https://video.toisto-lab.example.fi/esitelmat/2024-04",
           "# Kirja taustaksi: Goodfellow, Bengio & Courville, \"Deep Learning\"", "",
           "set -euo pipefail", "source ~/venvs/toistot/bin/activate", "",
           'case "$SGE_TASK_ID" in']
    for i, (name, cmd, com) in enumerate(TASKS, 1):
        out += ["    " + fill(c, {}) for c in com]
        out += [f"    {i}) NIMI={name}; {cmd} ;;"]
    out += ['    *) echo "tuntematon tehtävä $SGE_TASK_ID" >&2; exit 1 ;;', "esac", "",
            'echo "valmis: $NIMI ($JOB_ID.$SGE_TASK_ID)"',
            "# Seuraavaksi (ei vielä jonossa): \"" + fill("[[T:2103.14338]]", {}) + "\" ja",
            "# \"" + fill("[[T:2103.14339]]", {}) + "\"", ""]
    return "\n".join(out[:-1]) + "\n"


TXT = build()

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
