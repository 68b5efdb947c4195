#!/usr/bin/env python3
"""896 (negative): a Nushell 0.91 session copied from the terminal by a Turkish student in the reading group's
folder: the default prompt (`<path>> `), structured output drawn in Nushell's default `rounded` table style
(`╭─┬─╮` / `├─┼─┤` / `╰─┴─╯`, one blank of padding, headers centred, the `#` index and numbers right-aligned, text
left-aligned), file sizes in KiB, humanised modification times, a record shown as a two-column key/value table and a
list as an index/value table. `ls`, `open program.csv | where …`, `first`, `lines`, `sort-by`. The reading group's
schedule, notes and README talk about papers ("makale") in general — the paper list lives in a shared Zotero group —
and name none, and nothing in the file is arXiv-shaped."""
import os, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write

F = "896_negative_nushell_session_turkish_reading_group_folder_and_schedule.txt"


def w(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s, n, how):
    gap = n - w(s)
    if how == "r": return " " * gap + s
    if how == "c": return " " * (gap // 2) + s + " " * (gap - gap // 2)
    return s + " " * gap


def table(header, rows, align, index=True, head=True):
    if index:
        header = ["#"] + (header or [])
        rows = [[str(i)] + r for i, r in enumerate(rows)]
        align = ["r"] + align
    cols = len(rows[0])
    widths = [max([w(r[c]) for r in rows] + ([w(header[c])] if head else [])) for c in range(cols)]
    line = lambda l, m, r: l + m.join("─" * (x + 2) for x in widths) + r
    out = [line("╭", "┬", "╮")]
    if head:
        out.append("│" + "│".join(" " + pad(h, x, "c") + " " for h, x in zip(header, widths)) + "│")
        out.append(line("├", "┼", "┤"))
    for r in rows:
        out.append("│" + "│".join(" " + pad(v, x, a) + " " for v, x, a in zip(r, widths, align)) + "│")
    out.append(line("╰", "┴", "╯"))
    return out


P = "~/okuma-grubu> "
out = ["~> cd okuma-grubu"]
out += [P + "ls"]
out += table(["name", "type", "size", "modified"], [
    ["README.md", "file", "1.3 KiB", "3 days ago"],
    ["notlar", "dir", "4.0 KiB", "2 hours ago"],
    ["program.csv", "file", "894 B", "a day ago"],
    ["slaytlar", "dir", "4.0 KiB", "5 days ago"],
    ["sunum-şablonu.pptx", "file", "48.3 KiB", "3 weeks ago"],
], ["l", "l", "r", "l"])
SCHED = [
    ["2024-03-07", "Deniz Aydın", "Dikkat mekanizmalarına genel bakış", "B-204"],
    ["2024-03-14", "Elif Yıldız", "Görsel dönüştürücüler: kısa bir tarihçe", "B-204"],
    ["2024-03-21", "Mert Kaya", "Difüzyon modellerine giriş", "çevrim içi"],
    ["2024-03-28", "Zeynep Demir", "Pekiştirmeli öğrenme ve dil modelleri", "B-204"],
    ["2024-04-04", "Can Özkan", "Dil modellerini değerlendirme yöntemleri", "B-204"],
    ["2024-04-11", "—", "Ramazan Bayramı: toplantı yok", "—"],
]
out += [P + 'open program.csv | where tarih >= "2024-03-01"']
out += table(["tarih", "sunan", "konu", "salon"], SCHED, ["l", "l", "l", "l"])
out += [P + 'open program.csv | where sunan == "Elif Yıldız" | first']
out += table(None, [["tarih", SCHED[1][0]], ["sunan", SCHED[1][1]], ["konu", SCHED[1][2]], ["salon", SCHED[1][3]]],
             ["l", "l"], index=False, head=False)
out += [P + "ls notlar | sort-by modified --reverse | first 3"]
out += table(["name", "type", "size", "modified"], [
    ["notlar/2024-03-07-toplantı.md", "file", "1.8 KiB", "2 hours ago"],
    ["notlar/2024-02-29-toplantı.md", "file", "2.1 KiB", "a week ago"],
    ["notlar/2024-02-22-toplantı.md", "file", "1.6 KiB", "2 weeks ago"],
], ["l", "l", "r", "l"])
out += [P + "open README.md | lines | first 9"]
out += table(None, [[x] for x in [
    "# Okuma Grubu — Bahar 2024",
    "",
    "Her perşembe 17:30'da B-204'te (ya da çevrim içi) buluşuyoruz.",
    "Her hafta bir kişi bir makale sunuyor; sunum 30 dk, tartışma 20 dk.",
    "",
    "- Makale listesi bu klasörde değil, ortak Zotero grubunda (\"okuma-grubu-2024\").",
    "- Sunum şablonu: sunum-şablonu.pptx",
    "- Program: program.csv (tarih, sunan, konu, salon)",
    "- Toplantı notları: notlar/ klasörü",
]], ["l"], index=True, head=False)
out += [P + "open notlar/2024-03-07-toplantı.md | lines | where $it =~ '(?i)makale'"]
out += table(None, [[x] for x in [
    "- Gelecek haftanın makalesini Elif seçecek, başlığı grupta paylaşacak.",
    "- Makale önerileri için Zotero'da \"öneriler\" koleksiyonu açıldı.",
    "- Uzun makalelerde sadece giriş ve deneyler bölümü zorunlu.",
]], ["l"], index=True, head=False)
out += [P + "exit"]
text = "\n".join(out) + "\n"
write(F, text, negative=True)
