#!/usr/bin/env python3
"""732: an R console transcript around `dput()` of a tibble, as R 4.3 deparses it: structure(list(...),
row.names = c(NA, -nL), class = c("tbl_df", "tbl", "data.frame")), lines broken after ", " once they pass 70
characters (the trailing space kept), strings never broken, \\" and \\n escapes, NA / NA_character_, integer 'L'
suffixes, a factor as structure(c(…L), levels = …, class = "factor"). Spanish reading table of a RL / AutoML /
optimisation group (with blog, course, book and repository rows that are not papers)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, CAT, write_only
from make_expected import by_num, keys

F = by_num(732)
A = lambda k: f"https://arxiv.org/abs/{k}"

rows = [
 # tipo, titulo, autores, anio, enlace, arxiv_id, nota, leido, prioridad(1 alta 2 media 3 baja)
 ("artículo", T("2006.05990"), au("2006.05990", 3), 2020, A("2006.05990"), "2006.05990",
  "Más de 50 decisiones de implementación de PPO evaluadas; la normalización de observaciones y la inicialización de la capa de política importan más de lo esperado.", True, 1),
 ("artículo", T("2101.03958"), au("2101.03958", 3), 2021, A("2101.03958"), "2101.03958",
  "Búsqueda evolutiva sobre grafos de cómputo de la función de pérdida; el algoritmo aprendido generaliza a entornos no vistos.", True, 2),
 ("blog", "The 37 Implementation Details of Proximal Policy Optimization", "Huang, S. y otros (ICLR Blog Track)", 2022,
  "https://iclr-blog-track.github.io/2022/03/25/ppo-implementation-details/", None,
  "Entrada de blog, no es artículo; útil junto a la fila 1.", True, 2),
 ("artículo", T("2006.03656"), au("2006.03656", 3), 2020, A("2006.03656"), "2006.03656",
  "Busca hiperparámetros y arquitectura a la vez con pesos compartidos. Pablo lo presenta el 14/3.", False, 1),
 ("artículo", T("2011.03459"), au("2011.03459", 3), 2020, None, "2011.03459",
  "Consultas complejas sobre grafos de conocimiento con predictores de enlaces preentrenados y normas t. El enlace del correo estaba roto: solo tenemos el número.", False, 2),
 ("artículo", T("2103.09762"), au("2103.09762", 3), 2021, A("2103.09762"), "2103.09762",
  "Aprendizaje continuo: actualiza en direcciones ortogonales al subespacio de gradientes de tareas previas.\nComparar con EWC en nuestro benchmark de brazos robóticos.", False, 2),
 ("curso", "Deep Reinforcement Learning (CS 285, otoño 2023)", "UC Berkeley", 2023,
  "https://rail.eecs.berkeley.edu/deeprlcourse/", None, "Curso; clases 5 a 9 para repasar gradiente de política.", True, 3),
 ("artículo", T("2006.05929"), au("2006.05929", 3), 2020, None, None,
  "Condensa un conjunto de datos en unas pocas imágenes sintéticas igualando gradientes. Fotocopia de la biblioteca, sin enlace.", False, 3),
 ("artículo", T("2103.13462"), au("2103.13462", 1), 2021, None, None,
  "Notas de curso/monografía de teoría: por qué el descenso de gradiente local encuentra buenos mínimos en problemas no convexos. Lectura para la sesión de teoría de \"los jueves raros\".", False, 3),
 ("libro", "Reinforcement Learning: An Introduction (2.ª ed.)", "Sutton, R. S. y Barto, A. G.", 2018,
  "http://incompleteideas.net/book/the-book-2nd.html", None, "Libro de referencia, capítulos 13 y 17.", True, 3),
 ("artículo", T("2307.15043"), au("2307.15043", 3), 2023, None, None,
  "No es RL, pero salió en la discusión sobre búsqueda discreta de sufijos por gradiente. Lo propuso Marta; sin enlace todavía.", False, 3),
 ("repositorio", "vwxyzjn/cleanrl", "Costa Huang y colaboradores", 2024, "https://github.com/vwxyzjn/cleanrl", None,
  "Repositorio con implementaciones de un solo archivo; lo usamos para las prácticas.", True, 2),
]


def rstr(s):
    if s is None: return "NA"
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def vec(items):
    return "c(" + ", ".join(items) + ")"


def col(name, values):
    return f"{name} = " + vec(values)


n = len(rows)
parts = [
 f"id = 1:{n}",
 col("tipo", [rstr(r[0]) for r in rows]),
 col("titulo", [rstr(r[1]) for r in rows]),
 col("autores", [rstr(r[2]) for r in rows]),
 col("anio", [f"{r[3]}L" for r in rows]),
 col("enlace", [rstr(r[4]) if r[4] else "NA" for r in rows]),
 col("arxiv_id", [rstr(r[5]) if r[5] else "NA" for r in rows]),
 col("nota", [rstr(r[6]) for r in rows]),
 col("leido", ["TRUE" if r[7] else "FALSE" for r in rows]),
 "prioridad = structure(" + vec([f"{r[8]}L" for r in rows]) + ', levels = c("alta", "media", "baja"), class = "factor")',
]
expr = ("structure(list(" + ", ".join(parts) + "), row.names = c(NA, -" + str(n) + 'L), class = c("tbl_df", ' +
        '"tbl", "data.frame"))')
# deparse-like line breaking: break after ", " once the line has reached 70 characters (never inside a string)
out, line, i, instr = [], "", 0, False
while i < len(expr):
    ch = expr[i]
    line += ch
    if instr:
        if ch == "\\": line += expr[i + 1]; i += 1
        elif ch == '"': instr = False
    elif ch == '"': instr = True
    elif ch == "," and expr[i + 1] == " " and len(line) >= 70:
        out.append(line + " "); line = ""; i += 1
    i += 1
out.append(line)
dput = "\n".join(out)

text = f"""
R version 4.3.2 (2023-10-31) -- "Eye Holes"
Copyright (C) 2023 The R Foundation for Statistical Computing
Platform: x86_64-pc-linux-gnu (64-bit)

