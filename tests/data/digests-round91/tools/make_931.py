#!/usr/bin/env python3
"""931: the project file (`Tesis-difusion.scrivx`, inside the `.scriv` package) of an Argentine master's student,
Lucía Fernández (UBA), writing her thesis on controllable image generation in Scrivener 3 for macOS: the XML as
Scrivener writes it (declaration, four-space indentation, `ScrivenerProject` with Template / Version 2.0 /
Identifier / Creator `SCRMAC-…` / Device / Author / Modified / ModID); the Binder with the three root folders
(DraftFolder «Borrador», ResearchFolder «Investigación», TrashFolder «Papelera»), BinderItems with UUID / Type / Created
/ Modified (`YYYY-MM-DD HH:MM:SS -0300`), Title, MetaData (IncludeInCompile, LabelID, StatusID, FileExtension for
media, CustomMetaData values), TextSettings, Keywords and Children; imported PDFs that keep arXiv's download name
until she renames them; the project-level Collections, LabelSettings, StatusSettings, CustomMetaDataSettings,
Keywords, ProjectTargets and ProjectProperties. Synopses and document notes live in other files of the package and
are not here; her short notes are a custom metadata field «Nota». LF, a final newline. The diffusers documentation,
the ControlNet repository and the figure are not papers."""
import hashlib, os, sys, uuid
from xml.sax.saxutils import escape, quoteattr
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(931)
K = dict(controlnet="2302.05543", dreambooth="2208.12242", ip2p="2211.09800", ldm="2112.10752", ddpm="2006.11239",
         ti="2208.01618", cm="2303.01469", diffwave="2009.09761")


def uid(s):
    return str(uuid.UUID(bytes=hashlib.md5(("931-" + s).encode()).digest(), version=4)).upper()


class E:
    def __init__(self, tag, attrs=(), text=None, kids=()):
        self.tag, self.attrs, self.text, self.kids = tag, list(attrs), text, list(kids)

    def lines(self, d=0):
        ind = "    " * d
        a = "".join(f" {k}={quoteattr(v)}" for k, v in self.attrs)
        if self.text is not None:
            return [f"{ind}<{self.tag}{a}>{escape(self.text)}</{self.tag}>"]
        if not self.kids:
            return [f"{ind}<{self.tag}{a}/>"]
        return [f"{ind}<{self.tag}{a}>"] + [l for k in self.kids for l in k.lines(d + 1)] + [f"{ind}</{self.tag}>"]


def when(m, d, hh, mi, ss, y=2024):
    return f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d} -0300"


def item(name, typ, title, created, modified, label=None, status=None, compile_=None, ext=None, custom=(),
         keywords=(), kids=(), text=True):
    md = []
    if compile_ is not None: md.append(E("IncludeInCompile", text=compile_))
    if label is not None: md.append(E("LabelID", text=str(label)))
    if status is not None: md.append(E("StatusID", text=str(status)))
    if ext: md.append(E("FileExtension", text=ext))
    if custom:
        md.append(E("CustomMetaData", kids=[E("MetaDataItem", kids=[E("FieldID", text=f), E("Value", text=v)])
                                           for f, v in custom]))
    body = [E("Title", text=title)]
    if md: body.append(E("MetaData", kids=md))
    if text: body.append(E("TextSettings", kids=[E("TextSelection", text="0,0")]))
    if keywords: body.append(E("Keywords", kids=[E("KeywordID", text=str(k)) for k in keywords]))
    if kids: body.append(E("Children", kids=list(kids)))
    return E("BinderItem", [("UUID", uid(name)), ("Type", typ), ("Created", created), ("Modified", modified)], kids=body)


def pdf(name, title, created, modified, status, custom=(), keywords=()):
    return item(name, "PDF", title, created, modified, status=status, ext="pdf", custom=custom, keywords=keywords,
                text=False)


def web(name, title, created, modified, status, custom=(), keywords=()):
    return item(name, "WebArchive", title, created, modified, status=status, ext="webarchive", custom=custom,
                keywords=keywords, text=False)


