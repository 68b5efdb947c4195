#!/usr/bin/env python3
"""527: Microsoft Word's citation master list (Sources.xml, %APPDATA%\\Microsoft\\Bibliography\\Sources.xml, the file
behind References > Manage Sources) of a Polish master's student writing a thesis on change detection with vision
transformers. Word keeps it as one long line of b:Source elements in the OOXML bibliography namespace. Papers: arXiv
URLs in b:URL (link), an OpenReview forum URL (link), a 10.48550/arXiv DOI in b:DOI (arxiv-text), PMLR / CVF open
access / journal entries (title-only). Not papers: two books, a thesis (Report with ThesisType), documentation pages,
a dataset site, lecture slides, a repository."""
import hashlib, os, sys
from xml.sax.saxutils import escape
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, CAT, key_of, write_only
from make_expected import F527, keys, LECUN

NS = "http://schemas.openxmlformats.org/officeDocument/2006/bibliography"


def guid(tag):
    h = hashlib.sha1(("round51/527/" + tag).encode()).hexdigest().upper()
    return "{%s-%s-4%s-%s%s-%s}" % (h[:8], h[8:12], h[13:16], "89AB"[int(h[16], 16) % 4], h[17:20], h[20:32])


def person(name):
    parts = name.split()
    last, first, middle = parts[-1], parts[0], " ".join(parts[1:-1])
    if name.startswith("Yann LeCun"): last, first, middle = "LeCun", "Yann", ""
    s = f"<b:Person><b:Last>{escape(last)}</b:Last><b:First>{escape(first)}</b:First>"
    if middle: s += f"<b:Middle>{escape(middle)}</b:Middle>"
    return s + "</b:Person>"


def authors_of(key, n=6):
    return "<b:Author><b:Author><b:NameList>" + "".join(person(a) for a in CAT[key_of(key)]["authors"][:n]) + \
           "</b:NameList></b:Author></b:Author>"


def corp(name):
    return f"<b:Author><b:Author><b:Corporate>{escape(name)}</b:Corporate></b:Author></b:Author>"


def names(*ns):
    return "<b:Author><b:Author><b:NameList>" + "".join(person(n) for n in ns) + "</b:NameList></b:Author></b:Author>"


def src(tag, stype, author, **f):
    s = f"<b:Source><b:Tag>{tag}</b:Tag><b:SourceType>{stype}</b:SourceType><b:Guid>{guid(tag)}</b:Guid>"
    s += f"<b:LCID>{f.pop('LCID', 1045)}</b:LCID>" if f.get("LCID", 1045) else ""
    s += author
    for k, v in f.items():
        s += f"<b:{k}>{escape(str(v))}</b:{k}>"
    return s + "</b:Source>"


