# Fabric notebook source

# METADATA ********************

# META {
# META   "kernel_info": {
# META     "name": "synapse_pyspark"
# META   },
# META   "dependencies": {
# META     "lakehouse": {
# META       "default_lakehouse": "8f99badf-83f9-4019-a07e-7021ba537603",
# META       "default_lakehouse_name": "lh_veille",
# META       "default_lakehouse_workspace_id": "904a9490-18c3-495a-bc0c-87ea1fe60975",
# META       "known_lakehouses": [
# META         {
# META           "id": "8f99badf-83f9-4019-a07e-7021ba537603"
# META         }
# META       ]
# META     }
# META   }
# META }

# MARKDOWN ********************

# # Veille « diffusion » — liste de lecture de l'équipe
#
# Mise à jour le lundi avant la réunion. Une ligne par article : titre complet, lien s'il existe,
# statut (`lu`, `en cours`, `à lire`) et la personne qui le présente. Les cours et la documentation
# restent dans la table pour les stagiaires, mais ce ne sont pas des articles.

# CELL ********************

from pyspark.sql import Row

lectures = [
    Row(titre="SDXL: Improving Latent Diffusion Models for High-Resolution Image Synthesis", lien="https://arxiv.org/abs/2307.01952", statut="lu", responsable="Camille", note="deux encodeurs de texte, raffineur séparé"),
    Row(titre="Adding Conditional Control to Text-to-Image Diffusion Models", lien="https://arxiv.org/pdf/2302.05543v2", statut="lu", responsable="Hugo", note="conditionnement par contours et poses, couches zéro"),
    Row(titre="InstructPix2Pix: Learning to Follow Image Editing Instructions", lien="https://arxiv.org/abs/2211.09800", statut="lu", responsable="Inès", note="édition d'images par instruction, données synthétiques"),
    Row(titre="Self-Supervised Variational Auto-Encoders", lien="https://openreview.net/forum?id=zOGdf9K8aC", statut="lu", responsable="Hugo", note="VAE hiérarchique auto-supervisé, lien OpenReview"),
    Row(titre="An Image is Worth One Word: Personalizing Text-to-Image Generation using Textual Inversion", lien=None, statut="en cours", responsable="Camille", note="ICLR 2023 ; un seul mot appris par concept"),
    Row(titre="Consistency Models", lien=None, statut="en cours", responsable="Léa", note="ICML 2023 ; génération en une étape"),
    Row(titre="Score-Based Generative Modeling through Stochastic Differential Equations", lien=None, statut="à lire", responsable="Inès", note="ICLR 2021 ; cadre EDS, à relier au cours de Léa"),
    Row(titre="Cours Hugging Face : Diffusion Models Course (pas un article)", lien="https://huggingface.co/learn/diffusion-course", statut="en cours", responsable="Léa", note="unités 1 à 3 pour les nouveaux stagiaires"),
    Row(titre="Documentation diffusers : guide d'entraînement text-to-image (pas un article)", lien="https://huggingface.co/docs/diffusers/training/text2image", statut="à lire", responsable="Hugo", note="pour le projet d'affiches"),
]

df = spark.createDataFrame(lectures)
df.write.mode("overwrite").saveAsTable("lectures_diffusion")
display(df)

# METADATA ********************

# META {
# META   "language": "python",
# META   "language_group": "synapse_pyspark"
# META }

# CELL ********************

# MAGIC %%sql
# MAGIC SELECT statut, COUNT(*) AS n
# MAGIC FROM lectures_diffusion
# MAGIC GROUP BY statut
# MAGIC ORDER BY n DESC

# METADATA ********************

# META {
# META   "language": "sparksql",
# META   "language_group": "synapse_pyspark"
# META }

# CELL ********************

# Articles sans lien : à chercher avant lundi
display(df.filter(df.lien.isNull()).select("titre", "responsable"))

# METADATA ********************

# META {
# META   "language": "python",
# META   "language_group": "synapse_pyspark"
# META }

# MARKDOWN ********************

# ## Bilan au 18 mars
#
# - 9 entrées dans la table, dont 4 lues, 3 en cours et 2 à lire.
# - Hors table mais à garder pour le projet de reconstruction : 3D Gaussian Splatting for Real-Time Radiance Field Rendering (arXiv 2308.04079), proposé par Inès.
# - Prochaine réunion : présentation de Léa sur les modèles de cohérence.
