#!/usr/bin/env python3
"""1765: the «view as a web page» version of a newsletter sent with Salesforce Marketing Cloud (formerly ExactTarget),
saved from the browser as HTML, Arabic: doctype, <html lang="ar" dir="rtl">, a charset meta, Outlook conditional
comments, a table layout with inline styles, the preheader, the web-view line, the masthead with the issue and the
Gregorian date with its weekday, the editor's note, three feature blocks (headline, the paper's title, the link shown as
text under it, a blurb, a button), «قراءات أخرى» (a list), an events block with weekdays, and the Marketing Cloud footer
(«تم إرسال هذه الرسالة بواسطة:» the sender and its address, profile-centre and unsubscribe links) and the open-tracking
pixel. Every link goes through Marketing Cloud's click tracker (https://click.e.<domain>/?qs=<hex>), so the arXiv pages
appear only as the link text the editors wrote out. The centre «مركز أبحاث الذكاء الاصطناعي التوليدي», its newsletter
«آفاق توليدية» (issue 9), `aicenter.example.sa`, the tracker tokens and the events are invented; Stable Diffusion 3,
Hugging Face diffusers, Minerva and a Kaggle competition appear as what they are. Nicknames SD3, LSGM, BLIP-2, Minerva,
MeshGraphNets appear where the papers are written in full."""
import datetime as dt, hashlib, html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1765)
e = html.escape
DOM = "e.aicenter.example.sa"
ISSUE = 9
DAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
SENT = dt.date(2025, 3, 16)
JOB = "a1c37e0f"


def ar_date(d):
    return f"{DAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}"


_n = [0]


def trk(target):
    """a Marketing Cloud click-tracking URL for `target` (the token is a hash, as opaque as the real ones)"""
    _n[0] += 1
    return f"https://click.{DOM}/?qs=" + hashlib.sha256(f"{JOB}|{_n[0]}|{target}".encode()).hexdigest() + hashlib.md5(target.encode()).hexdigest()


WEB = f"https://view.{DOM}/?qs=" + hashlib.sha256(f"{JOB}|view".encode()).hexdigest()
arts = [
    ("تدفّق مصحَّح على نطاق واسع", T("2403.03206"), "arxiv.org/abs/2403.03206",
     "الورقة التي يقوم عليها نموذج Stable Diffusion 3: محوّلات متعددة الوسائط تُدرَّب بصيغة التدفّق المصحَّح، مع دراسة لسلوك التوسّع حتى ثمانية مليارات معامل.",
     "اقرأ الورقة"),
    ("التوجيه من دون مصنِّف", T("2207.12598"), "arxiv.org/pdf/2207.12598",
     "فكرة بسيطة غيّرت طريقة توليد الصور: نموذج واحد يُدرَّب مع الشرط ومن دونه، ثم نمزج التنبؤين وقت التوليد. هذا هو المعامل guidance_scale في مكتبة diffusers.",
     "ملف PDF"),
    ("الرؤية واللغة بأقل كلفة", T("2301.12597"), "arxiv.org/abs/2301.12597v3",
     "تربط الورقة مشفّر صور مجمَّدًا بنموذج لغوي مجمَّد عبر محوّل استعلامات خفيف، فتصل إلى نتائج قوية بجزء صغير من كلفة التدريب.",
     "التفاصيل"),
]
more = [
    f"{e(T('2303.11328'))} (arXiv: 2303.11328) – توليد مناظر جديدة لجسم ثلاثي الأبعاد من صورة واحدة.",
    f"{e(T('2106.05931'))} – Vahdat وزملاؤه، NeurIPS 2021: الانتشار في فضاء كامن يتعلّمه مشفّر تلقائي تبايني.",
    f"{e(T('2206.14858'))} – <span style=\"color:#7a7a7a;\">arxiv.org/abs/2206.14858</span> – نموذج Minerva وحلّ مسائل الرياضيات والعلوم.",
    f"{e(T('2010.03409'))} – Pfaff وزملاؤه، ICLR 2021: الشبكات البيانية لمحاكاة الأقمشة والموائع على الشبكات المثلثية.",
    f"{e(T('2010.08515'))} – Li وZhang وArora: لماذا تحتاج الشبكات الالتفافية إلى عيّنات أقل؟ قراءة نظرية ممتعة.",
]
events = [(dt.date(2025, 3, 25), "ندوة المركز الشهرية: «التدفّق المصحَّح عمليًا»، الساعة 14:00، قاعة 3B وعبر الإنترنت."),
          (dt.date(2025, 4, 10), "ورشة diffusers للمبتدئين، الساعة 10:00–13:00، مختبر الحوسبة 2.")]
