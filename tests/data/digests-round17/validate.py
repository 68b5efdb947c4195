#!/usr/bin/env python3
"""Checks round17/expected.json against the digests and the shared catalogues.

Adapted from round16/validate.py. Each digest is read in its raw form (UTF-8 text; for the .ods package the XML parts
joined) and in decoded forms, the way a reader of that shape would see it:
  - JATS XML (187): the text of every element (the XML parser undoes &#x…; references), per <ref> the mixed
    citation's text with each xlink:href after it, and every xlink:href attribute;
  - X archive tweets.js (188): every JSON string of the array after "window.YTD.tweets.part0 = ", and each
    full_text with its t.co links replaced by their expanded_url and the HTML escapes undone;
  - Gemini gemtext (189): each link line "=> URL text" as "text <URL>";
  - LibreOffice .ods (190): per sheet and row the cells' text (text:p runs joined, each text:a's xlink:href after its
    text, float cells by office:value) as "cell | cell | …";
  - Chrome Bookmarks JSON (191): every JSON string (\\u003C undone), per url node "name <url>";
  - KakaoTalk export (192): the message texts without the "[name] [time]" prefix, continuation lines kept;
  - Stack Exchange Posts.xml (193): per row the Title, the Tags and the Body's text (the attribute unescaped by the
    XML parser, then tags stripped, entities undone, each <a href> after its text);
  - Ghost HTML (194): the page's text after <body> (tags stripped, entities undone, each <a href> after its text);
  - Redmine Textile (195): "text":url as "text <url>", the _/*/@ phrase markup removed;
  - Todoist CSV (196): every field of every row;
  - everything: HTML entities undone once and twice, percent-escapes undone.
A title or link found only in a decoded form is reported as a `note:`.

Titles: a recorded title must equal the catalogue title (or one of its version titles) after normalisation (case,
whitespace, TeX braces, entities), unless the digest writes it with a deviation listed in DEVIATIONS below. Round 17
needs none: 188 writes Reflexion and chain-of-thought under their first arXiv titles, 193 AutoHAS and 195 the
vector-norm paper likewise (version titles in the catalogue).

Shape checks (each digest is checked against the rules of the tool that writes its shape):
  - 187: the XML declaration and the JATS 1.2 Journal Publishing DOCTYPE; LF only; well-formed; <article
    dtd-version="1.2"> with the xlink namespace; a DOI article-id; every <xref ref-type="bibr"> rid an existing ref,
    refs numbered 1…n in order of first citation (label n, id Bn), every ref cited; aff/corresp/table/fig
    xrefs resolve; the counts (ref, table, fig) right; every ext-link with ext-link-type="uri" and an href, in references with
    the href as its text; mixed-citation publication-type from JATS's list; pub-id arxiv holding a bare id;
  - 188: "window.YTD.tweets.part0 = " then the archive's pretty-printed JSON (re-serialising gives the same text, no
    trailing newline); tweet keys in the archive's order; id = id_str, the snowflake's time = created_at, newest
    first; entities' indices (code points) on full_text and their text (#tag, @user, t.co url); display_url from
    expanded_url; display_text_range ending at the text's end, starting after the leading @mentions of a reply;
    full_text HTML-escaped (no bare &, <, >); weighted length ≤ 280 (t.co = 23) except retweets; edit_info naming
    the tweet, editable for one hour; replies pointing at an older tweet (own tweets: present in the file);
    retweets "RT @user: …" with the mention at [3, 4+len(user)] and zero counts;
  - 189: UTF-8, LF only; first line a level-1 heading; headings "#", "##", "###" + space; ``` toggles balanced;
    outside preformatted blocks no Markdown links, no "- "/"+ " bullets, no HTML tags; link lines "=> URL[ text]"
    with a gemini/https/http/mailto or relative URL;
  - 190: the ODF package: "mimetype" first, stored, no extra field, the spreadsheet media type; members in
    LibreOffice's order; META-INF/manifest.xml lists "/" and every other member with its media type, and nothing
    missing; every XML part the declaration, a newline and one line; content.xml office:version 1.3; float cells'
    text = office:value, date cells' text = office:date-value; one column count per sheet (repeats counted) = its
    table:table-column count; meta.xml's table-count and cell-count (non-empty cells) right; generator LibreOffice;
  - 191: re-serialising with base::JSONWriter's pretty print gives the file; the checksum = Chromium's MD5 over ids,
    UTF-16LE titles, "url"/"folder" and urls in encode order; the three permanent folders with their ids, names and
    fixed GUIDs; ids unique; GUIDs v4; date_added a plausible Chrome time; url nodes with url and no children,
    folders the reverse; date_last_used "0" or ≥ date_added, = meta_info.last_visited_desktop when that is present;
  - 192: BOM, CRLF only; "<room> <n> 님과 카카오톡 대화", "저장한 날짜 : YYYY-MM-DD HH:MM:SS", an empty line; date
    separators "--------------- YYYY년 M월 D일 X요일 ---------------" with the right weekday and increasing dates;
    messages "[name] [오전|오후 h:mm] text"; system lines (초대했습니다 / 들어왔습니다 / 나갔습니다); other lines only
    as continuations of a message; times non-decreasing within a day; saved after the last message;
  - 193: BOM, declaration, <posts>, one "  <row … />" line per post, CRLF only; attributes in the dump's order;
    Ids ascending; questions with Title, Tags ("<tag>…") and AnswerCount = their answers in the file; answers with
    an existing question as ParentId, created after it; AcceptedAnswerId one of the question's answers; dates
    "YYYY-MM-DDTHH:MM:SS.mmm", CreationDate ≤ LastEditDate ≤ LastActivityDate; Body ending in a newline with
    balanced HTML; ContentLicense CC BY-SA 4.0;
  - 194: <html lang="id">; HTML tags balanced (void elements aside); canonical = og:url = twitter:url = the
    JSON-LD url and mainEntityOfPage; <title> = og:title = twitter:title = h1 = JSON-LD headline; published time =
    JSON-LD datePublished, its date = the byline <time datetime>; JSON-LD parses; generator Ghost; every
    article:tag has its tag-<slug> body class; every bookmark card a kg-bookmark-container link with a title;
  - 195: CRLF only; "hN. " headings (1–3) followed by an empty line; table rows "|…|" with one cell count per table
    and "|_." header cells only in a table's first row; {{collapse(…)}} … }} and <pre> balanced; "text":url links
    with http(s) targets;
  - 196: UTF-8 without BOM, CRLF only, csv.writer's minimal quoting (re-writing gives the file); the template
    header; 12 fields per row; TYPE task/section/note/empty; an empty row after every section and task block;
    notes only after a task; PRIORITY 1–4 and INDENT 1–4 on tasks; AUTHOR "Name (id)"; DATE_LANG/TIMEZONE exactly
    when DATE, DURATION_UNIT "minute" exactly when DURATION.
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue (modulo the recorded deviations); a bad
true_arxiv_id; a wrong evidence kind; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis (the
display_url of a t.co link, "openreview.net/forum?id=WE…") is not an id of its own."""
import csv, hashlib, html, io, json, os, re, sys, zipfile
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import datetime, timedelta, timezone
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
pool_ids = {e["arxiv_id"] for e in pool.values() if e["arxiv_id"]}

