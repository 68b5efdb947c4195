#!/usr/bin/env python3
"""1987: a Battle for Wesnoth add-on scenario (`data/add-ons/Biblioteca_Profunda/scenarios/01_Biblioteca.cfg`, WML,
four-space indentation), Brazilian Portuguese: arXiv links in messages and `#` comments (`/abs/`, `/pdf/…v2`,
`http://`), one id in text, four titles alone, and non-papers (a repository, a book, a blog post, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, ALPHAGO

F = by_num(1987)
TXT = f'''#textdomain wesnoth-Biblioteca_Profunda
# Cenário 1 da campanha "Biblioteca Profunda" (grupo de leitura do lab, versão 0.3.1)
# Cada mensagem da Professora Iara cita um artigo da lista de leitura do semestre.
# Código do agente de treino: https://github.com/bibprofunda/wesnoth-rl (repositório, não é artigo)

[scenario]
    id=01_Biblioteca
    name= _ "A Biblioteca de Elensefar"
    map_file=01_Biblioteca.map
    next_scenario=02_Torre_dos_Gradientes
    turns=24
    victory_when_enemies_defeated=yes

    {{DEFAULT_SCHEDULE}}
    {{DEFAULT_MUSIC_PLAYLIST}}

    [side]
        side=1
        controller=human
        id=Iara
        name= _ "Professora Iara"
        type=Red Mage
        canrecruit=yes
        recruit=Mage,Spearman,Bowman
        gold=120
        team_name=biblioteca
        user_team_name= _ "Bibliotecários"
    [/side]

    [side]
        side=2
        controller=ai
        id=Gradiente
        name= _ "Gradiente Explosivo"
        type=Dark Sorcerer
        canrecruit=yes
        recruit=Skeleton,Ghoul
        gold=100
        team_name=mortos
        user_team_name= _ "Mortos-vivos"
    [/side]

    [event]
        name=prestart
        [objectives]
            side=1
            [objective]
                description= _ "Derrote o Gradiente Explosivo"
                condition=win
            [/objective]
            [objective]
                description= _ "Morte da Professora Iara"
                condition=lose
            [/objective]
        [/objectives]
    [/event]

    [event]
        name=start
        [message]
            speaker=Iara
            message= _ "Alunos, hoje lemos três artigos. Primeiro: “{T("2101.03958")}” — os próprios algoritmos de RL foram evoluídos. https://arxiv.org/abs/2101.03958"
        [/message]
        [message]
            speaker=Iara
            message= _ "Depois, “{T("2106.02039")}”: trajetórias como frases. PDF em https://arxiv.org/pdf/2106.02039v2"
        [/message]
        [message]
            speaker=Gradiente
            message= _ "Frases? Meus esqueletos não leem."
        [/message]
    [/event]

    # http://arxiv.org/abs/2004.11362 — {T("2004.11362")} (para o turno 4)
    [event]
        name=turn 4
        [message]
            speaker=Iara
            message= _ "Aprendizado contrastivo supervisionado: amigos perto, inimigos longe. Leiam “{T("2004.11362")}” e depois “{T("2011.04419")}”."
        [/message]
    [/event]

    [event]
        name=turn 8
        [message]
            speaker=Iara
            message= _ "Sobre buscar arquiteturas: {T("2108.04392")} (arXiv 2108.04392). E quem gosta de código simbólico leia {T("2101.08809")}."
        [/message]
        [message]
            speaker=Iara
            message= _ "Para ajustar o modelo grande sem gastar ouro: {T("2402.09353")}."
        [/message]
    [/event]

    [event]
        name=enemy_defeated
        [message]
            speaker=Iara
            message= _ "Vitória! Como no clássico “{ALPHAGO}”: sem livro de jogadas, só autojogo.
Próxima leitura: Sutton & Barto, “Reinforcement Learning: An Introduction” (livro), e o post “Spinning Up in Deep RL”.
Palestra gravada: https://video.bibprofunda.example.com.br/seminario/2024-06"
        [/message]
    [/event]
[/scenario]
'''

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
