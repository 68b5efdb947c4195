#!/usr/bin/env python3
"""585: a lab site built with Jekyll's al-folio theme, page /okuma-grubu/ as GitHub Pages serves it: al-folio's head
(meta, bootstrap / mdb / academicons / font-awesome / scholar-icons from jsDelivr, the theme's css), the fixed navbar
with nav items and the theme toggle, the page's post header, a Bootstrap table of reading-group sessions (Turkish),
a resources list, the footer ("Powered by Jekyll with al-folio theme. Hosted by GitHub Pages."), and the theme's
scripts at the end."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F585, keys

e = lambda s: html.escape(s, quote=False)
rows = [
 ("12 Eyl 2024", "Zeynep Aydın", f'<a href="https://arxiv.org/abs/2106.08254" target="_blank" rel="noopener noreferrer">{e(T("2106.08254"))}</a>', "Maskeli görüntü modelleme; tokenizer olarak dVAE."),
 ("19 Eyl 2024", "Emre Koç", f'<a href="https://arxiv.org/abs/2103.03230" target="_blank" rel="noopener noreferrer">{e(T("2103.03230"))}</a>', "Çapraz korelasyon matrisini birim matrise yaklaştırma."),
 ("26 Eyl 2024", "Elif Şahin", f'{e(T("2006.07733"))} <span class="badge badge-light">arXiv:2006.07733</span>', "Negatif örnek olmadan kendinden denetimli öğrenme."),
 ("3 Eki 2024", "Burak Yılmaz", f'{e(T("2010.04592"))} <em>(ICLR 2021)</em>', "Zor negatif örnekleme; BYOL ile karşılaştırma."),
 ("10 Eki 2024", "Zeynep Aydın", f'<a href="https://openreview.net/forum?id=3rRgu7OGgBI" target="_blank" rel="noopener noreferrer">{e(T("2011.06182"))}</a>', "İnce ayarda kontrastif kayıp + kategori bilgisi."),
 ("17 Eki 2024", "—", "<em>Ara hafta, oturum yok</em>", ""),
 ("24 Eki 2024", "Can Demir", f'{e(T("2103.09762"))} <em>(ICLR 2021, oral)</em>', "Sürekli öğrenme; gradyanları önceki görevlerin alt uzayına dik tutmak."),
 ("31 Eki 2024", "Elif Şahin", f'{e(T("2008.07669"))} <em>(NeurIPS 2020)</em>', "Sıralı modellerin belleği; bir sonraki oturumun ön okuması."),
 ("7 Kas 2024", "Emre Koç", f'<a href="https://openreview.net/pdf?id=uYLFoz1vlAC" target="_blank" rel="noopener noreferrer">{e(T("2111.00396"))}</a>', "S4; HiPPO matrisinin pratikte kullanımı."),
]
trs = "\n".join(f"""              <tr>
                <td>{d}</td>
                <td>{p}</td>
                <td>{c}</td>
                <td>{n}</td>
              </tr>""" for d, p, c, n in rows)
CDN = "https://cdn.jsdelivr.net/npm"
text = f"""<!DOCTYPE html>
<html lang="tr">
  <!-- Head -->
  <head>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
    <!-- Metadata, OpenGraph and Schema.org -->

    <!-- Standard metadata -->
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <title>Okuma Grubu | Görü ve Öğrenme Laboratuvarı</title>
    <meta name="author" content="Görü ve Öğrenme Laboratuvarı">
    <meta name="description" content="Haftalık makale okuma grubu: program ve geçmiş oturumlar.">
    <meta name="keywords" content="görü, öğrenme, okuma grubu, kendinden denetimli öğrenme">

    <!-- Bootstrap & MDB -->
    <link rel="stylesheet" href="{CDN}/bootstrap@4.6.1/dist/css/bootstrap.min.css" integrity="sha256-DF7Zhf293AJxJNTmh5zhoYYIMs2oXitRfBjY+9L//AY=" crossorigin="anonymous">
    <link rel="stylesheet" href="{CDN}/mdbootstrap@4.20.0/css/mdb.min.css" integrity="sha256-jpjYvU3G3N6nrrBwXJoVEYI/0zw8htfFnhT9ljN3JJw=" crossorigin="anonymous">

    <!-- Fonts & Icons -->
    <link rel="stylesheet" href="{CDN}/@fortawesome/fontawesome-free@6.4.0/css/all.min.css" integrity="sha256-HtsXJanqjKTc8vVQjO4YMhiqFoXkfBsjBWcX91T1jr8=" crossorigin="anonymous">
    <link rel="stylesheet" href="{CDN}/academicons@1.9.1/css/academicons.min.css" integrity="sha256-i1+4qU2G2860dGGIOJscdC30s9beBXjFfzjWLjBRsBg=" crossorigin="anonymous">
    <link rel="stylesheet" type="text/css" href="https://fonts.googleapis.com/css?family=Roboto:300,400,500,700|Roboto+Slab:100,300,400,500,700|Material+Icons">

    <!-- Code Syntax Highlighting -->
    <link rel="stylesheet" href="https://cdn.jsdelivr.net/gh/jwarby/jekyll-pygments-themes@master/github.css" media="" id="highlight_theme_light">

    <!-- Styles -->
    <link rel="shortcut icon" href="data:image/svg+xml,&lt;svg%20xmlns=%22http://www.w3.org/2000/svg%22%20viewBox=%220%200%20100%20100%22&gt;&lt;text%20y=%22.9em%22%20font-size=%2290%22&gt;%F0%9F%93%9A&lt;/text&gt;&lt;/svg&gt;">
    <link rel="stylesheet" href="/assets/css/main.css?d41d8cd98f00b204e9800998ecf8427e">
    <link rel="canonical" href="https://gorulab.github.io/okuma-grubu/">

    <!-- Dark Mode -->
    <link rel="stylesheet" href="https://cdn.jsdelivr.net/gh/jwarby/jekyll-pygments-themes@master/native.css" media="none" id="highlight_theme_dark">
    <script src="/assets/js/theme.js?96d6b3e1c3604aca8b6134c7afdd5db6"></script>
    <script src="/assets/js/dark_mode.js?9b17307bb950ffa2e34be0227f53558f"></script>
  </head>

  <!-- Body -->
  <body class="fixed-top-nav ">
    <!-- Header -->
    <header>
      <!-- Nav Bar -->
      <nav id="navbar" class="navbar navbar-light navbar-expand-sm fixed-top">
        <div class="container">
          <a class="navbar-brand title font-weight-lighter" href="/"><span class="font-weight-bold">Görü </span>ve Öğrenme Laboratuvarı</a>
          <!-- Navbar Toggle -->
          <button class="navbar-toggler collapsed ml-auto" type="button" data-toggle="collapse" data-target="#navbarNav" aria-controls="navbarNav" aria-expanded="false" aria-label="Toggle navigation">
            <span class="sr-only">Toggle navigation</span>
            <span class="icon-bar top-bar"></span>
            <span class="icon-bar middle-bar"></span>
            <span class="icon-bar bottom-bar"></span>
          </button>

          <div class="collapse navbar-collapse text-right" id="navbarNav">
            <ul class="navbar-nav ml-auto flex-nowrap">
              <!-- About -->
              <li class="nav-item ">
                <a class="nav-link" href="/">hakkımızda</a>
              </li>
              <!-- Other pages -->
              <li class="nav-item ">
                <a class="nav-link" href="/ekip/">ekip</a>
              </li>
              <li class="nav-item ">
                <a class="nav-link" href="/projeler/">projeler</a>
              </li>
              <li class="nav-item active">
                <a class="nav-link" href="/okuma-grubu/">okuma grubu<span class="sr-only">(current)</span></a>
              </li>
              <li class="nav-item ">
                <a class="nav-link" href="/dersler/">dersler</a>
              </li>
              <!-- Toogle theme mode -->
              <li class="toggle-container">
                <button id="light-toggle" title="Change theme">
                  <i class="fas fa-moon"></i>
                  <i class="fas fa-sun"></i>
                </button>
              </li>
            </ul>
          </div>
        </div>
      </nav>

      <!-- Scrolling Progress Bar -->
      <progress id="progress" value="0">
        <div class="progress-container">
          <span class="progress-bar"></span>
        </div>
      </progress>
    </header>

    <!-- Content -->
    <div class="container mt-5">
      <!-- page.html -->
      <div class="post">
        <header class="post-header">
          <h1 class="post-title">okuma grubu</h1>
          <p class="post-description">Perşembe 15:30, B-204 (ve Zoom). Güz 2024 programı.</p>
        </header>

        <article>
          <p>Her hafta bir kişi makaleyi 25 dakikada anlatır, sonra tartışırız. Makaleyi önceden okumak zorunlu değil ama <strong>özeti</strong> okumak beklenir. Sunum yapmak isteyenler <a href="mailto:okuma@gorulab.example.edu.tr">okuma@gorulab.example.edu.tr</a> adresine yazabilir.</p>

          <h2 id="program">Program</h2>
          <table class="table table-sm table-hover">
            <thead>
              <tr>
                <th scope="col">Tarih</th>
                <th scope="col">Sunan</th>
                <th scope="col">Makale</th>
                <th scope="col">Not</th>
              </tr>
            </thead>
            <tbody>
{trs}
            </tbody>
          </table>

          <h2 id="kaynaklar">Ek kaynaklar (makale değil)</h2>
          <ul>
            <li><a href="https://github.com/facebookresearch/vissl" target="_blank" rel="noopener noreferrer">VISSL</a> — kendinden denetimli öğrenme kütüphanesi</li>
            <li><a href="https://lilianweng.github.io/posts/2021-05-31-contrastive/" target="_blank" rel="noopener noreferrer">Lil'Log: Contrastive Representation Learning</a> (blog yazısı)</li>
            <li><a href="https://srush.github.io/annotated-s4/" target="_blank" rel="noopener noreferrer">The Annotated S4</a> (etkileşimli anlatım)</li>
            <li>Geçen dönemin sunum dosyaları: <a href="/assets/pdf/okuma-bahar-2024.zip">okuma-bahar-2024.zip</a></li>
          </ul>

          <p><i class="fa-solid fa-circle-info"></i> Oturumlar kaydedilmez. Bahar 2025 programı Ocak ayında burada yayınlanacak.</p>
        </article>
      </div>
    </div>

    <!-- Footer -->
    <footer class="fixed-bottom">
      <div class="container mt-0">
        © Copyright 2024 Görü ve Öğrenme Laboratuvarı. Powered by <a href="https://jekyllrb.com/" target="_blank" rel="external nofollow noopener">Jekyll</a> with <a href="https://github.com/alshedivat/al-folio" rel="external nofollow noopener" target="_blank">al-folio</a> theme. Hosted by <a href="https://pages.github.com/" target="_blank" rel="external nofollow noopener">GitHub Pages</a>. Last updated: November 02, 2024.
      </div>
    </footer>

    <!-- JavaScripts -->
    <!-- jQuery -->
    <script src="{CDN}/jquery@3.6.0/dist/jquery.min.js" integrity="sha256-/xUj+3OJU5yExlq6GSYGSHk7tPXikynS7ogEvDej/m4=" crossorigin="anonymous"></script>

    <!-- Bootsrap & MDB scripts -->
    <script src="{CDN}/bootstrap@4.6.1/dist/js/bootstrap.bundle.min.js" integrity="sha256-fgLAgv7fyCGopR/gBNq2ieaYbxDIUhiRaIh4ae0rc9A=" crossorigin="anonymous"></script>
    <script src="{CDN}/mdbootstrap@4.20.0/js/mdb.min.js" integrity="sha256-NdbiivsvWt7VYCt6hYNT3h/th9vSTL4EDWeGs5SN3DA=" crossorigin="anonymous"></script>

    <!-- Load Common JS -->
    <script src="/assets/js/no_defer.js?d633890033921b33e0ceb13d22340a9c"></script>
    <script defer src="/assets/js/common.js?acdb9690d7641b2f8d40529018c71a01"></script>
    <script defer src="/assets/js/copy_code.js?c9d9dd48933de3831b3ee5ec9c209cac" type="text/javascript"></script>

    <!-- Scrolling Progress Bar -->
    <script type="text/javascript">
      /*
       * This JavaScript code has been adapted from the article
       * https://css-tricks.com/reading-position-indicator/ authored by Pankaj Parashar,
       * published on the website https://css-tricks.com on the 7th of May, 2014.
       */
      $(document).ready(function() {{
        var navbarHeight = $('#navbar').outerHeight(true);
        $('body').css({{ 'padding-top': navbarHeight }});
        $('progress-container').css({{ 'padding-top': navbarHeight }});
        var progressBar = $('#progress');
        progressBar.css({{ 'top': navbarHeight }});
        var getMax = function() {{ return $(document).height() - $(window).height(); }};
        var getValue = function() {{ return $(window).scrollTop(); }};
        progressBar.attr({{ max: getMax() }});
        $(document).on('scroll', function() {{ progressBar.attr({{ value: getValue() }}); }});
        $(window).resize(function() {{ progressBar.attr({{ max: getMax(), value: getValue() }}); }});
      }});
    </script>
  </body>
</html>
"""
import re
write_only(F585, text, keys(F585), [html.unescape(re.sub(r"<[^>]+>", "", text))])
