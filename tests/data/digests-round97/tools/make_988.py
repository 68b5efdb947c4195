#!/usr/bin/env python3
"""988: a terminal copy of two Grafana Loki `logcli` commands run by an Arabic-speaking lab's admin (stderr and
stdout together, as the terminal shows them): `logcli series` (the URL line, then one label set per stream) and
`logcli query --since=240h --limit=60` (the URL line with Go's sorted, query-escaped parameters, the `Common labels`
line, then the entries newest first: an RFC 3339 local time, the labels that are not common padded to one width, and
the log line). The lines are the lab's Telegram paper bot's zap production JSON (level, ts as epoch seconds,
caller, msg, then fields; Arabic written raw, newlines in message texts as \\n). The bot saves arXiv / OpenReview
links and `/add` titles; an `arXiv:` id written as text and titles in a proposed list are not links, so it logs them
as such. A pod restart splits the entries between two streams. The Hugging Face model page, a blog post and a
recorded session on YouTube are not papers."""
import datetime as dt, json, os, sys
from urllib.parse import urlencode
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, GPT2

F = by_num(988)
K = dict(llama2="2307.09288", survey="2303.18223", cot="2201.11903", palm="2204.02311", emergent="2206.07682",
         know="2207.05221", t5="1910.10683")
TZ = dt.timezone(dt.timedelta(hours=3))
OLD, NEW = "paper-bot-6c8d7f9b54-tk2mr", "paper-bot-7f4b6d8c9-x5qzn"
CHAT = "مختبر معالجة اللغات الطبيعية"
CHAT_ID = -1001873264519
ev = []


def log(when, pod, level, caller, msg, frac, **fields):
    t = dt.datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=TZ)
    rec = {"level": level, "ts": float("%d.%s" % (int(t.timestamp()), frac)), "caller": caller, "msg": msg}
    rec.update(fields)
    ev.append((t, pod, json.dumps(rec, ensure_ascii=False, separators=(",", ":"))))


SENT = {}


def received(when, pod, frac, user, text, mid):
    SENT[mid] = text
    log(when, pod, "info", "bot/update.go:64", "message received", frac, chat_id=CHAT_ID, chat=CHAT, message_id=mid, **{"from": user}, text=text)


# week of 4-11 March 2024, oldest first
received("2024-03-04 09:12:05", OLD, "1834512", "layla_haddad",
         "ورقة اليوم: https://arxiv.org/abs/2307.09288\nتقرير Llama 2 كاملاً؛ القسم الخاص بالـ RLHF وتقييم السلامة يستحق القراءة قبل اجتماع الخميس.", 4121)
log("2024-03-04 09:12:05", OLD, "info", "links/classify.go:41", "link classified", "2017764", url="https://arxiv.org/abs/2307.09288", kind="arxiv", id="2307.09288")
log("2024-03-04 09:12:07", OLD, "info", "store/papers.go:88", "saved paper", "0452218", id="2307.09288", title=T(K["llama2"]),
    added_by="layla_haddad", tags=["llm", "open-models"])
received("2024-03-04 09:40:31", OLD, "5530917", "omar_k",
         "للأرشيف فقط، هذه ليست ورقة بل بطاقة النموذج: https://huggingface.co/meta-llama/Llama-2-7b-chat-hf", 4124)
log("2024-03-04 09:40:31", OLD, "info", "links/classify.go:41", "link classified", "5619340", url="https://huggingface.co/meta-llama/Llama-2-7b-chat-hf", kind="other", host="huggingface.co")
log("2024-03-04 09:40:31", OLD, "info", "bot/update.go:97", "ignored link (not a paper)", "5623001", url="https://huggingface.co/meta-llama/Llama-2-7b-chat-hf")
received("2024-03-05 13:02:44", OLD, "7719203", "yousef_m",
         "مراجعة شاملة مناسبة للأعضاء الجدد في الفريق: https://arxiv.org/abs/2303.18223 (طويلة جداً، اقرؤوا الأقسام 5 و6 أولاً)", 4139)
