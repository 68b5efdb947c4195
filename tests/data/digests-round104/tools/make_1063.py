#!/usr/bin/env python3
"""1063: a Brazilian master's student's copy (Ctrl+A, Ctrl+C in Chrome, pasted into a .txt) of a question page on
Stack Overflow em Português: the site chrome (skip link, top bar, left navigation), the title, "Faça uma pergunta",
asked / modified / viewed, then the question and each answer as the page shows them — the score on its own line,
the body as rendered text (code indented, list markers gone, link texts without URLs, so only URLs written out
survive), the tags, "Compartilhar / Melhore … / Seguir", the editor's and the author's cards (`editada` / `perguntada`
/ `respondida` DD/MM/AAAA às HH:MM, name, reputation and badge counts; an author's own edit shows only its date), the comments (`texto – autor DD/MM/AAAA às
HH:MM`), "N Respostas" with the sort box's options, answers by score, the answer form, related and network questions
and the footer with its `rev` line. Not papers: DeepSpeed's docs, bitsandbytes, the PEFT library, Hugging Face's
course. Nicknames not labelled on their own: ZeRO, ZeRO-Offload, GPTQ, LoRA, QLoRA, DoRA, GPM, ViT."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(1063)
K = dict(zero="1910.02054", dora="2402.09353", gptq="2210.17323", spec="2211.17192", prompt="2104.08691",
         cond="2006.05929", gpm="2103.09762", vit="2106.10270")
TITLE = "Como fazer fine-tuning de um modelo grande numa GPU de 24 GB sem que ele esqueça o que já sabia?"
TAGS = ["python", "pytorch", "aprendizado-de-máquina", "gpu", "redes-neurais"]
USERS = {"bia": ("Beatriz Nogueira", "153 1 7"), "carla": ("Carla Menezes", "8.412 3 21 47"),
         "lucas": ("lucas.m", "2.077 2 12 30"), "tiago": ("Tiago R.", "641 4 13"), "rf": ("rfsantos", "24,1mil 5 41 88")}


def card(verb, who, when):
    name, rep = USERS[who]
    return [f"{verb} {when}", name, rep]


QUESTION = dict(score=7, author="bia", when="13/03/2023 às 22:41", edited=("rf", "14/03/2023 às 11:02"), body=f"""Estou no mestrado e preciso adaptar um modelo de linguagem de ~7B parâmetros para textos jurídicos em português e, em paralelo, um ViT pequeno para classificar imagens de documentos (tenho só algumas centenas de exemplos rotulados). Só tenho uma RTX 3090 de 24 GB.
Já tentei carregar o modelo em fp16 e treinar tudo, mas dá erro de memória logo no primeiro passo:
    RuntimeError: CUDA out of memory. Tried to allocate 172.00 MiB (GPU 0; 23.69 GiB total capacity; 22.91 GiB already allocated)
Minhas dúvidas:
Que técnicas existem para o treino caber na memória?
Como evitar que o modelo perca desempenho no que ele já fazia bem depois do ajuste?
Para o ViT com poucos dados, o que ajuda de verdade?
Se possível indiquem os artigos originais, porque preciso citar na dissertação.""",
 comments=[("Do jeito que está ficou amplo demais para o formato do site; tente focar em uma dúvida por pergunta.", "rf", "13/03/2023 às 23:05"),
           ("@rfsantos editei deixando o foco em memória, mas se precisar eu divido em duas perguntas.", "bia", "14/03/2023 às 08:17")])
ANSWERS = [
 dict(score=9, author="carla", when="14/03/2023 às 12:30", edited=("carla", "02/03/2024 às 19:48"), body=f"""Para caber numa placa só você tem três frentes, que se combinam:
