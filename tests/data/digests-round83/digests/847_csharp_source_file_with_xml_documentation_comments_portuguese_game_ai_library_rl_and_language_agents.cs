// -----------------------------------------------------------------------------
// <copyright file="PlanejadorDeSequencia.cs" company="Núcleo de IA para Jogos — Universidade Federal de Serra Azul">
//   Copyright (c) 2024 Núcleo de IA para Jogos. Licenciado sob a licença MIT.
// </copyright>
// -----------------------------------------------------------------------------

using System;
using System.Collections.Generic;
using System.Linq;
using UnityEngine;
using NucleoIA.Agentes.Memoria;
using NucleoIA.Agentes.Tensores;

namespace NucleoIA.Agentes.Planejamento
{
    /// <summary>
    /// Planejador que trata o controle do NPC como modelagem de sequência: a política recebe
    /// (retorno desejado, estado, ação) em janela deslizante e prevê a próxima ação.
    /// </summary>
    /// <remarks>
    /// <para>
    /// A ideia vem de <see href="https://arxiv.org/abs/2106.01345">Decision Transformer: Reinforcement Learning via Sequence Modeling</see>
    /// (Lili Chen, Kevin Lu, Aravind Rajeswaran et al., NeurIPS 2021). Em vez de estimar valores com Bellman, condicionamos
    /// no retorno-alvo (<c>retornoAlvo</c>) e deixamos o transformer completar a trajetória.
    /// </para>
    /// <para>
    /// A versão com busca em feixe (modo <see cref="ModoDecodificacao.Feixe"/>) segue
    /// Offline Reinforcement Learning as One Big Sequence Modeling Problem (Michael Janner, Qiyang Li, Sergey Levine); o artigo também discute
    /// planejamento por feixe para recompensas esparsas &amp; horizonte longo.
    /// </para>
    /// <para>
    /// Material de apoio (não são artigos): a documentação do Unity ML-Agents
    /// (<see href="https://docs.unity3d.com/Packages/com.unity.ml-agents@2.0/manual/index.html"/>),
    /// o livro de Sutton &amp; Barto (2ª ed.) e a palestra da GDC 2023 "Behavior Trees are Dead?".
    /// </para>
    /// </remarks>
    /// <seealso cref="PoliticaRetornoCondicionado"/>
    public sealed class PlanejadorDeSequencia : MonoBehaviour
    {
        #region Configuração

        /// <summary>Tamanho da janela de contexto (em passos de tempo, não em tokens).</summary>
        [SerializeField, Tooltip("Passos de tempo vistos pela política")]
        private int tamanhoJanela = 20;

        /// <summary>Retorno desejado no início do episódio; ajustado pelo designer de fase.</summary>
        [SerializeField, Tooltip("Retorno-alvo inicial (RTG)")]
        private float retornoAlvo = 3600f;

        /// <summary>Largura do feixe quando <see cref="modo"/> é <see cref="ModoDecodificacao.Feixe"/>.</summary>
        [SerializeField]
        private int larguraFeixe = 4;

        [SerializeField]
        private ModoDecodificacao modo = ModoDecodificacao.Gulosa;

        #endregion

        private readonly Queue<Passo> historico = new Queue<Passo>();
        private PoliticaRetornoCondicionado politica;

        /// <summary>
        /// Prevê a próxima ação a partir do histórico recente.
        /// </summary>
        /// <param name="estado">Observação atual do NPC (já normalizada).</param>
        /// <param name="recompensa">Recompensa recebida no último passo.</param>
        /// <returns>Índice da ação discreta escolhida.</returns>
        /// <exception cref="InvalidOperationException">Se a política ainda não foi carregada.</exception>
        public int ProximaAcao(float[] estado, float recompensa)
        {
            if (politica == null)
            {
                throw new InvalidOperationException("Política não carregada; chame Carregar() antes.");
            }

            retornoAlvo -= recompensa;
            historico.Enqueue(new Passo(retornoAlvo, estado));
            while (historico.Count > tamanhoJanela)
            {
                historico.Dequeue();
            }

            // TODO(rafa): o feixe ainda recalcula o prefixo inteiro a cada passo; cachear chaves/valores.
            return modo == ModoDecodificacao.Feixe
                ? politica.DecodificarFeixe(historico.ToArray(), larguraFeixe)
                : politica.DecodificarGuloso(historico.ToArray());
        }

