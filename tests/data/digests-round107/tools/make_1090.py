#!/usr/bin/env python3
"""1090: the worker log of an Iranian university NLP group's paper bot, which posts to the group's channel on the Bale
messenger (بله) and keeps its reading list: `/var/log/paperbot/worker.log`, the stderr of `rq worker digest default`
(RQ 1.15) under supervisord (UTF-8, LF, final newline). RQ's own lines (`HH:MM:SS message`: start-up, `*** Listening
on …`, `Cleaning registries for queue: …` every ten minutes, `<queue>: <job description> (<job id>)`, `<queue>: Job OK
(<id>)`, `Result is kept for 500 seconds`, `[Job <id>]: exception raised while executing (<func>)` with the traceback,
the warm shut-down) and the bot's own logger (`HH:MM:SS [paperbot] LEVEL message`). Job descriptions are RQ's call
strings: each argument's repr, reprs longer than 75 characters cut to 75 and `...` appended; Persian text in reprs
shows the zero-width non-joiner as `\\u200c`, as Python's repr writes it. The metaseq repository and the Hugging Face
blog post are not papers; "GPT-3", "LLaMA", "Chinchilla", "OPT", "phi-1", "Megatron" are nicknames."""
import hashlib, os, sys, uuid
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(1090)
K = dict(gpt3="2005.14165", llama="2302.13971", chin="2203.15556", scaling="2001.08361", opt="2205.01068",
         survey="2303.18223", textbooks="2306.11644", megatron="1909.08053")
WORKER = hashlib.md5(b"paperbot-worker-1").hexdigest()
ZW = "\u200c"
lines = []
clock = [9 * 3600]


def t(dt=0):
    clock[0] += dt
    s = clock[0]
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def rq(msg, dt=0):
    lines.append(f"{t(dt)} {msg}")


def bot(msg, dt=0, level="INFO"):
    lines.append(f"{t(dt)} [paperbot] {level} {msg}")


def jid(seed):
    return str(uuid.UUID(hashlib.md5(seed.encode()).hexdigest(), version=4))


def trunc(r, n=75):
    return r[:n] + "..." if len(r) > n else r


def call(func, *args, **kw):
    parts = [trunc(repr(a)) for a in args] + [f"{k}={trunc(repr(v))}" for k, v in kw.items()]
    return f"{func}({', '.join(parts)})"


last_clean = [0]


def maybe_clean():
    if clock[0] - last_clean[0] >= 600:
        for q in ("digest", "default"):
            rq(f"Cleaning registries for queue: {q}")
        last_clean[0] = clock[0]


def job(q, seed, func, args, kw, body, dt_start, dt_run, ok=True, tb=None):
    clock[0] += dt_start
    maybe_clean()
    i = jid(seed)
    rq(f"{q}: {call(func, *args, **kw)} ({i})")
    for d, m, *lv in body:
        bot(m, d, *lv)
    clock[0] += dt_run
    if ok:
        rq(f"{q}: Job OK ({i})")
        rq("Result is kept for 500 seconds")
    else:
        lines.append(f"{t()} [Job {i}]: exception raised while executing ({func})\n" + tb)


rq(f"Worker rq:worker:{WORKER} started with PID 21873, version 1.15.1")
rq(f"Subscribing to channel rq:pubsub:{WORKER}")
rq("*** Listening on digest, default...")
last_clean[0] = clock[0] - 600
maybe_clean()
CH = "@nlp_maghale"
job("digest", "j1", "paperbot.tasks.fetch_arxiv", ("2001.08361",), {},
    [(1, f"export.arxiv.org: 200 OK, 1 entry"), (0, "عنوان دریافت شد: " + T(K["scaling"]))], 14, 1)
job("digest", "j2", "paperbot.tasks.fetch_arxiv", ("2205.01068",), {},
    [(1, f"export.arxiv.org: 200 OK, 1 entry"), (0, "عنوان دریافت شد: " + T(K["opt"]))], 3, 1)
job("digest", "j3", "paperbot.tasks.post_to_channel", (CH, "https://arxiv.org/abs/2005.14165"),
    dict(title=T(K["gpt3"]), note="مقالهٔ پایه برای بحث یادگیری درون{ZW}متنی (in-context learning). بخش ۳ و جدول ۳.۲ را بخوانید.".replace("{ZW}", ZW)),
    [(2, f"پیام {CH}/4187 ارسال شد: «{T(K['gpt3'])}»")], 40, 1)
