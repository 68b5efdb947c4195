#!/usr/bin/env python3
"""1608: a Catalan paper podcast checks its Auphonic productions through the Auphonic REST API with curl and jq: the
last four productions as @tsv (uuid, status_string, length_timestring, title), one production saved to a file, its
status code / status / chapter count, its metadata object, the chapter marks as text and one chapter object. Every
answer (lengths, chapter starts in seconds and as timestrings, counts, the chapter object) is computed from the
modelled productions."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1608)
PS = "jordi@portatil-jordi:~/podcast$ "
AUTH = '-H "Authorization: bearer $AUPHONIC_TOKEN"'
API = "https://auphonic.com/api"
uid = lambda s: hashlib.sha256(s.encode()).hexdigest()[:22].translate(str.maketrans("0123456789abcdef", "aB3dEfGh7JkLmN9p"))
PRODS = [  # title, length (s)
    ("Píxels i soroll #14 — Difusió: dels fonaments a l'edició d'imatges", 4262.38),
    ("Píxels i soroll #13 — Entrevista: generar música amb models oberts", 3318.71),
    ("Píxels i soroll #12 — Especial: què vam veure a NeurIPS", 2954.05),
    ("Píxels i soroll #11 — Dades sintètiques (amb la Marta Puig)", 3720.9),
]
CH = [  # start (s), title, url
    (0.0, "Presentació i notícies de la setmana", ""),
    (214.5, T("2006.11239"), "https://arxiv.org/abs/2006.11239"),
    (905.0, T("2112.10752"), "https://arxiv.org/abs/2112.10752v2"),
    (1510.25, T("2302.05543"), "https://arxiv.org/pdf/2302.05543.pdf"),
    (1988.0, T("2208.12242"), "https://arxiv.org/abs/2208.12242"),
    (2467.75, T("2208.01618"), "https://textual-inversion.github.io/"),
    (2890.5, T("2211.09800"), "https://www.timothybrooks.com/instruct-pix2pix"),
    (3301.0, T("2009.09761"), ""),
    (3655.25, "Consistency Models", ""),
    (4011.0, "Comiat, correu dels oients i recomanacions", "https://pixelsisoroll.example.cat/recomanacions"),
]
SUMMARY = ("Episodi dedicat als models de difusió: com funcionen, com s'escalen a alta resolució treballant en un espai "
           "latent i com es poden controlar, personalitzar i editar. Al final parlem de Consistency Models "
           "(arXiv:2303.01469), que generen en un sol pas. Els enllaços a tots els articles són a les marques de "
           "capítol. Música: «Pols d'estels» (CC BY). No és un tutorial de Stable Diffusion: per a això, la "
           "documentació de Diffusers.")
META = {"title": PRODS[0][0], "artist": "Jordi Soler i Núria Vidal", "album": "Píxels i soroll", "track": "14",
        "subtitle": "Difusió: DDPM, difusió latent, ControlNet, DreamBooth i companyia", "summary": SUMMARY,
        "genre": "Podcast", "year": "2024", "publisher": "Píxels i soroll", "url": "https://pixelsisoroll.example.cat/14",
        "license": "Creative Commons Attribution 4.0 International", "license_url": "https://creativecommons.org/licenses/by/4.0/",
        "tags": ["difusió", "IA generativa", "imatge", "àudio"], "location": {}, "append_chapters": False}


def ts(s):
    h, r = divmod(s, 3600)
    m, r = divmod(r, 60)
    return f"{int(h):02d}:{int(m):02d}:{r:06.3f}"


def chapter(s, t, u):
    return {"start": ts(s), "start_sec": s if s % 1 else int(s), "title": t, "url": u, "image": None}


def build():
    J = lambda v: json.dumps(v, indent=2, ensure_ascii=False).split("\n")
    L = [PS + f"curl -s {AUTH} '{API}/productions.json?limit=4' | jq -r '.data[] | [.uuid, .status_string, .length_timestring, .metadata.title] | @tsv'"]
    L += [f"{uid(t)}\tDone\t{ts(n)}\t{t}" for t, n in PRODS]
    u = uid(PRODS[0][0])
    L += [PS + f"curl -s {AUTH} {API}/production/{u}.json > ep14.json",
          PS + "jq '.status_code, .data.status_string, .data.length_timestring, (.data.chapters | length)' ep14.json",
          "200", '"Done"', f'"{ts(PRODS[0][1])}"', str(len(CH))]
    L += [PS + "jq '.data.metadata' ep14.json"] + J(META)
    L += [PS + "jq -r '.data.chapters[] | \"\\(.start)  \\(.title)  \\(.url)\"' ep14.json"]
    L += [f"{ts(s)}  {t}  {u_}" for s, t, u_ in CH]
    L += [PS + "jq '.data.chapters[7]' ep14.json"] + J(chapter(*CH[7]))
    L += [PS + "# falta l'enllaç de DiffWave; el poso a la web, no a l'Auphonic", PS]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
