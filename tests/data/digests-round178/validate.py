#!/usr/bin/env python3
r"""Checks round178/expected.json against the digests and the shared catalogues.

Adapted from round176/validate.py (the label checks are the same code; the reuse report is round176's with round178 /
round179 in place of round176 / round177: round178 holds the even positions from 4; the shape checks are new). The
reuse report counts every /work/main/tests/data/*/expected.json except round178's and round179's own, a byte-identical
file once, and checks the split (even positions 4.., one run; no paper shared with round179's expected.json, read from
/work/rounds/digests-round179/ or /work/main/tests/data/digests-round179/ when it exists; no paper in two files).
Every digest is read raw (UTF-8; 1799 is 7-bit ASCII with CR LF; 1801 has CR LF; line ends kept) and in decoded forms:
1799's two quoted-printable MIME parts in UTF-8 (and the HTML part's text); 1802's CSV fields; everything with HTML
entities undone once and twice and percent-escapes undone. Titles are matched after whitespace normalisation (TeX
braces removed) and case-blind.

Expected reading forms (round156's reporting, unchanged): READ_AS declares 1799 (quoted-printable: soft line breaks and
=XX escapes cut titles and links in the raw mail) and 1800 (titles broken over the PDF's lines). For these the facts
«found only after decoding» / «found only after normalising whitespace/TeX» are counted on the file's summary line
instead of being printed as notes; the same facts in any other file are notes.

Shape checks (lean, grammar-level): 1797 UPV/EHU GAUR course guide (LF; the head UPV/EHU / GAUR / «Ikasgaiaren gida»
/ yyyy/yy; 9 «label<TAB>value» fields once each and in order, «Ikasturtea» = the head's year, «Ikasgaia» «<code> -
<name>» = «Ikasgaiaren kodea»; ECTS 1–30; 14 sections once each and in order; teacher rows of 7 cells with
«SURNAMES, NAME» and an example.eus address; competence weights = 100 %; contents numbered 1..n; «Irakaskuntza motak»
with the 9 types, hours outside class = 1.5 × presential, the total = 25 h × ECTS; assessment shares = 100; the group
timetable rows (weeks, Basque weekday, HH:MM-HH:MM, a type) whose hours × weeks = the hours per type; the last update
before the term); 1798 gitlab.uhasselt.be README (LF; fences balanced; the awesome badge in the title; one
gitlab.uhasselt.be project and its pipeline badge; «[[_TOC_]]» once before the first «##»; headings unique,
«Licentie» last; every line of an item section a list item «- [Title](https://…) | Title — Author[ e.a.] ([VENUE
]yyyy[, arXiv:id]). Note.[ · code: [path](github link to the same path)]»; <details>/<summary> balanced; issue and
MR references ≥ 1; handles); 1799 TTNET Mail .eml (CR LF only, ASCII; Date / From / To / Subject / Message-ID /
MIME-Version / Content-Type; Date valid with its weekday, +0300; encoded words decode; multipart/alternative with
exactly a text/plain and a text/html part, both UTF-8 quoted-printable: lines ≤ 76, escapes =XX, no trailing white
space, decoding; the forward block «---------- İletilen ileti ----------» with Kimden / Tarih (Turkish date with the
right weekday, not after the mail) / Konu / Kime; Subject = «Fwd: » + Konu; the Mailman digest: Konu «<list> Digest,
Vol N, Issue M» from <list>-request, its head, «Today's Topics» numbered 1..n = the messages' subjects and senders,
messages «Message: i» numbered 1..n with Date / From / To / Subject «[list] …» / Message-ID / Content-Type, dates in
order and not after the mail, separators = messages + footer, «End of … Digest, Vol N, Issue M» with as many stars;
the HTML part: tags balanced, its links = the plain part's URLs); 1800 Tallinna Ülikool thesis copy (LF; lines ≤ 90;
page numbers consecutive, after a blank line, the last closing the text; KOKKUVÕTE, KASUTATUD KIRJANDUS, LISAD once
and in order; references [1]..[n], each ending with «.», in Estonian alphabetical order (Š Z Ž after S, before T);
authors «PEREKONNANIMI, Eesnimi», two joined with «ja», more than three: three and «et al.»; corporate authors
«NAME.»; «[võrgus]» with «Kättesaadav: https://…» and «[vaadatud p.kk.aaaa]» with a valid date; ISBN check digits;
journal pages a–b with a < b; the summary cites exactly 1..n); 1801 Leitir.is RIS (CR LF, no BOM; records separated by
a blank line, «TAG  - value» lines, known tags, TY first and «ER  - » last; known types; TI / AU / PY / DB present, single
fields not repeated, DB «Leitir.is», PY four digits, AU «Surname, Given» (a corporate author on ELEC), SP < EP, JOUR
with JO, CPAPER with T2, BOOK with PB and CY, ISBNs valid, LA «Enska» / «Íslenska», UR https); 1802 Pipedrive CSV (no
BOM, LF; «,», quoted only where needed, exactly as written; the Lithuanian header; due dates valid, times HH:MM with
durations, both or neither; known types; «Atlikta» / «Neatlikta»; assignees; notes <p>…</p> with balanced tags and no
bare «&»; deal values «n nnn EUR»; a deal always with the same value, organisation and person; rows ordered by due
date and time); 1803 VK Messenger copy (LF; one blank line between blocks; date lines «d месяца yyyy» valid and
increasing; heads «Имя Фамилия HH:MM» in order within a day; «В ответ на сообщение: X» naming an earlier sender; a
forwarded block «Пересланное сообщение» + «Имя Фамилия, d месяца yyyy в HH:MM» not after the day; text present, no
marker inside it; at least two people); 1804 Softpedia forum copy (LF; the site head; one breadcrumb; posts #1..#n,
each user / rank / «Înscris:» / «Mesaje: n.nnn» / «Postat d lună yyyy - HH:MM» / a blank line; dates valid and
increasing; quotes «citat(user @ date)» naming an earlier post; at most one signature; the reply count = n − 1;
«Început de» = the first post's user and day; «Înapoi la» the breadcrumb's last forum; «Ora este:» not before the last
post); 1805 Maropost web version (LF; XHTML transitional doctype, lang="fr-CA", the charset meta; tags balanced (XHTML
self-closing); «&» only as an entity; every link tracked «https://clic.<domain>/ct/<campaign>/<contact>/<link id>» —
one domain, one campaign and contact, link ids 2, 3, … in page order — or an arXiv page excluded from tracking; the
open pixel on the same ids; issue, month and year the same in title and masthead; French weekdays right; «Voir la
version Web»; the footer with the tracked «Se désabonner» and ©); 1806 Satori copy (LF; the site head; «Blogi »
<blog>», a blank line, title, blogger, «dd.mm.yyyy. HH:MM»; the share line; «Komentāri (N)» = the comments and the
login line; comments name / date / optional «Atbilde: X» naming someone above / text / «Atbildēt», after the post and in
order; the footer year ≥ the last comment's).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue / distractor id or title; a
valid-shaped unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence kind; a
label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per positive; and
the shape checks."""
import base64, binascii, csv, html, io, json, os, quopri, re, sys, unicodedata
from html.parser import HTMLParser
import datetime as dt
from collections import Counter
from email.header import decode_header, make_header
from email.utils import parsedate_to_datetime
from urllib.parse import unquote, urlparse, parse_qs
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
# digest kinds read decoded or joined (see the docstring): number -> {"decoded", "joined"}
READ_AS = {1799: {"decoded"}, 1800: {"joined"}}

