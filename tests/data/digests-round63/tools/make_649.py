#!/usr/bin/env python3
"""649: a WARC/1.0 file written by GNU Wget 1.21.3 (--warc-file, --no-warc-compression, -p): warcinfo, request /
response pairs (HTTP/1.1 headers with CRLF, an HTML page with LF lines and a stylesheet), WARC-Block-Digest and
WARC-Payload-Digest as base32 SHA-1, Content-Length in bytes, records closed by CRLF CRLF, then Wget's metadata
MANIFEST and the wget_arguments.txt / wget.log resource records. The page: a Czech course reading list on NLP
pretraining."""
import base64, hashlib, os, sys, uuid
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_raw
from make_expected import F649, keys

HOST, IP = "ufal-kurzy.example.cz", "192.0.2.41"
PATH = "/~hrdlicka/npt2024/cteni.html"
URL = f"https://{HOST}{PATH}"
CSS = f"https://{HOST}/~hrdlicka/npt2024/styl.css"


def rid(n):
    return f"<urn:uuid:{uuid.UUID(int=0x6e1d4c2ab3f94d07a8e5c91b2f0d7a30 + n * 104729, version=4)}>"


def dig(b):
    return "sha1:" + base64.b32encode(hashlib.sha1(b).digest()).decode()


def record(headers, block):
    h = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers)
    h += f"WARC-Block-Digest: {dig(block)}\r\n" if not any(k == "WARC-Block-Digest" for k, _ in headers) else ""
    h += f"Content-Length: {len(block)}\r\n\r\n"
    return h.encode() + block + b"\r\n\r\n"


def aud(k):
    a = au(k)
    return a[:-1] if a.endswith(".") else a


GLOVE_K = "GloVe: Global Vectors for Word Representation"
GPT1_K = "Improving Language Understanding by Generative Pre-Training"
page = f"""<!DOCTYPE html>
<html lang="cs">
<head>
<meta charset="utf-8">
<title>NPT 2024 &ndash; Předtrénované jazykové modely: četba</title>
<link rel="stylesheet" href="styl.css">
</head>
<body>
<div id="hlavicka">
<a href="/">Ústav formální a aplikované lingvistiky (kurzy)</a> &raquo;
<a href="/~hrdlicka/">Mgr. Tomáš Hrdlička, Ph.D.</a> &raquo; NPT 2024
</div>
<ul id="menu">
<li><a href="index.html">Úvod</a></li>
<li><a href="rozvrh.html">Rozvrh</a></li>
<li class="aktivni"><a href="cteni.html">Četba</a></li>
<li><a href="ukoly.html">Úkoly</a></li>
<li><a href="zapocet.html">Zápočet a zkouška</a></li>
</ul>

<h1>Předtrénované jazykové modely (NPT 2024) &ndash; povinná a doporučená četba</h1>

<p>Letní semestr 2023/24, přednáška v úterý 12:20 (S9), cvičení ve čtvrtek 10:40 (SU1).
Ke každé přednášce je jeden <strong>povinný</strong> článek; na cvičení se o něm diskutuje
a kdo ho nepřečte, dostane otázku jako první. Ostatní položky jsou doporučené.</p>

<p class="pozn">Naposledy upraveno: 15.&nbsp;3.&nbsp;2024 &ndash; přidána 6. přednáška.</p>

<h2>1. Slovní vektory</h2>
<ul>
<li><em>{T(GLOVE_K)}</em>. {aud(GLOVE_K)}. EMNLP 2014. (PDF v SISu, sekce Materiály)</li>
<li>Doporučeno: kapitola 6 učebnice <em>Speech and Language Processing</em> (Jurafsky &amp; Martin, 3. vydání, draft).</li>
</ul>

<h2>2. Pozornost v překladu</h2>
<ul>
<li><strong>Povinné:</strong> <a href="https://arxiv.org/abs/1409.0473">{T('1409.0473')}</a>.
{aud('1409.0473')}. ICLR 2015.</li>
</ul>

<h2>3. Transformer</h2>
<ul>
<li><strong>Povinné:</strong> <a href="https://arxiv.org/abs/1706.03762">{T('1706.03762')}</a>.
{aud('1706.03762')}. NeurIPS 2017.</li>
<li>Doporučeno: blog <a href="https://jalammar.github.io/illustrated-transformer/">The Illustrated Transformer</a>
a <a href="https://nlp.seas.harvard.edu/annotated-transformer/">The Annotated Transformer</a> (kód v PyTorchi, není to článek).</li>
</ul>

<h2>4. Kodéry: maskované modelování</h2>
<ul>
<li><strong>Povinné:</strong> <a href="https://arxiv.org/pdf/1810.04805.pdf">{T('1810.04805')}</a>.
{aud('1810.04805')}. NAACL 2019.</li>
<li>{T('2003.10555')}. {aud('2003.10555')}. ICLR 2020. arXiv:2003.10555.
Diskriminátor nahrazených tokenů &ndash; porovnejte výpočetní nároky s maskováním.</li>
<li>{T('2006.03654')}. {aud('2006.03654')}. ICLR 2021.</li>
</ul>

<h2>5. Dekodéry a učení z kontextu</h2>
<ul>
<li><strong>Povinné:</strong> {T(GPT1_K)}. {aud(GPT1_K)}. Technická zpráva OpenAI, 2018.</li>
<li>{T('2005.14165')}. {aud('2005.14165')}. NeurIPS 2020. (Stačí kapitoly 1&ndash;3 a 6.)</li>
</ul>

<h2>6. Čeština a vícejazyčné modely</h2>
<ul>
<li>Model RobeCzech a Czert &ndash; modely jsou na Hugging Face, články zatím nečteme.</li>
<li>Data: <a href="https://www.korpus.cz/">Český národní korpus</a>, SYN v9 (licence přes ÚČNK).</li>
<li>Nástroj: UDPipe 2 (tokenizace, lematizace) &ndash; <a href="https://lindat.mff.cuni.cz/services/udpipe/">webová služba</a>.</li>
</ul>

<h2>Další zdroje (nejsou to články)</h2>
<ul>
<li>Stanford CS224n &ndash; videa přednášek z roku 2023</li>
<li>Kurz Hugging Face (kapitoly 1&ndash;4)</li>
<li>Kniha <em>Natural Language Processing with Transformers</em> (O&apos;Reilly, 2022) &ndash; v knihovně 2 výtisky</li>
</ul>

<div id="paticka">
<p>&copy; 2024 T. Hrdlička &middot; <a href="mailto:hrdlicka@ufal-kurzy.example.cz">hrdlicka@ufal-kurzy.example.cz</a>
&middot; stránka je generována skriptem <code>make-web.sh</code></p>
</div>
</body>
</html>
"""

