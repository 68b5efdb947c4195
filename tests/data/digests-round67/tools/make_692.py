#!/usr/bin/env python3
"""692: a DITA 1.3 concept topic (.dita) from an Arabic-language team knowledge base, as Oxygen XML Author saves it:
`<?xml version="1.0" encoding="UTF-8"?>`, the OASIS concept DOCTYPE, `<concept id=… xml:lang="ar-EG" dir="rtl">`,
`<title>`, `<shortdesc>`, `<prolog>` (author, critdates, keywords), `<conbody>` with `<p>`, `<section id>`,
`<ul>/<li>`, `<cite>`, `<xref href=… scope="external" format="html">`, `<ph translate="no">`, `<note type>`,
`<simpletable>`, then `<related-links>`; 4-space indentation. Topic: NLP pre-training classics."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import F692, keys


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def au(k, n=3):
    a = authors(k)
    return ", ".join(a[:n]) + (" وآخرون" if len(a) > n else "")


def cite(k):
    return f'<cite><ph translate="no">{esc(T(k))}</ph></cite>'


def xref(url, text):
    return f'<xref href="{esc(url)}" scope="external" format="html">{esc(text)}</xref>'


L = []
def li(k, extra):
    return f"                <li>{cite(k)} — <ph translate=\"no\">{esc(au(k))}</ph>. {extra}</li>"


raw = f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE concept PUBLIC "-//OASIS//DTD DITA Concept//EN" "concept.dtd">
<concept id="nlp_pretraining_classics" xml:lang="ar-EG" dir="rtl">
    <title>كلاسيكيات التدريب المسبق في معالجة اللغات الطبيعية</title>
    <shortdesc>قائمة القراءة الأساسية للمنضمّين الجدد إلى فريق اللغة العربية في مختبر الواحات للحوسبة، مع ملاحظات عن
        صلة كل ورقة بخط الإنتاج لدينا.</shortdesc>
    <prolog>
        <author>سلمى الحداد</author>
        <author>كريم منصور</author>
        <critdates>
            <created date="2024-02-11"/>
            <revised modified="2024-05-09"/>
        </critdates>
        <metadata>
            <keywords>
                <keyword>تدريب مسبق</keyword>
                <keyword>المحوّلات</keyword>
                <keyword>تقطيع الكلمات</keyword>
            </keywords>
        </metadata>
    </prolog>
    <conbody>
        <p>تُقرأ هذه الأوراق بالترتيب خلال الأسابيع الأربعة الأولى. الروابط تشير إلى صفحة arXiv حين تكون متاحة؛ وما لا
            رابط له موجود في مجلد الفريق المشترك (<filepath>\\\\nas-wahat\\team-ar\\papers</filepath>).</p>
        <section id="foundations">
            <title>الأسس: التسلسل إلى التسلسل والانتباه</title>
            <ul>
{li('1409.3215', 'الأساس الذي بُني عليه نظام الترجمة القديم لدينا. ' + xref('https://arxiv.org/abs/1409.3215', 'arXiv'))}
{li('1706.03762', 'اقرأ القسم 3 بعناية؛ سنعيد اشتقاق الانتباه متعدد الرؤوس في الجلسة الثانية. ' + xref('https://arxiv.org/pdf/1706.03762v7', 'PDF'))}
{li('1508.07909', 'أساس مُقطِّع BPE الذي نستخدمه للعربية (مع تطبيع الألف والياء قبل التقطيع). لا رابط هنا؛ النسخة في المجلد المشترك.')}
            </ul>
        </section>
        <section id="encoders">
            <title>المُرمِّزات المدرَّبة مسبقًا</title>
            <ul>
{li('1810.04805', 'المعرّف: <ph translate="no">arXiv:1810.04805</ph>. نموذجنا العربي الأساسي مبني على هذه الوصفة مع تعديل حجم المفردات.')}
{li('1907.11692', 'إزالة هدف التنبؤ بالجملة التالية، وأقنعة ديناميكية، ودفعات أكبر. ' + xref('https://arxiv.org/abs/1907.11692', 'صفحة arXiv'))}
{li('1906.08237', 'هدف الترتيب التبديلي؛ للاطلاع فقط، لا نستخدمه في الإنتاج.')}
{li('1911.02116', 'المرجع لنماذجنا متعددة اللغات (العربية ضمن 100 لغة).')}
{li('1801.06146', 'الضبط الدقيق التدريجي وإذابة الطبقات؛ مفيد لمهام التصنيف الصغيرة عندنا.')}
            </ul>
            <note type="important">لا تخلط بين الورقة وبين النموذج المنشور أو المكتبة التي تحمل الاسم نفسه: عند الاستشهاد في
                التقارير الداخلية اذكر عنوان الورقة كاملًا.</note>
        </section>
        <section id="not_papers">
            <title>مواد مساعدة (ليست أوراقًا بحثية)</title>
            <ul>
                <li>كتاب <cite>Speech and Language Processing</cite> (الطبعة الثالثة، مسودة إلكترونية) — الفصول 9 إلى 11.</li>
                <li>مدونة Jay Alammar: {xref('https://jalammar.github.io/illustrated-transformer/', 'The Illustrated Transformer')}.</li>
                <li>مكتبة <ph translate="no">tokenizers</ph> ومستودع <ph translate="no">sentencepiece</ph> على GitHub.</li>
                <li>مجموعة بيانات OSCAR (الجزء العربي) ولوحة المتصدرين ORCA للغة العربية.</li>
                <li>مقرر CS224N (تسجيلات 2023).</li>
            </ul>
        </section>
        <section id="schedule">
            <title>الجدول</title>
            <simpletable relcolwidth="1* 3* 2*">
                <sthead>
                    <stentry>الأسبوع</stentry>
                    <stentry>المحتوى</stentry>
                    <stentry>المسؤول</stentry>
                </sthead>
                <strow>
                    <stentry>1</stentry>
                    <stentry>الأسس + تمرين تقطيع الكلمات على ويكيبيديا العربية</stentry>
                    <stentry>كريم</stentry>
                </strow>
                <strow>
                    <stentry>2</stentry>
                    <stentry>الانتباه: اشتقاق وتطبيق بـ PyTorch (&lt; 200 سطر)</stentry>
                    <stentry>سلمى</stentry>
                </strow>
                <strow>
                    <stentry>3</stentry>
                    <stentry>المُرمِّزات: مقارنة وصفات التدريب &amp; الضبط الدقيق</stentry>
                    <stentry>نور</stentry>
                </strow>
                <strow>
                    <stentry>4</stentry>
                    <stentry>متعدد اللغات + عرض ختامي</stentry>
                    <stentry>يوسف</stentry>
                </strow>
            </simpletable>
        </section>
    </conbody>
    <related-links>
        <link href="onboarding_compute.dita" type="concept">
            <linktext>الوصول إلى عنقود الحوسبة</linktext>
        </link>
        <link href="https://wiki.wahat-lab.example.org/team-ar/style" scope="external" format="html">
            <linktext>دليل الأسلوب للتقارير الداخلية</linktext>
        </link>
    </related-links>
</concept>
"""
import html
write_only(F692, raw, keys(F692), forms=[html.unescape(raw)])
