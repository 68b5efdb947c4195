#!/usr/bin/env python3
"""1317: a Turkish university's Bologna information package page for one course (OİBS's `progCourseDetails.aspx`,
"Ders Detayı"), saved from the browser as "Web Page, HTML only", so the bytes are what the ASP.NET WebForms server
sent: CRLF line ends, the XHTML 1.0 Transitional doctype, one <form> posting back to the page with the hidden
`__VIEWSTATE` (base64) and `__VIEWSTATEGENERATOR` (8 hex digits) fields, GridView tables (`cellspacing="0"
rules="all" border="1" id="…" style="border-collapse:collapse;"`, `<th scope="col">`) and label spans. Sections as the
Bologna package lists them: course information, aims and content, learning outcomes, weekly topics (14 weeks),
sources (Ders Notu / Diğer Kaynaklar), material sharing, assessment (in-term work + final = 100), category, program
outcomes matrix, ECTS workload (count × hours = total, total / 25 = the ECTS credit). Papers: arXiv abs / pdf links,
OpenReview forum / pdf links, an `arXiv:` id and titles alone in the sources; the textbook, d2l.ai, the PyTorch docs,
The Annotated Transformer and a repository are not papers."""
import base64, hashlib, html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1317, keys, BACKPROP, LSTM

HOST = "obs.sakarbasi.example.edu.tr"
COURSE = 1184527
PAGE = f"progCourseDetails.aspx?curCourse={COURSE}&lang=tr"
E = lambda s: html.escape(s, quote=True)


def viewstate():
    raw = b"\xff\x01\x0f\x0f\x05\n-1948316402" + b"".join(hashlib.sha256(b"round130-1317-viewstate-%d" % i).digest() for i in range(9))
    return base64.b64encode(raw).decode("ascii")


def grid(gid, head, rows, cls="table table-bordered"):
    out = [f'<table class="{cls}" cellspacing="0" rules="all" border="1" id="{gid}" style="border-collapse:collapse;">',
           "\t<tr>", *[f'\t\t<th scope="col">{E(h)}</th>' for h in head], "\t</tr>"]
    for r in rows:
        out += ["\t<tr>", *[f"\t\t<td>{c}</td>" for c in r], "\t</tr>"]
    return out + ["</table>"]


info = [("Dersin Adı", "Derin Öğrenmede Dizi Modelleri"), ("Kodu", "BİL5247"), ("Yarıyılı", "2"), ("T+U Saat", "3+0"),
        ("Kredisi", "3"), ("AKTS", "6")]
details = [("Ön Koşul Dersleri", "BİL5101 Makine Öğrenmesi"), ("Önerilen Seçmeli Dersler", "BİL5233 Doğal Dil İşleme"),
           ("Dersin Dili", "Türkçe"), ("Dersin Seviyesi", "Yüksek Lisans"), ("Dersin Türü", "Seçmeli"),
           ("Dersin Koordinatörü", "Doç. Dr. Elif KARACA"), ("Dersi Verenler", "Doç. Dr. Elif KARACA"),
           ("Dersin Yardımcıları", "Arş. Gör. Mert AYDIN"),
           ("Dersin Amacı", "Dizi verisi (metin, konuşma, zaman serisi) için derin öğrenme modellerinin temel ilkelerini, "
            "özyinelemeli ağlardan dikkat tabanlı ve bellek destekli Transformer mimarilerine kadar tarihsel gelişimleri "
            "içinde tanıtmak; öğrencilerin güncel makaleleri okuyup çoğaltabilmesini sağlamak."),
           ("Dersin İçeriği", "Geri yayılım ve zaman içinde geri yayılım, RNN, LSTM ve GRU, kodlayıcı-çözücü modeller, "
            "dikkat mekanizması, Transformer, seyrek ve verimli dikkat, uzun bağlam için bellek mekanizmaları, proje sunumları.")]
outcomes = [("Dizi modellerinde geri yayılımın nasıl işlediğini açıklar.", "1, 2", "A, C"),
            ("LSTM ve GRU hücrelerini karşılaştırır ve uygular.", "1, 2, 3", "A, C"),
            ("Dikkat mekanizmasını ve Transformer mimarisini türetir.", "1, 2", "A, C"),
            ("Uzun diziler için verimli dikkat yöntemlerini değerlendirir.", "1, 3, 4", "C, D"),
            ("Bir makaleyi okuyup sonuçlarını çoğaltır ve sunar.", "3, 4", "D")]
