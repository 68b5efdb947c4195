#!/usr/bin/env python3
r"""Checks round51/expected.json against the digests and the shared catalogues.

Adapted from round49/validate.py (the label checks are the same code; the reuse report is round49's with the sides
swapped: round51 holds the even positions, round50 the odd ones; the readers and shape checks are new). The reuse
report counts every /work/main/tests/data/*/expected.json except round50's and round51's own (a digests-round50 /
digests-round51 folder, or a file whose bytes equal round50's or round51's expected.json) — a file whose bytes equal
one already counted is counted once — and checks the split: round51 holds the even positions of the candidates sorted
by (uses, catalogue title), position 1 left out, as one run from position 2 up to its last paper; it fails on a
paper shared with /work/round50/expected.json when that file exists (read only), and on a paper in more than one
round51 file.
Every digest is read raw (UTF-8; 531 as Latin-1, TeXmacs's byte encoding for French letters) and in decoded forms,
the way a reader of that shape would see it:
  - 527 (Word Sources.xml): the element text (ElementTree itertext);
  - 528 (Gmail API message JSON): every JSON string, the decoded Subject / From / Cc headers, and the base64url
    payload body decoded as UTF-8, as is and with its format=flowed soft breaks joined (quoted lines unquoted first);
  - 529 (Skype messages.json), 532 (Inoreader JSON): every JSON string;
  - 530 (Rust): the rustdoc text (every /// and //! line without its marker, joined by newlines);
  - 531 (TeXmacs): <#hex> characters decoded;
  - 533 (Day One JSON): every JSON string, the `text` fields with Day One's Markdown backslash escapes undone, and the
    richText runs joined;
  - 534 (Mathematica): backslash-newline continuations and \< \> removed, \:XXXX and the named characters decoded;
  - the other files: the text;
  - everything: HTML / XML entities undone once and twice, percent-escapes undone.
Titles are matched after whitespace normalisation and case-blind; a title found only that way (or only in a decoded
form) is reported as a `note:`.

Titles: a recorded title must equal the catalogue title (or one of its version titles) after normalisation. Round 51
needs no deviation.

Shape checks (each digest against the rules of the program that writes or reads its shape):
  - 527 (Word Sources.xml): the XML declaration and one line of markup, well-formed, root b:Sources in the OOXML
    bibliography namespace, every b:Source with one b:Tag (unique), a known b:SourceType and a {GUID} b:Guid,
    integer LCID, four-digit Year, http(s) URL, a b:Title except for nothing;
  - 528 (Gmail API message): JSON with the users.messages.get keys, 16-hex id / threadId, a millisecond
    internalDate, payload text/plain with a name/value header list holding From / To / Date / Subject / Message-ID
    and Content-Type format=flowed, body.data valid base64url of exactly body.size bytes of UTF-8, no body line over
    78 characters, the signature separator "-- ";
  - 529 (Skype): JSON with userId / exportDate / conversations; every message with the export's keys, a known
    messagetype, id == version == originalarrivaltime in ms, MessageList newest first, content tags balanced,
    every <quote messageid> naming a message of the conversation;
  - 530 (Rust): LF, final newline, balanced (), [], {} outside comments / strings / char literals, //! only before
    the first item, every Markdown link / autolink in doc comments an http(s) URL;
  - 531 (TeXmacs): "<TeXmacs|" first, angle brackets balanced and every <\x> block closed by </x> in order, bytes
    Latin-1 without C1 controls, every <cite|k> with a <label|bib-k> and a bib-k in \references, the bib-list count
    equal to its bibitems, the auxiliary bib keys equal to the cited keys;
  - 532 (Inoreader): JSON, items with the Google Reader keys, tag:google.com item ids, timestampUsec starting with
    crawlTimeMsec, user/… categories with the starred state, http(s) canonical links; written the json_encode way
    (ASCII only, every "/" inside strings escaped);
  - 533 (Day One): JSON written the Apple way (" : ", two-space indentation, "/" escaped), entries with 32-hex
    uuid, ISO creationDate, timeZone, text, and a richText that parses and whose link runs' URLs are the text's
    Markdown link URLs;
  - 534 (Mathematica): ASCII only, the notebook header and cache comments, NotebookDataPosition / Length matching
    the Notebook[ … ] expression, brackets balanced outside strings, unique ExpressionUUIDs, every ButtonBox a
    Hyperlink with ButtonData->{URL["…"], None};
  - 535 (LinkChecker): LF, the banner, "Start checking at", every block URL / [Name] / Parent URL / [Real URL] /
    Check time / [Size] / [Info] / [Warning] / Result in that order, the warning and error counts equal to the
    closing "N warnings found. M errors found." line, "That's it." and "Stopped checking at";
  - 536 (NEGATIVE, CSL): well-formed, root <style> in the CSL namespace version 1.0, info with title / id / updated,
    every <text macro> naming a defined macro, no macro defined twice, every <choose> starting with <if>.
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is
not an id of its own (kept from round17)."""

