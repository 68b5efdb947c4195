#!/usr/bin/env python3
"""1569: a Hindi course page (a reading list for a PEFT module) dumped with the links2 text browser
(`links -dump -width 120 -codepage utf-8 URL`): the prompt line, the centred title, paragraphs wrapped at the
width, a table rendered with spaces, bullets, no link list (links2 does not print one). Built from the modelled page."""
import os, sys, textwrap, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1569)
W = 120
URL = "https://cse.vindhya-iit.example.ac.in/~anand/cs7xx/peft.html"
ROWS = [
    ("1", T("2208.07339"), "https://arxiv.org/abs/2208.07339"),
    ("2", T("1908.10084"), "https://arxiv.org/pdf/1908.10084.pdf"),
    ("3", T("2104.08691"), "https://arxiv.org/abs/2104.08691"),
    ("4", T("1910.03771"), "arXiv:1910.03771"),
    ("5", T("2004.10102"), "https://arxiv.org/abs/2004.10102v2"),
]


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in s)


def wrap(p, ind=3):
    return [" " * ind + l for l in textwrap.wrap(p, W - ind)]


def build():
    L = ["   CS7xx: बड़े मॉडलों का कुशल फाइन-ट्यूनिंग — सप्ताह 6 (PEFT)", ""]
    L += wrap("यह पृष्ठ सप्ताह 6 की पठन सूची है। हर छात्र एक पेपर चुनकर 15 मिनट की प्रस्तुति देगा। लिंक न होने पर "
              "पुस्तकालय की प्रति देखें। स्लाइड्स Moodle पर जमा करें (समय सीमा: 14 मार्च, रात 11:59)।")
    L += ["", "   अनिवार्य पेपर", ""]
    c1 = max(dw(r[1]) for r in ROWS)
    L.append("   " + "क्रम".ljust(6) + "शीर्षक" + " " * (c1 - dw("शीर्षक") + 3) + "लिंक")
    for n, t, u in ROWS:
        L.append("   " + n.ljust(6) + t + " " * (c1 - dw(t) + 3) + u)
    L += ["", "   वैकल्पिक पेपर (लिंक बाद में जोड़े जाएँगे)", ""]
    for t, note in [(T("2101.08809"), "AutoML लाइब्रेरी का पेपर, सिर्फ़ संदर्भ के लिए"), (T("1710.03740"), "fp16 प्रशिक्षण, लॉस स्केलिंग"),
                    (T("2012.08561"), "ELECTRA परिवार, EMNLP 2020")]:
        L += wrap(f"* {t} — {note}")
    L += ["", "   अन्य संसाधन (पेपर नहीं)", ""]
    for x in ["* Hugging Face PEFT लाइब्रेरी का दस्तावेज़ (huggingface.co/docs/peft)",
              "* bitsandbytes रिपॉज़िटरी — 8-bit / 4-bit क्वांटाइज़ेशन कोड",
              "* NPTEL व्याख्यान: \"Deep Learning\" (सप्ताह 9 का वीडियो)",
              "* Alpaca डेटासेट, 52K निर्देश — प्रोजेक्ट के लिए"]:
        L += wrap(x)
    L += ["", "   ----------------------------------------------------------------------------------------------",
          "   अंतिम अद्यतन: 02-03-2024 | संपर्क: anand.kulkarni@cse.vindhya-iit.example.ac.in | कमरा 214, CSE भवन"]
    return f"aarti@hostel-lab:~$ links -dump -width {W} -codepage utf-8 '{URL}'\n" + "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
