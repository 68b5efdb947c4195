#!/usr/bin/env python3
"""297: an architecture decision record (ADR) kept with adr-tools in a Faroese start-up's model repository
(`doc/adr/0012-….md`), written in Faroese with English paper titles. What such a file has: the team's translated
adr-tools template (`# NUMBER. TITLE`, `Dagfesting: DATE`, `## Støða` / `## Samanhangur` / `## Avgerð` /
`## Avleiðingar`, a `## Keldur` section of their own), the status word the tool writes ("Accepted"), the link lines
`adr new -s 7 -l "9:Byggir á:Grundarlag fyri"` adds ("Supercedes [7. …](0007-….md)" with adr-tools' spelling, "Byggir á
[9. …](0009-….md)"), where every file name is adr-tools' slug of the title (`tr -C 'a-zA-Z0-9\\n' -` works on bytes,
so each byte of í, ø, ð becomes a dash before the dashes are squeezed); the options as a Markdown table, numbered
reference-style links `[n]` defined in `## Keldur`, a Jira key, repositories and a docs page that are not papers."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only

KEYS = ["1902.00751", "2101.00190", "2104.08691", "2103.10385", "2106.10199", "2110.04366", "2205.05638",
        "2303.10512", "2402.09353", "2208.07339", "2210.17323", "2302.13971"]


def slug(title):
    """adr-tools: tr -C 'a-zA-Z0-9\\n' - | tr A-Z a-z | sed -e 's/--*/-/g' -e 's/-$//' (bytewise)"""
    b = bytes(c if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122) else 45 for c in title.encode("utf-8"))
    return re.sub(r"-+", "-", b.decode("ascii").lower()).rstrip("-")


def adr_link(n, title):
    return f"[{n}. {title}]({n:04d}-{slug(title)}.md)"


N, TITLE = 12, "Fínstilla Hjalla við DoRA-adaptarum og kvantisera við GPTQ"
OLD7 = "Full fínstilling av grundmodellinum"
OLD9 = "Nýta LLaMA 13B sum grundmodell"

rows = [
    ("Full fínstilling (ADR 7)", "–", "100 %", "4 × A100 80 GB, 31 t", "43,8", "Ov dýrt; ein heil modell-kopi fyri hvønn kunda"),
    ("Adapterlag (Houlsby o.ø.)", "[2]", "3,6 %", "1 × A100, 9 t", "42,1", "Eyka lag ger svarini 12 % seinni"),
    ("Prefix-tuning", "[3]", "0,1 %", "1 × A100, 7 t", "37,5", "Óstøðugt á okkara smáu dátum"),
    ("Prompt tuning / P-tuning", "[4], [5]", "< 0,1 %", "1 × A100, 6 t", "35,9", "Ov veikt undir 13B"),
    ("BitFit", "[6]", "0,05 %", "1 × A100, 5 t", "36,2", "Bert bias-parametrar; ov lítið"),
    ("(IA)³ / T-Few", "[7]", "0,02 %", "1 × A100, 5 t", "39,0", "Gott, men lítið stuðul í PEFT"),
    ("LoRA, r = 16", "–", "0,8 %", "1 × A100, 8 t", "42,6", "Góður grundvøllur"),
    ("AdaLoRA", "[8]", "0,8 %", "1 × A100, 10 t", "42,9", "Truplari at stilla"),
    ("DoRA, r = 16", "[9]", "0,8 %", "1 × A100, 9 t", "43,5", "Valt"),
]

out = [f"# {N}. {TITLE}", "",
       "Dagfesting: 2024-03-14", "",
       "## Støða", "",
       "Accepted", "",
       f"Supercedes {adr_link(7, OLD7)}", "",
       f"Byggir á {adr_link(9, OLD9)}", "",
       "## Samanhangur", "",
       "Hjalli er okkara føroyska prát-modell (bygd á LLaMA 13B, sí ADR 9). Í ADR 7 avgjørdu vit at fínstilla "
       "alla modellina fyri hvønn kunda. Tað hevur víst seg at vera ov dýrt: hvør venjing tekur 31 tímar á fýra "
       "A100-kortum, og vit mugu goyma eitt 26 GB stórt eintak fyri hvønn kunda (Landsverk, Tryggingarsambandið, "
       "kommunurnar). Í januar høvdu vit sjey kundamodellir og 182 GB á diskinum, og talan veksur (sí HJ-231).", "",
       "Harafturat skal Hjalli koyra á egnum ambætara hjá kundunum, har bert eitt 24 GB kort er tøkt. "
       "Modellin í bf16 tekur 26 GB og passar ikki.", "",
       "Vit hava tí roynt parametur-sparandi fínstilling (PEFT). Grundarlagið er greinin Parameter-Efficient "
       "Transfer Learning for NLP [2], sum vísti, at smá adapter-løg kunnu koma nær fullari fínstilling, og "
       "yvirlitsgreinin hjá He o.ø. [1], sum setur adaptarar, prefix-tuning og LoRA í eina felags formulering. "
       "Vit royndu allar høvuðshættirnar á FØR-QA (1 200 spurningar, sí `eval/forqa/`). Úrslitini (EM, hægri er betri):", "",
       "| Háttur | Kelda | Venjingarparametrar | Venjing | FØR-QA | Viðmerking |",
       "|---|---|---:|---|---:|---|"]
for r in rows:
    out.append("| " + " | ".join(r) + " |")
out += ["",
        "Prefix-tuning og prompt tuning vóru óstøðug; tað samsvarar við tað, sum Lester o.ø. skriva í "
        f"\"{T('2104.08691')}\" [4]: hátturin verður bert kappingarførur við sera stórum modellum. "
        f"Tað sama sóu vit við P-tuning úr greinini {T('2103.10385')} [5]. "
        f"BitFit (arXiv:2106.10199) [6] er tað einfaldasta, men ov veikt til okkara endamál.", "",
        f"T-Few úr \"{T('2205.05638')}\" [7] var óvæntað gott, men (IA)³ hevur ikki fult stuðul í "
        "PEFT-bókasavninum, og vit vilja ikki halda egna fork við líka.", "",
        "## Avgerð", "",
        f"Vit nýta DoRA ([{T('2402.09353')}][9]) við r = 16 á øllum línuligum løgum í attention og MLP. "
        "Hvør kundi fær sín egna adaptara (umleið 210 MB) ovan á sama grundmodell. AdaLoRA [8] var næstan "
        "líka gott, men krevur fleiri hyperparametrar, og munurin er innan fyri óvissuna (± 0,6).", "",
        f"Grundmodellin verður kvantiserað til 4 bitar við GPTQ [10] ({T('2210.17323')}). "
        "Vit royndu eisini 8-bita LLM.int8() (2208.07339) [11]; tað minkar minnið til 14 GB, men er 20–30 % seinni "
        "enn bf16 í okkara uppseting, og GPTQ 4-bit var bæði minni (7,9 GB) og skjótari.", "",
        f"Venjingin verður gjørd í bf16 á grundmodellini ({T('2302.13971')} [12], 13B), og adaptarin verður "
        "síðan lagdur á ta kvantiseraðu modellina, tá ið hon verður koyrd.", "",
        "## Avleiðingar", "",
        "- Ein venjing tekur umleið 9 tímar á einum A100 í staðin fyri 31 tímar á fýra.",
        "- Goymsla: 26 GB grundmodell + 0,2 GB fyri hvønn kunda í staðin fyri 26 GB fyri hvønn kunda.",
        "- Hjalli passar á eitt 24 GB kort (7,9 GB modell + KV-cache).",
        "- Vit mugu royna hvønn adaptara aftur móti kvantiseraðu modellini; FØR-QA fall 0,4 stig við GPTQ.",
        "- ADR 7 er nú avloyst. Kundamodellirnar frá januar verða venjaðar umaftur sum adaptarar (HJ-240).",
        "- Um vit seinni skifta grundmodell (sí ADR 9), mugu allir adaptarar venjast av nýggjum.", "",
        "## Keldur", "",
        "Greinir:", "",
        f"[1]: https://openreview.net/forum?id={OR('2110.04366')} \"{T('2110.04366')}\"",
        f"[8]: https://arxiv.org/abs/2303.10512 \"{T('2303.10512')}\"",
        "[9]: https://huggingface.co/papers/2402.09353",
        "[10]: https://arxiv.org/pdf/2210.17323.pdf", "",
        "Hinar (uttan leinki í skjalinum):", "",
        f"- [2] Houlsby o.ø., {T('1902.00751')}, ICML 2019",
        f"- [3] Li & Liang, {T('2101.00190')}, ACL 2021",
        f"- [4] Lester, Al-Rfou & Constant, EMNLP 2021",
        f"- [5] Liu o.ø., 2021 (P-tuning)",
        f"- [6] Ben Zaken, Ravfogel & Goldberg, {T('2106.10199')}, ACL 2022",
        f"- [7] Liu o.ø., NeurIPS 2022",
        f"- [11] Dettmers o.ø., {T('2208.07339')}, NeurIPS 2022",
        f"- [12] Touvron o.ø., 2023", "",
        "Annað (ikki greinir):", "",
        "- PEFT-skjølini: https://huggingface.co/docs/peft",
        "- AutoGPTQ: https://github.com/AutoGPTQ/AutoGPTQ",
        "- vLLM (multi-LoRA): https://github.com/vllm-project/vllm",
        "- Okkara innanhýsis fyrilestur \"LoRA, DoRA og vinir\" (Jógvan, 8. mars), upptøka á Teams",
        "- QLoRA-fyrimyndin í PEFT-dømunum, sum vit ikki nýttu", ""]
text = "\n".join(out)
# the reference-style link [9] above is written as "[title][9]" in the decision; [1], [8], [10] as "… [n]"
write_only("297_architecture_decision_record_adr_tools_markdown_faroese_llm_finetuning.md", text, KEYS)
