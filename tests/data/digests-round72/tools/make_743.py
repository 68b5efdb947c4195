#!/usr/bin/env python3
"""743: a FluxBB 1.5 viewtopic.php page (Air style, Hindi language pack): XHTML 1.0 Strict, tab-indented markup,
#brdheader with #brdmenu / #brdwelcome, crumbs, `div.blockpost` posts (`rowodd` / `roweven`, `firstpost`,
`blockpost<n>`) with `h2` permalink + timestamp and `#n`, `dl` user info (title, From, Registered, Posts), `h3`
subject ("Re: …" on replies), `div.postmsg`, quote boxes (`div.quotebox` with `cite`), `p.postedit`, signatures,
numeric entities only (&#160;), and #brdfooter with "Powered by FluxBB". Thread on LLM scaling and training systems."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from common import A, ORL
from make_expected import by_num, keys
from html import escape

F = by_num(743)
k = keys(F)
TOPIC = "स्केलिंग लॉ और बड़े मॉडल की ट्रेनिंग — पढ़ने की सूची"
U = {"अनुराधा_व": ("सदस्य", "इंदौर", "2021-09-14", 412), "rk_sharma": ("नए सदस्य", "पुणे", "2023-11-02", 37),
     "विक्रम.ज": ("मॉडरेटर", "भोपाल", "2019-04-21", 1288), "neha_gpu": ("सदस्य", None, "2022-06-30", 158)}


def a(url, txt=None):
    return f'<a href="{escape(url)}" rel="nofollow">{escape(txt or url)}</a>'


def post(n, pid, who, when, msg, edited=None, sig=None):
    title, frm, reg, cnt = U[who]
    cls = ("rowodd" if n % 2 else "roweven") + (" firstpost" if n == 1 else "") + f" blockpost{n}"
    subj = TOPIC if n == 1 else "Re: " + TOPIC
    dd = [f"\t\t\t\t\t\t<dt><strong>{escape(who)}</strong></dt>",
          f'\t\t\t\t\t\t<dd class="usertitle"><strong>{title}</strong></dd>']
    if frm: dd.append(f"\t\t\t\t\t\t<dd><span>स्थान: {frm}</span></dd>")
    dd += [f"\t\t\t\t\t\t<dd><span>पंजीकृत: {reg}</span></dd>", f"\t\t\t\t\t\t<dd><span>पोस्ट: {cnt}</span></dd>"]
    body = "\n".join("\t\t\t\t\t\t" + l for l in msg)
    ed = f'\n\t\t\t\t\t\t<p class="postedit"><em>अंतिम संपादन {escape(who)} द्वारा ({edited})</em></p>' if edited else ""
    sg = f'\n\t\t\t\t\t<div class="postsignature postmsg"><hr />{sig}</div>' if sig else ""
    return f"""<div id="p{pid}" class="blockpost {cls}">
	<h2><span><span class="conr">#{n}</span> <a href="viewtopic.php?pid={pid}#p{pid}">{when}</a></span></h2>
	<div class="box">
		<div class="inbox">
			<div class="postbody">
				<div class="postleft">
					<dl>
{chr(10).join(dd)}
					</dl>
				</div>
				<div class="postright">
					<h3>{subj}</h3>
					<div class="postmsg">
{body}{ed}
					</div>{sg}
				</div>
			</div>
		</div>
		<div class="inbox">
			<div class="postfoot clearb">
				<div class="postfootleft"><p><span>ऑफ़लाइन</span></p></div>
			</div>
		</div>
	</div>
