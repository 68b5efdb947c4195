#!/usr/bin/env python3
"""1518: README.md of an awesome list kept on Hamgit (hamgit.ir, a GitLab instance): the awesome badge, an intro quote
naming the group and the project, a table of contents whose GitLab-style anchors keep the Persian letters (computed
from the headings), paper sections with list items (links, an arXiv id in parentheses, bold titles without links), a
table of tools and models (not papers), contribution steps with a clone URL and a code block, the licence. Persian
prose (RTL) around English titles; Persian digits in prose, Latin digits in ids and URLs. Not papers: transformers,
llama.cpp, vLLM, Ollama (software); PersianMind, Dorna (models); ParsiNLU (data); the Open Persian LLM Leaderboard.
Nicknames: GPT-3, LLaMA, OPT, MMLU, BIG-bench, MT-Bench — labelled where the full titles are written."""
import os, re, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1518, keys, GPT1

GROUP, PROJ = "nlp-tehran", "awesome-llm-fa"


def slug(h):
    s = h.strip().lower()
    s = "".join(c for c in s if c.isalnum() or c in " -_" or unicodedata.category(c).startswith("M"))
    return s.replace(" ", "-")


SECTIONS = [
    ("مدل‌های پایه", [
        f"- **{T(GPT1)}** — گزارش فنی OpenAI (۲۰۱۸)؛ نسخهٔ arXiv ندارد و فقط PDF آن روی سایت OpenAI است.",
        f"- [{T('2005.14165')}](https://arxiv.org/abs/2005.14165) — همان GPT-3؛ یادگیری با چند نمونه در پرامپت.",
        f"- [{T('2302.13971')}](https://arxiv.org/abs/2302.13971) — LLaMA، وزن‌های باز برای پژوهش.",
        f"- [{T('2205.01068')}](https://arxiv.org/pdf/2205.01068.pdf) — OPT از Meta، همراه با لاگ آموزش.",
    ]),
    ("ارزیابی", [
        f"- {T('2009.03300')} (arXiv:2009.03300) — بنچمارک MMLU با ۵۷ موضوع.",
        f"- [{T('2206.04615')}](https://arxiv.org/abs/2206.04615) — BIG-bench، بیش از ۲۰۰ وظیفه.",
        f"- **{T('2306.05685')}** — مقالهٔ MT-Bench و Chatbot Arena؛ داوری با خود مدل‌ها.",
    ]),
    ("زمینهٔ طولانی", [
        f"- **{T('2307.03172')}** — چرا اطلاعات وسط متن نادیده گرفته می‌شود.",
    ]),
    ("ابزارها و مدل‌های فارسی", None),
    ("مشارکت", None),
    ("مجوز", None),
]

out = [f"# فهرست عالی مدل‌های زبانی بزرگ برای فارسی‌زبان‌ها [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", "",
       f"> این فهرست را گروه `{GROUP}` روی هم‌گیت نگه می‌دارد (پروژهٔ `{PROJ}`). فقط مقاله‌هایی را اضافه کنید که خودتان خوانده‌اید؛",
       "> ابزارها و مدل‌ها در جدول جداگانه می‌آیند. آخرین به‌روزرسانی: ۱۴۰۳/۰۲/۲۵.", "",
       "## فهرست مطالب", ""]
for h, _ in SECTIONS:
    out.append(f"- [{h}](#{slug(h)})")
out.append("")
for h, items in SECTIONS:
    out += [f"## {h}", ""]
    if items:
        out += items + [""]
    elif h == "ابزارها و مدل‌های فارسی":
        out += ["این‌ها مقاله نیستند، ولی برای اجرای مثال‌ها به کارتان می‌آیند:", "",
                "| نام | نوع | توضیح |", "|---|---|---|",
                "| [transformers](https://github.com/huggingface/transformers) | کتابخانه | بارگذاری و ریزتنظیم مدل‌ها |",
                "| [llama.cpp](https://github.com/ggerganov/llama.cpp) | ابزار | اجرای مدل روی CPU با کوانتیزه‌سازی GGUF |",
                "| [vLLM](https://github.com/vllm-project/vllm) | سرور | سرویس‌دهی سریع؛ مقاله‌اش در این فهرست نیست |",
                "| [Ollama](https://ollama.com) | ابزار | اجرای محلی با یک دستور |",
                "| PersianMind | مدل | مدل فارسی-انگلیسی بر پایهٔ LLaMA 2 |",
                "| Dorna | مدل | مدل چت فارسی از PartAI |",
                "| ParsiNLU | دادگان | مجموعه‌ای از وظایف درک زبان فارسی |",
                "| Open Persian LLM Leaderboard | جدول امتیاز | مقایسهٔ مدل‌ها روی بنچمارک‌های فارسی |", ""]
    elif h == "مشارکت":
        out += ["۱. مخزن را فورک کنید و نسخهٔ خودتان را کلون کنید:", "", "```bash",
                f"git clone https://hamgit.ir/{GROUP}/{PROJ}.git", f"cd {PROJ}",
                "git checkout -b add/paper-name", "```", "",
                "۲. مقاله را در بخش مناسب با این قالب اضافه کنید (عنوان کامل انگلیسی، بعد توضیح کوتاه فارسی):", "",
                "```markdown", "- [عنوان کامل مقاله](https://arxiv.org/abs/XXXX.XXXXX) — یک جملهٔ توضیح.", "```", "",
                "۳. یک Merge Request باز کنید؛ یکی از نگه‌دارنده‌ها (@m.karimi یا @s.rahimi) ظرف یک هفته بررسی می‌کند.", ""]
    elif h == "مجوز":
        out += ["[![CC0](https://licensebuttons.net/p/zero/1.0/88x31.png)](https://creativecommons.org/publicdomain/zero/1.0/)", "",
                "تا جایی که قانون اجازه می‌دهد، نگه‌دارنده‌ها همهٔ حقوق این اثر را واگذار کرده‌اند."]
write_only(F1518, "\n".join(out) + "\n", keys(F1518))
