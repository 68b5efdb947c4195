#!/usr/bin/env python3
"""1799: a Mailman 2.1 digest of the list ml-okuma, forwarded from TTNET Mail (Türk Telekom's webmail) with a Turkish
note, saved as .eml: CR LF, multipart/alternative, a text/plain and a text/html part, both UTF-8 quoted-printable (soft
line breaks at 76, «=3D», «=C4=B1»). The people, the list, lists.example.com.tr and the ids are invented. Computed:
the forward block's Turkish date with its weekday, the digest's «Today's Topics» from the messages, the QP bodies
(Python's quopri) and the HTML part (escaping, linked URLs)."""
import datetime as dt, html, os, quopri, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import by_num, keys
F = by_num(1799)
LIST, HOST = "ml-okuma", "lists.example.com.tr"
VOL, ISSUE = 7, 3
TR_DAYS = ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"]
TR_MON = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]
EN_D = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_M = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfc(d):
    return f"{EN_D[d.weekday()]}, {d.day} {EN_M[d.month - 1]} {d.year} {d:%H:%M:%S} +0300"



MSGS = [
    (dt.datetime(2025, 3, 11, 10, 2, 11), "Deniz Aydın", "deniz.aydin@cs.example.edu.tr", "Bu haftanın okuması: araç kullanan modeller",
     f"Merhaba herkese,\n\nPerşembe oturumu için iki makale öneriyorum:\n\n{T('2302.04761')}\nhttps://arxiv.org/abs/2302.04761\n\n"
     f"{T('2203.02155')}\nhttps://arxiv.org/pdf/2203.02155\n\nİlki modelin API çağrılarını kendi kendine etiketlemesi, ikincisi\n"
     "RLHF'nin klasik reçetesi. Slaytlar için LangChain örneklerine gerek yok, makaleye bakalım.\n\nDeniz"),
    (dt.datetime(2025, 3, 11, 11, 40, 57), "Emre Kaya", "emre.kaya@example.com.tr", "Re: Bu haftanın okuması: araç kullanan modeller",
     f"Ajan tarafı için şunları da ekleyelim:\n\n- {T('2305.16291')} https://arxiv.org/abs/2305.16291v2\n"
     f"- {T('2205.06175')} https://arxiv.org/abs/2205.06175\n\nVoyager'ın kod kütüphanesi Minecraft dışında da ilginç.\n\n"
     "> Slaytlar için LangChain örneklerine gerek yok, makaleye bakalım.\n\nKatılıyorum.\n\nEmre"),
    (dt.datetime(2025, 3, 11, 16, 18, 3), "Selin Öztürk", "selin.ozturk@cs.example.edu.tr", "Değerlendirme nasıl yapılacak?",
     f"Ajanları nasıl değerlendireceğiz? Ben {T('2306.05685')} (arXiv:2306.05685) makalesini\nokudum; "
     f"hakem olarak LLM kullanmanın yanlılıklarını iyi anlatıyor. Ayrıca\n{T('2206.04615')} ve "
     f"{T('1904.09751')}\nde üretim kalitesini tartışırken işe yarar.\n\nSelin"),
    (dt.datetime(2025, 3, 11, 18, 45, 30), "Deniz Aydın", "deniz.aydin@cs.example.edu.tr", "Re: Değerlendirme nasıl yapılacak?",
     f"Teşekkürler Selin. Varlık bağlama için {T('2010.00904')} da listede\nolsun (GENRE). "
     "Oturum Perşembe 14:00'te, B-204'te.\n\nDeniz"),
]
SUMMARY = [f"   {i}. {s} ({n})" for i, (_, n, _, s, _) in enumerate(MSGS, 1)]
dig = []
d = dig.append
d(f"Send {LIST} mailing list submissions to\n\t{LIST}@{HOST}\n")
d(f"To subscribe or unsubscribe via the World Wide Web, visit\n\thttps://{HOST}/mailman/listinfo/{LIST}\n"
  f"or, via email, send a message with subject or body 'help' to\n\t{LIST}-request@{HOST}\n")
