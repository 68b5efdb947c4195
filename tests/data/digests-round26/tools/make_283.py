#!/usr/bin/env python3
"""283: a researcher's personal homepage "Reading" page saved with `lynx -dump` (lynx 2.9, 80 columns), Gujarati
with English paper titles. What lynx writes: every link's text preceded by its number in brackets ("[7]Title"), the
site navigation as a bulleted list, <h1> centred, <h2> at the left edge, paragraphs indented three spaces and wrapped
at word boundaries before column 79, "     * " list items (continuation lines indented seven spaces) and
"     1. " numbered items (eight), <hr> as a row of underscores, and at the end "References" with every link's URL
numbered "%4d. " in order of appearance."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write

W = 78
links = []


def render_runs(runs):
    s = ""
    for r in runs:
        if isinstance(r, str):
            s += r
        else:
            links.append(r[1]); s += f"[{len(links)}]{r[0]}"
    return s


def wrap(text, first, rest):
    return textwrap.wrap(text, width=W, initial_indent=first, subsequent_indent=rest, break_long_words=False,
                         break_on_hyphens=False)


def h1(t):
    return [" " * max(0, (W - len(t)) // 2) + t, ""]


def h2(t):
    return [t, ""]


def p(*runs):
    return wrap(render_runs(runs), "   ", "   ") + [""]


def ul(*items):
    out = []
    for it in items:
        out += wrap(render_runs(it), "     * ", "       ")
    return out + [""]


def ol(*items):
    out = []
    for i, it in enumerate(items, 1):
        out += wrap(render_runs(it), f"     {i}. ", "        ")
    return out + [""]


A = "https://hetalpatel.github.io"
doc = []
doc += ["   " + render_runs([("Hetal Patel", A + "/")]), ""]
doc += ul([("Home", A + "/")], [("Publications", A + "/publications/")], [("Teaching", A + "/teaching/")],
          [("Reading", A + "/reading/")], [("CV", A + "/files/hetal_patel_cv.pdf")])
doc += h1("વાંચન યાદી: કાર્યક્ષમ મોટા ભાષા મોડેલ (Reading list)")
doc += p("આ પાનું મારા PhD અને MTech વિદ્યાર્થીઓ માટે છે. અહીં એ પેપર છે જે આપણા લેબમાં ગુજરાતી LLM "
         "ને ઓછા GPU પર ફાઇન-ટ્યુન અને ચલાવવા માટે વારંવાર કામ આવે છે. પહેલા સત્રમાં નિશાની (★) વાળા પેપર વાંચવા ફરજિયાત છે. "
         "છેલ્લે સુધાર્યું: 8 માર્ચ 2024.")
doc += ["_" * 78, ""]
doc += h2("1. પેરામીટર-કાર્યક્ષમ ફાઇન-ટ્યુનિંગ (PEFT)")
doc += ul([("★ " + T("2104.08691"), "https://arxiv.org/abs/2104.08691"), " — Lester, Al-Rfou, Constant (EMNLP 2021). "
           "સૉફ્ટ પ્રોમ્પ્ટ; મોડેલ મોટું થાય તેમ ફાઇન-ટ્યુનિંગ જેટલું સારું."],
          [f"{T('2103.10385')} (P-tuning, 2021) — ગુજરાતી NER માં આપણે આ જ વાપર્યું હતું."],
          [f"{T('2106.10199')} — Ben Zaken et al., ACL 2022. ફક્ત bias પેરામીટર; બેઝલાઇન તરીકે સરસ."],
          [("★ " + T("2110.04366"), "https://openreview.net/forum?id=0RDcd5Axok"), " (ICLR 2022) — adapter, prefix "
           "અને LoRA ને એક જ ફ્રેમવર્કમાં જુએ છે."],
          [f"{T('2303.10512')} — arXiv:2303.10512 (ICLR 2023). LoRA નો rank આપમેળે વહેંચે છે."],
          [f"“{T('2205.05638')}” (T-Few / (IA)³, NeurIPS 2022)."])
doc += p("LoRA અને QLoRA નાં મૂળ પેપર બધાએ વાંચ્યા છે એમ માની અહીં ફરી નથી મૂક્યાં. લાઇબ્રેરી: ",
         ("huggingface/peft", "https://github.com/huggingface/peft"), " (કોડ, પેપર નથી).")
doc += h2("2. ક્વૉન્ટાઇઝેશન અને ઝડપી inference")
doc += ol([("★ " + T("2208.07339"), "https://arxiv.org/abs/2208.07339"), " (NeurIPS 2022)."],
          [(T("2210.17323"), "https://arxiv.org/pdf/2210.17323.pdf"), " — ICLR 2023; 3/4-bit, એક GPU પર."],
          [(T("2211.17192"), "https://www.alphaxiv.org/abs/2211.17192"), " (ICML 2023) — alphaXiv પર ચર્ચા સાથે."],
          [f"{T('2306.15595')} (arXiv 2306.15595) — context 2k થી 32k."],
          [f"{T('1710.03740')} — Micikevicius et al., ICLR 2018. fp16 તાલીમનો આધાર."])
doc += p("વધુ વાંચન (પેપર નથી): Hugging Face બ્લોગ ",
         ("“Making LLMs even more accessible with bitsandbytes, 4-bit quantization and QLoRA”", "https://huggingface.co/blog/4bit-transformers-bitsandbytes"),
         ", ", ("bitsandbytes", "https://github.com/TimDettmers/bitsandbytes"), " અને ",
         ("vLLM docs", "https://docs.vllm.ai/en/latest/"), ". AWQ, Medusa અને FlashAttention-2 વિશે "
         "આવતા સત્રમાં.")
doc += h2("3. બેઝ મોડેલ")
doc += p("લેબમાં બધાં પ્રયોગો માટે આપણે ", T("2302.13971"), " (Touvron et al., 2023) અને તેના 7B વજનો વાપરીએ છીએ; "
         "ગુજરાતી ટોકનાઇઝર માટે ", ("અમારી નોટ્સ", A + "/notes/gujarati-tokenizer/"), " જુઓ. ",
         ("YouTube પર લેબ ટૉક (45 મિનિટ)", "https://www.youtube.com/watch?v=R3m9xQf2LbA"), ".")
doc += ["_" * 78, ""]
doc += p("© 2024 Hetal Patel · ", ("Google Scholar", "https://scholar.google.com/citations?user=Xq4kP2EAAAAJ"), " · ",
         ("GitHub", "https://github.com/hetalpatel-nlp"), " · Built with ", ("Jekyll", "https://jekyllrb.com/"), " and ",
         ("al-folio", "https://github.com/alshedivat/al-folio"), ".")
doc += ["References", ""] + [f"{i:4d}. {u}" for i, u in enumerate(links, 1)]
write("283_lynx_dump_personal_homepage_reading_page_gujarati_efficient_llms.txt", "\n".join(doc) + "\n")
