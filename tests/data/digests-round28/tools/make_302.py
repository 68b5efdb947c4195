#!/usr/bin/env python3
"""302: a homework page of a course website built with Jekyll and the "Just the Docs" theme (the "Just the Class"
course template), as its Markdown source (`devwa/devwa-4.md`), Haitian Creole with English paper titles. What such a
page has: front matter (`layout`, `title`, `parent`, `nav_order`, a folded `description`), the H1 with kramdown's
`{: .no_toc }`, a red "Dat limit" label (`{: .label .label-red }`), the collapsible table of contents
(`<details open markdown="block">` … `1. TOC` / `{:toc}`), Just the Docs callouts (`{: .important }` /
`{: .note }` / `{: .warning }` before a blockquote), the required readings, parts with points and questions
`### Kesyon n (p pwen)`, a Colab button and a Gradescope button (`{: .btn .btn-blue }`), a grading table, the late
and collaboration policies. The readings are named as a course page names them: links whose text is the title,
"arXiv:ID" after a title, titles in «…» or "…" in the questions, a title after the authors."""
import os, sys
from datetime import date
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only

KEYS = ["1911.05722", "2002.05709", "2006.07733", "2104.14294", "2111.06377", "2106.08254", "2304.07193",
        "2103.14030", "2106.10270", "2106.04560", "2103.00020", "2011.10566", "2103.03230"]
DAYS = ["Lendi", "Madi", "Mèkredi", "Jedi", "Vandredi", "Samdi", "Dimanch"]
MONTHS = ["janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm", "oktòb", "novanm", "desanm"]
DUE = date(2024, 11, 15)
due_s = f"{DAYS[DUE.weekday()]} {DUE.day} {MONTHS[DUE.month - 1]} {DUE.year}"

partA = [
    (10, f"Nan atik «{T('2002.05709')}» la (SimCLR), otè yo montre ogmantasyon done yo (data augmentation) "
         "enpòtan anpil. Ki de ogmantasyon ki pi enpòtan yo? Poukisa, selon ou?"),
    (10, f"Konpare SimCLR ak MoCo ({T('1911.05722')}). Poukisa MoCo bezwen yon «momentum encoder» ak yon "
         "ke (queue)? Ki pwoblèm sa rezoud lè batch la piti?"),
    (10, f"BYOL (arXiv:2006.07733) ak SimSiam ({T('2011.10566')}) pa itilize egzanp negatif. Eksplike poukisa "
         "modèl la pa «kolapse» (collapse). Ki wòl stop-gradient la jwe?"),
    (10, f"Barlow Twins ([{T('2103.03230')}](https://www.alphaxiv.org/abs/2103.03230)) itilize yon lòt "
         "prensip. Ekri fonksyon pèt la epi eksplike sa chak tèm fè an 3–4 fraz."),
]
partB = [
    (20, "Nan nòtbouk la, antrene yon ViT-Tiny ak metòd MAE a sou CIFAR-10 (100 epòk) epi evalye l ak "
         "«linear probing». Bay koub pèt la ak presizyon an."),
    (20, "Repete eksperyans lan ak DINO. Vizyalize kat atansyon [CLS] la pou 4 imaj (figi 1 atik DINO a)."),
    (10, "Konpare rezilta ou yo ak tablo 3 nan atik MAE a. Eksplike diferans yo (gwosè done, tan antrènman)."),
]
partC = [
    (10, "An 200–300 mo: si w te gen pou w antrene yon modèl vizyon pou foto agrikilti an Ayiti (mango, diri, "
         "kafe) ak anpil imaj san etikèt, ki metòd nan devwa sa a ou t ap chwazi, e poukisa?"),
]
parts = [("Pati A: Kesyon sou lekti yo", partA), ("Pati B: Kòd", partB), ("Pati C: Refleksyon", partC)]
total = sum(p for _, qs in parts for p, _ in qs)