# titles written with a deviation from the catalogue (case changes need no entry: titles are compared case-blind)
DEVIATIONS = {}


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


def html_text(s):
    """tags stripped, entities undone, each <a href> followed by its target"""
    s = re.sub(r"<a\b[^>]*?\bhref=[\"']([^\"']*)[\"'][^>]*>(.*?)</a>", lambda m: m.group(2) + " <" + m.group(1) + ">", s, flags=re.S)
    s = re.sub(r"</(p|li|h1|h2|h3|h4|div|tr|blockquote)>|<br ?/?>", "\n", s)
    return strip_tags(s)


def json_strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for v in o.values(): yield from json_strings(v)
    elif isinstance(o, list):
        for v in o: yield from json_strings(v)


def num(f):
    return int(f.split("_")[0])


# ---------------------------------------------------------------- readers

XLINK = "{http://www.w3.org/1999/xlink}href"


def jats_text(raw):
    root = ET.fromstring(raw.encode())
    out = [" ".join(root.itertext())]
    for ref in root.iter("ref"):
        t = "".join(ref.itertext())
        hrefs = [e.get(XLINK) for e in ref.iter() if e.get(XLINK)]
        out.append(t + " " + " ".join("<" + h + ">" for h in hrefs))
    out.append("\n".join(e.get(XLINK) for e in root.iter() if e.get(XLINK)))
    return out


YTD = "window.YTD.tweets.part0 = "


def tweets_text(raw):
    d = json.loads(raw[len(YTD):])
    out = ["\n".join(json_strings(d))]
    for x in d:
        t = x["tweet"]
        s = t["full_text"]
        for u in t["entities"]["urls"]:
            s = s.replace(u["url"], u["expanded_url"])
        out.append(html.unescape(s))
    return out


def gem_text(raw):
    out = []
    for l in raw.split("\n"):
        m = re.match(r"^=>\s*(\S+)(?:\s+(.*))?$", l)
        out.append(f"{m.group(2) or ''} <{m.group(1)}>" if m else l)
    return ["\n".join(out)]


ODS = {"table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0", "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
       "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0"}


def q(ns, tag):
    return "{" + ODS[ns] + "}" + tag


def ods_parts(path):
    z = zipfile.ZipFile(path)
    return z, {n: z.read(n) for n in z.namelist()}


def cell_text(c):
    parts = []
    for p in c.iter(q("text", "p")):
        s = p.text or ""
        for k in p:
            s += "".join(k.itertext())
            if k.get(XLINK): s += " <" + k.get(XLINK) + ">"
            s += k.tail or ""
        parts.append(s)
    return "\n".join(parts)


def ods_text(path):
    _, parts = ods_parts(path)
    root = ET.fromstring(parts["content.xml"])
    out = []
    for t in root.iter(q("table", "table")):
        out.append("== " + t.get(q("table", "name")))
        for r in t.iter(q("table", "table-row")):
            cells = []
            for c in r:
                v = c.get(q("office", "value"))
                cells.append(cell_text(c) + (f" [{v}]" if v is not None else ""))
            out.append(" | ".join(cells))
    return ["\n".join(out)]


def chrome_text(raw):
    d = json.loads(raw)
    out = ["\n".join(json_strings(d))]

    def walk(n):
        if n.get("type") == "url": out.append(n["name"] + " <" + n["url"] + ">")
        for k in n.get("children", []): walk(k)
    for r in d["roots"].values(): walk(r)
    return out


KAKAO_MSG = re.compile(r"^\[([^\]]+)\] \[(오전|오후) (\d{1,2}):(\d\d)\] (.*)$")


def kakao_text(raw):
    out = []
    for l in raw.lstrip("\ufeff").split("\r\n"):
        m = KAKAO_MSG.match(l)
        out.append(m.group(5) if m else l)
    return ["\n".join(out)]


def posts_text(raw):
    root = ET.fromstring(raw.lstrip("\ufeff").encode())
    out = []
    for r in root:
        out.append(" | ".join(x for x in (r.get("Title"), r.get("Tags"), html_text(r.get("Body") or "")) if x))
    return ["\n".join(out)]


def ghost_text(raw):
    body = raw.split("<body", 1)[1] if "<body" in raw else raw
    return [html_text(body)]


def textile_text(raw):
    s = re.sub(r'"([^"\n]+)":(\S+?)(?=[\s|]|$)', r"\1 <\2>", raw.replace("\r\n", "\n"))
    s = re.sub(r"(?<![\w_])_(\S.*?\S|\S)_(?![\w_])", r"\1", s)
    s = re.sub(r"(?<![\w*])\*(\S.*?\S|\S)\*(?![\w*])", r"\1", s)
    s = re.sub(r"@(\S.*?\S|\S)@", r"\1", s)
    return [s]


