#!/usr/bin/env python3
"""1917: the «Programa de estudios» of an invented elective of the Facultad Politécnica, Universidad Nacional de Asunción
(FP-UNA), Paraguay, copied from the PDF (Paraguayan Spanish, a Guaraní greeting and terms): identification, fundamentación,
objetivos, contenidos por unidades, metodología, evaluación (adds up to 100 %, asserted), bibliografía básica and
complementaria, footers «Pág. n/N». The course, its code, the teacher and the dates are invented; Goodfellow et al.'s
book, the Common Voice Guaraní data set and Jurafsky & Martin appear as what they are."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, CTC, GLOVE, BACKPROP, LSTM
F = by_num(1917)
UNITS = [("Redes neuronales y retropropagación", ["Perceptrón multicapa.", "Retropropagación del error.", "Optimización: SGD, Adam y decaimiento de pesos."]),
         ("Representación de palabras", ["Vectores densos por coocurrencia.", "Analogías y evaluación."]),
         ("Redes recurrentes", ["Desvanecimiento del gradiente.", "Celdas LSTM.", "Alineamiento de secuencias sin segmentar (CTC)."]),
         ("Atención, memoria y habla", ["Atención en traducción automática.", "Memoria externa.", "Representaciones autosupervisadas del habla (guaraní y castellano)."])]
EVAL = [("Trabajos prácticos", 30), ("Primer examen parcial", 20), ("Segundo examen parcial", 20), ("Proyecto final", 30)]
assert sum(p for _, p in EVAL) == 100
BAS = [f"1. Hochreiter, S.; Schmidhuber, J. {LSTM}. Neural Computation, 9(8), 1997.",
       f"2. Rumelhart, D. E.; Hinton, G. E.; Williams, R. J. {BACKPROP}. Nature, 323, 1986.",
       f"3. Graves, A.; Fernández, S.; Gomez, F.; Schmidhuber, J. {CTC}. ICML, 2006.",
       f"4. Bahdanau, D.; Cho, K.; Bengio, Y. {T('1409.0473')}. ICLR, 2015. Disponible en: https://arxiv.org/abs/1409.0473",
       "5. Goodfellow, I.; Bengio, Y.; Courville, A. Deep Learning. MIT Press, 2016. (libro de texto, biblioteca FP-UNA)"]
COMP = [f"6. Pennington, J.; Socher, R.; Manning, C. {GLOVE}. EMNLP, 2014.",
        f"7. Loshchilov, I.; Hutter, F. {T('1711.05101')}. ICLR, 2019. arXiv:1711.05101.",
        f"8. Graves, A.; Wayne, G.; Danihelka, I. {T('1410.5401')}. 2014. Disponible en: http://arxiv.org/pdf/1410.5401v2.pdf",
        f"9. Hsu, W.-N. et al. {T('2106.07447')}. 2021. Disponible en: https://arxiv.org/abs/2106.07447v1",
        "10. Jurafsky, D.; Martin, J. H. Speech and Language Processing, 3.ª ed. (borrador en línea).",
        "11. Mozilla Common Voice, conjunto de datos en guaraní (avañe'ẽ): https://commonvoice.mozilla.org/gn"]
p1 = ["UNIVERSIDAD NACIONAL DE ASUNCIÓN", "FACULTAD POLITÉCNICA", "Dirección Académica", "", "PROGRAMA DE ESTUDIOS", "",
      "I. IDENTIFICACIÓN", "Asignatura: Aprendizaje Profundo para Secuencias y Voz", "Código: IIN-0742", "Carrera: Ingeniería en Informática",
      "Semestre: Noveno (electiva)", "Carga horaria semanal: 4 horas (teoría 2, práctica 2)", "Carga horaria total: 68 horas",
      "Pre-requisitos: Inteligencia Artificial, Probabilidad y Estadística", "Profesor: Ing. Osvaldo Benítez Giménez, MSc.", "Año: 2026",
      "", "II. FUNDAMENTACIÓN", "Mba'éichapa. La asignatura responde a la necesidad de contar con profesionales capaces de construir",
      "modelos de voz y texto para las dos lenguas oficiales del Paraguay. Se estudian los artículos fundacionales",
      "y se trabaja con grabaciones en guaraní (ñe'ẽ) y castellano.", "", "III. OBJETIVOS",
      "- Comprender el entrenamiento de redes neuronales profundas.", "- Implementar modelos recurrentes y de atención.",
      "- Evaluar modelos de reconocimiento de voz en guaraní.", "", "Pág. 1/2"]
p2 = ["IV. CONTENIDOS"]
for i, (u, ts) in enumerate(UNITS, 1):
    p2.append(f"Unidad {i}: {u}")
    p2 += [f"{i}.{j}. {t}" for j, t in enumerate(ts, 1)]
p2 += ["", "V. METODOLOGÍA", "Clases expositivas, lectura dirigida de artículos y trabajos prácticos en laboratorio (Python, PyTorch).", "",
       "VI. EVALUACIÓN"] + [f"{n}: {p} %" for n, p in EVAL] + ["Total: 100 %", "",
       "VII. BIBLIOGRAFÍA", "Básica"] + BAS + ["Complementaria"] + COMP + ["", "San Lorenzo, 23 de febrero de 2026", "", "Pág. 2/2"]
text = "\n".join(p1 + [""] + p2) + "\n"
write_only(F, text, keys(F))
