--- Narzędzia treningowe pracowni: inicjalizacja wag, kroki optymalizacji i skalowanie straty.
-- Kod pochodzi z czasów Torch7 (2015–2016); funkcje SAM, gładkiego treningu adwersarialnego i GPM dopisał
-- Kuba w 2021 r. do porównań w rozdziale 4. Uwagi teoretyczne do rozdziału 2 w
-- Why Do Local Methods Solve Nonconvex Problems? (arXiv:2103.13462).
-- @module pracownia.trening
-- @author Katarzyna Wróbel, Jakub Lis
-- @license MIT
-- @release 0.4.1

require 'torch'
require 'nn'

local M = {}

--- Inicjalizacja Xaviera (Glorota), wariant jednostajny.
-- Wagi z U(-a, a), a = gain * sqrt(6 / (fan_in + fan_out)); obciążenia zerowane.
-- Źródło: Understanding the difficulty of training deep feedforward neural networks (AISTATS 2010).
-- @param module nn.Linear albo nn.SpatialConvolution
-- @param[opt=1] gain mnożnik zakresu
-- @return ten sam moduł (można łączyć wywołania)
-- @usage M.xavier(nn.Linear(784, 256))
function M.xavier(module, gain)
  gain = gain or 1
  local fanIn, fanOut
  if module.kW then
    fanIn = module.nInputPlane * module.kW * module.kH
    fanOut = module.nOutputPlane * module.kW * module.kH
  else
    fanIn, fanOut = module.weight:size(2), module.weight:size(1)
  end
  local a = gain * math.sqrt(6 / (fanIn + fanOut))
  module.weight:uniform(-a, a)
  if module.bias then module.bias:zero() end
  return module
end

--- Inicjalizacja w stylu AlexNet.
-- Wagi z N(0, 0.01); obciążenia 1 w wybranych warstwach (żeby ReLU startowały w części dodatniej), 0 w pozostałych.
-- Źródło: ImageNet Classification with Deep Convolutional Neural Networks, Krizhevsky i in., NIPS 2012.
-- @param net nn.Sequential
-- @tparam table onesAt indeksy warstw z obciążeniem 1 (np. {4, 10, 12})
-- @return net
function M.alexnetInit(net, onesAt)
  local ones = {}
  for _, i in ipairs(onesAt or {}) do ones[i] = true end
  for i, m in ipairs(net.modules) do
    if m.weight then
      m.weight:normal(0, 0.01)
      if m.bias then m.bias:fill(ones[i] and 1 or 0) end
    end
  end
  return net
end

--- Wstępne uczenie warstwa po warstwie (RBM, CD-1).
-- Zachłanne uczenie kolejnych RBM jak w A Fast Learning Algorithm for Deep Belief Nets (Hinton, Osindero, Teh, 2006).
-- Zostawione dla zgodności z dawnymi skryptami; nowy kod go nie używa.
-- @param rbms tablica obiektów RBM (pole W, b, c)
-- @param data tensor danych N x D
-- @param[opt=10] epochs liczba epok na warstwę
-- @return rbms
function M.pretrainRBM(rbms, data, epochs)
  local x = data
  for _, rbm in ipairs(rbms) do
    for e = 1, epochs or 10 do
      rbm:cd1(x)
    end
    x = rbm:hidden(x)
  end
  return rbms
end

--- Krok SAM (optymalizacja świadoma ostrości).
-- Dwa przebiegi: najpierw x + rho * g / ||g||, potem zwykły krok SGD z gradientem z punktu zaburzonego.
-- Źródło: Sharpness-Aware Minimization for Efficiently Improving Generalization, https://arxiv.org/abs/2010.01412
-- @param opfunc funkcja zwracająca f(x) i df/dx
-- @param x wektor parametrów
-- @param config tablica: learningRate, rho (domyślnie 0.05)
-- @param[opt] state stan między wywołaniami
-- @return x i tablica {f(x)}, jak w pakiecie optim
function M.sam(opfunc, x, config, state)
  config = config or {}
  state = state or config
  local lr, rho = config.learningRate or 1e-2, config.rho or 0.05
  local fx, dfdx = opfunc(x)
  local e = dfdx:clone():mul(rho / (dfdx:norm() + 1e-12))
  x:add(e)
  local _, dfdxAdv = opfunc(x)
  x:add(-1, e)
  x:add(-lr, dfdxAdv)
  return x, {fx}
end

--- Zamiana ReLU na gładką aktywację przed treningiem adwersarialnym.
-- Softplus zamiast ReLU daje lepsze gradienty dla ataku i lepszą odporność przy tej samej dokładności.
-- Źródło: Smooth Adversarial Training — https://arxiv.org/pdf/2006.14536v2
-- @param net nn.Sequential
-- @param[opt=10] beta parametr nn.SoftPlus
-- @return net
function M.smoothActivations(net, beta)
  for i, m in ipairs(net.modules) do
    if torch.type(m) == 'nn.ReLU' then net.modules[i] = nn.SoftPlus(beta or 10) end
  end
  return net
end

--- Rzutowanie gradientu na dopełnienie ortogonalne bazy poprzednich zadań (uczenie ciągłe).
-- Źródło: Gradient Projection Memory for Continual Learning, https://arxiv.org/abs/2103.09762
-- @param grad gradient warstwy (macierz)
-- @param basis macierz bazy M (kolumny ortonormalne) albo nil dla pierwszego zadania
-- @return grad po rzutowaniu
function M.gpmProject(grad, basis)
  if not basis then return grad end
  return grad - grad * basis * basis:t()
end

--- Dynamiczne skalowanie straty dla fp16 (cutorch.CudaHalfTensor).
-- Przy nieskończonym gradiencie skala maleje dwukrotnie, po `window` poprawnych krokach rośnie dwukrotnie.
-- Źródło: Mixed Precision Training https://arxiv.org/abs/1710.03740
-- @param state tablica z polami scale, good
-- @param overflow czy w tym kroku wystąpił inf/nan
-- @param[opt=2000] window liczba kroków bez przepełnienia przed zwiększeniem skali
-- @treturn number nowa skala
function M.updateLossScale(state, overflow, window)
  state.scale = state.scale or 2^15
  state.good = state.good or 0
  if overflow then
    state.scale = math.max(state.scale / 2, 1)
    state.good = 0
  else
    state.good = state.good + 1
    if state.good >= (window or 2000) then
      state.scale = state.scale * 2
      state.good = 0
    end
  end
  return state.scale
end

return M
