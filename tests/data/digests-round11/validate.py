#!/usr/bin/env python3
"""Checks round11/expected.json against the digests and the shared catalogues.

Adapted from round10/validate.py. Each digest is read as UTF-8, then looked at in decoded forms where its shape
needs them:
  - EndNote XML (.xml): parsed, every element's text per record (so a value split by <style> wrappers is whole);
  - AsciiDoc (.adoc): as written (attribute references such as {url-arxiv} are NOT substituted: the URL only exists
    after rendering, like round9's Typst helper, so those ids count as arxiv-text);
  - Quarto (.qmd): the YAML front matter parsed and every string value listed (titles in `references:`);
  - HTML (.html): entities undone, tags stripped; for the pipermail page also the "> " quote markers removed at
    line starts (a title wrapped inside quoted lines is whole again);
  - JSON Lines (.jsonl) and JSON (.json): every JSON string value (Go's \\u003c / \\u0026 and \\uXXXX undone);
  - PDF-pasted text (133): NFKC (the f-ligatures U+FB00–FB04 become ff/fi/fl/ffi/ffl), and line-end hyphenation
    ("learn-" + newline + "ing") joined;
  - OPML (.opml): parsed, every `text` and `_note` attribute, the notes' pasted HTML also tag-stripped;
  - WebVTT (.vtt): the cue texts with the <v Speaker> tags removed, joined in order;
  - everything: HTML entities undone once and twice, percent-escapes undone.
A title or link found only in a decoded form is reported as a `note:`. Shape checks:
  - 127: the file is one line of XML, root <xml><records>, every <record> with database / source-app EndNote /
    rec-number (ascending, unique) / foreign-keys / ref-type (name and number agree) / titles/title, every text value
    inside <style face=… font=… size=…>; a Book, Web Page, Computer Program, Thesis and Dataset are present;
  - 128: AsciiDoc header (= title, author line, revision line "vN.N, YYYY-MM-DD:"), attribute entries before the
    first blank line, every {attribute} reference defined (outside stem:[…]), delimited blocks (----, ====, |===)
    balanced, every <<xref>> target defined by [#id] or [[[id]]], every footnote closed;
  - 129: front matter closed and valid YAML with title / format / references; every [@key] / @key citation is in
    `references` (or is the one key left to the external .bib, devlin2019), every reference is cited, every
    @fig-/@tbl- cross-reference has a `#| label:`; ``` fences and ::: divs balanced;
  - 130: balanced tags; Blogger markers (generator meta, post-body entry-content, post-footer, comments), the
    "N yorum" heading equals the number of li.comment, every showComment epoch equals its shown date in UTC+3;
  - 131: the pipermail page: beginarticle/endarticle comments around one <PRE>, Previous/Next message links and
    "Messages sorted by", no unobfuscated e-mail address in the body, every quoted line in pipermail's
    "<I>&gt;<i>" / "</I>&gt;<i>" form, tags otherwise balanced (only pipermail's <i>s may stay open);
  - 132: one JSON object per line, first a version line, only known line types, ASCII only with <, >, & escaped as
    Go does, every post's user defined and channel defined, posts and replies in time order, edit_at after create_at;
  - 133: ligature characters present, the reference list numbered 1..N without gaps, every [n] cited in the text
    exists, two page-number lines;
  - 134: one line of JSON; card idList / idLabels / idChecklists resolve, badges.attachments and badges.comments
    agree with the attachments and the commentCard actions, actions newest first and naming their card's name;
  - 135: OPML 2.0 with head/title and dynalist flavor, every outline has `text`, `complete` only with `checkbox`,
    expansionState indexes valid;
  - 136: WEBVTT header, every cue = identifier (GUID/n-m, unique) + timing + one <v Name>…</v> line, cue times
    increasing and not overlapping.
As before it fails on an unlabelled OpenReview id or an unlabelled catalogue/distractor title anywhere in a digest
(in any decoded form), and notes id-like strings."""
import html, json, os, re, sys, unicodedata
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import datetime, timezone, timedelta
from html.parser import HTMLParser
from urllib.parse import unquote

