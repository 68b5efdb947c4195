#!/usr/bin/env python3
"""1532: a Vietnamese RL / AutoML group keeps its reading queue as git-bug issues inside a small repo; a pasted terminal
(output piped through `| cat`-like copy, so no colours): `git bug ls` (default formatter: 7-character human id, status,
a tab, the title padded / cut with … to 50 columns less one ◼ per label, the author padded to 15, `%3d 💬` for replies)
and `git bug show` for four issues (header, opened / last edited lines with Go's time.String(), labels, actors,
participants, comments `  <id> #n Name <email>` with the first message line indented). Computed from the modelled
issues."""
import hashlib, os, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of, write_only
from make_expected import keys, by_num

F = by_num(1532)
PS = "huy@rl-lab-03:~/doc-bai$ "
GO = "Mastering the game of Go without human knowledge"


def T(k):
    return CAT[key_of(k)]["title"]


P = {"anh": ("Nguyễn Minh Anh", "minhanh@ailab-hcm.example.vn"), "bao": ("Trần Quốc Bảo", "qbao@ailab-hcm.example.vn"),
     "ha": ("Lê Thu Hà", "thuha.le@ailab-hcm.example.vn"), "huy": ("Phạm Đức Huy", "huy.pham@ailab-hcm.example.vn")}


def hid(s):
    return hashlib.sha256(s.encode()).hexdigest()[:7]


def gotime(ts):
    return ts + " +0700 +07"


# (title, status, author, labels, created, edited, comments[(author, time, message)])
BUGS = [
    ("Xem lại leaderboard D4RL cho bảng so sánh", "open", "bao", ["benchmark"], "2024-06-02 21:40:11", "2024-06-02 21:40:11",
     [("bao", "2024-06-02 21:40:11", "Không phải bài báo: chỉ lấy số liệu từ trang https://paperswithcode.com/dataset/d4rl để điền bảng 2.")]),
    ("Danh sách đọc tuần 23", "open", "anh", ["đọc", "rl"], "2024-06-01 08:05:47", "2024-06-01 09:12:30",
     [("anh", "2024-06-01 08:05:47", "Tuần này đọc thêm ba bài:\n"
       f"1. {T('2101.03958')} — arXiv:2101.03958 (Hà trình bày)\n"
       f"2. {GO} — Nature 2017, không có trên arXiv, bản PDF trong Zotero nhóm\n"
       f"3. {T('2011.03459')} — Bảo đề xuất cho hướng KG, chưa có link"),
      ("ha", "2024-06-01 09:12:30", "Em nhận bài 1. Bài 3 thì ICLR 2021, để em tìm link sau.")]),
    ("Cài Gymnasium + MuJoCo trên máy lab-03", "closed", "huy", ["hạ-tầng"], "2024-05-29 15:22:09", "2024-05-30 10:01:44",
     [("huy", "2024-05-29 15:22:09", "pip install \"gymnasium[mujoco]\"==0.29.1; tài liệu: https://gymnasium.farama.org/environments/mujoco/"),
      ("huy", "2024-05-30 10:01:44", "Xong, đã chạy được HalfCheetah-v4.")]),
    ("Học liên tục: GPM cho đề tài của Hà", "closed", "ha", ["cl", "đọc"], "2024-05-24 10:30:00", "2024-05-31 16:45:12",
     [("ha", "2024-05-24 10:30:00", f"{T('2103.09762')}\nhttps://arxiv.org/abs/2103.09762\nChiếu gradient vào không gian trực giao với bộ nhớ cũ."),
      ("anh", "2024-05-31 16:45:12", "Đã thảo luận xong trong buổi 31/5, đóng issue.")]),
    ("AutoML: PyGlove và AutoHAS", "open", "bao", ["automl", "đọc"], "2024-05-20 14:02:36", "2024-05-21 08:30:19",
     [("bao", "2024-05-20 14:02:36", f"- {T('2101.08809')}: https://arxiv.org/pdf/2101.08809.pdf\n- {T('2006.03656')}: chưa tìm thấy link, hình như chỉ có bản workshop"),
      ("huy", "2024-05-21 08:30:19", "Repo PyGlove: https://github.com/google/pyglove (thư viện, không cần đọc hết).")]),
    ("Xem bài giảng CS285 tuần 5 (offline RL)", "open", "huy", ["video"], "2024-05-18 19:47:03", "2024-05-18 19:47:03",
     [("huy", "2024-05-18 19:47:03", "Bài giảng của Sergey Levine: https://www.youtube.com/playlist?list=PL_iWQOsE6TfVYGEGiAOMaOzzv41Jfm_Ps — xem trước khi đọc Trajectory Transformer.")]),
    ("Nhóm đọc RL: mô hình hoá chuỗi (Decision / Trajectory Transformer)", "open", "anh", ["rl", "đọc"], "2024-05-15 09:00:00", "2024-05-16 22:10:05",
     [("anh", "2024-05-15 09:00:00", f"Hai bài chính:\n* {T('2106.01345')} — https://arxiv.org/abs/2106.01345\n* {T('2106.02039')} — https://arxiv.org/abs/2106.02039\nSo sánh: DT dùng return-to-go, TT dùng beam search."),
      ("bao", "2024-05-16 22:10:05", "Code: https://github.com/kzl/decision-transformer và https://github.com/jannerm/trajectory-transformer")]),
]
SHOW = [6, 4, 3, 1]


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in s)


def pad_cut(s, n):
    if width(s) > n:
        out = ""
        for c in s:
            if width(out + c) > n - 1: break
            out += c
        s = out + "…"
    return s + " " * (n - width(s))


def ids(i):
    b = BUGS[i]
    return hid("bug" + b[0])


def ls_line(i):
    title, status, au, labels, *_ , comments = BUGS[i]
    lab = (" ◼" * len(labels))[:10]
    n = len(comments) - 1
    return f"{ids(i)} {status}\t{pad_cut(title.strip(), 50 - width(lab))}{lab}\t{pad_cut(P[au][0], 15)}\t{f'{n:3d} 💬' if n > 0 else ''}"


def show(i):
    title, status, au, labels, created, edited, comments = BUGS[i]
    actors = []
    for a, _, _ in comments:
        if a not in actors: actors.append(a)
    L = [f"{ids(i)} [{status}] {title}", "", f"{P[au][0]} opened this issue {gotime(created)}", f"This was last edited at {gotime(edited)}", "",
         f"labels: {', '.join(labels)}", f"actors: {', '.join(P[a][0] for a in actors)}", f"participants: {', '.join(P[a][0] for a in actors)}", ""]
    for n, (a, t, m) in enumerate(comments):
        L += [f"  {hid(f'c{i}.{n}')} #{n} {P[a][0]} <{P[a][1]}>", "", "  " + m, "", ""]
    return L


def build():
    L = [PS + "git bug ls"] + [ls_line(i) for i in range(len(BUGS))]
    for i in SHOW:
        L += [PS + f"git bug show {ids(i)}"] + show(i)
    L.append(PS)
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
