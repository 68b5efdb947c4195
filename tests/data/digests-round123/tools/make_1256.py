#!/usr/bin/env python3
"""1256 (negative): a Gingko Writer JSON export (Hungarian): a Budapest-like lecturer plans a master's course in
Gingko Writer (cards in a tree, Markdown in each card) and sent the teaching assistants `gepitanulas2-terv.json`
(File → Export → JSON, whole tree). The export is a JSON array of cards `{"content": "<markdown>", "children": [...]}`
in tree order, written by JSON.stringify(tree, null, 2) (two-space indent, raw UTF-8, no final newline). The cards
hold the weekly plan, software, repositories, datasets, a competition leaderboard, a recorded talk, rooms, dates,
Neptun codes and versions: no paper title, nothing arXiv-shaped."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F1256


def c(content, *kids):
    return {"content": content, "children": list(kids)}


tree = [
 c("# Gépi tanulás II. — 2024/25 őszi félév\n\nKód: GT2-MSC (Neptun: GT2X-MSC24), 2+2, 5 kredit\nElőadó: dr. Kovács Anna (`kovacs.anna@mit.example.hu`)\nGyakorlatvezetők: Szabó Bence, Tóth Réka\n\nElőadás: kedd 10:15, E.105 · Gyakorlat: csütörtök 12:15, L2 labor",
   c("## Követelmények\n\n- 2 zárthelyi (7. és 13. hét), pótlás a pótlási héten\n- 1 házi feladat Kaggle-versenyen (csapatban, max. 3 fő)\n- Jegy: ZH-k 50%, házi 40%, aktivitás 10%",
     c("### Házi feladat\n\nVerseny: *Kaggle — Digit Recognizer* (csak gyakorlásra), majd saját belső verseny a tanszéki szerveren.\nRanglista: https://www.kaggle.com/competitions/digit-recognizer/leaderboard\nBeadás: 2024. december 6., 23:59 (Moodle)"),
     c("### Zárthelyik\n\n1. ZH: 2024. október 15., 10:15, E.105\n2. ZH: 2024. november 26., 10:15, E.105\nSegédeszköz: egy kézzel írt A4-es lap")),
   c("## Heti terv",
     c("**1. hét** — Ismétlés: lineáris modellek, gradiens módszerek\nJupyter-notebook: `01_ismetles.ipynb`"),
     c("**2–3. hét** — Konvolúciós hálók\nGyakorlat: PyTorch 2.3 + torchvision 0.18, CIFAR-10 osztályozás\nRepó: https://github.com/pytorch/examples (mnist, imagenet példák)"),
     c("**4. hét** — Regularizáció, adatbővítés, batch-normalizálás\nOlvasnivaló: a *Dive into Deep Learning* könyv 8. fejezete (https://d2l.ai/)"),
     c("**5–6. hét** — Szekvenciamodellek, figyelmi mechanizmus\nVendégelőadás (felvétel): „Transzformerek a gyakorlatban” — Nagy Péter, 2023. május, YouTube: https://www.youtube.com/watch?v=Hq5nL2wTz8c"),
     c("**8–9. hét** — Generatív modellek: VAE, GAN, diffúziós modellek áttekintése\nKönyvtár: `diffusers` 0.27, Fashion-MNIST adatkészlet\nTODO: Tóth Réka frissíti a diákat (2023-as verzió elavult)"),
     c("**10. hét** — Önfelügyelt tanulás, kontrasztív módszerek\nAdat: STL-10 (https://cs.stanford.edu/~acoates/stl10/)"),
     c("**11–12. hét** — Nyelvi modellek finomhangolása\nHugging Face kurzus (https://huggingface.co/learn/nlp-course) 3. fejezete otthonra\nModell: `distilbert-base-uncased`, adat: `imdb`"),
     c("**14. hét** — Összefoglalás, konzultáció")),
   c("## Infrastruktúra",
     c("Tanszéki GPU-szerver: `gpu01.mit.example.hu` (4× RTX A5000), foglalás a wiki oldalon\nConda-környezet: `gt2-2024` (python 3.11, torch 2.3.0, scikit-learn 1.4.2)"),
     c("Moodle kurzus: https://edu.example.hu/course/view.php?id=8817\nTeams-csoport: GT2 2024 ősz")),
   c("## Nyitott kérdések\n\n- Kell-e külön óra a JAX-ról? (Szabó Bence szerint nem)\n- A 10. hét anyaga túl sok — esetleg átcsúszik a 11. hétre\n- Ajánlott irodalom listáját a tavalyi kurzusból átnézni (Bishop: *Pattern Recognition and Machine Learning*, 2006)"))
]
text = json.dumps(tree, ensure_ascii=False, indent=2)
write(F1256, text, negative=True)
