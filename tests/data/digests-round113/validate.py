#!/usr/bin/env python3
r"""Checks round113/expected.json against the digests and the shared catalogues.

Adapted from round111/validate.py (the label checks are the same code; the reuse report is round111's with round112 /
round113 in place of round110 / round111: round113 holds the odd positions from 3; the readers and shape checks are
new). The reuse report counts every /work/main/tests/data/*/expected.json except round112's and round113's own (a
digests-round112 / digests-round113 folder, or a file whose bytes equal round112's or round113's expected.json) — a
file whose bytes equal one already counted is counted once — and checks the split: round113 holds the odd positions
of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 3 up to its last
paper; it fails on a paper shared with round112's expected.json (read only, from /work/rounds/digests-round112/ or
/work/main/tests/data/digests-round112/, when it exists), and on a paper in more than one round113 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: 1147 fdbcli's `…' keys and values with \xNN
and \\ undone (UTF-8) and the JSON strings of the values; 1148 every JSON string (\uXXXX undone); 1151, 1152 the
XML's text and attribute values (entities and CDATA undone); 1156 every JSON string of every line; everything: HTML
entities undone once and twice, percent-escapes undone. Titles are matched after whitespace normalisation and
case-blind; a title found only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed):
1147 fdbcli session (LF, final newline; the `fdbcli -C` line and its greeting; `fdb> ` commands replayed against a
state: getrange / getrangekeys answer `Range limited to 25 keys` and sorted keys inside the range, equal to the state
once the range is known, and the first digest range holds as many entries as the push script says; set / clear before
`writemode on` answer fdbcli's ERROR line, after it `Committed (v)` with v increasing from the script's version; get
answers the state (`…': not found` after a clear); digest keys decode as tuples ('digest', week, n) and their values
as UTF-8 JSON {title, url, ref, by, note} without both url and ref; exit, then the shell prompt);
1148 Twist comments (no final newline; compact JSON with ASCII escapes; comment keys in order; obj_index = position;
ids increasing; one thread / channel / workspace; posted = posted_ts in UTC; creator id = creator_name's; mention
links `[Name](twist-mention://ID)` name a known user with that id; reactions by known users; recipients the four
users; no edits, none deleted);
1149 GNATS PR (LF, final newline; the mbox envelope From line and send-pr's headers; `>Field:` lines in GNATS' order,
one-line values at column 17, multi-line fields with their text below; enumerated fields valid; Subject = Synopsis;
dates `%a %b %d %H:%M:%S %z %Y` with the right weekday; the audit trail's state changes run from open in time
order and end at >State:; >Closed-Date: = the closing change; >Last-Modified: after the last change; follow-up
subjects `Re: category/number: synopsis`);
1150 groovysh session (LF, final newline; `groovysh` and its banner, the shell prompt last; prompts groovy:000>,
continuation numbered by buffer line while braces are open; every statement but comments and :exit has a `===> `
result; the JsonSlurper list parsed from Groovy's map toString, and size(), findAll, the loop's lines, countBy, the
Markdown and its byte length re-computed from it; :exit last);
1151 GTG task file (LF, final newline; GTG's header; tag ids UUID, names unique; task ids UUID unique; status
Active / Done / Dismissed; tag refs known; modified ≥ added, due ≥ start; <done> iff Done, inside start..modified;
@tags in the content = the task's tags; `{!id!}` links = its subtasks, each task the subtask of at most one);
1152 log4j2 XmlLayout (LF, final newline; the complete document's header and </Events>; <Event> attributes in
XmlLayout's order; timeMillis = <Instant>; times not decreasing; levels valid; a thread keeps its threadId;
ContextMap sorted; <Thrown> only at WARN and above; papers without a link at WARN; the issue's paper count = the
paper events);
1153 SPSS syntax (LF, final newline; `* Encoding: UTF-8.` first; commands at column 0 ended by '.', continuation
lines indented, comments `*` … '.'; known commands; BEGIN DATA … END DATA; DATA LIST's variables and formats: every
row has one field per variable, strings fit their A width in bytes, EDATE10 dates valid and increasing, F values fit;
sessions numbered 1..n; scores 1–5; later commands name only defined variables);
1154 xonsh session (LF, final newline; prompts `user@host cwd @ ` following cd; continuation lines of dots as wide as
the prompt; the JSON shown by cat is two-space JSON, and len, the list comprehension's repr, the loop's lines and wc
-l are re-computed from it and the notes; exit last);
1155 hCalendar page (LF, final newline; doctype, lang hi; tags from a small set and balanced; each vevent has summary,
dtstart, dtend with ISO titles at +05:30, end after start, the Hindi text = the weekday, day, month, year and time
of its title; ids = the date; events in date order; seminars numbered 1..n);
1156 Serilog CLEF (LF, final newline; each line compact JSON with raw UTF-8; @t, @mt first; @t seven fractional
digits, increasing; @l never Information; @x only at Warning and above; @i eight hex digits, one per template;
every placeholder a property; @r = the formatted placeholders' renderings; SourceContext and MachineName present).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import ast, base64, hashlib, html, json, os, re, sys, unicodedata
import datetime as dt
import xml.etree.ElementTree as ET
from collections import Counter
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


def html_balanced(f, where, s, allowed):
    stack = []
    for m in re.finditer(r"<(/?)([a-z][a-z0-9]*)([^>]*)>", s):
        close, tag, attrs = m.groups()
        if tag not in allowed: errors.append(f"{f}: {where}: tag <{tag}> not expected"); continue
        if tag in ("meta", "link", "br") or attrs.endswith("/"): continue
        if not close: stack.append(tag)
        elif not stack or stack.pop() != tag: errors.append(f"{f}: {where}: </{tag}> unbalanced"); return
        if tag == "a" and not close and not re.fullmatch(r'(?: class="[\w-]+")? href="(?:https?://|webcal://|mailto:|/)[^"\s]*"[^>]*', attrs):
            errors.append(f"{f}: {where}: <a{attrs}>")
    if stack: errors.append(f"{f}: {where}: {stack} not closed")


def keys_are(f, where, d, want):
    if not isinstance(d, dict) or list(d) != want:
        errors.append(f"{f}: {where}: keys {list(d) if isinstance(d, dict) else type(d).__name__} (want {want})")
        return False
    return True


UUIDRX = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")


# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def json_strings(v):
    if isinstance(v, str): return [v]
    if isinstance(v, list): return [s for i in v for s in json_strings(i)]
    if isinstance(v, dict): return [s for k, i in v.items() for s in [k] + json_strings(i)]
    return []


def fdb_unescape(s):
    """fdbcli's printable() undone: \\xNN and \\\\ to bytes"""
    out, i = bytearray(), 0
    while i < len(s):
        if s[i] == "\\" and s[i + 1:i + 2] == "x" and re.fullmatch(r"[0-9a-f]{2}", s[i + 2:i + 4] or ""):
            out.append(int(s[i + 2:i + 4], 16)); i += 4
        elif s[i] == "\\" and s[i + 1:i + 2] == "\\":
            out.append(92); i += 2
        else:
            out += s[i].encode(); i += 1
    return bytes(out)


