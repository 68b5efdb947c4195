#!/usr/bin/env python3
"""792: a NestedText file (`.nt`, NestedText 3.x): `# ` comments, `key: value` (the rest of the line taken verbatim,
no quoting or escaping), `key:` followed by an indented value, `- item` and bare `-` list items, `> ` multiline
strings, four-space indentation, no TABs. The programme of a Spanish reading group on diffusion models for images
and audio, read by the group's scheduling script."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import by_num, keys

F = by_num(792)


def authors(k, ind, n=4):
    a = CAT[k]["authors"]
    out = [" " * ind + "autores:"] + [" " * (ind + 4) + "- " + x for x in a[:n]]
    if len(a) > n: out.append(" " * (ind + 4) + "- et al.")
    return out


def art(k, ind, link=None, arxiv=None, notes=()):
    p = " " * ind
    out = [p + "-", p + "    título: " + T(k)] + authors(k, ind + 4)
    if link: out.append(p + "    enlace: " + link)
    if arxiv: out.append(p + "    arxiv: " + arxiv)
    if notes:
        out.append(p + "    notas:")
        out += [p + "        > " + l if l else p + "        >" for l in notes]
    return out


L = []
L += ["# Programa del grupo de lectura «Difusión y generación» — primavera 2024",
      "# Lo lee scripts/calendario.py (nestedtext.load) para generar el calendario y los",
      "# recordatorios de correo. Ojo: aquí NO hay comillas; todo lo que va tras «: » es texto tal cual.",
      "# Última edición: Íñigo, 2024-03-05",
      "",
      "grupo: Grupo de lectura de modelos generativos (GLMG)",
      "departamento: Dpto. de Ciencias de la Computación e IA, Universidad de Valdecilla",
      "coordinación:",
      "    nombre: Lucía Ferrándiz Oller",
      "    correo: lucia.ferrandiz@example.es",
      "    despacho: 2.14 (edificio Ada)",
      "horario: jueves, 16:00–17:30",
      "sala por defecto: Seminario 1.12",
      "enlace videollamada: https://meet.example.es/glmg-jueves",
      "",
      "normas:",
      "    - Quien presenta sube las transparencias a la carpeta compartida antes del miércoles.",
      "    - 30 minutos de presentación como máximo; el resto, discusión.",
      "    - Los artículos sin enlace están en la carpeta «pdfs» del grupo (no los subáis a sitios públicos).",
      "",
      "sesiones:",
      "    -",
      "        fecha: 2024-02-22",
      "        presenta: Íñigo Sarasola",
      "        estado: hecha",
      "        artículos:"]
L += art("2006.11239", 12, link="https://arxiv.org/abs/2006.11239",
         notes=["Base del ciclo. Repasamos la derivación de la ELBO simplificada (ec. 14)",
                "y la relación con el emparejamiento de puntuaciones.", "",
                "Material extra (no es un artículo): el cuaderno «annotated diffusion» de",
                "Hugging Face y la entrada del blog de Lilian Weng."])
L += ["        grabación: https://media.example.es/glmg/2024-02-22.mp4",
      "    -",
      "        fecha: 2024-02-29",
      "        presenta: Marta Llobregat",
      "        estado: hecha",
      "        artículos:"]
L += art("2112.10752", 12, notes=["Difusión en el espacio latente de un autocodificador; sin enlace porque",
                                   "Marta trajo la versión de CVPR impresa."])
L += art("2303.01469", 12, arxiv="arXiv:2303.01469",
         notes=["Muestreo en un paso. Dudas sobre la destilación frente al entrenamiento aislado."])
L += ["    -",
      "        fecha: 2024-03-07",
      "        presenta: Jordi Vinyals y Ana Peñalver",
      "        estado: próxima",
      "        sala: Aula 0.03 (el seminario está ocupado por las defensas de TFM)",
      "        artículos:"]
L += art("2302.05543", 12, link="https://arxiv.org/abs/2302.05543v3",
         notes=["Condicionamiento espacial (bordes, pose, profundidad) con capas de convolución cero."])
L += art("2208.12242", 12, link="https://arxiv.org/pdf/2208.12242.pdf")
L += art("2208.01618", 12, notes=["Comparar con el anterior: una palabra nueva frente a ajustar toda la red."])
L += ["        tareas:",
      "            - Jordi: preparar demo con diffusers (biblioteca, no artículo) en la GPU del laboratorio.",
      "            - Ana: traer ejemplos de personalización con fotos propias (¡con permiso!).",
      "    -",
      "        fecha: 2024-03-14",
      "        presenta: por decidir",
      "        estado: propuesta",
      "        artículos:"]
L += art("2211.09800", 12, notes=["Edición de imágenes a partir de instrucciones; datos generados con otro",
                                   "modelo de lenguaje y otro de imagen."])
L += ["    -",
      "        fecha: 2024-03-21",
      "        presenta: Pau Roig",
      "        estado: propuesta",
      "        tema: Difusión para audio",
      "        artículos:"]
L += art("2009.09761", 12, notes=["Vocoder y generación incondicional. Pau trae muestras de audio.", "",
                                   "Alternativa si no da tiempo: solo el apartado 3 y los experimentos de vocoder."])
L += ["",
      "# Recursos que NO son artículos (no los cuenta el script de estadísticas)",
      "recursos:",
      "    -",
      "        tipo: curso",
      "        nombre: Curso de difusión de Hugging Face (unidades 1–4)",
      "    -",
      "        tipo: repositorio",
      "        nombre: huggingface/diffusers",
      "        enlace: https://github.com/huggingface/diffusers",
      "    -",
      "        tipo: conjunto de datos",
      "        nombre: LAION-Aesthetics (subconjunto local de 600k)",
      "        notas:",
      "            > Está en /datos/laion-aes-600k. Revisad la licencia antes de publicar",
      "            > cualquier figura generada con modelos entrenados sobre él.",
      "    -",
      "        tipo: charla",
      "        nombre: Seminario invitado «Generación de audio en tiempo real» (vídeo)",
      "        enlace: https://media.example.es/seminarios/2023-11-audio.mp4",
      "",
      "pendientes:",
      "    - Reservar el aula 0.03 para el 7 de marzo (hecho, confirmación por correo).",
      "    - Preguntar a conserjería por el proyector del seminario 1.12.",
      "    - Cerrar el programa de abril antes del 28 de marzo."]
text = "\n".join(L) + "\n"
write_only(F, text, keys(F))