1. Não guardar tudo na GPU. O DeepSpeed implementa o ZeRO, que particiona estados do otimizador, gradientes e parâmetros e pode descarregar parte deles para a CPU:
{T(K['zero'])} — https://arxiv.org/abs/{K['zero']}
Com uma GPU só, o que interessa é o offload (ZeRO-Offload, ou ZeRO-3 com offload de parâmetros).
2. Quantizar o modelo base. {T(K['gptq'])} (https://arxiv.org/abs/{K['gptq']}) quantiza os pesos para 4 bits depois do treino; para treinar por cima do modelo quantizado, use adaptadores (LoRA/QLoRA pela biblioteca PEFT).
3. Treinar poucos parâmetros. O extremo é o prompt tuning: {T(K['prompt'])} mostra que, em modelos grandes, treinar só alguns vetores de prompt chega perto do fine-tuning completo.
Documentação que vale ler (não são artigos): a página de configuração do DeepSpeed e o README do bitsandbytes.
Atualização (mar/2024): hoje eu testaria também o DoRA — {T(K['dora'])}, https://arxiv.org/abs/{K['dora']} — que separa magnitude e direção dos pesos e costuma ficar mais perto do fine-tuning completo que o LoRA com o mesmo número de parâmetros treináveis.""",
  comments=[("Ótima resposta. Só um detalhe: QLoRA já faz a quantização em 4 bits durante o treino, não precisa do GPTQ antes.", "lucas", "14/03/2023 às 13:02"),
            ("@lucas.m verdade, o GPTQ eu citei mais para a inferência. Obrigada!", "carla", "14/03/2023 às 13:40")]),
 dict(score=4, author="lucas", when="14/03/2023 às 16:55", edited=None, body=f"""Complementando a resposta da Carla nos itens 2 e 3.
Esquecimento: isso tem nome, esquecimento catastrófico, e é o tema de aprendizado contínuo. Um método fácil de entender é o do artigo {T(K['gpm'])} (ICLR 2021): ele projeta os gradientes da tarefa nova fora do subespaço que importa para as tarefas antigas. Para LLM na prática o mais simples ainda é misturar um pouco de dado genérico no ajuste.
ViT com poucos dados: leia {T(K['vit'])}. Resumo: com pouco dado, parta de um checkpoint pré-treinado grande e capriche no aumento de dados e na regularização.
Se o gargalo for o custo de rodar muitos experimentos, existe a linha de condensação de conjuntos de dados, por exemplo {T(K['cond'])}, que aprende poucas imagens sintéticas que treinam quase tão bem quanto o conjunto inteiro. Para o seu caso é mais curiosidade do que solução.""",
  comments=[]),
 dict(score=2, author="tiago", when="20/03/2023 às 09:12", edited=None, body=f"""Depois de treinar, para a inferência ficar rápida numa GPU só, olhe a decodificação especulativa: o artigo é {T(K['spec'])} (arXiv:{K['spec']}). Um modelo pequeno propõe alguns tokens e o grande só verifica, sem mudar a distribuição da saída.""",
  comments=[("Isso não responde a pergunta, que é sobre treino, mas é útil.", "rf", "20/03/2023 às 10:30")]),
]


def post(p, kind):
    out = [str(p["score"]), p["body"]]
    if kind == "q": out.append("\n".join(TAGS))
    out += ["Compartilhar", "Melhore esta pergunta" if kind == "q" else "Melhore esta resposta", "Seguir"]
    if p["edited"] and p["edited"][0] == p["author"]: out.append(f"editada {p['edited'][1]}")
    elif p["edited"]: out += card("editada", p["edited"][0], p["edited"][1])
    out += card("perguntada" if kind == "q" else "respondida", p["author"], p["when"])
    for text, who, when in p["comments"]:
        out.append(f"{text} – {USERS[who][0]} {when}")
    out.append("Adicione um comentário")
    return "\n".join(out) + "\n"


chrome = """Pular para o conteúdo principal
Stack Overflow em Português
Sobre
Produtos
Para equipes
Pesquisar…
Fazer login
Cadastre-se
Início
Perguntas
Tags
Usuários
Empresas
Sem resposta
"""
head = f"""{TITLE}
Faça uma pergunta
Perguntada há 1 ano
Modificada há 2 dias
Vista 1mil vezes
"""
answers_head = f"""{len(ANSWERS)} Respostas
Ordenado por:
Pontuação mais alta (padrão)
Data de modificação (mais recente primeiro)
Data de criação (mais antiga primeiro)
"""
tail = f"""Sua resposta
Obrigado por contribuir com o Stack Overflow em Português!
Certifique-se de responder à pergunta. Entre em detalhes sobre a sua solução e compartilhe o que você descobriu.
Publique sua resposta
Ainda não encontrou a resposta? Veja outras perguntas com a tag {" ".join(TAGS)} ou faça sua própria pergunta.
Relacionadas
3
Como liberar a memória da GPU no PyTorch entre dois treinos?
1
Qual a diferença entre fine-tuning e transfer learning?
0
Erro CUDA out of memory ao treinar BERT no Colab
Perguntas populares na rede
Por que o meu gato amassa o cobertor antes de deitar?
How do I tell my advisor that the deadline is unrealistic?
Existe diferença entre "a nível de" e "em nível de"?
Feed de perguntas
Stack Overflow em Português
Tour
Ajuda
Chat
Contato
Feedback
Empresa
Stack Overflow
Teams
Anuncie
Trabalhe conosco
Legal
Política de Privacidade
Termos de serviço
Configurações de cookies
Design do site / logotipo © 2024 Stack Exchange Inc; contribuições de usuários licenciadas sob CC BY-SA. rev 2024.3.8.5973
"""
out = chrome + head + post(QUESTION, "q") + answers_head + "".join(post(a, "a") for a in ANSWERS) + tail
write_only(F, out, keys(F))