log("2024-03-05 13:02:44", OLD, "info", "links/classify.go:41", "link classified", "7802416", url="https://arxiv.org/abs/2303.18223", kind="arxiv", id="2303.18223")
log("2024-03-05 13:02:46", OLD, "info", "store/papers.go:88", "saved paper", "1190385", id="2303.18223", title=T(K["survey"]),
    added_by="yousef_m", tags=["llm", "survey"])
received("2024-03-05 13:05:10", OLD, "3306652", "mariam_ali",
         "مقال مدونة جيد عن هندسة الأوامر (ليس ورقة): https://lilianweng.github.io/posts/2023-03-15-prompt-engineering/", 4140)
log("2024-03-05 13:05:10", OLD, "info", "links/classify.go:41", "link classified", "3391107", url="https://lilianweng.github.io/posts/2023-03-15-prompt-engineering/", kind="other", host="lilianweng.github.io")
log("2024-03-05 13:05:10", OLD, "info", "bot/update.go:97", "ignored link (not a paper)", "3395520", url="https://lilianweng.github.io/posts/2023-03-15-prompt-engineering/")
received("2024-03-06 10:20:18", OLD, "6621045", "layla_haddad",
         "نقاش الخميس: «" + T(K["cot"]) + "»\nالرابط من OpenReview: https://openreview.net/forum?id=_VjQlMeSB_J\nمن فضلكم جرّبوا الأمثلة في الملحق على نموذجنا العربي قبل الجلسة.", 4152)
log("2024-03-06 10:20:18", OLD, "info", "links/classify.go:41", "link classified", "6702288", url="https://openreview.net/forum?id=_VjQlMeSB_J", kind="openreview", id="_VjQlMeSB_J")
log("2024-03-06 10:20:20", OLD, "info", "store/papers.go:88", "saved paper", "0977431", id="openreview:_VjQlMeSB_J", title=T(K["cot"]),
    added_by="layla_haddad", tags=["reasoning", "prompting"])
received("2024-03-06 10:21:02", OLD, "4408817", "yousef_m",
         "وبعدها «" + T(K["palm"]) + "»؟ arXiv:2204.02311 — القسم عن الاستدلال متعدد الخطوات مرتبط مباشرة بنقاش الخميس.", 4153)
log("2024-03-06 10:21:02", OLD, "info", "bot/update.go:81", "no link found in message", "4419935", message_id=4153, text_len=len(SENT[4153].encode()))
received("2024-03-07 16:45:09", OLD, "2280164", "omar_k", "/add " + GPT2, 4170)
log("2024-03-07 16:45:09", OLD, "info", "bot/commands.go:37", "command", "2291472", cmd="/add", **{"from": "omar_k"})
log("2024-03-07 16:45:09", OLD, "info", "store/papers.go:112", "saved paper without link", "2315008", title=GPT2,
    added_by="omar_k", note="تقرير OpenAI، ليس على arXiv")
log("2024-03-07 16:45:10", OLD, "error", "bot/send.go:58", "telegram api error", "0148830", method="sendMessage",
    error="Too Many Requests: retry after 3", retry_after=3)
log("2024-03-07 16:45:13", OLD, "info", "bot/send.go:71", "reply sent", "1820573", method="sendMessage", attempt=2)
log("2024-03-08 08:00:00", OLD, "info", "cmd/paperbot/main.go:77", "shutting down", "4175530", signal="terminated")
log("2024-03-08 08:00:12", NEW, "info", "cmd/paperbot/main.go:41", "starting paper-bot", "8830214", version="v0.7.3", commit="9e4c1ab")
log("2024-03-08 08:00:12", NEW, "info", "store/sqlite.go:29", "loaded papers", "9364102", count=217, db="/data/papers.db")
log("2024-03-08 08:00:13", NEW, "info", "bot/poll.go:22", "connected to telegram", "2201876", bot="@nlp_lab_papers_bot")
received("2024-03-09 11:30:27", NEW, "0918364", "mariam_ali",
         "قائمة مقترحة للأسبوع القادم:\n1) " + T(K["emergent"]) + "\n2) " + T(K["know"]) + "\n3) " + T(K["t5"])
         + "\nمن يتطوع لتقديم واحدة منها؟", 4191)
