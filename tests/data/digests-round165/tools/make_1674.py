#!/usr/bin/env python3
"""1674: one outline item of a Turkish popular-science book project written in Manuskript (a novel/long-form writing
tool that saves a project as a folder of text files): `outline/3-Bolum-4/0-Derin-aglari-egitmek.md` — Manuskript's
header (`key:` padded to 20 columns, multi-line values continued with 20 spaces: title, ID, type, summarySentence,
summaryFull, notes, label, status, compile, setGoal), a blank line, then the scene's text in Markdown."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, GLOROT, DBN, ALEX

F = by_num(1674)
NOTES = f"""Kaynaklar (son okumada kontrol et, dipnotlara dönüşecek):
- {T('1512.03385')} — https://arxiv.org/abs/1512.03385
- {T('1502.01852')} — https://arxiv.org/abs/1502.01852
- {T('2103.13462')} — https://arxiv.org/pdf/2103.13462v2 (ders notu, sadece giriş bölümü)
- {T('2103.09762')} — https://arxiv.org/abs/2103.09762
- {T('2006.05929')} — arXiv:2006.05929
Editör Selin Hanım: "formül yok" kuralı bu bölümde de geçerli; ResNet şemasını çizer misin?"""
HEADER = [
    ("title", "Derin ağları eğitmek: başlangıç değerleri, derinlik ve unutmak"),
    ("ID", "27"),
    ("type", "md"),
    ("summarySentence", "Derin ağların neden uzun süre eğitilemediği ve bu sorunun üç hamlede nasıl aşıldığı."),
    ("summaryFull", "Glorot ve Bengio'nun 2010 gözlemi, Hinton'ın katman katman ön eğitimi, 2012'de AlexNet,\n2015'te artık bağlantılar. Bölüm sonunda bugünün açık soruları: unutma ve veri verimliliği."),
    ("notes", NOTES),
    ("label", "3"),
    ("status", "2"),
    ("compile", "2"),
    ("setGoal", "4500"),
]
TEXT = f"""## Sinyal kaybolduğunda

2000'lerin ortasında bir doktora öğrencisine "on katmanlı bir ağ eğit" deseniz, büyük ihtimalle size acıyarak
bakardı. Ağ eğitiliyor gibi görünür, kayıp biraz düşer, sonra olduğu yerde sayardı. Xavier Glorot ile Yoshua
Bengio, 2010'da yayımladıkları *{GLOROT}* makalesinde bunun nedenini sade bir deneyle gösterdiler: katmanlardan
geçen sinyalin büyüklüğü, başlangıç ağırlıkları kötü seçildiğinde ya sönüyor ya da patlıyordu.

Bundan birkaç yıl önce Geoffrey Hinton ve arkadaşları başka bir yol denemişti. *{DBN}* (2006) başlıklı
çalışmada ağ, önce etiketsiz veriyle katman katman "ısıtılıyor", ardından bütün olarak ince ayar yapılıyordu.
Bu ön eğitim fikri birkaç yıl boyunca alanın gözdesi oldu.

## 2012: Her şeyin değiştiği yıl

Sonra ImageNet yarışması geldi. Alex Krizhevsky, Ilya Sutskever ve Hinton'ın *{ALEX}* makalesi, iki oyun
kartıyla eğitilmiş sekiz katmanlı bir ağın rakiplerini açık farkla geçebileceğini gösterdi. Ön eğitim
yoktu; ReLU, dropout ve bol veri vardı.

> Okur için kutu: "GPU" nedir, neden oyun kartları? (Bir sayfa, Bölüm 2'deki kutuyla aynı üslupta.)

## Derinliğin bedeli

Ama daha derine inmek yine duvara çarptı. Kaiming He ve ekibi önce başlangıç değerlerini ReLU'ya göre yeniden
hesapladı, ardından 2015'te "artık bağlantı" fikriyle 152 katmanı eğitilebilir hale getirdi. Artık ağ, bir
katmanı "hiçbir şey yapma" yönünde kolayca öğrenebiliyordu.

TODO: burada Tengyu Ma'nın yerel yöntemler üzerine ders notundan bir benzetme — "vadi" metaforu mu?

## Bugünün açık soruları

Yeni bir şey öğrenen ağın eskisini unutması ("felaket düzeyinde unutma") ve devasa veri kümelerini küçük,
sentetik özetlere sığdırma çabası, bölümü bitirmek için iyi iki örnek. Ayrıntılar notlarda.
"""


def header():
    out = []
    for k, v in HEADER:
        lines = v.split("\n")
        out.append(f"{k}:".ljust(20) + lines[0])
        out += [" " * 20 + l for l in lines[1:]]
    return "\n".join(out)


def unwrap(text):
    """Manuskript's editor keeps a paragraph on one line"""
    return "\n\n".join(" ".join(p.split("\n")) for p in text.strip("\n").split("\n\n")) + "\n"


def build():
    return header() + "\n\n" + unwrap(TEXT)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
