#!/usr/bin/env python3
"""693: an Okular docdata file (~/.local/share/okular/docdata/<size>.<name>.xml) holding a reviewer's annotations on a
Turkish master's thesis draft, as Okular 23 writes it with QDomDocument::toString (1-space indentation):
`<?xml version="1.0" encoding="utf-8"?>`, `<!DOCTYPE documentInfo>`, `<documentInfo url=…>`, `<pageList>` / `<page
number>` / `<annotationList>` / `<annotation type>` (1 pop-up note, 4 highlight, 6 ink) with `<base>` (author,
contents, creationDate, modifyDate, color, uniqueName, flags) + `<boundary l r b t>` + `<penStyle>` + `<window>`, then
`<text>` / `<hl><quad …/></hl>` / `<ink><path>`; attribute values with & < > " escaped and newlines as &#xa;; then
`<generalInfo>` with history viewports and the PageView settings. Topic: RL, AutoML and self-supervised learning."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import F693, keys, AGZ


def attr(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("\n", "&#xa;")


def au(k, n=2):
    a = authors(k)
    return ", ".join(a[:n]) + (" vd." if len(a) > n else "")


AUTH = "Doç. Dr. Elif Çelik"
notes = []  # (page, type, contents, date, color, (l, r, b, t))


def note(page, typ, contents, date, color="#ffff00", box=(0.12, 0.15, 0.42, 0.40)):
    notes.append((page, typ, contents, date, color, box))


note(3, 1, "Genel: Tez taslağı iyi ilerliyor. Kaynakçayı Bölüm 2 bittikten sonra tekrar derleyin (BibTeX anahtarları tutarsız).\nYorumlarımın hepsi bu dosyada; PDF'e gömülü değil.", "2024-05-06T09:41:12", "#ffff00", (0.08, 0.11, 0.12, 0.10))
note(7, 4, "", "2024-05-06T09:55:30", "#ffff00", (0.11, 0.89, 0.35, 0.32))
note(7, 1, f"Bu paragraf doğrudan şu makaleye dayanıyor ama kaynak verilmemiş:\n{T(AGZ)} ({au(AGZ)}, Nature 2017).\nKaynakçaya ekleyin.", "2024-05-06T09:57:03", "#ffff00", (0.90, 0.93, 0.35, 0.32))
note(9, 1, f"Dizi modellemesi olarak pekiştirmeli öğrenme: {T('2106.02039')}\nhttps://arxiv.org/abs/2106.02039 — {au('2106.02039')}.\nŞekil 2.3'teki karşılaştırma buradan alınmış, izin/atıf kontrol edin.", "2024-05-06T10:12:44", "#ffff00", (0.62, 0.65, 0.58, 0.56))
note(9, 6, "", "2024-05-06T10:13:20", "#ff0000", (0.15, 0.48, 0.73, 0.66))
note(11, 1, f"\"Genelci ajan\" tartışması için: {T('2205.06175')} ({au('2205.06175')}), https://arxiv.org/abs/2205.06175\nTablo 2.1'deki görev sayısı yanlış (604 olmalı).", "2024-05-06T10:31:09", "#ffff00", (0.80, 0.83, 0.21, 0.19))
note(14, 4, "", "2024-05-07T14:02:51", "#00ff00", (0.11, 0.71, 0.47, 0.44))
note(14, 1, f"AutoML bölümü: sembolik programlama yaklaşımı için {T('2101.08809')} ({au('2101.08809')}) eksik.\nBizim NNI deneyleriyle karşılaştırmak güzel olur (NNI bir yazılım, makale değil — kaynakçada 'yazılım' olarak verin).", "2024-05-07T14:05:37", "#00ff00", (0.73, 0.76, 0.47, 0.44))
note(15, 1, f"Düzenlileştirme: {T('2101.01761')} — arXiv:2101.01761 (Pham & Le). Öğrenilen dropout desenleri ile sizin elle seçtiğiniz blok maskeleri arasındaki fark net yazılmalı.", "2024-05-07T14:22:18", "#00ff00", (0.51, 0.54, 0.66, 0.64))
note(18, 1, "Bölüm 3 (öz-denetimli öğrenme) için okuma listesi:", "2024-05-08T11:07:45", "#0000ff", (0.08, 0.11, 0.10, 0.08))
note(18, 1, f"1) {T('1807.03748')}\n   {au('1807.03748')} — https://arxiv.org/abs/1807.03748\n   (InfoNCE kaybının türetimi Denklem 3.4 ile aynı olmalı; işaret hatası var.)", "2024-05-08T11:10:02", "#0000ff", (0.90, 0.93, 0.22, 0.20))
note(18, 1, f"2) {T('2002.05709')}\n   {au('2002.05709')} — https://arxiv.org/pdf/2002.05709v3\n   Veri artırma tablosunu (renk bozulması + kırpma) kendi deneylerinizle yan yana koyun.", "2024-05-08T11:12:40", "#0000ff", (0.90, 0.93, 0.41, 0.39))
note(18, 1, f"3) {T('2006.05576')}\n   ({au('2006.05576')}) — bilgi kuramsal çerçeve; Bölüm 3.2'deki \"<yeterli temsil>\" tanımı buradan.", "2024-05-08T11:16:55", "#0000ff", (0.90, 0.93, 0.60, 0.58))
note(19, 4, "", "2024-05-08T11:20:31", "#0000ff", (0.11, 0.88, 0.29, 0.26))
note(22, 1, "Şekil 3.5: eksen etiketleri okunmuyor; matplotlib yerine pgfplots kullanın veya yazı tipini 9 pt yapın.\nAyrıca kaynak olarak verilen \"Lilian Weng blog yazısı\" bir makale değil — dipnota taşıyın.", "2024-05-08T11:34:26", "#ff8000", (0.47, 0.50, 0.55, 0.53))
note(25, 1, "Deney kurulumu: kullanılan veri kümesi (STL-10) ve kod deposu (solo-learn) için sürüm numarası verin.", "2024-05-08T11:40:03", "#ff8000", (0.10, 0.13, 0.33, 0.31))
note(31, 1, "Sonuç bölümü fazla kısa; katkıları madde madde yazın & gelecek çalışmaları ayırın.", "2024-05-09T16:02:10", "#ffff00", (0.10, 0.13, 0.14, 0.12))

pages = {}
for i, n in enumerate(notes):
    pages.setdefault(n[0], []).append((i, n))
out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE documentInfo>",
       '<documentInfo url="/home/ecelik/İnceleme/2024-bahar/yuksek_lisans_tez_taslak_v3.pdf">', " <pageList>"]
for p in sorted(pages):
    out += [f'  <page number="{p - 1}">', "   <annotationList>"]
    for i, (page, typ, contents, date, color, (l, r, b, t)) in pages[p]:
        uid = f"okular-{{{(0x5a3c11d0 + i * 0x9e3779b1) & 0xffffffff:08x}-7f2e-4c1a-9b3d-{0x2c8e0f4a61b7 + i * 7919:012x}}}"
        mod = date[:-2] + f"{(int(date[-2:]) + 9) % 60:02d}" if typ == 1 and contents else date
        out.append(f'    <annotation type="{typ}">')
        out.append(f'     <base author="{attr(AUTH)}" color="{color}" contents="{attr(contents)}" creationDate="{date}" flags="0" modifyDate="{max(mod, date)}" uniqueName="{uid}">')
        out.append(f'      <boundary b="{b}" l="{l}" r="{r}" t="{t}"/>')
        out.append('      <penStyle width="1"/>' if typ != 6 else '      <penStyle width="2"/>')
        if typ == 1:
            out.append(f'      <window flags="-1" height="0" left="{r}" summary="Not" top="{t}" width="0"/>')
        out.append("     </base>")
        if typ == 1:
            out.append('     <text icon="Comment" type="1"/>')
        elif typ == 4:
            out += ['     <hl type="0">',
                    f'      <quad ax="{l}" ay="{t}" bx="{r}" by="{t}" cx="{r}" cy="{b}" dx="{l}" dy="{b}" feather="1"/>', "     </hl>"]
        else:
            pts = "".join(f'       <point x="{l + (r - l) * k / 5:.4f}" y="{t + (b - t) * (k % 2):.4f}"/>\n' for k in range(6))
            out += ["     <ink>", "      <path>", pts.rstrip("\n"), "      </path>", "     </ink>"]
        out.append("    </annotation>")
    out += ["   </annotationList>", "  </page>"]
out += [" </pageList>", " <generalInfo>", "  <history>", '   <oldPage viewport="6;C2:0.5:0.341:1"/>', '   <oldPage viewport="17;C2:0.5:0.298:1"/>',
        '   <current viewport="30;C2:0.5:0.126:1"/>', "  </history>", "  <views>", '   <view name="PageView">', '    <zoom mode="1" value="1.25"/>',
        '    <continuous mode="1"/>', '    <viewMode mode="0"/>', '    <trimMargins value="0"/>', "   </view>", "  </views>", " </generalInfo>", "</documentInfo>"]
raw = "\n".join(out) + "\n"
import xml.etree.ElementTree as ET
forms = ["\n".join(b.get("contents", "") for b in ET.fromstring(raw.encode()).iter("base"))]
write_only(F693, raw, keys(F693), forms=forms)
