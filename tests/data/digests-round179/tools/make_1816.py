#!/usr/bin/env python3
"""1816 (negative control): a Norwegian reading group's GNU Guix manifest for its shared GPU machine
(`manifest.scm`, used with `guix shell -m manifest.scm`): Norwegian comments, `specifications->manifest` over a list
of package specifications (`name` or `name@version`). No paper, no catalogue title, nothing arXiv-shaped."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write

F = "1816_negative_guix_manifest_scm_norwegian_reading_group_gpu_environment_no_papers.scm"
GROUPS = [
 ("Grunnleggende verktøy", ["bash", "coreutils", "git", "make", "nss-certs"]),
 ("Python og vitenskapelige pakker", ["python@3.10", "python-numpy", "python-scipy", "python-pandas", "python-matplotlib", "jupyter"]),
 ("Maskinlæring (CPU-varianter; CUDA kommer fra Guix-HPC-kanalen)", ["python-pytorch", "python-scikit-learn", "python-tqdm"]),
 ("Skriving av referater fra lesegruppa", ["texlive-scheme-basic", "pandoc", "emacs", "emacs-org"]),
]


def build():
    L = [";; manifest.scm — felles miljø for lesegruppas GPU-maskin (gpu01.ifi.example.no)",
         ";; Bruk: guix shell -m manifest.scm -- jupyter lab",
         ";; Spør Kari Nordmann før du legger til nye pakker; oppdater channels.scm samtidig.", "",
         "(specifications->manifest", " (list"]
    for i, (c, pk) in enumerate(GROUPS):
        if i: L.append("")
        L.append(f"  ;; {c}")
        L += [f'  "{p}"' for p in pk]
    L[-1] += "))"
    L.append("")
    return "\n".join(L)


if __name__ == "__main__":
    write(F, build(), negative=True)
