/// The plan as a Markdown handout for any CommonMark/GFM viewer: a summary, one section per
/// step, tables, a Mermaid map and the open findings. Plan text is escaped so that it always
/// stays text: no HTML, link, heading or table cell can come from it.
public struct MarkdownExporter {
    public var plan: Plan
    public var context: CheckContext
    let t: Texts

    public init(plan: Plan, context: CheckContext, texts: Texts) {
        self.plan = plan
        self.context = context
        t = texts
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
        out.append("# " + (plan.title.map(Self.inline) ?? t("md.untitled")))
        out.append("")
        out.append(contentsOf: workshop())
        out.append(contentsOf: summary())
        out.append(contentsOf: objective())
        out.append(contentsOf: table(.segment, plan.segments, Segment.fields, first: [t("md.id")]) { [$0.id] })
        out.append(
            contentsOf: table(
                .behaviour, plan.behaviours, BehaviourChoice.fields, first: [t("md.rank"), t("md.behaviour")]
            ) {
                [String((plan.rank(of: $0.name) ?? 0)), behaviour($0.name)]
            })
        out.append(contentsOf: concepts())
        out.append(contentsOf: matrices())
        out.append(contentsOf: votes())
        out.append(contentsOf: table(.impact, plan.impacts, Impact.fields, first: [t("md.id")]) { [$0.id] })
        out.append(contentsOf: progressSection())
        out.append(contentsOf: map())
        out.append(contentsOf: findings())
        return out.joined(separator: "\n") + "\n"
    }

    private func behaviour(_ b: Behaviour) -> String { t.behaviourForHandout(b) }

    /// A field's value as handout text; `—` when unset.
    private func cell(_ f: FieldInfo, _ value: FieldValue?) -> String {
        switch value {
        case nil: "—"
        case .text(let s)?: Self.inline(s)
        case .choice(let v)?: if case .choice(let c) = f.type { Self.inline(t.choice(c, v)) } else { Self.inline(v) }
        case .choices(let list)?:
            if case .choices(let c) = f.type {
                Self.inline(t.list(list.map { t.choice(c, $0) }))
            } else {
                Self.inline(t.list(list))
            }
        case .reference(let id)?: id
        case .behaviours(let list)?: t.list(list.map(behaviour))
        case .names(let list)?: t.list(list.map(Self.inline))
        case .date(let d)?: t.date(d)
        case .score(let n)?: String(n)
        case .number(let n)?: formatNumber(n)
        case .target(let target)?: Self.inline(target.text)
        }
    }

    private func summary() -> [String] {
        var lines: [String] = []
        lines.append("> **" + t("md.summary.objective") + "** " + text(plan.objective.statement) + "  ")
        let chosen = plan.behaviours.map { behaviour($0.name) }
        lines.append("> **" + t("md.summary.behaviours") + "** " + (chosen.isEmpty ? "—" : t.list(chosen)) + "  ")
        lines.append("> **" + t("md.summary.headline") + "** " + (plan.impacts.first.map(headline) ?? "—"))
        lines.append("")
        return lines
    }

    private func text(_ s: String?) -> String { s.map(Self.inline) ?? "—" }

    private func headline(_ m: Impact) -> String {
        var s = t.change(m)
        if let u = m.unit { s += " " + Self.inline(u) }
        if let p = t.percentChange(m) { s += t("md.headline.change", ["change": Self.inline(p)]) }
        if let by = m.by { s += t("md.headline.by", ["date": t.date(by)]) }
        return Self.inline(m.metric) + t("md.headline.colon") + s
    }

    private func objective() -> [String] {
        var lines = ["## " + t("md.heading.objective"), ""]
        let fields = ItemKind.plan.fields.filter { $0.need != .notCounted }
        for (n, f) in fields.enumerated() {
            let v = plan.value(.plan, "", f.key)
            lines.append("**" + t(f.text("heading")) + "** " + cell(f, v) + (n < fields.count - 1 ? "  " : ""))
        }
        return lines + [""]
    }