def norm(s):
    s = html.unescape(html.unescape(s)).replace("{", "").replace("}", "").replace('\\"', "")
    s = re.sub(r"\\[a-z]+\s*", "", s)
    return re.sub(r"\s+", " ", s).strip().lower()

errors, notes = [], []
EXPECTED_SEEN = Counter()

def num(f):
    return int(f.split("_")[0])


def expected_or_note(f, how, msg):
    """a «found only after decoding / joining» fact: counted when the file's kind is read that way, else a note"""
    if how in READ_AS.get(num(f), set()):
        EXPECTED_SEEN[(f, how)] += 1
    else:
        notes.append(msg)


def lines_of(f, raw, final=True):
    if "\r" in raw: errors.append(f"{f}: CR characters (the writer uses LF)")
    if final and not raw.endswith("\n"): errors.append(f"{f}: no final newline")
    return raw[:-1].split("\n") if raw.endswith("\n") else raw.split("\n")


def dt_ok(s, fmt):
    try: return dt.datetime.strptime(s, fmt)
    except (ValueError, TypeError): return None


def slug(h):
    s = h.strip().lower()
    s = "".join(c for c in s if c.isalnum() or c in " -_" or unicodedata.category(c).startswith("M"))
    return s.replace(" ", "-")


def valid_arxiv_shape(m):
    yy, mm, num_ = int(m[:2]), int(m[2:4]), m.split(".")[1]
    if not 1 <= mm <= 12 or yy < 7 or (yy == 7 and mm < 4):
        return False
    return len(num_) == (5 if int(m[:4]) >= 1501 else 4)




def E(f, m): errors.append(f"{f}: {m}")


def isbn13_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 13 and sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(d)) % 10 == 0


VOID = {"meta", "br", "img", "hr", "link", "input", "wbr"}


class _TagCheck(HTMLParser):
    def __init__(s):
        super().__init__(); s.stack = []; s.bad = []

    def handle_starttag(s, t, a):
        if t not in VOID: s.stack.append(t)

    def handle_endtag(s, t):
        if not s.stack or s.stack[-1] != t: s.bad.append(t)
        else: s.stack.pop()









MIME_PARTS = {}
RAW_BYTES, CSV_FIELDS = {}, {}
B64L = re.compile(r"[A-Za-z0-9+/]*={0,2}")


class _TagCheckX(_TagCheck):
    """_TagCheck for XHTML-style output: «<br />» and «<meta … />» close themselves"""
    def handle_startendtag(s, t, a): pass


class _HtmlText(HTMLParser):
    def __init__(s):
        super().__init__(convert_charrefs=True); s.out = []; s.comments = []

    def handle_data(s, d): s.out.append(d)

    def handle_comment(s, d): s.comments.append(d)


def isbn_ok(s):
    d = re.sub(r"[^\dX]", "", s)
    if len(d) == 13: return isbn13_ok(d)
    if len(d) == 10: return sum((10 if c == "X" else int(c)) * (10 - i) for i, c in enumerate(d)) % 11 == 0
    return False


# ---------------------------------------------------------------- 1797 UPV/EHU GAUR «Ikasgaiaren gida», copied text (Basque)
EHU_FIELDS = ["Ikastegia", "Titulazioa", "Ikasturtea", "Ikasgaia", "Maila", "Lauhilekoa", "Kreditu ECTS", "Hizkuntza", "Ikasgaiaren kodea"]
EHU_SECT = ["Deskribapena eta testuingurua", "Irakaslegoa", "Gaitasunak", "Edukiak teoriko-praktikoak", "Metodologia",
            "Irakaskuntza motak", "Ebaluazio-sistemak", "Ebaluazio-tresnak eta ehunekoak", "Derrigorrezko materiala",
            "Oinarrizko bibliografia", "Gehiago sakontzeko bibliografia", "Aldizkariak", "Web helbideak", "Taldeak"]
EHU_TYPES = ["M", "S", "GA", "GL", "GO", "GCL", "TA", "TI", "GCA"]
EU_DAYS = ["Astelehena", "Asteartea", "Asteazkena", "Osteguna", "Ostirala"]


