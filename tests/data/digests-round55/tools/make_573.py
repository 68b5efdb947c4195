#!/usr/bin/env python3
"""573: a Trac 1.6 wiki page as `wiki/ReferenciasInferencia?format=txt` returns it (the stored text, CRLF line ends
as the browser's textarea sent them, no final newline): = / == headings, [[PageOutline]], [[TracNav]]-style macro
calls, ' * ' lists (leading space), '''bold''' / ''italic'', [url label] and [[url|label]] links, TracLinks (#412,
r1873, milestone:0.9, wiki:Page, source:), !CamelCase escapes, a ||= header =|| table, a {{{#!sh }}} block.
Spanish project wiki of an LLM inference engine."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, OR, write_raw
from make_expected import F573 as NAME, keys

KEYS = keys(NAME)
HF = T("1910.03771").replace("HuggingFace", "!HuggingFace")
L = [
 "= Referencias: inferencia eficiente =",
 "",
 "[[PageOutline(2-3,Contenido,inline)]]",
 "",
 "Esta página reúne los artículos en los que se basa cada componente de ''tordo'' (cuantización, decodificación "
 "especulativa, adaptadores). Si añadís una referencia, poned también el ticket o changeset donde se usa. Discusión "
 "general en #388; normas de estilo en wiki:GuiaDeEstilo.",
 "",
 "== Cuantización ==",
 "",
 " * '''GPTQ''' — " + T("2210.17323") + ", Frantar et al., ICLR 2023. arXiv:2210.17323",
 "   * implementado en source:trunk/tordo/quant/gptq.py (r1873, ver #412)",
 "   * ojo: el orden de columnas \"act-order\" no está activado por defecto",
 " * ''" + T("2208.07339") + "'' (Dettmers, Lewis, Belkada, Zettlemoyer; NeurIPS 2022)",
 "   * descomposición de outliers; lo usamos solo como referencia de precisión, no hay kernel propio (#430)",
 " * Entrenamiento en precisión mixta (escalado de la pérdida, copia maestra en FP32): "
 "[https://openreview.net/forum?id=" + OR("1710.03740") + " " + T("1710.03740") + "] (ICLR 2018)",
 "",
 "== Decodificación ==",
 "",
 " * [https://arxiv.org/abs/2211.17192 " + T("2211.17192") + "] — Leviathan, Kalman, Matias, ICML 2023.",
 "   Base del modo `--draft-model` (milestone:0.9). Resultados en wiki:Benchmarks/Especulativa.",
 " * Muestreo: ver la documentación de !HuggingFace `generate()` (no es un artículo).",
 "",
 "== Adaptadores ==",
 "",
 "||= Método =||= Artículo =||= Estado en tordo =||",
 "|| LoRA || (ver wiki:Adaptadores, es un apodo; el artículo está en la página de adaptadores) || hecho, r1702 ||",
 "|| DoRA || [[https://arxiv.org/abs/2402.09353|" + T("2402.09353") + "]] || en curso, #451 ||",
 "|| vista unificada || " + T("2110.04366") + " (He et al., ICLR 2022) || solo lectura ||",
 "",
 "== Modelos y ecosistema ==",
 "",
 " * Pesos de referencia para las pruebas de regresión: [https://arxiv.org/pdf/2307.09288 "
 + T("2307.09288") + "] (Touvron et al., 2023). Licencia: ver wiki:Licencias.",
 " * Cargador de checkpoints compatible con ''" + HF + "'' (Wolf et al., EMNLP 2020, System Demonstrations) "
 "— el formato safetensors lo documenta la propia biblioteca.",
 "",
 "== Resultados internos (resumen) ==",
 "",
 "Medidos en la máquina `ci-gpu-02` (1× A100 80 GB), lote 1, 512 tokens de salida. Detalle en wiki:Benchmarks.",
 "",
 "||= Configuración =||= tokens/s =||= memoria (GB) =||= perplejidad (wikitext) =||= ticket =||",
 "|| fp16, sin borrador || 41,2 || 14,1 || 5,47 || #402 ||",
 "|| int4 GPTQ, g128 || 88,9 || 4,6 || 5,63 || #412 ||",
 "|| int8 (referencia) || 29,7 || 8,3 || 5,48 || #430 ||",
 "|| fp16 + borrador 160M, k=4 || 97,5 || 14,9 || 5,47 || #436 ||",
 "|| int4 + borrador, k=4 || 151,0 || 5,4 || 5,63 || #436 ||",
 "",
 "''Nota'': las cifras de la versión 0.7 no son comparables (cambió el tokenizador en r1790).",
 "",
 "== Pendiente ==",
 "",
 " 1. Revisar si el kernel de dequantización necesita la versión 12.2 de CUDA (#455).",
 " 1. Documentar el formato de los adaptadores exportados (wiki:Adaptadores/Formato).",
 " 1. Pasar esta página a la nueva plantilla cuando se cierre milestone:0.9.",
 " 1. [=#citar] Decidir si el artículo de tordo va a un taller o se queda en el README.",
 "",
 "== Cómo citar tordo ==",
 "",
 "{{{#!sh",
 "$ tordo --version",
 "tordo 0.8.3 (r1881, 2024-03-08)",
 "$ tordo cite --format bibtex > tordo.bib",
 "}}}",
 "",
 "----",
 "Páginas relacionadas: wiki:Benchmarks, wiki:Adaptadores, wiki:HojaDeRuta. Mantiene: ''mrodriguez'', ''aibarra''.",
]
text = "\r\n".join(L)
decoded = re.sub(r"!(?=[A-Z][a-z]+[A-Z])", "", text)
write_raw(NAME, text.encode("utf-8"), [text, decoded], KEYS)
