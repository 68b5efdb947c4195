#!/usr/bin/env python3
"""329: the copy-editor's query sheet for an article on efficient attention for Aragonese speech recognition, sent
by an (invented) open-access journal as a spreadsheet, filled in by the author in LibreOffice Calc (Linux) and saved
back as CSV (Text CSV, UTF-8, comma, '"' as text delimiter, only cells that need it quoted, LF). Aragonese (the
journal's working language). What such a sheet has: a header row (Consulta, Pachina, Linia, Consulta d'a
correctora, Respuesta de l'autor, Estau), one row per query numbered C1..Cn in the order of the proof (page, then
line), the status "Resuelto" / "Pendient", a multi-line answer inside one quoted cell, a query that points back at
an earlier one. Papers: the author's answers complete references — with an arXiv abs/pdf URL or an OpenReview forum
URL (link), with "arXiv:ID" (arxiv-text), or with the title and venue only (title-only); "FlashAttention" and
"Synthesizer" are also named as bare names in the queries."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only

KEYS = ["2006.04768", "2205.14135", "2307.08691", "2202.10447", "2302.10866", "2307.08621", "2103.02143",
        "2005.00743", "2103.14636", "2004.11886"]
ROWS = [
    ("1", "4", "O títol curto en a cabecera ye masiau largo (max. 60 caracters). Proposamos: «Atención eficient ta "
     "reconoixer l'aragonés».", "D'alcuerdo.", "Resuelto"),
    ("2", "18", "Referencia [3]: falta o títol. Por favor, completar-la.",
     f"Wang, S. et al. (2020). {T('2006.04768')}. https://arxiv.org/abs/2006.04768", "Resuelto"),
    ("2", "31", "«FlashAttention» ye o nombre d'un programa u d'un articlo? Si ye un articlo, cal citar-lo.",
     f"Ye un articlo: Dao, T. et al. (2022). {T('2205.14135')}. NeurIPS 35. L'he adhibiu como referencia [4].",
     "Resuelto"),
    ("3", "7", "Referencia [5]: a revista no acepta referencias nomás con o numero d'arXiv. Por favor, dar o títol.",
     f"Dao, T. (2023). {T('2307.08691')}. arXiv:2307.08691.", "Resuelto"),
    ("3", "22", "Tabla 1: a columna «GAU» no s'explica en o texto.",
     f"GAU ye a unidat d'atención con puertas de [6]: Hua, W., Dai, Z., Liu, H., Le, Q. V. (2022). {T('2202.10447')}. "
     "ICML.", "Resuelto"),
    ("4", "12", "Referencias [7] y [8]: falta l'anyo.",
     f"[7] Poli, M. et al. (2023). {T('2302.10866')}. ICML. https://arxiv.org/pdf/2302.10866\n"
     f"[8] Sun, Y. et al. (2023). {T('2307.08621')}.", "Resuelto"),
    ("5", "3", "Referencia [9]: o vinclo ta OpenReview no ye completo.",
     f"Corregiu: https://openreview.net/forum?id={OR('2103.02143')} (Peng, H. et al., {T('2103.02143')}, ICLR 2021).",
     "Resuelto"),
    ("5", "27", "En a sección 2 se diz «Synthesizer» sin referencia.",
     f"Adhibir como [10]: Tay, Y. et al. (2021). {T('2005.00743')}. ICML. (Cal renumerar as siguients?)", "Pendient"),
    ("6", "14", "Referencia [11]: ye un libro u un articlo?",
     f"Ye un articlo de revisión: Fournier, Q., Marceau Caron, G., Aloise, D. (2023). {T('2103.14636')}. ACM "
     "Computing Surveys 55(14s).", "Resuelto"),
    ("7", "2", "Referencia [12]: o mesmo problema que en C4.",
     f"Wu, Z. et al. (2020). {T('2004.11886')}. ICLR. arXiv:2004.11886", "Resuelto"),
    ("8", "19", "Figura 3: a resolución ye baixa (150 ppp). Cal 300 ppp u una imachen vectorial.",
     "Ninviada una nueva versión en PDF vectorial.", "Pendient"),
    ("9", "1", "Agradecimientos: confirmar o nombre d'o prochecto.", "Confirmo: prochecto «Fablas y mans».",
     "Resuelto"),
]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(["Consulta", "Pachina", "Linia", "Consulta d'a correctora", "Respuesta de l'autor", "Estau"])
for i, r in enumerate(ROWS, 1):
    w.writerow([f"C{i}", *r])
write_only("329_copyedit_query_sheet_csv_aragonese_efficient_attention_article.csv", buf.getvalue(), KEYS)
