#!/usr/bin/env python3
"""532: an Inoreader export of starred articles (Preferences > Import/Export > "Export starred articles" as JSON),
in the Google Reader API stream format: direction / id / title / updated, then items with crawlTimeMsec,
timestampUsec, tag:google.com item ids, categories (states and the user's Spanish folder labels), title, published,
canonical / alternate links, summary.content (the feed's HTML), author, origin (the feed), and the user's
annotations (Spanish notes on highlights). Written the way PHP's json_encode does (slashes escaped, non-ASCII as
\\uXXXX, 4-space indentation). Papers: arXiv RSS items (link), a Reddit item linking an OpenReview forum (link), a
blog post naming "arXiv:2011.04419" without a link (arxiv-text), titles inside blog posts' HTML (title-only). Not
papers: Lil'Log, a YouTube video, a PyTorch release post, a Spanish newspaper article, a course announcement."""
import json, os, sys
from datetime import datetime, timezone
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, CAT, write_only
from make_expected import F532, keys, CTC
import html as _html

U = "user/1005921515"


def ts(s):
    return int(datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc).timestamp())


def arxiv_authors(key, cat="cs"):
    out = []
    for a in CAT[key]["authors"]:
        parts = a.split()
        out.append(f'<a href="http://arxiv.org/find/{cat}/1/au:+{parts[-1]}_{parts[0][0]}/0/1/0/all/0/1">{a}</a>')
    return ", ".join(out)


items = []


def item(n, title, when, starred, href, content, author, origin, labels, annotations=(), read=True):
    t = ts(when)
    crawl = t * 1000 + 137 + n * 11
    cats = [f"{U}/state/com.google/reading-list"] + ([f"{U}/state/com.google/read"] if read else []) + \
           [f"{U}/state/com.google/starred"] + [f"{U}/label/{l}" for l in labels]
    items.append({
        "crawlTimeMsec": str(crawl), "timestampUsec": str(crawl * 1000 + 412), "id": "tag:google.com,2005:reader/item/%016x" % (0x5a3f00000 + n * 0x1d3b7),
        "categories": cats, "title": title, "published": t, "updated": t, "starred": ts(starred),
        "canonical": [{"href": href}], "alternate": [{"href": href, "type": "text/html"}],
        "summary": {"direction": "ltr", "content": content}, "author": author, "likingUsers": [], "comments": [],
        "commentsNum": -1,
        "annotations": [{"id": 90211000 + n * 17 + i, "start": s, "end": e, "added_on": ts(starred) + 60 * (i + 1),
                         "text": txt, "note": note, "user_id": 1005921515, "user_name": "Lucía Ferrer",
                         "user_profile_picture": "https://www.inoreader.com/cdn/profile_picture/1005921515/x.jpg?s=128"}
                        for i, (s, e, txt, note) in enumerate(annotations)],
        "origin": origin})


ARX = lambda c: {"streamId": f"feed/http://export.arxiv.org/rss/{c}", "title": f"{c} updates on arXiv.org", "htmlUrl": "http://arxiv.org/"}
BLOG = {"streamId": "feed/https://cuadernodeml.example.es/feed/", "title": "Cuaderno de ML", "htmlUrl": "https://cuadernodeml.example.es/"}

item(1, "Contrastive Representation Learning", "2021-05-31 00:00:00", "2021-06-01 08:12:40",
     "https://lilianweng.github.io/posts/2021-05-31-contrastive/",
     "<p>The goal of contrastive representation learning is to learn such an embedding space in which similar sample "
     "pairs stay close to each other while dissimilar ones are far apart. Contrastive learning can be applied to both "
     "supervised and unsupervised settings.</p>",
     "Lilian Weng", {"streamId": "feed/https://lilianweng.github.io/index.xml", "title": "Lil'Log", "htmlUrl": "https://lilianweng.github.io/"},
     ["Autosupervisado", "Blogs"], [(0, 120, "The goal of contrastive representation learning", "buena intro para el capítulo 2 de la tesis")])
item(2, T("2011.10566") + ". (arXiv:2011.10566v1 [cs.CV])", "2020-11-23 01:30:00", "2020-11-23 09:41:05",
     "http://arxiv.org/abs/2011.10566",
     "<p>Siamese networks are a common structure in recent methods for unsupervised visual representation learning. "
     "We report that simple siamese networks can learn meaningful representations even without negative sample pairs, "
     "large batches or momentum encoders, and that a stop-gradient operation is what prevents collapse.</p>\n",
     arxiv_authors("2011.10566"), ARX("cs.CV"), ["Autosupervisado", "arXiv"],
     [(0, 58, "Siamese networks are a common structure", "stop-gradient = la clave. Reproducir en CIFAR-10 (semana 3)")])
