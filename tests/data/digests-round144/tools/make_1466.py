#!/usr/bin/env python3
"""1466 (negative): a Hindi technology blog's post ("2024 में मशीन लर्निंग सीखने के 12 मुफ़्त संसाधन") with its FastComments
widget, copied from the browser as text: site menu, title, byline, the post (courses, books, channels, libraries,
datasets, competitions, a leaderboard, a meetup), tags and share line, then the widget (comment count, sort menu,
comment box, comments with name / relative time / text / votes / Reply, replies marked `↳ जवाब: name`, `Show N more
comments`, `Powered by FastComments`). It references no paper: no catalogue title, nothing arXiv-shaped; only
courses, books, libraries, datasets, competitions, a leaderboard, videos, a meetup, model names, versions, prices,
dates and ids."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F1466

POST = """टेकगुरु हिंदी
होम   प्रोग्रामिंग   मशीन लर्निंग   करियर   हमारे बारे में

2024 में मशीन लर्निंग सीखने के 12 मुफ़्त संसाधन
लेखक: अंकित वर्मा  |  22 जून 2024  |  पढ़ने का समय: 9 मिनट

पिछले महीने हमारे टेलीग्राम ग्रुप में सबसे ज़्यादा पूछा गया सवाल था: "बिना पैसे खर्च किए ML कहाँ से सीखें?" इस पोस्ट में मैंने वही संसाधन इकट्ठा किए हैं जिनसे मैंने खुद और हमारी कम्युनिटी के 40 से ज़्यादा लोगों ने पढ़ाई की है। सब मुफ़्त हैं (कुछ में सर्टिफिकेट के लिए फीस लगती है)।

1. कोर्स
- Machine Learning Specialization (Coursera, Andrew Ng) – ऑडिट मोड में मुफ़्त। सर्टिफिकेट चाहिए तो लगभग ₹4,000 प्रति माह।
- Practical Deep Learning for Coders (fast.ai) – कोड पहले, थ्योरी बाद में। Part 1 के 9 लेक्चर।
- NPTEL: Introduction to Machine Learning (IIT मद्रास) – हिंदी सबटाइटल के साथ, 12 हफ़्ते, परीक्षा ₹1,000।
- Kaggle Learn – Python, Pandas, Intro to ML के छोटे-छोटे कोर्स, ब्राउज़र में ही नोटबुक।

2. किताबें
- Hands-On Machine Learning with Scikit-Learn, Keras & TensorFlow (Aurélien Géron, तीसरा संस्करण) – लाइब्रेरी में उपलब्ध।
- Dive into Deep Learning (d2l.ai) – ऑनलाइन मुफ़्त, PyTorch और JAX दोनों में कोड।
- "मशीन लर्निंग: एक परिचय" – हमारी अपनी 60 पेज की PDF गाइड, न्यूज़लेटर सब्सक्राइब करने पर।

3. यूट्यूब चैनल
- "AI सीखो हिंदी में" – लीनियर रिग्रेशन से लेकर ट्रांसफ़ॉर्मर तक, 140+ वीडियो।
- StatQuest (Josh Starmer) – अंग्रेज़ी में, पर समझाने का तरीका बेहद आसान।

4. लाइब्रेरी और डॉक्युमेंटेशन
- scikit-learn 1.5 का User Guide – हर एल्गोरिद्म के साथ उदाहरण।
- PyTorch 2.3 के ऑफ़िशियल ट्यूटोरियल – "Learn the Basics" से शुरू करें।
- Hugging Face NLP Course – मॉडल हब, tokenizers और datasets लाइब्रेरी समझने के लिए।

5. प्रैक्टिस: डेटासेट और प्रतियोगिताएँ
- Kaggle का Titanic और House Prices – हर शुरुआती का पहला पड़ाव।
- AI4Bharat के IndicCorp और Samanantar डेटासेट – भारतीय भाषाओं पर काम करना हो तो।
- Open LLM Leaderboard पर देखें कि Llama 3 और Gemma जैसे ओपन मॉडल किन बेंचमार्क पर कैसा करते हैं (बस देखने के लिए, पहले बेसिक्स!)।

