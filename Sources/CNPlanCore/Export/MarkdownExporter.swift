/// The plan as a Markdown handout for any CommonMark/GFM viewer: a summary, one section per
/// step, tables, a Mermaid map and the open findings. Plan text is escaped so that it always
/// stays text: no HTML, link, heading or table cell can come from it.
public struct MarkdownExporter: Sendable {
    public var plan: Plan
    public var context: CheckContext
    let t: Texts
    let words: Words

    public init(plan: Plan, context: CheckContext, texts: Texts) {
        self.plan = plan
        self.context = context
        t = texts
        words = Words(texts)
    }

    /// Escapes plan text for inline Markdown: line breaks become spaces, control characters are
    /// shown escaped, and every character that could start markup is backslash-escaped: emphasis,
    /// code, links, HTML, entities, table pipes, strikethrough, math, and the `:` and `www.` that GFM
    /// turns into autolinks. GFM links e-mail addresses whatever is escaped, so an invisible word
    /// joiner (U+2060) follows each `@`. Text never starts a line, so line-start markers need nothing.
    public static func inline(_ text: String) -> String {
        var out = MarkdownText(capacity: text.utf8.count + 16)
        out.inline(text)
        return out.text
    }

    public func render() -> String { String(decoding: bytes(), as: UTF8.self) }

    /// The handout as the UTF-8 bytes a file holds: never made a `String`, whose check of the
    /// UTF-8 and copy cost as much as a tenth of the export.
    public func bytes() -> [UInt8] {
        let parts = parts()
        return parts.count == 1 ? parts[0] : Array(parts.joined())
    }

    /// The handout in one or two parts, to be written one after the other: a large plan's last
    /// sections (impacts, progress, the map, the findings; a third of the time) are written on the
    /// other core while the first ones are, each part into an array of its own, so that no part is
    /// ever copied into another and the peak memory is that of one buffer. `tailBeside` decides,
    /// for tests; nil decides by size.
    public func parts(tailBeside: Bool? = nil) -> [[UInt8]] {
        let items = plan.segments.count + plan.behaviours.count + plan.concepts.count + plan.impacts.count
        // The checks run beside the writing, on the other core: their findings come last, and in a
        // large plan they take a seventh of the time the rest of the handout does.
        let found = Beside(large: items >= 500) { [plan, context] in Checks.run(plan, context: context) }
        guard tailBeside ?? (items >= 500) else {
            return [
                Self.written(room: 1024 * items) {
                    writeHead(&$0)
                    writeTail(&$0, found)
                }
            ]
        }
        let tail = Beside(large: true) { [self] in Self.written(room: 512 * items) { writeTail(&$0, found) } }
        return [Self.written(room: 1024 * items) { writeHead(&$0) }, tail.value]
    }

    /// What `write` writes, straight into the array returned, with room for all of it at once
    /// (pages reserved but never written take no memory); text larger than that, which no plan
    /// comes near, is written on in a buffer of its own and copied.
    private static func written(room: Int, _ write: (inout MarkdownText) -> Void) -> [UInt8] {
        var larger: [UInt8]?
        let text = [UInt8](unsafeUninitializedCapacity: (1 << 16) + room) { buffer, written in
            var out = MarkdownText(into: buffer)
            write(&out)
            if out.owned { larger = out.bytes } else { written = out.count }
        }
        return larger ?? text
    }

    /// The handout up to the concepts' matrices and the votes.
    private func writeHead(_ out: inout MarkdownText) {
        out.write("# ")
        if let title = plan.title { out.inline(title) } else { out.write(t("md.untitled")) }
        out.line()
        out.line()
        workshop(&out)
        summary(&out)
        objective(&out)
        table(&out, .segment, plan.segments, Segment.fields, first: [t("md.id")]) { s, out in out.write(s.id) }
        table(&out, .behaviour, plan.behaviours, BehaviourChoice.fields, first: [t("md.rank"), t("md.behaviour")]) {
            b, out in
            out.write(String(plan.rank(of: b.name) ?? 0))
            out.write(" | ")
            out.write(words.behaviour(b.name))
        }
        concepts(&out)
        matrices(&out)
        votes(&out)
    }

    /// The handout from the impacts on.
    private func writeTail(_ out: inout MarkdownText, _ found: Beside<[Finding]>) {
        table(&out, .impact, plan.impacts, Impact.fields, first: [t("md.id")]) { m, out in out.write(m.id) }
        progressSection(&out)
        map(&out)
        findings(&out, found.value)
    }

    /// The texts the handout writes for many items, looked up and cut at their placeholders once.
    struct Words {
        let separator: String
        /// The mark of an empty cell or value.
        let empty: String
        /// `{id}: {name}`: a concept's heading, a node of the map.
        let item: Template
        let day: Template
        let month: Template
        private let change: Template
        private let behaviours: [(Behaviour, String)]

