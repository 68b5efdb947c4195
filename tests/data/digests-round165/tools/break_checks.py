#!/usr/bin/env python3
"""Breaks a scratch copy of round165 (/tmp/round165-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round163's harness, with round165's cases; every digest is UTF-8; 1667, 1668, 1669 and 1670 end on a
bare prompt without a final newline.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round165-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1667, 1677)}
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
 # 1667 xapers
 "1667 count": sub(1667, "tag:dyfuzja\n10\n", "tag:dyfuzja\n11\n"),
 "1667 summary line": sub(1667, 'id:9 [] {audio dyfuzja}', 'id:9 {audio dyfuzja}'),
 "1667 ids order": sub(1667, "id:14 [] {dyfuzja edycja}", "id:4 [] {dyfuzja edycja}"),
 "1667 tags unsorted": sub(1667, "{dyfuzja podstawy przeczytane}", "{podstawy dyfuzja przeczytane}"),
 "1667 tag list": sub(1667, "\nsterowanie\n", "\n"),
 "1667 bibtex title": sub(1667, '    title = "Consistency Models",', '    title = "Consistency models (v2)",'),
 "1667 bibtex eprint": sub(1667, '    eprint = "2302.05543",', '    eprint = "2302.05534",'),
 "1667 bibtex comma": sub(1667, '    url = "https://arxiv.org/pdf/2303.01469v2"\n}', '    url = "https://arxiv.org/pdf/2303.01469v2",\n}'),
 "1667 bibtex entry lost": sub(1667, r"\n@article\{song2023,.*?\n\}", "", regex=True),
 "1667 files": sub(1667, "/0000000014/instructpix2pix.pdf", "/0000000014/ip2p.pdf"),
 "1667 final newline": append(1667, "\n"),
 # 1668 roqet
 "1668 result count": sub(1668, "roqet: Query returned 5 results\nondrej", "roqet: Query returned 4 results\nondrej"),
 "1668 table padding": sub(1668, "| integer(2018) |", "| integer(2018)|"),
 "1668 table order": sub(1668, "integer(2018) |", "integer(2021) |"),
 "1668 header": sub(1668, "roqet: Running query from file precteno.rq\n", ""),
 "1668 result line": sub(1668, 'result: [clanek=uri<http://cteni.example.cz/c/11>, id=string("arXiv:1802.05365")]', 'result: clanek=uri<http://cteni.example.cz/c/11>, id="arXiv:1802.05365"'),
 "1668 count too small": sub(1668, "result: [n=integer(8)]", "result: [n=integer(3)]"),
 "1668 table vars": sub(1668, "| clanek                                | nazev", "| clanky                                | nazev"),
 # 1669 toot
 "1669 id time": sub(1669, "ID 112042542563365428", "ID 112042542563365429000"),
 "1669 header time": sub(1669, "@pau@mastodon.example.es                             2024-03-05 08:31", "@pau@mastodon.example.es                             2024-03-05 08:32"),
 "1669 header width": sub(1669, "Pau Ferrer @pau@mastodon.example.es                             2024", "Pau Ferrer @pau@mastodon.example.es                              2024"),
 "1669 long line": sub(1669, "tiene toda la parte de RLHF bien documentada. Y para probar en local está\nllama.cpp:", "tiene toda la parte de RLHF bien documentada. Y para probar en local está llama.cpp:"),
 "1669 scheme shown": sub(1669, "arxiv.org/abs/2303.18223 es", "https://arxiv.org/abs/2303.18223 es"),
 "1669 link not cut": sub(1669, "huggingface.co/spaces/open-llm…", "huggingface.co/spaces/open-llm-leaderboard"),
 "1669 count": sub(1669, "--count 5", "--count 6"),
 "1669 reply unknown": sub(1669, "  ↲ In reply to 112036656381963302\n", "  ↲ In reply to 112036656381963303\n"),
 "1669 timeline order": sub(1669, "ID 112042542563365428", "ID 112036542563365428"),
 "1669 rule": sub(1669, "─" * 80 + "\nmarisol@portatil:~$ toot thread", "─" * 79 + "\nmarisol@portatil:~$ toot thread"),
 # 1670 selfoss
 "1670 starred count": sub(1670, '"starred":5}', '"starred":6}'),
 "1670 not compact": sub(1670, '{"total":2318,', '{"total": 2318,'),
 "1670 tsv order": sub(1670, "19301\t2024-02-28T06:30:00-03:00", "19301\t2024-03-08T06:30:00-03:00"),
 "1670 item key order": sub(1670, '  "unread": false,\n  "starred": true,\n  "source": "12",', '  "starred": true,\n  "unread": false,\n  "source": "12",'),
 "1670 item != row": sub(1670, '"sourcetitle": "Boletim Aprendizado de Máquina BR"', '"sourcetitle": "Boletim AM"'),
 "1670 jq layout": sub(1670, '  "thumbnail": "",\n  "icon": "c06f5e18.png"', '   "thumbnail": "",\n  "icon": "c06f5e18.png"'),
 "1670 wrong source": sub(1670, '  "source": "7",', '  "source": "8",'),
 "1670 uid": sub(1670, '"uid": "cbbc95ed189c38f5248b42bc2f7146c200fc2542"', '"uid": "cbbc95ed"'),
 # 1671 vimb
 "1671 fields": sub(1671, "https://www.hsl.fi/\tHSL – Helsingin seudun liikenne\t\n", "https://www.hsl.fi/ HSL – Helsingin seudun liikenne\n"),
 "1671 repeated uri": sub(1671, "https://www.kela.fi/opiskelijat", "https://yle.fi/uutiset"),
 "1671 arxiv title": sub(1671, "[2106.08254] BEiT", "BEiT"),
 "1671 tags": sub(1671, "\tkurssi opetus\n", "\tkurssi, opetus\n"),
 "1671 no final newline": sub(1671, r"\n$", "", regex=True),
 "1671 trailing blank": sub(1671, "Opiskelijat – Kela", "Opiskelijat – Kela "),
 # 1672 presenterm
 "1672 front matter": sub(1672, "title: 強化学習", "titel: 強化学習"),
 "1672 setext title": sub(1672, "今日の流れ\n===", "# 今日の流れ"),
 "1672 unknown command": sub(1672, "<!-- pause -->", "<!-- wait -->"),
 "1672 column outside layout": sub(1672, "<!-- column: 1 -->", "<!-- column: 2 -->"),
 "1672 unclosed code": sub(1672, "    tokens += [embed_R(R), embed_s(s), embed_a(a)]\n```", "    tokens += [embed_R(R), embed_s(s), embed_a(a)]"),
 "1672 end_slide blank": sub(1672, "\n\n<!-- end_slide -->\n\n前回", "\n<!-- end_slide -->\n前回"),
 # 1673 Runme
 "1673 front matter": sub(1673, "  version: v3", "  version: v2"),
 "1673 ulid": sub(1673, '"id":"01HPE5KC10523JHMVJDH3BH84F"', '"id":"01HPE5KC10523JHMVJDH3BH84"'),
 "1673 older cell": sub(1673, '"id":"01HPE5KC10523JHMVJDH3BH84F"', '"id":"01HNE5KC10523JHMVJDH3BH84F"'),
 "1673 repeated name": sub(1673, '"name":"show-zero-config"', '"name":"dora-finetune"'),
 "1673 attributes unsorted": sub(1673, '{"id":"01HPE9P1NGQ8SKD4K0DZY716JR","interactive":"false","name":"gptq-quantize"}', '{"interactive":"false","id":"01HPE9P1NGQ8SKD4K0DZY716JR","name":"gptq-quantize"}'),
 "1673 cell without attributes": sub(1673, '```sh {"id":"01HQ3DDVJRGPYAN9GCKH2P76SD","name":"show-zero-config"}', "```sh"),
 "1673 unclosed cell": sub(1673, "  --draft checkpoints/draft-160m --k 4 --n-prompts 200\n```", "  --draft checkpoints/draft-160m --k 4 --n-prompts 200"),
 # 1674 Manuskript
 "1674 padding": sub(1674, "ID:                 27", "ID:  27"),
 "1674 key order": sub(1674, "title:              Derin", "titel:              Derin"),
 "1674 ID": sub(1674, "ID:                 27", "ID:                 yirmi yedi"),
 "1674 continuation": sub(1674, "\n                    2015'te", "\n  2015'te"),
 "1674 hard wrap": sub(1674, "Ama daha derine inmek yine duvara çarptı. ", "Ama daha derine inmek yine duvara çarptı.\n"),
 "1674 no blank line": sub(1674, "setGoal:            4500\n\n", "setGoal:            4500\n"),
 # 1675 JSDoc
 "1675 param name": sub(1675, "@param {string} scene -", "@param {string} sceneName -"),
 "1675 unknown tag": sub(1675, "@since 0.4.0", "@version 0.4.0"),
 "1675 unclosed block": sub(1675, " * @returns {DemoInfo|undefined} Demo tương ứng, hoặc undefined nếu không có.\n */", " * @returns {DemoInfo|undefined} Demo tương ứng, hoặc undefined nếu không có."),
 "1675 link": sub(1675, "{@link https://arxiv.org/pdf/2308.04079|", "{@link arxiv.org pdf 2308.04079|"),
 "1675 braces": sub(1675, "  return DEMOS.find((d) => d.id === id);\n}", "  return DEMOS.find((d) => d.id === id);"),
 "1675 block line": sub(1675, " * @param {HTMLCanvasElement} canvas", "   @param {HTMLCanvasElement} canvas"),
 # 1676 Calca
 "1676 answer": sub(1676, "без_великого => 8927.44", "без_великого => 8927.45"),
 "1676 answer missing": sub(1676, "поїздки_usd => 2740", "поїздки_usd =>"),
 "1676 definition changed": sub(1676, "a100_година = 1.89", "a100_година = 1.99"),
 "1676 catalogue title in the negative": sub(1676, "окремим рядком.", "окремим рядком. Mixed Precision Training"),
 "1676 arXiv-shaped id in the negative": sub(1676, "Оновлено 11.03,", "Оновлено 11.03, 2403.01234"),
 # labels
 "title-only paper gets an id in 1672": sub(1672, "_AutoHAS: Efficient Hyperparameter and Architecture Search_", "_AutoHAS: Efficient Hyperparameter and Architecture Search_ (arXiv:2006.03656)"),
 "title-only paper gets a link in 1674": sub(1674, "*A Fast Learning Algorithm for Deep Belief Nets*", "*A Fast Learning Algorithm for Deep Belief Nets* (https://arxiv.org/abs/2006.05929)"),
 "unlabelled catalogue id in 1673": sub(1673, "на порту 5001", "на порту 5001, см. arXiv:2106.09685"),
 "other file's title in 1675": sub(1675, "Danh sách các bản demo", "Danh sách các bản demo (Consistency Models)"),
 "labelled title lost in 1671": sub(1671, "Big Transfer (BiT): General Visual Representation Learning", "Big Transfer"),
 "unlabelled OpenReview id in 1668": sub(1668, "UDPipe 2", "UDPipe 2 https://openreview.net/forum?id=M3Y74vmsMcY"),
 "distractor title in 1667": sub(1667, "(semestr zimowy)", "LoRA+: Efficient Low Rank Adaptation of Large Models"),
 "arxiv-text id lost in 1670": sub(1670, "(arXiv:2004.05150)", "(EMNLP)"),
 "link lost in 1669": sub(1669, "arxiv.org/abs/2303.18223", "example.org/survey-llm", count=0),
 "OpenReview link cut in 1671": sub(1671, "forum?id=3rRgu7OGgBI", "forum?id=3rRgu7O"),
 "arxiv-text gets a link in 1675": sub(1675, "(arXiv:2204.01691)", "(https://arxiv.org/abs/2204.01691)"),
 "label in the negative": exp_edit(lambda e: e[D[1676]].append(dict(e[D[1675]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1669]][5].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1668]][2].update(title="Attention is Not Only a Weight")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1667]][1].update(true_arxiv_id="2208.01619", arxiv_id="2208.01619")),
 "paper in two files": exp_edit(lambda e: e[D[1668]].append(dict(e[D[1670]][1]))),
 "even-position paper": exp_edit(lambda e: e[D[1670]].append({"arxiv_id": None, "openreview_id": None, "title": "Big Bird: Transformers for Longer Sequences", "evidence": "title-only", "true_arxiv_id": "2007.14062"})),
 "too few papers": exp_edit(lambda e: [e[D[1672]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1675]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1673])),
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
