#!/usr/bin/env python3
"""899: one chapter page of a Korean study group's mdBook (`awesome-efficient-attention-ko`), as mdBook 0.4.36
renders it and as `wget` saved it from the group's GitHub Pages site: `<!DOCTYPE HTML>`, `<!-- Book generated using
mdBook -->`, the head (title `chapter - book`, stylesheets, FontAwesome, highlight.js themes, `path_to_root`), the
theme / sidebar scripts, the sidebar ToC (`<ol class="chapter">`, numbered `<strong aria-hidden="true">N.</strong>`,
the current chapter `class="active"`), the menu bar (theme list, search, print / Git repository / Suggest an edit),
the search wrapper, `<main>` with the chapter (its first line indented by the template, the rest not), the mobile and
wide prev / next navigation, the script tags. The chapter is pulldown-cmark's HTML of the Markdown source: headings
with mdBook's ids and `<a class="header">` anchors, an awesome table (paper, venue / year, paper link, code, one-line
review in Korean) wrapped in `<div class="table-wrapper">`, a reading order by nickname, related material, a
blockquote. Three rows have no paper link yet (title only, code link); one gives the arXiv id as a code span. Code
repositories, a blog post, documentation and a talk are not papers."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import by_num, keys

F = by_num(899)
K = dict(flash="2205.14135", linformer="2006.04768", performer="2009.14794", lra="2011.04006", sparse="1904.10509",
         rfa="2103.02143", funnel="2006.03236", longformer="2004.05150")
BOOK = "Awesome 효율적 어텐션 (한국어판)"
REPO = "https://github.com/attn-study-kr/awesome-efficient-attention-ko"
CHAPTERS = [("index.html", "소개"), ("sparse-linear.html", "희소·선형 어텐션"), ("io-aware.html", "IO 최적화와 커널"),
            ("state-space.html", "상태 공간 모델"), ("benchmarks.html", "벤치마크와 평가"), ("contributing.html", "기여 방법")]
PAGE = 1


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def norm_id(s):
    """mdBook's normalize_id: lower-case, whitespace to '-', keep alphanumerics (any script), '_' and '-'"""
    return "".join(c.lower() if c.isalnum() or c in "_-" else "-" if c.isspace() else "" for c in s.strip())


def h(level, text):
    i = norm_id(re.sub(r"<[^>]+>", "", text))
    return f'<h{level} id="{i}"><a class="header" href="#{i}">{text}</a></h{level}>\n'


def a(href, label):
    return f'<a href="{esc(href)}">{label}</a>'


def gh(path):
    return a(f"https://github.com/{path}", "GitHub")


ROWS = [  # (title, venue, paper link cell, code cell, review)
    (T(K["flash"]), "NeurIPS 2022", a("https://arxiv.org/abs/2205.14135", "arXiv"), gh("Dao-AILab/flash-attention"),
     "근사 없이 정확한 어텐션. HBM↔SRAM 입출력을 줄이는 타일링이 핵심"),
    (T(K["sparse"]), "arXiv 2019", "<code>arXiv:1904.10509</code>", gh("openai/sparse_attention"),
     "strided / fixed 희소 패턴의 원조. 블록 희소 커널 코드도 공개"),
    (T(K["linformer"]), "arXiv 2020", a("https://arxiv.org/abs/2006.04768", "arXiv"),
     gh("facebookresearch/fairseq/tree/main/examples/linformer"), "K, V를 길이 방향으로 저차원 투영 → O(n)"),
    (T(K["performer"]), "ICLR 2021", a(f"https://openreview.net/forum?id={CAT[K['performer']]['openreview_id']}", "OpenReview"),
     gh("google-research/google-research/tree/master/performer"), "FAVOR+ 양의 랜덤 피처로 softmax 커널을 근사"),
    (T(K["rfa"]), "ICLR 2021", "—", "—", "랜덤 피처 + 게이트(최근성 편향). 링크 추가 예정"),
    (T(K["funnel"]), "NeurIPS 2020", "—", gh("laiguokun/Funnel-Transformer"),
     "시퀀스 길이를 층마다 풀링으로 줄여 계산 절약. 엄밀히는 어텐션 변형은 아님"),
    (T(K["longformer"]), "arXiv 2020", "—", gh("allenai/longformer"),
     "슬라이딩 윈도 + 전역 토큰. 논문 링크는 PR #41에서 추가 예정"),
]

