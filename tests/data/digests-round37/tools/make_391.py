#!/usr/bin/env python3
"""391: a Weights & Biases report saved from the browser as HTML (simplified to the rendered DOM): the page title
"... | project – Weights & Biases", the nav bar (entity / project / Reports), the report header (title, description,
authors, "Created on … | Last edited on …"), text blocks with numbered citations [n], panel grids with line-plot
panels and a run set table ("Run set 24", "1-6 of 24"), a References block (ordered list), the comments section and
the footer. Papers: arxiv.org abs/pdf links on titles in text and references (link), "arXiv:ID" in a reference
(arxiv-text), titles in references without ids and titles quoted in comments (title-only; LeNet's paper is not on
arXiv). Not papers: W&B docs, the project repo, timm, the ImageNet-C repository, a lab blog post, the fast.ai course,
run names, "ViT-S/16", "ResNet-50", "RandAugment", "ImageNet-C" (names only)."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F391, keys, LENET

E = html.escape
ENT, PROJ = "lakemont-vision", "tiny-robust"
RTITLE = "ViT-S/16 vs ResNet-50 under distribution shift: what actually helped"
REFS = [  # (html)
 f'Loshchilov &amp; Hutter. <a href="https://arxiv.org/abs/1711.05101">{E(T("1711.05101"))}</a>. ICLR 2019.',
 f'Foret, Kleiner, Mobahi &amp; Neyshabur. <a href="https://arxiv.org/abs/2010.01412">{E(T("2010.01412"))}</a>. ICLR 2021.',
 f'Tan &amp; Le. <a href="https://arxiv.org/pdf/2104.00298.pdf">{E(T("2104.00298"))}</a>. ICML 2021.',
 f'Pham &amp; Le. {E(T("2101.01761"))}. AAAI 2021.',
 f'Peng et al. {E(T("2101.08809"))}. arXiv:2101.08809.',
 f'Xie, Tan, Gong, Yuille &amp; Le. {E(T("2006.14536"))}.',
 f'Bhojanapalli et al. <a href="https://arxiv.org/abs/2103.14586">{E(T("2103.14586"))}</a>. ICCV 2021.',
 f'Geirhos et al. {E(T("2004.07780"))}. Nature Machine Intelligence, 2020.',
]
RUNS = [  # name, id, optimizer, wd, rho, top1, top1_c
 ("vit-s-adamw-sam-rho0.05", "3k9x2p1q", "adamw", "0.05", "0.05", "78.4", "52.9"),
 ("vit-s-adamw-wd0.05", "q0e7m2zt", "adamw", "0.05", "—", "77.1", "49.6"),
 ("rn50-sgd-sam-rho0.05", "w81dk3va", "sgd", "1e-4", "0.05", "77.9", "43.8"),
 ("rn50-sgd-baseline", "b6r0u1xn", "sgd", "1e-4", "—", "76.8", "41.2"),
 ("vit-s-adam-l2", "h2c5y9fo", "adam", "0.05 (L2)", "—", "75.3", "46.0"),
 ("rn50-sgd-dropout0.3", "z7j4p6ke", "sgd", "1e-4", "—", "76.2", "40.7"),
]
TOTAL = 24
COMMENTS = [  # author, handle, date, html
 ("Daisuke Nakamura", "dnakamura", "May 14, 2024", f'For the gap at 10% data it is worth citing &quot;{E(T("2010.08515"))}&quot; in the discussion; it is the cleanest argument for the CNN prior that I know.'),
 ("Irene Castell", "icastell", "May 14, 2024", f'If you do the history slide for group meeting: the original is &quot;{E(LENET)}&quot; (LeCun et al., 1998). Not sure it belongs in a report though.'),
 ("Petra Koval", "pkoval", "May 15, 2024", 'Agreed with both. Rerunning the RandAugment ablation on the full set this week, see <a href="https://github.com/lakemont-vision/tiny-robust/issues/41">#41</a>.'),
]


def cite(*ns):
    return "".join(f'<sup><a href="#ref-{n}">[{n}]</a></sup>' for n in ns)


rows = "\n".join(
    f'<tr><td><a href="/{ENT}/{PROJ}/runs/{rid}">{name}</a></td><td>{opt}</td><td>{wd}</td><td>{rho}</td><td>{a}</td><td>{c}</td></tr>'
    for name, rid, opt, wd, rho, a, c in RUNS)
refs = "\n".join(f'<li id="ref-{i}">{r}</li>' for i, r in enumerate(REFS, 1))
comments = "\n".join(
    f'<div class="comment"><div class="comment-author"><a href="/{h}">{a}</a></div><div class="comment-date">{d}</div><div class="comment-body"><p>{b}</p></div></div>'
    for a, h, d, b in COMMENTS)
text = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(RTITLE)} | {PROJ} – Weights &amp; Biases</title>
<meta name="description" content="Sweeps from the first two weeks of the robustness project, with the papers behind each knob.">
<meta property="og:title" content="{E(RTITLE)}">
<meta property="og:site_name" content="W&amp;B">
<link rel="icon" href="https://wandb.ai/favicon.ico">
<link rel="stylesheet" href="https://cdn.wandb.ai/static/css/main.0c4f1e2b.css">
</head>
<body>
<div id="root">
<nav class="nav-bar"><a class="logo" href="/">Weights &amp; Biases</a><span class="crumbs"><a href="/{ENT}">{ENT}</a> / <a href="/{ENT}/{PROJ}">{PROJ}</a> / <a href="/{ENT}/{PROJ}/reportlist">Reports</a></span><button>Share</button><button>Edit</button><button>Comment</button></nav>
<main class="report">
<header class="report-header">
<h1>{E(RTITLE)}</h1>
<div class="report-description">Sweeps from the first two weeks of the robustness project, with the papers behind each knob.</div>
<div class="report-authors"><a href="/pkoval">Petra Koval</a>, <a href="/dnakamura">Daisuke Nakamura</a></div>
<div class="report-dates">Created on May 6 | Last edited on May 14</div>
</header>
<section class="block">
<h2>TL;DR</h2>
<ul>
<li>SAM helps both backbones on ImageNet-C, the ViT much more than the ResNet.</li>
<li>Decoupled weight decay matters for the ViT: Adam with L2 is 1.8 points worse in-distribution.</li>
<li>Dropout on the ResNet does nothing useful at this scale.</li>
</ul>
</section>
<section class="block">
<h2>Setup</h2>
<p>Both backbones come from <a href="https://github.com/huggingface/pytorch-image-models">timm</a> and are trained for 100 epochs on a 300-class ImageNet subset with RandAugment; robustness is measured on the matching ImageNet-C classes (<a href="https://github.com/hendrycks/robustness">corruption data</a>) at severity 3. Code: <a href="https://github.com/{ENT}/{PROJ}">{ENT}/{PROJ}</a>. See the <a href="https://docs.wandb.ai/guides/reports">W&amp;B docs</a> for how the run set below is filtered.</p>
</section>
<section class="panel-grid">
<div class="panel" data-panel-type="line"><h4>val/top1</h4><canvas width="480" height="300"></canvas></div>
<div class="panel" data-panel-type="line"><h4>val_c/top1 (ImageNet-C, severity 3)</h4><canvas width="480" height="300"></canvas></div>
<div class="panel" data-panel-type="line"><h4>train/loss</h4><canvas width="480" height="300"></canvas></div>
<div class="runset">
<div class="runset-title">Run set <span class="count">{TOTAL}</span></div>
<table class="runs">
<thead><tr><th>Name</th><th>optimizer</th><th>weight_decay</th><th>sam_rho</th><th>val/top1</th><th>val_c/top1</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<div class="runset-footer">1-{len(RUNS)} of {TOTAL}</div>
</div>
</section>
<section class="block">
<h2>Optimizer and regularisation</h2>
<p>All ViT runs use AdamW, i.e. weight decay applied to the weights rather than added to the gradient as in <a href="https://arxiv.org/abs/1711.05101">{E(T("1711.05101"))}</a>{cite(1)}; the "adam-l2" run is the control. The SAM runs follow <a href="https://arxiv.org/abs/2010.01412">{E(T("2010.01412"))}</a>{cite(2)} with ρ = 0.05 and no other change.</p>
<p>We did not try learned dropout patterns{cite(4)} because their search space needs PyGlove{cite(5)}, which we do not have set up; plain dropout on the ResNet is the cheap stand-in. Progressive resizing as in EfficientNetV2{cite(3)} is on the list for the full-data runs.</p>
</section>
<section class="panel-grid">
<div class="panel" data-panel-type="bar"><h4>val_c/top1 by corruption (best run per backbone)</h4><canvas width="980" height="320"></canvas></div>
</section>
<section class="block">
<h2>Robustness</h2>
<p>The ViT's larger gain from SAM matches what {E(T("2103.14586"))}{cite(7)} report for transformers under corruptions. Adversarial training with smooth activations{cite(6)} is the obvious next baseline but costs 3× the compute. The ResNet's failures on contrast and fog look like texture reliance, the classic case in Geirhos et al.{cite(8)}.</p>
<p>Background reading for the group: our <a href="https://{ENT}.github.io/blog/2024/vit-recipes/">ViT training recipes post</a> and the <a href="https://course.fast.ai/">fast.ai course</a> chapter on data augmentation.</p>
</section>
<section class="block">
<h2>References</h2>
<ol class="references">
{refs}
</ol>
</section>
<section class="comments">
<h3>Comments ({len(COMMENTS)})</h3>
{comments}
</section>
</main>
<footer class="footer"><a href="https://wandb.ai/site/terms">Terms</a> · <a href="https://wandb.ai/site/privacy">Privacy</a> · <a href="https://docs.wandb.ai/">Docs</a> · © 2024 Weights &amp; Biases</footer>
</div>
</body>
</html>
"""
import re
from html.parser import HTMLParser
plain = html.unescape(re.sub(r"<[^>]+>", " ", text))
write_only(F391, text, keys(F391), forms=[plain])
