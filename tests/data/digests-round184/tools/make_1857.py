#!/usr/bin/env python3
"""1857: the «programa» of a course unit («unidad curricular») of the Facultad de Ingeniería (FING) of the Universidad
de la República (Udelar, Uruguay), copied as text from its PDF, Uruguayan Spanish: the head, «Programa de …», the
numbered sections 1 NOMBRE DE LA UNIDAD CURRICULAR … 7 CONOCIMIENTOS PREVIOS EXIGIDOS Y RECOMENDADOS (the hours of
dedication, the temario, the bibliography table «Tema / Básica / Complementaria» and the numbered lists 6.1 / 6.2),
ANEXO A (A1 instituto … A5 cupos, with the tentative weekly schedule and the «exoneración» / «ganancia» rules), ANEXO B
(B1 área, B2 previas) and the approval line «APROBADO POR RES. DEL CONSEJO DE FAC. ING. DE FECHA dd/mm/aaaa», wrapped
as the PDF viewer copies it (titles broken over lines) with «Página n de N» footers. The course, its name, its
teachers, the EVA course id, the expedient number and the dates are invented; the books (Goodfellow, Bengio and
Courville's «Deep Learning», Prince's «Understanding Deep Learning»), PyTorch's docs, ClusterUY and the EVA platform
appear as what they are. Computed: the total hours = credits × 15 (asserted) and the hours adding up, the Mondays of
the 15 weeks from the semester's first, the points adding up to 100 (asserted), every «(n)» naming a bibliography
item of the right list (asserted), the approval date before week 1 (asserted), the wrapping and the page footers."""
import datetime as dt, os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, BACKPROP, LSTM, LENET, CTC
F = by_num(1857)
W = 92
DASH = "\u2014"
NAME = "Redes Neuronales y Modelos Secuenciales"
CRED = 10
START = dt.date(2026, 8, 10)          # Monday of week 1, second semester
APPROVED = dt.date(2026, 6, 11)
assert START.weekday() == 0 and APPROVED < START

HOURS = [("Horas clase (teórico)", 30), ("Horas clase (práctico)", 15), ("Horas clase (laboratorio)", 0),
         ("Horas consulta", 10), ("Horas evaluación", 5)]
HOURS2 = [("Horas estudio", 45), ("Horas resolución ejercicios/prácticos", 15), ("Horas proyecto final/monografía", 30)]
SUB = sum(h for _, h in HOURS)
TOT = SUB + sum(h for _, h in HOURS2)
assert TOT == CRED * 15

BASICA = [
    "Goodfellow, I., Bengio, Y. y Courville, A. Deep Learning. MIT Press, 2016. Disponible en: "
    "https://www.deeplearningbook.org",
    "Prince, S. J. D. Understanding Deep Learning. MIT Press, 2023. Disponible en: https://udlbook.github.io/udlbook/",
    f"Rumelhart, D. E., Hinton, G. E. y Williams, R. J. \u201c{BACKPROP}\u201d. Nature, 323(6088):533\u2013536, 1986.",
    f"Hochreiter, S. y Schmidhuber, J. \u201c{LSTM}\u201d. Neural Computation, 9(8):1735\u20131780, 1997.",
    f"Bahdanau, D., Cho, K. y Bengio, Y. \u201c{T('1409.0473')}\u201d. ICLR 2015. "
    "https://arxiv.org/abs/1409.0473",
    f"Vaswani, A., Shazeer, N., Parmar, N. et al. \u201c{T('1706.03762')}\u201d. NeurIPS 2017. "
    "https://arxiv.org/pdf/1706.03762v7",
]
COMPL = [
    f"LeCun, Y., Bottou, L., Bengio, Y. y Haffner, P. \u201c{LENET}\u201d. Proceedings of the IEEE, "
    "86(11):2278\u20132324, 1998.",
    f"Graves, A., Fern\u00e1ndez, S., Gomez, F. y Schmidhuber, J. \u201c{CTC}\u201d. ICML 2006, pp. 369\u2013376.",
    f"Graves, A., Wayne, G. y Danihelka, I. \u201c{T('1410.5401')}\u201d. Preprint, arXiv:1410.5401, 2014.",
    f"Loshchilov, I. y Hutter, F. \u201c{T('1711.05101')}\u201d. ICLR 2019. http://arxiv.org/abs/1711.05101v3",
    "Documentaci\u00f3n de PyTorch (torch.nn, torch.optim). https://pytorch.org/docs/stable/ (consultada en julio de "
    "2026).",
]
NB = len(BASICA)
# temario: (title, basica refs, complementaria refs)
TEMARIO = [
    ("Introducci\u00f3n. Perceptr\u00f3n multicapa, funciones de activaci\u00f3n, p\u00e9rdidas.", [1, 2], []),
    ("Retropropagaci\u00f3n y diferenciaci\u00f3n autom\u00e1tica.", [1, 3], [11]),
    ("Optimizaci\u00f3n: SGD, momento, Adam y decaimiento de pesos; regularizaci\u00f3n.", [1, 2], [10]),
    ("Redes convolucionales; el caso LeNet-5 y el reconocimiento de d\u00edgitos.", [1], [7]),
    ("Redes recurrentes: RNN simple, LSTM y GRU; el problema del gradiente.", [1, 4], []),
    ("Secuencias sin alinear: la p\u00e9rdida CTC en reconocimiento del habla.", [], [8]),
    ("Modelos seq2seq y mecanismos de atenci\u00f3n.", [2, 5], []),
    ("Memoria externa diferenciable.", [], [9]),
    ("El Transformer: autoatenci\u00f3n, codificaci\u00f3n posicional, entrenamiento.", [2, 6], [11]),
]
for _, b, c in TEMARIO:
    assert all(1 <= x <= NB for x in b) and all(NB < x <= NB + len(COMPL) for x in c)
