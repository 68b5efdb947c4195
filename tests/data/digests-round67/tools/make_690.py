#!/usr/bin/env python3
"""690: a Leo outline (.leo, file_format 2) as Leo 6.7 saves it: `<?xml version="1.0" encoding="utf-8"?>`, the
"Created by Leo" comment, `<leo_file xmlns:leo=… >` (with Leo's space before '>'), `<leo_header file_format="2"/>`,
empty `<globals/>` `<preferences/>` `<find_panel_settings/>`, `<vnodes>` with one `<v t="gnx">` per line (a="E" on
expanded nodes, `<vh>` headline, children nested, the closing `</v>` on its own line for a parent), `<tnodes>` with the
non-empty bodies sorted by gnx (`<t tx="gnx">`, & < > escaped, newlines kept); `@url` headlines. Spanish notes on
diffusion and vision-language models."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import F690, keys


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def au(k, n=3):
    a = authors(k)
    return ", ".join(a[:n]) + (" et al." if len(a) > n else "")


N = [0]
TS = ["20240506093012", "20240506093544", "20240508174120", "20240513101502", "20240515160833", "20240520090027"]


def node(head, body="", kids=(), exp=False, ts=0):
    N[0] += 1
    return {"gnx": f"lvargas.{TS[ts]}.{N[0]}", "h": head, "b": body, "k": list(kids), "e": exp}


tree = [
 node("Difusión y visión-lenguaje — seminario de doctorado (Universidad de Castroviejo)",
      "Cuaderno del seminario (mayo 2024). Cada nodo de artículo: ficha + notas; los enlaces van en nodos @url.\n"
      "Convenciones: [P] = presentado, [L] = pendiente de lectura, [X] = descartado.\n\n"
      "@language rest\n@tabwidth -4\n", exp=True, kids=[
   node("Difusión latente y edición", "Sesión 1 (martes 7/05, sala B-12). Moderadora: Lucía Vargas.\n", exp=True, kids=[
     node(f"[P] {T('2112.10752')}",
          f"Autores: {au('2112.10752')}\nCVPR 2022.\n\n"
          "- Autoencoder con factor f=8, difusión en el espacio latente.\n"
          "- Condicionamiento por atención cruzada (texto, mapas semánticos).\n"
          "- Pregunta para el grupo: ¿por qué KL-reg y no VQ-reg en la mayoría de modelos publicados?\n",
          kids=[node("@url https://arxiv.org/abs/2112.10752")]),
     node(f"[L] {T('2211.09800')}",
          f"{au('2211.09800')}\n\nDatos de entrenamiento generados con un LLM + Prompt-to-Prompt; guía libre de clasificador doble\n"
          "(imagen y texto). Sin enlace: buscar la versión CVPR 2023.\n"),
     node(f"[L] {T('2403.03206')}",
          f"{au('2403.03206')} (2024)\n\n- Flujo rectificado con muestreo de tiempos logit-normal.\n"
          "- Arquitectura MM-DiT: dos flujos de pesos para texto e imagen.\n",
          kids=[node("@url https://arxiv.org/pdf/2403.03206")]),
   ]),
   node("Difusión en espacio latente (teoría)", "Sesión 2 (14/05).\n", exp=True, kids=[
     node(f"[P] {T('2106.05931')}",
          f"{au('2106.05931')}, NeurIPS 2021.\n\nModelo basado en puntuación entrenado de extremo a extremo con un VAE;\n"
          "la parametrización de la mezcla normal. Presentó Tomás; diapositivas en la carpeta compartida.\n"),
     node(f"[L] {T('2303.11328')}",
          f"{au('2303.11328')}\narXiv:2303.11328 — condicionamiento por cámara relativa sobre un modelo de difusión preentrenado.\n"
          "Para la línea de reconstrucción 3D de Andrea.\n"),
   ]),
   node("Visión-lenguaje", "Sesión 3 (21/05). Moderador: Tomás Ibarra.\n", exp=True, kids=[
     node(f"[P] {T('2103.00020')}",
          f"{au('2103.00020')} (ICML 2021)\n\n- 400M pares imagen-texto; pérdida contrastiva simétrica.\n"
          "- Clasificación sin ejemplos con plantillas de prompt (\"a photo of a {}\").\n",
          kids=[node("@url https://arxiv.org/abs/2103.00020")]),
     node(f"[L] {T('2106.13884')}",
          f"{au('2106.13884')}\n\nCodificador visual entrenado con el LM congelado; prefijo visual. Antecedente directo del\n"
          "siguiente nodo. Sin enlace todavía.\n"),
     node(f"[L] {T('2301.12597')}",
          f"{au('2301.12597')}\n\nQ-Former entre un codificador de imagen congelado y un LLM congelado; dos etapas de\n"
          "preentrenamiento. Comparar costes con el nodo anterior (< 2 días en 16 GPU según el artículo).\n"),
   ]),
   node("Recursos (no son artículos)",
        "- diffusers (biblioteca de Hugging Face) — https://github.com/huggingface/diffusers\n"
        "- ComfyUI — interfaz por nodos para generación de imágenes\n"
        "- LAION-5B (conjunto de datos) y la ficha del modelo en el Hub\n"
        "- Blog: \"What are Diffusion Models?\" de Lilian Weng — https://lilianweng.github.io/posts/2021-07-11-diffusion-models/\n"
        "- Curso de doctorado \"Modelos generativos\" (campus virtual, tema 4)\n", ts=5),
   node("@clean ../scripts/muestreo_ddim.py", ts=5),
   node("Pendientes", "- Reservar la sala B-12 para junio.\n- Pedir horas de GPU al centro de cálculo (formulario &amp; justificación).\n".replace("&amp;", "&"), ts=5),
 ]),
]

vn, tn = [], {}


def walk(n):
    a = ' a="E"' if n["e"] else ""
    if n["b"]: tn[n["gnx"]] = n["b"]
    if n["k"]:
        vn.append(f'<v t="{n["gnx"]}"{a}><vh>{esc(n["h"])}</vh>')
        for k in n["k"]: walk(k)
        vn.append("</v>")
    else:
        vn.append(f'<v t="{n["gnx"]}"{a}><vh>{esc(n["h"])}</vh></v>')


for n in tree: walk(n)
out = ['<?xml version="1.0" encoding="utf-8"?>', "<!-- Created by Leo: https://leo-editor.github.io/leo-editor/leo_toc.html -->",
       '<leo_file xmlns:leo="http://leoeditor.com/namespaces/leo-python-editor/1.1" >', '<leo_header file_format="2"/>',
       "<globals/>", "<preferences/>", "<find_panel_settings/>", "<vnodes>"] + vn + ["</vnodes>", "<tnodes>"]
out += [f'<t tx="{g}">{esc(tn[g])}</t>' for g in sorted(tn, key=lambda g: (g.split(".")[1], int(g.split(".")[2])))]
out += ["</tnodes>", "</leo_file>"]
raw = "\n".join(out) + "\n"
import html
write_only(F690, raw, keys(F690), forms=[html.unescape(raw)])
