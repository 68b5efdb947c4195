#!/usr/bin/env python3
"""1152: a log4j2 XmlLayout log (complete="true": an <Events> document; Russian): the Java crawler behind a
Novosibirsk group's Telegram channel on self-supervised learning builds issue 23. Each <Event> has timeMillis = its
<Instant>, a thread with a fixed threadId, a sorted ContextMap (issue, channel), and, for the Telegram error, a
<Thrown> with an ExtendedStackTrace. Messages are XML-escaped; papers without a link are logged at WARN."""
import datetime as dt, os, sys
from xml.sax.saxutils import escape, quoteattr
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F1152, keys

NS = "http://logging.apache.org/log4j/2.0/events"
THREADS = {"main": 1, "crawler-pool-1": 17, "crawler-pool-2": 18, "telegram-sender": 23}
t = dt.datetime(2024, 2, 16, 6, 0, 0, 118000, tzinfo=dt.timezone.utc)
ev = []
def E(dms, level, thread, logger, msg, ctx=True, thrown=None):
    global t
    t = t + dt.timedelta(milliseconds=dms)
    ev.append((t, level, thread, logger, msg, ctx, thrown))
L = "ru.nsk.ssl.digest."
E(0, "INFO", "main", L + "App", "Запуск digest-crawler 1.7.2 (Java 17.0.10), профиль prod", ctx=False)
E(412, "INFO", "main", L + "Config", "Конфигурация: выпуск №23, канал @ssl_po_pyatnicam, источник sheets/ssl-2024.csv (9 строк)")
E(1207, "INFO", "crawler-pool-1", L + "Collector", "Добавлена статья: «" + T("1911.05722") + "» — https://arxiv.org/abs/1911.05722 (предложил Артём)")
E(233, "INFO", "crawler-pool-2", L + "Collector", "Добавлена статья: «" + T("2006.07733") + "» — https://arxiv.org/pdf/2006.07733.pdf (предложила Дарья)")
E(198, "INFO", "crawler-pool-1", L + "Collector", "Добавлена статья: «" + T("2106.08254") + "» — https://arxiv.org/abs/2106.08254")
E(305, "WARN", "crawler-pool-2", L + "LinkResolver", "Не удалось превратить идентификатор в ссылку, оставляю текстом: arXiv:2103.03230 («" + T("2103.03230") + "»)")
E(87, "WARN", "crawler-pool-1", L + "Collector", "Статья без ссылки и идентификатора: «" + T("2004.11362") + "» (" + au("2004.11362") + ") — будет опубликована без ссылки")
E(64, "WARN", "crawler-pool-2", L + "Collector", "Статья без ссылки и идентификатора: «" + T("2011.04419") + "» — будет опубликована без ссылки")
E(71, "WARN", "crawler-pool-1", L + "Collector", "Статья без ссылки и идентификатора: «" + T("2010.04592") + "» — будет опубликована без ссылки")
E(59, "WARN", "crawler-pool-2", L + "Collector", "Статья без ссылки и идентификатора: «" + T("2010.02014") + "» (" + au("2010.02014") + ") — будет опубликована без ссылки")
E(140, "INFO", "crawler-pool-1", L + "Collector", "Пропущено (не статья): репозиторий https://github.com/facebookresearch/moco")
E(512, "INFO", "main", L + "Render", "Выпуск №23 собран: 8 статей, 1 ссылка на код, 3 812 символов")
E(2231, "ERROR", "telegram-sender", L + "TelegramClient", "Ошибка отправки в @ssl_po_pyatnicam: HTTP 429 Too Many Requests, retry_after=7",
  thrown=("ru.nsk.ssl.digest.TelegramException", "Too Many Requests: retry after 7"))
E(7016, "INFO", "telegram-sender", L + "TelegramClient", "Повторная отправка: сообщение 4418 опубликовано в @ssl_po_pyatnicam")
E(38, "INFO", "main", L + "App", "Готово за 12.4 с; следующий запуск пт 23.02 в 09:00 (Asia/Novosibirsk)", ctx=False)

X = ['<?xml version="1.0" encoding="UTF-8"?>', f'<Events xmlns="{NS}">', ""]
for (tt, level, thread, logger, msg, ctx, thrown) in ev:
    ms = int(tt.timestamp() * 1000)
    X.append(f'<Event xmlns="{NS}" timeMillis="{ms}" thread="{thread}" level="{level}" loggerName="{logger}" '
             f'endOfBatch="false" loggerFqcn="org.apache.logging.log4j.spi.AbstractLogger" threadId="{THREADS[thread]}" threadPriority="5">')
    X.append(f'  <Instant epochSecond="{ms // 1000}" nanoOfSecond="{ms % 1000 * 1000000}"/>')
    X.append(f"  <Message>{escape(msg)}</Message>")
    if ctx:
        X += ["  <ContextMap>", '    <item key="channel" value="@ssl_po_pyatnicam"/>', '    <item key="issue" value="23"/>', "  </ContextMap>"]
    if thrown:
        name, m = thrown
        X.append(f'  <Thrown commonElementCount="0" localizedMessage={quoteattr(m)} message={quoteattr(m)} name="{name}">')
        X.append("    <ExtendedStackTrace>")
        for cls, meth, fl, ln, loc in [("ru.nsk.ssl.digest.TelegramClient", "send", "TelegramClient.java", 88, "digest-crawler-1.7.2.jar"),
                                       ("ru.nsk.ssl.digest.Publisher", "publish", "Publisher.java", 41, "digest-crawler-1.7.2.jar"),
                                       ("java.lang.Thread", "run", "Thread.java", 840, "?")]:
            X.append(f'      <ExtendedStackTraceItem class="{cls}" method="{meth}" file="{fl}" line="{ln}" exact="true" location="{loc}" version="{"1.7.2" if loc != "?" else "17.0.10"}"/>')
        X += ["    </ExtendedStackTrace>", "  </Thrown>"]
    X += ["</Event>", ""]
X.append("</Events>")
write_only(F1152, "\n".join(X) + "\n", keys(F1152))
