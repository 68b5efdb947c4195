#!/usr/bin/env python3
"""1593: the NeDB datafile (links.db) of an Indonesian reading group's Telegram bot, which stores every message with a
paper or link: one JSON document per line as NeDB's persistence writes it — the compacted part (documents, then the
$$indexCreated lines), then the lines appended since (inserts, whole-document updates under the same _id, a
$$deleted tombstone). Dates are {"$$date": ms} (timestampData), _id values are NeDB's 16-character uids. Built from
the modelled events."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1593)
CHAT = -1001864205731
B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
T0 = 1709261100000  # 2024-03-01 09:45 WIB, in ms
# key, minutes after T0, message_id, from, text, judul, url, tags
MSGS = {
    "t5": (0, 2211, "dimas_prakoso", f"Bacaan minggu ini: {T('1910.10683')}\nhttps://arxiv.org/abs/1910.10683v4\nFokus ke bagian 3 (eksperimen objective)",
           T("1910.10683"), "https://arxiv.org/abs/1910.10683v4", ["pretraining", "t5"]),
    "elmo": (95, 2219, "sari.wulandari", f"{T('1802.05365')} — https://arxiv.org/abs/1802.05365 (NAACL 2018). Yang klasik dulu sebelum BERT ya",
             T("1802.05365"), "https://arxiv.org/abs/1802.05365", ["embedding", "klasik"]),
    "w2v": (1440, 2236, "budi_s", f"Usul buat sesi pembuka: {T('1301.3781')} (word2vec). Gak usah link, semua sudah tahu 😄",
            T("1301.3781"), None, ["embedding", "klasik"]),
    "hf": (2900, 2251, "rina.amelia", f"Buat yang mau praktik: {T('1910.03771')}\nhttps://arxiv.org/pdf/1910.03771.pdf",
           T("1910.03771"), "https://arxiv.org/pdf/1910.03771.pdf", ["library", "paper"]),
    "indonlu": (2960, 2254, "rina.amelia", "Benchmark bahasa Indonesia (repo, bukan paper): https://github.com/IndoNLP/indonlu",
                "IndoNLU (repositori)", "https://github.com/IndoNLP/indonlu", ["dataset", "indonesia"]),
    "video": (4400, 2270, "dimas_prakoso", "Rekaman kuliah tamu soal tokenisasi: https://tube.unusa.example.ac.id/w/kuliah-tamu-tokenisasi",
              "Rekaman kuliah tamu: tokenisasi", "https://tube.unusa.example.ac.id/w/kuliah-tamu-tokenisasi", ["video"]),
    "bpe": (10100, 2302, "sari.wulandari", f"{T('1508.07909')} — arXiv:1508.07909. Ini dasar tokenizer BPE, penting buat sesi tokenisasi",
            T("1508.07909"), None, ["tokenisasi", "klasik"]),
    "glat": (11600, 2315, "budi_s", f"Terbit di ACL 2021, tapi versi submisi ICLR-nya ada di OpenReview: {T('2008.07905')}\nhttps://openreview.net/pdf?id={OR('2008.07905')}",
             T("2008.07905"), "https://openreview.net/pdf?id=" + OR("2008.07905"), ["nmt", "non-autoregressive"]),
    "electric": (14500, 2331, "rina.amelia", f"Judul saja dulu, nanti saya cari PDF-nya: {T('2012.08561')} (EMNLP 2020, Clark dkk.)",
                 T("2012.08561"), None, ["pretraining"]),
    "fem": (14520, 2333, "rina.amelia", f"Satu lagi dari topik yang sama: {T('2010.06040')}",
            T("2010.06040"), None, ["pretraining", "mlm"]),
    "medium": (15800, 2340, "budi_s", "Artikel Medium ringkasan T5 (bukan paper): https://medium.example.com/@budi/ringkasan-t5-4f1a2b",
               "Ringkasan T5 (Medium)", "https://medium.example.com/@budi/ringkasan-t5-4f1a2b", ["blog"]),
}
COMPACTED = ["t5", "elmo", "w2v", "hf", "indonlu", "video"]
INDEXES = [("url", False, True), ("message_id", True, False)]
APPENDED = [("insert", "bpe"), ("insert", "glat"), ("update", "w2v", {"status": "dibahas"}, 12000), ("insert", "electric"),
            ("insert", "fem"), ("insert", "medium"), ("delete", "medium", 15830), ("update", "glat", {"status": "dibahas"}, 17100),
            ("update", "t5", {"status": "dibahas"}, 17150)]


def uid(k):
    n = int(hashlib.sha256(("nedb-" + k).encode()).hexdigest(), 16)
    return "".join(B62[(n >> (6 * i)) % 62] for i in range(16))


def d(ms):
    return {"$$date": ms}


def doc(k, status="baru", updated=None):
    m, mid, who, text, judul, url, tags = MSGS[k]
    t = T0 + m * 60000
    return {"chat_id": CHAT, "message_id": mid, "from": who, "text": text, "judul": judul, "url": url, "tags": tags,
            "status": status, "_id": uid(k), "createdAt": d(t), "updatedAt": d(updated if updated else t)}


def line(o):
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))


def build():
    cur = {}
    L = []
    for k in COMPACTED:
        cur[k] = doc(k, "dibahas" if k in ("elmo", "hf") else "baru")
        L.append(line(cur[k]))
    for f, u, s in INDEXES:
        L.append(line({"$$indexCreated": {"fieldName": f, "unique": u, "sparse": s}}))
    for ev in APPENDED:
        if ev[0] == "insert":
            cur[ev[1]] = doc(ev[1])
            L.append(line(cur[ev[1]]))
        elif ev[0] == "update":
            o = json.loads(line(cur[ev[1]]))
            o.update(ev[2])
            o["updatedAt"] = d(T0 + ev[3] * 60000)
            cur[ev[1]] = o
            L.append(line(o))
        else:
            L.append(line({"$$deleted": True, "_id": uid(ev[1])}))
            del cur[ev[1]]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
