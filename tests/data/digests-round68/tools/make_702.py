#!/usr/bin/env python3
"""702: a Google Sheets tab as 'File > Download > Web page (.html, zipped)' writes it (the tab's .html inside the
zip): one line, no final newline, the meta charset and resources/sheet.css link, a <style> of .ritz .waffle .sN
cell classes, <div class="ritz grid-container" dir="ltr"><table class="waffle">, a thead of column letters (th
id="0C<i>"), tbody rows with a row-header th (id="0R<i>", row-header-wrapper with the row number), td cells with
class / dir="ltr", empty cells as <td class="sN"></td>, softmerge / colspan for merged cells, hyperlinks through
https://www.google.com/url?q=…&amp;sa=D&amp;source=editors&amp;ust=…&amp;usg=…. A Vietnamese lab's diffusion-models
reading tracker."""
import base64, hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import F702, keys


def e(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def au(k, n=2):
    a = authors(k)
    return ", ".join(x.split()[-1] for x in a[:n]) + (" et al." if len(a) > n else "")


def glink(u):
    ust = 1710240000000000 + int(hashlib.md5(u.encode()).hexdigest()[:8], 16) % 900000000
    usg = "AOvVaw" + base64.urlsafe_b64encode(hashlib.sha1(u.encode()).digest()).decode()[:22]
    return f'<a target="_blank" href="https://www.google.com/url?q={e(u)}&amp;sa=D&amp;source=editors&amp;ust={ust}&amp;usg={usg}">{e(u)}</a>'


HEAD = ["STT", "Ngày thêm", "Tiêu đề", "Tác giả", "Năm", "Liên kết / mã", "Loại", "Trạng thái", "Người đọc", "Điểm /5", "Ghi chú"]
rows = [
 ("04/01/2024", T("2006.11239"), au("2006.11239", 3), "2020", ("L", "https://arxiv.org/abs/2006.11239"), "bài báo", "đã đọc", "Linh", "5", "Nền tảng của cả chuỗi seminar; ký hiệu ở mục 2 là ký hiệu chung của nhóm."),
 ("04/01/2024", T("2106.05931"), au("2106.05931", 3), "2021", None, "bài báo", "đã đọc", "Huy", "4", "Khuếch tán trong không gian ẩn của VAE; bản in giấy phát tại buổi học (không có link)."),
 ("11/01/2024", T("2112.10752"), au("2112.10752"), "2021", ("L", "https://arxiv.org/abs/2112.10752"), "bài báo", "đã đọc", "Trang", "4", "Autoencoder + U-Net; so sánh chi phí huấn luyện với dòng 3."),
 ("11/01/2024", "Video hướng dẫn CVPR 2022 về mô hình khuếch tán", "", "2022", ("T", "YouTube"), "video", "đã xem", "Huy", "", "Không phải bài báo; rất tốt để hiểu trực giác."),
 ("18/01/2024", T("2009.09761"), au("2009.09761"), "2020", ("L", "https://arxiv.org/pdf/2009.09761v3"), "bài báo", "đã đọc", "Nam", "3", "Âm thanh; hữu ích cho dự án tổng hợp giọng nói của nhóm tiếng nói."),
 ("25/01/2024", T("2208.12242"), au("2208.12242"), "2022", None, "bài báo", "đang đọc", "Linh", "", "Cá nhân hoá theo chủ thể; link sẽ bổ sung sau (Linh)."),
 ("25/01/2024", "diffusers (thư viện của Hugging Face)", "", "", ("L", "https://github.com/huggingface/diffusers"), "phần mềm", "—", "", "", "Phần mềm, không phải bài báo. Đã cài bản 0.26 trên máy chủ."),
 ("01/02/2024", T("2211.09800"), au("2211.09800"), "2022", ("T", "arXiv:2211.09800"), "bài báo", "đang đọc", "Trang", "", "Chỉnh sửa ảnh theo chỉ dẫn; dữ liệu sinh bằng GPT-3 + Prompt-to-Prompt."),
 ("22/02/2024", T("2303.01469"), au("2303.01469"), "2023", None, "bài báo", "chưa đọc", "Nam", "", "Lấy mẫu một bước; PDF trong Drive của nhóm."),
 ("22/02/2024", "LAION-5B (bộ dữ liệu)", "", "2022", ("L", "https://laion.ai/blog/laion-5b/"), "dữ liệu", "—", "", "", "Bộ dữ liệu; lưu ý vấn đề giấy phép."),
 ("29/02/2024", T("2403.03206"), au("2403.03206"), "2024", None, "bài báo", "chưa đọc", "Huy", "", "Rectified flow + transformer đa phương thức; báo cáo kỹ thuật rất mới."),
 ("07/03/2024", "Bài giảng “Generative Models” (ghi chú môn học)", "", "2023", None, "khoá học", "—", "Linh", "", "Ghi chú bài giảng, không phải bài báo."),
 ("07/03/2024", "Blog: What are Diffusion Models? (Lilian Weng)", "", "2021", ("L", "https://lilianweng.github.io/posts/2021-07-11-diffusion-models/"), "blog", "đã đọc", "Trang", "5", "Bài blog, không phải bài báo; tóm tắt ký hiệu rất tốt."),
]
STYLE = ".ritz .waffle a { color: inherit; }"
CLS = {
 "s0": "border-bottom:1px SOLID #000000;border-right:1px SOLID #000000;background-color:#d9ead3;text-align:left;font-weight:bold;color:#000000;font-family:'Arial';font-size:10pt;vertical-align:bottom;white-space:nowrap;direction:ltr;padding:2px 3px 2px 3px;",
 "s1": "border-right:1px SOLID #000000;background-color:#ffffff;text-align:right;color:#000000;font-family:'Arial';font-size:10pt;vertical-align:bottom;white-space:nowrap;direction:ltr;padding:2px 3px 2px 3px;",
 "s2": "border-right:1px SOLID #000000;background-color:#ffffff;text-align:left;color:#000000;font-family:'Arial';font-size:10pt;vertical-align:bottom;white-space:normal;overflow:hidden;word-wrap:break-word;direction:ltr;padding:2px 3px 2px 3px;",
 "s3": "border-right:1px SOLID #000000;background-color:#ffffff;text-align:left;text-decoration:underline;-webkit-text-decoration-skip:none;text-decoration-skip-ink:none;color:#1155cc;font-family:'Arial';font-size:10pt;vertical-align:bottom;white-space:nowrap;overflow:hidden;direction:ltr;padding:2px 3px 2px 3px;",
 "s4": "border-right:1px SOLID #000000;background-color:#ffffff;text-align:left;color:#000000;font-family:'Arial';font-size:10pt;vertical-align:bottom;white-space:nowrap;direction:ltr;padding:2px 3px 2px 3px;",
 "s5": "background-color:#fff2cc;text-align:left;font-style:italic;color:#666666;font-family:'Arial';font-size:9pt;vertical-align:bottom;white-space:nowrap;direction:ltr;padding:2px 3px 2px 3px;",
}
WIDTHS = [40, 86, 420, 170, 48, 260, 80, 90, 80, 60, 460]
out = ['<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><link type="text/css" rel="stylesheet" href="resources/sheet.css" >',
       '<style type="text/css">' + STYLE + "".join(f".ritz .waffle .{k}{{{v}}}" for k, v in CLS.items()) + "</style>",
       '<div class="ritz grid-container" dir="ltr"><table class="waffle" cellspacing="0" cellpadding="0"><thead><tr><th class="row-header freezebar-origin-ltr"></th>']
for i, w in enumerate(WIDTHS):
    out.append(f'<th id="0C{i}" style="width:{w}px;" class="column-headers-background">{chr(65 + i)}</th>')
out.append("</tr></thead><tbody>")


def tr(r, cells):
    h = 20
    s = f'<tr style="height: {h}px"><th id="0R{r}" style="height: {h}px;" class="row-headers-background"><div class="row-header-wrapper" style="line-height: {h}px">{r + 1}</div></th>'
    return s + "".join(cells) + "</tr>"


DIR = ' dir="ltr"'


def td(cls, content, ltr=True):
    if content == "": return f'<td class="{cls}"></td>'
    return f'<td class="{cls}"{DIR if ltr else ""}>{content}</td>'


out.append(tr(0, [td("s0", e(h)) for h in HEAD]))
for r, (d, t, a, y, link, typ, st, who, note, com) in enumerate(rows, 1):
    cells = [td("s1", str(r), False), td("s1", d), td("s2", e(t)), td("s4", e(a)), td("s1", y, False)]
    if link is None: cells.append(td("s4", ""))
    elif link[0] == "L": cells.append(td("s3", glink(link[1])))
    else: cells.append(td("s4", e(link[1])))
    cells += [td("s4", e(typ)), td("s4", e(st)), td("s4", e(who)), td("s1", note, False), td("s2", e(com))]
    out.append(tr(r, cells))
n = len(rows) + 1
out.append(tr(n, [td("s4", "") for _ in HEAD]))
out.append(tr(n + 1, [td("s4", ""), td("s4", ""), td("s0", "Số bài báo đã đọc"), td("s4", ""), td("s4", ""), td("s4", ""), td("s4", ""),
                      td("s1", str(sum(1 for x in rows if x[6] == "đã đọc" and x[5] == "bài báo")), False), td("s4", ""), td("s1", "4,0", False), td("s4", "")]))
out.append(tr(n + 2, [f'<td class="s5" dir="ltr" colspan="{len(HEAD)}">' + e("Tệp dùng chung — không sắp xếp lại các dòng (công thức ở dòng " + str(n + 2) + " phụ thuộc vào thứ tự). Cập nhật lần cuối: 11/03/2024 (Đỗ Thu Trang).") + "</td>"]))
SESS = [("18/01/2024", "Phòng B-112", "Linh", "Giới thiệu; quá trình thuận và ngược, tham số hoá theo nhiễu"),
        ("25/01/2024", "Phòng B-112", "Huy", "Khuếch tán trong không gian ẩn; autoencoder, đánh đổi chất lượng / chi phí"),
        ("01/02/2024", "Trực tuyến (Google Meet)", "Nam", "Âm thanh và vocoder; demo trên bộ dữ liệu nội bộ"),
        ("08/02/2024", "—", "—", "Nghỉ Tết Nguyên đán"),
        ("22/02/2024", "Phòng C-004", "Linh", "Cá nhân hoá và chỉnh sửa ảnh"),
        ("29/02/2024", "Phòng C-004", "Nam", "Lấy mẫu nhanh: chưng cất, bộ giải ODE"),
        ("07/03/2024", "Phòng B-112", "Huy", "Transformer cho sinh ảnh, rectified flow"),
        ("14/03/2024", "Phòng B-112", "Cả nhóm", "Tổng kết; chọn chủ đề cho học kỳ sau")]
r0 = n + 4
out.append(tr(n + 3, [td("s4", "") for _ in HEAD]))
out.append(tr(r0, [td("s4", ""), td("s0", "Lịch seminar"), td("s0", "Địa điểm"), td("s0", "Người trình bày"), f'<td class="s0" dir="ltr" colspan="7">Nội dung</td>']))
for i, (d, place, who, topic) in enumerate(SESS, r0 + 1):
    out.append(tr(i, [td("s4", ""), td("s1", d), td("s4", e(place)), td("s4", e(who)), f'<td class="s2" dir="ltr" colspan="7">{e(topic)}</td>']))
out.append("</tbody></table></div>")
text = "".join(out)
import html
write_only(F702, text, keys(F702), forms=[html.unescape(text)])
