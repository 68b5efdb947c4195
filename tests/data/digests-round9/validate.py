#!/usr/bin/env python3
"""Checks round9/expected.json against the digests and the shared catalogues.

Adapted from round8/validate.py. Each digest is read as UTF-8, then looked at in decoded forms where its shape
needs them:
  - HTML (.html): entities undone, and tags stripped (Discord embeds, Scholar's <b> in snippets);
  - Telegram export (.json): every JSON string value (this includes text_link "href"s), plus each message's text
    rebuilt by concatenating its text entities (a title can be split across a plain piece and a bold piece);
  - LaTeX (.tex): `~` to space, \\emph{…}/\\textit{…}/\\url{…}/\\href{url}{…} unwrapped, TeX commands and braces
    dropped (norm() also drops braces and \\commands), so a .bbl title wrapped over lines and holding {HuBERT} matches;
  - mbox / email text (.txt starting with "From "): quote markers ("> ", ">") removed at line starts, so a title
    wrapped inside a quoted reply is found;
  - TSV (.tsv): every cell, parsed with the csv module (doubled quotes undone, a title with a newline in a quoted
    cell is one cell);
  - Typst (.typ): `\\@` unescaped;
  - everything: HTML entities undone once and twice, percent-escapes undone.
Ids, links and titles are looked up in the raw text plus those forms; a title or link found only in a decoded form
is reported as a `note:`. Whitespace runs are collapsed for titles (norm). Shape checks: the Telegram JSON is a chat
object with ascending ids and dates, a constant date/date_unixtime offset, replies to earlier messages, and
text_entities that spell out `text` piece by piece; the Discord page has balanced tags and as many message
containers as its postamble says, each group opening with a header; the Scholar page has balanced tags, a gs_ri and
gs_a in every gs_r block, and as many blocks as "N results"; the .tex has balanced braces and \\begin/\\end, and
every \\cite key has a \\bibitem and every \\bibitem is cited; the Typst file has balanced brackets outside strings
and comments and a #bibliography call; the TSV has the exact header and rows of its width; the digest email has an
mbox "From " line, headers, "N updates in M topics" matching its message blocks, and attribution lines followed by
quoted text; Markdown front matter is closed where a file opens with one (105 and 116 must)."""
import csv, html, io, json, os, re, sys
from collections import Counter
from datetime import datetime
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


def tg_text(t):
    return t if isinstance(t, str) else "".join(p if isinstance(p, str) else p["text"] for p in t)


def latex_plain(s):
    s = re.sub(r"(?<!\\)%.*", "", s)
    s = s.replace("~", " ").replace("\\penalty0", " ")
    s = re.sub(r"\\href\{([^}]*)\}\{([^}]*)\}", r"\2 \1", s)
    s = re.sub(r"\\(?:emph|textit|textbf|url|texttt)\{([^}]*)\}", r"\1", s)
    s = re.sub(r"\\newblock\s*", " ", s)
    return s.replace("{", "").replace("}", "")


def unquote_mail(s):
    return re.sub(r"(?m)^(?:> ?)+", "", s)


def decoded_forms(f, raw):
    forms = []
    if f.endswith(".html"):
        forms += [html.unescape(raw), strip_tags(raw)]
    if f.endswith(".json"):
        d = json.loads(raw)
        forms.append("\n".join(json_strings(d)))
        forms.append("\n".join(tg_text(m.get("text", "")) for m in d.get("messages", [])))
    if f.endswith(".tex"):
        forms.append(latex_plain(raw))
    if f.endswith(".txt") and raw.startswith("From "):
        forms.append(unquote_mail(raw))
    if f.endswith(".tsv"):
        forms.append("\n".join(c for row in csv.reader(io.StringIO(raw, newline=""), dialect="excel-tab") for c in row))
    if f.endswith(".typ"):
        forms.append(raw.replace("\\@", "@"))
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


