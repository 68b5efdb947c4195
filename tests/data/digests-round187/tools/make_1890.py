#!/usr/bin/env python3
"""1890: a Spanish reading group's Gherkin feature file for Cucumber (`features/lecturas.feature`, `# language: es`):
tags, a Característica with a free-text description, Antecedentes with a data table of the semester's sessions (titles
and links: arXiv `/abs/`, `/pdf/….pdf`, `/abs/…v3`, an OpenReview forum), an Esquema del escenario with Ejemplos
(titles only, for the "pendientes" list — title-only), a scenario with a doc string holding a BibTeX-like note whose
text carries an arXiv id (arxiv-text) and scenarios on non-papers (a repository, a blog post, a talk). Tables aligned
as Cucumber's pretty formatter writes them; two-space steps. LF, a final newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1890)
RF = OR("2001.04451")


def table(rows, ind):
    w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return [" " * ind + "| " + " | ".join(c.ljust(w[i]) for i, c in enumerate(r)) + " |" for r in rows]


def build():
    L = ["# language: es",
         "@lecturas @semestre-2024-1",
         "Característica: Página de lecturas del grupo de atención eficiente",
         "  Como participante del grupo de lectura de los jueves",
         "  quiero ver en la página las sesiones con su artículo y su enlace",
         "  para poder preparar la lectura antes de la reunión.",
         "",
         "  Antecedentes:",
         "    Dado que el calendario del semestre contiene estas sesiones:"]
    L += table([["fecha", "título", "enlace"],
                ["2024-03-07", T("2001.04451"), f"https://openreview.net/forum?id={RF}"],
                ["2024-03-14", T("2006.16236"), "https://arxiv.org/abs/2006.16236"],
                ["2024-03-21", T("2205.14135"), "https://arxiv.org/pdf/2205.14135.pdf"],
                ["2024-04-04", T("2111.00396"), "https://arxiv.org/abs/2111.00396v3"]], 6)
    L += ["    Y que la página de lecturas está publicada en \"https://lectura.atencion.example.es/2024-1\"",
          "",
          "  @enlaces",
          "  Escenario: Cada sesión muestra su artículo con enlace",
          "    Cuando abro la página de lecturas",
          "    Entonces veo 4 sesiones en la tabla \"calendario\"",
          "    Y cada fila tiene un enlace que se abre en una pestaña nueva",
          "    Pero la sesión del \"2024-03-28\" aparece como \"Semana Santa, sin reunión\"",
          "",
          "  @pendientes",
          "  Esquema del escenario: Los artículos pendientes aparecen sin enlace",
          "    Cuando abro la sección \"Pendientes\"",
          "    Entonces veo el título \"<título>\"",
          "    Y junto al título aparece la etiqueta \"<etiqueta>\"",
          "    Pero no aparece ningún enlace para ese título",
          "",
          "    Ejemplos:"]
    L += table([["título", "etiqueta"],
                [T("2202.10447"), "propuesto por Lucía"],
                [T("2103.14636"), "panorama, para repasar"],
                [T("2006.03236"), "si sobra tiempo"]], 6)
    L += ["",
          "  @bibtex",
          "  Escenario: La nota de la sesión extra se muestra tal cual",
          "    Cuando abro la nota de la sesión extra",
          "    Entonces el texto de la nota es:",
          "      \"\"\"",
          "      Sesión extra (fecha por decidir): " + T("1904.10509") + ".",
          "      Child, Gray, Radford y Sutskever, 2019. arXiv 1904.10509.",
          "      Lo presenta Diego; traed dudas sobre los patrones de atención dispersa.",
          "      \"\"\"",
          "",
          "  @recursos",
          "  Escenario: Los recursos no se cuentan como lecturas",
          "    Cuando abro la sección \"Recursos\"",
          "    Entonces veo estos recursos:"]
    L += table([["nombre", "tipo", "url"],
                ["xformers", "repositorio", "https://github.com/facebookresearch/xformers"],
                ["The Illustrated Transformer", "blog", "https://jalammar.github.io/illustrated-transformer/"],
                ["Charla de Tri Dao (Stanford MLSys)", "vídeo", "https://video.atencion.example.es/charlas/mlsys-flash"]], 6)
    L += ["    Y el contador de lecturas sigue mostrando \"4 sesiones, 3 pendientes\""]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
