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

    /// Breaks text into lines of at most `width` columns, at spaces where it can and anywhere
    /// where it must (CJK text has no spaces).
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0, of(text) > width else { return [text] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        var lastSpace: String.Index?
        for c in text {
            let w = of(c)
            if lineWidth + w > width {
                if let sp = lastSpace, c != " " {
                    let head = String(line[..<sp])
                    let tail = String(line[line.index(after: sp)...])
                    lines.append(head)
                    line = tail
                    lineWidth = of(tail)
                } else {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                lastSpace = nil
                if c == " " { continue }
            }
            if c == " " { lastSpace = line.endIndex }
            line.append(c)
            lineWidth += w
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
