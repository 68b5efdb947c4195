#!/usr/bin/env python3
"""1553: a Jordanian lab's WordPress blog driven with WP-CLI on the server: `wp post list` (table), `wp post get
--field=post_content` (block markup of the weekly reading post), `wp post meta list` (table) and `wp comment list
--format=csv`. Tables are padded by display width; CSV is quoted as PHP's fputcsv does; all from the modelled posts."""
import os, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1553)
PS = "deploy@blog-mlab:/var/www/mlab-blog/htdocs$ "
PID = 418
POSTS = [
    (PID, "قراءات الأسبوع 23: الوكلاء والنماذج متعددة الوسائط", "2024-06-02 21:40:11", "draft"),
    (409, "قراءات الأسبوع 22: التعلم التبايني والصور", "2024-05-26 20:02:37", "publish"),
    (401, "ملخص ورشة العمل: تشغيل النماذج على وحدات GPU المشتركة", "2024-05-20 18:15:02", "publish"),
    (395, "قراءات الأسبوع 21: التحسين والتعميم", "2024-05-19 19:48:50", "publish"),
    (388, "إعلان: موعد مناقشة رسالة الماجستير", "2024-05-12 09:30:00", "publish"),
]


def li(inner):
    return ["<!-- wp:list-item -->", f"<li>{inner}</li>", "<!-- /wp:list-item -->"]


def content():
    items = [
        f'<a href="https://openreview.net/forum?id=WE_vluYUL-X">{T("2210.03629")}</a> — نسخة ICLR 2023، نقرأ القسم 3 والملحق',
        f'<a href="https://arxiv.org/abs/2307.15818">{T("2307.15818")}</a> — يكمل النقاش عن الروبوتات',
        f'{T("2308.03688")} — بدون رابط حتى الآن، سيضيفه عمر',
        f'<strong>{T("2304.08485")}</strong> (LLaVA): <a href="https://arxiv.org/pdf/2304.08485">PDF</a>',
        f'<a href="https://arxiv.org/abs/2204.14198">{T("2204.14198")}</a>',
        f'{T("2303.15343")} — <code>arXiv:2303.15343</code>، للمقارنة مع CLIP',
    ]
    B = ["<!-- wp:paragraph -->", "<p>مرحبًا بالجميع، هذه قائمة قراءات الأسبوع 23. نلتقي يوم الأربعاء الساعة 2 ظهرًا في قاعة الحوسبة 104، ومن يقدّم يرسل الشرائح قبل الاجتماع بيوم.</p>", "<!-- /wp:paragraph -->", "",
         '<!-- wp:heading {"level":3} -->', '<h3 class="wp-block-heading">الوكلاء والنماذج متعددة الوسائط</h3>', "<!-- /wp:heading -->", "",
         "<!-- wp:list -->", '<ul class="wp-block-list">']
    for k, it in enumerate(items):
        x = li(it)
        if k == 0: x[0] = B.pop() + x[0]
        B += x + ([""] if k < len(items) - 1 else [])
    B[-1] += "</ul>"
    B += ["<!-- /wp:list -->", "",
          "<!-- wp:paragraph -->", '<p>ليست أوراقًا بحثية: المستودع <a href="https://github.com/haotian-liu/LLaVA">haotian-liu/LLaVA</a>، ولوحة <a href="https://huggingface.co/spaces/opencompass/open_vlm_leaderboard">Open VLM Leaderboard</a>، ومحاضرة الأسبوع الماضي أدناه.</p>', "<!-- /wp:paragraph -->", "",
          '<!-- wp:embed {"url":"https://www.youtube.com/watch?v=q3ZfT8wXk2M","type":"video","providerNameSlug":"youtube","responsive":true,"className":"wp-embed-aspect-16-9 wp-has-aspect-ratio"} -->',
          '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">',
          "https://www.youtube.com/watch?v=q3ZfT8wXk2M", "</div></figure>", "<!-- /wp:embed -->"]
    return B


META = [(PID, "_edit_lock", "1717354811:3"), (PID, "_edit_last", "3"), (PID, "reading_week", "23"),
        (PID, "reading_room", "قاعة 104"), (PID, "_thumbnail_id", "512"),
        (PID, "_yoast_wpseo_metadesc", "قائمة قراءات الأسبوع 23 لمختبر تعلم الآلة")]
COMMENTS = [
    (1187, "مريم الحسن", "2024-06-02 22:05:41", f"هل نضيف {T('2102.05918')}؟ (ورقة ALIGN) أظنها مفيدة قبل SigLIP."),
    (1188, "Omar K.", "2024-06-02 22:31:09", "سأضيف رابط AgentBench غدًا، ونسخة الكود على GitHub ليست الورقة."),
    (1190, "يوسف", "2024-06-03 08:12:55", f"اقتراح للأسبوع القادم: {T('2204.01691')} — مكملة لـ RT-2."),
]


def w(s):
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def table(hdr, rows):
    rows = [[str(x) for x in r] for r in rows]
    ws = [max(w(r[i]) for r in rows + [hdr]) for i in range(len(hdr))]
    sep = "+" + "+".join("-" * (x + 2) for x in ws) + "+"
    line = lambda r: "|" + "|".join(f" {c}{' ' * (ws[i] - w(c))} " for i, c in enumerate(r)) + "|"
    return [sep, line(hdr), sep] + [line(r) for r in rows] + [sep]


def csvf(v):
    v = str(v)
    if any(c in v for c in ',"\n\r\t \\'):
        return '"' + v.replace('"', '""') + '"'
    return v


def build():
    L = [PS + "wp post list --post_status=any --posts_per_page=5 --fields=ID,post_title,post_date,post_status"]
    L += table(["ID", "post_title", "post_date", "post_status"], POSTS)
    L.append(PS + f"wp post get {PID} --field=post_content")
    L += content()
    L.append(PS + f"wp post meta list {PID}")
    L += table(["post_id", "meta_key", "meta_value"], META)
    L.append(PS + f"wp comment list --post_id={PID} --fields=comment_ID,comment_author,comment_date,comment_content --format=csv")
    L.append("comment_ID,comment_author,comment_date,comment_content")
    L += [",".join(csvf(x) for x in c) for c in COMMENTS]
    L.append(PS)
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
