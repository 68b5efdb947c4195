#!/usr/bin/env python3
"""1906 (negative): an article of a LinkedIn newsletter copied from the browser (Turkish): the newsletter name, its
cadence and subscriber count, the author line, the title, the date, the text on AI tools, books, data sets and talks,
the reactions line and three comments. No paper: only software (Ollama, LM Studio, Whisper), books (Kahneman's «Hızlı
ve Yavaş Düşünme», Harari's «Homo Deus»), data sets (Common Voice, OSCAR), a talk and a blog post. The newsletter, the
people, the figures and the dates are invented. Computed: the comment count (asserted)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num
F = by_num(1906)
COMMENTS = [("Burak Yıldız", "Veri Mühendisi", "1 hafta", "Ollama önerisi için teşekkürler, ekipte hemen denedik."),
            ("Elif Kaya", "Doktora Öğrencisi", "6 gün", "Common Voice Türkçe kayıtlarına ben de katkı veriyorum, herkese tavsiye ederim."),
            ("Mert Aksoy", "Ürün Yöneticisi", "5 gün", "Bir sonraki sayıda akademik makale de görmek isterim!")]
out = ["Yapay Zekâ Pratikte", "Bülten", "Her ay yayımlanır", "2.418 abone", "Abone ol", "",
       "Zeynep Arslan", "Makine Öğrenmesi Mühendisi | Yapay zekâyı sahaya indiriyoruz", "Yayınlandı: 16 Şub 2026", "",
       "Şubat sayısı: bu ay makale yok, sadece araçlar",
       "", "Merhaba! Bu sayıda doğrudan kullanabileceğiniz araçları, kitapları ve veri setlerini topladım.", "",
       "Araçlar", "• Ollama: açık modelleri kendi bilgisayarınızda çalıştırmanın en kolay yolu.",
       "• LM Studio: grafik arayüz isteyenler için.", "• Whisper: konuşmayı metne çevirmede hâlâ çok iyi; Türkçe toplantı notları için kullanıyoruz.", "",
       "Kitaplar", "• Daniel Kahneman – Hızlı ve Yavaş Düşünme", "• Yuval Noah Harari – Homo Deus: Yarının Kısa Bir Tarihi", "",
       "Veri setleri", "• Mozilla Common Voice (Türkçe): https://commonvoice.mozilla.org/tr", "• OSCAR çok dilli web korpusu: https://oscar-project.org/", "",
       "Konuşma ve blog", "• Geçen ayki İstanbul buluşmamızdaki “Yerel dil modelleriyle müşteri hizmetleri” konuşmasının kaydı YouTube’da.",
       "• Blog yazısı: “Whisper ile 300 saatlik kaydı nasıl yazıya döktük?” – ekibimizden Can Demir.", "",
       "Görüşmek üzere,", "Zeynep", "", f"👍❤️ 184 · {len(COMMENTS)} yorum · 9 yeniden yayınlama", "", "Beğen  Yorum Yap  Paylaş", ""]
for n, r, w, t in COMMENTS:
    out += [n, r, w, t, "Beğen · Yanıtla", ""]
out += ["Yapay Zekâ Pratikte bültenine abone olun", "Abone ol"]
text = "\n".join(out) + "\n"
write(F, text, negative=True)
