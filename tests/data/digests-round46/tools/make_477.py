#!/usr/bin/env python3
"""477: a reading plan kept as an Emacs Org file (Spanish): #+ keywords with a custom #+TODO sequence (POR-LEER /
LEYENDO | LEÍDO DESCARTADO), weekly headings with progress cookies [n/m], priorities [#A], tags, SCHEDULED /
DEADLINE / CLOSED timestamps with Spanish weekday abbreviations (the writer's locale), :PROPERTIES: and :LOGBOOK:
drawers with CLOCK lines, [[url][description]] links, #+BEGIN_QUOTE / #+BEGIN_SRC blocks, checkbox lists, a
#+TBLFM table. Long context and efficient attention."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F477, keys

t = T
text = f"""#+TITLE: Plan de lectura — contexto largo y atención eficiente (primavera 2024)
#+AUTHOR: Lucía Berrocal
#+EMAIL: lberrocal@example.org
#+DATE: <2024-04-01 lun>
#+STARTUP: overview indent
#+TODO: POR-LEER(p) LEYENDO(l!) | LEÍDO(d!) DESCARTADO(x@)
#+TAGS: atencion(a) ssm(s) evaluacion(e) codigo(c)
#+FILETAGS: :tfm:lectura:
#+ARCHIVE: plan-lectura-archivo.org::

Notas para el TFM con Andrés (grupo de PLN, 3.ª planta). Reunión de seguimiento los jueves a las 16:00.
Regla: cada artículo se lee en dos pasadas; la segunda con el código abierto. Los resúmenes van a =notas/=.
Los enlaces a arXiv son los que uso en la tableta (Zotero los sincroniza solo si hay enlace directo).

