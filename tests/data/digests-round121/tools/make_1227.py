#!/usr/bin/env python3
"""1227: a Brave Search API answer (Vietnamese): a Hanoi-like lab member queried the Web Search endpoint for
«scaling laws huấn luyện LLM» (`curl -s --compressed 'https://api.search.brave.com/res/v1/web/search?q=...&country=vn&search_lang=vi&count=10'
-H 'X-Subscription-Token: …' > brave_scaling.json`) and kept the file for the lab's reading list. The API writes compact
raw-UTF-8 JSON, no final newline; top keys query, mixed, type, videos, web; each web result carries title, url,
is_source_local, is_source_both, description (query words in <strong>…</strong>), page_age, profile, language,
family_friendly, type, subtype, is_live, meta_url (scheme, netloc, hostname, favicon, path `› a › b`), age (when
dated). arXiv abs / pdf results and an OpenReview forum result are links; a Vietnamese blog post quoting
`arXiv:2208.07339` is arxiv-text; a Vietnamese blog post, Meta's publication page and a YouTube video name a paper by
its title only (the videos section); the DeepSpeed repository, the transformers docs, a course page and a news item
are not papers. mixed.main lists the web results by index and the videos block once."""
import base64, hashlib, json, os, sys
from urllib.parse import urlparse
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1227, keys

Q = "scaling laws huấn luyện LLM"
HL = ["scaling", "laws", "huấn luyện", "LLM"]
MONTHS = "January February March April May June July August September October November December".split()


def hl(s):
    import re
    return re.sub(r"(?i)(?<![\w.])(" + "|".join(map(re.escape, HL)) + r")(?![\w(])", r"<strong>\1</strong>", s)


def h(s, n=43):
    return base64.urlsafe_b64encode(hashlib.sha256(s.encode()).digest()).decode()[:n]


def favicon(host):
    inner = base64.b64encode(f"http://favicon.brave.com/favicons/{hashlib.sha256(host.encode()).hexdigest()[:64]}/{host}/".encode()).decode()
    return f"https://imgs.search.brave.com/{h(host)}/rs:fit:32:32:1:0/g:ce/" + "/".join(inner[i:i + 12] for i in range(0, len(inner), 12))


def meta(url):
    p = urlparse(url)
    segs = [s for s in p.path.split("/") if s]
    return {"scheme": p.scheme, "netloc": p.netloc, "hostname": p.hostname, "favicon": favicon(p.hostname),
            "path": ("› " + " › ".join(segs)) if segs else ""}


def age(date):
    y, m, d = date[:10].split("-")
    return f"{MONTHS[int(m) - 1]} {int(d)}, {y}"


def web(title, url, desc, date, name, lang="en", subtype="generic", raw_desc=False):
    r = {"title": title, "url": url, "is_source_local": False, "is_source_both": False,
         "description": desc if raw_desc else hl(desc)}
    if date: r["page_age"] = date
    host = urlparse(url).hostname
    r["profile"] = {"name": name, "url": url, "long_name": host, "img": favicon(host)}
    r.update({"language": lang, "family_friendly": True, "type": "search_result", "subtype": subtype, "is_live": False,
              "meta_url": meta(url)})
    if date: r["age"] = age(date)
    return r


