#!/usr/bin/env python3
"""1715: a Czech doctoral student's calendar(1) file (~/.calendar/calendar, read by the BSD `calendar` utility): C-style
comments and preprocessor lines (#ifndef/#define/#endif), then one event per line as `Mon DD<TAB>text` with
continuation lines that start with a TAB. The reading group meets on Thursdays: its dates are computed as the
consecutive Thursdays of spring 2024 (the Maundy Thursday one, 28 March, cancelled), each event states the weekday."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1715)
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
START = dt.date(2024, 2, 22)
SESS = [
    ("úvod a Rombach a spol.", [T("2112.10752"), "https://arxiv.org/abs/2112.10752", "připravuje Tereza"]),
    ("SDXL", [T("2307.01952"), "https://arxiv.org/pdf/2307.01952v1", "připravuje Ondřej; přinést srovnání s SD 1.5 z našeho clusteru"]),
    ("ControlNet", [f"{T('2302.05543')} (arXiv:2302.05543)", "připravuje Tereza, ukázka s hranovými mapami"]),
    ("editace obrázků", [T("2211.09800"), "https://arxiv.org/abs/2211.09800", "připravuje Lukáš"]),
    ("teorie: SDE", [T("2011.13456"), "https://arxiv.org/abs/2011.13456", "připravuje doc. Král, počítat s 90 minutami"]),
    (None, None),
    ("volné téma (hlasování v Mattermostu do 1. 4.)", ["kandidáti:", T("2010.02014"), T("2103.14338"), T("2308.04079")]),
]
OTHER = [
    (dt.date(2024, 3, 1), ["uzávěrka průběžné zprávy pro SGS grant"]),
    (dt.date(2024, 3, 19), ["konzultace se školitelem 10:00, kancelář 3.14"]),
    (dt.date(2024, 4, 2), ["odevzdat recenzi pro workshop (EasyChair)"]),
]
DAY = "čt"


def fmt(d):
    return f"{MON[d.month - 1]} {d.day}"


def build():
    ev = []
    for i, (topic, body) in enumerate(SESS):
        d = START + dt.timedelta(days=7 * i)
        if topic is None:
            ev.append((d, [f"({DAY}) čtenářská skupina se nekoná – Zelený čtvrtek"]))
            continue
        ev.append((d, [f"({DAY}) 14:00 čtenářská skupina difuzní modely, místnost K4: {topic}"] + body))
    ev += OTHER
    L = ["/*", " * ~/.calendar/calendar", " * jaro 2024: čtenářská skupina (čtvrtky), termíny a konzultace",
         " * staré semestry jsou v calendar.2023", " */", "", "#ifndef _calendar_", "#define _calendar_", ""]
    for d, lines in sorted(ev):
        L.append(f"{fmt(d)}\t{lines[0]}")
        L += ["\t" + x for x in lines[1:]]
    L += ["", "#endif /* !_calendar_ */"]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
