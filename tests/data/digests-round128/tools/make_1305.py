#!/usr/bin/env python3
"""1305: a tune (blog post) on Techtunes, the Bangladeshi tech-blogging community, with its tunements (comments),
saved from the browser as HTML only (a Dhaka-like student's post on vision models and robustness, in Bengali). The
page: lang bn, <title> = the tune's title + ` | টেকটিউনস`, canonical = og:url = the tune's `/tune-id/<n>` URL and the
same id in the article, the tuner, the publication date written in Bengali digits with its weekday and part of day
(সকাল / দুপুর / বিকাল / সন্ধ্যা / রাত, 12-hour clock), read and জোসস counts in Bengali digits, percent-encoded tag URLs,
the tunement count `টিউমেন্ট সমূহ (N টি)`, tunements threaded (replies in an <ol class="children"> after their parent,
none before the post), a login-to-comment form and the footer. Papers: arXiv abs / pdf links, an `arXiv:` id, titles
alone; timm, torchvision's docs, ImageNet, COCO, a dataset, a Kaggle competition and a YouTube video are not
papers."""
import datetime as dt, html, os, sys
from urllib.parse import quote
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1305, keys

HOST = "https://www.techtunes.example.io"
TUNE = 1042387
BN = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
WD = ["সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার", "রবিবার"]
MON = ["জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর"]
E = lambda s: html.escape(s, quote=False)


def part(h):
    return "ভোর" if 4 <= h < 6 else "সকাল" if h < 12 and h >= 6 else "দুপুর" if 12 <= h < 15 else "বিকাল" if 15 <= h < 18 else "সন্ধ্যা" if 18 <= h < 20 else "রাত"


def bdate(t):
    h12 = t.hour % 12 or 12
    return f"{WD[t.weekday()]}, {t.day:02d} {MON[t.month - 1]} {t.year}, {part(t.hour)} {h12:02d}:{t.minute:02d}".translate(BN)


def a(u):
    return f'<a href="{html.escape(u)}" rel="nofollow noopener" target="_blank">{E(u)}</a>'


