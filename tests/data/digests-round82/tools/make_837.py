#!/usr/bin/env python3
"""837: an Ekşi Sözlük başlık page saved from the browser (HTML, page 1 of 1): site header and nav, a sidebar
"gündem" list, the topic title `<h1 id="title" data-title data-id data-slug>`, `<ul id="entry-item-list">` with one
`<li data-id data-author data-author-id data-favorite-count …>` per entry, entry text in `<div class="content">` with
`<br/>` line breaks, `(bkz: <a class="b" href="/?q=…">…</a>)`, hidden references `<sup class="ab"><a data-query
title="(bkz: …)">*</a></sup>`, `<a class="url" rel="nofollow noopener" target="_blank" href title>` links, footers with
`<a class="entry-date permalink">dd.mm.yyyy hh:mm ~ hh:mm</a>` and the author nick; ads. Turkish. LLM evaluation,
agents and long-context papers; repositories, a leaderboard and a course are not papers."""
import os, sys
from urllib.parse import quote_plus
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys

F = by_num(837)


def url(u):
    return f'<a class="url" rel="nofollow noopener" target="_blank" href="{u}" title="{u}">{u}</a>'


def bkz(q):
    return f'(bkz: <a class="b" href="/?q={quote_plus(q)}">{q}</a>)'


def ab(q):
    return f'<sup class="ab"><a data-query="{q}" title="(bkz: {q})">*</a></sup>'


