#!/usr/bin/env python3
"""2169: an R package DESCRIPTION file (Debian control format as R reads it: Package, Type, Title, Version, Date,
Authors@R with person() calls, a long Description with continuation lines, License, URL, BugReports, Depends /
Imports / Suggests, Language: es, Encoding, RoxygenNote, VignetteBuilder, Config/testthat/edition) of an invented
Spanish package of teaching examples: arXiv links in `<https://…>` form (`/abs/`, `/pdf/…v2`, `http://`),
`<arXiv:2103.13462>` as CRAN writes an id, titles alone quoted in the Description; non-papers (a book, CRAN, a
dataset, the repository, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num, GLOROT, DBN

F = by_num(2169)
TXT = fill(r'''Package: optiaprende
Type: Package
Title: Ejemplos Docentes de Optimizacion y Aprendizaje Profundo
Version: 0.4.2
Date: 2024-05-21
Authors@R: c(
    person("Lucia", "Etxeberria Montalvo", , "lucia.etxeberria@optima-lab.example.es", role = c("aut", "cre")),
    person("Andres", "Quiroga Belmonte", role = "aut"),
    person("Laboratorio Optima", role = "cph")
  )
Description: Funciones y vinetas para el seminario de posgrado
    "Optimizacion, teoria y aplicaciones" (curso 2023-2024). Reproduce
    en miniatura la inicializacion de "[[T:GLOROT]]" (Glorot y Bengio, 2010)
    y el preentrenamiento de "[[T:DBN]]"
    (Hinton, Osindero y Teh, 2006), y contrasta ambos con el analisis de
    Ma (2021), "[[T:2103.13462]]" <arXiv:2103.13462>.
    Los ejemplos de aplicacion siguen a Smit et al. (2021)
    "[[T:2103.14339]]"
    <https://arxiv.org/abs/2103.14339>, a Peng et al. (2021)
    "[[T:2101.08809]]" <https://arxiv.org/pdf/2101.08809v2>
    y, para la vineta de graficos, a Kerbl et al. (2023)
    "[[T:2308.04079]]" <http://arxiv.org/abs/2308.04079>.
    Las vinetas de refuerzo discuten "[[T:2006.05990]]" y
    "[[T:2011.03459]]" sin reproducir sus resultados. Los datos de
    ejemplo son un subconjunto de MNIST; el texto de referencia es
    Nocedal y Wright, "Numerical Optimization" (Springer, 2006).
License: GPL (>= 3)
URL: https://github.com/optima-lab/optiaprende,
    https://optima-lab.example.es/optiaprende/
BugReports: https://github.com/optima-lab/optiaprende/issues
Depends:
    R (>= 4.1.0)
Imports:
    stats,
    graphics,
    torch (>= 0.12.0)
Suggests:
    knitr,
    rmarkdown,
    testthat (>= 3.0.0)
VignetteBuilder: knitr
Language: es
Encoding: UTF-8
LazyData: true
RoxygenNote: 7.3.1
Config/testthat/edition: 3
X-Seminario-Video: https://video.optima-lab.example.es/seminario/2024-04
''', {"GLOROT": GLOROT, "DBN": DBN})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
