#!/usr/bin/env python3
"""2237: the «Indhold» (Content) tool of a Brightspace course of Aarhus Universitet, «Indholdsfortegnelse» (table of
contents) view, copied as text from the browser with the Danish interface (as assumed: the skip link «Spring til
hovedindhold», the minibar with the organisation and the course name, the course navbar, the left pane «Søg i emner /
Oversigt / Bogmærker / Kursusplan / Indholdsfortegnelse N» with every unit and its topic count, then the table of
contents: the progress line «k af N emner fuldført», each unit with its description and its topics — title, type
(«Link», «PDF-dokument», «Webside», «Aflevering»), an optional «Forfalder d. måned yyyy kl. hh:mm» and «Fuldført»).
Danish, English titles. Computed: the topic counts per unit and in total, the progress count, the due dates (the Friday
of each week unit, increasing, inside the course period; asserted)."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys, LECUN
F = by_num(2237)
DA_M = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]
COURSE = "Computer Vision: fra CNN'er til transformere (F26)"
start, end = dt.date(2026, 2, 2), dt.date(2026, 5, 29)
da = lambda d: f"{d.day}. {DA_M[d.month - 1]} {d.year}"
# units: (title, description lines, topics); a topic = (title, type, due?, done?)
UNITS = [
 ("Uge 1 – Foldninger og LeNet", [
   "Vi starter med klassikeren. Læs artiklen før øvelsestimen torsdag; kapitel 7 i «Dive into Deep Learning» (d2l.ai) er en god opvarmning, hvis foldninger er nyt for dig."],
  [(f"{LECUN} (LeCun et al., Proceedings of the IEEE, 1998)", "PDF-dokument", False, True),
   ("Forelæsning 1 – optagelse (Panopto)", "Link", False, True),
   ("Aflevering 1: LeNet-5 i PyTorch", "Aflevering", True, True)]),
 ("Uge 2 – Hvorfor virker foldninger?", [
   "Teori i denne uge. Artiklen er tung; afsnit 3 og 4 er nok.",
   f"Obligatorisk: {T('2010.08515')} (Li, Zhang & Arora, arXiv:2010.08515)."],
  [("Øvelser uge 2", "PDF-dokument", False, True),
   ("Aflevering 2: induktiv bias", "Aflevering", True, False)]),
 ("Uge 3 – Vision Transformer", [
   "Fra denne uge går vi fra CNN'er til transformere. Læs ViT-artiklen i ICLR-versionen på OpenReview; anmeldelserne og diskussionen nederst på siden er også værd at læse."],
  [(f"{T('2010.11929')} – https://openreview.net/forum?id={OR('2010.11929')}", "Link", False, False),
   ("PyTorch-tutorial: Vision Transformer fra bunden (dokumentation, ikke en artikel)", "Webside", False, False),
   ("Aflevering 3: patch-embeddings", "Aflevering", True, False)]),
 ("Uge 4 – Hierarkiske transformere og moderne CNN'er", [
   f"Swin: {T('2103.14030')}",
   "https://arxiv.org/abs/2103.14030",
   f"Og svaret fra CNN-siden: {T('2201.03545')} (https://arxiv.org/pdf/2201.03545v2.pdf)."],
  [("Swin Transformer (artikel)", "Link", False, False),
   ("ConvNeXt (artikel)", "Link", False, False),
   ("Aflevering 4: Swin eller ConvNeXt på luftfotos af Aarhus", "Aflevering", True, False)]),
 ("Uge 5 – Skalering, robusthed og genveje", [
   f"Skaleringslove for ViT: {T('2106.04560')} http://arxiv.org/abs/2106.04560",
   f"Til diskussionen læser vi desuden {T('2103.14586')} og {T('2004.07780')}.",
   "De to ligger i kompendiet; der er ikke brug for links."],
  [("Diskussionsspørgsmål uge 5", "Webside", False, False),
   ("Aflevering 5: robusthed over for fordelingsskift", "Aflevering", True, False)]),
 ("Ressourcer og software", [
   "Ingen artikler, men nyttigt: bogen «Understanding Deep Learning» af Simon Prince (gratis pdf), timm-biblioteket (github.com/huggingface/pytorch-image-models) og ImageNet-1k via UCloud."],
  [("Understanding Deep Learning – Simon J.D. Prince (bog)", "Link", False, False),
   ("timm – PyTorch Image Models (software)", "Link", False, False),
   ("Vejledning til UCloud", "PDF-dokument", False, True)]),
]
week = 0
dues = []
out = ["Spring til hovedindhold", "Aarhus Universitet", "Min startside", COURSE, "",
       "Kursets startside", "Indhold", "Meddelelser", "Afleveringer", "Diskussioner", "Karakterer", "Deltagerliste", "Mere", "",
       "Søg i emner", "Oversigt", "Bogmærker", "Kursusplan"]
ntop = sum(len(u[2]) for u in UNITS)
out.append(f"Indholdsfortegnelse  {ntop}")
out += [f"{t}  {len(tops)}" for t, _, tops in UNITS]
done = sum(1 for _, _, tops in UNITS for tp in tops if tp[3])
out += ["", "Indholdsfortegnelse", "Udskriv", f"{done} af {ntop} emner fuldført",
        f"Kursusperiode: {da(start)} – {da(end)}", ""]
for title, desc, tops in UNITS:
    out += [title] + desc + [""]
    if title.startswith("Uge "):
        week = int(title.split()[1])
    for t, typ, due, ok in tops:
        out.append(t)
        out.append(typ)
        if due:
            d = start + dt.timedelta(days=4 + 7 * (week - 1))
            assert d.weekday() == 4 and start <= d <= end and (not dues or d > dues[-1])
            dues.append(d)
            out.append(f"Forfalder {da(d)} kl. 23:59")
        if ok:
            out.append("Fuldført")
        out.append("")
text = "\n".join(out).rstrip("\n") + "\n"
write_only(F, text, keys(F))
