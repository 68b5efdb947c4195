#!/usr/bin/env python3
"""2184: the web version of a fortnightly newsletter of a reading circle at the Universidad Nacional de Itapúa
(Encarnación, Paraguay) sent with EmailOctopus, copied from the browser as text (as remembered: the preview line, the
masthead, «Edición n · d de mes de yyyy», the sections, bracketed buttons, the sender's postal address, the footer
with EmailOctopus' placeholders «{{EmailAddress}}», «Darse de baja» and «Actualizar preferencias», «Powered by
EmailOctopus»). Spanish with Guaraní.
Computed: the issue number from fortnightly issues since 13 January 2026 (asserted: the date a whole number of
fortnights later)."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(2184)
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
FIRST, DATE = dt.date(2026, 1, 13), dt.date(2026, 4, 7)
assert (DATE - FIRST).days % 14 == 0
N = (DATE - FIRST).days // 14 + 1
out = [
 "Robustez, atajos y generalización: lo que leemos en abril. Mba'éichapa!", "",
 "ÑEMOARANDU · Círculo de Aprendizaje Automático", "Facultad de Ingeniería · Universidad Nacional de Itapúa", "",
 f"Edición {N} · {DATE.day} de {MES[DATE.month - 1]} de {DATE.year}", "",
 "Mba'éichapa, ñemoarandu-ra! Esta quincena el tema es por qué los modelos aprenden lo que no queremos.", "",
 "EL PAPER DE LA QUINCENA", "",
 f"{T('2004.07780')}", "Geirhos y colegas ordenan una idea que todos sentimos: la red encuentra el camino fácil. "
 "Lo discutimos el jueves con ejemplos de nuestras fotos de yerba mate.", "",
 "PARA LEER", "",
 f"• {T('2103.14586')} → https://arxiv.org/abs/2103.14586",
 f"• {T('2007.01434')} (Gulrajani y Lopez-Paz) — https://arxiv.org/pdf/2007.01434v1.pdf",
 f"• {T('2006.05576')} — versión de la conferencia: https://openreview.net/forum?id={OR('2006.05576')}",
 f"• {T('2012.07177')}, [ Leer el paper ] https://arxiv.org/abs/2012.07177",
 "",
 "DESDE EL LABORATORIO", "",
 f"Fabrizio Benítez está entrenando con datos repartidos entre tres cooperativas de Hohenau y propone "
 f"{T('2111.04263')} (arXiv:2111.04263) para la sesión de aprendizaje federado. Lourdes Ayala sugiere sumar "
 f"{T('2010.08515')}, porque explica con teoría lo que vemos en las curvas.", "",
 f"Y para quien quiera un desvío matemático: {T('2010.00554')}, de DeepMind. Opcional, pero hermoso.", "",
 "NO SON PAPERS, PERO SIRVEN", "",
 "• La biblioteca DomainBed en GitHub (código de evaluación)",
 "• El libro «Pattern Recognition and Machine Learning» de Bishop, capítulo 3",
 "• El conjunto de datos WILDS y la charla grabada «Robustez en el campo», Feria de Ciencias 2025", "",
 "[ Inscribirme a la sesión del jueves ]", "",
 "Jajotopa peve! (¡Hasta la próxima!)", "— Equipo Ñemoarandu", "",
 "Círculo Ñemoarandu · Facultad de Ingeniería, UNI · Barrio Cambyretá, Encarnación, Itapúa, Paraguay", "",
 "Recibiste este correo en {{EmailAddress}} porque te inscribiste en la feria de clubes.",
 "Darse de baja · Actualizar preferencias", "", "Powered by EmailOctopus",
]
write_only(F, "\n".join(out) + "\n", keys(F))
