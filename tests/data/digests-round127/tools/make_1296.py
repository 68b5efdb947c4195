#!/usr/bin/env python3
"""1296 (negative): a Diigo library export (Hungarian): a Budapest-like university's deep-learning course (Mélytanulás,
a VITMMA19-like subject code) keeps its teaching assistant's (Kovács Eszter) bookmarks in Diigo; she exported the
library as CSV (Tools → Export → CSV) for the course's new Moodle page. Diigo's columns: title, url, tags (comma
separated inside the field), description, comments (sticky notes), annotations (highlights, one a line inside the quoted
field), created_at (`YYYY/MM/DD HH:MM:SS +0000`). The bookmarks are documentation, tutorials, a book, a Kaggle
competition, a leaderboard, lecture videos, courses, repositories, model cards, datasets, a meetup talk and a blog post:
no paper, nothing arXiv-shaped."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F1296

rows = [
 ("Tárgyadatlap – Mélytanulás (VITMMA19)", "https://portal.vik.example.hu/targyak/VITMMA19", "kurzus,adminisztracio",
  "A tárgy hivatalos adatlapja: 2+0+2, 5 kredit, vizsga; követelmények és pontozás.", "A 2024/25 őszi félév adatai még nincsenek fent.", "", "2024/05/14 08:21:07 +0000"),
 ("PyTorch Tutorials — Learn the Basics", "https://pytorch.org/tutorials/beginner/basics/intro.html", "pytorch,gyakorlat,dokumentacio",
  "Hivatalos PyTorch bevezető: tenzorok, Dataset/DataLoader, autograd, optimalizálás, mentés.", "1–2. gyakorlat anyaga; a 2.3-as verzióhoz igazítva.",
  "Highlight: Tensors are a specialized data structure that are very similar to arrays and matrices.\nHighlight: torch.autograd is PyTorch's automatic differentiation engine", "2024/05/13 19:02:44 +0000"),
 ("Dive into Deep Learning", "https://d2l.ai/", "konyv,jegyzet",
  "Interaktív, ingyenes tankönyv kóddal (PyTorch, JAX, TensorFlow változatok).", "Könyv, nem cikk: a 3–5. fejezet kötelező olvasmány.", "", "2024/05/13 18:55:10 +0000"),
 ("House Prices - Advanced Regression Techniques | Kaggle", "https://www.kaggle.com/competitions/house-prices-advanced-regression-techniques", "kaggle,hazi-feladat",
  "Tabuláris regressziós verseny; első házi feladat alapja.", "Beadás: 2024. 10. 07. 23:59, csapatnév formátuma: VITMMA19_<neptun>.", "", "2024/05/12 10:40:31 +0000"),
 ("Image Classification on ImageNet | Papers With Code", "https://paperswithcode.com/sota/image-classification-on-imagenet", "leaderboard,kepfeldolgozas",
  "Ranglista top-1 pontossággal, modellméret és extra adat szerint szűrhető.", "Csak szemléltetésre – a 4. előadás diájához.", "", "2024/05/11 09:15:58 +0000"),
 ("MIT 6.S191: Introduction to Deep Learning - YouTube", "https://www.youtube.com/watch?v=ErnWZxJovaM", "video,eloadas",
  "Az MIT bevezető kurzusának nyitó előadása (2024).", "Ajánlott otthonra, az 1. előadás kiegészítése.", "", "2024/05/10 21:33:12 +0000"),
 ("Hugging Face NLP Course", "https://huggingface.co/learn/nlp-course/chapter1/1", "nlp,kurzus,transformers",
  "Ingyenes kurzus a transformers, datasets és tokenizers könyvtárakról.", "A 8. gyakorlathoz: 1–3. fejezet.", "", "2024/05/10 21:30:05 +0000"),
 ("GitHub - karpathy/micrograd: A tiny scalar-valued autograd engine and a neural net library on top of it with PyTorch-like API",
  "https://github.com/karpathy/micrograd", "github,autograd,gyakorlat", "Kis méretű autograd motor, kb. 100 sor.", "Élő kódolás a 3. gyakorlaton (IB.028, 10:15).", "", "2024/05/09 14:07:49 +0000"),
 ("The Illustrated Transformer – Jay Alammar", "https://jalammar.github.io/illustrated-transformer/", "blog,transformer,nlp",
  "Ábrákkal magyarázott blogbejegyzés az önfigyelemről és az enkóder–dekóder felépítésről.", "Blogbejegyzés, nem cikk – a hallgatók nagyon szeretik.",
  "Highlight: The encoding component is a stack of encoders", "2024/05/08 16:44:20 +0000"),
 ("Common Voice – magyar adatkészlet", "https://commonvoice.mozilla.org/hu/datasets", "adathalmaz,beszed,magyar",
  "A Mozilla Common Voice magyar nyelvű része, CC0 licenc.", "A 17.0-s kiadás kb. 60 óra validált hanganyag.", "", "2024/05/07 11:26:03 +0000"),
 ("CIFAR-10 and CIFAR-100 datasets", "https://www.cs.toronto.edu/~kriz/cifar.html", "adathalmaz,kepfeldolgozas",
  "60000 darab 32×32-es színes kép 10 osztályban.", "A 2. házi feladat adathalmaza.", "", "2024/05/07 11:20:48 +0000"),
 ("SZTAKI-HLT/hubert-base-cc · Hugging Face", "https://huggingface.co/SZTAKI-HLT/hubert-base-cc", "modell,magyar,nlp",
  "Magyar BERT-alapú nyelvi modell modellkártyája (Common Crawl + Wikipédia).", "Modell, nem cikk; a 9. gyakorlaton finomhangoljuk.", "", "2024/05/06 08:03:37 +0000"),
 ("GitHub - huspacy/huspacy: Industrial-strength Hungarian natural language processing", "https://github.com/huspacy/huspacy", "github,magyar,nlp",
  "Magyar spaCy modellek és pipeline-ok.", "", "", "2024/05/06 08:01:12 +0000"),
 ("Budapest ML Meetup #42 – Szabó Gergely: Modellek élesben (felvétel)", "https://www.youtube.com/watch?v=Qp7vLr2sT0w", "meetup,video,mlops",
  "Meetup-előadás felvétele az MLOps gyakorlatról, 2024. április 25.", "Vendégelőadónak meghívni decemberre?", "", "2024/05/05 20:18:55 +0000"),
 ("Weights & Biases Documentation", "https://docs.wandb.ai/", "dokumentacio,kiserletek", "Kísérletkövetés, sweeps, artifacts.", "A hallgatói fiókhoz academic plan kell.", "", "2024/05/04 12:00:09 +0000"),
]
buf = io.StringIO()
wr = csv.writer(buf, lineterminator="\n")
wr.writerow(["title", "url", "tags", "description", "comments", "annotations", "created_at"])
for r in rows: wr.writerow(r)
write(F1296, buf.getvalue(), negative=True)