d(f"You can reach the person managing the list at\n\t{LIST}-owner@{HOST}\n")
d(f"When replying, please edit your Subject line so it is more specific\nthan \"Re: Contents of {LIST} digest...\"\n\n")
d("Today's Topics:\n\n" + "\n".join(SUMMARY) + "\n\n")
d("-" * 70 + "\n")
for i, (t, n, e, s, b) in enumerate(MSGS, 1):
    d(f"Message: {i}\nDate: {rfc(t)}\nFrom: {n} <{e}>\nTo: {LIST}@{HOST}\nSubject: [{LIST}] {s}\n"
      f"Message-ID: <{t:%Y%m%d%H%M%S}.{i}a7f@{e.split('@')[1]}>\nContent-Type: text/plain; charset=\"utf-8\"\n\n{b}\n\n")
    d("-" * 30 + "\n")
d(f"Subject: Digest Footer\n\n{'_' * 47}\n{LIST} mailing list\n{LIST}@{HOST}\nhttps://{HOST}/mailman/listinfo/{LIST}\n\n\n")
d("-" * 30 + "\n")
end = f"End of {LIST} Digest, Vol {VOL}, Issue {ISSUE}"
d(f"{end}\n{'*' * len(end)}\n")
digest = "\n".join(dig)
DSUBJ = f"{LIST} Digest, Vol {VOL}, Issue {ISSUE}"
DDATE = dt.datetime(2025, 3, 12, 0, 0, 4)
FWD = dt.datetime(2025, 3, 12, 9, 14, 37)
trd = lambda x: f"{x.day} {TR_MON[x.month - 1]} {x.year} {TR_DAYS[x.weekday()]} {x:%H:%M}"
note = ("Merhaba Burak,\n\nDün listede konuşulanları iletiyorum; Perşembe oturumunu sen yöneteceksin. Makalelerin\n"
        "hepsi aşağıda, bağlantılarıyla birlikte.\n\nSevgiler,\nAyşe\n\n")
fwd = (f"---------- İletilen ileti ----------\nKimden: {LIST}-request@{HOST}\nTarih: {trd(DDATE)}\n"
       f"Konu: {DSUBJ}\nKime: ayse.demir@ttmail.example.com\n\n")
plain = note + fwd + digest


def linkify(s):
    return re.sub(r"(https://[^\s<>&]+)", r'<a href="\1" target="_blank">\1</a>', s)


esc = html.escape(plain, quote=False)
n_esc, rest = esc.split("---------- İletilen ileti ----------", 1)
htmlp = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n'
         '<div style="font-family: Arial; font-size: 13px">' + n_esc.replace("\n", "<br>\n") + "</div>\n"
         '<div class="ttmail-fwd"><pre>---------- İletilen ileti ----------' + linkify(rest) + "</pre></div>\n</body></html>\n")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").replace("\n", "\r\n")


BD = "=_7f3c2a91e0b4d5a8c6e1f2039b4a5c6d"
hdr = [("Return-Path", "<ayse.demir@ttmail.example.com>"),
       ("Received", "from webmail.ttmail.example.com (webmail [10.41.8.22])\r\n\tby mx2.ttmail.example.com with ESMTPA id 4ZCk9x1Q7Mz3wQ\r\n\tfor <burak.celik@example.edu.tr>; Wed, 12 Mar 2025 09:14:38 +0300"),
       ("Date", rfc(FWD)), ("From", "=?UTF-8?Q?Ay=C5=9Fe_Demir?= <ayse.demir@ttmail.example.com>"),
       ("To", "=?UTF-8?Q?Burak_=C3=87elik?= <burak.celik@example.edu.tr>"),
       ("Subject", f"=?UTF-8?Q?Fwd:_{DSUBJ.replace(' ', '_')}?="),
       ("Message-ID", "<20250312091437.kP4mXq2Lr8Tz.ttm@webmail.ttmail.example.com>"),
       ("User-Agent", "TTNET Mail Webmail"), ("MIME-Version", "1.0"),
       ("Content-Type", f'multipart/alternative; boundary="{BD}"')]
raw = "".join(f"{k}: {v}\r\n" for k, v in hdr) + "\r\nThis message is in MIME format.\r\n\r\n"
for ct, body in (("text/plain", plain), ("text/html", htmlp)):
    raw += f"--{BD}\r\nContent-Type: {ct}; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n{qp(body)}\r\n"
raw += f"--{BD}--\r\n"
write_raw(F, raw.encode("ascii"), [raw, plain, htmlp, html.unescape(re.sub(r"<[^>]+>", "", htmlp))], keys(F))