weeks = [("Derse giriş, dizi verisi ve görevler", "Ders izlencesinin okunması"),
         ("Geri yayılım ve zaman içinde geri yayılım (BPTT)", "Kaynak 1"),
         ("Özyinelemeli sinir ağları, kaybolan gradyan", "Ders notu, bölüm 2"),
         ("LSTM ve GRU", "Kaynak 2"),
         ("Kodlayıcı-çözücü modeller ve ışın araması", "Ders notu, bölüm 3"),
         ("Bahdanau dikkat mekanizması", "Kaynak 3"),
         ("Transformer: öz-dikkat, çok başlı dikkat, konum kodlaması", "Kaynak 4"),
         ("Ara sınav", "Haftalık konuların tekrarı"),
         ("Seyrek dikkat: BigBird ve benzerleri", "Kaynak 5"),
         ("Mobil cihazlar için hafif Transformer'lar", "Kaynak 6"),
         ("Geri besleme belleği (Feedback Transformer)", "Kaynak 7"),
         ("Bellek destekli Transformer'lar (Memformer)", "Kaynak 8"),
         ("Proje sunumları I", "Proje raporu taslağı"),
         ("Proje sunumları II ve genel tekrar", "Proje raporu")]
src_note = "Ders slaytları ve Jupyter defterleri OİBS Materyal Paylaşımı bölümünde haftalık olarak yayınlanır."
sources = [
    f"Rumelhart, D. E., Hinton, G. E., Williams, R. J. (1986). {BACKPROP}. Nature, 323, 533–536.",
    f"Hochreiter, S., Schmidhuber, J. (1997). {LSTM}. Neural Computation, 9(8), 1735–1780.",
    f"Bahdanau, D., Cho, K., Bengio, Y. (2015). {T('1409.0473')}. ICLR 2015. https://arxiv.org/pdf/1409.0473",
    f"Vaswani, A. vd. (2017). {T('1706.03762')}. NeurIPS 2017. https://arxiv.org/abs/1706.03762",
    f"Zaheer, M. vd. (2020). {T('2007.14062')}. NeurIPS 2020. arXiv:2007.14062",
    f"Wu, Z., Liu, Z., Lin, J., Lin, Y., Han, S. (2020). {T('2004.11886')}. ICLR 2020. Kod: https://github.com/mit-han-lab/lite-transformer",
    f"Fan, A., Lavril, T., Grave, E., Joulin, A., Sukhbaatar, S. (2021). {T('2002.09402')}. https://openreview.net/forum?id={OR('2002.09402')}",
    f"Wu, Q. vd. (2020). {T('2010.06891')}. https://openreview.net/pdf?id={OR('2010.06891')}",
    "Goodfellow, I., Bengio, Y., Courville, A. (2016). Deep Learning. MIT Press. (Bölüm 10)",
    "Zhang, A., Lipton, Z. C., Li, M., Smola, A. J. Dive into Deep Learning. https://d2l.ai (Bölüm 9–11)",
    "PyTorch belgeleri, torch.nn.Transformer: https://pytorch.org/docs/stable/generated/torch.nn.Transformer.html",
    "Rush, A. The Annotated Transformer. https://nlp.seas.harvard.edu/annotated-transformer/",
]
assess = [("Ara Sınav", 1, 40), ("Ödev", 3, 45), ("Sunum/Seminer", 1, 15)]
ratio = [("Yarıyıl İçinin Başarıya Oranı", 40), ("Finalin Başarıya Oranı", 60)]
pys = [("Bilgisayar mühendisliği alanında uzmanlık düzeyinde kuramsal bilgi edinir.", 5),
       ("Alanındaki güncel yayınları eleştirel olarak değerlendirir.", 5),
       ("Karmaşık mühendislik problemlerini modelleyip çözer.", 4),
       ("Yazılım ve donanım araçlarını etkin biçimde kullanır.", 3),
       ("Bağımsız araştırma yürütür ve sonuçlarını raporlar.", 4),
       ("Disiplinlerarası takımlarda çalışır.", 2),
       ("Bilimsel ve mesleki etik değerlere sahiptir.", 2),
       ("Bir yabancı dili kullanarak alanındaki bilgileri izler ve iletişim kurar.", 3)]
load = [("Ders Süresi (Sınav haftası dahildir: 14 x toplam ders saati)", 14, 3),
        ("Sınıf Dışı Ders Çalışma Süresi (Ön çalışma, pekiştirme)", 14, 3),
        ("Ödevler", 3, 8), ("Sunum/Seminer Hazırlama", 1, 12), ("Ara Sınavlar", 1, 12), ("Yarıyıl Sonu Sınavı", 1, 18)]
total = sum(n * h for _, n, h in load)
assert total % 25 == 0 and total // 25 == int(dict(info)["AKTS"])

L = ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
     "",
     '<html xmlns="http://www.w3.org/1999/xhtml">',
     '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>',
     "\tDers Detayı - Bologna Bilgi Paketi",
     '</title><link href="../css/bootstrap.min.css" rel="stylesheet" type="text/css" /><link href="../css/bologna.css" rel="stylesheet" type="text/css" />',
     '<script src="../js/jquery-1.12.4.min.js" type="text/javascript"></script></head>',
     "<body>",
     f'    <form name="form1" method="post" action="./{E(PAGE)}" id="form1">',
     "<div>",
     f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate()}" />',
     "</div>",
     "",
     "<div>",
     "",
     '\t<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="5D2B9A0C" />',
     "</div>",
     '        <div class="container">',
     '            <div class="header"><img src="../images/logo.png" alt="Sakarbaşı Üniversitesi" /> <span id="lblUniversite">T.C. SAKARBAŞI ÜNİVERSİTESİ</span>',
     '                <br /><span id="lblBaslik">Bologna Bilgi Paketi / Ders Bilgi Formu</span></div>',
     '            <div class="breadcrumb"><span id="lblProgram">Fen Bilimleri Enstitüsü &gt; Bilgisayar Mühendisliği (Tezli Yüksek Lisans)</span></div>',
     '            <h3><span id="lblDersAdi">BİL5247 - Derin Öğrenmede Dizi Modelleri</span></h3>']
