#!/usr/bin/env python3
"""1691: a Dutch PhD student's pdfpc notes file (pdfpc: a presenter console for PDF slides; the `.pdfpc` file beside
the PDF keeps the talk's duration, end slide and per-page Markdown notes) for a reading-group talk on LLM reasoning,
agents and safety. pdfpc writes it with json-glib's pretty generator (2-space indent, ` : ` between key and value).
Page indices run from 0; each page's label is its slide number, repeated for overlays whose `overlay` counts up
from 0; `endSlide` is the discussion slide (the last one, a backup, follows). All computed from the modelled slides."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1691)
# (number of overlays of the slide, note or None)
SLIDES = [
    (1, "Welkom, opname aan? Eerst even vragen wie de papers vooraf gelezen heeft.\n\nDuur: 25 min + 15 min discussie."),
    (1, "Waarom deze sessie: onze vorige sessie ging over schaal; vandaag over wat er gebeurt als je het model laat *nadenken* en *handelen*."),
    (2, f"**{T('2201.11903')}**\n\nhttps://arxiv.org/abs/2201.11903\n\n- eerst alleen de vraag tonen, dan pas het voorbeeld met tussenstappen (overlay)\n- GSM8K-cijfers uit tabel 1 noemen, niet de hele tabel"),
    (1, f"Koppeling met **{T('2206.07682')}**: CoT helpt pas boven een bepaalde schaal. Grafiek is nagetekend, geen screenshot."),
    (2, f"[{T('2210.03629')}](https://arxiv.org/pdf/2210.03629v3.pdf)\n\nThought / Action / Observation uitleggen aan de hand van het HotpotQA-voorbeeld. Overlay 2: de fout van alleen-CoT (hallucinatie)."),
    (1, f"Robotica-uitstap: {T('2204.01691')} (arXiv:2204.01691) — taalmodel kiest, waardefunctie zegt wat *kan*.\n\nDaarna {T('2307.15818')}: https://arxiv.org/abs/2307.15818 — acties als tokens."),
    (1, f"Evaluatie van agents: {T('2308.03688')}\nhttps://arxiv.org/abs/2308.03688v2\n\nAcht omgevingen; open modellen blijven ver achter. Niet te lang bij de tabel blijven."),
    (1, f"Zijstap voor Joris (kennisgrafen): {T('2011.03459')} — redeneren zonder taalmodel, ter vergelijking."),
    (2, f"Veiligheid: {T('2307.15043')}\n\nGeen voorbeeld-suffix op de dia zetten! Alleen het principe (greedy coordinate gradient) en de overdraagbaarheid naar gesloten modellen."),
    (1, "Discussievragen:\n1. Is CoT redeneren of patroonherkenning?\n2. Wat betekent agent-evaluatie voor ons eigen project?\n3. Wie doet de volgende sessie?"),
    (1, None),
]


def build():
    pages, idx = [], 0
    for n, (ov, note) in enumerate(SLIDES, 1):
        for o in range(ov):
            p = {"idx": idx, "label": str(n), "overlay": o}
            if note and o == 0: p["note"] = note
            pages.append(p); idx += 1
    doc = {"pdfpcFormat": 2, "duration": 40, "endSlide": len(SLIDES) - 1, "noteFontSize": 20,
           "disableMarkdown": False, "pages": pages}
    return json.dumps(doc, indent=2, ensure_ascii=False, separators=(",", " : ")) + "\n"


if __name__ == "__main__":
    txt = build()
    write_only(F, txt, keys(F), forms=["\n".join(json.loads(txt)[ "pages"][i].get("note", "") for i in range(len(json.loads(txt)["pages"])))])
