#!/usr/bin/env python3
"""598: a Hexo 6 blog post page rendered with the NexT 8 theme (Gemini scheme): <meta name="generator" content="Hexo
6.3.0">, NexT's CONFIG script, header / sidebar TOC (<ol class="nav">), <article class="post-block"> with post-meta
<time> elements, h2 / h3 with <a class="headerlink">, figure.highlight code tables, post-tags, post-nav, copyright
block, busuanzi counters and the "Powered by Hexo & NexT.Gemini" footer. Korean, a post on diffusion models and 3D
generation."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only, OR
from make_expected import F598, keys

text = fill("""<!DOCTYPE html>
<html lang="ko">
<head>
  <meta charset="UTF-8">
<meta name="viewport" content="width=device-width">
<meta name="theme-color" content="#222"><meta name="generator" content="Hexo 6.3.0">

  <link rel="apple-touch-icon" sizes="180x180" href="/images/apple-touch-icon-next.png">
  <link rel="icon" type="image/png" sizes="32x32" href="/images/favicon-32x32-next.png">
  <link rel="icon" type="image/png" sizes="16x16" href="/images/favicon-16x16-next.png">
  <link rel="mask-icon" href="/images/logo.svg" color="#222">

<link rel="stylesheet" href="/css/main.css">

<link rel="stylesheet" href="https://cdnjs.cloudflare.com/ajax/libs/font-awesome/6.4.0/css/all.min.css" integrity="sha256-HtsXJanqjKTc8vVQjO4YMhiqFoXkfBsjBWcX91T1jr8=" crossorigin="anonymous">

<script class="next-config" data-name="main" type="application/json">{"hostname":"blog.haneul-lab.example","root":"/","images":"/images","scheme":"Gemini","darkmode":false,"version":"8.18.2","exturl":false,"sidebar":{"position":"left","display":"post","padding":18,"offset":12},"copycode":{"enable":true,"style":"mac"},"fold":{"enable":false,"height":500},"bookmark":{"enable":false,"color":"#222","save":"auto"},"mediumzoom":false,"lazyload":false,"pangu":false,"comments":{"style":"tabs","active":"utterances","storage":true,"lazyload":false,"nav":null,"activeClass":"utterances"},"stickytabs":false,"motion":{"enable":true,"async":false,"transition":{"menu_item":"fadeInDown","post_block":"fadeIn","post_header":"fadeInDown","post_body":"fadeInDown","coll_header":"fadeInLeft","sidebar":"fadeInUp"}},"prism":false,"i18n":{"placeholder":"검색...","empty":"${query}에 대한 검색 결과가 없습니다","hits_time":"${hits}개의 결과 (${time} ms)","hits":"${hits}개의 결과"}}</script><script src="/js/config.js"></script>

    <meta name="description" content="확산 모델 공부를 다시 시작하면서 읽은 논문들을 정리했다. 열역학에서 출발한 초기 아이디어부터 DDIM 샘플링, 가이던스, 그리고 한 장의 이미지로 3D 시점을 만드는 작업까지.">
<meta property="og:type" content="article">
<meta property="og:title" content="확산 모델 다시 읽기 (3) — 샘플링, 가이던스, 그리고 3D">
<meta property="og:url" content="https://blog.haneul-lab.example/2024/04/07/diffusion-reading-3/index.html">
<meta property="og:site_name" content="하늘연구노트">
<meta property="og:locale" content="ko_KR">
<meta property="og:image" content="https://blog.haneul-lab.example/2024/04/07/diffusion-reading-3/timeline.png">
<meta property="article:published_time" content="2024-04-07T13:20:41.000Z">
<meta property="article:modified_time" content="2024-04-09T02:11:05.327Z">
<meta property="article:author" content="윤하늘">
<meta property="article:tag" content="Diffusion">
<meta property="article:tag" content="논문정리">
<meta property="article:tag" content="3D">
<meta name="twitter:card" content="summary">

<link rel="canonical" href="https://blog.haneul-lab.example/2024/04/07/diffusion-reading-3/">

