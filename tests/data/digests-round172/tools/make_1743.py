#!/usr/bin/env python3
"""1743: a Twig template from a Spanish lab's Symfony site (templates/grupo/lectura.html.twig): the diffusion
reading group's page, the sessions kept by hand in a `{% set %}` list of hashes inside the body block, rendered by a
for loop into a table. Twig tags balanced (block/endblock, for/endfor, if/endif), the list's dates in order,
single-quoted Twig strings with `\\'` escapes."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1743)
# (fecha, ponente, titulo, enlace, nota)
S = [
 ("2024-02-07", "Lucía Ferrer", T("1503.03585"), "https://arxiv.org/abs/1503.03585", "El origen de todo: proceso directo y proceso inverso. Leer secciones 2 y 3."),
 ("2024-02-14", "Álvaro Ruiz", T("1907.05600"), None, "NCSN, NeurIPS 2019 (arXiv:1907.05600). El PDF está en la carpeta compartida."),
 ("2024-02-21", "Marta Gil", T("2010.02502"), None, "ICLR 2021. Muestreo determinista; traer las cuentas de la sección 4 hechas."),
 ("2024-02-28", "Lucía Ferrer", T("2105.05233"), "https://arxiv.org/pdf/2105.05233v4", "Guía por clasificador y la arquitectura ADM."),
 ("2024-03-06", "Jorge Navarro", T("2207.12598"), "https://arxiv.org/abs/2207.12598", "Sesión corta (30 min) + discusión sobre guidance scale."),
 ("2024-03-13", "Marta Gil", T("2106.05931"), None, "LSGM, NeurIPS 2021. Difusión en el espacio latente de un VAE."),
 ("2024-03-20", "Taller", "Taller práctico con Diffusers", "https://huggingface.co/docs/diffusers/index", "Traed portátil; usaremos las GPU del clúster (cola \\'docencia\\')."),
 ("2024-04-03", "Álvaro Ruiz", T("2204.06125"), None, "DALL·E 2 (unCLIP). Pendiente de confirmar ponente."),
 ("2024-04-10", "Jorge Navarro", T("2403.03206"), "https://arxiv.org/pdf/2403.03206.pdf", "Stable Diffusion 3: flujo rectificado + MM-DiT."),
]


def build():
    L = ["{% extends 'base.html.twig' %}", "",
         "{% block title %}Grupo de lectura: modelos de difusión | {{ parent() }}{% endblock %}", "",
         "{% block body %}",
         "{# Lista mantenida a mano por Lucía. Cuando esté la tabla de sesiones en la base de datos,",
         "   pasar esto a GrupoLecturaController y borrar el set. #}",
         "{% set sesiones = ["]
    for i, (fe, po, ti, en, no) in enumerate(S):
        L += ["    {", f"        fecha: '{fe}',", f"        ponente: '{po}',", f"        titulo: '{ti}',",
              f"        enlace: {repr(en) if en else 'null'},", f"        nota: '{no}'", "    }" + ("," if i < len(S) - 1 else "")]
    L += ["] %}", "",
          "<section class=\"grupo-lectura container\">",
          "    <h1>Grupo de lectura: modelos de difusión</h1>",
          "    <p class=\"lead\">Miércoles a las 16:00 en la sala 2.14 (edificio B) y por Teams. Cada sesión dura una hora:",
          "    40 minutos de presentación y 20 de discusión. Si quieres presentar, escribe a",
          "    <a href=\"mailto:lucia.ferrer@dia.example.es\">lucia.ferrer@dia.example.es</a>.</p>",
          "",
          "    <p>Lectura previa recomendada: la entrada de Lilian Weng",
          "    <a href=\"https://lilianweng.github.io/posts/2021-07-11-diffusion-models/\">«What are Diffusion Models?»</a>.</p>",
          "",
          "    <table class=\"table table-striped\">",
          "        <thead>",
          "            <tr><th>Fecha</th><th>Ponente</th><th>Artículo</th></tr>",
          "        </thead>",
          "        <tbody>",
          "        {% for s in sesiones %}",
          "            <tr{% if s.fecha < 'now'|date('Y-m-d') %} class=\"pasada\"{% endif %}>",
          "                <td>{{ s.fecha|date('d/m/Y') }}</td>",
          "                <td>{{ s.ponente }}</td>",
          "                <td>",
          "                    {% if s.enlace %}",
          "                        <a href=\"{{ s.enlace }}\" target=\"_blank\" rel=\"noopener\">{{ s.titulo }}</a>",
          "                    {% else %}",
          "                        {{ s.titulo }}",
          "                    {% endif %}",
          "                    {% if s.nota %}<br><small class=\"text-muted\">{{ s.nota }}</small>{% endif %}",
          "                </td>",
          "            </tr>",
          "        {% else %}",
          "            <tr><td colspan=\"3\">Todavía no hay sesiones programadas.</td></tr>",
          "        {% endfor %}",
          "        </tbody>",
          "    </table>",
          "",
          "    {% include 'grupo/_pie.html.twig' with {grupo: 'difusion'} %}",
          "</section>",
          "{% endblock %}"]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
