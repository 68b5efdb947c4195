#!/usr/bin/env python3
"""1866 (negative): a guest post with comments on Mysansar (mysansar.com, the Nepali blog and news site), copied from the
browser, Nepali: the site's name and menu, the category, the title, «प्रकाशित मिति: YYYY महिना D, बार» in Devanagari
digits, the author line, the post, «टिप्पणीहरू (N)», comments «नाम» / «YYYY महिना D, hh:mm» / text (replies opening
with «@नाम:»), the comment form and the footer. A year of using AI tools in Nepali; it names software (ChatGPT,
Gemini, Google Translate, Whisper and whisper.cpp, Preeti-to-Unicode converters), data sets (Mozilla Common Voice,
FLORES-200), books (Max Tegmark's «Life 3.0», Yuval Noah Harari's «Nexus»), a talk at CAN Infotech and an earlier blog
post, but no paper. The author, the commenters, the talk and the earlier post are invented; the page chrome is as
imagined. Computed: the Devanagari digits, the weekday, the comment count, the order and the reply targets
(asserted), the footer year."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num
F = by_num(1866)
NE_D = ["सोमबार", "मंगलबार", "बुधबार", "बिहीबार", "शुक्रबार", "शनिबार", "आइतबार"]
NE_M = ["जनवरी", "फेब्रुअरी", "मार्च", "अप्रिल", "मे", "जुन", "जुलाई", "अगस्ट", "सेप्टेम्बर", "अक्टोबर", "नोभेम्बर", "डिसेम्बर"]
DIG = str.maketrans("0123456789", "०१२३४५६७८९")


def nd(d): return f"{d.year} {NE_M[d.month - 1]} {d.day}".translate(DIG)


def ndt(d): return (nd(d) + f", {d:%H:%M}").translate(DIG)


POST = dt.datetime(2026, 2, 17, 10, 30)
AUTHOR = "दीपक अधिकारी"
TEXT = [
    "गत वर्षदेखि म आफ्नो कामका लागि कृत्रिम बौद्धिकता (एआई) का औजारहरू प्रयोग गर्दै आएको छु। धेरै पाठकले सोध्नुभएकाले "
    "यहाँ मेरो अनुभव बाँड्दैछु। यो कुनै विज्ञापन होइन।",
    "पहिलो, च्याटजीपीटी (ChatGPT) र गुगलको जेमिनी (Gemini)। नेपालीमा प्रश्न सोध्दा उत्तर आउँछ, तर वाक्यहरू अझै "
    "अङ्ग्रेजीबाट अनुवाद गरेजस्ता लाग्छन्। इमेल र सारांशका लागि ठिकै छ, कविता र व्यङ्ग्यका लागि होइन। गुगल ट्रान्सलेट "
    "छोटा वाक्यमा भरपर्दो छ।",
    "दोस्रो, अन्तर्वार्ता टाइप गर्न ओपनएआईको ह्विस्पर (Whisper) प्रोग्राम। मेरो ल्यापटपमा whisper.cpp चलाउँदा एक "
    "घण्टाको रेकर्डिङ करिब बीस मिनेटमा टाइप हुन्छ। नेपाली शब्दमा गल्ती धेरै हुन्छन्, त्यसैले फेरि पढ्नैपर्छ।",
    "तेस्रो, पुरानो प्रीति फन्टमा लेखिएका कागजात युनिकोडमा बदल्ने अनलाइन कन्भर्टरहरू। सरकारी कार्यालयका धेरै फाइल अझै "
    "प्रीतिमै छन्।",
    "डेटाबारे: नेपाली भाषाका लागि खुला डेटा कम छ। मोजिलाको कमन भ्वाइस (Common Voice) मा आफ्नो आवाज थप्न सकिन्छ, र "
    "मेटाको फ्लोरेस-२०० (FLORES-200) अनुवाद परीक्षण सेटमा पनि नेपाली छ।",
    "पढ्न चाहनेका लागि म्याक्स टेगमार्कको पुस्तक 'लाइफ ३.०' (Life 3.0) र युभल नोआ हरारीको 'नेक्सस' (Nexus) "
    "राम्रा लागे। गत महिना क्यान इन्फोटेकमा 'नेपाली भाषामा एआई: अवसर र चुनौती' शीर्षकको प्रस्तुति पनि सुनेँ, "
    "त्यसबारे छुट्टै लेख्नेछु।",
    "यसअघि यही ब्लगमा प्रकाशित 'गुगल ट्रान्सलेटमा नेपाली कति सुध्रियो?' लेख पनि हेर्न सक्नुहुन्छ।",
]
COMMENTS = [
    ("सुजन थापा", dt.datetime(2026, 2, 17, 19, 45), "राम्रो लेख। ह्विस्परको नेपाली शुद्धता कति जस्तो लाग्छ?"),
    (AUTHOR, dt.datetime(2026, 2, 17, 21, 2), "@सुजन थापा: सफा रेकर्डिङमा दश शब्दमा एक-दुई गल्ती। हल्ला भएमा धेरै।"),
    ("अनिता गुरुङ", dt.datetime(2026, 2, 18, 8, 14), "प्रीति कन्भर्टरको लिङ्क पनि दिनुभएको भए हुन्थ्यो।"),
    ("बिकास के.सी.", dt.datetime(2026, 2, 18, 12, 37), "@अनिता गुरुङ: गुगलमा 'Preeti to Unicode' खोज्नुस्, धेरै छन्।"),
]
prev, seen = POST, {AUTHOR}
for name, d, t in COMMENTS:
    assert d > prev; prev = d
    if t.startswith("@"): assert t[1:t.index(":")] in seen
    seen.add(name)
out = ["मेरो संसार", "mysansar.com", "", "गृहपृष्ठ | समाचार | विचार | प्रविधि | मनोरञ्जन | सम्पर्क", "", "प्रविधि", "",
       "नेपाली भाषामा एआई: मैले एक वर्ष प्रयोग गरेका औजारहरू", "",
       f"प्रकाशित मिति: {nd(POST)}, {NE_D[POST.weekday()]}", f"लेखक: {AUTHOR}", ""]
for p in TEXT: out += [p, ""]
out += [f"टिप्पणीहरू ({len(COMMENTS)})".translate(DIG), ""]
for name, d, t in COMMENTS:
    out += [name, ndt(d), t, ""]
out += ["प्रतिक्रिया दिनुहोस्", "नाम *", "इमेल *", "टिप्पणी *", "पठाउनुहोस्", "",
        f"© {prev.year} मेरो संसार। सर्वाधिकार सुरक्षित।".translate(DIG), ""]
write(F, "\n".join(out), negative=True)