def check_ehu(f, raw):
    L = lines_of(f, raw)
    if L[0] != "UPV/EHU" or "Ikasgaiaren gida" not in L[:5] or "GAUR" not in L[:5]: E(f, "page head"); return
    yr = next((l for l in L[:6] if re.fullmatch(r"\d{4}/\d\d", l)), None)
    if not yr or int(yr[5:]) != (int(yr[:4]) + 1) % 100: E(f, "academic year yyyy/yy")
    val = {}
    for k in EHU_FIELDS:
        hits = [l for l in L if l.startswith(k + "\t")]
        if len(hits) != 1 or not hits[0][len(k) + 1:].strip(): E(f, f"field «{k}<TAB>value» found {len(hits)} times"); continue
        val[k] = hits[0][len(k) + 1:]
    fi = [next(i for i, l in enumerate(L) if l.startswith(k + "\t")) for k in EHU_FIELDS if k in val]
    if fi != sorted(fi): E(f, "fields out of order")
    if yr and val.get("Ikasturtea") != f"{yr[:4]}/{yr[5:]}": E(f, "«Ikasturtea» differs from the head")
    im = re.fullmatch(r"(\d{5}) - (.+)", val.get("Ikasgaia", ""))
    if not im or val.get("Ikasgaiaren kodea") != im[1]: E(f, "«Ikasgaia» «<kodea> - <izena>» and «Ikasgaiaren kodea» disagree")
    ects = float(val.get("Kreditu ECTS", "0").replace(",", ".")) if re.fullmatch(r"\d+(?:,\d)?", val.get("Kreditu ECTS", "")) else 0
    if not 1 <= ects <= 30: E(f, "ECTS")
    idx = []
    for s_ in EHU_SECT:
        h = [i for i, l in enumerate(L) if l == s_]
        if len(h) != 1: E(f, f"section {s_!r} found {len(h)} times"); return
        idx.append(h[0])
    if idx != sorted(idx): E(f, "sections out of order"); return
    at = dict(zip(EHU_SECT, idx))
    tl = L[at["Irakaslegoa"] + 1:at["Gaitasunak"]]
    tl = [l for l in tl if l]
    if not tl or tl[0].split("\t")[0] != "Izena" or any(len(l.split("\t")) != 7 for l in tl):
        E(f, "«Irakaslegoa» table: 7 cells a row")
    for l in tl[1:]:
        c = l.split("\t")
        if len(c) == 7 and (not re.fullmatch(r"[A-ZÑÁÉÍÓÚ ]+, [A-ZÑÁÉÍÓÚ ]+", c[0]) or not re.fullmatch(r"[\w.]+@[\w.-]+\.example\.eus", c[6])): E(f, f"teacher row {c[0]!r}")
    gl = [l for l in L[at["Gaitasunak"] + 1:at["Edukiak teoriko-praktikoak"]] if l]
    gw = [re.fullmatch(r".+\t(\d+) %", l) for l in gl[1:]]
    if not gl or gl[0] != "Izena\tPisua" or any(m is None for m in gw) or sum(int(m[1]) for m in gw) != 100: E(f, "«Gaitasunak» weights do not add up to 100 %")
    ed = [l for l in L[at["Edukiak teoriko-praktikoak"] + 1:at["Metodologia"]] if l]
    if [int(m[1]) for l in ed for m in [re.match(r"(\d+)\. \S", l)] if m] != list(range(1, len(ed) + 1)): E(f, "contents not numbered 1..n")
    im_ = [l for l in L[at["Irakaskuntza motak"] + 1:at["Ebaluazio-sistemak"]] if l]
    if len(im_) < 3 or im_[0].split("\t") != ["Mota"] + EHU_TYPES: E(f, "«Irakaskuntza motak» header"); return
    r1, r2 = im_[1].split("\t"), im_[2].split("\t")
    if r1[0] != "Ordu kopurua" or r2[0] != "Ikaslearen ikasgelaz kanpoko orduen kopurua" or len(r1) != 10 or len(r2) != 10 or not all(x.isdigit() for x in r1[1:] + r2[1:]):
        E(f, "«Irakaskuntza motak» rows"); return
    hp = {t: int(x) for t, x in zip(EHU_TYPES, r1[1:])}
    if any(int(b) * 2 != int(a) * 3 for a, b in zip(r1[1:], r2[1:])): E(f, "hours outside class != 1.5 × presential hours")
    if sum(hp.values()) + sum(int(x) for x in r2[1:]) != 25 * ects: E(f, "total hours != 25 h × ECTS")
    ev = [l for l in L[at["Ebaluazio-tresnak eta ehunekoak"] + 1:at["Derrigorrezko materiala"]] if l.startswith("- ")]
    em = [re.fullmatch(r"- .+ \(%\): (\d+)", l) for l in ev]
    if not em or any(m is None for m in em) or sum(int(m[1]) for m in em) != 100: E(f, "assessment shares do not add up to 100")
    tg = [l for l in L[at["Taldeak"] + 1:] if l and not l.startswith("Azken eguneratzea")]
    if len(tg) < 3 or not re.fullmatch(r"\d+ (?:Teoriakoa|Praktikakoa) \(Euskara\)", tg[0]) or tg[1] != "Asteak\tEguna\tOrdua\tGela\tMota": E(f, "«Taldeak» head"); return
    got = Counter()
    for l in tg[2:]:
        c = l.split("\t")
        m = re.fullmatch(r"(\d\d):(\d\d)-(\d\d):(\d\d)", c[2]) if len(c) == 5 else None
        w = re.fullmatch(r"(\d+)-(\d+)", c[0]) if len(c) == 5 else None
        if not m or not w or c[1] not in EU_DAYS or c[4] not in EHU_TYPES: E(f, f"timetable row {l!r}"); continue
        mins = int(m[3]) * 60 + int(m[4]) - int(m[1]) * 60 - int(m[2])
        if mins <= 0: E(f, f"timetable row {l!r}: ends before it starts"); continue
        got[c[4]] += mins * (int(w[2]) - int(w[1]) + 1) / 60
    if any(abs(got[t] - hp[t]) > 0.01 for t in EHU_TYPES): E(f, "timetable hours × weeks != «Ordu kopurua» per type")
    lu = [l for l in L if l.startswith("Azken eguneratzea: ")]
    if len(lu) != 1 or not dt_ok(lu[0][19:], "%Y/%m/%d") or (yr and dt_ok(lu[0][19:], "%Y/%m/%d") > dt.datetime(int(yr[:4]), 9, 30)): E(f, "«Azken eguneratzea» date invalid or after the term starts")


# ---------------------------------------------------------------- 1798 gitlab.uhasselt.be README (awesome list, list items)
def check_uhasselt(f, raw):
    L = lines_of(f, raw)
    fences = [i for i, l in enumerate(L) if l.startswith("```")]
    if len(fences) % 2: E(f, "code fences unbalanced")
    if not L[0].startswith("# ") or "[![Awesome](https://awesome.re/badge.svg)](https://awesome.re)" not in L[0]: E(f, "no awesome badge in the title line")
    projs = set(re.findall(r"https://gitlab\.uhasselt\.be/([\w.-]+)/([\w.-]+?)(?:\.git|/|\)|\s|$)", raw, re.M))
    if len(projs) != 1: E(f, f"gitlab.uhasselt.be links to {len(projs)} projects"); return
    g, p = projs.pop()
    if f"[![pipeline status](https://gitlab.uhasselt.be/{g}/{p}/badges/main/pipeline.svg)](https://gitlab.uhasselt.be/{g}/{p}/-/commits/main)" not in raw: E(f, "pipeline badge")
    heads = [(i, l[3:]) for i, l in enumerate(L) if l.startswith("## ")]
    toc = [i for i, l in enumerate(L) if l.strip() == "[[_TOC_]]"]
    if len(toc) != 1 or not heads or toc[0] > heads[0][0]: E(f, "«[[_TOC_]]» not once, before the first «##» heading")
    if len({h for _, h in heads}) != len(heads): E(f, "duplicate headings")
    if not heads or heads[-1][1] != "Licentie": E(f, "«## Licentie» not last")
    items = 0
    for i, h in heads:
        if h in ("Bijdragen", "Licentie"): continue
        j = i + 1
        while j < len(L) and not L[j].startswith("## ") and L[j] != "<details>":
            l = L[j]
            if l.startswith("- "):
                items += 1
                m = re.fullmatch(r"- (?:\[([^\[\]]+)\]\((https://\S+)\)|([^\[\]]+?)) — ([A-Z][\w'-]+)(?: e\.a\.)? \((?:[A-Za-z]+ )?(\d{4})(?:, arXiv:\d{4}\.\d{4,5})?\)\. (.+?)(?: · code: \[([\w.-]+/[\w.-]+)\]\(https://github\.com/([\w.-]+/[\w.-]+)\))?", l)
                if not m: E(f, f"list item {l[:60]!r}")
                elif not m[6].endswith(".") or (m[7] and m[7] != m[8]): E(f, f"item note / code link {l[:60]!r}")
            elif l: E(f, f"a line inside a section that is not an item: {l[:40]!r}")
            j += 1
    if items < 3: E(f, "fewer than three list items")
    if raw.count("<details>") != raw.count("</details>") or raw.count("<summary>") != raw.count("</summary>") or raw.count("<details>") != raw.count("<summary>"): E(f, "<details> / <summary> unbalanced")
    for x in re.findall(r"(?<![\w/&])([#!])(\d+)\b", raw):
        if int(x[1]) < 1: E(f, f"issue / merge request reference {''.join(x)}")
    if not re.search(r"(?<![\w/&])#\d+", raw) or not re.search(r"(?<![\w/&])!\d+", raw): E(f, "no issue and merge request references in «Bijdragen»")
    for u in re.findall(r"(?<![\w/.])@([A-Za-z][\w.]*\w)", raw):
        if not re.fullmatch(r"[a-z]{4,8}", u): E(f, f"maintainer handle @{u}")