item(3, "Aprendizaje contrastivo en 2021: lo que hay que leer", "2021-02-14 17:05:00", "2021-02-15 10:02:33",
     "https://cuadernodeml.example.es/2021/02/14/aprendizaje-contrastivo-2021/",
     "<p>Una lista corta para quien empieza con el aprendizaje autosupervisado en visión. Sin orden de importancia:</p>"
     "<ul><li><strong>" + T("2002.05709") + "</strong> (Chen et al., ICML 2020). El famoso SimCLR: aumentos fuertes, "
     "cabeza de proyección y lotes enormes.</li>"
     "<li><strong>" + T("2004.11362") + "</strong> (Khosla et al., NeurIPS 2020). La pérdida contrastiva cuando "
     "sí hay etiquetas; mejor que la entropía cruzada en ImageNet.</li>"
     "<li><strong>" + T("2011.04419") + "</strong> (Verma et al., arXiv:2011.04419). ¿Y si no tenemos aumentos "
     "de imagen? Mezclas tipo mixup como vistas positivas, para texto, tablas o grafos.</li></ul>"
     "<p>En la próxima entrada: métodos sin negativos (BYOL, SimSiam). El código de los ejemplos está en "
     "<a href=\"https://github.com/cuadernodeml/contrastivo-notebooks\">GitHub</a>.</p>",
     "Pablo Iturriaga", BLOG, ["Autosupervisado", "Blogs"],
     [(210, 300, "La pérdida contrastiva cuando sí hay etiquetas", "SupCon — probar con nuestras etiquetas ruidosas")])
item(4, "[R] " + T("2103.13646"), "2021-03-26 14:22:10", "2021-03-27 11:15:00",
     "https://www.reddit.com/r/MachineLearning/comments/me7k2q/r_contrast_to_divide_selfsupervised_pretraining/",
     "<!-- SC_OFF --><div class=\"md\"><p>Warm-up on noisy labels is unstable; pre-training the backbone with "
     "self-supervision first makes DivideMix-style methods much more robust, especially at high noise rates. "
     "Code is linked in the forum.</p></div><!-- SC_ON --> &#32; submitted by &#32; "
     "<a href=\"https://www.reddit.com/user/noisy_labels_fan\"> /u/noisy_labels_fan </a> <br/> "
     "<span><a href=\"https://openreview.net/forum?id=" + OR("2103.13646") + "\">[link]</a></span> &#32; "
     "<span><a href=\"https://www.reddit.com/r/MachineLearning/comments/me7k2q/r_contrast_to_divide_selfsupervised_pretraining/\">[comments]</a></span>",
     "/u/noisy_labels_fan", {"streamId": "feed/https://www.reddit.com/r/MachineLearning/.rss", "title": "Machine Learning",
                             "htmlUrl": "https://www.reddit.com/r/MachineLearning/"},
     ["Etiquetas ruidosas", "Reddit"], [(0, 60, "Warm-up on noisy labels is unstable", "¡justo nuestro problema con el dataset del hospital!")])
item(5, T("2104.14294") + ". (arXiv:2104.14294v1 [cs.CV])", "2021-04-30 01:30:00", "2021-04-30 07:55:12",
     "http://arxiv.org/abs/2104.14294",
     "<p>We study whether self-supervised learning gives Vision Transformers properties that convolutional networks do "
     "not have. Self-distillation without labels produces features that contain explicit information about the "
     "semantic segmentation of an image and that are excellent k-NN classifiers.</p>\n",
     arxiv_authors("2104.14294"), ARX("cs.CV"), ["Autosupervisado", "arXiv"],
     [(0, 90, "Self-distillation without labels", "mapas de atención => figura para la charla del jueves")])
item(6, "DINO: " + T("2104.14294") + " (Facebook AI Research Explained)", "2021-05-03 16:00:02", "2021-05-04 21:30:45",
     "https://www.youtube.com/watch?v=h3ij3F3cPIk",
     "<p>Self-supervised learning is the holy grail of many fields of machine learning. This video explains DINO "
     "and the surprising attention maps of self-distilled vision transformers.</p>",
     "Yannic Kilcher", {"streamId": "feed/https://www.youtube.com/feeds/videos.xml?channel_id=UCZHmQk67mSJgfCCTn7xBfew",
                        "title": "Yannic Kilcher", "htmlUrl": "https://www.youtube.com/channel/UCZHmQk67mSJgfCCTn7xBfew"},
     ["Vídeos"])
