#!/usr/bin/env python3
"""1519: a message saved (.eml, CR LF) from Mail.kz's webmail: a Kazakh note forwarding a Mailman list digest of a
reading group (ml-oqu), multipart/alternative, both parts UTF-8 quoted-printable (lines at most 76 with soft breaks,
escapes never split), the HTML part made from the text part. The forward block in Kazakh (Кімнен / Күні / Тақырыбы /
Кімге); the digest in Mailman's layout (the request / owner lines, Today's Topics computed from the messages,
Message: N blocks, the footer, End of … Digest). Kazakhstan's single time zone +0500 (from 1 March 2024). Not papers:
vLLM, TGI, llama.cpp, FlashAttention (software by name), RoPE, LongLoRA, a recorded talk, a room booking. Nicknames:
Big Bird, Memformer, Hyena, PagedAttention — labelled where the full titles are written."""
import base64, hashlib, html, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import F1519, keys

LIST, HOST = "ml-oqu", "lists.qazml-lab.kz"


def qp(text):
    """quoted-printable of UTF-8 text, CR LF line ends, soft breaks at 76"""
    out = []
    for line in text.split("\n"):
        b = line.encode("utf-8")
        toks = []
        for i, c in enumerate(b):
            if (33 <= c <= 126 and c != 61) or (c in (32, 9) and i < len(b) - 1):
                toks.append(chr(c))
            else:
                toks.append(f"={c:02X}")
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + "="); cur = ""
            cur += t
        out.append(cur)
    return "\r\n".join(out)


def bword(s):
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


MSGS = [
    ("Tue, 12 Mar 2024 10:05:44 +0500", "Данияр Әбілқасымов", "d.abilkassymov@qazml-lab.kz",
     "[ml-oqu] Ұзын контекст: наурызға оқу тізімі",
     "Сәлеметсіздер ме!\n\nНаурыздың қалған екі аптасына ұзын контекст тақырыбын ұсынамын. Бастапқы тізім:\n\n"
     f"1) {T('2007.14062')}\n   https://arxiv.org/abs/2007.14062\n"
     f"2) {T('2004.11886')} (ICLR 2020, қысқа әрі оқуға жеңіл)\n"
     f"3) {T('2302.10866')} — attention-сыз нұсқа, Hyena операторы\n\n"
     "Кім қайсысын алатынын жазыңыздар. Бөлме: 412-аудитория, жұма 16:00.\n\n-- \nДанияр"),
    ("Tue, 12 Mar 2024 13:47:10 +0500", "Мадина Жұмабек", "m.zhumabek@qazml-lab.kz",
     "Re: [ml-oqu] Ұзын контекст: наурызға оқу тізімі",
     "Жады (memory) бар трансформерлерді де қоссақ:\n\n"
     f"- {T('2010.06891')}\n  https://openreview.net/pdf?id=_adSMszz_g9\n"
     f"- {T('2002.09402')}\n  https://openreview.net/forum?id=OCm0rwa1lx1\n\n"
     "Екеуі де OpenReview-дегі нұсқа, рецензиялары да қызық.\n\n"
     "> Кім қайсысын алатынын жазыңыздар.\n\nМен Memformer-ді алам.\nМадина"),
    ("Wed, 13 Mar 2024 09:12:31 +0500", "Ерлан Тоқтаров", "e.toktarov@qazml-lab.kz",
     "[ml-oqu] Сервинг пен жылдам attention",
     "Контекст ұзарған сайын инференс қымбаттайды, сондықтан жүйелік жағынан екі мақала:\n\n"
     f"* {T('2309.06180')} (arXiv:2309.06180) — vLLM-нің PagedAttention идеясы\n"
     f"* {T('2307.08691')}\n  https://arxiv.org/pdf/2307.08691\n\n"
     "vLLM мен TGI-ді біздің A100 серверде салыстырып көрдім, нәтижесі кестеде (ішкі Confluence, сілтемесін\n"
     "семинарда көрсетем). llama.cpp-ті CPU үшін де сынадым.\n\nЕрлан"),
    ("Wed, 13 Mar 2024 11:30:02 +0500", "Әсел Нұрғалиқызы", "asel.n@qazml-lab.kz",
     "Re: [ml-oqu] Ұзын контекст: наурызға оқу тізімі",
     f"Тізімге тағы біреу: {T('2306.15595')}.\n"
     "RoPE-ны интерполяциялау арқылы LLaMA контекстін 32k-ға дейін созады. LongLoRA-ны кейін бөлек талқылайық.\n"
     "Өткен жылғы баяндаманың жазбасы: https://www.youtube.com/watch?v=Hk2vR8sWq1E\n\nӘсел"),
]
DIGEST_DATE = "13.03.2024, 18:00"

