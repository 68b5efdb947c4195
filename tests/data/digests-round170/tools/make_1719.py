#!/usr/bin/env python3
"""1719: an .eml of a mail forwarded from Rackspace Webmail (apps.rackspace.com, hosts under emailsrvr.com), Vietnamese:
CR LF; text/plain; charset=UTF-8 in quoted-printable (Python's quopri, soft breaks at 76, the text in CR LF form); an
RFC 2047 name; the Vietnamese note, then the «-----Original Message-----» block (From / Sent / To / Subject) and a
GNU Mailman 2.1 digest («Send … submissions to», «Today's Topics:», messages «Message: n» with Date / From / To /
Subject / Message-ID / Content-Type, the separators, the «Digest Footer» and «End of … Digest, Vol n, Issue m» with its
asterisks). The list nlp-vn at lists.example.vn, its members and Nguyễn Thị Hà (`ha.nguyen@aivn.example.vn`) are
invented; Hugging Face, lm-evaluation-harness and vLLM appear as what they are. Nicknames GENRE, MT-Bench, Chatbot
Arena, BIG-bench, MMLU appear where the papers are written in full."""
import datetime as dt, os, quopri, sys
from email.utils import format_datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import by_num, keys
F = by_num(1719)
TZ = dt.timezone(dt.timedelta(hours=7))
LIST, HOST = "nlp-vn", "lists.example.vn"
VOL, ISSUE = 14, 9
msgs = [
    (dt.datetime(2025, 3, 17, 8, 41, 3, tzinfo=TZ), "Trần Minh Khoa", "khoa.tm@uni.example.vn", "[nlp-vn] Đọc nhóm tuần này: đánh giá LLM",
     f"Chào cả nhóm,\n\nTuần này mình đề xuất đọc hai bài về đánh giá:\n\n- {T('2206.04615')}\n  https://arxiv.org/abs/2206.04615\n"
     f"- {T('2009.03300')}, arXiv:2009.03300 (bộ MMLU mà ai cũng dùng)\n\nAi chạy thử lm-evaluation-harness cho mô hình tiếng Việt thì chia sẻ nhé.\n\nKhoa"),
    (dt.datetime(2025, 3, 17, 10, 5, 47, tzinfo=TZ), "Lê Thu Trang", "trang.le@aivn.example.vn", "Re: [nlp-vn] Đọc nhóm tuần này: đánh giá LLM",
     f"Mình bổ sung thêm bài {T('2306.05685')} (Zheng et al., NeurIPS 2023 Datasets and Benchmarks) - dùng GPT-4 làm giám khảo,\n"
     "khá hợp nếu mình muốn đánh giá chatbot tiếng Việt mà không có nhiều người chấm.\n\nTrang"),
    (dt.datetime(2025, 3, 17, 14, 22, 10, tzinfo=TZ), "Phạm Quốc Huy", "huy.pq@lab.example.vn", "[nlp-vn] Ngữ cảnh dài: vài bài nên đọc",
     f"Về chủ đề ngữ cảnh dài, có ba bài mình thấy đáng đọc:\n\n1. {T('2307.03172')}\n   https://arxiv.org/pdf/2307.03172v3.pdf\n"
     f"2. {T('2306.15595')}\n   https://arxiv.org/abs/2306.15595\n3. {T('2010.00904')} (De Cao et al., ICLR 2021) - không hẳn là ngữ cảnh dài nhưng\n"
     "   liên quan đến truy xuất thực thể.\n\nSlide của buổi trước mình để trên Hugging Face Space của nhóm.\n\nHuy"),
    (dt.datetime(2025, 3, 17, 21, 9, 58, tzinfo=TZ), "Đỗ Ngọc Anh", "anh.dn@uni.example.vn", "Re: [nlp-vn] Ngữ cảnh dài: vài bài nên đọc",
     f"Cảm ơn anh Huy. Em thêm bài về agent: {T('2303.11366')} https://arxiv.org/abs/2303.11366\n"
     f"và một bài về trực quan hóa attention: {T('2103.14625')} (Wang, Turko, Chau, 2021).\n\nNgọc Anh"),
]
day = msgs[0][0]
head = f"{LIST} Digest, Vol {VOL}, Issue {ISSUE}"
B = [f"Send {LIST} mailing list submissions to", f"\t{LIST}@{HOST}", "",
     "To subscribe or unsubscribe via the World Wide Web, visit", f"\thttps://{HOST}/mailman/listinfo/{LIST}",
     "or, via email, send a message with subject or body 'help' to", f"\t{LIST}-request@{HOST}", "",
     "You can reach the person managing the list at", f"\t{LIST}-owner@{HOST}", "",
     "When replying, please edit your Subject line so it is more specific", f'than "Re: Contents of {LIST} digest..."', "", "",
     "Today's Topics:", ""]
