#!/usr/bin/env python3
"""1724: a thread of the ShiftDelete.Net forum (forum.shiftdelete.net, XenForo with the Turkish language pack) copied
from the browser, Turkish: the site head, the breadcrumb at the top and the bottom, the thread title, «Konuyu başlatan
X · Başlangıç tarihi d Ay yyyy», posts with the member block (nick, rank, «Katılım», «Mesajlar», «Tepki puanı»), the
date and «#n», quotes «X dedi ki:» … «Genişletmek için tıkla...», «Yanıtla» and reactions, the guest box and the XenForo
footer. The members, ranks, counts and dates are invented; Hugging Face, the BERTurk model, Kaggle, Coursera and an
RTX 3060 appear as what they are. Nicknames BERT, RoBERTa, ELECTRA, DeBERTa, GPT, Graphormer, EigenGame appear where
the papers are written in full."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, GPT1
F = by_num(1724)
AY = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]
TITLE = "Yapay zeka yüksek lisansına başlamadan önce hangi makaleleri okumalıyım?"
CRUMB = "Forum › Yazılım › Yapay Zeka ve Makine Öğrenimi"
members = {
    "emre_kod": ("Üye", "14 Eyl 2021", 186, 74),
    "BitBaron": ("Onaylı Üye", "3 Oca 2017", 4812, 2951),
    "ayse.ml": ("Üye", "22 Haz 2023", 57, 31),
    "kuantum42": ("Aktif Üye", "9 Nis 2019", 1290, 640),
}
posts = [
    ("emre_kod", (3, 3, 2025), "Merhaba, eylülde bilgisayar mühendisliğinde yüksek lisansa başlıyorum, alan doğal dil işleme olacak. "
     "Şu ana kadar Coursera'daki derin öğrenme kurslarını bitirdim, Kaggle'da da birkaç yarışmaya girdim. "
     "Makale okumaya nereden başlamalıyım? Önerilerinizi bekliyorum.", None, 1),
    ("BitBaron", (3, 3, 2025), "NLP diyorsan klasik sıra bence şöyle:\n\n"
     f"1) {GPT1} (Radford ve ark., 2018) – OpenAI'ın ilk GPT raporu\n"
     f"2) {T('1810.04805')} https://arxiv.org/abs/1810.04805\n"
     f"3) {T('1907.11692')} https://arxiv.org/pdf/1907.11692.pdf\n\n"
     "Bunları okuduktan sonra Hugging Face'te BERTurk ile bir sınıflandırma denemesi yap, çok şey oturur.", None, 12),
    ("emre_kod", (4, 3, 2025), "Çok teşekkürler hocam. BERT'ten sonra başka ne var, hep aynı şeyler mi?", ("BitBaron", "Bunları okuduktan sonra Hugging Face'te BERTurk ile bir sınıflandırma denemesi yap, çok şey oturur."), 0),
    ("ayse.ml", (4, 3, 2025), f"BERT'ten sonra ön eğitim tarafında iki tane daha okumanı tavsiye ederim:\n\n"
     f"{T('2003.10555')} → https://arxiv.org/abs/2003.10555\n{T('2006.03654')} (arXiv:2006.03654)\n\n"
     "ELECTRA özellikle RTX 3060 gibi küçük kartlarda eğitmek için çok mantıklı.", None, 7),
    ("kuantum42", (6, 3, 2025), "Biraz konu dışı olacak ama tezini graf ya da bilimsel hesaplama tarafına kaydırırsan şunlar çok iyi:\n\n"
     f"- {T('2106.05234')} (Graphormer, NeurIPS 2021)\n- {T('2010.03409')} (Pfaff ve ark., ICLR 2021)\n"
     f"- {T('2010.00554')} – PCA'yı oyun teorisiyle çözüyor, ICLR 2021'de en iyi makale ödülü almıştı.", None, 5),
    ("emre_kod", (7, 3, 2025), "Hepinize teşekkürler, listeyi çıkardım. Dönem başlayınca nasıl gittiğini buraya yazarım.", None, 2),
]
L = ["İçeriğe geç", "ShiftDelete.Net Forum", "Forumlar", "Yeni mesajlar", "Ara", "Giriş yap", "Kayıt ol", "",
     CRUMB, "", TITLE, "",
     f"Konuyu başlatan {posts[0][0]} · Başlangıç tarihi {posts[0][1][0]} {AY[posts[0][1][1] - 1]} {posts[0][1][2]}", ""]
for i, (nick, (d, m, y), text, quote, react) in enumerate(posts, 1):
    rank, joined, msgs, pts = members[nick]
    L += [nick, rank, f"Katılım {joined}", f"Mesajlar {msgs}", f"Tepki puanı {pts}", "",
          f"{d} {AY[m - 1]} {y}", f"#{i}", ""]
    if quote:
        L += [f"{quote[0]} dedi ki:", quote[1], "Genişletmek için tıkla...", ""]
    L += [text, ""]
    if react:
        L += [f"Tepkiler: {react}", ""]
    L += ["Yanıtla", ""]
L += ["Bu konuya cevap yazmak için giriş yapmalı veya kayıt olmalısınız.", "", CRUMB, "",
      "İletişim", "Kurallar", "Gizlilik politikası", "Yardım", "",
      "Community platform by XenForo® © 2010-2025 XenForo Ltd."]
write_only(F, "\n".join(L) + "\n", keys(F))
