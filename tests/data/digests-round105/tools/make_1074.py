#!/usr/bin/env python3
"""1074: an Arabic-speaking PhD student's read-later library in Omnivore, fetched before the service closed with
`curl -s https://api-prod.omnivore.app/api/graphql -H "Authorization: $OMNIVORE_API_KEY" -H 'content-type:
application/json' --data @search.json | jq . > omnivore-ssl.json`: jq's layout (two-space indents, UTF-8 raw, a final
newline) of the GraphQL answer `{"data":{"search":{"edges":[…],"pageInfo":{…}}}}` to a `search(first: 20, query:
"in:all label:\\"تعلم ذاتي\\" sort:saved-desc")` query: edges with string cursors, nodes with the fields the query selects
in its order (id, title, slug, url, pageType, contentReader, createdAt, updatedAt, isArchived, readingProgressPercent,
readingProgressAnchorIndex, author, image, description, publishedAt, siteName, savedAt, readAt, wordsCount, labels,
highlights), labels and highlights (quote, Arabic annotation), newest saved first. Saved pages: arXiv abstract pages
(titled `[id] Title`), an arXiv PDF, an OpenReview forum page (`Title | OpenReview`), Lilian Weng's blog post, an Arabic
blog post, a YouTube video and the detectron2 repository — the last four not papers. "SimCLR", "DINO", "DINOv2",
"C2D", "SimSiam", "Copy-Paste" are nicknames."""
import hashlib, json, os, re, sys, uuid
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import by_num, keys

F = by_num(1074)
K = dict(simclr="2002.05709", dino="2104.14294", dinov2="2304.07193", c2d="2103.13646", simsiam="2011.10566",
         mv="2006.05576", shortcut="2004.07780", copypaste="2012.07177")


def uid(seed):
    return str(uuid.UUID(hashlib.md5(("omnivore-" + seed).encode()).hexdigest(), version=4))


def slug(seed, title):
    base = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60].rstrip("-")
    hx = hashlib.sha1(seed.encode()).hexdigest()[:11]
    return (base + "-" if base else "") + hx


LAB = {"paper": {"id": uid("lab-paper"), "name": "ورقة بحثية", "color": "#7C3AED"},
       "ssl": {"id": uid("lab-ssl"), "name": "تعلم ذاتي", "color": "#0EA5E9"},
       "later": {"id": uid("lab-later"), "name": "للقراءة لاحقًا", "color": "#F59E0B"},
       "code": {"id": uid("lab-code"), "name": "كود", "color": "#10B981"}}


def hl(seed, quote, note, created, updated=None):
    return {"id": uid("hl-" + seed), "type": "HIGHLIGHT", "quote": quote, "annotation": note, "createdAt": created,
            "updatedAt": updated or created}


def node(seed, title, url, page, saved, updated, progress, author, image, desc, published, site, words, labels,
         highlights=(), read=None, archived=False):
    return {"id": uid(seed), "title": title, "slug": slug(seed, title), "url": url, "pageType": page,
            "contentReader": "PDF" if page == "FILE" else "WEB", "createdAt": saved, "updatedAt": updated,
            "isArchived": archived, "readingProgressPercent": progress,
            "readingProgressAnchorIndex": 0 if not progress else int(progress * 1.7), "author": author, "image": image,
            "description": desc, "publishedAt": published, "siteName": site, "savedAt": saved, "readAt": read,
            "wordsCount": words, "labels": [LAB[l] for l in labels], "highlights": list(highlights)}