item(7, T("2106.07447") + ". (arXiv:2106.07447v1 [cs.CL])", "2021-06-15 01:30:00", "2021-06-15 09:20:00",
     "http://arxiv.org/abs/2106.07447",
     "<p>Self-supervised speech representation learning has to cope with several sound units per utterance, no lexicon "
     "during pre-training and variable-length units. We predict offline-clustered targets for masked frames with a "
     "BERT-like loss and refine the clusters over iterations, matching or beating the state of the art on "
     "Librispeech and Libri-light fine-tuning subsets.</p>\n",
     arxiv_authors("2106.07447"), ARX("cs.CL"), ["Autosupervisado", "Voz", "arXiv"])
item(8, "Afinar HuBERT para reconocimiento del habla en español con CTC", "2021-07-02 09:00:00", "2021-07-02 18:44:10",
     "https://cuadernodeml.example.es/2021/07/02/hubert-ctc-espanol/",
     "<p>Después de preentrenar, hay que enseñar al modelo a transcribir. La forma más simple es una capa lineal "
     "sobre las representaciones y la pérdida CTC, del artículo clásico de Graves et al. (ICML 2006), <em>" + CTC +
     "</em>. No necesita alineamientos entre audio y texto.</p><p>Usamos Common Voice 6.1 (es) y el modelo base; "
     "los scripts están en el repositorio del blog.</p>",
     "Pablo Iturriaga", BLOG, ["Voz", "Blogs"],
     [(120, 210, "No necesita alineamientos entre audio y texto", "explicación de CTC para el seminario de voz")])
item(9, "PyTorch 1.9 Release, including torch.linalg and Mobile Interpreter", "2021-06-15 16:00:00", "2021-06-16 08:00:00",
     "https://pytorch.org/blog/pytorch-1.9-released/",
     "<p>We are excited to announce the release of PyTorch 1.9. The release is composed of more than 3,400 commits "
     "since 1.8.</p>", "Team PyTorch", {"streamId": "feed/https://pytorch.org/feed.xml", "title": "PyTorch Blog", "htmlUrl": "https://pytorch.org/blog/"},
     ["Herramientas"])
item(10, "La inteligencia artificial aprende a ver sin que nadie le enseñe", "2021-05-10 05:30:00", "2021-05-10 12:01:00",
     "https://elpais.com/tecnologia/2021-05-10/la-inteligencia-artificial-aprende-a-ver-sin-que-nadie-le-ensene.html",
     "<p>Los nuevos sistemas de aprendizaje autosupervisado reducen la dependencia de datos etiquetados a mano.</p>",
     "El País", {"streamId": "feed/https://feeds.elpais.com/mrss-s/pages/ep/site/elpais.com/section/tecnologia/portada",
                 "title": "Tecnología en EL PAÍS", "htmlUrl": "https://elpais.com/tecnologia/"},
     ["Prensa"], read=False)
item(11, "Seminario de doctorado: aprendizaje autosupervisado (inscripción abierta)", "2021-06-20 10:00:00", "2021-06-20 10:30:00",
     "https://doctorado.example.es/noticias/seminario-autosupervisado-2021",
     "<p>El seminario tendrá lugar los días 7 y 8 de julio en la sala de grados. Plazas limitadas.</p>",
     "Escuela de Doctorado", {"streamId": "feed/https://doctorado.example.es/noticias/rss", "title": "Escuela de Doctorado — Noticias",
                              "htmlUrl": "https://doctorado.example.es/"}, ["Universidad"])
items.sort(key=lambda i: i["starred"], reverse=True)
exp = {"direction": "ltr", "id": f"{U}/state/com.google/starred", "title": "Starred articles", "description": "",
       "self": {"href": "https://www.inoreader.com/reader/api/0/stream/contents/user%2F1005921515%2Fstate%2Fcom.google%2Fstarred"},
       "updated": ts("2021-07-05 20:14:31"), "updatedUsec": str(ts("2021-07-05 20:14:31") * 1000000 + 118273), "items": items}
text = json.dumps(exp, indent=4).replace("/", "\\/") + "\n"
strings = []
def walk(v):
    if isinstance(v, str): strings.append(v)
    elif isinstance(v, list): [walk(x) for x in v]
    elif isinstance(v, dict): [walk(x) for x in v.values()]
walk(exp)
write_only(F532, text, keys(F532), forms=[_html.unescape(s) for s in strings])
