#!/usr/bin/env python3
"""704: a phpList 3 campaign as its 'view in browser' page (lists/?p=view&m=…&uid=…) serves it: the list's HTML 4.01
Transitional template (table layout, inline styles, 600px content table), the campaign body, the [FOOTER] text (sent
to / forward page / preferences page / opt-out, URLs with &amp;-escaped query strings and the subscriber's uid) and
the 'powered by phpList' signature block. A Turkish university AI club's newsletter on LLMs and inference."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import F704, keys, GPT2

L = "https://bulten.yzkulubu.example.org.tr/lists"
UID = "3f9c2a7be18d44c05a7e6d91b2c8e4f0"


def e(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def au(k, n=3):
    a = authors(k)
    return ", ".join(a[:n]) + (" vd." if len(a) > n else "")


def a(u, t, color="#c0392b"):
    return f'<a href="{e(u)}" style="color:{color};text-decoration:underline;" target="_blank">{t}</a>'


def item(title, who, body, link=None):
    return f"""<tr><td style="padding:12px 24px 4px 24px;font-family:Georgia,serif;font-size:17px;color:#222;font-weight:bold;">{e(title)}</td></tr>
<tr><td style="padding:0 24px 4px 24px;font-family:Arial,Helvetica,sans-serif;font-size:12px;color:#777;">{e(who)}</td></tr>
<tr><td style="padding:4px 24px 14px 24px;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:21px;color:#333;">{body}{("<br>" + link) if link else ""}</td></tr>
"""


def h(t):
    return f"""<tr><td style="padding:22px 24px 6px 24px;font-family:Arial,Helvetica,sans-serif;font-size:13px;letter-spacing:2px;color:#c0392b;border-bottom:2px solid #c0392b;">{e(t)}</td></tr>
"""


content = (
 h("BU SAYININ MAKALELERİ · MODELLER")
 + item(T("2307.09288"), au("2307.09288"), "Açık ağırlıklı sohbet modellerinin eğitim ayrıntıları: güvenlik ince ayarı, RLHF ve ödül modelleri. Kulübün 7B deneyleri bu rapora dayanıyor.",
        a("https://arxiv.org/abs/2307.09288", "arxiv.org/abs/2307.09288"))
 + item(T("2204.02311"), au("2204.02311"), "540 milyar parametre, Pathways altyapısı ve çok adımlı akıl yürütme örnekleri. Ekler uzun; 4. ve 6. bölümler yeterli.",
        a("https://arxiv.org/pdf/2204.02311", "PDF (arXiv)"))
 + item(T(GPT2), au(GPT2), "Klasik: sıfır-atış görev aktarımı fikrinin başladığı teknik rapor. arXiv'de yok; PDF'i kulübün Drive klasörüne koyduk.")
 + h("ÇIKARIM VE VERİMLİLİK")
 + item(T("2211.17192"), au("2211.17192"), "Küçük bir taslak modelle büyük modeli hızlandırmak — çıktı dağılımı değişmeden. Mart atölyesinde uygulamalı olarak deneyeceğiz.",
        a("https://arxiv.org/abs/2211.17192", "arxiv.org/abs/2211.17192"))
 + item(T("2210.17323"), au("2210.17323"), "Eğitim sonrası 3–4 bit nicemleme. Makale numarası: arXiv:2210.17323 — kulüp sunucusunda 13B modeli bununla sıkıştırdık.")
 + item(T("2208.07339"), au("2208.07339"), "Aykırı değer özelliklerini ayrı tutarak 8 bit çarpım; bitsandbytes kütüphanesinin arkasındaki çalışma.",
        a("https://arxiv.org/abs/2208.07339", "arxiv.org/abs/2208.07339"))
 + item(T("1710.03740"), au("1710.03740"), "FP16 ile eğitimde kayıp ölçekleme ve FP32 ana ağırlıklar. Bugün hâlâ her eğitim betiğinin temelinde; bağlantıyı bir sonraki sayıda ekleyeceğiz.")
 + item(T("1910.03771"), au("1910.03771"), "Kütüphanenin tasarımını anlatan makale (kütüphanenin kendisi değil!). Atölyede kullandığımız API'lerin neden böyle olduğunu açıklıyor.")
 + h("MAKALE OLMAYANLAR")
 + """<tr><td style="padding:8px 24px 14px 24px;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:21px;color:#333;">
