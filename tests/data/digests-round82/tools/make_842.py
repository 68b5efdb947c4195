#!/usr/bin/env python3
r"""842: a Dotclear 2 single-blog flat backup (Import/Export > "Export blog", unzipped): `///DOTCLEAR|2.29|single`,
then tables as `[name col,col,…]` lines followed by one row per line, every value double-quoted with `\\`, `\"`,
`\n`, `\r` escapes and NULL unquoted; blog / category / link / setting / post / meta / comment tables. Posts in
Dotclear wiki syntax (`!!!` headings, `[label|url|lang]`, `''em''`, `__strong__`, `@@code@@`, `*` lists, `$$note$$`
footnotes) with the rendered `post_content_xhtml` beside it; `post_meta` is a PHP-serialized tag array. French. Self-
supervised vision papers; blogroll links, a course, a dataset and a library are not papers."""
import html, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys

F = by_num(842)


def esc(v):
    if v is None: return "NULL"
    return '"' + str(v).replace("\\", "\\\\").replace('"', '\\"').replace("\r", "\\r").replace("\n", "\\n") + '"'


def table(name, cols, rows):
    return f"[{name} {','.join(cols)}]\n" + "".join(",".join(esc(v) for v in r) + "\n" for r in rows) + "\n"


def inline(s, notes, pid):
    s = html.escape(s, quote=False)
    def fn(m):
        notes.append(m.group(1)); n = len(notes)
        return f'<sup>\\[<a href="#pnote-{pid}-{n}" id="rev-pnote-{pid}-{n}">{n}</a>]</sup>'.replace("\\[", "[")
    s = re.sub(r"\$\$(.+?)\$\$", fn, s)
    s = re.sub(r"\[([^|\]]+)\|([^|\]]+)\|(\w+)\]", r'<a href="\2" hreflang="\3">\1</a>', s)
    s = re.sub(r"''(.+?)''", r"<em>\1</em>", s)
    s = re.sub(r"__(.+?)__", r"<strong>\1</strong>", s)
    return re.sub(r"@@(.+?)@@", r"<code>\1</code>", s)


def wiki(src, pid):
    out, notes = [], []
    for block in src.strip("\n").split("\n\n"):
        ls = block.split("\n")
        if block.startswith("!!!"): out.append(f"<h3>{inline(block[3:], notes, pid)}</h3>")
        elif block.startswith("!!"): out.append(f"<h4>{inline(block[2:], notes, pid)}</h4>")
        elif block.startswith("* "): out.append("<ul>\n" + "\n".join(f"<li>{inline(l[2:], notes, pid)}</li>" for l in ls) + "\n</ul>")
        elif block.startswith("> "): out.append("<blockquote><p>" + " ".join(inline(l[2:], notes, pid) for l in ls) + "</p></blockquote>")
        elif block == "----": out.append("<hr />")
        else: out.append("<p>" + "\n".join(inline(l, notes, pid) for l in ls) + "</p>")
    x = "\n\n".join(out)
    fn = ""
    if notes:
        fn = '<div class="footnotes"><h4>Notes</h4>\n' + "\n".join(
            f'<p>[<a href="#rev-pnote-{pid}-{i}" id="pnote-{pid}-{i}">{i}</a>] {inline(n, [], pid)}</p>' for i, n in enumerate(notes, 1)) + "</div>"
    return x, fn


def phpser_tags(tags):
    inner = "".join(f'i:{i};s:{len(t.encode())}:"{t}";' for i, t in enumerate(tags))
    return f'a:1:{{s:3:"tag";a:{len(tags)}:{{{inner}}}}}'


