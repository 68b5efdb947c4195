#!/usr/bin/env python3
"""1037: a SIGAA "Turma Virtual > Plano de Curso" page saved by a Brazilian master's student ("Webpage, HTML only"),
as the JSF 1.2 application serves it: XHTML 1.0 Transitional, ISO-8859-1 bytes with the meta charset, template text
(menu, labels, headings) written raw in Latin-1, values from the database written by h:outputText — `&`, `<`, `>`
escaped, Latin-1 letters as named entities (`&ccedil;`, `&atilde;`), characters outside Latin-1 as decimal references
(`&#8211;`, `&#8220;`) —, JSF ids (`formPlano:j_id_jsp_…`), one form with its javax.faces.ViewState. The course is a
graduate topics course on neural networks for NLP; its plan has objectives, methodology, the class schedule (Início /
Fim / Descrição), the assessments, and the basic and complementary references (Tipo de Material / Descrição) typed by
the professor in ABNT-ish form, with her inconsistencies (double blanks, "et al" without the dot). Books, the Hugging
Face course and a video series are not papers; "word2vec", "LSTM", "Transformer", "atenção de Bahdanau", "BERT" in the
schedule are nicknames."""
import html.entities, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_encoded
from make_expected import by_num, keys, BACKPROP, LSTM, CTC, GLOVE

F = by_num(1037)


def D(s):
    """h:outputText with escape=true on an ISO-8859-1 response (Latin-1 letters as named entities)"""
    out = []
    for c in s:
        o = ord(c)
        if c == "&": out.append("&amp;")
        elif c == "<": out.append("&lt;")
        elif c == ">": out.append("&gt;")
        elif c == '"': out.append("&quot;")
        elif 0xA0 <= o <= 0xFF: out.append("&" + html.entities.codepoint2name[o] + ";")
        elif o > 0xFF: out.append("&#%d;" % o)
        else: out.append(c)
    return "".join(out)


N = [0]


def jid(form="formPlano", base=1204617388):
    N[0] += 1
    return "%s:j_id_jsp_%d_%d" % (form, base, N[0])


OBJ = ("Apresentar os fundamentos das redes neurais profundas aplicadas ao Processamento de Linguagem Natural, da "
       "retropropagação e das redes recorrentes até os modelos pré-treinados baseados em Transformer, capacitando o "
       "aluno a ler criticamente artigos da área e a reproduzir experimentos em pequena escala.")
MET = ("Aulas expositivas dialogadas (terças e quintas, 14h–16h, sala 204 do Bloco C), seminários de leitura de "
       "artigos conduzidos pelos alunos e três listas de exercícios práticos em PyTorch. Os artigos de cada seminário "
       "devem ser lidos “ANTES” da aula; o apresentador envia os slides pela turma virtual até as 23h59 da véspera.")
AVA = ("Nota final = 0,3 × média das listas + 0,3 × seminário + 0,4 × projeto final (artigo curto no formato da "
       "SBC + apresentação de 15 min). Frequência mínima de 75%. Não haverá reposição de seminário sem justificativa "
       "prevista no regulamento.")
ATEND = "Quartas-feiras, 10h–12h, sala 12 do LABIA (agendar por e-mail: helena.barros@ic.ufsa.example.br)."

