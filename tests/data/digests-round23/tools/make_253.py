#!/usr/bin/env python3
"""253: a Quora question page (Danish Quora, da.quora.com) selected in the browser and pasted as plain text: the top
bar, the question, 'Alle relaterede (N)', answers each with 'Profilbillede for NAME', name, ' · ', 'Følg',
credential, date, text, views, 'Se opstemmere', 'Opstem · N', share counts, a sponsored block between answers, and
'Relaterede spørgsmål' at the end."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import title as T, check_no_distractor

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "digests",
                   "253_quora_danish_answer_page_copied_text_image_generation_papers.txt")


def answer(name, cred, date, body, views, up, shares, comments):
    return [f"Profilbillede for {name}", name, " · ", "Følg", cred, " · ", date, body, f"{views} visninger", "Se opstemmere",
            f"Opstem · {up}", "", f"{comments}", "", f"{shares}", ""]


L = ["Quora", "Hjem", "Følger", "Svar", "Spaces", "Notifikationer", "Søg på Quora", "Prøv Quora+", "Tilføj spørgsmål", "",
     "Hvilke forskningsartikler skal man læse for at forstå moderne billedgenerering?", "Alle relaterede (3)", "Sortér", "Anbefalet", ""]
b1 = f"""Jeg skriver ph.d. om generative modeller, så her er den liste, jeg giver nye studerende. Den antager, at du allerede kender DDPM og latent diffusion (ellers start med Lilian Wengs blogindlæg "What are Diffusion Models?").

Personalisering og kontrol

{T("2208.01618")} – ét nyt "ord" i tekst-embedding-rummet repræsenterer dit objekt. https://arxiv.org/abs/2208.01618
{T("2208.12242")} – finjusterer hele modellen i stedet. Dyrere, men bedre identitet.
{T("2302.05543")} (ControlNet, arXiv:2302.05543) – kanter, dybde, positurer som betingelse. Nok den mest brugte i praksis.
{T("2211.09800")} – redigering med instruktioner som "gør det til vinter".

Større modeller

{T("2307.01952")} – https://arxiv.org/pdf/2307.01952
{T("2403.03206")} (Stable Diffusion 3, rectified flow + MM-DiT)

Teori, hvis du har lyst

{T("2106.05931")} (LSGM, NeurIPS 2021) er en god bro mellem VAE'er og score-modeller.

Lyd og 3D (bonus)

DiffWave – {T("2009.09761")}: https://huggingface.co/papers/2009.09761
{T("2303.11328")} – nye synsvinkler fra ét billede.
{T("2308.04079")} (arXiv 2308.04079) er ikke diffusion, men alle i 3D-verdenen taler om det.

Kode: diffusers-biblioteket fra Hugging Face og kursusmaterialet fra DTU's 02456 Deep Learning er fine steder at starte."""
L += answer("Mette Kjær Andersen", "Ph.d.-studerende i generative modeller ved DTU Compute", "8. feb.", b1, "2,4K", 61, 3, 2)
L += ["Sponsoreret af Lenovo", "Byg din næste AI-arbejdsstation med NVIDIA RTX.", "Op til 4 GPU'er i ét tårn. Se modellerne nu.",
      "Læs mere", "lenovo.com", ""]
b2 = f"""Supplement til Mettes svar: hvis du interesserer dig for video og bevægelse, så se "{T("2103.14338")}" (ICCV 2021). Det er ikke diffusion, men problemstillingen er den samme som i nyere video-modeller.

Og læs bogen "Understanding Deep Learning" af Simon Prince, kapitel 18 handler om diffusionsmodeller og er gratis online."""
L += answer("Rasmus Holm", "Lektor i datalogi, Aarhus Universitet", "10. feb.", b2, "812", 12, 0, 1)
b3 = """Ærligt talt: start med fast.ai's kursus "Practical Deep Learning for Coders" del 2, hvor man bygger Stable Diffusion fra bunden. Artikler giver mere mening bagefter."""
L += answer("Sofie Lund", "Softwareudvikler hos et startup i København", "11. feb.", b3, "455", 4, 0, 0)
L += ["Relaterede spørgsmål", "Hvad er forskellen på GAN og diffusionsmodeller?", "Hvordan kommer man i gang med maskinlæring i Danmark?",
      "Er Stable Diffusion open source?", "Hvilken GPU skal jeg købe til deep learning?", "",
      "Om · Karriere · Privatliv · Vilkår · Kontakt · Sprog · Din annoncevalg · Presse · © Quora, Inc. 2024"]
text = "\n".join(L) + "\n"
check_no_distractor(text, "253")
open(OUT, "w", encoding="utf-8", newline="\n").write(text)