CRONO = [
    "Presentaci\u00f3n del curso. Tema 1.", "Tema 1 (cont.). Pr\u00e1ctico 1.", "Tema 2.", "Tema 3.",
    "Tema 3 (cont.). Entrega del pr\u00e1ctico 1.", "Tema 4.", "Tema 5.", "Primer parcial (semana sin clases te\u00f3ricas).",
    "Tema 5 (cont.). Presentaci\u00f3n del proyecto.", "Tema 6.", "Tema 7.", "Tema 7 (cont.).", "Tema 8.", "Tema 9.",
    "Tema 9 (cont.). Consultas del proyecto.",
]
assert len(CRONO) == 15
PUNTOS = [("Primer parcial (semana 8)", 30), ("Proyecto (entrega en la semana 16)", 30), ("Segundo parcial (per\u00edodo de "
          "ex\u00e1menes de diciembre)", 40)]
assert sum(p for _, p in PUNTOS) == 100 and "Primer parcial" in CRONO[7]


def para(s):
    return textwrap.wrap(s, W, break_long_words=False, break_on_hyphens=False)


L = ["Facultad de Ingenier\u00eda", "Universidad de la Rep\u00fablica", "Comisi\u00f3n Acad\u00e9mica de Grado", "",
     f"Programa de {NAME}", "", "1. NOMBRE DE LA UNIDAD CURRICULAR", NAME, "", "2. CR\u00c9DITOS", f"{CRED} cr\u00e9ditos", "",
     "3. OBJETIVOS DE LA UNIDAD CURRICULAR"]
L += para("Que el estudiante conozca los fundamentos de las redes neuronales artificiales y de su entrenamiento por "
          "descenso por gradiente, y que sea capaz de dise\u00f1ar, entrenar y evaluar modelos para datos secuenciales "
          "(texto, habla, series temporales), desde las redes recurrentes hasta los modelos basados en atenci\u00f3n. Se "
          "espera que al finalizar pueda leer con esp\u00edritu cr\u00edtico los art\u00edculos fundacionales del \u00e1rea y "
          "reproducir sus resultados principales en peque\u00f1a escala.")
L += ["", "4. METODOLOG\u00cdA DE ENSE\u00d1ANZA"]
L += para("El curso tiene clases te\u00f3ricas expositivas (dos por semana) y clases pr\u00e1cticas en las que se resuelven "
          "ejercicios y se discuten las lecturas. Los pr\u00e1cticos se entregan en el EVA del curso "
          "(https://eva.fing.edu.uy/course/view.php?id=2741). El proyecto final se realiza en grupos de hasta tres "
          "estudiantes; para los experimentos se podr\u00e1 solicitar horas de c\u00f3mputo en ClusterUY.")
