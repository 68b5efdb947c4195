#!/usr/bin/env python3
"""1345: a Hindi blog post with threaded comments on a personal Mezzanine site (the Django CMS's blog app with its
default Bootstrap 3 templates), saved by Firefox as "Web Page, HTML only": the site's English chrome (navbar,
breadcrumb, `Posted by:`, Keywords, `Comments`, the comment form with Django's csrfmiddlewaretoken) around Hindi
content. Times are Django's `timesince` as Mezzanine prints them (`3 weeks, 2 days ago`: the two largest adjacent
units of 365-day years, 30-day months, weeks, days, hours, minutes, number and unit joined by a no-break space U+00A0),
computed from the post's and comments' times to the moment the page was saved (6 April 2024, 21:10 IST); comments in
submit order, replies nested inside their parent's media-body, gravatar images by the md5 of the commenter's e-mail.
Papers: arXiv abs / pdf links in the post, an `arXiv:` id, four titles alone (the post and the comments); detectron2,
the Transformers docs, the Graphormer repository, the OGB leaderboard, the Dodrio demo and a talk video are not
papers."""
import datetime as dt, hashlib, html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1345, keys

IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
NOW = dt.datetime(2024, 4, 6, 21, 10, 0, tzinfo=IST)
E = lambda s: html.escape(s, quote=False)
CHUNKS = [(365 * 86400, "year"), (30 * 86400, "month"), (7 * 86400, "week"), (86400, "day"), (3600, "hour"), (60, "minute")]


def timesince(d):
    since = int((NOW - d).total_seconds())
    for i, (sec, name) in enumerate(CHUNKS):
        c = since // sec
        if c: break
    out = f"{c}\u00a0{name}{'s' if c != 1 else ''}"
    if i + 1 < len(CHUNKS):
        sec2, name2 = CHUNKS[i + 1]
        c2 = (since - sec * c) // sec2
        if c2: out += f", {c2}\u00a0{name2}{'s' if c2 != 1 else ''}"
    return out + " ago"


def grav(mail):
    return f"https://www.gravatar.com/avatar/{hashlib.md5(mail.lower().encode()).hexdigest()}?s=48&amp;d=identicon"


