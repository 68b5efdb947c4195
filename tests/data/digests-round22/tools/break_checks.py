#!/usr/bin/env python3
"""Breaks a scratch copy of round22 one case at a time and runs validate.py on it (scratch only:
/tmp/round22-scratch/break, deleted afterwards). Every case must make validate.py report at least one ERROR."""
import json, os, re, shutil, subprocess

SRC = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
W = "/tmp/round22-scratch/break"
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
    s2, k = re.subn(pat, new, s, count=count)
    assert k, (n, pat)
    wr(n, s2)


def chatgpt_edit(fn):
    d = json.loads(rd(238)); fn(d); wr(238, json.dumps(d))


def weibo_edit(fn):
    d = json.loads(rd(239)); fn(d); wr(239, json.dumps(d, separators=(",", ":")).replace("/", "\\/"))


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


# 237 Telegram Desktop HTML ------------------------------------------------------------------------------------------
@case("237 saved with CRLF line ends")
def _(): wr(237, rd(237).replace("\n", "\r\n"))


@case("237 a joined follow-up written as a new (non-joined) message")
def _(): sub1(237, 'class="message default clearfix joined" id="message302"', 'class="message default clearfix" id="message302"')


@case("237 a message time going backwards")
def _(): sub1(237, 'title="04.03.2024 18:30:05 UTC+05:00">\n18:30', 'title="04.03.2024 08:30:05 UTC+05:00">\n08:30')


@case("237 an apostrophe left unescaped in a message text")
def _(): sub1(237, "o&apos;qimoqchi", "o'qimoqchi")


@case("237 a reply pointing at a later message")
def _(): sub1(237, 'href="#go_to_message310" onclick="return GoToMessage(310)"', 'href="#go_to_message318" onclick="return GoToMessage(318)"')


@case("237 a tag line without the exporter's blank line before it")
def _(): sub1(237, '</div>\n\n       <div class="signature details">', '</div>\n       <div class="signature details">')


@case("237 a poll whose total is not the sum of its answers")
def _(): sub1(237, "\n112 votes\n", "\n113 votes\n")


@case("237 a day separator with another day's date")
def _(): sub1(237, "\n5 March 2024\n", "\n6 March 2024\n")


@case("237 Chinchilla given its abs link")
def _(): sub1(237, "<em>Training Compute-Optimal Large Language Models</em>", "<em>Training Compute-Optimal Large Language Models</em> https://arxiv.org/abs/2203.15556")


# 238 ChatGPT conversations.json ------------------------------------------------------------------------------------
@case("238 pretty-printed (indent 2) instead of the export's one line")
def _(): wr(238, json.dumps(json.loads(rd(238)), indent=2))


@case("238 UTF-8 kept instead of ASCII escapes")
def _(): wr(238, json.dumps(json.loads(rd(238)), ensure_ascii=False))


@case("238 safe_urls missing the Hugging Face Papers URL")
def _(): chatgpt_edit(lambda d: d[0]["safe_urls"].remove("https://huggingface.co/papers/2104.08691"))


@case("238 current_node pointing at a message that has children")
def _():
    def f(d):
        mp = d[0]["mapping"]
        d[0]["current_node"] = next(k for k, n in mp.items() if n["message"] and n["message"]["author"]["role"] == "user")
    chatgpt_edit(f)


@case("238 an assistant message whose parent_id is not its parent")
def _():
    def f(d):
        mp = d[0]["mapping"]
        m = next(n["message"] for n in mp.values() if n["message"] and n["message"]["author"]["role"] == "assistant")
        m["metadata"]["parent_id"] = d[0]["current_node"]
    chatgpt_edit(f)


@case("238 LoRA given its abs link")
def _():
    def f(d):
        mp = d[0]["mapping"]
        m = next(n["message"] for n in mp.values() if n["message"] and "arXiv:2106.09685" in n["message"]["content"]["parts"][0])
        m["content"]["parts"][0] = m["content"]["parts"][0].replace("arXiv:2106.09685", "https://arxiv.org/abs/2106.09685")
    chatgpt_edit(f)


