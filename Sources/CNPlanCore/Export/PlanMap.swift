/// The plan map of the HTML handout as SVG, in four columns: the objective; the segments, and the
/// chosen behaviours under them; the concepts; the impacts. Arrows run objective → segment →
/// concept ← behaviour, and concept → impact. Labels are wrapped to their boxes, long ones cut.
struct PlanMap {
    let plan: Plan
    let t: Texts

    /// One box of the map.
    private struct Node {
        var key: String
        var kind: ItemKind
        var column: Int
        /// The small bold first line: an id.
        var tag: String?
        var lines: [String]
        /// A last line in bold: an impact's change.
        var strong: [String] = []
        var y = 0.0
        var height: Double {
            let rows = Double(lines.count + strong.count) * PlanMap.lineHeight
            return PlanMap.padding * 2 + (tag == nil ? 0 : PlanMap.tagHeight) + max(rows, PlanMap.lineHeight)
        }
    }

    static let width = 680.0
    static let gap = 30.0
    static let columnWidth = (width - 3 * gap) / 4
    static let padding = 6.0
    static let fontSize = 10.5
    static let tagSize = 8.5
    static let lineHeight = 13.0
    static let tagHeight = 11.0
    static let headSize = 9.5
    /// The top of the boxes, under the column heads.
    static let top = 22.0
    static let spacing = 8.0

    static let textWidth = (columnWidth - 2 * padding) / fontSize

    func render() -> String? {
        guard plan.objective.statement != nil || !plan.segments.isEmpty || !plan.concepts.isEmpty else { return nil }
        var nodes = layout()
        let height = (nodes.map { $0.y + $0.height }.max() ?? Self.top) + 4
        var svg = SVG(width: Self.width, height: height)
        heads(&svg, nodes)
        edges(&svg, &nodes)
        for node in nodes { draw(&svg, node) }
        return svg.render(class: "map", label: t("md.heading.map"))
    }

    private func fit(_ text: String, lines: Int) -> [String] { Label.fit(text, width: Self.textWidth, maxLines: lines) }

    /// The boxes with their columns and heights, stacked in each column and centred on the tallest.
    private func layout() -> [Node] {
        var nodes: [Node] = []
        let objective = plan.objective.statement ?? t("md.map.notSet")
        nodes.append(Node(key: "objective", kind: .plan, column: 0, tag: nil, lines: fit(objective, lines: 8)))
        for s in plan.segments {
            nodes.append(Node(key: s.id, kind: .segment, column: 1, tag: s.id, lines: fit(s.name, lines: 4)))
        }
        for b in plan.behaviours {
            let name = t.behaviourWithChinese(b.name)
            nodes.append(Node(key: b.name.rawValue, kind: .behaviour, column: 1, tag: nil, lines: fit(name, lines: 2)))
        }
        for c in plan.concepts {
            nodes.append(Node(key: c.id, kind: .concept, column: 2, tag: c.id, lines: fit(c.title, lines: 4)))
        }
        for m in impactsInOrder() {
            var change = t.change(m)
            if let u = m.unit { change += " " + u }
            var node = Node(key: m.id, kind: .impact, column: 3, tag: m.id, lines: fit(m.metric, lines: 3))
            node.strong = Label.fit(change, width: Self.textWidth, maxLines: 2, bold: true)
            nodes.append(node)
        }
        // Column 1 holds the segments, then the behaviours under their own head.
        let behaviourHead = plan.segments.isEmpty || plan.behaviours.isEmpty ? 0.0 : Self.headSize + 10
        var heights = [Double](repeating: 0, count: 4)
        for n in nodes { heights[n.column] += n.height + Self.spacing }
        heights[1] += behaviourHead
        let tallest = heights.max() ?? 0
        var y = heights.map { Self.top + (tallest - $0) / 2 }
        for i in nodes.indices {
            let column = nodes[i].column
            if nodes[i].kind == .behaviour, nodes[i].key == plan.behaviours.first?.name.rawValue {
                y[1] += behaviourHead
            }
            nodes[i].y = y[column]
            y[column] += nodes[i].height + Self.spacing
        }
        return nodes
    }

    /// Impacts grouped by the concept they measure, in the concepts' order, so arrows cross less.
    private func impactsInOrder() -> [Impact] {
        let order = Dictionary(plan.concepts.enumerated().map { ($1.id, $0) }) { a, _ in a }
        return plan.impacts.enumerated().sorted { a, b in
            let ka = a.element.concept.flatMap { order[$0] } ?? Int.max
            let kb = b.element.concept.flatMap { order[$0] } ?? Int.max
            return ka != kb ? ka < kb : a.offset < b.offset
        }.map(\.element)
    }

    private static func x(_ column: Int) -> Double { Double(column) * (columnWidth + gap) }

