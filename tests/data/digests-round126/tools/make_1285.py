#!/usr/bin/env python3
"""1285: a blog post with comments on a Serendipity (s9y) blog with the 2k11 theme, saved from the browser as HTML
(Hindi; a Pune-like computer-vision student's blog): the generator meta `Serendipity v.2.4.0`, <title> = the entry
title + ` - ` + the blog title, s9y permalinks `/archives/<id>-<slug>.html` and `/categories/<id>-<name>`, RSS / Atom
/ pingback links, the byline with a Hindi date, the tags plugin's `/plugin/tag/<tag>` links, the comments in
threaded view numbered `#1`, `#1.1`, `#2` … with `c<id>` anchors and reply links whose onclick sets replyTo, the
trackback section, the comment form posting to comment.php with the entry id, and the "Powered by Serendipity"
colophon. Papers: an OpenReview forum link, arXiv abs / pdf links (one in the owner's reply), an `arXiv:` id in a
comment, titles alone; libraries, datasets, a video and a book are not papers."""
import html, os, sys
from urllib.parse import quote
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1285, keys

B = "https://blog.rohitverma.example.in"
EID, SLUG = 57, "ViT-se-ConvNeXt-tak-vision-backbone-padhne-ki-suchi"
BLOG, SUB = "कोड और कैमरा", "कंप्यूटर विज़न पर हिंदी में नोट्स"
TITLE = "ViT से ConvNeXt तक: विज़न बैकबोन पढ़ने की मेरी सूची"
PERMA = f"{B}/archives/{EID}-{SLUG}.html"
E = lambda s: html.escape(s, quote=False)
TAGS = ["ViT", "Swin", "ConvNeXt", "object detection", "पढ़ने की सूची"]


def time_(iso, shown):
    return f'<time datetime="{iso}">{shown}</time>'


post = f"""<p>पिछले महीने लैब में तय हुआ कि हर कोई अपने प्रोजेक्ट के लिए बैकबोन चुनने से पहले "बुनियादी" पेपर ख़ुद पढ़ेगा, सिर्फ़ <code>timm</code> से मॉडल उठाकर नहीं। यह पोस्ट मेरी सूची है — किस क्रम में पढ़ा और क्या याद रखने लायक लगा।</p>
<h3>1. ट्रांसफ़ॉर्मर की एंट्री</h3>
<p>शुरुआत <a href="https://openreview.net/forum?id={OR('2010.11929')}">{E(T('2010.11929'))}</a> से करें। मैंने ICLR वाला संस्करण पढ़ा और OpenReview पर रिव्यू भी — वहाँ "डेटा कितना चाहिए" वाली बहस बहुत काम की है। इसके बाद {E(T('2106.04560'))} पढ़ें: मॉडल, डेटा और कंप्यूट तीनों को साथ बढ़ाने पर ViT कैसे व्यवहार करता है, उसके स्केलिंग कर्व यहीं हैं।</p>
<h3>2. विंडो वाला अटेंशन</h3>
<p><a href="https://arxiv.org/abs/2103.14030">{E(T('2103.14030'))}</a> — डिटेक्शन और सेगमेंटेशन के लिए असली बदलाव यहीं से आया। शिफ़्टेड विंडो का चित्र (Figure 2) दो बार ध्यान से देखिए।</p>
<h3>3. CNN की वापसी</h3>
<p><a href="https://arxiv.org/pdf/2201.03545.pdf">{E(T('2201.03545'))}</a> (PDF) — ResNet को कदम-दर-कदम "आधुनिक" बनाते हुए Swin के बराबर पहुँचना। मेरे हिसाब से इस सूची का सबसे पढ़ने-लायक पेपर।</p>
<h3>4. ट्रेनिंग की तरकीबें</h3>
<p>रेगुलराइज़ेशन पर {E(T('2101.01761'))} भी देखा; ड्रॉपआउट पैटर्न को सीखने का विचार दिलचस्प है, पर हमारे छोटे डेटासेट पर फ़ायदा नहीं दिखा।</p>
<p>कोड के लिए: <a href="https://github.com/huggingface/pytorch-image-models">timm</a>, डिटेक्शन के लिए <a href="https://github.com/open-mmlab/mmdetection">mmdetection</a> और <a href="https://github.com/facebookresearch/detectron2">detectron2</a>। ImageNet-1k और COCO 2017 दोनों लैब सर्वर पर <code>/data/shared</code> में हैं।</p>
<p>अगली पोस्ट में इन्हीं बैकबोन पर हमारे COCO प्रयोगों के नतीजे डालूँगा।</p>"""

