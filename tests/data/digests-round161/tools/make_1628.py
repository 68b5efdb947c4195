#!/usr/bin/env python3
"""1628: a Polish PhD student's reading-notes repository under Sapling (sl): the smartlog (`sl`), `sl log -v -l 4`
(commit, user, date, files, description), `sl status` and `sl diff` of an uncommitted note. Commit hashes are sha1
of the parent hash, the date and the message (hg-like, full 40 hex; the log prints 12, the smartlog 9); the smartlog's
relative dates, the status letters and the diff's hunk header are computed from the modelled repository."""
import datetime as dt, hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1628)
PS = "kasia@thinkpad:~/notatki-czytelnicze$ "
USER = "Katarzyna Wójcik <k.wojcik@ii.uni.example.pl>"
NOW = dt.datetime(2024, 3, 12, 10, 5, 0)
TZ = "+0100"
BASE = ("6b1d0e73c2a84f59e1c0d3b7a2f8e4c95d17a0b3", dt.datetime(2024, 3, 6, 16, 30, 12), "remote/main")
# (date, files, message) — local draft commits on top of remote/main, oldest first
COMMITS = [
    (dt.datetime(2024, 3, 8, 14, 2, 41), ["notatki/linformer.md", "lista.md"],
     "notatki: Linformer\n\n" + T("2006.04768") + "\nhttps://arxiv.org/abs/2006.04768\n\n"
     "Projekcja K i V do stałego wymiaru k; na krótkich sekwencjach zysk znikomy.\n"
     "Porównać z Reformer: The Efficient Transformer (arXiv:2001.04451, ICLR 2020) — LSH zamiast projekcji."),
    (dt.datetime(2024, 3, 11, 18, 12, 9), ["notatki/longformer.md", "notatki/lra.md", "lista.md"],
     "notatki: Longformer + LRA\n\n- " + T("2004.05150") + "\n  https://arxiv.org/abs/2004.05150v2\n- " +
     T("2011.04006") + "\n  https://arxiv.org/abs/2011.04006\n\nLRA: tabela 1 przepisana do lra.md; "
     "wyniki Path-X dalej puste u wszystkich."),
    (dt.datetime(2024, 3, 12, 9, 41, 7), ["notatki/mamba.md", "lista.md"],
     "notatki: Mamba (selektywne SSM)\n\n" + T("2312.00752") + "\nhttps://arxiv.org/pdf/2312.00752\n\n"
     "Na seminarium 19.03; kod z repozytorium state-spaces/mamba działa tylko na GPU z CUDA."),
]
DIFF_OLD = ["# Lista do przeczytania", "", "## Przeczytane", "- Linformer", "- Longformer", "- LRA", "- Mamba", "",
            "## Do przeczytania"]
DIFF_ADD = ["- " + T("2006.16236") + " (ICML 2020)", "- " + T("2202.10447") + " (FLASH, ICML 2022)",
            "- " + T("2105.06548") + " — Expire-Span, ICML 2021; zapytać Tomka, czy ma slajdy"]
DIFF_AFTER = ["", "## Pomysły", "- porównanie na LRA z własną implementacją (patrz lra.md)"]


def h(parent, d, msg):
    return hashlib.sha1(f"{parent}\n{d.isoformat()}\n{msg}".encode()).hexdigest()


def rel(d):
    if d.date() == NOW.date(): return "Today at " + d.strftime("%H:%M")
    if (NOW.date() - d.date()).days == 1: return "Yesterday at " + d.strftime("%H:%M")
    return d.strftime("%b %d at %H:%M")


def hgdate(d):
    return d.strftime("%a %b %d %H:%M:%S %Y ") + TZ


def build():
    chain, parent = [], BASE[0]
    for d, files, msg in COMMITS:
        parent = h(parent, d, msg); chain.append((parent, d, files, msg))
    L = [PS + "sl"]
    rev = list(reversed(chain))
    for i, (c, d, files, msg) in enumerate(rev):
        last = i == len(rev) - 1
        L += [f"  {'@' if i == 0 else 'o'}  {c[:9]}  {rel(d)}  kasia", ("╭─╯  " if last else "  │  ") + msg.split("\n")[0],
              "│" if last else "  │"]
    L += [f"o  {BASE[0][:9]}  {rel(BASE[1])}  {BASE[2]}", "│", "~"]
    L += [PS + "sl log -v -l 4"]
    for c, d, files, msg in rev:
        L += [f"commit:      {c[:12]}", f"user:        {USER}", f"date:        {hgdate(d)}", "files:       " + " ".join(sorted(files)),
              "description:"] + msg.split("\n") + ["", ""]
    L += [f"commit:      {BASE[0][:12]}", "user:        Katarzyna Wójcik <k.wojcik@ii.uni.example.pl>",
          f"date:        {hgdate(BASE[1])}", "files:       README.md", "description:",
          "README: jak prowadzę notatki (szablon w szablon.md)", "", ""]
    L += [PS + "sl status", "M lista.md", "? notatki/szkic-linear-attention.md"]
    L += [PS + "sl diff lista.md", "diff --git a/lista.md b/lista.md", "--- a/lista.md", "+++ b/lista.md"]
    ctx_before = DIFF_OLD[-3:]
    start = len(DIFF_OLD) - len(ctx_before) + 1
    old_n, new_n = len(ctx_before) + len(DIFF_AFTER), len(ctx_before) + len(DIFF_ADD) + len(DIFF_AFTER)
    L += [f"@@ -{start},{old_n} +{start},{new_n} @@"] + [" " + x for x in ctx_before] + ["+" + x for x in DIFF_ADD]
    L += [" " + x for x in DIFF_AFTER]
    L.append(PS)
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
