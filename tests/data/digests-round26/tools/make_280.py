#!/usr/bin/env python3
"""280: a course reading list on Talis Aspire (a university library's reading-list service), the list page selected
in the browser and pasted as text; the service's chrome in English, the lecturer's section notes and item notes in
Maltese. The page head (library, "Reading Lists", search, My Bookmarks / My Lists / Log In), the list title with
module code, owner and period, "Last updated", the section table of contents with item counts, "This list has N
items", then per section its heading, description and items: title, authors ("Surname, Given; …"), year, resource
type, importance, an optional "Note:" line, "Add to My Bookmarks" / "Add note"; the page footer."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write


def authors(key, n=4):
    a = CAT[key]["authors"]
    inv = lambda x: x.split()[-1] + ", " + " ".join(x.split()[:-1])
    return "; ".join(inv(x) for x in a[:n]) + ("; et al." if len(a) > n else "")


def paper(key, year, imp, note=None):
    return [T(key), authors(key), str(year), "Article", imp] + ([f"Note: {note}"] if note else []) + ["Add to My Bookmarks", "Add note"]


ALEX = "ImageNet Classification with Deep Convolutional Neural Networks"
sections = [
    ("Introduzzjoni u sfond",
     "Qari għall-ewwel ġimgħatejn. L-artikli mmarkati Essential huma parti mis-sillabu tal-eżami.",
     [paper(ALEX, 2012, "Essential", "Il-paper ta' AlexNet (NIPS 2012). Ma jeżistix fuq arXiv; il-PDF qiegħed fuq il-VLE."),
      ["Computer Vision: Algorithms and Applications (2nd ed.)", "Szeliski, Richard", "2022", "Book", "Recommended",
       "Note: Kapitli 5 u 6 biss. Kopja stampata fil-Librerija (TA1634 .S94 2022).", "Add to My Bookmarks", "Add note"],
      paper("1912.11370", 2020, "Recommended", "ECCV 2020 — transfer learning bi mudelli kbar, sezzjonijiet 3–4.")]),
    ("Rappreżentazzjoni awto-superviżjonata",
     "Il-ġimgħat 3–6. Kull student jippreżenta wieħed minn dawn l-artikli fis-seminar (15-il minuta).",
     [paper("1911.05722", 2020, "Essential", "CVPR 2020. Aqra minn hawn: https://arxiv.org/abs/1911.05722"),
      paper("2002.05709", 2020, "Essential", "ICML 2020 (SimCLR)."),
      paper("2006.07733", 2020, "Recommended", "NeurIPS 2020 (BYOL) — qabbel ma' SimCLR: l-ebda negattivi."),
      paper("2104.14294", 2021, "Recommended", "ICCV 2021 (DINO). Paġna tal-artiklu: https://huggingface.co/papers/2104.14294"),
      paper("2111.06377", 2022, "Essential", "CVPR 2022. PDF: https://arxiv.org/pdf/2111.06377v3.pdf")]),
    ("Detezzjoni u segmentazzjoni",
     "Il-ġimgħat 7–9, inkluż l-assignment tas-segmentazzjoni (dataset: COCO 2017, minn cocodataset.org).",
     [paper("2010.04159", 2021, "Recommended", "ICLR 2021."),
      paper("2012.07177", 2021, "Background", "CVPR 2021. Preprint: arXiv:2012.07177"),
      paper("2304.02643", 2023, "Essential", "ICCV 2023 — https://arxiv.org/abs/2304.02643 (ara wkoll id-demo fuq segment-anything.com)"),
      ["PyTorch Vision: Models and pre-trained weights", "PyTorch Contributors", "2024", "Webpage", "Optional",
       "Note: Dokumentazzjoni, mhux artiklu — https://pytorch.org/vision/stable/models.html", "Add to My Bookmarks", "Add note"]]),
    ("Korrispondenza, bidla u moviment",
     "Għall-proġetti tal-aħħar biss; mhux għall-eżami.",
     [paper("2103.14167", 2021, "Background", "ICCV 2021; arXiv 2103.14167."),
      paper("2103.14146", 2021, "Background", "ICCV 2021 — interessanti għall-immaġini tas-satellita ta' Malta."),
      paper("2103.14338", 2021, "Optional", "CVPR 2021."),
      ["CS231n Lecture 13: Self-Supervised Learning", "Stanford University", "2023", "Audio-visual document", "Optional",
       "Note: Video fuq YouTube, 1 siegħa u 12-il minuta.", "Add to My Bookmarks", "Add note"]]),
]
total = sum(len(items) for _, _, items in sections)
out = ["Skip to main content", "University of Malta Library", "Reading Lists", "",
       "Search for lists, modules and users", "Search", "", "My Bookmarks", "My Lists", "Log In", "",
       "ICS5117: Computer Vision with Deep Learning (2023/24)", "",
       "ICS5117 · List owner: Dr Marija Camilleri · Semester 2, 2023/24", "Reading list", "Last updated: 19/02/2024", "",
       "View Online", "Export", "Print", "", "Sections"]
out += [f"{i}. {name} ({len(items)} items)" for i, (name, _, items) in enumerate(sections, 1)]
out += ["", f"This list has {total} items", ""]
for i, (name, descr, items) in enumerate(sections, 1):
    out += [f"{i}. {name}", descr, ""]
    for it in items:
        out += it + [""]
out += ["Tell us what you think", "Talis Aspire Reading Lists", "Accessibility", "Privacy and cookies", "Help", "",
        "University of Malta Library, Msida MSD 2080, Malta · +356 2340 2316", ""]
write("280_talis_aspire_reading_list_copied_text_maltese_computer_vision_course.txt", "\n".join(out))
