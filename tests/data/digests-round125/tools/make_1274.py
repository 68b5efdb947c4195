#!/usr/bin/env python3
"""1274: a Task Coach file (Turkish): an Ankara-like PhD student plans the literature chapter of her thesis in Task
Coach and sent `tez-okuma.tsk` to her co-advisor. Task Coach saves XML (Python's ElementTree: attributes in name
order, `&quot;` `&amp;` `&lt;` escaping, raw UTF-8) after `<?xml …?>` and `<?taskcoach release="1.4.6"
tskversion="37"?>`, one element a line with no indentation: `<tasks>` holding tasks (subject, dates as "YYYY-MM-DD
HH:MM:SS[.ffffff]", percentageComplete, priority, status, uuid1 ids), their `<description>`, `<attachment type="uri"
location=…/>`, `<effort start=… stop=…/>` and subtasks, then `<category categorizables="id id …"/>` and the file's
`<guid>`. arXiv links as URI attachments or in a description are links; `arXiv:2103.13462` in a description is
arxiv-text; three tasks name papers by title only; a course's videos, a dataset and a library are tasks, not
papers."""
import hashlib, os, sys
from xml.sax.saxutils import escape, quoteattr
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1274, keys


def uid(seed, t="1ef"):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-1{t}-{'89ab'[int(h[12], 16) % 4]}{h[13:16]}-3c7c3f1a2b4d"


def attr(d):
    return "".join(f" {k}=" + '"' + escape(str(v), {'"': "&quot;"}) + '"' for k, v in sorted(d.items()))


L = ['<?xml version="1.0" encoding="UTF-8"?>', '<?taskcoach release="1.4.6" tskversion="37"?>', "<tasks>"]
ids = {}


def task(key, subject, created, modified, desc=None, due=None, start=None, done=None, pct=0, prio=0, att=(), eff=(), kids=()):
    i = uid("task:" + key); ids[key] = i
    a = {"creationDateTime": created, "id": i, "modificationDateTime": modified, "status": "1", "subject": subject}
    if due: a["duedate"] = due
    if start: a["plannedstartdate"] = start
    if done: a["completiondate"] = done; pct = 100
    if pct: a["percentageComplete"] = str(pct)
    if prio: a["priority"] = str(prio)
    L.append("<task" + attr(a) + (">" if desc or att or eff or kids else "/>"))
    if not (desc or att or eff or kids): return
    if desc: L.append("<description>" + escape(desc) + "</description>")
    for n, (loc, sub) in enumerate(att):
        L.append("<attachment" + attr({"creationDateTime": created, "id": uid(f"att:{key}:{n}", "1ef"), "location": loc,
                                        "modificationDateTime": created, "status": "1", "subject": sub, "type": "uri"}) + "/>")
    for n, (s, e) in enumerate(eff):
        L.append("<effort" + attr({"id": uid(f"eff:{key}:{n}"), "start": s, "status": "1", "stop": e}) + "/>")
    for k in kids: k()
    L.append("</task>")


def sub(*a, **k):
    return lambda: task(*a, **k)


