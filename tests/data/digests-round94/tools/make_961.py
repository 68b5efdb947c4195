#!/usr/bin/env python3
"""961: the .bib of a systematic review (text-to-image generation and multimodal few-shot models) kept by a Saudi
PhD student: Scopus's BibTeX export as it downloads ("Citation information" only: the `Scopus` / `EXPORT DATE:` lines,
`@CONFERENCE{` entries keyed surname + year + first page, tab-indented fields author / title / year / journal /
[volume] / pages with a spaced en dash / [doi] / url to `scopus.com/inward/record.uri?eid=2-s2.0-…&doi=…&partnerID=40&md5=…`
/ type / publication_stage / source / note `Cited by: N` with the open-access labels, the last field without a comma),
then records she added by hand for what the Scopus search missed: two arXiv exports of 2024 (six-space indent,
trailing blanks after title and url, url field), one older arXiv export (eprint, no url) and a hand-written entry
with `=`-aligned fields and a `\\url` note. Her screening decisions are `%` comments in Arabic. Papers: two arXiv
URLs in arXiv exports and one in a `\\url` note, one bare `eprint`, four Scopus records with titles only. The diffusers
library (`@misc` software entry) and a Hugging Face blog post are not papers."""
import hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import by_num, keys

F = by_num(961)
K = dict(dreambooth="2208.12242", sd3="2403.03206", lsgm="2106.05931", ip2p="2211.09800", ldm="2112.10752",
         motion="2103.14338", frozen="2106.13884", flamingo="2204.14198")
CVPR = "Proceedings of the IEEE Computer Society Conference on Computer Vision and Pattern Recognition"
NIPS = "Advances in Neural Information Processing Systems"


def surname_first(name):
    parts = name.split()
    return parts[-1] + ", " + " ".join(parts[:-1])


def scopus(key, year, journal, volume, first, last, doi, eid, cited, oa):
    au = CAT[key]["authors"]
    sn = au[0].split()[-1]
    url = f"https://www.scopus.com/inward/record.uri?eid=2-s2.0-{eid}"
    if doi:
        url += "&doi=" + doi.replace("/", "%2f")
    url += "&partnerID=40&md5=" + hashlib.md5(eid.encode()).hexdigest()
    fields = [("author", " and ".join(surname_first(a) for a in au)), ("title", T(key)), ("year", str(year)),
              ("journal", journal)]
    if volume:
        fields.append(("volume", volume))
    fields.append(("pages", f"{first} – {last}"))
    if doi:
        fields.append(("doi", doi))
    fields += [("url", url), ("type", "Conference paper"), ("publication_stage", "Final"), ("source", "Scopus"),
               ("note", f"Cited by: {cited}" + (f"; {oa}" if oa else ""))]
    return f"@CONFERENCE{{{sn}{year}{first},\n" + ",\n".join(f"\t{k} = {{{v}}}" for k, v in fields) + "\n}"


def arxiv_export(key, bibkey, with_url=True):
    au = " and ".join(CAT[key]["authors"])
    s = (f"@misc{{{bibkey},\n      title={{{T(key)}}}, \n      author={{{au}}},\n      year={{20{key[:2]}}},\n"
         f"      eprint={{{key}}},\n      archivePrefix={{arXiv}},\n      primaryClass={{{CAT[key]['primary_category']}}}")
    if with_url:
        s += f",\n      url={{https://arxiv.org/abs/{key}}}, \n}}"
    else:
        s += "\n}"
    return s


