#!/usr/bin/env python3
"""1486 (negative control): a summer-school course page on a Turkish university's WordPress site running Tutor LMS,
copied from the browser: breadcrumb, title, categories, rating, the course tabs, the description, what you will
learn, the course content (weeks with lesson counts and durations, computed from the lessons), requirements, target
audience, materials, the instructor box, reviews, and the enrolment sidebar. No paper: only books, courses,
software, datasets, leaderboards, talks, people, dates and ids. The builder refuses any catalogue title and anything
arXiv-shaped."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write, no_catalogue_title
from make_expected import by_num

F = by_num(1486)
# week title, [(lesson, minutes:seconds, kind)]  kind: V video, Q quiz, A assignment
WEEKS = [
 ("1. Hafta: Python, NumPy ve Colab'a Hızlı Giriş", [("Kursa Hoş Geldiniz ve Colab Kurulumu", "12:40", "V"), ("NumPy ile Vektör ve Matris İşlemleri", "31:05", "V"), ("pandas ile Veri Okuma", "27:48", "V"), ("1. Hafta Testi", "10:00", "Q")]),
 ("2. Hafta: Makine Öğrenmesinin Temelleri", [("Doğrusal ve Lojistik Regresyon", "38:12", "V"), ("scikit-learn ile İlk Model", "29:55", "V"), ("Aşırı Öğrenme ve Düzenlileştirme", "24:30", "V"), ("Ödev 1: Titanic Veri Seti", "00:00", "A")]),
 ("3. Hafta: Yapay Sinir Ağları ve Geri Yayılım", [("Algılayıcıdan Çok Katmanlı Ağlara", "35:20", "V"), ("Geri Yayılımı Elle Hesaplamak", "41:07", "V"), ("PyTorch'ta autograd", "33:46", "V"), ("3. Hafta Testi", "15:00", "Q")]),
 ("4. Hafta: Evrişimli Sinir Ağları (CNN)", [("Evrişim, Havuzlama, Adım", "36:18", "V"), ("LeNet'ten ResNet'e Mimari Turu", "44:02", "V"), ("CIFAR-10 ile Görüntü Sınıflandırma", "39:51", "V"), ("Ödev 2: Transfer Öğrenme ile Çiçek Sınıflandırma", "00:00", "A")]),
 ("5. Hafta: Diziler, RNN ve Dikkat Mekanizması", [("RNN ve LSTM Hücreleri", "37:29", "V"), ("Dikkat (Attention) Nedir?", "42:15", "V"), ("Transformer Mimarisini Adım Adım Kodlamak", "58:40", "V"), ("5. Hafta Testi", "15:00", "Q")]),
 ("6. Hafta: Proje Haftası ve Kapanış", [("Proje Konularının Tanıtımı", "18:22", "V"), ("Konuk Konuşma: Sahada Bilgisayarlı Görü (Kerem Aydın, Otonom Tarım A.Ş.)", "52:10", "V"), ("Final Projesi Teslimi", "00:00", "A")]),
]


def secs(s):
    m, s_ = s.split(":"); return int(m) * 60 + int(s_)


def hm(t):
    h, m = t // 3600, t % 3600 // 60
    return (f"{h}sa " if h else "") + f"{m}dk"


total = sum(secs(d) for _, ls in WEEKS for _, d, _ in ls)
n_lessons = sum(len(ls) for _, ls in WEEKS)
KIND = {"V": "▶", "Q": "?", "A": "✎"}
content = []
for wt, ls in WEEKS:
    content.append(f"{wt}\t{len(ls)} Ders\t{hm(sum(secs(d) for _, d, _ in ls))}")
    for name, d, k in ls:
        content.append(f"    {KIND[k]} {name}" + (f"\t{d}" if d != "00:00" else ""))
text = f"""Anasayfa  Kurslar  Etkinlikler  Hakkımızda  İletişim  Giriş Yap

Anasayfa / Kurslar / Yapay Zekâ
Yapay Zekâ Yaz Okulu 2024: Uygulamalı Derin Öğrenmeye Giriş
Kategoriler: Yapay Zekâ, Veri Bilimi
★★★★★ 4.8 (37 değerlendirme)
Eğitmen: Dr. Öğr. Üyesi Elif Karaca

Kurs Bilgisi    Değerlendirmeler    Duyurular    Soru & Cevap

