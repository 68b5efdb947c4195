#!/usr/bin/env python3
"""1307: a Linkwarden API answer saved with curl (Spanish): a Valencia-like lab's reading group on agents and robotics
keeps its links in a self-hosted Linkwarden (`enlaces.grupo-agentes.example.es`, collection 4 "Grupo de lectura –
Agentes y robótica"); Lucía saved `GET /api/v1/links?collectionId=4&sort=0` with `curl -s -o enlaces.json` to hand the
list to the group's script, then attached the file to the group's mail. The body is what the server sends: compact
JSON (JSON.stringify, raw UTF-8), no final newline. Each link as the API returns it: id, name, type (url / pdf), description,
collectionId, url, textContent, archive paths (preview, image, pdf, readable, monolith — `archives/<collection>/<id>…`,
"unavailable" when the page could not be captured), lastPreserved, importDate, createdAt / updatedAt, tags (id, name,
ownerId, times), the collection object, pinnedBy. Newest first (sort=0). Names are page titles as Linkwarden fetched
them (arXiv's `[id] Title`, OpenReview's `Title | OpenReview`, GitHub's, YouTube's, blog titles) or the uploaded PDF's
name. The MemGPT repository, the RT-2 and Evolving-RL blog posts, a YouTube lecture and the LangChain docs are not
papers; SayCan, RT-2, ReAct, MemGPT and AlphaGo Zero are nicknames (their papers are written with full titles)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_raw
from make_expected import F1307, keys, ALPHAGO0

OWNER = 1
COLL = {"id": 4, "name": "Grupo de lectura – Agentes y robótica",
        "description": "Artículos, código y vídeos para las sesiones de los jueves (sala 2.14, 16:00).",
        "color": "#0ea5e9", "parentId": None, "isPublic": False, "ownerId": OWNER,
        "createdAt": "2024-02-06T10:41:17.205Z", "updatedAt": "2024-04-22T08:03:51.662Z"}
TAGS = {}
TAG_T = {"agentes": ("2024-02-06T10:44:02.118Z", 11), "robótica": ("2024-02-06T10:44:02.118Z", 12),
         "pendiente": ("2024-02-06T10:45:30.907Z", 13), "leído": ("2024-02-13T17:20:11.454Z", 17),
         "LLM": ("2024-03-04T09:12:48.310Z", 21), "código": ("2024-03-04T09:13:05.771Z", 22),
         "RL": ("2024-03-19T15:37:26.002Z", 24), "vídeo": ("2024-04-02T18:01:44.560Z", 26)}


def tag(n):
    t, i = TAG_T[n]
    return {"id": i, "name": n, "ownerId": OWNER, "createdAt": t, "updatedAt": t}


def link(i, name, typ, desc, url, created, preserved, tags, archived=True, text=None):
    a = f"archives/{COLL['id']}/{i}"
    pdf_only = typ == "pdf"
    upd = preserved or created
    return {"id": i, "name": name, "type": typ, "description": desc, "collectionId": COLL["id"], "url": url,
            "textContent": text,
            "preview": f"archives/preview/{COLL['id']}/{i}.jpeg" if archived else "unavailable",
            "image": None if pdf_only else (a + ".png" if archived else "unavailable"),
            "pdf": a + ".pdf" if (archived or pdf_only) else "unavailable",
            "readable": None if pdf_only else (a + "_readability.json" if archived else "unavailable"),
            "monolith": None if pdf_only else (a + ".html" if archived else "unavailable"),
            "lastPreserved": preserved, "importDate": None, "createdAt": created, "updatedAt": upd,
            "tags": [tag(t) for t in tags], "collection": COLL, "pinnedBy": []}


links = [
 link(71, f"[2204.01691] {T('2204.01691')}", "url",
      "SayCan: el LLM propone pasos y las funciones de valor dicen si el robot puede hacerlos. Lo presenta Álvaro el 16/05.",
      "https://arxiv.org/abs/2204.01691", "2024-05-13T19:02:37.418Z", "2024-05-13T19:02:58.731Z", ["robótica", "LLM", "pendiente"]),
 link(70, "RT-2: New model translates vision and language into action - Google DeepMind", "url",
      f"Entrada del blog, no el artículo. El artículo es «{T('2307.15818')}»; falta encontrar el enlace bueno.",
      "https://deepmind.google/discover/blog/rt-2-new-model-translates-vision-and-language-into-action/",
      "2024-05-13T18:57:12.006Z", "2024-05-13T18:57:40.285Z", ["robótica", "pendiente"]),
 link(68, "GitHub - cpacker/MemGPT: Create LLM agents with long-term memory and custom tools 📚🦙", "url",
      f"Código de MemGPT. Artículo: {T('2310.08560')} (arXiv:2310.08560).",
      "https://github.com/cpacker/MemGPT", "2024-05-09T11:26:45.790Z", "2024-05-09T11:27:19.014Z", ["LLM", "código"]),
 link(66, T("2304.03442"), "url",
      "PDF directo. Sesión del 09/05: la memoria de los agentes, reflexión y planificación.",
      "https://arxiv.org/pdf/2304.03442", "2024-05-06T08:14:09.355Z", "2024-05-06T08:14:51.870Z", ["agentes", "LLM", "leído"]),
 link(63, ALPHAGO0, "pdf",
      "PDF subido (Nature, 2017): no está en arXiv. Para la sesión de repaso de RL clásico.",
      None, "2024-04-29T16:40:02.127Z", "2024-04-29T16:40:02.127Z", ["RL", "pendiente"]),
 link(61, f"{T('2210.03629')} | OpenReview", "url",
      "Versión de ICLR 2023 con las revisiones. ReAct = razonar + actuar intercalados.",
      f"https://openreview.net/forum?id={OR('2210.03629')}", "2024-04-25T10:05:33.561Z", "2024-04-25T10:06:12.098Z", ["agentes", "LLM", "leído"]),
 link(58, "Agents | 🦜️🔗 LangChain", "url",
      "Documentación, no es un artículo: para la práctica de la semana que viene.",
      "https://python.langchain.com/docs/modules/agents/", "2024-04-18T14:31:20.448Z", None, ["agentes", "código"], archived=False),
 link(55, f"[2106.02039] {T('2106.02039')}", "url",
      "Trajectory Transformer. Comparar con Decision Transformer (sesión 11/04).",
      "https://arxiv.org/abs/2106.02039", "2024-04-08T09:50:17.933Z", "2024-04-08T09:50:46.275Z", ["RL", "leído"]),
 link(52, "Evolving Reinforcement Learning Algorithms – Google Research Blog", "url",
      "Blog del equipo; el artículo tiene el mismo título y todavía no lo hemos bajado.",
      "https://blog.research.google/2021/04/evolving-reinforcement-learning.html", "2024-03-27T17:12:55.680Z", "2024-03-27T17:13:24.019Z", ["RL", "pendiente"]),
 link(49, "Seminario: agentes corporizados y modelos de lenguaje (grabación) - YouTube", "url",
      "Grabación de la charla invitada de marzo (45 min).",
      "https://www.youtube.com/watch?v=Jf3tRqKc81M", "2024-03-21T20:44:08.117Z", "2024-03-21T20:44:36.932Z", ["vídeo", "robótica"]),
]
body = json.dumps({"response": links}, ensure_ascii=False, separators=(",", ":"))
write_raw(F1307, body.encode("utf-8"), [body, "\n".join(str(v) for l in links for v in l.values())], keys(F1307))