try:
    import yaml
except ImportError:  # the front-matter check is skipped without PyYAML
    yaml = None

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
    s = re.sub(r"<(script|style)\b.*?</\1>", " ", s, flags=re.S | re.I)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


def json_strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for v in o.values(): yield from json_strings(v)
    elif isinstance(o, list):
        for v in o: yield from json_strings(v)


def unquote_mail(s):
    return re.sub(r"(?m)^(?:> ?)+", "", s)


def front_matter(raw):
    m = re.match(r"---\n(.*?)\n---\n", raw, re.S)
    return m.group(1) if m else None


def vtt_cues(raw):
    blocks = [b for b in raw.strip("\n").split("\n\n")]
    return blocks[0], blocks[1:]


def decoded_forms(f, raw):
    forms = []
    if f.endswith(".xml"):
        root = ET.fromstring(raw)
        for rec in root.iter("record"):
            forms.append(" | ".join(t.strip() for t in rec.itertext()))
    if f.endswith(".qmd"):
        fm = front_matter(raw)
        if fm and yaml:
            forms.append("\n".join(json_strings(yaml.safe_load(fm))))
    if f.endswith(".html"):
        st = strip_tags(raw)
        forms += [html.unescape(raw), st]
        if "pipermail" in raw:
            forms.append(unquote_mail(st))
    if f.endswith(".jsonl"):
        forms.append("\n".join(s for line in raw.splitlines() for s in json_strings(json.loads(line))))
    if f.endswith(".json"):
        forms.append("\n".join(json_strings(json.loads(raw))))
    if f.startswith("133"):
        k = unicodedata.normalize("NFKC", raw)
        forms += [k, re.sub(r"(\w)-\n\s*([a-z])", r"\1\2", k)]
    if f.endswith(".opml"):
        root = ET.fromstring(raw)
        vals = [v for o in root.iter("outline") for k, v in o.attrib.items() if k in ("text", "_note")]
        forms += ["\n".join(vals), strip_tags("\n".join(vals))]
    if f.endswith(".vtt"):
        _, cues = vtt_cues(raw)
        forms.append(" ".join(re.sub(r"</?v[^>]*>", "", c.split("\n")[-1]) for c in cues))
    more = []
    for t in [raw] + forms:
        u1 = html.unescape(t)
        more += [u1, html.unescape(u1), unquote(u1)]
    return forms + more


class TagBalance(HTMLParser):
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
    LOOSE = {"p", "li", "dt", "dd", "tr", "td", "th", "tbody", "option", "html", "head", "body"}

    def __init__(self, loose=()):
        super().__init__(convert_charrefs=True)
        self.stack, self.problems = [], []
        self.loose = self.LOOSE | set(loose)

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
                if t not in self.loose:
                    self.problems.append(f"<{t}> closed by </{tag}> at line {self.getpos()[0]}")
        else:
            self.problems.append(f"stray </{tag}> at line {self.getpos()[0]}")


# ---------------------------------------------------------------- shape checks