def csv_text(raw):
    return ["\n".join(" | ".join(r) for r in csv.reader(io.StringIO(raw)))]


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 187: forms += jats_text(raw)
    if n == 188: forms += tweets_text(raw)
    if n == 189: forms += gem_text(raw)
    if n == 190: forms += ods_text(path)
    if n == 191: forms += chrome_text(raw)
    if n == 192: forms += kakao_text(raw)
    if n == 193: forms += posts_text(raw)
    if n == 194: forms += ghost_text(raw)
    if n == 195: forms += textile_text(raw)
    if n == 196: forms += csv_text(raw)
    more = []
    for t in [raw] + forms:
        u1 = html.unescape(t)
        more += [u1, html.unescape(u1), unquote(u1)]
    return forms + more


# ---------------------------------------------------------------- shape checks

JATS_DOCTYPE = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal '
                'Publishing DTD v1.2 20190208//EN" "JATS-journalpublishing1.dtd">\n')
JATS_PUBTYPES = {"journal", "book", "confproc", "data", "patent", "preprint", "report", "software", "standard", "thesis",
                 "webpage", "other"}


def check_jats(f, raw):
    if not raw.startswith(JATS_DOCTYPE): errors.append(f"{f}: not the XML declaration + JATS 1.2 Publishing DOCTYPE")
    if "\r" in raw: errors.append(f"{f}: CR in the XML")
    root = ET.fromstring(raw.encode())
    if root.tag != "article" or root.get("dtd-version") != "1.2": errors.append(f"{f}: root not <article dtd-version=1.2>")
    if 'xmlns:xlink="http://www.w3.org/1999/xlink"' not in raw[:600]: errors.append(f"{f}: no xlink namespace on <article>")
    if not any(a.get("pub-id-type") == "doi" for a in root.iter("article-id")): errors.append(f"{f}: no DOI article-id")
    refs = list(root.iter("ref"))
    ids = {e.get("id") for e in root.iter() if e.get("id")}
    order = []
    for x in root.iter("xref"):
        rid = x.get("rid")
        if rid not in ids: errors.append(f"{f}: xref to missing {rid}")
        if x.get("ref-type") == "bibr":
            if x.text != (rid or "")[1:]: errors.append(f"{f}: xref {rid} shows {x.text}")
            if rid not in order: order.append(rid)
    want = [r.get("id") for r in refs]
    if order != want: errors.append(f"{f}: refs not numbered in order of first citation (first cited {order[:5]}…, listed {want[:5]}…)")
    for k, r in enumerate(refs, 1):
        if r.get("id") != f"B{k}" or r.findtext("label") != str(k): errors.append(f"{f}: ref {k} id/label {r.get('id')}/{r.findtext('label')}")
        mc = r.find("mixed-citation")
        if mc is None or mc.get("publication-type") not in JATS_PUBTYPES: errors.append(f"{f}: ref {k} publication-type")
        for p in r.iter("pub-id"):
            if p.get("pub-id-type") == "arxiv" and not re.fullmatch(r"\d{4}\.\d{4,5}(v\d+)?", p.text or ""): errors.append(f"{f}: ref {k} arxiv pub-id {p.text!r}")
    counts = {c.tag: c.get("count") for c in root.iter() if c.tag in ("ref-count", "table-count", "fig-count")}
    real = {"ref-count": len(refs), "table-count": len(list(root.iter("table-wrap"))), "fig-count": len(list(root.iter("fig")))}
    for k, v in real.items():
        if counts.get(k) != str(v): errors.append(f"{f}: <{k}> {counts.get(k)} for {v}")
    for e in root.iter("ext-link"):
        if e.get("ext-link-type") != "uri" or not e.get(XLINK): errors.append(f"{f}: ext-link {e.get(XLINK)!r} type/href")
    for r in refs:
        for e in r.iter("ext-link"):
            if e.get(XLINK) != (e.text or ""): errors.append(f"{f}: reference ext-link {e.get(XLINK)!r} shows {e.text!r}")


def ytd(o, ind=0):
    pad, pad1 = "  " * ind, "  " * (ind + 1)
    if isinstance(o, dict):
        if not o: return "{ }"
        return "{\n" + ",\n".join(pad1 + json.dumps(k, ensure_ascii=False) + " : " + ytd(v, ind + 1) for k, v in o.items()) + "\n" + pad + "}"
    if isinstance(o, list):
        if not o: return "[ ]"
        return "[\n" + ",\n".join(pad1 + ytd(v, ind + 1) for v in o) + "\n" + pad + "]"
    return json.dumps(o, ensure_ascii=False)


TWEET_KEYS = ["edit_info", "retweeted", "source", "entities", "display_text_range", "favorite_count",
              "in_reply_to_status_id_str", "id_str", "in_reply_to_user_id", "truncated", "retweet_count", "id",
              "in_reply_to_status_id", "possibly_sensitive", "created_at", "favorited", "full_text", "lang",
              "in_reply_to_screen_name", "in_reply_to_user_id_str"]
TW_EPOCH = 1288834974657


def tw_weight(text):
    return sum(1 if (ord(c) <= 4351 or 8192 <= ord(c) <= 8205 or 8208 <= ord(c) <= 8223 or 8242 <= ord(c) <= 8247) else 2 for c in text)


