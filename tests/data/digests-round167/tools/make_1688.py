#!/usr/bin/env python3
"""1688: a German NLP team's Jira backlog seen through jira-cli (ankitpokhrel/jira-cli), pasted from a terminal:
`jira issue list --plain --columns …` (Go's tabwriter with tab padding: each column as wide as its widest cell plus
one, rounded up to a tab stop of 8, cells padded with tabs; the last column unpadded) and `jira issue view KEY
--plain` (the one-line header with type, status, date, assignee, key, comment count; the title; the description;
the comments, the last marked `Latest comment`; the footer link). Layout, counts and dates are computed from the
modelled issues. The file ends on a bare prompt without a final newline."""
import os, sys, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1688)
PS = "lena@nlp-ws07:~/projekte/lesekreis$ "
HOST = "https://jira.example.de"
# (key, summary, status, assignee, created)
ISSUES = [
    ("LF-214", "Lesekreis März: effiziente Attention – Papers verteilen", "In Arbeit", "Jonas Weber", "2024-03-04 09:12:41"),
    ("LF-213", f"{T('2001.04451')} – LSH-Attention nachimplementieren", "Zu erledigen", "Jonas Weber", "2024-03-01 16:40:05"),
    ("LF-211", "ZeRO Stufe 2 auf dem neuen A100-Knoten testen (DeepSpeed-Config)", "In Arbeit", "Tobias Brandt", "2024-02-27 11:03:57"),
    ("LF-209", "Spekulatives Decoding im Inferenzserver evaluieren", "Zu erledigen", "Miriam Koch", "2024-02-26 14:22:10"),
    ("LF-207", "Benchmark: FLASH gegen unsere Baseline (8k Kontext)", "Fertig", "Lena Hoffmann", "2024-02-20 10:15:33"),
    ("LF-205", f"Vortrag: {T('2105.06548')}", "Zu erledigen", "Nicht zugewiesen", "2024-02-19 08:58:02"),
    ("LF-203", "GPU-Kontingent für Q2 beantragen", "Fertig", "Tobias Brandt", "2024-02-15 13:30:48"),
]
COLS = ["KEY", "SUMMARY", "STATUS", "ASSIGNEE", "CREATED"]
VIEW = "LF-214"
DESC = [
    "Wir lesen im März vier Papers zu effizienter Attention, jede/r stellt eines vor (20 Minuten + Diskussion).",
    "",
    f"* {T('2001.04451')} – https://openreview.net/forum?id={OR('2001.04451')} (Jonas, siehe auch LF-213)",
    f"* {T('2006.16236')} – https://arxiv.org/abs/2006.16236 (Miriam)",
    f"* {T('2202.10447')} – https://arxiv.org/pdf/2202.10447v2 (Lena, Zahlen aus LF-207 mitbringen)",
    f"* {T('1910.02054')} – https://arxiv.org/abs/1910.02054 (Tobias, passt zu LF-211)",
    "",
    f"Als Einstieg für alle: {T('2103.14636')}, Abschnitte 3 und 4 reichen.",
    "Termin: Donnerstags 14:00, Raum 3.12 oder Zoom (Link im Teamkalender).",
]
COMMENTS = [
    ("Jonas Weber", "2024-03-05", [f"{T('2111.00396')} würde ich gern als fünftes Paper ergänzen – das ist zwar keine Attention mehr, aber die Diskussion kommt sowieso.",
                                  "Die Annotated-S4-Seite hat guten Code dazu."]),
    ("Miriam Koch", "2024-03-06", [f"Für LF-209 lese ich parallel {T('2211.17192')} (arXiv:2211.17192), das ist näher an unserem Serverproblem.",
                                  "Die vLLM-Doku zum Draft-Modell ist leider noch dünn."]),
]


def tabwrite(rows, tabwidth=8, padding=1):
    n = len(rows[0])
    w = [((max(len(r[j]) for r in rows) + padding + tabwidth - 1) // tabwidth) * tabwidth for j in range(n - 1)]
    out = []
    for r in rows:
        s = ""
        for j in range(n - 1):
            s += r[j] + "\t" * (-(-(w[j] - len(r[j])) // tabwidth))
        out.append(s + r[-1])
    return out


def day(d):
    return dt.date.fromisoformat(d[:10]).strftime("%a, %d %b %y")


def build():
    L = [PS + "jira issue list --plain --columns key,summary,status,assignee,created --order-by created"]
    L += tabwrite([COLS] + [list(i) for i in ISSUES])
    k, summ, st, who, cr = next(i for i in ISSUES if i[0] == VIEW)
    L += [PS + f"jira issue view {VIEW} --plain --comments 5"]
    L += [f"🐞 Aufgabe  🚧 {st}  ⌛ {day(cr)}  👷 {who}  🔑️ {k}  💭 {len(COMMENTS)} comments  🧵 0 linked",
          f"# {summ}", f"⏱️  {day(cr)} by Lena Hoffmann", "",
          "------------------------ Description ------------------------", ""] + DESC + [""]
    L += [f"------------------------ {len(COMMENTS)} Comments ------------------------", ""]
    for n, (a, d, body) in enumerate(COMMENTS):
        L += [f" {a} • {day(d)}" + (" • Latest comment" if n == len(COMMENTS) - 1 else "")] + [" " + b for b in body] + [""]
    L += [f"View this issue on Jira: {HOST}/browse/{VIEW}", PS]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