md = []
md.append(h(1, "희소·선형 어텐션"))
md.append("<p>어텐션의 O(n²) 비용을 줄이는 방법 중 <strong>희소 패턴</strong>, <strong>저차원 투영</strong>, "
          "<strong>커널 근사</strong> 계열을 모았습니다. 매주 목요일 스터디에서 읽은 순서대로 정리했고, "
          "한줄평은 발표자 의견입니다.</p>\n")
md.append(h(2, "논문 목록"))
md.append('<div class="table-wrapper"><table><thead><tr><th>논문</th><th style="text-align: center">학회 / 연도</th>'
          '<th style="text-align: center">논문</th><th style="text-align: center">코드</th><th>한줄평</th></tr></thead><tbody>\n'
          + "".join(f'<tr><td>{esc(t)}</td><td style="text-align: center">{v}</td><td style="text-align: center">{p}</td>'
                    f'<td style="text-align: center">{c}</td><td>{esc(r)}</td></tr>\n' for t, v, p, c, r in ROWS)
          + "</tbody></table>\n</div>\n")
md.append("<blockquote>\n<p>벤치마크 논문 <em>" + esc(T(K["lra"])) + "</em>은 "
          + a(f"https://openreview.net/pdf?id={CAT[K['lra']]['openreview_id']}", "PDF (OpenReview)")
          + "로 읽었습니다. 표의 모델 대부분을 같은 조건에서 비교하므로 "
          + a("benchmarks.html", "벤치마크와 평가") + " 장과 같이 보세요.</p>\n</blockquote>\n")
md.append(h(2, "스터디 추천 읽는 순서"))
md.append("<ol>\n<li>Sparse Transformer → Longformer (희소 패턴)</li>\n<li>Linformer (저차원 투영)</li>\n"
          "<li>Performer, RFA (커널 근사) — 두 편을 한 주에 같이 읽으면 비교가 잘 됩니다</li>\n"
          "<li>FlashAttention (근사 없이 IO만 줄이기) — 다음 장 "
          + a("io-aware.html", "IO 최적화와 커널") + "로 이어집니다</li>\n</ol>\n")
md.append(h(2, "관련 자료 (논문 아님)"))
md.append("<ul>\n<li>" + a("https://lilianweng.github.io/posts/2023-01-27-the-transformer-family-v2/",
                            "Lil’Log — The Transformer Family Version 2.0") + " (블로그)</li>\n"
          "<li>" + a("https://github.com/facebookresearch/xformers", "xFormers") + " — 메모리 효율 어텐션 구현 모음</li>\n"
          "<li>" + a("https://huggingface.co/docs/transformers/perf_infer_gpu_one", "Hugging Face 문서: GPU 추론 최적화")
          + "</li>\n<li>Tri Dao의 Stanford MLSys 세미나 발표 영상 (YouTube, 2022)</li>\n</ul>\n")
md.append("<p>빠진 논문이 있으면 " + a(REPO + "/pulls", "PR") + "로 알려주세요. 표 형식은 "
          + a("contributing.html", "기여 방법") + "을 따릅니다.</p>\n")
content = "".join(md)

toc = "".join(f'<li class="chapter-item expanded "><a href="{href}"' + (' class="active"' if i == PAGE else "")
              + f'><strong aria-hidden="true">{i + 1}.</strong> {esc(name)}</a></li>' for i, (href, name) in enumerate(CHAPTERS))
prev_href, next_href = CHAPTERS[PAGE - 1][0], CHAPTERS[PAGE + 1][0]
edit = f"{REPO}/edit/main/src/sparse-linear.md"