# ---------------------------------------------------------------- 1799 TTNET Mail forward (UTF-8 quoted-printable) of a Mailman digest
TR_DAYS = ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"]
TR_MON = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]


def check_ttmail(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw) or not raw.endswith("\r\n"): E(f, "line ends not CR LF throughout")
    if any(ord(c) > 126 for c in raw): E(f, "non-ASCII bytes in the mail")
    head, _, body = raw.partition("\r\n\r\n")
    hd = {}
    for m in re.finditer(r"^([\w-]+): ([^\r\n]*(?:\r\n[ \t][^\r\n]*)*)", head, re.M):
        hd.setdefault(m[1].lower(), m[2])
    for k in ("date", "from", "to", "subject", "message-id", "mime-version", "content-type"):
        if k not in hd: E(f, f"header {k} missing")
    try: sent = parsedate_to_datetime(hd.get("date", ""))
    except (TypeError, ValueError): sent = None
    if not sent or not hd.get("date", "").startswith(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][sent.weekday()] + ",") or not hd["date"].endswith("+0300"): E(f, "Date invalid, wrong weekday or not +0300"); sent = None
    try: subj = str(make_header(decode_header(hd.get("subject", ""))))
    except Exception: subj = ""; E(f, "Subject does not decode")
    for k in ("from", "to"):
        try: str(make_header(decode_header(hd.get(k, ""))))
        except Exception: E(f, f"{k} does not decode")
    bm = re.fullmatch(r'multipart/alternative; boundary="([^"]+)"', hd.get("content-type", ""))
    if not bm: E(f, "not multipart/alternative with a quoted boundary"); return
    bd = bm[1]
    parts = body.split(f"--{bd}\r\n")
    if len(parts) != 3 or f"\r\n--{bd}--\r\n" not in parts[-1]: E(f, "not exactly two parts and a closing boundary"); return
    parts[-1] = parts[-1].split(f"--{bd}--\r\n")[0]
    dec = {}
    for p, want in zip(parts[1:], ("text/plain", "text/html")):
        ph, _, pb = p.partition("\r\n\r\n")
        if f"Content-Type: {want}; charset=utf-8" not in ph or "Content-Transfer-Encoding: quoted-printable" not in ph: E(f, f"{want} part headers"); continue
        for l in pb.split("\r\n"):
            if len(l) > 76: E(f, f"QP line longer than 76: {l[:30]!r}"); break
            if re.search(r"=(?![0-9A-F]{2}|$)", l): E(f, f"bad QP escape in {l[:40]!r}"); break
            if l.endswith((" ", "\t")): E(f, f"QP line with trailing white space"); break
        try: t = quopri.decodestring(pb.encode("ascii")).decode("utf-8").replace("\r\n", "\n")
        except (UnicodeDecodeError, ValueError): E(f, f"{want} part does not decode as UTF-8 QP"); continue
        dec[want] = t
    MIME_PARTS[f] = list(dec.values())
    if "text/html" in dec:
        MIME_PARTS[f].append(html.unescape(re.sub(r"<[^>]+>", "", dec["text/html"])))
        tc = _TagCheck(); tc.feed(dec["text/html"]); tc.close()
        if tc.stack or tc.bad: E(f, f"HTML part tags unbalanced {tc.bad[:3]} {tc.stack[-3:]}")
    t = dec.get("text/plain")
    if not t: return
    fm = re.search(r"^---------- İletilen ileti ----------\nKimden: (.+)\nTarih: (\d{1,2}) (\S+) (\d{4}) (\S+) (\d\d):(\d\d)\nKonu: (.+)\nKime: (.+)\n", t, re.M)
    if not fm: E(f, "forward block (Kimden / Tarih / Konu / Kime)"); return
    try: fd = dt.datetime(int(fm[4]), TR_MON.index(fm[3]) + 1, int(fm[2]), int(fm[6]), int(fm[7]))
    except ValueError: E(f, "forward date"); return
    if TR_DAYS[fd.weekday()] != fm[5]: E(f, f"forward date weekday {fm[5]} wrong")
    if sent and fd > sent.replace(tzinfo=None): E(f, "forwarded digest dated after the mail")
    if subj != "Fwd: " + fm[8]: E(f, "Subject != «Fwd: » + Konu")
    dm = re.fullmatch(r"([\w-]+) Digest, Vol (\d+), Issue (\d+)", fm[8])
    if not dm: E(f, "Konu not «<list> Digest, Vol N, Issue M»"); return
    lst = dm[1]
    if fm[1].split("@")[0] != f"{lst}-request": E(f, "digest not from <list>-request")
    dg = t[fm.end():]
    if f"Send {lst} mailing list submissions to\n\t{lst}@" not in dg: E(f, "digest head")
    tt = re.search(r"Today's Topics:\n\n((?:   \d+\. .+\n)+)\n", dg)
    if not tt: E(f, "«Today's Topics» block"); return
    topics = [re.fullmatch(r"   (\d+)\. (.+) \((.+)\)", l) for l in tt[1].rstrip("\n").split("\n")]
    if any(m is None for m in topics) or [int(m[1]) for m in topics] != list(range(1, len(topics) + 1)): E(f, "topics not numbered 1..n"); return
    msgs = re.findall(r"^Message: (\d+)\nDate: (.+)\nFrom: (.+) <[^>]+>\nTo: .+\nSubject: \[" + re.escape(lst) + r"\] (.+)\nMessage-ID: <.+>\nContent-Type: .+\n\n", dg, re.M)
    if [int(m[0]) for m in msgs] != list(range(1, len(topics) + 1)): E(f, "messages not numbered as the topics"); return
    prev = None
    for m, tp in zip(msgs, topics):
        if (tp[2], tp[3]) != (m[3], m[2]): E(f, f"topic {tp[1]} != message {m[0]}'s subject / sender")
        try: md = parsedate_to_datetime(m[1])
        except (TypeError, ValueError): E(f, f"message {m[0]} date"); continue
        if prev and md < prev: E(f, f"message {m[0]} dated before the previous")
        if sent and md > sent: E(f, f"message {m[0]} dated after the mail")
        prev = md
    if dg.count("\n" + "-" * 30 + "\n") != len(msgs) + 1: E(f, "message separators != messages + footer")
    em = re.search(rf"\nEnd of {re.escape(lst)} Digest, Vol {dm[2]}, Issue {dm[3]}\n(\*+)\n$", dg)
    if not em or len(em[1]) != len(f"End of {lst} Digest, Vol {dm[2]}, Issue {dm[3]}"): E(f, "«End of … Digest» line and its stars")
    if "text/html" in dec:
        hu = set(re.findall(r'href="([^"]+)"', dec["text/html"]))
        if hu != set(re.findall(r"https://[^\s<>&]+", t)): E(f, "HTML part's links != the plain part's URLs")