ENTRIES = [
 (156870112, "gece vardiyası mühendisi", 2231871, "04.03.2024 10:12", "", 4,
  f"dil modellerini hangi ölçütle kıyasladığımızın, modelin kendisinden daha çok tartışıldığı mesele.<br/><br/>"
  f"bizim laboratuvarda okuma grubu bu dönem bu konuya ayrıldı, ilk hafta klasiklerden başladık. çoktan seçmeli sınavların"
  f" atası sayılabilecek çalışma: <br/>\"{T('2009.03300')}\" (arXiv:2009.03300) - {au('2009.03300')}. 57 konu, lise"
  f" seviyesinden meslek sınavlarına kadar. {bkz('çoktan seçmeli soru')}"),
 (156871904, "kırık pergel", 1874522, "04.03.2024 11:47", "04.03.2024 12:03", 1,
  "sınav skorunun bir anlamı olduğuna inananların başlığı. veri sızıntısı diye bir şey var" + ab("veri kirlenmesi") +
  ", test sorularının yarısı zaten eğitim verisinde. <br/><br/>edit: ok, haklısınız, sızıntı analizi yapan makaleler de var. yine de skorlara temkinli bakın."),
 (156873318, "aylin_ve_transformer", 2410097, "04.03.2024 14:20", "", 9,
  f"insan yerine başka bir modeli hakem yapmak. kulağa saçma geliyor ama insan tercihleriyle uyumu şaşırtıcı derecede yüksek:<br/>"
  f"{T('2306.05685')}<br/>{au('2306.05685')}, 2023<br/>{url('https://arxiv.org/abs/2306.05685')}<br/><br/>"
  f"konum yanlılığı (ilk cevabı kayırma) ve uzun cevabı kayırma sorunları da makalede açıkça tartışılıyor. liderlik tablosunu"
  f" (arena) makaleyle karıştırmayın, tablo ayrı bir şey. {bkz('chatbot arena liderlik tablosu')}"),
 (156875540, "sözlükte son perde", 998341, "04.03.2024 19:05", "", 0,
  "bu başlıkta neden herkes ingilizce makale adı yazıyor diye soran olursa: çünkü türkçe karşılığı yok, olsa da kimse kullanmıyor."),
 (156879961, "gece vardiyası mühendisi", 2231871, "05.03.2024 09:31", "", 6,
  f"ikinci hafta ajanlara geçtik. düşünce zinciri ile araç kullanımını sırayla yaptıran çalışma:<br/>"
  f"\"{T('2210.03629')}\" ({au('2210.03629')}, ICLR 2023)<br/>{url('https://openreview.net/forum?id=WE_vluYUL-X')}<br/><br/>"
  f"hotpotqa ve alfworld deneyleri var; kod deposu ayrıca github'da, onu da okuma listesine koymuşlar ama depo makale değil tabii."
  f" {bkz('ajan')} {bkz('araç kullanımı')}"),
 (156880217, "boşluk karakteri", 2519004, "05.03.2024 10:02", "", 2,
  "alfworld ne diye sordum, metin tabanlı ev ortamı simülasyonuymuş. oyun gibi bir şey" + ab("alfworld") + "."),
 (156884473, "aylin_ve_transformer", 2410097, "05.03.2024 16:44", "05.03.2024 17:10", 12,
  f"uzun bağlam meselesi ayrı bir başlığı hak ediyor ama buraya da yazayım. 100 bin tokenlik bağlam penceresi olan modelin,"
  f" bilginin ortasını neredeyse görmediğini gösteren çalışma:<br/><br/>{T('2307.03172')}<br/>{url('https://arxiv.org/abs/2307.03172')}<br/><br/>"
  f"bağlam penceresini eğitim sonrası genişletmek için konum kodlamasını ölçekleyen yöntem de şu:<br/>"
  f"{T('2306.15595')} - {au('2306.15595')}<br/>{url('https://arxiv.org/pdf/2306.15595.pdf')}<br/><br/>"
  f"edit: ikincisinin pdf linki düzeltildi."),
 (156885002, "kırık pergel", 1874522, "05.03.2024 17:32", "", 0,
  "ortada kaybolmak demek. bizim ekip toplantılarında da aynısı oluyor, ilk ve son söylenen hatırlanıyor " + bkz("recency etkisi")),
 (156889710, "dr. sahte profil", 2602218, "06.03.2024 08:55", "", 3,
  "ders olarak takip etmek isteyen varsa üniversitenin açık ders sayfasında \"büyük dil modelleri: değerlendirme ve güvenlik\""
  " dersi var, video kayıtları ile. makale değil ders, o yüzden listeye koymadım."),
 (156893385, "gece vardiyası mühendisi", 2231871, "06.03.2024 13:20", "06.03.2024 13:41", 7,
  f"üçüncü haftanın listesi, linkleri grubun paylaşılan klasöründe:<br/><br/>"
  f"- {T('2206.04615')} ({au('2206.04615', 2)}) - 200'den fazla görev, topluluk katkısıyla<br/>"
  f"- {T('2307.15818')} ({au('2307.15818', 2)}) - robot kontrolüne web bilgisini taşıma<br/>"
  f"- {T('2010.00904')} ({au('2010.00904', 2)}) - varlık adını karakter karakter üreterek bulma<br/><br/>"
  f"sonuncusu değerlendirmeyle doğrudan ilgili değil ama retrieval tartışmasına girdik, hoca ekledi."),
 (156894120, "boşluk karakteri", 2519004, "06.03.2024 14:02", "", 1,
  "robot makalesini değerlendirme başlığına koymak biraz zorlama olmuş. " + bkz("robot öğrenmesi")),
 (156901337, "lm_harness_sever", 2650013, "07.03.2024 11:18", "", 5,
  "pratikte bu ölçütleri tek tek kodlamayın; lm-evaluation-harness deposu hepsini hazır çalıştırıyor. "
  + url("https://github.com/example-org/lm-evaluation-harness") + "<br/>(depo bağlantısı bizim kurumun aynası, asıl depo değil)"),
 (156905544, "sözlükte son perde", 998341, "07.03.2024 22:40", "", 0,
  "hakem model, değerlendirilen model, değerlendiren insan... sonunda kimin kimi değerlendirdiği belirsizleşti."),
]

GUNDEM = [("deprem sonrası kentsel dönüşüm", 312), ("asgari ücret 2024", 1204), ("final haftası", 87),
          ("büyük dil modellerinin değerlendirilmesi", 13), ("istanbul'da kiralar", 455), ("kahve fiyatları", 98),
          ("yapay zeka ile ödev yapmak", 241), ("bugün öğrendiğim şey", 66), ("tez savunması", 39),
          ("ekşi sözlük yazarlarının uyku saatleri", 22)]

lis = []
for eid, nick, uid, date, edit, fav, body in ENTRIES:
    d = date + (" ~ " + (edit[-5:] if edit[:10] == date[:10] else edit) if edit else "")
    slug = nick.replace(" ", "-").replace(".", "").replace("_", "-")
    slug = slug.translate(str.maketrans("çğıöşü", "cgiosu"))
    lis.append(f'''    <li data-id="{eid}" data-author="{nick}" data-author-id="{uid}" data-flags="share msg report vote" data-isfavorite="false" data-favorite-count="{fav}" data-seyler-slug="" data-comment-count="0">
      <div class="content">
        {body}
      </div>
      <footer>
        <div class="feedback-container"><div class="feedback"><a class="like" title="şükela!">+</a><a class="dislike" title="çok kötü">-</a><a class="favorite-link" title="favorilere ekle"></a><a class="favorite-count toggles">{fav}</a></div></div>
        <div class="info">
          <div class="entry-footer-bottom">
            <div class="footer-info">
              <div id="entry-nick-container"><div id="entry-author"><a class="entry-author" href="/biri/{slug}">{nick}</a></div></div>
              <div><a class="entry-date permalink" href="/entry/{eid}">{d}</a></div>
            </div>
          </div>
        </div>
      </footer>
    </li>''')

