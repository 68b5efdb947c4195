#!/usr/bin/env python3
"""648: a Kanboard JSON-RPC response to getAllTasks (project 3, status_id 1), as Kanboard's JsonRPC server writes it with
PHP json_encode defaults: one line, no spaces, "/" escaped as "\\/", non-ASCII as \\uXXXX; database columns as strings
(PDO), null for unset dates, a url and a color object per task. Turkish task titles and Markdown descriptions: a PEFT
reading board."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F648, keys

COLORS = {"yellow": ("Yellow", "rgb(245, 247, 196)", "rgb(223, 227, 45)"),
          "blue": ("Blue", "rgb(219, 235, 255)", "rgb(168, 207, 255)"),
          "green": ("Green", "rgb(189, 244, 203)", "rgb(74, 227, 113)"),
          "purple": ("Purple", "rgb(223, 176, 255)", "rgb(205, 133, 254)"),
          "red": ("Red", "rgb(255, 187, 187)", "rgb(255, 151, 151)"),
          "grey": ("Grey", "rgb(238, 238, 238)", "rgb(204, 204, 204)")}
BASE = "https://pano.yzlab.example.com.tr/"


def task(tid, title, desc, created, modified, color, column, owner, pos, due="0", moved=None, started=None,
         spent="0", est="0", score="0", cat="0", ref="", prio="0"):
    c = COLORS[color]
    return {"id": str(tid), "title": title, "description": desc, "date_creation": str(created), "color_id": color,
            "project_id": "3", "column_id": str(column), "owner_id": str(owner), "position": str(pos), "is_active": "1",
            "date_completed": None, "score": score, "date_due": due, "category_id": cat, "creator_id": "2",
            "date_modification": str(modified), "reference": ref, "date_started": started, "time_spent": spent,
            "time_estimated": est, "swimlane_id": "3", "date_moved": str(moved or modified), "recurrence_status": "0",
            "recurrence_trigger": "0", "recurrence_factor": "0", "recurrence_timeframe": "0", "recurrence_basedate": "0",
            "recurrence_parent": None, "recurrence_child": None, "priority": prio, "external_provider": None,
            "external_uri": None,
            "url": f"{BASE}?controller=TaskViewController&action=show&task_id={tid}&project_id=3",
            "color": {"name": c[0], "background": c[1], "border": c[2]}}


tasks = [
 task(41, "Sunum: düşük ranklı adaptasyon ailesi (20 Mart)",
      f"Okuma grubunun bu haftaki ana makalesi.\r\n\r\n**{T('2106.09685')}**\r\n{au('2106.09685')} — arXiv 2106.09685 (ICLR 2022)\r\n\r\n"
      "- [x] slaytlar 1–12 (motivasyon, ΔW = BA)\r\n- [ ] rank r ablasyonu tablosu\r\n- [ ] Elif: makaledeki sonuçlar yerine kendi deneyimizi koyalım mı?\r\n\r\n"
      "Not: HF `peft` kütüphanesinin dokümantasyonu yeterli, ayrıca blog yazısı okumaya gerek yok.",
      1710148200, 1710412980, "purple", 9, 4, 1, due="1710925200", started="1710150000", est="6", spent="3.5", prio="3"),
 task(42, "Oku: bütçe uyarlamalı düşük rank",
      f"[{T('2303.10512')}](https:/" + f"/arxiv.org/abs/2303.10512)\r\n{au('2303.10512')}, ICLR 2023\r\n\r\n"
      "Bütçeyi katmanlar arasında SVD benzeri parametreleştirme ile dağıtıyor. Ana sunuma 2 slayt olarak eklenecek.",
      1710149050, 1710333720, "blue", 9, 5, 2, started="1710240000", est="2", prio="2"),
 task(43, "Oku: 4-bit nicemleme + ince ayar",
      f"{T('2305.14314')}\r\n{au('2305.14314')}\r\nhttps:/" + "/arxiv.org/pdf/2305.14314.pdf\r\n\r\n"
      "NF4, double quantization, paged optimizers. bitsandbytes sürümünü sunucuda kontrol et (0.41+).",
      1710149122, 1710149122, "blue", 8, 5, 1, est="2", prio="2"),
 task(44, "Oku: adapter katmanları (klasik)",
      f"* {T('1902.00751')} — {au('1902.00751')}, ICML 2019\r\n"
      "* https:/" + "/arxiv.org/abs/1902.00751\r\n\r\nDarboğaz (bottleneck) adapter; karşılaştırma tablosunda referans satırı olacak.",
      1710149300, 1710490111, "green", 10, 6, 1, moved=1710490111, started="1710151000", est="1.5", spent="1.5"),
 task(45, "Karşılaştırma tablosu: sadece bias / prompt yöntemleri",
      f"Tabloya eklenecek satırlar (link gerekmez, sadece başlık + yazarlar):\r\n\r\n"
      f"1. {T('2106.10199')} — {au('2106.10199')}\r\n"
      f"2. {T('2101.00190')} — {au('2101.00190')}\r\n"
      f"3. {T('2103.10385')} — {au('2103.10385')}\r\n\r\n"
      "Sütunlar: eğitilen parametre oranı, GLUE ort., SuperGLUE (varsa), kod var mı?",
      1710151800, 1710404400, "yellow", 9, 6, 2, est="3", spent="1", prio="1"),
 task(46, "Oku: az örnekli PEFT",
      f"{T('2205.05638')}\r\n{au('2205.05638')}, NeurIPS 2022\r\nhttps:/" + "/arxiv.org/abs/2205.05638\r\n\r\n"
      "Few-shot senaryosu için; RAFT benchmark sonuçlarına bak.",
      1710152011, 1710152011, "blue", 8, 0, 2, est="2"),
 task(47, "GPU kotası: 2×A100, 3 gün (düşük rank + 4-bit denemeleri)",
      "Bilgi işlem daire başkanlığına form gönderildi. Kuyruk: `gpu-long`. Sorumlu: Burak.",
      1710230400, 1710317000, "red", 9, 3, 3, due="1710752400", prio="3"),
 task(48, "Kaynaklar (makale değil)",
      "- HF PEFT dokümantasyonu: https:/" + "/huggingface.co/docs/peft\r\n"
      "- Sebastian Raschka'nın blog yazıları (PEFT pratik ipuçları)\r\n"
      "- Kaggle notebook: 'PEFT ile Türkçe duygu analizi'\r\n- Veri: TR-News, OSCAR Türkçe alt kümesi",
      1710231000, 1710231000, "grey", 8, 0, 3),
]
resp = {"jsonrpc": "2.0", "result": tasks, "id": 1769659091}
raw = json.dumps(resp, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")
strs = json.dumps(resp, ensure_ascii=False)
write_only(F648, raw, keys(F648), [strs])
