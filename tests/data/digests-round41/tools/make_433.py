#!/usr/bin/env python3
"""433: Tana Paste (the plain-text format Tana reads when text starting with %%tana%% is pasted) of a Spanish
reading queue on LLM evaluation and agents: nested "- " nodes indented by two spaces, supertags (#paper,
#[[sesión de lectura]]), fields "Nombre:: valor", references [[…]], dates [[date:YYYY-MM-DD]], checkboxes "[ ]" /
"[x]". Papers: a node whose URL field holds an arxiv.org abs / pdf URL or an OpenReview forum URL (link), an
"arXiv:: ID" field (arxiv-text), the title only — a node name followed by a venue field, in a sentence in «»
quotes, in lower case (title-only). Not papers: the LMSYS leaderboard, the HELM site, OpenAI's evals repository, the
SWE-agent repository, a recorded talk, the group's slides, AgentBench / Voyager / ReAct / Chatbot Arena (names)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F433, keys

text = f"""%%tana%%
- Cola de lectura: evaluación de LLM y agentes #[[cola de lectura]]
  - Responsable:: [[Lucía Ferrer]]
  - Grupo:: [[Seminario LLM — Universidad de Valdeluz]]
  - Nota:: Pegado desde el documento compartido del semestre. Lo que no es paper va en «Recursos» al final.
  - Sesión 1: ¿qué mide un benchmark? #[[sesión de lectura]]
    - Fecha:: [[date:2024-03-07]]
    - Presenta:: [[Diego Salvatierra]]
    - {T('2009.03300')} #paper
      - arXiv:: 2009.03300
      - Estado:: leído
      - Comentario:: MMLU: 57 materias; mirar la tabla por materia, no solo la media.
    - {T('2206.04615')} #paper
      - Venue:: TMLR 2023
      - Estado:: a medias
      - Comentario:: BIG-bench. Son más de 200 tareas; solo leer secciones 1–3 y la de «breakthroughness».
    - [x] Subir diapositivas a la carpeta del grupo
  - Sesión 2: emergencia y escala #[[sesión de lectura]]
    - Fecha:: [[date:2024-03-14]]
    - Presenta:: [[Lucía Ferrer]]
    - {T('2206.07682')} #paper
      - URL:: https://arxiv.org/abs/2206.07682
      - Estado:: leído
      - Comentario:: Contrastar con la crítica de que la emergencia depende de la métrica (buscar el paper, no está en la cola aún).
    - {T('2206.14858').lower()} #paper
      - Venue:: NeurIPS 2022
      - Estado:: pendiente
      - Comentario:: Minerva. Interesa por MATH y por el «majority voting»; ver figura de escala.
  - Sesión 3: LLM como juez #[[sesión de lectura]]
    - Fecha:: [[date:2024-03-21]]
    - Presenta:: [[Ainhoa Urquiza]]
    - {T('2306.05685')} #paper
      - arXiv:: 2306.05685
      - Estado:: leído
      - Comentario:: MT-Bench + Chatbot Arena; sesgos de posición y de verbosidad del juez.
    - Leaderboard de LMSYS (no es paper, solo para la demo en vivo)
      - URL:: https://chat.lmsys.org/?leaderboard
    - [ ] Preparar 5 preguntas propias para probar el juez en español
  - Sesión 4: agentes #[[sesión de lectura]]
    - Fecha:: [[date:2024-04-04]]
    - Presenta:: [[Diego Salvatierra]]
    - {T('2304.03442')} #paper
      - URL:: https://arxiv.org/pdf/2304.03442.pdf
      - Estado:: leído
      - Comentario:: Smallville. Memoria + reflexión + planificación; el vídeo de la demo no cuenta como lectura.
    - {T('2303.11366')} #paper
      - Venue:: NeurIPS 2023
      - Estado:: pendiente
      - Comentario:: Comparar su «reflexión» con la de Generative Agents (son cosas distintas). Citado en AgentBench y Voyager.
    - {T('2310.06770')} #paper
      - URL:: https://openreview.net/forum?id=VTF8yNQM66
      - Estado:: pendiente
      - Comentario:: Versión ICLR 2024. Para la práctica usar el repositorio de SWE-agent, no el del paper.
  - Sesión 5 (extra): herramientas para mirar dentro del modelo #[[sesión de lectura]]
    - Fecha:: [[date:2024-04-11]]
    - Presenta:: [[Ainhoa Urquiza]]
    - Ainhoa propone «{T('2103.14625')}» (ACL 2021, demos) para enseñar la visualización de atención antes de hablar de interpretabilidad.
      - Estado:: propuesto
  - Recursos (no son papers) #recursos
    - HELM — web del benchmark
      - URL:: https://crfm.stanford.edu/helm/
    - openai/evals
      - URL:: https://github.com/openai/evals
    - SWE-agent
      - URL:: https://github.com/princeton-nlp/SWE-agent
    - Charla grabada «Cómo (no) evaluar LLM» — Jornadas de PLN 2023
      - URL:: https://videos.valdeluz.example.es/jornadas-pln-2023/evaluar-llm
"""
write_only(F433, text, keys(F433))
