<TeXmacs|2.1.4>

<style|<tuple|article|french>>

<\body>
  <doc-data|<doc-title|Optimisation et généralisation en apprentissage
  profond>|<doc-subtitle|Notes de cours <#2014> M2 Mathématiques et IA,
  séances 4 à 6>|<doc-author|<author-data|<author-name|Claire
  Vasseur>|<author-affiliation|Laboratoire de Mathématiques Appliquées, Université
  de Valmarina>|<author-email|claire.vasseur@example.fr>>>|<doc-date|version du
  11 mars 2024>>

  <abstract-data|<abstract|Ces notes complètent les transparents des séances 4
  à 6. Elles ne remplacent pas la lecture des articles cités, qui sont au
  programme de l'examen (questions de cours sur les sections marquées
  <math|\<star\>>).>>

  <section|Initialisation>

  Le point de départ est l'analyse de la variance des activations et des
  gradients couche par couche de Glorot et Bengio, <em|Understanding the
  difficulty of training deep feedforward neural networks> <cite|glorot2010>.
  On en déduit la règle
  <math|Var<around*|(|W|)>=2/<around*|(|n<rsub|in>+n<rsub|out>|)>>, que
  PyTorch appelle <verbatim|xavier_uniform_>.

  <\equation*>
    W<rsub|i j>\<sim\>\<cal-U\><around*|(|-<sqrt|<frac|6|n<rsub|in>+n<rsub|out>>>,<sqrt|<frac|6|n<rsub|in>+n<rsub|out>>>|)>
  </equation*>

  <section|Décroissance des poids et Adam>

  Avec Adam, la pénalité <math|L<rsup|2>> et la décroissance des poids ne
  coïncident plus. Loshchilov et Hutter <cite|loshchilov2017> proposent de
  découpler les deux (AdamW, <verbatim|torch.optim.AdamW> dans PyTorch).
  Exercice 3 : retrouver l'équivalence dans le cas de SGD sans moment.

  <section|Régularisation>

  Le dropout classique tire un masque indépendant par neurone. AutoDropout
  <cite|pham2021> cherche au contraire des motifs structurés de dropout avec
  un contrôleur entraîné par renforcement ; voir la table 2 de l'article
  <with|font-shape|italic|AutoDropout: Learning Dropout Patterns to Regularize
  Deep Networks>. Nous n'en retiendrons que l'idée : la forme du bruit compte.

  Même remarque pour l'entraînement adversarial : Xie et al., dans <em|Smooth
  Adversarial Training> <cite|xie2020>, remplacent ReLU par des activations
  lisses et gagnent en robustesse sans perte de précision.

  <section|Minima plats <math|\<star\>>>

  La méthode SAM cherche des paramètres dont tout le voisinage a une perte
  faible : <hlink|Sharpness-Aware Minimization for Efficiently Improving
  Generalization|https://arxiv.org/abs/2010.01412> <cite|foret2021>. Le
  problème est

  <\equation*>
    min<rsub|w> max<rsub|<around*|\<\|\>|\<epsilon\>|\<\|\>><rsub|2>\<leqslant\>\<rho\>>
    L<around*|(|w+\<epsilon\>|)>+\<lambda\><around*|\<\|\>|w|\<\|\>><rsup|2><rsub|2>,
  </equation*>

  et l'on approche le maximum intérieur par un pas de gradient normalisé. Coût
  : deux passes avant-arrière par itération.

  <section|Généralisation hors distribution>

  Gulrajani et Lopez-Paz montrent qu'avec une sélection de modèles honnête, la
  minimisation du risque empirique reste difficile à battre : <hlink|In Search
  of Lost Domain Generalization|https://arxiv.org/abs/2007.01434>
  <cite|gulrajani2020>. Le code DomainBed sert de base au TP 3.

  <section|Entraînement distribué>

  Deux cas très différents. En apprentissage fédéré, les clients ont des
  données hétérogènes ; la régularisation dynamique de FedDyn <cite|acar2021>
  (<em|Federated Learning Based on Dynamic Regularization>) corrige la dérive
  des optima locaux. À l'autre extrême, pour les très grands modèles, on
  découpe le modèle lui-même : <hlink|GShard: Scaling Giant Models with
  Conditional Computation and Automatic
  Sharding|https://arxiv.org/abs/2006.16668> <cite|lepikhin2020> (mélange
  d'experts et annotations de partitionnement).

  <\itemize>
    <item>Lecture conseillée pour la convexité : le livre de Boyd et
    Vandenberghe <cite|boyd2004>, chapitres 3 et 9.
    <item>Pour la théorie de l'apprentissage : <em|Learning Theory from First
    Principles> de Francis Bach <cite|bach2024>.
    <item>Documentation :
    <hlink|torch.optim|https://pytorch.org/docs/stable/optim.html>, page du
    cours : <hlink|moodle|https://moodle.example.fr/course/view.php?id=4471>.
  </itemize>

  <\bibliography|bib|tm-plain|cours-optim>
    <\bib-list|10>
      <bibitem*|1><label|bib-acar2021>Durmus Alp Emre Acar, Yue Zhao, Ramon
      Matas Navarro, Matthew Mattina, Paul N. Whatmough<localize|, and
      >Venkatesh Saligrama. <newblock>Federated learning based on dynamic
      regularization. <newblock>In <with|font-shape|italic|International
      Conference on Learning Representations>. 2021.
      <bibitem*|2><label|bib-bach2024>Francis Bach.
      <newblock><with|font-shape|italic|Learning theory from first
      principles>. <newblock>MIT Press, 2024.
      <bibitem*|3><label|bib-boyd2004>Stephen Boyd<localize| and >Lieven
      Vandenberghe. <newblock><with|font-shape|italic|Convex optimization>.
      <newblock>Cambridge University Press, 2004.
      <bibitem*|4><label|bib-foret2021>Pierre Foret, Ariel Kleiner, Hossein
      Mobahi<localize|, and >Behnam Neyshabur. <newblock>Sharpness-aware
      minimization for efficiently improving generalization. <newblock>In
      <with|font-shape|italic|International Conference on Learning
      Representations>. 2021.
      <bibitem*|5><label|bib-glorot2010>Xavier Glorot<localize| and >Yoshua
      Bengio. <newblock>Understanding the difficulty of training deep
      feedforward neural networks. <newblock>In
      <with|font-shape|italic|Proceedings of the Thirteenth International
      Conference on Artificial Intelligence and Statistics>, pages
      249<#2013>256. 2010.
      <bibitem*|6><label|bib-gulrajani2020>Ishaan Gulrajani<localize| and
      >David Lopez-Paz. <newblock>In search of lost domain generalization.
      <newblock>In <with|font-shape|italic|International Conference on
      Learning Representations>. 2021.
      <bibitem*|7><label|bib-lepikhin2020>Dmitry Lepikhin, HyoukJoong Lee,
      Yuanzhong Xu, Dehao Chen, Orhan Firat, Yanping Huang, Maxim Krikun, Noam
      Shazeer<localize|, and >Zhifeng Chen. <newblock>Gshard: Scaling giant
      models with conditional computation and automatic sharding. <newblock>In
      <with|font-shape|italic|International Conference on Learning
      Representations>. 2021.
      <bibitem*|8><label|bib-loshchilov2017>Ilya Loshchilov<localize| and
      >Frank Hutter. <newblock>Decoupled weight decay regularization.
      <newblock><with|font-shape|italic|arXiv preprint arXiv:1711.05101>,
      2017.
      <bibitem*|9><label|bib-pham2021>Hieu Pham<localize| and >Quoc V. Le.
      <newblock>Autodropout: Learning dropout patterns to regularize deep
      networks. <newblock>In <with|font-shape|italic|Proceedings of the AAAI
      Conference on Artificial Intelligence>, volume<nbsp>35, pages
      9351<#2013>9359. 2021.
      <bibitem*|10><label|bib-xie2020>Cihang Xie, Mingxing Tan, Boqing Gong,
      Alan Yuille<localize|, and >Quoc V. Le. <newblock>Smooth adversarial
      training. <newblock>2020.
    </bib-list>
  </bibliography>
