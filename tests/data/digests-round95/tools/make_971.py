#!/usr/bin/env python3
"""971: `public/page-data/<slug>/page-data.json` of a Korean developer's Gatsby 5 blog (gatsby-starter-blog's
blog-post template, extended with tags and a table of contents): JSON.stringify compact, no final newline;
componentChunkName, path, result.data (site.siteMetadata.title; markdownRemark with id, excerpt (pruneLength 160,
cut at a blank, "…"), html, tableOfContents, timeToRead, frontmatter title / date / description / tags, fields.slug;
previous / next), result.pageContext (id, previousPostId, nextPostId), staticQueryHashes, slicesMap. The html is
gatsby-transformer-remark's: gatsby-remark-autolink-headers anchors (`style="position:relative;"`, the octicon link
SVG, github-slugger ids that keep Hangul), a GFM table, a blockquote, gatsby-remark-prismjs code with token spans,
footnote-free. The vLLM and flash-attention repositories and a conference talk are not papers."""
import html as H, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(971)
K = dict(fa2="2307.08691", paged="2309.06180", reformer="2001.04451", memformer="2010.06891", linear="2006.16236",
         flash="2202.10447", hyena="2302.10866", lite="2004.11886")
SLUG = "/efficient-attention-reading-notes/"
SVG = ('<svg aria-hidden="true" focusable="false" height="16" version="1.1" viewBox="0 0 16 16" width="16"><path fill-rule="evenodd" '
       'd="M4 9h1v1H4c-1.5 0-3-1.69-3-3.5S2.55 3 4 3h4c1.45 0 3 1.69 3 3.5 0 1.41-.91 2.72-2 3.25V8.59c.58-.45 1-1.27 1-2.09C10 '
       '5.22 8.98 4 8 4H4c-.98 0-2 1.22-2 2.5S3 9 4 9zm9-3h-1v1h1c1 0 2 1.22 2 2.5S13.98 12 13 12H9c-.98 0-2-1.22-2-2.5 '
       '0-.83.42-1.64 1-2.09V6.25c-1.09.53-2 1.84-2 3.25C6 11.31 7.55 13 9 13h4c1.45 0 3-1.69 3-3.5S14.5 6 13 6z"></path></svg>')


def slug(text):
    """github-slugger: lower case, punctuation dropped (letters of any script, digits, `-`, `_` and blanks kept), blanks -> -"""
    s = re.sub(r"[^\w\- ]", "", text.lower())
    return s.replace(" ", "-")


def esc(s):
    return s.replace("&", "&#x26;").replace("<", "&#x3C;")


toc = []


def h2(text):
    i = slug(text)
    toc.append((i, text))
    return (f'<h2 id="{i}" style="position:relative;"><a href="#{i}" aria-label="{i.replace("-", " ")} permalink" '
            f'class="anchor before">{SVG}</a>{esc(text)}</h2>')


def a(text, url):
    return f'<a href="{url}">{esc(text)}</a>'


def p(*parts):
    return "<p>" + "".join(parts) + "</p>"


code = ('<div class="gatsby-highlight" data-language="python"><pre class="language-python"><code class="language-python">'
        '<span class="token comment"># softmax 없이: φ(Q)(φ(K)ᵀV) 순서로 계산하면 O(N)</span>\n'
        '<span class="token keyword">def</span> <span class="token function">linear_attention</span><span class="token punctuation">(</span>'
        'q<span class="token punctuation">,</span> k<span class="token punctuation">,</span> v<span class="token punctuation">)</span>'
        '<span class="token punctuation">:</span>\n'
        '    q<span class="token punctuation">,</span> k <span class="token operator">=</span> F<span class="token punctuation">.</span>elu'
        '<span class="token punctuation">(</span>q<span class="token punctuation">)</span> <span class="token operator">+</span> '
        '<span class="token number">1</span><span class="token punctuation">,</span> F<span class="token punctuation">.</span>elu'
        '<span class="token punctuation">(</span>k<span class="token punctuation">)</span> <span class="token operator">+</span> '
        '<span class="token number">1</span>\n'
        '    kv <span class="token operator">=</span> torch<span class="token punctuation">.</span>einsum<span class="token punctuation">(</span>'
        '<span class="token string">"nd,ne->de"</span><span class="token punctuation">,</span> k<span class="token punctuation">,</span> v'
        '<span class="token punctuation">)</span>\n'
        '    z <span class="token operator">=</span> <span class="token number">1</span> <span class="token operator">/</span> '
        '<span class="token punctuation">(</span>q <span class="token operator">@</span> k<span class="token punctuation">.</span>'
        '<span class="token builtin">sum</span><span class="token punctuation">(</span><span class="token number">0</span>'
        '<span class="token punctuation">)</span><span class="token punctuation">)</span>\n'
        '    <span class="token keyword">return</span> <span class="token punctuation">(</span>q <span class="token operator">@</span> kv'
        '<span class="token punctuation">)</span> <span class="token operator">*</span> z<span class="token punctuation">[</span>'
        '<span class="token punctuation">:</span><span class="token punctuation">,</span> <span class="token boolean">None</span>'
        '<span class="token punctuation">]</span></code></pre></div>')