import base64, binascii, html, json, os, re, sys
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import datetime, timezone
from email.header import decode_header, make_header
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

# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(f, path):
    if num(f) == 531:
        return open(path, encoding="latin-1", newline="").read()
    return open(path, encoding="utf-8", newline="").read()


def strings_of(v, out):
    if isinstance(v, str): out.append(v)
    elif isinstance(v, list): [strings_of(x, out) for x in v]
    elif isinstance(v, dict): [strings_of(x, out) for x in list(v.keys()) + list(v.values())]
    return out


def unflow(body):
    out, cur = [], None
    for l in body.split("\n"):
        q = re.match(r"^(>+ ?)", l)
        l = l[len(q.group(1)):] if q else l
        if l.startswith(" "): l = l[1:]
        if cur is not None:
            cur += l
        else:
            cur = l
        if l.endswith(" ") and l != "-- ":
            continue
        out.append(cur); cur = None
    if cur is not None: out.append(cur)
    return "\n".join(out)


NAMED = {"\\[LongDash]": "—", "\\[Dash]": "–", "\\[LeftGuillemet]": "«", "\\[RightGuillemet]": "»",
         "\\[Ellipsis]": "…", "\\[RightArrow]": "→", "\\[TildeTilde]": "≈", "\\[Times]": "×", "\\[CloseCurlyQuote]": "’"}