POSTS = [
 (41, 2, "2024-01-18 20:14:00", "2024/01/18/Apprendre-sans-etiquettes-1-le-contrastif", "Apprendre sans étiquettes (1) : le contrastif",
  ["auto-supervision", "vision", "lectures"], f"""!!!Pourquoi le contrastif ?

Le principe tient en une phrase : rapprocher deux vues augmentées de la même image, éloigner les vues d'images différentes. Toute la difficulté est dans le « éloigner » : il faut beaucoup de négatifs.$$Sur GPU grand public, la taille de lot est le vrai facteur limitant ; voir le billet de notre collègue sur l'accumulation de gradients.$$

!!Une file d'attente de négatifs

L'article fondateur pour nous reste [{T('1911.05722')}|https://arxiv.org/abs/1911.05722|en] ({au('1911.05722')}). Au lieu d'un énorme lot, une ''file'' de clés produites par un encodeur mis à jour par moyenne mobile. C'est simple, et ça tient sur une seule machine à 8 GPU.

!!Et sans négatifs du tout ?

Plus surprenant : __{T('2011.10566')}__ (arXiv:2011.10566) montre qu'un réseau siamois avec un simple ''stop-gradient'' ne s'effondre pas, sans négatifs, sans grands lots, sans encodeur à moyenne mobile.

!!Application : étiquettes bruitées

Pour notre projet sur les herbiers numérisés (beaucoup d'étiquettes fausses), nous avons lu [{T('2103.13646')}|https://openreview.net/forum?id=uB5x7Y2qsFR|en] : pré-entraîner en auto-supervisé, ''puis'' séparer les exemples propres des exemples bruités. Le code tient en une centaine de lignes avec @@torchvision@@.

* Jeu de données : herbier numérisé du muséum (interne, non publié)
* Cours conseillé : « Apprentissage de représentations », M2 de l'université (fictive) de Valbrise"""),
 (44, 2, "2024-02-02 19:40:00", "2024/02/02/Apprendre-sans-etiquettes-2-le-masquage", "Apprendre sans étiquettes (2) : le masquage",
  ["auto-supervision", "vision", "transformers"], f"""!!!Masquer 75 % de l'image

Deuxième billet de la série. Après le contrastif, l'autre grande famille : masquer une partie de l'entrée et la reconstruire.

[{T('2111.06377')}|https://arxiv.org/abs/2111.06377v3|en] — {au('2111.06377')}. L'encodeur ne voit que les patchs visibles (25 %), un petit décodeur reconstruit les pixels. L'entraînement est trois fois plus rapide que sur l'image entière.

> Ce qui nous a frappés : le taux de masquage optimal est bien plus élevé qu'en texte (15 %).

!!Et à grande échelle

Le modèle de fondation visuel le plus utilisé chez nous combine auto-distillation et masquage, sur une base de 142 millions d'images curées : [{T('2304.07193')}|https://arxiv.org/pdf/2304.07193.pdf|en]. Les caractéristiques gelées suffisent pour la segmentation et la profondeur.$$Nous utilisons les poids publiés, via la bibliothèque @@timm@@ (logiciel, pas un article).$$"""),
 (47, 3, "2024-02-20 21:05:00", "2024/02/20/Liste-de-lecture-du-seminaire", "Liste de lecture du séminaire (mise à jour)",
  ["séminaire", "lectures"], f"""!!!Pour la séance du 7 mars

Trois articles complémentaires, à lire dans cet ordre. Les PDF sont sur le serveur de l'équipe (pas de lien public ici).

* ''{T('2104.14294')}'' — {au('2104.14294')} : l'auto-distillation fait apparaître des cartes d'attention qui segmentent les objets.
* ''{T('2006.06882')}'' — {au('2006.06882')} : quand l'auto-apprentissage aide et quand le pré-entraînement sur ImageNet nuit.
* ''{T('2004.08955')}'' — {au('2004.08955')} : pour le squelette convolutif de référence de nos expériences.

----

Rappel : le séminaire a lieu en salle B-204, le jeudi à 14 h. Les anciennes présentations sont sur le blog de l'équipe."""),
]

COMMENTS = [
 (118, 41, "2024-01-19 08:47:12", "Camille R.", "camille@example.org", "", "Merci pour le billet ! Est-ce que la file d'attente tient en mémoire avec 65 536 clés de dimension 128 ?", "203.0.113.18"),
 (119, 41, "2024-01-19 12:03:55", "Jérôme (auteur)", "jerome@lab.example.fr", "https://blog.example.fr", "Oui : 65 536 × 128 flottants, c'est environ 32 Mo. Rien du tout à côté des activations.", "198.51.100.7"),
 (123, 44, "2024-02-03 10:20:41", "Inès", "ines.b@example.net", "", "Pour \"reconstruire les pixels\", vous normalisez par patch comme dans l'article ?", "203.0.113.54"),
 (131, 47, "2024-02-21 09:15:00", "Thomas", "thomas@example.com", "", "Je présenterai le deuxième article. Qui prend le troisième ?", "192.0.2.33"),
]

