#!/usr/bin/env python3
"""1038: the summary page of a git.sr.ht repository saved from Firefox ("Web Page, HTML only"), as sourcehut serves it:
its nav bar (sourcehut / git / todo / lists / man / builds, Log in — Register), the tabbed header `~user/repo` with
summary / tree / log / refs, the three latest commits (short hash linking to the full one, author, relative time with
the UTC time in its title, message), the refs and clone boxes (https:// and git@ URLs), then the README rendered from
Markdown — an awesome-list of long-context and memory papers kept by a Ukrainian PhD student for her reading group:
an intro paragraph naming one paper in a sentence, three five-column tables (Стаття / Рік / Посилання / Код /
Нотатки) whose link cells say "arXiv", "PDF", "OpenReview", a bare `arXiv:…` or only the venue, and a list of
non-papers (a blog post, a talk, a leaderboard); then the footer. Repositories, the blog post, the talk and the
leaderboard are not papers; "DNC", "LRA", "RoPE", "NTM" are nicknames."""
import hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import by_num, keys

F = by_num(1038)
K = dict(bigbird="2007.14062", hyena="2302.10866", reformer="2001.04451", memformer="2010.06891",
         pi="2306.15595", lite="2004.11886", lost="2307.03172", ntm="1410.5401")
U, R = "~oksana_h", "dovhyi-kontekst"
COMMITS = [("Додати Hyena та Positional Interpolation; прибрати дубль Reformer", "2024-03-12 18:03:44", "4 days ago"),
           ("README: розділ «Пам'ять», посилання на OpenReview для Memformer", "2024-02-27 21:40:09", "18 days ago"),
           ("Перша версія добірки", "2024-02-05 10:12:31", "1 month ago")]


def h(msg):
    return hashlib.sha1(("commit " + msg).encode()).hexdigest()


def commits():
    out = []
    for msg, ts, rel in COMMITS:
        full = h(msg)
        out.append(f"""<div class="event">
<div>
<a href="/{U}/{R}/commit/{full}" title="{full}">{full[:7]}</a> &mdash;
<a href="mailto:oksana.hrytsenko@kpi-lab.example.ua">Oksana Hrytsenko</a>
<small class="pull-right">
<a href="/{U}/{R}/log/main#log-{full}"><span title="{ts} UTC">{rel}</span></a>
</small>
</div>
<pre class="commit">{msg.replace("'", "&#39;")}</pre>
</div>""")
    return "\n".join(out)


README = """<h1>Довгий контекст і пам'ять у трансформерах</h1>
<p>Добірка статей для нашого читального гуртка (вівторок, 18:30, ауд. 305 і в Jitsi). Тут лише те, що ми реально
читали або збираємось читати, а не все підряд. Якщо не знаєте, з чого почати, почніть із
<em>[[T:lost]]</em> — після неї зрозуміло, чому «просто збільшити вікно» не означає, що модель
цим вікном користується.</p>
<p>Патчі й пропозиції — на <a href="mailto:~oksana_h/public-inbox@lists.sr.ht">~oksana_h/public-inbox@lists.sr.ht</a>
(<code>git send-email</code>), або просто напишіть у чат гуртка.</p>
<h2>Ефективна увага</h2>
<table>
<thead>
<tr>
<th>Стаття</th>
<th>Рік</th>
<th>Посилання</th>
<th>Код</th>
<th>Нотатки</th>
</tr>
</thead>
<tbody>
<tr>
<td>[[T:bigbird]]</td>
<td>2020</td>
<td><a href="https://arxiv.org/abs/2007.14062" rel="nofollow noopener">arXiv</a></td>
<td><a href="https://github.com/google-research/bigbird" rel="nofollow noopener">google-research/bigbird</a></td>
<td>вікно + глобальні + випадкові токени; є доведення, що така увага лишається універсальним апроксиматором</td>
</tr>
<tr>
<td>[[T:reformer]]</td>
<td>2020</td>
<td><a href="https://openreview.net/forum?id=rkgNKkHtvB" rel="nofollow noopener">OpenReview</a></td>
<td>trax</td>
<td>LSH-увага + оборотні шари; на практиці повільніший, ніж обіцяють таблиці</td>
</tr>
<tr>
<td>Lite Transformer  with Long-Short Range Attention</td>
<td>2020</td>
<td>ICLR 2020</td>
<td><a href="https://github.com/mit-han-lab/lite-transformer" rel="nofollow noopener">mit-han-lab/lite-transformer</a></td>
<td>для мобільних пристроїв: згортки для локального контексту, увага для далекого</td>
</tr>
<tr>
<td>Hyena (<em>[[T:hyena]]</em>)</td>
<td>2023</td>
<td><a href="https://arxiv.org/pdf/2302.10866.pdf" rel="nofollow noopener">PDF</a></td>
<td><a href="https://github.com/HazyResearch/safari" rel="nofollow noopener">HazyResearch/safari</a></td>
<td>довгі неявні згортки замість уваги; порівнювати з результатами на LRA</td>
</tr>
</tbody>
</table>
<h2>Пам'ять</h2>
<table>
<thead>
<tr>
<th>Стаття</th>
<th>Рік</th>
<th>Посилання</th>
<th>Код</th>
<th>Нотатки</th>
</tr>
</thead>
<tbody>
<tr>
<td>[[T:ntm]]</td>
<td>2014</td>
<td>—</td>
<td>—</td>
<td>класика (NTM); читати разом із DNC, бо без неї незрозуміло, звідки адресація за змістом</td>
</tr>
<tr>
<td>[[T:memformer]]</td>
<td>2020</td>
<td><a href="https://openreview.net/forum?id=_adSMszz_g9" rel="nofollow noopener">OpenReview</a></td>
<td>—</td>
<td>зовнішня пам'ять фіксованого розміру; на ICLR не взяли, але рецензії варто прочитати</td>
</tr>
</tbody>
</table>
<h2>Довгий контекст у LLM</h2>
<table>
<thead>
<tr>
<th>Стаття</th>
<th>Рік</th>
<th>Посилання</th>
<th>Код</th>
<th>Нотатки</th>
</tr>
</thead>
<tbody>
<tr>
<td>[[T:pi]]</td>
<td>2023</td>
<td>arXiv:2306.15595</td>
<td>—</td>
<td>інтерполяція позицій RoPE замість екстраполяції; 1000 кроків дотренування</td>
</tr>
</tbody>
</table>
<h2>Не статті, але корисне</h2>
<ul>
<li><a href="https://lilianweng.github.io/posts/2023-01-27-the-transformer-family-v2/" rel="nofollow noopener">The Transformer Family Version 2.0</a> — блог Ліліан Вен, великий огляд варіантів уваги</li>
<li>Доповідь про Hyena на Stanford MLSys Seminar (YouTube) — <a href="https://www.youtube.com/watch?v=SiBZEGlYqrg" rel="nofollow noopener">запис</a></li>
<li>Таблиця результатів LRA — <a href="https://paperswithcode.com/sota/long-range-modeling-on-lra" rel="nofollow noopener">paperswithcode</a></li>
</ul>
<p>Ліцензія добірки: CC BY 4.0.</p>"""

