#!/usr/bin/env python3
"""1656 (negative): a Chinese student's NewPipe subscriptions export (Settings > Content > Export subscriptions:
`newpipe_subscriptions_YYYYMMDD_HHMM.json`), the app's one-line JSON: app_version, app_version_int and the
subscriptions list (service_id — 0 YouTube, 1 SoundCloud, 3 PeerTube, 4 Bandcamp —, channel url, name). Channel ids
come from hashes; the names are invented channels (cooking, cycling, a course's recordings, music, a university
channel) — no paper."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num

F = by_num(1656)
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
uc = lambda s: "UC" + "".join(B64[b % 64] for b in hashlib.sha256(s.encode()).digest()[:22])
YT = ["老王的厨房日记", "骑行西湖 Cycling Hangzhou", "小林学长的考研笔记", "机器学习公开课 2023 秋季 录播", "深夜编程电台",
      "云溪大学视觉组 Lab Vlog", "吉他入门 · 每天十分钟", "猫咪日常 Miaomiao", "Python 数据分析实战", "纪录片精选频道"]
SUBS = [{"service_id": 0, "url": f"https://www.youtube.com/channel/{uc(n)}", "name": n} for n in YT]
SUBS.insert(3, {"service_id": 1, "url": "https://soundcloud.com/lofi-yunzhong", "name": "云中 lofi"})
SUBS.insert(7, {"service_id": 3, "url": "https://video.example.social/video-channels/kaiyuan_jiangtang", "name": "开源讲堂"})
SUBS.append({"service_id": 4, "url": "https://xiaoyu-band.bandcamp.com", "name": "小雨乐队"})


def build():
    return json.dumps({"app_version": "0.26.1", "app_version_int": 996, "subscriptions": SUBS},
                      ensure_ascii=False, separators=(",", ":"))


if __name__ == "__main__":
    write(F, build(), negative=True)
