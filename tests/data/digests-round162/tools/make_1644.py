#!/usr/bin/env python3
"""1644: a thread of the Portugal-a-Programar forum (Invision Community) copied from the browser, European Portuguese:
site head and menu, breadcrumb at the top and the bottom, the title with «Por autor, data em secção», followers,
«Mensagens recomendadas», seven posts each with the author column (name, group, reputation, message count, location),
«Publicado d de mês de aaaa», quotes «Em dd/mm/aaaa às HH:MM, nome disse:», «Citar», reaction counts, an edit note,
signatures, the guest box, «Ir para a lista de tópicos» and the Invision footer."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1644)
MO = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]
pt = lambda d: f"{d.day} de {MO[d.month - 1]} de {d.year}"
SEC = "Inteligência Artificial e Machine Learning"
TITLE = "Correr LLMs localmente: vLLM, contexto longo e memória da GPU"
BC = f"Início  Fórum  Programação  {SEC}"
M = {"rafael_mc": ("Membro", 27, 84, "Braga", None),
     "joao.pestana": ("Membro Avançado", 142, 512, "Lisboa", "Quem não arrisca não petisca."),
     "marta_s": ("Moderador", 389, 2361, "Porto", "Regras do fórum · Antes de perguntar, pesquise."),
     "nuno_dev": ("Membro", 9, 31, "Coimbra", None)}
P = [
    ("rafael_mc", dt.datetime(2025, 3, 10, 21, 14), None,
     """Boa noite a todos,

Na empresa temos uma RTX 4090 (24 GB) e queremos servir um modelo de 8B para a equipa (uns 10 utilizadores) com contexto de 32k tokens, para fazer perguntas sobre documentação interna. Com o llama.cpp funciona, mas fica lento quando há vários pedidos ao mesmo tempo. Experimentei o vLLM e ao fim de poucos pedidos dá "CUDA out of memory".

Alguém já passou por isto? Que configuração usam?

Obrigado!""", 0, None),
    ("joao.pestana", dt.datetime(2025, 3, 10, 22, 2), None,
     f"""O vLLM reserva à partida uma fatia grande da memória para a cache KV (por omissão 90%). Baixa o --gpu-memory-utilization para 0.85 e limita o --max-model-len ao que precisas mesmo.

Vale a pena perceber como funciona por dentro, o artigo é muito legível:
{T('2309.06180')}
https://arxiv.org/abs/2309.06180

E confirma que estás a usar uma versão com FlashAttention ativo, faz muita diferença em contextos longos:
{T('2307.08691')}
https://arxiv.org/abs/2307.08691""", 4, None),
    ("rafael_mc", dt.datetime(2025, 3, 11, 8, 37), ("joao.pestana", dt.datetime(2025, 3, 10, 22, 2),
     "O vLLM reserva à partida uma fatia grande da memória para a cache KV (por omissão 90%)."),
     """Era isso, com 0.85 já aguenta 8 pedidos em paralelo. Obrigado!

Outra dúvida: o modelo foi treinado com 8k de contexto. Posso simplesmente pôr 32k?""", 1, None),
    ("marta_s", dt.datetime(2025, 3, 11, 10, 5), None,
     f"""Poder, podes, mas sem ajustar o RoPE a qualidade cai a pique depois dos 8k. Procura por "rope scaling" na documentação do vLLM; a ideia vem daqui:
{T('2306.15595')}
https://arxiv.org/pdf/2306.15595v2.pdf

E atenção: mesmo com a janela maior, os modelos aproveitam mal a informação que fica a meio do contexto. Lê o "{T('2307.03172')}" (Liu et al., 2023) antes de meteres 30 documentos no prompt. Para RAG normalmente é melhor recuperar menos e melhor.""", 6,
     "Editado 11 de março de 2025 por marta_s"),
    ("nuno_dev", dt.datetime(2025, 3, 11, 14, 48), None,
     f"""E que tal um Mixtral em vez do 8B? Ouvi dizer que os MoE são mais rápidos.

Pelo que li, a ideia vem de {T('1701.06538')} (Shazeer et al., 2017) e depois do GShard ({T('2006.16668')}, arXiv:2006.16668).""", 0, None),
    ("joao.pestana", dt.datetime(2025, 3, 11, 15, 20), ("nuno_dev", dt.datetime(2025, 3, 11, 14, 48),
     "E que tal um Mixtral em vez do 8B? Ouvi dizer que os MoE são mais rápidos."),
     f"""São mais rápidos por token, mas todos os especialistas têm de estar na memória. Um Mixtral 8x7B não cabe em 24 GB sem quantização agressiva.

Se um dia tiverem duas placas, o vLLM divide o modelo por elas com --tensor-parallel-size 2, o mesmo paralelismo de tensores descrito em
{T('1909.08053')}
https://arxiv.org/abs/1909.08053""", 3, None),
    ("rafael_mc", dt.datetime(2025, 3, 14, 18, 26), None,
     """Ponto da situação para quem vier cá parar: vLLM com --gpu-memory-utilization 0.85, --max-model-len 16384 e rope scaling linear de fator 2. Ficámos pelos 16k porque acima disso as respostas pioravam, tal como a marta_s avisou.

Para explicar à equipa o que a atenção faz usei o Dodrio ("Dodrio: Exploring Transformer Models with Interactive Visualization"), ajudou bastante na apresentação.

Obrigado a todos, podem marcar como resolvido.""", 5, None),
]
assert T('2103.14625') in P[-1][3]
out = ["Ir para o conteúdo", "Portugal-a-Programar", "Comunidade Portuguesa de Programadores",
       "Entrar  Registar", "", "Fórum  Atividade  Blogs  Wiki  Pesquisar", "", BC, "", TITLE,
       f"Por {P[0][0]}, {pt(P[0][1])} em {SEC}", "Partilhar", "", "Seguidores 3", "",
       f"{len(P) - 1} respostas neste tópico", "", "Mensagens recomendadas", ""]
for who, when, quote, body, likes, edit in P:
    g, rep, n, loc, sig = M[who]
    out += [who, g, f"  {rep}", f"{n} mensagens", f"Localização:{loc}", "",
            f"Publicado {pt(when)}" + (" (editado)" if edit else "")]
    out += [""]
    if quote:
        q, qd, qt = quote
        out += [f"Em {qd:%d/%m/%Y} às {qd:%H:%M}, {q} disse:", "", qt, ""]
    out += [body, ""]
    if edit: out += [edit, ""]
    if sig: out += ["_" * 20, sig, ""]
    out += ["Citar", ""]
    if likes: out += [f"  {likes}", ""]
out += ["Criar uma conta ou iniciar sessão para comentar",
        "Tem de ser membro para poder deixar um comentário", "",
        "Criar conta", "Registe-se para obter uma conta na nossa comunidade. É fácil!", "Registar nova conta", "",
        "Iniciar sessão", "Já tem uma conta? Inicie sessão aqui.", "Iniciar sessão agora", "",
        "Ir para a lista de tópicos", "", BC, "", "Todas as atividades", "Início", "",
        "Regras  Política de Privacidade  Contactos", "", "Powered by Invision Community", ""]
write_only(F, "\n".join(out), keys(F))