L += ["Detalle de horas:"]
L += [f"\u2022 {k}: {v}" for k, v in HOURS]
L += [f"\u2022 Subtotal horas presenciales: {SUB}"]
L += [f"\u2022 {k}: {v}" for k, v in HOURS2]
L += [f"\u2022 Total de horas de dedicaci\u00f3n del estudiante: {TOT}", "", "5. TEMARIO"]
for i, (t, _, _) in enumerate(TEMARIO, 1):
    L += para(f"{i}. {t}")
L += ["", "6. BIBLIOGRAF\u00cdA", "Tema\tB\u00e1sica\tComplementaria"]
for i, (_, b, c) in enumerate(TEMARIO, 1):
    refs = [", ".join(f"({x})" for x in r) or DASH for r in (b, c)]
    L.append(f"{i}\t{refs[0]}\t{refs[1]}")
L += ["", "6.1 B\u00e1sica"]
for i, b in enumerate(BASICA, 1):
    L += para(f"{i}. {b}")
L += ["", "6.2 Complementaria"]
for i, b in enumerate(COMPL, NB + 1):
    L += para(f"{i}. {b}")
L += ["", "7. CONOCIMIENTOS PREVIOS EXIGIDOS Y RECOMENDADOS"]
L += para("7.1 Conocimientos Previos Exigidos: c\u00e1lculo diferencial en varias variables, \u00e1lgebra lineal, "
          "probabilidad y estad\u00edstica; programaci\u00f3n en Python.")
L += para("7.2 Conocimientos Previos Recomendados: haber cursado Introducci\u00f3n al Aprendizaje Autom\u00e1tico o un curso "
          "equivalente; manejo b\u00e1sico de NumPy.")
L += ["", "ANEXO A", "Para todas las Carreras", "", "A1) INSTITUTO"]
L += para("Instituto de Computaci\u00f3n (InCo). Docentes responsables: Dra. Ing. Valentina Sosa Pereira y Mag. Ing. "
          "Rodrigo Techera.")
L += ["", "A2) CRONOGRAMA TENTATIVO"]
for k, c in enumerate(CRONO, 1):
    d = START + dt.timedelta(weeks=k - 1)
    L.append(f"Semana {k} ({d.day:02d}/{d.month:02d})\t{c}")
L += ["", "A3) MODALIDAD DEL CURSO Y PROCEDIMIENTO DE EVALUACI\u00d3N"]
L += para("El curso es presencial; la asistencia a las clases pr\u00e1cticas no es obligatoria. La evaluaci\u00f3n se "
          "distribuye en 100 puntos:")
L += [f"\u2022 {k}: {v} puntos" for k, v in PUNTOS]
L += para("Con 60 puntos o m\u00e1s en total, y al menos el 40 % de los puntos de cada instancia, el estudiante exonera "
          "el curso. Con entre 25 y 59 puntos gana el curso y debe rendir examen. Con menos de 25 puntos debe recursar.")
L += ["", "A4) CALIDAD DE LIBRE", "No se admite la calidad de libre.", "", "A5) CUPOS DE LA UNIDAD CURRICULAR"]
L += para("Cupo m\u00e1ximo de 80 estudiantes. En caso de superarse, se priorizar\u00e1 por cr\u00e9ditos aprobados en la carrera.")
L += ["", "ANEXO B para la carrera Ingenier\u00eda en Computaci\u00f3n", "", "B1) \u00c1REA DE FORMACI\u00d3N",
      "Inteligencia Artificial (Plan 97)", "", "B2) UNIDADES CURRICULARES PREVIAS"]
L += para("Curso aprobado de Probabilidad y Estad\u00edstica, curso aprobado de Programaci\u00f3n 2, examen aprobado de "
          "C\u00e1lculo Diferencial e Integral en Varias Variables.")
L += ["", f"APROBADO POR RES. DEL CONSEJO DE FAC. ING. DE FECHA {APPROVED:%d/%m/%Y} EXP. 060180-000412-26"]
assert all(len(x) <= W + 8 for x in L)
# pages of 50 lines; a footer «Página n de N» closes each page
PER = 50
pages = [L[i:i + PER] for i in range(0, len(L), PER)]
out = []
for n, p in enumerate(pages, 1):
    out += p + [f"P\u00e1gina {n} de {len(pages)}"]
text = "\n".join(out) + "\n"
write_only(F, text, keys(F))
