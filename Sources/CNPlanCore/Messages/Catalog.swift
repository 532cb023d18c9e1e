/// One interface language: its code, its name, its message catalog and its plural rule.
public struct Language: Sendable, Hashable, CustomStringConvertible {
    /// The code users type: `en`, `zh`.
    public let code: String
    /// The language's name in itself, for `lang` and `help`.
    public let name: String
    /// Built on first use: a catalog is a dictionary of about a thousand entries, and building
    /// both at every start was a tenth of the time `cnplan` takes to start and exit.
    private let catalog: @Sendable () -> [String: String]
    /// The plural category of a count: `one` or `other` (CLDR names).
    let plural: @Sendable (Int) -> String

    var entries: [String: String] { catalog() }

    init(
        code: String, name: String, entries: @escaping @Sendable () -> [String: String],
        plural: @escaping @Sendable (Int) -> String
    ) {
        self.code = code
        self.name = name
        catalog = entries
        self.plural = plural
    }

    public static func == (a: Language, b: Language) -> Bool { a.code == b.code }
    public func hash(into h: inout Hasher) { h.combine(code) }
    public var description: String { code }

    // Global constants, so each catalog is built once, when first read.
    public static let english = Language(
        code: "en", name: "English", entries: { englishCatalog }, plural: { $0 == 1 ? "one" : "other" })
    public static let chinese = Language(code: "zh", name: "中文", entries: { chineseCatalog }, plural: { _ in "other" })

    /// Every language cnplan speaks. A new language is one catalog file and one line here.
    public static let all: [Language] = [.english, .chinese]

    /// The language for a code such as `zh`, `zh_CN.UTF-8` or `en-GB`; nil when none fits.
    public static func named(_ code: String) -> Language? {
        let c = code.lowercased()
        return all.first {
            c == $0.code || c.hasPrefix($0.code + "_") || c.hasPrefix($0.code + "-") || c.hasPrefix($0.code + ".")
        }
    }
}

extension Plan {
    /// The language the plan records, if it names one cnplan speaks.
    public var recordedLanguage: Language? { language.flatMap(Language.named) }

    /// The language its handouts speak: the one it records; a plan that records none was made in
    /// English (before cnplan spoke Chinese, or in an English session), unless it is still empty.
    public func handoutLanguage(empty session: Language) -> Language {
        recordedLanguage ?? (isEmpty ? session : .english)
    }
}

/// Looks up the texts a user reads, by key, in one language. Placeholders are `{name}`;
/// a plural entry has one key per category (`key#one`, `key#other`).
public struct Texts: Sendable {
    public let language: Language
    public init(_ language: Language) { self.language = language }

    /// The text for `key` with its placeholders filled in. A key missing from the language falls
    /// back to English (a test keeps every catalog complete).
    public func callAsFunction(_ key: String, _ args: [String: String] = [:]) -> String {
        fill(raw(key), args)
    }

    /// The plural form for `count`; `{n}` is the count.
    public func plural(_ key: String, _ count: Int, _ args: [String: String] = [:]) -> String {
        var all = args
        all["n"] = String(count)
        let k = key + "#" + language.plural(count)
        return fill(language.entries[k] ?? raw(key + "#other"), all)
    }

    /// True when the catalog has the key, for texts that exist only for some items.
    public func has(_ key: String) -> Bool { language.entries[key] != nil || Language.english.entries[key] != nil }

    func raw(_ key: String) -> String { language.entries[key] ?? Language.english.entries[key] ?? key }

    /// A list joined the way the language joins lists: `a, b, c` or `甲、乙、丙`.
    public func list(_ items: [String]) -> String { items.joined(separator: self("list.separator")) }

    private func fill(_ template: String, _ args: [String: String]) -> String {
        guard template.contains("{"), !args.isEmpty else { return template }
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            if let value = args[name] { out += value } else { out += rest[open...close] }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// The text for `key` cut at the placeholders `names`, to be filled many times.
    func template(_ key: String, _ names: [String]) -> Template { Template(raw(key), names: names) }

    /// The placeholders a template uses, for the catalog tests.
    static func placeholders(_ template: String) -> Set<String> {
        var names = Set<String>()
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}

/// A catalog text cut at its placeholders once, for a text filled many times: a handout fills the
/// same few texts for each of thousands of items, and parsing the text and building a dictionary
/// of arguments each time cost more than the rest of the row.
struct Template: Sendable {
    enum Part: Sendable {
        case text(String)
        /// The placeholder `names[i]`.
        case value(Int)
    }
    let parts: [Part]

    /// `names` are the placeholders to fill, by position; any other `{…}` stays as it is.
    init(_ template: String, names: [String]) {
        var parts: [Part] = []
        var text = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            text += rest[..<open]
            if let i = names.firstIndex(of: String(rest[rest.index(after: open)..<close])) {
                if !text.isEmpty { parts.append(.text(text)) }
                text = ""
                parts.append(.value(i))
            } else {
                text += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        text += rest
        if !text.isEmpty { parts.append(.text(text)) }
        self.parts = parts
    }

    /// The text with `values[i]` for `names[i]`.
    func fill(_ values: [String]) -> String {
        var out = ""
        for part in parts {
            switch part {
            case .text(let s): out += s
            case .value(let i): out += values[i]
            }
        }
        return out
    }
}
