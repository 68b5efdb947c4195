#!/usr/bin/env python3
"""1954: a Vietnamese reviewer's KeePass 2 XML export (`nghien-cuu.xml`, KeePass 2.x "KeePass XML (2.x)"): the XML
declaration with standalone, Meta (generator, database name, dates, recycle bin), Root with a group "Nghiên cứu" and two
subgroups, six entries (String Title / UserName / Password — ProtectInMemory — / URL / Notes, Times, AutoType), whose
Notes hold the papers: an OpenReview forum link, arXiv links (`/abs/`, `/pdf/…v3`, `http://`), one id (arxiv-text),
three titles alone — and non-papers (a dataset portal, a repository, a book, a talk). UUIDs are the base64 of md5s of
names; passwords are invented. Tab indentation, LF, a final newline."""
import base64, hashlib, os, sys
from xml.sax.saxutils import escape
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1954)


def uid(s):
    return base64.b64encode(hashlib.md5(s.encode()).digest()).decode()


def pw(s):
    return base64.b64encode(hashlib.sha256(("pw:" + s).encode()).digest()).decode()[:20]


ENTRIES = [
    ("Bình duyệt", "OpenReview (ICLR 2025 reviewer)", "minh.tran@hoclieu.example.edu.vn", "https://openreview.net/",
     "Bài được phân công:\n- " + T("2010.06040") + "\n  https://openreview.net/forum?id=" + OR("2010.06040")
     + "\n  (hạn: 02/11, đã đọc xong phần 3)\n- (2 bài còn lại chưa mở)", "2024-10-14T03:12:40Z"),
    ("Bình duyệt", "CMT — workshop Continual Learning", "mtran", "https://cmt3.research.microsoft.com/",
     "So sánh với baseline:\n" + T("2103.09762") + " https://arxiv.org/abs/2103.09762\n"
     + T("2006.05929") + " — https://arxiv.org/pdf/2006.05929v3\nTác giả quên trích dẫn:\n"
     + T("2103.14338"), "2024-09-02T08:40:11Z"),
    ("Bình duyệt", "arXiv (tài khoản endorse)", "minh.tran", "https://arxiv.org/user/",
     "Đã endorse cho bạn Lan (cs.LG). Bài của nhóm ta về đồ thị tri thức dựa trên\n" + T("2011.03459")
     + " (arXiv 2011.03459).", "2024-06-21T10:05:00Z"),
    ("Nhóm đọc", "Zotero nhóm đọc", "nhomdoc.hoclieu", "https://www.zotero.org/groups/",
     "Tuần sau đọc: " + T("2204.14198") + "\nhttp://arxiv.org/abs/2204.14198\nDự phòng: " + T("2106.08254")
     + "\nvà " + T("2304.03442"), "2024-11-04T13:30:22Z"),
    ("Nhóm đọc", "Cổng dữ liệu ImageNet", "minh.tran@hoclieu.example.edu.vn", "https://image-net.org/download.php",
     "Bộ dữ liệu (không phải bài báo). Dùng cho thí nghiệm tuần 3.", "2024-03-18T07:00:00Z"),
    ("Nhóm đọc", "Máy chủ GPU phòng B2-405", "mtran", "ssh://gpu.hoclieu.example.edu.vn",
     "Mã nguồn nhóm: https://git.hoclieu.example.edu.vn/nhomdoc/gpm-repro (repo)\nSách: Pattern Recognition and Machine\n"
     "Learning (Bishop) — sách.\nBài nói tuần trước: https://video.hoclieu.example.edu.vn/seminar/2024-11-01",
     "2024-11-01T09:45:10Z"),
]


def times(stamp, ind):
    t = "\t" * ind
    return [t + "<Times>",
            t + f"\t<CreationTime>{stamp}</CreationTime>",
            t + f"\t<LastModificationTime>{stamp}</LastModificationTime>",
            t + f"\t<LastAccessTime>{stamp}</LastAccessTime>",
            t + "\t<ExpiryTime>2999-12-28T23:59:59Z</ExpiryTime>",
            t + "\t<Expires>False</Expires>",
            t + "\t<UsageCount>0</UsageCount>",
            t + f"\t<LocationChanged>{stamp}</LocationChanged>",
            t + "</Times>"]


def build():
    L = ['<?xml version="1.0" encoding="utf-8" standalone="yes"?>',
         "<KeePassFile>",
         "\t<Meta>",
         "\t\t<Generator>KeePass</Generator>",
         "\t\t<DatabaseName>Nghiên cứu — Trần Minh</DatabaseName>",
         "\t\t<DatabaseNameChanged>2024-01-08T02:00:00Z</DatabaseNameChanged>",
         "\t\t<DatabaseDescription />",
         "\t\t<DefaultUserName>minh.tran</DefaultUserName>",
         "\t\t<MaintenanceHistoryDays>365</MaintenanceHistoryDays>",
         "\t\t<RecycleBinEnabled>True</RecycleBinEnabled>",
         f"\t\t<RecycleBinUUID>{base64.b64encode(bytes(16)).decode()}</RecycleBinUUID>",
         "\t\t<HistoryMaxItems>10</HistoryMaxItems>",
         "\t\t<HistoryMaxSize>6291456</HistoryMaxSize>",
         "\t</Meta>",
         "\t<Root>",
         "\t\t<Group>",
         f"\t\t\t<UUID>{uid('root')}</UUID>",
         "\t\t\t<Name>Nghiên cứu</Name>",
         "\t\t\t<IconID>49</IconID>",
         *times("2024-01-08T02:00:00Z", 3),
         "\t\t\t<IsExpanded>True</IsExpanded>"]
    for grp in ("Bình duyệt", "Nhóm đọc"):
        L += ["\t\t\t<Group>", f"\t\t\t\t<UUID>{uid('g:' + grp)}</UUID>", f"\t\t\t\t<Name>{grp}</Name>",
              "\t\t\t\t<IconID>48</IconID>", *times("2024-01-08T02:05:00Z", 4), "\t\t\t\t<IsExpanded>True</IsExpanded>"]
        for g, title, user, url, notes, stamp in ENTRIES:
            if g != grp: continue
            L += ["\t\t\t\t<Entry>", f"\t\t\t\t\t<UUID>{uid('e:' + title)}</UUID>", "\t\t\t\t\t<IconID>0</IconID>",
                  *times(stamp, 5)]
            for k, v in (("Notes", notes), ("Password", pw(title)), ("Title", title), ("URL", url), ("UserName", user)):
                L += ["\t\t\t\t\t<String>", f"\t\t\t\t\t\t<Key>{k}</Key>",
                      f"\t\t\t\t\t\t<Value ProtectInMemory=\"True\">{escape(v)}</Value>" if k == "Password"
                      else f"\t\t\t\t\t\t<Value>{escape(v)}</Value>", "\t\t\t\t\t</String>"]
            L += ["\t\t\t\t\t<AutoType>", "\t\t\t\t\t\t<Enabled>True</Enabled>",
                  "\t\t\t\t\t\t<DataTransferObfuscation>0</DataTransferObfuscation>", "\t\t\t\t\t</AutoType>",
                  "\t\t\t\t</Entry>"]
        L.append("\t\t\t</Group>")
    L += ["\t\t</Group>", "\t\t<DeletedObjects />", "\t</Root>", "</KeePassFile>", ""]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