def check_tweets(f, raw):
    if not raw.startswith(YTD): errors.append(f"{f}: does not start with {YTD!r}"); return
    d = json.loads(raw[len(YTD):])
    if YTD + ytd(d) != raw: errors.append(f"{f}: not the archive's pretty-printed JSON")
    ids = [int(x["tweet"]["id"]) for x in d]
    if ids != sorted(ids, reverse=True): errors.append(f"{f}: tweets not newest first")
    own = set(ids)
    for x in d:
        t = x["tweet"]
        tid = t.get("id")
        idx = [TWEET_KEYS.index(k) if k in TWEET_KEYS else -1 for k in t]
        if -1 in idx or idx != sorted(idx): errors.append(f"{f}: tweet {tid}: key order")
        if t["id_str"] != tid: errors.append(f"{f}: tweet {tid}: id_str {t['id_str']}")
        dt = datetime.strptime(t["created_at"], "%a %b %d %H:%M:%S +0000 %Y").replace(tzinfo=timezone.utc)
        ms = (int(tid) >> 22) + TW_EPOCH
        if ms // 1000 != int(dt.timestamp()): errors.append(f"{f}: tweet {tid}: snowflake time != created_at {t['created_at']}")
        text = t["full_text"]
        if re.search(r"&(?!amp;|lt;|gt;)|[<>]", text): errors.append(f"{f}: tweet {tid}: full_text not HTML-escaped")
        ent = t["entities"]
        for h in ent["hashtags"]:
            a, b = map(int, h["indices"])
            if text[a:b] != "#" + h["text"]: errors.append(f"{f}: tweet {tid}: hashtag indices {h['indices']}")
        for u in ent["user_mentions"]:
            a, b = map(int, u["indices"])
            if text[a:b] != "@" + u["screen_name"] or u["id"] != u["id_str"]: errors.append(f"{f}: tweet {tid}: mention indices {u['indices']}")
        for u in ent["urls"]:
            a, b = map(int, u["indices"])
            if text[a:b] != u["url"] or not re.fullmatch(r"https://t\.co/[A-Za-z0-9]{10}", u["url"]): errors.append(f"{f}: tweet {tid}: url indices {u['indices']}")
            dsp = re.sub(r"^https?://(www\.)?", "", u["expanded_url"])
            if u["display_url"] != (dsp if len(dsp) <= 26 else dsp[:26] + "…"): errors.append(f"{f}: tweet {tid}: display_url {u['display_url']!r}")
        n_links = len(re.findall(r"https://t\.co/\w+", text))
        if n_links != len(ent["urls"]): errors.append(f"{f}: tweet {tid}: {n_links} t.co links, {len(ent['urls'])} url entities")
        s0, s1 = map(int, t["display_text_range"])
        lead = re.match(r"(@\w+ )+", text)
        want0 = lead.end() if lead and t.get("in_reply_to_status_id") else 0
        if s1 != len(text) or s0 != want0: errors.append(f"{f}: tweet {tid}: display_text_range {t['display_text_range']}")
        rt = text.startswith("RT @")
        if not rt and tw_weight(re.sub(r"https://t\.co/\w+", "x" * 23, html.unescape(text))) > 280: errors.append(f"{f}: tweet {tid}: longer than 280")
        ei = t["edit_info"]["initial"]
        until = datetime.strptime(ei["editableUntil"], "%Y-%m-%dT%H:%M:%S.000Z").replace(tzinfo=timezone.utc)
        if ei["editTweetIds"] != [tid] or until - dt != timedelta(hours=1): errors.append(f"{f}: tweet {tid}: edit_info")
        if t.get("in_reply_to_status_id"):
            r = t["in_reply_to_status_id"]
            if r != t.get("in_reply_to_status_id_str") or t.get("in_reply_to_user_id") != t.get("in_reply_to_user_id_str"): errors.append(f"{f}: tweet {tid}: reply fields disagree")
            if int(r) >= int(tid): errors.append(f"{f}: tweet {tid}: replies to a newer tweet")
            if t.get("in_reply_to_screen_name") == "mira_evals" and int(r) not in own: errors.append(f"{f}: tweet {tid}: reply to an own tweet not in the archive")
            if not text.startswith("@" + t.get("in_reply_to_screen_name", "")): errors.append(f"{f}: tweet {tid}: reply not starting with the mention")
        if rt:
            m = re.match(r"RT @(\w+): ", text)
            um = ent["user_mentions"]
            if not m or not um or um[0]["indices"] != ["3", str(4 + len(m.group(1)))] or t["favorite_count"] != "0" or t["retweet_count"] != "0":
                errors.append(f"{f}: tweet {tid}: retweet layout")


def check_gem(f, raw):
    if "\r" in raw or raw.startswith("\ufeff"): errors.append(f"{f}: CR or BOM in gemtext")
    lines = raw.split("\n")
    if not re.match(r"^# \S", lines[0]): errors.append(f"{f}: first line not a level-1 heading")
    pre = False
    for i, l in enumerate(lines, 1):
        if l.startswith("```"):
            pre = not pre; continue
        if pre: continue
        if l.startswith("#") and not re.match(r"^#{1,3} \S", l): errors.append(f"{f}: line {i}: heading {l[:20]!r}")
        if re.search(r"\]\((https?|gemini)://", l): errors.append(f"{f}: line {i}: Markdown link")
        if re.match(r"^[-+] ", l): errors.append(f"{f}: line {i}: Markdown bullet (gemtext lists are '* ')")
        if re.search(r"</?(a|p|br|div|span|b|i|em)\b[^>]*>", l): errors.append(f"{f}: line {i}: HTML tag")
        if l.startswith("=>") and not re.match(r"^=>[ \t]*(?:(?:gemini|https?)://\S+|mailto:\S+|[^\s:]+)(?:[ \t]+\S.*)?$", l):
            errors.append(f"{f}: line {i}: link line {l[:40]!r}")
        if l.startswith("[") and re.match(r"^\[[^\]]+\]: ", l): errors.append(f"{f}: line {i}: Markdown reference link")
    if pre: errors.append(f"{f}: preformatted block not closed")


ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet"
ODS_ORDER = ["mimetype", "manifest.rdf", "styles.xml", "meta.xml", "Thumbnails/thumbnail.png", "settings.xml", "content.xml",
             "META-INF/manifest.xml"]


