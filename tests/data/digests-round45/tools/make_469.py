#!/usr/bin/env python3
"""469: a Raindrop.io export (Settings → Backups / Export → CSV) of a Spanish-speaking PhD student's collections
"Autosupervisado", "Transfer learning" and "Ruido en etiquetas": Raindrop's columns id, title, note, excerpt, url,
folder, tags, created, cover, highlights, favorite, every field quoted, LF line ends, ISO timestamps, highlights as
"Highlight:" / "Note:" blocks. Papers: OpenReview forum / pdf URLs and an arXiv abs URL (link), an arXiv id in a
Hugging Face papers-free listing URL and in a note (arxiv-text), NeurIPS / CVF / PMLR pages and a blog post
(title-only). Not papers: a GitHub repository, a YouTube video, a course, a dataset page, a Medium tutorial."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_raw
from make_expected import F469, keys

R = [
 (681220341, T("2004.11362"), "Base de la tabla 2 de la tesis.",
  "Contrastive learning applied to self-supervised representation learning has seen a resurgence in recent years…",
  "https://arxiv.org/abs/2004.11362", "Autosupervisado", "contrastive, supcon", "2024-03-04T10:12:55.118Z",
  "https://arxiv.org/static/browse/0.3.4/images/arxiv-logo-fb.png",
  "Highlight: we extend the self-supervised batch contrastive approach to the fully-supervised setting\nNote: comparar con CE + label smoothing", "true"),
 (681220977, T("2006.07733") + " (BYOL)", "arXiv 2006.07733 — sin negativos; target = EMA del online. Leer con SimSiam.",
  "", "https://papers.example.es/lectura/byol", "Autosupervisado", "byol, sin-negativos", "2024-03-04T10:20:31.602Z",
  "", "", "false"),
 (681221450, T("2011.10566") + " - CVPR 2021 Open Access",
  "stop-gradient basta para evitar el colapso. Kaiming He y Xinlei Chen.",
  "We report surprising empirical results that simple Siamese networks can learn meaningful representations…",
  "https://openaccess.thecvf.com/content/CVPR2021/html/Chen_Exploring_Simple_Siamese_Representation_Learning_CVPR_2021_paper.html",
  "Autosupervisado", "simsiam", "2024-03-04T10:24:09.870Z", "", "", "false"),
 (681222013, "Contrastive learning con negativos difíciles — resumen en el blog de Inés",
  "Resumen en castellano de «" + T("2010.04592") + "» (Robinson et al., ICLR 2021). Muestreo de negativos ajustable con beta.",
  "", "https://blog.example.es/2024/03/negativos-dificiles", "Autosupervisado", "negativos, blog", "2024-03-05T18:41:22.004Z",
  "", "Highlight: el truco es importance sampling sobre los negativos", "false"),
 (681222580, "GitHub - facebookresearch/moco-v3", "código, no paper", "", "https://github.com/facebookresearch/moco-v3",
  "Autosupervisado", "código", "2024-03-05T18:50:00.517Z", "", "", "false"),
 (681223304, T("2011.04419"),
  "DACL: mixup como aumentación independiente del dominio (tabular, grafos, texto). ICML 2021.",
  "", "https://proceedings.mlr.press/v139/verma21a.html", "Autosupervisado", "dacl, mixup", "2024-03-06T09:02:47.733Z",
  "", "", "false"),
 (681224119, T("2011.06182") + " | OpenReview", "", "Bi-tuning: contrastive cross-entropy + categorical contrastive",
  "https://openreview.net/forum?id=" + OR("2011.06182"), "Transfer learning", "fine-tuning, contrastive",
  "2024-03-08T15:33:12.390Z", "", "Note: probar su pérdida en nuestro fine-tuning de ViT-B", "false"),
 (681224750, "BiT: " + T("1912.11370"), "Kolesnikov et al. — arXiv:1912.11370. BiT-HyperRule para elegir la resolución y los pasos.",
  "", "https://huggingface.co/google/bit-50", "Transfer learning", "bit, backbones", "2024-03-08T15:40:58.001Z",
  "", "", "true"),
 (681225302, "ImageNet-21k (dataset)", "pedir acceso otra vez", "", "https://www.image-net.org/download.php",
  "Transfer learning", "dataset", "2024-03-08T15:44:31.115Z", "", "", "false"),
 (681226871, T("2103.13646"),
  "C2D: preentrenar con SimCLR antes de DivideMix. Justo nuestro caso (etiquetas ruidosas en el corpus de radiografías).",
  "", "https://openreview.net/pdf?id=" + OR("2103.13646"), "Ruido en etiquetas", "ruido, c2d, dividemix",
  "2024-03-11T11:05:40.276Z", "", "Highlight: pre-training with self-supervision improves the warm-up\nNote: probar con ELR también", "true"),
 (681227035, "Learning with noisy labels — clase 9 - YouTube", "", "", "https://www.youtube.com/watch?v=5cNe0-vrRmA",
  "Ruido en etiquetas", "vídeo, curso", "2024-03-11T11:12:17.940Z", "", "", "false"),
 (681227661, "Tutorial: DivideMix paso a paso en PyTorch | Medium", "", "", "https://medium.com/@rmolina/dividemix-paso-a-paso-4c1f2a",
  "Ruido en etiquetas", "tutorial", "2024-03-12T08:27:03.662Z", "", "", "false"),
]
buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\n")
w.writerow(["id", "title", "note", "excerpt", "url", "folder", "tags", "created", "cover", "highlights", "favorite"])
for r in R: w.writerow([str(x) for x in r])
text = buf.getvalue()
fields = "\n".join(str(x) for r in R for x in r)
write_raw(F469, text.encode("utf-8"), [text, fields], keys(F469))
