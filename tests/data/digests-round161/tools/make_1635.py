#!/usr/bin/env python3
"""1635: a Hungarian meetup organiser queries an Invidious instance's API (v1) with curl and jq about the meetup's
talk playlist: the playlist summary, its videos as @tsv (index, videoId, lengthSeconds, title), and two videos'
descriptions with `fields=`. Video ids (11 base64url characters) and the playlist id come from hashes; videoCount,
indices, lengths and the "updated" epoch are computed from the modelled playlist."""
import base64, datetime as dt, hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1635)
PS = "gabor@munka:~$ "
HOST = "https://yt.example.net"
PL = "PL" + base64.urlsafe_b64encode(hashlib.sha256(b"bp-ml-meetup-2024").digest()).decode()[:32]
# title, length, published (UTC), description
VIDEOS = [
    ("Budapest ML Meetup #31 – AutoML a gyakorlatban (Kovács Anna)", 2841, dt.datetime(2024, 1, 18, 19, 0),
     "Kovács Anna előadása a januári meetupról.\n\nEmlített cikkek:\n" + T("2101.08809") + "\nhttps://arxiv.org/abs/2101.08809\n"
     + T("2006.03656") + " (Dong et al., 2020)\n\nDiák: https://meetup-ml.example.hu/dia/31-automl.pdf\n\n"
     "Köszönjük a helyszínt a BME-nek!"),
    ("Budapest ML Meetup #31 – Differenciálható NAS buktatói (Szabó Péter)", 1998, dt.datetime(2024, 1, 18, 19, 45),
     "Szabó Péter a DARTS-család gyengeségeiről beszél.\n\nFő cikk: " + T("2108.04392") + ", ICLR 2021 (arXiv:2108.04392)\n"
     "Kód: a szerzők GitHub-repója, illetve a NNI könyvtár dokumentációja."),
    ("Budapest ML Meetup #32 – Kevés adatból tanulni (Tóth Eszter)", 3120, dt.datetime(2024, 2, 22, 19, 0),
     "Adatdesztilláció, transzfertanulás, aktív címkézés.\n\n" + T("2006.05929") + " – https://arxiv.org/abs/2006.05929v3\n"
     + T("1912.11370") + " – https://arxiv.org/abs/1912.11370\n" + T("2103.14339") + " (orvosi képek, címkézési költség)\n\n"
     "A demó notebook a Colabon érhető el, a link a kommentekben."),
    ("Budapest ML Meetup #32 – Villámelőadások", 1534, dt.datetime(2024, 2, 22, 20, 10),
     "Három rövid előadás:\n1. Nagy Bence: gyorsabb és könnyebb transformerek – " + T("2103.14636") +
     " https://arxiv.org/pdf/2103.14636.pdf\n2. Farkas Dóra: tudásgráfok és lekérdezések – " + T("2011.03459") +
     " (ICLR 2021)\n3. Horváth Máté: MLOps a kisvállalatnál (nincs cikk, csak tapasztalat)"),
    ("Meetup kedvcsináló 2024 tavasz", 94, dt.datetime(2024, 3, 1, 9, 0),
     "Tavaszi program, helyszínek és időpontok: https://meetup-ml.example.hu/"),
]


def vid(t):
    return base64.urlsafe_b64encode(hashlib.sha1(t.encode()).digest()).decode()[:11]


def ep(d):
    return int(d.replace(tzinfo=dt.timezone.utc).timestamp())


def build():
    L = [PS + f"curl -s '{HOST}/api/v1/playlists/{PL}' | jq '{{title, author, videoCount, updated}}'"]
    L += json.dumps({"title": "Budapest ML Meetup – előadások", "author": "Budapest ML Meetup",
                     "videoCount": len(VIDEOS), "updated": ep(max(v[2] for v in VIDEOS))}, indent=2, ensure_ascii=False).split("\n")
    L += [PS + f"curl -s '{HOST}/api/v1/playlists/{PL}' | jq -r '.videos[] | [.index, .videoId, .lengthSeconds, .title] | @tsv'"]
    L += [f"{i}\t{vid(v[0])}\t{v[1]}\t{v[0]}" for i, v in enumerate(VIDEOS)]
    for i in (0, 2):
        v = VIDEOS[i]
        L += [PS + f"curl -s '{HOST}/api/v1/videos/{vid(v[0])}?fields=title,lengthSeconds,published' | jq ."]
        L += json.dumps({"title": v[0], "lengthSeconds": v[1], "published": ep(v[2])}, indent=2, ensure_ascii=False).split("\n")
        L += [PS + f"curl -s '{HOST}/api/v1/videos/{vid(v[0])}?fields=description' | jq -r .description"] + v[3].split("\n")
    for i in (1, 3):
        v = VIDEOS[i]
        L += [PS + f"curl -s '{HOST}/api/v1/videos/{vid(v[0])}?fields=description' | jq -r .description"] + v[3].split("\n")
    L.append(PS)
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
