#!/usr/bin/env python3
"""2066 (negative): a post with comments on an invented tech blog from Ulaanbaatar, copied from the browser: Mongolian
(Khalkha, Cyrillic) with English names. Only software, books, data sets, talks and blog posts; the builder refuses any
catalogue title and anything arXiv-shaped (catalogue.write(…, negative=True)). Computed: the comment count, the
dates in order after the post (asserted)."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num
F = by_num(2066)


def fdate(d):
    return f"{d.year} оны {d.month}-р сарын {d.day}, {d:%H:%M}"


TITLE = "Энэ улиралд хиймэл оюуныг заахад ашигласан зүйлс"
POST = dt.datetime(2026, 2, 10, 18, 30)
COMMENTS = [
 ("Батбаяр Д.", dt.datetime(2026, 2, 10, 21, 4), "Сайн байна уу! Маш хэрэгтэй. Гэроны ном номын санд байгаа юу?"),
 ("Номин-Эрдэнэ", dt.datetime(2026, 2, 11, 8, 17), "Номын санд хоёр хувь бий. Тэмүүлэнгийн илтгэлийн бичлэг группийн сувагт байгаа."),
 ("Тэмүүлэн Б.", dt.datetime(2026, 2, 12, 19, 45), "Баярлалаа! Монгол яриан өгөгдөл одоо 11 цаг болсон."),
]
out = ["Техно Блог УБ", "Улаанбаатараас технологийн тэмдэглэл", "",
       "Нүүр   Программчлал   Хиймэл оюун   Арга хэмжээ   Холбоо барих", "",
       TITLE, f"Нийтэлсэн: {fdate(POST)}, Сарангэрэл Ж.", "",
       "Энэ улиралд өгүүлэл уншаагүй: багаж, өгөгдөл дээр төвлөрсөн. Бидний ашигласан зүйлс:", "",
       "Програм хангамж",
       "  – scikit-learn (https://scikit-learn.org) – эхний дадлагад.",
       "  – llama.cpp (https://github.com/ggml-org/llama.cpp) – зөөврийн компьютер дээр жижиг загвар ажиллуулахад.",
       "  – Coqui TTS (GitHub репозитори) – монгол яриа нийлэгжүүлэх туршилтад.", "",
       "Ном",
       "  – Aurélien Géron, «Hands-On Machine Learning with Scikit-Learn, Keras, and TensorFlow», 3rd ed.",
       "  – François Chollet, «Deep Learning with Python», 2nd ed.", "",
       "Өгөгдөл",
       "  – Монгол яриан өгөгдөл (data.example.mn/yaria), 11 цаг.",
       "  – Common Voice – зөвхөн монгол хэсэг.", "",
       "Илтгэл ба блог",
       "  – «Машин монголоор ярьж чадах уу?» илтгэл – Тэмүүлэн Б., МУИС, 2-р сарын 5.",
       "  – «Яагаад өөрсдийн өгөгдөл чухал вэ» – Номин-Эрдэнийн блог (blog.example.mn).", "",
       "Ангилал: Хиймэл оюун, Боловсрол", "",
       f"«{TITLE}» нийтлэлд {len(COMMENTS)} сэтгэгдэл", ""]
prev = POST
for who, d, txt in COMMENTS:
    assert d > prev
    prev = d
    out += [who, fdate(d), txt, "Хариулах", ""]
out += ["Сэтгэгдэл үлдээх", "Нэр *   И-мэйл *   Вэб сайт", "Сэтгэгдэл нийтлэх", "",
        "© 2026 Техно Блог УБ · Улаанбаатар, Монгол Улс · WordPress дээр ажилладаг"]
write(F, "\n".join(out) + "\n", negative=True)