for i, m in enumerate(msgs, 1):
    B.append(f"   {i}. {m[3]} ({m[1]})")
B += ["", "", "-" * 70, ""]
prev = None
for i, (d, name, addr, subj, body) in enumerate(msgs, 1):
    assert prev is None or d > prev; prev = d
    B += [f"Message: {i}", f"Date: {format_datetime(d)}", f"From: {name} <{addr}>", f"To: {LIST}@{HOST}",
          f"Subject: {subj}", f"Message-ID: <{d:%Y%m%d%H%M%S}.{i}a{i * 37}@{addr.split('@')[1]}>",
          'Content-Type: text/plain; charset="utf-8"', "", body, "", ""]
    B += ["------------------------------", ""]
B += ["Subject: Digest Footer", "", "_" * 47, f"{LIST} mailing list", f"{LIST}@{HOST}",
      f"https://{HOST}/mailman/listinfo/{LIST}", "", "", "------------------------------", "",
      f"End of {head}", "*" * len(f"End of {head}")]
digest_at = dt.datetime(2025, 3, 18, 0, 0, 3, tzinfo=TZ)
fwd_at = dt.datetime(2025, 3, 18, 9, 14, 26, tzinfo=TZ)
note = ["Chào anh Bình,", "",
        "Em chuyển tiếp bản tin tuần này của nhóm nlp-vn, trong đó có mấy bài về đánh giá LLM và ngữ cảnh dài",
        "mà anh hỏi hôm thứ Sáu. Anh xem giúp em bài nào nên đưa vào buổi seminar nội bộ nhé.", "",
        "Trân trọng,", "Hà", "--", "Nguyễn Thị Hà", "Nhóm Xử lý ngôn ngữ tự nhiên", "", "",
        "-----Original Message-----", f"From: {LIST}-request@{HOST}",
        f"Sent: {digest_at:%A, %B %d, %Y %I:%M%p}".replace(" 0", " "), f"To: {LIST}@{HOST}",
        f"Subject: {head}", ""]
text = "\n".join(note + B) + "\n"
qp = quopri.encodestring(text.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
H = [f"Return-Path: <ha.nguyen@aivn.example.vn>",
     f"Received: from app45.wa-webmail.dfw1a.emailsrvr.com (app45.wa-webmail.dfw1a.emailsrvr.com [192.0.2.45])",
     f"\tby smtp12.relay.dfw1a.emailsrvr.com (Authenticated sender: ha.nguyen-AT-aivn.example.vn) with ESMTPSA id 4F2A1C0113;",
     f"\t{format_datetime(fwd_at)}",
     f"Date: {format_datetime(fwd_at)}",
     "From: =?UTF-8?Q?Nguy=E1=BB=85n_Th=E1=BB=8B_H=C3=A0?= <ha.nguyen@aivn.example.vn>",
     "To: =?UTF-8?Q?Ph=E1=BA=A1m_Thanh_B=C3=ACnh?= <binh.pt@aivn.example.vn>",
     f"Subject: FW: {head}",
     "Message-ID: <1742264066.518203417@apps.rackspace.com>",
     "X-Mailer: webmail/19.0.12-RC",
     "MIME-Version: 1.0",
     "Content-Type: text/plain; charset=UTF-8",
     "Content-Transfer-Encoding: quoted-printable",
     "X-Auth-ID: ha.nguyen@aivn.example.vn"]
raw = "\r\n".join(H) + "\r\n\r\n" + qp
write_raw(F, raw.encode("ascii"), [raw, text], keys(F))
