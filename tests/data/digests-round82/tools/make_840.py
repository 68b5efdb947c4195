#!/usr/bin/env python3
"""840: a newsletter sent through Unisender, saved as .eml (CRLF line ends): Received / DKIM-Signature / List-Unsubscribe /
List-Id / Precedence: bulk / Feedback-ID headers, an RFC 2047 `=?UTF-8?B?…?=` Subject and From name,
multipart/alternative with a text/plain and a table-layout text/html part, both UTF-8 quoted-printable (Cyrillic as
=D0=…, `=` as =3D, soft line breaks `=` at 76 columns); in the HTML every link goes through the click tracker
(`…/ru/mail_link_tracker?hash=…&url=<base64url>~~&uid=…`) and a read-tracking pixel; the text part keeps plain URLs.
Russian. Diffusion and image-generation papers; a webinar, a repository, a course and a job ad are not papers."""
import base64, hashlib, os, quopri, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_raw
from make_expected import by_num, keys

F = by_num(840)
TRK = "https://go.mailer-example.net"
UID = "NjQ0MTI3OTg~"


def track(u):
    h = hashlib.md5(u.encode()).hexdigest()[:22]
    b = base64.urlsafe_b64encode(u.encode()).decode().rstrip("=")
    return f"{TRK}/ru/mail_link_tracker?hash={h}&amp;url={b}~~&amp;uid={UID}"


ITEMS = [  # (section, title key, authors, url or None, text note, html note)
 ("Главное за месяц", "2207.12598", "https://arxiv.org/abs/2207.12598",
  "Как обойтись без отдельного классификатора: одна сеть учится и с условием, и без него, а на выборке смешиваем два прогноза."),
 ("Главное за месяц", "2010.02502", "https://openreview.net/forum?id=St1giarCHLP",
  "Детерминированный немарковский процесс с тем же обучением, что и у обычной диффузии, — и в 10–50 раз меньше шагов выборки. ICLR 2021."),
 ("Главное за месяц", "2105.05233", "https://arxiv.org/abs/2105.05233",
  "Архитектурные улучшения U-Net плюс guidance классификатором: диффузия впервые обходит GAN по FID на ImageNet."),
 ("Главное за месяц", "2204.06125", "https://arxiv.org/pdf/2204.06125.pdf",
  "Двухступенчатая схема: prior по эмбеддингам CLIP и декодер-диффузия. Хорошая статья, чтобы понять, зачем генератору текстовый энкодер."),
]

CLASSICS = [  # title-only and arxiv-text, in a plain list
 ("1503.03585", "arXiv:1503.03585 — та самая статья 2015 года, с которой всё началось (неравновесная термодинамика)."),
 ("1406.2661", "чтобы понимать, с чем сравнивают, — оригинальная статья о состязательных сетях."),
 ("1907.05600", "score matching и отжиг по уровням шума; мост между диффузией и score-based моделями."),
 ("2301.12597", "не генерация, а связка замороженного энкодера с языковой моделью."),
]

EVENTS = [
 ("Вебинар «Диффузия на практике: от DDPM-кода до продакшена»", "21 марта, 19:00 МСК", "https://events.example.ru/diffusion-webinar"),
 ("Открытый курс «Генеративные модели» (весна 2024)", "лекции по четвергам", "https://courses.example.ru/genmodels-2024"),
 ("Репозиторий с кодом семинара (PyTorch, diffusers)", "обновлён 10 марта", "https://github.com/example-lab/diffusion-seminar"),
]

text = ["Диффузионный дайджест № 14 — март 2024", "Лаборатория генеративного моделирования, Сосновоборский политех (вымышленный)", "",
        "Здравствуйте, {{Name}}!", "",
        "В этом выпуске — четыре статьи месяца, подборка классики для новичков семинара и анонсы.", ""]
sec = None
for s, k, u, note in ITEMS:
    if s != sec:
        text += [s.upper(), "=" * len(s), ""]; sec = s
    text += [T(k), au(k), note, "Читать: " + u, ""]
text += ["КЛАССИКА ДЛЯ НОВИЧКОВ", "=" * 21, ""]
for k, note in CLASSICS:
    text += ["* " + T(k) + " (" + au(k, 2) + ")", "  " + note, ""]
text += ["АНОНСЫ", "=" * 6, ""]
for t, d, u in EVENTS:
    text += ["* " + t + " — " + d, "  " + u]
text += ["", "Вакансия: стажёр-исследователь в группу генеративных моделей (20 ч/нед.). Резюме: jobs@lab.example.ru", "",
         "--", "Вы получили это письмо, потому что подписались на рассылку лаборатории.",
         "Отписаться: https://go.mailer-example.net/ru/unsubscribe?hash=6ebq1x8kzf3a7y9c&uid=NjQ0MTI3OTg~",
         "Лаборатория генеративного моделирования, ул. Сосновая, 12, г. Сосновоборск (вымышленный адрес)"]
plain = "\n".join(text) + "\n"

