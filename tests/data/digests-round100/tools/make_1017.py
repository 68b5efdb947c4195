#!/usr/bin/env python3
"""1017: the "guía docente" of a Spanish master's course (Máster Universitario en Inteligencia Artificial y Ciencia de
Datos, «Traducción Automática y Generación de Texto», curso 2024-2025) as `pdftotext -layout` prints the PDF the
university's guide system generates: LF line ends, a form feed after every page, the layout's leading blanks and
column gaps kept, the info table as spaced columns, bullets `•`, and on every page the electronic-signature footer
(the signer, «Sello de tiempo», «Página N / M» and the «Código seguro de verificación (CSV)» line with the same code).
Sections in the order Spanish universities' master guides use: PROFESORADO, PRERREQUISITOS Y/O RECOMENDACIONES, BREVE
DESCRIPCIÓN DE CONTENIDOS, COMPETENCIAS, RESULTADOS DE APRENDIZAJE, PROGRAMA DE CONTENIDOS TEÓRICOS Y PRÁCTICOS,
BIBLIOGRAFÍA (fundamental / complementaria, APA-like with Spanish `y` and `En`), ENLACES RECOMENDADOS, METODOLOGÍA
DOCENTE, EVALUACIÓN (ordinaria, extraordinaria, única final) and INFORMACIÓN ADICIONAL. The university, its people,
addresses and the verification code are invented.

Papers: two arXiv URLs and one OpenReview forum URL in the complementary bibliography (links), one `arXiv:ID` after a
reference (arxiv-text), four references by title only (two of them wrapped over the layout's lines). Not papers: the
Jurafsky–Martin draft and Koehn's book, the Hugging Face course, Fairseq, SacreBLEU, the WMT shared tasks, the virtual
classroom; nicknames (GLAT, nucleus sampling, RAG, BPE, REALM in the programme) are not labelled alone."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(1017)
K = dict(s2s="1409.3215", bpe="1508.07909", glat="2008.07905", curious="1904.09751", realm="2002.08909",
         hf="1910.03771", know="2207.05221", shortcut="2004.07780")
W = 104          # the page's text width in pdftotext -layout columns
CSV = "8C41F0A27D93B5E6014FA2C9D87E3B10"
SIGNER = "LUCIA MARTIN FERRER"
STAMP = "15/07/2024 09:41:27"


def wrap(text, width, first, rest):
    """words laid out as the PDF justified them: `first` / `rest` are the left margins"""
    out, cur, ind = [], "", first
    for w in text.split(" "):
        if cur and len(ind) + len(cur) + 1 + len(w) > width:
            out.append(ind + cur); cur, ind = w, rest
        else:
            cur = (cur + " " + w) if cur else w
    out.append(ind + cur)
    return out


def para(text, ind="  "):
    return wrap(text, W, ind, ind)


def bullet(text, ind="    "):
    return wrap(text, W, ind + "•   ", ind + "    ")


def heading(t):
    return ["", "  " + t, ""]


def trow(a, b):
    """a row of the two-column evaluation table (the percentage right-aligned under «Porcentaje»)"""
    return "  " + a.ljust(80) + b if b == "Porcentaje" else "  " + a.ljust(84) + b.rjust(6)


def right(t):
    return " " * (W - len(t)) + t


def footer(n, m):
    return ["", "", right(f"Página {n} / {m}"),
            f"  Firmado por: {SIGNER} (Coordinadora del Máster)" + " " * 10 + f"Sello de tiempo: {STAMP}",
            "  Este documento firmado digitalmente puede verificarse en https://sede.valdemora.example.es/verifirma/",
            f"  Código seguro de verificación (CSV): {CSV}"]


p1 = [
    " " * 38 + "GUÍA DOCENTE DE LA ASIGNATURA",
    "",
    "     Traducción Automática y Generación de Texto" + " " * 36 + "Curso 2024-2025",
    " " * 46 + "(Fecha de aprobación por la Comisión Académica: 11/07/2024)",
    "",
    "  Máster                    Máster Universitario en Inteligencia Artificial y Ciencia de Datos",
    "",
    "  MÓDULO                    Módulo 3. Procesamiento del Lenguaje Natural",
    "",
    "  RAMA                      Ingeniería y Arquitectura",
    "",
    "  CENTRO RESPONSABLE",
    "                            Escuela de Posgrado",
    "  DEL TÍTULO",
    "",
    "  Semestre      Segundo       Créditos      6       Tipo      Optativa       Tipo de enseñanza      Presencial",
] + heading("PROFESORADO") + [
    "  Lucía Martín Ferrer (coordinadora)        Departamento de Lenguajes y Sistemas Informáticos",
    "                                            Despacho 2.14, Edif. de Ingeniería. lmartin@valdemora.example.es",
    "  Javier Ortega Ruiz                        Departamento de Lenguajes y Sistemas Informáticos",
    "                                            Despacho 2.17, Edif. de Ingeniería. jortega@valdemora.example.es",
    "",
    "  Horario de tutorías: martes de 10:00 a 13:00 y jueves de 16:00 a 19:00, con cita previa por correo.",
] + heading("PRERREQUISITOS Y/O RECOMENDACIONES") + para(
    "Se recomienda haber cursado «Aprendizaje Profundo» (primer semestre) y tener soltura con Python y PyTorch. "
    "Los artículos de la bibliografía complementaria están en inglés; es imprescindible poder leerlos con fluidez.") \
    + heading("BREVE DESCRIPCIÓN DE CONTENIDOS (Según memoria de verificación del Máster)") + para(
    "Modelos secuencia a secuencia. Segmentación en subpalabras. Traducción automática neuronal autorregresiva y no "
    "autorregresiva. Estrategias de decodificación y muestreo. Modelos de lenguaje aumentados con recuperación. "
    "Evaluación, calibración y limitaciones de los modelos de lenguaje.") + heading("COMPETENCIAS") + [
    "  COMPETENCIAS BÁSICAS", ""]
p1 += bullet("CB6 - Poseer y comprender conocimientos que aporten una base u oportunidad de ser originales en el "
             "desarrollo y/o aplicación de ideas, a menudo en un contexto de investigación.")
p1 += bullet("CB7 - Que los estudiantes sepan aplicar los conocimientos adquiridos y su capacidad de resolución de "
             "problemas en entornos nuevos o poco conocidos dentro de contextos más amplios.")
p1 += bullet("CB10 - Que los estudiantes posean las habilidades de aprendizaje que les permitan continuar "
             "estudiando de un modo que habrá de ser en gran medida autodirigido o autónomo.")
p1 += ["", "  COMPETENCIAS GENERALES", ""]
p1 += bullet("CG02 - Analizar críticamente la literatura científica del área y sintetizar sus aportaciones.")
p1 += ["", "  COMPETENCIAS ESPECÍFICAS", ""]
p1 += bullet("CE08 - Diseñar, entrenar y evaluar sistemas de traducción automática y de generación de texto.")
p1 += bullet("CE09 - Seleccionar la estrategia de decodificación adecuada y justificarla experimentalmente.")

p2 = heading("RESULTADOS DE APRENDIZAJE (Objetivos)")[1:] + [
    "  El alumnado sabrá/comprenderá:", ""]
p2 += bullet("Las arquitecturas codificador-decodificador y su evolución hasta el Transformer.")
p2 += bullet("Por qué la segmentación en subpalabras resuelve el problema del vocabulario abierto.")
p2 += ["", "  El alumnado será capaz de:", ""]
p2 += bullet("Entrenar un sistema de traducción español-inglés y evaluarlo con BLEU y chrF.")
p2 += bullet("Comparar búsqueda en haz, muestreo top-k y nucleus sampling sobre el mismo modelo.")
p2 += bullet("Presentar y criticar un artículo reciente ante sus compañeros.")
p2 += heading("PROGRAMA DE CONTENIDOS TEÓRICOS Y PRÁCTICOS") + ["  TEÓRICO", ""]
temas = [
    "Del codificador-decodificador recurrente al Transformer. Atención y alineamiento.",
    "Vocabulario abierto: BPE, modelo unigram y SentencePiece.",
    "Traducción no autorregresiva: destilación de conocimiento, GLAT y decodificación paralela.",
    "Decodificación: búsqueda en haz, muestreo, temperatura; la degeneración del texto generado.",
    "Modelos aumentados con recuperación: REALM, RAG y recuperadores densos.",
    "Evaluación y calibración: ¿saben los modelos lo que saben? Aprendizaje por atajos y sesgos de los datos.",
]
for i, t in enumerate(temas, 1):
    p2 += wrap(f"Tema {i}. {t}", W, "    ", "             ")
p2 += ["", "  PRÁCTICO", ""]
prs = [
    "Entrenamiento de un Transformer español-inglés con Fairseq sobre un subconjunto de Europarl.",
    "Decodificación con la biblioteca Transformers: comparación de estrategias y medida de la repetición.",
    "Mini-proyecto: un sistema de preguntas y respuestas con recuperación sobre textos del BOE.",
]
for i, t in enumerate(prs, 1):
    p2 += wrap(f"Práctica {i}. {t}", W, "    ", "                 ")
p2 += [""] + para("Seminarios: cada estudiante presenta uno de los artículos de la bibliografía complementaria (20 "
                  "minutos más 10 de discusión). El calendario se publica en el aula virtual la primera semana.")

p3 = heading("BIBLIOGRAFÍA")[1:] + ["  BIBLIOGRAFÍA FUNDAMENTAL", ""]
p3 += bullet("Jurafsky, D. y Martin, J. H. (2024). Speech and Language Processing (3.ª ed., borrador en línea). "
             "Disponible en: https://web.stanford.edu/~jurafsky/slp3/")
p3 += bullet("Koehn, P. (2020). Neural Machine Translation. Cambridge University Press.")
p3 += ["", "  BIBLIOGRAFÍA COMPLEMENTARIA (artículos para los seminarios)", ""]
p3 += bullet(f"Sutskever, I., Vinyals, O. y Le, Q. V. (2014). {T(K['s2s'])}. En Advances in Neural Information "
             f"Processing Systems 27. https://arxiv.org/abs/{K['s2s']}")
p3 += bullet(f"Sennrich, R., Haddow, B. y Birch, A. (2016). {T(K['bpe'])}. En Proceedings of the 54th Annual "
             f"Meeting of the ACL, pp. 1715-1725. https://arxiv.org/pdf/{K['bpe']}.pdf")
p3 += bullet(f"Qian, L., Zhou, H., Bao, Y., Wang, M., Qiu, L., Zhang, W., Yu, Y. y Li, L. (2021). {T(K['glat'])}. "
             f"En Proceedings of ACL-IJCNLP 2021, pp. 1993-2003. Revisiones: "
             f"https://openreview.net/forum?id={'ZaYZfu8pT_N'}")
p3 += bullet(f"Holtzman, A., Buys, J., Du, L., Forbes, M. y Choi, Y. (2020). {T(K['curious'])}. En International "
             f"Conference on Learning Representations (ICLR 2020). arXiv:{K['curious']}.")
p3 += bullet(f"Guu, K., Lee, K., Tung, Z., Pasupat, P. y Chang, M.-W. (2020). {T(K['realm'])}. En Proceedings of "
             f"the 37th International Conference on Machine Learning, pp. 3929-3938.")
p3 += bullet(f"Wolf, T., Debut, L., Sanh, V., Chaumond, J., Delangue, C., Moi, A. et al. (2019). {T(K['hf'])}. "
             f"Preprint (la versión publicada en EMNLP 2020: System Demonstrations cambia el título).")
p3 += bullet(f"Kadavath, S., Conerly, T., Askell, A., Henighan, T., Drain, D., Perez, E. et al. (2022). "
             f"{T(K['know'])}. Informe técnico, Anthropic.")
p3 += bullet(f"Geirhos, R., Jacobsen, J.-H., Michaelis, C., Zemel, R., Brendel, W., Bethge, M. y Wichmann, F. A. "
             f"(2020). {T(K['shortcut'])}. Nature Machine Intelligence, 2(11), 665-673.")
p3 += heading("ENLACES RECOMENDADOS")
p3 += bullet("Curso de procesamiento del lenguaje de Hugging Face: https://huggingface.co/learn/nlp-course")
p3 += bullet("Fairseq (código de las prácticas 1 y 3): https://github.com/facebookresearch/fairseq")
p3 += bullet("SacreBLEU, para que los BLEU sean comparables: https://github.com/mjpost/sacrebleu")
p3 += bullet("Tareas compartidas de la WMT (datos de evaluación): https://www2.statmt.org/wmt24/")
p3 += bullet("Aula virtual de la asignatura: https://aulavirtual.valdemora.example.es/course/view.php?id=4127")

p4 = heading("METODOLOGÍA DOCENTE")[1:]
p4 += bullet("MD01. Lección magistral/expositiva")
p4 += bullet("MD03. Resolución de problemas y estudio de casos prácticos")
p4 += bullet("MD05. Seminarios")
p4 += bullet("MD09. Realización de trabajos en grupo")
p4 += [""] + para("Horas: 6 créditos ECTS = 150 horas, de las que 45 son presenciales (clases, prácticas y seminarios) y "
           "105 de trabajo autónomo.")
p4 += heading("EVALUACIÓN (instrumentos de evaluación, criterios de evaluación y porcentaje sobre la calificación final)")
p4 += ["  EVALUACIÓN ORDINARIA", "",
       trow("Instrumento", "Porcentaje"),
       trow("Prácticas de laboratorio 1 y 2 (memoria y código)", "30 %"),
       trow("Presentación de un artículo en los seminarios", "20 %"),
       trow("Mini-proyecto final (práctica 3) con defensa oral", "50 %"),
       ""]
p4 += para("Para aprobar es necesario obtener al menos un 4 sobre 10 en el mini-proyecto. La presentación se "
           "valora por la claridad, la discusión de las limitaciones del artículo y las respuestas a las preguntas.")
p4 += ["", "  EVALUACIÓN EXTRAORDINARIA", "",
       trow("Instrumento", "Porcentaje"),
       trow("Examen teórico-práctico", "60 %"),
       trow("Entrega de las tres prácticas", "40 %"),
       "", "  EVALUACIÓN ÚNICA FINAL", ""]
p4 += para("Quien no pueda seguir la evaluación continua puede solicitarla a la Coordinación del Máster en las "
           "dos primeras semanas de la asignatura. Consistirá en:")
p4 += ["",
       trow("Instrumento", "Porcentaje"),
       trow("Examen teórico-práctico (incluye preguntas sobre los artículos de los seminarios)", "70 %"),
       trow("Entrega de las tres prácticas", "30 %")]
p4 += heading("INFORMACIÓN ADICIONAL")
p4 += para("Las transparencias, los cuadernos de las prácticas y el calendario de seminarios están en el aula "
           "virtual. Los artículos se pueden descargar desde los enlaces de la bibliografía o desde la biblioteca "
           "de la universidad. Para cualquier duda sobre la asignatura, escribid a la coordinadora.")

pages = [p1, p2, p3, p4]
m = len(pages)
text = "".join("\n".join(p + footer(i, m)) + "\n\f" for i, p in enumerate(pages, 1))
for line in text.split("\n"):
    assert len(line.lstrip("\f")) <= 112, line
write_only(F, text, keys(F))
