#!/usr/bin/env python3
"""1336 (negative): Zeek http.log and zeek-cut (Greek): the sysadmin of a Thessaloniki-like lab (ops@aisthisi-sensor)
looked into who filled the uplink on a Tuesday morning and pasted the session into the lab's ticket: the header of
the rotated, gzipped http.log (`#separator \\x09`, set / empty / unset markers, #path, #open, #fields and #types of
Zeek 6's http.log, 30 columns), one raw record (epoch ts with microseconds, `-` unset, `(empty)` empty sets), zeek-cut
-d queries (ISO 8601 times with the +0300 offset), a host count with sort | uniq -c, and the `#close` line. The traffic
is the lab's plain-HTTP mirrors (PyPI, conda, Hugging Face), the course wiki (Greek titles percent-encoded in the
URIs, as browsers send them), dataset downloads over plain HTTP (MNIST, CIFAR-10, COCO, GloVe vectors), an arXiv
listing page redirected to https, a leaderboard, a video: near-misses only — no paper title, no arXiv id, no
OpenReview link. Greek in the shell comments."""
import hashlib, os, sys, datetime as dt
from urllib.parse import quote
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def zid(prefix, seed, n=17):
    h = int(hashlib.sha256(seed.encode()).hexdigest(), 16)
    s = ""
    for _ in range(n): h, r = divmod(h, 62); s += B62[r]
    return prefix + s


TZ = dt.timezone(dt.timedelta(hours=3))
T0 = dt.datetime(2024, 5, 14, 9, 0, 0, tzinfo=TZ)
FIELDS = "ts uid id.orig_h id.orig_p id.resp_h id.resp_p trans_depth method host uri referrer version user_agent origin request_body_len response_body_len status_code status_msg info_code info_msg tags username password proxied orig_fuids orig_filenames orig_mime_types resp_fuids resp_filenames resp_mime_types".split()
TYPES = "time string addr port addr port count string string string string string string string count count count string count string set[enum] string string set[string] vector[string] vector[string] vector[string] vector[string] vector[string] vector[string]".split()
WIKI = "wiki.aisthisi.example.gr"
g = lambda s: quote(s, safe="/")
UA_PIP = "pip/24.0 {\"ci\":null,\"cpu\":\"x86_64\",\"implementation\":{\"name\":\"CPython\",\"version\":\"3.11.9\"}}"
UA_FF = "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"
UA_WGET = "Wget/1.21.2"
UA_HF = "huggingface_hub/0.23.0; python/3.11.9; torch/2.3.0"
UA_CONDA = "conda/24.3.0 requests/2.31.0 CPython/3.11.9 Linux/6.5.0-35-generic ubuntu/22.04.4 glibc/2.35"
# seconds after 09:00, client, dst ip, host, method, uri, referrer, ua, status, msg, resp bytes, mime, filename
REQ = [
 (12.4128, "10.42.7.31", "10.42.0.5", "pypi-mirror.aisthisi.example.gr", "GET", "/simple/transformers/", "-", UA_PIP, 200, "OK", 48211, "text/html", "-"),
 (13.0871, "10.42.7.31", "10.42.0.5", "pypi-mirror.aisthisi.example.gr", "GET", "/packages/transformers-4.40.2-py3-none-any.whl", "-", UA_PIP, 200, "OK", 9042317, "application/zip", "-"),
 (97.5533, "10.42.7.18", "10.42.0.9", WIKI, "GET", g("/wiki/Ομάδα_ανάγνωσης"), "-", UA_FF, 200, "OK", 31872, "text/html", "-"),
 (101.2207, "10.42.7.18", "10.42.0.9", WIKI, "GET", g("/wiki/Μάθημα_ΜΜ-702/Διαφάνειες_εβδομάδα_5"), f"http://{WIKI}" + g("/wiki/Ομάδα_ανάγνωσης"), UA_FF, 200, "OK", 27604, "text/html", "-"),
 (250.9014, "10.42.7.44", "172.217.20.14", "yann.lecun.com", "GET", "/exdb/mnist/train-images-idx3-ubyte.gz", "-", UA_WGET, 404, "Not Found", 196, "text/html", "-"),
 (301.0345, "10.42.7.44", "128.100.3.30", "www.cs.toronto.edu", "GET", "/~kriz/cifar-10-python.tar.gz", "-", UA_WGET, 200, "OK", 170498071, "application/x-gzip", "-"),
 (622.4471, "10.42.7.52", "10.42.0.7", "hf-mirror.aisthisi.example.gr", "GET", "/bert-base-multilingual-cased/resolve/main/config.json", "-", UA_HF, 200, "OK", 625, "application/json", "-"),
 (623.1180, "10.42.7.52", "10.42.0.7", "hf-mirror.aisthisi.example.gr", "GET", "/datasets/wikitext/resolve/main/wikitext-103-raw-v1/train-00000-of-00002.parquet", "-", UA_HF, 200, "OK", 156987808, "application/octet-stream", "-"),
 (1040.7719, "10.42.7.18", "151.101.131.42", "arxiv.org", "GET", "/list/cs.CL/pastweek?show=25", "-", UA_FF, 301, "Moved Permanently", 0, "-", "-"),
 (1322.2093, "10.42.7.61", "52.216.8.13", "images.cocodataset.org", "GET", "/zips/val2017.zip", "-", UA_WGET, 200, "OK", 815585330, "application/zip", "val2017.zip"),
 (1710.5508, "10.42.7.61", "171.64.67.140", "nlp.stanford.edu", "GET", "/data/glove.6B.zip", "-", UA_WGET, 301, "Moved Permanently", 245, "text/html", "-"),
 (2208.6643, "10.42.7.31", "10.42.0.6", "conda-mirror.aisthisi.example.gr", "GET", "/conda-forge/linux-64/repodata.json", "-", UA_CONDA, 304, "Not Modified", 0, "-", "-"),
 (2590.3021, "10.42.7.18", "10.42.0.9", WIKI, "GET", "/leaderboard?task=ner-el&sort=f1", f"http://{WIKI}" + g("/wiki/Ομάδα_ανάγνωσης"), UA_FF, 200, "OK", 14480, "text/html", "-"),
 (2591.9880, "10.42.7.18", "10.42.0.9", WIKI, "POST", "/api.php", f"http://{WIKI}/leaderboard?task=ner-el&sort=f1", UA_FF, 200, "OK", 512, "application/json", "-"),
 (3120.0412, "10.42.7.73", "10.42.0.9", WIKI, "GET", "/media/omilia-2024-05-07-diffusion.mp4", "-", UA_FF, 206, "Partial Content", 52428800, "video/mp4", "-"),
]