job("digest", "j4", "paperbot.tasks.post_to_channel", (CH, "https://arxiv.org/abs/2302.13971"),
    dict(title=T(K["llama"]), note=f"مدل{ZW}های باز ۷ تا ۶۵ میلیارد پارامتری؛ کد و وزن{ZW}ها در github.com/facebookresearch/llama",
         extra_links=["https://github.com/facebookresearch/metaseq"]),
    [(1, f"پیام {CH}/4188 ارسال شد: «{T(K['llama'])}»"),
     (0, "extra_links: فقط لینک اول در پیام آمد (محدودیت پیش{ZW}نمایش بله)".replace("{ZW}", ZW), "WARNING")], 6, 1)
job("digest", "j5", "paperbot.tasks.post_to_channel", (CH, "https://arxiv.org/abs/2203.15556"),
    dict(title=T(K["chin"]), note="نسبت بهینهٔ داده به پارامتر (حدود ۲۰ توکن برای هر پارامتر)؛ با مقالهٔ قوانین مقیاس مقایسه شود."),
    [(1, f"پیام {CH}/4189 ارسال شد: «{T(K['chin'])}»")], 5, 1)
job("digest", "j6", "paperbot.tasks.post_to_channel", (CH, "https://huggingface.co/blog/large-language-models"),
    dict(title="Large Language Models: A New Moore's Law?", note="پست وبلاگ، نه مقاله — برای پیش{ZW}زمینه".replace("{ZW}", ZW)),
    [(1, f"پیام {CH}/4190 ارسال شد (پیوند وبلاگ)")], 420, 1)
job("default", "j7", "paperbot.tasks.find_by_title", (T(K["survey"]),), dict(requested_by="s.rahimi"),
    [(1, "جستجو در کتابخانهٔ گروه (Zotero group 5173882)"), (0, f"پیدا شد: «{T(K['survey'])}» — فایل surveys/zhao2023.pdf")], 250, 1)
TB = ("Traceback (most recent call last):\n"
      '  File "/srv/paperbot/venv/lib/python3.10/site-packages/rq/worker.py", line 1431, in perform_job\n'
      "    rv = job.perform()\n"
      '  File "/srv/paperbot/venv/lib/python3.10/site-packages/rq/job.py", line 1280, in perform\n'
      "    self._result = self._execute()\n"
      '  File "/srv/paperbot/venv/lib/python3.10/site-packages/rq/job.py", line 1317, in _execute\n'
      "    result = self.func(*self.args, **self.kwargs)\n"
      '  File "/srv/paperbot/paperbot/tasks.py", line 88, in find_by_title\n'
      "    hits = arxiv_search(title, max_results=3)\n"
      '  File "/srv/paperbot/paperbot/arxiv.py", line 41, in arxiv_search\n'
      "    r = SESSION.get(API, params=params, timeout=10)\n"
      '  File "/srv/paperbot/venv/lib/python3.10/site-packages/requests/sessions.py", line 602, in get\n'
      '    return self.request("GET", url, **kwargs)\n'
      '  File "/srv/paperbot/venv/lib/python3.10/site-packages/requests/adapters.py", line 507, in send\n'
      "    raise ConnectTimeout(e, request=request)\n"
      "requests.exceptions.ConnectTimeout: HTTPSConnectionPool(host='export.arxiv.org', port=443): Max retries exceeded "
      "with url: /api/query?search_query=ti%3A%22Textbooks+Are+All+You+Need%22&max_results=3 (Caused by "
      "ConnectTimeoutError(<urllib3.connection.HTTPSConnection object at 0x7f3b2c1d9e40>, 'Connection to "
      "export.arxiv.org timed out. (connect timeout=10)'))")
job("default", "j8", "paperbot.tasks.find_by_title", (T(K["textbooks"]),), dict(requested_by="a.moradi"),
    [(1, "در کتابخانهٔ گروه نبود؛ جستجو در arXiv")], 95, 10, ok=False, tb=TB)
job("default", "j9", "paperbot.tasks.add_to_reading_list", (T(K["textbooks"]),),
    dict(requested_by="a.moradi", note="دستی اضافه شد؛ جستجوی خودکار خطا داد"),
    [(1, f"به فهرست خواندن اضافه شد: «{T(K['textbooks'])}» (بدون شناسه)")], 130, 1)
job("default", "j10", "paperbot.tasks.add_to_reading_list", (T(K["megatron"]),),
    dict(requested_by="z.karimi", note=f"برای جلسهٔ موازی{ZW}سازی مدل، بعد از عید"),
    [(1, f"به فهرست خواندن اضافه شد: «{T(K['megatron'])}» (بدون شناسه)")], 480, 1)
clock[0] += 300
maybe_clean()
rq(f"Worker {WORKER} [PID 21873]: warm shut down requested", 20)
rq(f"Unsubscribing from channel rq:pubsub:{WORKER}")
write_only(F, "\n".join(lines) + "\n", keys(F))