    private func heads(_ svg: inout SVG, _ nodes: [Node]) {
        let heads = ["md.heading.objective", "md.heading.segment", "md.heading.concept", "md.heading.impact"]
        let size = Self.headSize
        for (column, key) in heads.enumerated() {
            let text = Label.fit(t(key), width: Self.columnWidth / size, maxLines: 1, bold: true)
            svg.text(
                text, x: Self.x(column) + Self.columnWidth / 2, y: size + 2, size: size, anchor: "middle", class: "head"
            )
        }
        if !plan.segments.isEmpty, let first = nodes.first(where: { $0.kind == .behaviour }) {
            let text = Label.fit(t("md.heading.behaviour"), width: Self.columnWidth / size, maxLines: 1, bold: true)
            svg.text(
                text, x: Self.x(1) + Self.columnWidth / 2, y: first.y - 6, size: size, anchor: "middle", class: "head")
        }
    }

    /// The arrows. Where several meet one side of a box, they spread over it in the order of the
    /// boxes at their other ends.
    private func edges(_ svg: inout SVG, _ nodes: inout [Node]) {
        var pairs: [(from: String, to: String)] = []
        for s in plan.segments { pairs.append(("objective", s.id)) }
        for c in plan.concepts {
            if let s = c.segment { pairs.append((s, c.id)) }
            for b in plan.behaviours where c.uses.contains(b.name) { pairs.append((b.name.rawValue, c.id)) }
        }
        for m in plan.impacts { if let c = m.concept { pairs.append((c, m.id)) } }
        let index = Dictionary(nodes.enumerated().map { ($1.key, $0) }) { a, _ in a }
        let edges = pairs.compactMap { p in index[p.from].flatMap { a in index[p.to].map { (a, $0) } } }
        // Each box's arrows on each side, in the order of the boxes at their other ends: found once,
        // not by searching every arrow for every arrow's two ends.
        var outs: [Int: [Int]] = [:]
        var ins: [Int: [Int]] = [:]
        for (a, b) in edges {
            outs[a, default: []].append(b)
            ins[b, default: []].append(a)
        }
        func ports(_ sides: [Int: [Int]]) -> [Int: [Int: Int]] {
            sides.mapValues { others in
                let sorted = others.enumerated().sorted {
                    (nodes[$0.element].y, $0.offset) < (nodes[$1.element].y, $1.offset)
                }
                var at: [Int: Int] = [:]
                for (i, o) in sorted.map(\.element).enumerated() where at[o] == nil { at[o] = i }
                return at
            }
        }
        let outPorts = ports(outs)
        let inPorts = ports(ins)
        func port(_ node: Int, _ other: Int, outgoing: Bool) -> Double {
            let count = (outgoing ? outs[node] : ins[node])?.count ?? 0
            let i = Double((outgoing ? outPorts : inPorts)[node]?[other] ?? 0)
            return nodes[node].y + nodes[node].height * (i + 1) / Double(count + 1)
        }
        let arrow = 5.0
        for (a, b) in edges {
            let x1 = Self.x(nodes[a].column) + Self.columnWidth
            let x2 = Self.x(nodes[b].column) - arrow
            let y1 = port(a, b, outgoing: true)
            let y2 = port(b, a, outgoing: false)
            let bend = (x2 - x1) / 2
            let n = SVG.n
            svg.path(
                ["M", n(x1), n(y1), "C", n(x1 + bend), n(y1), n(x2 - bend), n(y2), n(x2), n(y2)],
                class: "edge from-\(nodes[a].kind.rawValue)")
            svg.path(
                ["M", n(x2), n(y2 - 3.5), "L", n(x2 + arrow), n(y2), "L", n(x2), n(y2 + 3.5), "Z"], class: "arrow")
        }
    }

    private func draw(_ svg: inout SVG, _ node: Node) {
        let x = Self.x(node.column)
        svg.open("node \(node.kind.rawValue)")
        let pill = node.kind == .behaviour
        svg.rect(x: x, y: node.y, width: Self.columnWidth, height: node.height, radius: pill ? node.height / 2 : 5)
        var y = node.y + Self.padding
        let textX = pill ? x + Self.columnWidth / 2 : x + Self.padding
        let anchor = pill ? "middle" : "start"
        if let tag = node.tag {
            svg.text([tag], x: textX, y: y + Self.tagSize - 1, size: Self.tagSize, class: "tag")
            y += Self.tagHeight
        }
        // A baseline sits about 0.8 em below the top of its line.
        let first = y + Self.fontSize * 0.85 + (Self.lineHeight - Self.fontSize) / 2
        svg.text(node.lines, x: textX, y: first, size: Self.fontSize, lineHeight: Self.lineHeight, anchor: anchor)
        if !node.strong.isEmpty {
            let strongY = first + Double(node.lines.count) * Self.lineHeight
            svg.text(
                node.strong, x: textX, y: strongY, size: Self.fontSize, lineHeight: Self.lineHeight, class: "strong")
        }
        svg.close()
    }
}