def check_telegram(f, raw):
    try:
        d = json.loads(raw)
    except json.JSONDecodeError as ex:
        errors.append(f"{f}: JSON does not parse: {ex}"); return
    for k in ("name", "type", "id", "messages"):
        if k not in d: errors.append(f"{f}: chat object without {k}")
    if d.get("type") != "private_supergroup": errors.append(f"{f}: type is {d.get('type')}")
    if not raw.startswith('{\n "name"'): errors.append(f"{f}: not indented by one space as Telegram writes it")
    if "\\u04" in raw: errors.append(f"{f}: non-ASCII escaped (Telegram writes UTF-8 as is)")
    msgs = d.get("messages", [])
    ids = [m["id"] for m in msgs]
    if ids != sorted(set(ids)): errors.append(f"{f}: message ids not strictly ascending")
    dates = [m["date"] for m in msgs]
    if dates != sorted(dates): errors.append(f"{f}: dates not ascending")
    offs = {int(datetime.fromisoformat(m["date"]).timestamp()) - int(m["date_unixtime"]) for m in msgs}
    offs = {int(datetime.fromisoformat(m["date"]).replace(tzinfo=None).timestamp()) - int(m["date_unixtime"]) for m in msgs}
    if len(offs) != 1: errors.append(f"{f}: date vs date_unixtime offsets differ: {offs}")
    seen = set()
    for m in msgs:
        if m["type"] not in ("message", "service"): errors.append(f"{f}: message {m['id']} has type {m['type']}")
        if m["type"] == "message" and not ("from" in m and "from_id" in m): errors.append(f"{f}: {m['id']} without from")
        if m["type"] == "service" and not ("actor" in m and "action" in m): errors.append(f"{f}: {m['id']} without actor/action")
        r = m.get("reply_to_message_id")
        if r is not None and r not in seen: errors.append(f"{f}: {m['id']} replies to {r}, not an earlier message")
        seen.add(m["id"])
        t, ents = m.get("text", ""), m.get("text_entities", [])
        if tg_text(t) != "".join(e["text"] for e in ents):
            errors.append(f"{f}: {m['id']} text_entities do not spell out text")
        if isinstance(t, list):
            if len(t) != len(ents): errors.append(f"{f}: {m['id']} text has {len(t)} pieces, entities {len(ents)}")
            if all(isinstance(p, str) for p in t): errors.append(f"{f}: {m['id']} list text without entities")
            for p, e in zip(t, ents):
                if isinstance(p, str) and e != {"type": "plain", "text": p}: errors.append(f"{f}: {m['id']} plain piece mismatch")
                if isinstance(p, dict) and p != e: errors.append(f"{f}: {m['id']} entity mismatch")
                if isinstance(p, dict) and p["type"] == "text_link" and "href" not in p: errors.append(f"{f}: text_link without href")


def check_html(f, raw):
    tb = TagBalance(); tb.feed(raw); tb.close()
    for pbl in tb.problems: errors.append(f"{f}: {pbl}")
    left = [t for t in tb.stack if t not in TagBalance.LOOSE]
    if left: errors.append(f"{f}: unclosed tags {left}")
    if "chatlog__message-group" in raw:
        n = len(re.findall(r'class="chatlog__message-container ', raw))
        m = re.search(r"Exported (\d+) message\(s\)", raw)
        if not m or int(m.group(1)) != n: errors.append(f"{f}: {n} message containers vs postamble {m and m.group(1)}")
        for g in raw.split('<div class="chatlog__message-group">')[1:]:
            first = g.split('<div id="chatlog__message-container-')[1]
            nxt = first.split('<div id="chatlog__message-container-')[0]
            if "chatlog__header" not in nxt and "chatlog__system-notification" not in nxt:
                errors.append(f"{f}: message group without a header on its first message")
    if 'class="gs_r gs_or gs_scl"' in raw:
        blocks = raw.split('<div class="gs_r gs_or gs_scl"')[1:]
        for b in blocks:
            if 'class="gs_ri"' not in b or 'class="gs_a"' not in b or 'class="gs_rt"' not in b:
                errors.append(f"{f}: gs_r block without gs_ri/gs_rt/gs_a")
        m = re.search(r"(\d+) results", raw)
        if not m or int(m.group(1)) != len(blocks): errors.append(f"{f}: {len(blocks)} gs_r blocks vs '{m and m.group(0)}'")


