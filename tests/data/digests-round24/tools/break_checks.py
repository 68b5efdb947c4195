#!/usr/bin/env python3
"""Breaks a scratch copy of round24 one case at a time and runs validate.py on it (scratch only:
/tmp/round24-scratch/break, deleted afterwards). Every case must make validate.py report at least one ERROR."""
import json, os, re, shutil, subprocess

SRC = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
W = "/tmp/round24-scratch/break"
D = W + "/digests"


def fresh():
    if os.path.exists(W): shutil.rmtree(W)
    shutil.copytree(SRC, W, ignore=shutil.ignore_patterns("tools", "__pycache__"))


def path(n):
    return next(os.path.join(D, f) for f in os.listdir(D) if f.startswith(str(n) + "_"))


def rd(n):
    return open(path(n), encoding="utf-8", newline="").read()


def wr(n, s):
    open(path(n), "w", encoding="utf-8", newline="").write(s)


def sub1(n, old, new, count=1):
    s = rd(n)
    assert old in s, (n, old)
    wr(n, s.replace(old, new, count))


def resub(n, pat, new, count=1):
    s = rd(n)
    s2, k = re.subn(pat, new, s, count=count, flags=re.M)
    assert k, (n, pat)
    wr(n, s2)


def exp_edit(f):
    e = json.load(open(W + "/expected.json"))
    f(e)
    json.dump(e, open(W + "/expected.json", "w"), indent=1, ensure_ascii=False)


def recs(e, n):
    return e[next(k for k in e if k.startswith(str(n) + "_"))]


def rec(e, n, start):
    return next(r for r in recs(e, n) if r["title"].startswith(start))


CASES = []


def case(name):
    def deco(fn):
        CASES.append((name, fn)); return fn
    return deco


