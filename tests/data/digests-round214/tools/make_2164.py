#!/usr/bin/env python3
"""2164: the web mirror («Ver en el navegador») of a Brevo (formerly Sendinblue) campaign, a monthly newsletter of
an invented research circle of the Universidad Nacional de Ingeniería (Managua), copied as text (as remembered: the
preheader, «Ver en el navegador», the masthead, issue line, sections, buttons in brackets, the sender's postal line,
«Este correo fue enviado a …», «Darse de baja», «Enviado con Brevo»). Spanish. Computed: the issue number from
monthly issues since September 2025 (asserted), the date."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(2164)
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
d = dt.date(2026, 4, 15)
issue = (d.year - 2025) * 12 + d.month - 9 + 1
assert issue == 8
out = ["Robustez, detección y aprendizaje auto-supervisado: lo que leímos en abril", "",
       "Ver en el navegador", "",
       "CÍRCULO DE VISIÓN ARTIFICIAL · UNI", f"Boletín n.º {issue} · {MESES[d.month - 1]} de {d.year}", "",
       "Hola, comunidad:", "",
       "En abril el círculo se dedicó a la robustez y a la detección. Aquí va el resumen, con enlaces.", "",
       "EL PAPER DEL MES", "",
       T("2103.14586"),
       "Bhojanapalli et al. comparan ViT y ResNet ante perturbaciones; lo replicamos con fotos de semáforos de Managua.",
       "[ Leer el paper ] https://arxiv.org/abs/2103.14586", "",
       "TAMBIÉN LEÍMOS", "",
       f"• {T('2010.04159')} — https://arxiv.org/pdf/2010.04159v4.pdf",
       f"• {T('2304.07193')} → https://arxiv.org/abs/2304.07193",
       f"• {T('2006.05576')} (http://arxiv.org/abs/2006.05576v4), base teórica de la sesión 3",
       f"• {T('2101.01761')} — arXiv:2101.01761, presentado por Ana Gabriela Membreño", "",
       "PARA LA PRÓXIMA", "",
       f"Danilo Pérez Largaespada propone {T('2103.14167')} para el proyecto de emparejamiento de imágenes aéreas del",
       f"lago Xolotlán, y Karla Chavarría sugiere {T('2103.13646')}, porque nuestras etiquetas son ruidosas.",
       f"Para la discusión teórica: {T('2010.08515')}", "",
       "RECURSOS (NO SON PAPERS)", "",
       "• Detectron2 (biblioteca) · • el libro «Computer Vision: Algorithms and Applications», 2.ª ed. (Szeliski)",
       "• el conjunto de datos COCO · • la charla «Robustez en la práctica» grabada en el auditorio Simón Bolívar", "",
       "[ Inscribite a la sesión de mayo ]", "",
       "Círculo de Visión Artificial · Universidad Nacional de Ingeniería · Av. Universitaria, Managua",
       "Este correo fue enviado a {{ contact.EMAIL }}",
       "Lo recibiste porque te suscribiste en la feria de proyectos de la FEC.", "",
       "Darse de baja", "", "Enviado con Brevo"]
write_only(F, "\n".join(out) + "\n", keys(F))
