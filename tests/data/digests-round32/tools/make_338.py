#!/usr/bin/env python3
"""338: the title/abstract screening sheet of a systematic review of parameter-efficient fine-tuning methods, kept
in Google Sheets by two reviewers and downloaded as Tab-separated values (.tsv): CRLF, no quoting (no cell holds a
tab, a quote or a line break), one header row. English. What such a sheet has: the record ID from the deduplicated
search export (ascending, with gaps where duplicates were removed), title, authors ("Surname AB; …"), year,
source, link, the two reviewers' votes (Include / Exclude / Maybe), "Conflict" (Yes exactly when the votes differ),
the final decision after discussion (Include / Exclude), the exclusion reason (only for Exclude, from the
protocol's list), notes. Papers: every record is a paper — arXiv abs URLs and an OpenReview forum URL in "Link"
(link), "arXiv:ID" in "Source" (arxiv-text), or the title with a venue only (title-only); excluded records are
papers too."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, CAT, sn_init, write_only, year
from make_expected import F338, keys

REASONS = {"E1 not PEFT", "E2 no LM / transformer", "E3 tool or survey only"}


def auth(k, n=3):
    a = CAT[k]["authors"]
    return "; ".join(sn_init(x) for x in a[:n]) + ("; et al." if len(a) > n else "")


# id, key, source, link, r1, r2, final, reason, notes
ROWS = [
    ("S0007", "1801.06146", "ACL 2018", "", "Exclude", "Exclude", "Exclude", "E1 not PEFT", "full fine-tuning; background only"),
    ("S0012", "1902.00751", "ICML 2019", "", "Include", "Include", "Include", "", "adapters; seminal"),
    ("S0019", "1908.10084", "EMNLP-IJCNLP 2019", "", "Exclude", "Maybe", "Exclude", "E1 not PEFT", "sentence embeddings; discussed 12 Mar"),
    ("S0023", "1910.03771", "EMNLP 2020 (Demos)", "", "Exclude", "Exclude", "Exclude", "E3 tool or survey only", "library paper"),
    ("S0041", "2101.00190", "ACL-IJCNLP 2021", "https://arxiv.org/abs/2101.00190", "Include", "Include", "Include", "", ""),
    ("S0044", "2103.10385", "arXiv:2103.10385", "", "Include", "Maybe", "Include", "", "P-tuning; check published version"),
    ("S0052", "2104.08691", "EMNLP 2021", "", "Include", "Include", "Include", "", "prompt tuning"),
    ("S0058", "2103.14339", "arXiv preprint (cs.CV)", "", "Exclude", "Exclude", "Exclude", "E2 no LM / transformer", "medical imaging, off topic"),
    ("S0063", "2106.10199", "ACL 2022", "", "Include", "Include", "Include", "", "BitFit"),
    ("S0071", "2110.04366", "ICLR 2022", f"https://openreview.net/forum?id={OR('2110.04366')}", "Include", "Include", "Include", "", "unifying framework; also use for taxonomy"),
    ("S0086", "2205.05638", "NeurIPS 2022", "", "Maybe", "Include", "Include", "", "(IA)3; compares with ICL"),
    ("S0094", "2303.10512", "ICLR 2023", "https://arxiv.org/abs/2303.10512", "Include", "Include", "Include", "", ""),
    ("S0117", "2402.09353", "arXiv:2402.09353", "", "Include", "Include", "Include", "", "ICML 2024 version pending"),
]
HDR = ["Record ID", "Title", "Authors", "Year", "Source", "Link", "Reviewer 1 (AK)", "Reviewer 2 (JM)", "Conflict",
       "Final decision", "Exclusion reason", "Notes"]
lines = ["\t".join(HDR)]
for rid, k, src, link, r1, r2, fin, reason, note in ROWS:
    assert (fin == "Exclude") == bool(reason) and (not reason or reason in REASONS)
    lines.append("\t".join([rid, T(k), auth(k), str(year(k)), src, link, r1, r2, "Yes" if r1 != r2 else "No", fin,
                            reason, note]))
text = "\r\n".join(lines) + "\r\n"
assert '"' not in text
write_only(F338, text, keys(F338))
