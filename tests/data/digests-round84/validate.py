#!/usr/bin/env python3
r"""Checks round84/expected.json against the digests and the shared catalogues.

Adapted from round83/validate.py (the label checks are the same code; the reuse report is round83's with round84 /
round85 in place of round82 / round83: round84 holds the even positions; the readers and shape checks are new). The
reuse report counts every /work/main/tests/data/*/expected.json except round84's and round85's own (a
digests-round84 / digests-round85 folder, or a file whose bytes equal round84's or round85's expected.json) — a file
whose bytes equal one already counted is counted once — and checks the split: round84 holds the even positions of
the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 2 up to its last
paper; it fails on a paper shared with round85's expected.json (digests-round85/ under /work/main/tests/data or
/work/rounds, read only) when that file exists, and on a paper in more than one round84 file.
Every digest is read raw (UTF-8; line ends kept) and in decoded forms: 857 the page text with tags removed (so a URL
split over two <span>s is whole); 859 and 864 every MIME text part transfer- and charset-decoded (8bit / quoted-
printable), the decoded From / To / Reply-To / Subject, the HTML part's text and the plain part with `> ` quote
prefixes removed; 860 the pasted column joined at line-end hyphens both ways (hyphen dropped: "Dis-\ncriminators";
hyphen kept: "Cross-\nlingual"); 862 every CSV cell; 863 every JSON string value; everything: HTML entities undone
once and twice, percent-escapes undone. Titles are matched after whitespace normalisation and case-blind; a title
found only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level): 857 WeChat saved page (Chrome's saved-from comment with the URL's length,
elements balanced, og:url's __biz / mid / idx / sn = the script's, `ct` = publish_time at +08:00, one title in
<title> / h1 / og:title / msg_title, no outbound link in #js_content, lazy mmbiz images with matching wx_fmt /
data-type, 135editor sections with data-tools / data-id); 858 GROWI page (tsv-h blocks rectangular, $lsx paths and
options, page and Pukiwiki links, /attachment/ ObjectIds, fences, divs, footnotes); 859 Yandex reply (CRLF, lines
<= 998 octets, 8bit text + html alternative, Yamail X-Mailer, Message-Id digits ending in the Date, In-Reply-To /
References at the quoted time, encoded From / To, one quote header, every quoted line with `>`, forward markers in
order, the arXiv listing's entry: id = abs link, size on Date = size on the link line, two-space continuations,
80 columns); 860 AAAI paste (the block between the note's markers: no blank / indented line, column width, entries
starting with an author or organisation after a line ending in '.', each ending in '.', 'YEAR.' after the authors,
'; and' before the last author, alphabetical order, arXiv ids whole); 861 Papers 3 BibTeX (header, framed entries,
flush-left 'name = value' fields with commas on all but the last, known fields, month macros, balanced braces,
double-braced titles, Surname:YYYYxx citekeys, date-added <= date-modified, papers3 uuid, local-url = file path,
arXiv entries' eprint in url); 862 Baserow CSV (no BOM, re-serialises byte for byte with Python's csv, header, ids
increasing, boolean / status agreement, rating 0–5, DD/MM/YYYY dates, URL fields); 863 DiscordChatExporter JSON
(layout, key order, messageCount, thread id = starter id, snowflake time = timestamp, order, references resolve,
pinned flag, avatar URLs, reaction counts, attachment URLs, embeds only for bare links); 864 Ghost newsletter
(CRLF, ASCII, QP lines <= 76, text + html alternative, one-click List-Unsubscribe, Mailgun Sid / Variables,
Message-Id time = Date, Subject = <title> = post title, every html link tracked for this member or Ghost's own,
template markers); 865 KnowledgeiN paste (CRLF, no BOM, page from skip link to footer, answer count = numbered
answers, one profile block per answer, one adopted answer, dates not before the question); 866 Wiki.js page
(metadata block, dates, editor, callout classes under blockquotes, tabsets with child tabs, internal links, image
sizes, fences, table widths).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import base64, csv, datetime, email, email.header, email.policy, email.utils, hashlib, html, io, json, os, re, sys
from collections import Counter
from html.parser import HTMLParser
from urllib.parse import unquote

ROOT = os.path.dirname(os.path.abspath(__file__))
DIG = os.path.join(ROOT, "digests")
exp = json.load(open(os.path.join(ROOT, "expected.json")))
pool, distract = {}, []
for p in ("/work/shared/catalogue.json", "/work/shared/digests-dev/catalogue.json"):
    for e in json.load(open(p)):
        if e.get("role") == "distractor":
            distract.append(e); continue
        if not e.get("title") and not e.get("arxiv_id"):
            continue
        key = e["arxiv_id"] or ("title:" + (e["title"] or ""))
        pool.setdefault(key, e)
no_arxiv_titles = {e["title"].lower(): e for e in pool.values() if not e["arxiv_id"] and e["title"]}
distract_ids = {e["arxiv_id"] for e in distract if e.get("arxiv_id")}
pool_ids = {e["arxiv_id"] for e in pool.values() if e["arxiv_id"]}

# titles written with a deviation from the catalogue (case changes need no entry: titles are compared case-blind)
DEVIATIONS = {}

def norm(s):
    s = html.unescape(html.unescape(s)).replace("{", "").replace("}", "").replace('\\"', "")
    s = re.sub(r"\\[a-z]+\s*", "", s)
    return re.sub(r"\s+", " ", s).strip().lower()

errors, notes = [], []

def num(f):
    return int(f.split("_")[0])

def lf_final(f, raw, final=True):
    if "\r" in raw: errors.append(f"{f}: CR characters (the writer uses LF)")
    if final and not raw.endswith("\n"): errors.append(f"{f}: no final newline")
    if not final and raw.endswith("\n"): errors.append(f"{f}: a final newline (the writer writes none)")


# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(f, path):
    return open(path, encoding="utf-8", newline="").read()


def json_strings(v):
    if isinstance(v, str): return [v]
    if isinstance(v, list): return [s for i in v for s in json_strings(i)]
    if isinstance(v, dict): return [s for k, i in v.items() for s in [k] + json_strings(i)]
    return []


BLOCK = r"p|div|section|h[1-6]|li|ul|ol|tr|td|table|blockquote|figure|figcaption|br|hr|title"


def strip_tags(s, sep=""):
    """the text a browser shows: block-level tags become line breaks, inline tags vanish (`sep` for all tags if set)"""
    s = re.sub(r"<(script|style)\b[^>]*>.*?</\1>", "\n", s, flags=re.S | re.I)
    s = re.sub(r"</?(?:%s)\b[^>]*>" % BLOCK, "\n", s, flags=re.I)
    return html.unescape(re.sub(r"<[^>]+>", sep, s))


def mime_texts(raw):
    """every text part of a MIME message, transfer-decoded and charset-decoded, plus the decoded headers"""
    m = email.message_from_bytes(raw.encode("utf-8"), policy=email.policy.default)
    out = [str(m.get(h, "")) for h in ("From", "To", "Reply-To", "Subject")]
    for p in m.walk():
        if p.get_content_maintype() == "text":
            out.append(p.get_content().replace("\r\n", "\n"))
    return m, out


def unquote_lines(s):
    return "\n".join(re.sub(r"^(?:> ?)+", "", l) for l in s.split("\n"))


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 857: forms.append(strip_tags(raw))
    if n in (859, 864):
        _, parts = mime_texts(raw)
        for p in parts:
            forms.append(p)
            if "<" in p: forms.append(strip_tags(p, "\n"))
            if "\n>" in p: forms.append(unquote_lines(p))
    if n == 860: forms += [re.sub(r"-\n", "", raw), re.sub(r"-\n", "-", raw)]
    if n == 862: forms.append("\n".join(c for row in csv.reader(io.StringIO(raw, newline="")) for c in row))
    if n == 863: forms.append("\n".join(json_strings(json.loads(raw))))
    base = [raw] + forms
    for s in base:
        u = html.unescape(s)
        if u != s: forms.append(u)
        u2 = html.unescape(u)
        if u2 != u: forms.append(u2)
        p = unquote(s)
        if p != s: forms.append(p)
    return forms

# ---------------------------------------------------------------- shape checks
VOID = {"meta", "link", "input", "br", "img", "hr", "source", "col", "area", "base", "wbr"}


class Balance(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.bad = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID: self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        if tag in VOID: return
        if not self.stack or self.stack[-1] != tag:
            self.bad.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            if tag in self.stack:
                while self.stack.pop() != tag: pass
        else:
            self.stack.pop()


def html_balance(f, s, where):
    b = Balance()
    b.feed(s); b.close()
    for x in b.bad[:3]: errors.append(f"{f}: {where}: {x}")
    if b.stack: errors.append(f"{f}: {where}: elements not closed: {b.stack[:5]}")


def check_wechat(f, raw):
    lf_final(f, raw)
    m = re.match(r"<!DOCTYPE html>\n<!-- saved from url=\((\d{4})\)(\S+) -->\n<html", raw)
    if not m: errors.append(f"{f}: no Chrome 'saved from url' comment after the doctype"); return
    if int(m.group(1)) != len(m.group(2)): errors.append(f"{f}: saved-from length {m.group(1)} != {len(m.group(2))}")
    html_balance(f, raw, "page")
    og = re.search(r'<meta property="og:url" content="([^"]+)"', raw)
    q = dict(re.findall(r"(__biz|mid|idx|sn)=([^&#]+)", html.unescape(og.group(1)))) if og else {}
    for k, v in (("biz", "__biz"), ("mid", "mid"), ("idx", "idx"), ("sn", "sn")):
        sv = re.search(r'var %s = "([^"]*)"' % k, raw)
        if not sv or sv.group(1) != q.get(v): errors.append(f"{f}: script {k} != og:url {v}")
    ct = re.search(r'var ct = "(\d+)";', raw)
    pt = re.search(r'<em id="publish_time"[^>]*>(\d{4}-\d\d-\d\d \d\d:\d\d)</em>', raw)
    if not ct or not pt: errors.append(f"{f}: no ct / publish_time")
    else:
        t = datetime.datetime.strptime(pt.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=datetime.timezone(datetime.timedelta(hours=8)))
        if int(t.timestamp()) != int(ct.group(1)): errors.append(f"{f}: ct {ct.group(1)} != publish_time {pt.group(1)} (+08:00)")
    title = re.search(r"<title>(.*?)</title>", raw)
    h1 = re.search(r'<h1 class="rich_media_title " id="activity-name">\n(.*?)\n</h1>', raw)
    mt = re.search(r"var msg_title = '(.*?)'\.html\(false\);", raw)
    ogt = re.search(r'<meta property="og:title" content="([^"]*)">', raw)
    if not (title and h1 and mt and ogt) or len({title.group(1), h1.group(1), mt.group(1), ogt.group(1)}) != 1:
        errors.append(f"{f}: <title>, h1, og:title and msg_title disagree")
    body = re.search(r'id="js_content" style="visibility: visible;">(.*?)</div>\n<div class="ct_mpda_wrp"', raw, re.S)
    if not body: errors.append(f"{f}: no #js_content"); return
    c = body.group(1)
    html_balance(f, c, "js_content")
    for h in re.findall(r'<a [^>]*href="([^"]+)"', c):
        if not h.startswith("http://mp.weixin.qq.com/s?") and not h.startswith("https://mp.weixin.qq.com/s?"):
            errors.append(f"{f}: outbound link {h[:50]!r} in the body (WeChat allows only article links)")
    for tag in re.findall(r"<img [^>]*>", c):
        ds = re.search(r'data-src="https://mmbiz\.qpic\.cn/mmbiz_(\w+)/\w+/640\?wx_fmt=(\w+)', tag)
        dt = re.search(r'data-type="(\w+)"', tag)
        if not ds or not dt or not (ds.group(1) == ds.group(2) == dt.group(1)): errors.append(f"{f}: image not in WeChat's lazy form: {tag[:60]!r}")
    for tag in re.findall(r'<section class="_135editor"[^>]*>', c):
        if not re.search(r'data-tools="135编辑器" data-id="\d+"', tag): errors.append(f"{f}: 135editor section without data-tools / data-id")


GROWI_LSX = {"depth", "num", "sort", "reverse", "filter", "except", "prefix"}


def check_growi(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")
    fence, k = None, 0
    while k < len(ls):
        l = ls[k]
        m = re.match(r"```(\S*)", l)
        if m and fence is None:
            fence = m.group(1)
            if fence in ("tsv-h", "tsv", "csv-h", "csv"):
                j = k + 1
                while j < len(ls) and not ls[j].startswith("```"): j += 1
                sep = "\t" if fence.startswith("tsv") else ","
                rows = [r.split(sep) for r in ls[k + 1:j]]
                if len({len(r) for r in rows}) != 1: errors.append(f"{f}: line {k + 1}: {fence} rows with different cell counts")
                k = j; fence = None
            k += 1; continue
        if l.startswith("```") and fence is not None:
            fence = None; k += 1; continue
        if fence is None:
            for a in re.findall(r"\$lsx\(([^)]*)\)", l):
                parts = [p.strip() for p in a.split(",")]
                if not parts[0].startswith("/"): errors.append(f"{f}: line {k + 1}: $lsx path not absolute")
                for p in parts[1:]:
                    if p.split("=")[0] not in GROWI_LSX: errors.append(f"{f}: line {k + 1}: unknown $lsx option {p!r}")
            for pl in re.findall(r"(?<!\[)\[(/[^\]\s]*)\](?!\()", l):
                if "//" in pl: errors.append(f"{f}: line {k + 1}: bad page link {pl!r}")
            for pl in re.findall(r"\[\[([^\]]*)\]\]", l):
                if ">" in pl and not pl.split(">", 1)[1].startswith("/"): errors.append(f"{f}: line {k + 1}: Pukiwiki link target not a path")
            for a in re.findall(r"\]\((/attachment/[^)]*)\)", l):
                if not re.fullmatch(r"/attachment/[0-9a-f]{24}", a): errors.append(f"{f}: line {k + 1}: attachment link not an ObjectId")
            if "\t" in l: errors.append(f"{f}: line {k + 1}: tab outside a tsv block")
        k += 1
    if fence is not None: errors.append(f"{f}: code fence not closed")
    if raw.count("<div") != raw.count("</div>"): errors.append(f"{f}: <div> not balanced")
    refs, defs = set(re.findall(r"\[\^(\w+)\](?!:)", raw)), set(re.findall(r"^\[\^(\w+)\]:", raw, re.M))
    if refs != defs: errors.append(f"{f}: footnotes {refs} vs definitions {defs}")


def crlf_only(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: line ends not all CRLF")
    if not raw.endswith("\r\n"): errors.append(f"{f}: no final CRLF")


def mime_structure(f, raw, cte):
    s = raw.replace("\r\n", "\n")
    head, _, body = s.partition("\n\n")
    m = re.search(r'boundary="([^"]+)"', head)
    if not m: errors.append(f"{f}: no multipart boundary"); return None
    b = m.group(1)
    if not body.startswith(f"--{b}\n") or not body.endswith(f"\n--{b}--\n"): errors.append(f"{f}: body not framed by the boundary")
    parts = body.split(f"--{b}")[1:-1]
    types = []
    for p in parts:
        ph = p.lstrip("\n").partition("\n\n")[0]
        types.append(re.search(r"Content-Type: ([\w/]+)", ph).group(1) if "Content-Type:" in ph else None)
        if f"Content-Transfer-Encoding: {cte}" not in ph: errors.append(f"{f}: a part not {cte}")
        if "charset=utf-8" not in ph: errors.append(f"{f}: a part without charset=utf-8")
    if types != ["text/plain", "text/html"]: errors.append(f"{f}: parts {types} (multipart/alternative text + html wanted)")
    for k, l in enumerate(raw.split("\r\n"), 1):
        if len(l.encode("utf-8")) > 998: errors.append(f"{f}: line {k} longer than 998 octets"); break
    return head


def check_yandex(f, raw):
    crlf_only(f, raw)
    head = mime_structure(f, raw, "8bit")
    if head is None: return
    hv = lambda h: (re.search(r"^%s: (.*)$" % h, head, re.M) or [None, ""])[1]
    if hv("X-Mailer") != "Yamail [ http://yandex.ru ] 5.0": errors.append(f"{f}: no Yamail X-Mailer")
    try:
        date = email.utils.parsedate_to_datetime(hv("Date"))
    except (TypeError, ValueError):
        errors.append(f"{f}: bad Date"); return
    mid = re.fullmatch(r"<(\d+)@mail\.yandex\.ru>", hv("Message-Id"))
    if not mid or not mid.group(1).endswith(str(int(date.timestamp()))): errors.append(f"{f}: Message-Id not Yandex's (digits ending in the send time)")
    irt = re.fullmatch(r"<(\d+)@mail\.yandex\.ru>", hv("In-Reply-To"))
    if not hv("Subject").startswith("Re: ") or not irt: errors.append(f"{f}: a reply without Re: / In-Reply-To")
    if hv("References") != hv("In-Reply-To"): errors.append(f"{f}: References does not hold In-Reply-To")
    for h in ("From", "To"):
        if not re.fullmatch(r"=\?utf-8\?B\?[A-Za-z0-9+/=]+\?= <[\w.]+@example\.ru>", hv(h)): errors.append(f"{f}: {h} not an encoded name + address")
    m, parts = mime_texts(raw)
    plain = parts[4] if len(parts) > 4 else ""
    ls = plain.split("\n")
    qh = [k for k, l in enumerate(ls) if re.fullmatch(r'\d\d\.\d\d\.\d{4}, \d\d:\d\d, "[^"]+" <[^>]+>:', l)]
    if len(qh) != 1: errors.append(f"{f}: {len(qh)} quote headers (one wanted)"); return
    qd = datetime.datetime.strptime(ls[qh[0]][:17], "%d.%m.%Y, %H:%M").replace(tzinfo=date.tzinfo)
    if irt and not (qd.timestamp() <= int(irt.group(1)[-10:]) < qd.timestamp() + 60): errors.append(f"{f}: In-Reply-To time is not the quoted message's time")
    if qd > date: errors.append(f"{f}: quoted message after the reply")
    quoted = [l for l in ls[qh[0] + 1:] if l]
    if any(not l.startswith(">") for l in quoted): errors.append(f"{f}: unquoted line inside the quote")
    uq = [re.sub(r"^> ?", "", l) for l in ls[qh[0] + 1:]]
    st = [k for k, l in enumerate(uq) if l == "-------- Начало переадресованного сообщения --------"]
    en = [k for k, l in enumerate(uq) if l == "-------- Конец переадресованного сообщения --------"]
    if len(st) != 1 or len(en) != 1 or st[0] > en[0]: errors.append(f"{f}: forward markers missing or out of order"); return
    lst = uq[st[0] + 1:en[0]]
    if not re.fullmatch(r'\d\d\.\d\d\.\d{4}, \d\d:\d\d, "arXiv" <no-reply@arxiv\.org>:', lst[0]): errors.append(f"{f}: forwarded header not arXiv's")
    for k, l in enumerate(lst):
        if len(l) > 80 and not l.startswith("["): errors.append(f"{f}: listing line longer than 80 columns")
        m_ = re.fullmatch(r"arXiv:(\d{4}\.\d{5})", l)
        if m_:
            d_ = re.fullmatch(r"Date: \w{3}, \d\d? \w{3} \d{4} \d\d:\d\d:\d\d GMT   \((\d+)kb(?:,D)?\)", lst[k + 1] if k + 1 < len(lst) else "")
            tail = next((x for x in lst[k:] if x.startswith("\\\\ ( ")), "")
            t_ = re.fullmatch(r"\\\\ \( https://arxiv\.org/abs/(\S+) ,  (\d+)kb\)", tail)
            if not d_ or not t_ or t_.group(1) != m_.group(1) or t_.group(2) != d_.group(1): errors.append(f"{f}: listing entry {m_.group(1)} inconsistent")
            for x in lst[k:]:
                if x.startswith("\\\\ ( "): break
                if x.startswith(" ") and not x.startswith("  "): errors.append(f"{f}: continuation line not indented by two spaces")
    h = parts[5] if len(parts) > 5 else ""
    html_balance(f, h, "html part")
    if "<blockquote>" not in h: errors.append(f"{f}: html part without the quote")


AAAI_START = re.compile(r"^(?:[A-Z][A-Za-z'\-]+, [A-Z]\.|Hugging Face\. |Linguistic Data Consortium\. |Wikimedia Foundation\. )")


def check_aaai_refs(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")
    try:
        a, b = ls.index("References") + 1, next(k for k, l in enumerate(ls) if l.startswith("———— نهاية"))
    except (ValueError, StopIteration):
        errors.append(f"{f}: no References block between the note's markers"); return
    block = ls[a:b - 1] if ls[b - 1] == "" else ls[a:b]
    entries = []
    for k, l in enumerate(block):
        if not l or l != l.strip() or "  " in l: errors.append(f"{f}: line {a + k + 1}: blank, indented or double-spaced line in the pasted column")
        if len(l) > 58: errors.append(f"{f}: line {a + k + 1}: longer than the column ({len(l)})")
        if AAAI_START.match(l) and (k == 0 or block[k - 1].endswith(".")):
            entries.append([l])
        elif entries:
            entries[-1].append(l)
        else:
            errors.append(f"{f}: line {a + k + 1}: text before the first entry")
    keys_ = []
    for e in entries:
        t = re.sub(r"-\n", "-", "\n".join(e)).replace("\n", " ")
        if not t.endswith("."): errors.append(f"{f}: entry {t[:30]!r} does not end with a period")
        ym = re.search(r"(?<=[.\w]) ((?:19|20)\d\d)\. ", t)
        if not ym: errors.append(f"{f}: entry {t[:30]!r} without 'YEAR.' after the authors"); continue
        au_ = t[:ym.start()]
        if ";" in au_ and "; and " not in au_: errors.append(f"{f}: entry {t[:30]!r}: last author not joined with '; and'")
        keys_.append(au_.split(",")[0].split(".")[0].lower())
    if keys_ != sorted(keys_): errors.append(f"{f}: entries not in alphabetical order: {keys_}")
    if len(entries) < 8: errors.append(f"{f}: {len(entries)} entries found")
    for m in re.finditer(r"arXiv(?: preprint arXiv)?:(\S*)", "\n".join(block)):
        if not re.fullmatch(r"\d{4}\.\d{5}\.", m.group(1)): errors.append(f"{f}: arXiv id cut or malformed: {m.group(0)!r}")


BIB_FIELDS = {"author", "title", "journal", "booktitle", "year", "volume", "number", "pages", "month", "publisher",
              "series", "note", "eprint", "eprinttype", "eprintclass", "annote", "read", "rating", "date-added",
              "date-modified", "abstract", "url", "local-url", "file", "uri"}


def check_papers_bib(f, raw):
    lf_final(f, raw)
    if not raw.startswith("%% Created using Papers on ") or "\n%% http://papersapp.com/papers/\n\n@" not in raw[:120]:
        errors.append(f"{f}: no Papers export header")
    chunks = raw.split("\n\n")[1:]
    for c in chunks:
        ls = c.rstrip("\n").split("\n")
        m = re.fullmatch(r"@(article|inproceedings|book|misc)\{([^,]+),", ls[0])
        if not m or ls[-1] != "}": errors.append(f"{f}: entry not framed: {ls[0][:40]!r}"); continue
        key, flds = m.group(2), {}
        body = ls[1:-1]
        for k, l in enumerate(body):
            fm = re.fullmatch(r"([a-z-]+) = (.*?)(,?)", l)
            if not fm: errors.append(f"{f}: {key}: field line not flush-left 'name = value': {l[:40]!r}"); continue
            name, val, comma = fm.groups()
            if (comma == ",") != (k < len(body) - 1): errors.append(f"{f}: {key}: comma after {name} wrong")
            if name not in BIB_FIELDS: errors.append(f"{f}: {key}: unknown field {name}")
            if name == "month":
                if not re.fullmatch(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", val): errors.append(f"{f}: {key}: month not a macro")
            else:
                depth = 0
                for ch in val:
                    depth += (ch == "{") - (ch == "}")
                    if depth < 0: break
                if not (val.startswith("{") and val.endswith("}")) or depth != 0: errors.append(f"{f}: {key}: {name} braces unbalanced")
            flds[name] = val[1:-1] if name != "month" else val
        if not flds.get("title", "").startswith("{") or not flds.get("title", "").endswith("}"): errors.append(f"{f}: {key}: title not in double braces")
        sur = flds.get("author", "").split(",")[0]
        km = re.fullmatch(r"([^:]+):(\d{4})[a-z]{2}", key)
        if not km or km.group(1) != sur or km.group(2) != flds.get("year"): errors.append(f"{f}: {key}: citekey not Surname:YYYYxx of the first author / year")
        da, dm = flds.get("date-added", ""), flds.get("date-modified", "")
        if not (re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dGMT", da) and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dGMT", dm)) or dm < da:
            errors.append(f"{f}: {key}: date-added / date-modified")
        if not re.fullmatch(r"\\url\{papers3://publication/uuid/[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}", flds.get("uri", "")):
            errors.append(f"{f}: {key}: uri not a papers3 uuid")
        if flds.get("read") not in ("Yes", "No") or not flds.get("rating", "").isdigit() or int(flds["rating"]) > 5: errors.append(f"{f}: {key}: read / rating")
        if "file" in flds:
            fp = flds["file"][1:-1].split(":")[1] if flds["file"].startswith("{") else ""
            if flds.get("local-url") != "file://localhost" + fp.replace(" ", "%20"): errors.append(f"{f}: {key}: local-url is not the file's path")
        if flds.get("journal") == "arXiv.org":
            e = flds.get("eprint", "")
            if flds.get("eprinttype") != "arxiv" or not e or e not in flds.get("url", ""): errors.append(f"{f}: {key}: arXiv entry without matching eprint / url")


BASEROW_HEADER = ["id", "Titel", "Link", "Status", "Tags", "Voorgesteld door", "Bespreking", "Samenvatting", "Code", "Score", "Besproken"]


def check_baserow(f, raw):
    if raw.startswith("\ufeff"): errors.append(f"{f}: BOM (Baserow's UTF-8 export writes none)")
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    if buf.getvalue() != raw: errors.append(f"{f}: not Python csv's QUOTE_MINIMAL / CRLF layout")
    if not rows or rows[0] != BASEROW_HEADER: errors.append(f"{f}: header {rows[:1]}"); return
    prev = 0
    for r in rows[1:]:
        if len(r) != len(BASEROW_HEADER): errors.append(f"{f}: row {r[:1]}: {len(r)} cells"); continue
        d = dict(zip(BASEROW_HEADER, r))
        if not d["id"].isdigit() or int(d["id"]) <= prev: errors.append(f"{f}: row id {d['id']} not increasing")
        else: prev = int(d["id"])
        if d["Besproken"] not in ("true", "false"): errors.append(f"{f}: row {d['id']}: boolean {d['Besproken']!r}")
        if (d["Status"] == "Besproken") != (d["Besproken"] == "true"): errors.append(f"{f}: row {d['id']}: Status and Besproken disagree")
        if d["Status"] not in ("Te lezen", "Bezig", "Besproken", "Naslag"): errors.append(f"{f}: row {d['id']}: unknown status")
        if not d["Score"].isdigit() or int(d["Score"]) > 5: errors.append(f"{f}: row {d['id']}: rating {d['Score']!r}")
        if d["Bespreking"]:
            try:
                datetime.datetime.strptime(d["Bespreking"], "%d/%m/%Y")
            except ValueError:
                errors.append(f"{f}: row {d['id']}: date {d['Bespreking']!r} not DD/MM/YYYY")
        for c in ("Link", "Code"):
            if d[c] and not re.fullmatch(r"https?://\S+", d[c]): errors.append(f"{f}: row {d['id']}: {c} not a URL")


DISCORD_EPOCH = 1420070400000
DCE_MSG_KEYS = ["id", "type", "timestamp", "timestampEdited", "callEndedTimestamp", "isPinned", "content", "author",
                "attachments", "embeds", "stickers", "reactions", "mentions", "inlineEmojis"]


def check_dce(f, raw):
    try:
        d = json.loads(raw)
    except ValueError as ex:
        errors.append(f"{f}: not JSON: {ex}"); return
    if raw != json.dumps(d, ensure_ascii=False, indent=2): errors.append(f"{f}: not DiscordChatExporter's layout (indent 2, raw UTF-8, no final newline)")
    if list(d) != ["guild", "channel", "dateRange", "exportedAt", "messages", "messageCount"]: errors.append(f"{f}: top-level keys {list(d)}")
    msgs = d.get("messages", [])
    if d.get("messageCount") != len(msgs): errors.append(f"{f}: messageCount {d.get('messageCount')} != {len(msgs)}")
    ch, g = d.get("channel", {}), d.get("guild", {})
    if ch.get("type") == "GuildPublicThread" and msgs and ch.get("id") != msgs[0].get("id"): errors.append(f"{f}: thread id is not its starter message's id")
    seen, prev = {}, None
    for m in msgs:
        i = m.get("id", "")
        if list(m)[:len(DCE_MSG_KEYS)] != DCE_MSG_KEYS or set(m) - set(DCE_MSG_KEYS) - {"reference"}: errors.append(f"{f}: {i}: message keys")
        try:
            t = datetime.datetime.fromisoformat(m["timestamp"])
            if (int(i) >> 22) + DISCORD_EPOCH != round(t.timestamp() * 1000): errors.append(f"{f}: {i}: snowflake time != timestamp")
        except (ValueError, KeyError, TypeError):
            errors.append(f"{f}: {i}: bad id / timestamp"); continue
        if prev and (t < prev or int(i) < int(list(seen)[-1])): errors.append(f"{f}: {i}: messages not in order")
        if m.get("timestampEdited") and datetime.datetime.fromisoformat(m["timestampEdited"]) < t: errors.append(f"{f}: {i}: edited before sent")
        prev = t
        if m.get("type") not in ("Default", "Reply", "ChannelPinnedMessage", "ThreadCreated"): errors.append(f"{f}: {i}: type {m.get('type')}")
        if m.get("type") in ("Reply", "ChannelPinnedMessage"):
            r = m.get("reference") or {}
            if r.get("messageId") not in seen or r.get("channelId") != ch.get("id") or r.get("guildId") != g.get("id"): errors.append(f"{f}: {i}: reference does not resolve")
            if m["type"] == "ChannelPinnedMessage" and not seen.get(r.get("messageId"), {}).get("isPinned"): errors.append(f"{f}: {i}: pinned message not isPinned")
        elif "reference" in m: errors.append(f"{f}: {i}: reference on a {m.get('type')} message")
        a = m.get("author", {})
        if a.get("id", "x") not in a.get("avatarUrl", "") or a.get("discriminator") != "0000": errors.append(f"{f}: {i}: author avatar / discriminator")
        for x in m.get("reactions", []):
            if x.get("count") != len(x.get("users", [])): errors.append(f"{f}: {i}: reaction count != users")
        for x in m.get("attachments", []):
            if f"/attachments/{ch.get('id')}/{x.get('id')}/{x.get('fileName')}?" not in x.get("url", ""): errors.append(f"{f}: {i}: attachment url")
        for e in m.get("embeds", []):
            u = e.get("url", "")
            if u not in m.get("content", "") or f"<{u}>" in m.get("content", ""): errors.append(f"{f}: {i}: embed for a link not posted bare")
        for u in re.findall(r"<(https?://[^>]+)>", m.get("content", "")):
            if any(e.get("url") == u for e in m.get("embeds", [])): errors.append(f"{f}: {i}: embed for a suppressed link")
        seen[i] = m
    try:
        if msgs and datetime.datetime.fromisoformat(d["exportedAt"][:26] + d["exportedAt"][27:]) < prev: errors.append(f"{f}: exported before the last message")
    except (ValueError, KeyError):
        errors.append(f"{f}: bad exportedAt")


def check_ghost(f, raw):
    crlf_only(f, raw)
    if any(ord(c) > 127 for c in raw): errors.append(f"{f}: non-ASCII bytes (all parts are quoted-printable, headers RFC 2047)")
    head = mime_structure(f, raw, "quoted-printable")
    if head is None: return
    body = raw.replace("\r\n", "\n").partition("\n\n")[2]
    for k, l in enumerate(body.split("\n")):
        if len(l) > 76: errors.append(f"{f}: body line {k + 1} longer than 76 (quoted-printable)"); break
    m, parts = mime_texts(raw)
    hv = lambda h: str(m.get(h, ""))
    lu = re.fullmatch(r"<(https://[\w.-]+)/unsubscribe/\?uuid=([0-9a-f-]{36})&key=[0-9a-f]{32}&newsletter=[0-9a-f-]{36}>, <mailto:[^>]+>", " ".join(hv("List-Unsubscribe").split()))
    if not lu or hv("List-Unsubscribe-Post") != "List-Unsubscribe=One-Click": errors.append(f"{f}: no Ghost one-click List-Unsubscribe"); return
    site, member = lu.groups()
    try:
        sid = json.loads(base64.b64decode(hv("X-Mailgun-Sid")))
        if sid[1] != hv("To"): errors.append(f"{f}: X-Mailgun-Sid does not name the recipient")
        json.loads(hv("X-Mailgun-Variables"))["email-id"]
    except Exception:
        errors.append(f"{f}: X-Mailgun-Sid / X-Mailgun-Variables not Mailgun's")
    date = email.utils.parsedate_to_datetime(hv("Date"))
    mid = re.fullmatch(r"<(\d{14})\.[0-9a-f]{16}@([\w.-]+)>", hv("Message-Id"))
    if not mid or mid.group(1) != date.astimezone(datetime.timezone.utc).strftime("%Y%m%d%H%M%S"): errors.append(f"{f}: Message-Id time != Date")
    text, h = (parts[4], parts[5]) if len(parts) > 5 else ("", "")
    html_balance(f, h, "html part")
    subj = hv("Subject")
    t_ = re.search(r"<title>(.*?)</title>", h)
    pt = re.search(r'class="post-title-link">(.*?)</a>', h)
    if not t_ or not pt or html.unescape(t_.group(1)) != subj or html.unescape(pt.group(1)) != subj: errors.append(f"{f}: Subject, <title> and post title disagree")
    for href in re.findall(r'href="([^"]+)"', h):
        href = html.unescape(href)
        if href.startswith(site + "/r/"):
            if not re.fullmatch(re.escape(site) + r"/r/[0-9a-f]{8}\?m=" + member, href): errors.append(f"{f}: tracked link {href[:60]!r} not for this member")
        elif not (href.startswith(site + "/unsubscribe/") or "#/feedback/" in href or href.startswith("https://ghost.org/")):
            errors.append(f"{f}: untracked link {href[:60]!r} in the html part")
    for u in re.findall(r"\[(https?://[^\]]+)\]", text):
        if not (u.startswith(site + "/") or u.startswith("https://ghost.org/")): errors.append(f"{f}: text part link {u[:60]!r} not Ghost's")
    if "Powered by Ghost" not in h or 'class="preheader"' not in h: errors.append(f"{f}: not Ghost's email template")


def check_kin(f, raw):
    crlf_only(f, raw)
    if raw.startswith("\ufeff"): errors.append(f"{f}: BOM (Notepad saves UTF-8 without one)")
    ls = raw.split("\r\n")[:-1]
    if ls[:2] != ["본문 바로가기", "NAVER"] or ls[-1] != "ⓒ NAVER Corp.": errors.append(f"{f}: not the page's text from top to footer")
    na = [l for l in ls if re.fullmatch(r"답변 \d+개", l)]
    nth = [l for l in ls if re.fullmatch(r"\d+번째 답변", l)]
    if len(na) != 1 or int(na[0][3:-1]) != len(nth): errors.append(f"{f}: 답변 count != answers")
    if [l for l in nth] != [f"{k}번째 답변" for k in range(1, len(nth) + 1)]: errors.append(f"{f}: answers not numbered in order")
    if sum(l.endswith(" 님 답변") for l in ls) != len(nth) or sum(l.startswith("채택답변수 ") for l in ls) != len(nth): errors.append(f"{f}: answer profile blocks")
    if ls.count("질문자 채택") != 1: errors.append(f"{f}: not exactly one adopted answer")
    dates = [datetime.datetime.strptime(m, "%Y.%m.%d") for m in re.findall(r"(?m)^(\d{4}\.\d\d\.\d\d)\.", raw.split("\r\n관련 질문\r\n")[0])]
    q = dates[0] if dates else None
    if not q or any(d < q for d in dates[1:]): errors.append(f"{f}: an answer or comment dated before the question")
    if "\t" in raw: errors.append(f"{f}: tab in copied page text")


def check_wikijs(f, raw):
    lf_final(f, raw)
    m = re.match(r"<!--\ntitle: (.+)\ndescription: (.*)\npublished: (true|false)\ndate: (\S+)\ntags: (.*)\neditor: (\w+)\ndateCreated: (\S+)\n-->\n\n", raw)
    if not m: errors.append(f"{f}: no Wiki.js git-storage metadata block"); return
    try:
        d, c = (datetime.datetime.strptime(x, "%Y-%m-%dT%H:%M:%S.%fZ") for x in (m.group(4), m.group(7)))
        if c > d: errors.append(f"{f}: dateCreated after date")
    except ValueError:
        errors.append(f"{f}: dates not ISO UTC with milliseconds")
    if m.group(6) != "markdown": errors.append(f"{f}: editor {m.group(6)} for a Markdown page")
    ls = raw[m.end():].split("\n")
    fence = False
    for k, l in enumerate(ls):
        if l.startswith("```"): fence = not fence; continue
        if fence: continue
        if re.fullmatch(r"\{\.is-\w+\}", l):
            if not re.fullmatch(r"\{\.is-(info|warning|success|danger)\}", l) or k == 0 or not ls[k - 1].startswith(">"): errors.append(f"{f}: callout class not under a blockquote: {l}")
        h = re.match(r"(#+) .*\{\.tabset\}$", l)
        if h:
            lvl = len(h.group(1))
            kids = []
            for x in ls[k + 1:]:
                hm = re.match(r"(#+) ", x)
                if hm and len(hm.group(1)) <= lvl: break
                if hm: kids.append(len(hm.group(1)))
            if not kids or set(kids) != {lvl + 1}: errors.append(f"{f}: tabset without tabs one level below")
        for u in re.findall(r"\]\((/[^)\s]*)", l):
            if not (u.startswith("/th/") or u.startswith("/assets/")): errors.append(f"{f}: internal link {u} outside /th/ or /assets/")
        for sz in re.findall(r"\]\(\S+ (=[^)]*)\)", l):
            if not re.fullmatch(r"=\d*x\d*", sz): errors.append(f"{f}: bad image size {sz}")
    if fence: errors.append(f"{f}: code fence not closed")
    tables = re.findall(r"(?m)^(\|.*\|)$", raw)
    if len({t.count("|") for t in tables}) > 1: errors.append(f"{f}: table rows with different cell counts")


def shape_checks(f, raw, path):
    n = num(f)
    {857: check_wechat, 858: check_growi, 859: check_yandex, 860: check_aaai_refs, 861: check_papers_bib,
     862: check_baserow, 863: check_dce, 864: check_ghost, 865: check_kin, 866: check_wikijs}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


def valid_arxiv_shape(m):
    yy, mm, num_ = int(m[:2]), int(m[2:4]), m.split(".")[1]
    if not 1 <= mm <= 12 or yy < 7 or (yy == 7 and mm < 4):
        return False
    return len(num_) == (5 if int(m[:4]) >= 1501 else 4)
# ---------------------------------------------------------------- label checks

files = sorted(os.listdir(DIG), key=num)
if sorted(exp) != sorted(files):
    errors.append(f"keys {sorted(exp)} != files {sorted(files)}")
ID_URL = r"(?:arxiv\.org/(?:abs|pdf|html)/|alphaxiv\.org/abs/|huggingface\.co/papers/|hf\.co/papers/)"
for f in files:
    path = os.path.join(DIG, f)
    try:
        raw = read_raw(f, path)
    except UnicodeDecodeError as ex:
        errors.append(f"{f}: not in its charset: {ex}"); raw = open(path, encoding="utf-8", errors="replace", newline="").read()
    try:
        shape_checks(f, raw, path)
    except Exception as ex:
        errors.append(f"{f}: shape check crashed: {ex!r}")
    try:
        forms = decoded_forms(f, raw, path)
    except Exception as ex:  # a broken file must not hide the other checks
        errors.append(f"{f}: cannot decode: {ex!r}"); forms = []
    alltext = raw + "\n\u241e\n" + "\n\u241e\n".join(forms)
    ntext = norm(alltext)
    nraw = norm(raw)
    recs = exp.get(f, [])
    seen = set()
    for r in recs:
        if set(r) != {"arxiv_id", "openreview_id", "title", "evidence", "true_arxiv_id"}: errors.append(f"{f}: fields {sorted(r)}")
        t, ev, tid, aid, oid = r["title"], r["evidence"], r["true_arxiv_id"], r["arxiv_id"], r["openreview_id"]
        key = tid or oid or t.lower()
        if key in seen: errors.append(f"{f}: duplicate {key}")
        seen.add(key)
        if tid:
            e = pool.get(tid)
            if not e: errors.append(f"{f}: true_arxiv_id {tid} not in the catalogues"); continue
            if tid in distract_ids: errors.append(f"{f}: {tid} is a distractor")
        else:
            e = no_arxiv_titles.get(t.lower())
            if not e: errors.append(f"{f}: title-only no-arxiv paper not in pool: {t}"); continue
        cat_titles = {norm(e["title"])} | {norm(v["title"]) for v in e.get("versions") or [] if v.get("title")}
        if norm(t) not in cat_titles:
            dev = DEVIATIONS.get((f, t))
            ok = (dev == "unicode-apostrophe" and norm(t.replace("\u2019", "'")) in cat_titles) or \
                 (dev == "subtitle-dropped" and any(c.startswith(norm(t) + ":") for c in cat_titles))
            if ok:
                notes.append(f"{f}: title written with a recorded deviation ({dev}): {t!r} for {e['title']!r}")
            else:
                errors.append(f"{f}: title {t!r} does not match the catalogue's {e['title']!r}")
        elif norm(t) != norm(e["title"]):
            notes.append(f"{f}: title recorded under a version title: {t!r} (current: {e['title']!r})")
        if oid and e.get("openreview_id") != oid: errors.append(f"{f}: openreview {oid} not {tid}'s")
        if t in raw: pass
        elif norm(t) in nraw: notes.append(f"{f}: title found only after normalising whitespace/entities/TeX: {t!r}")
        elif t in alltext: notes.append(f"{f}: title found only after decoding: {t!r}")
        elif norm(t) in ntext: notes.append(f"{f}: title found only after decoding + normalising: {t!r}")
        else: errors.append(f"{f}: title not in digest: {t!r}")
        if ev == "title-only":
            if aid or oid: errors.append(f"{f}: title-only with ids {t}")
            for i in (tid, e.get("openreview_id")):
                if i and i in alltext: errors.append(f"{f}: title-only paper's id {i} appears")
        elif ev == "link":
            if oid:
                if not re.search(r"openreview\.net/(?:forum|pdf)\?id=" + re.escape(oid), alltext):
                    errors.append(f"{f}: no openreview link for {oid}")
                if aid: errors.append(f"{f}: both ids set for {t}")
                if tid and re.search(ID_URL + re.escape(tid), alltext): errors.append(f"{f}: OpenReview record {oid} also has an arXiv link")
            elif not aid:
                errors.append(f"{f}: link record without arxiv_id or openreview_id: {t}")
            else:
                if aid != tid: errors.append(f"{f}: arxiv_id != true for {t}")
                if not re.search(ID_URL + re.escape(aid), alltext):
                    errors.append(f"{f}: no arXiv-form link for {aid}")
                elif not re.search(ID_URL + re.escape(aid), raw):
                    notes.append(f"{f}: link for {aid} found only after decoding")
        elif ev == "arxiv-text":
            if aid != tid or oid: errors.append(f"{f}: bad ids for arxiv-text {t}")
            if aid not in raw:
                if aid in alltext: notes.append(f"{f}: id {aid} found only after decoding")
                else: errors.append(f"{f}: id {aid} not in digest")
            if re.search(ID_URL + re.escape(aid), alltext): errors.append(f"{f}: arxiv-text {aid} also has a link")
        else:
            errors.append(f"{f}: bad evidence {ev}")
    labelled = {r["true_arxiv_id"] for r in recs} | {r["openreview_id"] for r in recs}
    for m in sorted(set(re.findall(r"(?<![\d.])(\d{4}\.\d{4,5})(?:v\d+)?(?![\d])", alltext))):
        if m in labelled:
            continue
        if m in pool_ids or m in distract_ids:
            errors.append(f"{f}: unlabelled catalogue{' distractor' if m in distract_ids else ''} arXiv id {m}")
        elif valid_arxiv_shape(m):
            errors.append(f"{f}: unlabelled valid-shaped arXiv id {m!r}")
        else:
            notes.append(f"{f}: id-like string that is not an arXiv id: {m!r}")
    for oid in sorted(set(re.findall(r"openreview\.net/(?:forum|pdf)\?id(?:=3D|=|%3D)([\w-]+)(?![\w-]*…)", alltext))):
        if oid not in labelled: errors.append(f"{f}: unlabelled OpenReview id {oid}")
    rec_keys = {r["true_arxiv_id"] or r["title"] for r in recs}
    rec_titles = {r["title"].lower() for r in recs}
    for e in list(pool.values()) + distract:
        if e["title"] and len(e["title"]) > 12 and norm(e["title"]) in ntext:
            if e.get("role") == "distractor" or ((e["arxiv_id"] or e["title"]) not in rec_keys and e["title"].lower() not in rec_titles):
                errors.append(f"{f}: unlabelled pool/distractor title {e['title']!r} ({e.get('role')})")
    if f.split("_")[1] == "negative" and recs: errors.append(f"{f}: a negative control with labels")




# reuse report: how often the labelled sets used each paper (every /work/main/tests/data/*/expected.json except
# round84's and round85's, a byte-identical file counted once), and the round84/round85 split (candidates sorted by
# (uses, catalogue title); round84 = even positions from 2 on, one unbroken run)
used = Counter()
TD = "/work/main/tests/data"
P85 = next((p for p in ("/work/main/tests/data/digests-round85/expected.json", "/work/rounds/digests-round85/expected.json")
            if os.path.exists(p)), "/work/rounds/digests-round85/expected.json")
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
if os.path.exists(P85): own.add(open(P85, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round84", "digests-round85") or not os.path.exists(pth): continue
    b = open(pth, "rb").read()
    if b in counted or b in own: continue
    counted.add(b)
    for recs in json.loads(b).values():
        used.update({x["true_arxiv_id"] or x["title"].lower() for x in recs})
pkey = lambda e: e["arxiv_id"] or e["title"].lower()
cands = sorted(pool.values(), key=lambda e: (used[pkey(e)], e["title"]))
pos = {pkey(e): i + 1 for i, e in enumerate(cands)}
allrecs = [r["true_arxiv_id"] or r["title"].lower() for recs in exp.values() for r in recs]
mine = set(allrecs)
last = max((pos[k] for k in mine if k in pos), default=0)
run = {pkey(e) for i, e in enumerate(cands) if (i + 1) % 2 == 0 and 2 <= i + 1 <= last}
odd = sorted(k for k in mine if pos.get(k, 1) % 2 == 1)
if odd: errors.append(f"papers not at an even position (round84 takes the even ones): {odd}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 2..{last}: {[(pos[k], k) for k in gaps]}")
r85 = set()
if os.path.exists(P85):
    try:
        r85 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P85)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append("round85's expected.json exists but could not be read (being written?)")
    if r85 & mine: errors.append(f"papers also in round85: {sorted(r85 & mine)}")
shared85 = len(r85 & mine) if os.path.exists(P85) else "(no round85 expected.json yet)"

c = Counter(); per = {}
for f, recs in exp.items():
    per[f] = Counter(r["evidence"] for r in recs)
    c.update(per[f])
for f in files:
    orl_f = sum(1 for r in exp.get(f, []) if r["openreview_id"])
    print(f"{f:84s} {sum(per.get(f, {}).values()):2d}  " + " ".join(f"{k}={v}" for k, v in sorted(per.get(f, {}).items()))
          + (f" (openreview {orl_f})" if orl_f else ""))
tot = sum(c.values())
orl = sum(1 for recs in exp.values() for r in recs if r["openreview_id"])
nox = sum(1 for recs in exp.values() for r in recs if not r["true_arxiv_id"])
nox_t = sum(1 for recs in exp.values() for r in recs if r["evidence"] == "title-only" and r["true_arxiv_id"])
multi = {k: n for k, n in Counter(allrecs).items() if n > 1}
if multi: errors.append(f"papers in more than one round84 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: even 2..{last} ({len(mine)} papers); "
      f"at odd positions: {len(odd)}; shared with round85: {shared85}; papers in more than one round84 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
