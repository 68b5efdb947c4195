#!/usr/bin/env python3
"""627: a Scrapy 2.11 crawl log (`scrapy crawl doc_sach -s LOG_FILE=crawl.log`): "%(asctime)s [%(name)s] %(levelname)s:
%(message)s" lines, the start-up banner (versions, overridden settings, enabled extensions / middlewares / pipelines),
robots.txt fetches, "Crawled (200) <GET …> (referer: …)", "Scraped from <200 …>" followed by the item's one-line dict
repr (os.linesep), offsite filtering, an ignored 404, the spider's own Vietnamese log messages, logstats lines and the
final pformat'ed stats dump. A Vietnamese lab's reading page on LLM agents and game playing is crawled; the arXiv abs
pages give the linked items, the lab page's own entries give the title-only ones."""
import os, sys, pprint, datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only, CAT, key_of
from make_expected import F627, keys, ev, AGZ

LAB = "https://nhom-tac-tu.dh-song-han.example/doc-sach/tac-tu-llm"
t0 = datetime.datetime(2024, 3, 14, 8, 2, 11)
lines, sec = [], [0]
cnt = {"DEBUG": 0, "INFO": 0, "WARNING": 0, "ERROR": 0}


def log(name, level, msg, dt=0):
    sec[0] += dt
    ts = (t0 + datetime.timedelta(seconds=sec[0])).strftime("%Y-%m-%d %H:%M:%S")
    cnt[level] += 1
    lines.append(f"{ts} [{name}] {level}: {msg}")


def item(src, d, dt=0):
    log("scrapy.core.scraper", "DEBUG", f"Scraped from <200 {src}>\n{d!r}", dt)


log("scrapy.utils.log", "INFO", "Scrapy 2.11.1 started (bot: docsach)")
log("scrapy.utils.log", "INFO", "Versions: lxml 5.1.0.0, libxml2 2.12.3, cssselect 1.2.0, parsel 1.8.1, w3lib 2.1.2, Twisted 23.10.0, Python 3.11.8 (main, Feb 13 2024, 09:03:56) [GCC 12.2.0], pyOpenSSL 24.0.0 (OpenSSL 3.2.1 30 Jan 2024), cryptography 42.0.5, Platform Linux-6.1.0-18-amd64-x86_64-with-glibc2.36")
log("scrapy.addons", "INFO", "Enabled addons:\n[]")
log("asyncio", "DEBUG", "Using selector: EpollSelector")
log("scrapy.utils.log", "DEBUG", "Using reactor: twisted.internet.asyncioreactor.AsyncioSelectorReactor")
log("scrapy.utils.log", "DEBUG", "Using asyncio event loop: asyncio.unix_events._UnixSelectorEventLoop")
log("scrapy.extensions.telnet", "INFO", "Telnet Password: 5e1c0a93b7d24f6e")
log("scrapy.middleware", "INFO", "Enabled extensions:\n['scrapy.extensions.corestats.CoreStats',\n 'scrapy.extensions.telnet.TelnetConsole',\n 'scrapy.extensions.memusage.MemoryUsage',\n 'scrapy.extensions.feedexport.FeedExporter',\n 'scrapy.extensions.logstats.LogStats',\n 'scrapy.extensions.throttle.AutoThrottle']")
log("scrapy.crawler", "INFO", "Overridden settings:\n{'AUTOTHROTTLE_ENABLED': True,\n 'BOT_NAME': 'docsach',\n 'DOWNLOAD_DELAY': 3,\n 'FEED_EXPORT_ENCODING': 'utf-8',\n 'LOG_FILE': 'crawl.log',\n 'NEWSPIDER_MODULE': 'docsach.spiders',\n 'REQUEST_FINGERPRINTER_IMPLEMENTATION': '2.7',\n 'ROBOTSTXT_OBEY': True,\n 'SPIDER_MODULES': ['docsach.spiders'],\n 'TWISTED_REACTOR': 'twisted.internet.asyncioreactor.AsyncioSelectorReactor',\n 'USER_AGENT': 'docsach-bot/0.3 (+mailto:quanly@dh-song-han.example)'}")
log("scrapy.middleware", "INFO", "Enabled downloader middlewares:\n['scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware',\n 'scrapy.downloadermiddlewares.httpauth.HttpAuthMiddleware',\n 'scrapy.downloadermiddlewares.downloadtimeout.DownloadTimeoutMiddleware',\n 'scrapy.downloadermiddlewares.defaultheaders.DefaultHeadersMiddleware',\n 'scrapy.downloadermiddlewares.useragent.UserAgentMiddleware',\n 'scrapy.downloadermiddlewares.retry.RetryMiddleware',\n 'scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware',\n 'scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware',\n 'scrapy.downloadermiddlewares.redirect.RedirectMiddleware',\n 'scrapy.downloadermiddlewares.cookies.CookiesMiddleware',\n 'scrapy.downloadermiddlewares.httpproxy.HttpProxyMiddleware',\n 'scrapy.downloadermiddlewares.stats.DownloaderStats']")
log("scrapy.middleware", "INFO", "Enabled spider middlewares:\n['scrapy.spidermiddlewares.httperror.HttpErrorMiddleware',\n 'scrapy.spidermiddlewares.offsite.OffsiteMiddleware',\n 'scrapy.spidermiddlewares.referer.RefererMiddleware',\n 'scrapy.spidermiddlewares.urllength.UrlLengthMiddleware',\n 'scrapy.spidermiddlewares.depth.DepthMiddleware']")
log("scrapy.middleware", "INFO", "Enabled item pipelines:\n['docsach.pipelines.ChuanHoaPipeline', 'docsach.pipelines.LuuSqlitePipeline']")
log("scrapy.core.engine", "INFO", "Spider opened")
log("scrapy.extensions.logstats", "INFO", "Crawled 0 pages (at 0 pages/min), scraped 0 items (at 0 items/min)")
log("scrapy.extensions.telnet", "INFO", "Telnet console listening on 127.0.0.1:6023")
log("scrapy.core.engine", "DEBUG", "Crawled (200) <GET https://nhom-tac-tu.dh-song-han.example/robots.txt> (referer: None)", 1)
log("scrapy.core.engine", "DEBUG", f"Crawled (200) <GET {LAB}> (referer: None)", 1)
log("doc_sach", "INFO", "Trang danh sách: tìm thấy 14 mục trong 3 tuần (tuần 9, 10, 11). Bắt đầu phân tích từng mục.")

