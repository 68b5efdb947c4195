#!/usr/bin/env python3
"""Builds digests/244_naver_blog_postview_smarteditor_one_korean_vlm_paper_review.html: a Naver Blog post saved from
its PostView.naver page (the frame that holds the post), written in SmartEditor ONE by an (invented) Korean
graduate student: "[논문 리뷰] CLIP부터 LLaVA까지, 비전-언어 모델 한 번에 정리 (1)".

Layout, as the PostView page and SmartEditor ONE write it: the page head (title "… : 네이버 블로그", og:title /
og:description / og:url / og:image, naverblog:nickname, the blog CSS), the post-view wrapper, `se-viewer`, the
se-documentTitle component (title paragraph, the blog2_container with nickname and "2024. 3. 10. 21:14"), the
se-main-container with components (each `se-component se-<type> se-l-<layout>` with an SE-uuid id → se-component-content
→ se-section → se-module): text paragraphs wrapped in `<!-- SE-TEXT { -->` … `<!-- } SE-TEXT -->` with se-fs/se-ff
spans and &ZeroWidthSpace; blank lines, inline links as `se-link`, quotation (quotation_line), oglink cards (thumbnail
anchor + info anchor with se-oglink-title / summary / url and data-linkdata JSON), an image with caption, a horizontal
line, sectionTitle; each module followed by its `__se_module_data` script; then the tag list (#tags), the sympathy and
comment counters. LF, a final newline.

Evidence: ViT's OpenReview forum (an oglink card whose title is the paper's) (link, OpenReview); CLIP's arXiv abs card
("[2103.00020] …") and Flamingo's inline abs link (link); BLIP-2 "arXiv:2301.12597" and the change-captioning paper
"(arXiv 2103.14146)" in a quotation (arxiv-text); ALIGN and SigLIP in bold, Frozen, "Visual Instruction Tuning"
(LLaVA, whose card is its project page), "Segment Anything" (with its GitHub link) (title-only). Non-papers: the LLaVA
project page, the segment-anything repository, a YouTube talk, the Hugging Face model page, the author's previous
post. The blog, nickname, ids and counts are invented."""
import json, os, random, sys, uuid
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import check_no_distractor

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "244_naver_blog_postview_smarteditor_one_korean_vlm_paper_review.html")
R = random.Random(244)
BLOG, LOGNO, NICK = "deepvision_note", "223378194512", "딥비전노트"
TITLE = "[논문 리뷰] CLIP부터 LLaVA까지, 비전-언어 모델 한 번에 정리 (1)"


def se_id():
    """SmartEditor ids: time-based (version 1) UUIDs of early 2024 ("…-11ee-…")"""
    h = f"{R.getrandbits(128):032x}"
    return f"SE-{h[:8]}-{h[8:12]}-11ee-{'89ab'[int(h[12], 16) % 4]}{h[13:16]}-{h[16:28]}"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def dq(d):
    """data attribute JSON, quotes as &quot;"""
    return esc(json.dumps(d, ensure_ascii=False).replace('", "', '", "'))


def span(*html, fs="fs16", style=""):
    return f'<span style="{style}" class="se-fs-{fs} se-ff-nanumbarungothic   " id="{se_id()}">{"".join(html)}</span>'


def para(*spans_, align=""):
    inner = "".join(spans_) if spans_ else span("&ZeroWidthSpace;")
    return (f'<!-- SE-TEXT {{ --><p class="se-text-paragraph se-text-paragraph-align-{align} " style="" id="{se_id()}">'
            f"{inner}</p><!-- }} SE-TEXT -->")


def T(s):
    return esc(s)


def bold(s):
    return f"<b>{esc(s)}</b>"


def a(url, text=None):
    return f'<a href="{esc(url)}" class="se-link" target="_blank">{esc(text or url)}</a>'


def module_data(cid, ctype, extra=""):
    return (f'<script type="text/data" class="__se_module_data" data-module-v2="{{&quot;type&quot;: &quot;v2_{ctype}&quot;, '
            f'&quot;id&quot;: &quot;{cid}&quot;, &quot;data&quot;: {{&quot;ctype&quot;: &quot;{ctype}&quot;{extra}  }}}}"></script>')


I1, I2, I3, I4 = " " * 20, " " * 24, " " * 28, " " * 32


