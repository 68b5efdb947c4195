#!/usr/bin/env python3
"""1509: a Chilean astro-ML reading group's list read in a GDL (GNU Data Language) session: banner, FILE_LINES,
READF into a string array, HELP, a FOR loop printing the lines (INT in I8), WHERE / STRMATCH counts (LONG in I12),
STRSPLIT, STRLEN (bytes), EXIT."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, ALEX, GLOROT

F = by_num(1509)
SH = "fcontreras@calan-ws05:~/lecturas$ "
G = "GDL> "
LINES = [
    f"{ALEX} | NIPS 2012 | clasico, sin enlace (no esta en arXiv)",
    f"{T('1905.11946')} | https://arxiv.org/abs/1905.11946 | escalado compuesto",
    f"{GLOROT} | AISTATS 2010 | inicializacion Xavier/Glorot, sin enlace",
    "astroML (documentacion, no es articulo) | https://www.astroml.org/ | ejemplos con espectros SDSS",
    f"{T('2106.10270')} | https://arxiv.org/abs/2106.10270 | augmentacion y regularizacion para ViT",
    f"{T('2004.08955')} | arXiv:2004.08955 | falta el enlace, lo agrega Tomas",
    "Galaxy Zoo 2 (datos, no articulo) | https://data.galaxyzoo.org/ | etiquetas morfologicas",
    f"{T('2006.06882')} | https://arxiv.org/pdf/2006.06882.pdf | autoentrenamiento vs preentrenamiento",
    f"{T('2103.14339')} | - | lo propuso Valentina, sin enlace",
    f"{T('2103.14338')} | - | fuera de tema? sin enlace",
    "timm (repositorio) | https://github.com/huggingface/pytorch-image-models | pesos preentrenados",
    "Curso Deep Learning para Astronomia, grabaciones 2023 | https://www.youtube.com/playlist?list=PLx4CqTd9mRw2bNf0Ea8yHk5sZu1VjGpLc | solo clases 3 y 4",
]


def i8(v): return f"{v:8d}"
def i12(v): return f"{v:12d}"


def build():
    n = len(LINES)
    k = [i for i, l in enumerate(LINES) if "arxiv.org" in l]
    s = [i for i, l in enumerate(LINES) if "sin enlace" in l.lower()]
    partes = LINES[5].split("|")
    out = [SH + "gdl",
           "  GDL - GNU Data Language, Version 1.0.4",
           "- For basic information type HELP,/INFO",
           "- Default library routine search path used (GDL_PATH/IDL_PATH env. var. not set): /usr/share/gnudatalanguage/lib",
           "- Using WxWidgets as graphics library (windows and widgets).",
           "- Please report bugs, feature or help requests and patches at: https://github.com/gnudatalanguage/gdl",
           "",
           G + "; lista del grupo de lectura (ML para astronomía), semestre de otoño",
           G + "n = file_lines('lecturas.txt')",
           G + "print, n", i12(n),
           G + "lineas = strarr(n)",
           G + "openr, u, 'lecturas.txt', /get_lun",
           G + "readf, u, lineas",
           G + "free_lun, u",
           G + "help, lineas", f"{'LINEAS':16s}STRING    = Array[{n}]",
           G + "for i=0, n-1 do print, i, ': ', lineas[i]"]
    out += [i8(i) + ": " + l for i, l in enumerate(LINES)]
    out += [G + "k = where(strmatch(lineas, '*arxiv.org*'), cnt)",
            G + "print, cnt", i12(len(k)),
            G + "print, k", "".join(i12(x) for x in k),
            G + "s = where(strmatch(lineas, '*sin enlace*', /fold_case), ns)",
            G + "print, ns", i12(len(s)),
            G + "print, lineas[s[3]]", LINES[s[3]],
            G + "partes = strsplit(lineas[5], '|', /extract)",
            G + "help, partes", f"{'PARTES':16s}STRING    = Array[{len(partes)}]",
            G + "print, strtrim(partes[1], 2)", partes[1].strip(),
            G + "print, strlen(lineas[1])", i12(len(LINES[1].encode())),
            G + "; el astroML, Galaxy Zoo, timm y el curso no son artículos: van a la hoja de recursos",
            G + "exit",
            SH]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
