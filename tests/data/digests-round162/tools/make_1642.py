#!/usr/bin/env python3
"""1642: a CSV export of a Merlin Project plan (the macOS project-management app) of an invented German hospital
research project on federated, parameter-efficient fine-tuning, German UI: comma-separated, every field quoted, LF,
UTF-8 without BOM; columns Nr., Gliederungsnummer, Titel, Start, Ende, Dauer, Erledigt, Ressourcen, Priorität, Notizen;
group rows span their children (computed), durations in working days, the groups' completion weighted by duration
(computed), a milestone with 0 days; notes with links and references."""
import csv, datetime as dt, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1642)
D = dt.date


def wd(a, b):
    return sum(1 for i in range((b - a).days + 1) if (a + dt.timedelta(i)).weekday() < 5)


# (outline, title, start, end, done %, resources, priority, note); groups have start None
rows = [
    ("1", "Literaturrecherche PEFT", None, None, None, "", "Normal", ""),
    ("1.1", "LoRA lesen und zusammenfassen", D(2025, 3, 3), D(2025, 3, 4), 100, "Lena Hoffmann", "Hoch",
     f"{T('2106.09685')}\nhttps://arxiv.org/abs/2106.09685\nZusammenfassung im Wiki (Seite PEFT/LoRA)."),
    ("1.2", "QLoRA: 4-Bit-Quantisierung prüfen", D(2025, 3, 5), D(2025, 3, 7), 100, "Jonas Becker", "Hoch",
     f"{T('2305.14314')} – https://arxiv.org/pdf/2305.14314.pdf\nLäuft das auf den A40-Karten im Klinikum?"),
    ("1.3", "Adapter und Prefix-Tuning", D(2025, 3, 10), D(2025, 3, 12), 80, "Lena Hoffmann", "Normal",
     f"Houlsby et al., {T('1902.00751')} (arXiv:1902.00751)\n{T('2101.00190')}: https://arxiv.org/abs/2101.00190"),
    ("1.4", "P-Tuning und (IA)³ vergleichen", D(2025, 3, 12), D(2025, 3, 14), 50, "Selin Yılmaz", "Normal",
     f"P-Tuning: „{T('2103.10385')}“ (Liu et al.)\n(IA)³: {T('2205.05638')}, https://arxiv.org/abs/2205.05638v2"),
    ("1.5", "Übersicht: einheitliche Sicht auf PEFT", D(2025, 3, 17), D(2025, 3, 18), 0, "Lena Hoffmann", "Niedrig",
     f"Grundlage: „{T('2110.04366')}“ (He et al., ICLR 2022). Tabelle für den Zwischenbericht."),
    ("2", "Föderiertes Setup", None, None, None, "", "Normal", ""),
    ("2.1", "FedDyn als Alternative zu FedAvg prüfen", D(2025, 3, 17), D(2025, 3, 19), 20, "Jonas Becker", "Normal",
     f"„{T('2111.04263')}“, ICLR 2021. Frage: Wie verhält sich das mit LoRA-Gewichten?"),
    ("2.2", "Flower-Testumgebung mit 4 simulierten Kliniken", D(2025, 3, 19), D(2025, 3, 26), 0, "Jonas Becker; Max Wagner", "Hoch",
     "Flower 1.x, Docker-Compose im Rechenzentrum; Zugang über VPN."),
    ("2.3", "Freigabe durch Datenschutzbeauftragte", D(2025, 3, 20), D(2025, 4, 3), 0, "Dr. Katrin Schulz", "Hoch",
     "Antrag liegt beim DSB; ohne Freigabe keine echten Arztbriefe."),
    ("3", "Experimente", None, None, None, "", "Normal", ""),
    ("3.1", "Baseline: volles Fine-Tuning (Llama 3 8B)", D(2025, 3, 27), D(2025, 4, 2), 0, "Selin Yılmaz", "Normal",
     "Nur auf synthetischen Arztbriefen; GPU-Kontingent beantragt."),
    ("3.2", "LoRA / QLoRA föderiert", D(2025, 4, 3), D(2025, 4, 11), 0, "Selin Yılmaz; Jonas Becker", "Normal",
     "Rang 8 und 16, Metriken: ROUGE-L, BERTScore, Bewertung durch zwei Ärztinnen."),
    ("3.3", "Meilenstein: Zwischenbericht an das Konsortium", D(2025, 4, 11), D(2025, 4, 11), 0, "Dr. Katrin Schulz", "Hoch", ""),
]
MILESTONE = "3.3"
full = {}
for o, t, s, e, p, r, pr, n in rows:
    if s is not None:
        full[o] = [o, t, s, e, (0 if o == MILESTONE else wd(s, e)), p, r, pr, n]
for o, t, s, e, p, r, pr, n in rows:
    if s is None:
        ch = [v for k, v in full.items() if k.startswith(o + ".")]
        s_, e_ = min(v[2] for v in ch), max(v[3] for v in ch)
        tot = sum(v[4] for v in ch)
        full[o] = [o, t, s_, e_, wd(s_, e_), round(sum(v[4] * v[5] for v in ch) / tot), "", pr, ""]
order = [r[0] for r in rows]
out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
w.writerow(["Nr.", "Gliederungsnummer", "Titel", "Start", "Ende", "Dauer", "Erledigt", "Ressourcen", "Priorität", "Notizen"])
for i, o in enumerate(order, 1):
    _, t, s, e, d, p, r, pr, n = full[o]
    st = f"{s:%d.%m.%y} 09:00"
    en = f"{e:%d.%m.%y} {'09:00' if o == MILESTONE else '17:00'}"
    w.writerow([str(i), o, t, st, en, f"{d} T", f"{p} %", r, pr, n])
write_only(F, out.getvalue(), keys(F))