# ---------------------------------------------------------------- 1800 Tallinna Ülikool magistritöö, EVS-ISO 690, PDF copy
ET_ABC = "abcdefghijklmnopqrsšzžtuvwõäöüxy"


def et_key(s):
    return [ET_ABC.index(c) if c in ET_ABC else -1 for c in s.lower() if c.isalpha()]


def check_tlu(f, raw):
    L = lines_of(f, raw)
    if any(len(l) > 90 for l in L): E(f, "a line longer than 90")
    nums = [(i, int(l)) for i, l in enumerate(L) if re.fullmatch(r"\d{1,3}", l)]
    if not nums or [n for _, n in nums] != list(range(nums[0][1], nums[0][1] + len(nums))) or nums[-1][0] != len(L) - 1: E(f, "page numbers not consecutive / not closing the last page")
    for i, _ in nums:
        if L[i - 1] != "": E(f, f"page number at line {i + 1} not after a blank line")
    sec = ["KOKKUVÕTE", "KASUTATUD KIRJANDUS", "LISAD"]
    at = [L.index(s) if L.count(s) == 1 else -1 for s in sec]
    if -1 in at or at != sorted(at): E(f, "KOKKUVÕTE, KASUTATUD KIRJANDUS, LISAD not once each and in order"); return
    pn = {i for i, _ in nums}
    text = " ".join(l for i, l in enumerate(L[at[1] + 1:at[2]], at[1] + 1) if i not in pn and l)
    refs = re.split(r" (?=\[\d+\] )", " " + text)[1:]
    rn = [int(re.match(r"\[(\d+)\]", r)[1]) for r in refs]
    if rn != list(range(1, len(refs) + 1)): E(f, "references not numbered [1]..[n]"); return
    heads = []
    for r in refs:
        body = r.split("] ", 1)[1]
        if not body.endswith("."): E(f, f"reference {r[:20]!r} does not end with «.»")
        for u in re.finditer(r"Kättesaadav: (\S+) \[vaadatud (\d{1,2})\.(\d\d)\.(\d{4})\]", body):
            if not re.fullmatch(r"https://[\w.-]+/\S+", u[1]): E(f, f"URL {u[1]}")
            try: dt.date(int(u[4]), int(u[3]), int(u[2]))
            except ValueError: E(f, f"«vaadatud» date in {r[:20]!r}")
        if body.count("Kättesaadav:") != len(re.findall(r"\[vaadatud ", body)): E(f, f"«Kättesaadav:» without «[vaadatud …]» in {r[:20]!r}")
        if ("[võrgus]" in body) != ("Kättesaadav:" in body): E(f, f"«[võrgus]» and «Kättesaadav:» not together in {r[:20]!r}")
        am = re.match(r"((?:[A-ZÄÖÜÕŠŽ][A-ZÄÖÜÕŠŽ'-]+, [^,.]+?(?:\.[^,.]*?)?)(?:, [A-ZÄÖÜÕŠŽ][A-ZÄÖÜÕŠŽ'-]+, [^,]+?)*(?: et al\.| ja [A-ZÄÖÜÕŠŽ][A-ZÄÖÜÕŠŽ'-]+, [^.]+?\.?|\.)) ", body)
        corp = re.match(r"[A-ZÄÖÜÕŠŽ-]+\. ", body)
        if not am and not corp: E(f, f"author part of {r[:30]!r}"); continue
        if am and am[1].count(", ") > 5 and "et al." not in am[1]: E(f, f"more than three authors without «et al.» in {r[:30]!r}")
        if am and "et al." in am[1] and am[1].count(", ") != 5: E(f, f"«et al.» not after three names in {r[:30]!r}")
        heads.append(body.split(",")[0].split(".")[0])
        for ib in re.findall(r"ISBN ([\d-]+)", body):
            if not isbn_ok(ib): E(f, f"ISBN {ib}")
        jm = re.search(r"\. (\d{4}), (\d+)\. kd, nr (\d+), lk (\d+)–(\d+)\.", body)
        if jm and int(jm[4]) >= int(jm[5]): E(f, f"pages in {r[:30]!r}")
    if heads != sorted(heads, key=et_key): E(f, "references not in Estonian alphabetical order (Š Z Ž after S)")
    summ = " ".join(L[at[0] + 1:at[1]])
    cited = {int(x) for g in re.findall(r"\[(\d+(?:, \d+)*)\]", summ) for x in g.split(", ")}
    if cited != set(range(1, len(refs) + 1)): E(f, f"the text cites {sorted(cited)}, not exactly 1..{len(refs)}")


# ---------------------------------------------------------------- 1801 Leitir.is RIS export
RIS_TAGS = {"TY", "TI", "AU", "PY", "JO", "T2", "VL", "IS", "SP", "EP", "LA", "UR", "N1", "KW", "DB", "CY", "PB", "SN", "M3", "ER"}
RIS_TY = {"JOUR", "CPAPER", "BOOK", "THES", "ELEC"}


def check_leitir(f, raw):
    if raw.startswith("\ufeff"): E(f, "a BOM")
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw) or not raw.endswith("ER  - \r\n"): E(f, "line ends not CR LF / not ending with «ER  - »")
    recs = raw.split("\r\n\r\n")
    for k, r in enumerate(recs, 1):
        ls = r.rstrip("\r\n").split("\r\n")
        tags = []
        for l in ls:
            m = re.fullmatch(r"([A-Z][A-Z0-9])  - (.*)", l)
            if not m: E(f, f"record {k}: line {l[:30]!r} not «TAG  - value»"); continue
            if m[1] not in RIS_TAGS: E(f, f"record {k}: unknown tag {m[1]}")
            if m[1] != "ER" and not m[2].strip(): E(f, f"record {k}: empty {m[1]}")
            tags.append((m[1], m[2]))
        if not tags or tags[0][0] != "TY" or tags[-1] != ("ER", "") or [t for t, _ in tags].count("ER") != 1: E(f, f"record {k}: not TY … ER"); continue
        d = {}
        for t, v in tags: d.setdefault(t, []).append(v)
        if d["TY"][0] not in RIS_TY: E(f, f"record {k}: type {d['TY'][0]}")
        for t in ("TI", "AU", "PY", "DB"):
            if t not in d: E(f, f"record {k}: {t} missing")
        for t in ("TY", "TI", "PY", "JO", "T2", "VL", "IS", "SP", "EP", "LA", "UR", "DB", "SN", "PB", "CY", "M3"):
            if len(d.get(t, [])) > 1: E(f, f"record {k}: {t} twice")
        if d.get("DB") != ["Leitir.is"]: E(f, f"record {k}: DB not Leitir.is")
        if not re.fullmatch(r"\d{4}", (d.get("PY") or [""])[0]): E(f, f"record {k}: PY")
        for a in d.get("AU", []):
            if not re.fullmatch(r"[^,]+, [^,]+", a) and not (d["TY"][0] == "ELEC" and "," not in a): E(f, f"record {k}: author {a!r} not «Surname, Given»")
        if "SP" in d or "EP" in d:
            if not (d.get("SP", ["x"])[0].isdigit() and d.get("EP", ["x"])[0].isdigit() and int(d["SP"][0]) < int(d["EP"][0])): E(f, f"record {k}: SP / EP")
        if d["TY"][0] == "JOUR" and "JO" not in d: E(f, f"record {k}: journal article without JO")
        if d["TY"][0] == "CPAPER" and "T2" not in d: E(f, f"record {k}: conference paper without T2")
        if d["TY"][0] == "BOOK" and not {"PB", "CY"} <= set(d): E(f, f"record {k}: book without PB / CY")
        for sn in d.get("SN", []):
            if not isbn_ok(sn): E(f, f"record {k}: ISBN {sn}")
        for la in d.get("LA", []):
            if la not in ("Enska", "Íslenska"): E(f, f"record {k}: LA {la!r} not as Leitir writes it")
        for u in d.get("UR", []):
            if not re.fullmatch(r"https://\S+", u): E(f, f"record {k}: UR {u}")


