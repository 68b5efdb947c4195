#!/usr/bin/env python3
"""1054: the follow-up comments of a French lab's Tuleap tracker artifact ("Préparer la séance 7 du cours M2"), as
`GET https://tuleap.lirx.example.fr/api/artifacts/4821/changesets?fields=comments&limit=50&order=asc` answers it:
Restler's JSON — compact, Unicode raw but every `/` escaped as `\\/` (PHP's json_encode without
JSON_UNESCAPED_SLASHES), no final newline; changesets with Tuleap's keys (id, submitted_by, submitted_by_details,
submitted_on, email, last_comment, values, last_modified_by, last_modified_date), user objects (id, uri, user_url,
real_name, display_name, username, ldap_id, avatar_url, is_anonymous, has_avatar), comments in `text` format
(post_processed_body = the body HTML-escaped, URLs and `art #n` cross-references linked, newlines as `<br />`) or
`commonmark` (post_processed_body = the Markdown rendered), +01:00 times, one comment edited later. The Annotated S4
post and the state-spaces/mamba repository are not papers; "S4", "Mamba", "RetNet", "GPTQ", "FlashAttention" are
nicknames."""
import hashlib, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(1054)
K = dict(mamba="2312.00752", flash="2205.14135", s4="2111.00396", gptq="2210.17323", mp="1710.03740",
         hippo="2008.07669", retnet="2307.08621", int8="2208.07339")
HOST = "https://tuleap.lirx.example.fr"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&#039;")


def xref(s):
    return re.sub(r"\b(art|story|task) #(\d+)", lambda m: f'<a href="{HOST}/goto?key={m.group(1)}&amp;val={m.group(2)}'
                  f'&amp;group_id=115" class="cross-reference">{m.group(1)} #{m.group(2)}</a>', s)


def text_html(body):
    s = esc(body)
    s = re.sub(r"https?://[^\s<>&\"]*[^\s<>&\".,;:!?)]", lambda m: f'<a href="{m.group(0)}">{m.group(0)}</a>', s)
    return xref(s).replace("\n", "<br />\n")


def inline(s):
    s = esc(s).replace("&#039;", "'")
    s = re.sub(r"\[([^\]]+)\]\((https?://[^)\s]+)\)", r'<a href="\2">\1</a>', s)
    s = re.sub(r"&lt;(https?://[^\s&]+)&gt;", r'<a href="\1">\1</a>', s)
    s = re.sub(r"\*\*([^*]+)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"\*([^*]+)\*", r"<em>\1</em>", s)
    s = re.sub(r"`([^`]+)`", r"<code>\1</code>", s)
    return xref(s)


def md_html(body):
    out = []
    for block in body.strip("\n").split("\n\n"):
        ls = block.split("\n")
        if all(l.startswith("- ") for l in ls):
            out.append("<ul>\n" + "".join(f"<li>{inline(l[2:])}</li>\n" for l in ls) + "</ul>")
        elif all(re.match(r"\d+\. ", l) for l in ls):
            out.append("<ol>\n" + "".join(f"<li>{inline(l.split('. ', 1)[1])}</li>\n" for l in ls) + "</ol>")
        else:
            out.append("<p>" + inline("\n".join(ls)) + "</p>")
    return "\n".join(out) + "\n"


def user(uid, login, name):
    return {"id": uid, "uri": f"users/{uid}", "user_url": f"/users/{login}", "real_name": name,
            "display_name": f"{name} ({login})", "username": login, "ldap_id": "",
            "avatar_url": f"{HOST}/users/{login}/avatar-{hashlib.md5(login.encode()).hexdigest()[:16]}.png",
            "is_anonymous": False, "has_avatar": True}


U = {"claire": user(142, "cdubois", "Claire Dubois"), "julien": user(157, "jmartin", "Julien Martin"),
     "sofia": user(203, "sbenali", "Sofia Benali")}
cs = []


def changeset(who, when, body, fmt="text", edited=None):
    html_ = "" if not body else (text_html(body) if fmt == "text" else md_html(body))
    cs.append({"id": 73110 + len(cs) * 4 + len(cs) % 3, "submitted_by": U[who]["id"], "submitted_by_details": U[who],
               "submitted_on": when, "email": None,
               "last_comment": {"body": body, "post_processed_body": html_, "format": fmt}, "values": [],
               "last_modified_by": U[who], "last_modified_date": edited or when})


changeset("claire", "2024-02-26T10:14:03+01:00", "")
changeset("claire", "2024-02-26T10:31:47+01:00",
          "Première proposition pour la séance 7 (suite de art #4790 sur l'attention efficace) :\n\n"
          f"- {T(K['hippo'])} — le prérequis mathématique, sections 2 et 3\n"
          f"- {T(K['s4'])} : https://openreview.net/forum?id=uYLFoz1vlAC\n"
          f"- {T(K['mamba'])} : https://arxiv.org/abs/2312.00752\n\n"
          "Qu'en pensez-vous ? Il faudrait aussi une partie « efficacité » pour la deuxième heure.",
          edited="2024-02-26T11:02:19+01:00")
changeset("julien", "2024-02-27T09:05:12+01:00",
          "Pour la deuxième heure, je propose :\n\n"
          f"- [{T(K['flash'])}](https://arxiv.org/abs/2205.14135) — pourquoi l'attention est limitée par la mémoire\n"
          f"- *{T(K['mp'])}* (Micikevicius et al., ICLR 2018, arXiv:1710.03740) — FP16 et *loss scaling*\n\n"
          "Les étudiants ont déjà vu FlashAttention en TP, on peut aller vite.", fmt="commonmark")
changeset("claire", "2024-02-28T14:22:40+01:00",
          "D'accord. J'ajoute la quantification, puisqu'ils la manipulent au TP 4 :\n"
          f"{T(K['int8'])}\n"
          f"{T(K['gptq'])} (arXiv:2210.17323)\n"
          "Julien, tu prépares le notebook GPTQ ?")
changeset("sofia", "2024-03-01T17:48:05+01:00",
          f"Et « {T(K['retnet'])} » ? Ce serait bien de le comparer avec Mamba, même en lecture facultative.")
changeset("julien", "2024-03-04T08:57:31+01:00",
          "Oui pour RetNet en facultatif. Ressources qui ne sont pas des articles, à mettre à part dans la fiche :\n\n"
          "- le billet The Annotated S4 de Sasha Rush : <https://srush.github.io/annotated-s4/>\n"
          "- le dépôt de référence : <https://github.com/state-spaces/mamba>\n\n"
          "Notebook GPTQ prêt, voir task #4833.", fmt="commonmark")
changeset("claire", "2024-03-05T16:49:58+01:00",
          "Fiche de la séance 7 publiée sur Moodle, je passe l'artefact à « Terminé ». Merci à tous !")
text = json.dumps(cs, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/")
write_only(F, text, keys(F), forms=[json.dumps(cs, ensure_ascii=False)])
