#!/usr/bin/env python3
"""1134: a mosquitto_sub capture (Vietnamese): a Hanoi lab's "bài báo của ngày" service publishes a paper each
morning on MQTT; a student kept two weeks of it with `mosquitto_sub -F '%I %t %p' | tee`. Each line: the ISO-8601
time with offset (`%I`), the topic, the payload (compact JSON on …/today, plain text on …/status and …/comments,
an integer on …/votes/<id>); times increase; topics match the filter; votes count the `+1` comments for the paper,
computed here."""
import datetime as dt, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F1134, keys, LENET

TZ = dt.timezone(dt.timedelta(hours=7))
days = [  # (day, key or title, link field, ref field, note)
 (4, "2010.11929", "https://openreview.net/forum?id=YicbFdNTTy", None, "ViT: chia ảnh thành patch 16x16 và dùng Transformer thuần."),
 (5, LENET, None, None, "Bài kinh điển của LeCun và cộng sự (Proc. IEEE 1998) — LeNet-5 và MNIST."),
 (6, "2201.03545", "https://arxiv.org/abs/2201.03545", None, "ConvNeXt: hiện đại hoá ResNet theo kiểu Swin, CNN vẫn cạnh tranh."),
 (7, "2010.08515", None, None, "Lý thuyết: vì sao CNN cần ít mẫu hơn mạng kết nối đầy đủ (" + au("2010.08515", 3, "") + ")."),
 (8, "2104.00298", None, "arXiv:2104.00298", "EfficientNetV2: progressive learning, Fused-MBConv."),
 (11, "2010.04159", "https://arxiv.org/pdf/2010.04159.pdf", None, "Deformable DETR hội tụ nhanh hơn DETR gốc khoảng 10 lần."),
 (12, "2103.14167", "https://arxiv.org/abs/2103.14167", None, "COTR: tìm điểm tương ứng giữa hai ảnh bằng Transformer."),
 (13, "2103.14146", None, None, "Mô tả và định vị nhiều thay đổi giữa hai ảnh; có bộ dữ liệu mới."),
]
title = lambda k: k if k == LENET else T(k)
out = ["$ mosquitto_sub -h mqtt.lab.example.vn -p 8883 --cafile ca.crt -u thu.nguyen -P '********' "
       "-t 'lab/baibao/#' -F '%I %t %p' | tee -a baibao-2024-03.log"]
votes = {}
for day, k, link, ref, note in days:
    pid = f"2024-03-{day:02d}"
    base = dt.datetime(2024, 3, day, 7, 30, 0, tzinfo=TZ)
    stamp = lambda d: d.strftime("%Y-%m-%dT%H:%M:%S%z")
    payload = {"id": pid, "title": title(k), "link": link, "ref": ref, "note": note, "lang": "vi"}
    out.append(f"{stamp(base)} lab/baibao/status online")
    out.append(f"{stamp(base + dt.timedelta(seconds=2))} lab/baibao/today " + json.dumps(payload, ensure_ascii=False, separators=(",", ":")))
    cm = {4: ["+1 đọc lại lần thứ 3 vẫn hay", "+1"], 6: ["+1 code: github.com/facebookresearch/ConvNeXt"],
          8: ["Có ai so sánh với RegNet chưa?", "+1"], 11: ["+1", "+1 tuần sau nhóm đọc trình bày"],
          13: ["dataset này tải ở đâu vậy?"]}.get(day, [])
    n = 0
    for j, c in enumerate(cm):
        out.append(f"{stamp(base + dt.timedelta(minutes=12 + j * 37, seconds=j * 11))} lab/baibao/comments/{pid} {c}")
        n += c.startswith("+1")
        out.append(f"{stamp(base + dt.timedelta(minutes=12 + j * 37, seconds=j * 11 + 1))} lab/baibao/votes/{pid} {n}")
    if day == 8:
        out.append(f"{stamp(base + dt.timedelta(hours=10))} lab/baibao/status offline (bảo trì máy chủ)")
out.append("^C")
write_only(F1134, "\n".join(out) + "\n", keys(F1134))
