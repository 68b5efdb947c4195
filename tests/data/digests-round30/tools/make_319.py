#!/usr/bin/env python3
"""319: a machine-learning platform team's technology radar (invented: a Curaçao bank's data team, "Radar di
Teknologia ML, aprel 2024"), kept as the CSV that Thoughtworks' Build Your Own Radar reads: the header
`name,ring,quadrant,isNew,description`, one blip a row, ring one of Adopt / Trial / Assess / Hold, quadrant one of the
four, isNew TRUE / FALSE, the description in HTML (BYOR renders it), written by Python's csv module (minimal quoting,
CRLF). Rows are kept sorted by quadrant and ring, in the radar's order. Descriptions in Papiamento. Papers: an `<a
href>` to an arXiv abs / pdf, huggingface.co/papers or OpenReview forum URL with the title as link text (link),
"arXiv:ID" or a bare id after the title (arxiv-text), titles in « » or in <em> (title-only); blips are methods,
libraries and services named by their nicknames (LoRA, vLLM, Ollama), which are not papers."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only

KEYS = ["1902.00751", "2101.00190", "2104.08691", "2103.10385", "2106.10199", "2110.04366", "2205.05638", "2303.10512",
        "2402.09353", "2208.07339", "2210.17323", "2211.17192", "2309.06180"]
Q = ["Techniques", "Tools", "Platforms", "Languages & Frameworks"]
R = ["Adopt", "Trial", "Assess", "Hold"]

rows = [
 ("LoRA pa fine-tuning di modelo di idioma", "Adopt", "Techniques", "FALSE",
  "<p>Nos ta sigui usa LoRA komo e manera standard pa adaptá modelo grandi na nos dokumentonan di banko. "
  "E idea di adapter chikí den kada kapa ta bini di "
  f'<a href="https://arxiv.org/abs/1902.00751">{T("1902.00751")}</a>; pa kompará e famianan di método, '
  f'lesa <a href="https://openreview.net/forum?id={OR("2110.04366")}">{T("2110.04366")}</a>.</p>'),
 ("Kuantisashon di 8 bit pa inferensia", "Adopt", "Techniques", "FALSE",
  "<p>Tur modelo te ku 13B ta kore awor den int8 riba un solo GPU. Referensia: "
  f'<a href="https://arxiv.org/pdf/2208.07339">{T("2208.07339")}</a>. E kalidat di e kontestanan no a baha.</p>'),
 ("Kuantisashon di 4 bit despues di training", "Trial", "Techniques", "TRUE",
  f"<p>Nos ta purba GPTQ ({T('2210.17323')}, 2210.17323) riba e modelo di chat interno. E kosto di memoria ta baha "
  "na mitar; ainda nos no sa kiko e ta hasi ku e kontestanan na Papiamentu.</p>"),
 ("DoRA", "Trial", "Techniques", "TRUE",
  f"<p>{T('2402.09353')} (arXiv:2402.09353) ta parse LoRA, pero ta separá e magnitut i e direkshon di e pesonan. "
  "Den nos prueba riba klasifikashon di keho, e ta 1,5 punto mas mihó ku e mesun rango.</p>"),
 ("AdaLoRA", "Assess", "Techniques", "TRUE",
  f"<p>«{T('2303.10512')}» ta distribuí e rango entre e kapanan segun importansia. Interesante pa modelo ku hopi kapa; "
  "nos no a midi ainda.</p>"),
 ("(IA)³ i T-Few", "Assess", "Techniques", "FALSE",
  f"<p>E artíkulo <em>{T('2205.05638')}</em> ta mustra ku ku 10 te 50 ehèmpel, fine-tuning chikí por bati "
  "in-context learning. Nos ta wak si esaki ta bale pa formulario nobo ku tin poko ehèmpel.</p>"),
 ("Speculative decoding", "Assess", "Techniques", "TRUE",
  f"<p>Un modelo chikí ta propone token i e modelo grandi ta verifiká nan; mira «{T('2211.17192')}». E ta duna mas "
  "velosidat sin kambia e resultado. Nos ta spera soporte den e server di inferensia.</p>"),
 ("Prompt tuning i prefix tuning", "Hold", "Techniques", "FALSE",
  f"<p>Nos a purba tur dos den 2023: {T('2101.00190')}; {T('2104.08691')}; i P-tuning, for di «{T('2103.10385')}». "
  "Ku nos modelonan (bou di 10B) e resultadonan tabata mas malu ku LoRA. No usa pa proyekto nobo.</p>"),
 ("BitFit", "Hold", "Techniques", "FALSE",
  f"<p>Solamente e bias ta kambia: {T('2106.10199')}. Bon pa eksperimento, pero pa nos tareanan e no ta yega.</p>"),
 ("Hugging Face PEFT", "Adopt", "Tools", "FALSE",
  "<p>E biblioteka ku nos ta usa pa LoRA, DoRA i kuantisashon. Wak e dokumentashon riba huggingface.co/docs/peft.</p>"),
 ("Ollama", "Assess", "Tools", "TRUE",
  "<p>Pa desaroyadónan ku ke kore un modelo lokal riba nan laptop. No pa produkshon.</p>"),
 ("vLLM", "Trial", "Platforms", "TRUE",
  "<p>Server di inferensia ku PagedAttention: "
  f'<a href="https://huggingface.co/papers/2309.06180">{T("2309.06180")}</a>. Den nos prueba e ta sirbi 3 biaha mas '
  "hende pa segundo ku nos server di awor.</p>"),
 ("Azure OpenAI pa dato di kliente", "Hold", "Platforms", "FALSE",
  "<p>Dato di kliente no por sali for di Kòrsou segun e reglanan di Banko Sentral; usa solamente modelo lokal.</p>"),
 ("PyTorch 2", "Adopt", "Languages & Frameworks", "FALSE",
  "<p>torch.compile ta duna 20% mas velosidat den training sin kambia kódigo.</p>"),
 ("JAX", "Hold", "Languages & Frameworks", "FALSE",
  "<p>Ningun hende den e tim ta mantené kódigo JAX mas; no kuminsá proyekto nobo den JAX.</p>"),
]
rows.sort(key=lambda r: (Q.index(r[2]), R.index(r[1])))
buf = io.StringIO()
w = csv.writer(buf)
w.writerow(["name", "ring", "quadrant", "isNew", "description"])
w.writerows(rows)
write_only("319_technology_radar_byor_csv_papiamento_ml_platform_team.csv", buf.getvalue(), KEYS)