def xml_text(raw):
    root = ET.fromstring(raw.encode())
    return "\n".join([t for el in root.iter() for t in [el.text or ""] + list(el.attrib.values())])


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 1147:
        for l in raw.split("\n"):
            for part in re.findall(r"`((?:[^'\\]|\\.)*)'", l):
                b = fdb_unescape(part)
                try: s = b.decode("utf-8")
                except UnicodeDecodeError: continue
                forms.append(s)
                if s.startswith("{"):
                    try: forms.append("\n".join(json_strings(json.loads(s))))
                    except ValueError: pass
    if n == 1148: forms.append("\n".join(json_strings(json.loads(raw))))
    if n == 1156: forms.append("\n".join(s for l in raw.splitlines() if l.strip() for s in json_strings(json.loads(l))))
    if n in (1151, 1152): forms.append(xml_text(raw))
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
# ---- 1147 fdbcli
FDB_ERR = "ERROR: writemode must be enabled to set or clear keys in the database."


def tuple_decode(b):
    out, i = [], 0
    while i < len(b):
        c = b[i]
        if c == 0x02:
            j, s = i + 1, bytearray()
            while True:
                if j >= len(b): raise ValueError("unterminated string")
                if b[j] == 0 and b[j + 1:j + 2] == b"\xff": s.append(0); j += 2; continue
                if b[j] == 0: break
                s.append(b[j]); j += 1
            out.append(s.decode()); i = j + 1
        elif c == 0x14: out.append(0); i += 1
        elif c == 0x15: out.append(b[i + 1]); i += 2
        else: raise ValueError(f"type code {c:#x}")
    return out


def fdb_token(s):
    s = s.strip()
    if s.startswith('"') and s.endswith('"'): s = s[1:-1]
    return fdb_unescape(s)


