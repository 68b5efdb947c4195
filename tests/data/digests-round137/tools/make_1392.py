#!/usr/bin/env python3
"""1392: a Phusion Passenger Standalone log file (`log/passenger.3000.log`, Arabic): an Amman-like lab's small Sinatra
reading-list app ("maktaba"). Passenger's own lines (`[ N 2024-05-14 08:59:58.1203 41207/T1 file:line ]: …`: watchdog
and core start, the security-update check, the graceful shutdown), and everything the app writes to stdout / stderr,
each line prefixed `App <pid> output: ` — Ruby Logger lines (`I, [ISO time #pid]  INFO -- : …`, Arabic messages),
Rack::CommonLogger request lines (`ip - - [14/May/2024:09:03:12 +0300] "GET /path?query HTTP/1.1" status size
seconds`, query strings percent-encoded as the browser sent them), and one Sinatra `dump_errors` block (time, class,
message, backtrace lines behind a tab). Times, pids, sizes and durations are invented (deterministic). Not papers:
the Open LLM Leaderboard, Meta's model card page, ACL Anthology's page is only a link; CoT, PaLM, T5, GPT-2, Llama 2
are nicknames."""
import datetime as dt, os, sys
from urllib.parse import quote_plus, quote
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1392, keys, GPT2

BASE = dt.datetime(2024, 5, 14, 8, 59, 58, 120300)
APP = 41266
L = []
def pl(sec, lvl, pid, th, src, msg):
    t = BASE + dt.timedelta(seconds=sec)
    L.append(f"[ {lvl} {t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 100:04d} {pid}/T{th} {src} ]: {msg}")
def app(s): L.append(f"App {APP} output: {s}")
_k = [0]
def logger(sec, sev, msg):
    _k[0] += 1
    t = (BASE + dt.timedelta(seconds=sec)).replace(microsecond=(int(sec * 1000) % 1000) * 1000 + (len(msg.encode()) * 7 + _k[0] * 131) % 997)
    app(f"{sev[0]}, [{t:%Y-%m-%dT%H:%M:%S.%f} #{APP}] {sev:>5} -- : {msg}")
def req(sec, ip, meth, path, st, size, dur):
    t = BASE + dt.timedelta(seconds=sec)
    app(f'{ip} - - [{t:%d/%b/%Y:%H:%M:%S} +0300] "{meth} {path} HTTP/1.1" {st} {size} {dur:.4f}')

added = lambda title, link, who: f"أُضيفت ورقة جديدة: «{title}» — {link} ({who})"
pl(0, "N", 41207, 1, "age/Wat/WatchdogMain.cpp:1373", "Starting Passenger watchdog...")
pl(0.0174, "N", 41210, 1, "age/Cor/CoreMain.cpp:1340", "Starting Passenger core...")
pl(0.0176, "N", 41210, 1, "age/Cor/CoreMain.cpp:256", "Passenger core running in multi-application mode.")
pl(0.0318, "N", 41210, 1, "age/Cor/CoreMain.cpp:1015", "Passenger core online, PID 41210")
pl(2.2174, "N", 41210, 5, "age/Cor/SecurityUpdateChecker.h:519", "Security update check: no update found (next check in 24 hours)")
logger(194.41, "INFO", "بدء تطبيق مكتبة القراءة (production) — قاعدة البيانات: db/maktaba.sqlite3")
req(194.52, "10.20.0.14", "GET", "/", 200, 3188, 0.0412)
req(203.87, "10.20.0.14", "GET", "/papers?tag=" + quote_plus("نماذج لغوية"), 200, 5123, 0.0189)
logger(251.06, "INFO", added(T("2307.09288"), "https://arxiv.org/abs/2307.09288", "سارة"))
req(251.06, "10.20.0.14", "POST", "/papers", 303, "-", 0.0233)
req(251.11, "10.20.0.14", "GET", "/papers/17", 200, 2406, 0.0087)
logger(388.73, "INFO", added(T("2201.11903"), "https://openreview.net/forum?id=_VjQlMeSB_J", "يوسف"))
req(388.73, "10.20.0.22", "POST", "/papers", 303, "-", 0.0198)
q_emergent = T("2206.07682")
logger(460.30, "INFO", f'بحث: "{q_emergent}" → 0 نتيجة')
req(460.30, "10.20.0.22", "GET", "/search?q=" + quote_plus(q_emergent), 200, 1874, 0.0142)
logger(471.95, "INFO", added(q_emergent, "بلا رابط، من قائمة د. ليلى", "يوسف"))
req(471.95, "10.20.0.22", "POST", "/papers", 303, "-", 0.0176)
t_err = BASE + dt.timedelta(seconds=1269.02)
app(f"{t_err:%Y-%m-%d %H:%M:%S} - NoMethodError - undefined method `strip' for nil:NilClass:")
for b in ["/home/maktaba/app/app.rb:48:in `block in <class:Maktaba>'",
          "/home/maktaba/vendor/bundle/ruby/3.2.0/gems/sinatra-3.2.0/lib/sinatra/base.rb:1788:in `call'",
          "/home/maktaba/vendor/bundle/ruby/3.2.0/gems/sinatra-3.2.0/lib/sinatra/base.rb:1788:in `block in compile!'",
          "/home/maktaba/vendor/bundle/ruby/3.2.0/gems/sinatra-3.2.0/lib/sinatra/base.rb:1088:in `block (3 levels) in route!'",
          "/home/maktaba/vendor/bundle/ruby/3.2.0/gems/sinatra-3.2.0/lib/sinatra/base.rb:1106:in `route_eval'"]:
    app("\t" + b)
