#!/usr/bin/env python3
"""833: a Bitbucket Cloud REST API 2.0 response, `GET /2.0/repositories/{workspace}/{repo}/pullrequests/{id}/comments?
pagelen=50`, as curl saved it (one line, Python-style `", "` / `": "` separators, non-ASCII as `\\uXXXX`, no final
newline): `values` (oldest first), `pagelen`, `size`, `page`; each comment `type: pullrequest_comment`, `id`,
`created_on` / `updated_on` (ISO with microseconds and `+00:00`), `content` {type: rendered, raw, markup: markdown,
html — links rendered `<a data-is-external-link="true" href="…" rel="nofollow">`}, `user` (display_name, links,
`{uuid}` in braces, account_id, nickname), `deleted`, `pending`, `inline` {from, to, path} for code comments,
`parent` {id, links} for replies, `links`, `pullrequest`. A Spanish lab's code review of a diffusion sampler."""
import hashlib, html, json, os, re, sys, uuid
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys

F = by_num(833)
WS, REPO, PR = "lab-vision-ucm", "difusion-es", 57
API = f"https://api.bitbucket.org/2.0/repositories/{WS}/{REPO}"
WEB = f"https://bitbucket.org/{WS}/{REPO}"
PEOPLE = {"lucia": "Lucía Ferrer Soto", "pablo": "Pablo Iglesias Marín", "nerea": "Nerea Etxeberria",
          "diego": "Diego Castaño Ruiz"}


def uid(s):
    return "{" + str(uuid.UUID(hashlib.md5(s.encode()).hexdigest())) + "}"


def user(nick):
    u = uid(nick)
    return {"display_name": PEOPLE[nick], "links": {"self": {"href": f"https://api.bitbucket.org/2.0/users/{u}"},
            "avatar": {"href": f"https://secure.gravatar.com/avatar/{hashlib.md5(nick.encode()).hexdigest()}?d=https%3A%2F%2Favatar-management--avatars.us-west-2.prod.public.atl-paas.net%2Finitials%2F{PEOPLE[nick][0]}-0.png"},
            "html": {"href": f"https://bitbucket.org/{u}/"}}, "type": "user", "uuid": u,
            "account_id": "5f" + hashlib.sha1(nick.encode()).hexdigest()[:22], "nickname": nick}


def inl(t):
    t = html.escape(t, quote=False)
    t = re.sub(r"`([^`]+)`", r"<code>\1</code>", t)
    t = re.sub(r"\*\*([^*]+)\*\*", r"<strong>\1</strong>", t)
    t = re.sub(r"\*([^*]+)\*", r"<em>\1</em>", t)
    return re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r'<a data-is-external-link="true" href="\2" rel="nofollow">\1</a>', t)


def md(raw):
    out = []
    for block in raw.split("\n\n"):
        ls = block.split("\n")
        if all(l.startswith("* ") for l in ls):
            out.append("<ul>\n" + "".join(f"<li>{inl(l[2:])}</li>\n" for l in ls) + "</ul>")
        else:
            out.append("<p>" + "<br>\n".join(inl(l) for l in ls) + "</p>")
    return "\n".join(out)


vals = []


def com(nick, when, raw, inline=None, parent=None, edited=None):
    cid = 471200 + len(vals) * 37 + 3
    c = {"type": "pullrequest_comment", "id": cid, "created_on": when, "updated_on": edited or when,
         "content": {"type": "rendered", "raw": raw, "markup": "markdown", "html": md(raw)},
         "user": user(nick), "deleted": False, "pending": False}
    if inline: c["inline"] = {"from": None, "to": inline[1], "path": inline[0]}
    if parent: c["parent"] = {"id": parent, "links": {"self": {"href": f"{API}/pullrequests/{PR}/comments/{parent}"},
                                                      "html": {"href": f"{WEB}/pull-requests/{PR}/_/diff#comment-{parent}"}}}
    c["links"] = {"self": {"href": f"{API}/pullrequests/{PR}/comments/{cid}"},
                  "html": {"href": f"{WEB}/pull-requests/{PR}/_/diff#comment-{cid}"}}
    if inline: c["links"]["code"] = {"href": f"{API}/diff/{WS}/{REPO}:3f9c2a1d7be0%0De81a4c55f2d9?path={inline[0]}"}
    c["pullrequest"] = {"type": "pullrequest", "id": PR, "title": "Muestreador SDE (predictor-corrector) y guía espacial",
                        "links": {"self": {"href": f"{API}/pullrequests/{PR}"}, "html": {"href": f"{WEB}/pull-requests/{PR}"}}}
    vals.append(c)
    return cid


