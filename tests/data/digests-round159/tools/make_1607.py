#!/usr/bin/env python3
"""1607: a French lab's monthly reading post fetched with trafilatura on the command line: `trafilatura --version`,
the post with --with-metadata and --links (the YAML-like metadata header, the main text with links kept as
[text](url), list items as "- ", then the readers' comments, which trafilatura keeps by default), a word count of the
text without comments (`--no-comments | wc -w`) and a count of arxiv.org links (`grep -o | sort -u | wc -l`).
Every count is computed from the modelled page."""
import hashlib, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1607)
PS = "camille@lorient:~/veille$ "
URL = "https://carnet.lab-ia.example.fr/2024/03/28/lectures-de-mars"
a = lambda t, u: f"[{t}]({u})"
MAIN = [
    "Comme chaque mois, voici ce que le club de lecture du labo a lu, discuté (parfois âprement) et ce qu'on garde "
    "pour avril. Le fil rouge de mars : comment les capacités des grands modèles de langue évoluent avec l'échelle, "
    "et ce qu'elles coûtent en calcul, en fiabilité et en sûreté.",
    "Raisonnement et échelle",
    "On a ouvert avec " + a(T("2201.11903"), "https://openreview.net/forum?id=" + OR("2201.11903")) +
    " (NeurIPS 2022). Julien a refait deux exemples de GSM8K à la main au tableau : l'effet n'apparaît vraiment "
    "qu'au-delà d'une certaine taille de modèle, ce qui nous a amenés directement au texte suivant.",
    "Emergent Abilities of Large Language Models (Wei et al., TMLR 2022) pose la question de façon plus générale. "
    "Débat animé sur le choix des métriques : une partie des « émergences » disparaît si l'on regarde une métrique continue.",
    "Pour le calcul, on a relu " + a(T("2203.15556"), "https://arxiv.org/abs/2203.15556") +
    " (l'article « Chinchilla »). Résumé de Camille : à budget fixé, il faut grossir les données autant que le "
    "modèle ; nos petits entraînements internes étaient tous sous-entraînés.",
    "Données, fiabilité, sûreté",
    "- Textbooks Are All You Need (arXiv:2306.11644) : des données « de qualité manuel scolaire » pour un petit modèle de "
    "code. Intéressant, mais on aimerait voir les données.",
    "- Language Models (Mostly) Know What They Know : calibration et auto-évaluation, rapport d'Anthropic. À relire "
    "avec la séance de février sur l'incertitude.",
    "- " + a(T("2307.15043"), "https://arxiv.org/pdf/2307.15043.pdf") + " : des suffixes adverses qui se transfèrent "
    "d'un modèle à l'autre. Démo en direct annulée (le GPU était pris).",
    "Inférence",
    "Hugo a présenté " + a(T("2211.17192"), "https://arxiv.org/abs/2211.17192v2") + ", avec une comparaison rapide "
    "sur notre serveur via " + a("la documentation de vLLM", "https://docs.vllm.ai/en/latest/") + ". Gain réel "
    "d'environ ×2 sur des réponses longues, presque rien sur des réponses courtes.",
    "Pour avril",
    "On commencera par A Survey of Large Language Models (Zhao et al.), version mise à jour, chapitres 5 et 6 — "
    "chacun prend un chapitre. Pour se mettre en jambes, le billet de Lilian Weng sur le prompt engineering et la "
    "vidéo de la conférence invitée du 14 mars (" + a("lien interne", "https://video.lab-ia.example.fr/v/2024-03-14") + ").",
    "Le club a lieu un jeudi sur deux à 12 h 30, salle B-112. Apportez votre déjeuner.",
]
COMMENTS = [
    "Sophie L. — 29 mars 2024 à 9 h 14",
    "Merci pour le résumé ! Pour l'article sur les émergences, il y a aussi une réponse qui défend la thèse inverse "
    "(« mirage »), on pourrait la mettre en avril ?",
    "Julien Marchand — 29 mars 2024 à 10 h 02",
    "@Sophie oui, bonne idée, je l'ajoute à la liste.",
]
META = [("title", "Nos lectures de mars : raisonnement, lois d'échelle et sûreté des LLM"),
        ("author", "Camille Rousseau; Julien Marchand"), ("url", URL), ("hostname", "lab-ia.example.fr"),
        ("description", "Ce que le club de lecture du labo a lu en mars, et ce qu'on garde pour avril."),
        ("sitename", "Le carnet du labo IA"), ("date", "2024-03-28"), ("categories", "Club de lecture"),
        ("tags", "LLM;lectures;raisonnement")]


def build():
    fp = hashlib.sha1("\n".join(MAIN).encode()).hexdigest()[:16]
    L = [PS + "trafilatura --version", "Trafilatura 1.8.1 - Python 3.11.6",
         PS + f"trafilatura --with-metadata --links -u '{URL}'", "---"]
    L += [f"{k}: {v}" for k, v in META] + [f"fingerprint: {fp}", "---"] + MAIN + COMMENTS
    plain = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", "\n".join(MAIN))  # without --links the anchors stay as text
    L += [PS + f"trafilatura --no-comments -u '{URL}' | wc -w", str(len(plain.split()))]
    links = sorted({u for u in re.findall(r"https://arxiv\.org/[^)\s]+", "\n".join(MAIN))})
    L += [PS + f"trafilatura --links -u '{URL}' | grep -o 'https://arxiv.org/[^)]*' | sort -u"] + links
    L += [PS + f"trafilatura --links -u '{URL}' | grep -o 'https://arxiv.org/[^)]*' | sort -u | wc -l", str(len(links)), PS]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