PCOLS = ["post_id", "blog_id", "user_id", "cat_id", "post_dt", "post_tz", "post_creadt", "post_upddt", "post_password", "post_type",
         "post_format", "post_url", "post_lang", "post_title", "post_excerpt", "post_excerpt_xhtml", "post_content", "post_content_xhtml",
         "post_notes", "post_meta", "post_words", "post_status", "post_firstpub", "post_selected", "post_position", "post_open_comment",
         "post_open_tb", "nb_comment", "nb_trackback"]
posts, metas = [], []
for pid, cat, dt, url, title, tags, src in POSTS:
    x, fn = wiki(src, pid)
    words = " ".join(sorted(set(w.lower() for w in re.findall(r"\w{3,}", re.sub(r"<[^>]+>", " ", x)))))[:400]
    nb = sum(1 for c in COMMENTS if c[1] == pid)
    posts.append([pid, "default", "jerome", cat, dt, "Europe/Paris", dt, dt.replace(":00", ":31", 1), None, "post", "wiki", url, "fr",
                  title, "", "", src, x + ("\n" + fn if fn else ""), None, phpser_tags(tags), words, 1, 1, 0, 0, 1, 0, nb, 0])
    metas += [[t, "tag", pid] for t in tags]

out = "///DOTCLEAR|2.29|single\n\n"
out += table("blog", ["blog_id", "blog_uid", "blog_creadt", "blog_upddt", "blog_url", "blog_name", "blog_desc", "blog_status"],
             [["default", "8f3c1a9e2b7d4c6f0e5a3b1d9c7e2f4a", "2016-09-12 10:02:33", "2024-02-21 09:15:00", "https://blog.example.fr/index.php?",
               "Carnet de l'équipe Vision", "Le carnet de lectures de l'équipe Vision (laboratoire fictif LIVB)", 1]])
out += table("category", ["cat_id", "blog_id", "cat_title", "cat_url", "cat_desc", "cat_position", "cat_lft", "cat_rgt"],
             [[2, "default", "Lectures", "Lectures", "<p>Résumés d'articles lus en séminaire.</p>", 0, 1, 2],
              [3, "default", "Séminaire", "Seminaire", "", 1, 3, 4]])
out += table("link", ["link_id", "blog_id", "link_href", "link_title", "link_desc", "link_lang", "link_xfn", "link_position"],
             [[1, "default", "https://distill.example.pub/", "Distill (blog de vulgarisation)", "", "en", "", 0],
              [2, "default", "https://papers-reading.example.org/", "Le blog du groupe de lecture voisin", "", "fr", "friend colleague", 1],
              [3, "default", "https://github.com/example-livb", "Nos dépôts de code", "", "fr", "", 2]])
out += table("setting", ["setting_id", "blog_id", "setting_ns", "setting_value", "setting_type", "setting_label"],
             [["lang", "default", "system", "fr", "string", "Default blog language"],
              ["post_format", "default", "system", "wiki", "string", "Post format"],
              ["nb_post_per_page", "default", "system", "10", "integer", "Number of entries on first page"],
              ["wiki_comments", "default", "system", "0", "boolean", "Allow commenters to use a subset of wiki syntax"]])
out += table("post", PCOLS, posts)
out += table("meta", ["meta_id", "meta_type", "post_id"], metas)
out += table("comment", ["comment_id", "post_id", "comment_dt", "comment_tz", "comment_upddt", "comment_author", "comment_email",
                         "comment_site", "comment_content", "comment_words", "comment_ip", "comment_status", "comment_spam_status",
                         "comment_spam_filter", "comment_trackback"],
             [[cid, pid, dt, "Europe/Paris", dt, a, e, s, "<p>" + html.escape(c, quote=False) + "</p>", " ".join(sorted(set(re.findall(r"\w{3,}", c.lower())))), ip, 1, 0, None, 0]
              for cid, pid, dt, a, e, s, c, ip in COMMENTS])
write_only(F, out, keys(F))
