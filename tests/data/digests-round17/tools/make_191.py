#!/usr/bin/env python3
"""Builds digests/191_chrome_bookmarks_json_generative_3d_vision.json: Chrome's "Bookmarks" file from a profile
directory (~/.config/google-chrome/Default/Bookmarks on Linux), copied out and given a .json name. Written the way
Chromium's BookmarkCodec and base::JSONWriter (pretty print) write it: three-space indentation, '"key": value',
dictionary keys in sorted order (base::Value dicts are sorted maps), lists as "[ {" … "}, {" … "} ]" with the items
at the list's own depth and "[  ]" when empty, "<" escaped as \\u003C, other non-ASCII as UTF-8, "\\n" line ends
and a final newline. Top level: checksum, roots (bookmark_bar, other, synced: the three permanent folders with their
fixed GUIDs and ids 1, 2, 3), version 1. Nodes: children (folders), date_added, date_last_used, date_modified
(folders), guid (v4 UUIDs for user nodes), id (string, unique), meta_info (some), name, type, url. Timestamps are
Chrome times (microseconds since 1601-01-01 UTC) as strings. The checksum is Chromium's: MD5 over, in encode order,
each url node's id, title (UTF-16LE), "url" and url, and each folder's id, title (UTF-16LE) and "folder".

Evidence: arXiv abs pages titled "[ID] Title", a Hugging Face paper page "Paper page - Title", an arXiv pdf renamed by
hand, an OpenReview forum page "Title | OpenReview" (link), a bookmark to a GitHub repository named with the title
and "arXiv 2103.14146" (arxiv-text), NeurIPS/CVF pages, a Semantic Scholar page and a project page named with titles
(title-only). Non-papers: docs, repositories, a course, a YouTube lecture, a dataset page, arXiv listing and search
pages, a Colab notebook. Everything except titles and ids is invented (dates, GUIDs, proceedings hashes, S2 hash)."""
import hashlib, json, os, uuid
from datetime import datetime, timezone

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "191_chrome_bookmarks_json_generative_3d_vision.json")
BASE = datetime(1601, 1, 1, tzinfo=timezone.utc)


def ctime(ts):
    dt = datetime.strptime(ts, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc)
    us = int((dt - BASE).total_seconds()) * 1_000_000 + int(hashlib.md5(ts.encode()).hexdigest()[:5], 16) % 1_000_000
    return str(us)


def guid(seed):
    return str(uuid.UUID(bytes=hashlib.md5(seed.encode()).digest(), version=4))


# (name, url, added, last_used or None)  |  ("folder", name, added, modified, [children])
TREE = {
    "bookmark_bar": [
        ("Gmail", "https://mail.google.com/mail/u/0/#inbox", "2022-09-01 08:02:11", "2024-03-11 07:55:02"),
        ("folder", "diffusion", "2023-01-09 10:14:40", "2024-02-27 21:40:13", [
            ("[2112.10752] High-Resolution Image Synthesis with Latent Diffusion Models", "https://arxiv.org/abs/2112.10752",
             "2023-01-09 10:15:02", "2024-02-20 14:03:55"),
            ("Score-Based Generative Modeling through Stochastic Differential Equations | OpenReview",
             "https://openreview.net/forum?id=PxTIG12RRHS", "2023-01-09 10:31:47", "2023-11-02 09:12:20"),
            ("Score-based Generative Modeling in Latent Space", "https://proceedings.neurips.cc/paper/2021/hash/5dca4c6b9e244d24a30b4c45601d9720-Abstract.html",
             "2023-01-11 16:44:05", None),
            ("[PDF] Classifier-Free Diffusion Guidance | Semantic Scholar",
             "https://www.semanticscholar.org/paper/Classifier-Free-Diffusion-Guidance-Ho-Salimans/af9f365ed86614c800f082bd8eb14be76072ad16",
             "2023-01-12 09:20:31", "2023-06-30 18:02:44"),
            ("Paper page - SDXL: Improving Latent Diffusion Models for High-Resolution Image Synthesis",
             "https://huggingface.co/papers/2307.01952", "2023-07-05 08:41:19", "2024-01-08 11:22:07"),
            ("Consistency Models (Song, Dhariwal, Chen, Sutskever) - pdf", "https://arxiv.org/pdf/2303.01469.pdf",
             "2023-03-03 22:10:58", "2024-02-27 21:40:13"),
            ("Diffusers", "https://huggingface.co/docs/diffusers/index", "2023-01-20 13:00:12", "2024-02-01 10:45:38"),
            ("CompVis/stable-diffusion: A latent text-to-image diffusion model", "https://github.com/CompVis/stable-diffusion",
             "2023-01-20 13:02:40", None),
            ("Lecture 17: Diffusion models (Spring 2023) - YouTube", "https://www.youtube.com/watch?v=mYpjmM7O-30",
             "2023-02-14 19:31:05", "2023-02-14 20:55:18"),
        ]),
        ("folder", "3D / NeRF", "2023-03-22 11:05:33", "2024-01-16 15:20:48", [
            ("Zero-1-to-3: Zero-shot One Image to 3D Object - ICCV 2023 paper",
             "https://openaccess.thecvf.com/content/ICCV2023/html/Liu_Zero-1-to-3_Zero-shot_One_Image_to_3D_Object_ICCV_2023_paper.html",
             "2023-10-04 10:12:09", None),
            ("3D Gaussian Splatting for Real-Time Radiance Field Rendering", "https://repo-sam.inria.fr/fungraph/3d-gaussian-splatting/",
             "2023-08-14 17:48:26", "2024-01-16 15:20:48"),
            ("graphdeco-inria/gaussian-splatting", "https://github.com/graphdeco-inria/gaussian-splatting", "2023-08-14 17:49:03", None),
            ("Objaverse 1.0 - download", "https://objaverse.allenai.org/objaverse-1.0/", "2023-10-04 10:20:44", None),
            ("nerfstudio docs", "https://docs.nerf.studio/", "2023-03-22 11:06:10", "2023-09-19 12:00:31"),
        ]),
        ("folder", "matching + segmentation", "2023-04-06 09:00:02", "2023-11-28 16:33:51", [
            ("[2304.02643] Segment Anything", "https://arxiv.org/abs/2304.02643", "2023-04-06 09:00:40", "2023-11-28 16:33:51"),
            ("COTR: Correspondence Transformer for Matching Across Images (ICCV21)",
             "https://openaccess.thecvf.com/content/ICCV2021/html/Jiang_COTR_Correspondence_Transformer_for_Matching_Across_Images_ICCV_2021_paper.html",
             "2023-04-11 14:27:15", None),
            ("Segment Anything demo", "https://segment-anything.com/demo", "2023-04-06 09:02:19", "2023-05-02 10:10:10"),
        ]),
        ("arXiv cs.CV new", "https://arxiv.org/list/cs.CV/new", "2022-10-03 08:30:00", "2024-03-11 08:01:12"),
    ],
    "other": [
        ("folder", "to read (motion / change captioning)", "2023-05-15 20:11:47", "2023-05-16 08:44:29", [
            ("[2103.14338v1] Few-Shot Human Motion Transfer by Personalized Geometry and Texture Modeling",
             "https://arxiv.org/abs/2103.14338v1", "2023-05-15 20:12:30", None),
            ("Describing and Localizing Multiple Changes with Transformers — arXiv 2103.14146 (ICCV'21), code",
             "https://github.com/cvpaperchallenge/Describing-and-Localizing-Multiple-Change-with-Transformers",
             "2023-05-15 20:19:02", None),
            ("arXiv search: change captioning", "https://arxiv.org/search/?query=change+captioning&searchtype=all",
             "2023-05-16 08:44:29", None),
        ]),
        ("Colab: sd_img2img_sweeps.ipynb", "https://colab.research.google.com/drive/1Vd0x3mQk7Nw2aB9cE5fG6hJ8kL4pRsTu",
         "2023-02-02 22:41:10", "2023-02-09 23:05:40"),
        ("Deep Generative Models course - Stanford CS236", "https://deepgenerativemodels.github.io/", "2023-01-09 10:09:55", None),
    ],
    "synced": [
        ("Gaussian splatting explained in 10 min", "https://www.youtube.com/watch?v=HVv_IQKlafQ", "2023-09-02 07:45:18", None),
    ],
}
ROOTS = {"bookmark_bar": ("1", "Bookmarks bar", "0bc5d13f-2cba-5d74-951f-3f233fe6c908", "2022-09-01 08:00:00"),
         "other": ("2", "Other bookmarks", "82b081ec-3dd3-529c-8475-ab6c344590dd", "2022-09-01 08:00:00"),
         "synced": ("3", "Mobile bookmarks", "4cf2e351-0e85-532b-bb37-df045d8f8d0f", "2022-09-01 08:00:00")}


