#!/usr/bin/env python3
"""1582: a Projectplace board's cards exported to CSV (a Swedish company's study group on fine-tuning): Swedish column
names, semicolon-separated as Swedish spreadsheet locales expect, UTF-8 with a BOM, CR LF records, minimal quoting."""
import csv, io, os, sys, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1582)
HEAD = ["Kort-ID", "Titel", "Beskrivning", "Kolumn", "Ansvarig", "Etiketter", "Planerad start", "Förfallodatum",
        "Skapad av", "Skapad", "Senast ändrad"]
t0 = dt.datetime(2025, 2, 17, 8, 52)
# (title, description, column, assignee, labels, due date or "")
cards = [
    (T("2106.09685"), "Grundpappret. Läs avsnitt 4 och tabell 2.\nhttps://arxiv.org/abs/2106.09685", "Klart", "Elin Lindqvist", "Artikel; Grund", "2025-02-26"),
    (T("1902.00751"), "Adapters – originalet. Ingen länk, PDF:en ligger i Teams-mappen.", "Klart", "Oskar Berg", "Artikel; Grund", "2025-03-05"),
    (T("2106.10199"), "Bara bias-termerna tränas. https://arxiv.org/abs/2106.10199v2", "Pågår", "Maja Holm", "Artikel", "2025-03-12"),
    (T("2101.00190"), "Prefix-tuning; jämför med P-tuning nedan.", "Pågår", "Oskar Berg", "Artikel; Prompt", "2025-03-12"),
    (T("2103.10385"), "P-tuning. Endast titel tills vidare, någon får lägga till länk.", "Planerat", "Elin Lindqvist", "Artikel; Prompt", "2025-03-19"),
    (T("2205.05638"), "(IA)³ och T-Few. Viktigt för vår kundcase med 200 exempel.\nhttps://arxiv.org/abs/2205.05638", "Planerat", "Johan Ek", "Artikel", "2025-03-26"),
    (T("2305.14314"), "4-bitars kvantisering + LoRA, så att det får plats på ett A100-kort.\nPDF: https://arxiv.org/pdf/2305.14314", "Planerat", "Maja Holm", "Artikel; Kvantisering", "2025-04-02"),
    (T("1711.05101"), "AdamW; arXiv:1711.05101 – läs bara avsnitt 2 och 3, resten är experiment.", "Planerat", "Johan Ek", "Artikel; Optimering", "2025-04-02"),
    ("PEFT-biblioteket (Hugging Face)", "Kod, inte artikel: https://github.com/huggingface/peft – vi kör version 0.14.", "Resurser", "Oskar Berg", "Kod", ""),
    ("GPT-SW3 på Hugging Face Hub", "Svensk basmodell att finjustera (modell, inte artikel). Licensen måste godkännas först.", "Resurser", "Elin Lindqvist", "Modell", ""),
    ("Beräkningstid på Berzelius", "Ansökan skickad 14/2, svar väntas i mars. Kontakt: IT-avdelningen.", "Resurser", "Johan Ek", "Admin", "2025-03-14"),
    ("Möte: genomgång av LoRA-experimentet", "Anteckningar: rank 8 räcker för klassificering; rank 64 för generering.\nNästa gång: QLoRA-körningen.", "Klart", "Maja Holm", "Möte", ""),
]
buf = io.StringIO()
w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
w.writerow(HEAD)
for i, (title, desc, col, who, labels, due) in enumerate(cards):
    c = t0 + dt.timedelta(days=i // 3, hours=2 * (i % 3), minutes=(17 * i) % 50)   # office hours, in card order
    u = c + dt.timedelta(days=1 + (i * 5) % 9, minutes=23 + i)
    start = (dt.date.fromisoformat(due) - dt.timedelta(days=7)).isoformat() if due else ""
    w.writerow([f"#{141 + i}", title, desc, col, who, labels, start, due, "Elin Lindqvist" if i % 3 else "Oskar Berg",
                c.strftime("%Y-%m-%d %H:%M"), u.strftime("%Y-%m-%d %H:%M")])
text = "\ufeff" + buf.getvalue()
write_only(F, text, keys(F))