def mma_decode(s):
    s = s.replace("\\\n", "").replace("\\<", "").replace("\\>", "")
    s = re.sub(r"\\:([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)
    for k, v in NAMED.items(): s = s.replace(k, v)
    return s.replace('\\"', '"')


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 527: forms.append("\n".join(ET.fromstring(raw.split("\n", 1)[1].encode("utf-8")).itertext()))
    if n == 528:
        d = json.loads(raw)
        forms.append("\n".join(strings_of(d, [])))
        for h in d["payload"]["headers"]:
            if h["name"] in ("Subject", "From", "To", "Cc"): forms.append(str(make_header(decode_header(h["value"]))))
        body = base64.urlsafe_b64decode(d["payload"]["body"]["data"]).decode("utf-8")
        forms += [body, unflow(body)]
    if n in (529, 532, 533): forms.append("\n".join(strings_of(json.loads(raw), [])))
    if n == 530: forms.append("\n".join(m.group(1) for m in re.finditer(r"^\s*//[/!] ?(.*)$", raw, re.M)))
    if n == 531: forms.append(re.sub(r"<#([0-9A-Fa-f]+)>", lambda m: chr(int(m.group(1), 16)), raw))
    if n == 533:
        d = json.loads(raw)
        forms.append("\n".join(re.sub(r"\\([\\\-().])", r"\1", e["text"]) for e in d["entries"]))
        forms.append("\n".join("".join(c["text"] for c in json.loads(e["richText"])["contents"]) for e in d["entries"] if e.get("richText")))
    if n == 534: forms.append(mma_decode(raw))
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
def balanced(f, code, pairs="()[]{}"):
    st = []
    op, cl = pairs[0::2], pairs[1::2]
    for c in code:
        if c in op: st.append(c)
        elif c in cl:
            if not st or op.index(st.pop()) != cl.index(c): errors.append(f"{f}: unbalanced {c!r}"); return
    if st: errors.append(f"{f}: unclosed {st[-1]!r}")


def xml_root(f, data):
    try:
        return ET.fromstring(data.encode("utf-8") if isinstance(data, str) else data)
    except ET.ParseError as ex:
        errors.append(f"{f}: not well-formed XML: {ex}")


B = "{http://schemas.openxmlformats.org/officeDocument/2006/bibliography}"
SOURCE_TYPES = {"Book", "BookSection", "JournalArticle", "ArticleInAPeriodical", "ConferenceProceedings", "Report",
                "SoundRecording", "Performance", "Art", "DocumentFromInternetSite", "InternetSite", "Film", "Interview",
                "Patent", "ElectronicSource", "Case", "Misc"}
def check_sources(f, raw):
    if "\r" in raw: errors.append(f"{f}: CR characters")
    lines = raw.split("\n")
    if lines[0] != '<?xml version="1.0"?>' or len(lines) != 2 or not lines[1].startswith("<b:Sources"):
        errors.append(f"{f}: not Word's layout (declaration line + one line of markup)")
    root = xml_root(f, raw.split("\n", 1)[-1])
    if root is None: return
    if root.tag != B + "Sources": errors.append(f"{f}: root is {root.tag}")
    tags = []
    for s in root.findall(B + "Source"):
        t = s.findall(B + "Tag")
        if len(t) != 1: errors.append(f"{f}: a Source without exactly one Tag"); continue
        tags.append(t[0].text)
        st = s.findtext(B + "SourceType")
        if st not in SOURCE_TYPES: errors.append(f"{f}: {t[0].text}: unknown SourceType {st!r}")
        g = s.findtext(B + "Guid") or ""
        if not re.fullmatch(r"\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}", g): errors.append(f"{f}: {t[0].text}: bad Guid {g!r}")
        if s.find(B + "LCID") is not None and not re.fullmatch(r"\d+", s.findtext(B + "LCID") or ""): errors.append(f"{f}: {t[0].text}: LCID not an integer")
        if s.find(B + "Year") is not None and not re.fullmatch(r"\d{4}", s.findtext(B + "Year") or ""): errors.append(f"{f}: {t[0].text}: Year not four digits")
        u = s.findtext(B + "URL")
        if u is not None and not re.fullmatch(r"https?://\S+", u): errors.append(f"{f}: {t[0].text}: URL {u!r} not http(s)")
        if not s.findtext(B + "Title"): errors.append(f"{f}: {t[0].text}: no Title")
    for k, c in Counter(tags).items():
        if c > 1: errors.append(f"{f}: duplicate Tag {k}")


GMAIL_KEYS = {"id", "threadId", "labelIds", "snippet", "payload", "sizeEstimate", "historyId", "internalDate"}
def check_gmail(f, raw):
    lf_final(f, raw)
    try: d = json.loads(raw)
    except ValueError as ex: errors.append(f"{f}: not JSON: {ex}"); return
    if set(d) != GMAIL_KEYS: errors.append(f"{f}: keys {sorted(set(d) ^ GMAIL_KEYS)} differ from users.messages.get's")
    for k in ("id", "threadId"):
        if not re.fullmatch(r"[0-9a-f]{16}", str(d.get(k, ""))): errors.append(f"{f}: bad {k}")
    if not re.fullmatch(r"\d{13}", str(d.get("internalDate", ""))): errors.append(f"{f}: internalDate not in milliseconds")
    p = d.get("payload", {})
    if p.get("mimeType") != "text/plain": errors.append(f"{f}: payload not text/plain")
    hs = p.get("headers", [])
    if not all(set(h) == {"name", "value"} for h in hs): errors.append(f"{f}: a header that is not name/value")
    names = {h.get("name") for h in hs}
    for h in ("From", "To", "Date", "Subject", "Message-ID"):
        if h not in names: errors.append(f"{f}: no {h} header")
    ct = next((h["value"] for h in hs if h.get("name") == "Content-Type"), "")
    if "format=flowed" not in ct: errors.append(f"{f}: Content-Type without format=flowed")
    try:
        data = p["body"]["data"]
        if not re.fullmatch(r"[A-Za-z0-9_-]*=*", data): raise binascii.Error("not base64url")
        b = base64.urlsafe_b64decode(data)
        if len(b) != p["body"]["size"]: errors.append(f"{f}: body.size {p['body']['size']} but {len(b)} bytes")
        body = b.decode("utf-8")
    except (KeyError, binascii.Error, ValueError) as ex:
        errors.append(f"{f}: body.data not base64url UTF-8: {ex!r}"); return
    for i, l in enumerate(body.split("\n"), 1):
        if len(l) > 78: errors.append(f"{f}: body line {i} longer than 78 characters")
    if "\n-- \n" not in body: errors.append(f"{f}: no signature separator '-- '")


SKYPE_KEYS = {"id", "displayName", "originalarrivaltime", "messagetype", "version", "content", "conversationid", "from", "properties", "amsreferences"}
SKYPE_TYPES = {"RichText", "Text", "RichText/UriObject", "RichText/Media_GenericFile", "ThreadActivity/AddMember",
               "ThreadActivity/DeleteMember", "ThreadActivity/TopicUpdate", "Event/Call", "RichText/Media_Card"}
def tags_balanced(f, where, s):
    st = []
    for m in re.finditer(r"<(/?)([A-Za-z][\w]*)[^>]*?(/?)>", s):
        close, name, selfc = m.groups()
        if selfc: continue
        if not close: st.append(name)
        elif not st or st.pop() != name: errors.append(f"{f}: {where}: markup tags not balanced"); return
    if st: errors.append(f"{f}: {where}: unclosed <{st[-1]}>")


def check_skype(f, raw):
    lf_final(f, raw)
    try: d = json.loads(raw)
    except ValueError as ex: errors.append(f"{f}: not JSON: {ex}"); return
    for k in ("userId", "exportDate", "conversations"):
        if k not in d: errors.append(f"{f}: no {k}")
    for c in d.get("conversations", []):
        ml = c.get("MessageList", [])
        ids = {m.get("id") for m in ml}
        times = [m.get("originalarrivaltime", "") for m in ml]
        if times != sorted(times, reverse=True): errors.append(f"{f}: {c.get('id')}: MessageList not newest first")
        for m in ml:
            if set(m) != SKYPE_KEYS: errors.append(f"{f}: message {m.get('id')} keys {sorted(set(m) ^ SKYPE_KEYS)}")
            if m.get("messagetype") not in SKYPE_TYPES: errors.append(f"{f}: unknown messagetype {m.get('messagetype')!r}")
            if m.get("conversationid") != c.get("id"): errors.append(f"{f}: message {m.get('id')} in the wrong conversation")
            try:
                t = datetime.strptime(m["originalarrivaltime"], "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)
                if str(round(t.timestamp() * 1000)) != m["id"] or str(m["version"]) != m["id"]:
                    errors.append(f"{f}: message {m['id']}: id / version / originalarrivaltime disagree")
            except (KeyError, ValueError):
                errors.append(f"{f}: message {m.get('id')}: bad originalarrivaltime")
            tags_balanced(f, f"message {m.get('id')}", m.get("content") or "")
            for q in re.findall(r'<quote [^>]*messageid="(\d+)"', m.get("content") or ""):
                if q not in ids: errors.append(f"{f}: quote of message {q}, not in the conversation")


def strip_rust(src):
    out, i, n = [], 0, len(src)
    while i < n:
        if src.startswith("//", i):
            j = src.find("\n", i); j = n if j < 0 else j
            out.append(" " * (j - i)); i = j; continue
        if src[i] == '"':
            j = i + 1
            while j < n and src[j] != '"':
                if src[j] == "\\": j += 1
                j += 1
            if j >= n: raise ValueError("string not closed")
            out.append(" " * (j + 1 - i)); i = j + 1; continue
        m = re.compile(r"'(?:\\.|[^\\'\n])'").match(src, i)
        if m:
            out.append(" " * (m.end() - i)); i = m.end(); continue
        out.append(src[i]); i += 1
    return "".join(out)


def check_rust(f, raw):
    lf_final(f, raw)
    try: balanced(f, strip_rust(raw))
    except ValueError as ex: errors.append(f"{f}: {ex}")
    seen_item = False
    for i, l in enumerate(raw.split("\n"), 1):
        s = l.strip()
        if s.startswith("//!") and seen_item: errors.append(f"{f}: line {i}: //! after the first item")
        if s and not s.startswith("//"): seen_item = True
        if s.startswith(("///", "//!")):
            for u in re.findall(r"\]\(([^)]*)\)", s) + re.findall(r"<([a-z]+:[^>]*)>", s):
                if not re.fullmatch(r"https?://[^\s<>]+", u): errors.append(f"{f}: line {i}: doc link {u!r} is not an http(s) URL")


def check_texmacs(f, raw, path):
    data = open(path, "rb").read()
    if any(0x80 <= b < 0xA0 for b in data): errors.append(f"{f}: C1 control bytes (not TeXmacs's encoding)")
    lf_final(f, raw)
    if not raw.startswith("<TeXmacs|"): errors.append(f"{f}: does not start with <TeXmacs|")
    depth, st = 0, []
    for c in raw:
        if c == "<": depth += 1
        elif c == ">":
            depth -= 1
            if depth < 0: errors.append(f"{f}: unbalanced '>'"); break
    if depth > 0: errors.append(f"{f}: unclosed '<'")
    for m in re.finditer(r"<\\([\w*-]+)|</([\w*-]+)>", raw):
        if m.group(1): st.append(m.group(1))
        elif not st or st.pop() != m.group(2): errors.append(f"{f}: </{m.group(2)}> does not close the open block"); break
    if st: errors.append(f"{f}: block <\\{st[-1]}> not closed")
    cites = list(dict.fromkeys(re.findall(r"<cite\|([^>]+)>", raw)))
    labels = set(re.findall(r"<label\|bib-([^>]+)>", raw))
    refs = set(re.findall(r"<associate\|bib-([^|]+)\|", raw))
    for k in cites:
        if k not in labels: errors.append(f"{f}: <cite|{k}> without a bibitem")
        if k not in refs: errors.append(f"{f}: bib-{k} not in the references collection")
    m = re.search(r"<\\bib-list\|(\d+)>", raw)
    if not m or int(m.group(1)) != len(re.findall(r"<bibitem\*\|", raw)): errors.append(f"{f}: bib-list count differs from its bibitems")
    aux = re.search(r"<\\associate\|bib>\n(.*?)\n\s*</associate>", raw, re.S)
    if not aux or [x.strip() for x in aux.group(1).split("\n")] != cites: errors.append(f"{f}: auxiliary bib keys differ from the cited keys")


def check_inoreader(f, raw):
    lf_final(f, raw)
    if any(ord(c) > 127 for c in raw): errors.append(f"{f}: non-ASCII characters (json_encode writes \\uXXXX)")
    if re.search(r'(?<!\\)/', "".join(re.findall(r'"(?:[^"\\]|\\.)*"', raw))): errors.append(f"{f}: an unescaped '/' in a string")
    try: d = json.loads(raw)
    except ValueError as ex: errors.append(f"{f}: not JSON: {ex}"); return
    for k in ("direction", "id", "title", "updated", "items"):
        if k not in d: errors.append(f"{f}: no {k}")
    for it in d.get("items", []):
        for k in ("crawlTimeMsec", "timestampUsec", "id", "categories", "title", "published", "canonical", "alternate", "summary", "origin"):
            if k not in it: errors.append(f"{f}: item without {k}")
        if not re.fullmatch(r"tag:google\.com,2005:reader/item/[0-9a-f]{16}", it.get("id", "")): errors.append(f"{f}: bad item id {it.get('id')!r}")
        if not str(it.get("timestampUsec", "")).startswith(str(it.get("crawlTimeMsec", "-"))): errors.append(f"{f}: timestampUsec does not extend crawlTimeMsec")
        cats = it.get("categories", [])
        if not all(c.startswith("user/") for c in cats) or not any(c.endswith("/state/com.google/starred") for c in cats):
            errors.append(f"{f}: item {it.get('id')}: categories not user/… with the starred state")
        for c in it.get("canonical", []) + it.get("alternate", []):
            if not re.fullmatch(r"https?://\S+", c.get("href", "")): errors.append(f"{f}: bad href {c.get('href')!r}")


def check_dayone(f, raw):
    lf_final(f, raw)
    if '": ' in raw.replace('" : ', ""): errors.append(f"{f}: a key written without Apple's ' : '")
    for i, l in enumerate(raw.split("\n"), 1):
        if (len(l) - len(l.lstrip(" "))) % 2: errors.append(f"{f}: line {i}: indentation not in steps of two"); break
    if re.search(r'(?<!\\)/', "".join(re.findall(r'"(?:[^"\\]|\\.)*"', raw))): errors.append(f"{f}: an unescaped '/' in a string")
    try: d = json.loads(raw)
    except ValueError as ex: errors.append(f"{f}: not JSON: {ex}"); return
    if d.get("metadata", {}).get("version") != "1.0": errors.append(f"{f}: metadata.version is not 1.0")
    for e in d.get("entries", []):
        if not re.fullmatch(r"[0-9A-F]{32}", e.get("uuid", "")): errors.append(f"{f}: bad uuid {e.get('uuid')!r}")
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e.get("creationDate", "")): errors.append(f"{f}: bad creationDate")
        for k in ("timeZone", "text"):
            if k not in e: errors.append(f"{f}: entry {e.get('uuid')} without {k}")
        try:
            rt = json.loads(e.get("richText", ""))
            links = [c["attributes"]["linkURL"] for c in rt["contents"] if "linkURL" in c.get("attributes", {})]
            if links != re.findall(r"\]\((https?://[^)\s]+)\)", e.get("text", "")): errors.append(f"{f}: entry {e.get('uuid')}: richText links differ from the text's")
        except (ValueError, KeyError, TypeError):
            errors.append(f"{f}: entry {e.get('uuid')}: richText does not parse")


def strip_mma(src):
    out, i, n = [], 0, len(src)
    while i < n:
        if src.startswith("(*", i):
            j = src.find("*)", i)
            if j < 0: raise ValueError("comment not closed")
            out.append(" " * (j + 2 - i)); i = j + 2; continue
        if src[i] == '"':
            j = i + 1
            while j < n and src[j] != '"':
                if src[j] == "\\": j += 1
                j += 1
            if j >= n: raise ValueError("string not closed")
            out.append(" " * (j + 1 - i)); i = j + 1; continue
        out.append(src[i]); i += 1
    return "".join(out)


def check_mma(f, raw):
    lf_final(f, raw)
    if any(ord(c) > 126 for c in raw): errors.append(f"{f}: non-ASCII characters (notebook files are 7-bit)")
    if not raw.startswith("(* Content-type: application/vnd.wolfram.mathematica *)"): errors.append(f"{f}: no Content-type header")
    for k in ("(*CacheID:", "(* Beginning of Notebook Content *)", "(* End of Notebook Content *)", "(*NotebookFileOutline"):
        if k not in raw: errors.append(f"{f}: no {k}")
    m = re.search(r"NotebookDataPosition\[\s*(\d+),\s*(\d+)\]\nNotebookDataLength\[\s*(\d+),\s*(\d+)\]", raw)
    if not m: errors.append(f"{f}: no NotebookDataPosition / Length")
    else:
        pos, ln, length = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if raw[pos:pos + 9] != "Notebook[" or raw[:pos].count("\n") != ln: errors.append(f"{f}: NotebookDataPosition does not point at Notebook[")
        if raw[pos + length:pos + length + 30] != "(* End of Notebook Content *)\n"[:30]: errors.append(f"{f}: NotebookDataLength does not end the notebook")
    try:
        s = raw[raw.index("(* Beginning of Notebook Content *)"):raw.index("(* End of Notebook Content *)")]
        balanced(f, strip_mma(s))
    except ValueError as ex:
        errors.append(f"{f}: {ex}")
    body = raw.split("(* End of Notebook Content *)")[0]
    for k, c in Counter(re.findall(r'ExpressionUUID->"([^"]+)"', body)).items():
        if c > 1: errors.append(f"{f}: ExpressionUUID {k} twice")
    for bb in re.findall(r"ButtonBox\[(?:[^\]]|\][^,\n])*?ButtonNote->\"[^\"]*\"\]", body, re.S):
        if 'BaseStyle->"Hyperlink"' not in bb or not re.search(r'ButtonData->\{\s*URL\["[^"]+"\], None\}', bb):
            errors.append(f"{f}: a ButtonBox that is not a Hyperlink with ButtonData->{{URL[…], None}}")
    if raw.count("ButtonBox[") != len(re.findall(r"ButtonNote->", body)): errors.append(f"{f}: a ButtonBox without ButtonNote")


LC_ORDER = ["URL", "Name", "Parent URL", "Real URL", "Check time", "Size", "Info", "Warning", "Result"]
def check_linkchecker(f, raw):
    lf_final(f, raw)
    if not re.search(r"^LinkChecker \d+\.\d+(\.\d+)?$", raw, re.M) or "\nStart checking at " not in raw: errors.append(f"{f}: no LinkChecker banner / start line")
    blocks = re.findall(r"(?ms)^URL +`.*?^Result +.*?$", raw)
    warns = errs = 0
    for b in blocks:
        keys_ = [next((k for k in LC_ORDER if l.startswith(k + " ") and (k != "URL" or l.startswith("URL  "))), None) for l in b.split("\n")]
        if None in keys_: errors.append(f"{f}: a block line that is not a LinkChecker field: {b.splitlines()[keys_.index(None)]!r}"); continue
        idx = [LC_ORDER.index(k) for k in keys_]
        if idx != sorted(idx) or any(LC_ORDER.index(k) in (0, 2, 4, 8) and keys_.count(k) != 1 for k in keys_):
            errors.append(f"{f}: block fields out of LinkChecker's order: {keys_}")
        if not re.search(r"^URL +`[^`']*'$", b, re.M): errors.append(f"{f}: URL line not `…'")
        if not re.search(r"^Check time \d+\.\d{3} seconds$", b, re.M): errors.append(f"{f}: bad Check time line")
        warns += len(re.findall(r"^Warning ", b, re.M))
        errs += bool(re.search(r"^Result +Error:", b, re.M))
    m = re.search(r"That's it\. (\d+) links in (\d+) URLs checked\. (\d+) warnings? found\. (\d+) errors? found\.", raw)
    if not m: errors.append(f"{f}: no closing summary line")
    elif (int(m.group(3)), int(m.group(4))) != (warns, errs): errors.append(f"{f}: summary says {m.group(3)} warnings / {m.group(4)} errors, blocks hold {warns} / {errs}")
    if "Stopped checking at " not in raw: errors.append(f"{f}: no 'Stopped checking at'")


CSL = "{http://purl.org/net/xbiblio/csl}"
def check_csl(f, raw):
    lf_final(f, raw)
    root = xml_root(f, raw)
    if root is None: return
    if root.tag != CSL + "style" or root.get("version") != "1.0": errors.append(f"{f}: root is not a CSL 1.0 <style>")
    info = root.find(CSL + "info")
    if info is None or any(info.find(CSL + k) is None for k in ("title", "id", "updated")): errors.append(f"{f}: info without title / id / updated")
    macros = [m.get("name") for m in root.findall(CSL + "macro")]
    for k, c in Counter(macros).items():
        if c > 1: errors.append(f"{f}: macro {k} defined twice")
    for t in root.iter(CSL + "text"):
        if t.get("macro") and t.get("macro") not in macros: errors.append(f"{f}: <text macro={t.get('macro')!r}> names no macro")
    for c in root.iter(CSL + "choose"):
        kids = list(c)
        if not kids or kids[0].tag != CSL + "if": errors.append(f"{f}: a <choose> not starting with <if>")


def shape_checks(f, raw, path):
    n = num(f)
    if n == 527: check_sources(f, raw)
    elif n == 528: check_gmail(f, raw)
    elif n == 529: check_skype(f, raw)
    elif n == 530: check_rust(f, raw)
    elif n == 531: check_texmacs(f, raw, path)
    elif n == 532: check_inoreader(f, raw)
    elif n == 533: check_dayone(f, raw)
    elif n == 534: check_mma(f, raw)
    elif n == 535: check_linkchecker(f, raw)
    elif n == 536: check_csl(f, raw)


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
# round50's and round51's, a byte-identical file counted once), and the round50/round51 split (candidates sorted by
# (uses, catalogue title); round51 = even positions from 2 on, one unbroken run)
used = Counter()
TD = "/work/main/tests/data"
P50 = "/work/round50/expected.json"
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
if os.path.exists(P50): own.add(open(P50, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round50", "digests-round51") or not os.path.exists(pth): continue
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
run = {pkey(e) for i, e in enumerate(cands) if (i + 1) % 2 == 0 and 2 <= i + 1 <= last}
odd = sorted(k for k in mine if pos.get(k, 1) % 2 == 1)
if odd: errors.append(f"papers not at an even position (round50 takes the odd ones): {odd}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 (Efficient Transformers: A Survey) is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 2..{last}: {[(pos[k], k) for k in gaps]}")
r50 = set()
if os.path.exists(P50):
    try:
        r50 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P50)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append("round50/expected.json exists but could not be read (being written?)")
    if r50 & mine: errors.append(f"papers also in round50: {sorted(r50 & mine)}")
shared50 = len(r50 & mine) if os.path.exists(P50) else "(no /work/round50/expected.json yet)"

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
if multi: errors.append(f"papers in more than one round51 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: even 2..{last} ({len(mine)} papers); "
      f"at odd positions: {len(odd)}; shared with round50: {shared50}; papers in more than one round51 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
