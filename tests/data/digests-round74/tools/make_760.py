#!/usr/bin/env python3
"""760: one chapter of a Spanish thesis converted by LaTeXML 0.8.7 (latexml + latexmlpost, html5, split by chapter):
the generated-on comment, LaTeXML.css / ltx-book.css, ltx_page_main / ltx_chapter / ltx_section / ltx_para / ltx_p,
ltx_equation tables, `<cite class="ltx_cite ltx_citemacro_cite">[<a href="#bib.bibN" class="ltx_ref">N</a>]</cite>`,
and the bibliography from the thesis' .bbl in SIAM style (siamplain.bst: authors in small caps with initials, title in
italics, `in` + venue, year, `\\url` links as ltx_url anchors), page navigation and the LaTeXML footer logo."""
import os, sys, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, initials, write_only
from make_expected import by_num, keys

F = by_num(760)
E = html.escape


def sc(k, n=None):
    a = [initials(x).replace("Ré", "R\u00e9") for x in CAT[k]["authors"]]
    if n and len(a) > n: return ", ".join(a[:n]) + ", et al."
    return a[0] if len(a) == 1 else (" and ".join(a) if len(a) == 2 else ", ".join(a[:-1]) + ", and " + a[-1])


def url(u):
    return f'<a href="{E(u)}" title="" class="ltx_ref ltx_url ltx_font_typewriter">{E(u)}</a>'


def bib(i, who, title, rest):
    return (f'<li id="bib.bib{i}" class="ltx_bibitem">\n<span class="ltx_tag ltx_role_refnum ltx_tag_bibitem">[{i}]</span>\n'
            f'<span class="ltx_bibblock"><span class="ltx_text ltx_font_smallcaps">{E(who)}</span>, '
            f'<span class="ltx_text ltx_font_italic">{E(title)}</span>, {rest}\n</span>\n</li>')


BIB = [
    ("sutskever", sc("1409.3215"), T("1409.3215"), "in Advances in Neural Information Processing Systems, vol.&nbsp;27, 2014, pp.&nbsp;3104–3112. arXiv:1409.3215."),
    ("goodfellow", "I. Goodfellow, Y. Bengio, and A. Courville", "Deep Learning", "MIT Press, 2016. Libro; capítulo 10."),
    ("dai19", sc("1901.02860"), T("1901.02860"), "in Proceedings of the 57th Annual Meeting of the Association for Computational Linguistics, 2019, pp.&nbsp;2978–2988, " + url("https://arxiv.org/abs/1901.02860") + "."),
    ("dai20", sc("2006.03236"), T("2006.03236"), "in Advances in Neural Information Processing Systems, vol.&nbsp;33, 2020, pp.&nbsp;4271–4282."),
    ("gu20", sc("2008.07669"), T("2008.07669"), "in Advances in Neural Information Processing Systems, vol.&nbsp;33, 2020, " + url("https://arxiv.org/abs/2008.07669") + "."),
    ("sukhbaatar", sc("2105.06548", 3), T("2105.06548"), "in Proceedings of the 38th International Conference on Machine Learning, vol.&nbsp;139 of Proceedings of Machine Learning Research, PMLR, 2021, pp.&nbsp;9902–9912."),
    ("gu22", sc("2111.00396"), T("2111.00396"), "in International Conference on Learning Representations, 2022, " + url("https://openreview.net/forum?id=" + CAT["2111.00396"]["openreview_id"]) + "."),
    ("hamilton", "J. D. Hamilton", "Time Series Analysis", "Princeton University Press, 1994. Libro."),
    ("sun", sc("2307.08621", 3), T("2307.08621"), "preprint, 2023. Versión leída: la del repositorio de los autores (consultada el 12 de enero de 2024)."),
    ("gu23", sc("2312.00752"), T("2312.00752"), "2023, " + url("https://arxiv.org/abs/2312.00752") + "."),
    ("jax", "J. Bradbury, R. Frostig, P. Hawkins, et al.", "JAX: composable transformations of Python+NumPy programs", "software, versión 0.4.23, 2018–2024, " + url("http://github.com/google/jax") + "."),
    ("rush", "S. Rush and S. Karamcheti", "The Annotated S4", "entrada de blog, 2022, " + url("https://srush.github.io/annotated-s4/") + "."),
    ("ortega", "L. Ortega Villalba", "Implementación eficiente de recurrencias lineales en GPU", "trabajo fin de máster, Universidad de Valdeoro, 2023."),
]
NUM = {k: i for i, (k, *_) in enumerate(BIB, 1)}


