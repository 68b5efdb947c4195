#!/usr/bin/env python3
"""1377: the "Descripción del curso" tool page of a Dokeos 1.8 campus (a Lima-like engineering faculty's virtual
campus, course IA401 Aprendizaje Profundo, semester 2024-I), saved by Firefox as "Página web, sólo HTML" — the page
exactly as the server sent it: Dokeos's XHTML 1.0 Transitional template (header1–header4 with the breadcrumb, the
course tools' links carrying `cidReq=IA401`, the footer with the platform version), in UTF-8, and the seven
description blocks (`sectiontitle` / `sectioncomment`) whose bodies were typed in Dokeos's FCKeditor 2.6, which
stores every accented letter and typographic sign as a named entity (`&oacute;`, `&ntilde;`, `&iquest;`, `&ndash;`),
so the template is raw UTF-8 Spanish while the teacher's text is pure ASCII with entities. Papers: arXiv abs / pdf
links, an `arXiv:` id, four titles alone (three not on arXiv, one "in the Documents folder"); two books, PyTorch,
Colab and a Kaggle dataset are not papers."""
import html.entities, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1377, keys, BACKPROP, LSTM, LENET

HOST = "https://campus.fiis-ejemplo.edu.pe"
CID = "IA401"
NAMES = {c: n for c, n in html.entities.codepoint2name.items() if c > 127}


def fck(s):
    """FCKeditor 2.x with ProcessHTMLEntities: every non-ASCII character as its named entity (non-breaking space too)"""
    return "".join(f"&{NAMES[ord(c)]};" if ord(c) > 127 else c for c in s)


READ_REQ = [  # (number, text) required readings
    (1, f"Rumelhart, D. E., Hinton, G. E. y Williams, R. J. (1986). <em>{BACKPROP}</em>. Nature, 323, 533–536."),
    (2, f"Hochreiter, S. y Schmidhuber, J. (1997). <em>{LSTM}</em>. Neural Computation, 9(8), 1735–1780."),
    (3, f"LeCun, Y., Bottou, L., Bengio, Y. y Haffner, P. (1998). <em>{LENET}</em>. Proceedings of the IEEE, 86(11), 2278–2324."),
    (4, f"Bahdanau, D., Cho, K. y Bengio, Y. (2014). <em>{T('1409.0473')}</em>. Disponible en: <a href=\"https://arxiv.org/abs/1409.0473\">https://arxiv.org/abs/1409.0473</a>"),
    (5, f"Vaswani, A. et al. (2017). <em>{T('1706.03762')}</em>. NIPS 2017. <a href=\"https://arxiv.org/pdf/1706.03762.pdf\">[PDF]</a>"),
]
READ_ADD = [
    (6, f"Goodfellow, I. et al. (2014). <em>{T('1406.2661')}</em>. <a href=\"https://arxiv.org/abs/1406.2661\">arxiv.org/abs/1406.2661</a>"),
    (7, f"Graves, A., Wayne, G. y Danihelka, I. (2014). <em>{T('1410.5401')}</em>. (El PDF está en la herramienta Documentos, carpeta «Lecturas».)"),
    (8, f"Loshchilov, I. y Hutter, F. <em>{T('1711.05101')}</em>, arXiv:1711.05101. Es el optimizador AdamW que usaremos en todos los laboratorios."),
]
WEEKS = [
    "Presentación del curso. Repaso de álgebra lineal, probabilidad y optimización.",
    "El perceptrón multicapa y la retropropagación del error [1].",
    "Optimización: SGD, momentum, Adam y AdamW [8]. Inicialización y normalización.",
    "Regularización: dropout, weight decay, aumento de datos.",
    "Redes convolucionales I: convolución, pooling, LeNet-5 [3].",
    "Redes convolucionales II: arquitecturas modernas y transferencia de aprendizaje.",
    "Redes recurrentes: RNN, el problema del gradiente que se desvanece, LSTM [2].",
    "Examen parcial.",
    "Modelos secuencia a secuencia y el mecanismo de atención [4].",
    "Memoria externa: máquinas de Turing neuronales [7].",
    "El Transformer I: autoatención, codificación posicional [5].",
    "El Transformer II: preentrenamiento y ajuste fino.",
    "Modelos generativos I: autoencoders variacionales.",
    "Modelos generativos II: redes generativas adversarias [6].",
    "Exposiciones de los proyectos finales.",
    "Examen final.",
]
GRADES = [("Examen parcial (EP)", "EP", 30), ("Examen final (EF)", "EF", 30), ("Promedio de laboratorios (PL)", "PL", 25),
          ("Exposición del proyecto (EX)", "EX", 15)]