S = [
 src("Goo16", "Book", names("Ian Goodfellow", "Yoshua Bengio", "Aaron Courville"), Title="Deep Learning", Year=2016,
     City="Cambridge, MA", Publisher="MIT Press", URL="https://www.deeplearningbook.org/", LCID=1033),
 src("Liu22", "ConferenceProceedings", authors_of("2201.03545"), Title=T("2201.03545"), Year=2022,
     ConferenceName="Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)",
     City="New Orleans", Pages="11976-11986", URL="https://arxiv.org/abs/2201.03545", YearAccessed=2024,
     MonthAccessed="luty", DayAccessed=12, Comments="rozdz. 2.3 – ConvNeXt jako baseline CNN (tab. 2.1)"),
 src("Dos21", "ConferenceProceedings", authors_of("2010.11929"), Title=T("2010.11929"), Year=2021,
     ConferenceName="International Conference on Learning Representations (ICLR 2021)", City="Wirtualna",
     URL="https://openreview.net/forum?id=" + OR("2010.11929"), YearAccessed=2024, MonthAccessed="luty", DayAccessed=12,
     Comments="ViT – podstawa całego rozdz. 2; patrz też recenzje na OpenReview"),
 src("Tan21", "ConferenceProceedings", authors_of("2104.00298"), Title=T("2104.00298"), Year=2021,
     ConferenceName="Proceedings of the 38th International Conference on Machine Learning", City="Wirtualna",
     Publisher="PMLR", Volume=139, Pages="10096-10106", URL="https://proceedings.mlr.press/v139/tan21a.html"),
 src("Zhu21", "ConferenceProceedings", authors_of("2010.04159"), Title=T("2010.04159"), Year=2021,
     ConferenceName="International Conference on Learning Representations (ICLR 2021)",
     URL="https://arxiv.org/pdf/2010.04159.pdf", YearAccessed=2024, MonthAccessed="marzec", DayAccessed=3,
     Comments="detektor do lokalizacji zmian (rozdz. 4)"),
 src("Jia21", "ConferenceProceedings", authors_of("2103.14167"), Title=T("2103.14167"), Year=2021,
     ConferenceName="Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV)",
     City="Montreal", Pages="6207-6217",
     URL="https://openaccess.thecvf.com/content/ICCV2021/html/Jiang_COTR_Correspondence_Transformer_for_Matching_Across_Images_ICCV_2021_paper.html",
     YearAccessed=2024, MonthAccessed="marzec", DayAccessed=3, Comments="dopasowanie par zdjęć przed detekcją zmian"),
 src("Qiu21", "ConferenceProceedings", authors_of("2103.14146"), Title=T("2103.14146"), Year=2021,
     ConferenceName="Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV)",
     City="Montreal", Pages="1971-1980",
     URL="https://openaccess.thecvf.com/content/ICCV2021/html/Qiu_Describing_and_Localizing_Multiple_Changes_With_Transformers_ICCV_2021_paper.html",
     Comments="NAJWAŻNIEJSZE – zbiór danych CLEVR-Multi-Change, porównanie w rozdz. 5"),
 src("LeC98", "JournalArticle", authors_of(LECUN, 4), Title=T(LECUN), Year=1998, JournalName="Proceedings of the IEEE",
     Volume=86, Issue=11, Pages="2278-2324", Comments="historia CNN, wstęp"),
 src("Oqu24", "JournalArticle", authors_of("2304.07193"), Title=T("2304.07193"), Year=2024,
     JournalName="Transactions on Machine Learning Research", DOI="10.48550/arXiv.2304.07193",
     Comments="cechy DINOv2 zamrożone – eksperyment 3 (promotor prosił o porównanie z ViT-B/16)"),
 src("Gér23", "Book", names("Aurélien Géron"), Title="Uczenie maszynowe z użyciem Scikit-Learn, Keras i TensorFlow",
     Year=2023, City="Gliwice", Publisher="Helion", Edition="III", Comments="tłum. z ang.; wypożyczone z BG do 30.04"),
 src("PyT24", "InternetSite", corp("PyTorch Foundation"), Title="Models and pre-trained weights",
     InternetSiteTitle="Torchvision 0.17 documentation", Year=2024,
     URL="https://pytorch.org/vision/stable/models.html", YearAccessed=2024, MonthAccessed="marzec", DayAccessed=18),
 src("Wig19", "InternetSite", names("Ross Wightman"), Title="PyTorch Image Models (timm)", InternetSiteTitle="GitHub",
     Year=2019, URL="https://github.com/huggingface/pytorch-image-models", YearAccessed=2024, MonthAccessed="marzec",
     DayAccessed=18, Comments="wagi convnext_tiny i vit_base_patch16_224"),
 src("COC24", "InternetSite", corp("COCO Consortium"), Title="COCO - Common Objects in Context",
     InternetSiteTitle="cocodataset.org", Year=2024, URL="https://cocodataset.org/#home", YearAccessed=2024,
     MonthAccessed="marzec", DayAccessed=4, Comments="tylko do pretreningu detektora"),
 src("Ste24", "Report", names("Julia Stępniak"), Title="Wykrywanie zmian na zdjęciach lotniczych z użyciem transformerów",
     Year=2024, Publisher="Wydział Elektroniki i Technik Informacyjnych", City="Warszawa",
     ThesisType="Praca magisterska", Institution="Politechnika Nadwiślańska",
     Comments="MOJA praca – nie cytować! wpis testowy do sprawdzenia stylu"),
 src("Kow24", "ElectronicSource", names("Marek Kowalczyk"), Title="Wykład 7: Transformery w wizji komputerowej",
     Year=2024, Publisher="Politechnika Nadwiślańska", Medium="Slajdy PDF",
     URL="https://moodle.example.edu.pl/course/view.php?id=1187", YearAccessed=2024, MonthAccessed="styczeń",
     DayAccessed=22),
 src("Wu19", "InternetSite", names("Yuxin Wu", "Alexander Kirillov", "Francisco Massa", "Wan-Yen Lo", "Ross Girshick"),
     Title="Detectron2", InternetSiteTitle="GitHub", Year=2019, URL="https://github.com/facebookresearch/detectron2",
     YearAccessed=2024, MonthAccessed="marzec", DayAccessed=5),
]
text = ('<?xml version="1.0"?>\n'
        f'<b:Sources SelectedStyle="\\ISO690Nmerical.XSL" StyleName="ISO 690 - Numerical Reference" Version="1987" '
        f'xmlns:b="{NS}" xmlns="{NS}">' + "".join(S) + "</b:Sources>")
write_only(F527, text, keys(F527))
