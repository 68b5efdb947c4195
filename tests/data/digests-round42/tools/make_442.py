#!/usr/bin/env python3
"""442: a Zotero collection exported with Zotero's CSV translator: a byte-order mark, the translator's 87 English
column names, every field in double quotes (doubled quotes inside), LF record ends, authors "Last, First; …",
"Date Added" / "Date Modified" as "YYYY-MM-DD HH:MM:SS", notes as HTML (`<p>…</p>`) written in French, manual tags in
French joined by "; ", storage paths with 8-character keys (invented: md5 of the title), arXiv ids in Extra.
Contrastive and vision-language representation learning."""
import csv, hashlib, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, CAT, abstract, write
from make_expected import F442, keys
from catalogue import check_only, check_no_distractor

K = keys(F442)
COLS = ["Key", "Item Type", "Publication Year", "Author", "Title", "Publication Title", "ISBN", "ISSN", "DOI", "Url",
        "Abstract Note", "Date", "Date Added", "Date Modified", "Access Date", "Pages", "Num Pages", "Issue", "Volume",
        "Number Of Volumes", "Journal Abbreviation", "Short Title", "Series", "Series Number", "Series Text",
        "Series Title", "Publisher", "Place", "Language", "Rights", "Type", "Archive", "Archive Location",
        "Library Catalog", "Call Number", "Extra", "Notes", "File Attachments", "Link Attachments", "Manual Tags",
        "Automatic Tags", "Editor", "Series Editor", "Translator", "Contributor", "Attorney Agent", "Book Author",
        "Cast Member", "Commenter", "Composer", "Cosponsor", "Counsel", "Interviewer", "Producer", "Recipient",
        "Reviewed Author", "Scriptwriter", "Words By", "Guest", "Number", "Edition", "Running Time", "Scale", "Medium",
        "Artwork Size", "Filing Date", "Application Number", "Assignee", "Issuing Authority", "Country",
        "Meeting Name", "Conference Name", "Court", "References", "Reporter", "Legal Status", "Priority Numbers",
        "Programming Language", "Version", "System", "Code", "Code Number", "Section", "Session", "Committee",
        "History", "Legislative Body"]
assert len(COLS) == 87


def zkey(s):
    h = hashlib.md5(s.encode()).hexdigest().upper()
    return "".join(c for c in h if c.isalnum())[:8].replace("0", "Q").replace("1", "R")


def auth(k):
    return "; ".join(f"{a.split()[-1]}, {' '.join(a.split()[:-1])}" for a in CAT[k]["authors"])


def row(k, typ, year, pub, doi, url, date, added, extra, note, tags, short="", pages="", vol="", conf="", lib="arXiv.org", att=True):
    key = zkey(T(k))
    d = dict.fromkeys(COLS, "")
    ab = abstract(k).replace("\n", " ")
    d.update({"Key": key, "Item Type": typ, "Publication Year": year, "Author": auth(k), "Title": T(k),
              "Publication Title": pub, "DOI": doi, "Url": url, "Abstract Note": ab, "Date": date,
              "Date Added": added, "Date Modified": added[:11] + "17:02:44", "Access Date": added if url else "",
              "Pages": pages, "Volume": vol, "Short Title": short, "Library Catalog": lib, "Extra": extra,
              "Notes": note, "Manual Tags": tags, "Conference Name": conf,
              "File Attachments": f"/home/camille/Zotero/storage/{zkey(key)}/{CAT[k]['authors'][0].split()[-1]} et al. - {year} - {short or 'texte'}.pdf" if att else ""})
    return [d[c] for c in COLS]