        init(_ t: Texts) {
            separator = t("list.separator")
            empty = t("md.empty")
            item = t.template("md.item", ["id", "name"])
            day = t.dateFormat(day: true)
            month = t.dateFormat(day: false)
            change = t.changeFormat()
            behaviours = Behaviour.allCases.map { ($0, t.behaviourForHandout($0)) }
        }

        func change(_ m: Impact) -> String { change.fill(Texts.changeValues(m)) }
        func behaviour(_ b: Behaviour) -> String { behaviours.first { $0.0 == b }!.1 }
    }

    /// A date as `Texts.date` writes it, written straight into the handout.
    func date(_ out: inout MarkdownText, _ d: PlanDate) {
        out.write(d.day == nil ? words.month : words.day) { i, out in
            let (number, digits) = Texts.datePart(d, i)
            out.write(number, digits: digits)
        }
    }

    /// A value of a field of type `type` as handout text; the empty cell's mark when unset. The type,
    /// not the whole field: a copy of the field's texts for each cell cost more than the cell.
    private func cell(_ out: inout MarkdownText, _ type: FieldKind, _ value: FieldValue?) {
        switch value {
        case nil: out.write(words.empty)
        case .text(let s)?: out.inline(s)
        case .choice(let v)?: if case .choice(let c) = type { out.inline(t.choice(c, v)) } else { out.inline(v) }
        case .choices(let list)?:
            if case .choices(let c) = type {
                out.inline(t.list(list.map { t.choice(c, $0) }))
            } else {
                out.inline(t.list(list))
            }
        case .reference(let id)?: out.write(id)
        case .behaviours(let list)?: out.list(list, words.separator) { b, out in out.write(words.behaviour(b)) }
        case .names(let list)?: out.list(list, words.separator) { s, out in out.inline(s) }
        case .date(let d)?: date(&out, d)
        case .score(let n)?: out.write(String(n))
        case .number(let n)?: out.write(formatNumber(n))
        case .target(let target)?: out.inline(target.text)
        }
    }

    private func summary(_ out: inout MarkdownText) {
        out.write("> **" + t("md.summary.objective") + "** ")
        text(&out, plan.objective.statement)
        out.line("  ")
        out.write("> **" + t("md.summary.behaviours") + "** ")
        if plan.behaviours.isEmpty { out.write(words.empty) }
        out.list(plan.behaviours, words.separator) { b, out in out.write(words.behaviour(b.name)) }
        out.line("  ")
        out.write("> **" + t("md.summary.headline") + "** ")
        if let m = plan.impacts.first { headline(&out, m) } else { out.write(words.empty) }
        out.line()
        out.line()
    }

    private func text(_ out: inout MarkdownText, _ s: String?) {
        if let s { out.inline(s) } else { out.write(words.empty) }
    }

    private func headline(_ out: inout MarkdownText, _ m: Impact) {
        out.inline(m.metric)
        out.write(t("md.headline.colon") + words.change(m))
        if let u = m.unit {
            out.write(" ")
            out.inline(u)
        }
        if let p = t.percentChange(m) {
            out.write(t.template("md.headline.change", ["change"])) { _, out in out.inline(p) }
        }
        if let by = m.by { out.write(t.template("md.headline.by", ["date"])) { _, out in date(&out, by) } }
    }

    private func objective(_ out: inout MarkdownText) {
        out.line("## " + t("md.heading.objective"))
        out.line()
        let fields = ItemKind.plan.fields.filter { $0.need != .notCounted }
        for (n, f) in fields.enumerated() {
            out.write("**" + t(f.text("heading")) + "** ")
            cell(&out, f.type, plan.value(.plan, "", f.key))
            out.line(n < fields.count - 1 ? "  " : "")
        }
        out.line()
    }

    /// A table row of `cells`.
    func row(_ out: inout MarkdownText, _ cells: [String]) { out.line("| " + cells.joined(separator: " | ") + " |") }

