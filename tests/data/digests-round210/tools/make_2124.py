#!/usr/bin/env python3
"""2124: a question page of Stack Overflow en español copied as text from the browser: site header and left
navigation, question title, «Formulada / Modificada / Vista n veces», the vote count, body, tags, «Compartir Mejora
esta pregunta Seguir», «editada … / formulada …» user cards with reputation, comments («– Nombre fecha»), «n
respuestas», «Ordenado por:», two answers (one accepted «✓»), the answer box prompt, the «Preguntas relacionadas» list
and the licence footer (CC BY-SA). The asker is an invented student of the Universidad Católica Boliviana «San Pablo»
(Cochabamba); all users, numbers and texts are invented; links are shown as the bare URLs their writers pasted.
Spanish. Computed: «n respuestas» = the answers, the answer dates after the question (asserted), comment dates after
their post (asserted)."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(2124)
MES = ["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."]


def fd(d):
    return f"{d.day} {MES[d.month - 1]} {d.year} a las {d:%H:%M}"


Q = dt.datetime(2025, 9, 14, 21, 37)
QE = dt.datetime(2025, 9, 15, 8, 2)
A1 = dt.datetime(2025, 9, 15, 2, 11)
A2 = dt.datetime(2025, 9, 16, 17, 48)
QC = [("Gonzalo Arce", dt.datetime(2025, 9, 14, 22, 5),
       "¿Qué tamaño tienen tus imágenes? Para fotos aéreas de 1024 px cambia bastante la elección."),
      ("Valeria Quispe", dt.datetime(2025, 9, 14, 22, 31),
       "@GonzaloArce 512×512, recortes de ortofotos del municipio. No tengo más de 2 000 pares etiquetados."),
      ("mflores_dev", dt.datetime(2025, 9, 15, 9, 40),
       f"Para detectar y además describir cambios hay un trabajo justo sobre eso: {T('2103.14146')} "
       "arxiv.org/abs/2103.14146")]
A1C = [("Valeria Quispe", dt.datetime(2025, 9, 15, 10, 3),
        "Gracias, ¿el de Copy-Paste sirve también con pocas máscaras?"),
       ("Rodrigo Mamani", dt.datetime(2025, 9, 15, 12, 26),
        "@ValeriaQuispe sí, esa es justamente la gracia: se aprovecha cada máscara varias veces.")]
A2C = []
for base, cs in ((Q, QC), (A1, A1C), (A2, A2C)):
    for _, d, _ in cs: assert d > base
assert Q < A1 < A2
A1BODY = [
 "Para detección de objetos con pocas imágenes yo no iría directo al DETR original, que converge lentísimo. "
 "Mira primero:",
 "",
 f"{T('2010.04159')}",
 "https://arxiv.org/abs/2010.04159",
 "",
 "Converge unas diez veces más rápido y funciona mejor con objetos pequeños (techos, autos en fotos aéreas).",
 "",
 f"Como backbone, {T('2103.14030')} (http://arxiv.org/abs/2103.14030v2) te da mapas multiescala que encajan bien "
 "con Deformable DETR. Ambos están implementados en detectron2 y en MMDetection, así que no tienes que escribir "
 "nada desde cero.",
 "",
 f"Y para tener más datos sin etiquetar más: {T('2012.07177')} (Ghiasi et al., CVPR 2021, arXiv:2012.07177). "
 "Pegar instancias de una imagen en otra es tonto pero funciona.",
]
A2BODY = [
 "Complemento la respuesta de Rodrigo con el lado de la eficiencia, porque dijiste que entrenas en una sola GPU "
 "del laboratorio:",
 "",
 f"- {T('2104.00298')}: https://arxiv.org/pdf/2104.00298.pdf — entrena rápido y la librería timm tiene los pesos.",
 f"- Si piensas escalar a ViT más grandes, lee {T('2106.04560')} antes de gastar horas de GPU; las curvas de "
 "escalado te dicen cuándo no vale la pena.",
 "",
 "Y un aviso que me costó caro en mi tesis: las redes aprenden atajos. En nuestras ortofotos el modelo "
 "\"detectaba cambios\" mirando la hora del día (sombras). Lee "
 f"{T('2004.07780')} y, si vas a probar en otro municipio, {T('2007.01434')} — ahí muestran que con un buen "
 "protocolo ERM es difícil de superar.",
 "",
 "Como libro de apoyo: «Deep Learning for Vision Systems» de Mohamed Elgendy (Manning).",
]
out = ["Saltar al contenido principal", "Stack Overflow en español", "Acerca de", "Productos", "Buscar…",
       "Iniciar sesión", "Registrarse", "", "Inicio", "Preguntas", "Etiquetas", "Usuarios", "Sin respuesta", "",
       "¿Qué arquitectura usar para detectar cambios en fotos aéreas con pocos datos?",
       "Formulada hace 6 meses", "Modificada hace 5 meses", "Vista 412 veces", "", "7", "",
       "Estoy haciendo mi proyecto de grado en la Universidad Católica Boliviana (Cochabamba) sobre detección de "
       "construcciones nuevas en ortofotos del municipio. Tengo pares de imágenes (antes / después) y quiero "
       "detectar los edificios nuevos con cajas delimitadoras.",
       "", "Probé Faster R-CNN con torchvision y los resultados son malos con objetos pequeños. ¿Qué arquitectura "
       "me recomiendan? ¿Hay artículos que deba leer primero? Uso PyTorch y tengo una sola GPU.",
       "", "python deep-learning pytorch vision-artificial deteccion-de-objetos", "",
       "Compartir", "Mejora esta pregunta", "Seguir", f"editada el {fd(QE)}", "Valeria Quispe", "",
       f"formulada el {fd(Q)}", "Valeria Quispe", "231", "1", "9", ""]
for who, d, txt in QC:
    out.append(f"{txt} – {who} {fd(d)}")
out += ["", "Añade un comentario", "", "2 respuestas", "Ordenado por:", "Mayor puntuación (predeterminado)", "",
        "12", "✓", ""] + A1BODY + ["", "Compartir", "Mejora esta respuesta", "Seguir",
        f"respondida el {fd(A1)}", "Rodrigo Mamani", "4.318", "2", "15", "31", ""]
for who, d, txt in A1C:
    out.append(f"{txt} – {who} {fd(d)}")
out += ["", "Añade un comentario", "", "4", ""] + A2BODY + ["", "Compartir", "Mejora esta respuesta", "Seguir",
        f"respondida el {fd(A2)}", "Lucía Terrazas", "1.207", "9", "22", "", "Añade un comentario", "",
        "Tu respuesta", "", "Preguntas relacionadas", "3", "¿Cómo cargar pares de imágenes en un Dataset de PyTorch?",
        "1", "Error de memoria al entrenar con torchvision en Colab", "",
        "Diseño del sitio / logotipo © 2026 Stack Exchange Inc; contribuciones de los usuarios bajo licencia CC BY-SA."]
n_answers = sum(1 for l in out if l.startswith("respondida el "))
assert n_answers == 2 and "2 respuestas" in out
write_only(F, "\n".join(out) + "\n", keys(F))