@case("label: 238's GPTQ relabelled title-only")
def _():
    def f(e): r = rec(e, 238, "GPTQ"); r["evidence"] = "title-only"; r["arxiv_id"] = None
    exp_edit(f)


# 239 Weibo getIndex JSON -----------------------------------------------------------------------------------------
@case("239 slashes not escaped (not json_encode's layout)")
def _(): wr(239, json.dumps(json.loads(rd(239)), separators=(",", ":")))


@case("239 a weekday that does not match the date")
def _(): sub1(239, "Thu Mar 07 21:03:18 +0800 2024", "Wed Mar 07 21:03:18 +0800 2024")


@case("239 isLongText on a post that is not cut")
def _():
    def f(d): d["data"]["cards"][0]["mblog"]["isLongText"] = True
    weibo_edit(f)


@case("239 a sinaurl link whose target is not percent-encoded")
def _():
    def f(d):
        m = d["data"]["cards"][3]["mblog"]
        m["text"] = m["text"].replace("u=https%3A%2F%2Farxiv.org%2Fpdf%2F2112.10752", "u=https://arxiv.org/pdf/2112.10752")
    weibo_edit(f)


@case("239 two posts out of newest-first order")
def _():
    def f(d): c = d["data"]["cards"]; c[4], c[5] = c[5], c[4]
    weibo_edit(f)


@case("239 MedSelect given its arXiv id")
def _():
    def f(d):
        m = d["data"]["cards"][9]["mblog"]
        m["text"] = m["text"].replace("P Rajpurkar [Stanford] (2021)", "P Rajpurkar [Stanford] (2021) arXiv:2103.14339")
    weibo_edit(f)


# 240 Canvas course-export page ----------------------------------------------------------------------------------------
@case("240 an identifier that is not g + 32 hex digits")
def _(): resub(240, r'<meta name="identifier" content="g[0-9a-f]{32}">', '<meta name="identifier" content="i4ab155335cbbced354c570b9f11f6f5">')


@case("240 an external link without rel=noopener")
def _(): sub1(240, '<a href="https://openreview.net/pdf?id=QtTKTdVrFBB" target="_blank" rel="noopener">', '<a href="https://openreview.net/pdf?id=QtTKTdVrFBB" target="_blank">')


@case("240 a course file link left as a live URL instead of the export token")
def _(): sub1(240, 'href="$IMS-CC-FILEBASE$/Forelesninger/', 'href="https://uio.instructure.com/courses/41327/files/Forelesninger/')


@case("240 a page link with a slug the exporter would not write")
def _(): sub1(240, "$WIKI_REFERENCE$/pages/uke-9-transformere-og-pretrening", "$WIKI_REFERENCE$/pages/Uke 9")


@case("240 the external-link decoration on a link without class=external")
def _(): sub1(240, '<a class="external" href="https://openreview.net/forum?id=rkgNKkHtvB"', '<a href="https://openreview.net/forum?id=rkgNKkHtvB"')


@case("240 an <h1> in the page body")
def _(): sub1(240, "<h2>Uke 10:", "<h1>Uke 10:"); sub1(240, "tilstandsrommodeller</h2>", "tilstandsrommodeller</h1>")


@case("240 S4 given its OpenReview forum")
def _(): sub1(240, "(Gu, Goel &amp; Ré, ICLR 2022).", '(Gu, Goel &amp; Ré, ICLR 2022, <a href="https://openreview.net/forum?id=uYLFoz1vlAC" target="_blank" rel="noopener">OpenReview</a>).')


@case("label: 240's Big Bird relabelled as an arXiv link")
def _():
    def f(e): r = rec(e, 240, "Big Bird"); r["evidence"] = "link"; r["arxiv_id"] = r["true_arxiv_id"]
    exp_edit(f)


# 241 Rd -------------------------------------------------------------------------------------------------------------
@case("241 a bare % (an Rd comment) in the text")
def _(): sub1(241, "about 40\\% slower", "about 40% slower")


