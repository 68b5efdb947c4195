#!/usr/bin/env python3
"""1633: the "iTunes Library.xml" of a Japanese student who follows a paper podcast ("論文ラジオ") in iTunes for
Windows: a plist 1.0 dict (Major / Minor Version, Date, Application Version, Features, Show Content Ratings, Music
Folder, Library Persistent ID), the Tracks dict (one dict per track keyed by its Track ID, one `<key>..</key><type>..`
line each, tab indentation, &#38; style escapes) and the Playlists array (the master library, Podcasts and a user
playlist). Sizes (bit rate × total time + a 4 KiB tag), Locations (percent-encoded file URLs), Persistent IDs (from
hashes) and the playlists' items are computed from the modelled library."""
import datetime as dt, hashlib, os, sys
from urllib.parse import quote
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1633)
USER = "yuki"
MEDIA = f"file://localhost/C:/Users/{USER}/Music/iTunes/iTunes%20Media/"
POD = "論文ラジオ"
# track id, name, artist, album, genre, total ms, added, release, comments, podcast?, played
TRACKS = [
    (1203, "#41 CLIPを読み直す", "論文ラジオ", POD, "Podcast", 2712000, "2024-01-15T21:03:11Z", "2024-01-15T03:00:00Z",
     f"今回は{T('2103.00020')}を読み直しました。https://arxiv.org/abs/2103.00020 ／ 比較として{T('2102.05918')}（ALIGN）にも少し触れています。", True, 1),
    (1207, "#42 LLaVAと視覚指示チューニング", "論文ラジオ", POD, "Podcast", 3020000, "2024-01-29T20:41:52Z", "2024-01-29T03:00:00Z",
     f"論文: {T('2304.08485')} https://arxiv.org/abs/2304.08485 。前段として{T('2106.13884')}（Frozen、NeurIPS 2021）を紹介。", True, 1),
    (1211, "#43 SigLIPとバッチサイズ", "論文ラジオ", POD, "Podcast", 2485000, "2024-02-12T22:15:03Z", "2024-02-12T03:00:00Z",
     f"{T('2303.15343')} https://arxiv.org/abs/2303.15343v1 。open_clipでの再現の話は番組後半。", True, 0),
    (1215, "#44 Segment Anything", "論文ラジオ", POD, "Podcast", 2891000, "2024-02-26T21:30:40Z", "2024-02-26T03:00:00Z",
     f"論文: {T('2304.02643')}（https://arxiv.org/abs/2304.02643）。SA-1Bデータセットとデモサイトの話も。", True, 0),
    (1219, "#45 ロボットとVLA", "論文ラジオ", POD, "Podcast", 3305000, "2024-03-11T20:58:19Z", "2024-03-11T03:00:00Z",
     f"{T('2307.15818')}（arXiv:2307.15818）。おまけ: {T('2308.04079')}（SIGGRAPH 2023）のデモ動画の感想。", True, 0),
    (1302, "研究室ゼミ 2024-03-06 録音", "M1 山田", "ゼミ録音", "Voice Memo", 4120000, "2024-03-06T18:22:07Z", None,
     "ゼミ発表の練習。スライドは研究室のDriveにあります。", False, 1),
]


def e(s):
    return s.replace("&", "&#38;").replace("<", "&#60;").replace(">", "&#62;").replace('"', "&#34;")


def pid(s):
    return hashlib.md5(s.encode()).hexdigest()[:16].upper()


def size(ms, kbps=128):
    return kbps * 125 * ms // 1000 + 4096


def loc(t):
    folder = "Podcasts/" + quote(t[3]) if t[9] else "Voice%20Memos"
    return MEDIA + folder + "/" + quote(t[1].replace("#", "").replace(" ", "_")) + ".mp3"


