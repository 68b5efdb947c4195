#!/usr/bin/env python3
"""Breaks a scratch copy of round173 (/tmp/round173-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round171's harness, with round173's cases; every digest is UTF-8; the pasted terminals 1747, 1749,
1750, 1754, 1755 and 1756 end on a bare prompt without a final newline, 1748 (JSON.stringify) has none; 1751–1753
end with one.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round173-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1747, 1757)}
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
 # 1747 Node.js REPL
 "1747 push echo": sub(1747, "Kaplan' })\n2\n", "Kaplan' })\n3\n"),
 "1747 length": sub(1747, "> papers.length\n9", "> papers.length\n8"),
 "1747 arxiv filter": sub(1747, ".length\n4\n", ".length\n5\n"),
 "1747 loop line": sub(1747, "\n3. Switch Transformers", "\n4. Switch Transformers"),
 "1747 loop undefined": sub(1747, "(repo, không phải bài báo)\nundefined\n", "(repo, không phải bài báo)\n"),
 "1747 inspect one line": sub(1747, "> papers[1]\n{\n  title: 'Training Compute-Optimal Large Language Models',\n", "> papers[1]\n{ title: 'Training Compute-Optimal Large Language Models',\n"),
 "1747 declaration echo": sub(1747, "> const papers = []\nundefined\n", "> const papers = []\n"),
 "1747 wc bytes": sub(1747, "1689 danh-sach.json", "1690 danh-sach.json"),
 "1747 welcome version": sub(1747, "Welcome to Node.js v20.11.1.", "Welcome to Node.js v20.10.0."),
 "1747 no exit": sub(1747, "> .exit\n", ""),
 "1747 push syntax": sub(1747, "papers.push({ title: 'Scaling Laws for Neural Language Models', url:", "papers.push({ title: 'Scaling Laws for Neural Language Models' url:"),
 "1747 bare prompt": append(1747, "\n"),
 # 1748 Simple Tab Groups
 "1748 layout": sub(1748, '  "version": "5.2",', '  "version":"5.2",'),
 "1748 final newline": append(1748, "\n"),
 "1748 group ids": sub(1748, '      "id": 2,', '      "id": 5,'),
 "1748 last position": sub(1748, '"lastCreatedGroupPosition": 3', '"lastCreatedGroupPosition": 2'),
 "1748 two main groups": sub(1748, '"isMain": false', '"isMain": true'),
 "1748 arxiv tab title": sub(1748, '"title": "[2102.05918] ', '"title": "'),
 "1748 tab keys": sub(1748, '          "cookieStoreId": "firefox-default"\n', '          "cookieStore": "firefox-default"\n'),
 "1748 icon colour": sub(1748, '"iconColor": "green"', '"iconColor": "zelená"'),
 "1748 does not parse": sub(1748, '"pinnedTabs": [', '"pinnedTabs": [,'),
 # 1749 Spotify
 "1749 total": sub(1749, '"total": 57,', '"total": 3,'),
 "1749 next": sub(1749, "episodes?offset=5&limit=5&market=BR", "episodes?offset=6&limit=5&market=BR"),
 "1749 date order": sub(1749, '"release_date": "2024-02-27"', '"release_date": "2024-03-27"', count=0),
 "1749 id form": sub(1749, '"id": "BylAVUtoX6Pbto1dBzx9yl"', '"id": "BylAVUtoX6Pbto1dBzx9y"'),
 "1749 jq layout": sub(1749, '  "limit": 5,', '  "limit" : 5,'),
 "1749 no token": sub(1749, 'curl -s -H "Authorization: Bearer $TOKEN" "https://api.spotify.com/v1/episodes/2G6', 'curl -s "https://api.spotify.com/v1/episodes/2G6'),
 "1749 episode name": sub(1749, "2024-03-12\nNeste", "2024-03-11\nNeste"),
 "1749 unknown episode": sub(1749, "v1/episodes/Vx3ZmiItuwjvSOeDGandde", "v1/episodes/Vx3ZmiItuwjvSOeDGanddX"),
 "1749 bare prompt": append(1749, "\n"),
 # 1750 Teedy
 "1750 login": sub(1750, "/api/user/login\n200\n", "/api/user/login\n403\n"),
 "1750 total": sub(1750, "@tsv)'\n11\n", "@tsv)'\n12\n"),
 "1750 order": sub(1750, "2024-01-11\tManual", "2024-01-08\tManual"),
 "1750 tsv fields": sub(1750, "\tclasicos\n2024-01-11", " clasicos\n2024-01-11"),
 "1750 selection": sub(1750, 'test("Residual|Rectifiers|Sharpness|Universal")', 'test("Residual|Rectifiers|Sharpness|Universal|Smooth")'),
 "1750 compact": sub(1750, '{"id":"539c212a', '{"id": "539c212a'),
 "1750 uuid": sub(1750, "539c212a-1a1a-455a-8ba7-aa75ed7b0587", "539c212a-1a1a-155a-8ba7-aa75ed7b0587"),
 "1750 key order": sub(1750, '"identifier":null,"source":"https://arxiv.org/abs/1512.03385"', '"source":"https://arxiv.org/abs/1512.03385","identifier":null'),
 "1750 no cookie": sub(1750, "do curl -s -b ~/.teedy.cookies ", "do curl -s "),
 # 1751 Vue SFC
 "1751 block order": sub(1751, "<style scoped>", "<style>"),
 "1751 script bracket": sub(1751, "  return null\n}", "  return null\n"),
 "1751 string": sub(1751, "presenter: '佐藤'", "presenter: '佐藤"),
 "1751 dates": sub(1751, "date: '2024-05-16'", "date: '2024-05-15'"),
 "1751 keys": sub(1751, "arxiv: '2308.03688', venue:", "arxivId: '2308.03688', venue:"),
 "1751 template nesting": sub(1751, "      </li>\n    </ol>", "    </ol>"),
 "1751 component import": sub(1751, "import PaperCard from '@/components/PaperCard.vue'\n", ""),
 "1751 v-for": sub(1751, 'v-for="l in links"', 'v-for="l in odkazy"'),
 "1751 css": sub(1751, "  color: #666;\n}", "  color: #666;\n"),
 # 1752 Srcbook
 "1752 metadata": sub(1752, '<!-- srcbook:{"language":"typescript"', '<!-- srcbook:{"lang":"typescript"'),
 "1752 fence lang": sub(1752, "###### koszt.ts\n\n```typescript", "###### koszt.ts\n\n```ts"),
 "1752 package first": sub(1752, "###### package.json", "###### package-lock.json"),
 "1752 import": sub(1752, "from './artykuly.ts'", "from './prace.ts'"),
 "1752 table": sub(1752, "| 4096 | 2147.5 |", "| 4096 | 2147.4 |"),
 "1752 constant": sub(1752, "const D = 64;", "const D = 128;"),
 "1752 fence open": sub(1752, "];\n```\n", "];\n"),
 "1752 bracket": sub(1752, "  rodzaj: Rodzaj;\n", "  rodzaj: Rodzaj;\n  {\n"),
 # 1753 Evidence
 "1753 front matter": sub(1753, "---\ntitle:", "title:"),
 "1753 query reference": sub(1753, "from ${artiklar}\ngroup by", "from ${lista}\ngroup by"),
 "1753 query order": sub(1753, "```sql sammanfattning", "```sql artiklar"),
 "1753 values width": sub(1753, "(9, 'GPTQ", "(9, 9, 'GPTQ"),
 "1753 undefined data": sub(1753, "<BarChart data={per_status}", "<BarChart data={status}"),
 "1753 each": sub(1753, "{/each}\n", "\n"),
 "1753 unnamed sql": sub(1753, "```sql per_status", "```sql"),
 "1753 component": sub(1753, "<BigValue data={sammanfattning} value=lasta", "<StorSiffra data={sammanfattning} value=lasta"),
 # 1754 nbb
 "1754 edn key": sub(1754, '  :arxiv "1301.3781"', '  :arxiv-id "1301.3781"'),
 "1754 edn string": sub(1754, ':yil 2018\n  :not "ELMo', ':yil 2018\n  :not ELMo'),
 "1754 def echo": sub(1754, "#'user/makaleler", "#'user/makale"),
 "1754 count": sub(1754, "(count makaleler)\n9", "(count makaleler)\n8"),
 "1754 filter count": sub(1754, "(count (filter :url makaleler))\n5", "(count (filter :url makaleler))\n4"),
 "1754 doseq nil": sub(1754, "3. baskı taslağı; kitap)\nnil\n", "3. baskı taslağı; kitap)\n"),
 "1754 remove list": sub(1754, '("Deep contextualized word representations" ', '("Deep contextualized word representations", '),
 "1754 wc bytes": sub(1754, "1611 okuma-min.edn", "1609 okuma-min.edn"),
 "1754 prompt": sub(1754, "\nuser=> \nelif@", "\nelif@"),
 "1754 vector": sub(1754, '"ders kitabı, bölüm 6 ve 11"}]', '"ders kitabı, bölüm 6 ve 11"}'),
 # 1755 Parse Server
 "1755 headers": sub(1755, 'curl -s -X POST -H "X-Parse-Application-Id: lukulista" -H "X-Parse-REST-API-Key: $PARSE_REST_KEY"', 'curl -s -X POST -H "X-Parse-Application-Id: lukulista"'),
 "1755 tsv fields": sub(1755, "luettu\tEfficientNet", "luettu EfficientNet"),
 "1755 tila": sub(1755, "kesken\tSegment", "puolivälissä\tSegment"),
 "1755 post answer": sub(1755, '{"objectId":"DHVJeFz5yY","createdAt":"2024-03-19T10:42:07.318Z"}', '{"objectId":"DHVJeFz5yY"}'),
 "1755 object id": sub(1755, '  "objectId": "DHVJeFz5yY"', '  "objectId": "DHVJeFz5yZ"'),
 "1755 created": sub(1755, '  "createdAt": "2024-03-19T10:42:07.318Z"', '  "createdAt": "2024-03-19T10:42:08.318Z"'),
 "1755 field differs": sub(1755, '  "tila": "lukematta",', '  "tila": "luettu",'),
 "1755 key order": sub(1755, '  "updatedAt": "2024-03-19T10:42:07.318Z",\n  "objectId": "DHVJeFz5yY"', '  "objectId": "DHVJeFz5yY",\n  "updatedAt": "2024-03-19T10:42:07.318Z"'),
 "1755 count": sub(1755, '"count":9}', '"count":8}'),
 # 1756 numbat
 "1756 nvidia-smi index": sub(1756, "\n3, NVIDIA", "\n4, NVIDIA"),
 "1756 numbat value": sub(1756, "= 403.2 kWh", "= 403.3 kWh"),
 "1756 numbat dimension": sub(1756, "= 7.28 kW    [Power]", "= 7.28 kW    [Energy]"),
 "1756 numbat echo": sub(1756, "  8 × 700 watt × 72 hour ➞ kilowatt_hour", "  8 × 700 W × 72 h ➞ kWh"),
 "1756 numbat ans": sub(1756, "    = 524.16 kWh", "    = 524.17 kWh"),
 "1756 numbat quit": sub(1756, ">>> quit\n", ""),
 "1756 numbat blank": sub(1756, "    = 393.12 kg    [Mass]\n\n", "    = 393.12 kg    [Mass]\n"),
 "1756 catalogue title in the negative": sub(1756, "(лист від 14.02)", "(лист від 14.02; Segment Anything)"),
 "1756 arXiv-shaped id in the negative": sub(1756, "(лист від 14.02)", "(лист 2402.01234)"),
 # labels
 "title-only paper gets an id in 1747": sub(1747, "phi-1, d", "phi-1, arXiv:2306.11644, d"),
 "title-only paper gets a link in 1755": sub(1755, "Tuomas esittelee seminaarissa", "https://arxiv.org/abs/2103.14338"),
 "unlabelled catalogue id in 1753": sub(1753, "_Senast uppdaterad av Olof Lindqvist._", "_Senast uppdaterad av Olof Lindqvist (arXiv:2106.09685)._"),
 "other file's title in 1752": sub(1752, "Promotor prosił też", "Promotor (Consistency Models) prosił też"),
 "labelled title lost in 1751": sub(1751, "title: 'Evolving Reinforcement Learning Algorithms'", "title: 'Evolving RL'"),
 "unlabelled OpenReview id in 1750": sub(1750, "pedir a Andrés", "https://openreview.net/forum?id=M3Y74vmsMcY pedir a Andrés"),
 "distractor title in 1749": sub(1749, "Edição: Lia Moreira.", "Edição: Lia Moreira. Latent Consistency Models: Synthesizing High-Resolution Images with Few-Step Inference"),
 "arxiv-text id lost in 1748": sub(1748, "2004.11362v5.pdf", "supcon.pdf"),
 "link lost in 1754": sub(1754, "https://arxiv.org/abs/2011.03459", "https://example.org/cqd"),
 "OpenReview link cut in 1749": sub(1749, "forum?id=PxTIG12RRHS", "forum?id=PxTIG"),
 "arxiv-text gets a link in 1751": sub(1751, "arxiv: '2308.03688'", "arxiv: 'https://arxiv.org/abs/2308.03688'"),
 "label in the negative": exp_edit(lambda e: e[D[1756]].append(dict(e[D[1755]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1751]][5].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1754]][3].update(title="BART")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1747]][1].update(true_arxiv_id="2203.15557", arxiv_id="2203.15557")),
 "paper in two files": exp_edit(lambda e: e[D[1748]].append(dict(e[D[1753]][1]))),
 "even-position paper": exp_edit(lambda e: e[D[1753]].append({"arxiv_id": None, "openreview_id": None, "title": "Big Bird: Transformers for Longer Sequences", "evidence": "title-only", "true_arxiv_id": "2007.14062"})),
 "too few papers": exp_edit(lambda e: [e[D[1750]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1749]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1752])),
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
