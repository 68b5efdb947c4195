#!/usr/bin/env python3
"""1809: a Dutch group's reading app made in Power Apps, unpacked with `pac canvas unpack` (Src/App.fx.yaml): the
`App As appinfo:` control with four-space indents, each property a Power Fx formula after `=` (multi-line ones as a
`|` block), OnStart filling the collection colLeeslijst with ClearCollect over a Table of records (every record the
same fields: Titel, Link, Jaar, Status, Door, Notitie; a missing link Blank()), Set statements chained with `;`
(the invariant locale the source files use), the counts of Set derived here from the records."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1809)
FIELDS = ["Titel", "Link", "Jaar", "Status", "Door", "Notitie"]
RECS = [
 (T("2006.11239"), "https://arxiv.org/abs/2006.11239", 2020, "Gelezen", "Sanne", "basis voor alles hierna"),
 (T("2112.10752"), "https://arxiv.org/abs/2112.10752v2", 2022, "Gelezen", "Daan", "Stable Diffusion; CVPR 2022"),
 (T("2302.05543"), "https://arxiv.org/pdf/2302.05543", 2023, "Bezig", "Sanne", 'ControlNet, voor de "pose"-sessie'),
 (T("2303.01469"), None, 2023, "Bezig", "Pieter", "arXiv 2303.01469, sampling in één stap"),
 (T("2308.04079"), "https://arxiv.org/abs/2308.04079", 2023, "Bezig", "Lotte", "niet diffusie, wel 3D; SIGGRAPH 2023"),
 (T("2208.01618"), None, 2022, "Te lezen", "Daan", "ICLR 2023; vergelijken met DreamBooth"),
 (T("2208.12242"), None, 2022, "Te lezen", "Lotte", "CVPR 2023"),
 (T("2211.09800"), None, 2022, "Te lezen", "Pieter", "beeldbewerking met instructies"),
 ("Hugging Face Diffusers-documentatie", "https://huggingface.co/docs/diffusers", 2024, "Te lezen", "Sanne", "documentatie, geen artikel"),
]


def fx(v):
    if v is None: return "Blank()"
    if isinstance(v, int): return str(v)
    return '"' + v.replace('"', '""') + '"'


def build():
    L = ["App As appinfo:", "    BackEnabled: =false", "    OnStart: |", "        =ClearCollect(", "            colLeeslijst,", "            Table("]
    for i, r in enumerate(RECS):
        L.append("                {" + ", ".join(f"{k}: {fx(v)}" for k, v in zip(FIELDS, r)) + "}" + ("," if i < len(RECS) - 1 else ""))
    L += ["            )", "        );",
          '        Set(varTeLezen, CountRows(Filter(colLeeslijst, Status = "Te lezen")));',
          '        Set(varGelezen, CountRows(Filter(colLeeslijst, Status = "Gelezen")))',
          "    Theme: =PowerAppsTheme", ""]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F), forms=[build().replace('""', '"')])
