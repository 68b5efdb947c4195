#!/usr/bin/env python3
"""1650: an Indonesian student's FreeTube watch history exported from the app (Settings > Data > Export History:
`freetube-history-YYYY-MM-DD.db`), FreeTube's NeDB store written as one JSON object a line: videoId, title, author,
authorId, published, description, viewCount, lengthSeconds, watchProgress, timeWatched, isLive, type, _id. Entries are
in the order they were last watched; ids, view counts and times come from the model (published before watched,
progress within the length)."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1650)
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def vid(seed, n=11, alpha=B64):
    h = hashlib.sha256(seed.encode()).digest()
    return "".join(alpha[b % len(alpha)] for b in h[:n])


CH = {"Kelas AI Nusantara": vid("kelas-ai", 22), "Robotika Bandung": vid("robotika", 22),
      "Ngopi Paper": vid("ngopi", 22), "Lab Visi Komputer UI": vid("labvisi", 22)}
# title, author, published (epoch ms), lengthSeconds, viewCount, watched (epoch ms), progress share, description
V = [
    ("Ngopi Paper #12: CLIP, belajar visual dari teks internet", "Ngopi Paper", 1690534800000, 2714, 4831,
     1709540112000, 1.0,
     f"Kita bahas {T('2103.00020')} (Radford dkk., 2021).\n\nPaper: https://arxiv.org/abs/2103.00020\n"
     "Kode: https://github.com/openai/CLIP\n\n00:00 Pembukaan\n03:12 Contrastive pre-training\n18:40 Zero-shot ImageNet\n"
     f"35:05 Diskusi: bagaimana dengan {T('2102.05918')}? (dataset lebih besar, lebih berisik)\n\n"
     "Jangan lupa subscribe dan nyalakan lonceng notifikasi ya!"),
    ("Kuliah Tamu: Model Bahasa untuk Robot (Bahasa Indonesia)", "Robotika Bandung", 1695877200000, 4102, 1290,
     1709626840000, 0.71,
     "Rekaman kuliah tamu di Laboratorium Robotika, 26 September 2023.\n\nMateri yang dibahas:\n"
     f"- {T('2204.01691')} — arXiv:2204.01691\n"
     f"- {T('2307.15818')}: https://arxiv.org/abs/2307.15818\n\n"
     "Slide bisa diunduh di situs lab. Maaf audio di menit 40-an agak kecil."),
    ("Flamingo dijelaskan dalam 20 menit", "Kelas AI Nusantara", 1667350800000, 1236, 22873, 1709713402000, 1.0,
     f"{T('2204.14198')}\nhttps://arxiv.org/pdf/2204.14198.pdf\n\nPerceiver Resampler, gated cross-attention, "
     f"dan few-shot in-context. Di akhir video saya bandingkan dengan {T('2106.13884')} yang jadi pendahulunya.\n\n"
     "#AI #DeepLearning #Multimodal"),
    ("Tutorial: anotasi dataset segmentasi lebih cepat", "Lab Visi Komputer UI", 1701226800000, 1855, 912,
     1709799930000, 0.43,
     f"Di video ini kami mencoba model dari paper {T('2304.02643')} untuk mempercepat anotasi dataset jalan raya "
     "Jakarta. Bukan review paper, lebih ke praktik.\n\nDataset SA-1B dan demo resminya bisa dicari sendiri. "
     "Notebook Colab ada di deskripsi komentar yang disematkan."),
    ("Ngopi Paper #15: SigLIP vs CLIP", "Ngopi Paper", 1706598000000, 2290, 2104, 1709886355000, 0.25,
     f"Episode kali ini: {T('2303.15343')}. Kenapa loss sigmoid lebih hemat memori daripada softmax untuk "
     "batch besar?\n\nEpisode sebelumnya tentang CLIP ada di playlist Ngopi Paper.\n\n00:00 Intro\n05:30 Loss "
     "sigmoid\n21:10 Eksperimen batch size\n33:00 Penutup"),
    ("Live Q&A mingguan — tanya apa saja soal AI", "Kelas AI Nusantara", 1709715600000, 5420, 3311,
     1709972201000, 0.12,
     "Sesi tanya jawab mingguan. Tidak ada paper khusus minggu ini; pertanyaan dikumpulkan lewat kolom komentar.\n\n"
     "Dukung channel ini lewat Trakteer atau Saweria."),
]


def rec(v):
    title, author, pub, length, views, watched, share, desc = v
    return {"videoId": vid(title), "title": title, "author": author, "authorId": "UC" + CH[author], "published": pub,
            "description": desc, "viewCount": views, "lengthSeconds": length, "watchProgress": round(length * share, 3),
            "timeWatched": watched, "isLive": False, "type": "video", "_id": vid("id" + title, 16, AN)}


def build():
    return "".join(json.dumps(rec(v), ensure_ascii=False, separators=(",", ":")) + "\n" for v in V)


if __name__ == "__main__":
    text = build()
    forms = [json.loads(l)["description"] for l in text.splitlines()]
    write_only(F, text, keys(F), forms)