</body>

<\initial>
  <\collection>
    <associate|page-medium|paper>
    <associate|page-screen-margin|false>
    <associate|font-base-size|11>
  </collection>
</initial>

<\references>
  <\collection>
    <associate|auto-1|<tuple|1|1>>
    <associate|auto-2|<tuple|2|2>>
    <associate|auto-3|<tuple|3|2>>
    <associate|auto-4|<tuple|4|3>>
    <associate|auto-5|<tuple|5|4>>
    <associate|auto-6|<tuple|6|5>>
    <associate|auto-7|<tuple|6|6>>
    <associate|bib-acar2021|<tuple|1|6>>
    <associate|bib-bach2024|<tuple|2|6>>
    <associate|bib-boyd2004|<tuple|3|6>>
    <associate|bib-foret2021|<tuple|4|6>>
    <associate|bib-glorot2010|<tuple|5|6>>
    <associate|bib-gulrajani2020|<tuple|6|6>>
    <associate|bib-lepikhin2020|<tuple|7|6>>
    <associate|bib-loshchilov2017|<tuple|8|7>>
    <associate|bib-pham2021|<tuple|9|7>>
    <associate|bib-xie2020|<tuple|10|7>>
  </collection>
</references>

<\auxiliary>
  <\collection>
    <\associate|bib>
      glorot2010
      loshchilov2017
      pham2021
      xie2020
      foret2021
      gulrajani2020
      acar2021
      lepikhin2020
      boyd2004
      bach2024
    </associate>
    <\associate|toc>
      <vspace*|1fn><with|font-series|bold|math-font-series|bold|1<space|2spc>Initialisation> <datoms|<macro|x|<repeat|<arg|x>|<with|font-series|medium|<with|font-size|1|<space|0.2fn>.<space|0.2fn>>>>>|<htab|5mm>> <no-break><pageref|auto-1><vspace|0.5fn>
      <vspace*|1fn><with|font-series|bold|math-font-series|bold|2<space|2spc>Décroissance des poids et Adam> <datoms|<macro|x|<repeat|<arg|x>|<with|font-series|medium|<with|font-size|1|<space|0.2fn>.<space|0.2fn>>>>>|<htab|5mm>> <no-break><pageref|auto-2><vspace|0.5fn>
      <vspace*|1fn><with|font-series|bold|math-font-series|bold|3<space|2spc>Régularisation> <datoms|<macro|x|<repeat|<arg|x>|<with|font-series|medium|<with|font-size|1|<space|0.2fn>.<space|0.2fn>>>>>|<htab|5mm>> <no-break><pageref|auto-3><vspace|0.5fn>
      <vspace*|1fn><with|font-series|bold|math-font-series|bold|4<space|2spc>Minima plats <math|\<star\>>> <datoms|<macro|x|<repeat|<arg|x>|<with|font-series|medium|<with|font-size|1|<space|0.2fn>.<space|0.2fn>>>>>|<htab|5mm>> <no-break><pageref|auto-4><vspace|0.5fn>
      <vspace*|1fn><with|font-series|bold|math-font-series|bold|5<space|2spc>Généralisation hors distribution> <datoms|<macro|x|<repeat|<arg|x>|<with|font-series|medium|<with|font-size|1|<space|0.2fn>.<space|0.2fn>>>>>|<htab|5mm>> <no-break><pageref|auto-5><vspace|0.5fn>
      <vspace*|1fn><with|font-series|bold|math-font-series|bold|6<space|2spc>Entraînement distribué> <datoms|<macro|x|<repeat|<arg|x>|<with|font-series|medium|<with|font-size|1|<space|0.2fn>.<space|0.2fn>>>>>|<htab|5mm>> <no-break><pageref|auto-6><vspace|0.5fn>
      <vspace*|1fn><with|font-series|bold|math-font-series|bold|Bibliographie> <datoms|<macro|x|<repeat|<arg|x>|<with|font-series|medium|<with|font-size|1|<space|0.2fn>.<space|0.2fn>>>>>|<htab|5mm>> <no-break><pageref|auto-7><vspace|0.5fn>
    </associate>
  </collection>
</auxiliary>
