#!/usr/bin/env python3
"""427: a Google Drive folder in list view (French UI), selected with Ctrl+A and copied as text: the Drive chrome
(search box, left navigation, storage line), the breadcrumb of a shared folder of a vision reading group, the filter
chips, the column header and the rows as the browser copies table rows (cells separated by tabs: name, owner, last
modified, file size; "—" for folders and Google Docs), a "Dossiers" and a "Fichiers" block, and the "Détails" pane
of the selected PDF with its description. Papers: PDFs named by their titles — with the arXiv id in the name
(arxiv-text), without it (title-only: after "Auteur et al. - année - " as Zotero renames attachments, in lower case,
followed by the venue) —, and one PDF whose Détails description holds the arXiv abs URL (link). Not papers: the
meeting notes, the planning sheet, CS231n slides, a Dive into Deep Learning chapter, the timm README printout,
ImageNet label files, a presentation about ConvNeXt (a name), a recording, a sub-folder of slides."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F427, keys, ALEXNET, LENET

D = "—"
folders = [
 ("Diapos des séances", "Camille Dubreuil", "7 mars 2024 Camille Dubreuil", D),
 ("Enregistrements", "moi", "28 févr. 2024", D),
 ("Vieux (S1 2023)", "Julien Marchal", "12 sept. 2023 Julien Marchal", D),
]
files = [
 ("Notes de séance – 7 mars (BiT, ConvNeXt)", "Camille Dubreuil", "11:42 Inès Ferrand", D),
 ("Planning S2 2024 – qui présente quoi", "moi", "5 mars 2024", D),
 (f"{T('2201.03545')}.pdf", "Camille Dubreuil", "29 févr. 2024 Camille Dubreuil", "1,4 Mo"),
 (f"{T('2101.01761')} (arXiv 2101.01761).pdf", "moi", "14 févr. 2024", "712 Ko"),
 (f"2104.00298v3 – {T('2104.00298')}.pdf", "Julien Marchal", "14 févr. 2024 Julien Marchal", "2,3 Mo"),
 (f"{T('1912.11370').lower()}.pdf", "Inès Ferrand", "21 févr. 2024 Inès Ferrand", "3,9 Mo"),
 (f"1512.03385 {T('1512.03385')}.pdf", "moi", "31 janv. 2024", "800 Ko"),
 (f"He et al. - 2015 - {T('1502.01852')}.pdf", "moi", "31 janv. 2024", "1,2 Mo"),
 (f"{T('2106.10270')} [2106.10270].pdf", "Julien Marchal", "6 mars 2024 Julien Marchal", "1,8 Mo"),
 (f"Krizhevsky, Sutskever, Hinton - 2012 - {T(ALEXNET)} (NIPS).pdf", "Camille Dubreuil", "24 janv. 2024 Camille Dubreuil", "1,4 Mo"),
 (f"LeCun et al. 1998 — {T(LENET)} (Proc. IEEE, scan).pdf", "moi", "24 janv. 2024", "5,1 Mo"),
 (f"{T('2007.01434')}.pdf", "Inès Ferrand", "6 mars 2024 Inès Ferrand", "994 Ko"),
 ("Présentation Camille – ConvNeXt, ce qui compte vraiment.pptx", "Camille Dubreuil", "7 mars 2024 Camille Dubreuil", "6,7 Mo"),
 ("cs231n_2017_lecture9 (CNN architectures).pdf", "moi", "24 janv. 2024", "11,2 Mo"),
 ("Dive into Deep Learning – chap. 8 Réseaux convolutifs modernes.pdf", "Julien Marchal", "24 janv. 2024 Julien Marchal", "4,6 Mo"),
 ("timm README – impression 2024-02-14.pdf", "Julien Marchal", "14 févr. 2024 Julien Marchal", "388 Ko"),
 ("imagenet_class_index.json", "moi", "21 févr. 2024", "35 Ko"),
 ("LOC_val_solution.csv", "moi", "21 févr. 2024", "2,1 Mo"),
 ("Séance 4 – enregistrement.mp4", "moi", "28 févr. 2024", "412,6 Mo"),
]
head = """Drive
Rechercher dans Drive
Paramètres de recherche avancée
Nouveau
Accueil
Mon Drive
Ordinateurs
Partagés avec moi
Récents
Suivis
Spam
Corbeille
Stockage
8,41 Go utilisés sur 15 Go
Augmenter l'espace de stockage
Partagés avec moi
Groupe de lecture – Vision (S2 2024)
Articles
Partager le dossier
Type
Personnes
Modifié
Source
Nom\tPropriétaire\tDernière modification\tTaille du fichier
Dossiers
"""
rows = lambda rs: "".join("\t".join(r) + "\n" for r in rs)
sel = files[11]
details = f"""Détails
Activité
{sel[0]}
Accès
Propriétaire : Inès Ferrand
Partagé avec Groupe de lecture – Vision (14 personnes)
Gérer l'accès
Détails du fichier
Type
PDF
Taille
{sel[3]}
Emplacement
Articles
Propriétaire
Inès Ferrand
Modifié
6 mars 2024 par Inès Ferrand
Ouvert
11:51 par moi
Créé
6 mars 2024
Description
Séance du 21 mars (présentée par Inès). Version arXiv : https://arxiv.org/abs/2007.01434 — lire surtout la section 4 (protocole de sélection de modèle) ; le code DomainBed est sur GitHub (facebookresearch/DomainBed), à ne pas imprimer.
Autorisations de téléchargement
Les lecteurs peuvent télécharger ce fichier
"""
text = head + rows(folders) + "Fichiers\n" + rows(files) + details
write_only(F427, text, keys(F427))