def check_endnote(f, raw):
    if raw.count("\n") != 1 or not raw.endswith("\n"):
        errors.append(f"{f}: not a single line")
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as ex:
        errors.append(f"{f}: XML does not parse: {ex}"); return
    if root.tag != "xml" or root[0].tag != "records": errors.append(f"{f}: root is not <xml><records>")
    nums, types = [], set()
    known = {"Journal Article": "17", "Conference Paper": "47", "Book": "6", "Web Page": "12", "Computer Program": "9",
             "Thesis": "32", "Dataset": "59", "Electronic Article": "43", "Conference Proceedings": "10"}
    for rec in root.iter("record"):
        for need in ("database", "source-app", "rec-number", "foreign-keys", "ref-type", "titles/title"):
            if rec.find(need) is None: errors.append(f"{f}: record without {need}")
        if rec.findtext("source-app") != "EndNote": errors.append(f"{f}: source-app not EndNote")
        rt = rec.find("ref-type")
        if known.get(rt.get("name")) != rt.text: errors.append(f"{f}: ref-type {rt.get('name')}={rt.text}")
        types.add(rt.get("name"))
        nums.append(int(rec.findtext("rec-number")))
        if rec.find("foreign-keys/key").text != rec.findtext("rec-number"): errors.append(f"{f}: foreign key != rec-number")
        for el in rec.iter():
            if el.tag in ("title", "secondary-title", "author", "keyword", "year", "notes", "research-notes",
                          "electronic-resource-num", "publisher") and el.find("style") is None:
                errors.append(f"{f}: <{el.tag}> value without <style>")
            if el.tag == "style" and set(el.attrib) != {"face", "font", "size"}: errors.append(f"{f}: bad <style>")
    if nums != sorted(set(nums)): errors.append(f"{f}: rec-numbers not ascending/unique")
    for t in ("Book", "Web Page", "Computer Program", "Thesis", "Dataset"):
        if t not in types: errors.append(f"{f}: no {t} record")


def check_adoc(f, raw):
    lines = raw.split("\n")
    if not lines[0].startswith("= "): errors.append(f"{f}: no document title")
    if "<" not in lines[1] or "@" not in lines[1]: errors.append(f"{f}: no author line")
    if not re.match(r"v\d+\.\d+, \d{4}-\d\d-\d\d: ", lines[2]): errors.append(f"{f}: no revision line")
    head = raw.split("\n\n", 1)[0]
    defined = set(re.findall(r"(?m)^:([\w-]+):", head))
    body = re.sub(r"stem:\[[^\]]*\]", "", raw)
    body = re.sub(r"(?m)^(?:ifdef|endif)::.*$", "", body)
    for a in set(re.findall(r"(?<![\\\w])\{([a-z][\w-]*)\}", body)):
        if a not in defined: errors.append(f"{f}: attribute {{{a}}} not defined")
    for d in ("----", "====", "|==="):
        n = sum(1 for l in lines if l == d)
        if n % 2: errors.append(f"{f}: delimiter {d} unbalanced ({n})")
    anchors = set(re.findall(r"\[#([\w-]+)\]", raw)) | set(re.findall(r"\[\[\[([\w-]+)", raw))
    for x in re.findall(r"<<([\w-]+)(?:,[^>]*)?>>", raw):
        if x not in anchors: errors.append(f"{f}: xref <<{x}>> has no anchor")
    for m in re.finditer(r"footnote:[\w-]*\[", raw):
        depth, i = 1, m.end()
        while i < len(raw) and depth:
            depth += {"[": 1, "]": -1}.get(raw[i], 0); i += 1
        if depth: errors.append(f"{f}: footnote not closed")


def check_qmd(f, raw):
    fm = front_matter(raw)
    if fm is None:
        errors.append(f"{f}: front matter not closed"); return
    if yaml:
        try:
            meta = yaml.safe_load(fm)
        except yaml.YAMLError as ex:
            errors.append(f"{f}: front matter is not YAML: {ex}"); return
        for k in ("title", "format", "references"):
            if k not in meta: errors.append(f"{f}: front matter without {k}")
        ids = {r["id"] for r in meta["references"]}
        body = raw[len(fm) + 8:]
        cited = set(re.findall(r"(?<![\w.])@([a-z][\w-]*\d{4}|[a-z]+-slp3|hfcourse)", body))
        for k in cited - ids - {"devlin2019"}: errors.append(f"{f}: @{k} not in references")
        for k in ids - cited: errors.append(f"{f}: reference {k} never cited")
        labels = set(re.findall(r"#\| label: ([\w-]+)", body))
        for x in re.findall(r"@((?:fig|tbl)-[\w-]+)", body):
            if x not in labels: errors.append(f"{f}: cross-reference @{x} has no label")
    if raw.count("\n```") % 2: errors.append(f"{f}: code fences unbalanced")
    opens = len(re.findall(r"(?m)^::: ?\{", raw)); closes = len(re.findall(r"(?m)^:::$", raw))
    if opens != closes: errors.append(f"{f}: ::: divs unbalanced ({opens}/{closes})")