</div>
"""


P = []
P.append(post(1, 20417, "अनुराधा_व", "2024-03-04 10:12:45", [
    "<p>नमस्ते सभी को! हमारे विश्वविद्यालय के रीडिंग ग्रुप के लिए मैं स्केलिंग और बड़े पैमाने की ट्रेनिंग पर पेपरों की सूची बना रही हूँ। अभी तक यह है:</p>",
    "<ul>",
    f"<li><strong>{escape(T('2001.08361'))}</strong> — {escape(au('2001.08361', 3))}<br />{a(A('2001.08361'))}</li>",
    f"<li><strong>{escape(T('2203.15556'))}</strong> — {escape(au('2203.15556', 3))} (लिंक बाद में जोड़ूँगी)</li>",
    f"<li><strong>{escape(T('2205.01068'))}</strong><br />{a(A('2205.01068'))}</li>",
    "</ul>",
    "<p>और कुछ जोड़ना हो तो बताइए। ब्लॉग पोस्ट या GitHub रिपॉज़िटरी नहीं, सिर्फ़ पेपर चाहिए।</p>",
], sig='<p>अनुराधा — NLP लैब, मध्य भारत तकनीकी संस्थान (काल्पनिक)</p>'))
P.append(post(2, 20421, "rk_sharma", "2024-03-04 11:03:19", [
    "<p>सिस्टम्स वाले हिस्से के बिना सूची अधूरी है। मेरा सुझाव:</p>",
    f"<p>{escape(T('1909.08053'))}<br />{escape(au('1909.08053', 3))} — टेंसर पैरेललिज़्म की शुरुआत यहीं से समझ आती है।</p>",
    f"<p>{escape(T('1910.02054'))}<br />{a(A('1910.02054'))}</p>",
    "<p>DeepSpeed की डॉक्यूमेंटेशन भी अच्छी है, पर वह सॉफ़्टवेयर है, पेपर नहीं।</p>",
]))
P.append(post(3, 20430, "विक्रम.ज", "2024-03-04 13:47:02", [
    '<div class="quotebox"><cite>rk_sharma ने लिखा:</cite><blockquote><div><p>सिस्टम्स वाले हिस्से के बिना सूची अधूरी है।</p></div></blockquote></div>',
    "<p>सहमत। Mixture-of-Experts को भी जोड़िए — दोनों पेपर साथ पढ़ने चाहिए:</p>",
    f"<p>1. {escape(T('1701.06538'))}<br />OpenReview (ICLR 2017): {a(ORL('1701.06538'))}</p>",
    f"<p>2. {escape(T('2101.03961'))} — {escape(au('2101.03961', 3, ''))}, JMLR 2022।</p>",
    "<p>मॉडरेटर नोट: कृपया पायरेटेड PDF के लिंक न डालें। arXiv या OpenReview के लिंक ठीक हैं।</p>",
], edited="2024-03-04 13:52:40"))
P.append(post(4, 20436, "neha_gpu", "2024-03-05 09:20:11", [
    "<p>नए लोगों के लिए एक सर्वे पेपर भी रखिए, पूरी तस्वीर एक जगह मिल जाती है:</p>",
    f"<p><em>{escape(T('2303.18223'))}</em> — {escape(au('2303.18223', 3))} (arXiv 2303.18223)। यह बार-बार अपडेट होता है, इसलिए संस्करण संख्या नोट कर लें।</p>",
    "<p>और Karpathy का &quot;nanoGPT&quot; रिपो अभ्यास के लिए अच्छा है (रिपॉज़िटरी है, सूची में नहीं जाएगा)।</p>",
]))
P.append(post(5, 20441, "अनुराधा_व", "2024-03-05 18:36:54", [
    "<p>धन्यवाद सभी! अंतिम क्रम (हर शुक्रवार, शाम 5 बजे, ऑनलाइन):</p>",
    "<ol>",
    f"<li>{escape(T('2303.18223'))}</li>",
    f"<li>{escape(T('2001.08361'))}</li>",
    f"<li>{escape(T('2203.15556'))}</li>",
    f"<li>{escape(T('2205.01068'))}</li>",
    f"<li>{escape(T('1909.08053'))}</li>",
    f"<li>{escape(T('1910.02054'))}</li>",
    f"<li>{escape(T('1701.06538'))}</li>",
    f"<li>{escape(T('2101.03961'))}</li>",
    "</ol>",
    "<p>ज़ूम लिंक ग्रुप के ईमेल में भेजूँगी।</p>",
], sig='<p>अनुराधा — NLP लैब, मध्य भारत तकनीकी संस्थान (काल्पनिक)</p>'))

CR = f"""		<ul class="crumbs">
			<li><a href="index.php">मुख्य पृष्ठ</a></li>
			<li><span>»&#160;</span><a href="viewforum.php?id=7">शोध पत्र और पढ़ाई</a></li>
			<li><span>»&#160;</span><strong><a href="viewtopic.php?id=1873">{TOPIC}</a></strong></li>
		</ul>"""
text = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="hi" lang="hi" dir="ltr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{TOPIC} / शोध पत्र और पढ़ाई / मशीन लर्निंग चर्चा मंच</title>
<link rel="stylesheet" type="text/css" href="style/Air.css" />
<link rel="canonical" href="viewtopic.php?id=1873" title="पृष्ठ 1" />
<link rel="alternate" type="application/atom+xml" href="extern.php?action=feed&amp;tid=1873&amp;type=atom" title="इस विषय की Atom फ़ीड" />
</head>

<body>

<div id="punviewtopic" class="pun">
<div class="top-box"><div><!-- Top Corners --></div></div>
<div class="punwrap">

<div id="brdheader" class="block">
	<div class="box">
		<div id="brdtitle" class="inbox">
			<h1><a href="index.php">मशीन लर्निंग चर्चा मंच</a></h1>
			<div id="brddesc"><p>हिंदी में मशीन लर्निंग, डेटा और शोध पर बातचीत</p></div>
		</div>
		<div id="brdmenu" class="inbox">
			<ul>
				<li id="navindex" class="isactive"><a href="index.php">मुख्य पृष्ठ</a></li>
				<li id="navuserlist"><a href="userlist.php">सदस्य सूची</a></li>
				<li id="navsearch"><a href="search.php">खोजें</a></li>
				<li id="navregister"><a href="register.php">पंजीकरण</a></li>
				<li id="navlogin"><a href="login.php">लॉग इन</a></li>
			</ul>
		</div>
		<div id="brdwelcome" class="inbox">
			<p class="conl">आप लॉग इन नहीं हैं।</p>
			<div class="clearer"></div>
		</div>
	</div>
</div>

<div id="brdmain">
<div class="linkst">
	<div class="inbox crumbsplus">
{CR}
		<div class="pagepost">
			<p class="pagelink conl"><span class="pages-label">पृष्ठ: </span><strong class="item1">1</strong></p>
		</div>
		<div class="clearer"></div>
	</div>
</div>

{"".join(P)}
<div class="postlinksb">
	<div class="inbox crumbsplus">
		<div class="pagepost">
			<p class="pagelink conl"><span class="pages-label">पृष्ठ: </span><strong class="item1">1</strong></p>
		</div>
{CR}
		<div class="clearer"></div>
	</div>
</div>
</div>

<div id="brdfooter" class="block">
	<h2><span>बोर्ड फ़ुटर</span></h2>
	<div class="box">
		<div id="brdfooternav" class="inbox">
			<div class="conl">
				<form id="qjump" method="get" action="viewforum.php">
					<div><label><span>यहाँ जाएँ<br /></span>
					<select name="id" onchange="window.location=('viewforum.php?id='+this.options[this.selectedIndex].value)">
						<optgroup label="अध्ययन">
							<option value="7" selected="selected">शोध पत्र और पढ़ाई</option>
							<option value="8">कोर्स और ट्यूटोरियल</option>
						</optgroup>
					</select></label>
					<input type="submit" value="जाएँ" accesskey="g" />
					</div>
				</form>
			</div>
			<div class="conr">
				<p id="feedlinks"><span class="atom"><a href="extern.php?action=feed&amp;tid=1873&amp;type=atom">Atom विषय फ़ीड</a></span></p>
				<p id="poweredby">Powered by <a href="http://fluxbb.org/">FluxBB</a></p>
			</div>
			<div class="clearer"></div>
		</div>
	</div>
</div>

</div>
<div class="end-box"><div><!-- Bottom Corners --></div></div>
</div>

</body>
</html>
"""
write_only(F, text, k)
