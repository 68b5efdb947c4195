#!/usr/bin/env python3
"""1413: a cmd.exe session (Turkish Windows): `chcp 65001`, `type` of a reading-list CSV, and Microsoft Log Parser 2.2
queries with the NAT (native) output: two CSV queries (`-i:CSV`, a WHERE on the status and a LIKE / IS NULL on the
source, `-rtp:-1`) and one file-system query (`-i:FS -recurse:0`) with the default paging (ten rows, `Press a key...`,
the header again on the next page). NAT tables: column width = the widest value or header on that page, one space
between columns, a dash rule under the header, NULL shown as `-`, integers right-aligned; then Log Parser's
`Statistics:` block (Elements processed / output, execution time). cmd.exe's blank line before every prompt.
Every answer is computed from the modelled CSV and folder. Not papers: solo-learn, the lightly library, the CS330
course, a thesis draft, a CV; SupCon, BYOL, DACL, GPM are nicknames."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1413, keys

ROWS = [  # Baslik, Kaynak, Durum, Eklenme, Not
 (T("2004.11362"), "https://arxiv.org/abs/2004.11362", "okundu", "05.02.2024", "SupCon; etiketli kontrastif kayıp"),
 (T("2006.07733"), "https://arxiv.org/abs/2006.07733", "okundu", "07.02.2024", "BYOL, negatif örnek yok"),
 (T("2103.03230"), "https://arxiv.org/pdf/2103.03230.pdf", "okunuyor", "19.02.2024", "çapraz korelasyon matrisi"),
 (T("2010.04592"), "arXiv:2010.04592", "okunacak", "26.02.2024", "zor negatifler, ICLR 2021"),
 (T("2011.04419"), "", "okunacak", "04.03.2024", "DACL; mixup ile alan bağımsız"),
 (T("2011.06182"), f"https://openreview.net/forum?id={OR('2011.06182')}", "okunacak", "11.03.2024", "Bi-tuning, ince ayar"),
 (T("2006.05929"), "https://github.com/VICO-UoE/DatasetCondensation", "okunacak", "18.03.2024", "veri yoğunlaştırma; kod var"),
 (T("2103.09762"), "ICLR 2021 bildirisi, PDF hocadan", "okunuyor", "25.03.2024", "GPM; sürekli öğrenme"),
 ("solo-learn kütüphanesi", "https://github.com/vturrisi/solo-learn", "deneniyor", "01.04.2024", "makale değil, kod"),
 ("lightly (SSL kütüphanesi)", "https://github.com/lightly-ai/lightly", "okunacak", "08.04.2024", "makale değil"),
 ("CS330 ders notları, hafta 7", "", "okunacak", "15.04.2024", "ders, makale değil"),
]
HDR = ["Baslik", "Kaynak", "Durum", "Eklenme", "Not"]
buf = io.StringIO(); w = csv.writer(buf, lineterminator="\r\n"); w.writerow(HDR); w.writerows(ROWS)
CSV = buf.getvalue()

FILES = [  # Name, Size, LastWriteTime (folder order = name order)
 ("2004.11362v5.pdf", 3120442, "2024-02-05 09:12:40"), ("2006.07733v3.pdf", 5310877, "2024-02-07 21:40:02"),
 ("2010.04592v2.pdf", 2871305, "2024-02-26 10:03:51"), ("2103.03230v3.pdf", 1009322, "2024-02-19 18:27:14"),
 ("bi-tuning_openreview.pdf", 1466019, "2024-03-11 15:55:09"), ("cs330_hafta07.pdf", 8420113, "2024-04-15 08:30:47"),
 ("dacl_icml2021.pdf", 2290431, "2024-03-04 11:18:26"), ("dataset_condensation_iclr2021.pdf", 1873520, "2024-03-18 13:02:33"),
 ("gpm_iclr2021.pdf", 1233678, "2024-03-25 16:44:05"), ("ozgecmis_elif_2024.pdf", 98213, "2024-01-29 22:10:58"),
 ("solo-learn_docs.pdf", 655004, "2024-04-01 12:00:19"), ("tez_taslak_v3.pdf", 742991, "2024-05-10 23:47:36"),
]


def nat(hdr, rows, numeric=()):
    cells = [[("-" if v is None else str(v)) for v in r] for r in rows]
    wd = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(hdr)]
    fmt = lambda r: " ".join((c.rjust(wd[i]) if i in numeric else c.ljust(wd[i])) for i, c in enumerate(r)).rstrip()
    return [fmt(hdr), " ".join("-" * x for x in wd)] + [fmt(r) for r in cells]


def stats(proc, out, t):
    return ["", "Statistics:", "-----------", f"Elements processed: {proc}", f"Elements output:    {out}",
            f"Execution time:     {t} seconds"]


D = "C:\\Users\\elif\\Belgeler\\okuma>"
S = [D + "chcp 65001", "Etkin kod sayfası: 65001", "", D + "type okuma_listesi.csv"]
S += CSV.split("\r\n")[:-1] + ["", D.rstrip(">") + ">" + 'LogParser -i:CSV -iCodepage:65001 "SELECT Baslik, Durum, Eklenme FROM '
      "okuma_listesi.csv WHERE Durum = 'okunacak'\" -o:NAT -rtp:-1"]
sel = [(r[0], r[2], r[3]) for r in ROWS if r[2] == "okunacak"]
S += nat(["Baslik", "Durum", "Eklenme"], sel) + stats(len(ROWS), len(sel), "0.01") + ["", ""]
S.append(D + 'LogParser -i:CSV -iCodepage:65001 "SELECT Baslik, Kaynak FROM okuma_listesi.csv WHERE Kaynak LIKE '
         "'%openreview%' OR Kaynak IS NULL\" -o:NAT -rtp:-1")
sel = [(r[0], r[1] or None) for r in ROWS if "openreview" in r[1] or not r[1]]
S += nat(["Baslik", "Kaynak"], sel) + stats(len(ROWS), len(sel), "0.01") + ["", ""]
S.append(D + "LogParser -i:FS -recurse:0 \"SELECT Name, Size, LastWriteTime FROM 'D:\\Makaleler\\*.pdf' ORDER BY Name\" -o:NAT")
for k in range(0, len(FILES), 10):
    S += nat(["Name", "Size", "LastWriteTime"], FILES[k:k + 10], numeric=(1,))
    if k + 10 < len(FILES): S += ["Press a key...", ""]
S += stats(len(FILES), len(FILES), "0.03") + ["", "", D]
out = "\r\n".join(S)
write_only(F1413, out, keys(F1413))