def check_html(f, raw):
    piper = "<!--beginarticle-->" in raw
    tb = TagBalance(loose={"i"} if piper else ()); tb.feed(raw); tb.close()
    for pbl in tb.problems: errors.append(f"{f}: {pbl}")
    left = [t for t in tb.stack if t not in tb.loose]
    if left: errors.append(f"{f}: unclosed tags {left}")
    if "blogspot.com" in raw:
        for m in ("content='blogger' name='generator'", "class='post-body entry-content'", "class='post-footer'",
                  "id='comments'"):
            if m not in raw: errors.append(f"{f}: no {m}")
        n = int(re.search(r"<h4>(\d+) yorum:</h4>", raw).group(1))
        nc = raw.count('<li class="comment"')
        if n != nc: errors.append(f"{f}: {n} yorum but {nc} comments")
        months = {"Ocak": 1, "Şubat": 2, "Mart": 3, "Nisan": 4}
        for ms_, d, mon, y, hh, mm in re.findall(r"showComment=(\d+)#c\d+\">(\d+) (\w+) (\d{4}) (\d\d):(\d\d)<", raw):
            t = datetime.fromtimestamp(int(ms_) / 1000, timezone(timedelta(hours=3)))
            if (t.day, t.month, t.year, t.hour, t.minute) != (int(d), months[mon], int(y), int(hh), int(mm)):
                errors.append(f"{f}: showComment {ms_} is not {d} {mon} {y} {hh}:{mm}")
    if piper:
        if raw.count("<PRE>") != 1 or "<!--endarticle-->" not in raw: errors.append(f"{f}: article markers")
        for m in ("Previous message (by thread)", "Next message (by thread)", "Messages sorted by:",
                  "More information about the"):
            if m not in raw: errors.append(f"{f}: no '{m}'")
        pre = raw.split("<PRE>")[1].split("</PRE>")[0]
        if re.search(r"[\w.]@[\w-]+\.\w", re.sub(r'HREF="[^"]*"|>https?://[^<]*<', "", pre)):
            errors.append(f"{f}: e-mail address not obfuscated in the body")
        for l in pre.split("\n"):
            if "&gt;" in l[:12] and not re.match(r"(?:<I>|</I>)(?:&gt;)+<i>( |$)", l) and not l.startswith("URL: &lt;"):
                errors.append(f"{f}: quoted line not in pipermail form: {l[:40]!r}")


def check_jsonl(f, raw):
    if any(ord(c) > 127 for c in raw): errors.append(f"{f}: non-ASCII character (Go escapes them)")
    for c in "<>&":
        if c in raw: errors.append(f"{f}: raw {c!r} (Go escapes it)")
    objs = [json.loads(l) for l in raw.splitlines()]
    if objs[0]["type"] != "version": errors.append(f"{f}: first line is not the version")
    ok = {"version", "team", "channel", "user", "post", "direct_channel", "direct_post"}
    users = {o["user"]["username"] for o in objs if o["type"] == "user"}
    chans = {o["channel"]["name"] for o in objs if o["type"] == "channel"}
    last = 0
    for o in objs:
        if o["type"] not in ok: errors.append(f"{f}: line type {o['type']}")
        if o["type"] in ("post", "direct_post"):
            p = o[o["type"]]
            if p["user"] not in users: errors.append(f"{f}: unknown user {p['user']}")
            if o["type"] == "post" and p["channel"] not in chans: errors.append(f"{f}: unknown channel {p['channel']}")
            if p["create_at"] < last: errors.append(f"{f}: posts not in time order")
            last = p["create_at"]
            if p.get("edit_at") and p["edit_at"] < p["create_at"]: errors.append(f"{f}: edit before create")
            t = p["create_at"]
            for r in p.get("replies") or []:
                if r["create_at"] <= t or r["user"] not in users: errors.append(f"{f}: bad reply")
                t = r["create_at"]


