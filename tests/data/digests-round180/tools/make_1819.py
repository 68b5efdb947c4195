#!/usr/bin/env python3
"""1819: a Google Groups topic digest («Digest for <group>@googlegroups.com - N updates in M topics») of the group
ml-oxu, forwarded from box.az (the Azerbaijani webmail) with an Azerbaijani note, saved as .eml: CR LF,
multipart/alternative, a text/plain and a text/html part, both UTF-8 in base64 (lines of 76), RFC 2047 B-words for the
names. The people, the group, its topic and message ids, example.edu.az and the Message-IDs are invented; the SWE-bench
leaderboard, LangGraph's docs and the SWE-agent repository appear as what they are. Computed: the forward block's
Azerbaijani date with its weekday, the digest's counts and «Today's topic summary» from the messages, «k of n» per
topic, the base64 bodies (Python's base64, CR LF inside the parts), the HTML part (escaping, linked URLs)."""
import base64, datetime as dt, html, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_raw
from make_expected import by_num, keys
F = by_num(1819)
GRP = "ml-oxu"
GADDR = f"{GRP}@googlegroups.com"
AZ_D = ["bazar ertəsi", "çərşənbə axşamı", "çərşənbə", "cümə axşamı", "cümə", "şənbə", "bazar"]
AZ_M = ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"]
EN_D = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_M = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfc(d):
    return f"{EN_D[d.weekday()]}, {d.day} {EN_M[d.month - 1]} {d.year} {d:%H:%M:%S} +0400"


def gdate(d):
    return f"{EN_M[d.month - 1]} {d.day} {d.strftime('%I').lstrip('0') or '12'}:{d:%M}{d.strftime('%p')} +0400"


D = dt.datetime
AYSEL = ("Aysel Məmmədova", "aysel.memmedova@example.edu.az")
RESAD = ("Rəşad Quliyev", "resad.quliyev@example.edu.az")
LEYLA = ("Leyla Həsənova", "leyla.hesenova@example.az")
TOPICS = [
    ("Bu həftənin oxusu: alət işlədən agentlər", "Qd3x7LmV2sA", [
        (AYSEL, D(2025, 3, 10, 10, 2), "Xk8p2QrLAQAJ",
         "Salam hamıya,\n\nCümə axşamı üçün iki məqalə təklif edirəm:\n\n"
         f"{T('2302.04761')}\nhttp://arxiv.org/abs/2302.04761v1\n\n"
         f"{T('2303.11366')}\nhttps://arxiv.org/abs/2303.11366\n\n"
         "Birincidə model API çağırışlarını özü işarələyir, ikincidə agent səhvlərini sözlə\n"
         "təhlil edib növbəti cəhddə istifadə edir. LangGraph sənədlərinə baxmağa ehtiyac yoxdur,\n"
         "məqalələrdən başlayaq.\n\nAysel"),
        (RESAD, D(2025, 3, 10, 13, 15), "b2Vt9LmAAgAJ",
         "Agent tərəfi üçün bunları da əlavə edək:\n\n"
         f"- {T('2305.16291')}\n- {T('2205.06175')}\n\n"
         "Voyager-in bacarıq kitabxanası Minecraft-dan kənarda da maraqlıdır.\n\n"
         "> LangGraph sənədlərinə baxmağa ehtiyac yoxdur, məqalələrdən başlayaq.\n\nRazıyam.\n\nRəşad"),
        (AYSEL, D(2025, 3, 10, 15, 48), "pQ4rT1sAAwAJ",
         "Bir də axtarışla generasiyanı birləşdirən bu iş:\n"
         f"{T('2310.11511')} — https://arxiv.org/pdf/2310.11511.pdf\n\nAysel"),
    ]),
    ("Agentləri necə qiymətləndirək?", "mV7yH2kQ9cE", [
        (LEYLA, D(2025, 3, 10, 18, 40), "Zc1nW5uAAQAJ",
         "Agentləri necə qiymətləndirəcəyik? Mən real GitHub məsələləri üzərində qurulan testi oxudum:\n"
         f"{T('2310.06770')}\nhttps://openreview.net/forum?id={OR('2310.06770')}\n\n"
         "Nəticələr swebench.com-dakı liderlər cədvəlində də var, orada hər həftə yeni\nsistemlər çıxır. "
         f"Bilik üçün klassik test {T('2009.03300')} (arXiv:2009.03300),\n"
         f"daha geniş tapşırıqlar üçün isə {T('2206.04615')}.\n\nLeyla"),
        (RESAD, D(2025, 3, 11, 9, 5), "Jh6sK0dAAgAJ",
         "Təşəkkürlər, Leyla. SWE-agent-in kodu GitHub-dadır, seminarda demo göstərə bilərəm.\n"
         "Seminar cümə axşamı saat 14:00-da, 305-ci otaqdadır.\n\nRəşad"),
    ]),
]
n_upd = sum(len(m) for _, _, m in TOPICS)
DSUBJ = f"Digest for {GADDR} - {n_upd} updates in {len(TOPICS)} topics"
DDATE = D(2025, 3, 11, 10, 2)
FWD = D(2025, 3, 12, 9, 31, 7)
SEP = "=" * 77
g = []
a = g.append
a(f"{SEP}\nToday's topic summary\n{SEP}\n\nGroup: {GADDR}\nUrl:   https://groups.google.com/d/forum/{GRP}/topics\n")
for t, _, ms in TOPICS:
    a(f"  - {t} [{len(ms)} Update{'s' if len(ms) > 1 else ''}]")
