#!/usr/bin/env python3
r"""Checks round101/expected.json against the digests and the shared catalogues.

Adapted from round99/validate.py (the label checks are the same code; the reuse report is round99's with round100 /
round101 in place of round98 / round99: round101 holds the odd positions from 3; the readers and shape checks are
new). The reuse report counts every /work/main/tests/data/*/expected.json except round100's and round101's own (a
digests-round100 / digests-round101 folder, or a file whose bytes equal round100's or round101's expected.json) — a
file whose bytes equal one already counted is counted once — and checks the split: round101 holds the odd positions
of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 3 up to its last
paper; it fails on a paper shared with round100's expected.json (read only, from /work/rounds/digests-round100/ or
/work/main/tests/data/digests-round100/, when it exists), and on a paper in more than one round101 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: 1027, 1030, 1035, 1036 every JSON string;
1028 every SQL string literal ('' undone); 1029 every Haskell string literal (showLitString undone: \NNN, \&, \");
1032 every CSV field and every string of the `_raw` JSON; 1033 every string of every line's JSON; 1034 every string
of the output messages; everything: HTML entities undone once and twice, percent-escapes undone. Titles are matched
after whitespace normalisation and case-blind; a title found only that way (or only in a decoded form) is reported
as a `note:`.

Shape checks (lean, grammar-level):
1027 Vivaldi Notes (CRLF line ends only, a final CRLF; byte-equal to Chromium's pretty-printing JSONWriter of the
parsed value — keys sorted, three-space indents, `[ {` / `}, {` / `} ]`, `<` as \u003C —; the root folder's keys;
note / folder / trash nodes with their keys; ids unique; Chrome-epoch date_added strings in 2015–2025, a folder's
date_modified the latest of its own and its children's date_added; a note's subject = the first line of its content;
urls http(s); one trash folder, the root's last child; the checksum recomputed over the tree);
1028 isql session (the shell command and the `Database: …, User: …` line; `SQL> ` statements with `CON> `
continuations, each ending with `;`; SHOW TABLES / SHOW TABLE listings (names padded to 32); table-mode results as a
blank line, header, `=` rules, rows and a blank line, every cell as wide as its rule, numbers right-aligned, strings
left; list-mode records as `NAME` padded to 32 + value, `<null>`, text BLOBs after their blob id; `Records affected`
= the records shown; the error block with the unknown column found at the column it names; SET COUNT / LIST
effects; SELECT * columns = SHOW TABLE's; COUNT = the rows before the INSERT; the UPDATE's and INSERT's values in the
later listing; SESSIONS' PAPER_IDs among the papers; the shell prompt last);
1029 GHCi session (`cabal repl`, the build lines, the GHCi banner, `[i of n] Compiling` lines with padded module
names, `Ok, <n> modules loaded.`; `ghci> ` inputs from a known set; every shown value parsed — records, sources,
Maybe, lists, strings — and re-shown byte-equal by GHC's showLitString; one record per id everywhere; `length` = the
titles printed; `!! i` = the i-th title's record; `putStrLn (note …)` = the note decoded; `map url (filter
isOpenReview …)` = the forum URLs of the OpenReview records; `url (byId n)`; `byYear y` records of year y in list
order; NoLink filter; the error's `<interactive>:N:` = the input's number; the exception for an id past the list;
`:q`, `Leaving GHCi.` and the shell prompt last);
1030 NewsBlur starred stories (no final newline; byte-equal to Python's default json.dumps; top keys; story keys in
NewsBlur's order; story_hash = feed id + guid_hash = sha1(guid)[:6]; story_timestamp = story_date's epoch; parsed
dates = story_date in +09:00 in NewsBlur's short / long forms; starred_timestamp ↔ starred_date; newest starred first;
arXiv-feed stories titled `Title. (arXiv:ID vN [cat])` with the http abs permalink = guid; content HTML balanced;
read_status, starred, intelligence);
1031 HTMLy post (LF, final newline; the `<!--t … t-->`, `<!--d … d-->`, `<!--tag … tag-->` header then a blank line;
one `<!--more-->`; `~~~` fences closed; `{#id}` heading ids unique; tables with an alignment row and as many cells in
every row; footnote references ⇔ definitions; reference links ⇔ definitions; abbreviations used; ordered lists
numbered from 1 without gaps; link targets http(s));
1032 Splunk CSV (LF, final newline; the export header; every row re-quoted byte-equal — quoted unless letters and
digits only, quotes doubled —; `_raw` as pino's compact JSON, level/time/pid/hostname/module first and msg last;
`_time` = pino's time in +05:30 with ms; `_indextime` 0–5 s after; `_serial` 0..n−1; newest first; `_cd` offsets
falling in one bucket; `_bkt` / `_si` / index / host / splunk_server / sourcetype agreeing; linecount 1; bot events:
a detected link in its message's text, fetched / saved papers after a link or an `/add` of the same message, paper
ids counting up, a noted title in its message, a command's arg = the text after the command, the digest = the saved
ids);
1033 WeCom archive (LF, final newline; every line the SDK's compact JSON, re-emitted byte-equal; keys in order;
msgtypes text / link / file / image / revoke with their fields in order; msgid `<19 digits>_<msgtime in s>` unique;
msgtime rising; one roomid; tolist = the members but the sender; action `recall` only for revoke, whose pre_msgid is
the same sender's message less than 2 minutes before; URLs http(s); file extension = the name's, md5 sums 32 hex);
1034 CoCalc worksheet (LF, final newline; cells as U+FE20 id flags U+FE20, input, one U+FE21 output line of compact
JSON messages each closed by U+FE21, `{"done":true}` last and only last; ids unique UUIDv4; flags from `iox`; `%md`
cells with input hidden and an `md` message equal to the input without `%md`; the gradient-descent stdout recomputed
from the cell's start point and step; the papers cell's stdout = its tuples printed; plot file messages);
1035 Dooray posts (no final newline; byte-equal to compact JSON, UTF-8 raw; header; totalCount = posts; post keys in
order; taskNumber = project code/number; closed ⇔ workflowClass closed; one workflow per class; dueDateFlag ⇔ dueDate;
+09:00 times, createdAt ≤ updatedAt; newest created first; ids and numbers unique; parent = a listed post's id,
number and subject; priority from Dooray's set; assignees with workflows; one project and milestone; Markdown body);
1036 Sublime session (LF, final newline; byte-equal to Sublime's session layout of the parsed value — tabs, sorted
keys, containers on the line after their key, floats with `.0` —; the top-level keys; buffers with contents have
buffer_size = their length, file buffers an absolute path and no contents; sheets pointing at buffers with the same
size, selections inside them, distinct stack indexes; line endings from Sublime's set; layout cells inside the grid).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import base64, csv, hashlib, html, io, json, os, re, sys
import datetime as dt
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


# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def json_strings(v):
    if isinstance(v, str): return [v]
    if isinstance(v, list): return [s for i in v for s in json_strings(i)]
    if isinstance(v, dict): return [s for k, i in v.items() for s in [k] + json_strings(i)]
    return []


def sql_strings(raw):
    return [m.group(1).replace("''", "'") for m in re.finditer(r"'((?:[^'\n]|'')*)'", raw)]


HS_ASCII = ["NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "a", "b", "t", "n", "v", "f", "r", "SO", "SI", "DLE", "DC1",
            "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US"]
HS_STR = re.compile(r'"((?:[^"\\\n]|\\.)*)"')


def hs_unescape(s):
    out, i = [], 0
    names = sorted(((n, c) for c, n in enumerate(HS_ASCII)), key=lambda x: -len(x[0])) + [("DEL", 127)]
    while i < len(s):
        c = s[i]
        if c != "\\": out.append(c); i += 1; continue
        i += 1
        m = re.match(r"\d+", s[i:])
        if m: out.append(chr(int(m.group()))); i += len(m.group()); continue
        if s[i] == "&": i += 1; continue
        if s[i] in '\\"\'': out.append(s[i]); i += 1; continue
        for n, code in names:
            if s.startswith(n, i): out.append(chr(code)); i += len(n); break
        else: raise ValueError(f"bad escape \\{s[i:i + 3]}")
    return "".join(out)


def hs_show(s):
    """GHC's showLitString inside double quotes"""
    out = []
    for i, c in enumerate(s):
        nxt = s[i + 1] if i + 1 < len(s) else ""
        o = ord(c)
        if o > 127: out.append("\\" + str(o) + ("\\&" if nxt.isdigit() and nxt.isascii() else ""))
        elif o == 127: out.append("\\DEL")
        elif c == "\\": out.append("\\\\")
        elif c == '"': out.append('\\"')
        elif o >= 32: out.append(c)
        elif HS_ASCII[o] == "SO": out.append("\\SO" + ("\\&" if nxt == "H" else ""))
        else: out.append("\\" + HS_ASCII[o])
    return '"' + "".join(out) + '"'


