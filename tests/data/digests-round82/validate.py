#!/usr/bin/env python3
r"""Checks round82/expected.json against the digests and the shared catalogues.

Adapted from round81/validate.py (the label checks are the same code; the reuse report is round81's with round82 /
round83 in place of round81 / round80: round82 holds the odd positions from 3, round83 the even ones; the readers and
shape checks are new). The reuse report counts every /work/main/tests/data/*/expected.json except round82's and
round83's own (a digests-round82 / digests-round83 folder, or a file whose bytes equal round83's expected.json) — a
file whose bytes equal one already counted is counted once — and checks the split: round82 holds the odd positions of
the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 3 up to its last
paper; it fails on a paper shared with /work/main/tests/data/digests-round83/expected.json when that file exists
(read only), and on a paper in more than one round82 file.
Every digest is read raw (UTF-8; line ends kept) and in decoded forms: 839 and 846 every JSON string value; 840 the
decoded MIME parts and headers (quoted-printable, RFC 2047); 842 every Dotclear flat value unescaped; everything:
HTML entities undone once and twice, percent-escapes undone. Titles are matched after whitespace normalisation and
case-blind; a title found only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level): HTML pages (837, 838, 843, 844, 845) have balanced non-void tags; 837 Ekşi
Sözlük (entry ids unique and rising, permalinks to the entry id, entry dates `dd.mm.yyyy hh:mm[ ~ …]` in order,
`a.url` href = title = text, `(bkz:)` links with the quote_plus'd query); 838 Pantip (comments numbered 1..N as
`commentN` / "ความคิดเห็นที่ N", replies N-M, data-utime `mm/dd/yyyy hh:mm:ss` in order, member numbers agreeing with
the profile link, the comment total); 839 Viblo (PHP json_encode layout: one line, `\/`, `\uXXXX`, no final newline;
counts and pagination; `{@embed: url}`); 840 e-mail (CRLF only, headers, RFC 2047 words, multipart boundaries,
quoted-printable lines ≤ 76 and decoding as UTF-8, every HTML link a click-tracker link whose base64 target is one of
the text part's URLs and the reverse); 841 LaTeX (balanced braces outside comments, no bare & / %, labels unique,
OSCOLA `<\url{…}> accessed D Month YYYY`, `(n N)` pointing to an earlier footnote); 842 Dotclear flat backup (header,
table heads, every row with its table's column count, quoted / NULL values, post ids unique, meta / comment post ids
existing, nb_comment, post_meta unserializing to the post's tags, wiki links rendered in the XHTML); 843 Tieba
(data-field JSON, post_no 1..N with matching "N楼" tails, one thread_id, dates in order, checkurl targets equal to the
link text); 844 DC Inside (comment ids = data-no, date formats, two-octet IPs for floating writers, fixed nicks with
the nikcon icon, the comment total); 845 Togetter (data-index 0..N, status ids and dates rising, t.co display text =
the title URL without scheme cut at 25 with "…", 280 weighted characters); 846 Indico (Python json.dumps layout,
count, contributions 1..N in time order, duration = end − start, inside the event, emailHash).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17); nor is an OpenReview id cut by a quoted-printable soft line break (840's raw text; its decoded part holds
the whole id)."""

import base64, datetime, email, email.header, email.policy, html, json, os, re, sys
from collections import Counter
from html.parser import HTMLParser
from urllib.parse import unquote, unquote_plus, quote_plus

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