gundem = "\n".join(f'        <li><a href="/{g.replace(" ", "-")}--{7400000 + i * 3571}?a=popular">{g} <small>{n}</small></a></li>'
                   for i, (g, n) in enumerate(GUNDEM))
TITLE = "büyük dil modellerinin değerlendirilmesi"
html = f'''<!DOCTYPE html>
<html lang="tr" class="no-js">
<head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <title>{TITLE} - ekşi sözlük</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="dil modellerini hangi ölçütle kıyasladığımızın, modelin kendisinden daha çok tartışıldığı mesele.">
  <link rel="canonical" href="https://eksisozluk.com/buyuk-dil-modellerinin-degerlendirilmesi--7512346">
  <link rel="stylesheet" href="https://ekstat.com/css/eksisozluk.min.css?v=20240301">
  <script>var eksi = {{ "topicId": 7512346, "pageCount": 1, "currentPage": 1, "isLoggedIn": false }};</script>
</head>
<body class="theme-default">
  <header id="top-bar">
    <div id="logo"><a href="/" title="ekşi sözlük - kutsal bilgi kaynağı">ekşi sözlük</a></div>
    <div id="search-form"><form action="/" method="get"><input type="text" name="q" id="search-textbox" placeholder="başlık, #entry, @yazar" autocomplete="off"><button type="submit" title="getir">getir</button></form></div>
    <nav id="top-navigation"><ul><li><a href="/giris">giriş</a></li><li><a href="/kayit">kayıt ol</a></li></ul></nav>
  </header>
  <nav id="sub-navigation"><ul><li><a href="/basliklar/gundem">gündem</a></li><li><a href="/debe">debe</a></li><li><a href="/basliklar/kanal/bilim">#bilim</a></li><li><a href="/basliklar/kanal/teknoloji">#teknoloji</a></li><li><a href="/basliklar/kanal/eğitim">#eğitim</a></li></ul></nav>
  <div id="container">
    <aside id="aside-left">
      <h2>gündem</h2>
      <ul class="topic-list partial">
{gundem}
      </ul>
      <div class="ad-banner ad-double-click" id="sidebar-ad-1"><ins data-ad-slot="eksi_sidebar_300x250"></ins><small>reklam</small></div>
    </aside>
    <div id="main">
      <div id="topic">
        <h1 id="title" data-title="{TITLE}" data-id="7512346" data-slug="buyuk-dil-modellerinin-degerlendirilmesi"><a href="/buyuk-dil-modellerinin-degerlendirilmesi--7512346"><span itemprop="name">{TITLE}</span></a></h1>
        <div class="sub-title-menu"><a href="?a=search&amp;focusto=">başlıkta ara</a> <a href="?a=nice">şükela</a> <a href="?a=dailynice">bugün</a></div>
        <div class="pager" data-currentpage="1" data-pagecount="1"></div>
        <div class="ad-banner ad-double-click" id="topic-ad-top"><ins data-ad-slot="eksi_topic_728x90"></ins><small>reklam</small></div>
  <ul id="entry-item-list" class="topic-list">
{chr(10).join(lis)}
  </ul>
        <div class="pager" data-currentpage="1" data-pagecount="1"></div>
        <section id="related-topics"><h2>ilgili başlıklar</h2><ul>
          <li><a href="/yapay-zeka--31415">yapay zeka</a></li>
          <li><a href="/dil-modeli-ile-odev-yazdirmak--7399001">dil modeli ile ödev yazdırmak</a></li>
          <li><a href="/lm-evaluation-harness--7488310">lm-evaluation-harness</a></li>
        </ul></section>
      </div>
    </div>
  </div>
  <footer id="site-footer"><ul><li><a href="/iletisim">iletişim</a></li><li><a href="/kurallar">kurallar</a></li><li><a href="/gizlilik">gizlilik</a></li><li>© 1999-2024 ekşi sözlük</li></ul></footer>
  <script src="https://ekstat.com/js/eksisozluk.min.js?v=20240301"></script>
</body>
</html>
'''
write_only(F, html, keys(F))
