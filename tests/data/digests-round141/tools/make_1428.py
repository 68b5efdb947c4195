#!/usr/bin/env python3
"""1428: a terminal session (Spanish): a student looks up the group's pending reading list in fatcat (the Internet
Archive's catalogue) through its v0 API with curl and jq: `cat` of the TSV (versioned arXiv id or `-`, title, who), a
`while read` loop (`release/lookup?arxiv=…`, `jq -r '[…] | @tsv'`; rows without an id print `sin id: …`), one lookup
that fails (fatcat's NotFound error body gives an all-empty @tsv line) and its retry with another version, one release
with `expand=files` through a jq projection (jq's two-space layout), and a loop printing the repository URLs of three
more releases. fatcat leaves null fields out (ext_ids holds only `arxiv`). Idents (26 base32 characters), sizes and
dates are invented, computed from the key. Not papers: LAION-400M (a dataset), scholar.archive.org, the Wayback
Machine. Nicknames: CLIP, ALIGN, SigLIP, LLaVA, AlexNet."""
import base64, hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1428, keys, ALEXNET

ident = lambda s: base64.b32encode(hashlib.sha1(("fatcat" + s).encode()).digest()[:16]).decode().lower().rstrip("=")[:26]
ROWS = [  # tsv id, title, note
 ("2103.00020v1", T("2103.00020"), "Lucía (CLIP)"),
 ("2304.02643v1", T("2304.02643"), "Mateo"),
 ("2102.05918v2", T("2102.05918"), "Lucía (ALIGN)"),
 ("2106.08254v2", T("2106.08254"), "Sofía"),
 ("2303.15343v4", T("2303.15343"), "Mateo (SigLIP)"),
 ("-", T("2304.08485"), "Sofía (LLaVA; buscar la versión de NeurIPS)"),
 ("-", T("1912.11370"), "Javier"),
 ("-", ALEXNET, "Javier (AlexNet, NIPS 2012; no está en arXiv)"),
 ("-", "LAION-400M (conjunto de datos, no es un artículo)", "Mateo"),
]
YEAR = {"2103.00020v1": 2021, "2304.02643v1": 2023, "2102.05918v2": 2021, "2106.08254v2": 2021, "2303.15343v1": 2023}
MISSING = "2303.15343v4"
P = "lucia@portatil:~/lecturas$ "
out = P + "cat pendientes.tsv\n" + "".join("\t".join(r) + "\n" for r in ROWS)
out += P + "# los que no tienen id los busco después a mano en scholar.archive.org\n"
LOOP = ("while IFS=$'\\t' read -r id titulo quien; do [ \"$id\" = \"-\" ] && { echo \"sin id: $titulo\"; continue; }; "
        "curl -s \"https://api.fatcat.wiki/v0/release/lookup?arxiv=$id&hide=abstracts,refs\" | "
        "jq -r '[.ident, .release_year, .release_stage, .title] | @tsv'; done < pendientes.tsv")
out += P + LOOP + "\n"
for aid, title, _ in ROWS:
    if aid == "-": out += f"sin id: {title}\n"
    elif aid == MISSING: out += "\t\t\t\n"
    else: out += f"{ident(aid)}\t{YEAR[aid]}\tsubmitted\t{title}\n"
out += P + f"curl -s https://api.fatcat.wiki/v0/release/lookup?arxiv={MISSING}\n"
out += json.dumps({"success": False, "error": "NotFound", "message": f"Not found: {MISSING}"}, separators=(",", ":")) + "\n"
out += (P + "curl -s 'https://api.fatcat.wiki/v0/release/lookup?arxiv=2303.15343v1&hide=abstracts,refs' | "
        "jq -r '[.ident, .release_year, .release_stage, .title] | @tsv'\n")
out += f"{ident('2303.15343v1')}\t2023\tsubmitted\t{T('2303.15343')}\n"
clip = "2103.00020v1"
out += (P + f"curl -s 'https://api.fatcat.wiki/v0/release/{ident(clip)}?expand=files&hide=abstracts,refs' | "
        "jq '{title, release_date, ext_ids, files: [.files[] | {size, mimetype, urls}]}'\n")
obj = {"title": T("2103.00020"), "release_date": "2021-02-26", "ext_ids": {"arxiv": clip},
       "files": [{"size": 5286611, "mimetype": "application/pdf",
                  "urls": [{"url": "https://arxiv.org/pdf/2103.00020v1", "rel": "repository"},
                           {"url": "https://web.archive.org/web/20210227031052/https://arxiv.org/pdf/2103.00020v1.pdf", "rel": "webarchive"}]}]}
out += json.dumps(obj, indent=2, ensure_ascii=False) + "\n"
three = ["2304.02643v1", "2102.05918v2", "2106.08254v2"]
out += (P + "for i in " + " ".join(ident(a) for a in three) + "; do curl -s \"https://api.fatcat.wiki/v0/release/$i?expand=files\" | "
        "jq -r '.files[].urls[] | select(.rel == \"repository\") | .url'; done\n")
out += "".join(f"https://arxiv.org/pdf/{a}\n" for a in three)
out += P + "\n"
write_only(F1428, out, keys(F1428))
