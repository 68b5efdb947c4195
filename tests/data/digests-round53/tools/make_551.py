#!/usr/bin/env python3
"""551: ConTeXt MkIV lecture notes (Spanish) for a course session on generative models: the `% macros=mkiv` line,
\\mainlanguage[es], setups, a BibTeX dataset kept in a buffer and loaded with \\usebtxdataset[…][….buffer],
\\usebtxdefinitions[apa], \\startchapter / \\startsection blocks with [title={…}], \\cite[key], \\goto{…}[url(…)],
\\startitemize / \\stopitemize, formulas, a \\startplacefigure, and \\placelistofpublications at the end. Papers: an
arXiv url field and \\goto links (link), an OpenReview url field (link), an eprint field with archiveprefix
(arxiv-text), titles in the dataset or the text with a DOI / PMLR link or none (title-only). Not papers: the
diffusers docs, a CVPR tutorial, Lil'Log, the book by Murphy, the course's Moodle."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, CAT, write_only
from make_expected import F551, keys


def bt(names):
    return " and ".join(names)


A = lambda k: CAT[k]["authors"]
DBN = "A Fast Learning Algorithm for Deep Belief Nets"
bib = f"""@article{{hinton2006fast,
  author    = {{{bt(A(DBN))}}},
  title     = {{{T(DBN)}}},
  journal   = {{Neural Computation}},
  volume    = {{18}},
  number    = {{7}},
  pages     = {{1527--1554}},
  year      = {{2006}},
  doi       = {{10.1162/neco.2006.18.7.1527}}
}}

