#!/usr/bin/env python3
"""1640: the end of an İTÜ (Istanbul Technical University, Lisansüstü Eğitim Enstitüsü) master's thesis copied from
its PDF, Turkish: the last paragraphs of «SONUÇ VE ÖNERİLER» with author–year citations («Liu vd., 2021», «Tan ve
Le, 2021»), «KAYNAKLAR» in the institute's APA-like style (surname, initials, «ve» before the last author, year in
parentheses, «Erişim adresi» URLs, «[Erişim tarihi: …]», «arXiv ön baskısı»), wrapped at the text width with the PDF's
line breaks (titles broken over lines), page numbers, and the start of «ÖZGEÇMİŞ»."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import by_num, keys
F = by_num(1640)
W = 95


def ini(name):
    parts = name.split()
    gs = []
    for p in parts[:-1]:
        gs.append("-".join(x[0] + "." for x in p.split("-")) if not p.endswith(".") else p)
    return f"{parts[-1]}, {' '.join(gs)}"


def aus(k):
    a = [ini(x) for x in authors(k)]
    return a[0] if len(a) == 1 else ", ".join(a[:-1]) + " ve " + a[-1]


refs = [
    (f"{aus('2103.14586')} (2021). {T('2103.14586')}. Proceedings of the IEEE/CVF International Conference on "
     "Computer Vision (ICCV), 10231–10241. Erişim adresi https://arxiv.org/pdf/2103.14586.pdf", "Bhojanapalli vd., 2021"),
    ("Demirci, E. (2019). Uzaktan algılama görüntülerinde derin öğrenme ile değişim tespiti (Yüksek lisans tezi). "
     "İstanbul Teknik Üniversitesi, Fen Bilimleri Enstitüsü, İstanbul.", "Demirci, 2019"),
    (f"{aus('2004.07780')} (2020). {T('2004.07780')}. Nature Machine Intelligence, 2(11), 665–673.", "Geirhos vd., 2020"),
    (f"{aus('2012.07177')} (2021). {T('2012.07177')}. Proceedings of the IEEE/CVF Conference on Computer Vision and "
     "Pattern Recognition (CVPR), 2918–2928.", "Ghiasi vd., 2021"),
    (f"{aus('2007.01434')} (2021). {T('2007.01434')}. International Conference on Learning Representations (ICLR).",
     "Gulrajani ve Lopez-Paz, 2021"),
    ("Kaya, M. ve Öztürk, S. (2022). Sentinel-2 görüntülerinde kentsel değişimin evrişimli sinir ağları ile "
     "belirlenmesi. Harita Teknolojileri Elektronik Dergisi, 14(2), 45–58.", "Kaya ve Öztürk, 2022"),
    (f"{aus('2103.14030')} (2021). {T('2103.14030')}. Proceedings of the IEEE/CVF International Conference on "
     "Computer Vision (ICCV), 10012–10022. Erişim adresi https://arxiv.org/abs/2103.14030", "Liu vd., 2021"),
    (f"{aus('2103.14146')} (2021). {T('2103.14146')}. Proceedings of the IEEE/CVF International Conference on "
     "Computer Vision (ICCV), 1971–1980.", "Qiu vd., 2021"),
    (f"{aus('2104.00298')} (2021). {T('2104.00298')}. arXiv ön baskısı arXiv:2104.00298.", "Tan ve Le, 2021"),
    ("Wightman, R. (2019). PyTorch Image Models [Yazılım]. GitHub deposu. Erişim adresi "
     "https://github.com/huggingface/pytorch-image-models [Erişim tarihi: 14.04.2025].", "Wightman, 2019"),
    (f"{aus('2106.04560')} (2022). {T('2106.04560')}. Proceedings of the IEEE/CVF Conference on Computer Vision and "
     "Pattern Recognition (CVPR), 12104–12113. Erişim adresi https://arxiv.org/abs/2106.04560v2", "Zhai vd., 2022"),
]
TR = "AaBbCcÇçDdEeFfGgĞğHhIıİiJjKkLlMmNnOoÖöPpQqRrSsŞşTtUuÜüVvWwXxYyZz"
trkey = lambda s: [TR.index(c) if c in TR else 200 + ord(c) for c in s]
assert [r for r, _ in refs] == sorted((r for r, _ in refs), key=trkey)


def para(s):
    return textwrap.wrap(s, W, break_long_words=False, break_on_hyphens=False)


concl = [
    "eğitilen Swin tabanlı modelin, LEVIR-CD ve kendi oluşturduğumuz İstanbul veri kümesinde evrişimli taban "
    "modellere göre daha yüksek F1 skoru elde ettiği görülmüştür. Bu sonuç, hiyerarşik pencere tabanlı dikkat "
    "mekanizmasının (Liu vd., 2021) yüksek çözünürlüklü uydu görüntülerinde de etkili olduğunu göstermektedir. "
    "Model boyutunun artırılmasıyla elde edilen kazanç ise Zhai vd. (2022) tarafından raporlanan ölçekleme "
    "eğilimiyle uyumludur; ancak veri kümemizin küçük olması nedeniyle en büyük modelde aşırı öğrenme gözlenmiştir.",
    "Değişimlerin yalnızca tespit edilmesi değil, doğal dilde betimlenmesi de son yıllarda önem kazanmıştır (Qiu vd., "
    "2021). Bu tezde önerilen betimleme modülü, önceki çalışmalarda kullanılan evrişimli kodlayıcılar (Demirci, "
    "2019; Kaya ve Öztürk, 2022) yerine dönüştürücü tabanlı bir kodlayıcı kullanmaktadır. Kodlayıcı olarak "
    "EfficientNetV2 (Tan ve Le, 2021) ile yapılan karşılaştırmada Swin kodlayıcı, özellikle küçük yapıların "
    "eklendiği örneklerde daha başarılı olmuştur. Tüm modeller timm kütüphanesi (Wightman, 2019) kullanılarak "
    "eğitilmiştir.",
    "Dağılım kaymasına karşı dayanıklılık açısından sonuçlar daha temkinli yorumlanmalıdır. Farklı mevsimlerde "
    "çekilmiş görüntülerde başarımın belirgin biçimde düştüğü görülmüştür. Bhojanapalli vd. (2021) dönüştürücülerin "
    "bozulmalara karşı evrişimli ağlardan daha dayanıklı olduğunu raporlasa da, modelin bazı durumlarda bina "
    "gölgeleri gibi kısayollara dayandığı gözlenmiştir (Geirhos vd., 2020). Gulrajani ve Lopez-Paz (2021) alan "
    "genellemesi yöntemlerinin iyi ayarlanmış bir ERM taban çizgisini çoğu zaman geçemediğini göstermiştir; "
    "çalışmamızda da benzer bir sonuç elde edilmiştir.",
    "Gelecek çalışmalarda, etiketli veri azlığını gidermek için kopyala-yapıştır veri artırımının (Ghiasi vd., 2021) "
    "değişim tespitine uyarlanması ve farklı uydu sensörlerinden elde edilen görüntülerle modelin genelleme "
    "yeteneğinin sınanması önerilmektedir.",
]
out = []
for p_ in concl:
    out += para(p_)
    out.append("")
out[-1:] = ["", "", "86", "", "KAYNAKLAR", ""]
page, n_on_page = 87, 0
for r, _ in refs:
    ls = para(r)
    if n_on_page + len(ls) > 30:
        out += ["", "", str(page), ""]
        page += 1; n_on_page = 0
    out += ls + [""]
    n_on_page += len(ls) + 1
out += ["", str(page), "", "ÖZGEÇMİŞ", "",
        "Ad-Soyad : Zeynep Aydın",
        "Doğum Tarihi ve Yeri : 1998, Bursa",
        "E-posta : aydinzey@itu.example.edu.tr",
        "",
        "ÖĞRENİM DURUMU:",
        "• Lisans : 2021, İstanbul Teknik Üniversitesi, İnşaat Fakültesi, Geomatik Mühendisliği Bölümü",
        "",
        "MESLEKİ DENEYİM VE ÖDÜLLER:",
        "• 2021–2024 yılları arasında TÜBİTAK 1001 projesinde bursiyer olarak çalışmıştır.",
        "",
        "", str(page + 1), ""]
write_only(F, "\n".join(out), keys(F))
