#!/usr/bin/env python3
"""1622: the tasks of a Ganttic project (Ganttic, an Estonian resource planner) exported to CSV with the Estonian interface:
a UTF-8 BOM (for Excel), semicolon-separated (the Estonian locale's list separator), CR LF records, quotes only where
a field needs them (a semicolon, a quote or a line break inside), dates `dd.mm.yyyy HH:MM`, hours with a decimal
comma. An invented Tallinn company's reading circle on parameter-efficient fine-tuning."""
import csv, datetime as dt, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import by_num, keys
F = by_num(1622)
HEAD = ["Ülesanne", "Projekt", "Ressurss", "Algus", "Lõpp", "Kestus (h)", "Olek", "Prioriteet", "Märkmed"]
P = "PEFT lugemisring (kevad 2025)"
D = lambda s: dt.datetime.strptime(s, "%d.%m.%Y %H:%M")
# (task, resource, start, end, hours, state, priority, notes)
tasks = [
    ("Avakohtumine ja artiklite jagamine", "Kadri Tamm", "03.03.2025 15:00", "03.03.2025 16:00", 1, "Tehtud", "Keskmine",
     "Koosolekuruum Kuu; Teams-link kalendris."),
    (T("1902.00751"), "Marek Saar", "04.03.2025 09:00", "07.03.2025 17:00", 6, "Tehtud", "Kõrge",
     "Adapterid Transformeri kihtide vahel (Houlsby jt, ICML 2019). PDF on Confluence'is, lehel \"Lugemisring\"."),
    (T("2101.00190"), "Liis Kask", "04.03.2025 09:00", "07.03.2025 17:00", 6, "Tehtud", "Keskmine",
     "Pidevad prefiksid iga kihi ette; mudel ise jääb külmutatuks.\nhttps://arxiv.org/abs/2101.00190"),
    (T("2106.09685"), "Andrus Mägi", "10.03.2025 09:00", "12.03.2025 17:00", 5, "Tehtud", "Kõrge",
     "https://arxiv.org/abs/2106.09685 – meie põhimeetod; vaadata ka peft-teegi LoraConfig vaikeväärtusi."),
    (T("2106.10199"), "Kadri Tamm", "10.03.2025 09:00", "12.03.2025 17:00", 3, "Tehtud", "Madal",
     "Treenitakse ainult bias-parameetreid. Lühiartikkel, ACL 2022."),
    (T("2110.04366"), "Marek Saar", "13.03.2025 09:00", "18.03.2025 17:00", 8, "Pooleli", "Keskmine",
     "Ühendab adapterid, prefiksid ja LoRA ühte raamistikku (ICLR 2022). Tabel 1 kokkuvõtteks slaidile."),
    (T("2303.10512"), "Liis Kask", "17.03.2025 09:00", "20.03.2025 17:00", 6, "Pooleli", "Keskmine",
     "Astaku eelarve jagatakse kihtide vahel ümber; https://arxiv.org/abs/2303.10512"),
    (T("2305.14314"), "Andrus Mägi", "17.03.2025 09:00", "21.03.2025 17:00", 7.5, "Planeeritud", "Kõrge",
     "4-bitine NF4 + LoRA; proovida ühel A100-l.\nhttps://arxiv.org/pdf/2305.14314v1"),
    (T("1711.05101"), "Kadri Tamm", "24.03.2025 09:00", "25.03.2025 17:00", 2, "Planeeritud", "Madal",
     "AdamW, arXiv:1711.05101. Kasutame kõigis katsetes; kas weight decay 0,01 või 0,1?"),
    ("Katse: LoRA vs adapterid EstBERT-iga (sentimendiandmestik)", "Andrus Mägi; Liis Kask", "24.03.2025 09:00",
     "04.04.2025 17:00", 24, "Planeeritud", "Kõrge", "GPU-server gpu02; tulemused MLflow'sse."),
    ("Kokkuvõte ja ettekanne arendusosakonnale", "Kadri Tamm", "07.04.2025 14:00", "07.04.2025 15:30", 1.5,
     "Planeeritud", "Keskmine", ""),
]
buf = io.StringIO()
w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
w.writerow(HEAD)
for name, who, s, e, h, st, pr, notes in tasks:
    assert D(s) <= D(e)
    w.writerow([name, P, who, s, e, (f"{h:g}").replace(".", ","), st, pr, notes])
text = buf.getvalue()
write_raw(F, ("\ufeff" + text).encode("utf-8"), [text], keys(F))
