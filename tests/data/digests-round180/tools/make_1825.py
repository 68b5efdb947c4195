#!/usr/bin/env python3
"""1825: the web version («Zobraziť v prehliadači») of an e-mail newsletter sent with Bloomreach Engagement (formerly
Exponea), saved from the browser, Slovak: HTML5, table layout with inline styles, tracked links
«https://klik.<domain>/c/<campaign>/<n>?url=<percent-encoded target>&amp;cid=<customer>» numbered in page order (two
of them wrap arXiv pages, seen only after the URL is decoded), other arXiv pages linked directly, an open pixel
«…/o/<campaign>.gif?cid=<customer>». The institute «Slovenský inštitút strojového učenia» (SISU), its newsletter
«Neurón» č. 14, sisu.example.sk and its click host, the ids, the podcast, the address and the events are invented;
the Dodrio repository on GitHub appears as what it is. Computed: the link numbers, the percent-encoding, the Slovak
dates with their weekdays, HTML escaping."""
import datetime as dt, html, os, sys
from urllib.parse import quote
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1825)
SK_D = ["pondelok", "utorok", "streda", "štvrtok", "piatok", "sobota", "nedeľa"]
SK_M = ["januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra", "novembra", "decembra"]
SK_MN = ["január", "február", "marec", "apríl", "máj", "jún", "júl", "august", "september", "október", "november", "december"]
sk = lambda d: f"{SK_D[d.weekday()]} {d.day}. {SK_M[d.month - 1]} {d.year}"
DOM, CAMP, CID = "sisu.example.sk", "67d1f3a2c9e41b0012a7f5e3", "65a0c2e7b13f9d00185c44a1"
_n = [0]


def trk(url):
    _n[0] += 1
    return f"https://klik.{DOM}/c/{CAMP}/{_n[0]}?url={quote(url, safe='')}&amp;cid={CID}"


e = lambda s: html.escape(s, quote=False)
SENT = dt.date(2025, 3, 13)
ISSUE = 14
TITLE = f"Neurón č. {ISSUE} – {SK_MN[SENT.month - 1]} {SENT.year}"
B = []
b = B.append
b('<tr><td style="display:none;font-size:1px;color:#ffffff">Skratky v učení, grafy a matematika s jazykovými modelmi</td></tr>')
b(f'<tr><td align="right" style="font-size:11px;padding:8px"><a href="{trk("https://sisu.example.sk/neuron/14")}">Zobraziť v prehliadači</a></td></tr>')
b(f'<tr><td style="padding:24px;background:#0b3d91;color:#ffffff"><h1 style="margin:0">Neurón</h1>'
  f'<p style="margin:4px 0 0">Newsletter SISU · č. {ISSUE} · {SK_MN[SENT.month - 1]} {SENT.year}</p></td></tr>')
b('<tr><td style="padding:16px 24px"><p>Dobrý deň,</p><p>v marcovom čísle vám prinášame tri články, ktoré sme čítali '
  'v našom čitateľskom klube, krátke správy z výskumu a pozvánky na podujatia. Príjemné čítanie!</p></td></tr>')
FEAT = [
    ("2004.07780", "Prečo modely niekedy riešia „inú“ úlohu, než si myslíme: prehľad skratiek v učení a ako ich odhaliť.",
     "https://arxiv.org/abs/2004.07780", False),
    ("2106.05234", "Transformery na grafoch molekúl s kódovaním centrality a vzdialenosti – základ nášho projektu v chémii.",
     "https://arxiv.org/pdf/2106.05234", True),
    ("2206.14858", "Jazykový model, ktorý rieši stredoškolskú aj vysokoškolskú matematiku krok za krokom.",
     "https://arxiv.org/abs/2206.14858", True),
]
for k, txt, url, tracked in FEAT:
    href = trk(url) if tracked else url
    b(f'<tr><td style="padding:12px 24px;border-top:1px solid #dddddd"><h2 style="font-size:18px"><a href="{href}">{e(T(k))}</a></h2>'
      f'<p>{e(txt)}</p></td></tr>')
b('<tr><td style="padding:12px 24px;border-top:1px solid #dddddd"><h3>V skratke</h3><ul>')
b(f'<li>Vyhľadávanie entít generovaním ich názvov: <a href="http://arxiv.org/abs/2010.00904v2">{e(T("2010.00904"))}</a>.</li>')
b(f'<li>Prečo beam search vedie k opakovaniu textu: {e(T("1904.09751"))} (arXiv:1904.09751) – odporúčame pred nasadením chatbota.</li>')
b(f'<li>Robustnosť vizuálnych transformerov: {e(T("2103.14586"))} – prehľadná štúdia s množstvom experimentov.</li>')
b(f'<li>Teória: {e(T("2010.08515"))} Krátka odpoveď: kvôli symetriám.</li>')
b(f'<li>Vizualizácia pozornosti v prehliadači: {e(T("2103.14625"))}; kód nájdete na GitHube '
  f'(<a href="{trk("https://github.com/poloclub/dodrio")}">poloclub/dodrio</a>).</li>')
b(f'<li>Nová epizóda nášho podcastu Strojovňa: rozhovor o jazykových modeloch pre slovenčinu '
  f'(<a href="{trk("https://sisu.example.sk/podcast/22")}">vypočuť</a>).</li>')
b('</ul></td></tr>')
EV = [(dt.date(2025, 3, 27), "Webinár: ako odhaliť skratky v dátach", "online"),
      (dt.date(2025, 4, 10), "Čitateľský klub: grafové neurónové siete", "SISU, Bratislava, zasadačka 2")]
b('<tr><td style="padding:12px 24px;border-top:1px solid #dddddd"><h3>Podujatia</h3>')
for d, t, w in EV:
    b(f'<p><strong>{sk(d)}</strong> — {e(t)}, {e(w)}. <a href="{trk("https://sisu.example.sk/podujatia")}">Registrácia</a></p>')
b('</td></tr>')
b(f'<tr><td style="padding:16px 24px;font-size:11px;color:#666666"><p>Tento e-mail dostávate, pretože ste sa prihlásili '
  f'na odber newslettera Neurón. <a href="{trk("https://sisu.example.sk/odhlasenie")}">Odhlásiť odber</a> | '
  f'<a href="{trk("https://sisu.example.sk/preferencie")}">Nastavenia</a></p>'
  f'<p>Slovenský inštitút strojového učenia, Príkladná 12, 811 01 Bratislava</p>'
  f'<p>© {SENT.year} SISU. Odoslané {sk(SENT)}.</p>'
  f'<img src="https://klik.{DOM}/o/{CAMP}.gif?cid={CID}" width="1" height="1" alt="" style="display:block"></td></tr>')
page = ("<!DOCTYPE html>\n<html lang=\"sk\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>{e(TITLE)}</title>\n</head>\n<body style=\"margin:0;background:#f2f2f2;font-family:Arial,sans-serif\">\n"
        "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">\n"
        "<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#ffffff\">\n"
        + "\n".join(B) + "\n</table>\n</td></tr></table>\n</body>\n</html>\n")
from urllib.parse import unquote
write_only(F, page, keys(F), forms=[unquote(html.unescape(page))])
