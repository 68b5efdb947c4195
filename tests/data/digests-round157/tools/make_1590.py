#!/usr/bin/env python3
"""1590: a German reading group keeps its list as YAML in git; the moderator compares the previous commit's version
with the working copy using dyff (`dyff between`): the figlet banner with the two file names and the number of
differences, then one block per path (value change, list entries added / removed, map entries added) in dot-style paths
with the list entries identified by their `name`, and `--set-exit-code`. The report is computed from the two modelled
versions."""
import hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1590)
PS = "jonas@eff-seq:~/lesekreis$ "
OLD = {
    "gruppe": "Lesekreis Effiziente Sequenzmodelle",
    "stand": "2024-05-02",
    "moderation": "Jonas Becker",
    "papiere": [
        {"name": T("2011.04006"), "status": "offen", "termin": "2024-05-23"},
        {"name": T("2006.04768"), "url": "https://arxiv.org/abs/2006.04768", "status": "offen", "termin": "2024-05-30"},
        {"name": T("2004.05150"), "url": "https://arxiv.org/abs/2004.05150", "status": "offen"},
        {"name": T("1904.10509"), "status": "offen", "notiz": "Blog von OpenAI reicht vielleicht"},
        {"name": T("2006.03236"), "status": "offen", "notiz": "Pooling über die Sequenz"},
        {"name": T("2001.04451"), "status": "gelesen"},
    ],
    "werkzeuge": [
        {"name": "xformers", "url": "https://github.com/facebookresearch/xformers"},
    ],
}
NEW = {
    "gruppe": "Lesekreis Effiziente Sequenzmodelle",
    "stand": "2024-05-16",
    "moderation": "Jonas Becker",
    "papiere": [
        {"name": T("2011.04006"), "url": "https://openreview.net/forum?id=" + OR("2011.04006"), "status": "gelesen", "termin": "2024-05-16"},
        {"name": T("2006.04768"), "url": "https://arxiv.org/pdf/2006.04768.pdf", "status": "offen", "termin": "2024-05-23"},
        {"name": T("2004.05150"), "url": "https://arxiv.org/abs/2004.05150v2", "status": "offen"},
        {"name": T("2006.03236"), "status": "offen", "notiz": "Pooling über die Sequenz, Decoder für Token-Aufgaben (NeurIPS 2020)"},
        {"name": T("2001.04451"), "status": "gelesen", "quelle": "arXiv:2001.04451"},
        {"name": T("2205.14135"), "url": "https://arxiv.org/abs/2205.14135", "status": "offen", "termin": "2024-06-06"},
        {"name": T("2312.00752"), "status": "offen", "notiz": "Vorschlag Miriam, Link folgt"},
    ],
    "werkzeuge": [
        {"name": "xformers", "url": "https://github.com/facebookresearch/xformers"},
        {"name": "flash-attention (Repo, kein Paper)", "url": "https://github.com/Dao-AILab/flash-attention"},
    ],
}
NUM = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]


def ys(v):
    s = str(v)
    return '"' + s + '"' if ": " in s or s.endswith(":") or s[:1] in "*&!%@`'\"[]{}#|>" else s


def entry(d, ind):
    out = []
    for j, (k, v) in enumerate(d.items()):
        out.append(" " * ind + ("- " if j == 0 else "  ") + f"{k}: {ys(v)}")
    return out


def diff(old, new, path=""):
    """the blocks in document order: a map's own added / removed entries first, then its keys one by one"""
    blocks = []
    added = [k for k in new if k not in old]
    removed = [k for k in old if k not in new]
    if path and added:
        blocks.append((path, [f"  + {NUM[len(added)]} map entr{'y' if len(added) == 1 else 'ies'} added:"] + [f"    {k}: {ys(new[k])}" for k in added]))
    if path and removed:
        blocks.append((path, [f"  - {NUM[len(removed)]} map entr{'y' if len(removed) == 1 else 'ies'} removed:"] + [f"    {k}: {ys(old[k])}" for k in removed]))
    for k in new:
        p = f"{path}.{k}" if path else k
        if k not in old: continue
        a, b = old[k], new[k]
        if isinstance(b, list):
            an = {e["name"]: e for e in a}
            bn = {e["name"]: e for e in b}
            rem = [e for e in a if e["name"] not in bn]
            add = [e for e in b if e["name"] not in an]
            det = []
            if rem:
                det += [f"  - {NUM[len(rem)]} list entr{'y' if len(rem) == 1 else 'ies'} removed:"] + [l for e in rem for l in entry(e, 4)]
            if add:
                det += [f"  + {NUM[len(add)]} list entr{'y' if len(add) == 1 else 'ies'} added:"] + [l for e in add for l in entry(e, 4)]
            if det:
                blocks.append((p, det))
            for e in a:
                if e["name"] in bn:
                    blocks += diff(e, bn[e["name"]], f"{p}.{e['name']}")
        elif a != b:
            blocks.append((p, ["  ± value change", f"    - {a}", f"    + {b}"]))
    return blocks


def h(s):
    return hashlib.sha1(s.encode()).hexdigest()[:7]


def build():
    blocks = diff(OLD, NEW)
    n = len(blocks)
    L = [PS + "git log --oneline -3 -- leseliste.yaml",
         f"{h('c3')} Leseliste: FlashAttention und Mamba dazu, Sparse Transformers gestrichen, LRA gelesen",
         f"{h('c2')} Leseliste: Termine bis Ende Mai",
         f"{h('c1')} Leseliste angelegt",
         PS + "git show HEAD~1:leseliste.yaml > /tmp/alt.yaml",
         PS + "dyff between /tmp/alt.yaml leseliste.yaml",
         "     _        __  __",
         "   _| |_   _ / _|/ _|  between /tmp/alt.yaml",
         " / _' | | | | |_| |_       and leseliste.yaml",
         "| (_| | |_| |  _|  _|",
         f" \\__,_|\\__, |_| |_|   returned {NUM[n]} difference{'' if n == 1 else 's'}",
         "        |___/", ""]
    for p, det in blocks:
        L += [p] + det + [""]
    L += [PS + "dyff between --omit-header --set-exit-code /tmp/alt.yaml leseliste.yaml > /dev/null; echo $?", "1", PS]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