P = [f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>آفاق توليدية – العدد {ISSUE} – مارس 2025</title>
<!--[if mso]><style>table, td {{ font-family: Arial, sans-serif; }}</style><![endif]-->
</head>
<body style="margin:0;padding:0;background-color:#eef1f5;">
<div style="display:none;font-size:1px;color:#eef1f5;max-height:0;overflow:hidden;">التدفّق المصحَّح، التوجيه من دون مصنِّف، وقراءات الشهر</div>
<table width="100%" cellpadding="0" cellspacing="0" border="0" role="presentation">
<tr><td align="center" style="padding:8px;font-family:Tahoma,Arial,sans-serif;font-size:12px;color:#6b6b6b;">هل تواجه صعوبة في عرض الرسالة؟ <a href="{WEB}" style="color:#6b6b6b;">اعرضها في المتصفح</a></td></tr>
<tr><td align="center">
<table width="640" cellpadding="0" cellspacing="0" border="0" role="presentation" style="background-color:#ffffff;font-family:Tahoma,Arial,sans-serif;">
<tr><td style="background-color:#0b3d5c;color:#ffffff;padding:26px 28px;">
<h1 style="margin:0;font-size:26px;">آفاق توليدية</h1>
<p style="margin:6px 0 0 0;font-size:14px;">العدد {ISSUE} &middot; مارس 2025 &middot; {ar_date(SENT)}</p>
</td></tr>
<tr><td style="padding:24px 28px;font-size:15px;line-height:1.8;color:#222222;">
<p>مرحبًا بكم،</p>
<p>نخصّص هذا العدد لنماذج توليد الصور الحديثة: كيف تتوسّع، وكيف نوجّهها، وكيف نربطها باللغة. وفي «قراءات أخرى» أوراق في الذكاء الاصطناعي للعلوم والنظرية.</p>
<p>فريق التحرير</p>
</td></tr>"""]
for head, title, shown, blurb, btn in arts:
    P.append(f"""<tr><td style="padding:0 28px 26px 28px;border-top:1px solid #e3e7ec;">
<h2 style="font-size:20px;color:#0b3d5c;margin:22px 0 6px 0;">{head}</h2>
<p style="margin:0 0 2px 0;font-weight:bold;" dir="ltr" align="right">{e(title)}</p>
<p style="margin:0 0 8px 0;font-size:12px;color:#7a7a7a;" dir="ltr" align="right">{shown}</p>
<p style="margin:0 0 14px 0;font-size:15px;line-height:1.8;">{blurb}</p>
<a href="{trk('https://' + shown)}" style="display:inline-block;background-color:#0b3d5c;color:#ffffff;padding:10px 20px;border-radius:3px;text-decoration:none;">{btn}</a>
</td></tr>""")
P.append("""<tr><td style="padding:0 28px 26px 28px;border-top:1px solid #e3e7ec;">
<h2 style="font-size:20px;color:#0b3d5c;margin:22px 0 6px 0;">قراءات أخرى</h2>
<ul style="padding-right:20px;margin:0;font-size:14px;line-height:1.9;">
""" + "\n".join(f"<li>{m}</li>" for m in more) + """
</ul>
</td></tr>
<tr><td style="padding:0 28px 26px 28px;border-top:1px solid #e3e7ec;">
<h2 style="font-size:20px;color:#0b3d5c;margin:22px 0 6px 0;">فعاليات</h2>
<p style="margin:0;font-size:14px;line-height:1.9;">""" + "<br>\n".join(f"{ar_date(d)}: {t}" for d, t in events) + f""" <a href="{trk('https://aicenter.example.sa/events')}" style="color:#0b3d5c;">التسجيل</a></p>
</td></tr>
<tr><td style="background-color:#f4f6f8;padding:18px 28px;font-size:12px;color:#6b6b6b;line-height:1.8;">
تم إرسال هذه الرسالة بواسطة: مركز أبحاث الذكاء الاصطناعي التوليدي<br>
مبنى 14، الحرم الجامعي، ص.ب. 1234، الرياض 11432، المملكة العربية السعودية<br>
<a href="{trk('profile_center')}" style="color:#6b6b6b;">تحديث الملف الشخصي</a> | <a href="{trk('unsub_center')}" style="color:#6b6b6b;">إلغاء الاشتراك</a> | <a href="{trk('https://aicenter.example.sa/privacy')}" style="color:#6b6b6b;">سياسة الخصوصية</a>
</td></tr>
</table>
</td></tr>
</table>
<img src="https://click.{DOM}/open.aspx?ffcb10-fe8c1c7773600c7c75-fe2417707561067b7d1d74-fe9713727d6d0c7877-ff6515707d-fe21117475640d7a711d70-ff2f177277&amp;d=100186&amp;bmt=0" width="1" height="1" alt="">
</body>
</html>
""")
write_only(F, "\n".join(P), keys(F), forms=[html.unescape("\n".join(P))])
