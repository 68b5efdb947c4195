#!/usr/bin/env python3
"""1539: a message saved (.eml, CR LF, 7-bit) from the Active! mail webmail of an invented Japanese university: a
doctoral student forwards to his supervisor, as an attachment (message/rfc822), a post of the lab's fml reading-group
list. The outer note is text/plain ISO-2022-JP 7bit (JIS escapes in the raw bytes), its From / To / Subject are
ISO-2022-JP B-words; the forwarded post (sent from Gmail: multipart/alternative, both parts UTF-8 base64 in 76-column
lines, the HTML part made from the text part) carries fml 4's headers (X-ML-Name, X-Mail-Count, X-MLServer, X-ML-Info,
List-*, Lines counted from the body) and fml's `[yomikai:00123]` tag put before the encoded Subject. Not papers:
xformers, flash-attn, torchscale (software), the Papers with Code page of Long Range Arena (a leaderboard; the name
only), a seminar room. Nicknames: Feedback Transformer, RetNet, Big Bird, Transformer-XL — labelled only where the
full titles are written."""
import base64, hashlib, os, sys
from email.header import Header
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import F1539, keys

DOM = "cs.nishiyama-u.ac.jp"
ML = "ml." + DOM
LIST, COUNT = "yomikai", "00123"


def b64lines(data):
    s = base64.b64encode(data).decode("ascii")
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def bword_utf8(s):
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def jis_words(s, first):
    """ISO-2022-JP B-words of at most 75 characters each, folded onto continuation lines that start with a space;
    `first` is the length already taken on the first line"""
    words, cur = [], ""
    for ch in s:
        cand = cur + ch
        enc = "=?ISO-2022-JP?B?" + base64.b64encode(cand.encode("iso2022_jp")).decode("ascii") + "?="
        if len(enc) > (76 - first if not words else 75) and cur:
            words.append(cur); cur = ch
        else:
            cur = cand
    words.append(cur)
    enc = ["=?ISO-2022-JP?B?" + base64.b64encode(w.encode("iso2022_jp")).decode("ascii") + "?=" for w in words]
    out, width = enc[0], first + len(enc[0])
    for e in enc[1:]:
        if width + 1 + len(e) > 76:
            out += "\r\n " + e; width = 1 + len(e)
        else:
            out += " " + e; width += 1 + len(e)
    return out


def jis_header(name, value, ascii_prefix=""):
    head = f"{name}: {ascii_prefix}"
    return head + jis_words(value, len(head))


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


ORIG_SUBJECT = "来週からの輪読リスト（効率的なTransformer）"
orig_text = "\n".join([
    "皆さん",
    "",
    "山本です。来週から始まる「効率的な Transformer」回の候補リストです。",
    "担当したい論文の番号と名前を書いて、このMLに返信してください（先着順）。",
    "",
    "■ 線形化・カーネル近似",
    f"1. {T('2103.02143')}",
    "   https://openreview.net/forum?id=QtTKTdVrFBB",
    f"2. {T('2009.14794')}",
    "   https://openreview.net/pdf?id=Ua6zuk0WRH",
    f"3. {T('2005.00743')}",
    "   （ICML 2021 版で。最初のプレプリントとは実験がかなり違います）",
    "",
    "■ 長い文脈・記憶",
    f"4. {T('1901.02860')}",
    "   https://arxiv.org/abs/1901.02860",
    f"5. {T('2007.14062')} (arXiv:2007.14062)",
    f"6. {T('2002.09402')}",
    "   （Fan ら 2020、いわゆる Feedback Transformer）",
    "",
    "■ 実装とその後",
    f"7. {T('2307.08691')}",
    "   https://arxiv.org/pdf/2307.08691",
    f"8. {T('2307.08621')}",
    "   （RetNet。公式実装は Microsoft の torchscale に入っています）",
    "",
    "参考：xformers と flash-attn は研究室サーバ gpu03 にインストール済みです。",
    "Long Range Arena の結果は Papers with Code のリーダーボードが見やすいです。",
    "",
    "日時：5/21（火）16:30〜　場所：総合研究棟3階 輪講室",
    "",
    "山本 遥",
    "",
])
orig_html = '<div dir="ltr">' + "".join(
    (f'<a href="{l.strip()}">{l.strip()}</a>' if l.strip().startswith("https://") else html_escape(l)) + "<br>"
    for l in orig_text.rstrip("\n").split("\n")) + "</div>\n"

