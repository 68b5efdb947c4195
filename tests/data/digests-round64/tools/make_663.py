#!/usr/bin/env python3
"""663: a NodeBB 3.x topic as its read API returns it (GET /api/topic/418/lecturas-agentes-llm): compact JSON from
Express's res.json, raw UTF-8, topic fields (tid, uid, cid, title with HTML entities and titleRaw, slug, timestamps
in ms with their ISO twins, postcount, viewcount, tags with valueEscaped / color), posts with Markdown rendered to
HTML (<p dir="auto">, links rel="nofollow ugc", <code>, <blockquote>, <ul>), index, votes, edited / editor, and a
user object per post (userslug, reputation, "icon:text", "icon:bgColor", signature rendered), category, breadcrumbs,
pagination, loggedIn, template. A Spanish forum thread on LLM agents and tools."""
import datetime, html as H, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F663, keys

USERS = {7: ("lucia_mendez", "Lucía Méndez", 412, "#e91e63", "<p dir=\"auto\">Doctoranda en el Grupo de Agentes Autónomos (ejemplo) · Valencia</p>\n"),
         12: ("javi.ortega", "Javier Ortega", 187, "#3f51b5", ""),
         23: ("marta-r", "Marta Ruiz", 96, "#009688", "<p dir=\"auto\"><em>Las opiniones son mías.</em></p>\n"),
         31: ("pabloGS", "Pablo García Serrano", 55, "#ff5722", "")}
T0 = int(datetime.datetime(2024, 2, 26, 9, 12, 4, tzinfo=datetime.timezone.utc).timestamp() * 1000) + 318