TITLE = "ইমেজ ক্লাসিফিকেশনে ViT বনাম CNN: কোন পেপারগুলো আগে পড়বেন (পর্ব ২)"
POSTED = dt.datetime(2024, 3, 7, 21, 15)
CONTENT = [
 "<p>আসসালামু আলাইকুম। প্রথম পর্বে আমরা CNN থেকে ViT পর্যন্ত ইতিহাসটা দেখেছিলাম। এই পর্বে সেই পেপারগুলোর কথা বলব যেগুলো আমি থিসিসের সময় বারবার পড়েছি। প্রতিটার সাথে লিংক দিলাম, যেগুলোর লিংক পাইনি সেগুলোর শুধু নাম দিলাম — গুগল করলেই পাবেন।</p>",
 "<h2>১. আর্কিটেকচার</h2>",
 f"<p><strong>{T('2103.14030')}</strong><br>{a('https://arxiv.org/abs/2103.14030')}<br>উইন্ডোর ভেতরে অ্যাটেনশন আর পরের লেয়ারে উইন্ডো সরিয়ে দেওয়া (shifted window) — এতে কম্পিউটেশন ইমেজের সাইজের সাথে লিনিয়ার হয়। ডিটেকশন আর সেগমেন্টেশনে ব্যাকবোন হিসেবে খুব জনপ্রিয়।</p>",
 f"<p><strong>{T('2104.00298')}</strong><br>{a('https://arxiv.org/abs/2104.00298')}<br>CNN এখনো মরেনি! progressive learning দিয়ে ছোট ইমেজ থেকে ট্রেনিং শুরু করে ধীরে ধীরে বড় ইমেজে যায়। কম জিপিইউতে কাজ করলে এটাই আমার প্রথম পছন্দ।</p>",
 f"<p><strong>{T('2106.04560')}</strong> (arXiv:2106.04560)<br>মডেল, ডেটা আর কম্পিউট একসাথে বাড়ালে ViT কেমন করে — স্কেলিং ল-এর গ্রাফগুলো অবশ্যই দেখবেন।</p>",
 "<h2>২. ডেটা অগমেন্টেশন</h2>",
 f"<p><strong>{T('2012.07177')}</strong><br>{a('https://arxiv.org/pdf/2012.07177.pdf')}<br>এক ইমেজের অবজেক্ট কেটে আরেক ইমেজে বসিয়ে দেওয়া — এত সহজ আইডিয়া, অথচ COCO-তে ইনস্ট্যান্স সেগমেন্টেশনে বড় উন্নতি।</p>",
 "<h2>৩. রোবাস্টনেস আর শর্টকাট</h2>",
 f"<p><strong>{T('2103.14586')}</strong> (ICCV 2021)<br>ViT কি CNN-এর চেয়ে বেশি রোবাস্ট? প্যাচ সরিয়ে দেওয়া, নয়েজ যোগ করা ইত্যাদি পরীক্ষা আছে। আমার থিসিসের রিলেটেড ওয়ার্কের বড় অংশ এই পেপার থেকে।</p>",
 f"<p><strong>{T('2004.07780')}</strong> (Nature Machine Intelligence, 2020)<br>মডেল কেন ভুল কারণে সঠিক উত্তর দেয় — যেমন গরুর ছবিতে ঘাস দেখে গরু চেনা। পড়তে সহজ, গণিত প্রায় নেই।</p>",
 "<h2>৪. কোড আর রিসোর্স</h2>",
 f"<ul><li>timm লাইব্রেরি: {a('https://github.com/huggingface/pytorch-image-models')}</li><li>torchvision-এর মডেল ডকুমেন্টেশন: {a('https://pytorch.org/vision/stable/models.html')}</li><li>ImageNet-1k আর COCO 2017 ডাউনলোডের আগে লাইসেন্স পড়ে নেবেন।</li><li>প্র্যাকটিসের জন্য Kaggle-এর Plant Pathology 2021 প্রতিযোগিতাটা ভালো।</li></ul>",
 "<p>পরের পর্বে ডিটেকশন (DETR পরিবার) নিয়ে লিখব। কোনো ভুল থাকলে টিউমেন্টে জানাবেন। ধন্যবাদ!</p>",
]
TAGS = ["ডিপ লার্নিং", "কম্পিউটার ভিশন", "ViT", "পেপার রিভিউ"]
COMMENTS = [  # (id, author, time, text, replies)
 (88213, "সাব্বির আহমেদ", dt.datetime(2024, 3, 8, 10, 2),
  f"দারুণ লিখেছেন ভাই! Domain shift নিয়ে একটা যোগ করতে পারেন: {T('2007.01434')} {a('https://arxiv.org/abs/2007.01434')} — ওদের DomainBed কোডবেস দিয়ে সহজে বেঞ্চমার্ক চালানো যায়।",
  [(88219, "রাকিব হাসান", dt.datetime(2024, 3, 8, 12, 40), "ধন্যবাদ সাব্বির ভাই, পর্ব ৩-এ রাখব ইনশাআল্লাহ।")]),
 (88240, "নুসরাত জাহান", dt.datetime(2024, 3, 8, 21, 30),
  f"রিমোট সেন্সিং ইমেজে change detection নিয়ে কাজ করছি। {T('2103.14146')} পেপারটা কি কেউ পড়েছেন? ICCV 2021-এর।",
  [(88251, "রাকিব হাসান", dt.datetime(2024, 3, 9, 8, 15), "পড়েছি আপু, ভালো পেপার। ওদের CLEVR-Multi-Change ডেটাসেটটাও দেখবেন, কোড গিটহাবে আছে।")]),
 (88277, "tanvir_cse", dt.datetime(2024, 3, 9, 16, 20),
  "timm-এ EfficientNetV2-এর pretrained weight আছে, <code>timm.create_model('tf_efficientnetv2_s', pretrained=True)</code> দিয়ে লোড করা যায়। Colab-এর T4 জিপিইউতে ব্যাচ ৬৪ চলে।", []),
 (88302, "মাহমুদুল", dt.datetime(2024, 3, 10, 22, 5),
  "ভাই ভিডিও টিউটোরিয়াল থাকলে দিয়েন। ইউটিউবে বাংলায় এই টপিকে বেশি কিছু পাই না।", []),
]
NC = sum(1 + len(r) for *_, r in COMMENTS)
URL = f"{HOST}/programming/tune-id/{TUNE}"


