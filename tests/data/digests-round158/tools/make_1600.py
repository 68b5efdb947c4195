#!/usr/bin/env python3
"""1600: the end of a Turkish master's thesis (Dokuz Eylül Üniversitesi, Fen Bilimleri Enstitüsü, an invented thesis on
change captioning in aerial images) copied from its PDF: the last page of «BÖLÜM BEŞ SONUÇ VE ÖNERİLER» with author-year
citations («vd.», «ve»), then «KAYNAKLAR» in an APA-like Turkish style («ss.», «Erişim adresi», «Erişim tarihi»), lines
as the viewer gives them (wrapped at 92 columns, one blank line between references), page numbers."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import by_num, keys
F = by_num(1600)


def ini(name):
    parts = name.split()
    first = " ".join("-".join(p[0] + "." for p in w.split("-")) if not w.endswith(".") else w for w in parts[:-1])
    return f"{parts[-1]}, {first}"


def apa(key):
    a = [ini(n) for n in authors(key)]
    if len(a) > 7:
        return ", ".join(a[:6]) + ", ... " + a[-1]
    return a[0] if len(a) == 1 else ", ".join(a[:-1]) + " ve " + a[-1]


refs = [
    "Akgül, M. ve Demir, S. (2019). Uzaktan algılama ve sayısal görüntü işleme (3. baskı). İzmir: Ege Kitap "
    "Yayınevi.",
    f"{apa('2012.07177')} (2021). {T('2012.07177')}. Proceedings of the IEEE/CVF Conference on Computer Vision and "
    "Pattern Recognition (CVPR) içinde (ss. 2918–2927). Erişim adresi: https://arxiv.org/abs/2012.07177",
    f"{apa('2007.01434')} (2021). {T('2007.01434')}. International Conference on Learning Representations (ICLR).",
    f"{apa('1904.09751')} (2020). {T('1904.09751')}. International Conference on Learning Representations (ICLR).",
    f"{apa('2103.14167')} (2021). {T('2103.14167')}. Proceedings of the IEEE/CVF International Conference on "
    "Computer Vision (ICCV) içinde (ss. 6207–6217).",
    f"{apa('2301.12597')} (2023). {T('2301.12597')}. Proceedings of the 40th International Conference on Machine "
    "Learning (ICML) içinde (ss. 19730–19742). Erişim adresi: https://arxiv.org/abs/2301.12597",
    "PyTorch. (2024). torchvision.models: Models and pre-trained weights (sürüm 0.18). Erişim adresi: "
    "https://pytorch.org/vision/0.18/models.html (Erişim tarihi: 12.05.2025).",
    f"{apa('2103.14146')} (2021). {T('2103.14146')}. arXiv ön baskısı, arXiv:2103.14146.",
    f"{apa('2103.14625')} (2021). {T('2103.14625')}. Proceedings of the 59th Annual Meeting of the Association for "
    "Computational Linguistics: System Demonstrations içinde (ss. 132–141).",
    "Yılmaz, E. ve Kaya, B. (2023). İzmir Körfezi kıyı değişimi betimleme veri kümesi (IKD-CD), sürüm 1.2. "
    "Erişim adresi: https://veri.example.edu.tr/ikd-cd (Erişim tarihi: 03.03.2025).",
    f"{apa('2010.04159')} (2021). {T('2010.04159')}. International Conference on Learning Representations (ICLR). "
    "Erişim adresi: https://arxiv.org/pdf/2010.04159v4.pdf",
]
assert [r.lower() for r in refs] == sorted(r.lower() for r in refs), "alphabetical"
concl = """5.2 Tartışma

Deney sonuçları, fark özniteliklerini iki zaman adımı arasında hizalayan dikkat modülünün modelin
değişiklik bölgelerine odaklanmasını sağladığı görülmüştür. Bu bulgu, Qiu vd. (2021) tarafından
yapay sahnelerde gözlenen sonucu gerçek hava fotoğrafları için de doğrulamaktadır.

Önerilen modelin başarısı büyük ölçüde kodlayıcıdaki çok ölçekli özniteliklere dayanmaktadır. Deformable
dikkat katmanları (Zhu vd., 2021) yerine tam dikkat kullanıldığında CIDEr puanı 7,4 puan düşmüş, eğitim
süresi ise iki katına çıkmıştır. Veri artırma olarak kopyala-yapıştır yöntemi (Ghiasi vd., 2021) küçük
değişiklik bölgeleri için özellikle yararlı olmuştur. İki görüntü arasındaki eşleştirme hataları, yoğun
eşleştirme yöntemleriyle (Jiang vd., 2021) azaltılabilir; bu, gelecek çalışma olarak bırakılmıştır.

Betimleme üretiminde çekirdek örnekleme (Holtzman vd., 2020), ışın aramasına göre daha çeşitli ancak
daha az doğru cümleler üretmiştir. Hazır bir görüntü-dil modeliyle (Li vd., 2023) yapılan sıfır-örnek
karşılaştırmada, modelin Türkçe betimleme üretemediği ve değişiklikleri çoğunlukla atladığı görülmüştür.

Son olarak, farklı mevsimlerde çekilmiş görüntülerde başarımın düştüğü gözlenmiştir. Gulrajani ve
Lopez-Paz (2021) tarafından önerilen değerlendirme protokolüne benzer biçimde, alan genellemesi
deneylerinin yapılması ve dikkat haritalarının etkileşimli araçlarla (Wang vd., 2021) incelenmesi
önerilmektedir. IKD-CD veri kümesinin (Yılmaz ve Kaya, 2023) ikinci sürümü bu amaçla genişletilecektir.
Radyometrik düzeltme adımları (Akgül ve Demir, 2019) ve hazır omurga ağırlıkları (PyTorch, 2024)
ikinci sürümde de aynı tutulacaktır."""
body = [l for l in concl.split("\n")]
pages = [body, ["KAYNAKLAR", ""]]
cur = pages[1]
for r in refs:
    wrapped = textwrap.wrap(r, 92, break_on_hyphens=False, break_long_words=False)
    if len(cur) + len(wrapped) > 26:
        pages.append([]); cur = pages[-1]
    cur += wrapped + [""]
out, first_page = [], 71
for i, p in enumerate(pages):
    while p and p[-1] == "": p.pop()
    out += p + ["", str(first_page + i), ""]
text = "\n".join(out).rstrip("\n") + "\n"
write_only(F, text, keys(F))
