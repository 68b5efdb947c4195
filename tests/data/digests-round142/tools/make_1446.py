#!/usr/bin/env python3
"""1446 (negative control): a Bengali technology blog's post "a roadmap for learning machine learning in 2024" with
its Vuukle comment widget, copied from the browser: the site menu, the post (courses, books, tools, datasets,
communities, prices in taka, dates), tags and share line, then Vuukle: the reactions bar ("What is your reaction?",
six emotes with counts), the comment count, the sort line, comments (name, relative time, text, the vote/reply line),
replies marked "Replying to <name>", "Show N more comments", "Powered by Vuukle". No paper at all: courses (the
Machine Learning Specialization, fast.ai, CS50's Python course, 10 Minute School), books (Géron, Chollet, d2l), libraries, Kaggle,
Colab, the Bengali.AI competition and the BanglaLekha dataset, YouTube channels, a Facebook group, a meetup, dates;
transformer, GPT-4, Llama 3, BanglaBERT, YOLO, CNN, RNN are names."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F1446

BN = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
def b(x): return str(x).translate(BN)
EMO = [("Happy", 41), ("Indifferent", 3), ("Amused", 6), ("Excited", 28), ("Angry", 1), ("Sad", 2)]
COMMENTS = [
 ("রাফি হাসান", "2 days ago", None, ["দারুণ লেখা ভাই! আমি এখন Andrew Ng এর কোর্সের দ্বিতীয় পার্টে আছি। পাশাপাশি Kaggle এর Titanic করছি।",
                                     "একটা প্রশ্ন: PyTorch আগে শিখব নাকি TensorFlow?"], 14, 0),
 ("তানভীর আহমেদ", "2 days ago", "রাফি হাসান", ["ধন্যবাদ! এখন PyTorch দিয়েই শুরু করো, রিসার্চ আর ইন্ডাস্ট্রি দুই জায়গাতেই এটাই বেশি চলে।",
                                              "TensorFlow/Keras পরে লাগলে Chollet এর বইটা দেখো।"], 9, 0),
 ("Sumaiya Akter", "1 day ago", None, ["Bangla te emon roadmap age pai nai. fast.ai er course ta ki free? ar certificate dey?"], 6, 0),
 ("মেহেদী", "1 day ago", "Sumaiya Akter", ["হ্যাঁ পুরোটাই ফ্রি, সার্টিফিকেট নেই। কিন্তু প্রজেক্ট বানাতে শিখলে সার্টিফিকেট লাগে না 🙂"], 11, 1),
 ("নুসরাত জাহান", "20 hours ago", None, ["মেয়েদের জন্য আলাদা কোনো স্টাডি গ্রুপ আছে কি? Women in AI Bangladesh এর মতো কিছু থাকলে লিংক দিয়েন।"], 4, 0),
 ("Arif_CSE19", "15 hours ago", None, ["ল্যাপটপে GPU নাই, Colab এর ফ্রি টায়ারে কি YOLO ট্রেইন করা যাবে? সেশন বারবার কেটে যায়।"], 3, 0),
 ("তানভীর আহমেদ", "14 hours ago", "Arif_CSE19", ["ছোট ডেটাসেটে যাবে। চেকপয়েন্ট Google Drive এ সেভ করো, আর Kaggle এ সপ্তাহে ৩০ ঘণ্টা ফ্রি GPU পাওয়া যায়।"], 5, 0),
 ("সাকিব", "9 hours ago", None, ["৳৪,৫০০ দিয়ে যে লোকাল বুটক্যাম্পগুলো হয় ওগুলো কি কাজের? নাকি ইউটিউবই যথেষ্ট?"], 2, 3),
]
MORE = 9
shown = len(COMMENTS)
L = [
 "প্রযুক্তিকথা",
 "হোম | প্রোগ্রামিং | এআই ও ডেটা | গ্যাজেট | ক্যারিয়ার | যোগাযোগ",
 "",
 "এআই ও ডেটা",
 "২০২৪ সালে মেশিন লার্নিং শেখার রোডম্যাপ: কোর্স, বই আর টুলস",
 f"লিখেছেন তানভীর আহমেদ | {b(12)} জুন {b(2024)} | পড়তে লাগবে {b(9)} মিনিট",
 "",
 "প্রতি সপ্তাহেই ইনবক্সে প্রশ্ন আসে: \"ভাই, মেশিন লার্নিং কোথা থেকে শুরু করব?\" তাই এক জায়গায় সব লিখে রাখলাম। এটা আমার নিজের"
 " অভিজ্ঞতা থেকে লেখা, কোনো স্পনসর নেই।",
 "",
 "ধাপ ১: গণিত আর পাইথন (১–২ মাস)",
 "• পাইথন: 10 Minute School এর ফ্রি পাইথন কোর্স অথবা CS50's Introduction to Programming with Python।",
 "• লিনিয়ার অ্যালজেব্রা: 3Blue1Brown এর \"Essence of Linear Algebra\" ভিডিও সিরিজ।",
 "• পরিসংখ্যান: StatQuest (Josh Starmer) এর ইউটিউব চ্যানেল।",
 "",
 "ধাপ ২: ক্লাসিক্যাল মেশিন লার্নিং (২–৩ মাস)",
 "• Coursera তে Andrew Ng এর Machine Learning Specialization (ফাইন্যান্সিয়াল এইড নিলে ফ্রি)।",
 "• বই: Aurélien Géron এর Hands-On Machine Learning with Scikit-Learn, Keras and TensorFlow (৩য় সংস্করণ)। নীলক্ষেতে প্রিন্ট কপি ৳৬৫০ এর মতো।",
 "• টুলস: NumPy, pandas, scikit-learn 1.5, Jupyter। প্র্যাকটিস: Kaggle এর Titanic আর House Prices।",
 "",
 "ধাপ ৩: ডিপ লার্নিং (৩ মাস)",
 "• fast.ai এর Practical Deep Learning for Coders — আমার মতে সেরা হাতে-কলমে কোর্স।",
 "• বই: Dive into Deep Learning (d2l.ai, ফ্রি) আর François Chollet এর Deep Learning with Python।",
 "• PyTorch 2.3 এর অফিসিয়াল টিউটোরিয়াল: pytorch.org/tutorials",
 "• CNN, RNN, transformer — এই তিনটা আর্কিটেকচার ভালো করে বুঝুন, বাকি সব এদের উপর দাঁড়ানো।",
 "",
 "ধাপ ৪: বাংলা ডেটা নিয়ে প্রজেক্ট",
 "• BanglaLekha-Isolated (হাতে লেখা বাংলা অক্ষর) দিয়ে একটা ক্লাসিফায়ার বানান।",
 "• Kaggle এ Bengali.AI Handwritten Grapheme Classification প্রতিযোগিতার নোটবুকগুলো পড়ুন।",
 "• টেক্সটের জন্য BanglaBERT মডেল Hugging Face এ আছে; GPT-4 বা Llama 3 দিয়ে বাংলায় কী হয় সেটাও পরীক্ষা করে দেখুন।",
 "",
 "কমিউনিটি",
 "• ফেসবুক গ্রুপ \"Machine Learning Bangladesh\" আর প্রতি মাসের শেষ শনিবার ঢাকায় PyData মিটআপ।",
 f"• পরের মিটআপ: {b(29)} জুন, বিকাল {b(4)}টা, বনানী (রেজিস্ট্রেশন ফ্রি)।",
 "",
 "শেষ কথা: সার্টিফিকেটের পেছনে না ছুটে গিটহাবে তিনটা ভালো প্রজেক্ট রাখুন। প্রশ্ন থাকলে নিচে কমেন্ট করুন।",
 "",
 "ট্যাগ: মেশিন লার্নিং, ক্যারিয়ার, পাইথন, রোডম্যাপ",
 "শেয়ার করুন: Facebook | X | LinkedIn | WhatsApp",
 "",
 "What is your reaction?",
 "   ".join(f"{n} {c}" for n, c in EMO),
 "",
 f"{shown + MORE} Comments",
 "Sort by: Best ▾",
 "",
 "Add a comment...",
 "Log in with Google | Facebook | Email",
 "",
]
for who, when, to, text, up, down in COMMENTS:
    L += [who, when] + ([f"Replying to {to}"] if to else []) + text + [f"Reply   Share   ▲ {up}   ▼ {down}", ""]
L += [f"Show {MORE} more comments", "", "Powered by Vuukle", "",
      "© ২০২৪ প্রযুক্তিকথা | গোপনীয়তা নীতি | ব্যবহারের শর্তাবলি"]
write(F1446, "\n".join(L) + "\n", negative=True)
