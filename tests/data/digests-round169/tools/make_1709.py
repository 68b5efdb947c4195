#!/usr/bin/env python3
"""1709: a Spanish researcher's IndieWeb blog queried through its Micropub endpoint with curl and jq, pasted from a
terminal: `q=config` (media endpoint, syndication targets, post types), `q=source&post-type=bookmark` listed with
jq's @tsv (published, bookmark-of, name — newest first), and `q=source&url=…` of one note (an mf2 h-entry in jq's
2-space layout). The posts are modelled once; the listing, the note's url path (/YYYY/MM/DD/slug from its published
date) and the ordering are computed from them. The file ends on a bare prompt without a final newline."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1709)
PS = "lucia@xps13:~$ "
SITE = "https://lucia.example.es"
AUTH = '-H "Authorization: Bearer $MP_TOKEN"'
# bookmarks: (published, slug, bookmark-of, name, content, categories)
BM = [
    ("2024-02-27T18:02:11+01:00", "agentes-generativos", "https://arxiv.org/abs/2304.03442", T("2304.03442"),
     "El pueblo de Smallville con 25 agentes. La parte de memoria + reflexión es lo que quiero reproducir.", ["agentes", "memoria"]),
    ("2024-03-02T10:47:36+01:00", "agentbench", "https://arxiv.org/pdf/2308.03688v2", T("2308.03688"),
     "Ocho entornos (SO, base de datos, grafo de conocimiento…). Útil para la tabla comparativa del taller.", ["agentes", "evaluacion"]),
    ("2024-03-06T21:15:50+01:00", "memgpt", "https://arxiv.org/abs/2310.08560", T("2310.08560"),
     "Paginación de contexto como un sistema operativo. Probar con el repositorio cpacker/MemGPT.", ["agentes", "memoria", "llm"]),
    ("2024-03-08T09:30:04+01:00", "react", "https://openreview.net/forum?id=WE_vluYUL-X", T("2210.03629"),
     "La versión de ICLR 2023, con las respuestas de los revisores. Pensamiento → acción → observación.", ["agentes", "razonamiento"]),
]
NOTE = ("2024-03-09T12:20:45+01:00", "lecturas-del-finde",
        ["Lecturas para el fin de semana, antes del seminario del martes:\n\n"
         f"- {T('2307.15818')} (arXiv:2307.15818): el mismo modelo de visión-lenguaje emite acciones del robot como tokens.\n"
         f"- {T('2307.15043')}: sufijos adversarios que se transfieren entre modelos; Rubén quiere discutirlo en la sesión de seguridad.\n"
         f"- {T('2106.02039')}: RL offline como modelado de secuencias, para comparar con Decision Transformer.\n"
         f"- Y un clásico que nunca leí entero: {T('Mastering the game of Go without human knowledge')} (Nature, 2017).\n\n"
         "Si alguien tiene los PDF anotados, que me escriba."],
        ["lecturas", "agentes", "seminario"])


def url_of(pub, slug):
    return f"{SITE}/{pub[:4]}/{pub[5:7]}/{pub[8:10]}/{slug}"


def build():
    L = []

    def cmd(c, out): L.append(PS + c); L.extend(out)
    cfg = {"media-endpoint": SITE + "/micropub/media",
           "syndicate-to": [{"uid": "https://mastodon.example/@lucia", "name": "@lucia@mastodon.example"}],
           "post-types": [{"type": "note", "name": "Nota"}, {"type": "article", "name": "Artículo"},
                          {"type": "bookmark", "name": "Marcador"}, {"type": "like", "name": "Me gusta"}],
           "q": ["config", "source", "syndicate-to", "post-types"]}
    cmd(f"curl -s {AUTH} '{SITE}/micropub?q=config' | jq", json.dumps(cfg, indent=2, ensure_ascii=False).split("\n"))
    rows = sorted(BM, reverse=True)
    cmd(f"curl -s {AUTH} '{SITE}/micropub?q=source&post-type=bookmark&limit=4' | jq -r '.items[].properties "
        "| [.published[0], .\"bookmark-of\"[0], .name[0]] | @tsv'", ["\t".join([p, b, n]) for p, _, b, n, _, _ in rows])
    pub, slug, content, cats = NOTE
    u = url_of(pub, slug)
    h = {"type": ["h-entry"], "properties": {"content": content, "published": [pub], "category": cats,
                                             "url": [u], "post-status": ["published"]}}
    cmd(f"curl -s {AUTH} '{SITE}/micropub?q=source&url={u}' | jq", json.dumps(h, indent=2, ensure_ascii=False).split("\n"))
    L.append(PS)
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
