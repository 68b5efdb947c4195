#!/usr/bin/env python3
"""1596 (negative): a Persian teaching assistant summarises the seminar room schedule (seminar.tsv) with GNU datamash:
the file itself, `datamash check`, grouped count / sum by room (-s -g with -H headers), overall sum / mean / max, a
per-presenter count with unique rooms, and an out-of-range field error. The schedule names rooms, hours, software,
a dataset, talks and people — no paper. Every answer is computed from the modelled table."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num

F = by_num(1596)
PS = "mahsa@alborz-ml:~/seminar$ "
HDR = ["هفته", "تاریخ", "اتاق", "ساعت", "موضوع", "ارائه‌دهنده"]
ROWS = [
    (1, "1403/07/02", "B-204", 2, "جلسه آشنایی و معرفی درس", "مهسا رحیمی"),
    (2, "1403/07/09", "LAB-3", 3, "کارگاه PyTorch (بخش ۱)", "مهسا رحیمی"),
    (3, "1403/07/16", "LAB-3", 3, "کارگاه PyTorch (بخش ۲)", "علی توکلی"),
    (4, "1403/07/23", "B-204", 1.5, "کار با مجموعه‌داده CIFAR-10", "علی توکلی"),
    (5, "1403/07/30", "B-204", 1.5, "ارائه پیشنهاد پروژه‌ها", "دکتر کاوه نادری"),
    (6, "1403/08/07", "AMFI-1", 2, "سخنرانی مهمان: زیرساخت GPU دانشکده", "مهندس پریسا شریفی"),
    (7, "1403/08/14", "B-204", 2, "آزمون میان‌ترم", "دکتر کاوه نادری"),
    (8, "1403/08/21", "LAB-3", 2.5, "کار با JAX و Flax", "علی توکلی"),
    (9, "1403/08/28", "B-110", 1, "جلسه جبرانی (تعطیلی رسمی)", "مهسا رحیمی"),
    (10, "1403/09/05", "AMFI-1", 3, "ارائه نهایی پروژه‌ها", "دکتر کاوه نادری"),
]


def num(x):
    return format(x, ".14g")


def build():
    col = lambda i: [r[i] for r in ROWS]
    L = [PS + "cat seminar.tsv", "\t".join(HDR)] + ["\t".join(str(v) for v in r) for r in ROWS]
    L += [PS + "datamash check < seminar.tsv", f"{len(ROWS) + 1} lines, {len(HDR)} fields"]
    L += [PS + "datamash -H -s -g 3 count 3 sum 4 < seminar.tsv", f"GroupBy({HDR[2]})\tcount({HDR[2]})\tsum({HDR[3]})"]
    for room in sorted(set(col(2)), key=lambda s: s.encode()):
        hrs = [r[3] for r in ROWS if r[2] == room]
        L.append(f"{room}\t{len(hrs)}\t{num(sum(hrs))}")
    h = col(3)
    L += [PS + "datamash -H sum 4 mean 4 max 4 < seminar.tsv", f"sum({HDR[3]})\tmean({HDR[3]})\tmax({HDR[3]})",
          f"{num(sum(h))}\t{num(sum(h) / len(h))}\t{num(max(h))}"]
    L += [PS + "datamash -H -s -g 6 count 6 unique 3 < seminar.tsv", f"GroupBy({HDR[5]})\tcount({HDR[5]})\tunique({HDR[2]})"]
    for who in sorted(set(col(5)), key=lambda s: s.encode()):
        rooms = sorted({r[2] for r in ROWS if r[5] == who}, key=lambda s: s.encode())
        L.append(f"{who}\t{sum(r[5] == who for r in ROWS)}\t{','.join(rooms)}")
    L += [PS + "# ساعت‌ها برای گزارش آموزش؛ ستون ۷ را اشتباه زدم", PS + "datamash -H sum 7 < seminar.tsv",
          f"datamash: invalid input: field 7 requested, line 2 has only {len(HDR)} fields", PS]
    return "\n".join(L)


if __name__ == "__main__":
    write(F, build(), negative=True)
