#!/usr/bin/env python3
"""1588: a Spanish student who co-hosts a paper-reading podcast pulls its episode list from the Podcast Index API
(api.podcastindex.org/api/1.0, the X-Auth-Key / X-Auth-Date / sha1 Authorization headers in a small wrapper script)
with curl and jq: search/byterm, episodes/byfeedid saved to a file, jq views of it (.count, an @tsv listing, one item
in full, every description as raw HTML). Every view is computed from the modelled episodes; datePublishedPretty and
dateCrawled from datePublished, enclosureLength from the duration."""
import datetime as dt, hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1588)
PS = "lucia@portatil:~/podcast$ "
FEED = 5412087
SITE = "https://papersenvoz.example.es"
A = lambda u: f'<a href="{u}">{u}</a>'
EPS = [  # episode, title, description (HTML), duration (s)
    (42, "42. " + T("2307.01952"),
     f"<p>Cerramos la temporada de imagen con SDXL: el UNet tres veces más grande, dos codificadores de texto y el refinador.</p><p>Artículo: {A('https://arxiv.org/abs/2307.01952')}</p><p>Música: sintonía propia (CC BY).</p>", 2712),
    (41, "41. " + T("2303.01469") + ": generar en un solo paso",
     "<p>Andrés nos cuenta cómo se destila un modelo de difusión en un mapa que va del ruido a la imagen en un paso.</p><p>Referencia: arXiv:2303.01469 (Song, Dhariwal, Chen y Sutskever, ICML 2023).</p>", 2466),
    (40, "40. Especial: cómo grabamos y transcribimos el podcast",
     f"<p>Episodio sin artículo: Whisper para las transcripciones, ffmpeg y Audacity para la edición.</p><p>Nuestro guion de trabajo: {A('https://git.papersenvoz.example.es/guiones')}</p>", 1820),
    (39, "39. Editar imágenes con texto",
     "<p>Dos lecturas en un episodio: " + T("2211.09800") + " (CVPR 2023) y " + T("2208.12242") +
     f" (CVPR 2023).</p><p>Páginas de los proyectos: {A('https://www.timothybrooks.com/instruct-pix2pix')} y {A('https://dreambooth.github.io/')}</p>", 3105),
    (38, "38. " + T("2112.10752"),
     f"<p>Difusión en el espacio latente de un autocodificador: la base de Stable Diffusion.</p><p>PDF: {A('https://arxiv.org/pdf/2112.10752v2')}</p>", 2958),
    (37, "37. " + T("2009.09761"),
     "<p>Un episodio para el oído: difusión aplicada a formas de onda, con ejemplos sonoros. Esta vez sin enlace; está en las actas de ICLR 2021.</p>", 2287),
    (36, "36. " + T("2011.13456"),
     f"<p>Las ecuaciones diferenciales estocásticas que unen score matching y DDPM, explicadas sin pizarra.</p><p>PDF (ICLR 2021): {A('https://openreview.net/pdf?id=' + OR('2011.13456'))}</p>", 3341),
    (35, "35. " + T("2006.11239"),
     f"<p>Empezamos el bloque de difusión por el principio.</p><p>Artículo: {A('https://arxiv.org/abs/2006.11239')}</p><p>Código original (TensorFlow): {A('https://github.com/hojonathanho/diffusion')}</p>", 2604),
    (34, "34. Entrevista: la comunidad detrás de las librerías de difusión",
     f"<p>Charlamos con una desarrolladora sobre mantener una librería open source.</p><p>Documentación de Diffusers: {A('https://huggingface.co/docs/diffusers/index')}</p>", 3930),
]
FIRST = dt.datetime(2024, 4, 18, 6, 0, tzinfo=dt.timezone.utc)


def pretty(t):
    h = t.hour % 12 or 12
    return f"{t.strftime('%B')} {t.day}, {t.year} {h}:{t.minute:02d}{'am' if t.hour < 12 else 'pm'}"


def item(k, ep):
    n, title, desc, dur = ep
    t = FIRST - dt.timedelta(days=7 * k)
    ts = int(t.timestamp())
    iid = 21000000000 + int(hashlib.sha256(f"ep{n}".encode()).hexdigest()[:7], 16)
    return {"id": iid, "title": title, "link": f"{SITE}/episodios/{n}", "description": desc,
            "guid": f"papersenvoz-ep-{n:03d}", "datePublished": ts, "datePublishedPretty": pretty(t),
            "dateCrawled": ts + 300 + int(hashlib.sha256(f"c{n}".encode()).hexdigest()[:3], 16) % 600,
            "enclosureUrl": f"https://media.papersenvoz.example.es/audio/pev-{n:03d}.mp3", "enclosureType": "audio/mpeg",
            "enclosureLength": dur * 16000 + 417, "duration": dur, "explicit": 0, "episode": n, "episodeType": "full",
            "season": 2, "image": "", "feedItunesId": None, "feedImage": f"{SITE}/portada-3000.jpg", "feedId": FEED,
            "feedLanguage": "es", "feedDead": 0, "feedDuplicateOf": None, "chaptersUrl": None,
            "transcriptUrl": f"{SITE}/transcripciones/{n}.vtt"}


FEEDS = [
    {"id": FEED, "title": "Papers en voz alta", "url": "https://feeds.papersenvoz.example.es/rss.xml", "language": "es"},
    {"id": 6630154, "title": "Papers en voz alta (archivo temporada 1)", "url": "https://anchor.example.fm/s/5b2f10/podcast/rss", "language": "es"},
]
WRAP = ["#!/bin/sh", "# uso: ./pi.sh 'ruta?parametros'   (las claves están en ~/.config/pi.env, no en el repo)",
        ". ~/.config/pi.env", "T=$(date +%s)",
        "H=$(printf '%s%s%s' \"$PI_KEY\" \"$PI_SECRET\" \"$T\" | sha1sum | cut -d' ' -f1)",
        'curl -s -H "User-Agent: papersenvoz-web/0.3" -H "X-Auth-Key: $PI_KEY" -H "X-Auth-Date: $T" -H "Authorization: $H" "https://api.podcastindex.org/api/1.0/$1"']


def build():
    items = [item(k, e) for k, e in enumerate(EPS)]
    L = [PS + "cat pi.sh"] + WRAP
    L += [PS + "./pi.sh 'search/byterm?q=papers+en+voz+alta' | jq '.status, .count, (.feeds[] | {id, title, url, language})'",
          '"true"', str(len(FEEDS))]
    for f in FEEDS:
        L += json.dumps(f, indent=2, ensure_ascii=False).split("\n")
    L += [PS + "# la temporada 2 entera para la web nueva (9 episodios)",
          PS + f"./pi.sh 'episodes/byfeedid?id={FEED}&max=9' > eps.json",
          PS + "jq '.status, .count, .description' eps.json", '"true"', str(len(items)), '"Found matching items."',
          PS + "jq -r '.items[] | [.episode, .datePublishedPretty, .duration, .title] | @tsv' eps.json"]
    L += ["\t".join(str(x) for x in (i["episode"], i["datePublishedPretty"], i["duration"], i["title"])) for i in items]
    k = next(j for j, i in enumerate(items) if i["episode"] == 36)
    L += [PS + f"jq '.items[{k}]' eps.json"] + json.dumps(items[k], indent=2, ensure_ascii=False).split("\n")
    L += [PS + "jq -r '.items[] | \"== \" + .title, .description, \"\"' eps.json"]
    for i in items:
        L += ["== " + i["title"], i["description"], ""]
    L.append(PS)
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