class Enc:
    def __init__(self):
        self.next_id = 4
        self.md5 = hashlib.md5()

    def upd(self, *parts):
        for p in parts:
            self.md5.update(p)

    def node(self, n):
        nid = str(self.next_id)
        self.next_id += 1
        if n[0] == "folder":
            _, name, added, modified, kids = n
            self.upd(nid.encode(), name.encode("utf-16-le"), b"folder")
            d = {"children": [self.node(k) for k in kids], "date_added": ctime(added), "date_last_used": "0",
                 "date_modified": ctime(modified), "guid": guid(name), "id": nid, "name": name, "type": "folder"}
            return d
        name, url, added, used = n
        self.upd(nid.encode(), name.encode("utf-16-le"), b"url", url.encode())
        d = {"date_added": ctime(added), "date_last_used": ctime(used) if used else "0", "guid": guid(url), "id": nid}
        if used:
            d["meta_info"] = {"last_visited_desktop": ctime(used)}
        d.update({"name": name, "type": "url", "url": url})
        return d


def build():
    e = Enc()
    roots = {}
    # ids are assigned in encode order within each root, permanent folders first
    for key in ("bookmark_bar", "other", "synced"):
        rid, title, g, added = ROOTS[key]
        e.upd(rid.encode(), title.encode("utf-16-le"), b"folder")
        kids = [e.node(k) for k in TREE[key]]
        mod = max([k.get("date_added") for k in kids] or ["0"], key=int)
        roots[key] = {"children": kids, "date_added": ctime(added), "date_last_used": "0", "date_modified": mod,
                      "guid": g, "id": rid, "name": title, "type": "folder"}
    doc = {"checksum": e.md5.hexdigest(), "roots": roots, "version": 1}
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        fh.write(chrome_json(doc) + "\n")


def chrome_json(o, depth=0):
    """base::JSONWriter with OPTIONS_PRETTY_PRINT"""
    if isinstance(o, dict):
        items = [("   " * (depth + 1)) + esc(k) + ": " + chrome_json(v, depth + 1) for k, v in sorted(o.items())]
        return "{\n" + ",\n".join(items) + "\n" + "   " * depth + "}"
    if isinstance(o, list):
        return "[ " + ", ".join(chrome_json(v, depth) for v in o) + " ]"
    if isinstance(o, str):
        return esc(o)
    return json.dumps(o)


def esc(s):
    return json.dumps(s, ensure_ascii=False).replace("<", "\\u003C").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


if __name__ == "__main__":
    build()
