#!/usr/bin/env python3
"""1585: the web version of a Hungarian newsletter sent with Webgalamb (self-hosted newsletter software), saved as
HTML: preheader, «view in browser» line, masthead, five paper cards, a background list, events, a sponsor box, the
footer with unsubscribe and profile links and the Webgalamb credit."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys
F = by_num(1585)
E = html.escape
CAMP, SUB, HASH = 318, 40917, "c7e2a95b04"
WG = "https://hirlevel.adatvolgy.example.hu/wg7"


def card(k, body, link=None, label="Elolvasom"):
    btn = f'\n          <p><a class="gomb" href="{E(link)}" target="_blank">{label} →</a></p>' if link else ""
    return f"""      <tr>
        <td class="kartya">
          <h3>{E(T(k))}</h3>
          <p class="szerzok">{E(au(k, 3, " és mtsai."))}</p>
          <p>{body}</p>{btn}
        </td>
      </tr>"""


cards = [
    card("2303.11366", "Az ügynök saját hibáiról ír szöveges önkritikát, és ezt a következő próbálkozásnál memóriaként használja. Kódolási feladatokon látványos a javulás.", "https://arxiv.org/abs/2303.11366"),
    card("2310.06770", "Valódi GitHub-hibajegyek javítása teljes repókon. A ranglista külön weboldal, nem cikk – a cikk maga a benchmark leírása.", "https://arxiv.org/abs/2310.06770"),
    card("2310.11511", "A modell maga dönti el, mikor keressen, és speciális tokenekkel értékeli a saját válaszát.", "https://arxiv.org/abs/2310.11511v1"),
    card("2306.15595", "Hogyan nyújtsuk meg a kontextusablakot néhány száz lépés finomhangolással – a RoPE-pozíciók interpolálásával.", "https://arxiv.org/pdf/2306.15595", "PDF"),
    card("2307.03172", "Ha a lényeg a kontextus közepén van, a modellek rosszabbul találják meg. Link helyett: arXiv:2307.03172 – a PDF a csatolt olvasólistában is megvan."),
]
hatter = [T("2306.05685") + " – az LLM-bíró módszer és a Chatbot Arena háttere (a ranglista weboldal, nem cikk)",
          T("2010.06891") + " – memóriával bővített Transformer, 2020",
          T("1410.5401") + " – a klasszikus, 2014; kötelező olvasmány mindenkinek, aki ügynökmemóriáról beszél"]
text = f"""<!DOCTYPE html>
<html lang="hu">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>MI Szemle – 42. szám, 2025. május</title>
<style>
body {{ margin: 0; padding: 0; background: #f3f1ec; font-family: Georgia, 'Times New Roman', serif; }}
.kartya {{ background: #ffffff; padding: 20px 26px; border-bottom: 1px solid #e4dfd6; }}
.szerzok {{ color: #77706a; font-size: 13px; font-style: italic; }}
.gomb {{ display: inline-block; background: #1f5c4a; color: #ffffff; padding: 7px 14px; text-decoration: none; border-radius: 3px; }}
</style>
</head>
<body>
<div style="display:none;font-size:1px;color:#f3f1ec;max-height:0;overflow:hidden;">Ügynökök, memória, hosszú kontextus – és a júniusi meetup időpontja.</div>
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f3f1ec">
  <tr>
    <td align="center">
      <p style="font-size:11px;color:#77706a;">Ha nem jól jelenik meg a levél, <a href="{WG}/online.php?hl={CAMP}&amp;f={SUB}&amp;h={HASH}">kattintson ide</a>!</p>
      <table width="620" cellpadding="0" cellspacing="0" border="0">
      <tr>
        <td class="kartya" style="border-top:5px solid #1f5c4a;">
          <h1>MI Szemle</h1>
          <p>42. szám · 2025. május 12., hétfő · az Adatvölgy Kft. gépi tanulási olvasóköre</p>
          <p>Kedves Olvasónk! E havi témánk az LLM-ügynökök és a memória: öt cikk, amelyeket a csütörtöki olvasókörön végigvettünk, és három háttérolvasmány. A diák a belső wikin vannak.</p>
        </td>
      </tr>
{chr(10).join(cards)}
      <tr>
        <td class="kartya">
          <h2>Háttér és klasszikusok</h2>
          <ul>
{chr(10).join('            <li>' + E(h) + '</li>' for h in hatter)}
          </ul>
        </td>
      </tr>
      <tr>
        <td class="kartya">
          <h2>Események</h2>
          <p>Budapest ML Meetup: 2025. június 5., csütörtök, 18:30, Bálna, IX. kerület. Előadás: «Ügynökök éles üzemben – mi ment el rosszul?» (videó a YouTube-csatornánkon lesz).</p>
          <p>Olvasókör: minden csütörtökön 16:00, Teams. A következő téma: beszédmodellek.</p>
        </td>
      </tr>
      <tr>
        <td class="kartya" style="background:#fbf7ee;">
          <p style="font-size:11px;color:#77706a;">HIRDETÉS</p>
          <p>Az Adatvölgy Kft. ML-mérnököt keres (LangGraph, LlamaIndex, Python, Kubernetes). Jelentkezés: <a href="https://www.adatvolgy.example.hu/karrier">adatvolgy.example.hu/karrier</a></p>
        </td>
      </tr>
      <tr>
        <td class="kartya" style="font-size:12px;color:#77706a;">
          <p>Ezt a levelet azért kapta, mert feliratkozott az MI Szemle hírlevélre. Adatvölgy Kft. · 1095 Budapest, Lechner Ödön fasor 7. · hirlevel@adatvolgy.example.hu</p>
          <p><a href="{WG}/leiratkozas.php?hl={CAMP}&amp;f={SUB}&amp;h={HASH}">Leiratkozás</a> | <a href="{WG}/adatmodositas.php?hl={CAMP}&amp;f={SUB}&amp;h={HASH}">Adatmódosítás</a> | <a href="https://www.adatvolgy.example.hu/adatvedelem">Adatvédelmi tájékoztató</a></p>
          <p>A hírlevelet a Webgalamb hírlevélküldő rendszer küldte.</p>
        </td>
      </tr>
      </table>
    </td>
  </tr>
</table>
</body>
</html>
"""
write_only(F, text, keys(F), forms=[html.unescape(text)])