Kurs Hakkında
Ege Kıyısı Teknik Üniversitesi Bilgisayar Mühendisliği Bölümü'nün üçüncü yaz okulu bu yıl tamamen çevrim içi. Altı hafta boyunca makine öğrenmesinin temellerinden başlayıp evrişimli ağlara ve Transformer mimarisine kadar ilerleyeceğiz. Her hafta videolar, bir test ya da ödev ve Perşembe akşamları 20:00'de canlı soru-cevap oturumu var (Zoom bağlantısı Duyurular sekmesinde).
Kurs, Andrew Ng'nin Deep Learning Specialization'ı ve Stanford CS231n ders notları örnek alınarak hazırlandı; ancak tüm videolar Türkçe ve örnekler Türkçe veri setleriyle.

Bu kursta ne öğreneceksiniz?
✓ PyTorch 2.3 ile model kurmayı, eğitmeyi ve değerlendirmeyi
✓ CNN, RNN ve Transformer mimarilerinin mantığını
✓ Hazır modellerle transfer öğrenmeyi (torchvision ve Hugging Face Hub)
✓ Kaggle yarışmalarına katılmayı ve sonuçları Papers with Code tablolarıyla karşılaştırmayı

Kurs İçeriği\t{n_lessons} Ders\t{hm(total)}
""" + "\n".join(content) + f"""

Gereksinimler
• Temel Python bilgisi (fonksiyonlar, listeler, sözlükler)
• Lise düzeyinde doğrusal cebir ve türev
• Google hesabı (Colab için) ya da CUDA destekli bir ekran kartı

Hedef Kitle
• Mühendislik ve fen fakültelerinin 2. ve 3. sınıf öğrencileri
• Yapay zekâya geçmek isteyen yazılım geliştiriciler

Materyaller
• Ders kitabı: Ian Goodfellow, Yoshua Bengio ve Aaron Courville'in derin öğrenme kitabının Türkçe çevirisi (Buzdağı Yayınevi) — zorunlu değil
• Ek kaynak: d2l.ai çevrim içi kitabı (PyTorch sürümü) ve fast.ai'nin Practical Deep Learning for Coders kursu
• Veri setleri: MNIST, CIFAR-10, Oxford 102 Flowers, TTC-3600 Türkçe haber metinleri, Kaggle Titanic
• Tüm defterler: github.com/egekiyisi-yz/yaz-okulu-2024 (MIT lisansı)

Eğitmen Hakkında
Dr. Öğr. Üyesi Elif Karaca
Bilgisayarlı görü ve tarımsal görüntü analizi üzerine çalışıyor. 2019'dan beri Ege Kıyısı Teknik Üniversitesi'nde; Yapay Öğrenme ve Örüntü Tanıma derslerini veriyor.
12 Kurs   1.846 Öğrenci

Asistanlar: Arş. Gör. Mert Yıldız, Arş. Gör. Zeynep Aksoy

Öğrenci Geri Bildirimi
4.8
★★★★★
37 değerlendirme
5 ★  31
4 ★  4
3 ★  1
2 ★  1
1 ★  0

Burak Ç.
2 hafta önce
Geri yayılımı elle hesapladığımız video sayesinde ilk kez gerçekten anladım. Ödevlerin otomatik notlandırılması çok iyi.

Selin T.
1 ay önce
Transformer haftası biraz hızlı geçti ama kod defteri çok açıklayıcı. Keşke Hugging Face Transformers kütüphanesine bir hafta daha ayrılsaydı.

Ücretsiz
Kursa Kayıt Ol
♡ İstek Listesine Ekle

Bu kurs şunları içerir:
⏱ {hm(total)} toplam süre
▶ {sum(1 for _, ls in WEEKS for _, _, k in ls if k == "V")} video ders
? {sum(1 for _, ls in WEEKS for _, _, k in ls if k == "Q")} test, ✎ {sum(1 for _, ls in WEEKS for _, _, k in ls if k == "A")} ödev
🏅 Katılım sertifikası (en az %70 başarı ile)

Kurs Düzeyi: Başlangıç
Son Güncelleme: 3 Haziran 2024
Başlangıç: 1 Temmuz 2024, Pazartesi
Bitiş: 9 Ağustos 2024, Cuma
Kontenjan: 400 (312 kayıtlı)

İletişim: yazokulu@egekiyisi-example.edu.tr  |  0232 555 01 47
© 2024 Ege Kıyısı Teknik Üniversitesi Sürekli Eğitim Merkezi — Tutor LMS ile çalışır
"""
no_catalogue_title(text, F)
write(F, text, negative=True)