def build():
    L = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<!DOCTYPE plist PUBLIC "-//Apple Computer//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
         '<plist version="1.0">', "<dict>",
         "\t<key>Major Version</key><integer>1</integer>", "\t<key>Minor Version</key><integer>1</integer>",
         "\t<key>Date</key><date>2024-03-12T13:04:55Z</date>", "\t<key>Application Version</key><string>12.13.1.3</string>",
         "\t<key>Features</key><integer>5</integer>", "\t<key>Show Content Ratings</key><true/>",
         f"\t<key>Music Folder</key><string>{MEDIA}</string>",
         f"\t<key>Library Persistent ID</key><string>{pid('library-' + USER)}</string>", "\t<key>Tracks</key>", "\t<dict>"]
    for t in TRACKS:
        tid, name, artist, album, genre, ms, added, rel, com, podcast, played = t
        L += [f"\t\t<key>{tid}</key>", "\t\t<dict>", f"\t\t\t<key>Track ID</key><integer>{tid}</integer>",
              f"\t\t\t<key>Name</key><string>{e(name)}</string>", f"\t\t\t<key>Artist</key><string>{e(artist)}</string>",
              f"\t\t\t<key>Album</key><string>{e(album)}</string>", f"\t\t\t<key>Genre</key><string>{e(genre)}</string>",
              "\t\t\t<key>Kind</key><string>MPEG audio file</string>", f"\t\t\t<key>Size</key><integer>{size(ms)}</integer>",
              f"\t\t\t<key>Total Time</key><integer>{ms}</integer>", f"\t\t\t<key>Year</key><integer>{added[:4]}</integer>",
              f"\t\t\t<key>Date Modified</key><date>{added}</date>", f"\t\t\t<key>Date Added</key><date>{added}</date>",
              "\t\t\t<key>Bit Rate</key><integer>128</integer>", "\t\t\t<key>Sample Rate</key><integer>44100</integer>"]
        if rel: L.append(f"\t\t\t<key>Release Date</key><date>{rel}</date>")
        L.append(f"\t\t\t<key>Comments</key><string>{e(com)}</string>")
        if played: L += [f"\t\t\t<key>Play Count</key><integer>{played}</integer>"]
        L += [f"\t\t\t<key>Persistent ID</key><string>{pid(str(tid) + name)}</string>", "\t\t\t<key>Track Type</key><string>File</string>"]
        if podcast: L.append("\t\t\t<key>Podcast</key><true/>")
        if podcast and not played: L.append("\t\t\t<key>Unplayed</key><true/>")
        L += [f"\t\t\t<key>Location</key><string>{loc(t)}</string>", "\t\t\t<key>File Folder Count</key><integer>5</integer>",
              "\t\t\t<key>Library Folder Count</key><integer>1</integer>", "\t\t</dict>"]
    L += ["\t</dict>", "\t<key>Playlists</key>", "\t<array>"]
    PL = [("ライブラリ", 2001, [t[0] for t in TRACKS], ["\t\t\t<key>Master</key><true/>", "\t\t\t<key>Visible</key><false/>"]),
          ("Podcast", 2040, [t[0] for t in TRACKS if t[9]], ["\t\t\t<key>Distinguished Kind</key><integer>10</integer>", "\t\t\t<key>Podcasts</key><true/>"]),
          ("通学中に聞く", 2107, [1219, 1215, 1211], [])]
    for name, plid, items, extra in PL:
        L += ["\t\t<dict>", f"\t\t\t<key>Name</key><string>{e(name)}</string>", "\t\t\t<key>Description</key><string></string>"]
        L += extra[:1] + [f"\t\t\t<key>Playlist ID</key><integer>{plid}</integer>",
                          f"\t\t\t<key>Playlist Persistent ID</key><string>{pid('pl' + name)}</string>"] + extra[1:]
        L += ["\t\t\t<key>All Items</key><true/>", "\t\t\t<key>Playlist Items</key>", "\t\t\t<array>"]
        for i in items:
            L += ["\t\t\t\t<dict>", f"\t\t\t\t\t<key>Track ID</key><integer>{i}</integer>", "\t\t\t\t</dict>"]
        L += ["\t\t\t</array>", "\t\t</dict>"]
    L += ["\t</array>", "</dict>", "</plist>"]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
