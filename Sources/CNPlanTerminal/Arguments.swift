import CNPlanCore

/// The words after a sub-command (`export`, `report`, `diff`, `merge`): its files, the values of
/// the options that take one, and the flags given. One reader for all of them, so `-f` is
/// `--format` and a missing value or an unknown option reads the same everywhere.
struct Arguments {
    var files: [String] = []
    var values: [String: String] = [:]
    var flags: Set<String> = []

    static let short = ["-f": "--format", "-o": "--output"]

    /// The arguments; throws, with the exit status, once a usage error is reported.
    static func read(_ args: [String], values: Set<String>, flags: Set<String> = [], _ t: Texts) throws(UsageFailure)
        -> Arguments
    {
        var out = Arguments()
        var i = 0
        while i < args.count {
            let word = short[args[i]] ?? args[i]
            if values.contains(word) {
                guard i + 1 < args.count else {
                    throw UsageFailure(Program.usageError("cli.needsValue", ["option": args[i]], t))
                }
                out.values[word] = args[i + 1]
                i += 2
                continue
            }
            if flags.contains(word) {
                out.flags.insert(word)
            } else if word.hasPrefix("-") {
                throw UsageFailure(Program.usageError("cli.unknownOption", ["option": args[i]], t))
            } else {
                out.files.append(word)
            }
            i += 1
        }
        return out
    }

    /// `--format`'s value, `markdown` read as `md`.
    var format: String? { values["--format"].map { $0.lowercased() == "markdown" ? "md" : $0.lowercased() } }
}

/// A usage error that has been reported, with the exit status to return.
struct UsageFailure: Error {
    let status: Int32
    init(_ status: Int32) { self.status = status }
}