log("2024-03-09 11:30:27", NEW, "info", "bot/update.go:81", "no link found in message", "0927716", message_id=4191, text_len=len(SENT[4191].encode()))
received("2024-03-09 11:31:05", NEW, "6672940", "yousef_m",
         "أنا آخذ الثانية (معايرة النماذج)، وليلى الأولى إن أرادت. الثالثة قديمة لكنها مهمة لمن لم يقرأها.", 4192)
log("2024-03-09 11:31:05", NEW, "info", "bot/update.go:81", "no link found in message", "6681153", message_id=4192, text_len=len(SENT[4192].encode()))
log("2024-03-10 09:00:00", NEW, "info", "digest/weekly.go:53", "weekly digest sent", "0061907", chat_id=CHAT_ID, count=4,
    titles=[T(K["llama2"]), T(K["survey"]), T(K["cot"]), GPT2])
received("2024-03-11 10:15:40", NEW, "3317208", "layla_haddad",
         "تسجيل جلسة الخميس الماضي: https://www.youtube.com/watch?v=Xk2pQ9rT4mE", 4203)
log("2024-03-11 10:15:40", NEW, "info", "links/classify.go:41", "link classified", "3392611", url="https://www.youtube.com/watch?v=Xk2pQ9rT4mE", kind="other", host="www.youtube.com")
log("2024-03-11 10:15:40", NEW, "info", "bot/update.go:97", "ignored link (not a paper)", "3396085", url="https://www.youtube.com/watch?v=Xk2pQ9rT4mE")

ADDR = "http://loki.nlp-lab.example:3100"
NOW = dt.datetime(2024, 3, 11, 10, 21, 33, tzinfo=TZ)
Q = '{namespace="nlp-lab", app="paper-bot"}'
end_ns = int(NOW.timestamp()) * 10**9 + 412000000
start_ns = end_ns - 240 * 3600 * 10**9
PROMPT = "rami@ops-01:~$ "
lines = [PROMPT + "export LOKI_ADDR=" + ADDR,
         PROMPT + "logcli series '{app=\"paper-bot\"}' --since=240h",
         NOW.strftime("%Y/%m/%d %H:%M:") + "21 " + ADDR + "/loki/api/v1/series?" +
         urlencode(sorted({"end": str(end_ns - 12 * 10**9), "match[]": '{app="paper-bot"}', "start": str(start_ns - 12 * 10**9)}.items())),
         '{app="paper-bot", container="bot", namespace="nlp-lab", pod="%s"}' % OLD,
         '{app="paper-bot", container="bot", namespace="nlp-lab", pod="%s"}' % NEW,
         PROMPT + "logcli query --since=240h --limit=60 '%s'" % Q,
         NOW.strftime("%Y/%m/%d %H:%M:%S ") + ADDR + "/loki/api/v1/query_range?" +
         urlencode(sorted({"direction": "BACKWARD", "end": str(end_ns), "limit": "60", "query": Q, "start": str(start_ns)}.items())),
         NOW.strftime("%Y/%m/%d %H:%M:%S ") + 'Common labels: {app="paper-bot", container="bot", namespace="nlp-lab"}']
labs = {p: '{pod="%s"}' % p for p in (OLD, NEW)}
w = max(len(x) for x in labs.values())
for t, pod, line in sorted(ev, key=lambda e: (e[0], json.loads(e[2])["ts"]), reverse=True):
    lines.append(t.isoformat() + " " + labs[pod].ljust(w) + " " + line)
lines.append(PROMPT)
text = "\n".join(lines) + "\n"
forms = [json.loads(l)["text"] for _, _, l in ev if "text" in json.loads(l)]
write_only(F, text, keys(F), forms)
