#!/usr/bin/env python3
"""725: one chapter file of a Leanpub book written in Markua (manuscript/ch05.txt): `{id: …}` / `{caption: …}` /
`{format: …}` attribute lists on the line before the element, `#` / `##` headings, asides and blurbs with the `A>`,
`T>`, `W>`, `I>` prefixes, footnotes `[^name]` with their definitions, index entries `{i: "…"}`, `![…](resources/…)`
images with `{width: …}`, code fences, a pipe table and a "Lecturas" list. A Spanish book chapter on PEFT and
regularisation."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import F725, keys


def au(k, n=3):
    a = authors(k)
    return ", ".join(a[:n]) + (" et al." if len(a) > n else "")


text = f"""{{id: cap-peft}}
# Ajuste fino eficiente en parámetros

{{class: discussion}}
A> Este capítulo supone que ya has leído el capítulo 4 (entrenamiento de modelos de lenguaje) y que tienes a mano una GPU
A> con al menos 24 GB de memoria. Si no es así, todos los ejemplos funcionan también en Colab con un modelo más pequeño.

Ajustar todos los pesos de un modelo de miles de millones de parámetros es caro: hay que guardar una copia completa
del modelo por cada tarea y los estados del optimizador ocupan el doble o el triple que los propios pesos. La idea del
ajuste fino eficiente en parámetros{{i: "ajuste fino eficiente en parámetros"}} es congelar casi todo el modelo y entrenar
solo una parte muy pequeña.

## Un mapa del territorio

Antes de entrar en los métodos concretos conviene leer el artículo que los unifica a todos como distintas formas de
modificar los estados ocultos[^mapa]:

{{caption: "Resumen de los métodos de este capítulo"}}
| Método | Qué se entrena | Parámetros extra | Dónde leerlo |
|--------|----------------|------------------|--------------|
| Sesgos | solo los términos de sesgo | < 0,1 % | sección 5.2 |
| Vectores de escala | tres vectores por bloque | ~0,01 % | sección 5.3 |
| Matrices de bajo rango adaptativas | matrices A·B con rango variable | 0,1–1 % | sección 5.4 |
| Prompts continuos | incrustaciones de entrada | < 0,1 % | sección 5.5 |

{{width: 70%}}
![Esquema de los métodos: en gris lo congelado, en color lo que se entrena](resources/images/ch05-peft-mapa.png)

## Entrenar solo los sesgos

El método más sencillo que veremos consiste en entrenar únicamente los sesgos{{i: "sesgos"}} del codificador. Para
modelos enmascarados de tamaño mediano funciona sorprendentemente bien.

{{format: python}}
```
for name, param in model.named_parameters():
    param.requires_grad = name.endswith(".bias")
```

T> Comprueba siempre cuántos parámetros quedan entrenables antes de lanzar el entrenamiento: un error en el filtro
T> anterior te hará entrenar el modelo entero sin darte cuenta.

## Vectores de escala y pocas muestras

Con muy pocos ejemplos etiquetados, el aprendizaje en contexto parece la opción natural. El trabajo de Liu y coautores[^ia3]
muestra que reescalar activaciones con tres vectores aprendidos es más barato en inferencia y más preciso.

## Rango adaptativo

Las matrices de bajo rango con un presupuesto fijo por capa desperdician parámetros en capas que no los necesitan. La
versión adaptativa[^adalora] redistribuye el rango durante el entrenamiento según la importancia de cada valor singular.

W> El presupuesto de rango se ajusta con un calendario propio: si copias los hiperparámetros del artículo sin adaptar el
W> número de pasos, el rango final puede quedar muy por debajo de lo esperado.

## Prompts continuos

En lugar de buscar a mano la instrucción perfecta, se pueden aprender incrustaciones continuas que se anteponen a la
entrada[^ptuning]. Funciona tanto con modelos autorregresivos como con modelos enmascarados.

## Regularización y optimizador

Dos detalles que marcan la diferencia en la práctica:

1. El decaimiento de pesos desacoplado del paso del gradiente[^adamw]. Todos los ejemplos del libro usan el optimizador de PyTorch que implementa esta idea.
2. El *dropout* estructurado aprendido automáticamente[^autodrop], útil sobre todo cuando entrenamos desde cero; en ajuste
   fino su efecto es menor.

## Un modelo base abierto

Para los ejercicios usamos un modelo base de pesos abiertos de 7 000 millones de parámetros[^base]. La licencia permite
su uso en investigación; comprueba las condiciones antes de usarlo en un producto.

I> El código completo de este capítulo está en la carpeta `capitulo05/` del repositorio del libro. Los cuadernos usan la
I> biblioteca PEFT de Hugging Face (una biblioteca, no un artículo) y `bitsandbytes` para la cuantización.

## Ejercicios

1. Repite el experimento de la sección 5.2 congelando también los sesgos de la capa de salida. ¿Qué cambia?
2. Compara el número de parámetros entrenables de los cuatro métodos de la tabla para un modelo de 1 300 millones de
   parámetros.
3. Lee la guía de ajuste fino del curso de Hugging Face y resume en media página qué recomienda para tareas de
   clasificación.

## Lecturas

- {T("2110.04366")} ({au("2110.04366")}). Con las revisiones públicas: [OpenReview](https://openreview.net/forum?id=0RDcd5Axok).
- {T("2106.10199")} ({au("2106.10199")}). [arXiv](https://arxiv.org/abs/2106.10199)
- {T("2303.10512")} ({au("2303.10512")}). [arXiv](https://arxiv.org/abs/2303.10512)
- {T("2302.13971")} ({au("2302.13971")}). [PDF](https://arxiv.org/pdf/2302.13971.pdf)

[^mapa]: {T("2110.04366")}, ICLR 2022. Ver la lista de lecturas al final del capítulo.

[^ia3]: {T("2205.05638")}. {au("2205.05638")}. NeurIPS 2022, arXiv 2205.05638.

[^adalora]: {T("2303.10512")}. {au("2303.10512")}. ICLR 2023.

[^ptuning]: {T("2103.10385")}. {au("2103.10385")}. 2021. No hay versión en conferencia de la primera edición; busca el título.

[^adamw]: {T("1711.05101")}. {au("1711.05101")}. ICLR 2019.

[^autodrop]: {T("2101.01761")}. {au("2101.01761")}. AAAI 2021.

[^base]: {T("2302.13971")}. {au("2302.13971")}. 2023.
"""
write_only(F725, text, keys(F725))
