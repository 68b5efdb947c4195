#!/usr/bin/env python3
"""1199: an R Discovery “research feed” e-mail forwarded *as an attachment* from FairEmail (Android) by a Kyiv-like
PhD student to her reading group, with a note in Ukrainian. Saved as .eml: CRLF line ends. Outer message
multipart/mixed: the note as text/plain UTF-8 quoted-printable, then the original message as message/rfc822 (its own
headers; multipart/alternative with a quoted-printable text/plain part and a base64 text/html part). The From display
name is an RFC 2047 B-word. The feed lists five papers (three with an arXiv 'Read full text' link, two with only the
R Discovery article page, i.e. title-only); the note adds one title alone and two `arXiv:` ids without links."""
import base64, os, quopri, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_raw
from make_expected import F1199, keys
from email.header import Header


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def rd(slug, h):
    return f"https://discovery.researcher.life/article/{slug}/{h}?utm_source=email&utm_medium=feed&utm_campaign=daily"


feed = [
 ("1907.11692", "arXiv (Cornell University)", "Jul 2019", "https://arxiv.org/abs/1907.11692", "Read full text on arXiv"),
 ("1911.02116", "arXiv (Cornell University)", "Nov 2019", "https://arxiv.org/pdf/1911.02116", "Read full text on arXiv"),
 ("1801.06146", "Proceedings of the 56th Annual Meeting of the ACL", "Jul 2018",
  rd("universal-language-model-fine-tuning-for-text-classification", "5b2f0c9de1a84a7f93c1"), "View on R Discovery"),
 ("1810.04805", "arXiv (Cornell University)", "Oct 2018", "https://arxiv.org/abs/1810.04805v2", "Read full text on arXiv"),
 ("2003.10555", "International Conference on Learning Representations", "Apr 2020",
  rd("electra-pre-training-text-encoders-as-discriminators", "d71e4aa2903c4f1b8e57"), "View on R Discovery"),
]

plain = ["Good morning, Oksana!", "", "Here are 5 papers picked for you today, based on your interests:",
         "Natural Language Processing · Pre-trained Language Models · Multilingual NLP", ""]
for i, (k, src, when, url, label) in enumerate(feed, 1):
    plain += [f"{i}. {T(k)}", f"   {au(k, 3)}", f"   {src} · {when}", f"   {label}: {url}", ""]
plain += ["Not relevant? Update your interests: https://discovery.researcher.life/settings/interests",
          "You are receiving this e-mail because you signed up for R Discovery with this address.",
          "Unsubscribe: https://discovery.researcher.life/unsubscribe?u=9f2c7b1e44&t=daily", "",
          "R Discovery by Cactus Communications"]
plain_s = "\n".join(plain) + "\n"

items = []
for k, src, when, url, label in feed:
    items.append(
        '<tr><td style="padding:16px 24px;border-bottom:1px solid #e6e8ef;">\n'
        f'<a href="{url}" style="font-size:16px;font-weight:600;color:#1b2a4a;text-decoration:none;">{T(k)}</a>\n'
        f'<div style="font-size:13px;color:#5b6478;margin-top:4px;">{au(k, 3)}</div>\n'
        f'<div style="font-size:12px;color:#8a92a6;margin-top:2px;">{src} &middot; {when}</div>\n'
        f'<a href="{url}" style="display:inline-block;margin-top:8px;font-size:13px;color:#3a5bd9;">{label} &rarr;</a>\n'
        '</td></tr>')
html_s = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Your research feed</title></head>\n'
          '<body style="margin:0;background:#f4f5f9;font-family:Arial,Helvetica,sans-serif;">\n'
          '<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;">\n'
          '<tr><td style="padding:24px;"><img src="https://cdn.discovery.researcher.life/email/logo.png" alt="R Discovery" width="140"></td></tr>\n'
          '<tr><td style="padding:0 24px 8px;font-size:15px;">Good morning, Oksana! Here are <b>5 papers</b> picked for you today.</td></tr>\n'
          + "\n".join(items) + "\n"
          '<tr><td style="padding:24px;font-size:11px;color:#8a92a6;">Not relevant? <a href="https://discovery.researcher.life/settings/interests">Update your interests</a>'
          ' &middot; <a href="https://discovery.researcher.life/unsubscribe?u=9f2c7b1e44&amp;t=daily">Unsubscribe</a><br>R Discovery by Cactus Communications</td></tr>\n'
          '</table>\n</body></html>\n')

