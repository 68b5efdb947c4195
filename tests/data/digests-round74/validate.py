#!/usr/bin/env python3
r"""Checks round74/expected.json against the digests and the shared catalogues.

Adapted from round73/validate.py (the label checks are the same code; the reuse report is round73's with round75 /
round74 in place of round72 / round73: round74 holds the odd positions from 3 on, round75 the even ones; the readers
and shape checks are new). The reuse report counts every /work/main/tests/data/*/expected.json except round74's and
round75's own (a digests-round74 / digests-round75 folder, or a file whose bytes equal round74's or round75's
expected.json) — a file whose bytes equal one already counted is counted once — and checks the split: round74 holds
the odd positions of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 3
up to its last paper; it fails on a paper shared with /work/main/tests/data/digests-round75/expected.json when that
file exists (read only), and on a paper in more than one round74 file.
Every digest is read raw (UTF-8; 763 as CP866; line ends kept) and in decoded forms: 757 iCalendar lines unfolded and
TEXT escapes undone; 760, 764, 765 tags stripped and entities undone; 761 XML attributes unescaped; 762 SocialCalc
encodeForSave undone (\c, \n, \b); everything: HTML entities undone once and twice, percent-escapes undone. Titles are
matched after whitespace normalisation and case-blind (braces and TeX control words dropped); a title found only that
way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level): 757 iCalendar (CRLF, physical lines <= 75 octets and each valid UTF-8, BEGIN/END
nesting, content-line grammar, VTODO with UID / DTSTAMP / SUMMARY, UTC stamps, TEXT escapes, unique UIDs, RELATED-TO
targets, COMPLETED status with COMPLETED / 100 %, DUE TZID defined); 758 Tiki source (CRLF, no final newline,
`||` tables with a constant cell count, {PLUGIN(…)}…{PLUGIN} pairs, ~np~ / ~tc~ pairs, (( )) pairs, [url|text]
links); 759 Babyl (options header, ^_ / ^L framing, status lines, *** EOOH ***, header then blank line, RFC 2822 dates
with the right weekday, forwarded-message separators paired, listing entries' arXiv: id equal to their \\ ( URL ,
size) line); 760 LaTeXML (generator comment, tags balanced, bibitems numbered 1..n with [n] tags, every cite target a
bibitem, every bibitem cited, smallcaps authors and italic title); 761 BibSonomy (well-formed XML, stat="ok", posts
start/end = number of posts, user / group / bibtex per post, 32-hex hashes, post href ending in the intrahash, tag
hrefs, postingdate form and order, changedate not before postingdate); 762 SocialCalc (first line, MIME parts and
boundaries, part list, cell line grammar, no raw ':' in encoded text, cells inside sheet:c/r, fonts / colours /
formats defined, the COUNTIF value right); 763 GoldED export (CP866, CRLF, header block lines, message numbers rising,
dates with the right weekday, tearline and origin per message with the From address); 764 Campaign Monitor (tags
balanced, <unsubscribe> and <webversion> present, <layout> only inside <repeater>, editable regions labelled, merge
tags known); 765 Douban note (tags balanced, link2 targets equal to their link text, pub-date form, comment ids unique
and counted, note id equal to og:url); 766 Nix (strings / ''…'' strings / comments closed, brackets balanced, no TAB).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import datetime, email.utils, hashlib, html, json, os, re, sys
from collections import Counter
from html.parser import HTMLParser
from urllib.parse import unquote, unquote_plus


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

# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(f, path):
    return open(path, encoding="cp866" if num(f) == 763 else "utf-8", newline="").read()


def ics_unfold(raw):
    return re.sub(r"\r\n[ \t]", "", raw)


def ics_text(s):
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), s)


def sc_decode(s):
    return s.replace("\\c", ":").replace("\\n", "\n").replace("\\b", "\\")


def strip_tags(s):
    return html.unescape(re.sub(r"<[^>]+>", " ", s))


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 757: forms.append(ics_text(ics_unfold(raw)))
    if n in (760, 764, 765): forms.append(strip_tags(raw))
    if n == 761: forms.append(html.unescape(raw))
    if n == 762: forms.append(sc_decode(raw))
    base = [raw] + forms
    for s in base:
        u = html.unescape(s)
        if u != s: forms.append(u)
        u2 = html.unescape(u)
        if u2 != u: forms.append(u2)
        p = unquote(s)
        if p != s: forms.append(p)
        pp = unquote_plus(s)
        if pp != s and pp != p: forms.append(pp)
    return forms

# ---------------------------------------------------------------- shape checks
def lf_final(f, raw, final=True):
    if "\r" in raw: errors.append(f"{f}: CR characters (the writer uses LF)")
    if final and not raw.endswith("\n"): errors.append(f"{f}: no final newline")


VOID = {"meta", "link", "img", "br", "hr", "input", "col", "source", "area", "base", "wbr"}


class Balance(HTMLParser):
    def __init__(self, f):
        super().__init__(convert_charrefs=True); self.f, self.st, self.bad = f, [], []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID: self.st.append((tag, self.getpos()[0]))

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        if tag in VOID: return
        if not self.st or self.st[-1][0] != tag:
            self.bad.append(f"line {self.getpos()[0]}: </{tag}> closes {self.st[-1] if self.st else 'nothing'}")
            if any(t == tag for t, _ in self.st):
                while self.st and self.st[-1][0] != tag: self.st.pop()
                self.st.pop()
        else:
            self.st.pop()


def balanced(f, raw):
    b = Balance(f); b.feed(raw); b.close()
    for x in b.bad[:3]: errors.append(f"{f}: tags unbalanced: {x}")
    if b.st: errors.append(f"{f}: tags left open: {b.st[:3]}")


STAMP = r"\d{8}T\d{6}Z"


def check_ics(f, raw, path):
    b = open(path, "rb").read()
    if re.search(rb"(?<!\r)\n", b) or not b.endswith(b"\r\n"): errors.append(f"{f}: line ends are not all CRLF")
    for k, pl in enumerate(b.split(b"\r\n")[:-1], 1):
        if len(pl) > 75: errors.append(f"{f}: physical line {k} longer than 75 octets")
        try: pl.decode("utf-8")
        except UnicodeDecodeError: errors.append(f"{f}: physical line {k} splits a UTF-8 sequence")
    ls = ics_unfold(raw).split("\r\n")[:-1]
    st, comps, cur, tzids = [], [], None, set()
    for k, l in enumerate(ls, 1):
        m = re.fullmatch(r"([A-Z][A-Z0-9-]*)((?:;[A-Z-]+=[^;:]+)*):(.*)", l)
        if not m: errors.append(f"{f}: content line {k} {l[:40]!r} not NAME;PARAMS:VALUE"); continue
        name, params, val = m.groups()
        if name == "BEGIN": st.append(val); cur = {"_": val, "props": []} if val == "VTODO" else cur; continue
        if name == "END":
            if not st or st.pop() != val: errors.append(f"{f}: END:{val} does not match its BEGIN")
            if val == "VTODO" and cur: comps.append(cur); cur = None
            continue
        if name == "TZID": tzids.add(val)
        if st and st[-1] == "VTODO" and cur is not None:
            cur["props"].append((name, params, val))
            if name in ("SUMMARY", "DESCRIPTION"):
                if re.search(r"(?<!\\)(?:\\\\)*[,;]", val): errors.append(f"{f}: unescaped , or ; in {name} (line {k})")
                for e in re.findall(r"\\(.)", val):
                    if e not in "\\;,nN": errors.append(f"{f}: bad TEXT escape \\{e}")
    if st: errors.append(f"{f}: BEGIN without END: {st}")
    if ls[:2] != ["BEGIN:VCALENDAR", "VERSION:2.0"]: errors.append(f"{f}: does not start BEGIN:VCALENDAR / VERSION:2.0")
    uids = Counter(v for c in comps for n, _, v in c["props"] if n == "UID")
    for u, c in uids.items():
        if c > 1: errors.append(f"{f}: UID {u} repeated")
    for c in comps:
        d = {}
        for n, p, v in c["props"]: d.setdefault(n, (p, v))
        for need in ("UID", "DTSTAMP", "SUMMARY"):
            if need not in d: errors.append(f"{f}: VTODO without {need}")
        for n in ("DTSTAMP", "CREATED", "LAST-MODIFIED", "COMPLETED"):
            if n in d and not re.fullmatch(STAMP, d[n][1]): errors.append(f"{f}: {n} {d[n][1]!r} not a UTC stamp")
        if "RELATED-TO" in d and d["RELATED-TO"][1] not in uids: errors.append(f"{f}: RELATED-TO {d['RELATED-TO'][1]} points to no VTODO")
        if d.get("STATUS", ("", ""))[1] not in ("NEEDS-ACTION", "IN-PROCESS", "COMPLETED", "CANCELLED"): errors.append(f"{f}: bad STATUS")
        if d.get("STATUS", ("", ""))[1] == "COMPLETED" and ("COMPLETED" not in d or d.get("PERCENT-COMPLETE", ("", ""))[1] != "100"):
            errors.append(f"{f}: COMPLETED task without COMPLETED stamp / 100 %")
        if "DUE" in d:
            tz = re.search(r"TZID=([^;]+)", d["DUE"][0])
            if tz and tz.group(1) not in tzids: errors.append(f"{f}: DUE TZID {tz.group(1)} has no VTIMEZONE")


TIKI_PLUGINS = {"DIV", "REMARKSBOX", "CODE", "FANCYTABLE", "BOX", "SPLIT"}


def check_tiki(f, raw):
    if re.search(r"(?<!\r)\n", raw): errors.append(f"{f}: LF without CR (the textarea submits CRLF)")
    if raw.endswith("\n"): errors.append(f"{f}: a final newline (the textarea content has none)")
    for a, b in (("~np~", "~/np~"), ("~tc~", "~/tc~"), ("((", "))")):
        if raw.count(a) != raw.count(b): errors.append(f"{f}: {a} / {b} unpaired")
    for m in re.finditer(r"\{([A-Z]+)\((.*?)\)\}(.*?)(?:\{\1\}|$)", raw, re.S):
        if m.group(1) not in TIKI_PLUGINS: errors.append(f"{f}: unknown plugin {m.group(1)}")
        if not m.group(0).endswith("{" + m.group(1) + "}"): errors.append(f"{f}: plugin {m.group(1)} not closed")
    if len(re.findall(r"\{[A-Z]+\(", raw)) != len(re.findall(r"\{[A-Z]+\}", raw)): errors.append(f"{f}: plugin open/close counts differ")
    marks = [m.start() for m in re.finditer(r"\|\|", raw)]
    for a, b in zip(marks[::2], marks[1::2]):
        rows = re.sub(r"\[[^\]]*\]|\(\([^)]*\)\)", "L", raw[a + 2:b]).split("\r\n")
        n = {r.count("|") for r in rows}
        if len(n) != 1: errors.append(f"{f}: table rows with different cell counts {sorted(n)}")
    if raw.count("||") % 2: errors.append(f"{f}: odd number of || (a table not closed)")
    for m in re.finditer(r"\[(https?://[^\]|]*)(\|[^\]]*)?\]", raw):
        if " " in m.group(1): errors.append(f"{f}: space in link URL {m.group(1)!r}")
    for l in raw.split("\r\n"):
        if l.startswith("!") and not re.match(r"!{1,6} \S", l): errors.append(f"{f}: heading {l[:30]!r} without a space")


def rfc_date(f, s):
    try: d = email.utils.parsedate_to_datetime(s)
    except (TypeError, ValueError): errors.append(f"{f}: bad Date {s!r}"); return
    if s[:3] != d.strftime("%a"): errors.append(f"{f}: Date {s!r} has the wrong weekday")


def check_babyl(f, raw):
    if "\r" in raw: errors.append(f"{f}: CR characters")
    if not raw.startswith("BABYL OPTIONS: -*- rmail -*-\nVersion: 5\n"): errors.append(f"{f}: no BABYL OPTIONS header")
    if not raw.endswith("\x1f"): errors.append(f"{f}: does not end with ^_")
    parts = raw.split("\x1f")
    if parts[-1] != "": errors.append(f"{f}: text after the last ^_")
    for i, m in enumerate(parts[1:-1], 1):
        if not m.startswith("\x0c\n"): errors.append(f"{f}: message {i} does not start with ^L"); continue
        if "\x0c\n" in m[2:]: errors.append(f"{f}: message {i}: ^L inside a message (a ^_ missing?)")
        ls = m[2:].split("\n")
        if not re.fullmatch(r"[01],( [a-z]+,)*,( ?[\w-]+,)*", ls[0]): errors.append(f"{f}: message {i}: bad status line {ls[0]!r}")
        if ls[0].startswith("0") and ls[1] != "*** EOOH ***": errors.append(f"{f}: message {i}: no *** EOOH *** after the status line")
        try: blank = ls.index("", 2)
        except ValueError: errors.append(f"{f}: message {i}: no blank line after the header"); continue
        hdr = ls[2:blank]
        for h in hdr:
            if not re.match(r"[\w-]+: |\s", h): errors.append(f"{f}: message {i}: bad header line {h[:30]!r}")
        hd = {h.split(":")[0]: h.split(": ", 1)[1] for h in hdr if ": " in h}
        for need in ("From", "Date", "Subject"):
            if need not in hd: errors.append(f"{f}: message {i}: no {need}:")
        if "Date" in hd: rfc_date(f, hd["Date"])
        body = "\n".join(ls[blank + 1:])
        if body.count("Start of forwarded message") != body.count("End of forwarded message"): errors.append(f"{f}: message {i}: forwarded-message separators unpaired")
        for m2 in re.finditer(r"^arXiv:(\d{4}\.\d{4,5})\n(.*?)^\\\\ \( https://arxiv\.org/abs/(\S+) ,\s+\d+kb\)$", body, re.S | re.M):
            if m2.group(1) != m2.group(3): errors.append(f"{f}: listing entry arXiv:{m2.group(1)} ends with the URL of {m2.group(3)}")
        for m2 in re.finditer(r"^(Date|Date:) (.+?)   \(", body, re.M):
            rfc_date(f, m2.group(2))


def check_latexml(f, raw):
    lf_final(f, raw)
    if not re.search(r"<!--Generated on \w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4} by LaTeXML \(version [\d.]+\)", raw): errors.append(f"{f}: no LaTeXML generator comment")
    balanced(f, raw)
    items = re.findall(r'<li id="bib\.bib(\d+)" class="ltx_bibitem">\n<span class="ltx_tag ltx_role_refnum ltx_tag_bibitem">\[(\d+)\]</span>', raw)
    if [int(a) for a, _ in items] != list(range(1, len(items) + 1)): errors.append(f"{f}: bibitems not numbered 1..n")
    for a, b in items:
        if a != b: errors.append(f"{f}: bibitem bib{a} tagged [{b}]")
    if len(items) != raw.count('class="ltx_bibitem"'): errors.append(f"{f}: a bibitem not in LaTeXML's form")
    cited = set(re.findall(r'<a href="#bib\.bib(\d+)" title="" class="ltx_ref">(\d+)</a>', raw))
    ids = {a for a, _ in items}
    for a, b in cited:
        if a != b: errors.append(f"{f}: citation [{b}] points to bib{a}")
        if a not in ids: errors.append(f"{f}: citation of bib{a}, which does not exist")
    for a in ids - {a for a, _ in cited}: errors.append(f"{f}: bib{a} never cited")
    for blk in re.findall(r'<span class="ltx_bibblock">(.*?)\n</span>', raw, re.S):
        if not re.match(r'<span class="ltx_text ltx_font_smallcaps">[^<]+</span>, <span class="ltx_text ltx_font_italic">[^<]+</span>, ', blk): errors.append(f"{f}: bibblock not SIAM-shaped: {blk[:50]!r}")


def check_bibsonomy(f, raw):
    import xml.etree.ElementTree as ET
    lf_final(f, raw)
    if not raw.startswith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'): errors.append(f"{f}: no JAXB XML declaration")
    try: root = ET.fromstring(raw.encode("utf-8"))
    except ET.ParseError as ex: errors.append(f"{f}: not well-formed XML: {ex}"); return
    if root.tag != "bibsonomy" or root.get("stat") != "ok": errors.append(f"{f}: root is not <bibsonomy stat=\"ok\">")
    posts = root.find("posts")
    if posts is None: errors.append(f"{f}: no <posts>"); return
    ps = posts.findall("post")
    if int(posts.get("end", -1)) - int(posts.get("start", 0)) != len(ps): errors.append(f"{f}: posts start/end do not match {len(ps)} posts")
    prev = None
    for p in ps:
        if [c.tag for c in p][:2] != ["user", "group"] or p[-1].tag != "bibtex": errors.append(f"{f}: post children {[c.tag for c in p]}")
        b = p.find("bibtex")
        if b is None: continue
        for a in ("title", "bibtexKey", "entrytype", "interhash", "intrahash", "href"):
            if not b.get(a): errors.append(f"{f}: bibtex without {a}")
        for a in ("interhash", "intrahash"):
            if not re.fullmatch(r"[0-9a-f]{32}", b.get(a, "")): errors.append(f"{f}: {a} not 32 hex")
        if not b.get("href", "").endswith("/posts/" + b.get("intrahash", "-")): errors.append(f"{f}: post href does not end with its intrahash")
        u = p.find("user")
        if u is not None and not b.get("href", "").startswith(u.get("href", "") + "/posts/"): errors.append(f"{f}: post href not under its user")
        for t in p.findall("tag"):
            if not t.get("href", "").endswith("/tags/" + t.get("name", "")): errors.append(f"{f}: tag href does not end with its name")
        d = p.get("postingdate", "")
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d", d): errors.append(f"{f}: postingdate {d!r}")
        if p.get("changedate", "") < d: errors.append(f"{f}: changedate before postingdate")
        if prev and d > prev: errors.append(f"{f}: posts not sorted by postingdate, newest first")
        prev = d


SC_ATTR = {"f", "c", "bg", "cf", "tvf", "ntvf", "b", "l", "colspan", "rowspan", "cssc", "csss", "mod", "comment"}


def col_n(c):
    n = 0
    for ch in c: n = n * 26 + ord(ch) - 64
    return n


def check_socialcalc(f, raw):
    lf_final(f, raw)
    B = "SocialCalcSpreadsheetControlSave"
    if not raw.startswith(f"socialcalc:version:1.0\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary={B}\n"): errors.append(f"{f}: bad SocialCalc save header")
    if not raw.endswith(f"--{B}--\n"): errors.append(f"{f}: no closing boundary")
    parts = raw.split(f"--{B}\n")[1:]
    if parts: parts[-1] = parts[-1].rsplit(f"--{B}--", 1)[0]
    bodies = []
    for p in parts:
        if not p.startswith("Content-type: text/plain; charset=UTF-8\n\n"): errors.append(f"{f}: part without its Content-type line"); continue
        bodies.append(p.split("\n\n", 1)[1])
    if not bodies: return
    names = re.findall(r"^part:(\w+)$", bodies[0], re.M)
    if len(names) != len(bodies) - 1: errors.append(f"{f}: {len(names)} parts listed, {len(bodies) - 1} present")
    sheet = bodies[1] if len(bodies) > 1 else ""
    m = re.search(r"^sheet:c:(\d+):r:(\d+)", sheet, re.M)
    if not m: errors.append(f"{f}: no sheet: line"); return
    C, R = int(m.group(1)), int(m.group(2))
    defined = {k: set(re.findall(rf"^{k}:(\d+):", sheet, re.M)) for k in ("font", "color", "cellformat", "valueformat", "border")}
    vals = {}
    for l in sheet.split("\n"):
        if not l: continue
        if not re.match(r"(version|cell|col|row|sheet|font|color|border|layout|cellformat|valueformat):", l): errors.append(f"{f}: unknown sheet line {l[:30]!r}")
        if not l.startswith("cell:"): continue
        fs = l.split(":")
        cm = re.fullmatch(r"([A-Z]+)(\d+)", fs[1])
        if not cm: errors.append(f"{f}: bad coordinate {fs[1]}"); continue
        if col_n(cm.group(1)) > C or int(cm.group(2)) > R: errors.append(f"{f}: {fs[1]} outside sheet:c:{C}:r:{R}")
        i = 2
        if fs[i] in ("t", "v"): val = fs[i + 1]; i += 2
        elif fs[i] == "vt": val = fs[i + 2]; i += 3
        elif fs[i] == "vtf": val = fs[i + 2]; i += 4
        else: errors.append(f"{f}: {fs[1]}: unknown value type {fs[i]!r}"); continue
        vals[fs[1]] = sc_decode(val)
        if fs[2] == "v" and not re.fullmatch(r"-?\d+(\.\d+)?", val): errors.append(f"{f}: {fs[1]}: v value {val!r} not a number")
        rest = fs[i:]
        if len(rest) % 2: errors.append(f"{f}: {fs[1]}: attribute list not in pairs (raw ':' in text?)"); continue
        for a, v in zip(rest[::2], rest[1::2]):
            if a not in SC_ATTR: errors.append(f"{f}: {fs[1]}: unknown attribute {a!r} (raw ':' in text?)")
            ref = {"f": "font", "c": "color", "bg": "color", "cf": "cellformat", "tvf": "valueformat", "b": "border"}.get(a)
            if ref and v not in defined[ref]: errors.append(f"{f}: {fs[1]}: {ref} {v} not defined")
        if fs[2] == "vtf":
            fm = re.fullmatch(r'COUNTIF\(([A-Z])(\d+):\1(\d+),"(.*)"\)', sc_decode(fs[5]))
            if fm:
                n = sum(1 for r in range(int(fm.group(2)), int(fm.group(3)) + 1) if vals.get(f"{fm.group(1)}{r}") == fm.group(4))
                if str(n) != fs[4]: errors.append(f"{f}: {fs[1]}: COUNTIF value {fs[4]} but {n} cells match")


FIDO_DATE = r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (\d\d) (\w{3}) (\d\d) (\d\d:\d\d)"


def check_golded(f, raw, path):
    b = open(path, "rb").read()
    if re.search(rb"(?<!\r)\n", b) or not b.endswith(b"\r\n"): errors.append(f"{f}: line ends are not all CRLF")
    try: b.decode("cp866")
    except UnicodeDecodeError: errors.append(f"{f}: not CP866")
    if b[:3] == b"\xef\xbb\xbf" or re.search(rb"[\xd0\xd1][\x80-\xbf]{1}[\xd0\xd1]", b[:4000]) and "Привет" not in raw: errors.append(f"{f}: looks like UTF-8, not CP866")
    t = raw.replace("\r\n", "\n")
    blocks = re.split(r"(?m)^(?= RU\.NEURAL \u2500+$)", t)
    if blocks[0]: errors.append(f"{f}: text before the first message")
    prev = 0
    for blk in [x for x in blocks if x]:
        ls = blk.split("\n")
        m1 = re.fullmatch(r" Msg  : (\d+) of (\d+)", ls[1])
        m2 = re.fullmatch(r" From : (.+?) +(\d+:\d+/\d+(?:\.\d+)?) +" + FIDO_DATE, ls[2])
        m3 = re.fullmatch(r" To   : (.+?)(?: +" + FIDO_DATE + ")?", ls[3])
        if not (m1 and m2 and m3 and ls[4].startswith(" Subj : ") and ls[5] == "\u2500" * 79):
            errors.append(f"{f}: bad header block near {ls[:2]}"); continue
        if int(m1.group(1)) <= prev or int(m1.group(1)) > int(m1.group(2)): errors.append(f"{f}: message number {m1.group(1)} out of order")
        prev = int(m1.group(1))
        for m in re.finditer(FIDO_DATE, "\n".join(ls[2:4])):
            d = datetime.datetime.strptime(" ".join(m.groups()[1:4]), "%d %b %y")
            if d.strftime("%a") != m.group(1): errors.append(f"{f}: {m.group(0)!r}: wrong weekday")
        tear = [l for l in ls if l.startswith("--- ")]
        orig = [l for l in ls if l.startswith(" * Origin: ")]
        if len(tear) != 1 or len(orig) != 1: errors.append(f"{f}: message {prev}: not one tearline and one origin"); continue
        if not orig[0].endswith(f"({m2.group(2)})"): errors.append(f"{f}: message {prev}: origin address is not the From address")
        if ls.index(orig[0]) != ls.index(tear[0]) + 1: errors.append(f"{f}: message {prev}: origin not right after the tearline")


CM_TAGS = {"webversion", "unsubscribe", "preferences", "forwardtoafriend", "repeater", "layout", "singleline", "multiline"}
CM_MERGE = r"\[(firstname|lastname|fullname|email|currentday|currentmonthname|currentyear)(,fallback=[^\]]*)?\]"


def check_campaignmonitor(f, raw):
    lf_final(f, raw)
    balanced(f, raw)
    for t in ("unsubscribe", "webversion"):
        if f"<{t}" not in raw: errors.append(f"{f}: no <{t}> tag (Campaign Monitor requires it)")
    depth = 0
    for m in re.finditer(r"<(/?)(repeater|layout)\b[^>]*>", raw):
        if m.group(2) == "repeater": depth += -1 if m.group(1) else 1
        elif not m.group(1) and depth != 1: errors.append(f"{f}: <layout> outside a <repeater>")
    for m in re.finditer(r"<(singleline|multiline|layout)\b([^>]*)>", raw):
        if not re.search(r'label="[^"]+"', m.group(2)): errors.append(f"{f}: <{m.group(1)}> without a label")
    for m in re.finditer(r"<img\b[^>]*editable[^>]*>", raw):
        if "label=" not in m.group(0) or "width=" not in m.group(0): errors.append(f"{f}: editable image without label / width")
    for m in re.finditer(r"\[[a-z]+[^\]]*\]", re.sub(r"<!--.*?-->", "", raw, flags=re.S)):
        if not re.fullmatch(CM_MERGE, m.group(0)): errors.append(f"{f}: unknown merge tag {m.group(0)!r}")


def check_douban(f, raw):
    lf_final(f, raw)
    balanced(f, raw)
    for m in re.finditer(r'<a href="https://www\.douban\.com/link2/\?url=([^"]+)"[^>]*>([^<]*)</a>', raw):
        if "%" not in m.group(1) or "/" in m.group(1): errors.append(f"{f}: link2 url not percent-encoded: {m.group(1)[:40]}")
        if m.group(2) and html.unescape(m.group(2)).startswith("http") and unquote(m.group(1)) != html.unescape(m.group(2)):
            errors.append(f"{f}: link2 target {unquote(m.group(1))} differs from its text {m.group(2)}")
    nid = re.search(r'<div class="note-container" id="note-(\d+)" data-url="https://www\.douban\.com/note/(\d+)/">', raw)
    og = re.search(r'<meta property="og:url" content="https://www\.douban\.com/note/(\d+)/">', raw)
    if not nid or not og or not nid.group(1) == nid.group(2) == og.group(1): errors.append(f"{f}: note id, data-url and og:url differ")
    for d in re.findall(r'<span class="(?:pub-date|pubtime)">([^<]*)</span>', raw):
        if not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", d): errors.append(f"{f}: date {d!r} not in Douban's form")
    cids = re.findall(r'<div class="comment-item" id="(\d+)" data-cid="(\d+)"', raw)
    if any(a != b for a, b in cids) or len({a for a, _ in cids}) != len(cids): errors.append(f"{f}: comment ids repeated or inconsistent")
    c = re.search(r'回应 <span class="count">\((\d+)\)</span>', raw)
    if not c or int(c.group(1)) != len(cids): errors.append(f"{f}: 回应 count does not match {len(cids)} comments")


def check_nix(f, raw):
    lf_final(f, raw)
    if "\t" in raw: errors.append(f"{f}: TAB characters")
    i, n, code = 0, len(raw), []
    while i < n:
        c = raw[i]
        if c == "#": j = raw.find("\n", i); i = n if j < 0 else j; continue
        if raw.startswith("/*", i):
            j = raw.find("*/", i)
            if j < 0: errors.append(f"{f}: /* comment not closed"); break
            i = j + 2; continue
        if raw.startswith("''", i):
            j = i + 2
            while j < n:
                if raw.startswith("'''", j) or raw.startswith("''$", j) or raw.startswith("''\\", j): j += 3; continue
                if raw.startswith("''", j): break
                j += 1
            if j >= n: errors.append(f"{f}: '' string not closed near byte {i}"); break
            code.append('""'); i = j + 2; continue
        if c == '"':
            j = i + 1
            while j < n and raw[j] != '"':
                j += 2 if raw[j] == "\\" else 1
            if j >= n: errors.append(f"{f}: string not closed near byte {i}"); break
            code.append('""'); i = j + 1; continue
        code.append(c); i += 1
    st, pairs = [], {")": "(", "]": "[", "}": "{"}
    for ch in "".join(code):
        if ch in "([{": st.append(ch)
        elif ch in ")]}":
            if not st or st.pop() != pairs[ch]: errors.append(f"{f}: brackets unbalanced at {ch!r}"); break
    if st: errors.append(f"{f}: brackets left open: {st}")
    if not re.search(r"^\{\n  description = ", raw, re.M): errors.append(f"{f}: no top-level attribute set with a description")
    if "outputs = " not in raw: errors.append(f"{f}: no outputs")


def shape_checks(f, raw, path):
    n = num(f)
    if n in (757, 763): {757: check_ics, 763: check_golded}[n](f, raw, path); return
    {758: check_tiki, 759: check_babyl, 760: check_latexml, 761: check_bibsonomy, 762: check_socialcalc,
     764: check_campaignmonitor, 765: check_douban, 766: check_nix}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# round74's and round75's, a byte-identical file counted once), and the round74/round75 split (candidates sorted by
# (uses, catalogue title); round74 = odd positions from 3 on, one unbroken run)
used = Counter()
TD = "/work/main/tests/data"
P75 = "/work/main/tests/data/digests-round75/expected.json"
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
if os.path.exists(P75): own.add(open(P75, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round74", "digests-round75") or not os.path.exists(pth): continue
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
odd = sorted(k for k in mine if pos.get(k, 2) % 2 == 0)
if odd: errors.append(f"papers not at an odd position (round75 takes the even ones): {odd}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 (Efficient Transformers: A Survey) is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r75 = set()
if os.path.exists(P75):
    try:
        r75 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P75)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append("digests-round75/expected.json exists but could not be read (being written?)")
    if r75 & mine: errors.append(f"papers also in round75: {sorted(r75 & mine)}")
shared75 = len(r75 & mine) if os.path.exists(P75) else "(no digests-round75/expected.json yet)"

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
if multi: errors.append(f"papers in more than one round74 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: odd 3..{last} ({len(mine)} papers); "
      f"at even positions: {len(odd)}; shared with round75: {shared75}; papers in more than one round74 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
