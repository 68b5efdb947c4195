"""Habits the blind rounds 102 and 103 and a further look at the earlier rounds brought (tests/data/digests-round10N),
each written here in a small digest of its own."""

from __future__ import annotations

from tests.reading import decoded_titles


def test_a_chat_exports_message_that_is_a_title_alone_names_that_paper() -> None:
    # (a chat app's CSV export, no header: date, time, sender, number, message; the messages are the writers'
    # sentences, and one of them is a paper's title, pasted alone; one in Title Case is no title)
    chat = (
        "12/05/2024,18:02:11,Ana R.,+351910000101,Alguém quer apresentar na quinta? Precisamos de mais um artigo "
        "para fechar o semestre do grupo\n"
        "12/05/2024,18:03:40,Ana R.,+351910000101,Neural Machine Translation by Jointly Learning to Align and "
        "Translate\n"
        '12/05/2024,18:04:02,Tiago,+351920000202,"Esse é clássico, fica comigo. Leio também o de atenção depois '
        'e trago os slides na semana"\n'
        "12/05/2024,18:05:17,Tiago,+351920000202,Alguém tem o link dos slides do semestre passado? Não encontro "
        "em lado nenhum da pasta\n"
        "12/05/2024,18:06:55,Ana R.,+351910000101,Happy Birthday Tiago\n"
        '12/05/2024,18:08:30,Marta,+351930000303,"Eu fico com o de visão que a professora sugeriu na '
        'última aula, se ninguém se importar"\n'
        '12/05/2024,18:09:12,Ana R.,+351910000101,"Combinado, então faltam só dois nomes para a lista que '
        'mando amanhã de manhã"\n'
    )
    _, titles = decoded_titles(chat.encode(), "chat.csv")
    assert titles == {"Neural Machine Translation by Jointly Learning to Align and Translate": None}