css = b"""body { font-family: "DejaVu Sans", Arial, sans-serif; max-width: 52em; margin: 1em auto; line-height: 1.45; }
#hlavicka { font-size: 90%; color: #555; border-bottom: 1px solid #ccc; padding-bottom: .3em; }
#menu { list-style: none; padding: 0; }
#menu li { display: inline; margin-right: 1em; }
#menu li.aktivni a { font-weight: bold; text-decoration: none; }
h1 { font-size: 150%; color: #1a3d6d; }
h2 { font-size: 115%; border-bottom: 1px dotted #aaa; }
.pozn { font-size: 90%; color: #777; }
#paticka { margin-top: 3em; font-size: 85%; color: #666; }
"""
body = page.encode("utf-8")
WI = rid(0)
info = (b"software: Wget/1.21.3 (linux-gnu)\r\nformat: WARC File Format 1.0\r\n"
        b"conformsTo: http://bibnum.bnf.fr/WARC/WARC_ISO_28500_version1_latestdraft.pdf\r\nrobots: classic\r\n"
        b'wget-arguments: "--warc-file=npt2024-cteni" "--no-warc-compression" "-p" "' + URL.encode() + b'" \r\n\r\n')
out = [record([("WARC-Type", "warcinfo"), ("Content-Type", "application/warc-fields"), ("WARC-Date", "2024-03-18T09:14:02Z"),
               ("WARC-Record-ID", WI), ("WARC-Filename", "npt2024-cteni.warc")], info)]


def pair(n, url, path, when, ctype, payload, last_mod, etag):
    req = (f"GET {path} HTTP/1.1\r\nUser-Agent: Wget/1.21.3\r\nAccept: */*\r\nAccept-Encoding: identity\r\n"
           f"Host: {HOST}\r\nConnection: Keep-Alive\r\n\r\n").encode()
    resp = (f"HTTP/1.1 200 OK\r\nDate: {when[1]}\r\nServer: Apache/2.4.57 (Debian)\r\nLast-Modified: {last_mod}\r\n"
            f'ETag: "{etag}"\r\nAccept-Ranges: bytes\r\nContent-Length: {len(payload)}\r\nVary: Accept-Encoding\r\n'
            f"Keep-Alive: timeout=5, max={100 - n}\r\nConnection: Keep-Alive\r\nContent-Type: {ctype}\r\n\r\n").encode() + payload
    q, r = rid(2 * n + 1), rid(2 * n + 2)
    return [record([("WARC-Type", "request"), ("WARC-Target-URI", url), ("Content-Type", "application/http;msgtype=request"),
                    ("WARC-Date", when[0]), ("WARC-Record-ID", q), ("WARC-IP-Address", IP), ("WARC-Warcinfo-ID", WI)], req),
            record([("WARC-Type", "response"), ("WARC-Record-ID", r), ("WARC-Warcinfo-ID", WI), ("WARC-Concurrent-To", q),
                    ("WARC-Target-URI", url), ("WARC-Date", when[0]), ("WARC-IP-Address", IP),
                    ("WARC-Block-Digest", dig(resp)), ("WARC-Payload-Digest", dig(payload)),
                    ("Content-Type", "application/http;msgtype=response")], resp)]


