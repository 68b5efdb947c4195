#!/usr/bin/env python3
"""262: a Moodle forum exported with the forum's "Export" page (format JSON, human-readable dates, HTML kept), a
Nepali course forum on deep learning for science and RL. wordcount / charcount are computed from the message text as
Moodle does (words of the text without tags; characters other than whitespace)."""
import html, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write

P = '<p dir="ltr" style="text-align: left;">'


def msg(*paras):
    return "".join(P + p + "</p>" for p in paras)


def a(url, text=None):
    return f'<a href="{url}">{html.escape(text or url, quote=False)}</a>'


posts = [
    (3101, 0, "Sujata Adhikari", 42, "Monday, 4 March 2024, 10:15 AM", "हप्ता ७: पढ्नुपर्ने लेखहरू (RL र विज्ञानका लागि गहिरो सिकाइ)",
     msg("नमस्ते सबैलाई! यो हप्ताको छलफलका लागि लेखहरूको सूची:",
         "१. " + html.escape(T("2106.01345")) + " — " + a("https://arxiv.org/abs/2106.01345"),
         "२. " + html.escape(T("2106.02039")) + " (arXiv:2106.02039)",
         "३. " + html.escape(T("2006.05990")) + " — PPO का साना कुराहरू किन महत्त्वपूर्ण छन् भनेर बुझ्न",
         "प्रत्येक समूहले एउटा लेख छानेर शुक्रबारसम्म १ पेजको सारांश पठाउनुहोस्। ढाँचा: <strong>Moodle मा PDF मात्र</strong>।")),
    (3102, 3101, "Bikash Shrestha", 57, "Monday, 4 March 2024, 2:40 PM", "Re: हप्ता ७: पढ्नुपर्ने लेखहरू (RL र विज्ञानका लागि गहिरो सिकाइ)",
     msg("हाम्रो समूह (समूह ४) ले Decision Transformer लिन्छ। अतिरिक्त रूपमा " + html.escape(T("2101.03958")) + " पनि पढ्दैछौँ — loss function नै खोज्ने विचार रोचक लाग्यो।",
         "प्रश्न: D4RL dataset कसरी डाउनलोड गर्ने? " + a("https://github.com/Farama-Foundation/D4RL", "D4RL GitHub") + " मा mujoco-py को समस्या आयो।")),
    (3103, 3102, "Sujata Adhikari", 42, "Monday, 4 March 2024, 5:05 PM", "Re: हप्ता ७: पढ्नुपर्ने लेखहरू (RL र विज्ञानका लागि गहिरो सिकाइ)",
     msg("Minari प्रयोग गर्नुहोस्: " + a("https://minari.farama.org/") + "। ल्याबको GPU server (gpu02, कोठा ३०४) मा पहिले नै install छ।")),
    (3104, 3101, "Prakash Gurung", 88, "Tuesday, 5 March 2024, 9:20 AM", "Re: हप्ता ७: पढ्नुपर्ने लेखहरू (RL र विज्ञानका लागि गहिरो सिकाइ)",
     msg("विज्ञान पक्षका लागि सुझाव:",
         "• " + html.escape(T("2010.08895")) + " " + a("https://arxiv.org/pdf/2010.08895.pdf", "PDF"),
         "• " + html.escape(T("2010.03409")) + " — " + a("https://arxiv.org/abs/2010.03409", "arXiv"),
         "• " + html.escape(T("Highly accurate protein structure prediction with AlphaFold")) + " (Nature 2021, " + a("https://www.nature.com/articles/s41586-021-03819-2", "Nature") + ")",
         "AlphaFold को Colab notebook पनि छ तर त्यो लेख होइन।")),
    (3105, 3104, "Anjali Thapa", 91, "Tuesday, 5 March 2024, 11:48 AM", "Re: हप्ता ७: पढ्नुपर्ने लेखहरू (RL र विज्ञानका लागि गहिरो सिकाइ)",
     msg("Graph networks मन पर्छ भने " + html.escape(T("2106.05234")) + " (" + a("https://huggingface.co/papers/2106.05234", "HF papers") + ") पनि हेर्नुहोस् — Graphormer ले OGB-LSC जितेको थियो।",
         "अनि " + html.escape(T("2010.00554")) + " (2010.00554) — PCA लाई game को रूपमा, गणितमा रुचि हुनेलाई।")),
    (3106, 0, "Sujata Adhikari", 42, "Wednesday, 6 March 2024, 8:00 AM", "पृष्ठभूमि: ऐतिहासिक लेखहरू (ऐच्छिक)",
     msg("परीक्षामा सोधिँदैन, तर पृष्ठभूमिका लागि:",
         "• " + html.escape(T("A Fast Learning Algorithm for Deep Belief Nets")) + " (Neural Computation, 2006)",
         "• " + html.escape(T("Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks")) + " (ICML 2006)",
         "• " + html.escape(T("Mastering the game of Go without human knowledge")) + " (Nature 550, 354–359)",
         "पाठ्यपुस्तक: Sutton &amp; Barto, <em>Reinforcement Learning: An Introduction</em> (2nd ed.), अध्याय १३। David Silver को UCL भिडियो लेक्चर पनि राम्रो छ।")),
    (3107, 3106, "Rojina Karki", 103, "Wednesday, 6 March 2024, 1:12 PM", "Re: पृष्ठभूमि: ऐतिहासिक लेखहरू (ऐच्छिक)",
     msg("धन्यवाद मिस! AlphaGo Zero को लेख कलेजको library proxy बाट मात्र खुल्छ। कसैसँग PDF छ?")),
    (3108, 3107, "Sujata Adhikari", 42, "Wednesday, 6 March 2024, 3:30 PM", "Re: पृष्ठभूमि: ऐतिहासिक लेखहरू (ऐच्छिक)",
     msg("Library को e-resources पेज हेर्नुहोस् (लगइन: विद्यार्थी ID, जस्तै 2079-1234)। PDF यहाँ साझा नगर्नुहोस्, प्रतिलिपि अधिकारको कारण।")),
]


def words(m):
    t = html.unescape(re.sub(r"<[^>]+>", " ", m))
    return len(t.split()), len(re.sub(r"\s", "", t))


out = []
for pid, parent, who, uid, date, subj, m in posts:
    disc = 1204 if pid < 3106 else 1209
    wc, cc = words(m)
    out.append({"id": str(pid), "discussion": str(disc), "parent": str(parent), "userid": str(uid), "userfullname": who,
                "created": date, "modified": date, "mailed": "1", "subject": subj, "message": m, "messageformat": "1",
                "messagetrust": "0", "attachment": "", "totalscore": "0", "mailnow": "0", "deleted": "0",
                "privatereplyto": "0", "privatereplytofullname": "", "wordcount": str(wc), "charcount": str(cc)})
text = "[" + ",".join("\n" + json.dumps(o, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/") for o in out) + "\n]"
write("262_moodle_forum_export_json_nepali_rl_and_science_week7.json", text)
