#!/usr/bin/env python3
"""1159: an arXiv cs.LG daily listing forwarded from Airmail (macOS) with a Thai note, as the .eml the receiver saved:
CRLF, a Received trail, RFC 2047 B-encoded From / Subject, MailCore-style etPan Message-ID and boundary,
multipart/alternative with a quoted-printable text/plain and text/html part (76-column soft breaks computed by the
stdlib encoder, through Thai and through titles). The forwarded listing keeps arXiv's header block, one new
submission and one replacement (the forwarder cut the rest with "[...]"); its Title / Authors lines are folded at 79
columns (computed), so a title is split over two lines. Non-papers: a blog post, a repository."""
import base64, email.quoprimime as qp, html, os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_raw, CAT
from make_expected import F1159, keys

B = "64b5f6c3_3d6c4a2e_2a1"


def b64w(s):
    return "=?UTF-8?B?" + base64.b64encode(s.encode()).decode() + "?="


def fold(label, s):
    return "\n".join(textwrap.wrap(f"{label}: {s}", 79, subsequent_indent="  ", break_on_hyphens=False))


def entry(aid, dateline, cats, abstract=None, comments=None, kb=0):
    a = ", ".join(CAT[aid]["authors"])
    out = ["\\\\", f"arXiv:{aid}", dateline + f"   ({kb}kb,D)", "", fold("Title", T(aid)), fold("Authors", a),
           f"Categories: {cats}"]
    if comments: out.append(fold("Comments", comments))
    if abstract:
        out += ["\\\\"] + textwrap.wrap("  " + abstract, 79, break_on_hyphens=False)
    out.append(f"\\\\ ( https://arxiv.org/abs/{aid} ,  {kb}kb)")
    return "\n".join(out)


RULE = "-" * 78
PCT = "%%--" * 19 + "%%"
listing = "\n".join([
    RULE, RULE,
    "Send any comments regarding submissions directly to submitter.",
    RULE,
    "Archives at http://arxiv.org/",
    "To unsubscribe, e-mail To: cs@arXiv.org, Subject: cancel",
    RULE,
    " Submissions to:",
    "Machine Learning",
    " received from  Fri 14 Jul 23 18:00:00 GMT  to  Mon 17 Jul 23 18:00:00 GMT",
    RULE, RULE,
    "[...]",
    RULE,
    entry("2307.08691", "Date: Mon, 17 Jul 2023 17:50:36 GMT", "cs.LG",
          "Scaling Transformers to longer sequence lengths has been a major problem in the last several years. "
          "We observe that the attention kernel still reaches only a fraction of the theoretical maximum FLOPs/s "
          "on modern GPUs, and propose a better work partitioning between thread blocks and warps that reduces "
          "non-matmul FLOPs and parallelizes over the sequence length. This yields around 2x speedup over the "
          "previous version and reaches 50-73% of the theoretical maximum on A100.", kb=2032),
    RULE,
    "[...]",
    PCT,
    RULE,
    entry("2302.10866", "replaced with revised version Mon, 17 Jul 2023 16:12:09 GMT", "cs.LG cs.CL",
          comments="Additional details and ablations; code available", kb=1089),
    RULE,
    "[...]",
    ""])