POSTED = dt.datetime(2024, 3, 12, 22, 40, tzinfo=IST)
TITLE = "ट्रांसफ़ॉर्मर अब सिर्फ़ टेक्स्ट के लिए नहीं"
body = f"""<p>पिछले हफ़्ते हमारे रीडिंग ग्रुप में सवाल उठा कि ट्रांसफ़ॉर्मर भाषा के बाहर कहाँ-कहाँ काम आ रहा है। यह पोस्ट उसी चर्चा का सार है — चार पेपर, कुछ कोड और मेरी अपनी टिप्पणियाँ।</p>
<h3>1. दो तस्वीरों में मेल ढूँढना</h3>
<p><a href="https://arxiv.org/abs/2103.14167">{E(T('2103.14167'))}</a> — COTR एक तस्वीर के किसी बिंदु को query बनाकर दूसरी तस्वीर में उसका मेल सीधे regress करता है। Zoom-in वाली तरकीब मुझे सबसे अच्छी लगी।</p>
<h3>2. ऑब्जेक्ट डिटेक्शन</h3>
<p><a href="https://arxiv.org/pdf/2010.04159.pdf">{E(T('2010.04159'))}</a> — मूल DETR धीरे converge होता था; deformable attention हर query के लिए कुछ ही sampling points देखता है। चलाना हो तो <a href="https://huggingface.co/docs/transformers/model_doc/deformable_detr">Transformers के docs</a> या <a href="https://github.com/facebookresearch/detectron2">detectron2</a> से शुरू करें।</p>
<h3>3. बदलाव का वर्णन</h3>
<p><a href="https://arxiv.org/abs/2103.14146">{E(T('2103.14146'))}</a> — दो तस्वीरों के बीच कई बदलावों को ढूँढकर उनका वाक्यों में वर्णन। डेटासेट छोटा है, पर विचार दिलचस्प है।</p>
<h3>4. ग्राफ़</h3>
<p>“{E(T('2106.05234'))}” — Graphormer, जिसने OGB-LSC में अच्छा प्रदर्शन किया। कोड: <a href="https://github.com/microsoft/Graphormer">microsoft/Graphormer</a>, लीडरबोर्ड: <a href="https://ogb.stanford.edu/docs/leader_graphprop/">OGB</a>।</p>
<h3>बोनस: अटेंशन को देखना</h3>
<p>{E(T('2103.14625'))} (arXiv:2103.14625) — ब्राउज़र में attention heads को इंटरैक्टिव ढंग से देखने का टूल। डेमो: <a href="https://poloclub.github.io/dodrio/">poloclub.github.io/dodrio</a>।</p>
<p>अगली पोस्ट में ViT परिवार पर बात होगी। सुझाव नीचे कमेंट में दें।</p>"""
COMMENTS = [  # (id, parent, name, email, url, when, text)
    (31, None, "अंकिता", "ankita.s@mail.example.in", "", dt.datetime(2024, 3, 13, 9, 15, tzinfo=IST),
     f"बहुत अच्छा सार! entity linking के लिए “{T('2010.00904')}” भी देखिए — GENRE नाम से, entity का नाम सीधे generate करता है।"),
    (32, 31, "रवि", "ravi@ravi-notes.example.in", "https://ravi-notes.example.in", dt.datetime(2024, 3, 13, 21, 2, tzinfo=IST),
     "धन्यवाद अंकिता! GENRE अगली सूची में जोड़ दूँगा।"),
    (35, None, "Harsh Vardhan", "harsh.v@mail.example.in", "", dt.datetime(2024, 3, 18, 23, 47, tzinfo=IST),
     f"LLM evaluation पर भी एक पोस्ट कीजिए — “{T('2206.04615')}” (BIG-bench) में हिंदी वाले tasks भी हैं।"),
    (38, None, "मीनाक्षी", "meenakshi.iyer@mail.example.in", "", dt.datetime(2024, 3, 27, 16, 5, tzinfo=IST),
     "क्या Graphormer को federated setting में train किया जा सकता है? हमारे अस्पताल वाले प्रोजेक्ट में डेटा बाहर नहीं जा सकता।"),
    (39, 38, "रवि", "ravi@ravi-notes.example.in", "https://ravi-notes.example.in", dt.datetime(2024, 3, 28, 8, 30, tzinfo=IST),
     f"सीधा उदाहरण तो नहीं पता, पर “{T('2111.04263')}” (FedDyn) से शुरुआत करें — client drift की समस्या अच्छी तरह समझाता है।"),
]


def comment(c, depth):
    cid, parent, name, mail, url, when, text = c
    who = f'<a href="{url}" rel="nofollow">{E(name)}</a>' if url else E(name)
    kids = "".join(comment(k, depth + 1) for k in COMMENTS if k[1] == cid)
    return (f'<div id="comment-{cid}" class="media">\n'
            f'<a class="pull-left" href="#comment-{cid}"><img class="media-object img-thumbnail" src="{grav(mail)}" alt=""></a>\n'
            f'<div class="media-body">\n<h4 class="media-heading">{who} <span class="timespan">{timesince(when)}</span></h4>\n'
            f'<p>{E(text)}</p>\n<a href="#comment-{cid}">Link</a> | <a href="#reply-{cid}" class="reply">Reply</a>\n'
            f'{kids}</div>\n</div>\n')


