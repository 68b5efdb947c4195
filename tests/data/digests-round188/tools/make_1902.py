#!/usr/bin/env python3
"""1902: a REDCap data export (CSV, raw data, variable names as header) of an invented journal-club nomination survey
of a health-data science group in Kenya (Swahili and English answers). The survey, its fields, the nominators (by
initials) and the dates are invented; the PEFT library, Unsloth and the Masakhane community appear as what they are.
Computed: the quoting by Python's csv writer (LF rows), record ids 1..n (asserted), timestamps increasing (asserted),
the completion status 2."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(1902)
HEAD = ["record_id", "redcap_survey_identifier", "journal_club_nomination_timestamp", "nominator_initials", "paper_title",
        "paper_link", "reason", "session_pref", "presenter_yn", "journal_club_nomination_complete"]
ROWS = [
 ("2026-01-19 08:52:11", "WK", T("2106.09685"), "https://arxiv.org/abs/2106.09685", "Msingi wa mbinu zote za PEFT. Good first session.", "1", "1"),
 ("2026-01-19 11:03:40", "AO", T("2305.14314"), "https://arxiv.org/pdf/2305.14314v1", "Tunaweza kufinetune 7B kwenye GPU moja ya A100 ya idara.", "1", "0"),
 ("2026-01-20 14:27:05", "JM", T("2110.04366"), f"https://openreview.net/forum?id={OR('2110.04366')}", "Unifies adapters, prefix tuning and LoRA in one framework.", "2", "1"),
 ("2026-01-21 09:15:58", "FN", T("2303.10512"), "http://arxiv.org/abs/2303.10512", "Budget allocation per layer; relevant kwa modeli za Kiswahili.", "2", "0"),
 ("2026-01-22 16:40:19", "WK", T("2101.00190"), "", "arXiv:2101.00190 - link haikupita kwenye fomu, tafadhali tumia ID.", "2", "1"),
 ("2026-01-23 10:02:33", "SC", T("1902.00751"), "", "The original adapters paper (Houlsby et al.). Classic.", "3", "0"),
 ("2026-01-26 13:55:47", "AO", T("2203.02155"), "", "RLHF basics before we discuss the clinical chatbot project.", "3", "1"),
 ("2026-01-27 07:31:26", "JM", T("2004.11886"), "", "Mobile deployment for the community health worker app.", "3", "0"),
 ("2026-01-28 12:18:09", "FN", "PEFT library docs (Hugging Face)", "https://huggingface.co/docs/peft", "Si makala - documentation for the hands-on session.", "1", "0"),
 ("2026-01-29 15:44:52", "SC", "Masakhane community resources", "https://www.masakhane.io/", "Data za lugha za Kiafrika; sio karatasi.", "3", "0"),
]
ts = [r[0] for r in ROWS]
assert ts == sorted(ts)
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(HEAD)
for i, r in enumerate(ROWS, 1):
    w.writerow([str(i), "", r[0], r[1], r[2], r[3], r[4], r[5], r[6], "2"])
text = buf.getvalue()
write_only(F, text, keys(F))