def php_unserialize(s, i=0):
    """parses one serialize() value at s[i:] (s is bytes); returns (value, next index); raises ValueError (round81's)"""
    t = s[i:i + 1]
    if t == b"N":
        if s[i:i + 2] != b"N;": raise ValueError(f"bad null at {i}")
        return None, i + 2
    if t in (b"i", b"d", b"b"):
        j = s.index(b";", i)
        v = s[i + 2:j].decode()
        if s[i + 1:i + 2] != b":" or not re.fullmatch(r"-?\d+" if t != b"d" else r"-?\d+(\.\d+)?(E[+-]?\d+)?", v): raise ValueError(f"bad scalar at {i}")
        return (float(v) if t == b"d" else int(v)), j + 1
    if t == b"s":
        m = re.compile(rb's:(\d+):"').match(s, i)
        if not m: raise ValueError(f"bad string head at {i}")
        n = int(m.group(1)); a = m.end()
        if s[a + n:a + n + 2] != b'";': raise ValueError(f"string length {n} wrong at {i}")
        return s[a:a + n].decode("utf-8"), a + n + 2
    if t == b"a":
        m = re.compile(rb'a:(\d+):\{').match(s, i)
        if not m: raise ValueError(f"bad array head at {i}")
        n = int(m.group(1)); j = m.end(); d = {}
        for _ in range(n):
            k, j = php_unserialize(s, j)
            v, j = php_unserialize(s, j); d[k] = v
        if s[j:j + 1] != b"}": raise ValueError(f"array count {n} wrong at {i}")
        return d, j + 1
    raise ValueError(f"unknown type {t!r} at {i}")


def dc_split(line):
    """one Dotclear flat row: "…" values with \\ escapes, or NULL; returns the values or raises ValueError"""
    out, i = [], 0
    while True:
        if line.startswith("NULL", i): out.append(None); i += 4
        elif line[i:i + 1] == '"':
            j, buf = i + 1, []
            while j < len(line) and line[j] != '"':
                if line[j] == "\\":
                    c = line[j + 1:j + 2]
                    if c not in ('\\', '"', 'n', 'r'): raise ValueError(f"bad escape \\{c} at {j}")
                    buf.append({"n": "\n", "r": "\r"}.get(c, c)); j += 2
                else: buf.append(line[j]); j += 1
            if j >= len(line): raise ValueError("value not closed")
            out.append("".join(buf)); i = j + 1
        else: raise ValueError(f"bad value start at {i}: {line[i:i + 10]!r}")
        if i == len(line): return out
        if line[i] != ",": raise ValueError(f"expected ',' at {i}")
        i += 1


def dotclear(raw):
    tables, cur = {}, None
    for k, l in enumerate(raw.split("\n")[1:], 2):
        if not l: cur = None; continue
        m = re.fullmatch(r"\[(\w+) ([\w,]+)\]", l)
        if m: cur = (m.group(1), m.group(2).split(",")); tables[cur[0]] = (cur[1], []); continue
        if cur is None: raise ValueError(f"line {k}: row outside a table")
        tables[cur[0]][1].append((k, dc_split(l)))
    return tables


def mime_texts(raw):
    m = email.message_from_bytes(raw.encode("utf-8"), policy=email.policy.default)
    out = [str(m.get("Subject", "")), str(m.get("From", ""))]
    for p in m.walk():
        if not p.is_multipart(): out.append(p.get_payload(decode=True).decode("utf-8"))
    return out


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n in (839, 846): forms.append("\n".join(json_strings(json.loads(raw))))
    if n == 840: forms += mime_texts(raw)
    if n == 842: forms.append("\n".join(v for _, (cols, rows) in dotclear(raw).items() for _, r in rows for v in r if v))
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
VOID = {"br", "img", "meta", "link", "input", "hr", "wbr", "source", "area", "base", "col", "embed", "param", "track"}


