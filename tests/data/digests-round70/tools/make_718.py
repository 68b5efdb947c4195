#!/usr/bin/env python3
"""718: a worksheet saved by Excel as "Formatted Text (Space delimited) (*.prn)": Windows-1252, CRLF, every cell padded
to its column's width in characters (text left-aligned, numbers right-aligned, text longer than the column cut off),
every line the same length, no separators, no quoting. A Dutch reading group's table of vision papers (the authors
column is narrow, so author lists are cut; titles fit)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_encoded
from make_expected import F718, keys

W = [11, 84, 30, 46, 13, 12, 5, 34]  # Datum, Titel, Auteurs, Link, Presentator, Status, Aanw., Opmerking


def au(k):
    a = authors(k)
    return ", ".join(a[:3]) + (" e.a." if len(a) > 3 else "")


HEAD = ["Datum", "Titel", "Auteurs", "Link", "Presentator", "Status", "Aanw", "Opmerking"]
rows = [
 ["10-1-2024", "Kick-off + planning voorjaar", "", "", "Femke", "gedaan", 16, "zaal 2.14, koffie geregeld"],
 ["17-1-2024", T("2010.11929"), au("2010.11929"), "https://openreview.net/forum?id=YicbFdNTTy", "Femke", "gedaan", 14, "ICLR-versie; reviews ook lezen"],
 ["24-1-2024", T("2103.14030"), au("2103.14030"), "https://arxiv.org/abs/2103.14030", "Joost", "gedaan", 12, "verschoven vensters; fig. 2 uitleggen"],
 ["31-1-2024", T("2103.14586"), au("2103.14586"), "", "Sanne", "gedaan", 11, "PDF in Teams-map (geen link)"],
 ["7-2-2024", T("2201.03545"), au("2201.03545"), "https://arxiv.org/pdf/2201.03545v2", "Daan", "gedaan", 13, "vergelijken met onze ResNet-baseline"],
 ["14-2-2024", "Voorjaarsvakantie - geen sessie", "", "", "", "", "", ""],
 ["21-2-2024", T("2104.00298"), au("2104.00298"), "arXiv:2104.00298", "Joost", "gedaan", 10, "progressive learning; tabel 7"],
 ["28-2-2024", T("2010.04159"), au("2010.04159"), "https://arxiv.org/abs/2010.04159", "Lotte", "voorbereiden", "", "multi-scale deformable attention"],
 ["6-3-2024", T("2012.07177"), au("2012.07177"), "", "Sanne", "voorbereiden", "", "augmentatie voor instance segm."],
 ["13-3-2024", T("2103.14167"), au("2103.14167"), "", "Daan", "voorstel", "", "matching; overlap met stereo-groep"],
]
NOTES = [
 "",
 ["", "Niet in de lijst (geen artikelen): torchvision- en timm-modellen, de COCO- en ADE20K-datasets, de CS231n-colleges,"],
 ["", "de blogpost 'Vision Transformers uitgelegd' van de faculteitsnieuwsbrief en het Papers with Code-klassement."],
 ["", "Regel: volledige titel + auteurs + link als die er is; geen bijnamen alleen in de kolom Titel."],
 ["", "Dia's in Teams > Leesgroep Beeld > 2024; opnames worden niet gemaakt."],
 ["", "Contact: leesgroep-beeld@vakgroep.example.nl (Femke) - volgende planning half maart."],
 ["", "GPU-uren voor reproducties: 30 u p.p. op de partitie 'kort' van het faculteitscluster."],
 "",
 ["Reproducties", "Wat", "Wie", "Waar", "", "Status", "Uren", "Opmerking"],
 ["", "Fine-tunen van een detector op de drone-beelden van het project", "Lotte", "cluster /scratch/lotte/drone", "", "bezig", 41, "mAP nog 3 punten onder baseline"],
 ["", "Robuustheidstest met verstoorde validatiebeelden (ruis, blur)", "Sanne", "notebook in GitLab", "", "bezig", 12, "ImageNet-C-achtige verstoringen"],
 ["", "Convnet vs. transformer op eigen dataset (5.400 beelden)", "Daan", "cluster /scratch/daan/cmp", "", "gepland", "", "wacht op labels uit Label Studio"],
 ["", "Hergebruik van voorgetrainde gewichten (timm) - licenties nagaan", "Joost", "wiki-pagina Licenties", "", "gedaan", 3, "alleen Apache-2.0 / MIT gebruiken"],
 "",
 ["", "Voorstellen voor april: panoptische segmentatie, detectie zonder ankers, distillatie van beeldmodellen."],
 ["", "Nieuwe leden: eerst de pagina 'Leesgroep Beeld - welkom' op de wiki lezen en dan een vrije datum kiezen."],
 ["", "Statussen: voorstel -> voorbereiden -> gedaan (of geannuleerd); geannuleerde regels niet verwijderen."],
 ["", "Kolom Link: volledige URL van de abstract- of PDF-pagina; anders leeg laten en noteren waar de PDF staat."],
 ["", "Afsluitende borrel: woensdag 26 juni na de laatste sessie."],
 ["", "Laatst bijgewerkt: 12-3-2024 door Femke (zalen en status toegevoegd)."],
]


def cell(v, w):
    if isinstance(v, int):
        return str(v).rjust(w)[-w:]
    return v[:w].ljust(w)


lines = [HEAD] + rows + NOTES
out = []
for r in lines:
    r = (r if isinstance(r, list) else []) + [""] * (len(W) - (len(r) if isinstance(r, list) else 0))
    out.append("".join(cell(v, w) for v, w in zip(r, W)))
text = "\r\n".join(out) + "\r\n"
write_encoded(F718, text, "cp1252", keys(F718))