dig = [f"Send {LIST} mailing list submissions to", f"\t{LIST}@{HOST}", "",
       "To subscribe or unsubscribe via the World Wide Web, visit",
       f"\thttps://{HOST}/mailman/listinfo/{LIST}", "or, via email, send a message with subject or body 'help' to",
       f"\t{LIST}-request@{HOST}", "", "You can reach the person managing the list at", f"\t{LIST}-owner@{HOST}", "",
       "When replying, please edit your Subject line so it is more specific",
       f'than "Re: Contents of {LIST} digest..."', "", "", "Today's Topics:", ""]
for i, (d, n, a, s, _) in enumerate(MSGS, 1):
    dig.append(f"   {i}. {s} ({n})")
dig += ["", "", "-" * 70, ""]
for i, (d, n, a, s, b) in enumerate(MSGS, 1):
    mid = hashlib.sha1(f"{d}{a}".encode()).hexdigest()[:16]
    dig += [f"Message: {i}", f"Date: {d}", f"From: {n} <{a}>", f"To: {LIST}@{HOST}", f"Subject: {s}",
            f"Message-ID: <{mid}@qazml-lab.kz>", 'Content-Type: text/plain; charset="utf-8"', "", b, "", "-" * 30, ""]
dig += ["Subject: Digest Footer", "", "_" * 47, f"{LIST} mailing list", f"{LIST}@{HOST}",
        f"https://{HOST}/mailman/listinfo/{LIST}", "", "", "-" * 30, "",
        f"End of {LIST} Digest, Vol 3, Issue 11", "*" * 38]

note = ("Нұрлан, сәлем!\n\nКеше біздің ml-oqu тізімінің дайджесті келді — ұзын контекст пен сервинг туралы жақсы жинақ.\n"
        "Жұмадағы семинарда екі мақаланы сен ала аласың ба: Big Bird пен FlashAttention-2? Қалғанын өзім бөлемін.\n"
        "Кестені кейін жіберемін.\n\nҚұрметпен,\nАйгерім Сейітқали\n\n\n"
        "-------- Қайта жіберілген хат --------\n"
        f"Кімнен: {LIST}-request@{HOST}\nКүні: {DIGEST_DATE}\nТақырыбы: {LIST} Digest, Vol 3, Issue 11\n"
        "Кімге: aigerim.seitkali@mail.kz\n\n")
text = note + "\n".join(dig) + "\n"


def to_html(t):
    h = html.escape(t, quote=False)
    h = re.sub(r"(https://[^\s<]+)", r'<a href="\1" target="_blank">\1</a>', h)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family: Arial, sans-serif; font-size: 14px;">'
            + h.replace("\n", "<br>\n") + "</div></body></html>\n")


hh = to_html(text)
BND = "----=_MailKz_" + hashlib.md5(text.encode()).hexdigest()[:20]
head = [
    "Return-Path: <aigerim.seitkali@mail.kz>",
    "Received: from webmail.mail.kz (webmail.mail.kz [10.16.4.21])",
    "\tby mx2.mail.kz (Postfix) with ESMTPA id 4Tw7Qm1Zk9z6F",
    "\tfor <n.bekov@mail.kz>; Thu, 14 Mar 2024 09:41:29 +0500 (+05)",
    "Date: Thu, 14 Mar 2024 09:41:27 +0500",
    "From: " + bword("Айгерім Сейітқали") + "\r\n <aigerim.seitkali@mail.kz>",
    "To: " + bword("Нұрлан Беков") + " <n.bekov@mail.kz>",
    f"Subject: Fwd: {LIST} Digest, Vol 3, Issue 11",
    f"Message-ID: <{hashlib.sha1(text.encode()).hexdigest()[:24]}@webmail.mail.kz>",
    "MIME-Version: 1.0",
    f'Content-Type: multipart/alternative;\r\n\tboundary="{BND}"',
    "X-Mailer: Mail.kz Webmail",
]
parts = []
for ctype, body in (("text/plain", text), ("text/html", hh)):
    parts.append(f"--{BND}\r\nContent-Type: {ctype}; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                 + qp(body) + "\r\n")
raw = "\r\n".join(head) + "\r\n\r\n" + "This is a multi-part message in MIME format.\r\n\r\n" + "".join(parts) + f"--{BND}--\r\n"
write_raw(F1519, raw.encode("ascii"), [text, hh], keys(F1519))
