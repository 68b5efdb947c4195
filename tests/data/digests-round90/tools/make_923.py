#!/usr/bin/env python3
"""923: a topic of a Brazilian AI community running Invision Community 4 (pt-BR language pack), copied from the
browser (Select All) into a text file: the skip link, the user bar, the navigation, the breadcrumb, the topic header
(`Por autor, 5 de Março em fórum`, `Compartilhar`, `Seguidores N`, `Responder este tópico`), `Posts Recomendados`,
then each post — author, group, post count, `Postado D de Mês` (`(editado)`), the body, an `Editado … por …` line,
reactions, `Citar`, `Link para o comentário`, `Compartilhar em outros sites`, `Mais opções de compartilhamento...` —
quotes opened by `Em DD/MM/AAAA em HH:MM, autor disse:`; the guest sign-in box, the bottom breadcrumb and the footer
(`Desenvolvido por Invision Community`). LF, final newline. Papers are named in sentences: full titles (some in
quotes, one with an OpenReview forum URL, three with arXiv URLs, one with `arXiv:ID`) next to nicknames (P-Tuning,
(IA)³, vLLM, Mixtral). The PEFT docs, the vLLM repository, a Colab notebook, a Hugging Face blog post and a YouTube
video are not papers."""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, OR, write_only
from make_expected import by_num, keys

F = by_num(923)
K = dict(unified="2110.04366", lora="2106.09685", adalora="2303.10512", paged="2309.06180", tfew="2205.05638",
         bitfit="2106.10199", ptuning="2103.10385", gshard="2006.16668")
MES = ["Janeiro", "Fevereiro", "Março", "Abril", "Maio", "Junho", "Julho", "Agosto", "Setembro", "Outubro",
       "Novembro", "Dezembro"]
FORUM = "Modelos de Linguagem (LLMs)"
TOPIC = "Fine-tuning barato em 1 GPU: LoRA & cia — o que vocês estão usando?"
USERS = {"rafael.tds": ("Membro", 212), "marinacosta": ("Moderadores", 3871), "joao_pln": ("Membro", 58),
         "beatriz.m": ("Membro Avançado", 964)}


def d(day, hh, mm):
    return datetime.datetime(2024, 3, day, hh, mm)


def posted(t):
    return f"Postado {t.day} de {MES[t.month - 1]}"


def cite(t, who):
    return f"Em {t:%d/%m/%Y} em {t:%H:%M}, {who} disse:"


