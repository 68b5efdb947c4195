#!/usr/bin/env python3
"""553: a wallabag 2.6 export in JSON (Export → JSON of the "Tous les articles" list): a one-line array of entries
written by PHP's serializer (ASCII with \\u escapes, every "/" escaped), each with is_archived, is_starred, tags,
is_public, id, title, url, content (the extracted article HTML), created_at / updated_at / starred_at,
published_at / published_by, annotations (annotator.js ranges and quotes), mimetype, language, reading_time,
domain_name, preview_picture, http_status. A French PhD student's saved reading on NLP classics. Papers: arXiv
abs pages saved (link), "arXiv:ID" inside a saved blog post (arxiv-text), ACL Anthology and Nature pages saved
(title-only). Not papers: a French blog post, the Hugging Face course, a newspaper article, a YouTube video."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, abstract, key_of, write_only
from make_expected import F553, keys

BP = "Learning representations by back-propagating errors"
E = []


def entry(i, title, url, content, created, updated, tags=(), arch=0, star=0, starred_at=None, pub=None, by=(), ann=(),
          lang="en", pic=None, mime="text/html; charset=utf-8"):
    dom = re.match(r"https?://([^/]+)", url).group(1)
    words = len(re.sub(r"<[^>]+>", " ", content).split())
    a = []
    for j, (q, txt, when) in enumerate(ann):
        a.append({"user": "Camille Vasseur", "annotator_schema_version": "v1.0", "id": 300 + i * 10 + j, "text": txt,
                  "created_at": when, "updated_at": when, "quote": q,
                  "ranges": [{"start": "/p[1]", "startOffset": str(content.index(q) - content.index("<p>") - 3),
                              "end": "/p[1]", "endOffset": str(content.index(q) - content.index("<p>") - 3 + len(q))}]})
    e = {"is_archived": arch, "is_starred": star, "tags": list(tags), "is_public": False, "id": i, "title": title,
         "url": url, "content": content, "created_at": created, "updated_at": updated,
         "published_at": pub, "published_by": list(by), "annotations": a, "mimetype": mime, "language": lang,
         "reading_time": max(1, round(words / 200)), "domain_name": dom, "preview_picture": pic, "http_status": "200"}
    if star: e["starred_at"] = starred_at
    E.append(e)


SUBJ = {"cs.CL": "Computation and Language (cs.CL)", "cs.CY": "Computers and Society (cs.CY)", "cs.LG": "Machine Learning (cs.LG)",
        "cs.AI": "Artificial Intelligence (cs.AI)"}


def arx(k):
    ab = abstract(k)
    return (f'<div id="abs"><h1 class="title mathjax">{T(k)}</h1><blockquote class="abstract mathjax"><p>{ab}</p></blockquote>'
            f'<div class="metatable"><table summary="Additional metadata"><tr><td class="tablecell label">Subjects:</td>'
            f'<td class="tablecell subjects"><span class="primary-subject">{SUBJ[CAT[k]["primary_category"]]}</span></td></tr></table></div></div>')


def first(s, n=22):
    return " ".join(s.split()[:n])


entry(1187, f"[2307.03172] {T('2307.03172')}", "https://arxiv.org/abs/2307.03172", arx("2307.03172"),
      "2024-01-09T08:41:17+01:00", "2024-01-12T22:03:40+01:00", ["contexte-long", "à-lire"], star=1,
      starred_at="2024-01-09T08:41:40+01:00", pub="2023-07-06T17:54:49+02:00",
      ann=[(first(abstract("2307.03172"), 9), "Courbe en U : à montrer en séance, fig. 1", "2024-01-12T22:03:40+01:00")])
entry(1190, f"[2009.03300] {T('2009.03300')}", "https://arxiv.org/abs/2009.03300", arx("2009.03300"),
      "2024-01-10T14:02:55+01:00", "2024-01-10T14:02:55+01:00", ["évaluation"], arch=1, pub="2020-09-07T19:59:36+02:00")
entry(1203, "Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks - ACL Anthology", "https://aclanthology.org/D19-1410/",
      f"<p>{abstract('1908.10084')}</p><dl><dt>Anthology ID:</dt><dd>D19-1410</dd><dt>Volume:</dt><dd>Proceedings of the 2019 Conference on Empirical Methods in Natural Language Processing and the 9th International Joint Conference on Natural Language Processing (EMNLP-IJCNLP)</dd><dt>Month:</dt><dd>November</dd><dt>Year:</dt><dd>2019</dd><dt>Address:</dt><dd>Hong Kong, China</dd><dt>Pages:</dt><dd>3982–3992</dd></dl>",
      "2024-01-15T09:12:33+01:00", "2024-01-15T09:30:02+01:00", ["plongements", "thèse-ch2"], arch=1,
      by=["Nils Reimers", "Iryna Gurevych"],
      ann=[(first(abstract("1908.10084"), 8), "Pertinent pour la recherche sémantique du chapitre 2", "2024-01-15T09:30:02+01:00")])
entry(1204, "Deep Contextualized Word Representations - ACL Anthology", "https://aclanthology.org/N18-1202/",
      f"<p>{abstract('1802.05365')}</p><dl><dt>Anthology ID:</dt><dd>N18-1202</dd><dt>Volume:</dt><dd>Proceedings of the 2018 Conference of the North American Chapter of the Association for Computational Linguistics: Human Language Technologies, Volume 1 (Long Papers)</dd><dt>Year:</dt><dd>2018</dd><dt>Address:</dt><dd>New Orleans, Louisiana</dd><dt>Pages:</dt><dd>2227–2237</dd></dl>",
      "2024-01-15T09:14:08+01:00", "2024-01-15T09:14:08+01:00", ["plongements", "thèse-ch2"], arch=1)
entry(1211, "Attention is Not Only a Weight: Analyzing Transformers with Vector Norms - ACL Anthology",
      "https://aclanthology.org/2020.emnlp-main.574/",
      f"<p>{abstract('2004.10102')}</p><dl><dt>Anthology ID:</dt><dd>2020.emnlp-main.574</dd><dt>Year:</dt><dd>2020</dd><dt>Address:</dt><dd>Online</dd></dl>",
      "2024-01-22T18:47:29+01:00", "2024-01-22T18:47:29+01:00", ["interprétabilité", "à-lire"])
entry(1212, f"[1910.13461] {T('1910.13461')}", "https://arxiv.org/abs/1910.13461", arx("1910.13461"),
      "2024-01-22T18:50:03+01:00", "2024-02-02T11:16:45+01:00", ["seq2seq", "thèse-ch2"], arch=1, pub="2019-10-29T18:01:00+01:00")
bp = CAT[key_of(BP)]
entry(1220, f"{BP} | Nature", "https://www.nature.com/articles/323533a0",
      f"<p>We describe a new learning procedure, back-propagation, for networks of neurone-like units. The procedure repeatedly adjusts the weights of the connections in the network so as to minimize a measure of the difference between the actual output vector of the net and the desired output vector.</p><p>Nature volume 323, pages 533–536 (1986)</p>",
      "2024-02-05T07:58:12+01:00", "2024-02-05T07:58:12+01:00", ["histoire"], arch=1, by=["David E. Rumelhart", "Geoffrey E. Hinton", "Ronald J. Williams"],
      pic="https://media.springernature.com/w200/springer-static/cover/journal/41586/323/6088.jpg")
blog = ("<p>Avant les Transformers, la traduction neuronale encodait toute la phrase source dans un seul vecteur. "
        f"L'article fondateur de l'attention, « {T('1409.0473')} » (Bahdanau, Cho et Bengio, arXiv:1409.0473), "
        "propose au décodeur de regarder à chaque pas une combinaison pondérée des états de l'encodeur.</p>"
        "<p>Dans ce billet, nous reprenons les équations pas à pas, puis nous montrons comment la même idée devient "
        "l'auto-attention multi-têtes. Le code PyTorch est dans le dépôt du blog.</p><h2>1. Le goulot d'étranglement</h2>"
        "<p>Un encodeur récurrent lit la phrase et produit des états cachés ; le décodeur n'en voyait que le dernier…</p>")
entry(1224, "L'attention, des RNN aux Transformers (1/3) — Carnet de TAL", "https://carnet-tal.example.fr/2023/11/attention-rnn-transformers-1/",
      blog, "2024-02-06T21:30:44+01:00", "2024-02-07T08:02:10+01:00", ["attention", "vulgarisation"], lang="fr",
      by=["Lucien Ferrand"], pub="2023-11-14T10:00:00+01:00",
      ann=[("propose au décodeur de regarder à chaque pas", "Bonne formulation pour l'intro du ch. 2", "2024-02-07T08:02:10+01:00")])
entry(1226, "Le cours de NLP de Hugging Face — Chapitre 1 : Les modèles Transformer", "https://huggingface.co/learn/nlp-course/fr/chapter1/1",
      "<p>Ce cours vous apprendra le traitement du langage naturel (NLP) en utilisant les bibliothèques de l'écosystème Hugging Face.</p>",
      "2024-02-08T12:05:19+01:00", "2024-02-08T12:05:19+01:00", ["cours"], lang="fr")
entry(1231, "IA : les grands modèles de langage passent le bac de philo — Actu Numérique", "https://actu-numerique.example.fr/ia/llm-bac-philo",
      "<p>Comme chaque année, plusieurs rédactions ont soumis le sujet de philosophie à des agents conversationnels. Résultat mitigé.</p>",
      "2024-02-12T08:44:51+01:00", "2024-02-12T08:44:51+01:00", [], lang="fr")
out = json.dumps(E, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")
write_only(F553, out, keys(F553), [json.dumps(E, ensure_ascii=False)])
