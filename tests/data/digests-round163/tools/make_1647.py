#!/usr/bin/env python3
"""1647: a German PhD student's timetrap sheet "lesen" (reading hours), pasted from a terminal: `t sheet lesen`,
`t display` (timetrap's text formatter: the Day / Start / End / Duration / Notes columns, one block per day with the
day's subtotal under the Duration column, a dashed rule and the Total) and `t display --start … --format csv` (start,
end, note, sheet). Every duration, subtotal and the total are computed from the modelled entries; notes are the
one-line notes given to `t in`."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1647)
PS = "jonas@t14s:~/promotion$ "
D = lambda s: dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
ENTRIES = [
    ("2024-03-04 08:47:12", "2024-03-04 10:21:55", f"{T('1904.10509')} https://arxiv.org/abs/1904.10509 (Abschnitt 4, faktorisierte Muster)"),
    ("2024-03-04 10:35:02", "2024-03-04 11:02:40", "Mails + Übungsblatt 3 korrigiert (gehört eigentlich auf lehre)"),
    ("2024-03-04 14:10:30", "2024-03-04 15:52:18", f"{T('2006.04768')} https://arxiv.org/pdf/2006.04768v3 – Projektion E/F, Beweis Satz 1 übersprungen"),
    ("2024-03-05 09:05:44", "2024-03-05 10:58:09", f"{T('2001.04451')} (arXiv:2001.04451) LSH-Attention, reversible Schichten"),
    ("2024-03-05 13:30:00", "2024-03-05 14:15:27", "xformers-Doku: memory_efficient_attention, Benchmarks auf der A100"),
    ("2024-03-06 08:55:10", "2024-03-06 11:12:36", f"{T('2205.14135')} https://arxiv.org/abs/2205.14135 – Tiling + Recompute, Tabelle 2 nachrechnen"),
    ("2024-03-06 16:02:51", "2024-03-06 16:48:03", f"{T('2004.05150')} – Sliding Window + globale Tokens, für Kapitel 2"),
    ("2024-03-07 09:20:15", "2024-03-07 11:41:40", f"{T('2011.04006')} https://arxiv.org/abs/2011.04006 (ListOps, Text, Retrieval, Image, Pathfinder)"),
    ("2024-03-07 12:30:00", "2024-03-07 13:05:22", "Blogpost von Lilian Weng zu den Transformer-Varianten, nur überflogen"),
    ("2024-03-08 08:40:07", "2024-03-08 10:02:48", f"{T('2202.10447')} – Gated Attention Unit, Vergleich mit Performer"),
    ("2024-03-08 10:15:31", "2024-03-08 11:30:59", f"{T('2006.16236')} – Kernel-Feature-Map, kausale Variante als RNN"),
]


def hms(sec):
    return f"{sec // 3600}:{sec % 3600 // 60:02d}:{sec % 60:02d}"


def display(entries):
    L = ["Timesheet: lesen", "    Day                Start      End        Duration   Notes"]
    total, last_day, day_sum = 0, None, 0
    for i, (s, e, note) in enumerate(entries):
        s, e = D(s), D(e)
        sec = int((e - s).total_seconds())
        day = s.strftime("%a %b %d, %Y")
        if day != last_day and last_day is not None:
            L.append(" " * 45 + hms(day_sum)); day_sum = 0
        L.append("    " + (day if day != last_day else "").ljust(19) + f"{s:%H:%M:%S} - {e:%H:%M:%S}   " + hms(sec).ljust(11) + note)
        last_day = day; day_sum += sec; total += sec
    L.append(" " * 45 + hms(day_sum))
    L.append("    " + "-" * 57)
    L.append("    Total".ljust(45) + hms(total))
    return L


def csv_rows(entries):
    out = ["start,end,note,sheet"]
    for s, e, note in entries:
        out.append(f'"{s}","{e}","{note}","lesen"')
    return out


def build():
    L = [PS + "t sheet lesen", 'Switching to sheet "lesen"', PS + "t display"] + display(ENTRIES)
    L += [PS + "t display --start 2024-03-08 --format csv"] + csv_rows([x for x in ENTRIES if x[0] >= "2024-03-08"])
    L.append(PS)
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