def check_ods(f, path):
    z, parts = ods_parts(path)
    infos = z.infolist()
    first = infos[0]
    if first.filename != "mimetype" or first.compress_type != zipfile.ZIP_STORED or first.extra or parts["mimetype"] != ODS_MIME.encode():
        errors.append(f"{f}: 'mimetype' not first, stored, without extra field, with the spreadsheet type")
    if [i.filename for i in infos] != ODS_ORDER: errors.append(f"{f}: members {[i.filename for i in infos]}")
    man = ET.fromstring(parts["META-INF/manifest.xml"])
    MN = "{urn:oasis:names:tc:opendocument:xmlns:manifest:1.0}"
    listed = {e.get(MN + "full-path"): e.get(MN + "media-type") for e in man}
    if listed.get("/") != ODS_MIME: errors.append(f"{f}: manifest root entry")
    for n in parts:
        if n in ("mimetype", "META-INF/manifest.xml"): continue
        if n not in listed: errors.append(f"{f}: {n} not in the manifest")
    for n in listed:
        if n != "/" and n not in parts: errors.append(f"{f}: manifest lists missing {n}")
    for n in ("content.xml", "styles.xml", "meta.xml", "settings.xml"):
        s = parts[n].decode("utf-8")
        if not s.startswith('<?xml version="1.0" encoding="UTF-8"?>\n') or s.count("\n") != 1 or s.endswith("\n"):
            errors.append(f"{f}: {n} not declaration + newline + one line")
    root = ET.fromstring(parts["content.xml"])
    if root.get(q("office", "version")) != "1.3": errors.append(f"{f}: office:version")
    tables = list(root.iter(q("table", "table")))
    nonempty = 0
    for t in tables:
        ncols = len(t.findall(q("table", "table-column")))
        for k, r in enumerate(t.iter(q("table", "table-row")), 1):
            width = 0
            for c in r:
                width += int(c.get(q("table", "number-columns-repeated"), "1"))
                vt = c.get(q("office", "value-type"))
                txt = cell_text(c)
                if vt: nonempty += 1
                if vt == "float" and txt != c.get(q("office", "value")): errors.append(f"{f}: {t.get(q('table', 'name'))} row {k}: float text {txt!r} != {c.get(q('office', 'value'))}")
                if vt == "date" and txt != c.get(q("office", "date-value")): errors.append(f"{f}: {t.get(q('table', 'name'))} row {k}: date text {txt!r}")
                if vt == "string" and c.find(q("text", "p")) is None: errors.append(f"{f}: string cell without text:p")
                if vt and vt != c.get("{urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0}value-type"): errors.append(f"{f}: calcext:value-type")
            if width != ncols: errors.append(f"{f}: {t.get(q('table', 'name'))} row {k}: {width} cells, {ncols} columns")
    meta = parts["meta.xml"].decode()
    st = re.search(r'meta:table-count="(\d+)" meta:cell-count="(\d+)"', meta)
    if not st or int(st.group(1)) != len(tables) or int(st.group(2)) != nonempty: errors.append(f"{f}: meta statistics {st.groups() if st else None} for {len(tables)} tables, {nonempty} cells")
    if "<meta:generator>LibreOffice/" not in meta: errors.append(f"{f}: generator not LibreOffice")


def chrome_json(o, depth=0):
    if isinstance(o, dict):
        return "{\n" + ",\n".join("   " * (depth + 1) + chrome_str(k) + ": " + chrome_json(v, depth + 1) for k, v in sorted(o.items())) + "\n" + "   " * depth + "}"
    if isinstance(o, list):
        return "[ " + ", ".join(chrome_json(v, depth) for v in o) + " ]"
    return chrome_str(o) if isinstance(o, str) else json.dumps(o)


def chrome_str(s):
    return json.dumps(s, ensure_ascii=False).replace("<", "\\u003C").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


CHROME_ROOTS = {"bookmark_bar": ("1", "Bookmarks bar", "0bc5d13f-2cba-5d74-951f-3f233fe6c908"),
                "other": ("2", "Other bookmarks", "82b081ec-3dd3-529c-8475-ab6c344590dd"),
                "synced": ("3", "Mobile bookmarks", "4cf2e351-0e85-532b-bb37-df045d8f8d0f")}


def check_chrome(f, raw):
    d = json.loads(raw)
    if chrome_json(d) + "\n" != raw: errors.append(f"{f}: not base::JSONWriter's pretty print")
    md5, ids = hashlib.md5(), []
    lo, hi = 12900000000000000, 13500000000000000  # 2009 .. 2028 in Chrome time

    def walk(n, root=False):
        ids.append(n["id"])
        if not root and not re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", n["guid"]):
            errors.append(f"{f}: node {n['id']}: guid {n['guid']}")
        if not lo < int(n["date_added"]) < hi: errors.append(f"{f}: node {n['id']}: date_added {n['date_added']}")
        if n["type"] == "url":
            if "children" in n or "url" not in n: errors.append(f"{f}: url node {n['id']} layout")
            md5.update(n["id"].encode()); md5.update(n["name"].encode("utf-16-le")); md5.update(b"url"); md5.update(n["url"].encode())
            lu = n["date_last_used"]
            if lu != "0" and int(lu) < int(n["date_added"]): errors.append(f"{f}: node {n['id']}: used before added")
            mi = n.get("meta_info", {}).get("last_visited_desktop")
            if mi is not None and mi != lu: errors.append(f"{f}: node {n['id']}: last_visited_desktop != date_last_used")
        else:
            if "url" in n or "children" not in n: errors.append(f"{f}: folder {n['id']} layout")
            md5.update(n["id"].encode()); md5.update(n["name"].encode("utf-16-le")); md5.update(b"folder")
            for k in n["children"]: walk(k)
    if list(d) != ["checksum", "roots", "version"] or d["version"] != 1: errors.append(f"{f}: top-level keys")
    if list(d["roots"]) != list(CHROME_ROOTS): errors.append(f"{f}: roots {list(d['roots'])}")
    for k, (rid, name, g) in CHROME_ROOTS.items():
        r = d["roots"].get(k, {})
        if (r.get("id"), r.get("name"), r.get("guid")) != (rid, name, g): errors.append(f"{f}: permanent folder {k}")
        walk(r, root=True)
    if md5.hexdigest() != d["checksum"]: errors.append(f"{f}: checksum {d['checksum']} != {md5.hexdigest()}")
    if len(ids) != len(set(ids)): errors.append(f"{f}: duplicate ids")


