#!/usr/bin/env python3
"""601: pdftotext (default, non-layout mode) output of a Persian paper typeset with Springer's LNCS class and the
splncs04 BibTeX style: title block, abstract / keywords, numbered sections, running heads with page numbers, form
feeds between pages, a table, and an alphabetically sorted reference list in splncs04 form ("N. Surname, I.,
Surname, I.: Title. In: Booktitle. pp. a–b (year)", "arXiv preprint arXiv:…", "last accessed yyyy/mm/dd"), lines
wrapped at the column width. Persian, a comparison of vision backbones for skin-lesion images."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, fill, write_only
from make_expected import F601, keys


def lncs(key):
    out = []
    for a in CAT[key]["authors"]:
        p = a.split()
        ini = "".join("".join(y[0] + "." for y in x.split("-")) if not x.endswith(".") else x for x in p[:-1])
        out.append(f"{p[-1]}, {ini}")
    return ", ".join(out)


def wrap(s, w=78):
    return "\n".join(textwrap.wrap(s, w, break_long_words=False, break_on_hyphens=False))


REFS = [
 lncs("2103.14586") + ": ⟦2103.14586⟧. In: Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV). pp. 10231–10241 (2021), https://arxiv.org/abs/2103.14586",
 lncs("2010.11929") + ": ⟦2010.11929⟧. In: International Conference on Learning Representations (ICLR) (2021), https://arxiv.org/abs/2010.11929",
 lncs("2004.07780") + ": ⟦2004.07780⟧. Nature Machine Intelligence 2(11), 665–673 (2020)",
 "Goodfellow, I., Bengio, Y., Courville, A.: Deep Learning. MIT Press, Cambridge, MA (2016)",
 "International Skin Imaging Collaboration: ISIC Archive, https://www.isic-archive.com, last accessed 2023/11/20",
 lncs("2010.08515") + ": ⟦2010.08515⟧. arXiv preprint arXiv:2010.08515 (2020)",
 lncs("2103.14030") + ": ⟦2103.14030⟧. In: Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV). pp. 10012–10022 (2021)",
 lncs("2201.03545") + ": ⟦2201.03545⟧. In: Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR). pp. 11976–11986 (2022)",
 lncs("2104.00298") + ": ⟦2104.00298⟧. In: Proceedings of the 38th International Conference on Machine Learning (ICML). Proceedings of Machine Learning Research, vol. 139, pp. 10096–10106. PMLR (2021)",
 "Wightman, R.: PyTorch image models. GitHub repository, https://github.com/rwightman/pytorch-image-models (2019), last accessed 2023/12/02",
 lncs("2106.04560") + ": ⟦2106.04560⟧. In: Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR). pp. 12104–12113 (2022), https://arxiv.org/abs/2106.04560",
]

p1 = [
 "مقایسهٔ ترنسفورمرهای بینایی و شبکه‌های",
 "کانولوشنی مدرن برای طبقه‌بندی ضایعات پوستی",
 "با داده‌های محدود",
 "",
 "نسترن رضایی۱ ، امیرحسین کاظمی۱ ، و لیلا فرهمند۲",
 "",
 "۱ دانشکده مهندسی کامپیوتر، دانشگاه صنعتی البرز (نام فرضی)، ایران",
 "{n.rezaei,ah.kazemi}@alborz-tech.example",
 "۲ گروه پوست، بیمارستان آموزشی سپیدار (نام فرضی)",
 "l.farahmand@sepidar-hospital.example",
 "",
 wrap("چکیده. در این مقاله عملکرد چند معماری پرکاربرد بینایی ماشین را برای طبقه‌بندی ضایعات پوستی در شرایطی که تعداد تصاویر برچسب‌خورده محدود است مقایسه می‌کنیم. نتایج نشان می‌دهد که ترنسفورمرهای بینایی فقط زمانی برتری دارند که از پیش‌آموزش بزرگ‌مقیاس استفاده شود و در غیر این صورت شبکه‌های کانولوشنی مدرن با تعداد پارامتر کمتر نتیجهٔ مشابه یا بهتری می‌دهند. همچنین نشان می‌دهیم که هر دو خانواده در برابر میان‌برهای آماری موجود در داده‌ها (مانند خط‌کش و نشانگر جوهری در تصویر) آسیب‌پذیرند."),
 "",
 "واژگان کلیدی: ترنسفورمر بینایی · شبکهٔ کانولوشنی · تصاویر پوستی · یادگیری انتقالی",
 "",
 "۱ مقدمه",
 "",
 wrap("از زمان معرفی ترنسفورمر بینایی [2]، پرسش اصلی در بسیاری از کاربردهای پزشکی این بوده است که آیا جایگزینی شبکه‌های کانولوشنی با ترنسفورمرها ارزش هزینهٔ محاسباتی بیشتر را دارد یا نه. پژوهش‌های نظری نشان داده‌اند که شبکه‌های کانولوشنی به دلیل سوگیری استقرایی محلی، در تعداد نمونهٔ کم کارآمدترند [6]، و از سوی دیگر مقیاس‌دهی ترنسفورمرها با دادهٔ بسیار زیاد به نتایج چشمگیری رسیده است [11]. معماری‌های سلسله‌مراتبی با پنجره‌های جابه‌جا‌شونده [7] و شبکه‌های کانولوشنی بازطراحی‌شده [8] فاصلهٔ این دو خانواده را کمتر کرده‌اند."),
 "",
 wrap("در این کار چهار خانواده را با پروتکل یکسان روی مجموعه‌دادهٔ عمومی ISIC [5] و یک مجموعهٔ کوچک بالینی از بیمارستان همکار مقایسه می‌کنیم. برای پیاده‌سازی از کتابخانهٔ timm [10] استفاده شده است. مفاهیم پایه در کتاب مرجع یادگیری عمیق [4] آمده و در اینجا تکرار نمی‌شوند."),
]
p2 = [
 "2 ن. رضایی و همکاران",
 "",
 "۲ کارهای مرتبط",
 "",
 wrap("استحکام ترنسفورمرها در برابر اغتشاش‌های ورودی و حملات تخاصمی در [1] بررسی شده و نشان داده شده است که با پیش‌آموزش کافی، مقاومت آن‌ها دست‌کم هم‌تراز شبکه‌های کانولوشنی است. مسئلهٔ یادگیری میان‌بر در شبکه‌های عمیق در [3] به‌طور مفصل شرح داده شده است؛ در تصاویر پوستی، وجود خط‌کش یا علامت ماژیک پزشک نمونهٔ شناخته‌شده‌ای از چنین میان‌برهایی است. از میان شبکه‌های کارآمد، خانوادهٔ EfficientNetV2 [9] با آموزش تدریجی و مقیاس‌دهی غیر یکنواخت، زمان آموزش را به‌طور محسوسی کاهش می‌دهد."),
 "",
 "۳ روش و تنظیمات آزمایش",
 "",
 wrap("همهٔ مدل‌ها از وزن‌های پیش‌آموخته روی ImageNet-21k یا ImageNet-1k شروع می‌شوند و با بهینه‌ساز AdamW، نرخ یادگیری پایه 5e-4 و ۳۰ دوره آموزش تنظیم دقیق می‌شوند. تصاویر به اندازهٔ ۲۲۴ × ۲۲۴ تغییر اندازه داده می‌شوند. برای هر آزمایش سه بار با بذر تصادفی متفاوت اجرا و میانگین گزارش شده است."),
 "",
 "جدول ۱. دقت متوازن (٪) روی دو مجموعه‌داده",
 "مدل         پارامتر (میلیون)   ISIC   بالینی",
 "ViT-B/16            86          81.2    74.5",
 "Swin-T              28          82.0    76.1",
 "ConvNeXt-T          29          82.4    77.0",
 "EfficientNetV2-S    22          81.7    76.8",
 "",
 wrap("همان‌طور که در جدول ۱ دیده می‌شود، تفاوت‌ها در مجموعهٔ ISIC کمتر از یک درصد است، اما در مجموعهٔ کوچک بالینی، مدل‌های کانولوشنی و مدل سلسله‌مراتبی برتری روشن‌تری دارند."),
]
p3 = [
 "مقایسهٔ ترنسفورمرها و شبکه‌های کانولوشنی برای تصاویر پوستی 3",
 "",
 "۴ بحث و نتیجه‌گیری",
 "",
 wrap("یافته‌های ما با این فرضیه سازگار است که سوگیری استقرایی در داده‌های کم اهمیت بیشتری دارد. پیشنهاد عملی ما برای گروه‌های بالینی با دادهٔ محدود، شروع از یک شبکهٔ کانولوشنی مدرن و سپس آزمودن ترنسفورمر در صورت دسترسی به پیش‌آموزش بزرگ است. کد و تنظیمات آزمایش‌ها پس از داوری در مخزن گروه منتشر خواهد شد."),
 "",
 "سپاس‌گزاری. از واحد پردازش سریع دانشکده برای فراهم کردن GPU و از داوران ناشناس برای",
 "نظرهای سازنده سپاس‌گزاریم.",
 "",
 "مراجع",
 "",
]
refs = "\n".join(wrap(fill(f"{i}. {r}").replace("?.", "?"), 84) for i, r in enumerate(REFS, 1))
text = fill("\n".join(p1) + "\n\f" + "\n".join(p2) + "\n\f" + "\n".join(p3) + "\n" + refs + "\n\f")
write_only(F601, text, keys(F601))