LEIDO, POR_LEER, POR_HACER, BORRADOR, REVISADO = 5, 6, 1, 2, 3
draft = item("draft", "DraftFolder", "Borrador", when(9, 4, 10, 12, 33, 2023), when(3, 12, 18, 40, 2), compile_="Yes",
             kids=[
    item("intro", "Text", "Introducción", when(9, 4, 10, 15, 2, 2023), when(2, 20, 22, 3, 41), 1, REVISADO, "Yes"),
    item("cap2", "Folder", "Capítulo 2 — Marco teórico", when(9, 11, 9, 30, 0, 2023), when(3, 12, 18, 40, 2),
         None, None, "Yes", kids=[
        item("c21", "Text", "2.1 Modelos de difusión y de puntuación", when(9, 11, 9, 31, 12, 2023),
             when(3, 10, 17, 2, 55), 2, REVISADO, "Yes", keywords=[0]),
        item("c22", "Text", "2.2 Difusión en espacio latente", when(10, 2, 11, 4, 40, 2023), when(3, 11, 21, 18, 9),
             2, BORRADOR, "Yes", keywords=[0]),
        item("c23", "Text", "2.3 Control condicional y personalización", when(11, 20, 16, 45, 3, 2023),
             when(3, 12, 18, 40, 2), 2, BORRADOR, "Yes", keywords=[1, 2]),
        item("c24", "Text", "2.4 Edición de imágenes guiada por instrucciones", when(1, 15, 10, 0, 18),
             when(3, 5, 12, 31, 47), 3, POR_HACER, "Yes", keywords=[3]),
    ]),
    item("cap3", "Folder", "Capítulo 3 — Método propuesto", when(11, 2, 14, 20, 11, 2023), when(2, 28, 19, 55, 30),
         None, None, "Yes", kids=[
        item("c31", "Text", "3.1 Condicionamiento por bocetos", when(11, 2, 14, 21, 0, 2023), when(2, 28, 19, 55, 30),
             1, BORRADOR, "Yes"),
        item("c32", "Text", "3.2 Experimentos preliminares", when(12, 6, 18, 2, 44, 2023), when(2, 14, 20, 10, 3),
             1, POR_HACER, "Yes"),
    ]),
    item("ideas", "Text", "Ideas sueltas (no compilar)", when(9, 5, 23, 12, 0, 2023), when(3, 9, 0, 41, 19), 4,
         None, "No"),
])

research = item("research", "ResearchFolder", "Investigación", when(9, 4, 10, 12, 33, 2023), when(3, 12, 17, 58, 40),
                text=False, kids=[
    item("r-base", "Folder", "Artículos — fundamentos", when(9, 6, 15, 0, 2, 2023), when(3, 10, 16, 20, 11), text=False,
         kids=[
        pdf("ddpm", T(K["ddpm"]), when(9, 6, 15, 2, 40, 2023), when(12, 1, 9, 12, 7, 2023), LEIDO,
            custom=[("arxiv", "arXiv:2006.11239"), ("nota", "La base de todo: predicción de ε y la pérdida simplificada. "
                                                             "Citar en 2.1 junto con la derivación variacional.")],
            keywords=[0]),
        pdf("ldm", "2112.10752v2", when(10, 2, 10, 55, 18, 2023), when(3, 10, 16, 20, 11), LEIDO,
            custom=[("nota", f"Renombrar: es «{T(K['ldm'])}» (Rombach et al., CVPR 2022), el de Stable "
                             "Diffusion. Autoencoder + difusión en el latente + cross-attention para el texto.")],
            keywords=[0]),
        pdf("cm", T(K["cm"]), when(3, 4, 22, 7, 51), when(3, 4, 22, 7, 51), POR_LEER,
            custom=[("nota", "Muestreo en uno o pocos pasos. ¿Sirve para el capítulo 3 si el tiempo de inferencia "
                             "importa? Preguntarle a Martín.")], keywords=[0]),
        pdf("diffwave", T(K["diffwave"]), when(10, 20, 13, 30, 0, 2023), when(10, 21, 9, 2, 44, 2023), LEIDO,
            custom=[("nota", "Audio, no imágenes: solo para la nota al pie sobre otras modalidades.")]),
    ]),
    item("r-control", "Folder", "Artículos — control y personalización", when(11, 20, 16, 40, 0, 2023),
         when(3, 12, 17, 58, 40), text=False, kids=[
        web("controlnet", T(K["controlnet"]), when(11, 20, 16, 41, 15, 2023), when(2, 2, 11, 5, 9), LEIDO,
            custom=[("url", "https://arxiv.org/abs/2302.05543"),
                    ("nota", "Copia entrenable del codificador + convoluciones cero. Es el punto de partida del método.")],
            keywords=[1]),
        web("dreambooth", T(K["dreambooth"]), when(11, 22, 18, 3, 30, 2023), when(1, 30, 19, 44, 2), LEIDO,
            custom=[("url", "https://arxiv.org/abs/2208.12242"),
                    ("nota", "Identificador raro + pérdida de preservación de clase. Comparar con Textual Inversion.")],
            keywords=[2]),
        pdf("ti", T(K["ti"]), when(11, 22, 18, 10, 2, 2023), when(1, 30, 19, 50, 26), LEIDO,
            custom=[("nota", "Solo aprende un embedding nuevo; el modelo queda congelado. Menos fiel que "
                             "DreamBooth pero mucho más barato.")], keywords=[2]),
        pdf("ip2p", T(K["ip2p"]), when(1, 15, 9, 58, 40), when(3, 5, 12, 30, 1), POR_LEER,
            custom=[("url", "https://arxiv.org/pdf/2211.09800v2"),
                    ("nota", "Datos de entrenamiento generados con GPT-3 + Prompt-to-Prompt. Para 2.4.")],
            keywords=[3]),
        web("diffusers", "Diffusers — documentación de Hugging Face (ControlNet pipeline)", when(2, 2, 11, 20, 0),
            when(2, 2, 11, 20, 0), None, custom=[("url", "https://huggingface.co/docs/diffusers/using-diffusers/controlnet")]),
        web("repo", "lllyasviel/ControlNet — repositorio en GitHub", when(2, 2, 11, 22, 37), when(2, 2, 11, 22, 37),
            None, custom=[("url", "https://github.com/lllyasviel/ControlNet")]),
    ]),
    item("fig", "Image", "figura_unet_esquema.png", when(12, 14, 17, 2, 9, 2023), when(12, 14, 17, 2, 9, 2023),
         ext="png", text=False),
])
trash = item("trash", "TrashFolder", "Papelera", when(9, 4, 10, 12, 33, 2023), when(2, 20, 22, 10, 4), text=False,
             kids=[item("old", "Text", "Esquema viejo del capítulo 2", when(9, 11, 9, 29, 3, 2023),
                        when(11, 3, 10, 1, 55, 2023), None, None, "No")])