inner_b = "b2_4f1a9c07e3d5"
inner = (
    "Return-Path: <bounce-7731@mail.discovery.researcher.life>\n"
    "Received: from mail.discovery.researcher.life (mail.discovery.researcher.life [203.0.113.54])\n"
    "\tby mx.mail.example.ua with ESMTPS id 4VdK2m0xQwz9s\n"
    "\tfor <oksana.hrytsenko@mail.example.ua>; Tue, 14 May 2024 04:31:07 +0300\n"
    "Date: Tue, 14 May 2024 01:31:02 +0000\n"
    "From: R Discovery <noreply@discovery.researcher.life>\n"
    "To: oksana.hrytsenko@mail.example.ua\n"
    "Message-ID: <feed.20240514.9f2c7b1e44@discovery.researcher.life>\n"
    "Subject: Your research feed: 5 new papers for you\n"
    "MIME-Version: 1.0\n"
    f'Content-Type: multipart/alternative; boundary="{inner_b}"\n'
    "\n"
    f"--{inner_b}\n"
    "Content-Type: text/plain; charset=UTF-8\n"
    "Content-Transfer-Encoding: quoted-printable\n"
    "\n"
    + qp(plain_s) +
    f"--{inner_b}\n"
    "Content-Type: text/html; charset=UTF-8\n"
    "Content-Transfer-Encoding: base64\n"
    "\n"
    + b64(html_s) +
    f"--{inner_b}--\n")

note = (
    "Привіт усім!\n\n"
    "Пересилаю сьогоднішню стрічку з R Discovery (лист у вкладенні) — там якраз майже вся наша програма на травень.\n"
    "До четверга читаємо RoBERTa і XLM-R, BERT усі й так знають.\n\n"
    "Крім того, додаю до списку:\n"
    f"- {T('1906.08237')} (arXiv:1906.08237), розділи 2.1–2.3;\n"
    f"- {T('2006.03654')}, arXiv:2006.03654 — бере Андрій;\n"
    f"- і для тих, хто прийшов до групи нещодавно: {T('1706.03762')} (NeurIPS 2017), без нього далі важко.\n\n"
    "Посилання на Zoom те саме, що й минулого разу. Слайди кладіть у спільну папку на Google Drive.\n\n"
    "Оксана\n\n"
    "-- \n"
    "Надіслано з FairEmail\n")

outer_b = "----=_Part_1715667164_0713"
frm = Header("Оксана Гриценко", "utf-8").encode()
outer = (
    f"From: {frm} <oksana.hrytsenko@mail.example.ua>\n"
    "To: nlp-reading@lists.example.edu.ua\n"
    "Cc: andrii.melnyk@mail.example.ua\n"
    "Subject: Fwd: Your research feed: 5 new papers for you\n"
    "Date: Tue, 14 May 2024 09:12:44 +0300\n"
    "Message-ID: <c3d0a8e2-5b71-4f6e-9a0d-71e5b2c4f019@mail.example.ua>\n"
    "MIME-Version: 1.0\n"
    f'Content-Type: multipart/mixed; boundary="{outer_b}"\n'
    "\n"
    f"--{outer_b}\n"
    "Content-Type: text/plain; charset=UTF-8\n"
    "Content-Transfer-Encoding: quoted-printable\n"
    "\n"
    + qp(note) +
    f"--{outer_b}\n"
    'Content-Type: message/rfc822; name="Your research feed 5 new papers for you.eml"\n'
    'Content-Disposition: attachment; filename="Your research feed 5 new papers for you.eml"\n'
    "\n"
    + inner +
    f"--{outer_b}--\n")
data = outer.replace("\n", "\r\n").encode("ascii")
write_raw(F1199, data, [outer, plain_s, html_s, note], keys(F1199))
