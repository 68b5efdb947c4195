#!/usr/bin/env python3
"""371: a Papers-with-Code-style leaderboard page ("Image Classification on ImageNet") saved from the browser as
HTML (a mirror of the site's layout, on an invented host): navbar, breadcrumbs, the task header, a results chart
placeholder, the leaderboard table Rank / Model / Top 1 Accuracy / Number of params / Extra Training Data / Paper /
Code / Result / Year / Tags, the paper cells linking to the site's /paper/slug pages (title-only), a "Papers" section
("Latest papers with code" for the task) where each card has an arXiv PDF link (link), datasets and subtasks
sidebars, footer. Model names (ResNeSt-269, EfficientNet-B7 + AutoDropout, …), datasets (ImageNet, ImageNet-A),
libraries (timm) and the site's license line are not papers."""
import os, re, sys
from html import escape
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F371, keys, ev

E = ev(F371)


def slug(k):
    return re.sub(r"[^a-z0-9]+", "-", T(k).lower()).strip("-")


ROWS = [  # (model, top1, params, extra, key, year, tags)
 ("ResNeSt-269", "84.5%", "111M", "No", "2004.08955", 2020, "ResNet"),
 ("EfficientNet-B7 + AutoDropout + RandAugment", "84.3%", "66M", "No", "2101.01761", 2021, "EfficientNet"),
 ("ResNeSt-200", "83.9%", "70M", "No", "2004.08955", 2020, "ResNet"),
 ("AutoHAS (searched)", "81.1%", "—", "No", "2006.03656", 2020, "NAS"),
 ("EfficientNet-L1 (SAT)", "80.8%", "—", "No", "2006.14536", 2020, "Adversarial"),
 ("ResNet-50 (DARTS-PT cell transfer)", "76.2%", "—", "No", "2108.04392", 2021, "NAS"),
 ("PReLU-net", "75.2%", "—", "No", "1502.01852", 2015, "PReLU"),
]
tr = []
for i, (m, a, p, x, k, y, tag) in enumerate(ROWS, 1):
    tr.append(f"""      <tr>
        <td>{i}</td>
        <td class="model-name">{escape(m)}</td>
        <td>{a}</td>
        <td>{p}</td>
        <td>{x}</td>
        <td class="paper-title"><a href="/paper/{slug(k)}">{escape(T(k))}</a></td>
        <td><a href="/paper/{slug(k)}#code"><span class="code-icon"></span></a></td>
        <td><a href="/paper/{slug(k)}/review/?hl=2451">Result</a></td>
        <td>{y}</td>
        <td><span class="badge badge-primary">{tag}</span></td>
      </tr>""")
PAPERS = [("2103.14586", "12 Mar 2021", 1), ("2101.08809", "21 Jan 2021", 2), ("2012.07177", "13 Dec 2020", 4),
          ("2006.06882", "11 Jun 2020", 3), ("1502.01852", "06 Feb 2015", 9), ("2004.08955", "19 Apr 2020", 8)]
cards = []
for k, d, n in PAPERS:
    links = f'<a href="https://arxiv.org/pdf/{k}v1.pdf" class="badge badge-light">PDF</a>' if E[k] == "link" else ""
    cards.append(f"""      <div class="row infinite-item item paper-card">
        <div class="col-lg-9 item-content">
          <h1><a href="/paper/{slug(k)}">{escape(T(k))}</a></h1>
          <p class="author-section"><span class="author-name-text item-date-pub">{d}</span></p>
          <p class="item-strip-abstract">Results on ImageNet and related benchmarks; see paper.</p>
          <div class="sota">{links}<a href="/paper/{slug(k)}#code" class="badge badge-light">Code</a></div>
        </div>
        <div class="col-lg-3 item-interact"><div class="entity-stars"><span class="badge badge-secondary">{n}k stars</span></div></div>
      </div>""")
text = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>ImageNet Benchmark (Image Classification) | Papers with Code mirror</title>
<meta name="description" content="The current state-of-the-art on ImageNet (subset shown). See a full comparison on the task page.">
<link rel="stylesheet" href="/static/css/pwc.min.css">
</head>
<body>
<nav class="navbar navbar-expand-lg">
  <a class="navbar-brand" href="/">Papers With Code</a>
  <ul class="navbar-nav">
    <li class="nav-item"><a class="nav-link" href="/">Browse State-of-the-Art</a></li>
    <li class="nav-item"><a class="nav-link" href="/datasets">Datasets</a></li>
    <li class="nav-item"><a class="nav-link" href="/methods">Methods</a></li>
    <li class="nav-item"><a class="nav-link" href="/newsletter">Newsletter</a></li>
  </ul>
</nav>
<div class="container content">
  <nav aria-label="breadcrumb"><ol class="breadcrumb">
    <li class="breadcrumb-item"><a href="/area/computer-vision">Computer Vision</a></li>
    <li class="breadcrumb-item"><a href="/task/image-classification">Image Classification</a></li>
    <li class="breadcrumb-item active">ImageNet</li>
  </ol></nav>
  <h1 class="leaderboard-title">Image Classification on ImageNet</h1>
  <div class="leaderboard-chart"><canvas id="sota-chart" width="900" height="300"></canvas></div>
  <h2>Leaderboard</h2>
  <p class="filters">Filter: <span class="badge">Without extra training data</span> <span class="badge">Show 7 of 1092 rows</span></p>
  <table class="table table-striped" id="leaderboard">
    <thead>
      <tr><th>Rank</th><th>Model</th><th>Top 1 Accuracy</th><th>Number of params</th><th>Extra Training Data</th><th>Paper</th><th>Code</th><th>Result</th><th>Year</th><th>Tags</th></tr>
    </thead>
    <tbody>
{chr(10).join(tr)}
    </tbody>
  </table>
  <h2>Papers</h2>
  <p>Latest papers with code for <a href="/task/image-classification">Image Classification</a> evaluated on ImageNet:</p>
  <div class="infinite-container">
{chr(10).join(cards)}
  </div>
  <div class="sidebar">
    <h3>Datasets</h3>
    <ul><li><a href="/dataset/imagenet">ImageNet</a></li><li><a href="/dataset/imagenet-a">ImageNet-A</a></li><li><a href="/dataset/coco">COCO</a></li></ul>
    <h3>Subtasks</h3>
    <ul><li><a href="/task/fine-grained-image-classification">Fine-Grained Image Classification</a></li><li><a href="/task/neural-architecture-search">Neural Architecture Search</a></li></ul>
    <h3>Libraries</h3>
    <ul><li><a href="/lib/timm">timm</a> (PyTorch Image Models)</li></ul>
  </div>
</div>
<footer class="footer">
  <p>Contact us on: hello@pwc-mirror.example. Papers With Code is a free resource with all data licensed under CC-BY-SA.</p>
  <p><a href="/about">About</a> · <a href="/terms">Terms</a> · <a href="/privacy">Data policy</a> · <a href="/cookies">Cookies policy</a></p>
</footer>
</body>
</html>
"""
write_only(F371, text, keys(F371))
