#!/usr/bin/env python3
"""342: a lecturer's grade sheet for the paper presentations in a master's NLP course, kept in Excel (Spanish
locale, Windows) and saved as "CSV (delimitado por comas)": Windows-1252, CRLF, ";" as the separator (the locale's
list separator), decimal commas, cells quoted only when they hold ";" or a quote, dates dd/mm/aaaa. Spanish (the
university and the students are invented). What such a sheet has: a header row, one row per student numbered 1..n
in presentation order, the session date (the course meets on Tuesdays and Thursdays), the paper presented and its
link, three rubric marks out of 10 (contenido 40 %, claridad 30 %, preguntas 30 %), the final mark = the weighted
sum to two decimals, remarks. Papers: the presented papers — arXiv abs/pdf and huggingface.co/papers URLs and an
OpenReview forum URL (link), "arXiv:ID" in the link column (arxiv-text), or no link (title-only); BERT, spaCy and
the course's Moodle are not papers."""
import csv, io, os, sys
from datetime import date
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_encoded
from make_expected import F342, keys
from alloc_keys import GPT1, GPT2, GLOVE

ROWS = [  # student, date, key, link, c, cl, p, remarks
    ("Aguilar Ruiz, Lucía", date(2024, 2, 20), "1301.3781", "arXiv:1301.3781", 8.5, 9.0, 8.0, "Buena comparación CBOW / skip-gram"),
    ("Benítez Soto, Marcos", date(2024, 2, 20), GLOVE, "", 7.0, 7.5, 6.5, "Confunde la matriz de coocurrencias con PMI"),
    ("Castro Vidal, Irene", date(2024, 2, 22), "1802.05365", "", 9.0, 8.5, 9.0, "Muy clara; buena demo con ELMo en español"),
    ("Delgado Pérez, Javier", date(2024, 2, 22), GPT1, "", 6.5, 7.0, 7.0, "Faltó explicar el ajuste fino; informe técnico de OpenAI"),
    ("Escobar Martín, Nerea", date(2024, 2, 27), "1901.02860", "https://arxiv.org/abs/1901.02860", 8.0, 8.0, 7.5, ""),
    ("Fuentes Gil, Álvaro", date(2024, 2, 27), GPT2, "", 7.5, 6.0, 7.0, "Demasiadas diapositivas"),
    ("García Lozano, Paula", date(2024, 2, 29), "1906.08237", "", 8.0, 7.0, 8.5, "Bien la parte de permutaciones"),
    ("Herrera Blanco, Diego", date(2024, 2, 29), "1907.11692", "https://arxiv.org/pdf/1907.11692", 7.0, 8.0, 7.0, "Comparó bien con BERT"),
    ("Iglesias Mora, Carmen", date(2024, 3, 5), "1910.13461", "", 9.5, 9.0, 9.0, "Excelente; usó spaCy para la demo"),
    ("Jiménez Rey, Pablo", date(2024, 3, 5), "2006.03654", "arXiv:2006.03654", 6.0, 6.5, 5.5, "No llegó a explicar la atención desacoplada"),
    ("León Navarro, Sara", date(2024, 3, 7), "2012.08561", "", 8.0, 8.5, 8.0, "Relacionó bien con ELECTRA"),
    ("Molina Cruz, Adrián", date(2024, 3, 7), "2010.06040", f"https://openreview.net/forum?id={OR('2010.06040')}", 7.5, 7.0, 8.0, "Entregó las diapositivas tarde (Moodle)"),
    ("Núñez Ortega, Elena", date(2024, 3, 12), "2106.07447", "https://huggingface.co/papers/2106.07447", 9.0, 9.5, 8.5, "Único artículo de voz; muy buena"),
]
fmt = lambda x: f"{x:.2f}".rstrip("0").rstrip(".").replace(".", ",") if x != int(x) else f"{int(x)}"
buf = io.StringIO()
w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
w.writerow(["Nº", "Alumno/a", "Fecha", "Artículo presentado", "Enlace", "Contenido (40%)", "Claridad (30%)",
            "Preguntas (30%)", "Nota final", "Observaciones"])
for i, (s, d, k, link, c, cl, p, rem) in enumerate(ROWS, 1):
    assert d.weekday() in (1, 3)
    final = round(0.4 * c + 0.3 * cl + 0.3 * p + 1e-9, 2)
    w.writerow([i, s, d.strftime("%d/%m/%Y"), T(k), link, fmt(c), fmt(cl), fmt(p), f"{final:.2f}".replace(".", ","), rem])
write_encoded(F342, buf.getvalue(), "cp1252", keys(F342))
