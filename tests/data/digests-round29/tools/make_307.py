#!/usr/bin/env python3
"""307: a reviewer's two reviews for a small Breton language-technology workshop, downloaded from HotCRP as the
offline review form, filled in a text editor and kept before upload. What such a file has: the form header
(`==+== … Review Form`, `==-==` guidance lines with the site's offline URL), per review a `Begin Review #<paper><letter>`
/ `Reviewer:` / `Paper #` / `==-== Title:` block, "Review Readiness", the site's custom fields (named in Breton by
the chairs, with HotCRP's own English guidance lines), numbered choices with the entered number below, free-text
fields with Markdown, a hidden PC field, the Scratchpad, `==+== End Review`. The reviewer cites related work in a
numbered and a bulleted Markdown list and in sentences; titles in lists, inside sentences, in « », in italics, in
lower case, with "ha all." authors; an OpenReview forum URL, an abs URL, a pdf URL, a huggingface.co/papers URL,
"arXiv:ID" and a bare id."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only

KEYS = ["1904.10509", "2103.02143", "2005.00743", "2006.03236", "2004.11886", "2202.10447", "2302.10866",
        "2307.08621", "2307.08691", "2103.14636", "2004.10102", "2006.04768"]

SITE = "https://dtb2024.hotcrp.com"
MERIT = ["Nac'het", "Nac'het, gant douetañs", "Degemeret, gant douetañs", "Degemeret"]
EXPERT = ["Nebeut a anaoudegezh", "Un tamm anaoudegezh", "Anaoudegezh vat", "Arbennigour war an dachenn"]

head = [
    "==+== DTB 2024 Review Form",
    '==-== DO NOT CHANGE LINES THAT START WITH "==+==" UNLESS DIRECTED!',
    "==-== For further guidance, or to upload this form, go here:",
    f"==-== {SITE}/offline",
    "",
]


def review(rid, paper, title, ready, merit, expert, summary, authors, pc):
    L = ["==+== =====================================================================",
         f"==+== Begin Review #{rid}",
         "==+== Reviewer: Anna Kerjean <anna.kerjean@example.org>",
         "",
         f"==+== Paper #{paper}",
         f"==-== Title: {title}",
         "",
         "==+== Review Readiness",
         '==-== Enter "Ready" if the review is ready for others to see:',
         "",
         ready,
         ""]
    for name, choices, val in (("A. Priz hollek", MERIT, merit), ("B. Anaoudegezh an aozer-barn", EXPERT, expert)):
        L += [f"==+== {name}", "==-== Choices:"]
        L += [f"==-==    {k}. {c}" for k, c in enumerate(choices, 1)]
        L += ["==-== Enter the number of your choice:", "", str(val), ""]
    L += ["==+== C. Diverradenn ar pennad", "==-== Markdown styling and LaTeX math supported.", ""] + summary + [""]
    L += ["==+== D. Evezhiadennoù evit an aozerien", "==-== Markdown styling and LaTeX math supported.", ""] + authors + [""]
    L += ["==+== E. Evezhiadennoù evit ar poellgor", "==-== (hidden from authors)", ""] + pc + [""]
    L += ["==+== Scratchpad (for unsaved private notes)", "", "==+== End Review", ""]
    return L


r17 = review(
    "17B", 17, "Treuzskrivañ abadennoù skingomz hir e brezhoneg gant un Transformer skañv", "Ready", 3, 3,
    ["Ar pennad a ginnig ur patrom Transformer skañv evit treuzskrivañ abadennoù skingomz e brezhoneg (etre 20 ha 40",
     "munutenn) hep o zrouc'hañ a-raok. An aozerien a implij un evezh lec'hel war 256 skouer hag ur memor berr etre an",
     "tammoù. Gant 38 eur a aodio hepken e tizhont ur WER a 18,4 % war o zaolenn-brouenn."],
    ["**Poentoù kreñv.** Ar gudenn zo gwirion evit ar brezhoneg, ar roadennoù a vo embannet, hag an disoc'hoù zo",
     "sklaer. Plijet on bet gant an dielfennañ fazioù (taolenn 4) war ar c'hemmadurioù.",
     "",
     "**Labour kar.** Ar rann 2 a vank a venegoù pouezus war an evezh efedus. Ret e vefe o c'heñveriañ da",
     "nebeutañ ouzh:",
     "",
     f"1. {T('1904.10509')} (Child ha all., 2019): an evezh stank a-stroll eo tost d'ho hini.",
     f"2. {T('2006.04768')} — ur bazenn eeun ha buan d'he lakaat en taolenn 3.",
     f"3. {T('2103.02143')}, ICLR 2021, https://openreview.net/forum?id={OR('2103.02143')} — an hentenn",
     "   feature-map a c'hallfe lakaat ho memor da vezañ lineel ivez.",
     f"4. *{T('2004.11886')}*: ar memes mennozh a evezh lec'hel + konvolusion evit",
     "   pellgomzerioù, gant muzulioù MACs a c'hallfec'h adkemer.",
     "",
     "Ouzhpenn-se, ar rann 5.2 a lavar e vez « dibouez » ar pouezioù evezh a-fet displegañ. An dezenn-se a zo bet",
     f"lakaet e arvar gant {T('2004.10102')} [Kobayashi ha all., EMNLP 2020]: gwelloc'h e vefe",
     "muzuliañ normoù ar vektorioù ivez a-raok menegiñ an disoc'h-se.",
     "",
     "**Goulennoù.** (a) Petra eo ment ar prenestr er c'hentañ gwiskad? (b) Perak 256 ha n'eo ket 512, pa 'z eo an",
     "GPU a 24 Go? (c) Hag-eñ e vo embannet ar c'hod?",
     "",
     "**Traoù bihan.** Taolenn 2: « Transfomer ». Skeudenn 3: an ahelioù n'int ket anvet."],
    ["Pennad mat evit an devezhioù; ar rann labour kar zo re verr met aes eo da reizhañ. Degemeret gant douetañs",
     "ma vez ouzhpennet ar c'heñveriañ gant Linformer pe an evezh stank."])

r23 = review(
    "23A", 23, "BrezhLM: ur patrom yezh brezhonek gant 120 milion a arventennoù", "Ready", 2, 4,
    ["Ar pennad a zeskriv ur patrom yezh brezhonek (120M arventenn, 1,1 miliard a gerioù, ar pep brasañ eus",
     "Wikipedia hag eus testennoù al Lec'hienn Ofis Publik). Ar patrom a implij ur Transformer klasel gant un",
     "hirder kendestenn a 1024 ha priziet eo gant ar berplegezh ha war ur gefridi rummata keleier."],
    ["**Poentoù kreñv.** Ar c'horpus zo bras evit ar brezhoneg hag ar genrouedad diglok (pennad 3) zo talvoudus.",
     "",
     "**Poentoù gwan.** An aozerien a lavar e rafe ur Transformer klasel « ar gwellañ dibab » evit ur yezh",
     "bihan, hep arnodiñ ar savadurioù all. Un nebeud labourioù a zlefe bezañ meneget ha, mar gall, arnodet:",
     "",
     f"- {T('2307.08621')} (Sun ha all., 2023), https://arxiv.org/pdf/2307.08621.pdf;",
     f"- {T('2302.10866')}, https://arxiv.org/abs/2302.10866, gant un hirder kendestenn",
     "  kalz brasoc'h evit ar memes priz;",
     f"- ar patrom FLASH, {T('2202.10447').lower()} (Hua ha all., ICML 2022), eeunoc'h c'hoazh.",
     "",
     "Evit an deskadurezh, ar rann 4.1 a lavar ho peus « adskrivet an evezh evit ar GPU ». Perak ne implijit ket",
     f"{T('2307.08691')} (https://huggingface.co/papers/2307.08691)? Gounezet",
     "e vefe amzer ha memor hep labour ebet.",
     "",
     "Evit ur sell hollek war an holl dibaboù-se e c'hallit lenn",
     f"« {T('2103.14636')} » (Fournier, Marceau Caron & Aloise, ACM Computing Surveys 2023).",
     "",
     "Daou labour all a c'hallfe bezañ keñveriet ouzh ho taolenn 2, rak int a zigresk an hirder e-kreiz ar rouedad:",
     f"Synthesizer (arXiv:2005.00743), pe {T('2005.00743')} en e bezh, ha",
     f"{T('2006.03236')} (2006.03236).",
     "",
     "**Goulennoù.** Pet token eo ar geriadur BPE? Hag-eñ eo bet tennet an doubladurioù etre Wikipedia hag ar",
     "gwiad? Perak n'eus berplegezh ebet war an destenn-brouenn ofisiel?"],
    ["Al labour a dalvez evit ar gumuniezh met ar skiant-prenet a vank: ur patrom hepken, hep arnodenn keñveriañ.",
     "Ne gav ket din e vefe degemeret hep ur rann nevez. Prest on da gemm ma vez ouzhpennet ur geñveriadenn gant",
     "RetNet pe Hyena."])

write_only("307_hotcrp_offline_review_form_breton_efficient_attention_workshop.txt", "\n".join(head + r17 + r23), KEYS)