req(1269.02, "10.20.0.31", "POST", "/papers", 500, 30, 0.0311)
logger(1322.48, "INFO", added(T("2204.02311"), "https://arxiv.org/pdf/2204.02311.pdf", "ليلى"))
req(1322.48, "10.20.0.31", "POST", "/papers", 303, "-", 0.0207)
logger(1390.17, "INFO", added(T("1910.10683"), "(arXiv:1910.10683) لا رابط بعد", "ليلى"))
req(1390.17, "10.20.0.31", "POST", "/papers", 303, "-", 0.0164)
logger(1455.80, "INFO", added(GPT2, "ليست على arXiv — تقرير OpenAI، الملف في مجلد المختبر", "ليلى"))
req(1455.80, "10.20.0.31", "POST", "/papers", 303, "-", 0.0171)
logger(1517.36, "WARN", "رابط غير معروف المصدر، حُفظ كما هو: https://huggingface.co/spaces/open-llm-leaderboard/open_llm_leaderboard (ليس ورقة)")
logger(1517.36, "INFO", "أُضيف عنصر (ليس ورقة): Open LLM Leaderboard")
req(1517.36, "10.20.0.14", "POST", "/papers", 303, "-", 0.0189)
logger(1603.09, "INFO", added(T("2207.05221"), "https://arxiv.org/abs/2207.05221", "سارة"))
req(1603.09, "10.20.0.14", "POST", "/papers", 303, "-", 0.0158)
logger(1688.44, "INFO", added(T("2004.10102"), "https://aclanthology.org/2020.emnlp-main.574", "سارة"))
req(1688.44, "10.20.0.14", "POST", "/papers", 303, "-", 0.0193)
req(1702.91, "10.20.0.14", "GET", "/papers?tag=" + quote_plus("نماذج لغوية") + "&sort=date", 200, 7342, 0.0226)
req(1731.15, "10.20.0.22", "GET", "/export.csv", 200, 2917, 0.0119)
pl(4021.67, "N", 41207, 1, "age/Wat/WatchdogMain.cpp:1466", "Signal received. Gracefully shutting down... (send signal 2 more time(s) to force shutdown)")
pl(4021.6702, "N", 41210, 1, "age/Cor/CoreMain.cpp:1421", "Signal received. Gracefully shutting down... (send signal 2 more time(s) to force shutdown)")
pl(4021.6705, "N", 41210, 1, "age/Cor/CoreMain.cpp:1028", "Checking whether to disconnect long-running connections for process 41266, application /home/maktaba/app (production)")
pl(4021.7815, "N", 41210, 1, "age/Cor/CoreMain.cpp:1235", "Passenger core shutdown finished")
pl(4022.1907, "N", 41207, 1, "age/Wat/WatchdogMain.cpp:1544", "Passenger watchdog shutdown finished")
write_only(F1392, "\n".join(L) + "\n", keys(F1392))