<script class="next-config" data-name="page" type="application/json">{"sidebar":"","isHome":false,"isPost":true,"lang":"ko","comments":true,"permalink":"https://blog.haneul-lab.example/2024/04/07/diffusion-reading-3/","path":"2024/04/07/diffusion-reading-3/","title":"확산 모델 다시 읽기 (3) — 샘플링, 가이던스, 그리고 3D"}</script>

<script class="next-config" data-name="calendar" type="application/json">""</script>
<title>확산 모델 다시 읽기 (3) — 샘플링, 가이던스, 그리고 3D | 하늘연구노트</title>

  <noscript>
    <link rel="stylesheet" href="/css/noscript.css">
  </noscript>
<link rel="alternate" href="/atom.xml" title="하늘연구노트" type="application/atom+xml">
</head>

<body itemscope itemtype="http://schema.org/WebPage" class="use-motion">
  <div class="headband"></div>

  <main class="main">
    <div class="column">
      <header class="header" itemscope itemtype="http://schema.org/WPHeader"><div class="site-brand-container">
  <div class="site-nav-toggle">
    <div class="toggle" aria-label="탐색 모음 전환" role="button">
        <span class="toggle-line"></span>
        <span class="toggle-line"></span>
        <span class="toggle-line"></span>
    </div>
  </div>

  <div class="site-meta">

    <a href="/" class="brand" rel="start">
      <i class="logo-line"></i>
      <p class="site-title">하늘연구노트</p>
      <i class="logo-line"></i>
    </a>
      <p class="site-subtitle" itemprop="description">생성 모델과 비전을 공부하는 대학원생의 메모</p>
  </div>

  <div class="site-nav-right">
    <div class="toggle popup-trigger" aria-label="검색" role="button">
        <i class="fa fa-search fa-fw fa-lg"></i>
    </div>
  </div>
</div>



<nav class="site-nav">
  <ul class="main-menu menu"><li class="menu-item menu-item-home"><a href="/" rel="section"><i class="fa fa-home fa-fw"></i>홈</a></li><li class="menu-item menu-item-tags"><a href="/tags/" rel="section"><i class="fa fa-tags fa-fw"></i>태그<span class="badge">31</span></a></li><li class="menu-item menu-item-categories"><a href="/categories/" rel="section"><i class="fa fa-th fa-fw"></i>카테고리<span class="badge">6</span></a></li><li class="menu-item menu-item-archives"><a href="/archives/" rel="section"><i class="fa fa-archive fa-fw"></i>아카이브<span class="badge">58</span></a></li><li class="menu-item menu-item-about"><a href="/about/" rel="section"><i class="fa fa-user fa-fw"></i>소개</a></li>
      <li class="menu-item menu-item-search">
        <a role="button" class="popup-trigger"><i class="fa fa-search fa-fw"></i>검색
        </a>
      </li>
  </ul>
</nav>

</header>

