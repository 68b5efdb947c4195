#!/usr/bin/env python3
"""768: a terminal capture of a WordPress plugin's CLI check (`php bin/revisar-cola.php --dump`): a few log lines,
PHP 8.2 'PHP Deprecated:  Creation of dynamic property …' notices, then PHP's var_dump() output of the queue:
'array(N) {', '["key"]=>' on its own line with the value on the next, two spaces a level, 'string(BYTES) "…"'
(UTF-8 byte lengths, no escaping), 'int(…)', 'float(…)', 'bool(…)', 'NULL', 'object(Lecturas\\Entrada)#ID (N) {'
with ':protected' / ':"Class":private' property names, 'array(0) {' + '}' for empty arrays. Spanish reading
group on LLM pre-training and scaling."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys, GPT1

F = by_num(768)
A = lambda k: f"https://arxiv.org/abs/{k}"


class Obj:
    def __init__(self, cls, props):
        self.cls, self.props = cls, props


_oid = [13]


def vd(v, ind=0):
    p = " " * ind
    if v is None: return p + "NULL\n"
    if v is True or v is False: return p + f"bool({'true' if v else 'false'})\n"
    if isinstance(v, int): return p + f"int({v})\n"
    if isinstance(v, float): return p + f"float({v:g})\n"
    if isinstance(v, str): return p + f'string({len(v.encode("utf-8"))}) "{v}"\n'
    if isinstance(v, Obj):
        _oid[0] += 1
        s = p + f"object({v.cls})#{_oid[0]} ({len(v.props)}) {{\n"
        for k, x in v.props:
            s += p + f"  [{k}]=>\n" + vd(x, ind + 2)
        return s + p + "}\n"
    items = list(enumerate(v)) if isinstance(v, list) else list(v.items())
    s = p + f"array({len(items)}) {{\n"
    for k, x in items:
        s += p + (f"  [{k}]=>\n" if isinstance(k, int) else f'  ["{k}"]=>\n') + vd(x, ind + 2)
    return s + p + "}\n"


def E(i, fecha, titulo, enlace, autores, nota, tags, votos, leido, arxiv, tipo="articulo"):
    return Obj("Lecturas\\Entrada", [('"id"', i), ('"tipo"', tipo), ('"titulo"', titulo), ('"enlace"', enlace), ('"autores"', autores),
                                     ('"arxiv"', arxiv), ('"etiquetas"', tags), ('"votos"', votos), ('"leido"', leido), ('"fecha"', fecha),
                                     ('"nota":"Lecturas\\Entrada":private', nota), ('"cache":protected', None), ('"puntuacion"', round(votos / 4, 2))])


Q = [
 E(1204, "2024-03-05T12:41:09+01:00", T("2203.15556"), A("2203.15556"), au("2203.15556", 3),
   "Sesión 4. Ojo a la tabla 3 (tokens por parámetro); Lucía prepara la comparación con la ley de potencias de la sesión 2.",
   ["escalado", "sesion-4"], 7, False, None),
 E(1199, "2024-03-04T20:15:33+01:00", "Open LLM Leaderboard (Hugging Face Space)", "https://huggingface.co/spaces/open-llm-leaderboard/open_llm_leaderboard",
   "", "No es un artículo: tabla de resultados. Sólo para la discusión sobre contaminación de benchmarks.", ["evaluacion", "recurso"], 2, False, None, "recurso"),
 E(1196, "2024-03-04T09:02:57+01:00", T("2009.03300"), "", au("2009.03300", 3),
   "Benchmark de 57 tareas. Falta el enlace: Martín lo sube al Drive del grupo con sus anotaciones (versión ICLR).",
   ["evaluacion", "sesion-5"], 5, False, None),
 E(1190, "2024-03-01T17:48:20+01:00", T("2302.13971"), A("2302.13971"), au("2302.13971", 4),
   "Modelos abiertos 7B–65B entrenados sólo con datos públicos. Comparar la receta de datos con la del artículo de cómputo óptimo (arriba).",
   ["modelos-abiertos", "sesion-3"], 9, True, None),
 E(1188, "2024-03-01T10:30:02+01:00", T("2205.01068"), "", au("2205.01068", 3),
   "Réplica abierta de la familia de 175B; interesa sobre todo el cuaderno de bitácora del entrenamiento (anexos).",
   ["modelos-abiertos", "sesion-3"], 4, True, None),
 E(1185, "2024-02-28T19:05:44+01:00", "karpathy/nanoGPT", "https://github.com/karpathy/nanoGPT", "Andrej Karpathy",
   "Repositorio (software), no artículo. Lo usamos en el taller práctico del 14 de marzo.", ["codigo", "taller"], 6, False, None, "repositorio"),
 E(1181, "2024-02-27T11:12:19+01:00", T("2306.11644"), "", au("2306.11644", 3),
   "Datos de calidad «de libro de texto» para un modelo pequeño de código. Debate: ¿cuánto se puede generalizar?",
   ["datos", "sesion-5"], 3, False, None),
 E(1177, "2024-02-23T16:40:51+01:00", T("2001.08361"), "", au("2001.08361", 3),
   "Leyes de potencia para pérdida vs. parámetros, datos y cómputo. Referencia: arXiv:2001.08361 (v1, enero 2020).",
   ["escalado", "sesion-2"], 8, True, "arXiv:2001.08361"),
 E(1174, "2024-02-22T13:27:06+01:00", "Curso CS324: Large Language Models (apuntes)", "https://stanford-cs324.github.io/winter2022/",
   "", "Curso en línea; útil como introducción, no se cita como artículo.", ["curso"], 1, True, None, "curso"),
 E(1170, "2024-02-20T18:02:38+01:00", T("2005.14165"), A("2005.14165"), au("2005.14165", 3),
   "Aprendizaje en contexto con 175B parámetros. Sesión 1: secciones 2 y 3; el resto, por encima.",
   ["escalado", "sesion-1"], 10, True, None),
 E(1168, "2024-02-20T09:55:14+01:00", GPT1, "", au(GPT1, 4),
   "Informe técnico de OpenAI (2018), no está en arXiv. El PDF está en la carpeta «clasicos» del Drive.",
   ["clasicos", "sesion-1"], 6, True, None),
 E(1163, "2024-02-19T12:00:00+01:00", "Volcado de la Wikipedia en español (eswiki-20240201)", "https://dumps.wikimedia.org/eswiki/20240201/",
   "", "Conjunto de datos para el taller, no es un artículo.", ["datos", "taller"], 0, False, None, "datos"),
]

dump = {"fuente": "https://lecturas.pln-sevilla.example.es/wp-json/lecturas/v1/cola?estado=todas&per_page=20",
        "generado": "2024-03-05T18:22:41+01:00", "version_plugin": "0.7.3", "total": len(Q), "pagina": 1, "paginas": 1,
        "umbral_votos": 2.5, "filtros": [], "entradas": Q}

head = """ana@pln-srv:/var/www/lecturas$ php bin/revisar-cola.php --dump
[2024-03-05 18:22:40] lecturas.INFO: Conectando con la API REST del sitio (modo sólo lectura)
[2024-03-05 18:22:41] lecturas.INFO: 12 entradas recibidas en 0.38 s
"""
head += "PHP Deprecated:  Creation of dynamic property Lecturas\\Entrada::$puntuacion is deprecated in /var/www/lecturas/src/Entrada.php on line 57\n" * 12
head += """[2024-03-05 18:22:41] lecturas.WARNING: 5 entradas de tipo "articulo" sin enlace (ver campo enlace vacío)
[2024-03-05 18:22:41] lecturas.DEBUG: volcando la cola completa con var_dump()
"""
tail = """[2024-03-05 18:22:41] lecturas.INFO: Hecho. Memoria máxima: 4 MB. No se ha escrito nada (--dump).
ana@pln-srv:/var/www/lecturas$ 
"""
text = head + vd(dump) + tail
write_only(F, text, keys(F))
