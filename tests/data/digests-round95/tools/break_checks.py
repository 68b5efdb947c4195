#!/usr/bin/env python3
"""Breaks a scratch copy of round95 (/tmp/round95-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round93's harness, with round95's cases; every digest is UTF-8.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round95-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(967, 977)}


def sub(n, old, new, count=1, regex=False):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode("utf-8")
        if regex:
            assert re.search(old, s, re.S), (n, old)
            s = re.sub(old, new, s, count=count, flags=re.S)
        else:
            assert old in s, (n, old)
            s = s.replace(old, new, count if count else -1)
        open(p, "wb").write(s.encode("utf-8"))
    return fn


def append(n, extra):
    def fn(root):
        with open(os.path.join(root, "digests", D[n]), "a", encoding="utf-8", newline="") as fh: fh.write(extra)
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def first(n):
    return lambda e: e[D[n]]


E = "\x1b"
CASES = {
 "967 continuation prompt not the REPL's": sub(967, "     |   select(", "    |   select("),
 "967 row narrower than the rule": sub(967, "|202|Language Models are Few-Shot Learners ", "|202|Language Models are Few-Shot Learners"),
 "967 show(false) padded on the left": sub(967, "|王晨曦   |", "|   王晨曦|"),
 "967 show() table under show(false)": sub(967, 'select("id", "arxiv", "status", "owner", "note").orderBy("id").show()',
                                           'select("id", "arxiv", "status", "owner", "note").orderBy("id").show(false)'),
 "967 res number goes backwards": sub(967, "res9: String", "res2: String"),
 "967 spark.version not the banner's": sub(967, "res0: String = 3.5.0", "res0: String = 3.4.1"),
 "967 banner broken": sub(967, "   /___/ .__/", "   /___/ ._/"),
 "967 no :quit at the end": sub(967, "scala> :quit\n", ""),
 "967 header not the select list": sub(967, "| id|     arxiv|status|", "| id|     arxiv|statut|"),
 "967 master not the --master given": sub(967, "(master = yarn,", "(master = local[*],"),
 "967 one blank after a table": sub(967, "+----------+-----+\n\n\nscala>", "+----------+-----+\n\nscala>"),
 "968 time goes backwards": sub(968, "at 2024-03-11 13:37:21", "at 2024-03-11 12:37:21"),
 "968 INSERT not green": sub(968, f"{E}[1m{E}[32mINSERT", f"{E}[1m{E}[34mINSERT"),
 "968 binds not the placeholders": sub(968, '[["id", 41], ["LIMIT", 1]]', '[["id", 41]]'),
 "968 reason phrase wrong": sub(968, "Completed 302 Found", "Completed 302 Moved Temporarily"),
 "968 redirect missing": sub(968, "Redirected to http://localhost:3000/papers/41\n", ""),
 "968 Parameters not Ruby inspect": sub(968, '"commit"=>"登録する"', '"commit": "登録する"'),
 "968 one blank line between requests": sub(968, '\n\n\nStarted GET "/papers/99"', '\n\nStarted GET "/papers/99"'),
 "968 query-source line missing": sub(968, "  ↳ app/views/papers/index.html.erb:6\n", ""),
 "968 CSRF token not filtered": sub(968, '"authenticity_token"=>"[FILTERED]", "comment"', '"authenticity_token"=>"Zk3p9QwX", "comment"'),
 "968 422 without rollback": sub(968, "rollback transaction", "commit transaction"),
 "969 FOUND wrong": sub(969, 'FOUND="10"', 'FOUND="11"'),
 "969 a COL missing": sub(969, "<COL><DATA>Claire Dubois</DATA></COL>", ""),
 "969 date not dd/MM/yyyy": sub(969, "<DATA>04/10/2022</DATA>", "<DATA>2022-10-04</DATA>"),
 "969 NUMBER not a number": sub(969, "<DATA>2014</DATA>", "<DATA>2014a</DATA>"),
 "969 line break in the document": sub(969, "</ROW><ROW", "</ROW>\n<ROW"),
 "969 repetitions missing": sub(969, "<DATA>attention</DATA><DATA>traduction</DATA><DATA></DATA>", "<DATA>attention</DATA><DATA>traduction</DATA>"),
 "969 RECORDID repeated": sub(969, 'RECORDID="57"', 'RECORDID="41"'),
 "970 hyperlink source dangling": sub(970, 'Source="htss-3"', 'Source="htss-30"'),
 "970 destination Self not escaped": sub(970, 'Self="HyperlinkURLDestination/https%3a//arxiv.org/abs/1406.2661"', 'Self="HyperlinkURLDestination/https://arxiv.org/abs/1406.2661"'),
 "970 undefined paragraph style": sub(970, 'AppliedParagraphStyle="ParagraphStyle/BlockQuote"', 'AppliedParagraphStyle="ParagraphStyle/Quote"'),
 "970 <Br /> missing": sub(970, "</ParagraphStyleRange>\n<Br />\n", "</ParagraphStyleRange>\n"),
 "970 table cell missing": sub(970, r'      <Cell Name="2:2" AppliedCellStyle="CellStyle/Cell">\n.*?      </Cell>\n', "", regex=True),
 "970 unique key disagrees": sub(970, 'Source="htss-2" Visible="true" DestinationUniqueKey="2"', 'Source="htss-2" Visible="true" DestinationUniqueKey="9"'),
 "971 final newline added": append(971, "\n"),
 "971 path not the slug": sub(971, '"path":"/efficient-attention-reading-notes/"', '"path":"/efficient-attention/"'),
 "971 heading anchor not its id": sub(971, 'href=\\"#2-서빙-메모리-kv-캐시\\"', 'href=\\"#2-서빙-메모리\\"'),
 "971 toc not the headings": sub(971, 'notes/#4-다음에-읽을-것', 'notes/#4-다음에'),
 "971 excerpt not the text's start": sub(971, '"excerpt":"회사에서', '"excerpt":"우리 회사에서'),
 "971 spaces in the JSON": sub(971, '"timeToRead":4', '"timeToRead": 4'),
 "971 pageContext id not the node's": sub(971, '"pageContext":{"id":"6b9e', '"pageContext":{"id":"7b9e'),
 "972 _id and id differ": sub(972, '"completed":false,"id":"', '"completed":false,"id":"0'),
 "972 priority not Habitica's": sub(972, '"priority":1.5', '"priority":3'),
 "972 a completed To-Do": sub(972, '"collapseChecklist":false,"completed":false', '"collapseChecklist":false,"completed":true'),
 "972 updated before created": sub(972, '"createdAt":"2024-02-27T13:05:41.220Z"', '"createdAt":"2024-03-12T13:05:41.220Z"'),
 "972 spaces in the JSON": sub(972, '"success":true', '"success": true'),
 "972 tag not a UUID": sub(972, '"tags":["', '"tags":["leitura","'),
 "973 literal length wrong": sub(973, "{1040}", "{1041}"),
 "973 tag out of sequence": sub(973, "a4 FETCH 1:5", "a7 FETCH 1:5"),
 "973 tagged answer missing": sub(973, "a9 OK Store completed (0.001 + 0.000 secs).\n", ""),
 "973 UIDNEXT not above the UIDs": sub(973, "[UIDNEXT 31]", "[UIDNEXT 30]"),
 "973 mailbox not modified UTF-7": sub(973, "a3 SELECT &BCcEOARCBDAEOwQ6BDA-", "a3 SELECT &BCcEOARCBDAEOwQ6BDA"),
 "973 BODY[1] not BODYSTRUCTURE's size": sub(973, '"quoted-printable" 632 18', '"quoted-printable" 640 18'),
 "973 encoded word broken": sub(973, "=?UTF-8?B?0JDQvdC90LAg0JHQtdC70L7QstCw?=", "=?UTF-8?B?0JDQvdC90LAg0JHQtdC70L7QstC?="),
 "973 no Dovecot timing": sub(973, "a5 OK Fetch completed (0.001 + 0.000 secs).", "a5 OK Fetch completed."),
 "974 not Go's escapes": sub(974, "\\u003cdocument", "<document"),
 "974 reply_count wrong": sub(974, '"reply_count":8', '"reply_count":7'),
 "974 document not the content's text": sub(974, '"document":"Hi everyone,', '"document":"Hello everyone,'),
 "974 parent_id wrong": sub(974, '"parent_id":10293311', '"parent_id":10294102'),
 "974 unknown content element": lambda root: [sub(974, "\\u003ccallout type=", "\\u003caside type=")(root),
                                              sub(974, "\\u003c/callout\\u003e", "\\u003c/aside\\u003e")(root)],
 "974 author not among users": sub(974, '{"id":970036,"role":"user"', '{"id":970037,"role":"user"'),
 "974 anonymous comment with a user id": sub(974, '"user_id":0,', '"user_id":955310,'),
 "975 brackets unbalanced": sub(975, "papers)))", "papers))"),
 "975 string not closed": sub(975, '(पेपर नहीं)।"}', "(पेपर नहीं)।}"),
 "975 clerk not required with an alias": sub(975, "[nextjournal.clerk :as clerk]", "[nextjournal.clerk]"),
 "975 heading skips a level": sub(975, ";; ## सत्र योजना", ";; #### सत्र योजना"),
 "975 not a Clerk function": sub(975, "(clerk/vl", "(clerk/vega"),
 "975 var defined twice": sub(975, "(def sessions", "(def papers"),
 "976 connection to an unknown node": sub(976, '"node": "รวมสองฟีด",', '"node": "รวมฟีด",'),
 "976 node id repeated": sub(976, '"id": "5d2f8b61-0c7e-4a93-b4f1-6e8a2d9c3b17"', '"id": "0b7c4e2a-91d3-4f6b-8a25-3e1f9c6d7a40"'),
 "976 not two-space JSON": sub(976, '  "pinData": {},', '  "pinData":  {},'),
 "976 final newline added": append(976, "\n"),
 "976 pinData of an unknown node": sub(976, '"pinData": {}', '"pinData": {\n    "ไม่มี": []\n  }'),
 "976 catalogue title in the negative": sub(976, "## 🤖 บอทสรุปเปเปอร์ตอนเช้า", "## 🤖 บอทสรุปเปเปอร์ตอนเช้า (เช่น Attention Is All You Need)"),
 "976 arXiv id in the negative": sub(976, "ล้าง pinned data", "ล้าง pinned data (2106.01345)"),
 "title-only paper gets a link in 972": sub(972, T_SIMSIAM := "Exploring Simple Siamese Representation Learning",
                                             T_SIMSIAM + " https://arxiv.org/abs/2011.10566"),
 "unlabelled catalogue id in 969": sub(969, "Pas sur arXiv", "Voir aussi arXiv:1706.03762. Pas sur arXiv"),
 "other file's title in 971": sub(971, "다음 스터디는", "LoRA: Low-Rank Adaptation of Large Language Models 다음 스터디는"),
 "labelled title lost in 975": sub(975, "Federated Learning Based on Dynamic Regularization", "FedDyn", count=0),
 "unlabelled OpenReview id in 970": sub(970, "forum?id=PxTIG12RRHS", "forum?id=abcDEF12345", count=0),
 "distractor title in 970": sub(970, "في هذا الفصل", "Improved Techniques for Training Score-Based Generative Models في هذا الفصل"),
 "title-only paper's id in 968": sub(968, "(IA)^3 の論文。", "(IA)^3 の論文 2205.05638。", count=0),
 "arxiv-text id lost in 974": sub(974, "arXiv 2004.08955", "arXiv", count=0),
 "OpenReview link cut in 973": sub(973, "forum?id=WE_vluYUL-X", "forum?id=WE_vluYUL"),
 "expected: wrong evidence": exp_edit(lambda e: first(967)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(969)(e)[4].update(arxiv_id="2003.10555")),
 "expected: wrong title": exp_edit(lambda e: first(971)(e)[5].update(title="FLASH")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(973)(e).pop(3)),
 "expected: label in the negative": exp_edit(lambda e: e[D[976]].append(dict(first(967)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(972)(e).append(dict(first(975)(e)[0]))),
}


def run(root):
    r = subprocess.run([sys.executable, os.path.join(root, "validate.py")], capture_output=True, text=True)
    return [l for l in r.stdout.splitlines() if l.startswith("ERROR")] + (["ERROR: crash " + r.stderr[-200:]] if r.returncode not in (0, 1) else []), r.returncode


def fresh():
    shutil.rmtree(SCR, ignore_errors=True)
    os.makedirs(SCR)
    for x in ("digests", "expected.json", "validate.py"):
        src = os.path.join(HERE, x)
        (shutil.copytree if os.path.isdir(src) else shutil.copy)(src, os.path.join(SCR, x))


fresh()
errs, rc = run(SCR)
assert not errs and rc == 0, errs
bad, total = [], 0
for name, fn in CASES.items():
    fresh(); fn(SCR)
    errs, rc = run(SCR)
    total += len(errs)
    if not errs or rc == 0: bad.append(name)
    if V: print(f"{name}:", *errs[:3], sep="\n   ")
shutil.rmtree(SCR, ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
