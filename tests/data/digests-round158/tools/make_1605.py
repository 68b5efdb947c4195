#!/usr/bin/env python3
"""1605: the web version of a Polish newsletter sent with Redlink (a Polish e-mail marketing platform), saved as HTML:
preheader, «view online» bar, masthead with the issue number and date, an editorial, three article blocks with
buttons, a «Krótko» list, an events block, a partner box, and the footer with the GDPR (RODO) note, unsubscribe and
preference links carrying one subscriber token, and the platform credit. The foundation and its hosts are invented."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys, ALPHAFOLD
F = by_num(1605)
E = html.escape
ISSUE, TOKEN, CAMP = 17, "b7c1e04f9a2d", 5521
R = "https://newsletter.otwartedane.example.pl/r"


def block(k, body, link, label="Czytaj artykuł"):
    return f"""          <tr>
            <td class="blok">
              <p class="rubryka">Z laboratoriów</p>
              <h2>{E(T(k))}</h2>
              <p class="autorzy">{E(au(k, 3, " i in."))}</p>
              <p>{body}</p>
              <p><a class="przycisk" href="{E(link)}" target="_blank">{label}</a></p>
            </td>
          </tr>"""


blocks = [
    block("2010.08895", "Sieć uczy się operatora rozwiązania równania różniczkowego cząstkowego w przestrzeni Fouriera i przewiduje przepływ dla nowych warunków początkowych w ułamku sekundy. Zespół z Politechniki testuje ją na modelach pogodowych dla Bałtyku.", "https://arxiv.org/abs/2010.08895"),
    block("2106.05234", "Graphormer, czyli Transformer dla grafów: kodowanie centralności i odległości między węzłami wystarczy, by wygrać z klasycznymi sieciami grafowymi w przewidywaniu własności cząsteczek.", "https://arxiv.org/pdf/2106.05234v5", "PDF"),
    block("2206.14858", "Minerva – model językowy dotrenowany na artykułach naukowych i stronach z wzorami rozwiązuje zadania z fizyki i matematyki na poziomie studiów. Warto przeczytać rozdział o błędach.", "https://arxiv.org/abs/2206.14858"),
]
krotko = [
    f"<strong>{E(T('2010.00554'))}</strong> (arXiv:2010.00554) – analiza głównych składowych jako gra wielu graczy; elegancko skaluje się na duże zbiory danych.",
    f"<strong>{E(T(ALPHAFOLD))}</strong> – artykuł z „Nature” (2021) wciąż jest lekturą obowiązkową dla wszystkich zajmujących się białkami. Bazę struktur AlphaFold DB opisujemy w dziale „Dane”.",
    f"<strong>{E(T('2111.04263'))}</strong> – uczenie federacyjne dla szpitali, które nie mogą wymieniać danych pacjentów.",
    f"<strong>{E(T('2010.00904'))}</strong> – model generuje nazwy encji znak po znaku zamiast klasyfikować; przydatne do łączenia publikacji z bazami wiedzy.",
    f"<strong>{E(T('2206.04615'))}</strong> – ponad 200 zadań do oceny modeli językowych; sam zbiór zadań (BIG-bench) jest na GitHubie.",
]
text = f"""<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Przegląd AI w Nauce – nr {ISSUE}, marzec 2025</title>
<style>
body {{ margin: 0; padding: 0; background: #eef1f4; font-family: Arial, Helvetica, sans-serif; color: #1d2733; }}
.blok {{ background: #ffffff; padding: 22px 28px; border-bottom: 1px solid #dde3ea; }}
.rubryka {{ color: #c0392b; font-size: 11px; text-transform: uppercase; letter-spacing: 1px; }}
.autorzy {{ color: #6b7785; font-size: 13px; }}
.przycisk {{ display: inline-block; background: #1d4e89; color: #ffffff; padding: 8px 16px; text-decoration: none; border-radius: 4px; }}
</style>
</head>
<body>
<div style="display:none;max-height:0;overflow:hidden;">Operatory neuronowe, grafy w chemii i model, który rozwiązuje zadania z fizyki.</div>
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#eef1f4">
  <tr>
    <td align="center">
      <p style="font-size:11px;color:#6b7785;">Wiadomość nie wyświetla się poprawnie? <a href="{R}/online?c={CAMP}&amp;s={TOKEN}">Otwórz ją w przeglądarce</a>.</p>
      <table width="640" cellpadding="0" cellspacing="0" border="0">
        <tbody>
          <tr>
            <td class="blok" style="border-top:6px solid #1d4e89;">
              <h1>Przegląd AI w Nauce</h1>
              <p>Nr {ISSUE} · czwartek, 13 marca 2025 · newsletter Fundacji Otwarte Dane</p>
              <p>Dzień dobry! W tym numerze: sztuczna inteligencja w naukach ścisłych – od równań różniczkowych po chemię i matematykę. Trzy artykuły omawiamy szerzej, pięć kolejnych krótko. Wszystkie omówienia powstały na czwartkowym seminarium czytelniczym fundacji.</p>
            </td>
          </tr>
{chr(10).join(blocks)}
          <tr>
            <td class="blok">
              <h2>Krótko</h2>
              <ul>
{chr(10).join('                <li>' + k + '</li>' for k in krotko)}
              </ul>
            </td>
          </tr>
          <tr>
            <td class="blok">
              <h2>Wydarzenia</h2>
              <p>Seminarium „AI w naukach o Ziemi”: czwartek, 27 marca 2025, 17:00, online. Nagranie trafi na nasz kanał YouTube.</p>
              <p>Warsztaty z PyTorch Geometric dla doktorantów: sobota, 5 kwietnia 2025, Kraków, zapisy do 28 marca.</p>
            </td>
          </tr>
          <tr>
            <td class="blok" style="background:#f7f4ea;">
              <p class="rubryka">Partner numeru</p>
              <p>Moc obliczeniowa dla projektów badawczych – granty obliczeniowe dla zespołów naukowych. Szczegóły na <a href="https://www.otwartedane.example.pl/granty">stronie fundacji</a>.</p>
            </td>
          </tr>
          <tr>
            <td style="padding:20px 28px;font-size:11px;color:#6b7785;">
              <p>Otrzymujesz tę wiadomość, ponieważ zapisałeś(-aś) się na newsletter Fundacji Otwarte Dane. Administratorem Twoich danych osobowych jest Fundacja Otwarte Dane, ul. Przykładowa 12, 00-001 Warszawa. Szczegóły w <a href="https://www.otwartedane.example.pl/polityka-prywatnosci">polityce prywatności</a> (RODO).</p>
              <p><a href="{R}/wypisz?c={CAMP}&amp;s={TOKEN}">Wypisz się</a> | <a href="{R}/preferencje?c={CAMP}&amp;s={TOKEN}">Zmień preferencje</a> | <a href="{R}/online?c={CAMP}&amp;s={TOKEN}">Wersja online</a></p>
              <p>Wiadomość wysłana za pomocą platformy Redlink.</p>
            </td>
          </tr>
        </tbody>
      </table>
    </td>
  </tr>
</table>
</body>
</html>
"""
write_only(F, text, keys(F), forms=[html.unescape(text)])
