#!/usr/bin/env python3
"""489: a TOML data file (data/lecturas.toml of a Zola course site) for a Spanish master's course on LLM
foundations: comments, a [curso] table, [[semana]] arrays of tables with nested [[semana.lectura]] entries (titulo,
autores, enlace, tipo, obligatoria, notas multi-line strings), inline tables, dates as TOML local dates, and
[[recurso]] entries for things that are not papers. Papers: arXiv abs URLs (link), "arXiv:ID" in ids / notes
(arxiv-text), titles with proceedings / OpenAI / JMLR pages or none (title-only). Not papers: the nanoGPT and
Megatron-LM repositories, the HELM leaderboard, a book chapter, a course video, a Hugging Face docs page."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F489, keys

text = f'''# data/lecturas.toml — lecturas del curso «Fundamentos de modelos de lenguaje grandes»
# Máster en Ciencia de Datos, Universidad de Valmarina, curso 2024-25 (2.º cuatrimestre)
# Este fichero lo lee templates/lecturas.html (Zola: load_data). Tras editarlo: `zola check`.
# Convenciones:
#   tipo = "articulo" | "capitulo" | "video" | "repo" | "web"
#   obligatoria = true → aparece en negrita en la web y entra en el examen
#   enlace: preferimos arXiv o la página del congreso; si no hay, se deja vacío y se pone «notas»
# Responsable: Dra. Nuria Ferrán (nferran@example.edu). Ayudante: Tomás Ibarra.

[curso]
codigo = "MCD-417"
titulo = "Fundamentos de modelos de lenguaje grandes"
idioma = "es"
creditos = 6
inicio = 2025-02-10
fin = 2025-05-30
aula = {{ edificio = "B", sala = "B-2.11", horario = "lunes 16:00-18:00" }}
evaluacion = {{ practicas = 0.4, presentacion = 0.2, examen = 0.4 }}

# ---------------------------------------------------------------------------
[[semana]]
numero = 1
tema = "Del preentrenamiento generativo al aprendizaje en contexto"
fecha = 2025-02-10

  [[semana.lectura]]
  titulo = "{T("Improving Language Understanding by Generative Pre-Training")}"
  autores = ["Alec Radford", "Karthik Narasimhan", "Tim Salimans", "Ilya Sutskever"]
  tipo = "articulo"
  anio = 2018
  enlace = "https://cdn.openai.com/research-covers/language-unsupervised/language_understanding_paper.pdf"
  obligatoria = true
  notas = """
  Informe técnico de OpenAI (no está en arXiv). Leer secciones 1-3; la tabla de
  resultados en GLUE se comenta en clase."""

  [[semana.lectura]]
  titulo = "{T("2005.14165")}"
  autores = ["Tom B. Brown", "Benjamin Mann", "Nick Ryder", "et al."]
  tipo = "articulo"
  anio = 2020
  enlace = "https://proceedings.neurips.cc/paper/2020/hash/1457c0d6bfcb4967418bfb8ac142f64a-Abstract.html"
  obligatoria = true
  notas = "Solo secciones 1, 2 y 3.1-3.3 (son 75 páginas). Ojo a la figura 1.2: few-shot vs. zero-shot."

  [[semana.recurso]]
  titulo = "Let's build GPT: from scratch, in code, spelled out"
  tipo = "video"
  enlace = "https://www.youtube.com/watch?v=kCc8FmEb1nY"
  notas = "Opcional, para la práctica 1 (nanoGPT)."

# ---------------------------------------------------------------------------
[[semana]]
numero = 2
tema = "Leyes de escala y entrenamiento distribuido"
fecha = 2025-02-17

  [[semana.lectura]]
  titulo = "{T("2001.08361")}"
  autores = ["Jared Kaplan", "Sam McCandlish", "Tom Henighan", "Tom B. Brown", "et al."]
  tipo = "articulo"
  anio = 2020
  ids = {{ arxiv = "arXiv:2001.08361" }}
  enlace = ""
  obligatoria = true
  notas = """
  Ajustes de ley de potencias L(N), L(D), L(C). Comparar con Chinchilla
  (lo veremos en la semana 4, no es lectura obligatoria)."""

  [[semana.lectura]]
  titulo = '{T("1909.08053")}'
  autores = ["Mohammad Shoeybi", "Mostofa Patwary", "Raul Puri", "Patrick LeGresley", "Jared Casper", "Bryan Catanzaro"]
  tipo = "articulo"
  anio = 2019
  enlace = ""
  obligatoria = false
  notas = "Paralelismo de tensores dentro de cada capa. El código está en el repositorio NVIDIA/Megatron-LM."

  [[semana.recurso]]
  titulo = "NVIDIA/Megatron-LM"
  tipo = "repo"
  enlace = "https://github.com/NVIDIA/Megatron-LM"

# ---------------------------------------------------------------------------
[[semana]]
numero = 3
tema = "Modelos abiertos"
fecha = 2025-02-24

  [[semana.lectura]]
  titulo = "{T("2302.13971")}"
  autores = ["Hugo Touvron", "Thibaut Lavril", "Gautier Izacard", "et al."]
  tipo = "articulo"
  anio = 2023
  enlace = "https://arxiv.org/abs/2302.13971"
  obligatoria = true
  notas = "Datos de preentrenamiento (tabla 1) y decisiones de arquitectura (RMSNorm, SwiGLU, RoPE)."

  [[semana.recurso]]
  titulo = "Capítulo 10 de «Speech and Language Processing» (Jurafsky y Martin, 3.ª ed. borrador)"
  tipo = "capitulo"
  enlace = "https://web.stanford.edu/~jurafsky/slp3/"

# ---------------------------------------------------------------------------
[[semana]]
numero = 4
tema = "Adaptación eficiente"
fecha = 2025-03-03

  [[semana.lectura]]
  titulo = "{T("1902.00751")}"
  autores = ["Neil Houlsby", "Andrei Giurgiu", "Stanislaw Jastrzebski", "et al."]
  tipo = "articulo"
  anio = 2019
  enlace = "https://arxiv.org/abs/1902.00751"
  obligatoria = true
  notas = "Los adaptadores originales (ICML 2019). Práctica 2: comparar con LoRA usando la biblioteca PEFT."

  [[semana.recurso]]
  titulo = "Documentación de PEFT (Hugging Face)"
  tipo = "web"
  enlace = "https://huggingface.co/docs/peft/index"

# ---------------------------------------------------------------------------
[[semana]]
numero = 5
tema = "Decodificación y razonamiento cuantitativo"
fecha = 2025-03-10

  [[semana.lectura]]
  titulo = "{T("1904.09751")}"
  autores = ["Ari Holtzman", "Jan Buys", "Li Du", "Maxwell Forbes", "Yejin Choi"]
  tipo = "articulo"
  anio = 2019
  ids = {{ arxiv = "1904.09751" }}
  enlace = ""
  obligatoria = true
  notas = "Muestreo por núcleo (top-p). La práctica 3 reproduce la figura de repetición con GPT-2."

  [[semana.lectura]]
  titulo = "{T("2206.14858")}"
  autores = ["Aitor Lewkowycz", "Anders Andreassen", "David Dohan", "et al."]
  tipo = "articulo"
  anio = 2022
  enlace = ""
  obligatoria = false
  notas = """
  Minerva (NeurIPS 2022). Para quien presente el tema de matemáticas;
  las tablas de MATH y GSM8k se comparan con la tabla de HELM."""

  [[semana.recurso]]
  titulo = "HELM — Holistic Evaluation of Language Models (tabla de resultados)"
  tipo = "web"
  enlace = "https://crfm.stanford.edu/helm/latest/"

# ---------------------------------------------------------------------------
# Fechas de entrega (las lee templates/calendario.html)
[[entrega]]
nombre = "Práctica 1: nanoGPT en el corpus de Cervantes"
fecha = 2025-03-03T23:59:00+01:00

[[entrega]]
nombre = "Práctica 2: adaptadores vs. LoRA"
fecha = 2025-03-24T23:59:00+01:00

[[entrega]]
nombre = "Presentación de un artículo (15 min + 5 de preguntas)"
fecha = 2025-04-28T16:00:00+02:00
'''
write_only(F489, text, keys(F489))