def cm(cid, au_, t, txt, reply=False):
    return (f'<li class="tunement{" reply" if reply else ""}" id="tunement-{cid}"><div class="tunement-author">{E(au_)}</div>'
            f'<div class="tunement-date"><time datetime="{t.isoformat()}+06:00">{bdate(t)}</time></div>'
            f'<div class="tunement-body"><p>{txt}</p></div>')


o = ["<!DOCTYPE html>", '<html lang="bn">', "<head>", '<meta charset="utf-8">',
     '<meta name="viewport" content="width=device-width, initial-scale=1">',
     f"<title>{E(TITLE)} | টেকটিউনস</title>", f'<meta property="og:title" content="{html.escape(TITLE)}">',
     f'<meta property="og:url" content="{URL}">', f'<link rel="canonical" href="{URL}">',
     f'<link rel="stylesheet" href="{HOST}/assets/css/tt-main.css?ver=5.8.2">', "</head>", '<body class="single-tune">',
     f'<header class="tt-header"><a class="tt-logo" href="{HOST}/">টেকটিউনস</a><nav><ul><li><a href="{HOST}/">হোম</a></li>'
     f'<li><a href="{HOST}/category/programming">প্রোগ্রামিং</a></li><li><a href="{HOST}/tuners">টিউনারবৃন্দ</a></li><li><a href="{HOST}/login">লগইন</a></li></ul></nav></header>',
     f'<article class="tune" id="tune-{TUNE}">', f'<h1 class="tune-title">{E(TITLE)}</h1>',
     f'<div class="tune-meta"><span class="tuner">টিউনার: <a href="{HOST}/tuner/rakibhasan">রাকিব হাসান</a></span> '
     f'<span class="tune-date">প্রকাশিত: <time datetime="{POSTED.isoformat()}+06:00">{bdate(POSTED)}</time></span> '
     f'<span class="tune-cat">বিভাগ: <a href="{HOST}/category/programming">প্রোগ্রামিং</a></span> '
     f'<span class="tune-views">টিউনটি পড়া হয়েছে {"২,৪১৭"} বার</span> <span class="tune-jos">জোসস: {"৩৮"}</span></div>',
     '<div class="tune-content">', *CONTENT, "</div>",
     '<div class="tune-tags">ট্যাগ: ' + ", ".join(f'<a href="{HOST}/tag/{quote(t.replace(" ", "-"))}" rel="tag">{E(t)}</a>' for t in TAGS) + "</div>",
     "</article>", '<section id="tunements">', f"<h3>টিউমেন্ট সমূহ ({str(NC).translate(BN)} টি)</h3>", '<ol class="tunement-list">']
for cid, au_, t, txt, reps in COMMENTS:
    o.append(cm(cid, au_, t, txt))
    if reps:
        o.append('<ol class="children">')
        for rid, rau, rt, rtxt in reps:
            o.append(cm(rid, rau, rt, rtxt, True) + "</li>")
        o.append("</ol>")
    o.append("</li>")
o += ["</ol>", f'<form class="tunement-form" action="{HOST}/login?redirect_to={quote(URL, safe="")}" method="get"><p>টিউমেন্ট করতে <a href="{HOST}/login">লগইন</a> করুন।</p></form>',
      "</section>", f'<footer class="tt-footer"><p>© ২০০৭–২০২৪ টেকটিউনস। টিউনারদের লেখার দায় টিউনারদের নিজের।</p></footer>', "</body>", "</html>"]
text = "\n".join(o) + "\n"
write_only(F1305, text, keys(F1305))