def text_comp(*paras):
    cid = se_id()
    return (f'{I1}<div class="se-component se-text se-l-default" id="{cid}">\n'
            f'{I2}<div class="se-component-content">\n'
            f'{I3}<div class="se-section se-section-text se-l-default">\n'
            f'{I4}<div class="se-module se-module-text">\n'
            f'{I4}        {"".join(paras)}\n'
            f'{I4}</div>\n{I3}</div>\n{I2}</div>\n'
            f'{I2}{module_data(cid, "text")}\n'
            f'{I1}</div>')


def section_title(s):
    cid = se_id()
    return (f'{I1}<div class="se-component se-sectionTitle se-l-default" id="{cid}">\n'
            f'{I2}<div class="se-component-content">\n'
            f'{I3}<div class="se-section se-section-sectionTitle se-l-default">\n'
            f'{I4}<div class="se-module se-module-text">\n'
            f'{I4}        {para(span(bold(s), fs="fs19"))}\n'
            f'{I4}</div>\n{I3}</div>\n{I2}</div>\n'
            f'{I2}{module_data(cid, "sectionTitle")}\n'
            f'{I1}</div>')


def quotation(*paras, cite=None):
    cid = se_id()
    c = (f'<div class="se-module se-module-text se-cite">{para(span(esc(cite), fs="fs13"))}</div>' if cite else "")
    return (f'{I1}<div class="se-component se-quotation se-l-quotation_line" id="{cid}">\n'
            f'{I2}<div class="se-component-content">\n'
            f'{I3}<div class="se-section se-section-quotation se-l-quotation_line">\n'
            f'{I4}<blockquote class="se-quotation-container">\n'
            f'{I4}    <div class="se-module se-module-text se-quote">{"".join(paras)}</div>{c}\n'
            f'{I4}</blockquote>\n{I3}</div>\n{I2}</div>\n'
            f'{I2}{module_data(cid, "quotation")}\n'
            f'{I1}</div>')


def oglink(url, title, summary, domain, thumb):
    cid = se_id()
    ld = dq({"id": cid, "link": url})
    return (f'{I1}<div class="se-component se-oglink se-l-large_image __se-component" id="{cid}">\n'
            f'{I2}<div class="se-component-content">\n'
            f'{I3}<div class="se-section se-section-oglink se-l-large_image se-section-align-center">\n'
            f'{I4}<div class="se-module se-module-oglink">\n'
            f'{I4}    <a href="{esc(url)}" class="se-oglink-thumbnail __se_link" target="_blank" data-linktype="oglink" data-linkdata="{ld}">\n'
            f'{I4}        <img src="https://dthumb-phinf.pstatic.net/?src=%22{esc(thumb)}%22&amp;type=ff500_300" class="se-oglink-thumbnail-resource egjs-visible" alt="">\n'
            f'{I4}    </a>\n'
            f'{I4}    <a href="{esc(url)}" class="se-oglink-info __se_link" target="_blank" data-linktype="oglink" data-linkdata="{ld}">\n'
            f'{I4}        <div class="se-oglink-info-container">\n'
            f'{I4}            <strong class="se-oglink-title">{esc(title)}</strong>\n'
            f'{I4}            <p class="se-oglink-summary">{esc(summary)}</p>\n'
            f'{I4}            <p class="se-oglink-url">{esc(domain)}</p>\n'
            f'{I4}        </div>\n'
            f'{I4}    </a>\n'
            f'{I4}</div>\n{I3}</div>\n{I2}</div>\n'
            f'{I2}{module_data(cid, "oglink")}\n'
            f'{I1}</div>')


def image(src, w, h, caption):
    cid = se_id()
    ld = dq({"id": cid, "src": src, "originalWidth": str(w), "originalHeight": str(h), "linkUse": "false", "link": ""})
    return (f'{I1}<div class="se-component se-image se-l-default __se-component" id="{cid}">\n'
            f'{I2}<div class="se-component-content se-component-content-fit">\n'
            f'{I3}<div class="se-section se-section-image se-l-default se-section-align-">\n'
            f'{I4}<div class="se-module se-module-image" style="">\n'
            f'{I4}    <a class="se-module-image-link __se_image_link __se_link" style="" onclick="return false;" data-linktype="img" data-linkdata="{ld}">\n'
            f'{I4}        <img src="{esc(src)}?type=w773" data-lazy-src="" data-width="693" data-height="{round(693 * h / w)}" alt="" class="se-image-resource egjs-visible" id="{cid}_0">\n'
            f'{I4}    </a>\n'
            f'{I4}</div>\n'
            f'{I4}<div class="se-module se-module-text se-caption">{para(span(esc(caption), fs="fs13"), align="center")}</div>\n'
            f'{I3}</div>\n{I2}</div>\n'
            f'{I2}{module_data(cid, "image", ", &quot;ai&quot;: &quot;false&quot;")}\n'
            f'{I1}</div>')


