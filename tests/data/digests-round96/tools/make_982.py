#!/usr/bin/env python3
"""982: the responses of a Microsoft Forms form (a Turkish graduate seminar on self-supervised learning asks each
student to propose the paper they will present), opened in Excel from Forms' "Open in Excel" and saved as
"CSV UTF-8 (Comma delimited)" on a Turkish-locale Windows: a byte-order mark, the list separator `;` (Turkish
regional settings), CRLF row ends with LF inside multi-line cells, fields quoted only when they hold `;`, `"` or a
line break. The columns are Forms' own (Kimlik, Başlangıç saati, Tamamlanma saati, E-posta, Ad, Son değiştirilme
saati — the Turkish interface's names) and then the questions; times `dd.MM.yyyy HH:mm:ss`; the multi-choice answer
as Forms writes it, options joined by `;` with a trailing `;`. Papers: three arXiv URLs (one a `pdf/…v3` link), one
OpenReview forum URL, one `arXiv 2111.06377` typed without a link, three titles only (one has a repository link, one
no link, one named in a reason). Not papers: the fairseq HuBERT example directory, a YouTube explainer, a nickname-only
answer (BYOL)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(982)
K = dict(simclr="2002.05709", moco="1911.05722", dino="2104.14294", c2d="2103.13646", mae="2111.06377",
         hubert="2106.07447", simsiam="2011.10566", dinov2="2304.07193")
DOM = "ogr.ornekuni.example.tr"
HEAD = ["Kimlik", "Başlangıç saati", "Tamamlanma saati", "E-posta", "Ad", "Son değiştirilme saati",
        "Öğrenci numaranız", "Önerdiğiniz makalenin tam başlığı",
        "Makalenin bağlantısı (arXiv, OpenReview veya yayıncı sayfası)",
        "Hangi haftalarda sunum yapabilirsiniz?", "Makaleyi neden öneriyorsunuz? (2-3 cümle)", "Kodunu çalıştırdınız mı?"]
WEEKS = ["4. hafta (11 Mart)", "5. hafta (18 Mart)", "6. hafta (25 Mart)", "7. hafta (1 Nisan)", "9. hafta (15 Nisan)"]


def w(*idx):
    return "".join(WEEKS[i] + ";" for i in idx)


rows = [
    ("04.03.2024 10:12:05", "04.03.2024 10:19:41", "elif.yildirim", "Elif Yıldırım", "", "2231045",
     T(K["simclr"]), f"https://arxiv.org/abs/{K['simclr']}", w(0, 1),
     "Kontrastif öğrenmenin temel makalesi, veri artırmanın ne kadar önemli olduğunu çok net gösteriyor. "
     "Dersin başında okunursa diğerleri daha kolay anlaşılır diye düşünüyorum.", "Evet"),
    ("04.03.2024 11:40:27", "04.03.2024 11:46:02", "burak.demir", "Burak Demir", "05.03.2024 09:02:18", "2231012",
     "MoCo - " + T(K["moco"]), f"https://arxiv.org/pdf/{K['moco']}v3.pdf", w(1),
     "Bellek kuyruğu + momentum kodlayıcı fikri. SimCLR ile aynı hafta olmasın, Elif'le konuştuk.", "Kısmen"),
    ("04.03.2024 13:05:50", "04.03.2024 13:21:33", "zeynep.kaya", "Zeynep Kaya", "", "2131077",
     T(K["dino"]), f"https://arxiv.org/abs/{K['dino']}", w(2, 3),
     "ViT'lerde dikkat haritalarının segmentasyon gibi davranması çok etkileyici.\n"
     f"Devamı olan {T(K['dinov2'])} da güzel ama tek sunuma ikisi sığmaz, isterseniz 9. haftada onu da anlatabilirim.",
     "Evet"),
    ("04.03.2024 22:48:19", "04.03.2024 22:53:07", "mert.aydin", "Mert Aydın", "", "2231090",
     T(K["c2d"]), f"https://openreview.net/forum?id=uB5x7Y2qsFR", w(3),
     "Tez konum gürültülü etiketler; öz-denetimli ön eğitimin orada işe yaradığını gösteren bir makale.", "Hayır"),
    ("05.03.2024 08:31:44", "05.03.2024 08:40:10", "selin.celik", "Selin Çelik", "", "2131102",
     T(K["mae"]), f"arXiv {K['mae']}", w(0, 2, 4),
     "Maskeli otokodlayıcı; BERT'teki fikrin görüntüye uyarlanması. Hocam bağlantıyı telefondan kopyalayamadım, numarası yeterli olur umarım.",
     "Kısmen"),
    ("05.03.2024 14:02:56", "05.03.2024 14:07:39", "emre.sahin", "Emre Şahin", "", "2231033",
     T(K["hubert"]), "https://github.com/facebookresearch/fairseq/tree/main/examples/hubert", w(4),
     "Konuşma tarafından bir örnek olsun diye. Görüntü dışı tek öneri bu sanırım.", "Hayır"),
    ("05.03.2024 19:26:12", "05.03.2024 19:29:58", "deniz.koc", "Deniz Koç", "", "2131058",
     T(K["simsiam"]), "", w(2),
     'Negatif örnek olmadan nasıl çökmediğini ("collapse") merak ediyorum. BYOL ile karşılaştırmalı anlatırım.',
     "Hayır"),
    ("06.03.2024 09:15:03", "06.03.2024 09:17:21", "can.ozturk", "Can Öztürk", "", "2231081",
     "BYOL", "https://www.youtube.com/watch?v=YPfUiOMYOEE", w(3, 4),
     "Videodan izledim, makaleyi henüz okumadım.", "Hayır"),
]


def cell(v):
    return '"' + v.replace('"', '""') + '"' if any(c in v for c in ';"\n') else v


lines = [";".join(cell(h) for h in HEAD)]
for i, (t0, t1, user, name, mod, no, title, link, weeks, why, ran) in enumerate(rows, 1):
    lines.append(";".join(cell(v) for v in [str(i), t0, t1, f"{user}@{DOM}", name, mod, no, title, link, weeks, why, ran]))
text = "\ufeff" + "\r\n".join(lines) + "\r\n"
write_only(F, text, keys(F))
