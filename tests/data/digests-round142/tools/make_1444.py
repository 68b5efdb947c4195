#!/usr/bin/env python3
"""1444: a question in AbcLinuxu's Poradna (Q&A forum), copied from the browser: breadcrumb, `Dotaz:` title, the
asker's line (date `d.m.yyyy hh:mm`, read count), the question, the solution box (`Řešení dotazu:`), the replies as
`Re: <title>` blocks with author line (`skóre`, optional blog and town), text and the action line, the reply count in
Czech plural form, page footer. Not papers: ComfyUI, AUTOMATIC1111's web UI, diffusers, the HF diffusion course,
Lilian Weng's blog post, Prince's book, Debian packages, the NVIDIA driver, ROCm; DDPM, LDM, SDXL, SD3, DALL·E 2,
LSGM, Flux are names."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1444, keys

Q = "Jaké články číst k difúzním modelům (Stable Diffusion na Linuxu)?"
ACT = "Odpovědět | Sbalit | Link | Blokovat | Admin"
REPLIES = [
 ("4.6.2024 22:03", "Jan Novák", "skóre: 45 | blog: honzovo_smeti | Praha", [
  "Chronologicky, ať vidíš, jak se to vyvíjelo:",
  "",
  f"1) „{T('1503.03585')}“ (Sohl-Dickstein a spol., 2015) – tady to celé začalo, matematicky nejtěžší, klidně jen úvod a kap. 2.",
  f"2) „{T('1907.05600')}“ (Song, Ermon 2019) – score matching, https://arxiv.org/pdf/1907.05600.pdf",
  "3) DDPM (Ho a spol. 2020) – to je ten článek, podle kterého se to dnes všude vysvětluje.",
  f"4) „{T('2010.02502')}“ – deterministické a rychlejší vzorkování, https://openreview.net/forum?id=St1giarCHLP",
  "   (sampler „ddim“ v ComfyUI je přesně tohle).",
  "",
  "K tomu blog Lilian Weng „What are Diffusion Models?“ – lepší úvod česky ani anglicky nenajdeš."]),
 ("4.6.2024 22:41", "Martin K.", "skóre: 8", [
  f"Pro kontext bych přidal i GANy, ať víš, co difúze porazila: „{T('1406.2661')}“ (Goodfellow 2014)",
  f"a pak „{T('2105.05233')}“ (arXiv:2105.05233) od OpenAI, kde ukázali classifier guidance."]),
 ("5.6.2024 07:55", "Jan Novák", "skóre: 45 | blog: honzovo_smeti | Praha", [
  "Ještě doplním, protože se ptáš na Stable Diffusion: to je latentní difúze (LDM, Rombach a spol.), tj. difúze",
  f"v prostoru autoenkodéru. Podobný nápad má NVIDIA: „{T('2106.05931')}“ (LSGM, NeurIPS 2021).",
  f"Nejnovější SD3 je popsané v „{T('2403.03206')}“ https://arxiv.org/abs/2403.03206 – rectified flow + MM-DiT.",
  "Kód k tomu všemu najdeš v knihovně diffusers od Hugging Face, včetně jejich kurzu (Diffusion Models Class)."]),
 ("5.6.2024 09:12", "kralik", "skóre: 27 | Olomouc", [
  "Mimo téma článků: na Debianu 12 si dej ovladač z non-free (apt install nvidia-driver firmware-misc-nonfree),",
  "CUDA toolkit z balíků nepotřebuješ, PyTorch si přinese vlastní. S 12 GB VRAM SDXL v ComfyUI jede, s --lowvram i Flux.",
  "Na AMD je to přes ROCm, ale to je jiná kapitola."]),
 ("5.6.2024 12:30", "Lucie D.", "skóre: 3", [
  f"Kdyby tě zajímalo text → obraz, tak DALL·E 2: „{T('2204.06125')}“. Hezky je tam vidět role CLIPu.",
  "Jinak doporučuju knihu Simon J. D. Prince: Understanding Deep Learning (2023), kapitola 18 je celá o difúzi a je zdarma online."]),
 ("5.6.2024 20:47", "Petr Svoboda", "skóre: 3 | Brno", [
  "Díky moc všem, přesně tohle jsem potřeboval. Označuju Honzovu odpověď jako řešení, začnu tím Songem a DDIM."]),
]
def plural(n): return f"{n} odpověď" if n == 1 else f"{n} odpovědi" if 2 <= n <= 4 else f"{n} odpovědí"
L = ["AbcLinuxu.cz > Poradna > Multimédia", "",
     f"Dotaz: {Q}", "",
     "4.6.2024 21:14 | Přečteno: 418×",
     "Petr Svoboda | skóre: 3 | Brno", "",
     "Doma mám Debian 12 s RTX 3060 12 GB, rozchodil jsem ComfyUI (předtím AUTOMATIC1111) a generování funguje.",
     "Rád bych ale pochopil, jak to uvnitř funguje. Které články mám číst a v jakém pořadí? Matematiky se nebojím",
     "(mám za sebou MFF), jen nevím, kde začít – na arXivu je toho strašně moc.", "",
     ACT, "",
     "Řešení dotazu:", "Řešení 1× (Jan Novák (4.6. 22:03))", "",
     f"Diskuse: {plural(len(REPLIES))}", ""]
for when, who, meta, text in REPLIES:
    L += [f"▶ Re: {Q}", f"{when} {who} | {meta}", ""] + text + ["", ACT, ""]
L += ["Založit nové vlákno • Nahoru", "", "(c) 1999-2024 Stickfish s.r.o."]
write_only(F1444, "\n".join(L) + "\n", keys(F1444))