ARXIV_IMG = "https://arxiv.org/static/browse/0.3.4/images/arxiv-logo-fb.png"
nodes = [
 node("c2d", f"{T(K['c2d'])} | OpenReview", "https://openreview.net/forum?id=uB5x7Y2qsFR", "ARTICLE",
      "2024-03-04T20:41:09.000Z", "2024-03-05T07:12:44.000Z", 35,
      ", ".join(CAT[K["c2d"]]["authors"]), "https://openreview.net/images/openreview_logo_512.png",
      "The success of learning with noisy labels (LNL) methods relies heavily on the success of a warm-up stage where "
      "standard supervised training is performed using the full (noisy) training set.",
      None, "OpenReview", 5120, ["paper", "ssl"],
      [hl("c2d-1", "we identify a \"warm-up obstacle\"",
          "الفكرة: نستبدل مرحلة الإحماء المشرفة بتدريب ذاتي مسبق. قد تفيدنا مع بيانات الأشعة ذات التسميات المزعجة.",
          "2024-03-05T07:10:02.000Z")], read="2024-03-05T07:12:44.000Z"),
 node("blog-ar", "لماذا «تغش» الشبكات العصبية؟ عن التعلم بالاختصارات", "https://mudawwana-ai.example.net/2024/02/shortcut-learning/",
      "ARTICLE", "2024-03-02T18:05:30.000Z", "2024-03-03T10:20:11.000Z", 100, "سارة الحربي",
      "https://mudawwana-ai.example.net/wp-content/uploads/2024/02/shortcut-cover.jpg",
      f"عرض مبسط لورقة «{T(K['shortcut'])}» مع أمثلة من التصوير الطبي.",
      "2024-02-26T09:00:00.000Z", "مدونة الذكاء الاصطناعي بالعربي", 1840, ["ssl", "later"],
      [hl("blog-ar-1", "النموذج يتعلم أسهل قاعدة تفصل البيانات، لا القاعدة التي نقصدها",
          f"الورقة الأصلية: {T(K['shortcut'])} (Geirhos وآخرون، 2020). أضفها إلى قائمة الفصل الثاني.",
          "2024-03-03T10:18:40.000Z")], read="2024-03-03T10:20:11.000Z", archived=True),
 node("dinov2", T(K["dinov2"]), "https://arxiv.org/pdf/2304.07193.pdf", "FILE", "2024-02-29T21:33:52.000Z",
      "2024-03-01T16:47:05.000Z", 62, None, None, None, None, "arxiv.org", 23118, ["paper", "ssl"],
      [hl("dinov2-1", "curated data", "مقارنة مع SimCLR: هنا البيانات المنتقاة أهم من حجم الدفعة.",
          "2024-03-01T16:40:27.000Z")], read="2024-03-01T16:47:05.000Z"),
 node("lilian", "Self-Supervised Representation Learning", "https://lilianweng.github.io/posts/2019-11-10-self-supervised/",
      "ARTICLE", "2024-02-27T12:14:03.000Z", "2024-02-28T22:30:19.000Z", 48, "Lilian Weng",
      "https://lilianweng.github.io/posts/2019-11-10-self-supervised/self-sup-lecun.png",
      "Self-supervised learning opens up a huge opportunity for better utilizing unlabelled data, while learning in a "
      "supervised learning manner.", "2019-11-10T00:00:00.000Z", "Lil'Log", 7810, ["ssl", "later"],
      [hl("lilian-1", "contrastive predictive coding",
          f"للمقارنة النظرية اقرأ «{T(K['mv'])}» — تفسير بنظرية المعلومات لماذا ينجح التعلم التبايني.",
          "2024-02-28T22:25:50.000Z"),
       hl("lilian-2", "the model needs to distinguish",
          f"ثم {T(K['simsiam'])} (arXiv:2011.10566): بدون عينات سالبة وبدون دفعات كبيرة.",
          "2024-02-28T22:29:03.000Z")], read="2024-02-28T22:30:19.000Z"),
 node("yt-dino", "DINO: Emerging Properties in Self-Supervised Vision Transformers (Facebook AI Research Explained)",
      "https://www.youtube.com/watch?v=q7Wk0JmZ2bE", "VIDEO", "2024-02-25T09:50:02.000Z", "2024-02-25T09:50:02.000Z", 0,
      "Yannic Kilcher", "https://i.ytimg.com/vi/q7Wk0JmZ2bE/maxresdefault.jpg",
      "#dino #selfsupervised #vit", "2021-05-01T00:00:00.000Z", "YouTube", None, ["ssl", "later"]),
 node("dino", f"[2104.14294] {T(K['dino'])}", "https://arxiv.org/abs/2104.14294", "ARTICLE",
      "2024-02-25T09:48:21.000Z", "2024-02-25T09:48:21.000Z", 0, ", ".join(CAT[K["dino"]]["authors"][:6]), ARXIV_IMG,
      "In this paper, we question if self-supervised learning provides new properties to Vision Transformer (ViT) that "
      "stand out compared to convolutional networks (convnets).", "2021-04-29T00:00:00.000Z", "arXiv.org", 9630,
      ["paper", "ssl", "later"]),
 node("detectron2", "GitHub - facebookresearch/detectron2", "https://github.com/facebookresearch/detectron2", "WEBSITE",
      "2024-02-20T15:02:47.000Z", "2024-02-21T08:11:30.000Z", 20, None,
      "https://opengraph.githubassets.com/5c2d1e9a7f/facebookresearch/detectron2",
      "Detectron2 is a platform for object detection, segmentation and other visual recognition tasks.", None,
      "GitHub", 2310, ["code", "ssl"],
      [hl("detectron2-1", "Detectron2 is a platform for object detection",
          f"نحتاج تنفيذ زيادة البيانات من ورقة {T(K['copypaste'])} — غير موجود هنا مباشرة، ابحث في المشاريع الفرعية.",
          "2024-02-21T08:10:12.000Z")], read="2024-02-21T08:11:30.000Z"),
 node("simclr", f"[2002.05709] {T(K['simclr'])}", "https://arxiv.org/abs/2002.05709", "ARTICLE",
      "2024-02-14T19:27:55.000Z", "2024-02-18T11:03:37.000Z", 100, ", ".join(CAT[K["simclr"]]["authors"]), ARXIV_IMG,
      "This paper presents SimCLR: a simple framework for contrastive learning of visual representations.",
      "2020-02-13T00:00:00.000Z", "arXiv.org", 8540, ["paper", "ssl"],
      [hl("simclr-1", "composition of data augmentations plays a critical role",
          "أهم نتيجة: القص العشوائي + تشويه الألوان معًا.", "2024-02-16T20:02:11.000Z"),
       hl("simclr-2", "a learnable nonlinear transformation between the representation and the contrastive loss",
          "رأس الإسقاط: نستخدم التمثيل قبله، لا بعده.", "2024-02-18T11:01:49.000Z")],
      read="2024-02-18T11:03:37.000Z", archived=True),
]
edges = [{"cursor": str(i + 1), "node": n} for i, n in enumerate(nodes)]
data = {"data": {"search": {"edges": edges, "pageInfo": {"hasNextPage": False, "hasPreviousPage": False,
                                                          "startCursor": "0", "endCursor": str(len(edges)),
                                                          "totalCount": len(edges)}}}}
text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
write_only(F, text, keys(F))