a("\n")
for t, tid, ms in TOPICS:
    a(f"{SEP}\nTopic: {t}\nUrl:   https://groups.google.com/d/topic/{GRP}/{tid}/unsubscribe\n{SEP}\n")
    prev = None
    for i, ((n, e), d, mid, body) in enumerate(ms, 1):
        assert prev is None or d > prev; prev = d
        assert d <= DDATE
        a(f"---------- {i} of {len(ms)} ----------\nFrom: {n} <{e}>\nDate: {gdate(d)}\n"
          f"Url:   https://groups.google.com/d/msg/{GRP}/{tid}/{mid}\n\n{body}\n")
a(f"{SEP}\nYou received this digest because you're subscribed to updates for this group. You can change your settings on the group membership page:\n"
  f"https://groups.google.com/d/forum/{GRP}/join\n"
  f"To unsubscribe from this group and stop receiving emails from it send an email to {GRP}+unsubscribe@googlegroups.com.\n")
digest = "\n".join(g)
azd = lambda x: f"{x.day} {AZ_M[x.month - 1]} {x.year}, {AZ_D[x.weekday()]}, {x:%H:%M}"
note = ("Salam Orxan,\n\nQrupun dünənki yazışmalarını göndərirəm; cümə axşamı seminarını sən aparacaqsan.\n"
        "Məqalələrin hamısı aşağıdadır, linkləri ilə birlikdə.\n\nHörmətlə,\nNigar\n\n")
fwd = (f"---------- Yönləndirilmiş məktub ----------\nKimdən: \"{GRP}\" <{GADDR}>\nTarix: {azd(DDATE)}\n"
       f"Mövzu: {DSUBJ}\nKimə: Digest recipients <{GADDR}>\n\n")
plain = note + fwd + digest


def linkify(s):
    return re.sub(r"(https?://[^\s<>&]+)", r'<a href="\1" target="_blank">\1</a>', s)


esc = html.escape(plain, quote=False)
n_esc, rest = esc.split("---------- Yönləndirilmiş məktub ----------", 1)
htmlp = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n'
         '<div style="font-family: Tahoma, sans-serif; font-size: 13px">' + n_esc.replace("\n", "<br>\n") + "</div>\n"
         '<blockquote style="border-left: 2px solid #1a73e8; padding-left: 8px"><pre>---------- Yönləndirilmiş məktub ----------'
         + linkify(rest) + "</pre></blockquote>\n</body></html>\n")


def b64(s):
    return base64.encodebytes(s.replace("\n", "\r\n").encode("utf-8")).decode("ascii").replace("\n", "\r\n")


def bword(s):
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


BD = "----=_Part_41277_1839204561.1741757467118"
hdr = [("Return-Path", "<nigar.huseynova@box.az>"),
       ("Received", "from webmail.box.az (webmail [10.12.4.31])\r\n\tby mx1.box.az with ESMTPA id 9f2c41a7\r\n\tfor <orxan.aliyev@example.edu.az>; Wed, 12 Mar 2025 09:31:08 +0400"),
       ("Date", rfc(FWD)), ("From", f"{bword('Nigar Hüseynova')} <nigar.huseynova@box.az>"),
       ("To", f"{bword('Orxan Əliyev')} <orxan.aliyev@example.edu.az>"),
       ("Subject", f"Fwd: {DSUBJ}"),
       ("Message-ID", "<1741757467118.41277.nh@webmail.box.az>"),
       ("X-Mailer", "Box.az Webmail"), ("MIME-Version", "1.0"),
       ("Content-Type", f'multipart/alternative; boundary="{BD}"')]
raw = "".join(f"{k}: {v}\r\n" for k, v in hdr) + "\r\n"
for ct, body in (("text/plain", plain), ("text/html", htmlp)):
    raw += f"--{BD}\r\nContent-Type: {ct}; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n{b64(body)}\r\n"
raw += f"--{BD}--\r\n"
write_raw(F, raw.encode("ascii"), [raw, plain, htmlp, html.unescape(re.sub(r"<[^>]+>", "", htmlp))], keys(F))