c1 = com("lucia", "2024-03-04T09:12:40.118273+00:00",
         "Primera versión del muestreador predictor-corrector. La formulación sigue "
         f"[{T('2011.13456')}](https://openreview.net/forum?id=PxTIG12RRHS) (versión de ICLR 2021 en OpenReview, "
         "que trae el apéndice con los esquemas VE/VP).\n\n"
         "* `sampling/sde.py`: predictor Euler-Maruyama + corrector de Langevin\n"
         "* `sampling/guidance.py`: condicionamiento espacial (mapas de bordes)\n"
         "* tests en `tests/test_sde.py` (tardan ~40 s en CPU)\n\n"
         "Falta documentar los hiperparámetros del corrector.")
c2 = com("pablo", "2024-03-04T10:03:55.902114+00:00",
         "El paso del corrector con `snr=0.16` viene del trabajo anterior de los mismos autores, "
         f"*{T('1907.05600')}* ({au('1907.05600', 2)}). Convendría citarlo en el docstring, no solo el de las SDE.",
         inline=("sampling/sde.py", 88))
com("lucia", "2024-03-04T10:21:07.330561+00:00", "Hecho en 3f9c2a1. Añadí ambas referencias al docstring del módulo.",
    parent=c2)
c4 = com("nerea", "2024-03-04T15:47:12.004391+00:00",
         "Sobre `guidance.py`: el diseño con convoluciones inicializadas a cero es el de "
         f"[{T('2302.05543')}](https://arxiv.org/abs/2302.05543). Para no confundir, ¿podemos decirlo en el docstring? "
         "Es solo una copia entrenable del codificador, no el modelo completo de ese artículo.",
         inline=("sampling/guidance.py", 31))
com("lucia", "2024-03-04T16:05:39.771820+00:00",
    "Sí, lo añado al fusionar. Y pongo un enlace a la wiki del grupo (página \"Guía espacial\"), que no es un artículo pero explica nuestro caso.",
    parent=c4)
com("diego", "2024-03-05T08:30:26.485002+00:00",
    "He probado el muestreador con el checkpoint base de alta resolución que tenemos en el NAS. Para la evaluación en alta "
    f"resolución deberíamos comparar con el refinador descrito en [{T('2307.01952')}](https://arxiv.org/abs/2307.01952v1): "
    "el FID a 1024 px no es comparable con el de 256 px de los experimentos anteriores.\n\n"
    "Otra cosa: el script de evaluación usa `clean-fid` (biblioteca), no nuestra implementación. Lo dejo anotado en el README.")
com("pablo", "2024-03-05T09:14:58.120337+00:00",
    "Para la parte de texto a imagen con prior sobre embeddings hay que citar "
    f"[{T('2204.06125')}](https://arxiv.org/pdf/2204.06125.pdf) ({au('2204.06125', 2)}), "
    "porque el condicionamiento con embeddings de imagen lo sacamos de ahí.",
    inline=("models/prior.py", 12), edited="2024-03-05T09:16:02.558190+00:00")
com("nerea", "2024-03-05T11:40:03.667925+00:00",
    "Comentario general para la sección de \"trabajo relacionado\" del informe técnico (no bloquea el PR):\n\n"
    f"* base histórica: {T('1406.2661')} ({au('1406.2661', 2)})\n"
    f"* alternativa con VAE: {T('2010.02014')} ({au('2010.02014', 2, '')})\n"
    f"* para el demo 3D del stand: {T('2308.04079')}, arXiv:2308.04079 — renderizado en tiempo real, no difusión, pero lo usamos en la misma demo\n\n"
    "Los enlaces los completo en Zotero; aquí solo los títulos.")
com("diego", "2024-03-05T12:02:44.215776+00:00",
    "Tests en verde en el pipeline #1182 (Bitbucket Pipelines, imagen `python:3.11`). Apruebo.")
com("lucia", "2024-03-05T12:31:19.903548+00:00",
    "Gracias a todos. Fusiono con squash. El notebook de demostración queda en `notebooks/demo_sde.ipynb` "
    "y las figuras del informe en la carpeta compartida del grupo.")

body = {"values": vals, "pagelen": 50, "size": len(vals), "page": 1}
text = json.dumps(body)
write_only(F, text, keys(F), forms=[json.dumps(body, ensure_ascii=False)])
