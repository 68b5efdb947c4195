#!/usr/bin/env python3
"""407: a Toggl Track "Detailed report" exported as CSV by a PhD student who is also the teaching assistant of a
graduate seminar (Turkish descriptions): Toggl's header (User, Email, Client, Project, Task, Description, Billable,
Start date, Start time, End date, End time, Duration, Tags, Amount ()), one row per time entry, LF line ends and
minimal quoting as Go's encoding/csv writes them (a description holding a comma or a quote is quoted, inner quotes
doubled), entries in time order, end = start + duration. Papers: a description with an arxiv.org abs URL (link),
"arXiv ID" or a bare id in parentheses (arxiv-text), titles after a Turkish lead ("Seminer hazırlık:", "Makale:",
"Nature makalesi:", "okuma —"), in lower case, in doubled CSV quotes followed by the venue, with a trailing period,
followed by "– ICLR 2021" (title-only; CTC and AlphaGo Zero are not on arXiv). Not papers: the Goodfellow et al.
book, the PyTorch nn.CTCLoss docs, a YouTube explainer, the CS229 notes, PDEBench and CheXpert (datasets), the
thesis chapter, FedDyn / PReLU / FNO (names only)."""
import csv, io, os, sys
from datetime import datetime, timedelta
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F407, keys, CTC, AGZ

USER, MAIL = "Elif Aydın", "elif.aydin@example.edu"
BOL = "Bilgisayar Müh. Bölümü"
P_SEM, P_TEZ, P_OKU, P_IDA, P_TOP = "BLM 612 Seminer (asistanlık)", "Tez", "Okuma", "İdari", "Toplantı"
CLIENT = {P_SEM: BOL, P_TEZ: "", P_OKU: "", P_IDA: BOL, P_TOP: ""}
E = [  # start "MM-DD HH:MM", duration "H:MM", project, task, description, tags
 ("03-04 09:10", "0:45", P_IDA, "", "E-posta, BLM 612 duyuruları", ""),
 ("03-04 10:00", "1:35", P_SEM, "Hafta 4 hazırlık", f"Seminer hazırlık: {T('1502.01852')} (PReLU + He başlatması)", "okuma, seminer"),
 ("03-04 13:30", "2:10", P_TEZ, "Bölüm 3", "Overleaf: 3. bölüm, ilgili çalışmalar", "yazım"),
 ("03-04 16:00", "0:55", P_OKU, "", "Goodfellow, Bengio, Courville — Deep Learning kitabı, 9. bölüm (evrişim)", "okuma"),
 ("03-05 09:30", "1:20", P_SEM, "Hafta 4 hazırlık", f'Makale: "{CTC}" (ICML 2006) — öğrenci sunumu için sorular', "okuma, seminer"),
 ("03-05 11:00", "0:40", P_SEM, "Hafta 4 hazırlık", "PyTorch nn.CTCLoss dokümantasyonu, örnek kod", "kod, seminer"),
 ("03-05 13:00", "3:05", P_TEZ, "Deneyler", "FNO darcy flow deneyi (Colab)", "kod"),
 ("03-05 16:30", "1:00", P_TOP, "", "Haftalık toplantı — Dr. Öztürk", "toplantı"),
 ("03-06 09:00", "1:50", P_OKU, "", f"{T('2010.08895')} – arXiv 2010.08895, ekler (A.2–A.4)", "okuma"),
 ("03-06 11:15", "0:30", P_IDA, "", "Burs raporu formu", ""),
 ("03-06 13:00", "2:00", P_SEM, "Hafta 5 hazırlık", f"okuma — {T('2010.08515').lower()}", "okuma, seminer"),
 ("03-06 15:20", "1:15", P_TEZ, "Deneyler", "PDEBench veri setini indir + HDF5 dönüştür", "kod"),
 ("03-07 09:30", "1:00", P_SEM, "Ders", "Derse giriş: BLM 612 hafta 4 (sunumlar: He ve ark., Graves ve ark.)", "seminer"),
 ("03-07 10:45", "1:45", P_OKU, "", f"Nature makalesi: {AGZ}", "okuma"),
 ("03-07 14:00", "2:30", P_TEZ, "Bölüm 3", "Overleaf: 3. bölüm", "yazım"),
 ("03-08 10:00", "1:10", P_OKU, "", "YouTube: EigenGame anlatımı (Yannic Kilcher) — izle, not al", "okuma"),
 ("03-08 11:20", "1:40", P_OKU, "", f"{T('2010.00554')} https://arxiv.org/abs/2010.00554 — Alg. 1 ve Teorem 2.1", "okuma"),
 ("03-08 14:00", "1:00", P_IDA, "", "Konferans seyahat desteği başvurusu", ""),
 ("03-11 09:15", "2:05", P_SEM, "Hafta 5 hazırlık", f"{T('2103.14339')}.", "okuma, seminer"),
 ("03-11 11:30", "0:50", P_SEM, "Hafta 5 hazırlık", "CheXpert veri seti lisansı — öğrenci projesi için kontrol", "seminer"),
 ("03-11 13:30", "2:45", P_TEZ, "Deneyler", "FNO + PyGlove arama uzayı denemesi", "kod"),
 ("03-12 09:00", "1:30", P_OKU, "", f"AutoML haftası: {T('2101.08809')} (2101.08809)", "okuma"),
 ("03-12 10:45", "1:00", P_TOP, "", "Okuma grubu (AutoML) — moderatörlük", "toplantı"),
 ("03-12 13:30", "2:15", P_TEZ, "Deneyler", "Deney: FNO çözünürlük genellemesi, 64→256", "kod"),
 ("03-13 09:30", "1:25", P_SEM, "Hafta 6 hazırlık", f"{T('2111.04263')} – ICLR 2021 (FedDyn), sunum slaytlarını kontrol", "okuma, seminer"),
 ("03-13 11:00", "0:35", P_IDA, "", "Lab GPU takvimi", ""),
 ("03-13 13:00", "3:00", P_TEZ, "Bölüm 3", "Overleaf: 3.2 yeniden yazım", "yazım"),
 ("03-14 09:00", "1:00", P_SEM, "Ders", "Derse giriş: BLM 612 hafta 5", "seminer"),
 ("03-14 10:15", "1:40", P_OKU, "", "Stanford CS229 ders notları — PCA bölümü (EigenGame için arka plan)", "okuma"),
 ("03-14 14:00", "1:20", P_TOP, "", "Haftalık toplantı — Dr. Öztürk", "toplantı"),
 ("03-15 10:00", "2:00", P_TEZ, "Deneyler", "Deney sonuçları tablosu", "kod"),
 ("03-15 13:00", "0:45", P_IDA, "", "Haftalık rapor", ""),
]
HEADER = ["User", "Email", "Client", "Project", "Task", "Description", "Billable", "Start date", "Start time",
          "End date", "End time", "Duration", "Tags", "Amount ()"]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(HEADER)
for st, du, proj, task, desc, tags in E:
    s = datetime.strptime("2024-" + st, "%Y-%m-%d %H:%M")
    h, m = map(int, du.split(":"))
    e = s + timedelta(hours=h, minutes=m)
    w.writerow([USER, MAIL, CLIENT[proj], proj, task, desc, "No", f"{s:%Y-%m-%d}", f"{s:%H:%M:%S}", f"{e:%Y-%m-%d}",
                f"{e:%H:%M:%S}", f"{h:02d}:{m:02d}:00", tags, ""])
text = buf.getvalue()
fields = "\n".join(x for row in csv.reader(io.StringIO(text)) for x in row)
write_only(F407, text, keys(F407), forms=[fields])
