#!/usr/bin/env python3
"""1817: the «sílabo» of a graduate course of the Pontificia Universidad Católica del Perú (PUCP) as Campus Virtual
PUCP shows it, copied from the browser, Peruvian Spanish: the head (university, school, programme, «SÍLABO
2025-1»), eight sections with Roman numerals (I. INFORMACIÓN GENERAL with «Campo : valor» lines, II. SUMILLA,
III. RESULTADOS DE APRENDIZAJE, IV. PROGRAMA ANALÍTICO with «CAPÍTULO n. … (h horas)», V. METODOLOGÍA, VI. EVALUACIÓN
with PUCP's «Nota final = (…)/n» formula and its legend, VII. BIBLIOGRAFÍA in APA with «Obligatoria» and
«Complementaria», VIII. CRONOGRAMA as the copied table: tab-separated cells, sixteen weeks from the Monday the
term starts, the two exam weeks), the page foot. The course INF659, its teachers, the timetable, the room and the
dates are invented; the books (Goodfellow et al.; Tunstall et al.), «The Annotated Transformer» (a blog post),
PyTorch's docs and the AmericasNLP 2021 data appear as what they are. Computed: the chapter hours = 3 h × the
class weeks (asserted), the formula's denominator = the sum of its weights, the weekly dates, every reading in the
timetable naming an entry of the bibliography (asserted)."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, OR, key_of, write_only
from make_expected import by_num, keys, CTC
F = by_num(1817)


def apa_names(k):
    a = CAT[key_of(k)]["authors"]
    f = [f"{x.split()[-1]}, {' '.join(p[0] + '.' for p in x.split()[:-1])}" for x in a]
    if len(f) == 1: return f[0]
    if len(f) <= 20: return ", ".join(f[:-1]) + ", & " + f[-1]


def short(k):
    a = CAT[key_of(k)]["authors"]
    y = (CAT[key_of(k)].get("published") or "")[:4]
    s = [x.split()[-1] for x in a]
    return (f"{s[0]} y {s[1]}" if len(s) == 2 else f"{s[0]} et al.") + f" ({y})"


YEAR = {k: (CAT[key_of(k)].get("published") or "")[:4] for k in keys(F)}
BIB_OBL = [
    "Goodfellow, I., Bengio, Y., & Courville, A. (2016). Deep Learning. MIT Press.",
    f"{apa_names('1409.0473')} (2015). {T('1409.0473')}. En International Conference on Learning Representations (ICLR). http://arxiv.org/abs/1409.0473",
    f"{apa_names(CTC)} (2006). {CTC}. En Proceedings of the 23rd International Conference on Machine Learning (pp. 369–376).",
    f"{apa_names('1409.3215')} (2014). {T('1409.3215')}. En Advances in Neural Information Processing Systems 27 (pp. 3104–3112).",
    f"{apa_names('1706.03762')} (2017). {T('1706.03762')}. En Advances in Neural Information Processing Systems 30. https://arxiv.org/abs/1706.03762v7",
]
BIB_COMP = [
    f"{apa_names('1410.5401')} (2014). {T('1410.5401')}. Manuscrito (preprint).",
    f"{apa_names('1901.02860')} (2019). {T('1901.02860')}. En Proceedings of the 57th Annual Meeting of the Association for Computational Linguistics. Preprint arXiv:1901.02860.",
    f"{apa_names('2002.09402')} (2020). {T('2002.09402')}. Manuscrito (preprint).",
    f"{apa_names('2010.06891')} (2020). {T('2010.06891')}. OpenReview. https://openreview.net/forum?id={OR('2010.06891')}",
    "Rush, A. (2018). The Annotated Transformer [Entrada de blog]. Harvard NLP.",
    "Tunstall, L., von Werra, L., & Wolf, T. (2022). Natural Language Processing with Transformers (ed. rev.). O'Reilly Media.",
]
YEAR[CTC] = "2006"
YEAR["1409.0473"] = "2015"
START = dt.date(2025, 3, 24)
assert START.weekday() == 0
TOPICS = [
    ("Presentación del curso. Repaso: redes recurrentes y retropropagación en el tiempo", "Goodfellow et al. (2016), cap. 10"),
    ("Modelos codificador–decodificador", short("1409.3215")),
    ("Atención aditiva y alineamiento", "Bahdanau et al. (2015)"),
    ("Alineamiento sin segmentar: CTC y reconocimiento de voz", "Graves et al. (2006)"),
    ("Memoria externa diferenciable", short("1410.5401")),
    ("El Transformer: autoatención y codificación posicional", "Vaswani et al. (2017)"),
    ("Laboratorio 1: traducción castellano–quechua (datos de AmericasNLP 2021)", "Rush (2018)"),
    ("Examen 1", "—"),
    ("Contexto largo: recurrencia a nivel de segmento", short("1901.02860")),
    ("Memorias con olvido y compresión", short("2010.06891")),
    ("Memoria de retroalimentación en Transformers", short("2002.09402")),
    ("Evaluación de modelos de lenguaje: perplejidad y BLEU", "—"),
    ("Laboratorio 2: modelos de lenguaje con memoria en PyTorch", "Documentación de PyTorch"),
    ("Exposiciones de proyectos (I)", "Tunstall et al. (2022)"),
    ("Exposiciones de proyectos (II)", "—"),
    ("Examen 2", "—"),
]
cls_weeks = [i for i, (t, _) in enumerate(TOPICS, 1) if not t.startswith("Examen")]
HRS_T = 3
CHAPS = [("Redes recurrentes y modelos secuencia a secuencia", 9),
         ("Atención y alineamiento", 9),
         ("Memoria externa y arquitecturas con estado", 6),
         ("Transformers y contexto largo", 12),
         ("Proyectos aplicados al castellano y a lenguas originarias", 6)]
assert sum(h for _, h in CHAPS) == HRS_T * len(cls_weeks), (sum(h for _, h in CHAPS), len(cls_weeks))
# every reading in the timetable names an entry of the bibliography (surname and year)
bib_all = BIB_OBL + BIB_COMP
for _, r in TOPICS:
    if r in ("—", "Documentación de PyTorch"): continue
    sur, yr = r.split(" ")[0], r.split("(")[1][:4]
    assert any(b.startswith(sur + ",") and f"({yr})" in b for b in bib_all), r
FORM = [("Pa", 3), ("Tr", 2), ("Ex1", 2), ("Ex2", 3)]
den = sum(w for _, w in FORM)
L = ["PONTIFICIA UNIVERSIDAD CATÓLICA DEL PERÚ", "ESCUELA DE POSGRADO", "Maestría en Informática", "SÍLABO 2025-1", "",
     "Campus Virtual PUCP » Mis cursos » INF659 » Sílabo", "",
     "I. INFORMACIÓN GENERAL", "",
     "Curso : Modelos Secuenciales y Memoria en Aprendizaje Profundo",
     "Clave : INF659",
     "Créditos : 3.00",
     "Tipo de curso : Electivo",
     f"Horas semanales : {HRS_T} de teoría, 2 de laboratorio (quincenal)",
     "Horario : 0951",
     "Requisitos : INF648 Aprendizaje Automático",
     "Profesores : Rosa María Quispe Huamán (teoría); Luis Alberto Mendoza Vargas (laboratorio)",
     "Semestre : 2025-1",
     "",
     "II. SUMILLA", "",
     "El curso es de naturaleza teórico-práctica. Estudia los modelos que procesan secuencias y las arquitecturas que "
     "añaden memoria a las redes neuronales: redes recurrentes, modelos codificador–decodificador, mecanismos de atención, "
     "memorias externas y Transformers con contexto largo. Se aplica lo aprendido a tareas de traducción y de "
     "reconocimiento de voz en castellano y en lenguas originarias del Perú.",
     "",
     "III. RESULTADOS DE APRENDIZAJE", "",
     "Al finalizar el curso, el alumno:",
     "1. Explica el funcionamiento de los modelos secuencia a secuencia y de los mecanismos de atención.",
     "2. Compara arquitecturas con memoria externa, recurrente y de retroalimentación.",
     "3. Implementa en PyTorch un modelo de lenguaje con memoria y evalúa sus resultados.",
     "4. Comunica por escrito y oralmente el análisis de un artículo científico.",
     "",
     "IV. PROGRAMA ANALÍTICO", ""]
for i, (c, h) in enumerate(CHAPS, 1):
    L.append(f"CAPÍTULO {i}. {c} ({h} horas)")
L += ["",
      "V. METODOLOGÍA", "",
      "Clases expositivas con lectura previa obligatoria de los artículos indicados en el cronograma. Cada semana un "
      "grupo presenta la lectura en 15 minutos. Los laboratorios se realizan en el clúster del departamento con "
      "cuadernos de Jupyter; el código se entrega en el repositorio del curso.",
      "",
      "VI. EVALUACIÓN", "",
      "Nota final = (" + " + ".join(f"{w} {s}" for s, w in FORM) + f") / {den}",
      "",
      "Pa : Promedio de 4 prácticas calificadas (se elimina la nota más baja)",
      "Tr : Trabajo final: reproducción de un artículo y exposición",
      "Ex1 : Examen 1 (semana 8)",
      "Ex2 : Examen 2 (semana 16)",
      "",
      "VII. BIBLIOGRAFÍA", "",
      "Obligatoria", ""]
L += [f"- {b}" for b in BIB_OBL]
L += ["", "Complementaria", ""]
L += [f"- {b}" for b in BIB_COMP]
L += ["", "VIII. CRONOGRAMA", "", "Semana\tFecha\tTema\tLectura"]
for i, (t, r) in enumerate(TOPICS, 1):
    d = START + dt.timedelta(days=7 * (i - 1))
    L.append(f"{i}\t{d:%d/%m/%Y}\t{t}\t{r}")
L += ["", "Última actualización: 10/03/2025 · Dirección de Asuntos Académicos · Campus Virtual PUCP", ""]
text = "\n".join(L)
write_only(F, text, keys(F))
