/// An inline SVG picture for the HTML handout, written element by element. Every text goes through
/// `HTMLExporter.escape`; attribute values are numbers and class names from the code, never plan
/// text. Sizes are in the picture's own units: the page scales it to the width it has.
struct SVG {
    let width: Double
    var height: Double
    private var body: [String] = []

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// A number for an attribute: at most one decimal, no trailing `.0`.
    static func n(_ v: Double) -> String { formatNumber((v * 10).rounded() / 10) }

    mutating func open(_ className: String) { body.append("<g class=\"\(className)\">") }
    mutating func close() { body.append("</g>") }

    mutating func rect(
        x: Double, y: Double, width w: Double, height h: Double, radius: Double = 0, class c: String = ""
    ) {
        let r = radius > 0 ? " rx=\"\(Self.n(radius))\"" : ""
        body.append(
            "<rect\(attr(c)) x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" width=\"\(Self.n(w))\" height=\"\(Self.n(h))\"\(r)/>"
        )
    }

    mutating func circle(x: Double, y: Double, r: Double, class c: String) {
        body.append("<circle\(attr(c)) cx=\"\(Self.n(x))\" cy=\"\(Self.n(y))\" r=\"\(Self.n(r))\"/>")
    }

    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, class c: String) {
        body.append(
            "<line\(attr(c)) x1=\"\(Self.n(x1))\" y1=\"\(Self.n(y1))\" x2=\"\(Self.n(x2))\" y2=\"\(Self.n(y2))\"/>")
    }

    /// A path from points and commands the caller builds from numbers (`M 1 2 C …`).
    mutating func path(_ d: [String], class c: String) {
        body.append("<path\(attr(c)) d=\"\(d.joined(separator: " "))\"/>")
    }

    /// Lines of text, the first with its baseline at `y`; `anchor` is start, middle or end.
    mutating func text(
        _ lines: [String], x: Double, y: Double, size: Double, lineHeight: Double? = nil, anchor: String = "start",
        class c: String = "", rotate: Double? = nil
    ) {
        guard !lines.isEmpty else { return }
        let a = anchor == "start" ? "" : " text-anchor=\"\(anchor)\""
        let turn = rotate.map { " transform=\"rotate(\(Self.n($0)) \(Self.n(x)) \(Self.n(y)))\"" } ?? ""
        let head = "<text\(attr(c)) x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" font-size=\"\(Self.n(size))\"\(a)\(turn)>"
        if lines.count == 1 { return body.append(head + HTMLExporter.escape(lines[0]) + "</text>") }
        let dy = Self.n(lineHeight ?? size * 1.25)
        let spans = lines.enumerated().map { i, line in
            "<tspan x=\"\(Self.n(x))\"" + (i == 0 ? "" : " dy=\"\(dy)\"") + ">" + HTMLExporter.escape(line) + "</tspan>"
        }
        body.append(head + spans.joined() + "</text>")
    }

    private func attr(_ c: String) -> String { c.isEmpty ? "" : " class=\"\(c)\"" }

    /// The picture as an `<svg>` element; `label` names it for screen readers.
    func render(class c: String, label: String) -> String {
        let size = "\(Self.n(width)) \(Self.n(height))"
        let open =
            "<svg class=\"\(c)\" viewBox=\"0 0 \(size)\" role=\"img\" aria-label=\"\(HTMLExporter.escape(label))\">"
        return ([open] + body + ["</svg>"]).joined(separator: "\n")
    }
}

/// Text fitted into a box of a picture. Lines are broken by display width (`TextWidth`: a CJK
/// character is two columns), then each line's width in ems is checked with a cautious estimate,
/// so that a line fits whichever of the page's fonts draws it.
enum Label {
    /// The ellipsis that ends a cut line.
    static let ellipsis = "…"

    /// An upper estimate of the width of `text` in ems: wide characters 1, capitals and the widest
    /// letters 0.9, narrow ones 0.4, the rest 0.64 (DejaVu Sans, among the widest system fonts).
    static func ems(_ text: String, bold: Bool = false) -> Double {
        var w = 0.0
        for c in text {
            switch TextWidth.of(c) {
            case 0: continue
            case 2: w += 1
            default:
                if c.isUppercase || "mwMW@%&…—".contains(c) {
                    w += 0.9
                } else if " ilj.,:;'|!()[]frt".contains(c) {
                    w += 0.4
                } else {
                    w += 0.64
                }
            }
        }
        return bold ? w * 1.08 : w
    }

    /// `text` in at most `maxLines` lines of at most `width` ems; the last line ends with an
    /// ellipsis when the text is longer.
    static func fit(_ text: String, width: Double, maxLines: Int, bold: Bool = false) -> [String] {
        let flat = Board.safe(text.replacingNewlines).trimmingSpaces
        guard !flat.isEmpty, width > 1, maxLines > 0 else { return [] }
        // Columns of display width: a CJK character (2 columns) is 1 em; a Latin letter is narrower
        // than 1 em but wider than half, so lines are narrowed until their estimate fits.
        var columns = max(1, Int(width / 0.5))
        var lines = TextWidth.wrap(flat, width: columns)
        while columns > 1, lines.contains(where: { ems($0, bold: bold) > width }) {
            columns -= 1
            lines = TextWidth.wrap(flat, width: columns)
        }
        guard lines.count > maxLines else { return lines }
        var last = lines[maxLines - 1]
        while !last.isEmpty, ems(last + ellipsis, bold: bold) > width { last.removeLast() }
        return Array(lines.prefix(maxLines - 1)) + [last.trimmingSpaces + ellipsis]
    }
}
