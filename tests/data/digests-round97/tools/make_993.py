#!/usr/bin/env python3
"""993: a wxMaxima batch file (`.wxm`, written by wxMaxima 23.05.1) of a Spanish-speaking numerical-analysis
lecturer preparing a seminar on state-space sequence models: the two header comments, then cells as wxMaxima saves
them (`/* [wxMaxima: title   start ]` … `   [wxMaxima: title   end   ] */`, likewise section / subsect / comment;
input cells between `/* [wxMaxima: input   start ] */` and `/* [wxMaxima: input   end   ] */`), two blank lines
between cells, no outputs (a .wxm keeps none), and the closing comment and `"Created with wxMaxima …"$` line. The
Maxima code computes the HiPPO-LegS matrix, S4's bilinear discretisation and convolution kernel, Mamba's ZOH step and
a cost table; the text cells carry the references. The state-spaces/mamba repository and the Maxima manual are not
papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(993)
K = dict(hippo="2008.07669", mamba="2312.00752", s4="2111.00396", lra="2011.04006", linformer="2006.04768",
         longformer="2004.05150", sparse="1904.10509", survey="2103.14636")
V = "23.05.1"
cells = []


def text_cell(kind, body):
    cells.append("/* [wxMaxima: %-7s start ]\n%s\n   [wxMaxima: %-7s end   ] */" % (kind, body, kind))


def code(body):
    cells.append("/* [wxMaxima: input   start ] */\n%s\n/* [wxMaxima: input   end   ] */" % body)


text_cell("title", "Seminario de Análisis Numérico — modelos de espacio de estados (HiPPO → S4 → Mamba)")
text_cell("comment", "Notas para la sesión del jueves 14 de marzo (aula 2.11). Todo se ejecuta con Maxima 5.47; las celdas de texto\n"
          "llevan las referencias. Si algo no funciona, el manual de Maxima (no es un artículo) está en\n"
          "https://maxima.sourceforge.io/docs/manual/maxima_toc.html")
text_cell("section", "1. La matriz HiPPO-LegS")
text_cell("comment", "Referencia: Gu, Dao, Ermon, Rudra, Ré, «" + T(K["hippo"]) + "», NeurIPS 2020.\n"
          "https://arxiv.org/abs/2008.07669\n"
          "Para la medida de Legendre escalada, A(n,k) = -sqrt(2n+1) sqrt(2k+1) si n > k, -(n+1) si n = k, 0 si n < k,\n"
          "y B(n) = sqrt(2n+1). Construimos el caso N = 4 para verlo a mano.")
code("a(n, k) := if n > k then -sqrt(2*n+1)*sqrt(2*k+1) elseif n = k then -(n+1) else 0$\n"
     "N : 4$\n"
     "AL : genmatrix(lambda([i, j], a(i-1, j-1)), N, N);\n"
     "B : genmatrix(lambda([i, j], sqrt(2*i-1)), N, 1);")
code("/* comprobación: los autovalores son -1, -2, ..., -N */\n"
     "eigenvalues(AL);")
text_cell("section", "2. Discretización bilineal y núcleo convolucional (S4)")
text_cell("comment", "«" + T(K["s4"]) + "» (Gu, Goel, Ré), ICLR 2022:\n"
          "https://openreview.net/forum?id=uYLFoz1vlAC\n"
          "Con paso dt, la transformación bilineal da Abar = (I - dt/2 A)^(-1) (I + dt/2 A) y Bbar = (I - dt/2 A)^(-1) dt B.\n"
          "El núcleo es K = (C Bbar, C Abar Bbar, ..., C Abar^(L-1) Bbar); aquí lo calculamos directamente para L = 8,\n"
          "en el artículo se obtiene con la representación DPLR y un núcleo de Cauchy.")
code("Id : ident(N)$\n"
     "Abar(dt) := invert(Id - dt/2*AL) . (Id + dt/2*AL)$\n"
     "Bbar(dt) := invert(Id - dt/2*AL) . (dt*B)$\n"
     "float(Abar(1/10));")
code("C : matrix([1, 0, 0, 0])$\n"
     "K : makelist(C . (Abar(1/10)^^l) . Bbar(1/10), l, 0, 7)$\n"
     "float(K);")
text_cell("subsect", "Sobre los resultados")
text_cell("comment", "Para discutir resultados usamos las tablas de «" + T(K["lra"]) + "»\n"
          "(https://openreview.net/forum?id=qVyeW-grC2k): seis tareas con secuencias de 1K a 16K elementos.\n"
          "Path-X es la tarea que ningún transformer resolvía y que S4 resolvió por primera vez.")
text_cell("section", "3. Selección: parámetros que dependen de la entrada (Mamba)")
text_cell("comment", "«" + T(K["mamba"]) + "» (Gu, Dao, 2023) — https://arxiv.org/abs/2312.00752\n"
          "Ahora dt, B y C dependen de cada entrada. Con A diagonal, la discretización de orden cero (ZOH) es exacta y\n"
          "elemento a elemento: abar = exp(dt a), bbar = (exp(dt a) - 1)/a · b. El código CUDA del barrido paralelo está en\n"
          "el repositorio state-spaces/mamba de GitHub (código, no artículo).")
code("zoh(a, dt) := [exp(dt*a), (exp(dt*a) - 1)/a]$\n"
     "zoh(-1/2, delta);\n"
     "/* para dt pequeño, bbar ≈ dt·b (Euler) */\n"
     "taylor(second(zoh(a, delta)), delta, 0, 2);")
text_cell("section", "4. Comparación de costes con la atención eficiente")
text_cell("comment", "Costes por capa para longitud n y dimensión d. Referencias de la tabla:\n"
          "- " + T(K["linformer"]) + " (arXiv:2006.04768): proyecta claves y valores a dimensión k.\n"
          "- " + T(K["longformer"]) + " (Beltagy, Peters, Cohan): ventana w más unas pocas posiciones globales.\n"
          "- " + T(K["sparse"]) + " (Child et al., 2019): atención factorizada con paso sqrt(n).\n"
          "Resumen general para los estudiantes: «" + T(K["survey"]) + "» (Fournier, Marceau Caron, Aloise).")
code("costes : [atencion = n^2*d, linformer = n*k*d, longformer = n*w*d, dispersa = n*sqrt(n)*d, ssm = n*d*s]$\n"
     "subst([n = 16384, d = 64, k = 256, w = 512, s = 64], costes);\n"
     "float(%);")
text_cell("comment", "Pendiente: preguntar a Lucía si la sesión del 21 la dedicamos a las tareas de LRA o al código de Mamba.")
text = ("/* [wxMaxima batch file version 1] [ DO NOT EDIT BY HAND! ]*/\n"
        "/* [ Created with wxMaxima version %s ] */\n" % V
        + "\n\n\n".join(cells)
        + "\n\n\n\n/* Old versions of Maxima abort on loading files that end in a comment. */\n"
        + '"Created with wxMaxima %s"$\n' % V)
write_only(F, text, keys(F))