out += pair(0, URL, PATH, ("2024-03-18T09:14:02Z", "Mon, 18 Mar 2024 09:14:02 GMT"), "text/html; charset=utf-8", body,
            "Fri, 15 Mar 2024 16:48:51 GMT", f"{len(body):x}-613b6a3c1e2c0")
out += pair(1, CSS, "/~hrdlicka/npt2024/styl.css", ("2024-03-18T09:14:03Z", "Mon, 18 Mar 2024 09:14:03 GMT"), "text/css",
            css, "Tue, 06 Feb 2024 08:02:17 GMT", f"{len(css):x}-610b1f2a7b640")
log = f"""Opening WARC file \u2018npt2024-cteni.warc\u2019.

--2024-03-18 10:14:02--  {URL}
Resolving {HOST} ({HOST})... {IP}
Connecting to {HOST} ({HOST})|{IP}|:443... connected.
HTTP request sent, awaiting response... 200 OK
Length: {len(body)} ({len(body) / 1024:.0f}K) [text/html]
Saving to: \u2018{HOST}{PATH}\u2019

     0K .......                                               100% 1.12M=0.006s

2024-03-18 10:14:02 (1.12 MB/s) - \u2018{HOST}{PATH}\u2019 saved [{len(body)}/{len(body)}]

Loading robots.txt; please ignore errors.
--2024-03-18 10:14:03--  https://{HOST}/robots.txt
Reusing existing connection to {HOST}:443.
HTTP request sent, awaiting response... 404 Not Found
2024-03-18 10:14:03 ERROR 404: Not Found.

--2024-03-18 10:14:03--  {CSS}
Reusing existing connection to {HOST}:443.
HTTP request sent, awaiting response... 200 OK
Length: {len(css)} [text/css]
Saving to: \u2018{HOST}/~hrdlicka/npt2024/styl.css\u2019

     0K                                                       100% 8.91M=0s

2024-03-18 10:14:03 (8.91 MB/s) - \u2018{HOST}/~hrdlicka/npt2024/styl.css\u2019 saved [{len(css)}/{len(css)}]

FINISHED --2024-03-18 10:14:03--
Total wall clock time: 0.4s
Downloaded: 2 files, {(len(body) + len(css)) / 1024:.0f}K in 0.007s (1.95 MB/s)
""".encode()
args = f'"--warc-file=npt2024-cteni" "--no-warc-compression" "-p" "{URL}" '.encode()
man = (WI[1:-1] + "\n").encode()
MI = rid(20)
out.append(record([("WARC-Type", "metadata"), ("WARC-Record-ID", MI), ("WARC-Warcinfo-ID", WI),
                   ("WARC-Target-URI", "metadata://gnu.org/software/wget/warc/MANIFEST.txt"), ("WARC-Date", "2024-03-18T09:14:03Z"),
                   ("Content-Type", "text/plain")], man))
out.append(record([("WARC-Type", "resource"), ("WARC-Record-ID", rid(21)), ("WARC-Warcinfo-ID", WI), ("WARC-Concurrent-To", MI),
                   ("WARC-Target-URI", "metadata://gnu.org/software/wget/warc/wget_arguments.txt"),
                   ("WARC-Date", "2024-03-18T09:14:03Z"), ("Content-Type", "text/plain")], args))
out.append(record([("WARC-Type", "resource"), ("WARC-Record-ID", rid(22)), ("WARC-Warcinfo-ID", WI), ("WARC-Concurrent-To", MI),
                   ("WARC-Target-URI", "metadata://gnu.org/software/wget/warc/wget.log"),
                   ("WARC-Date", "2024-03-18T09:14:03Z"), ("Content-Type", "text/plain")], log))
data = b"".join(out)
import html
write_raw(F649, data, [data.decode("utf-8"), html.unescape(page)], keys(F649))