<aside class="sidebar">

    <div class="sidebar-inner sidebar-nav-active sidebar-toc-active">
      <ul class="sidebar-nav">
        <li class="sidebar-nav-toc">
          목차
        </li>
        <li class="sidebar-nav-overview">
          개요
        </li>
      </ul>

      <div class="sidebar-panel-container">
        <!--noindex-->
        <div class="post-toc-wrap sidebar-panel">
            <div class="post-toc animated"><ol class="nav"><li class="nav-item nav-level-2"><a class="nav-link" href="#%EB%93%A4%EC%96%B4%EA%B0%80%EB%A9%B0"><span class="nav-number">1.</span> <span class="nav-text">들어가며</span></a></li><li class="nav-item nav-level-2"><a class="nav-link" href="#%EC%B6%9C%EB%B0%9C%EC%A0%90"><span class="nav-number">2.</span> <span class="nav-text">출발점</span></a></li><li class="nav-item nav-level-2"><a class="nav-link" href="#%EB%B9%A0%EB%A5%B8-%EC%83%98%ED%94%8C%EB%A7%81"><span class="nav-number">3.</span> <span class="nav-text">빠른 샘플링</span></a></li><li class="nav-item nav-level-2"><a class="nav-link" href="#%EA%B0%80%EC%9D%B4%EB%8D%98%EC%8A%A4"><span class="nav-number">4.</span> <span class="nav-text">가이던스</span></a></li><li class="nav-item nav-level-2"><a class="nav-link" href="#%EC%9E%A0%EC%9E%AC-%EA%B3%B5%EA%B0%84%EA%B3%BC-%EC%8A%A4%EC%BC%80%EC%9D%BC"><span class="nav-number">5.</span> <span class="nav-text">잠재 공간과 스케일</span></a></li><li class="nav-item nav-level-2"><a class="nav-link" href="#%ED%95%9C-%EC%9E%A5%EC%97%90%EC%84%9C-3D%EB%A1%9C"><span class="nav-number">6.</span> <span class="nav-text">한 장에서 3D로</span></a></li><li class="nav-item nav-level-2"><a class="nav-link" href="#%EC%A0%95%EB%A6%AC"><span class="nav-number">7.</span> <span class="nav-text">정리</span></a></li></ol></div>
        </div>
        <!--/noindex-->

        <div class="site-overview-wrap sidebar-panel">
          <div class="site-author animated" itemprop="author" itemscope itemtype="http://schema.org/Person">
    <img class="site-author-image" itemprop="image" alt="윤하늘"
      src="/images/avatar.png">
  <p class="site-author-name" itemprop="name">윤하늘</p>
  <div class="site-description" itemprop="description">생성 모델과 비전을 공부하는 대학원생의 메모</div>
</div>
<div class="site-state-wrap animated">
  <nav class="site-state">
      <div class="site-state-item site-state-posts">
        <a href="/archives/">
          <span class="site-state-item-count">58</span>
          <span class="site-state-item-name">포스트</span>
        </a>
      </div>
      <div class="site-state-item site-state-categories">
          <a href="/categories/">
        <span class="site-state-item-count">6</span>
        <span class="site-state-item-name">카테고리</span></a>
      </div>
      <div class="site-state-item site-state-tags">
          <a href="/tags/">
        <span class="site-state-item-count">31</span>
        <span class="site-state-item-name">태그</span></a>
      </div>
  </nav>
</div>
  <div class="links-of-author animated">
      <span class="links-of-author-item">
        <a href="https://github.com/haneul-yoon-example" title="GitHub → https:&#x2F;&#x2F;github.com&#x2F;haneul-yoon-example" rel="noopener me" target="_blank"><i class="fab fa-github fa-fw"></i>GitHub</a>
      </span>
      <span class="links-of-author-item">
        <a href="mailto:haneul.yoon@haneul-lab.example" title="E-Mail → mailto:haneul.yoon@haneul-lab.example" rel="noopener me" target="_blank"><i class="fa fa-envelope fa-fw"></i>E-Mail</a>
      </span>
  </div>

        </div>
      </div>
    </div>

  </aside>


    </div>

    <div class="main-inner post posts-expand">




