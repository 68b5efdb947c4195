#!/usr/bin/env python3
"""453: a Firefox session file (sessionstore.js, the plain-JSON form Firefox wrote before mozLz4 and that
`recovery.jsonlz4` decompresses to), of a Spanish user: one window with 14 tabs (each with its back/forward
`entries`: url, title, charset, ID, docshellUUID, triggeringPrincipal_base64, docIdentifier, persist,
hasUserInteraction; `index`, `lastAccessed`, `image`), `selected`, `_closedTabs` with their state, window geometry,
`_closedWindows`, `session` and `global`. Written as Firefox's JSON.stringify does: one line, no spaces, non-ASCII
unescaped. Papers are tab titles and URLs: arXiv abs / pdf pages (link), an OpenReview forum (link), a Google
search for an arXiv id and a blog post with the id in its title (arxiv-text), a PMLR page, a project page, OpenAI's
PDF, Hinton's PDF, Google and Google Scholar searches (title-only). Not papers: the course's Moodle page, Gmail,
a Google Doc, the diffusers docs, a Hugging Face Space, a YouTube lecture, a local web UI, Wikipedia."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F453, keys, DBN

BASE = 1709884800000  # 2024-03-08T08:00:00Z in ms
cnt = [0]
SYS = '{"3":{}}'


def entry(url, title, t_ms_unused=None, interacted=True):
    cnt[0] += 1
    e = {"url": url, "title": title, "charset": "UTF-8", "ID": 40 + cnt[0] * 3,
         "docshellUUID": "{%08x-51b2-4c6e-9a0d-%012x}" % (0x7d3e0000 + cnt[0], 0x5f1a2b3c4d00 + cnt[0] * 97),
         "triggeringPrincipal_base64": SYS, "hasUserInteraction": interacted, "docIdentifier": 300 + cnt[0],
         "persist": True}
    return e


def tab(entries, minutes, image, index=None):
    return {"entries": entries, "lastAccessed": BASE + minutes * 60000, "hidden": False, "attributes": {},
            "userContextId": 0, "index": index or len(entries), "requestedIndex": 0, "image": image,
            "searchMode": None}


G = "https://www.google.com/favicon.ico"
AX = "https://arxiv.org/favicon.ico"
tabs = [
 tab([entry("https://campusvirtual.example.es/course/view.php?id=2291", "Curso: Modelos generativos profundos (2023-24) | Campus Virtual")],
     2, "https://campusvirtual.example.es/theme/image.php/moove/theme/1707311225/favicon"),
 tab([entry("https://mail.google.com/mail/u/0/#inbox", "Recibidos (3) - lucia.serrano@example.es - Correo de Example")],
     118, "https://ssl.gstatic.com/ui/v1/icons/mail/rfr/gmail.ico"),
 tab([entry("https://docs.google.com/document/d/1vQx9cTzL0aR4mE7yPpK2sW8uJ3nHbDfG5tYqZ6oX1iM/edit",
            "Plan seminario generativos — sesiones 5 a 9 - Documentos de Google")],
     117, "https://ssl.gstatic.com/docs/documents/images/kix-favicon7.ico"),
 tab([entry("https://www.google.com/search?q=generative+adversarial+networks+goodfellow&hl=es",
            T("1406.2661") + " goodfellow - Buscar con Google"),
      entry("https://en.wikipedia.org/wiki/Generative_adversarial_network", "Generative adversarial network - Wikipedia")],
     15, "https://en.wikipedia.org/static/favicon/wikipedia.ico"),
 tab([entry("https://www.cs.toronto.edu/~hinton/absps/fastnc.pdf", DBN)], 21, None),
 tab([entry("https://proceedings.mlr.press/v37/sohl-dickstein15.html", T("1503.03585")),
      entry("https://proceedings.mlr.press/v37/sohl-dickstein15.pdf", "sohl-dickstein15.pdf")],
     33, "https://proceedings.mlr.press/favicon.ico", index=1),
 tab([entry("https://arxiv.org/abs/1907.05600", "[1907.05600] " + T("1907.05600"))], 41, AX),
 tab([entry("https://openreview.net/forum?id=St1giarCHLP", T("2010.02502") + " | OpenReview")], 52,
     "https://openreview.net/favicon.ico"),
 tab([entry("https://www.google.com/search?q=2207.12598&hl=es", "2207.12598 - Buscar con Google"),
      entry("https://paperswithcode.com/method/classifier-free-guidance", "Classifier-free guidance Explained | Papers With Code"),
      entry("https://blog.example.es/ia/guia-classifier-free-guidance", "Guía: " + T("2207.12598") + ", explicada sin fórmulas | Ruido Blanco")],
     63, "https://blog.example.es/favicon.png"),
 tab([entry("https://arxiv.org/abs/2208.01618", "[2208.01618] " + T("2208.01618")),
      entry("https://huggingface.co/docs/diffusers/training/text_inversion", "Textual Inversion")],
     74, "https://huggingface.co/favicon.ico", index=1),
 tab([entry("https://cdn.openai.com/papers/dall-e-2.pdf", T("2204.06125"))], 80, None),
 tab([entry("https://arxiv.org/pdf/2303.01469v2", T("2303.01469"))], 88, None),
 tab([entry("https://repo-sam.inria.fr/fungraph/3d-gaussian-splatting/", T("2308.04079")),
      entry("https://huggingface.co/spaces/example-demos/gaussian-splat-viewer", "Gaussian Splat Viewer - a Hugging Face Space by example-demos")],
     95, "https://huggingface.co/favicon.ico"),
 tab([entry("https://www.youtube.com/watch?v=Zr8kWbQy3Ng", "Clase 7 — Modelos de difusión para audio (grabación) - YouTube"),
      entry("https://ruidoblanco.example.es/2023/11/diffwave-resumen",
            "Resumen: " + T("2009.09761") + " (arXiv:2009.09761) – Ruido Blanco")],
     104, "https://ruidoblanco.example.es/favicon.png"),
 tab([entry("https://scholar.google.es/scholar?hl=es&q=Self-Supervised+Variational+Auto-Encoders",
            T("2010.02014") + " - Google Académico")], 110, "https://scholar.google.es/favicon.ico"),
 tab([entry("http://127.0.0.1:7860/", "Stable Diffusion")], 119, None),
]
closed = [
 {"state": tab([entry("https://www.aeropuertos.example.es/vuelos/llegadas", "Llegadas | Aeropuerto")], 9, None),
  "title": "Llegadas | Aeropuerto", "image": None, "pos": 3, "closedId": 4, "closedAt": BASE + 10 * 60000},
 {"state": tab([entry("https://diffusers.example-docs.org/es/latest/", "Diffusers — documentación no oficial en español")], 60, None),
  "title": "Diffusers — documentación no oficial en español", "image": None, "pos": 8, "closedId": 7,
  "closedAt": BASE + 61 * 60000},
]
session = {"version": ["sessionrestore", 1],
           "windows": [{"tabs": tabs, "selected": 14, "_closedTabs": closed, "busy": False, "width": 1920, "height": 1048,
                        "screenX": 0, "screenY": 0, "sizemode": "maximized", "zIndex": 1, "workspaceID": "",
                        "title": tabs[13]["entries"][-1]["title"]}],
           "selectedWindow": 1, "_closedWindows": [],
           "session": {"lastUpdate": BASE + 120 * 60000, "startTime": BASE - 2 * 3600000, "recentCrashes": 0},
           "global": {}}
text = json.dumps(session, ensure_ascii=False, separators=(",", ":"))
strings = []
def walk(v):
    if isinstance(v, str): strings.append(v)
    elif isinstance(v, list): [walk(x) for x in v]
    elif isinstance(v, dict): [walk(x) for x in v.values()]
walk(session)
write_only(F453, text, keys(F453), forms=strings)
