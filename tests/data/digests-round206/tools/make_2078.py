#!/usr/bin/env python3
"""2078: a reading-group digest of an invented group at Háskólinn á Akureyri, forwarded inline from Mozilla Thunderbird:
CR LF, 7-bit ASCII headers (Subject as an RFC 2047 encoded-word), a text/plain UTF-8 body in base64 (76-column lines),
Thunderbird's «-------- Forwarded Message --------» block with tab-separated fields. Icelandic. The group, people,
addresses and dates are invented. Computed: the Date headers (email.utils, with weekday), the message count, the
base64 body (lines of 76, asserted), CR LF."""
import base64, datetime as dt, os, sys
from email.header import Header
from email.utils import format_datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import by_num, keys
F = by_num(2078)
UTC = dt.timezone.utc
FWD = dt.datetime(2026, 2, 17, 9, 12, 44, tzinfo=UTC)
ORIG = dt.datetime(2026, 2, 16, 17, 40, 2, tzinfo=UTC)
SUBJ = "Leshópur um sjálfseftirlit – samantekt nr. 5"
MSGS = [
 ("Sigrún Árnadóttir", dt.datetime(2026, 2, 10, 10, 5, tzinfo=UTC),
  ["Góðan daginn. Fyrir fimmtudaginn lesum við tvær greinar:",
   f"  * {T('2002.05709')}",
   "    https://arxiv.org/abs/2002.05709",
   f"  * {T('2011.10566')} (http://arxiv.org/abs/2011.10566)",
   "Seinni greinin er stutt, fínt að byrja á henni."]),
 ("Kristján Þórsson", dt.datetime(2026, 2, 12, 14, 31, tzinfo=UTC),
  ["Takk. Ég bæti við greininni sem Gunnar nefndi á síðasta fundi:",
   f"{T('2104.14294')}",
   "PDF: https://arxiv.org/pdf/2104.14294v2.pdf",
   f"og framhaldinu, {T('2304.07193')} – arXiv:2304.07193 (það er langt, lesið bara kafla 3-5).",
   "Kóðinn er í facebookresearch/dinov2 á GitHub, ekki grein en gagnlegt."]),
 ("Gunnar Helgason", dt.datetime(2026, 2, 15, 20, 48, tzinfo=UTC),
  ["Um hávaðasöm merki: Ortego o.fl. (WACV 2021),",
   f"\"{T('2103.13646')}\".",
   f"Svo fræðilega hliðin: {T('2006.05576')},",
   "https://arxiv.org/abs/2006.05576v4",
   "Og tvær um styrkleika sem ég vil ræða í mars:",
   f"- Geirhos o.fl., {T('2004.07780')} (Nature Machine Intelligence 2020)",
   f"- Bhojanapalli o.fl., {T('2103.14586')} (ICCV 2021)",
   "Bloggfærsla Lilian Weng um contrastive learning er líka góð upphitun (blogg, ekki grein)."]),
]
body = ["Sæl öll,", "",
        "ég áframsendi samantektina frá Sigrúnu, Kristjáni og Gunnari svo nýju meistaranemarnir fái hana líka.",
        "Fundurinn er á fimmtudag kl. 15 í stofu M-201.", "",
        "Kveðja,", "Þórdís", "",
        "-------- Forwarded Message --------",
        f"Subject: \t{SUBJ}",
        f"Date: \t{format_datetime(ORIG)}",
        "From: \tLeshópur HA <leshopur@haskolinn.example.is>",
        "To: \tthordis.jonsdottir@haskolinn.example.is", "", "",
        SUBJ, f"{len(MSGS)} skilaboð", ""]
prev = None
for i, (who, d, lines) in enumerate(MSGS, 1):
    assert d < ORIG and (prev is None or d > prev)
    prev = d
    body += [f"Skilaboð {i}", f"Frá: {who}", f"Dags.: {d:%d.%m.%Y %H:%M}", "", *lines, ""]
body += ["-- ", "Leshópur HA – Háskólinn á Akureyri, Borgir, 600 Akureyri", ""]
text = "\r\n".join(body)
b64 = base64.encodebytes(text.encode("utf-8")).decode("ascii")
assert all(len(l) <= 76 for l in b64.split("\n"))
hdr = [
 "Message-ID: <4b1f0c2e-7d3a-4e55-9a61-2f0c8d1e7a44@haskolinn.example.is>",
 f"Date: {format_datetime(FWD)}",
 "MIME-Version: 1.0",
 "User-Agent: Mozilla Thunderbird",
 "Content-Language: is",
 "To: nemar-ml@haskolinn.example.is",
 "From: =?UTF-8?Q?=C3=9E=C3=B3rd=C3=ADs_J=C3=B3nsd=C3=B3ttir?= <thordis.jonsdottir@haskolinn.example.is>",
 "Subject: " + Header("Fwd: " + SUBJ, "utf-8").encode(maxlinelen=76).replace("\n", "\r\n"),
 "Content-Type: text/plain; charset=UTF-8; format=flowed",
 "Content-Transfer-Encoding: base64",
]
raw = "\r\n".join(hdr) + "\r\n\r\n" + b64.replace("\n", "\r\n")
write_raw(F, raw.encode("ascii"), [raw, text], keys(F))