@case("241 a closing brace missing")
def _(): sub1(241, "\\emph{Journal of Machine Learning Research}, \\bold{21}", "\\emph{Journal of Machine Learning Research, \\bold{21}")


@case("241 \\seealso moved before \\references")
def _():
    s = rd(241)
    a = s.index("\\references{"); b = s.index("\\seealso{"); c = s.index("\\author{")
    wr(241, s[:a] + s[b:c] + s[a:b] + s[c:])


@case("241 references out of chronological order")
def _(): sub1(241, "Dao T (2024).", "Dao T (2014).")


@case("241 mixed precision training given its 10.48550 DOI")
def _(): sub1(241, "\\dQuote{Mixed Precision Training.}\nIn \\emph{International Conference on Learning Representations}.",
              "\\dQuote{Mixed Precision Training.}\nIn \\emph{International Conference on Learning Representations}.\n\\doi{10.48550/arXiv.1710.03740}.")


# 242 Graphviz DOT ---------------------------------------------------------------------------------------------------
@case("242 an edge to a node that is not declared")
def _(): sub1(242, "fno -> nolib [", "fno -> nolibx [")


@case("242 a node declared twice")
def _(): sub1(242, "    gpm [label=", '    ntm [label="x"];\n    gpm [label=')


@case("242 a statement indented three spaces")
def _(): sub1(242, "\n    ntm [label=", "\n   ntm [label=")


@case("242 an attribute Graphviz does not know")
def _(): sub1(242, 'tooltip="arXiv:2010.03409', 'tooltips="arXiv:2010.03409')


@case("242 an unterminated string")
def _(): sub1(242, 'label="კოდი"];', 'label="კოდი];')


@case("242 Neural Turing Machines given its abs URL")
def _(): sub1(242, 'ntm [label="Neural Turing Machines\\n(Graves, Wayne, Danihelka, 2014)"];', 'ntm [label="Neural Turing Machines\\n(Graves, Wayne, Danihelka, 2014)", URL="https://arxiv.org/abs/1410.5401"];')


@case("label: 242's trajectory transformer recorded under its current title")
def _():
    def f(e): rec(e, 242, "Reinforcement Learning as One Big")["title"] = "Offline Reinforcement Learning as One Big Sequence Modeling Problem"
    exp_edit(f)


# 243 XFDF -----------------------------------------------------------------------------------------------------------
@case("243 a creationdate after the modification date")
def _(): resub(243, r"creationdate=\"D:20240311(\d{6})\+01'00'\" flags=\"print\" date=\"D:20240311\d{6}\+01'00'\"",
               "creationdate=\"D:20240311235959+01'00'\" flags=\"print\" date=\"D:20240311\\1+01'00'\"")


@case("243 a reply to a note that is not in the file")
def _(): resub(243, r'inreplyto="[0-9a-f-]+"', 'inreplyto="00000000-0000-4000-8000-000000000000"')


@case("243 an annotation out of page order")
def _(): resub(243, r'page="18" coords=', 'page="1" coords=')


@case("243 an element left unclosed (not well-formed)")
def _(): sub1(243, "</ink>\n", "\n")


@case("243 MMLU given its arXiv id in the highlight")
def _(): sub1(243, "Measuring Massive Multitask Language Understanding. ICLR 2021.", "Measuring Massive Multitask Language Understanding. ICLR 2021. arXiv:2009.03300")


@case("243 an underline with the subject of a highlight")
def _(): sub1(243, 'subject="Underline"', 'subject="Highlight"')


# 244 Naver blog -----------------------------------------------------------------------------------------------------
@case("244 og:url with another logNo than the post view")
def _(): sub1(244, '<meta property="og:url" content="https://blog.naver.com/deepvision_note/223378194512"/>', '<meta property="og:url" content="https://blog.naver.com/deepvision_note/223378194513"/>')


@case("244 an oglink whose module data says it is text")
def _(): sub1(244, "&quot;type&quot;: &quot;v2_oglink&quot;", "&quot;type&quot;: &quot;v2_text&quot;")