text = f'''<!DOCTYPE HTML>
<html lang="ko" class="light" dir="ltr">
    <head>
        <!-- Book generated using mdBook -->
        <meta charset="UTF-8">
        <title>{esc(CHAPTERS[PAGE][1])} - {esc(BOOK)}</title>


        <!-- Custom HTML head -->
        
        <meta name="description" content="효율적 어텐션 논문 모음 — 목요 스터디 정리">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="theme-color" content="#ffffff">

        <link rel="icon" href="favicon.svg">
        <link rel="shortcut icon" href="favicon.png">
        <link rel="stylesheet" href="css/variables.css">
        <link rel="stylesheet" href="css/general.css">
        <link rel="stylesheet" href="css/chrome.css">
        <link rel="stylesheet" href="css/print.css" media="print">

        <!-- Fonts -->
        <link rel="stylesheet" href="FontAwesome/css/font-awesome.css">
        <link rel="stylesheet" href="fonts/fonts.css">

        <!-- Highlight.js Stylesheets -->
        <link rel="stylesheet" href="highlight.css">
        <link rel="stylesheet" href="tomorrow-night.css">
        <link rel="stylesheet" href="ayu-highlight.css">

        <!-- Custom theme stylesheets -->

    </head>
    <body class="sidebar-visible no-js">
    <div id="body-container">
        <!-- Provide site root to javascript -->
        <script>
            var path_to_root = "";
            var default_theme = window.matchMedia("(prefers-color-scheme: dark)").matches ? "navy" : "light";
        </script>

        <!-- Work around some values being stored in localStorage wrapped in quotes -->
        <script>
            try {{
                var theme = localStorage.getItem('mdbook-theme');
                var sidebar = localStorage.getItem('mdbook-sidebar');

                if (theme.startsWith('"') && theme.endsWith('"')) {{
                    localStorage.setItem('mdbook-theme', theme.slice(1, theme.length - 1));
                }}

                if (sidebar.startsWith('"') && sidebar.endsWith('"')) {{
                    localStorage.setItem('mdbook-sidebar', sidebar.slice(1, sidebar.length - 1));
                }}
            }} catch (e) {{ }}
        </script>

        <!-- Set the theme before any content is loaded, prevents flash -->
        <script>
            var theme;
            try {{ theme = localStorage.getItem('mdbook-theme'); }} catch(e) {{ }}
            if (theme === null || theme === undefined) {{ theme = default_theme; }}
            var html = document.querySelector('html');
            html.classList.remove('light')
            html.classList.add(theme);
            var body = document.querySelector('body');
            body.classList.remove('no-js')
            body.classList.add('js');
        </script>

        <input type="checkbox" id="sidebar-toggle-anchor" class="hidden">

        <!-- Hide / unhide sidebar before it is displayed -->
        <script>
            var body = document.querySelector('body');
            var sidebar = null;
            var sidebar_toggle = document.getElementById("sidebar-toggle-anchor");
            if (document.body.clientWidth >= 1080) {{
                try {{ sidebar = localStorage.getItem('mdbook-sidebar'); }} catch(e) {{ }}
                sidebar = sidebar || 'visible';
            }} else {{
                sidebar = 'hidden';
            }}
            sidebar_toggle.checked = sidebar === 'visible';
            body.classList.remove('sidebar-visible');
            body.classList.add("sidebar-" + sidebar);
        </script>

        <nav id="sidebar" class="sidebar" aria-label="Table of contents">
            <div class="sidebar-scrollbox">
                <ol class="chapter">{toc}</ol>
            </div>
            <div id="sidebar-resize-handle" class="sidebar-resize-handle">
                <div class="sidebar-resize-indicator"></div>
            </div>
        </nav>

        <!-- Track and set sidebar scroll position -->
        <script>
            var sidebarScrollbox = document.querySelector('#sidebar .sidebar-scrollbox');
            sidebarScrollbox.addEventListener('click', function(e) {{
                if (e.target.tagName === 'A') {{
                    sessionStorage.setItem('sidebar-scroll', sidebarScrollbox.scrollTop);
                }}
            }}, {{ passive: true }});
            var sidebarScrollTop = sessionStorage.getItem('sidebar-scroll');
            sessionStorage.removeItem('sidebar-scroll');
            if (sidebarScrollTop) {{
                // preserve sidebar scroll position when navigating via links within sidebar
                sidebarScrollbox.scrollTop = sidebarScrollTop;
            }} else {{
                // scroll sidebar to current active section when navigating via "next/previous chapter" buttons
                var activeSection = document.querySelector('#sidebar .active');
                if (activeSection) {{
                    activeSection.scrollIntoView({{ block: 'center' }});
                }}
            }}
        </script>

        <div id="page-wrapper" class="page-wrapper">

            <div class="page">
                                <div id="menu-bar-hover-placeholder"></div>
                <div id="menu-bar" class="menu-bar sticky">
                    <div class="left-buttons">
                        <label id="sidebar-toggle" class="icon-button" for="sidebar-toggle-anchor" title="Toggle Table of Contents" aria-label="Toggle Table of Contents" aria-controls="sidebar">
                            <i class="fa fa-bars"></i>
                        </label>
                        <button id="theme-toggle" class="icon-button" type="button" title="Change theme" aria-label="Change theme" aria-haspopup="true" aria-expanded="false" aria-controls="theme-list">
                            <i class="fa fa-paint-brush"></i>
                        </button>
                        <ul id="theme-list" class="theme-popup" aria-label="Themes" role="menu">
                            <li role="none"><button role="menuitem" class="theme" id="light">Light</button></li>
                            <li role="none"><button role="menuitem" class="theme" id="rust">Rust</button></li>
                            <li role="none"><button role="menuitem" class="theme" id="coal">Coal</button></li>
                            <li role="none"><button role="menuitem" class="theme" id="navy">Navy</button></li>
                            <li role="none"><button role="menuitem" class="theme" id="ayu">Ayu</button></li>
                        </ul>
                        <button id="search-toggle" class="icon-button" type="button" title="Search. (Shortkey: s)" aria-label="Toggle Searchbar" aria-expanded="false" aria-keyshortcuts="S" aria-controls="searchbar">
                            <i class="fa fa-search"></i>
                        </button>
                    </div>

                    <h1 class="menu-title">{esc(BOOK)}</h1>

                    <div class="right-buttons">
                        <a href="print.html" title="Print this book" aria-label="Print this book">
                            <i id="print-button" class="fa fa-print"></i>
                        </a>
                        <a href="{REPO}" title="Git repository" aria-label="Git repository">
                            <i id="git-repository-button" class="fa fa-github"></i>
                        </a>
                        <a href="{edit}" title="Suggest an edit" aria-label="Suggest an edit">
                            <i id="git-edit-button" class="fa fa-edit"></i>
                        </a>

                    </div>
                </div>

                <div id="search-wrapper" class="hidden">
                    <form id="searchbar-outer" class="searchbar-outer">
                        <input type="search" id="searchbar" name="searchbar" placeholder="Search this book ..." aria-controls="searchresults-outer" aria-describedby="searchresults-header">
                    </form>
                    <div id="searchresults-outer" class="searchresults-outer hidden">
                        <div id="searchresults-header" class="searchresults-header"></div>
                        <ul id="searchresults">
                        </ul>
                    </div>
                </div>

                <!-- Apply ARIA attributes after the sidebar and the sidebar toggle button are added to the DOM -->
                <script>
                    document.getElementById('sidebar-toggle').setAttribute('aria-expanded', sidebar === 'visible');
                    document.getElementById('sidebar').setAttribute('aria-hidden', sidebar !== 'visible');
                    Array.from(document.querySelectorAll('#sidebar a')).forEach(function(link) {{
                        link.setAttribute('tabIndex', sidebar === 'visible' ? 0 : -1);
                    }});
                </script>

                <div id="content" class="content">
                    <main>
                        {content}
                    </main>

                    <nav class="nav-wrapper" aria-label="Page navigation">
                        <!-- Mobile navigation buttons -->
                            <a rel="prev" href="{prev_href}" class="mobile-nav-chapters previous" title="Previous chapter" aria-label="Previous chapter" aria-keyshortcuts="Left">
                                <i class="fa fa-angle-left"></i>
                            </a>

                            <a rel="next prefetch" href="{next_href}" class="mobile-nav-chapters next" title="Next chapter" aria-label="Next chapter" aria-keyshortcuts="Right">
                                <i class="fa fa-angle-right"></i>
                            </a>

                        <div style="clear: both"></div>
                    </nav>
                </div>
            </div>

            <nav class="nav-wide-wrapper" aria-label="Page navigation">
                    <a rel="prev" href="{prev_href}" class="nav-chapters previous" title="Previous chapter" aria-label="Previous chapter" aria-keyshortcuts="Left">
                        <i class="fa fa-angle-left"></i>
                    </a>

                    <a rel="next prefetch" href="{next_href}" class="nav-chapters next" title="Next chapter" aria-label="Next chapter" aria-keyshortcuts="Right">
                        <i class="fa fa-angle-right"></i>
                    </a>
            </nav>

        </div>




        <script>
            window.playground_copyable = true;
        </script>


        <script src="elasticlunr.min.js"></script>
        <script src="mark.min.js"></script>
        <script src="searcher.js"></script>

        <script src="clipboard.min.js"></script>
        <script src="highlight.js"></script>
        <script src="book.js"></script>

        <!-- Custom JS scripts -->


    </div>
    </body>
</html>
'''
write_only(F, text, keys(F))