td = 'style="padding:0 24px 16px 24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:22px;color:#222222;"'
h = ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
     '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />',
     '<meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>Диффузионный дайджест № 14</title></head>',
     '<body style="margin:0;padding:0;background-color:#eef1f5;">',
     '<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#eef1f5"><tr><td align="center">',
     '<table width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="max-width:600px;">',
     f'<tr><td style="padding:12px 24px;font-family:Arial,sans-serif;font-size:11px;color:#888888;"><a href="{track("https://lab.example.ru/digest/14")}" style="color:#888888;">Открыть в браузере</a></td></tr>',
     '<tr><td style="padding:24px;background-color:#1d2b53;font-family:Arial,sans-serif;font-size:24px;color:#ffffff;">Диффузионный дайджест № 14<br /><span style="font-size:14px;">март 2024</span></td></tr>',
     f'<tr><td {td}><p>Здравствуйте, {{{{Name}}}}!</p><p>В этом выпуске — четыре статьи месяца, подборка классики для новичков семинара и анонсы.</p></td></tr>']
sec = None
for s, k, u, note in ITEMS:
    if s != sec:
        h.append(f'<tr><td style="padding:8px 24px;font-family:Arial,sans-serif;font-size:18px;font-weight:bold;color:#1d2b53;">{s}</td></tr>'); sec = s
    h.append(f'<tr><td {td}><a href="{track(u)}" style="color:#1a5fb4;font-weight:bold;text-decoration:none;">{T(k)}</a><br />'
             f'<span style="color:#666666;font-size:13px;">{au(k)}</span><br />{note}</td></tr>')
h.append('<tr><td style="padding:8px 24px;font-family:Arial,sans-serif;font-size:18px;font-weight:bold;color:#1d2b53;">Классика для новичков</td></tr>')
h.append(f'<tr><td {td}><ul style="padding-left:18px;margin:0;">' + "".join(
    f'<li style="margin-bottom:8px;"><b>{T(k)}</b> ({au(k, 2)})<br />{note}</li>' for k, note in CLASSICS) + '</ul></td></tr>')
h.append('<tr><td style="padding:8px 24px;font-family:Arial,sans-serif;font-size:18px;font-weight:bold;color:#1d2b53;">Анонсы</td></tr>')
h.append(f'<tr><td {td}>' + "".join(f'<p style="margin:0 0 8px 0;"><a href="{track(u)}" style="color:#1a5fb4;">{t}</a> — {d}</p>' for t, d, u in EVENTS) + '</td></tr>')
h.append(f'<tr><td style="padding:16px 24px;background-color:#f6f7f9;font-family:Arial,sans-serif;font-size:11px;line-height:16px;color:#888888;">'
         f'Вы получили это письмо, потому что подписались на рассылку лаборатории.<br /><a href="https://go.mailer-example.net/ru/unsubscribe?hash=6ebq1x8kzf3a7y9c&amp;uid={UID}" style="color:#888888;">Отписаться</a><br />'
         f'Лаборатория генеративного моделирования, ул. Сосновая, 12, г. Сосновоборск (вымышленный адрес)</td></tr>')
h.append(f'</table></td></tr></table><img src="{TRK}/ru/mail_read_tracker/64412798?hash=1q7u2n5e3x&amp;uid={UID}" width="1" height="1" alt="" style="display:block;" /></body></html>')
html = "\n".join(h) + "\n"


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def b64w(s):
    return "=?UTF-8?B?" + base64.b64encode(s.encode()).decode() + "?="


B = "----==_mimepart_65f05c3a8b1e2_1f4a7c9e3b2d"
subj = "Диффузионный дайджест № 14: guidance, быстрая выборка и классика"
hdr = f"""Return-Path: <bounce+64412798-14-a.petrova=mail.example.org@bounce.mailer-example.net>
Delivered-To: a.petrova@mail.example.org
Received: from mx12.mailer-example.net (mx12.mailer-example.net [198.51.100.24])
	by mx.mail.example.org (Postfix) with ESMTPS id 4TvQ3k1Zb7z9sR
	for <a.petrova@mail.example.org>; Tue, 12 Mar 2024 10:02:17 +0300 (MSK)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=lab.example.ru; s=us;
	t=1710226936; h=from:to:subject:date:message-id:list-unsubscribe;
	bh=Y3QzN2Zk0vZ2aX9qT1Jm4bW1lQ0x2c3ZnYmQ5ZWE4MzE=;
	b=kH3x9Qe2LmVt0a1b7cR5sP8uY4wZ6nD2fG9hJ3kL5mN7pQ1rS3tU5vW7xY9zA1bC3dE5fG7hI9
	 jK1lM3nO5pQ7rS9tU1vW3xY5zA7bC9dE1fG3hI5jK7lM9nO1pQ3rS5tU7vW9xY1zA3=
From: {b64w("Лаборатория генеративного моделирования")} <digest@lab.example.ru>
To: a.petrova@mail.example.org
Subject: {b64w(subj)}
Date: Tue, 12 Mar 2024 10:02:16 +0300
Message-ID: <64412798.14.1710226936@mailer-example.net>
MIME-Version: 1.0
List-Unsubscribe: <https://go.mailer-example.net/ru/unsubscribe?hash=6ebq1x8kzf3a7y9c&uid=NjQ0MTI3OTg~>, <mailto:unsubscribe-64412798@mailer-example.net>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
List-Id: <1438820.lab.example.ru>
Precedence: bulk
Feedback-ID: 1438820:14:64412798:mailer-example
Content-Type: multipart/alternative; boundary="{B}"

This is a multi-part message in MIME format.

--{B}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

"""
body = hdr + qp(plain) + f"""
--{B}
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(html) + f"""
--{B}--
"""
data = body.replace("\n", "\r\n").encode("ascii")
write_raw(F, data, [plain, html, body], keys(F))