<div class="post-block">



  <article itemscope itemtype="http://schema.org/Article" class="post-content" lang="ko">
    <link itemprop="mainEntityOfPage" href="https://blog.haneul-lab.example/2024/04/07/diffusion-reading-3/">

    <span hidden itemprop="author" itemscope itemtype="http://schema.org/Person">
      <meta itemprop="image" content="/images/avatar.png">
      <meta itemprop="name" content="윤하늘">
    </span>

    <span hidden itemprop="publisher" itemscope itemtype="http://schema.org/Organization">
      <meta itemprop="name" content="하늘연구노트">
      <meta itemprop="description" content="생성 모델과 비전을 공부하는 대학원생의 메모">
    </span>

    <span hidden itemprop="post" itemscope itemtype="http://schema.org/CreativeWork">
      <meta itemprop="name" content="확산 모델 다시 읽기 (3) — 샘플링, 가이던스, 그리고 3D | 하늘연구노트">
      <meta itemprop="description" content="">
    </span>
      <header class="post-header">
        <h1 class="post-title" itemprop="name headline">
          확산 모델 다시 읽기 (3) — 샘플링, 가이던스, 그리고 3D
        </h1>

        <div class="post-meta-container">
          <div class="post-meta">
    <span class="post-meta-item">
      <span class="post-meta-item-icon">
        <i class="far fa-calendar"></i>
      </span>
      <span class="post-meta-item-text">작성일</span>

      <time title="작성일: 2024-04-07 22:20:41" itemprop="dateCreated datePublished" datetime="2024-04-07T22:20:41+09:00">2024-04-07</time>
    </span>
    <span class="post-meta-item">
      <span class="post-meta-item-icon">
        <i class="far fa-calendar-check"></i>
      </span>
      <span class="post-meta-item-text">수정일</span>
      <time title="수정일: 2024-04-09 11:11:05" itemprop="dateModified" datetime="2024-04-09T11:11:05+09:00">2024-04-09</time>
    </span>
    <span class="post-meta-item">
      <span class="post-meta-item-icon">
        <i class="far fa-folder"></i>
      </span>
      <span class="post-meta-item-text">카테고리</span>
        <span itemprop="about" itemscope itemtype="http://schema.org/Thing">
          <a href="/categories/%EB%85%BC%EB%AC%B8%EC%A0%95%EB%A6%AC/" itemprop="url" rel="index"><span itemprop="name">논문정리</span></a>
        </span>
    </span>
  
    <span class="post-meta-break"></span>
    <span class="post-meta-item" title="본문 글자 수">
      <span class="post-meta-item-icon">
        <i class="far fa-file-word"></i>
      </span>
      <span class="post-meta-item-text">본문 글자 수: </span>
      <span>4.1k</span>
    </span>
    <span class="post-meta-item" title="읽는 시간">
      <span class="post-meta-item-icon">
        <i class="far fa-clock"></i>
      </span>
      <span class="post-meta-item-text">읽는 시간 &asymp;</span>
      <span>7 분</span>
    </span>
</div>

        </div>
      </header>




    <div class="post-body" itemprop="articleBody"><p>지난 글에서는 점수 기반 모델과 SDE 관점을 다뤘다. 이번에는 <strong>샘플링을 빠르게 만드는 방법</strong>, <strong>가이던스</strong>, 그리고 요즘 연구실에서 관심이 많은 <strong>이미지 한 장에서 3D 시점 만들기</strong>까지 읽은 논문을 정리한다. 시리즈 전체 목록은 <a href="/tags/Diffusion/">Diffusion 태그</a>에 있다.</p>
<span id="more"></span>

