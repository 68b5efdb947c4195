#!/usr/bin/env python3
"""1574: an Arabic-writing PhD student's research diary kept in the Diaro app, its XML backup (DiaroBackup.xml):
tables diaro_folders, diaro_tags, diaro_locations, diaro_entries (uid, date in epoch milliseconds, tz_offset, title,
text with raw newlines, folder_uid, tags as ,uid,uid, lists, mood). Uids and times are computed from the modelled entries."""
import hashlib, os, sys
from datetime import datetime, timezone, timedelta
from xml.sax.saxutils import escape
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1574)
def uid(s): return hashlib.sha1(s.encode()).hexdigest()[:32]
FOLDERS = [("بحث", "#2e7d32"), ("شخصي", "#f57c00")]
TAGS = ["قراءة", "تعلم-ذاتي", "اجتماع"]
TZ = timezone(timedelta(hours=3))
ENTRIES = [
    ((2024, 2, 4, 22, 15), "بداية الفصل الثاني", "بحث", ["قراءة"],
     f"قررت أن أبدأ بمقالين خارج التعلم الذاتي لأفهم البحث عن البنى وخوارزميات التعلم المعزز.\n{T('2108.04392')}\nhttps://arxiv.org/abs/2108.04392\nثم {T('2006.05990')}\nhttps://arxiv.org/pdf/2006.05990.pdf\n(دراسة واسعة لخيارات PPO)"),
    ((2024, 2, 11, 21, 40), "اجتماع مع د. سلمى", "بحث", ["اجتماع", "تعلم-ذاتي"],
     f"اقترحت د. سلمى العتيبي قراءة:\n- {T('2010.06040')} — https://openreview.net/forum?id={OR('2010.06040')}\n- {T('2004.11362')} (arXiv:2004.11362)\nوقالت إن مكتبة solo-learn جيدة للتجارب (مكتبة برمجية، ليست ورقة)."),
    ((2024, 2, 19, 23, 5), "ملاحظات متفرقة", "بحث", ["قراءة"],
     f"لم أجد روابط بعد، فقط العناوين من قائمة يوسف:\n{T('2006.06882')}\n{T('2303.15343')}\n{T('2103.13462')}\nوتذكير: مجموعة بيانات CheXpert تحتاج تسجيلاً."),
    ((2024, 2, 26, 20, 30), "تطبيقات طبية", "بحث", ["قراءة"],
     f"{T('2103.14339')}\nhttps://arxiv.org/abs/2103.14339\nفكرة جيدة لفصل التطبيقات في الأطروحة."),
    ((2024, 3, 1, 9, 0), "الجمعة", "شخصي", [], "مشي على الكورنيش مع أخي. لا شيء عن البحث اليوم."),
]


def r(fields):
    return "<r>" + "".join(f"<{k}>{escape(str(v))}</{k}>" if v != "" else f"<{k}></{k}>" for k, v in fields) + "</r>"


def build():
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<data version="2">', '<table name="diaro_folders">']
    L += [r([("uid", uid(n)), ("title", n), ("color", c), ("pattern", "")]) for n, c in FOLDERS]
    L += ['</table>', '<table name="diaro_tags">'] + [r([("uid", uid(t)), ("title", t)]) for t in TAGS]
    L += ['</table>', '<table name="diaro_locations">',
          r([("uid", uid("loc")), ("title", "مكتبة الجامعة الأردنية"), ("address", "عمّان"), ("lat", "32.0165"), ("lng", "35.8724"), ("zoom", "16")]),
          '</table>', '<table name="diaro_entries">']
    for (y, mo, d, h, mi), title, folder, tags, text in ENTRIES:
        ms = int(datetime(y, mo, d, h, mi, tzinfo=TZ).timestamp() * 1000)
        L.append(r([("uid", uid(title)), ("date", ms), ("tz_offset", "+03:00"), ("title", title), ("text", text),
                    ("folder_uid", uid(folder)), ("location_uid", uid("loc") if folder == "بحث" else ""),
                    ("tags", ("," + ",".join(uid(t) for t in tags) + ",") if tags else ""), ("primary_photo_uid", ""), ("mood", "3")]))
    L += ['</table>', '</data>']
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