task("root", "Tez — Bölüm 2: literatür taraması", "2024-04-15 09:02:41.337000", "2024-05-13 22:14:05.902000",
     desc="Danışman toplantısı: 20 Mayıs.\nHer makale için yarım sayfalık özet + \"bizim probleme katkısı\" paragrafı.",
     due="2024-05-31 23:59:00", start="2024-04-15 00:00:00", pct=45, prio=3, kids=[
  sub("dt", "Oku: " + T("2106.01345"), "2024-04-15 09:05:12.118000", "2024-05-03 18:20:44.051000",
      desc="Özet yazıldı. Trajectory Transformer ile karşılaştırma eksik.", done="2024-05-03 18:20:00", prio=2,
      att=[("https://arxiv.org/abs/2106.01345", "arXiv")], eff=[("2024-04-29 09:00:00", "2024-04-29 11:40:00"), ("2024-05-03 14:10:00", "2024-05-03 18:20:00")]),
  sub("saycan", "Oku: " + T("2204.01691"), "2024-04-15 09:06:40.771000", "2024-05-10 17:02:13.440000",
      desc="SayCan — robotik kısmı bizim için ikincil, \"affordance\" fikrine odaklan.", due="2024-05-17 23:59:00", pct=60, prio=2,
      att=[("https://arxiv.org/pdf/2204.01691v2", "PDF (v2)")], eff=[("2024-05-08 10:00:00", "2024-05-08 12:15:00")]),
  sub("onpolicy", "Oku: " + T("2006.05990"), "2024-04-16 11:30:02.004000", "2024-05-06 09:44:27.618000",
      desc="PPO ayarları için başvuru kaynağı; deneylerde <clip=0.2> kullandık, makaledeki öneriyle karşılaştır & tabloya ekle.",
      due="2024-05-24 23:59:00", prio=1, att=[("https://arxiv.org/abs/2006.05990", "arXiv")]),
  sub("evolving", "Oku: " + T("2101.03958"), "2024-04-16 11:31:55.260000", "2024-04-16 11:31:55.260000",
      desc="Murat Hoca önerdi; bağlantı yok, kütüphaneden çıktı alınacak.", due="2024-05-24 23:59:00", prio=1),
  sub("gpm", "Oku: " + T("2103.09762"), "2024-04-18 14:20:09.883000", "2024-05-02 10:05:51.190000",
      desc="Sürekli öğrenme bölümü için. Sadece başlık var, PDF Zeynep'te.", due="2024-05-28 23:59:00"),
  sub("condense", "Oku: " + T("2006.05929"), "2024-04-18 14:22:31.006000", "2024-05-12 20:31:18.374000",
      desc="Veri yoğunlaştırma — https://arxiv.org/abs/2006.05929 (ICLR 2021 sürümü aynı).", due="2024-05-28 23:59:00", pct=20),
  sub("autohas", "Oku: " + T("2006.03656"), "2024-04-20 16:47:44.552000", "2024-04-20 16:47:44.552000",
      desc="AutoML paragrafı için tek kaynak yeterli olabilir.", due="2024-05-30 23:59:00"),
  sub("local", "Oku: " + T("2103.13462"), "2024-04-22 10:15:32.118000", "2024-05-13 22:14:05.902000",
      desc="Tengyu Ma'nın kitap bölümü; arXiv:2103.13462 — link eklenecek. Optimizasyon arka planı için.", due="2024-05-30 23:59:00", prio=1),
 ])
task("cs285", "CS285 ders videoları (12–15. dersler)", "2024-04-15 09:10:03.640000", "2024-05-09 21:55:00.113000",
     desc="Ders, makale değil. Oynatma listesi: https://www.youtube.com/playlist?list=PL_iWQOsE6TfVYGEGiAOMaOzzv41Jfm_Ps",
     pct=50, att=[("https://rail.eecs.berkeley.edu/deeprlcourse/", "Ders sayfası")])
task("d4rl", "D4RL veri setlerini sunucuya indir (hopper, walker2d)", "2024-04-19 13:00:00.000000", "2024-04-21 10:12:36.298000",
     done="2024-04-21 10:12:00", att=[("https://github.com/Farama-Foundation/D4RL", "GitHub")])
task("gym", "Gymnasium 0.29 + MuJoCo kurulumu (gpu-2)", "2024-04-19 13:02:18.771000", "2024-04-24 17:40:05.005000",
     desc="pip install \"gymnasium[mujoco]\"==0.29.1 — lab sunucusunda izin sorunu çıktı, Emre'ye sor.", pct=80)
L.append("<category" + attr({"categorizables": " ".join(ids[k] for k in ("dt", "saycan", "onpolicy", "evolving", "gpm", "condense", "autohas", "local")),
                             "creationDateTime": "2024-04-15 09:01:10.004000", "id": uid("cat:okuma"),
                             "modificationDateTime": "2024-04-22 10:15:32.118000", "status": "1", "subject": "okuma"}) + "/>")
L.append("<category" + attr({"categorizables": " ".join(ids[k] for k in ("cs285", "d4rl", "gym")), "creationDateTime": "2024-04-15 09:01:22.530000",
                             "id": uid("cat:altyapi"), "modificationDateTime": "2024-04-19 13:02:18.771000", "status": "1", "subject": "altyapı / ders"}) + "/>")
g = hashlib.sha1(b"file-guid").hexdigest()
L.append(f"<guid>{g[:8]}-{g[8:12]}-4{g[12:15]}-a{g[15:18]}-{g[18:30]}</guid>")
L.append("</tasks>")
text = "\n".join(L) + "\n"
write_only(F1274, text, keys(F1274))