        /// <summary>Carrega os pesos exportados do treino offline (arquivo .onnx em StreamingAssets).</summary>
        /// <param name="caminho">Caminho relativo dentro de StreamingAssets.</param>
        public void Carregar(string caminho)
        {
            politica = PoliticaRetornoCondicionado.DeArquivo(System.IO.Path.Combine(Application.streamingAssetsPath, caminho));
        }
    }

    /// <summary>Como a próxima ação é escolhida a partir das probabilidades da política.</summary>
    public enum ModoDecodificacao
    {
        /// <summary>Argmax a cada passo.</summary>
        Gulosa,

        /// <summary>Busca em feixe sobre ações futuras (ver o planejador por feixe citado acima).</summary>
        Feixe,
    }

    /// <summary>
    /// Camada de linguagem: o NPC recebe uma instrução em texto e o LLM propõe habilidades,
    /// pontuadas pela função de valor de cada habilidade no estado atual.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Pontuação = P(habilidade | instrução) × V(habilidade | estado), como em
    /// <see href="https://arxiv.org/pdf/2204.01691.pdf">Do As I Can, Not As I Say: Grounding Language in Robotic Affordances</see>
    /// (Michael Ahn, Anthony Brohan, Noah Brown et al.). Nos nossos testes o termo de valor evita que o LLM
    /// sugira "abrir o baú" quando o baú está do outro lado do mapa.
    /// </para>
    /// <para>
    /// Reflexão após falha: quando o episódio termina sem sucesso, pedimos ao LLM um
    /// resumo verbal do erro e o guardamos na memória episódica, conforme
    /// <see href="https://arxiv.org/abs/2303.11366v4">Reflexion: Language Agents with Verbal Reinforcement Learning</see>.
    /// </para>
    /// <para>
    /// Aldeões com rotina e memória de longo prazo (observação → reflexão → plano) seguem
    /// "Generative Agents: Interactive Simulacra of Human Behavior" (Joon Sung Park, Joseph C. O'Brien, Carrie J. Cai et al.; arXiv:2304.03442, UIST 2023).
    /// A paginação da memória entre contexto e armazenamento externo foi inspirada em
    /// MemGPT: Towards LLMs as Operating Systems — mas aqui a "memória virtual" é só uma lista
    /// ordenada por recência &amp; relevância.
    /// </para>
    /// </remarks>
    /// <typeparam name="TEstado">Tipo da observação do NPC.</typeparam>
    public class SeletorDeHabilidades<TEstado> where TEstado : class
    {
        private readonly IModeloDeLinguagem llm;
        private readonly Dictionary<string, Func<TEstado, float>> valores = new Dictionary<string, Func<TEstado, float>>();
        private readonly MemoriaEpisodica memoria;

        /// <summary>Cria o seletor.</summary>
        /// <param name="llm">Cliente do modelo de linguagem (local ou remoto).</param>
        /// <param name="memoria">Memória episódica compartilhada com o planejador.</param>
        public SeletorDeHabilidades(IModeloDeLinguagem llm, MemoriaEpisodica memoria)
        {
            this.llm = llm ?? throw new ArgumentNullException(nameof(llm));
            this.memoria = memoria;
        }

        /// <summary>Registra uma habilidade e sua função de valor (probabilidade de sucesso no estado).</summary>
        /// <param name="nome">Nome em linguagem natural, p. ex. <c>"pegar a tocha"</c>.</param>
        /// <param name="valor">Função de valor aprendida offline.</param>
        public void Registrar(string nome, Func<TEstado, float> valor)
        {
            valores[nome] = valor;
        }

