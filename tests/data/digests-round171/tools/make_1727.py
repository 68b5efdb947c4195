#!/usr/bin/env python3
"""1727: a German PhD student's terminal (pasted): `wc -l` and four spyql queries over her reading list
`leseliste.jsonl` (one JSON object per line). The outputs are computed from the modelled list: the line count, the
status counts (GROUP BY, ORDER BY), the CSV writer's minimal quoting, tabulate's "simple" layout behind `TO pretty`
(columns at least the header's width + 2, two blanks between, text left and numbers right), and `TO json`'s
json.dumps line (ASCII escapes)."""
import csv, io, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1727)
PS = "lena@t14:~/promotion/lesen$ "
A = "https://arxiv.org/"
ROWS = [
 dict(titel=T("2006.07733"), url=A + "abs/2006.07733", status="gelesen", notiz="Target-Netz mit EMA, keine Negativbeispiele", datum="2023-11-02"),
 dict(titel=T("2103.03230"), url=A + "abs/2103.03230v3", status="gelesen", notiz="Redundanzreduktion statt negativer Paare; Abschnitt 4 für den Vergleich mit BYOL", datum="2023-11-09"),
 dict(titel="Lilian Weng: Self-Supervised Representation Learning (Blogpost)", url="https://lilianweng.github.io/posts/2019-11-10-self-supervised/", status="gelesen", notiz="guter Überblick, ältere Methoden", datum="2023-11-10"),
 dict(titel=T("2103.00020"), url=A + "pdf/2103.00020v1", status="gelesen", notiz="Zero-Shot-Tabellen für das Kapitel 2 übernehmen", datum="2023-12-04"),
 dict(titel=T("2106.08254"), url=A + "abs/2106.08254", status="gelesen", notiz="Masked Image Modeling mit dVAE-Tokens", datum="2024-01-15"),
 dict(titel=T("1912.11370"), url="https://drive.example.de/lena/bit_eccv2020.pdf", status="läuft", notiz="arXiv:1912.11370 – Upstream/Downstream-Protokoll für unsere Transfer-Experimente", datum="2024-02-20"),
 dict(titel="DL-Vorlesung, Kap. 7: Kontrastives Lernen (Video)", url="https://video.example.de/dl-vl/kap07", status="läuft", notiz="ab Minute 38 Barlow vs. VICReg", datum="2024-02-21"),
 dict(titel=T("2011.06182"), url="https://drive.example.de/lena/bituning.pdf", status="offen", notiz="Martin empfiehlt es für Fine-Tuning", datum="2024-03-01"),
 dict(titel=T("2010.04592"), url="https://drive.example.de/lena/hardneg.pdf", status="offen", notiz="ICLR 2021, Sampling der Negativen", datum="2024-03-01"),
 dict(titel=T("2006.06882"), url="https://drive.example.de/lena/zoph_selftraining.pdf", status="offen", notiz="NeurIPS 2020; für die Diskussion im Kolloquium", datum="2024-03-05"),
 dict(titel="solo-learn (Bibliothek mit SSL-Methoden)", url="https://github.com/vturrisi/solo-learn", status="offen", notiz="Configs für Barlow/BYOL ansehen", datum="2024-03-06"),
]


def pretty(headers, rows):
    """tabulate(rows, headers, tablefmt="simple"): numbers right-aligned, text left-aligned"""
    num = [all(isinstance(r[j], int) for r in rows) for j in range(len(headers))]
    w = [max([len(h) + 2] + [len(str(r[j])) for r in rows]) for j, h in enumerate(headers)]
    cell = lambda s, j: str(s).rjust(w[j]) if num[j] else str(s).ljust(w[j])
    out = ["  ".join(cell(h, j) for j, h in enumerate(headers)), "  ".join("-" * x for x in w)]
    out += ["  ".join(cell(c, j) for j, c in enumerate(r)) for r in rows]
    return out


def build():
    L = [PS + "wc -l leseliste.jsonl", f"{len(ROWS)} leseliste.jsonl"]
    q = 'spyql "SELECT json->status AS status, count_agg(*) AS n FROM json GROUP BY 1 ORDER BY 1 TO pretty" < leseliste.jsonl'
    st = sorted({r["status"] for r in ROWS})
    L += [PS + q] + pretty(["status", "n"], [[s, sum(r["status"] == s for r in ROWS)] for s in st])
    q = "spyql \"SELECT json->titel AS titel, json->url AS url FROM json WHERE json->status == 'gelesen' TO csv\" < leseliste.jsonl"
    buf = io.StringIO(); w = csv.writer(buf, lineterminator="\n")
    w.writerow(["titel", "url"])
    for r in ROWS:
        if r["status"] == "gelesen": w.writerow([r["titel"], r["url"]])
    L += [PS + q] + buf.getvalue().rstrip("\n").split("\n")
    q = "spyql \"SELECT json->titel AS titel, json->status AS status, json->notiz AS notiz FROM json WHERE json->status != 'gelesen' TO pretty\" < leseliste.jsonl"
    L += [PS + q] + pretty(["titel", "status", "notiz"], [[r["titel"], r["status"], r["notiz"]] for r in ROWS if r["status"] != "gelesen"])
    q = "spyql \"SELECT * FROM json WHERE 'Barlow' in json->titel TO json\" < leseliste.jsonl"
    L += [PS + q] + [json.dumps(r) for r in ROWS if "Barlow" in r["titel"]]
    L += [PS + "git add leseliste.jsonl && git commit -qm 'Leseliste: Stand März'", PS]
    return "\n".join(L)


if __name__ == "__main__":
    txt = build()
    forms = [json.dumps(ROWS, ensure_ascii=False)]
    write_only(F, txt, keys(F), forms=forms)
