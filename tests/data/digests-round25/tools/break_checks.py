#!/usr/bin/env python3
"""Breaks a scratch copy of round25 one case at a time and runs validate.py on it (scratch only:
/tmp/round25-scratch/break, deleted afterwards). Every case must make validate.py report at least one ERROR."""
import json, os, re, shutil, subprocess

SRC = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
W = "/tmp/round25-scratch/break"
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


def qp_plain_edit(old, new):
    """267: edit the decoded text/plain part and re-encode it as Outlook would (QP, CRLF)"""
    import email as _e
    from email import quoprimime
    raw = rd(267)
    m = _e.message_from_string(raw)
    parts = m.get_payload()
    enc = parts[0].get_payload()
    txt = parts[0].get_payload(decode=True).decode("utf-8")
    assert old in txt, old
    new_enc = quoprimime.body_encode(txt.replace(old, new, 1), maxlinelen=76, eol="\r\n")
    wr(267, raw.replace(enc.rstrip("\r\n"), new_enc.rstrip("\r\n"), 1))


# 267 Outlook .eml
@case("267 a bare LF line end")
def _(): sub1(267, "MIME-Version: 1.0\r\n", "MIME-Version: 1.0\n")
@case("267 Subject not 'RE: ' + Thread-Topic")
def _(): resub(267, r"^Subject: .*$", "Subject: FW: reading list")
@case("267 In-Reply-To not the last reference")
def _(): sub1(267, "In-Reply-To: <DM6PR04MB62179B41", "In-Reply-To: <DM6PR04MB62179B42")
@case("267 quoted messages not going back in time")
def _(): qp_plain_edit("Sent: Wednesday, March 13, 2024 4:47 PM", "Sent: Wednesday, March 13, 2024 7:47 PM")
@case("267 GloVe given its arXiv-looking id in the plain part (unlabelled valid-shaped id)")
def _(): qp_plain_edit("(EMNLP 2014)", "(EMNLP 2014, arXiv 1409.1556)")
@case("267 a QP line longer than 76")
def _(): resub(267, r"=\r\n(?=[^\r\n]{10})", "", count=3)
# 268 LaTeX + filecontents
@case("268 a \\cite key not in the database")
def _(): sub1(268, "\\citep{kitaev2020reformer}", "\\citep{kitaev2020reformr}")
@case("268 a BibTeX entry never cited")
def _(): sub1(268, "\\citet{graves2014ntm} go dtí", "an obair is luaithe go dtí")
@case("268 an environment not closed")
def _(): sub1(268, "\\end{document}\n", "")
@case("268 Hyena given an eprint (title-only paper's id appears)")
def _(): sub1(268, "  year      = {2023}\n}\n\n@misc{sun2023retnet", "  year      = {2023},\n  eprint    = {2302.10866}\n}\n\n@misc{sun2023retnet")
@case("268 a distractor title in the prose")
def _(): sub1(268, "\\paragraph{Samhlacha gan aird.}", "\\paragraph{Samhlacha gan aird.} Féach freisin \\emph{Efficient Transformers: A Survey}.")
# 269 dev.to
@case("269 five tags")
def _(): sub1(269, "tags: computervision, deeplearning, machinelearning, azerbaijani", "tags: computervision, deeplearning, machinelearning, azerbaijani, ai")
@case("269 a Liquid tag dev.to does not have")
def _(): sub1(269, "{% github huggingface/pytorch-image-models %}", "{% repo huggingface/pytorch-image-models %}")
@case("269 {% details %} not closed")
def _(): sub1(269, "{% enddetails %}\n", "")
@case("269 ConvNeXt given its abs link (title-only paper's id appears)")
def _(): sub1(269, "(ConvNeXt, CVPR 2022)", "(ConvNeXt, https://arxiv.org/abs/2201.03545)")
# 270 Teams copy
@case("270 a message earlier than the one before")
def _(): sub1(270, "[12/03/2024 08:40]", "[12/03/2024 08:10]")
@case("270 an invalid date")
def _(): sub1(270, "[12/03/2024 09:02]", "[31/02/2024 09:02]")
@case("270 a reply quoting a message that is not there")
def _(): sub1(270, "11/03/2024 10:52\nTí ó bá", "11/03/2024 10:53\nTí ó bá")
@case("270 SWE-bench given its OpenReview forum (unlabelled id / title-only id appears)")
def _(): sub1(270, "(ICLR 2024). Leaderboard", "(ICLR 2024, https://openreview.net/forum?id=VTF8yNQM66). Leaderboard")
# 271 minutes
@case("271 the BOM removed")
def _(): wr(271, rd(271).lstrip("\ufeff"))
@case("271 a line ended by LF")
def _(): sub1(271, "ACTION ITEMS\r\n", "ACTION ITEMS\n")
@case("271 an agenda point missing from the minutes")
def _(): sub1(271, "5. වෙනත් කරුණු\r\n- තිළිණිගේ", "- තිළිණිගේ")
@case("271 an action item due before the meeting")
def _(): sub1(271, "cloud credits ඉල්ලුම් පත්‍රය — 2024-03-20", "cloud credits ඉල්ලුම් පත්‍රය — 2024-03-10")
# 272 GitHub Discussions
@case("272 the reply count not the replies shown")
def _(): sub1(272, "Replies: 4 comments · 3 replies", "Replies: 4 comments · 4 replies")
@case("272 a date going backwards")
def _(): sub1(272, "lakshmi-ai\non Mar 8, 2024", "lakshmi-ai\non Mar 1, 2024")
@case("272 participants not the authors")
def _(): sub1(272, "4 participants", "5 participants")
@case("272 DreamBooth given its hf papers link")
def _(): sub1(272, "Subject-Driven Generation (CVPR 2023)", "Subject-Driven Generation (https://huggingface.co/papers/2208.12242)")
# 273 rebuttal
@case("273 an answer without its comment")
def _(): sub1(273, "Komentar 2.3: Najbliži", "Najbliži")
@case("273 a line range backwards")
def _(): sub1(273, "redovi 412–437", "redovi 437–412")
@case("273 a reference cited but not listed")
def _(): sub1(273, "[47], i kratku", "[49], i kratku")
@case("273 C2D's OpenReview id changed")
def _(): sub1(273, "id=uB5x7Y2qsFR", "id=uB5x7Y2qsFS")
# 274 ResearchGate
@case("274 a wrong ordinal suffix")
def _(): sub1(274, "Asked 12th Mar, 2024", "Asked 12nd Mar, 2024")
@case("274 All Answers count not the answers shown")
def _(): sub1(274, "All Answers (7)", "All Answers (8)")
@case("274 '1 Recommendations'")
def _(): resub(274, r"^1 Recommendation$", "1 Recommendations")
@case("274 an unlabelled catalogue arXiv id")
def _(): sub1(274, "Good luck!", "See also arXiv:2104.08691. Good luck!")
# 275 news
@case("275 updated before published")
def _(): sub1(275, "अपडेट: १४ मार्च २०२४, १०:४५", "अपडेट: १४ मार्च २०२४, ०८:४५")
@case("275 comment count not the comments shown")
def _(): sub1(275, "प्रतिक्रिया (३)", "प्रतिक्रिया (४)")
@case("275 most-read list misnumbered")
def _(): sub1(275, "४. दहावीच्या", "६. दहावीच्या")
@case("275 AlphaGo Zero given its arXiv-shaped id (unlabelled valid id)")
def _(): sub1(275, "(Nature, २०१७)", "(Nature, २०१७; arXiv 1712.01815)")
# 276 dataset card (negative)
@case("276 dataset_size not the splits' num_bytes")
def _(): resub(276, r"dataset_size: \d+", "dataset_size: 3489158725")
@case("276 a catalogue title in the negative control")
def _(): sub1(276, "### Other Known Limitations\n", "### Other Known Limitations\n\nSee Attention Is All You Need.\n")
@case("276 a template heading missing")
def _(): sub1(276, "### Annotations\n", "")
@case("276 size_categories not fitting")
def _(): sub1(276, "- 10K<n<100K", "- 100K<n<1M")
# label edits
@case("label: 267 ELMo relabelled title-only")
def _(): exp_edit(lambda e: rec(e, 267, "Deep contextualized").update(evidence="title-only", arxiv_id=None))
@case("label: 268 RFA with another OpenReview id")
def _(): exp_edit(lambda e: rec(e, 268, "Random Feature").update(openreview_id="QtTKTdVrFBC"))
@case("label: 270 Reflexion record removed")
def _(): exp_edit(lambda e: recs(e, 270).remove(rec(e, 270, "Reflexion")))
@case("label: 271 AdamW relabelled as a link")
def _(): exp_edit(lambda e: rec(e, 271, "Decoupled Weight").update(evidence="link"))
@case("label: 273 a title with a word changed")
def _(): exp_edit(lambda e: rec(e, 273, "Shortcut Learning").update(title="Shortcut Learning in Deep Neural Nets"))
@case("label: 274 LLaMA given a wrong true_arxiv_id")
def _(): exp_edit(lambda e: rec(e, 274, "LLaMA: Open").update(true_arxiv_id="2302.13972", arxiv_id="2302.13972"))
@case("label: 275 a title-only record given an arxiv_id")
def _(): exp_edit(lambda e: rec(e, 275, "3D Gaussian").update(arxiv_id="2308.04079"))
@case("label: 276 a label in the negative control")
def _(): exp_edit(lambda e: recs(e, 276).append(dict(rec(e, 272, "Consistency"))))

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
shutil.rmtree("/tmp/round25-scratch")
print(f"unbroken copy: {clean} errors (exit {r.returncode})")
print(f"cases {len(CASES)} errors {tot} cases without an ERROR: {', '.join(bad) if bad else 'none'}")
