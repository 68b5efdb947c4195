#!/usr/bin/env python3
"""417: a reading plan kept as one Markdown table of weeks (a hand that plans in a spreadsheet-like grid): each row
one week, the Monday date, several papers per "Core" / "Stretch" cell separated by `<br>` (and `;` in the notes
cell), presenter handles, a status emoji; above it a short header, below it a key and a change log. Efficient
attention and long context."""
import os, sys
from datetime import date, timedelta
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F417, keys

K = keys(F417)
t = T
start = date(2024, 9, 2)
wk = lambda i: (start + timedelta(weeks=i)).strftime("%d %b")
rows = [
 ("0", wk(0), "*kick-off, no reading* — pick slots, set up the shared Zotero group",
  "—", "@mvelasco", "everyone skims the sheet; bring one question", "✅"),
 ("1", wk(1), f"**{t('2005.00743')}** (ICML 2021, proceedings.mlr.press/v139/tay21a.html) — do we even need dot products?<br>"
  f"{t('2004.11886')} (ICLR 2020) — code: github.com/mit-han-lab/lite-transformer",
  "the Annotated Transformer (Harvard NLP blog)", "@mvelasco<br>@ines.k",
  "dense vs random synthesizer; count the FLOPs of one attention layer by hand; LSRA = conv branch + attention branch", "✅"),
 ("2", wk(2), f"[{t('2009.14794')}](https://arxiv.org/pdf/2009.14794v4)<br>"
  f"*{t('2006.04768')}* (2020; fairseq has the reference code)",
  f"{t('2001.04451').lower()} — ICLR 2020, the trax implementation",
  "@ines.k", "FAVOR+ vs low-rank projection; LSH buckets; bring the kernel derivation", "✅"),
 ("3", wk(3), f"\"{t('2004.05150')}\" (AllenAI; allenai/longformer repo)<br>"
  f"\"{t('2007.14062')}\" arXiv 2007.14062",
  "the bigbird repo in google-research (read `bigbird/core/attention.py`)", "@t0bias",
  "sliding window + global tokens; random blocks; which of the three matters on QA?", "✅"),
 ("4", wk(4), f"[{t('1901.02860')}](https://arxiv.org/abs/1901.02860)<br>"
  f"[{t('2105.06548')}](https://openreview.net/pdf?id={OR('2105.06548')}) (ICML 2021)",
  "Compressive Transformer if someone wants it — not assigned", "@hanna_o",
  "segment recurrence; relative positions; memory as a learned forget; expire-span's loss term", "🔄"),
 ("5", wk(5), f"{t('2008.07669')} — arXiv:2008.07669 (NeurIPS 2020)<br>"
  "The Annotated S4 (Rush & Karamcheti, blog) as a companion — NOT a paper, just read the HiPPO part",
  f"[{t('2011.04006')}](https://openreview.net/forum?id={OR('2011.04006')})", "@t0bias<br>@mvelasco",
  "HiPPO-LegS derivation; why Path-X is hard; which LRA tasks are we willing to run", "⏳"),
 ("6", wk(6), f"[{t('2202.10447')}](https://arxiv.org/abs/2202.10447v2)<br>"
  "project demo: hands-on with `flash-attn` 2.x and xformers' memory-efficient attention on the lab's A6000",
  "—", "@ines.k<br>@hanna_o",
  "gated attention unit; mixed chunk attention; measure tokens/s; write up numbers in the wiki", "⏳"),
 ("7", wk(7), "*reading week — no session* (department retreat)", "—", "—", "—", "—"),
 ("8", wk(8), "wrap-up: everyone presents one ablation they would run; vote on the spring theme",
  "spring candidates: retrieval, MoE, SSM hybrids", "all", "slides ≤ 5; keep to 7 min each", "⏳"),
]
head = "| Wk | Mon | Core | Stretch | Who | Notes / questions | ✓ |\n|:--:|:---:|------|---------|-----|-------------------|:-:|\n"
table = head + "".join("| " + " | ".join(r) + " |\n" for r in rows)
text = f"""# Efficient attention & long context — autumn reading grid

Owner: Marta Velasco (@mvelasco) · Kestrel Hall NLP group · sessions Mondays 16:00–17:00, room B-214 + Zoom
Last edited: {date(2024, 10, 9).isoformat()}

Rules of the grid: one row per week; papers in a cell are separated by `<br>`, sub-points in the notes by `;`.
Core = everyone reads; Stretch = whoever has time. Presenter posts slides in #reading-grid the evening before.

{table}
**Key:** ✅ done · 🔄 in progress · ⏳ upcoming · — nothing planned

### Changes
- 2024-09-10: swapped wk 3 and wk 4 (Hanna away on the 23rd)
- 2024-09-24: dropped the original Transformer paper from wk 1 (everyone has read it); added the Annotated S4 as a companion to wk 5
- 2024-10-09: wk 7 cancelled (retreat)

### Logistics
- Zotero group "kestrel-reading" has PDFs for all core items; annotate there, not in local copies.
- If a link is dead, ping @mvelasco — don't silently replace it with a blog summary.
"""
write_only(F417, text, K, forms=[text.replace("<br>", "\n")])