CRONO = [
    ("12/03/2024", "14/03/2024", "Apresentação da disciplina. Revisão: regressão logística, gradiente descendente, "
                                 "perceptron multicamadas."),
    ("19/03/2024", "21/03/2024", "Retropropagação (Rumelhart, Hinton e Williams, 1986). Lista 1 (autograd do zero)."),
    ("26/03/2024", "28/03/2024", "Representações distribuídas de palavras: word2vec e GloVe. Avaliação intrínseca "
                                 "(analogias) e extrínseca."),
    ("02/04/2024", "04/04/2024", "Redes recorrentes, LSTM e o problema do gradiente que desaparece. CTC para "
                                 "reconhecimento de fala (seminário 1)."),
    ("09/04/2024", "11/04/2024", "Seq2seq e atenção de Bahdanau (seminário 2). Lista 2 (tradutor pt–en com atenção)."),
    ("16/04/2024", "18/04/2024", "Transformer: auto-atenção, codificação posicional, custo quadrático."),
    ("23/04/2024", "25/04/2024", "Pré-treinamento: BERT (seminário 3), ELECTRA e DeBERTa (seminário 4). Lista 3."),
    ("30/04/2024", "02/05/2024", "Ajuste fino e avaliação em tarefas em português (ASSIN 2, HateBR). Discussão dos "
                                 "projetos."),
    ("07/05/2024", "09/05/2024", "Semana de orientação dos projetos (sem aula expositiva)."),
    ("14/05/2024", "16/05/2024", "Apresentação dos projetos finais."),
]
AVALS = [("04/04/2024", "14:00", "Seminário 1 e 2 (duplas sorteadas na 1ª aula)"),
         ("25/04/2024", "14:00", "Seminários 3 e 4"),
         ("16/05/2024", "14:00", "Projeto final – apresentação e entrega do artigo")]

BAS = [
    ("Livro", "GOODFELLOW, Ian; BENGIO, Yoshua; COURVILLE, Aaron. Deep Learning. Cambridge, MA: MIT Press, 2016. "
              "Disponível em: https://www.deeplearningbook.org/. Acesso em: 26 fev. 2024."),
    ("Livro", "JURAFSKY, Daniel; MARTIN, James H. Speech and Language Processing. 3. ed. (rascunho). Stanford, 2024. "
              "Disponível em: https://web.stanford.edu/~jurafsky/slp3/."),
    ("Artigo", f"RUMELHART, D. E.; HINTON, G. E.; WILLIAMS, R. J. {BACKPROP}. Nature, v. 323, n. 6088, "
               "p. 533-536, 1986."),
    ("Artigo", f"HOCHREITER, S.; SCHMIDHUBER, J. {LSTM}. Neural Computation, v. 9, n. 8, p. 1735-1780, 1997."),
    ("Artigo", "BAHDANAU, D.; CHO, K.; BENGIO, Y.  " + T("1409.0473") + ". In: INTERNATIONAL CONFERENCE ON "
               "LEARNING REPRESENTATIONS (ICLR), 3., 2015, San Diego. arXiv:1409.0473."),
    ("Artigo", "DEVLIN, J. et al. " + T("1810.04805") + ". In: NAACL-HLT, 2019, Minneapolis. Proceedings [...]. "
               "p. 4171-4186. Disponível em: https://arxiv.org/abs/1810.04805. Acesso em: 26 fev. 2024."),
]
COMP = [
    ("Artigo", "GRAVES, A.; FERNÁNDEZ, S.; GOMEZ, F.; SCHMIDHUBER, J. " + CTC.replace("Labelling ", "Labelling  ")
               + ". In: ICML, 23., 2006, Pittsburgh. p. 369-376."),
    ("Artigo", f"PENNINGTON, J.; SOCHER, R.; MANNING, C. D. {GLOVE}. In: EMNLP, 2014, Doha. p. 1532-1543."),
    ("Artigo", "CLARK, K. et al " + T("2003.10555") + ". In: ICLR, 2020. arXiv:2003.10555."),
    ("Artigo", "HE, P. et al. " + T("2006.03654") + ". In: ICLR, 2021. Disponível em: "
               "https://arxiv.org/pdf/2006.03654.pdf"),
    ("Site", "HUGGING FACE. NLP Course (capítulos 1 a 4). Disponível em: https://huggingface.co/learn/nlp-course."),
    ("Outros", "3BLUE1BROWN. Neural networks (série de vídeos, cap. 1–4). YouTube, 2017–2024."),
]

MENU = [("Turma", ["Principal", "Participantes", "Visualizar Programa", "Plano de Curso", "Fóruns", "Notícias",
                   "Chat da Turma"]),
        ("Alunos", ["Frequência", "Ver Notas", "Grupos"]),
        ("Materiais", ["Conteúdo Programado", "Arquivos", "Referências", "Vídeos"]),
        ("Atividades", ["Avaliações", "Enquetes", "Questionários", "Tarefas"]),
        ("Estatística", ["Relatório de Acessos"])]


