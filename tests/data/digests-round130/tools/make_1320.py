#!/usr/bin/env python3
"""1320: the reference list of a Colombian master's thesis in the ICONTEC style (NTC 5613), exported from Word with
File > Save As > Plain Text (.txt), encoding Unicode (UTF-8), end lines with CR/LF: a byte-order mark, CRLF, one line
per paragraph (the hanging indents gone), the entries alphabetical by the first author's surname written in capitals
(`APELLIDO, Nombre; APELLIDO, Nombre y APELLIDO, Nombre.`, more than three authors `APELLIDO, Nombre, et al.`),
conference papers `En: NOMBRE DEL CONGRESO (número : año : ciudad). Memorias. …`, online documents `[en línea]` …
`[consultado el 12 de marzo de 2024]. Disponible en: <URL>`. The export begins at the chapter heading and ends at
the first annex heading. Papers: arXiv abs / pdf URLs, an `arXiv:` id and titles alone (proceedings pages, an
OpenAI PDF); a book, a textbook draft, library docs, an open-data set and a thesis are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1320, keys, GLOVE, GPT1

SEEN = "[consultado el 12 de marzo de 2024]"
R = [
    "ALCALDÍA DE MEDELLÍN. Peticiones, quejas, reclamos y sugerencias (PQRS) 2019-2023 [en línea]. Medellín: Portal de "
    f"Datos Abiertos de Colombia, 2023. {SEEN}. Disponible en: <https://www.datos.example.gov.co/Gobierno/PQRS-Medellin/kq3v-8bnm>",
    f"CLARK, Kevin, et al. {T('2003.10555')}. En: INTERNATIONAL CONFERENCE ON LEARNING REPRESENTATIONS (8 : 2020 : "
    "en línea). Memorias. OpenReview, 2020. 18 p.",
    f"CONNEAU, Alexis, et al. {T('1911.02116')}. En: ANNUAL MEETING OF THE ASSOCIATION FOR COMPUTATIONAL LINGUISTICS "
    "(58 : 2020 : en línea). Memorias. Stroudsburg: Association for Computational Linguistics, 2020. p. 8440-8451.",
    f"DEVLIN, Jacob, et al. {T('1810.04805')} [en línea]. En: CONFERENCE OF THE NORTH AMERICAN CHAPTER OF THE ASSOCIATION "
    "FOR COMPUTATIONAL LINGUISTICS (2019 : Minneapolis). Memorias. Stroudsburg: Association for Computational "
    f"Linguistics, 2019. p. 4171-4186. {SEEN}. Disponible en: <https://arxiv.org/abs/1810.04805>",
    "GOODFELLOW, Ian; BENGIO, Yoshua y COURVILLE, Aaron. Deep learning. Cambridge: MIT Press, 2016. 775 p. ISBN "
    "978-0-262-03561-3.",
    f"HE, Pengcheng, et al. {T('2006.03654')} [en línea]. En: INTERNATIONAL CONFERENCE ON LEARNING REPRESENTATIONS (9 : "
    f"2021 : en línea). Memorias. 2021. {SEEN}. Disponible en: <https://arxiv.org/pdf/2006.03654.pdf>",
    f"HOWARD, Jeremy y RUDER, Sebastian. {T('1801.06146')} [en línea]. En: ANNUAL MEETING OF THE ASSOCIATION FOR "
    "COMPUTATIONAL LINGUISTICS (56 : 2018 : Melbourne). Memorias. Stroudsburg: Association for Computational "
    f"Linguistics, 2018. p. 328-339. {SEEN}. Disponible en: <https://arxiv.org/abs/1801.06146>",
    "HUGGING FACE. Transformers: documentación [en línea]. Versión 4.38. Nueva York: Hugging Face, 2024. "
    f"{SEEN}. Disponible en: <https://huggingface.co/docs/transformers/v4.38.2/es/index>",
    "JURAFSKY, Daniel y MARTIN, James H. Speech and language processing [en línea]. 3 ed. borrador. Stanford: "
    f"Stanford University, 2024. {SEEN}. Disponible en: <https://web.stanford.edu/~jurafsky/slp3/>",
    f"PENNINGTON, Jeffrey; SOCHER, Richard y MANNING, Christopher D. {GLOVE}. En: CONFERENCE ON EMPIRICAL METHODS IN "
    "NATURAL LANGUAGE PROCESSING (2014 : Doha). Memorias. Stroudsburg: Association for Computational Linguistics, "
    "2014. p. 1532-1543.",
    f"RADFORD, Alec, et al. {GPT1} [en línea]. San Francisco: OpenAI, 2018. 12 p. {SEEN}. Disponible en: "
    "<https://cdn.openai.com/research-covers/language-unsupervised/language_understanding_paper.pdf>",
    "RAMÍREZ OSPINA, Laura Marcela. Clasificación automática de PQRS ciudadanas con modelos de lenguaje en español. "
    "Trabajo de grado Magíster en Ingeniería - Analítica. Medellín: Universidad del Valle de Aburrá (ejemplo). "
    "Facultad de Minas, 2022. 96 p.",
    f"YANG, Zhilin, et al. {T('1906.08237')}. En: arXiv preprint. Junio, 2019. arXiv:1906.08237.",
]
L = ["REFERENCIAS BIBLIOGRÁFICAS", ""] + R + ["", "ANEXOS", "", "Anexo A. Hiperparámetros de ajuste fino por modelo", ""]
text = "\ufeff" + "\r\n".join(L) + "\r\n"
write_only(F1320, text, keys(F1320))