@case("244 an SE-TEXT comment left unpaired")
def _(): sub1(244, "<!-- } SE-TEXT -->", "")


@case("244 a closing </div> missing")
def _(): sub1(244, "                <span class=\"tag_title\">태그</span>\n", "                <span class=\"tag_title\">태그</span>\n<div>\n")


@case("244 SigLIP given its abs link")
def _(): sub1(244, "<b>Sigmoid Loss for Language Image Pre-Training</b>", "<b>Sigmoid Loss for Language Image Pre-Training</b> (https://arxiv.org/abs/2303.15343)")


# 245 Hayagriva ------------------------------------------------------------------------------------------------------
@case("245 a field Hayagriva does not know (journal)")
def _(): sub1(245, "  page-range: 1527-1554\n", "  page-range: 1527-1554\n  journal: Neural Computation\n")


@case("245 a date that is not YYYY[-MM[-DD]]")
def _(): sub1(245, "date: 2006-07", "date: 2006-7")


@case("245 an odd indentation")
def _(): sub1(245, "\n  title: Deep Learning\n", "\n   title: Deep Learning\n")


@case("245 Electric given its abs URL")
def _(): sub1(245, "  page-range: 285-294\n", "  page-range: 285-294\n  url: https://arxiv.org/abs/2012.08561\n")


@case("label: 245's GLAT recorded with another OpenReview id")
def _():
    def f(e): rec(e, 245, "Glancing")["openreview_id"] = "ZaYZfu8pT_M"
    exp_edit(f)


# 246 Notion negative -------------------------------------------------------------------------------------------------
@case("246 a catalogue title as a bookmark title")
def _(): sub1(246, "Stanford CS224N: Natural Language Processing with Deep Learning | 2023", "Attention Is All You Need")


@case("246 the room number made a valid-shaped arXiv id (2403.10712)")
def _(): sub1(246, "Bilik 3.107)", "Bilik 2403.10712)")


@case("246 a bookmark whose shown href is not its link")
def _(): sub1(246, '<img src="https://d2l.ai/_static/favicon.png" class="icon bookmark-icon"/>https://d2l.ai/', '<img src="https://d2l.ai/_static/favicon.png" class="icon bookmark-icon"/>https://d2l.ai/en/')


@case("246 a final newline added (not Notion's tail)")
def _(): wr(246, rd(246) + "\n")


# more label edits -----------------------------------------------------------------------------------------------------
@case("label: 237's LLaMA record removed")
def _(): exp_edit(lambda e: recs(e, 237).remove(rec(e, 237, "LLaMA")))


@case("label: 241's MoE paper relabelled as an arXiv link")
def _():
    def f(e): r = rec(e, 241, "Outrageously"); r["openreview_id"] = None; r["arxiv_id"] = r["true_arxiv_id"]
    exp_edit(f)


@case("label: 244's BLIP-2 relabelled title-only")
def _():
    def f(e): r = rec(e, 244, "BLIP-2"); r["evidence"] = "title-only"; r["arxiv_id"] = None
    exp_edit(f)


total = 0
fresh()
base = subprocess.run(["python3", W + "/validate.py"], capture_output=True, text=True)
print("unbroken:", base.returncode, sum(1 for l in base.stdout.splitlines() if l.startswith("ERROR")), "errors")
failed_to_fail = []
for name, fn in CASES:
    fresh()
    fn()
    r = subprocess.run(["python3", W + "/validate.py"], capture_output=True, text=True)
    errs = [l for l in r.stdout.splitlines() if l.startswith("ERROR")] + ([r.stderr.strip().splitlines()[-1]] if r.returncode not in (0, 1) else [])
    total += len(errs)
    if not errs: failed_to_fail.append(name)
    print(f"[{len(errs)}] rc={r.returncode} {name}")
    for e in errs: print("      ", e[:170])
shutil.rmtree(W)
print("cases", len(CASES), "errors", total, "cases without an ERROR:", failed_to_fail or "none")
