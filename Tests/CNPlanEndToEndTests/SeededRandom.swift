import Foundation

/// The random numbers of the tests: a fixed seed, so that a failure happens again on the next run.
/// `CNPLAN_TEST_SEED=N` picks another seed; each test prints the seed it used.
struct SeededRandom: RandomNumberGenerator {
    static let defaultSeed: UInt64 = 2026

    /// The seed for this run, printed with the name of the test that uses it.
    static func seed(for test: String = #function) -> UInt64 {
        let seed = ProcessInfo.processInfo.environment["CNPLAN_TEST_SEED"].flatMap { UInt64($0) } ?? defaultSeed
        print("\(test): random seed \(seed) (CNPLAN_TEST_SEED=\(seed) repeats it)")
        return seed
    }

    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// SplitMix64: small, fast and well mixed; enough for test inputs.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
