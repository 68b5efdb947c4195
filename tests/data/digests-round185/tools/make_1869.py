#!/usr/bin/env python3
"""1869: a Turkish PhD student's desktop reading widget as a Rainmeter skin (`Belgeler\\Rainmeter\\Skins\\OkumaListesi\\
Difuzyon\\Difuzyon.ini`): `;` comments, the [Rainmeter] / [Metadata] / [Variables] sections, two style sections,
a Time measure, a header String meter and an Image meter as a rule, then per paper a String meter whose Text is the
title, ToolTipText the authors and venue, and LeftMouseUpAction opens the link (arXiv `/abs/`, `/pdf/….pdf`,
`/abs/…v3`, `http://`) or a PDF in the reading folder (`#Klasor#…`, title-only; one tooltip carries an arXiv id),
with a note meter under it; the same for the non-papers (docs, a blog post, a course, a book, a talk). Hover bangs
(`[!SetOption …][!UpdateMeter …][!Redraw]`), `#CRLF#` in a note, relative `Y=…R` positions. Saved as UTF-16 LE with
a BOM (Rainmeter reads non-ASCII text only from UTF-16 LE files) and CRLF line ends, a final CRLF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import keys, by_num

F = by_num(1869)
# (section, title, tooltip, action target, note)
PAPERS = [
 ("Makale1", T("2006.11239"), "Ho, Jain, Abbeel · NeurIPS 2020", "https://arxiv.org/abs/2006.11239", "1. hafta · okundu · sunum: Elif"),
 ("Makale2", T("2112.10752"), "Rombach, Blattmann, Lorenz, Esser, Ommer · CVPR 2022", "https://arxiv.org/pdf/2112.10752.pdf", "2. hafta · okundu · gizli uzayda difüzyon"),
 ("Makale3", T("2303.01469"), "Song, Dhariwal, Chen, Sutskever · ICML 2023 · arXiv 2303.01469", "#Klasor#song-consistency.pdf", "3. hafta · tek adımda örnekleme"),
 ("Makale4", T("2208.01618"), "Gal, Alaluf, Atzmon, Patashnik, Bermano, Chechik, Cohen-Or · ICLR 2023", "#Klasor#gal-textual-inversion.pdf", "4. hafta · kişiselleştirme (1)"),
 ("Makale5", T("2208.12242"), "Ruiz, Li, Jampani, Pritch, Rubinstein, Aberman · CVPR 2023", "http://arxiv.org/abs/2208.12242", "4. hafta · kişiselleştirme (2)"),
 ("Makale6", T("2302.05543"), "Zhang, Rao, Agrawala · ICCV 2023", "https://arxiv.org/abs/2302.05543v3", "5. hafta · koşullu kontrol"),
 ("Makale7", T("2211.09800"), "Brooks, Holynski, Efros · CVPR 2023", "#Klasor#brooks-instructpix2pix.pdf", "6. hafta · talimatla görüntü düzenleme"),
 ("Makale8", T("2009.09761"), "Kong, Ping, Huang, Zhao, Catanzaro · ICLR 2021", "#Klasor#kong-diffwave.pdf", "yedek · ses tarafı, vakit kalırsa#CRLF#(Murat'ın önerisi)"),
]
OTHER = [
 ("Kaynak1", "Diffusers belgeleri (Hugging Face)", "kütüphane belgeleri", "https://huggingface.co/docs/diffusers/index"),
 ("Kaynak2", "Lilian Weng: What are Diffusion Models? (blog yazısı)", "blog yazısı", "https://lilianweng.github.io/posts/2021-07-11-diffusion-models/"),
 ("Kaynak3", "Hugging Face Diffusion Models Course", "çevrim içi kurs", "https://github.com/huggingface/diffusion-models-class"),
 ("Kaynak4", "Understanding Deep Learning (Prince), 18. bölüm", "kitap · PDF klasörde", "#Klasor#kitap\\prince-udl-bolum18.pdf"),
 ("Kaynak5", "Bölüm semineri kaydı: difüzyonla görüntü düzenleme", "konuşma kaydı · 14 Mart", "https://video.bilmuh.example.edu.tr/seminer/2024-03-14"),
]


def build():
    L = ["; -------------------------------------------------------------------------",
         ";  Difüzyon okuma listesi — masaüstü parçacığı (Rainmeter 4.5)",
         ";  Başlığa tıkla: bağlantı tarayıcıda açılır, bağlantısı olmayanlar D:\\Okuma\\difuzyon",
         ";  klasöründeki PDF'ten açılır. Türkçe karakterler için dosya UTF-16 LE kaydedildi.",
         ";  Elif Yıldız · Bilgisayar Mühendisliği, oda B-207",
         "; -------------------------------------------------------------------------",
         "",
         "[Rainmeter]",
         "Update=1000",
         "AccurateText=1",
         "DynamicWindowSize=1",
         "BackgroundMode=2",
         "SolidColor=18,18,24,210",
         "ContextTitle=Okuma klasörünü aç",
         'ContextAction=["#Klasor#"]',
         "",
         "[Metadata]",
         "Name=Difüzyon okuma listesi",
         "Author=Elif Yıldız",
         "Information=Bahar dönemi okuma grubu: difüzyon modelleri ve görüntü düzenleme. Başlığa tıkla, açılsın.",
         "Version=1.3",
         "License=Creative Commons Attribution-Non-Commercial-Share Alike 3.0",
         "",
         "[Variables]",
         "Klasor=D:\\Okuma\\difuzyon\\",
         "Yazi=Segoe UI",
         "Renk=235,235,240,255",
         "Soluk=150,150,165,255",
         "Vurgu=255,184,77,255",
         "Genislik=430",
         "",
         "; ---- stiller ----",
         "",
         "[sBaslik]",
         "FontFace=#Yazi#",
         "FontSize=9",
         "FontColor=#Renk#",
         "AntiAlias=1",
         "ClipString=2",
         "W=#Genislik#",
         "X=12",
         "Y=8R",
         "SolidColor=0,0,0,1",
         "DynamicVariables=1",
         'MouseOverAction=[!SetOption #CURRENTSECTION# FontColor "#Vurgu#"][!UpdateMeter #CURRENTSECTION#][!Redraw]',
         'MouseLeaveAction=[!SetOption #CURRENTSECTION# FontColor "#Renk#"][!UpdateMeter #CURRENTSECTION#][!Redraw]',
         "",
         "[sNot]",
         "FontFace=#Yazi#",
         "FontSize=7",
         "FontColor=#Soluk#",
         "AntiAlias=1",
         "ClipString=2",
         "W=#Genislik#",
         "X=12",
         "Y=1R",
         "",
         "; ---- ölçüler ----",
         "",
         "[MeasureTarih]",
         "Measure=Time",
         "Format=%d.%m.%Y",
         "",
         "; ---- göstergeler ----",
         "",
         "[MeterUst]",
         "Meter=String",
         "MeasureName=MeasureTarih",
         "Text=DİFÜZYON · bahar 2024 · %1",
         "FontFace=#Yazi#",
         "FontSize=11",
         "StringStyle=Bold",
         "FontColor=#Vurgu#",
         "AntiAlias=1",
         "X=12",
         "Y=10",
         "",
         "[MeterCizgi]",
         "Meter=Image",
         "SolidColor=#Soluk#",
         "X=12",
         "Y=4R",
         "W=#Genislik#",
         "H=1",
         ""]

    def item(sec, text, tip, target, note):
        return ["[" + sec + "]",
                "Meter=String",
                "MeterStyle=sBaslik",
                "Text=" + text,
                "ToolTipText=" + tip,
                f'LeftMouseUpAction=["{target}"]',
                "",
                "[" + sec + "Not]",
                "Meter=String",
                "MeterStyle=sNot",
                "Text=" + note,
                ""]
    for p in PAPERS:
        L += item(*p)
    L += ["; ---- makale olmayanlar ----",
          "",
          "[MeterAra]",
          "Meter=String",
          "MeterStyle=sNot",
          "Text=KAYNAKLAR (makale değil)",
          "FontColor=#Vurgu#",
          "Y=12R",
          ""]
    for sec, name, tip, target in OTHER:
        L += item(sec, name, tip, target, "")[:7]
    while L[-1] == "":
        L.pop()
    text = "\r\n".join(L) + "\r\n"
    return text


if __name__ == "__main__":
    text = build()
    write_raw(F, b"\xff\xfe" + text.encode("utf-16-le"), [text], keys(F))
