#!/usr/bin/env python3
"""1120: the last pages of a Turkish master's thesis (Yükseköğretim Kurulu thesis format, APA 6 as Turkish
universities adapt it: "ve" before the last author, "vd." in text, "içinde" / "ss." for proceedings, "Erişim adresi"
for URLs, "arXiv ön baskı" for preprints) as `pdftotext -layout` gives them: the end of the conclusions chapter, the
KAYNAKLAR pages (hanging indent, blank line between entries, alphabetical) and the CV page; form feeds between
pages, centred page numbers. Entries are wrapped at 84 columns by the builder."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1120, GLOROT, DBN, ALEXNET, keys

W = 84
REFS = [
    f"Alpaydın, E. (2011). Yapay Öğrenme. İstanbul: Boğaziçi Üniversitesi Yayınevi.",
    f"Arakelyan, E., Daza, D., Minervini, P. ve Cochez, M. (2021). {T('2011.03459')}. International Conference on Learning Representations (ICLR 2021). Erişim adresi https://arxiv.org/abs/2011.03459",
    f"Glorot, X. ve Bengio, Y. (2010). {GLOROT}. Proceedings of the Thirteenth International Conference on Artificial Intelligence and Statistics içinde (Cilt 9, ss. 249–256). Sardinia, İtalya.",
    f"Goodfellow, I., Bengio, Y. ve Courville, A. (2016). Deep Learning. Cambridge, MA: MIT Press.",
    f"He, K., Zhang, X., Ren, S. ve Sun, J. (2015). {T('1502.01852')}. arXiv ön baskı arXiv:1502.01852.",
    f"He, K., Zhang, X., Ren, S. ve Sun, J. (2016). {T('1512.03385')}. Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition (CVPR) içinde (ss. 770–778). Las Vegas, ABD.",
    f"Hinton, G. E., Osindero, S. ve Teh, Y.-W. (2006). {DBN}. Neural Computation, 18(7), 1527–1554.",
    f"Krizhevsky, A., Sutskever, I. ve Hinton, G. E. (2012). {ALEXNET}. Advances in Neural Information Processing Systems 25 içinde (ss. 1097–1105). Lake Tahoe, ABD.",
    f"Ma, T. (2021). {T('2103.13462')} arXiv ön baskı arXiv:2103.13462.",
    f"PyTorch Geliştiricileri. (2023). torch.nn.init — PyTorch 2.1 belgeleri. Erişim adresi https://pytorch.org/docs/2.1/nn.init.html (Erişim tarihi: 12.11.2023).",
    f"Saha, G., Garg, I. ve Roy, K. (2021). {T('2103.09762')}. International Conference on Learning Representations (ICLR 2021). Erişim adresi https://arxiv.org/abs/2103.09762",
]


def ref(r):
    return "\n".join(textwrap.wrap(r, W, subsequent_indent="     ", break_long_words=False, break_on_hyphens=False))


def page(lines, n):
    body = lines + [""] * max(0, 46 - len(lines))
    return "\n".join(body + ["", " " * ((W - len(str(n))) // 2) + str(n), ""])


p71 = """     Bu tezde önerilen yöntem, bilgi çizgesi gömmeleri üzerinde ardışık görevlerle
öğrenirken önceki görevlerin gradyan alt uzaylarını koruyarak unutmayı azaltmaktadır.
Gradyan izdüşümüne dayalı bellek yaklaşımı (Saha vd., 2021) görüntü sınıflandırma için
önerilmiş olsa da, karmaşık sorgu yanıtlamada (Arakelyan vd., 2021) kullanılan bağlantı
tahmincilerine de uyarlanabildiği görülmüştür. FB15k-237 ve NELL-995 üzerinde yapılan
deneylerde ortalama karşılıklı sıra (MRR) değerinde önceki görevler için kayıp %3,1'in
altında kalmıştır.

     İleride, ağırlık başlatmanın (Glorot ve Bengio, 2010; He vd., 2015) sürekli öğrenme
üzerindeki etkisinin daha ayrıntılı incelenmesi ve daha büyük çizgelerde bellek
maliyetinin ölçülmesi planlanmaktadır. Ayrıca yerel yöntemlerin dışbükey olmayan
problemlerdeki başarısına ilişkin kuramsal sonuçların (Ma, 2021) bu ayarda geçerli olup
olmadığı açık bir sorudur."""
p71 = [l for para in p71.split("\n\n") for l in textwrap.wrap(" ".join(para.split()), W, initial_indent="     ", break_long_words=False, break_on_hyphens=False) + [""]][:-1]

refs = []
for r in REFS:
    refs += ref(r).split("\n") + [""]
split = refs.index("", 34) + 1
p72 = [" " * 37 + "KAYNAKLAR", "", ""] + refs[:split]
p73 = refs[split:]
p74 = (" " * 37 + "ÖZGEÇMİŞ\n\n\nAd Soyad              : Elif Demirtaş\nDoğum Yeri ve Tarihi  : Eskişehir, 1997\n"
       "E-posta               : elif.demirtas@ogr.example.edu.tr\n\nEĞİTİM\nLisans                : Örnek Teknik Üniversitesi, Bilgisayar Müh., 2020\n"
       "Yüksek Lisans         : Örnek Teknik Üniversitesi, Fen Bilimleri Enstitüsü,\n                        Bilgisayar Mühendisliği Anabilim Dalı, 2024\n\n"
       "YAYINLAR\nDemirtaş, E. ve Kaya, M. (2023). Sürekli öğrenmede bilgi çizgesi gömmeleri\n"
       "     için bir karşılaştırma. Sinyal İşleme ve İletişim Uygulamaları Kurultayı\n     (SİU) bildirisi.").split("\n")
text = "\f".join([page(p71, 71), page(p72, 72), page(p73, 73), page(p74, 74)]) + "\f"
write_only(F1120, text, keys(F1120))
