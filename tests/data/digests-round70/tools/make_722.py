#!/usr/bin/env python3
"""722: what an Isso comment server answers to `GET /?uri=%2F2024%2F03%2Fozdenetimli-ogrenme-notlari%2F&nested_limit=5`
(Python json.dumps: ", " / ": " separators, ensure_ascii escapes \\uXXXX, keys in Isso's order): the thread's
{id, total_replies, hidden_replies, replies [...], config}, each comment {id, parent, created, modified, mode, text
(HTML rendered from Markdown by Isso, links with rel="nofollow noopener"), author, website, likes, dislikes,
notification, hash, total_replies, hidden_replies, replies}; replies one level deep (Isso flattens deeper answers to
the top comment). Comments under a Turkish blog post on self-supervised and vision-language learning."""
import html, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import F722, keys

E = lambda s: html.escape(s, quote=False)
A = lambda u, t=None: f'<a href="{u}" rel="nofollow noopener">{E(t or u)}</a>'
t0 = 1710155421.804132
ids = iter(range(41, 80))
HASH = iter(["5b6f3e0a9c21", "e09d7c4a11b8", "8f2ad1c06b7e", "c3b1f8e2d490", "17ae5c9b3f02", "a44e0d7c8b15",
             "2d9f61b0ce73", "bb07e4a2f9c6", "6c18d3f5a0e9", "f2a6b9c1d835"])


def au(k, n=2):
    a = authors(k)
    return ", ".join(a[:n]) + (" vd." if len(a) > n else "")


def c(dt, author, website, paras, likes=0, parent=None, replies=(), mod=None):
    cid = next(ids)
    d = {"id": cid, "parent": parent, "created": round(t0 + dt, 6), "modified": (round(t0 + dt + mod, 6) if mod else None),
         "mode": 1, "text": "\n".join(f"<p>{p}</p>" for p in paras), "author": author, "website": website,
         "likes": likes, "dislikes": 0, "notification": 0, "hash": next(HASH)}
    rs = [r(cid) for r in replies]
    d.update({"total_replies": len(rs), "hidden_replies": 0, "replies": rs})
    return d


R = lambda *a, **k: (lambda pid: c(*a, parent=pid, **k))

thread = [
 c(3600, "Elif K.", None, [
    "Yazı için teşekkürler! Karşılaştırmalı öğrenmenin çıkış noktası olarak şu makaleyi de eklemek lazım bence:",
    f"<strong>{E(T('2002.05709'))}</strong> ({E(au('2002.05709'))}) — {A('https://arxiv.org/abs/2002.05709')}",
    "Özellikle veri artırma kombinasyonlarının etkisini gösteren tablo çok öğretici."], likes=4,
   replies=[R(7200, "Burak Yılmaz", "https://burakyilmaz.example.com.tr", [
    "Katılıyorum. Ben de negatif örneksiz yöntemleri karşılaştırmak için şunu okudum: "
    f"<em>{E(T('2011.10566'))}</em>. Stop-gradient'in neden çöküşü engellediği bölümü yazıda biraz eksik kalmış.",
    "Link vermiyorum, başlıkla aratınca ilk sonuç zaten."], likes=2)]),
 c(18000, "Deniz", None, [
    "Gürültülü etiketler konusunu da eklemişsiniz, güzel. Orijinal makale ve hakem yorumları burada:",
    f"{E(T('2103.13646'))} — {A('https://openreview.net/forum?id=uB5x7Y2qsFR')}",
    "Bizim laboratuvarda tıbbi görüntülerde aynı fikri denedik, ön eğitim aşaması gerçekten fark yaratıyor."], likes=3),
 c(86400 + 2000, "Selin A.", None, [
    "Görüntü dönüştürücüleri (transformer) tarafında iki öneri:",
    f"1) {E(T('2104.14294'))} — öğretmen-öğrenci kurulumu ve ortaya çıkan dikkat haritaları için.<br>\n"
    f"2) {E(T('2304.07193'))} — {A('https://arxiv.org/abs/2304.07193', 'arxiv.org/abs/2304.07193')}",
    "İkincisinin veri küratörlüğü kısmı (LVD-142M) bence yazının en eksik yanı."], likes=5, mod=540,
   replies=[R(86400 + 5400, "Yazar (Mert)", "https://mertin-defteri.example.com", [
    "Haklısın Selin, bir sonraki yazıda veri küratörlüğünü ayrıca ele alacağım. Önerilerin için teşekkürler!"], likes=1)]),
 c(2 * 86400 + 600, "Okan", None, [
    "Konuşma tarafını unutmayalım: {} (arXiv:2106.07447). Maskeli tahmin fikrinin sese nasıl taşındığını görmek için iyi "
    "bir örnek.".format(E(T("2106.07447")))]),
 c(3 * 86400 + 4000, "Zeynep T.", "https://zeynept.example.org", [
    "Görme-dil kısmı için benim favorim:",
    f"{E(T('2301.12597'))} — {A('https://arxiv.org/pdf/2301.12597.pdf')}",
    "Dondurulmuş görüntü kodlayıcı + dondurulmuş dil modeli, aradaki küçük Q-Former ile. Kaynak kısıtlı laboratuvarlar için "
    "çok mantıklı.",
    f"Bir de değişiklik tespiti üzerine daha niş bir çalışma: <em>{E(T('2103.14146'))}</em> (Qiu vd.). "
    "Uydu görüntüleriyle çalışanlar için ilginç olabilir."], likes=2,
   replies=[R(3 * 86400 + 9000, "Burak Yılmaz", "https://burakyilmaz.example.com.tr", [
    "Q-Former kısmını Hugging Face'teki <code>transformers</code> belgelerinden takip etmek daha kolay, "
    "not olarak ekleyeyim (makale değil, dokümantasyon)."])]),
 c(4 * 86400 + 1200, "anonim", None, [
    "Türkçe kaynak arayanlar için: YZ Okuma Grubu'nun YouTube kanalında bu yöntemlerin anlatıldığı bir seri var. "
    "Ayrıca solo-learn ve lightly kütüphaneleri hızlı deneme için iyi."]),
]
total = sum(1 + len(x["replies"]) for x in thread)
root = {"id": None, "total_replies": len(thread), "hidden_replies": 0, "replies": thread,
        "config": {"reply-to-self": False, "require-email": False, "require-author": True, "reply-notifications": False,
                   "gravatar": False, "avatar": True, "feedback": False}}
text = json.dumps(root)
write_only(F722, text, keys(F722), forms=[json.dumps(root, ensure_ascii=False, indent=1)])
