#!/usr/bin/env python3
"""797: a Nextcloud Deck REST API response (`GET /index.php/apps/deck/api/v1.0/boards/7/stacks`, Deck 1.12), saved with
curl by a Vietnamese reading group: one line of PHP json_encode output as Nextcloud's JSONResponse writes it
(JSON_HEX_TAG: `\\/` for every slash, `\\uXXXX` for every non-ASCII character, `\\u003C` / `\\u003E` for angle brackets;
no final newline). Stacks with cards (Markdown descriptions), labels, assigned users, owner objects, ETags, Unix
timestamps and ISO due dates. Papers on parameter-efficient fine-tuning and open LLMs."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys

F = by_num(797)
BOARD = 7
USERS = {"lan": "Nguyễn Thị Lan", "minh": "Trần Quang Minh", "huy": "Phạm Đức Huy", "thao": "Lê Phương Thảo"}


def etag(*parts):
    return hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()


def user(uid):
    return {"primaryKey": uid, "uid": uid, "displayname": USERS[uid], "type": 0}


LABELS = {"doc": ("Đọc", "31CC7C", 21), "tom": ("Tóm tắt", "317CCC", 22), "code": ("Thực hành", "FF7A66", 23),
          "khac": ("Không phải bài báo", "F1DB50", 24)}
cid = [140]


def card(stack, title, desc, owner, labs=(), assigned=(), due=None, created=1709020800, modified=None, comments=0, archived=False, done=None):
    cid[0] += 1
    i = cid[0]
    modified = modified or created + 3600 * (i % 17 + 1)
    labels = [{"title": LABELS[l][0], "color": LABELS[l][1], "boardId": BOARD, "cardId": i, "lastModified": modified,
               "id": LABELS[l][2], "ETag": etag("label", l, i)} for l in labs]
    return {"title": title, "description": desc, "descriptionPrev": None, "stackId": stack, "type": "plain",
            "lastModified": modified, "lastEditor": None, "createdAt": created, "labels": labels,
            "assignedUsers": [{"id": 300 + i * 2 + k, "participant": user(u), "cardId": i, "type": 0} for k, u in enumerate(assigned)],
            "attachments": None, "attachmentCount": 0, "owner": user(owner), "order": 999, "archived": archived,
            "done": done, "duedate": due, "notified": False, "deletedAt": 0, "commentsUnread": 0,
            "commentsCount": comments, "id": i, "ETag": etag("card", i, modified), "overdue": 3 if due and due < "2024-03-06" else 0}


def stack(sid, title, order, cards, modified):
    for n, c in enumerate(cards):
        c["order"] = n
    return {"title": title, "boardId": BOARD, "deletedAt": 0, "lastModified": modified, "cards": cards, "order": order,
            "id": sid, "ETag": etag("stack", sid, modified)}


S1 = [
 card(31, "Hướng dẫn dùng bảng (đọc trước khi thêm thẻ)",
      "Mỗi thẻ = một bài báo hoặc một việc cần làm.\n\n- Tiêu đề thẻ: **tên đầy đủ của bài báo**, không viết tắt.\n"
      "- Mô tả: tác giả, link arXiv (nếu có), 2–3 câu vì sao nên đọc.\n- Nhãn *Không phải bài báo* cho blog, khóa học, thư viện.\n"
      "- Kéo thẻ sang cột **Đang đọc** khi bắt đầu, sang **Đã thảo luận** sau buổi họp thứ Năm.\n\n"
      "Phòng họp: B4-12, 16:00. Link họp online ở kênh Talk của nhóm.", "lan", (), (), None, 1708761600, 1709106000, 2),
 card(31, T("2104.08691"),
      f"Tác giả: {au('2104.08691')}\n\narXiv:2104.08691 — chỉ học soft prompt, mô hình gốc đóng băng hoàn toàn. "
      "Điểm chính: khi mô hình đủ lớn (~10B+) thì prompt tuning bắt kịp fine-tuning toàn bộ.\n\n"
      "Câu hỏi cho buổi thảo luận: với mô hình tiếng Việt 1–3B của mình thì khoảng cách còn lớn không?",
      "minh", ("doc",), ("huy",), "2024-03-14T00:00:00+00:00", 1708934400),
 card(31, T("1902.00751"),
      f"{au('1902.00751')}\n\nBài gốc về adapter (bottleneck chèn vào mỗi block Transformer). Không cần link, PDF có trong "
      "thư mục chung `Papers/PEFT/`. Đọc kỹ phần 3.1 (kiến trúc adapter) và bảng GLUE.",
      "lan", ("doc",), ("thao",), "2024-03-14T00:00:00+00:00", 1708938000),
 card(31, "Xem lại notebook của khóa học NLP (buổi 9: fine-tuning)",
      "Không phải bài báo — notebook của môn Xử lý ngôn ngữ tự nhiên, học kỳ 2. Dùng để làm bài thực hành với thư viện "
      "`peft` và `transformers` (tài liệu: https://huggingface.co/docs/peft).", "huy", ("khac", "code"), ("huy",), None, 1708941600),
]
S2 = [
 card(32, T("2305.14314"),
      f"{au('2305.14314')}\n\nhttps://arxiv.org/abs/2305.14314\n\n"
      "NF4 + double quantization + paged optimizers. Mình đã chạy thử với bitsandbytes trên 1 GPU 24GB, mô hình 7B "
      "vừa đủ bộ nhớ với batch 4. Sẽ trình bày phần NF4 (mục 3).", "thao", ("doc", "tom"), ("thao",), "2024-03-07T00:00:00+00:00", 1708761600, 1709280000, 3),
 card(32, T("2402.09353"),
      f"{au('2402.09353', 4)}\n\n[PDF](https://arxiv.org/pdf/2402.09353.pdf) — mới ra tháng 2. Tách trọng số thành độ lớn "
      "(magnitude) và hướng (direction), chỉ cập nhật hướng bằng ma trận hạng thấp.\n\n> Huy: có implementation trong peft "
      "bản mới (`use_dora=True`), thử so sánh với cấu hình cũ của nhóm.", "huy", ("doc",), ("huy", "minh"), "2024-03-07T00:00:00+00:00", 1708848000, 1709283600, 1),
 card(32, T("2101.00190"),
      f"{au('2101.00190')}\n\nLink: https://arxiv.org/abs/2101.00190\n\nSo sánh với prompt tuning ở cột trước: prefix được "
      "thêm vào **mọi tầng** chứ không chỉ tầng embedding. Thảo đọc phần table-to-text (E2E, WebNLG).",
      "minh", ("doc",), ("thao",), "2024-03-07T00:00:00+00:00", 1708851600, 1709287200),
]
S3 = [
 card(33, T("2205.01068"),
      f"{au('2205.01068')}\n\nhttps://arxiv.org/abs/2205.01068v4 — đọc phụ lục về logbook huấn luyện (các lần loss "
      "bùng nổ, khởi động lại). Mô hình nền cho thí nghiệm adapter năm ngoái.", "lan", ("doc", "tom"), ("lan",), "2024-02-29T00:00:00+00:00", 1708300800, 1709193600, 4, False, "2024-02-29T09:12:40+00:00"),
 card(33, T("2306.11644"),
      f"{au('2306.11644')}\n\nBài về dữ liệu chất lượng \"sách giáo khoa\" cho mô hình code nhỏ. Link PDF bị hỏng, "
      "ai có bản mới thì cập nhật giúp. Thảo luận: chất lượng dữ liệu > số lượng?", "minh", ("doc",), ("minh",), "2024-02-29T00:00:00+00:00", 1708304400, 1709197200, 2, False, "2024-02-29T09:40:05+00:00"),
 card(33, T("1908.10084"),
      f"{au('1908.10084')}\n\nDùng cho phần embedding câu trong đồ án tìm kiếm văn bản pháp luật. Thư viện "
      "`sentence-transformers` là phần mềm, không phải bài báo (nhãn riêng).", "thao", ("doc",), ("thao", "lan"), "2024-02-22T00:00:00+00:00", 1707782400, 1708592400, 1, False, "2024-02-22T10:02:51+00:00"),
 card(33, "Bộ dữ liệu: gom các tập instruction tiếng Việt",
      "Không phải bài báo. Danh sách: bản dịch Alpaca, oasst1 (lọc tiếng Việt), dữ liệu hỏi đáp nội bộ <2k mẫu>. "
      "Kiểm tra giấy phép trước khi dùng.", "huy", ("khac",), ("huy",), None, 1707868800, 1708506000, 0, False, "2024-02-21T08:00:00+00:00"),
]
S4 = [
 card(34, "Buổi demo: fine-tune mô hình 1B trên dữ liệu nội bộ",
      "Chuẩn bị: script huấn luyện, cấu hình `r=16, alpha=32`, đánh giá trên tập dev. Không phải bài báo.",
      "lan", ("code",), ("lan", "huy"), "2024-03-21T00:00:00+00:00", 1709107200),
 card(34, "Mời khách: anh Vũ (công ty đối tác) nói về triển khai mô hình lượng tử hóa",
      "Chờ xác nhận lịch. Chủ đề: llama.cpp, định dạng GGUF, máy chủ suy luận — toàn phần mềm.", "minh", ("khac",), (), None, 1709193600),
]
stacks = [stack(31, "Cần đọc", 0, S1, 1709106000), stack(32, "Đang đọc (tuần 10)", 1, S2, 1709287200),
          stack(33, "Đã thảo luận", 2, S3, 1709197200), stack(34, "Ý tưởng / việc khác", 3, S4, 1709193600)]

text = json.dumps(stacks, ensure_ascii=True, separators=(",", ":"))
text = text.replace("/", "\\/").replace("<", "\\u003C").replace(">", "\\u003E")
decoded = json.dumps(json.loads(text), ensure_ascii=False, indent=1)
write_only(F, text, keys(F), forms=[decoded])
