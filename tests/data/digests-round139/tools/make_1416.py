#!/usr/bin/env python3
"""1416 (negative control): a lab print server's CUPS page_log (Thai university lab, LF line ends, one line per job as
CUPS 2.x's default PageLogFormat writes it: `%p %u %j %T %P %C %{job-billing} %{job-originating-host-name}
%{job-name} %{media} %{sides}` — printer, user, job id, [dd/Mon/yyyy:HH:MM:SS +0700], `total`, pages, billing `-`,
host, the job name as the client sent it (spaces kept, so the line cannot be split naively), media, sides). Jobs come
from Linux desktops (file names, `(stdin)`), Chrome (page titles), Word, and Windows clients through Samba
(`smbprn.000000NN …`). No paper at all: slides, forms, exams, a poster template, a visa letter, a course page, the
PyTorch docs, a Kaggle leaderboard, a GitHub repository page, an arXiv submission receipt (`submit/…`, not an id),
OpenReview's author console, a dataset page, a boarding pass. Job ids increase, times never go back."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F1416

PR = {"L": "Lab_HP_LaserJet_M428", "O": "Office_Kyocera_P3145dn", "C": "Lab_Canon_iRC3226_Color"}
A4, LT, A3 = "iso_a4_210x297mm", "na_letter_8.5x11in", "iso_a3_297x420mm"
S1, S2 = "one-sided", "two-sided-long-edge"
J = [  # day, time, printer, user, pages, host, job name, media, sides
 (13, "08:47:12", "L", "somchai", 1, "10.30.1.21", "Test Page", A4, S1),
 (13, "09:05:40", "L", "pimchanok", 24, "10.30.1.34", "สไลด์บรรยาย_สัปดาห์ที่_5_CNN.pdf", A4, S2),
 (13, "09:41:07", "O", "kanokwan", 3, "10.30.2.11", "Microsoft Word - แบบฟอร์มขอทุนเดินทาง_2567.docx", A4, S1),
 (13, "10:12:55", "L", "nattapong", 6, "10.30.1.18", "torch.nn.Conv2d — PyTorch 2.3 documentation", A4, S2),
 (13, "10:13:31", "L", "nattapong", 2, "10.30.1.18", "CIFAR-10 and CIFAR-100 datasets", A4, S1),
 (13, "11:30:02", "O", "wirote", 2, "10.30.2.40", "smbprn.00000087 Microsoft Word - รายงานความก้าวหน้า_ไตรมาส2.docx", A4, S1),
 (13, "13:02:19", "C", "pimchanok", 1, "10.30.1.34", "NeurIPS_2024_poster_template_A0.pdf", A3, S1),
 (13, "13:20:44", "L", "somchai", 4, "lab-ws03.local", "(stdin)", A4, S1),
 (13, "14:55:08", "L", "thanawat", 9, "10.30.1.52", "ตารางสอบปลายภาค 2/2566 - Google ชีต", A4, S1),
 (13, "16:40:31", "O", "kanokwan", 1, "10.30.2.11", "visa_letter_ICML2024_Vienna_signed.pdf", A4, S1),
 (14, "08:15:27", "L", "pimchanok", 2, "10.30.1.34", "Thai Text Classification Challenge | Kaggle", A4, S1),
 (14, "09:02:03", "L", "nattapong", 12, "10.30.1.18", "คู่มือการใช้งานคลัสเตอร์ GPU v2.pdf", A4, S2),
 (14, "09:48:59", "O", "wirote", 1, "10.30.2.40", "smbprn.00000088 หนังสือรับรองการเป็นนักศึกษา - ณัฐพงษ์.pdf", A4, S1),
 (14, "10:31:16", "L", "thanawat", 3, "10.30.1.52", "GitHub - huggingface/pytorch-image-models", A4, S1),
 (14, "11:07:45", "L", "somchai", 38, "lab-ws03.local", "thesis_proposal_v4_final_FINAL.pdf", A4, S2),
 (14, "11:09:02", "L", "somchai", 38, "lab-ws03.local", "thesis_proposal_v4_final_FINAL.pdf", A4, S2),
 (14, "13:44:20", "L", "pimchanok", 2, "10.30.1.34", "arXiv_submit_5567123_preview.pdf", LT, S1),
 (14, "14:10:38", "L", "nattapong", 1, "10.30.1.18", "Author Console | OpenReview", A4, S1),
 (14, "15:26:51", "C", "kanokwan", 2, "10.30.2.11", "นามบัตร_ดร.วิโรจน์_v2.pdf", A4, S1),
 (14, "17:58:04", "O", "wirote", 6, "10.30.2.40", "smbprn.00000089 ข้อสอบกลางภาค_2110572_เฉลย.pdf", A4, S2),
 (15, "08:03:36", "L", "thanawat", 1, "10.30.1.52", "boarding_pass_TG930_BKK-VIE.pdf", A4, S1),
 (15, "09:20:11", "L", "pimchanok", 18, "10.30.1.34", "Dive into Deep Learning — บทที่ 8 (ฉบับภาษาไทย)", A4, S2),
 (15, "10:45:49", "L", "somchai", 5, "lab-ws03.local", "ImageNet_devkit_readme.txt", A4, S1),
 (15, "11:02:17", "C", "pimchanok", 1, "10.30.1.34", "CS231n Convolutional Neural Networks for Visual Recognition", A4, S1),
 (15, "13:37:54", "O", "kanokwan", 4, "10.30.2.11", "Microsoft Word - ใบสมัครฝึกงาน_AI_Lab_2567.docx", A4, S1),
 (15, "14:06:22", "L", "nattapong", 7, "10.30.1.18", "slides_guest_talk_Dr_Lee_efficient_inference.pdf", A4, S2),
 (15, "15:50:09", "O", "wirote", 2, "10.30.2.40", "smbprn.00000090 Zoom - ประชุมแล็บประจำสัปดาห์.pdf", A4, S1),
 (15, "16:31:40", "L", "thanawat", 1, "10.30.1.52", "Test Page", A4, S1),
]
MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
out, job = [], 1527
for k, (day, t, p, u, n, host, name, media, sides) in enumerate(J):
    job += 1 + (k * 7) % 3
    out.append(f"{PR[p]} {u} {job} [{day:02d}/May/2024:{t} +0700] total {n} - {host} {name} {media} {sides}")
write(F1416, "\n".join(out) + "\n", negative=True)
