#!/usr/bin/env python3
"""1433: a terminal session (Vietnamese): a student searches DuckDuckGo from the shell with ddgr (`-x` for full URLs,
`-n` results per page, `-r vn-vi`): each result is ` N.  title`, the URL on the next line and the snippet wrapped
under it, all indented five columns, a blank line between results, then ddgr's omniprompt `ddgr (? for help) ` with
what was typed (`n` for the next page, numbered on from the last, `q` to quit). URLs are shown as the engine returns
them (a Vietnamese Wikipedia URL percent-encoded). Snippets are wrapped by textwrap at 100 columns. Not papers: Viblo
and Spiderum posts, the diffusers docs, a YouTube video, a Kaggle notebook, the gaussian-splatting repository, a
course page, a Wikipedia article. Nicknames: ControlNet, SDXL, score SDE, 3DGS, selfVAE."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1433, keys


def res(n, title, url, snip):
    w = textwrap.fill(snip, width=100, initial_indent=" " * 5, subsequent_indent=" " * 5)
    return f"{n:2d}.  {title}\n     {url}\n{w}\n\n"


Q1 = [
 (f"[2302.05543] {T('2302.05543')}", "https://arxiv.org/abs/2302.05543",
  "We present ControlNet, a neural network architecture to add spatial conditioning controls to large, pretrained "
  "text-to-image diffusion models. ControlNet locks the production-ready large diffusion models, and reuses their deep ..."),
 ("ControlNet là gì? Điều khiển Stable Diffusion bằng ảnh cạnh, độ sâu và tư thế - Viblo",
  "https://viblo.asia/p/controlnet-la-gi-dieu-khien-stable-diffusion-bang-anh-canh-do-sau-va-tu-the-Qm6L2x1vJeE",
  "Trong bài viết này mình sẽ giới thiệu ControlNet, cách cài đặt với thư viện diffusers và một số ví dụ sinh ảnh "
  "theo nét vẽ, bản đồ độ sâu và tư thế người ..."),
 (f"[2307.01952] {T('2307.01952')}", "https://arxiv.org/abs/2307.01952",
  "We present SDXL, a latent diffusion model for text-to-image synthesis. Compared to previous versions of Stable "
  "Diffusion, SDXL leverages a three times larger UNet backbone ..."),
 ("ControlNet - Hugging Face", "https://huggingface.co/docs/diffusers/using-diffusers/controlnet",
  "ControlNet models are adapters trained on top of another pretrained model. It allows for a greater degree of "
  "control over image generation by conditioning the model with an additional input image ..."),
 ("Stable Diffusion XL là gì? Hướng dẫn chạy SDXL trên máy cá nhân (có phụ đề) - YouTube",
  "https://www.youtube.com/watch?v=q7TbVn2LzXo",
  "Video hướng dẫn cài đặt SDXL 1.0 với ComfyUI, so sánh với SD 1.5 và các mẹo giảm bộ nhớ GPU khi sinh ảnh "
  "1024x1024 ..."),
]
Q1b = [
 (T("2211.09800"), "https://arxiv.org/pdf/2211.09800",
  "We propose a method for editing images from human instructions: given an input image and a written instruction "
  "that tells the model what to do, our model follows these instructions to edit the image ..."),
 (T("2208.01618"), "https://textual-inversion.github.io/",
  "Using only 3-5 images of a user-provided concept, like an object or a style, we learn to represent it through new "
  "\"words\" in the embedding space of a frozen text-to-image model ..."),
 ("Tổng hợp các bài báo về mô hình khuếch tán năm 2023 - Nhóm đọc AI",
  "https://nhomdoc-ai.github.io/2023/12/tong-hop-mo-hinh-khuech-tan/",
  f"... {T('2303.01469')} (arXiv:2303.01469) của Song và cộng sự cho phép sinh ảnh chỉ với một bước, thay vì hàng "
  "trăm bước khử nhiễu như các mô hình khuếch tán trước đó ..."),
 ("Hỏi về lỗi CUDA out of memory khi chạy SDXL trên card 8GB - Spiderum",
  "https://spiderum.com/bai-dang/Hoi-ve-loi-CUDA-out-of-memory-khi-chay-SDXL-tren-card-8GB-x3kq9",
  "Mình dùng RTX 3060 Ti 8GB, chạy SDXL với diffusers thì bị out of memory ở bước VAE decode. Đã thử "
  "enable_model_cpu_offload nhưng vẫn chậm ..."),
 ("Stable Diffusion XL inference on Kaggle T4 x2 | Kaggle", "https://www.kaggle.com/code/ngocanhtran/sdxl-inference-on-kaggle-t4-x2",
  "Explore and run machine learning code with Kaggle Notebooks | Using data from multiple data sources"),
]
Q2 = [
 (f"{T('2011.13456')} | OpenReview", f"https://openreview.net/forum?id={OR('2011.13456')}",
  "Creating noise from data is easy; creating data from noise is generative modeling. We present a stochastic "
  "differential equation (SDE) that smoothly transforms a complex data distribution to a known prior distribution ..."),
 ("Bài 9: Mô hình sinh dựa trên điểm số (score-based) - Học sâu nâng cao, HK2 2023-2024",
  "https://hocsau-nangcao.example.edu.vn/bai-giang/bai-9-score-based.html",
  "Slide và ghi chú bài giảng: hàm điểm số, Langevin dynamics, SDE thuận và ngược, bộ lấy mẫu predictor-corrector. "
  "Bài tập tuần 9 nộp trên hệ thống ..."),
]
Q3 = [
 (T("2308.04079"), "https://repo-sam.inria.fr/fungraph/3d-gaussian-splatting/",
  "Radiance Field methods have recently revolutionized novel-view synthesis of scenes captured with multiple photos "
  "or videos. However, achieving high visual quality still requires neural networks that are costly to train ..."),
 ("Tìm hiểu 3D Gaussian Splatting từ A đến Z - Viblo", "https://viblo.asia/p/tim-hieu-3d-gaussian-splatting-tu-a-den-z-MkNLrZ0mVgA",
  "3DGS đang là chủ đề rất hot trong cộng đồng đồ họa và thị giác máy tính. Bài viết giải thích cách biểu diễn cảnh "
  "bằng các Gaussian 3D và cách rasterize ..."),
 ("GitHub - graphdeco-inria/gaussian-splatting: Original reference implementation", "https://github.com/graphdeco-inria/gaussian-splatting",
  "Original reference implementation. Contribute to graphdeco-inria/gaussian-splatting development by creating an "
  "account on GitHub."),
]
Q4 = [
 (f"[PDF] {T('2010.02014')} | Semantic Scholar",
  "https://www.semanticscholar.org/paper/Self-Supervised-Variational-Auto-Encoders-Gatopoulos-Tomczak/5c1e0b9f27a3d84c6e21f07a9bd3c5e8a4f61d02",
  "A novel class of generative models, called self-supervised Variational Auto-Encoder (selfVAE), that utilizes "
  "deterministic and discrete transformations of data ..."),
 ("Bộ tự mã hóa biến phân – Wikipedia tiếng Việt",
  "https://vi.wikipedia.org/wiki/B%E1%BB%99_t%E1%BB%B1_m%C3%A3_h%C3%B3a_bi%E1%BA%BFn_ph%C3%A2n",
  "Trong học máy, bộ tự mã hóa biến phân (VAE) là một kiến trúc mạng nơ-ron nhân tạo thuộc họ các mô hình đồ thị xác "
  "suất và phương pháp Bayes biến phân ..."),
]
P = "huy@huy-thinkpad:~$ "
PR = "ddgr (? for help) "


def search(q, n, pages, region=True):
    o = P + f"ddgr -x -n {n}{' -r vn-vi' if region else ''} \"{q}\"\n\n"
    k = 1
    for i, page in enumerate(pages):
        for r in page:
            o += res(k, *r); k += 1
        o += PR + ("n\n\n" if i < len(pages) - 1 else "q\n")
    return o


out = search("mô hình khuếch tán sinh ảnh có điều kiện", 5, [Q1, Q1b])
out += search("score-based generative modeling SDE openreview", 2, [Q2], False)
out += search("gaussian splatting real-time radiance field", 3, [Q3])
out += search("self-supervised variational autoencoders gatopoulos", 2, [Q4], False)
out += P + "\n"
write_only(F1433, out, keys(F1433))
