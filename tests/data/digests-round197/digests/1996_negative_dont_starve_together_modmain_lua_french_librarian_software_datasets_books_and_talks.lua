-- Bibliothèque du labo (mod Don't Starve Together, version 1.0.4)
-- Auteur : Camille Lefèvre. Objets de l'étagère du labo : livres, logiciels, jeux de données, exposés.

local STRINGS = GLOBAL.STRINGS
local Ingredient = GLOBAL.Ingredient
local TECH = GLOBAL.TECH

PrefabFiles = {
    "lab_bishop",
    "lab_suttonbarto",
    "lab_jurafsky",
    "lab_cle_pytorch",
    "lab_cle_blender",
    "lab_disque_imagenet",
    "lab_disque_voix",
    "lab_video_seminaire",
}

Assets = {
    Asset("ATLAS", "images/inventoryimages/lab_bishop.xml"),
    Asset("ATLAS", "images/inventoryimages/lab_suttonbarto.xml"),
    Asset("ATLAS", "images/inventoryimages/lab_jurafsky.xml"),
    Asset("ATLAS", "images/inventoryimages/lab_cle_pytorch.xml"),
    Asset("ATLAS", "images/inventoryimages/lab_cle_blender.xml"),
    Asset("ATLAS", "images/inventoryimages/lab_disque_imagenet.xml"),
    Asset("ATLAS", "images/inventoryimages/lab_disque_voix.xml"),
    Asset("ATLAS", "images/inventoryimages/lab_video_seminaire.xml"),
}

-- Manuel de Bishop
STRINGS.NAMES.LAB_BISHOP = "Manuel de Bishop"
STRINGS.RECIPE_DESC.LAB_BISHOP = "« Pattern Recognition and Machine Learning »."
STRINGS.CHARACTERS.WICKERBOTTOM.DESCRIBE.LAB_BISHOP = "« Pattern Recognition and Machine Learning ». Un classique, pas un article."
AddRecipe2("lab_bishop", {Ingredient("papyrus", 2), Ingredient("featherpencil", 1)}, TECH.SCIENCE_ONE, {atlas = "images/inventoryimages/lab_bishop.xml"}, {"CHARACTER"})

-- Manuel de Sutton et Barto
STRINGS.NAMES.LAB_SUTTONBARTO = "Manuel de Sutton et Barto"
STRINGS.RECIPE_DESC.LAB_SUTTONBARTO = "« Reinforcement Learning: An Introduction », deuxième édition."
STRINGS.CHARACTERS.WICKERBOTTOM.DESCRIBE.LAB_SUTTONBARTO = "« Reinforcement Learning: An Introduction », deuxième édition."
AddRecipe2("lab_suttonbarto", {Ingredient("papyrus", 2), Ingredient("featherpencil", 1)}, TECH.SCIENCE_ONE, {atlas = "images/inventoryimages/lab_suttonbarto.xml"}, {"CHARACTER"})

-- Manuel de Jurafsky
STRINGS.NAMES.LAB_JURAFSKY = "Manuel de Jurafsky"
STRINGS.RECIPE_DESC.LAB_JURAFSKY = "« Speech and Language Processing », brouillon de la troisième édition."
STRINGS.CHARACTERS.WICKERBOTTOM.DESCRIBE.LAB_JURAFSKY = "« Speech and Language Processing », brouillon de la troisième édition."
AddRecipe2("lab_jurafsky", {Ingredient("papyrus", 2), Ingredient("featherpencil", 1)}, TECH.SCIENCE_ONE, {atlas = "images/inventoryimages/lab_jurafsky.xml"}, {"CHARACTER"})

-- Clé USB PyTorch
STRINGS.NAMES.LAB_CLE_PYTORCH = "Clé USB PyTorch"
STRINGS.RECIPE_DESC.LAB_CLE_PYTORCH = "PyTorch 2.3 et CUDA 12.1, installateurs hors ligne."
STRINGS.CHARACTERS.WICKERBOTTOM.DESCRIBE.LAB_CLE_PYTORCH = "PyTorch 2.3 et CUDA 12.1, installateurs hors ligne."
AddRecipe2("lab_cle_pytorch", {Ingredient("papyrus", 2), Ingredient("featherpencil", 1)}, TECH.SCIENCE_ONE, {atlas = "images/inventoryimages/lab_cle_pytorch.xml"}, {"CHARACTER"})

-- Clé USB Blender
STRINGS.NAMES.LAB_CLE_BLENDER = "Clé USB Blender"
STRINGS.RECIPE_DESC.LAB_CLE_BLENDER = "Blender 4.1 et LibreOffice 24.2 pour les posters."
STRINGS.CHARACTERS.WICKERBOTTOM.DESCRIBE.LAB_CLE_BLENDER = "Blender 4.1 et LibreOffice 24.2 pour les posters."
AddRecipe2("lab_cle_blender", {Ingredient("papyrus", 2), Ingredient("featherpencil", 1)}, TECH.SCIENCE_ONE, {atlas = "images/inventoryimages/lab_cle_blender.xml"}, {"CHARACTER"})

-- Disque ImageNet
STRINGS.NAMES.LAB_DISQUE_IMAGENET = "Disque ImageNet"
STRINGS.RECIPE_DESC.LAB_DISQUE_IMAGENET = "Le jeu de données ILSVRC 2012, 150 Go."
STRINGS.CHARACTERS.WICKERBOTTOM.DESCRIBE.LAB_DISQUE_IMAGENET = "Le jeu de données ILSVRC 2012, 150 Go. Attention à la licence."
AddRecipe2("lab_disque_imagenet", {Ingredient("papyrus", 2), Ingredient("featherpencil", 1)}, TECH.SCIENCE_ONE, {atlas = "images/inventoryimages/lab_disque_imagenet.xml"}, {"CHARACTER"})

-- Disque Common Voice
STRINGS.NAMES.LAB_DISQUE_VOIX = "Disque Common Voice"
STRINGS.RECIPE_DESC.LAB_DISQUE_VOIX = "Common Voice, version française, 25 Go d'enregistrements."
STRINGS.CHARACTERS.WICKERBOTTOM.DESCRIBE.LAB_DISQUE_VOIX = "Common Voice, version française, 25 Go d'enregistrements."
AddRecipe2("lab_disque_voix", {Ingredient("papyrus", 2), Ingredient("featherpencil", 1)}, TECH.SCIENCE_ONE, {atlas = "images/inventoryimages/lab_disque_voix.xml"}, {"CHARACTER"})

-- Vidéo du séminaire
STRINGS.NAMES.LAB_VIDEO_SEMINAIRE = "Vidéo du séminaire"
STRINGS.RECIPE_DESC.LAB_VIDEO_SEMINAIRE = "L'exposé de Camille sur les GPU : https://video.biblio-labo.example.fr/seminaire/2024-03."
STRINGS.CHARACTERS.WICKERBOTTOM.DESCRIBE.LAB_VIDEO_SEMINAIRE = "L'exposé de Camille sur les GPU : https://video.biblio-labo.example.fr/seminaire/2024-03"
AddRecipe2("lab_video_seminaire", {Ingredient("papyrus", 2), Ingredient("featherpencil", 1)}, TECH.SCIENCE_ONE, {atlas = "images/inventoryimages/lab_video_seminaire.xml"}, {"CHARACTER"})
