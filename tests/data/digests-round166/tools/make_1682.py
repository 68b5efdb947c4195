#!/usr/bin/env python3
"""1682: a VersionOne (Digital.ai Agility) backlog grid exported as CSV, Lithuanian: every field quoted, CR LF, UTF-8
without a BOM; English column names, the team's titles and rich-text descriptions (HTML, as VersionOne stores them) in
Lithuanian; stories «S-nnnnn», defects «D-nnnnn», tasks «TK-nnnnn» with their parent story; statuses Future / In
Progress / Done / Accepted; points on stories and defects, hours on tasks. The Kaunas team, project, sprints and people
are invented; Hugging Face PEFT, bitsandbytes and LitLT (an invented Lithuanian legal corpus) appear as what they are,
never labelled."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import by_num, keys
F = by_num(1682)
HEAD = ["ID", "Type", "Title", "Parent", "Project", "Sprint", "Owners", "Status", "Priority", "Estimate", "To Do",
        "Description"]
PR = "Teisės aktų asistentas"
rows = [
    ("S-01842", "Story", "Apžvalga: adapterių metodai", "", "2025 S06", "Rūta Petrauskienė", "Accepted", "Medium", "3", "",
     f'<p>Perskaityti <a href="https://arxiv.org/abs/1902.00751">{T("1902.00751")}</a> ir aprašyti, kur įterpiami adapterių sluoksniai.</p>'),
    ("TK-05210", "Task", "Santrauka Confluence puslapyje", "S-01842", "2025 S06", "Rūta Petrauskienė", "Done", "", "", "0",
     "<p>Santrauka su schema, 1 psl.</p>"),
    ("S-01843", "Story", "Apžvalga: prefiksų derinimas", "", "2025 S06", "Mantas Jankauskas", "Done", "Medium", "2", "",
     f'<p>{T("2101.00190")} – <a href="https://arxiv.org/abs/2101.00190">https://arxiv.org/abs/2101.00190</a>. Palyginti su „prompt tuning“.</p>'),
    ("S-01844", "Story", "QLoRA bandymas su 8B modeliu", "", "2025 S07", "Mantas Jankauskas", "In Progress", "High", "5", "",
     f'<p>Pagal „{T("2305.14314")}“ (<a href="https://arxiv.org/pdf/2305.14314">PDF</a>). 4 bitų NF4, bitsandbytes, viena A100.</p>'),
    ("TK-05231", "Task", "Paruošti LitLT mokymo duomenis", "S-01844", "2025 S07", "Gabija Kazlauskaitė", "In Progress", "", "", "6",
     "<p>Išvalyti dublikatus, padalinti 90/5/5.</p>"),
    ("TK-05232", "Task", "Paleisti mokymą ir surinkti metrikas", "S-01844", "2025 S07", "Mantas Jankauskas", "Future", "", "", "12",
     "<p>Hugging Face PEFT, žr. konfigūraciją repozitorijoje.</p>"),
    ("S-01851", "Story", "AdaLoRA: adaptyvus rangų paskirstymas", "", "2025 S07", "Rūta Petrauskienė", "Future", "Medium", "3", "",
     f"<p>„{T('2303.10512')}“ (arXiv:2303.10512). Ar verta vietoj fiksuoto rango?</p>"),
    ("S-01852", "Story", "Bendras PEFT metodų palyginimas", "", "2025 S08", "Gabija Kazlauskaitė", "Future", "Medium", "5", "",
     f"<p>Remtis „{T('2110.04366')}“ (He et al., ICLR 2022) ir „{T('2106.10199')}“ (Ben Zaken et al., ACL 2022). Lentelė: parametrų kiekis / tikslumas.</p>"),
    ("S-01853", "Story", "Reguliarizacija mažiems duomenims", "", "2025 S08", "Tomas Vaitkus", "Future", "Low", "2", "",
     f"<p>Peržiūrėti „{T('2101.01761')}“ (Pham &amp; Le, AAAI 2021); kol kas tik skaityti.</p>"),
    ("S-01854", "Story", "Federuotas derinimas tarp teismų", "", "2025 S09", "Tomas Vaitkus", "Future", "Low", "8", "",
     f"<p>Idėja iš „{T('2111.04263')}“ (Acar et al., ICLR 2021). Kol kas tik simuliacija.</p>"),
    ("D-00317", "Defect", "Mokymas lūžta dėl OOM, kai seka > 4096", "", "2025 S07", "Mantas Jankauskas", "In Progress", "High", "1", "",
     "<p>Įjungti gradient checkpointing; patikrinti batch dydį.</p>"),
]
out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
w.writerow(HEAD)
for i_, typ, title, parent, sprint, owner, st, pri, est, todo, desc in rows:
    w.writerow([i_, typ, title, parent, PR, sprint, owner, st, pri, est, todo, desc])
text = out.getvalue()
write_raw(F, text.encode("utf-8"), [text], keys(F))