comments = [  # id, parent, author, iso, shown, body
 (112, 0, "अनुराग त्रिपाठी", "2024-03-03T14:05:00+05:30", "रविवार, 3 मार्च 2024 02:05 PM",
  f"<p>बढ़िया सूची! डिटेक्शन के लिए DETR परिवार का कुछ नहीं है? ट्रेनिंग धीमी होने की दिक़्क़त किसने हल की थी?</p>"),
 (113, 112, "रोहित वर्मा", "2024-03-03T16:40:00+05:30", "रविवार, 3 मार्च 2024 04:40 PM",
  f'<p>@अनुराग: <a href="https://arxiv.org/abs/2010.04159">{E(T("2010.04159"))}</a> पढ़िए — मल्टी-स्केल डिफ़ॉर्मेबल अटेंशन से कन्वर्जेंस लगभग 10 गुना तेज़। mmdetection में कॉन्फ़िग तैयार है।</p>'),
 (115, 0, "Sneha K.", "2024-03-04T09:12:00+05:30", "सोमवार, 4 मार्च 2024 09:12 AM",
  f"<p>Instance segmentation के लिए augmentation पर {E(T('2012.07177'))} (arXiv:2012.07177) ज़रूर जोड़िए। LVIS पर इसका असर बहुत बड़ा है और लागू करना आसान।</p>"),
 (118, 0, "मनोज", "2024-03-05T21:47:00+05:30", "मंगलवार, 5 मार्च 2024 09:47 PM",
  f"<p>मैं इमेज मैचिंग पर काम कर रहा हूँ, वहाँ {E(T('2103.14167'))} काम का लगा — ट्रांसफ़ॉर्मर से सीधे correspondence निकालना। YouTube पर इसका एक अच्छा वीडियो-वॉकथ्रू भी है: <a href=\"https://www.youtube.com/watch?v=Qm7cTfXb2sE\">यहाँ</a>।</p>"),
 (121, 0, "प्रिया", "2024-03-06T08:30:00+05:30", "बुधवार, 6 मार्च 2024 08:30 AM",
  "<p>शुरुआत करने वालों के लिए कोई किताब? मैं अभी Szeliski की Computer Vision: Algorithms and Applications (दूसरा संस्करण) पढ़ रही हूँ।</p>"),
]


def comment_html(cid, parent, author, iso, shown, body, num, depth):
    cls = "comment" + (" comment_reply" if depth else "") + (" serendipity_comment_author_self" if author == "रोहित वर्मा" else "")
    return [f'<article id="c{cid}" class="{cls}"' + (f' style="margin-left: {depth * 20}px"' if depth else "") + ">",
            f'<h4><span class="comment_author">{E(author)}</span> <span class="comment_date">{time_(iso, shown)}</span></h4>',
            f'<div class="comment_content">{body}</div>',
            f'<footer class="comment_footer"><a class="comment_source_trace" href="#c{cid}">#{num}</a> '
            f'<a class="comment_reply" href="#serendipity_CommentForm" id="serendipity_reply_{cid}" onclick="document.getElementById(\'serendipity_replyTo\').value=\'{cid}\'; return false;">जवाब दें</a></footer>',
            "</article>"]


C, top = [], 0
for cid, parent, *rest in comments:
    if parent == 0:
        top += 1; sub = 0; C += comment_html(cid, parent, *rest, str(top), 0)
    else:
        sub += 1; C += comment_html(cid, parent, *rest, f"{top}.{sub}", 1)