def iso(ms):
    return datetime.datetime.fromtimestamp(ms / 1000, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


def md(text):
    out = []
    for block in text.split("\n\n"):
        if block.startswith("> "):
            out.append("<blockquote>\n<p dir=\"auto\">" + inline(block[2:]) + "</p>\n</blockquote>\n"); continue
        if block.startswith("- "):
            out.append("<ul>\n" + "".join(f"<li>{inline(l[2:])}</li>\n" for l in block.split("\n")) + "</ul>\n"); continue
        out.append("<p dir=\"auto\">" + inline(block).replace("\n", "<br />\n") + "</p>\n")
    return "".join(out)


def inline(s):
    s = H.escape(s, quote=False)
    s = re.sub(r"`([^`]+)`", r"<code>\1</code>", s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"\*(.+?)\*", r"<em>\1</em>", s)
    s = re.sub(r"\[([^\]]+)\]\((https?://[^)]+)\)", r'<a href="\2" rel="nofollow ugc">\1</a>', s)
    s = re.sub(r"(?<![\"'>])(https?://[^\s<]+)", r'<a href="\1" rel="nofollow ugc">\1</a>', s)
    return s


posts = []


def post(uid, minutes, text, votes=0, edited_min=None):
    ts = T0 + minutes * 60000 + 731 * len(posts)
    u = USERS[uid]
    edited = ts + edited_min * 60000 if edited_min else 0
    posts.append({"pid": 3301 + len(posts) * 3, "uid": uid, "tid": 418, "content": md(text), "timestamp": ts,
                  "votes": votes, "deleted": 0, "upvotes": votes, "downvotes": 0, "bookmarks": 0, "edited": edited,
                  "editor": {"uid": uid, "username": u[0], "userslug": u[0].lower(), "displayname": u[0]} if edited else None,
                  "replies": {"hasMore": False, "users": [], "text": "[[topic:one_reply_to_this_post]]" if False else "", "count": 0},
                  "timestampISO": iso(ts), "editedISO": iso(edited) if edited else "",
                  "index": len(posts),
                  "user": {"uid": uid, "username": u[0], "userslug": u[0].lower(), "reputation": u[2], "postcount": u[2] // 3,
                           "topiccount": u[2] // 40, "picture": None, "signature": u[4], "banned": False, "banned:expire": 0,
                           "status": "offline", "lastonline": ts + 3600000, "groupTitle": None, "mutedUntil": 0,
                           "displayname": u[0], "fullname": u[1], "icon:text": u[0][0].upper(), "icon:bgColor": u[3],
                           "banned_until_readable": "Not Banned", "selectedGroups": [], "custom_profile_info": []},
                  "bookmarked": False, "upvoted": False, "downvoted": False, "selfPost": False,
                  "topicOwnerPost": uid == 7, "display_edit_tools": False, "display_delete_tools": False,
                  "display_moderator_tools": False, "display_move_tools": False, "display_post_menu": True})


post(7, 0, f"¡Hola a todos! Abro hilo para organizar las lecturas del seminario de **agentes basados en LLM** (jueves 17:00, aula 2.04).\n\n"
     f"Propuesta para las tres primeras sesiones:\n\n"
     f"- {T('2203.02155')} ({au('2203.02155')})\n- [{T('2302.04761')}](https://arxiv.org/abs/2302.04761)\n- {T('2205.06175')} — {au('2205.06175')}, TMLR 2022\n\n"
     f"¿Qué os parece? Si alguien quiere añadir algo, que responda aquí y actualizo la lista.", votes=6, edited_min=42)
post(12, 37, f"Buena selección. Yo añadiría algo de recuperación, que es lo que usamos en el proyecto:\n\n"
     f"[{T('2310.11511')}](https://arxiv.org/pdf/2310.11511.pdf) de {au('2310.11511')}.\n\n"
     f"Y como contrapunto más antiguo, *{T('2010.00904')}* ({au('2010.00904')}, ICLR 2021), que genera los nombres de entidades token a token.", votes=3)
post(23, 95, f"> Si alguien quiere añadir algo, que responda aquí\n\n"
     f"Para la parte de evaluación propongo {T('2310.06770')}: https://openreview.net/forum?id=VTF8yNQM66 (ICLR 2024). "
     f"Es el benchmark que todo el mundo cita ahora; ojo, el *leaderboard* oficial no es un paper, solo la web.", votes=4)
post(31, 188, f"Pregunta de novato: ¿el agente de Minecraft entra? Me refiero a {T('2305.16291')} ({au('2305.16291')}), arXiv 2305.16291. "
     f"Lo vi en el blog de Lilian Weng (*LLM Powered Autonomous Agents*), que por cierto es una introducción buenísima aunque no sea un artículo.", votes=2)
post(7, 241, f"@pabloGS sí, entra en la sesión 3. @marta-r apuntado.\n\n"
     f"También me han pedido algo de razonamiento matemático: {T('2206.14858')} ({au('2206.14858')}). "
     f"No tengo el enlace a mano, pero está en la carpeta compartida del grupo.", votes=1)
post(12, 260, "Para las demos usaremos `langchain==0.1.9` y el repositorio del grupo (`agentes-seminario`). "
     "Son herramientas, no lecturas, así que no las pongo en la lista.\n\nRecordad traer el portátil con Python 3.11.")
post(23, 1502, "Subo las diapositivas de la sesión 1 a la wiki del departamento esta tarde. ¡Gracias por organizar!", votes=1)

title = "Lecturas del seminario de agentes LLM (primavera 2024) — ¿qué leemos?"
topic = {"tid": 418, "uid": 7, "cid": 9, "mainPid": posts[0]["pid"], "title": H.escape(title), "slug": "418/lecturas-del-seminario-de-agentes-llm-primavera-2024-qué-leemos",
         "timestamp": posts[0]["timestamp"], "lastposttime": posts[-1]["timestamp"], "postcount": len(posts), "viewcount": 311,
         "postercount": 4, "locked": 0, "deleted": 0, "pinned": 0, "upvotes": 6, "downvotes": 0,
         "titleRaw": title, "timestampISO": posts[0]["timestampISO"], "lastposttimeISO": posts[-1]["timestampISO"],
         "votes": 6, "teaserPid": posts[-1]["pid"],
         "tags": [{"value": t, "valueEscaped": H.escape(t), "valueEncoded": t, "class": t, "color": "", "bgColor": "", "score": s}
                  for t, s in (("agentes", 14), ("lecturas", 37), ("seminario", 9))],
         "posts": posts,
         "category": {"cid": 9, "name": "Grupos de lectura", "description": "Organización de seminarios y grupos de lectura del departamento",
                      "slug": "9/grupos-de-lectura", "icon": "fa-book", "bgColor": "#86ba4b", "color": "#ffffff", "disabled": 0},
         "tagWhitelist": [], "minTags": 0, "maxTags": 5, "thread_tools": [], "isFollowing": False, "isNotFollowing": True,
         "isIgnoring": False, "bookmark": None, "postSharing": [], "deleter": None, "merger": None, "related": [],
         "unreplied": False, "icons": [], "privileges": {"topics:reply": False, "topics:read": True, "topics:tag": False,
                                                          "topics:delete": False, "posts:edit": False, "read": True, "view_thread_tools": False,
                                                          "editable": False, "deletable": False, "view_deleted": False, "isAdminOrMod": False,
                                                          "disabled": 0, "tid": "418", "uid": 0},
         "topicStaleDays": 60, "reputation:disabled": 0, "downvote:disabled": 0, "feeds:disableRSS": 0,
         "bookmarkThreshold": 5, "necroThreshold": 7, "postEditDuration": 0, "postDeleteDuration": 0, "scrollToMyPost": True,
         "updateUrlWithPostIndex": True, "allowMultipleBadges": False, "privateUploads": False, "showPostPreviewsOnHover": True,
         "rssFeedUrl": "/topic/418.rss", "postIndex": 1,
         "breadcrumbs": [{"text": "[[global:home]]", "url": "https://foro.deptia.example.es"},
                         {"text": "Grupos de lectura", "url": "https://foro.deptia.example.es/category/9/grupos-de-lectura", "cid": 9},
                         {"text": H.escape(title)}],
         "pagination": {"prev": {"page": 1, "active": False}, "next": {"page": 1, "active": False}, "first": {"page": 1, "active": True},
                        "last": {"page": 1, "active": True}, "rel": [], "pages": [], "currentPage": 1, "pageCount": 1},
         "loggedIn": False, "relative_path": "", "template": {"name": "topic", "topic": True},
         "url": "/api/topic/418/lecturas-del-seminario-de-agentes-llm-primavera-2024-qué-leemos", "bodyClass": "page-topic page-topic-418 page-topic-lecturas-del-seminario-de-agentes-llm-primavera-2024-qué-leemos template-topic page-topic-category-9 page-topic-category-grupos-de-lectura parent-category-9 page-status-200 theme-harmony user-guest skin-noskin",
         "_header": {"tags": {"meta": [{"name": "title", "content": title}], "link": []}}, "widgets": {}}
text = json.dumps(topic, ensure_ascii=False, separators=(",", ":"))
write_only(F663, text, keys(F663), [H.unescape(text)])
