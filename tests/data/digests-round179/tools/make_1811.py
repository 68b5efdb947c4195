#!/usr/bin/env python3
"""1811: an Italian reading group's page on its Pico CMS site, `content/gruppo-di-lettura.md`: Pico's YAML header
between `---` lines (Title, Description, Author, Date, Template, Robots), then Markdown (Parsedown Extra) with Pico's
%base_url% / %meta.title% placeholders, a table of the sessions (weekly Tuesdays from the first date, computed here),
links and notes. The three papers not on arXiv are named by title only."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, ALEXNET, GLOROT, DBN

F = by_num(1811)
START = dt.date(2024, 2, 6)
# article (markdown), relatore
ROWS = [
 (f"*{DBN}* (Hinton et al., 2006)", "Giulia"),
 (f"*{GLOROT}* (Glorot & Bengio, AISTATS 2010)", "Marco"),
 (f"*{ALEXNET}* (NIPS 2012)", "Chiara"),
 (f"[{T('1502.01852')}](https://arxiv.org/abs/1502.01852)", "Luca"),
 (f"[{T('1512.03385')}](https://arxiv.org/abs/1512.03385)", "Giulia"),
 (f"[{T('1905.11946')}](https://arxiv.org/pdf/1905.11946v5)", "Marco"),
 (f"{T('2106.10270')} — arXiv:2106.10270", "Chiara"),
 (f"[{T('2006.05929')}](https://arxiv.org/abs/2006.05929)", "Luca"),
]


def build():
    L = ["---", "Title: Gruppo di lettura", "Description: Calendario e articoli del gruppo di lettura sulle reti profonde classiche",
         "Author: Giulia Bianchi", "Date: 2024-01-29", "Template: page", "Robots: noindex,nofollow", "---", "",
         "# %meta.title% — inverno 2024", "",
         "Ci vediamo il martedì alle 17 in aula B2 (o su Jitsi, link nella [pagina riunioni](%base_url%/riunioni)).",
         "Chi presenta prepara 15 minuti di riassunto e due domande per la discussione.", "",
         "| Data | Articolo | Relatore |", "| --- | --- | --- |"]
    for i, (a, r) in enumerate(ROWS):
        d = START + dt.timedelta(weeks=i)
        L.append(f"| {d.day}/{d.month}/{d.year} | {a} | {r} |")
    L += ["", "## Materiale di supporto", "",
          "- [Dive into Deep Learning](https://d2l.ai/), capitoli 7 e 8 (libro, non un articolo)",
          "- Il corso CS231n di Stanford, lezioni 5–9 (video)",
          "- Il codice delle sessioni è nel repository del gruppo: [git.lab.example.it/lettura](https://git.lab.example.it/lettura)", "",
          "*Ultimo aggiornamento: 29 gennaio 2024. Per proporre un articolo scrivete a giulia.bianchi@lab.example.it.*", ""]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