def hr():
    cid = se_id()
    return (f'{I1}<div class="se-component se-horizontalLine se-l-default" id="{cid}">\n'
            f'{I2}<div class="se-component-content">\n'
            f'{I3}<div class="se-section se-section-horizontalLine se-l-default se-section-align-center">\n'
            f'{I4}<div class="se-module se-module-horizontalLine">\n'
            f'{I4}    <hr class="se-hr">\n'
            f'{I4}</div>\n{I3}</div>\n{I2}</div>\n'
            f'{I2}{module_data(cid, "horizontalLine")}\n'
            f'{I1}</div>')


def pic():
    return f"https://postfiles.pstatic.net/MjAyNDAzMTBf{R.randint(10, 99)}/MDAxNzEwMDcyNDk{R.randint(1000, 9999)}.{uuid.UUID(int=R.getrandbits(128)).hex[:24]}.PNG/image.png"


def build():
    comps = [
        text_comp(para(span(T("안녕하세요, 딥비전노트입니다 🙂 이번 학기 연구실 세미나에서 비전-언어 모델(VLM)을 맡게 되어서, 발표 준비하면서 읽은 "
                              "논문들을 두 편에 나눠 정리해 보려고 합니다. 1편은 ViT → CLIP 계열 → 프리즈된 LLM에 이미지를 붙이는 방법까지, "
                              "2편은 평가와 할루시네이션 문제를 다룰 예정이에요."))),
                  para(),
                  para(span(T("수식은 최소화하고, 각 논문에서 \"이것만은 기억하자\" 싶은 포인트 위주로 적었습니다. 틀린 부분이 있으면 댓글로 "
                              "알려주세요!")))),
        quotation(para(span(bold("한 줄 요약"), fs="fs15", style="color:#1808f9;")),
                  para(span(T("이미지 인코더(ViT) + 대조학습(CLIP/ALIGN/SigLIP) + 프리즈된 LLM 연결(Frozen/Flamingo/BLIP-2) + "
                              "인스트럭션 튜닝(LLaVA)"), fs="fs15"))),
        section_title("1. 출발점: ViT"),
        text_comp(para(span(T("모든 이야기는 이미지를 16×16 패치로 잘라 토큰처럼 다루는 ViT에서 시작합니다. CNN의 귀납적 편향이 없어서 "
                              "데이터가 적으면 약하지만, JFT-300M 규모로 사전학습하면 ResNet 계열을 넘어섭니다. 논문 제목부터 유명하죠. "
                              "ICLR 2021 OpenReview 페이지에 리뷰 토론까지 있으니 같이 보시는 걸 추천합니다.")))),
        oglink("https://openreview.net/forum?id=YicbFdNTTy",
               "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale",
               "Transformers applied directly to image patches and pre-trained on large datasets work really well on image recognition task.",
               "openreview.net", "https://openreview.net/images/openreview_logo_512.png"),
        section_title("2. 대조학습으로 이미지와 텍스트 맞추기"),
        text_comp(para(span(T("CLIP은 인터넷에서 모은 4억 쌍의 (이미지, 캡션)으로 두 인코더를 대조학습합니다. 배치 안에서 맞는 쌍은 "
                              "가깝게, 나머지는 멀게. 덕분에 \"a photo of a {label}\" 같은 프롬프트만으로 제로샷 분류가 됩니다.")))),
        oglink("https://arxiv.org/abs/2103.00020",
               "[2103.00020] Learning Transferable Visual Models From Natural Language Supervision",
               "State-of-the-art computer vision systems are trained to predict a fixed set of predetermined object categories. "
               "This restricted form of supervision limits their generality and usability...",
               "arxiv.org", "https://arxiv.org/static/browse/0.3.4/images/arxiv-logo-fb.png"),
        text_comp(para(span(T("같은 시기 구글은 "), bold("Scaling Up Visual and Vision-Language Representation Learning With Noisy "
                                                   "Text Supervision"), T("(ALIGN, ICML 2021)에서 필터링을 거의 안 한 18억 쌍으로도 "
                                                   "비슷한 결과가 나온다는 걸 보였습니다. 데이터 정제보다 규모가 중요하다는 메시지죠."))),
                  para(),
                  para(span(T("그리고 2023년의 "), bold("Sigmoid Loss for Language Image Pre-Training"), T("(SigLIP)은 softmax 대신 "
                              "쌍마다 독립적인 시그모이드 손실을 써서, 배치 전체를 정규화할 필요가 없어집니다. 작은 배치에서도 "
                              "잘 되고 메모리도 덜 씁니다. 요즘 오픈소스 VLM의 비전 인코더로 SigLIP이 자주 보이는 이유예요.")))),
        image(pic(), 1400, 620, "그림 1. CLIP 계열 학습 방식 비교 (직접 그림)"),
        section_title("3. 프리즈된 LLM에 눈 달아주기"),
        text_comp(para(span(T("Frozen 논문("), bold("Multimodal Few-Shot Learning with Frozen Language Models"), T(", NeurIPS 2021)은 "
                              "언어모델은 그대로 두고 비전 인코더만 학습해서, 이미지 임베딩을 \"프리픽스\" 토큰처럼 넣는 아이디어를 "
                              "처음 보여줬습니다."))),
                  para(),
                  para(span(T("이걸 크게 키운 게 DeepMind의 Flamingo입니다. Perceiver Resampler로 이미지 특징을 고정 개수 토큰으로 "
                              "줄이고, 프리즈된 LLM 층 사이에 gated cross-attention을 끼워 넣습니다. 논문: "),
                            a("https://arxiv.org/abs/2204.14198", "Flamingo: a Visual Language Model for Few-Shot Learning"),
                            T(" (80B 모델, 인터리브된 이미지-텍스트로 few-shot)"))),
                  para(),
                  para(span(T("BLIP-2("), bold("BLIP-2: Bootstrapping Language-Image Pre-training with Frozen Image Encoders and Large Language Models"), T(", arXiv:2301.12597)는 Q-Former라는 작은 트랜스포머로 프리즈된 이미지 인코더와 프리즈된 LLM을 "
                              "이어줍니다. 학습하는 파라미터가 훨씬 적은데도 Flamingo보다 제로샷 VQA가 좋다는 게 포인트.")))),
        section_title("4. 인스트럭션 튜닝: LLaVA"),
        text_comp(para(span(T("LLaVA의 논문 제목은 의외로 심플하게 "), bold("Visual Instruction Tuning"), T("(NeurIPS 2023)입니다. "
                              "GPT-4에게 캡션과 박스 정보만 주고 대화형 instruction 데이터를 15만 개 만들게 한 뒤, CLIP 비전 인코더 + "
                              "프로젝션 + Vicuna를 학습합니다. 구조는 정말 단순한데 데모 품질이 놀라워서 이후 수많은 후속작이 "
                              "나왔죠. 프로젝트 페이지에 데모와 데이터가 다 있습니다.")))),
        oglink("https://llava-vl.github.io/",
               "LLaVA", "Visual Instruction Tuning: LLaVA: Large Language and Vision Assistant",
               "llava-vl.github.io", "https://llava-vl.github.io/images/llava_logo.png"),
        hr(),
        section_title("덤: 세미나에서 나온 질문들"),
        text_comp(para(span(T("Q. \"분할(segmentation)도 VLM으로 되나요?\" → 프롬프트 기반 분할은 Meta의 "), bold("Segment Anything"),
                            T("(SAM)을 보면 됩니다. 코드: "), a("https://github.com/facebookresearch/segment-anything"))),
                  para(),
                  para(span(T("Q. \"두 이미지의 차이를 설명하는 연구도 있나요?\" → 교수님이 추천해 주신 논문 메모:")))),
        quotation(para(span(T("Describing and Localizing Multiple Changes with Transformers (ICCV 2021, arXiv 2103.14146) — "
                              "변화 캡셔닝을 여러 변화로 확장하고 위치까지 찾는 데이터셋과 모델"), fs="fs15")),
                  cite="세미나 노트, 3월 8일"),
        text_comp(para(span(T("다음 편에서는 VLM 평가 벤치마크와 할루시네이션을 다루겠습니다. 발표 영상은 연구실 유튜브에 올라와 있어요: "),
                            a("https://www.youtube.com/watch?v=Qm3jYqTzX4E"))),
                  para(),
                  para(span(T("이전 글: "), a("https://blog.naver.com/deepvision_note/223361027781", "[논문 리뷰] Swin부터 ConvNeXt까지 (백본 정리)")))),
    ]
    tags = ["CLIP", "LLaVA", "비전언어모델", "VLM", "논문리뷰", "멀티모달", "딥러닝"]
    taghtml = "\n".join(f'                <a href="/PostList.naver?blogId={BLOG}&amp;tagName={t}" class="item pcol2 itemTagfont _setTop"><span class="ell">#{esc(t)}</span></a>'
                        for t in tags)
    tid = se_id()
    head = f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(TITLE)} : 네이버 블로그</title>