        /// <summary>
        /// Escolhe a habilidade com maior pontuação combinada.
        /// </summary>
        /// <param name="instrucao">Instrução do jogador (texto livre).</param>
        /// <param name="estado">Estado atual.</param>
        /// <returns>O nome da habilidade, ou <c>null</c> se nenhuma passar do limiar.</returns>
        /// <example>
        /// <code>
        /// var nome = seletor.Escolher("traga lenha para a fogueira", estadoAtual);
        /// if (nome != null &amp;&amp; nome.Length &lt; 64) { executor.Executar(nome); }
        /// </code>
        /// </example>
        public string Escolher(string instrucao, TEstado estado)
        {
            var contexto = memoria.Recentes(8).Select(m => m.Texto);
            var probs = llm.PontuarOpcoes(instrucao, valores.Keys.ToList(), contexto);
            string melhor = null;
            float melhorNota = 0.05f; // limiar
            foreach (var par in probs)
            {
                float nota = par.Value * valores[par.Key](estado);
                if (nota > melhorNota)
                {
                    melhorNota = nota;
                    melhor = par.Key;
                }
            }
            return melhor;
        }

        /// <summary>Registra uma reflexão verbal depois de um episódio fracassado.</summary>
        /// <param name="resumo">Texto gerado pelo LLM explicando o erro.</param>
        public void Refletir(string resumo)
        {
            memoria.Adicionar(new Lembranca(resumo, importancia: 0.9f));
        }
    }

    /// <summary>
    /// Otimizador de função de perda para o treino offline, descoberto por busca evolutiva
    /// sobre grafos de computação.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Referências do Núcleo (lista completa na wiki interna):
    /// </para>
    /// <list type="bullet">
    ///   <item><description>Evolving Reinforcement Learning Algorithms — John D. Co-Reyes, Yingjie Miao, Daiyi Peng et al. (ICLR 2021). A regra de atualização
    ///   que usamos em <see cref="AtualizarAlvo"/> é a variante encontrada pela busca.</description></item>
    ///   <item><description>Silver, Schrittwieser, Simonyan et al., "Mastering the game of Go without human knowledge", Nature 550, 2017 —
    ///   autojogo + MCTS; usamos só a ideia do alvo de política a partir das visitas.</description></item>
    ///   <item><description>Repositório de referência (código, não artigo): <c>github.com/nucleo-ia/agentes-unity</c>.</description></item>
    /// </list>
    /// </remarks>
    internal static class RegrasDeAtualizacao
    {
        /// <summary>Alvo de valor com a regra evoluída.</summary>
        /// <param name="q">Estimativa atual.</param>
        /// <param name="alvo">Alvo de Bellman.</param>
        /// <param name="gama">Desconto.</param>
        /// <returns>O novo alvo, limitado a [-10, 10].</returns>
        internal static float AtualizarAlvo(float q, float alvo, float gama)
        {
            float delta = alvo - q;
            return Mathf.Clamp(q + gama * (delta - Mathf.Max(0f, delta) * 0.5f), -10f, 10f);
        }

        /// <summary>Distribuição de política a partir das contagens de visita do MCTS (temperatura <paramref name="tau"/>).</summary>
        /// <param name="visitas">Contagem de visitas por ação.</param>
        /// <param name="tau">Temperatura; 0 significa argmax.</param>
        /// <returns>Probabilidades normalizadas.</returns>
        internal static float[] PoliticaDeVisitas(int[] visitas, float tau)
        {
            if (tau <= 0f)
            {
                var p = new float[visitas.Length];
                p[Array.IndexOf(visitas, visitas.Max())] = 1f;
                return p;
            }
            var pot = visitas.Select(v => Mathf.Pow(v, 1f / tau)).ToArray();
            float soma = pot.Sum();
            return pot.Select(v => v / soma).ToArray();
        }
    }

    /// <summary>Um passo do histórico: retorno restante e observação.</summary>
    internal readonly struct Passo
    {
        /// <summary>Cria o passo.</summary>
        /// <param name="retorno">Retorno restante (return-to-go).</param>
        /// <param name="estado">Observação.</param>
        public Passo(float retorno, float[] estado)
        {
            Retorno = retorno;
            Estado = estado;
        }

        /// <summary>Retorno restante.</summary>
        public float Retorno { get; }

        /// <summary>Observação normalizada.</summary>
        public float[] Estado { get; }
    }
}