def c(*ks):
    return '<cite class="ltx_cite ltx_citemacro_cite">[' + ", ".join(
        f'<a href="#bib.bib{NUM[k]}" title="" class="ltx_ref">{NUM[k]}</a>' for k in ks) + "]</cite>"


def para(sec, n, body):
    return f'<div id="S{sec}.p{n}" class="ltx_para">\n<p id="S{sec}.p{n}.1" class="ltx_p">{body}</p>\n</div>'


body = f"""<section class="ltx_chapter ltx_authors_1line">
<h1 class="ltx_title ltx_title_chapter">
<span class="ltx_tag ltx_tag_chapter">Capítulo 3 </span>Modelos de secuencias: de la recurrencia a los espacios de estados</h1>
<div id="p1" class="ltx_para">
<p id="p1.1" class="ltx_p">En este capítulo repasamos las familias de modelos de secuencias que sirven de punto de partida para las contribuciones de los capítulos 4 y 5. No pretendemos ser exhaustivos: el lector interesado en los fundamentos puede consultar el libro de texto clásico <span class="ltx_text ltx_font_italic">Deep Learning</span> <span class="ltx_text ltx_font_italic">(ed. MIT Press)</span>, en particular su capítulo sobre redes recurrentes {c("goodfellow")}, y, para el punto de vista estadístico, {c("hamilton")}.</p>
</div>
<section id="S1" class="ltx_section">
<h2 class="ltx_title ltx_title_section">
<span class="ltx_tag ltx_tag_section">3.1 </span>Codificador–decodificador recurrente</h2>
{para(1, 1, f"El esquema codificador–decodificador con LSTM profundas {c('sutskever')} fijó durante años la referencia en traducción automática: el codificador resume la frase de entrada en un vector de dimensión fija y el decodificador genera la salida token a token. Su principal limitación, el cuello de botella del vector de contexto, motivó los mecanismos de atención y, más tarde, el abandono de la recurrencia.")}
{para(1, 2, f"Conviene recordar que el entrenamiento de estas redes es intrínsecamente secuencial: el coste por paso es <math id='S1.p2.m1' class='ltx_Math' alttext='O(1)' display='inline'><semantics><mrow><mi>O</mi><mo>⁢</mo><mrow><mo stretchy='false'>(</mo><mn>1</mn><mo stretchy='false'>)</mo></mrow></mrow><annotation encoding='application/x-tex'>O(1)</annotation></semantics></math> en memoria, pero no se paraleliza a lo largo de la secuencia.")}
</section>
<section id="S2" class="ltx_section">
<h2 class="ltx_title ltx_title_section">
<span class="ltx_tag ltx_tag_section">3.2 </span>Atención con memoria y compresión</h2>
{para(2, 1, f"Para contextos largos, la recurrencia a nivel de segmento con codificación posicional relativa {c('dai19')} reutiliza los estados ocultos del segmento anterior como memoria. Una idea relacionada es comprimir la secuencia a medida que se profundiza en la red {c('dai20')}, o bien aprender qué recuerdos pueden expirar {c('sukhbaatar')}.")}
{para(2, 2, "En nuestros experimentos preliminares (apéndice B) la memoria de segmento resultó frágil cuando la longitud de evaluación supera en más de cuatro veces la de entrenamiento.")}
</section>
<section id="S3" class="ltx_section">
<h2 class="ltx_title ltx_title_section">
<span class="ltx_tag ltx_tag_section">3.3 </span>Modelos de espacios de estados</h2>
{para(3, 1, f"La proyección polinómica óptima {c('gu20')} proporciona una inicialización con fundamento teórico para la matriz de transición; sobre ella se construye el modelo estructurado de espacios de estados {c('gu22')}, cuyo núcleo de convolución se calcula de forma eficiente. La variante selectiva {c('gu23')} hace que los parámetros dependan de la entrada y recupera la capacidad de filtrar información. Una alternativa con retención multiescala {c('sun')} ofrece tres modos de cómputo equivalentes.")}
{para(3, 2, f"Para la implementación usamos JAX {c('jax')}; la entrada de blog {c('rush')} es una excelente introducción práctica y la recomendamos antes de leer el código del capítulo 5. Los núcleos de escaneo paralelo se basan en el trabajo fin de máster {c('ortega')}.")}
<div id="S3.T1" class="ltx_table">
<figure class="ltx_table"><figcaption class="ltx_caption ltx_centering"><span class="ltx_tag ltx_tag_table">Tabla 3.1: </span>Coste asintótico por capa (longitud <math alttext="L" class="ltx_Math" display="inline"><mi>L</mi></math>).</figcaption>
<table class="ltx_tabular ltx_centering ltx_guessed_headers ltx_align_middle">
<thead class="ltx_thead"><tr class="ltx_tr"><th class="ltx_td ltx_align_left ltx_th ltx_th_column ltx_border_tt">Familia</th><th class="ltx_td ltx_align_center ltx_th ltx_th_column ltx_border_tt">Entrenamiento</th><th class="ltx_td ltx_align_center ltx_th ltx_th_column ltx_border_tt">Inferencia por paso</th></tr></thead>
<tbody class="ltx_tbody">
<tr class="ltx_tr"><td class="ltx_td ltx_align_left ltx_border_t">Recurrente</td><td class="ltx_td ltx_align_center ltx_border_t">secuencial</td><td class="ltx_td ltx_align_center ltx_border_t">constante</td></tr>
<tr class="ltx_tr"><td class="ltx_td ltx_align_left">Atención completa</td><td class="ltx_td ltx_align_center">cuadrático</td><td class="ltx_td ltx_align_center">lineal</td></tr>
<tr class="ltx_tr"><td class="ltx_td ltx_align_left ltx_border_bb">Espacio de estados</td><td class="ltx_td ltx_align_center ltx_border_bb">casi lineal</td><td class="ltx_td ltx_align_center ltx_border_bb">constante</td></tr>
</tbody>
</table>
</figure>
</div>
</section>
<section id="bib" class="ltx_bibliography">
<h2 class="ltx_title ltx_title_bibliography">Bibliografía</h2>
<ul class="ltx_biblist">
{chr(10).join(bib(i, w, t, r) for i, (_, w, t, r) in enumerate(BIB, 1))}
</ul>
</section>
</section>"""