PAGE = """<!doctype html>
<html lang="en">
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{U}/{R} - sourcehut git</title>
<link rel="stylesheet" href="/static/main.min.0f5a8c3e.css">
<meta name="vcs" content="git">
<meta name="vcs:clone" content="https://git.sr.ht/{U}/{R}">
<meta name="forge:summary" content="https://git.sr.ht/{U}/{R}">
<meta name="forge:dir" content="https://git.sr.ht/{U}/{R}/tree/{ref}/item/{path}">
<meta name="forge:file" content="https://git.sr.ht/{U}/{R}/tree/{ref}/item/{path}">
<meta name="forge:rawfile" content="https://git.sr.ht/{U}/{R}/blob/{ref}/{path}">
<meta name="forge:line" content="https://git.sr.ht/{U}/{R}/tree/{ref}/item/{path}#L{line}">
<body>
<nav class="container-fluid navbar navbar-light navbar-expand-sm">
<span class="navbar-brand">
<span class="icon icon-circle"></span>
<a href="https://sr.ht/">sourcehut</a>
</span>
<ul class="navbar-nav">
<li class="nav-item"><a class="nav-link active" href="/">git</a></li>
<li class="nav-item"><a class="nav-link" href="https://todo.sr.ht/">todo</a></li>
<li class="nav-item"><a class="nav-link" href="https://lists.sr.ht/">lists</a></li>
<li class="nav-item"><a class="nav-link" href="https://man.sr.ht/">man</a></li>
<li class="nav-item"><a class="nav-link" href="https://builds.sr.ht/">builds</a></li>
</ul>
<div class="login">
<span class="navbar-text">
<a href="https://meta.sr.ht/login?return_to=https%3A%2F%2Fgit.sr.ht%2F{U}%2F{R}">Log in</a>
&mdash;
<a href="https://meta.sr.ht">Register</a>
</span>
</div>
</nav>
<div class="header-tabbed">
<div class="container">
<h2>
<a href="/{U}/">{U}</a>/{R}
</h2>
<div class="description">Статті про довгий контекст і пам&#39;ять у трансформерах (читальний гурток)</div>
<ul class="nav nav-tabs">
<li class="nav-item"><a class="nav-link active" href="/{U}/{R}">summary</a></li>
<li class="nav-item"><a class="nav-link" href="/{U}/{R}/tree">tree</a></li>
<li class="nav-item"><a class="nav-link" href="/{U}/{R}/log">log</a></li>
<li class="nav-item"><a class="nav-link" href="/{U}/{R}/refs">refs</a></li>
</ul>
</div>
</div>
<div class="container">
<div class="row" style="margin-bottom: 1rem">
<div class="col-md-6">
<div class="event-list" style="margin-bottom: 0.5rem">
{COMMITS}
</div>
</div>
<div class="col-md-2">
<h3>refs</h3>
<dl>
<dt>main</dt>
<dd>
<a href="/{U}/{R}/tree">browse</a>
<a href="/{U}/{R}/log">log</a>
</dd>
</dl>
</div>
<div class="col-md-4">
<h3>clone</h3>
<dl>
<dt>read-only</dt>
<dd><a href="https://git.sr.ht/{U}/{R}">https://git.sr.ht/{U}/{R}</a></dd>
<dt>read/write</dt>
<dd>git@git.sr.ht:{U}/{R}</dd>
</dl>
</div>
</div>
<div class="row">
<div class="col-md-10">
<div style="margin-bottom: 1rem">
{README}
</div>
</div>
</div>
</div>
<div class="container-fluid">
<footer>
<p>
<small>
&copy; 2018-2024 The SourceHut contributors
&mdash;
<a href="https://man.sr.ht/terms.md">Terms of Service</a>
&mdash;
<a href="https://man.sr.ht/privacy.md">Privacy Policy</a>
&mdash;
<a href="https://git.sr.ht/~sircmpwn/git.sr.ht">Source code</a>
&mdash;
<a href="https://man.sr.ht/support.md">Support</a>
</small>
</p>
</footer>
</div>
</body>
</html>
"""
text = PAGE.replace("{U}", U).replace("{R}", R).replace("{COMMITS}", commits()).replace("{README}", fill(README, K))
import html as _h
write_only(F, text, keys(F), forms=[_h.unescape(text)])