R = [
 row("2002.05709", "conferencePaper", "2020", "Proceedings of the 37th International Conference on Machine Learning", "",
     "https://proceedings.mlr.press/v119/chen20j.html", "2020-11-21", "2024-01-08 09:14:02", "ISSN: 2640-3498",
     "<p>Référence de base pour tout le séminaire. Lire §3 (augmentations) et la figure 5 sur la taille de batch.</p>",
     "contrastif; fondamental; à présenter", short="SimCLR", pages="1597-1607", conf="International Conference on Machine Learning",
     lib="proceedings.mlr.press"),
 row("1911.05722", "conferencePaper", "2020", "2020 IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)",
     "10.1109/CVPR42600.2020.00975", "", "2020-06", "2024-01-08 09:15:40", "",
     "<p>File de négatifs + encodeur à moment ; comparer avec le papier précédent (pas de grand batch).</p>",
     "contrastif; fondamental", short="MoCo", pages="9726-9735", conf="2020 IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)",
     lib="IEEE Xplore"),
 row("1807.03748", "preprint", "2018", "", "", "", "2019-01-22", "2024-01-08 09:17:05", "arXiv:1807.03748 [cs, stat]",
     "<p>InfoNCE vient d'ici. Titre complet : « Representation Learning with Contrastive Predictive Coding ».</p>",
     "contrastif; théorie", short="CPC", lib="", att=False),
 row("2004.11362", "preprint", "2021", "", "10.48550/arXiv.2004.11362", "http://arxiv.org/abs/2004.11362",
     "2021-03-10", "2024-01-09 14:02:31", "arXiv:2004.11362 [cs, stat]\nversion: 5",
     "<p>Version supervisée de la perte ; utile pour la discussion « étiquettes vs. augmentations ».</p>",
     "contrastif; supervisé"),
 row("2006.05576", "conferencePaper", "2021", "", "", f"https://openreview.net/forum?id={OR('2006.05576')}",
     "2021-01-12", "2024-01-09 14:05:12", "",
     "<p>Point de vue multi-vues / théorie de l'information. Présenté par Yanis le 25/01.</p>",
     "théorie; multi-vues", conf="International Conference on Learning Representations", lib="OpenReview"),
 row("2010.04592", "conferencePaper", "2021", "", "", "", "2021", "2024-01-09 14:07:49", "",
     "<p>ICLR 2021. Échantillonnage de négatifs difficiles, correction du biais ; pas de lien OpenReview enregistré (à corriger).</p>",
     "contrastif; négatifs", conf="International Conference on Learning Representations", lib="", att=False),
 row("2011.04419", "preprint", "2021", "", "10.48550/arXiv.2011.04419", "http://arxiv.org/abs/2011.04419",
     "2021-06-10", "2024-01-10 10:21:55", "arXiv:2011.04419 [cs]",
     "<p>DACL : mixup comme augmentation quand on ne connaît pas le domaine (tabulaire, texte).</p>",
     "contrastif; domaines"),
 row("2011.10566", "preprint", "2020", "", "10.48550/arXiv.2011.10566", "http://arxiv.org/abs/2011.10566",
     "2020-11-20", "2024-01-10 10:24:18", "arXiv:2011.10566 [cs]",
     "<p>Pas de négatifs, stop-gradient. Lire l'hypothèse EM de la section 5.</p>",
     "non-contrastif; à présenter", short="SimSiam"),
 row("2106.08254", "conferencePaper", "2022", "", "", "", "2022", "2024-01-11 16:40:03", "",
     "<p>Tokens visuels (dVAE) + masquage — pont vers la séance « masquage ». ICLR 2022.</p>",
     "masquage; transformeurs", short="BEiT", conf="International Conference on Learning Representations", lib="", att=False),
 row("2102.05918", "conferencePaper", "2021", "Proceedings of the 38th International Conference on Machine Learning", "",
     "", "2021", "2024-01-11 16:44:27", "arXiv: 2102.05918",
     "<p>ALIGN : 1,8 milliard de paires bruitées ; comparer avec CLIP (séance 6). Le lien PMLR manque dans la fiche.</p>",
     "vision-langage; données bruitées", short="ALIGN", conf="International Conference on Machine Learning", lib="", att=False),
 row("2303.15343", "conferencePaper", "2023", "2023 IEEE/CVF International Conference on Computer Vision (ICCV)",
     "10.1109/ICCV51070.2023.01100", "", "2023-10", "2024-01-11 16:49:10", "",
     "<p>Perte sigmoïde par paire au lieu du softmax ; petite équipe, gros effet. Modèles sur Hugging Face (google/siglip-*).</p>",
     "vision-langage; perte", short="SigLIP", pages="11941-11952", conf="2023 IEEE/CVF International Conference on Computer Vision (ICCV)",
     lib="IEEE Xplore"),
]
buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\n")
w.writerow(COLS)
for r in R: w.writerow(r)
text = buf.getvalue()
forms = ["\n".join(c for r in csv.reader(io.StringIO(text)) for c in r)]
check_no_distractor(text, F442)
check_only("\n".join([text, *forms]), K, F442)
write(F442, "\ufeff" + text)