P = []  # (author, time, edited(by, time) | None, body lines, reactions)
t1, t2, t3, t4, t5 = d(5, 21, 3), d(5, 22, 41), d(6, 8, 17), d(6, 12, 55), d(7, 19, 26)
P.append(("rafael.tds", t1, (d(5, 21, 20), "rafael.tds"), [
    "Pessoal, estou tentando adaptar um modelo de 7B para classificar reclamações de clientes em português, mas só "
    "tenho uma RTX 3090 (24 GB) no laboratório.",
    "Li o paper do LoRA, \"" + T(K["lora"]) + "\" (https://arxiv.org/abs/2106.09685), e segui a documentação do "
    "PEFT (https://huggingface.co/docs/peft), mas fiquei perdido com tanta variante: LoRA, adapters, prefix, "
    "P-Tuning, IA3...",
    "Alguém tem um resumo do que vale a pena testar primeiro? E depois, para servir o modelo, o que vocês usam?",
], 2))
P.append(("marinacosta", t2, None, [
    "Boa pergunta, isso aparece toda semana aqui. Minha sugestão de leitura, nessa ordem:",
    "1) \"" + T(K["unified"]) + "\" — é o melhor mapa do território, mostra que adapters, prefix tuning e LoRA são "
    "casos de uma mesma formulação. Versão do ICLR com as revisões: https://openreview.net/forum?id=" + OR(K["unified"]),
    "2) " + T(K["bitfit"]) + " — treina só os bias. Parece piada, mas em classificação funciona surpreendentemente "
    "bem e é o baseline mais barato que existe.",
    "3) Se quiser prompt contínuo: o P-Tuning, \"" + T(K["ptuning"]) + "\". Para modelos de 7B eu iria direto de "
    "LoRA, sinceramente.",
    "Tem também um notebook no Colab que eu uso nas aulas: https://colab.research.google.com/drive/1pQk7sM3vXyZ0aBcDeFgHiJkLmN4oPqRs",
], 5))
P.append(("joao_pln", t3, None, [
    ("QUOTE", "marinacosta", t2,
     ["Minha sugestão de leitura, nessa ordem:", "1) \"" + T(K["unified"]) + "\" — é o melhor mapa do território"]),
    "Concordo com a lista, só acrescentaria duas coisas:",
    "- AdaLoRA: \"" + T(K["adalora"]) + "\" https://arxiv.org/abs/2303.10512 — distribui o rank entre as camadas em "
    "vez de usar o mesmo r em tudo. No nosso caso ganhou uns 1,5 ponto de F1 sobre LoRA com o mesmo orçamento.",
    "- O (IA)³ do paper " + T(K["tfew"]) + " (arXiv:2205.05638). A receita T-Few deles é bem interessante para "
    "poucos exemplos rotulados.",
], 3))
P.append(("rafael.tds", t4, None, [
    ("QUOTE", "joao_pln", t3, ["No nosso caso ganhou uns 1,5 ponto de F1 sobre LoRA com o mesmo orçamento."]),
    "Valeu demais, vou testar LoRA primeiro e AdaLoRA depois.",
    "Sobre servir: estou olhando o vLLM (https://github.com/vllm-project/vllm). Li o paper deles, "
    + T(K["paged"]) + " — https://arxiv.org/abs/2309.06180 — e a ideia do KV cache em páginas faz muito sentido. "
    "Alguém já rodou com vários adaptadores LoRA ao mesmo tempo?",
], 1))
P.append(("beatriz.m", t5, (d(7, 19, 40), "beatriz.m"), [
    ("QUOTE", "rafael.tds", t4, ["Alguém já rodou com vários adaptadores LoRA ao mesmo tempo?"]),
    "Rodei, funciona bem com o multi-LoRA do vLLM, só fique de olho na memória quando o rank é alto.",
    "E um aviso: se alguém for tentar fine-tuning do Mixtral, leia antes o \"" + T(K["gshard"]) + "\" para entender "
    "o roteamento dos especialistas — LoRA nos experts se comporta diferente. Tem um post bom no blog da Hugging "
    "Face sobre MoE (https://huggingface.co/blog/moe) e um vídeo que explica o roteamento: "
    "https://www.youtube.com/watch?v=mwO6v4BlgZQ",
], 4))

L = [
    "Ir para conteúdo",
    "Fórum IA Brasil",
    "Usuário existente? Entrar",
    "Cadastre-se",
    "Navegar",
    "Fóruns",
    "Blogs",
    "Atividade",
    "Todas as atividades",
    "Pesquisar",
    "Mais",
    "Início",
    "Aprendizado de Máquina",
    FORUM,
    TOPIC,
    TOPIC,
    f"Por rafael.tds, {t1.day} de {MES[t1.month - 1]} em {FORUM}",
    "Compartilhar",
    "Seguidores 4",
    "Responder este tópico",
    "Iniciar novo tópico",
    "Posts Recomendados",
]
for author, t, edited, body, reac in P:
    grp, n = USERS[author]
    L += [author, grp, f"{n} posts", posted(t) + (" (editado)" if edited else "")]
    for b in body:
        if isinstance(b, tuple):
            _, who, qt, qlines = b
            L += [cite(qt, who)] + qlines + ["Expandir"]
        else:
            L += [b]
    if edited:
        et, by = edited
        L += [f"Editado {et.day} de {MES[et.month - 1]} por {by}"]
    L += [f"Curtir {reac}", "Citar", "Link para o comentário", "Compartilhar em outros sites",
          "Mais opções de compartilhamento..."]
L += [
    "Crie uma conta ou entre para comentar",
    "Você precisa ser um membro para fazer um comentário",
    "Criar uma conta",
    "Crie uma nova conta em nossa comunidade. É fácil!",
    "Registrar nova conta",
    "Entrar",
    "Já tem uma conta? Faça o login.",
    "Entrar Agora",
    "Compartilhar",
    "Seguidores 4",
    "Ir para lista de tópicos",
    "Todas as atividades",
    "Início",
    "Aprendizado de Máquina",
    FORUM,
    TOPIC,
    "Tema",
    "Política de Privacidade",
    "Contato",
    "Desenvolvido por Invision Community",
]
text = "\n".join(L) + "\n"
write_only(F, text, keys(F))
