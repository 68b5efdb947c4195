#!/usr/bin/env python3
"""1016 (negative): a terminal copy of `gcalcli agenda --details all` run by a Vietnamese lab member on the shared
calendar of the lab's machine-learning reading group, for the next two weeks: gcalcli's agenda layout (a blank line,
the date column on the first event of each day, right-aligned times, all-day events without a time), and the detail
lines under each event (Calendar, Link with the `eid`, Hangout Link, Location, Length, Reminder, Attendees, Email,
Description in gcalcli's `+---+` box, wrapped). The sessions' papers are still undecided — proposals are due in the
group chat — so no paper is named: no catalogue title and nothing arXiv-shaped is written (the builder refuses both).
A department seminar talk and a conference deadline are not papers."""
import base64, hashlib, os, sys, textwrap
from datetime import datetime, timedelta
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write

F = "1016_negative_gcalcli_agenda_details_vietnamese_reading_group_calendar_topics_undecided.txt"
P = "lan.nguyen@mlab-ws07:~$ "
CAL, CAL_ID = "Nhóm đọc ML", "c_9f4e1a7b2d3c5e6f8a0b1c2d3e4f5a6b@group.calendar.google.com"
events = []


def ev(start, minutes, title, location=None, desc=None, attendees=(), meet=None, allday=False):
    events.append(dict(start=start, minutes=minutes, title=title, location=location, desc=desc, attendees=attendees,
                       meet=meet, allday=allday))


ev("2024-03-11 09:00", 60, "Họp lab hằng tuần", "Phòng 304, nhà C1",
   "Cập nhật tiến độ từng người (3 phút/người). Anh Minh báo cáo tình hình cụm GPU sau đợt bảo trì.",
   ["minh.tran@mlab.example", "lan.nguyen@mlab.example", "huy.pham@mlab.example"])
ev("2024-03-12 14:00", 90, "Nhóm đọc tuần 11 — bài: chưa chốt", "Phòng 304, nhà C1 + Google Meet",
   "Chưa chọn được bài cho tuần này. Mọi người đề xuất trong nhóm chat trước tối thứ Hai, mỗi người tối đa hai bài, "
   "kèm một câu lý do. Người trình bày: Huy. Nếu không có đề xuất nào, buổi này chuyển thành thảo luận tự do về "
   "cách đọc phần thực nghiệm.",
   ["huy.pham@mlab.example", "lan.nguyen@mlab.example", "thao.le@mlab.example", "minh.tran@mlab.example"], meet="kpw-rtuz-fhb")
ev("2024-03-13 00:00", 0, "Hạn đề xuất bài đọc cho tháng 4", allday=True,
   desc="Điền vào bảng tính chung: chủ đề, người trình bày, tuần mong muốn. Ưu tiên chủ đề mô hình khuếch tán và tác tử "
   "dựa trên mô hình ngôn ngữ lớn, theo khảo sát đầu kỳ.")
ev("2024-03-15 15:30", 60, "Seminar khoa: Học biểu diễn cho dữ liệu y tế tiếng Việt", "Hội trường B, tầng 2",
   "Khách mời: TS. Đỗ Quang Vinh. Đây là bài nói (không phải bài báo); slide sẽ được gửi qua email sau buổi.")
ev("2024-03-18 09:00", 60, "Họp lab hằng tuần", "Phòng 304, nhà C1",
   "Như thường lệ. Thảo trình bày kế hoạch thí nghiệm cho luận văn.",
   ["minh.tran@mlab.example", "lan.nguyen@mlab.example", "thao.le@mlab.example"])
ev("2024-03-19 14:00", 90, "Nhóm đọc tuần 12 — bài: sẽ bỏ phiếu", "Phòng 304, nhà C1 + Google Meet",
   "Bài sẽ được chọn bằng bỏ phiếu trong nhóm chat từ các đề xuất gửi trước ngày 13/3. Người trình bày: Thảo. "
   "Nhớ đọc trước ít nhất phần giới thiệu và phần phương pháp.",
   ["thao.le@mlab.example", "lan.nguyen@mlab.example", "huy.pham@mlab.example"], meet="vmd-qxsa-nor")
ev("2024-03-22 00:00", 0, "Hạn chót nộp bài ACL Rolling Review (đợt tháng 2)", allday=True,
   desc="Nhóm đọc tuần 13 tạm nghỉ nếu nhiều người nộp bài.")


def eid(i):
    return base64.b64encode(f"{hashlib.md5(str(i).encode()).hexdigest()[:26]} {CAL_ID}".encode()).decode().rstrip("=")


NAMES = {"minh.tran@mlab.example": "Trần Minh", "lan.nguyen@mlab.example": "Nguyễn Lan", "huy.pham@mlab.example": "Phạm Huy",
         "thao.le@mlab.example": "Lê Thảo"}
W, DET = 80, " " * 19
out = [P + f'gcalcli --calendar "{CAL}" agenda --details all 2024-03-11 2024-03-25', ""]
last = None
for i, e in enumerate(events):
    st = datetime.strptime(e["start"], "%Y-%m-%d %H:%M")
    day = "%s %s %02d" % ("Mon Tue Wed Thu Fri Sat Sun".split()[st.weekday()],
                          "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[st.month - 1], st.day)
    tm = "" if e["allday"] else ("%d:%02d" % ((st.hour - 1) % 12 + 1, st.minute)).rjust(5) + ("am" if st.hour < 12 else "pm")
    if last and last != day: out.append("")
    out.append(f"{day if day != last else ' ' * 10}  {tm:<7}  {e['title']}")
    last = day
    me = "lan.nguyen@mlab.example" if i % 2 else "minh.tran@mlab.example"
    out.append(DET + "  Calendar: " + CAL)
    out.append(DET + "  Link: https://www.google.com/calendar/event?eid=" + eid(i))
    if e["meet"]: out.append(DET + "  Hangout Link: https://meet.google.com/" + e["meet"])
    if e["location"]: out.append(DET + "  Location: " + e["location"])
    if e["attendees"]:
        out.append(DET + "  Attendees:")
        out.extend(DET + f"    {NAMES[a]}: <{a}>" for a in e["attendees"] if a != "lan.nguyen@mlab.example")
    out.append(DET + "  Length: " + str(timedelta(days=1) if e["allday"] else timedelta(minutes=e["minutes"])))
    out.append(DET + ("  Reminder: popup 1440 minutes" if e["allday"] else "  Reminder: (default)"))
    out.append(DET + "  Email: " + me)
    if e["desc"]:
        ind = DET + "  "
        out.append(DET + "  Description:")
        out.append(ind + "\u250c" + "\u2500" * (W - len(ind) - 2) + "\u2510")
        for ln in textwrap.wrap(e["desc"], W - 2, initial_indent=ind + "  ", subsequent_indent=ind + "  "):
            ln = ln.ljust(W)
            out.append(ln[:len(ind)] + "\u2502" + ln[len(ind) + 1:W - 1] + "\u2502")
        out.append(ind + "\u2514" + "\u2500" * (W - len(ind) - 2) + "\u2518")
out += ["", P]
write(F, "\n".join(out) + "\n", negative=True)