def check_fdbcli(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    try: i0 = next(i for i, l in enumerate(ls) if re.fullmatch(r"\S+@\S+\$ fdbcli -C \S+", l))
    except StopIteration: errors.append(f"{f}: no fdbcli command line"); return
    cf = ls[i0].split(" -C ")[1]
    want = [f"Using cluster file `{cf}'.", "", "The database is available.", "", "Welcome to the fdbcli. For help, type `help'."]
    if ls[i0 + 1:i0 + 6] != want: errors.append(f"{f}: fdbcli's greeting is not what it prints")
    pushed = re.search(r"已写入 (\d+) 条，事务版本 (\d+)", raw)
    cmds, cur = [], None
    for l in ls[i0 + 6:]:
        if l.startswith("fdb> "): cur = [l[5:], []]; cmds.append(cur)
        elif re.fullmatch(r"\S+@\S+\$ ?", l): cur = None; cmds.append(["<shell>", []])
        elif cur is None: errors.append(f"{f}: output outside a command: {l[:40]!r}")
        else: cur[1].append(l)
    if not cmds or cmds[-1][0] != "<shell>" or len(cmds) < 2 or cmds[-2][0] != "exit": errors.append(f"{f}: the session does not end with exit and the shell prompt")
    state, seen_ranges, wm = {}, [], False
    last_v = int(pushed.group(2)) if pushed else 0
    kv = re.compile(r"`((?:[^'\\]|\\.)*)' is `((?:[^'\\]|\\.)*)'")
    for c, out in cmds:
        w = f"command {c[:50]!r}"
        p = c.split(" ", 2)
        if p[0] in ("getrange", "getrangekeys"):
            b, e = fdb_token(p[1]), fdb_token(p[2])
            if out[:2] != ["", "Range limited to 25 keys"]: errors.append(f"{f}: {w}: no range header"); continue
            got = {}
            for l in out[2:]:
                m = kv.fullmatch(l) if p[0] == "getrange" else re.fullmatch(r"`((?:[^'\\]|\\.)*)'", l)
                if not m: errors.append(f"{f}: {w}: bad line {l[:50]!r}"); continue
                got[fdb_token(m.group(1))] = fdb_token(m.group(2)) if p[0] == "getrange" else None
            ks = list(got)
            if ks != sorted(ks) or len(ks) > 25 or any(not b <= k < e for k in ks): errors.append(f"{f}: {w}: keys not sorted / out of range / over the limit")
            known = [r for r in seen_ranges if r == (b, e)]
            inrange = {k: v for k, v in state.items() if b <= k < e}
            if known:
                if set(got) != set(inrange) or (p[0] == "getrange" and got != inrange): errors.append(f"{f}: {w}: not the database's state")
            else:
                if any(k not in got or got[k] != v for k, v in inrange.items()): errors.append(f"{f}: {w}: misses what the session wrote")
                state.update(got); seen_ranges.append((b, e))
                if pushed and b"digest" in b and len(got) != int(pushed.group(1)): errors.append(f"{f}: {w}: {len(got)} entries, the script wrote {pushed.group(1)}")
            for k, v in got.items():
                if b"digest" not in k: continue
                try:
                    t = tuple_decode(k)
                    if len(t) != 3 or t[0] != "digest" or not isinstance(t[2], int): raise ValueError(t)
                except (ValueError, IndexError, UnicodeDecodeError) as ex: errors.append(f"{f}: {w}: key not a tuple ('digest', week, n): {ex}")
                if v is not None:
                    try:
                        d = json.loads(v.decode())
                        if list(d) != ["title", "url", "ref", "by", "note"] or (d["url"] and d["ref"]): errors.append(f"{f}: {w}: value keys {list(d)} / both url and ref")
                    except (ValueError, UnicodeDecodeError): errors.append(f"{f}: {w}: value not UTF-8 JSON")
        elif p[0] in ("set", "clear"):
            if not wm:
                if out != [FDB_ERR]: errors.append(f"{f}: {w}: without writemode fdbcli refuses")
                continue
            m = re.fullmatch(r"Committed \((\d+)\)", out[0]) if len(out) == 1 else None
            if not m or int(m.group(1)) <= last_v: errors.append(f"{f}: {w}: no increasing Committed version"); continue
            last_v = int(m.group(1))
            if p[0] == "set":
                state[fdb_token(p[1])] = fdb_token(p[2]) if not p[2].startswith('"') else fdb_token(p[2])
            else:
                state.pop(fdb_token(p[1]), None)
        elif p[0] == "get":
            k = fdb_token(p[1])
            want = [f"`{p[1]}' is `" + "".join(chr(x) if 32 <= x < 127 and x != 92 else ("\\\\" if x == 92 else f"\\x{x:02x}") for x in state[k]) + "'"] if k in state else [f"`{p[1]}': not found"]
            if out != want: errors.append(f"{f}: {w}: get does not answer the state")
        elif c == "writemode on": wm = True
        elif c in ("exit", "<shell>", "status minimal"): pass
        else: errors.append(f"{f}: {w}: unknown command")


# ---- 1148 Twist
TW_KEYS = ["id", "thread_id", "channel_id", "workspace_id", "creator", "creator_name", "content", "posted", "posted_ts",
           "last_edited", "last_edited_ts", "obj_index", "attachments", "reactions", "recipients", "groups", "to_emails",
           "system_message", "deleted", "actions"]
TW_USERS = {"Lena Hoffmann": 482103, "Jonas Weber": 482117, "Miriam Schulz": 482190, "Tobias Krüger": 482231}


def check_twist(f, raw):
    lf_final(f, raw, final=False)
    v = json.loads(raw)
    if raw != json.dumps(v, separators=(",", ":")): errors.append(f"{f}: not compact ASCII-escaped JSON")
    ids = set(TW_USERS.values()); last = None
    for i, c in enumerate(v):
        w = f"comment {i}"
        if not keys_are(f, w, c, TW_KEYS): continue
        if c["obj_index"] != i: errors.append(f"{f}: {w}: obj_index {c['obj_index']}")
        if last and (c["id"] <= last["id"] or c["posted_ts"] < last["posted_ts"]): errors.append(f"{f}: {w}: id / posted_ts not increasing")
        if last and (c["thread_id"], c["channel_id"], c["workspace_id"]) != (last["thread_id"], last["channel_id"], last["workspace_id"]): errors.append(f"{f}: {w}: another thread")
        if dt.datetime.fromtimestamp(c["posted_ts"], dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S") != c["posted"]: errors.append(f"{f}: {w}: posted is not posted_ts")
        if TW_USERS.get(c["creator_name"]) != c["creator"]: errors.append(f"{f}: {w}: creator {c['creator']} is not {c['creator_name']}")
        for name, uid in re.findall(r"\[([^\]]+)\]\(twist-mention://(\d+)\)", c["content"]):
            if TW_USERS.get(name) != int(uid): errors.append(f"{f}: {w}: mention {name} -> {uid}")
        if "twist-mention://" in c["content"] and len(re.findall(r"twist-mention://", c["content"])) != len(re.findall(r"\[[^\]]+\]\(twist-mention://\d+\)", c["content"])): errors.append(f"{f}: {w}: a broken mention link")
        for e, us in c["reactions"].items():
            if not us or any(u not in ids for u in us): errors.append(f"{f}: {w}: reaction {e} by unknown users")
        if c["recipients"] != sorted(ids): errors.append(f"{f}: {w}: recipients")
        if (c["last_edited"] is None) != (c["last_edited_ts"] is None) or c["deleted"]: errors.append(f"{f}: {w}: edit / deleted fields")
        last = c


# ---- 1149 GNATS
GN_ORDER = ["Number", "Category", "Synopsis", "Confidential", "Severity", "Priority", "Responsible", "State", "Class",
            "Submitter-Id", "Arrival-Date", "Closed-Date", "Last-Modified", "Originator", "Release", "Organization",
            "Environment", "Description", "How-To-Repeat", "Fix", "Release-Note", "Audit-Trail", "Unformatted"]
GN_MULTI = set(GN_ORDER[GN_ORDER.index("Organization"):])
GN_ENUM = {"Confidential": {"yes", "no"}, "Severity": {"critical", "serious", "non-critical"},
           "Priority": {"high", "medium", "low"}, "State": {"open", "analyzed", "suspended", "feedback", "closed"},
           "Class": {"sw-bug", "doc-bug", "support", "change-request", "mistaken", "duplicate"}}


def gdate(s):
    t = dt.datetime.strptime(s, "%a %b %d %H:%M:%S %z %Y")
    if t.strftime("%a") != s[:3]: raise ValueError("weekday")
    return t


def check_gnats(f, raw):
    lf_final(f, raw)
    head, _, body = raw.partition("\n\n")
    h = head.split("\n")
    if not re.fullmatch(r"From \S+@\S+  \w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}", h[0]): errors.append(f"{f}: no envelope From line")
    hd = dict(l.split(": ", 1) for l in h[1:] if ": " in l)
    for k in ("Date", "From", "To", "Subject", "X-Send-Pr-Version"):
        if k not in hd: errors.append(f"{f}: header {k} missing")
    fields, order, cur = {}, [], None
    for l in body.split("\n"):
        m = re.match(r">([A-Z][\w-]*):(.*)$", l)
        if m:
            cur = m.group(1); order.append(cur)
            if cur in GN_MULTI:
                if m.group(2): errors.append(f"{f}: >{cur}: text on the field line")
                fields[cur] = []
            else:
                if len(">" + cur + ":") < 16 and not m.group(2).startswith(" " * (16 - len(">" + cur + ":"))) or (m.group(2) and len(">" + cur + ":" + m.group(2)) - len(m.group(2).lstrip()) != max(16, len(">" + cur + ":") + 1)):
                    errors.append(f"{f}: >{cur}: value not at column 17")
                fields[cur] = m.group(2).strip()
        elif cur in GN_MULTI: fields[cur].append(l)
        elif l: errors.append(f"{f}: text outside a field: {l[:40]!r}")
    if order != GN_ORDER: errors.append(f"{f}: fields {order} not in GNATS order")
    for k, vals in GN_ENUM.items():
        if fields.get(k) not in vals: errors.append(f"{f}: >{k}: {fields.get(k)!r}")
    if not str(fields.get("Number", "")).isdigit(): errors.append(f"{f}: >Number:")
    if hd.get("Subject") != fields.get("Synopsis"): errors.append(f"{f}: Subject is not the Synopsis")
    try: arr, lastmod = gdate(fields["Arrival-Date"]), gdate(fields["Last-Modified"])
    except (KeyError, ValueError) as ex: errors.append(f"{f}: bad date ({ex})"); return
    trail = "\n".join(fields.get("Audit-Trail", []))
    st, when, closed = "open", arr, None
    for m in re.finditer(r"State-Changed-From-To: (\w+)->(\w+)\nState-Changed-By: (\w+)\nState-Changed-When: (.+)\nState-Changed-Why:\n", trail):
        a, b, _, w = m.groups()
        if a != st: errors.append(f"{f}: state change {a}->{b} does not start from {st}")
        try: t = gdate(w)
        except ValueError: errors.append(f"{f}: bad State-Changed-When {w!r}"); continue
        if t < when: errors.append(f"{f}: state changes not in time order")
        st, when = b, t
        if b == "closed": closed = t
    if trail.count("State-Changed-From-To:") != len(re.findall(r"State-Changed-From-To: (\w+)->(\w+)\nState-Changed-By: (\w+)\nState-Changed-When: (.+)\nState-Changed-Why:\n", trail)): errors.append(f"{f}: an incomplete state change")
    if st != fields.get("State"): errors.append(f"{f}: >State: {fields.get('State')} but the audit trail ends at {st}")
    cd = fields.get("Closed-Date")
    if (closed is None) != (not cd) or (closed and gdate(cd) != closed): errors.append(f"{f}: >Closed-Date: is not the closing change's date")
    if lastmod < when: errors.append(f"{f}: >Last-Modified: before the last change")
    for m in re.finditer(r"^Subject: (.*)$", trail, re.M):
        if m.group(1) != f"Re: {fields['Category']}/{fields['Number']}: {fields['Synopsis']}": errors.append(f"{f}: follow-up subject {m.group(1)!r}")


# ---- 1150 groovysh
def groovy_list(s):
    return re.findall(r"\[data:(.*?), quem:(.*?), titulo:(.*?), link:(.*?), ref:(.*?), obs:(.*?)\](?=, \[data:|\]$)", s)


def check_groovysh(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if not (re.fullmatch(r"\S+@\S+\$ groovysh", ls[0]) and re.fullmatch(r"Groovy Shell \(\d+\.\d+\.\d+, JVM: [\d.]+\)", ls[1])
            and ls[2] == "Type ':help' or ':h' for help." and ls[3] == "-" * 79): errors.append(f"{f}: groovysh's banner is not what it prints")
    if not re.fullmatch(r"\S+@\S+\$ ?", ls[-1]): errors.append(f"{f}: no shell prompt after the session")
    stmts, buf, depth, expect = [], [], 0, 0
    for l in ls[4:-1]:
        m = re.match(r"groovy:(\d{3})> (.*)$", l)
        if m:
            if int(m.group(1)) != expect: errors.append(f"{f}: prompt {m.group(1)} (want {expect:03d})")
            buf.append(m.group(2))
            depth += m.group(2).count("{") - m.group(2).count("}")
            if depth > 0: expect = len(buf)
            else: stmts.append(["\n".join(buf), []]); buf, depth, expect = [], 0, 0
        elif stmts: stmts[-1][1].append(l)
        else: errors.append(f"{f}: output before a statement")
    if not stmts or stmts[-1][0] != ":exit": errors.append(f"{f}: the session does not end with :exit")
    items, md = None, None
    for st, out in stmts:
        w = f"statement {st[:40]!r}"
        if st.startswith("//") or st == ":exit":
            if out: errors.append(f"{f}: {w}: output after a comment / :exit")
            continue
        res = [i for i, l in enumerate(out) if l.startswith("===> ")]
        if not res: errors.append(f"{f}: {w}: no ===> result"); continue
        r = "\n".join([out[res[-1]][5:]] + out[res[-1] + 1:])
        if st.startswith("def leituras"):
            items = groovy_list(r)
            if not items or len(items) != r.count("[data:"): errors.append(f"{f}: {w}: the list is not Groovy's toString of maps")
        elif items is None: continue
        elif st == "leituras.size()":
            if r != str(len(items)): errors.append(f"{f}: {w}: size {r} != {len(items)}")
        elif "findAll" in st:
            if r != "[" + ", ".join(x[2] for x in items if x[3] == "null" and x[4] == "null") + "]": errors.append(f"{f}: {w}: not the rows without link and ref")
        elif st.startswith("for ("):
            if out[:-1] != [f"{x[0]}  {x[1].ljust(8)}{x[2]}" for x in items] or r != "null": errors.append(f"{f}: {w}: the loop's lines are not the list's")
        elif "countBy" in st:
            cnt = {}
            for x in items: cnt[x[1]] = cnt.get(x[1], 0) + 1
            if r != "[" + ", ".join(f"{k}:{v}" for k, v in cnt.items()) + "]": errors.append(f"{f}: {w}: countBy")
        elif st.startswith("def md"):
            md = r.rstrip("\n") + "\n"
            lines = [f"- {x[0]} **{x[1]}**: {x[2]}" + (f" — {x[3]}" if x[3] != "null" else (f" ({x[4]})" if x[4] != "null" else "")) for x in items]
            if md.split("\n")[2:2 + len(items)] != lines: errors.append(f"{f}: {w}: the Markdown is not the list's")
        elif ".length()" in st:
            if md is None or r != str(len(md.encode())): errors.append(f"{f}: {w}: length {r} is not the Markdown's bytes")
        elif ".write(" in st or st.startswith("import "):
            pass


# ---- 1151 GTG
def check_gtg(f, raw):
    lf_final(f, raw)
    if not raw.startswith("<?xml version='1.0' encoding='UTF-8'?>\n<gtgData appVersion=\"0.6\" xmlVersion=\"2\">\n"): errors.append(f"{f}: not GTG's header")
    for l in raw.split("\n")[1:-1]:
        if (len(l) - len(l.lstrip(" "))) % 2 and not l.startswith(("{!", "@", "http", "-")) and "<" in l[:len(l) - len(l.lstrip())+1]: errors.append(f"{f}: odd indentation {l[:40]!r}"); break
    root = ET.fromstring(raw.encode())
    tags = {t.get("id"): t.get("name") for t in root.find("taglist")}
    for tid, name in tags.items():
        if not UUIDRX.fullmatch(tid or ""): errors.append(f"{f}: tag id {tid}")
    if len(set(tags.values())) != len(tags): errors.append(f"{f}: tag names repeated")
    tasks = {t.get("id"): t for t in root.find("tasklist")}
    if len(tasks) != len(root.find("tasklist")): errors.append(f"{f}: task ids repeated")
    subs_seen = []
    for tid, t in tasks.items():
        w = f"task {(t.findtext('title') or '')[:30]!r}"
        if not UUIDRX.fullmatch(tid or ""): errors.append(f"{f}: {w}: id")
        st = t.get("status")
        if st not in ("Active", "Done", "Dismissed"): errors.append(f"{f}: {w}: status {st}")
        tt = [x.text for x in t.find("tags")]
        if any(x not in tags for x in tt): errors.append(f"{f}: {w}: unknown tag id")
        d = t.find("dates")
        try:
            added, mod = dt.datetime.fromisoformat(d.findtext("added")), dt.datetime.fromisoformat(d.findtext("modified"))
            start, due = dt.date.fromisoformat(d.findtext("start")), dt.date.fromisoformat(d.findtext("due"))
        except (TypeError, ValueError): errors.append(f"{f}: {w}: dates"); continue
        if mod < added or due < start: errors.append(f"{f}: {w}: modified before added / due before start")
        done = d.findtext("done")
        if (st == "Done") != (done is not None): errors.append(f"{f}: {w}: status {st} with done {done}")
        if done and (dt.date.fromisoformat(done) < start or dt.datetime.fromisoformat(done) > mod): errors.append(f"{f}: {w}: done date outside start..modified")
        content = t.findtext("content") or ""
        at = set(re.findall(r"(?<!\S)@(\S+)", content))
        if at != {tags.get(x) for x in tt}: errors.append(f"{f}: {w}: @tags in the content {sorted(at)} are not its tags")
        subs = [s.text for s in t.find("subtasks")]
        if any(s not in tasks or s == tid for s in subs): errors.append(f"{f}: {w}: unknown subtask")
        if re.findall(r"\{!([0-9a-f-]+)!\}", content) != subs: errors.append(f"{f}: {w}: subtask links in the content are not its subtasks")
        subs_seen += subs
    if len(subs_seen) != len(set(subs_seen)): errors.append(f"{f}: a task is the subtask of two tasks")


# ---- 1152 log4j2 XmlLayout
L4_NS = "{http://logging.apache.org/log4j/2.0/events}"
L4_ATTR = ["xmlns", "timeMillis", "thread", "level", "loggerName", "endOfBatch", "loggerFqcn", "threadId", "threadPriority"]


def check_log4j(f, raw):
    lf_final(f, raw)
    if not raw.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<Events xmlns="http://logging.apache.org/log4j/2.0/events">\n\n') or not raw.endswith("\n</Events>\n"): errors.append(f"{f}: not XmlLayout's complete document")
    for l in raw.split("\n"):
        if l.startswith("<Event "):
            got = re.findall(r' (\w+)="', l)
            if got != L4_ATTR: errors.append(f"{f}: <Event> attributes {got}")
    root = ET.fromstring(raw.encode())
    last, threads, papers, told = 0, {}, 0, None
    for i, e in enumerate(root):
        w = f"event {i}"
        a = e.attrib
        ms = int(a["timeMillis"]); ins = e.find(L4_NS + "Instant")
        if ins is None or int(ins.get("epochSecond")) * 1000 + int(ins.get("nanoOfSecond")) // 1000000 != ms or int(ins.get("nanoOfSecond")) % 1000000: errors.append(f"{f}: {w}: Instant is not timeMillis")
        if ms < last: errors.append(f"{f}: {w}: time goes back")
        last = ms
        if a["level"] not in ("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL"): errors.append(f"{f}: {w}: level {a['level']}")
        if threads.setdefault(a["thread"], a["threadId"]) != a["threadId"]: errors.append(f"{f}: {w}: thread {a['thread']} with another threadId")
        cm = e.find(L4_NS + "ContextMap")
        if cm is not None:
            ks = [x.get("key") for x in cm]
            if ks != sorted(ks): errors.append(f"{f}: {w}: ContextMap not sorted")
        if e.find(L4_NS + "Thrown") is not None and a["level"] not in ("WARN", "ERROR", "FATAL"): errors.append(f"{f}: {w}: Thrown at {a['level']}")
        msg = e.findtext(L4_NS + "Message") or ""
        if msg.startswith("Статья без ссылки") and a["level"] != "WARN": errors.append(f"{f}: {w}: a paper without a link not logged at WARN")
        if msg.startswith(("Добавлена статья", "Статья без ссылки")) or "оставляю текстом" in msg: papers += 1
        m = re.search(r"собран: (\d+) стат", msg)
        if m: told = int(m.group(1))
    if told != papers: errors.append(f"{f}: the issue says {told} papers, {papers} logged")


# ---- 1153 SPSS syntax
SPSS_CMDS = ["DATA LIST", "BEGIN DATA", "END DATA", "VARIABLE LABELS", "MISSING VALUES", "COMPUTE", "FORMATS",
             "VALUE LABELS", "EXECUTE", "FREQUENCIES", "DESCRIPTIVES", "SORT CASES", "LIST", "SAVE"]


def spss_fields(l):
    out, cur, q = [], "", False
    for ch in l:
        if ch == '"': q = not q; cur += ch
        elif ch == ";" and not q: out.append(cur); cur = ""
        else: cur += ch
    return out + [cur]


def check_spss(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if ls[0] != "* Encoding: UTF-8.": errors.append(f"{f}: no encoding comment first")
    cmds, cur, data, indata = [], None, [], False
    for i, l in enumerate(ls, 1):
        if indata:
            if l == "END DATA.": indata = False; cmds.append(("END DATA.", i))
            else: data.append(l)
            continue
        if cur is None:
            if not l.strip(): continue
            if l[0] == " ": errors.append(f"{f}: line {i}: a command starting indented"); continue
            cur = [l, i]
        else:
            if not l.strip() or l[0] != " " and not cur[0].startswith("*"): errors.append(f"{f}: line {i}: command from line {cur[1]} not ended by '.'"); cur = None; continue
            if cur[0].startswith("*") and not l.startswith("*"): errors.append(f"{f}: line {i}: comment continued without '*'")
            cur[0] += "\n" + l
        if cur[0].rstrip().endswith("."):
            cmds.append((cur[0], cur[1]))
            if cur[0] == "BEGIN DATA": pass
            cur = None
        elif cur[0] == "BEGIN DATA":
            cmds.append(("BEGIN DATA", cur[1])); cur = None; indata = True
    if cur: errors.append(f"{f}: the command from line {cur[1]} is not ended")
    if indata: errors.append(f"{f}: BEGIN DATA without END DATA")
    vars_, fmts = [], {}
    for c, i in cmds:
        if c.startswith("*"): continue
        if not any(c.upper().startswith(k) for k in SPSS_CMDS): errors.append(f"{f}: line {i}: unknown command {c[:20]!r}")
        if c.startswith("DATA LIST"):
            for n, fm in re.findall(r"(\w+) \(([A-Z]+\d+(?:\.\d+)?)\)", c):
                vars_.append(n); fmts[n] = fm
        m = re.match(r"COMPUTE (\w+) =", c)
        if m: vars_.append(m.group(1))
        for k in ("FREQUENCIES VARIABLES=", "DESCRIPTIVES VARIABLES=", "LIST VARIABLES=", "SORT CASES BY ", "MISSING VALUES ", "FORMATS ", "VALUE LABELS "):
            if c.startswith(k):
                for n in re.findall(r"[a-z_]+", re.sub(r"'[^']*'|\"[^\"]*\"|\(\w*\)", "", c[len(k):].split("/")[0])):
                    if n not in vars_: errors.append(f"{f}: line {i}: {k.strip()} names an unknown variable {n}")
        if c.startswith("VARIABLE LABELS"):
            for n in re.findall(r"(?:LABELS |/)(\w+) '", c):
                if n not in vars_: errors.append(f"{f}: line {i}: label for an unknown variable {n}")
    dl = [n for n in vars_ if n in fmts]
    last_d, prev = None, 0
    for j, row in enumerate(data, 1):
        fs = spss_fields(row)
        if len(fs) != len(dl): errors.append(f"{f}: data row {j}: {len(fs)} fields for {len(dl)} variables"); continue
        for n, v in zip(dl, fs):
            fm = fmts[n]
            if fm.startswith("A"):
                s = v[1:-1] if v.startswith('"') and v.endswith('"') else v
                if len(s.encode()) > int(fm[1:]): errors.append(f"{f}: data row {j}: {n} longer than {fm}")
            elif fm.startswith("EDATE"):
                try: d = dt.datetime.strptime(v, "%d.%m.%Y")
                except ValueError: errors.append(f"{f}: data row {j}: {n} {v!r} not EDATE"); continue
                if last_d and d <= last_d: errors.append(f"{f}: data row {j}: dates not increasing")
                last_d = d
            elif fm.startswith("F"):
                w_, _, dec = fm[1:].partition(".")
                if not re.fullmatch(r"\d+" + (r"\.\d{%s}" % dec if dec and dec != "0" else ""), v) or len(v) > int(w_): errors.append(f"{f}: data row {j}: {n} {v!r} does not fit {fm}")
        if fs[0] != str(prev + 1): errors.append(f"{f}: data row {j}: session {fs[0]} out of sequence")
        prev = int(fs[0]) if fs[0].isdigit() else prev
        try:
            if not 1 <= float(fs[-1]) <= 5: errors.append(f"{f}: data row {j}: score outside 1-5")
        except ValueError: pass


# ---- 1154 xonsh
XS = re.compile(r"(eleni@thess-ws (\S+) @ )(.*)$")


def check_xonsh(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    cmds, cwd = [], None
    for l in ls:
        m = XS.match(l)
        if m:
            if cwd is not None and m.group(2) != cwd: errors.append(f"{f}: prompt cwd {m.group(2)} (want {cwd})")
            cwd = m.group(2); cmds.append([m.group(3), [], len(m.group(1))])
            if m.group(3).startswith("cd "): cwd = m.group(3)[3:]
        elif cmds:
            if l.startswith(".") and cmds[-1][0].endswith(":") and not cmds[-1][1] or (cmds[-1][1] and cmds[-1][1][-1].startswith(".") and l.startswith(".")):
                if not l.startswith("." * cmds[-1][2]) or l[cmds[-1][2]:cmds[-1][2] + 1] == ".": errors.append(f"{f}: continuation prompt not as wide as the prompt")
            cmds[-1][1].append(l)
        else: errors.append(f"{f}: output before the first prompt")
    if not cmds or cmds[-1][0] != "exit": errors.append(f"{f}: the session does not end with exit")
    papers, notes_n = None, None
    for c, out, _ in cmds:
        w = f"command {c[:40]!r}"
        if c == "cat anagnoseis.json":
            try: papers = json.loads("\n".join(out))
            except ValueError: errors.append(f"{f}: {w}: not JSON"); continue
            if "\n".join(out) != json.dumps(papers, ensure_ascii=False, indent=2): errors.append(f"{f}: {w}: not the file's two-space JSON")
        elif c == "ls":
            if out != ["anagnoseis.json  simeioseis.md"]: errors.append(f"{f}: {w}: ls")
        elif papers is None: continue
        elif c == "len(papers)":
            if out != [str(len(papers))]: errors.append(f"{f}: {w}: len {out}")
        elif c.startswith("[p['title']"):
            if out != [repr([p["title"] for p in papers if not p["link"] and not p["ref"]])]: errors.append(f"{f}: {w}: not the papers without link or ref")
        elif c.startswith("for p in papers"):
            body = [l for l in out if not l.startswith(".")]
            if body != [f"{p['date']} {p['who']} - {p['title']}" for p in papers]: errors.append(f"{f}: {w}: the loop's lines are not the list's")
        elif c == "cat simeioseis.md": notes_n = len(out)
        elif c == "wc -l simeioseis.md":
            if out != [f"{notes_n} simeioseis.md"]: errors.append(f"{f}: {w}: wc -l says {out}, the file has {notes_n} lines")
        elif c in ("exit", "import json") or c.startswith(("papers = ", "cd ")):
            if out: errors.append(f"{f}: {w}: unexpected output")


# ---- 1155 hCalendar
HI_WD = ["सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"]
HI_MO = ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"]
HTML_TAGS = {"html", "head", "meta", "title", "link", "body", "header", "nav", "ul", "li", "a", "main", "h1", "h3", "p", "ol", "abbr", "span", "cite", "footer", "br"}


def hi_time(t):
    return f"{t.hour % 12 or 12}:{t.minute:02d} " + ("पूर्वाह्न" if t.hour < 12 else "अपराह्न")


def check_hcal(f, raw):
    lf_final(f, raw)
    if not raw.startswith("<!DOCTYPE html>\n<html lang=\"hi\">"): errors.append(f"{f}: no doctype / lang")
    html_balanced(f, "page", raw.split("\n", 1)[1], HTML_TAGS)
    evs = re.findall(r'<li class="vevent" id="([^"]+)">(.*?)</li>', raw, re.S)
    if not evs: errors.append(f"{f}: no vevent")
    last, n = None, 0
    for eid, body in evs:
        w = f"event {eid}"
        s = re.search(r'<abbr class="dtstart" title="([^"]+)">([^<]+)</abbr>', body)
        e = re.search(r'<abbr class="dtend" title="([^"]+)">([^<]+)</abbr>', body)
        if not (s and e and re.search(r'class="summary"', body)): errors.append(f"{f}: {w}: summary / dtstart / dtend missing"); continue
        try: ts, te = dt.datetime.fromisoformat(s.group(1)), dt.datetime.fromisoformat(e.group(1))
        except ValueError: errors.append(f"{f}: {w}: dates not ISO"); continue
        if ts.utcoffset() != dt.timedelta(hours=5, minutes=30) or te <= ts: errors.append(f"{f}: {w}: offset / end before start")
        if s.group(2) != f"{HI_WD[ts.weekday()]}, {ts.day} {HI_MO[ts.month - 1]} {ts.year}, {hi_time(ts)}": errors.append(f"{f}: {w}: the start text {s.group(2)!r} is not its date")
        if e.group(2) != hi_time(te): errors.append(f"{f}: {w}: the end text is not its time")
        if eid != "sem-" + ts.date().isoformat(): errors.append(f"{f}: {w}: id is not the date")
        if last and ts <= last: errors.append(f"{f}: {w}: not in date order")
        last = ts
        m = re.search(r'class="summary">सेमिनार (\d+):', body)
        if m:
            n += 1
            if int(m.group(1)) != n: errors.append(f"{f}: {w}: seminar number {m.group(1)} (want {n})")


# ---- 1156 Serilog CLEF
CLEF_LEVELS = {"Verbose", "Debug", "Warning", "Error", "Fatal"}


def check_clef(f, raw):
    lf_final(f, raw)
    last, ids = None, {}
    for i, l in enumerate(raw.split("\n")[:-1], 1):
        w = f"line {i}"
        try: d = json.loads(l)
        except ValueError: errors.append(f"{f}: {w}: not JSON"); continue
        if l != json.dumps(d, ensure_ascii=False, separators=(",", ":")): errors.append(f"{f}: {w}: not compact JSON")
        if list(d)[:2] != ["@t", "@mt"]: errors.append(f"{f}: {w}: @t, @mt not first")
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z", d.get("@t", "")): errors.append(f"{f}: {w}: @t form"); continue
        if last and d["@t"] <= last: errors.append(f"{f}: {w}: @t not increasing")
        last = d["@t"]
        lv = d.get("@l")
        if lv is not None and lv not in CLEF_LEVELS: errors.append(f"{f}: {w}: @l {lv}")
        if "@x" in d and lv not in ("Warning", "Error", "Fatal"): errors.append(f"{f}: {w}: @x at {lv or 'Information'}")
        mt = d["@mt"]
        if not re.fullmatch(r"[0-9a-f]{8}", d.get("@i", "")): errors.append(f"{f}: {w}: @i")
        if ids.setdefault(mt, d.get("@i")) != d.get("@i") or list(ids.values()).count(d.get("@i")) > 1: errors.append(f"{f}: {w}: @i is not one per template")
        ph = re.findall(r"\{(\w+)(?::([^}]+))?\}", mt)
        for n, _ in ph:
            if n not in d: errors.append(f"{f}: {w}: property {n} missing")
        fm = [(n, x) for n, x in ph if x]
        if fm:
            want = []
            for n, x in fm:
                dec = len(x.split(".")[1]) if "." in x else 0
                want.append(f"{d.get(n, 0):.{dec}f}")
            if d.get("@r") != want: errors.append(f"{f}: {w}: @r {d.get('@r')} != {want}")
        elif "@r" in d: errors.append(f"{f}: {w}: @r without a formatted placeholder")
        for k in ("SourceContext", "MachineName"):
            if k not in d: errors.append(f"{f}: {w}: {k} missing")


def shape_checks(f, raw, path):
    n = num(f)
    {1147: check_fdbcli, 1148: check_twist, 1149: check_gnats, 1150: check_groovysh, 1151: check_gtg,
     1152: check_log4j, 1153: check_spss, 1154: check_xonsh, 1155: check_hcal,
     1156: check_clef}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
            if not aid: pass
            elif aid not in raw:
                if aid in alltext: notes.append(f"{f}: id {aid} found only after decoding")
                else: errors.append(f"{f}: id {aid} not in digest")
            if aid and re.search(ID_URL + re.escape(aid), alltext): errors.append(f"{f}: arxiv-text {aid} also has a link")
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
# round112's and round113's, a byte-identical file counted once), and the round112/round113 split (candidates sorted by
# (uses, catalogue title); round113 = odd positions from 3 on, one unbroken run; round112 takes the even ones)
used = Counter()
TD = "/work/main/tests/data"
P112S = ["/work/rounds/digests-round112/expected.json", "/work/main/tests/data/digests-round112/expected.json"]
P112 = next((p for p in P112S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P112S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round112", "digests-round113") or not os.path.exists(pth): continue
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
even = sorted(k for k in mine if pos.get(k, 1) % 2 == 0)
if even: errors.append(f"papers not at an odd position (round113 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r112 = set()
if P112:
    try:
        r112 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P112)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P112} exists but could not be read (being written?)")
    if r112 & mine: errors.append(f"papers also in round112: {sorted(r112 & mine)}")
shared112 = len(r112 & mine) if P112 else "(no round112 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round113 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
neg = [f for f in files if f.split("_")[1] == "negative"]
if len(files) != 10 or neg != [files[-1]]: errors.append(f"want ten files, the negative last: {files}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: odd 3..{last} ({len(mine)} papers); "
      f"at even positions: {len(even)}; shared with round112: {shared112}; papers in more than one round113 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
