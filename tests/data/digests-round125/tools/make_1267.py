#!/usr/bin/env python3
"""1267: a Google Programmable Search (Custom Search JSON API v1) answer (Traditional Chinese): a Taipei-like lab set
up a Programmable Search Engine over arxiv.org, YouTube, a course site and a few members' blogs and notes
(context title 實驗室論文與筆記搜尋, interface language zh-TW), and a student's script saved the first page for the
query `diffusion` as `cse_diffusion_p1.json` for the reading group. The API answers pretty-printed JSON (two-space
indent, raw UTF-8) with Google's JSON escaping of < > & = ' as \\u003c \\u003e \\u0026 \\u003d \\u0027, a final
newline; each item has title (Google's cut with " ..."), htmlTitle (query term in <b>), link, displayLink, snippet
(with line breaks; a date prefix in the zh-TW form), htmlSnippet (<b>, <br>, &#39; / &quot;), formattedUrl,
htmlFormattedUrl and a pagemap (metatags lower-cased, cse_thumbnail / cse_image). arXiv results carry the full title
in citation_title / og:title (links); a CodiMD note and a blog post name ControlNet's and Consistency Models' papers
with `arXiv:` ids and no link (arxiv-text); a blog post, a course page and a reading-group page name three papers by
title only; a YouTube lecture and a member's DDPM notes are not papers."""
import html, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1267, keys

Q = "diffusion"
CX = "b3f81c2e5a7d94e06"


def gj(v):
    s = json.dumps(v, ensure_ascii=False, indent=2)
    for c in "<>&='":
        s = s.replace(c, "\\u%04x" % ord(c))
    return s + "\n"


def bold(s):
    return re.sub(r"(?i)\b(" + Q + r")\b", r"<b>\1</b>", s)


def cut(t):
    if len(t) <= 62: return t
    i = t.rfind(" ", 0, 58)
    return t[:i] + " ..."


def hsnip(s):
    return bold(html.escape(s, quote=True).replace("&#x27;", "&#39;")).replace("\n", "<br>\n")


def arxiv_meta(aid, title, date, online, first_author, desc):
    return {"metatags": [{
        "og:image": "/static/browse/0.3.4/images/arxiv-logo-fb.png", "theme-color": "#ffffff",
        "og:image:width": "1200", "twitter:card": "summary", "citation_title": title, "og:site_name": "arXiv.org",
        "citation_date": date, "og:description": desc, "og:image:secure_url": "/static/browse/0.3.4/images/arxiv-logo-fb.png",
        "twitter:image": "https://static.arxiv.org/icons/twitter/arxiv-logo-twitter-square.png",
        "citation_arxiv_id": aid, "citation_online_date": online, "twitter:image:alt": "arXiv logo",
        "twitter:site": "@arxiv", "citation_pdf_url": f"https://arxiv.org/pdf/{aid}", "viewport": "width=device-width, initial-scale=1",
        "twitter:title": title, "citation_author": first_author, "og:title": title, "og:image:height": "700",
        "twitter:description": desc[:197] + "...", "og:url": f"https://arxiv.org/abs/{aid}v2", "og:type": "website"}]}


def item(title, link, snippet, pagemap, cache=None):
    it = {"kind": "customsearch#result", "title": cut(title), "htmlTitle": bold(html.escape(cut(title), quote=False)),
          "link": link, "displayLink": re.match(r"https?://([^/]+)", link).group(1), "snippet": snippet,
          "htmlSnippet": hsnip(snippet)}
    if cache: it["cacheId"] = cache
    it["formattedUrl"] = link
    it["htmlFormattedUrl"] = bold(link)
    it["pagemap"] = pagemap
    return it


def thumb(src, w="225", h="225"):
    return {"cse_thumbnail": [{"src": src, "width": w, "height": h}], "cse_image": [{"src": src}]}


