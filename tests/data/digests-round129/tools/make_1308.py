#!/usr/bin/env python3
"""1308: a csvkit session (Polish): a Kraków-like vision lab's reading group keeps `lektury.csv` (nr, tytuł, arxiv,
link, prowadzący, termin, status); Kasia looked at it with csvkit and pasted the terminal into the group's chat:
`head -n 4` (the raw CSV, minimal quoting), `csvcut | csvlook` — agate's type inference reads the arxiv column as numbers
and prints them as `#,##0.000…` (thousands separator, three decimals, the truncation ellipsis), so the ids come out
mangled —, then `csvlook -I` (no inference) over the whole file, a `csvgrep | csvcut | csvlook` filter (dates as ISO
dates) and a `csvsql --query` count. csvlook's layout: `| a | b |`, a `| -- |` rule under the header, cells padded to
the column's widest value, Number columns right-aligned (header too), empty cells blank. timm (a library) and a
lecture recording are not papers; AlexNet, SAM and ViT are nicknames."""
import os, sys
from decimal import Decimal, ROUND_HALF_EVEN
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1308, keys, ALEXNET

HEAD = ["nr", "tytuł", "arxiv", "link", "prowadzący", "termin", "status"]
ROWS = [
 ["1", T("1905.11946"), "1905.11946", "https://arxiv.org/abs/1905.11946", "Kasia", "2024-03-05", "przeczytane"],
 ["2", ALEXNET, "", "", "Tomek", "2024-03-12", "przeczytane"],
 ["3", T("2004.08955"), "2004.08955", "https://arxiv.org/abs/2004.08955", "Ola", "2024-03-19", "przeczytane"],
 ["4", T("2106.10270"), "", "", "Marek", "2024-04-09", "do przeczytania"],
 ["5", T("2010.01412"), "2010.01412", "https://arxiv.org/abs/2010.01412", "Kasia", "2024-04-16", "przeczytane"],
 ["6", T("2006.14536"), "2006.14536", "", "Tomek", "2024-04-23", "do przeczytania"],
 ["7", T("2304.02643"), "2304.02643", "https://arxiv.org/pdf/2304.02643", "Ola", "2024-05-07", "w trakcie"],
 ["8", T("2103.14339"), "", "", "Marek", "2024-05-14", "do przeczytania"],
 ["9", "timm (pytorch-image-models) – biblioteka, nie artykuł", "", "https://github.com/huggingface/pytorch-image-models", "Kasia", "2024-05-21", "narzędzie"],
 ["10", "Wykład: Vision Transformers w praktyce (nagranie)", "", "https://www.youtube.com/watch?v=dR3sVn7Lq2E", "Tomek", "", "do obejrzenia"],
]


def csv_line(r):
    return ",".join('"' + c.replace('"', '""') + '"' if any(x in c for x in ',"\n') else c for c in r)


def is_num(col):
    vals = [v for v in col if v != ""]
    return bool(vals) and all(v.replace(".", "", 1).isdigit() for v in vals)


def fmt_num(vals):
    places = max((len(v.split(".")[1]) if "." in v else 0) for v in vals if v)
    ell = places > 3
    p = min(places, 3)
    out = []
    for v in vals:
        if v == "": out.append(""); continue
        d = Decimal(v).quantize(Decimal(1).scaleb(-p), rounding=ROUND_HALF_EVEN)
        ip, _, fp = f"{d:f}".partition(".")
        out.append(f"{int(ip):,}" + ("." + fp if p else "") + ("…" if ell else ""))
    return out


def look(head, rows, infer=True):
    cols = list(zip(*rows)) if rows else [[] for _ in head]
    num = [infer and is_num(c) for c in cols]
    cols = [fmt_num(list(c)) if n else list(c) for c, n in zip(cols, num)]
    rows = [list(r) for r in zip(*cols)]
    ws = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(head)]
    line = lambda cells: "| " + " | ".join(c.rjust(w) if n else c.ljust(w) for c, w, n in zip(cells, ws, num)) + " |"
    return [line(head), "| " + " | ".join("-" * w for w in ws) + " |"] + [line(r) for r in rows]


P = "kasia@lab-wizji:~/czytelnia$ "
out = [P + "head -n 4 lektury.csv", csv_line(HEAD)] + [csv_line(r) for r in ROWS[:3]]
sel = lambda names, rows: [[r[HEAD.index(n)] for n in names] for r in rows]
c1 = ["nr", "tytuł", "arxiv"]
out += [P + "csvcut -c nr,tytuł,arxiv lektury.csv | csvlook"] + look(c1, sel(c1, ROWS))
out += [P + "# arxiv jako liczby?! bez wnioskowania typów:", P + "csvlook -I lektury.csv"] + look(HEAD, ROWS, infer=False)
c3 = ["nr", "tytuł", "prowadzący", "termin"]
todo = [r for r in ROWS if r[6] == "do przeczytania"]
out += [P + 'csvgrep -c status -m "do przeczytania" lektury.csv | csvcut -c nr,tytuł,prowadzący,termin | csvlook'] + look(c3, sel(c3, todo))
cnt = {}
for r in ROWS: cnt[r[4]] = cnt.get(r[4], 0) + 1
agg = sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0].encode()))
out += [P + 'csvsql --query "select prowadzący, count(*) as n from lektury group by prowadzący order by n desc, prowadzący" lektury.csv | csvlook']
out += look(["prowadzący", "n"], [[k, str(v)] for k, v in agg])
out += [P]
text = "\n".join(out) + "\n"
write_only(F1308, text, keys(F1308))
