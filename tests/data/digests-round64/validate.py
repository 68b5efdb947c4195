#!/usr/bin/env python3
r"""Checks round64/expected.json against the digests and the shared catalogues.

Adapted from round63/validate.py (the label checks are the same code; the reuse report is round63's turned round:
round64 holds the odd positions from 3, round65 the even ones; the readers and shape checks are new). The reuse
report counts every /work/main/tests/data/*/expected.json except round64's and round65's own (a digests-round64 /
digests-round65 folder, or a file whose bytes equal round64's or round65's expected.json) — a file whose bytes equal
one already counted is counted once — and checks the split: round64 holds the odd positions of the candidates sorted
by (uses, catalogue title), position 1 left out, as one run from position 3 up to its last paper; it fails on a paper
shared with /work/main/tests/data/digests-round65/expected.json when that file exists (read only), and on a paper in
more than one round64 file.
Every digest is read raw (UTF-8, line ends kept; 662 from UTF-16 LE after its BOM; 659 as bytes too) and in decoded
forms:
  - 657 (YouTrack), 663 (NodeBB): every JSON string; 663: the post HTML without tags; 665: INIT_DATA's strings;
  - 658 (GitBook): \| and \_ unescaped; 659 (Zimbra .eml): each MIME part decoded (quoted-printable, UTF-8), the
    html part without tags; 662 (Excel Unicode Text): the cells unquoted;
  - everything: HTML / XML entities undone once and twice, percent-escapes undone.
Titles are matched after whitespace normalisation and case-blind (660's AMA titles are in sentence case); a title
found only that way (or only in a decoded form) is reported as a `note:`.

Shape checks: 657 YouTrack issues (compact JSON, "$type" last in every entity, issue fields in the requested order,
idReadable PROJECT-N unique in one project, updated >= created, resolved set exactly for resolved states and inside
created..updated, comments in order, custom fields unique); 658 GitBook Git Sync page (front matter with description
and layout, one "# " title, {% %} blocks known and nested, hint styles, code fences closed, pipe-table rows as wide
as their header with \| escapes, figure / details tags balanced); 659 Zimbra Show Original (CRLF only, 7-bit, the
headers Zimbra writes, Message-ID milliseconds = Date, Thread-Topic = Subject without Fwd:, boundaries, plain + html
parts, QP lines <= 76, RFC 2047 names, zwchr / data-marker divs, listing arXiv lines = link lines and sizes);
660 Word plain text (UTF-8 BOM, CRLF, final CRLF, unwrapped paragraphs, references numbered 1..n with AMA
"Surname XY" authors and "et al" after three, table rows of one width); 661 Citavi BibTeX (header line, CRLF,
"@type{key," entries, one-space " field = {value}" lines, comma after all but the last field, braces balanced,
author / year / title first, keys Surname.Year); 662 Excel Unicode Text (quote-aware TAB / CRLF parse, all rows one
width, Buddhist-era dates valid); 663 NodeBB topic (compact JSON, title = titleRaw escaped, postcount, mainPid /
teaserPid / timestamps, index sequence, ISO twins, edit fields, user uid, topicOwnerPost, <p dir="auto">, links
rel="nofollow ugc", tags valueEscaped, slug); 664 Brevo mirror page (XHTML doctype and VML namespace, tags balanced
outside MSO conditionals, Layout_N numbering, self-closed img / meta / br with alt, no raw &, no unmerged
placeholders, mirror / unsubscribe links, preheader); 665 Ameblo entry (HTML5 lang ja, canonical entry id =
INIT_DATA entry = article data ids, title and pubdate = INIT_DATA, uranus components, tags balanced, no raw &);
666 Kubernetes YAML (no tabs, every document apiVersion / kind / metadata.name DNS-1123, namespaced, even
indentation, PVC / ConfigMap / Namespace references defined, Deployment selector = template labels, 5-field cron).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import datetime, email, email.utils, html, json, os, re, sys
from collections import Counter
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
    if num(f) == 662:
        data = open(path, "rb").read()
        if not data.startswith(b"\xff\xfe"): raise UnicodeDecodeError("utf-16-le", data[:2], 0, 2, "no UTF-16 LE BOM")
        return data[2:].decode("utf-16-le")
    return open(path, encoding="utf-8", newline="").read()


def strings_of(v, out):
    if isinstance(v, str): out.append(v)
    elif isinstance(v, list): [strings_of(x, out) for x in v]
    elif isinstance(v, dict): [strings_of(x, out) for x in list(v.keys()) + list(v.values())]
    return out


def strip_tags(s):
    return re.sub(r"<[^>]+>", "", s)


def mime_parts(path):
    import email
    from email import policy
    m = email.message_from_bytes(open(path, "rb").read(), policy=policy.default)
    return m, [(p.get_content_type(), p.get_content()) for p in m.walk() if not p.is_multipart()]


def excel_rows(raw):
    """Excel Unicode Text: rows end CRLF, cells split by TAB, a quoted cell may hold TAB / LF / doubled quotes"""
    rows, row, cell, i, n = [], [], "", 0, len(raw)
    while i < n:
        if raw[i] == '"' and cell == "":
            j, buf = i + 1, ""
            while True:
                if j >= n: raise ValueError("unterminated quoted cell")
                if raw[j] == '"':
                    if raw[j + 1:j + 2] == '"': buf += '"'; j += 2; continue
                    j += 1; break
                buf += raw[j]; j += 1
            if raw[j:j + 1] not in ("\t", "\r"): raise ValueError(f"text after a closing quote at {j}")
            cell, i = buf, j; continue
        if raw[i] == "\t": row.append(cell); cell = ""; i += 1; continue
        if raw.startswith("\r\n", i): row.append(cell); rows.append(row); row, cell = [], ""; i += 2; continue
        if raw[i] in "\r\n": raise ValueError(f"bare line break at {i}")
        if raw[i] == '"': raise ValueError(f"quote inside an unquoted cell at {i}")
        cell += raw[i]; i += 1
    if row or cell: raise ValueError("last row without CRLF")
    return rows


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n in (657, 663):
        strs = strings_of(json.loads(raw), [])
        forms.append("\n".join(strs))
        if n == 663: forms.append("\n".join(html.unescape(strip_tags(s)) for s in strs))
    if n == 665:
        m = re.search(r"window\.INIT_DATA=(\{.*?\});</script>", raw)
        if m: forms.append("\n".join(strings_of(json.loads(m.group(1)), [])))
    if n == 658:
        forms.append(raw.replace("\\|", "|").replace("\\_", "_"))
    if n == 659:
        _, parts = mime_parts(path)
        for ct, body in parts:
            forms.append(body)
            if ct == "text/html": forms.append(html.unescape(strip_tags(body.replace("<br>", "\n"))))
    if n == 662:
        forms.append("\n".join("\t".join(r) for r in excel_rows(raw)))
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
def balanced(f, s, tags, where=""):
    for tag in tags:
        o, c = len(re.findall(rf"<{tag}[ >/]", s)), s.count(f"</{tag}>")
        if o != c: errors.append(f"{f}: <{tag}> unbalanced{where} ({o} open, {c} closed)")


YT_ISSUE = ["idReadable", "summary", "description", "created", "updated", "resolved", "reporter", "tags", "customFields", "comments", "$type"]
YT_RESOLVED = {"Прочитано", "Отменено"}
def check_youtrack(f, raw):
    lf_final(f, raw, final=False)
    d = json.loads(raw)
    if json.dumps(d, ensure_ascii=False, separators=(",", ":")) != raw: errors.append(f"{f}: not YouTrack's compact JSON")
    def types(v, path):
        if isinstance(v, dict):
            if not v or list(v)[-1] != "$type": errors.append(f"{f}: entity without a final $type at {path}")
            for k, x in v.items(): types(x, path + "." + k)
        elif isinstance(v, list):
            for i, x in enumerate(v): types(x, f"{path}[{i}]")
    types(d, "")
    seen, prefixes = set(), set()
    for it in d:
        if list(it) != YT_ISSUE: errors.append(f"{f}: issue fields {list(it)} (requested order wanted)")
        m = re.fullmatch(r"([A-Z]+)-(\d+)", it.get("idReadable", ""))
        if not m: errors.append(f"{f}: idReadable {it.get('idReadable')!r}"); continue
        prefixes.add(m.group(1))
        if it["idReadable"] in seen: errors.append(f"{f}: duplicate {it['idReadable']}")
        seen.add(it["idReadable"])
        if it["$type"] != "Issue": errors.append(f"{f}: {it['idReadable']} $type")
        if not (isinstance(it["created"], int) and it["updated"] >= it["created"]): errors.append(f"{f}: {it['idReadable']} updated before created")
        state = next((c["value"]["name"] for c in it["customFields"] if c["name"] == "State" and c["value"]), None)
        if (it["resolved"] is not None) != (state in YT_RESOLVED): errors.append(f"{f}: {it['idReadable']} resolved={it['resolved']} with State {state}")
        if it["resolved"] is not None and not it["created"] <= it["resolved"] <= it["updated"]: errors.append(f"{f}: {it['idReadable']} resolved outside created..updated")
        names = [c["name"] for c in it["customFields"]]
        if len(names) != len(set(names)): errors.append(f"{f}: {it['idReadable']} repeated custom field")
        last = it["created"]
        for c in it["comments"]:
            if c["created"] < last: errors.append(f"{f}: {it['idReadable']} comment out of order")
            last = c["created"]
    if len(prefixes) > 1: errors.append(f"{f}: issues from several projects {prefixes}")


GB_BLOCKS = {"hint": "endhint", "tabs": "endtabs", "tab": "endtab", "code": "endcode", "embed": "endembed", "content-ref": "endcontent-ref"}
def check_gitbook(f, raw):
    lf_final(f, raw)
    m = re.match(r"---\n(.*?)\n---\n\n# ", raw, re.S)
    if not m: errors.append(f"{f}: no front matter followed by the page title")
    elif not re.search(r"^description: ", m.group(1), re.M) or "layout:" not in m.group(1): errors.append(f"{f}: front matter without description / layout")
    if len(re.findall(r"^# ", raw, re.M)) != 1: errors.append(f"{f}: not one '# ' title")
    stack, fence = [], False
    for i, l in enumerate(raw.split("\n"), 1):
        if l.startswith("```"): fence = not fence; continue
        if fence: continue
        for t in re.findall(r"\{% ([\w-]+)", l):
            if t in GB_BLOCKS: stack.append((t, i))
            elif t.startswith("end"):
                if not stack or GB_BLOCKS[stack[-1][0]] != t: errors.append(f"{f}: {{% {t} %}} without its opener at line {i}")
                else: stack.pop()
            else: errors.append(f"{f}: unknown GitBook block {t!r} at line {i}")
        for s in re.findall(r'\{% hint style="([^"]*)" %\}', l):
            if s not in ("info", "warning", "danger", "success"): errors.append(f"{f}: hint style {s!r}")
    if fence: errors.append(f"{f}: code fence not closed")
    if stack: errors.append(f"{f}: GitBook blocks not closed: {stack}")
    cols = None
    for i, l in enumerate(raw.split("\n"), 1):
        if l.startswith("|"):
            n = len(re.findall(r"(?<!\\)\|", l))
            if cols is None: cols = n
            elif n != cols: errors.append(f"{f}: table row at line {i} has {n - 1} cells, not {cols - 1}")
        else:
            cols = None
    balanced(f, raw, ("figure", "figcaption", "details", "summary", "mark", "p"))


def check_zimbra(f, raw, path):
    data = open(path, "rb").read()
    if re.search(rb"(?<!\r)\n", data): errors.append(f"{f}: bare LF (the saved message is CRLF)")
    try:
        data.decode("ascii")
    except UnicodeDecodeError:
        errors.append(f"{f}: 8-bit bytes in a quoted-printable message")
    head = data.split(b"\r\n\r\n", 1)[0].decode("ascii", "replace")
    for k in ("Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "Content-Type", "X-Mailer", "Thread-Topic", "Thread-Index"):
        if not re.search(rf"^{k}: ", head, re.M): errors.append(f"{f}: no {k} header")
    m, parts = mime_parts(path)
    if "Zimbra" not in str(m["X-Mailer"]) or "ZimbraWebClient" not in str(m["X-Mailer"]): errors.append(f"{f}: X-Mailer not Zimbra's web client")
    mid = re.fullmatch(r"<\d+\.\d+\.(\d{13})\.JavaMail\.zimbra@[\w.-]+>", str(m["Message-ID"]))
    try:
        dt = email.utils.parsedate_to_datetime(str(m["Date"]))
    except Exception:
        dt = None
    if not mid or not dt or int(mid.group(1)) // 1000 != int(dt.timestamp()): errors.append(f"{f}: Zimbra Message-ID time != Date")
    if str(m["Subject"]).replace("Fwd: ", "", 1) != str(m["Thread-Topic"]): errors.append(f"{f}: Thread-Topic != Subject")
    b = m.get_boundary()
    if not b or data.count(f"\r\n--{b}\r\n".encode()) != 2 or not data.endswith(f"\r\n--{b}--\r\n".encode()): errors.append(f"{f}: multipart boundaries")
    if [ct for ct, _ in parts] != ["text/plain", "text/html"]: errors.append(f"{f}: parts {[ct for ct, _ in parts]} (alternative plain + html)")
    body = data.split(b"\r\n\r\n", 1)[1]
    for l in body.split(b"\r\n"):
        if len(l) > 76: errors.append(f"{f}: quoted-printable line longer than 76"); break
    if "=?utf-8?B?" not in head: errors.append(f"{f}: no RFC 2047 encoded names")
    for ct, text in parts:
        if ct == "text/html":
            if 'id="zwchr"' not in text or 'data-marker="__HEADERS__"' not in text or 'data-marker="__QUOTED_TEXT__"' not in text: errors.append(f"{f}: html part without Zimbra's forward markers")
            balanced(f, text, ("div", "b", "a", "html", "body"), " in the html part")
        if ct == "text/plain":
            ids = re.findall(r"^arXiv:(\d{4}\.\d{4,5})$", text, re.M)
            tails = re.findall(r"^\\\\ \( https://arxiv\.org/abs/(\d{4}\.\d{4,5}) ,  (\d+kb)\)$", text, re.M)
            if ids != [t[0] for t in tails]: errors.append(f"{f}: listing entries' arXiv lines and link lines differ")
            for i, size in tails:
                if not re.search(rf"^arXiv:{re.escape(i)}\n(?:replaced with revised version|Date:) .*\({size}\)$", text, re.M): errors.append(f"{f}: entry {i} size line")
            if "----- " not in text: errors.append(f"{f}: no forward header")


def check_word_txt(f, raw):
    if not raw.startswith("\ufeff"): errors.append(f"{f}: no UTF-8 BOM (Word's Unicode (UTF-8) plain text)")
    if re.search(r"(?<!\r)\n|\r(?!\n)", raw): errors.append(f"{f}: line ends not CRLF")
    if not raw.endswith("\r\n"): errors.append(f"{f}: no final CRLF")
    ls = raw.lstrip("\ufeff").split("\r\n")
    if "Piśmiennictwo" not in ls: errors.append(f"{f}: no reference heading"); return
    refs = ls[ls.index("Piśmiennictwo") + 1:]
    k = 0
    for l in refs:
        mm = re.match(r"(\d+)\.\t(.*)", l)
        if not mm: break
        k += 1
        if int(mm.group(1)) != k: errors.append(f"{f}: reference {mm.group(1)} out of sequence")
        au_ = mm.group(2).split(". ", 1)[0]
        names = au_.split(", ")
        if names[-1] == "et al":
            if len(names) != 4: errors.append(f"{f}: reference {k}: 'et al' not after three authors")
            names = names[:-1]
        for nm in names:
            if not re.fullmatch(r"[\w'-]+(?: [\w'-]+)* [A-Z]{1,3}", nm) and not nm.startswith(("Narodowy",)): errors.append(f"{f}: reference {k}: author {nm!r} not 'Surname XY'")
    if k < 8: errors.append(f"{f}: {k} numbered references")
    tab = [l for l in ls if l.count("\t") and not re.match(r"\d+\.\t", l)]
    if tab and len({l.count("\t") for l in tab}) != 1: errors.append(f"{f}: table rows with different cell counts")
    for i, l in enumerate(ls):
        if l.startswith(" "): errors.append(f"{f}: wrapped line {i + 1} (Word's export keeps paragraphs on one line)"); break


def check_citavi(f, raw):
    if not raw.startswith("% This file was created with Citavi "): errors.append(f"{f}: no Citavi header line")
    if re.search(r"(?<!\r)\n", raw): errors.append(f"{f}: bare LF (Citavi writes CRLF)")
    if not raw.endswith("}\r\n"): errors.append(f"{f}: not ended by the last entry's brace and CRLF")
    body = raw.split("\r\n\r\n", 1)[1] if "\r\n\r\n" in raw else ""
    seen = set()
    for ent in body.rstrip("\r\n").split("\r\n\r\n"):
        ls = ent.split("\r\n")
        m = re.fullmatch(r"@(\w+)\{([^,\s]+),", ls[0])
        if not m or ls[-1] != "}": errors.append(f"{f}: entry not '@type{{key,' ... '}}': {ls[0][:40]!r}"); continue
        key = m.group(2)
        if key in seen: errors.append(f"{f}: duplicate key {key}")
        seen.add(key)
        fields = []
        for j, l in enumerate(ls[1:-1]):
            fm = re.fullmatch(r" ([a-z]+) = \{(.*)\}(,?)", l)
            if not fm: errors.append(f"{f}: {key}: field line {l[:40]!r}"); continue
            fields.append(fm.group(1))
            if (fm.group(3) == ",") != (j < len(ls) - 3): errors.append(f"{f}: {key}: comma after field {fm.group(1)}")
            v = fm.group(2); dep = 0
            for ch in v:
                dep += (ch == "{") - (ch == "}")
                if dep < 0: break
            if dep: errors.append(f"{f}: {key}: braces unbalanced in {fm.group(1)}")
        if fields[:3] != ["author", "year", "title"]: errors.append(f"{f}: {key}: fields start {fields[:3]} (Citavi: author, year, title)")
        if len(fields) != len(set(fields)): errors.append(f"{f}: {key}: repeated field")
        av = dict((re.match(r" ([a-z]+) = \{(.*)\}", l).group(1), re.match(r" ([a-z]+) = \{(.*)\}", l).group(2)) for l in ls[1:-1] if re.match(r" ([a-z]+) = \{(.*)\}", l))
        sur = re.sub(r"[^\w]", "", av.get("author", "").split(",")[0].split(" and ")[0])
        if not re.fullmatch(re.escape(sur) + r"\." + re.escape(av.get("year", "?")) + r"[a-z]?", key): errors.append(f"{f}: key {key} is not Surname.Year of {sur} {av.get('year')}")


def check_excel_text(f, raw):
    try:
        rows = excel_rows(raw)
    except ValueError as ex:
        errors.append(f"{f}: Unicode Text structure: {ex}"); return
    w = {len(r) for r in rows}
    if len(w) != 1: errors.append(f"{f}: rows of different widths {sorted(w)} (Excel writes the used range)")
    for r in rows:
        for c in r:
            for d in re.findall(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])", c):
                dd, mm, yy = map(int, d)
                try:
                    datetime.date(yy - 543, mm, dd)
                except ValueError:
                    errors.append(f"{f}: date {'/'.join(d)} invalid")
                if not 2500 <= yy <= 2600: errors.append(f"{f}: date {'/'.join(d)} not in the Buddhist era")
    head = [r for r in rows if r and r[0] == "ลำดับ"]
    if len(head) != 1: errors.append(f"{f}: no header row")


def check_nodebb(f, raw):
    lf_final(f, raw, final=False)
    d = json.loads(raw)
    if json.dumps(d, ensure_ascii=False, separators=(",", ":")) != raw: errors.append(f"{f}: not res.json's compact output")
    if d.get("title") != html.escape(d.get("titleRaw", "")): errors.append(f"{f}: title is not titleRaw escaped")
    ps = d.get("posts", [])
    if d.get("postcount") != len(ps): errors.append(f"{f}: postcount {d.get('postcount')} != {len(ps)} posts")
    if not ps or d.get("mainPid") != ps[0]["pid"] or d.get("timestamp") != ps[0]["timestamp"] or d.get("lastposttime") != ps[-1]["timestamp"]: errors.append(f"{f}: topic mainPid / timestamp / lastposttime")
    if d.get("teaserPid") != (ps[-1]["pid"] if ps else None): errors.append(f"{f}: teaserPid")
    pids, last = set(), 0
    for i, p in enumerate(ps):
        if p["index"] != i: errors.append(f"{f}: post {p['pid']} index {p['index']} != {i}")
        if p["pid"] in pids: errors.append(f"{f}: duplicate pid {p['pid']}")
        pids.add(p["pid"])
        if p["tid"] != d["tid"]: errors.append(f"{f}: post {p['pid']} tid")
        if p["timestamp"] < last: errors.append(f"{f}: post {p['pid']} out of order")
        last = p["timestamp"]
        iso = datetime.datetime.fromtimestamp(p["timestamp"] / 1000, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + f"{p['timestamp'] % 1000:03d}Z"
        if p["timestampISO"] != iso: errors.append(f"{f}: post {p['pid']} timestampISO != timestamp")
        if p["edited"] and (p["edited"] <= p["timestamp"] or not p["editedISO"] or not p["editor"]): errors.append(f"{f}: post {p['pid']} edit fields")
        if not p["edited"] and (p["editedISO"] or p["editor"]): errors.append(f"{f}: post {p['pid']} editedISO / editor without an edit")
        if p["user"]["uid"] != p["uid"]: errors.append(f"{f}: post {p['pid']} user.uid")
        if p["topicOwnerPost"] != (p["uid"] == d["uid"]): errors.append(f"{f}: post {p['pid']} topicOwnerPost")
        c = p["content"]
        balanced(f, c, ("p", "a", "ul", "li", "blockquote", "code", "strong", "em"), f" in post {p['pid']}")
        if re.search(r"<p(?! dir=\"auto\")[ >]", c): errors.append(f"{f}: post {p['pid']} <p> without dir=\"auto\"")
        for a_ in re.findall(r"<a [^>]*>", c):
            if 'rel="nofollow ugc"' not in a_: errors.append(f"{f}: post {p['pid']} link without rel=\"nofollow ugc\"")
    for t in d.get("tags", []):
        if t["valueEscaped"] != html.escape(t["value"]): errors.append(f"{f}: tag {t['value']} valueEscaped")
    if not d.get("slug", "").startswith(f"{d.get('tid')}/"): errors.append(f"{f}: slug without the tid")


def check_brevo(f, raw):
    lf_final(f, raw)
    if not raw.startswith('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"'): errors.append(f"{f}: not the XHTML 1.0 Transitional doctype")
    if 'xmlns:v="urn:schemas-microsoft-com:vml"' not in raw: errors.append(f"{f}: no VML namespace")
    nomso = re.sub(r"<!--\[if [^\]]*\]>.*?<!\[endif\]-->", "", raw, flags=re.S)
    if raw.count("<!--[if ") != raw.count("<![endif]-->"): errors.append(f"{f}: MSO conditionals unpaired")
    balanced(f, nomso, ("table", "tbody", "tr", "td", "div", "a", "ul", "li", "span", "h1", "h2", "strong", "em", "style", "title"))
    lays = re.findall(r'name="Layout_(\d+)" id="Layout_(\d+)"', raw)
    if [int(a) for a, b in lays] != list(range(len(lays))) or any(a != b for a, b in lays): errors.append(f"{f}: Layout_N blocks not numbered 0..n with name = id")
    for img in re.findall(r"<img [^>]*>", raw):
        if ' alt="' not in img or not img.endswith("/>"): errors.append(f"{f}: img without alt / not self-closed (XHTML)")
    for tag in ("meta", "br"):
        for t in re.findall(rf"<{tag}\b[^>]*>", raw):
            if not t.endswith("/>"): errors.append(f"{f}: <{tag}> not self-closed (XHTML)")
    if re.search(r"&(?!(?:amp|lt|gt|quot|nbsp|mdash|ndash|middot|laquo|raquo|agrave|egrave|eacute|igrave|#\d+|#x[0-9a-fA-F]+);)", raw): errors.append(f"{f}: raw &")
    if re.search(r"\{\{|\}\}|\[DEFAULT_|\{\{ *contact\.", nomso.split("<style")[0] + nomso.split("</style>")[-1]): errors.append(f"{f}: unmerged placeholder")
    if "/mk/un/" not in raw: errors.append(f"{f}: no unsubscribe link")
    if "/mk/mr/" not in raw: errors.append(f"{f}: no mirror link")
    if 'class="preheader"' not in raw: errors.append(f"{f}: no preheader")


def check_ameblo(f, raw):
    lf_final(f, raw)
    if not raw.startswith('<!DOCTYPE html>\n<html lang="ja">'): errors.append(f"{f}: not an HTML5 page in Japanese")
    can = re.search(r'<link rel="canonical" href="https://ameblo\.jp/([\w-]+)/entry-(\d{11})\.html">', raw)
    m = re.search(r"window\.INIT_DATA=(\{.*?\});</script>", raw)
    if not can or not m: errors.append(f"{f}: no canonical entry url / INIT_DATA"); return
    try:
        init = json.loads(m.group(1))
    except ValueError:
        errors.append(f"{f}: INIT_DATA not JSON"); return
    eid = can.group(2)
    ent = init.get("entryState", {}).get("entryMap", {}).get(eid)
    if not ent or str(ent.get("entry_id")) != eid: errors.append(f"{f}: INIT_DATA entry != canonical entry {eid}")
    if f'data-unique-entry-id="{eid}"' not in raw or f'data-unique-ameba-id="{can.group(1)}"' not in raw: errors.append(f"{f}: article data-unique ids")
    t = re.search(r'data-uranus-component="entryTitle"><a [^>]*>([^<]*)</a>', raw)
    if not t or not ent or html.unescape(t.group(1)) != ent.get("entry_title"): errors.append(f"{f}: entry title != INIT_DATA entry_title")
    for c in ("entryTitle", "entryBody", "entryFoot", "blogHeader", "footer"):
        if f'data-uranus-component="{c}"' not in raw: errors.append(f"{f}: no {c} component")
    tm = re.search(r'<time datetime="([^"]+)" pubdate', raw)
    if not tm or not ent or tm.group(1) != ent.get("entry_created_datetime"): errors.append(f"{f}: pubdate != entry_created_datetime")
    body = raw.split("</script>")[-1]
    balanced(f, body, ("div", "p", "ul", "li", "a", "article", "section", "aside", "main", "nav", "footer", "h1", "h2", "h3", "button", "time", "b"))
    if re.search(r"&(?!(?:amp|lt|gt|quot|nbsp|#\d+);)", body): errors.append(f"{f}: raw &")


K8S_KINDS = {"Namespace", "ResourceQuota", "LimitRange", "PersistentVolumeClaim", "ConfigMap", "Secret", "Job", "CronJob", "Deployment", "Service", "StatefulSet", "DaemonSet", "Ingress", "ServiceAccount"}
def check_k8s(f, raw):
    lf_final(f, raw)
    if "\t" in raw: errors.append(f"{f}: tab characters (YAML indents with spaces)")
    docs = re.split(r"^---$\n", raw, flags=re.M)
    names, ns, refs = {}, set(), []
    for i, doc in enumerate(docs):
        ls = [l for l in doc.split("\n") if l.strip() and not l.lstrip().startswith("#")]
        top = [l for l in ls if not l.startswith(" ")]
        keys_ = [l.split(":")[0] for l in top]
        if keys_[:3] != ["apiVersion", "kind", "metadata"]: errors.append(f"{f}: document {i + 1} does not start apiVersion, kind, metadata"); continue
        kind = top[1].split(":", 1)[1].strip()
        if kind not in K8S_KINDS: errors.append(f"{f}: document {i + 1} kind {kind!r}")
        mname = re.search(r"^metadata:\n  name: (\S+)", doc, re.M)
        if not mname or not re.fullmatch(r"[a-z0-9]([-a-z0-9]*[a-z0-9])?", mname.group(1)): errors.append(f"{f}: document {i + 1} metadata.name"); continue
        names.setdefault(kind, set()).add(mname.group(1))
        mns = re.search(r"^  namespace: (\S+)", doc, re.M)
        if kind == "Namespace": ns.add(mname.group(1))
        elif mns: refs.append(("Namespace", mns.group(1)))
        else: errors.append(f"{f}: {kind} {mname.group(1)} without a namespace")
        for l in doc.split("\n"):
            ind = len(l) - len(l.lstrip(" "))
            if l.strip() and ind % 2: errors.append(f"{f}: odd indentation in {kind} {mname.group(1)}: {l!r}"); break
        refs += [("PersistentVolumeClaim", x) for x in re.findall(r"claimName: (\S+)", doc)]
        refs += [("ConfigMap", x) for x in re.findall(r"configMap(?:Ref)?:\n\s+name: (\S+)", doc)]
        if kind in ("Deployment", "StatefulSet"):
            sel = re.search(r"matchLabels:\n((?:\s+\w+: \S+\n)+)", doc)
            tl = re.search(r"template:\n\s+metadata:\n\s+labels:\n((?:\s+\w+: \S+\n)+)", doc)
            if not sel or not tl or sorted(x.strip() for x in sel.group(1).split("\n") if x.strip()) != sorted(x.strip() for x in tl.group(1).split("\n") if x.strip()): errors.append(f"{f}: {mname.group(1)} selector != template labels")
        if kind == "CronJob":
            s = re.search(r'schedule: "([^"]+)"', doc)
            if not s or len(s.group(1).split()) != 5: errors.append(f"{f}: CronJob schedule")
    names["Namespace"] = ns
    for k, n in refs:
        if n not in names.get(k, set()): errors.append(f"{f}: {k} {n!r} referenced but not defined")


def shape_checks(f, raw, path):
    n = num(f)
    if n == 659: return check_zimbra(f, raw, path)
    {657: check_youtrack, 658: check_gitbook, 660: check_word_txt, 661: check_citavi, 662: check_excel_text,
     663: check_nodebb, 664: check_brevo, 665: check_ameblo, 666: check_k8s}.get(
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
# round64's and round65's, a byte-identical file counted once), and the round64/round65 split (candidates sorted by
# (uses, catalogue title); round64 = odd positions from 3 on, one unbroken run)
used = Counter()
TD = "/work/main/tests/data"
P65 = "/work/main/tests/data/digests-round65/expected.json"
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
if os.path.exists(P65): own.add(open(P65, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round64", "digests-round65") or not os.path.exists(pth): continue
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
even = sorted(k for k in mine if pos.get(k, 0) % 2 == 0)
if even: errors.append(f"papers not at an odd position (round65 takes the even ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append(f"position 1 ({cands[0]['title']}) is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r65 = set()
if os.path.exists(P65):
    try:
        r65 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P65)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append("digests-round65/expected.json exists but could not be read (being written?)")
    if r65 & mine: errors.append(f"papers also in round65: {sorted(r65 & mine)}")
shared65 = len(r65 & mine) if os.path.exists(P65) else "(no digests-round65/expected.json yet)"

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
if multi: errors.append(f"papers in more than one round64 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: odd 3..{last} ({len(mine)} papers); "
      f"at even positions: {len(even)}; shared with round65: {shared65}; papers in more than one round64 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