# ---------------------------------------------------------------- 1802 Pipedrive activities CSV export (Lithuanian)
PD_HEAD = ["Veikla - Tema", "Veikla - Tipas", "Veikla - Terminas", "Veikla - Laikas", "Veikla - Trukmė", "Veikla - Atlikta",
           "Veikla - Priskirta naudotojui", "Veikla - Pastaba", "Sandoris - Pavadinimas", "Sandoris - Vertė",
           "Organizacija - Pavadinimas", "Asmuo - Vardas"]
PD_TYPES = {"Skambutis", "Susitikimas", "Užduotis", "Terminas", "El. laiškas", "Pietūs"}


def check_pipedrive(f, raw):
    if raw.startswith("\ufeff") or "\r" in raw or not raw.endswith("\n"): E(f, "BOM, CR or no final newline")
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    CSV_FIELDS[f] = [x for r in rows for x in r]
    o = io.StringIO(); csv.writer(o, lineterminator="\n").writerows(rows)
    if o.getvalue() != raw: E(f, "not written as the export writes it («,», quoted only where needed, LF)")
    if not rows or rows[0] != PD_HEAD: E(f, "header"); return
    if any(len(r) != len(PD_HEAD) for r in rows[1:]): E(f, "row length"); return
    deals, keys_ = {}, []
    for r in rows[1:]:
        d = dt_ok(r[2], "%Y-%m-%d")
        if not d: E(f, f"due date {r[2]!r}"); continue
        if r[3] and not dt_ok(r[3], "%H:%M"): E(f, f"{r[2]}: time {r[3]!r}")
        if r[4] and (not re.fullmatch(r"\d\d:\d\d", r[4]) or int(r[4][3:]) > 59 or r[4] == "00:00"): E(f, f"{r[2]}: duration {r[4]!r}")
        if bool(r[3]) != bool(r[4]): E(f, f"{r[2]}: time and duration not both given or both empty")
        if r[1] not in PD_TYPES: E(f, f"{r[2]}: type {r[1]!r}")
        if r[5] not in ("Atlikta", "Neatlikta"): E(f, f"{r[2]}: done {r[5]!r}")
        if not re.fullmatch(r"\S+ \S+", r[6]): E(f, f"{r[2]}: assignee {r[6]!r}")
        if r[7]:
            tc = _TagCheck(); tc.feed(r[7]); tc.close()
            if tc.stack or tc.bad or not r[7].startswith("<p>") or not r[7].endswith("</p>"): E(f, f"{r[2]}: note HTML not <p>…</p> / unbalanced")
            if re.search(r"&(?![a-z]+;|#\d+;)", r[7]): E(f, f"{r[2]}: a bare «&» in the note")
        if not re.fullmatch(r"\d{1,3}(?: \d{3})* EUR", r[9]): E(f, f"{r[2]}: deal value {r[9]!r}")
        if deals.setdefault(r[8], (r[9], r[10], r[11])) != (r[9], r[10], r[11]): E(f, f"deal {r[8]!r} with another value / organisation / person")
        keys_.append((r[2], r[3]))
    if keys_ != sorted(keys_): E(f, "rows not ordered by due date and time")


# ---------------------------------------------------------------- 1803 VK Messenger copied messages (Russian)
RU_M = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]


def ru_date(s):
    m = re.fullmatch(r"(\d{1,2}) (\w+) (\d{4})", s)
    if not m or m[2] not in RU_M: return None
    try: return dt.date(int(m[3]), RU_M.index(m[2]) + 1, int(m[1]))
    except ValueError: return None


def check_vk(f, raw):
    L = lines_of(f, raw)
    if "\n\n\n" in raw or raw.startswith("\n"): E(f, "more than one blank line in a row")
    blocks = [b.split("\n") for b in raw.rstrip("\n").split("\n\n")]
    day, prev, senders, msgs = None, None, [], 0
    for b in blocks:
        if len(b) == 1 and ru_date(b[0]):
            d = ru_date(b[0])
            if day and d <= day: E(f, f"date line {b[0]!r} not after the previous"); 
            day, prev = d, None
            continue
        hm = re.fullmatch(r"(\S+ \S+) (\d\d):(\d\d)", b[0])
        if not hm or int(hm[2]) > 23 or int(hm[3]) > 59: E(f, f"message head {b[0][:40]!r} («Имя Фамилия HH:MM»)"); continue
        if day is None: E(f, "a message before the first date line")
        t = (int(hm[2]), int(hm[3]))
        if prev and t < prev: E(f, f"{b[0]!r} before the previous message of the day")
        prev = t
        rest = b[1:]
        if rest and rest[0].startswith("В ответ на сообщение"):
            rm = re.fullmatch(r"В ответ на сообщение: (\S+ \S+)", rest[0])
            if not rm or rm[1] not in senders: E(f, f"reply {rest[0]!r}: no earlier message of that person")
            rest = rest[1:]
        if rest and rest[0] == "Пересланное сообщение":
            fm = re.fullmatch(r"(\S+ \S+), (\d{1,2} \w+ \d{4}) в (\d\d):(\d\d)", rest[1]) if len(rest) > 1 else None
            if not fm or not ru_date(fm[2]) or (day and ru_date(fm[2]) > day): E(f, f"forwarded block head in {b[0]!r}")
            rest = rest[2:]
        if not any(x.strip() for x in rest): E(f, f"message {b[0]!r} without text")
        if any(x.startswith(("В ответ на сообщение", "Пересланное сообщение")) for x in rest): E(f, f"reply / forward marker inside the text of {b[0]!r}")
        senders.append(hm[1]); msgs += 1
    if len(set(senders)) < 2: E(f, "fewer than two people")


# ---------------------------------------------------------------- 1804 Softpedia forum topic, copied text (Romanian)
RO_M = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"]


def ro_dt(s):
    m = re.fullmatch(r"(\d{1,2}) (\w+) (\d{4}) - (\d\d):(\d\d)", s)
    if not m or m[2] not in RO_M: return None
    try: return dt.datetime(int(m[3]), RO_M.index(m[2]) + 1, int(m[1]), int(m[4]), int(m[5]))
    except ValueError: return None


