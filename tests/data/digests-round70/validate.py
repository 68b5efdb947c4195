#!/usr/bin/env python3
r"""Checks round70/expected.json against the digests and the shared catalogues.

Adapted from round69/validate.py (the label checks are the same code; the reuse report is round69's with round70 /
round71 in place of round69 / round68: round70 holds the odd positions from 3, round71 the even ones; the readers and
shape checks are new). The reuse report counts every /work/main/tests/data/*/expected.json except round70's and
round71's own (a digests-round70 / digests-round71 folder, or a file whose bytes equal round70's or round71's
expected.json) — a file whose bytes equal one already counted is counted once — and checks the split: round70 holds
the odd positions of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 3
up to its last paper; it fails on a paper shared with /work/main/tests/data/digests-round71/expected.json when that
file exists (read only), and on a paper in more than one round70 file.
Every digest is read raw (UTF-8, 718 in Windows-1252, line ends kept) and in decoded forms: 717 JSON decoded and
Chatwork tags removed; 719, 721, 723 tags removed; 722 JSON decoded, tags removed; 724 the escaped event HTML undone
and tags removed; everything: HTML entities undone once and twice, percent-escapes undone. Titles are matched after
whitespace normalisation and case-blind; a title found only that way (or only in a decoded form) is reported as a
`note:`.

Shape checks: 717 Chatwork messages JSON (compact UTF-8 re-serialisation equal to the file, key order, digit-string
ids, ascending send_time, update_time, Chatwork tags balanced, [To:] / [rp] / [qtmeta] pointing at the room's
accounts and earlier messages, known dtext); 718 Excel PRN (Windows-1252, CRLF, every line the same width and at most
240 characters, no TAB, header column starts = the widths, dates d-m-yyyy, the count column right-aligned); 719
Hypermail message page (XML declaration, XHTML Strict DOCTYPE, well-formed, hypermail generator, the header comments
in order with 14-digit iso dates, body start / end markers, no '@' (spam protection), auto-links equal to their text,
the listing's entries: arXiv:id, Date / replaced line, wrapped Title with two-space continuation, '\\ ( https://arxiv.org/abs/id ,'
for the same id, lines at most 80 characters); 720 pdftotext (pages ended by a page number and a form feed, numbers
consecutive, references [1..n] in order, [cit. date] before 'Dostupné z:', citations [n] in the text resolve, line
length, no ligatures); 721 Sendy template (DOCTYPE, balanced tags, <webversion> and <unsubscribe> present, known
[tags], fallback syntax, absolute hrefs); 722 Isso JSON (json.dumps re-serialisation equal to the file, key order,
one level of replies with parent = top comment, ids ascending with created, total_replies, 12-hex hashes, modes,
nofollow links, balanced text HTML); 723 bookdown gitbook (DOCTYPE, generator, book-summary / book-body / page-inner
/ section.normal, balanced tags, unique ids, every #ref- citation resolved in div#refs, csl-entries sorted, prev /
next links matching link rel); 724 LiveJournal export (exact XML declaration, well-formed, entry fields in order,
itemids ascending, date formats, security / allowmask, event without child elements, lj-cut balanced, lj user tags);
725 Markua (attribute lines {key: value} with known keys followed by content, footnote references and definitions
matched, index entries, blurb prefixes, fences, resources/ images, pipe tables' column counts); 726 Caddyfile (TAB
indentation = brace depth, braces balanced, top-level snippets / sites, known directives, imports of defined
snippets, matchers defined in their block).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import hashlib, html, json, os, re, sys
import xml.etree.ElementTree as ET
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

def lf_final(f, raw, final=True):
    if "\r" in raw: errors.append(f"{f}: CR characters (the writer uses LF)")
    if final and not raw.endswith("\n"): errors.append(f"{f}: no final newline")
    if not final and raw.endswith("\n"): errors.append(f"{f}: a final newline (the writer writes none)")

# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(f, path):
    if num(f) == 718:
        return open(path, encoding="cp1252", newline="").read()
    return open(path, encoding="utf-8", newline="").read()


CW_TAGS = r"\[/?(?:info|title|qt|code|hr|toall|download:\d+|qtmeta[^\]]*|rp [^\]]*|To:\d+|dtext:\w+|piconname:\d+)\]"
untag = lambda s: html.unescape(re.sub(r"<[^>]+>", " ", s))


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 717:
        bodies = "\n".join(m_["body"] for m_ in json.loads(raw))
        forms += [bodies, re.sub(CW_TAGS, " ", bodies)]
    if n in (719, 721, 723): forms.append(untag(raw))
    if n == 722:
        d = json.dumps(json.loads(raw), ensure_ascii=False, indent=1)
        forms += [d, untag(json.loads(raw) and "\n".join(c["text"] for c in iso_comments(json.loads(raw))))]
    if n == 724: forms.append(untag(html.unescape(raw)))
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


def iso_comments(root):
    for c in root.get("replies", []):
        yield c
        yield from c.get("replies", [])

# ---------------------------------------------------------------- shape checks
VOID = {"br", "img", "hr", "meta", "link", "input", "col", "area", "base", "wbr", "source"}


class Balance(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.stack, self.bad, self.ids = [], [], Counter()
    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if k == "id": self.ids[v] += 1
        if tag not in VOID: self.stack.append(tag)
    def handle_startendtag(self, tag, attrs):
        for k, v in attrs:
            if k == "id": self.ids[v] += 1
    def handle_endtag(self, tag):
        if tag in VOID: return
        if not self.stack or self.stack[-1] != tag: self.bad.append(tag)
        else: self.stack.pop()


def balanced(f, frag, what="tags"):
    b = Balance(); b.feed(frag); b.close()
    if b.bad: errors.append(f"{f}: {what}: </{b.bad[0]}> does not close its tag")
    if b.stack: errors.append(f"{f}: {what}: left open: {b.stack[:3]}")
    return b


def check_chatwork(f, raw):
    try: msgs = json.loads(raw)
    except ValueError as ex: errors.append(f"{f}: not JSON: {ex}"); return
    if json.dumps(msgs, ensure_ascii=False, separators=(",", ":")) != raw:
        errors.append(f"{f}: not the API's compact UTF-8 JSON (separators, escapes or a trailing newline)")
    if not isinstance(msgs, list) or not msgs: errors.append(f"{f}: not a non-empty array"); return
    accounts, seen, prev = {}, {}, 0
    for k, m in enumerate(msgs):
        if list(m) != ["message_id", "account", "body", "send_time", "update_time"]: errors.append(f"{f}: message {k}: keys {list(m)}"); continue
        a = m["account"]
        if list(a) != ["account_id", "name", "avatar_image_url"]: errors.append(f"{f}: message {k}: account keys {list(a)}")
        if accounts.setdefault(a["account_id"], a["name"]) != a["name"]: errors.append(f"{f}: account {a['account_id']} has two names")
        if not re.fullmatch(r"https://appdata\.chatwork\.com/avatar/\S+\.(?:png|jpg)", a["avatar_image_url"]): errors.append(f"{f}: message {k}: avatar URL")
        if not re.fullmatch(r"\d{10,20}", m["message_id"]) or m["message_id"] in seen: errors.append(f"{f}: message {k}: bad or repeated message_id")
        if not isinstance(m["send_time"], int) or m["send_time"] < prev: errors.append(f"{f}: message {k}: send_time not ascending")
        if m["update_time"] and m["update_time"] <= m["send_time"]: errors.append(f"{f}: message {k}: update_time before send_time")
        prev = m["send_time"]
        seen[m["message_id"]] = m
        b = m["body"]
        for t in ("info", "title", "qt", "code"):
            opens = [x.start() for x in re.finditer(r"\[%s\]" % t, b)]; closes = [x.start() for x in re.finditer(r"\[/%s\]" % t, b)]
            if len(opens) != len(closes) or any(c < o for o, c in zip(opens, closes)): errors.append(f"{f}: message {k}: [{t}] not balanced")
        if len(re.findall(r"\[download:\d+\]", b)) != b.count("[/download]"): errors.append(f"{f}: message {k}: [download] not closed")
        for x in re.finditer(r"\[dtext:(\w+)\]", b):
            if x.group(1) not in ("file_uploaded", "chatroom_member_is", "chatroom_added", "task_added"): errors.append(f"{f}: message {k}: unknown dtext {x.group(1)}")
        for x in re.finditer(r"\[(?!/)(?!(?:info|title|qt|code|hr|toall|download:\d+|dtext:\w+)\])([^\]\n]{1,80})\]", b):
            tag = x.group(1)
            if re.fullmatch(r"To:(\d+)", tag):
                if int(tag[3:]) not in accounts and int(tag[3:]) not in {mm["account"]["account_id"] for mm in msgs}: errors.append(f"{f}: message {k}: [To:] unknown account")
            elif re.fullmatch(r"rp aid=(\d+) to=(\d+)-(\d+)", tag):
                rm = re.fullmatch(r"rp aid=(\d+) to=(\d+)-(\d+)", tag)
                tgt = seen.get(rm.group(3))
                if not tgt or tgt["account"]["account_id"] != int(rm.group(1)): errors.append(f"{f}: message {k}: [rp] to no earlier message of that account")
            elif re.fullmatch(r"qtmeta aid=(\d+) time=(\d+)", tag):
                qm = re.fullmatch(r"qtmeta aid=(\d+) time=(\d+)", tag)
                if not any(mm["account"]["account_id"] == int(qm.group(1)) and mm["send_time"] == int(qm.group(2)) for mm in seen.values()):
                    errors.append(f"{f}: message {k}: [qtmeta] quotes no earlier message")
            elif tag.startswith(("To:", "rp ", "qtmeta", "dtext", "download", "piconname", "task")):
                errors.append(f"{f}: message {k}: malformed tag [{tag}]")


def check_prn(f, raw, path):
    b = open(path, "rb").read()
    if re.search(rb"(?<!\r)\n", b) or not b.endswith(b"\r\n"): errors.append(f"{f}: not CRLF throughout")
    ls = raw.split("\r\n")[:-1]
    widths = {len(l) for l in ls}
    if len(widths) != 1: errors.append(f"{f}: lines of different widths {sorted(widths)[:5]} (PRN pads every cell)")
    if max(widths, default=0) > 240: errors.append(f"{f}: a line longer than 240 characters (Excel wraps the row)")
    if "\t" in raw: errors.append(f"{f}: TAB characters")
    starts = [m.start() for m in re.finditer(r"(?:(?<=^)|(?<= ))\S", ls[0])] if ls else []  # one-word headers
    if not ls or starts[:1] != [0] or len(starts) < 6: errors.append(f"{f}: header row does not give the columns"); return
    cols = list(zip(starts, starts[1:] + [len(ls[0])]))
    hdr = [ls[0][a:z].strip() for a, z in cols]
    date_i = hdr.index("Datum") if "Datum" in hdr else None
    num_i = hdr.index("Aanw") if "Aanw" in hdr else None
    for k, l in enumerate(ls[1:], 2):
        cells = [l[a:z] for a, z in cols]
        if date_i is not None and cells[date_i].strip() and not re.fullmatch(r"\d{1,2}-\d{1,2}-\d{4} *|[A-Z][a-z]+ *", cells[date_i]):
            errors.append(f"{f}: line {k}: date cell {cells[date_i]!r}")
        if num_i is not None and not re.fullmatch(r" *\d*|[A-Z][a-z]+ *", cells[num_i]):
            errors.append(f"{f}: line {k}: count cell not right-aligned digits {cells[num_i]!r}")


def check_hypermail(f, raw):
    lf_final(f, raw)
    if not raw.startswith('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"'):
        errors.append(f"{f}: not Hypermail's XML declaration + XHTML Strict DOCTYPE")
    try: ET.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", raw.split("?>", 1)[1]))
    except ET.ParseError as ex: errors.append(f"{f}: not well-formed XHTML: {ex}")
    if not re.search(r'<meta name="generator" content="hypermail [\d.]+', raw): errors.append(f"{f}: no hypermail generator meta")
    names = re.findall(r'^<!-- (\w+)="[^"]*" -->$', raw, re.M)
    want = ["received", "isoreceived", "sent", "isosent", "name", "email", "subject", "id", "charset", "expires"]
    if [x for x in names if x in want] != want: errors.append(f"{f}: header comments {names[:10]} not in Hypermail's order")
    for x in re.findall(r'<!-- iso(?:received|sent)="([^"]*)" -->', raw):
        if not re.fullmatch(r"\d{14}", x): errors.append(f"{f}: iso date {x!r}")
    if not (0 < raw.find('<!-- body="start" -->') < raw.find('<!-- body="end" -->')): errors.append(f"{f}: body markers missing or out of order")
    if "@" in raw: errors.append(f"{f}: an '@' (Hypermail's spam protection writes _at_)")
    for m in re.finditer(r'<a href="(https?://[^"]*)">(https?://[^<]*)</a>', raw):
        if m.group(1) != m.group(2): errors.append(f"{f}: auto-link text {m.group(2)!r} != href")
    body = raw[raw.find('<!-- body="start" -->'):raw.find('<!-- body="end" -->')]
    text = [html.unescape(re.sub(r"<[^>]+>", "", l)) for l in body.split("\n")]
    for k, l in enumerate(text):
        if re.fullmatch(r"arXiv:\d{4}\.\d{4,5}", l):
            aid = l[6:]
            if not re.match(r"(Date: .+\(\d+kb(,D)?\)|replaced with revised version .+\(\d+kb\))$", text[k + 1]): errors.append(f"{f}: {aid}: no Date / replaced line")
            blk = text[k:k + 40]
            ti = next((j for j, x in enumerate(blk) if x.startswith("Title: ")), None)
            if ti is None: errors.append(f"{f}: {aid}: no Title line"); continue
            j = ti + 1
            while blk[j].startswith("  "): j += 1
            if not blk[j].startswith("Authors: "): errors.append(f"{f}: {aid}: Title continuation not indented by two spaces")
            end = next((x for x in blk if x.startswith("\\\\ (")), "")
            if not re.fullmatch(r"\\\\ \( https://arxiv\.org/abs/" + re.escape(aid) + r" ,  \d+kb\)", end): errors.append(f"{f}: {aid}: closing '\\\\ ( url , size)' line")
            for x in blk[:blk.index(end) + 1 if end in blk else 0]:
                if len(x) > 80: errors.append(f"{f}: {aid}: listing line longer than 80 characters")


def check_pdftotext(f, raw):
    lf_final(f, raw.rstrip("\f") + "\n")
    if not raw.endswith("\f"): errors.append(f"{f}: does not end with a form feed")
    pages = raw.split("\f")[:-1]
    nums = []
    for k, p in enumerate(pages):
        m = re.search(r"\n\n(\d+)\n$", p)
        if not m: errors.append(f"{f}: page {k + 1}: no page number before the form feed"); continue
        nums.append(int(m.group(1)))
    if nums and nums != list(range(nums[0], nums[0] + len(nums))): errors.append(f"{f}: page numbers {nums} not consecutive")
    if re.search("[\ufb00-\ufb06]", raw): errors.append(f"{f}: ligature characters")
    for k, l in enumerate(raw.split("\n"), 1):
        if len(l) > 96: errors.append(f"{f}: line {k}: longer than 96 characters")
    if "Seznam použité literatury" not in raw: errors.append(f"{f}: no reference list heading"); return
    refs = raw.split("Seznam použité literatury", 1)[1].split("Seznam obrázků")[0]
    refs = re.sub(r"\n\n\d+\n\f", "\n", refs)
    entries = re.findall(r"^\[(\d+)\] (.*?)(?=^\[\d+\] |\Z)", refs, re.M | re.S)
    if [int(n) for n, _ in entries] != list(range(1, len(entries) + 1)): errors.append(f"{f}: references not numbered 1..n")
    for n, e in entries:
        e = " ".join(e.split())
        if "Dostupné z:" in e and not re.search(r"\[cit\. \d{4}-\d\d-\d\d\]\. Dostupné z: https?://\S+\.$", e): errors.append(f"{f}: [{n}]: not '[cit. date]. Dostupné z: URL.' at the end")
        if not re.match(r"[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ ]+(?:, |\. )", e): errors.append(f"{f}: [{n}]: does not start with SURNAME, (or a CORPORATE AUTHOR.)")
    body = raw.split("Seznam použité literatury", 1)[0]
    for c in re.findall(r"\[(\d+)\]", body):
        if not 1 <= int(c) <= len(entries): errors.append(f"{f}: citation [{c}] has no reference")


SENDY = r"\[(?:Name|Email|currentdaynumber|currentday|currentmonthnumber|currentmonth|currentyear)(?:,fallback=[^\]\[]*)?\]"


def check_sendy(f, raw):
    lf_final(f, raw)
    if not raw.startswith("<!DOCTYPE html"): errors.append(f"{f}: no DOCTYPE")
    balanced(f, raw)
    for t in ("webversion", "unsubscribe"):
        if not re.search(r"<%s\b[^>]*>[^<]+</%s>" % (t, t), raw): errors.append(f"{f}: no <{t}>…</{t}> tag")
    for m in re.finditer(r"\[[A-Za-z][^\]\n]*\]", raw):
        if not re.fullmatch(SENDY, m.group(0)): errors.append(f"{f}: unknown Sendy tag {m.group(0)!r}")
    for m in re.finditer(r'href="([^"]*)"', raw):
        if not re.match(r"https?://|mailto:", m.group(1)): errors.append(f"{f}: relative href {m.group(1)!r} (e-mail needs absolute URLs)")


ISSO_KEYS = ["id", "parent", "created", "modified", "mode", "text", "author", "website", "likes", "dislikes",
             "notification", "hash", "total_replies", "hidden_replies", "replies"]


def check_isso(f, raw):
    try: root = json.loads(raw)
    except ValueError as ex: errors.append(f"{f}: not JSON: {ex}"); return
    if json.dumps(root) != raw: errors.append(f"{f}: not Python json.dumps output (separators, \\u escapes, trailing newline)")
    if list(root) != ["id", "total_replies", "hidden_replies", "replies", "config"]: errors.append(f"{f}: root keys {list(root)}")
    if root.get("total_replies") != len(root.get("replies", [])) + root.get("hidden_replies", 0): errors.append(f"{f}: root total_replies")
    prev_id, prev_t = 0, 0
    for c in sorted(iso_comments(root), key=lambda c: c["id"]):
        if c["created"] < prev_t: errors.append(f"{f}: comment {c['id']}: ids not ascending with created")
        prev_t = c["created"]
    for top in root.get("replies", []):
        for c in [top] + top.get("replies", []):
            if list(c) != ISSO_KEYS: errors.append(f"{f}: comment {c.get('id')}: keys {list(c)}"); continue
            if c["parent"] != (None if c is top else top["id"]): errors.append(f"{f}: comment {c['id']}: parent {c['parent']}")
            if c is not top and c["replies"]: errors.append(f"{f}: comment {c['id']}: nested deeper than one level")
            if c["total_replies"] != len(c["replies"]) + c["hidden_replies"]: errors.append(f"{f}: comment {c['id']}: total_replies")
            if not re.fullmatch(r"[0-9a-f]{12}", c["hash"]): errors.append(f"{f}: comment {c['id']}: hash {c['hash']!r}")
            if c["mode"] not in (1, 2, 4): errors.append(f"{f}: comment {c['id']}: mode {c['mode']}")
            if c["modified"] is not None and c["modified"] <= c["created"]: errors.append(f"{f}: comment {c['id']}: modified before created")
            if c is not top and c["created"] <= top["created"]: errors.append(f"{f}: comment {c['id']}: reply older than its parent")
            balanced(f, c["text"], f"comment {c['id']} text")
            for a in re.findall(r"<a [^>]*>", c["text"]):
                if 'rel="nofollow noopener"' not in a: errors.append(f"{f}: comment {c['id']}: link without rel=\"nofollow noopener\"")


def check_bookdown(f, raw):
    lf_final(f, raw)
    if not raw.startswith("<!DOCTYPE html>\n<html"): errors.append(f"{f}: no <!DOCTYPE html>")
    if not re.search(r'<meta name="generator" content="bookdown [\d.]+ and GitBook [\d.]+" />', raw): errors.append(f"{f}: no bookdown generator meta")
    pos = [raw.find(x) for x in ('class="book-summary"', 'class="book-body"', 'class="page-inner"', '<section class="normal"')]
    if -1 in pos or pos != sorted(pos): errors.append(f"{f}: gitbook structure missing or out of order")
    b = balanced(f, raw)
    dup = [i for i, n in b.ids.items() if n > 1]
    if dup: errors.append(f"{f}: repeated ids {dup[:3]}")
    refs = raw[raw.find('<div id="refs"'):]
    entries = re.findall(r'<div id="(ref-[^"]+)" class="csl-entry">\n([^\n]*)', refs)
    for c in set(re.findall(r'href="#(ref-[^"]+)"', raw)):
        if c not in dict(entries): errors.append(f"{f}: citation #{c} has no csl-entry")
    firsts = [html.unescape(t).split(",")[0] for _, t in entries]
    if firsts != sorted(firsts): errors.append(f"{f}: csl-entries not sorted by author")
    for rel in ("prev", "next"):
        m = re.search(r'<link rel="%s" href="([^"]+)"/>' % rel, raw)
        if not m or f'<a href="{m.group(1)}" class="navigation navigation-{rel} "' not in raw: errors.append(f"{f}: {rel} arrow does not match <link rel={rel}>")
    if "gitbook.start({" not in raw: errors.append(f"{f}: no gitbook.start config")


LJ_FIELDS = ["itemid", "eventtime", "logtime", "subject", "event", "security", "allowmask", "current_music", "current_mood"]


def check_livejournal(f, raw):
    lf_final(f, raw)
    if not raw.startswith("<?xml version=\"1.0\" encoding='utf-8'?>\n<livejournal>\n"): errors.append(f"{f}: not export.bml's XML head")
    try: root = ET.fromstring(raw.split("?>", 1)[1])
    except ET.ParseError as ex: errors.append(f"{f}: not well-formed: {ex}"); return
    prev = 0
    for e in root:
        if e.tag != "entry": errors.append(f"{f}: <{e.tag}> under <livejournal>"); continue
        if [c.tag for c in e] != LJ_FIELDS: errors.append(f"{f}: entry fields {[c.tag for c in e]}"); continue
        v = {c.tag: (c.text or "") for c in e}
        if not v["itemid"].isdigit() or int(v["itemid"]) <= prev: errors.append(f"{f}: itemid {v['itemid']} not ascending")
        prev = int(v["itemid"]) if v["itemid"].isdigit() else prev
        for t in ("eventtime", "logtime"):
            if not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", v[t]): errors.append(f"{f}: {v['itemid']}: {t} {v[t]!r}")
        if v["security"] not in ("public", "private", "usemask"): errors.append(f"{f}: {v['itemid']}: security {v['security']!r}")
        if not v["allowmask"].isdigit() or (v["security"] != "usemask" and v["allowmask"] != "0"): errors.append(f"{f}: {v['itemid']}: allowmask {v['allowmask']!r}")
        if len(e.find("event")): errors.append(f"{f}: {v['itemid']}: unescaped HTML in <event>")
        ev = v["event"]
        if ev.count("<lj-cut") != ev.count("</lj-cut>"): errors.append(f"{f}: {v['itemid']}: lj-cut not closed")
        for u in re.findall(r"<lj [^>]*>", ev):
            if not re.fullmatch(r'<lj user="[a-z0-9_]+">', u): errors.append(f"{f}: {v['itemid']}: malformed {u}")
        balanced(f, re.sub(r"</?lj[- ][^>]*>|<lj-cut[^>]*>", "", ev), f"{v['itemid']} event")


MARKUA_KEYS = {"id", "class", "caption", "width", "format", "sample", "title", "alt"}


def check_markua(f, raw):
    lf_final(f, raw)
    if "\t" in raw: errors.append(f"{f}: TAB characters")
    ls = raw.split("\n")
    first = next((l for l in ls if l and not l.startswith("{")), "")
    if not first.startswith("# "): errors.append(f"{f}: the chapter does not start with a '# ' heading")
    fence = False
    for k, l in enumerate(ls):
        if l.startswith("```"): fence = not fence; continue
        if fence: continue
        if l.startswith("{") and l.endswith("}") and not l.startswith("{{"):
            for kv in l[1:-1].split(", "):
                m = re.fullmatch(r"(\w+): (\"[^\"]*\"|[\w%.-]+)", kv)
                if not m or m.group(1) not in MARKUA_KEYS: errors.append(f"{f}: line {k + 1}: attribute list {l!r}")
            if k + 1 >= len(ls) or not ls[k + 1].strip(): errors.append(f"{f}: line {k + 1}: attribute list not followed by its element")
        m = re.match(r"([A-Z])> ", l)
        if m and m.group(1) not in "ABTWIEQDX": errors.append(f"{f}: line {k + 1}: unknown blurb prefix {m.group(1)}>")
        if re.match(r"[A-Z]>", l) and not re.match(r"[A-Z]> ", l): errors.append(f"{f}: line {k + 1}: blurb prefix without a space")
        if l.startswith("|"):
            if l.count("|") != ls[k - 1].count("|") and ls[k - 1].startswith("|"): errors.append(f"{f}: line {k + 1}: table row with another column count")
    if fence: errors.append(f"{f}: code fence not closed")
    refs = re.findall(r"(?<!^)(?<!\n)\[\^(\w+)\]", raw); defs = re.findall(r"^\[\^(\w+)\]:", raw, re.M)
    if Counter(defs) != Counter(set(defs)): errors.append(f"{f}: footnote defined twice")
    for r in set(refs) - set(defs): errors.append(f"{f}: footnote [^{r}] without a definition")
    for d in set(defs) - set(refs): errors.append(f"{f}: footnote [^{d}] defined but not referenced")
    for m in re.finditer(r"\{i: ([^}]*)\}", raw):
        if not re.fullmatch(r'"[^"]+"', m.group(1)): errors.append(f"{f}: index entry {m.group(0)!r}")
    for m in re.finditer(r"(!?)\[[^\]]*\]\(([^)]*)\)", raw):
        if m.group(1) and not m.group(2).startswith("resources/"): errors.append(f"{f}: image outside resources/: {m.group(2)}")
        if not m.group(1) and not re.match(r"https?://\S+$", m.group(2)): errors.append(f"{f}: link target {m.group(2)!r}")


CADDY_DIRS = {"email", "admin", "servers", "timeouts", "read_body", "idle", "log", "output", "roll_size", "roll_keep",
              "format", "encode", "header", "respond", "import", "reverse_proxy", "header_up", "flush_interval",
              "basic_auth", "request_body", "max_size", "root", "handle_path", "handle", "file_server", "hide",
              "handle_errors", "rewrite", "redir", "tls", "lb_policy", "health_uri", "health_interval"}


def check_caddyfile(f, raw):
    lf_final(f, raw)
    depth, snippets, block_matchers, site_stack = 0, set(), [], []
    for k, l in enumerate(raw.split("\n")[:-1], 1):
        if not l.strip(): continue
        ind = len(l) - len(l.lstrip("\t"))
        if l[ind:ind + 1] == " ": errors.append(f"{f}: line {k}: space indentation (caddy fmt uses TABs)")
        s = l.strip()
        if s.startswith("#"):
            continue
        closing = s == "}"
        if ind != depth - (1 if closing else 0): errors.append(f"{f}: line {k}: indentation {ind} != depth {depth - closing}")
        if closing:
            depth -= 1
            if block_matchers: block_matchers.pop()
            if depth < 0: errors.append(f"{f}: line {k}: '}}' without a block"); depth = 0
            continue
        word = s.split()[0]
        if depth == 0:
            if not s.endswith("{"): errors.append(f"{f}: line {k}: top-level line does not open a block")
            m = re.fullmatch(r"\((\w+)\) \{", s)
            if m: snippets.add(m.group(1))
            elif s != "{" and not re.fullmatch(r"[a-z0-9.-]+\.[a-z]+(?::\d+)? \{", s): errors.append(f"{f}: line {k}: site address {s!r}")
        else:
            if word.startswith("@"):
                block_matchers[-1].add(word) if block_matchers else None
            elif word not in CADDY_DIRS and not re.fullmatch(r"[A-Za-z-]+|-[A-Za-z-]+|\w+", word):
                errors.append(f"{f}: line {k}: unknown directive {word!r}")
            if word == "import" and s.split()[1] not in snippets: errors.append(f"{f}: line {k}: import of an undefined snippet {s.split()[1]}")
            for mm in re.findall(r"\s(@\w+)", s):
                if not any(mm in b for b in block_matchers): errors.append(f"{f}: line {k}: matcher {mm} not defined in its block")
            if depth == 1 and word not in CADDY_DIRS and not word.startswith("@"): errors.append(f"{f}: line {k}: unknown directive {word!r}")
        if s.endswith("{"):
            depth += 1
            block_matchers.append(set(block_matchers[-1]) if block_matchers else set())
    if depth: errors.append(f"{f}: {depth} block(s) not closed")


def shape_checks(f, raw, path):
    n = num(f)
    if n == 718:
        check_prn(f, raw, path); return
    {717: check_chatwork, 719: check_hypermail, 720: check_pdftotext, 721: check_sendy, 722: check_isso,
     723: check_bookdown, 724: check_livejournal, 725: check_markua, 726: check_caddyfile}.get(
        n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# round70's and round71's, a byte-identical file counted once), and the round70/round71 split (candidates sorted by
# (uses, catalogue title); round70 = odd positions from 3 on, one unbroken run)
used = Counter()
TD = "/work/main/tests/data"
P71 = "/work/main/tests/data/digests-round71/expected.json"
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
if os.path.exists(P71): own.add(open(P71, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round70", "digests-round71") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an odd position (round71 takes the even ones): {odd}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 (Efficient Transformers: A Survey) is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r71 = set()
if os.path.exists(P71):
    try:
        r71 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P71)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append("digests-round71/expected.json exists but could not be read (being written?)")
    if r71 & mine: errors.append(f"papers also in round71: {sorted(r71 & mine)}")
shared71 = len(r71 & mine) if os.path.exists(P71) else "(no digests-round71/expected.json yet)"

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
if multi: errors.append(f"papers in more than one round70 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: odd 3..{last} ({len(mine)} papers); "
      f"at even positions: {len(odd)}; shared with round71: {shared71}; papers in more than one round70 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
