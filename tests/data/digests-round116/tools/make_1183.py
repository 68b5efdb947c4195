#!/usr/bin/env python3
"""1183: a GetResponse newsletter as its “view in browser” page saved to disk (Polish): issue #14 of „Przegląd NLP”,
a Wrocław-like reading group's monthly letter on pre-training. E-mail HTML as newsletter builders write it:
XHTML 1.0 Transitional doctype, a hidden preheader, nested 600px tables with inline styles, `&amp;` in URLs, a
pixel, and the footer with the sender's address and the unsubscribe / change-preferences links; LF line ends.
Titles in „…” quotes, in an author line, and in prose; nicknames (T5, BART, ELMo) next to them."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, au, write_only
from make_expected import F1183, keys, GPT2

A = 'style="color:#1a5fb4;text-decoration:underline;"'
P = 'style="margin:0 0 14px 0;font-family:Georgia,serif;font-size:16px;line-height:24px;color:#222222;"'
H = 'style="margin:24px 0 10px 0;font-family:Arial,sans-serif;font-size:19px;color:#111111;"'
items = [
 ("Temat numeru: T5 i BART",
  f"<p {P}>Dwa modele, które wszyscy znamy z nazwy. Najpierw „{T('1910.10683')}” (Raffel i in.) – "
  f"<a href=\"https://arxiv.org/abs/1910.10683\" {A}>arxiv.org/abs/1910.10683</a> – czyli T5: każde zadanie jako tekst-na-tekst, "
  "korpus C4 i porządne ablacje celu pretreningu.</p>\n"
  f"<p {P}>Potem BART, „{T('1910.13461')}” – <a href=\"https://arxiv.org/pdf/1910.13461.pdf\" {A}>PDF</a>. "
  "Zaszumianie tekstu + autoenkoder sekwencyjny; w zadaniach streszczania po polsku wciąż trudno go pobić.</p>"),
 ("Z archiwum",
  f"<p {P}>Dla nowych osób w grupie: klasyka, od której wszystko się zaczęło. {au('1301.3781', 4, '')}, "
  f"<em>{T('1301.3781')}</em> (2013); ELMo, czyli „{T('1802.05365')}” (arXiv:1802.05365); "
  f"oraz GPT-2 – „{GPT2}”, raport OpenAI, którego nie ma na arXivie.</p>\n"
  f"<p {P}>Do tego tokenizacja: „{T('1508.07909')}” – BPE, bez którego nie byłoby żadnego z powyższych.</p>"),
 ("Mniej znane, a warte uwagi",
  f"<p {P}>Electric – „{T('2012.08561')}” – ten sam zespół co ELECTRA, ale z energią zamiast dyskryminatora. "
  f"I praca z ICLR o lepszym maskowaniu: „{T('2010.06040')}”, "
  f"<a href=\"https://openreview.net/forum?id={OR('2010.06040')}\" {A}>recenzje na OpenReview</a>.</p>"),
 ("Poza artykułami",
  f"<p {P}>Kurs Hugging Face o NLP (darmowy, jest też po polsku w części rozdziałów) oraz nagranie naszego spotkania "
  f"z marca: <a href=\"https://www.youtube.com/watch?v=qN4kT7pLx0w\" {A}>YouTube</a>. To nie są prace naukowe, "
  "ale pomagają przed spotkaniem.</p>\n"
  f"<p {P}><strong>Następne spotkanie:</strong> czwartek 23 maja, 18:00, sala 2.17 i Zoom.</p>"),
]
blocks = "\n".join(f'<tr><td style="padding:0 32px;">\n<h2 {H}>{h}</h2>\n{b}\n</td></tr>' for h, b in items)
html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="pl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>Przegląd NLP #14 – pretrening, od word2vec do T5</title>
</head>
<body style="margin:0;padding:0;background-color:#eef0f3;">
<div style="display:none;max-height:0;overflow:hidden;">T5, BART, klasyka i dwie mniej znane prace – plus termin majowego spotkania.</div>
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#eef0f3;">
<tr><td align="center" style="padding:24px 0;">
<table width="600" cellpadding="0" cellspacing="0" border="0" style="background-color:#ffffff;">
<tr><td style="padding:12px 32px;font-family:Arial,sans-serif;font-size:12px;color:#777777;" align="right"><a href="https://app.getresponse.com/view.html?x=a62b&amp;m=Bq7Kx&amp;mc=Jd&amp;s=3vZ0p&amp;u=QmT4&amp;z=Ez9Rk" style="color:#777777;">Zobacz w przeglądarce</a></td></tr>
<tr><td style="padding:8px 32px 0 32px;">
<h1 style="margin:0;font-family:Arial,sans-serif;font-size:26px;color:#111111;">Przegląd NLP #14</h1>
<p {P}>Cześć! W tym numerze – pretrening modeli językowych, od word2vec do T5. Jak zwykle: linki, krótkie notki i termin spotkania.</p>
</td></tr>
{blocks}
<tr><td style="padding:24px 32px;font-family:Arial,sans-serif;font-size:12px;line-height:18px;color:#777777;border-top:1px solid #dddddd;">
Koło Naukowe Przetwarzania Języka, ul. Przykładowa 27, 50-000 Wrocław<br />
Otrzymujesz tę wiadomość, bo zapisałeś(-aś) się na listę „Przegląd NLP”.<br />
<a href="https://app.getresponse.com/unsubscribe.html?x=a62b&amp;m=Bq7Kx&amp;s=3vZ0p&amp;u=QmT4" style="color:#777777;">Wypisz się</a> | <a href="https://app.getresponse.com/change_details.html?x=a62b&amp;m=Bq7Kx&amp;s=3vZ0p&amp;u=QmT4" style="color:#777777;">Zmień dane</a>
</td></tr>
</table>
</td></tr>
</table>
<img src="https://app.getresponse.com/open.html?x=a62b&amp;m=Bq7Kx&amp;mc=Jd&amp;s=3vZ0p&amp;u=QmT4&amp;z=Ez9Rk" width="1" height="1" alt="" border="0" />
</body>
</html>
"""
write_only(F1183, html, keys(F1183))
