#!/usr/bin/env python3
"""1774: a French team's Microsoft Fabric notebook as Fabric's Git integration stores it (`notebook-content.py`):
`# Fabric notebook source`, a notebook METADATA block (`# META` lines holding JSON: kernel_info, the default
lakehouse), then cells, each after a `# MARKDOWN ********************` or `# CELL ********************` marker;
markdown lines prefixed `# `, code cells followed by their own METADATA block (language python or sparksql), Spark SQL
cells written as `# MAGIC %%sql` lines. The reading list is a list of pyspark Rows saved as a table that the SQL cell
counts; the closing markdown cell's tally (entries, read, in progress, to read) is computed here from the Rows."""
import hashlib, json, os, sys, uuid
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1774)
BAR = " ********************"
K = ["titre", "lien", "statut", "responsable", "note"]
ROWS = [
 (T("2307.01952"), "https://arxiv.org/abs/2307.01952", "lu", "Camille", "deux encodeurs de texte, raffineur séparé"),
 (T("2302.05543"), "https://arxiv.org/pdf/2302.05543v2", "lu", "Hugo", "conditionnement par contours et poses, couches zéro"),
 (T("2211.09800"), "https://arxiv.org/abs/2211.09800", "lu", "Inès", "édition d'images par instruction, données synthétiques"),
 (T("2010.02014"), "https://openreview.net/forum?id=zOGdf9K8aC", "lu", "Hugo", "VAE hiérarchique auto-supervisé, lien OpenReview"),
 (T("2208.01618"), None, "en cours", "Camille", "ICLR 2023 ; un seul mot appris par concept"),
 (T("2303.01469"), None, "en cours", "Léa", "ICML 2023 ; génération en une étape"),
 (T("2011.13456"), None, "à lire", "Inès", "ICLR 2021 ; cadre EDS, à relier au cours de Léa"),
 ("Cours Hugging Face : Diffusion Models Course (pas un article)", "https://huggingface.co/learn/diffusion-course", "en cours", "Léa", "unités 1 à 3 pour les nouveaux stagiaires"),
 ("Documentation diffusers : guide d'entraînement text-to-image (pas un article)", "https://huggingface.co/docs/diffusers/training/text2image", "à lire", "Hugo", "pour le projet d'affiches"),
]
WS = str(uuid.UUID(hashlib.md5(b"ws:equipe-vision").hexdigest(), version=4))
LH = str(uuid.UUID(hashlib.md5(b"lh:lh_veille").hexdigest(), version=4))


def meta(obj):
    return ["# METADATA" + BAR, ""] + ["# META " + l if l.strip() else "# META" for l in json.dumps(obj, indent=2).split("\n")]


def md(lines):
    return ["# MARKDOWN" + BAR, ""] + [("# " + l) if l else "#" for l in lines]


def py(v):
    return "None" if v is None else json.dumps(v, ensure_ascii=False)


def build():
    L = ["# Fabric notebook source", ""]
    L += meta({"kernel_info": {"name": "synapse_pyspark"}, "dependencies": {"lakehouse": {"default_lakehouse": LH,
              "default_lakehouse_name": "lh_veille", "default_lakehouse_workspace_id": WS, "known_lakehouses": [{"id": LH}]}}}) + [""]
    L += md(["# Veille « diffusion » — liste de lecture de l'équipe", "",
             "Mise à jour le lundi avant la réunion. Une ligne par article : titre complet, lien s'il existe,",
             "statut (`lu`, `en cours`, `à lire`) et la personne qui le présente. Les cours et la documentation",
             "restent dans la table pour les stagiaires, mais ce ne sont pas des articles."]) + [""]
    L += ["# CELL" + BAR, "", "from pyspark.sql import Row", "", "lectures = ["]
    for r in ROWS:
        L.append("    Row(" + ", ".join(f"{k}={py(v)}" for k, v in zip(K, r)) + "),")
    L += ["]", "", "df = spark.createDataFrame(lectures)", 'df.write.mode("overwrite").saveAsTable("lectures_diffusion")', "display(df)", ""]
    L += meta({"language": "python", "language_group": "synapse_pyspark"}) + [""]
    L += ["# CELL" + BAR, "", "# MAGIC %%sql", "# MAGIC SELECT statut, COUNT(*) AS n", "# MAGIC FROM lectures_diffusion",
          "# MAGIC GROUP BY statut", "# MAGIC ORDER BY n DESC", ""]
    L += meta({"language": "sparksql", "language_group": "synapse_pyspark"}) + [""]
    L += ["# CELL" + BAR, "", "# Articles sans lien : à chercher avant lundi", "display(df.filter(df.lien.isNull()).select(\"titre\", \"responsable\"))", ""]
    L += meta({"language": "python", "language_group": "synapse_pyspark"}) + [""]
    n = len(ROWS)
    c = {s: sum(1 for r in ROWS if r[2] == s) for s in ("lu", "en cours", "à lire")}
    L += md(["## Bilan au 18 mars", "",
             f"- {n} entrées dans la table, dont {c['lu']} lues, {c['en cours']} en cours et {c['à lire']} à lire.",
             f"- Hors table mais à garder pour le projet de reconstruction : {T('2308.04079')} (arXiv 2308.04079), proposé par Inès.",
             "- Prochaine réunion : présentation de Léa sur les modèles de cohérence."]) + [""]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