S = {}
S["Descripción general"] = ("<p>Curso electivo de la especialidad de Ingeniería de Software (9.º ciclo). Se estudian los fundamentos "
    "del aprendizaje profundo: redes neuronales multicapa, su entrenamiento, redes convolucionales y recurrentes, el "
    "mecanismo de atención y el Transformer, y una introducción a los modelos generativos.</p>\n"
    "<p>Requisitos: IA301 Aprendizaje Automático y ES241 Estadística. Créditos: 3 (2 h de teoría y 2 h de laboratorio por semana).</p>")
S["Objetivos"] = ("<ul>\n<li>Comprender cómo se entrena una red neuronal profunda y por qué funciona (y cuándo no).</li>\n"
    "<li>Implementar en PyTorch los modelos vistos en clase y evaluarlos de forma honesta.</li>\n"
    "<li>Leer con criterio artículos científicos clásicos y recientes del área.</li>\n</ul>")
S["Contenidos"] = "<ol>\n" + "\n".join(f"<li>Semana {i}: {w}</li>" for i, w in enumerate(WEEKS, 1)) + "\n</ol>"
S["Metodología"] = ("<p>Clases expositivas con discusión de lecturas (cada semana un grupo presenta la lectura indicada entre "
    "corchetes en los Contenidos) y laboratorios en Google Colab. ¿Dudas? Usen el foro del curso antes de escribir al correo.</p>")
S["Materiales del curso"] = ("<p><strong>Lecturas obligatorias</strong></p>\n<ol>\n"
    + "\n".join(f'<li value="{n}">{t}</li>' for n, t in READ_REQ) + "\n</ol>\n<p><strong>Lecturas complementarias</strong></p>\n<ol>\n"
    + "\n".join(f'<li value="{n}">{t}</li>' for n, t in READ_ADD) + "\n</ol>\n"
    "<p><strong>Libros de consulta</strong> (no son lecturas evaluadas): Goodfellow, Bengio y Courville, <em>Deep Learning</em>, "
    "MIT Press, 2016 (<a href=\"https://www.deeplearningbook.org/\">deeplearningbook.org</a>); S. J. D. Prince, "
    "<em>Understanding Deep Learning</em>, MIT Press, 2023 (<a href=\"https://udlbook.github.io/udlbook/\">udlbook.github.io</a>).</p>")
S["Recursos humanos y técnicos"] = ("<p>Docente: Dra. Lucía Quispe Huamán (lquispe@fiis-ejemplo.edu.pe), oficina 3-214, "
    "atención: jueves 16:00–18:00.<br />\nJefe de práctica: Bach. Diego Salazar Ccori (dsalazar@fiis-ejemplo.edu.pe).</p>\n"
    "<p>Laboratorio: PyTorch 2.2 en Google Colab; el proyecto final puede usar el servidor del laboratorio (2 × RTX 4090, "
    "solicitar cuenta al jefe de práctica). Conjunto de datos del laboratorio 4: «Peruvian Food Images» en Kaggle.</p>")
S["Evaluación"] = ("<ul>\n" + "\n".join(f"<li>{n}: {p} %</li>" for n, _, p in GRADES) + "\n</ul>\n"
    "<p>Nota final: PF = " + " + ".join(f"0,{p:02d}·{a}" for _, a, p in GRADES) + ". Se aprueba con PF ≥ 10,5 "
    "(escala vigesimal). Los laboratorios no se recuperan; se elimina la nota más baja.</p>")

TOOLS = [("course_home/course_home.php", "Página principal del curso"), ("course_description/index.php", "Descripción del curso"),
         ("calendar/agenda.php", "Agenda"), ("document/document.php", "Documentos"), ("work/work.php", "Tareas"),
         ("forum/index.php", "Foros"), ("user/user.php", "Usuarios")]
head = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="es" lang="es">
<head>
<title>Aprendizaje Profundo - Campus Virtual FIIS (ejemplo)</title>
<style type="text/css" media="screen, projection">
/*<![CDATA[*/
@import "{HOST}/main/css/dokeos_blue/default.css";
/*]]>*/
</style>
<style type="text/css" media="print">
/*<![CDATA[*/
@import "{HOST}/main/css/dokeos_blue/print.css";
/*]]>*/
</style>
<link rel="top" href="{HOST}/index.php" title="" />
<link rel="courses" href="{HOST}/main/auth/courses.php" title="Ordenar mis cursos" />
<link rel="profil" href="{HOST}/main/auth/profile.php" title="Mi perfil" />
<link href="http://www.dokeos.com/documentation.php" rel="Help" />
<link href="http://www.dokeos.com/team.php" rel="Author" />
<link href="http://www.dokeos.com" rel="Copyright" />
<link rel="shortcut icon" href="{HOST}/favicon.ico" type="image/x-icon" />
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<script type="text/javascript" src="{HOST}/main/inc/lib/javascript/jquery.js" language="javascript"></script>
</head>
<body dir="ltr">
<div id="wrapper">
<div id="header">
	<div id="header1">
		<div id="top_corner"></div>
		<div id="institution">
			<a href="{HOST}/index.php" target="_top">Campus Virtual FIIS (ejemplo)</a>
-&nbsp;<a href="https://www.fiis-ejemplo.edu.pe" target="_top">FIIS</a>
		</div>
		<div id="my_courses"><a href="{HOST}/courses/{CID}/index.php" target="_top">{CID}&nbsp;-&nbsp;Aprendizaje Profundo</a></div>
		<div class="clear">&nbsp;</div>
	</div>
	<div id="header2">
		<div id="Header2Right">
			<ul>
				<li><a href="{HOST}/main/auth/profile.php" target="_top">María Fernanda Rojas</a></li>
				<li><a href="{HOST}/index.php?logout=true&amp;uid=2187" target="_top">Salir</a></li>
			</ul>
		</div>
		<div class="clear">&nbsp;</div>
	</div>
	<div id="header3">
		<ul>
			<li><a href="{HOST}/user_portal.php" target="_top"><span>Mis cursos</span></a></li>
			<li><a href="{HOST}/main/calendar/myagenda.php" target="_top"><span>Mi agenda</span></a></li>
			<li><a href="{HOST}/main/auth/profile.php" target="_top"><span>Mi perfil</span></a></li>
			<li><a href="{HOST}/main/mySpace/index.php" target="_top"><span>Mi progreso</span></a></li>
		</ul>
		<div style="clear: both;" class="clear"></div>
	</div>
	<div id="header4">
		&nbsp;&nbsp;<a href="{HOST}/courses/{CID}/index.php" target="_top">{CID}</a>&nbsp;&gt;&nbsp;<a href="{HOST}/main/course_description/index.php?cidReq={CID}" target="_top">Descripción del curso</a>
	</div>
	<div class="clear">&nbsp;</div>
</div> <!-- end of the whole #header section -->
<div id="main"> <!-- start of #main wrapper for #content and #menu divs -->
<!--   Begin Of script Output   -->
<div id="toolshortcuts">
""" + "\n".join(f'<a href="{HOST}/main/{p}?cidReq={CID}"><img src="{HOST}/main/img/{p.split("/")[0]}.gif" alt="{n}" title="{n}" /></a>' for p, n in TOOLS) + """
</div>
<h3>Descripción del curso</h3>
"""
body = ""
for i, (title, content) in enumerate(S.items(), 1):
    body += f'<div class="sectiontitle"><a name="description{i}"></a>{title}</div>\n<div class="sectioncomment">\n{fck(content)}\n</div>\n'
foot = f"""<!--   End Of script Output   -->
 <div class="clear">&nbsp;</div> <!-- 'clearing' div to make sure that footer stays below the main and right column sections -->
</div> <!-- end of #main" started at the end of banner.inc.php -->

<div class="push"></div>
</div> <!-- end of #wrapper section -->

<div id="footer"> <!-- start of #footer section -->
<div class="copyright">Plataforma <a href="http://www.dokeos.com">Dokeos 1.8.6.1</a> &copy; 2024</div>
Administrador&nbsp;:&nbsp;<a href="mailto:campus@fiis-ejemplo.edu.pe">Mesa de ayuda del Campus Virtual</a>
&nbsp;
</div> <!-- end of #footer -->

</body>
</html>
"""
text = head + body + foot
write_only(F1377, text, keys(F1377), forms=[__import__("html").unescape(text)])