WEEKDAY = "월화수목금토일"


def kakao_minutes(ampm, h, m):
    h = int(h) % 12 + (12 if ampm == "오후" else 0)
    return h * 60 + int(m)


def check_kakao(f, raw):
    if not raw.startswith("\ufeff"): errors.append(f"{f}: no BOM")
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: line ends not CRLF")
    lines = raw.lstrip("\ufeff").split("\r\n")
    if lines and lines[-1] == "": lines = lines[:-1]
    if not re.fullmatch(r".+ \d+ 님과 카카오톡 대화", lines[0]): errors.append(f"{f}: title line {lines[0]!r}")
    sm = re.fullmatch(r"저장한 날짜 : (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)", lines[1])
    if not sm or lines[2] != "": errors.append(f"{f}: saved-date line / empty line")
    day, last, prev_msg, last_dt = None, -1, False, None
    for i, l in enumerate(lines[3:], 4):
        m = re.fullmatch(r"-{15} (\d{4})년 (\d{1,2})월 (\d{1,2})일 (.)요일 -{15}", l)
        if m:
            d = datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if WEEKDAY[d.weekday()] != m.group(4): errors.append(f"{f}: line {i}: weekday {m.group(4)} for {d.date()}")
            if day and d <= day: errors.append(f"{f}: line {i}: date not after the previous day")
            day, last, prev_msg = d, -1, False
            continue
        mm = KAKAO_MSG.match(l)
        if mm:
            if day is None: errors.append(f"{f}: line {i}: message before any date line")
            t = kakao_minutes(mm.group(2), mm.group(3), mm.group(4))
            if not 1 <= int(mm.group(3)) <= 12: errors.append(f"{f}: line {i}: hour {mm.group(3)}")
            if t < last: errors.append(f"{f}: line {i}: time before the previous message")
            last, prev_msg = t, True
            last_dt = day + timedelta(minutes=t) if day else None
            continue
        if re.fullmatch(r"\S+님이 (\S+님(, \S+님)*을 초대했습니다|들어왔습니다|나갔습니다)\.", l):
            prev_msg = False
            continue
        if l == "":
            prev_msg = False
            continue
        if not prev_msg: errors.append(f"{f}: line {i}: neither message, system line nor continuation: {l[:30]!r}")
    if sm and last_dt and datetime.strptime(sm.group(1), "%Y-%m-%d %H:%M:%S") < last_dt: errors.append(f"{f}: saved before the last message")


POST_ATTRS = ["Id", "PostTypeId", "AcceptedAnswerId", "ParentId", "CreationDate", "Score", "ViewCount", "Body", "OwnerUserId",
              "LastEditorUserId", "LastEditDate", "LastActivityDate", "Title", "Tags", "AnswerCount", "CommentCount",
              "ContentLicense"]
VOID = {"meta", "link", "br", "img", "input", "hr", "area", "base", "col", "source", "wbr", "path"}


class Balance(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.stack, self.bad = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID: self.stack.append((tag, self.getpos()[0]))

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        if tag in VOID: return
        if not self.stack or self.stack[-1][0] != tag:
            self.bad.append((tag, self.getpos()[0], self.stack[-1] if self.stack else None))
            if any(t == tag for t, _ in self.stack):
                while self.stack and self.stack[-1][0] != tag: self.stack.pop()
                self.stack.pop()
        else:
            self.stack.pop()


def balanced(s):
    b = Balance(); b.feed(s); b.close()
    return b


def check_posts(f, raw):
    if not raw.startswith('\ufeff<?xml version="1.0" encoding="utf-8"?>\r\n<posts>\r\n'): errors.append(f"{f}: not BOM + declaration + <posts>")
    if re.search(r"(?<!\r)\n", raw): errors.append(f"{f}: bare LF line end")
    lines = raw.lstrip("\ufeff").split("\r\n")
    rows = lines[2:-2]
    if lines[-2:] != ["</posts>", ""]: errors.append(f"{f}: not closed by </posts> and CRLF")
    for i, l in enumerate(rows, 3):
        if not re.fullmatch(r'  <row( \w+="[^"<>]*")+ />', l): errors.append(f"{f}: line {i}: not a one-line row")
        names = re.findall(r' (\w+)="', l)
        idx = [POST_ATTRS.index(n) if n in POST_ATTRS else -1 for n in names]
        if -1 in idx or idx != sorted(idx): errors.append(f"{f}: line {i}: attribute order {names}")
    root = ET.fromstring(raw.lstrip("\ufeff").encode())
    posts = [r.attrib for r in root]
    ids = [int(p["Id"]) for p in posts]
    if ids != sorted(set(ids)): errors.append(f"{f}: Ids not ascending/unique")
    by = {p["Id"]: p for p in posts}
    answers = Counter(p.get("ParentId") for p in posts if p["PostTypeId"] == "2")
    D = "%Y-%m-%dT%H:%M:%S.%f"
    for p in posts:
        pid = p["Id"]
        for k in ("CreationDate", "LastEditDate", "LastActivityDate"):
            if k in p and not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}", p[k]): errors.append(f"{f}: post {pid}: {k} {p[k]}")
        c = datetime.strptime(p["CreationDate"], D)
        e = datetime.strptime(p.get("LastEditDate", p["CreationDate"]), D)
        a = datetime.strptime(p["LastActivityDate"], D)
        if not c <= e <= a: errors.append(f"{f}: post {pid}: creation/edit/activity dates out of order")
        if p.get("ContentLicense") != "CC BY-SA 4.0": errors.append(f"{f}: post {pid}: licence")
        body = p.get("Body", "")
        if not body.endswith("\n"): errors.append(f"{f}: post {pid}: Body without trailing newline")
        b = balanced(body)
        if b.bad or b.stack: errors.append(f"{f}: post {pid}: Body HTML not balanced {b.bad[:1] or b.stack[:1]}")
        if p["PostTypeId"] == "1":
            if not p.get("Title") or not re.fullmatch(r"(<[a-z0-9.+#-]+>)+", p.get("Tags", "")): errors.append(f"{f}: question {pid}: Title/Tags")
            if p.get("AnswerCount") != str(answers.get(pid, 0)): errors.append(f"{f}: question {pid}: AnswerCount {p.get('AnswerCount')} for {answers.get(pid, 0)}")
            acc = p.get("AcceptedAnswerId")
            if acc and (acc not in by or by[acc].get("ParentId") != pid): errors.append(f"{f}: question {pid}: accepted answer {acc}")
        elif p["PostTypeId"] == "2":
            q_ = by.get(p.get("ParentId"))
            if not q_ or q_["PostTypeId"] != "1": errors.append(f"{f}: answer {pid}: parent {p.get('ParentId')}")
            elif datetime.strptime(q_["CreationDate"], D) >= c: errors.append(f"{f}: answer {pid}: created before its question")
            if "Title" in p or "Tags" in p: errors.append(f"{f}: answer {pid} with Title/Tags")


