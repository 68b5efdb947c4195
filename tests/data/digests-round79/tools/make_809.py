#!/usr/bin/env python3
"""809: a Meilisearch 1.6 `POST /indexes/papers/search` response as `curl … | jq .` prints it (two-space indentation,
raw UTF-8): `hits` (each with the stored fields and `_formatted`, where matched words are wrapped in <em>…</em> and
cropped attributes get the `…` crop marker), `query`, `processingTimeMs`, `limit`, `offset`, `estimatedTotalHits`,
`facetDistribution`, `facetStats`. A Vietnamese lab's self-hosted paper index, searched for "tự giám sát"."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import by_num, keys

F = by_num(809)
Q = "tự giám sát"


def hl(s):
    return s.replace(Q, "<em>" + Q + "</em>").replace("Tự giám sát", "<em>Tự giám sát</em>")


def crop(s, n=24):
    w = s.split()
    return hl(" ".join(w[:n]) + ("…" if len(w) > n else ""))


def paper(i, k, url=None, arxiv=None, note="", tags=(), who="Trần Minh Khoa", added="2024-02-1"):
    d = {"id": f"p-{i:04d}", "loai": "paper", "title": T(k), "authors": CAT[k]["authors"][:6],
         "year": int(CAT[k]["published"][:4]), "url": url}
    if arxiv: d["ma_arxiv"] = arxiv
    d.update({"ghi_chu": note, "nhan": list(tags), "nguoi_them": who, "ngay_them": added})
    f = dict(d); f = {k_: (str(v) if isinstance(v, int) else v) for k_, v in f.items()}
    f["ghi_chu"] = crop(note)
    f["nhan"] = [hl(t) for t in tags]
    d["_formatted"] = f
    return d


hits = [
    paper(141, "2002.05709", url="https://arxiv.org/abs/2002.05709",
          note="Bài nền tảng cho học tương phản tự giám sát: augmentation mạnh + projection head + batch lớn. Nhóm dùng làm baseline cho mọi thí nghiệm ảnh y tế; cấu hình ở configs/simclr_r50.yaml.",
          tags=["tự giám sát", "tương phản", "baseline"], added="2024-01-08"),
    paper(188, "2011.10566", arxiv="arXiv:2011.10566",
          note="Tự giám sát không cần cặp âm, không cần momentum encoder; stop-gradient là mấu chốt. Chưa có link vì bản PDF lưu trong NAS (thư mục ssl/).",
          tags=["tự giám sát", "siamese"], who="Lê Thu Hà", added="2024-01-15"),
    paper(203, "2304.07193", url="https://arxiv.org/pdf/2304.07193v2",
          note="Đặc trưng ảnh tổng quát học tự giám sát trên dữ liệu đã tuyển chọn (LVD-142M). Dùng backbone ViT-L/14 đóng băng cho phân đoạn tế bào, kết quả tốt hơn ImageNet pretrain.",
          tags=["tự giám sát", "ViT", "đặc trưng"], added="2024-02-02"),
    paper(205, "2104.14294",
          note="Tự giám sát với ViT qua tự chưng cất (student/teacher), bản đồ attention tách vật thể rất rõ. Anh Khoa sẽ trình bày ngày 14/3.",
          tags=["tự giám sát", "ViT", "chưng cất"], added="2024-02-02"),
    paper(97, "1807.03748",
          note="Dự đoán tương lai trong không gian tiềm ẩn với mất mát InfoNCE — nguồn gốc của hàm mất mát mà hầu hết các phương pháp tự giám sát tương phản đang dùng.",
          tags=["tự giám sát", "InfoNCE", "kinh điển"], who="Lê Thu Hà", added="2023-11-20"),
    paper(212, "2006.05576", url="https://openreview.net/forum?id=-bdp_8Itjwp",
          note="Góc nhìn lý thuyết thông tin: vì sao tự giám sát đa góc nhìn học được biểu diễn tốt (mục tiêu tương phản + dự đoán + bỏ thông tin thừa). Bản ICLR 2021.",
          tags=["tự giám sát", "lý thuyết"], who="Phạm Quốc Bảo", added="2024-02-19"),
    paper(219, "2103.13646",
          note="Dùng tiền huấn luyện tự giám sát để khởi tạo trước khi học với nhãn nhiễu; rất hợp với bộ dữ liệu X-quang gán nhãn tự động của bệnh viện đối tác.",
          tags=["tự giám sát", "nhãn nhiễu"], who="Phạm Quốc Bảo", added="2024-02-19"),
    paper(224, "2010.04159",
          note="Không phải bài tự giám sát, nhưng cần cho đầu phát hiện khi dùng backbone tự giám sát (attention biến dạng, hội tụ nhanh hơn DETR gốc).",
          tags=["phát hiện vật thể", "transformer"], added="2024-02-21"),
    {"id": "b-0012", "loai": "blog", "title": "Contrastive Representation Learning (Lil'Log)",
     "authors": ["Lilian Weng"], "year": 2021, "url": "https://lilianweng.github.io/posts/2021-05-31-contrastive/",
     "ghi_chu": "Bài blog tổng quan, đọc trước khi vào nhóm tự giám sát. Không phải bài báo.",
     "nhan": ["tự giám sát", "tổng quan"], "nguoi_them": "Lê Thu Hà", "ngay_them": "2023-11-20"},
    {"id": "r-0031", "loai": "repo", "title": "lightly-ai/lightly", "authors": [], "year": 2024,
     "url": "https://github.com/lightly-ai/lightly",
     "ghi_chu": "Thư viện Python cho học tự giám sát trên ảnh; dùng để chạy nhanh các baseline.",
     "nhan": ["tự giám sát", "thư viện"], "nguoi_them": "Trần Minh Khoa", "ngay_them": "2024-01-08"},
    {"id": "d-0007", "loai": "dataset", "title": "STL-10", "authors": [], "year": 2011,
     "url": "https://cs.stanford.edu/~acoates/stl10/",
     "ghi_chu": "Bộ dữ liệu nhỏ có 100k ảnh không nhãn, hợp để thử tự giám sát trên một GPU.",
     "nhan": ["tự giám sát", "dữ liệu"], "nguoi_them": "Phạm Quốc Bảo", "ngay_them": "2023-12-04"},
]
for h in hits[8:]:
    f = {k_: (str(v) if isinstance(v, int) else v) for k_, v in h.items()}
    f["ghi_chu"] = crop(h["ghi_chu"]); f["nhan"] = [hl(t) for t in h["nhan"]]
    h["_formatted"] = f
resp = {"hits": hits, "query": Q, "processingTimeMs": 3, "limit": 20, "offset": 0, "estimatedTotalHits": len(hits),
        "facetDistribution": {"loai": {"blog": 1, "dataset": 1, "paper": 8, "repo": 1},
                              "nguoi_them": {"Lê Thu Hà": 3, "Phạm Quốc Bảo": 3, "Trần Minh Khoa": 5}},
        "facetStats": {"year": {"min": 2011, "max": 2024}}}
text = json.dumps(resp, indent=2, ensure_ascii=False) + "\n"
write_only(F, text, keys(F))