def check_softpedia(f, raw):
    L = lines_of(f, raw)
    if L[0] != "Forum Softpedia" or not L[1].startswith("Caută | Forum"): E(f, "site head")
    bc = [l for l in L if l.startswith("Forum Softpedia → ")]
    if len(bc) != 1: E(f, "breadcrumb «Forum Softpedia → …»"); return
    last = bc[0].split(" → ")[-1]
    heads = [i for i, l in enumerate(L) if re.fullmatch(r"#\d+", l)]
    if not heads: E(f, "no posts"); return
    if [int(L[i][1:]) for i in heads] != list(range(1, len(heads) + 1)): E(f, "posts not numbered #1..#n")
    rm = next((re.fullmatch(r"(\d+) (?:răspunsuri|răspuns) în acest subiect", l) for l in L if "în acest subiect" in l), None)
    if not rm or int(rm[1]) != len(heads) - 1: E(f, "reply count != posts − 1")
    posts, prev = [], None
    ends = heads[1:] + [L.index(next(l for l in L if l.startswith("Răspunde |")))]
    for i, e_ in zip(heads, ends):
        blk = L[i:e_]
        if len(blk) < 8 or not blk[1] or not blk[3].startswith("Înscris: ") or not re.fullmatch(r"Mesaje: \d{1,3}(?:\.\d{3})*", blk[4]) or not blk[5].startswith("Postat ") or blk[6] != "":
            E(f, f"post {L[i]}: user / rank / Înscris / Mesaje / Postat"); continue
        d = ro_dt(blk[5][7:])
        if not d: E(f, f"post {L[i]}: date {blk[5]!r}"); continue
        if prev and d <= prev: E(f, f"post {L[i]} not after the previous")
        prev = d
        for q in blk[7:]:
            qm = re.fullmatch(r"citat\((\S+) @ (.+)\)", q)
            if q.startswith("citat(") and (not qm or (qm[1], ro_dt(qm[2])) not in posts): E(f, f"post {L[i]}: quote {q!r} names no earlier post")
        if blk[7:].count("__________") > 1: E(f, f"post {L[i]}: two signatures")
        if not any(x and not x.startswith("citat(") for x in blk[7:]): E(f, f"post {L[i]}: no text")
        posts.append((blk[1], d))
    st = next((re.fullmatch(r"Început de (\S+), (\d{1,2} \w+ \d{4})", l) for l in L if l.startswith("Început de ")), None)
    if not st or not posts or st[1] != posts[0][0] or ro_dt(st[2] + " - 00:00") is None or ro_dt(st[2] + " - 00:00").date() != posts[0][1].date(): E(f, "«Început de» != the first post's user / day")
    if f"Înapoi la {last}" not in L: E(f, "«Înapoi la <forum>» not the breadcrumb's last forum")
    om = next((ro_dt(l[10:]) for l in L if l.startswith("Ora este: ")), None)
    if not om or (prev and om < prev): E(f, "«Ora este:» missing or before the last post")


# ---------------------------------------------------------------- 1805 Maropost newsletter web version, saved HTML (Québec French)
FR_D = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_M = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]


def check_maropost(f, raw):
    lines_of(f, raw)
    if not raw.startswith('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"') or 'lang="fr-CA"' not in raw: E(f, "doctype / lang")
    if '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />' not in raw: E(f, "charset meta")
    tc = _TagCheckX(); tc.feed(raw); tc.close()
    if tc.stack or tc.bad: E(f, f"tags unbalanced {tc.bad[:3]} {tc.stack[-3:]}")
    if re.search(r"&(?![a-z]+;|#\d+;)", raw): E(f, "a bare «&»")
    trk = re.compile(r"https://clic\.([\w.-]+)/ct/(\d+)/(\d+)/(\d+)")
    doms, ids, lids = set(), set(), []
    for u in re.findall(r'href="([^"]+)"', raw):
        m = trk.fullmatch(u)
        if m: doms.add(m[1]); ids.add((m[2], m[3])); lids.append(int(m[4]))
        elif not re.fullmatch(r"https://arxiv\.org/(?:abs|pdf)/\d{4}\.\d{4,5}(?:v\d+)?", u): E(f, f"a link neither tracked nor an excluded arXiv page: {u[:50]}")
    if len(doms) != 1 or len(ids) != 1 or lids != list(range(2, len(lids) + 2)): E(f, "tracked links: one domain, one campaign / contact, link ids 2, 3, … in page order")
    px = re.findall(r'<img src="https://clic\.([\w.-]+)/op/(\d+)/(\d+)/open\.gif" width="1" height="1"', raw)
    if len(px) != 1 or px[0][0] not in doms or (px[0][1], px[0][2]) not in ids: E(f, "open pixel (same domain, campaign and contact)")
    t = re.search(r"<title>Le Graphe – No (\d+) – (\S+) (\d{4})</title>", raw)
    m = re.search(r"&middot; No (\d+) &middot; (\S+) (\d{4})</p>", raw)
    if not t or not m or t.groups() != m.groups() or t[2] not in FR_M: E(f, "issue / month / year differ between title and masthead")
    for wd, d, mo, y in re.findall(r"(" + "|".join(FR_D) + r") (\d{1,2}) (\S+) (\d{4})", raw):
        try:
            if mo not in FR_M or FR_D[dt.date(int(y), FR_M.index(mo) + 1, int(d)).weekday()] != wd: E(f, f"weekday of {d} {mo} {y}")
        except ValueError: E(f, f"date {d} {mo} {y}")
    if not re.search(r'<a href="https://clic\.[^"]+">Se désabonner</a>', raw) or not re.search(r"&copy; \d{4} ", raw): E(f, "footer (tracked unsubscribe link, ©)")
    if '>Voir la version Web</a>' not in raw: E(f, "no «Voir la version Web» link")


# ---------------------------------------------------------------- 1806 Satori blog post with comments, copied text (negative, Latvian)
def lv_dt(s):
    return dt_ok(s, "%d.%m.%Y. %H:%M") if re.fullmatch(r"\d\d\.\d\d\.\d{4}\. \d\d:\d\d", s) else None


