#!/usr/bin/env python3
"""1562: a CSV export of a Blue.cc project's records (a Turkish reading group's board): csv's minimal quoting, CR LF."""
import csv, io, os, sys, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1562)
HEAD = ["Title", "List", "Assignees", "Tags", "Due Date", "Start Date", "Done", "Created At", "Updated At", "Description"]
t0 = dt.datetime(2025, 3, 3, 9, 14)
rows = [
    (T("2302.13971"), "Tartışıldı", "Elif Yıldırım", "makale, açık-model", "2025-03-12", True,
     "Ağırlıklar açık, eğitim verisi tablo 1. https://arxiv.org/abs/2302.13971"),
    (T("2005.14165"), "Tartışıldı", "Mert Aksoy", "makale, klasik", "2025-03-19", True,
     "GPT-3. Few-shot tabloları özellikle. https://arxiv.org/abs/2005.14165v4"),
    (T("2205.01068"), "Okunuyor", "Zeynep Kaya; Mert Aksoy", "makale, açık-model", "2025-03-26", False,
     "Logbook'u da okuyun (GitHub'daki metaseq deposu, makale değil). PDF: https://arxiv.org/pdf/2205.01068"),
    (T("1701.06538"), "Okunuyor", "Can Öztürk", "makale, MoE", "2025-03-26", False,
     "ICLR 2017 sürümü: https://openreview.net/forum?id=B1ckMDqlg"),
    (T("1909.08053"), "Okunacak", "Elif Yıldırım", "makale, paralellik", "2025-04-02", False,
     "arXiv:1909.08053 — tensör paralelliği bölümü yeterli."),
    (T("2203.02155"), "Okunacak", "Zeynep Kaya", "makale, hizalama", "2025-04-09", False,
     "Sadece başlık; PDF'i bulan eklesin."),
    (T("2009.03300"), "Okunacak", "Can Öztürk", "değerlendirme", "2025-04-16", False,
     "MMLU. Türkçe sürümü (TurkishMMLU) veri seti, ayrı kayıt açmayın."),
    (T("2206.04615"), "Okunacak", "", "değerlendirme", "2025-04-16", False,
     "BIG-bench; görev listesi GitHub'da."),
    ("Stanford CS336: Language Modeling from Scratch (ders videoları)", "Kaynaklar", "Mert Aksoy", "ders", "", False,
     "Makale değil, ders. Haftalık 1 video."),
    ("nanoGPT deposu ile 124M model eğitimi", "Kaynaklar", "Can Öztürk", "kod, deney", "2025-04-30", False,
     "https://github.com/karpathy/nanoGPT — TRUBA'da 4×A100, tahmini 18 saat."),
    ("Toplantı notları: 12 Mart", "Arşiv", "Elif Yıldırım", "not", "", True,
     "Katılım 7 kişi. Sonraki oturum: OPT + MoE.\nSoru: ölçekleme yasaları ayrı oturum mu?"),
]
buf = io.StringIO()
w = csv.writer(buf)
w.writerow(HEAD)
for i, (title, lst, who, tags, due, done, desc) in enumerate(rows):
    c = t0 + dt.timedelta(hours=7 * i, minutes=13 * i)
    u = c + dt.timedelta(days=2 + i % 3, minutes=41)
    start = (dt.date.fromisoformat(due) - dt.timedelta(days=7)).isoformat() if due else ""
    w.writerow([title, lst, who, tags, due, start, "true" if done else "false",
                c.strftime("%Y-%m-%dT%H:%M:%SZ"), u.strftime("%Y-%m-%dT%H:%M:%SZ"), desc])
text = "\ufeff" + buf.getvalue()
write_only(F, text, keys(F))
