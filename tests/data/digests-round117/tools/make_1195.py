#!/usr/bin/env python3
"""1195: a Marqo search answer (Vietnamese): a Da Nang lab indexes its reading notes in Marqo (index `ghi-chu-doc`);
a member saved the answer of `POST /indexes/ghi-chu-doc/search` for a Vietnamese query (compact JSON as FastAPI
writes it, raw UTF-8, no final newline). hits (stored fields, then _id, _highlights, _score), query, limit, offset,
processingTimeMs. Scores descending, hits ≤ limit, ids unique; every highlight is a {field: text} whose text is a
substring of that field. A note has `url` (a link), `arxiv` (an arXiv id as text) or neither (title only); two notes
are a talk and a dataset."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1195, keys, CTC, AFOLD

rows = [  # title, url, arxiv, note, who, hl-field, hl-text
 (T("2010.08895"), "https://arxiv.org/abs/2010.08895", None,
  "Học toán tử nghiệm PDE trong miền Fourier; dùng cho bài toán dòng chảy của nhóm khí tượng.", "Minh", "note", "Học toán tử nghiệm PDE trong miền Fourier"),
 (AFOLD, None, None, "AlphaFold 2 (Nature 2021), không có trên arXiv; chỉ ghi tên bài.", "Thảo", "title", AFOLD),
 (T("2010.03409"), "https://arxiv.org/pdf/2010.03409", None,
  "MeshGraphNets: mô phỏng vật lý trên lưới bằng mạng đồ thị.", "Minh", "note", "mô phỏng vật lý trên lưới bằng mạng đồ thị"),
 (T("2106.05234"), None, "arXiv:2106.05234", "Graphormer; mã hoá cấu trúc đồ thị vào attention. Chỉ ghi số arXiv.", "Quân", "note", "mã hoá cấu trúc đồ thị vào attention"),
 (T("2106.07447"), "https://arxiv.org/abs/2106.07447", None,
  "Biểu diễn tiếng nói tự giám sát; thử trên dữ liệu tiếng Việt.", "Hương", "note", "Biểu diễn tiếng nói tự giám sát"),
 (CTC, None, None, "Bài gốc về CTC (ICML 2006); nền tảng cho nhận dạng tiếng nói. Chưa có link.", "Hương", "note", "nền tảng cho nhận dạng tiếng nói"),
 ("Bài nói: Học máy cho khoa học (VietAI Summit)", "https://www.youtube.com/watch?v=q3Vn8Rk2TfE", None,
  "Video bài nói — không phải bài báo.", "Thảo", "title", "Học máy cho khoa học"),
 (T("2007.01434"), None, None, "DomainBed; so sánh công bằng các phương pháp tổng quát hoá miền.", "Quân", "note", "tổng quát hoá miền"),
 (T("2103.14625"), "https://arxiv.org/abs/2103.14625", None,
  "Công cụ trực quan hoá attention; hữu ích khi giảng dạy.", "Minh", "note", "trực quan hoá attention"),
 ("VLSP 2023 — bộ dữ liệu tiếng nói", "https://vlsp.example.org.vn/resources/2023", None,
  "Bộ dữ liệu, không phải bài báo.", "Hương", "note", "Bộ dữ liệu"),
]
scores = [0.7731, 0.7412, 0.7209, 0.6987, 0.6850, 0.6618, 0.6402, 0.6177, 0.5934, 0.5511]
hits = []
for i, ((title, url, arx, note, who, hf, ht), sc) in enumerate(zip(rows, scores)):
    h = {"title": title}
    if url: h["url"] = url
    if arx: h["arxiv"] = arx
    h.update({"note": note, "added_by": who, "_id": f"note-{731 - i * 17}",
              "_highlights": [{hf: ht}], "_score": sc})
    hits.append(h)
d = {"hits": hits, "query": "học máy cho khoa học và tiếng nói", "limit": 10, "offset": 0, "processingTimeMs": 48.27}
text = json.dumps(d, ensure_ascii=False, separators=(",", ":"))
write_only(F1195, text, keys(F1195))