ldm, ddpm, db = T("2112.10752"), T("2006.11239"), T("2208.12242")
items = [
 item("[2112.10752] " + ldm, "https://arxiv.org/abs/2112.10752",
      "2021年12月20日 ... By decomposing the image formation process into a sequential application of denoising autoencoders, diffusion models (DMs) achieve\nstate-of-the-art synthesis results on image data and beyond.",
      arxiv_meta("2112.10752", ldm, "2021/12/20", "2022/04/13", "Rombach, Robin",
                 "By decomposing the image formation process into a sequential application of denoising autoencoders, diffusion models (DMs) achieve state-of-the-art synthesis results on image data and beyond. Additionally, their formulation allows for a guiding mechanism to control the image generation process without retraining."),
      "kT3v0cQwRzYJ"),
 item("[2006.11239] " + ddpm, "https://arxiv.org/abs/2006.11239",
      "2020年6月19日 ... We present high quality image synthesis results using diffusion probabilistic models, a class of latent variable models inspired by\nconsiderations from ...",
      arxiv_meta("2006.11239", ddpm, "2020/06/19", "2020/12/16", "Ho, Jonathan",
                 "We present high quality image synthesis results using diffusion probabilistic models, a class of latent variable models inspired by considerations from nonequilibrium thermodynamics. Our best results are obtained by training on a weighted variational bound designed according to a novel connection between diffusion probabilistic models and denoising score matching with Langevin dynamics."),
      "Xo1bq8N2mC4J"),
 item("擴散模型筆記（一）：DDPM 的 forward / reverse process 推導 | 偉廷的技術筆記", "https://blog.weiting.example.tw/posts/ddpm-notes-1/",
      "2023年11月2日 ... 本篇整理 DDPM（Ho et al., 2020）的推導：diffusion 的 forward process 如何一步步加噪，\nreverse process 為什麼可以用一個 U-Net 預測噪聲 ...",
      {**thumb("https://encrypted-tbn0.gstatic.com/images?q=tbn:ANd9GcR7x2LkQ0vYp3&s"),
       "metatags": [{"og:title": "擴散模型筆記（一）：DDPM 的 forward / reverse process 推導", "og:type": "article",
                     "article:published_time": "2023-11-02T21:14:00+08:00", "og:locale": "zh_TW",
                     "og:description": "本篇整理 DDPM 的推導，下一篇寫 DDIM 與 classifier-free guidance。程式碼放在 GitHub：weiting-lin/ddpm-from-scratch。",
                     "viewport": "width=device-width, initial-scale=1", "generator": "Hugo 0.121.1"}]}, "q4Zb9Jm0aTkJ"),
 item("ControlNet 論文筆記 - CodiMD", "https://notes.cvlab.example.edu.tw/s/controlnet-reading",
      "2024年3月28日 ... 論文：" + T("2302.05543") + "（arXiv:2302.05543）\n作者：Lvmin Zhang, Anyi Rao, Maneesh Agrawala. 重點：把 diffusion U-Net 的 encoder 複製一份 ...",
      {"metatags": [{"og:title": "ControlNet 論文筆記 - CodiMD", "og:type": "website",
                     "og:description": "論文：" + T("2302.05543") + "（arXiv:2302.05543）。zero convolution 的作用、訓練資料、與 T2I-Adapter 比較。",
                     "viewport": "width=device-width, initial-scale=1, user-scalable=no", "apple-mobile-web-app-capable": "yes"}]}),
 item("Consistency Models 一步生成：論文導讀 | 宇涵的部落格", "https://yuhan-chen.example.dev/2023/consistency-models/",
      "2023年4月16日 ... Song et al. 的 " + T("2303.01469") + "（arXiv:2303.01469，目前只看了 v1）：把 diffusion 的 PF-ODE 軌跡上任一點\n直接映射回起點，因此可以一步取樣 ...",
      {**thumb("https://encrypted-tbn0.gstatic.com/images?q=tbn:ANd9GcS1mQ8vT0eH2w&s", "259", "194"),
       "metatags": [{"og:title": "Consistency Models 一步生成：論文導讀", "og:type": "article", "og:locale": "zh_TW",
                     "article:published_time": "2023-04-16T10:02:31+08:00",
                     "og:description": "一步取樣的 consistency distillation 與 consistency training 兩種訓練方式，附 PyTorch 範例（我自己寫的，不是官方的）。",
                     "twitter:card": "summary_large_image", "viewport": "width=device-width, initial-scale=1"}]}, "Zr8cWn3tY1gJ"),
 item("[2208.12242] " + db, "https://arxiv.org/abs/2208.12242",
      "2022年8月25日 ... Large text-to-image models achieved a remarkable leap in the evolution of AI, enabling high-quality and diverse synthesis of images ...\nDreamBooth ... diffusion ...",
      arxiv_meta("2208.12242", db, "2022/08/25", "2023/03/15", "Ruiz, Nataniel",
                 "Large text-to-image models achieved a remarkable leap in the evolution of AI, enabling high-quality and diverse synthesis of images from a given text prompt. However, these models lack the ability to mimic the appearance of subjects in a given reference set and synthesize novel renditions of them in different contexts."),
      "b6YpG0sVd3QJ"),
 item("個人化文字生成圖像：Textual Inversion 與 DreamBooth 怎麼選？ | 宇涵的部落格", "https://yuhan-chen.example.dev/2023/personalization/",
      "2023年9月3日 ... 兩篇都在做「個人化」的 text-to-image diffusion：一個只學一個新的 word embedding，\n一個微調整個模型。實驗用的是 Stable Diffusion 1.5 ...",
      {"metatags": [{"og:title": "個人化文字生成圖像：Textual Inversion 與 DreamBooth 怎麼選？", "og:type": "article", "og:locale": "zh_TW",
                     "article:published_time": "2023-09-03T16:40:12+08:00",
                     "og:description": "比較兩篇個人化生成論文：" + T("2208.01618") + "（Gal et al., ICLR 2023）與 " + db + "。",
                     "viewport": "width=device-width, initial-scale=1"}]}),
 item("【生成式 AI】Diffusion Model 從零開始（第 3 講）- YouTube", "https://www.youtube.com/watch?v=Qm7kLx2VfJ0",
      "擴散模型的訓練與取樣，diffusion 與 VAE 的關係。投影片：課程網頁。",
      {**thumb("https://i.ytimg.com/vi/Qm7kLx2VfJ0/hqdefault.jpg", "300", "168"),
       "videoobject": [{"embedurl": "https://www.youtube.com/embed/Qm7kLx2VfJ0", "playertype": "HTML5 Flash",
                        "isfamilyfriendly": "true", "uploaddate": "2024-03-11T04:00:12-07:00",
                        "description": "擴散模型的訓練與取樣，diffusion 與 VAE 的關係。投影片：課程網頁。",
                        "videoid": "Qm7kLx2VfJ0", "url": "https://www.youtube.com/watch?v=Qm7kLx2VfJ0", "duration": "PT52M18S",
                        "unlisted": "false", "name": "【生成式 AI】Diffusion Model 從零開始（第 3 講）", "paid": "false",
                        "width": "1280", "genre": "Education", "interactioncount": "18342", "height": "720"}],
       "metatags": [{"og:type": "video.other", "og:site_name": "YouTube", "og:title": "【生成式 AI】Diffusion Model 從零開始（第 3 講）",
                     "og:url": "https://www.youtube.com/watch?v=Qm7kLx2VfJ0", "og:video:url": "https://www.youtube.com/embed/Qm7kLx2VfJ0",
                     "twitter:card": "player", "twitter:site": "@youtube"}]}, "hP5kqz2Rw8AJ"),
 item("語音處理 112-2 期末專題題目 - 國立東嶺大學 電機系", "https://speech.ee.example.edu.tw/course/2024/final-projects.html",
      "題目 3：復現 " + T("2009.09761") + "（只需 vocoder 部分，LJSpeech）。\n題目 4：用 diffusion 做語音增強 ...",
      {"metatags": [{"viewport": "width=device-width, initial-scale=1.0", "author": "語音處理實驗室"}]}, "Fz0tK2bLqJ8J"),
 item("讀書會紀錄 2024/05/09：" + T("2211.09800"), "https://cvlab.example.edu.tw/reading-group/2024-05-09/",
      "2024年5月9日 ... 報告人：陳怡君。以文字指令編輯圖片的 diffusion 模型，訓練資料由 GPT-3 與 Prompt-to-Prompt 合成 ...",
      {"metatags": [{"og:title": "讀書會紀錄 2024/05/09：" + T("2211.09800"), "og:type": "article",
                     "og:description": "報告人：陳怡君。下次（5/16）：LoRA 微調實作，由 王柏翰 帶。",
                     "viewport": "width=device-width, initial-scale=1"}]}),
]
total = "1230"
req = {"title": "Google Custom Search - " + Q, "totalResults": total, "searchTerms": Q, "count": len(items), "startIndex": 1,
       "inputEncoding": "utf8", "outputEncoding": "utf8", "safe": "off", "cx": CX, "hl": "zh-TW"}
