#!/usr/bin/env python3
"""327: a written response to a public consultation (invented respondent: a Sesotho language-and-technology NGO,
"Setsi sa Puo le Theknoloji ya Sesotho"; the consultation: South Africa's draft National AI Policy Framework, whose
comment process is real, the response is not), typed in a word processor, exported to PDF and run through
`pdftotext -layout`, as the respondent's colleague keeps it. What such a text has: every page ended by a form feed
(the last one too); the cover block (to whom, from whom, date, subject) on page 1; a running header on pages 2 and
later; numbered paragraphs with a hanging indent (the PDF's left margin kept as spaces); sources cited "[n]" in the
text and listed under "Mehlodi" at the end, wrapped over PDF lines; the right-aligned "Leqephe n ho N" footer.
Papers: sources with an arXiv abs/pdf URL or an OpenReview forum URL (link), "arXiv:ID" (arxiv-text), title and
venue only (title-only); the Copyright Act, a dataset (LAION-5B), a model (Stable Diffusion) and the DCDT page are
not papers."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, OR, write_only, initials

KEYS = ["2006.11239", "2010.02502", "2011.13456", "2112.10752", "2207.12598", "2303.01469", "2106.05931",
        "2307.01952", "2204.06125", "2010.02014"]
W, M, PAGE_LINES = 84, "      ", 54
HEAD = "Setsi sa Puo le Theknoloji ya Sesotho (SPTS)                  Karabo: Moralo wa Leano la AI"


def au(k, n=3):
    a = CAT[k]["authors"]
    return ", ".join(initials(x) for x in a[:n]) + (" le ba bang" if len(a) > n else "")


REFS = [
    f"{au('2006.11239')}. {T('2006.11239')}. NeurIPS 2020. https://arxiv.org/abs/2006.11239",
    f"{au('2010.02502')}. {T('2010.02502')}. ICLR 2021. https://openreview.net/forum?id={OR('2010.02502')}",
    f"{au('2011.13456')}. {T('2011.13456')}. ICLR 2021.",
    f"{au('2112.10752')}. {T('2112.10752')}. CVPR 2022.",
    f"{au('2307.01952')}. {T('2307.01952')}. https://arxiv.org/pdf/2307.01952",
    f"{au('2204.06125')}. {T('2204.06125')}. 2022.",
    f"{au('2207.12598')}. {T('2207.12598')}. arXiv:2207.12598, 2022.",
    f"{au('2106.05931')}. {T('2106.05931')}. NeurIPS 2021.",
    f"{au('2010.02014')}. {T('2010.02014')}. 2020.",
    f"{au('2303.01469')}. {T('2303.01469')}. ICML 2023.",
]

PARAS = [
    "Setsi sa Puo le Theknoloji ya Sesotho (SPTS) se leboha Lefapha monyetla wa ho fana ka maikutlo ka Moralo wa "
    "Leano la Naha la Bohlale ba Maiketsetso. Karabo ena e bua haholo ka karolo e le nngwe: ditshwantsho tse "
    "hlahiswang ke mananeo a bohlale ba maiketsetso, le ditokelo tsa mongodi tsa baetsi ba ditshwantsho ba Afrika "
    "Borwa.",
    "Mananeo a jwalo a sebedisa mokgwa o bitswang \"diffusion\": lenaneo le ithuta ho tlosa lerata setshwantshong "
    "butle-butle. Mokgwa ona o hlalositswe pele ka botlalo ho [1], mme wa potlakiswa ke [2], e leng mosebetsi o "
    "bonts'ang hore ho ka nkuwa mehato e seng mekae feela ha setshwantsho se etswa. Motheo wa dipalo o kopanyang "
    "mekgwa ena o hlaloswa ho [3].",
    "Mananeo a tsebahalang haholo kajeno, a kang Stable Diffusion, a ahilwe hodima mosebetsi wa [4], o etsang "
    "hore mokgwa ona o sebetse sebakeng se senyane sa \"latent\" ho fapana le di-pixel. Phetolelo e kgolo ya "
    "mokgwa ona e hlalositswe ho [5]. Mananeo a mang a kgwebo a latela mohopolo wa [6].",
    "Taba ya bohlokwa ho molao ke hore mananeo ana a rutwa ka ditshwantsho tse dibilione tse nkilweng "
    "inthaneteng, tse kang tse ho sete ya data ya LAION-5B, hangata ntle le tumello ya beng ba tsona. Ha ho "
    "sebediswa \"guidance\" e hlalositsweng ho [7], lenaneo le latela taelo ya mosebedisi ka matla, mme le ka "
    "hlahisa setshwantsho se tshwanang haholo le mosebetsi wa moetsi ya itseng.",
    "Re kopa Lefapha hore le hlokomele hore dipatlisiso tsa morao tjena, tse kang [8] le [9], di bonts'a hore "
    "mananeo a ka ithuta dikarolo tsa setshwantsho ka ho phethahala, mme a ka di hlahisa hape. Sena se ama "
    "potso ya hore na lenaneo le \"kopitsa\" kapa le \"ithuta\" feela.",
    "Mekgwa e metjha, jwalo ka e hlalositsweng ho [10], e etsa hore setshwantsho se hlahiswe ka mohato o le "
    "mong feela. Ka hoo, ditshenyehelo tsa ho etsa ditshwantsho tse ngata di tla theoha haholo, mme mmaraka wa "
    "baetsi ba ditshwantsho o tla angwa ka potlako.",
    "Ditlhahiso tsa rona: (a) Leano le hloke hore dikhampani di phatlalatse lenane la ditshwantsho tseo di "
    "rutileng mananeo a tsona ka tsona; (b) Molao wa Ditokelo tsa Mongodi (Copyright Act 98 of 1978) le "
    "phetoho ya ona e ntseng e ngangisanwa di hlalose ka ho hlaka hore na ho ruta lenaneo ke \"tshebediso e "
    "loketseng\" kapa tjhe; (c) baetsi ba ditshwantsho ba fuwe tokelo ya ho hana hore mesebetsi ya bona e "
    "sebediswe; (d) ditshwantsho tse hlahisitsweng ke AI di tshwauwe.",
    "Re ikemiseditse ho thusa Lefapha ka dipuisano tse ding, le ho fetolela dikarolo tsa leano ho Sesotho.",
]


def wrap_par(n, s):
    lines = textwrap.wrap(s, W - 6, break_long_words=False, break_on_hyphens=False)
    return [f"{M}{n}.{' ' * (4 - len(str(n)))}{lines[0]}"] + [f"{M}     {l}" for l in lines[1:]]


body = ["", "", f"{M}Ho:        Lefapha la Dikgokahano le Theknoloji ya Dijithale (DCDT)",
        f"{M}           Moralo wa Leano la Naha la Bohlale ba Maiketsetso",
        f"{M}Ho tswa ho: Setsi sa Puo le Theknoloji ya Sesotho (SPTS), Bloemfontein",
        f"{M}Letsatsi:  27 Lwetse 2024", "",
        f"{M}                 KARABO HO MORALO WA LEANO LA NAHA LA BOHLALE BA MAIKETSETSO",
        f"{M}                   Karolo: ditshwantsho tse hlahiswang ke AI le ditokelo tsa mongodi", ""]
for i, p in enumerate(PARAS, 1):
    body += wrap_par(i, p) + [""]
body += [f"{M}Ka boikokobetso,", "", f"{M}Dr. Palesa Mokoena", f"{M}Motsamaisi, SPTS",
         f"{M}palesa.mokoena@spts.example.org", "", f"{M}Mehlodi", ""]
for i, r in enumerate(REFS, 1):
    lines = textwrap.wrap(r, W - 6, break_long_words=False, break_on_hyphens=False)
    body += [f"{M}[{i}] {lines[0]}"] + [f"{M}    {l}" for l in lines[1:]]

# paginate: page 1 without the running header; every page ends with the footer and a form feed
pages, cur, first = [], [], True
room = PAGE_LINES - 3
for l in body:
    if len(cur) >= room and l == "":
        pages.append(cur); cur = []; room = PAGE_LINES - 6
        continue
    cur.append(l)
pages.append(cur)
N = len(pages)
out = []
for i, p in enumerate(pages, 1):
    lines = ([] if i == 1 else [f"{M}{HEAD}", ""]) + p
    while lines and lines[-1] == "": lines.pop()
    foot = f"Leqephe {i} ho {N}"
    out.append("\n".join(lines) + "\n\n" + " " * (W + 6 - len(foot)) + foot + "\n\f")
write_only("327_consultation_response_pdftotext_layout_sesotho_generative_ai_copyright.txt", "".join(out), KEYS)
