#!/usr/bin/env python3
"""1813: a Greek PhD student's paper tracker as a VS Code GitHub Issues Notebook (`anagnoseis.github-issues`, the
GitHub Pull Requests and Issues extension's notebook): a JSON array written on one line by JSON.stringify, cells
`{"kind":1,"language":"markdown","value":…}` and `{"kind":2,"language":"github-issues","value":…}`; query cells define
`$variables` before use and use the extension's qualifiers (repo, is, label, assignee, sort …). Outputs are not stored
in the file. No final newline."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1813)


def md(v): return {"kind": 1, "language": "markdown", "value": v}
def q(v): return {"kind": 2, "language": "github-issues", "value": v}


CELLS = [
 md("# Αναγνώσεις διδακτορικού — RL και πράκτορες\n\nΚάθε άρθρο είναι ένα issue στο αποθετήριο `anagnoseis` με ετικέτα `άρθρο`. "
    "Οι σημειώσεις μένουν στα issues· εδώ κρατάω μόνο τη λίστα και τα ερωτήματα."),
 q("$repo=repo:eleni-pap/anagnoseis\n$paper=label:άρθρο"),
 md("## Προς ανάγνωση αυτή την εβδομάδα\n\n"
    f"- [{T('2106.01345')}](https://arxiv.org/abs/2106.01345) — RL ως πρόβλεψη ακολουθίας\n"
    f"- [{T('2304.03442')}](https://arxiv.org/abs/2304.03442) — για το κεφάλαιο των πρακτόρων\n"
    f"- {T('2101.03958')} (arXiv: 2101.03958), ICLR 2021"),
 q("$repo $paper is:open assignee:@me sort:created-asc"),
 md("## Ρομποτική και γλωσσικά μοντέλα\n\n"
    f"- [{T('2204.01691')}](https://arxiv.org/pdf/2204.01691) — SayCan, CoRL 2022\n"
    f"- [{T('2006.05990')}](https://arxiv.org/abs/2006.05990v1) — ποιες επιλογές μετράνε στο PPO"),
 q("$repo $paper label:ρομποτική"),
 md("## Βελτιστοποίηση και γράφοι (για τον κ. Νικολάου)\n\n"
    f"- {T('2103.13462')} — θεωρία, ICML 2021\n"
    f"- {T('2011.03459')} — ICLR 2021, βραβείο καλύτερου άρθρου\n"
    f"- {T('2006.03656')} — αναζήτηση υπερπαραμέτρων και αρχιτεκτονικής\n\n"
    "Όχι άρθρα αλλά χρήσιμα: το μάθημα του David Silver για RL (βίντεο), το βιβλίο των Sutton & Barto και η τεκμηρίωση του Gymnasium."),
 q("$repo $paper is:closed sort:updated-desc"),
]


if __name__ == "__main__":
    write_only(F, json.dumps(CELLS, ensure_ascii=False, separators=(",", ":")), keys(F))
