#!/usr/bin/env python3
"""1850: a Spanish-language (Argentine) NLP seminar's timeline as a Markwhen source file (`escala.mw`, opened in the
Markwhen editor / VS Code extension): YAML-like front matter (title, description, timezone, tag colours), `//`
comments, `section … endSection` and `group … endGroup` blocks, events `FECHA: texto #etiqueta` dated by the papers'
first versions, description lines under them, and the course's class dates as ranges. Papers are event texts: linked
titles `[Título](url)` (arXiv `/abs/`, `/pdf/….pdf`, `http://…v1`), a title with a bare link on the next line, titles
alone (title-only; one not on arXiv) and one arXiv id in a description. LF, a final newline."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, key_of, write_only
from make_expected import keys, by_num, GPT2

F = by_num(1850)


def d(k):
    return CAT[key_of(k)]["published"]


def build():
    L = ["---",
         "title: Modelos de lenguaje a escala — línea de tiempo del seminario",
         "description: Seminario de PLN del Departamento de Computación, 2.º cuatrimestre 2024. Lo mantiene Lucía; cambios por MR al repo del seminario.",
         "timezone: America/Argentina/Buenos_Aires",
         "#lectura: #2b6cb0",
         "#contexto: #a0aec0",
         "#clase: #dd6b20",
         "---",
         "",
         "// Cada lectura va con la fecha de su primera versión. Si no tiene link es porque el PDF está en el campus.",
         "// Ojo: las fechas de las clases son rangos (semana de lectura -> clase).",
         "",
         "section Antes de la escala #contexto",
         f"{d(GPT2)}: {GPT2} #lectura",
         "  GPT-2. Informe técnico de OpenAI, nunca subido a arXiv (PDF en el campus, carpeta «lecturas»).",
         "2019-08-12: The Illustrated GPT-2 (entrada del blog de Jay Alammar) #contexto",
         "  https://jalammar.github.io/illustrated-gpt2/",
         f"{d('1910.10683')}: [{T('1910.10683')}](https://arxiv.org/abs/1910.10683) #lectura",
         "  T5 y el corpus C4. Leer secciones 2 y 3; el resto es de consulta.",
         "endSection",
         "",
         "section Leyes de escala #lectura",
         f"{d('2001.08361')}: [{T('2001.08361')}](https://arxiv.org/pdf/2001.08361.pdf) #lectura",
         "  Kaplan et al. Traer las figuras 1 y 2 impresas.",
         f"{d('2203.15556')}: [{T('2203.15556')}](http://arxiv.org/abs/2203.15556v1) #lectura",
         "  «Chinchilla»: mismo cómputo, más tokens. Comparar con Kaplan.",
         f"{d('2204.02311')}: {T('2204.02311')} #lectura",
         "  arXiv 2204.02311 — 540B parámetros; sólo el capítulo de entrenamiento.",
         f"{d('2206.07682')}: {T('2206.07682')} #lectura",
         "  TMLR 2022. Discutir si «emergente» es una métrica o una propiedad.",
         "endSection",
         "",
         "section Modelos abiertos y datos #lectura",
         f"{d('2306.11644')}: {T('2306.11644')} #lectura",
         "  phi-1: datos «de libro de texto». PDF en el campus.",
         f"{d('2307.09288')}: {T('2307.09288')} #lectura",
         "  https://arxiv.org/abs/2307.09288",
         "  Leer la parte de RLHF y la tarjeta del modelo.",
         "2023-10-01: Epoch AI — base de datos de modelos notables (para el TP) #contexto",
         "  https://epoch.ai/data/notable-ai-models",
         "endSection",
         "",
         "group Clases #clase"]
    clases = ["Introducción y GPT-2", "T5 y transferencia", "Leyes de escala", "PaLM y capacidades emergentes",
              "Datos: phi-1 y Llama 2", "Cierre: presentaciones del TP"]
    start = dt.date(2024, 8, 14)
    for i, c in enumerate(clases):
        a = start + dt.timedelta(days=7 * i)
        b = a + dt.timedelta(days=6)
        L.append(f"{a.isoformat()} - {b.isoformat()}: Clase {i + 1}: {c} #clase")
    L += ["endGroup",
          "",
          "// Material que no es lectura obligatoria:",
          "// - Jurafsky & Martin, Speech and Language Processing (3.ª ed., borrador), cap. 10: https://web.stanford.edu/~jurafsky/slp3/",
          "// - Video: «Let's build GPT: from scratch, in code, spelled out» (Andrej Karpathy, YouTube)",
          "// - Hugging Face Transformers, documentación de T5: https://huggingface.co/docs/transformers/model_doc/t5"]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
