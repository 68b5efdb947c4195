#!/usr/bin/env python3
"""Builds digests/176_negative_ytdlp_flat_playlist_seminar_recordings.json: a negative control. The output of
`yt-dlp -J --flat-playlist "https://www.youtube.com/playlist?list=…"` for a department's ML systems seminar
recordings: one line of json.dumps (ASCII-escaped, ", "/": " separators), the playlist fields (id, title,
availability, channel_follower_count, description with \\n and \\u escapes, tags, thumbnails, modified_date,
view_count, playlist_count, channel/uploader fields, _type "playlist", entries, extractor_key "YoutubeTab",
webpage_url…, epoch, __files_to_move, _version) and flat "url" entries (ie_key, id, url, title, description null,
duration as a float, channel fields, thumbnails with sqp/rs query strings, view_count, live_status…).

No paper is referenced: the talk titles are talks (some phrased like paper titles), the links are the seminar
page, a form, slides folders and the channel; the id-like numbers are an AV booking reference 0013.27744 (month 13),
durations like 3611.0, view counts, epochs and an 11-character video id per talk. Everything is invented."""
import hashlib, json, os

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "176_negative_ytdlp_flat_playlist_seminar_recordings.json")
A = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def vid(seed, n=11):
    h = hashlib.sha256(seed.encode()).digest()
    s = "".join(A[b % 64] for b in h[:n])
    return s[:-1] + "AEIMQUYcgkosw048"[h[-1] % 16]


CH_ID = "UCv" + vid("channel", 21) + "Q"
CH = "TU Vellmar CS Colloquia"
UP = "@tuvellmar-cs"


def thumbs(v):
    return [{"url": f"https://i.ytimg.com/vi/{v}/hqdefault.jpg?sqp=-oaymwEbCKgBEF5IVfKriqkDDggBFQAAiEIYAXABwAEG&rs=AOn4CLD{vid(v + 'a', 27)}",
             "height": 94, "width": 168},
            {"url": f"https://i.ytimg.com/vi/{v}/hqdefault.jpg?sqp=-oaymwEbCMQBEG5IVfKriqkDDggBFQAAiEIYAXABwAEG&rs=AOn4CLB{vid(v + 'b', 27)}",
             "height": 110, "width": 196},
            {"url": f"https://i.ytimg.com/vi/{v}/hqdefault.jpg?sqp=-oaymwEcCPYBEIoBSFXyq4qpAw4IARUAAIhCGAFwAcABBg==&rs=AOn4CLA{vid(v + 'c', 27)}",
             "height": 138, "width": 246},
            {"url": f"https://i.ytimg.com/vi/{v}/hqdefault.jpg?sqp=-oaymwEcCNACELwBSFXyq4qpAw4IARUAAIhCGAFwAcABBg==&rs=AOn4CLC{vid(v + 'd', 27)}",
             "height": 188, "width": 336}]


TALKS = [
    ("MLSys Seminar #1 \u2014 Scheduling LLM Inference on Heterogeneous GPU Pools (Dr. Aylin Karaca)", 3611.0, 1843),
    ("MLSys Seminar #2 \u2014 What Your Loss Curve Is Not Telling You", 3402.0, 2210),
    ("MLSys Seminar #3 \u2014 Compilers for Sparse Tensors: A Practitioner's View", 3987.0, 911),
    ("MLSys Seminar #4 \u2014 Checkpointing at 10,000 GPUs: Lessons From a Failed Run", 3745.0, 3307),
    ("MLSys Seminar #5 \u2014 Panel: Is Open-Weight Training Still Possible in Academia?", 5401.0, 1478),
    ("MLSys Seminar #6 \u2014 Data Loaders Are the New Bottleneck (J\u00f6rg Stenzel)", 3288.0, 752),
    ("MLSys Seminar #7 \u2014 Energy Accounting for Training Runs, Without the Hand-Waving", 3550.0, 640),
    ("MLSys Seminar #8 \u2014 Serving Many Adapters on One Base Model: A Systems Perspective", 3719.0, 2881),
    ("[Holiday special] MLSys Seminar #9 \u2014 Students' Lightning Talks", 4822.0, 433),
    ("MLSys Seminar #10 \u2014 Verifying Numerical Kernels Before They Verify You", 3177.0, 389),
    ("MLSys Seminar #11 \u2014 Quantisation in Production: Three Case Studies from Industry (Mei-Ling Sato)", 3933.0, 1596),
    ("MLSys Seminar #12 \u2014 Fault-Tolerant Pipelines for Scientific Foundation Models", 3468.0, 0),
]

