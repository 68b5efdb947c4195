#!/usr/bin/env python3
"""636 (negative): a uMap layer export (uMap "Download data" → GeoJSON, JSON.stringify(…, null, 2)): a
FeatureCollection with _umap_options for the layer, Point / LineString / Polygon features with properties (name,
description in uMap's text syntax: **bold**, *italic*, [[url|label]], line breaks) and per-feature _umap_options
(color, iconClass, iconUrl, popupTemplate), coordinates as [lon, lat]. An Arabic summer school's venue map: halls,
labs, hotel, food, transport — software, datasets and tutorials named, no paper."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F636


def pt(name, desc, lon, lat, color="DarkBlue", icon="Default", extra=None):
    o = {"color": color, "iconClass": icon}
    if extra: o.update(extra)
    return {"type": "Feature", "properties": {"name": name, "description": desc, "_umap_options": o},
            "geometry": {"type": "Point", "coordinates": [lon, lat]}}


features = [
 pt("قاعة المحاضرات الرئيسية (المبنى أ)",
    "**جميع المحاضرات العامة** من الأحد إلى الخميس، 9:00–13:00.\nالدخول بالبطاقة فقط. الواي فاي: شبكة «MLSS-Guest».\n[[https://mlss-alex.example.org/program|البرنامج الكامل]]",
    29.91873, 31.20514, "DarkRed", "Drop"),
 pt("قاعة الملصقات (المبنى ب، الطابق الأرضي)",
    "جلسة الملصقات يوم الثلاثاء 16:00–18:30.\nالحجم الأقصى للملصق A0 عمودي. يتوفر شريط لاصق عند مكتب التسجيل.",
    29.91792, 31.20455, "DarkOrange", "Drop"),
 pt("مختبر الحواسيب ووحدات GPU (المبنى ج، غرفة 204)",
    "ورش العمل العملية بعد الظهر: *PyTorch* (الأحد)، *JAX* (الإثنين)، مكتبة Hugging Face Transformers (الأربعاء).\nالحسابات على الخادم تُرسل بالبريد قبل يومين. لا تحفظوا بيانات شخصية على الأقراص المشتركة.\n[[https://mlss-alex.example.org/labs|تعليمات الاتصال بالخادم]]",
    29.91705, 31.20581, "DarkGreen", "Circle"),
 pt("مكتب التسجيل والاستقبال",
    "استلام البطاقات والحقائب يوم السبت 14:00–20:00.\nللاستفسار: registration@mlss-alex.example.org",
    29.91931, 31.20476, "Black", "Default"),
 pt("فندق المشاركين",
    "غرف مزدوجة للطلاب. الإفطار 6:30–8:30.\nحافلة الصباح تنطلق 8:15 من أمام المدخل.",
    29.90644, 31.21102, "Navy", "Default", {"iconUrl": "/uploads/pictogram/hotel-24.png"}),
 pt("مطعم العشاء الاجتماعي",
    "العشاء الاجتماعي يوم الأربعاء 20:00. أخبرونا مسبقًا بأي حساسية غذائية.",
    29.89512, 31.21377, "Purple", "Default", {"iconUrl": "/uploads/pictogram/restaurant-24.png"}),
 pt("مصلى", "مصلى للرجال والنساء في الطابق الأول من المبنى أ.", 29.91858, 31.20538, "Gray", "Circle"),
 pt("صيدلية قريبة", "مفتوحة 24 ساعة. رقم الطوارئ في الحقيبة الترحيبية.", 29.92047, 31.20392, "Green", "Circle"),
 pt("محطة حافلة المطار",
    "حافلة خاصة إلى المطار يوم الجمعة 14:00 و 17:00. سجّلوا أسماءكم في الاستمارة قبل الخميس.",
    29.92215, 31.20168, "DarkSlateGray", "Default"),
 pt("مقهى المكتبة",
    "مكان هادئ للعمل على المشاريع. المكتبة تتيح الوصول إلى قواعد البيانات العلمية بحسابات الضيوف.\nمجموعة بيانات Common Voice العربية ومجموعة بيانات المشروع الجماعي متاحتان على الخادم المحلي للمختبر فقط.",
    29.91644, 31.20702, "Brown", "Circle"),
 {"type": "Feature", "properties": {"name": "مسار المشي من الفندق إلى الحرم", "description": "حوالي 25 دقيقة سيرًا على الكورنيش. لا يُنصح به وقت الظهيرة في يوليو.",
   "_umap_options": {"color": "DarkBlue", "weight": "4", "dashArray": "5,10"}},
  "geometry": {"type": "LineString", "coordinates": [[29.90644, 31.21102], [29.90912, 31.20977], [29.91233, 31.20801], [29.91588, 31.20646], [29.91873, 31.20514]]}},
 {"type": "Feature", "properties": {"name": "منطقة الحرم الجامعي (الدخول بالبطاقة)", "description": "حدود تقريبية. يمنع دخول السيارات إلا بتصريح.",
   "_umap_options": {"color": "DarkGreen", "opacity": "0.4", "fillOpacity": "0.1"}},
  "geometry": {"type": "Polygon", "coordinates": [[[29.91502, 31.20301], [29.92133, 31.20301], [29.92133, 31.20812], [29.91502, 31.20812], [29.91502, 31.20301]]]}},
]
layer = {"type": "FeatureCollection", "features": features,
         "_umap_options": {"displayOnLoad": True, "browsable": True, "editMode": "advanced", "inCaption": True,
                           "name": "أماكن المدرسة الصيفية 2024", "id": 48213, "remoteData": {}, "color": "DarkBlue",
                           "description": "خريطة أماكن مدرسة الإسكندرية الصيفية للتعلم الآلي (نسخة المشاركين). آخر تحديث: يونيو 2024.",
                           "popupShape": "Panel", "labelKey": "name", "showLabel": None}}
text = json.dumps(layer, indent=2, ensure_ascii=False)
write(F636, text, negative=True)
