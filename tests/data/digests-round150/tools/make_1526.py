#!/usr/bin/env python3
"""1526 (negative): a guest post on সচলায়তন (Sachalayatan, the Bengali community blog) with its comments, copied from
the browser: the site menu, the title, the author line `লিখেছেন … [অতিথি] (তারিখ: বুধ, ১২/০৬/২০২৪ - ৯:৪০অপরাহ্ন)`
with Bengali digits and weekday (computed), the categories, the post, the guest writer's signature, the read count,
the comments numbered in Bengali digits, each with `… এর ছবি` and its author line, the comment box and the footer.
No paper at all: courses (Kaggle Learn, 10 Minute School, a BUET lecture series on YouTube), books (Chollet's Deep
Learning with Python, an invented Bengali book with a valid ISBN-13), data sets (BanglaLekha-Isolated, the
Bengali.AI competition data), software and versions (Python 3.11, scikit-learn 1.5.0, PyTorch 2.3.1, bnlp_toolkit
4.0.3, Colab, Kaggle's P100), a model by name (BanglaBERT on Hugging Face), a leaderboard rank, arXiv's listing page
(no paper), people, dates and view counts."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write

BD = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
WD = ["সোম", "মঙ্গল", "বুধ", "বৃহঃ", "শুক্র", "শনি", "রবি"]
b = lambda x: str(x).translate(BD)


def bdate(d):
    h = d.hour % 12 or 12
    return f"তারিখ: {WD[d.weekday()]}, {b(f'{d:%d/%m/%Y}')} - {b(h)}:{b(f'{d:%M}')}{'অপরাহ্ন' if d.hour >= 12 else 'পূর্বাহ্ন'}"


def isbn13(p12):
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(p12))
    return p12 + str((10 - s % 10) % 10)


ISBN = isbn13("978984960412")
POST = dt.datetime(2024, 6, 12, 21, 40)
C = [
    ("ধুসর গোধূলি", dt.datetime(2024, 6, 12, 22, 58),
     "চমৎকার লেখা। দেড় বছরে এতটা এগিয়েছেন, অভিনন্দন! Kaggle-এর র‍্যাংক দেখে ভালো লাগল।"),
    ("নীলাঞ্জনা", dt.datetime(2024, 6, 13, 8, 17),
     "একটা প্রশ্ন: পেপার পড়া শুরু করব কীভাবে? arXiv খুললে তো রোজ শত শত নতুন লেখা আসে (https://arxiv.org/list/cs.LG/recent), কোনটা আগে পড়ব বুঝি না।"),
    ("রাফসান হক", dt.datetime(2024, 6, 13, 10, 2),
     "@নীলাঞ্জনা আমি পেপারে যাওয়ার আগে কোর্স আর বই শেষ করেছি। তারপর BanglaBERT-এর মডেল কার্ড (Hugging Face-এ) থেকে শুরু করে রেফারেন্সগুলো ধরে ধরে এগিয়েছি। আলাদা পোস্টে লিখব।"),
    ("তাহসিন", dt.datetime(2024, 6, 14, 1, 45),
     "bnlp_toolkit 4.0.3-তে টোকেনাইজারটা আপডেট হয়েছে, pip install -U bnlp_toolkit দিয়ে নিয়ে নিন। রিপো: https://github.com/sagorbrur/bnlp"),
    ("মেঘদূত", dt.datetime(2024, 6, 15, 19, 30),
     "বইটার দাম কত? রকমারিতে দেখলাম ৪৮০ টাকা, ২৫% ছাড়ে। ISBN দিলে লাইব্রেরিতে খুঁজে দেখতাম।"),
    ("রাফসান হক", dt.datetime(2024, 6, 15, 21, 12),
     f"@মেঘদূত ISBN {ISBN[:3]}-{ISBN[3:6]}-{ISBN[6:10]}-{ISBN[10:12]}-{ISBN[12]}, জ্ঞানপথ প্রকাশনী, ২০২৩। নীলক্ষেতেও পাবেন।"),
]
body = [
    "ঠিক দেড় বছর আগে, ২০২২ সালের ডিসেম্বরে, ঠিক করেছিলাম চাকরির পাশাপাশি নিজে নিজে মেশিন লার্নিং শিখব। আমার পড়াশোনা হিসাববিজ্ঞানে, প্রোগ্রামিং বলতে এক্সেলের ফর্মুলা। এই লেখায় পুরো পথটা তুলে রাখছি, যদি কারও কাজে লাগে।",
    "",
    "প্রথম ধাপ: পাইথন",
    "শুরু করেছিলাম 10 Minute School-এর ফ্রি পাইথন কোর্স দিয়ে, তারপর Kaggle Learn-এর Python আর Pandas মাইক্রো-কোর্স। সব কাজ Google Colab-এ, কম্পিউটারে Python 3.11 বসিয়েছি অনেক পরে।",
    "",
    "দ্বিতীয় ধাপ: বই",
    f"দুটো বই পড়েছি: François Chollet-এর Deep Learning with Python (দ্বিতীয় সংস্করণ) আর বাংলায় লেখা «মেশিন লার্নিং হাতেকলমে» (জ্ঞানপথ প্রকাশনী, ২০২৩)। দ্বিতীয়টা নতুনদের জন্য দারুণ, উদাহরণগুলো scikit-learn 1.5.0-তে চলে।",
    "",
    "তৃতীয় ধাপ: প্রজেক্ট আর প্রতিযোগিতা",
    "বাংলা হাতের লেখা চেনার জন্য BanglaLekha-Isolated ডেটাসেট নিয়ে একটা ছোট CNN বানিয়েছি (PyTorch 2.3.1)। তারপর Bengali.AI-এর পুরোনো প্রতিযোগিতায় (https://www.kaggle.com/competitions/bengaliai-cv19) late submission দিয়েছি — প্রাইভেট লিডারবোর্ডে ২,০৫৯ জনের মধ্যে ৪১২-এর সমান স্কোর। Kaggle সপ্তাহে ৩০ ঘণ্টা P100 GPU দেয়, ওটাই ভরসা।",
    "",
    "চতুর্থ ধাপ: ভিডিও লেকচার",
    "BUET-এর এক শিক্ষকের ইউটিউব লেকচার সিরিজ (২৪টা ভিডিও) দেখেছি, অঙ্কের অংশগুলো দুবার করে।",
    "",
    "কী ভুল করেছিলাম: শুরুতে সব টিউটোরিয়াল একসাথে খুলে বসতাম। একটা শেষ না করে আরেকটা নয় — এটাই সবচেয়ে বড় শিক্ষা।",
    "",
    "পরের পর্বে লিখব বাংলা লেখার সেন্টিমেন্ট অ্যানালাইসিস নিয়ে।",
    "",
    "রাফসান হক",
    "rafsan.hq.blog@gmail.com",
]
out = ["সচলায়তন", "নীড়পাতা", "ব্লগ", "অতিথি লেখক", "লগইন", "নিবন্ধন", "",
       "দেড় বছরে নিজে নিজে মেশিন লার্নিং: আমার পথ, ভুল আর কাজে লাগা জিনিসপত্র",
       f"লিখেছেন অতিথি লেখক [অতিথি] ({bdate(POST)})", "ক্যাটেগরি: প্রযুক্তি | শিক্ষা | অভিজ্ঞতা", ""]
out += body + ["", f"এই লেখাটি পড়া হয়েছে {b('1,318')} বার", "", f"মন্তব্য ({b(len(C))})", ""]
for i, (who, d, t) in enumerate(C, 1):
    out += [b(i), f"{who} এর ছবি", f"লিখেছেন {who} [অতিথি] ({bdate(d)})", t, ""]
out += ["নতুন মন্তব্য করুন", "মন্তব্য করতে লগইন করুন অথবা নিবন্ধন করুন।", "",
        "সচলায়তন | যোগাযোগ | নীতিমালা", "লেখার দায় লেখকের, সচলায়তনের নয়।"]
write("1526_negative_sachalayatan_blog_post_with_comments_copied_text_bengali_self_taught_ml_no_papers.txt",
      "\n".join(out) + "\n", negative=True)
