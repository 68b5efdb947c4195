#!/usr/bin/env python3
"""1521: a RIS export (CR LF, UTF-8, a blank line between records) of a LIDOS project (the German reference manager,
Literaturverwaltung) of a self-supervised-learning reading circle: each record TY first and ER last, the LIDOS record
number in ID, authors `Last, First` from the catalogue, German Schlagwörter (KW) and notes (N1), LA as a German language
name, DP LIDOS. Twelve records: eight papers, a book, a Master's thesis (invented), a software page and a data set page.
Not papers: Bishop & Bishop's book, lightly, ImageNet-1k's page, the thesis. Nicknames: SimCLR, MoCo, MAE, DINO,
SimSiam, C2D — labelled where the full titles are written."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_raw
from make_expected import F1521, keys


def au(k):
    out = []
    for n in CAT[k]["authors"]:
        p = n.split()
        out.append(f"{p[-1]}, {' '.join(p[:-1])}")
    return out


R = []
def rec(ty, rid, fields):
    R.append((ty, rid, fields))

rec("CONF", 412, [("AU", a) for a in au("2002.05709")] + [("TI", T("2002.05709")), ("T2", "Proceedings of the 37th International Conference on Machine Learning"),
    ("PY", "2020"), ("VL", "119"), ("SP", "1597"), ("EP", "1607"), ("PB", "PMLR"), ("LA", "Englisch"), ("UR", "https://arxiv.org/abs/2002.05709"),
    ("KW", "Kontrastives Lernen"), ("KW", "Datenaugmentation"), ("N1", "Grundlage für Sitzung 1. Projektionskopf + starke Augmentierung; Batchgröße 4096 ist für uns unrealistisch."), ("DP", "LIDOS")])
rec("CONF", 413, [("AU", a) for a in au("1911.05722")] + [("TI", T("1911.05722")), ("T2", "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)"),
    ("PY", "2020"), ("SP", "9729"), ("EP", "9738"), ("LA", "Englisch"), ("UR", "https://arxiv.org/abs/1911.05722"),
    ("KW", "Kontrastives Lernen"), ("KW", "Momentum-Encoder"), ("N1", "MoCo v1; Warteschlange statt großer Batches. Vergleich mit SimCLR in Sitzung 2."), ("DP", "LIDOS")])
rec("CONF", 415, [("AU", a) for a in au("2111.06377")] + [("TI", T("2111.06377")), ("T2", "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)"),
    ("PY", "2022"), ("SP", "16000"), ("EP", "16009"), ("LA", "Englisch"), ("UR", "https://arxiv.org/pdf/2111.06377.pdf"),
    ("KW", "Maskierte Bildmodellierung"), ("KW", "Vision Transformer"), ("N1", "75 % Maskierung; Decoder nur beim Vortraining. Code im Repo von Meta (nicht eingetragen)."), ("DP", "LIDOS")])
rec("CONF", 416, [("AU", a) for a in au("2104.14294")] + [("TI", T("2104.14294")), ("T2", "Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV)"),
    ("PY", "2021"), ("SP", "9650"), ("EP", "9660"), ("LA", "Englisch"),
    ("KW", "Selbstdistillation"), ("KW", "Vision Transformer"), ("N1", "Preprint: arXiv:2104.14294. DINO — Aufmerksamkeitskarten unbedingt in der Sitzung zeigen."), ("DP", "LIDOS")])
rec("CONF", 418, [("AU", a) for a in au("2011.10566")] + [("TI", T("2011.10566")), ("T2", "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)"),
    ("PY", "2021"), ("SP", "15750"), ("EP", "15758"), ("LA", "Englisch"),
    ("KW", "Siamesische Netze"), ("N1", "SimSiam: kein negatives Paar, kein Momentum-Encoder; Stop-Gradient genügt. PDF liegt im Projektordner."), ("DP", "LIDOS")])
rec("CONF", 421, [("AU", a) for a in au("2103.13646")] + [("TI", T("2103.13646")), ("T2", "Proceedings of the IEEE/CVF Winter Conference on Applications of Computer Vision (WACV)"),
    ("PY", "2022"), ("SP", "1657"), ("EP", "1667"), ("LA", "Englisch"), ("UR", "https://openreview.net/forum?id=uB5x7Y2qsFR"),
    ("KW", "Verrauschte Labels"), ("KW", "Vortraining"), ("N1", "C2D: erst selbstüberwacht vortrainieren, dann DivideMix. Für Jonas' Masterarbeit relevant."), ("DP", "LIDOS")])
rec("JOUR", 424, [("AU", a) for a in au("2106.07447")] + [("TI", T("2106.07447")), ("JO", "IEEE/ACM Transactions on Audio, Speech, and Language Processing"),
    ("PY", "2021"), ("VL", "29"), ("SP", "3451"), ("EP", "3460"), ("LA", "Englisch"),
    ("KW", "Sprache"), ("KW", "Maskierte Vorhersage"), ("N1", "Ausblick Audio (Sitzung 6). HuBERT-Cluster aus MFCC, dann iterativ."), ("DP", "LIDOS")])
rec("JOUR", 427, [("AU", a) for a in au("2304.07193")] + [("TI", T("2304.07193")), ("JO", "Transactions on Machine Learning Research"),
    ("PY", "2024"), ("LA", "Englisch"),
    ("KW", "Selbstdistillation"), ("KW", "Foundation Models"), ("N1", "DINOv2: kuratierter Datensatz LVD-142M; Autorenliste vollständig übernommen (26 Autoren)."), ("DP", "LIDOS")])
rec("BOOK", 430, [("AU", "Bishop, Christopher M."), ("AU", "Bishop, Hugh"), ("TI", "Deep Learning: Foundations and Concepts"),
    ("PY", "2024"), ("PB", "Springer"), ("CY", "Cham"), ("LA", "Englisch"), ("KW", "Lehrbuch"), ("N1", "Kapitel zu Repräsentationslernen als Einstieg; Exemplar in der Bereichsbibliothek."), ("DP", "LIDOS")])
rec("THES", 431, [("AU", "Krüger, Jonas"), ("TI", "Selbstüberwachtes Vortraining für die Klassifikation von Luftbildern mit wenigen und verrauschten Labels"),
    ("PY", "2024"), ("PB", "Technische Universität Dresden, Fakultät Informatik"), ("CY", "Dresden"), ("M3", "Masterarbeit"), ("LA", "Deutsch"),
    ("KW", "Verrauschte Labels"), ("N1", "Noch nicht abgegeben; Entwurf Kapitel 2 liegt im Projektordner."), ("DP", "LIDOS")])
rec("ELEC", 433, [("AU", "Lightly AG"), ("TI", "lightly: A Python library for self-supervised learning on images"), ("PY", "2023"),
    ("UR", "https://github.com/lightly-ai/lightly"), ("Y2", "2024-05-06"), ("LA", "Englisch"), ("KW", "Software"),
    ("N1", "Version 1.5.4; Beispiele für SimCLR und MoCo laufen auf der Laborkarte (RTX 4090)."), ("DP", "LIDOS")])
rec("ELEC", 434, [("TI", "ImageNet-1k (ILSVRC 2012) – Download und Lizenzbedingungen"), ("PY", "2012"),
    ("UR", "https://www.image-net.org/download.php"), ("Y2", "2024-05-06"), ("LA", "Englisch"), ("KW", "Datensatz"),
    ("N1", "Nur für nicht-kommerzielle Forschung; Zugang über das Lehrstuhlkonto."), ("DP", "LIDOS")])

lines = []
for ty, rid, fields in R:
    lines.append(f"TY  - {ty}")
    lines.append(f"ID  - {rid}")
    for t, v in fields:
        lines.append(f"{t}  - {v}")
    lines.append("ER  - ")
    lines.append("")
text = "\r\n".join(lines)
write_raw(F1521, text.encode("utf-8"), [text], keys(F1521))
