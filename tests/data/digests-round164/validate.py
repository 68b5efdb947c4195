#!/usr/bin/env python3
r"""Checks round164/expected.json against the digests and the shared catalogues.

Adapted from round162/validate.py (the label checks are the same code; the reuse report is round162's with round164 /
round165 in place of round162 / round163: round164 holds the even positions from 4; the shape checks are new). The
reuse report counts every /work/main/tests/data/*/expected.json except round164's and round165's own, a byte-identical
file once, and checks the split (even positions 4.., one run; no paper shared with round165's expected.json, read from
/work/rounds/digests-round165/ or /work/main/tests/data/digests-round165/ when it exists; no paper in two files).
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: 1659's base64 UTF-8 body; 1661's RIS values;
1662's CSV fields; everything with HTML entities undone once and twice and percent-escapes undone. Titles are matched
after whitespace normalisation (TeX braces removed) and case-blind.

Expected reading forms (round156's reporting, unchanged): a digest kind whose text can only be read decoded or joined is
declared in READ_AS — 1659 (base64: nothing is readable before decoding) and 1660 (titles broken over the PDF's lines).
For these the facts «found only after decoding» / «found only after normalising whitespace/TeX» are counted on the
file's summary line instead of being printed as notes; the same facts in any other file are notes.

Shape checks (lean): 1657 Waseda syllabus copy (LF; site head and breadcrumb; the course table's fields; 学期曜日時限
«X学期  Y曜N時限»; the eight sections once each and in order; 授業計画 第1回..第n回 with 15 回 per 2 単位; 成績評価 weights
sum to 100 %; the JAA104.php URL's pKey starts with 科目キー + 科目クラスコード; 最終更新日時 valid; the footer); 1658
gitlab.tudelft.nl README (LF; fences balanced; awesome badge in the title; [[_TOC_]] once and no hand-written contents;
every `](#anchor)` a heading's slug; one clone URL = the `cd` directory, every gitlab.tudelft.nl link in that project, a
pipeline badge; <details> with <summary>; link items `- [Title](https://…) — …`, bold items `- **Title** (arXiv:…)? —
…`; table rows with the header's cell count); 1659 Alice Mail .eml (CR LF only, ASCII; headers Date / From / To /
Subject / Message-ID / MIME-Version / Content-Type / Content-Transfer-Encoding, X-Mailer «Alice Mail»; Date valid with
its weekday; Message-ID and From on alice.it; text/plain UTF-8 base64 in full 76-column lines that decode to CR LF
text; the «----Messaggio originale----» block (Da = the list's -request address, A = the list, Ogg = the Subject after
«I: », Data between the digest's last message and the mail); the Mailman digest: messages numbered 1..n, «Today's
Topics» = (subject, sender) of the messages in order, message dates valid with weekdays and increasing, the
«[LIST]» prefix = the digest's name, «End of LIST Digest, Vol v, Issue i» and its asterisk line as long); 1660
Universidad de Chile memoria copy (LF; page numbers consecutive and last; «Bibliografía» once, before «Anexo A»;
references numbered [1]..[n]; each ends with a year or «Disponible en https://….»; author lists with «y» before the
last; the order of first citation in the text = 1..n, every reference cited); 1661 ScienceOpen RIS (CR LF only, no BOM;
every line «XX  - value»; records TY … ER with an empty ER, blank lines only between records; TY from RIS's list; AU, TI
(once), T2, PY, LA present; PY yyyy, DA yyyy/mm/dd in PY; AU «Surname, Given»; SP < EP; https UR; LA en / uk, a TT for
Ukrainian records; tags in ScienceOpen's order); 1662 Hub Planner CSV (a BOM; minimal quoting and CR LF exactly as
csv.writer writes; the header; dates yyyy-mm-dd with start ≤ end; Working Days = Mon–Fri days in the booking; Total
Hours = days × Hours Per Day (1–24); Billable Yes / No; one e-mail per resource; a project code iff not «Unassigned
Work»); 1663 Youdu TXT (LF; the export head 会话 / 成员数 / 导出时间 / 导出人 and the rule; message heads «yyyy-mm-dd
HH:MM:SS name» strictly increasing, not after the export, each after a blank line and not empty; senders ≤ members;
the exporter wrote in the group; @mentions and 「name：text」 quotes of real members and messages; [文件] lines with a
size); 1664 AfterDawn thread copy (LF; site head; breadcrumb at the top and the bottom; «N viestiä · Aloittaja: nick ·
date» = the posts and the first post; posts #1..#n with author blocks (rank, «Viestejä», «Liittynyt» not after the post),
the same for a member across posts; dates valid and not decreasing; quotes «nick kirjoitti:» of an earlier poster; edit
notes «Muokattu … (nick)» by the author, not before the post; «Lainaa · Vastaa» per post; the footer year); 1665
Interspire HTML (LF; doctype, lang="ro", charset meta; tags balanced; `&` only as an entity; https links; issue number,
month and year the same in title and masthead; Romanian «weekday, d month yyyy» weekdays right; display.php (M, C, S, L,
N) and unsubscribe.php (M, C, L, N) of one campaign on one host; the GDPR note); 1666 Bloggers Delight copy (LF; the
platform bar; «d. måned yyyy af author · Kategori: …»; «N kommentarer» = the «… siger:» blocks; comment dates «d. måned
yyyy kl. HH:MM» after the post and increasing, each with «Svar»; the comment form; the post first in «Seneste indlæg»;
the footer year ≥ the last comment's).
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
READ_AS = {1659: {"decoded"}, 1660: {"joined"}}

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


VOID = {"meta", "br", "img", "hr", "link", "input"}


class _TagCheck(HTMLParser):
    def __init__(s):
        super().__init__(); s.stack = []; s.bad = []

    def handle_starttag(s, t, a):
        if t not in VOID: s.stack.append(t)

    def handle_endtag(s, t):
        if not s.stack or s.stack[-1] != t: s.bad.append(t)
        else: s.stack.pop()






# ---------------------------------------------------------------- 1657 Waseda syllabus page copy
def check_waseda(f, raw):
    L = lines_of(f, raw)
    if L[:3] != ["早稲田大学", "シラバス情報", "Syllabus Search"]: E(f, "site head")
    if "ホーム  >  シラバス検索  >  シラバス詳細" not in L: E(f, "breadcrumb")
    T_ = {}
    for l in L:
        parts = l.split("\t")
        if len(parts) >= 2 and len(parts) % 2 == 0:
            for k, v in zip(parts[::2], parts[1::2]): T_.setdefault(k, v)
    for k in ("科目名", "担当教員", "学期曜日時限", "配当年次", "単位数", "科目キー", "授業で使用する言語", "授業形態"):
        if k not in T_: E(f, f"course table: {k} missing")
    if not re.fullmatch(r"[春秋]学期  [月火水木金土]\d時限", T_.get("学期曜日時限", "")): E(f, "学期曜日時限")
    if not re.fullmatch(r"\d+", T_.get("単位数", "")): E(f, "単位数"); return
    heads = ["授業概要", "授業の到達目標", "事前・事後学習の内容", "授業計画", "教科書", "参考文献", "成績評価方法", "備考・関連URL"]
    idx = [L.index(h) if L.count(h) == 1 else -1 for h in heads]
    if -1 in idx or idx != sorted(idx): E(f, f"sections missing, repeated or out of order {idx}"); return
    n_ = [int(m[1]) for m in (re.fullmatch(r"第(\d+)回:", l) for l in L[idx[3]:idx[4]]) if m]
    if n_ != list(range(1, len(n_) + 1)): E(f, f"授業計画 not numbered 第1回..: {n_}")
    if len(n_) != 15 * int(T_["単位数"]) // 2: E(f, f"{len(n_)} 回 for {T_['単位数']} 単位 (15 per 2 credits)")
    ws = [int(m[1]) for m in (re.fullmatch(r"[^\t]+:\t(\d+)%\t.*", l) for l in L[idx[6]:idx[7]]) if m]
    if sum(ws) != 100: E(f, f"成績評価 weights {ws} do not sum to 100 %")
    m = re.search(r"https://www\.wsl\.waseda\.jp/syllabus/JAA104\.php\?pKey=(\w+)&pLng=jp", raw)
    if not m or not m[1].startswith(T_["科目キー"] + T_.get("科目クラスコード", "")): E(f, "syllabus URL / pKey != 科目キー + クラスコード")
    u = re.search(r"最終更新日時:(\S+ \S+)", raw)
    if not u or not dt_ok(u[1], "%Y/%m/%d %H:%M:%S"): E(f, "最終更新日時")
    if L[-1] != "Copyright © Waseda University. All rights reserved.": E(f, "footer")


# ---------------------------------------------------------------- 1658 gitlab.tudelft.nl README
def gl_slug(h):
    s = h.strip().lower()
    s = "".join(c for c in s if c.isalnum() or c in " -_" or unicodedata.category(c).startswith("M"))
    return re.sub(r"-+", "-", s.replace(" ", "-"))


def check_tudelft(f, raw):
    L = lines_of(f, raw)
    if sum(1 for l in L if l.startswith("```")) % 2: E(f, "code fences unbalanced")
    if not L[0].startswith("# ") or "(https://awesome.re/badge.svg)" not in L[0]: E(f, "no awesome badge in the title line")
    if L.count("[[_TOC_]]") != 1: E(f, "GitLab [[_TOC_]] macro missing or repeated")
    if any(re.fullmatch(r"- \[[^\]]+\]\(#[^)]+\)", l) for l in L): E(f, "a hand-written table of contents beside [[_TOC_]]")
    slugs = {gl_slug(re.sub(r"^#+ ", "", l)) for l in L if re.match(r"#{2,3} ", l)}
    for a in re.findall(r"\]\(#([^)]+)\)", raw):
        if a not in slugs: E(f, f"anchor #{a} is no heading's slug")
    clones = re.findall(r"git clone https://gitlab\.tudelft\.nl/([\w.-]+)/([\w.-]+)\.git", raw)
    cds = re.findall(r"^cd ([\w.-]+)$", raw, re.M)
    if len(clones) != 1 or cds != [clones[0][1]]: E(f, f"clone {clones} / cd {cds}"); return
    for g, p in re.findall(r"https://gitlab\.tudelft\.nl/([\w.-]+)/([\w.-]+?)(?:\.git|/|\)|\s|$)", raw, re.M):
        if (g, p) != clones[0]: E(f, f"gitlab.tudelft.nl link to another project {g}/{p}")
    if not re.search(r"\(https://gitlab\.tudelft\.nl/[^)]+/badges/main/pipeline\.svg\)", raw): E(f, "pipeline badge")
    if raw.count("<details>") != raw.count("</details>") or raw.count("<summary>") != raw.count("<details>"): E(f, "<details> blocks")
    hdr = None
    for l in L:
        if l.startswith("- [") and "](#" not in l and not re.match(r"- \[[^\]]+\]\(https://\S+\) — .+$", l): E(f, f"link item shape: {l[:60]!r}")
        if l.startswith("- **") and not re.match(r"- \*\*[^*]+\*\*( \(arXiv:\d{4}\.\d{4,5}\))? — .+$", l): E(f, f"bold item shape: {l[:60]!r}")
        if l.startswith("|"):
            hdr = hdr or l.count("|")
            if l.count("|") != hdr: E(f, f"table row cells: {l[:40]!r}")


# ---------------------------------------------------------------- 1659 Alice Mail forward, base64 UTF-8, Mailman digest
MIME_PARTS = {}


def check_alice(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): E(f, "line ends not CR LF throughout")
    try: raw.encode("ascii")
    except UnicodeEncodeError: E(f, "not 7-bit")
    hdr, _, body = raw.partition("\r\n\r\n")
    H = {}
    for l in re.sub(r"\r\n[ \t]+", " ", hdr).split("\r\n"):
        k, _, v = l.partition(": ")
        H[k] = v.strip()
    for k in ("Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        if k not in H: E(f, f"header {k} missing")
    try:
        d = parsedate_to_datetime(H.get("Date", ""))
        if H["Date"][:3] != d.strftime("%a"): E(f, "Date's weekday")
    except (TypeError, ValueError, KeyError): E(f, "Date invalid"); d = None
    if H.get("X-Mailer") != "Alice Mail": E(f, "X-Mailer")
    if not H.get("Message-ID", "").endswith("@alice.it>") or not H.get("From", "").endswith("@alice.it>"): E(f, "Message-ID / From not on alice.it")
    if H.get("Content-Type") != "text/plain; charset=UTF-8" or H.get("Content-Transfer-Encoding") != "base64":
        E(f, "not text/plain UTF-8 base64"); return
    bl = body.split("\r\n")
    if bl and bl[-1] == "": bl = bl[:-1]
    for i, l in enumerate(bl):
        if not re.fullmatch(r"[A-Za-z0-9+/]*={0,2}", l) or len(l) > 76 or (i < len(bl) - 1 and len(l) != 76):
            E(f, f"base64 line {i + 1}: not a full 76-column line of the alphabet"); break
    try:
        t = base64.b64decode("".join(bl), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeError, ValueError) as ex: E(f, f"body does not decode: {ex}"); return
    if re.search(r"(?<!\r)\n", t): E(f, "decoded body not CR LF")
    t = t.replace("\r\n", "\n")
    MIME_PARTS[f] = [t]
    fw = re.search(r"^----Messaggio originale----\nDa: (\S+)\nData: (\d\d/\d\d/\d{4} \d\d:\d\d)\nA: <(\S+)>\nOgg: (.+)$", t, re.M)
    if not fw: E(f, "no «----Messaggio originale----» block"); return
    if H.get("Subject") != f"I: {fw[4]}": E(f, "Subject != «I: » + the forwarded Ogg")
    heads = re.findall(r"^Message: (\d+)\nDate: (.+)\nFrom: (.+) <[^>]+>\nTo: .+\nSubject: \[([\w-]+)\] (.+)$", t, re.M)
    tl = re.search(r"Today's Topics:\n\n((?:   \d+\. .+\n)+)", t)
    if not heads or not tl: E(f, "digest messages / Today's Topics"); return
    if [int(h[0]) for h in heads] != list(range(1, len(heads) + 1)): E(f, "messages not numbered 1..n")
    toc = re.findall(r"   (\d+)\. (.+) \((.+)\)\n", tl[1])
    if [int(x[0]) for x in toc] != list(range(1, len(toc) + 1)): E(f, "topics not numbered 1..n")
    if [(x[1], x[2]) for x in toc] != [(h[4], h[2]) for h in heads]: E(f, "topics (subject, sender) != the messages")
    lst = {h[3] for h in heads}
    prev = None
    for h in heads:
        try:
            md = parsedate_to_datetime(h[1])
            if h[1][:3] != md.strftime("%a"): E(f, f"digest message weekday {h[1]}")
            if prev and md <= prev: E(f, f"digest message {h[1]} not after the previous")
            prev = md
        except (TypeError, ValueError): E(f, f"digest message date {h[1]!r}")
    end = re.search(r"^End of (([\w-]+) Digest, Vol \d+, Issue \d+)\n(\**)$", t, re.M)
    if not end: E(f, "End of … Digest line"); return
    if len(end[3]) != len("End of " + end[1]): E(f, "asterisk line length")
    if fw[4] != end[1] or lst != {end[2]}: E(f, "forwarded Ogg / list prefix != the digest's name")
    if fw[1] != f"{end[2].lower()}-request@{fw[3].split('@')[1]}" or not fw[3].startswith(end[2].lower() + "@"): E(f, "Da / A of the forwarded digest")
    fdt = dt_ok(fw[2], "%d/%m/%Y %H:%M")
    if not fdt or (prev and fdt < prev.replace(tzinfo=None)) or (d and fdt > d.replace(tzinfo=None)): E(f, "forwarded Data not between the last message and the mail")


# ---------------------------------------------------------------- 1660 Universidad de Chile memoria (Bibliografía, PDF copy)
def check_uchile(f, raw):
    L = lines_of(f, raw)
    nums = [int(l) for l in L if re.fullmatch(r"\d{1,3}", l)]
    if not nums or nums != list(range(nums[0], nums[0] + len(nums))): E(f, f"page numbers {nums}")
    if not re.fullmatch(r"\d{1,3}", L[-1]): E(f, "the copy does not end with a page number")
    if L.count("Bibliografía") != 1: E(f, "Bibliografía heading"); return
    b = L.index("Bibliografía")
    z = L.index("Anexo A") if "Anexo A" in L else len(L)
    if z < b: E(f, "Anexo A before the Bibliografía")
    refs, cur = [], []
    for l in L[b + 1:z] + [""]:
        if re.match(r"\[\d+\] ", l) and cur: refs.append(" ".join(cur)); cur = []
        if l == "" or re.fullmatch(r"\d{1,3}", l):
            if cur: refs.append(" ".join(cur)); cur = []
        else: cur.append(l.strip())
    n_ = [int(re.match(r"\[(\d+)\]", r)[1]) if re.match(r"\[(\d+)\] ", r) else 0 for r in refs]
    if n_ != list(range(1, len(n_) + 1)): E(f, f"references not numbered [1]..[n]: {n_}")
    for r in refs:
        if not re.search(r"(?:19|20)\d\d\.$", r) and not re.search(r"Disponible en https://\S+\.$", r): E(f, f"reference does not end with a year or «Disponible en URL.»: {r[:50]!r}")
        if re.search(r"Disponible en (?!https://)", r): E(f, f"«Disponible en» without an https URL: {r[:50]!r}")
        au = re.match(r"\[\d+\] ([^.]+?)\. ", r)
        if au and "," in au[1] and " y " not in au[1]: E(f, f"author list without «y» before the last: {r[:50]!r}")
    seen = []
    for grp in re.findall(r"\[([\d, ]+)\]", "\n".join(L[:b])):
        for x in grp.split(", "):
            if int(x) not in seen: seen.append(int(x))
    if seen != list(range(1, len(refs) + 1)): E(f, f"citations in the text (order of first citation {seen}) != the references 1..{len(refs)}")


# ---------------------------------------------------------------- 1661 ScienceOpen RIS export
RIS = {}
RIS_TY = {"JOUR", "CONF", "GEN", "BOOK", "CHAP", "THES", "RPRT"}


def check_ris(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): E(f, "line ends not CR LF throughout")
    if raw.startswith("\ufeff"): E(f, "a BOM")
    recs, cur, vals = [], None, []
    for i, l in enumerate(raw.split("\r\n")):
        if l == "":
            if cur is not None: E(f, f"blank line inside a record (line {i + 1})")
            continue
        m = re.fullmatch(r"([A-Z][A-Z0-9])  - (.*)", l)
        if not m: E(f, f"line {i + 1} is no «XX  - value» tag line"); continue
        t, v = m[1], m[2]
        if t == "TY":
            if cur is not None: E(f, f"TY inside a record (line {i + 1})")
            cur = [("TY", v)]
        elif cur is None: E(f, f"{t} outside a record (line {i + 1})")
        elif t == "ER":
            if v != "": E(f, "ER with a value")
            recs.append(cur); cur = None
        else:
            cur.append((t, v)); vals.append(v)
    if cur is not None: E(f, "last record without ER")
    RIS[f] = vals
    for r in recs:
        d = {}
        for t, v in r: d.setdefault(t, []).append(v)
        ti = (d.get("TI") or ["?"])[0][:40]
        if d["TY"][0] not in RIS_TY: E(f, f"{ti}: TY {d['TY'][0]}")
        for need in ("AU", "TI", "T2", "PY", "LA"):
            if need not in d: E(f, f"{ti}: {need} missing")
        if len(d.get("TI", [])) != 1: E(f, f"{ti}: TI not once")
        if not re.fullmatch(r"\d{4}", (d.get("PY") or [""])[0]): E(f, f"{ti}: PY")
        if "DA" in d:
            da = dt_ok(d["DA"][0], "%Y/%m/%d")
            if not da or str(da.year) != d.get("PY", [""])[0]: E(f, f"{ti}: DA {d['DA'][0]} invalid or not in PY")
        for a in d.get("AU", []):
            if not re.fullmatch(r"[^,]+, [^,]+", a): E(f, f"{ti}: AU {a!r} not «Surname, Given»")
        if "SP" in d and ("EP" not in d or int(d["SP"][0]) >= int(d["EP"][0])): E(f, f"{ti}: SP / EP")
        for u in d.get("UR", []):
            if not u.startswith("https://"): E(f, f"{ti}: UR {u}")
        if d.get("LA", ["en"])[0] not in ("en", "uk"): E(f, f"{ti}: LA")
        if d.get("LA", ["en"])[0] == "uk" and "TT" not in d: E(f, f"{ti}: Ukrainian record without TT")
        order = [t for t, _ in r]
        want = ["TY", "AU", "TI", "TT", "T2", "PY", "DA", "VL", "IS", "SP", "EP", "LA", "KW", "AB", "UR", "N1"]
        if [want.index(t) for t in order if t in want] != sorted(want.index(t) for t in order if t in want): E(f, f"{ti}: tags out of ScienceOpen's order")


# ---------------------------------------------------------------- 1662 Hub Planner bookings CSV
HP_HEAD = ["Resource", "Resource Email", "Project", "Project Code", "Booking Category", "Start Date", "End Date",
           "Working Days", "Hours Per Day", "Total Hours", "Billable", "Note"]
CSV_FIELDS = {}


def workdays(a, b):
    return sum(1 for i in range((b - a).days + 1) if (a + dt.timedelta(i)).weekday() < 5)


def check_hubplanner(f, raw):
    if not raw.startswith("\ufeff"): E(f, "no BOM (the export writes one)")
    body = raw[1:] if raw.startswith("\ufeff") else raw
    rows = list(csv.reader(io.StringIO(body, newline="")))
    again = io.StringIO()
    csv.writer(again, lineterminator="\r\n").writerows(rows)
    if again.getvalue() != body: E(f, "not written as the export writes it (minimal quoting, CR LF)")
    if not rows or rows[0] != HP_HEAD: E(f, "header"); return
    CSV_FIELDS[f] = [c for r in rows for c in r]
    who = {}
    for i, r in enumerate(rows[1:], 1):
        if len(r) != len(HP_HEAD): E(f, f"{len(r)} fields in row {i}"); continue
        s, e = dt_ok(r[5], "%Y-%m-%d"), dt_ok(r[6], "%Y-%m-%d")
        if not s or not e or s > e: E(f, f"row {i}: start/end {r[5]}/{r[6]}"); continue
        if not (r[7].isdigit() and r[8].isdigit() and r[9].isdigit()): E(f, f"row {i}: numbers"); continue
        if int(r[7]) != workdays(s.date(), e.date()): E(f, f"row {i}: Working Days {r[7]} != {workdays(s.date(), e.date())}")
        if int(r[9]) != int(r[7]) * int(r[8]): E(f, f"row {i}: Total Hours != days × hours")
        if not 1 <= int(r[8]) <= 24: E(f, f"row {i}: Hours Per Day")
        if r[10] not in ("Yes", "No"): E(f, f"row {i}: Billable")
        if r[1] and not re.fullmatch(r"[\w.]+@[\w.-]+", r[1]): E(f, f"row {i}: email")
        if who.setdefault(r[0], r[1]) != r[1]: E(f, f"row {i}: {r[0]} with two emails")
        if bool(r[3]) != (r[4] != "Unassigned Work"): E(f, f"row {i}: project code / Unassigned Work")


# ---------------------------------------------------------------- 1663 Youdu chat export TXT
def check_youdu(f, raw):
    L = lines_of(f, raw)
    if not (L[0].startswith("会话：") and re.fullmatch(r"成员数：\d+", L[1]) and L[2].startswith("导出时间：") and L[3].startswith("导出人：") and re.fullmatch(r"=+", L[4])):
        E(f, "export head"); return
    ex = dt_ok(L[2][5:], "%Y-%m-%d %H:%M:%S")
    if not ex: E(f, "导出时间")
    heads = [(i, re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) (\S+)", l)) for i, l in enumerate(L)]
    heads = [(i, m) for i, m in heads if m]
    if not heads: E(f, "no messages"); return
    prev, who = None, set()
    for k, (i, m) in enumerate(heads):
        t = dt_ok(m[1], "%Y-%m-%d %H:%M:%S")
        if not t: E(f, f"timestamp {m[1]}"); continue
        if prev and t <= prev: E(f, f"message at {m[1]} not after the previous")
        if ex and t > ex: E(f, f"message at {m[1]} after the export")
        prev = t; who.add(m[2])
        nxt = heads[k + 1][0] if k + 1 < len(heads) else len(L) + 1
        if i > 5 and L[i - 1] != "": E(f, f"no blank line before the message at {m[1]}")
        if nxt - i < 3 and k + 1 < len(heads): E(f, f"empty message at {m[1]}")
    if len(who) > int(L[1][4:]): E(f, "more senders than members")
    if L[3][4:] not in who: E(f, "the exporter never wrote in the group")
    for l in L:
        for n in re.findall(r"@(\S+?) ", l):
            if n not in who: E(f, f"@{n} is no member who wrote")
        q = re.fullmatch(r"「(\S+?)：(.+)」", l)
        if q and not any(L[j].startswith(q[2]) and j > 0 and any(L[k].endswith(' ' + q[1]) and re.match(r'\d{4}-', L[k]) for k in range(max(0, j - 1), j)) for j in range(len(L))): E(f, f"quote of a message that does not exist: {l[:30]}")
        if l.startswith("[文件] ") and not re.fullmatch(r"\[文件\] \S+ \(\d+(\.\d+)?(KB|MB)\)", l): E(f, f"file line {l}")


# ---------------------------------------------------------------- 1664 AfterDawn forum thread copy
def check_afterdawn(f, raw):
    L = lines_of(f, raw)
    if L[:2] != ["Siirry sisältöön", "AfterDawn"]: E(f, "site head")
    bcs = [l for l in L if l.startswith("Keskustelu » ")]
    if len(bcs) != 2 or bcs[0] != bcs[1]: E(f, "breadcrumb at the top and the bottom")
    posts = [i for i, l in enumerate(L) if re.fullmatch(r"#\d+ · .+", l)]
    if not posts: E(f, "no posts"); return
    hm = next((re.fullmatch(r"(\d+) viestiä · Aloittaja: (\S+) · (\d\d\.\d\d\.\d{4})", l) for l in L if " viestiä · " in l), None)
    if not hm or int(hm[1]) != len(posts): E(f, "«N viestiä» != the posts")
    prev, blocks, who = None, {}, []
    for k, i in enumerate(posts):
        m = re.fullmatch(r"#(\d+) · (\d\d\.\d\d\.\d{4}) klo (\d\d:\d\d)", L[i])
        if not m or int(m[1]) != k + 1: E(f, f"post number / date line {L[i]!r}"); continue
        t = dt_ok(m[2] + " " + m[3], "%d.%m.%Y %H:%M")
        if not t: E(f, f"post date {L[i]!r}"); continue
        if prev and t < prev: E(f, f"post #{k + 1} before the previous")
        blk = L[i - 5:i]
        if not (re.fullmatch(r"Viestejä: [\d\u00a0]+", blk[2]) and re.fullmatch(r"Liittynyt: \d\d\.\d\d\.\d{4}", blk[3]) and blk[4] == "" and L[i + 1] == ""):
            E(f, f"author block of post #{k + 1}"); continue
        nick = blk[0]
        jd = dt_ok(blk[3][11:], "%d.%m.%Y")
        if not jd or jd > t: E(f, f"{nick} joined after posting")
        if blocks.setdefault(nick, tuple(blk[1:4])) != tuple(blk[1:4]): E(f, f"author block of {nick} differs between posts")
        if k == 0 and hm and (hm[2] != nick or hm[3] != m[2]): E(f, "«Aloittaja» != the first post")
        nxt = posts[k + 1] - 5 if k + 1 < len(posts) else len(L)
        seg = L[i + 1:nxt]
        if "Lainaa · Vastaa" not in seg: E(f, f"post #{k + 1} without «Lainaa · Vastaa»")
        for l in seg:
            q = re.fullmatch(r"(\S+) kirjoitti:", l)
            if q and q[1] not in who: E(f, f"post #{k + 1} quotes {q[1]}, who has not posted before")
            em = re.fullmatch(r"Muokattu (\d\d\.\d\d\.\d{4} klo \d\d:\d\d) \((\S+)\)", l)
            if em:
                et = dt_ok(em[1], "%d.%m.%Y klo %H:%M")
                if em[2] != nick or not et or et < t: E(f, f"edit note of post #{k + 1}")
        who.append(nick); prev = t
    fm = re.fullmatch(r"© 2000–(\d{4}) AfterDawn Oy", L[-1])
    if not fm or (prev and int(fm[1]) < prev.year): E(f, "footer")


# ---------------------------------------------------------------- 1665 Interspire newsletter web version (Romanian)
RO_WD = ["luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"]
RO_MO = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie",
         "noiembrie", "decembrie"]


def check_interspire(f, raw):
    L = lines_of(f, raw)
    if L[0] != "<!DOCTYPE html>" or not re.search(r'<html lang="ro"', raw) or '<meta charset="utf-8">' not in raw: E(f, "doctype / lang / charset")
    p = _TagCheck(); p.feed(raw)
    if p.bad or p.stack: E(f, f"tags unbalanced {p.bad} {p.stack}")
    if re.search(r"&(?!amp;|lt;|gt;|quot;|#x27;|middot;|ndash;|#\d+;)", raw): E(f, "a bare & or an unknown entity")
    for u in re.findall(r'(?:href|src)="([^"]+)"', raw):
        if not u.startswith("https://"): E(f, f"link {u}")
    t = re.search(r"<title>Buletin CIAA nr\. (\d+) &ndash; (\w+) (\d{4})</title>", raw)
    h = re.search(r">Nr\. (\d+) &middot; (\w+), (\d+) (\w+) (\d{4}) &middot;", raw)
    if not t or not h or t[1] != h[1] or t[2] != h[4] or t[3] != h[5]: E(f, "issue / month in title != masthead")
    for wd, d, mo, y in re.findall(r"\b(luni|marți|miercuri|joi|vineri|sâmbătă|duminică),? (\d{1,2}) (\w+) (\d{4})", raw):
        if mo not in RO_MO: E(f, f"Romanian month {mo}"); continue
        try:
            if dt.date(int(y), RO_MO.index(mo) + 1, int(d)).weekday() != RO_WD.index(wd): E(f, f"weekday of {d} {mo} {y}")
        except ValueError: E(f, f"date {d} {mo} {y}")
    links = re.findall(r'href="https://([\w.-]+)/(display|unsubscribe)\.php\?([^"]+)"', raw)
    kinds = sorted({k for _, k, _ in links})
    if kinds != ["display", "unsubscribe"]: E(f, f"Interspire links {kinds}"); return
    ps = [dict(x.split("=", 1) for x in q.split("&amp;")) for _, _, q in links]
    if len({h_ for h_, _, _ in links}) != 1 or len({(d.get("M"), d.get("N"), d.get("C"), d.get("L")) for d in ps}) != 1:
        E(f, "display / unsubscribe links not of one campaign (host, M, N, C, L)")
    for (_, k, _), d in zip(links, ps):
        need = {"display": ["M", "C", "S", "L", "N"], "unsubscribe": ["M", "C", "L", "N"]}[k]
        if list(d) != need: E(f, f"{k}.php parameters {list(d)}")
    if "GDPR" not in raw: E(f, "no GDPR note")


# ---------------------------------------------------------------- 1666 Bloggers Delight blog copy (negative)
DA_MO = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]


def da_date(s):
    m = re.fullmatch(r"(\d{1,2})\. (\w+) (\d{4})(?: kl\. (\d\d):(\d\d))?", s)
    if not m or m[2] not in DA_MO: return None
    try: return dt.datetime(int(m[3]), DA_MO.index(m[2]) + 1, int(m[1]), int(m[4] or 0), int(m[5] or 0))
    except ValueError: return None


def check_bloggersdelight(f, raw):
    L = lines_of(f, raw)
    if L[0] != "Bloggers Delight": E(f, "platform bar")
    pm = next((re.fullmatch(r"(\d{1,2}\. \w+ \d{4}) af (.+) · Kategori: .+", l) for l in L if " af " in l and "Kategori:" in l), None)
    post = da_date(pm[1]) if pm else None
    if not post: E(f, "post date / author line"); return
    cm = next((re.fullmatch(r"(\d+) kommentarer?", l) for l in L if re.fullmatch(r"\d+ kommentarer?", l)), None)
    cs = [i for i, l in enumerate(L) if l.endswith(" siger:")]
    if not cm or int(cm[1]) != len(cs): E(f, "«N kommentarer» != the comments")
    prev = post
    for i in cs:
        d = da_date(L[i + 1]) if i + 1 < len(L) else None
        if not d or "kl." not in L[i + 1]: E(f, f"comment date of {L[i]}"); continue
        if d <= prev: E(f, f"comment {L[i]} not after the previous / the post")
        if "Svar" not in L[i + 2:i + 5]: E(f, f"comment {L[i]} without «Svar»")
        prev = d
    if "Skriv en kommentar" not in L: E(f, "no comment form")
    fm = re.fullmatch(r"© (\d{4}) .+ · Bloggers Delight", L[-1])
    if not fm or int(fm[1]) < prev.year: E(f, "footer")
    idx = L.index("Seneste indlæg") if "Seneste indlæg" in L else -1
    tl = L[L.index(pm[0]) - 2] if pm[0] in L else ""
    if idx < 0 or L[idx + 1] != tl: E(f, "the newest post in «Seneste indlæg» is not this post")


def shape_checks(f, raw, path):
    n = num(f)
    {1657: check_waseda, 1658: check_tudelft, 1659: check_alice, 1660: check_uchile, 1661: check_ris,
     1662: check_hubplanner, 1663: check_youdu, 1664: check_afterdawn, 1665: check_interspire,
     1666: check_bloggersdelight}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


# ---------------------------------------------------------------- decoded forms
def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def decoded_forms(f, raw, path):
    forms = list(MIME_PARTS.get(f, [])) + (["\n".join(CSV_FIELDS[f])] if f in CSV_FIELDS else []) + (["\n".join(RIS[f])] if f in RIS else [])
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
# round164's and round165's, a byte-identical file counted once), and the round164/round165 split (candidates sorted by
# (uses, catalogue title); round164 = even positions from 4 on, one unbroken run; round165 takes the odd ones)
used = Counter()
TD = "/work/main/tests/data"
P165S = ["/work/rounds/digests-round165/expected.json", "/work/main/tests/data/digests-round165/expected.json"]
P165 = next((p for p in P165S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P165S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round164", "digests-round165") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round164 takes the even ones): {odd}")
if {1, 2} & {pos.get(k) for k in mine}: errors.append("position 1 or 2 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 4..{last}: {[(pos[k], k) for k in gaps]}")
r165 = set()
if P165:
    try:
        r165 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P165)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P165} exists but could not be read (being written?)")
    their_even = sorted(k for k in r165 if pos.get(k, 1) % 2 == 0)
    if r165 & mine and their_even:
        notes.append(f"round165's expected.json does not hold the odd positions of this count ({len(their_even)} of "
                     f"{len(r165)} papers at even positions): shared papers not an error here, to be settled by round165: "
                     f"{len(r165 & mine)} shared: {sorted(r165 & mine)}")
    elif r165 & mine: errors.append(f"papers also in round165: {sorted(r165 & mine)}")
shared165 = len(r165 & mine) if P165 else "(no round165 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round164 file: {multi}")
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
      f"at odd positions: {len(odd)}; shared with round165: {shared165}; papers in more than one round164 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