# 257 Perplexity Markdown
@case("257 a source marker without its definition")
def _(): sub1(257, "Уикипедиядағы мақаланы қарауға болады[^1_8]", "Уикипедиядағы мақаланы қарауға болады[^1_9]")
@case("257 sources not numbered in order of first use")
def _(): sub1(257, "топтастырдым[^1_1]", "топтастырдым[^1_3]")
@case("257 a table without its alignment row")
def _(): sub1(257, "| :-- | :-- | :-- |\n", "")
@case("257 DreamBooth given its abs link (title-only paper's id appears)")
def _(): sub1(257, "Subject-Driven Generation** —", "Subject-Driven Generation** (https://arxiv.org/abs/2208.12242) —")
# 258 .zenodo.json
@case("258 an ORCID with a wrong check digit")
def _(): resub(258, r'("orcid": "\d{4}-\d{4}-\d{4}-\d\d)(\d)([\dX])"', lambda m: m.group(1) + str((int(m.group(2)) + 1) % 10) + m.group(3) + '"')
@case("258 an arxiv-scheme identifier written as a URL (and RoBERTa then has a link)")
def _(): sub1(258, '"identifier": "arXiv:1907.11692"', '"identifier": "https://arxiv.org/abs/1907.11692"')
@case("258 a relation Zenodo does not know")
def _(): sub1(258, '"relation": "requires"', '"relation": "usesData"')
@case("258 XLNet given its arXiv id (title-only paper's id appears)")
def _(): sub1(258, "Understanding. NeurIPS 2019.", "Understanding. NeurIPS 2019. arXiv:1906.08237.")
# 259 Piazza
@case("259 a followup without 'Reply to this followup discussion'")
def _(): sub1(259, "the paper is the one above.\nReply to this followup discussion\n", "the paper is the one above.\n")
@case("259 the instructors' answer without its helpful count")
def _(): sub1(259, "helpful! 21\n", "")
@case("259 an unlabelled valid-shaped arXiv id in a followup")
def _(): sub1(259, "that's the Kaiming one.", "that's the Kaiming one (also see 2107.03374).")
@case("259 an endorsement in the students' answer")
def _(): sub1(259, "Updated 5 days ago by Marcus", "~ An instructor (Helena Voss) endorsed this answer ~\nUpdated 5 days ago by Marcus")
# 260 Google Forms CSV
@case("260 a row ended by LF")
def _(): sub1(260, "Ydw\r\n", "Ydw\n")
@case("260 a US-format timestamp")
def _(): sub1(260, "13/01/2024 08:20:12", "01/13/2024 08:20:12")
@case("260 a required answer left empty")
def _(): sub1(260, ",Wythnos 3,Ydw", ",,Ydw")
@case("260 Reformer's OpenReview id changed (unlabelled id, label without link)")
def _(): sub1(260, "id=rkgNKkHtvB", "id=rkgNKkHtvC")
@case("260 a final line terminator")
def _(): wr(260, rd(260) + "\r\n")
# 261 PlantUML
@case("261 a node two levels deeper than its parent")
def _(): sub1(261, "**** Diskutim 14.03", "****** Diskutim 14.03")
@case("261 a multi-line node not closed by ';'")
def _(): sub1(261, "Redundancy Reduction;", "Redundancy Reduction")
@case("261 @endmindmap missing")
def _(): sub1(261, "@endmindmap\n", "")
@case("261 a distractor title in a node")
def _(): sub1(261, "*** Fine-tuning\n", "*** Fine-tuning\n**** Rethinking ImageNet Pre-training\n")
# 262 Moodle forum export
@case("262 an unescaped '/' in the JSON")
def _(): sub1(262, "https:\\/\\/minari", "https://minari")
@case("262 a wordcount not matching the message")
def _(): sub1(262, '"wordcount":"66"', '"wordcount":"67"')
@case("262 a reply whose subject is not 'Re: ' + the discussion's")
def _(): sub1(262, '"subject":"Re: ', '"subject":"RE: ')
@case("262 a reply whose parent is a later post")
def _(): sub1(262, '"parent":"3101"', '"parent":"3108"')
# 263 LessWrong
@case("263 the comment count not the comments shown")
def _(): sub1(263, "8 comments, sorted", "9 comments, sorted")
@case("263 a footnote missing")
def _(): resub(263, r"^5\. \^ .*\n", "")
@case("263 a comment without Reply")
def _(): sub1(263, "Will add once I've read it.\nReply\n", "Will add once I've read it.\n")
@case("263 PaLM given its abs URL (title-only paper's id appears)")
def _(): sub1(263, "Scaling Language Modeling with Pathways and", "Scaling Language Modeling with Pathways (https://arxiv.org/abs/2204.02311) and")
# 264 Zotero note
@case("264 a citation page not the page of its pdf link")
def _(): sub1(264, "2021, p. 1](zotero", "2021, p. 2](zotero")
@case("264 a Zotero key with a letter Zotero never uses")
def _(): resub(264, r"select/library/items/[A-Z0-9]{8}\)", "select/library/items/OOOOOOOO)")
@case("264 an open-pdf link without its citation")
def _(): resub(264, r"\(\[Qiu et al\., 2021, p\. 3\]\(zotero://select/library/items/\w+\)\) ", "")
@case("264 Scaling ViT given its hf papers link while labelled title-only")
def _(): sub1(264, "**Scaling Vision Transformers**", "**Scaling Vision Transformers** (https://huggingface.co/papers/2106.04560)")
# 265 Disqus
@case("265 a reply whose parent is in the other thread")
def _(): sub1(265, '<parent dsq:id="6345100127" />', '<parent dsq:id="6310411001" />')
@case("265 a comment older than its thread")
def _(): sub1(265, "<createdAt>2023-11-14T11:02:19Z</createdAt>", "<createdAt>2023-11-13T11:02:19Z</createdAt>")
@case("265 a link whose text is shortened (not Disqus' markup)")
def _(): sub1(265, ">https://arxiv.org/pdf/2106.10199.pdf</a>", ">arxiv.org/pdf/…</a>")
@case("265 a post not closed (XML not well-formed)")
def _(): sub1(265, "</post>\n", "\n")
# 266 JSON Resume (negative)
@case("266 a catalogue title in the negative control")
def _(): sub1(266, '"The Gradient"', '"Scaling Laws for Neural Language Models"')
@case("266 an arXiv-shaped id in the negative control")
def _(): sub1(266, "specialization/EXAMPLE12", "specialization/2106.09685")
@case("266 a job that ends before it starts")
def _(): sub1(266, '"endDate": "2022-02-28"', '"endDate": "2019-02-28"')
# label edits
@case("label: 257 textual inversion relabelled title-only")
def _(): exp_edit(lambda e: rec(e, 257, "An Image is Worth One Word").update(evidence="title-only", arxiv_id=None))
@case("label: 260 Memformer with another OpenReview id")
def _(): exp_edit(lambda e: rec(e, 260, "Memformer").update(openreview_id="_adSMszz_g8"))
@case("label: 263 emergent-abilities record removed")
def _(): exp_edit(lambda e: recs(e, 263).remove(rec(e, 263, "Emergent Abilities")))
@case("label: 261 SupCon relabelled as a link")
def _(): exp_edit(lambda e: rec(e, 261, "Supervised Contrastive").update(evidence="link"))
@case("label: 262 a title with a word changed")
def _(): exp_edit(lambda e: rec(e, 262, "A Fast Learning").update(title="A Fast Learning Algorithm for Deep Belief Networks"))
@case("label: 265 FedDyn given a wrong true_arxiv_id")
def _(): exp_edit(lambda e: rec(e, 265, "Federated Learning").update(true_arxiv_id="2111.04264"))
@case("label: 258 a title-only record given an arxiv_id")
def _(): exp_edit(lambda e: rec(e, 258, "XLNet").update(arxiv_id="1906.08237"))
@case("label: 266 a label in the negative control")
def _(): exp_edit(lambda e: recs(e, 266).append(dict(rec(e, 265, "HuBERT"))))

tot = 0; bad = []
for name, fn in CASES:
    fresh(); fn()
    r = subprocess.run(["python3", W + "/validate.py"], capture_output=True, text=True)
    n = sum(1 for l in r.stdout.splitlines() if l.startswith("ERROR"))
    tot += n
    print(f"{n:3d}  {name}")
    if n == 0 or r.returncode == 0: bad.append(name)
fresh()
r = subprocess.run(["python3", W + "/validate.py"], capture_output=True, text=True)
clean = sum(1 for l in r.stdout.splitlines() if l.startswith("ERROR"))
shutil.rmtree("/tmp/round24-scratch")
print(f"unbroken copy: {clean} errors (exit {r.returncode})")
print(f"cases {len(CASES)} errors {tot} cases without an ERROR: {', '.join(bad) if bad else 'none'}")
