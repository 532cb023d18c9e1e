/// Reads a command line word by word: white space separates words; a word that starts with a
/// "double", 'single' or “curly” quote runs to the closing quote. The parser can take the rest of
/// the line as text at any point, so apostrophes in free text are never mistaken for quotes.
public struct Tokenizer: Sendable {
    static let closing: [Character: Character] = ["\"": "\"", "'": "'", "“": "”", "‘": "’"]

    public let line: String
    public private(set) var position: String.Index

    public init(_ line: String) {
        self.line = line
        position = line.startIndex
    }

    /// The next word, or nil at the end of the line.
    public mutating func next() throws(PlanError) -> String? {
        skipSpace()
        guard position < line.endIndex else { return nil }
        if let close = Tokenizer.closing[line[position]] {
            let start = line.index(after: position)
            guard let end = line[start...].firstIndex(of: close) else { throw .unterminatedQuote }
            position = line.index(after: end)
            return String(line[start..<end])
        }
        let start = position
        while position < line.endIndex, !line[position].isWhitespace { position = line.index(after: position) }
        return String(line[start..<position])
    }

    /// The next word without consuming it.
    public func peek() throws(PlanError) -> String? {
        var copy = self
        return try copy.next()
    }

    /// All remaining words.
    public mutating func remainingWords() throws(PlanError) -> [String] {
        var words: [String] = []
        while let w = try next() { words.append(w) }
        return words
    }

    /// The rest of the line as text: verbatim, or unquoted when it is exactly one quoted word.
    /// nil when nothing is left.
    public mutating func rest() -> String? {
        skipSpace()
        guard position < line.endIndex else { return nil }
        var raw = line[position...]
        while let last = raw.last, last.isWhitespace { raw = raw.dropLast() }
        position = line.endIndex
        if let first = raw.first, let close = Tokenizer.closing[first], raw.count >= 2, raw.last == close,
            !raw.dropFirst().dropLast().contains(close)
        {
            return String(raw.dropFirst().dropLast())
        }
        return String(raw)
    }

    public var atEnd: Bool {
        var copy = self
        copy.skipSpace()
        return copy.position == line.endIndex
    }

    /// A name or a file as one word of a command line, read back whole by `next()`: quoted, with a
    /// quote it does not hold, when it holds white space or starts with a quote.
    static func word(_ name: String) -> String {
        guard name.contains(where: \.isWhitespace) || name.first.map({ Tokenizer.closing[$0] != nil }) == true else {
            return name
        }
        // A word the tokenizer read always lacks at least one closing quote.
        let pairs: [(open: Character, close: Character)] = [("\"", "\""), ("'", "'"), ("“", "”"), ("‘", "’")]
        let pair = pairs.first { !name.contains($0.close) } ?? pairs[0]
        return String(pair.open) + name + String(pair.close)
    }

    private mutating func skipSpace() {
        while position < line.endIndex, line[position].isWhitespace { position = line.index(after: position) }
    }
}
