#!/usr/bin/env python3
"""1974: a Spanish modder's Kerbal Space Program science definitions (`GameData/LaboratorioLLM/ScienceDefs.cfg`):
ConfigNode text — `//` comments, four EXPERIMENT_DEFINITION nodes with the stock keys and a RESULTS node each, tab
indentation, braces on their own lines — with the papers: an OpenReview forum link and arXiv links in comments
(`/abs/`, `/pdf/…v1`, `http://`; a value cannot hold `//`), one id in a result text (arxiv-text), three titles alone in
result texts — and non-papers (a repository, a book, a blog post, a talk). LF, a final newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1974)
EXP = [
    ("llmEscala", "Medición de leyes de escala", 8, 10, 63, 7,
     ["// " + T("2001.08361"), "// https://arxiv.org/abs/2001.08361"],
     [("default", "Los datos siguen una ley de potencias, como en " + T("2001.08361") + "."),
      ("KerbinSrfLanded", "Con más cómputo, más ciencia. Jeb asiente sin entender."),
      ("MunInSpaceLow", "Hasta en la Mun se cumple: " + T("2203.15556") + " (arXiv 2203.15556).")]),
    ("llmPaLM", "Entrenamiento distribuido en órbita", 12, 15, 48, 0,
     ["// " + T("2204.02311") + " -> https://arxiv.org/pdf/2204.02311v1",
      "// " + T("2307.09288") + " -> http://arxiv.org/abs/2307.09288"],
     [("default", "Los modelos de " + T("2204.02311") + " y " + T("2307.09288") + " caben en la nave, apenas."),
      ("KerbinInSpaceHigh", "Bill propone repartir el modelo entre tres naves.")]),
    ("llmMemoria", "Ahorro de memoria en vuelo", 6, 8, 51, 3,
     ["// " + T("1710.03740"), "// https://openreview.net/forum?id=" + OR("1710.03740")],
     [("default", "Con FP16 la computadora de a bordo respira. " + T("1710.03740") + " dice que funciona."),
      ("KerbinSrfLanded", "Bob lee " + T("1910.02054") + " y reparte el estado del optimizador."),
      ("MinmusSrfLanded", "Demasiados expertos: " + T("2101.03961") + ".")]),
    ("llmEncuesta", "Revisión bibliográfica en la plataforma", 4, 5, 1, 0, [],
     [("default", "Una tarde entera con " + T("2303.18223") + ". Val pide un resumen.")]),
]


def build():
    out = ["// Laboratorio LLM — experimentos de ciencia para KSP 1.12",
           "// Autora: Lucía Ferrer (lucia.ferrer@cohetes-lab.example.es)",
           "// Código: github.com/luciaferrer/LaboratorioLLM (repositorio). Libro de cabecera: \"Deep Learning\" (Goodfellow).",
           "// Blog que inspiró el mod: \"The Scaling Hypothesis\" (gwern.net, ensayo, no artículo).",
           "// Charla: https://video.cohetes-lab.example.es/2024/ksp-llm", ""]
    for id_, title, base, cap, sit, biome, com, res in EXP:
        out += com
        out += ["EXPERIMENT_DEFINITION", "{", f"\tid = {id_}", f"\ttitle = {title}", f"\tbaseValue = {base}",
                f"\tscienceCap = {cap}", "\tdataScale = 1", "\trequireAtmosphere = False",
                f"\tsituationMask = {sit}", f"\tbiomeMask = {biome}", "", "\tRESULTS", "\t{"]
        out += [f"\t\t{k} = {v}" for k, v in res]
        out += ["\t}", "}", ""]
    return "\n".join(out[:-1]) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