n_items = [0]


def lab_item(k, week, note, extra=None):
    e = CAT[key_of(k)]
    d = {"tuan": week, "tieu_de": e["title"], "tac_gia": au(k), "nam": int((e.get("published") or "0")[:4]),
         "nguon": extra or "", "url": None, "ghi_chu": note}
    item(LAB, d, 1); n_items[0] += 1


log("doc_sach", "WARNING", "Mục 3 (tuần 9) không có link, chỉ lưu tiêu đề: chưa có bản arXiv trên trang của nhóm.")
lab_item(AGZ, 9, "Bài gốc về tự chơi (self-play) không dùng dữ liệu người; đọc kỹ phần MCTS + mạng giá trị. Bản PDF ở ổ chung của nhóm.", "Nature 550, 2017")
log("doc_sach", "WARNING", "Mục 5 (tuần 9) không có link, chỉ lưu tiêu đề.")
lab_item("2205.06175", 9, "Một mạng cho nhiều nhiệm vụ (Atari, điều khiển robot, chú thích ảnh). Anh Phong trình bày.", "TMLR 2022")
log("scrapy.spidermiddlewares.offsite", "DEBUG", "Filtered offsite request to 'www.youtube.com': <GET https://www.youtube.com/watch?v=Xx1nLqd0zQs>")
log("scrapy.spidermiddlewares.offsite", "DEBUG", "Filtered offsite request to 'lilianweng.github.io': <GET https://lilianweng.github.io/posts/2023-06-23-agent/>")
log("doc_sach", "WARNING", "Mục 8 (tuần 10) ghi mã arXiv dạng chữ, không có link; lưu mã, không tải trang abs.")
e = CAT["2302.04761"]
item(LAB, {"tuan": 10, "tieu_de": e["title"], "tac_gia": au("2302.04761"), "nam": 2023, "nguon": "arXiv:2302.04761",
           "url": None, "ghi_chu": "Mô hình tự chèn lời gọi API (máy tính, tìm kiếm, dịch). So sánh với cách làm của nhóm trong đồ án."}, 1)
n_items[0] += 1
log("doc_sach", "WARNING", "Mục 11 (tuần 11) không có link, chỉ lưu tiêu đề.")
lab_item("2206.14858", 11, "Lập luận định lượng (toán, khoa học); dùng làm ví dụ đánh giá khả năng suy luận trước khi bàn về tác tử.", "NeurIPS 2022")
log("scrapy.core.engine", "DEBUG", "Crawled (200) <GET https://arxiv.org/robots.txt> (referer: None)", 2)
log("scrapy.extensions.logstats", "INFO", "Crawled 3 pages (at 3 pages/min), scraped 4 items (at 4 items/min)", 40)

