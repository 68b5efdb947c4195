#!/usr/bin/env python3
"""795: a Pollen source file (`.html.pm`, Racket `#lang pollen`, Pollen 3.2 markup mode) for a Hindi blog built with
Pollen: `◊(define-meta …)` lines, `◊;` comments and `◊;{…}` block comments, tag functions `◊h2{…}`, `◊em{…}`,
`◊strong{…}`, `◊code{…}`, `◊link["url"]{text}` and `◊sidenote["id"]{…}` defined in the site's pollen.rkt, `◊ul{◊li{…}}`
lists, `◊blockquote{…}`, `◊(…)` Racket expressions, paragraphs separated by blank lines (decode-paragraphs). A post
on LLM agents and reinforcement learning."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys

F = by_num(795)
AGZ = "Mastering the game of Go without human knowledge"
A = lambda k, v="": f"https://arxiv.org/abs/{k}{v}"
SRC = """#lang pollen

◊(define-meta title "एजेंट, खेल और याददाश्त: फ़रवरी–मार्च की पढ़ाई")
◊(define-meta published "2024-03-05")
◊(define-meta author "अनुराधा बिष्ट")
◊(define-meta tags '("agents" "rl" "reading-notes"))
◊(define-meta template "post-template.html")

◊; ड्राफ़्ट: raco pollen render posts/agents-rl-march.html.pm से जाँचें
◊;{{ पुराना परिचय, हटाया गया:
   "यह पोस्ट हमारे रीडिंग ग्रुप के नोट्स पर आधारित है" }}

◊h1{◊(select-from-metas 'title metas)}

◊p[#:class "lede"]{पिछले छह हफ़्तों में हमारे रीडिंग ग्रुप ने ◊em{एजेंट} शब्द के दो बिलकुल अलग अर्थों
पर पढ़ाई की: एक तरफ़ रीइन्फ़ोर्समेंट लर्निंग वाले एजेंट, जो पुरस्कार से सीखते हैं, और दूसरी तरफ़
बड़े भाषा मॉडल (LLM) पर बने एजेंट, जो निर्देशों और औज़ारों से काम करते हैं। यह पोस्ट उन्हीं नोट्स
का संपादित रूप है।}}

◊h2{1. पुराना स्कूल: खेल और खोज}

शुरुआत हमने एक क्लासिक से की: ◊em{{T(AGZ)}} ({au(AGZ, 3)})। मानवीय खेलों के
डेटा के बिना, केवल स्वयं से खेलकर सीखना — यह विचार आज भी LLM एजेंटों की चर्चा में लौट आता है।
लेख का लिंक यहाँ नहीं दे रही; पत्रिका के पेवॉल की वजह से ग्रुप ने लाइब्रेरी की प्रति पढ़ी।◊sidenote["sn-1"]{{हमारे
विश्वविद्यालय के पुस्तकालय पोर्टल से लॉग-इन करके मिल जाता है।}}

इसके बाद दो पेपर जो RL को ◊em{इंजीनियरिंग} की नज़र से देखते हैं:

◊ul{{
  ◊li{{◊strong{{{T('2006.05990')}}} — {au('2006.05990', 3)}। PPO जैसी विधियों के
  दर्जनों "छोटे" फ़ैसलों (normalization, clipping, network size) का बड़े पैमाने पर प्रयोग।}}
  ◊li{{◊strong{{{T('2101.03958')}}} — {au('2101.03958', 3)}। लॉस फ़ंक्शन को ही खोज
  (search) से ढूँढना; AutoML और RL का मेल।}}
}}

◊h2{2. अनुक्रम मॉडल के रूप में RL}

◊link["{A('2106.01345')}"]{{{T('2106.01345')}}} ({au('2106.01345', 3)}) ने
ऑफ़लाइन RL को अगला-टोकन-अनुमान बना दिया: लक्ष्य-रिटर्न (return-to-go) देकर कार्रवाई माँगिए। ग्रुप में
बहस इस पर रही कि यह ◊em{सीखना} है या केवल ◊em{नक़ल}।

◊h2{3. भाषा मॉडल वाले एजेंट}

◊blockquote{{"मॉडल जो कह सकता है, वह ज़रूरी नहीं कि रोबोट कर सके।" — सत्र 4 में प्रिया का सार}}

रोबोटिक्स वाला पेपर था {T('2204.01691')} ({au('2204.01691', 3)}),
arXiv:2204.01691 — भाषा मॉडल की संभावना को "क्या यह कार्य संभव है" वाले मान-फ़ंक्शन से गुणा करना।

फिर सिमुलेशन: ◊link["{A('2304.03442')}"]{{{T('2304.03442')}}}
({au('2304.03442', 3)})। पच्चीस एजेंटों का एक छोटा कस्बा, स्मृति-धारा (memory stream), चिंतन और
योजना। इसी क्रम में याददाश्त पर केंद्रित ◊link["{A('2310.08560', 'v2')}"]{{{T('2310.08560')}}}
({au('2310.08560', 3)}) पढ़ा — ऑपरेटिंग सिस्टम की तरह पेजिंग।

मूल्यांकन के लिए ◊link["https://arxiv.org/pdf/2308.03688.pdf"]{{{T('2308.03688')}}}
({au('2308.03688', 3)}) — आठ परिवेश, जिनमें ऑपरेटिंग सिस्टम, डेटाबेस और वेब ब्राउज़िंग शामिल हैं।

◊h2{{4. जो पेपर नहीं हैं, पर काम के हैं}}

◊ul{{
  ◊li{{◊link["https://gymnasium.farama.org/"]{{Gymnasium}} — RL परिवेशों की लाइब्रेरी (सॉफ़्टवेयर)।}}
  ◊li{{◊link["https://github.com/openai/spinningup"]{{Spinning Up in Deep RL}} — शैक्षिक संसाधन/कोर्स।}}
  ◊li{{◊link["https://blog.example.in/posts/llm-agents-hindi/"]{{"LLM एजेंट: एक परिचय"}} — हमारे पुराने साथी
  का ब्लॉग पोस्ट।}}
  ◊li{{NPTEL पर "Reinforcement Learning" कोर्स के वीडियो (सप्ताह 5–8)।}}
}}

◊h2{{अगला सत्र}}

गुरुवार, 14 मार्च, शाम 5 बजे, कमरा 204 (कंप्यूटर विज्ञान भवन) और ऑनलाइन। विषय: टूल-उपयोग और
योजना। सुझाव ◊code{{#reading-group}} चैनल में भेजें।

◊(define last-updated "2024-03-05 22:10 IST")
◊p[#:class "updated"]{{अंतिम अद्यतन: ◊|last-updated|}}
"""
import re
text = re.sub(r"\{(T|au|A)\(([^)]*)\)\}", lambda m: eval(m.group(0)[1:-1]), SRC)
text = text.replace("{{", "{").replace("}}", "}")
write_only(F, text, keys(F))