R es un software libre y viene sin GARANTIA ALGUNA.
Usted puede redistribuirlo bajo ciertas circunstancias.
Escriba 'license()' o 'licence()' para detalles de distribucion.

R es un proyecto colaborativo con muchos contribuyentes.
Escriba 'contributors()' para obtener más información y
'citation()' para saber cómo citar R o paquetes de R en publicaciones.

Escriba 'demo()' para demostraciones, 'help()' para el sistema on-line de ayuda,
o 'help.start()' para abrir el sistema de ayuda HTML con su navegador.
Escriba 'q()' para salir de R.

> # Grupo de lectura RL/AutoML -- tabla para pegar en el issue #14 (pedida por Iñaki)
> library(readr); library(dplyr)

Adjuntando el paquete: ‘dplyr’

Los siguientes objetos se enmascaran desde ‘package:stats’:

    filter, lag

Los siguientes objetos se enmascaran desde ‘package:base’:

    intersect, setdiff, setequal, union

> lecturas <- read_rds("datos/lecturas_grupo_2024T1.rds")
> lecturas |> count(tipo, leido)
# A tibble: 6 × 3
  tipo        leido     n
  <chr>       <lgl> <int>
1 artículo    FALSE     5
2 artículo    TRUE      2
3 blog        TRUE      1
4 curso       TRUE      1
5 libro       TRUE      1
6 repositorio TRUE      1
> # dput completo para que cualquiera pueda reproducir la tabla sin el .rds
> dput(lecturas)
{dput}
> sessionInfo()
R version 4.3.2 (2023-10-31)
Platform: x86_64-pc-linux-gnu (64-bit)
Running under: Ubuntu 22.04.4 LTS

Matrix products: default
BLAS:   /usr/lib/x86_64-linux-gnu/openblas-pthread/libblas.so.3 
LAPACK: /usr/lib/x86_64-linux-gnu/openblas-pthread/libopenblasp-r0.3.20.so;  LAPACK version 3.10.0

locale:
 [1] LC_CTYPE=es_ES.UTF-8       LC_NUMERIC=C               LC_TIME=es_ES.UTF-8       
 [4] LC_COLLATE=es_ES.UTF-8     LC_MONETARY=es_ES.UTF-8    LC_MESSAGES=es_ES.UTF-8   
 [7] LC_PAPER=es_ES.UTF-8       LC_NAME=C                  LC_ADDRESS=C              
[10] LC_TELEPHONE=C             LC_MEASUREMENT=es_ES.UTF-8 LC_IDENTIFICATION=C       

time zone: Europe/Madrid
tzcode source: system (glibc)

attached base packages:
[1] stats     graphics  grDevices utils     datasets  methods   base     

other attached packages:
[1] dplyr_1.1.4 readr_2.1.5

loaded via a namespace (and not attached):
 [1] utf8_1.2.4       R6_2.5.1         tidyselect_1.2.0 tzdb_0.4.0       magrittr_2.0.3  
 [6] glue_1.7.0       tibble_3.2.1     pkgconfig_2.0.3  generics_0.1.3   lifecycle_1.0.4 
[11] cli_3.6.2        fansi_1.0.6      vctrs_0.6.5      compiler_4.3.2   pillar_1.9.0    
[16] rlang_1.1.3     
> # listo: pegado en el issue. Recordad que las filas 3, 7, 10 y 12 no son artículos (blog, curso, libro, repo).
> q()
¿Guardar imagen de área de trabajo? [y/n/c]: n
"""[1:]
dec = text.replace('\\"', '"').replace("\\n", "\n")
write_only(F, text, keys(F), forms=[dec])