def check_satori(f, raw):
    L = lines_of(f, raw)
    if L[0] != "Satori" or "Blogi" not in L[1]: E(f, "site head")
    bi = next((i for i, l in enumerate(L) if l.startswith("Blogi » ")), None)
    if bi is None: E(f, "no «Blogi » <blog>» breadcrumb"); return
    post = lv_dt(L[bi + 4]) if len(L) > bi + 4 else None
    if L[bi + 1] != "" or not L[bi + 2] or not L[bi + 3] or not post: E(f, "title / blogger / date under the breadcrumb"); return
    owner = L[bi + 3]
    ci = next((i for i, l in enumerate(L) if l.startswith("Komentāri (")), None)
    cm = re.fullmatch(r"Komentāri \((\d+)\)", L[ci]) if ci is not None else None
    if not cm or L[ci + 1] != "Lai komentētu, ienāc vai reģistrējies.": E(f, "«Komentāri (N)» / login line"); return
    ds = [i for i, l in enumerate(L) if i > ci and lv_dt(l)]
    if int(cm[1]) != len(ds): E(f, "«Komentāri (N)» != the comments")
    prev, seen = post, {owner}
    for i in ds:
        d = lv_dt(L[i])
        if d <= prev: E(f, f"comment {L[i]} not after the previous / the post")
        prev = d
        j = i + 1
        if L[j].startswith("Atbilde: "):
            if L[j][9:] not in seen: E(f, f"«{L[j]}» names nobody above")
            j += 1
        if not L[i - 1].strip() or not L[j].strip() or L[j + 1] != "Atbildēt" or L[j + 2] != "": E(f, f"comment at {L[i]}: name, text and «Atbildēt»")
        seen.add(L[i - 1])
    if "Dalīties: Facebook | X | E-pasts" not in L[bi:ci]: E(f, "share line between the post and the comments")
    fm = re.fullmatch(r"© (\d{4}) Satori", L[-1])
    if not fm or int(fm[1]) < prev.year: E(f, "footer year")


def shape_checks(f, raw, path):
    n = num(f)
    {1797: check_ehu, 1798: check_uhasselt, 1799: check_ttmail, 1800: check_tlu, 1801: check_leitir,
     1802: check_pipedrive, 1803: check_vk, 1804: check_softpedia, 1805: check_maropost,
     1806: check_satori}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


# ---------------------------------------------------------------- decoded forms
CHARSET = {}


def read_raw(f, path):
    b = open(path, "rb").read()
    RAW_BYTES[f] = b
    return b.decode(CHARSET.get(num(f), "utf-8"))


def decoded_forms(f, raw, path):
    forms = list(MIME_PARTS.get(f, [])) + (["\n".join(CSV_FIELDS[f])] if f in CSV_FIELDS else [])
    base = [raw] + forms
    for s in base:
        u = html.unescape(s)
        if u != s: forms.append(u)
        u2 = html.unescape(u)
        if u2 != u: forms.append(u2)
        p = unquote(u)
        if p != u: forms.append(p)
    return forms

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
        elif norm(t) in nraw: expected_or_note(f, "joined", f"{f}: title found only after normalising whitespace/entities/TeX: {t!r}")
        elif t in alltext: expected_or_note(f, "decoded", f"{f}: title found only after decoding: {t!r}")
        elif norm(t) in ntext: expected_or_note(f, "decoded", f"{f}: title found only after decoding + normalising: {t!r}")
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
                    expected_or_note(f, "decoded", f"{f}: link for {aid} found only after decoding")
        elif ev == "arxiv-text":
            if aid != tid or oid: errors.append(f"{f}: bad ids for arxiv-text {t}")
            if not aid: pass
            elif aid not in raw:
                if aid in alltext: expected_or_note(f, "decoded", f"{f}: id {aid} found only after decoding")
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
    for oid in sorted(set(re.findall(r"openreview\.net/(?:forum|pdf)\?id(?:=3D|=|%3D)([\w-]+)(?![\w-])(?!…)(?!=\r?\n)", alltext))):
        if oid not in labelled: errors.append(f"{f}: unlabelled OpenReview id {oid}")
    rec_keys = {r["true_arxiv_id"] or r["title"] for r in recs}
    rec_titles = {r["title"].lower() for r in recs}
    for e in list(pool.values()) + distract:
        if e["title"] and len(e["title"]) > 12 and norm(e["title"]) in ntext:
            if e.get("role") == "distractor" or ((e["arxiv_id"] or e["title"]) not in rec_keys and e["title"].lower() not in rec_titles):
                errors.append(f"{f}: unlabelled pool/distractor title {e['title']!r} ({e.get('role')})")
    if f.split("_")[1] == "negative" and recs: errors.append(f"{f}: a negative control with labels")












# reuse report: how often the labelled sets used each paper (every /work/main/tests/data/*/expected.json except
# round178's and round179's, a byte-identical file counted once), and the round178/round179 split (candidates sorted by
# (uses, catalogue title); round178 = even positions from 4 on, one unbroken run; round179 takes the odd ones)
used = Counter()
TD = "/work/main/tests/data"
P179S = ["/work/rounds/digests-round179/expected.json", "/work/main/tests/data/digests-round179/expected.json"]
P179 = next((p for p in P179S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P179S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round178", "digests-round179") or not os.path.exists(pth): continue
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
run = {pkey(e) for i, e in enumerate(cands) if (i + 1) % 2 == 0 and 4 <= i + 1 <= last}
odd = sorted(k for k in mine if pos.get(k, 1) % 2 == 1)
if odd: errors.append(f"papers not at an even position (round178 takes the even ones): {odd}")
if {1, 2} & {pos.get(k) for k in mine}: errors.append("position 1 or 2 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 4..{last}: {[(pos[k], k) for k in gaps]}")
r179 = set()
if P179:
    try:
        r179 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P179)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P179} exists but could not be read (being written?)")
    their_even = sorted(k for k in r179 if pos.get(k, 1) % 2 == 0)
    if r179 & mine and their_even:
        notes.append(f"round179's expected.json does not hold the odd positions of this count ({len(their_even)} of "
                     f"{len(r179)} papers at even positions): shared papers not an error here, to be settled by round179: "
                     f"{len(r179 & mine)} shared: {sorted(r179 & mine)}")
    elif r179 & mine: errors.append(f"papers also in round179: {sorted(r179 & mine)}")
shared179 = len(r179 & mine) if P179 else "(no round179 expected.json yet)"

c = Counter(); per = {}
for f, recs in exp.items():
    per[f] = Counter(r["evidence"] for r in recs)
    c.update(per[f])
for f in files:
    orl_f = sum(1 for r in exp.get(f, []) if r["openreview_id"])
    rd = ", ".join(f"{how} {EXPECTED_SEEN[(f, how)]}" for how in sorted(READ_AS.get(num(f), ())) if EXPECTED_SEEN[(f, how)])
    print(f"{f:112s} {sum(per.get(f, {}).values()):2d}  " + " ".join(f"{k}={v}" for k, v in sorted(per.get(f, {}).items()))
          + (f" (openreview {orl_f})" if orl_f else "") + (f" [read {rd}]" if rd else ""))
tot = sum(c.values())
orl = sum(1 for recs in exp.values() for r in recs if r["openreview_id"])
nox = sum(1 for recs in exp.values() for r in recs if not r["true_arxiv_id"])
nox_t = sum(1 for recs in exp.values() for r in recs if r["evidence"] == "title-only" and r["true_arxiv_id"])
multi = {k: n for k, n in Counter(allrecs).items() if n > 1}
if multi: errors.append(f"papers in more than one round178 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
neg = [f for f in files if f.split("_")[1] == "negative"]
if len(files) != 10 or neg != [files[-1]]: errors.append(f"want ten files, the negative last: {files}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: even 4..{last} ({len(mine)} papers); "
      f"at odd positions: {len(odd)}; shared with round179: {shared179}; papers in more than one round178 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