    /// One step's items as a table: the first columns, which `lead` writes separated by ` | `, then
    /// one column a field. An impact's baseline and target share a column, with the change beside it.
    private func table<Item>(
        _ out: inout MarkdownText, _ kind: ItemKind, _ items: [Item], _ fields: [Field<Item>], first: [String],
        lead: (Item, inout MarkdownText) -> Void
    ) {
        out.line("## " + t("md.heading.\(kind.rawValue)"))
        out.line()
        guard !items.isEmpty else {
            out.line("_" + t("md.none.\(kind.rawValue)") + "_")
            out.line()
            return
        }
        // A detail gets a column only when some item has it; numbers show in the target's column.
        let fields = fields.filter { f in
            f.info.type != .number && (f.info.need != .detail || items.contains { f.get($0) != nil })
        }
        var header = first
        for f in fields.map(\.info) {
            header += f.type == .target ? [t("md.baselineToTarget"), t("md.change")] : [t(f.text("heading"))]
        }
        row(&out, header)
        row(&out, header.map { _ in "---" })
        for item in items {
            out.write("| ")
            lead(item, &out)
            for k in fields.indices {
                out.write(" | ")
                if fields[k].info.type == .target, let m = item as? Impact {
                    out.inline(words.change(m))
                    out.write(" | ")
                    text(&out, t.percentChange(m))
                } else {
                    cell(&out, fields[k].info.type, fields[k].get(item))
                }
            }
            out.line(" |")
        }
        out.line()
    }

    private func concepts(_ out: inout MarkdownText) {
        out.line("## " + t("md.heading.concept"))
        out.line()
        if plan.concepts.isEmpty {
            out.line("_" + t("md.none.concept") + "_")
            out.line()
            return
        }
        // Segment names are escaped once, not once per concept; each field's line starts the same
        // way for every concept.
        var segmentNames: [String: String] = [:]
        for s in plan.segments where segmentNames[s.id] == nil { segmentNames[s.id] = Self.inline(s.name) }
        let fields = Concept.fields.filter { $0.info.type != .name }
        let starts = fields.map { "- **" + t($0.info.text("heading")) + "** " }
        for c in plan.concepts {
            out.write("### ")
            out.write(words.item) { i, out in if i == 0 { out.write(c.id) } else { out.inline(c.title) } }
            out.line()
            out.line()
            // By index: a field taken out of the array is a copy of its texts and closures.
            for k in fields.indices {
                let value = fields[k].get(c)
                if value == nil, fields[k].info.need == .detail { continue }
                out.write(starts[k])
                cell(&out, fields[k].info.type, value)
                if case .reference(let id)? = value, let name = segmentNames[id] {
                    out.write(" ")
                    out.write(name)
                }
                out.line()
            }
            out.line()
        }
    }

    private func map(_ out: inout MarkdownText) {
        guard plan.objective.statement != nil || !plan.segments.isEmpty else { return }
        for line in ["## " + t("md.heading.map"), "", "```mermaid", "flowchart LR"] { out.line(line) }
        out.write("  objective[\"")
        out.write(t.template("md.map.objective", ["text"])) { _, out in
            out.mermaid(plan.objective.statement ?? t("md.map.notSet"))
        }
        out.line("\"]")
        // Written piece by piece: joining the pieces first made a string of each.
        func node(_ id: String, _ name: (inout MarkdownText) -> Void) {
            out.write("  ")
            out.write(id)
            out.write("[\"")
            out.write(words.item) { i, out in if i == 0 { out.write(id) } else { name(&out) } }
            out.line("\"]")
        }
        func edge(_ from: String, _ to: String) {
            out.write("  ")
            out.write(from)
            out.write(" --> ")
            out.line(to)
        }
        for s in plan.segments { node(s.id) { $0.mermaid(s.name) } }
        for b in plan.behaviours { out.line("  \(b.name.rawValue)([\"" + t.behaviourWithChinese(b.name) + "\"])") }
        // By index: a concept taken out of the array is a copy of all its texts.
        for i in plan.concepts.indices { node(plan.concepts[i].id) { $0.mermaid(plan.concepts[i].title) } }
        for m in plan.impacts {
            // Escaped in two parts as it would be whole: Board.safe and the entities act on each
            // character alone.
            node(m.id) {
                $0.mermaid(m.metric)
                $0.write(" ")
                $0.mermaid(words.change(m))
            }
        }
        for s in plan.segments { edge("objective", s.id) }
        for i in plan.concepts.indices {
            if let s = plan.concepts[i].segment { edge(s, plan.concepts[i].id) }
            for b in plan.concepts[i].uses { edge(b.rawValue, plan.concepts[i].id) }
        }
        for m in plan.impacts { if let c = m.concept { edge(c, m.id) } }
        out.line("```")
        out.line()
    }

    private func findings(_ out: inout MarkdownText, _ found: [Finding]) {
        out.line("## " + t("md.heading.findings"))
        out.line()
        if found.isEmpty {
            out.line(t("md.findings.none"))
            out.line()
            return
        }
        let fix = t.template("md.findings.fix", ["fix"])
        for f in found {
            out.write("- **\(t("severity.\(f.severity.rawValue)"))** \(f.code) ")
            out.inline(f.itemName(t))
            out.write(": ")
            out.inline(f.message(t))
            out.write(fix) { _, out in out.inline(f.fix(t)) }
            out.line()
        }
        out.line()
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
