#!/usr/bin/env python3
"""2245: an issue of the MailerLite newsletter of an AI reading club at Vytautas Magnus University (VDU, Faculty of
Informatics, Kaunas), opened through «Peržiūrėti naršyklėje» (the web version) and copied as text (as remembered: the
header block with the club name and «Naujienlaiškis Nr. n | yyyy m. mėnesio d d.», text blocks with upper-case section
titles, a button as its label in brackets, the social icons as «Facebook | LinkedIn | Instagram», the footer with the
sender name, the postal address, the consent line, «Atsisakyti prenumeratos» and the MailerLite badge last). Lithuanian
with English titles.
Computed: the issue and meeting dates in Lithuanian (genitive months, the weekday of the meeting; the meeting after the
issue, asserted)."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(2245)
LT_M = ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo", "spalio",
        "lapkričio", "gruodžio"]
LT_D = ["pirmadienis", "antradienis", "trečiadienis", "ketvirtadienis", "penktadienis", "šeštadienis", "sekmadienis"]
CLUB = "VDU dirbtinio intelekto skaitymo klubas"
issue = dt.date(2026, 4, 20)
meet = dt.date(2026, 5, 14)
assert meet > issue
out = [CLUB,
       f"Naujienlaiškis Nr. 7 | {issue.year} m. {LT_M[issue.month - 1]} {issue.day} d.", "",
       "Sveiki,", "",
       "balandį kalbėjomės apie didžiųjų kalbos modelių agentus: kaip jie naudoja įrankius, mokosi iš savo klaidų ir ar "
       "tikrai sugeba ištaisyti tikrą programinę klaidą. Žemiau – visi aptarti straipsniai su nuorodomis ir gegužės planas.", "",
       "ŠIO MĖNESIO STRAIPSNIAI", "",
       T("2310.06770"), "Jimenez ir kt., ICLR 2024",
       f"OpenReview: https://openreview.net/forum?id={OR('2310.06770')}", "",
       T("2303.11366"), "Shinn ir kt., NeurIPS 2023", "https://arxiv.org/abs/2303.11366", "",
       T("2302.04761"), "Schick ir kt., NeurIPS 2023", "https://arxiv.org/pdf/2302.04761v1.pdf", "",
       T("2305.16291"), "Wang ir kt., 2023 – agentas, kuris pats mokosi žaisti Minecraft", "http://arxiv.org/abs/2305.16291", "",
       f"{T('2310.11511')} (Asai ir kt., arXiv:2310.11511) – Gintarė parodė, kaip tai pritaikyti lietuviškiems "
       "teisės aktams.", "",
       "VERTINIMAS: KĄ SKAITYSIME GEGUŽĘ", "",
       "Gegužę kalbėsime apie tai, kaip išvis matuoti modelius. Nuorodų šį kartą nededame – susiraskite patys:",
       f"• {T('2009.03300')} (MMLU);",
       f"• {T('2306.05685')} – ar galima pasitikėti modeliu kaip teisėju;",
       f"• {T('2206.04615')} (BIG-bench), skaitome 1–3 skyrius.", "",
       "NE STRAIPSNIAI, BET VERTA", "",
       "• Knyga „AI Engineering“ (Chip Huyen, O'Reilly, 2025) – 6 skyrius apie agentus.",
       "• LangChain Academy kursas „Introduction to LangGraph“ (nemokamas).",
       "• Įrankis: smolagents biblioteka (github.com/huggingface/smolagents).",
       "• Lietuvių kalbos tekstynas LKT ir jo paieška tekstynai.lt (duomenys).",
       "• Paskaitos „Agentai gamyboje“ įrašas iš Kauno AI meetup (YouTube).", "",
       "[Registruotis į gegužės susitikimą]", "",
       f"Susitikimas: {LT_M[meet.month - 1]} {meet.day} d. ({LT_D[meet.weekday()]}), 17:30, VDU Informatikos fakultetas, 205 aud.",
       "Atsineškite nešiojamąjį kompiuterį – bandysime smolagents.", "",
       "Iki susitikimo!",
       "Gintarė ir Mantas", "",
       "Facebook | LinkedIn | Instagram", "",
       CLUB,
       "Vileikos g. 8, Kaunas, LT-44404, Lietuva", "",
       "Šį laišką gavote, nes užsiprenumeravote VDU dirbtinio intelekto skaitymo klubo naujienlaiškį.",
       "Atsisakyti prenumeratos", "",
       "MailerLite"]
write_only(F, "\n".join(out) + "\n", keys(F))
