#!/usr/bin/env python3
"""462: a Trello board exported as CSV (Menú → Imprimir, exportar y compartir → Exportar como CSV): Trello's header
(Card ID, Card Name, Card URL, Card Description, Labels, Members, Due Date, ...), 24-hex card ids, trello.com/c/
short links with the card slug, Markdown descriptions with line breaks inside quoted cells, labels "Nombre (color)",
ISO timestamps with milliseconds and Z, list / board columns. A Spanish reading group on agents and LLM evaluation;
some cards are chores, a tutorial and a leaderboard."""
import csv, hashlib, io, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F462, keys

COLS = ["Card ID", "Card Name", "Card URL", "Card Description", "Labels", "Members", "Due Date", "Due Complete",
        "Attachment Count", "Attachment Links", "Checklist Item Total Count", "Checklist Item Completed Count",
        "Vote Count", "Comment Count", "Last Activity Date", "List ID", "List Name", "Board ID", "Board Name",
        "Archived", "Start Date"]
BOARD = ("65a1f0c2b7d94e2a1c3f8e01", "Club de lectura · Agentes 2024")
LISTS = {"Por leer": "65a1f0c2b7d94e2a1c3f8e02", "Leyendo": "65a1f0c2b7d94e2a1c3f8e03",
         "Presentado": "65a1f0c2b7d94e2a1c3f8e04", "Logística": "65a1f0c2b7d94e2a1c3f8e05"}


def cid(name):
    return "65b" + hashlib.md5(name.encode()).hexdigest()[:21]


def slug(name, n):
    s = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return f"https://trello.com/c/{hashlib.md5(name.encode()).hexdigest()[:8]}/{n}-{s}"


cards = [
 (T("2205.06175"), "Un solo transformer para Atari, robótica y chat. Fijarse en la tokenización de acciones continuas.\n\nPresenta: **Lucía**", "Agentes (green)", "luciaherrero", "2024-02-06T17:00:00.000Z", "true", ["https://arxiv.org/abs/2205.06175"], "Presentado"),
 (T("2101.03958"), "arXiv: 2101.03958\n\nMeta-aprendizaje de la función de pérdida de RL con búsqueda evolutiva sobre grafos de cómputo. Conecta con la tarjeta de PPO de abajo.", "RL (purple)", "tomasvidal", "2024-02-13T17:00:00.000Z", "true", [], "Presentado"),
 (T("2006.05990"), "El estudio de Google Brain con >250.000 agentes entrenados (ICLR 2021). Leer sólo las recomendaciones de la sección 3 y las figuras.\n\n> \"usar PPO clipping, inicializar la última capa con pesos pequeños\"", "RL (purple)", "tomasvidal", "2024-02-13T17:00:00.000Z", "true", [], "Presentado"),
 (T("2204.01691"), "SayCan. Página del proyecto: https://say-can.github.io/ (vídeos del robot de cocina).\nCoRL 2022.", "Robótica (orange)", "martacabrera", "2024-02-20T17:00:00.000Z", "true", ["https://say-can.github.io/"], "Presentado"),
 (T("2303.18223"), "Encuesta larga (¡más de 100 páginas!). Repartimos capítulos:\n- Pre-entrenamiento → Lucía\n- Adaptación → Tomás\n- Evaluación → Marta\n\nPDF: https://arxiv.org/pdf/2303.18223v13", "Panorama (sky)", "luciaherrero,tomasvidal,martacabrera", "2024-02-27T17:00:00.000Z", "false", [], "Leyendo"),
 (T("2303.11366"), "Reflexión verbal en lugar de actualizar pesos. Comparar con Self-RAG.", "Agentes (green)", "jorgeaznar", "2024-03-05T17:00:00.000Z", "false", ["https://arxiv.org/abs/2303.11366"], "Leyendo"),
 (T("2310.11511"), "ICLR 2024 (oral). arXiv:2310.11511\nTokens de reflexión para decidir cuándo recuperar. Código en el repo de AkariAsai.", "RAG (yellow)", "jorgeaznar", "2024-03-12T17:00:00.000Z", "false", [], "Por leer"),
 (T("2304.03442"), "Smallville 🏘️ — UIST '23, DOI https://doi.org/10.1145/3586183.3606763\nQuizá demasiado largo para una sesión.", "Agentes (green)", "", "", "false", [], "Por leer"),
 (T("2306.05685"), "MT-Bench + Chatbot Arena. Ver también la tarjeta del leaderboard. NeurIPS 2023 Datasets and Benchmarks.", "Evaluación (red)", "martacabrera", "2024-03-19T17:00:00.000Z", "false", ["https://github.com/lm-sys/FastChat/tree/main/fastchat/llm_judge"], "Por leer"),
 (T("2310.06770"), "Benchmark de issues reales de GitHub. Foro de revisión de ICLR 2024 con la discusión sobre contaminación.", "Evaluación (red)", "jorgeaznar", "2024-03-26T17:00:00.000Z", "false", [f"https://openreview.net/forum?id={OR('2310.06770')}"], "Por leer"),
 ("Leaderboard: Chatbot Arena (mirar antes de la sesión de evaluación)", "No es un artículo: https://lmarena.ai/ — captura de pantalla en adjuntos.", "Evaluación (red)", "", "", "false", ["https://lmarena.ai/"], "Logística"),
 ("Tutorial LangGraph para la sesión práctica", "Seguir el tutorial oficial de agentes con herramientas. Traer portátil con Python 3.11.", "Práctica (lime)", "luciaherrero", "2024-04-02T17:00:00.000Z", "false", ["https://langchain-ai.github.io/langgraph/tutorials/introduction/"], "Logística"),
 ("Reservar aula 2.07 (martes 18:00)", "Escribir a conserjería: reservas@example.es", "", "tomasvidal", "2024-01-31T12:00:00.000Z", "true", [], "Logística"),
]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(COLS)
for i, (name, desc, lab, mem, due, done, att, lst) in enumerate(cards):
    last = f"2024-03-{(i % 20) + 1:02d}T{9 + i % 9:02d}:{(i * 7) % 60:02d}:13.{100 + i * 37:03d}Z"
    w.writerow([cid(name), name, slug(name, i + 4), desc, lab, mem, due, done if due else "", len(att),
                " ".join(att), 0 if i % 3 else 2, 0 if i % 3 else (2 if done == "true" else 1), i % 4,
                (i * 2) % 5, last, LISTS[lst], lst, BOARD[0], BOARD[1], "false",
                "2024-01-29T09:00:00.000Z" if i == 4 else ""])
text = buf.getvalue()
cells = [c for row in csv.reader(io.StringIO(text)) for c in row]
write_only(F462, text, keys(F462), ["\n".join(cells)])
