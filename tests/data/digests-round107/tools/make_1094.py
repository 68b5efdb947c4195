#!/usr/bin/env python3
"""1094: the AI team of a Vietnamese company reads generative-model papers in a group on Workplace (Meta's work
edition of Facebook); a team member saved the Graph API answer of
`GET https://graph.facebook.com/v18.0/<group-id>/feed?fields=id,from,message,created_time,updated_time,permalink_url,attachments{url,title,type},comments.summary(true){id,from,message,created_time}&limit=25`
as the API sent it: compact JSON, ASCII only (every non-ASCII character a `\\uXXXX` escape, `/` written `\\/`), no
final newline; `data` (posts newest first: id `<group>_<post>`, from, message, created_time / updated_time as
`YYYY-MM-DDTHH:MM:SS+0000`, permalink_url on the company's workplace.com host, share attachments whose url goes through
the `l.workplace.com/l.php?u=…` redirect with the target percent-encoded, comments with cursors and a summary) and
`paging.cursors`. The ControlNet repository, the 3D Gaussian Splatting project page and the YouTube talk are not
papers; "SDXL", "ControlNet", "score SDE", "CM", "3DGS", "MeshGraphNets", "Textual Inversion" are nicknames."""
import base64, hashlib, json, os, sys
from urllib.parse import quote
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import by_num, keys

F = by_num(1094)
K = dict(sdxl="2307.01952", cnet="2302.05543", sde="2011.13456", gs="2308.04079", cm="2303.01469",
         ssvae="2010.02014", ti="2208.01618", mesh="2010.03409")
G = "1489235718823344"
HOST = "https://sao-viet-ai.workplace.com"
P = {"an": ("Nguyễn Văn An", "100064233157201"), "binh": ("Trần Thị Bình", "100064233190488"),
     "chi": ("Lê Minh Chi", "100064233221730"), "dung": ("Phạm Quốc Dũng", "100064233254915")}


def who(p):
    return {"name": P[p][0], "id": P[p][1]}


def cur(s):
    return base64.b64encode(s.encode()).decode().rstrip("=")


def share(url, title):
    h = base64.urlsafe_b64encode(hashlib.sha256(url.encode()).digest()).decode()[:22]
    return {"data": [{"url": f"https://l.workplace.com/l.php?u={quote(url, safe='')}&h=AT{h}", "title": title, "type": "share"}]}


def comments(post, items, order="ranked"):
    data = [{"id": f"{post}_{cid}", "from": who(p), "message": m, "created_time": t} for cid, p, m, t in items]
    c = {"data": data}
    if data:
        c["paging"] = {"cursors": {"before": cur(f"{post}:{items[0][0]}"), "after": cur(f"{post}:{items[-1][0]}")}}
    c["summary"] = {"order": order, "total_count": len(data), "can_comment": True}
    return c


def post(pid, p, msg, created, updated, att=None, cmts=()):
    d = {"id": f"{G}_{pid}", "from": who(p), "message": msg, "created_time": created, "updated_time": updated,
         "permalink_url": f"{HOST}/groups/{G}/permalink/{pid}/"}
    if att: d["attachments"] = att
    d["comments"] = comments(pid, list(cmts))
    return d


posts = [
 post("1523371904927718", "an",
      "📌 Buổi đọc paper thứ Năm 07/03: " + T(K["sdxl"]) + "\nhttps://arxiv.org/abs/2307.01952\n"
      "Tập trung vào phần micro-conditioning (kích thước ảnh, tọa độ crop) và refiner. Ai đã chạy SDXL trên A10 thì chia sẻ "
      "cấu hình nhé.", "2024-03-04T02:15:22+0000", "2024-03-04T09:40:11+0000",
      share("https://arxiv.org/abs/2307.01952", "[2307.01952] " + T(K["sdxl"])),
      [("1523390318259210", "chi", "Em đề xuất đọc kèm " + T(K["cnet"]) + " https://arxiv.org/abs/2302.05543 vì dự án banner "
        "đang cần điều khiển theo pose. Code: https://github.com/lllyasviel/ControlNet", "2024-03-04T03:02:47+0000"),
       ("1523412098740386", "an", "Ok, ControlNet để buổi sau, tuần này chỉ SDXL thôi.", "2024-03-04T09:40:11+0000")]),
 post("1519804621951113", "binh",
      "Tổng kết buổi lý thuyết hôm qua (slide trong Drive của nhóm):\n"
      "1) " + T(K["sde"]) + " — https://openreview.net/forum?id=PxTIG12RRHS (ICLR 2021, outstanding paper). "
      "Phần reverse-time SDE và probability flow ODE là nền cho mọi thứ sau này.\n"
      "2) " + T(K["cm"]) + " (arXiv:2303.01469): sinh ảnh trong 1–2 bước, distill từ mô hình khuếch tán hoặc huấn luyện độc lập.\n"
      "Câu hỏi còn mở: consistency distillation có dùng được cho model SDXL nội bộ không?",
      "2024-02-27T10:31:05+0000", "2024-02-27T14:08:56+0000", None,
      [("1519880447326591", "dung", "Phần chứng minh ở Appendix A của bài consistency khá nặng, ai rảnh thì đọc giúp 😅",
        "2024-02-27T14:08:56+0000")]),
 post("1516238743641829", "chi",
      "Chủ đề 3D cho tháng 3: " + T(K["gs"]) + "\nhttps://arxiv.org/abs/2308.04079\n"
      "Trang dự án có video và viewer: https://repo-sam.inria.fr/fungraph/3d-gaussian-splatting/\n"
      "Bên mô phỏng vật lý có hỏi về " + T(K["mesh"]) + " (DeepMind, ICLR 2021) — nếu có người quan tâm thì mình ghép vào cùng buổi.",
      "2024-02-19T08:47:30+0000", "2024-02-20T01:12:09+0000",
      share("https://arxiv.org/abs/2308.04079", "[2308.04079] " + T(K["gs"])),
      [("1516301950288107", "binh", "Em quan tâm MeshGraphNets, cho em 15 phút cuối buổi nhé.", "2024-02-20T01:12:09+0000")]),
 post("1512670865331547", "dung",
      "Danh sách chờ (ai nhận thì comment tên):\n"
      "• " + T(K["ssvae"]) + "\n"
      "• " + T(K["ti"]) + "\n"
      "Video talk về diffusion để xem trước: https://www.youtube.com/watch?v=cS6JQpEY9cs",
      "2024-02-12T04:05:58+0000", "2024-02-12T04:05:58+0000", None, []),
]
doc = {"data": posts, "paging": {"cursors": {"before": cur(posts[0]["id"]), "after": cur(posts[-1]["id"])}}}
text = json.dumps(doc, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")
write_raw(F, text.encode("ascii"), [text, "\n".join(json.dumps(doc, ensure_ascii=False).split("\n"))], keys(F))
