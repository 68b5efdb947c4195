#!/usr/bin/env python3
"""510: a OneTab export (the browser extension's "Export URLs" text: one "URL | page title" line per tab, a blank
line between tab groups) saved by a French PhD student who parked the tabs of a week on diffusion and image
generation. Papers: arXiv abs tabs (link), an OpenReview forum tab (link), a Semantic Scholar /arxiv/ID tab
(arxiv-text), PMLR / Semantic Scholar search / Google Scholar / DuckDuckGo tabs whose titles carry the paper title
(title-only). Not papers: blog posts, the diffusers docs, GitHub repositories, YouTube talks, a course page, mail,
Overleaf, a seminar registration, train tickets."""
import os, sys
from urllib.parse import quote, quote_plus
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F510, keys

groups = [
 [  # lundi : lecture du matin
  ("https://arxiv.org/abs/2207.12598", f"[2207.12598] {T('2207.12598')}"),
  ("https://proceedings.mlr.press/v37/sohl-dickstein15.html", f"{T('1503.03585')}"),
  ("https://lilianweng.github.io/posts/2021-07-11-diffusion-models/", "What are Diffusion Models? | Lil'Log"),
  ("https://openreview.net/forum?id=" + OR("2010.02502"), f"{T('2010.02502')} | OpenReview"),
  ("https://www.youtube.com/watch?v=fbLgFrlTnGU", "Diffusion models from scratch — cours en ligne (vidéo) - YouTube"),
  ("https://mail.example.fr/#inbox/FMfcgzGwHLpQ", "Boîte de réception (3) - camille.thevenot@example.fr - Messagerie Valmarina"),
 ],
 [  # mardi : guidage, comparaisons GAN
  ("https://www.semanticscholar.org/search?q=" + quote(T("2105.05233")) + "&sort=relevance",
   f"{T('2105.05233')} | Semantic Scholar"),
  ("https://github.com/openai/guided-diffusion", "GitHub - openai/guided-diffusion"),
  ("https://huggingface.co/docs/diffusers/using-diffusers/write_own_pipeline", "Understanding pipelines, models and schedulers — Diffusers"),
  ("https://huggingface.co/docs/diffusers/api/schedulers/ddim", "DDIMScheduler — Diffusers"),
  ("https://scholar.google.com/scholar?hl=fr&as_sdt=0%2C5&q=" + quote_plus(T("2112.10752").lower()) + "&btnG=",
   f"{T('2112.10752').lower()} - Google Scholar"),
  ("https://github.com/CompVis/latent-diffusion", "GitHub - CompVis/latent-diffusion: High-Resolution Image Synthesis with Latent Diffusion Models"),
  ("https://www.overleaf.com/project/65f0c2a1e4b0d3a9c8f1e2d7", "chapitre3_diffusion - Overleaf, éditeur LaTeX en ligne"),
 ],
 [  # mercredi : personnalisation et édition
  ("https://arxiv.org/abs/2208.12242v2", f"[2208.12242] {T('2208.12242')}"),
  ("https://dreambooth.github.io/", "DreamBooth"),
  ("https://www.semanticscholar.org/arxiv/2211.09800", f"{T('2211.09800')} | Semantic Scholar"),
  ("https://github.com/timothybrooks/instruct-pix2pix", "GitHub - timothybrooks/instruct-pix2pix"),
  ("https://blog.example.fr/2024/03/modeles-de-diffusion-edition-images", "Éditer une image avec un modèle de diffusion : tour d'horizon – Le carnet de Yannick"),
  ("https://huggingface.co/docs/diffusers/training/dreambooth", "DreamBooth — entraînement — Diffusers"),
 ],
 [  # jeudi : flots rectifiés, SD3
  ("https://duckduckgo.com/?q=" + quote_plus(T("2403.03206") + " pdf") + "&ia=web",
   f"{T('2403.03206')} pdf at DuckDuckGo"),
  ("https://stability.ai/news/stable-diffusion-3-research-paper", "Stable Diffusion 3: Research Paper — Stability AI"),
  ("https://rectifiedflow.github.io/", "Rectified Flow — blog et notes de cours"),
  ("https://www.youtube.com/watch?v=5ZSwYogAxYg", "Flow Matching : explications (séminaire en ligne) - YouTube"),
 ],
 [  # jeudi soir : démos et discussions
  ("https://huggingface.co/spaces/timbrooks/instruct-pix2pix", "InstructPix2Pix - a Hugging Face Space by timbrooks"),
  ("https://colab.research.google.com/drive/1fR3example0diffusionTP", "TP_diffusion_M2.ipynb - Colab"),
  ("https://www.reddit.com/r/MachineLearning/comments/example01/d_ddim_vs_ddpm_sampling_in_practice/", "[D] DDIM vs DDPM sampling in practice : r/MachineLearning"),
  ("https://fr.wikipedia.org/wiki/Mod%C3%A8le_de_diffusion", "Modèle de diffusion — Wikipédia"),
  ("https://www.lemonde.fr/pixels/article/2024/03/05/images-generees-par-ia-ce-qui-change_example.html", "Images générées par IA : ce qui change pour les artistes - Le Monde"),
  ("https://github.com/huggingface/diffusers/issues/7200", "Scheduler timesteps off by one with DDIM? · Issue · huggingface/diffusers · GitHub"),
  ("https://sander.ai/2022/05/26/guidance.html", "Guidance: a cheat code for diffusion models – Sander Dieleman"),
 ],
 [  # vendredi : administratif
  ("https://intranet.example.fr/ed/formations/seminaire-ia-generative", "Séminaire doctoral « IA générative » — inscription (date limite 12 avril)"),
  ("https://www.sncf-connect.com/app/trips/search", "SNCF Connect : Billets de train Paris – Grenoble"),
  ("https://cvpr.thecvf.com/Conferences/2024/AuthorGuidelines", "CVPR 2024 Author Guidelines"),
  ("https://www.fun-mooc.fr/fr/cours/apprentissage-profond/", "Apprentissage profond — cours FUN MOOC"),
  ("https://calendar.example.fr/agenda/semaine", "Agenda — semaine 14 — Camille Thévenot"),
  ("https://adum.example.fr/espace-doctorant/formations", "ADUM — Mes formations doctorales"),
  ("https://www.overleaf.com/learn/latex/Bibliography_management_with_biblatex", "Bibliography management with biblatex - Overleaf, Online LaTeX Editor"),
 ],
 [  # onglets restés ouverts depuis la semaine dernière
  ("https://docs.python.org/fr/3/library/pathlib.html", "pathlib — Chemins de système de fichiers orientés objet — Documentation Python 3.12"),
  ("https://pytorch.org/docs/stable/amp.html", "Automatic Mixed Precision package - torch.amp — PyTorch 2.2 documentation"),
  ("https://wandb.ai/camille-t/diffusion-m2/runs/3x7example", "ddim-cifar-ema | diffusion-m2 – Weights & Biases"),
  ("https://discord.com/channels/000000000000000000/111111111111111111", "#lecture-diffusion | Labo Valmarina - Discord"),
 ],
]
text = "\n\n".join("\n".join(f"{u} | {t}" for u, t in g) for g in groups) + "\n"
write_only(F510, text, keys(F510))