text = f"""<!DOCTYPE html><html lang="es">
<head>
<meta http-equiv="content-type" content="text/html; charset=UTF-8">
<title>Capítulo 3 Modelos de secuencias: de la recurrencia a los espacios de estados ‣ Memoria larga en modelos de secuencias</title>
<!--Generated on Tue Mar  5 18:22:41 2024 by LaTeXML (version 0.8.7) http://dlmf.nist.gov/LaTeXML/.-->
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<link rel="stylesheet" href="LaTeXML.css" type="text/css">
<link rel="stylesheet" href="ltx-book.css" type="text/css">
<link rel="up" href="index.html" title="Memoria larga en modelos de secuencias">
<link rel="prev" href="Ch2.html" title="Capítulo 2 Preliminares ‣ Memoria larga en modelos de secuencias">
<link rel="next" href="Ch4.html" title="Capítulo 4 Memoria selectiva para series temporales ‣ Memoria larga en modelos de secuencias">
</head>
<body>
<nav class="ltx_page_navbar">
<a href="index.html" title="" class="ltx_ref"><span class="ltx_text ltx_ref_title">Memoria larga en modelos de secuencias</span></a>
<nav class="ltx_TOC">
<ul class="ltx_toclist">
<li class="ltx_tocentry ltx_tocentry_chapter"><a href="Ch1.html" title="" class="ltx_ref"><span class="ltx_text ltx_ref_title"><span class="ltx_tag ltx_tag_ref">1 </span>Introducción</span></a></li>
<li class="ltx_tocentry ltx_tocentry_chapter"><a href="Ch2.html" title="" class="ltx_ref"><span class="ltx_text ltx_ref_title"><span class="ltx_tag ltx_tag_ref">2 </span>Preliminares</span></a></li>
<li class="ltx_tocentry ltx_tocentry_chapter"><a href="" title="" class="ltx_ref ltx_ref_self"><span class="ltx_text ltx_ref_title"><span class="ltx_tag ltx_tag_ref">3 </span>Modelos de secuencias: de la recurrencia a los espacios de estados</span></a></li>
<li class="ltx_tocentry ltx_tocentry_chapter"><a href="Ch4.html" title="" class="ltx_ref"><span class="ltx_text ltx_ref_title"><span class="ltx_tag ltx_tag_ref">4 </span>Memoria selectiva para series temporales</span></a></li>
<li class="ltx_tocentry ltx_tocentry_chapter"><a href="Ch5.html" title="" class="ltx_ref"><span class="ltx_text ltx_ref_title"><span class="ltx_tag ltx_tag_ref">5 </span>Experimentos</span></a></li>
</ul></nav>
</nav>
<div class="ltx_page_main">
<header class="ltx_page_header">
<div><a href="Ch2.html" title="" class="ltx_ref" rel="prev"><span class="ltx_text ltx_ref_title"><span class="ltx_tag ltx_tag_ref">2 </span>Preliminares</span></a><a href="Ch4.html" title="" class="ltx_ref" rel="next"><span class="ltx_text ltx_ref_title"><span class="ltx_tag ltx_tag_ref">4 </span>Memoria selectiva para series temporales</span></a></div>
</header>
<div class="ltx_page_content">
{body}
</div>
<footer class="ltx_page_footer">
<div class="ltx_page_logo">Generated  on Tue Mar  5 18:22:41 2024 by <a href="http://dlmf.nist.gov/LaTeXML/" class="ltx_LaTeXML_logo"><span style="letter-spacing:-0.2em; margin-right:0.1em;">L<span class="ltx_font_smallcaps" style="position:relative; bottom:2.2pt;">a</span>T<span class="ltx_font_smallcaps" style="font-size:120%;position:relative; bottom:-0.2ex;">e</span></span><span style="font-size:90%; position:relative; bottom:-0.2ex;">XML</span><img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAsAAAAOCAYAAAD5YeaVAAAAAXNSR0IArs4c6QAAAAZiS0dEAP8A/wD/oL2nkwAAAAlwSFlzAAALEwAACxMBAJqcGAAAAAd0SU1FB9wKExQZLWTEaOUAAAAddEVYdENvbW1lbnQAQ3JlYXRlZCB3aXRoIFRoZSBHSU1Q72QlbgAAAdpJREFUKM9tkL+L2nAARz9fPZNCKFapUn8kyI0e4iRHSR1Kb8ng0lJw6FYHFwv2LwhOpcWxTjeUunYqOmqd6hEoRDhtDWdA8ApRYsSUCDHNt5ul13vz4w0vWCgUnnEc975arX6ORqN3VqtVZbfbTQC4uEHANM3jSqXymFI6yWazP2KxWAXAL9zCUa1Wy2tXVxheKA9YNoR8Pt+aTqe4FVVVvz05O6MBhqUIBGk8Hn8HAOVy+T+XLJfLS4ZhTiRJgqIoVBRFIoric47jPnmeB1mW/9rr9ZpSSn3Lsmir1fJZlqWlUonKsvwWwD8ymc/nXwVBeLjf7xEKhdBut9Hr9WgmkyGEkJwsy5eHG5vN5g0AKIoCAEgkEkin0wQAfN9/cXPdheu6P33fBwB4ngcAcByHJpPJl+fn54mD3Gg0NrquXxeLRQAAwzAYj8cwTZPwPH9/sVg8PXweDAauqqr2cDjEer1GJBLBZDJBs9mE4zjwfZ85lAGg2+06hmGgXq+j3+/DsixYlgVN03a9Xu8jgCNCyIegIAgx13Vfd7vdu+FweG8YRkjXdWy329+dTgeSJD3ieZ7RNO0VAXAPwDEAO5VKndi2fWrb9jWl9Esul6PZbDY9Go1OZ7PZ9z/lyuD3OozU2wAAAABJRU5ErkJggg==" alt="Mascot Sammy"></a>
</div></footer>
</div>
</body>
</html>
"""
write_only(F, text, keys(F), [html.unescape(text)])
