#!/usr/bin/env python3
"""1543: a conversation of a Whaller sphere (Whaller: a French collaboration platform with spheres and conversations)
exported as text by a member of an invented French NLP team: a head (sphere, conversation, export time and user, the
participants, the message count — computed), a rule, then the messages as `[dd/mm/yyyy HH:MM] Name`, the text lines,
optional `↪ En réponse à Name` (an earlier author), `📎 Pièce jointe : file (size)`, `Réactions : 👍 N …` and
`(modifié)` lines, a blank line after each. French typed with plain spaces before : ! ? and inside « », Whaller's own head
strings with narrow no-break spaces as French typography sets them. Not papers: the PEFT library, the vLLM repository, Jean Zay's
documentation, CamemBERT and Mistral 7B (models by name / model card), a PDF of slides. Nicknames: LoRA, AdaLoRA,
BitFit, T-Few, (IA)³, P-tuning, GShard, DeBERTa, vLLM / PagedAttention — labelled only where the full titles are
written (LoRA and (IA)³ are not labelled)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1543, keys

N = "\u202f"  # narrow no-break space before ; : ! ? and inside « »
def fr(s):
    for p in ";:!?":
        s = s.replace(" " + p, N + p)
    return s.replace("« ", "«" + N).replace(" »", N + "»")

SPHERE, CONV = "Équipe TAL – Laboratoire d'informatique de Valmont", "#lecture-peft"
MSGS = [
    ("13/05/2024 09:12", "Camille Perrin", None,
     ["Bonjour à tous ! On lance le cycle de lecture « adaptation efficace » pour préparer les expériences sur Jean Zay.",
      "Proposition de départ :",
      f"- {T('2110.04366')} https://openreview.net/forum?id=0RDcd5Axok",
      f"- {T('2303.10512')} https://arxiv.org/abs/2303.10512",
      "Chacun prend un article, présentation de 20 minutes le jeudi."], None, "👍 3", False),
    ("13/05/2024 09:31", "Hugo Lefèvre", "Camille Perrin",
     ["Je prends la vue unifiée (He et al.). Ça couvre adapters, prefix tuning et LoRA dans un même cadre, parfait pour commencer."],
     None, "👍 1", False),
    ("13/05/2024 10:05", "Inès Benali", None,
     [f"J'ajoute {T('2106.10199')} (arXiv:2106.10199) : ne fine-tuner que les biais, ça devrait être notre baseline la moins chère.",
      "Sur CamemBERT-base, j'avais déjà des chiffres l'an dernier."], None, None, False),
    ("13/05/2024 10:22", "Julien Marchand", None,
     [f"Pour le côté few-shot : {T('2205.05638')} (NeurIPS 2022). C'est l'article de T-Few avec (IA)³."],
     None, "❤️ 1", False),
    ("13/05/2024 10:24", "Julien Marchand", None,
     ["Pas de lien arXiv sous la main, je le mettrai dans le dossier partagé."], None, None, True),
    ("13/05/2024 11:47", "Léa Rousseau", "Inès Benali",
     [f"Et {T('2103.10385')} pour P-tuning ? Les prompts continus restent une piste pour les modèles encodeurs.",
      "Je peux le présenter le 23."], None, None, False),
    ("13/05/2024 14:03", "Camille Perrin", None,
     ["Noté. AdaLoRA part de DeBERTaV3 dans ses expériences, donc il faudrait que quelqu'un relise aussi",
      f"{T('2006.03654')} (ICLR 2021) pour le contexte."], None, "👍 2", False),
    ("14/05/2024 09:15", "Inès Benali", "Camille Perrin",
     ["Je m'en occupe, je connais bien le désentrelacement contenu/position."], None, None, False),
    ("14/05/2024 16:40", "Hugo Lefèvre", None,
     ["Question pratique : pour servir les adaptateurs ensuite, on part sur vLLM ?",
      f"L'article de référence : {T('2309.06180')} https://arxiv.org/pdf/2309.06180.pdf",
      "Le dépôt : https://github.com/vllm-project/vllm — le support multi-LoRA est arrivé récemment."],
     None, "👍 2", False),
    ("14/05/2024 17:02", "Léa Rousseau", "Hugo Lefèvre",
     ["Oui, PagedAttention fait une vraie différence sur la mémoire. Attention à la version de CUDA sur Jean Zay, voir la doc IDRIS :",
      "https://www.idris.fr/jean-zay/gpu/jean-zay-gpu-python-env.html"], None, None, False),
    ("15/05/2024 10:10", "Julien Marchand", None,
     ["Pour la partie passage à l'échelle, un classique : " + T("2006.16668") + " (ICLR 2021).",
      "Plus pour la culture que pour nos expériences, mais le sharding automatique est instructif."], None, None, False),
    ("15/05/2024 10:35", "Camille Perrin", None,
     ["Programme mis à jour dans les slides :"], "programme-lecture-peft.pdf (412 Ko)", "👍 4", False),
    ("15/05/2024 18:20", "Camille Perrin", None,
     ["Rappel : première séance demain jeudi 14 h salle B204 avec Hugo. Mistral 7B Instruct v0.2 est déjà téléchargé dans $WORK pour les démos.",
      "Le dépôt PEFT : https://github.com/huggingface/peft"], None, None, False),
]
participants = sorted({m[1] for m in MSGS})
out = [
    "Whaller – Export de la conversation",
    f"Sphère : {SPHERE}",
    f"Conversation : {CONV}",
    "Exporté le 17/05/2024 à 08:55 par Camille Perrin",
    f"Participants ({len(participants)}) : " + ", ".join(participants),
    f"Messages : {len(MSGS)}",
    "-" * 60,
    "",
]
for when, who, reply, text, att, react, edited in MSGS:
    out.append(f"[{when}] {who}")
    if reply:
        out.append(f"↪ En réponse à {reply}")
    out += text
    if att:
        out.append(f"📎 Pièce jointe : {att}")
    if edited:
        out.append("(modifié)")
    if react:
        out.append(f"Réactions : {react}")
    out.append("")
write_only(F1543, "\n".join(fr(l) if l.startswith(("Sphère", "Conversation", "Participants", "Messages", "📎", "Réactions")) else l for l in out), keys(F1543))
