#!/usr/bin/env python3
"""2199: the end of «CONCLUSIONES» and the «BIBLIOGRAFÍA» of a trabajo de grado of the Universidad del Cauca (Popayán),
in ICONTEC NTC 5613 form (as remembered: «APELLIDO, Nombre y APELLIDO, Nombre.» or «APELLIDO, Nombre, et al.», the
title, «En: …», «[en línea].», «Disponible en: <URL>», «[Consultado el d de mes de aaaa]», references in order of
citation with numbers in parentheses), copied from the PDF: a running header per page, page numbers, a form feed,
lines wrapped at 90 (titles wrap across lines). Spanish. Computed: author forms from the catalogue, citation order
(asserted), wrapping (textwrap), page numbers."""
import os, re, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import by_num, keys
F = by_num(2199)
W = 90
HEAD = "Memoria de largo alcance en modelos de lenguaje para actas del Cabildo de Popayán"


def ap(name):
    p = name.split()
    return f"{p[-1].upper()}, {' '.join(p[:-1])}"


def auth(k):
    a = authors(k)
    if len(a) > 2: return f"{ap(a[0])}, et al."
    return " y ".join(ap(x) for x in a) + "."


REFS = [
 ("2002.09402", f"{auth('2002.09402')} {T('2002.09402')} [en línea]. 2021. Disponible en: <https://openreview.net/forum?id=OCm0rwa1lx1> [Consultado el 2 de mayo de 2026]."),
 ("2007.14062", f"{auth('2007.14062')} {T('2007.14062')}. En: Advances in Neural Information Processing Systems. 2020, vol. 33. [en línea]. Disponible en: <https://arxiv.org/abs/2007.14062> [Consultado el 2 de mayo de 2026]."),
 ("2010.06891", f"{auth('2010.06891')} {T('2010.06891')} [en línea]. 2020. Disponible en: <http://arxiv.org/abs/2010.06891v2> [Consultado el 4 de mayo de 2026]."),
 ("1410.5401", f"{auth('1410.5401')} {T('1410.5401')}. Londres: Google DeepMind, 2014. Informe técnico."),
 ("2302.10866", f"{auth('2302.10866')} {T('2302.10866')}. En: Proceedings of the 40th International Conference on Machine Learning. 2023. [en línea]. Disponible en: <https://arxiv.org/pdf/2302.10866.pdf> [Consultado el 5 de mayo de 2026]."),
 ("2306.15595", f"{auth('2306.15595')} {T('2306.15595')}. Preprint arXiv:2306.15595. 2023."),
 ("2307.03172", f"{auth('2307.03172')} {T('2307.03172')}. En: Transactions of the Association for Computational Linguistics. 2024, vol. 12, p. 157-173."),
 ("2004.11886", f"{auth('2004.11886')} {T('2004.11886')}. En: International Conference on Learning Representations (ICLR). 2020."),
 (None, "GOODFELLOW, Ian; BENGIO, Yoshua y COURVILLE, Aaron. Deep learning. Cambridge: MIT Press, 2016. 775 p."),
 (None, "HUGGING FACE. Transformers: documentación [en línea]. Disponible en: <https://huggingface.co/docs/transformers> [Consultado el 6 de mayo de 2026]."),
]
order = [k for k, _ in REFS if k]
concl = ("En síntesis, los mecanismos de memoria explícita (1) y la atención dispersa (2) permiten procesar las actas "
         "completas; la memoria recurrente de (3) y las arquitecturas inspiradas en (4) resultaron menos estables. "
         "Las convoluciones largas (5) y la interpolación posicional (6) son alternativas prometedoras, aunque los "
         "resultados de (7) advierten que la información en el centro del contexto se pierde. Para equipos modestos, "
         "como el del laboratorio de la FIET, conviene la variante ligera de (8).")
nums = [int(x) for x in re.findall(r"\((\d)\)", concl)]
assert nums == list(range(1, len(order) + 1))
p1 = [HEAD, "", "6. CONCLUSIONES (continuación)", ""] + textwrap.wrap(concl, W, break_on_hyphens=False) + [
      "", "Trabajo futuro: ampliar el corpus con las actas del siglo XIX digitalizadas por el Archivo Central del Cauca.", "", "", "57"]
p2 = [HEAD, "", "BIBLIOGRAFÍA", ""]
for i, (_, r) in enumerate(REFS, 1):
    p2 += textwrap.wrap(f"({i}) {r}", W, subsequent_indent="    ", break_on_hyphens=False, break_long_words=False) + [""]
p2 += ["", "58"]
text = "\n".join(p1) + "\n\f" + "\n".join(p2) + "\n"
write_only(F, text, keys(F))