<meta property="og:title" content="{esc(TITLE)}"/>
<meta property="og:image" content="https://blogthumb.pstatic.net/MjAyNDAzMTBfMjEz/MDAxNzEwMDcyNDk0MTQ2.thumb.PNG/image.png?type=w2"/>
<meta property="og:description" content="안녕하세요, 딥비전노트입니다 🙂 이번 학기 연구실 세미나에서 비전-언어 모델(VLM)을 맡게 되어서, 발표 준비하면서 읽은 논문들을 두 편에 나눠 정리해 보려고 합니다."/>
<meta property="og:url" content="https://blog.naver.com/{BLOG}/{LOGNO}"/>
<meta property="og:type" content="article"/>
<meta property="og:site_name" content="네이버 블로그 | 딥비전노트의 논문 읽는 방"/>
<meta property="naverblog:nickname" content="{NICK}"/>
<meta property="naverblog:profile_image" content="https://blogpfthumb-phinf.pstatic.net/MjAyMzA5MTJfMTM5/MDAxNjk0NDg1NTIyNTM2.profile.png/profile.png"/>
<link rel="stylesheet" type="text/css" href="https://blog.pstatic.net/static/blog/post/css/blog_post.css?202403071530"/>
<link rel="stylesheet" type="text/css" href="https://editor-static.pstatic.net/v/blog/css/se.viewer.blog.css?20240306"/>
</head>
<body class="se_body">
<div id="whole-border">
    <div id="whole-body">
        <div id="postListBody">
            <div id="post-view{LOGNO}" class="post-view pcol2 _param(1) _postViewArea{LOGNO}">
                <div class="se-viewer se-theme-default" lang="ko-KR">
                    <div class="se-component se-documentTitle se-l-default" id="{tid}">
                        <div class="se-component-content">
                            <div class="se-section se-section-documentTitle se-l-default se-section-align-left">
                                <div class="se-module se-module-text se-title-text">
                                        {para(span(esc(TITLE), fs="fs32"), align="left")}
                                </div>
                            </div>
                            <div class="blog2_container">
                                <span class="writer">
                                    <span class="nick"><a class="link pcol2" href="/PostList.naver?blogId={BLOG}&amp;from=postList">{NICK}</a></span>
                                </span>
                                <span class="se_publishDate pcol2">2024. 3. 10. 21:14</span>
                                <span class="blog2_category"><a class="pcol2" href="/PostList.naver?blogId={BLOG}&amp;categoryNo=12&amp;from=postList">논문 리뷰</a></span>
                            </div>
                        </div>
                        {module_data(tid, "documentTitle")}
                    </div>
                    <div class="se-main-container">
"""
    tail = f"""
                    </div>
                </div>
            </div>
            <div class="wrap_tag">
                <span class="tag_title">태그</span>
{taghtml}
            </div>
            <div class="wrap_postcomment">
                <div class="area_sympathy">
                    <a href="#" class="u_likeit_list_btn _button" data-type="sympathy"><span class="u_ico _icon"></span><em class="u_txt _label">공감</em><em class="u_cnt _count">27</em></a>
                </div>
                <div class="area_comment">
                    <a href="#" class="btn_comment _cmtList" role="button">댓글 <em id="commentCount" class="_commentCount">6</em></a>
                </div>
            </div>
        </div>
    </div>
</div>
</body>
</html>
"""
    return head + "\n".join(comps) + tail


if __name__ == "__main__":
    s = build()
    check_no_distractor(s, "244")
    open(OUT, "w", encoding="utf-8", newline="").write(s)
    print(OUT, len(s))