entries = []
for i, (t, dur, views) in enumerate(TALKS):
    v = vid(f"talk{i}")
    entries.append({"_type": "url", "ie_key": "Youtube", "id": v, "url": f"https://www.youtube.com/watch?v={v}",
                    "title": t, "description": None, "duration": dur, "channel_id": CH_ID, "channel": CH,
                    "channel_url": f"https://www.youtube.com/channel/{CH_ID}", "uploader": CH, "uploader_id": UP,
                    "uploader_url": f"https://www.youtube.com/{UP}", "thumbnails": thumbs(v), "timestamp": None,
                    "release_timestamp": None, "availability": None, "view_count": views,
                    "live_status": "is_upcoming" if views == 0 else None, "channel_is_verified": None,
                    "__x_forwarded_for_ip": None})

PL = "PL" + vid("playlist", 32)
desc = ("Recordings of the ML Systems Seminar, Winter term 2023/24, Thursdays 16:15\u201317:45, room E1.04 "
        "(hybrid).\n\nSchedule, abstracts and speaker bios: https://cs.tu-vellmar.example.de/mlsys-seminar/\n"
        "Slides (where speakers agreed): https://drive.example.com/drive/folders/1q9ZkT0mVbX3rLwN8sYdPe2HfGcA5uJoI\n"
        "Suggest a speaker: https://forms.example.com/mlsys-speaker-form\n\n"
        "Recordings are edited by the AV team (booking ref. 0013.27744); if a talk is missing, the speaker did not "
        "consent to publication.\n\nOrganised by Prof. Ruth Abendroth & Dr. Kwame Mensah-Bonsu.")
pl_thumbs = [{"url": f"https://i.ytimg.com/vi/{entries[0]['id']}/hqdefault.jpg?sqp=-oaymwEWCKgBEF5IWvKriqkDCQgBFQAAiEIYAQ==&rs=AOn4CLAv{vid('plt', 26)}",
              "height": 94, "width": 168, "id": "0", "resolution": "168x94"},
             {"url": f"https://i.ytimg.com/vi/{entries[0]['id']}/hqdefault.jpg?sqp=-oaymwEWCMQBEG5IWvKriqkDCQgBFQAAiEIYAQ==&rs=AOn4CLBk{vid('plt2', 26)}",
              "height": 110, "width": 196, "id": "1", "resolution": "196x110"}]
doc = {"id": PL, "title": "ML Systems Seminar \u2014 Winter 2023/24", "availability": None,
       "channel_follower_count": None, "description": desc, "tags": [], "thumbnails": pl_thumbs,
       "modified_date": "20240118", "view_count": 6120, "playlist_count": len(entries), "channel": CH,
       "channel_id": CH_ID, "uploader_id": UP, "uploader": CH, "channel_url": f"https://www.youtube.com/channel/{CH_ID}",
       "uploader_url": f"https://www.youtube.com/{UP}", "_type": "playlist", "entries": entries,
       "extractor_key": "YoutubeTab", "extractor": "youtube:tab",
       "webpage_url": f"https://www.youtube.com/playlist?list={PL}", "original_url": f"https://www.youtube.com/playlist?list={PL}",
       "webpage_url_basename": "playlist", "webpage_url_domain": "youtube.com", "release_year": None,
       "epoch": 1706091123, "__files_to_move": {},
       "_version": {"version": "2023.12.30", "current_git_head": None,
                    "release_git_head": "f10589e3453009bb523f55849bba144c9b91cf2a", "repository": "yt-dlp/yt-dlp"}}

with open(OUT, "w", encoding="ascii", newline="\n") as fh:
    fh.write(json.dumps(doc) + "\n")
