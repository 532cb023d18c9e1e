/// The plan as a Markdown handout for any CommonMark/GFM viewer: a summary, one section per
/// step, tables, a Mermaid map and the open findings. Plan text is escaped so that it always
/// stays text: no HTML, link, heading or table cell can come from it.
public struct MarkdownExporter {
    public var plan: Plan
    public var context: CheckContext

    public init(plan: Plan, context: CheckContext) {
        self.plan = plan
        self.context = context
    }

    /// Escapes plan text for inline Markdown: line breaks become spaces, control characters are
    /// shown escaped, and every character that could start markup is backslash-escaped: emphasis,
    /// code, links, HTML, entities, table pipes, strikethrough, math, and the `:` and `www.` that GFM
    /// turns into autolinks. GFM links e-mail addresses whatever is escaped, so an invisible word
    /// joiner (U+2060) follows each `@`. Text never starts a line, so line-start markers need nothing.
    public static func inline(_ text: String) -> String {
        let safe = Board.safe(text.replacingNewlines).trimmingSpaces
        // Most text needs nothing: no markup character, no `@`, no `www.`.
        if !safe.utf8.contains(where: { $0 < 128 && (markup[Int($0)] || $0 == 0x40 || $0 == 0x2E) }) { return safe }
        var out: [UInt8] = []
        out.reserveCapacity(safe.utf8.count + 16)
        // The last three bytes, lower-cased, packed into one number: is this the dot of "www."?
        var last3: UInt32 = 0
        for b in safe.utf8 {
            if b < 128, markup[Int(b)] || (b == 0x2E && last3 == 0x77_7777) { out.append(0x5C) }
            out.append(b)
            if b == 0x40 { out += [0xE2, 0x81, 0xA0] }  // U+2060 WORD JOINER
            last3 = (last3 << 8 | UInt32((0x41...0x5A).contains(b) ? b | 0x20 : b)) & 0xFF_FFFF
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// ASCII characters that could start markup, by code.
    static let markup: [Bool] = (0..<128).map { "\\`*_[]<>|~&#:$!=".unicodeScalars.map(\.value).contains(UInt32($0)) }

    public func render() -> String {
        var out: [String] = []
        out.append("# " + (plan.title.map(Self.inline) ?? "Untitled plan"))
        out.append("")
        out.append(contentsOf: summary())
        out.append(contentsOf: objective())
        out.append(contentsOf: segments())
        out.append(contentsOf: behaviours())
        out.append(contentsOf: concepts())
        out.append(contentsOf: impacts())
        out.append(contentsOf: map())
        out.append(contentsOf: findings())
        return out.joined(separator: "\n") + "\n"
    }

    private func text(_ s: String?) -> String { s.map(Self.inline) ?? "—" }

    private func summary() -> [String] {
        var lines: [String] = []
        lines.append("> **Objective:** " + text(plan.objective.statement) + "  ")
        let chosen = plan.behaviours.map { $0.name.rawValue + " (" + $0.name.chinese + ")" }
        lines.append("> **Behaviours:** " + (chosen.isEmpty ? "—" : chosen.joined(separator: ", ")) + "  ")
        if let m = plan.impacts.first {
            lines.append("> **Headline impact:** " + headline(m))
        } else {
            lines.append("> **Headline impact:** —")
        }
        lines.append("")
        return lines
    }

    private func headline(_ m: Impact) -> String {
        var s = Self.inline(m.metric) + ": " + (m.baseline.map(formatNumber) ?? "?") + " → "
            + (m.resolvedTarget.map(Board.rounded) ?? "?")
        if let u = m.unit { s += " " + Self.inline(u) }
        if let p = m.changePercent { s += " (" + Self.inline(Board.percent(p)) + ")" }
        if let by = m.by { s += " by " + by.description }
        return s
    }

    private func objective() -> [String] {
        ["## Objective", "", "**Customer-facing objective:** " + text(plan.objective.statement) + "  ",
         "**Data-collection goal:** " + text(plan.objective.dataGoal), ""]
    }

    private func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }

    private func table(_ header: [String], _ rows: [[String]]) -> [String] {
        [row(header), row(header.map { _ in "---" })] + rows.map(row) + [""]
    }

    private func segments() -> [String] {
        guard !plan.segments.isEmpty else { return ["## Segments", "", "_No segments yet._", ""] }
        return ["## Segments", ""] + table(
            ["Id", "Segment", "Role", "Why it matters", "What they value", "Our unique value", "Barriers"],
            plan.segments.map { [$0.id, Self.inline($0.name), $0.role?.rawValue ?? "—", text($0.why), text($0.need), text($0.value), text($0.barriers)] })
    }

    private func behaviours() -> [String] {
        guard !plan.behaviours.isEmpty else { return ["## Behaviours", "", "_No behaviours chosen yet._", ""] }
        return ["## Behaviours", ""] + table(
            ["Rank", "Behaviour", "Value", "Effort", "Why"],
            plan.behaviours.enumerated().map {
                [String($0.offset + 1), $0.element.name.rawValue + " (" + $0.element.name.chinese + ")",
                 $0.element.value.map(String.init) ?? "—", $0.element.effort.map(String.init) ?? "—", text($0.element.why)]
            })
    }

    private func concepts() -> [String] {
        var lines = ["## Concepts", ""]
        if plan.concepts.isEmpty { return lines + ["_No concepts yet._", ""] }
        let segments = Dictionary(plan.segments.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        // Segment names are escaped once, not once per concept.
        let segmentNames = segments.mapValues { Self.inline($0.name) }
        for c in plan.concepts {
            var block = "### " + c.id + ": " + Self.inline(c.title) + "\n\n"
            block += "- **For segment:** " + (c.segment.map { id in id + (segmentNames[id].map { " " + $0 } ?? "") } ?? "—") + "\n"
            block += "- **Rests on:** " + (c.uses.isEmpty ? "—" : c.uses.map { $0.rawValue + " (" + $0.chinese + ")" }.joined(separator: ", ")) + "\n"
            block += "- **Description:** " + text(c.description) + "\n"
            block += "- **Value to the customer:** " + text(c.customerValue) + "\n"
            block += "- **Value to the organisation:** " + text(c.orgValue) + "\n"
            lines.append(block)
        }
        return lines
    }

    private func impacts() -> [String] {
        guard !plan.impacts.isEmpty else { return ["## Impact", "", "_No impacts yet._", ""] }
        return ["## Impact", ""] + table(
            ["Id", "Metric", "Baseline → target", "Change", "Unit", "By", "Concept"],
            plan.impacts.map {
                [$0.id, Self.inline($0.metric), Self.inline(Board.change($0)), $0.changePercent.map { Self.inline(Board.percent($0)) } ?? "—",
                 text($0.unit), $0.by?.description ?? "—", $0.concept ?? "—"]
            })
    }

    /// Mermaid label text: quotes, angle brackets, ampersands and backticks as Mermaid entities.
    static func mermaid(_ s: String) -> String {
        var out = ""
        for c in Board.safe(s.replacingNewlines).unicodeScalars {
            switch c {
            case "\"": out += "#quot;"
            case "<": out += "#lt;"
            case ">": out += "#gt;"
            case "&": out += "#amp;"
            case "`": out += "#96;"
            case "#": out += "#35;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    private func map() -> [String] {
        guard plan.objective.statement != nil || !plan.segments.isEmpty else { return [] }
        var lines = ["## Plan map", "", "```mermaid", "flowchart LR"]
        lines.append("  objective[\"Objective: " + Self.mermaid(plan.objective.statement ?? "not set") + "\"]")
        for s in plan.segments { lines.append("  \(s.id)[\"\(s.id): " + Self.mermaid(s.name) + "\"]") }
        for b in plan.behaviours { lines.append("  \(b.name.rawValue)([\"\(b.name.rawValue) \(b.name.chinese)\"])") }
        for c in plan.concepts { lines.append("  \(c.id)[\"\(c.id): " + Self.mermaid(c.title) + "\"]") }
        for m in plan.impacts { lines.append("  \(m.id)[\"\(m.id): " + Self.mermaid(m.metric) + " " + Self.mermaid(Board.change(m)) + "\"]") }
        for s in plan.segments { lines.append("  objective --> \(s.id)") }
        for c in plan.concepts {
            if let s = c.segment { lines.append("  \(s) --> \(c.id)") }
            for b in c.uses { lines.append("  \(b.rawValue) --> \(c.id)") }
        }
        for m in plan.impacts { if let c = m.concept { lines.append("  \(c) --> \(m.id)") } }
        return lines + ["```", ""]
    }

    private func findings() -> [String] {
        let found = Checks.run(plan, context: context)
        var lines = ["## Open findings", ""]
        if found.isEmpty { return lines + ["None: the plan passes every check.", ""] }
        for f in found {
            lines.append("- **\(f.severity.rawValue)** \(f.code) \(Self.inline(f.item)): " + Self.inline(f.message) + " (fix: " + Self.inline(f.fix) + ")")
        }
        return lines + [""]
    }
}

extension String {
    /// Line breaks (LF, CR, CRLF) as single spaces.
    var replacingNewlines: String {
        guard utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return self }
        var out = String.UnicodeScalarView()
        var afterCR = false
        for s in unicodeScalars {
            if s == "\n", afterCR { afterCR = false; continue }
            afterCR = s == "\r"
            out.append(s == "\n" || s == "\r" ? " " : s)
        }
        return String(out)
    }
}
