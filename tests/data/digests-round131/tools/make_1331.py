#!/usr/bin/env python3
"""1331: tshark's packet details (Persian): a Tehran-like lab's student (امیر) writes a small reading-list web app
(Flask on 127.0.0.1:8000, a browser front end) and, to see what the front end really sends, captured the loopback with
`sudo tshark -i lo -f "tcp port 8000" -Y 'http.request.method == "POST"' -O http,json` and pasted the terminal into
the lab's chat. tshark 3.6's text as remembered: the root warning and `Capturing on 'Loopback: lo'`, every packet's
Frame / Ethernet II / IPv4 / TCP summary lines (the frame length = 14 + 20 + 32 + the TCP payload, bits = 8 × bytes;
Seq / Ack relative, advancing by the earlier requests / responses on the same connection), the HTTP tree (the request
line's expert info, headers with `\\r\\n`, `[Content length: N]` = the body's UTF-8 byte length, the full request URI,
`[HTTP request k/k]` and `[Prev request in frame: …]` on a kept-alive connection, `File Data: N bytes`), then the JSON
tree (`Object` / `Array`, `Member Key:`, `String value:` raw, `Number value:`, `True value` / `False value` / `Null
value`, `Key:`) of the body JSON.stringify sent; `^C41 packets captured` at the end. The bitsandbytes and vLLM links
are not papers; ZeRO, DoRA, GPTQ, LLM.int8(), Llama 2 are nicknames."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1331, keys


def paper(k, url, arxiv, note, tags, prio):
    return {"title": T(k), "url": url, "arxiv": arxiv, "note": note, "tags": tags, "priority": prio, "read": False}


REQS = [  # frame, src port, path, body, response length
 (4, 41872, "/api/papers", paper("1910.02054", "https://arxiv.org/abs/1910.02054", None, "برای جلسهٔ آموزش توزیع‌شده؛ ZeRO مرحله ۱ تا ۳", ["سیستم", "حافظه"], 2), 187),
 (12, 41872, "/api/papers/batch", [
     paper("2402.09353", "https://arxiv.org/pdf/2402.09353", None, "DoRA — ادامهٔ LoRA", ["تنظیم-دقیق"], 1),
     paper("2210.17323", "https://arxiv.org/abs/2210.17323", None, "کوانتیزه‌سازی پس از آموزش", ["کوانتیزه"], 1),
     paper("1710.03740", f"https://openreview.net/pdf?id={OR('1710.03740')}", None, "نسخهٔ ICLR 2018", ["دقت-مختلط"], 3)], 214),
 (19, 41872, "/api/papers", paper("2211.17192", "", "2211.17192", "رمزگشایی حدسی؛ لینک را بعداً می‌گذارم", ["استنتاج"], 2), 187),
 (27, 41890, "/api/papers/batch", [
     paper("2208.07339", "", None, "بدون لینک — از فهرست سارا", ["کوانتیزه"], 3),
     paper("2307.09288", "", None, "بدون لینک؛ فقط عنوان", ["مدل-پایه"], 3),
     paper("1910.03771", "", None, "مقالهٔ کتابخانه، نه مستندات", ["ابزار"], 3)], 214),
 (35, 41890, "/api/links", [
     {"kind": "repo", "title": "bitsandbytes — کتابخانهٔ کوانتیزه‌سازی", "url": "https://github.com/bitsandbytes-foundation/bitsandbytes"},
     {"kind": "docs", "title": "vLLM documentation", "url": "https://docs.vllm.ai/en/latest/"}], 96),
]
UA = "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"


def jtree(v, ind):
    s = "    " * ind
    if isinstance(v, dict):
        out = [s + "Object"]
        for k, x in v.items():
            out += [s + f"    Member Key: {k}"] + jtree(x, ind + 2) + [s + f"        Key: {k}"]
        return out
    if isinstance(v, list): return [s + "Array"] + [l for x in v for l in jtree(x, ind + 1)]
    if v is None: return [s + "Null value"]
    if v is True: return [s + "True value"]
    if v is False: return [s + "False value"]
    if isinstance(v, (int, float)): return [s + f"Number value: {v}"]
    return [s + f"String value: {v}"]


P = "amir@laptop-amir:~/khanandani$ "
out = [f"{P}# فرانت‌اند چیزی می‌فرستد که سرور قبول نمی‌کند؛ بسته‌ها را روی lo ببینیم",
       f"{P}sudo tshark -i lo -f \"tcp port 8000\" -Y 'http.request.method == \"POST\"' -O http,json",
       'Running as user "root" and group "root". This could be dangerous.', "Capturing on 'Loopback: lo'"]
conn = {}
for frame, port, path, body, resp in REQS:
    b = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    blen = len(b.encode())
    hdrs = [("Host", "127.0.0.1:8000"), ("User-Agent", UA), ("Accept", "*/*"),
            ("Accept-Language", "fa-IR,fa;q=0.8,en-US;q=0.5,en;q=0.3"), ("Accept-Encoding", "gzip, deflate, br"),
            ("Referer", "http://127.0.0.1:8000/"), ("Content-Type", "application/json"), ("Content-Length", str(blen)),
            ("Origin", "http://127.0.0.1:8000"), ("Connection", "keep-alive"), ("Sec-Fetch-Dest", "empty"),
            ("Sec-Fetch-Mode", "cors"), ("Sec-Fetch-Site", "same-origin")]
    head = f"POST {path} HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in hdrs) + "\r\n"
    ln = len(head.encode()) + blen
    c = conn.setdefault(port, {"seq": 1, "ack": 1, "n": 0, "prev": None})
    c["n"] += 1
    out += [f"Frame {frame}: {ln + 66} bytes on wire ({(ln + 66) * 8} bits), {ln + 66} bytes captured ({(ln + 66) * 8} bits) on interface lo, id 0",
            "Ethernet II, Src: 00:00:00_00:00:00 (00:00:00:00:00:00), Dst: 00:00:00_00:00:00 (00:00:00:00:00:00)",
            "Internet Protocol Version 4, Src: 127.0.0.1, Dst: 127.0.0.1",
            f"Transmission Control Protocol, Src Port: {port}, Dst Port: 8000, Seq: {c['seq']}, Ack: {c['ack']}, Len: {ln}",
            "Hypertext Transfer Protocol",
            f"    POST {path} HTTP/1.1\\r\\n",
            f"        [Expert Info (Chat/Sequence): POST {path} HTTP/1.1\\r\\n]",
            f"            [POST {path} HTTP/1.1\\r\\n]", "            [Severity level: Chat]", "            [Group: Sequence]",
            "        Request Method: POST", f"        Request URI: {path}", "        Request Version: HTTP/1.1"]
    for k, v in hdrs:
        out.append(f"    {k}: {v}\\r\\n")
        if k == "Content-Length": out.append(f"        [Content length: {v}]")
    out += ["    \\r\\n", f"    [Full request URI: http://127.0.0.1:8000{path}]", f"    [HTTP request {c['n']}/{c['n']}]"]
    if c["prev"]: out.append(f"    [Prev request in frame: {c['prev']}]")
    out += [f"    File Data: {blen} bytes", "JavaScript Object Notation: application/json"] + jtree(body, 1) + [""]
    c["seq"] += ln; c["ack"] += resp; c["prev"] = frame
out.append("^C41 packets captured")
out += [f"{P}# مشکل پیدا شد: برای مقاله‌های بی‌لینک، url رشتهٔ خالی است نه null", P]
write_only(F1331, "\n".join(out) + "\n", keys(F1331))
