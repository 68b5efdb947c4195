#!/usr/bin/env python3
"""Breaks a scratch copy of round175 (/tmp/round175-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round173's harness, with round175's cases; every digest is UTF-8; the pasted terminals 1767–1770 and
1776 end on a bare prompt without a final newline, 1771 (JSON.stringify) has none; 1772–1775 end with one.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round175-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1767, 1777)}
ENC = lambda n: "utf-8"


def sub(n, old, new, count=1, regex=False):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode(ENC(n))
        if regex:
            assert re.search(old, s, re.S), (n, old)
            s = re.sub(old, new, s, count=count, flags=re.S)
        else:
            assert old in s, (n, old)
            s = s.replace(old, new, count if count else -1)
        open(p, "wb").write(s.encode(ENC(n)))
    return fn


def append(n, extra):
    def fn(root):
        with open(os.path.join(root, "digests", D[n]), "ab") as fh: fh.write(extra.encode(ENC(n)))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 1767 PyPy REPL
 "1767 banner version": sub(1767, "[PyPy 7.3.16 with GCC 10.2.1 20210130 (Red Hat 10.2.1-11)] on linux", "[PyPy 7.3.15 with GCC 10.2.1 20210130 (Red Hat 10.2.1-11)] on linux"),
 "1767 len": sub(1767, ">>>> len(άρθρα)\n10\n", ">>>> len(άρθρα)\n9\n"),
 "1767 Counter order": sub(1767, "'γλωσσικά μοντέλα': 2, 'κλασικά': 2", "'κλασικά': 2, 'γλωσσικά μοντέλα': 2"),
 "1767 comprehension": sub(1767, "'Textbooks Are All You Need', 'Francis", "'Francis"),
 "1767 element repr": sub(1767, "{'τίτλος': 'RobustBench", "{\"τίτλος\": 'RobustBench"),
 "1767 value repr": sub(1767, "\n'arXiv:2006.14536", "\narXiv:2006.14536"),
 "1767 loop line": sub(1767, "\n7 Why Do Local", "\n8 Why Do Local"),
 "1767 bare continuation": sub(1767, 'print(i, α["τίτλος"])\n.... \n', 'print(i, α["τίτλος"])\n'),
 "1767 wc bytes": sub(1767, "2747 arthra.json", "2748 arthra.json"),
 "1767 no exit": sub(1767, ">>>> exit()\n", ""),
 "1767 list literal": sub(1767, '"θέμα": "βελτιστοποίηση",', '"θέμα" "βελτιστοποίηση",'),
 "1767 keys differ": sub(1767, '"σημείωση": "ICLR 2021', '"σχόλιο": "ICLR 2021'),
 "1767 bare prompt": append(1767, "\n"),
 # 1768 psql + Apache AGE
 "1768 banner": sub(1768, 'Введите "help", чтобы получить справку.', 'Type "help" for help.'),
 "1768 footer plural": sub(1768, "(8 строк)", "(8 строки)"),
 "1768 footer count": sub(1768, "(4 строки)", "(5 строк)"),
 "1768 header centring": sub(1768, "\n n \n----\n 10", "\nn  \n----\n 10"),
 "1768 dashes": sub(1768, "\n----\n 10", "\n---\n 10"),
 "1768 row padding": sub(1768, r'(Subword Units") +\|', r'\1 |', regex=True),
 "1768 order by": sub(1768, ' 2019 | "Language Models are Unsupervised', ' 2021 | "Language Models are Unsupervised'),
 "1768 no LOAD": sub(1768, "diplom=# LOAD 'age';\nLOAD\n\n", ""),
 "1768 jsonb key order": sub(1768, '{"note": "эмбеддинги предложений, EMNLP 2019", "year": 2019,', '{"year": 2019, "note": "эмбеддинги предложений, EMNLP 2019",'),
 "1768 edge keys": sub(1768, '"end_id": 844424930131969, "start_id": 844424930131972', '"start_id": 844424930131972, "end_id": 844424930131969'),
 "1768 vertex differs": sub(1768, '"year": 2019, "arxiv": "1908.10084"', '"year": 2018, "arxiv": "1908.10084"'),
 "1768 edge beyond count": sub(1768, '"id": 1125899906842633', '"id": 1125899906842643'),
 "1768 second graph": sub(1768, "cypher('bibliografiya', $$ MATCH (:Paper)", "cypher('bibliografia', $$ MATCH (:Paper)"),
 "1768 RETURN vs AS": sub(1768, "AS (year agtype, title agtype, url agtype)", "AS (year agtype, title agtype)"),
 "1768 no \\q": sub(1768, "diplom=# \\q\n", ""),
 # 1769 Payload CMS
 "1769 totalPages": sub(1769, '"totalPages": 2', '"totalPages": 3'),
 "1769 pagingCounter": sub(1769, '"pagingCounter": 1', '"pagingCounter": 0'),
 "1769 nextPage": sub(1769, '"nextPage": 2', '"nextPage": null'),
 "1769 ObjectId time": sub(1769, '"id": "65b7774e092fed2c640455db"', '"id": "65b7774f092fed2c640455db"'),
 "1769 updated before created": sub(1769, '"updatedAt": "2024-01-31T10:20:47.517Z"', '"updatedAt": "2024-01-28T10:20:47.517Z"'),
 "1769 sort order": sub(1769, '"datum": "2024-02-15T15:00:00.000Z"', '"datum": "2024-03-15T15:00:00.000Z"'),
 "1769 jq layout": sub(1769, '  "limit": 5,', '  "limit" : 5,'),
 "1769 no JWT": sub(1769, """curl -s -H "Authorization: JWT $TOKEN" 'https://cms.example.nl/api/sessies?limit=5&page=2""", """curl -s 'https://cms.example.nl/api/sessies?limit=5&page=2"""),
 "1769 tsv fields": sub(1769, "\t2024-03-28\tWhat Matters", " 2024-03-28\tWhat Matters"),
 "1769 tsv rows": sub(1769, r"\n65b785a7[^\n]*", "", regex=True),
 "1769 GET differs": sub(1769, '"datum": "2024-03-28T15:00:00.000Z"', '"datum": "2024-03-27T15:00:00.000Z"'),
 "1769 GET id": sub(1769, "api/sessies/65b78231f9ce41d805b6ce18 | jq", "api/sessies/65b78231f9ce41d805b6ce19 | jq"),
 "1769 status": sub(1769, '"status": "gepland"', '"status": "planned"'),
 "1769 link column": sub(1769, "A Large-Scale Empirical Study\t-", "A Large-Scale Empirical Study\tn/a"),
 "1769 bare prompt": append(1769, "\n"),
 # 1770 Redpanda rpk
 "1770 list alignment": sub(1770, "olvasolista  1           1", "olvasolista 1           1"),
 "1770 high watermark": sub(1770, "0                 10", "0                 9"),
 "1770 offsets": sub(1770, '"offset": 3', '"offset": 4'),
 "1770 timestamps": sub(1770, '"timestamp": 1709545685816', '"timestamp": 1709545625604'),
 "1770 -n count": sub(1770, "-o start -n 10", "-o start -n 9"),
 "1770 value not compact": sub(1770, '\\"cim\\":\\"Scaling', '\\"cim\\": \\"Scaling'),
 "1770 value keys": sub(1770, '\\"forras\\":\\"telegram\\"}', '\\"forrás\\":\\"telegram\\"}'),
 "1770 record keys": sub(1770, '  "partition": 0,\n  "offset": 0\n}', '  "offset": 0,\n  "partition": 0\n}'),
 "1770 topic": sub(1770, '"topic": "olvasolista",\n  "key": "reka"', '"topic": "olvaso",\n  "key": "reka"'),
 "1770 describe topic": sub(1770, "rpk topic describe olvasolista -p", "rpk topic describe olvaso -p"),
 "1770 layout": sub(1770, '  "partition": 0,', '    "partition": 0,'),
 # 1771 Tab Wrangler
 "1771 final newline": append(1771, "\n"),
 "1771 layout": sub(1771, '{"savedTabs":[', '{"savedTabs": ['),
 "1771 export keys": sub(1771, '"totalTabsRemoved":2417,', ''),
 "1771 totals": sub(1771, '"totalTabsWrangled":1389', '"totalTabsWrangled":3'),
 "1771 closedAt order": sub(1771, '"closedAt":1712932442400', '"closedAt":1712932440000'),
 "1771 lastAccessed": sub(1771, '"lastAccessed":1712930642000', '"lastAccessed":1712999999999'),
 "1771 tab key order": sub(1771, '"groupId":-1,"height":1015', '"height":1015,"groupId":-1'),
 "1771 duplicate id": sub(1771, '"id":1083238', '"id":1083200'),
 "1771 arXiv tab title": sub(1771, '"title":"[2004.08955] ResNeSt', '"title":"ResNeSt'),
 "1771 OpenReview tab title": sub(1771, ' | OpenReview"', ' - OpenReview"'),
 "1771 Scholar tab title": sub(1771, ' - Google Scholar"', ' – Google Scholar"'),
 "1771 does not parse": sub(1771, '"savedTabs":[', '"savedTabs":[,'),
 # 1772 Angular component
 "1772 bracket": sub(1772, "    return null;\n  }\n}", "    return null;\n}"),
 "1772 decorator keys": sub(1772, "  standalone: true,\n", ""),
 "1772 selector": sub(1772, "selector: 'app-reading-group'", "selector: 'ReadingGroup'"),
 "1772 pipe import": sub(1772, "  imports: [DatePipe],", "  imports: [],"),
 "1772 @for track": sub(1772, "@for (s of shown(); track s.date) {", "@for (s of shown()) {"),
 "1772 @empty": sub(1772, "        } @empty {", "        } @else {"),
 "1772 block left open": sub(1772, '              <span class="title">{{ s.title }}</span>\n            }\n', '              <span class="title">{{ s.title }}</span>\n'),
 "1772 tag nesting": sub(1772, "          </li>\n        } @empty", "        } @empty"),
 "1772 unknown member": sub(1772, "onlyUpcoming.set(!onlyUpcoming())", "upcoming.set(!upcoming())"),
 "1772 session keys": sub(1772, "arxivId: null, venue: 'ICML 2021'", "arxiv: null, venue: 'ICML 2021'"),
 "1772 dates": sub(1772, "date: '2024-03-20'", "date: '2024-03-21'"),
 "1772 string": sub(1772, "presenter: '김민준', title: 'Learning", "presenter: '김민준, title: 'Learning"),
 "1772 css": sub(1772, "      color: #666;\n    }", "      color: #666;"),
 "1772 interface": sub(1772, "  arxivId: string | null;\n", ""),
 # 1773 Lume / Vento
 "1773 front matter": sub(1773, "---\nlayout:", "layout:"),
 "1773 arxiv unquoted": sub(1773, '    arxiv: "2006.04768"', '    arxiv: 2006.04768'),
 "1773 plain scalar with colon": sub(1773, '    titel: "Longformer: The Long-Document Transformer"', '    titel: Longformer: The Long-Document Transformer'),
 "1773 item keys": sub(1773, "    referent: Jonas", "    vortrag: Jonas"),
 "1773 dates": sub(1773, "datum: 2024-04-30", "datum: 2024-05-01"),
 "1773 for source": sub(1773, "{{ for termin of termine }}", "{{ for termin of sitzungen }}"),
 "1773 /if": sub(1773, "        {{ /if }}\n        {{ if termin.notiz }}", "        {{ if termin.notiz }}"),
 "1773 field": sub(1773, "{{ termin.referent }}", "{{ termin.person }}"),
 "1773 filter": sub(1773, '|> date("yyyy-MM-dd")', '|> datum("yyyy-MM-dd")'),
 "1773 comment": sub(1773, "Links baut die Vorlage unten. #}}", "Links baut die Vorlage unten. }}"),
 "1773 html": sub(1773, "    </tr>\n    {{ /for }}", "    {{ /for }}"),
 "1773 set before use": sub(1773, "{{ set ohneLink = ", "{{ set fehlend = "),
 "1773 block mismatch": sub(1773, "        {{ if termin.link }}", "        {{ for x of termine }}"),
 # 1774 Fabric notebook
 "1774 first line": sub(1774, "# Fabric notebook source", "# Fabric notebook"),
 "1774 marker": sub(1774, "# CELL ********************", "# CELL *******************"),
 "1774 META JSON": sub(1774, '# META   "language": "sparksql",', '# META   "language": "sparksql"'),
 "1774 magic language": sub(1774, '# META   "language": "sparksql",', '# META   "language": "python",'),
 "1774 markdown prefix": sub(1774, "# restent dans la table", "restent dans la table"),
 "1774 cell without METADATA": sub(1774, 'select("titre", "responsable"))\n\n# METADATA ********************\n\n# META {\n# META   "language": "python",\n# META   "language_group": "synapse_pyspark"\n# META }\n\n', 'select("titre", "responsable"))\n\n'),
 "1774 python syntax": sub(1774, "df = spark.createDataFrame(lectures)", "df = spark.createDataFrame(lectures"),
 "1774 SQL table": sub(1774, "# MAGIC FROM lectures_diffusion", "# MAGIC FROM lectures"),
 "1774 tally": sub(1774, "dont 4 lues", "dont 5 lues"),
 "1774 Row fields": sub(1774, 'statut="lu", responsable="Camille"', 'etat="lu", responsable="Camille"'),
 "1774 df column": sub(1774, "df.lien.isNull()", "df.url.isNull()"),
 "1774 lakehouse": sub(1774, '# META           "id": "8f99badf', '# META           "id": "0f99badf'),
 "1774 blank lines": sub(1774, "# CELL ********************\n\n# MAGIC", "# CELL ********************\n# MAGIC"),
 # 1775 doccano
 "1775 layout": sub(1775, '{"id": 1041, "text"', '{"id":1041, "text"'),
 "1775 keys": sub(1775, '"Comments": []}\n{"id": 1042', '"comments": []}\n{"id": 1042'),
 "1775 ids": sub(1775, '{"id": 1043,', '{"id": 1040,'),
 "1775 labels": sub(1775, '"label": ["参数高效微调"]', '"label": []'),
 "1775 JSON": sub(1775, '"url": "https://arxiv.org/abs/2104.08691",', '"url": "https://arxiv.org/abs/2104.08691"'),
 "1775 来源": sub(1775, '"来源": "周报第12期", "label": ["自动机器学习"], "Comments": ["王', '"来源": "第12期", "label": ["自动机器学习"], "Comments": ["王'),
 "1775 url": sub(1775, '"url": "https://arxiv.org/pdf/2006.03656v3"', '"url": "arxiv.org/pdf/2006.03656v3"'),
 "1775 final newline": sub(1775, r"\n$", "", regex=True),
 # 1776 GNU units
 "1776 value": sub(1776, "\t* 121.92", "\t* 121.93"),
 "1776 reciprocal": sub(1776, "\t/ 0.0082020997", "\t/ 0.0082021"),
 "1776 fuel": sub(1776, "\t* 51.46\n", "\t* 0.5146\n"),
 "1776 Ctrl-D": sub(1776, "You have: \ngiulia", "giulia"),
 "1776 start-up": sub(1776, "3714 units, 109 prefixes, 122 nonlinear units", "3714 units, 109 prefixes"),
 "1776 unknown unit": sub(1776, "You want: hours", "You want: stunden"),
 "1776 echoed number": sub(1776, "circa 51.46 litri a tratta, 102.92 andata e ritorno' >>", "circa 51.64 litri a tratta, 102.92 andata e ritorno' >>"),
 "1776 tail": sub(1776, r"102\.92 andata e ritorno\n(giulia@portatile:~/trasferta-vienna\$ )$", r"102.92 andata\n\1", regex=True),
 "1776 catalogue title in the negative": sub(1776, "(stampa in copisteria, formato da confermare)", "(stampa in copisteria; Segment Anything)", count=0),
 "1776 arXiv-shaped id in the negative": sub(1776, "entro il 15 aprile", "entro il 2403.01234"),
 "1776 bare prompt": append(1776, "\n"),
 # labels
 "title-only paper gets an id in 1767": sub(1767, "phi-1· ποιότητα", "phi-1, arXiv:2306.11644· ποιότητα"),
 "title-only paper gets a link in 1773": sub(1773, "notiz: ICML 2022; gated", "notiz: https://arxiv.org/abs/2202.10447 gated"),
 "unlabelled catalogue id in 1775": sub(1775, "王老师：和 AutoHAS 放在同一周讲", "王老师：和 AutoHAS 放在同一周讲 2106.09685"),
 "other file's title in 1772": sub(1772, "남은 회차만 보기", "남은 회차만 보기 (Segment Anything)"),
 "labelled title lost in 1769": sub(1769, "Mastering the game of Go without human knowledge", "AlphaGo Zero", count=0),
 "unlabelled OpenReview id in 1770": sub(1770, "nem cikk, de jó a memóriabecsléshez", "nem cikk https://openreview.net/forum?id=M3Y74vmsMcY"),
 "distractor title in 1774": sub(1774, "- Prochaine réunion", "- Dataset Distillation ; prochaine réunion"),
 "arxiv-text id lost in 1771": sub(1771, "1912.11370v3.pdf", "bit.pdf"),
 "link lost in 1768": sub(1768, '"https://arxiv.org/abs/1508.07909"', '"https://example.org/bpe.pdf"'),
 "OpenReview link cut in 1773": sub(1773, "forum?id=rkgNKkHtvB", "forum?id=rkgNK"),
 "arxiv-text gets a link in 1772": sub(1772, "arxivId: '2102.05918'", "arxivId: 'https://arxiv.org/abs/2102.05918'"),
 "label in the negative": exp_edit(lambda e: e[D[1776]].append(dict(e[D[1775]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1772]][5].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1768]][1].update(title="BART")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1770]][1].update(true_arxiv_id="2203.15557", arxiv_id="2203.15557")),
 "paper in two files": exp_edit(lambda e: e[D[1768]].append(dict(e[D[1773]][1]))),
 "even-position paper": exp_edit(lambda e: e[D[1775]].append({"arxiv_id": None, "openreview_id": None, "title": "REALM: Retrieval-Augmented Language Model Pre-Training", "evidence": "title-only", "true_arxiv_id": "2002.08909"})),
 "too few papers": exp_edit(lambda e: [e[D[1771]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1774]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1773])),
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
    if V: print(f"{name}:", *errs[:int(os.environ.get('BC_N', 3))], sep="\n   ")
shutil.rmtree(SCR, ignore_errors=True)
shutil.rmtree(os.path.dirname(SCR), ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