def color(r, g, b):
    return f"{r:.6f} {g:.6f} {b:.6f}"


root = E("ScrivenerProject", [("Template", "No"), ("Version", "2.0"), ("Identifier", uid("project")),
                              ("Creator", "SCRMAC-3.3.6-17360"), ("Device", "MacBook Air de Lucía"),
                              ("Author", "Lucía Fernández"), ("Modified", when(3, 12, 18, 44, 10)),
                              ("ModID", uid("modid-0312"))], kids=[
    E("Binder", kids=[draft, research, trash]),
    E("Collections", kids=[
        E("Collection", [("Type", "Binder"), ("ID", uid("col-binder")), ("Title", "Carpeta")]),
        E("Collection", [("Type", "Arbitrary"), ("ID", uid("col-c2")), ("Title", "Para citar en el cap. 2"),
                         ("Color", color(0.388235, 0.647059, 0.905882))], kids=[
            E("BinderItems", kids=[E("BinderItem", [("UUID", uid(n))]) for n in ("ddpm", "ldm", "controlnet",
                                                                                 "dreambooth", "ti", "ip2p")])]),
    ]),
    E("LabelSettings", kids=[E("Title", text="Etiqueta"), E("DefaultLabelID", text="-1"), E("Labels", kids=[
        E("Label", [("ID", "-1")], "Sin etiqueta"),
        E("Label", [("ID", "1"), ("Color", color(0.698039, 0.427451, 0.980392))], "Texto propio"),
        E("Label", [("ID", "2"), ("Color", color(0.964706, 0.611765, 0.247059))], "Estado del arte"),
        E("Label", [("ID", "3"), ("Color", color(0.921569, 0.25098, 0.203922))], "Falta escribir"),
        E("Label", [("ID", "4"), ("Color", color(0.6, 0.6, 0.6))], "Notas")])]),
    E("StatusSettings", kids=[E("Title", text="Estado"), E("DefaultStatusID", text="-1"), E("StatusItems", kids=[
        E("Status", [("ID", "-1")], "Sin estado"), E("Status", [("ID", "1")], "Por hacer"),
        E("Status", [("ID", "2")], "Primer borrador"), E("Status", [("ID", "3")], "Revisado"),
        E("Status", [("ID", "4")], "Final"), E("Status", [("ID", "5")], "Leído"),
        E("Status", [("ID", "6")], "Por leer")])]),
    E("CustomMetaDataSettings", kids=[
        E("MetaDataField", [("Type", "Text"), ("ID", "url"), ("Wraps", "No"), ("Align", "Left")], kids=[E("Title", text="URL")]),
        E("MetaDataField", [("Type", "Text"), ("ID", "arxiv"), ("Wraps", "No"), ("Align", "Left")], kids=[E("Title", text="arXiv")]),
        E("MetaDataField", [("Type", "Text"), ("ID", "nota"), ("Wraps", "Yes"), ("Align", "Left")], kids=[E("Title", text="Nota")])]),
    E("Keywords", kids=[
        E("Keyword", [("ID", "0")], kids=[E("Title", text="difusión"), E("Color", text=color(0.52549, 0.745098, 0.92549))]),
        E("Keyword", [("ID", "1")], kids=[E("Title", text="control"), E("Color", text=color(0.541176, 0.831373, 0.486275))]),
        E("Keyword", [("ID", "2")], kids=[E("Title", text="personalización"), E("Color", text=color(0.94902, 0.756863, 0.305882))]),
        E("Keyword", [("ID", "3")], kids=[E("Title", text="edición"), E("Color", text=color(0.909804, 0.447059, 0.576471))])]),
    E("ProjectTargets", [("Notify", "No")], kids=[
        E("DraftTarget", [("Type", "Words"), ("CountIncludedOnly", "Yes"), ("CurrentCompileGroupOnly", "No")], "40000"),
        E("SessionTarget", [("Type", "Words"), ("Reset", "Midnight"), ("AllowNegatives", "No"),
                            ("CountDraftOnly", "Yes")], "500")]),
    E("ProjectProperties", kids=[E("ProjectTitle", text="Generación de imágenes controlable con modelos de difusión"),
                                 E("FullName", text="Lucía Fernández"), E("Abbreviation", text="Fernández"),
                                 E("Forename", text="Lucía"), E("Surname", text="Fernández")]),
])
text = '<?xml version="1.0" encoding="UTF-8"?>\n' + "\n".join(root.lines()) + "\n"
write_only(F, text, keys(F))
