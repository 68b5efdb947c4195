#!/usr/bin/env python3
"""1073: the td-agent (Fluentd 1.16) log of an Indonesian speech / scientific-ML lab's server (WIB, +0700), where the
lab's paper-digest bot for its Telegram group (a Python script using fluent-logger) sends its events and a `<match paper.**> @type stdout` section prints them:
`/var/log/td-agent/td-agent.log` as `less` shows it — Fluentd's own lines (`YYYY-MM-DD HH:MM:SS +0700 [info]: …`,
worker lines with `#0`), the configuration dump after `using configuration file: <ROOT>` (two-space indents), and the
out_stdout event lines (`YYYY-MM-DD HH:MM:SS.nnnnnnnnn +0700 <tag>: <compact JSON, UTF-8 raw>`). Two bot runs (the
weekly digest, then an ad-hoc run for requests from the group): fetch, summary, queue, request, lookup and post events, and a
run record whose counts are the run's events. The fairseq repository and the Telegram message link are
not papers; "HuBERT", "FNO", "XLM-R", "GShard", "CTC", "AlphaFold", "EigenGame" are nicknames."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, CTC, ALPHAFOLD

F = by_num(1073)
K = dict(hubert="2106.07447", fno="2010.08895", xlmr="1911.02116", gshard="2006.16668", ctc=CTC, af=ALPHAFOLD,
         curious="1904.09751", eigen="2010.00554")
CONF = """<ROOT>
  <system>
    log_level info
  </system>
  <source>
    @type forward
    port 24224
    bind "0.0.0.0"
  </source>
  <match paper.**>
    @type stdout
  </match>
  <match **>
    @type null
  </match>