W = [
 web("[2001.08361] Scaling Laws for Neural Language Models", "https://arxiv.org/abs/2001.08361",
     "We study empirical scaling laws for language model performance on the cross-entropy loss. The loss scales as a power-law with model size, dataset size, and the amount of compute used for training ...",
     "2020-01-23T00:00:00", "arXiv"),
 web("Lượng tử hóa 8-bit: đọc hiểu LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale",
     "https://blog.nhomml-hanoi.example.vn/2023/09/llm-int8-giai-thich",
     "Bài viết tóm tắt bài báo của Dettmers và cộng sự (arXiv:2208.07339): tách các chiều ngoại lai (outlier) ra nhân bằng fp16, phần còn lại nhân int8 — chạy mô hình 175B trên một máy. Có ví dụ với bitsandbytes và hướng dẫn huấn luyện LLM với QLoRA ở phần cuối.",
     "2023-09-18T00:00:00", "Nhóm ML Hà Nội", lang="vi", subtype="article"),
 web("[2203.15556] Training Compute-Optimal Large Language Models", "https://arxiv.org/abs/2203.15556",
     "Abstract page for arXiv paper 2203.15556: Training Compute-Optimal Large Language Models",
     "2022-03-29T00:00:00", "arXiv"),
 web("GitHub - microsoft/DeepSpeed: DeepSpeed is a deep learning optimization library that makes distributed training and inference easy, efficient, and effective.",
     "https://github.com/microsoft/DeepSpeed",
     "DeepSpeed is a deep learning optimization library that makes distributed training and inference easy, efficient, and effective. ... ZeRO, 3D-Parallelism, DeepSpeed-MoE, ZeRO-Infinity ...",
     None, "GitHub"),
 web("Đọc paper cùng nhóm: PaLM: Scaling Language Modeling with Pathways",
     "https://docpaper.example.vn/bai/palm-pathways",
     "Tóm tắt tiếng Việt: mô hình 540 tỉ tham số huấn luyện trên 6144 chip TPU v4 bằng hệ thống Pathways; phần thảo luận về scaling laws và hiện tượng “breakthrough” trên BIG-bench. Slide buổi đọc số 14 đính kèm.",
     "2022-05-02T00:00:00", "Đọc paper", lang="vi", subtype="article"),
 web("Switch Transformers: Scaling to Trillion Parameter Models with Simple and Efficient Sparsity",
     "https://arxiv.org/pdf/2101.03961",
     "In deep learning, models typically reuse the same parameters for all inputs. Mixture of Experts (MoE) models defy this and instead select different parameters for each incoming example. The result is a sparsely-activated model ...",
     None, "arXiv"),
 web("Mixed Precision Training | OpenReview", "https://openreview.net/forum?id=r1gs9JgRZ",
     "Published as a conference paper at ICLR 2018. TL;DR: Increasing the size of a neural network typically improves accuracy but also increases the memory and compute requirements ...",
     "2018-02-15T00:00:00", "OpenReview"),
 web("Llama 2: Open Foundation and Fine-Tuned Chat Models | Research - AI at Meta",
     "https://ai.meta.com/research/publications/llama-2-open-foundation-and-fine-tuned-chat-models/",
     "In this work, we develop and release Llama 2, a collection of pretrained and fine-tuned large language models (LLMs) ranging in scale from 7 billion to 70 billion parameters ...",
     "2023-07-18T00:00:00", "Meta AI"),
 web("Methods and tools for efficient training on a single GPU", "https://huggingface.co/docs/transformers/perf_train_gpu_one",
     "This guide demonstrates practical techniques that you can use to increase the efficiency of your model's training by optimizing memory utilization, speeding up the training, or both ...",
     None, "Hugging Face"),
 web("Khóa học: Mô hình ngôn ngữ lớn từ A đến Z — Học kỳ 2, 2023–2024",
     "https://daotao.dhcn.example.edu.vn/khoa-hoc/llm-2024",
     "Nội dung: tiền huấn luyện, scaling laws (Kaplan, Chinchilla), tinh chỉnh, RLHF, suy luận hiệu quả. Bài tập lớn: huấn luyện LLM nhỏ 125M trên bộ dữ liệu tiếng Việt. Giảng viên: TS. Phạm Minh Đức.",
     "2024-01-08T00:00:00", "Trường ĐH Công nghệ", lang="vi"),
 web("Viettel, FPT chạy đua huấn luyện LLM tiếng Việt: bài toán dữ liệu và chi phí GPU",
     "https://tintuc.example.vn/cong-nghe/chay-dua-llm-tieng-viet-4728193.html",
     "Theo các kỹ sư, quy luật scaling laws khiến chi phí huấn luyện tăng nhanh; nhiều nhóm chọn mô hình 7B–13B và tinh chỉnh trên dữ liệu tiếng Việt thay vì huấn luyện từ đầu ...",
     "2024-03-11T00:00:00", "Tin tức", lang="vi", subtype="article"),
]
VID = [{"type": "video_result", "url": "https://www.youtube.com/watch?v=qVk3HwZtEjM",
        "title": "ZeRO: Memory Optimizations Toward Training Trillion Parameter Models (giải thích paper)",
        "description": hl("Buổi đọc paper số 9: ZeRO chia trạng thái optimizer, gradient và tham số giữa các GPU; so sánh với huấn luyện song song dữ liệu thông thường."),
        "age": "October 12, 2023", "page_age": "2023-10-12T13:05:41",
        "video": {"duration": "47:18", "creator": "Nhóm đọc paper ML", "publisher": "YouTube"},
        "meta_url": meta("https://www.youtube.com/watch?v=qVk3HwZtEjM"),
        "thumbnail": {"src": f"https://imgs.search.brave.com/{h('yt-thumb')}/rs:fit:200:200:1:0/g:ce/aHR0cHM6Ly9pLnl0/aW1nLmNvbS92aS9x/Vmsz", "original": "https://i.ytimg.com/vi/qVk3HwZtEjM/hqdefault.jpg"}}]
main = [{"type": "web", "index": i, "all": False} for i in range(4)] + [{"type": "videos", "all": True}] + \
       [{"type": "web", "index": i, "all": False} for i in range(4, len(W))]
d = {"query": {"original": Q, "show_strict_warning": False, "is_navigational": False, "is_news_breaking": False,
               "spellcheck_off": True, "country": "vn", "bad_results": False, "should_fallback": False,
               "postal_code": "", "city": "", "header_country": "", "more_results_available": True, "state": ""},
     "mixed": {"type": "mixed", "main": main, "top": [], "side": []},
     "type": "search",
     "videos": {"type": "videos", "results": VID, "mutated_by_goggles": False},
     "web": {"type": "search", "results": W, "family_friendly": True}}
text = json.dumps(d, ensure_ascii=False, separators=(",", ":"))
write_only(F1227, text, keys(F1227))