def row(i, r):
    sec, src, dst, host, meth, uri, ref, ua, st, msg, n, mime, fn = r
    ts = T0 + dt.timedelta(seconds=sec)
    uid = zid("C", f"1336-{i}")
    fu = zid("F", f"1336-f{i}") if n else "-"
    return [f"{ts.timestamp():.6f}", uid, src, str(40000 + (i * 7919) % 20000), dst, "80", "1", meth, host, uri, ref, "1.1", ua, "-",
            "37" if meth == "POST" else "0", str(n), str(st), msg, "-", "-", "(empty)", "-", "-", "-", zid("F", f"1336-o{i}") if meth == "POST" else "-", "-", "-",
            fu, fn, mime if n else "-"], ts


recs = [row(i, r) for i, r in enumerate(REQ)]
FILE = "http.09:00:00-10:00:00.log.gz"
HEAD = ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-", "#path\thttp",
        "#open\t2024-05-14-09-00-00", "#fields\t" + "\t".join(FIELDS), "#types\t" + "\t".join(TYPES)]
iso = lambda ts: ts.strftime("%Y-%m-%dT%H:%M:%S%z")
P = "ops@aisthisi-sensor:/opt/zeek/logs/2024-05-14$ "
L = [f"{P}# Τρίτη πρωί η σύνδεση γέμισε· ποιος κατεβάζει τόσα GB; (εισιτήριο #2291)", f"{P}zcat {FILE} | head -8"] + HEAD
L += [f"{P}zcat {FILE} | grep -m1 cocodataset", "\t".join(recs[9][0])]
cols = ["ts", "id.orig_h", "host", "method", "uri", "status_code", "response_body_len"]
L += [f"{P}zcat {FILE} | zeek-cut -d {' '.join(cols)} | sort -t$'\\t' -k7,7nr | head -6"]
ix = [FIELDS.index(c) for c in cols]
big = sorted(recs, key=lambda r: -int(r[0][15]))[:6]
L += ["\t".join(iso(ts) if j == 0 else f[j] for j in ix) for f, ts in big]
L += [f"{P}# μόνο τα σύνολα δεδομένων (εκτός καθρεφτών) και το wiki των μαθημάτων",
      f"{P}zcat {FILE} | zeek-cut -d ts host uri status_code | grep -v -E 'mirror\\.'"]
L += ["\t".join([iso(ts), f[8], f[9], f[16]]) for f, ts in recs if "mirror." not in f[8]]
L += [f"{P}zcat {FILE} | zeek-cut host | sort | uniq -c | sort -rn"]
cnt = {}
for f, _ in recs: cnt[f[8]] = cnt.get(f[8], 0) + 1
for l in sorted((f"{c:7d} {h}" for h, c in cnt.items()), key=lambda l: (int(l.split()[0]), l.encode()), reverse=True): L.append(l)  # sort -rn: ties by the whole line, reversed
L += [f"{P}zcat {FILE} | tail -1", "#close\t2024-05-14-10-00-00",
      f"{P}# συμπέρασμα: το COCO και το CIFAR από το 10.42.7.61 / .44 — να μπουν στον τοπικό καθρέφτη δεδομένων", P]
write(next(f for f in __import__("make_expected").data if f.startswith("1336")), "\n".join(L) + "\n", negative=True)