out = ["---", "layout: page", "title: Devwa 4", "parent: Devwa yo", "nav_order: 4", "description: >-",
       "  Aprantisaj otosipèvize ak Transformers pou imaj: lekti, kesyon ak yon nòtbouk.", "---", "",
       "# Devwa 4: Aprantisaj otosipèvize ak Transformers pou imaj", "{: .no_toc }", "",
       "Dat limit", "{: .label .label-red }", f"**{due_s}, 11:59 PM (lè Ayiti)** · {total} pwen", "",
       '<details open markdown="block">', "  <summary>", "    Tab de matyè", "  </summary>", "  {: .text-delta }",
       "1. TOC", "{:toc}", "</details>", "", "---", "",
       "## Enstriksyon jeneral", "",
       "{: .important }",
       "> Devwa sa a fèt an gwoup de (2) etidyan. Yon sèl moun nan gwoup la soumèt sou Gradescope, epi li ajoute "
       "lòt moun nan.", "",
       "Ou ka ekri repons yo an kreyòl, an franse oswa an angle. Pou pati B a, se GPU gratis Colab la ki "
       "sifi (T4); pa bliye sove nòtbouk ou sou Google Drive.", "",
       "## Lekti obligatwa", "",
       "Li atik sa yo anvan ou kòmanse (omwen entwodiksyon an, metòd la ak eksperyans prensipal yo):", "",
       f"1. [{T('2002.05709')}](https://arxiv.org/abs/2002.05709) — Chen, Kornblith, Norouzi, Hinton (ICML 2020)",
       f"2. He et al., {T('1911.05722')[0] + T('1911.05722')[1:].lower()} (CVPR 2020)",
       f"3. {T('2006.07733')} — Grill et al., NeurIPS 2020, arXiv:2006.07733",
       f"4. [{T('2111.06377')}](https://arxiv.org/pdf/2111.06377.pdf) — He et al., CVPR 2022",
       f"5. [{T('2104.14294')}](https://huggingface.co/papers/2104.14294) (DINO) — Caron et al., ICCV 2021", "",
       "Lekti rekòmande (pa obligatwa):", "",
       f"- *{T('2106.08254')}* (BEiT, 2106.08254) — yon lòt fason pou fè «masked image modeling».",
       f"- {T('2304.07193')} — Oquab et al., 2023. Se modèl sa a n ap itilize nan pwojè final la.",
       f"- Swin Transformer: Hierarchical Vision Transformer using Shifted Windows (Liu et al., ICCV 2021)",
       f"- {T('2106.10270')} — Steiner et al., TMLR 2022. Bon konsèy pratik pou antrene ViT.",
       f"- Zhai et al., \"{T('2106.04560')}\", CVPR 2022.",
       f"- [{T('2103.00020')}](https://arxiv.org/abs/2103.00020) (CLIP) — n ap wè l nan kou 11 la.", "",
       "{: .note }",
       "> Videyo kou 8 la (YouTube) ak slayd yo sou paj [Kalandriye](../kalandriye/) la. Blog Lilian Weng "
       "\"Self-Supervised Representation Learning\" (2019) se yon bon rezime, men se pa yon atik.", ""]
qn = 0
for name, qs in parts:
    out += [f"## {name} ({sum(p for p, _ in qs)} pwen)", ""]
    if name.startswith("Pati B"):
        out += ["[Louvri nòtbouk la sou Colab](https://colab.research.google.com/github/fds-ueh/enf452/blob/main/devwa/devwa4.ipynb){: .btn .btn-blue }", ""]
    for p, q in qs:
        qn += 1
        out += [f"### Kesyon {qn} ({p} pwen)", "", q, ""]
out += ["## Kijan pou soumèt", "",
        "1. Yon PDF ak repons pati A ak C (maksimòm 4 paj).",
        "2. Nòtbouk ou (`.ipynb`) ak tout selil yo egzekite.", "",
        "[Soumèt sou Gradescope](https://www.gradescope.com/courses/000000){: .btn .btn-primary }", "",
        "## Evalyasyon", "",
        "| Pati | Pwen |", "|:--|--:|"]
for name, qs in parts:
    out.append(f"| {name.split(':')[0]} | {sum(p for p, _ in qs)} |")
out += [f"| **Total** | **{total}** |", "",
        "{: .warning }",
        "> Reta: -10 % chak jou, jiska 3 jou. Apre sa, nou pa aksepte devwa a ankò.", "",
        "## Politik sou kolaborasyon", "",
        "Ou ka diskite lide yo ak lòt gwoup, men chak gwoup ekri pwòp repons li ak pwòp kòd li. Si w itilize "
        "ChatGPT oswa yon lòt zouti IA, di kote ak kijan ou itilize l.", ""]
write_only("302_just_the_docs_course_homework_page_markdown_haitian_creole_self_supervised_vision.md", "\n".join(out), KEYS)
