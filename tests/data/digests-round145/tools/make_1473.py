#!/usr/bin/env python3
"""1473: Weblate's REST API for a Greek translation of an English reading-group newsletter (component `issue-42`, a
Markdown file, `md-text` units without list and heading markers, links kept inline). `curl | jq .` prints the units
page (DRF field order, jq layout, Greek raw), then a jq select lists the units still to do, and the translation's
statistics call gives the counts. States (0 empty, 10 needs editing, 20 translated, 30 approved) decide fuzzy /
translated / approved; num_words, the web_url checksum (id_hash + 2^63 as 16 hex digits), the selection and the
statistics are computed from the modelled units. Not papers: the slides template repository, the Hugging Face NLP
course, the fairseq repository. Nicknames: BART, T5, GLAT, ELMo, word2vec — labelled where the full titles are
written."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1473, keys

B = "https://weblate.glossa-lab.example.gr"
TR = f"{B}/api/translations/newsletter/issue-42/el/"
UNITS = [  # source, target, state, minute of the last change
 ("NLP Reading Group — Issue 42", "Ομάδα Ανάγνωσης NLP — Τεύχος 42", 30, 2),
 ("This week we go back to pre-training objectives and to decoding without autoregression.",
  "Αυτή την εβδομάδα επιστρέφουμε στους στόχους προεκπαίδευσης και στην αποκωδικοποίηση χωρίς αυτοπαλινδρόμηση.", 20, 5),
 (f"[{T('1910.13461')}](https://arxiv.org/abs/1910.13461) — presented by Eleni.",
  f"[{T('1910.13461')}](https://arxiv.org/abs/1910.13461) — παρουσιάζει η Ελένη.", 20, 9),
 (f"[{T('1910.10683')}](https://arxiv.org/abs/1910.10683) — the T5 paper, sections 1–3 only.",
  f"[{T('1910.10683')}](https://arxiv.org/abs/1910.10683) — το άρθρο του T5, μόνο οι ενότητες 1–3.", 20, 12),
 (f"[{T('2008.07905')}](https://openreview.net/forum?id={OR('2008.07905')}) — for the MT subgroup.",
  f"[{T('2008.07905')}](https://openreview.net/forum?id={OR('2008.07905')}) — για την υποομάδα μηχανικής μετάφρασης.", 10, 14),
 (f"[{T('2010.06040')}](https://openreview.net/pdf?id={OR('2010.06040')}) — Kostas asked for it.",
  f"[{T('2010.06040')}](https://openreview.net/pdf?id={OR('2010.06040')}) — το ζήτησε ο Κώστας.", 20, 17),
 (f"{T('1301.3781')} (arXiv:1301.3781), as background.",
  f"{T('1301.3781')} (arXiv:1301.3781), ως υπόβαθρο.", 20, 19),
 (f"{T('1802.05365')} — ELMo, for the history session.", "", 0, 0),
 (f"{T('2006.03236')} — optional.", f"{T('2006.03236')} — προαιρετικό.", 20, 23),
 (f"{T('1910.03771')} — cite this if you use the library.",
  f"{T('1910.03771')} — αναφέρετέ το αν χρησιμοποιείτε τη βιβλιοθήκη.", 30, 26),
 ("Slides template: https://git.glossa-lab.example.gr/reading/slides-template",
  "Πρότυπο διαφανειών: https://git.glossa-lab.example.gr/reading/slides-template", 20, 28),
 ("Not papers: the Hugging Face NLP course (https://huggingface.co/learn/nlp-course) and the fairseq repository.",
  "Δεν είναι άρθρα: το μάθημα NLP του Hugging Face (https://huggingface.co/learn/nlp-course) και το αποθετήριο fairseq.", 20, 31),
 ("Next meeting: Thursday 23 May, 17:00, room B.214.", "Επόμενη συνάντηση: Πέμπτη 23 Μαΐου, 17:00, αίθουσα Β.214.", 10, 33),
]


def h64(s):
    return int.from_bytes(hashlib.sha256(s.encode()).digest()[:8], "big", signed=True)


def unit(i, u):
    src, tgt, st, mi = u
    ih, ch = h64("id:" + src), h64("content:" + src)
    uid, sid = 5120 + i, 4977 + i
    ts = f"2024-05-14T08:{mi:02d}:{(i * 7) % 60:02d}.{(i * 104729) % 1000000:06d}Z" if st else "2024-05-13T17:02:41.118204Z"
    return {"translation": TR, "source": [src], "previous_source": "", "target": [tgt], "id_hash": ih,
            "content_hash": ch, "location": "", "context": "", "note": "", "flags": "md-text", "labels": [],
            "state": st, "fuzzy": st == 10, "translated": st >= 20, "approved": st == 30, "position": i,
            "has_suggestion": False, "has_comment": i == 5, "has_failing_check": False, "num_words": len(src.split()),
            "source_unit": f"{B}/api/units/{sid}/", "priority": 100, "id": uid,
            "web_url": f"{B}/translate/newsletter/issue-42/el/?checksum={ih + (1 << 63):016x}",
            "url": f"{B}/api/units/{uid}/", "explanation": "", "extra_flags": "", "pending": False,
            "timestamp": "2024-05-13T17:02:41.118204Z", "last_updated": ts}


R = [unit(i, u) for i, u in enumerate(UNITS, 1)]
page = {"count": len(R), "next": None, "previous": None, "results": R}
tot = len(R); tr = sum(r["translated"] for r in R); fz = sum(r["fuzzy"] for r in R); ap = sum(r["approved"] for r in R)
wt = sum(r["num_words"] for r in R); wtr = sum(r["num_words"] for r in R if r["translated"])
stats = {"total": tot, "translated": tr, "fuzzy": fz, "approved": ap, "translated_percent": round(100 * tr / tot, 1),
         "total_words": wt, "translated_words": wtr}
P = "nikos@metafrasi:~$ "
C = 'curl -s -H "Authorization: Token $WEBLATE_TOKEN" '
out = P + C + f'"{TR}units/" | jq .\n' + json.dumps(page, indent=2, ensure_ascii=False) + "\n"
out += P + C + f'"{TR}units/" | jq -r \'.results[] | select(.state < 20) | "\\(.position)\\t\\(.state)\\t\\(.source[0][:40])"\'\n'
out += "".join(f"{r['position']}\t{r['state']}\t{r['source'][0][:40]}\n" for r in R if r["state"] < 20)
out += P + C + f'"{TR}statistics/" | jq \'{{total, translated, fuzzy, approved, translated_percent, total_words, translated_words}}\'\n'
out += json.dumps(stats, indent=2, ensure_ascii=False) + "\n" + P + "\n"
write_only(F1473, out, keys(F1473))