comments = "".join(comment(c, 0) for c in COMMENTS if c[1] is None)
CSRF = hashlib.sha256(b"ravi-notes csrf 2024-04-06").hexdigest()
page = f"""<!doctype html>
<html lang="en">
<head>
<meta http-equiv="Content-type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width">
<meta name="keywords" content="transformer, vision, graph, detection">
<meta name="description" content="ट्रांसफ़ॉर्मर भाषा के बाहर: मैचिंग, डिटेक्शन, बदलाव का वर्णन और ग्राफ़।">
<title>{E(TITLE)} | Blog | रवि के नोट्स</title>
<link rel="shortcut icon" href="/static/img/favicon.ico">
<link rel="alternate" type="application/rss+xml" title="RSS" href="/blog/feeds/rss/">
<link rel="alternate" type="application/atom+xml" title="Atom" href="/blog/feeds/atom/">
<link rel="stylesheet" href="/static/CACHE/css/output.5e1c9a7b3f20.css" type="text/css">
<script src="/static/CACHE/js/output.a81d0c6e94b2.js"></script>
</head>
<body id="body">
<div class="navbar navbar-default navbar-fixed-top" role="navigation">
<div class="container">
<div class="navbar-header">
<a class="navbar-brand" href="/">रवि के नोट्स</a>
<p class="navbar-text visible-lg">मशीन लर्निंग, हिंदी में</p>
</div>
<div class="navbar-collapse collapse">
<form action="/search/" class="navbar-form navbar-right" role="search">
<div class="form-group"><input class="form-control" placeholder="Search" type="text" name="q" value=""></div>
<input type="submit" class="btn btn-default" value="Go">
</form>
<ul class="nav navbar-nav"><li class="" id="dropdown-menu-home"><a href="/">Home</a></li><li class="active" id="blog"><a href="/blog/">Blog</a></li><li class="" id="about"><a href="/about/">परिचय</a></li></ul>
</div>
</div>
</div>
<div class="container">
<ul class="breadcrumb">
<li><a href="/">Home</a></li>
<li><a href="/blog/">Blog</a></li>
<li class="active">{E(TITLE)}</li>
</ul>
</div>
<div class="container">
<div class="row">
<div class="col-md-9 middle">
<h1>{E(TITLE)}</h1>
<h6 class="post-meta">
Posted by:
<a href="/blog/author/ravi/">ravi</a>
{timesince(POSTED)}
</h6>
{body}
<div class="keywords">
<h3>Keywords</h3>
<ul class="list-inline tags">
<li><a href="/blog/tag/transformer/" class="label label-default">transformer</a></li>
<li><a href="/blog/tag/vision/" class="label label-default">vision</a></li>
<li><a href="/blog/tag/graph/" class="label label-default">graph</a></li>
</ul>
</div>
<h3>Comments</h3>
<div id="comments">
{comments}<form method="post" id="comment" action="/comment/#comment" class="comment-form">
<input type="hidden" name="csrfmiddlewaretoken" value="{CSRF}">
<input type="hidden" name="content_type" value="blog.blogpost" id="id_content_type">
<input type="hidden" name="object_pk" value="27" id="id_object_pk">
<div class="form-group input_id_name"><label class="control-label" for="id_name">Name</label><input type="text" name="name" class="form-control" maxlength="50" required id="id_name"></div>
<div class="form-group input_id_email"><label class="control-label" for="id_email">Email</label><input type="email" name="email" class="form-control" maxlength="254" required id="id_email"></div>
<div class="form-group input_id_url"><label class="control-label" for="id_url">Website</label><input type="url" name="url" class="form-control" maxlength="200" id="id_url"></div>
<div class="form-group input_id_comment"><label class="control-label" for="id_comment">Comment</label><textarea name="comment" cols="40" rows="10" class="form-control" maxlength="3000" required id="id_comment"></textarea></div>
<input class="btn btn-primary btn-lg" type="submit" value="Comment">
</form>
</div>
</div>
<div class="col-md-3 right">
<h3>Recent Posts</h3>
<ul class="list-unstyled recent-posts">
<li><a href="/blog/attention-kya-hai/">अटेंशन क्या है? — आसान भाषा में</a></li>
<li><a href="/blog/colab-gpu-tips/">Colab पर GPU से ज़्यादा काम लेने के तरीके</a></li>
</ul>
</div>
</div>
</div>
<footer>
<div class="container">
<p>Powered by <a href="http://mezzanine.jupo.org">Mezzanine</a> and <a href="https://www.djangoproject.com">Django</a> · © 2024 रवि के नोट्स</p>
</div>
</footer>
</body>
</html>
"""
write_only(F1345, page, keys(F1345), [html.unescape(page)])
