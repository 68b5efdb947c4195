#!/usr/bin/env python3
"""1456 (NEGATIVE): a Jellyfin server's Items API queried with curl and jq (Bengali names and overviews): a lab's
media library of recorded lectures, conference talks and a podcast — the response (Items with the requested Fields:
Overview, Path, Genres, Tags, ProviderIds; UserData; TotalRecordCount, StartIndex) in jq's two-space layout, then a
jq one-liner listing series, season/episode and name. Near-misses everywhere: course lectures, talks and tutorials,
a podcast, datasets (MNIST, CIFAR-10, BanglaLekha-Isolated, OSCAR), repositories, a leaderboard, libraries, people,
dates, GUIDs, tick counts, file paths — and no paper: no catalogue title, nothing arXiv-shaped (the builder refuses
both). Ids (32 hex digits), ticks (10⁷ per second), paths and dates are invented and deterministic; SeriesId / SeasonId
per series, PlayCount / Played, ProductionYear and the one-liner are computed from the modelled library."""
import datetime as dt, hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F1456

BN = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")


def hx(s):
    return hashlib.md5(s.encode()).hexdigest()


SERVER = hx("server:jf-lab")
SERIES = [
 ("মেশিন লার্নিং ২০২৪ — ক্লাস রেকর্ডিং", "/media/lectures/ML-2024", ["Education", "শিক্ষা"], [
  (1, "রৈখিক রিগ্রেশন ও গ্রেডিয়েন্ট ডিসেন্ট", "প্রথম ক্লাস। নোটবুক: github.com/ml-dhaka-lab/ml2024-notebooks (week01)। ডেটাসেট: বোস্টন হাউজিং নয়, ক্যালিফোর্নিয়া হাউজিং।", 5312, 2, "2024-02-05"),
  (2, "লজিস্টিক রিগ্রেশন, ক্রস-এনট্রপি আর ওভারফিটিং", "MNIST দিয়ে হাতে-কলমে; scikit-learn 1.4 এর LogisticRegression। ড. তানভীর রহমানের অতিথি অংশ ৪১ মিনিট থেকে।", 5907, 1, "2024-02-12"),
  (3, "কনভোলিউশনাল নেটওয়ার্ক: ফিল্টার থেকে রেসিডুয়াল ব্লক", "CIFAR-10 আর BanglaLekha-Isolated (বাংলা হাতের লেখা অক্ষর) দিয়ে ডেমো। কোড: PyTorch 2.2, torchvision-এর resnet18।", 6144, 1, "2024-02-19"),
  (4, "অ্যাটেনশন ও ট্রান্সফরমার — স্লাইড সহ", "স্লাইড GitHub-এ (ml2024-notebooks/slides/week04.pdf)। The Illustrated Transformer ব্লগ পোস্ট পড়ে আসতে বলা হয়েছিল; কোর্সের বইয়ের অধ্যায় ১০।", 6490, 0, "2024-02-26"),
  (5, "ভাষা মডেল, টোকেনাইজার ও বাংলা", "OSCAR বাংলা অংশ, sentencepiece দিয়ে ইউনিগ্রাম টোকেনাইজার; Hugging Face-এর Open LLM Leaderboard এ বাংলা মডেল কোথায়।", 5788, 0, "2024-03-04"),
  (6, "মিডটার্ম রিভিউ (প্রশ্নোত্তর)", "গত বছরের প্রশ্নপত্র আর সমাধান। রেকর্ডিংয়ের প্রথম ৮ মিনিটে শব্দ নেই।", 3920, 0, "2024-03-11"),
 ]),
 ("বাংলা এনএলপি সম্মেলন ২০২৩ — বক্তৃতা", "/media/talks/BanglaNLP-Conf-2023", ["Conference", "সম্মেলন"], [
  (1, "Keynote: Building Bangla Speech Corpora at Scale", "মূল বক্তা: অধ্যাপক শাহানা পারভীন। ১২০০ ঘণ্টার বাংলা কথ্য ডেটা সংগ্রহের অভিজ্ঞতা; লাইসেন্স CC BY 4.0।", 3406, 1, "2023-12-09"),
  (2, "Tutorial: Fine-tuning Small Models on a Single Consumer GPU", "টিউটোরিয়াল: peft লাইব্রেরি, 4-bit লোডিং, RTX 3060 (12 GB)। কোড রিপো: github.com/bnlp-conf/tutorial-2023।", 7215, 1, "2023-12-09"),
  (3, "Panel: Evaluating Language Models for Low-Resource Languages", "প্যানেল: রাকিব হাসান, নুসরাত জাহান, অরিন্দম দত্ত। বেঞ্চমার্ক, লিডারবোর্ড আর মানব মূল্যায়ন নিয়ে আলোচনা।", 4012, 0, "2023-12-10"),
 ]),
 ("এমএল আড্ডা পডকাস্ট", "/media/podcast/ML-Adda", ["Podcast", "পডকাস্ট"], [
  (17, "পিএইচডি আবেদন, রিসার্চ স্টেটমেন্ট আর রেফারেন্স লেটার", "অতিথি: ফারহানা ইসলাম (পোস্টডক)। কোন ল্যাবে কীভাবে ইমেইল করবেন।", 3198, 1, "2024-01-20"),
  (18, "জিপিইউ ছাড়া গবেষণা: Colab, Kaggle আর বিশ্ববিদ্যালয়ের ক্লাস্টার", "Kaggle নোটবুকে সাপ্তাহিক ৩০ ঘণ্টা GPU; Slurm-এ জব জমা দেওয়ার টিপস।", 2874, 0, "2024-02-17"),
 ]),
]
created = dt.datetime(2024, 3, 12, 18, 22, 5)
items = []
for si, (sname, root, genres, eps) in enumerate(SERIES):
    sid = hx("series:" + sname)
    season = 1 if si < 2 else 2
    seid = hx(f"season:{sname}:{season}")
    for k, (num, name, ov, secs, plays, prem) in enumerate(eps):
        iid = hx(f"item:{sname}:{num}")
        ticks = secs * 10_000_000
        pos = 0 if plays else (secs // 3) * 10_000_000 if (num % 2) else 0
        c = created + dt.timedelta(minutes=si * 97 + k * 13, seconds=k * 7)
        fname = f"{root}/Season {season:02d}/S{season:02d}E{num:02d} - {name.replace(':', ' -')}.mkv"
        items.append({
            "Name": name, "ServerId": SERVER, "Id": iid,
            "DateCreated": c.strftime("%Y-%m-%dT%H:%M:%S.") + f"{int(hx(iid)[:6], 16) % 10_000_000:07d}Z",
            "Container": "mkv", "PremiereDate": prem + "T00:00:00.0000000Z", "ChannelId": None, "RunTimeTicks": ticks,
            "ProductionYear": int(prem[:4]), "IndexNumber": num, "ParentIndexNumber": season, "IsFolder": False,
            "Type": "Episode", "SeriesName": sname, "SeriesId": sid, "SeasonId": seid, "SeasonName": f"Season {season}",
            "Overview": ov, "Path": fname, "Genres": genres, "Tags": ["ল্যাব-আর্কাইভ"] + (["কোর্স"] if si == 0 else []),
            "ProviderIds": {},
            "UserData": {"PlaybackPositionTicks": pos, "PlayCount": plays, "IsFavorite": num in (3, 2) and si < 2,
                         "Played": plays > 0, "Key": f"{sid}{season:03d}{num:03d}", "ItemId": "00000000000000000000000000000000"},
            "VideoType": "VideoFile", "ImageTags": {"Primary": hx("img:" + iid)}, "BackdropImageTags": [],
            "LocationType": "FileSystem", "MediaType": "Video"})
items.sort(key=lambda i: (i["SeriesName"], i["ParentIndexNumber"], i["IndexNumber"]))
resp = {"Items": items, "TotalRecordCount": len(items), "StartIndex": 0}
U = hx("user:sumaiya")
HOST = "http://jellyfin.ml-lab.example.com.bd:8096"
P = "sumaiya@media-box:~$ "
q = (f"{HOST}/Users/{U}/Items?Recursive=true&IncludeItemTypes=Episode&SortBy=SeriesSortName,ParentIndexNumber,IndexNumber"
     "&Fields=Overview,Path,Genres,Tags,ProviderIds")
out = P + f"curl -s -H \"X-Emby-Token: $JF_TOKEN\" '{q}' | jq\n" + json.dumps(resp, indent=2, ensure_ascii=False) + "\n"
out += P + f"curl -s -H \"X-Emby-Token: $JF_TOKEN\" '{q}' | jq -r '.Items[] | \"\\(.SeriesName) S\\(.ParentIndexNumber)E\\(.IndexNumber) \\(.Name)\"'\n"
out += "".join(f"{i['SeriesName']} S{i['ParentIndexNumber']}E{i['IndexNumber']} {i['Name']}\n" for i in items)
out += P + "\n"
write(F1456, out, negative=True)
