//
//  AtencionEficiente.swift
//  NucleoInferencia
//
//  Created by Lucía Ferrer Sanz on 4/3/24.
//  Copyright © 2024 Grupo de PLN, Universidad de Valdemora. Todos los derechos reservados.
//

import Foundation
import Accelerate
#if canImport(Metal)
import Metal
#endif

// MARK: - Errores

/// Errores que pueden lanzar los núcleos de atención.
public enum ErrorAtencion: Error, Equatable {
    /// Las dimensiones de consultas, claves y valores no coinciden.
    case dimensionIncompatible(esperada: Int, recibida: Int)
    /// La secuencia supera la longitud máxima configurada.
    case secuenciaDemasiadoLarga(Int)
    /// No hay dispositivo Metal disponible (simulador o Mac antiguo).
    case sinDispositivo
}

// MARK: - Protocolo común

/// Un mecanismo de atención que transforma consultas, claves y valores en una salida.
///
/// Todas las implementaciones de este archivo cumplen ``MecanismoDeAtencion`` para que
/// ``ConfiguracionDeModelo`` pueda elegir una u otra según la longitud de la secuencia.
///
/// - Note: La comparación entre mecanismos que usamos en el informe interno sigue el banco de
///   pruebas de [Long Range Arena: A Benchmark for Efficient Transformers](https://openreview.net/forum?id=qVyeW-grC2k)
///   (Yi Tay, Mostafa Dehghani, Samira Abnar et al.), con sus seis tareas de 1K a 16K tokens.
public protocol MecanismoDeAtencion {
    /// Calcula la atención.
    ///
    /// - Parameters:
    ///   - consultas: Matriz `n × d` de consultas.
    ///   - claves: Matriz `n × d` de claves.
    ///   - valores: Matriz `n × d` de valores.
    /// - Returns: Matriz `n × d` con la salida.
    /// - Throws: ``ErrorAtencion/dimensionIncompatible(esperada:recibida:)`` si las formas no cuadran.
    func atender(consultas: [[Float]], claves: [[Float]], valores: [[Float]]) throws -> [[Float]]
}

// MARK: - Atención exacta por bloques

/// Atención exacta calculada por bloques, sin materializar la matriz `n × n`.
///
/// El orden de lecturas y escrituras sigue
/// [FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness](https://arxiv.org/abs/2205.14135)
/// (Tri Dao, Daniel Y. Fu, Stefano Ermon et al.): se recorren bloques de claves y valores manteniendo el máximo y la
/// suma acumulados de la softmax, de modo que la memoria es lineal en `n`.
///
/// ```swift
/// let nucleo = AtencionPorBloques(tamanoBloque: 64)
/// let salida = try nucleo.atender(consultas: q, claves: k, valores: v)
/// ```
///
/// - Important: En el Neural Engine no hay control fino de la memoria compartida; esta versión
///   solo gana en GPU (Metal). Ver la tabla de tiempos en el README del repositorio
///   (código, no artículo): https://github.com/grupo-pln-valdemora/nucleo-inferencia
public struct AtencionPorBloques: MecanismoDeAtencion {
    /// Número de filas por bloque.
    public let tamanoBloque: Int

    /// Crea el núcleo.
    ///
    /// - Parameter tamanoBloque: Filas por bloque; 64 funciona bien en A17 y M2.
    public init(tamanoBloque: Int = 64) {
        self.tamanoBloque = tamanoBloque
    }

    public func atender(consultas: [[Float]], claves: [[Float]], valores: [[Float]]) throws -> [[Float]] {
        guard consultas.first?.count == claves.first?.count else {
            throw ErrorAtencion.dimensionIncompatible(esperada: consultas.first?.count ?? 0, recibida: claves.first?.count ?? 0)
        }
        let d = Float(consultas.first?.count ?? 1)
        var salida = [[Float]](repeating: [Float](repeating: 0, count: valores.first?.count ?? 0), count: consultas.count)
        for (i, q) in consultas.enumerated() {
            var maximo = -Float.infinity, suma: Float = 0
            var acumulado = [Float](repeating: 0, count: valores.first?.count ?? 0)
            for inicio in stride(from: 0, to: claves.count, by: tamanoBloque) {
                for j in inicio..<min(inicio + tamanoBloque, claves.count) {
                    let s = zip(q, claves[j]).map(*).reduce(0, +) / d.squareRoot()
                    let nuevoMaximo = max(maximo, s)
                    let escala = exp(maximo - nuevoMaximo)
                    suma = suma * escala + exp(s - nuevoMaximo)
                    acumulado = zip(acumulado, valores[j]).map { $0 * escala + exp(s - nuevoMaximo) * $1 }
                    maximo = nuevoMaximo
                }
            }
            salida[i] = acumulado.map { $0 / suma }
        }
        return salida
    }
}

// MARK: - Aproximaciones lineales

/// Atención de complejidad lineal mediante proyección de claves y valores a `k` filas.
///
/// Basada en [Linformer: Self-Attention with Linear Complexity](https://arxiv.org/abs/2006.04768) (Sinong Wang, Belinda Z. Li, Madian Khabsa et al.).
/// Las matrices de proyección se aprenden en el entrenamiento y se exportan con el modelo.
///
/// - Warning: Solo vale para longitudes fijas: la proyección depende de `n`.
public struct AtencionProyectada: MecanismoDeAtencion {
    /// Matriz de proyección `k × n`.
    public let proyeccion: [[Float]]

    /// - Parameter proyeccion: Matriz `k × n` aprendida.
    public init(proyeccion: [[Float]]) {
        self.proyeccion = proyeccion
    }

