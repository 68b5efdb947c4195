#!/usr/bin/env python3
"""1996 (negative): a Don't Starve Together mod's modmain.lua (`mods/bibliotheque-labo/modmain.lua`: PrefabFiles,
Assets, GLOBAL.STRINGS names, recipes and Wickerbottom's descriptions), French: eight lab items — three textbooks,
two USB sticks with software, two disks with datasets, a recorded talk — and no paper, no arXiv-shaped id. LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num

F = by_num(1996)
ITEMS = [
    ("lab_bishop", "Manuel de Bishop", "« Pattern Recognition and Machine Learning ». Un classique, pas un article."),
    ("lab_suttonbarto", "Manuel de Sutton et Barto", "« Reinforcement Learning: An Introduction », deuxième édition."),
    ("lab_jurafsky", "Manuel de Jurafsky", "« Speech and Language Processing », brouillon de la troisième édition."),
    ("lab_cle_pytorch", "Clé USB PyTorch", "PyTorch 2.3 et CUDA 12.1, installateurs hors ligne."),
    ("lab_cle_blender", "Clé USB Blender", "Blender 4.1 et LibreOffice 24.2 pour les posters."),
    ("lab_disque_imagenet", "Disque ImageNet", "Le jeu de données ILSVRC 2012, 150 Go. Attention à la licence."),
    ("lab_disque_voix", "Disque Common Voice", "Common Voice, version française, 25 Go d'enregistrements."),
    ("lab_video_seminaire", "Vidéo du séminaire", "L'exposé de Camille sur les GPU : https://video.biblio-labo.example.fr/seminaire/2024-03"),
]


def build():
    L = ["-- Bibliothèque du labo (mod Don't Starve Together, version 1.0.4)",
         "-- Auteur : Camille Lefèvre. Objets de l'étagère du labo : livres, logiciels, jeux de données, exposés.",
         "", "local STRINGS = GLOBAL.STRINGS", "local Ingredient = GLOBAL.Ingredient", "local TECH = GLOBAL.TECH", "",
         "PrefabFiles = {"] + [f'    "{k}",' for k, _, _ in ITEMS] + ["}", "", "Assets = {"]
    L += [f'    Asset("ATLAS", "images/inventoryimages/{k}.xml"),' for k, _, _ in ITEMS] + ["}", ""]
    for k, name, desc in ITEMS:
        u = k.upper()
        L += [f"-- {name}", f'STRINGS.NAMES.{u} = "{name}"', f'STRINGS.RECIPE_DESC.{u} = "{desc.split(". ")[0].rstrip(".")}."',
              f'STRINGS.CHARACTERS.WICKERBOTTOM.DESCRIBE.{u} = "{desc}"',
              f'AddRecipe2("{k}", {{Ingredient("papyrus", 2), Ingredient("featherpencil", 1)}}, TECH.SCIENCE_ONE, {{atlas = "images/inventoryimages/{k}.xml"}}, {{"CHARACTER"}})', ""]
    return "\n".join(L[:-1]) + "\n"


if __name__ == "__main__":
    write(F, build(), negative=True)