note = f"""สวัสดีครับทุกคน

ส่งต่อ listing cs.LG เมื่อเช้านะครับ  FlashAttention-2 ออกแล้ว!! (อยู่ใน listing ข้างล่าง) และ Hyena ก็มีเวอร์ชันใหม่ใน
ส่วน replacements

เสนอรายการอ่านสำหรับกลุ่ม efficient attention รอบหน้า (พฤหัส 27 ก.ค. 14:00 ห้อง 1204):

1. {T("2307.08691")} — ดูใน listing
2. {T("2302.10866")} — ดูใน listing (v ใหม่)
3. {T("2001.04451")}
   https://openreview.net/forum?id=rkgNKkHtvB
4. {T("2010.06891")}
   https://openreview.net/pdf?id=_adSMszz_g9  (ของ ICLR ไม่ผ่าน แต่อ่านสนุก)
5. "{T("2004.11886")}" arXiv:2004.11886
6. {T("2006.16236")}  (ใครมี PDF ฉบับ ICML 2020 ส่งให้หน่อยครับ)
7. {T("2202.10447")} — อันนี้คือ FLASH นะ คนละตัวกับ FlashAttention อย่าสับสน 555
8. {T("1410.5401")} — ของเก่า อ่านประกอบเรื่อง external memory

อ่านประกอบ (ไม่ใช่เปเปอร์): บล็อกของ Stanford CRFM https://crfm.stanford.edu/2023/07/17/flash2.html
และโค้ด https://github.com/Dao-AILab/flash-attention

สมชาย
"""
fwd = """Begin forwarded message:

From: no-reply@arxiv.org
Subject: cs daily Subj-class mailing 6c1 1
Date: 18 July 2023 at 07:02:41 GMT+7
To: somchai.k@lab.example.ac.th

"""
plain = note + "\n" + fwd + listing
h_note = "".join(f"<div>{html.escape(l) if l else '<br>'}</div>\n" for l in note.split("\n")[:-1])
htmlpart = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body style=\"word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;\">\n"
            + h_note + "<div><br></div>\n<blockquote type=\"cite\" style=\"margin: 0 0 0 .8ex; border-left: 1px #ccc solid; padding-left: 1ex;\">\n"
            + "<pre>" + html.escape(fwd + listing, quote=False) + "</pre>\n</blockquote>\n</body></html>\n")


def qpe(s):
    return qp.body_encode(s.replace("\n", "\r\n").encode("utf-8").decode("latin-1"), maxlinelen=76, eol="\r\n")


headers = [
    "Return-Path: <somchai.k@lab.example.ac.th>",
    "Received: from mx2.lab.example.ac.th (mx2.lab.example.ac.th [192.0.2.41])",
    "\tby mail.lab.example.ac.th (Postfix) with ESMTPS id 4R4s1N6kQmz9tW1",
    "\tfor <efficient-attn-rg@lab.example.ac.th>; Tue, 18 Jul 2023 09:41:09 +0700 (+07)",
    "Received: from [198.51.100.23] (unknown [198.51.100.23])",
    "\tby smtp.lab.example.ac.th (Postfix) with ESMTPSA id 4R4s1M2bXyz3kQ8",
    "\tfor <efficient-attn-rg@lab.example.ac.th>; Tue, 18 Jul 2023 09:41:07 +0700 (+07)",
    "Date: Tue, 18 Jul 2023 09:41:07 +0700",
    "From: " + b64w("สมชาย แก้วมณี") + " <somchai.k@lab.example.ac.th>",
    "To: efficient-attn-rg@lab.example.ac.th",
    "Message-ID: <etPan.64b5f6c3.2ae8944a.2a1@Somchais-MacBook-Air.local>",
    "Subject: " + b64w("Fwd: cs daily Subj-class mailing 6c1 1 — อ่านรอบหน้า"),
    "X-Mailer: Airmail (731)",
    "MIME-Version: 1.0",
    f'Content-Type: multipart/alternative; boundary="{B}"',
]
body = "\r\n".join(headers) + "\r\n\r\n" + "\r\n".join([
    f"--{B}",
    'Content-Type: text/plain; charset="utf-8"',
    "Content-Transfer-Encoding: quoted-printable",
    "Content-Disposition: inline",
    "",
    qpe(plain),
    "",
    f"--{B}",
    'Content-Type: text/html; charset="utf-8"',
    "Content-Transfer-Encoding: quoted-printable",
    "Content-Disposition: inline",
    "",
    qpe(htmlpart),
    "",
    f"--{B}--",
    ""])
write_raw(F1159, body.encode("ascii"), [plain, html.unescape(htmlpart), body], keys(F1159))
