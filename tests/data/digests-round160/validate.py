#!/usr/bin/env python3
r"""Checks round160/expected.json against the digests and the shared catalogues.

Adapted from round158/validate.py (the label checks are the same code; the reuse report is round158's with round160 /
round161 in place of round158 / round159: round160 holds the even positions from 4; the shape checks are new). The
reuse report counts every /work/main/tests/data/*/expected.json except round160's and round161's own, a byte-identical
file once, and checks the split (even positions 4.., one run; no paper shared with round161's expected.json, read from
/work/rounds/digests-round161/ or /work/main/tests/data/digests-round161/ when it exists; no paper in two files).
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: 1619's base64 Big5 body and its RFC 2047
subject; 1621's RIS values; 1622's CSV fields; 1623's message texts; everything with HTML entities undone once and
twice and percent-escapes undone. Titles are matched after whitespace normalisation (TeX braces removed) and case-blind.

Expected reading forms (round156's reporting, unchanged): a digest kind whose text can only be read decoded or joined is
declared in READ_AS — 1617 and 1620 (titles broken over the PDF's lines) and 1619 (base64: nothing but the headers is
readable before decoding). For these the facts «found only after decoding» / «found only after normalising
whitespace/TeX» are counted on the file's summary line instead of being printed as notes; the same facts in any other
file are notes.

Shape checks (lean): 1617 UBB «Fișa disciplinei» PDF copy (LF; the form title; sections 1–11 in order; the institution;
hours: 3.1 = 3.2 + 3.3, 3.4 = 3.5 + 3.6, 3.4–3.6 = 14 × 3.1–3.3, 3.7 = the distribution's sum, 3.8 = 3.4 + 3.7 = 25 ×
credits; course topics numbered 1..14; lab hours sum to 3.6 and lab weeks cover 1..14 in order; both bibliographies
numbered 1..n; evaluation weights sum to 100 %; completion ≤ approval date); 1618 git.wur.nl README (LF; fences
balanced; awesome badge in the title; every `](#anchor)` a heading's slug, one contents entry per heading; one clone URL
on git.wur.nl = the `cd` directory, every git.wur.nl link in that project; link items `- [Title](https://…) — …`;
table rows with the header's cell count); 1619 Netvigator webmail .eml (CR LF only, ASCII; headers Date / From / To /
Subject / Message-ID / MIME-Version / Content-Type / Content-Transfer-Encoding / X-Mailer; Date valid with its weekday;
Message-ID on webmail.netvigator.com; text/plain Big5 base64: full 76-character lines but the last, decoding; Subject /
From / To as Big5 B-words; the subject `Fwd: <digest>`; the Chinese forward block; the forwarded Mailman digest:
«Today's Topics» numbered 1..n = the messages' numbers, subjects and senders, message dates valid with weekdays and
increasing, `Send LIST mailing list submissions` and `End of LIST Digest, Vol v, Issue i` the same list, the asterisk
line as long, the footer; the forwarded `日期:` valid, its 星期 right, after the last message and before the mail);
1620 Sofia University thesis copy (LF; page numbers consecutive and last; `ИЗПОЛЗВАНА ЛИТЕРАТУРА` once; references
[1..n]; Cyrillic ones first, each script alphabetical; a year in each; `Достъпно на:` followed by an https URL;
`[посетен на dd.mm.yyyy]` valid; `pp. a–b` with a < b; the citations [n] in the text = the references); 1621 Finna RIS
(CR LF only, no BOM; `TAG  - value` lines; records TY … ER, blank lines only between them; the export ends with ER;
RIS types; TI once, AU `Surname, Given`, PY yyyy, LA eng / fin in each; SP < EP; ISBN-13 check digits; UR https; JOUR
with JO, CONF with T2; Finnish records with keywords); 1622 Ganttic CSV (UTF-8 BOM; CR LF record ends, LF only inside
quotes; the Estonian header; semicolons and quotes exactly as csv.QUOTE_MINIMAL writes them; 9 fields per row; dates
`dd.mm.yyyy HH:MM` with start ≤ end; hours with a decimal comma; state and priority from the tool's lists; one
project); 1623 GroupMe message.json (one line, no final newline; compact unescaped JSON; every message with the API's
14 keys in order; newest first, created_at strictly decreasing; 18-digit ids starting with created_at, unique; one
group_id; source_guid shape; platform gm; system messages as GroupMe's; users with one name each, sender_id = user_id;
avatar and image URLs on i.groupme.com; reply attachments to an earlier message of the named user; favorited_by
sorted member ids); 1624 Ubuntu-it forum copy (LF; site head; breadcrumb at top and bottom; `N messaggi • Pagina 1 di 1`
twice = the posts; `Messaggio da nick » wd d mon yyyy, HH:MM` valid with the weekday, increasing; the first post's
title = the topic's, the others `Re: ` it; a profile block (nick, rank, Messaggi, Iscrizione, Desktop, Distribuzione)
before each post, the same for a member across posts, joined before posting; quotes of earlier posters with the quoted
post's date; «Torna in alto» per post; «Torna a “section”» = the breadcrumb's last; the phpBB footer); 1625 Agillic
HTML (LF; doctype, lang="da", charset meta; tags balanced; `&` only as an entity; https links and images; issue number,
month and year the same in title and masthead; Danish `weekday den d. month yyyy` weekdays right; online / afmeld /
praeferencer links with one campaign and token; the Agillic credit and the GDPR note); 1626 Denník N blog copy (LF;
site and blog section; the post date; the author box; `Diskusia (N)` = the comments; the subscribers line; comment dates
`d. mesiaca yyyy o HH:MM` valid, after the post, increasing; `@name` the author or an earlier commenter; a reply / like
line after each comment; the footer year ≥ the last comment's).
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
READ_AS = {1617: {"joined"}, 1619: {"decoded"}, 1620: {"joined"}}

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


MIME_PARTS, CSV_FIELDS, BIB = {}, {}, {}


def E(f, m): errors.append(f"{f}: {m}")


def isbn13_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 13 and sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(d)) % 10 == 0


PL_WD = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"]
PL_M = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października",
        "listopada", "grudnia"]
PL_NOM = ["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik",
          "listopad", "grudzień"]


VOID = {"meta", "br", "img", "hr", "link", "input"}


class _TagCheck(HTMLParser):
    def __init__(s):
        super().__init__(); s.stack = []; s.bad = []

    def handle_starttag(s, t, a):
        if t not in VOID: s.stack.append(t)

    def handle_endtag(s, t):
        if not s.stack or s.stack[-1] != t: s.bad.append(t)
        else: s.stack.pop()




# ---------------------------------------------------------------- 1617 UBB fișa disciplinei (PDF copy)
def check_ubb(f, raw):
    L = lines_of(f, raw)
    if L[0] != "FIȘA DISCIPLINEI": E(f, "form title")
    heads = ["1. Date despre program", "2. Date despre disciplină", "3. Timpul total estimat", "4. Precondiții",
             "5. Condiții", "6.1 Competențele specifice", "7. Obiectivele disciplinei", "8. Conținuturi", "9. Coroborarea",
             "10. Evaluare", "11. Etichete ODD"]
    idx = [next((i for i, l in enumerate(L) if l.startswith(h)), -1) for h in heads]
    if -1 in idx or idx != sorted(idx): E(f, f"sections missing or out of order {idx}"); return
    if "Universitatea Babeș-Bolyai" not in L[idx[0] + 1]: E(f, "1.1 institution")
    g = lambda pat: next((re.search(pat, l) for l in L if re.search(pat, l)), None)
    m1 = g(r"^3\.1 Număr de ore pe săptămână (\d+) din care: 3\.2 curs (\d+) 3\.3 seminar/laborator (\d+)$")
    m4 = g(r"^3\.4 Total ore din planul de învățământ (\d+) din care: 3\.5 curs (\d+) 3\.6 seminar/laborator (\d+)$")
    m7, m8, m9 = g(r"^3\.7 Total ore studiu individual (\d+)$"), g(r"^3\.8 Total ore pe semestru (\d+)$"), g(r"^3\.9 Numărul de credite (\d+)$")
    if not all((m1, m4, m7, m8, m9)): E(f, "hours table lines"); return
    a = [int(x) for x in m1.groups()]; b = [int(x) for x in m4.groups()]
    if a[0] != a[1] + a[2]: E(f, "3.1 != 3.2 + 3.3")
    if b[0] != b[1] + b[2]: E(f, "3.4 != 3.5 + 3.6")
    if b != [14 * x for x in a]: E(f, "3.4-3.6 != 14 weeks × 3.1-3.3")
    i0 = L.index("Distribuția fondului de timp ore")
    i1 = next(i for i in range(i0, len(L)) if L[i].startswith("Alte activități"))
    dist = [int(re.search(r" (\d+)$", l)[1]) for l in L[i0 + 1:i1] if re.search(r" (\d+)$", l)]
    if len(dist) != i1 - i0 - 1: E(f, "a distribution line without hours")
    if sum(dist) != int(m7[1]): E(f, "3.7 != the distribution's sum")
    if int(m8[1]) != b[0] + int(m7[1]): E(f, "3.8 != 3.4 + 3.7")
    if int(m8[1]) != 25 * int(m9[1]): E(f, "3.8 != 25 × credits")
    c0, l0 = L.index("8.1 Curs Metode de predare Observații"), L.index("8.2 Seminar / laborator Metode de predare Observații")
    bibs = [i for i, l in enumerate(L) if l == "Bibliografie"]
    if len(bibs) != 2 or not c0 < bibs[0] < l0 < bibs[1]: E(f, "the two Bibliografie lists"); return
    num_ = lambda a_, z: [int(re.match(r"(\d+)\. ", l)[1]) for l in L[a_ + 1:z] if re.match(r"\d+\. ", l)]
    cn = num_(c0, bibs[0])
    if cn != list(range(1, 15)): E(f, f"course topics not 1..14: {cn}")
    labj = " ".join(L[l0 + 1:bibs[1]])
    hrs = [int(x) for x in re.findall(r"(\d+) ore", labj)]
    if sum(hrs) != b[2]: E(f, f"lab hours {sum(hrs)} != 3.6")
    wk = []
    for m in re.findall(r"săptămânile (\d+)–(\d+)|săptămâna (\d+)", labj):
        wk += list(range(int(m[0] or m[2]), int(m[1] or m[2]) + 1))
    if wk != list(range(1, 15)): E(f, "lab weeks not 1..14 in order")
    for a_, z in ((bibs[0], l0), (bibs[1], idx[8])):
        n_ = num_(a_, z)
        if n_ != list(range(1, len(n_) + 1)): E(f, f"bibliography numbering {n_}")
    ev = " ".join(L[idx[9]:next(i for i, l in enumerate(L) if l.startswith("10.6"))])
    if sum(int(x) for x in re.findall(r"(\d+)%", ev)) != 100: E(f, "evaluation weights do not sum to 100%")
    ds = [dt_ok(m, "%d.%m.%Y") for l in L[-4:] for m in re.findall(r"^(\d\d\.\d\d\.\d{4}) ", l)]
    if len(ds) != 2 or None in ds or ds[0] > ds[1]: E(f, "completion / approval dates")


# ---------------------------------------------------------------- 1618 git.wur.nl README
def check_wur(f, raw):
    L = lines_of(f, raw)
    if sum(1 for l in L if l.startswith("```")) % 2: E(f, "code fences unbalanced")
    if "awesome.re/badge.svg" not in L[0] or not L[0].startswith("# "): E(f, "no awesome badge in the title line")
    heads = [re.sub(r"^#+ ", "", l) for l in L if re.match(r"#{2,3} ", l)]
    slugs = {slug(h) for h in heads}
    for a in re.findall(r"\]\(#([^)]+)\)", raw):
        if a not in slugs: E(f, f"anchor #{a} is no heading's slug")
    toc = [l for l in L if re.fullmatch(r"- \[[^\]]+\]\(#[^)]+\)", l)]
    if len(toc) != len(heads) - 1: E(f, f"table of contents has {len(toc)} entries for {len(heads) - 1} headings")
    clones = re.findall(r"git clone https://git\.wur\.nl/([\w.-]+)/([\w.-]+)\.git", raw)
    cds = re.findall(r"^cd ([\w.-]+)$", raw, re.M)
    if len(clones) != 1 or cds != [clones[0][1]]: E(f, f"clone {clones} / cd {cds}"); return
    for g, p in re.findall(r"https://git\.wur\.nl/([\w.-]+)/([\w.-]+?)(?:\.git|/|\)|\s|$)", raw, re.M):
        if (g, p) != clones[0]: E(f, f"git.wur.nl link to another project {g}/{p}")
    hdr = None
    for l in L:
        if re.match(r"- (📌 )?\[", l) and not l.startswith("- [!") and "](#" not in l:
            if not re.match(r"- (📌 )?\[[^\]]+\]\(https://\S+\)( — .+| en .+)?$", l): E(f, f"link item shape: {l[:60]!r}")
        if l.startswith("|"):
            hdr = hdr or l.count("|")
            if l.count("|") != hdr: E(f, f"table row cells: {l[:40]!r}")


# ---------------------------------------------------------------- 1619 Netvigator webmail forward, base64 Big5
ZH_WD = "一二三四五六日"


def check_netvigator(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): E(f, "line ends not CR LF throughout")
    try: raw.encode("ascii")
    except UnicodeEncodeError: E(f, "not 7-bit")
    hdr, _, body = raw.partition("\r\n\r\n")
    H = {}
    for l in re.sub(r"\r\n[ \t]+", " ", hdr).split("\r\n"):
        k, _, v = l.partition(": ")
        H[k] = v.strip()
    for k in ("Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "Content-Type", "Content-Transfer-Encoding", "X-Mailer"):
        if k not in H: E(f, f"header {k} missing")
    try:
        d = parsedate_to_datetime(H.get("Date", ""))
        if H["Date"][:3] != d.strftime("%a"): E(f, "Date's weekday")
    except (TypeError, ValueError, KeyError): E(f, "Date invalid"); d = None
    if H.get("X-Mailer") != "Netvigator Webmail": E(f, "X-Mailer")
    if not (H.get("Message-ID", "").endswith("@webmail.netvigator.com>")): E(f, "Message-ID host")
    if H.get("Content-Type") != 'text/plain; charset="Big5"' or H.get("Content-Transfer-Encoding") != "base64":
        E(f, "not text/plain Big5 base64"); return
    bl = body.rstrip("\r\n").split("\r\n")
    for i, l in enumerate(bl):
        if not re.fullmatch(r"[A-Za-z0-9+/]*={0,2}", l) or len(l) > 76 or (i < len(bl) - 1 and len(l) != 76):
            E(f, f"base64 line {i + 1} shape"); break
    try:
        t = base64.b64decode("".join(bl), validate=True).decode("big5").replace("\r\n", "\n")
    except (binascii.Error, UnicodeError, ValueError) as ex: E(f, f"body does not decode: {ex}"); return
    names = []
    for k in ("Subject", "From", "To"):
        try: names.append(str(make_header(decode_header(H.get(k, "")))))
        except Exception: E(f, f"{k} does not decode"); names.append("")
        if not re.search(r"=\?Big5\?B\?", H.get(k, "")): E(f, f"{k} not a Big5 B-word")
    subj = names[0]
    MIME_PARTS[f] = [t, subj]
    if not subj.startswith("Fwd: "): E(f, "subject not a forward (Fwd: )")
    if "-------- 轉寄郵件 --------" not in t: E(f, "no forwarded block"); return
    toc = re.findall(r"^   (\d+)\. (.+) \((.+)\)$", t, re.M)
    heads = re.findall(r"^Message: (\d+)\nDate: (.+)\nFrom: (.+) <[^>]+>\nTo: .+\nSubject: (.+)$", t, re.M)
    if not toc or [x[0] for x in toc] != [str(i) for i in range(1, len(toc) + 1)]: E(f, f"table of contents numbering {[x[0] for x in toc]}")
    if [h[0] for h in heads] != [x[0] for x in toc] or [(x[1], x[2]) for x in toc] != [(h[3], h[2]) for h in heads]:
        E(f, "Today's Topics != the messages (number, subject, sender)")
    prev = None
    for _, ds, _, _ in heads:
        try:
            md = parsedate_to_datetime(ds)
            if ds[:3] != md.strftime("%a"): E(f, f"digest message weekday {ds}")
            if prev and md <= prev: E(f, f"digest message {ds} not after the previous")
            prev = md
        except (TypeError, ValueError): E(f, f"digest message date {ds!r}")
    m = re.search(r"^Send (\S+) mailing list submissions to$", t, re.M)
    end = re.search(r"^End of (\S+) Digest, Vol (\d+), Issue (\d+)\n(\**)$", t, re.M)
    if not m or not end or m[1] != end[1]: E(f, "digest head / end line"); return
    if len(end[4]) != len(end[0].split("\n")[0]): E(f, "asterisk line length")
    if f"Digest Footer" not in t or f"{m[1]} mailing list" not in t: E(f, "digest footer")
    dg = f"{end[1]} Digest, Vol {end[2]}, Issue {end[3]}"
    if subj != f"Fwd: {dg}" or f"主旨: {dg}" not in t: E(f, "subject / forwarded 主旨 != the digest")
    fd = re.search(r"^日期: (\d{4})年(\d+)月(\d+)日 \(星期(.)\) (上午|下午)(\d+):(\d\d)$", t, re.M)
    if not fd: E(f, "forwarded 日期"); return
    hh = int(fd[6]) % 12 + (12 if fd[5] == "下午" else 0)
    try: fdt = dt.datetime(int(fd[1]), int(fd[2]), int(fd[3]), hh, int(fd[7]))
    except ValueError: E(f, "forwarded 日期 invalid"); return
    if ZH_WD[fdt.weekday()] != fd[4]: E(f, f"forwarded 日期 weekday {fd[4]}")
    if prev and fdt < prev.replace(tzinfo=None): E(f, "forwarded digest before its last message")
    if d and fdt > d.replace(tzinfo=None): E(f, "forwarded digest after the forward")


# ---------------------------------------------------------------- 1620 Sofia University thesis copy
def check_sofia(f, raw):
    L = lines_of(f, raw)
    nums = [int(l) for l in L if re.fullmatch(r"\d{1,3}", l)]
    if not nums or nums != list(range(nums[0], nums[0] + len(nums))): E(f, f"page numbers {nums}")
    if not re.fullmatch(r"\d{1,3}", L[-1]): E(f, "the copy does not end with a page number")
    if L.count("ИЗПОЛЗВАНА ЛИТЕРАТУРА") != 1: E(f, "bibliography heading"); return
    b = L.index("ИЗПОЛЗВАНА ЛИТЕРАТУРА")
    refs, cur = [], []
    for l in L[b + 1:] + ["[0]"]:
        if re.match(r"\[\d+\] ", l) or l == "[0]":
            if cur: refs.append(" ".join(cur))
            cur = [l]
        elif l and not re.fullmatch(r"\d{1,3}", l): cur.append(l)
    ns = [int(re.match(r"\[(\d+)\]", r)[1]) for r in refs]
    if ns != list(range(1, len(ns) + 1)): E(f, f"references not numbered 1..n: {ns}"); return
    body = [re.sub(r"^\[\d+\] ", "", r) for r in refs]
    cyr = [r for r in body if re.match(r"[А-Яа-я]", r)]
    if body[:len(cyr)] != cyr: E(f, "Cyrillic references not first")
    lat = body[len(cyr):]
    for grp in (cyr, lat):
        if [r.lower() for r in grp] != sorted(r.lower() for r in grp): E(f, "references not alphabetical within their script")
    for r in body:
        if not re.search(r"\b(19|20)\d\d\b", r) and "посетен на" not in r: E(f, f"no year in {r[:40]!r}")
        if "Достъпно на:" in r and not re.search(r"Достъпно на: https://\S+", r): E(f, f"Достъпно на without URL: {r[:40]!r}")
        for ds in re.findall(r"\[посетен на ([\d.]+)\]", r): 
            if not dt_ok(ds, "%d.%m.%Y"): E(f, f"посетен на {ds}")
        for a, z in re.findall(r"pp\. (\d+)–(\d+)", r):
            if int(a) >= int(z): E(f, f"pages {a}–{z}")
    text = " ".join(L[:b])
    cited = {int(x) for grp in re.findall(r"\[(\d+(?:, \d+)*)\]", text) for x in grp.split(", ")}
    if cited != set(ns): E(f, f"citations {sorted(cited)} != references 1..{len(ns)}")


# ---------------------------------------------------------------- 1621 Finna RIS export
RIS_TY = {"BOOK", "JOUR", "CONF", "CHAP", "THES", "GEN", "ELEC", "DATA", "RPRT"}
RIS = {}


def check_finna(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): E(f, "line ends not CR LF throughout")
    if raw.startswith("\ufeff"): E(f, "a BOM")
    recs, cur, vals = [], None, []
    for l in raw.split("\r\n"):
        if l == "":
            if cur is not None: E(f, "blank line inside a record")
            continue
        m = re.fullmatch(r"([A-Z][A-Z0-9])  - (.*)", l)
        if not m: E(f, f"RIS line shape {l[:30]!r}"); continue
        t, v = m.groups()
        if t == "TY":
            if cur is not None: E(f, "TY inside a record")
            cur = [("TY", v)]
        elif cur is None: E(f, f"{t} outside a record")
        elif t == "ER":
            if v != "": E(f, "ER with a value")
            recs.append(cur); cur = None
        else:
            cur.append((t, v)); vals.append(v)
    if cur is not None: E(f, "last record not closed by ER")
    if not raw.endswith("ER  - \r\n"): E(f, "the export does not end with ER and CR LF")
    RIS[f] = vals
    for r in recs:
        d = {}
        for t, v in r: d.setdefault(t, []).append(v)
        ti = (d.get("TI") or ["?"])[0][:30]
        if d["TY"][0] not in RIS_TY: E(f, f"type {d['TY'][0]}")
        for need in ("TI", "AU", "PY", "LA"):
            if need not in d: E(f, f"{ti}: no {need}")
        if len(d.get("TI", [])) > 1: E(f, f"{ti}: two titles")
        for a in d.get("AU", []):
            if not re.fullmatch(r"[^,]+, [^,]+", a): E(f, f"{ti}: author {a!r} not «Surname, Given»")
        if not re.fullmatch(r"\d{4}", (d.get("PY") or ["x"])[0]): E(f, f"{ti}: PY")
        if "SP" in d and "EP" in d and int(d["SP"][0]) >= int(d["EP"][0]): E(f, f"{ti}: pages")
        for s in d.get("SN", []):
            if not isbn13_ok(s): E(f, f"{ti}: ISBN {s}")
        for u in d.get("UR", []):
            if not u.startswith("https://"): E(f, f"{ti}: UR {u}")
        if d.get("LA", ["?"])[0] not in ("eng", "fin"): E(f, f"{ti}: LA")
        if d["TY"][0] == "JOUR" and "JO" not in d: E(f, f"{ti}: JOUR without JO")
        if d["TY"][0] == "CONF" and "T2" not in d: E(f, f"{ti}: CONF without T2")
        if d.get("LA") == ["fin"] and "KW" not in d: E(f, f"{ti}: a Finnish record without YSO keywords")


# ---------------------------------------------------------------- 1622 Ganttic CSV (Estonian, semicolons)
GT_HEAD = ["Ülesanne", "Projekt", "Ressurss", "Algus", "Lõpp", "Kestus (h)", "Olek", "Prioriteet", "Märkmed"]


def check_ganttic(f, raw):
    if not raw.startswith("\ufeff"): E(f, "no UTF-8 BOM (the Excel-friendly export has one)")
    body = raw.lstrip("\ufeff")
    if not body.endswith("\r\n"): E(f, "no final CR LF")
    q = False
    for i, ch in enumerate(body):
        if ch == '"': q = not q
        elif ch == "\n" and not q and body[i - 1] != "\r": E(f, "a record ends without CR LF"); break
        elif ch == "\r" and (q or body[i + 1:i + 2] != "\n"): E(f, "a CR inside a field or without LF"); break
    rows = list(csv.reader(io.StringIO(body, newline=""), delimiter=";"))
    if not rows or rows[0] != GT_HEAD: E(f, "header"); return
    again = io.StringIO()
    csv.writer(again, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n").writerows(rows)
    if again.getvalue() != body: E(f, "not written as the export writes it (semicolons, quotes only where needed)")
    CSV_FIELDS[f] = [c for r in rows for c in r]
    projs = set()
    for r in rows[1:]:
        if len(r) != len(GT_HEAD): E(f, f"{len(r)} fields in {r[:1]}"); continue
        s, e = dt_ok(r[3], "%d.%m.%Y %H:%M"), dt_ok(r[4], "%d.%m.%Y %H:%M")
        if not s or not e or s > e: E(f, f"start/end {r[3]}/{r[4]}")
        if not re.fullmatch(r"\d+(,\d+)?", r[5]) or float(r[5].replace(",", ".")) <= 0: E(f, f"hours {r[5]!r}")
        if r[6] not in ("Tehtud", "Pooleli", "Planeeritud"): E(f, f"state {r[6]!r}")
        if r[7] not in ("Madal", "Keskmine", "Kõrge"): E(f, f"priority {r[7]!r}")
        projs.add(r[1])
    if len(projs) != 1: E(f, "more than one project in a project export")


# ---------------------------------------------------------------- 1623 GroupMe message.json
GM_KEYS = ["attachments", "avatar_url", "created_at", "favorited_by", "group_id", "id", "name", "sender_id", "sender_type",
           "source_guid", "system", "text", "user_id", "platform"]
JSON_TEXT = {}


def check_groupme(f, raw):
    if "\n" in raw: E(f, "the export is one line without a final newline")
    try: ms = json.loads(raw)
    except ValueError as ex: E(f, f"JSON: {ex}"); return
    if not isinstance(ms, list) or not ms: E(f, "not an array of messages"); return
    JSON_TEXT[f] = [m.get("text") or "" for m in ms if isinstance(m, dict)]
    if raw != json.dumps(ms, ensure_ascii=False, separators=(",", ":")): E(f, "not written compact and unescaped")
    users, seen, gid = {}, {}, None
    for m in reversed(ms):
        if not isinstance(m, dict) or list(m) != GM_KEYS: E(f, f"message keys {list(m)[:3] if isinstance(m, dict) else m}"); continue
        if seen and m["created_at"] <= max(x["created_at"] for x in seen.values()): E(f, f"message {m['id']} not newer than the one after it")
        if not re.fullmatch(r"\d{18}", m["id"]) or not m["id"].startswith(str(m["created_at"])): E(f, f"id {m['id']} vs created_at")
        if m["id"] in seen: E(f, f"duplicate id {m['id']}")
        gid = gid or m["group_id"]
        if m["group_id"] != gid: E(f, "group_id differs")
        if not re.fullmatch(r"[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}", m["source_guid"]): E(f, "source_guid")
        if m["platform"] != "gm": E(f, "platform")
        if m["system"]:
            if (m["name"], m["sender_id"], m["user_id"], m["sender_type"], m["avatar_url"]) != ("GroupMe", "system", "system", "system", None):
                E(f, f"system message {m['id']} fields")
        else:
            if m["sender_type"] != "user" or m["sender_id"] != m["user_id"] or not re.fullmatch(r"\d{8}", m["user_id"]): E(f, f"sender of {m['id']}")
            if users.setdefault(m["user_id"], m["name"]) != m["name"]: E(f, f"user {m['user_id']} under two names")
            if m["avatar_url"] is not None and not m["avatar_url"].startswith("https://i.groupme.com/"): E(f, "avatar_url")
        for a in m["attachments"]:
            if a.get("type") == "image":
                if not a.get("url", "").startswith("https://i.groupme.com/"): E(f, "image url")
            elif a.get("type") == "reply":
                ref = seen.get(a.get("reply_id"))
                if not ref or a.get("base_reply_id") != a.get("reply_id") or ref["user_id"] != a.get("user_id"): E(f, f"reply in {m['id']} to no earlier message of that user")
            else: E(f, f"attachment type {a.get('type')}")
        seen[m["id"]] = m
    for m in ms:
        if isinstance(m, dict) and list(m) == GM_KEYS:
            if m["favorited_by"] != sorted(m["favorited_by"]) or not set(m["favorited_by"]) <= set(users): E(f, f"favorited_by of {m['id']}")


# ---------------------------------------------------------------- 1624 Ubuntu-it forum thread copy (phpBB)
IT_WD = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]
IT_MO = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]


def it_date(f, s, wd=True):
    m = re.fullmatch((r"(\w{3}) " if wd else r"()") + r"(\d{1,2}) (\w{3}) (\d{4}), (\d\d):(\d\d)", s)
    if not m or m[3] not in IT_MO: E(f, f"Italian date {s!r}"); return None
    try: d = dt.datetime(int(m[4]), IT_MO.index(m[3]) + 1, int(m[2]), int(m[5]), int(m[6]))
    except ValueError: E(f, f"Italian date {s!r}"); return None
    if wd and IT_WD[d.weekday()] != m[1]: E(f, f"weekday of {s!r}")
    return d


def check_ubuntuit(f, raw):
    L = lines_of(f, raw)
    if L[:2] != ["Forum Ubuntu-it", "Il forum della comunità italiana di Ubuntu"]: E(f, "site head")
    bcs = [l for l in L if l.startswith("Indice del forum ‹ ")]
    if len(bcs) != 2 or bcs[0] != bcs[1]: E(f, "breadcrumb at the top and the bottom"); return
    title = L[L.index(bcs[0]) + 2]
    posts = [i for i, l in enumerate(L) if l.startswith("Messaggio da ")]
    cnts = [l for l in L if re.fullmatch(r"\d+ messaggi? • Pagina 1 di 1", l)]
    if len(cnts) != 2 or any(int(c.split()[0]) != len(posts) for c in cnts): E(f, "message count lines")
    prev, who, who_d, blocks = None, [], [], {}
    for k, i in enumerate(posts):
        m = re.fullmatch(r"Messaggio da (\S+) » (.+)", L[i])
        d = it_date(f, m[2]) if m else None
        if not m or not d: continue
        if prev and d <= prev: E(f, f"post at {m[2]} not after the previous")
        want = title if k == 0 else "Re: " + re.sub(r"^\[RISOLTO\] ", "", title)
        if L[i - 1] != want: E(f, f"post title {L[i - 1][:30]!r}")
        blk = L[i - 9:i - 1] if L[i - 9] == "Avatar utente" else L[i - 8:i - 1]
        blk = [x for x in blk if x != "Avatar utente"]
        if len(blk) != 7 or blk[0] != m[1] or not blk[2].startswith("Messaggi: ") or not blk[3].startswith("Iscrizione: ") or \
                not blk[4].startswith("Desktop: ") or not blk[5].startswith("Distribuzione: ") or blk[6] != "":
            E(f, f"profile block of {m[1]}"); continue
        j = it_date(f, blk[3][len("Iscrizione: "):], wd=False)
        if j and j > d: E(f, f"{m[1]} joined after posting")
        if blocks.setdefault(m[1], tuple(blk[1:6])) != tuple(blk[1:6]): E(f, f"profile block of {m[1]} differs between posts")
        nxt = posts[k + 1] if k + 1 < len(posts) else len(L)
        seg = L[i + 1:nxt]
        if "Torna in alto" not in seg: E(f, f"post {k + 1} without «Torna in alto»")
        for x, l in enumerate(seg):
            qm = re.fullmatch(r"(\S+) ha scritto: ↑", l)
            if qm:
                if qm[1] not in who: E(f, f"quote of {qm[1]}, no earlier poster")
                qd = it_date(f, seg[x + 1]) if x + 1 < len(seg) else None
                if qd and not any(p_ == (qm[1], qd) for p_ in who_d): E(f, f"quoted date {seg[x + 1]!r} is no post of {qm[1]}")
        who.append(m[1])
        who_d.append((m[1], d))
        prev = d
    tb = next((l for l in L if l.startswith("Torna a “")), "")
    if tb != f"Torna a “{bcs[0].split(' ‹ ')[-1]}”": E(f, "«Torna a» != the breadcrumb's last section")
    if "Creato da phpBB® Forum Software © phpBB Limited" not in L: E(f, "phpBB footer")


# ---------------------------------------------------------------- 1625 Agillic HTML (Danish)
DA_WD = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
DA_MO = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]


def check_agillic(f, raw):
    L = lines_of(f, raw)
    if L[0] != "<!DOCTYPE html>" or '<html lang="da">' not in raw or '<meta charset="utf-8">' not in raw: E(f, "doctype / lang / charset")
    p = _TagCheck(); p.feed(raw)
    if p.bad or p.stack: E(f, f"tags unbalanced {p.bad} {p.stack}")
    if re.search(r"&(?!amp;|lt;|gt;|quot;|#\d+;|#x[0-9a-f]+;)", raw): E(f, "a bare &")
    for u in re.findall(r'(?:href|src)="([^"]+)"', raw):
        if not u.startswith("https://"): E(f, f"link {u}")
    t = re.search(r"<title>NAIF Nyt &#8211; nr\. (\d+), (\w+) (\d{4})</title>", raw)
    h = re.search(r"<p[^>]*>Nr\. (\d+) &#183; (\w+) den (\d+)\. (\w+) (\d{4}) &#183;", raw)
    if not t or not h or t[1] != h[1] or t[2] != h[4] or t[3] != h[5]: E(f, "issue / month in title != masthead")
    for wd, d, mo, y in re.findall(r"(\w+) den (\d+)\. (\w+) (\d{4})", raw, re.I):
        if mo not in DA_MO or wd.lower() not in DA_WD: E(f, f"Danish date {wd} {d}. {mo} {y}"); continue
        try:
            if dt.date(int(y), DA_MO.index(mo) + 1, int(d)).weekday() != DA_WD.index(wd.lower()): E(f, f"weekday of {d}. {mo} {y}")
        except ValueError: E(f, f"date {d}. {mo} {y}")
    rl = re.findall(r'href="https://[\w.-]+/a/(\w+)\?c=(\d+)&amp;r=(\w+)"', raw)
    if {x[0] for x in rl} != {"online", "afmeld", "praeferencer"} or len({x[1:] for x in rl}) != 1: E(f, "Agillic links (online / afmeld / praeferencer, one campaign and token)")
    if "Sendt med Agillic" not in raw: E(f, "no Agillic credit")
    if "GDPR" not in raw: E(f, "no GDPR note")


# ---------------------------------------------------------------- 1626 Denník N blog copy (negative)
SK_MO = ["januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra", "novembra", "decembra"]


def sk_date(f, s):
    m = re.fullmatch(r"(\d+)\. (\S+) (\d{4}) o (\d\d):(\d\d)", s)
    if not m or m[2] not in SK_MO: E(f, f"Slovak date {s!r}"); return None
    try: return dt.datetime(int(m[3]), SK_MO.index(m[2]) + 1, int(m[1]), int(m[4]), int(m[5]))
    except ValueError: E(f, f"Slovak date {s!r}"); return None


def check_dennikn(f, raw):
    L = lines_of(f, raw)
    if L[0] != "Denník N" or "Blog" not in L[:8]: E(f, "site / blog section")
    pi = next((i for i, l in enumerate(L) if re.fullmatch(r"\d+\. \S+ \d{4} o \d\d:\d\d", l)), None)
    post = sk_date(f, L[pi]) if pi else None
    if not post: E(f, "post date"); return
    cnt = next((l for l in L if re.fullmatch(r"Diskusia \(\d+\)", l)), "")
    if not cnt: E(f, "no comment count"); return
    i = L.index(cnt) + 3
    if L[i - 2] != "Diskutovať môžu len predplatitelia Denníka N.": E(f, "subscribers line")
    cs = []
    while i + 4 < len(L) and L[i] != "Denník N":
        cs.append(i); i += 5
    if cnt != f"Diskusia ({len(cs)})": E(f, f"comment count {cnt} != {len(cs)}")
    if "Sledovať autora" not in L: E(f, "no author box"); return
    prev, names = post, [L[L.index("Sledovať autora") - 2]]
    for i in cs:
        d = sk_date(f, L[i + 1])
        if d and d <= prev: E(f, f"comment date {L[i + 1]} not after the previous")
        prev = d or prev
        for at in re.findall(r"@(\S+(?: [A-ZÁČĎÉÍĽĹŇÓŔŠŤÚÝŽ]\.)?)", L[i + 2]):
            if at not in names: E(f, f"@{at} not an earlier commenter")
        names.append(L[i])
        if not re.fullmatch(r"Odpovedať   Páči sa mi to \(\d+\)", L[i + 3]) or L[i + 4] != "": E(f, "no reply / like line after a comment")
    ft = re.fullmatch(r"© (\d{4}) N Press, s\. r\. o\. Všetky práva vyhradené\.", L[-1])
    if not ft or int(ft[1]) < prev.year: E(f, "footer")


def shape_checks(f, raw, path):
    n = num(f)
    {1617: check_ubb, 1618: check_wur, 1619: check_netvigator, 1620: check_sofia, 1621: check_finna,
     1622: check_ganttic, 1623: check_groupme, 1624: check_ubuntuit, 1625: check_agillic,
     1626: check_dennikn}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)

# ---------------------------------------------------------------- decoded forms
def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def decoded_forms(f, raw, path):
    forms = list(MIME_PARTS.get(f, [])) + (["\n".join(CSV_FIELDS[f])] if f in CSV_FIELDS else []) + (["\n".join(RIS[f])] if f in RIS else []) + (["\n".join(JSON_TEXT[f])] if f in JSON_TEXT else [])
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
# round160's and round161's, a byte-identical file counted once), and the round160/round161 split (candidates sorted by
# (uses, catalogue title); round160 = even positions from 4 on, one unbroken run; round161 takes the odd ones)
used = Counter()
TD = "/work/main/tests/data"
P161S = ["/work/rounds/digests-round161/expected.json", "/work/main/tests/data/digests-round161/expected.json"]
P161 = next((p for p in P161S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P161S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round160", "digests-round161") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round160 takes the even ones): {odd}")
if {1, 2} & {pos.get(k) for k in mine}: errors.append("position 1 or 2 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 4..{last}: {[(pos[k], k) for k in gaps]}")
r161 = set()
if P161:
    try:
        r161 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P161)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P161} exists but could not be read (being written?)")
    their_even = sorted(k for k in r161 if pos.get(k, 1) % 2 == 0)
    if r161 & mine and their_even:
        notes.append(f"round161's expected.json does not hold the odd positions of this count ({len(their_even)} of "
                     f"{len(r161)} papers at even positions): shared papers not an error here, to be settled by round161: "
                     f"{len(r161 & mine)} shared: {sorted(r161 & mine)}")
    elif r161 & mine: errors.append(f"papers also in round161: {sorted(r161 & mine)}")
shared161 = len(r161 & mine) if P161 else "(no round161 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round160 file: {multi}")
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
      f"at odd positions: {len(odd)}; shared with round161: {shared161}; papers in more than one round160 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