def check_pdf_paste(f, raw):
    if not re.search("[\ufb00-\ufb04]", raw): errors.append(f"{f}: no ligature characters")
    refs = raw.split("\nReferences\n", 1)
    if len(refs) != 2:
        errors.append(f"{f}: no References heading"); return
    nums = [int(n) for n in re.findall(r"(?m)^ ?\[(\d+)\] ", refs[1].split("\n---")[0])]
    if nums != list(range(1, len(nums) + 1)): errors.append(f"{f}: references numbered {nums}")
    for grp in re.findall(r"\[(\d+(?:, \d+)*)\]", refs[0]):
        for n in grp.split(", "):
            if int(n) > len(nums): errors.append(f"{f}: citation [{n}] has no reference")
    if len(re.findall(r"(?m)^ {40,}\d+$", raw)) != 2: errors.append(f"{f}: expected two page-number lines")


def check_trello(f, raw):
    if "\n" in raw: errors.append(f"{f}: not one line")
    b = json.loads(raw)
    lists = {l["id"] for l in b["lists"]}; labels = {l["id"] for l in b["labels"]}
    cls = {c["id"]: c for c in b["checklists"]}
    cards = {c["id"]: c for c in b["cards"]}
    comments = Counter(a["data"]["card"]["id"] for a in b["actions"] if a["type"] == "commentCard")
    for c in b["cards"]:
        if c["idList"] not in lists: errors.append(f"{f}: card {c['idShort']} in unknown list")
        if not set(c["idLabels"]) <= labels: errors.append(f"{f}: card {c['idShort']} unknown label")
        for x in c["idChecklists"]:
            if x not in cls or cls[x]["idCard"] != c["id"]: errors.append(f"{f}: checklist of card {c['idShort']}")
        if c["badges"]["attachments"] != len(c["attachments"]): errors.append(f"{f}: attachment badge {c['idShort']}")
        if c["badges"]["comments"] != comments.get(c["id"], 0): errors.append(f"{f}: comment badge {c['idShort']}")
    dates = [a["date"] for a in b["actions"]]
    if dates != sorted(dates, reverse=True): errors.append(f"{f}: actions not newest first")
    for a in b["actions"]:
        c = cards.get(a["data"]["card"]["id"])
        if not c or c["name"] != a["data"]["card"]["name"]: errors.append(f"{f}: action on unknown/renamed card")


def check_opml(f, raw):
    root = ET.fromstring(raw)
    if root.tag != "opml" or root.get("version") != "2.0": errors.append(f"{f}: not OPML 2.0")
    if not root.findtext("head/title") or root.findtext("head/flavor") != "dynalist": errors.append(f"{f}: head")
    outs = list(root.iter("outline"))
    for o in outs:
        if "text" not in o.attrib: errors.append(f"{f}: outline without text")
        if o.get("complete") and not o.get("checkbox"): errors.append(f"{f}: complete without checkbox")
    for i in (root.findtext("head/expansionState") or "").split(","):
        if i and (int(i) >= len(outs) or not len(outs[int(i)])): errors.append(f"{f}: expansionState {i}")