6. कम्युनिटी
- PyData Delhi का मासिक मीटअप (अगला: 13 जुलाई 2024, शनिवार, दोपहर 3 बजे)।
- हमारा टेलीग्राम ग्रुप @techguru_ml – 3,200 सदस्य।
- इस पोस्ट के सारे लिंक एक जगह: https://github.com/techguru-hindi/ml-sansadhan
- Titanic पर मेरी हिंदी वॉकथ्रू नोटबुक: https://www.kaggle.com/code/ankitverma91/titanic-hindi-walkthrough
- यूट्यूब प्लेलिस्ट: https://www.youtube.com/playlist?list=PLq7Yd3mKx0TfA4nR8vW2sJcB6eH1uZ9oG

मेरी सलाह: एक कोर्स + एक किताब + एक Kaggle प्रतियोगिता। तीन महीने रोज़ 1 घंटा दें, फिर खुद फ़र्क़ देखें।

टैग: मशीन लर्निंग, मुफ़्त कोर्स, करियर, Python
शेयर करें: WhatsApp | Facebook | X | LinkedIn | लिंक कॉपी करें
"""
COMMENTS = [
 ("राहुल शर्मा", "2 days ago", None, "बहुत बढ़िया लिस्ट! NPTEL वाला कोर्स मैंने पिछले साल किया था, असाइनमेंट थोड़े कठिन हैं पर मज़ा आया।", 14, 0),
 ("Priya Nair", "2 days ago", None, "Can you also add something for maths? I struggle with linear algebra before starting ML.", 9, 0),
 ("अंकित वर्मा", "2 days ago", "Priya Nair", "ज़रूर! 3Blue1Brown की Essence of Linear Algebra सीरीज़ और Khan Academy से शुरुआत करें। अगली पोस्ट इसी पर होगी।", 11, 0),
 ("सौरभ त्रिपाठी", "1 day ago", None, "Géron की किताब का हिंदी अनुवाद है क्या? कॉलेज लाइब्रेरी में सिर्फ दूसरा संस्करण है।", 3, 0),
 ("Neha_codes", "1 day ago", "सौरभ त्रिपाठी", "मेरी जानकारी में हिंदी अनुवाद नहीं है। दूसरा संस्करण भी ठीक है, बस TensorFlow 1 वाले हिस्से छोड़ दें।", 5, 0),
 ("विकास", "20 hours ago", None, "fast.ai का Part 2 भी मुफ़्त है? और क्या उसके लिए GPU ज़रूरी है?", 2, 0),
 ("अंकित वर्मा", "18 hours ago", "विकास", "हाँ, मुफ़्त है। Kaggle पर हर हफ़्ते 30 घंटे GPU मिलता है, Colab भी चलेगा।", 6, 0),
 ("Imran Qureshi", "5 hours ago", None, "Telegram link काम नहीं कर रहा, invite expire हो गया लगता है।", 1, 1),
]
HIDDEN = 5
W = ["टिप्पणियाँ", f"{len(COMMENTS) + HIDDEN} Comments", "Sort by: Most Relevant ▾", "", "Write a comment...",
     "Commenting as Guest   Log In   Submit", ""]
for name, when, reply, text, up, down in COMMENTS:
    W += [name, when] + ([f"↳ जवाब: {reply}"] if reply else []) + [text, f"▲ {up}  ▼ {down}   Reply", ""]
W += [f"Show {HIDDEN} more comments", "", "Powered by FastComments", "",
      "© 2024 टेकगुरु हिंदी · गोपनीयता नीति · संपर्क करें"]
write(F1466, POST + "\n" + "\n".join(W) + "\n", negative=True)