L += grid("grdBolognaDersBilgi", [k for k, _ in info], [[E(v) for _, v in info]])
L += ['            <table class="table table-condensed" id="tblDersDetay">']
for i, (k, v) in enumerate(details):
    L += [f'                <tr><td class="baslik">{E(k)}</td><td><span id="lblDetay{i}">{E(v)}</span></td></tr>']
L += ["            </table>", '            <h4>Dersin Öğrenme Çıktıları</h4>']
L += grid("grdOgrenmeCiktilari", ["", "Öğrenme Çıktıları", "Öğretim Yöntemleri", "Ölçme Yöntemleri"],
          [[str(i + 1), E(a), b, c] for i, (a, b, c) in enumerate(outcomes)])
L += ['            <p class="aciklama"><span id="lblYontemler">Öğretim Yöntemleri: 1: Anlatım, 2: Soru-Cevap, 3: Uygulama, 4: Proje / '
      'Ölçme Yöntemleri: A: Sınav, C: Ödev, D: Sunum</span></p>',
      "            <h4>Haftalık Ders Konuları ve İlgili Ön Hazırlık Çalışmaları</h4>"]
L += grid("grdBolognaDersKonulari", ["Hafta", "Konular", "Ön Hazırlık"], [[str(i + 1), E(a), E(b)] for i, (a, b) in enumerate(weeks)])
L += ["            <h4>Kaynaklar</h4>"]
L += grid("grdKaynaklar", ["Ders Notu", "Diğer Kaynaklar"], [[E(src_note), "<ol>" + "".join(f"<li>{E(s)}</li>" for s in sources) + "</ol>"]])
L += ["            <h4>Materyal Paylaşımı</h4>"]
L += grid("grdMateryal", ["Dokümanlar", "Ödevler", "Sınavlar"],
          [["Haftalık ders slaytları (PDF), Jupyter defterleri", "Ödev 1: LSTM ile karakter düzeyinde dil modeli; Ödev 2: dikkat görselleştirme; "
            "Ödev 3: verimli dikkat karşılaştırması", "Ara sınav ve final soruları sınav sonrasında paylaşılır"]])
L += ["            <h4>Değerlendirme Sistemi</h4>"]
L += grid("grdDegerlendirme", ["YARIYIL İÇİ ÇALIŞMALARI", "SAYISI", "KATKI YÜZDESİ"],
          [[E(a), str(n), str(p)] for a, n, p in assess] + [["Toplam", "", str(sum(p for *_, p in assess))]])
L += grid("grdBasariOrani", ["", "KATKI YÜZDESİ"], [[E(a), str(p)] for a, p in ratio] + [["Toplam", str(sum(p for _, p in ratio))]])
L += ['            <table class="table table-condensed" id="tblKategori"><tr><td class="baslik">Dersin Kategorisi</td>'
      '<td><span id="lblKategori">Uzmanlık/Alan Dersleri</span></td></tr></table>',
      "            <h4>Dersin Program Yeterliliklerine Katkısı</h4>"]
L += grid("grdProgramCiktilari", ["No", "Program Öğrenme Çıktıları", "1", "2", "3", "4", "5"],
          [[str(i + 1), E(a)] + ["X" if k == lvl else "" for k in range(1, 6)] for i, (a, lvl) in enumerate(pys)])
L += ["            <h4>AKTS / İş Yükü Tablosu</h4>"]
L += grid("grdAKTS", ["Etkinlik", "SAYISI", "Süresi (Saat)", "Toplam İş Yükü (Saat)"],
          [[E(a), str(n), str(h), str(n * h)] for a, n, h in load]
          + [["Toplam İş Yükü", "", "", str(total)], ["Toplam İş Yükü / 25 (s)", "", "", f"{total / 25:.2f}".replace(".", ",")],
             ["Dersin AKTS Kredisi", "", "", str(total // 25)]])
L += ['            <div class="footer"><span id="lblGuncelleme">Son Güncelleme: 14.02.2024 11:37</span> | '
      '<a href="https://oidb.sakarbasi.example.edu.tr">Öğrenci İşleri Daire Başkanlığı</a></div>',
      "        </div>",
      "    </form>",
      "</body>",
      "</html>"]
text = "\r\n".join(L) + "\r\n"
write_only(F1317, text, keys(F1317), forms=[html.unescape(text)])
