#!/usr/bin/env python3
"""1422: an nTask task list exported to CSV by a Polish reading group (project "Seminarium: efektywna uwaga"):
English column names as nTask writes them, every field quoted, CR LF rows, US dates (MM/DD/YYYY), progress as a
percentage, several assignees joined with `, `, descriptions with line breaks inside the quotes (LF), an empty field
as "". Task ids are T-<n>, increasing with creation. Not papers: the klaster, rooms, slides, the LRA scripts, the
mamba and lite-transformer repositories, the flash-attn package, a PyTorch version bump; BigBird, RetNet, Performer,
Hyena, LRA are also names."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1422, keys

COLS = ["Task ID", "Task Title", "Project", "Status", "Priority", "Assignees", "Start Date", "Due Date",
        "Progress", "Description", "Tags", "Created By", "Created Date"]
P = "Seminarium: efektywna uwaga"
ZW, MZ, AD, PK = "Zofia Wiśniewska", "Michał Ząbek", "Agnieszka Dąbrowska", "Paweł Kowalczyk"
TASKS = [
 ("Przygotować listę artykułów na semestr", "Completed", "High", [ZW], "02/26/2024", "03/04/2024", 100,
  "Lista w tym projekcie, po jednym zadaniu na artykuł. Kolejność jak na spotkaniu 26.02.", "organizacja", ZW, "02/26/2024"),
 (f"Przeczytać: {T('2007.14062')}", "Completed", "Medium", [MZ], "03/04/2024", "03/11/2024", 100,
  "NeurIPS 2020. Rzadka uwaga: okno + globalne + losowe tokeny.\nPytanie na seminarium: czy dowód uniwersalności ma znaczenie w praktyce?",
  "artykuł, rzadka uwaga", ZW, "02/26/2024"),
 (f"Przeczytać: {T('1901.02860')}", "Completed", "Medium", [AD], "03/11/2024", "03/18/2024", 100,
  "ACL 2019. Rekurencja na poziomie segmentów + względne kodowanie pozycji.", "artykuł, długi kontekst", ZW, "02/26/2024"),
 (f"Przeczytać: {T('2005.00743')}", "Completed", "Medium", [PK], "03/18/2024", "03/25/2024", 100,
  "arXiv:2005.00743 (ICML 2021)\nCzy uwaga w ogóle potrzebuje iloczynu zapytanie-klucz? Porównać Dense vs Random.",
  "artykuł", ZW, "02/26/2024"),
 ("Rezerwacja sali 3.27 na poniedziałki 14:15", "Completed", "Low", [ZW], "02/27/2024", "02/29/2024", 100,
  "Potwierdzone przez sekretariat, do końca semestru.", "organizacja", ZW, "02/26/2024"),
 (f"Przeczytać: {T('2009.14794')}", "In Review", "High", [MZ, PK], "03/25/2024", "04/08/2024", 90,
  "https://arxiv.org/abs/2009.14794\nFAVOR+, losowe cechy dodatnie. Michał robi slajdy, Paweł porównanie z RFA.",
  "artykuł, uwaga liniowa", ZW, "02/26/2024"),
 (f"Przeczytać: {T('2103.02143')}", "In Review", "Medium", [PK], "04/08/2024", "04/15/2024", 80,
  "https://openreview.net/forum?id=QtTKTdVrFBB\nICLR 2021. Bramkowanie zamiast mechanizmu zapominania.",
  "artykuł, uwaga liniowa", ZW, "02/26/2024"),
 ("Zainstalować flash-attn na klastrze Orzeł", "In Progress", "High", [AD], "04/02/2024", "04/12/2024", 50,
  "Problem z CUDA 11.8 vs 12.1 na węzłach gpu-a100-0[1-4]. Zgłoszenie do admina nr 4471.\nAlternatywa: kontener z obrazem PyTorch 2.2.",
  "infrastruktura", AD, "04/02/2024"),
 (f"Przeczytać: {T('2004.11886')}", "In Progress", "Medium", [AD], "04/15/2024", "04/22/2024", 30,
  "ICLR 2020. Kod: https://github.com/mit-han-lab/lite-transformer\nSprawdzić, czy wyniki na WMT da się odtworzyć na jednej karcie.",
  "artykuł, mobilne", ZW, "02/26/2024"),
 ("Skrypty LRA (Long Range Arena) – uruchomić ListOps i Text", "In Progress", "Medium", [PK], "04/10/2024", "05/06/2024", 40,
  "Repozytorium google-research/long-range-arena, JAX. Wyniki wpisywać do arkusza „LRA – wyniki”.",
  "eksperymenty", PK, "04/09/2024"),
 (f"Przeczytać: {T('2302.10866')}", "Not Started", "High", [MZ], "04/22/2024", "04/29/2024", 0,
  "https://arxiv.org/abs/2302.10866\nDługie konwolucje + bramkowanie; porównać z S4 (osobne zadanie później).",
  "artykuł, bez uwagi", ZW, "02/26/2024"),
 (f"Przeczytać: {T('2307.08621')}", "Not Started", "Medium", [ZW], "04/29/2024", "05/06/2024", 0,
  "https://arxiv.org/pdf/2307.08621.pdf\nRetNet: trzy tryby obliczeń (równoległy, rekurencyjny, fragmentami).",
  "artykuł, rekurencja", ZW, "02/26/2024"),
 ("Przejrzeć repo state-spaces/mamba przed sesją o SSM", "Not Started", "Low", [MZ, AD], "05/06/2024", "05/13/2024", 0,
  "https://github.com/state-spaces/mamba – tylko kod i README, artykuł w przyszłym semestrze.", "kod", MZ, "04/15/2024"),
 ("Slajdy podsumowujące semestr", "Not Started", "Medium", [ZW], "06/03/2024", "06/10/2024", 0,
  "Szablon z katedry (Google Slides). Tabela: złożoność / pamięć / jakość dla każdej metody.", "organizacja", ZW, "04/15/2024"),
]
buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
w.writerow(COLS)
for i, (title, st, pr, who, sd, dd, prog, desc, tags, by, cd) in enumerate(TASKS):
    w.writerow([f"T-{311 + i}", title, P, st, pr, ", ".join(who), sd, dd, f"{prog}%", desc, tags, by, cd])
write_only(F1422, buf.getvalue(), keys(F1422))
