#!/usr/bin/env python3
"""Breaks a scratch copy of round127 (/tmp/round127-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round125's harness, with round127's cases; every digest is UTF-8.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round127-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1287, 1297)}
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


def json_edit(n, f, dump):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        d = json.loads(open(p, "rb").read().decode("utf-8")); f(d)
        open(p, "wb").write(dump(d).encode("utf-8"))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def first(n):
    return lambda e: e[D[n]]


jq_dump = lambda d: json.dumps(d, indent=2, ensure_ascii=False) + "\n"
CASES = {
 # 1287 YaCy
 "1287 layout changed (items indented)": sub(1287, '    "items": [\n    {', '    "items": [\n      {'),
 "1287 channel title": sub(1287, '"title": "YaCy P2P-Search for attention"', '"title": "YaCy Search for attention"'),
 "1287 link without &amp;": sub(1287, "query=attention&amp;resource=local&amp;contentdom=text\",\n    \"image\"", "query=attention&resource=local&contentdom=text\",\n    \"image\""),
 "1287 host differs from link": sub(1287, '"host": "openreview.net"', '"host": "www.openreview.net"'),
 "1287 guid not urlhash": sub(1287, r'"guid": "(\w)', r'"guid": "Q', regex=True),
 "1287 pubDate weekday wrong": sub(1287, "Mon, 08 Jun 2020", "Tue, 08 Jun 2020"),
 "1287 sizename wrong": sub(1287, '"sizename": "47 kbyte"', '"sizename": "48 kbyte"'),
 "1287 rankings not descending": sub(1287, '"ranking": "912204800"', '"ranking": "999999999"'),
 "1287 facet counts off": sub(1287, '{"name": "github.com", "count": "3"', '{"name": "github.com", "count": "4"'),
 "1287 totalResults not a digit string": sub(1287, '"totalResults": "37"', '"totalResults": "37+"'),
 # 1288 newman
 "1288 header missing": sub(1288, "\nnewman\n\n", "\n\n"),
 "1288 request line format": sub(1288, "[201 Created, 412B, 157ms]", "[201 Created 412B 157ms]"),
 "1288 assertion count wrong": sub(1288, "│              assertions │                9 │", "│              assertions │               10 │"),
 "1288 requests count wrong": sub(1288, "│                requests │                5 │", "│                requests │                6 │"),
 "1288 average response time wrong": sub(1288, "average response time: 203ms", "average response time: 210ms"),
 "1288 failure numbering": sub(1288, "  2. ส่งแจ้งเตือนสำเร็จ", "  3. ส่งแจ้งเตือนสำเร็จ"),
 "1288 failure list differs": sub(1288, 'inside "ส่งสรุปเข้า LINE Notify"', 'inside "สถานะเซิร์ฟเวอร์"'),
 "1288 console box not closed": sub(1288, "  │ { status: 'ok', version: '0.9.3', db: 'sqlite', papers: 57 }\n  └\n", "  │ { status: 'ok', version: '0.9.3', db: 'sqlite', papers: 57 }\n"),
 "1288 one-line object over 80": sub(1288, "  │ {\n  │   title: 'MemGPT: Towards LLMs as Operating Systems',\n  │   url: 'https://arxiv.org/abs/2310.08560'\n  │ }", "  │ { title: 'MemGPT: Towards LLMs as Operating Systems', url: 'https://arxiv.org/abs/2310.08560' }"),
 "1288 table row narrower": sub(1288, "│            test-scripts │", "│           test-scripts │"),
 # 1289 Home Assistant
 "1289 bad level": sub(1289, "06:00:15.041 WARNING", "06:00:15.041 WARN"),
 "1289 time goes back": sub(1289, "2024-05-14 06:12:44.508", "2024-05-14 05:12:44.508"),
 "1289 system_log line not after a step": sub(1289, r"(2024-05-14 06:00:02\.102 [^\n]*\n)", "", regex=True),
 "1289 completed before entries found": sub(1289, r"2024-05-14 06:00:07\.655 [^\n]*\n", "", regex=True),
 "1289 byte offset wrong": sub(1289, "byte offset 123", "byte offset 122"),
 "1289 Telegram text not the message": sub(1289, "Args: (-1002233445566, '*ZeRO:", "Args: (-1002233445566, '*ZeRO (DeepSpeed):"),
 "1289 stray line": sub(1289, "2024-05-14 06:00:10.034 DEBUG", "06:00:10.034 DEBUG"),
 "1289 written message without URL": sub(1289, "Mixed Precision Training – https://openreview.net/forum?id=r1gs9JgRZ", "Mixed Precision Training – openreview r1gs9JgRZ"),
 # 1290 Steampipe
 "1290 welcome line missing": sub(1290, "For more information, type .help\n", ""),
 "1290 cell misaligned": sub(1290, "| מפגש 9  |", "| מפגש 9 |"),
 "1290 rows returned wrong": sub(1290, "Rows returned: 7.", "Rows returned: 6."),
 "1290 published not descending": sub(1290, "2024-05-09T07:12:40Z", "2024-05-19T07:12:40Z"),
 "1290 qual error does not fit": sub(1290, "column:'feed_link' operator: =", "column:'link' operator: ="),
 "1290 columns not the selected ones": sub(1290, "> select session, title, arxiv, presenter, status, notes from", "> select session, title, arxiv, status, presenter, notes from"),
 "1290 no .exit": sub(1290, "> .exit\n", ""),
 "1290 column too wide": sub(1290, r"\+---------\+", "+----------+", count=0, regex=True),
 # 1291 Karakeep
 "1291 not jq layout (compact)": json_edit(1291, lambda d: None, lambda d: json.dumps(d, ensure_ascii=False) + "\n"),
 "1291 bookmark key order": json_edit(1291, lambda d: d["bookmarks"].__setitem__(0, {k: d["bookmarks"][0][k] for k in ["createdAt", "id"] + list(d["bookmarks"][0])[2:]}), jq_dump),
 "1291 id not cuid2": json_edit(1291, lambda d: d["bookmarks"][2].update(id="0" + d["bookmarks"][2]["id"][1:]), jq_dump),
 "1291 not newest first": json_edit(1291, lambda d: d["bookmarks"].reverse(), jq_dump),
 "1291 crawled after modified": json_edit(1291, lambda d: d["bookmarks"][0]["content"].update(crawledAt="2024-05-14T00:00:00.000Z"), jq_dump),
 "1291 screenshot asset missing": json_edit(1291, lambda d: d["bookmarks"][2]["assets"].pop(0), jq_dump),
 "1291 AI tags while pending": json_edit(1291, lambda d: d["bookmarks"][0].update(taggingStatus="pending"), jq_dump),
 "1291 nextCursor wrong": json_edit(1291, lambda d: d.update(nextCursor=d["nextCursor"][:-4] + "AAAA"), jq_dump),
 "1291 arXiv title without id": sub(1291, '"title": "[2006.07733] Bootstrap', '"title": "Bootstrap'),
 # 1292 Miller
 "1292 pprint misaligned": sub(1292, "10 -          已读 陈静", "10 -         已读 陈静"),
 "1292 empty pprint cell": sub(1292, "3  -          待读 张伟", "3             待读 张伟"),
 "1292 count-distinct wrong": sub(1292, "待读 5\n", "待读 4\n"),
 "1292 xtab value differs": sub(1292, "负责人   李娜\n备注    只有标题", "负责人   王磊\n备注    只有标题"),
 "1292 xtab key not padded": sub(1292, "arxiv 1502.01852", "arxiv  1502.01852"),
 "1292 json number quoted": sub(1292, '"arxiv": 1502.01852', '"arxiv": "1502.01852"'),
 "1292 json layout": sub(1292, '[\n{\n  "id": 2,', '[\n  {\n  "id": 2,'),
 "1292 head -n rows wrong": sub(1292, "| 3  | Understanding", "| 4  | Understanding"),
 "1292 cut -o order lost": sub(1292, "id 标题                                                                    链接\n", "标题 id                                                                    链接\n"),
 "1292 option error text": sub(1292, 'mlr: option "--opprit" not recognized.', 'mlr: unknown option --opprit'),
 # 1293 N-Triples
 "1293 raw Cyrillic": sub(1293, "\\u0410\\u043D\\u043D\\u0430", "Анна"),
 "1293 missing final dot": sub(1293, '"Rico Sennrich" .', '"Rico Sennrich"'),
 "1293 bad date": sub(1293, '"2024-02-29"^^', '"2024-02-30"^^'),
 "1293 undescribed blank node": sub(1293, "_:genid3 <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://xmlns.com/foaf/0.1/Person> .\n", ""),
 "1293 subject not contiguous": sub(1293, r'(<https://arxiv\.org/abs/1508\.07909> <http://purl\.org/dc/terms/issued> [^\n]*\n)', "", regex=True) if False else append(1293, '<https://arxiv.org/abs/1508.07909> <http://purl.org/dc/terms/issued> "2015"^^<http://www.w3.org/2001/XMLSchema#gYear> .\n'),
 "1293 lower-case escape": sub(1293, "\\u041F\\u043E", "\\u041f\\u043e"),
 "1293 article without title": sub(1293, r'<https://nlp-seminar\.example\.ru/kg/paper/sbert> <http://purl\.org/dc/terms/title> [^\n]*\n', "", regex=True),
 "1293 discusses a non-article": sub(1293, "<https://nlp-seminar.example.ru/kg/ns#discusses> <https://arxiv.org/abs/2011.03459>", "<https://nlp-seminar.example.ru/kg/ns#discusses> <https://gluebenchmark.com/>"),
 # 1294 avro-tools
 "1294 log4j warnings missing": sub(1294, "tojson --pretty reading_events-2024-05-13.avro\nlog4j:WARN No appenders could be found for logger (org.apache.hadoop.metrics2.lib.MutableMetricsFactory).\n", "tojson --pretty reading_events-2024-05-13.avro\n"),
 "1294 not Jackson's separator": sub(1294, '  "member" : "கார்த்திக்"', '  "member": "கார்த்திக்"'),
 "1294 array not inline": sub(1294, '"symbols" : [ "ADDED", "READ", "NOTE" ]', '"symbols" : [\n        "ADDED", "READ", "NOTE" ]'),
 "1294 union not encoded": sub(1294, '"arxiv_id" : {\n      "string" : "2101.08809"\n    }', '"arxiv_id" : "2101.08809"'),
 "1294 enum symbol unknown": sub(1294, '"action" : "READ"', '"action" : "FINISHED"'),
 "1294 ts not ascending": sub(1294, '"ts" : 1715748905328', '"ts" : 1715500000000'),
 "1294 field order": sub(1294, r'  "event_id" : ("[^"]+"),\n  "ts" : (\d+),', r'  "ts" : \2,\n  "event_id" : \1,', regex=True),
 "1294 bytes over U+00FF": sub(1294, '"client_hash" : "', '"client_hash" : "\u0100'),
 # 1295 git grep
 "1295 quoted path unquoted": sub(1295, '"\\354\\204\\270\\353\\257\\270\\353\\202\\230/2024-04-16-3D.md":3:', "세미나/2024-04-16-3D.md:3:"),
 "1295 ASCII path quoted": sub(1295, "README.md:5:", '"README.md":5:'),
 "1295 count wrong": sub(1295, "scripts/fetch_pdfs.py:4", "scripts/fetch_pdfs.py:3"),
 "1295 line not matching": sub(1295, "README.md:6:- 링크를 못 찾은 논문은 `제목만:` 으로 시작해서 적기", "README.md:6:- 링크를 못 찾은 논문은 따로 적기"),
 "1295 quoted path with quotePath=false": sub(1295, "세미나/2024-04-16-3D.md:9:", '"\\354\\204\\270\\353\\257\\270\\353\\202\\230/2024-04-16-3D.md":9:'),
 "1295 line numbers not ascending": sub(1295, "scripts/fetch_pdfs.py:10:", "scripts/fetch_pdfs.py:1:"),
 "1295 files out of order": sub(1295, r'(README\.md:6:[^\n]*\n)([^\n]*\n[^\n]*\n)', r"\2\1", regex=True),
 "1295 bad octal escape": sub(1295, '"\\352\\260\\234', '"\\352\\260\\x9c'),
 # 1296 Diigo
 "1296 header changed": sub(1296, "title,url,tags,description,comments,annotations,created_at", "title,url,tags,description,comments,created_at"),
 "1296 date format": sub(1296, "2024/05/13 18:55:10 +0000", "2024-05-13 18:55:10"),
 "1296 not newest first": sub(1296, "2024/05/04 12:00:09 +0000", "2024/05/24 12:00:09 +0000"),
 "1296 tags with spaces": sub(1296, '"kurzus,adminisztracio"', '"kurzus, adminisztracio"'),
 "1296 needless quotes": sub(1296, "Dive into Deep Learning,https://d2l.ai/", '"Dive into Deep Learning",https://d2l.ai/'),
 "1296 catalogue title in the negative": sub(1296, "A tiny scalar-valued autograd engine", "Attention Is All You Need, a tiny scalar-valued autograd engine"),
 "1296 arXiv id in the negative": sub(1296, "kb. 100 sor.", "kb. 100 sor (lásd 1706.03762)."),
 "1296 arXiv link in the negative": sub(1296, "https://d2l.ai/", "https://arxiv.org/abs/2106.11342"),
 # labels
 "title-only paper gets a link in 1290": sub(1290, "| Multimodal Few-Shot Learning with Frozen Language Models                                  |            |", "| Multimodal Few-Shot Learning with Frozen Language Models                                  | 2106.13884 |"),
 "unlabelled catalogue id in 1289": sub(1289, "(seminář ÚFAL, 9. 5.)", "(seminář ÚFAL, 9. 5., arXiv:1706.03762)"),
 "other file's title in 1291": sub(1291, "مقایسه با SimCLR", "مقایسه با SimCLR و Visual Instruction Tuning"),
 "labelled title lost in 1287": sub(1287, "Transformer Quality in Linear Time", "FLASH", count=0),
 "unlabelled OpenReview id in 1295": sub(1295, "(ICLR 2021 oral)", "(ICLR 2021 oral, https://openreview.net/forum?id=WE_vluYUL-X)"),
 "distractor title in 1292": sub(1292, "只有标题，老师口头推荐", "只有标题，老师口头推荐；另见 Recurrent Memory Transformer"),
 "arxiv-text id lost in 1293": sub(1293, '"arXiv:1908.10084"', '"arXiv"', count=0),
 "link lost in 1294": sub(1294, "https://arxiv.org/abs/2108.04392", "https://nas.example.org/paper", count=0),
 "OpenReview link cut in 1288": sub(1288, "forum?id=WE_vluYUL-X", "forum?id=WE_v", count=0),
 "arxiv-text gets a link in 1295": sub(1295, "(arXiv:2302.05543)", "(https://arxiv.org/abs/2302.05543)", count=0),
 "title-only id leaks in 1294": sub(1294, "தலைப்பு மட்டும்; கோட்பாட்டுப் பகுதி", "தலைப்பு மட்டும் (2103.13462); கோட்பாட்டுப் பகுதி"),
 "unknown valid-shaped id in 1287": sub(1287, "Folien: Paul Richter.", "Folien: Paul Richter (arXiv:2404.01234)."),
 "label in the negative": exp_edit(lambda e: e[D[1296]].append(dict(e[D[1295]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1289]][4].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1290]][0].update(title="Learning Transferable Visual Models")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1291]][0].update(true_arxiv_id="2004.11363", arxiv_id="2004.11363")),
 "paper in two files": exp_edit(lambda e: e[D[1292]].append(dict(e[D[1291]][0]))),
 "even-position paper": exp_edit(lambda e: e[D[1293]].append({"arxiv_id": None, "openreview_id": None, "title": "Denoising Diffusion Implicit Models", "evidence": "title-only", "true_arxiv_id": "2010.02502"})),
 "too few papers": exp_edit(lambda e: [e[D[1294]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1287]] if r["evidence"] == "title-only"]),
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
