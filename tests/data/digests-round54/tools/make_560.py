#!/usr/bin/env python3
"""560: a Spanish essay in MLA 9 style downloaded from Google Docs as "Texto sin formato (.txt)": UTF-8 with BOM,
CRLF, one paragraph per line, comment anchors [a] [b] … in the text and the comments listed at the end; the
"Obras citadas" list has titles in quotation marks in MLA title case, URLs without https:// as MLA recommends
(one with it), an OpenReview forum URL and an arXiv identifier."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_raw
from make_expected import F560, keys, BACKPROP, GLOVE

works = [
 "Bahdanau, Dzmitry, et al. “" + T("1409.0473") + ".” arXiv, 1 sept. 2014, arxiv.org/abs/1409.0473.",
 "Brohan, Anthony, et al. “" + T("2307.15818") + ".” arXiv, 28 jul. 2023, https://arxiv.org/abs/2307.15818.",
 "Hsu, Wei-Ning, et al. “" + T("2106.07447") + ".” IEEE/ACM Transactions on Audio, Speech, and Language Processing, vol. 29, 2021, pp. 3451-60. Preprint arXiv:2106.07447.",
 "Jurafsky, Daniel, y James H. Martin. Speech and Language Processing. 3.ª ed., borrador, 2024, web.stanford.edu/~jurafsky/slp3/.",
 "Kirillov, Alexander, et al. “" + T("2304.02643") + ".” Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV), 2023, pp. 4015-26.",
 "Ortega Salas, Lucía. “Las máquinas que conversan.” El Diario de Valdemora, 12 mar. 2023, diariodevaldemora.example.es/cultura/maquinas-que-conversan.",
 "Pennington, Jeffrey, et al. “" + GLOVE + ".” Proceedings of the 2014 Conference on Empirical Methods in Natural Language Processing (EMNLP), Association for Computational Linguistics, 2014, pp. 1532-43, aclanthology.org/D14-1162.",
 "Reimers, Nils, e Iryna Gurevych. “" + T("1908.10084") + ".” Proceedings of the 2019 Conference on Empirical Methods in Natural Language Processing and the 9th International Joint Conference on Natural Language Processing (EMNLP-IJCNLP), Association for Computational Linguistics, 2019, pp. 3982-92, doi.org/10.18653/v1/D19-1410.",
 "Rumelhart, David E., et al. “Learning Representations by Back-Propagating Errors.” Nature, vol. 323, núm. 6088, 1986, pp. 533-36.",
 "Weizenbaum, Joseph. Computer Power and Human Reason: From Judgment to Calculation. W. H. Freeman, 1976.",
 "Yao, Shunyu, et al. “" + T("2210.03629") + ".” The Eleventh International Conference on Learning Representations (ICLR), 2023, openreview.net/forum?id=" + OR("2210.03629") + ".",
]
assert BACKPROP.lower() == "learning representations by back-propagating errors"
paras = [
 "Valeria Castillo Rentería",
 "Prof. Andrés Quiroga",
 "SPAN 3350: Lenguaje, tecnología y sociedad",
 "4 de diciembre de 2023",
 "Máquinas de lenguaje: una breve genealogía de la inteligencia artificial que habla",
 "Cuando Joseph Weizenbaum presentó ELIZA en los años sesenta, advirtió que el público atribuía comprensión a un programa que solo reordenaba frases (Weizenbaum 7). Medio siglo después, la pregunta ya no es si las máquinas “parecen” entender, sino qué tipo de aprendizaje las hace funcionar. Este ensayo recorre cuatro momentos de esa historia: el aprendizaje de representaciones, la atención, el habla y los agentes que actúan en el mundo.[a]",
 "El primer momento es casi arqueológico. En 1986, Rumelhart, Hinton y Williams describieron cómo una red podía ajustar sus conexiones internas propagando el error hacia atrás (Rumelhart et al. 533). Sin ese procedimiento no existirían las “representaciones” de las que habla hoy la lingüística computacional. Los vectores de palabras de GloVe, por ejemplo, convierten la coocurrencia en geometría: “rey” menos “hombre” más “mujer” se acerca a “reina” (Pennington et al. 1532). Reimers y Gurevych extendieron la idea a oraciones completas con redes siamesas (Reimers y Gurevych 3982).",
 "El segundo momento es la atención. El artículo de Bahdanau, Cho y Bengio propuso que un traductor automático no comprimiera toda la oración en un único vector, sino que “mirara” las palabras relevantes en cada paso (Bahdanau et al.). Es difícil exagerar su influencia: la arquitectura que domina hoy los modelos de lenguaje generaliza esa intuición.[b]",
 "El tercer momento es el habla. HuBERT aprende unidades acústicas ocultas sin transcripciones, prediciendo segmentos enmascarados (Hsu et al. 3452). Para una lingüista resulta fascinante que la máquina descubra algo parecido a fonemas sin que nadie se los enseñe. Algo similar ocurre en visión con Segment Anything, que segmenta objetos que nunca vio etiquetados (Kirillov et al. 4016).",
 "El cuarto momento es la acción. ReAct combina razonamiento verbal y llamadas a herramientas (Yao et al.), y RT-2 traduce directamente instrucciones en movimientos de un brazo robótico (Brohan et al.). Como señala Lucía Ortega Salas en su crónica periodística, “la conversación ya no termina en la pantalla” (Ortega Salas).[c]",
 "En conclusión, la genealogía de estas “máquinas de lenguaje” muestra menos una ruptura que una acumulación: representaciones, atención, percepción y acción. La advertencia de Weizenbaum sigue vigente, pero hoy exige leer también los artículos técnicos, no solo sus titulares (Jurafsky y Martin, cap. 1).",
 "Obras citadas",
 *works,
 "",
 "[a]Valeria: la tesis tiene que aparecer explícitamente al final del primer párrafo. — A. Quiroga",
 "[b]¿Qué arquitectura? Nómbrala y cítala, o quita la frase.",
 "[c]Bien. Revisa que la cita periodística tenga la fecha de acceso si el profesor la pide (MLA 9 la considera opcional).",
]
names = [w.split(",")[0] for w in works]
assert names == sorted(names, key=lambda s: s.lower()), names
text = "\r\n".join(paras) + "\r\n"
data = ("\ufeff" + text).encode("utf-8")
write_raw(F560, data, [text], keys(F560))
