#!/usr/bin/env python3
"""390: the Comments pane of a master's thesis draft in Word for the web, selected and pasted as text (Spanish UI):
the document name and ribbon tabs, "Comentarios", the filter line with the counts of conversations and comments,
then each conversation as cards "author / weekday, D de mes de AAAA H:MM / text", replies as further cards,
"@mentions", and the conversation's footer ("Responder" + "Resolver conversación", or "Resuelta por …" + "Volver a
abrir"). Papers: arxiv.org abs/pdf URLs and an openreview.net forum URL (link), "arXiv:ID" and "arXiv ID"
(arxiv-text), titles in «», bare, in sentence case, after "cítalo como informe técnico:" (title-only; GPT-1 and
GloVe are not on arXiv). Not papers: subword-nmt (repository), sentence-transformers (library), Zotero, the Hugging
Face NLP course, Jurafsky & Martin's book, word2vec / XLM / BERT (names only), the thesis itself."""
import os, sys
from datetime import datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F390, keys, GPT1, GLOVE

WD = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
LU, MA, JO, AN = "Lucía Marín Ortega", "Marina Soler Vidal", "Joan Puig i Ferrer", "Andrés Quintero"


def fecha(ts):
    d = datetime.strptime(ts, "%Y-%m-%d %H:%M")
    return f"{WD[d.weekday()]}, {d.day} de {MES[d.month - 1]} de {d.year} {d.hour}:{d:%M}"


CONV = [  # ([(author, "YYYY-MM-DD HH:MM", text)], resolved_by or None)
 ([(LU, "2024-05-13 09:02", f"Aquí falta citar ELECTRA, que es el antecedente directo de tu discriminador: «{T('2003.10555')}» (Clark et al., 2020)."),
   (MA, "2024-05-13 11:40", "Añadido. ¿Lo pongo también en la tabla 2.1?"),
   (LU, "2024-05-13 12:05", "Sí, en la fila de objetivos de preentrenamiento.")], LU),
 ([(JO, "2024-05-13 16:21", f"Para DeBERTa cita el artículo y no la entrada del blog de Microsoft:\n{T('2006.03654')}\nhttps://arxiv.org/abs/2006.03654")], None),
 ([(LU, "2024-05-14 08:47", f"RoBERTa no es una arquitectura nueva sino una receta de entrenamiento. Cítalo como arXiv:1907.11692 ({T('1907.11692')}) y no como «Liu et al., 2019b», que en tu bibliografía no se distingue del otro Liu.")], None),
 ([(JO, "2024-05-14 10:15", f"Parte multilingüe: {T('1911.02116')[0] + T('1911.02116')[1:].lower()} (XLM-R). Ojo, en la bibliografía tienes el título de XLM, el de Lample y Conneau, que es otro artículo."),
   (MA, "2024-05-14 18:32", f"@{JO} corregido, gracias. He dejado los dos: XLM en la introducción y XLM-R en 2.4.")], JO),
 ([(AN, "2024-05-15 09:58", f"Creo que el ajuste fino con tasas de aprendizaje distintas por capa viene de aquí: {T('1801.06146')}, https://arxiv.org/pdf/1801.06146.pdf.")], None),
 ([(LU, "2024-05-15 13:30", f"Tokenización: cita el artículo de BPE, «{T('1508.07909')}» (Sennrich et al., ACL 2016), no el repositorio subword-nmt."),
   (MA, "2024-05-15 17:02", "Hecho. El repositorio lo dejo en una nota al pie.")], MA),
 ([(JO, "2024-05-16 11:11", f"GPT-1 no está en arXiv; cítalo como informe técnico: Radford et al. (2018), {GPT1}, OpenAI.")], None),
 ([(LU, "2024-05-16 12:44", f"En 2.1 mezclas embeddings estáticos y contextuales. Para los estáticos basta con word2vec y «{GLOVE}» (Pennington et al., EMNLP 2014); lo demás sobra."),
   (MA, "2024-05-16 19:20", f"@{LU} ¿quito entonces el párrafo sobre fastText?"),
   (LU, "2024-05-17 08:03", "Sí, o déjalo en una frase.")], None),
 ([(AN, "2024-05-17 10:26", f"Sobre el enmascaramiento de 3.2: hay un trabajo que parte la secuencia en segmentos sin solapamiento y enmascara uno por vez para reducir la varianza del gradiente. {T('2010.06040')} — https://openreview.net/forum?id={OR('2010.06040')}")], None),
 ([(JO, "2024-05-17 15:49", f"Capítulo 4: el baseline de similitud semántica es {T('1908.10084')} (arXiv 1908.10084). La librería sentence-transformers no se cita como artículo; como mucho, en una nota."),
   (MA, "2024-05-17 16:10", "Entendido.")], JO),
 ([(LU, "2024-05-20 09:14", "Revisa el formato APA 7 de toda la bibliografía (Zotero lo hace solo si exportas con el estilo correcto). Para el marco general puedes remitir al libro de Jurafsky y Martin, Speech and Language Processing, y al curso de NLP de Hugging Face (https://huggingface.co/learn/nlp-course). Entrega al tribunal: viernes, 7 de junio de 2024."),
   (MA, "2024-05-20 10:02", f"@{LU} de acuerdo, te paso la versión 8 el miércoles.")], None),
]

n_comments = sum(len(c) for c, _ in CONV)
out = ["TFM_Soler_borrador_v7.docx · Guardado en OneDrive", "",
       "Archivo", "Inicio", "Insertar", "Disposición", "Referencias", "Revisar", "Vista", "Ayuda", "",
       "Edición", "Comentarios", "Compartir", "",
       "Comentarios", "", f"Todas las conversaciones · {len(CONV)} conversaciones · {n_comments} comentarios",
       "Filtrar", "Mostrar conversaciones resueltas", ""]
for cards, resolved in CONV:
    for a, ts, t in cards:
        out += [a, fecha(ts), t]
    if resolved:
        out += [f"Resuelta por {resolved}", "Volver a abrir", ""]
    else:
        out += ["Responder", "Resolver conversación", ""]
out += ["Página 14 de 78", "23.412 palabras", "Español (España)", "Comentarios", "Predicciones de texto: Activado",
        "Dar comentarios a Microsoft", "100 %", ""]
text = "\n".join(out)
write_only(F390, text, keys(F390))
