#!/usr/bin/env python3
r"""Checks round68/expected.json against the digests and the shared catalogues.

Adapted from round67/validate.py (the label checks are the same code; the reuse report is round67's with round68 /
round69 in place of round67 / round66: round68 holds the odd positions from 3, round69 the even ones; the readers
and shape checks are new). The reuse report counts every /work/main/tests/data/*/expected.json except round68's and
round69's own (a digests-round68 / digests-round69 folder, or a file whose bytes equal round68's or round69's
expected.json) — a file whose bytes equal one already counted is counted once — and checks the split: round68 holds
the odd positions of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from
position 3 up to its last paper; it fails on a paper shared with /work/main/tests/data/digests-round69/expected.json
when that file exists (read only), and on a paper in more than one round68 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms:
  - 697 (Vikunja JSON): every JSON string; 699 (EWS SOAP): every XML text node and attribute value; 701 (MARC
    mnemonic): ' :$b' joined back to ': ' and {dollar} undone;
  - everything: HTML / XML entities undone once and twice, percent-escapes undone.
Titles are matched after whitespace normalisation and case-blind; a title found only that way (or only in a decoded
form) is reported as a `note:`.

Shape checks: 697 Vikunja API (one line + LF, Go encoding/json compact form with \u003c \u003e \u0026, task keys in
struct order, unique ids, identifier = #index, RFC 3339 times, done / done_at, no empty slices, whole floats without
.0, description tags balanced, links with rel noopener noreferrer nofollow); 698 Markdoc (front matter, frontmatter
variables defined, tags known and balanced, self-closing /%}, table rows of equal '* ' cells, link targets URLs); 699
EWS GetItem (head / tail, no final newline, CRLF only inside t:Body, Success / NoError, t:Message children in schema
order, Mailbox children, dates, Size, listing entries Title / Authors / Categories and their abs links, lines <= 79);
700 pdftotext DIN 1505-2 (ends with a form feed, page numbers consecutive, Literaturverzeichnis entries [label]
sorted, 'SURNAME, Vorname' ; separated, 'u. a.' after three, URL … – Zugriffsdatum, no 'et al.', every citation in
the text listed); 701 MarcBreaker .mrk (CRLF, blank line after each record, '=TAG  ' lines, leader record length
and base address of the ISO 2709 record, 008 of 40, indicators + $subfields, unique 001, 001 / 008 / 040 / 245
present, 856 $u URL, 245 $c); 702 Google Sheets web page (one line, head, one table.waffle, column headers 0C<i>
lettered A.., rows 0R<i> numbered with equal heights, td shape, row widths (colspan) = columns, classes defined in
the style, empty cells without dir, links through google.com/url with sa / source / ust / usg, & escaped); 703 MyBB printthread (head, well-formed XHTML, no raw apostrophe, post blocks in the printthread_post
shape, mycode_url target / rel, quotes with <cite>, credit line); 704 phpList view (HTML 4.01 head, no placeholders
left, & escaped, tags balanced, forward / preferences / unsubscribe links with one uid, footer and signature, 600px
table); 705 SegmentFault (head, title suffix, canonical = data-id, external links through link.segmentfault.com with
rel=nofollow, unique heading ids, tags balanced, ICP line); 706 jupyterhub_config.py (parses as Python, generated
header, c = get_config(), 79-character section rules, only c.Class.trait assignments, sections).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import hashlib, html, json, os, re, sys
import xml.etree.ElementTree as ET
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
    return open(path, encoding="utf-8", newline="").read()


def xml_text(raw):
    """every text node and attribute value of an XML digest"""
    root = ET.fromstring(raw.encode("utf-8"))
    out = []
    for el in root.iter():
        out += list(el.attrib.values())
        if el.text: out.append(el.text)
        if el.tail: out.append(el.tail)
    return "\n".join(out)


def json_strings(o):
    if isinstance(o, str): return [o]
    if isinstance(o, dict): return [s for v in o.values() for s in json_strings(v)]
    if isinstance(o, list): return [s for v in o for s in json_strings(v)]
    return []


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 697:
        forms.append("\n".join(json_strings(json.loads(raw))))
    if n == 699:
        forms.append(xml_text(raw))
    if n == 701:
        forms.append(raw.replace(" :$b", ": ").replace("{dollar}", "$"))
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
def parse_xml(f, raw):
    try:
        return ET.fromstring(raw.encode("utf-8"))
    except ET.ParseError as ex:
        errors.append(f"{f}: not well-formed XML: {ex}")


def go_json(o):
    s = json.dumps(o, ensure_ascii=False, separators=(",", ":"))
    return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


VK_KEYS = ["id", "title", "description", "done", "done_at", "due_date", "reminders", "project_id", "repeat_after", "repeat_mode",
           "priority", "start_date", "end_date", "assignees", "labels", "hex_color", "percent_done", "identifier", "index",
           "related_tasks", "attachments", "cover_image_attachment_id", "is_favorite", "created", "updated", "bucket_id",
           "position", "kanban_position", "created_by"]
RFC3339 = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:Z|[+-]\d\d:\d\d)")
ZERO = "0001-01-01T00:00:00Z"
def check_vikunja(f, raw):
    lf_final(f, raw)
    if raw.count("\n") != 1: errors.append(f"{f}: not one line (Go's json.Encoder writes one line + newline)")
    try:
        o = json.loads(raw)
    except ValueError as ex:
        errors.append(f"{f}: not JSON: {ex}"); return
    if go_json(o) + "\n" != raw: errors.append(f"{f}: not encoding/json's compact, HTML-escaped form (\\u003c \\u003e \\u0026, no spaces)")
    if not isinstance(o, list): errors.append(f"{f}: not a task list"); return
    ids = set()
    for t in o:
        if list(t) != VK_KEYS: errors.append(f"{f}: task {t.get('id')} keys not in Vikunja's struct order"); continue
        if t["id"] in ids: errors.append(f"{f}: duplicate task id {t['id']}")
        ids.add(t["id"])
        if t["identifier"] != f"#{t['index']}": errors.append(f"{f}: task {t['id']} identifier {t['identifier']!r} != #index")
        for k in ("done_at", "due_date", "start_date", "end_date", "created", "updated"):
            if not RFC3339.fullmatch(t[k]): errors.append(f"{f}: task {t['id']} {k} {t[k]!r} not RFC 3339")
        if t["done"] != (t["done_at"] != ZERO): errors.append(f"{f}: task {t['id']} done / done_at disagree")
        if t["updated"] < t["created"]: errors.append(f"{f}: task {t['id']} updated before created")
        if not 0 <= t["percent_done"] <= 1: errors.append(f"{f}: task {t['id']} percent_done")
        if isinstance(t["percent_done"], float) and t["percent_done"].is_integer(): errors.append(f"{f}: task {t['id']} float written with .0 (Go writes 1, not 1.0)")
        for l in t["labels"] or []:
            if not re.fullmatch(r"[0-9a-f]{6}", l["hex_color"]): errors.append(f"{f}: label colour {l['hex_color']!r}")
        if t["labels"] == [] or t["assignees"] == []: errors.append(f"{f}: task {t['id']} empty slice (Go's nil slice is null)")
        d = t["description"]
        for tag in ("p", "ul", "li", "a", "strong", "code", "div", "label"):
            if len(re.findall(rf"<{tag}[ >]", d)) != len(re.findall(rf"</{tag}>", d)): errors.append(f"{f}: task {t['id']} <{tag}> unbalanced in the description")
        for a in re.findall(r"<a [^>]*>", d):
            if 'rel="noopener noreferrer nofollow"' not in a or not re.search(r'href="https?://\S+"', a): errors.append(f"{f}: task {t['id']} link {a[:60]!r}")


MD_TAGS = {"callout", "table", "tabs", "tab", "badge", "partial"}
def check_markdoc(f, raw):
    lf_final(f, raw)
    m = re.match(r"---\n(.*?)\n---\n", raw, re.S)
    if not m: errors.append(f"{f}: no YAML front matter"); return
    fm = {l.split(":")[0] for l in m.group(1).split("\n") if re.match(r"\w+:", l)}
    for v in re.findall(r"\{% \$markdoc\.frontmatter\.(\w+) %\}", raw):
        if v not in fm: errors.append(f"{f}: $markdoc.frontmatter.{v} not in the front matter")
    stack = []
    for t in re.finditer(r"\{%(.*?)%\}", raw, re.S):
        s = t.group(1).strip()
        if not s or s[0] in "#.$": continue
        if s.startswith("/"):
            name = s[1:].split()[0]
            if not stack or stack[-1] != name: errors.append(f"{f}: {{% /{name} %}} closes {stack[-1] if stack else 'nothing'}")
            else: stack.pop()
            continue
        name = s.split()[0]
        if name not in MD_TAGS: errors.append(f"{f}: unknown tag {name!r}")
        if s.endswith("/"): continue
        stack.append(name)
    if stack: errors.append(f"{f}: tags left open: {stack}")
    if len(re.findall(r"\{%", raw)) != len(re.findall(r"%\}", raw)): errors.append(f"{f}: {{% %}} delimiters unbalanced")
    for tb in re.findall(r"\{% table %\}\n(.*?)\{% /table %\}", raw, re.S):
        rows = tb.split("---\n")
        widths = [len(re.findall(r"^\* ", r_, re.M)) for r_ in rows]
        if len(set(widths)) != 1: errors.append(f"{f}: table rows with {widths} cells")
        for r_ in rows:
            if re.search(r"^(?!\* )\S", r_, re.M): errors.append(f"{f}: a table row line not a '* ' cell")
    for u in re.findall(r"\]\(([^)]*)\)", raw):
        if not re.fullmatch(r"https?://\S+", u): errors.append(f"{f}: link target {u!r}")


EWS_ORDER = ["ItemId", "ParentFolderId", "ItemClass", "Subject", "Sensitivity", "Body", "DateTimeReceived", "Size", "Categories",
             "Importance", "IsSubmitted", "IsDraft", "IsFromMe", "IsResend", "IsUnmodified", "DateTimeSent", "DateTimeCreated",
             "DisplayCc", "DisplayTo", "HasAttachments", "Culture", "Sender", "ToRecipients", "IsReadReceiptRequested",
             "IsDeliveryReceiptRequested", "ConversationIndex", "ConversationTopic", "From", "InternetMessageId", "IsRead", "IsResponseRequested"]
TNS = "{http://schemas.microsoft.com/exchange/services/2006/types}"
MNS = "{http://schemas.microsoft.com/exchange/services/2006/messages}"
def check_ews(f, raw):
    if raw.endswith("\n"): errors.append(f"{f}: a final newline (the HTTP body ends at </s:Envelope>)")
    if not raw.startswith('<?xml version="1.0" encoding="utf-8"?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Header><h:ServerVersionInfo '):
        errors.append(f"{f}: not an EWS response head")
    if not raw.endswith("</m:GetItemResponse></s:Body></s:Envelope>"): errors.append(f"{f}: not closed by </m:GetItemResponse></s:Body></s:Envelope>")
    if re.search(r"(?<!\r)\n", raw): errors.append(f"{f}: a bare LF (the body keeps Outlook's CRLF; the envelope has no line breaks)")
    outside = re.sub(r"<t:Body [^>]*>.*?</t:Body>", "", raw, flags=re.S)
    if "\n" in outside: errors.append(f"{f}: line breaks outside <t:Body>")
    root = parse_xml(f, raw)
    if root is None: return
    rm = root.find(f".//{MNS}GetItemResponseMessage")
    if rm is None or rm.get("ResponseClass") != "Success" or rm.findtext(f"{MNS}ResponseCode") != "NoError": errors.append(f"{f}: response not Success / NoError")
    for msg in root.iter(f"{TNS}Message"):
        kids = [c.tag.replace(TNS, "") for c in msg]
        if kids != [k for k in EWS_ORDER if k in kids] or any(k not in EWS_ORDER for k in kids): errors.append(f"{f}: t:Message children not in schema order: {kids}")
        for need in ("ItemId", "ItemClass", "Subject", "Body", "DateTimeReceived"):
            if need not in kids: errors.append(f"{f}: t:Message without t:{need}")
        if msg.findtext(f"{TNS}ItemClass") != "IPM.Note": errors.append(f"{f}: ItemClass")
        b = msg.find(f"{TNS}Body")
        if b is not None and (b.get("BodyType") not in ("Text", "HTML") or b.get("IsTruncated") not in ("true", "false")): errors.append(f"{f}: Body attributes")
        for d in ("DateTimeReceived", "DateTimeSent", "DateTimeCreated"):
            v = msg.findtext(f"{TNS}{d}")
            if v is not None and not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", v): errors.append(f"{f}: {d} {v!r}")
        for mb in msg.iter(f"{TNS}Mailbox"):
            if [c.tag.replace(TNS, "") for c in mb] != ["Name", "EmailAddress", "RoutingType", "MailboxType"]: errors.append(f"{f}: Mailbox children")
        size = msg.findtext(f"{TNS}Size")
        if size and b is not None and int(size) < len((b.text or "").encode()): errors.append(f"{f}: Size smaller than the body")
        body = (b.text or "") if b is not None else ""
        for m in re.finditer(r"^arXiv:(\d{4}\.\d{4,5})(?: \(\*cross-listing\*\))?\nreplaced with revised version .*?\n\n(.*?)\n\\\\ \( https://arxiv\.org/abs/(\S+) ,", body, re.S | re.M):
            if m.group(1) != m.group(3): errors.append(f"{f}: listing entry {m.group(1)} links to {m.group(3)}")
            if not re.match(r"Title: .*\nAuthors: .*\nCategories: [\w.-]+(?: [\w.-]+)*$", re.sub(r"\n  ", " ", m.group(2)), re.S): errors.append(f"{f}: listing entry {m.group(1)} not Title / Authors / Categories")
        for l in body[body.find(" Submissions to:"):].split("\n"):
            if len(l) > 79: errors.append(f"{f}: listing line over 79 characters"); break


def check_din(f, raw):
    if "\r" in raw: errors.append(f"{f}: CR characters")
    if not raw.endswith("\n\f"): errors.append(f"{f}: pdftotext output does not end with a page's form feed")
    pages = raw.split("\f")[:-1]
    nums = []
    for p in pages:
        ls = p.rstrip("\n").split("\n")
        if not re.fullmatch(r"\d+", ls[-1]): errors.append(f"{f}: page without its number on the last line")
        else: nums.append(int(ls[-1]))
    if nums != list(range(nums[0], nums[0] + len(nums))) if nums else True: errors.append(f"{f}: page numbers {nums} not consecutive")
    refs = "\n".join(p.rstrip("\n").split("\n", 2)[2].rsplit("\n", 1)[0] for p in pages if p.startswith("Literaturverzeichnis\n\n"))
    if not refs: errors.append(f"{f}: no Literaturverzeichnis pages"); return
    entries = [" ".join(e.split()) for e in refs.strip("\n").split("\n\n")]
    labels = []
    for e in entries:
        m = re.match(r"\[([^\]]+)\] (.*)", e)
        if not m: errors.append(f"{f}: entry without a [label]: {e[:50]!r}"); continue
        labels.append(m.group(1)); body = m.group(2)
        if "et al" in body: errors.append(f"{f}: 'et al.' in a DIN 1505-2 entry (u. a.)")
        names = body.split(": ", 1)[0]
        for n_ in names.replace(" u. a.", "").split(" ; "):
            if not re.fullmatch(r"[A-ZÄÖÜ0-9][A-ZÄÖÜ0-9 .-]*(?:, [^;]+)?", n_.strip()): errors.append(f"{f}: name {n_!r} not 'SURNAME, Vorname'")
        if "URL " in body and not re.search(r"URL \S+\. – Zugriffsdatum: \d\d\.\d\d\.\d{4}", body): errors.append(f"{f}: URL without '. – Zugriffsdatum: TT.MM.JJJJ' in [{m.group(1)}]")
        if re.search(r"u\. a\.", names) and names.count(" ; ") != 2: errors.append(f"{f}: 'u. a.' after {names.count(' ; ') + 1} names (DIN: three)")
    if [l.lower() for l in labels] != sorted(l.lower() for l in labels): errors.append(f"{f}: entries not sorted by label")
    cited = set(re.findall(r"\[([^\]\[;]+?)(?:;|\])", pages[0])) | set(x.strip() for x in re.findall(r";\s*([^\];]+)\]", pages[0].replace("\n", " ")))
    for c_ in cited:
        c_ = " ".join(c_.split())
        if re.search(r"\d{4}$", c_) and c_ not in labels: errors.append(f"{f}: citation [{c_}] not in the Literaturverzeichnis")


def check_mrk(f, raw):
    if re.search(r"(?<!\r)\n", raw): errors.append(f"{f}: LF without CR (MarcEdit writes CRLF)")
    if not raw.endswith("\r\n\r\n"): errors.append(f"{f}: last record not followed by a blank line")
    recs = [r for r in raw.replace("\r\n", "\n").split("\n\n") if r]
    cns = set()
    for r in recs:
        ls = r.split("\n")
        if not ls[0].startswith("=LDR  "): errors.append(f"{f}: record without a leading =LDR"); continue
        fields = []
        for l in ls[1:]:
            m = re.fullmatch(r"=(\d{3})  (.*)", l)
            if not m: errors.append(f"{f}: line {l[:40]!r} not '=TAG  data'"); continue
            fields.append(m.groups())
        tags = [t for t, _ in fields]
        if tags != sorted(tags, key=lambda t: t[0]): errors.append(f"{f}: fields not in tag-hundreds order")
        body = 0
        for t, v in fields:
            if t < "010":
                if "$" in v: errors.append(f"{f}: subfield in control field {t}")
                body += len(v.encode()) + 1
            else:
                if not re.fullmatch(r"[0-9\\]{2}(\$[a-z0-9][^$]*)+", v): errors.append(f"{f}: ={t} not indicators + $subfields: {v[:40]!r}"); continue
                body += len(v.encode()) + 1
        ldr = ls[0][6:].replace("\\", " ")
        if len(ldr) != 24: errors.append(f"{f}: leader of {len(ldr)} positions"); continue
        base = 24 + 12 * len(fields) + 1
        if ldr[12:17] != f"{base:05d}": errors.append(f"{f}: leader base address {ldr[12:17]} != {base}")
        if ldr[:5] != f"{base + body + 1:05d}": errors.append(f"{f}: leader record length {ldr[:5]} != {base + body + 1}")
        if ldr[9] != "a" or ldr[20:] != "4500": errors.append(f"{f}: leader 09 / 20-23")
        d = dict(fields)
        if "008" in d and len(d["008"]) != 40: errors.append(f"{f}: 008 of {len(d['008'])} positions")
        if d.get("001") in cns: errors.append(f"{f}: duplicate 001 {d.get('001')}")
        cns.add(d.get("001"))
        for need in ("001", "008", "040", "245"):
            if need not in d: errors.append(f"{f}: record {d.get('001')} without {need}")
        for t, v in fields:
            if t == "856" and not re.search(r"\$uhttps?://\S+(\$|$)", v): errors.append(f"{f}: 856 without a $u URL")
            if t == "245" and not re.search(r"\$c[^$]*\.$", v): errors.append(f"{f}: 245 without a final $c statement of responsibility")


def check_gsheet(f, raw):
    if "\n" in raw or "\r" in raw: errors.append(f"{f}: line breaks (Google Sheets writes the tab on one line, no final newline)")
    if not raw.startswith('<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><link type="text/css" rel="stylesheet" href="resources/sheet.css" ><style type="text/css">'):
        errors.append(f"{f}: not the Sheets web-page head")
    if not raw.endswith("</tbody></table></div>"): errors.append(f"{f}: not ended by </tbody></table></div>")
    defined = set(re.findall(r"\.ritz \.waffle \.(s\d+)\{", raw))
    if raw.count('<table class="waffle"') != 1: errors.append(f"{f}: not one table.waffle")
    cols = re.findall(r'<th id="0C(\d+)" style="width:\d+px;" class="column-headers-background">([A-Z]+)</th>', raw)
    if [int(c) for c, _ in cols] != list(range(len(cols))) or [l for _, l in cols] != [chr(65 + i) for i in range(len(cols))]: errors.append(f"{f}: column headers not 0C0.. / A..")
    body = raw[raw.find("<tbody>") + 7:raw.find("</tbody>")]
    trs = re.findall(r'<tr style="height: (\d+)px"><th id="0R(\d+)" style="height: (\d+)px;" class="row-headers-background"><div class="row-header-wrapper" style="line-height: (\d+)px">(\d+)</div></th>(.*?)</tr>', body)
    if len(trs) != body.count("<tr"): errors.append(f"{f}: a row not in the Sheets row shape")
    for k, (h1, r, h2, h3, label, cells) in enumerate(trs):
        if int(r) != k or int(label) != k + 1 or not h1 == h2 == h3: errors.append(f"{f}: row {k} id / number / height")
        tds = re.findall(r'<td class="(s\d+)"((?: dir="ltr")?)((?: colspan="\d+")?)>(.*?)</td>', cells)
        if "".join(f'<td class="{c}"{d}{cs}>{v}</td>' for c, d, cs, v in tds) != cells: errors.append(f"{f}: row {k + 1} cells not in the Sheets td shape")
        width = sum(int(cs[10:-1]) if cs else 1 for _, _, cs, _ in tds)
        if width != len(cols): errors.append(f"{f}: row {k + 1} spans {width} columns of {len(cols)}")
        for c, d, cs, v in tds:
            if c not in defined: errors.append(f"{f}: class {c} not defined in the style")
            if v == "" and d: errors.append(f"{f}: empty cell with dir")
    for a in re.findall(r"<a [^>]*>", raw):
        if not re.fullmatch(r'<a target="_blank" href="https://www\.google\.com/url\?q=[^"&]+&amp;sa=D&amp;source=editors&amp;ust=\d{16}&amp;usg=AOvVaw[\w-]{22}">', a):
            errors.append(f"{f}: link not through google.com/url?q=…&amp;sa=D&amp;source=editors&amp;ust=…&amp;usg=…: {a[:70]!r}")
    if re.search(r"&(?!amp;|lt;|gt;|quot;|#\d+;)", raw): errors.append(f"{f}: raw &")


XENT = {"&copy;": "&#169;", "&nbsp;": "&#160;"}
def check_mybb(f, raw):
    lf_final(f, raw)
    if not raw.startswith('<html xml:lang="fa" lang="fa" dir="rtl" xmlns="http://www.w3.org/1999/xhtml">\n<head>\n<title>'): errors.append(f"{f}: not MyBB's printthread head")
    x = raw
    for k, v in XENT.items(): x = x.replace(k, v)
    root = parse_xml(f, x)
    if root is None: return
    if "'" in re.sub(r"<[^>]*>", "", raw): errors.append(f"{f}: raw apostrophe in text (htmlspecialchars_uni writes &#039;)")
    posts = re.findall(r'<tr>\n\t<td>\n\t<hr size="1" width="100%" />\n\t<strong>(.*?)</strong><br />\n\t(.*?) - (.*?)\n\t<br />\n\t<br />\n\t(.*?)\n\t</td>\n</tr>\n', raw, re.S)
    if len(posts) != raw.count('\t<hr size="1" width="100%" />'): errors.append(f"{f}: a post block not in the printthread_post shape")
    if not posts: errors.append(f"{f}: no posts")
    for a in re.findall(r'<a [^>]*class="mycode_url"[^>]*>', raw):
        if 'target="_blank" rel="noopener"' not in a: errors.append(f"{f}: mycode_url without target / rel: {a[:60]!r}")
    for q in re.findall(r'<blockquote class="mycode_quote">(.*?)</blockquote>', raw, re.S):
        if not q.startswith("<cite>"): errors.append(f"{f}: quote without <cite>")
    if "Powered By <a href=\"https://mybb.com\"" not in raw: errors.append(f"{f}: no MyBB credit line")


def balanced(f, raw, tags):
    for tag in tags:
        if len(re.findall(rf"<{tag}[ >]", raw)) != len(re.findall(rf"</{tag}>", raw)): errors.append(f"{f}: <{tag}> unbalanced")


def check_phplist(f, raw):
    lf_final(f, raw)
    if not raw.startswith('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">\n<html>\n<head>'): errors.append(f"{f}: not the HTML 4.01 template head")
    if re.search(r"\[(?:CONTENT|FOOTER|SIGNATURE|UNSUBSCRIBE|PREFERENCES|FORWARD|EMAIL|USERID|WEBSITE|[A-Z]+URL)\]", raw): errors.append(f"{f}: a phpList placeholder left unreplaced")
    if re.search(r"&(?!amp;|lt;|gt;|quot;|copy;|#\d+;)", raw): errors.append(f"{f}: raw & (not &amp;)")
    balanced(f, raw, ("table", "tr", "td", "div", "a", "ul", "li", "p", "span"))
    uids = set(re.findall(r"/\?p=(?:forward|preferences|unsubscribe)&amp;uid=([0-9a-f]{32})", raw))
    for p in ("forward", "preferences", "unsubscribe"):
        if f"?p={p}&amp;uid=" not in raw: errors.append(f"{f}: footer without the {p} page link")
    if len(uids) != 1: errors.append(f"{f}: footer links with {len(uids)} different uids")
    if not re.search(r'<div class="footer"', raw) or "powered by <a href=\"https://www.phplist.com\"" not in raw: errors.append(f"{f}: no footer / phpList signature")
    if '<table width="600"' not in raw: errors.append(f"{f}: no 600px content table")


def check_sf(f, raw):
    lf_final(f, raw)
    if not raw.startswith('<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/>'): errors.append(f"{f}: not SegmentFault's head")
    t = re.search(r"<title>(.*?)</title>", raw)
    if not t or not t.group(1).endswith(" - SegmentFault 思否"): errors.append(f"{f}: title not '… - SegmentFault 思否'")
    can = re.search(r'<link rel="canonical" href="https://segmentfault.com/a/(\d+)"/>', raw)
    art = re.search(r'<article class="article fmt article-content" data-id="(\d+)">(.*?)</article>', raw, re.S)
    if not can or not art or can.group(1) != art.group(1): errors.append(f"{f}: canonical id and article data-id differ"); return
    body = art.group(2)
    for a in re.findall(r"<a [^>]*>", body):
        h = re.search(r'href="([^"]*)"', a).group(1)
        if h.startswith("http") and not h.startswith("https://link.segmentfault.com/?enc="): errors.append(f"{f}: external link not through link.segmentfault.com: {h[:60]}")
        if h.startswith("https://link.segmentfault.com/") and 'rel="nofollow"' not in a: errors.append(f"{f}: redirect link without rel=nofollow")
    ids = re.findall(r'<h[23] id="([^"]+)"', body)
    if len(ids) != len(set(ids)): errors.append(f"{f}: duplicate heading ids")
    balanced(f, raw, ("article", "table", "ul", "pre", "code", "blockquote", "h2", "h3", "p", "div", "a", "li"))
    if not re.search(r"浙ICP备\d+号", raw): errors.append(f"{f}: no ICP line in the footer")


def check_jhub(f, raw):
    import ast
    lf_final(f, raw)
    try:
        tree = ast.parse(raw)
    except SyntaxError as ex:
        errors.append(f"{f}: not valid Python: {ex}"); return
    if not raw.startswith("# Configuration file for jupyterhub.\n"): errors.append(f"{f}: not the generated header")
    if "\nc = get_config()  #noqa\n" not in raw: errors.append(f"{f}: no 'c = get_config()  #noqa'")
    for l in raw.split("\n"):
        if l.startswith("#---") and l != "#" + "-" * 78: errors.append(f"{f}: section rule of {len(l)} characters (79)")
    for st in tree.body:
        if isinstance(st, ast.Assign):
            tg = st.targets[0]
            if isinstance(tg, ast.Name) and tg.id == "c": continue
            if not (isinstance(tg, ast.Attribute) and isinstance(tg.value, ast.Attribute) and isinstance(tg.value.value, ast.Name) and tg.value.value.id == "c"):
                errors.append(f"{f}: assignment at line {st.lineno} not c.Class.trait")
        else:
            errors.append(f"{f}: statement at line {st.lineno} is not an assignment")
    secs = re.findall(r"^#-{78}\n# (.*)\n#-{78}$", raw, re.M)
    if len(secs) < 3: errors.append(f"{f}: fewer than three configurable sections")


def shape_checks(f, raw, path):
    {697: check_vikunja, 698: check_markdoc, 699: check_ews, 700: check_din, 701: check_mrk, 702: check_gsheet, 703: check_mybb,
     704: check_phplist, 705: check_sf, 706: check_jhub}.get(
        num(f), lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)



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
# round68's and round69's, a byte-identical file counted once), and the round68/round69 split (candidates sorted by
# (uses, catalogue title); round68 = odd positions from 3 on, one unbroken run)
used = Counter()
TD = "/work/main/tests/data"
P69 = "/work/main/tests/data/digests-round69/expected.json"
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
if os.path.exists(P69): own.add(open(P69, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round68", "digests-round69") or not os.path.exists(pth): continue
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
even = sorted(k for k in mine if pos.get(k, 2) % 2 == 0)
if even: errors.append(f"papers not at an odd position (round69 takes the even ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 (Efficient Transformers: A Survey) is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r69 = set()
if os.path.exists(P69):
    try:
        r69 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P69)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append("digests-round69/expected.json exists but could not be read (being written?)")
    if r69 & mine: errors.append(f"papers also in round69: {sorted(r69 & mine)}")
shared69 = len(r69 & mine) if os.path.exists(P69) else "(no digests-round69/expected.json yet)"

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
if multi: errors.append(f"papers in more than one round68 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: odd 3..{last} ({len(mine)} papers); "
      f"at even positions: {len(even)}; shared with round69: {shared69}; papers in more than one round68 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