* Semana 1 — por qué la atención es cuadrática [2/2]
SCHEDULED: <2024-04-01 lun>
** LEÍDO [#A] {t('2006.16236')} :atencion:
CLOSED: [2024-04-03 mié 19:12] SCHEDULED: <2024-04-02 mar>
:PROPERTIES:
:AUTORES:  Katharopoulos, Vyas, Pappas, Fleuret
:ARXIV:    arXiv:2006.16236
:VENUE:    ICML 2020
:END:
:LOGBOOK:
- State "LEÍDO"       from "LEYENDO"    [2024-04-03 mié 19:12]
CLOCK: [2024-04-03 mié 17:40]--[2024-04-03 mié 19:10] =>  1:30
CLOCK: [2024-04-02 mar 10:05]--[2024-04-02 mar 11:20] =>  1:15
:END:
La idea clave: con un mapa de características φ, softmax(QKᵀ)V se reescribe como φ(Q)(φ(K)ᵀV) y el coste pasa a
ser lineal. La parte de «transformers como RNN» (decodificación con estado constante) es la que más me interesa
para el capítulo 2.
- [X] reproducir la tabla de velocidad con =fast-transformers= (la librería de los autores, =idiap/fast-transformers=)
- [X] anotar la relación con los kernels aleatorios

** LEÍDO [#B] Reformer :atencion:
CLOSED: [2024-04-05 vie 12:30] SCHEDULED: <2024-04-04 jue>
:PROPERTIES:
:TITULO_COMPLETO: {t('2001.04451')}
:OPENREVIEW: [[https://openreview.net/forum?id={OR('2001.04451')}][ICLR 2020 (oral)]]
:END:
:LOGBOOK:
CLOCK: [2024-04-05 vie 10:45]--[2024-04-05 vie 12:30] =>  1:45
:END:
LSH para agrupar consultas y claves parecidas + capas reversibles. Muy citado, poco usado hoy. Los comentarios
de los revisores en OpenReview son mejores que la sección de experimentos.

* Semana 2 — patrones dispersos y proyecciones [1/2]
SCHEDULED: <2024-04-08 lun>
** LEÍDO [#A] {t('2007.14062')} :atencion:
CLOSED: [2024-04-10 mié 21:05] SCHEDULED: <2024-04-09 mar>
:PROPERTIES:
:VENUE:    NeurIPS 2020
:CODIGO:   [[https://github.com/google-research/bigbird][google-research/bigbird]]
:END:
:LOGBOOK:
CLOCK: [2024-04-10 mié 19:30]--[2024-04-10 mié 21:05] =>  1:35
:END:
Ventana local + tokens globales + aleatorios. El argumento teórico (completitud de Turing con tokens globales) es
el apéndice que hay que leer con calma. No tengo el PDF de arXiv a mano: lo leí en las actas de NeurIPS.

** POR-LEER [#C] linformer :atencion:
SCHEDULED: <2024-04-11 jue>
Título completo para la bibliografía: «{t('2006.04768')}» (Wang et al., 2020).
Proyección de baja dimensión de K y V a lo largo de la secuencia. Ojo: no sirve para decodificación causal tal
cual — anotarlo en la tabla comparativa.

* Semana 3 — más allá de la atención [1/2]
SCHEDULED: <2024-04-15 lun>
** LEYENDO [#A] Hyena :ssm:codigo:
SCHEDULED: <2024-04-16 mar> DEADLINE: <2024-04-19 vie>
:PROPERTIES:
:TITULO:   {t('2302.10866')}
:URL:      [[https://arxiv.org/abs/2302.10866][arxiv.org/abs/2302.10866]]
:END:
:LOGBOOK:
- State "LEYENDO"     from "POR-LEER"   [2024-04-16 mar 09:02]
CLOCK: [2024-04-16 mar 09:02]--[2024-04-16 mar 10:32] =>  1:30
:END:
Convoluciones largas implícitas + gating. Comparar con S4 (el post «The Annotated S4» para la intuición, no es un
artículo). Pendiente: entender la parametrización del filtro con la FFN posicional.
#+BEGIN_SRC shell
git clone https://github.com/HazyResearch/safari && cd safari
python -m train experiment=synthetics/associative_recall/hyena
#+END_SRC

** LEÍDO [#B] FLASH / gated attention unit :atencion:
CLOSED: [2024-04-18 jue 18:20] SCHEDULED: <2024-04-17 mié>
{t('2202.10447')} — Hua, Dai, Liu y Le, ICML 2022 (actas PMLR, vol. 162). La «GAU» mezcla atención
de una sola cabeza con un GLU; la variante lineal por bloques es la que se parece a lo de la semana 1.
:LOGBOOK:
CLOCK: [2024-04-18 jue 16:50]--[2024-04-18 jue 18:20] =>  1:30
:END:

* Semana 4 — hardware y evaluación [1/2]
SCHEDULED: <2024-04-22 lun>
** LEÍDO [#A] {t('2205.14135')} :atencion:codigo:
CLOSED: [2024-04-23 mar 20:40] SCHEDULED: <2024-04-22 lun>
:PROPERTIES:
:URL:      [[https://arxiv.org/pdf/2205.14135v2.pdf][PDF v2]]
:CODIGO:   [[https://github.com/Dao-AILab/flash-attention][Dao-AILab/flash-attention]]
:END:
:LOGBOOK:
CLOCK: [2024-04-23 mar 18:10]--[2024-04-23 mar 20:40] =>  2:30
:END:
#+BEGIN_QUOTE
We argue that a missing principle is making attention algorithms IO-aware.
#+END_QUOTE
No es aproximada: es atención exacta con tiling y recomputación en el backward. Explica por qué los métodos de la
semana 2 no siempre ganan en tiempo de reloj.

** POR-LEER [#B] lost in the middle :evaluacion:
DEADLINE: <2024-04-26 vie>
«{t('2307.03172').lower()}» — Liu et al., publicado en TACL (2024). Me lo pasó Andrés tras la
charla del seminario del martes. Es evaluación, no arquitectura: la curva en U según la posición del documento
relevante. Buscar si hay versión en la ACL Anthology para citarla bien.

* Tabla de horas
#+NAME: horas
| Semana | Artículos | Horas |
|--------+-----------+-------|
|      1 |         2 |  4.50 |
|      2 |         1 |  1.58 |
|      3 |         1 |  3.00 |
|      4 |         1 |  2.50 |
|--------+-----------+-------|
|  Total |         5 | 11.58 |
#+TBLFM: @>$2=vsum(@I..@II)::@>$3=vsum(@I..@II);%.2f

* Recursos (no son artículos)
- [[https://srush.github.io/annotated-s4/][The Annotated S4]] — blog de Sasha Rush
- [[https://github.com/lucidrains/x-transformers][lucidrains/x-transformers]] — implementaciones de casi todo
- Curso CS25 (Stanford), sesión sobre contexto largo — vídeo
- Seminario interno: «Atención lineal en 20 minutos», Teresa Olmedo, jueves 25 de abril

# Local Variables:
# org-log-done: time
# org-clock-into-drawer: t
# End:
"""
write_only(F477, text, keys(F477))
