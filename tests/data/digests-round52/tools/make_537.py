#!/usr/bin/env python3
"""537: a Google Takeout "Tasks" export (Takeout/Tasks/Tasks.json: kind tasks#taskLists, one tasks#taskList per list,
tasks#task items with id, title, updated, selfLink, position, notes, status, due / completed, parent for subtasks,
links, webViewLink) of a Turkish PhD student whose spring reading plan on efficient attention lives in Google Tasks,
next to a lab list and a personal list. Papers: arXiv abs / pdf URLs in notes (link), OpenReview forum / pdf URLs
(link), "arXiv:ID" in a note (arxiv-text), titles with a PMLR / NeurIPS proceedings link or a venue only (title-only).
Not papers: a YouTube lecture, the lucidrains/performer-pytorch and xformers repositories, a thesis committee report,
a room booking, a visa appointment, groceries."""
import base64, hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F537, keys


def gid(seed, n=22):
    return base64.urlsafe_b64encode(hashlib.sha256(seed.encode()).digest()).decode().rstrip("=")[:n]


LISTS = []


def tlist(name, updated, tasks):
    lid = gid("list:" + name, 32)
    items = []
    for i, t in enumerate(tasks):
        tid = gid(f"task:{name}:{i}")
        d = {"kind": "tasks#task", "id": tid, "title": t["title"], "updated": t["updated"],
             "selfLink": f"https://www.googleapis.com/tasks/v1/lists/{lid}/tasks/{tid}"}
        if "parent" in t: d["parent"] = gid(f"task:{name}:{t['parent']}")
        d["position"] = "%020d" % (t.get("pos", i) * 1024 if "parent" not in t else t.get("pos", i))
        if t.get("notes"): d["notes"] = t["notes"]
        d["status"] = "completed" if t.get("completed") else "needsAction"
        if t.get("due"): d["due"] = t["due"] + "T00:00:00.000Z"
        if t.get("completed"): d["completed"] = t["completed"]; d["hidden"] = True
        d["links"] = t.get("links", [])
        d["webViewLink"] = f"https://tasks.google.com/task/{tid}?sa=6"
        items.append(d)
    LISTS.append({"kind": "tasks#taskList", "id": lid, "title": name, "updated": updated, "items": items})