def check_vtt(f, raw):
    head, cues = vtt_cues(raw)
    if head != "WEBVTT": errors.append(f"{f}: no WEBVTT header")
    ids, last = set(), 0.0

    def sec(t):
        h, m, s = t.split(":"); return int(h) * 3600 + int(m) * 60 + float(s)
    for c in cues:
        ls = c.split("\n")
        if len(ls) != 3 or not re.match(r"[0-9a-f-]{36}/\d+-\d+$", ls[0]) or not re.match(r"<v [^>]+>.*</v>$", ls[2]):
            errors.append(f"{f}: malformed cue {ls[:1]}"); continue
        if ls[0] in ids: errors.append(f"{f}: duplicate cue id {ls[0]}")
        ids.add(ls[0])
        m = re.match(r"(\d\d:\d\d:\d\d\.\d{3}) --> (\d\d:\d\d:\d\d\.\d{3})$", ls[1])
        if not m:
            errors.append(f"{f}: bad timing {ls[1]}"); continue
        a, b = sec(m.group(1)), sec(m.group(2))
        if a < last - 1e-9 or b <= a: errors.append(f"{f}: cue {ls[0]} overlaps or is empty")
        last = b


def shape_checks(f, raw):
    if f.endswith(".xml"): check_endnote(f, raw)
    if f.endswith(".adoc"): check_adoc(f, raw)
    if f.endswith(".qmd"): check_qmd(f, raw)
    if f.endswith(".html"): check_html(f, raw)
    if f.endswith(".jsonl"): check_jsonl(f, raw)
    if f.startswith("133"): check_pdf_paste(f, raw)
    if f.endswith(".json"): check_trello(f, raw)
    if f.endswith(".opml"): check_opml(f, raw)
    if f.endswith(".vtt"): check_vtt(f, raw)


# ---------------------------------------------------------------- label checks

files = sorted(os.listdir(DIG))
if sorted(exp) != files:
    errors.append(f"keys {sorted(exp)} != files {files}")
ID_URL = r"(?:arxiv\.org/(?:abs|pdf|html)/|alphaxiv\.org/abs/|huggingface\.co/papers/|hf\.co/papers/)"
for f in files:
    raw = open(os.path.join(DIG, f), encoding="utf-8", newline="").read()
    shape_checks(f, raw)
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
    for oid in sorted(set(re.findall(r"openreview\.net/(?:forum|pdf)\?id=(?:3D(?=\w{9,12}\b))?([\w-]+)", alltext))):
        if oid not in labelled: errors.append(f"{f}: unlabelled OpenReview id {oid}")
    rec_keys = {r["true_arxiv_id"] or r["title"] for r in recs}
    rec_titles = {r["title"].lower() for r in recs}
    for e in list(pool.values()) + distract:
        if e["title"] and len(e["title"]) > 12 and norm(e["title"]) in ntext:
            if (e["arxiv_id"] or e["title"]) not in rec_keys and e["title"].lower() not in rec_titles:
                errors.append(f"{f}: unlabelled pool/distractor title {e['title']!r} ({e.get('role')})")

# reuse report: how many records use papers earlier rounds did not use
used = set()
for r in ("round5", "round6", "round7", "round8", "round9", "round10"):
    pth = os.path.join(ROOT, "..", r, "expected.json")
    if os.path.exists(pth):
        for recs in json.load(open(pth)).values():
            used |= {x["true_arxiv_id"] or x["title"].lower() for x in recs}

c = Counter(); per = {}
for f, recs in exp.items():
    per[f] = Counter(r["evidence"] for r in recs)
    c.update(per[f])
for f in files:
    print(f"{f:46s} {sum(per[f].values()):2d}  " + " ".join(f"{k}={v}" for k, v in sorted(per[f].items())))
tot = sum(c.values())
orl = sum(1 for recs in exp.values() for r in recs if r["openreview_id"])
nox = sum(1 for recs in exp.values() for r in recs if not r["true_arxiv_id"])
fresh = sum(1 for recs in exp.values() for r in recs if (r["true_arxiv_id"] or r["title"].lower()) not in used)
allrecs = [r["true_arxiv_id"] or r["title"].lower() for recs in exp.values() for r in recs]
multi = {k: n for k, n in Counter(allrecs).items() if n > 1}
print(f"total {tot}: {dict(c)}; openreview links {orl}; not on arXiv {nox}; title-only share {c['title-only']/tot:.2f}")
print(f"records on papers rounds 5-10 did not use: {fresh}; papers in more than one round11 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
