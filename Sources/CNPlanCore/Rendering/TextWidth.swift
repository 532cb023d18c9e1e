/// Terminal column widths of text: East Asian wide and fullwidth characters and emoji take two
/// columns, combining marks none.
public enum TextWidth {
    public static func of(_ c: Character) -> Int {
        var width = 0
        for s in c.unicodeScalars {
            if isWide(s) || s.properties.isEmojiPresentation { return 2 }
            switch s.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format, .control: continue
            default: width = 1
            }
        }
        return width
    }

    public static func of(_ s: String) -> Int {
        var n = 0
        for c in s { n += of(c) }
        return n
    }

    static func isWide(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            true
        default: false
        }
    }

    /// Pads with spaces to `width` columns.
    public static func pad(_ s: String, to width: Int) -> String {
        let w = of(s)
        return w >= width ? s : s + String(repeating: " ", count: width - w)
    }

    /// Breaks text into lines of at most `width` columns, at spaces and between CJK characters
    /// where it can, anywhere where it must (a word longer than the line).
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0, of(text) > width else { return [text] }
        return lines(units(text), width: width, hang: 0)
    }

    /// Text fitted to a terminal `width` columns wide: each line longer than that is wrapped, its
    /// continuation lines indented like the line (under the second column when it has two, as
    /// help and tables do). Colour sequences take no columns.
    public static func fit(_ text: String, width: Int) -> String {
        guard width > 0 else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let u = units(String(line))
            guard u.reduce(0, { $0 + $1.width }) > width else { return String(line) }
            return lines(u, width: width, hang: hang(u, width: width)).joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// A character, or a whole colour sequence (ESC [ … m) of no width.
    struct Unit {
        var text: String
        var width: Int
        var isSpace: Bool { text == " " }
        var isWide: Bool { width == 2 }
    }

    static func units(_ text: String) -> [Unit] {
        var out: [Unit] = []
        var escape: String?
        for c in text {
            if var e = escape {
                e.append(c)
                if c.isLetter {
                    out.append(Unit(text: e, width: 0))
                    escape = nil
                } else {
                    escape = e
                }
            } else if c == "\u{1B}" {
                escape = String(c)
            } else {
                out.append(Unit(text: String(c), width: of(c)))
            }
        }
        if let e = escape { out.append(Unit(text: e, width: 0)) }
        return out
    }

    /// The marks that start a line of a list (a diff's `+ - ~`, a merge's `+ * !`): a line that
    /// wraps keeps its mark alone in its column, its text hanging under the text.
    static let marks: Set<String> = ["+", "-", "~", "!", "*", "•"]

    /// The column continuation lines start at: after the first gap of two or more spaces that
    /// follows the line's first text, when it is in the left half (a second column); else the
    /// line's own indentation, past its mark when it starts with one. Never so deep that little
    /// room is left.
    static func hang(_ u: [Unit], width: Int) -> Int {
        var lead = u.prefix { $0.isSpace }.count
        if lead + 2 < u.count, marks.contains(u[lead].text), u[lead + 1].isSpace, !u[lead + 2].isSpace {
            lead += 2
        }
        var column = 0
        var spaces = 0
        var seenText = false
        for unit in u {
            if unit.isSpace {
                spaces += 1
            } else {
                if seenText, spaces >= 2 { return column <= width / 2 ? column : (lead <= width / 2 ? lead : 0) }
                if unit.width > 0 { seenText = true }
                spaces = 0
            }
            column += unit.width
        }
        return lead <= width / 2 ? lead : 0
    }

    /// CJK punctuation that must not start a line.
    static let closing: Set<String> = ["，", "。", "、", "；", "：", "？", "！", "）", "》", "」", "』", "】", "…"]

    /// Greedy line filling: breaks after spaces (dropped at the break), before and after wide
    /// characters (except before closing punctuation), and hard where a word does not fit.
    static func lines(_ u: [Unit], width: Int, hang: Int) -> [String] {
        let indent = Array(repeating: Unit(text: " ", width: 1), count: hang)
        var out: [String] = []
        var line: [Unit] = []
        var lineWidth = 0
        var breakAt: Int?
        func emit(_ part: ArraySlice<Unit>) {
            var part = part
            while part.last?.isSpace == true { part = part.dropLast() }
            out.append(part.map(\.text).joined())
        }
        for unit in u {
            if unit.isSpace {
                // A continuation line starts with its text, not with the spaces the break fell in.
                if line.count == hang, !out.isEmpty { continue }
                if lineWidth + 1 > width {
                    emit(line[...])
                    line = indent
                    lineWidth = hang
                    breakAt = nil
                    continue
                }
                line.append(unit)
                lineWidth += 1
                if line.count > hang { breakAt = line.count }
                continue
            }
            if let previous = line.last, line.count > hang, !previous.isSpace, previous.isWide || unit.isWide,
                !closing.contains(unit.text)
            {
                breakAt = line.count
            }
            if lineWidth + unit.width > width {
                let tail: [Unit]
                if let b = breakAt, b > hang {
                    emit(line[..<b])
                    tail = Array(line[b...].drop { $0.isSpace })
                } else {
                    emit(line[...])
                    tail = []
                }
                line = indent + tail
                lineWidth = line.reduce(0) { $0 + $1.width }
                breakAt = nil
            }
            line.append(unit)
            lineWidth += unit.width
        }
        if line.count > hang || out.isEmpty { emit(line[...]) }
        return out
    }
}