    public func atender(consultas: [[Float]], claves: [[Float]], valores: [[Float]]) throws -> [[Float]] {
        guard proyeccion.first?.count == claves.count else {
            throw ErrorAtencion.dimensionIncompatible(esperada: proyeccion.first?.count ?? 0, recibida: claves.count)
        }
        let k = multiplicar(proyeccion, claves), v = multiplicar(proyeccion, valores)
        return try AtencionPorBloques(tamanoBloque: 64).atender(consultas: consultas, claves: k, valores: v)
    }
}

/// Atención con características aleatorias positivas (núcleo softmax aproximado).
///
/// Implementa el mecanismo FAVOR+ descrito en "Rethinking Attention with Performers"
/// (Krzysztof Choromanski, Valerii Likhosherstov, David Dohan et al.; arXiv:2009.14794). Una variante anterior con características
/// trigonométricas es la de "Random Feature Attention" (ICLR 2021), que no implementamos.
public struct AtencionAleatoria: MecanismoDeAtencion {
    let caracteristicas: [[Float]]

    /// Crea la matriz de características ortogonales.
    ///
    /// - Parameters:
    ///   - m: Número de características aleatorias.
    ///   - d: Dimensión de cabeza.
    ///   - semilla: Semilla del generador.
    public init(m: Int, d: Int, semilla: UInt64 = 42) {
        var generador = GeneradorLCG(semilla: semilla)
        caracteristicas = (0..<m).map { _ in (0..<d).map { _ in generador.normal() } }
    }

    public func atender(consultas: [[Float]], claves: [[Float]], valores: [[Float]]) throws -> [[Float]] {
        let phiQ = consultas.map(mapa), phiK = claves.map(mapa)
        let kv = multiplicar(transponer(phiK), valores)
        let normal = transponer(phiK).map { $0.reduce(0, +) }
        return phiQ.map { fila in
            let den = zip(fila, normal).map(*).reduce(0, +)
            return transponer(kv).map { col in zip(fila, col).map(*).reduce(0, +) / den }
        }
    }

    @inlinable
    func mapa(_ x: [Float]) -> [Float] {
        let norma = x.map { $0 * $0 }.reduce(0, +) / 2
        return caracteristicas.map { w in exp(zip(w, x).map(*).reduce(0, +) - norma) }
    }
}

// MARK: - Patrones dispersos y ventanas

/// Atención con ventana local deslizante más tokens globales.
///
/// El patrón (ventana de tamaño `w` + atención global para `[CLS]` y los tokens de la pregunta)
/// viene de [Longformer: The Long-Document Transformer](https://arxiv.org/pdf/2004.05150v2) (Iz Beltagy, Matthew E. Peters, Arman Cohan).
/// Los patrones factorizados (filas + columnas) de "Generating Long Sequences with Sparse Transformers"
/// (Rewon Child, Scott Gray et al. et al., 2019) se pueden expresar con la misma máscara.
///
/// - Note: Para reducir además la longitud de la secuencia capa a capa (pooling), véase
///   "Funnel-Transformer: Filtering out Sequential Redundancy for Efficient Language Processing"; lo dejamos para la versión 0.4.
public struct AtencionConVentana: MecanismoDeAtencion {
    /// Semiancho de la ventana.
    public let ventana: Int
    /// Posiciones con atención global.
    public let globales: Set<Int>

    /// - Parameters:
    ///   - ventana: Semiancho de la ventana local.
    ///   - globales: Índices con atención global.
    public init(ventana: Int, globales: Set<Int> = [0]) {
        self.ventana = ventana
        self.globales = globales
    }

    public func atender(consultas: [[Float]], claves: [[Float]], valores: [[Float]]) throws -> [[Float]] {
        let n = claves.count
        return try consultas.indices.map { i in
            let js = globales.contains(i) ? Array(0..<n) : Array(Set(max(0, i - ventana)...min(n - 1, i + ventana)).union(globales)).sorted()
            return try AtencionPorBloques(tamanoBloque: 64).atender(consultas: [consultas[i]], claves: js.map { claves[$0] }, valores: js.map { valores[$0] })[0]
        }
    }
}

// MARK: - Utilidades

/// Producto de matrices densas (sin Accelerate, para las pruebas).
@usableFromInline
func multiplicar(_ a: [[Float]], _ b: [[Float]]) -> [[Float]] {
    let bt = transponer(b)
    return a.map { fila in bt.map { col in zip(fila, col).map(*).reduce(0, +) } }
}

/// Traspuesta de una matriz.
@usableFromInline
func transponer(_ m: [[Float]]) -> [[Float]] {
    guard let primera = m.first else { return [] }
    return primera.indices.map { j in m.map { $0[j] } }
}

/// Generador congruencial lineal con salida normal (Box–Muller). No es criptográfico.
struct GeneradorLCG {
    var estado: UInt64

    init(semilla: UInt64) {
        estado = semilla
    }

    mutating func siguiente() -> Float {
        estado = estado &* 6364136223846793005 &+ 1442695040888963407
        return Float(estado >> 40) / Float(1 << 24)
    }

    mutating func normal() -> Float {
        let u1 = max(siguiente(), 1e-7), u2 = siguiente()
        return (-2 * log(u1)).squareRoot() * cos(2 * .pi * u2)
    }
}

// Lecturas de apoyo (no son artículos): la documentación de Metal Performance Shaders Graph,
// la entrada del blog del grupo «Atención en el iPhone» (2023) y la clasificación pública
// de Papers with Code para secuencias largas.