</ROOT>"""
lines = []


def log(t, level, msg, worker=False):
    lines.append(f"2024-03-{t} +0700 [{level}]: " + ("#0 " if worker else "") + msg)


def ev(t, ns, tag, rec):
    lines.append(f"2024-03-{t}.{ns:09d} +0700 {tag}: " + json.dumps(rec, ensure_ascii=False, separators=(",", ":")))


log("04 08:59:58", "info", 'init supervisor logger path="/var/log/td-agent/td-agent.log" rotate_age=nil rotate_size=nil')
log("04 08:59:58", "info", 'parsing config file is succeeded path="/etc/td-agent/td-agent.conf"')
for g, v in [("fluentd", "1.16.2"), ("fluent-plugin-calyptia-monitoring", "0.1.3"), ("fluent-plugin-elasticsearch", "5.3.0"),
             ("fluent-plugin-flowcounter-simple", "0.1.0"), ("fluent-plugin-kafka", "0.19.0"), ("fluent-plugin-prometheus", "2.1.0"),
             ("fluent-plugin-s3", "1.7.2"), ("fluent-plugin-td", "1.2.0")]:
    log("04 08:59:58", "info", f"gem '{g}' version '{v}'")
log("04 08:59:58", "info", "using configuration file: " + CONF)
log("04 08:59:58", "info", 'starting fluentd-1.16.2 pid=1187 ruby="2.7.8"')
log("04 08:59:58", "info", 'spawn command to main:  cmdline=["/opt/td-agent/bin/ruby", "-Eascii-8bit:ascii-8bit", '
    '"/opt/td-agent/bin/fluentd", "--log", "/var/log/td-agent/td-agent.log", "--daemon", '
    '"/var/run/td-agent/td-agent.pid", "--under-supervisor"]')
log("04 08:59:59", "info", 'init worker0 logger path="/var/log/td-agent/td-agent.log" rotate_age=nil rotate_size=nil', worker=True)
log("04 08:59:59", "info", 'adding match pattern="paper.**" type="stdout"')
log("04 08:59:59", "info", 'adding match pattern="**" type="null"')
log("04 08:59:59", "info", 'adding source type="forward"')
log("04 08:59:59", "info", "starting fluentd worker pid=1192 ppid=1187 worker=0", worker=True)
log("04 08:59:59", "info", 'listening port port=24224 bind="0.0.0.0"', worker=True)
log("04 08:59:59", "info", "fluentd worker is now running worker=0", worker=True)

R1 = "weekly-2024-03-04"
ev("04 09:00:01", 118204367, "paper.run", {"run": R1, "event": "start", "job": "weekly-digest", "host": "lab-suara-02"})
ev("04 09:00:02", 903117452, "paper.fetch", {"run": R1, "source": "arxiv", "arxiv_id": "2106.07447", "title": T(K["hubert"]),
                                              "url": "https://arxiv.org/abs/2106.07447", "status": 200, "elapsed_ms": 412})
ev("04 09:00:03", 407722918, "paper.fetch", {"run": R1, "source": "arxiv", "arxiv_id": "2010.08895", "title": T(K["fno"]),
                                              "url": "https://arxiv.org/abs/2010.08895", "status": 200, "elapsed_ms": 388})
ev("04 09:00:03", 981540233, "paper.fetch", {"run": R1, "source": "arxiv", "arxiv_id": "1911.02116", "title": T(K["xlmr"]),
                                              "url": None, "status": 200, "elapsed_ms": 455})
ev("04 09:00:04", 562013877, "paper.fetch", {"run": R1, "source": "arxiv", "arxiv_id": "2006.16668", "title": T(K["gshard"]),
                                              "url": None, "status": 200, "elapsed_ms": 501})
ev("04 09:00:05", 12684390, "paper.request", {"run": R1, "from": "telegram", "user": "rahmat_h", "title": T(K["ctc"]),
                                               "result": "skip", "reason": "tidak ada di arXiv (ICML 2006); PDF ada di folder bersama lab"})
ev("04 09:00:05", 640339121, "paper.request", {"run": R1, "from": "telegram", "user": "dewi_sartika", "title": T(K["af"]),
                                                "result": "skip", "reason": "tidak ada di arXiv (Nature 2021); ringkasan ditulis manual"})
for i, (k, s, tok) in enumerate([
        ("hubert", "Pembelajaran mandiri untuk suara: memprediksi label semu hasil k-means pada bagian yang di-mask. Model HuBERT-Large pralatih juga ada di server lab.", 812),
        ("fno", "Operator neural yang melakukan konvolusi di ruang Fourier; mempelajari pemetaan solusi PDE tanpa bergantung pada resolusi. Dicoba sebagai pengganti simulasi fluida di lab.", 774),
        ("xlmr", "RoBERTa multibahasa yang dilatih pada CommonCrawl 100 bahasa; kuat untuk bahasa sumber daya rendah, termasuk bahasa daerah kita.", 690),
        ("gshard", "Mixture-of-Experts untuk terjemahan yang diperbesar sampai 600 miliar parameter, beserta sharding otomatisnya.", 731)]):
    ev(f"04 09:00:{19 + 8 * i:02d}", 250000000 + 99991 * i * i, "paper.summary",
       {"run": R1, "arxiv_id": K[k], "title": T(K[k]), "model": "gpt-4-0125-preview", "ringkasan": s, "tokens": tok})
for k in ("xlmr", "gshard"):
    ev("04 09:00:52", 300118755 if k == "xlmr" else 300512904, "paper.queue",
       {"run": R1, "arxiv_id": K[k], "reason": "maksimal 2 makalah per kiriman; dipindah ke minggu depan"})
ev("04 09:00:53", 874406120, "paper.post", {"run": R1, "chat": "-1001876543210", "items": 2,
   "blocks": [{"title": T(K["hubert"]), "url": "https://arxiv.org/abs/2106.07447", "code": "https://github.com/facebookresearch/fairseq/tree/main/examples/hubert"},
              {"title": T(K["fno"]), "url": "https://arxiv.org/abs/2010.08895", "code": None}],
   "message_id": 4821, "link": "https://t.me/c/1876543210/4821"})
ev("04 09:00:54", 1920388, "paper.run", {"run": R1, "event": "end", "fetched": 4, "requests": 2, "summarized": 4,
                                         "queued": 2, "posted": 2})

R2 = "adhoc-2024-03-05-1412"
ev("05 14:12:07", 440918263, "paper.run", {"run": R2, "event": "start", "job": "group-requests", "host": "lab-suara-02"})
ev("05 14:12:08", 97720514, "paper.request", {"run": R2, "from": "telegram", "user": "putu_adnyana", "title": T(K["curious"]),
                                               "result": "lookup", "reason": "cari ID arXiv dari judul"})
ev("05 14:12:09", 611873042, "paper.lookup", {"run": R2, "title": T(K["curious"]), "api": "semantic-scholar",
                                               "status": 429, "error": "Too Many Requests", "retry_in_s": 60})
ev("05 14:12:09", 612990117, "paper.request", {"run": R2, "from": "telegram", "user": "putu_adnyana", "title": T(K["eigen"]),
                                                "result": "lookup", "reason": "cari ID arXiv dari judul"})
ev("05 14:12:10", 148230566, "paper.lookup", {"run": R2, "title": T(K["eigen"]), "api": "semantic-scholar",
                                               "status": 429, "error": "Too Many Requests", "retry_in_s": 60})
ev("05 14:12:10", 149004321, "paper.run", {"run": R2, "event": "end", "fetched": 0, "requests": 2, "summarized": 0,
                                           "queued": 0, "posted": 0})
text = "\n".join(lines) + "\n"
write_only(F, text, keys(F))
