#!/usr/bin/env python3
"""Builds digests/217_facebook_messenger_json_vietnamese_llm_eval_group.json: one thread file
(messages/inbox/<slug>_<id>/message_1.json) of a Facebook "Download your information" export in JSON, a Vietnamese
Messenger group chat "Nhóm đọc paper LLM 🤖". Written the way Facebook writes it: json.dumps-style pretty print with
two spaces, no final newline, and every string in the well-known "mojibake" encoding: the UTF-8 bytes of the text
written as \\u00XX escapes, one per byte (so "đọc" is "\\u00c4\\u0091\\u00e1\\u00bb\\u008dc"; a reader must undo
latin-1 -> UTF-8 to see Vietnamese). Keys: participants, messages (newest first: sender_name, timestamp_ms, content,
photos/share, reactions, is_geoblocked_for_viewer), title, is_still_participant, thread_path, magic_words, image,
joinable_mode.

Evidence: InstructGPT's shared abs link (share.link + share_text), LLM-as-a-judge's Hugging Face link, the
"(Mostly) Know" paper's pdf v4 link, CoT's OpenReview forum link under its first title (link); "arXiv 2009.03300"
(MMLU), "(2307.15043)" (GCG attacks), "arXiv:2308.03688" (AgentBench) (arxiv-text); BIG-bench and emergent abilities
in curly quotes, Toolformer, Textbooks, Self-RAG, Lost in the Middle in prose (title-only). Non-papers: the
lmarena.ai leaderboard, the llm-attacks repository, a YouTube talk, a Google Meet room, a Google Form, the OpenAI
blog. People, ids, rooms and times are invented."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import check_no_distractor

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "217_facebook_messenger_json_vietnamese_llm_eval_group.json")
SLUG = "nhmcpaperllm_7318840251963302"
KHOA, HA, BAO, ANH, LONG = "Nguyễn Minh Khoa", "Trần Thu Hà", "Lê Quốc Bảo", "Phạm Ngọc Anh", "Đỗ Hoàng Long"
T0 = 1709208000000  # 2024-02-29 12:00 UTC = 19:00 in Hanoi


def t(day, hh, mm, ss=0):
    """day offset from 2024-02-29, Hanoi wall time -> epoch ms"""
    return T0 + ((day * 24 + hh - 19) * 3600 + mm * 60 + ss) * 1000 + (day * 37 + mm * 11 + ss * 3) % 1000


# chronological; reversed at the end (the export is newest first)
MSGS = [
    {"sender_name": KHOA, "timestamp_ms": t(0, 19, 2), "content": f"{KHOA} đã đặt tên nhóm là Nhóm đọc paper LLM 🤖."},
    {"sender_name": KHOA, "timestamp_ms": t(0, 19, 5, 14),
     "content": "Chào cả nhà! Tháng 3 mình đọc chủ đề đánh giá LLM nhé. Bài mở màn: Measuring Massive Multitask "
                "Language Understanding (arXiv 2009.03300), tức là MMLU. Ai chưa đọc thì đọc phần 3 với bảng 1 thôi cũng được.",
     "reactions": [{"reaction": "👍", "actor": HA}, {"reaction": "👍", "actor": LONG}]},
    {"sender_name": HA, "timestamp_ms": t(0, 19, 9, 40),
     "content": "Mình đề xuất đọc kèm “Beyond the Imitation Game: Quantifying and extrapolating the capabilities of "
                "language models” (BIG-bench). Hơi dài, hơn 200 tác vụ, nhưng phần phân tích theo quy mô mô hình rất hay."},
    {"sender_name": BAO, "timestamp_ms": t(0, 19, 14, 3),
     "content": "Bài nền tảng về RLHF để hiểu vì sao chấm điểm bằng người lại quan trọng: https://arxiv.org/abs/2203.02155",
     "share": {"link": "https://arxiv.org/abs/2203.02155",
               "share_text": "Training language models to follow instructions with human feedback"}},
    {"sender_name": ANH, "timestamp_ms": t(0, 19, 21, 52),
     "content": "Về LLM-as-a-judge thì có bài này: https://huggingface.co/papers/2306.05685 (Judging LLM-as-a-Judge with "
                "MT-Bench and Chatbot Arena). Còn bảng xếp hạng Chatbot Arena thì xem ở https://lmarena.ai — cái đó "
                "không phải paper nhé 😅",
     "share": {"link": "https://huggingface.co/papers/2306.05685"},
     "reactions": [{"reaction": "😆", "actor": BAO}]},
    {"sender_name": LONG, "timestamp_ms": t(0, 19, 30, 8),
     "photos": [{"uri": f"messages/inbox/{SLUG}/photos/431286077519842_1187204433951520_n_1187204433951520.jpg",
                 "creation_timestamp": t(0, 19, 30, 8) // 1000 - 4}]},
    {"sender_name": LONG, "timestamp_ms": t(0, 19, 30, 41), "content": "Ảnh chụp bảng MMLU 5-shot, mô hình 7B của mình chỉ được 46,8 😢"},
    {"sender_name": KHOA, "timestamp_ms": t(2, 21, 4, 19),
     "content": "Tuần sau chuyển sang an toàn/alignment. Mình chọn Universal and Transferable Adversarial Attacks on "
                "Aligned Language Models (2307.15043) — chính là tấn công GCG. Code ở github.com/llm-attacks/llm-attacks, "
                "đừng chạy trên máy công ty 🙏"},
    {"sender_name": HA, "timestamp_ms": t(2, 21, 11, 30),
     "content": "Thêm một bài về chuyện mô hình có biết là nó biết hay không: Language Models (Mostly) Know What They "
                "Know, bản pdf: https://arxiv.org/pdf/2207.05221v4",
     "share": {"link": "https://arxiv.org/pdf/2207.05221v4"}},
    {"sender_name": BAO, "timestamp_ms": t(2, 21, 26, 2),
     "content": "Mình nghĩ nên nhắc lại “Emergent Abilities of Large Language Models”, vì cuộc tranh luận "
                "emergent hay chỉ do cách chọn metric liên quan trực tiếp tới chuyện đánh giá.",
     "reactions": [{"reaction": "❤", "actor": HA}]},
    {"sender_name": ANH, "timestamp_ms": t(3, 8, 47, 55),
     "content": "CoT thì nên đọc bản trên OpenReview, có phần review khá hay: https://openreview.net/forum?id=_VjQlMeSB_J "
                "(bản đầu tiên tên là Chain of Thought Prompting Elicits Reasoning in Large Language Models, không có gạch nối).",
     "share": {"link": "https://openreview.net/forum?id=_VjQlMeSB_J"}},
    {"sender_name": LONG, "timestamp_ms": t(3, 12, 15, 9),
     "content": "Mảng agent thì có benchmark AgentBench: Evaluating LLMs as Agents, arXiv:2308.03688. Với cả "
                "Toolformer: Language Models Can Teach Themselves to Use Tools nữa, mình đọc rồi, đáng đọc."},
    {"sender_name": HA, "timestamp_ms": t(3, 12, 40, 27),
     "content": "Textbooks Are All You Need thì sao? Chuyện dữ liệu “chất lượng sách giáo khoa” cho phi-1, hơi lạc đề "
                "nhưng liên quan tới nhiễm bẩn dữ liệu benchmark."},
    {"sender_name": BAO, "timestamp_ms": t(3, 22, 3, 44),
     "content": "Về RAG: Self-RAG: Learning to Retrieve, Generate, and Critique through Self-Reflection và Lost in the "
                "Middle: How Language Models Use Long Contexts. Bài sau giải thích vì sao nhét 20 tài liệu vào prompt "
                "không ăn thua.",
     "reactions": [{"reaction": "👍", "actor": KHOA}, {"reaction": "😮", "actor": ANH}]},
    {"sender_name": KHOA, "timestamp_ms": t(4, 9, 0, 12),
     "content": "Chốt lịch: thứ Năm 20:00 qua Google Meet meet.google.com/xkq-bnvd-rte. Đăng ký thuyết trình ở form "
                "forms.gle/7TqgR2cWnA1pXk9u8, slide để trên Drive. Ai muốn xem trước thì có talk này trên YouTube: "
                "https://www.youtube.com/watch?v=Vtq0xCG1yN8 (talk, không phải paper)."},
    {"sender_name": ANH, "timestamp_ms": t(4, 9, 2, 31), "content": "👍"},
]
for m in MSGS:
    m["is_geoblocked_for_viewer"] = False
PARTS = [KHOA, HA, BAO, ANH, LONG]


def order(m):
    keys = ["sender_name", "timestamp_ms", "content", "photos", "share", "reactions", "is_geoblocked_for_viewer"]
    return {k: m[k] for k in keys if k in m}


DATA = {
    "participants": [{"name": p} for p in PARTS],
    "messages": [order(m) for m in sorted(MSGS, key=lambda m: -m["timestamp_ms"])],
    "title": "Nhóm đọc paper LLM 🤖",
    "is_still_participant": True,
    "thread_path": f"inbox/{SLUG}",
    "magic_words": [],
    "image": {"uri": f"messages/inbox/{SLUG}/photos/430977118217321_903114285512907_n_903114285512907.jpg",
              "creation_timestamp": 1709208122},
    "joinable_mode": {"mode": 1, "link": ""},
}


def moji(o):
    if isinstance(o, str):
        return o.encode("utf-8").decode("latin-1")
    if isinstance(o, dict):
        return {k: moji(v) for k, v in o.items()}
    if isinstance(o, list):
        return [moji(v) for v in o]
    return o


text = json.dumps(moji(DATA), indent=2)
check_no_distractor(json.dumps(DATA, ensure_ascii=False), "217")
open(OUT, "w", encoding="utf-8", newline="").write(text)
print(OUT, len(text))
