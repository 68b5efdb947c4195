#!/usr/bin/env python3
"""1170: a loguru log (`digest_bot.log`, default format; Polish): a Kraków reading group's digest bot builds issue #19
(state-space models and memory) from the group's spreadsheet and posts it. `YYYY-MM-DD HH:mm:ss.SSS | LEVEL    |
module:function:line - message`, levels padded to 8; one caught exception with its traceback; the closing SUCCESS
line counts the papers."""
import os, sys, random
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1170, keys

rnd = random.Random(1170)
ms = [(7 * 3600 + 58 * 60 + 3) * 1000 + 211]
out = []


def L(lv, where, msg, lo=3, hi=400):
    ms[0] += rnd.randint(lo, hi)
    s, m = divmod(ms[0], 1000)
    out.append(f"2024-05-13 {s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.{m:03d} | {lv:<8} | {where} - {msg}")


A = "https://arxiv.org/abs/"
L("INFO", "digest_bot.__main__:main:41", "Start digest_bot 2.3.0 (python 3.11.8), numer wydania: 19")
L("DEBUG", "digest_bot.config:load:22", "Konfiguracja: /home/kasia/digest_bot/config.toml, kanał #czytamy-ssm")
L("INFO", "digest_bot.sheets:read_rows:57", "Pobrano 10 wierszy z arkusza „Czytelnia — lato 2024”")
rows = [
 ("link", T("2111.00396"), "https://openreview.net/forum?id=" + OR("2111.00396"), "Kasia"),
 ("text", T("2008.07669"), "arXiv:2008.07669", "Bartek"),
 ("link", T("2312.00752"), A + "2312.00752", "Kasia"),
 ("none", T("1901.02860"), None, "Ola"),
 ("other", "Albert Gu — wykład o modelach przestrzeni stanów (YouTube, Stanford MLSys)", "https://www.youtube.com/watch?v=luCBXCErkCs", "Bartek"),
 ("link", T("2307.08621"), A + "2307.08621", "Michał"),
 ("none", T("2105.06548"), None, "Ola"),
 ("none", T("2006.03236"), None, "Michał"),
 ("other", "state-spaces/mamba (repozytorium z kodem)", "https://github.com/state-spaces/mamba", "Kasia"),
 ("none", T("2103.09762"), None, "Bartek"),
]
n_p = 0
for i, (k, t, u, by) in enumerate(rows, 2):
    if k == "link":
        L("DEBUG", "digest_bot.resolve:fetch_meta:88", f"GET {u}", 2, 30)
        L("INFO", "digest_bot.resolve:fetch_meta:103", f"Dodano pracę (wiersz {i}, zgłasza {by}): „{t}” <{u}>", 200, 1400)
        n_p += 1
    elif k == "text":
        L("INFO", "digest_bot.resolve:from_text:121", f"Dodano pracę (wiersz {i}, zgłasza {by}): „{t}” — sam identyfikator {u}, bez linku")
        n_p += 1
    elif k == "none":
        L("WARNING", "digest_bot.resolve:from_title:134", f"Wiersz {i} (zgłasza {by}) bez linku, zapisuję sam tytuł: „{t}”")
        n_p += 1
    else:
        L("INFO", "digest_bot.resolve:classify:72", f"Wiersz {i}: to nie jest praca naukowa, trafia do sekcji „Inne”: {t} <{u}>")
L("DEBUG", "digest_bot.render:markdown:30", "Szablon: templates/issue.md.j2")
L("ERROR", "digest_bot.post:send:58", "Nie udało się wysłać do Slacka, ponawiam za 5 s")
out.extend([
 "Traceback (most recent call last):",
 '  File "/home/kasia/digest_bot/digest_bot/post.py", line 51, in send',
 "    resp.raise_for_status()",
 '  File "/home/kasia/.venv/lib/python3.11/site-packages/httpx/_models.py", line 761, in raise_for_status',
 "    raise HTTPStatusError(message, request=request, response=self)",
 "httpx.HTTPStatusError: Server error '503 Service Unavailable' for url 'https://hooks.slack.example.com/services/T0000/B0000/XXXX'",
])
ms[0] += 5000
L("INFO", "digest_bot.post:send:47", "Ponowna próba 1/3")
L("SUCCESS", "digest_bot.post:send:63", f"Wysłano wydanie #19: {n_p} prac, {sum(r[0] == 'other' for r in rows)} inne linki")
text = "\n".join(out) + "\n"
write_only(F1170, text, keys(F1170))
