#!/usr/bin/env python3
"""1376 (negative control): a terminal session (Bengali): a Dhaka-like lab's video volunteer (অর্পিতা দাস, `arpita`)
runs `for f in *; do ffprobe -hide_banner "$f"; done` over the seminar-recordings folder on the lab's NAS, to check
the tags before uploading: an MP4 from the lab's recorder, an OBS Matroska file, a guest talk, a podcast M4A, a course
lecture, and the folder's index text file (which ffprobe's tty demuxer opens as ANSI art). Layout as remembered of
ffmpeg 6: `Input #0, <demuxers>, from '<file>':`, `  Metadata:` with keys padded to 16 columns and multi-line values
continued under an empty key, `  Duration: …, start: …, bitrate: …`, `  Stream #0:N[0xID](lang): …` lines (DAR from
the size and SAR), stream metadata four columns deeper. Talks, a workshop, a podcast, a course lecture, slides, code
repositories, datasets, a textbook and people are named — and no paper, no arXiv-shaped id."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F1376

MP4 = "mov,mp4,m4a,3gp,3g2,mj2"


def meta(tags, indent):
    out = [f"{indent}Metadata:"]
    for k, v in tags:
        lines = v.split("\n")
        out.append(f"{indent}  {k:<16}: {lines[0]}")
        out += [f"{indent}  {'':<16}: {l}" for l in lines[1:]]
    return out


def v_mp4(size, fps, kbs, tbn, sid="0x1"):
    w, h = size
    return (f"  Stream #0:0[{sid}](und): Video: h264 (High) (avc1 / 0x31637661), yuv420p(tv, bt709, progressive), "
            f"{w}x{h} [SAR 1:1 DAR 16:9], {kbs} kb/s, {fps} fps, {fps} tbr, {tbn} tbn (default)")


def a_mp4(rate, kbs, sid="0x2", n=1):
    return f"  Stream #0:{n}[{sid}](und): Audio: aac (LC) (mp4a / 0x6134706D), {rate} Hz, stereo, fltp, {kbs} kb/s (default)"


HANDLERS = lambda kind: meta([("handler_name", kind), ("vendor_id", "[0][0][0][0]")], "    ")
F = []
# 1. the lab recorder's MP4
F.append([f"Input #0, {MP4}, from '০১-ল্যাব-পরিচিতি-সভা.mp4':"] + meta([
    ("major_brand", "isom"), ("minor_version", "512"), ("compatible_brands", "isomiso2avc1mp41"),
    ("title", "ল্যাব পরিচিতি সভা — বসন্ত ২০২৪"), ("artist", "অর্পিতা দাস"), ("date", "2024-01-18"),
    ("comment", "স্লাইড: https://drive.bhasha-lab.example.bd/s/pK3r9Qe\nকোড: https://github.com/bhasha-lab-bd/seminar-tools\nপরের সভা: ২৫ জানুয়ারি, কক্ষ ৩০৭"),
    ("encoder", "Lavf60.16.100")], "  ") +
    ["  Duration: 00:48:12.37, start: 0.000000, bitrate: 2214 kb/s", v_mp4((1920, 1080), 30, 2078, 15360)] +
    HANDLERS("VideoHandler") + [a_mp4(48000, 128)] + HANDLERS("SoundHandler"))
# 2. an OBS recording (Matroska)
F.append(["Input #0, matroska,webm, from '০২-টোকেনাইজার-কর্মশালা.mkv':"] + meta([("ENCODER", "Lavf58.76.100")], "  ") +
    ["  Duration: 01:31:05.80, start: 0.000000, bitrate: 3120 kb/s",
     "  Stream #0:0: Video: h264 (High), yuv420p(tv, bt709, progressive), 1920x1080 [SAR 1:1 DAR 16:9], 60 fps, 60 tbr, 1k tbn (default)"] +
    meta([("DURATION", "01:31:05.783000000")], "    ") +
    ["  Stream #0:1: Audio: aac (LC), 48000 Hz, stereo, fltp (default)"] +
    meta([("title", "Mic/Aux"), ("DURATION", "01:31:05.803000000")], "    "))
# 3. a guest talk
F.append([f"Input #0, {MP4}, from '০৩-অতিথি-বক্তৃতা-বাংলা-ভাষা-প্রযুক্তি.mp4':"] + meta([
    ("major_brand", "isom"), ("minor_version", "512"), ("compatible_brands", "isomiso2avc1mp41"),
    ("title", "বাংলা ভাষা প্রযুক্তির দশ বছর: কী শিখলাম"), ("artist", "ড. ফারহানা রহমান (অতিথি বক্তা)"),
    ("date", "2024-02-22"),
    ("comment", "বক্তৃতা, কোনো প্রবন্ধ নয়। উল্লেখিত ডেটাসেট: বাংলা উইকিপিডিয়া ডাম্প (২০২৪-০২-০১), OSCAR-এর বাংলা অংশ।\nপ্রশ্নোত্তর শুরু ৫৪:১০ থেকে।"),
    ("encoder", "Lavf60.16.100")], "  ") +
    ["  Duration: 01:05:41.12, start: 0.000000, bitrate: 1498 kb/s", v_mp4((1280, 720), 25, 1362, 12800)] +
    HANDLERS("VideoHandler") + [a_mp4(44100, 128)] + HANDLERS("SoundHandler"))
# 4. the podcast
F.append([f"Input #0, {MP4}, from '০৪-পডকাস্ট-পর্ব-১২.m4a':"] + meta([
    ("major_brand", "M4A "), ("minor_version", "512"), ("compatible_brands", "M4A isomiso2"),
    ("title", "পর্ব ১২: গবেষণাগারে প্রথম বছর"), ("artist", "সৌমিক ও রাকিব"), ("album", "ভাষা ল্যাব পডকাস্ট"),
    ("track", "12"), ("genre", "Podcast"), ("date", "2024"),
    ("comment", "এই পর্বে: প্রথম বছরের অভিজ্ঞতা, Open LLM Leaderboard নিয়ে আড্ডা, sentencepiece আর Hugging Face tokenizers লাইব্রেরির তুলনা (সফটওয়্যার)।\nআমাদের গিটহাব: https://github.com/bhasha-lab-bd — পর্বের নোট: https://wiki.bhasha-lab.example.bd/podcast/12"),
    ("encoder", "Lavf60.16.100")], "  ") +
    ["  Duration: 00:37:59.49, start: 0.000000, bitrate: 129 kb/s",
     "  Stream #0:0[0x1](und): Audio: aac (LC) (mp4a / 0x6134706D), 44100 Hz, stereo, fltp, 127 kb/s (default)"] +
    HANDLERS("SoundHandler"))
# 5. a course lecture
F.append([f"Input #0, {MP4}, from '০৫-কোর্স-লেকচার-৭-কনভলিউশন.mp4':"] + meta([
    ("major_brand", "isom"), ("minor_version", "512"), ("compatible_brands", "isomiso2avc1mp41"),
    ("title", "CSE 4261 লেকচার ৭: কনভলিউশনাল নেটওয়ার্ক"), ("artist", "রাকিব হাসান"), ("date", "2024-03-05"),
    ("comment", "পাঠ্য: Dive into Deep Learning, অধ্যায় ৭ (বই)। অনুশীলনী: CIFAR-10 ও MNIST।\nস্ট্যানফোর্ডের CS231n নোটও দেখুন (কোর্স)।"),
    ("encoder", "Lavf60.16.100")], "  ") +
    ["  Duration: 01:18:27.03, start: 0.000000, bitrate: 1187 kb/s", v_mp4((1920, 1080), 30, 1053, 15360)] +
    HANDLERS("VideoHandler") + [a_mp4(48000, 128)] + HANDLERS("SoundHandler"))
# 6. the index text file, opened by the tty demuxer
F.append(["Input #0, tty, from 'সূচি.txt':", "  Duration: 00:00:00.12, bitrate: N/A",
          "  Stream #0:0: Video: ansi, pal8, 640x400, 25 fps, 25 tbr, 25 tbn"])

P = "arpita@bhasha-nas:/srv/seminar/2024$ "
text = P + 'for f in *; do ffprobe -hide_banner "$f"; done\n' + "".join("\n".join(b) + "\n" for b in F) + P + "\n"
write(F1376, text, negative=True)
