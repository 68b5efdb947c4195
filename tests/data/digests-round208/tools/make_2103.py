#!/usr/bin/env python3
"""2103: a thread of an invented student forum of Atatürk University (Erzurum) running Simple Machines Forum 2.1,
copied as text from the browser: forum name, «Hoş geldiniz, Misafir» log-in line, linktree «Forum ana sayfası »
Yapay Zekâ » Okuma grubu », «Konu: …  (Okunma sayısı n defa)», page index, posts with «« Yanıtla #n : dd Ay yyyy,
HH:MM:SS »», member blocks (rank, «Mesaj: n»), quotes «Alıntı: X — dd Ay yyyy, HH:MM:SS», signatures, and the
SMF footer. Turkish. The forum, people and texts are invented. Computed: reply numbers (#1 … #n), dates increasing
(asserted), the quoted date = the quoted post's date (asserted), the «Yanıt» count."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(2103)
AY = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]


def tr(d):
    return f"{d.day:02d} {AY[d.month - 1]} {d.year}, {d:%H:%M:%S}"


USERS = {"emre.aydin": ("Yönetici", 1204), "zeynep_kaya": ("Kıdemli Üye", 388), "burakyildiz": ("Üye", 57),
         "selin.ozturk": ("Yeni Üye", 9)}
POSTS = [
 ("emre.aydin", (2026, 2, 2, 21, 14, 5), None, [
  "Arkadaşlar, bu dönem okuma grubunda büyük modellerin eğitimi ve hizalanması var. Liste:",
  f"1) {T('1909.08053')} -- https://arxiv.org/abs/1909.08053",
  f"2) {T('1701.06538')} -- https://openreview.net/forum?id={OR('1701.06538')} (ICLR 2017)",
  f"3) {T('2203.02155')}: https://arxiv.org/pdf/2203.02155v1.pdf",
  "Önerisi olan yazsın."]),
 ("zeynep_kaya", (2026, 2, 2, 22, 40, 51), None, [
  f"Değerlendirme için {T('2206.04615')} (BIG-bench) olmadan olmaz: http://arxiv.org/abs/2206.04615v3",
  f"Matematik tarafında da {T('2206.14858')}, arXiv:2206.14858 -- Minerva makalesi."]),
 ("burakyildiz", (2026, 2, 3, 9, 5, 12), 1, [
  "Hocam ölçekleme güzel de, ajanlar nerede? Geçen hafta laboratuvarda",
  f"{T('2205.06175')} üzerine konuştuk (Gato), bence listeye girmeli."]),
 ("selin.ozturk", (2026, 2, 3, 11, 47, 30), None, [
  "Ben üretim tarafını merak ediyorum. Örnekleme ayarlarını anlamak için, herkesin bahsettiği",
  f"{T('1904.09751')} makalesini okumak iyi olur (top-p oradan çıktı).",
  "Bir de tarihçe için: ince ayar fikrinin ilk güçlü örneği sayılan ULMFiT, yani",
  f"{T('1801.06146')}, Howard ve Ruder, 2018."]),
 ("emre.aydin", (2026, 2, 3, 13, 2, 44), 4, [
  "Eklendi. Kod için Megatron-LM deposu (https://github.com/NVIDIA/Megatron-LM) ve DeepSpeed belgeleri -- yazılım, makale değil.",
  "Sebastian Raschka'nın «Build a Large Language Model (From Scratch)» kitabı kütüphanede var. İlk toplantı Perşembe 17:00, B-204."]),
]
out = ["Atatürk Üniversitesi Bilgisayar Topluluğu Forumu", "Hoş geldiniz, Misafir. Lütfen giriş yapın veya kayıt olun.",
       "Aktivasyon e-postasını almadınız mı?", "", "Forum ana sayfası » Yapay Zekâ » Okuma grubu » Bahar 2026: büyük modeller",
       "", "Sayfa: [1]   Aşağı git", "Yazar\tKonu: Bahar 2026: büyük modeller  (Okunma sayısı 412 defa)", ""]
prev, dates = None, []
for i, (u, t, q, ls) in enumerate(POSTS):
    d = dt.datetime(*t); assert prev is None or d > prev; prev = d; dates.append(d)
    rank, n = USERS[u]
    out += [u, rank, "", f"Mesaj: {n}", "", ""]
    out.append(f"« : {tr(d)} »" if i == 0 else f"« Yanıtla #{i} : {tr(d)} »")
    if q:
        assert dates[q - 1] < d
        qu = POSTS[q - 1]
        out += [f"Alıntı: {qu[0]} — {tr(dates[q - 1])}", "\t" + qu[3][0][:70] + "…", ""]
    out += ls + ["Kayıtlı", "", "Hesap: Erzurum'da kış, GPU'da yaz." if u == "emre.aydin" else "", ""]
out += [f"Sayfa: [1]   Yukarı git   ({len(POSTS) - 1} Yanıt)", "", "Forum ana sayfası » Yapay Zekâ » Okuma grubu", "",
        "SMF 2.1.4 © 2023, Simple Machines", "Gizlilik Politikası | XHTML | RSS | WAP2"]
write_only(F, "\n".join(out) + "\n", keys(F))
