#!/usr/bin/env python3
"""Builds digests/170_evernote_enex_automl_optimisation_notebook.enex: an Evernote 10 "Export notebook" (.enex) of
a notebook "Reading · AutoML & optimisation": the XML declaration, the en-export DOCTYPE (evernote-export4.dtd),
<en-export export-date application="Evernote" version="10.68.2">, one <note> per note with <title>, <created>/
<updated> as YYYYMMDDTHHMMSSZ, <tag>s, <note-attributes> (author, source web.clip7 / desktop.mac, source-url,
source-application, reminder-order), the ENML body in <content><![CDATA[<?xml …?><!DOCTYPE en-note …><en-note>…
</en-note>]]></content> (divs, <br/>, lists, <en-todo checked>, <a href>, inline styles of web clips), and
<resource>s (base64 <data> wrapped at 76 columns, <mime>, <width>/<height> for the image, <resource-attributes>
with <file-name>) referenced from the body by <en-media hash="MD5 of the data" type>.

Evidence: web clips whose note-attributes source-url is an arXiv abs page (link), a link in a note body (pdf URL,
link), a PDF attachment named with its arXiv id (arxiv-text) and an id typed in a note (arxiv-text), titles in
note titles and in lists (title-only). Non-papers: a book (the "Beyond the Worst-Case Analysis" chapter's book), the
PyGlove repository, the Optuna docs, a lecture video, a blog post. Nicknames: DARTS, "He init", SAM/ASAM (no title),
"the AdamW paper" — its old arXiv title is given too. A travel-claim number 2306.4471 is not an arXiv id."""
import base64, hashlib, os, zlib

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "170_evernote_enex_automl_optimisation_notebook.enex")


def pdf_bytes(seed):
    """a minimal one-page PDF without text (the scan of a printout)"""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>"]
    stream = zlib.compress(f"% {seed}\n0.9 g 72 72 468 648 re f\n".encode())
    objs.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out, offs = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n"), []
    for i, o in enumerate(objs, 1):
        offs.append(len(out)); out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return bytes(out)


def png_bytes(seed, w=64, h=40):
    raw = b"".join(b"\x00" + bytes(((x * 3 + y * 5 + seed) % 256) for x in range(w * 3)) for y in range(h))
    def chunk(t, d):
        return len(d).to_bytes(4, "big") + t + d + zlib.crc32(t + d).to_bytes(4, "big")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", w.to_bytes(4, "big") + h.to_bytes(4, "big") + b"\x08\x02\x00\x00\x00") + \
        chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def b64(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


ENML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">\n'


def note(title, created, updated, tags, attrs, body, resources=()):
    out = ["  <note>", f"    <title>{title}</title>", f"    <created>{created}</created>", f"    <updated>{updated}</updated>"]
    out += [f"    <tag>{t}</tag>" for t in tags]
    out.append("    <note-attributes>")
    out += [f"      <{k}>{v}</{k}>" for k, v in attrs]
    out.append("    </note-attributes>")
    out.append(f"    <content>\n      <![CDATA[{ENML_HEAD}<en-note>{body}</en-note>      ]]>\n    </content>")
    for data, mime, fname, extra in resources:
        out.append("    <resource>")
        out.append(f'      <data encoding="base64">\n{b64(data)}\n</data>')
        out.append(f"      <mime>{mime}</mime>")
        out += [f"      <{k}>{v}</{k}>" for k, v in extra]
        out.append("      <resource-attributes>")
        out.append(f"        <file-name>{fname}</file-name>")
        out.append("      </resource-attributes>")
        out.append("    </resource>")
    out.append("  </note>")
    return "\n".join(out)


def media(data, mime, extra=""):
    return f'<en-media hash="{hashlib.md5(data).hexdigest()}" type="{mime}"{extra} />'


PDF1 = pdf_bytes("autodropout printout, annotated")
PNG1 = png_bytes(17)
CLIP_STYLE = 'style="font-family: Lucida Grande,helvetica,arial,verdana,sans-serif; font-size: 14px; line-height: 1.4;"'
ME = "Kasia Nowicka"