<h2 id="들어가며"><a href="#들어가며" class="headerlink" title="들어가며"></a>들어가며</h2><p>연구실 세미나에서 "확산 모델을 처음부터 다시"라는 주제로 4주 동안 발표를 맡게 됐다. 이 글은 발표 준비 노트를 블로그용으로 다듬은 것이다. 수식은 최소한으로 줄였고, 구현 이야기는 <a target="_blank" rel="noopener" href="https://huggingface.co/docs/diffusers/index">diffusers 문서</a>를 주로 참고했다 (논문이 아니라 라이브러리 문서).</p>
<blockquote>
<p>이 글의 그림은 모두 직접 그렸다. 퍼가실 때는 출처를 남겨 주세요.</p>
</blockquote>
<h2 id="출발점"><a href="#출발점" class="headerlink" title="출발점"></a>출발점</h2><p>모든 이야기는 2015년 ICML 논문에서 시작한다.</p>
<ul>
<li><strong>⟦1503.03585⟧</strong><br>Jascha Sohl-Dickstein, Eric A. Weiss, Niru Maheswaranathan, Surya Ganguli (ICML 2015)</li>
</ul>
<p>데이터에 노이즈를 조금씩 더하는 전방 과정과, 이를 거꾸로 학습하는 역방향 과정이라는 틀이 이미 여기 다 있다. 당시에는 샘플 품질이 GAN에 한참 못 미쳐서 주목을 덜 받았을 뿐이다. 이후 DDPM이 나오면서 이 틀이 다시 살아났다(DDPM은 지난 글에서 다뤘다).</p>
<p>그리고 "GAN을 이겼다"는 선언으로 분위기를 바꾼 논문:</p>
<ul>
<li><strong>⟦2105.05233⟧</strong><br>Prafulla Dhariwal, Alex Nichol (NeurIPS 2021)</li>
</ul>
<p>아키텍처 개선(어텐션 해상도, BigGAN식 residual block, adaptive group norm)과 분류기 가이던스가 핵심이다. 분류기 가이던스는 아래 가이던스 절에서 다시 나온다.</p>
<h2 id="빠른-샘플링"><a href="#빠른-샘플링" class="headerlink" title="빠른 샘플링"></a>빠른 샘플링</h2><p>1000 스텝 샘플링은 실험실 GPU로는 고통이다. 그래서 가장 먼저 읽은 것이 이것.</p>
<ul>
<li><a target="_blank" rel="noopener" href="https://openreview.net/forum?id=@@OR_DDIM@@">⟦2010.02502⟧</a> — Jiaming Song, Chenlin Meng, Stefano Ermon (ICLR 2021)</li>
</ul>
<p>학습 목적식은 DDPM과 같고, 생성 과정만 비마르코프 과정으로 바꿔서 결정론적 샘플링이 가능해진다. 50 스텝 정도로 줄여도 품질이 크게 떨어지지 않는다. diffusers에서는 스케줄러만 바꾸면 된다.</p>
<figure class="highlight python"><table><tr><td class="gutter"><pre><span class="line">1</span><br><span class="line">2</span><br><span class="line">3</span><br><span class="line">4</span><br><span class="line">5</span><br></pre></td><td class="code"><pre><span class="line"><span class="keyword">from</span> diffusers <span class="keyword">import</span> DDIMScheduler, StableDiffusionPipeline</span><br><span class="line"></span><br><span class="line">pipe = StableDiffusionPipeline.from_pretrained(<span class="string">&quot;./checkpoints/sd-local&quot;</span>)</span><br><span class="line">pipe.scheduler = DDIMScheduler.from_config(pipe.scheduler.config)</span><br><span class="line">image = pipe(<span class="string">&quot;a watercolor of Namsan tower&quot;</span>, num_inference_steps=<span class="number">50</span>).images[<span class="number">0</span>]</span><br></pre></td></tr></table></figure>

