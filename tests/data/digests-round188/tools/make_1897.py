#!/usr/bin/env python3
"""1897: the «programa del curso» of an invented course of the Escuela de Ciencias de la Computación e Informática
(ECCI), Universidad de Costa Rica (UCR), copied from the PDF (Costa Rican Spanish): the head, the course data (sigla,
créditos, horas, requisitos, ciclo, docente), descripción, objetivos, contenidos by units, metodología, evaluación,
cronograma over 16 weeks and the bibliography in APA 7 as UCR courses write it, with «Página n de N» footers. The course,
its code CI-0163, the teacher and the dates are invented. Computed: the evaluation sum (asserted 100 %), the cronograma
(contiguous over 16 weeks, naming existing units; asserted), the footers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, LECUN, BACKPROP, LSTM, GLOVE
F = by_num(1897)
UNITS = [("Fundamentos", ["El perceptrón y la regla delta.", "Retropropagación y grafos de cómputo.", "Redes convolucionales y reconocimiento de dígitos."]),
         ("Representaciones del lenguaje", ["Vectores de palabras por coocurrencia.", "Evaluación intrínseca de vectores."]),
         ("Modelos de secuencias", ["Redes recurrentes y el problema del gradiente.", "Celdas con compuertas.", "Codificador-decodificador."]),
         ("Atención y memoria", ["Atención aditiva en traducción.", "Memoria externa diferenciable.", "Autoatención y el Transformer."])]
EVAL = [("Tareas programadas (4)", 30), ("Examen parcial", 20), ("Proyecto final", 30), ("Lecturas y exposiciones", 20)]
assert sum(p for _, p in EVAL) == 100
CRONO = [(1, 1, "Presentación del curso y repaso de álgebra lineal"), (2, 4, "Unidad 1"), (5, 6, "Unidad 2"),
         (7, 7, "Examen parcial"), (8, 10, "Unidad 3"), (11, 11, "Semana universitaria: sin lecciones"),
         (12, 14, "Unidad 4"), (15, 16, "Presentaciones del proyecto final")]
wk = 1
for a, b, t in CRONO:
    assert a == wk and b >= a; wk = b + 1
    if t.startswith("Unidad"): assert int(t.split()[1]) <= len(UNITS)
assert wk == 17
BIB = sorted([
    f"Bahdanau, D., Cho, K. y Bengio, Y. (2015). {T('1409.0473')}. ICLR. https://arxiv.org/abs/1409.0473",
    f"Goodfellow, I., Bengio, Y. y Courville, A. (2016). Deep learning: Adaptive computation and machine learning series. MIT Press.",
    f"Graves, A., Wayne, G. y Danihelka, I. (2014). {T('1410.5401')}. https://arxiv.org/pdf/1410.5401v2",
    f"Hochreiter, S. y Schmidhuber, J. (1997). {LSTM}. Neural Computation, 9(8), 1735–1780.",
    f"LeCun, Y., Bottou, L., Bengio, Y. y Haffner, P. (1998). {LECUN}. Proceedings of the IEEE, 86(11), 2278–2324.",
    f"Pennington, J., Socher, R. y Manning, C. D. (2014). {GLOVE}. En Proceedings of EMNLP 2014 (pp. 1532–1543).",
    f"Rumelhart, D. E., Hinton, G. E. y Williams, R. J. (1986). {BACKPROP}. Nature, 323, 533–536.",
    f"Sutskever, I., Vinyals, O. y Le, Q. V. (2014). {T('1409.3215')}. NeurIPS. arXiv:1409.3215.",
    f"Vaswani, A., Shazeer, N., Parmar, N. et al. (2017). {T('1706.03762')}. NeurIPS. http://arxiv.org/abs/1706.03762v5",
    "Zhang, A., Lipton, Z. C., Li, M. y Smola, A. J. (2023). Dive into Deep Learning. Cambridge University Press. https://d2l.ai",
])
p1 = ["UNIVERSIDAD DE COSTA RICA", "FACULTAD DE INGENIERÍA", "ESCUELA DE CIENCIAS DE LA COMPUTACIÓN E INFORMÁTICA", "",
      "PROGRAMA DEL CURSO", "CI-0163 Fundamentos de Redes Neuronales", "",
      "Datos generales", "Sigla: CI-0163", "Créditos: 4", "Horas lectivas: 4 horas semanales (teoría 3, laboratorio 1)",
      "Requisitos: CI-0120 Arquitectura de Computadoras, MA-1004 Álgebra Lineal", "Ciclo lectivo: I ciclo 2026",
      "Modalidad: bajo virtual (plataforma Mediación Virtual)", "Docente: Dra. Mariela Solís Chaves (grupo 01)",
      "Horario de consulta: jueves de 14:00 a 16:00, oficina 4-12", "",
      "1. Descripción", "El curso introduce las ideas fundamentales de las redes neuronales artificiales, desde el perceptrón",
      "hasta los modelos de atención, con énfasis en la lectura de los artículos originales.", "",
      "2. Objetivos", "Al finalizar el curso, la persona estudiante será capaz de:",
      "a) implementar y entrenar redes neuronales sencillas desde cero;", "b) leer críticamente un artículo de la disciplina;",
      "c) relacionar los modelos actuales con sus antecedentes.", "", "Página 1 de 3"]
p2 = ["3. Contenidos"]
for i, (u, ts) in enumerate(UNITS, 1):
    p2.append(f"Unidad {i}. {u}")
    p2 += [f"{i}.{j} {t}" for j, t in enumerate(ts, 1)]
p2 += ["", "4. Metodología", "Lecciones magistrales participativas, laboratorios en Python (NumPy y PyTorch) y lectura guiada:",
       "cada semana un grupo expone un artículo de la bibliografía. Los laboratorios usan el repositorio del curso en",
       "GitHub y los cuadernos de Dive into Deep Learning.", "", "5. Evaluación"]
p2 += [f"{n}: {p} %" for n, p in EVAL] + ["Total: 100 %", "", "Página 2 de 3"]
p3 = ["6. Cronograma"] + [f"Semana {a}: {t}" if a == b else f"Semanas {a}-{b}: {t}" for a, b, t in CRONO]
p3 += ["", "7. Bibliografía"] + BIB + ["", "Ciudad Universitaria Rodrigo Facio, 9 de marzo de 2026", "", "Página 3 de 3"]
text = "\n".join(p1 + [""] + p2 + [""] + p3) + "\n"
write_only(F, text, keys(F))
