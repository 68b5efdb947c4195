#!/usr/bin/env python3
"""Breaks a scratch copy of round177 (/tmp/round177-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round175's harness, with round177's cases; every digest is UTF-8; the pasted terminals 1787, 1788 and
1790 end on a bare prompt without a final newline, 1794 (OpenRefine's template suffix) has none; the others end with
one.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round177-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1787, 1797)}
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


def both(*fns):
    def fn(root):
        for g in fns: g(root)
    return fn


def append(n, extra):
    def fn(root):
        with open(os.path.join(root, "digests", D[n]), "ab") as fh: fh.write(extra.encode(ENC(n)))
    return fn


def drop_first_line(n):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, encoding="utf-8").read()
        open(p, "w", encoding="utf-8").write(s.split("\n", 1)[1])
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 1787 GNU ed
 "1787 byte count": sub(1787, "literatura.txt\n1390\n", "literatura.txt\n1391\n"),
 "1787 ,n numbering": sub(1787, "\n5\t[~] Deep", "\n6\t[~] Deep"),
 "1787 failed search": sub(1787, "*/Radford/\n?\n", "*/Radford/\n"),
 "1787 h message": sub(1787, "\nNo match\n", "\nno match\n"),
 "1787 s///p line": sub(1787, "\n[~] Language Models are Unsupervised", "\n[ ] Language Models are Unsupervised"),
 "1787 g/re/n lines": sub(1787, "*g/^\\[x\\]/n\n3\t", "*g/^\\[x\\]/n\n2\t"),
 "1787 $=": sub(1787, "*$=\n13\n", "*$=\n12\n"),
 "1787 w bytes": sub(1787, "*w\n1610\n", "*w\n1609\n"),
 "1787 no q": sub(1787, "*q\n", ""),
 "1787 input mode": sub(1787, "ELMo\n.\n*g/", "ELMo\n*g/"),
 "1787 grep count": sub(1787, "literatura.txt\n4\n", "literatura.txt\n5\n"),
 "1787 bare prompt": append(1787, "\n"),
 # 1788 clingo
 "1788 version line": sub(1788, "clingo version 5.6.2\nReading from leituras.lp\nSolving...\nAnswer", "clingo 5.6.2\nReading from leituras.lp\nSolving...\nAnswer"),
 "1788 Reading from": sub(1788, "Reading from leituras.lp\nSolving...\nAnswer", "Reading from leituras.lp ...\nSolving...\nAnswer"),
 "1788 a week missing": sub(1788, r' \(8,"[^"]*","Diego"\)', "", regex=True),
 "1788 presenter twice running": sub(1788, '(3,"Evolving Reinforcement Learning Algorithms","Ana")', '(3,"Evolving Reinforcement Learning Algorithms","Bruno")'),
 "1788 preference broken": sub(1788, '(5,"Mastering the game of Go without human knowledge","Diego")', '(5,"Mastering the game of Go without human knowledge","Ana")'),
 "1788 depois broken": both(sub(1788, '(1,"Decision', '(2,"Decision'), sub(1788, '(2,"Offline', '(1,"Offline')),
 "1788 model count": sub(1788, "Models       : 826560", "Models       : 826561"),
 "1788 Models 1+": sub(1788, "Models       : 1+", "Models       : 1"),
 "1788 unknown rule": sub(1788, ":- apresenta(S, P), apresenta(S+1, P).", ":- apresenta(S, P), apresenta(S+2, P)."),
 "1788 statement without dot": sub(1788, "depois(tt, dt).", "depois(tt, dt)"),
 "1788 unterminated string": sub(1788, 'pessoa("Ana"; "Bruno"', 'pessoa("Ana; "Bruno"'),
 "1788 solving time": sub(1788, "Time         : 0.014s (Solving: 0.00s", "Time         : 0.014s (Solving: 0.50s"),
 "1788 unavailable week": sub(1788, 'indisponivel("Camila", 6).', 'indisponivel("Camila", 7).'),
 "1788 bare prompt": append(1788, "\n"),
 # 1789 DB Browser for SQLite
 "1789 no BEGIN": drop_first_line(1789),
 "1789 tab layout": sub(1789, '\t"titulo"\tTEXT NOT NULL,', '\t"titulo" TEXT NOT NULL,'),
 "1789 missing comma": sub(1789, '\t"notas"\tTEXT,\n', '\t"notas"\tTEXT\n'),
 "1789 insert columns": sub(1789, '("id","titulo","enlace",', '("id","title","enlace",'),
 "1789 value count": sub(1789, ",2015,'articulo','leido',1,'ICCV", ",2015,'articulo','leido','ICCV"),
 "1789 CHECK": sub(1789, "'leyendo',3,'Escalado", "'en curso',3,'Escalado"),
 "1789 NOT NULL": sub(1789, "(4,'2024-02-28',5,", "(4,'2024-02-28',NULL,"),
 "1789 foreign key": sub(1789, "(7,'2024-03-20',6,", "(7,'2024-03-20',10,"),
 "1789 ids not rising": sub(1789, "VALUES (12,'Papers", "VALUES (9,'Papers"),
 "1789 integer type": sub(1789, ",2019,'articulo'", ",'2019','articulo'"),
 "1789 weekly dates": sub(1789, "'2024-03-20'", "'2024-03-21'"),
 "1789 UNIQUE": sub(1789, "VALUES (5,'Pablo Ortega')", "VALUES (5,'Marta Ruiz')"),
 "1789 index column": sub(1789, '\t"estado"\n);\nCOMMIT;', '\t"status"\n);\nCOMMIT;'),
 "1789 stray quote": sub(1789, "'Base de todo el bloque;", "'Base de todo el bloque's;"),
 # 1790 Semantic MediaWiki
 "1790 continue offset": sub(1790, '"query-continue-offset": 5,', '"query-continue-offset": 6,'),
 "1790 meta count": sub(1790, '"count": 5,', '"count": 4,'),
 "1790 printrequest label": sub(1790, '"label": "Odkaz",\n        "key": "Odkaz"', '"label": "Link",\n        "key": "Odkaz"'),
 "1790 fullurl": sub(1790, '%C4%8Cl%C3%A1nek:Reformer"', '%C4%8Cl%C3%A1nek:Reformer_"'),
 "1790 date timestamp": sub(1790, '"timestamp": "1709078400"', '"timestamp": "1709078401"'),
 "1790 sort order": both(sub(1790, '"timestamp": "1709078400"', '"timestamp": "1707868800"'), sub(1790, '"raw": "1/2024/2/28"', '"raw": "1/2024/2/14"')),
 "1790 namespace": sub(1790, '"namespace": 3000,', '"namespace": 3002,'),
 "1790 tsv offset": sub(1790, "|limit=5|offset=5'", "|limit=5|offset=6'"),
 "1790 tsv order": sub(1790, "1/2024/4/3\t", "1/2024/4/30\t"),
 "1790 jq layout": sub(1790, '"version": 2,', '"version" : 2,'),
 "1790 uri value": sub(1790, '"http://nlp.seas.harvard.edu/annotated-transformer/"', '"nlp.seas.harvard.edu/annotated-transformer/"'),
 "1790 bare prompt": append(1790, "\n"),
 # 1791 GNOME Planner
 "1791 end": sub(1791, 'end="20240904T170000Z"', 'end="20240904T160000Z"'),
 "1791 work-start": sub(1791, 'work-start="20240903T080000Z"', 'work-start="20240903T090000Z"'),
 "1791 summary work": sub(1791, 'work="158400"', 'work="158000"'),
 "1791 summary percent": sub(1791, 'percent-complete="68"', 'percent-complete="70"'),
 "1791 start after predecessor": sub(1791, 'start="20240913T170000Z" end="20240920T170000Z"', 'start="20240914T170000Z" end="20240920T170000Z"'),
 "1791 milestone work": sub(1791, 'work="0" start="20240920T170000Z"', 'work="3600" start="20240920T170000Z"'),
 "1791 predecessor ref": sub(1791, 'predecessor-id="11"', 'predecessor-id="99"'),
 "1791 allocation ref": sub(1791, '<allocation task-id="12"', '<allocation task-id="14"'),
 "1791 attribute order": sub(1791, 'percent-complete="100" priority="0"', 'priority="0" percent-complete="100"'),
 "1791 indentation": sub(1791, '\n      <task id="2"', '\n     <task id="2"'),
 "1791 XML": sub(1791, "</project>", "</projekt>"),
 "1791 intervals": sub(1791, '<interval start="1300" end="1700"/>', '<interval start="1100" end="1700"/>'),
 "1791 summary allocated": sub(1791, '    <allocation task-id="2" ', '    <allocation task-id="1" resource-id="1" units="100"/>\n    <allocation task-id="2" '),
 # 1792 Blazor
 "1792 @page": sub(1792, '@page "/rinko"', "@page rinko"),
 "1792 brace after @foreach": sub(1792, "@foreach (var s in Shown)\n        {\n", "@foreach (var s in Shown)\n"),
 "1792 record field": sub(1792, "@s.Presenter", "@s.Speaker"),
 "1792 member": sub(1792, "@RowClass(s)", "@RowStyle(s)"),
 "1792 @bind": sub(1792, '@bind="onlyUpcoming"', '@bind="upcoming"'),
 "1792 else": sub(1792, "                    else\n", "                    elsewise\n"),
 "1792 html nesting": sub(1792, "</td>\n                <td>@s.Memo</td>", "\n                <td>@s.Memo</td>"),
 "1792 entry arity": sub(1792, ', null, "CLIP。', ', "CLIP。'),
 "1792 null presenter": sub(1792, '"佐藤", "Learning', 'null, "Learning'),
 "1792 dates": sub(1792, "new DateOnly(2024, 5, 9)", "new DateOnly(2024, 5, 10)"),
 "1792 code braces": sub(1792, "    };\n\n    private readonly (string", "\n\n    private readonly (string"),
 "1792 @code not last": append(1792, "<p>fin</p>\n"),
 # 1793 Gorilla REPL
 "1793 header": sub(1793, ";; gorilla-repl.fileformat = 1", ";; gorilla-repl.fileformat = 2"),
 "1793 count": sub(1793, "<span class='clj-long'>10</span>\",\"value\":\"10\"", "<span class='clj-long'>9</span>\",\"value\":\"9\""),
 "1793 content vs value": sub(1793, "<span class='clj-long'>10</span>", "<span class='clj-long'>11</span>"),
 "1793 frequencies value": sub(1793, '"value":"{:okundu 4, :okunuyor 3, :okunacak 3}"', '"value":"{:okundu 4, :okunacak 3, :okunuyor 3}"'),
 "1793 var ns": sub(1793, "#'quiet-harbor/makaleler\"", "#'quiet-harbour/makaleler\""),
 "1793 console line": sub(1793, ";;; Emergent Abilities of Large Language Models\n;;; \n;; <-", ";;; \n;; <-"),
 "1793 bare console line": sub(1793, ";;; \n;; <-", ";; <-"),
 "1793 segment separation": sub(1793, ";; <=\n\n;; @@\n(count", ";; <=\n;; @@\n(count"),
 "1793 markdown prefix": sub(1793, ";;; ## Komite", "## Komite"),
 "1793 compact JSON": sub(1793, '{"type":"html","content":"<span class=\'clj-long\'>10', '{"type": "html","content":"<span class=\'clj-long\'>10'),
 "1793 data change": sub(1793, ':durum :okundu\n    :not "kalibrasyon', ':durum :okunacak\n    :not "kalibrasyon'),
 "1793 span class": sub(1793, "<span class='clj-nil'>nil</span>", "<span class='clj-null'>nil</span>"),
 "1793 unreadable data": sub(1793, ":baglanti nil\n    :konu :saglamlik", ":baglanti\n    :konu :saglamlik"),
 # 1794 OpenRefine
 "1794 final newline": append(1794, "\n"),
 "1794 prefix": sub(1794, '{\n  "rows" : [', '{\n  "rows": ['),
 "1794 row template": sub(1794, '"Năm" : 2020,', '"Năm": 2020,'),
 "1794 year type": sub(1794, '"Năm" : 2020,', '"Năm" : "2020",'),
 "1794 columns": sub(1794, '"Ghi chú" : "mã JAX', '"Ghi chu" : "mã JAX'),
 "1794 does not parse": sub(1794, '"Năm" : 2024,', '"Năm" : 2024,,'),
 "1794 escapable character": sub(1794, '"email"', '"e\u2014mail"'),
 "1794 link": sub(1794, '"https://srush.github.io/annotated-s4/"', '"srush.github.io/annotated-s4/"'),
 # 1795 Power Query M
 "1795 row arity": sub(1795, ', 2020, "artykuł", "przeczytane", "Kasia", "punkt', ', 2020, "artykuł", "Kasia", "punkt'),
 "1795 Int64 value": sub(1795, '"https://arxiv.org/abs/2006.11239", 2020,', '"https://arxiv.org/abs/2006.11239", "2020",'),
 "1795 unknown column": sub(1795, 'each ([Typ] = "artykuł")', 'each ([Rodzaj] = "artykuł")'),
 "1795 step chain": sub(1795, 'Table.Sort(#"Przefiltrowano wiersze",', 'Table.Sort(#"Zmieniono typ",'),
 "1795 undefined step": sub(1795, 'Table.SelectRows(#"Dodano kolumnę niestandardową",', 'Table.SelectRows(#"Dodano kolumnę",'),
 "1795 in": sub(1795, 'in\n    #"Posortowano wiersze"', 'in\n    #"Przefiltrowano wiersze"'),
 "1795 bracket": sub(1795, '{"Tytuł", Order.Ascending}})', '{"Tytuł", Order.Ascending})'),
 "1795 string": sub(1795, '"Kasia", "przegląd; nie artykuł"', '"Kasia", "przegląd; nie artykuł'),
 "1795 sort key": sub(1795, '{"Rok", Order.Ascending}', '{"Rok", Order.Up}'),
 "1795 type change column": sub(1795, '{"Uwagi", type text}', '{"Notatki", type text}'),
 "1795 layout": sub(1795, '\n    #"Zmieniono typ"', '\n#"Zmieniono typ"'),
 # 1796 xaringan
 "1796 output": sub(1796, "  xaringan::moon_reader:", "  html_document:"),
 "1796 GPU total": sub(1796, "**14**", "**15**"),
 "1796 hours total": sub(1796, "**2400**", "**2300**"),
 "1796 property after content": sub(1796, "# Kysymyksiä?\n", "# Kysymyksiä?\n\nclass: inverse\n"),
 "1796 notes twice": sub(1796, "Muista mainita", "???\n\nMuista mainita"),
 "1796 .class[ bracket": sub(1796, "]\n\n.pull-right[", "\n\n.pull-right["),
 "1796 code fence": sub(1796, "jumiin\n```\n", "jumiin\n"),
 "1796 table row": sub(1796, "| koivu | 2 × L40S | 48 Gt | 300 |", "| koivu | 2 × L40S | 48 Gt |"),
 "1796 YAML quote": sub(1796, 'title: "Tervetuloa ryhmän laskentaklusterille"', 'title: "Tervetuloa ryhmän laskentaklusterille'),
 "1796 catalogue title in the negative": sub(1796, "jonot hoitaa Slurm.", "jonot hoitaa Slurm (ks. Segment Anything)."),
 "1796 arXiv-shaped id in the negative": sub(1796, "(ke 14.2. klo 8-16)", "(ke 2402.12345)"),
 # labels
 "title-only paper gets an id in 1787": sub(1787, "EMNLP 2019, для розділу", "arXiv:1908.10084, EMNLP 2019, для розділу"),
 "title-only paper gets a link in 1795": sub(1795, '"Tomek", "CVPR 2023; edycja', '"Tomek", "https://arxiv.org/abs/2211.09800 CVPR 2023; edycja'),
 "unlabelled catalogue id in 1789": sub(1789, "'Atención por grupos (split-attention).'", "'Atención por grupos (split-attention); ver 2201.03545.'"),
 "other file's title in 1792": sub(1792, "これからの回だけ表示", "これからの回だけ表示 (Segment Anything)"),
 "labelled title lost in 1790": sub(1790, "Long Range Arena: A Benchmark for Efficient Transformers", "LRA", count=0),
 "unlabelled OpenReview id in 1791": sub(1791, "Rum 4312, ta med utskrift.", "Rum 4312 https://openreview.net/forum?id=qVyeW-grC2k"),
 "distractor title in 1793": sub(1793, ";;; - SAM ve kalibrasyon", ";;; - Dataset Distillation; SAM ve kalibrasyon"),
 "arxiv-text id lost in 1794": sub(1794, "arXiv:2008.07669", "arXiv"),
 "link lost in 1788": sub(1788, '"https://arxiv.org/abs/2106.01345"', '"https://example.org/dt.pdf"'),
 "OpenReview link cut in 1790": sub(1790, "forum?id=rkgNKkHtvB", "forum?id=rkgNK", count=0),
 "arxiv-text gets a link in 1789": sub(1789, "NULL,'2106.10270'", "NULL,'https://arxiv.org/abs/2106.10270'"),
 "label in the negative": exp_edit(lambda e: e[D[1796]].append(dict(e[D[1795]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1792]][5].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1788]][1].update(title="Decision Transformer")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1791]][0].update(true_arxiv_id="2001.08362", arxiv_id="2001.08362")),
 "paper in two files": exp_edit(lambda e: e[D[1787]].append(dict(e[D[1790]][1]))),
 "even-position paper": exp_edit(lambda e: e[D[1794]].append({"arxiv_id": None, "openreview_id": None, "title": "REALM: Retrieval-Augmented Language Model Pre-Training", "evidence": "title-only", "true_arxiv_id": "2002.08909"})),
 "too few papers": exp_edit(lambda e: [e[D[1789]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1793]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1791])),
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
