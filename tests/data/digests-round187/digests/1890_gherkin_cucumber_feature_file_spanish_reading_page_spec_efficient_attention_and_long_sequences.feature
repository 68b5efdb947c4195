# language: es
@lecturas @semestre-2024-1
Característica: Página de lecturas del grupo de atención eficiente
  Como participante del grupo de lectura de los jueves
  quiero ver en la página las sesiones con su artículo y su enlace
  para poder preparar la lectura antes de la reunión.

  Antecedentes:
    Dado que el calendario del semestre contiene estas sesiones:
      | fecha      | título                                                                        | enlace                                     |
      | 2024-03-07 | Reformer: The Efficient Transformer                                           | https://openreview.net/forum?id=rkgNKkHtvB |
      | 2024-03-14 | Transformers are RNNs: Fast Autoregressive Transformers with Linear Attention | https://arxiv.org/abs/2006.16236           |
      | 2024-03-21 | FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness   | https://arxiv.org/pdf/2205.14135.pdf       |
      | 2024-04-04 | Efficiently Modeling Long Sequences with Structured State Spaces              | https://arxiv.org/abs/2111.00396v3         |
    Y que la página de lecturas está publicada en "https://lectura.atencion.example.es/2024-1"

  @enlaces
  Escenario: Cada sesión muestra su artículo con enlace
    Cuando abro la página de lecturas
    Entonces veo 4 sesiones en la tabla "calendario"
    Y cada fila tiene un enlace que se abre en una pestaña nueva
    Pero la sesión del "2024-03-28" aparece como "Semana Santa, sin reunión"

  @pendientes
  Esquema del escenario: Los artículos pendientes aparecen sin enlace
    Cuando abro la sección "Pendientes"
    Entonces veo el título "<título>"
    Y junto al título aparece la etiqueta "<etiqueta>"
    Pero no aparece ningún enlace para ese título

    Ejemplos:
      | título                                                                                    | etiqueta               |
      | Transformer Quality in Linear Time                                                        | propuesto por Lucía    |
      | A Practical Survey on Faster and Lighter Transformers                                     | panorama, para repasar |
      | Funnel-Transformer: Filtering out Sequential Redundancy for Efficient Language Processing | si sobra tiempo        |

  @bibtex
  Escenario: La nota de la sesión extra se muestra tal cual
    Cuando abro la nota de la sesión extra
    Entonces el texto de la nota es:
      """
      Sesión extra (fecha por decidir): Generating Long Sequences with Sparse Transformers.
      Child, Gray, Radford y Sutskever, 2019. arXiv 1904.10509.
      Lo presenta Diego; traed dudas sobre los patrones de atención dispersa.
      """

  @recursos
  Escenario: Los recursos no se cuentan como lecturas
    Cuando abro la sección "Recursos"
    Entonces veo estos recursos:
      | nombre                             | tipo        | url                                                   |
      | xformers                           | repositorio | https://github.com/facebookresearch/xformers          |
      | The Illustrated Transformer        | blog        | https://jalammar.github.io/illustrated-transformer/   |
      | Charla de Tri Dao (Stanford MLSys) | vídeo       | https://video.atencion.example.es/charlas/mlsys-flash |
    Y el contador de lecturas sigue mostrando "4 sesiones, 3 pendientes"