<h2 id="가이던스"><a href="#가이던스" class="headerlink" title="가이던스"></a>가이던스</h2><p>분류기 가이던스는 노이즈가 낀 이미지에 대해 따로 분류기를 학습해야 한다는 게 번거롭다. 이를 없앤 것이:</p>
<ul>
<li><strong>⟦2207.12598⟧</strong> — Jonathan Ho, Tim Salimans (arXiv 2207.12598, NeurIPS 2021 워크숍 버전이 먼저 나옴)</li>
</ul>
<p>조건부 모델과 무조건부 모델을 한 네트워크로 같이 학습하고(조건을 일정 확률로 버림), 샘플링할 때 두 예측을 섞는다. 지금 거의 모든 텍스트-이미지 모델이 쓰는 방식이다. 가이던스 스케일을 키우면 다양성이 줄고 충실도가 올라가는 트레이드오프는 직접 돌려 보면 바로 체감된다.</p>
<table>
<thead>
<tr>
<th>guidance scale</th>
<th>FID (사내 5k 샘플)</th>
<th>CLIP score</th>
<th>느낌</th>
</tr>
</thead>
<tbody><tr>
<td>1.0</td>
<td>18.4</td>
<td>0.262</td>
<td>다양하지만 프롬프트를 잘 안 따름</td>
</tr>
<tr>
<td>3.0</td>
<td>12.9</td>
<td>0.301</td>
<td>가장 무난</td>
</tr>
<tr>
<td>7.5</td>
<td>15.7</td>
<td>0.318</td>
<td>색이 과포화되기 시작</td>
</tr>
</tbody></table>
<p>(위 숫자는 연구실 내부 실험이라 논문 수치와 직접 비교하면 안 된다.)</p>
<h2 id="잠재-공간과-스케일"><a href="#잠재-공간과-스케일" class="headerlink" title="잠재 공간과 스케일"></a>잠재 공간과 스케일</h2><p>픽셀 공간이 아니라 잠재 공간에서 확산을 돌리는 흐름은 Stable Diffusion으로 유명해졌지만, 점수 기반 모델 쪽에서는 VAE와 함께 끝까지(end-to-end) 학습하는 시도도 있었다.</p>
<ul>
<li><strong>⟦2106.05931⟧</strong><br>Arash Vahdat, Karsten Kreis, Jan Kautz (NeurIPS 2021)</li>
</ul>
<p>그리고 올해 가장 많이 회자된 건 역시 SD3 논문이다. rectified flow를 트랜스포머(MM-DiT)와 결합해서 스케일을 키웠다.</p>
<ul>
<li><a target="_blank" rel="noopener" href="https://arxiv.org/abs/2403.03206">⟦2403.03206⟧</a><br>Patrick Esser, Sumith Kulal, Andreas Blattmann, Rahim Entezari 외 (2024)</li>
</ul>
<p>타임스텝 샘플링을 logit-normal로 바꾼 부분과, 텍스트·이미지 토큰을 따로 가중치를 두되 어텐션은 같이 하는 구조가 인상적이었다. 모델 가중치 공개 여부와 라이선스 이야기는 <a target="_blank" rel="noopener" href="https://stability.ai/news">Stability AI 블로그</a> 참고 (논문 아님).</p>
<h2 id="한-장에서-3D로"><a href="#한-장에서-3D로" class="headerlink" title="한 장에서 3D로"></a>한 장에서 3D로</h2><p>연구실 과제와 직접 관련된 부분. 사전학습된 확산 모델에 카메라 시점 변화를 조건으로 넣어 새 시점을 만든다.</p>
<ul>
<li><a target="_blank" rel="noopener" href="https://arxiv.org/abs/2303.11328">⟦2303.11328⟧</a><br>Ruoshi Liu, Rundi Wu, Basile Van Hoorick, Pavel Tokmakov, Sergey Zakharov, Carl Vondrick (ICCV 2023)</li>
</ul>
<p>생성된 시점들이 서로 기하학적으로 맞는지 평가할 때, 우리는 대응점(correspondence) 추정으로 간접 확인을 했다. 이때 쓴 방법이:</p>
<ul>
<li><strong>⟦2103.14167⟧</strong><br>Wei Jiang, Eduard Trulls, Jan Hosang, Andrea Tagliasacchi, Kwang Moo Yi (ICCV 2021)</li>
</ul>
<p>확산 논문은 아니지만, 생성 결과를 검증하는 도구로 꽤 쓸 만했다. 공식 코드는 저자들의 GitHub 저장소에 있다.</p>
<h2 id="정리"><a href="#정리" class="headerlink" title="정리"></a>정리</h2><ul>
<li>빠른 샘플링 → 스케줄러 교체만으로 체감 효과가 크다.</li>
<li>가이던스 → 스케일 3~5 근처가 무난.</li>
<li>3D → 시점 일관성 평가가 아직 어렵다. 다음 글에서는 멀티뷰 확산 쪽을 볼 예정.</li>
</ul>
<p>참고한 강의: Stanford CS236 (Deep Generative Models) 강의 노트, 그리고 Lilian Weng의 블로그 글 "What are Diffusion Models?". 둘 다 논문은 아니지만 입문용으로 최고다.</p>

    </div>





    <footer class="post-footer">
          

<div class="post-copyright">
<ul>
  <li class="post-copyright-author">
      <strong>작성자:  </strong>윤하늘
  </li>
  <li class="post-copyright-link">
      <strong>글 링크: </strong>
      <a href="https://blog.haneul-lab.example/2024/04/07/diffusion-reading-3/" title="확산 모델 다시 읽기 (3) — 샘플링, 가이던스, 그리고 3D">https://blog.haneul-lab.example/2024/04/07/diffusion-reading-3/</a>
  </li>
  <li class="post-copyright-license">
      <strong>저작권 공지:  </strong>이 블로그의 모든 글은 별도 표기가 없는 한 <a href="https://creativecommons.org/licenses/by-nc-sa/4.0/deed.ko" rel="noopener" target="_blank"><i class="fab fa-fw fa-creative-commons"></i>BY-NC-SA</a> 라이선스를 따릅니다.
  </li>
