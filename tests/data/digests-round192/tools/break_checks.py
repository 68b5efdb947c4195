#!/usr/bin/env python3
"""Breaks a scratch copy of round192 (/tmp/r192/scratch/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round190's harness with round192's cases; 1938 is a CR LF mail whose body is base64: it is edited decoded and
encoded again as the builder does.)"""
import base64, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r192/scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1937, 1947)}
def sub(n, old, new, nth=1, regex=False):
    """replace the nth occurrence of `old` (or the first regex match) in digest n"""
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode("utf-8")
        if regex:
            assert re.search(old, s, re.S), (n, old)
            s = re.sub(old, new, s, count=1, flags=re.S)
        else:
            assert s.count(old) >= nth, (n, old)
            at = -1
            for _ in range(nth): at = s.index(old, at + 1)
            s = s[:at] + new + s[at + len(old):]
        open(p, "wb").write(s.encode("utf-8"))
    return fn


def raw_bytes(n, fn_b):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        b = open(p, "rb").read()
        open(p, "wb").write(fn_b(b))
    return fn


def b64(old, new):
    """edit 1938's decoded base64 body and encode it again as the builder does"""
    def fn(root):
        p = os.path.join(root, "digests", D[1938])
        s = open(p, "rb").read().decode("ascii")
        h, b = s.split("\r\n\r\n", 1)
        t = base64.b64decode(b.replace("\r\n", "")).decode("utf-8")
        assert old in t, old
        t = t.replace(old, new, 1)
        e = base64.b64encode(t.encode("utf-8")).decode("ascii")
        b = "\r\n".join(e[k:k + 76] for k in range(0, len(e), 76)) + "\r\n"
        open(p, "wb").write((h + "\r\n\r\n" + b).encode("ascii"))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 1937 UDSM course outline
 "1937 head": sub(1937, "COURSE OUTLINE", "COURSE SYLLABUS"),
 "1937 footer number": sub(1937, "Page 2 of 2", "Page 3 of 2"),
 "1937 footer total": sub(1937, "Page 1 of 2", "Page 1 of 3"),
 "1937 section renamed": sub(1937, "5. ASSESSMENT", "5. EVALUATION"),
 "1937 section order": sub(1937, "3. LEARNING OUTCOMES", "7. LEARNING OUTCOMES"),
 "1937 detail twice": sub(1937, "Credit units: 12", "Credit units: 12\nCredit units: 15"),
 "1937 code form": sub(1937, "Course code: CS 658", "Course code: CS658X"),
 "1937 week numbering": sub(1937, "Week 5:", "Week 6:"),
 "1937 assessment sum": sub(1937, "Course project: 50%", "Course project: 55%"),
 "1937 reading numbering": sub(1937, "\n7. Dai", "\n8. Dai"),
 "1937 no Recommended": sub(1937, "Recommended\n", ""),
 "1937 approval date": sub(1937, "12 February 2026", "30 February 2026"),
 "1937 arxiv-text gets a link": sub(1937, "arXiv:1706.03762.", "https://arxiv.org/abs/1706.03762"),
 "1937 title-only gets an id": sub(1937, "Howard, J. and Ruder, S. (2018).", "Howard, J. and Ruder, S. (2018). arXiv:1801.06146"),
 "1937 labelled title lost": sub(1937, "GloVe: Global Vectors for Word Representation", "GloVe word vectors"),
 # 1938 Arnes forward, base64
 "1938 LF line end": raw_bytes(1938, lambda b: b.replace(b"MIME-Version: 1.0\r\n", b"MIME-Version: 1.0\n", 1)),
 "1938 Date weekday": sub(1938, "Date: Mon, 02 Mar 2026", "Date: Tue, 02 Mar 2026"),
 "1938 Date offset": sub(1938, "09:41:07 +0100", "09:41:07 +0200"),
 "1938 From": sub(1938, "From: Ana Novak <ana.novak@guest.arnes.example.si>", "From: ana.novak@guest.arnes.example.si"),
 "1938 User-Agent": sub(1938, "User-Agent: Roundcube Webmail/1.6.9", "User-Agent: Thunderbird"),
 "1938 header twice": sub(1938, "MIME-Version: 1.0\r\n", "MIME-Version: 1.0\r\nMIME-Version: 1.0\r\n"),
 "1938 not base64": sub(1938, "Content-Transfer-Encoding: base64", "Content-Transfer-Encoding: 8bit"),
 "1938 bad base64 char": raw_bytes(1938, lambda b: b[:b.index(b"\r\n\r\n") + 10] + b"*" + b[b.index(b"\r\n\r\n") + 11:]),
 "1938 short line": raw_bytes(1938, lambda b: b[:b.index(b"\r\n\r\n") + 40] + b"\r\n" + b[b.index(b"\r\n\r\n") + 40:]),
 "1938 Subject": sub(1938, "Subject: =?UTF-8?B?RndkOi", "Subject: =?UTF-8?B?VFI6I"),
 "1938 forward block": b64("-------- Posredovano sporočilo --------", "-------- Izvirno sporočilo --------"),
 "1938 forwarded date after the mail": b64("Datum: 27.02.2026 17:05", "Datum: 05.03.2026 17:05"),
 "1938 not to forwarder": b64("Za: ana.novak@guest.arnes.example.si", "Za: drugi@arnes.example.si"),
 "1938 digest head": b64("Povzetek seznama bralni-krog-llm, številka 12", "Povzetek bralni-krog-llm"),
 "1938 topic numbering": b64("  2. Re: Predlog", "  3. Re: Predlog"),
 "1938 topic sender": b64("  3. Kodirniki in dekodiranje (Maja Hribar)", "  3. Kodirniki in dekodiranje (Luka Zupančič)"),
 "1938 message subject": b64("Zadeva: [bralni-krog-llm] Kodirniki in dekodiranje", "Zadeva: [bralni-krog-llm] Kodirniki"),
 "1938 footer": b64("Konec povzetka bralni-krog-llm, številka 12", "Konec"),
 "1938 arxiv-text gets a link": b64("arXiv:1911.02116", "https://arxiv.org/abs/1911.02116"),
 "1938 title-only gets a link": b64("(OpenAI, 2018, samo PDF na njihovi strani)", "(https://arxiv.org/abs/1801.00001)"),
 "1938 unlabelled catalogue title": b64("Knjiga »Dive", "Attention Is All You Need. Knjiga »Dive"),
 # 1939 BDS ISO 690
 "1939 heading": sub(1939, "ИЗПОЛЗВАНА ЛИТЕРАТУРА", "ЛИТЕРАТУРА"),
 "1939 conclusion heading": sub(1939, "ЗАКЛЮЧЕНИЕ", "ИЗВОДИ"),
 "1939 page number": sub(1939, "\n59\n", "\n61\n"),
 "1939 numbering": sub(1939, "\n4. JIANG", "\n5. JIANG"),
 "1939 order": sub(1939, "TAN, Mingxing", "ATAN, Mingxing"),
 "1939 author form": sub(1939, "GHIASI, Golnaz", "Ghiasi G."),
 "1939 access date invalid": sub(1939, "2201.03545 [прегледан на 14.01.2026]", "2201.03545 [прегледан на 32.01.2026]"),
 "1939 access date late": sub(1939, "cocodataset.org/ [прегледан на 14.01.2026]", "cocodataset.org/ [прегледан на 14.05.2026]"),
 "1939 URL without прегледан": sub(1939, "http://arxiv.org/abs/2010.04159v4 [прегледан на 14.01.2026]", "http://arxiv.org/abs/2010.04159v4"),
 "1939 pages": sub(1939, "pp. 2918-2928", "pp. 2928-2918"),
 "1939 citation names nothing": sub(1939, "подобри mAP", "[13] подобри mAP"),
 "1939 entry never cited": sub(1939, "Основните понятия са по [1]", "Основните понятия са известни"),
 "1939 no year": sub(1939, "In: Proceedings of ICCV, 2021. arXiv", "In: Proceedings of ICCV. arXiv"),
 "1939 OpenReview id changed": sub(1939, "id=YicbFdNTTy", "id=YicbFdNTTz"),
 "1939 arxiv-text gets a link": sub(1939, "arXiv:2103.14167.", "https://arxiv.org/abs/2103.14167."),
 "1939 title-only gets an id": sub(1939, "pp. 10096-10106.", "pp. 10096-10106. arXiv:2104.00298."),
 # 1940 BibTeX
 "1940 head": sub(1940, "% BibTeX export - Nazarbayev University Library", "% Export"),
 "1940 date": sub(1940, "Exported: 2026-03-05", "Exported: 2026-02-30"),
 "1940 count": sub(1940, "12 records", "13 records"),
 "1940 duplicate key": sub(1940, "@misc{langchain,", "@misc{kkwiki2025,"),
 "1940 type": sub(1940, "@book{russell2021aima", "@textbook{russell2021aima"),
 "1940 unknown field": sub(1940, "  edition = {4},", "  editionx = {4},"),
 "1940 missing comma": sub(1940, "  publisher = {Pearson},", "  publisher = {Pearson}"),
 "1940 unbalanced braces": sub(1940, "  title = {LangChain},", "  title = {{LangChain},"),
 "1940 year": sub(1940, "  year = {2022},\n  url = {http://arxiv", "  year = {22},\n  url = {http://arxiv"),
 "1940 url": sub(1940, "url = {https://dumps.wikimedia.org/kkwiki/}", "url = {dumps.wikimedia.org/kkwiki/}"),
 "1940 author form": sub(1940, "author = {Weng, Lilian}", "author = {Lilian Weng}"),
 "1940 no title": sub(1940, "  title = {Kazakh Wikipedia dump (kkwiki)},\n", ""),
 "1940 arxiv-text gets a link": sub(1940, "arXiv:2206.04615;", "https://arxiv.org/abs/2206.04615;"),
 "1940 title-only gets an id": sub(1940, "Minerva, математика", "Minerva, arXiv:2206.14858"),
 "1940 unlabelled arXiv id": sub(1940, "Оқулық, 2-тарау", "Оқулық 2405.01234, 2-тарау"),
 # 1941 Labguru CSV
 "1941 BOM": raw_bytes(1941, lambda b: b"\xef\xbb\xbf" + b),
 "1941 LF row": raw_bytes(1941, lambda b: b.replace(b"\r\n", b"\n", 1)),
 "1941 over-quoted": sub(1941, "\r\n4102;", '\r\n"4102";'),
 "1941 comma separator": sub(1941, "Task ID;Name", "Task ID,Name"),
 "1941 header": sub(1941, "Assigned to", "Owner"),
 "1941 other project": sub(1941, "4103;Leesclub week 3;Generatieve modellen microscopie", "4103;Leesclub week 3;Ander project"),
 "1941 id twice": sub(1941, "\r\n4103;", "\r\n4102;"),
 "1941 status": sub(1941, "Thijs Bakker;On hold", "Thijs Bakker;Gepauzeerd"),
 "1941 due before start": sub(1941, "19-01-2026;23-01-2026", "19-01-2026;13-01-2026"),
 "1941 invalid date": sub(1941, "16-02-2026;20-02-2026", "16-02-2026;30-02-2026"),
 "1941 priority": sub(1941, ";Low;", ";Laag;"),
 "1941 OpenReview id changed": sub(1941, "id=St1giarCHLP", "id=St1giarCHLQ"),
 "1941 arxiv-text gets a link": sub(1941, "(arXiv:1907.05600)", "(https://arxiv.org/abs/1907.05600)"),
 "1941 title-only gets a link": sub(1941, "3D uit één beeld", "https://arxiv.org/abs/2303.11328"),
 # 1942 direct4b
 "1942 head": sub(1942, "direct4b トーク履歴", "トーク履歴"),
 "1942 save line": sub(1942, "保存日時：2026/03/03 12:05", "保存日時：2026-03-03 12:05"),
 "1942 saved before last": sub(1942, "保存日時：2026/03/03 12:05", "保存日時：2026/03/03 10:05"),
 "1942 weekday": sub(1942, "2026/03/03(火) 10:03", "2026/03/03(水) 10:03"),
 "1942 time order": sub(1942, "(火) 10:15", "(火) 10:00"),
 "1942 not a member": sub(1942, "10:21 高橋 健太", "10:21 田中 一郎"),
 "1942 head form": sub(1942, "2026/03/03(火) 10:22 佐藤 美咲", "2026/03/03 10:22 佐藤 美咲"),
 "1942 OpenReview id changed": sub(1942, "id=0RDcd5Axok", "id=0RDcd5Axol"),
 "1942 arxiv-text gets a link": sub(1942, "arXiv:2106.10199", "https://arxiv.org/abs/2106.10199"),
 "1942 title-only gets a link": sub(1942, "リンクは後で貼ります", "https://arxiv.org/abs/2103.10385"),
 # 1943 DaniWeb
 "1943 head": sub(1943, "Programming  ›  Computer Science", "Programming > CS"),
 "1943 reply count": sub(1943, "4 Replies", "5 Replies"),
 "1943 rank": sub(1943, "priya_k · Junior Poster", "priya_k · Junior"),
 "1943 contributions differ": sub(1943, "ananya_r92 · Newbie Poster · 4 Contributions\nPosted 1", "ananya_r92 · Newbie Poster · 5 Contributions\nPosted 1"),
 "1943 time order": sub(1943, "Contributions\nPosted 2 Days Ago\n\nIf", "Contributions\nPosted 1 Day Ago\n\nIf"),
 "1943 second starter": sub(1943, "\npriya_k · ", "\nDiscussion Starter · priya_k · "),
 "1943 vote line lost": sub(1943, "framework\nmakes the experiments easy.\n\n0 0", "framework\nmakes the experiments easy.\n"),
 "1943 arxiv-text gets a link": sub(1943, "arXiv:2010.00554", "https://arxiv.org/abs/2010.00554"),
 "1943 title-only gets a link": sub(1943, "(Nature 2021, no arXiv version I think)", "(https://arxiv.org/abs/2107.00001)"),
 "1943 not-on-arXiv title lost": sub(1943, "Highly accurate protein structure prediction with AlphaFold", "AlphaFold 2"),
 # 1944 Birzeit newsletter
 "1944 doctype": sub(1944, "<!DOCTYPE html>\n", ""),
 "1944 dir": sub(1944, 'dir="rtl">', ">"),
 "1944 unclosed tag": sub(1944, "</section>", ""),
 "1944 two h1": sub(1944, "<h2>الندوة الشهرية</h2>", "<h1>الندوة الشهرية</h1>"),
 "1944 bare ampersand": sub(1944, "Room 214 &amp; online", "Room 214 & online"),
 "1944 toc": sub(1944, '<li><a href="#seminar">', '<li><a href="#akhbar">'),
 "1944 link scheme": sub(1944, 'href="https://www.birzeit.edu/ar"', 'href="www.birzeit.edu/ar"'),
 "1944 date": sub(1944, "نُشر في 3 آذار 2026", "نُشر في 33 آذار 2026"),
 "1944 issue number": sub(1944, "<h1>نشرة قسم علم الحاسوب — العدد 9</h1>", "<h1>نشرة قسم علم الحاسوب — العدد 10</h1>"),
 "1944 OpenReview id changed": sub(1944, "id=OCm0rwa1lx1", "id=OCm0rwa1lx2"),
 "1944 OpenReview record gets an arXiv link": sub(1944, "ذاكرة تغذية راجعة للمحوّلات.", "ذاكرة https://arxiv.org/abs/2002.09402"),
 "1944 arxiv-text gets a link": sub(1944, "(arXiv:2306.15595)", "(https://arxiv.org/abs/2306.15595)"),
 "1944 title-only gets an id": sub(1944, "(VIS 2021)", "(arXiv:2103.14625)"),
 # 1945 Edublogs
 "1945 menu": sub(1945, "Home   About   Readings", "Home About Readings"),
 "1945 post date": sub(1945, "Posted on 16 February 2026", "Posted on 31 February 2026"),
 "1945 comment count": sub(1945, "3 thoughts on", "4 thoughts on"),
 "1945 count names another post": sub(1945, "thoughts on \u201cWeek 3", "thoughts on \u201cWeek 4"),
 "1945 comment before post": sub(1945, "17 February 2026 at 8:12 am", "15 February 2026 at 8:12 am"),
 "1945 comment order": sub(1945, "18 February 2026 at 9:05 pm", "17 February 2026 at 9:05 am"),
 "1945 comment date form": sub(1945, "17 February 2026 at 9:40 am", "17/02/2026 09:40"),
 "1945 Reply line lost": sub(1945, "order.\nReply\n", "order.\n"),
 "1945 footer": sub(1945, "Proudly powered by WordPress | Edublogs", "Powered by Blogger"),
 "1945 OpenReview id changed": sub(1945, "id=uB5x7Y2qsFR", "id=uB5x7Y2qsFS"),
 "1945 arxiv-text gets a link": sub(1945, "(arXiv:2104.14294)", "(https://arxiv.org/abs/2104.14294)"),
 "1945 title-only gets a link": sub(1945, "which shows you do not", "https://arxiv.org/abs/2011.10566 which shows you do not"),
 "1945 distractor-free unlabelled title": sub(1945, "Ngā mihi, Rachel", "Also: Generative Adversarial Networks. Ngā mihi, Rachel"),
 # 1946 gitlab.pg.innopolis README (negative)
 "1946 awesome badge": sub(1946, " [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", ""),
 "1946 toc entry missing": sub(1946, "- [Книги](#книги)\n", ""),
 "1946 slug": sub(1946, "(#наборы-данных)", "(#наборы_данных)"),
 "1946 licence not last": sub(1946, "## Лицензия", "## Лицензии"),
 "1946 duplicate heading": sub(1946, "## Как добавить", "## Книги"),
 "1946 date": sub(1946, "4 марта 2026", "4 march 2026"),
 "1946 http link": sub(1946, "(https://catboost.ai/)", "(http://catboost.ai/)"),
 "1946 second project": sub(1946, "Проект: https", "См. https://gitlab.pg.innopolis.ru/x/y. Проект: https"),
 "1946 handle": sub(1946, "@d.safin", "@D.Safin"),
 "1946 no merge request": sub(1946, "(пример: !7)", "(пример: 7)"),
 "1946 paper title in the negative": sub(1946, "— основной фреймворк курса.", "— см. Attention Is All You Need."),
 "1946 arXiv id in the negative": sub(1946, "— речь.", "— речь (2404.01234)."),
 # labels
 "label in the negative": exp_edit(lambda e: e[D[1946]].append(dict(e[D[1945]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1939]][5].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1940]][1].update(title="Voyager")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1943]][0].update(true_arxiv_id="2010.08896", arxiv_id="2010.08896")),
 "arxiv_id != true": exp_edit(lambda e: e[D[1942]][1].update(arxiv_id="2106.09685")),
 "paper in two files": exp_edit(lambda e: e[D[1938]].append(dict(e[D[1937]][0]))),
 "odd-position paper": exp_edit(lambda e: e[D[1938]].append({"arxiv_id": None, "openreview_id": None, "title": "A Fast Learning Algorithm for Deep Belief Nets", "evidence": "title-only", "true_arxiv_id": None})),
 "too few papers": exp_edit(lambda e: [e[D[1942]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1941]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1938])),
 "openreview id of another paper": exp_edit(lambda e: e[D[1944]][0].update(openreview_id="St1giarCHLP")),
 "not-on-arXiv paper given an id": exp_edit(lambda e: e[D[1937]][4].update(evidence="arxiv-text", arxiv_id="1501.00001", true_arxiv_id="1501.00001")),
 "duplicate record": exp_edit(lambda e: e[D[1945]].append(dict(e[D[1945]][1]))),
 "labelled paper dropped": exp_edit(lambda e: e[D[1940]].pop(0)),
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
