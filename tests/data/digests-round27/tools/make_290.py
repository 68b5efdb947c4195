#!/usr/bin/env python3
"""290: the "Amaphepha" (papers) page of a reading group's site on (new) Google Sites, selected in the browser and
pasted as text, isiXhosa with English paper titles. What the copy keeps: "Search this site", "Embedded Files",
"Skip to main content", "Skip to navigation", the site name, the navigation (one page a line), the header's site
name again, the page's headings and text boxes, a table as one row a line with tab-separated cells (link texts
only: a cell reading "PDF" or "OpenReview" has lost its URL, a URL typed as text survives), a list without markers,
a button's label, and the footer ("Google Sites", "Report abuse", "Page details", "Page updated", "Google Sites")."""
import os, sys
from datetime import date, timedelta
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write

SITE = "SSL Reading Group · Rhodes CS"
NAV = ["Ikhaya", "Amaphepha", "Abantu", "Izixhobo"]
DAYS = ["Mvulo", "Lwesibini", "Lwesithathu", "Lwesine", "Lwesihlanu", "Mgqibelo", "Cawa"]
MONTHS = ["Janyuwari", "Februwari", "Matshi", "Epreli", "Meyi", "Juni", "Julayi", "Agasti", "Septemba", "Okthobha",
          "Novemba", "Disemba"]


def xd(d):
    return f"{DAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}"


rows = [
    ("Lwazi", T("1807.03748"), "arXiv:1807.03748"),
    ("Siphokazi", T("2004.11362"), "PDF"),
    ("Athenkosi", T("2010.04592"), "OpenReview"),
    ("Zintle", T("2011.10566"), "https://arxiv.org/abs/2011.10566"),
    ("Anele", T("2103.03230"), "arXiv:2103.03230"),
    None,
    ("Luthando", T("2006.05576"), f"https://openreview.net/forum?id={OR('2006.05576')}"),
    ("Ayanda", T("2011.04419"), "ICML 2021"),
    ("Lwazi", T("2011.06182"), "—"),
    ("Siphokazi", T("2103.13646"), f"https://openreview.net/forum?id={OR('2103.13646')}"),
]
d0 = date(2024, 2, 7)
table = ["Umhla\tUmbonisi\tIphepha\tIkhonkco"]
for k, r in enumerate(rows):
    d = d0 + timedelta(days=7 * k)
    table.append(f"{xd(d)}\tAkukho seshoni — iveki yovavanyo\t\t" if r is None else f"{xd(d)}\t" + "\t".join(r))

out = ["Search this site", "Embedded Files", "Skip to main content", "Skip to navigation", SITE] + NAV + [SITE, "",
       "Amaphepha", "",
       "Amaphepha esiwafundayo ngo-2024", "",
       "Molweni nonke! Iqela lethu lokufunda lidibana rhoqo ngoLwesithathu ngentsimbi yesi-4 emva kwemini kwigumbi "
       "CS 2.14 (Hamilton Building) nakwi-Zoom. Umbonisi ufunda iphepha ngokupheleleyo aze alungiselele iislayidi "
       "ezi-5 ukuya kwezi-8; bonke abanye bafunda ubuncinane isishwankathelo nezahluko 1–3. Ikhonkco lephepha "
       "likwikholamu yokugqibela xa sinalo.", "",
       "Ishedyuli", ""] + table + ["",
       "Amaphepha ongezelelweyo (ukuba unexesha)", "",
       f"{T('2010.02014')} — Gatopoulos & Tomczak (2020), ifanelekile kwabo basebenza ngee-VAE",
       "A fast learning algorithm for deep belief nets — Hinton, Osindero & Teh, Neural Computation 18(7), 2006 "
       "(iphepha elidala, kodwa libalulekile kwimbali ye-pre-training)",
       f"{T('2102.05918')} (Jia et al., ICML 2021)",
       f"{T('2303.15343')} — https://huggingface.co/papers/2303.15343",
       "", "Ezinye izixhobo (asingomaphepha)", "",
       "Lilian Weng — Self-Supervised Representation Learning (iblogi)",
       "lightly-ai/lightly: ilayibrari ye-SSL ku-GitHub, https://github.com/lightly-ai/lightly",
       "Idathasethi: CIFAR-10 ne-STL-10 (siyisebenzisa kwii-linear probes)",
       "Ividiyo: NeurIPS 2021 tutorial on self-supervised learning (YouTube, 2 iiyure)", "",
       "Joyina kwi-Zoom", "",
       "Imibuzo? Bhalela u-Lwazi Mbeki: l.mbeki@example.ac.za", "",
       "Google Sites", "Report abuse", "Page details", "Page updated", "Google Sites", ""]
write("290_google_sites_reading_group_page_copied_text_isixhosa_self_supervised_learning.txt", "\n".join(out))