def check_ghost(f, raw):
    if '<html lang="id">' not in raw: errors.append(f"{f}: html element not lang=id")
    b = balanced(raw)
    for tag, line, top in b.bad: errors.append(f"{f}: line {line}: </{tag}> closes {top}")
    if b.stack: errors.append(f"{f}: unclosed {b.stack[:3]}")

    def meta(attr, name):
        m = re.search(rf'<meta {attr}="{re.escape(name)}" content="([^"]*)"', raw)
        return html.unescape(m.group(1)) if m else None
    ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', raw, re.S).group(1))
    canon = re.search(r'<link rel="canonical" href="([^"]+)">', raw).group(1)
    if not canon == meta("property", "og:url") == meta("name", "twitter:url") == ld["url"] == ld["mainEntityOfPage"]:
        errors.append(f"{f}: canonical/og:url/twitter:url/JSON-LD url differ")
    title = html.unescape(re.search(r"<title>(.*?)</title>", raw).group(1))
    h1 = strip_tags(re.search(r'<h1 class="article-title">(.*?)</h1>', raw, re.S).group(1)).strip()
    if not title == meta("property", "og:title") == meta("name", "twitter:title") == h1 == ld["headline"]:
        errors.append(f"{f}: <title>/og:title/twitter:title/h1/headline differ")
    pub = meta("property", "article:published_time")
    if pub != ld["datePublished"] or meta("property", "article:modified_time") != ld["dateModified"]: errors.append(f"{f}: published/modified time != JSON-LD")
    tm = re.search(r'<time class="byline-meta-date" datetime="([^"]+)">', raw)
    if not pub or not tm or tm.group(1) != pub[:10]: errors.append(f"{f}: byline date != published date")
    if not (meta("name", "generator") or "").startswith("Ghost "): errors.append(f"{f}: generator not Ghost")
    bc = re.search(r'<body class="([^"]*)"', raw).group(1).split()
    for t in re.findall(r'<meta property="article:tag" content="([^"]+)">', raw):
        slug = "tag-" + re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")
        if slug not in bc: errors.append(f"{f}: body class without {slug}")
    for card in re.findall(r'<figure class="kg-card kg-bookmark-card">(.*?)</figure>', raw, re.S):
        if not re.match(r'<a class="kg-bookmark-container" href="https?://', card) or '<div class="kg-bookmark-title">' not in card:
            errors.append(f"{f}: bookmark card layout")


