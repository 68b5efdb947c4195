#!/usr/bin/env python3
"""2207: a Python startup file (`~/.pythonrc.py`, loaded through PYTHONSTARTUP: readline history and completion, a
dict of reading links, two helper functions, `del` of the helper names) of an invented Spanish PhD student whose
reading list for a diffusion reading group sits in the dict and in comments: arXiv links (`/abs/`, `/pdf/…v1`,
`http://`, `/pdf/….pdf`) with the titles in comments, `arXiv:2208.12242` in a comment, titles alone in a list of
pending readings; non-papers (the diffusers docs, a repository, a book, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2207)
TXT = fill(r'''# ~/.pythonrc.py -- lo carga PYTHONSTARTUP (export PYTHONSTARTUP="$HOME/.pythonrc.py" en ~/.bashrc)
# Lucía Ferrer Ibarra <lucia.ferrer@difusion-lab.example.es>
# Grupo de lectura «Difusión y edición de imágenes», curso 2024/25 (martes, 16:00, sala 2.14)
import atexit
import os
import readline
import rlcompleter
import webbrowser

readline.parse_and_bind("tab: complete")
HISTFILE = os.path.join(os.path.expanduser("~"), ".python_history")
try:
    readline.read_history_file(HISTFILE)
except FileNotFoundError:
    pass
readline.set_history_length(5000)
atexit.register(readline.write_history_file, HISTFILE)

# Lecturas de la semana: lee("cn") abre el enlace en el navegador, lee() las lista.
LECTURAS = {
    # semana 1 -- [[T:2302.05543]]
    "cn": "https://arxiv.org/abs/2302.05543",
    # semana 2 -- [[T:2208.01618]]
    "ti": "https://arxiv.org/pdf/2208.01618v1",
    # semana 3 -- [[T:2006.11239]]
    # (el de siempre; Jorge dice que basta con la sección 3)
    "ddpm": "http://arxiv.org/abs/2006.11239",
    # semana 4 -- [[T:2112.10752]]
    "ldm": "https://arxiv.org/pdf/2112.10752.pdf",
    # no son artículos, pero los abro cada semana
    "docs": "https://huggingface.co/docs/diffusers/index",
    "repo": "https://github.com/difusion-lab/taller-difusion",
    "charla": "https://video.difusion-lab.example.es/seminario/2024-10",
}

# Semana 5 (la presenta Álvaro): [[T:2208.12242]], arXiv:2208.12242 -- sin enlace todavía.
# Libro de apoyo: Simon J. D. Prince, "Understanding Deep Learning" (MIT Press, 2023), capítulo 18.
PENDIENTES = [
    "[[T:2308.04079]]",
    "[[T:2303.01469]]",
    "[[T:2211.09800]]",
]


def lee(clave=None):
    """Abre una lectura en el navegador; sin argumento, imprime la lista."""
    if clave is None:
        for k, url in sorted(LECTURAS.items()):
            print(f"{k:8s} {url}")
        print("pendientes:", *PENDIENTES, sep="\n  - ")
        return
    webbrowser.open_new_tab(LECTURAS[clave])


def hoy():
    import datetime
    return datetime.date.today().isoformat()


del atexit, os, readline, rlcompleter
''', {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