tags = " ".join(f'<a href="{B}/plugin/tag/{quote(t)}" title="{E(t)}" rel="tag">{E(t)}</a>' for t in TAGS)
L = ['<!doctype html>',
     '<!--[if IE 8]> <html class="no-js lt-ie9" lang="hi"> <![endif]-->',
     '<!--[if gt IE 8]><!--> <html class="no-js" lang="hi"> <!--<![endif]-->',
     '<head>', '<meta charset="UTF-8">', f'<title>{E(TITLE)} - {E(BLOG)}</title>',
     '<meta name="generator" content="Serendipity v.2.4.0">',
     '<meta name="viewport" content="width=device-width, initial-scale=1">', '<meta name="robots" content="index,follow">',
     f'<link rel="canonical" href="{PERMA}">',
     f'<link rel="stylesheet" href="{B}/serendipity.css?v=1709452800">',
     f'<link rel="alternate" type="application/rss+xml" title="{E(BLOG)} RSS feed" href="{B}/feeds/index.rss2">',
     f'<link rel="alternate" type="application/x.atom+xml" title="{E(BLOG)} Atom feed" href="{B}/feeds/atom.xml">',
     f'<link rel="pingback" href="{B}/comment.php?type=pingback&amp;entry_id={EID}">',
     f'<script src="{B}/templates/2k11/js/modernizr-2.7.1.min.js"></script>',
     '</head>', '<body>',
     '<a class="visuallyhidden" href="#content"><span lang="en">Skip to content</span></a>',
     '<div id="page" class="clearfix container">',
     '<header id="banner" class="clearfix col-4of5">', '<div id="identity">',
     f'<a href="{B}/">', f'<h1>{E(BLOG)}</h1>', f'<p>{E(SUB)}</p>', '</a>', '</div>',
     f'<form id="searchform" action="{B}/index.php" method="get"><input type="hidden" name="serendipity[action]" value="search"><label for="serendipityQuickSearchTermField" class="visuallyhidden">खोजें</label><input id="serendipityQuickSearchTermField" name="serendipity[searchTerm]" type="search" placeholder="खोजें…" value=""><input id="searchsend" name="serendipity[searchButton]" type="submit" value="जाएँ"></form>',
     '</header>',
     '<nav id="primary-nav" class="clearfix"><ul class="clearfix">'
     f'<li><a href="{B}/">मुखपृष्ठ</a></li><li><a href="{B}/categories/3-Computer-Vision">Computer Vision</a></li><li><a href="{B}/pages/about.html">मेरे बारे में</a></li></ul></nav>',
     '<main id="content" class="clearfix col-4of5">',
     '<article class="post serendipity_entry_%d">' % EID, '<header class="clearfix">',
     f'<h2><a href="{PERMA}">{E(TITLE)}</a></h2>',
     f'<span class="post_byline">रोहित वर्मा द्वारा <a href="{B}/categories/3-Computer-Vision">Computer Vision</a> में, {time_("2024-03-03T10:42:00+05:30", "रविवार, 3 मार्च 2024")}</span>',
     '</header>', '<div class="post_content clearfix">', post, '</div>',
     '<footer class="clearfix">', f'<p class="post_tags">टैग: {tags}</p>',
     f'<p class="post_comments"><a href="{PERMA}#comments">{len(comments)} टिप्पणियाँ</a></p>', '</footer>',
     '</article>',
     '<section id="trackbacks">', '<h3>ट्रैकबैक</h3>',
     f'<p class="trackback_uri">इस प्रविष्टि का ट्रैकबैक URL: <a rel="nofollow" href="{B}/comment.php?type=trackback&amp;entry_id={EID}">{B}/comment.php?type=trackback&amp;entry_id={EID}</a></p>',
     '<p class="nocontent">कोई ट्रैकबैक नहीं</p>', '</section>',
     '<section id="comments">', '<h3>टिप्पणियाँ</h3>',
     f'<p class="manage_comments">दिखाएँ: <a href="{PERMA}?serendipity[cview]=linear#comments">रैखिक</a> | थ्रेडेड</p>',
     *C, '</section>',
     '<section id="reply">', '<h3>टिप्पणी जोड़ें</h3>',
     f'<form id="serendipity_comment" action="{B}/comment.php?type=comment&amp;entry_id={EID}" method="post"><a id="serendipity_CommentForm"></a>'
     f'<input type="hidden" name="serendipity[entry_id]" value="{EID}">'
     '<label for="serendipity_commentform_name">नाम</label><input id="serendipity_commentform_name" type="text" name="serendipity[name]" value="">'
     '<label for="serendipity_commentform_email">ईमेल</label><input id="serendipity_commentform_email" type="email" name="serendipity[email]" value="">'
     '<label for="serendipity_replyTo">जवाब</label><select id="serendipity_replyTo" name="serendipity[replyTo]"><option value="0">[ऊपर का स्तर]</option>'
     + "".join(f'<option value="{c[0]}">#{i}: {E(c[2])}</option>' for i, c in enumerate(comments, 1)) + '</select>'
     '<label for="serendipity_commentform_comment">टिप्पणी</label><textarea id="serendipity_commentform_comment" name="serendipity[comment]" rows="10"></textarea>'
     '<input id="serendipity_submit" type="submit" name="serendipity[submit]" value="भेजें"></form>',
     '</section>', '</main>',
     '<footer id="colophon"><p><span lang="en">Powered by <a href="http://s9y.org">Serendipity</a> &amp; the <i>2k11</i> theme.</span></p></footer>',
     '</div>', '</body>', '</html>']
text = "\n".join(L) + "\n"
write_only(F1285, text, keys(F1285), forms=[html.unescape(text)])
