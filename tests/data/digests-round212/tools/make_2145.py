#!/usr/bin/env python3
"""2145: the web version of an email newsletter sent with Campaign Monitor («View in browser» page, copied as text, as
assumed: preheader, «View online» line, masthead, issue line, sections, a «Forward to a friend» block, the footer with
the postal address and «Unsubscribe» / «Update your preferences» links on the createsend web-version host) of an
invented ML-for-science circle at the University of Computer Studies, Mandalay. English with Burmese lines. Computed:
the issue number from monthly issues since the first (asserted), the item count per section."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, ALPHAFOLD
F = by_num(2145)
FIRST, DATE = dt.date(2025, 6, 1), dt.date(2026, 3, 1)
ISSUE = (DATE.year - FIRST.year) * 12 + DATE.month - FIRST.month + 1
assert ISSUE == 10
SECTIONS = [
 ("🔬 Paper of the month", [
  f"{T('2010.08895')}",
  "https://arxiv.org/abs/2010.08895",
  "Li et al. learn solution operators of PDEs in Fourier space. We will try it on Ayeyarwady river flood data in our April meetup.",
 ]),
 ("📄 Also read this month", [
  f"• {T('2010.03409')} — https://arxiv.org/pdf/2010.03409v4.pdf",
  f"• {T('2106.05234')} (Graphormer, https://arxiv.org/abs/2106.05234)",
  f"• {T('2006.16668')} → http://arxiv.org/abs/2006.16668",
  f"• {T('2010.00554')} — arXiv:2010.00554, PCA as a game between players",
 ]),
 ("💬 From the circle", [
  f"Ko Zaw Min Htet presented {T(ALPHAFOLD)} (Nature, 2021) and asked whether anyone has tried it on proteins of rice "
  "pathogens. ဆွေးနွေးချက်များ အလွန်ကောင်းမွန်ပါသည်။",
  f"Ma Thiri Aung recommends {T('2111.04263')} for our federated clinics project with three hospitals in the region.",
  f"Visual tool of the month: {T('2103.14625')} — good for explaining attention to first-year students.",
 ]),
 ("🧰 Not papers, but useful", [
  "• PyTorch Geometric 2.6 release notes",
  "• «Physics-based Deep Learning» (online book by Thuerey et al.)",
  "• ERA5 reanalysis data from the Copernicus Climate Data Store",
 ]),
]
out = ["March issue: operators, meshes and proteins", "View online", "", "UCSM ML for Science Circle",
       "မန္တလေး ကွန်ပျူတာတက္ကသိုလ် · စက်သင်ယူမှု သိပ္ပံအဖွဲ့", f"Issue {ISSUE} · {DATE:%B %Y}", "",
       "မင်္ဂလာပါ! Welcome to the March issue. Below: one paper of the month, four more to read, and notes from our "
       "Saturday meetings.", ""]
for h, items in SECTIONS:
    out += [h, ""] + items + [""]
out += ["Forward to a friend", "", "Next meetup: Saturday 14 March, 2:00pm, Room 305, Patheingyi campus.", "",
        "You are receiving this email because you joined the UCSM ML for Science Circle.",
        "UCSM ML for Science Circle · Patheingyi Township · Mandalay Region · Myanmar", "",
        "Update your preferences | Unsubscribe", "https://ucsmscience.createsend.example.com/t/j-e-qkdyhk-l-r/"]
write_only(F, "\n".join(out) + "\n", keys(F))
