#!/usr/bin/env python3
"""1619: a forward sent from Netvigator's webmail (PCCW's Hong Kong ISP mail) of a Mailman 2.1 plain-text digest of an
invented reading group's list, with a note in traditional Chinese. CR LF; one text/plain part in Big5, base64 (lines of
76 characters); the subject and the names as RFC 2047 B-words in Big5. Everything but the headers is readable only
after decoding."""
import base64, datetime as dt, hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import by_num, keys
F = by_num(1619)
LIST, HOST, VOL, ISSUE = "nlp-reading", "lists.example.hk", 7, 4
ZH_WD = "一二三四五六日"
msgs = [
    ("黃子軒", "th.wong@cs.example.hk", dt.datetime(2025, 3, 10, 10, 2, 11), "下學期讀書會時間表",
     f"""各位好，

三月至四月的讀書會（逢星期三 下午 1:00，工程大樓 LG2 室，亦可用 Zoom）暫定如下：

3/19  {T('2004.11886')}
      https://arxiv.org/abs/2004.11886   （子軒）
3/26  {T('2103.02143')}
      https://arxiv.org/pdf/2103.02143.pdf   （嘉敏）
4/2   {T('2009.14794')}
      https://arxiv.org/abs/2009.14794v4   （浩然）
4/9   未定

4/9 想報告哪一篇，請回覆到 list。

子軒"""),
    ("何嘉敏", "km.ho@cs.example.hk", dt.datetime(2025, 3, 11, 16, 45, 3), "Re: 下學期讀書會時間表",
     f"""3/26 沒有問題。

4/9 我提議講長序列：
{T('2007.14062')}
https://arxiv.org/abs/2007.14062v2

如果大家想從基礎講起，可以先重溫
{T('1901.02860')}
arXiv:1901.02860
另外 {T('2010.06891')} 也很有趣，用 memory slots 代替 recurrence，
不過還沒有公開 code。

嘉敏"""),
    ("張浩然", "hy.cheung@cs.example.hk", dt.datetime(2025, 3, 12, 9, 20, 47), "Re: 下學期讀書會時間表",
     f"""支持 Big Bird。

講 Performers 之前，建議大家先看看 {T('2005.00743')}，
它質疑 dot-product attention 是否必要，和 Performer 的 random features
可以對照。Fan 等人的
{T('2002.09402')}
也可以放在 5 月。

Reformer 和 Linformer 的 code 在 lab 的 GitLab，xformers 和 FlashAttention
已經裝在 GPU server 上。

浩然"""),
]
digest_dt = dt.datetime(2025, 3, 13, 0, 0, 1)
fwd_dt = dt.datetime(2025, 3, 13, 21, 34, 52)
assert msgs[-1][2] < digest_dt < fwd_dt
toc = "\n".join(f"   {i}. {m[3]} ({m[0]})" for i, m in enumerate(msgs, 1))
parts = []
for i, (nm, addr, when, subj, body) in enumerate(msgs, 1):
    mid = hashlib.sha1(f"{addr}{when}".encode()).hexdigest()[:16]
    parts.append(f"""Message: {i}
Date: {when:%a, %d %b %Y %H:%M:%S} +0800
From: {nm} <{addr}>
To: {LIST}@{HOST}
Subject: {subj}
Message-ID: <{mid}@cs.example.hk>
Content-Type: text/plain; charset="big5"

{body}
""")
end = f"End of {LIST} Digest, Vol {VOL}, Issue {ISSUE}"
digest = f"""Send {LIST} mailing list submissions to
\t{LIST}@{HOST}

To subscribe or unsubscribe via the World Wide Web, visit
\thttps://{HOST}/mailman/listinfo/{LIST}
or, via email, send a message with subject or body 'help' to
\t{LIST}-request@{HOST}

You can reach the person managing the list at
\t{LIST}-owner@{HOST}

When replying, please edit your Subject line so it is more specific
than "Re: Contents of {LIST} digest..."


Today's Topics:

{toc}


----------------------------------------------------------------------

""" + "\n------------------------------\n\n".join(parts) + f"""
------------------------------

Subject: Digest Footer

_______________________________________________
{LIST} mailing list
{LIST}@{HOST}
https://{HOST}/mailman/listinfo/{LIST}


------------------------------

{end}
{'*' * len(end)}
"""
ampm = "上午" if digest_dt.hour < 12 else "下午"
h12 = digest_dt.hour % 12 or 12
note = f"""志明：

你問讀書會的資料，我把昨晚收到的 digest 轉寄給你，裡面有三、四月的 paper list 和各人的建議。
想加入 list 可以用下面的連結自行訂閱，或者請子軒幫你加。

下星期三見！

家欣

-------- 轉寄郵件 --------
寄件者: {LIST}-request@{HOST}
日期: {digest_dt.year}年{digest_dt.month}月{digest_dt.day}日 (星期{ZH_WD[digest_dt.weekday()]}) {ampm}{h12}:{digest_dt:%M}
收件者: {LIST}@{HOST}
主旨: {LIST} Digest, Vol {VOL}, Issue {ISSUE}

"""
plain = note + digest
body_b = plain.replace("\n", "\r\n").encode("big5")
b64 = base64.encodebytes(body_b).decode("ascii").replace("\n", "\r\n")
subj = f"Fwd: {LIST} Digest, Vol {VOL}, Issue {ISSUE}"


def bword(s):
    b = s.encode("big5")
    out, i = [], 0
    while i < len(b):
        j = min(len(b), i + 30)
        # never cut a double-byte character
        k = i
        while k < j:
            k += 2 if b[k] >= 0x81 and k + 1 < len(b) else 1
        if k > j: k -= 2
        out.append(b[i:k]); i = k
    return "\n ".join(f"=?Big5?B?{base64.b64encode(x).decode()}?=" for x in out)


h = hashlib.sha1(plain.encode("utf-8")).hexdigest()
hdrs = f"""Return-Path: <kayan.chan@netvigator.com>
Received: from webmail.netvigator.com (wm02.netvigator.com [192.0.2.58])
 by smtp.netvigator.com (Postfix) with ESMTPA id {h[:11].upper()}; {fwd_dt:%a, %d %b %Y %H:%M:%S} +0800 (HKT)
Date: {fwd_dt:%a, %d %b %Y %H:%M:%S} +0800
From: {bword('陳家欣')} <kayan.chan@netvigator.com>
To: {bword('李志明')} <chiming.lee@mail.example.hk>
Subject: {bword(subj)}
Message-ID: <{h[11:27]}.{h[27:35]}@webmail.netvigator.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="Big5"
Content-Transfer-Encoding: base64
X-Mailer: Netvigator Webmail
X-Originating-IP: [198.51.100.23]

""".replace("\n", "\r\n")
data = hdrs + b64
write_raw(F, data.encode("ascii"), [data, plain, subj], keys(F))