class Balance(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.stack, self.bad = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID: self.stack.append((tag, self.getpos()[0]))

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        if tag in VOID: return
        if not self.stack or self.stack[-1][0] != tag:
            self.bad.append(f"line {self.getpos()[0]}: </{tag}> does not close <{self.stack[-1][0] if self.stack else '-'}>")
            if any(t == tag for t, _ in self.stack):
                while self.stack and self.stack.pop()[0] != tag: pass
        else: self.stack.pop()


def check_html(f, raw):
    lf_final(f, raw)
    if not raw.lstrip().lower().startswith("<!doctype html"): errors.append(f"{f}: no <!DOCTYPE html>")
    b = Balance(); b.feed(raw); b.close()
    for x in b.bad[:3]: errors.append(f"{f}: {x}")
    if b.stack: errors.append(f"{f}: tags not closed: {[t for t, _ in b.stack][:5]}")


def check_eksi(f, raw):
    check_html(f, raw)
    lis = re.findall(r'<li data-id="(\d+)" data-author="([^"]+)" data-author-id="(\d+)"[^>]*>(.*?)</li>', raw, re.S)
    if not lis: errors.append(f"{f}: no entries"); return
    ids = [int(x[0]) for x in lis]
    if ids != sorted(set(ids)): errors.append(f"{f}: entry ids not unique and rising")
    prev = None
    for eid, nick, uid, body in lis:
        m = re.search(r'<a class="entry-date permalink" href="/entry/(\d+)">([^<]+)</a>', body)
        if not m or m.group(1) != eid: errors.append(f"{f}: entry {eid}: permalink missing or not to the entry"); continue
        d = re.fullmatch(r"(\d\d\.\d\d\.\d{4} \d\d:\d\d)(?: ~ (?:\d\d\.\d\d\.\d{4} )?\d\d:\d\d)?", m.group(2))
        if not d: errors.append(f"{f}: entry {eid}: bad date {m.group(2)!r}"); continue
        t = datetime.datetime.strptime(d.group(1), "%d.%m.%Y %H:%M")
        if prev and t < prev: errors.append(f"{f}: entry {eid}: date before the previous entry's")
        prev = t
        if f'<a class="entry-author" href="/biri/' not in body or f">{nick}</a>" not in body: errors.append(f"{f}: entry {eid}: author link does not show {nick}")
    for h, t, x in re.findall(r'<a class="url" rel="nofollow noopener" target="_blank" href="([^"]+)" title="([^"]+)">([^<]+)</a>', raw):
        if not h == t == x: errors.append(f"{f}: a.url with href / title / text differing: {h}")
    if raw.count('<a class="url"') != len(re.findall(r'<a class="url" rel="nofollow noopener" target="_blank" href="[^"]+" title="[^"]+">', raw)): errors.append(f"{f}: a.url without rel / target / title")
    for q, x in re.findall(r'\(bkz: <a class="b" href="/\?q=([^"]+)">([^<]+)</a>\)', raw):
        if q != quote_plus(x): errors.append(f"{f}: (bkz: {x}) with query {q}")


def check_pantip(f, raw):
    check_html(f, raw)
    cs = re.findall(r'<div class="display-post-wrapper section-comment" id="comment(\d+)">\n<div class="display-post-number" id="(\d+)">ความคิดเห็นที่ (\d+)</div>', raw)
    if [int(c[0]) for c in cs] != list(range(1, len(cs) + 1)) or any(len(set(c)) != 1 for c in cs): errors.append(f"{f}: comments not numbered 1..N consistently")
    m = re.search(r"ความคิดเห็นทั้งหมด (\d+)", raw)
    if not m or int(m.group(1)) != len(cs): errors.append(f"{f}: comment total does not match {len(cs)} comments")
    for rid, num_ in re.findall(r'id="reply(\d+-\d+)"><div class="display-post-number">ความคิดเห็นที่ ([\d-]+)</div>', raw):
        if rid != num_: errors.append(f"{f}: reply {rid} numbered {num_}")
    prev = None
    for d in re.findall(r'data-utime="([^"]+)"', raw):
        try: t = datetime.datetime.strptime(d, "%m/%d/%Y %H:%M:%S")
        except ValueError: errors.append(f"{f}: bad data-utime {d}"); continue
        if prev and t < prev and not re.search(r"reply", ""): pass
        prev = t
    top = [datetime.datetime.strptime(d, "%m/%d/%Y %H:%M:%S") for d in re.findall(r'<div class="display-post-avatar-inner">.*?data-utime="([^"]+)"', raw)]
    if top != sorted(top): errors.append(f"{f}: topic / comment times not in order")
    for pid, mid, n in re.findall(r'<a href="/profile/(\d+)" class="display-post-name[^"]*" id="(\d+)">สมาชิกหมายเลข (\d+)</a>', raw):
        if not pid == mid == n: errors.append(f"{f}: member number {n} with profile {pid}")


def php_json(d):
    return json.dumps(d, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")


def check_viblo(f, raw):
    lf_final(f, raw, final=False)
    try: d = json.loads(raw)
    except ValueError as ex: errors.append(f"{f}: not JSON: {ex}"); return
    if raw != php_json(d): errors.append(f"{f}: not PHP json_encode's default layout (one line, \\/, \\uXXXX)")
    p = d.get("post", {}).get("data", {})
    cm = d.get("comments", {}).get("data", [])
    if p.get("comments_count") != len(cm) or d["comments"].get("meta", {}).get("pagination", {}).get("total") != len(cm): errors.append(f"{f}: comments_count / pagination != {len(cm)} comments")
    for k in ("published_at", "created_at", "updated_at"):
        if not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", p.get(k) or ""): errors.append(f"{f}: bad {k}")
    if not p.get("created_at", "") <= p.get("published_at", "") <= p.get("updated_at", ""): errors.append(f"{f}: created / published / updated out of order")
    if not p.get("url", "").endswith("/p/" + p.get("slug", "?")): errors.append(f"{f}: url does not end with the slug")
    c = p.get("contents", "")
    for m in re.findall(r"\{@\w+:[^}]*\}", c):
        if not re.fullmatch(r"\{@(embed|gist|codepen): https?://\S+\}", m): errors.append(f"{f}: bad Viblo embed {m}")
    if c.count("```") % 2: errors.append(f"{f}: code fence not closed")
    for t, u in re.findall(r"\[([^\]]+)\]\(([^)\s]*)\)", c):
        if not re.match(r"https?://", u): errors.append(f"{f}: Markdown link without a URL: {t[:30]}")


def check_eml(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: line ends not all CRLF")
    if not raw.endswith("\r\n"): errors.append(f"{f}: no final CRLF")
    head, _, body = raw.partition("\r\n\r\n")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type", "List-Unsubscribe"):
        if not re.search(rf"^{h}: ", head, re.M): errors.append(f"{f}: no {h} header")
    for w in re.findall(r"=\?([^?]+)\?([BQ])\?([^?]*)\?=", head):
        try: email.header.decode_header(f"=?{w[0]}?{w[1]}?{w[2]}?=")[0][0].decode(w[0])
        except Exception: errors.append(f"{f}: encoded word does not decode")
    m = re.search(r'boundary="([^"]+)"', head)
    if not m: errors.append(f"{f}: no boundary"); return
    B = m.group(1)
    parts = body.split("\r\n--" + B)
    if not parts[-1].startswith("--"): errors.append(f"{f}: closing boundary missing")
    texts = {}
    for p in parts[1:-1]:
        ph, _, pb = p.lstrip("\r\n").partition("\r\n\r\n")
        ct = re.search(r"Content-Type: (text/\w+); charset=utf-8", ph)
        if not ct or "Content-Transfer-Encoding: quoted-printable" not in ph: errors.append(f"{f}: part without text/* utf-8 quoted-printable headers"); continue
        for l in pb.split("\r\n"):
            if len(l) > 76: errors.append(f"{f}: quoted-printable line over 76 characters"); break
            if re.search(r"=(?![0-9A-F]{2}|$)", l): errors.append(f"{f}: bad '=' in quoted-printable: {l[:30]!r}"); break
        import quopri
        try: texts[ct.group(1)] = quopri.decodestring(pb.encode()).decode("utf-8")
        except UnicodeDecodeError: errors.append(f"{f}: {ct.group(1)} part is not UTF-8 after decoding")
    if set(texts) != {"text/plain", "text/html"}: errors.append(f"{f}: parts {sorted(texts)}"); return
    h = texts["text/html"]
    targets = set()
    for href in re.findall(r'<a href="([^"]+)"', h):
        t = re.fullmatch(r"https://go\.mailer-example\.net/ru/mail_link_tracker\?hash=\w+&amp;url=([\w-]+)~~&amp;uid=[\w~]+", href)
        if "/ru/unsubscribe?" in href: continue
        if not t: errors.append(f"{f}: HTML link not through the tracker: {href[:50]}"); continue
        b = t.group(1); b += "=" * (-len(b) % 4)
        try: targets.add(base64.urlsafe_b64decode(b).decode())
        except Exception: errors.append(f"{f}: tracker url parameter is not base64url")
    urls = {u for u in re.findall(r"https?://\S+", texts["text/plain"]) if "/unsubscribe" not in u}
    if urls - targets - {"https://lab.example.ru/digest/14"} or targets - urls - {"https://lab.example.ru/digest/14"}: errors.append(f"{f}: text-part URLs and tracked targets differ: {sorted(urls ^ targets)[:3]}")


MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"


def check_latex(f, raw):
    lf_final(f, raw)
    code = "\n".join(re.sub(r"(?<!\\)%.*", "", l) for l in raw.split("\n"))
    depth = 0
    for k, l in enumerate(code.split("\n"), 1):
        l2 = l.replace("\\{", "").replace("\\}", "")
        for c in l2:
            depth += (c == "{") - (c == "}")
            if depth < 0: errors.append(f"{f}: line {k}: unbalanced }}"); depth = 0
        if re.search(r"(?<!\\)&", l): errors.append(f"{f}: line {k}: bare & outside a table")
    if depth: errors.append(f"{f}: {depth} braces not closed")
    labels = Counter(re.findall(r"\\label\{([^}]+)\}", code))
    for l, c in labels.items():
        if c > 1: errors.append(f"{f}: label {l} defined {c} times")
    for r in re.findall(r"\\cref\{([^}]+)\}", code):
        if r not in labels and not r.startswith("ch:"): errors.append(f"{f}: \\cref to undefined {r}")
    # footnotes in order, with their text
    fns, i = [], 0
    while True:
        i = code.find("\\footnote{", i)
        if i < 0: break
        j, d = i + 10, 1
        while j < len(code) and d:
            d += (code[j] == "{") - (code[j] == "}"); j += 1
        fns.append(code[i + 10:j - 1]); i = j
    for n, t in enumerate(fns, 1):
        for u in re.findall(r"<\\url\{[^}]+\}>(.{0,40})", t, re.S):
            if not re.match(rf"\s+accessed\s+\d{{1,2}}~?\s*(?:{MONTHS})\s+\d{{4}}", u): errors.append(f"{f}: footnote {n}: URL without 'accessed D Month YYYY'")
        if re.search(r"\\url\{", t) and not re.search(r"<\\url\{", t): errors.append(f"{f}: footnote {n}: URL not in angle brackets")
        for r in re.findall(r"\(n (\d+)\)", t):
            if not 1 <= int(r) < n: errors.append(f"{f}: footnote {n}: (n {r}) does not point to an earlier footnote")
        if not t.rstrip().endswith("."): errors.append(f"{f}: footnote {n}: does not end with a full stop")
        if re.search(r"\bet al\b", t): errors.append(f"{f}: footnote {n}: 'et al' (OSCOLA writes 'and others')")


def check_dotclear(f, raw):
    lf_final(f, raw)
    if not re.fullmatch(r"///DOTCLEAR\|\d+\.\d+(?:\.\d+)?\|single", raw.split("\n", 1)[0]): errors.append(f"{f}: bad ///DOTCLEAR header")
    try: tb = dotclear(raw)
    except ValueError as ex: errors.append(f"{f}: {ex}"); return
    for name, (cols, rows) in tb.items():
        for k, r in rows:
            if len(r) != len(cols): errors.append(f"{f}: line {k}: {len(r)} values for {len(cols)} columns of {name}")
    if "post" not in tb: errors.append(f"{f}: no post table"); return
    pc, prow = tb["post"][0], [dict(zip(tb["post"][0], r)) for _, r in tb["post"][1]]
    ids = Counter(p.get("post_id") for p in prow)
    if any(c > 1 for c in ids.values()): errors.append(f"{f}: duplicate post_id")
    cats = {dict(zip(tb["category"][0], r))["cat_id"] for _, r in tb.get("category", ([], []))[1]}
    metas = [dict(zip(tb["meta"][0], r)) for _, r in tb.get("meta", ([], []))[1]]
    coms = [dict(zip(tb["comment"][0], r)) for _, r in tb.get("comment", ([], []))[1]]
    for m in metas:
        if m.get("post_id") not in ids: errors.append(f"{f}: meta for unknown post {m.get('post_id')}")
    for c in coms:
        if c.get("post_id") not in ids: errors.append(f"{f}: comment for unknown post {c.get('post_id')}")
    for p in prow:
        pid = p.get("post_id")
        if p.get("cat_id") not in cats: errors.append(f"{f}: post {pid}: unknown category")
        if p.get("nb_comment") != str(sum(1 for c in coms if c.get("post_id") == pid)): errors.append(f"{f}: post {pid}: nb_comment wrong")
        try:
            tags = php_unserialize((p.get("post_meta") or "").encode())[0]["tag"]
            if sorted(tags.values()) != sorted(m["meta_id"] for m in metas if m.get("post_id") == pid): errors.append(f"{f}: post {pid}: post_meta tags differ from the meta table")
        except (ValueError, KeyError, TypeError, IndexError) as ex: errors.append(f"{f}: post {pid}: post_meta not a serialized tag array ({ex})")
        for lab, u, lang in re.findall(r"\[([^|\]]+)\|([^|\]]+)\|(\w+)\]", p.get("post_content") or ""):
            if f'<a href="{html.escape(u, quote=False)}" hreflang="{lang}">{html.escape(lab, quote=False)}</a>' not in (p.get("post_content_xhtml") or ""): errors.append(f"{f}: post {pid}: wiki link {u} not rendered")
        for k in ("post_dt", "post_creadt", "post_upddt"):
            if not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", p.get(k) or ""): errors.append(f"{f}: post {pid}: bad {k}")


def check_tieba(f, raw):
    check_html(f, raw)
    floors = re.findall(r"<div class=\"l_post l_post_bright j_l_post clearfix  \" data-field='([^']+)'>(.*?)</div></div>\n?(?=<div class=\"l_post|\n</div>)", raw, re.S)
    if not floors: errors.append(f"{f}: no floors"); return
    tids, prevd = set(), None
    for n, (df, body) in enumerate(floors, 1):
        try: d = json.loads(df)
        except ValueError: errors.append(f"{f}: floor {n}: data-field not JSON"); continue
        c = d.get("content", {})
        tids.add(c.get("thread_id"))
        if c.get("post_no") != n or c.get("post_index") != n - 1: errors.append(f"{f}: floor {n}: post_no {c.get('post_no')}")
        if f'id="post_content_{c.get("post_id")}"' not in body: errors.append(f"{f}: floor {n}: post_content id is not the post_id")
        m = re.search(r'<span class="tail-info">(\d+)楼</span><span class="tail-info">(\d{4}-\d\d-\d\d \d\d:\d\d)</span>', body)
        if not m or int(m.group(1)) != n: errors.append(f"{f}: floor {n}: tail N楼 missing or wrong"); continue
        if prevd and m.group(2) < prevd: errors.append(f"{f}: floor {n}: earlier than the previous floor")
        prevd = m.group(2)
    if len(tids) != 1: errors.append(f"{f}: several thread_ids {tids}")
    for u, r, t in re.findall(r'<a href="http://tieba\.baidu\.com/mo/q/checkurl\?url=([^&"]+)&urlrefer=([0-9a-f]*)"[^>]*>([^<]*)</a>', raw):
        if unquote(u) != t or len(r) != 32: errors.append(f"{f}: checkurl target {unquote(u)[:40]} != link text {t[:40]}")
    m = re.search(r'<span class="red">(\d+)</span>回复贴', raw)
    if not m or int(m.group(1)) != len(floors): errors.append(f"{f}: reply count does not match {len(floors)} floors")


def check_dc(f, raw):
    check_html(f, raw)
    if not re.search(r'<span class="gall_date" title="(\d{4}\.\d\d\.\d\d \d\d:\d\d:\d\d)">\1</span>', raw): errors.append(f"{f}: bad gall_date")
    lis = re.findall(r'<li id="comment_li_(\d+)" class="ub-content"><div class="cmt_info clear" data-no="(\d+)"(.*?)</li>', raw)
    for a_, b_, body in lis:
        if a_ != b_: errors.append(f"{f}: comment_li_{a_} with data-no {b_}")
        if not re.search(r'<span class="date_time">\d\d\.\d\d \d\d:\d\d:\d\d</span>', body): errors.append(f"{f}: comment {a_}: bad date_time")
    for uid, ip, rest in re.findall(r'data-uid="([^"]*)" data-ip="([^"]*)"[^>]*>(.{0,400})', raw):
        if uid and (ip or "writer_nikcon" not in rest): errors.append(f"{f}: fixed nick {uid} with an IP or without the nikcon icon")
        if not uid and not re.fullmatch(r"\d{1,3}\.\d{1,3}", ip): errors.append(f"{f}: floating writer without a two-octet IP ({ip})")
        if not uid and f'<span class="ip">({ip})</span>' not in rest: errors.append(f"{f}: IP {ip} not shown")
    ids = [int(a_) for a_, _, _ in lis]
    if ids != sorted(ids): errors.append(f"{f}: comments not in id order")
    for pat in (r'댓글 (\d+)</a>', r'<span id="comment_total_\d+">(\d+)</span>'):
        m = re.search(pat, raw)
        if not m or int(m.group(1)) != len(lis): errors.append(f"{f}: comment total does not match {len(lis)} comments")


def weighted(t):
    t = re.sub(r"https?://\S+", "x" * 23, t)
    return sum(2 if ord(c) > 0x10FF else 1 for c in t)


def check_togetter(f, raw):
    check_html(f, raw)
    items = re.findall(r'<li class="list_item" data-index="(\d+)">(.*?)</li>', raw, re.S)
    if [int(i) for i, _ in items] != list(range(len(items))): errors.append(f"{f}: data-index not 0..N")
    prev = (0, "")
    for i, body in items:
        m = re.search(r'<a class="link" href="https://twitter\.com/(\w+)/status/(\d+)"[^>]*>(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)</a>', body)
        h = re.search(r'<span class="status_id">@(\w+)</span>', body)
        if not m or not h or m.group(1) != h.group(1): errors.append(f"{f}: item {i}: status link missing or not the poster's"); continue
        if (int(m.group(2)), m.group(3)) < prev or int(m.group(2)) < prev[0] or m.group(3) < prev[1]: errors.append(f"{f}: item {i}: status id / date not rising")
        prev = (int(m.group(2)), m.group(3))
        t = re.search(r'<p class="tweet">(.*?)</p>', body, re.S)
        if not t: errors.append(f"{f}: item {i}: no tweet text"); continue
        for href, title, disp in re.findall(r'<a href="([^"]+)" class="link" target="_blank" rel="nofollow" title="([^"]+)">([^<]+)</a>', t.group(1)):
            d = title.split("://", 1)[1]
            if not re.fullmatch(r"https://t\.co/\w{10}", href) or disp != (d if len(d) <= 25 else d[:25] + "…"): errors.append(f"{f}: item {i}: t.co link / display text wrong ({disp})")
        plain = re.sub(r'<a [^>]*title="([^"]+)">[^<]*</a>', r"\1", t.group(1)).replace("<br>", "\n")
        if weighted(html.unescape(plain)) > 280: errors.append(f"{f}: item {i}: over 280 weighted characters")


def check_indico(f, raw):
    lf_final(f, raw, final=False)
    try: d = json.loads(raw)
    except ValueError as ex: errors.append(f"{f}: not JSON: {ex}"); return
    if raw != json.dumps(d): errors.append(f"{f}: not Python json.dumps layout")
    if d.get("_type") != "HTTPAPIResult" or d.get("count") != len(d.get("results", [])): errors.append(f"{f}: not an HTTPAPIResult with a right count")
    ts = lambda x: datetime.datetime.fromisoformat(x["date"] + "T" + x["time"])
    for ev in d.get("results", []):
        s, e = ts(ev["startDate"]), ts(ev["endDate"])
        prev = s
        for n, c in enumerate(ev.get("contributions", []), 1):
            if c.get("id") != str(n) or c.get("_type") != "Contribution": errors.append(f"{f}: contribution {n}: id / type")
            cs, ce = ts(c["startDate"]), ts(c["endDate"])
            if (ce - cs).seconds // 60 != c.get("duration"): errors.append(f"{f}: contribution {n}: duration != end - start")
            if cs < prev or ce > e or cs < s: errors.append(f"{f}: contribution {n}: out of order or outside the event")
            prev = cs
            for sp in c.get("speakers", []):
                if not re.fullmatch(r"[0-9a-f]{32}", sp.get("emailHash", "")) or sp.get("fullName") != f"{sp.get('last_name')}, {sp.get('first_name')}": errors.append(f"{f}: contribution {n}: bad speaker")


def shape_checks(f, raw, path):
    n = num(f)
    {837: check_eksi, 838: check_pantip, 839: check_viblo, 840: check_eml, 841: check_latex, 842: check_dotclear,
     843: check_tieba, 844: check_dc, 845: check_togetter, 846: check_indico}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
    for oid in sorted(set(re.findall(r"openreview\.net/(?:forum|pdf)\?id(?:=3D|=|%3D)([\w-]+)(?![\w-]*(?:…|=\r?\n))", alltext))):
        if oid not in labelled: errors.append(f"{f}: unlabelled OpenReview id {oid}")
    rec_keys = {r["true_arxiv_id"] or r["title"] for r in recs}
    rec_titles = {r["title"].lower() for r in recs}
    for e in list(pool.values()) + distract:
        if e["title"] and len(e["title"]) > 12 and norm(e["title"]) in ntext:
            if e.get("role") == "distractor" or ((e["arxiv_id"] or e["title"]) not in rec_keys and e["title"].lower() not in rec_titles):
                errors.append(f"{f}: unlabelled pool/distractor title {e['title']!r} ({e.get('role')})")
    if f.split("_")[1] == "negative" and recs: errors.append(f"{f}: a negative control with labels")




# reuse report: how often the labelled sets used each paper (every /work/main/tests/data/*/expected.json except
# round82's and round83's, a byte-identical file counted once), and the round82/round83 split (candidates sorted by
# (uses, catalogue title); round82 = odd positions from 3 on, one unbroken run)
used = Counter()
TD = "/work/main/tests/data"
P83 = "/work/main/tests/data/digests-round83/expected.json"
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
if os.path.exists(P83): own.add(open(P83, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round82", "digests-round83") or not os.path.exists(pth): continue
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
run = {pkey(e) for i, e in enumerate(cands) if (i + 1) % 2 == 1 and 3 <= i + 1 <= last}
even = sorted(k for k in mine if pos.get(k, 2) % 2 == 0)
if even: errors.append(f"papers not at an odd position (round83 takes the even ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r83 = set()
if os.path.exists(P83):
    try:
        r83 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P83)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append("digests-round83/expected.json exists but could not be read (being written?)")
    if r83 & mine: errors.append(f"papers also in round83: {sorted(r83 & mine)}")
shared83 = len(r83 & mine) if os.path.exists(P83) else "(no digests-round83/expected.json yet)"

c = Counter(); per = {}
for f, recs in exp.items():
    per[f] = Counter(r["evidence"] for r in recs)
    c.update(per[f])
for f in files:
    orl_f = sum(1 for r in exp.get(f, []) if r["openreview_id"])
    print(f"{f:100s} {sum(per.get(f, {}).values()):2d}  " + " ".join(f"{k}={v}" for k, v in sorted(per.get(f, {}).items()))
          + (f" (openreview {orl_f})" if orl_f else ""))
tot = sum(c.values())
orl = sum(1 for recs in exp.values() for r in recs if r["openreview_id"])
nox = sum(1 for recs in exp.values() for r in recs if not r["true_arxiv_id"])
nox_t = sum(1 for recs in exp.values() for r in recs if r["evidence"] == "title-only" and r["true_arxiv_id"])
multi = {k: n for k, n in Counter(allrecs).items() if n > 1}
if multi: errors.append(f"papers in more than one round82 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: odd 3..{last} ({len(mine)} papers); "
      f"at even positions: {len(even)}; shared with round83: {shared83}; papers in more than one round82 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
