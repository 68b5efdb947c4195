#!/usr/bin/env python3
"""1652: an Italian PhD student's weekly experiment report as a Pweave script (`report_nas.py`, published with
`pweave -f md2html report_nas.py`): Pweave's script format — markdown in `#' ` comment lines (a pandoc title block
`#' % …`), code chunks opened by `#+ name, option=value` lines, plain Python in between. The code is valid Python; the
chunk names are unique; the results table is built in the code from the modelled runs."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1652)
MD = lambda s: "\n".join("#' " + l if l else "#'" for l in s.split("\n"))
TEXT = [
    ("md", "% Ricerca di architetture: resoconto settimanale (settimana 10)\n% Giulia Ferrante\n% 8 marzo 2024"),
    ("md", "# Obiettivo\n\nQuesta settimana ho confrontato la selezione dell'architettura di DARTS con la variante"
           "\nbasata sulla perturbazione proposta in [" + T("2108.04392") + "](https://arxiv.org/abs/2108.04392)."
           "\nLo spazio di ricerca è quello di NAS-Bench-201; le reti finali sono addestrate da zero tre volte."),
    ("code", "setup, echo=False", "import numpy as np\nimport pandas as pd\nimport matplotlib.pyplot as plt\n\n"
             "RUNS = 'risultati/settimana10.csv'\nSEMI = [0, 1, 2]"),
    ("md", "# Metodi\n\n- Ricerca: DARTS del primo ordine, 50 epoche, poi selezione per magnitudine o per perturbazione."
           "\n- Spazio simbolico: le configurazioni sono scritte con [" + T("2101.08809") + "](https://arxiv.org/pdf/2101.08809v1),"
           "\n  che rende facile cambiare lo spazio senza toccare il codice di addestramento."
           "\n- Riferimento di scala: [" + T("1905.11946") + "](https://arxiv.org/abs/1905.11946) per il coefficiente"
           "\n  composto (profondità, larghezza, risoluzione) nei test di trasferimento."),
    ("code", "carica, echo=True", "df = pd.read_csv(RUNS)\nsel = df.groupby(['metodo', 'seme'])['acc_test'].max().unstack()\n"
             "sel['media'] = sel[SEMI].mean(axis=1)\nsel['dev'] = sel[SEMI].std(axis=1)\nsel.round(2)"),
    ("md", "# Risultati\n\nLa selezione per perturbazione è più stabile tra i semi (deviazione standard più bassa),"
           "\ncome nell'articolo. La media non cambia molto su CIFAR-10, di più su ImageNet16-120."),
    ("code", "grafico, echo=False, fig=True, width='12 cm', caption='Accuratezza di test per seme'",
             "ax = sel[SEMI].T.plot(marker='o')\nax.set_xlabel('seme')\nax.set_ylabel('accuratezza (%)')\nplt.tight_layout()"),
    ("md", "# Altre letture della settimana\n\n- [" + T("2106.10270") + "](https://arxiv.org/abs/2106.10270): le ricette di"
           "\n  augmentation e regolarizzazione per ViT, utili per il trasferimento (Marco le usa già)."
           "\n- " + T("2101.03958") + " (arXiv:2101.03958): la ricerca è sul grafo di calcolo della loss,"
           "\n  non sull'architettura, ma l'idea di spazio simbolico è la stessa."
           "\n- " + T("2103.14339") + " — segnalato da Alessandro per il progetto con il policlinico."
           "\n- " + T("2103.14338") + ": fuori tema, ma il codice del loro generatore ci serve per le demo."
           "\n- " + T("2004.08955") + ", da confrontare come backbone con le celle trovate da DARTS."
           "\n\nIl tutorial di NNI sulla ricerca one-shot e la documentazione di NAS-Bench-201 restano i riferimenti"
           "\npratici; il seminario di giovedì è spostato alle 14:30."),
    ("code", "ambiente, echo=False, results='verbatim'", "import platform, torch\nprint(platform.python_version(), torch.__version__, torch.cuda.get_device_name(0))"),
]


def build():
    out = []
    for part in TEXT:
        if part[0] == "md": out.append(MD(part[1]))
        else: out.append("#+ " + part[1] + "\n" + part[2])
    return "\n\n".join(out) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