def menu():
    out = ['<div id="barraEsquerda">', '<form id="formMenu" name="formMenu" method="post" action="/sigaa/ava/PlanoCurso/view.jsf" '
           'enctype="application/x-www-form-urlencoded">', '<input type="hidden" name="formMenu" value="formMenu" />',
           '<div class="itemMenu">', '<h4>Menu Turma Virtual</h4>', '</div>']
    for h, items in MENU:
        out.append('<div class="itemMenu">')
        out.append(f'<div class="itemMenuHeader">{h}</div>')
        out.append('<ul>')
        for it in items:
            cls = ' class="ativo"' if it == "Plano de Curso" else ""
            i = jid("formMenu", 981533042)
            out.append(f'<li{cls}><a href="#" id="{i}" onclick="if(typeof jsfcljs == \'function\'){{jsfcljs('
                       f'document.getElementById(\'formMenu\'),{{\'{i}\':\'{i}\'}},\'\');}}return false">{it}</a></li>')
        out.append('</ul>')
        out.append('</div>')
    out.append('<input type="hidden" name="javax.faces.ViewState" id="javax.faces.ViewState" value="j_id7" />')
    out.append('</form>')
    out.append('</div>')
    return "\n".join(out)


def table(caption, heads, rows, cls="listagem"):
    out = [f'<table class="{cls}" id="{jid()}">', f'<caption>{caption}</caption>', '<thead>', '<tr>']
    out += [f'<th>{h}</th>' for h in heads]
    out += ['</tr>', '</thead>', '<tbody>']
    for i, r in enumerate(rows):
        out.append(f'<tr class="{"linhaPar" if i % 2 == 0 else "linhaImpar"}">')
        out += [f'<td>{D(c)}</td>' for c in r]
        out.append('</tr>')
    out += ['</tbody>', '</table>']
    return "\n".join(out)


HEAD = """<?xml version="1.0" encoding="ISO-8859-1" ?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1" />
<title>SIGAA - Sistema Integrado de Gestão de Atividades Acadêmicas</title>
<link rel="shortcut icon" href="/sigaa/img/sigaa.ico" />
<link rel="stylesheet" type="text/css" href="/sigaa/css/ufsa_layout.css?v=4.12.31" />
<link rel="stylesheet" type="text/css" href="/sigaa/ava/css/ava.css?v=4.12.31" />
<script type="text/javascript" src="/sigaa/javascript/jquery/jquery.js"></script>
<script type="text/javascript" src="/sigaa/javascript/funcoes.js"></script>
</head>
<body>
<div id="container">
<div id="cabecalho">
<div id="info-sistema">
<h1><span>UFSA - </span>SIGAA</h1>
<h3>Sistema Integrado de Gestão de Atividades Acadêmicas</h3>
<div class="dir">
<span class="acessibilidade"><a href="#" onclick="diminuirFonte();return false;">A-</a> <a href="#" onclick="aumentarFonte();return false;">A+</a></span>
<span class="tempoSessao">Tempo de Sessão: <span id="tempoSessao">01:29</span></span>
<span class="sair-sistema"><a href="/sigaa/logar.do?dispatch=logOff">SAIR</a></span>
</div>
</div>
<div id="painel-usuario">
<div id="menu-usuario">
<ul>
<li class="modulos"><span id="modulosMenu">Módulos</span></li>
<li class="caixa-postal"><a href="/sigaa/abrirCaixaPostal.jsf">Caixa Postal</a></li>
<li class="chamado"><a href="/sigaa/abrirChamado.jsf">Abrir Chamado</a></li>
<li class="menus"><a href="/sigaa/verPortalDiscente.do">Menu Discente</a></li>
<li class="dados-pessoais"><a href="/sigaa/alterar_dados.jsf">Alterar senha</a></li>
<li class="ajuda"><a href="/sigaa/manuais/ava.pdf">Ajuda</a></li>
</ul>
</div>
<div id="info-usuario">
<p class="usuario"><span>{USER}</span></p>
<p class="periodo-atual">Semestre atual: <strong>2024.1</strong></p>
<p class="unidade">{UNID}</p>
</div>
</div>
</div>
<div id="conteudo">
<div id="cabecalhoTurma">
<h2 class="nomeTurma">{TURMA}</h2>
<p class="horarioTurma">Docente: {DOC} | Horário: {HOR} | Local: {LOC}</p>
</div>
"""

