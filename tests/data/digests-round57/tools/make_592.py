#!/usr/bin/env python3
"""592: a Chatterino 2 channel log (Logs/Twitch/Channels/<channel>/<channel>-2024-03-14.log): "# Start logging at
<date> <time> <zone>", one "[HH:MM:SS]  nick: message" line per chat message (two spaces after the time), system
lines ("[HH:MM:SS]  x subscribed …", timeouts), "# Stop logging at …". A Spanish paper-reading stream on LLMs."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F592, keys

lines = [
 ("19:58:41", "StreamElements: El directo de hoy: leemos papers de LLMs y escalado. Comandos: !paper !horario !discord"),
 ("19:59:02", "mateo_rg: buenas!!"),
 ("19:59:10", "luzdelalba_: holaaa llegué a tiempo por una vez"),
 ("20:00:15", "profe_ines_ia: Bienvenidos! Hoy toca escalar modelos: cómo entrenarlos, cómo evaluarlos y qué falla con contextos largos"),
 ("20:00:47", "kevsito99: KEKW el ventilador de la GPU se oye desde aquí"),
 ("20:01:30", f"profe_ines_ia: Empezamos por el paralelismo de modelo: {T('1909.08053')} https://arxiv.org/abs/1909.08053"),
 ("20:01:58", "dataloca: megatron es de nvidia no?"),
 ("20:02:20", "profe_ines_ia: sí, tensor parallelism dentro del nodo"),
 ("20:04:11", f"mateo_rg: y el de Google con MoE era {T('2006.16668')} https://arxiv.org/pdf/2006.16668"),
 ("20:04:40", "luzdelalba_: PogChamp 600B parámetros en 2020"),
 ("20:05:02", "Nightbot: @luzdelalba_ recuerda que el Discord tiene canal #papers para links largos"),
 ("20:06:55", "kevsito99 subscribed at Tier 1. They've subscribed for 3 months!"),
 ("20:07:19", "profe_ines_ia: gracias kevsito <3"),
 ("20:09:33", f"profe_ines_ia: El clásico de GPT-3: \"{T('2005.14165')}\" (NeurIPS 2020). In-context learning en estado puro"),
 ("20:10:02", "yolanda_ml: el paper tiene 75 páginas xd"),
 ("20:12:48", f"profe_ines_ia: Y los pesos abiertos: {T('2302.13971')} — arXiv 2302.13971 si lo queréis buscar"),
 ("20:13:20", "dataloca: llama 1 o 2?"),
 ("20:13:31", "profe_ines_ia: el primero, febrero 2023"),
 ("20:15:44", "mateo_rg: !paper"),
 ("20:15:45", "Nightbot: Lista de papers del directo en el pastebin del panel de abajo ⬇ (no se aceptan PDFs por chat)"),
 ("20:18:02", f"profe_ines_ia: Ahora evaluación. MMLU = \"{T('2009.03300')}\", ICLR 2021"),
 ("20:18:40", f"yolanda_ml: y BIG-bench: {T('2206.04615')} (TMLR)"),
 ("20:19:03", "kevsito99: cuantos autores tenía ese? 400?"),
 ("20:19:15", "yolanda_ml: más de 400 LUL"),
 ("20:22:31", f"profe_ines_ia: Para evaluar con LLMs como jueces: {T('2306.05685')} https://arxiv.org/abs/2306.05685"),
 ("20:23:05", "dataloca: chatbot arena es la web de lmsys no? la miro siempre"),
 ("20:23:40", "profe_ines_ia: la web es el leaderboard; el paper explica el método"),
 ("20:25:12", "bot_spam_4431 has been timed out for 600s."),
 ("20:27:50", f"profe_ines_ia: Último por hoy, contexto largo: {T('2307.03172')} https://arxiv.org/abs/2307.03172v3"),
 ("20:28:22", "luzdelalba_: ese me voló la cabeza, la curva en U"),
 ("20:29:10", "mateo_rg: y con RAG pasa igual?"),
 ("20:29:44", "profe_ines_ia: justo lo miramos el jueves que viene con retrieval"),
 ("20:31:05", "yolanda_ml: recomendáis algún curso para empezar? el de Stanford CS324 está bien?"),
 ("20:31:40", "profe_ines_ia: sí, y el libro de Jurafsky tiene capítulos nuevos sobre LLMs"),
 ("20:35:12", "kevsito99: GG, gracias por el directo"),
 ("20:35:30", "profe_ines_ia: ¡hasta el jueves! raid a otro canal de ciencia en 1 min"),
]
out = ["# Start logging at 2024-03-14 19:58:36 Hora estándar romance"]
out += [f"[{t_}]  {m}" for t_, m in lines]
out.append("# Stop logging at 2024-03-14 20:37:02 Hora estándar romance")
text = "\n".join(out) + "\n"
write_only(F592, text, keys(F592))
