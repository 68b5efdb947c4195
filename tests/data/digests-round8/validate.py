#!/usr/bin/env python3
"""Checks round8/expected.json against the digests and the shared catalogues.

Adapted from round7/validate.py. Each digest is read as bytes and decoded by its declared charset (the Word page is
windows-1252), then looked at in decoded forms where its shape needs them:
  - HTML (.html/.htm): entities undone, and tags stripped (Word splits titles across <span>s and wraps lines);
  - Slack export (.json): every JSON string value (undoes the exporter's "\\/" and \\uXXXX escapes), Slack's
    &amp;/&lt;/&gt; undone, and <url|label> links rewritten to "label url";
  - iCalendar (.ics): content lines unfolded (CRLF + space/tab removed), TEXT escapes (\\n \\, \\; \\\\) undone,
    then HTML entities undone and tags stripped (Google puts HTML in DESCRIPTION);
  - everything: HTML entities undone once and twice, percent-escapes undone.
Ids, links and titles are looked up in the raw text plus those forms; a title or link found only in a decoded form
is reported as a `note:`. Whitespace runs are collapsed for titles (norm). Shape checks: the JSON parses and looks
like a Slack channel-day file (ts ascending, thread parents' reply_count matches their replies); the .ics has CRLF
line ends, no content line over 75 octets, balanced BEGIN/END, the required VEVENT properties and no unescaped ","
or ";" in TEXT values; the bookmarks file has the Netscape doctype, balanced <DL> and an ADD_DATE on every <A>;
the other HTML has balanced non-void tags; the Word page declares windows-1252 and is not valid UTF-8; the wikitext
has balanced {{ }}, [[ ]] and <ref>…</ref>; the org file's drawers are closed and sit right after a headline or
its planning line; the WhatsApp export's lines are messages, system lines or continuations; the Markdown front
matter is closed."""
import html, json, os, re, sys
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


def norm(s):
    s = html.unescape(html.unescape(s)).replace("{", "").replace("}", "").replace('\\"', "")
    s = re.sub(r"\\[a-z]+\s*", "", s)
    return re.sub(r"\s+", " ", s).strip().lower()


errors, notes = [], []


def strip_tags(s):
    s = re.sub(r"<!--.*?-->", " ", s, flags=re.S)
    s = re.sub(r"<!\[if [^\]]*\]>|<!\[endif\]>", "", s)
    s = re.sub(r"<(script|style)\b.*?</\1>", " ", s, flags=re.S | re.I)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


def read(f):
    b = open(os.path.join(DIG, f), "rb").read()
    try:
        return b.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        m = re.search(rb"charset=([\w-]+)", b[:2000])
        enc = m.group(1).decode() if m else "cp1252"
        enc = {"windows-1252": "cp1252"}.get(enc.lower(), enc)
        return b.decode(enc), enc


def json_strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for v in o.values(): yield from json_strings(v)
    elif isinstance(o, list):
        for v in o: yield from json_strings(v)


def slack_unescape(s):
    s = re.sub(r"<((?:https?|mailto):[^|>]+)\|([^>]*)>", r"\2 \1", s)
    s = re.sub(r"<((?:https?|mailto):[^|>]+)>", r"\1", s)
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def ics_unfold(raw):
    return re.sub(r"\r?\n[ \t]", "", raw)