BODY = """<div id="conteudoTurma">
<h2 class="tituloPagina">Plano de Curso</h2>
<div class="descricaoOperacao">Abaixo está o plano de curso cadastrado pelo docente para esta turma. Em caso de divergência com o programa oficial do componente curricular, prevalece o programa aprovado pelo colegiado.</div>
<form id="formPlano" name="formPlano" method="post" action="/sigaa/ava/PlanoCurso/view.jsf" enctype="application/x-www-form-urlencoded">
<input type="hidden" name="formPlano" value="formPlano" />
<table class="formulario" id="{T0}">
<caption>Dados do Plano de Curso</caption>
<tbody>
<tr>
<th>Objetivos:</th>
<td>{OBJ}</td>
</tr>
<tr>
<th>Metodologia de Ensino e Avaliação:</th>
<td>{MET}</td>
</tr>
<tr>
<th>Procedimentos de Avaliação da Aprendizagem:</th>
<td>{AVA}</td>
</tr>
<tr>
<th>Horário de atendimento:</th>
<td>{ATEND}</td>
</tr>
</tbody>
</table>
<br />
{CRONO}
<br />
{AVALS}
<br />
{BAS}
<br />
{COMP}
<br />
<div class="botoes">
<input type="submit" name="{B1}" id="{B1}" value="&lt;&lt; Voltar" class="botao" />
<input type="submit" name="{B2}" id="{B2}" value="Imprimir" class="botao" onclick="window.print();return false;" />
</div>
<input type="hidden" name="javax.faces.ViewState" id="javax.faces.ViewState" value="j_id7" />
</form>
</div>
</div>
"""

FOOT = """<div class="clear"></div>
<div id="rodape">
<p>SIGAA | Superintendência de Tecnologia da Informação - STI/UFSA | Copyright &copy; 2006-2024 - UFRN - sigaa-app3.ufsa.example.br.sigaa-app3i2 - v4.12.31</p>
</div>
</div>
</body>
</html>
"""

head = HEAD.replace("{USER}", D("JOÃO PEDRO FERREIRA LIMA")).replace("{UNID}", D("PROGRAMA DE PÓS-GRADUAÇÃO EM CIÊNCIA DA COMPUTAÇÃO (11.02.31)"))
head = head.replace("{TURMA}", D("PPGCC0147 - TÓPICOS ESPECIAIS EM INTELIGÊNCIA ARTIFICIAL: REDES NEURAIS PARA PLN (2024.1 - T01)"))
head = head.replace("{DOC}", D("HELENA CAVALCANTI BARROS")).replace("{HOR}", D("35M34")).replace("{LOC}", D("Bloco C - Sala 204"))
parts = [head, menu(), "\n"]
body = BODY.replace("{T0}", jid()).replace("{OBJ}", D(OBJ)).replace("{MET}", D(MET)).replace("{AVA}", D(AVA))
body = body.replace("{ATEND}", D(ATEND))
body = body.replace("{CRONO}", table("Cronograma de Aulas", ["Início", "Fim", "Descrição"], CRONO))
body = body.replace("{AVALS}", table("Avaliações", ["Data", "Hora", "Descrição"], AVALS))
body = body.replace("{BAS}", table("Referências Básicas", ["Tipo de Material", "Descrição"], BAS))
body = body.replace("{COMP}", table("Referências Complementares", ["Tipo de Material", "Descrição"], COMP))
b1, b2 = jid(), jid()
body = body.replace("{B1}", b1).replace("{B2}", b2)
text = "".join(parts) + body + FOOT
text = text.replace("\n", "\r\n")
import html as _h
write_encoded(F, text, "iso-8859-1", keys(F), forms=[_h.unescape(text)])
