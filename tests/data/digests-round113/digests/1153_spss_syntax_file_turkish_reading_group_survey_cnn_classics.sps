* Encoding: UTF-8.
* =========================================================================.
* Görü Okuma Grubu — Bahar 2024 dönemi değerlendirme anketi.
* Hazırlayan: Elif Aydın (elif.aydin@lab.example.com.tr), 22.04.2024.
* Veri: her satır bir oturum; makale başlıkları okuma listesinden aynen kopyalandı.
* Not: 4. oturum (BiT) çevrimiçi yapıldı, katılım sayısı alınamadı (0 = eksik).
* Not: listede olmayan ama önerilen kaynaklar: timm kütüphanesi
*      (https://github.com/huggingface/pytorch-image-models) ve CS231n ders notları.
* =========================================================================.

DATA LIST LIST (";") / oturum (F2.0) tarih (EDATE10) sunan (A24) makale (A160) kaynak (A64)
    katilim (F2.0) puan (F3.1).
BEGIN DATA
1;20.02.2024;"Elif Aydın";"Understanding the difficulty of training deep feedforward neural networks";"";17;4.3
2;27.02.2024;"Mert Kaya";"Delving Deep into Rectifiers: Surpassing Human-Level Performance on ImageNet Classification";"arXiv:1502.01852";15;4.0
3;05.03.2024;"Zeynep Demir";"Deep Residual Learning for Image Recognition";"https://arxiv.org/abs/1512.03385";21;4.8
4;12.03.2024;"Can Yıldız";"Big Transfer (BiT): General Visual Representation Learning";"";0;3.9
5;19.03.2024;"Elif Aydın";"EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks";"https://arxiv.org/pdf/1905.11946.pdf";18;4.5
6;26.03.2024;"Mert Kaya";"ResNeSt: Split-Attention Networks";"https://arxiv.org/abs/2004.08955";12;3.6
7;02.04.2024;"Zeynep Demir";"Rethinking Architecture Selection in Differentiable NAS";"";11;3.4
8;16.04.2024;"Can Yıldız";"AutoHAS: Efficient Hyperparameter and Architecture Search";"arXiv:2006.03656";9;3.2
END DATA.

VARIABLE LABELS oturum 'Oturum no'
  /tarih 'Oturum tarihi'
  /sunan 'Sunan kişi'
  /makale 'Makale başlığı'
  /kaynak 'Bağlantı veya arXiv numarası'
  /katilim 'Katılımcı sayısı'
  /puan 'Ortalama puan (1-5)'.
MISSING VALUES katilim (0).

* Bağlantısı olan oturumları işaretle.
COMPUTE kaynak_var = (kaynak NE "").
FORMATS kaynak_var (F1.0).
VALUE LABELS kaynak_var 0 'Bağlantı yok' 1 'Bağlantı var'.
EXECUTE.

FREQUENCIES VARIABLES=kaynak_var sunan.
DESCRIPTIVES VARIABLES=katilim puan
  /STATISTICS=MEAN STDDEV MIN MAX.

* En beğenilen üç oturum.
SORT CASES BY puan (D).
LIST VARIABLES=oturum makale puan
  /CASES=FROM 1 TO 3.

SAVE OUTFILE='goru_okuma_bahar2024.sav'
  /KEEP=oturum TO puan kaynak_var.
