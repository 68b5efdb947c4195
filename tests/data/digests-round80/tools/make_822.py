#!/usr/bin/env python3
"""822: `SELECT … INTO OUTFILE '/var/lib/mysql-files/okuma_listesi.csv' FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED
BY '"' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n'` output of MySQL 8.0, with the header row added by the usual
`SELECT 'id', 'baslik', … UNION ALL SELECT …` trick — so every column is a string and every value is enclosed, except
NULL, written `\\N`; `"` and `\\` inside values are escaped with a backslash (not doubled), newlines inside enclosed
values stay raw; no BOM; LF. A Turkish lab's reading tracker table on memory, recurrence and state space models."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import by_num, keys

F = by_num(822)
N = None


def auth(k, n=4):
    a = CAT[k]["authors"]
    return "; ".join(a[:n]) + ("; ..." if len(a) > n else "")


COLS = ["id", "tur", "baslik", "yazarlar", "yil", "baglanti", "kaynak", "durum", "sunan", "oturum_tarihi", "notlar", "eklenme", "guncelleme"]
rows = [
    (3, "makale", T("1409.3215"), auth("1409.3215"), 2014, N, "NeurIPS 2014", "okundu", "Elif Yıldız", "2024-01-11",
     "Kodlayıcı-kod çözücü fikrinin çıkış noktası. Girdi cümlesini ters çevirme hilesi tartışıldı; \"neden işe yarıyor?\" sorusu açık kaldı.",
     "2023-12-20 10:14:02", "2024-01-11 17:40:31"),
    (4, "blog", "Recurrent Neural Networks'ün Mantıksız Etkinliği (Türkçe çeviri)", "Çeviri: Burak Tunç", 2015,
     "https://blog.example.com.tr/rnn-etkinligi", N, "okundu", N, N, "Makale değil, blog yazısı; ısınma okuması.", "2023-12-20 10:20:47", "2023-12-20 10:20:47"),
    (7, "makale", T("1901.02860"), auth("1901.02860"), 2019, N, "ACL 2019", "okundu", "Mert Aksoy", "2024-01-18",
     "Segment düzeyinde yineleme + göreli konum kodlaması. PDF ortak klasörde: C:\\Users\\mert\\Okuma\\bolum2.pdf (Windows makinede).",
     "2023-12-21 09:02:55", "2024-01-18 18:05:12"),
    (8, "makale", T("2002.09402"), auth("2002.09402"), 2020, N, N, "okundu", "Zeynep Kaya", "2024-01-25",
     "Üst katmanların temsillerini alt katmanlara geri besleme. Hesap maliyeti yüksek; tablo 3'teki hız karşılaştırmasına bakın.",
     "2023-12-21 09:05:40", "2024-01-25 17:22:09"),
    (9, "makale", T("2005.00743"), auth("2005.00743"), 2020, "https://arxiv.org/abs/2005.00743", "ICML 2021", "okundu", "Elif Yıldız", "2024-02-01",
     "Nokta çarpım dikkatinin gerçekten gerekli olup olmadığını soruyor; rastgele sentezlenmiş dikkat matrisleri şaşırtıcı derecede iyi.",
     "2024-01-04 11:30:18", "2024-02-01 17:51:44"),
    (11, "makale", T("2105.06548"), auth("2105.06548"), 2021, "https://openreview.net/forum?id=ZVBtN6B_6i7", "ICML 2021", "okundu", "Mert Aksoy", "2024-02-08",
     "Her bellek girdisi için öğrenilen bir son kullanma süresi. Kodları fairseq tabanlı; bizim kod tabanına taşımak zor.",
     "2024-01-04 11:41:09", "2024-02-08 17:33:27"),
    (12, "video", "Durum uzayı modelleri: sezgisel bir giriş (ders kaydı)", "Bölüm semineri", 2023, "https://video.example.edu.tr/seminer/ssm-giris", N, "izlendi", N, N,
     "Video; makale değil. 00:42:10'dan itibaren Legendre bellek matrisinin türetilmesi; slaytlar açıklamada.", "2024-01-10 08:55:00", "2024-01-10 08:55:00"),
    (13, "makale", T("2008.07669"), auth("2008.07669", 5), 2020, "https://arxiv.org/abs/2008.07669", "NeurIPS 2020", "okundu", "Zeynep Kaya", "2024-02-15",
     "Sürekli zamanlı bellek: geçmişi Legendre polinomlarına izdüşürme. Türetmeler için ek A şart.\nNot: $\\mathcal{O}(N)$ güncelleme karmaşıklığı iddiasını kontrol et.",
     "2024-01-10 09:03:12", "2024-02-15 18:10:03"),
    (15, "makale", T("2312.00752"), auth("2312.00752"), 2023, "https://arxiv.org/pdf/2312.00752v1", N, "okunuyor", "Can Demir", "2024-03-07",
     "Seçici durum uzayı; donanıma duyarlı paralel tarama. Deneyler için GitHub'daki resmi CUDA çekirdeklerini kullanacağız (yazılım).",
     "2024-02-16 10:27:45", "2024-03-04 09:12:30"),
    (16, "makale", T("2307.08621"), auth("2307.08621"), 2023, N, "arXiv 2307.08621", "sırada", "Elif Yıldız", "2024-03-14",
     "Paralel, yinelemeli ve parçalı üç hesaplama biçimi. Bağlantıyı daha eklemedim; kaynak sütununa bakın.",
     "2024-02-16 10:31:02", "2024-02-16 10:31:02"),
    (17, "veri_kumesi", "Uzun dizi kıyaslama görevleri — yerel kopya (ListOps, Pathfinder, Text)", N, 2021, "file:///data/paylasim/lra_v1_release", N, "indirildi", N, N,
     "Veri kümesi, makale değil. Alt kümeler /data/paylasim altında; toplam 9,8 GB.", "2024-02-20 14:05:51", "2024-02-20 14:05:51"),
    (18, "depo", "state-spaces/s4", N, 2022, "https://github.com/state-spaces/s4", N, "incelendi", N, N,
     "Kod deposu (yazılım). requirements.txt içinde \"pykeops\" sürümü sorun çıkarıyor; bkz. laboratuvar wikisi.", "2024-02-20 14:09:27", "2024-02-22 16:44:18"),
    (19, "kurs", "BLM5110 Dizi Modelleri — ders notları", "Dr. Öğr. Üyesi A. Şahin", 2024, "https://ders.example.edu.tr/blm5110", N, "okunuyor", N, N,
     "Kurs sayfası; 6. hafta bellek ağları.", "2024-02-26 08:30:00", "2024-02-26 08:30:00"),
    (20, "toplanti", "Oturum planı: mart-nisan", "Elif Yıldız", 2024, N, N, "planlandı", N, "2024-03-07",
     "07.03 seçici durum uzayı (Can), 14.03 üç hesaplama biçimli ağ (Elif), 21.03 serbest tartışma + kod incelemesi, 28.03 ara (bayram haftası).\nYer: B blok 204; çevrim içi katılım için bağlantı takvim davetinde.",
     "2024-02-28 13:12:40", "2024-03-04 09:15:02"),
    (21, "kitap", "Dive into Deep Learning — 9. ve 10. bölümler (RNN, modern RNN)", "Zhang; Lipton; Li; Smola", 2023, "https://d2l.example.org/tr/chapter_recurrent-neural-networks/", N, "okunuyor", N, N,
     "Kitap bölümü; yeni katılanlar için ön okuma. Türkçe çevirinin bazı şekilleri eksik, İngilizce sürüme bakın.", "2024-02-28 13:20:11", "2024-02-28 13:20:11"),
    (22, "arac", "Ölçüm betiği: uzun dizi bellek kullanımı (bench_mem.py)", "Can Demir", 2024, "https://git.example.edu.tr/dizi-lab/bench", N, "hazır", N, N,
     "Yazılım. Kullanım: python bench_mem.py --uzunluk 4096 --model \"ssm\" --cikti sonuclar\\mart.csv\nA100 (40 GB) üzerinde 16k uzunluğa kadar ölçüldü.",
     "2024-03-01 16:02:33", "2024-03-04 11:48:19"),
    (23, "oneri", "Önerilen okuma: dikkat ile yinelemeyi birleştiren hibrit modeller", "Zeynep Kaya", 2024, N, N, "oylamada", N, N,
     "Nisan için aday başlık; henüz makale seçilmedi. Anket grupta, cuma 17.00'ye kadar açık.", "2024-03-04 10:05:57", "2024-03-04 10:05:57"),
]


def esc(v):
    if v is None: return "\\N"
    s = str(v).replace("\\", "\\\\").replace('"', '\\"').replace("\0", "\\0")
    return '"' + s + '"'


lines = [",".join(esc(c) for c in COLS)] + [",".join(esc(v) for v in r) for r in rows]
text = "\n".join(lines) + "\n"
forms = ["\n".join("\t".join("" if v is None else str(v) for v in r) for r in rows)]
write_only(F, text, keys(F), forms=forms)