def check_tex(f, raw):
    body = re.sub(r"(?<!\\)%.*", "", raw)
    b = re.sub(r"\\[{}]", "", body)
    depth = 0
    for n, line in enumerate(b.split("\n"), 1):
        for ch in line:
            depth += {"{": 1, "}": -1}.get(ch, 0)
            if depth < 0: errors.append(f"{f}: unbalanced }} at line {n}"); depth = 0
    if depth: errors.append(f"{f}: {depth} unclosed {{")
    stack = []
    for m in re.finditer(r"\\(begin|end)\{([^}]+)\}", body):
        if m.group(1) == "begin": stack.append(m.group(2))
        elif not stack or stack.pop() != m.group(2): errors.append(f"{f}: \\end{{{m.group(2)}}} mismatched")
    if stack: errors.append(f"{f}: unclosed environments {stack}")
    cited = set()
    for m in re.finditer(r"\\cite[a-z]*\*?(?:\[[^\]]*\])*\{([^}]+)\}", body):
        cited |= {k.strip() for k in m.group(1).split(",")}
    items = re.findall(r"\\bibitem\[[^\]]*(?:\][^\]]*)*?\]\{([^}]+)\}", body, flags=re.S)
    items = re.findall(r"\\bibitem\[.*?\]\{([^}]+)\}", body, flags=re.S)
    for k in cited - set(items): errors.append(f"{f}: \\cite{{{k}}} has no \\bibitem")
    for k in set(items) - cited: errors.append(f"{f}: \\bibitem{{{k}}} never cited (a .bbl only holds cited entries)")
    m = re.search(r"\\begin\{thebibliography\}\{(\d+)\}", body)
    if not m or int(m.group(1)) < len(items): errors.append(f"{f}: thebibliography width arg vs {len(items)} items")
    if "\\bibliography{refs}" not in raw: errors.append(f"{f}: no \\bibliography{{refs}} line")


def check_typ(f, raw):
    s = re.sub(r"(?m)^\s*//.*$", "", raw)
    s = re.sub(r'"(?:[^"\\]|\\.)*"', '""', s)
    s = re.sub(r"`[^`]*`", "", s)
    s = s.replace("\\[", "").replace("\\]", "").replace("\\(", "").replace("\\)", "")
    pairs = {"(": ")", "[": "]", "{": "}"}
    stack = []
    for n, line in enumerate(s.split("\n"), 1):
        for ch in line:
            if ch in pairs: stack.append((ch, n))
            elif ch in pairs.values():
                if not stack or pairs[stack.pop()[0]] != ch: errors.append(f"{f}: unbalanced {ch} at line {n}"); stack = []
    if stack: errors.append(f"{f}: unclosed {stack[:3]}")
    if not re.search(r'#bibliography\("[^"]+\.bib"', raw): errors.append(f"{f}: no #bibliography call")
    for m in re.finditer(r"#link\(", raw):
        if not re.match(r'#link\("https?://[^"]+"\)\[', raw[m.start():]): errors.append(f"{f}: odd #link at {m.start()}")


def check_tsv(f, raw):
    rows = list(csv.reader(io.StringIO(raw, newline=""), dialect="excel-tab"))
    hdr = ["Title", "Authors", "Year", "Venue", "Citations", "URL", "arXiv ID"]
    if rows[0] != hdr: errors.append(f"{f}: header {rows[0]}")
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(hdr): errors.append(f"{f}: row {i} has {len(r)} cells")


def check_mail(f, raw):
    lines = raw.split("\n")
    if not re.match(r"From \S+@\S+ \w{3} \w{3} \d\d \d\d:\d\d:\d\d \d{4}$", lines[0]): errors.append(f"{f}: no mbox From_ line")
    hdr = raw.split("\n\n", 1)[0]
    for h in ("From:", "Date:", "Subject:", "To:", "List-ID:"):
        if "\n" + h not in hdr: errors.append(f"{f}: header {h} missing")
    m = re.search(r"- (\d+) updates in (\d+) topics", hdr)
    blocks = re.findall(r"^---------- (\d+) of (\d+) ----------$", raw, flags=re.M)
    topics = re.findall(r"^Topic: ", raw, flags=re.M)
    if not m or int(m.group(1)) != len(blocks) or int(m.group(2)) != len(topics):
        errors.append(f"{f}: subject counts vs {len(blocks)} messages in {len(topics)} topics")
    for i, l in enumerate(lines):
        if re.match(r"On \w{3}, \w{3} \d+, \d{4} at .* wrote:$", l):
            if not (lines[i + 1] == "" and lines[i + 2].startswith(">")): errors.append(f"{f}: attribution at line {i+1} not followed by a quote")


def shape_checks(f, raw):
    if f.endswith(".json"): check_telegram(f, raw)
    if f.endswith(".html"): check_html(f, raw)
    if f.endswith(".tex"): check_tex(f, raw)
    if f.endswith(".typ"): check_typ(f, raw)
    if f.endswith(".tsv"): check_tsv(f, raw)
    if f.endswith(".txt") and raw.startswith("From "): check_mail(f, raw)
    if f.endswith(".md"):
        must = f.startswith(("105", "116"))
        if raw.startswith("---"):
            if raw.count("\n---\n") < 1: errors.append(f"{f}: front matter not closed")
        elif must:
            errors.append(f"{f}: no front matter")


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
for r in ("round5", "round6", "round7", "round8"):
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
print(f"records on papers rounds 5-8 did not use: {fresh}; papers in more than one round9 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
