#!/usr/bin/env python3
"""1272: `defaults read` output (Arabic): a Riyadh-like researcher's macOS reading app (invented: Qaraa,
`com.qaraa-app.Qaraa`) keeps its reading queue in its preferences; to move to a new laptop she ran `defaults read
com.qaraa-app.Qaraa` in Terminal and pasted the output into a message to the group. `defaults read` prints the domain
as an old-style (NeXTSTEP) property list the way NSDictionary's description does: keys sorted, `key = value;`,
four spaces a level, the description's odd indentation of nested collections (`key =     (`, a dictionary inside an
array opened with `{` sixteen spaces in), arrays with commas between elements, a string left bare only when it is
all ASCII letters and digits, otherwise quoted with \\" \\\\ \\n and every non-ASCII UTF-16 unit as \\Uxxxx
(Arabic letters, an emoji's surrogate pair), numbers and booleans bare (a float in quotes), dates as
"YYYY-MM-DD HH:MM:SS +0000", data as {length = n, bytes = 0x…}. Queue items with an arXiv or OpenReview url are
links; an item with an empty url whose Arabic note gives `arXiv:2010.04592` is arxiv-text; three items with an empty
url are title-only; a GitHub repository, a lecture video and a model card are in the app's archive, not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1272, keys


class Date(str): pass
class Data(bytes): pass
class Real(float): pass


def qs(s):
    if s and all(c.isascii() and c.isalnum() for c in s): return s
    out = []
    for c in s:
        if c == '"': out.append('\\"')
        elif c == "\\": out.append("\\\\")
        elif c == "\n": out.append("\\n")
        elif ord(c) < 128: out.append(c)
        else:
            b = c.encode("utf-16-be")
            for i in range(0, len(b), 2): out.append("\\U%04x" % int.from_bytes(b[i:i + 2], "big"))
    return '"' + "".join(out) + '"'


def scal(v):
    if isinstance(v, bool): return "1" if v else "0"
    if isinstance(v, Real): return qs(repr(float(v)))
    if isinstance(v, int): return str(v) if v >= 0 else qs(str(v))
    if isinstance(v, Data):
        h = v.hex()
        return "{length = %d, bytes = 0x%s}" % (len(v), h if len(v) <= 24 else h[:8] + " ... " + h[-8:])
    return qs(v)


def desc(v, L):
    ind = "    " * L
    if isinstance(v, dict):
        s = ind + "{\n"
        for k in sorted(v):
            x = v[k]
            s += "    " * (L + 1) + qs(k) + " = " + (desc(x, L + 1) if isinstance(x, (dict, list)) else scal(x)) + ";\n"
        return s + ind + "}"
    s = ind + "(\n"
    for i, x in enumerate(v):
        s += "    " * (L + 1) + (desc(x, L + 1) if isinstance(x, (dict, list)) else scal(x)) + ("," if i < len(v) - 1 else "") + "\n"
    return s + ind + ")"


def item(title, url, note, added, status, tags):
    return {"title": title, "url": url, "note": note, "addedAt": Date(added), "status": status, "tags": tags}


queue = [
 item(T("2303.15343"), "https://arxiv.org/abs/2303.15343", "سنقدّمها في حلقة النقاش يوم الأحد — سارة", "2024-04-21 18:42:09 +0000", 1, ["siglip", "vlm"]),
 item(T("2011.06182"), "https://openreview.net/forum?id=3rRgu7OGgBI", "نسخة OpenReview، الأرقام في الجدول 2 مختلفة عن نسخة arXiv", "2024-04-22 07:15:33 +0000", 0, ["transfer"]),
 item(T("2006.07733"), "https://arxiv.org/pdf/2006.07733v3", "BYOL — بدون عيّنات سالبة 📌", "2024-04-25 20:03:51 +0000", 2, ["ssl"]),
 item(T("2103.03230"), "https://arxiv.org/abs/2103.03230", "", "2024-04-28 09:11:02 +0000", 0, ["ssl"]),
 item(T("2010.04592"), "", "لم أجد الرابط، فقط المعرّف arXiv:2010.04592", "2024-05-02 16:27:45 +0000", 0, ["contrastive"]),
 item(T("2004.11362"), "", "نسخة ورقية من د. خالد", "2024-05-05 10:58:20 +0000", 0, ["contrastive", "supervised"]),
 item(T("2011.04419"), "", "اقترحها أحمد بعد محاضرة الخلط (mixup)", "2024-05-09 13:40:17 +0000", 0, ["contrastive"]),
 item(T("2106.08254"), "", "", "2024-05-12 21:06:55 +0000", 0, ["ssl", "vit"]),
]
archive = [
 {"title": "google-research/big_vision", "url": "https://github.com/google-research/big_vision", "kind": "repo",
  "note": "كود SigLIP الرسمي (JAX)"},
 {"title": "محاضرة: التعلّم التبايني — الأسبوع 7", "url": "https://www.youtube.com/watch?v=Jm2vR0qTzXc", "kind": "video",
  "note": "ليست ورقة"},
 {"title": "google/siglip-base-patch16-224", "url": "https://huggingface.co/google/siglip-base-patch16-224", "kind": "model",
  "note": "بطاقة النموذج"},
]
prefs = {
 "NSWindow Frame MainWindow": "318 212 1180 744 0 0 1680 1025 ",
 "NSNavLastRootDirectory": "~/Downloads/papers",
 "SUEnableAutomaticChecks": True,
 "SUHasLaunchedBefore": True,
 "SULastCheckTime": Date("2024-05-13 19:02:11 +0000"),
 "ReadingQueue": queue,
 "Archive": archive,
 "RecentSearches": ["contrastive", "التعلم الذاتي", "SigLIP"],
 "SidebarWidth": Real(212.5),
 "SortOrder": "addedAt",
 "LastExportPath": "~/Desktop/قائمة-القراءة.bib",
 "CloudSyncToken": Data(bytes.fromhex("8f3a1c2e94d07b6a51e2c3f08d9b4a17")),
 "ShowArabicUI": True,
 "ReaderFontSize": 15,
 "WindowTabbingShoudShowTabBarKey-QRMainWindow-QRMainWindowController-VT-FS": False,
}
PROMPT = "huda@Hudas-MacBook-Air ~ % "
text = PROMPT + "defaults read com.qaraa-app.Qaraa\n" + desc(prefs, 0) + "\n" + PROMPT + "\n"
write_only(F1272, text, keys(F1272))