tlist("Okuma planı – verimli dikkat (bahar 2024)", "2024-03-11T19:42:07.311Z", [
 {"title": f"Oku: {T('2006.04768')}", "updated": "2024-03-04T08:12:31.504Z", "completed": "2024-03-06T21:10:44.090Z",
  "notes": "https://arxiv.org/abs/2006.04768\nDüşük ranklı projeksiyon (E, F) — Teorem 1'in ispatına bak, ek A.\nSunum: ben, 7 Mart."},
 {"title": "Linformer slaytları (12 slayt, grafikleri yeniden çiz)", "updated": "2024-03-06T21:10:51.771Z",
  "completed": "2024-03-06T21:10:51.771Z", "parent": 0, "pos": 0},
 {"title": "Longformer", "updated": "2024-03-04T08:14:02.118Z", "due": "2024-03-14",
  "notes": f"{T('2004.05150')} — arXiv:2004.05150\nKayan pencere + global dikkat; dilated pencereyi de anlat.\nHF'deki longformer-base-4096 ile 8k token denemesi yap."},
 {"title": "Big Bird", "updated": "2024-03-04T08:15:40.903Z", "due": "2024-03-14",
  "notes": f"„{T('2007.14062')}”\nhttps://arxiv.org/pdf/2007.14062.pdf\nTuring-tamlık kısmı (bölüm 3) isteğe bağlı, seyrek dikkat grafiği önemli."},
 {"title": "Karşılaştırma tablosu: Longformer vs Big Bird (bellek, hız, 4k/8k/16k)", "updated": "2024-03-05T10:02:12.440Z",
  "parent": 3, "pos": 0, "notes": "Tabloyu lab wiki'sine koy: wiki.lab.example.edu.tr/okuma/dikkat"},
 {"title": f"Performer — {T('2009.14794')}", "updated": "2024-03-05T10:05:27.615Z", "due": "2024-03-21",
  "notes": f"ICLR 2021 sürümü: https://openreview.net/pdf?id={OR('2009.14794')}\nFAVOR+ ve pozitif rastgele özellikler; kod için lucidrains/performer-pytorch reposuna bak (resmî değil)."},
 {"title": f"{T('2103.02143')} (Peng vd., ICLR 2021)", "updated": "2024-03-05T10:07:55.020Z", "due": "2024-03-21",
  "notes": "Performer ile aynı hafta — kapılı (gated) sürümü karşılaştır. PDF'i Zotero'da var."},
 {"title": "Synthesizer", "updated": "2024-03-05T10:09:13.377Z", "due": "2024-03-28",
  "notes": f"{T('2005.00743')}\nhttps://proceedings.mlr.press/v139/tay21a.html\nDense / Random synthesizer ayrımı; nokta çarpımı gerçekten gerekli mi sorusu."},
 {"title": "LRA sonuçlarını tekrar üret (ListOps + Text)", "updated": "2024-03-08T15:31:48.262Z", "due": "2024-04-04",
  "notes": f"Benchmark makalesi: {T('2011.04006')}\nhttps://openreview.net/forum?id={OR('2011.04006')}\nCPU'da değil, kuyruk: gpu-uzun. xformers sürümünü 0.0.24'e sabitle."},
 {"title": "Arka plan: orijinal Transformer makalesini tekrar gözden geçir", "updated": "2024-03-08T15:33:20.846Z",
  "notes": f"{T('1706.03762')} — NeurIPS 2017\nhttps://papers.nips.cc/paper/2017/hash/3f5ee243547dee91fbd053c1c4a845aa-Abstract.html\nSadece bölüm 3.2 (ölçekli nokta çarpımı) ve karmaşıklık tablosu."},
 {"title": "YouTube: verimli dikkat dersi (Stanford CS25 kaydı) — 1.5x hızda izle", "updated": "2024-03-09T22:18:04.531Z"},
 {"title": "Okuma grubuna hatırlatma e-postası", "updated": "2024-03-11T19:42:07.311Z", "due": "2024-03-13",
  "links": [{"type": "email", "description": "Re: Perşembe okuma grubu — oda değişikliği",
             "link": "https://mail.google.com/mail/#all/18e2c1f0a94b7d35"}]},
])
tlist("Lab işleri", "2024-03-10T12:22:01.642Z", [
 {"title": "Tez izleme komitesi raporu (3. dönem) — danışmana gönder", "updated": "2024-03-01T09:00:12.228Z", "due": "2024-03-15"},
 {"title": "Sunucu kotası: /scratch %93 dolu, eski checkpoint'leri sil", "updated": "2024-03-04T16:41:30.712Z",
  "completed": "2024-03-05T09:12:03.880Z"},
 {"title": "B-204 seminer odası rezervasyonu (perşembe 14:00–15:30)", "updated": "2024-03-06T11:25:49.118Z",
  "completed": "2024-03-06T11:26:02.335Z", "notes": "Bölüm sekreterliği, dahili 4412"},
 {"title": "Konferans seyahat formu + vize randevusu", "updated": "2024-03-10T12:20:45.905Z", "due": "2024-03-29",
  "notes": "Randevu sistemi cumartesi açılıyor. Davet mektubu PDF'i e-postada."},
 {"title": "Yeni stajyer için ortam kurulumu belgesi (conda + CUDA 12.1)", "updated": "2024-03-10T12:22:01.642Z"},
])
tlist("Kişisel", "2024-03-09T08:03:33.470Z", [
 {"title": "Market: yumurta, peynir, çay, deterjan", "updated": "2024-03-09T08:03:33.470Z"},
 {"title": "Faturayı öde (internet)", "updated": "2024-03-02T10:44:10.009Z", "completed": "2024-03-03T18:20:55.413Z"},
 {"title": "Anneme doğum günü hediyesi", "updated": "2024-03-07T20:31:41.276Z", "due": "2024-03-24"},
])
doc = {"kind": "tasks#taskLists", "items": LISTS}
text = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
write_only(F537, text, keys(F537), ["\n".join(json.loads(text) and [t.get("notes", "") + "\n" + t["title"] for l in LISTS for t in l["items"]])])
