#!/usr/bin/env python3
"""436 (NEGATIVE): the Q&A export of a Slido event (CSV, Spanish) from a meetup talk on tooling for serving LLMs:
one row per audience question — Pregunta, Autor, Votos, Fecha, Hora, Estado, Etiquetas, Sala —, minimal quoting.
A near miss: the questions name serving engines, quantisation formats, adapters, repositories, the slides, a
recorded talk, a hackathon deadline, a workshop's call for papers, people; no paper title and no arXiv id. The builder
refuses any catalogue title and any arXiv-shaped number."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F436

H = ["Pregunta", "Autor", "Votos", "Fecha", "Hora", "Estado", "Etiquetas", "Sala"]
R = "Sala principal"
Q = [
 ("¿Vas a compartir las diapositivas? ¿Dónde las subes?", "Anónimo", 31, "19:02", "Respondida", "logística"),
 ("Para un portátil con 16 GB de RAM, ¿llama.cpp u Ollama? ¿Hay diferencia real de velocidad?", "Marta G.", 24, "19:06", "Respondida", "inferencia local"),
 ("¿Qué cuantización recomiendas en GGUF para un modelo de 7B: Q4_K_M o Q5_K_M?", "Anónimo", 19, "19:09", "Respondida", "cuantización"),
 ("En vLLM, ¿cómo se sirven varios adaptadores LoRA a la vez sin cargar el modelo base dos veces?", "Iñaki R.", 27, "19:11", "Respondida", "vLLM, adaptadores"),
 ("¿Has comparado TGI con vLLM en latencia del primer token?", "Anónimo", 12, "19:14", "Archivada", "vLLM"),
 ("¿El repositorio de la demo es público? El enlace del QR no me abre", "Sofía P.", 15, "19:15", "Respondida", "logística"),
 ("¿Qué pasa con la licencia si uso un modelo con pesos abiertos en un producto comercial?", "Anónimo", 22, "19:19", "Destacada", "licencias"),
 ("¿Cuánta memoria ocupa la caché KV con contexto de 32k? ¿Alguna regla rápida?", "Carlos M.", 17, "19:22", "Respondida", "memoria"),
 ("¿Recomiendas alguna charla o curso para empezar con Triton y kernels de GPU?", "Anónimo", 9, "19:25", "Respondida", "recursos"),
 ("¿La grabación de la charla de Lucía del mes pasado está en el canal?", "Anónimo", 6, "19:27", "Archivada", "logística"),
 ("¿Hasta cuándo hay plazo para apuntarse al hackatón de junio?", "Paula V.", 14, "19:29", "Respondida", "hackatón"),
 ("El taller de eficiencia de las jornadas de otoño acepta resúmenes hasta el 15 de julio, ¿alguien del meetup va a enviar algo?", "Andrés L.", 8, "19:31", "Archivada", "eventos"),
 ("¿Funciona bien speculative decoding en Ollama o solo en vLLM?", "Anónimo", 11, "19:33", "Respondida", "inferencia local"),
 ("¿Qué usas para monitorizar: Prometheus + Grafana o algo específico para LLM?", "Jordi B.", 10, "19:36", "Respondida", "observabilidad"),
 ("¿Habrá pizza al final? 🍕", "Anónimo", 35, "19:38", "Archivada", ""),
 ("¿Merece la pena pasar de bitsandbytes a AWQ o GPTQ para servir, o solo para entrenar con QLoRA?", "Marta G.", 13, "19:40", "Respondida", "cuantización"),
 ("¿Cuándo es la próxima quedada y quién presenta?", "Anónimo", 7, "19:44", "Respondida", "logística"),
]
buf = io.StringIO()
wr = csv.writer(buf, lineterminator="\n")
wr.writerow(H)
for q, a, v, t, s, l in Q:
    wr.writerow([q, a, v, "16/05/2024", t, s, l, R])
write(F436, buf.getvalue(), negative=True)