@inproceedings{{song2021score,
  author    = {{{bt(A("2011.13456"))}}},
  title     = {{{T("2011.13456")}}},
  booktitle = {{International Conference on Learning Representations}},
  year      = {{2021}},
  url       = {{https://openreview.net/forum?id={OR("2011.13456")}}}
}}

@inproceedings{{gatopoulos2021ssvae,
  author    = {{{bt(A("2010.02014"))}}},
  title     = {{{T("2010.02014")}}},
  booktitle = {{Proceedings of the 24th International Conference on Artificial Intelligence and Statistics}},
  year      = {{2021}}
}}

@misc{{podell2023sdxl,
  author    = {{Podell, Dustin and English, Zion and Lacey, Kyle and Blattmann, Andreas and others}},
  title     = {{{{SDXL}}: Improving Latent Diffusion Models for High-Resolution Image Synthesis}},
  year      = {{2023}},
  url       = {{https://arxiv.org/abs/2307.01952}}
}}

@misc{{zhang2023adding,
  author        = {{{bt(A("2302.05543"))}}},
  title         = {{{T("2302.05543")}}},
  year          = {{2023}},
  eprint        = {{2302.05543}},
  archiveprefix = {{arXiv}},
  primaryclass  = {{cs.CV}}
}}

@inproceedings{{gal2023image,
  author    = {{{bt(A("2208.01618"))}}},
  title     = {{{T("2208.01618")}}},
  booktitle = {{International Conference on Learning Representations}},
  year      = {{2023}},
  url       = {{https://arxiv.org/abs/2208.01618}}
}}

@inproceedings{{song2023consistency,
  author    = {{{bt(A("2303.01469"))}}},
  title     = {{{T("2303.01469")}}},
  booktitle = {{Proceedings of the 40th International Conference on Machine Learning}},
  series    = {{PMLR}},
  volume    = {{202}},
  pages     = {{32211--32252}},
  year      = {{2023}}
}}

@article{{kerbl2023gaussians,
  author    = {{{bt(A("2308.04079"))}}},
  title     = {{{T("2308.04079")}}},
  journal   = {{ACM Transactions on Graphics}},
  volume    = {{42}},
  number    = {{4}},
  year      = {{2023}},
  doi       = {{10.1145/3592433}}
}}

@book{{murphy2023probml,
  author    = {{Murphy, Kevin P.}},
  title     = {{Probabilistic Machine Learning: Advanced Topics}},
  publisher = {{MIT Press}},
  year      = {{2023}},
  url       = {{https://probml.github.io/pml-book/book2.html}}
}}
"""
assert "2307.01952" in bib
doc = r"""% macros=mkiv
% engine=luatex
%
% Apuntes de la sesión 9 — Modelos generativos profundos
% Asignatura: Aprendizaje Profundo Avanzado (máster), curso 2023/24
% Compilar con:  context sesion09.tex
% Última revisión: 2024-03-11 (I. Marcos)

\mainlanguage[es]
\setuppapersize[A4]
\setuplayout[width=middle,margin=1.5cm,header=1cm,footer=1cm]
\setupbodyfont[palatino,11pt]
\setupwhitespace[medium]
\setupindenting[no]
\setuphead[chapter][style=\bfc,before={\blank[big]},after={\blank}]
\setuphead[section][style=\bfb]
\setupinteraction[state=start,color=darkblue,contrastcolor=darkblue,style=normal,
  title={Sesión 9: modelos generativos},author={Irene Marcos Villalba}]
\setupurl[style=\tt\small]
\setupheadertexts[Aprendizaje Profundo Avanzado][Sesión 9]
\setupfootertexts[pagenumber]

\startbuffer[bib]
""" + bib + r"""\stopbuffer

\usebtxdataset[default][bib.buffer]
\usebtxdefinitions[apa]
\setupbtx[apa:cite][alternative=authoryear]

\starttext

\startstandardmakeup[top=\vfill,bottom=\vfill]
  \startalignment[middle]
    {\bfd Sesión 9}\blank[big]
    {\bfb Modelos generativos profundos:\\ de las redes de creencia a la difusión}\blank[big]
    {\tfa Irene Marcos Villalba --- Departamento de Informática, Universidad de Valdemora (ejemplo)}\blank
    {\tfa Marzo de 2024}
  \stopalignment
\stopstandardmakeup

\completecontent

\startchapter[title={Antecedentes},reference=ch:antecedentes]

Antes de la difusión, el aprendizaje no supervisado de modelos profundos se apoyaba en el
preentrenamiento capa a capa. La referencia histórica es \quote{""" + T(DBN) + r"""} \cite[hinton2006fast],
que veremos solo en la primera media hora.

\startsection[title={Autocodificadores variacionales}]
Recordad la cota inferior de la evidencia:
\startformula
  \log p_\theta(x) \geq \mathbb{E}_{q_\phi(z\mid x)}\bigl[\log p_\theta(x\mid z)\bigr] - \mathrm{KL}\bigl(q_\phi(z\mid x)\,\|\,p(z)\bigr)
\stopformula
Como lectura opcional, \quote{""" + T("2010.02014") + r"""} \cite[gatopoulos2021ssvae]
propone una jerarquía con transformaciones deterministas de la entrada; no entra en el examen.
\stopsection

\stopchapter

\startchapter[title={Difusión y modelos basados en la puntuación},reference=ch:difusion]

\startsection[title={La visión con ecuaciones diferenciales}]
El marco unificado es el de """ + "\\quote{" + T("2011.13456") + r"""} \cite[song2021score]: el proceso
directo es una EDE y el generativo, la EDE inversa
\startformula
  \mathrm{d}x = \bigl[f(x,t) - g(t)^2 \nabla_x \log p_t(x)\bigr]\,\mathrm{d}t + g(t)\,\mathrm{d}\bar{w}.
\stopformula
\stopsection

\startsection[title={Muestreo en pocos pasos}]
Para reducir el número de evaluaciones leed \quote{""" + T("2303.01469") + r"""} \cite[song2023consistency]
(ICML 2023), sección~3. En la práctica, los \quote{consistency models} destilados se usan mucho en
generación de imágenes en tiempo real.
\stopsection

\startsection[title={Difusión latente a gran escala}]
\startitemize[packed]
\item \goto{SDXL: Improving Latent Diffusion Models for High-Resolution Image Synthesis}[url(https://arxiv.org/abs/2307.01952)]
      \cite[podell2023sdxl] --- dos etapas (base + refinador), condicionamiento por tamaño y recorte.
\item Documentación de \type{diffusers} para probarlo en el laboratorio:
      \goto{huggingface.co/docs/diffusers}[url(https://huggingface.co/docs/diffusers/index)] (no es un artículo).
\stopitemize
\stopsection

\startsection[title={Control y personalización}]
\startitemize[n]
\item """ + T("2302.05543") + r""" \cite[zhang2023adding]: copia entrenable del
      codificador, conexiones con convoluciones a cero.
\item \goto{""" + T("2208.01618") + r"""}[url(https://arxiv.org/abs/2208.01618)]
      \cite[gal2023image]: se aprende un único \quote{pseudo-token} por concepto.
\stopitemize

\startplacefigure[title={Esquema de ControlNet (dibujado en clase; ver la pizarra fotografiada en Moodle).},reference=fig:controlnet]
  \framed[width=.8\textwidth,height=4cm,align={middle,lohi}]{\em figura pendiente}
\stopplacefigure
\stopsection

\startsection[title={Más allá de las imágenes 2D}]
Para la sesión 10 (renderizado neuronal) conviene adelantar \quote{""" + T("2308.04079") + r"""}
\cite[kerbl2023gaussians]. No es un modelo generativo, pero casi todos los trabajos recientes de
generación 3D lo usan como representación.
\stopsection

\stopchapter

\startchapter[title={Material complementario}]
\startitemize[packed]
\item Tutorial de CVPR 2022 sobre difusión (vídeos y diapositivas).
\item Entrada del blog Lil'Log, \goto{\quote{What are Diffusion Models?}}[url(https://lilianweng.github.io/posts/2021-07-11-diffusion-models/)].
\item Capítulo 25 de \cite[murphy2023probml].
\item Ejercicios de la sesión en el Moodle de la asignatura.
\stopitemize
\stopchapter

\startchapter[title={Bibliografía}]
\placelistofpublications
\stopchapter

\stoptext
"""
write_only(F551, doc, keys(F551))