NOTES = [
  note("[2101.08809] PyGlove: Symbolic Programming for Automated Machine Learning", "20230911T081204Z", "20230911T081204Z",
       ["automl", "clipped"],
       [("author", ME), ("source", "web.clip7"), ("source-url", "https://arxiv.org/abs/2101.08809"),
        ("source-application", "webclipper.evernote")],
       f'<div {CLIP_STYLE}><div><h1 style="font-size: 1.6em; margin: 0.5em 0;">PyGlove: Symbolic Programming for Automated Machine Learning</h1>'
       '<div style="margin: 1em 0;"><a href="https://arxiv.org/a/peng_d_1">Daiyi Peng</a>, <a href="https://arxiv.org/a/dong_x_1">Xuanyi Dong</a>, '
       'Esteban Real, Mingxing Tan, Yifeng Lu, Hanxiao Liu, Gabriel Bender, Adam Kraft, Chen Liang, Quoc V. Le</div>'
       '<blockquote style="margin: 1em 2em;">Neural networks are sensitive to hyper-parameter and architecture choices. '
       'Automated Machine Learning (AutoML) is a promising paradigm for automating these choices. [...]</blockquote>'
       '<div>Comments: NeurIPS 2020 Oral</div><div>Subjects: Machine Learning (cs.LG)</div></div></div>'
       '<div><br /></div><div>--- my notes ---</div><div>symbolic "hyper values" + rebinding = search space is just a '
       'program. Code: <a href="https://github.com/google/pyglove">github.com/google/pyglove</a> (pip install pyglove).</div>'),
  note("AutoDropout: Learning Dropout Patterns to Regularize Deep Networks", "20230912T191533Z", "20230918T072010Z",
       ["automl", "regularisation", "printed"],
       [("author", ME), ("source", "desktop.mac"), ("reminder-order", "1694546133000")],
       '<div>Printed &amp; annotated on the train, scan attached.</div><div><br /></div>'
       '<ul><li><div>controller (Transformer) samples dropout <b>patterns</b>, not rates</div></li>'
       '<li><div>reward = val. perplexity / accuracy of the child model — expensive, they reuse across datasets</div></li>'
       '<li><div>compare with the RandAugment-style search in the lab code</div></li></ul>'
       '<div><en-todo checked="true" />read sec. 3</div><div><en-todo checked="false" />reproduce CIFAR-10 WRN row</div>'
       '<div><br /></div><div>(unrelated: conference travel claim 2306.4471 still pending with the faculty office)</div>'
       f'<div>{media(PDF1, "application/pdf")}</div>',
       [(PDF1, "application/pdf", "2101.01761v1.pdf", [])]),
  note("AutoHAS", "20230914T102248Z", "20230914T110602Z", ["automl", "nas"],
       [("author", ME), ("source", "desktop.mac")],
       '<div><b>AutoHAS: Efficient Hyperparameter and Architecture Search</b> (Dong, Tan, Yu, Peng, Gabrys, Le)</div>'
       '<div>Joint HP + architecture search with a shared supernet; HPs as a categorical choice, weights shared '
       'across HP choices via a temporary copy. ~2x cheaper than sequential search in their setting.</div>'
       '<div><br /></div><div>Related, to skim before the group meeting:</div>'
       '<ol><li><div>DARTS (the original — everyone knows it)</div></li>'
       '<li><div>Rethinking Architecture Selection in Differentiable NAS — ICLR 2021 outstanding paper; '
       'the magnitude of alpha does not tell you the operation strength</div></li>'
       '<li><div>Optuna docs on the TPE sampler: <a href="https://optuna.readthedocs.io/en/stable/reference/samplers/generated/optuna.samplers.TPESampler.html">TPESampler</a></div></li></ol>'),
  note("Init + activations (for the tutorial slides)", "20230920T154001Z", "20231002T090415Z", ["optimisation", "teaching"],
       [("author", ME), ("source", "desktop.mac")],
       '<div>He init = Delving Deep into Rectifiers: Surpassing Human-Level Performance on ImageNet Classification '
       '(ICCV 2015). Var(w) = 2/n_in. PReLU is in the same paper, people forget.</div>'
       '<div>Xavier/Glorot for tanh — cite the AISTATS one only if we need it.</div>'
       "<div>" + media(PNG1, "image/png", ' width="64"') + "</div>"
       '<div>Lecture I liked: <a href="https://www.youtube.com/watch?v=4pQHcmYq2Ro">Initialization, the full story (YouTube, 48 min)</a></div>',
       [(PNG1, "image/png", "init_variance_plot.png", [("width", "64"), ("height", "40")])]),
  note("Smooth Adversarial Training", "20231005T111724Z", "20231005T113020Z", ["robustness", "activations"],
       [("author", ME), ("source", "desktop.mac")],
       '<div>ReLU has a non-smooth gradient → worse adversarial training. Swap for SiLU/GELU/parametric softplus '
       'and robustness goes up for free. <a href="https://arxiv.org/pdf/2006.14536v2">pdf (v2)</a></div>'
       '<div>Same authors as AutoHAS (Tan, Le) — Google Brain AutoML crowd.</div>'),
  note("[2010.01412] Sharpness-Aware Minimization for Efficiently Improving Generalization", "20231010T083011Z", "20231010T083011Z",
       ["optimisation", "clipped"],
       [("author", ME), ("source", "web.clip7"), ("source-url", "https://arxiv.org/abs/2010.01412"),
        ("source-application", "webclipper.evernote")],
       f'<div {CLIP_STYLE}><div><h1 style="font-size: 1.6em; margin: 0.5em 0;">Sharpness-Aware Minimization for Efficiently Improving Generalization</h1>'
       '<div style="margin: 1em 0;">Pierre Foret, Ariel Kleiner, Hossein Mobahi, Behnam Neyshabur</div>'
       '<blockquote style="margin: 1em 2em;">In today\'s heavily overparameterized models, the value of the training loss '
       'provides few guarantees on model generalization ability. [...]</blockquote>'
       '<div>Comments: ICLR 2021 (spotlight)</div></div></div>'
       '<div><br /></div><div>SAM = two forward/backward passes per step; rho=0.05. ASAM is the scale-invariant fix. '
       'Good explainer: <a href="https://www.bluebird-ml.example.com/posts/sam-explained/">"SAM, explained with one picture"</a> (blog).</div>'),
  note("AdamW / weight decay", "20231016T070355Z", "20231016T071840Z", ["optimisation"],
       [("author", ME), ("source", "mobile.android")],
       '<div>Decoupled Weight Decay Regularization — Loshchilov &amp; Hutter, ICLR 2019.</div>'
       '<div>(first arXiv version was called "Fixing Weight Decay Regularization in Adam" — same paper, the AdamW paper)</div>'
       '<div>L2 ≠ weight decay for adaptive methods. Use decoupled decay + cosine schedule with warm restarts.</div>'),
  note("Theory corner", "20231103T200102Z", "20231106T081522Z", ["theory"],
       [("author", ME), ("source", "desktop.mac")],
       '<div>1. Why Do Local Methods Solve Nonconvex Problems? — Tengyu Ma. It is a chapter of the book '
       '<i>Beyond the Worst-Case Analysis of Algorithms</i> (Cambridge UP, 2020, ed. Roughgarden), borrowed from the library.</div>'
       '<div>2. Why Are Convolutional Nets More Sample-Efficient than Fully-Connected Nets? arXiv:2010.08515 — '
       'Li, Zhang, Arora. Equivariance argument, Omega(d^2) vs O(1) samples.</div>'),
]

doc = ('<?xml version="1.0" encoding="UTF-8"?>\n'
       '<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">\n'
       '<en-export export-date="20240214T091530Z" application="Evernote" version="10.68.2">\n'
       + "\n".join(NOTES) + "\n</en-export>\n")

with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
    fh.write(doc)
