#!/usr/bin/env python3
"""535: a LinkChecker run over a Dutch NLP group's reading-group site, copied from the terminal (the command line,
LinkChecker's banner, the progress lines, one block per URL with a warning or an error — URL, Name (the link text),
Parent URL, Real URL, Check time, Size, Info, Warning, Result — and the statistics). Only problem links are printed,
so the report holds the links that redirect (http → https), carry whitespace, are forbidden to robots or are dead.
Papers: arXiv abs links (link), a Semantic Scholar /arxiv/ID link (arxiv-text), link names that are titles over
ACL Anthology / NeurIPS / PMLR / project-page URLs (title-only). Not papers: GitHub repositories, slides, a course
page, a Twitter profile, YouTube, the group's own pages."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F535, keys

SITE = "https://taal.example.nl/leesgroep/"
ARCH = "https://taal.example.nl/leesgroep/archief-2023.html"
blocks = []


def b(url, name, parent, line, col, real=None, t=0.5, size=None, info=(), warn=(), result="Valid: 200 OK"):
    L = [f"URL        `{url}'"]
    if name is not None: L.append(f"Name       `{name}'")
    L.append(f"Parent URL {parent}, line {line}, col {col}")
    if real: L.append(f"Real URL   {real}")
    L.append(f"Check time {t:.3f} seconds")
    if size: L.append(f"Size       {size}")
    for i in info: L.append(f"Info       {i}")
    for w in warn: L.append(f"Warning    {w}")
    L.append(f"Result     {result}")
    blocks.append("\n".join(L))


def redir(u):
    return f"Redirected to `{u}'."


a = "https://arxiv.org/abs/"
b("http://arxiv.org/abs/2106.10199", T("2106.10199"), SITE, 48, 13, a + "2106.10199", 1.271, "46KB",
  [redir(a + "2106.10199")], [f"[http-redirected] {redir(a + '2106.10199')}"])
b("http://aclanthology.org/2021.emnlp-main.243/", T("2104.08691"), SITE, 52, 13, "https://aclanthology.org/2021.emnlp-main.243/",
  0.884, "31KB", [redir("https://aclanthology.org/2021.emnlp-main.243/")],
  ["[http-redirected] " + redir("https://aclanthology.org/2021.emnlp-main.243/")])
b("https://www.semanticscholar.org/arxiv/2303.10512", T("2303.10512"), SITE, 56, 13,
  "https://www.semanticscholar.org/arxiv/2303.10512", 0.412, result="Error: 403 Forbidden")
b("https://papers.nips.cc/paper_files/paper/2022/hash/0cde695b83bd186c1fd456302888454c-Abstract-Conference.html",
  T("2205.05638"), SITE, 60, 13,
  "https://proceedings.neurips.cc/paper_files/paper/2022/hash/0cde695b83bd186c1fd456302888454c-Abstract-Conference.html",
  2.107, "19KB", [redir("https://proceedings.neurips.cc/paper_files/paper/2022/hash/0cde695b83bd186c1fd456302888454c-Abstract-Conference.html")],
  ["[http-redirected] " + redir("https://proceedings.neurips.cc/paper_files/paper/2022/hash/0cde695b83bd186c1fd456302888454c-Abstract-Conference.html")])
b("http://arxiv.org/abs/2103.10385v2", T("2103.10385"), SITE, 64, 13, a + "2103.10385v2", 1.033, "44KB",
  [redir(a + "2103.10385v2")], [f"[http-redirected] {redir(a + '2103.10385v2')}"])
b("https://github.com/taal-example/peft-leesgroep-notebooks", "notebooks (GitHub)", SITE, 71, 5, t=0.622,
  result="Error: 404 Not Found")
b("https://docs.google.com/presentation/d/1pQx7Example0slides/edit?usp=sharing", "slides sessie 3 (Ruben)", SITE, 74, 5,
  "https://accounts.google.com/ServiceLogin?continue=https://docs.google.com/presentation/d/1pQx7Example0slides/edit", 0.958, "88KB",
  [redir("https://accounts.google.com/ServiceLogin?continue=https://docs.google.com/presentation/d/1pQx7Example0slides/edit")],
  ["[http-redirected] " + redir("https://accounts.google.com/ServiceLogin?continue=https://docs.google.com/presentation/d/1pQx7Example0slides/edit")])
b(" https://arxiv.org/abs/2303.15343", T("2303.15343"), SITE, 83, 13, a + "2303.15343", 0.977, "41KB",
  warn=["[url-whitespace] URL contains leading or trailing whitespace."])
b("http://llava-vl.github.io/", T("2304.08485"), SITE, 87, 13, "https://llava-vl.github.io/", 0.301, "27KB",
  [redir("https://llava-vl.github.io/")], ["[http-redirected] " + redir("https://llava-vl.github.io/")])
b("http://proceedings.mlr.press/v202/li23q.html", T("2301.12597"), SITE, 91, 13, "https://proceedings.mlr.press/v202/li23q.html",
  0.745, "24KB", [redir("https://proceedings.mlr.press/v202/li23q.html")],
  ["[http-redirected] " + redir("https://proceedings.mlr.press/v202/li23q.html")])
b("https://twitter.com/taal_example_nl", "volg ons op Twitter", SITE, 112, 9, "https://x.com/taal_example_nl", 0.533,
  info=[redir("https://x.com/taal_example_nl")], warn=["[http-redirected] " + redir("https://x.com/taal_example_nl")],
  result="Error: 403 Forbidden")
b("https://www.youtube.com/watch?v=Zt2wa5Qm8Bo", "opname sessie 5 (YouTube)", ARCH, 40, 9, t=1.402,
  result="Error: 429 Too Many Requests")
b("http://staff.example.nl/~jdevries/ptuning-demo/", "demo van Jan (werkt niet meer?)", ARCH, 58, 9, t=3.001,
  result="Error: ConnectionError: HTTPConnectionPool(host='staff.example.nl', port=80): Max retries exceeded with url: /~jdevries/ptuning-demo/ (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3a2c1d5e50>: Failed to establish a new connection: [Errno -2] Name or service not known'))")
b("https://osiris.example.nl/onderwijscatalogus/extern/cursus?cursuscode=INFOMNLP", "vak Natural Language Processing (Osiris)",
  ARCH, 77, 9, t=0.511, result="Error: 500 Internal Server Error")

head = """jdevries@lamp:~$ linkchecker --check-extern https://taal.example.nl/leesgroep/ | tee linkcheck-leesgroep.txt
LinkChecker 10.2.1
Copyright (C) 2000-2016 Bastian Kleineidam, 2010-2022 LinkChecker Authors
LinkChecker comes with ABSOLUTELY NO WARRANTY!
This is free software, and you are welcome to redistribute it under
certain conditions. Look at the file `LICENSE' within this distribution.
Read the documentation at https://linkchecker.github.io/linkchecker/
Write comments and bugs to https://github.com/linkchecker/linkchecker/issues

Start checking at 2024-03-18 09:12:44+001
"""
prog = ["10 threads active,    38 links queued,   41 links in  79 URLs checked, runtime 1 seconds",
        "10 threads active,    12 links queued,  118 links in 130 URLs checked, runtime 6 seconds",
        " 2 threads active,     0 links queued,  151 links in 153 URLs checked, runtime 11 seconds"]
body = "\n\n".join(blocks[:4]) + "\n" + prog[0] + "\n\n" + "\n\n".join(blocks[4:9]) + "\n" + prog[1] + "\n\n" + \
       "\n\n".join(blocks[9:]) + "\n" + prog[2] + "\n"
tail = """
Statistics:
Downloaded: 2.38MB.
Content types: 41 image, 87 text, 0 video, 0 audio, 9 application, 3 mail and 15 other.
URL lengths: min=19, max=133, avg=54.

That's it. 155 links in 155 URLs checked. 9 warnings found. 6 errors found.
Stopped checking at 2024-03-18 09:13:02+001 (17 seconds)
jdevries@lamp:~$
"""
text = head + "\n" + body + tail
write_only(F535, text, keys(F535))