</ul>
</div>

          <div class="post-tags">
              <a href="/tags/Diffusion/" rel="tag"># Diffusion</a>
              <a href="/tags/%EB%85%BC%EB%AC%B8%EC%A0%95%EB%A6%AC/" rel="tag"># 논문정리</a>
              <a href="/tags/3D/" rel="tag"># 3D</a>
          </div>

        

          <div class="post-nav">
            <div class="post-nav-item">
                <a href="/2024/03/24/diffusion-reading-2/" rel="prev" title="확산 모델 다시 읽기 (2) — 점수 기반 모델과 SDE">
                  <i class="fa fa-angle-left"></i> 확산 모델 다시 읽기 (2) — 점수 기반 모델과 SDE
                </a>
            </div>
            <div class="post-nav-item">
                <a href="/2024/04/14/lab-gpu-scheduler/" rel="next" title="연구실 GPU 예약 봇 만들기 (Slurm + 카카오워크 알림)">
                  연구실 GPU 예약 봇 만들기 (Slurm + 카카오워크 알림) <i class="fa fa-angle-right"></i>
                </a>
            </div>
          </div>
    </footer>
  </article>
</div>






    <div class="comments utterances-container"></div>
</div>
  </main>

  <footer class="footer">
    <div class="footer-inner">


<div class="copyright">
  &copy; 2021 – 
  <span itemprop="copyrightYear">2024</span>
  <span class="with-love">
    <i class="fa fa-heart"></i>
  </span>
  <span class="author" itemprop="copyrightHolder">윤하늘</span>
</div>
<div class="busuanzi-count">
    <span class="post-meta-item" id="busuanzi_container_site_uv">
      <span class="post-meta-item-icon">
        <i class="fa fa-user"></i>
      </span>
      <span class="site-uv" title="총 방문자 수">
        <span id="busuanzi_value_site_uv"></span>
      </span>
    </span>
    <span class="post-meta-item" id="busuanzi_container_site_pv">
      <span class="post-meta-item-icon">
        <i class="fa fa-eye"></i>
      </span>
      <span class="site-pv" title="총 방문 수">
        <span id="busuanzi_value_site_pv"></span>
      </span>
    </span>
</div>
  <div class="powered-by">Powered by <a href="https://hexo.io/" rel="noopener" target="_blank">Hexo</a> & <a href="https://theme-next.js.org/" rel="noopener" target="_blank">NexT.Gemini</a>
  </div>

    </div>
  </footer>

  
  <div class="back-to-top" role="button" aria-label="맨 위로">
    <i class="fa fa-arrow-up fa-lg"></i>
    <span>0%</span>
  </div>

<noscript>
  <div class="noscript-warning">Theme NexT works best with JavaScript enabled</div>
</noscript>


  
  <script src="https://cdnjs.cloudflare.com/ajax/libs/animejs/3.2.1/anime.min.js" integrity="sha256-XL2inqUJaslATFnHdJOi9GfQ60on8Wx1C2H8DYiN1xY=" crossorigin="anonymous"></script>
<script src="/js/comments.js"></script><script src="/js/utils.js"></script><script src="/js/motion.js"></script><script src="/js/schemes/muse.js"></script><script src="/js/next-boot.js"></script>

  
<script class="next-config" data-name="utterances" type="application/json">{"enable":true,"repo":"haneul-yoon-example/blog-comments","issue_term":"pathname","theme":"github-light"}</script>
<script src="/js/third-party/comments/utterances.js"></script>

  <script async src="https://busuanzi.ibruce.info/busuanzi/2.3/busuanzi.pure.mini.js"></script>

</body>
</html>
""").replace("@@OR_DDIM@@", OR("2010.02502"))
write_only(F598, text, keys(F598))
