#!/usr/bin/env python3
"""317: the talk page of an article on the Asturian Wikipedia ("Alderique:Modelu de llinguaxe"), copied from the
browser (Vector 2022 skin, DiscussionTools on) as text. What such a copy has: the skip link, the main menu, search,
account links, the page title with the namespace, the tabs (Artículu / Alderique, Lleer / Editar / Amestar tema / Ver
historial), "De Wikipedia, la enciclopedia llibre", a project banner, a page-level "Últimu comentariu" line, then per
topic: the heading, "Últimu comentariu: … por <user>", "<n> comentarios", "<k> persones na discusión", the comments,
each ending in the editor's signature "<User> (alderique) HH:MM D mmm YYYY (UTC)" and followed by "Responder"; the
"Amestar tema" button; the footer with the last-edited time. Papers: URLs the editors pasted (arXiv abs / pdf,
huggingface.co/papers) are links, bare "arXiv:ID" / ids are arxiv-text, titles alone (in sentences, in « », after
authors) are title-only; a book, a blog, the English article and "(Bengio et al., 2003)" are named too."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from alloc_keys import GLOVE, LSTM, GPT1, GPT2

KEYS = ["1301.3781", GLOVE, "1409.3215", LSTM, "1802.05365", "1801.06146", GPT1, GPT2, "1907.11692", "2204.02311",
        "2205.01068", "2303.18223", "2206.07682"]


def sig(user, t):
    return f"{user} (alderique) {t} (UTC)"


page = f"""Saltar al conteníu
Menú principal
Buscar
Crear una cuenta
Aniciar sesión
Ferramientes personales
Alderique:Modelu de llinguaxe
Amestar llingües
Artículu
Alderique
Lleer
Editar
Amestar tema
Ver historial
Ferramientes
De Wikipedia, la enciclopedia llibre
Esti artículu forma parte del Wikiproyeutu Informática. Calidá: esbozu · Importancia: alta
Últimu comentariu: 4 mar 2024 por Llaviana
Fontes pa la seición «Historia»
Últimu comentariu: 19 feb 2024 por Xuacu
5 comentarios
3 persones na discusión
La seición «Historia» namái tien una referencia, y ye a la Wikipedia n'inglés, que nun val como fonte. Propongo estes fontes primaries, n'orde cronolóxicu:
los n-gramas y el modelu neuronal de (Bengio et al., 2003) — equí abondaría col llibru de Jurafsky y Martin, Speech and Language Processing, que yá tenemos na bibliografía;
Hochreiter y Schmidhuber, {T(LSTM)}, Neural Computation, 1997;
los vectores de pallabres: {T('1301.3781')} https://arxiv.org/abs/1301.3781 y tamién {T(GLOVE)} (Pennington, Socher y Manning, EMNLP 2014);
pa la traducción neuronal, {T('1409.3215')}, arXiv:1409.3215.
¿Daquién tien dalguna oxeción? {sig('Pelayu', '18:40 12 feb 2024')}
Responder
Paezme bien, pero pa los vectores de pallabres pondría namái el primeru; GloVe nun ye un modelu de llinguaxe. {sig('Xuacu', '09:12 13 feb 2024')}
Responder
Nun toi d'alcuerdu: l'artículu fala de representaciones, y GloVe ye parte d'esa hestoria. Yo dexaría los dos. {sig('Pelayu', '21:05 13 feb 2024')}
Responder
Val. Amestéles toes, con plantía {{{{cita publicación}}}}. Pa LSTM punxi la revista, nun hai versión n'arXiv. {sig('Ablanu', '11:30 19 feb 2024')}
Responder
Gracies. Una cosina: la web del blog «The Illustrated Transformer» nun ye una fonte fiable, quitéla. {sig('Xuacu', '16:02 19 feb 2024')}
Responder
Preentrenamientu y modelos grandes
Últimu comentariu: 4 mar 2024 por Llaviana
6 comentarios
3 persones na discusión
Pa la parte de preentrenamientu faltaben les fontes. Esto ye lo que lleí:
ELMo: {T('1802.05365')} — https://arxiv.org/pdf/1802.05365
{T('1801.06146')}, de Howard y Ruder (ACL 2018), que fixo popular l'axuste finu
los dos informes d'OpenAI: «{T(GPT1)}» (2018) y «{T(GPT2)}» (2019). Nun tán n'arXiv, pero son los documentos orixinales.
{sig('Llaviana', '10:15 26 feb 2024')}
Responder
Bien. Pa BERT y les sos variantes ¿poneis RoBERTa? Yo citaría {T('1907.11692')} (1907.11692), que ye la que s'usa como referencia. {sig('Ablanu', '12:48 26 feb 2024')}
Responder
Sí. Y pa los modelos grandes: {T('2204.02311')} https://huggingface.co/papers/2204.02311 y OPT ({T('2205.01068')}), que tien los pesos abiertos. {sig('Llaviana', '19:20 27 feb 2024')}
Responder
Pa la seición de capacidaes, la frase «les capacidaes apaecen de sópitu» tendría que citar a Wei y otros, {T('2206.07682')}. Y como visión xeneral, {T('2303.18223')} https://arxiv.org/abs/2303.18223, que s'anueva cada pocos meses. {sig('Pelayu', '08:05 1 mar 2024')}
Responder
La encuesta ta bien, pero ye llarga; ¿nun sería meyor citar la versión concreta (v13)? {sig('Ablanu', '13:37 2 mar 2024')}
Responder
Fecho: v13. Quedó too amestao; si daquién quier revisar les fechas, gracies. {sig('Llaviana', '20:11 4 mar 2024')}
Responder
Amestar tema
Esta páxina editóse per última vegada el 4 mar 2024 a les 20:11.
El testu ta disponible baxo la Llicencia Creative Commons Atribución/Compartir-Igual; pueden aplicase términos adicionales.
Política de privacidá
Tocante a Wikipedia
Avisu llegal
Códigu de conducta
Desendolcadores
Estadístiques
Declaración de cookies
Versión móvil
"""

write_only("317_wikipedia_talk_page_copied_text_asturian_language_model_article.txt", page, KEYS)