    func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }

    /// One step's items as a table: the first columns, then one column a field. An impact's
    /// baseline and target share a column, with the change beside it.
    private func table<Item>(
        _ kind: ItemKind, _ items: [Item], _ fields: [Field<Item>], first: [String], lead: (Item) -> [String]
    ) -> [String] {
        let heading = "## " + t("md.heading.\(kind.rawValue)")
        guard !items.isEmpty else { return [heading, "", "_" + t("md.none.\(kind.rawValue)") + "_", ""] }
        // A detail gets a column only when some item has it.
        let fields = fields.filter { f in f.info.need != .detail || items.contains { f.get($0) != nil } }
        var header = first
        for f in fields.map(\.info) where f.type != .number {
            header += f.type == .target ? [t("md.baselineToTarget"), t("md.change")] : [t(f.text("heading"))]
        }
        var rows: [String] = []
        for item in items {
            var cells = lead(item)
            for f in fields where f.info.type != .number {
                if f.info.type == .target, let m = item as? Impact {
                    cells += [Self.inline(t.change(m)), t.percentChange(m).map(Self.inline) ?? "—"]
                } else {
                    cells.append(cell(f.info, f.get(item)))
                }
            }
            rows.append(row(cells))
        }
        return [heading, "", row(header), row(header.map { _ in "---" })] + rows + [""]
    }

    private func concepts() -> [String] {
        var lines = ["## " + t("md.heading.concept"), ""]
        if plan.concepts.isEmpty { return lines + ["_" + t("md.none.concept") + "_", ""] }
        // Segment names are escaped once, not once per concept.
        var segmentNames: [String: String] = [:]
        for s in plan.segments where segmentNames[s.id] == nil { segmentNames[s.id] = Self.inline(s.name) }
        for c in plan.concepts {
            var block = "### " + t("md.item", ["id": c.id, "name": Self.inline(c.title)]) + "\n\n"
            for f in Concept.fields where f.info.type != .name && (f.info.need != .detail || f.get(c) != nil) {
                var value = cell(f.info, f.get(c))
                if case .reference(let id)? = f.get(c), let name = segmentNames[id] { value += " " + name }
                block += "- **" + t(f.info.text("heading")) + "** " + value + "\n"
            }
            lines.append(block)
        }
        return lines
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
        var lines = ["## " + t("md.heading.map"), "", "```mermaid", "flowchart LR"]
        let objective = t("md.map.objective", ["text": Self.mermaid(plan.objective.statement ?? t("md.map.notSet"))])
        lines.append("  objective[\"" + objective + "\"]")
        func node(_ id: String, _ name: String) -> String {
            "  \(id)[\"" + t("md.item", ["id": id, "name": Self.mermaid(name)]) + "\"]"
        }
        for s in plan.segments { lines.append(node(s.id, s.name)) }
        for b in plan.behaviours { lines.append("  \(b.name.rawValue)([\"" + t.behaviourWithChinese(b.name) + "\"])") }
        for c in plan.concepts { lines.append(node(c.id, c.title)) }
        for m in plan.impacts { lines.append(node(m.id, m.metric + " " + t.change(m))) }
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
        var lines = ["## " + t("md.heading.findings"), ""]
        if found.isEmpty { return lines + [t("md.findings.none"), ""] }
        for f in found {
            let item = f.itemName(t)
            lines.append(
                "- **\(t("severity.\(f.severity.rawValue)"))** \(f.code) \(Self.inline(item)): "
                    + Self.inline(f.message(t))
                    + t("md.findings.fix", ["fix": Self.inline(f.fix(t))]))
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
            if s == "\n", afterCR {
                afterCR = false
                continue
            }
            afterCR = s == "\r"
            out.append(s == "\n" || s == "\r" ? " " : s)
        }
        return String(out)
    }
}