GB = "000000000000" + hashlib.sha256(b"1539-gmail").hexdigest()[:16]
orig_body = "\r\n".join([
    f"--{GB}",
    'Content-Type: text/plain; charset="UTF-8"',
    "Content-Transfer-Encoding: base64",
    "",
    b64lines(orig_text.replace("\n", "\r\n").encode("utf-8")),
    f"--{GB}",
    'Content-Type: text/html; charset="UTF-8"',
    "Content-Transfer-Encoding: base64",
    "",
    b64lines(orig_html.replace("\n", "\r\n").encode("utf-8")),
    "",
    f"--{GB}--",
    "",
])
lines_count = orig_body.count("\r\n")
orig_headers = [
    f"Return-Path: <{LIST}-admin@{ML}>",
    f"Received: from {ML} ({ML} [10.28.4.15])",
    f"\tby mx.{DOM} (Postfix) with ESMTP id 4VdK2x0Q3Zz1Rk",
    f"\tfor <k-tanaka@{DOM}>; Mon, 13 May 2024 22:41:09 +0900 (JST)",
    "Date: Mon, 13 May 2024 22:40:51 +0900",
    f"From: {bword_utf8('山本遥')} <haruka.ymmt.lab@gmail.com>",
    f"Reply-To: {LIST}@{ML}",
    f"Subject: [{LIST}:{COUNT}] {bword_utf8(ORIG_SUBJECT)}",
    f"To: {LIST}@{ML}",
    "Message-ID: <CAJx8kR2vN0mQ4d7Lp1sT9wYbZ3eHc5uVfG6aK2oXrD8nE1jW0Q@mail.gmail.com>",
    f"X-ML-Name: {LIST}",
    f"X-Mail-Count: {COUNT}",
    "X-MLServer: fml [fml 4.0.3 release (20011202/4.0.3)]; post only (only members can post)",
    'X-ML-Info: If you have a question, send e-mail with the body',
    f'\t"help" (without quotes) to the address {LIST}-ctl@{ML};',
    f"\thelp=<mailto:{LIST}-ctl@{ML}?body=help>",
    "MIME-Version: 1.0",
    f'Content-Type: multipart/alternative; boundary="{GB}"',
    "Precedence: bulk",
    f"Lines: {lines_count}",
    "List-Software: fml [fml 4.0.3 release (20011202/4.0.3)]",
    f"List-Post: <mailto:{LIST}@{ML}>",
    f"List-Owner: <mailto:{LIST}-admin@{ML}>",
    f"List-Help: <mailto:{LIST}-ctl@{ML}?body=help>",
    f"List-Unsubscribe: <mailto:{LIST}-ctl@{ML}?body=unsubscribe>",
]

note = "\n".join([
    "鈴木先生",
    "",
    "田中です。",
    "昨夜、輪読会のML（yomikai）に山本さんが流した候補リストを転送します。",
    "来週の担当決めに使うので、追加したい論文があればご指示ください。",
    "",
    "個人的には、長い文脈の2本（4番と5番）を先に読むのがよいと思っています。",
    "",
    "--",
    "田中 健太 (Kenta Tanaka)",
    "西山大学 大学院情報学研究科 知能情報学専攻 博士後期課程2年",
    f"k-tanaka@{DOM}",
    "",
])
note_jis = note.replace("\n", "\r\n").encode("iso2022_jp").decode("ascii")

OB = "_am6_" + hashlib.sha256(b"1539-outer").hexdigest()[:24]
outer = [
    "Date: Tue, 14 May 2024 08:12:30 +0900",
    jis_header("From", "田中 健太") + f" <k-tanaka@{DOM}>",
    jis_header("To", "鈴木 誠") + f" <m-suzuki@{DOM}>",
    jis_header("Subject", ORIG_SUBJECT, f"Fw: [{LIST}:{COUNT}] "),
    f"Message-Id: <am6.20240514081230.{hashlib.sha256(b'1539-mid').hexdigest()[:12]}@{DOM}>",
    "MIME-Version: 1.0",
    f'Content-Type: multipart/mixed; boundary="{OB}"',
    "X-Mailer: Active! mail",
    "",
    "This is a multi-part message in MIME format.",
    "",
    f"--{OB}",
    'Content-Type: text/plain; charset="ISO-2022-JP"',
    "Content-Transfer-Encoding: 7bit",
    "",
    note_jis,
    f"--{OB}",
    "Content-Type: message/rfc822",
    "Content-Disposition: attachment",
    "",
    *orig_headers,
    "",
    orig_body + f"\r\n--{OB}--",
    "",
]
raw = "\r\n".join(outer)
raw.encode("ascii")
write_raw(F1539, raw.encode("ascii"), [note, orig_text, orig_html], keys(F1539))
