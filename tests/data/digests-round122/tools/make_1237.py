#!/usr/bin/env python3
"""1237: a SIGARRA course-unit page (Universidade do Porto, FEUP's "Ficha da Unidade Curricular"), selected in the
browser and pasted into a text file (European Portuguese). What a Firefox copy keeps: the page chrome as lines (skip
link, institution, search, login, breadcrumb), headings on their own lines, table rows with tab-separated cells,
no hyperlinks (only URLs written in the text survive), SIGARRA's bibliography lines `Autores; Título, Editora, Ano.
ISBN: …`, its evaluation and workload tables with comma decimals and totals, and the generated-at footer. Papers sit in
Bibliografia Complementar (titles alone, three not on arXiv) and in Observações Bibliográficas (weekly readings with
arXiv links, an `arXiv:` id, and a title alone for CTC). Books, the Moodle course, software, a dataset and a video
are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import F1237, keys, BACKPROP, LENET, LSTM, CTC

# evaluation and workload tables: the totals are computed
AVAL = [("Exame", 40), ("Trabalho prático ou de projeto", 45), ("Participação presencial", 15)]
OCUP = [("Estudo autónomo", 58), ("Frequência das aulas", 52), ("Trabalho laboratorial", 52)]
HORAS_TOT = sum(h for _, h in OCUP)
assert sum(p for _, p in AVAL) == 100


def dec(x):
    return f"{x:.2f}".replace(".", ",")


def names(key, n=None, sep=", "):
    a = authors(key)
    return sep.join(a if n is None or len(a) <= n else a[:n]) + ("" if n is None or len(a) <= n else " et al.")


L = []
L += ["Saltar para o conteúdo", "", "Logótipo", "Universidade do Porto", "Faculdade de Engenharia da Universidade do Porto",
      "", "Pesquisar", "Ir", "", "Autenticar-se", "", "Início > Unidades Curriculares > Aprendizagem Profunda", "",
      "Aprendizagem Profunda", "", "Código: M.EIC0314     Sigla: AP", "",
      "Áreas Científicas", "Classificação\tÁrea Científica", "OFICIAL\tCiências da Computação", "",
      "Ocorrência: 2023/2024 - 2S", "", "Ativa? Sim", "Página Web: https://moodle.fe.example.pt/course/view.php?id=48213",
      "Unidade Responsável: Departamento de Engenharia Informática",
      "Curso/CE Responsável: Mestrado em Engenharia Informática e Computação", "",
      "Ciclos de Estudo/Cursos",
      "Sigla\tNº de Estudantes\tPlano de Estudos\tAnos Curriculares\tCréditos UCN\tCréditos ECTS\tHoras de Contacto\tHoras Totais",
      f"M.EIC\t74\tPlano de estudos a partir de 2021/22\t1\t-\t6\t52\t{HORAS_TOT}",
      f"M.IA\t21\tPlano de estudos a partir de 2022/23\t1\t-\t6\t52\t{HORAS_TOT}", "",
      "Docência - Responsabilidades", "Docente\tResponsabilidade", "Rui Manuel Teixeira Alves\tRegente", "",
      "Docência - Horas", "", "Teóricas:\t2,00", "Práticas laboratoriais:\t2,00",
      "Tipo\tDocente\tTurmas\tHoras", "Teóricas\tTotais\t1\t2,00", "\tRui Manuel Teixeira Alves\t\t2,00",
      "Práticas laboratoriais\tTotais\t4\t8,00", "\tRui Manuel Teixeira Alves\t\t2,00",
      "\tInês Catarina Moura Pires\t\t4,00", "\tTiago Filipe Sousa Carvalho\t\t2,00", "",
      "Língua de trabalho", "Português - Suitable for English-speaking students", "",
      "Objetivos",
      "Dotar os estudantes dos fundamentos teóricos e práticos das redes neuronais profundas: otimização por gradiente, "
      "redes convolucionais, modelos recorrentes e de atenção, e modelos generativos. No final, o estudante deve ser capaz "
      "de ler criticamente artigos científicos da área e de reproduzir os seus resultados principais.", "",
      "Resultados de aprendizagem e competências",
      "No final da unidade curricular o estudante deverá ser capaz de:",
      "- derivar e implementar a retropropagação para arquiteturas arbitrárias;",
      "- escolher e ajustar otimizadores (SGD com momento, Adam, AdamW) e esquemas de taxa de aprendizagem;",
      "- treinar redes convolucionais e recorrentes em PyTorch e diagnosticar problemas de treino;",
      "- explicar os mecanismos de atenção e de memória externa;",
      "- apresentar oralmente um artigo da lista de leituras.", "",
      "Modo de trabalho", "Presencial", "",
      "Pré-requisitos (conhecimentos prévios) e co-requisitos (formação simultânea)",
      "Álgebra linear, cálculo diferencial, probabilidades e programação em Python (numpy). Recomenda-se ter frequentado "
      "Aprendizagem Computacional.", "",
      "Programa",
      "1. Revisões: perceptrão multicamada, funções de perda, retropropagação.",
      "2. Otimização: SGD, momento, Adam e AdamW; decaimento do peso vs. regularização L2; escalonamento da taxa de aprendizagem.",
      "3. Redes convolucionais: convolução, pooling, da LeNet-5 às ResNet.",
      "4. Modelos sequenciais: RNN, LSTM e GRU; desvanecimento do gradiente; CTC para reconhecimento de fala.",
      "5. Atenção: alinhamento em tradução automática; memória externa (máquinas de Turing neuronais).",
      "6. Modelos generativos: autoencoders variacionais e redes adversariais generativas (GAN).",
      "7. Boas práticas: reprodutibilidade, seeds, registo de experiências.", "",
      "Bibliografia Obrigatória",
      "Ian Goodfellow, Yoshua Bengio, Aaron Courville; Deep learning, MIT Press, 2016. ISBN: 978-0-262-03561-3",
      "Aston Zhang, Zachary C. Lipton, Mu Li, Alexander J. Smola; Dive into deep learning, Cambridge University Press, 2023. ISBN: 978-1-009-38943-3",
      "",
      "Bibliografia Complementar",
      f"{names(BACKPROP)}; {T(BACKPROP)}, Nature, vol. 323, pp. 533-536, 1986",
      f"{names(LENET)}; {T(LENET)}, Proceedings of the IEEE, vol. 86, no. 11, pp. 2278-2324, 1998",
      f"{names(LSTM)}; {T(LSTM)}, Neural Computation, vol. 9, no. 8, pp. 1735-1780, 1997",
      "Christopher M. Bishop; Pattern recognition and machine learning, Springer, 2006. ISBN: 978-0-387-31073-2",
      "",
      "Observações Bibliográficas",
      "Leituras semanais (artigos), a apresentar pelos grupos nas aulas práticas; os PDFs estão também na página Moodle da UC.",
      f"Semana 4 - {names('1711.05101')}; {T('1711.05101')}, ICLR 2019 (arXiv:1711.05101)",
      f"Semana 7 - {names(CTC)}; {T(CTC)}, ICML 2006 (PDF no Moodle)",
      f"Semana 8 - {names('1409.0473')}; {T('1409.0473')}, ICLR 2015. https://arxiv.org/abs/1409.0473",
      f"Semana 9 - {names('1410.5401')}; {T('1410.5401')}, 2014. https://arxiv.org/abs/1410.5401",
      f"Semana 11 - {names('1406.2661', 3)}; {T('1406.2661')}, NIPS 2014. https://arxiv.org/pdf/1406.2661",
      "Vídeo de apoio (não avaliado): gravação da aula de revisão de retropropagação, https://www.youtube.com/watch?v=q7Tn2XbW0kE",
      "",
      "Métodos de ensino e atividades de aprendizagem",
      "Aulas teóricas expositivas com discussão de artigos. Aulas práticas laboratoriais com notebooks em PyTorch (CPU e "
      "GPU do laboratório I-105), onde os grupos implementam os modelos do programa a partir do zero e os comparam com as "
      "implementações da biblioteca (torch.nn.LSTM, torch.optim.AdamW).", "",
      "Software", "PyTorch", "Jupyter", "Weights & Biases (conta académica)", "",
      "Palavras Chave", "Ciências Físicas > Ciência de computadores > Inteligência artificial", "",
      "Tipo de avaliação", "Avaliação distribuída com exame final", "",
      "Componentes de Avaliação", "Designação\tPeso (%)"]
L += [f"{d}\t{dec(p)}" for d, p in AVAL]
L += [f"Total:\t{dec(sum(p for _, p in AVAL))}", "", "Componentes de Ocupação", "Designação\tTempo (Horas)"]
L += [f"{d}\t{dec(h)}" for d, h in OCUP]
L += [f"Total:\t{dec(HORAS_TOT)}", "",
      "Obtenção de frequência",
      "Presença em pelo menos 75% das aulas práticas previstas e entrega dos três trabalhos práticos.", "",
      "Fórmula de cálculo da classificação final",
      "CF = 0,40 × EF + 0,45 × TP + 0,15 × PP, com nota mínima de 8,0 valores no exame final (EF).", "",
      "Provas e trabalhos especiais",
      "Trabalho 1: MLP e retropropagação em numpy (MNIST). Trabalho 2: classificação de sequências com LSTM no conjunto "
      "Speech Commands v2. Trabalho 3: apresentação e reprodução parcial de um dos artigos das leituras semanais.", "",
      "Melhoria de classificação",
      "A classificação do exame pode ser melhorada na época de recurso; a dos trabalhos práticos não.", "",
      "Observações",
      "Júri: Rui Manuel Teixeira Alves, Inês Catarina Moura Pires.", "",
      "Recomendar Página", "Voltar ao Topo", "",
      "Copyright 1996-2024 © Faculdade de Engenharia da Universidade do Porto  I Termos e Condições  I Acessibilidade  I Índice A-Z",
      "Página gerada em: 2024-02-19 às 16:37:52 | Política de Utilização Aceitável | Política de Proteção de Dados Pessoais | Denúncias"]
txt = "\n".join(L) + "\n"
write_only(F1237, txt, keys(F1237))
