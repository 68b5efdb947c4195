#!/usr/bin/env python3
"""1106 (negative): a Hindi post on a PhD student's write.as blog about how she keeps up with papers, downloaded
with write.as's "Download → Markdown" (`# title`, a blank line, the post's Markdown as written: paragraphs, a list,
a blockquote, links, hashtags that write.as turns into tag links; no front matter; LF). It talks about arXiv listing
e-mails, Zotero, Semantic Scholar alerts, the lab's reading group and a checklist for reading — and names no paper:
no catalogue title, nothing arXiv-shaped; only tools, sites, a course, a book and nicknames ("Transformer", "BERT")."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num

F = by_num(1106)
doc = """# मैं रिसर्च पेपर कैसे पढ़ती हूँ (और कैसे नहीं डूबती)

पिछले हफ़्ते लैब की मीटिंग में किसी ने पूछा कि रोज़ इतने पेपर आते हैं, सबके साथ कैसे चलें? सच कहूँ तो मैं नहीं चलती। पर पिछले दो साल में एक तरीका बन गया है, वही यहाँ लिख रही हूँ।

## 1. छानना

- सुबह arXiv की cs.CL वाली ईमेल आती है। मैं सिर्फ़ शीर्षक पढ़ती हूँ, पाँच मिनट से ज़्यादा नहीं। जो दिलचस्प लगे, उसका लिंक Zotero में डाल देती हूँ।
- [Semantic Scholar](https://www.semanticscholar.org/) पर तीन-चार लेखकों के अलर्ट लगे हैं।
- हर शुक्रवार हमारा रीडिंग ग्रुप होता है, वहाँ जो पेपर चुना जाए वह *ज़रूर* पढ़ना है, बाक़ी सब वैकल्पिक।

## 2. तीन बार में पढ़ना

> पहली बार: सार, चित्र और निष्कर्ष। दूसरी बार: विधि, पर गणित छोड़कर। तीसरी बार: सब कुछ, और कोड भी।

यह तरीका मैंने एक पुराने लेख से सीखा था जो हर PhD छात्र को कभी न कभी कोई भेज ही देता है। Transformer वाले पेपर पर मुझे तीसरी बार तक पहुँचने में एक महीना लगा था 😅

## 3. नोट्स

Zotero में हर पेपर के साथ एक छोटा नोट: समस्या क्या है, दावा क्या है, सबूत क्या है, और मुझे क्या शक है। Obsidian में एक पेज "पढ़े हुए पेपर" का है, पर सच में वह आधा खाली है।

## 4. जो काम नहीं आया

- Twitter/X पर भरोसा करना: हर हफ़्ते कोई नया "game changer" होता है।
- सब कुछ प्रिंट करना: लैब का प्रिंटर भी नाराज़ हो गया।
- BERT के सारे वेरिएंट एक साथ पढ़ना। मत करना।

## संसाधन

- [Zotero](https://www.zotero.org/)
- स्टैनफ़ोर्ड का [CS224N कोर्स](https://web.stanford.edu/class/cs224n/)
- किताब: *Speech and Language Processing* (Jurafsky और Martin), ऑनलाइन ड्राफ़्ट

अगली पोस्ट में लिखूँगी कि रीडिंग ग्रुप में प्रेज़ेंटेशन कैसे बनाती हूँ।

#PhD #पेपर_पढ़ना #NLP
"""
write(F, doc, negative=True)