def ics_unescape(s):
    return re.sub(r"\\([\\,;nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), s)


def decoded_forms(f, raw):
    forms = []
    if f.endswith((".html", ".htm")):
        forms += [html.unescape(raw), strip_tags(raw)]
    if f.endswith(".json"):
        strs = list(json_strings(json.loads(raw)))
        joined = "\n".join(strs)
        forms += [joined, slack_unescape(joined)]
    if f.endswith(".ics"):
        un = ics_unescape(ics_unfold(raw))
        forms += [un, strip_tags(un)]
    more = []
    for t in [raw] + forms:
        u1 = html.unescape(t)
        more += [u1, html.unescape(u1), unquote(u1)]
    return forms + more


class TagBalance(HTMLParser):
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
    LOOSE = {"p", "li", "dt", "dd", "tr", "td", "th", "tbody", "option", "html", "head", "body"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.problems = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID and ":" not in tag:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        if tag in self.VOID or ":" in tag:
            return
        if tag in self.stack:
            while self.stack:
                t = self.stack.pop()
                if t == tag: break
                if t not in self.LOOSE:
                    self.problems.append(f"<{t}> closed by </{tag}> at line {self.getpos()[0]}")
        else:
            self.problems.append(f"stray </{tag}> at line {self.getpos()[0]}")


def shape_checks(f, raw, enc, rawbytes):
    if f.endswith(".json"):
        try:
            msgs = json.loads(raw)
        except json.JSONDecodeError as ex:
            errors.append(f"{f}: JSON does not parse: {ex}"); return
        if not isinstance(msgs, list) or not all(isinstance(m, dict) and m.get("type") == "message" and "ts" in m for m in msgs):
            errors.append(f"{f}: not a list of Slack message objects")
        tss = [float(m["ts"]) for m in msgs]
        if tss != sorted(tss): errors.append(f"{f}: messages not in ts order")
        if "\\/" not in raw: errors.append(f"{f}: slashes not escaped the way Slack's exporter does")
        parents = {m["ts"]: m for m in msgs if m.get("reply_count")}
        replies = Counter(m["thread_ts"] for m in msgs if m.get("thread_ts") and m["thread_ts"] != m["ts"])
        for t, m in parents.items():
            if m.get("thread_ts") != t: errors.append(f"{f}: thread parent {t} lacks thread_ts")
            if replies[t] != m["reply_count"]: errors.append(f"{f}: thread {t} reply_count {m['reply_count']} != {replies[t]} replies")
        for t in replies:
            if t not in parents: errors.append(f"{f}: replies to unknown thread {t}")
    if f.endswith(".ics"):
        if re.search(rb"(?<!\r)\n", rawbytes): errors.append(f"{f}: bare LF line end")
        phys = rawbytes.split(b"\r\n")
        for i, l in enumerate(phys):
            if len(l) > 75: errors.append(f"{f}: physical line {i+1} has {len(l)} octets")
        logical = ics_unfold(raw).split("\r\n")
        stack = []
        for l in logical:
            if l.startswith("BEGIN:"): stack.append(l[6:])
            elif l.startswith("END:"):
                if not stack or stack.pop() != l[4:]: errors.append(f"{f}: unbalanced {l}")
        if stack: errors.append(f"{f}: unclosed {stack}")
        ev = ics_unfold(raw).split("BEGIN:VEVENT")[1:]
        if not ev: errors.append(f"{f}: no VEVENT")
        for e in ev:
            for prop in ("UID:", "DTSTART", "DTSTAMP:", "SUMMARY:"):
                if ("\r\n" + prop) not in "\r\n" + e: errors.append(f"{f}: VEVENT without {prop}")
        for l in logical:
            m = re.match(r"(SUMMARY|DESCRIPTION|LOCATION)(;[^:]*)?:(.*)", l)
            if m and re.search(r"(?<!\\)[,;]", re.sub(r"\\\\", "", m.group(3))):
                errors.append(f"{f}: unescaped , or ; in {m.group(1)}: {m.group(3)[:60]}")
        folded_in = sum(1 for l in phys if l.startswith(b" "))
        notes.append(f"{f}: {folded_in} continuation lines")
    if f.endswith((".html", ".htm")):
        if raw.startswith("<!DOCTYPE NETSCAPE-Bookmark-file-1>"):
            if raw.count("<DL>") != raw.count("</DL>"): errors.append(f"{f}: <DL> {raw.count('<DL>')} vs </DL> {raw.count('</DL>')}")
            for m in re.finditer(r"<DT><A ([^>]*)>", raw):
                if "HREF=" not in m.group(1) or "ADD_DATE=" not in m.group(1): errors.append(f"{f}: bookmark without HREF/ADD_DATE")
        else:
            tb = TagBalance(); tb.feed(raw); tb.close()
            for pbl in tb.problems: errors.append(f"{f}: {pbl}")
            left = [t for t in tb.stack if t not in TagBalance.LOOSE]
            if left: errors.append(f"{f}: unclosed tags {left}")
        if f.endswith(".htm"):
            if enc != "cp1252": errors.append(f"{f}: expected a windows-1252 file, decoded as {enc}")
            if "charset=windows-1252" not in raw: errors.append(f"{f}: no windows-1252 meta")
            if "xmlns:w=\"urn:schemas-microsoft-com:office:word\"" not in raw: errors.append(f"{f}: not a Word page")
    if f.endswith(".wiki"):
        raw = re.sub(r"<math>.*?</math>", "", raw, flags=re.S)
        if raw.count("{{") != raw.count("}}"): errors.append(f"{f}: {{{{ {raw.count('{{')} vs }}}} {raw.count('}}')}")
        if raw.count("[[") != raw.count("]]"): errors.append(f"{f}: [[ vs ]] unbalanced")
        opens = len(re.findall(r"<ref(?:\s+name=\"[^\"]*\")?\s*>", raw))
        if opens != raw.count("</ref>"): errors.append(f"{f}: <ref> {opens} vs </ref> {raw.count('</ref>')}")
        for name in re.findall(r"<ref name=\"([^\"]+)\"\s*/>", raw):
            if not re.search(r"<ref name=\"" + re.escape(name) + r"\">", raw): errors.append(f"{f}: named ref {name} reused but never defined")
    if f.endswith(".org"):
        lines = raw.split("\n")
        i = 0
        while i < len(lines):
            l = lines[i]
            if re.match(r"\s*:(PROPERTIES|LOGBOOK):\s*$", l):
                j = i + 1
                while j < len(lines) and lines[j].strip() != ":END:":
                    if re.match(r"\*+ ", lines[j]): errors.append(f"{f}: drawer at line {i+1} not closed"); break
                    j += 1
                if l.strip() == ":PROPERTIES:" and i > 0:
                    prev = lines[i - 1]
                    if not (re.match(r"\*+ ", prev) or re.match(r"\s*(SCHEDULED|CLOSED|DEADLINE):", prev)):
                        errors.append(f"{f}: property drawer at line {i+1} not right after headline/planning")
                i = j
            i += 1
    if f.endswith(".txt") and re.match(r"\d\d/\d\d/\d{4}, \d\d:\d\d - ", raw):
        for n, l in enumerate(raw.split("\n"), 1):
            if re.match(r"\d\d/\d\d/\d{4}, \d\d:\d\d - ", l) or not l:
                continue
            if re.match(r"\d\d/\d\d/\d{4}", l): errors.append(f"{f}: malformed message line {n}")
    if f.endswith(".md"):
        fm = "+++" if raw.startswith("+++") else "---"
        if not raw.startswith(fm) or raw.count("\n" + fm + "\n") < 1: errors.append(f"{f}: front matter not closed")


files = sorted(os.listdir(DIG))
if sorted(exp) != files:
    errors.append(f"keys {sorted(exp)} != files {files}")
ID_URL = r"(?:arxiv\.org/(?:abs|pdf|html)/|alphaxiv\.org/abs/|huggingface\.co/papers/|hf\.co/papers/)"
for f in files:
    rawbytes = open(os.path.join(DIG, f), "rb").read()
    raw, enc = read(f)
    shape_checks(f, raw, enc, rawbytes)
    forms = decoded_forms(f, raw)
    alltext = raw + "\n\u241e\n" + "\n\u241e\n".join(forms)
    ntext = norm(alltext)
    nraw = norm(raw)
    recs = exp.get(f, [])
    seen = set()
    for r in recs:
        t, ev, tid, aid, oid = r["title"], r["evidence"], r["true_arxiv_id"], r["arxiv_id"], r["openreview_id"]
        key = tid or oid or t.lower()
        if key in seen: errors.append(f"{f}: duplicate {key}")
        seen.add(key)
        if tid:
            e = pool.get(tid)
            if not e: errors.append(f"{f}: {tid} not in pool"); continue
            if tid in distract_ids: errors.append(f"{f}: {tid} is a distractor")
        else:
            e = no_arxiv_titles.get(t.lower())
            if not e: errors.append(f"{f}: title-only no-arxiv paper not in pool: {t}"); continue
        if norm(e["title"]) != norm(t):
            notes.append(f"{f}: title as written differs from catalogue: {t!r} vs {e['title']!r}")
        if oid and e.get("openreview_id") != oid: errors.append(f"{f}: openreview {oid} not {tid}'s")
        if t in raw: pass
        elif norm(t) in nraw: notes.append(f"{f}: title found only after normalising whitespace/entities: {t!r}")
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
        if m not in labelled:
            notes.append(f"{f}: unlabelled id-like string {m!r}")
    for oid in sorted(set(re.findall(r"openreview\.net/(?:forum|pdf)\?id=([\w-]+)", alltext))):
        if oid not in labelled: errors.append(f"{f}: unlabelled OpenReview id {oid}")
    rec_keys = {r["true_arxiv_id"] or r["title"] for r in recs}
    rec_titles = {r["title"].lower() for r in recs}
    for e in list(pool.values()) + distract:
        if e["title"] and len(e["title"]) > 12 and norm(e["title"]) in ntext:
            if (e["arxiv_id"] or e["title"]) not in rec_keys and e["title"].lower() not in rec_titles:
                errors.append(f"{f}: unlabelled pool/distractor title {e['title']!r} ({e.get('role')})")

# reuse report: how many records use papers earlier rounds did not use
used = set()
for r in ("round5", "round6", "round7"):
    pth = os.path.join(ROOT, "..", r, "expected.json")
    if os.path.exists(pth):
        for recs in json.load(open(pth)).values():
            used |= {x["true_arxiv_id"] or x["title"].lower() for x in recs}

c = Counter(); per = {}
for f, recs in exp.items():
    per[f] = Counter(r["evidence"] for r in recs)
    c.update(per[f])
for f in files:
    print(f"{f:42s} {sum(per[f].values()):2d}  " + " ".join(f"{k}={v}" for k, v in sorted(per[f].items())))
tot = sum(c.values())
orl = sum(1 for recs in exp.values() for r in recs if r["openreview_id"])
nox = sum(1 for recs in exp.values() for r in recs if not r["true_arxiv_id"])
fresh = sum(1 for recs in exp.values() for r in recs if (r["true_arxiv_id"] or r["title"].lower()) not in used)
allrecs = [r["true_arxiv_id"] or r["title"].lower() for recs in exp.values() for r in recs]
multi = {k: n for k, n in Counter(allrecs).items() if n > 1}
print(f"total {tot}: {dict(c)}; openreview links {orl}; not on arXiv {nox}; title-only share {c['title-only']/tot:.2f}")
print(f"records on papers rounds 5-7 did not use: {fresh}; papers in more than one round8 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
