#!/usr/bin/env python3
"""1979: the last page of a chapter (with its footnotes) and the «KAYNAKÇA» of an invented Turkish master's thesis in
the İSNAD citation system (2nd edition, footnote variant; the entry forms are as remembered), copied from the PDF:
Turkish with English titles. The thesis, its university and pages are invented. Computed: the footnote numbering
(consecutive, asserted), the alphabetical order of the bibliography (asserted), the page numbers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, LENET
F = by_num(1979)
TR = str.maketrans("çğıöşüÇĞİÖŞÜ", "cgiosuCGIOSU")
BODY = [
 "Bu bölümde kullanılan omurga ağlarının seçimi, hem doğruluk hem de hesaplama maliyeti bakımından yapılmıştır.",
 "Evrişimli ağların tarihsel temeli LeCun ve arkadaşlarının çalışmasına dayanır.1 Hiyerarşik pencere tabanlı",
 "dikkat mekanizması, yüksek çözünürlüklü kusur görüntülerinde belirgin bir iyileşme sağlamıştır.2 Model",
 "boyutunun ve veri miktarının ölçeklenmesine ilişkin bulgular da benzer bir eğilim göstermektedir.3 Daha",
 "küçük ve hızlı eğitilen bir alternatif olarak EfficientNetV2 ailesi denenmiştir.4 Veri artırma için kopyala-",
 "yapıştır yöntemi uygulanmıştır.5 Dayanıklılık deneylerinde görüntü bozulmalarına karşı davranış,",
 "literatürdeki sonuçlarla karşılaştırılmıştır.6 Değişiklik tespiti için ayrıca çoklu değişiklikleri tanımlayan",
 "dönüştürücü modellerden yararlanılmıştır.7 Son olarak, alan genellemesine ilişkin değerlendirmelerin sınırlı",
 "kaldığı unutulmamalıdır.8 Uygulamada timm kütüphanesi ve ImageNet ön-eğitimli ağırlıklar kullanılmıştır.9",
]
FOOT = [
 f"1 Yann LeCun vd., “{T(LENET)}”, Proceedings of the IEEE 86/11 (1998), 2278.",
 f"2 Ze Liu vd., “{T('2103.14030')}”, Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV) (2021), 10013.",
 f"3 Xiaohua Zhai vd., “{T('2106.04560')}”, Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR) (2022), 12105.",
 f"4 Mingxing Tan - Quoc V. Le, “{T('2104.00298')}”, Proceedings of the 38th International Conference on Machine Learning (2021), 10097.",
 "5 Golnaz Ghiasi vd., “Simple Copy-Paste”, 2919.",
 f"6 Srinadh Bhojanapalli vd., “{T('2103.14586')}”, arXiv:2103.14586 (2021), 3.",
 f"7 Yue Qiu vd., “{T('2103.14146')}”, ICCV Workshops (2021), 1972.",
 f"8 Ishaan Gulrajani - David Lopez-Paz, “{T('2007.01434')}”, International Conference on Learning Representations (ICLR) (2021), 5.",
 "9 Ross Wightman, PyTorch Image Models (timm) (GitHub, 2019), https://github.com/huggingface/pytorch-image-models",
]
BIB = [
 ("Bhojanapalli", f"Bhojanapalli, Srinadh vd. “{T('2103.14586')}”. Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV). 10231-10241. 2021. arXiv:2103.14586."),
 ("Deng", "Deng, Jia vd. “ImageNet veri kümesi”. Erişim 12 Ocak 2026. https://www.image-net.org/"),
 ("Ghiasi", f"Ghiasi, Golnaz vd. “{T('2012.07177')}”. Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR). 2918-2928. 2021. https://arxiv.org/abs/2012.07177v2"),
 ("Gulrajani", f"Gulrajani, Ishaan - Lopez-Paz, David. “{T('2007.01434')}”. International Conference on Learning Representations (ICLR). 2021."),
 ("LeCun", f"LeCun, Yann vd. “{T(LENET)}”. Proceedings of the IEEE 86/11 (1998), 2278-2324."),
 ("Liu", f"Liu, Ze vd. “{T('2103.14030')}”. Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV). 10012-10022. 2021. https://arxiv.org/abs/2103.14030"),
 ("Qiu", f"Qiu, Yue vd. “{T('2103.14146')}”. Proceedings of the IEEE/CVF International Conference on Computer Vision Workshops. 1971-1980. 2021."),
 ("Tan", f"Tan, Mingxing - Le, Quoc V. “{T('2104.00298')}”. Proceedings of the 38th International Conference on Machine Learning. 10096-10106. 2021. http://arxiv.org/abs/2104.00298"),
 ("Wightman", "Wightman, Ross. PyTorch Image Models (timm). GitHub, 2019. Erişim 15 Ocak 2026. https://github.com/huggingface/pytorch-image-models"),
 ("Yılmaz", "Yılmaz, Ahmet Kerem. Derin Öğrenme ile Görüntü İşleme. Ankara: Örnek Yayınevi, 2024."),
 ("Zhai", f"Zhai, Xiaohua vd. “{T('2106.04560')}”. Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR). 12104-12113. 2022. https://arxiv.org/pdf/2106.04560v2"),
]
assert [b[0].translate(TR).lower() for b in BIB] == sorted(b[0].translate(TR).lower() for b in BIB)
assert [int(f.split()[0]) for f in FOOT] == list(range(1, len(FOOT) + 1))
out = ["4.3. Omurga Ağlarının Seçimi", ""] + BODY + ["", "_" * 30] + FOOT + ["", "64", "",
       "KAYNAKÇA", ""] + [b for _, b in BIB] + ["", "65"]
write_only(F, "\n".join(out), keys(F))