parts = [
    "Scopus",
    "EXPORT DATE: 04 March 2024",
    "",
    "% =====================================================================",
    "% مراجعة منهجية: توليد الصور من النص والنماذج متعددة الوسائط قليلة الأمثلة",
    "% سلسلة البحث في Scopus (٢٨ فبراير ٢٠٢٤):",
    '%   TITLE-ABS-KEY ( "text-to-image" OR "image synthesis" OR "few-shot" AND "language model" ) AND PUBYEAR > 2020',
    "% ٤١٢ نتيجة ← ٣٨ بعد فرز العناوين والملخصات ← أبقيت هنا ما يخص الفصل الثالث فقط",
    "% =====================================================================",
    "",
    "% مُدرج (معيار الإدراج ١): نموذج انتشار كامن — أساس Stable Diffusion",
    scopus(K["ldm"], 2022, CVPR, None, 10674, 10685, "10.1109/CVPR52688.2022.01042", "85141783925", 4127,
           "All Open Access, Green Open Access"),
    "",
    "% مُدرج بشرط: نقل الحركة وليس توليد صور من نص؛ نناقشه في قسم التخصيص مع DreamBooth",
    scopus(K["motion"], 2021, CVPR, None, 2297, 2306, "10.1109/CVPR46437.2021.00233", "85117293760", 31,
           "All Open Access, Green Open Access"),
    "",
    "% مُدرج (معيار ٢): نموذج لغوي مجمّد + مُرمّز صور، تعلّم من أمثلة قليلة",
    scopus(K["frozen"], 2021, NIPS, "34", 200, 212, None, "85131886215", 389, None),
    "",
    "% مُدرج (معيار ٢)",
    scopus(K["flamingo"], 2022, NIPS, "35", 23716, 23736, None, "85163186364", 1503, None),
    "",
    "% =====================================================================",
    "% أضفتها يدويًا من arXiv (لم تظهر في نتائج Scopus أو نُشرت بعد تاريخ البحث)",
    "% =====================================================================",
    "",
    "% مُدرج: تخصيص نموذج الانتشار بصور قليلة لموضوع واحد (ظهرت نسخة CVPR 2023 بعد تاريخ البحث)",
    arxiv_export(K["dreambooth"], "ruiz2022dreamboothfinetuning"),
    "",
    "% مُدرج: Stable Diffusion 3 — rectified flow مع محوّل متعدد الوسائط",
    arxiv_export(K["sd3"], "esser2024scalingrectifiedflow"),
    "",
    "% مُدرج: تحرير الصور بالتعليمات (صُدّر من arXiv في ٢٠٢٣ بالصيغة القديمة)",
    arxiv_export(K["ip2p"], "brooks2022instructpix2pix", with_url=False),
    "",
    "% مُدرج (خلفية نظرية): انتشار قائم على score في فضاء كامن — كتبتُ المدخل بيدي",
    "@inproceedings{vahdat2021lsgm,",
    "  title     = {" + T(K["lsgm"]) + "},",
    "  author    = {Vahdat, Arash and Kreis, Karsten and Kautz, Jan},",
    "  booktitle = {" + NIPS + "},",
    "  volume    = {34},",
    "  year      = {2021},",
    "  note      = {\\url{https://arxiv.org/abs/" + K["lsgm"] + "}}",
    "}",
    "",
    "% مُستبعد (برمجيات وليست ورقة بحثية) — أبقيته للاستشهاد بالمكتبة في فصل التجارب",
    "@misc{vonplaten2022diffusers,",
    "  author       = {Patrick von Platen and Suraj Patil and Anton Lozhkov and Pedro Cuenca and Nathan Lambert and Kashif Rasul and Mishig Davaadorj and Thomas Wolf},",
    "  title        = {Diffusers: State-of-the-art diffusion models},",
    "  year         = {2022},",
    "  publisher    = {GitHub},",
    "  journal      = {GitHub repository},",
    "  howpublished = {\\url{https://github.com/huggingface/diffusers}}",
    "}",
    "",
    "% ملاحظة: تدوينة Hugging Face عن تدريب DreamBooth مفيدة للتجارب لكنها ليست مرجعًا علميًا، لا تُدرج.",
]
write_only(F, "\n".join(parts) + "\n", keys(F), forms=["\n".join(parts).replace("{", "").replace("}", "")])