<ul style="margin:0;padding-left:18px;">
<li>""" + a("https://github.com/vllm-project/vllm", "vLLM") + """ ve """ + a("https://github.com/ggerganov/llama.cpp", "llama.cpp") + """ — çıkarım sunucuları (yazılım)</li>
<li>Hugging Face Open LLM Leaderboard — liderlik tablosu, makale değil</li>
<li>Stanford CS324 ders notları — büyük dil modelleri dersi</li>
<li>Jay Alammar'ın blog yazısı <i>The Illustrated GPT-2</i></li>
<li>Veri kümesi: OSCAR Türkçe alt kümesi (kulüp sunucusunda /veri/oscar-tr)</li>
</ul>
</td></tr>
"""
 + h("DUYURULAR")
 + """<tr><td style="padding:8px 24px 18px 24px;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:21px;color:#333;">
<b>Mart atölyesi:</b> 21 Mart Perşembe, 17:30, Mühendislik Fakültesi B-214. Dizüstü bilgisayarınızı getirin; GPU erişimi için formu 18 Mart'a kadar doldurun.<br>
<b>Okuma grubu:</b> Her salı 18:00'de çevrim içi. Bu ayın sunucuları: Elif Karaca, Burak Yıldırım, Zeynep Aksoy.<br>
<b>Gönüllü arıyoruz:</b> Bültenin bir sonraki sayısı için özet yazmak isteyenler bulten@yzkulubu.example.org.tr adresine yazabilir.
</td></tr>
""")
html = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>YZ Kulübü Bülteni · Sayı 14 · Mart 2024</title>
<style type="text/css">
body {{ margin:0; padding:0; background:#f2f2f2; }}
a img {{ border:0; }}
.footer p {{ margin:0 0 6px 0; }}
</style>
</head>
<body bgcolor="#f2f2f2">
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f2f2">
<tr><td align="center" style="padding:18px 0;">
<table width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="border:1px solid #e0e0e0;">
<tr><td style="padding:20px 24px;background:#2c3e50;font-family:Georgia,serif;font-size:24px;color:#ffffff;">YZ Kulübü Bülteni <span style="font-size:14px;color:#bdc3c7;">Sayı 14 · Mart 2024</span></td></tr>
<tr><td style="padding:16px 24px 0 24px;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:21px;color:#333;">
Merhaba,<br><br>
Bu sayıda büyük dil modellerinin kendisine ve onları ucuza çalıştırmanın yollarına odaklandık. Her makalenin altında kısa bir not var;
bağlantısı olmayanların PDF'leri kulübün paylaşılan klasöründe. Okuma grubunda tartışmak istediğiniz makaleleri yanıtlayarak bize bildirebilirsiniz.
</td></tr>
{content}<tr><td style="padding:14px 24px;background:#fafafa;font-family:Arial,Helvetica,sans-serif;font-size:12px;color:#888;border-top:1px solid #eee;">
Ortadoğu Anadolu Teknik Üniversitesi Yapay Zekâ Kulübü · Kampüs, Öğrenci Merkezi Kat 2 · Erzincanlı / Türkiye
</td></tr>
</table>
</td></tr>
</table>
--

<div class="footer" style="text-align:left; font-size: 75%;">
  <p>Bu mesaj okur@example.com adresine bulten@yzkulubu.example.org.tr tarafından gönderildi.</p>
  <p>Bu mesajı iletmek için lütfen e-posta programınızın iletme düğmesini kullanmayın; bu mesaj yalnızca sizin için hazırlandı. Bunun yerine bülten sistemimizdeki <a href="{L}/?p=forward&amp;uid={UID}&amp;mid=14">iletme sayfasını</a> kullanın.<br/>
  Bilgilerinizi değiştirmek ve hangi listelere abone olacağınızı seçmek için <a href="{L}/?p=preferences&amp;uid={UID}">tercihler sayfanızı</a> ziyaret edin.<br/>
  Ya da gelecekteki tüm gönderimlerden <a href="{L}/?p=unsubscribe&amp;uid={UID}">tamamen çıkabilirsiniz</a>.</p>
</div>

<div style="clear: both; font-family: arial, verdana, sans-serif; font-size: 8px; font-variant: small-caps; font-weight: normal; padding: 2px; padding-left:10px;padding-top:20px;">powered by <a href="https://www.phplist.com" target="_blank" title="powered by phpList version 3.6.15, &copy; phpList ltd">phpList</a></div>
</body>
</html>
"""
write_only(F704, html, keys(F704))
