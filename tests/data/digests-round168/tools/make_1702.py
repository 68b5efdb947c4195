#!/usr/bin/env python3
"""1702: a list report of Aha! Roadmaps (features of one product) exported as CSV, Spanish: UTF-8 with a BOM, CR LF,
fields quoted only where needed (csv.writer's minimal quoting), multi-line plain-text descriptions inside quotes;
English column names as the report names them («Feature reference #», «Feature name», «Feature status», «Release
name», «Feature assigned to», «Feature tags», «Feature score», «Feature created date», «Feature description»), the
team's feature names, tags and descriptions in Spanish; references «PROJ-nn», the default feature workflow statuses.
The Madrid team, its product «Asistente jurídico», its people and releases are invented; Hugging Face PEFT,
bitsandbytes, vLLM, MarIA and Llama 3.1 appear as what they are, never labelled; LoRA, QLoRA, AdaLoRA, (IA)³ and
P-tuning are nicknames here, their papers labelled by full title where the file names them."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import by_num, keys
F = by_num(1702)
HEAD = ["Feature reference #", "Feature name", "Feature status", "Release name", "Feature assigned to", "Feature tags",
        "Feature score", "Feature created date", "Feature description"]
rows = [
    ("AJUR-41", "Línea base con LoRA sobre Llama 3.1 8B", "Shipped", "R1 Piloto interno", "Lucía Fernández",
     "peft,lora", "34", "2025-01-09",
     f"Artículo de referencia: {T('2106.09685')}\nhttps://arxiv.org/abs/2106.09685\n\nRango 16, alfa 32, solo proyecciones de atención. Entrenado con Hugging Face PEFT."),
    ("AJUR-42", "Entrenar en 4 bits (QLoRA)", "Ready to ship", "R1 Piloto interno", "Javier Ortega",
     "peft,cuantización", "29", "2025-01-09",
     f"Seguir {T('2305.14314')} (https://arxiv.org/pdf/2305.14314).\nNF4 con bitsandbytes; comprobar que cabe en una sola GPU de 24 GB."),
    ("AJUR-45", "Comparar adaptadores clásicos", "In development", "R2 Despliegue juzgados", "Marta Gil",
     "peft,adaptadores", "21", "2025-02-03",
     f"Punto de partida: {T('1902.00751')} - https://arxiv.org/abs/1902.00751\nMedir latencia añadida en inferencia con vLLM."),
    ("AJUR-46", "Prefix-tuning para generación de resúmenes", "Ready to develop", "R2 Despliegue juzgados", "Marta Gil",
     "peft,prompts", "18", "2025-02-03",
     f"{T('2101.00190')}\nhttps://arxiv.org/abs/2101.00190v1\nProbar también P-tuning: {T('2103.10385')} (Liu et al., 2021)."),
    ("AJUR-47", "Pocos ejemplos: (IA)³ frente a in-context", "Under consideration", "R3 Backlog", "Javier Ortega",
     "peft,few-shot", "15", "2025-02-17",
     f"{T('2205.05638')} (arXiv:2205.05638). Interesa si tenemos menos de 100 sentencias anotadas por tipo."),
    ("AJUR-48", "Marco común para métodos PEFT", "Under consideration", "R3 Backlog", "Lucía Fernández",
     "peft,investigación", "12", "2025-02-17",
     f"Leer {T('2110.04366')} (He et al., ICLR 2022) antes de decidir qué combinamos."),
    ("AJUR-49", "Rango adaptativo (AdaLoRA)", "Under consideration", "R3 Backlog", "Lucía Fernández",
     "peft,lora", "11", "2025-03-04",
     f"{T('2303.10512')} (Zhang et al., ICLR 2023). ¿Compensa frente a rango fijo con nuestro presupuesto?"),
    ("AJUR-52", "Evaluación con MarIA como referencia", "Will not implement", "R2 Despliegue juzgados", "Pablo Ruiz",
     "evaluación", "6", "2025-03-11",
     "Descartado: el modelo base ya supera a MarIA en todas las tareas de clasificación internas."),
]
out = io.StringIO()
w = csv.writer(out, lineterminator="\r\n")
w.writerow(HEAD)
for r in rows:
    w.writerow([x.replace("\n", "\r\n") for x in r])
text = "\ufeff" + out.getvalue()
write_raw(F, text.encode("utf-8"), [text], keys(F))