def check_textile(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: line ends not CRLF (textarea text)")
    lines = raw.split("\r\n")
    table, first_row, collapse, pre = None, False, 0, 0
    for i, l in enumerate(lines, 1):
        m = re.match(r"^h(\d)\.", l)
        if m:
            if not re.match(r"^h[1-3]\. \S", l): errors.append(f"{f}: line {i}: heading {l[:20]!r}")
            if i < len(lines) and lines[i] != "": errors.append(f"{f}: line {i}: heading not followed by an empty line")
        if l.startswith("|"):
            if not l.rstrip().endswith("|"): errors.append(f"{f}: line {i}: table row not closed")
            cells = re.sub(r'"[^"]*":\S+', "L", l.strip())[1:-1].split("|")
            hdr = any(c.startswith("_.") for c in cells)
            if table is None:
                table = len(cells)
            else:
                if len(cells) != table: errors.append(f"{f}: line {i}: {len(cells)} cells, table has {table}")
                if hdr: errors.append(f"{f}: line {i}: header cell outside the first row")
        else:
            table = None
        if l.startswith("{{collapse("): collapse += 1
        if l == "}}": collapse -= 1
        pre += l.count("<pre>") - l.count("</pre>")
        for lk in re.finditer(r'"([^"\n]+)":(\S+)', l):
            if not re.match(r"https?://", lk.group(2)): errors.append(f"{f}: line {i}: link target {lk.group(2)[:30]!r}")
    if collapse: errors.append(f"{f}: {{{{collapse}}}} macro not closed")
    if pre: errors.append(f"{f}: <pre> not balanced")


TODO_HEADER = ["TYPE", "CONTENT", "DESCRIPTION", "PRIORITY", "INDENT", "AUTHOR", "RESPONSIBLE", "DATE", "DATE_LANG",
               "TIMEZONE", "DURATION", "DURATION_UNIT"]


def check_todoist(f, raw):
    if raw.startswith("\ufeff"): errors.append(f"{f}: BOM")
    if re.search(r"(?<!\r)\n", raw): errors.append(f"{f}: bare LF line end")
    rows = list(csv.reader(io.StringIO(raw)))
    buf = io.StringIO(); csv.writer(buf, lineterminator="\r\n").writerows(rows)
    if buf.getvalue() != raw: errors.append(f"{f}: not csv.writer's minimal quoting")
    if rows[0] != TODO_HEADER: errors.append(f"{f}: header {rows[0]}")
    prev = "header"
    for i, r in enumerate(rows[1:], 2):
        if len(r) != 12: errors.append(f"{f}: row {i}: {len(r)} fields"); continue
        t = r[0]
        if t not in ("task", "section", "note", ""): errors.append(f"{f}: row {i}: type {t!r}")
        if t == "":
            if any(r): errors.append(f"{f}: row {i}: empty type with content")
            prev = "empty"; continue
        if prev in ("section", "task", "note") and t != "note": errors.append(f"{f}: row {i}: no empty row before this {t}")
        if t == "note":
            if prev not in ("task", "note"): errors.append(f"{f}: row {i}: note not after a task")
            if any(r[k] for k in (2, 3, 4, 6, 7, 8, 9, 10, 11)) or not re.fullmatch(r".+ \(\d+\)", r[5]): errors.append(f"{f}: row {i}: note layout")
        if t == "section" and any(r[2:]): errors.append(f"{f}: row {i}: section with task fields")
        if t == "task":
            if r[3] not in ("1", "2", "3", "4") or r[4] not in ("1", "2", "3", "4"): errors.append(f"{f}: row {i}: priority/indent {r[3]}/{r[4]}")
            if not re.fullmatch(r".+ \(\d+\)", r[5]) or (r[6] and not re.fullmatch(r".+ \(\d+\)", r[6])): errors.append(f"{f}: row {i}: author/responsible")
            if bool(r[7]) != (r[8] == "en") or bool(r[7]) != bool(r[9]): errors.append(f"{f}: row {i}: DATE_LANG/TIMEZONE without DATE or the reverse")
            if bool(r[10]) != (r[11] == "minute") or (r[10] and not r[10].isdigit()): errors.append(f"{f}: row {i}: duration")
        prev = t
    if prev != "empty": errors.append(f"{f}: last block not followed by an empty row")


def shape_checks(f, raw, path):
    n = num(f)
    if n == 187: check_jats(f, raw)
    if n == 188: check_tweets(f, raw)
    if n == 189: check_gem(f, raw)
    if n == 190: check_ods(f, path)
    if n == 191: check_chrome(f, raw)
    if n == 192: check_kakao(f, raw)
    if n == 193: check_posts(f, raw)
    if n == 194: check_ghost(f, raw)
    if n == 195: check_textile(f, raw)
    if n == 196: check_todoist(f, raw)


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
        if f.endswith(".ods"):
            raw = "\n".join(v.decode("utf-8") for k, v in ods_parts(path)[1].items() if k.endswith((".xml", ".rdf")))
        else:
            raw = open(path, encoding="utf-8", newline="").read()
    except UnicodeDecodeError as ex:
        errors.append(f"{f}: not UTF-8: {ex}"); raw = open(path, encoding="utf-8", errors="replace", newline="").read()
    except zipfile.BadZipFile as ex:
        errors.append(f"{f}: not a zip package: {ex}"); raw = ""
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
    for oid in sorted(set(re.findall(r"openreview\.net/(?:forum|pdf)\?id=([\w-]+)(?![\w-]*…)", alltext))):
        if oid not in labelled: errors.append(f"{f}: unlabelled OpenReview id {oid}")
    rec_keys = {r["true_arxiv_id"] or r["title"] for r in recs}
    rec_titles = {r["title"].lower() for r in recs}
    for e in list(pool.values()) + distract:
        if e["title"] and len(e["title"]) > 12 and norm(e["title"]) in ntext:
            if e.get("role") == "distractor" or ((e["arxiv_id"] or e["title"]) not in rec_keys and e["title"].lower() not in rec_titles):
                errors.append(f"{f}: unlabelled pool/distractor title {e['title']!r} ({e.get('role')})")
    if f.split("_")[1] == "negative" and recs: errors.append(f"{f}: a negative control with labels")

# reuse report: how often earlier rounds used each paper
used = Counter()
for r in ("round5", "round6", "round7", "round8", "round9", "round10", "round11", "round12", "round13", "round14", "round15",
          "round16"):
    pth = os.path.join(ROOT, "..", r, "expected.json")
    if os.path.exists(pth):
        for recs in json.load(open(pth)).values():
            used.update({x["true_arxiv_id"] or x["title"].lower() for x in recs})

c = Counter(); per = {}
for f, recs in exp.items():
    per[f] = Counter(r["evidence"] for r in recs)
    c.update(per[f])
for f in files:
    orl_f = sum(1 for r in exp.get(f, []) if r["openreview_id"])
    print(f"{f:58s} {sum(per.get(f, {}).values()):2d}  " + " ".join(f"{k}={v}" for k, v in sorted(per.get(f, {}).items()))
          + (f" (openreview {orl_f})" if orl_f else ""))
tot = sum(c.values())
orl = sum(1 for recs in exp.values() for r in recs if r["openreview_id"])
nox = sum(1 for recs in exp.values() for r in recs if not r["true_arxiv_id"])
nox_t = sum(1 for recs in exp.values() for r in recs if r["evidence"] == "title-only" and r["true_arxiv_id"])
allrecs = [r["true_arxiv_id"] or r["title"].lower() for recs in exp.values() for r in recs]
multi = {k: n for k, n in Counter(allrecs).items() if n > 1}
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"earlier-round uses of the papers (rounds 5-16): {dict(sorted(Counter(used[k] for k in allrecs).items()))}; "
      f"papers in more than one round17 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
