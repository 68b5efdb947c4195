#!/usr/bin/env python3
"""Breaks a scratch copy of round171 (/tmp/round171-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round169's harness, with round171's cases; every digest is UTF-8; 1727–1729 end on a bare prompt without a final
newline, 1731 is one line without one.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round171-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1727, 1737)}
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


def recode(n, enc):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode(ENC(n))
        open(p, "wb").write(s.encode(enc))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 1727 spyql
 "1727 wc count": sub(1727, "11 leseliste.jsonl", "12 leseliste.jsonl"),
 "1727 group count": sub(1727, "gelesen     5", "gelesen     6"),
 "1727 group order": sub(1727, "gelesen     5\nläuft       2", "läuft       2\ngelesen     5"),
 "1727 pretty padding": sub(1727, "status      n", "status     n"),
 "1727 pretty rule": sub(1727, "--------  ---", "--------  --"),
 "1727 where rows": sub(1727, "offen     Configs für Barlow/BYOL ansehen                                                 \n", "", regex=False),
 "1727 where condition": sub(1727, "Bi-tuning of Pre-trained Representations                    offen ", "Bi-tuning of Pre-trained Representations                    gelesen"),
 "1727 csv quoting": sub(1727, "Barlow Twins: Self-Supervised Learning via Redundancy Reduction,https", '"Barlow Twins: Self-Supervised Learning via Redundancy Reduction",https'),
 "1727 csv rows": sub(1727, "BEiT: BERT Pre-Training of Image Transformers,https://arxiv.org/abs/2106.08254\n", ""),
 "1727 json form": sub(1727, '{"titel": "Barlow', '{"titel":"Barlow'),
 "1727 bare prompt": append(1727, "\n"),
 "1727 query form": sub(1727, "FROM json GROUP BY 1", "FROM jsonl GROUP BY 1"),
 # 1728 yaegi
 "1728 len": sub(1728, "> len(papers)\n: 8", "> len(papers)\n: 9"),
 "1728 printf bytes": sub(1728, ": {89 <nil>}", ": {88 <nil>}"),
 "1728 println bytes": sub(1728, ": {104 <nil>}", ": {103 <nil>}"),
 "1728 loop lines": sub(1728, "3. Llama 2", "4. Llama 2"),
 "1728 links": sub(1728, "> links\n: 4", "> links\n: 5"),
 "1728 struct value": sub(1728, ": {Language Models are Unsupervised Multitask Learners  OpenAI", ": {Language Models are Unsupervised Multitask Learners OpenAI"),
 "1728 statement output": sub(1728, '> import "strings"\n', '> import "strings"\n: <nil>\n'),
 "1728 println text": sub(1728, "Emergent Abilities of Large Language Models / arXiv", "Emergent Abilities of Large Language Models - arXiv"),
 "1728 no ctrl-d": sub(1728, "\n> \nminsu@", "\nminsu@"),
 "1728 append syntax": sub(1728, 'Paper{"PaLM: Scaling Language Modeling with Pathways", ', 'Paper{"PaLM: Scaling Language Modeling with Pathways" '),
 # 1729 Shlink
 "1729 pagination": sub(1729, '"itemsInCurrentPage": 11', '"itemsInCurrentPage": 10'),
 "1729 jq layout": sub(1729, '  "currentPage": 1,', '  "currentPage" : 1,'),
 "1729 tsv fields": sub(1729, "ddpm\t2024-01-29\t32\t", "ddpm 2024-01-29\t32\t"),
 "1729 tsv order": sub(1729, "motion\t2024-03-11", "motion\t2024-03-01"),
 "1729 visits": sub(1729, '"total": 24,', '"total": 25,'),
 "1729 short url": sub(1729, '"shortUrl": "https://s.example.nl/ldm"', '"shortUrl": "https://s.example.nl/ldm2"'),
 "1729 key order": sub(1729, '  "domain": null,\n  "title"', '  "title"', count=1) ,
 "1729 api key": sub(1729, 'curl -s -H "X-Api-Key: $SHLINK_API_KEY" "https://s.example.nl/rest/v3/short-urls/ldm"', 'curl -s "https://s.example.nl/rest/v3/short-urls/ldm"'),
 "1729 selection": sub(1729, "https://s.example.nl/dreambooth -> https://arxiv.org/abs/2208.12242v2\n", ""),
 "1729 post slug": sub(1729, '{"shortUrl":"https://s.example.nl/consistency"', '{"shortUrl":"https://s.example.nl/Xk2pQ"'),
 "1729 row vs object": sub(1729, "ldm\t2024-02-09\t24\t", "ldm\t2024-02-09\t23\t"),
 # 1730 ToDoList
 "1730 xml": sub(1730, "</TODOLIST>", "</TODOLST>"),
 "1730 duplicate id": sub(1730, 'ID="15"', 'ID="14"'),
 "1730 next id": sub(1730, 'NEXTUNIQUEID="16"', 'NEXTUNIQUEID="15"'),
 "1730 pos": sub(1730, 'ID="3" POS="1"', 'ID="3" POS="2"'),
 "1730 ole string": sub(1730, 'CREATIONDATESTRING="2024. 01. 08. 09:15"', 'CREATIONDATESTRING="2024. 01. 08. 09:16"'),
 "1730 done date": sub(1730, 'PERCENTDONE="100" PRIORITY="6" CREATIONDATE="45299.38541667"', 'PERCENTDONE="90" PRIORITY="6" CREATIONDATE="45299.38541667"'),
 "1730 modified before created": sub(1730, 'LASTMOD="45313.75208333" LASTMODSTRING="2024. 01. 22. 18:03"', 'LASTMOD="45290.75208333" LASTMODSTRING="2023. 12. 30. 18:03"'),
 "1730 priority": sub(1730, 'PRIORITY="8"', 'PRIORITY="11"'),
 "1730 comments type": sub(1730, ' COMMENTSTYPE="PLAIN_TEXT"/>', '/>'),
 "1730 id order": sub(1730, 'ID="2" POS="0"', 'ID="99" POS="0"'),
 # 1731 jsMind
 "1731 final newline": append(1731, "\n"),
 "1731 pretty layout": sub(1731, '{"meta":{', '{"meta": {'),
 "1731 format": sub(1731, '"format":"node_tree"', '"format":"node_array"'),
 "1731 root id": sub(1731, '"data":{"id":"root"', '"data":{"id":"wurzel"'),
 "1731 direction": sub(1731, ',"direction":"right","background-color":"#1abc9c"', ',"background-color":"#1abc9c"'),
 "1731 bad direction": sub(1731, '"direction":"left"', '"direction":"up"'),
 "1731 id form": sub(1731, '"id":"dff17a460092fed2"', '"id":"dff17a46-0092fed2"'),
 "1731 empty children": sub(1731, '"topic":"Spinning Up in Deep RL 教程","expanded":true', '"topic":"Spinning Up in Deep RL 教程","expanded":true,"children":[]'),
 # 1732 MindForger
 "1732 outline meta": sub(1732, " importance: 4/5; urgency: 3/5; progress: 60%;", ""),
 "1732 note meta": sub(1732, "## Plan <!-- Metadata: type: Note; created", "## Plan <!-- Metadata: type: Note;  created"),
 "1732 times": sub(1732, "revision: 2; modified: 2024-01-16 09:30:54;", "revision: 2; modified: 2024-02-16 09:30:54;"),
 "1732 reads": sub(1732, "reads: 6;", "reads: 1;"),
 "1732 outline latest": sub(1732, "revision: 22; modified: 2024-03-18 22:41:09;", "revision: 22; modified: 2024-03-17 22:41:09;"),
 "1732 blank line": sub(1732, "\n\n## De citit", "\n## De citit"),
 "1732 heading without meta": sub(1732, "## De citit <!-- Metadata: type: Note; created: 2024-02-26 11:12:44; reads: 7; read: 2024-03-20 21:13:45; revision: 3; modified: 2024-03-14 08:19:30; -->", "## De citit"),
 # 1733 PlDoc
 "1733 module": sub(1733, ":- module(letture_visione,", ":- modulo(letture_visione,"),
 "1733 export undefined": sub(1733, "preprint(he2015prelu, 'arXiv:1502.01852').", "preprint_id(he2015prelu, 'arXiv:1502.01852')."),
 "1733 no doc": sub(1733, "%!  tema(?Chiave:atom, ?Tema:atom) is nondet.", "%   tema(?Chiave:atom, ?Tema:atom) is nondet."),
 "1733 doc arity": sub(1733, "%!  da_leggere(?Chiave:atom, ?Titolo:string) is nondet.", "%!  da_leggere(?Chiave:atom) is nondet."),
 "1733 quote": sub(1733, "2016, 'https://arxiv.org/abs/1512.03385').", "2016, 'https://arxiv.org/abs/1512.03385)."),
 "1733 module comment": sub(1733, "/** <module> Letture", "/* Letture"),
 "1733 clauses apart": sub(1733, "\npreprint(he2015prelu, 'arXiv:1502.01852').\n", "\npreprint(he2015prelu, 'arXiv:1502.01852').\narticolo(extra, \"x\", 2020, none).\n"),
 # 1734 literate Haskell
 "1734 bird spacing": sub(1734, "Tout ce qui commence par un chevron est du code, le reste est du texte.\n\n>", "Tout ce qui commence par un chevron est du code, le reste est du texte.\n>"),
 "1734 code blank": sub(1734, "> scanLineaire :: Num a", ">scanLineaire :: Num a"),
 "1734 signature only": sub(1734, "> scanSelectif coeffs xs = tail", "> scanSelectif' coeffs xs = tail"),
 "1734 import late": sub(1734, "> scanSelectif :: Num a => [(a, a)] -> [a] -> [a]\n", "> scanSelectif :: Num a => [(a, a)] -> [a] -> [a]\n> import Data.Char (toLower)\n"),
 "1734 metadata": sub(1734, "---\ntitle:", "title:"),
 # 1735 Natural Docs
 "1735 params": sub(1735, "\t\tK - matriks kunci (n x d)\n", ""),
 "1735 function name": sub(1735, "\tFunction: polaStrided", "\tFunction: polaJarang"),
 "1735 returns": sub(1735, "\tReturns:\n\t\tNomor ember, 0 sampai b-1.\n", ""),
 "1735 brace": sub(1735, "\treturn (i, j) => Math.abs(i - j) <= w;\n}", "\treturn (i, j) => Math.abs(i - j) <= w;\n"),
 "1735 keyword": sub(1735, "\tConstant: UKURAN_BLOK", "\tKonstanta: UKURAN_BLOK"),
 "1735 start code": sub(1735, "\t\t(end)\n", ""),
 "1735 cross ref": sub(1735, "<softmaxBaris>", "<softmaks>"),
 "1735 string": sub(1735, "const UKURAN_BLOK = 4;", 'const UKURAN_BLOK = "4;'),
 # 1736 ROBODoc
 "1736 end marker": sub(1736, " * SEE ALSO\n *   grapse_csv\n ******\n", " * SEE ALSO\n *   grapse_csv\n *****\n"),
 "1736 synopsis": sub(1736, " *   int grapse_csv(const char *path, const struct deigma *d, int n, time_t t)", " *   int grapse_csv(const char *path, struct deigma *d, int n)"),
 "1736 header type": sub(1736, "/****f* gpu_power/main", "/****x* gpu_power/main"),
 "1736 name line": sub(1736, " *   diavase_ischy -- ", " *   diavase -- "),
 "1736 unknown item": sub(1736, " * BUGS\n", " * ΣΦΑΛΜΑΤΑ\n"),
 "1736 brace": sub(1736, "        n++;\n", "        n++;\n    {\n"),
 "1736 undocumented function": sub(1736, "/****f* gpu_power/grapse_csv", "/* gpu_power/grapse_csv"),
 "1736 catalogue title in the negative": sub(1736, "όχι από cron.", "όχι από cron. Deep Residual Learning for Image Recognition"),
 "1736 arXiv-shaped id in the negative": sub(1736, "2 Οκτωβρίου 2023", "2 Οκτωβρίου 2310.01234"),
 # labels
 "title-only paper gets an id in 1727": sub(1727, "ICLR 2021, Sampling der Negativen", "ICLR 2021, arXiv:2010.04592 "),
 "title-only paper gets a link in 1733": sub(1733, '"ResNeSt: Split-Attention Networks",\n         2020, none)', '"ResNeSt: Split-Attention Networks",\n         2020, \'https://arxiv.org/abs/2004.08955\')'),
 "unlabelled catalogue id in 1734": sub(1734, "(ACL 2021)", "(ACL 2021, arXiv:2106.09685)"),
 "other file's title in 1732": sub(1732, "cursul CS224N", "cursul CS224N, Consistency Models"),
 "labelled title lost in 1735": sub(1735, "- Not All Memories are Created Equal: Learning to Forget by Expiring -", "- Expire-Span -"),
 "unlabelled OpenReview id in 1730": sub(1730, 'FILEREFPATH="https://huggingface.co/docs/peft/index"', 'FILEREFPATH="https://openreview.net/forum?id=M3Y74vmsMcY"'),
 "distractor title in 1729": sub(1729, "Opname sessie 3 (alleen intern)", "LoRA+: Efficient Low Rank Adaptation of Large Models", count=0),
 "arxiv-text id lost in 1728": sub(1728, "arXiv:2206.07682, TMLR", "Wei et al., TMLR", count=0),
 "link lost in 1731": sub(1731, "https://arxiv.org/abs/2204.01691", "https://say-can.example.org/"),
 "OpenReview link cut in 1735": sub(1735, "pdf?id=qVyeW-grC2k", "pdf?id=qVyeW"),
 "arxiv-text gets a link in 1729": sub(1729, "(arXiv:2211.09800)", "(https://arxiv.org/abs/2211.09800)", count=0),
 "label in the negative": exp_edit(lambda e: e[D[1736]].append(dict(e[D[1735]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1731]][5].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1732]][3].update(title="Electric")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1727]][1].update(true_arxiv_id="2006.07734", arxiv_id="2006.07734")),
 "paper in two files": exp_edit(lambda e: e[D[1728]].append(dict(e[D[1733]][1]))),
 "even-position paper": exp_edit(lambda e: e[D[1733]].append({"arxiv_id": None, "openreview_id": None, "title": "Big Bird: Transformers for Longer Sequences", "evidence": "title-only", "true_arxiv_id": "2007.14062"})),
 "too few papers": exp_edit(lambda e: [e[D[1730]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1729]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1734])),
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
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
