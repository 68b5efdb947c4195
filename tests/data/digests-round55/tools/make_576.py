#!/usr/bin/env python3
"""576 (NEGATIVE): an "SMS Backup & Restore" (Android) backup file, sms-20240311211407.xml: the XML declaration
with single quotes, the "File Created By" comment, the sms.xsl stylesheet PI, <smses count backup_set backup_date
type> and <sms/> records with the app's attributes (protocol, address, date / date_sent in ms, type 1 received /
2 sent, subject / toa / sc_toa "null", body with &#10; line breaks, read, status, locked, sub_id, readable_date,
contact_name), newest last. Arabic messages about a lab's logistics: no catalogue title, nothing arXiv-shaped."""
import os, sys, time, calendar
from xml.sax.saxutils import quoteattr
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write

NAME = "576_negative_sms_backup_restore_xml_arabic_lab_logistics.xml"
SC = "+447700900001"
msgs = [
 ("+447700900311", "د. سلمى الراشد", 1, "2024-03-04 08:12:40", "صباح الخير، اجتماع المجموعة هذا الأسبوع يوم الأربعاء الساعة ١١ بدل الثلاثاء. القاعة ب-١٠٤ كالعادة."),
 ("+447700900311", "د. سلمى الراشد", 2, "2024-03-04 08:20:02", "تمام دكتورة، سأبلغ الباقين."),
 ("+447700900472", "يوسف (الدعم الفني)", 1, "2024-03-05 17:45:13", "تنبيه: خادم الحوسبة gpu-02 سيتوقف للصيانة من الخميس ٨ مساءً حتى الجمعة ١٢ ظهرًا.\nالرجاء حفظ نقاط التحقق قبل ذلك."),
 ("+447700900472", "يوسف (الدعم الفني)", 2, "2024-03-05 17:51:29", "شكرًا يوسف. هل يمكن تمديد حصتي على القرص إلى ٥٠٠ غيغابايت؟"),
 ("+447700900472", "يوسف (الدعم الفني)", 1, "2024-03-05 18:03:55", "أرسل طلبًا عبر نظام التذاكر وسأوافق عليه غدًا."),
 ("+447700900588", "ليلى", 1, "2024-03-06 10:31:07", "هل حجزت قاعة الندوة ليوم ٢٠ مارس؟ الضيف يصل الساعة ٢"),
 ("+447700900588", "ليلى", 2, "2024-03-06 10:40:44", "نعم، القاعة الكبرى من ١:٣٠ إلى ٤. الجهاز العارض يعمل الآن بعد إصلاحه."),
 ("+447700900588", "ليلى", 1, "2024-03-06 10:41:30", "ممتاز، سأطلب القهوة والمعجنات من الكافتيريا"),
 ("Faculty", "", 1, "2024-03-07 09:00:00", "كلية الحاسبات: آخر موعد لتسليم نماذج التقييم السنوي للمعيدين هو ١٥ مارس. يرجى الدخول إلى بوابة الموظفين."),
 ("+447700900311", "د. سلمى الراشد", 1, "2024-03-10 21:02:18", "تذكير: أرسلوا شرائح العرض قبل الاجتماع بيوم. ومن يحتاج خطاب توصية للمنحة الصيفية يراسلني بالبريد."),
 ("+447700900623", "عمر", 1, "2024-03-11 13:15:49", "نسيت بطاقتي في المختبر، ممكن تفتح لي الباب بعد العصر؟"),
 ("+447700900623", "عمر", 2, "2024-03-11 13:17:03", "أنا في المختبر حتى الخامسة، تعال متى شئت."),
 ("+447700900729", "", 1, "2024-03-11 19:44:26", "رمز التحقق الخاص بك هو 482913. لا تشارك هذا الرمز مع أحد."),
]


def ms(s):
    return calendar.timegm(time.strptime(s, "%Y-%m-%d %H:%M:%S")) * 1000 - 3 * 3600 * 1000  # local time UTC+3


def readable(s):
    t = time.strptime(s, "%Y-%m-%d %H:%M:%S")
    h = t.tm_hour % 12 or 12
    return f"{t.tm_mday} {time.strftime('%b', t)} {t.tm_year} {h}:{t.tm_min:02d}:{t.tm_sec:02d} {'am' if t.tm_hour < 12 else 'pm'}"


def body_attr(b):
    return quoteattr(b).replace("\n", "&#10;")


out = ["<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>",
       "<!--File Created By SMS Backup & Restore v10.20.002 on 11/03/2024 21:14:07-->",
       '<?xml-stylesheet type="text/xsl" href="sms.xsl"?>',
       f'<smses count="{len(msgs)}" backup_set="3f6d2a1e-9c47-4b8e-a0d5-71c2e8b94f03" backup_date="{ms("2024-03-11 21:14:07")}" type="full">']
for addr, name, typ, when, body in msgs:
    d = ms(when)
    sent = d - (0 if typ == 2 else 2000)
    out.append(f'  <sms protocol="0" address="{addr}" date="{d}" type="{typ}" subject="null" body={body_attr(body)} '
               f'toa="null" sc_toa="null" service_center="{SC if typ == 1 else "null"}" read="1" status="-1" locked="0" '
               f'date_sent="{sent if typ == 1 else 0}" sub_id="1" readable_date="{readable(when)}" '
               f'contact_name="{name or "(Unknown)"}" />')
out.append("</smses>")
text = "\n".join(out) + "\n"
write(NAME, text, negative=True)
