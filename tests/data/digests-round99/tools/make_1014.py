#!/usr/bin/env python3
"""1014: the Texy! source of a Czech department seminar page (a Nette-based department site renders `.texy` pages):
underlined headings (`###`, `***`, `===`), a `.[perex]` modifier line, a Texy table (`|---` separator lines,
`|*` header cells), `"text":URL` links (mailto too), a `-` list, a blockquote with its `--` signature, a
`/--code python … \\--` block, a `/--comment … \\--` block, a horizontal rule and a right-aligned `.<>` /
`.>` footer. The summer-semester programme of a seminar on learning theory, AutoML and scientific ML; backup topics
are listed by title only. The neuraloperator repository, a lecture recording and the course page are not papers;
"FNO", "Graphormer" and "FedDyn" are nicknames."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import by_num, keys

F = by_num(1014)
K = dict(pyglove="2101.08809", fno="2010.08895", shortcut="2004.07780", eigen="2010.00554", autodrop="2101.01761",
         whycnn="2010.08515", graphormer="2106.05234", feddyn="2111.04263")


def heading(t, ch):
    return t + "\n" + ch * len(t)


def table(head, rows):
    w = [max(len(r[i]) for r in [head] + rows) for i in range(len(head) - 1)]
    sep = "|" + "-" * (sum(w) + 3 * len(w) + 40)
    def row(cells, star=False):
        p, d = ("|* ", 1) if star else ("| ", 0)
        return "".join(p + c.ljust(w[i] - d) + " " for i, c in enumerate(cells[:-1])) + p + cells[-1]
    return "\n".join([sep, row(head, True), sep] + [row(r) for r in rows] + [sep])


rows = [
    ["20. 2.", "Petr Novák", "úvod, rozdělení témat, jak má vypadat referát"],
    ["27. 2.", "Tereza Svobodová", '"[[T:pyglove]]":https://arxiv.org/abs/2101.08809'],
    ["5. 3.", "Jakub Dvořák", "[[T:eigen]] (arXiv:2010.00554)"],
    ["12. 3.", "Lucie Černá", '"[[T:shortcut]]":https://arxiv.org/abs/2004.07780'],
    ["19. 3.", "Martin Procházka", '"[[T:fno]]":https://arxiv.org/pdf/2010.08895.pdf'],
    ["26. 3.", "--", "*děkanský den, seminář odpadá*"],
    ["2. 4.", "Eliška Veselá", "volné téma z náhradního seznamu (viz níže)"],
]
S = "\n\n".join([
    heading("Seminář: Teorie a automatizace strojového učení", "#"),
    ".[perex]\nKaždé úterý v 15:40 v posluchárně S11. Jeden referát za semestr, 25 minut + diskuse. Přihlašujte se\n"
    "e-mailem \"Petru Novákovi\":mailto:petr.novak@ktiml.example nejpozději týden předem.",
    heading("Program letního semestru 2024", "*"),
    table(["Datum", "Referující", "Článek"], rows),
    "Slajdy nahrávejte do sdílené složky nejpozději v pondělí večer. Kdo referuje o EigenGame, ať si zopakuje\n"
    "mocninnou metodu -- bude se hodit.",
    heading("Náhradní témata", "*"),
    "Pokud někdo odpadne, bereme z tohoto seznamu. Odkazy záměrně neuvádím, dohledat článek je součást úkolu:",
    "- [[T:autodrop]] -- navazuje na diskusi o PyGlove a automatickém hledání regularizace\n"
    "- [[T:whycnn]] -- čistá teorie, pro odvážné; důkaz v příloze je dlouhý\n"
    "- [[T:graphormer]] -- transformery na grafech (Graphormer), hodí se k OGB\n"
    "- [[T:feddyn]] -- FedDyn; dobře se doplňuje s přednáškou o distribuované optimalizaci",
    heading("Poznámky k referátům", "="),
    "> Referát není převyprávění článku. Chci slyšet hlavní myšlenku, proč funguje a kde selže.\n"
    "> Jeden obrázek, který jste si nakreslili sami, je lepší než deset zkopírovaných.\n"
    "> -- P. N.",
    "Kostra pro referát o FNO (spektrální konvoluce v 1D), ať nezačínáte od nuly:",
    "/--code python\n"
    "import torch\n\n"
    "def spectral_conv1d(x, weights, modes):\n"
    "    # x: (batch, channels, n); weights: (channels, channels, modes), komplexní\n"
    "    x_ft = torch.fft.rfft(x)\n"
    "    out_ft = torch.zeros_like(x_ft)\n"
    "    out_ft[:, :, :modes] = torch.einsum(\"bix,iox->box\", x_ft[:, :, :modes], weights)\n"
    "    return torch.fft.irfft(out_ft, n=x.size(-1))\n"
    "\\--",
    "Užitečné odkazy (nejsou to články):",
    "- \"knihovna neuraloperator\":https://github.com/neuraloperator/neuraloperator -- implementace FNO v PyTorchi\n"
    "- \"záznam loňské přednášky o neuronových operátorech\":https://www.youtube.com/watch?v=Ol2ChNQ9A8c\n"
    "- \"stránka předmětu v SIS\":https://is.cuni.example/studium/predmety/index.php?kod=NAIL139",
    "/--comment\nTODO: doplnit místnost na květen (S11 bude obsazená), zeptat se Jakuba na projektor\n\\--",
    "-------",
    ".>\n*Poslední úprava: 4. 3. 2024, P. N.*",
])
text = fill(S, K) + "\n"
write_only(F, text, keys(F))
