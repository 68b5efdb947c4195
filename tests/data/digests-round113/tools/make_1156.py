#!/usr/bin/env python3
"""1156 (negative): a Serilog CLEF file (compact log event format, as Seq imports it; Arabic message templates):
one night run of a Riyadh lab's paper-digest worker. It looks like it may hold papers (templates with {PaperCount},
{FeedUrl}, a dedupe warning, a Telegram error, a rendered issue number) but names none: no paper title, no
arXiv-shaped id, no paper URL. @t has seven fractional digits and increases; @l is left out for Information; @i is a
per-template hash (the same template always has the same @i); @r renders the placeholders that carry a format; @x
only on warnings and errors. The builder refuses any catalogue title and anything arXiv-shaped."""
import datetime as dt, hashlib, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F1156

t = dt.datetime(2024, 6, 2, 23, 0, 0, 1234 * 100 + 7, tzinfo=dt.timezone.utc)
BASE = {"SourceContext": None, "MachineName": "digest-01", "EnvironmentName": "Production"}
out = []
def ev(ms, tmpl, props, level=None, exc=None, src="PaperDigest.Worker.Program", r=None):
    global t
    t += dt.timedelta(microseconds=ms * 1000 + 37)
    d = {"@t": t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}" + str(ms % 10) + "Z", "@mt": tmpl}
    if r is not None: d["@r"] = r
    if level: d["@l"] = level
    if exc: d["@x"] = exc
    d["@i"] = hashlib.sha1(tmpl.encode()).hexdigest()[:8]
    d.update(props)
    d["SourceContext"] = src; d["MachineName"] = "digest-01"; d["EnvironmentName"] = "Production"
    out.append(json.dumps(d, ensure_ascii=False, separators=(",", ":")))
ev(0, "بدء تشغيل {Application} الإصدار {Version}", {"Application": "PaperDigest.Worker", "Version": "3.2.0"})
ev(41, "تحميل الإعدادات من {ConfigPath}", {"ConfigPath": "/etc/paperdigest/appsettings.Production.json"})
ev(1203, "جلب {ItemCount} عنصرًا من {FeedUrl} خلال {Elapsed:0.0} مللي ثانية",
   {"ItemCount": 0, "FeedUrl": "https://rss.arxiv.org/rss/cs.LG", "Elapsed": 1187.42}, r=["1187.4"],
   src="PaperDigest.Worker.Feeds.FeedReader")
ev(17, "الخلاصة {FeedUrl} فارغة؛ قد يكون اليوم عطلة نهاية الأسبوع في arXiv",
   {"FeedUrl": "https://rss.arxiv.org/rss/cs.LG"}, level="Warning", src="PaperDigest.Worker.Feeds.FeedReader")
ev(864, "جلب {ItemCount} عنصرًا من {FeedUrl} خلال {Elapsed:0.0} مللي ثانية",
   {"ItemCount": 14, "FeedUrl": "https://lab.example.sa/reading/queue.json", "Elapsed": 842.07}, r=["842.1"],
   src="PaperDigest.Worker.Feeds.FeedReader")
ev(58, "تم تجاهل {DuplicateCount} عنصرًا مكررًا من أصل {ItemCount}",
   {"DuplicateCount": 9, "ItemCount": 14}, level="Warning", src="PaperDigest.Worker.Dedupe")
ev(12, "العنصر {ItemId} بلا عنوان؛ تم تخطيه", {"ItemId": "q-7f3a21"}, level="Warning", src="PaperDigest.Worker.Dedupe")
ev(12, "العنصر {ItemId} بلا عنوان؛ تم تخطيه", {"ItemId": "q-7f3a5c"}, level="Warning", src="PaperDigest.Worker.Dedupe")
ev(230, "تجهيز العدد {IssueNumber} بعدد {PaperCount} ورقة بحثية للقناة {Channel}",
   {"IssueNumber": 41, "PaperCount": 3, "Channel": "@qiraat_ml"}, src="PaperDigest.Worker.Render.IssueBuilder")
ev(2210, "فشل الإرسال إلى {Channel}: الحالة {StatusCode}؛ إعادة المحاولة بعد {RetryAfter} ثانية",
   {"Channel": "@qiraat_ml", "StatusCode": 429, "RetryAfter": 11}, level="Error",
   exc="System.Net.Http.HttpRequestException: Response status code does not indicate success: 429 (Too Many Requests).\n   at PaperDigest.Worker.Telegram.BotClient.SendAsync(String chat, String html) in /src/Telegram/BotClient.cs:line 72\n   at PaperDigest.Worker.Publisher.PublishAsync(Issue issue) in /src/Publisher.cs:line 38",
   src="PaperDigest.Worker.Telegram.BotClient")
ev(11042, "تم نشر العدد {IssueNumber} في {Channel} (الرسالة {MessageId})",
   {"IssueNumber": 41, "Channel": "@qiraat_ml", "MessageId": 9127}, src="PaperDigest.Worker.Telegram.BotClient")
ev(15, "انتهى التشغيل خلال {Duration:0.00} ثانية؛ التشغيل التالي {NextRun}",
   {"Duration": 15.71934, "NextRun": "2024-06-03T23:00:00+03:00"}, r=["15.72"])
write(F1156, "\n".join(out) + "\n", negative=True)