def haskell_strings(raw):
    out = []
    for m in HS_STR.finditer(raw):
        try: out.append(hs_unescape(m.group(1)))
        except (ValueError, IndexError): pass
    return out


def csv_rows(raw):
    return list(csv.reader(io.StringIO(raw, newline="")))


CELL, OUT = "\ufe20", "\ufe21"


def sagews_strings(raw):
    out = []
    for l in raw.split("\n"):
        if l.startswith(OUT):
            for part in l.split(OUT)[3:-1]:
                try: out += json_strings(json.loads(part))
                except ValueError: pass
    return out


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n in (1027, 1030, 1035, 1036): forms.append("\n".join(json_strings(json.loads(raw))))
    if n == 1028: forms.append("\n".join(sql_strings(raw)))
    if n == 1029: forms.append("\n".join(haskell_strings(raw)))
    if n == 1032:
        rows = csv_rows(raw)
        forms.append("\n".join(c for r in rows for c in r))
        forms.append("\n".join(s for r in rows[1:] if len(r) > 3 for s in json_strings(json.loads(r[3]))))
    if n == 1033: forms.append("\n".join(s for l in raw.splitlines() if l.strip() for s in json_strings(json.loads(l))))
    if n == 1034: forms.append("\n".join(sagews_strings(raw)))
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
def iso(s):
    try:
        return dt.datetime.fromisoformat(s.replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return None


def html_balanced(f, where, s, allowed):
    stack = []
    for m in re.finditer(r"<(/?)([a-z][a-z0-9]*)([^>]*)>", s):
        close, tag, attrs = m.groups()
        if tag not in allowed: errors.append(f"{f}: {where}: tag <{tag}> not expected"); continue
        if tag == "br" or attrs.endswith("/"): continue
        if not close: stack.append(tag)
        elif not stack or stack.pop() != tag: errors.append(f"{f}: {where}: </{tag}> unbalanced"); return
        if tag == "a" and not close and not re.fullmatch(r' href="(?:https?://|mailto:)[^"\s]+"', attrs):
            errors.append(f"{f}: {where}: <a{attrs}>")
    if stack: errors.append(f"{f}: {where}: {stack} not closed")


# ---- 1027 Vivaldi Notes
def cw_esc(s):
    out = []
    for c in s:
        o = ord(c)
        if c in '"\\': out.append("\\" + c)
        elif c in "\b\f\n\r\t": out.append({"\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}[c])
        elif c == "<": out.append("\\u003C")
        elif c in "\u2028\u2029" or o < 0x20: out.append("\\u%04X" % o)
        else: out.append(c)
    return '"' + "".join(out) + '"'


def chromium_json(v, depth=0, nl="\r\n"):
    if isinstance(v, bool): return "true" if v else "false"
    if isinstance(v, int): return str(v)
    if isinstance(v, str): return cw_esc(v)
    if isinstance(v, list): return "[ " + ", ".join(chromium_json(x, depth, nl) for x in v) + " ]"
    parts = ["   " * (depth + 1) + cw_esc(k) + ": " + chromium_json(v[k], depth + 1, nl) for k in sorted(v)]
    return "{" + nl + ("," + nl).join(parts) + nl + "   " * depth + "}"


def chrome_time(s):
    if not re.fullmatch(r"1\d{16}", s or ""): return None
    return dt.datetime(1601, 1, 1, tzinfo=dt.timezone.utc) + dt.timedelta(microseconds=int(s))


def check_vivaldi(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: line ends not all CRLF")
    if not raw.endswith("}\r\n"): errors.append(f"{f}: not ending with the root's brace and a CRLF")
    d = json.loads(raw)
    if chromium_json(d) + "\r\n" != raw: errors.append(f"{f}: not Chromium JSONWriter's pretty print of its value")
    if sorted(d) != ["checksum", "children", "date_added", "date_modified", "id", "subject", "type", "version"]:
        errors.append(f"{f}: root keys {sorted(d)}")
    if d.get("type") != "folder" or d.get("version") != 1: errors.append(f"{f}: root not a version-1 folder")
    ids, trash = set(), []
    h = hashlib.md5()

    def walk(n, where):
        if n["id"] in ids or not re.fullmatch(r"\d+", n["id"]): errors.append(f"{f}: id {n['id']!r} bad or repeated")
        ids.add(n["id"])
        t = chrome_time(n.get("date_added"))
        if not t or not 2015 <= t.year <= 2025: errors.append(f"{f}: {where}: date_added {n.get('date_added')!r}")
        if n.get("type") == "note":
            if sorted(n) not in (["content", "date_added", "id", "subject", "type"], ["content", "date_added", "id", "subject", "type", "url"]):
                errors.append(f"{f}: {where}: note keys {sorted(n)}")
            if n.get("subject") != n.get("content", "").split("\n")[0]: errors.append(f"{f}: {where}: subject is not the content's first line")
            if "url" in n and not re.match(r"https?://\S+$", n["url"]): errors.append(f"{f}: {where}: url {n['url']!r}")
        elif n.get("type") in ("folder", "trash"):
            if sorted(n) != ["children", "date_added", "date_modified", "id", "subject", "type"]:
                errors.append(f"{f}: {where}: folder keys {sorted(n)}")
            if n["date_modified"] != max([n["date_added"]] + [c["date_added"] for c in n.get("children", [])], key=int):
                errors.append(f"{f}: {where}: date_modified is not the latest date_added")
            for i, c in enumerate(n.get("children", [])):
                h.update(c["id"].encode()); h.update(c.get("subject", "").encode("utf-16-le"))
                if c.get("type") == "note":
                    h.update(b"note"); h.update(c.get("content", "").encode("utf-16-le")); h.update(c.get("url", "").encode())
                else:
                    h.update(c.get("type", "").encode())
                if c.get("type") == "trash": trash.append((where, i, len(n["children"])))
                walk(c, f"{where}/{c['id']}")
        else:
            errors.append(f"{f}: {where}: type {n.get('type')!r}")
    walk({k: v for k, v in d.items() if k not in ("checksum", "version")}, "root")
    if len(trash) != 1 or trash[0][0] != "root" or trash[0][1] != trash[0][2] - 1:
        errors.append(f"{f}: the trash folder is not the root's last child (once): {trash}")
    if h.hexdigest() != d.get("checksum"): errors.append(f"{f}: checksum {d.get('checksum')} is not the tree's ({h.hexdigest()})")


# ---- 1028 isql-fb session
def check_isql(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    m = re.fullmatch(r"([\w.-]+@[\w.-]+:[^$]*\$ )isql-fb -ch UTF8 (\S+)", ls[0])
    if not m: errors.append(f"{f}: first line is not the isql-fb command"); return
    ps, db = m.groups()
    if not re.fullmatch(r"Database: " + re.escape(db) + r", User: [A-Z_]+", ls[1]): errors.append(f"{f}: no Database/User line")
    if ls[-1] != ps: errors.append(f"{f}: the shell prompt is not last")
    stmts, i = [], 2
    while i < len(ls) - 1:
        if not ls[i].startswith("SQL> "): errors.append(f"{f}: line {i + 1}: not a prompt: {ls[i]!r}"); i += 1; continue
        parts = [ls[i][5:]]; i += 1
        while not parts[-1].endswith(";") and i < len(ls) and ls[i].startswith("CON> "):
            parts.append(ls[i][5:]); i += 1
        if not parts[-1].endswith(";"): errors.append(f"{f}: statement not ended by ';': {parts}")
        outp = []
        while i < len(ls) - 1 and not ls[i].startswith("SQL> "):
            outp.append(ls[i]); i += 1
        stmts.append((parts, outp))
    cols, tables, list_mode, count_on = {}, [], False, False
    listed, count_seen, inserts_after_count, updates, inserted, sessions = None, None, 0, [], [], []
    for parts, outp in stmts:
        s = " ".join(parts); u = s.upper()
        affected = None
        if outp and outp[-1].startswith("Records affected: "):
            affected = int(outp[-1].split(": ")[1]); outp = outp[:-1]
            if not count_on: errors.append(f"{f}: `Records affected` without SET COUNT ON")
        if u == "SHOW TABLES;":
            for l in outp:
                if l and not re.fullmatch(r" {7}\S+(?: +\S+)?", l): errors.append(f"{f}: SHOW TABLES line {l!r}")
                tables += l.split()
        elif u.startswith("SHOW TABLE "):
            t = s[11:-1].strip()
            cols[t] = []
            for l in outp:
                mm = re.fullmatch(r"([A-Z_]+) +(.+ (?:Not Null|Nullable)) ", l)
                if mm:
                    if len(mm.group(1)) < 32 and l[32 - 1] != " " or l[:32].rstrip() != mm.group(1): errors.append(f"{f}: column name not padded to 32: {l!r}")
                    cols[t].append((mm.group(1), mm.group(2)))
                elif not re.fullmatch(r"CONSTRAINT \w+:|  Primary key \(\w+\)", l): errors.append(f"{f}: SHOW TABLE line {l!r}")
            if t not in tables: errors.append(f"{f}: SHOW TABLE of an unlisted table {t}")
        elif u in ("SET COUNT ON;", "SET LIST ON;", "COMMIT;", "QUIT;"):
            if outp or affected is not None: errors.append(f"{f}: output after {s}")
            count_on |= u == "SET COUNT ON;"; list_mode |= u == "SET LIST ON;"
        elif u.startswith("SELECT"):
            if outp and outp[0].startswith("Statement failed"):
                want = ["Statement failed, SQLSTATE = 42S22", "Dynamic SQL Error", "-SQL error code = -206", "-Column unknown"]
                if outp[:4] != want or len(outp) != 6: errors.append(f"{f}: error block {outp}"); continue
                name, pos = outp[4][1:], re.fullmatch(r"-At line 1, column (\d+)", outp[5])
                tbl = re.search(r"FROM (\w+)", s)
                if not pos or not parts[0][int(pos.group(1)) - 1:].startswith(name): errors.append(f"{f}: error column does not point at {name}")
                if tbl and name in [c for c, _ in cols.get(tbl.group(1), [])]: errors.append(f"{f}: {name} reported unknown but is a column")
                continue
            if not list_mode:
                if len(outp) < 4 or outp[0] != "" or outp[-1] != "": errors.append(f"{f}: table result not framed by blank lines: {s}"); continue
                head, rule, rows = outp[1], outp[2], outp[3:-1]
                if not re.fullmatch(r"(=+ )+", rule): errors.append(f"{f}: rule line {rule!r}"); continue
                widths = [len(x) for x in rule.split(" ")[:-1]]
                def cells(l):
                    out, p = [], 0
                    for w in widths:
                        out.append(l[p:p + w]); p += w + 1
                    return out, p
                for l in [head] + rows:
                    c, p = cells(l)
                    if len(l) != p or any(l[q] != " " for q in [sum(widths[:k + 1]) + k for k in range(len(widths))]):
                        errors.append(f"{f}: row not laid on the rule's columns: {l!r}")
                hc, _ = cells(head)
                table_rows = [[v.strip() for v in cells(l)[0]] for l in rows]
                for k, w in enumerate(widths):
                    numeric = all(re.fullmatch(r"-?\d+|<null>", r[k]) for r in table_rows)
                    al = (lambda x: x.rjust(w)) if numeric else (lambda x: x.ljust(w))
                    if hc[k] != al(hc[k].strip()): errors.append(f"{f}: header {hc[k].strip()} not aligned like its column")
                    for l in rows:
                        v = cells(l)[0][k]
                        if v != al(v.strip()): errors.append(f"{f}: cell {v.strip()!r} not {'right' if numeric else 'left'}-aligned")
                if affected is not None and affected != len(table_rows): errors.append(f"{f}: Records affected {affected} != {len(table_rows)} rows")
                heads = [h.strip() for h in hc]
                if heads == ["COUNT"]:
                    count_seen = int(table_rows[0][0]); inserts_after_count = 0
                if "SESSIONS" in u: sessions = [dict(zip(heads, r)) for r in table_rows]
            else:
                recs, cur, blob = [], None, False
                tbl = re.search(r"FROM (\w+)", s).group(1)
                names = [c for c, _ in cols.get(tbl, [])]
                blobcols = {c for c, t in cols.get(tbl, []) if t.startswith("BLOB")}
                for l in outp:
                    if l == "":
                        cur = {}; recs.append(cur); blob = False; continue
                    if cur is None: errors.append(f"{f}: list record not after a blank line"); continue
                    mm = re.fullmatch(r"([A-Z_]+) +(.*)", l)
                    if mm and len(l) > 32 and l[:32].rstrip() == mm.group(1) and mm.group(1) in names and mm.group(1) not in cur:
                        if l[:32] != mm.group(1).ljust(32): errors.append(f"{f}: list name not padded to 32: {l!r}")
                        cur[mm.group(1)] = mm.group(2); blob = mm.group(1) in blobcols and mm.group(2) != "<null>"
                        if blob and not re.fullmatch(r"[0-9a-f]+:[0-9a-f]+", mm.group(2)): errors.append(f"{f}: blob id {mm.group(2)!r}")
                    elif blob:
                        k = [c for c in cur if c in blobcols][-1]
                        cur[k + ":text"] = cur.get(k + ":text", "") + l + "\n"
                    else: errors.append(f"{f}: list line {l!r}")
                if recs and recs[-1] == {}: recs.pop()
                else: errors.append(f"{f}: list result not closed by a blank line")
                for r in recs:
                    if [k for k in r if not k.endswith(":text")] != names and s.startswith("SELECT *"): errors.append(f"{f}: record columns {list(r)} != SHOW TABLE's")
                    for k in blobcols:
                        if r.get(k, "<null>") != "<null>" and not r.get(k + ":text"): errors.append(f"{f}: blob {k} without its text")
                if affected is not None and affected != len(recs): errors.append(f"{f}: Records affected {affected} != {len(recs)} records")
                if tbl == "PAPERS" and s.startswith("SELECT *"): listed = recs
        elif u.startswith("UPDATE "):
            mm = re.fullmatch(r"UPDATE (\w+) SET (\w+) = '((?:[^']|'')*)' WHERE ID = (\d+);", s)
            if not mm or affected != 1 or outp: errors.append(f"{f}: UPDATE {s!r}")
            else: updates.append((mm.group(2), mm.group(3).replace("''", "'"), mm.group(4)))
        elif u.startswith("INSERT INTO "):
            mm = re.fullmatch(r"INSERT INTO (\w+) \(([\w, ]+)\) VALUES \((.*)\);", s)
            if not mm or affected != 1 or outp: errors.append(f"{f}: INSERT {s!r}"); continue
            names = [x.strip() for x in mm.group(2).split(",")]
            vals = [a or b for a, b in re.findall(r"'((?:[^']|'')*)'|(-?\d+)", mm.group(3))]
            if len(vals) != len(names): errors.append(f"{f}: INSERT values {vals} for {names}")
            inserted.append(dict(zip(names, [v.replace("''", "'") for v in vals])))
            if count_seen is not None: inserts_after_count += 1
        else:
            errors.append(f"{f}: statement not expected: {s!r}")
    if listed is None: errors.append(f"{f}: no list-mode SELECT * FROM PAPERS"); return
    byid = {r.get("ID"): r for r in listed}
    if count_seen is not None and count_seen != len(listed) - inserts_after_count:
        errors.append(f"{f}: COUNT {count_seen} != {len(listed)} listed − {inserts_after_count} inserted later")
    for col, val, id_ in updates:
        if byid.get(id_, {}).get(col) != val: errors.append(f"{f}: UPDATE of {col} on {id_} not in the listing")
    for ins in inserted:
        r = byid.get(ins.get("ID"))
        if not r or any(r.get(k) != v for k, v in ins.items()): errors.append(f"{f}: INSERT {ins.get('ID')} not in the listing")
        elif any(v != "<null>" for k, v in r.items() if k not in ins and not k.endswith(":text")): errors.append(f"{f}: inserted row has values it was not given")
    for srow in sessions:
        if srow.get("PAPER_ID") not in byid: errors.append(f"{f}: session paper {srow.get('PAPER_ID')} not a paper")
    if [r.get("ID") for r in listed] != sorted((r.get("ID") for r in listed), key=int): errors.append(f"{f}: ORDER BY ID not kept")


# ---- 1029 GHCi
class HsError(Exception):
    pass


def hs_parse(s, i=0):
    """a shown value: records, constructor applications, Maybe, lists, strings, ints"""
    if s.startswith('"', i):
        m = re.compile(r'"((?:[^"\\]|\\.)*)"').match(s, i)
        if not m: raise HsError("string not closed")
        return hs_unescape(m.group(1)), m.end()
    if s.startswith("[", i):
        i += 1; out = []
        if s.startswith("]", i): return out, i + 1
        while True:
            v, i = hs_parse(s, i); out.append(v)
            if s.startswith(",", i): i += 1; continue
            if s.startswith("]", i): return out, i + 1
            raise HsError(f"list not closed at {i}")
    m = re.compile(r"-?\d+").match(s, i)
    if m: return int(m.group()), m.end()
    m = re.compile(r"[A-Z]\w*").match(s, i)
    if not m: raise HsError(f"unexpected {s[i:i + 10]!r}")
    con, i = m.group(), m.end()
    if s.startswith(" {", i):
        i += 2; rec = {"_con": con}
        while True:
            m = re.compile(r"(\w+) = ").match(s, i)
            if not m: raise HsError("record field")
            v, i = hs_parse(s, m.end()); rec[m.group(1)] = v
            if s.startswith(", ", i): i += 2; continue
            if s.startswith("}", i): return rec, i + 1
            raise HsError("record not closed")
    if con in ("NoLink", "Nothing"): return (con,), i
    if not s.startswith(" ", i): raise HsError(f"{con} without its argument")
    v, i = hs_parse(s, i + 1)
    return (con, v), i


def hs_render(v):
    if isinstance(v, str): return hs_show(v)
    if isinstance(v, int): return str(v)
    if isinstance(v, list): return "[" + ",".join(hs_render(x) for x in v) + "]"
    if isinstance(v, dict):
        return v["_con"] + " {" + ", ".join(f"{k} = {hs_render(x)}" for k, x in v.items() if k != "_con") + "}"
    return v[0] if len(v) == 1 else v[0] + " " + hs_render(v[1])


PAPER_FIELDS = ["_con", "paperId", "title", "source", "year", "tags", "note"]


def hs_value(f, line):
    try:
        v, end = hs_parse(line)
    except (HsError, ValueError, IndexError) as ex:
        errors.append(f"{f}: cannot read shown value {line[:60]!r}: {ex}"); return None
    if end != len(line): errors.append(f"{f}: text after a shown value: {line[end:end + 30]!r}"); return None
    if hs_render(v) != line: errors.append(f"{f}: not what GHC's Show would print: {line[:70]!r}")
    return v


def check_ghci(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    m = re.fullmatch(r"([\w.-]+@[\w.-]+:[^$]*\$ )cabal repl", ls[0])
    if not m: errors.append(f"{f}: first line is not `cabal repl`"); return
    ps = m.group(1)
    if ls[-1] != ps: errors.append(f"{f}: the shell prompt is not last")
    try:
        gi = next(i for i, l in enumerate(ls) if l.startswith("GHCi, version "))
    except StopIteration:
        errors.append(f"{f}: no GHCi banner"); return
    if not re.fullmatch(r"GHCi, version (\d+\.\d+\.\d+): https://www\.haskell\.org/ghc/  :\? for help", ls[gi]): errors.append(f"{f}: banner {ls[gi]!r}")
    if not any(re.fullmatch(r"Build profile: -w ghc-" + re.escape(ls[gi].split()[2][:-1]) + r" -O1", l) for l in ls[1:gi]):
        errors.append(f"{f}: build profile not the banner's GHC")
    comp, j = [], gi + 1
    while j < len(ls) and ls[j].startswith("["):
        comp.append(ls[j]); j += 1
    mods = [re.fullmatch(r"\[(\d+) of (\d+)\] Compiling (\S+)( *) \( (\S+\.hs), interpreted \)", l) for l in comp]
    if not comp or not all(mods): errors.append(f"{f}: Compiling lines {comp}"); return
    width = max(len(x.group(3)) for x in mods)
    for k, x in enumerate(mods, 1):
        if int(x.group(1)) != k or int(x.group(2)) != len(mods) or len(x.group(3)) + len(x.group(4)) != width + 0 or \
                x.group(5) != "src/" + x.group(3).replace(".", "/") + ".hs":
            errors.append(f"{f}: Compiling line {k} not as GHC lays it out")
    words = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}
    if ls[j] != f"Ok, {words.get(len(mods))} module{'s' if len(mods) > 1 else ''} loaded.": errors.append(f"{f}: `Ok, … loaded.` line {ls[j]!r}")
    inputs, k = [], j + 1
    while k < len(ls) - 1:
        if not ls[k].startswith("ghci> "): errors.append(f"{f}: line {k + 1} outside an answer: {ls[k]!r}"); k += 1; continue
        inp, k, outp = ls[k][6:], k + 1, []
        while k < len(ls) - 1 and not ls[k].startswith("ghci> "):
            outp.append(ls[k]); k += 1
        inputs.append((inp, outp))
    recs, titles, n_papers = {}, None, None

    def rec(v, where):
        if not isinstance(v, dict) or list(v) != PAPER_FIELDS or v["_con"] != "Paper": errors.append(f"{f}: {where}: not a Paper record"); return None
        if v["source"][0] not in ("ArXiv", "OpenReview", "Venue", "NoLink"): errors.append(f"{f}: {where}: source {v['source'][0]}")
        if v["source"][0] == "ArXiv" and not re.fullmatch(r"\d{4}\.\d{4,5}", v["source"][1]): errors.append(f"{f}: {where}: ArXiv id {v['source'][1]!r}")
        if v["paperId"] in recs and recs[v["paperId"]] != v: errors.append(f"{f}: {where}: record {v['paperId']} shown differently before")
        recs[v["paperId"]] = v
        return v

    def url_of(r):
        s_ = r["source"]
        return ("Just", "https://arxiv.org/abs/" + s_[1]) if s_[0] == "ArXiv" else \
               ("Just", "https://openreview.net/forum?id=" + s_[1]) if s_[0] == "OpenReview" else ("Nothing",)
    pending = []
    for n_in, (inp, outp) in enumerate(inputs, 1):
        if outp and outp[0].startswith("<interactive>:"):
            mm = re.fullmatch(r"<interactive>:(\d+):(\d+): error:", outp[0])
            if not mm or int(mm.group(1)) != n_in: errors.append(f"{f}: error line {outp[0]!r} is not input {n_in}'s")
            if not outp[1:] or not all(l.startswith("    • ") or l.startswith("      ") for l in outp[1:]): errors.append(f"{f}: error text {outp[1:]}")
            name = re.match(r"\w+", inp).group()
            if not any(f"Variable not in scope: {name} " in l for l in outp): errors.append(f"{f}: error not about {name}")
            continue
        if inp == ":t papers":
            if outp != ["papers :: [Paper]"]: errors.append(f"{f}: :t papers answered {outp}")
        elif inp == "length papers":
            if len(outp) != 1 or not outp[0].isdigit(): errors.append(f"{f}: length answered {outp}")
            else: n_papers = int(outp[0])
        elif inp == "mapM_ (putStrLn . title) papers":
            titles = outp
        elif re.fullmatch(r"papers !! \d+", inp):
            r = rec(hs_value(f, outp[0]), inp) if len(outp) == 1 else None
            idx = int(inp.split()[-1])
            if r and (titles is None or idx >= len(titles) or titles[idx] != r["title"]): errors.append(f"{f}: {inp} is not the record of title {idx}")
        elif re.fullmatch(r"putStrLn \(note \((?:papers !! \d+|byId \d+)\)\)", inp):
            pending.append((inp, outp))
        elif inp == "map url (filter isOpenReview papers)":
            v = hs_value(f, outp[0]) if len(outp) == 1 else None
            pending.append((inp, v))
        elif re.fullmatch(r"mapM_ print \(byYear \d+\)", inp):
            y = int(inp.split()[-1][:-1])
            rs = [rec(hs_value(f, l), inp) for l in outp]
            if any(r and r["year"] != y for r in rs): errors.append(f"{f}: {inp} printed a record of another year")
            if titles and [r["title"] for r in rs if r] != [t for t in titles if t in {r["title"] for r in rs if r}]: errors.append(f"{f}: {inp} not in list order")
        elif re.fullmatch(r"url \(byId \d+\)", inp):
            pending.append((inp, hs_value(f, outp[0]) if len(outp) == 1 else None))
        elif re.fullmatch(r"byId \d+", inp) and len(outp) == 1:
            r = rec(hs_value(f, outp[0]), inp)
            if r and r["paperId"] != int(inp.split()[1]): errors.append(f"{f}: {inp} showed paper {r['paperId']}")
            if n_papers is not None and int(inp.split()[1]) > n_papers: errors.append(f"{f}: {inp} found past the list's end")
        elif re.fullmatch(r"byId \d+", inp):
            n_ = int(inp.split()[1])
            if outp[:2] != [f"*** Exception: byId: no paper {n_}", "CallStack (from HasCallStack):"] or len(outp) != 3 or \
                    not re.fullmatch(r"  error, called at src/\S+\.hs:\d+:\d+ in \S+:\S+", outp[2]):
                errors.append(f"{f}: {inp} answered {outp}")
            if n_papers is not None and n_ <= n_papers: errors.append(f"{f}: byId {n_} fails though there are {n_papers} papers")
        elif inp == "filter ((== NoLink) . source) papers":
            v = hs_value(f, outp[0]) if len(outp) == 1 else None
            for r in v or []:
                r = rec(r, inp)
                if r and r["source"] != ("NoLink",): errors.append(f"{f}: NoLink filter gave {r['source']}")
        elif re.fullmatch(r"tags \(byId \d+\)", inp):
            v = hs_value(f, outp[0]) if len(outp) == 1 else None
            pending.append((inp, v))
        elif inp == ":q":
            if outp != ["Leaving GHCi."]: errors.append(f"{f}: :q answered {outp}")
            if n_in != len(inputs): errors.append(f"{f}: input after :q")
        else:
            errors.append(f"{f}: input not expected: {inp!r}")
    if inputs and inputs[-1][0] != ":q": errors.append(f"{f}: the session does not end with :q")
    if titles is None or n_papers != len(titles): errors.append(f"{f}: length {n_papers} != {len(titles or [])} titles printed")
    for r in recs.values():
        if titles and r["title"] not in titles: errors.append(f"{f}: record {r['paperId']} title not among the titles")
    bytitle = {r["title"]: r for r in recs.values()}
    for inp, v in pending:
        mm = re.search(r"(?:papers !! (\d+)|byId (\d+))", inp)
        if inp.startswith("putStrLn"):
            r = bytitle.get((titles or [None] * 99)[int(mm.group(1))]) if mm.group(1) else recs.get(int(mm.group(2)))
            if not r: errors.append(f"{f}: {inp}: record never shown"); continue
            if v != r["note"].split("\n"): errors.append(f"{f}: {inp} printed something else than the note")
        elif inp.startswith("url"):
            r = recs.get(int(mm.group(2)))
            if not r or v != url_of(r): errors.append(f"{f}: {inp} = {v} is not the record's URL")
        elif inp.startswith("tags"):
            r = recs.get(int(mm.group(2)))
            if r and v != r["tags"]: errors.append(f"{f}: {inp} differs from the record's tags")
            if not isinstance(v, list) or not all(isinstance(x, str) for x in v): errors.append(f"{f}: {inp} is not a list of strings")
        elif inp.startswith("map url"):
            orr = [bytitle[t] for t in titles or [] if t in bytitle and bytitle[t]["source"][0] == "OpenReview"]
            if v != [url_of(r) for r in orr]: errors.append(f"{f}: {inp} is not the OpenReview records' URLs in order")


# ---- 1030 NewsBlur
NB_KEYS = ["story_hash", "story_tags", "story_date", "story_timestamp", "story_authors", "story_title", "story_content",
           "story_permalink", "image_urls", "story_feed_id", "has_modifications", "comment_count", "comment_user_ids",
           "share_count", "share_user_ids", "guid_hash", "id", "starred_date", "user_tags", "highlights",
           "short_parsed_date", "long_parsed_date", "starred_timestamp", "read_status", "starred", "intelligence"]
NB_MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
NB_MONTH = "January February March April May June July August September October November December".split()
NB_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def nb_hm(d):
    return "%d:%02d%s" % ((d.hour % 12) or 12, d.minute, "am" if d.hour < 12 else "pm")


def nb_long(d):
    o = str(d.day) + ("th" if 11 <= d.day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th"))
    return "%s, %s %s, %d %s" % (NB_DAYS[d.weekday()], NB_MONTH[d.month - 1], o, d.year, nb_hm(d))


def check_newsblur(f, raw):
    lf_final(f, raw, final=False)
    d = json.loads(raw)
    if json.dumps(d) != raw: errors.append(f"{f}: not Python's default json.dumps of its value")
    if list(d) != ["stories", "user_profiles", "feeds", "message"]: errors.append(f"{f}: top keys {list(d)}")
    jst = dt.timezone(dt.timedelta(hours=9))
    last = None
    for i, s in enumerate(d.get("stories", [])):
        w = f"story {i}"
        if list(s) != NB_KEYS: errors.append(f"{f}: {w}: keys not NewsBlur's"); continue
        if s["story_hash"] != f"{s['story_feed_id']}:{s['guid_hash']}": errors.append(f"{f}: {w}: story_hash not feed:guid_hash")
        if s["guid_hash"] != hashlib.sha1(s["id"].encode()).hexdigest()[:6]: errors.append(f"{f}: {w}: guid_hash not sha1(guid)[:6]")
        try:
            sd = dt.datetime.strptime(s["story_date"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=dt.timezone.utc)
        except ValueError:
            errors.append(f"{f}: {w}: story_date {s['story_date']!r}"); continue
        if s["story_timestamp"] != str(int(sd.timestamp())): errors.append(f"{f}: {w}: story_timestamp is not story_date's")
        loc = sd.astimezone(jst)
        if s["long_parsed_date"] != nb_long(loc) or s["short_parsed_date"] != "%d %s %d, %s" % (loc.day, NB_MON[loc.month - 1], loc.year, nb_hm(loc)):
            errors.append(f"{f}: {w}: parsed dates are not story_date's")
        st = dt.datetime.fromtimestamp(int(s["starred_timestamp"]), jst)
        if s["starred_date"] != nb_long(st): errors.append(f"{f}: {w}: starred_date is not starred_timestamp's")
        if st < sd: errors.append(f"{f}: {w}: starred before published")
        if last is not None and int(s["starred_timestamp"]) > last: errors.append(f"{f}: {w}: not newest starred first")
        last = int(s["starred_timestamp"])
        if s["read_status"] != 1 or s["starred"] is not True or s["intelligence"] != {"feed": 1, "author": 0, "tags": 0, "title": 0}:
            errors.append(f"{f}: {w}: read_status / starred / intelligence")
        if not re.match(r"https?://", s["story_permalink"]): errors.append(f"{f}: {w}: permalink")
        m = re.fullmatch(r"(.+)\. \(arXiv:(\d{4}\.\d{4,5})v\d+ \[[\w.-]+\]\)", s["story_title"])
        if "arxiv.org" in s["story_permalink"]:
            if not m or s["story_permalink"] != "http://arxiv.org/abs/" + m.group(2) or s["id"] != s["story_permalink"]:
                errors.append(f"{f}: {w}: arXiv feed story not titled/linked as the old arXiv RSS")
        html_balanced(f, w, s["story_content"], {"p", "em", "a", "h3", "strong", "br", "code"})
        for k in ("story_tags", "user_tags", "image_urls", "comment_user_ids", "share_user_ids", "highlights"):
            if not isinstance(s[k], list): errors.append(f"{f}: {w}: {k} not a list")


# ---- 1031 HTMLy
def check_htmly(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if len(ls) < 5 or not re.fullmatch(r"<!--t \S.* t-->", ls[0]) or not re.fullmatch(r"<!--d \S.* d-->", ls[1]) or \
            not re.fullmatch(r"<!--tag [^,\s][^,]*(?:,[^,\s][^,]*)* tag-->", ls[2]) or ls[3] != "":
        errors.append(f"{f}: HTMLy header comments (t, d, tag, blank line) not as written")
    if ls.count("<!--more-->") != 1 or raw.count("<!--more-->") != 1: errors.append(f"{f}: not one <!--more--> line")
    body, fence, ids, tab, olist = [], False, set(), [], None
    for i, l in enumerate(ls[4:], 5):
        if l.startswith("~~~"):
            fence = not fence; continue
        if fence: continue
        body.append(l)
        m = re.fullmatch(r"#{1,6} .+? \{#([\w-]+)\}", l)
        if l.startswith("#"):
            if not m: errors.append(f"{f}: line {i}: heading without an {{#id}}")
            elif m.group(1) in ids: errors.append(f"{f}: heading id {m.group(1)} repeated")
            else: ids.add(m.group(1))
        if l.startswith("|"):
            tab.append(l)
        elif tab:
            if len(tab) < 3 or not re.fullmatch(r"\|(?: ?:?-+:? ?\|)+", tab[1]): errors.append(f"{f}: table without its alignment row")
            if len({t.count("|") for t in tab}) != 1: errors.append(f"{f}: table rows with different cell counts")
            tab = []
        m = re.match(r"(\d+)\. ", l)
        if m:
            want = 1 if olist is None else olist + 1
            if int(m.group(1)) != want: errors.append(f"{f}: line {i}: list item {m.group(1)} where {want} was due")
            olist = int(m.group(1))
        elif l == "" or not l.startswith("   "):
            if l == "": olist = None
    if fence: errors.append(f"{f}: ~~~ fence not closed")
    text = "\n".join(body)
    refs = set(re.findall(r"\[\^(\w+)\](?!:)", text)); defs = set(re.findall(r"^\[\^(\w+)\]: ", text, re.M))
    if refs != defs: errors.append(f"{f}: footnote references {sorted(refs)} != definitions {sorted(defs)}")
    lrefs = set(re.findall(r"\]\[([\w-]+)\]", text)); ldefs = set(re.findall(r"^\[([\w-]+)\]: https?://\S+", text, re.M))
    if lrefs != ldefs: errors.append(f"{f}: reference links {sorted(lrefs)} != definitions {sorted(ldefs)}")
    for ab in re.findall(r"^\*\[([^\]]+)\]: \S", text, re.M):
        if not re.search(r"\b" + re.escape(ab) + r"\b", re.sub(r"^\*\[.*$", "", text, flags=re.M)): errors.append(f"{f}: abbreviation {ab} never used")
    for u in re.findall(r"\]\(([^)\s]+)\)|<((?:https?|ftp)[^>]*)>", text):
        u = u[0] or u[1]
        if not re.match(r"https?://[^\s]+$", u): errors.append(f"{f}: link target {u!r}")


# ---- 1032 Splunk CSV
SPL_HEAD = ["_bkt", "_cd", "_indextime", "_raw", "_serial", "_si", "_sourcetype", "_time", "host", "index", "linecount",
            "source", "sourcetype", "splunk_server"]


def spl_q(v):
    return v if re.fullmatch(r"[A-Za-z0-9]+", v) else '"' + v.replace('"', '""') + '"'


def check_splunk(f, raw):
    lf_final(f, raw)
    rows = csv_rows(raw)
    if not rows or rows[0] != SPL_HEAD: errors.append(f"{f}: header is not the export's"); return
    if "\n".join(",".join(spl_q(v) for v in r) for r in rows) + "\n" != raw: errors.append(f"{f}: not quoted as Splunk's CSV export quotes")
    ist = dt.timezone(dt.timedelta(hours=5, minutes=30))
    evs, last_t, last_off, bkt = [], None, None, None
    for n_, r in enumerate(rows[1:]):
        if len(r) != len(SPL_HEAD): errors.append(f"{f}: row {n_} has {len(r)} fields"); continue
        c = dict(zip(SPL_HEAD, r))
        try:
            e = json.loads(c["_raw"])
        except ValueError:
            errors.append(f"{f}: row {n_}: _raw is not JSON"); continue
        if json.dumps(e, ensure_ascii=False, separators=(",", ":")) != c["_raw"]: errors.append(f"{f}: row {n_}: _raw not pino's compact JSON")
        ks = list(e)
        if ks[:5] != ["level", "time", "pid", "hostname", "module"] or ks[-1] != "msg": errors.append(f"{f}: row {n_}: pino key order {ks}")
        if e.get("level") not in (10, 20, 30, 40, 50, 60): errors.append(f"{f}: row {n_}: level {e.get('level')}")
        t = dt.datetime.fromtimestamp(e["time"] / 1000, ist)
        if c["_time"] != t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d+05:30" % (e["time"] % 1000): errors.append(f"{f}: row {n_}: _time is not pino's time in IST")
        if not c["_indextime"].isdigit() or not 0 <= int(c["_indextime"]) - e["time"] // 1000 <= 5: errors.append(f"{f}: row {n_}: _indextime")
        if c["_serial"] != str(n_): errors.append(f"{f}: row {n_}: _serial {c['_serial']}")
        if last_t is not None and e["time"] > last_t: errors.append(f"{f}: row {n_}: not newest first")
        last_t = e["time"]
        m = re.fullmatch(r"(\d+):(\d+)", c["_cd"])
        mb = re.fullmatch(r"(\w+)~(\d+)~[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}", c["_bkt"])
        if not m or not mb or m.group(1) != mb.group(2) or mb.group(1) != c["index"]: errors.append(f"{f}: row {n_}: _cd / _bkt / index disagree")
        elif last_off is not None and int(m.group(2)) >= last_off: errors.append(f"{f}: row {n_}: _cd offset not falling")
        if m: last_off = int(m.group(2))
        if bkt is not None and c["_bkt"] != bkt: errors.append(f"{f}: row {n_}: another bucket")
        bkt = c["_bkt"]
        if c["_si"] != c["splunk_server"] + "\n" + c["index"]: errors.append(f"{f}: row {n_}: _si is not server + newline + index")
        if c["host"] != e.get("hostname") or c["_sourcetype"] != c["sourcetype"] or c["linecount"] != "1":
            errors.append(f"{f}: row {n_}: host / sourcetype / linecount")
        evs.append(e)
    evs.reverse()
    texts, routed, saved = {}, set(), []
    for e in evs:
        k, mid = e.get("event"), e.get("msg_id")
        if k == "message_received": texts[mid] = e.get("text", "")
        elif k == "link_detected":
            if e.get("url") not in texts.get(mid, ""): errors.append(f"{f}: detected link {e.get('url')} not in message {mid}")
            if not e.get("skipped"): routed.add(mid)
            for key, pat in (("arxiv_id", r"arxiv\.org/(?:abs|pdf)/"), ("openreview_id", r"openreview\.net/forum\?id=")):
                if key in e and not re.search(pat + re.escape(e[key]), e["url"]): errors.append(f"{f}: {key} {e[key]} not the link's")
        elif k == "command":
            if texts.get(mid) != "/" + e.get("cmd", "") + " " + e.get("arg", ""): errors.append(f"{f}: command {e.get('cmd')} is not its message's text")
            if e.get("cmd") == "add": routed.add(mid)
        elif k in ("paper_fetched", "paper_saved", "fetch_retry"):
            if mid not in routed: errors.append(f"{f}: {k} for message {mid} without a paper link or /add")
            if k == "paper_saved":
                if saved and e.get("paper_id") != saved[-1] + 1: errors.append(f"{f}: paper ids not counting up")
                saved.append(e.get("paper_id"))
        elif k == "title_noted":
            if e.get("title", "\0") not in texts.get(mid, ""): errors.append(f"{f}: noted title not in message {mid}")
        elif k == "digest_sent":
            if e.get("paper_ids") != saved or e.get("count") != len(saved): errors.append(f"{f}: digest {e.get('paper_ids')} != saved {saved}")


# ---- 1033 WeCom archive
WC_BODY = {"text": ["content"], "link": ["title", "description", "link_url", "image_url"],
           "file": ["md5sum", "filename", "fileext", "filesize", "sdkfileid"], "image": ["md5sum", "filesize", "sdkfileid"],
           "revoke": ["pre_msgid"]}


def check_wecom(f, raw):
    lf_final(f, raw)
    msgs, seen, members, room, last = [], {}, None, None, None
    for n_, l in enumerate(raw.split("\n")[:-1], 1):
        try:
            d = json.loads(l)
        except ValueError:
            errors.append(f"{f}: line {n_} is not JSON"); continue
        if json.dumps(d, ensure_ascii=False, separators=(",", ":")) != l: errors.append(f"{f}: line {n_} is not the SDK's compact JSON")
        t = d.get("msgtype")
        if list(d) != ["msgid", "action", "from", "tolist", "roomid", "msgtime", "msgtype", t] or t not in WC_BODY:
            errors.append(f"{f}: line {n_}: keys {list(d)}"); continue
        if list(d[t]) != WC_BODY[t]: errors.append(f"{f}: line {n_}: {t} fields {list(d[t])}")
        m = re.fullmatch(r"[1-9]\d{18}_(\d{10})", d["msgid"])
        if not m or int(m.group(1)) != d["msgtime"] // 1000: errors.append(f"{f}: line {n_}: msgid {d['msgid']} not <id>_<msgtime s>")
        if d["msgid"] in seen: errors.append(f"{f}: line {n_}: msgid repeated")
        if last is not None and d["msgtime"] <= last: errors.append(f"{f}: line {n_}: msgtime not rising")
        last = d["msgtime"]
        if room is not None and d["roomid"] != room: errors.append(f"{f}: line {n_}: another room")
        room = d["roomid"]
        ms = sorted(d["tolist"] + [d["from"]])
        if d["from"] in d["tolist"] or (members is not None and ms != members): errors.append(f"{f}: line {n_}: tolist is not the other members")
        members = ms
        if (d["action"] == "recall") != (t == "revoke") or d["action"] not in ("send", "recall"): errors.append(f"{f}: line {n_}: action {d['action']} for {t}")
        if t == "revoke":
            p = seen.get(d[t].get("pre_msgid"))
            if not p or p["from"] != d["from"] or d["msgtime"] - p["msgtime"] > 120000: errors.append(f"{f}: line {n_}: revoke of no recent own message")
        if t == "link":
            for k in ("link_url", "image_url"):
                if not re.match(r"https?://\S+$", d[t][k]): errors.append(f"{f}: line {n_}: {k}")
        if t in ("file", "image"):
            if not re.fullmatch(r"[0-9a-f]{32}", d[t]["md5sum"]) or not isinstance(d[t]["filesize"], int): errors.append(f"{f}: line {n_}: md5sum / filesize")
            try: base64.b64decode(d[t]["sdkfileid"], validate=True)
            except ValueError: errors.append(f"{f}: line {n_}: sdkfileid not base64")
        if t == "file" and d[t]["filename"].rsplit(".", 1)[-1].lower() != d[t]["fileext"]: errors.append(f"{f}: line {n_}: fileext is not the name's")
        seen[d["msgid"]] = d


# ---- 1034 CoCalc sagews
UUID4 = r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"


def check_sagews(f, raw):
    lf_final(f, raw)
    ls, i, ids = raw.split("\n")[:-1], 0, set()
    while i < len(ls):
        m = re.fullmatch(CELL + "(" + UUID4 + ")([iox]*)" + CELL, ls[i])
        if not m: errors.append(f"{f}: line {i + 1} does not open a cell"); return
        j = i + 1
        while j < len(ls) and not ls[j].startswith(OUT) and not ls[j].startswith(CELL): j += 1
        inp = "\n".join(ls[i + 1:j])
        if j >= len(ls) or not ls[j].startswith(OUT): errors.append(f"{f}: cell at line {i + 1} without its output line"); return
        mo = re.fullmatch(OUT + "(" + UUID4 + ")" + OUT + "((?:[^" + OUT + "\n]+" + OUT + ")+)", ls[j])
        if not mo: errors.append(f"{f}: output line {j + 1} malformed"); i = j + 1; continue
        for u in (m.group(1), mo.group(1)):
            if u in ids: errors.append(f"{f}: id {u} repeated")
            ids.add(u)
        msgs = []
        for part in mo.group(2).split(OUT)[:-1]:
            try:
                o = json.loads(part)
            except ValueError:
                errors.append(f"{f}: output message not JSON at line {j + 1}"); continue
            if json.dumps(o, ensure_ascii=False, separators=(",", ":")) != part: errors.append(f"{f}: output message not compact JSON at line {j + 1}")
            msgs.append(o)
        if not msgs or msgs[-1] != {"done": True} or any(x.get("done") is True for x in msgs[:-1]): errors.append(f"{f}: cell at line {i + 1}: done message not last")
        if inp.startswith("%md\n"):
            if "i" not in m.group(2): errors.append(f"{f}: %md cell at line {i + 1} with its input shown")
            if msgs[:1] != [{"md": inp[4:], "done": False}]: errors.append(f"{f}: %md cell at line {i + 1}: md message is not its text")
        out_text = "".join(x.get("stdout", "") for x in msgs)
        if any("stdout" in x for x in msgs) and not out_text.endswith("\n"): errors.append(f"{f}: stdout without a final newline")
        for x in msgs:
            if "file" in x and (not re.search(r"\.(svg|png)$", x["file"].get("filename", "")) or not re.fullmatch(UUID4, x["file"].get("uuid", ""))):
                errors.append(f"{f}: file message {x['file']}")
        gd = re.search(r"vector\(RDF, \[([-\d.]+), ([-\d.]+)\]\)\nfor k in range\((\d+)\):\n    p = p - ([\d.]+) \* g\(\*p\)", inp)
        if gd:
            x, y, lines_ = float(gd.group(1)), float(gd.group(2)), []
            for k in range(int(gd.group(3))):
                gx, gy = 4 * x * (x * x - 1), 2 * y
                x, y = x - float(gd.group(4)) * gx, y - float(gd.group(4)) * gy
                lines_.append("%d  x=%.4f  y=%.4f  f=%.5f" % (k, x, y, (x * x - 1) ** 2 + y * y))
            if out_text != "\n".join(lines_) + "\n": errors.append(f"{f}: gradient-descent output is not what the cell computes")
        tup = re.findall(r'^    \("([^"]*)", "([^"]*)", "([^"]*)"\),$', inp, re.M)
        if tup and 'print("arXiv:%s  %s  (%s)" % (aid, title, who))' in inp:
            if out_text != "".join("arXiv:%s  %s  (%s)\n" % t for t in tup): errors.append(f"{f}: papers cell output is not its tuples printed")
        i = j + 1


# ---- 1035 Dooray
DR_KEYS = ["id", "subject", "project", "taskNumber", "closed", "createdAt", "dueDate", "dueDateFlag", "updatedAt", "number",
           "priority", "parent", "workflowClass", "workflow", "milestone", "tags", "users", "body"]


def check_dooray(f, raw):
    lf_final(f, raw, final=False)
    d = json.loads(raw)
    if json.dumps(d, ensure_ascii=False, separators=(",", ":")) != raw: errors.append(f"{f}: not compact JSON with raw UTF-8")
    if list(d) != ["header", "result", "totalCount"] or d["header"] != {"isSuccessful": True, "resultCode": 0, "resultMessage": ""}:
        errors.append(f"{f}: envelope / header"); return
    ps = d["result"]
    if d["totalCount"] != len(ps): errors.append(f"{f}: totalCount {d['totalCount']} != {len(ps)} posts")
    byid, wf, last = {p.get("id"): p for p in ps}, {}, None
    if len(byid) != len(ps) or len({p.get("number") for p in ps}) != len(ps): errors.append(f"{f}: ids or numbers repeated")
    for p in ps:
        w = f"post {p.get('number')}"
        if list(p) != DR_KEYS: errors.append(f"{f}: {w}: keys {list(p)}"); continue
        if p["taskNumber"] != f"{p['project']['code']}/{p['number']}": errors.append(f"{f}: {w}: taskNumber")
        if p["project"] != ps[0]["project"] or p["milestone"] != ps[0]["milestone"]: errors.append(f"{f}: {w}: another project or milestone")
        if p["closed"] != (p["workflowClass"] == "closed") or p["workflowClass"] not in ("backlog", "registered", "working", "closed"):
            errors.append(f"{f}: {w}: closed / workflowClass")
        if wf.setdefault(p["workflowClass"], p["workflow"]) != p["workflow"]: errors.append(f"{f}: {w}: two workflows for {p['workflowClass']}")
        if p["dueDateFlag"] != (p["dueDate"] is not None): errors.append(f"{f}: {w}: dueDateFlag")
        ts = [iso(p[k]) for k in ("createdAt", "updatedAt")] + ([iso(p["dueDate"])] if p["dueDate"] else [])
        if not all(t and t.utcoffset() == dt.timedelta(hours=9) and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+09:00", s_)
                   for t, s_ in zip(ts, [p["createdAt"], p["updatedAt"]] + ([p["dueDate"]] if p["dueDate"] else []))):
            errors.append(f"{f}: {w}: times not ISO with +09:00"); continue
        if ts[0] > ts[1]: errors.append(f"{f}: {w}: updated before created")
        if last is not None and ts[0] > last: errors.append(f"{f}: {w}: not newest created first")
        last = ts[0]
        if p["priority"] not in ("highest", "high", "normal", "low", "lowest", "none"): errors.append(f"{f}: {w}: priority")
        if p["parent"] is not None:
            q = byid.get(p["parent"].get("id"))
            if not q or p["parent"] != {"id": q["id"], "number": q["number"], "subject": q["subject"]}: errors.append(f"{f}: {w}: parent is not a listed post")
        u = p["users"]
        if list(u) != ["from", "to", "cc"] or any("workflow" not in t or t["workflow"] not in wf.values() and t["workflow"] != p["workflow"] for t in u["to"]):
            errors.append(f"{f}: {w}: users")
        if p["body"].get("mimeType") != "text/x-markdown" or not isinstance(p["body"].get("content"), str): errors.append(f"{f}: {w}: body")


# ---- 1036 Sublime session
def sublime_json(v, ind=0):
    t = "\t" * ind
    if isinstance(v, bool): return "true" if v else "false"
    if isinstance(v, float): return repr(v)
    if isinstance(v, int): return str(v)
    if isinstance(v, str): return json.dumps(v, ensure_ascii=False)
    pad = "\t" * (ind + 1)
    if isinstance(v, list):
        return "[\n" + ",\n".join(pad + sublime_json(x, ind + 1) for x in v) + ("\n" if v else "") + t + "]"
    items = [pad + json.dumps(k) + (":\n" + pad if isinstance(x, (list, dict)) else ": ") + sublime_json(x, ind + 1)
             for k, x in sorted(v.items())]
    return "{\n" + ",\n".join(items) + ("\n" if items else "") + t + "}"


def check_sublime(f, raw):
    lf_final(f, raw)
    d = json.loads(raw)
    if sublime_json(d) + "\n" != raw: errors.append(f"{f}: not laid out as Sublime writes a session")
    for k in ("folder_history", "last_version", "last_window_id", "settings", "windows", "workspaces"):
        if k not in d: errors.append(f"{f}: no {k}")
    if d.get("last_window_id", 0) < len(d.get("windows", [])): errors.append(f"{f}: last_window_id below the window count")
    for wn, w in enumerate(d.get("windows", [])):
        bufs = w.get("buffers", [])
        for bn, b in enumerate(bufs):
            st = b.get("settings", {})
            if "contents" in b:
                if st.get("buffer_size") != len(b["contents"]): errors.append(f"{f}: window {wn} buffer {bn}: buffer_size {st.get('buffer_size')} != {len(b['contents'])}")
                if "file" in b: errors.append(f"{f}: buffer {bn} with both file and contents")
            elif not str(b.get("file", "")).startswith("/"): errors.append(f"{f}: buffer {bn}: neither contents nor an absolute file")
            if st.get("line_ending") not in ("Unix", "Windows", "CR"): errors.append(f"{f}: buffer {bn}: line_ending")
        lay = w.get("layout", {})
        for c in lay.get("cells", []):
            if not (0 <= c[0] < c[2] < len(lay.get("cols", [])) and 0 <= c[1] < c[3] < len(lay.get("rows", []))): errors.append(f"{f}: layout cell {c}")
        for g in w.get("groups", []):
            sheets = g.get("sheets", [])
            if len({s_.get("stack_index") for s_ in sheets}) != len(sheets): errors.append(f"{f}: stack indexes repeated")
            if not 0 <= g.get("selected", -1) < max(len(sheets), 1): errors.append(f"{f}: selected sheet out of range")
            for s_ in sheets:
                bi = s_.get("buffer")
                if not isinstance(bi, int) or not 0 <= bi < len(bufs): errors.append(f"{f}: sheet buffer {bi}"); continue
                size = s_.get("settings", {}).get("buffer_size")
                if size != bufs[bi].get("settings", {}).get("buffer_size"): errors.append(f"{f}: sheet size {size} != buffer {bi}'s")
                for a, b in s_.get("settings", {}).get("selection", []):
                    if not (0 <= a <= size and 0 <= b <= size): errors.append(f"{f}: selection {a},{b} outside buffer {bi}")


def shape_checks(f, raw, path):
    n = num(f)
    {1027: check_vivaldi, 1028: check_isql, 1029: check_ghci, 1030: check_newsblur, 1031: check_htmly,
     1032: check_splunk, 1033: check_wecom, 1034: check_sagews, 1035: check_dooray,
     1036: check_sublime}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)

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
# round100's and round101's, a byte-identical file counted once), and the round100/round101 split (candidates sorted by
# (uses, catalogue title); round101 = odd positions from 3 on, one unbroken run; round100 takes the even ones)
used = Counter()
TD = "/work/main/tests/data"
P100S = ["/work/rounds/digests-round100/expected.json", "/work/main/tests/data/digests-round100/expected.json"]
P100 = next((p for p in P100S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P100S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round100", "digests-round101") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round101 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r100 = set()
if P100:
    try:
        r100 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P100)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P100} exists but could not be read (being written?)")
    if r100 & mine: errors.append(f"papers also in round100: {sorted(r100 & mine)}")
shared100 = len(r100 & mine) if P100 else "(no round100 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round101 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round100: {shared100}; papers in more than one round101 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
