#!/usr/bin/env python3
r"""Checks round99/expected.json against the digests and the shared catalogues.

Adapted from round97/validate.py (the label checks are the same code; the reuse report is round97's with round98 /
round99 in place of round96 / round97: round99 holds the odd positions from 3; the readers and shape checks are new).
The reuse report counts every /work/main/tests/data/*/expected.json except round98's and round99's own (a
digests-round98 / digests-round99 folder, or a file whose bytes equal round98's or round99's expected.json) — a file
whose bytes equal one already counted is counted once — and checks the split: round99 holds the odd positions of the
candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 3 up to its last paper; it
fails on a paper shared with round98's expected.json (read only, from /work/rounds/digests-round98/ or
/work/main/tests/data/digests-round98/, when it exists), and on a paper in more than one round99 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: 1007, 1011 and 1015 every JSON string (Rails'
\u003c escapes undone that way); 1008 every Elixir string literal unescaped; 1009 every Guile string unescaped; 1010
every YAML scalar (folded lines joined, '' undone); 1012 every viminfo bar-line string (`|<` continuations joined,
\" \\ \n undone); 1016 every description box joined into one text; everything: HTML entities undone once and twice,
percent-escapes undone. Titles are matched after whitespace normalisation and case-blind; a title found only that way
(or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level):
1007 Basecamp to-dos (byte-equal to ActiveSupport's JSON encoding of the parsed value — compact, raw UTF-8, < > &
escaped —; no final newline; a list of to-dos with the API's keys in order; type Todo, status active, title = content,
not completed; url / app_url / bookmark_url / subscription_url / comments_url / completion_url built from the account,
bucket and id; positions 1..n; one parent to-do list and one bucket; ISO times with milliseconds, created ≤ updated;
people objects with their keys, the same person the same object; starts_on ≤ due_on; description HTML tags balanced,
links http(s));
1008 IEx session (the shell command, the Erlang/OTP and Interactive Elixir banners; `iex(N)>` prompts numbered from 1
without gaps, `...(N)>` continuations of the same N; Ecto debug lines as `[debug] QUERY OK source="…" db=…` + SQL with
its parameter list (as many parameters as the highest `$n`) + the `↳` caller line; structs with `__meta__` first and
the schema's fields in order, one per line; `get!` answered by the asked id or by Ecto.NoResultsError with `^id`;
IO.puts loops printing as many lines as the `:ok`s returned; list answers filled to 80 columns with one-space
continuation lines; updated_at ≥ inserted_at; the BREAK menu, `a` and the shell prompt last);
1009 Haunt post (S-expression tokens closed and balanced; two top-level forms: `(use-modules (haunt utils))` and a
quasiquoted alist; title / date / tags / summary / content once each, `date` as `,(string->date* "YYYY-MM-DD HH:MM")`
with a valid date, tags strings; SXML elements of known names, `(@ …)` only right after the name, attribute values
strings, href http(s) / mailto, `li` only in `ol` / `ul`, no `a` in `a`, `ol start` continuing the previous list's
numbering);
1010 gcloud logging read (the prompt and command with its filter, --freshness and --limit; `---` documents re-emitted
byte-equal by the PyYAML rules — keys sorted, indentless sequences, quoting of numeric / timestamp-like strings and of
strings with `: `, folding past column 80 —; no more entries than --limit; newest first, all within --freshness of
the newest; receiveTimestamp 0–10 s after timestamp; insertIds unique; logName's project = resource's, logs stdout /
requests only, httpRequest only on requests with trace / spanId, jsonPayload only on stdout; the resource labels of
the filter's service; events: a classified URL in its message's text, a saved paper after its classified link with
the same id, text_len = the message's length, a digest's count = its titles, which are saved papers' titles);
1011 Zendesk comments (byte-equal to ActiveSupport's encoding; no final newline; comments / next_page / previous_page
/ count with count = comments; comment keys in order, ids and created_at ascending, unique audit ids; html_body the
body in `<div class="zd-comment" dir="auto">` with one `<p dir="auto">` per paragraph, `<br>` per line and every URL
linked to itself; plain_body = body; via email with from / to and e-mail metadata, via web with client and IP; only
web comments private; attachments with their keys, url / content_url / mapped_content_url built from id and name, and
a content type matching the extension);
1012 viminfo (the header, version and encoding lines; the sections in Vim's order with their exact headers; each
history entry as its old-format line and a `|2,type,time,sep,"…"` bar line holding the same text, times newest first,
the search separator's code; registers with `"x<TAB>TYPE<TAB>width`, TAB-indented lines and a `|3,…` bar line whose
flags, index, type, line count, width and strings match, exactly one unnamed (`""`) register, the bar line laid out as
viminfo.c's barline_writestring writes it (byte-counted `>N` / `|<` continuations); file marks and jumplist as
`'c  line  col  name` / `-'  …` with matching `|4,…` lines; the history of marks within files);
1013 Gremlin Console (the shell command, banner and plugin lines; then only `gremlin> ` inputs and `==>` results;
`:remote connect` answered by `Configured host-[session]` and `:remote console` naming the same; traversal steps of a
known set, quotes and brackets balanced; map results `[k:v,…]` balanced, valueMap values in `[…]`, elementMap
starting with id and label; paper counts consistent with the addV calls between them; a created vertex's id reused
by later calls; JanusGraph edge ids whose base-36 parts are the out / in vertex ids; `:exit` and the shell prompt
last);
1014 Texy (headings underlined with one of # * = - repeated over the heading's length; code / comment blocks closed by
`\--`; tables with `|---` separator lines, `|*` header cells and as many cells in every row; `"text":URL` links with
http(s) / mailto targets; modifier lines `.[class]`, `.<`, `.>`, `.<>`, `.=` before a paragraph; blockquote and list
lines; a horizontal rule between blank lines);
1015 Revolt messages (byte-equal to compact serde_json output; no final newline; messages / users / members; ULIDs
valid; messages newest first by _id, one channel, message keys in Revolt's order, nonce sent within 5 s of the _id
time, edited after it; authors, mentions and reactions among the users, `<@id>` mentions ⇔ `mentions`; replies to
earlier messages of the list; embeds of known types whose URL is in the content; users' and members' keys, members of
one server);
1016 gcalcli agenda (the prompt and command with the calendar and two dates; a blank line first; event lines with the
date column on a day's first event only, times right-aligned, all-day events without one; one blank line between days,
days ascending within the asked span; detail lines in gcalcli's order under the title column: Calendar = the asked
one, Link with an eid decoding to `<id> <calendar id>`, Hangout Link, Location, Attendees (`Name: <e-mail>` lines),
Length (`1 day, 0:00:00` exactly for all-day events), Reminder, Email, Description in gcalcli's 80-column line-art box
with lines no wider than its wrap; the shell prompt last).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import base64, datetime as dt, html, json, os, re, sys
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


EX_STR = re.compile(r'"((?:[^"\\\n]|\\.)*)"')


def ex_unescape(s):
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), s)


def elixir_strings(raw):
    return [ex_unescape(m.group(1)) for m in EX_STR.finditer(raw)]


# ---- Guile / Scheme tokens (1009)
SX_TOKEN = re.compile(r'(?P<c>;[^\n]*)|(?P<s>"(?:[^"\\]|\\.)*")|(?P<o>\()|(?P<cl>\))|(?P<q>[`\',])|(?P<dot>\.(?=[\s()]))|'
                      r'(?P<a>[^\s()";`\',]+)|(?P<ws>\s+)|(?P<bad>.)', re.S)


def sx_unescape(s):
    def rep(m):
        c = m.group(1)
        if c.startswith("x"): return chr(int(c[1:-1], 16))
        return {"n": "\n", "t": "\t", "\\": "\\", '"': '"'}.get(c, c)
    return re.sub(r"\\(x[0-9a-fA-F]+;|.)", rep, s, flags=re.S)


def sx_tokens(raw):
    out, line = [], 1
    for m in SX_TOKEN.finditer(raw):
        k = m.lastgroup
        if k not in ("c", "ws"): out.append((k, m.group(), line))
        line += m.group().count("\n")
    return out


def scheme_strings(raw):
    return [sx_unescape(v[1:-1]) for k, v, _ in sx_tokens(raw) if k == "s"]


# ---- the YAML subset gcloud writes (1010)
YAML_BOOL = re.compile(r"^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$")
YAML_INT = re.compile(r"^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$")
YAML_FLOAT = re.compile(r"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")
YAML_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
YAML_TS = re.compile(r"^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$")


class YamlError(Exception):
    pass


def y_scalar(text):
    """one scalar (its folded lines already joined by spaces)"""
    if text.startswith("'"):
        if not text.endswith("'") or len(text) < 2: raise YamlError("single-quoted scalar not closed")
        return text[1:-1].replace("''", "'")
    if text.startswith('"'): raise YamlError("double-quoted scalar (gcloud's printer writes none here)")
    if YAML_NULL.match(text): return None
    if text in ("true", "false"): return text == "true"
    if YAML_INT.match(text): return int(text)
    if YAML_FLOAT.match(text) or YAML_BOOL.match(text) or YAML_TS.match(text): raise YamlError(f"unquoted {text!r} would not be a string")
    return text


def y_parse(lines):
    """block mappings / indentless sequences of scalars, as PyYAML writes them"""
    pos = [0]

    def value_lines(first, indent):
        parts = [first]
        while pos[0] < len(lines) and lines[pos[0]].startswith(" " * (indent + 2)):
            parts.append(lines[pos[0]][indent + 2:])
            pos[0] += 1
        return " ".join(parts)

    def mapping(indent):
        d = {}
        while pos[0] < len(lines):
            l = lines[pos[0]]
            if len(l) - len(l.lstrip(" ")) < indent: break
            m = re.fullmatch(" " * indent + r"([\w.]+):(?: (.*))?", l)
            if not m: raise YamlError(f"not a mapping line: {l!r}")
            pos[0] += 1
            k, rest = m.group(1), m.group(2)
            if k in d: raise YamlError(f"key {k} repeated")
            if rest is None:
                if pos[0] < len(lines) and lines[pos[0]].startswith(" " * indent + "- "):
                    items = []
                    while pos[0] < len(lines) and lines[pos[0]].startswith(" " * indent + "- "):
                        first = lines[pos[0]][indent + 2:]
                        pos[0] += 1
                        items.append(y_scalar(value_lines(first, indent)))
                    d[k] = items
                else:
                    d[k] = mapping(indent + 2)
            elif rest == "{}": d[k] = {}
            elif rest == "[]": d[k] = []
            else: d[k] = y_scalar(value_lines(rest, indent))
        return d
    d = mapping(0)
    if pos[0] != len(lines): raise YamlError(f"unparsed line {lines[pos[0]]!r}")
    return d


Y_WIDTH = 80


def y_plain_ok(s):
    if not s or s != s.strip() or "\n" in s or ": " in s or " #" in s or s.endswith(":") or "  " in s: return False
    if s[0] in "#,[]{}&*!|>'\"%@`" or (s[0] in "-?:" and (len(s) == 1 or s[1] == " ")): return False
    return not any(r.match(s) for r in (YAML_BOOL, YAML_INT, YAML_FLOAT, YAML_NULL, YAML_TS))


def y_fold(body, col, indent):
    words = body.split(" ")
    out, c = words[0], col + len(words[0])
    for w in words[1:]:
        if c > Y_WIDTH: out += "\n" + " " * indent + w; c = indent + len(w)
        else: out += " " + w; c += 1 + len(w)
    return out


def y_scalar_out(v, col, indent):
    if v is None: return "null"
    if v is True: return "true"
    if v is False: return "false"
    if isinstance(v, int): return str(v)
    if y_plain_ok(v): return y_fold(v, col, indent)
    return "'" + y_fold(v.replace("'", "''"), col + 1, indent) + "'"


def y_emit(d, indent=0):
    out = []
    for k in sorted(d):
        v, pad = d[k], " " * indent
        if isinstance(v, dict):
            out += [f"{pad}{k}: {{}}"] if not v else [f"{pad}{k}:"] + y_emit(v, indent + 2)
        elif isinstance(v, list):
            out += [f"{pad}{k}: []"] if not v else [f"{pad}{k}:"] + [f"{pad}- " + y_scalar_out(i, indent + 2, indent + 2) for i in v]
        else:
            out.append(f"{pad}{k}: " + y_scalar_out(v, indent + len(k) + 2, indent + 2))
    return out


def gcloud_docs(raw):
    """the YAML documents of 1010: [(first line number, [lines])]"""
    ls = raw.split("\n")
    docs, cur = [], None
    for i, l in enumerate(ls[1:-2], 2):
        if l == "---":
            cur = (i + 1, []); docs.append(cur)
        elif cur is not None:
            cur[1].append(l)
    return docs


def yaml_strings(v):
    return json_strings(v)


# ---- viminfo bar lines (1012)
def vi_bar_lines(raw):
    """bar lines with their `|<` continuation lines joined (the `>N` markers kept): [(line number, text)]"""
    ls = raw.split("\n")
    out = []
    for i, l in enumerate(ls):
        if l.startswith("|<") and out:
            out[-1] = (out[-1][0], out[-1][1] + "\n" + l)
        elif l.startswith("|"):
            out.append((i + 1, l))
    return out


VI_STR = re.compile(r'(?:>(\d+)\n\|<)?"((?:[^"\\]|\\.)*)"', re.S)


def vi_strings(bar):
    """the strings of one joined bar line: [(declared length or None, decoded text, escaped text)]"""
    out = []
    for m in VI_STR.finditer(bar):
        esc = m.group(2).replace("\n|<", "")
        out.append((int(m.group(1)) if m.group(1) else None, re.sub(r"\\(.)", lambda x: "\n" if x.group(1) == "n" else x.group(1), esc), esc))
    return out


def gcal_boxes(raw):
    out, cur = [], None
    for l in raw.split("\n"):
        s = l.strip()
        if s[:1] in ("\u250c", "\u2514") and s[-1:] in ("\u2510", "\u2518"):
            if cur is None: cur = []
            else: out.append(" ".join(cur)); cur = None
        elif cur is not None and s.startswith("\u2502"):
            cur.append(s[1:-1].strip())
    return out


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n in (1007, 1011, 1015): forms.append("\n".join(json_strings(json.loads(raw))))
    if n == 1008: forms.append("\n".join(elixir_strings(raw)))
    if n == 1009: forms.append("\n".join(scheme_strings(raw)))
    if n == 1010: forms.append("\n".join(s for _, d in gcloud_docs(raw) for s in yaml_strings(y_parse(d))))
    if n == 1012: forms.append("\n".join(s for _, b in vi_bar_lines(raw) for _, s, _ in vi_strings(b)))
    if n == 1016: forms.append("\n".join(gcal_boxes(raw)))
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
PROMPT_RE = re.compile(r"^([\w.-]+@[\w.-]+:[^$\s]*(?: \([\w-]+\))?\$ )")
ISO_MS_Z = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z"


def iso(s):
    try:
        return dt.datetime.fromisoformat(s.replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return None


RAILS_ESC = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029", '"': '\\"',
             "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def rails_json(v):
    if v is None: return "null"
    if v is True: return "true"
    if v is False: return "false"
    if isinstance(v, (int, float)): return repr(v)
    if isinstance(v, str): return '"' + "".join(RAILS_ESC.get(c, c if ord(c) >= 0x20 else "\\u%04x" % ord(c)) for c in v) + '"'
    if isinstance(v, list): return "[" + ",".join(map(rails_json, v)) + "]"
    return "{" + ",".join(rails_json(k) + ":" + rails_json(x) for k, x in v.items()) + "}"


def html_balanced(f, where, s, allowed):
    stack = []
    for m in re.finditer(r"<(/?)([a-z][a-z0-9]*)([^>]*)>", s):
        close, tag, attrs = m.groups()
        if tag not in allowed: errors.append(f"{f}: {where}: tag <{tag}> not expected"); continue
        if tag == "br" or attrs.endswith("/"): continue
        if not close: stack.append(tag)
        elif not stack or stack.pop() != tag: errors.append(f"{f}: {where}: </{tag}> unbalanced"); return
        if tag == "a" and not close and not re.fullmatch(r' href="(?:https?://|mailto:)[^"\s]+"(?: rel="[^"]*")?(?: target="_blank")?', attrs):
            errors.append(f"{f}: {where}: <a{attrs}>")
    if stack: errors.append(f"{f}: {where}: {stack} not closed")


# ---- 1007 Basecamp
BC_KEYS = ["id", "status", "visible_to_clients", "created_at", "updated_at", "title", "inherits_status", "type", "url",
           "app_url", "bookmark_url", "subscription_url", "comments_count", "comments_url", "position", "parent", "bucket",
           "creator", "description", "completed", "content", "starts_on", "due_on", "assignees", "completion_subscribers",
           "completion_url"]
BC_PERSON = ["id", "attachable_sgid", "name", "email_address", "personable_type", "title", "bio", "location", "created_at",
             "updated_at", "admin", "owner", "client", "employee", "time_zone", "avatar_url", "company", "can_ping",
             "can_manage_projects", "can_manage_people", "can_access_timesheet", "can_access_hill_charts"]


def check_basecamp(f, raw):
    lf_final(f, raw, final=False)
    d = json.loads(raw)
    if rails_json(d) != raw: errors.append(f"{f}: not ActiveSupport's JSON encoding (compact, raw UTF-8, < > & escaped)")
    if not isinstance(d, list) or not d: errors.append(f"{f}: not a list of to-dos"); return
    people, ids = {}, set()
    parent, bucket = d[0].get("parent"), d[0].get("bucket")
    acc = re.match(r"https://3\.basecampapi\.com/(\d+)/", d[0].get("url", ""))
    if not acc: errors.append(f"{f}: no account in the first url"); return
    API, APP = f"https://3.basecampapi.com/{acc.group(1)}", f"https://3.basecamp.com/{acc.group(1)}"
    for k, t in enumerate(d, 1):
        if list(t) != BC_KEYS: errors.append(f"{f}: to-do {k}: keys"); continue
        i, b = t["id"], t["bucket"]["id"]
        if i in ids: errors.append(f"{f}: to-do {k}: id repeated")
        ids.add(i)
        if (t["type"], t["status"], t["completed"], t["inherits_status"]) != ("Todo", "active", False, True): errors.append(f"{f}: to-do {k}: type / status / completed")
        if t["title"] != t["content"]: errors.append(f"{f}: to-do {k}: title is not content")
        want = {"url": f"{API}/buckets/{b}/todos/{i}.json", "app_url": f"{APP}/buckets/{b}/todos/{i}",
                "subscription_url": f"{API}/buckets/{b}/recordings/{i}/subscription.json",
                "comments_url": f"{API}/buckets/{b}/recordings/{i}/comments.json",
                "completion_url": f"{API}/buckets/{b}/todos/{i}/completion.json"}
        for x, u in want.items():
            if t[x] != u: errors.append(f"{f}: to-do {k}: {x} is not built from the account, bucket and id")
        if not re.fullmatch(re.escape(API) + r"/my/bookmarks/[A-Za-z0-9+/=]+--[0-9a-f]{40}\.json", t["bookmark_url"]): errors.append(f"{f}: to-do {k}: bookmark_url")
        if t["position"] != k: errors.append(f"{f}: to-do {k}: position {t['position']}")
        if t["parent"] != parent or t["bucket"] != bucket: errors.append(f"{f}: to-do {k}: another parent or bucket")
        pid = parent["id"]
        if parent.get("type") != "Todolist" or parent.get("url") != f"{API}/buckets/{b}/todolists/{pid}.json" \
                or parent.get("app_url") != f"{APP}/buckets/{b}/todolists/{pid}" or bucket.get("type") != "Project":
            errors.append(f"{f}: to-do {k}: parent / bucket objects")
        for x in ("created_at", "updated_at"):
            if not re.fullmatch(ISO_MS_Z, t[x]): errors.append(f"{f}: to-do {k}: {x} form")
        if t["created_at"] > t["updated_at"]: errors.append(f"{f}: to-do {k}: updated before created")
        for x in ("starts_on", "due_on"):
            if t[x] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", t[x]): errors.append(f"{f}: to-do {k}: {x}")
        if t["starts_on"] and t["due_on"] and t["starts_on"] > t["due_on"]: errors.append(f"{f}: to-do {k}: starts after due")
        if not isinstance(t["comments_count"], int) or t["comments_count"] < 0: errors.append(f"{f}: to-do {k}: comments_count")
        for p in [t["creator"]] + t["assignees"] + t["completion_subscribers"]:
            if list(p) != BC_PERSON: errors.append(f"{f}: to-do {k}: person keys"); continue
            if people.setdefault(p["id"], p) != p: errors.append(f"{f}: to-do {k}: person {p['id']} differs from before")
            if p["personable_type"] != "User" or not re.fullmatch(r"[\w.-]+@[\w.-]+\.example", p["email_address"]): errors.append(f"{f}: to-do {k}: person {p['id']}")
        if len({p["id"] for p in t["assignees"]}) != len(t["assignees"]): errors.append(f"{f}: to-do {k}: assignee repeated")
        html_balanced(f, f"to-do {k}", t["description"], {"div", "br", "strong", "em", "a", "ul", "ol", "li", "blockquote"})


# ---- 1008 IEx
IEX_FIELDS = ["__meta__", "id", "titulo", "autores", "arxiv_id", "url", "status", "nota", "apresentador", "inserted_at", "updated_at"]
EX_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|~N\[[^\]]*\]|[\[\]{}]|,|:?[\w.!?]+|\S')


def ex_top_items(s):
    """top-level items of an Elixir list literal `[...]`"""
    depth, n, any_ = 0, 0, False
    for t in EX_TOKEN.findall(s):
        if t in "[{": depth += 1
        elif t in "]}": depth -= 1
        elif t == "," and depth == 1: n += 1
        elif depth >= 1: any_ = True
    return n + 1 if any_ else 0


def check_iex(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    m = PROMPT_RE.match(ls[0] if ls else "")
    if not m or ls[0][m.end():] != "iex -S mix": errors.append(f"{f}: line 1: not an `iex -S mix` command line"); return
    P = m.group(1)
    if not re.fullmatch(r"Erlang/OTP \d+ \[erts-[\d.]+\]( \[[\w:-]+\])+", ls[1]) or ls[2] != "" \
            or not re.fullmatch(r"Interactive Elixir \([\d.]+\) - press Ctrl\+C to exit \(type h\(\) ENTER for help\)", ls[3]):
        errors.append(f"{f}: the banners"); return
    if ls[-5:] != ["", "BREAK: (a)bort (A)bort with dump (c)ontinue (p)roc info (i)nfo",
                   "       (l)oaded (v)ersion (k)ill (D)b-tables (d)istribution", "a", P]:
        errors.append(f"{f}: does not end with the BREAK menu, `a` and the shell prompt")
    body = ls[4:-5]
    blocks, want, k = [], 1, 0
    while k < len(body):
        pm = re.match(r"iex\((\d+)\)> (.*)", body[k])
        if not pm: errors.append(f"{f}: line {k + 5}: a prompt was due"); k += 1; continue
        n_ = int(pm.group(1))
        if n_ != want: errors.append(f"{f}: line {k + 5}: prompt {n_} after {want - 1}")
        want = n_ + 1
        inp = [pm.group(2)]
        k += 1
        while k < len(body) and body[k].startswith("..."):
            cm = re.match(r"\.\.\.\((\d+)\)> (.*)", body[k])
            if not cm or int(cm.group(1)) != n_: errors.append(f"{f}: line {k + 5}: continuation prompt")
            else: inp.append(cm.group(2))
            k += 1
        j = k
        while j < len(body) and not body[j].startswith("iex("): j += 1
        blocks.append((n_, "\n".join(inp), body[k:j])); k = j
    for n_, inp, out in blocks:
        i = 0
        while i < len(out) and out[i].startswith("[debug] "):
            dm = re.fullmatch(r'\[debug\] QUERY OK source="(\w+)"((?: (?:db|decode|queue|idle)=\d+\.\dms)+)', out[i])
            if not dm or "db=" not in dm.group(2): errors.append(f"{f}: iex({n_}): debug line {out[i][:50]!r}")
            sm = re.fullmatch(r"((?:SELECT|INSERT|UPDATE|DELETE) .*?) (\[.*\])", out[i + 1] if i + 1 < len(out) else "")
            if not sm: errors.append(f"{f}: iex({n_}): SQL line with its parameters"); break
            hi = max([int(x) for x in re.findall(r"\$(\d+)", sm.group(1))] or [0])
            if ex_top_items(sm.group(2)) != hi: errors.append(f"{f}: iex({n_}): {ex_top_items(sm.group(2))} parameters for ${hi}")
            if not (i + 2 < len(out) and re.fullmatch(r"↳ \S+, at: \S+:\d+", out[i + 2])): errors.append(f"{f}: iex({n_}): no caller line")
            i += 3
        res = out[i:]
        txt = "\n".join(res)
        if res[:1] and res[0].startswith("%"):
            if not (res[0].endswith("{") and res[-1] == "}"): errors.append(f"{f}: iex({n_}): struct not one field per line"); continue
            fields = []
            for x, l in enumerate(res[1:-1]):
                fm = re.fullmatch(r"  (\w+): (.*?)(,?)", l)
                if not fm or (fm.group(3) == "") != (x == len(res) - 3): errors.append(f"{f}: iex({n_}): struct line {l[:40]!r}"); continue
                fields.append((fm.group(1), fm.group(2)))
            if [a for a, _ in fields] != IEX_FIELDS: errors.append(f"{f}: iex({n_}): struct fields not the schema's in order")
            fd = dict(fields)
            gm = re.fullmatch(r"Repo\.get!\(Artigo, (\d+)\)", inp)
            if gm and fd.get("id") != gm.group(1): errors.append(f"{f}: iex({n_}): get! answered by another id")
            if fd.get("inserted_at", "") > fd.get("updated_at", "~"): errors.append(f"{f}: iex({n_}): updated before inserted")
            for x in ("inserted_at", "updated_at"):
                if not re.fullmatch(r"~N\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\]", fd.get(x, "")): errors.append(f"{f}: iex({n_}): {x}")
        elif res[:1] and res[0].startswith("** ("):
            gm = re.fullmatch(r"Repo\.get!\(Artigo, (\d+)\)", inp)
            if not gm or res[0] != "** (Ecto.NoResultsError) expected at least one result but got none in query:" \
                    or f"  where: a0.id == ^{gm.group(1)}" not in res or not re.fullmatch(r"    iex:\d+: \(file\)", res[-1]):
                errors.append(f"{f}: iex({n_}): the NoResultsError block")
        elif "IO.puts" in inp and inp.startswith("for "):
            oks = re.fullmatch(r"\[:ok(?:, :ok)*\]", res[-1] if res else "")
            if not oks or res[-1].count(":ok") != len(res) - 1: errors.append(f"{f}: iex({n_}): printed lines are not the :ok returned")
        elif res[:1] and res[0].startswith("["):
            for l in res:
                if len(l) > 80 and l.count('", "') + l.count("}, {") > 0: errors.append(f"{f}: iex({n_}): list line over 80 columns with more than one item")
            for l in res[1:]:
                if not l.startswith(" ") or l.startswith("  "): errors.append(f"{f}: iex({n_}): list continuation not one space in")
            if EX_TOKEN.findall(txt).count("[") != EX_TOKEN.findall(txt).count("]"): errors.append(f"{f}: iex({n_}): brackets")
        elif not res:
            errors.append(f"{f}: iex({n_}): no result")
    if not any(b[1].startswith("alias ") for b in blocks): errors.append(f"{f}: no alias before using the schema")


# ---- 1009 Haunt
SXML_TAGS = {"p", "h2", "h3", "ol", "ul", "li", "a", "em", "strong", "code", "pre", "blockquote", "hr", "br", "small", "img"}


def sx_read(f, toks):
    """tokens -> nested Python lists; strings as ('s', text), quotes as ('q', mark, datum)"""
    pos = [0]

    def datum():
        k, v, ln = toks[pos[0]]
        pos[0] += 1
        if k == "o":
            out = []
            while pos[0] < len(toks) and toks[pos[0]][0] != "cl":
                out.append(datum())
            if pos[0] >= len(toks): raise ValueError(f"line {ln}: ( never closed")
            pos[0] += 1
            return out
        if k == "cl": raise ValueError(f"line {ln}: ) without (")
        if k == "q": return ("q", v, datum())
        if k == "s": return ("s", sx_unescape(v[1:-1]))
        if k == "bad": raise ValueError(f"line {ln}: unexpected {v!r} (a string not closed?)")
        return v
    forms = []
    while pos[0] < len(toks): forms.append(datum())
    return forms


def check_haunt(f, raw):
    lf_final(f, raw)
    try:
        forms = sx_read(f, sx_tokens(raw))
    except (ValueError, IndexError) as ex:
        errors.append(f"{f}: {ex}"); return
    if len(forms) != 2 or forms[0] != ["use-modules", ["haunt", "utils"]]: errors.append(f"{f}: not (use-modules (haunt utils)) and one post"); return
    q = forms[1]
    if not (isinstance(q, tuple) and q[0] == "q" and q[1] == "`" and isinstance(q[2], list)): errors.append(f"{f}: the post is not a quasiquoted alist"); return
    seen = {}
    for e in q[2]:
        if not isinstance(e, list) or not e or not isinstance(e[0], str): errors.append(f"{f}: alist entry {e!r:.40}"); continue
        if e[0] in seen: errors.append(f"{f}: {e[0]} twice")
        seen[e[0]] = e
    if sorted(seen) != ["content", "date", "summary", "tags", "title"]: errors.append(f"{f}: metadata keys {sorted(seen)}"); return
    for k in ("title", "summary"):
        e = seen[k]
        if not (len(e) == 3 and e[1] == "." and isinstance(e[2], tuple) and e[2][0] == "s"): errors.append(f"{f}: ({k} . \"…\")")
    e = seen["date"]
    ok = len(e) == 3 and e[1] == "." and isinstance(e[2], tuple) and e[2][:2] == ("q", ",") and isinstance(e[2][2], list) \
        and len(e[2][2]) == 2 and e[2][2][0] == "string->date*" and isinstance(e[2][2][1], tuple)
    if not ok or not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", e[2][2][1][1]) or iso(e[2][2][1][1].replace(" ", "T")) is None:
        errors.append(f"{f}: date is not ,(string->date* \"YYYY-MM-DD HH:MM\")")
    if not all(isinstance(x, tuple) and x[0] == "s" for x in seen["tags"][1:]) or len(seen["tags"]) < 2: errors.append(f"{f}: tags")
    c = seen["content"]
    if len(c) != 2 or not isinstance(c[1], list): errors.append(f"{f}: (content (…))"); return
    last_ol = [0]

    def elem(x, parents):
        if not isinstance(x, list) or not x or not isinstance(x[0], str): errors.append(f"{f}: element {x!r:.40}"); return
        tag, rest = x[0], x[1:]
        if tag not in SXML_TAGS: errors.append(f"{f}: unknown element {tag}")
        attrs = {}
        if rest and isinstance(rest[0], list) and rest[0][:1] == ["@"]:
            for a in rest[0][1:]:
                if not (isinstance(a, list) and len(a) == 2 and isinstance(a[0], str) and isinstance(a[1], tuple) and a[1][0] == "s"):
                    errors.append(f"{f}: attribute {a!r:.40}"); continue
                attrs[a[0]] = a[1][1]
            rest = rest[1:]
        for y in rest:
            if isinstance(y, list) and y[:1] == ["@"]: errors.append(f"{f}: (@ …) not right after the element name in {tag}")
        if tag == "a" and not re.fullmatch(r"(?:https?://|mailto:)\S+", attrs.get("href", "")): errors.append(f"{f}: a href {attrs.get('href')!r}")
        if tag == "a" and "a" in parents: errors.append(f"{f}: a inside a")
        if tag == "li" and (not parents or parents[-1] not in ("ol", "ul")): errors.append(f"{f}: li outside a list")
        if tag == "ol":
            start = int(attrs.get("start", "1")) if attrs.get("start", "1").isdigit() else -1
            if start != last_ol[0] + 1: errors.append(f"{f}: ol start {attrs.get('start', '1')} does not continue the numbering at {last_ol[0] + 1}")
            last_ol[0] = start - 1 + sum(1 for y in rest if isinstance(y, list) and y[:1] == ["li"])
        for y in rest:
            if isinstance(y, tuple) and y[0] == "s": continue
            elem(y, parents + [tag])
    for x in c[1]:
        elem(x, [])


# ---- 1010 gcloud logging read
RUN_LABELS = ["configuration_name", "location", "project_id", "revision_name", "service_name"]


def check_gcloud(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    m = PROMPT_RE.match(ls[0] if ls else "")
    cm = re.fullmatch(r"gcloud logging read '([^']*)' --freshness=(\d+)d --limit=(\d+)", ls[0][m.end():] if m else "")
    if not m or not cm: errors.append(f"{f}: line 1: not a gcloud logging read command"); return
    P = m.group(1)
    if ls[-1] != P: errors.append(f"{f}: the shell prompt is not last")
    if ls[1] != "---": errors.append(f"{f}: line 2: the first document does not start with ---")
    pm = re.search(r"\(([\w-]+)\)\$ $", P)
    flt = dict(re.findall(r'([\w.]+)="([^"]*)"', cm.group(1)))
    fresh, limit = int(cm.group(2)), int(cm.group(3))
    docs = gcloud_docs(raw)
    if len(docs) > limit: errors.append(f"{f}: {len(docs)} entries for --limit={limit}")
    entries, ids = [], set()
    for ln, dl in docs:
        try:
            e = y_parse(dl)
        except YamlError as ex:
            errors.append(f"{f}: line {ln}: {ex}"); continue
        if "\n".join(y_emit(e)) != "\n".join(dl): errors.append(f"{f}: line {ln}: not what gcloud's YAML printer writes for this entry (quoting / folding / order)")
        entries.append((ln, e))
    prev = None
    newest = iso(entries[0][1].get("timestamp")) if entries else None
    msgs, classified, saved = {}, {}, []
    for ln, e in entries:
        keys_ = set(e)
        req = "httpRequest" in e
        want = {"insertId", "labels", "logName", "receiveTimestamp", "resource", "severity", "timestamp"} | (
            {"httpRequest", "spanId", "trace", "traceSampled"} if req else {"jsonPayload"})
        if keys_ != want: errors.append(f"{f}: line {ln}: keys {sorted(keys_ ^ want)} wrong for a {'request' if req else 'stdout'} entry"); continue
        if e["insertId"] in ids: errors.append(f"{f}: line {ln}: insertId repeated")
        ids.add(e["insertId"])
        lm = re.fullmatch(r"projects/([\w-]+)/logs/run\.googleapis\.com%2F(stdout|requests)", e["logName"])
        res = e["resource"]
        if not lm or (lm.group(2) == "requests") != req: errors.append(f"{f}: line {ln}: logName"); continue
        if res.get("type") != flt.get("resource.type") or sorted(res.get("labels", {})) != RUN_LABELS \
                or res["labels"]["project_id"] != lm.group(1) or res["labels"]["service_name"] != flt.get("resource.labels.service_name") \
                or not res["labels"]["revision_name"].startswith(res["labels"]["service_name"] + "-") or (pm and pm.group(1) != lm.group(1)):
            errors.append(f"{f}: line {ln}: resource is not the filter's service in the prompt's project")
        t, r = iso(e["timestamp"]), iso(e["receiveTimestamp"])
        if not t or not r or not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", e["timestamp"]) \
                or not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z", e["receiveTimestamp"]):
            errors.append(f"{f}: line {ln}: timestamp forms"); continue
        rr = dt.datetime.fromisoformat(e["receiveTimestamp"][:26] + "+00:00")
        if not dt.timedelta(0) <= rr - t <= dt.timedelta(seconds=10): errors.append(f"{f}: line {ln}: receiveTimestamp not 0–10 s after timestamp")
        if prev and t > prev: errors.append(f"{f}: line {ln}: entries not newest first")
        prev = t
        if newest and newest - t > dt.timedelta(days=fresh): errors.append(f"{f}: line {ln}: older than --freshness")
        if e["severity"] not in ("DEBUG", "INFO", "NOTICE", "WARNING", "ERROR", "CRITICAL"): errors.append(f"{f}: line {ln}: severity")
        if req:
            h = e["httpRequest"]
            if not re.fullmatch(r"\d+\.\d+s", str(h.get("latency"))) or not str(h.get("requestSize", "")).isdigit() \
                    or not isinstance(h.get("status"), int) or not re.fullmatch(r"projects/" + lm.group(1) + r"/traces/[0-9a-f]{32}", e["trace"]) \
                    or not re.fullmatch(r"[0-9a-f]{16}", e["spanId"]):
                errors.append(f"{f}: line {ln}: httpRequest / trace")
            continue
        j = e["jsonPayload"]
        entries_ev = j.get("event")
        if entries_ev == "message_received": msgs[j["message_id"]] = (t, j["text"])
    for ln, e in reversed(entries):
        j = e.get("jsonPayload")
        if not j: continue
        ev_, mid = j.get("event"), j.get("message_id")
        if ev_ in ("link_classified", "no_link_found", "paper_saved") and mid not in msgs: errors.append(f"{f}: line {ln}: {ev_} for a message not received")
        if ev_ == "link_classified":
            if j["url"] not in msgs.get(mid, (0, ""))[1]: errors.append(f"{f}: line {ln}: classified URL not in the message")
            if j["kind"] == "arxiv" and j.get("arxiv_id") not in j["url"]: errors.append(f"{f}: line {ln}: arxiv_id not the URL's")
            if j["kind"] == "openreview" and not j["url"].endswith("id=" + j.get("openreview_id", "?")): errors.append(f"{f}: line {ln}: openreview_id not the URL's")
            if j["kind"] in ("arxiv", "openreview"): classified.setdefault(mid, set()).add(j.get("arxiv_id") or j.get("openreview_id"))
        if ev_ == "no_link_found" and j.get("text_len") != len(msgs.get(mid, (0, ""))[1]): errors.append(f"{f}: line {ln}: text_len is not the message's length")
        if ev_ == "paper_saved":
            pid = j["paper"].get("arxiv_id") or j["paper"].get("openreview_id")
            if pid not in classified.get(mid, set()): errors.append(f"{f}: line {ln}: saved paper without its classified link")
            if j["paper"]["title"] not in msgs.get(mid, (0, ""))[1].replace("\n", " "): notes.append(f"{f}: line {ln}: saved title not in the message text")
            saved.append(j["paper"]["title"])
        if ev_ == "daily_digest_sent":
            if j.get("count") != len(j.get("titles", [])): errors.append(f"{f}: line {ln}: digest count")
            if not set(j.get("titles", [])) <= set(saved): errors.append(f"{f}: line {ln}: digest titles not saved papers")


# ---- 1011 Zendesk
ZD_KEYS = ["id", "type", "author_id", "body", "html_body", "plain_body", "public", "attachments", "audit_id", "via", "created_at", "metadata"]
ZD_ATT = ["url", "id", "file_name", "content_url", "mapped_content_url", "content_type", "size", "width", "height", "inline",
          "deleted", "malware_access_override", "malware_scan_result", "thumbnails"]
CTYPES = {"pdf": "application/pdf", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "png": "image/png"}


def zd_html(body):
    def para(p):
        esc = html.escape(p, quote=False)
        esc = re.sub(r"https?://[^\s<]+", lambda m: f'<a href="{m.group(0)}" rel="noopener noreferrer" target="_blank">{m.group(0)}</a>', esc)
        return '<p dir="auto">' + esc.replace("\n", "<br>") + "</p>"
    return '<div class="zd-comment" dir="auto">' + "".join(para(p) for p in body.split("\n\n")) + "</div>"


def check_zendesk(f, raw):
    lf_final(f, raw, final=False)
    d = json.loads(raw)
    if rails_json(d) != raw: errors.append(f"{f}: not ActiveSupport's JSON encoding (compact, raw UTF-8, < > & escaped)")
    if list(d) != ["comments", "next_page", "previous_page", "count"]: errors.append(f"{f}: top-level keys"); return
    cs = d["comments"]
    if d["count"] != len(cs): errors.append(f"{f}: count is not the comments returned")
    sub = None
    last, audits = None, set()
    for k, c in enumerate(cs, 1):
        if list(c) != ZD_KEYS: errors.append(f"{f}: comment {k}: keys"); continue
        if c["type"] != "Comment" or not isinstance(c["id"], int): errors.append(f"{f}: comment {k}: type / id")
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", c["created_at"]): errors.append(f"{f}: comment {k}: created_at")
        if last and (c["id"] <= last[0] or c["created_at"] < last[1]): errors.append(f"{f}: comment {k}: not in order")
        last = (c["id"], c["created_at"])
        if c["audit_id"] in audits: errors.append(f"{f}: comment {k}: audit_id repeated")
        audits.add(c["audit_id"])
        if c["html_body"] != zd_html(c["body"]): errors.append(f"{f}: comment {k}: html_body is not the body in Zendesk's markup")
        html_balanced(f, f"comment {k}", c["html_body"], {"div", "p", "br", "a"})
        if c["plain_body"] != c["body"]: errors.append(f"{f}: comment {k}: plain_body is not the body")
        v, meta = c["via"], c["metadata"]
        if list(v) != ["channel", "source"] or list(v["source"]) != ["from", "to", "rel"] or list(meta) != ["system", "custom"]:
            errors.append(f"{f}: comment {k}: via / metadata keys"); continue
        if v["channel"] == "email":
            if not re.fullmatch(r"[\w.-]+@[\w.-]+", v["source"]["from"].get("address", "")) or not v["source"]["to"].get("address") \
                    or not re.fullmatch(r"<[^<>\s]+@[^<>\s]+>", meta["system"].get("message_id", "")) or not c["public"]:
                errors.append(f"{f}: comment {k}: e-mail source / metadata")
        elif v["channel"] == "web":
            if v["source"]["from"] or v["source"]["to"] or not meta["system"].get("client") or not re.fullmatch(r"[\d.]+", meta["system"].get("ip_address", "")):
                errors.append(f"{f}: comment {k}: web source / metadata")
        else:
            errors.append(f"{f}: comment {k}: channel {v['channel']}")
        for a in c["attachments"]:
            if list(a) != ZD_ATT: errors.append(f"{f}: comment {k}: attachment keys"); continue
            um = re.fullmatch(r"(https://[\w-]+\.zendesk\.com)/api/v2/attachments/(\d+)\.json", a["url"])
            if not um or int(um.group(2)) != a["id"]: errors.append(f"{f}: comment {k}: attachment url"); continue
            sub = sub or um.group(1)
            if um.group(1) != sub or not re.fullmatch(re.escape(sub) + r"/attachments/token/\w+/\?name=" + re.escape(a["file_name"]), a["content_url"]) \
                    or a["mapped_content_url"] != a["content_url"]:
                errors.append(f"{f}: comment {k}: attachment content_url")
            if CTYPES.get(a["file_name"].rsplit(".", 1)[-1]) != a["content_type"]: errors.append(f"{f}: comment {k}: content_type of {a['file_name']}")
    if cs and not all(c.get("public", True) or c.get("via", {}).get("channel") == "web" for c in cs): errors.append(f"{f}: a private e-mail comment")


# ---- 1012 viminfo
VI_LSIZE = 512


def vi_writestring(s, remaining):
    b = s.encode("utf-8")
    ln = 2 + sum(2 if c in b'\n"\\' else 1 for c in b)
    out = bytearray()
    if ln > remaining - 2:
        out += b">%d\n|<" % ln
        remaining = VI_LSIZE - 20
    out += b'"'
    for c in b:
        if c == 0x0A: out += b"\\n"; remaining -= 1
        elif c in b'"\\': out += b"\\" + bytes([c]); remaining -= 1
        else: out.append(c)
        remaining -= 1
        if remaining < 3:
            out += b"\n|<"
            remaining = VI_LSIZE - 20
    out += b'"'
    return out.decode("utf-8", "surrogateescape"), remaining - 2


VI_HEAD = ["# This viminfo file was generated by Vim 9.0.", "# You may edit it if you're careful!", "",
           "# Viminfo version", "|1,4", "", "# Value of 'encoding' when this file was written", "*encoding=utf-8", "", ""]
VI_SECTIONS = ["# hlsearch on (H) or off (h):", "# Command Line History (newest to oldest):", "# Search String History (newest to oldest):",
               "# Expression History (newest to oldest):", "# Input Line History (newest to oldest):",
               "# Debug Line History (newest to oldest):", "# Registers:", "# File marks:", "# Jumplist (newest first):",
               "# History of marks within files (newest to oldest):"]
VI_REGNAME = "0123456789abcdefghijklmnopqrstuvwxyz-"


def check_viminfo(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if ls[:10] != VI_HEAD: errors.append(f"{f}: the header lines"); return
    found = [x for x in ls if x in VI_SECTIONS]
    if found != VI_SECTIONS: errors.append(f"{f}: sections {found} not Vim's, in Vim's order"); return
    idx = {s: ls.index(s) for s in VI_SECTIONS}
    for s in VI_SECTIONS[1:]:
        if ls[idx[s] - 1] != "": errors.append(f"{f}: no blank line before {s!r}")
    if ls[idx[VI_SECTIONS[0]] + 1] not in ("~h", "~H") or ls[idx[VI_SECTIONS[0]] + 2] != "# Last Search Pattern:" \
            or not re.fullmatch(r"~[Mm][Ss][lL][esb]-?\d+~?/.+", ls[idx[VI_SECTIONS[0]] + 3]):
        errors.append(f"{f}: hlsearch / last search pattern")

    def body(s):
        i = VI_SECTIONS.index(s)
        end = idx[VI_SECTIONS[i + 1]] - 1 if i + 1 < len(VI_SECTIONS) else len(ls)
        return idx[s] + 1, ls[idx[s] + 1:end]
    for s, typ, lead in ((VI_SECTIONS[1], 0, ":"), (VI_SECTIONS[2], 1, "?"), (VI_SECTIONS[3], 2, "="), (VI_SECTIONS[4], 3, "@"), (VI_SECTIONS[5], 4, ">")):
        start, b = body(s)
        if len(b) % 2: errors.append(f"{f}: {s[2:-1]}: not old line + bar line pairs"); continue
        prev = None
        for k in range(0, len(b), 2):
            old, bar = b[k], b[k + 1]
            bm = re.fullmatch(r"\|2,(\d),(\d+),(\d*),(.*)", bar)
            if not bm or int(bm.group(1)) != typ or not old.startswith(lead): errors.append(f"{f}: line {start + k + 1}: history entry"); continue
            text = old[2:] if typ == 1 else old[1:]
            if typ == 1 and bm.group(3) != str(ord(old[1])): errors.append(f"{f}: line {start + k + 2}: search separator code")
            if typ != 1 and bm.group(3) != "": errors.append(f"{f}: line {start + k + 2}: separator on a non-search entry")
            if bm.group(4) != vi_writestring(text, VI_LSIZE - 20)[0]: errors.append(f"{f}: line {start + k + 2}: bar line text is not the old line's")
            t = int(bm.group(2))
            if prev is not None and t > prev: errors.append(f"{f}: line {start + k + 2}: history not newest first")
            prev = t
    start, b = body(VI_SECTIONS[6])
    k, unnamed = 0, 0
    while k < len(b):
        hm = re.fullmatch(r'("?)"(.)(@?)\t(CHAR|LINE|BLOCK)\t(\d+)', b[k])
        if not hm: errors.append(f"{f}: line {start + k + 1}: register header"); k += 1; continue
        j = k + 1
        while j < len(b) and b[j].startswith("\t"): j += 1
        lines = [x[1:] for x in b[k + 1:j]]
        bar = b[j] if j < len(b) else ""
        while j + 1 < len(b) and b[j + 1].startswith("|<"):
            j += 1; bar += "\n" + b[j]
        prev_, name, typ, width = hm.group(1) == '"', hm.group(2), hm.group(4), int(hm.group(5))
        unnamed += prev_
        bm = re.fullmatch(r"\|3,(\d+),(\d+),(\d),(\d+),(\d+),(\d+)(.*)", bar, re.S)
        if not bm: errors.append(f"{f}: line {start + k + 1}: register {name} without its bar line"); k = j + 1; continue
        flags, ri, ty, nl, wd = (int(x) for x in bm.group(1, 2, 3, 4, 5))
        if (flags & 1) != prev_ or ri >= len(VI_REGNAME) or VI_REGNAME[ri] != name or ty != ["CHAR", "LINE", "BLOCK"].index(typ) \
                or nl != len(lines) or wd != width:
            errors.append(f"{f}: line {start + k + 1}: register {name}: bar line flags / index / type / count / width")
        rem, want = VI_LSIZE - 71, ""
        for l in lines:
            want += ","; rem -= 1
            s_, rem = vi_writestring(l, rem)
            want += s_
        if bm.group(7) != want: errors.append(f"{f}: line {start + k + 1}: register {name}: bar strings are not its lines as viminfo.c writes them")
        k = j + 1
    if unnamed != 1: errors.append(f"{f}: {unnamed} unnamed registers")
    for s, lead in ((VI_SECTIONS[7], "'"), (VI_SECTIONS[8], "-'")):
        start, b = body(s)
        if len(b) % 2: errors.append(f"{f}: {s[2:-1]}: not mark + bar line pairs"); continue
        for k in range(0, len(b), 2):
            mm = re.fullmatch((r"'(.)" if lead == "'" else r"-'") + r"  (\d+)  (\d+)  (.+)", b[k])
            bm = re.fullmatch(r"\|4,(\d+),(\d+),(\d+),(\d+),(.*)", b[k + 1])
            if not mm or not bm: errors.append(f"{f}: line {start + k + 1}: mark lines"); continue
            c = mm.group(1) if lead == "'" else "'"
            if int(bm.group(1)) != ord(c) or bm.group(2, 3) != mm.group(len(mm.groups()) - 2, len(mm.groups()) - 1) \
                    or bm.group(5) != vi_writestring(mm.group(len(mm.groups())), VI_LSIZE - 20)[0]:
                errors.append(f"{f}: line {start + k + 2}: mark bar line does not match")
    start, b = body(VI_SECTIONS[9])
    k = 0
    while k < len(b):
        if b[k] != "" or k + 2 >= len(b) or not b[k + 1].startswith("> ") or not re.fullmatch(r"\t\*\t\d+\t0", b[k + 2]):
            errors.append(f"{f}: line {start + k + 1}: history of marks: blank, `> file`, `*` line"); break
        k += 3
        while k < len(b) and b[k].startswith("\t"):
            if not re.fullmatch(r"\t[\"^.<>+a-z\[\]]\t\d+\t\d+", b[k]): errors.append(f"{f}: line {start + k + 1}: file mark line")
            k += 1


# ---- 1013 Gremlin Console
GR_STEPS = {"V", "E", "hasLabel", "has", "values", "valueMap", "elementMap", "count", "order", "by", "out", "in", "outE", "inE",
            "inV", "outV", "as", "select", "addV", "addE", "property", "from", "to", "gte", "lte", "gt", "lt", "limit", "path", "drop"}


def check_gremlin(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    m = PROMPT_RE.match(ls[0] if ls else "")
    if not m or ls[0][m.end():] != "bin/gremlin.sh": errors.append(f"{f}: line 1: not bin/gremlin.sh"); return
    P = m.group(1)
    if ls[1:5] != ["", "         \\,,,/", "         (o o)", "-----oOOo-(3)-oOOo-----"]: errors.append(f"{f}: the banner")
    k = 5
    while k < len(ls) and ls[k].startswith("plugin activated: "): k += 1
    if k == 5: errors.append(f"{f}: no plugin lines")
    if ls[-2:] != ["gremlin> :exit", P]: errors.append(f"{f}: does not end with :exit and the shell prompt")
    blocks = []
    for i in range(k, len(ls) - 1):
        if ls[i].startswith("gremlin> "): blocks.append((i + 1, ls[i][9:], []))
        elif ls[i].startswith("==>") and blocks: blocks[-1][2].append(ls[i][3:])
        else: errors.append(f"{f}: line {i + 1}: neither a gremlin> input nor a ==> result")
    sess, remote, made, last_count, seen_v = None, False, set(), None, set()
    for ln, c, out in blocks:
        if c.startswith(":"):
            if c.startswith(":remote connect "):
                rm = re.fullmatch(r"Configured ([\w.-]+/[\d.]+:\d+)-\[([0-9a-f-]{36})\]", out[0] if len(out) == 1 else "")
                if not rm: errors.append(f"{f}: line {ln}: :remote connect answer"); continue
                sess = rm.groups()
            elif c == ":remote console":
                if not sess or out != [f"All scripts will now be sent to Gremlin Server - [{sess[0]}]-[{sess[1]}] - type ':remote console' to return to local mode"]:
                    errors.append(f"{f}: line {ln}: :remote console answer")
                remote = True
            elif c != ":exit":
                errors.append(f"{f}: line {ln}: console command {c}")
            continue
        if not remote: errors.append(f"{f}: line {ln}: a traversal before :remote console")
        if not c.startswith("g.") or c.count("'") % 2 or c.count("(") != c.count(")"): errors.append(f"{f}: line {ln}: traversal quotes / brackets")
        code = re.sub(r"'[^']*'", "''", c)
        for s in re.findall(r"(?:^|[.(])([A-Za-z_]\w*)\(", code):
            if s not in GR_STEPS and s != "g": errors.append(f"{f}: line {ln}: unknown step {s}")
        for vm in re.findall(r"\bV\((\d+)\)", code):
            if vm not in seen_v: errors.append(f"{f}: line {ln}: V({vm}) of no vertex seen")
        for o in out:
            seen_v.update(x for pair in re.findall(r"\bv\[(\d+)\]|\bid:(\d+)", o) for x in pair if x)
            depth = 0
            for ch in o:
                depth += (ch == "[") - (ch == "]")
                if depth < 0: break
            if depth != 0: errors.append(f"{f}: line {ln}: result brackets unbalanced: {o[:40]!r}")
            if "valueMap(" in code and not re.fullmatch(r"\[(\w+:\[[^\]]*\](?:,\w+:\[[^\]]*\])*)\]", o): errors.append(f"{f}: line {ln}: valueMap result {o[:40]!r}")
            if "elementMap(" in code and not re.match(r"\[id:\d+,label:\w+,", o): errors.append(f"{f}: line {ln}: elementMap result")
        if c == "g.V().hasLabel('paper').count()":
            if not (len(out) == 1 and out[0].isdigit()): errors.append(f"{f}: line {ln}: count answer"); continue
            if last_count is not None and int(out[0]) != last_count: errors.append(f"{f}: line {ln}: paper count {out[0]}, {last_count} expected after the addV calls")
            last_count = int(out[0])
        if c.startswith("g.addV('paper')"):
            vm = re.fullmatch(r"v\[(\d+)\]", out[0] if len(out) == 1 else "")
            if not vm: errors.append(f"{f}: line {ln}: addV answer"); continue
            made.add(int(vm.group(1)))
            if last_count is not None: last_count += 1
        if ".addE(" in code:
            em = re.fullmatch(r"e\[([0-9a-z]+)-([0-9a-z]+)-([0-9a-z]+)-([0-9a-z]+)\]\[(\d+)-(\w+)->(\d+)\]", out[0] if len(out) == 1 else "")
            if not em or int(em.group(2), 36) != int(em.group(5)) or int(em.group(4), 36) != int(em.group(7)) or f"addE('{em.group(6)}')" not in c:
                errors.append(f"{f}: line {ln}: edge id is not JanusGraph's for its vertices")


# ---- 1014 Texy
TX_UNDER = re.compile(r"([#*=-])\1{2,}")


def check_texy(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    inblock, i, tables = None, 0, []
    heads = 0
    while i < len(ls):
        l = ls[i]
        if inblock:
            if l == "\\--": inblock = None
            elif l.startswith("/--"): errors.append(f"{f}: line {i + 1}: a block opened inside {inblock!r} (not closed before?)")
            i += 1; continue
        bm = re.fullmatch(r"/--(code(?: \w+)?|comment|html|div(?: \.\[[\w -]+\])?|notexy)", l)
        if l.startswith("/--"):
            if not bm: errors.append(f"{f}: line {i + 1}: block opener {l!r}")
            inblock = l; i += 1; continue
        if l == "\\--": errors.append(f"{f}: line {i + 1}: \\-- without an opener")
        if i + 1 < len(ls) and TX_UNDER.fullmatch(ls[i + 1]) and l and not l.startswith(("|", "-", ">", ".")):
            if len(ls[i + 1]) != len(l) or (i > 0 and ls[i - 1] != "") or (i + 2 < len(ls) and ls[i + 2] != ""):
                errors.append(f"{f}: line {i + 2}: heading underline not the heading's length or heading not between blank lines")
            heads += 1
            i += 2; continue
        if TX_UNDER.fullmatch(l) and l[0] == "-":
            if (i > 0 and ls[i - 1] != "") or (i + 1 < len(ls) and ls[i + 1] != ""): errors.append(f"{f}: line {i + 1}: horizontal rule not between blank lines")
        elif TX_UNDER.fullmatch(l):
            errors.append(f"{f}: line {i + 1}: an underline without a heading")
        if l.startswith("|"):
            if re.fullmatch(r"\|-{3,}", l): tables.append(("sep", i))
            else:
                cells = re.split(r" \|(?=\*? )", " " + l)[1:]
                if not cells or not all(re.match(r"\*? ", c_) for c_ in cells): errors.append(f"{f}: line {i + 1}: table row")
                tables.append((len(cells), i))
        if re.fullmatch(r"\.(?:\[[\w -]+\]|<>|<|>|=)", l) and (i + 1 >= len(ls) or ls[i + 1] == "" or (i > 0 and ls[i - 1] != "")):
            errors.append(f"{f}: line {i + 1}: modifier line not before a paragraph")
        elif l.startswith(".") and re.fullmatch(r"\.\S*", l) and not re.fullmatch(r"\.(?:\[[\w -]+\]|<>|<|>|=)", l):
            errors.append(f"{f}: line {i + 1}: modifier {l!r}")
        for lm in re.finditer(r'"([^"\n]*)":(\S+)', l):
            if not lm.group(1).strip() or not re.fullmatch(r"(?:https?://|mailto:)\S+", lm.group(2)): errors.append(f"{f}: line {i + 1}: link {lm.group(0)[:40]!r}")
        rest = re.sub(r'"[^"\n]*":\S+', "", l)
        if rest.count('"') % 2: errors.append(f"{f}: line {i + 1}: a quote not closed (a link broken?)")
        if re.sub(r"\*\*", "", re.sub(r"^\|\*|\|\*", "", rest)).count("*") % 2 and not l.startswith(("- ", "* ")): errors.append(f"{f}: line {i + 1}: emphasis not closed")
        i += 1
    if inblock: errors.append(f"{f}: block {inblock!r} never closed")
    if not heads: errors.append(f"{f}: no heading")
    rows = [n for n, _ in tables if n != "sep"]
    if rows and len(set(rows)) != 1: errors.append(f"{f}: table rows with {sorted(set(rows))} cells")


# ---- 1015 Revolt
CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RV_MSG = ["_id", "nonce", "channel", "author", "content", "edited", "embeds", "mentions", "replies", "reactions"]
RV_EMBED = ["type", "url", "original_url", "special", "title", "description", "image", "site_name", "colour"]


def ulid_ms(u):
    if not isinstance(u, str) or not re.fullmatch(r"[0-7][0-9A-HJKMNP-TV-Z]{25}", u): return None
    n = 0
    for ch in u[:10]: n = n * 32 + CROCK.index(ch)
    return n


def check_revolt(f, raw):
    lf_final(f, raw, final=False)
    d = json.loads(raw)
    if json.dumps(d, ensure_ascii=False, separators=(",", ":")) != raw: errors.append(f"{f}: not compact serde_json output")
    if list(d) != ["messages", "users", "members"]: errors.append(f"{f}: top-level keys"); return
    users = {u.get("_id"): u for u in d["users"]}
    for u in d["users"]:
        if list(u)[:4] != ["_id", "username", "discriminator", "display_name"] or not re.fullmatch(r"\d{4}", u["discriminator"]) \
                or ulid_ms(u["_id"]) is None or u.get("relationship") not in ("None", "User", "Friend"):
            errors.append(f"{f}: user {u.get('username')}")
    servers = {m["_id"]["server"] for m in d["members"]}
    if len(servers) != 1 or any(m["_id"]["user"] not in users or not re.fullmatch(ISO_MS_Z, m["joined_at"]) for m in d["members"]):
        errors.append(f"{f}: members")
    ms, prev, chans = d["messages"], None, set()
    ids = {m["_id"] for m in ms}
    for k, m in enumerate(ms, 1):
        if not all(x in RV_MSG for x in m) or [x for x in RV_MSG if x in m] != list(m) or not {"_id", "channel", "author"} <= set(m):
            errors.append(f"{f}: message {k}: keys"); continue
        t = ulid_ms(m["_id"])
        if t is None or ulid_ms(m["channel"]) is None: errors.append(f"{f}: message {k}: not a ULID"); continue
        if prev and m["_id"] >= prev: errors.append(f"{f}: message {k}: not newest first")
        prev = m["_id"]
        chans.add(m["channel"])
        if "nonce" in m and (ulid_ms(m["nonce"]) is None or abs(ulid_ms(m["nonce"]) - t) > 5000): errors.append(f"{f}: message {k}: nonce time")
        if "edited" in m:
            e = iso(m["edited"])
            if not e or not re.fullmatch(ISO_MS_Z, m["edited"]) or e.timestamp() * 1000 < t: errors.append(f"{f}: message {k}: edited before sent")
        if m["author"] not in users: errors.append(f"{f}: message {k}: author not among the users")
        men = re.findall(r"<@([0-9A-Z]{26})>", m.get("content", ""))
        if sorted(men) != sorted(m.get("mentions", [])) or any(x not in users for x in men): errors.append(f"{f}: message {k}: mentions")
        for r in m.get("replies", []):
            if r not in ids or r >= m["_id"]: errors.append(f"{f}: message {k}: reply to a message not earlier in the list")
        for em, who in m.get("reactions", {}).items():
            if not who or any(x not in users for x in who): errors.append(f"{f}: message {k}: reactions")
        for e in m.get("embeds", []):
            if [x for x in RV_EMBED if x in e] != list(e) or e.get("type") != "Website" or e["url"] not in re.findall(r"https?://[^\s)）]+", m.get("content", "")) \
                    or e.get("original_url") != e["url"] or e.get("special", {}).get("type") not in ("None", "YouTube", "GIF"):
                errors.append(f"{f}: message {k}: embed {e.get('url', '')[:40]}")
            if e.get("special", {}).get("type") == "YouTube" and e["special"].get("id") not in e["url"]: errors.append(f"{f}: message {k}: YouTube id")
            if "image" in e and list(e["image"]) != ["url", "width", "height", "size"]: errors.append(f"{f}: message {k}: embed image")
    if len(chans) != 1: errors.append(f"{f}: messages of {len(chans)} channels")


# ---- 1016 gcalcli agenda
GC_ORDER = ["Calendar", "Link", "Hangout Link", "Location", "Attendees", "Length", "Reminder", "Email", "Description"]
GC_W, GC_DET = 80, 19


def check_gcalcli(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    m = PROMPT_RE.match(ls[0] if ls else "")
    cm = re.fullmatch(r'gcalcli --calendar "([^"]+)" agenda --details all (\d{4}-\d\d-\d\d) (\d{4}-\d\d-\d\d)', ls[0][m.end():] if m else "")
    if not m or not cm: errors.append(f"{f}: line 1: not a gcalcli agenda command"); return
    P, cal = m.group(1), cm.group(1)
    d0, d1 = dt.date.fromisoformat(cm.group(2)), dt.date.fromisoformat(cm.group(3))
    if ls[1] != "" or ls[-1] != P or ls[-2] != "": errors.append(f"{f}: blank first line / the shell prompt last")
    det = " " * (GC_DET + 2)
    prevday, ev, box = None, None, None
    for i in range(2, len(ls) - 2):
        l = ls[i]
        dm = re.fullmatch(re.escape(det) + r"(" + "|".join(GC_ORDER) + r"):(?: (.*))?", l)
        em = None if dm else re.fullmatch(r"((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d\d| {10})  "
                                          r"( {7}|[ \d]\d:\d\d[ap]m)  ([^\s\u2502\u250c\u2514].*)", l)
        if em and box is None:
            if em.group(1).strip():
                try:
                    dd = dt.datetime.strptime(f"{em.group(1)} {d0.year}", "%a %b %d %Y").date()
                except ValueError:
                    errors.append(f"{f}: line {i + 1}: date {em.group(1)!r}"); continue
                if prevday and (dd <= prevday or ls[i - 1] != ""): errors.append(f"{f}: line {i + 1}: days not ascending or not after one blank line")
                if not d0 <= dd < d1: errors.append(f"{f}: line {i + 1}: outside the asked span")
                prevday = dd
            elif ls[i - 1] == "" or prevday is None: errors.append(f"{f}: line {i + 1}: a day's first event without its date")
            ev = {"allday": em.group(2).strip() == "", "labels": []}
            continue
        if l == "":
            if ls[i + 1] == "" or ls[i + 1].startswith(" "): errors.append(f"{f}: line {i + 1}: blank line inside a day")
            if box is not None: errors.append(f"{f}: line {i + 1}: description box not closed")
            continue
        if ev is None: errors.append(f"{f}: line {i + 1}: a detail before any event"); continue
        if dm and box is None:
            lab, val = dm.group(1), dm.group(2) or ""
            if ev["labels"] and GC_ORDER.index(lab) <= GC_ORDER.index(ev["labels"][-1]): errors.append(f"{f}: line {i + 1}: {lab} out of gcalcli's order")
            ev["labels"].append(lab)
            if lab == "Calendar" and val != cal: errors.append(f"{f}: line {i + 1}: another calendar")
            if lab == "Link":
                lm = re.fullmatch(r"https://www\.google\.com/calendar/event\?eid=([A-Za-z0-9+/]+)", val)
                try:
                    dec = base64.b64decode(lm.group(1) + "=" * (-len(lm.group(1)) % 4)).decode() if lm else ""
                except (ValueError, UnicodeDecodeError):
                    dec = ""
                if not re.fullmatch(r"[0-9a-v]{10,} \S+@group\.calendar\.google\.com", dec): errors.append(f"{f}: line {i + 1}: eid")
            if lab == "Hangout Link" and not re.fullmatch(r"https://meet\.google\.com/[a-z]{3}-[a-z]{4}-[a-z]{3}", val): errors.append(f"{f}: line {i + 1}: Meet link")
            if lab == "Length" and ((val == "1 day, 0:00:00") != ev["allday"] or not re.fullmatch(r"(?:\d+ days?, )?\d+:\d\d:\d\d", val)):
                errors.append(f"{f}: line {i + 1}: Length {val!r} for {'an all-day' if ev['allday'] else 'a timed'} event")
            if lab == "Reminder" and not re.fullmatch(r"\(default\)|(?:popup|email) \d+ minutes", val): errors.append(f"{f}: line {i + 1}: Reminder")
            if lab == "Email" and not re.fullmatch(r"[\w.-]+@[\w.-]+", val): errors.append(f"{f}: line {i + 1}: Email")
            if lab in ("Attendees", "Description") and val: errors.append(f"{f}: line {i + 1}: {lab} with text on its line")
            continue
        if ev["labels"][-1:] == ["Attendees"] and box is None and re.fullmatch(re.escape(det) + r"  [^:<>]+: <[\w.-]+@[\w.-]+>", l): continue
        if ev["labels"][-1:] == ["Description"]:
            inner = GC_W - len(det) - 2
            if box is None and l == det + "\u250c" + "\u2500" * inner + "\u2510": box = []; continue
            if box is not None and l == det + "\u2514" + "\u2500" * inner + "\u2518":
                if not box: errors.append(f"{f}: line {i + 1}: empty description box")
                box = None; continue
            if box is not None and len(l) == GC_W and l.startswith(det + "\u2502 ") and l.endswith("\u2502") and "\u2502" not in l[len(det) + 1:-1]:
                box.append(l[len(det) + 2:-1].rstrip())
                if len(l[len(det) + 2:-1].rstrip()) > GC_W - 2 - len(det) - 2: errors.append(f"{f}: line {i + 1}: a line wider than gcalcli's wrap")
                continue
            errors.append(f"{f}: line {i + 1}: description box line"); continue
        errors.append(f"{f}: line {i + 1}: neither an event nor a detail line: {l[:40]!r}")
    if box is not None: errors.append(f"{f}: the last description box not closed")


def shape_checks(f, raw, path):
    n = num(f)
    {1007: check_basecamp, 1008: check_iex, 1009: check_haunt, 1010: check_gcloud, 1011: check_zendesk,
     1012: check_viminfo, 1013: check_gremlin, 1014: check_texy, 1015: check_revolt,
     1016: check_gcalcli}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)

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
# round98's and round99's, a byte-identical file counted once), and the round98/round99 split (candidates sorted by
# (uses, catalogue title); round99 = odd positions from 3 on, one unbroken run; round98 takes the even ones)
used = Counter()
TD = "/work/main/tests/data"
P98S = ["/work/rounds/digests-round98/expected.json", "/work/main/tests/data/digests-round98/expected.json"]
P98 = next((p for p in P98S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P98S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round98", "digests-round99") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round99 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r98 = set()
if P98:
    try:
        r98 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P98)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P98} exists but could not be read (being written?)")
    if r98 & mine: errors.append(f"papers also in round98: {sorted(r98 & mine)}")
shared98 = len(r98 & mine) if P98 else "(no round98 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round99 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round98: {shared98}; papers in more than one round99 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
