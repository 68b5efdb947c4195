#!/usr/bin/env python3
"""894: a terminal session with Ollama's interactive CLI (`ollama run aya:8b`), copied into a text file by a Persian
student preparing a reading-group talk: the shell line that started it, `>>> ` before each message typed, the model's
answer on the following lines (Markdown as the model writes it), one blank line after each answer, a multi-line
message typed between `\"\"\"` markers with `... ` continuation prompts, and `>>> /bye` at the end. The model names
papers by title, gives two arXiv links, one arXiv id and declines to guess another link; the student pastes an
OpenReview link. Persian text (with ZWNJ and Persian digits), titles in English."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, CTC

F = by_num(894)
K = dict(mamba="2312.00752", attn="1706.03762", expire="2105.06548", retnet="2307.08621", seq2seq="1409.3215",
         feedback="2002.09402", tt="2106.02039")

TURNS = [
    (["سلام. برای جلسهٔ گروه مطالعه‌مان یک ارائه دربارهٔ تاریخچهٔ مدل‌سازی دنباله آماده می‌کنم، از RNN و CTC تا ترنسفورمر و "
      "Mamba. مقاله‌های کلیدی را به ترتیب زمانی فهرست کن و برای هر کدام یک جمله توضیح بده."],
     f"""حتماً! این یک فهرست زمانی از مقاله‌های کلیدی است:

1. **{CTC}** (Graves و همکاران، ICML ۲۰۰۶)
   روشی برای آموزش RNN روی دنباله‌هایی که هم‌ترازی برچسب‌ها در آن‌ها معلوم نیست؛ پایهٔ بسیاری از سامانه‌های بازشناسی گفتار.

2. **{T(K['seq2seq'])}** (Sutskever، Vinyals و Le، ۲۰۱۴)
   معماری رمزگذار–رمزگشا با LSTM که ترجمهٔ ماشینی عصبی را عملی کرد.

3. **{T(K['attn'])}** (Vaswani و همکاران، ۲۰۱۷)
   معرفی ترنسفورمر که بازگشت را کنار گذاشت و فقط به سازوکار توجه تکیه کرد.
   پیوند: https://arxiv.org/abs/1706.03762

4. **{T(K['feedback'])}** (Fan و همکاران، ۲۰۲۰)
   افزودن حافظهٔ بازخوردی تا لایه‌های پایینی هم به نمایش‌های انتزاعی‌تر گام‌های قبلی دسترسی داشته باشند.

5. **{T(K['mamba'])}** (Gu و Dao، ۲۰۲۳)
   مدل فضای حالت گزینشی که هزینهٔ آن نسبت به طول دنباله خطی است.
   پیوند: https://arxiv.org/abs/2312.00752

لطفاً پیوندها و سال‌ها را پیش از ارائه با منبع اصلی تطبیق دهید."""),
    (["RetNet را جا انداختی. عنوان کامل و شناسهٔ arXiv آن را داری؟"],
     f"""درست می‌گویید، ببخشید. عنوان کامل مقاله **{T(K['retnet'])}** است (Sun و همکاران، ۲۰۲۳) با شناسهٔ arXiv:2307.08621.
ایدهٔ اصلی آن سازوکار «نگه‌داشت» (retention) است که سه شکل محاسبه دارد: موازی برای آموزش، بازگشتی برای استنتاج با هزینهٔ O(1) در هر گام، و تکه‌ای برای دنباله‌های بلند."""),
    (['"""', "این یکی را هم به فهرست اضافه کن و در دو جمله خلاصه‌اش کن:", T(K["expire"]),
      "https://openreview.net/forum?id=ZVBtN6B_6i7", '"""'],
     """این مقاله (Sukhbaatar و همکاران، ICML ۲۰۲۱) روش Expire-Span را معرفی می‌کند: مدل برای هر حافظه پیش‌بینی می‌کند تا کی باید نگه داشته شود و حافظه‌های کم‌اهمیت را زودتر کنار می‌گذارد. به این ترتیب بافت را می‌توان تا ده‌ها هزار گام گسترش داد، بی‌آنکه هزینهٔ حافظه به همان نسبت بالا برود.
در فهرست، آن را بعد از مقالهٔ حافظهٔ بازخوردی (شمارهٔ ۴) بگذارید."""),
    (["یک مقالهٔ دیگر هم می‌خواهم که یادگیری تقویتی را به شکل مدل‌سازی دنباله ببیند، برای بخش آخر ارائه."],
     f"""پیشنهاد من **{T(K['tt'])}** است (Janner، Li و Levine، NeurIPS ۲۰۲۱) که به Trajectory Transformer هم معروف است. حالت‌ها، کنش‌ها و پاداش‌ها را گسسته می‌کند و با یک ترنسفورمر و جست‌وجوی پرتو (beam search) برنامه‌ریزی می‌کند.
کار هم‌زمان و مشهور دیگر Decision Transformer است؛ اگر وقت داشتید این دو را با هم مقایسه کنید."""),
    (["ممنون! پیوند arXiv مقالهٔ Trajectory Transformer را هم داری؟"],
     """متأسفانه از شناسهٔ دقیق آن مطمئن نیستم و نمی‌خواهم شناسهٔ نادرستی بدهم. عنوان مقاله را در arxiv.org یا Google Scholar جست‌وجو کنید."""),
]
out = ["parisa@lab-ws:~$ ollama run aya:8b"]
for msg, answer in TURNS:
    out.append(">>> " + msg[0])
    out += ["... " + l for l in msg[1:]]
    out += answer.split("\n") + [""]
out.append(">>> /bye")
text = "\n".join(out) + "\n"
write_only(F, text, keys(F))