notes = {
 "2304.03442": (9, "Thị trấn ảo 25 tác tử; kiến trúc bộ nhớ + phản tư + lập kế hoạch. Bài mở đầu của chuỗi đọc."),
 "2303.11366": (10, "Tác tử tự viết nhận xét bằng lời sau mỗi lần thất bại rồi thử lại. Chị Hạnh trình bày."),
 "2305.16291": (10, "Tác tử chơi Minecraft, thư viện kỹ năng dạng mã. Liên quan trực tiếp tới đồ án game của nhóm."),
 "2310.06770": (11, "Bộ đánh giá sửa lỗi thật trên GitHub; xem phần phân tích lỗi của mô hình."),
}
for k, (week, note) in notes.items():
    e = CAT[k]
    url = f"https://arxiv.org/abs/{k}"
    log("scrapy.core.engine", "DEBUG", f"Crawled (200) <GET {url}> (referer: {LAB})", 4)
    item(url, {"tuan": week, "tieu_de": e["title"], "tac_gia": au(k), "nam": int(e["published"][:4]),
               "nguon": "arXiv", "url": url, "ghi_chu": note}, 1)
    n_items[0] += 1

log("scrapy.core.engine", "DEBUG", f"Crawled (404) <GET https://nhom-tac-tu.dh-song-han.example/doc-sach/slide/tuan-10.pdf> (referer: {LAB})", 3)
log("scrapy.spidermiddlewares.httperror", "INFO", "Ignoring response <404 https://nhom-tac-tu.dh-song-han.example/doc-sach/slide/tuan-10.pdf>: HTTP status code is not handled or not allowed", 0)
log("scrapy.core.engine", "DEBUG", f"Crawled (200) <GET https://nhom-tac-tu.dh-song-han.example/doc-sach/tai-nguyen> (referer: {LAB})", 3)
for name, url, note in [
    ("Tài liệu LangChain: Agents", "https://python.langchain.com/docs/modules/agents/", "tài liệu phần mềm, không phải bài báo"),
    ("Gymnasium documentation", "https://gymnasium.farama.org/", "môi trường RL cho bài tập tuần 11"),
    ("Khoá học Hugging Face: Deep RL Course", "https://huggingface.co/learn/deep-rl-course", "khoá học trực tuyến"),
]:
    log("doc_sach", "DEBUG", f"Bỏ qua tài nguyên không phải bài báo: {name!r} ({url}) - {note}")
log("doc_sach", "INFO", "Đã lưu 8 mục bài báo vào docsach.sqlite3 (bảng bai_bao); 3 tài nguyên bị bỏ qua.", 1)
log("scrapy.core.engine", "INFO", "Closing spider (finished)", 1)
stats_time = t0 + datetime.timedelta(seconds=sec[0])
U = datetime.timezone.utc
start = datetime.datetime(2024, 3, 14, 1, 2, 11, 482913, tzinfo=U)
fin = (stats_time - datetime.timedelta(hours=7)).replace(microsecond=607254, tzinfo=U)
cnt_final = dict(cnt)
stats = {
 "downloader/request_bytes": 3874, "downloader/request_count": 9, "downloader/request_method_count/GET": 9,
 "downloader/response_bytes": 118342, "downloader/response_count": 9, "downloader/response_status_count/200": 8,
 "downloader/response_status_count/404": 1, "elapsed_time_seconds": round((fin - start).total_seconds(), 6),
 "feedexport/success_count/FileFeedStorage": 1, "finish_reason": "finished", "finish_time": fin,
 "httperror/response_ignored_count": 1, "httperror/response_ignored_status_count/404": 1,
 "item_scraped_count": n_items[0], "log_count/DEBUG": cnt_final["DEBUG"], "log_count/INFO": cnt_final["INFO"],
 "log_count/WARNING": cnt_final["WARNING"], "memusage/max": 71340032, "memusage/startup": 71340032,
 "offsite/domains": 2, "offsite/filtered": 2, "request_depth_max": 1, "response_received_count": 9,
 "robotstxt/request_count": 2, "robotstxt/response_count": 2, "robotstxt/response_status_count/200": 2,
 "scheduler/dequeued": 7, "scheduler/dequeued/memory": 7, "scheduler/enqueued": 7, "scheduler/enqueued/memory": 7,
 "start_time": start,
}
log("scrapy.statscollectors", "INFO", "Dumping Scrapy stats:\n" + pprint.pformat(stats))
log("scrapy.core.engine", "INFO", "Spider closed (finished)")
text = "\n".join(lines) + "\n"
write_only(F627, text, keys(F627))
