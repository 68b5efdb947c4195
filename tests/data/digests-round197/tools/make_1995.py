#!/usr/bin/env python3
"""1995: a Freeciv ruleset (`data/jarjestused/techs.ruleset`: [datafile], [control] and eight [advance_*] sections,
`name = _("…")`, req1 / req2, flags, graphic, helptext spanning lines, `;` comments), Estonian: an OpenReview link,
arXiv links (`/abs/`, `/pdf/…v2`, `http://`) in helptexts and comments, one id in text, three titles alone, and
non-papers (a repository, a blog post, a book, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1995)
Q = '\\"'
ADV = [
    ("sparse", "Hõre tähelepanu", "None", "None", "a.alphabet",
     [f"Teadlased loevad artiklit {Q}{T('1904.10509')}{Q}.", "https://arxiv.org/abs/1904.10509"]),
    ("longdoc", "Pikad dokumendid", "Hõre tähelepanu", "None", "a.writing",
     [f"{T('2004.05150')} (arXiv 2004.05150): libiseva akna tähelepanu."]),
    ("lowrank", "Madala astme projektsioon", "Hõre tähelepanu", "None", "a.mathematics",
     [f"{T('2006.04768')}."]),
    ("funnel", "Lehtertrafo", "Pikad dokumendid", "None", "a.literacy",
     [f"{Q}{T('2006.03236')}{Q} — jada lüheneb kihtide kaupa."]),
    ("hippo", "Polünoommälu", "Madala astme projektsioon", "None", "a.astronomy",
     [f"{T('2008.07669')}", "https://arxiv.org/pdf/2008.07669v2"]),
    ("s4", "Olekuruumid", "Polünoommälu", "Pikad dokumendid", "a.philosophy",
     [f"{T('2111.00396')}", f"https://openreview.net/forum?id={OR('2111.00396')}"]),
    ("expire", "Unustamise kunst", "Lehtertrafo", "None", "a.mysticism",
     [f"{T('2105.06548')}."]),
    ("mamba", "Valikulised olekud", "Olekuruumid", "Unustamise kunst", "a.theory_of_gravity",
     [f"{T('2312.00752')}", "http://arxiv.org/abs/2312.00752",
      f"Vaata ka: Sasha Rushi blogipostitus {Q}The Annotated S4{Q}, raamat {Q}Dive into Deep Learning{Q}",
      "ja seminar https://video.jadalabor.example.ee/seminar/2024-02."]),
]


def build():
    L = ["; Freeciv techs.ruleset — \"Järjestused\" (lugemisringi reeglistik, versioon 0.5)",
         "; Iga tehnoloogia on üks artikkel pikkade jadade ja olekuruumide teemal.",
         "; Kood: https://github.com/jadalabor/freeciv-jarjestused (hoidla, mitte artikkel)", "",
         "[datafile]", 'description = "Järjestused technology data for Freeciv"',
         'options     = "+Freeciv-3.1-ruleset"', "format_version = 30", "",
         "[control]", "; omad lipud puuduvad", ""]
    for ident, name, r1, r2, gfx, help_ in ADV:
        L += [f"[advance_{ident}]", f'name     = _("{name}")', f'req1     = "{r1}"', f'req2     = "{r2}"',
              'flags    = ""', f'graphic     = "{gfx}"', 'graphic_alt = "-"']
        if len(help_) == 1:
            L.append(f'helptext = _("{help_[0]}")')
        else:
            L.append(f'helptext = _("{help_[0]}')
            L += help_[1:-1]
            L.append(f'{help_[-1]}")')
        L.append("")
    return "\n".join(L[:-1]) + "\n"


if __name__ == "__main__":
    s = build()
    write_only(F, s, keys(F), forms=[s.replace('\\"', '"')])