blocks = [
    p("회사에서 LLM 서빙 비용을 줄이는 일을 맡으면서 지난 두 달 동안 읽은 어텐션 효율화 논문들을 정리했다. "
      "크게 (1) 정확한 어텐션을 더 빠르게 계산하는 쪽, (2) 서빙 시 메모리를 아끼는 쪽, (3) 어텐션 자체를 근사하거나 바꾸는 쪽으로 나눴다. "
      "읽은 순서대로가 아니라 실무에서 체감한 순서대로 적는다."),
    h2("1. 정확한 어텐션을 더 빠르게"),
    p("가장 먼저 효과를 본 건 ", a(T(K["fa2"]), "https://arxiv.org/abs/2307.08691"),
      "이다. 1편보다 work partitioning이 바뀌어서 A100에서 forward가 거의 2배 빨라졌다. 구현은 ",
      a("Dao-AILab/flash-attention", "https://github.com/Dao-AILab/flash-attention"), " 저장소를 그대로 썼다."),
    h2("2. 서빙 메모리: KV 캐시"),
    p("배치가 커질수록 병목은 연산보다 KV 캐시였다. ", a(T(K["paged"]), "https://arxiv.org/pdf/2309.06180.pdf"),
      "는 OS의 페이징 아이디어를 KV 캐시에 가져온 논문으로, 우리 팀이 쓰는 ", a("vLLM", "https://github.com/vllm-project/vllm"),
      "의 기반이다. 논문보다 SOSP 발표 영상이 이해하기 쉬웠다."),
    "<blockquote>\n<p>팀 내 벤치마크: 같은 GPU에서 동시 요청 수 약 2.7배. 단, 프롬프트가 짧을 때는 차이가 작다.</p>\n</blockquote>",
    h2("3. 어텐션을 근사하거나 바꾸기"),
    p("여기부터는 서빙에 바로 쓰진 않았지만 스터디에서 같이 읽은 것들이다. LSH로 비슷한 쿼리끼리 묶는 ",
      a(T(K["reformer"]), "https://openreview.net/forum?id=rkgNKkHtvB"),
      "는 ICLR 2020 리뷰까지 읽어 볼 만하다. 커널 트릭으로 softmax를 없애는 ", f"<em>{esc(T(K['linear']))}</em>",
      " (arXiv:2006.16236)는 아래 코드가 핵심의 전부다."),
    code,
    p("나머지는 표로 정리했다. 링크는 스터디 노션에 있어서 여기엔 제목만 옮긴다."),
    "<table>\n<thead>\n<tr>\n<th>논문</th>\n<th>한 줄 요약</th>\n<th>난이도</th>\n</tr>\n</thead>\n<tbody>\n"
    f"<tr>\n<td>{esc(T(K['flash']))}</td>\n<td>gated attention unit + 청크 단위 선형 어텐션</td>\n<td>★★☆</td>\n</tr>\n"
    f"<tr>\n<td>{esc(T(K['hyena']))}</td>\n<td>어텐션 대신 긴 합성곱 + 게이팅</td>\n<td>★★★</td>\n</tr>\n"
    f"<tr>\n<td>{esc(T(K['lite']))}</td>\n<td>모바일용, 헤드 일부는 합성곱으로 로컬 문맥 담당</td>\n<td>★☆☆</td>\n</tr>\n"
    "</tbody>\n</table>",
    p("메모리를 외부 슬롯으로 두는 계열로는 ", a(T(K["memformer"]), "https://openreview.net/forum?id=_adSMszz_g9"),
      "를 읽었는데, 긴 문서 요약 실험이 재미있었다."),
    h2("4. 다음에 읽을 것"),
    p("다음 스터디는 3월 23일(토) 판교에서. 상태 공간 모델 쪽으로 넘어가려고 한다. 참여 문의는 댓글로."),
]
html = "\n".join(blocks)
text = re.sub(r"\s+", " ", H.unescape(re.sub(r"<[^>]+>", " ", html.replace(SVG, "")))).strip()


def excerpt(t, n=160):
    if len(t) <= n: return t
    cut = t[:n - 1]
    return cut[:cut.rfind(" ")].rstrip(" ,.") + "…"


tocs = "<ul>\n" + "\n".join(f'<li><a href="{SLUG}#{i}">{esc(x)}</a></li>' for i, x in toc) + "\n</ul>"
NODE = "6b9e1c2f-3a48-5d07-9f1e-2c7d4a8b0e53"
PREV = "d2f0a7c4-81b5-5e69-a3c8-4f17b92e6d01"
page = {"componentChunkName": "component---src-templates-blog-post-js", "path": SLUG,
        "result": {"data": {"site": {"siteMetadata": {"title": "지훈의 개발 노트"}},
                            "markdownRemark": {"id": NODE, "excerpt": excerpt(text), "html": html, "tableOfContents": tocs,
                                               "timeToRead": 4,
                                               "frontmatter": {"title": "LLM 서빙하면서 읽은 어텐션 효율화 논문 정리",
                                                               "date": "2024년 03월 09일",
                                                               "description": "FlashAttention-2부터 PagedAttention, 선형 어텐션까지 — 실무에서 체감한 순서대로",
                                                               "tags": ["llm", "attention", "serving", "논문정리"]},
                                               "fields": {"slug": SLUG}},
                            "previous": {"fields": {"slug": "/state-space-models-first-look/"},
                                         "frontmatter": {"title": "상태 공간 모델, 처음 읽어 보기"}},
                            "next": None},
                   "pageContext": {"id": NODE, "previousPostId": PREV, "nextPostId": None}},
        "staticQueryHashes": ["2841359383", "3257411868"], "slicesMap": {}}
write_only(F, json.dumps(page, ensure_ascii=False, separators=(",", ":")), keys(F))