nxt = dict(req, startIndex=11)
doc = {
 "kind": "customsearch#search",
 "url": {"type": "application/json",
         "template": "https://www.googleapis.com/customsearch/v1?q={searchTerms}&num={count?}&start={startIndex?}&lr={language?}&safe={safe?}&cx={cx?}&sort={sort?}&filter={filter?}&gl={gl?}&cr={cr?}&googlehost={googleHost?}&c2coff={disableCnTwTranslation?}&hq={hq?}&hl={hl?}&siteSearch={siteSearch?}&siteSearchFilter={siteSearchFilter?}&exactTerms={exactTerms?}&excludeTerms={excludeTerms?}&linkSite={linkSite?}&orTerms={orTerms?}&dateRestrict={dateRestrict?}&lowRange={lowRange?}&highRange={highRange?}&searchType={searchType}&fileType={fileType?}&rights={rights?}&imgSize={imgSize?}&imgType={imgType?}&imgColorType={imgColorType?}&imgDominantColor={imgDominantColor?}&alt=json"},
 "queries": {"request": [req], "nextPage": [nxt]},
 "context": {"title": "實驗室論文與筆記搜尋"},
 "searchInformation": {"searchTime": 0.284617, "formattedSearchTime": "0.28", "totalResults": total, "formattedTotalResults": "1,230"},
 "items": items,
}
write_only(F1267, gj(doc), keys(F1267))
